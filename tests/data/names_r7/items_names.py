"""Round-7 names held-out check (hand-written 2026-11-28 BEFORE the round-7 HI104/HI105/HI503/HI514
work and never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Person names of fourteen origins (English, German, French, Spanish, Portuguese, Italian, Dutch,
Swahili, Yoruba, Arabic, Japanese, Hungarian, Turkish, Polish/Armenian) whose given name or surname
MT translated as a word (for non-English names: the translation of the name's meaning). When it
was written none of the full names was in tests/data/heldout_r4, heldout_r5, heldout_r6 or names_r6,
and most calqued name words (Lemon, Partridge, Wisdom, Barley, Feather, Marble, Bone, Hand, Candy,
Sands, Pickles, Sommer, König, Baum, Engel, Klein, Blanc, Boucher, Fontaine, Marchand, Coelho,
Iglesias, Delgado, Oliveira, Castillo, Fiore, Gallo, Monti, Visser, Neema, Jabari, Imani, Juma, Ayo,
Ife, Ola, Sabah, Najjar, Hayat, Hayashi, Sora, Kiss, Hosszú, Kaya, Çelik, Wróbel, Lev) were in
neither name_class_words.tsv nor name_word_glossary.toml: the set measures the class mechanisms.
More than half of the flawed rows have NO case marker (ने/का/की/के/को/से) right after the name.

Clean rows: each flawed row's correct translation, and look-alikes: the same Hindi words used as
words (some right after a foreign given name: एरिक हाथ हिलाकर, केंजी जंगल में), Indian names that
are Hindi words (with and without a title), foreign names that are English words transliterated
(रोज़ बर्न, डेज़ी रिडली), role words before names.

    python tests/data/names_r7/build.py
    audit check tests/data/names_r7/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o N7H.jsonl
    python tests/data/names_r7/score.py N7H.jsonl --hindi-only [--show]
    audit check tests/data/names_r7/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N7S.jsonl
    python tests/data/names_r7/score.py N7S.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"

NAMES = [
    # --- English surnames that are words
    F(
        N,
        "Striker Ryan Lemon scored twice on Sunday.",
        "स्ट्राइकर रयान नींबू ने रविवार को दो गोल किए।",
        [("नींबू", "Lemon")],
        "स्ट्राइकर रयान लेमन ने रविवार को दो गोल किए।",
    ),
    F(
        N,
        "Novelist Karen Partridge will open the book fair.",
        "उपन्यासकार कैरेन तीतर पुस्तक मेले का उद्घाटन करेंगी।",
        [("तीतर", "Partridge")],
        "उपन्यासकार कैरेन पार्ट्रिज पुस्तक मेले का उद्घाटन करेंगी।",
    ),
    F(
        N,
        "Professor Ellen Wisdom will be the university's new vice-chancellor.",
        "प्रोफ़ेसर एलेन बुद्धि विश्वविद्यालय की नई कुलपति होंगी।",
        [("बुद्धि", "Wisdom")],
        "प्रोफ़ेसर एलेन विज़डम विश्वविद्यालय की नई कुलपति होंगी।",
    ),
    F(
        N,
        "Councillor Brenda Barley said the road would be repaired.",
        "पार्षद ब्रेंडा जौ ने कहा कि सड़क की मरम्मत होगी।",
        [("जौ", "Barley")],
        "पार्षद ब्रेंडा बार्ली ने कहा कि सड़क की मरम्मत होगी।",
    ),
    F(
        N,
        "Nurse Claire Feather is the hospital's most senior employee.",
        "नर्स क्लेयर पंख अस्पताल की सबसे वरिष्ठ कर्मचारी हैं।",
        [("पंख", "Feather")],
        "नर्स क्लेयर फ़ेदर अस्पताल की सबसे वरिष्ठ कर्मचारी हैं।",
    ),
    F(
        N,
        "Tennis player Alice Marble reached the third round.",
        "टेनिस खिलाड़ी एलिस संगमरमर तीसरे दौर में पहुंचीं।",
        [("संगमरमर", "Marble")],
        "टेनिस खिलाड़ी एलिस मार्बल तीसरे दौर में पहुंचीं।",
    ),
    F(
        N,
        "MP Peter Bone raised the question in Parliament.",
        "सांसद पीटर हड्डी ने संसद में सवाल उठाया।",
        [("हड्डी", "Bone")],
        "सांसद पीटर बोन ने संसद में सवाल उठाया।",
    ),
    F(
        N,
        "Defender Eric Hand is out injured.",
        "डिफेंडर एरिक हाथ चोट के कारण बाहर हैं।",
        [("हाथ", "Hand")],
        "डिफेंडर एरिक हैंड चोट के कारण बाहर हैं।",
    ),
    F(
        N,
        "Actor John Candy's films are still loved.",
        "अभिनेता जॉन मिठाई की फिल्में आज भी पसंद की जाती हैं।",
        [("मिठाई", "Candy")],
        "अभिनेता जॉन कैंडी की फिल्में आज भी पसंद की जाती हैं।",
    ),
    F(
        N,
        "Swimmer Amy Sands broke the national record.",
        "तैराक एमी रेत राष्ट्रीय रिकॉर्ड तोड़ने में कामयाब रहीं।",
        [("रेत", "Sands")],
        "तैराक एमी सैंड्स राष्ट्रीय रिकॉर्ड तोड़ने में कामयाब रहीं।",
    ),
    F(
        N,
        "Chef Oliver Pickles runs two restaurants in London.",
        "शेफ ओलिवर अचार लंदन में दो रेस्तरां चलाते हैं।",
        [("अचार", "Pickles")],
        "शेफ ओलिवर पिकल्स लंदन में दो रेस्तरां चलाते हैं।",
    ),
    # --- German
    F(
        N,
        "Goalkeeper Yann Sommer saved a penalty.",
        "गोलकीपर यान गर्मी ने पेनल्टी बचाई।",
        [("गर्मी", "Sommer (German: summer)")],
        "गोलकीपर यान सोमर ने पेनल्टी बचाई।",
    ),
    F(
        N,
        "Conductor Lena König leads the Berlin orchestra.",
        "संचालिका लेना राजा बर्लिन ऑर्केस्ट्रा का नेतृत्व करती हैं।",
        [("राजा", "König (German: king)")],
        "संचालिका लेना कोनिग बर्लिन ऑर्केस्ट्रा का नेतृत्व करती हैं।",
    ),
    F(
        N,
        "Architect Tobias Baum designed the new library.",
        "वास्तुकार टोबियास पेड़ ने नई लाइब्रेरी का डिज़ाइन तैयार किया।",
        [("पेड़", "Baum (German: tree)")],
        "वास्तुकार टोबियास बाउम ने नई लाइब्रेरी का डिज़ाइन तैयार किया।",
    ),
    F(
        N,
        "Sprinter Anna Engel finished second in Munich.",
        "धाविका अन्ना फ़रिश्ता म्यूनिख में दूसरे स्थान पर रहीं।",
        [("फ़रिश्ता", "Engel (German: angel)")],
        "धाविका अन्ना एंगेल म्यूनिख में दूसरे स्थान पर रहीं।",
    ),
    F(
        N,
        "Economist Markus Klein expects growth to slow.",
        "अर्थशास्त्री मार्कस छोटा को उम्मीद है कि विकास धीमा होगा।",
        [("छोटा", "Klein (German: small)")],
        "अर्थशास्त्री मार्कस क्लाइन को उम्मीद है कि विकास धीमा होगा।",
    ),
    # --- French
    F(
        N,
        "Coach Laurent Blanc named his squad on Thursday.",
        "कोच लॉरेंट सफ़ेद ने गुरुवार को अपनी टीम घोषित की।",
        [("सफ़ेद", "Blanc (French: white)")],
        "कोच लॉरेंट ब्लां ने गुरुवार को अपनी टीम घोषित की।",
    ),
    F(
        N,
        "Chef Julien Boucher has opened a bistro in Mumbai.",
        "शेफ जूलियन कसाई मुंबई में एक बिस्त्रो खोल चुके हैं।",
        [("कसाई", "Boucher (French: butcher)")],
        "शेफ जूलियन बूशे मुंबई में एक बिस्त्रो खोल चुके हैं।",
    ),
    F(
        N,
        "Singer Camille Fontaine performs in Paris tonight.",
        "गायिका कैमिल फव्वारा आज रात पेरिस में प्रस्तुति देंगी।",
        [("फव्वारा", "Fontaine (French: fountain)")],
        "गायिका कैमिल फोंटेन आज रात पेरिस में प्रस्तुति देंगी।",
    ),
    F(
        N,
        "Minister Bruno Marchand visited the port.",
        "मंत्री ब्रूनो व्यापारी ने बंदरगाह का दौरा किया।",
        [("व्यापारी", "Marchand (French: merchant)")],
        "मंत्री ब्रूनो मार्शां ने बंदरगाह का दौरा किया।",
    ),
    # --- Spanish and Portuguese
    F(
        N,
        "Writer Paulo Coelho signed books in Goa.",
        "लेखक पाउलो खरगोश गोवा में किताबों पर हस्ताक्षर करते दिखे।",
        [("खरगोश", "Coelho (Portuguese: rabbit)")],
        "लेखक पाउलो कोएलो गोवा में किताबों पर हस्ताक्षर करते दिखे।",
    ),
    F(
        N,
        "Politician Pablo Iglesias addressed the rally.",
        "राजनेता पाब्लो गिरजाघर ने रैली को संबोधित किया।",
        [("गिरजाघर", "Iglesias (Spanish: churches)")],
        "राजनेता पाब्लो इग्लेसियास ने रैली को संबोधित किया।",
    ),
    F(
        N,
        "Cyclist Alberto Delgado was the winner of the stage.",
        "साइकिलिस्ट अल्बर्टो पतला इस चरण के विजेता रहे।",
        [("पतला", "Delgado (Spanish: thin)")],
        "साइकिलिस्ट अल्बर्टो डेलगाडो इस चरण के विजेता रहे।",
    ),
    F(
        N,
        "Brazilian defender Thiago Oliveira joined the club.",
        "ब्राज़ीलियाई डिफेंडर थियागो जैतून क्लब में शामिल हुए।",
        [("जैतून", "Oliveira (Portuguese: olive tree)")],
        "ब्राज़ीलियाई डिफेंडर थियागो ओलिवेरा क्लब में शामिल हुए।",
    ),
    F(
        N,
        "Mexican painter Sofia Castillo's exhibition has opened in Mumbai.",
        "मैक्सिकन चित्रकार सोफ़िया महल की प्रदर्शनी मुंबई में लगी है।",
        [("महल", "Castillo (Spanish: castle)")],
        "मैक्सिकन चित्रकार सोफ़िया कास्टिलो की प्रदर्शनी मुंबई में लगी है।",
    ),
    # --- Italian
    F(
        N,
        "Chef Giulia Fiore runs a restaurant in Rome.",
        "शेफ जूलिया फूल रोम में एक रेस्तरां चलाती हैं।",
        [("फूल", "Fiore (Italian: flower)")],
        "शेफ जूलिया फियोरे रोम में एक रेस्तरां चलाती हैं।",
    ),
    F(
        N,
        "Cyclist Davide Gallo crashed on the descent.",
        "साइकिलिस्ट दाविदे मुर्गा ढलान पर गिर गए।",
        [("मुर्गा", "Gallo (Italian: rooster)")],
        "साइकिलिस्ट दाविदे गालो ढलान पर गिर गए।",
    ),
    F(
        N,
        "Economist Paola Monti criticised the budget.",
        "अर्थशास्त्री पाओला पहाड़ ने बजट की आलोचना की।",
        [("पहाड़", "Monti (Italian: mountains)")],
        "अर्थशास्त्री पाओला मोंटी ने बजट की आलोचना की।",
    ),
    # --- Dutch
    F(
        N,
        "Dutch cyclist Pieter Bakker won the time trial.",
        "डच साइकिलिस्ट पीटर नानबाई ने टाइम ट्रायल जीता।",
        [("नानबाई", "Bakker (Dutch: baker)")],
        "डच साइकिलिस्ट पीटर बक्कर ने टाइम ट्रायल जीता।",
    ),
    F(
        N,
        "Speed skater Jorrit de Groot set a track record.",
        "स्पीड स्केटर योरिट डी बड़ा ट्रैक रिकॉर्ड बनाने में सफल रहे।",
        [("बड़ा", "de Groot (Dutch: the big)")],
        "स्पीड स्केटर योरिट डी ग्रूट ट्रैक रिकॉर्ड बनाने में सफल रहे।",
    ),
    F(
        N,
        "Cyclist Femke Visser is the team's captain this year.",
        "साइकिलिस्ट फेम्के मछुआरा इस बार टीम की कप्तान हैं।",
        [("मछुआरा", "Visser (Dutch: fisher)")],
        "साइकिलिस्ट फेम्के विसर इस बार टीम की कप्तान हैं।",
    ),
    # --- Swahili
    F(
        N,
        "Tanzanian singer Neema Mwita released a new song.",
        "तंज़ानियाई गायिका कृपा म्विता ने नया गाना जारी किया।",
        [("कृपा", "Neema (Swahili: grace)")],
        "तंज़ानियाई गायिका नीमा म्विता ने नया गाना जारी किया।",
    ),
    F(
        N,
        "Kenyan sprinter Jabari Mwangi reached the final.",
        "केन्याई धावक बहादुर म्वांगी अंतिम दौर में पहुंचे।",
        [("बहादुर", "Jabari (Swahili: brave)")],
        "केन्याई धावक जबारी म्वांगी अंतिम दौर में पहुंचे।",
    ),
    F(
        N,
        "Activist Imani Wanjiru works for rural women.",
        "कार्यकर्ता विश्वास वांजिरू ग्रामीण महिलाओं के लिए काम करती हैं।",
        [("विश्वास", "Imani (Swahili: faith)")],
        "कार्यकर्ता इमानी वांजिरू ग्रामीण महिलाओं के लिए काम करती हैं।",
    ),
    F(
        N,
        "Runner Juma Ikangaa led the Boston marathon.",
        "धावक शुक्रवार इकंगा ने बोस्टन मैराथन में बढ़त बनाई।",
        [("शुक्रवार", "Juma (Swahili: Friday)")],
        "धावक जुमा इकंगा ने बोस्टन मैराथन में बढ़त बनाई।",
    ),
    # --- Yoruba
    F(
        N,
        "Nigerian author Ayo Adeyemi lives in Lagos.",
        "नाइजीरियाई लेखक खुशी अदेयेमी लागोस में रहते हैं।",
        [("खुशी", "Ayo (Yoruba: joy)")],
        "नाइजीरियाई लेखक आयो अदेयेमी लागोस में रहते हैं।",
    ),
    F(
        N,
        "Singer Ife Ogunleye won the award.",
        "गायिका प्यार ओगुनलेये ने पुरस्कार जीता।",
        [("प्यार", "Ife (Yoruba: love)")],
        "गायिका इफे ओगुनलेये ने पुरस्कार जीता।",
    ),
    F(
        N,
        "Footballer Ola Aina has recovered from injury.",
        "फुटबॉलर धन आइना चोट से उबर गए हैं।",
        [("धन", "Ola (Yoruba: wealth)")],
        "फुटबॉलर ओला आइना चोट से उबर गए हैं।",
    ),
    # --- Arabic
    F(
        N,
        "Lebanese actress Sabah Khalil returns to the stage.",
        "लेबनानी अभिनेत्री सुबह खलील फिर से मंच पर लौट रही हैं।",
        [("सुबह", "Sabah (Arabic: morning)")],
        "लेबनानी अभिनेत्री सबाह खलील फिर से मंच पर लौट रही हैं।",
    ),
    F(
        N,
        "Architect Jamil Najjar designed the mosque.",
        "वास्तुकार जमील बढ़ई ने मस्जिद का डिज़ाइन बनाया।",
        [("बढ़ई", "Najjar (Arabic: carpenter)")],
        "वास्तुकार जमील नज्जार ने मस्जिद का डिज़ाइन बनाया।",
    ),
    F(
        N,
        "Egyptian novelist Hayat Mansour is visiting India.",
        "मिस्र की उपन्यासकार जीवन मंसूर भारत की यात्रा पर हैं।",
        [("जीवन", "Hayat (Arabic: life)")],
        "मिस्र की उपन्यासकार हयात मंसूर भारत की यात्रा पर हैं।",
    ),
    F(
        N,
        "Mo Farah won the race again.",
        "मो खुशी ने फिर से दौड़ जीती।",
        [("खुशी", "Farah (Arabic: joy)")],
        "मो फ़राह ने फिर से दौड़ जीती।",
    ),
    # --- Japanese
    F(
        N,
        "Pianist Kenji Hayashi performs in Kolkata this evening.",
        "पियानोवादक केंजी जंगल आज शाम कोलकाता में प्रस्तुति देंगे।",
        [("जंगल", "Hayashi (Japanese: forest)")],
        "पियानोवादक केंजी हयाशी आज शाम कोलकाता में प्रस्तुति देंगे।",
    ),
    F(
        N,
        "Skater Sora Ishikawa won the gold medal.",
        "स्केटर आसमान इशिकावा ने स्वर्ण पदक जीता।",
        [("आसमान", "Sora (Japanese: sky)")],
        "स्केटर सोरा इशिकावा ने स्वर्ण पदक जीता।",
    ),
    F(
        N,
        "Novelist Umi Yamada's new book is out.",
        "उपन्यासकार समुद्र यामादा की नई किताब आ गई है।",
        [("समुद्र", "Umi (Japanese: sea)")],
        "उपन्यासकार उमी यामादा की नई किताब आ गई है।",
    ),
    # --- Hungarian
    F(
        N,
        "Goalkeeper Gergely Kiss made a brilliant save.",
        "गोलकीपर गेरगेली चुंबन ने शानदार बचाव किया।",
        [("चुंबन", "Kiss")],
        "गोलकीपर गेरगेली किस ने शानदार बचाव किया।",
    ),
    F(
        N,
        "Swimmer Katinka Hosszú won the medley.",
        "तैराक कतिंका लंबा मेडली में पहले स्थान पर रहीं।",
        [("लंबा", "Hosszú (Hungarian: long)")],
        "तैराक कतिंका होस्सू मेडली में पहले स्थान पर रहीं।",
    ),
    # --- Turkish
    F(
        N,
        "Turkish climber Selin Kaya reached the summit of Everest.",
        "तुर्की की पर्वतारोही सेलिन चट्टान एवरेस्ट की चोटी पर पहुंचीं।",
        [("चट्टान", "Kaya (Turkish: rock)")],
        "तुर्की की पर्वतारोही सेलिन काया एवरेस्ट की चोटी पर पहुंचीं।",
    ),
    F(
        N,
        "Wrestler Mert Çelik won the gold medal.",
        "पहलवान मेर्ट इस्पात ने स्वर्ण पदक जीता।",
        [("इस्पात", "Çelik (Turkish: steel)")],
        "पहलवान मेर्ट चेलिक ने स्वर्ण पदक जीता।",
    ),
    # --- Polish, Armenian
    F(
        N,
        "Polish striker Kamil Wróbel has scored the most goals this season.",
        "पोलिश स्ट्राइकर कामिल गौरैया इस सत्र में सबसे ज़्यादा गोल कर चुके हैं।",
        [("गौरैया", "Wróbel (Polish: sparrow)")],
        "पोलिश स्ट्राइकर कामिल व्रुबेल इस सत्र में सबसे ज़्यादा गोल कर चुके हैं।",
    ),
    F(
        N,
        "Chess player Lev Aronian won the game.",
        "शतरंज खिलाड़ी शेर अरोनियन ने बाज़ी जीती।",
        [("शेर", "Lev (Russian: lion)")],
        "शतरंज खिलाड़ी लेव अरोनियन ने बाज़ी जीती।",
    ),
]

NAME_LOOKALIKES = [
    # the same words used as words
    C(L, "Lemon water gives relief in the heat.", "नींबू पानी गर्मी में राहत देता है।"),
    C(L, "Partridges were seen in the field.", "खेत में तीतर दिखे।"),
    C(L, "Work with wisdom and patience.", "बुद्धि और धैर्य से काम लें।"),
    C(L, "Barley prices rose in the market.", "मंडी में जौ के दाम बढ़ गए।"),
    C(L, "The peacock spread its feathers.", "मोर ने अपने पंख फैलाए।"),
    C(L, "The temple floor is made of marble.", "मंदिर का फ़र्श संगमरमर का बना है।"),
    C(L, "He broke a bone in the fall.", "गिरने से उसकी हड्डी टूट गई।"),
    C(L, "Sales of sweets rose at Diwali.", "दिवाली पर मिठाई की बिक्री बढ़ी।"),
    C(L, "Sand mining is banned on the river bank.", "नदी किनारे रेत खनन पर रोक है।"),
    C(L, "Mother made mango pickle.", "मां ने आम का अचार बनाया।"),
    C(L, "The heat broke records this year.", "इस साल गर्मी ने रिकॉर्ड तोड़ दिया।"),
    C(L, "The king held court in the fort.", "राजा ने किले में दरबार लगाया।"),
    C(L, "Trees were planted along the road.", "सड़क किनारे पेड़ लगाए गए।"),
    C(L, "The butcher's shop stayed shut.", "कसाई की दुकान बंद रही।"),
    C(L, "The fountain in the park works again.", "पार्क में फव्वारा फिर चालू हो गया।"),
    C(L, "The rabbit was eating grass.", "खरगोश घास खा रहा था।"),
    C(L, "Olive oil has become expensive.", "जैतून का तेल महंगा हो गया है।"),
    C(L, "A new dam will be built on the river.", "नदी पर नया बांध बनेगा।"),
    C(L, "Sparrows are rarely seen in cities now.", "गौरैया अब शहरों में कम दिखती है।"),
    C(L, "A rock slid down from the hill.", "पहाड़ से चट्टान खिसक गई।"),
    C(L, "Lion cubs were born at the zoo.", "चिड़ियाघर में शेर के बच्चे पैदा हुए।"),
    # foreign given names next to ordinary nouns
    C(L, "Eric kept waving to the crowd.", "एरिक हाथ हिलाकर दर्शकों का अभिवादन करते रहे।"),
    C(L, "Kenji lost his way in the forest.", "केंजी जंगल में रास्ता भटक गए।"),
    C(L, "Julia went to the market to buy flowers.", "जूलिया फूल खरीदने बाज़ार गईं।"),
    C(L, "Sofia went to see the palace.", "सोफ़िया महल देखने गईं।"),
    C(L, "Thiago was sitting under a tree.", "थियागो पेड़ के नीचे बैठे थे।"),
    C(L, "Ryan returned to the field after drinking lemon water.", "रयान नींबू पानी पीकर मैदान पर लौटे।"),
    C(L, "Karen was reading a book.", "कैरेन किताब पढ़ रही थीं।"),
    C(L, "Anna runs in the park every morning.", "अन्ना हर सुबह पार्क में दौड़ती हैं।"),
    C(L, "John loves sweets.", "जॉन को मिठाई बहुत पसंद है।"),
    # Indian names that are Hindi words
    C(L, "Actress Khushi Kapoor has signed a new film.", "अभिनेत्री खुशी कपूर ने नई फिल्म साइन की है।"),
    C(L, "Actor Prem Chopra celebrated his birthday.", "अभिनेता प्रेम चोपड़ा ने अपना जन्मदिन मनाया।"),
    C(L, "Singer Usha Uthup will perform in Kolkata.", "गायिका उषा उत्थुप कोलकाता में प्रस्तुति देंगी।"),
    C(L, "Sapna Choudhary's show was cancelled.", "सपना चौधरी का शो रद्द हो गया।"),
    C(L, "Sprinter Jyothi Yarraji won gold in the hurdles.", "धाविका ज्योति याराजी ने हर्डल्स में स्वर्ण जीता।"),
    C(L, "Actor Sooraj Pancholi's film has been released.", "अभिनेता सूरज पंचोली की फिल्म रिलीज़ हो गई।"),
    C(L, "Kamal Haasan called a meeting of his party.", "कमल हासन ने अपनी पार्टी की बैठक बुलाई।"),
    C(L, "Badal Sircar's plays are still staged.", "नाटककार बादल सरकार के नाटक आज भी खेले जाते हैं।"),
    C(L, "Actor Jeevan played the villain in many films.", "अभिनेता जीवन ने कई फिल्मों में खलनायक की भूमिका निभाई।"),
    C(
        L,
        "Industrialist Ratan Tata chaired the trust's meeting.",
        "उद्योगपति रतन टाटा ने ट्रस्ट की बैठक की अध्यक्षता की।",
    ),
    C(L, "Motilal Vora was a senior Congress leader.", "मोती लाल वोरा कांग्रेस के वरिष्ठ नेता थे।"),
    C(L, "Bahadur Shah Zafar was the last Mughal emperor.", "बहादुर शाह ज़फ़र अंतिम मुग़ल बादशाह थे।"),
    # foreign names that are English words, transliterated
    C(L, "Actress Rose Byrne has signed a new series.", "अभिनेत्री रोज़ बर्न ने नई सीरीज़ साइन की है।"),
    C(L, "Daisy Ridley will star in the film.", "डेज़ी रिडली फिल्म में मुख्य भूमिका निभाएंगी।"),
    C(L, "Singer Joy Crookes released an album.", "गायिका जॉय क्रूक्स ने एक एल्बम जारी किया।"),
    C(L, "River Phoenix died young.", "रिवर फीनिक्स की कम उम्र में मौत हो गई।"),
    # role words before names
    C(L, "Captain Ben Stokes won the toss.", "कप्तान बेन स्टोक्स ने टॉस जीता।"),
    C(L, "WHO chief Tedros warned of a new wave.", "डब्ल्यूएचओ प्रमुख टेड्रोस ने नई लहर की चेतावनी दी।"),
    C(
        L,
        "Spokesperson Maria Zakharova said talks would continue.",
        "प्रवक्ता मारिया ज़खारोवा ने कहा कि बातचीत जारी रहेगी।",
    ),
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
