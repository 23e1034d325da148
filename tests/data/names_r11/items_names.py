"""Round-11 names held-out check (hand-written 2026-11-28 BEFORE the round-11 HI101/HI104/HI105/HI503/
HI504/HI514 work and never edited to fit; report numbers on it, do not tune on it). Licence:
Apache-2.0.

Person names whose surname (or mononym) MT rendered as a Hindi word: German, English, Spanish,
Italian, French, Russian, Dutch, Japanese compounds and single words (पत्थर-नाला, हरा-जंगल, बुलबुल,
गड़रिया, लोमड़ी, सांड, झरना, मछुआरा, कसाई, गौरैया, मुहर, भालू, किसान), with and without a title,
sentence-initial, and in an oblique plural.

Clean rows: each flawed row's correct translation, and new members of the round-10 false-positive
families: a person word or title before an East-Asian one-syllable name (विजेता हान), a Hindi
ADJECTIVE before a noun at the start of a sentence (त्योहारी मांग), Indian names whose parts are
Hindi words (अमन सहरावत), and a repeated-looking weekday with the source (शनिवार).

    python tests/data/names_r11/build.py
    audit check tests/data/names_r11/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o N11H.jsonl
    python tests/data/names_r11/score.py N11H.jsonl --hindi-only [--show]
    audit check tests/data/names_r11/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N11S.jsonl
    python tests/data/names_r11/score.py N11S.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"

NAMES = [
    F(
        N,
        "Coach Helmut Steinbach resigned after the defeat.",
        "कोच हेल्मुट पत्थर-नाला ने हार के बाद इस्तीफ़ा दे दिया।",
        [("पत्थर-नाला", "Steinbach")],
        "कोच हेल्मुट श्टाइनबाख़ ने हार के बाद इस्तीफ़ा दे दिया।",
    ),
    F(
        N,
        "Novelist Graham Greenwood won the prize.",
        "उपन्यासकार ग्राहम हरा-जंगल ने पुरस्कार जीता।",
        [("हरा-जंगल", "Greenwood")],
        "उपन्यासकार ग्राहम ग्रीनवुड ने पुरस्कार जीता।",
    ),
    F(
        N,
        "Minister Colin Fairweather opened the new bridge.",
        "मंत्री कॉलिन अच्छा-मौसम ने नए पुल का उद्घाटन किया।",
        [("अच्छा-मौसम", "Fairweather")],
        "मंत्री कॉलिन फ़ेयरवेदर ने नए पुल का उद्घाटन किया।",
    ),
    F(
        N,
        "Singer Joanna Nightingale performed in Delhi.",
        "गायिका जोआना बुलबुल ने दिल्ली में प्रस्तुति दी।",
        [("बुलबुल", "Nightingale")],
        "गायिका जोआना नाइटिंगेल ने दिल्ली में प्रस्तुति दी।",
    ),
    F(
        N,
        "Judge Howard Shepherd dismissed the case.",
        "न्यायाधीश हॉवर्ड गड़रिया ने मामला ख़ारिज कर दिया।",
        [("गड़रिया", "Shepherd")],
        "न्यायाधीश हॉवर्ड शेफ़र्ड ने मामला ख़ारिज कर दिया।",
    ),
    F(
        N,
        "Captain Emma Fox scored twice in the final.",
        "कप्तान एम्मा लोमड़ी फ़ाइनल में दो गोल किए।",
        [("लोमड़ी", "Fox")],
        "कप्तान एम्मा फ़ॉक्स ने फ़ाइनल में दो गोल किए।",
    ),
    F(
        N,
        "Goalkeeper Diego Toro saved a penalty.",
        "गोलकीपर डिएगो सांड ने एक पेनल्टी रोकी।",
        [("सांड", "Toro")],
        "गोलकीपर डिएगो टोरो ने एक पेनल्टी रोकी।",
    ),
    F(
        N,
        "Painter Luca Fontana opened an exhibition in Milan.",
        "चित्रकार लूका झरना ने मिलान में प्रदर्शनी लगाई।",
        [("झरना", "Fontana")],
        "चित्रकार लूका फ़ोंताना ने मिलान में प्रदर्शनी लगाई।",
    ),
    F(
        N,
        "Mayor Claire Leblanc announced a new park.",
        "महापौर क्लेयर सफ़ेद ने एक नए पार्क की घोषणा की।",
        [("सफ़ेद", "Leblanc")],
        "महापौर क्लेयर लेब्लां ने एक नए पार्क की घोषणा की।",
    ),
    F(
        N,
        "Striker Stefan Fischer signed a new contract.",
        "स्ट्राइकर स्टेफ़ान मछुआरा नए अनुबंध पर हस्ताक्षर किए।",
        [("मछुआरा", "Fischer")],
        "स्ट्राइकर स्टेफ़ान फ़िशर ने नए अनुबंध पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Banker Neil Butcher was arrested in London.",
        "बैंकर नील कसाई को लंदन में गिरफ़्तार किया गया।",
        [("कसाई", "Butcher")],
        "बैंकर नील बुचर को लंदन में गिरफ़्तार किया गया।",
    ),
    F(
        N,
        "Ruth Sparrow teaches music in Leeds.",
        "रूथ गौरैया लीड्स में संगीत सिखाती हैं।",
        [("गौरैया", "Sparrow")],
        "रूथ स्पैरो लीड्स में संगीत सिखाती हैं।",
    ),
    F(
        N,
        "Singer Seal released a new album.",
        "गायक मुहर ने नया एल्बम जारी किया।",
        [("मुहर", "Seal")],
        "गायक सील ने नया एल्बम जारी किया।",
    ),
    F(
        N,
        "Fans cheered for Tom Bridges at the stadium.",
        "स्टेडियम में प्रशंसकों ने टॉम पुलों के लिए तालियां बजाईं।",
        [("पुलों", "Bridges")],
        "स्टेडियम में प्रशंसकों ने टॉम ब्रिजेस के लिए तालियां बजाईं।",
    ),
    F(
        N,
        "Director Hiroshi Yamamoto finished his new film.",
        "निर्देशक हिरोशी पहाड़-तल ने अपनी नई फ़िल्म पूरी की।",
        [("पहाड़-तल", "Yamamoto")],
        "निर्देशक हिरोशी यामामोतो ने अपनी नई फ़िल्म पूरी की।",
    ),
    F(
        N,
        "Chess player Ivan Medvedev won the tournament.",
        "शतरंज खिलाड़ी इवान भालू ने टूर्नामेंट जीता।",
        [("भालू", "Medvedev")],
        "शतरंज खिलाड़ी इवान मेदवेदेव ने टूर्नामेंट जीता।",
    ),
    F(
        N,
        "Cyclist Pieter de Boer won the stage.",
        "साइकिल चालक पीटर डी किसान ने चरण जीता।",
        [("किसान", "Boer")],
        "साइकिल चालक पीटर डी बूर ने चरण जीता।",
    ),
    F(
        N,
        "Senator Diane Whitehouse introduced the bill.",
        "सीनेटर डायने सफ़ेद-घर ने विधेयक पेश किया।",
        [("सफ़ेद-घर", "Whitehouse")],
        "सीनेटर डायने व्हाइटहाउस ने विधेयक पेश किया।",
    ),
    F(
        N,
        "Actress Holly Hunter won an award.",
        "अभिनेत्री हॉली शिकारी ने एक पुरस्कार जीता।",
        [("शिकारी", "Hunter")],
        "अभिनेत्री हॉली हंटर ने एक पुरस्कार जीता।",
    ),
    F(
        N,
        "Scientist Martin Kirchhof presented the results.",
        "वैज्ञानिक मार्टिन चर्च-आंगन नतीजे पेश किए।",
        [("चर्च-आंगन", "Kirchhof")],
        "वैज्ञानिक मार्टिन किर्खहॉफ़ ने नतीजे पेश किए।",
    ),
]

NAME_LOOKALIKES = [
    # a person word or title before an East-Asian one-syllable name (the name is right)
    C(L, "Writer Mo Yan visited the book fair.", "लेखक मो यान ने पुस्तक मेले का दौरा किया।"),
    C(L, "Champion Li Na retired from tennis.", "चैंपियन ली ना ने टेनिस से संन्यास लिया।"),
    C(L, "Sprinter Su Bingtian ran in the relay.", "धावक सू बिंगतियान रिले में दौड़े।"),
    C(L, "Olympic medallist Kim Yuna skated at the gala.", "ओलंपिक पदक विजेता किम युना ने समारोह में स्केटिंग की।"),
    C(L, "Director Bong Joon-ho spoke to students.", "निर्देशक बोंग जून-हो ने छात्रों से बात की।"),
    # a Hindi adjective before a noun at the start of a sentence
    C(L, "Seasonal sales rose in October.", "मौसमी बिक्री अक्टूबर में बढ़ी।"),
    C(L, "Rural demand improved this year.", "ग्रामीण मांग में इस साल सुधार हुआ।"),
    C(L, "Urban unemployment fell slightly.", "शहरी बेरोज़गारी थोड़ी घटी।"),
    C(L, "Government purchases of wheat began on Monday.", "सरकारी ख़रीद सोमवार से शुरू हुई।"),
    C(L, "The hill road was closed after the landslide.", "पहाड़ी सड़क भूस्खलन के बाद बंद कर दी गई।"),
    C(L, "Monsoon rains lifted farm output.", "मानसूनी बारिश से कृषि उत्पादन बढ़ा।"),
    # Indian names whose parts are Hindi words
    C(L, "Wrestler Deepak Punia won a silver medal.", "पहलवान दीपक पूनिया ने रजत पदक जीता।"),
    C(L, "Boxer Sagar Dhankhar reached the final.", "मुक्केबाज़ सागर धनखड़ फ़ाइनल में पहुंचे।"),
    C(L, "Shooter Suraj Chauhan set a record.", "निशानेबाज़ सूरज चौहान ने रिकॉर्ड बनाया।"),
    C(L, "Kiran Bedi addressed the police cadets.", "किरण बेदी ने पुलिस कैडेटों को संबोधित किया।"),
    C(L, "Actor Kamal Haasan released a trailer.", "अभिनेता कमल हासन ने ट्रेलर जारी किया।"),
    C(L, "Farmer Heera Lal sold his crop in the mandi.", "किसान हीरा लाल ने मंडी में अपनी फ़सल बेची।"),
    C(L, "Prakash Padukone opened a badminton academy.", "प्रकाश पादुकोण ने बैडमिंटन अकादमी खोली।"),
    # a weekday with the source (no repetition, no name)
    C(L, "The library will stay closed on Sundays.", "पुस्तकालय रविवार को बंद रहेगा।"),
    C(L, "The market opens early on Tuesdays.", "बाज़ार मंगलवार को जल्दी खुलता है।"),
    # Hindi words right after a foreign given name (words, not surnames)
    C(L, "Helmut carried a stone to the stream.", "हेल्मुट एक पत्थर नाले तक ले गए।"),
    C(L, "Joanna heard a nightingale at dawn.", "जोआना ने सुबह बुलबुल की आवाज़ सुनी।"),
    C(L, "Emma saw a fox near the farm.", "एम्मा ने खेत के पास एक लोमड़ी देखी।"),
]

TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
