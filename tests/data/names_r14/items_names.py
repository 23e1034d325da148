"""Round-14 names held-out check (hand-written 2026-11-29 02:33 UTC BEFORE any round-14 HI101-HI105/
HI503/HI504/HI514 work and never edited to fit; report numbers on it, do not tune on it). Licence:
Apache-2.0.

Flawed: person names whose surname (or given name) MT rendered as a Hindi word -- Italian, Turkish,
Arabic, Japanese, Chinese, Hungarian, Swedish, Finnish, English, Portuguese, Greek, Czech, French,
German, Dutch, Russian and Spanish names (चरवाहा, बिजली, इत्रफ़रोश, नदी-मुहाना, सुनहरा-अजगर, भेड़िया,
बलूत-धारा, झीलवाला, हल्के-पाँव, चूज़ा/शहतूत, पुजारी-पुत्र, आज़ादी, महापौर, पेड़-माली, जंगल-आदमी,
महासागर, पाला, उम्मीद), with a title, sentence-initial, in a list, after a case marker. Every
(name, Hindi word) pair was checked absent from all dev lines (/tmp/r14/dev_all.jsonl, dev_src.jsonl).

Clean rows: each flawed row's correct translation, and NEW members of the false-positive families of
round 14's task: a foreign given name followed by a Hindi noun that is not a surname -- a place or
organisation noun (नगर, गाँव, संग्रहालय, अस्पताल, बाज़ार, ज़िला, विश्वविद्यालय) or a verbal noun (सिलाई,
बुनाई, खेती, पढ़ाई, दौड़); Indian names whose parts are Hindi words (बादल सरकार, मोहन लाल, अमर ज्योति,
फूल चंद, धन सिंह, पवन कुमार, किरण).

    python tests/data/names_r14/build.py
    audit check tests/data/names_r14/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o N14H.jsonl
    python tests/data/names_r14/score.py N14H.jsonl --hindi-only [--show]
    audit check tests/data/names_r14/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N14S.jsonl
    python tests/data/names_r14/score.py N14S.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"

NAMES = [
    F(
        N,
        "Mayor Ornella Pastore opened the new bridge.",
        "मेयर ओर्नेला चरवाहा ने नए पुल का उद्घाटन किया।",
        [("चरवाहा", "Pastore")],
        "मेयर ओर्नेला पास्तोरे ने नए पुल का उद्घाटन किया।",
    ),
    F(
        N,
        "Boxer Kerem Yıldırım knocked out his opponent.",
        "मुक्केबाज़ केरेम बिजली ने अपने प्रतिद्वंद्वी को नॉकआउट किया।",
        [("बिजली", "Yıldırım")],
        "मुक्केबाज़ केरेम यिल्दिरिम ने अपने प्रतिद्वंद्वी को नॉकआउट किया।",
    ),
    F(
        N,
        "Novelist Rania Attar spoke about her childhood in Beirut.",
        "उपन्यासकार रानिया इत्रफ़रोश ने बेरूत में अपने बचपन के बारे में बात की।",
        [("इत्रफ़रोश", "Attar")],
        "उपन्यासकार रानिया अत्तार ने बेरूत में अपने बचपन के बारे में बात की।",
    ),
    F(
        N,
        "Manager Kenji Kawaguchi announced the merger.",
        "प्रबंधक केंजी नदी-मुहाना ने विलय की घोषणा की।",
        [("नदी-मुहाना", "Kawaguchi")],
        "प्रबंधक केंजी कावागुची ने विलय की घोषणा की।",
    ),
    F(
        N,
        "Diver Chen Jinlong won silver in the platform event.",
        "गोताख़ोर चेन सुनहरा-अजगर ने प्लेटफ़ॉर्म स्पर्धा में रजत जीता।",
        [("सुनहरा-अजगर", "Jinlong")],
        "गोताख़ोर चेन चिनलोंग ने प्लेटफ़ॉर्म स्पर्धा में रजत जीता।",
    ),
    F(
        N,
        "Economist Zoltán Farkas criticised the budget.",
        "अर्थशास्त्री ज़ोल्टान भेड़िया ने बजट की आलोचना की।",
        [("भेड़िया", "Farkas")],
        "अर्थशास्त्री ज़ोल्टान फ़ारकश ने बजट की आलोचना की।",
    ),
    F(
        N,
        "Reporters interviewed Maja Ekström after the race.",
        "पत्रकारों ने दौड़ के बाद माया बलूत-धारा से बात की।",
        [("बलूत-धारा", "Ekström")],
        "पत्रकारों ने दौड़ के बाद माया एकस्त्रोम से बात की।",
    ),
    F(
        N,
        "Finnish driver Mika Järvinen finished third.",
        "फ़िनिश ड्राइवर मिका झीलवाला तीसरे स्थान पर रहे।",
        [("झीलवाला", "Järvinen")],
        "फ़िनिश ड्राइवर मिका यार्विनेन तीसरे स्थान पर रहे।",
    ),
    F(
        N,
        "Lightfoot resigned from the council on Monday.",
        "हल्के-पाँव ने सोमवार को परिषद से इस्तीफ़ा दे दिया।",
        [("हल्के-पाँव", "Lightfoot")],
        "लाइटफ़ुट ने सोमवार को परिषद से इस्तीफ़ा दे दिया।",
    ),
    F(
        N,
        "The company hired Tiago Pinto and Rita Morais as engineers.",
        "कंपनी ने तियागो चूज़ा और रीता शहतूत को इंजीनियर के रूप में नियुक्त किया।",
        [("चूज़ा", "Pinto"), ("शहतूत", "Morais")],
        "कंपनी ने तियागो पिंटो और रीता मोराइस को इंजीनियर के रूप में नियुक्त किया।",
    ),
    F(
        N,
        "Greek minister Nikos Papadopoulos arrived in Athens.",
        "यूनानी मंत्री निकोस पुजारी-पुत्र एथेंस पहुंचे।",
        [("पुजारी-पुत्र", "Papadopoulos")],
        "यूनानी मंत्री निकोस पापादोपूलोस एथेंस पहुंचे।",
    ),
    F(
        N,
        "Surgeon Jana Svobodová operated on the patient.",
        "सर्जन याना आज़ादी ने मरीज़ का ऑपरेशन किया।",
        [("आज़ादी", "Svobodová")],
        "सर्जन याना स्वोबोदोवा ने मरीज़ का ऑपरेशन किया।",
    ),
    F(
        N,
        "Historian Marc Lemaire wrote a book about Lyon.",
        "इतिहासकार मार्क महापौर ने ल्योन के बारे में एक किताब लिखी।",
        [("महापौर", "Lemaire")],
        "इतिहासकार मार्क लेमैर ने ल्योन के बारे में एक किताब लिखी।",
    ),
    F(
        N,
        "Biathlete Moritz Baumgartner won the sprint.",
        "बायथलीट मोरित्ज़ पेड़-माली ने स्प्रिंट जीती।",
        [("पेड़-माली", "Baumgartner")],
        "बायथलीट मोरित्ज़ बाउमगार्टनर ने स्प्रिंट जीती।",
    ),
    F(
        N,
        "Dutch skater Lotte Bosman won the 1500 metres.",
        "डच स्केटर लोट्टे जंगल-आदमी ने 1500 मीटर दौड़ जीती।",
        [("जंगल-आदमी", "Bosman")],
        "डच स्केटर लोट्टे बॉसमान ने 1500 मीटर दौड़ जीती।",
    ),
    F(
        N,
        "Police questioned Wang Haiyang for two hours.",
        "पुलिस ने वांग महासागर से दो घंटे पूछताछ की।",
        [("महासागर", "Haiyang")],
        "पुलिस ने वांग हाईयांग से दो घंटे पूछताछ की।",
    ),
    F(
        N,
        "Skater Yelena Morozova fell in the final.",
        "स्केटर येलेना पाला फ़ाइनल में गिर पड़ीं।",
        [("पाला", "Morozova")],
        "स्केटर येलेना मोरोज़ोवा फ़ाइनल में गिर पड़ीं।",
    ),
    F(
        N,
        "Singer Esperanza Rivera sang the anthem.",
        "गायिका उम्मीद रिवेरा ने राष्ट्रगान गाया।",
        [("उम्मीद", "Esperanza")],
        "गायिका एस्पेरांसा रिवेरा ने राष्ट्रगान गाया।",
    ),
]

NAME_LOOKALIKES = [
    # a foreign given name followed by a Hindi place / organisation noun
    C(L, "Tourist Hanna went out to see the town.", "पर्यटक हान्ना नगर घूमने निकलीं।"),
    C(L, "Lukas returned to the village after ten years.", "लुकास दस साल बाद गाँव लौटे।"),
    C(L, "Researcher Astrid reached the museum at noon.", "शोधकर्ता आस्ट्रिड दोपहर को संग्रहालय पहुँचीं।"),
    C(L, "Olga joined the university as a lecturer.", "ओल्गा विश्वविद्यालय में व्याख्याता के रूप में शामिल हुईं।"),
    C(L, "Manager Sven took his mother to hospital.", "मैनेजर स्वेन अपनी माँ को अस्पताल ले गए।"),
    C(L, "Every Sunday Mateo goes to the market.", "हर रविवार मातेओ बाज़ार जाते हैं।"),
    C(L, "Officer Klara Weiss toured the district.", "अधिकारी क्लारा वाइस ज़िला दौरे पर निकलीं।"),
    C(L, "Inspector Jonas inspected the harbour.", "इंस्पेक्टर योनास बंदरगाह का निरीक्षण करने गए।"),
    # a foreign given name followed by a verbal noun
    C(L, "Marta is learning sewing from her aunt.", "मार्ता सिलाई अपनी मौसी से सीख रही है।"),
    C(L, "Hugo taught knitting to the children.", "ह्यूगो बुनाई बच्चों को सिखाते थे।"),
    C(L, "Farmer Nadia started farming at twenty.", "किसान नादिया खेती बीस साल की उम्र में करने लगीं।"),
    C(L, "Ivan left his studies halfway.", "इवान पढ़ाई बीच में छोड़कर चले गए।"),
    C(L, "Athlete Freya won the race easily.", "एथलीट फ़्रेया दौड़ आसानी से जीत गईं।"),
    # Indian names whose parts are Hindi words
    C(L, "Playwright Badal Sircar's plays are still staged.", "नाटककार बादल सरकार के नाटक आज भी मंचित होते हैं।"),
    C(L, "Cricketer Mohan Lal Sharma took five wickets.", "क्रिकेटर मोहन लाल शर्मा ने पाँच विकेट लिए।"),
    C(L, "Scientist Amar Jyoti Das received the award.", "वैज्ञानिक अमर ज्योति दास को पुरस्कार मिला।"),
    C(L, "Phool Chand runs a tea stall in Agra.", "फूल चंद आगरा में चाय की दुकान चलाते हैं।"),
    C(L, "Subedar Dhan Singh led the patrol.", "सूबेदार धन सिंह ने गश्ती दल का नेतृत्व किया।"),
    C(L, "Umpire Pawan Kumar gave him out.", "अंपायर पवन कुमार ने उन्हें आउट दिया।"),
    C(L, "Author Kiran Nagarkar wrote Cuckold.", "लेखक किरण नगरकर ने ककोल्ड लिखा।"),
    # the Hindi words of the flawed rows used as words
    C(L, "The shepherd brought the sheep back at dusk.", "चरवाहा शाम को भेड़ें वापस ले आया।"),
    C(L, "Maja bought mulberries at the market.", "माया ने बाज़ार से शहतूत ख़रीदे।"),
]

TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
