"""Round-16 names held-out items (hand-written 2026-11-29 08:15 UTC BEFORE any round-16 work on the
name rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): a person's name rendered as Hindi words --
mononyms and stage names after a role noun or a possessive (English words), surnames with
particles (del, de la, van der, van den, ten, dos, Al-), East-Asian given names rendered syllable by
syllable (Chinese, Japanese, Korean, Vietnamese), African and Arabic names with a meaning (Yoruba,
Zulu, Swahili, Igbo, Arabic), compound and plain surnames that are words (English, German, Polish,
French, Spanish, Italian).
Clean rows: each flawed row's correct translation (`c-`), and look-alikes (`l-`): Indian names
whose parts are Hindi words after a role noun (आकाश, चंद्रिका, मोती, सूरज, नीलम), foreign names whose
Devanagari reading is a Hindi word (नारा, दादा, मीना), honorifics and titles in the slot (श्री, शेख़,
डॉ.), epithets Hindi translates (इवान भयानक, रिचर्ड शेरदिल), and the flawed rows' Hindi words in
their plain sense next to a transliterated name.
None of the English names was in the dev lines (/tmp/r16/dev_src.jsonl) or tests/data when written
(checked by grep).

    python tests/data/names_r16/build.py
    audit check tests/data/names_r16/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N.jsonl
    python tests/data/names_r16/score.py N.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
LN = "name"

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

NAMES = [
    # mononyms and stage names (English words)
    F(
        N,
        "The rapper Blizzard performed in Mumbai last night.",
        "रैपर बर्फ़ीला-तूफ़ान ने कल रात मुंबई में प्रस्तुति दी।",
        [("बर्फ़ीला-तूफ़ान", "Blizzard")],
        "रैपर ब्लिज़र्ड ने कल रात मुंबई में प्रस्तुति दी।",
    ),
    F(
        N,
        "Singer Marigold sang three songs at the festival.",
        "गायिका गेंदा ने उत्सव में तीन गीत गाए।",
        [("गेंदा", "Marigold")],
        "गायिका मैरीगोल्ड ने उत्सव में तीन गीत गाए।",
    ),
    F(
        N,
        "The DJ Kestrel closed the show.",
        "डीजे बाज़ ने शो का समापन किया।",
        [("बाज़", "Kestrel")],
        "डीजे केस्ट्रल ने शो का समापन किया।",
    ),
    F(
        N,
        "Comedian Turnip joked about the traffic.",
        "हास्य कलाकार शलजम ने यातायात पर मज़ाक किया।",
        [("शलजम", "Turnip")],
        "हास्य कलाकार टर्निप ने यातायात पर मज़ाक किया।",
    ),
    F(
        N,
        "The wrestler Boulder won the title belt.",
        "पहलवान शिलाखंड ने खिताबी बेल्ट जीती।",
        [("शिलाखंड", "Boulder")],
        "पहलवान बोल्डर ने खिताबी बेल्ट जीती।",
    ),
    F(
        N,
        "Cinder's new album sold out in a day.",
        "अंगारे के नए एल्बम की सारी प्रतियाँ एक दिन में बिक गईं।",
        [("अंगारे", "Cinder")],
        "सिंडर के नए एल्बम की सारी प्रतियाँ एक दिन में बिक गईं।",
    ),
    F(
        N,
        "Drummer Rusty Nail joined the band in 2019.",
        "ड्रमर जंग-लगी कील 2019 में बैंड में शामिल हुए।",
        [("जंग-लगी कील", "Rusty Nail")],
        "ड्रमर रस्टी नेल 2019 में बैंड में शामिल हुए।",
    ),
    # particles
    F(
        N,
        "Striker Pablo del Río scored twice.",
        "स्ट्राइकर पाब्लो नदी ने दो गोल किए।",
        [("नदी", "del Río")],
        "स्ट्राइकर पाब्लो देल रियो ने दो गोल किए।",
    ),
    F(
        N,
        "Architect Manuel de la Torre designed the bridge.",
        "वास्तुकार मानुएल मीनार ने पुल का डिज़ाइन बनाया।",
        [("मीनार", "de la Torre")],
        "वास्तुकार मानुएल दे ला तोर्रे ने पुल का डिज़ाइन बनाया।",
    ),
    F(
        N,
        "Minister Joost van der Berg resigned on Friday.",
        "मंत्री योस्त पहाड़ ने शुक्रवार को इस्तीफ़ा दे दिया।",
        [("पहाड़", "van der Berg")],
        "मंत्री योस्त फ़ान डेर बर्ग ने शुक्रवार को इस्तीफ़ा दे दिया।",
    ),
    F(
        N,
        "Cyclist Dirk ten Brink won the third stage.",
        "साइकिल चालक डिर्क दस किनारा ने तीसरा चरण जीता।",
        [("दस किनारा", "ten Brink")],
        "साइकिल चालक डिर्क टेन ब्रिंक ने तीसरा चरण जीता।",
    ),
    F(
        N,
        "Judge Femke van den Bosch read the verdict.",
        "न्यायाधीश फ़ेमके जंगल ने फ़ैसला पढ़ा।",
        [("जंगल", "van den Bosch")],
        "न्यायाधीश फ़ेमके फ़ान डेन बॉस ने फ़ैसला पढ़ा।",
    ),
    F(
        N,
        "Defender Nasser Al-Qamar was sent off.",
        "डिफ़ेंडर नासिर चाँद को मैदान से बाहर भेज दिया गया।",
        [("चाँद", "Al-Qamar")],
        "डिफ़ेंडर नासिर अल-क़मर को मैदान से बाहर भेज दिया गया।",
    ),
    F(
        N,
        "Painter João dos Anjos opened a gallery in Porto.",
        "चित्रकार जोआओ फ़रिश्ते ने पोर्तो में एक गैलरी खोली।",
        [("फ़रिश्ते", "dos Anjos")],
        "चित्रकार जोआओ दोस आंजोस ने पोर्तो में एक गैलरी खोली।",
    ),
    # East-Asian given names
    F(
        N,
        "Swimmer Wang Xiaoyu broke the national record.",
        "तैराक वांग छोटी-बारिश ने राष्ट्रीय रिकॉर्ड तोड़ा।",
        [("छोटी-बारिश", "Xiaoyu")],
        "तैराक वांग शियाओयू ने राष्ट्रीय रिकॉर्ड तोड़ा।",
    ),
    F(
        N,
        "Chen Yuelan won the women's singles title.",
        "चेन चाँद-कमल ने महिला एकल खिताब जीता।",
        [("चाँद-कमल", "Yuelan")],
        "चेन युएलान ने महिला एकल खिताब जीता।",
    ),
    F(
        N,
        "Climber Yuna Matsuoka reached the summit.",
        "पर्वतारोही युना चीड़-पहाड़ी चोटी पर पहुँचीं।",
        [("चीड़-पहाड़ी", "Matsuoka")],
        "पर्वतारोही युना मात्सुओका चोटी पर पहुँचीं।",
    ),
    F(
        N,
        "Pitcher Ren Koizumi struck out nine batters.",
        "पिचर रेन छोटा-झरना ने नौ बल्लेबाज़ों को आउट किया।",
        [("छोटा-झरना", "Koizumi")],
        "पिचर रेन कोइज़ुमी ने नौ बल्लेबाज़ों को आउट किया।",
    ),
    F(
        N,
        "Singer Kim Haneul released her debut single.",
        "गायिका किम आसमान ने अपना पहला सिंगल जारी किया।",
        [("आसमान", "Haneul")],
        "गायिका किम हानेउल ने अपना पहला सिंगल जारी किया।",
    ),
    F(
        N,
        "Poet Tran Thu Huong read at the book fair.",
        "कवयित्री त्रान पतझड़-सुगंध ने पुस्तक मेले में कविता पढ़ी।",
        [("पतझड़-सुगंध", "Thu Huong")],
        "कवयित्री त्रान थू हुओंग ने पुस्तक मेले में कविता पढ़ी।",
    ),
    # African and Arabic names with a meaning
    F(
        N,
        "Minister Thandeka Mthembu visited the clinic.",
        "मंत्री प्यारी म्थेम्बु ने क्लिनिक का दौरा किया।",
        [("प्यारी", "Thandeka")],
        "मंत्री थान्डेका म्थेम्बु ने क्लिनिक का दौरा किया।",
    ),
    F(
        N,
        "Runner Zawadi Otieno led from the start.",
        "धावक तोहफ़ा ओटिएनो शुरुआत से आगे रहे।",
        [("तोहफ़ा", "Zawadi")],
        "धावक ज़वादी ओटिएनो शुरुआत से आगे रहे।",
    ),
    F(
        N,
        "Novelist Chinonso Eze signed copies of her book.",
        "उपन्यासकार भगवान-पास-है एज़े ने अपनी किताब की प्रतियों पर हस्ताक्षर किए।",
        [("भगवान-पास-है", "Chinonso")],
        "उपन्यासकार चिनोन्सो एज़े ने अपनी किताब की प्रतियों पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Midfielder Ifeoluwa Bankole signed a new contract.",
        "मिडफ़ील्डर ईश्वर-का-प्रेम बैंकोले ने नए अनुबंध पर हस्ताक्षर किए।",
        [("ईश्वर-का-प्रेम", "Ifeoluwa")],
        "मिडफ़ील्डर इफ़ेओलुवा बैंकोले ने नए अनुबंध पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Ambassador Karim Al-Najjar met the foreign secretary.",
        "राजदूत करीम बढ़ई ने विदेश सचिव से मुलाक़ात की।",
        [("बढ़ई", "Al-Najjar")],
        "राजदूत करीम अल-नज्जार ने विदेश सचिव से मुलाक़ात की।",
    ),
    # compound and plain surnames that are words
    F(
        N,
        "Historian Clara Whitethorn wrote about the canal.",
        "इतिहासकार क्लारा सफ़ेद-काँटा ने नहर के बारे में लिखा।",
        [("सफ़ेद-काँटा", "Whitethorn")],
        "इतिहासकार क्लारा व्हाइटथॉर्न ने नहर के बारे में लिखा।",
    ),
    F(
        N,
        "Author Toby Snowdrop signed books at the shop.",
        "लेखक टोबी बर्फ़-की-बूँद ने दुकान पर किताबों पर हस्ताक्षर किए।",
        [("बर्फ़-की-बूँद", "Snowdrop")],
        "लेखक टोबी स्नोड्रॉप ने दुकान पर किताबों पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Conductor Jonas Vogelsang led the orchestra.",
        "संचालक योनास चिड़िया-गीत ने ऑर्केस्ट्रा का नेतृत्व किया।",
        [("चिड़िया-गीत", "Vogelsang")],
        "संचालक योनास फ़ोगेलज़ांग ने ऑर्केस्ट्रा का नेतृत्व किया।",
    ),
    F(
        N,
        "Goalkeeper Piotr Czapla saved a penalty.",
        "गोलकीपर प्योत्र बगुला ने एक पेनल्टी बचाई।",
        [("बगुला", "Czapla")],
        "गोलकीपर प्योत्र चाप्ला ने एक पेनल्टी बचाई।",
    ),
    F(
        N,
        "Designer Lucie Bellefleur showed her spring collection.",
        "डिज़ाइनर लूसी सुंदर-फूल ने अपना वसंत संग्रह दिखाया।",
        [("सुंदर-फूल", "Bellefleur")],
        "डिज़ाइनर लूसी बेलफ़्लर ने अपना वसंत संग्रह दिखाया।",
    ),
    F(
        N,
        "Police chief Ramón García Lobo spoke to reporters.",
        "पुलिस प्रमुख रामोन गार्सिया भेड़िया ने पत्रकारों से बात की।",
        [("भेड़िया", "Lobo")],
        "पुलिस प्रमुख रामोन गार्सिया लोबो ने पत्रकारों से बात की।",
    ),
    F(
        N,
        "Chef Marco Formaggio cooked for the guests.",
        "शेफ़ मार्को पनीर ने मेहमानों के लिए खाना बनाया।",
        [("पनीर", "Formaggio")],
        "शेफ़ मार्को फ़ोर्माज्जो ने मेहमानों के लिए खाना बनाया।",
    ),
]

NAME_LOOKALIKES = [
    C(LN, "Actor Aakash Verma won the award.", "अभिनेता आकाश वर्मा ने पुरस्कार जीता।"),
    C(LN, "Singer Chandrika Rao sang at the wedding.", "गायिका चंद्रिका राव ने शादी में गाया।"),
    C(LN, "Coach Moti Ram picked the team.", "कोच मोती राम ने टीम चुनी।"),
    C(LN, "Mayor Suraj Patil opened the new road.", "महापौर सूरज पाटिल ने नई सड़क का उद्घाटन किया।"),
    C(LN, "Dancer Neelam Kothari performed in Pune.", "नर्तकी नीलम कोठारी ने पुणे में प्रस्तुति दी।"),
    C(LN, "Singer Kim Nara sang at the concert.", "गायिका किम नारा ने संगीत समारोह में गाया।"),
    C(LN, "Forward Kofi Dada scored the equaliser.", "फ़ॉरवर्ड कोफ़ी दादा ने बराबरी का गोल किया।"),
    C(LN, "Nurse Mina Sato cared for the children.", "नर्स मीना सातो ने बच्चों की देखभाल की।"),
    C(LN, "Mr Nakagawa will lead the delegation.", "श्री नाकागावा प्रतिनिधिमंडल का नेतृत्व करेंगे।"),
    C(LN, "Sheikh Hamad opened the stadium.", "शेख़ हमद ने स्टेडियम का उद्घाटन किया।"),
    C(LN, "Dr Amara Nwosu treated the patients.", "डॉ. अमारा न्वोसू ने मरीज़ों का इलाज किया।"),
    C(LN, "Ivan the Terrible was crowned in 1547.", "इवान भयानक का राज्याभिषेक 1547 में हुआ।"),
    C(LN, "Richard the Lionheart led the crusade.", "रिचर्ड शेरदिल ने धर्मयुद्ध का नेतृत्व किया।"),
    C(
        LN,
        "Falconer Pedro Alves trained a young falcon.",
        "बाज़ प्रशिक्षक पेद्रो आल्वेस ने एक युवा बाज़ को प्रशिक्षित किया।",
    ),
    C(LN, "Swimmer Liu Yang swam in the rain.", "तैराक ल्यू यांग ने बारिश में तैराकी की।"),
    C(LN, "The carpenter Omar Farouk built the door.", "बढ़ई उमर फ़ारूक़ ने दरवाज़ा बनाया।"),
]
