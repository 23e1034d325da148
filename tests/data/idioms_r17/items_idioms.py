"""Round-17 idioms check (idioms helper): sports and business metaphors, similes, British slang, verb + particle idioms.

Written by the r17-idioms helper BEFORE any round-17 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: idioms of kinds the
round-16 set lacked, rendered word for word (cleared the decks -> डेक साफ़ कर दिए, took a haircut
-> बाल कटवाए, as keen as mustard -> सरसों जितना उत्सुक, off his trolley -> ट्रॉली से उतर गया,
hived off -> छत्ते से अलग), a few in a new inflection (cooking the books, soldiering on); each with
a correct, idiomatic translation of the same source (`c-` rows). Look-alikes (`l-` rows), clean:
the idiom's concrete words in a literal scene where the English is literal too (sailors clearing
the decks, a barber's haircut, mustard on bread, a rabbit in the headlights, a porter's trolley,
bees moved to a new hive, soup ladled out) and one English idiom Hindi says with the same words
(the ball is in your court -> गेंद आपके पाले में).
No idiom or phrasal verb of a flawed row occurs in any dev set's English (checked by a grep on
/tmp/r17/dev_src.jsonl and every file under tests/data before writing). Licence: CC-BY-4.0 like
the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "The board cleared the decks before the merger talks began.",
        "विलय वार्ता शुरू होने से पहले बोर्ड ने डेक साफ़ कर दिए।",
        [("डेक साफ़ कर दिए", "cleared the decks")],
        "विलय वार्ता शुरू होने से पहले बोर्ड ने सारे लंबित काम निपटा दिए।",
    ),
    F(
        I,
        "The minister has been in the sin bin since the expenses scandal.",
        "ख़र्च घोटाले के बाद से मंत्री पाप के डिब्बे में हैं।",
        [("पाप के डिब्बे में", "in the sin bin")],
        "ख़र्च घोटाले के बाद से मंत्री हाशिये पर हैं।",
    ),
    F(
        I,
        "The charity needs more boots on the ground in the flooded districts.",
        "चैरिटी को बाढ़ग्रस्त ज़िलों में ज़मीन पर और जूतों की ज़रूरत है।",
        [("ज़मीन पर और जूतों", "boots on the ground")],
        "चैरिटी को बाढ़ग्रस्त ज़िलों में मौक़े पर काम करने वाले और लोगों की ज़रूरत है।",
    ),
    F(
        I,
        "The start-up hit the wall in its third year when the investors left.",
        "निवेशकों के जाने पर स्टार्ट-अप तीसरे साल में दीवार से टकरा गया।",
        [("दीवार से टकरा गया", "hit the wall")],
        "निवेशकों के जाने पर स्टार्ट-अप तीसरे साल में ठप पड़ गया।",
    ),
    F(
        I,
        "Before the festival the sweet factory is running at full tilt.",
        "त्योहार से पहले मिठाई का कारख़ाना पूरे झुकाव पर चल रहा है।",
        [("पूरे झुकाव पर", "at full tilt")],
        "त्योहार से पहले मिठाई का कारख़ाना पूरी रफ़्तार से चल रहा है।",
    ),
    F(
        I,
        "The cheap printer is a loss leader for the company's ink cartridges.",
        "सस्ता प्रिंटर कंपनी के स्याही कार्ट्रिज के लिए घाटे का नेता है।",
        [("घाटे का नेता", "a loss leader")],
        "कंपनी सस्ता प्रिंटर घाटे पर बेचती है ताकि लोग उसके स्याही कार्ट्रिज ख़रीदें।",
    ),
    F(
        I,
        "The auditors found that the managers had been cooking the books for years.",
        "ऑडिटरों ने पाया कि प्रबंधक बरसों से किताबें पका रहे थे।",
        [("किताबें पका रहे थे", "cooking the books")],
        "ऑडिटरों ने पाया कि प्रबंधक बरसों से हिसाब-किताब में हेराफेरी कर रहे थे।",
    ),
    F(
        I,
        "Bondholders took a haircut of forty per cent in the restructuring.",
        "पुनर्गठन में बॉन्डधारकों ने चालीस प्रतिशत के बाल कटवाए।",
        [("चालीस प्रतिशत के बाल कटवाए", "took a haircut of forty per cent")],
        "पुनर्गठन में बॉन्डधारकों को अपनी रक़म का चालीस प्रतिशत छोड़ना पड़ा।",
    ),
    F(
        I,
        "The investigators traced the money through a chain of shell companies.",
        "जांचकर्ताओं ने खोल कंपनियों की एक शृंखला के ज़रिए पैसे का पता लगाया।",
        [("खोल कंपनियों", "shell companies")],
        "जांचकर्ताओं ने फ़र्ज़ी कंपनियों की एक शृंखला के ज़रिए पैसे का पता लगाया।",
    ),
    F(
        I,
        "The new recruit was as keen as mustard on his first day at the bank.",
        "बैंक में अपने पहले दिन नया कर्मचारी सरसों जितना उत्सुक था।",
        [("सरसों जितना उत्सुक", "as keen as mustard")],
        "बैंक में अपने पहले दिन नया कर्मचारी बेहद उत्साहित था।",
    ),
    F(
        I,
        "The new manager is as daft as a brush, but the players love him.",
        "नया मैनेजर ब्रश जितना मूर्ख है, लेकिन खिलाड़ी उसे पसंद करते हैं।",
        [("ब्रश जितना मूर्ख", "as daft as a brush")],
        "नया मैनेजर थोड़ा सनकी है, लेकिन खिलाड़ी उसे पसंद करते हैं।",
    ),
    F(
        I,
        "Faced with the reporters' questions, the spokesman froze like a rabbit in the headlights.",
        "पत्रकारों के सवालों के सामने प्रवक्ता हेडलाइट में खरगोश की तरह जम गया।",
        [("हेडलाइट में खरगोश की तरह", "like a rabbit in the headlights")],
        "पत्रकारों के सवालों के सामने प्रवक्ता सकपका कर चुप रह गया।",
    ),
    F(
        I,
        "The captain was sick as a parrot after the late equaliser.",
        "आख़िरी पलों के बराबरी के गोल के बाद कप्तान तोते की तरह बीमार था।",
        [("तोते की तरह बीमार", "sick as a parrot")],
        "आख़िरी पलों के बराबरी के गोल के बाद कप्तान बेहद निराश था।",
    ),
    F(
        I,
        "Car sales stayed as flat as a pancake all through the quarter.",
        "पूरी तिमाही कारों की बिक्री पैनकेक जितनी सपाट रही।",
        [("पैनकेक जितनी सपाट", "as flat as a pancake")],
        "पूरी तिमाही कारों की बिक्री में कोई बढ़त नहीं हुई।",
    ),
    F(
        I,
        "The committee's report on pensions was as dry as dust.",
        "पेंशन पर समिति की रिपोर्ट धूल जितनी सूखी थी।",
        [("धूल जितनी सूखी", "as dry as dust")],
        "पेंशन पर समिति की रिपोर्ट बेहद नीरस थी।",
    ),
    F(
        I,
        "After two lost by-elections the government is under the cosh.",
        "दो उपचुनाव हारने के बाद सरकार डंडे के नीचे है।",
        [("डंडे के नीचे", "under the cosh")],
        "दो उपचुनाव हारने के बाद सरकार भारी दबाव में है।",
    ),
    F(
        I,
        "His critics said the chairman had gone off his trolley.",
        "उनके आलोचकों ने कहा कि अध्यक्ष अपनी ट्रॉली से उतर गए हैं।",
        [("अपनी ट्रॉली से उतर गए", "gone off his trolley")],
        "उनके आलोचकों ने कहा कि अध्यक्ष का दिमाग़ फिर गया है।",
    ),
    F(
        I,
        "Since the new owners arrived the club's finances have gone to pot.",
        "नए मालिकों के आने के बाद से क्लब की वित्तीय हालत बर्तन में चली गई है।",
        [("बर्तन में चली गई", "gone to pot")],
        "नए मालिकों के आने के बाद से क्लब की वित्तीय हालत चौपट हो गई है।",
    ),
    F(
        I,
        "Accountants called the new tax forms a dog's dinner.",
        "लेखाकारों ने नए कर फ़ॉर्मों को कुत्ते का खाना कहा।",
        [("कुत्ते का खाना", "a dog's dinner")],
        "लेखाकारों ने नए कर फ़ॉर्मों को पूरी तरह उलझा हुआ घालमेल कहा।",
    ),
    F(
        I,
        "The supermarket chain hoovered up the smaller grocers in the region.",
        "सुपरमार्केट चेन ने इलाक़े के छोटे किराना दुकानदारों को वैक्यूम क्लीनर से साफ़ कर दिया।",
        [("वैक्यूम क्लीनर से साफ़ कर दिया", "hoovered up")],
        "सुपरमार्केट चेन ने इलाक़े के छोटे किराना दुकानदारों को एक-एक कर ख़रीद लिया।",
    ),
    F(
        I,
        "The nurses kept soldiering on without pay for three months.",
        "नर्सें तीन महीने बिना वेतन के सैनिक बनकर चलती रहीं।",
        [("सैनिक बनकर चलती रहीं", "soldiering on")],
        "नर्सें तीन महीने बिना वेतन के डटकर काम करती रहीं।",
    ),
    F(
        I,
        "The government railroaded the bill through parliament in a single night.",
        "सरकार ने एक ही रात में विधेयक को संसद से रेल की पटरी पर दौड़ा दिया।",
        [("रेल की पटरी पर दौड़ा दिया", "railroaded")],
        "सरकार ने एक ही रात में बिना बहस के विधेयक को संसद से पारित करवा लिया।",
    ),
    F(
        I,
        "The ministers shoehorned a tax clause into the health bill.",
        "मंत्रियों ने स्वास्थ्य विधेयक में जूते के चम्मच से एक कर प्रावधान घुसा दिया।",
        [("जूते के चम्मच से", "shoehorned")],
        "मंत्रियों ने स्वास्थ्य विधेयक में ज़बरदस्ती एक कर प्रावधान जोड़ दिया।",
    ),
    F(
        I,
        "A local reporter ferreted out the truth about the contract.",
        "एक स्थानीय रिपोर्टर ने ठेके के बारे में सच्चाई को नेवले की तरह खोद निकाला।",
        [("नेवले की तरह खोद निकाला", "ferreted out")],
        "एक स्थानीय रिपोर्टर ने ठेके के बारे में सच्चाई खोजकर सामने ला दी।",
    ),
    F(
        I,
        "The founder was elbowed out of his own company by the investors.",
        "निवेशकों ने संस्थापक को उसकी अपनी कंपनी से कोहनी मारकर बाहर कर दिया।",
        [("कोहनी मारकर बाहर कर दिया", "elbowed out")],
        "निवेशकों ने संस्थापक को उसकी अपनी कंपनी से बेदख़ल कर दिया।",
    ),
    F(
        I,
        "The bank hived off its insurance arm into a separate firm.",
        "बैंक ने अपनी बीमा भुजा को छत्ते से अलग करके एक अलग फ़र्म बना दिया।",
        [("छत्ते से अलग करके", "hived off")],
        "बैंक ने अपने बीमा कारोबार को अलग करके एक स्वतंत्र फ़र्म बना दिया।",
    ),
    F(
        I,
        "The opposition party nosed ahead in the latest opinion poll.",
        "ताज़ा जनमत सर्वेक्षण में विपक्षी दल नाक से आगे निकल गया।",
        [("नाक से आगे निकल गया", "nosed ahead")],
        "ताज़ा जनमत सर्वेक्षण में विपक्षी दल थोड़ी बढ़त के साथ आगे निकल गया।",
    ),
    F(
        I,
        "The inquiry report tiptoed around the question of who was to blame.",
        "जांच रिपोर्ट दोषी कौन था इस सवाल के चारों ओर पंजों के बल घूमती रही।",
        [("पंजों के बल घूमती रही", "tiptoed around")],
        "जांच रिपोर्ट दोषी कौन था इस सवाल से बचती रही।",
    ),
    F(
        I,
        "Before the election the government ladled out subsidies to farmers.",
        "चुनाव से पहले सरकार ने किसानों को करछी से सब्सिडी परोसी।",
        [("करछी से सब्सिडी परोसी", "ladled out subsidies")],
        "चुनाव से पहले सरकार ने किसानों को खुले हाथ से सब्सिडी बांटी।",
    ),
    F(
        I,
        "The consultant wormed his way onto the planning committee.",
        "सलाहकार ने कीड़े की तरह रेंगकर योजना समिति में अपनी जगह बना ली।",
        [("कीड़े की तरह रेंगकर", "wormed his way")],
        "सलाहकार ने चालाकी से योजना समिति में अपनी जगह बना ली।",
    ),
    F(
        I,
        "The clerk had been monkeying around with the sales figures.",
        "क्लर्क बिक्री के आंकड़ों के साथ बंदर की तरह उछल-कूद कर रहा था।",
        [("बंदर की तरह उछल-कूद कर रहा था", "monkeying around")],
        "क्लर्क बिक्री के आंकड़ों से छेड़छाड़ कर रहा था।",
    ),
    F(
        I,
        "After the third round of talks the union threw in the sponge.",
        "वार्ता के तीसरे दौर के बाद यूनियन ने स्पंज फेंक दिया।",
        [("स्पंज फेंक दिया", "threw in the sponge")],
        "वार्ता के तीसरे दौर के बाद यूनियन ने हार मान ली।",
    ),
]

IDIOM_LOOKALIKES = [
    C(L, "The sailors cleared the decks before the storm.", "तूफ़ान से पहले नाविकों ने डेक साफ़ कर दिए।"),
    C(L, "The soldiers' boots sank into the wet ground.", "सैनिकों के जूते गीली ज़मीन में धंस गए।"),
    C(
        L,
        "The cyclist skidded on the bend and hit the wall.",
        "मोड़ पर साइकिल सवार फिसला और दीवार से टकरा गया।",
    ),
    C(L, "The barber gave the little boy a haircut.", "नाई ने छोटे लड़के के बाल काटे।"),
    C(L, "The children collected shells on the beach.", "बच्चों ने समुद्र तट पर सीपियां इकट्ठा कीं।"),
    C(L, "The cook spread mustard on the bread.", "रसोइये ने ब्रेड पर सरसों लगाई।"),
    C(L, "The rabbit froze in the headlights of the car.", "खरगोश कार की हेडलाइट में जम गया।"),
    C(L, "The parrot in the cage has been sick for a week.", "पिंजरे का तोता एक हफ़्ते से बीमार है।"),
    C(L, "She flipped the pancake in the pan.", "उसने तवे पर पैनकेक पलटा।"),
    C(L, "The old books on the shelf were covered in dust.", "शेल्फ़ पर रखी पुरानी किताबें धूल से ढकी थीं।"),
    C(
        L,
        "The porter pushed the luggage trolley to the platform.",
        "कुली सामान की ट्रॉली धकेलकर प्लेटफ़ॉर्म तक ले गया।",
    ),
    C(L, "The dog finished its dinner and fell asleep.", "कुत्ते ने अपना खाना ख़त्म किया और सो गया।"),
    C(L, "The beekeeper moved the bees to a new hive.", "मधुमक्खी पालक ने मधुमक्खियों को नए छत्ते में रख दिया।"),
    C(L, "The cook ladled out the soup into bowls.", "रसोइये ने करछी से कटोरियों में सूप परोसा।"),
    C(L, "The dancer tiptoed across the stage.", "नर्तकी पंजों के बल मंच के पार गई।"),
    C(L, "The monkeys were jumping around in the trees.", "बंदर पेड़ों पर उछल-कूद कर रहे थे।"),
    C(L, "The ball is in your court now; the choice is yours.", "गेंद अब आपके पाले में है; फ़ैसला आपका है।"),
]

NAMES: list = []
TITLES: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
