"""Held-out round-7 items: an invented 14-line science/space news story (a private rocket launch
from Sriharikota) as flawed MT, and its clean twin.

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span). The companies, their people
and the minister are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "India's first privately built heavy rocket lifted off from Sriharikota at 9:42 on Thursday morning.",
        "भारत का पहला निजी तौर पर बना भारी रॉकेट गुरुवार सुबह 9:42 बजे श्रीहरिकोटा से रवाना हुआ।",
        [],
        "भारत का पहला निजी तौर पर बना भारी रॉकेट गुरुवार सुबह 9:42 बजे श्रीहरिकोटा से रवाना हुआ।",
    ),
    (
        "The rocket, built by Bengaluru start-up Aravalli Space with its British partner Skylark Orbital, carried three weather satellites.",
        "बेंगलुरु के स्टार्ट-अप अरावली स्पेस ने अपने ब्रिटिश साझेदार चंडूल कक्षीय के साथ मिलकर यह रॉकेट बनाया था, जो तीन मौसम उपग्रह लेकर गया।",
        [("चंडूल कक्षीय", "title-calque", "Skylark Orbital")],
        "बेंगलुरु के स्टार्ट-अप अरावली स्पेस ने अपने ब्रिटिश साझेदार स्काईलार्क ऑर्बिटल के साथ मिलकर यह रॉकेट बनाया था, जो तीन मौसम उपग्रह लेकर गया।",
    ),
    (
        "Mission director Anna Sparrow said the team had been burning the candle at both ends for weeks.",
        "मिशन निदेशक एना गौरैया ने कहा कि टीम हफ़्तों से मोमबत्ती को दोनों सिरों से जला रही थी।",
        [
            ("गौरैया", "name-calque", "Sparrow"),
            ("मोमबत्ती को दोनों सिरों से जला रही थी", "idiom-literal", "burning the candle at both ends"),
        ],
        "मिशन निदेशक एना स्पैरो ने कहा कि टीम हफ़्तों से दिन-रात एक करके काम कर रही थी।",
    ),
    (
        "The launch had been pushed back twice because of high winds over the Bay of Bengal.",
        "बंगाल की खाड़ी के ऊपर हाई विंड्स के कारण प्रक्षेपण को दो बार पीछे धकेला गया था।",
        [
            ("हाई विंड्स", "translit", "high winds"),
            ("पीछे धकेला गया था", "idiom-literal", "pushed back"),
        ],
        "बंगाल की खाड़ी के ऊपर तेज़ हवाओं के कारण प्रक्षेपण दो बार टाला गया था।",
    ),
    (
        "Had the launch slipped again, the team would have missed the window, which closed on Sunday.",
        "अगर प्रक्षेपण फिर टलता, तो टीम खिड़की चूक जाती, जो रविवार को बंद हो गई।",
        [("खिड़की", "sense", "window (launch period)")],
        "अगर प्रक्षेपण फिर टलता, तो टीम प्रक्षेपण का तय समय चूक जाती, जो रविवार को ख़त्म हो गया।",
    ),
    (
        "Both stages separated cleanly, and the satellites reached orbit 14 minutes after lift-off.",
        "दोनों मंच ठीक से अलग हो गए, और उड़ान के 14 मिनट बाद उपग्रह कक्षा में पहुंच गए।",
        [("मंच", "sense", "stages (of a rocket)")],
        "दोनों चरण ठीक से अलग हो गए, और उड़ान के 14 मिनट बाद उपग्रह कक्षा में पहुंच गए।",
    ),
    (
        "Sparrow, who worked at the European Space Agency for twenty years, called the flight a dream come true.",
        "गौरैया, जिन्होंने बीस साल तक यूरोपीय अंतरिक्ष एजेंसी में काम किया, ने इस उड़ान को सपना सच होने जैसा बताया।",
        [("गौरैया", "name-calque", "Sparrow")],
        "स्पैरो, जिन्होंने बीस साल तक यूरोपीय अंतरिक्ष एजेंसी में काम किया, ने इस उड़ान को सपना सच होने जैसा बताया।",
    ),
    (
        "Chief engineer Robert Steel said the rocket had passed every test with flying colours.",
        "मुख्य इंजीनियर रॉबर्ट इस्पात ने कहा कि रॉकेट ने उड़ते रंगों के साथ हर परीक्षण पास किया था।",
        [
            ("इस्पात", "name-calque", "Steel"),
            ("उड़ते रंगों के साथ", "idiom-literal", "with flying colours"),
        ],
        "मुख्य इंजीनियर रॉबर्ट स्टील ने कहा कि रॉकेट हर परीक्षण में शानदार ढंग से सफल रहा था।",
    ),
    (
        "The company has spent 900 crore rupees on the project so far and expects to break even by 2028.",
        "कंपनी अब तक परियोजना पर 900 करोड़ रुपये ख़र्च कर चुकी है और उसे 2028 तक सम तोड़ने की उम्मीद है।",
        [("सम तोड़ने", "idiom-literal", "break even")],
        "कंपनी अब तक परियोजना पर 900 करोड़ रुपये ख़र्च कर चुकी है और उसे 2028 तक लागत निकाल लेने की उम्मीद है।",
    ),
    (
        "Steel said the next launch, carrying a lunar lander, could take place as early as March.",
        "इस्पात ने कहा कि अगला प्रक्षेपण मार्च में ही हो सकता है।",
        [("", "omission", "carrying a lunar lander")],
        "स्टील ने कहा कि चंद्रमा पर उतरने वाला यान ले जाने वाला अगला प्रक्षेपण मार्च में ही हो सकता है।",
    ),
    (
        "Hundreds of people watched the launch from the beach, many of them after camping there overnight.",
        "सैकड़ों लोगों ने समुद्र तट से समुद्र तट से प्रक्षेपण देखा, जिनमें से कई रात भर वहीं डेरा डाले रहे।",
        [("समुद्र तट से", "repetition", "(repeat)", 1)],
        "सैकड़ों लोगों ने समुद्र तट से प्रक्षेपण देखा, जिनमें से कई रात भर वहीं डेरा डाले रहे।",
    ),
    (
        "Science minister Meera Kulkarni congratulated the team and said the government would keep an eye on safety.",
        "विज्ञान मंत्री मीरा कुलकर्णी ने टीम को बधाई दी और कहा कि सरकार सुरक्षा पर एक आंख रखेगी।",
        [("एक आंख रखेगी", "idiom-literal", "keep an eye on")],
        "विज्ञान मंत्री मीरा कुलकर्णी ने टीम को बधाई दी और कहा कि सरकार सुरक्षा पर नज़र रखेगी।",
    ),
    (
        "Some scientists warned that private rockets would add to the growing amount of debris in orbit.",
        "कुछ वैज्ञानिकों ने वॉर्न किया कि निजी रॉकेट कक्षा में बढ़ते मलबे को और बढ़ाएंगे।",
        [("वॉर्न किया", "translit", "warned")],
        "कुछ वैज्ञानिकों ने चेतावनी दी कि निजी रॉकेट कक्षा में बढ़ते मलबे को और बढ़ाएंगे।",
    ),
    (
        "The three satellites will track cyclones and send warnings to fishing boats along the coast.",
        "तीनों उपग्रह चक्रवातों पर नज़र रखेंगे और तट के किनारे फ़िशिंग बोट्स को चेतावनी भेजेंगे।",
        [("फ़िशिंग बोट्स", "translit", "fishing boats")],
        "तीनों उपग्रह चक्रवातों पर नज़र रखेंगे और तट के किनारे मछली पकड़ने वाली नावों को चेतावनी भेजेंगे।",
    ),
]
