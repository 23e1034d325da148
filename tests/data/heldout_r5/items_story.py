"""Held-out round-5 items: an invented 14-line sports news story (flawed MT and its clean twin).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span). Clubs, people and the match
are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "FC Howrah won the national football title on Sunday, beating Shillong United 2-1 in a thrilling final in Kolkata.",
        "एफसी हावड़ा ने रविवार को कोलकाता में एक थ्रिलिंग फाइनल में शिलांग यूनाइटेड को 2-1 से हराकर राष्ट्रीय फुटबॉल खिताब जीता।",
        [("थ्रिलिंग", "translit", "thrilling")],
        "एफसी हावड़ा ने रविवार को कोलकाता में एक रोमांचक फाइनल में शिलांग यूनाइटेड को 2-1 से हराकर राष्ट्रीय फुटबॉल खिताब जीता।",
    ),
    (
        "Coach Martin Lamb said his players had come out with all guns blazing.",
        "कोच मार्टिन मेमना ने कहा कि उनके खिलाड़ी सारी बंदूकें धधकाते हुए बाहर आए।",
        [
            ("मेमना", "name-calque", "Lamb"),
            ("सारी बंदूकें धधकाते हुए", "idiom-literal", "all guns blazing"),
        ],
        "कोच मार्टिन लैम्ब ने कहा कि उनके खिलाड़ी पूरे जोश के साथ मैदान में उतरे।",
    ),
    (
        "Shillong opened the scoring in the 20th minute when captain Daniel Rai headed home a corner.",
        "शिलांग ने 20वें मिनट में खाता खोला जब कप्तान डेनियल राय ने एक कॉर्नर को घर की ओर सिर से मारा।",
        [("घर की ओर सिर से मारा", "idiom-literal", "headed home")],
        "20वें मिनट में कप्तान डेनियल राय ने कॉर्नर पर हेडर से गोल करके शिलांग का खाता खोला।",
    ),
    (
        "But Howrah's Spanish striker Carlos Fuentes equalised just before half-time.",
        "लेकिन हावड़ा के स्पेनिश स्ट्राइकर कार्लोस फव्वारे ने हाफ टाइम से ठीक पहले बराबरी का गोल किया।",
        [("फव्वारे", "name-calque", "Fuentes")],
        "लेकिन हावड़ा के स्पेनिश स्ट्राइकर कार्लोस फुएंतेस ने हाफ टाइम से ठीक पहले बराबरी का गोल किया।",
    ),
    (
        "The match turned on its head after the break, when Shillong's goalkeeper was sent off.",
        "ब्रेक के बाद मैच अपने सिर पर घूम गया, जब शिलांग के गोलकीपर को मैदान से बाहर भेज दिया गया।",
        [("अपने सिर पर घूम गया", "idiom-literal", "turned on its head")],
        "ब्रेक के बाद मैच का पासा पलट गया, जब शिलांग के गोलकीपर को मैदान से बाहर भेज दिया गया।",
    ),
    (
        "Fuentes scored the winner from the penalty spot in the 78th minute.",
        "फुएंतेस ने पेनल्टी स्पॉट से विजयी गोल दागा।",
        [("", "omission", "in the 78th minute")],
        "फुएंतेस ने 78वें मिनट में पेनल्टी स्पॉट से विजयी गोल दागा।",
    ),
    (
        "Sports Minister Anita Kaul presented the trophy in front of a crowd of 60,000.",
        "खेल मंत्री अनीता कौल ने 60,000 दर्शकों की मौजूदगी में ट्रॉफी सौंपी।",
        [],
        "खेल मंत्री अनीता कौल ने 60,000 दर्शकों की मौजूदगी में ट्रॉफी सौंपी।",
    ),
    (
        "Fans had queued outside the stadium since the crack of dawn.",
        "प्रशंसक सुबह की दरार से ही स्टेडियम के बाहर कतार में खड़े थे।",
        [("सुबह की दरार से", "idiom-literal", "since the crack of dawn")],
        "प्रशंसक तड़के से ही स्टेडियम के बाहर कतार में खड़े थे।",
    ),
    (
        "Shillong's manager, Rob Kharkongor, said the referee had made a string of poor decisions.",
        "शिलांग के मैनेजर रॉब खारकोंगोर ने कहा कि रेफरी ने खराब फैसलों की एक डोरी ली।",
        [("डोरी", "sense", "string (series)")],
        "शिलांग के मैनेजर रॉब खारकोंगोर ने कहा कि रेफरी ने एक के बाद एक कई खराब फैसले दिए।",
    ),
    (
        "He said the club would lodge a formal complaint with the federation.",
        "उन्होंने कहा कि क्लब महासंघ के पास औपचारिक कम्प्लेन दर्ज कराएगा।",
        [("कम्प्लेन", "translit", "complaint")],
        "उन्होंने कहा कि क्लब महासंघ के पास औपचारिक शिकायत दर्ज कराएगा।",
    ),
    (
        "Howrah's owner, the businessman Vikram Sethi, promised a bonus for every player.",
        "हावड़ा के मालिक, कारोबारी विक्रम सेठी ने हर खिलाड़ी के लिए बोनस देने का हर खिलाड़ी के लिए वादा किया।",
        [("हर खिलाड़ी के लिए", "repetition", "(repeat)", 1)],
        "हावड़ा के मालिक, कारोबारी विक्रम सेठी ने हर खिलाड़ी को बोनस देने का वादा किया।",
    ),
    (
        "The US Consul General in Kolkata, Sarah Nightingale, congratulated the team.",
        "कोलकाता में अमेरिकी कौंसुल सामान्य सारा बुलबुल ने टीम को बधाई दी।",
        [
            ("सामान्य", "title-calque", "(Consul) General"),
            ("बुलबुल", "name-calque", "Nightingale"),
        ],
        "कोलकाता में अमेरिकी महावाणिज्य दूत सारा नाइटिंगेल ने टीम को बधाई दी।",
    ),
    (
        "Lamb said it was too early to count their chickens before the Asian championship.",
        "मेमना ने कहा कि एशियाई चैंपियनशिप से पहले अपनी मुर्गियां गिनना अभी जल्दबाज़ी होगी।",
        [
            ("मेमना", "name-calque", "Lamb"),
            ("अपनी मुर्गियां गिनना", "idiom-literal", "count their chickens"),
        ],
        "लैम्ब ने कहा कि एशियाई चैंपियनशिप से पहले जीत के सपने देखना अभी जल्दबाज़ी होगी।",
    ),
    (
        "The league's new season will begin in March.",
        "लीग का नया मौसम मार्च में शुरू होगा।",
        [("मौसम", "sense", "season (of matches)")],
        "लीग का नया सत्र मार्च में शुरू होगा।",
    ),
]
