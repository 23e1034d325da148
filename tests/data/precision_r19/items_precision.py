"""Round-19 precision check (precision_r19, own set): hand-written 2026-11-29 16:01-16:35 UTC BEFORE any
round-19 precision change and never edited to fit; report numbers on it, do not tune on it. The writer
had read the rules and the list of the dev sets' clean flags at round 19's start
(/tmp/r19/out/start), so this is an own set, not a blind one.

Clean look-alikes (`l-`), NEW members of the false-positive families left at round 18's end (issues
13, 14: at most 1 in 30 clean look-alikes flagged):
- idiom-literal: real objects named literally in real scenes that hold an English idiom's image words
  (a carpenter hits a nail on its head, a cat let out of a sack, a kettle's lid, tables turned by
  waiters), many of them with a thing or an animal as the subject (the hail hit the roof, the wind
  ruffled the hen's feathers).
- title / name: brands, teams, towns and bands whose names are English words, written as Hindi
  writes them (रीडिंग, बाथ, हल, फ़ीनिक्स सन्स, ब्लू स्टार, रेड बुल); names Hindi translates (प्रथम
  महिला, मृत सागर, शीत युद्ध, सुरक्षा परिषद).
- translit: Hindi and Urdu words whose letters look like an English word (कमरा, मलाल, बहस, पलटन,
  चिलम); sport nouns Hindi borrows used as nouns (his best throw, a fine catch).
- negation (with the source): Hindi's litotes and alternative questions (किसी X से कम नहीं, ... या
  नहीं) where the English has no negation.

Flawed rows (`f-`, >= 20) of the same surface shapes, each with its correct translation (`c-`):
idioms rendered word for word, brand and team names translated, name words translated, ordinary words
transliterated where Hindi has the common word.

    python tests/data/precision_r19/build.py
    audit check tests/data/precision_r19/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o P19H.jsonl
    python tests/data/precision_r19/score.py P19H.jsonl --hindi-only [--show]
    audit check tests/data/precision_r19/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o P19S.jsonl
    python tests/data/precision_r19/score.py P19S.jsonl [--show]
Licence: Apache-2.0 (part of hindi-mt-audit).
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
TI = "title-calque"
N = "name-calque"
T = "translit"
S = "sense"
NEG = "negation"

IDIOMS = [
    F(
        I,
        "The auditor finally let the cat out of the bag about the losses.",
        "ऑडिटर ने आख़िरकार घाटे के बारे में बिल्ली को थैले से बाहर निकाल दिया।",
        [("बिल्ली को थैले से बाहर", "let the cat out of the bag")],
        "ऑडिटर ने आख़िरकार घाटे का भेद खोल दिया।",
    ),
    F(
        I,
        "The new coach's speech broke the ice with the players.",
        "नए कोच के भाषण ने खिलाड़ियों के साथ बर्फ़ तोड़ दी।",
        [("बर्फ़ तोड़", "broke the ice")],
        "नए कोच के भाषण से खिलाड़ियों की झिझक दूर हो गई।",
    ),
    F(
        I,
        "The finance secretary hit the nail on the head in his report.",
        "वित्त सचिव ने अपनी रिपोर्ट में कील को सिर पर मारा।",
        [("कील को सिर पर मारा", "hit the nail on the head")],
        "वित्त सचिव ने अपनी रिपोर्ट में बिल्कुल सही बात कही।",
    ),
    F(
        I,
        "The new tax was the last straw for the small traders.",
        "नया कर छोटे व्यापारियों के लिए आख़िरी तिनका था।",
        [("आख़िरी तिनका", "the last straw")],
        "नया कर छोटे व्यापारियों के सब्र का बांध तोड़ने वाला साबित हुआ।",
    ),
    F(
        I,
        "The party decided to bury the hatchet with its old ally.",
        "पार्टी ने अपने पुराने सहयोगी के साथ कुल्हाड़ी दफ़नाने का फ़ैसला किया।",
        [("कुल्हाड़ी दफ़नाने", "bury the hatchet")],
        "पार्टी ने अपने पुराने सहयोगी के साथ पुरानी दुश्मनी भुलाने का फ़ैसला किया।",
    ),
    F(
        I,
        "The bank's chief is skating on thin ice with the regulator.",
        "बैंक के प्रमुख नियामक के साथ पतली बर्फ़ पर स्केटिंग कर रहे हैं।",
        [("पतली बर्फ़ पर स्केटिंग", "skating on thin ice")],
        "बैंक के प्रमुख नियामक के साथ जोखिम भरा खेल खेल रहे हैं।",
    ),
    F(
        I,
        "The court's order turned the tables on the builder.",
        "अदालत के आदेश ने बिल्डर पर मेज़ें पलट दीं।",
        [("मेज़ें पलट", "turned the tables")],
        "अदालत के आदेश से बिल्डर की बाज़ी उलट गई।",
    ),
    F(
        I,
        "Those quarrels are water under the bridge now.",
        "वे झगड़े अब पुल के नीचे का पानी हैं।",
        [("पुल के नीचे का पानी", "water under the bridge")],
        "वे झगड़े अब पुरानी बात हो चुके हैं।",
    ),
    F(
        I,
        "The ministry tried to sweep the scandal under the carpet.",
        "मंत्रालय ने घोटाले को कालीन के नीचे झाड़ने की कोशिश की।",
        [("कालीन के नीचे झाड़ने", "sweep the scandal under the carpet")],
        "मंत्रालय ने घोटाले पर पर्दा डालने की कोशिश की।",
    ),
    F(
        I,
        "The union leader added fuel to the fire with his remarks.",
        "यूनियन नेता ने अपनी टिप्पणियों से आग में ईंधन डाल दिया।",
        [("आग में ईंधन डाल", "added fuel to the fire")],
        "यूनियन नेता ने अपनी टिप्पणियों से आग में घी डाल दिया।",
    ),
]

TITLES = [
    F(
        TI,
        "Red Bull signed a new sponsorship deal with the league.",
        "लाल बैल ने लीग के साथ प्रायोजन का नया क़रार किया।",
        [("लाल बैल", "Red Bull")],
        "रेड बुल ने लीग के साथ प्रायोजन का नया क़रार किया।",
    ),
    F(
        TI,
        "Blue Star will open a new factory in Sri City.",
        "नीला तारा श्री सिटी में एक नया कारखाना खोलेगी।",
        [("नीला तारा", "Blue Star")],
        "ब्लू स्टार श्री सिटी में एक नया कारखाना खोलेगी।",
    ),
    F(
        TI,
        "The Phoenix Suns beat the Denver Nuggets.",
        "फ़ीनिक्स सूरजों ने डेनवर नगेट्स को हराया।",
        [("सूरजों", "Suns")],
        "फ़ीनिक्स सन्स ने डेनवर नगेट्स को हराया।",
    ),
    F(
        TI,
        "Reading beat Hull in the second round of the cup.",
        "पढ़ना ने कप के दूसरे दौर में हल को हराया।",
        [("पढ़ना", "Reading")],
        "रीडिंग ने कप के दूसरे दौर में हल को हराया।",
    ),
    F(
        TI,
        "The band Arctic Monkeys will play in Mumbai in March.",
        "बैंड आर्कटिक बंदर मार्च में मुंबई में प्रस्तुति देगा।",
        [("बंदर", "Monkeys")],
        "बैंड आर्कटिक मंकीज़ मार्च में मुंबई में प्रस्तुति देगा।",
    ),
    F(
        TI,
        "Tata Sky raised its prices again; Dish TV followed.",
        "टाटा आसमान ने फिर से दाम बढ़ाए; डिश टीवी ने भी ऐसा ही किया।",
        [("आसमान", "Sky")],
        "टाटा स्काई ने फिर से दाम बढ़ाए; डिश टीवी ने भी ऐसा ही किया।",
    ),
]

NAMES = [
    F(
        N,
        "Striker Harry Wilson scored twice against Bath.",
        "स्ट्राइकर हैरी विल्सन ने स्नान के ख़िलाफ़ दो गोल किए।",
        [("स्नान", "Bath")],
        "स्ट्राइकर हैरी विल्सन ने बाथ के ख़िलाफ़ दो गोल किए।",
    ),
    F(
        N,
        "Singer Katy Perry performed in Abu Dhabi.",
        "गायिका केटी नाशपाती ने अबू धाबी में प्रस्तुति दी।",
        [("नाशपाती", "Perry")],
        "गायिका केटी पेरी ने अबू धाबी में प्रस्तुति दी।",
    ),
    F(
        N,
        "Opener Rory Burns made a slow fifty.",
        "सलामी बल्लेबाज़ रोरी जलन ने धीमा अर्धशतक बनाया।",
        [("जलन", "Burns")],
        "सलामी बल्लेबाज़ रोरी बर्न्स ने धीमा अर्धशतक बनाया।",
    ),
    F(
        N,
        "Chancellor Rishi Sunak met Governor Andrew Bailey.",
        "चांसलर ऋषि सुनक ने गवर्नर एंड्रयू आंगन से मुलाक़ात की।",
        [("आंगन", "Bailey")],
        "चांसलर ऋषि सुनक ने गवर्नर एंड्रयू बेली से मुलाक़ात की।",
    ),
]

TRANSLIT = [
    F(
        T,
        "The government will announce the election results tomorrow.",
        "गवर्नमेंट कल चुनाव के रिज़ल्ट घोषित करेगी।",
        [("गवर्नमेंट", "government"), ("रिज़ल्ट", "results")],
        "सरकार कल चुनाव के नतीजे घोषित करेगी।",
    ),
    F(
        T,
        "The village needs a new bridge over the river.",
        "गांव को नदी पर एक नए ब्रिज की ज़रूरत है।",
        [("ब्रिज", "bridge")],
        "गांव को नदी पर एक नए पुल की ज़रूरत है।",
    ),
    F(
        T,
        "The farmers were happy with the rain this year.",
        "किसान इस साल की रेन से हैप्पी थे।",
        [("रेन", "rain"), ("हैप्पी", "happy")],
        "किसान इस साल की बारिश से ख़ुश थे।",
    ),
    F(
        T,
        "The old man's daughter sent him money every month.",
        "बूढ़े आदमी की डॉटर हर मंथ उसे पैसे भेजती थी।",
        [("डॉटर", "daughter"), ("मंथ", "month")],
        "बूढ़े आदमी की बेटी हर महीने उसे पैसे भेजती थी।",
    ),
    F(
        T,
        "The children were afraid of the dark forest.",
        "बच्चे डार्क फ़ॉरेस्ट से डरते थे।",
        [("डार्क", "dark"), ("फ़ॉरेस्ट", "forest")],
        "बच्चे अंधेरे जंगल से डरते थे।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        "idiom",
        "The carpenter hit the nail on the head with a heavy hammer.",
        "बढ़ई ने भारी हथौड़े से कील के सिर पर चोट की।",
    ),
    C(
        "idiom",
        "The farmer let the cat out of the sack near the barn.",
        "किसान ने बाड़े के पास बिल्ली को बोरे से बाहर निकाला।",
    ),
    C("idiom", "The boys broke the ice on the pond to fish.", "लड़कों ने मछली पकड़ने के लिए तालाब की बर्फ़ तोड़ी।"),
    C(
        "idiom",
        "The camel sat down when the last bundle of straw was loaded.",
        "भूसे का आख़िरी गट्ठर लादते ही ऊंट बैठ गया।",
    ),
    C(
        "idiom",
        "The archaeologists found an old axe buried under the floor.",
        "पुरातत्वविदों को फ़र्श के नीचे दबी एक पुरानी कुल्हाड़ी मिली।",
    ),
    C(
        "idiom",
        "The skaters were warned about thin ice on the lake.",
        "स्केटरों को झील पर पतली बर्फ़ के बारे में चेतावनी दी गई।",
    ),
    C(
        "idiom",
        "After lunch the waiters turned the tables over to clean them.",
        "दोपहर के भोजन के बाद बैरों ने साफ़ करने के लिए मेज़ें पलट दीं।",
    ),
    C("idiom", "Muddy water flowed under the bridge after the storm.", "तूफ़ान के बाद पुल के नीचे मटमैला पानी बहा।"),
    C(
        "idiom",
        "The maid swept the dust under the carpet.",
        "नौकरानी ने धूल झाड़कर कालीन के नीचे कर दी।",
    ),
    C("idiom", "The old woman added wood to the fire.", "बुढ़िया ने आग में और लकड़ी डाली।"),
    C("idiom", "Hail hit the roof of the bus all night.", "रात भर बस की छत पर ओले गिरते रहे।"),
    C("idiom", "The wind ruffled the hen's feathers.", "हवा ने मुर्गी के पंख बिखेर दिए।"),
    C(
        "idiom",
        "The fisherman opened a can of worms for bait.",
        "मछुआरे ने चारे के लिए केंचुओं का एक डिब्बा खोला।",
    ),
    C(
        "idiom",
        "The dog barked at the tree where the squirrel hid.",
        "कुत्ता उस पेड़ पर भौंका जिस पर गिलहरी छिपी थी।",
    ),
    C(
        "idiom",
        "The grocer put all the eggs in one basket.",
        "पंसारी ने सारे अंडे एक ही टोकरी में रख दिए।",
    ),
    C(
        "idiom",
        "The child cried over the spilt milk on the floor.",
        "बच्चा फ़र्श पर गिरे दूध को देखकर रोने लगा।",
    ),
    C(
        "idiom",
        "The jockey held his horses at the starting gate.",
        "घुड़सवार ने शुरुआती फाटक पर अपने घोड़ों को थामे रखा।",
    ),
    C(
        "idiom",
        "The tourists were all in the same boat on the lake.",
        "सभी पर्यटक झील पर एक ही नाव में सवार थे।",
    ),
    C(
        "idiom",
        "The balloon stayed up in the air for an hour.",
        "गुब्बारा एक घंटे तक हवा में ऊपर रहा।",
    ),
    C(
        "idiom",
        "The nurse washed her hands before the dressing.",
        "पट्टी करने से पहले नर्स ने अपने हाथ धोए।",
    ),
    C(
        "idiom",
        "The sailors saw the tip of an iceberg ahead of the ship.",
        "नाविकों ने जहाज़ के आगे एक हिमशैल का सिरा देखा।",
    ),
    C(
        "idiom",
        "The electrician pulled the plug of the heater out of the socket.",
        "बिजली मिस्त्री ने हीटर का प्लग सॉकेट से खींचकर निकाल दिया।",
    ),
    C(
        "idiom",
        "The firemen threw cold water on the smouldering haystack.",
        "दमकलकर्मियों ने सुलगते भूसे के ढेर पर ठंडा पानी फेंका।",
    ),
    C("idiom", "The cook spilled the beans on the kitchen floor.", "रसोइए से राजमा रसोई के फ़र्श पर गिर गया।"),
    C(
        "idiom",
        "Sparrows feathered their nest under the eaves.",
        "गौरैयों ने छज्जे के नीचे अपने घोंसले में पंख बिछाए।",
    ),
    C(
        "idiom",
        "A fish lay out of water on the river bank, gasping.",
        "नदी के किनारे पानी से बाहर एक मछली तड़प रही थी।",
    ),
    C(
        "idiom",
        "The children were told not to play with fire near the hay.",
        "बच्चों से कहा गया कि भूसे के पास आग से न खेलें।",
    ),
    C(
        "idiom",
        "The farmer mended the fences after the floods.",
        "बाढ़ के बाद किसान ने अपनी बाड़ों की मरम्मत की।",
    ),
    C(
        "idiom",
        "The mechanic tightened the screws on the wheel.",
        "मिस्त्री ने पहिये के पेंच कस दिए।",
    ),
    C(
        "idiom",
        "In the crowded bus someone stepped on her toes.",
        "भीड़ भरी बस में किसी ने उसके पैर की उंगलियों पर पैर रख दिया।",
    ),
    C(
        "idiom",
        "The speedboat made big waves near the jetty.",
        "स्पीडबोट ने घाट के पास ऊंची लहरें उठाईं।",
    ),
    C(
        "idiom",
        "The teacher wiped the slate clean with a wet cloth.",
        "शिक्षक ने गीले कपड़े से स्लेट साफ़ कर दी।",
    ),
    C(
        "idiom",
        "The swimmer kept her head above water in the strong current.",
        "तेज़ धारा में तैराक ने अपना सिर पानी के ऊपर रखा।",
    ),
    C(
        "idiom",
        "The kettle's lid rattled as the water boiled.",
        "पानी उबलने पर केतली का ढक्कन खड़खड़ाने लगा।",
    ),
    C(
        "idiom",
        "The monkey ate a piece of cake from the picnic basket.",
        "बंदर ने पिकनिक की टोकरी से केक का एक टुकड़ा खा लिया।",
    ),
    C(
        "idiom",
        "Rain fell on the parade and the bands kept playing.",
        "परेड पर बारिश होती रही और बैंड बजते रहे।",
    ),
    C(
        "idiom",
        "The goat ate the writing on the wall poster.",
        "बकरी दीवार पर लगे पोस्टर की लिखावट वाला कागज़ चबा गई।",
    ),
    C(
        "idiom",
        "The truck's wheels dug into the mud.",
        "ट्रक के पहिये कीचड़ में धंस गए।",
    ),
    C(
        "idiom",
        "The bull broke a china plate in the shop.",
        "सांड ने दुकान में चीनी मिट्टी की एक प्लेट तोड़ दी।",
    ),
    C(
        "idiom",
        "The potter's wheel kept the ball of clay rolling.",
        "कुम्हार के चाक पर मिट्टी का लोंदा घूमता रहा।",
    ),
]

TITLE_LOOKALIKES = [
    C("title", "Reading beat Hull in the cup.", "रीडिंग ने कप में हल को हराया।"),
    C("title", "Bath won the rugby premiership.", "बाथ ने रग्बी प्रीमियरशिप जीती।"),
    C("title", "The Phoenix Suns signed a new guard.", "फ़ीनिक्स सन्स ने एक नए गार्ड से करार किया।"),
    C("title", "The Sacramento Kings lost at home.", "सैक्रामेंटो किंग्स अपने घर में हारे।"),
    C(
        "title",
        "Blue Star raised the prices of its air conditioners.",
        "ब्लू स्टार ने अपने एयर कंडीशनरों के दाम बढ़ाए।",
    ),
    C("title", "Red Bull will sponsor the new league.", "रेड बुल नई लीग को प्रायोजित करेगी।"),
    C("title", "Arctic Monkeys will play in Mumbai.", "आर्कटिक मंकीज़ मुंबई में प्रस्तुति देंगे।"),
    C("title", "Tata Sky has a new name now.", "टाटा स्काई का अब नया नाम है।"),
    C("title", "Good Knight launched a new mosquito repellent.", "गुड नाइट ने मच्छर भगाने का नया उत्पाद उतारा।"),
    C("title", "Crossword opened a bookshop in Nagpur.", "क्रॉसवर्ड ने नागपुर में किताबों की दुकान खोली।"),
    C("title", "The Bengaluru Bulls won the kabaddi final.", "बेंगलुरु बुल्स ने कबड्डी का फ़ाइनल जीता।"),
    C("title", "Mobile, Alabama, was hit by a storm.", "अलबामा का मोबाइल शहर तूफ़ान की चपेट में आया।"),
    C("title", "The film festival opens in Nice next week.", "फ़िल्म महोत्सव अगले हफ़्ते नीस में शुरू होगा।"),
    C("title", "Wolves drew with Spurs on Sunday.", "वुल्व्स ने रविवार को स्पर्स से ड्रॉ खेला।"),
    C("title", "Old Monk is sold in many countries.", "ओल्ड मॉन्क कई देशों में बिकती है।"),
    C("title", "The First Lady opened the flower show.", "प्रथम महिला ने पुष्प प्रदर्शनी का उद्घाटन किया।"),
    C("title", "In summer tourists come to float in the Dead Sea.", "गर्मियों में पर्यटक मृत सागर में तैरने आते हैं।"),
    C("title", "The Cold War ended in 1991.", "शीत युद्ध 1991 में ख़त्म हुआ।"),
    C(
        "title",
        "The Security Council called an emergency meeting on Monday.",
        "सुरक्षा परिषद ने सोमवार को आपात बैठक बुलाई।",
    ),
    C("title", "Ships wait to enter the Red Sea.", "जहाज़ लाल सागर में घुसने का इंतज़ार कर रहे हैं।"),
    C(
        "title",
        "The Election Commission announced the dates for five states.",
        "चुनाव आयोग ने पांच राज्यों के चुनाव की तारीख़ें घोषित कीं।",
    ),
    C(
        "title",
        "Astronomers photographed the centre of the Milky Way.",
        "खगोलविदों ने आकाशगंगा के केंद्र की तस्वीर ली।",
    ),
]

NAME_LOOKALIKES = [
    C("name", "Singer Katy Perry sang in Abu Dhabi.", "गायिका केटी पेरी ने अबू धाबी में गाया।"),
    C("name", "Opener Rory Burns was dropped.", "सलामी बल्लेबाज़ रोरी बर्न्स को टीम से बाहर कर दिया गया।"),
    C("name", "Governor Andrew Bailey spoke on inflation.", "गवर्नर एंड्रयू बेली ने महंगाई पर बात की।"),
    C("name", "Striker Harry Wilson joined Fulham.", "स्ट्राइकर हैरी विल्सन फ़ुलहम में शामिल हुए।"),
    C("name", "Trainer Shaukat Kamal fed the horses.", "प्रशिक्षक शौकत कमाल ने घोड़ों को दाना खिलाया।"),
    C("name", "Poet Gulzar Dehlvi recited a nazm.", "शायर गुलज़ार देहलवी ने एक नज़्म सुनाई।"),
    C("name", "Wrestler Bajrang Punia won a bronze.", "पहलवान बजरंग पूनिया ने कांस्य पदक जीता।"),
    C("name", "Author Chetan Bhagat released a new novel.", "लेखक चेतन भगत ने नया उपन्यास जारी किया।"),
]

TRANSLIT_LOOKALIKES = [
    C("translit", "The room was full of smoke.", "कमरा धुएं से भर गया था।"),
    C("translit", "He had no regret about the decision.", "उसे फ़ैसले का कोई मलाल नहीं था।"),
    C("translit", "The debate in the assembly went on till night.", "विधानसभा में बहस रात तक चली।"),
    C("translit", "The platoon marched to the border.", "पलटन सीमा की ओर कूच कर गई।"),
    C("translit", "The old men smoked a chillum under the banyan.", "बूढ़ों ने बरगद के नीचे चिलम पी।"),
    C("translit", "The accountant kept the shop's books.", "मुनीम दुकान का हिसाब रखता था।"),
    C("translit", "She swore an oath in the temple.", "उसने मंदिर में क़सम खाई।"),
    C("translit", "The bride's family performed the rituals.", "दुल्हन के परिवार ने रस्में निभाईं।"),
    C("translit", "The clerk asked for a recommendation letter.", "क्लर्क ने सिफ़ारिशी चिट्ठी मांगी।"),
    C("translit", "Grandmother put the pickle in a jar.", "दादी ने अचार मर्तबान में रखा।"),
    C("translit", "The fielder took a brilliant catch at long-on.", "क्षेत्ररक्षक ने लॉन्ग-ऑन पर शानदार कैच लपका।"),
    C("translit", "His best throw landed at 88 metres.", "उनका सबसे अच्छा थ्रो 88 मीटर पर गिरा।"),
    C("translit", "The goalkeeper made a full-length dive.", "गोलकीपर ने पूरी लंबाई का डाइव लगाया।"),
    C(
        "translit",
        "Her first serve was too fast for the returner.",
        "उनकी पहली सर्विस विरोधी खिलाड़ी के लिए बहुत तेज़ थी।",
    ),
    C("translit", "The midfielder's pass split the defence.", "मिडफ़ील्डर के पास ने रक्षापंक्ति को चीर दिया।"),
    C("translit", "The defender's tackle won a penalty.", "डिफ़ेंडर के टैकल पर पेनल्टी मिली।"),
    C(
        "translit",
        "The high jumper cleared the bar on her third jump.",
        "ऊंची कूद की खिलाड़ी ने तीसरी जंप में बार पार किया।",
    ),
]

SENSE_LOOKALIKES = [
    C(NEG, "For the villagers, the new well is a blessing.", "गांव वालों के लिए नया कुआं किसी वरदान से कम नहीं है।"),
    C(NEG, "The doctor checked whether the wound was healing.", "डॉक्टर ने जांचा कि घाव भर रहा है या नहीं।"),
    C(NEG, "The young batsman was as good as any veteran.", "युवा बल्लेबाज़ किसी अनुभवी खिलाड़ी से कम नहीं था।"),
    C(NEG, "The inspector asked if the bridge was safe.", "निरीक्षक ने पूछा कि पुल सुरक्षित है या नहीं।"),
    C(NEG, "The coach will decide whether she plays on Sunday.", "कोच तय करेंगे कि वह रविवार को खेलेगी या नहीं।"),
    C(
        NEG,
        "The little shop is a treasure for book lovers.",
        "यह छोटी दुकान पुस्तक प्रेमियों के लिए किसी ख़ज़ाने से कम नहीं है।",
    ),
    C(
        NEG,
        "The keeper kept a clean sheet for the third match running.",
        "गोलकीपर ने लगातार तीसरे मैच में एक भी गोल नहीं खाया।",
    ),
    C(NEG, "Stay away from the edge of the cliff.", "चट्टान के किनारे के पास मत जाओ।"),
]

SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
