"""Round-6 idiom generalisation check: idioms and phrasal verbs rendered literally (hand-written).

Written by the r6-idioms helper BEFORE any round-6 tuning and not edited afterwards to fit. None of
its idioms or phrasal verbs is in tests/data/heldout_r4, heldout_r5, the challenge sets, the older
idiom held-out sets or the lexicons (audit/data/idioms_en.tsv, idiom_glossary.tsv, calques.toml,
wordnet_idioms.tsv, phrasal_literal.toml, source_senses.toml) at the time of writing (checked by grep).
The look-alikes are clean Hindi: real Hindi idioms with similar images, the idioms' words used
literally, spatial and sports uses of ऊपर/नीचे/बाहर/अंदर/बंद. Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741

IDIOMS = [
    # --- idioms
    F(
        I,
        "After the leak of the files, the ministry was on the back foot.",
        "फ़ाइलें लीक होने के बाद मंत्रालय पिछले पैर पर था।",
        [("पिछले पैर पर था", "on the back foot")],
        "फ़ाइलें लीक होने के बाद मंत्रालय बचाव की मुद्रा में था।",
    ),
    F(
        I,
        "The smugglers got wind of the raid and fled.",
        "तस्करों को छापे की हवा मिल गई और वे भाग गए।",
        [("छापे की हवा मिल गई", "got wind of")],
        "तस्करों को छापे की भनक लग गई और वे भाग गए।",
    ),
    F(
        I,
        "The reshuffle changed the pecking order in the cabinet.",
        "फेरबदल ने मंत्रिमंडल में चोंच मारने का क्रम बदल दिया।",
        [("चोंच मारने का क्रम", "pecking order")],
        "फेरबदल से मंत्रिमंडल में वरिष्ठता का क्रम बदल गया।",
    ),
    F(
        I,
        "The visitors won the final fair and square.",
        "मेहमान टीम ने फ़ाइनल निष्पक्ष और चौकोर ढंग से जीता।",
        [("निष्पक्ष और चौकोर", "fair and square")],
        "मेहमान टीम ने फ़ाइनल पूरी ईमानदारी से जीता।",
    ),
    F(
        I,
        "After three years of losses, the airline is finally in the black.",
        "तीन साल के घाटे के बाद एयरलाइन आख़िरकार काले में है।",
        [("काले में है", "in the black")],
        "तीन साल के घाटे के बाद एयरलाइन आख़िरकार मुनाफ़े में है।",
    ),
    F(
        I,
        "After the scandal, the actor kept a low profile for months.",
        "घोटाले के बाद अभिनेता ने महीनों तक एक नीची प्रोफ़ाइल रखी।",
        [("एक नीची प्रोफ़ाइल रखी", "kept a low profile")],
        "घोटाले के बाद अभिनेता महीनों तक लोगों की नज़रों से दूर रहे।",
    ),
    F(
        I,
        "Critics warned that the country was turning into a banana republic.",
        "आलोचकों ने चेताया कि देश एक केला गणराज्य में बदल रहा है।",
        [("केला गणराज्य", "banana republic")],
        "आलोचकों ने चेताया कि देश अराजकता और भ्रष्टाचार वाला राज्य बनता जा रहा है।",
    ),
    F(
        I,
        "The two ministers have crossed swords over the budget.",
        "दोनों मंत्रियों ने बजट पर तलवारें पार की हैं।",
        [("तलवारें पार की हैं", "crossed swords")],
        "दोनों मंत्री बजट को लेकर आपस में उलझ चुके हैं।",
    ),
    F(
        I,
        "He was once the blue-eyed boy of the party leadership.",
        "वह कभी पार्टी नेतृत्व का नीली आंखों वाला लड़का था।",
        [("नीली आंखों वाला लड़का", "blue-eyed boy")],
        "वह कभी पार्टी नेतृत्व का चहेता था।",
    ),
    F(
        I,
        "Smaller parties were left out in the cold after the alliance deal.",
        "गठबंधन समझौते के बाद छोटे दलों को ठंड में बाहर छोड़ दिया गया।",
        [("ठंड में बाहर छोड़ दिया गया", "left out in the cold")],
        "गठबंधन समझौते के बाद छोटे दलों को अलग-थलग छोड़ दिया गया।",
    ),
    F(
        I,
        "Tax officials are keeping tabs on large cash deposits.",
        "कर अधिकारी बड़ी नकद जमाओं पर टैब रख रहे हैं।",
        [("टैब रख रहे हैं", "keeping tabs on")],
        "कर अधिकारी बड़ी नकद जमाओं पर नज़र रख रहे हैं।",
    ),
    F(
        I,
        "The new chief minister has a lot on his plate.",
        "नए मुख्यमंत्री की थाली में बहुत कुछ है।",
        [("की थाली में बहुत कुछ है", "a lot on his plate")],
        "नए मुख्यमंत्री के सामने बहुत सारी चुनौतियां हैं।",
    ),
    F(
        I,
        "The veteran boxer went the distance against the champion.",
        "अनुभवी मुक्केबाज़ चैंपियन के ख़िलाफ़ दूरी तक गया।",
        [("दूरी तक गया", "went the distance")],
        "अनुभवी मुक्केबाज़ चैंपियन के ख़िलाफ़ आख़िरी राउंड तक टिका रहा।",
    ),
    F(
        I,
        "The company sweetened the deal with a cash bonus.",
        "कंपनी ने नकद बोनस के साथ सौदे को मीठा कर दिया।",
        [("सौदे को मीठा कर दिया", "sweetened the deal")],
        "कंपनी ने नकद बोनस देकर सौदे को और आकर्षक बना दिया।",
    ),
    F(
        I,
        "Talks between the two sides have hit a wall.",
        "दोनों पक्षों के बीच बातचीत एक दीवार से टकरा गई है।",
        [("एक दीवार से टकरा गई है", "hit a wall")],
        "दोनों पक्षों के बीच बातचीत गतिरोध में फंस गई है।",
    ),
    F(
        I,
        "Three more leaders have thrown their hats into the ring.",
        "तीन और नेताओं ने अपनी टोपियां रिंग में फेंक दी हैं।",
        [("अपनी टोपियां रिंग में फेंक दी हैं", "thrown their hats into the ring")],
        "तीन और नेताओं ने चुनाव लड़ने की घोषणा कर दी है।",
    ),
    F(
        I,
        "It took a while before the penny dropped.",
        "पैसा गिरने में कुछ समय लगा।",
        [("पैसा गिरने", "the penny dropped")],
        "बात समझ में आने में कुछ समय लगा।",
    ),
    F(
        I,
        "The payment quietly went under the radar.",
        "भुगतान चुपचाप रडार के नीचे चला गया।",
        [("रडार के नीचे चला गया", "went under the radar")],
        "भुगतान पर चुपचाप किसी की नज़र नहीं पड़ी।",
    ),
    F(
        I,
        "The tax will be a hard sell in rural areas.",
        "ग्रामीण इलाकों में यह कर एक कठिन बिक्री होगा।",
        [("एक कठिन बिक्री", "a hard sell")],
        "ग्रामीण इलाकों में इस कर के लिए लोगों को राज़ी करना मुश्किल होगा।",
    ),
    # --- phrasal verbs
    F(
        I,
        "After a week of protests, the management gave in.",
        "एक सप्ताह के विरोध के बाद प्रबंधन ने अंदर दे दिया।",
        [("अंदर दे दिया", "gave in")],
        "एक सप्ताह के विरोध के बाद प्रबंधन झुक गया।",
    ),
    F(
        I,
        "The police soon found out the truth.",
        "पुलिस ने जल्द ही सच्चाई को बाहर पाया।",
        [("बाहर पाया", "found out")],
        "पुलिस को जल्द ही सच्चाई का पता चल गया।",
    ),
    F(
        I,
        "The two sides worked out a compromise.",
        "दोनों पक्षों ने एक समझौता बाहर काम किया।",
        [("बाहर काम किया", "worked out")],
        "दोनों पक्षों ने एक समझौता निकाला।",
    ),
    F(
        I,
        "Two candidates dropped out of the race on Monday.",
        "दो उम्मीदवार सोमवार को दौड़ से बाहर गिर गए।",
        [("बाहर गिर गए", "dropped out")],
        "दो उम्मीदवार सोमवार को दौड़ से हट गए।",
    ),
    F(
        I,
        "Some people look down on those who work with their hands.",
        "कुछ लोग हाथ से काम करने वालों पर नीचे देखते हैं।",
        [("पर नीचे देखते हैं", "look down on")],
        "कुछ लोग हाथ से काम करने वालों को हेय दृष्टि से देखते हैं।",
    ),
    F(
        I,
        "Young players looked up to him.",
        "युवा खिलाड़ी उनकी ओर ऊपर देखते थे।",
        [("ऊपर देखते थे", "looked up to")],
        "युवा खिलाड़ी उन्हें अपना आदर्श मानते थे।",
    ),
    F(
        I,
        "The factory was shut down after the gas leak.",
        "गैस रिसाव के बाद कारखाने को नीचे बंद कर दिया गया।",
        [("नीचे बंद कर दिया गया", "shut down")],
        "गैस रिसाव के बाद कारखाना बंद कर दिया गया।",
    ),
    F(
        I,
        "The underdogs pulled off a stunning win.",
        "कमज़ोर मानी जा रही टीम ने एक शानदार जीत को खींचकर उतार लिया।",
        [("खींचकर उतार लिया", "pulled off")],
        "कमज़ोर मानी जा रही टीम ने शानदार जीत हासिल कर ली।",
    ),
    F(
        I,
        "Families are cutting back on spending.",
        "परिवार ख़र्च पर पीछे काट रहे हैं।",
        [("पीछे काट रहे हैं", "cutting back on")],
        "परिवार ख़र्च में कटौती कर रहे हैं।",
    ),
    F(
        I,
        "The band broke up after their third album.",
        "अपने तीसरे एल्बम के बाद बैंड ऊपर टूट गया।",
        [("ऊपर टूट गया", "broke up")],
        "अपने तीसरे एल्बम के बाद बैंड बिखर गया।",
    ),
    F(
        I,
        "Several marchers passed out in the heat.",
        "कई मार्च करने वाले गर्मी में बाहर गुज़र गए।",
        [("बाहर गुज़र गए", "passed out")],
        "गर्मी में कई प्रदर्शनकारी बेहोश हो गए।",
    ),
    F(
        I,
        "Please fill in the form before noon.",
        "कृपया दोपहर से पहले फ़ॉर्म को अंदर भरें।",
        [("अंदर भरें", "fill in")],
        "कृपया दोपहर से पहले फ़ॉर्म भर दें।",
    ),
    F(
        I,
        "The officer handed in his resignation on Friday.",
        "अधिकारी ने शुक्रवार को अपना इस्तीफ़ा अंदर सौंप दिया।",
        [("अंदर सौंप दिया", "handed in")],
        "अधिकारी ने शुक्रवार को अपना इस्तीफ़ा सौंप दिया।",
    ),
    F(
        I,
        "The drain gives off a foul smell.",
        "नाला एक गंदी गंध बंद देता है।",
        [("बंद देता है", "gives off")],
        "नाले से बदबू आती है।",
    ),
]

L = "idiom"
IDIOM_LOOKALIKES = [
    # real Hindi idioms with images like the flawed ones
    C(
        L,
        "The opposition warned the government that it was playing with fire.",
        "विपक्ष ने सरकार को चेताया कि वह आग से खेल रही है।",
    ),
    C(L, "The news spread like wildfire.", "यह ख़बर जंगल की आग की तरह फैल गई।"),
    C(L, "My hands are tied; I cannot change the rules.", "मेरे हाथ बंधे हुए हैं, मैं नियम नहीं बदल सकता।"),
    C(L, "The president is not a rubber stamp.", "राष्ट्रपति कोई रबर स्टांप नहीं हैं।"),
    C(
        L,
        "The two ministers are at daggers drawn over the budget.",
        "बजट को लेकर दोनों मंत्रियों के बीच तलवारें खिंच गई हैं।",
    ),
    C(L, "The new policy missed the mark with young voters.", "नई नीति युवा मतदाताओं के मामले में निशाने से चूक गई।"),
    C(L, "He is hardly ever seen these days.", "वह आजकल ईद का चांद हो गया है।"),
    C(L, "The rain ruined all our plans.", "बारिश ने हमारी सारी योजनाओं पर पानी फेर दिया।"),
    C(L, "The workers have got ready for the strike.", "मज़दूरों ने हड़ताल के लिए कमर कस ली है।"),
    C(L, "The situation got out of hand.", "हालात हाथ से निकल गए।"),
    C(
        L,
        "Volunteers rolled up their sleeves to clean the river.",
        "स्वयंसेवकों ने नदी साफ़ करने के लिए आस्तीनें चढ़ा लीं।",
    ),
    C(
        L,
        "He praised and criticised the plan in the same breath.",
        "उन्होंने एक ही सांस में योजना की तारीफ़ भी की और आलोचना भी।",
    ),
    C(L, "The children drove their mother up the wall.", "बच्चों ने मां की नाक में दम कर दिया।"),
    # the idioms' words used literally
    C(L, "The farmer put a fence around his field.", "किसान ने अपने खेत के चारों ओर बाड़ लगाई।"),
    C(L, "The child hid the toy under the carpet.", "बच्चे ने खिलौना कालीन के नीचे छिपा दिया।"),
    C(L, "The players wore caps in the heat.", "गर्मी में खिलाड़ियों ने टोपियां पहनीं।"),
    C(L, "The bus turned at the corner near the temple.", "बस मंदिर के पास वाले मोड़ पर मुड़ गई।"),
    C(L, "The driver waited in the cold outside the hotel.", "ड्राइवर होटल के बाहर ठंड में इंतज़ार करता रहा।"),
    C(L, "The swimmer kept her head above the water.", "तैराक ने अपना सिर पानी के ऊपर रखा।"),
    C(L, "The bird pecked at the grain.", "चिड़िया ने दाने पर चोंच मारी।"),
    C(L, "The bowler landed awkwardly on his back foot.", "गेंदबाज़ अपने पिछले पैर पर अजीब ढंग से गिरा।"),
    C(L, "The wind blew the boy's cap off.", "हवा से लड़के की टोपी उड़ गई।"),
    C(L, "The truck hit a wall near the bridge.", "ट्रक पुल के पास एक दीवार से टकरा गया।"),
    C(L, "Bananas are cheap in the market this week.", "इस हफ़्ते बाज़ार में केले सस्ते हैं।"),
    C(L, "The cook put a plate of rice on the table.", "रसोइए ने मेज़ पर चावल की थाली रखी।"),
    C(L, "The runners covered the full distance.", "धावकों ने पूरी दूरी दौड़कर तय की।"),
    # spatial and sports uses of the particles' Hindi
    C(L, "The boy climbed up to the roof.", "लड़का छत पर ऊपर चढ़ गया।"),
    C(L, "The cat jumped down from the wall.", "बिल्ली दीवार से नीचे कूद गई।"),
    C(L, "The prisoner ran out of the jail gate.", "कैदी जेल के फाटक से बाहर भाग गया।"),
    C(L, "The shops stayed shut on Sunday.", "रविवार को दुकानें बंद रहीं।"),
    C(L, "Please switch off the lights when you leave.", "जाते समय कृपया बत्तियां बंद कर दें।"),
    C(L, "Workers cut off the power supply for repairs.", "मरम्मत के लिए कर्मचारियों ने बिजली की आपूर्ति काट दी।"),
    C(L, "The injured were taken out of the building.", "घायलों को इमारत से बाहर निकाला गया।"),
    C(L, "He looked up at the sky.", "उसने ऊपर आसमान की ओर देखा।"),
    C(L, "She looked down at the river from the bridge.", "उसने पुल से नीचे नदी की ओर देखा।"),
    C(L, "Two candidates are now out of the race.", "दो उम्मीदवार अब दौड़ से बाहर हो गए हैं।"),
    C(L, "The ball went out of the ground.", "गेंद मैदान से बाहर चली गई।"),
    C(L, "The goalkeeper pushed the ball over the bar.", "गोलकीपर ने गेंद को क्रॉसबार के ऊपर धकेल दिया।"),
    C(L, "Prices came down after the harvest.", "फ़सल के बाद क़ीमतें नीचे आ गईं।"),
    C(L, "The firefighters went inside the burning building.", "दमकलकर्मी जलती इमारत के अंदर गए।"),
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
