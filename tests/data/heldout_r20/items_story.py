"""Held-out round-20 items: an invented 14-line news story (a new metro line opens in Bengaluru:
a tunnel finished late, a fare dispute, a foreign maker of the trains) as flawed MT, and its clean
twin (hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
The line's name (the Silver Line), the engineering firm (Stonebridge Infra) and its chief (Anand
Bhat), the train maker (Nordwind Rail) and its chief executive (Klaus Eisenberg), the metro
corporation's managing director (Priya Sundaram), the commuters (Kavya Reddy, Lucía Campos) and
all the figures are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "The new Silver Line of the Bengaluru Metro opened to the public on Monday, two years behind schedule.",
        "बेंगलुरु मेट्रो की नई चांदी रेखा तय समय से दो साल की देरी से सोमवार को जनता के लिए खुल गई।",
        [("चांदी रेखा", "title-calque", "the Silver Line")],
        "बेंगलुरु मेट्रो की नई सिल्वर लाइन तय समय से दो साल की देरी से सोमवार को जनता के लिए खुल गई।",
    ),
    (
        "The 19-kilometre line was built by Stonebridge Infra, an engineering firm from Hyderabad.",
        "19 किलोमीटर लंबी इस लाइन का निर्माण हैदराबाद की इंजीनियरिंग कंपनी पत्थर-पुल इन्फ़्रा ने किया है।",
        [("पत्थर-पुल इन्फ़्रा", "title-calque", "Stonebridge Infra")],
        "19 किलोमीटर लंबी इस लाइन का निर्माण हैदराबाद की इंजीनियरिंग कंपनी स्टोनब्रिज इन्फ़्रा ने किया है।",
    ),
    (
        "The firm's chief, Anand Bhat, said the project had been a long haul.",
        "कंपनी के प्रमुख आनंद भट ने कहा कि परियोजना एक लंबी ढुलाई रही।",
        [("एक लंबी ढुलाई रही", "idiom-literal", "had been a long haul")],
        "कंपनी के प्रमुख आनंद भट ने कहा कि परियोजना लंबी और थकाऊ मेहनत का काम रही।",
    ),
    (
        "The three-kilometre tunnel under Majestic was finished eleven months late after the boring machine got stuck in hard rock.",
        "मैजेस्टिक के नीचे तीन किलोमीटर लंबी सुरंग ग्यारह महीने की देरी से पूरी हुई, क्योंकि खुदाई मशीन हार्ड रॉक में फंस गई थी।",
        [("हार्ड रॉक", "translit", "hard rock")],
        "मैजेस्टिक के नीचे तीन किलोमीटर लंबी सुरंग ग्यारह महीने की देरी से पूरी हुई, क्योंकि खुदाई मशीन सख़्त चट्टान में फंस गई थी।",
    ),
    (
        "Engineers said the digging had hit a wall for months.",
        "इंजीनियरों ने कहा कि खुदाई महीनों तक एक दीवार से टकराती रही।",
        [("एक दीवार से टकराती रही", "idiom-literal", "had hit a wall")],
        "इंजीनियरों ने कहा कि खुदाई महीनों तक ठप पड़ी रही।",
    ),
    (
        "The trains were supplied by Nordwind Rail, a German maker, whose chief executive Klaus Eisenberg attended the opening.",
        "ट्रेनें जर्मन निर्माता उत्तरी-हवा रेल ने दी हैं, जिसके मुख्य कार्यकारी क्लाउस लोहा-पहाड़ उद्घाटन में मौजूद थे।",
        [
            ("उत्तरी-हवा रेल", "title-calque", "Nordwind Rail"),
            ("लोहा-पहाड़", "name-calque", "Eisenberg"),
        ],
        "ट्रेनें जर्मन निर्माता नॉर्डविंड रेल ने दी हैं, जिसके मुख्य कार्यकारी क्लाउस आइज़नबर्ग उद्घाटन में मौजूद थे।",
    ),
    (
        "Eisenberg said the driverless coaches were the quietest his company had ever built.",
        "लोहा-पहाड़ ने कहा कि चालक रहित डिब्बे उनकी कंपनी के बनाए अब तक के सबसे साइलेंट डिब्बे हैं।",
        [("लोहा-पहाड़", "name-calque", "Eisenberg"), ("साइलेंट", "translit", "quietest")],
        "आइज़नबर्ग ने कहा कि चालक रहित डिब्बे उनकी कंपनी के बनाए अब तक के सबसे शांत डिब्बे हैं।",
    ),
    (
        "Even before the first train left, a dispute broke out over fares.",
        "पहली ट्रेन छूटने से पहले ही किराये को लेकर विवाद विवाद छिड़ गया।",
        [("विवाद", "repetition", "a dispute (repeated)", 1)],
        "पहली ट्रेन छूटने से पहले ही किराये को लेकर विवाद छिड़ गया।",
    ),
    (
        "Commuter groups called the top fare of 60 rupees a rip-off.",
        "यात्री संगठनों ने 60 रुपये के अधिकतम किराये को एक चीर-फाड़ बताया।",
        [("एक चीर-फाड़", "idiom-literal", "a rip-off")],
        "यात्री संगठनों ने 60 रुपये के अधिकतम किराये को सरासर लूट बताया।",
    ),
    (
        "The metro corporation's managing director, Priya Sundaram, said she would not give an inch on fares.",
        "मेट्रो निगम की प्रबंध निदेशक प्रिया सुंदरम ने कहा कि वह किराये पर एक इंच भी नहीं देंगी।",
        [("एक इंच भी नहीं देंगी", "idiom-literal", "would not give an inch")],
        "मेट्रो निगम की प्रबंध निदेशक प्रिया सुंदरम ने कहा कि वह किराये के मुद्दे पर ज़रा भी नहीं झुकेंगी।",
    ),
    (
        "Software engineer Kavya Reddy said her ride from Whitefield took less than half an hour.",
        "सॉफ़्टवेयर इंजीनियर काव्या रेड्डी ने कहा कि सफ़ेद-मैदान से उनके सफ़र में आधे घंटे से भी कम समय लगा।",
        [("सफ़ेद-मैदान", "title-calque", "Whitefield")],
        "सॉफ़्टवेयर इंजीनियर काव्या रेड्डी ने कहा कि व्हाइटफ़ील्ड से उनके सफ़र में आधे घंटे से भी कम समय लगा।",
    ),
    (
        "A Spanish exchange student, Lucía Campos, said the stations were spacious but the escalators kept breaking down.",
        "स्पेन की एक एक्सचेंज छात्रा लूसिया खेतों ने कहा कि स्टेशन स्पेशस हैं लेकिन एस्केलेटर बार-बार ख़राब हो जाते हैं।",
        [("खेतों", "name-calque", "Campos"), ("स्पेशस", "translit", "spacious")],
        "स्पेन की एक एक्सचेंज छात्रा लूसिया कैंपोस ने कहा कि स्टेशन खुले और बड़े हैं लेकिन एस्केलेटर बार-बार ख़राब हो जाते हैं।",
    ),
    (
        "The opposition said the escalator faults were more than teething troubles.",
        "विपक्ष ने कहा कि एस्केलेटर की ख़राबियां दांत निकलने की तकलीफ़ों से कहीं ज़्यादा हैं।",
        [("दांत निकलने की तकलीफ़ों", "idiom-literal", "teething troubles")],
        "विपक्ष ने कहा कि एस्केलेटर की ख़राबियां शुरुआती दिक़्क़तों से कहीं ज़्यादा हैं।",
    ),
    (
        "About 1.2 lakh passengers are expected to use the line every day.",
        "इस लाइन पर रोज़ लगभग 1.2 लाख यात्रियों के सफ़र करने की उम्मीद है।",
        [],
        "इस लाइन पर रोज़ लगभग 1.2 लाख यात्रियों के सफ़र करने की उम्मीद है।",
    ),
]
