"""Round-21 titles items (hand-written 2026-11-29 21:40 UTC BEFORE any round-21 work on the title
rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): titles of works, brands, bands, ships,
restaurants and festivals whose words were translated into Hindi dictionary words, outside any
sport frame — the kinds round 20 left (docs/quality.md, "Titles, round 20"): a work after its kind
noun (फ़िल्म, उपन्यास, गीत, एल्बम, सीरीज़, जहाज़, टैंकर, रेस्तरां, ब्रांड, बैंड, उत्सव, अख़बार),
often with a foreign maker or a nationality before it; a quoted title; a title right after its
maker's genitive with no kind noun; a common-noun phrase in a proper-name slot (the subject of
जीता, लॉन्च किया, रिलीज़ हुई; the possessor of शेयर, सीईओ, ट्रेलर, सीज़न). Each has its correct
translation (`c-`, the name transliterated). Clean look-alikes (`l-`): Hindi works, brands and
papers whose names are Hindi words after the same kind nouns and makers' genitives, foreign works
transliterated in the same frames, foreign classics whose Hindi titles Hindi itself writes
(युद्ध और शांति, मेरा संघर्ष), Indian ships and restaurants with Hindi names, and the flawed
rows' words in their plain sense. None of the English names was in the dev lines
(/tmp/r21/dev_src.jsonl) or tests/data items when written (checked by grep).

    python tests/data/titles_r21/build.py
    audit check tests/data/titles_r21/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o T.jsonl
    python tests/data/titles_r21/score.py T.jsonl [--show] [--hindi-only]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

T = "title-calque"
LT = "title"

NAMES: list = []
IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []

TITLES = [
    # a work after its kind noun, a foreign maker or nationality before it
    F(
        T,
        "The Hollywood film Gravity was shot in London.",
        "हॉलीवुड फ़िल्म गुरुत्वाकर्षण की शूटिंग लंदन में हुई थी।",
        [("गुरुत्वाकर्षण", "Gravity")],
        "हॉलीवुड फ़िल्म ग्रैविटी की शूटिंग लंदन में हुई थी।",
    ),
    F(
        T,
        "Christopher Nolan's film Inception earned 800 million dollars.",
        "क्रिस्टोफ़र नोलन की फ़िल्म आरंभ ने 80 करोड़ डॉलर कमाए।",
        [("आरंभ", "Inception")],
        "क्रिस्टोफ़र नोलन की फ़िल्म इंसेप्शन ने 80 करोड़ डॉलर कमाए।",
    ),
    F(
        T,
        "Coldplay's album Ghost Stories was released in May.",
        "कोल्डप्ले का एल्बम भूत कहानियाँ मई में जारी हुआ।",
        [("भूत कहानियाँ", "Ghost Stories")],
        "कोल्डप्ले का एल्बम घोस्ट स्टोरीज़ मई में जारी हुआ।",
    ),
    F(
        T,
        "The British band Blur performed in Mumbai.",
        "ब्रिटिश बैंड धुंधला ने मुंबई में प्रस्तुति दी।",
        [("धुंधला", "Blur")],
        "ब्रिटिश बैंड ब्लर ने मुंबई में प्रस्तुति दी।",
    ),
    F(
        T,
        "The American novel Gone Girl was made into a film.",
        "अमेरिकी उपन्यास गई हुई लड़की पर फ़िल्म बनी।",
        [("गई हुई लड़की", "Gone Girl")],
        "अमेरिकी उपन्यास गॉन गर्ल पर फ़िल्म बनी।",
    ),
    F(
        T,
        "The tanker Front Altair caught fire in the Gulf of Oman.",
        "टैंकर सामने अल्टेयर में ओमान की खाड़ी में आग लग गई।",
        [("सामने", "Front")],
        "टैंकर फ़्रंट अल्टेयर में ओमान की खाड़ी में आग लग गई।",
    ),
    F(
        T,
        "The Thai restaurant Blue Elephant opened in Delhi.",
        "थाई रेस्तरां नीला हाथी दिल्ली में खुल गया।",
        [("नीला हाथी", "Blue Elephant")],
        "थाई रेस्तरां ब्लू एलिफ़ेंट दिल्ली में खुल गया।",
    ),
    F(
        T,
        "The British clothing brand Superdry opened a store in Pune.",
        "ब्रिटिश कपड़ा ब्रांड अति-सूखा ने पुणे में स्टोर खोला।",
        [("अति-सूखा", "Superdry")],
        "ब्रिटिश कपड़ा ब्रांड सुपरड्राई ने पुणे में स्टोर खोला।",
    ),
    F(
        T,
        "The Korean series Sweet Home is back for a new season.",
        "कोरियाई सीरीज़ मीठा घर नए सीज़न के साथ लौटी है।",
        [("मीठा घर", "Sweet Home")],
        "कोरियाई सीरीज़ स्वीट होम नए सीज़न के साथ लौटी है।",
    ),
    F(
        T,
        "The Belgian festival Tomorrowland sold out in an hour.",
        "बेल्जियम के उत्सव कल की धरती के सारे टिकट एक घंटे में बिक गए।",
        [("कल की धरती", "Tomorrowland")],
        "बेल्जियम के उत्सव टुमॉरोलैंड के सारे टिकट एक घंटे में बिक गए।",
    ),
    F(
        T,
        "The American chain Cheesecake Factory will open in Mumbai.",
        "अमेरिकी चेन पनीर केक कारख़ाना मुंबई में खुलेगी।",
        [("पनीर केक कारख़ाना", "Cheesecake Factory")],
        "अमेरिकी चेन चीज़केक फ़ैक्टरी मुंबई में खुलेगी।",
    ),
    F(
        T,
        "The Hollywood musical The Sound of Music turns sixty.",
        "हॉलीवुड संगीतमय फ़िल्म संगीत की आवाज़ साठ साल की हो गई।",
        [("संगीत की आवाज़", "The Sound of Music")],
        "हॉलीवुड संगीतमय फ़िल्म द साउंड ऑफ़ म्यूज़िक साठ साल की हो गई।",
    ),
    F(
        T,
        "The cruise ship Seven Seas Explorer docked in Kochi.",
        "क्रूज़ जहाज़ सात समुद्र खोजकर्ता कोच्चि में रुका।",
        [("सात समुद्र खोजकर्ता", "Seven Seas Explorer")],
        "क्रूज़ जहाज़ सेवन सीज़ एक्सप्लोरर कोच्चि में रुका।",
    ),
    F(
        T,
        "The HBO series Big Little Lies won eight Emmys.",
        "एचबीओ की सीरीज़ बड़े छोटे झूठ ने आठ एमी पुरस्कार जीते।",
        [("बड़े छोटे झूठ", "Big Little Lies")],
        "एचबीओ की सीरीज़ बिग लिटिल लाइज़ ने आठ एमी पुरस्कार जीते।",
    ),
    # a quoted title
    F(
        T,
        'The song "Bad Guy" won a Grammy.',
        'गीत "बुरा आदमी" ने ग्रैमी पुरस्कार जीता।',
        [("बुरा आदमी", "Bad Guy")],
        'गीत "बैड गाय" ने ग्रैमी पुरस्कार जीता।',
    ),
    F(
        T,
        'Greta Gerwig\'s "Little Women" got six Oscar nominations.',
        'ग्रेटा गरविग की "छोटी औरतें" को छह ऑस्कर नामांकन मिले।',
        [("छोटी औरतें", "Little Women")],
        'ग्रेटा गरविग की "लिटिल विमेन" को छह ऑस्कर नामांकन मिले।',
    ),
    F(
        T,
        'Yann Martel\'s novel "Life of Pi" won the Booker Prize.',
        'यान मार्टेल के उपन्यास "पाई का जीवन" ने बुकर पुरस्कार जीता।',
        [("पाई का जीवन", "Life of Pi")],
        'यान मार्टेल के उपन्यास "लाइफ़ ऑफ़ पाई" ने बुकर पुरस्कार जीता।',
    ),
    F(
        T,
        'The book "Atomic Habits" has sold twenty million copies.',
        'किताब "परमाणु आदतें" की दो करोड़ प्रतियाँ बिक चुकी हैं।',
        [("परमाणु आदतें", "Atomic Habits")],
        'किताब "एटॉमिक हैबिट्स" की दो करोड़ प्रतियाँ बिक चुकी हैं।',
    ),
    F(
        T,
        'Prince\'s "Purple Rain" is back in the charts.',
        'प्रिंस का "बैंगनी बारिश" फिर से चार्ट में है।',
        [("बैंगनी बारिश", "Purple Rain")],
        'प्रिंस का "पर्पल रेन" फिर से चार्ट में है।',
    ),
    F(
        T,
        'Viewers binged "The White Lotus" over the weekend.',
        'दर्शकों ने सप्ताहांत में "सफ़ेद कमल" एक साथ देख डाली।',
        [("सफ़ेद कमल", "The White Lotus")],
        'दर्शकों ने सप्ताहांत में "द व्हाइट लोटस" एक साथ देख डाली।',
    ),
    # a title right after its maker's genitive, no kind noun
    F(
        T,
        "Taylor Swift's Midnights broke streaming records.",
        "टेलर स्विफ़्ट के आधी रातें ने स्ट्रीमिंग के रिकॉर्ड तोड़े।",
        [("आधी रातें", "Midnights")],
        "टेलर स्विफ़्ट के मिडनाइट्स ने स्ट्रीमिंग के रिकॉर्ड तोड़े।",
    ),
    F(
        T,
        "Steven Spielberg's Bridge of Spies opened in October.",
        "स्टीवन स्पीलबर्ग की जासूसों का पुल अक्टूबर में रिलीज़ हुई।",
        [("जासूसों का पुल", "Bridge of Spies")],
        "स्टीवन स्पीलबर्ग की ब्रिज ऑफ़ स्पाइज़ अक्टूबर में रिलीज़ हुई।",
    ),
    F(
        T,
        "Dan Brown's Inferno sold millions of copies.",
        "डैन ब्राउन की नरक की लाखों प्रतियाँ बिकीं।",
        [("नरक", "Inferno")],
        "डैन ब्राउन की इन्फ़र्नो की लाखों प्रतियाँ बिकीं।",
    ),
    F(
        T,
        "The Beatles' Yellow Submarine was re-released.",
        "बीटल्स की पीली पनडुब्बी फिर से रिलीज़ की गई।",
        [("पीली पनडुब्बी", "Yellow Submarine")],
        "बीटल्स की येलो सबमरीन फिर से रिलीज़ की गई।",
    ),
    F(
        T,
        "Pixar's Ratatouille is loved by children.",
        "पिक्सार की चूहा-रसोइया बच्चों को बहुत पसंद है।",
        [("चूहा-रसोइया", "Ratatouille")],
        "पिक्सार की रैटाटुई बच्चों को बहुत पसंद है।",
    ),
    # a common-noun phrase in a proper-name slot
    F(
        T,
        "Succession won the Emmy for best drama.",
        "उत्तराधिकार ने सर्वश्रेष्ठ ड्रामा का एमी जीता।",
        [("उत्तराधिकार", "Succession")],
        "सक्सेशन ने सर्वश्रेष्ठ ड्रामा का एमी जीता।",
    ),
    F(
        T,
        "Interstellar was re-released in IMAX.",
        "अंतरतारकीय को आईमैक्स में फिर से रिलीज़ किया गया।",
        [("अंतरतारकीय", "Interstellar")],
        "इंटरस्टेलर को आईमैक्स में फिर से रिलीज़ किया गया।",
    ),
    F(
        T,
        "Ripple's chief executive spoke in Dubai.",
        "लहर के मुख्य कार्यकारी अधिकारी ने दुबई में भाषण दिया।",
        [("लहर", "Ripple")],
        "रिपल के मुख्य कार्यकारी अधिकारी ने दुबई में भाषण दिया।",
    ),
    F(
        T,
        "Fans waited for the trailer of Dune.",
        "प्रशंसक टीले के ट्रेलर का इंतज़ार कर रहे थे।",
        [("टीले", "Dune")],
        "प्रशंसक ड्यून के ट्रेलर का इंतज़ार कर रहे थे।",
    ),
    F(
        T,
        "The third season of Black Mirror was shot in Cape Town.",
        "काले दर्पण के तीसरे सीज़न की शूटिंग केप टाउन में हुई।",
        [("काले दर्पण", "Black Mirror")],
        "ब्लैक मिरर के तीसरे सीज़न की शूटिंग केप टाउन में हुई।",
    ),
    F(
        T,
        "Shares of Unicorn Bank rose after the results.",
        "नतीजों के बाद एक-सींगा बैंक के शेयर चढ़े।",
        [("एक-सींगा", "Unicorn")],
        "नतीजों के बाद यूनिकॉर्न बैंक के शेयर चढ़े।",
    ),
    F(
        T,
        "Hard Rock Cafe opened its first outlet in Goa.",
        "कठोर चट्टान कैफ़े ने गोवा में अपना पहला आउटलेट खोला।",
        [("कठोर चट्टान", "Hard Rock")],
        "हार्ड रॉक कैफ़े ने गोवा में अपना पहला आउटलेट खोला।",
    ),
    F(
        T,
        "Twilight made its lead actors stars.",
        "गोधूलि ने अपने मुख्य कलाकारों को सितारा बना दिया।",
        [("गोधूलि", "Twilight")],
        "ट्वाइलाइट ने अपने मुख्य कलाकारों को सितारा बना दिया।",
    ),
    F(
        T,
        "The Lion King was dubbed into Hindi.",
        "शेर राजा को हिंदी में डब किया गया।",
        [("शेर राजा", "The Lion King")],
        "द लायन किंग को हिंदी में डब किया गया।",
    ),
    F(
        T,
        "Mad Men ran for seven seasons.",
        "पागल आदमी सात सीज़न तक चला।",
        [("पागल आदमी", "Mad Men")],
        "मैड मेन सात सीज़न तक चला।",
    ),
]

TITLE_LOOKALIKES = [
    # Hindi works after the same kind nouns and makers' genitives
    C(LT, "The film Kaagaz Ke Phool was restored.", "फ़िल्म काग़ज़ के फूल को फिर से संवारा गया।"),
    C(LT, "Premchand's novel Godaan is taught in schools.", "प्रेमचंद का उपन्यास गोदान स्कूलों में पढ़ाया जाता है।"),
    C(
        LT,
        'The song "Ae Mere Watan Ke Logon" was sung on Republic Day.',
        'गणतंत्र दिवस पर गीत "ऐ मेरे वतन के लोगों" गाया गया।',
    ),
    C(LT, "The series Panchayat is back for a new season.", "सीरीज़ पंचायत नए सीज़न के साथ लौटी है।"),
    C(
        LT,
        'Satyajit Ray\'s "Pather Panchali" was screened in Cannes.',
        'सत्यजित रे की "पथेर पांचाली" कान में दिखाई गई।',
    ),
    C(LT, "Harivansh Rai Bachchan's Madhushala is still read.", "हरिवंश राय बच्चन की मधुशाला आज भी पढ़ी जाती है।"),
    C(LT, "The film Laapataa Ladies was sent to the Oscars.", "फ़िल्म लापता लेडीज़ को ऑस्कर के लिए भेजा गया।"),
    C(
        LT,
        "Gulzar's song Tujhse Naraz Nahi Zindagi is a classic.",
        "गुलज़ार का गीत तुझसे नाराज़ नहीं ज़िंदगी एक क्लासिक है।",
    ),
    C(LT, 'The show "Kaun Banega Crorepati" returns in August.', 'शो "कौन बनेगा करोड़पति" अगस्त में लौटेगा।'),
    C(LT, "The serial Balika Vadhu won many awards.", "धारावाहिक बालिका वधू ने कई पुरस्कार जीते।"),
    C(LT, "The film Taare Zameen Par moved audiences.", "फ़िल्म तारे ज़मीन पर ने दर्शकों को भावुक कर दिया।"),
    C(
        LT,
        "Mira Nair's Salaam Bombay was nominated for an Oscar.",
        "मीरा नायर की सलाम बॉम्बे ऑस्कर के लिए नामांकित हुई थी।",
    ),
    C(LT, "The album Dil Se sold well.", "एल्बम दिल से ख़ूब बिका।"),
    C(LT, "Lagaan was nominated for an Oscar.", "लगान को ऑस्कर के लिए नामांकित किया गया था।"),
    C(LT, "Sholay was re-released in cinemas.", "शोले को सिनेमाघरों में फिर से रिलीज़ किया गया।"),
    C(LT, "The fourth season of Mirzapur was announced.", "मिर्ज़ापुर के चौथे सीज़न की घोषणा हुई।"),
    C(LT, "Fans waited for the trailer of Dhurandhar.", "प्रशंसक धुरंधर के ट्रेलर का इंतज़ार कर रहे थे।"),
    # foreign works transliterated in the same frames
    C(LT, "The Hollywood film Gladiator returns to cinemas.", "हॉलीवुड फ़िल्म ग्लैडिएटर सिनेमाघरों में लौट रही है।"),
    C(
        LT,
        "Christopher Nolan's film Tenet was shot in Mumbai.",
        "क्रिस्टोफ़र नोलन की फ़िल्म टेनेट की शूटिंग मुंबई में हुई।",
    ),
    C(LT, "The American band Maroon 5 performed in Mumbai.", "अमेरिकी बैंड मरून 5 ने मुंबई में प्रस्तुति दी।"),
    C(LT, "Taylor Swift's Reputation was re-recorded.", "टेलर स्विफ़्ट का रेप्युटेशन फिर से रिकॉर्ड किया गया।"),
    C(LT, "The Korean series Squid Game won six Emmys.", "कोरियाई सीरीज़ स्क्विड गेम ने छह एमी जीते।"),
    C(LT, "The cruise ship Costa Serena docked in Mumbai.", "क्रूज़ जहाज़ कोस्टा सेरेना मुंबई में रुका।"),
    C(LT, "The Oppenheimer trailer was released.", "ओपेनहाइमर का ट्रेलर रिलीज़ हुआ।"),
    C(LT, 'The song "Shape of You" crossed three billion views.', 'गीत "शेप ऑफ़ यू" ने तीन अरब व्यूज़ पार किए।'),
    # foreign classics whose Hindi titles Hindi itself writes
    C(LT, "Tolstoy's novel War and Peace is very long.", "टॉलस्टॉय का उपन्यास युद्ध और शांति बहुत लंबा है।"),
    C(LT, "Hitler's autobiography Mein Kampf was banned.", "हिटलर की आत्मकथा मेरा संघर्ष पर प्रतिबंध लगा था।"),
    C(LT, "The Diary of Anne Frank was translated into Hindi.", "ऐन फ़्रैंक की डायरी का हिंदी में अनुवाद हुआ।"),
    C(
        LT,
        "Gandhi's autobiography The Story of My Experiments with Truth sold widely.",
        "गांधी की आत्मकथा सत्य के प्रयोग ख़ूब बिकी।",
    ),
    C(LT, "The Arabian Nights has many stories.", "अलिफ़ लैला में कई कहानियाँ हैं।"),
    # Indian ships, restaurants, brands and papers with Hindi names
    C(LT, "The research ship Sagar Kanya reached Goa.", "अनुसंधान जहाज़ सागर कन्या गोवा पहुँचा।"),
    C(LT, "The restaurant Moti Mahal opened in Lucknow.", "रेस्तरां मोती महल लखनऊ में खुल गया।"),
    C(LT, "Jio launched a new plan.", "जियो ने नया प्लान लॉन्च किया।"),
    C(LT, "Dainik Jagran published the report first.", "दैनिक जागरण ने सबसे पहले रिपोर्ट छापी।"),
    C(LT, "Aashirvaad atta sales rose.", "आशीर्वाद आटे की बिक्री बढ़ी।"),
    C(LT, "Shares of Patanjali Foods rose.", "पतंजलि फ़ूड्स के शेयर चढ़े।"),
    C(
        LT,
        "The chief executive of Haldiram's spoke to reporters.",
        "हल्दीराम के मुख्य कार्यकारी अधिकारी ने पत्रकारों से बात की।",
    ),
    C(LT, "The festival Jashn-e-Rekhta opened in Delhi.", "उत्सव जश्न-ए-रेख़्ता दिल्ली में शुरू हुआ।"),
    # the flawed rows' words in their plain sense
    C(LT, "Newton explained gravity.", "न्यूटन ने गुरुत्वाकर्षण की व्याख्या की।"),
    C(LT, "The struggle began in 1942.", "संघर्ष का आरंभ 1942 में हुआ।"),
    C(LT, "The children told ghost stories at night.", "बच्चों ने रात को भूत कहानियाँ सुनाईं।"),
    C(LT, "A wave overturned the boat.", "लहर के कारण नाव पलट गई।"),
    C(LT, "Camels rested behind the dune.", "ऊँट टीले के पीछे आराम कर रहे थे।"),
    C(LT, "A blue elephant was painted on the wall.", "दीवार पर एक नीला हाथी बनाया गया था।"),
    C(LT, "The dispute over succession reached court.", "उत्तराधिकार का विवाद अदालत तक पहुँचा।"),
    C(LT, "Birds return to their nests at twilight.", "गोधूलि में पक्षी अपने घोंसलों में लौटते हैं।"),
    C(LT, "The lion is the king of the jungle.", "शेर जंगल का राजा है।"),
    C(LT, "He woke up at midnight.", "वह आधी रात को जाग गया।"),
    C(LT, "The bridge over the river was repaired.", "नदी के पुल की मरम्मत की गई।"),
]
