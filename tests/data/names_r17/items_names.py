"""Round-17 names held-out items (hand-written 2026-11-29 10:50 UTC BEFORE any round-17 work on the
name rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): sportspeople, politicians and artists of English,
German, Spanish, Italian, Portuguese, French, Turkish, Dutch, Polish, Russian, Swedish, Japanese,
Chinese, Korean, Arabic, Indonesian and Swahili origin whose given name or surname is a common word
of its language, rendered as the Hindi word -- after a role noun, after a transliterated given
name, in lists, oblique (-े ने, -े के) and plural (-ों); adjectives, participles, agent nouns and
hyphenated pairs of Hindi words in the surname slot.
Clean rows: each flawed row's correct translation (`c-`), and look-alikes (`l-`): Indian names
whose parts are Hindi words (मोर, सागर, पाठक, सुनार, ठाकुर, कुमारी, लोहार ...) after a role noun, in a
list and before a postposition, an Indian stage name after a role noun, East-Asian names whose
syllable is a Hindi word (मान, जिन), honorifics in the slot (सरदार), and the flawed rows' Hindi words
in their plain sense next to a transliterated name.
None of the English names was in the dev lines (/tmp/r17/dev_src.jsonl) or tests/data when written
(checked by grep).

    python tests/data/names_r17/build.py
    audit check tests/data/names_r17/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N.jsonl
    python tests/data/names_r17/score.py N.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
LN = "name"

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

NAMES = [
    # English
    F(
        N,
        "Winger Harvey Wren crossed for the late winner.",
        "विंगर हार्वे फुदकी ने देर से आए विजयी गोल के लिए क्रॉस दिया।",
        [("फुदकी", "Wren")],
        "विंगर हार्वे रेन ने देर से आए विजयी गोल के लिए क्रॉस दिया।",
    ),
    F(
        N,
        "Senator Molly Badger said the bill would pass.",
        "सीनेटर मॉली बिज्जू ने कहा कि विधेयक पारित होगा।",
        [("बिज्जू", "Badger")],
        "सीनेटर मॉली बैजर ने कहा कि विधेयक पारित होगा।",
    ),
    F(
        N,
        "Folk singer Rosie Bramble released a new album.",
        "लोक गायिका रोज़ी झाड़ी ने नया एल्बम जारी किया।",
        [("झाड़ी", "Bramble")],
        "लोक गायिका रोज़ी ब्रैम्बल ने नया एल्बम जारी किया।",
    ),
    # German
    F(
        N,
        "Striker Felix Hirsch scored twice against Bremen.",
        "स्ट्राइकर फ़ेलिक्स हिरण ने ब्रेमेन के ख़िलाफ़ दो गोल किए।",
        [("हिरण", "Hirsch")],
        "स्ट्राइकर फ़ेलिक्स हिर्श ने ब्रेमेन के ख़िलाफ़ दो गोल किए।",
    ),
    F(
        N,
        "MP Katrin Fröhlich criticised the budget.",
        "सांसद कात्रिन ख़ुशमिज़ाज ने बजट की आलोचना की।",
        [("ख़ुशमिज़ाज", "Fröhlich")],
        "सांसद कात्रिन फ़्रोलिश ने बजट की आलोचना की।",
    ),
    F(
        N,
        "The fans cheered for Lukas Eichhorn.",
        "प्रशंसकों ने लुकास गिलहरी के लिए तालियाँ बजाईं।",
        [("गिलहरी", "Eichhorn")],
        "प्रशंसकों ने लुकास आइशहॉर्न के लिए तालियाँ बजाईं।",
    ),
    F(
        N,
        "The coach picked Jonas Grünwald and Tim Freundlich for the final.",
        "कोच ने फ़ाइनल के लिए योनास हरा-जंगल और टिम मिलनसार को चुना।",
        [("हरा-जंगल", "Grünwald"), ("मिलनसार", "Freundlich")],
        "कोच ने फ़ाइनल के लिए योनास ग्रुनवाल्ड और टिम फ़्रॉयंडलिश को चुना।",
    ),
    # Spanish
    F(
        N,
        "Tennis player Sergio Carpintero reached the quarter-finals.",
        "टेनिस खिलाड़ी सेर्हियो बढ़ई क्वार्टर फ़ाइनल में पहुँचे।",
        [("बढ़ई", "Carpintero")],
        "टेनिस खिलाड़ी सेर्हियो कारपिंतेरो क्वार्टर फ़ाइनल में पहुँचे।",
    ),
    F(
        N,
        "Singer Lucía Alegre won a Latin Grammy.",
        "गायिका लूसिया प्रसन्न ने लैटिन ग्रैमी जीता।",
        [("प्रसन्न", "Alegre")],
        "गायिका लूसिया अलेग्रे ने लैटिन ग्रैमी जीता।",
    ),
    F(
        N,
        "Midfielder Pablo Olivares was shown a red card in the derby.",
        "मिडफ़ील्डर पाब्लो जैतूनों को डर्बी में लाल कार्ड दिखाया गया।",
        [("जैतूनों", "Olivares")],
        "मिडफ़ील्डर पाब्लो ओलिवारेस को डर्बी में लाल कार्ड दिखाया गया।",
    ),
    F(
        N,
        "Rapper Fuego released a new song.",
        "रैपर आग ने नया गाना जारी किया।",
        [("आग", "Fuego")],
        "रैपर फ़्यूगो ने नया गाना जारी किया।",
    ),
    # Italian
    F(
        N,
        "Skier Giulia Tempesta won the downhill.",
        "स्कीयर जूलिया तूफ़ान ने डाउनहिल स्पर्धा जीती।",
        [("तूफ़ान", "Tempesta")],
        "स्कीयर जूलिया तेम्पेस्ता ने डाउनहिल स्पर्धा जीती।",
    ),
    F(
        N,
        "Cyclist Nicola Fortunato attacked on the last climb.",
        "साइकिल चालक निकोला भाग्यशाली ने आख़िरी चढ़ाई पर हमला किया।",
        [("भाग्यशाली", "Fortunato")],
        "साइकिल चालक निकोला फ़ोर्तुनातो ने आख़िरी चढ़ाई पर हमला किया।",
    ),
    # Portuguese
    F(
        N,
        "Goalkeeper Rui Pinheiro saved two penalties.",
        "गोलकीपर रुई चीड़ ने दो पेनल्टी बचाईं।",
        [("चीड़", "Pinheiro")],
        "गोलकीपर रुई पिन्हेइरो ने दो पेनल्टी बचाईं।",
    ),
    F(
        N,
        "Minister Inês Raposo announced the plan.",
        "मंत्री इनेस लोमड़ी ने योजना की घोषणा की।",
        [("लोमड़ी", "Raposo")],
        "मंत्री इनेस रापोसो ने योजना की घोषणा की।",
    ),
    F(
        N,
        "Forward Tiago Bandeira's goal sealed the title.",
        "फ़ॉरवर्ड तियागो झंडे के गोल ने ख़िताब पक्का कर दिया।",
        [("झंडे", "Bandeira")],
        "फ़ॉरवर्ड तियागो बांदेइरा के गोल ने ख़िताब पक्का कर दिया।",
    ),
    # French
    F(
        N,
        "Prime Minister Étienne Leloup met the unions.",
        "प्रधानमंत्री एतिएन भेड़िये ने यूनियनों से मुलाक़ात की।",
        [("भेड़िये", "Leloup")],
        "प्रधानमंत्री एतिएन लेलू ने यूनियनों से मुलाक़ात की।",
    ),
    F(
        N,
        "Singer Margaux Rossignol opened the festival.",
        "गायिका मार्गो बुलबुल ने उत्सव का उद्घाटन किया।",
        [("बुलबुल", "Rossignol")],
        "गायिका मार्गो रोसिन्योल ने उत्सव का उद्घाटन किया।",
    ),
    F(
        N,
        "Director Bastien Corbeau won the Palme d'Or.",
        "निर्देशक बास्तिएन कौवे ने पाल्म डी'ओर जीता।",
        [("कौवे", "Corbeau")],
        "निर्देशक बास्तिएन कोर्बो ने पाल्म डी'ओर जीता।",
    ),
    F(
        N,
        "Sprinter Anaïs Papillon and hurdler Lucas Lelièvre won gold.",
        "धाविका अनाइस तितली और बाधा धावक लुका ख़रगोश ने स्वर्ण पदक जीता।",
        [("तितली", "Papillon"), ("ख़रगोश", "Lelièvre")],
        "धाविका अनाइस पापियों और बाधा धावक लुका लेलिएव्र ने स्वर्ण पदक जीता।",
    ),
    # Turkish
    F(
        N,
        "Striker Emre Karakuş scored the winner.",
        "स्ट्राइकर एमरे काला-पक्षी ने विजयी गोल किया।",
        [("काला-पक्षी", "Karakuş")],
        "स्ट्राइकर एमरे कराकुश ने विजयी गोल किया।",
    ),
    F(
        N,
        "Volleyball player Zehra Yağmur led the team.",
        "वॉलीबॉल खिलाड़ी ज़ेहरा बारिश ने टीम का नेतृत्व किया।",
        [("बारिश", "Yağmur")],
        "वॉलीबॉल खिलाड़ी ज़ेहरा यामुर ने टीम का नेतृत्व किया।",
    ),
    F(
        N,
        "MP Hakan Korkmaz spoke in parliament.",
        "सांसद हाकान निडर ने संसद में भाषण दिया।",
        [("निडर", "Korkmaz")],
        "सांसद हाकान कोर्कमाज़ ने संसद में भाषण दिया।",
    ),
    F(
        N,
        "Singer Derya Akgül sang at the concert.",
        "गायिका देर्या सफ़ेद-गुलाब ने संगीत समारोह में गाया।",
        [("सफ़ेद-गुलाब", "Akgül")],
        "गायिका देर्या अकग्युल ने संगीत समारोह में गाया।",
    ),
    # Dutch
    F(
        N,
        "Speed skater Joris de Haan won the 1,500 metres.",
        "स्पीड स्केटर योरिस मुर्ग़े ने 1,500 मीटर स्पर्धा जीती।",
        [("मुर्ग़े", "de Haan")],
        "स्पीड स्केटर योरिस दे हान ने 1,500 मीटर स्पर्धा जीती।",
    ),
    F(
        N,
        "Defender Bram Schaap was injured in training.",
        "डिफ़ेंडर ब्राम भेड़ अभ्यास में घायल हो गए।",
        [("भेड़", "Schaap")],
        "डिफ़ेंडर ब्राम स्खाप अभ्यास में घायल हो गए।",
    ),
    # Polish
    F(
        N,
        "Handball player Tomasz Kruk scored eight goals.",
        "हैंडबॉल खिलाड़ी तोमाश कौआ ने आठ गोल किए।",
        [("कौआ", "Kruk")],
        "हैंडबॉल खिलाड़ी तोमाश क्रुक ने आठ गोल किए।",
    ),
    F(
        N,
        "Ski jumper Dawid Ogórek finished second.",
        "स्की जंपर दाविद खीरा दूसरे स्थान पर रहे।",
        [("खीरा", "Ogórek")],
        "स्की जंपर दाविद ओगुरेक दूसरे स्थान पर रहे।",
    ),
    # Russian
    F(
        N,
        "Grandmaster Dmitri Vorobyov beat the champion.",
        "ग्रैंडमास्टर दमित्री गौरैयों ने चैंपियन को हराया।",
        [("गौरैयों", "Vorobyov")],
        "ग्रैंडमास्टर दमित्री वोरोब्योव ने चैंपियन को हराया।",
    ),
    F(
        N,
        "Hockey player Artyom Gusev scored twice.",
        "हॉकी खिलाड़ी आर्त्योम हंसों ने दो गोल किए।",
        [("हंसों", "Gusev")],
        "हॉकी खिलाड़ी आर्त्योम गुसेव ने दो गोल किए।",
    ),
    F(
        N,
        "Director Yuri Rybakov's new film opens today.",
        "निर्देशक यूरी मछुआरों की नई फ़िल्म आज रिलीज़ हो रही है।",
        [("मछुआरों", "Rybakov")],
        "निर्देशक यूरी रिबाकोव की नई फ़िल्म आज रिलीज़ हो रही है।",
    ),
    # Swedish
    F(
        N,
        "Golfer Linnea Blomqvist won the tournament.",
        "गोल्फ़र लिनेआ फूल-टहनी ने टूर्नामेंट जीता।",
        [("फूल-टहनी", "Blomqvist")],
        "गोल्फ़र लिनेआ ब्लोमक्विस्ट ने टूर्नामेंट जीता।",
    ),
    F(
        N,
        "Striker Oskar Falk scored a hat-trick.",
        "स्ट्राइकर ओस्कर बाज़ ने हैट्रिक लगाई।",
        [("बाज़", "Falk")],
        "स्ट्राइकर ओस्कर फ़ाल्क ने हैट्रिक लगाई।",
    ),
    # Japanese
    F(
        N,
        "Swimmer Rina Hoshino set an Asian record.",
        "तैराक रीना तारा-खेत ने एशियाई रिकॉर्ड बनाया।",
        [("तारा-खेत", "Hoshino")],
        "तैराक रीना होशिनो ने एशियाई रिकॉर्ड बनाया।",
    ),
    F(
        N,
        "Pitcher Kaito Shimizu threw a no-hitter.",
        "पिचर काइतो साफ़-पानी ने नो-हिटर फेंका।",
        [("साफ़-पानी", "Shimizu")],
        "पिचर काइतो शिमिज़ु ने नो-हिटर फेंका।",
    ),
    # Chinese, Korean
    F(
        N,
        "Speed skater Sun Xuefeng won gold.",
        "स्पीड स्केटर सुन बर्फ़-शिखर ने स्वर्ण पदक जीता।",
        [("बर्फ़-शिखर", "Xuefeng")],
        "स्पीड स्केटर सुन शुएफ़ेंग ने स्वर्ण पदक जीता।",
    ),
    F(
        N,
        "Archer Lee Nabi hit three tens in a row.",
        "तीरंदाज़ ली तितली ने लगातार तीन बार दस अंक बनाए।",
        [("तितली", "Nabi")],
        "तीरंदाज़ ली नाबी ने लगातार तीन बार दस अंक बनाए।",
    ),
    # Arabic, Indonesian, Swahili
    F(
        N,
        "Minister Rania Al-Attar opened the perfume fair.",
        "मंत्री रानिया इत्र-विक्रेता ने इत्र मेले का उद्घाटन किया।",
        [("इत्र-विक्रेता", "Al-Attar")],
        "मंत्री रानिया अल-अत्तार ने इत्र मेले का उद्घाटन किया।",
    ),
    F(
        N,
        "Badminton player Rizky Bintang won the final.",
        "बैडमिंटन खिलाड़ी रिज़की सितारे ने फ़ाइनल जीता।",
        [("सितारे", "Bintang")],
        "बैडमिंटन खिलाड़ी रिज़की बिंतांग ने फ़ाइनल जीता।",
    ),
    F(
        N,
        "Runner Tumaini Kiprono won the marathon.",
        "धावक उम्मीद किप्रोनो ने मैराथन जीती।",
        [("उम्मीद", "Tumaini")],
        "धावक तुमाइनी किप्रोनो ने मैराथन जीती।",
    ),
]

NAME_LOOKALIKES = [
    C(LN, "Wrestler Pawan Mor won bronze.", "पहलवान पवन मोर ने कांस्य पदक जीता।"),
    C(LN, "Singer Badal Sagar performed in Lucknow.", "गायक बादल सागर ने लखनऊ में प्रस्तुति दी।"),
    C(LN, "Minister Kiran Pathak inaugurated the bridge.", "मंत्री किरण पाठक ने पुल का उद्घाटन किया।"),
    C(LN, "Rapper Deepak Sunar released a new song.", "रैपर दीपक सुनार ने नया गाना जारी किया।"),
    C(LN, "Actress Jyoti Thakur won the award.", "अभिनेत्री ज्योति ठाकुर ने पुरस्कार जीता।"),
    C(LN, "Captain Basant Kumar led the team.", "कप्तान बसंत कुमार ने टीम का नेतृत्व किया।"),
    C(LN, "Boxer Sona Rani won gold.", "मुक्केबाज़ सोना रानी ने स्वर्ण पदक जीता।"),
    C(
        LN,
        "Director Prem Pujari's new film opens today.",
        "निर्देशक प्रेम पुजारी की नई फ़िल्म आज रिलीज़ हो रही है।",
    ),
    C(LN, "Shooter Heera Lal Saini won gold.", "निशानेबाज़ हीरा लाल सैनी ने स्वर्ण पदक जीता।"),
    C(
        LN,
        "The coach picked Moti Lal and Suraj Bhan for the final.",
        "कोच ने फ़ाइनल के लिए मोती लाल और सूरज भान को चुना।",
    ),
    C(LN, "Wrestler Badal Sher's coach spoke to reporters.", "पहलवान बादल शेर के कोच ने पत्रकारों से बात की।"),
    C(LN, "Archer Chanda Kumari hit a perfect ten.", "तीरंदाज़ चंदा कुमारी ने परफ़ेक्ट दस मारा।"),
    C(LN, "Singer Ramesh Lohar sang at the fair.", "गायक रमेश लोहार ने मेले में गाया।"),
    C(LN, "Rapper Toofan performed in Delhi.", "रैपर तूफ़ान ने दिल्ली में प्रस्तुति दी।"),
    C(LN, "Poet Kamal Nayan read his poems.", "कवि कमल नयन ने अपनी कविताएँ पढ़ीं।"),
    C(LN, "Table tennis player Wang Man won the match.", "टेबल टेनिस खिलाड़ी वांग मान ने मुक़ाबला जीता।"),
    C(LN, "Golfer Park Jin made a birdie.", "गोल्फ़र पार्क जिन ने बर्डी बनाई।"),
    C(
        LN,
        "Coach Sardar Ajit Singh praised the players.",
        "कोच सरदार अजीत सिंह ने खिलाड़ियों की तारीफ़ की।",
    ),
    C(
        LN,
        "Coach Dieter Brandt said the team played like lions.",
        "कोच डीटर ब्रांट ने कहा कि टीम शेरों की तरह खेली।",
    ),
    C(LN, "Minister Anke Vogt planted an olive tree.", "मंत्री आंके फ़ोग्ट ने जैतून का पेड़ लगाया।"),
    C(
        LN,
        "Striker Mateus Lima watched a fox cross the pitch.",
        "स्ट्राइकर मातेउस लीमा ने एक लोमड़ी को मैदान पार करते देखा।",
    ),
    C(
        LN,
        "Singer Ayla Demirci sang about the rain.",
        "गायिका आयला देमिर्जी ने बारिश के बारे में गाया।",
    ),
]
