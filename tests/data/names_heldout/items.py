"""Held-out names/titles set (issues 13 and 14), written by hand on 2026-11-27 at 16:40-17:00 UTC
BEFORE the name/title detectors were tuned in round 3, by the r3-names helper. Not tuned on and
not to be edited to fit: report it separately. Licence: CC-BY-4.0 like the other hand-written
test data. Build the JSONL with ``python tests/data/names_heldout/build.py``.

FLAWED: (category, src, flawed mt, gold span, English part, correct mt) — origin in a comment.
LITERAL: (look-alike-of category, src, mt) — clean Hindi using the same Hindi words legitimately,
several of them right after a given name in a non-name reading.
"""

FLAWED = [
    # ---- surnames / given names that are English words (origins the challenge set under-covers)
    (
        "name-calque",
        "Former Polish prime minister Donald Tusk met the chancellor in Berlin.",
        "पोलैंड के पूर्व प्रधानमंत्री डोनाल्ड दांत ने बर्लिन में चांसलर से मुलाकात की।",
        "दांत",
        "Tusk",
        "पोलैंड के पूर्व प्रधानमंत्री डोनाल्ड टस्क ने बर्लिन में चांसलर से मुलाकात की।",
    ),  # Polish
    (
        "name-calque",
        "Tennis player Ash Barty announced her retirement.",
        "टेनिस खिलाड़ी राख बार्टी ने संन्यास की घोषणा की।",
        "राख",
        "Ash",
        "टेनिस खिलाड़ी ऐश बार्टी ने संन्यास की घोषणा की।",
    ),  # Australian
    (
        "name-calque",
        "Actress Rebel Wilson has written a memoir.",
        "अभिनेत्री विद्रोही विल्सन ने अपने संस्मरण लिखे हैं।",
        "विद्रोही",
        "Rebel",
        "अभिनेत्री रेबेल विल्सन ने अपने संस्मरण लिखे हैं।",
    ),  # Australian
    (
        "name-calque",
        "Actor Brad Pitt attended the premiere in Venice.",
        "अभिनेता ब्रैड गड्ढा ने वेनिस में प्रीमियर में भाग लिया।",
        "गड्ढा",
        "Pitt",
        "अभिनेता ब्रैड पिट ने वेनिस में प्रीमियर में भाग लिया।",
    ),  # American
    (
        "name-calque",
        "Singer Bruno Mars will perform in Mumbai next month.",
        "गायक ब्रूनो मंगल अगले महीने मुंबई में प्रस्तुति देंगे।",
        "मंगल",
        "Mars",
        "गायक ब्रूनो मार्स अगले महीने मुंबई में प्रस्तुति देंगे।",
    ),  # American
    (
        "name-calque",
        "Harry Styles released a new single on Friday.",
        "हैरी शैलियां ने शुक्रवार को नया गाना जारी किया।",
        "शैलियां",
        "Styles",
        "हैरी स्टाइल्स ने शुक्रवार को नया गाना जारी किया।",
    ),  # English
    (
        "name-calque",
        "England midfielder Mason Mount was injured in training.",
        "इंग्लैंड के मिडफील्डर मेसन पर्वत अभ्यास में घायल हो गए।",
        "पर्वत",
        "Mount",
        "इंग्लैंड के मिडफील्डर मेसन माउंट अभ्यास में घायल हो गए।",
    ),  # English
    (
        "name-calque",
        "Declan Rice scored twice against Norway.",
        "डेक्लन चावल ने नॉर्वे के खिलाफ दो गोल किए।",
        "चावल",
        "Rice",
        "डेक्लन राइस ने नॉर्वे के खिलाफ दो गोल किए।",
    ),  # English
    (
        "name-calque",
        "Fast bowler Stuart Broad took five wickets.",
        "तेज़ गेंदबाज़ स्टुअर्ट चौड़ा ने पांच विकेट लिए।",
        "चौड़ा",
        "Broad",
        "तेज़ गेंदबाज़ स्टुअर्ट ब्रॉड ने पांच विकेट लिए।",
    ),  # English
    (
        "name-calque",
        "Joe Root completed his thirtieth Test century.",
        "जो जड़ ने अपना तीसवां टेस्ट शतक पूरा किया।",
        "जड़",
        "Root",
        "जो रूट ने अपना तीसवां टेस्ट शतक पूरा किया।",
    ),  # English
    (
        "name-calque",
        "Mark Wood bowled at over 150 km per hour.",
        "मार्क लकड़ी ने 150 किमी प्रति घंटे से अधिक की गति से गेंदबाज़ी की।",
        "लकड़ी",
        "Wood",
        "मार्क वुड ने 150 किमी प्रति घंटे से अधिक की गति से गेंदबाज़ी की।",
    ),  # English
    (
        "name-calque",
        "Batter Harry Brook was named player of the match.",
        "बल्लेबाज़ हैरी नाला को मैन ऑफ द मैच चुना गया।",
        "नाला",
        "Brook",
        "बल्लेबाज़ हैरी ब्रूक को मैन ऑफ द मैच चुना गया।",
    ),  # English
    (
        "name-calque",
        "Former ambassador Samantha Power criticised the aid cuts.",
        "पूर्व राजदूत सामंथा शक्ति ने सहायता में कटौती की आलोचना की।",
        "शक्ति",
        "Power",
        "पूर्व राजदूत सामंथा पावर ने सहायता में कटौती की आलोचना की।",
    ),  # Irish-American
    (
        "name-calque",
        "Kenyan runner Faith Kipyegon broke the world record.",
        "केन्याई धाविका आस्था किपयेगोन ने विश्व रिकॉर्ड तोड़ा।",
        "आस्था",
        "Faith",
        "केन्याई धाविका फेथ किपयेगोन ने विश्व रिकॉर्ड तोड़ा।",
    ),  # Kenyan
    (
        "name-calque",
        "Zimbabwe fast bowler Blessing Muzarabani took three wickets.",
        "ज़िम्बाब्वे के तेज़ गेंदबाज़ आशीर्वाद मुज़राबानी ने तीन विकेट लिए।",
        "आशीर्वाद",
        "Blessing",
        "ज़िम्बाब्वे के तेज़ गेंदबाज़ ब्लेसिंग मुज़राबानी ने तीन विकेट लिए।",
    ),  # Zimbabwean
    (
        "name-calque",
        "The late reggae singer Lucky Dube was remembered in Johannesburg.",
        "दिवंगत रेगे गायक भाग्यशाली डुबे को जोहान्सबर्ग में याद किया गया।",
        "भाग्यशाली",
        "Lucky",
        "दिवंगत रेगे गायक लकी डुबे को जोहान्सबर्ग में याद किया गया।",
    ),  # South African
    (
        "name-calque",
        "Sprinter Usain Bolt opened a restaurant in Kingston.",
        "धावक उसैन बिजली ने किंग्स्टन में एक रेस्तरां खोला।",
        "बिजली",
        "Bolt",
        "धावक उसैन बोल्ट ने किंग्स्टन में एक रेस्तरां खोला।",
    ),  # Jamaican
    (
        "name-calque",
        "Brazilian striker Gabriel Jesus returned from injury.",
        "ब्राज़ीली स्ट्राइकर गेब्रियल यीशु चोट से लौट आए।",
        "यीशु",
        "Jesus",
        "ब्राज़ीली स्ट्राइकर गेब्रियल जीसस चोट से लौट आए।",
    ),  # Brazilian
    (
        "name-calque",
        "Table tennis champion Ma Long won his third Olympic title.",
        "टेबल टेनिस चैंपियन मा लंबा ने अपना तीसरा ओलंपिक खिताब जीता।",
        "लंबा",
        "Long",
        "टेबल टेनिस चैंपियन मा लॉन्ग ने अपना तीसरा ओलंपिक खिताब जीता।",
    ),  # Chinese
    (
        "name-calque",
        "Actress Gong Li chaired the festival jury.",
        "अभिनेत्री घंटा ली ने महोत्सव की जूरी की अध्यक्षता की।",
        "घंटा",
        "Gong",
        "अभिनेत्री गोंग ली ने महोत्सव की जूरी की अध्यक्षता की।",
    ),  # Chinese
    (
        "name-calque",
        "Former footballer Park Ji-sung visited Manchester.",
        "पूर्व फुटबॉलर उद्यान जी-सुंग ने मैनचेस्टर का दौरा किया।",
        "उद्यान",
        "Park",
        "पूर्व फुटबॉलर पार्क जी-सुंग ने मैनचेस्टर का दौरा किया।",
    ),  # Korean
    (
        "name-calque",
        "Dutch prime minister Mark Rutte became NATO secretary general.",
        "डच प्रधानमंत्री निशान रुटे नाटो के महासचिव बने।",
        "निशान",
        "Mark",
        "डच प्रधानमंत्री मार्क रुटे नाटो के महासचिव बने।",
    ),  # Dutch
    (
        "name-calque",
        "Former East German spy chief Markus Wolf died in Berlin.",
        "पूर्व पूर्वी जर्मन जासूसी प्रमुख मार्कस भेड़िया का बर्लिन में निधन हो गया।",
        "भेड़िया",
        "Wolf",
        "पूर्व पूर्वी जर्मन जासूसी प्रमुख मार्कस वुल्फ का बर्लिन में निधन हो गया।",
    ),  # German
    (
        "name-calque",
        "Basketball player Kevin Love signed a new contract.",
        "बास्केटबॉल खिलाड़ी केविन प्यार ने नया अनुबंध किया।",
        "प्यार",
        "Love",
        "बास्केटबॉल खिलाड़ी केविन लव ने नया अनुबंध किया।",
    ),  # American
    (
        "name-calque",
        "A film about jazz singer Billie Holiday opened this week.",
        "जैज़ गायिका बिली छुट्टी पर बनी फिल्म इस सप्ताह रिलीज़ हुई।",
        "छुट्टी",
        "Holiday",
        "जैज़ गायिका बिली हॉलिडे पर बनी फिल्म इस सप्ताह रिलीज़ हुई।",
    ),  # American
    (
        "name-calque",
        "Musician Stevie Wonder received a lifetime award.",
        "संगीतकार स्टीवी आश्चर्य को आजीवन सम्मान मिला।",
        "आश्चर्य",
        "Wonder",
        "संगीतकार स्टीवी वंडर को आजीवन सम्मान मिला।",
    ),  # American
    (
        "name-calque",
        "Singer Nick Cave is touring Europe.",
        "गायक निक गुफा यूरोप का दौरा कर रहे हैं।",
        "गुफा",
        "Cave",
        "गायक निक केव यूरोप का दौरा कर रहे हैं।",
    ),  # Australian
    (
        "name-calque",
        "Comedian Chris Rock hosted the show.",
        "हास्य कलाकार क्रिस चट्टान ने कार्यक्रम की मेज़बानी की।",
        "चट्टान",
        "Rock",
        "हास्य कलाकार क्रिस रॉक ने कार्यक्रम की मेज़बानी की।",
    ),  # American
    (
        "name-calque",
        "Golfer Justin Rose finished second.",
        "गोल्फर जस्टिन गुलाब दूसरे स्थान पर रहे।",
        "गुलाब",
        "Rose",
        "गोल्फर जस्टिन रोज़ दूसरे स्थान पर रहे।",
    ),  # English
    (
        "name-calque",
        "Mrs Love thanked the volunteers.",
        "श्रीमती प्यार ने स्वयंसेवकों को धन्यवाद दिया।",
        "प्यार",
        "Love",
        "श्रीमती लव ने स्वयंसेवकों को धन्यवाद दिया।",
    ),  # honorific
    (
        "name-calque",
        "Mr Wolf refused to comment.",
        "श्री भेड़िया ने टिप्पणी करने से इनकार कर दिया।",
        "भेड़िया",
        "Wolf",
        "श्री वुल्फ ने टिप्पणी करने से इनकार कर दिया।",
    ),  # honorific
    # ---- hyphenated syllables
    (
        "name-hyphen",
        "Director Hong Sang-soo won the jury prize.",
        "निर्देशक होंग गाया-सू ने जूरी पुरस्कार जीता।",
        "गाया-सू",
        "Sang",
        "निर्देशक होंग सांग-सू ने जूरी पुरस्कार जीता।",
    ),  # Korean
    (
        "name-hyphen",
        "Actress Jeon Do-yeon starred in the series.",
        "अभिनेत्री जियोन करो-योन ने श्रृंखला में मुख्य भूमिका निभाई।",
        "करो-योन",
        "Do",
        "अभिनेत्री जियोन डो-योन ने श्रृंखला में मुख्य भूमिका निभाई।",
    ),  # Korean
    (
        "name-hyphen",
        "Actress Kim Go-eun attended the awards.",
        "अभिनेत्री किम जाओ-यून पुरस्कार समारोह में पहुंचीं।",
        "जाओ-यून",
        "Go",
        "अभिनेत्री किम गो-यून पुरस्कार समारोह में पहुंचीं।",
    ),  # Korean
    (
        "name-hyphen",
        "Sprinter Shelly-Ann Fraser-Pryce won gold again.",
        "धाविका शेली-एन फ्रेज़र-कीमत ने फिर स्वर्ण जीता।",
        "फ्रेज़र-कीमत",
        "Pryce",
        "धाविका शेली-एन फ्रेज़र-प्राइस ने फिर स्वर्ण जीता।",
    ),  # Jamaican
    # ---- titles, offices and institutions rendered word for word
    (
        "title-calque",
        "The Pentagon announced new troop deployments.",
        "पंचभुज ने सैनिकों की नई तैनाती की घोषणा की।",
        "पंचभुज",
        "Pentagon",
        "पेंटागन ने सैनिकों की नई तैनाती की घोषणा की।",
    ),
    (
        "title-calque",
        "The White House rejected the report.",
        "सफेद घर ने रिपोर्ट को खारिज कर दिया।",
        "सफेद घर",
        "White House",
        "व्हाइट हाउस ने रिपोर्ट को खारिज कर दिया।",
    ),
    (
        "title-calque",
        "Speaker Nancy Pelosi led the delegation.",
        "वक्ता नैन्सी पेलोसी ने प्रतिनिधिमंडल का नेतृत्व किया।",
        "वक्ता",
        "Speaker",
        "स्पीकर नैन्सी पेलोसी ने प्रतिनिधिमंडल का नेतृत्व किया।",
    ),
    (
        "title-calque",
        "The Chancellor of the Exchequer will present the budget on Wednesday.",
        "खजाने के कुलाधिपति बुधवार को बजट पेश करेंगे।",
        "खजाने के कुलाधिपति",
        "Chancellor of the Exchequer",
        "ब्रिटेन के वित्त मंत्री बुधवार को बजट पेश करेंगे।",
    ),
    (
        "title-calque",
        "Protesters gathered outside Downing Street.",
        "प्रदर्शनकारी डाउनिंग गली के बाहर जमा हुए।",
        "डाउनिंग गली",
        "Downing Street",
        "प्रदर्शनकारी डाउनिंग स्ट्रीट के बाहर जमा हुए।",
    ),
    (
        "title-calque",
        "The bill was debated in the House of Lords.",
        "विधेयक पर भगवानों के घर में बहस हुई।",
        "भगवानों के घर",
        "House of Lords",
        "विधेयक पर हाउस ऑफ लॉर्ड्स में बहस हुई।",
    ),
    (
        "title-calque",
        "The Vice President will visit Ghana.",
        "बुराई राष्ट्रपति घाना की यात्रा करेंगे।",
        "बुराई राष्ट्रपति",
        "Vice President",
        "उपराष्ट्रपति घाना की यात्रा करेंगे।",
    ),
    (
        "title-calque",
        "The Holy See issued a statement on the war.",
        "पवित्र देखें ने युद्ध पर बयान जारी किया।",
        "पवित्र देखें",
        "Holy See",
        "होली सी (वेटिकन) ने युद्ध पर बयान जारी किया।",
    ),
    (
        "title-calque",
        "Fed chair Jerome Powell kept rates unchanged.",
        "खिलाया अध्यक्ष जेरोम पॉवेल ने दरें स्थिर रखीं।",
        "खिलाया",
        "Fed",
        "फेड अध्यक्ष जेरोम पॉवेल ने दरें स्थिर रखीं।",
    ),
    (
        "title-calque",
        "Scotland's First Minister called for a new referendum.",
        "स्कॉटलैंड की पहली मंत्री ने नए जनमत संग्रह की मांग की।",
        "पहली मंत्री",
        "First Minister",
        "स्कॉटलैंड की फर्स्ट मिनिस्टर ने नए जनमत संग्रह की मांग की।",
    ),
    (
        "title-calque",
        "The Secretary General of NATO met the defence ministers.",
        "नाटो के सचिव सामान्य ने रक्षा मंत्रियों से मुलाकात की।",
        "सचिव सामान्य",
        "Secretary General",
        "नाटो के महासचिव ने रक्षा मंत्रियों से मुलाकात की।",
    ),
    (
        "title-calque",
        "The Shadow Home Secretary attacked the plan.",
        "छाया घर सचिव ने योजना पर हमला बोला।",
        "छाया घर सचिव",
        "Shadow Home Secretary",
        "विपक्ष के छाया गृह मंत्री ने योजना पर हमला बोला।",
    ),
    (
        "title-calque",
        "Detectives from Scotland Yard arrested two men.",
        "स्कॉटलैंड आंगन के जासूसों ने दो लोगों को गिरफ्तार किया।",
        "स्कॉटलैंड आंगन",
        "Scotland Yard",
        "स्कॉटलैंड यार्ड के जासूसों ने दो लोगों को गिरफ्तार किया।",
    ),
    (
        "title-calque",
        "Shares fell on Wall Street.",
        "दीवार गली पर शेयर गिर गए।",
        "दीवार गली",
        "Wall Street",
        "वॉल स्ट्रीट पर शेयर गिर गए।",
    ),
]

LITERAL = [
    ("name-calque", "The elephant's tusk was found in the forest.", "हाथी का दांत जंगल में मिला।"),
    ("name-calque", "Donald brushed his teeth and left.", "डोनाल्ड दांत साफ़ करके निकल गया।"),
    ("name-calque", "Ash covered the village after the eruption.", "विस्फोट के बाद गांव पर राख जम गई।"),
    ("name-calque", "The rebel leader surrendered.", "विद्रोही नेता ने आत्मसमर्पण कर दिया।"),
    ("name-calque", "A pit was dug on the road.", "सड़क पर एक गड्ढा खोदा गया।"),
    ("name-calque", "Brad fell into a pit while running.", "दौड़ते हुए ब्रैड गड्ढे में गिर गया।"),
    ("name-calque", "A probe is on its way to Mars.", "एक यान मंगल की ओर जा रहा है।"),
    ("name-calque", "He has studied many styles of music.", "उन्होंने संगीत की कई शैलियां सीखी हैं।"),
    ("name-calque", "The mountain was covered with snow.", "पर्वत बर्फ से ढका था।"),
    ("name-calque", "Rice prices rose in the market.", "बाज़ार में चावल के दाम बढ़े।"),
    ("name-calque", "Declan cooked rice for everyone.", "डेक्लन ने सबके लिए चावल पकाए।"),
    ("name-calque", "The road here is wide.", "यहाँ की सड़क चौड़ी है और साफ़ है।"),
    ("name-calque", "Those who strengthen the roots last long.", "जो जड़ मज़बूत करता है वह टिकता है।"),
    ("name-calque", "Mark bought wood for the winter.", "मार्क ने सर्दियों के लिए लकड़ी खरीदी।"),
    ("name-calque", "A drain runs beside the road.", "सड़क के किनारे एक नाला बहता है।"),
    ("name-calque", "The country's military power has grown.", "देश की सैन्य शक्ति बढ़ी है।"),
    ("name-calque", "Faith in the courts is falling.", "अदालतों में आस्था घट रही है।"),
    ("name-calque", "The elders gave their blessing to the couple.", "बुजुर्गों ने जोड़े को आशीर्वाद दिया।"),
    ("name-calque", "The lucky winners were announced.", "भाग्यशाली विजेताओं के नाम घोषित किए गए।"),
    ("name-calque", "Electricity was cut for three hours.", "तीन घंटे तक बिजली कटी रही।"),
    ("name-calque", "Usain paid the electricity bill.", "उसैन ने बिजली का बिल भरा।"),
    ("name-calque", "Christians remembered Jesus at Christmas.", "ईसाइयों ने क्रिसमस पर यीशु को याद किया।"),
    ("name-calque", "The road was long.", "रास्ता बहुत लंबा था।"),
    ("name-calque", "The temple bell rang in the morning.", "सुबह मंदिर का घंटा बजा।"),
    ("name-calque", "Children play in the park.", "बच्चे उद्यान में खेलते हैं।"),
    ("name-calque", "Mark on the map where the bridge is.", "नक्शे पर पुल का निशान लगाइए।"),
    ("name-calque", "A wolf was seen near the village.", "गांव के पास एक भेड़िया देखा गया।"),
    ("name-calque", "Kevin spoke with love to the children.", "केविन ने बच्चों से प्यार से बात की।"),
    ("name-calque", "Schools will be on holiday on Friday.", "शुक्रवार को स्कूलों में छुट्टी रहेगी।"),
    ("name-calque", "Billie took a holiday on Friday.", "बिली ने शुक्रवार को छुट्टी ली।"),
    ("name-calque", "The news caused surprise.", "इस खबर से लोगों को आश्चर्य हुआ।"),
    ("name-calque", "Ancient paintings were found in the cave.", "गुफा में प्राचीन चित्र मिले।"),
    ("name-calque", "A rock fell on the road.", "सड़क पर एक चट्टान गिर गई।"),
    ("name-calque", "She gave him a rose.", "उसने उसे एक गुलाब दिया।"),
    ("name-calque", "Rose watered the roses every day.", "रोज़ गुलाब को पानी दिया जाता है।"),
    ("name-calque", "Mrs Sharma thanked the volunteers.", "श्रीमती शर्मा ने स्वयंसेवकों को धन्यवाद दिया।"),
    ("name-hyphen", "The song was sung by children.", "बच्चों ने गीत गाया-बजाया।"),
    ("name-hyphen", "Come and go, said the teacher.", "शिक्षक ने कहा, आओ-जाओ मत, बैठो।"),
    ("name-hyphen", "Work, do not talk.", "काम करो-बात मत करो।"),
    ("title-calque", "A pentagon has five sides.", "पंचभुज की पांच भुजाएं होती हैं।"),
    ("title-calque", "They painted the house white.", "उन्होंने घर को सफेद रंग दिया; सफेद घर धूप में चमकता है।"),
    ("title-calque", "The speaker at the seminar was a historian.", "संगोष्ठी में वक्ता एक इतिहासकार थे।"),
    (
        "title-calque",
        "The chancellor of the university gave degrees.",
        "विश्वविद्यालय के कुलाधिपति ने उपाधियां दीं।",
    ),
    ("title-calque", "Children play in the lane.", "बच्चे गली में खेलते हैं।"),
    ("title-calque", "Devotees prayed to God.", "भक्तों ने भगवान की पूजा की।"),
    ("title-calque", "Evil cannot defeat good.", "बुराई अच्छाई को नहीं हरा सकती; राष्ट्रपति ने यही कहा।"),
    ("title-calque", "The holy river was cleaned.", "पवित्र नदी की सफाई की गई।"),
    ("title-calque", "The children were fed at school.", "बच्चों को स्कूल में खाना खिलाया गया।"),
    ("title-calque", "She became the first woman minister of the state.", "वह राज्य की पहली महिला मंत्री बनीं।"),
    ("title-calque", "The secretary gave general information.", "सचिव ने सामान्य जानकारी दी।"),
    ("title-calque", "Farmers rested in the shade of the house.", "किसान घर की छाया में आराम कर रहे थे।"),
    ("title-calque", "Children played in the courtyard.", "बच्चे आंगन में खेल रहे थे।"),
    ("title-calque", "A wall was built along the lane.", "गली के किनारे दीवार बनाई गई।"),
]
