"""Held-out round-8 items: an invented 14-line news story (the inquiry into a train derailment
near Balasore) as flawed MT, and its clean twin.

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span). The company, its chief
executive and the engineer are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "The Commissioner of Railway Safety on Tuesday began its inquiry into Sunday's derailment near Balasore.",
        "रेल सुरक्षा आयुक्त ने मंगलवार को बालासोर के पास रविवार को ट्रेन के पटरी से उतरने की घटना की जांच शुरू की।",
        [],
        "रेल सुरक्षा आयुक्त ने मंगलवार को बालासोर के पास रविवार को ट्रेन के पटरी से उतरने की घटना की जांच शुरू की।",
    ),
    (
        "Eleven passengers died and 84 were injured when nine coaches of the Howrah-bound express left the tracks.",
        "हावड़ा जा रही एक्सप्रेस के नौ डिब्बे पटरी से उतरने से ग्यारह यात्रियों की मौत हो गई।",
        [("", "omission", "and 84 were injured")],
        "हावड़ा जा रही एक्सप्रेस के नौ डिब्बे पटरी से उतरने से ग्यारह यात्रियों की मौत हो गई और 84 घायल हो गए।",
    ),
    (
        "The signalling on the route was installed last year by the British firm Whitfield Crane.",
        "इस मार्ग पर सिग्नल प्रणाली पिछले साल ब्रिटिश कंपनी सफ़ेद खेत सारस ने लगाई थी।",
        [("सफ़ेद खेत सारस", "title-calque", "Whitfield Crane (the company)")],
        "इस मार्ग पर सिग्नल प्रणाली पिछले साल ब्रिटिश कंपनी व्हिटफ़ील्ड क्रेन ने लगाई थी।",
    ),
    (
        "Its chief executive, Martin Fairbrother, said the firm had nothing to hide and would come clean if its system had failed.",
        "इसके मुख्य कार्यकारी मार्टिन निष्पक्ष-भाई ने कहा कि कंपनी के पास छिपाने को कुछ नहीं है और अगर उसकी प्रणाली विफल हुई थी तो वह साफ़ होकर आएगी।",
        [
            ("निष्पक्ष-भाई", "name-calque", "Fairbrother"),
            ("साफ़ होकर आएगी", "idiom-literal", "come clean"),
        ],
        "इसके मुख्य कार्यकारी मार्टिन फ़ेयरब्रदर ने कहा कि कंपनी के पास छिपाने को कुछ नहीं है और अगर उसकी प्रणाली विफल हुई थी तो वह सच सामने रख देगी।",
    ),
    (
        "Survivors said the coaches were packed to the rafters because of the festival rush.",
        "सर्वाइवर्स ने कहा कि त्योहार की भीड़ के कारण डिब्बे छत की कड़ियों तक भरे हुए थे।",
        [
            ("सर्वाइवर्स", "translit", "survivors"),
            ("छत की कड़ियों तक भरे हुए थे", "idiom-literal", "packed to the rafters"),
        ],
        "बचे हुए यात्रियों ने कहा कि त्योहार की भीड़ के कारण डिब्बे ठसाठस भरे हुए थे।",
    ),
    (
        "Fairbrother flew into Bhubaneswar on Wednesday to meet the families.",
        "निष्पक्ष-भाई बुधवार को परिवारों से मिलने भुवनेश्वर पहुंचे।",
        [("निष्पक्ष-भाई", "name-calque", "Fairbrother")],
        "फ़ेयरब्रदर बुधवार को परिवारों से मिलने भुवनेश्वर पहुंचे।",
    ),
    (
        "The railway minister said heads would roll if negligence was found.",
        "रेल मंत्री ने कहा कि अगर लापरवाही पाई गई तो सिर लुढ़केंगे।",
        [("सिर लुढ़केंगे", "idiom-literal", "heads would roll")],
        "रेल मंत्री ने कहा कि अगर लापरवाही पाई गई तो ज़िम्मेदार लोगों पर गाज गिरेगी।",
    ),
    (
        "Investigators are examining the points where the train switched tracks.",
        "जांचकर्ता उन बिंदुओं की जांच कर रहे हैं जहां ट्रेन ने पटरी बदली थी।",
        [("बिंदुओं", "sense", "points (railway switches)")],
        "जांचकर्ता उन कांटों की जांच कर रहे हैं जहां ट्रेन ने पटरी बदली थी।",
    ),
    (
        "A junior engineer who raised the alarm about a faulty signal in August was ignored.",
        "अगस्त में ख़राब सिग्नल को लेकर अलार्म उठाने वाले एक कनिष्ठ इंजीनियर की बात अनसुनी कर दी गई।",
        [("अलार्म उठाने वाले", "idiom-literal", "raised the alarm")],
        "अगस्त में ख़राब सिग्नल को लेकर आगाह करने वाले एक कनिष्ठ इंजीनियर की बात अनसुनी कर दी गई।",
    ),
    (
        "The engineer, Priya Nair, told reporters that her warnings had fallen on deaf ears.",
        "इंजीनियर प्रिया नायर ने पत्रकारों से कहा कि उनकी चेतावनियां बहरे कानों पर गिरी थीं।",
        [("बहरे कानों पर गिरी थीं", "idiom-literal", "fallen on deaf ears")],
        "इंजीनियर प्रिया नायर ने पत्रकारों से कहा कि उनकी चेतावनियों को किसी ने नहीं सुना था।",
    ),
    (
        "Unions said the shortage of staff was a serious problem across the whole division.",
        "यूनियनों ने कहा कि कर्मचारियों की शॉर्टेज पूरे मंडल में पूरे मंडल में एक गंभीर समस्या है।",
        [
            ("शॉर्टेज", "translit", "shortage"),
            ("पूरे मंडल में", "repetition", "(repeat)", 1),
        ],
        "यूनियनों ने कहा कि कर्मचारियों की कमी पूरे मंडल में एक गंभीर समस्या है।",
    ),
    (
        "Compensation of ten lakh rupees will be paid to the next of kin within a week.",
        "दस लाख रुपये का मुआवज़ा एक हफ़्ते के भीतर नेक्स्ट ऑफ़ किन को दिया जाएगा।",
        [("नेक्स्ट ऑफ़ किन", "translit", "next of kin")],
        "दस लाख रुपये का मुआवज़ा एक हफ़्ते के भीतर मृतकों के निकटतम परिजनों को दिया जाएगा।",
    ),
    (
        "The report is expected by the end of the month; the line reopened to traffic on Thursday.",
        "रिपोर्ट महीने के अंत तक आने की उम्मीद है; रेखा गुरुवार को यातायात के लिए फिर से खुल गई।",
        [("रेखा", "sense", "line (railway line)")],
        "रिपोर्ट महीने के अंत तक आने की उम्मीद है; रेल लाइन गुरुवार को यातायात के लिए फिर से खुल गई।",
    ),
    (
        "Passengers' groups say the real test will be whether anyone is held to account.",
        "यात्री संगठनों का कहना है कि असली परीक्षा यह होगी कि किसी को खाते में पकड़ा जाता है या नहीं।",
        [("खाते में पकड़ा जाता है", "idiom-literal", "held to account")],
        "यात्री संगठनों का कहना है कि असली परीक्षा यह होगी कि किसी को जवाबदेह ठहराया जाता है या नहीं।",
    ),
]
