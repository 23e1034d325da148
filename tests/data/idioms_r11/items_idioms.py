"""Round-11 idiom precision check (idioms2, late helper): literal idioms and clean look-alikes (hand-written).

Written by the r11-idioms2 helper BEFORE any round-11 code change and not edited afterwards to fit.
Small by design (a late replacement with ~35 minutes). Flawed rows: English idioms rendered word for
word that the rules caught at the time of writing (a recall guard for the precision work), each with
its correct translation (`c-` rows). Look-alikes (`l-` rows), clean, new members of the round-10
false-positive families of HI205/HI512: English idiom words used in a literal scene (the source is
literal), instruments really played, real Hindi idioms (muhavare) for an English idiom, and phrasal
verbs whose particle Hindi renders by a plain direction word (नीचे, ऊपर, बाहर, अंदर).
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741

IDIOMS = [
    F(
        I,
        "The new manager rocked the boat in his first week.",
        "नए प्रबंधक ने अपने पहले हफ़्ते में नाव हिला दी।",
        [("नाव हिला दी", "rocked the boat")],
        "नए प्रबंधक ने अपने पहले हफ़्ते में ही हलचल मचा दी।",
    ),
    F(
        I,
        "The bank pulled the plug on the housing project.",
        "बैंक ने आवास परियोजना का प्लग खींच लिया।",
        [("प्लग खींच लिया", "pulled the plug")],
        "बैंक ने आवास परियोजना से हाथ खींच लिया।",
    ),
    F(
        I,
        "The opposition is barking up the wrong tree.",
        "विपक्ष गलत पेड़ पर भौंक रहा है।",
        [("गलत पेड़ पर भौंक", "barking up the wrong tree")],
        "विपक्ष गलत जगह दोष ढूंढ रहा है।",
    ),
    F(
        I,
        "The auditor smelled a rat in the accounts.",
        "लेखा परीक्षक को खातों में चूहे की गंध आई।",
        [("चूहे की गंध", "smelled a rat")],
        "लेखा परीक्षक को खातों में कुछ गड़बड़ होने का शक हुआ।",
    ),
    F(
        I,
        "The two leaders finally buried the hatchet.",
        "दोनों नेताओं ने आखिरकार कुल्हाड़ी दफ़न कर दी।",
        [("कुल्हाड़ी दफ़न कर दी", "buried the hatchet")],
        "दोनों नेताओं ने आखिरकार पुरानी दुश्मनी भुला दी।",
    ),
    F(
        I,
        "The peace talks hit a brick wall.",
        "शांति वार्ता एक ईंट की दीवार से टकरा गई।",
        [("ईंट की दीवार से टकरा", "hit a brick wall")],
        "शांति वार्ता एक गतिरोध में फंस गई।",
    ),
    F(
        I,
        "The outgoing mayor is a lame duck.",
        "निवर्तमान महापौर एक लंगड़ी बत्तख हैं।",
        [("लंगड़ी बत्तख", "lame duck")],
        "निवर्तमान महापौर के हाथ में अब कोई असली ताक़त नहीं है।",
    ),
    F(
        I,
        "The builder cut corners on safety.",
        "बिल्डर ने सुरक्षा में कोने काटे।",
        [("कोने काटे", "cut corners")],
        "बिल्डर ने सुरक्षा में कंजूसी की।",
    ),
    F(
        I,
        "The finance minister bit the bullet and raised taxes.",
        "वित्त मंत्री ने गोली चबाई और कर बढ़ा दिए।",
        [("गोली चबाई", "bit the bullet")],
        "वित्त मंत्री ने कड़वा फ़ैसला लेकर कर बढ़ा दिए।",
    ),
    F(
        I,
        "The striker is in the doghouse with the coach.",
        "स्ट्राइकर कोच के साथ कुत्ते के घर में है।",
        [("कुत्ते के घर में", "in the doghouse")],
        "स्ट्राइकर से कोच नाराज़ हैं।",
    ),
    F(
        I,
        "The start-up went belly up within a year.",
        "स्टार्ट-अप एक साल के भीतर पेट ऊपर हो गया।",
        [("पेट ऊपर हो गया", "went belly up")],
        "स्टार्ट-अप एक साल के भीतर डूब गया।",
    ),
    F(
        I,
        "The minister passed the buck to his officials.",
        "मंत्री ने अपने अधिकारियों को हिरन थमा दिया।",
        [("हिरन थमा दिया", "passed the buck")],
        "मंत्री ने ज़िम्मेदारी अपने अधिकारियों पर डाल दी।",
    ),
    F(
        I,
        "The price of onions went through the roof.",
        "प्याज़ की कीमत छत के पार चली गई।",
        [("छत के पार चली गई", "went through the roof")],
        "प्याज़ की कीमत आसमान छूने लगी।",
    ),
    F(
        I,
        "The party swept the scandal under the rug.",
        "पार्टी ने घोटाले को गलीचे के नीचे बुहार दिया।",
        [("गलीचे के नीचे बुहार दिया", "swept the scandal under the rug")],
        "पार्टी ने घोटाले पर पर्दा डाल दिया।",
    ),
    F(
        I,
        "The opposition leader let off steam at the rally.",
        "विपक्ष के नेता ने रैली में भाप छोड़ी।",
        [("भाप छोड़ी", "let off steam")],
        "विपक्ष के नेता ने रैली में अपनी भड़ास निकाली।",
    ),
    F(
        I,
        "The chairman took the bull by the horns.",
        "अध्यक्ष ने बैल को सींगों से पकड़ा।",
        [("बैल को सींगों से पकड़ा", "took the bull by the horns")],
        "अध्यक्ष ने मुश्किल का डटकर सामना किया।",
    ),
]

L = "idiom"
IDIOM_LOOKALIKES = [
    # --- the English idiom's words in a literal scene (the source itself is literal)
    C(
        L,
        "The lifeguard blew the whistle and the swimmers left the pool.",
        "लाइफ़गार्ड ने सीटी बजाई और तैराक पूल से बाहर निकल आए।",
    ),
    C(
        L,
        "The fishermen broke the ice on the lake to catch fish.",
        "मछुआरों ने मछली पकड़ने के लिए झील की बर्फ़ तोड़ी।",
    ),
    C(L, "The waiter spilled the beans on the kitchen floor.", "वेटर ने रसोई के फ़र्श पर फलियां गिरा दीं।"),
    C(
        L,
        "The children rocked the boat and the boatman shouted at them.",
        "बच्चों ने नाव हिलाई और नाविक उन पर चिल्लाया।",
    ),
    C(L, "The electrician pulled the plug of the heater.", "बिजली मिस्त्री ने हीटर का प्लग खींच लिया।"),
    C(L, "The carpenter hit the nail on the head with his hammer.", "बढ़ई ने हथौड़े से कील के सिर पर चोट की।"),
    C(L, "The tea leaves were soaked in hot water.", "चाय की पत्तियां गर्म पानी में भिगोई गईं।"),
    C(L, "The tailor cut the corners of the cloth.", "दर्ज़ी ने कपड़े के कोने काटे।"),
    C(
        L,
        "The farmer took the bull by the horns and led it to the shed.",
        "किसान ने बैल को सींगों से पकड़ा और बाड़े तक ले गया।",
    ),
    C(L, "The old engine let off steam at the station.", "स्टेशन पर पुराने इंजन ने भाप छोड़ी।"),
    C(
        L,
        "After the round the coach threw a towel to the boxer.",
        "राउंड के बाद कोच ने मुक्केबाज़ की ओर तौलिया फेंका।",
    ),
    C(L, "The children were playing with fire near the haystack.", "बच्चे भूसे के ढेर के पास आग से खेल रहे थे।"),
    C(L, "The puppeteer pulled the strings of the puppets.", "कठपुतली वाले ने कठपुतलियों की डोरियां खींचीं।"),
    C(L, "The skaters kept off the thin ice near the bank.", "स्केटर किनारे के पास की पतली बर्फ़ से दूर रहे।"),
    C(L, "The cat licked the spilt milk from the floor.", "बिल्ली ने फ़र्श पर गिरा दूध चाट लिया।"),
    C(L, "The jockey wore a feather in his cap.", "घुड़सवार ने अपनी टोपी में पंख लगाया था।"),
    # --- instruments really played
    C(L, "The boy plays the violin at school functions.", "लड़का स्कूल के समारोहों में वायलिन बजाता है।"),
    C(L, "Folk artists played the shehnai at the temple.", "लोक कलाकारों ने मंदिर में शहनाई बजाई।"),
    C(L, "The bugler blew the bugle at dawn.", "बिगुलची ने भोर में बिगुल बजाया।"),
    C(L, "The shepherd plays the flute in the evening.", "चरवाहा शाम को बांसुरी बजाता है।"),
    C(L, "The truck driver blew his horn at the crossing.", "ट्रक ड्राइवर ने चौराहे पर हॉर्न बजाया।"),
    # --- real Hindi idioms (muhavare) for an English idiom
    C(L, "The officials turned a blind eye to the encroachment.", "अधिकारियों ने अतिक्रमण की ओर से आंखें मूंद लीं।"),
    C(L, "The rude reply made her blood boil.", "रूखे जवाब से उसका ख़ून खौल उठा।"),
    C(L, "The players were all ears during the team talk.", "टीम बैठक में खिलाड़ी कान लगाए सुनते रहे।"),
    C(L, "The government washed its hands of the project.", "सरकार ने परियोजना से पल्ला झाड़ लिया।"),
    C(L, "The defeat broke the fans' hearts.", "हार से प्रशंसकों का दिल टूट गया।"),
    C(L, "The boss gave him the cold shoulder.", "बॉस ने उससे मुंह फेर लिया।"),
    C(L, "The news took my breath away.", "ख़बर सुनकर मेरी सांसें थम गईं।"),
    C(L, "He always pokes his nose into other people's business.", "वह हमेशा दूसरों के मामलों में नाक घुसाता है।"),
    # --- a particle rendered by a plain direction word
    C(L, "The child climbed up the ladder.", "बच्चा सीढ़ी पर ऊपर चढ़ गया।"),
    C(L, "The stone rolled down the slope.", "पत्थर ढलान से नीचे लुढ़क गया।"),
    C(L, "The guests walked in through the main gate.", "मेहमान मुख्य द्वार से अंदर आए।"),
    C(L, "She looked down from the balcony.", "उसने बालकनी से नीचे देखा।"),
    C(L, "Two names were kept off the final list.", "दो नाम अंतिम सूची से बाहर रखे गए।"),
    C(L, "The clerk took the old files out of the cupboard.", "क्लर्क ने पुरानी फ़ाइलें अलमारी से बाहर निकालीं।"),
    C(L, "The boy jumped down from the wall.", "लड़का दीवार से नीचे कूद गया।"),
    C(L, "The injured player was carried off the field.", "घायल खिलाड़ी को मैदान से बाहर ले जाया गया।"),
    C(L, "The tired hikers sat down under a tree.", "थके हुए यात्री एक पेड़ के नीचे बैठ गए।"),
    C(L, "The prices of vegetables came down in winter.", "सर्दियों में सब्ज़ियों के दाम नीचे आ गए।"),
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
