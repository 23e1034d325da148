"""Held-out round-6 items: an invented 14-line business/technology news story (a phone factory
opening near Bengaluru) as flawed MT, and its clean twin.

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span). The company, its people and
the politicians are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "Northwind Devices opened its first Indian factory near Bengaluru on Tuesday.",
        "नॉर्थविंड डिवाइसेज़ ने मंगलवार को बेंगलुरु के पास अपनी पहली भारतीय फ़ैक्टरी खोली।",
        [],
        "नॉर्थविंड डिवाइसेज़ ने मंगलवार को बेंगलुरु के पास अपनी पहली भारतीय फ़ैक्टरी खोली।",
    ),
    (
        "Chief executive Daniel Fox said the team had moved heaven and earth to finish the plant in eighteen months.",
        "मुख्य कार्यकारी डेनियल लोमड़ी ने कहा कि टीम ने अठारह महीनों में संयंत्र पूरा करने के लिए स्वर्ग और पृथ्वी को हिला दिया।",
        [
            ("लोमड़ी", "name-calque", "Fox"),
            ("स्वर्ग और पृथ्वी को हिला दिया", "idiom-literal", "moved heaven and earth"),
        ],
        "मुख्य कार्यकारी डेनियल फ़ॉक्स ने कहा कि टीम ने अठारह महीनों में संयंत्र पूरा करने के लिए ज़मीन-आसमान एक कर दिया।",
    ),
    (
        "The factory will make ten million phones a year and employ 12,000 people, most of them women.",
        "फ़ैक्टरी हर साल एक करोड़ फ़ोन बनाएगी और 12,000 लोगों को रोज़गार देगी।",
        [("", "omission", "most of them women")],
        "फ़ैक्टरी हर साल एक करोड़ फ़ोन बनाएगी और 12,000 लोगों को रोज़गार देगी, जिनमें ज़्यादातर महिलाएं होंगी।",
    ),
    (
        "Fox, who founded the company in a garage in 2009, flew in from Seattle for the launch.",
        "लोमड़ी, जिन्होंने 2009 में एक गैराज में कंपनी की स्थापना की थी, उद्घाटन के लिए सिएटल से उड़कर आए।",
        [("लोमड़ी", "name-calque", "Fox")],
        "फ़ॉक्स, जिन्होंने 2009 में एक गैराज में कंपनी की स्थापना की थी, उद्घाटन के लिए सिएटल से उड़कर आए।",
    ),
    (
        "State IT minister Kavita Rao cut the ribbon and called the project a feather in Karnataka's cap.",
        "राज्य की आईटी मंत्री कविता राव ने फीता काटा और परियोजना को कर्नाटक की टोपी में एक पंख बताया।",
        [("टोपी में एक पंख", "idiom-literal", "a feather in Karnataka's cap")],
        "राज्य की आईटी मंत्री कविता राव ने फीता काटा और परियोजना को कर्नाटक के लिए गौरव की बात बताया।",
    ),
    (
        "The company's head of manufacturing, Helen Frost, said the first phones would roll off the line in March.",
        "कंपनी की विनिर्माण प्रमुख हेलेन पाला ने कहा कि पहले फ़ोन मार्च में लाइन से लुढ़क जाएंगे।",
        [
            ("पाला", "name-calque", "Frost"),
            ("लाइन से लुढ़क जाएंगे", "idiom-literal", "roll off the line"),
        ],
        "कंपनी की विनिर्माण प्रमुख हेलेन फ़्रॉस्ट ने कहा कि मार्च में पहले फ़ोन बनकर तैयार हो जाएंगे।",
    ),
    (
        "Workers at the plant will get free housing and meals.",
        "संयंत्र के वर्कर्स को मुफ़्त आवास और भोजन मिलेगा।",
        [("वर्कर्स", "translit", "workers")],
        "संयंत्र के कर्मचारियों को मुफ़्त आवास और भोजन मिलेगा।",
    ),
    (
        "Critics said the state had given the company land at a throwaway price.",
        "आलोचकों ने कहा कि राज्य ने कंपनी को कौड़ियों के भाव कौड़ियों के भाव ज़मीन दे दी।",
        [("कौड़ियों के भाव", "repetition", "(repeat)", 1)],
        "आलोचकों ने कहा कि राज्य ने कंपनी को कौड़ियों के भाव ज़मीन दे दी।",
    ),
    (
        "Opposition leader Suresh Gowda said something smelled fishy about the deal.",
        "विपक्ष के नेता सुरेश गौड़ा ने कहा कि सौदे से मछली जैसी गंध आ रही है।",
        [("मछली जैसी गंध आ रही है", "idiom-literal", "smelled fishy")],
        "विपक्ष के नेता सुरेश गौड़ा ने कहा कि इस सौदे में ज़रूर कुछ गड़बड़ है।",
    ),
    (
        "The company's shares jumped 6 percent in New York after the announcement.",
        "घोषणा के बाद न्यूयॉर्क में कंपनी के हिस्से 6 प्रतिशत उछल गए।",
        [("हिस्से", "sense", "shares (stock)")],
        "घोषणा के बाद न्यूयॉर्क में कंपनी के शेयर 6 प्रतिशत उछल गए।",
    ),
    (
        "Analysts said India was now a vital link in the company's supply chain.",
        "विश्लेषकों ने कहा कि भारत अब कंपनी की आपूर्ति ज़ंजीर की एक अहम कड़ी है।",
        [("ज़ंजीर", "sense", "chain (supply chain)")],
        "विश्लेषकों ने कहा कि भारत अब कंपनी की आपूर्ति श्रृंखला की एक अहम कड़ी है।",
    ),
    (
        "A delegation of the American Chamber of Commerce attended the ceremony.",
        "समारोह में अमेरिकी वाणिज्य कक्ष का एक प्रतिनिधिमंडल शामिल हुआ।",
        [("वाणिज्य कक्ष", "title-calque", "Chamber of Commerce")],
        "समारोह में अमेरिकन चैंबर ऑफ़ कॉमर्स का एक प्रतिनिधिमंडल शामिल हुआ।",
    ),
    (
        "Fox said the factory was only the beginning.",
        "लोमड़ी ने कहा कि फ़ैक्टरी तो बस बिगिनिंग है।",
        [("लोमड़ी", "name-calque", "Fox"), ("बिगिनिंग", "translit", "beginning")],
        "फ़ॉक्स ने कहा कि फ़ैक्टरी तो बस शुरुआत है।",
    ),
    (
        "A design centre, the project's second phase, is due to come on stream in 2027.",
        "परियोजना का दूसरा चरण, एक डिज़ाइन केंद्र, 2027 में धारा पर आने वाला है।",
        [("धारा पर आने वाला है", "idiom-literal", "come on stream")],
        "परियोजना का दूसरा चरण, एक डिज़ाइन केंद्र, 2027 में चालू होने वाला है।",
    ),
]
