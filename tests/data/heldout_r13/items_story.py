"""Held-out round-13 items: an invented 14-line news story (an excavation at a Harappan-era
port site in Kutch) as flawed MT, and its clean twin (hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
The site (Khadir Bet-7), the dig director (Meenal Chauhan), the British archaeologist (Miles
Hollowell), the Japanese conservator (Aoi Takeda), the trust and the figures are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "Archaeologists digging near the Rann of Kutch have found a dockyard that may be 4,500 years old.",
        "कच्छ के रण के पास खुदाई कर रहे आर्कियोलॉजिस्ट्स को एक गोदी मिली है जो 4,500 साल पुरानी हो सकती है।",
        [("आर्कियोलॉजिस्ट्स", "translit", "Archaeologists")],
        "कच्छ के रण के पास खुदाई कर रहे पुरातत्वविदों को एक गोदी मिली है जो 4,500 साल पुरानी हो सकती है।",
    ),
    (
        "Dig director Meenal Chauhan said the team had only scratched the surface.",
        "खुदाई निदेशक मीनल चौहान ने कहा कि टीम ने अभी सिर्फ़ सतह को खरोंचा है।",
        [("सतह को खरोंचा है", "idiom-literal", "had only scratched the surface")],
        "खुदाई निदेशक मीनल चौहान ने कहा कि अभी तो काम की बस शुरुआत हुई है।",
    ),
    (
        "The brick basin is longer than the one excavated at Lothal.",
        "ईंटों का यह बेसिन लोथल में खोदे गए बेसिन से लंबा है।",
        [],
        "ईंटों का यह बेसिन लोथल में खोदे गए बेसिन से लंबा है।",
    ),
    (
        "British archaeologist Miles Hollowell, who joined the team in January, was visibly excited.",
        "जनवरी में टीम से जुड़े ब्रिटिश पुरातत्वविद माइल्स खोखला-कुआं साफ़ तौर पर एक्साइटेड दिखे।",
        [("खोखला-कुआं", "name-calque", "Hollowell"), ("एक्साइटेड", "translit", "excited")],
        "जनवरी में टीम से जुड़े ब्रिटिश पुरातत्वविद माइल्स हॉलोवेल साफ़ तौर पर उत्साहित दिखे।",
    ),
    (
        "He said the team had hit the jackpot with a sealed jar of beads.",
        "उन्होंने कहा कि मोतियों के एक बंद घड़े के साथ टीम ने जुए का बड़ा इनाम मारा है।",
        [("जुए का बड़ा इनाम मारा", "idiom-literal", "hit the jackpot")],
        "उन्होंने कहा कि मोतियों से भरा एक बंद घड़ा मिलना टीम के लिए बड़ी कामयाबी है।",
    ),
    (
        "The beads will be studied at the British Museum in London.",
        "मोतियों का अध्ययन लंदन के अंग्रेज़ी अजायबघर में किया जाएगा।",
        [("अंग्रेज़ी अजायबघर", "title-calque", "the British Museum")],
        "मोतियों का अध्ययन लंदन के ब्रिटिश म्यूज़ियम में किया जाएगा।",
    ),
    (
        "Japanese conservator Aoi Takeda is cleaning the copper tools.",
        "जापानी संरक्षक आओई बांस-खेत तांबे के औज़ारों की सफ़ाई कर रही हैं।",
        [("बांस-खेत", "name-calque", "Takeda")],
        "जापानी संरक्षक आओई ताकेदा तांबे के औज़ारों की सफ़ाई कर रही हैं।",
    ),
    (
        "She said the tools had survived because of the salty soil.",
        "उन्होंने कहा कि नमकीन मिट्टी के कारण औज़ार सर्वाइव कर पाए।",
        [("सर्वाइव कर पाए", "translit", "had survived")],
        "उन्होंने कहा कि नमकीन मिट्टी के कारण औज़ार बचे रह पाए।",
    ),
    (
        "The work is funded by the Sunrise Heritage Trust of Ahmedabad.",
        "इस काम का ख़र्च अहमदाबाद का सूर्योदय विरासत भरोसा उठा रहा है।",
        [("सूर्योदय विरासत भरोसा", "title-calque", "the Sunrise Heritage Trust")],
        "इस काम का ख़र्च अहमदाबाद का सनराइज़ हेरिटेज ट्रस्ट उठा रहा है।",
    ),
    (
        "Villagers from nearby Khadir have helped with the digging every season.",
        "पास के खड़ीर के ग्रामीणों ने हर मौसम खुदाई में खुदाई में मदद की है।",
        [("खुदाई में", "repetition", "(repeat)", 1)],
        "पास के खड़ीर के ग्रामीणों ने हर मौसम खुदाई में मदद की है।",
    ),
    (
        "The state government has promised to build a small museum at the site.",
        "राज्य सरकार ने स्थल पर एक छोटा म्यूज़ियम बनाने का प्रॉमिस किया है।",
        [("प्रॉमिस किया", "translit", "has promised")],
        "राज्य सरकार ने स्थल पर एक छोटा संग्रहालय बनाने का वादा किया है।",
    ),
    (
        "Chauhan warned that the team was racing against the clock before the monsoon.",
        "चौहान ने चेताया कि मानसून से पहले टीम घड़ी के ख़िलाफ़ दौड़ लगा रही है।",
        [("घड़ी के ख़िलाफ़ दौड़ लगा रही", "idiom-literal", "racing against the clock")],
        "चौहान ने चेताया कि मानसून से पहले टीम के पास समय बहुत कम है।",
    ),
    (
        "Hollowell's students from Oxford will arrive next month.",
        "खोखले-कुएं के ऑक्सफ़ोर्ड वाले स्टूडेंट्स अगले महीने पहुंचेंगे।",
        [("खोखले-कुएं", "name-calque", "Hollowell"), ("स्टूडेंट्स", "translit", "students")],
        "हॉलोवेल के ऑक्सफ़ोर्ड वाले छात्र अगले महीने पहुंचेंगे।",
    ),
    (
        "The finds will be shown to the public in December.",
        "खोजी गई चीज़ें दिसंबर में जनता को दिखाई जाएंगी।",
        [],
        "खोजी गई चीज़ें दिसंबर में जनता को दिखाई जाएंगी।",
    ),
]
