"""Held-out round-9 items: an invented 14-line news story (the opening days of a film festival in
Goa) as flawed MT, and its clean twin.

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span). The festival, its director,
the jury's head, the producer and the actress are fiction; Jafar Panahi is the real filmmaker.
"""

from __future__ import annotations

STORY = [
    (
        "The ten-day Konkan International Film Festival opened in Panaji on Thursday evening with a restored Satyajit Ray classic.",
        "दस दिन का कोंकण अंतरराष्ट्रीय फ़िल्म महोत्सव गुरुवार शाम पणजी में सत्यजित राय की एक पुनर्स्थापित क्लासिक फ़िल्म के साथ शुरू हुआ।",
        [],
        "दस दिन का कोंकण अंतरराष्ट्रीय फ़िल्म महोत्सव गुरुवार शाम पणजी में सत्यजित राय की एक पुनर्स्थापित क्लासिक फ़िल्म के साथ शुरू हुआ।",
    ),
    (
        "This year's jury is headed by the British director Rosalind Fairweather, whose first film won the Golden Leopard at Locarno.",
        "इस साल की जूरी की अध्यक्षता ब्रिटिश निर्देशक रोज़लिंड अच्छा-मौसम कर रही हैं, जिनकी पहली फ़िल्म ने लोकार्नो में सुनहरा तेंदुआ जीता था।",
        [
            ("अच्छा-मौसम", "name-calque", "Fairweather"),
            ("सुनहरा तेंदुआ", "title-calque", "the Golden Leopard (Locarno's top prize)"),
        ],
        "इस साल की जूरी की अध्यक्षता ब्रिटिश निर्देशक रोज़लिंड फ़ेयरवेदर कर रही हैं, जिनकी पहली फ़िल्म ने लोकार्नो में गोल्डन लेपर्ड पुरस्कार जीता था।",
    ),
    (
        "Festival director Anil Kamat said the programme, with 180 films from 62 countries, was the biggest in its history.",
        "महोत्सव निदेशक अनिल कामत ने कहा कि 180 फ़िल्मों वाला यह कार्यक्रम इसके इतिहास का सबसे बड़ा है।",
        [("", "omission", "from 62 countries")],
        "महोत्सव निदेशक अनिल कामत ने कहा कि 62 देशों की 180 फ़िल्मों वाला यह कार्यक्रम इसके इतिहास का सबसे बड़ा है।",
    ),
    (
        "But the opening night was marred by chaos over passes, and many students said they had been left out in the cold.",
        "लेकिन उद्घाटन की रात पास को लेकर अफ़रा-तफ़री से फीकी पड़ गई, और कई छात्रों ने कहा कि उन्हें ठंड में बाहर छोड़ दिया गया।",
        [("ठंड में बाहर छोड़ दिया गया", "idiom-literal", "left out in the cold")],
        "लेकिन उद्घाटन की रात पास को लेकर अफ़रा-तफ़री से फीकी पड़ गई, और कई छात्रों ने कहा कि उन्हें नज़रअंदाज़ कर दिया गया।",
    ),
    (
        "The organisers admitted they had dropped a clanger by printing twice as many passes as there were seats.",
        "आयोजकों ने माना कि सीटों से दोगुने पास छापकर उन्होंने एक घंटा गिरा दिया था।",
        [("एक घंटा गिरा दिया था", "idiom-literal", "dropped a clanger")],
        "आयोजकों ने माना कि सीटों से दोगुने पास छापकर उनसे भारी चूक हो गई थी।",
    ),
    (
        "The centrepiece of the festival is a retrospective of the Iranian filmmaker Jafar Panahi, who was barred from travelling for years.",
        "महोत्सव का मुख्य आकर्षण ईरानी फ़िल्मकार जाफ़र आश्रयदाता की फ़िल्मों का पुनरावलोकन है, जिन पर बरसों तक यात्रा करने पर रोक लगी रही।",
        [("आश्रयदाता", "name-calque", "Panahi")],
        "महोत्सव का मुख्य आकर्षण ईरानी फ़िल्मकार जाफ़र पनाही की फ़िल्मों का पुनरावलोकन है, जिन पर बरसों तक यात्रा करने पर रोक लगी रही।",
    ),
    (
        "Several films from the North-East are competing for the top prize, and critics say the contest is wide open.",
        "पूर्वोत्तर की कई फ़िल्में शीर्ष पुरस्कार के लिए कॉम्पिटिशन कर रही हैं, और समीक्षकों का कहना है कि मुक़ाबला पूरी तरह पूरी तरह खुला है।",
        [
            ("कॉम्पिटिशन", "translit", "competing"),
            ("पूरी तरह", "repetition", "(repeat)", 1),
        ],
        "पूर्वोत्तर की कई फ़िल्में शीर्ष पुरस्कार के लिए होड़ में हैं, और समीक्षकों का कहना है कि मुक़ाबला पूरी तरह खुला है।",
    ),
    (
        "A Manipuri drama about a mother searching for her son was the talk of the town after its first screening.",
        "अपने बेटे को खोजती एक मां पर बनी मणिपुरी फ़िल्म पहले प्रदर्शन के बाद शहर की बात थी।",
        [("शहर की बात", "idiom-literal", "the talk of the town")],
        "अपने बेटे को खोजती एक मां पर बनी मणिपुरी फ़िल्म पहले प्रदर्शन के बाद से ही चर्चा का विषय बन गई।",
    ),
    (
        "Its lead actress, Linthoingambi Devi, brought the house down with a five-minute closing monologue.",
        "इसकी मुख्य अभिनेत्री लिनथोइंगांबी देवी ने पांच मिनट के समापन एकालाप से घर नीचे ला दिया।",
        [("घर नीचे ला दिया", "idiom-literal", "brought the house down")],
        "इसकी मुख्य अभिनेत्री लिनथोइंगांबी देवी के पांच मिनट के समापन एकालाप पर पूरा सभागार तालियों से गूंज उठा।",
    ),
    (
        "On Saturday, the American producer Barnaby Goodchild announced a co-production deal worth 40 million dollars with a Mumbai studio.",
        "शनिवार को अमेरिकी निर्माता बार्नबी अच्छे-बच्चे ने मुंबई के एक स्टूडियो के साथ चार करोड़ डॉलर के सह-निर्माण समझौते की घोषणा की।",
        [("अच्छे-बच्चे", "name-calque", "Goodchild")],
        "शनिवार को अमेरिकी निर्माता बार्नबी गुडचाइल्ड ने मुंबई के एक स्टूडियो के साथ चार करोड़ डॉलर के सह-निर्माण समझौते की घोषणा की।",
    ),
    (
        "Local hoteliers said business was booming, with rooms booked solid until the closing night.",
        "स्थानीय होटल व्यवसायियों ने कहा कि कारोबार ख़ूब चल रहा है और समापन की रात तक कमरे ठोस रूप से बुक हैं।",
        [("ठोस रूप से", "idiom-literal", "booked solid")],
        "स्थानीय होटल व्यवसायियों ने कहा कि कारोबार ख़ूब चल रहा है और समापन की रात तक सारे कमरे पहले से बुक हैं।",
    ),
    (
        "However, a panel on censorship was pulled at the last minute after the police cited security concerns.",
        "हालांकि, सेंसरशिप पर एक परिचर्चा को आख़िरी मिनट में खींच लिया गया, क्योंकि पुलिस ने सुरक्षा संबंधी चिंताओं का हवाला दिया।",
        [("खींच लिया गया", "idiom-literal", "was pulled (cancelled)")],
        "हालांकि, सेंसरशिप पर एक परिचर्चा को आख़िरी मिनट में रद्द कर दिया गया, क्योंकि पुलिस ने सुरक्षा संबंधी चिंताओं का हवाला दिया।",
    ),
    (
        "The filmmakers who were due to speak accused the festival of caving in to pressure and said they would boycott the closing ceremony.",
        "जिन फ़िल्मकारों को बोलना था, उन्होंने महोत्सव पर दबाव के आगे गुफा में घुसने का आरोप लगाया और कहा कि वे समापन समारोह का बहिष्कार करेंगे।",
        [("गुफा में घुसने", "idiom-literal", "caving in")],
        "जिन फ़िल्मकारों को बोलना था, उन्होंने महोत्सव पर दबाव के आगे झुक जाने का आरोप लगाया और कहा कि वे समापन समारोह का बहिष्कार करेंगे।",
    ),
    (
        "The winners of the main prizes will be named on November 30, the festival's final day.",
        "मुख्य पुरस्कारों के विजेताओं का 30 नवंबर को, महोत्सव के अंतिम दिन, नामकरण किया जाएगा।",
        [("नामकरण किया जाएगा", "sense", "named (announced)")],
        "मुख्य पुरस्कारों के विजेताओं की घोषणा 30 नवंबर को, महोत्सव के अंतिम दिन, की जाएगी।",
    ),
]
