"""Held-out round-16 items: names and titles/institutions (hand-written by helper blindA, see
README.md). People, clubs and firms are real public names or fiction; nothing here is a claim
about a real person.

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (a clean row of the same category). `_f` writes the fix by putting each
span's correct rendering in its place. C(category, src, mt) -- a clean look-alike translation.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
T = "title-calque"


def _f(category: str, src: str, mt: str, spans: list[tuple[str, str, str]]) -> F:
    """A flawed row from (wrong Hindi, English, correct Hindi) triples; the fix swaps them."""
    fix = mt
    for wrong, _english, right in spans:
        fix = fix.replace(wrong, right, 1)
    return F(category, src, mt, [(wrong, english) for wrong, english, _right in spans], fix)


NAMES = [
    # English-language surnames and stage names (British, American, Australian, Irish)
    _f(
        N,
        "Haas driver Ollie Bearman scored his first points.",
        "हास के ड्राइवर ओली भालू-आदमी ने अपने पहले अंक हासिल किए।",
        [("भालू-आदमी", "Bearman", "बेयरमैन")],
    ),
    _f(
        N,
        "England opener Zak Crawley fell for a duck.",
        "इंग्लैंड के सलामी बल्लेबाज़ ज़ैक रेंगता शून्य पर आउट हो गए।",
        [("रेंगता", "Crawley", "क्रॉली")],
    ),
    _f(
        N,
        "Singer Olivia Dean won the newcomer award.",
        "गायिका ओलिविया अधिष्ठाता ने नवोदित कलाकार का पुरस्कार जीता।",
        [("अधिष्ठाता", "Dean", "डीन")],
    ),
    _f(
        N,
        "Tickets for Sam Fender's stadium show sold out.",
        "सैम बंपर के स्टेडियम शो के टिकट बिक गए।",
        [("बंपर", "Fender", "फ़ेंडर")],
    ),
    _f(
        N,
        "The DJ Fred again.. played a surprise set in Mumbai.",
        "डीजे फ़्रेड फिर से ने मुंबई में अचानक एक सेट बजाया।",
        [("फिर से", "again..", "अगेन..")],
    ),
    _f(
        N,
        "Breaststroker Zac Stubblety-Cook qualified fastest.",
        "ब्रेस्टस्ट्रोक तैराक ज़ैक ठूंठ-रसोइया सबसे तेज़ समय के साथ क्वालीफ़ाई हुए।",
        [("ठूंठ-रसोइया", "Stubblety-Cook", "स्टबलटी-कुक")],
    ),
    _f(
        N,
        "Ireland wing James Lowe scored two tries.",
        "आयरलैंड के विंग जेम्स नीचे ने दो ट्राई किए।",
        [("नीचे", "Lowe", "लो")],
    ),
    _f(
        N,
        "Rapper King Promise and Stonebwoy shared the stage in Accra.",
        "रैपर राजा वादा और पत्थर-लड़के ने अकरा में मंच साझा किया।",
        [("राजा वादा", "King Promise", "किंग प्रॉमिस"), ("पत्थर-लड़के", "Stonebwoy", "स्टोनबॉय")],
    ),
    # Spanish, Portuguese, Italian, French
    _f(
        N,
        "Jenni Hermoso returned to the national team.",
        "जेनी ख़ूबसूरत राष्ट्रीय टीम में लौटीं।",
        [("ख़ूबसूरत", "Hermoso", "हर्मोसो")],
    ),
    _f(
        N,
        "Barcelona gave a debut to Marc Casado.",
        "बार्सिलोना ने मार्क विवाहित को पहला मौक़ा दिया।",
        [("विवाहित", "Casado", "कसादो")],
    ),
    _f(
        N,
        "Midfielder Pablo Barrios signed until 2030.",
        "मिडफ़ील्डर पाब्लो मोहल्लों ने 2030 तक का अनुबंध किया।",
        [("मोहल्लों", "Barrios", "बारियोस")],
    ),
    _f(
        N,
        "The Spanish singer Bad Gyal cancelled her tour.",
        "स्पेनिश गायिका बुरी लड़की ने अपना दौरा रद्द किया।",
        [("बुरी लड़की", "Bad Gyal", "बैड गियाल")],
    ),
    _f(
        N,
        "Joao Neves and Vitinha ran the midfield.",
        "जोआओ बर्फ़ और वितिन्या ने मिडफ़ील्ड संभाला।",
        [("बर्फ़", "Neves", "नेवेस")],
    ),
    _f(
        N,
        "Race walker Caio Bonfim won silver in Paris.",
        "पैदल चाल एथलीट काइओ शुभ-अंत ने पेरिस में रजत जीता।",
        [("शुभ-अंत", "Bonfim", "बोनफ़िम")],
    ),
    _f(
        N,
        "Samuele Ricci and Riccardo Orsolini were called up.",
        "सामुएले साही और रिकार्डो भालू-शावक को टीम में बुलाया गया।",
        [("साही", "Ricci", "रिच्ची"), ("भालू-शावक", "Orsolini", "ओर्सोलिनी")],
    ),
    _f(
        N,
        "Triathlete Cassandre Beaugrand won in front of her home crowd.",
        "ट्रायथलीट कसांद्र सुंदर-लंबी ने घरेलू दर्शकों के सामने जीत हासिल की।",
        [("सुंदर-लंबी", "Beaugrand", "बोग्रां")],
    ),
    _f(
        N,
        "Desire Doue scored twice in the final.",
        "देज़िरे प्रतिभाशाली ने फ़ाइनल में दो गोल किए।",
        [("प्रतिभाशाली", "Doue", "दुए")],
    ),
    _f(
        N,
        "Prime Minister Sebastien Lecornu survived the vote.",
        "प्रधानमंत्री सेबेस्टियन सींगवाले की सरकार मतदान में बच गई।",
        [("सींगवाले", "Lecornu", "लेकोर्नू")],
    ),
    # German, Dutch, Nordic
    _f(
        N,
        "Striker Tim Kleindienst was injured in training.",
        "स्ट्राइकर टिम छोटी-सेवा अभ्यास में घायल हो गए।",
        [("छोटी-सेवा", "Kleindienst", "क्लाइनडीन्स्ट")],
    ),
    _f(
        N,
        "Vice-Chancellor Lars Klingbeil and Alice Weidel clashed in the debate.",
        "उप-चांसलर लार्स तलवार-कुल्हाड़ी और ऐलिस चरागाह बहस में भिड़ गए।",
        [("तलवार-कुल्हाड़ी", "Klingbeil", "क्लिंगबाइल"), ("चरागाह", "Weidel", "वाइडेल")],
    ),
    _f(
        N,
        "Economy Minister Katherina Reiche visited Delhi.",
        "अर्थव्यवस्था मंत्री कैथरीना अमीर दिल्ली आईं।",
        [("अमीर", "Reiche", "राइषे")],
    ),
    _f(
        N,
        "Arsenal's Jurrien Timber is out for a month.",
        "आर्सेनल के यूरियन इमारती-लकड़ी एक महीने के लिए बाहर हैं।",
        [("इमारती-लकड़ी", "Timber", "टिम्बर")],
    ),
    _f(
        N,
        "Denmark captain Morten Hjulmand missed a penalty.",
        "डेनमार्क के कप्तान मॉर्टन पहिया-आदमी पेनल्टी चूक गए।",
        [("पहिया-आदमी", "Hjulmand", "ह्युलमान")],
    ),
    _f(
        N,
        "Swimmer Sarah Sjostrom won the 50 metres.",
        "तैराक सारा समुद्र-धारा ने 50 मीटर स्पर्धा जीती।",
        [("समुद्र-धारा", "Sjostrom", "स्योस्त्रोम")],
    ),
    _f(
        N,
        "Iceland's prime minister, Kristrun Frostadottir, arrived in Oslo.",
        "आइसलैंड की प्रधानमंत्री, क्रिस्ट्रुन पाला-पुत्री, ओस्लो पहुंचीं।",
        [("पाला-पुत्री", "Frostadottir", "फ़्रोस्टाडॉटिर")],
    ),
    # Slavic, Turkish, Persian
    _f(
        N,
        "Marta Kostyuk beat Pavel Kotov's compatriot in Miami.",
        "मार्टा हड्डी ने मियामी में पावेल बिल्लियों की हमवतन खिलाड़ी को हराया।",
        [("हड्डी", "Kostyuk", "कोस्त्युक"), ("बिल्लियों", "Kotov", "कोतोव")],
    ),
    _f(
        N,
        "Irfan Can Kahveci scored from a free kick.",
        "इरफ़ान जान कॉफ़ीवाला ने फ़्री किक से गोल किया।",
        [("कॉफ़ीवाला", "Kahveci", "काहवेजी")],
    ),
    _f(
        N,
        "Volleyball star Ebrar Karakurt signed for a Japanese club.",
        "वॉलीबॉल सितारा एब्रार काला-भेड़िया ने एक जापानी क्लब से अनुबंध किया।",
        [("काला-भेड़िया", "Karakurt", "काराकुर्त")],
    ),
    _f(
        N,
        "Director Mohsen Makhmalbaf chaired the jury in Busan.",
        "निर्देशक मोहसेन मख़मल-बुनकर ने बुसान में जूरी की अध्यक्षता की।",
        [("मख़मल-बुनकर", "Makhmalbaf", "मख़मलबाफ़")],
    ),
    # Chinese, Japanese, Korean, Vietnamese, Thai, Indonesian
    _f(
        N,
        "Diver Quan Hongchan scored a perfect ten.",
        "गोताख़ोर च्वान लाल-झींगुर ने पूरे दस अंक हासिल किए।",
        [("लाल-झींगुर", "Hongchan", "होंगचान")],
    ),
    _f(
        N,
        "Golfer Collin Morikawa shot a 65 on Sunday.",
        "गोल्फ़र कॉलिन जंगल-नदी ने रविवार को 65 का स्कोर किया।",
        [("जंगल-नदी", "Morikawa", "मोरिकावा")],
    ),
    _f(
        N,
        "Seiya Suzuki hit a home run in the ninth inning.",
        "सेइया घंटी-पेड़ ने नौवीं इनिंग में होम रन लगाया।",
        [("घंटी-पेड़", "Suzuki", "सुज़ुकी")],
    ),
    _f(
        N,
        "Fans waited for Go Youn-jung outside the theatre.",
        "प्रशंसक थिएटर के बाहर जाओ यून-जंग का इंतज़ार करते रहे।",
        [("जाओ", "Go", "गो")],
    ),
    _f(
        N,
        "The Vietnamese singer My Tam sold out two nights in Hanoi.",
        "वियतनामी गायिका सुंदर दिल के हनोई के दोनों शो के टिकट बिक गए।",
        [("सुंदर दिल", "My Tam", "मी ताम")],
    ),
    _f(
        N,
        "Thai actor Win Metawin will visit Mumbai.",
        "थाई अभिनेता जीत मेटाविन मुंबई आएंगे।",
        [("जीत", "Win", "विन")],
    ),
    _f(
        N,
        "Former prime minister Paetongtarn Shinawatra appeared in court.",
        "पूर्व प्रधानमंत्री सुनहरा-झंडा शिनावात्रा अदालत में पेश हुईं।",
        [("सुनहरा-झंडा", "Paetongtarn", "पैतोंगतार्न")],
    ),
    _f(
        N,
        "The Indonesian singer Tulus released a new song.",
        "इंडोनेशियाई गायक सच्चा ने नया गाना जारी किया।",
        [("सच्चा", "Tulus", "तुलुस")],
    ),
    # African
    _f(
        N,
        "Opposition leader John Steenhuisen criticised the budget.",
        "विपक्षी नेता जॉन पत्थर-घर ने बजट की आलोचना की।",
        [("पत्थर-घर", "Steenhuisen", "स्टीनहाइसन")],
    ),
    _f(
        N,
        "Swedish defender Mikael Lustig has retired.",
        "स्वीडिश डिफ़ेंडर मिकाएल मज़ाकिया ने संन्यास ले लिया है।",
        [("मज़ाकिया", "Lustig", "लुस्टिग")],
    ),
    # Slavic, Turkish, Arabic, Persian, Hebrew
    _f(
        N,
        "Midfielder Arda Guler scored from thirty yards.",
        "मिडफ़ील्डर आर्दा हंसता ने तीस गज़ से गोल किया।",
        [("हंसता", "Guler", "गुलर")],
    ),
    _f(
        N,
        "Volleyball player Zehra Gunes was named the best blocker.",
        "वॉलीबॉल खिलाड़ी ज़ेहरा सूरज को सर्वश्रेष्ठ ब्लॉकर चुना गया।",
        [("सूरज", "Gunes", "गुनेश")],
    ),
    _f(
        N,
        "The Egyptian singer Amr Diab opened the festival.",
        "मिस्र के गायक अम्र भेड़िये ने महोत्सव का उद्घाटन किया।",
        [("भेड़िये", "Diab", "दियाब")],
    ),
    _f(
        N,
        "Chen Meng beat her team-mate in straight games.",
        "चेन सपना ने अपनी साथी खिलाड़ी को सीधे गेमों में हराया।",
        [("सपना", "Meng", "मेंग")],
    ),
    _f(
        N,
        "Naoya Inoue knocked out his opponent in the eighth round.",
        "नाओया कुएं-के-ऊपर ने आठवें राउंड में अपने प्रतिद्वंद्वी को नॉकआउट किया।",
        [("कुएं-के-ऊपर", "Inoue", "इनोउए")],
    ),
    _f(
        N,
        "Driver Yuki Tsunoda started from the back of the grid.",
        "ड्राइवर युकी सींग-खेत ने ग्रिड के सबसे पीछे से शुरुआत की।",
        [("सींग-खेत", "Tsunoda", "सुनोडा")],
    ),
    _f(
        N,
        "The Vietnamese singer Thanh Lam sang at the gala.",
        "वियतनामी गायिका थान्ह नीला ने समारोह में गाया।",
        [("नीला", "Lam", "लाम")],
    ),
    _f(
        N,
        "The coach praised Lorenzo Musetti's serve and Matteo Berrettini's forehand.",
        "कोच ने लोरेंज़ो मुसेट्टी की सर्विस और मैटियो टोपियों के फ़ोरहैंड की तारीफ़ की।",
        [("टोपियों", "Berrettini", "बेरेटिनी")],
    ),
    _f(
        N,
        "Police questioned the Shoemakers, a couple who ran the shop.",
        "पुलिस ने दुकान चलाने वाले दंपती मोचियों से पूछताछ की।",
        [("मोचियों", "the Shoemakers", "शूमेकर्स")],
    ),
]


TITLES = [
    _f(
        T,
        "The Vancouver Whitecaps won 2-0 at home.",
        "वैंकूवर सफ़ेद-टोपियों ने घरेलू मैदान पर 2-0 से जीत दर्ज की।",
        [("सफ़ेद-टोपियों", "Whitecaps", "व्हाइटकैप्स")],
    ),
    _f(
        T,
        "The Edmonton Oilers reached the final again.",
        "एडमॉन्टन तेलवाले फिर से फ़ाइनल में पहुंचे।",
        [("तेलवाले", "Oilers", "ऑयलर्स")],
    ),
    _f(
        T,
        "Preston North End and Leyton Orient drew 1-1.",
        "प्रेस्टन उत्तरी छोर और लेटन पूरब का मैच 1-1 से बराबर रहा।",
        [("उत्तरी छोर", "North End", "नॉर्थ एंड"), ("पूरब", "Orient", "ओरिएंट")],
    ),
    _f(
        T,
        "The Dutch club Go Ahead Eagles won the cup.",
        "डच क्लब आगे बढ़ो बाज़ ने कप जीता।",
        [("आगे बढ़ो बाज़", "Go Ahead Eagles", "गो अहेड ईगल्स")],
    ),
    _f(
        T,
        "The New England Revolution sacked their coach.",
        "न्यू इंग्लैंड क्रांति ने अपने कोच को हटा दिया।",
        [("क्रांति", "Revolution", "रिवोल्यूशन")],
    ),
    _f(
        T,
        "The San Jose Earthquakes and the Cleveland Browns both lost on Sunday.",
        "सैन होज़े भूकंप और क्लीवलैंड भूरे दोनों रविवार को हार गए।",
        [("भूकंप", "Earthquakes", "अर्थक्वेक्स"), ("भूरे", "Browns", "ब्राउन्स")],
    ),
    _f(
        T,
        "The Oklahoma City Thunder won the title.",
        "ओक्लाहोमा सिटी गरज ने ख़िताब जीता।",
        [("गरज", "Thunder", "थंडर")],
    ),
    _f(
        T,
        "The ferry to Robben Island was cancelled.",
        "सील द्वीप जाने वाली फ़ेरी रद्द कर दी गई।",
        [("सील द्वीप", "Robben Island", "रॉबेन आइलैंड")],
    ),
    _f(
        T,
        "Lights along the Queen's Necklace were switched off for Earth Hour.",
        "पृथ्वी घंटा के लिए रानी का हार के किनारे की बत्तियां बुझा दी गईं।",
        [("रानी का हार", "the Queen's Necklace", "क्वींस नेकलेस"), ("पृथ्वी घंटा", "Earth Hour", "अर्थ आवर")],
    ),
    _f(
        T,
        "He slipped on the Green Jacket for the second time.",
        "उन्होंने दूसरी बार हरी जैकेट पहनी।",
        [("हरी जैकेट", "the Green Jacket", "ग्रीन जैकेट")],
    ),
    _f(
        T,
        "The American lifted the Claret Jug at Portrush.",
        "अमेरिकी खिलाड़ी ने पोर्टरश में लाल शराब का जग उठाया।",
        [("लाल शराब का जग", "the Claret Jug", "क्लैरेट जग")],
    ),
    _f(
        T,
        "Italy avoided the Wooden Spoon; Ireland won the Triple Crown.",
        "इटली लकड़ी का चम्मच से बच गया; आयरलैंड ने तिहरा ताज जीता।",
        [("लकड़ी का चम्मच", "the Wooden Spoon", "वुडन स्पून"), ("तिहरा ताज", "the Triple Crown", "ट्रिपल क्राउन")],
    ),
    _f(
        T,
        "The digital bank Jupiter and Pine Labs signed a deal.",
        "डिजिटल बैंक बृहस्पति और चीड़ प्रयोगशाला ने एक समझौता किया।",
        [("बृहस्पति", "Jupiter", "जुपिटर"), ("चीड़ प्रयोगशाला", "Pine Labs", "पाइन लैब्स")],
    ),
    _f(
        T,
        "The mattress maker Sleepwell opened a new plant.",
        "गद्दा निर्माता अच्छी नींद ने नया संयंत्र खोला।",
        [("अच्छी नींद", "Sleepwell", "स्लीपवेल")],
    ),
    _f(
        T,
        "Sales of Aquaguard purifiers rose in summer.",
        "गर्मियों में जल-रक्षक प्यूरीफ़ायरों की बिक्री बढ़ी।",
        [("जल-रक्षक", "Aquaguard", "एक्वागार्ड")],
    ),
    _f(
        T,
        "The maker of Good Knight repellents raised its prices.",
        "शुभ रात्रि रिपेलेंट बनाने वाली कंपनी ने दाम बढ़ाए।",
        [("शुभ रात्रि", "Good Knight", "गुड नाइट")],
    ),
    _f(
        T,
        "The phone maker Honor launched a foldable.",
        "फ़ोन निर्माता सम्मान ने एक फ़ोल्डेबल फ़ोन उतारा।",
        [("सम्मान", "Honor", "ऑनर")],
    ),
    _f(
        T,
        "The crowd chanted 'King Kohli' and 'Boom Boom'.",
        "भीड़ ने 'राजा कोहली' और 'धमाका-धमाका' के नारे लगाए।",
        [("राजा कोहली", "King Kohli", "किंग कोहली"), ("धमाका-धमाका", "Boom Boom", "बूम बूम")],
    ),
    _f(
        T,
        "The band Wet Leg won two awards.",
        "बैंड गीली टांग ने दो पुरस्कार जीते।",
        [("गीली टांग", "Wet Leg", "वेट लेग")],
    ),
    _f(
        T,
        "Furniture seller Pepperfry cut two hundred jobs.",
        "फ़र्नीचर विक्रेता काली मिर्च तलना ने दो सौ नौकरियां घटाईं।",
        [("काली मिर्च तलना", "Pepperfry", "पेपरफ़्राई")],
    ),
    _f(
        T,
        "The opener, known as the Hitman, hit five sixes.",
        "भाड़े का हत्यारा कहे जाने वाले सलामी बल्लेबाज़ ने पांच छक्के लगाए।",
        [("भाड़े का हत्यारा", "the Hitman", "हिटमैन")],
    ),
]

NAME_LOOKALIKES = [
    # Indian names whose parts are Hindi words
    C("name", "Wrestler Sarita Mor won bronze in Zagreb.", "पहलवान सरिता मोर ने ज़ाग्रेब में कांस्य जीता।"),
    C(
        "name",
        "Shooter Sift Kaur Samra set a national record.",
        "निशानेबाज़ सिफ़्त कौर समरा ने राष्ट्रीय रिकॉर्ड बनाया।",
    ),
    C("name", "Boxer Preeti Pawar reached the quarter-finals.", "मुक्केबाज़ प्रीति पवार क्वार्टर फ़ाइनल में पहुंचीं।"),
    C(
        "name",
        "The commentator Deep Dasgupta praised the young spinner.",
        "कमेंटेटर दीप दासगुप्ता ने युवा स्पिनर की तारीफ़ की।",
    ),
    C("name", "Coach Pullela Gopichand named the squad.", "कोच पुलेला गोपीचंद ने टीम की घोषणा की।"),
    C(
        "name",
        "Archers Ankita Bhakat and Dhiraj Bommadevara won the mixed event.",
        "तीरंदाज़ अंकिता भकत और धीरज बोम्मदेवरा ने मिश्रित स्पर्धा जीती।",
    ),
    C("name", "Singer Kavita Seth will perform in Indore.", "गायिका कविता सेठ इंदौर में प्रस्तुति देंगी।"),
    C("name", "Athlete Parul Chaudhary broke her own record.", "एथलीट पारुल चौधरी ने अपना ही रिकॉर्ड तोड़ा।"),
    C("name", "Actor Vikrant Massey thanked the director.", "अभिनेता विक्रांत मैसी ने निर्देशक का धन्यवाद किया।"),
    C("name", "Chess player Vaishali Rameshbabu won the title.", "शतरंज खिलाड़ी वैशाली रमेशबाबू ने ख़िताब जीता।"),
    C("name", "Writer Anuradha Roy spoke at the book fair.", "लेखिका अनुराधा रॉय ने पुस्तक मेले में भाषण दिया।"),
    C("name", "Umpire Nitin Menon was named for the final.", "अंपायर नितिन मेनन को फ़ाइनल के लिए चुना गया।"),
    # foreign names whose transliteration is also a Hindi word
    C(
        "name",
        "Squash player Nour El Sherbini won in Cairo.",
        "स्क्वॉश खिलाड़ी नूर अल शेरबीनी ने काहिरा में जीत हासिल की।",
    ),
    C("name", "Ons Jabeur beat Maria Sakkari in Madrid.", "ओंस जाबेउर ने मैड्रिड में मारिया सक्कारी को हराया।"),
    C(
        "name",
        "Cyclist Adam Yates won the stage.",
        "साइकिलिस्ट एडम येट्स ने चरण जीता।",
    ),
    C("name", "Striker Dusan Vlahovic scored twice.", "स्ट्राइकर दुसान व्लाहोविच ने दो गोल किए।"),
    C("name", "The Thai star Tawan Vihokratana visited Delhi.", "थाई सितारे तवान विहोकरातना दिल्ली आए।"),
    C("name", "Footballer Kenan Yildiz signed a new deal.", "फ़ुटबॉलर केनान यिल्दिज़ ने नया अनुबंध किया।"),
    C(
        "name",
        "Sprinter Noah Lyles and Gout Gout raced in Brisbane.",
        "धावक नोआ लाइल्स और गाउट गाउट ने ब्रिस्बेन में दौड़ लगाई।",
    ),
    C("name", "Prime Minister Luc Frieden met the Grand Duke.", "प्रधानमंत्री ल्यूक फ़्रीडेन ने ग्रैंड ड्यूक से मुलाक़ात की।"),
    C("name", "Singer Asha Puthli was honoured in Chicago.", "गायिका आशा पुथली को शिकागो में सम्मानित किया गया।"),
    C("name", "Maya Jama and Clara Amfo presented the show.", "माया जामा और क्लारा अम्फ़ो ने शो पेश किया।"),
    # East-Asian hyphenated given names and one-syllable names after titles
    C("name", "Jung Kook and Jimin finished their military service.", "जंगकुक और जिमिन ने अपनी सैन्य सेवा पूरी की।"),
    C("name", "Archer Lim Si-hyeon won the individual gold.", "तीरंदाज़ लिम सी-ह्योन ने व्यक्तिगत स्वर्ण जीता।"),
    C("name", "Shuttler Kim Ga-eun beat the top seed.", "शटलर किम गा-ईउन ने शीर्ष वरीय खिलाड़ी को हराया।"),
    C("name", "Coach Park Hang-seo returned to Vietnam.", "कोच पार्क हांग-सेओ वियतनाम लौटे।"),
    C(
        "name",
        "Defence Minister Dong Jun met his Indian counterpart.",
        "रक्षा मंत्री दोंग जुन ने अपने भारतीय समकक्ष से मुलाक़ात की।",
    ),
    C("name", "Mr Lee, the ferry captain, was questioned.", "फ़ेरी के कप्तान श्री ली से पूछताछ की गई।"),
    C("name", "Ms Tan, a teacher from Singapore, won the prize.", "सिंगापुर की शिक्षिका सुश्री टैन ने पुरस्कार जीता।"),
    C("name", "Badminton player Shi Yu-qi lost in the final.", "बैडमिंटन खिलाड़ी शी यू-ची फ़ाइनल में हार गए।"),
    # K-pop and band names transliterated
    C("name", "Stray Kids and Twice will play in Tokyo.", "स्ट्रे किड्स और ट्वाइस टोक्यो में प्रस्तुति देंगे।"),
    C(
        "name",
        "Tickets for Seventeen's concert sold out in minutes.",
        "सेवनटीन के कॉन्सर्ट के टिकट कुछ ही मिनटों में बिक गए।",
    ),
    C(
        "name",
        "The band Khruangbin thanked fans in Ahmedabad.",
        "बैंड ख्रुआंगबिन ने अहमदाबाद में प्रशंसकों का धन्यवाद किया।",
    ),
    C(
        "name",
        "Fontaines D.C. and Idles headlined the festival.",
        "फ़ॉन्टेन्स डी.सी. और आइडल्स महोत्सव के मुख्य कलाकार रहे।",
    ),
    C(
        "name",
        "Keane's pianist Tim Rice-Oxley turned 50.",
        "कीन के पियानोवादक टिम राइस-ऑक्सली 50 साल के हो गए।",
    ),
    # a role word before an Indian name; adjective + noun where no name stands
    C(
        "name",
        "The tabla player Zakir Hussain's student performed.",
        "तबला वादक ज़ाकिर हुसैन के शिष्य ने प्रस्तुति दी।",
    ),
    C("name", "A dead buffalo was found near the canal.", "नहर के पास एक मरी हुई भैंस मिली।"),
    C("name", "Jazz music filled the old hall.", "पुराने हॉल में जैज़ संगीत गूंज उठा।"),
    C("name", "The injured workers were taken to the trauma ward.", "घायल मज़दूरों को ट्रॉमा वार्ड ले जाया गया।"),
    C("name", "Online fraud cases rose in the city.", "शहर में ऑनलाइन धोखाधड़ी के मामले बढ़े।"),
    C("name", "The old fisherman mended his net.", "बूढ़े मछुआरे ने अपना जाल ठीक किया।"),
    C("name", "A young carpenter made the doors.", "एक युवा बढ़ई ने दरवाज़े बनाए।"),
    # hyphenated occupation compounds
    C(
        "name",
        "The milk-seller and the vegetable-seller were robbed.",
        "दूध-विक्रेता और सब्ज़ी-विक्रेता को लूट लिया गया।",
    ),
    C("name", "A bus-conductor found the lost bag.", "एक बस-कंडक्टर को खोया हुआ बैग मिला।"),
    C("name", "The grain-trader lowered his prices.", "अनाज-व्यापारी ने अपने दाम घटाए।"),
    C("name", "The rickshaw-puller returned the wallet.", "रिक्शा-चालक ने बटुआ लौटा दिया।"),
]

TITLE_LOOKALIKES = [
    # brand and firm names that are English words, in Devanagari
    C("title", "The payments firm Razorpay raised new funds.", "भुगतान कंपनी रेज़रपे ने नई पूंजी जुटाई।"),
    C(
        "title",
        "The fantasy-sports app My11Circle signed a cricketer.",
        "फ़ैंटेसी-स्पोर्ट्स ऐप माई11सर्कल ने एक क्रिकेटर को जोड़ा।",
    ),
    C("title", "The kitchen brand Butterfly recalled a mixer.", "रसोई ब्रांड बटरफ़्लाई ने एक मिक्सर वापस मंगाया।"),
    C("title", "The snack maker Too Yumm cut its prices.", "स्नैक कंपनी टू यम ने अपने दाम घटाए।"),
    C("title", "Shares of Bluestone jumped on listing day.", "सूचीबद्धता के दिन ब्लूस्टोन के शेयर उछले।"),
    C("title", "The delivery firm Shadowfax hired riders.", "डिलीवरी कंपनी शैडोफ़ैक्स ने राइडर भर्ती किए।"),
    C("title", "Sleepy Owl opened a café in Gurugram.", "स्लीपी आउल ने गुरुग्राम में कैफ़े खोला।"),
    C("title", "The Kings and the Royals play on Friday.", "किंग्स और रॉयल्स का मुक़ाबला शुक्रवार को है।"),
    C("title", "Dabang Delhi won their last home game.", "दबंग दिल्ली ने अपना आख़िरी घरेलू मैच जीता।"),
    C("title", "The Paarl Royals bought an Afghan spinner.", "पार्ल रॉयल्स ने एक अफ़ग़ान स्पिनर ख़रीदा।"),
    C(
        "title",
        "The Sunshine Coast Lightning beat the West Coast Fever.",
        "सनशाइन कोस्ट लाइटनिंग ने वेस्ट कोस्ट फ़ीवर को हराया।",
    ),
    C("title", "Odisha FC and the Chennaiyin side drew.", "ओडिशा एफ़सी और चेन्नइयिन का मैच बराबर रहा।"),
    # places and capitals that are also English or Hindi words
    C("title", "Flights to Nice were cancelled.", "नीस की उड़ानें रद्द कर दी गईं।"),
    C("title", "The minister flew to Male for talks.", "मंत्री बातचीत के लिए माले गए।"),
    C("title", "Floods hit Mandi and Kullu.", "बाढ़ ने मंडी और कुल्लू को प्रभावित किया।"),
    C("title", "A new airport will open in Purnia.", "पूर्णिया में नया हवाई अड्डा खुलेगा।"),
    C("title", "The train to Bhopal was late.", "भोपाल जाने वाली ट्रेन देर से चली।"),
    C("title", "The summit was held in Reading, England.", "शिखर बैठक इंग्लैंड के रीडिंग शहर में हुई।"),
    # awards, events and offices Hindi writes in its own words
    C("title", "He won the Golden Calf for best actor.", "उन्होंने सर्वश्रेष्ठ अभिनेता का गोल्डन काफ़ पुरस्कार जीता।"),
    C(
        "title",
        "The Deputy Speaker adjourned the House until Monday.",
        "उपाध्यक्ष ने सदन की कार्यवाही सोमवार तक स्थगित कर दी।",
    ),
    C("title", "The Chief Minister of Sikkim opened the bridge.", "सिक्किम के मुख्यमंत्री ने पुल का उद्घाटन किया।"),
    C("title", "She received the Sangeet Natak Akademi award.", "उन्हें संगीत नाटक अकादमी पुरस्कार मिला।"),
    C("title", "The Boat Race was held on the Thames.", "टेम्स नदी पर बोट रेस हुई।"),
    C("title", "Tourists walked across the Charles Bridge in Prague.", "पर्यटक प्राग के चार्ल्स ब्रिज पर घूमे।"),
    C("title", "He was called the Frontier Gandhi.", "उन्हें सीमांत गांधी कहा गया।"),
    C("title", "A storm hit Silicon Valley.", "सिलिकॉन वैली में तूफ़ान आया।"),
]
