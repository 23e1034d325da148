"""Round-9 titles held-out items (hand-written 2026-11-28 BEFORE the round-9 HI202/HI207/HI208 work,
never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Companies, brands, media, TV shows, events, teams and buildings whose English names are ordinary
English words, rendered word for word in Hindi where Hindi news keeps them transliterated. None of
these names is in heldout_r4..r8, titles_r6/r7/r8, names_r6..r8, the challenge sets, the issue texts
or audit/data/* when written (checked by grep on the English name; Oracle, Guardian, Subway and
Kingfisher occur in audit/data only as ordinary English words of the script/sense tables).
Clean rows: each flawed row's correct translation (`c-title-NN`) and look-alikes (`l-title-NN`):
names Hindi really translates (Indian public bodies, international organisations), correctly
transliterated companies in the same frames, and the same Hindi nouns in their plain sense.
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
    # companies and brands
    F(
        T,
        "Tata Steel reported a rise in quarterly profit.",
        "टाटा इस्पात ने तिमाही मुनाफ़े में बढ़ोतरी दर्ज की।",
        [("टाटा इस्पात", "Tata Steel")],
        "टाटा स्टील ने तिमाही मुनाफ़े में बढ़ोतरी दर्ज की।",
    ),
    F(
        T,
        "Reliance Industries will invest in solar panels.",
        "रिलायंस उद्योग सौर पैनलों में निवेश करेगी।",
        [("रिलायंस उद्योग", "Reliance Industries")],
        "रिलायंस इंडस्ट्रीज सौर पैनलों में निवेश करेगी।",
    ),
    F(
        T,
        "Oracle shares rose after the cloud deal.",
        "क्लाउड सौदे के बाद दैवज्ञ के शेयर चढ़ गए।",
        [("दैवज्ञ", "Oracle")],
        "क्लाउड सौदे के बाद ओरेकल के शेयर चढ़ गए।",
    ),
    F(
        T,
        "Sun Pharma recalled a batch of tablets.",
        "सूर्य फार्मा ने गोलियों का एक बैच वापस मंगाया।",
        [("सूर्य फार्मा", "Sun Pharma")],
        "सन फार्मा ने गोलियों का एक बैच वापस मंगाया।",
    ),
    F(
        T,
        "Hero MotoCorp sold two lakh scooters in March.",
        "नायक मोटोकॉर्प ने मार्च में दो लाख स्कूटर बेचे।",
        [("नायक मोटोकॉर्प", "Hero MotoCorp")],
        "हीरो मोटोकॉर्प ने मार्च में दो लाख स्कूटर बेचे।",
    ),
    F(
        T,
        "SpiceJet cancelled forty flights due to fog.",
        "मसाला जेट ने कोहरे के कारण चालीस उड़ानें रद्द कीं।",
        [("मसाला जेट", "SpiceJet")],
        "स्पाइसजेट ने कोहरे के कारण चालीस उड़ानें रद्द कीं।",
    ),
    F(
        T,
        "Jet Airways stopped flying in 2019.",
        "जेट वायुमार्ग ने 2019 में उड़ानें बंद कर दीं।",
        [("जेट वायुमार्ग", "Jet Airways")],
        "जेट एयरवेज़ ने 2019 में उड़ानें बंद कर दीं।",
    ),
    F(
        T,
        "Yes Bank customers queued outside ATMs.",
        "हाँ बैंक के ग्राहक एटीएम के बाहर कतार में खड़े थे।",
        [("हाँ बैंक", "Yes Bank")],
        "यस बैंक के ग्राहक एटीएम के बाहर कतार में खड़े थे।",
    ),
    F(
        T,
        "Axis Bank raised its lending rate.",
        "धुरी बैंक ने अपनी ऋण दर बढ़ा दी।",
        [("धुरी बैंक", "Axis Bank")],
        "एक्सिस बैंक ने अपनी ऋण दर बढ़ा दी।",
    ),
    F(
        T,
        "Subway opened twenty new outlets in Pune.",
        "भूमिगत मार्ग ने पुणे में बीस नए आउटलेट खोले।",
        [("भूमिगत मार्ग", "Subway")],
        "सबवे ने पुणे में बीस नए आउटलेट खोले।",
    ),
    F(
        T,
        "Burger King cut the price of its meals.",
        "बर्गर राजा ने अपने भोजन के दाम घटा दिए।",
        [("बर्गर राजा", "Burger King")],
        "बर्गर किंग ने अपने भोजन के दाम घटा दिए।",
    ),
    F(
        T,
        "Pizza Hut launched a new menu in Kolkata.",
        "पिज़्ज़ा झोपड़ी ने कोलकाता में नया मेन्यू लॉन्च किया।",
        [("पिज़्ज़ा झोपड़ी", "Pizza Hut")],
        "पिज़्ज़ा हट ने कोलकाता में नया मेन्यू लॉन्च किया।",
    ),
    F(
        T,
        "Royal Enfield unveiled a new motorcycle in Goa.",
        "शाही एनफ़ील्ड ने गोवा में नई मोटरसाइकिल पेश की।",
        [("शाही एनफ़ील्ड", "Royal Enfield")],
        "रॉयल एनफ़ील्ड ने गोवा में नई मोटरसाइकिल पेश की।",
    ),
    F(
        T,
        "Indian Oil cut the price of aviation fuel.",
        "भारतीय तेल ने विमान ईंधन की क़ीमत घटाई।",
        [("भारतीय तेल", "Indian Oil")],
        "इंडियन ऑयल ने विमान ईंधन की क़ीमत घटाई।",
    ),
    F(
        T,
        "Coal India hired ten thousand workers.",
        "कोयला भारत ने दस हज़ार कर्मचारियों की भर्ती की।",
        [("कोयला भारत", "Coal India")],
        "कोल इंडिया ने दस हज़ार कर्मचारियों की भर्ती की।",
    ),
    F(
        T,
        "British Airways resumed flights to Hyderabad.",
        "ब्रिटिश वायुमार्ग ने हैदराबाद के लिए उड़ानें फिर शुरू कीं।",
        [("ब्रिटिश वायुमार्ग", "British Airways")],
        "ब्रिटिश एयरवेज़ ने हैदराबाद के लिए उड़ानें फिर शुरू कीं।",
    ),
    F(
        T,
        "American Express opened a new office in Gurugram.",
        "अमेरिकी एक्सप्रेस ने गुरुग्राम में नया दफ़्तर खोला।",
        [("अमेरिकी एक्सप्रेस", "American Express")],
        "अमेरिकन एक्सप्रेस ने गुरुग्राम में नया दफ़्तर खोला।",
    ),
    F(
        T,
        "Max Hospital in Saket treated the injured.",
        "साकेत के अधिकतम अस्पताल में घायलों का इलाज हुआ।",
        [("अधिकतम अस्पताल", "Max Hospital")],
        "साकेत के मैक्स अस्पताल में घायलों का इलाज हुआ।",
    ),
    F(
        T,
        "Big Bazaar announced a weekend sale.",
        "बड़ा बाज़ार ने सप्ताहांत सेल की घोषणा की।",
        [("बड़ा बाज़ार", "Big Bazaar")],
        "बिग बाज़ार ने सप्ताहांत सेल की घोषणा की।",
    ),
    F(
        T,
        "Future Group sold its retail business.",
        "भविष्य समूह ने अपना खुदरा कारोबार बेच दिया।",
        [("भविष्य समूह", "Future Group")],
        "फ़्यूचर ग्रुप ने अपना खुदरा कारोबार बेच दिया।",
    ),
    F(
        T,
        "Vodafone Idea lost two million subscribers.",
        "वोडाफ़ोन विचार ने बीस लाख ग्राहक खो दिए।",
        [("वोडाफ़ोन विचार", "Vodafone Idea")],
        "वोडाफ़ोन आइडिया ने बीस लाख ग्राहक खो दिए।",
    ),
    F(
        T,
        "Asian Paints raised prices by four percent.",
        "एशियाई रंग ने दाम चार प्रतिशत बढ़ाए।",
        [("एशियाई रंग", "Asian Paints")],
        "एशियन पेंट्स ने दाम चार प्रतिशत बढ़ाए।",
    ),
    F(
        T,
        "Kingfisher Airlines owed its pilots months of salary.",
        "किलकिला एयरलाइंस पर पायलटों का महीनों का वेतन बकाया था।",
        [("किलकिला एयरलाइंस", "Kingfisher Airlines")],
        "किंगफ़िशर एयरलाइंस पर पायलटों का महीनों का वेतन बकाया था।",
    ),
    F(
        T,
        "Hindustan Aeronautics delivered two helicopters to the army.",
        "हिंदुस्तान वैमानिकी ने सेना को दो हेलीकॉप्टर सौंपे।",
        [("हिंदुस्तान वैमानिकी", "Hindustan Aeronautics")],
        "हिंदुस्तान एयरोनॉटिक्स ने सेना को दो हेलीकॉप्टर सौंपे।",
    ),
    F(
        T,
        "Blue Dart will deliver parcels on Sundays.",
        "नीला डार्ट रविवार को भी पार्सल पहुँचाएगा।",
        [("नीला डार्ट", "Blue Dart")],
        "ब्लू डार्ट रविवार को भी पार्सल पहुँचाएगा।",
    ),
    # media and television
    F(
        T,
        "The Washington Post published the leaked memo.",
        "वाशिंगटन डाक ने लीक हुआ ज्ञापन प्रकाशित किया।",
        [("वाशिंगटन डाक", "Washington Post")],
        "वाशिंगटन पोस्ट ने लीक हुआ ज्ञापन प्रकाशित किया।",
    ),
    F(
        T,
        "The Guardian newspaper interviewed the minister.",
        "अभिभावक अख़बार ने मंत्री का साक्षात्कार लिया।",
        [("अभिभावक", "The Guardian")],
        "गार्डियन अख़बार ने मंत्री का साक्षात्कार लिया।",
    ),
    F(
        T,
        "Fox News aired the debate live.",
        "लोमड़ी समाचार ने बहस का सीधा प्रसारण किया।",
        [("लोमड़ी समाचार", "Fox News")],
        "फ़ॉक्स न्यूज़ ने बहस का सीधा प्रसारण किया।",
    ),
    F(
        T,
        "Time magazine named her person of the year.",
        "समय पत्रिका ने उन्हें वर्ष का व्यक्ति चुना।",
        [("समय पत्रिका", "Time magazine")],
        "टाइम पत्रिका ने उन्हें वर्ष का व्यक्ति चुना।",
    ),
    F(
        T,
        "The Hindustan Times ran the story on its front page.",
        "हिंदुस्तान समय ने यह ख़बर पहले पन्ने पर छापी।",
        [("हिंदुस्तान समय", "Hindustan Times")],
        "हिंदुस्तान टाइम्स ने यह ख़बर पहले पन्ने पर छापी।",
    ),
    F(
        T,
        "The Indian Express filed a right to information request.",
        "भारतीय एक्सप्रेस ने सूचना के अधिकार के तहत आवेदन किया।",
        [("भारतीय एक्सप्रेस", "Indian Express")],
        "इंडियन एक्सप्रेस ने सूचना के अधिकार के तहत आवेदन किया।",
    ),
    F(
        T,
        "The Economic Times reported the merger first.",
        "आर्थिक समय ने सबसे पहले विलय की ख़बर दी।",
        [("आर्थिक समय", "Economic Times")],
        "इकोनॉमिक टाइम्स ने सबसे पहले विलय की ख़बर दी।",
    ),
    F(
        T,
        "Times Now hosted the election debate.",
        "अब समय ने चुनावी बहस की मेज़बानी की।",
        [("अब समय", "Times Now")],
        "टाइम्स नाउ ने चुनावी बहस की मेज़बानी की।",
    ),
    F(
        T,
        "National Geographic filmed tigers in Ranthambore.",
        "राष्ट्रीय भौगोलिक ने रणथंभौर में बाघों को फ़िल्माया।",
        [("राष्ट्रीय भौगोलिक", "National Geographic")],
        "नेशनल ज्योग्राफ़िक ने रणथंभौर में बाघों को फ़िल्माया।",
    ),
    F(
        T,
        "Lonely Planet listed Kerala among the top destinations.",
        "अकेला ग्रह ने केरल को शीर्ष पर्यटन स्थलों में रखा।",
        [("अकेला ग्रह", "Lonely Planet")],
        "लोनली प्लैनेट ने केरल को शीर्ष पर्यटन स्थलों में रखा।",
    ),
    F(
        T,
        "The new season of Bigg Boss starts on Sunday.",
        "बड़ा मालिक का नया सीज़न रविवार से शुरू होगा।",
        [("बड़ा मालिक", "Bigg Boss")],
        "बिग बॉस का नया सीज़न रविवार से शुरू होगा।",
    ),
    F(
        T,
        "Shark Tank India returns with new judges.",
        "शार्क टंकी इंडिया नए जजों के साथ लौट रहा है।",
        [("शार्क टंकी", "Shark Tank")],
        "शार्क टैंक इंडिया नए जजों के साथ लौट रहा है।",
    ),
    # teams, events and buildings
    F(
        T,
        "Newcastle United sacked their manager.",
        "न्यूकैसल संयुक्त ने अपने मैनेजर को बर्ख़ास्त कर दिया।",
        [("न्यूकैसल संयुक्त", "Newcastle United")],
        "न्यूकैसल यूनाइटेड ने अपने मैनेजर को बर्ख़ास्त कर दिया।",
    ),
    F(
        T,
        "Leicester City won the league against all odds.",
        "लेस्टर शहर ने सारी बाधाओं के बावजूद लीग जीती।",
        [("लेस्टर शहर", "Leicester City")],
        "लेस्टर सिटी ने सारी बाधाओं के बावजूद लीग जीती।",
    ),
    F(
        T,
        "He will play in the Big Bash League this winter.",
        "वह इस सर्दी बड़ा धमाका लीग में खेलेंगे।",
        [("बड़ा धमाका लीग", "Big Bash League")],
        "वह इस सर्दी बिग बैश लीग में खेलेंगे।",
    ),
    F(
        T,
        "India will host the Asia Cup next year.",
        "भारत अगले साल एशिया प्याले की मेज़बानी करेगा।",
        [("एशिया प्याले", "Asia Cup")],
        "भारत अगले साल एशिया कप की मेज़बानी करेगा।",
    ),
    F(
        T,
        "The designer showed her collection at Lakme Fashion Week.",
        "डिज़ाइनर ने लैक्मे फ़ैशन सप्ताह में अपना संग्रह दिखाया।",
        [("लैक्मे फ़ैशन सप्ताह", "Lakme Fashion Week")],
        "डिज़ाइनर ने लैक्मे फ़ैशन वीक में अपना संग्रह दिखाया।",
    ),
    F(
        T,
        "The delegates stayed at Marina Bay Sands.",
        "प्रतिनिधि मरीना खाड़ी रेत में ठहरे।",
        [("मरीना खाड़ी रेत", "Marina Bay Sands")],
        "प्रतिनिधि मरीना बे सैंड्स में ठहरे।",
    ),
]

TITLE_LOOKALIKES = [
    # names Hindi really translates: Indian public bodies and international organisations
    C(L, "The Life Insurance Corporation launched a new policy.", "भारतीय जीवन बीमा निगम ने नई पॉलिसी शुरू की।"),
    C(L, "State Bank of India raised deposit rates.", "भारतीय स्टेट बैंक ने जमा दरें बढ़ाईं।"),
    C(L, "The Steel Authority of India increased output.", "भारतीय इस्पात प्राधिकरण ने उत्पादन बढ़ाया।"),
    C(L, "Indian Railways will run festival specials.", "भारतीय रेल त्योहारों पर विशेष गाड़ियाँ चलाएगी।"),
    C(L, "The Election Commission announced the dates.", "चुनाव आयोग ने तारीख़ों की घोषणा की।"),
    C(
        L,
        "The World Trade Organization ruled against the tariffs.",
        "विश्व व्यापार संगठन ने शुल्कों के ख़िलाफ़ फ़ैसला दिया।",
    ),
    C(L, "The European Union imposed fresh sanctions.", "यूरोपीय संघ ने नए प्रतिबंध लगाए।"),
    C(L, "The Security Council met in an emergency session.", "सुरक्षा परिषद ने आपात बैठक की।"),
    C(
        L,
        "The International Olympic Committee picked the host city.",
        "अंतरराष्ट्रीय ओलंपिक समिति ने मेज़बान शहर चुना।",
    ),
    C(
        L,
        "The Indian Space Research Organisation launched a satellite.",
        "भारतीय अंतरिक्ष अनुसंधान संगठन ने एक उपग्रह प्रक्षेपित किया।",
    ),
    C(L, "The Enforcement Directorate raided the office.", "प्रवर्तन निदेशालय ने दफ़्तर पर छापा मारा।"),
    C(L, "The Delhi High Court heard the petition.", "दिल्ली उच्च न्यायालय ने याचिका पर सुनवाई की।"),
    C(L, "The Ministry of External Affairs summoned the envoy.", "विदेश मंत्रालय ने राजदूत को तलब किया।"),
    C(L, "The National Highways Authority built the bypass.", "राष्ट्रीय राजमार्ग प्राधिकरण ने बाईपास बनाया।"),
    C(L, "The Asian Development Bank approved a loan.", "एशियाई विकास बैंक ने ऋण मंज़ूर किया।"),
    C(L, "The Geological Survey of India mapped the area.", "भारतीय भूवैज्ञानिक सर्वेक्षण ने इलाके का नक्शा बनाया।"),
    C(L, "The Spices Board of India set up a laboratory.", "भारतीय मसाला बोर्ड ने एक प्रयोगशाला बनाई।"),
    C(L, "The Sports Authority of India held a camp.", "भारतीय खेल प्राधिकरण ने एक शिविर लगाया।"),
    C(
        L,
        "The Airports Authority of India opened a new terminal.",
        "भारतीय विमानपत्तन प्राधिकरण ने नया टर्मिनल खोला।",
    ),
    C(L, "The Coal Ministry announced an auction.", "कोयला मंत्रालय ने नीलामी की घोषणा की।"),
    # correctly transliterated companies in the same frames
    C(L, "Infosys shares fell three percent.", "इन्फ़ोसिस के शेयर तीन प्रतिशत गिरे।"),
    C(L, "Flipkart launched a grocery service.", "फ़्लिपकार्ट ने किराना सेवा लॉन्च की।"),
    C(L, "The Press Trust of India reported the news.", "प्रेस ट्रस्ट ऑफ़ इंडिया ने यह ख़बर दी।"),
    # the same Hindi nouns in their plain sense
    C(L, "Yes, the bank will stay open tomorrow.", "हाँ, बैंक कल खुला रहेगा।"),
    C(L, "The wheel turns on its axis.", "पहिया अपनी धुरी पर घूमता है।"),
    C(L, "A fox caught a hen near the village.", "गाँव के पास एक लोमड़ी ने मुर्गी पकड़ ली।"),
    C(L, "The news said the sky would stay cloudy.", "समाचार में कहा गया कि आकाश में बादल छाए रहेंगे।"),
    C(L, "Spice prices rose in the wholesale market.", "थोक बाज़ार में मसाले के दाम बढ़े।"),
    C(L, "In the end the hero defeated the villain.", "अंत में नायक ने खलनायक को हरा दिया।"),
    C(L, "The royal family attended the ceremony.", "शाही परिवार ने समारोह में हिस्सा लिया।"),
    C(L, "Sunlight can spoil the medicine.", "सूर्य की रोशनी से दवा ख़राब हो सकती है।"),
    C(L, "Workers were trapped in a coal mine.", "कोयला खदान में मज़दूर फँस गए।"),
    C(L, "The economist warned of a slowdown.", "अर्थशास्त्री ने मंदी की चेतावनी दी।"),
    C(L, "The child's guardians reached the school.", "बच्चे के अभिभावक स्कूल पहुँचे।"),
    C(L, "These are economically hard times for farmers.", "किसानों के लिए यह आर्थिक रूप से कठिन समय है।"),
    C(L, "Now the time has come to act.", "अब समय आ गया है कि हम कदम उठाएँ।"),
    C(L, "Air pollution troubles India every winter.", "वायु प्रदूषण हर सर्दी में भारत को परेशान करता है।"),
    C(L, "Indian oil companies cut petrol prices.", "भारतीय तेल कंपनियों ने पेट्रोल के दाम घटाए।"),
    C(L, "The hospital can admit at most twenty patients.", "अस्पताल में अधिकतम बीस मरीज़ भर्ती हो सकते हैं।"),
    C(L, "The group will grow bigger in the future.", "भविष्य में यह समूह और बड़ा होगा।"),
    C(L, "Asian countries celebrate colourful festivals.", "एशियाई देशों में रंग-बिरंगे त्योहार मनाए जाते हैं।"),
    C(L, "The idea came from a student.", "यह विचार एक छात्र की ओर से आया।"),
    C(L, "A king lived in a hut.", "एक राजा झोपड़ी में रहता था।"),
    C(L, "He felt lonely in the big city.", "बड़े शहर में वह अकेला महसूस करता था।"),
    C(L, "A big crowd gathered in the market.", "बाज़ार में बड़ी भीड़ जमा हुई।"),
    C(L, "The magazine changed its cover this time.", "इस बार पत्रिका ने अपना आवरण बदल दिया।"),
]
