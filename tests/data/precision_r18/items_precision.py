"""Round-18 precision check (precision_r18, own set): hand-written 2026-11-29 13:26-13:36 UTC BEFORE any
round-18 precision change and never edited to fit; report numbers on it, do not tune on it. The writer
had read the rules and the list of round 17's clean flags (heldout_r17 README "Measurements"), so this is
an own set, not a blind one. The distinctive words were checked absent from all dev lines
(/tmp/r18/dev_all.jsonl, dev_src.jsonl) when written.

Clean look-alikes (`l-`), NEW members of round 17's false-positive families (issues 13, 14: at most 1
in 30 clean look-alikes flagged):
- idiom-literal: ordinary reports of real objects in real places holding an English idiom's image
  words (a cat that smells a mouse, a boxer's towel thrown, a ferry missed at the ghat, a bull held by
  its horns, hot potatoes from a cart, a wet blanket, a black sheep in a flock).
- title: team names written as the English plural (X-स्) after a city or a region (कैलगरी फ़्लेम्स,
  पटना पाइरेट्स, लीड्स राइनोज़), women's teams known by a plural nickname (मटिल्डाज़).
- name: Arabic, Persian and Indian names with a word part (महमूद दरवेश, जाफ़र पनाही, शादाब), bands named
  by English words, rivers abroad (रोन नदी, लॉयर नदी), a trade's compound (ईंट-भट्ठा मज़दूर).
- translit: brands and product names Hindi writes (डार्क फ़ैंटेसी, गुड नाइट), racket-sport terms (लॉब,
  वॉली, टॉपस्पिन), workshop and trade loans (प्लंबर, इन्वर्टर, स्टेबलाइज़र).
- sense (with the source): numbers inside names and idioms (cloud nine → सातवें आसमान, Page Three),
  prohibitions and ellipsis said by मत / न / नहीं.

Flawed rows (`f-`, ≥ 20) of the same surface shapes, each with its correct translation (`c-`):
idioms rendered word for word, team names translated, name words translated after a given name,
ordinary words transliterated where Hindi has the common word.

    python tests/data/precision_r18/build.py
    audit check tests/data/precision_r18/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o P18H.jsonl
    python tests/data/precision_r18/score.py P18H.jsonl --hindi-only [--show]
    audit check tests/data/precision_r18/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o P18S.jsonl
    python tests/data/precision_r18/score.py P18S.jsonl [--show]
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
        "The minister finally spilled the beans about the deal.",
        "मंत्री ने आख़िरकार सौदे के बारे में फलियां बिखेर दीं।",
        [("फलियां बिखेर", "spilled the beans")],
        "मंत्री ने आख़िरकार सौदे का राज़ खोल दिया।",
    ),
    F(
        I,
        "The actor wears his heart on his sleeve.",
        "अभिनेता अपना दिल आस्तीन पर रखते हैं।",
        [("दिल आस्तीन पर", "wears his heart on his sleeve")],
        "अभिनेता अपनी भावनाएं नहीं छिपाते।",
    ),
    F(
        I,
        "Small firms are tired of the red tape.",
        "छोटी कंपनियां लाल फ़ीते से तंग आ चुकी हैं।",
        [("लाल फ़ीते", "red tape")],
        "छोटी कंपनियां लालफ़ीताशाही से तंग आ चुकी हैं।",
    ),
    F(
        I,
        "Voters should not change horses in midstream.",
        "मतदाताओं को बीच धारा में घोड़े नहीं बदलने चाहिए।",
        [("बीच धारा में घोड़े", "change horses in midstream")],
        "मतदाताओं को बीच काम में नेतृत्व नहीं बदलना चाहिए।",
    ),
    F(
        I,
        "I heard it straight from the horse's mouth.",
        "मैंने यह सीधे घोड़े के मुंह से सुना।",
        [("घोड़े के मुंह से", "straight from the horse's mouth")],
        "मैंने यह सीधे उसी व्यक्ति से सुना।",
    ),
    F(
        I,
        "The new manager was like a bull in a china shop.",
        "नया मैनेजर चीनी मिट्टी की दुकान में सांड जैसा था।",
        [("चीनी मिट्टी की दुकान में सांड", "a bull in a china shop")],
        "नया मैनेजर बेहद अनाड़ी और बेपरवाह था।",
    ),
    F(
        I,
        "In the district team he is a big fish in a small pond.",
        "ज़िले की टीम में वह छोटे तालाब की बड़ी मछली है।",
        [("छोटे तालाब की बड़ी मछली", "a big fish in a small pond")],
        "ज़िले की टीम में वह सबसे बड़ा नाम है।",
    ),
    F(
        I,
        "The boss got up on the wrong side of the bed today.",
        "बॉस आज बिस्तर के ग़लत तरफ़ से उठे।",
        [("बिस्तर के ग़लत तरफ़ से उठे", "got up on the wrong side of the bed")],
        "बॉस आज बड़े चिड़चिड़े हैं।",
    ),
    F(
        I,
        "Hold your horses, the results are not out yet.",
        "अपने घोड़े थामो, नतीजे अभी आए नहीं हैं।",
        [("अपने घोड़े थामो", "Hold your horses")],
        "ज़रा धीरज रखो, नतीजे अभी आए नहीं हैं।",
    ),
    F(
        I,
        "The players let off steam at a karaoke night.",
        "खिलाड़ियों ने एक कराओके रात में भाप निकाली।",
        [("भाप निकाली", "let off steam")],
        "खिलाड़ियों ने एक कराओके रात में मन हल्का किया।",
    ),
]

TITLES = [
    F(
        TI,
        "The Dallas Stars lost again on Tuesday.",
        "डैलस सितारे मंगलवार को फिर हारे।",
        [("सितारे", "Stars")],
        "डैलस स्टार्स मंगलवार को फिर हारे।",
    ),
    F(
        TI,
        "The Anaheim Ducks beat the Kings.",
        "एनाहाइम बत्तखों ने किंग्स को हराया।",
        [("बत्तखों", "Ducks")],
        "एनाहाइम डक्स ने किंग्स को हराया।",
    ),
    F(
        TI,
        "The Haryana Steelers signed two raiders.",
        "हरियाणा के इस्पात-कर्मियों ने दो रेडरों को अनुबंधित किया।",
        [("इस्पात-कर्मियों", "Steelers")],
        "हरियाणा स्टीलर्स ने दो रेडरों को अनुबंधित किया।",
    ),
    F(
        TI,
        "The Durham Bulls won the minor league title.",
        "डरहम सांडों ने माइनर लीग का ख़िताब जीता।",
        [("सांडों", "Bulls")],
        "डरहम बुल्स ने माइनर लीग का ख़िताब जीता।",
    ),
    F(
        TI,
        "The Winnipeg Jets traded their captain.",
        "विनिपेग जेट विमानों ने अपने कप्तान को दूसरी टीम में भेज दिया।",
        [("जेट विमानों", "Jets")],
        "विनिपेग जेट्स ने अपने कप्तान को दूसरी टीम में भेज दिया।",
    ),
]

NAMES = [
    F(
        N,
        "Canadian singer Lucas Stone sang in Shillong.",
        "कनाडाई गायक लुकास पत्थर ने शिलांग में गाया।",
        [("पत्थर", "Stone")],
        "कनाडाई गायक लुकास स्टोन ने शिलांग में गाया।",
    ),
    F(
        N,
        "British swimmer Emma Rivers broke the record.",
        "ब्रिटिश तैराक एम्मा नदियों ने रिकॉर्ड तोड़ा।",
        [("नदियों", "Rivers")],
        "ब्रिटिश तैराक एम्मा रिवर्स ने रिकॉर्ड तोड़ा।",
    ),
    F(
        N,
        "Hurdler Jack Field won the silver medal.",
        "बाधा धावक जैक मैदान ने रजत पदक जीता।",
        [("मैदान", "Field")],
        "बाधा धावक जैक फ़ील्ड ने रजत पदक जीता।",
    ),
    F(
        N,
        "Novelist Ruby Lake signed books in Bhopal.",
        "उपन्यासकार रूबी झील ने भोपाल में किताबों पर हस्ताक्षर किए।",
        [("झील", "Lake")],
        "उपन्यासकार रूबी लेक ने भोपाल में किताबों पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Midfielder Oscar Fox was booked in the first half.",
        "मिडफ़ील्डर ऑस्कर लोमड़ी को पहले हाफ़ में पीला कार्ड मिला।",
        [("लोमड़ी", "Fox")],
        "मिडफ़ील्डर ऑस्कर फ़ॉक्स को पहले हाफ़ में पीला कार्ड मिला।",
    ),
    F(
        N,
        "Climber Grace Hill reached the summit.",
        "पर्वतारोही ग्रेस पहाड़ी शिखर पर पहुंचीं।",
        [("पहाड़ी", "Hill")],
        "पर्वतारोही ग्रेस हिल शिखर पर पहुंचीं।",
    ),
]

TRANSLIT = [
    F(
        T,
        "The farmer ploughed the field at dawn.",
        "फ़ार्मर ने भोर में खेत जोता।",
        [("फ़ार्मर", "farmer")],
        "किसान ने भोर में खेत जोता।",
    ),
    F(
        T,
        "A butterfly sat on the rose.",
        "गुलाब पर एक बटरफ़्लाई बैठी।",
        [("बटरफ़्लाई", "butterfly")],
        "गुलाब पर एक तितली बैठी।",
    ),
    F(
        T,
        "The fair was held in the village.",
        "विलेज में मेला लगा।",
        [("विलेज", "village")],
        "गांव में मेला लगा।",
    ),
    F(
        T,
        "His daughter teaches in Ranchi.",
        "उनकी डॉटर रांची में पढ़ाती है।",
        [("डॉटर", "daughter")],
        "उनकी बेटी रांची में पढ़ाती है।",
    ),
    F(
        T,
        "The horse drank water from the trough.",
        "हॉर्स ने नांद से पानी पिया।",
        [("हॉर्स", "horse")],
        "घोड़े ने नांद से पानी पिया।",
    ),
]

SENSES: list = []
OMISSIONS: list = []
REPETITIONS: list = []

IDIOM_LOOKALIKES = [
    C(I, "The cat smelled a mouse in the kitchen.", "बिल्ली ने रसोई में चूहे को सूंघ लिया।"),
    C(I, "The cook spilled the kidney beans on the floor.", "रसोइये से फ़र्श पर राजमा बिखर गया।"),
    C(I, "Two birds sat on a stone by the pond.", "तालाब के किनारे एक पत्थर पर दो पक्षी बैठे थे।"),
    C(I, "The blanket got wet in the rain.", "बारिश में कंबल गीला हो गया।"),
    C(I, "An old cannon rolled loose on the fort wall.", "क़िले की दीवार पर पुरानी तोप ढीली होकर लुढ़क गई।"),
    C(I, "An open book lay on the desk.", "मेज़ पर एक खुली किताब पड़ी थी।"),
    C(I, "The camel could not carry the last bundle of straw.", "ऊंट भूसे का आख़िरी गट्ठर नहीं उठा सका।"),
    C(I, "The gardener planted a bed of roses.", "माली ने गुलाबों की एक क्यारी लगाई।"),
    C(I, "Cats and dogs fought in the lane.", "गली में बिल्लियां और कुत्ते लड़ रहे थे।"),
    C(I, "The goat ate the grass by the fence.", "बकरी ने बाड़ के पास की घास खाई।"),
    C(I, "The thief ran out of the back door.", "चोर पिछले दरवाज़े से बाहर भागा।"),
    C(I, "A crow sat on the broken wall.", "टूटी दीवार पर एक कौआ बैठा था।"),
    C(I, "The baker put the bread in the oven.", "नानबाई ने रोटी तंदूर में डाली।"),
    C(I, "The child dropped the glass of milk.", "बच्चे के हाथ से दूध का गिलास गिर गया।"),
    C(I, "The farmer left the cows out in the yard.", "किसान ने गायों को बाहर बाड़े में छोड़ दिया।"),
    C(I, "The tailor embroidered a heart on the kurta's sleeve.", "दर्ज़ी ने कुर्ते की आस्तीन पर एक दिल काढ़ा।"),
    C(I, "The clerk tied the files with red tape.", "बाबू ने फ़ाइलों को लाल फ़ीते से बांधा।"),
    C(
        I,
        "After the show the juggler passed his hat among the crowd.",
        "तमाशे के बाद मदारी ने दर्शकों के बीच टोपी घुमाई।",
    ),
    C(I, "The traders changed horses at the inn.", "व्यापारियों ने सराय में घोड़े बदले।"),
    C(
        I,
        "Water dripped from the tap into the bucket drop by drop.",
        "नल से बाल्टी में एक-एक बूंद पानी टपक रहा था।",
    ),
    C(
        I,
        "The vet looked into the horse's mouth to check its teeth.",
        "पशु चिकित्सक ने घोड़े के मुंह में झांककर दांत देखे।",
    ),
    C(
        I,
        "A bull strayed into a china shop in the market.",
        "बाज़ार में चीनी मिट्टी के बर्तनों की दुकान में एक सांड घुस गया।",
    ),
    C(
        I,
        "The fisherman caught a big fish in the village's small pond.",
        "मछुआरे ने गांव के छोटे तालाब से एक बड़ी मछली पकड़ी।",
    ),
    C(I, "The patient got out of bed on the left side.", "मरीज़ बिस्तर की बाईं तरफ़ से उठा।"),
    C(I, "The grooms held the horses while the riders rested.", "सवारों के आराम करते समय साईसों ने घोड़े थामे रखे।"),
    C(I, "Steam rose from the rice pot.", "चावल की हांडी से भाप उठ रही थी।"),
    C(I, "The boy fed the pigeons on the roof.", "लड़के ने छत पर कबूतरों को दाना डाला।"),
    C(I, "The priest rang the bell and lit the lamp.", "पुजारी ने घंटी बजाकर दीया जलाया।"),
    C(I, "The washerwoman beat the clothes on a stone.", "धोबिन ने पत्थर पर कपड़े पछाड़े।"),
    C(I, "The monkey snatched a banana from the cart.", "बंदर ठेले से एक केला झपट ले गया।"),
]

TITLE_LOOKALIKES = [
    C("title", "The Vancouver Canucks beat Calgary.", "वैंकूवर कैनक्स ने कैलगरी को हराया।"),
    C("title", "The San Diego Padres signed a pitcher.", "सैन डिएगो पैड्रेस ने एक पिचर को अनुबंधित किया।"),
    C("title", "The Colorado Rockies lost at home.", "कोलोराडो रॉकीज़ अपने मैदान पर हारे।"),
    C("title", "The Baltimore Orioles won the series.", "बाल्टीमोर ओरिओल्स ने सीरीज़ जीती।"),
    C("title", "The Dallas Mavericks traded their guard.", "डैलस मैवरिक्स ने अपने गार्ड को दूसरी टीम में भेजा।"),
    C("title", "Saracens beat Harlequins at Twickenham.", "सारासेन्स ने ट्विकनहैम में हार्लेक्विन्स को हराया।"),
    C("title", "The Crusaders won Super Rugby again.", "क्रूसेडर्स ने फिर सुपर रग्बी जीता।"),
    C("title", "The Cincinnati Bengals drafted a quarterback.", "सिनसिनाटी बेंगल्स ने एक क्वार्टरबैक चुना।"),
    C("title", "The Matildas drew a record crowd.", "मटिल्डाज़ को देखने रिकॉर्ड भीड़ आई।"),
    C("title", "The Nashville Predators face the Blues tonight.", "नैशविल प्रिडेटर्स आज रात ब्लूज़ से भिड़ेंगे।"),
    C("title", "The Diamonds won the netball final.", "डायमंड्स ने नेटबॉल फ़ाइनल जीता।"),
    C("title", "The Wallabies lost to the Pumas.", "वॉलबीज़ पूमाज़ से हार गए।"),
    C(
        "title",
        "The Brumbies and the Highlanders drew in Canberra.",
        "कैनबरा में ब्रम्बीज़ और हाईलैंडर्स का मैच बराबर रहा।",
    ),
    C("title", "The Kalinga Lancers hired a Dutch coach.", "कलिंगा लांसर्स ने एक डच कोच नियुक्त किया।"),
]

NAME_LOOKALIKES = [
    C(
        "name",
        "Palestinian poet Mahmoud Darwish's poems were read.",
        "फ़लस्तीनी कवि महमूद दरवेश की कविताएं पढ़ी गईं।",
    ),
    C("name", "Iranian director Jafar Panahi's film won.", "ईरानी निर्देशक जाफ़र पनाही की फ़िल्म जीती।"),
    C("name", "Spinner Shadab Khan took three wickets.", "स्पिनर शादाब ख़ान ने तीन विकेट लिए।"),
    C("name", "Iraqi singer Kadim Al Sahir sang in Dubai.", "इराक़ी गायक काज़िम अल-साहिर ने दुबई में गाया।"),
    C("name", "Singer Shafqat Amanat Ali performed in Lahore.", "गायक शफ़क़त अमानत अली ने लाहौर में गाया।"),
    C("name", "Syrian writer Zakaria Tamer turned ninety.", "सीरियाई लेखक ज़करिया तामेर नब्बे वर्ष के हुए।"),
    C("name", "The band Thaikkudam Bridge played in Kochi.", "बैंड थाइकुडम ब्रिज ने कोच्चि में गाया।"),
    C("name", "The band The Local Train toured Punjab.", "बैंड द लोकल ट्रेन ने पंजाब का दौरा किया।"),
    C("name", "Castles stand along the Loire.", "लॉयर नदी के किनारे कई महल हैं।"),
    C("name", "The Rhone flooded the valley.", "रोन नदी ने घाटी में बाढ़ ला दी।"),
    C("name", "Barges carry coal on the Elbe.", "एल्बे नदी पर बजरे कोयला ढोते हैं।"),
    C("name", "A brick-kiln worker's son topped the exam.", "एक ईंट-भट्ठा मज़दूर के बेटे ने परीक्षा में टॉप किया।"),
    C("name", "The tea-garden workers went on strike.", "चाय-बागान श्रमिक हड़ताल पर चले गए।"),
    C("name", "A fish seller found the lost purse.", "एक मछली-विक्रेता को खोया हुआ बटुआ मिला।"),
]

TRANSLIT_LOOKALIKES = [
    C(T, "Dark Fantasy biscuits are sold out.", "डार्क फ़ैंटेसी बिस्किट बिक गए।"),
    C(T, "Good Knight coils were distributed.", "गुड नाइट कॉइल बांटी गईं।"),
    C(T, "He ordered a Fanta and a Frooti.", "उसने एक फ़ैंटा और एक फ्रूटी मंगाई।"),
    C(T, "Happydent gum came in a new pack.", "हैपीडेंट च्युइंग गम नए पैक में आई।"),
    C(T, "She won the rally with a lob.", "उसने लॉब से रैली जीती।"),
    C(T, "His volley went into the net.", "उसकी वॉली नेट में चली गई।"),
    C(T, "Her topspin forehand troubled the champion.", "उसके टॉपस्पिन फ़ोरहैंड ने चैंपियन को परेशान किया।"),
    C(T, "He hit a backhand slice down the line.", "उसने लाइन पर बैकहैंड स्लाइस मारा।"),
    C(T, "The plumber fixed the leaking pipe.", "प्लंबर ने टपकता पाइप ठीक किया।"),
    C(T, "The inverter failed during the power cut.", "बिजली कटौती में इन्वर्टर बंद हो गया।"),
    C(T, "Buy a stabilizer for the fridge.", "फ़्रिज के लिए स्टेबलाइज़र ख़रीदिए।"),
    C(T, "The electrician changed the wiring.", "इलेक्ट्रीशियन ने वायरिंग बदली।"),
    C(T, "The technician repaired the compressor.", "टेक्नीशियन ने कंप्रेसर की मरम्मत की।"),
    C(T, "The welder joined the two rods.", "वेल्डर ने दोनों छड़ें जोड़ दीं।"),
]

SENSE_LOOKALIKES = [
    C(S, "She was on cloud nine after the result.", "नतीजे के बाद वह सातवें आसमान पर थी।"),
    C(S, "The film is about Page Three parties.", "फ़िल्म पेज थ्री पार्टियों के बारे में है।"),
    C(S, "He was at sixes and sevens before the interview.", "इंटरव्यू से पहले वह असमंजस में था।"),
    C(S, "It is a catch-22 situation for the farmers.", "किसानों के लिए यह दुविधा की स्थिति है।"),
    C(S, "The Big Four firms audit most banks.", "ज़्यादातर बैंकों का ऑडिट चार बड़ी फ़र्में करती हैं।"),
    C(NEG, "Do not feed the monkeys.", "बंदरों को खाना न दें।"),
    C(NEG, "Don't panic.", "घबराइए मत।"),
    C(NEG, "Never again.", "फिर कभी नहीं।"),
    C(NEG, "Not a single run came off the over.", "ओवर में एक भी रन नहीं बना।"),
    C(NEG, "Please don't park here.", "कृपया यहां गाड़ी खड़ी न करें।"),
]

REPETITION_LOOKALIKES: list = []
STORY: list = []
