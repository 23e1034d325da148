"""Held-out round-14 items: an invented 14-line news story (a dengue outbreak in Kolkata and the
city's hospitals) as flawed MT, and its clean twin (hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span).
The health officer (Sudeshna Ghosh), the British epidemiologist (Nigel Fairlamb), the Japanese
virologist (Ayaka Kawaguchi), the diagnostics firm (Silverline Diagnostics) and the figures are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "Dengue cases in Kolkata have crossed 6,000 this month, the highest in five years.",
        "कोलकाता में इस महीने डेंगू के मामले 6,000 के पार हो गए हैं, जो पांच साल में सबसे ज़्यादा हैं।",
        [],
        "कोलकाता में इस महीने डेंगू के मामले 6,000 के पार हो गए हैं, जो पांच साल में सबसे ज़्यादा हैं।",
    ),
    (
        "City health officer Sudeshna Ghosh said government hospitals were bursting at the seams.",
        "शहर की स्वास्थ्य अधिकारी सुदेष्णा घोष ने कहा कि सरकारी अस्पताल सिलाई से फट रहे हैं।",
        [("सिलाई से फट रहे हैं", "idiom-literal", "bursting at the seams")],
        "शहर की स्वास्थ्य अधिकारी सुदेष्णा घोष ने कहा कि सरकारी अस्पताल मरीज़ों से खचाखच भरे हैं।",
    ),
    (
        "Doctors and nurses have been working flat out since the first week of August.",
        "अगस्त के पहले हफ़्ते से डॉक्टर और नर्सें सपाट बाहर काम कर रहे हैं।",
        [("सपाट बाहर", "idiom-literal", "flat out")],
        "अगस्त के पहले हफ़्ते से डॉक्टर और नर्सें पूरी ताक़त से काम कर रहे हैं।",
    ),
    (
        "Stagnant water at construction sites has become a hotbed of mosquitoes.",
        "निर्माण स्थलों पर स्टैग्नेंट पानी मच्छरों का गरम बिस्तर बन गया है।",
        [
            ("स्टैग्नेंट", "translit", "Stagnant"),
            ("गरम बिस्तर", "idiom-literal", "a hotbed"),
        ],
        "निर्माण स्थलों पर जमा ठहरा हुआ पानी मच्छरों के पनपने का अड्डा बन गया है।",
    ),
    (
        "British epidemiologist Nigel Fairlamb, who advises the state, called the outbreak an uphill battle.",
        "राज्य के सलाहकार ब्रिटिश महामारी विशेषज्ञ नाइजेल सुंदर-मेमना ने इस प्रकोप को चढ़ाई की लड़ाई बताया।",
        [("सुंदर-मेमना", "name-calque", "Fairlamb"), ("चढ़ाई की लड़ाई", "idiom-literal", "an uphill battle")],
        "राज्य के सलाहकार ब्रिटिश महामारी विशेषज्ञ नाइजेल फ़ेयरलैम्ब ने इस प्रकोप को एक कठिन संघर्ष बताया।",
    ),
    (
        "He said the elderly and children under five were most at risk.",
        "उन्होंने कहा कि एल्डरली लोगों और पांच साल से कम उम्र के बच्चों को सबसे ज़्यादा ख़तरा है।",
        [("एल्डरली", "translit", "elderly")],
        "उन्होंने कहा कि बुज़ुर्गों और पांच साल से कम उम्र के बच्चों को सबसे ज़्यादा ख़तरा है।",
    ),
    (
        "Japanese virologist Ayaka Kawaguchi is studying which strain is spreading.",
        "जापानी वायरस विशेषज्ञ अयाका नदी-मुहाना इस बात का अध्ययन कर रही हैं कि कौन-सा स्ट्रेन फैल रहा है।",
        [("नदी-मुहाना", "name-calque", "Kawaguchi")],
        "जापानी वायरस विशेषज्ञ अयाका कावागुची इस बात का अध्ययन कर रही हैं कि कौन-सा स्ट्रेन फैल रहा है।",
    ),
    (
        "Doctors Without Borders has sent a team of twelve to the city's eastern wards.",
        "सीमाओं के बिना डॉक्टर ने शहर के पूर्वी वार्डों में बारह लोगों की एक टीम भेजी है।",
        [("सीमाओं के बिना डॉक्टर", "title-calque", "Doctors Without Borders")],
        "डॉक्टर्स विदाउट बॉर्डर्स ने शहर के पूर्वी वार्डों में बारह लोगों की एक टीम भेजी है।",
    ),
    (
        "Silverline Diagnostics has offered free platelet tests until the end of October.",
        "चांदी-की-रेखा डायग्नोस्टिक्स ने मुफ़्त प्लेटलेट जांच की पेशकश की है।",
        [
            ("चांदी-की-रेखा", "title-calque", "Silverline"),
            ("", "omission", "until the end of October"),
        ],
        "सिल्वरलाइन डायग्नोस्टिक्स ने अक्टूबर के अंत तक मुफ़्त प्लेटलेट जांच की पेशकश की है।",
    ),
    (
        "Many patients were treated in casualty because there were no free beds in the wards.",
        "कई मरीज़ों का इलाज हताहत में किया गया क्योंकि वार्डों में कोई बिस्तर ख़ाली नहीं था।",
        [("हताहत", "sense", "casualty (the emergency department)")],
        "कई मरीज़ों का इलाज आपातकालीन विभाग में किया गया क्योंकि वार्डों में कोई बिस्तर ख़ाली नहीं था।",
    ),
    (
        "Municipal workers are spraying insecticide in every neighbourhood twice a week.",
        "नगर निगम के कर्मचारी हर नेबरहुड में हफ़्ते में दो बार कीटनाशक का छिड़काव कर रहे हैं।",
        [("नेबरहुड", "translit", "neighbourhood")],
        "नगर निगम के कर्मचारी हर मोहल्ले में हफ़्ते में दो बार कीटनाशक का छिड़काव कर रहे हैं।",
    ),
    (
        "Residents have been asked to empty coolers and flower pots every three days.",
        "निवासियों से कहा गया है कि वे हर तीन दिन में कूलर और गमले ख़ाली करें ख़ाली करें।",
        [("ख़ाली करें", "repetition", "empty (repeated)", 1)],
        "निवासियों से कहा गया है कि वे हर तीन दिन में कूलर और गमले ख़ाली करें।",
    ),
    (
        "Ghosh admitted that the city had been asleep at the wheel when the rains came early.",
        "घोष ने माना कि बारिश जल्दी आने पर शहर स्टीयरिंग पर सोया हुआ था।",
        [("स्टीयरिंग पर सोया हुआ था", "idiom-literal", "had been asleep at the wheel")],
        "घोष ने माना कि बारिश जल्दी आने पर शहर लापरवाह बना रहा।",
    ),
    (
        "Fairlamb said the number of cases should fall once the weather turns cooler in November.",
        "सुंदर-मेमना ने कहा कि नवंबर में मौसम ठंडा होने पर मामलों की संख्या घटनी चाहिए।",
        [("सुंदर-मेमना", "name-calque", "Fairlamb")],
        "फ़ेयरलैम्ब ने कहा कि नवंबर में मौसम ठंडा होने पर मामलों की संख्या घटनी चाहिए।",
    ),
]
