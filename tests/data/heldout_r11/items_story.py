"""Held-out round-11 items: an invented 14-line news story (a snow-leopard census in Ladakh)
as flawed MT, and its clean twin.

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span). The warden (Tsering Dolma), the
British zoologist (Rupert Fieldhouse), the Mongolian adviser (Batbayar Gantulga) and the figures
are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "Ladakh's first full snow-leopard census has counted 477 of the big cats, officials said on Thursday.",
        "लद्दाख के पहले पूरे हिम तेंदुआ सेंसस में इन बड़ी बिल्लियों में से 477 गिने गए हैं, अधिकारियों ने गुरुवार को कहा।",
        [("सेंसस", "translit", "census")],
        "लद्दाख की पहली पूरी हिम तेंदुआ गणना में इन बड़ी बिल्लियों में से 477 गिने गए हैं, अधिकारियों ने गुरुवार को कहा।",
    ),
    (
        "Chief wildlife warden Tsering Dolma said the number was well above what experts had expected.",
        "मुख्य वन्यजीव वार्डन छेरिंग डोल्मा ने कहा कि यह संख्या विशेषज्ञों की एक्सपेक्टेशन से काफ़ी ऊपर है।",
        [("एक्सपेक्टेशन", "translit", "expected")],
        "मुख्य वन्यजीव वार्डन छेरिंग डोल्मा ने कहा कि यह संख्या विशेषज्ञों के अनुमान से काफ़ी ज़्यादा है।",
    ),
    (
        "Over two winters, teams dotted the high passes with 1,100 camera traps.",
        "दो सर्दियों में टीमों ने ऊंचे दर्रों पर 1,100 कैमरा जालों के बिंदु लगाए।",
        [("कैमरा जालों के बिंदु लगाए", "idiom-literal", "dotted the high passes with")],
        "दो सर्दियों में टीमों ने ऊंचे दर्रों पर जगह-जगह 1,100 कैमरा ट्रैप लगाए।",
    ),
    (
        "The British zoologist Rupert Fieldhouse, who advised the survey, called it a game changer.",
        "सर्वेक्षण के सलाहकार ब्रिटिश प्राणी विज्ञानी रूपर्ट खेत-घर ने इसे खेल बदलने वाला बताया।",
        [
            ("खेत-घर", "name-calque", "Fieldhouse"),
            ("खेल बदलने वाला", "idiom-literal", "a game changer"),
        ],
        "सर्वेक्षण के सलाहकार ब्रिटिश प्राणी विज्ञानी रूपर्ट फ़ील्डहाउस ने इसे निर्णायक बदलाव बताया।",
    ),
    (
        "Batbayar Gantulga, an adviser from Mongolia's Snow Leopard Trust office, trained the local trackers.",
        "मंगोलिया के बर्फ़ तेंदुआ भरोसा दफ़्तर के सलाहकार मज़बूत-नायक इस्पात-चूल्हा ने स्थानीय खोजियों को प्रशिक्षण दिया।",
        [
            ("बर्फ़ तेंदुआ भरोसा", "title-calque", "Snow Leopard Trust"),
            ("मज़बूत-नायक", "name-calque", "Batbayar"),
            ("इस्पात-चूल्हा", "name-calque", "Gantulga"),
        ],
        "मंगोलिया के स्नो लेपर्ड ट्रस्ट दफ़्तर के सलाहकार बतबायर गनतुलगा ने स्थानीय खोजियों को प्रशिक्षण दिया।",
    ),
    (
        "Villagers who once killed the cats for raiding their sheep pens now work as guides.",
        "जो ग्रामीण कभी भेड़ों के बाड़ों पर हमले के कारण इन बिल्लियों को मार देते थे, वे अब गाइड के रूप में काम करते हैं।",
        [],
        "जो ग्रामीण कभी भेड़ों के बाड़ों पर हमले के कारण इन बिल्लियों को मार देते थे, वे अब गाइड के रूप में काम करते हैं।",
    ),
    (
        "Homestays in Hemis earn families up to 80,000 rupees a season.",
        "हेमिस में होमस्टे से परिवार हर मौसम में 80,000 रुपये कमाते हैं।",
        [("", "omission", "up to")],
        "हेमिस में होमस्टे से परिवार हर मौसम में 80,000 रुपये तक कमाते हैं।",
    ),
    (
        "But herders say the cats still take dozens of goats every year, and compensation arrives late.",
        "लेकिन चरवाहों का कहना है कि ये बिल्लियां अब भी हर साल दर्जनों बकरियां ले जाती हैं।",
        [("", "omission", "and compensation arrives late")],
        "लेकिन चरवाहों का कहना है कि ये बिल्लियां अब भी हर साल दर्जनों बकरियां ले जाती हैं, और मुआवज़ा देर से मिलता है।",
    ),
    (
        "Dolma admitted the compensation scheme had dropped the ball.",
        "डोल्मा ने माना कि मुआवज़ा योजना ने गेंद गिरा दी थी।",
        [("गेंद गिरा दी थी", "idiom-literal", "had dropped the ball")],
        "डोल्मा ने माना कि मुआवज़ा योजना में चूक हुई थी।",
    ),
    (
        "She said the department would pay claims within thirty days from April.",
        "उन्होंने कहा कि विभाग अप्रैल से तीस दिनों के भीतर दावों का पे करेगा करेगा।",
        [("पे करेगा", "translit", "pay"), ("करेगा", "repetition", "(repeat)", 1)],
        "उन्होंने कहा कि विभाग अप्रैल से तीस दिनों के भीतर दावों का भुगतान करेगा।",
    ),
    (
        "Fieldhouse warned that a new road to the border could cut the leopards' range in half.",
        "फ़ील्डहाउस ने चेतावनी दी कि सीमा तक जाने वाली नई सड़क तेंदुओं की पर्वत-श्रृंखला को आधा कर सकती है।",
        [("पर्वत-श्रृंखला", "sense", "range (area roamed)")],
        "फ़ील्डहाउस ने चेतावनी दी कि सीमा तक जाने वाली नई सड़क तेंदुओं के विचरण क्षेत्र को आधा कर सकती है।",
    ),
    (
        "The army, which is building the road, said it was all ears and would add wildlife crossings.",
        "सड़क बना रही सेना ने कहा कि वह पूरे कान है और वन्यजीवों के लिए क्रॉसिंग जोड़ेगी।",
        [("वह पूरे कान है", "idiom-literal", "it was all ears")],
        "सड़क बना रही सेना ने कहा कि वह सुझाव सुनने को तैयार है और वन्यजीवों के लिए रास्ते बनाएगी।",
    ),
    (
        "The census report will be tabled in the assembly next month.",
        "गणना की रिपोर्ट अगले महीने विधानसभा में मेज़ पर रखी जाएगी।",
        [("मेज़ पर रखी जाएगी", "idiom-literal", "tabled")],
        "गणना की रिपोर्ट अगले महीने विधानसभा में पेश की जाएगी।",
    ),
    (
        "A second count is planned for 2030, this time with drones and DNA from droppings.",
        "दूसरी गणना 2030 में होगी, इस बार ड्रोन और ड्रॉपिंग्स के डीएनए से डीएनए से।",
        [("ड्रॉपिंग्स", "translit", "droppings"), ("डीएनए से", "repetition", "(repeat)", 1)],
        "दूसरी गणना 2030 में होगी, इस बार ड्रोन और मल के नमूनों के डीएनए की मदद से।",
    ),
]
