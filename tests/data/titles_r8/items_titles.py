"""Round-8 titles held-out items (hand-written 2026-11-28 BEFORE the round-8 HI207/HI208 work,
never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

English proper names rendered word for word in Hindi where Hindi news keeps them transliterated:
sports teams and clubs, leagues, trophies and tournaments, events, buildings and streets, offices
and nicknames. None of these names is in heldout_r4/r5/r6/r7, titles_r6/r7, the issue texts,
audit/data/title_inventory.toml, place_name_words.toml or calques.toml when written (checked by
grep). Clean rows: each flawed row's correct translation (`c-title-NN`) and look-alikes
(`l-title-NN`): names Hindi really translates (institutions of the Indian state, awards, games,
monuments), role words before correct names, plain clauses, and the same words in ordinary use.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

T = "title-calque"
L = "title"

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
    # teams and clubs
    F(
        T,
        "The Chicago Bulls won their fifth straight game.",
        "शिकागो सांडों ने लगातार पांचवां मैच जीता।",
        [("शिकागो सांडों", "Chicago Bulls")],
        "शिकागो बुल्स ने लगातार पांचवां मैच जीता।",
    ),
    F(
        T,
        "Crystal Palace beat Brighton at Selhurst Park.",
        "क्रिस्टल महल ने सेलहर्स्ट पार्क में ब्राइटन को हराया।",
        [("क्रिस्टल महल", "Crystal Palace")],
        "क्रिस्टल पैलेस ने सेलहर्स्ट पार्क में ब्राइटन को हराया।",
    ),
    F(
        T,
        "Manchester City lifted the trophy for the fourth time.",
        "मैनचेस्टर शहर ने चौथी बार ट्रॉफी उठाई।",
        [("मैनचेस्टर शहर", "Manchester City")],
        "मैनचेस्टर सिटी ने चौथी बार ट्रॉफी उठाई।",
    ),
    F(
        T,
        "Delhi Capitals lost to Gujarat Titans by six wickets.",
        "दिल्ली राजधानियों को गुजरात दानवों ने छह विकेट से हराया।",
        [("दिल्ली राजधानियों", "Delhi Capitals"), ("गुजरात दानवों", "Gujarat Titans")],
        "दिल्ली कैपिटल्स को गुजरात टाइटन्स ने छह विकेट से हराया।",
    ),
    F(
        T,
        "Rajasthan Royals signed a new fast bowler.",
        "राजस्थान शाही ने एक नए तेज़ गेंदबाज़ को अनुबंधित किया।",
        [("राजस्थान शाही", "Rajasthan Royals")],
        "राजस्थान रॉयल्स ने एक नए तेज़ गेंदबाज़ को अनुबंधित किया।",
    ),
    F(
        T,
        "The Golden State Warriors are chasing another championship.",
        "स्वर्णिम राज्य योद्धा एक और चैंपियनशिप की तलाश में हैं।",
        [("स्वर्णिम राज्य योद्धा", "Golden State Warriors")],
        "गोल्डन स्टेट वॉरियर्स एक और चैंपियनशिप की तलाश में हैं।",
    ),
    F(
        T,
        "Patna Pirates defeated Bengaluru Bulls in the kabaddi final.",
        "पटना समुद्री लुटेरों ने कबड्डी फ़ाइनल में बेंगलुरु सांडों को हराया।",
        [("पटना समुद्री लुटेरों", "Patna Pirates"), ("बेंगलुरु सांडों", "Bengaluru Bulls")],
        "पटना पाइरेट्स ने कबड्डी फ़ाइनल में बेंगलुरु बुल्स को हराया।",
    ),
    F(
        T,
        "Jaipur Pink Panthers topped the table this season.",
        "जयपुर गुलाबी तेंदुए इस सत्र में अंक तालिका में शीर्ष पर रहे।",
        [("जयपुर गुलाबी तेंदुए", "Jaipur Pink Panthers")],
        "जयपुर पिंक पैंथर्स इस सत्र में अंक तालिका में शीर्ष पर रहे।",
    ),
    F(
        T,
        "The Dallas Cowboys fired their head coach.",
        "डलास चरवाहों ने अपने मुख्य कोच को बर्खास्त कर दिया।",
        [("डलास चरवाहों", "Dallas Cowboys")],
        "डलास काउबॉयज़ ने अपने मुख्य कोच को बर्खास्त कर दिया।",
    ),
    F(
        T,
        "The New England Patriots drafted a young quarterback.",
        "न्यू इंग्लैंड देशभक्तों ने एक युवा क्वार्टरबैक को चुना।",
        [("न्यू इंग्लैंड देशभक्तों", "New England Patriots")],
        "न्यू इंग्लैंड पैट्रियट्स ने एक युवा क्वार्टरबैक को चुना।",
    ),
    F(
        T,
        "Wolverhampton Wanderers were relegated on Saturday.",
        "वॉल्वरहैम्प्टन घुमक्कड़ शनिवार को निचली श्रेणी में चले गए।",
        [("वॉल्वरहैम्प्टन घुमक्कड़", "Wolverhampton Wanderers")],
        "वॉल्वरहैम्प्टन वांडरर्स शनिवार को निचली श्रेणी में चले गए।",
    ),
    F(
        T,
        "The Toronto Raptors beat the Phoenix Suns at home.",
        "टोरंटो शिकारी पक्षियों ने घरेलू मैदान पर फीनिक्स सूरजों को हराया।",
        [("टोरंटो शिकारी पक्षियों", "Toronto Raptors"), ("फीनिक्स सूरजों", "Phoenix Suns")],
        "टोरंटो रैप्टर्स ने घरेलू मैदान पर फीनिक्स सन्स को हराया।",
    ),
    F(
        T,
        "Aston Villa will play in Europe next season.",
        "एस्टन हवेली अगले सत्र में यूरोप में खेलेगी।",
        [("एस्टन हवेली", "Aston Villa")],
        "एस्टन विला अगले सत्र में यूरोप में खेलेगी।",
    ),
    F(
        T,
        "Red Devils fans protested against the owners.",
        "लाल शैतानों के प्रशंसकों ने मालिकों के ख़िलाफ़ प्रदर्शन किया।",
        [("लाल शैतानों", "Red Devils (Manchester United)")],
        "रेड डेविल्स के प्रशंसकों ने मालिकों के ख़िलाफ़ प्रदर्शन किया।",
    ),
    # leagues, trophies, tournaments
    F(
        T,
        "Nottingham Forest sold their captain to a Spanish club.",
        "नॉटिंघम जंगल ने अपने कप्तान को एक स्पेनिश क्लब को बेच दिया।",
        [("नॉटिंघम जंगल", "Nottingham Forest")],
        "नॉटिंघम फ़ॉरेस्ट ने अपने कप्तान को एक स्पेनिश क्लब को बेच दिया।",
    ),
    F(
        T,
        "India will host the Davis Cup tie in Lucknow.",
        "भारत लखनऊ में डेविस प्याला मुकाबले की मेज़बानी करेगा।",
        [("डेविस प्याला", "Davis Cup")],
        "भारत लखनऊ में डेविस कप मुकाबले की मेज़बानी करेगा।",
    ),
    F(
        T,
        "Sheffield United won promotion after a penalty shootout.",
        "शेफ़ील्ड संयुक्त ने पेनल्टी शूटआउट के बाद पदोन्नति हासिल की।",
        [("शेफ़ील्ड संयुक्त", "Sheffield United")],
        "शेफ़ील्ड यूनाइटेड ने पेनल्टी शूटआउट के बाद पदोन्नति हासिल की।",
    ),
    F(
        T,
        "The Sacramento Kings ended their losing streak.",
        "सैक्रामेंटो राजाओं ने हार का सिलसिला तोड़ा।",
        [("सैक्रामेंटो राजाओं", "Sacramento Kings")],
        "सैक्रामेंटो किंग्स ने हार का सिलसिला तोड़ा।",
    ),
    F(
        T,
        "The Stanley Cup returned to Canada after decades.",
        "स्टैनली प्याला दशकों बाद कनाडा लौटा।",
        [("स्टैनली प्याला", "Stanley Cup")],
        "स्टैनली कप दशकों बाद कनाडा लौटा।",
    ),
    F(
        T,
        "He took the Purple Cap with 27 wickets.",
        "उन्होंने 27 विकेट लेकर बैंगनी टोपी हासिल की।",
        [("बैंगनी टोपी", "Purple Cap")],
        "उन्होंने 27 विकेट लेकर पर्पल कैप हासिल की।",
    ),
    F(
        T,
        "Pakistan won the Champions Trophy in 2017.",
        "पाकिस्तान ने 2017 में विजेता ट्रॉफी जीती।",
        [("विजेता ट्रॉफी", "Champions Trophy")],
        "पाकिस्तान ने 2017 में चैंपियंस ट्रॉफी जीती।",
    ),
    F(
        T,
        "The film won the Golden Bear in Berlin.",
        "फ़िल्म ने बर्लिन में सुनहरा भालू जीता।",
        [("सुनहरा भालू", "Golden Bear")],
        "फ़िल्म ने बर्लिन में गोल्डन बेयर जीता।",
    ),
    F(
        T,
        "The World Series went to a seventh game.",
        "विश्व श्रृंखला सातवें मैच तक खिंच गई।",
        [("विश्व श्रृंखला", "World Series")],
        "वर्ल्ड सीरीज़ सातवें मैच तक खिंच गई।",
    ),
    # events
    F(
        T,
        "The Seattle Seahawks signed a new kicker.",
        "सिएटल समुद्री बाज़ों ने एक नए किकर को अनुबंधित किया।",
        [("सिएटल समुद्री बाज़ों", "Seattle Seahawks")],
        "सिएटल सीहॉक्स ने एक नए किकर को अनुबंधित किया।",
    ),
    F(
        T,
        "Lucknow Super Giants chased down the target in the last over.",
        "लखनऊ सुपर दानवों ने आख़िरी ओवर में लक्ष्य हासिल कर लिया।",
        [("लखनऊ सुपर दानवों", "Lucknow Super Giants")],
        "लखनऊ सुपर जायंट्स ने आख़िरी ओवर में लक्ष्य हासिल कर लिया।",
    ),
    F(
        T,
        "Artists built huge sculptures in the desert for Burning Man.",
        "कलाकारों ने जलते आदमी के लिए रेगिस्तान में विशाल मूर्तियां बनाईं।",
        [("जलते आदमी", "Burning Man")],
        "कलाकारों ने बर्निंग मैन के लिए रेगिस्तान में विशाल मूर्तियां बनाईं।",
    ),
    # buildings, streets, places
    F(
        T,
        "Haryana Steelers won the kabaddi league for the first time.",
        "हरियाणा इस्पात वालों ने पहली बार कबड्डी लीग जीती।",
        [("हरियाणा इस्पात वालों", "Haryana Steelers")],
        "हरियाणा स्टीलर्स ने पहली बार कबड्डी लीग जीती।",
    ),
    F(
        T,
        "Messi won the Ballon d'Or for the eighth time.",
        "मेसी ने आठवीं बार सुनहरी गेंद जीती।",
        [("सुनहरी गेंद", "Ballon d'Or")],
        "मेसी ने आठवीं बार बैलन डी'ओर जीता।",
    ),
    F(
        T,
        "The club reached the Europa League final.",
        "क्लब यूरोपा संघ के फ़ाइनल में पहुंचा।",
        [("यूरोपा संघ", "Europa League")],
        "क्लब यूरोपा लीग के फ़ाइनल में पहुंचा।",
    ),
    F(
        T,
        "Europe retained the Ryder Cup in Rome.",
        "यूरोप ने रोम में राइडर प्याला बरकरार रखा।",
        [("राइडर प्याला", "Ryder Cup")],
        "यूरोप ने रोम में राइडर कप बरकरार रखा।",
    ),
    F(
        T,
        "Evening walkers crowded Marine Drive after the rain.",
        "बारिश के बाद शाम को टहलने वालों से समुद्री चालन भर गया।",
        [("समुद्री चालन", "Marine Drive")],
        "बारिश के बाद शाम को टहलने वालों से मरीन ड्राइव भर गया।",
    ),
    F(
        T,
        "The director won the Golden Lion in Venice.",
        "निर्देशक ने वेनिस में सुनहरा शेर जीता।",
        [("सुनहरा शेर", "Golden Lion")],
        "निर्देशक ने वेनिस में गोल्डन लायन जीता।",
    ),
    F(
        T,
        "New Orleans was packed with revellers for Mardi Gras.",
        "मोटे मंगलवार के लिए न्यू ऑरलियन्स मौज-मस्ती करने वालों से भरा था।",
        [("मोटे मंगलवार", "Mardi Gras")],
        "मार्डी ग्रा के लिए न्यू ऑरलियन्स मौज-मस्ती करने वालों से भरा था।",
    ),
    F(
        T,
        "Phone sales doubled during the Big Billion Days sale.",
        "बड़े अरब दिनों की सेल के दौरान फ़ोन की बिक्री दोगुनी हो गई।",
        [("बड़े अरब दिनों", "Big Billion Days")],
        "बिग बिलियन डेज़ सेल के दौरान फ़ोन की बिक्री दोगुनी हो गई।",
    ),
    # offices and nicknames
    F(
        T,
        "United have not lost at Old Trafford this season.",
        "यूनाइटेड इस सत्र में पुराने ट्रैफ़र्ड में नहीं हारा है।",
        [("पुराने ट्रैफ़र्ड", "Old Trafford")],
        "यूनाइटेड इस सत्र में ओल्ड ट्रैफ़र्ड में नहीं हारा है।",
    ),
    F(
        T,
        "The Sultan of Swing took five wickets on debut.",
        "झूले के सुल्तान ने पदार्पण पर पांच विकेट लिए।",
        [("झूले के सुल्तान", "Sultan of Swing (Wasim Akram)")],
        "सुल्तान ऑफ़ स्विंग ने पदार्पण पर पांच विकेट लिए।",
    ),
    F(
        T,
        "The Big Show hit a hundred off forty balls.",
        "बड़े प्रदर्शन ने चालीस गेंदों में शतक जड़ा।",
        [("बड़े प्रदर्शन", "Big Show (Glenn Maxwell)")],
        "बिग शो ने चालीस गेंदों में शतक जड़ा।",
    ),
    F(
        T,
        "Luxury brands opened new stores on Fifth Avenue.",
        "लक्ज़री ब्रांडों ने पांचवें मार्ग पर नए स्टोर खोले।",
        [("पांचवें मार्ग", "Fifth Avenue")],
        "लक्ज़री ब्रांडों ने फ़िफ़्थ एवेन्यू पर नए स्टोर खोले।",
    ),
    F(
        T,
        "Captain Cool finished the match with a six.",
        "कप्तान ठंडा ने छक्का लगाकर मैच ख़त्म किया।",
        [("कप्तान ठंडा", "Captain Cool")],
        "कैप्टन कूल ने छक्का लगाकर मैच ख़त्म किया।",
    ),
    F(
        T,
        "Bengal Warriors beat the defending champions.",
        "बंगाल योद्धाओं ने गत विजेता को हराया।",
        [("बंगाल योद्धाओं", "Bengal Warriors")],
        "बंगाल वॉरियर्स ने गत विजेता को हराया।",
    ),
    F(
        T,
        "The Universe Boss hit eleven sixes in the match.",
        "ब्रह्मांड मालिक ने मैच में ग्यारह छक्के लगाए।",
        [("ब्रह्मांड मालिक", "Universe Boss (Chris Gayle)")],
        "यूनिवर्स बॉस ने मैच में ग्यारह छक्के लगाए।",
    ),
]

TITLE_LOOKALIKES = [
    # names Hindi really translates: institutions, awards, games, days, monuments
    C(L, "The Supreme Court stayed the order.", "सर्वोच्च न्यायालय ने आदेश पर रोक लगा दी।"),
    C(
        L,
        "The Reserve Bank of India kept the repo rate unchanged.",
        "भारतीय रिज़र्व बैंक ने रेपो दर में कोई बदलाव नहीं किया।",
    ),
    C(L, "The World Health Organization issued a warning.", "विश्व स्वास्थ्य संगठन ने चेतावनी जारी की।"),
    C(
        L,
        "The International Monetary Fund cut its growth forecast.",
        "अंतरराष्ट्रीय मुद्रा कोष ने विकास का अनुमान घटा दिया।",
    ),
    C(
        L,
        "The Central Bureau of Investigation arrested two officials.",
        "केंद्रीय जांच ब्यूरो ने दो अधिकारियों को गिरफ़्तार किया।",
    ),
    C(L, "The National Green Tribunal fined the factory.", "राष्ट्रीय हरित अधिकरण ने कारख़ाने पर जुर्माना लगाया।"),
    C(L, "The Attorney General appeared before the bench.", "महान्यायवादी पीठ के सामने पेश हुए।"),
    C(L, "India won four medals at the Asian Games.", "भारत ने एशियाई खेलों में चार पदक जीते।"),
    C(L, "The Commonwealth Games will be held in Glasgow.", "राष्ट्रमंडल खेल ग्लासगो में आयोजित होंगे।"),
    C(L, "She received the Nobel Peace Prize in Oslo.", "उन्हें ओस्लो में नोबेल शांति पुरस्कार मिला।"),
    C(L, "The wrestler was given the Arjuna Award.", "पहलवान को अर्जुन पुरस्कार दिया गया।"),
    C(L, "Schools celebrated Children's Day with songs.", "स्कूलों ने गीतों के साथ बाल दिवस मनाया।"),
    C(L, "Earth Day reminds us to save water.", "पृथ्वी दिवस हमें पानी बचाने की याद दिलाता है।"),
    C(L, "Pilgrims lined up at the Golden Temple at dawn.", "भोर में स्वर्ण मंदिर में श्रद्धालु कतार में खड़े थे।"),
    C(L, "The prime minister hoisted the flag at the Red Fort.", "प्रधानमंत्री ने लाल किले पर झंडा फहराया।"),
    C(L, "The Flying Sikh inspired a generation of athletes.", "उड़न सिख ने धावकों की एक पीढ़ी को प्रेरित किया।"),
    C(L, "Tourists photographed the Leaning Tower of Pisa.", "पर्यटकों ने पीसा की झुकी मीनार की तस्वीरें लीं।"),
    C(
        L,
        "The Great Wall of China stretches for thousands of kilometres.",
        "चीन की महान दीवार हज़ारों किलोमीटर तक फैली है।",
    ),
    C(
        L,
        "The President's House opened its gardens to the public.",
        "राष्ट्रपति भवन ने अपने उद्यान जनता के लिए खोल दिए।",
    ),
    # role words before correct names
    C(L, "Captain Rohit Sharma won the toss.", "कप्तान रोहित शर्मा ने टॉस जीता।"),
    C(L, "Wrestler Vinesh Phogat reached the final.", "पहलवान विनेश फोगाट फ़ाइनल में पहुंचीं।"),
    C(L, "Boxer Nikhat Zareen won gold.", "मुक्केबाज़ निखत ज़रीन ने स्वर्ण जीता।"),
    C(L, "Batsman Shubman Gill scored a century.", "बल्लेबाज़ शुभमन गिल ने शतक बनाया।"),
    C(
        L,
        "Javelin thrower Neeraj Chopra thanked his fans.",
        "भाला फेंक खिलाड़ी नीरज चोपड़ा ने प्रशंसकों को धन्यवाद दिया।",
    ),
    # teams and events written correctly
    C(L, "Delhi Capitals beat Punjab Kings by five runs.", "दिल्ली कैपिटल्स ने पंजाब किंग्स को पांच रन से हराया।"),
    C(L, "Real Sociedad drew with Sevilla.", "रियल सोसिएदाद ने सेविला से ड्रॉ खेला।"),
    C(L, "Shoppers waited outside the mall on Cyber Monday.", "साइबर मंडे पर ख़रीदार मॉल के बाहर इंतज़ार करते रहे।"),
    # plain clauses and the same words in ordinary use
    C(L, "The old bridge collapsed after the flood.", "बाढ़ के बाद पुराना पुल गिर गया।"),
    C(L, "The wall of the school fell in the storm.", "तूफ़ान में स्कूल की दीवार गिर गई।"),
    C(L, "The stock market fell for the third day.", "शेयर बाज़ार लगातार तीसरे दिन गिर गया।"),
    C(L, "Heavy rain flooded the city of Manchester.", "भारी बारिश से मैनचेस्टर शहर में बाढ़ आ गई।"),
    C(L, "Bulls roamed freely on the streets of the old city.", "पुराने शहर की सड़कों पर सांड खुलेआम घूमते रहे।"),
    C(L, "Robbers looted a bank in Patna.", "पटना में लुटेरों ने एक बैंक लूट लिया।"),
    C(L, "Two leopards were seen near a village in Jaipur.", "जयपुर के एक गांव के पास दो तेंदुए देखे गए।"),
    C(
        L,
        "The royal family of Rajasthan opened its palace to tourists.",
        "राजस्थान के शाही परिवार ने अपना महल पर्यटकों के लिए खोला।",
    ),
    C(L, "Delhi is the capital of India.", "दिल्ली भारत की राजधानी है।"),
    C(L, "He ate a big apple after lunch.", "उसने दोपहर के भोजन के बाद एक बड़ा सेब खाया।"),
    C(L, "The hall was airy and bright.", "हॉल हवादार और रोशन था।"),
    C(L, "We reached the square on time.", "हम समय पर चौक पहुंच गए।"),
    C(L, "The shepherds brought their cows down from the hills.", "चरवाहे अपनी गायों को पहाड़ियों से नीचे लाए।"),
    C(L, "Patriots from every state joined the march.", "हर राज्य के देशभक्त मार्च में शामिल हुए।"),
    C(L, "The warriors of the old kingdom were brave.", "पुराने राज्य के योद्धा बहादुर थे।"),
    C(L, "The market stays open on Friday.", "बाज़ार शुक्रवार को खुला रहता है।"),
    C(L, "He wore a purple cap to the wedding.", "उसने शादी में बैंगनी टोपी पहनी।"),
    C(L, "The winner received a silver cup.", "विजेता को चांदी का प्याला मिला।"),
    C(L, "The killer was arrested in Mumbai.", "हत्यारे को मुंबई में गिरफ़्तार किया गया।"),
    C(L, "The old mansion in Aston was sold.", "एस्टन की पुरानी हवेली बिक गई।"),
    C(L, "Salt is made from the water of this lake.", "इस झील के पानी से नमक बनाया जाता है।"),
    C(L, "The long island road was closed for repairs.", "लंबी द्वीपीय सड़क मरम्मत के लिए बंद थी।"),
    C(L, "The oval table was placed in the office.", "अंडाकार मेज़ कार्यालय में रखी गई।"),
]
