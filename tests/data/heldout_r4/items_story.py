"""Held-out round-4 items: an invented 14-line news story (flawed MT and its clean twin).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span).
"""

from __future__ import annotations

STORY = [
    (
        "Heavy rain battered the coastal state of Odisha on Monday, forcing thousands of families to leave their homes.",
        "सोमवार को तटीय स्टेट ओडिशा में भारी बारिश हुई, जिससे हज़ारों परिवारों को अपने घर छोड़ने पड़े।",
        [("स्टेट", "translit", "state")],
        "सोमवार को तटीय राज्य ओडिशा में भारी बारिश हुई, जिससे हज़ारों परिवारों को अपने घर छोड़ने पड़े।",
    ),
    (
        "Chief Minister Ravi Patnaik held an emergency meeting in Bhubaneswar and asked officials to go the extra mile.",
        "मुख्यमंत्री रवि पटनायक ने भुवनेश्वर में एक आपात बैठक की और अधिकारियों से अतिरिक्त मील चलने को कहा।",
        [("अतिरिक्त मील चलने", "idiom-literal", "go the extra mile")],
        "मुख्यमंत्री रवि पटनायक ने भुवनेश्वर में एक आपात बैठक की और अधिकारियों से हर संभव प्रयास करने को कहा।",
    ),
    (
        "A report released later showed that 40 villages had been cut off.",
        "बाद में जारी एक रिपोर्ट से पता चला कि 40 गांवों को काट दिया गया था।",
        [("काट दिया गया था", "idiom-literal", "cut off")],
        "बाद में जारी एक रिपोर्ट से पता चला कि 40 गांवों का संपर्क टूट गया था।",
    ),
    (
        "The World Bank's representative, Jennifer Swan, said the bank would release $50 million in emergency aid.",
        "विश्व बैंक की प्रतिनिधि जेनिफर हंस ने कहा कि बैंक 5 करोड़ डॉलर की आपात सहायता जारी करेगा।",
        [("हंस", "name-calque", "Swan")],
        "विश्व बैंक की प्रतिनिधि जेनिफर स्वान ने कहा कि बैंक 5 करोड़ डॉलर की आपात सहायता जारी करेगा।",
    ),
    (
        "She added that the money would keep the relief effort afloat.",
        "उन्होंने कहा कि यह पैसा राहत प्रयास को तैरता रखेगा।",
        [("तैरता रखेगा", "idiom-literal", "keep afloat")],
        "उन्होंने कहा कि इस पैसे से राहत का काम चलता रहेगा।",
    ),
    (
        "Opposition leader Arjun Das said the government had been caught napping.",
        "ऑपोजिशन लीडर अर्जुन दास ने कहा कि सरकार झपकी लेते हुए पकड़ी गई।",
        [
            ("ऑपोजिशन लीडर", "translit", "opposition leader"),
            ("झपकी लेते हुए पकड़ी गई", "idiom-literal", "caught napping"),
        ],
        "विपक्ष के नेता अर्जुन दास ने कहा कि सरकार बेखबर रही।",
    ),
    (
        "He accused the administration of cutting corners on flood defences built after the 2019 cyclone.",
        "उन्होंने प्रशासन पर 2019 के चक्रवात के बाद बने बाढ़ सुरक्षा तटबंधों में कोने काटने का आरोप लगाया।",
        [("कोने काटने", "idiom-literal", "cutting corners")],
        "उन्होंने प्रशासन पर 2019 के चक्रवात के बाद बने बाढ़ सुरक्षा तटबंधों में लापरवाही बरतने का आरोप लगाया।",
    ),
    (
        "The state disaster management authority said the Mahanadi had crossed the danger mark at three places.",
        "राज्य आपदा प्रबंधन प्राधिकरण ने कहा कि महानदी तीन जगहों पर खतरे के निशान को पार कर गई है।",
        [],
        "राज्य आपदा प्रबंधन प्राधिकरण ने कहा कि महानदी तीन जगहों पर खतरे के निशान को पार कर गई है।",
    ),
    (
        "Rescue teams from the navy and the air force reached the worst-hit districts by Tuesday morning.",
        "वायु सेना की बचाव टीमें मंगलवार सुबह तक सबसे ज़्यादा प्रभावित ज़िलों में पहुंच गईं।",
        [("", "omission", "the navy")],
        "नौसेना और वायु सेना की बचाव टीमें मंगलवार सुबह तक सबसे ज़्यादा प्रभावित ज़िलों में पहुंच गईं।",
    ),
    (
        "Australia's High Commissioner, Philip Green, announced a donation of relief material.",
        "ऑस्ट्रेलिया के ऊंचे आयुक्त फिलिप हरा ने राहत सामग्री दान करने की घोषणा की।",
        [("ऊंचे आयुक्त", "title-calque", "High Commissioner"), ("हरा", "name-calque", "Green")],
        "ऑस्ट्रेलिया के उच्चायुक्त फिलिप ग्रीन ने राहत सामग्री दान करने की घोषणा की।",
    ),
    (
        "Schools in six districts will remain closed until Friday, the education department said.",
        "एजुकेशन डिपार्टमेंट ने कहा कि छह ज़िलों में स्कूल शुक्रवार तक बंद रहेंगे।",
        [("एजुकेशन डिपार्टमेंट", "translit", "education department")],
        "शिक्षा विभाग ने कहा कि छह ज़िलों में स्कूल शुक्रवार तक बंद रहेंगे।",
    ),
    (
        "Doctors warned that the risk of water-borne diseases would rise once the water recedes.",
        "डॉक्टरों ने चेतावनी दी कि पानी उतरने के बाद जल जनित बीमारियों का खतरा बीमारियों का खतरा बढ़ जाएगा।",
        [("बीमारियों का खतरा", "repetition", "(repeat)", 1)],
        "डॉक्टरों ने चेतावनी दी कि पानी उतरने के बाद जल जनित बीमारियों का खतरा बढ़ जाएगा।",
    ),
    (
        "Weather officials expect the rain to ease by the weekend, but have not ruled out another spell next week.",
        "मौसम अधिकारियों को उम्मीद है कि सप्ताहांत तक बारिश कम हो जाएगी, लेकिन उन्होंने अगले हफ्ते एक और जादू से इनकार नहीं किया है।",
        [("जादू", "sense", "spell (of rain)")],
        "मौसम अधिकारियों को उम्मीद है कि सप्ताहांत तक बारिश कम हो जाएगी, लेकिन उन्होंने अगले हफ्ते बारिश के एक और दौर से इनकार नहीं किया है।",
    ),
    (
        "Officials said the final toll would be known only after the water recedes.",
        "अधिकारियों ने कहा कि अंतिम टोल पानी उतरने के बाद ही पता चलेगा।",
        [("टोल", "sense", "toll (of the dead)")],
        "अधिकारियों ने कहा कि मृतकों की अंतिम संख्या पानी उतरने के बाद ही पता चलेगी।",
    ),
]
