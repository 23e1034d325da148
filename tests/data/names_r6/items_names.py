"""Round-6 names held-out check (hand-written 2026-11-28 BEFORE the round-6 HI104/HI503 work and
never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Person names of eleven origins (English, German, Spanish, Italian, French, Dutch, Japanese,
Chinese, Arabic, Swahili, Turkish) whose given name or surname MT translated as a word. When it
was written, none of the full names was in tests/data/heldout_r4, heldout_r5 or names_heldout, and
most surname words (Head, Pepper, Honey, Salt, Glass, Spring, Schneider, Fuchs, Vogel, Lobo,
Flores, Campos, Luz, Leone, Colombo, Petit, Chevalier, de Boer, Mori, Yuki, Amal, Haddad, Baraka,
Demir, Yıldız, Pearl, Misty, Rounds) were in neither name_class_words.tsv nor
name_word_glossary.toml: the set measures the class mechanisms, not the lists.

Clean rows: each flawed row's correct translation, and look-alikes: the same Hindi words used
as words, Indian names that are Hindi words, transliterated foreign names followed by a noun.

    python tests/data/names_r6/build.py
    audit check tests/data/names_r6/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o N6H.jsonl
    python tests/data/names_r6/score.py N6H.jsonl --hindi-only [--show]
    audit check tests/data/names_r6/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N6S.jsonl
    python tests/data/names_r6/score.py N6S.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"

NAMES = [
    # --- English surnames that are words
    F(
        N,
        "Travis Head hit a century in Adelaide.",
        "ट्रैविस सिर ने एडिलेड में शतक जड़ा।",
        [("सिर", "Head")],
        "ट्रैविस हेड ने एडिलेड में शतक जड़ा।",
    ),
    F(
        N,
        "The novelist Nora Pepper will read from her new book in Jaipur.",
        "उपन्यासकार नोरा काली मिर्च जयपुर में अपनी नई किताब से पाठ करेंगी।",
        [("काली मिर्च", "Pepper")],
        "उपन्यासकार नोरा पेपर जयपुर में अपनी नई किताब से पाठ करेंगी।",
    ),
    F(
        N,
        "Coach Gary Honey praised the young defenders.",
        "कोच गैरी शहद ने युवा डिफेंडरों की तारीफ़ की।",
        [("शहद", "Honey")],
        "कोच गैरी हनी ने युवा डिफेंडरों की तारीफ़ की।",
    ),
    F(
        N,
        "Lucy Salt won the 400 metres in record time.",
        "लूसी नमक ने रिकॉर्ड समय में 400 मीटर दौड़ जीती।",
        [("नमक", "Salt")],
        "लूसी सॉल्ट ने रिकॉर्ड समय में 400 मीटर दौड़ जीती।",
    ),
    F(
        N,
        "Detectives questioned Simon Glass on Tuesday.",
        "जासूसों ने मंगलवार को साइमन कांच से पूछताछ की।",
        [("कांच", "Glass")],
        "जासूसों ने मंगलवार को साइमन ग्लास से पूछताछ की।",
    ),
    F(
        N,
        "Actor Owen Spring has joined the cast of the film.",
        "अभिनेता ओवेन वसंत फिल्म की कास्ट में शामिल हो गए हैं।",
        [("वसंत", "Spring")],
        "अभिनेता ओवेन स्प्रिंग फिल्म की कास्ट में शामिल हो गए हैं।",
    ),
    F(
        N,
        "Senator Mike Rounds voted against the bill.",
        "सीनेटर माइक दौरों ने विधेयक के खिलाफ मतदान किया।",
        [("दौरों", "Rounds")],
        "सीनेटर माइक राउंड्स ने विधेयक के खिलाफ मतदान किया।",
    ),
    F(
        N,
        "Governor Josh Green announced relief for Maui.",
        "गवर्नर जोश हरे ने माउई के लिए राहत की घोषणा की।",
        [("हरे", "Green")],
        "गवर्नर जोश ग्रीन ने माउई के लिए राहत की घोषणा की।",
    ),
    F(
        N,
        "Tom Hardy will play a boxer in his next film.",
        "टॉम साहसी अपनी अगली फिल्म में एक मुक्केबाज़ की भूमिका निभाएंगे।",
        [("साहसी", "Hardy")],
        "टॉम हार्डी अपनी अगली फिल्म में एक मुक्केबाज़ की भूमिका निभाएंगे।",
    ),
    # --- English given names that are words
    F(
        N,
        "Destiny Udogie scored the winner.",
        "नियति उडोगी ने विजयी गोल किया।",
        [("नियति", "Destiny")],
        "डेस्टिनी उडोगी ने विजयी गोल किया।",
    ),
    F(
        N,
        "The singer Pearl Adams cancelled her tour.",
        "गायिका मोती एडम्स ने अपना दौरा रद्द कर दिया।",
        [("मोती", "Pearl")],
        "गायिका पर्ल एडम्स ने अपना दौरा रद्द कर दिया।",
    ),
    F(
        N,
        "Ballerina Misty Copeland will dance in Mumbai.",
        "बैलेरीना धुंधली कोपलैंड मुंबई में नृत्य करेंगी।",
        [("धुंधली", "Misty")],
        "बैलेरीना मिस्टी कोपलैंड मुंबई में नृत्य करेंगी।",
    ),
    # --- German
    F(
        N,
        "The club's new coach Markus Schneider signed a two-year contract.",
        "क्लब के नए कोच मार्कस दर्जी ने दो साल के अनुबंध पर हस्ताक्षर किए।",
        [("दर्जी", "Schneider")],
        "क्लब के नए कोच मार्कस श्नाइडर ने दो साल के अनुबंध पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Economist Clemens Fuchs warned of a recession.",
        "अर्थशास्त्री क्लेमेंस लोमड़ी ने मंदी की चेतावनी दी।",
        [("लोमड़ी", "Fuchs")],
        "अर्थशास्त्री क्लेमेंस फुक्स ने मंदी की चेतावनी दी।",
    ),
    F(
        N,
        "Goalkeeper Lukas Vogel saved two penalties.",
        "गोलकीपर लुकास चिड़िया ने दो पेनल्टी बचाईं।",
        [("चिड़िया", "Vogel")],
        "गोलकीपर लुकास फोगल ने दो पेनल्टी बचाईं।",
    ),
    # --- Spanish
    F(
        N,
        "Argentine striker Nicolás Lobo scored twice.",
        "अर्जेंटीना के स्ट्राइकर निकोलस भेड़िया ने दो गोल किए।",
        [("भेड़िया", "Lobo")],
        "अर्जेंटीना के स्ट्राइकर निकोलस लोबो ने दो गोल किए।",
    ),
    F(
        N,
        "Mexican singer Carla Flores performed in Mumbai.",
        "मैक्सिकन गायिका कार्ला फूलों ने मुंबई में प्रस्तुति दी।",
        [("फूलों", "Flores")],
        "मैक्सिकन गायिका कार्ला फ्लोरेस ने मुंबई में प्रस्तुति दी।",
    ),
    F(
        N,
        "Spanish minister Teresa Campos visited the port.",
        "स्पेन की मंत्री टेरेसा खेतों ने बंदरगाह का दौरा किया।",
        [("खेतों", "Campos")],
        "स्पेन की मंत्री टेरेसा कैम्पोस ने बंदरगाह का दौरा किया।",
    ),
    F(
        N,
        "Colombian author Luz Herrera won the prize.",
        "कोलंबियाई लेखिका रोशनी हेरेरा ने पुरस्कार जीता।",
        [("रोशनी", "Luz")],
        "कोलंबियाई लेखिका लूज़ हेरेरा ने पुरस्कार जीता।",
    ),
    # --- Italian
    F(
        N,
        "Italian cyclist Paolo Leone won the stage.",
        "इतालवी साइकिलिस्ट पाओलो शेर ने स्टेज जीती।",
        [("शेर", "Leone")],
        "इतालवी साइकिलिस्ट पाओलो लियोने ने स्टेज जीती।",
    ),
    F(
        N,
        "Defender Luca Colombo was sent off.",
        "डिफेंडर लूका कबूतर को बाहर भेज दिया गया।",
        [("कबूतर", "Colombo")],
        "डिफेंडर लूका कोलंबो को बाहर भेज दिया गया।",
    ),
    # --- French
    F(
        N,
        "French defender Julien Petit is injured.",
        "फ्रांसीसी डिफेंडर जूलियन छोटा घायल हैं।",
        [("छोटा", "Petit")],
        "फ्रांसीसी डिफेंडर जूलियन पेटिट घायल हैं।",
    ),
    F(
        N,
        "Singer Élodie Chevalier's new album is out today.",
        "गायिका एलोडी शूरवीर का नया एल्बम आज रिलीज़ हुआ।",
        [("शूरवीर", "Chevalier")],
        "गायिका एलोडी शेवालिए का नया एल्बम आज रिलीज़ हुआ।",
    ),
    # --- Dutch
    F(
        N,
        "Dutch skater Sven de Boer won gold.",
        "डच स्केटर स्वेन डी किसान ने स्वर्ण जीता।",
        [("किसान", "Boer")],
        "डच स्केटर स्वेन डी बूर ने स्वर्ण जीता।",
    ),
    # --- Japanese
    F(
        N,
        "Japanese sprinter Kenji Mori broke the national record.",
        "जापानी धावक केंजी जंगल ने राष्ट्रीय रिकॉर्ड तोड़ा।",
        [("जंगल", "Mori")],
        "जापानी धावक केंजी मोरी ने राष्ट्रीय रिकॉर्ड तोड़ा।",
    ),
    F(
        N,
        "Figure skater Yuki Tanaka finished second.",
        "फ़िगर स्केटर बर्फ़ तनाका दूसरे स्थान पर रहीं।",
        [("बर्फ़", "Yuki")],
        "फ़िगर स्केटर युकी तनाका दूसरे स्थान पर रहीं।",
    ),
    # --- Chinese
    F(
        N,
        "Chinese actress Bai Lu's new series is a hit.",
        "चीनी अभिनेत्री सफ़ेद लू की नई सीरीज़ हिट हो गई है।",
        [("सफ़ेद", "Bai")],
        "चीनी अभिनेत्री बाई लू की नई सीरीज़ हिट हो गई है।",
    ),
    # --- Arabic
    F(
        N,
        "Lawyer Amal Clooney addressed the tribunal.",
        "वकील आशा क्लूनी ने न्यायाधिकरण को संबोधित किया।",
        [("आशा", "Amal")],
        "वकील अमल क्लूनी ने न्यायाधिकरण को संबोधित किया।",
    ),
    F(
        N,
        "Lebanese singer Nadia Haddad gave a concert in Beirut.",
        "लेबनानी गायिका नादिया लोहार ने बेरूत में कॉन्सर्ट किया।",
        [("लोहार", "Haddad")],
        "लेबनानी गायिका नादिया हद्दाद ने बेरूत में कॉन्सर्ट किया।",
    ),
    # --- Swahili
    F(
        N,
        "Kenyan runner Baraka Otieno won the marathon.",
        "केन्याई धावक आशीर्वाद ओटिएनो ने मैराथन जीती।",
        [("आशीर्वाद", "Baraka")],
        "केन्याई धावक बराका ओटिएनो ने मैराथन जीती।",
    ),
    # --- Turkish
    F(
        N,
        "Turkish defender Emre Demir signed for Galatasaray.",
        "तुर्की के डिफेंडर एमरे लोहा ने गलातासराय के साथ करार किया।",
        [("लोहा", "Demir")],
        "तुर्की के डिफेंडर एमरे देमीर ने गलातासराय के साथ करार किया।",
    ),
    F(
        N,
        "Elif Yıldız's new series starts on Monday.",
        "एलिफ़ तारा की नई सीरीज़ सोमवार से शुरू होगी।",
        [("तारा", "Yıldız")],
        "एलिफ़ यिलदिज़ की नई सीरीज़ सोमवार से शुरू होगी।",
    ),
]

NAME_LOOKALIKES = [
    # the same words used as words
    C(L, "The child was hurt on the head.", "बच्चे के सिर पर चोट लगी।"),
    C(L, "Prices of salt stayed stable.", "नमक के दाम स्थिर रहे।"),
    C(L, "Adulterated honey was seized at the market.", "बाज़ार में मिलावटी शहद ज़ब्त किया गया।"),
    C(L, "The window glass broke in the storm.", "तूफ़ान में खिड़की का कांच टूट गया।"),
    C(L, "Mustard fields turn yellow in spring.", "वसंत में सरसों के खेत पीले हो जाते हैं।"),
    C(L, "The tailor stitched the kurta in a day.", "दर्जी ने एक दिन में कुर्ता सिल दिया।"),
    C(L, "A fox got into the chicken coop.", "एक लोमड़ी मुर्गियों के बाड़े में घुस गई।"),
    C(L, "A wolf was seen near the village.", "गांव के पास एक भेड़िया देखा गया।"),
    C(L, "The temple was decorated with flowers.", "मंदिर को फूलों से सजाया गया।"),
    C(L, "Rain flooded the fields.", "बारिश से खेतों में पानी भर गया।"),
    C(L, "The lion in the zoo fell ill.", "चिड़ियाघर का शेर बीमार पड़ गया।"),
    C(L, "Pigeons sat on the roof.", "छत पर कबूतर बैठे थे।"),
    C(L, "The blacksmith made a new spade.", "लोहार ने नई कुदाल बनाई।"),
    C(L, "Iron and steel prices rose.", "लोहा और इस्पात महंगे हो गए।"),
    C(L, "A fire broke out in the forest.", "जंगल में आग लग गई।"),
    C(L, "Destiny played a cruel joke on him.", "नियति ने उसके साथ क्रूर मज़ाक किया।"),
    C(L, "We hope the talks will succeed.", "आशा है कि बातचीत सफल होगी।"),
    C(L, "The farmer sold onions at the market.", "किसान ने मंडी में प्याज बेचा।"),
    # Indian names that are Hindi words
    C(L, "Singer Asha Bhosle celebrated her birthday.", "गायिका आशा भोसले ने अपना जन्मदिन मनाया।"),
    C(L, "Actress Tara Sutaria has signed a new film.", "अभिनेत्री तारा सुतारिया ने नई फिल्म साइन की है।"),
    C(L, "Writer Kiran Desai will speak at the festival.", "लेखिका किरण देसाई महोत्सव में बोलेंगी।"),
    C(L, "Bowler Deepak Chahar took three wickets.", "गेंदबाज़ दीपक चाहर ने तीन विकेट लिए।"),
    C(L, "Roshni Nadar chairs the company.", "रोशनी नादर कंपनी की अध्यक्ष हैं।"),
    C(L, "Actor Sunny Deol's film crossed 500 crore.", "अभिनेता सनी देओल की फिल्म ने 500 करोड़ पार किए।"),
    C(L, "Poet Harivansh Rai Bachchan wrote Madhushala.", "कवि हरिवंश राय बच्चन ने मधुशाला लिखी।"),
    # foreign names written out, followed by a common noun
    C(L, "James will join the team tomorrow.", "जेम्स कल टीम से जुड़ेंगे।"),
    C(L, "Maria reached the office in the morning.", "मारिया सुबह दफ़्तर पहुंचीं।"),
    C(L, "David was reading a book.", "डेविड किताब पढ़ रहे थे।"),
    C(L, "Robert went fishing.", "रॉबर्ट मछली पकड़ने गए।"),
    C(L, "Coach Gary Kirsten praised the team.", "कोच गैरी कर्स्टन ने टीम की तारीफ़ की।"),
    C(L, "Laura went to fetch water.", "लॉरा पानी लेने गई।"),
    C(L, "Peter Smith's family lives in Goa.", "पीटर स्मिथ का परिवार गोवा में रहता है।"),
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
