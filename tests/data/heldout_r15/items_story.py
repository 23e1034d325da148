"""Held-out round-15 items: an invented 14-line news story (the spring climbing season on Mount
Everest, its queues and its rubbish) as flawed MT, and its clean twin (hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span).
The tourism official (Pasang Lhamu Tamang), the British guide (Oliver Brightman), the Japanese
climber (Kenji Ishikura), the Norwegian climber (Ingrid Fjellstad), the veteran Sherpa (Dawa
Tenzing) and all the figures are fiction; Summit Air is a real Nepali airline, and its part here is
invented.
"""

from __future__ import annotations

STORY = [
    (
        "Nepal has issued a record 478 permits to climb Mount Everest this spring.",
        "नेपाल ने इस बसंत माउंट एवरेस्ट पर चढ़ाई के लिए रिकॉर्ड 478 परमिट जारी किए हैं।",
        [],
        "नेपाल ने इस बसंत माउंट एवरेस्ट पर चढ़ाई के लिए रिकॉर्ड 478 परमिट जारी किए हैं।",
    ),
    (
        "Tourism department official Pasang Lhamu Tamang said the peak season would last until the first week of June.",
        "पर्यटन विभाग की अधिकारी पासांग ल्हामू तामांग ने कहा कि चोटी का मौसम जून के पहले हफ़्ते तक चलेगा।",
        [("चोटी का मौसम", "sense", "the peak season (the busiest season)")],
        "पर्यटन विभाग की अधिकारी पासांग ल्हामू तामांग ने कहा कि सबसे व्यस्त मौसम जून के पहले हफ़्ते तक चलेगा।",
    ),
    (
        "A team of Sherpas known as the Icefall Doctors fixed ladders across the Khumbu glacier in April.",
        "बर्फ़-झरना डॉक्टरों के नाम से मशहूर शेरपाओं की एक टीम ने अप्रैल में खुंबू ग्लेशियर पर सीढ़ियां लगाईं।",
        [("बर्फ़-झरना डॉक्टरों", "title-calque", "the Icefall Doctors")],
        "आइसफ़ॉल डॉक्टर्स के नाम से मशहूर शेरपाओं की एक टीम ने अप्रैल में खुंबू ग्लेशियर पर सीढ़ियां लगाईं।",
    ),
    (
        "British guide Oliver Brightman said the queues near the summit had become a dangerous bottleneck.",
        "ब्रिटिश गाइड ओलिवर उजला-आदमी ने कहा कि समिट के पास लगी क़तारें एक ख़तरनाक बोतल की गर्दन बन गई हैं।",
        [
            ("उजला-आदमी", "name-calque", "Brightman"),
            ("समिट", "translit", "summit"),
            ("बोतल की गर्दन", "idiom-literal", "a bottleneck"),
        ],
        "ब्रिटिश गाइड ओलिवर ब्राइटमैन ने कहा कि चोटी के पास लगी क़तारें ख़तरनाक अड़चन बन गई हैं।",
    ),
    (
        "Some climbers waited for three hours above 8,000 metres, where the air holds a third of the oxygen at sea level.",
        "कुछ क्लाइंबर्स ने तीन घंटे तक इंतज़ार किया, जहां हवा में समुद्र तल की तुलना में एक-तिहाई ऑक्सीजन होती है।",
        [("क्लाइंबर्स", "translit", "climbers"), ("", "omission", "above 8,000 metres")],
        "कुछ पर्वतारोहियों ने 8,000 मीटर से ऊपर तीन घंटे तक इंतज़ार किया, जहां हवा में समुद्र तल की तुलना में एक-तिहाई ऑक्सीजन होती है।",
    ),
    (
        "Japanese climber Kenji Ishikura, 71, was exhausted and turned back 200 metres below the top.",
        "71 वर्षीय जापानी पर्वतारोही केनजी पत्थर-गोदाम एग्ज़ॉस्टेड थे और चोटी से 200 मीटर नीचे से लौट आए।",
        [
            ("पत्थर-गोदाम", "name-calque", "Ishikura (Japanese: stone storehouse)"),
            ("एग्ज़ॉस्टेड", "translit", "exhausted"),
        ],
        "71 वर्षीय जापानी पर्वतारोही केनजी इशिकुरा थककर चूर हो गए थे और चोटी से 200 मीटर नीचे से लौट आए।",
    ),
    (
        "His team said he was at the end of his rope after two nights without sleep.",
        "उनकी टीम ने कहा कि दो रात बिना सोए रहने के बाद वे अपनी रस्सी के अंत पर थे।",
        [("अपनी रस्सी के अंत पर थे", "idiom-literal", "at the end of his rope")],
        "उनकी टीम ने कहा कि दो रात बिना सोए रहने के बाद वे पूरी तरह पस्त हो चुके थे।",
    ),
    (
        "Norwegian climber Ingrid Fjellstad reached the top without bottled oxygen.",
        "नॉर्वे की पर्वतारोही इंग्रिड पहाड़-बस्ती बोतलबंद ऑक्सीजन के बिना चोटी पर पहुंचीं।",
        [("पहाड़-बस्ती", "name-calque", "Fjellstad (Norwegian: mountain place)")],
        "नॉर्वे की पर्वतारोही इंग्रिड फ़्येलस्टाड बोतलबंद ऑक्सीजन के बिना चोटी पर पहुंचीं।",
    ),
    (
        "Helicopters of Summit Air flew eleven injured climbers to Kathmandu.",
        "शिखर हवाई के हेलीकॉप्टरों ने ग्यारह घायल पर्वतारोहियों को काठमांडू पहुंचाया।",
        [("शिखर हवाई", "title-calque", "Summit Air")],
        "समिट एयर के हेलीकॉप्टरों ने ग्यारह घायल पर्वतारोहियों को काठमांडू पहुंचाया।",
    ),
    (
        "Doctors at the base camp clinic treated 40 cases of frostbite.",
        "बेस कैंप के क्लिनिक में डॉक्टरों ने डॉक्टरों ने शीतदंश के 40 मामलों का इलाज किया।",
        [("डॉक्टरों ने", "repetition", "Doctors (repeated)", 1)],
        "बेस कैंप के क्लिनिक में डॉक्टरों ने शीतदंश के 40 मामलों का इलाज किया।",
    ),
    (
        "Environmental groups say expedition companies have been kicking the can down the road on rubbish.",
        "पर्यावरण समूहों का कहना है कि अभियान कंपनियां कचरे के मामले में डिब्बे को सड़क पर आगे ठोकर मारती रही हैं।",
        [("डिब्बे को सड़क पर आगे ठोकर मारती रही हैं", "idiom-literal", "kicking the can down the road")],
        "पर्यावरण समूहों का कहना है कि अभियान कंपनियां कचरे की समस्या को लगातार टालती रही हैं।",
    ),
    (
        "Every climber must now carry eight kilograms of rubbish down the mountain.",
        "अब हर पर्वतारोही को आठ किलो रबिश पहाड़ से नीचे लाना होगा।",
        [("रबिश", "translit", "rubbish")],
        "अब हर पर्वतारोही को आठ किलो कचरा पहाड़ से नीचे लाना होगा।",
    ),
    (
        "Veteran mountaineer Dawa Tenzing, who has climbed Everest 17 times, welcomed the rule with open arms.",
        "17 बार एवरेस्ट पर चढ़ चुके अनुभवी पर्वतारोही दावा तेनज़िंग ने इस नियम का खुली बांहों से स्वागत किया।",
        [],
        "17 बार एवरेस्ट पर चढ़ चुके अनुभवी पर्वतारोही दावा तेनज़िंग ने इस नियम का खुली बांहों से स्वागत किया।",
    ),
    (
        "The season's last weather window is expected to open next Tuesday.",
        "सीज़न की आख़िरी मौसम खिड़की अगले मंगलवार को खुलने की उम्मीद है।",
        [("मौसम खिड़की", "idiom-literal", "weather window")],
        "सीज़न में मौसम के साफ़ रहने का आख़िरी मौक़ा अगले मंगलवार को मिलने की उम्मीद है।",
    ),
]
