"""Held-out round-21 items: an invented 14-line news story (a large solar park in the Rajasthan
desert is switched on: a foreign developer and its chief executive, a village council head, a dust
storm that damaged panels, a tariff dispute with the state utility, a popular band at the opening)
as flawed MT, and its clean twin (hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
The park (the Golden Sands Solar Park), the Danish developer (Brightfield Energy) and its chief
executive (Mette Solgaard), the sarpanch (Kesar Devi) of Bhadasar village, the band (Sand Pipers)
and all the figures are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "The Golden Sands Solar Park near Jaisalmer was switched on on Tuesday.",
        "जैसलमेर के पास सुनहरी रेत सोलर पार्क मंगलवार को चालू कर दिया गया।",
        [("सुनहरी रेत", "title-calque", "Golden Sands")],
        "जैसलमेर के पास गोल्डन सैंड्स सोलर पार्क मंगलवार को चालू कर दिया गया।",
    ),
    (
        "The 2,000-megawatt park was built by Brightfield Energy, a Danish developer.",
        "2,000 मेगावॉट के इस पार्क को डेनमार्क की डेवलपर कंपनी चमकीला-खेत एनर्जी ने बनाया है।",
        [("चमकीला-खेत एनर्जी", "title-calque", "Brightfield Energy")],
        "2,000 मेगावॉट के इस पार्क को डेनमार्क की डेवलपर कंपनी ब्राइटफ़ील्ड एनर्जी ने बनाया है।",
    ),
    (
        "Its chief executive, Mette Solgaard, called the project a labour of love.",
        "कंपनी की मुख्य कार्यकारी मेटे सूर्य-खेत ने परियोजना को प्यार का श्रम बताया।",
        [
            ("सूर्य-खेत", "name-calque", "Solgaard"),
            ("प्यार का श्रम", "idiom-literal", "a labour of love"),
        ],
        "कंपनी की मुख्य कार्यकारी मेटे सोलगार्ड ने परियोजना को पूरी लगन से, दिल से किया गया काम बताया।",
    ),
    (
        "In April, a dust storm damaged nearly 40,000 panels.",
        "अप्रैल में एक डस्ट स्टॉर्म ने लगभग 40,000 पैनलों को नुक़सान पहुंचाया।",
        [("डस्ट स्टॉर्म", "translit", "dust storm")],
        "अप्रैल में धूल भरी आंधी ने लगभग 40,000 पैनलों को नुक़सान पहुंचाया।",
    ),
    (
        "Solgaard said the storm had been a rude awakening for the company.",
        "सूर्य-खेत ने कहा कि आंधी कंपनी के लिए एक अशिष्ट जागरण थी।",
        [
            ("सूर्य-खेत", "name-calque", "Solgaard"),
            ("एक अशिष्ट जागरण", "idiom-literal", "a rude awakening"),
        ],
        "सोलगार्ड ने कहा कि आंधी ने कंपनी की आंखें खोल दीं।",
    ),
    (
        "The sarpanch of Bhadasar village, Kesar Devi, said the park had taken over grazing land.",
        "भादासर गांव की सरपंच केसर देवी ने कहा कि पार्क ने ग्रेज़िंग लैंड पर क़ब्ज़ा कर लिया है।",
        [("ग्रेज़िंग लैंड", "translit", "grazing land")],
        "भादासर गांव की सरपंच केसर देवी ने कहा कि पार्क ने चरागाह की ज़मीन पर क़ब्ज़ा कर लिया है।",
    ),
    (
        "She said the company had promised the moon to the villagers.",
        "उन्होंने कहा कि कंपनी ने गांव वालों से चांद का वादा किया था।",
        [("चांद का वादा किया था", "idiom-literal", "had promised the moon")],
        "उन्होंने कहा कि कंपनी ने गांव वालों से बड़े-बड़े वादे किए थे।",
    ),
    (
        "Only 300 local people have got jobs at the park so far.",
        "अब तक पार्क में सिर्फ़ 300 स्थानीय लोगों को नौकरी मिली है।",
        [],
        "अब तक पार्क में सिर्फ़ 300 स्थानीय लोगों को नौकरी मिली है।",
    ),
    (
        "A tariff dispute with the state power utility has also dragged on for months.",
        "राज्य की बिजली कंपनी के साथ टैरिफ़ विवाद टैरिफ़ विवाद भी महीनों से खिंचता आ रहा है।",
        [("टैरिफ़ विवाद", "repetition", "a tariff dispute (repeated)", 1)],
        "राज्य की बिजली कंपनी के साथ टैरिफ़ विवाद भी महीनों से खिंचता आ रहा है।",
    ),
    (
        "The utility wants to pay 2.10 rupees a unit, while Brightfield is asking for 2.60 rupees.",
        "बिजली कंपनी प्रति यूनिट 2.10 रुपये देना चाहती है, जबकि चमकीला-खेत 2.60 रुपये मांग रही है।",
        [("चमकीला-खेत", "title-calque", "Brightfield")],
        "बिजली कंपनी प्रति यूनिट 2.10 रुपये देना चाहती है, जबकि ब्राइटफ़ील्ड 2.60 रुपये मांग रही है।",
    ),
    (
        "An official of the utility said it would play hardball over the rate.",
        "बिजली कंपनी के एक अधिकारी ने कहा कि वह दर को लेकर सख़्त गेंद से खेलेगी।",
        [("सख़्त गेंद से खेलेगी", "idiom-literal", "would play hardball")],
        "बिजली कंपनी के एक अधिकारी ने कहा कि वह दर को लेकर सख़्त रुख़ अपनाएगी।",
    ),
    (
        "The popular folk-rock band Sand Pipers played at the opening.",
        "उद्घाटन पर लोकप्रिय फ़ोक-रॉक बैंड रेत की बांसुरियां ने प्रस्तुति दी।",
        [("रेत की बांसुरियां", "title-calque", "Sand Pipers")],
        "उद्घाटन पर लोकप्रिय फ़ोक-रॉक बैंड सैंड पाइपर्स ने प्रस्तुति दी।",
    ),
    (
        "Solgaard called the desert sunset breathtaking.",
        "सूर्य-खेत ने रेगिस्तान के सूर्यास्त को ब्रेथटेकिंग बताया।",
        [
            ("सूर्य-खेत", "name-calque", "Solgaard"),
            ("ब्रेथटेकिंग", "translit", "breathtaking"),
        ],
        "सोलगार्ड ने रेगिस्तान के सूर्यास्त को मनमोहक बताया।",
    ),
    (
        "The park is expected to supply power to about 12 lakh homes.",
        "इस पार्क से लगभग 12 लाख होम्स को बिजली मिलने की उम्मीद है।",
        [("होम्स", "translit", "homes")],
        "इस पार्क से लगभग 12 लाख घरों को बिजली मिलने की उम्मीद है।",
    ),
]
