"""Held-out round-4 items: names and titles/institutions (hand-written, see README.md).

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (a clean look-alike row of the same category).
C(category, src, mt) -- a clean look-alike translation.
"""

from __future__ import annotations

from typing import NamedTuple


class F(NamedTuple):
    category: str
    src: str
    mt: str
    spans: list[tuple]
    fix: str | None = None


class C(NamedTuple):
    category: str
    src: str
    mt: str


NAMES = [
    F(
        "name-calque",
        "Theresa May met the French president in Paris on Tuesday.",
        "टेरेसा मई ने मंगलवार को पेरिस में फ्रांसीसी राष्ट्रपति से मुलाकात की।",
        [("मई", "May")],
        "टेरेसा मे ने मंगलवार को पेरिस में फ्रांसीसी राष्ट्रपति से मुलाकात की।",
    ),
    F(
        "name-calque",
        "Emma Stone won the award for best actress.",
        "एम्मा पत्थर ने सर्वश्रेष्ठ अभिनेत्री का पुरस्कार जीता।",
        [("पत्थर", "Stone")],
        "एम्मा स्टोन ने सर्वश्रेष्ठ अभिनेत्री का पुरस्कार जीता।",
    ),
    F(
        "name-calque",
        "A new novel by Stephen King will be released in October.",
        "स्टीफन राजा का एक नया उपन्यास अक्टूबर में रिलीज़ होगा।",
        [("राजा", "King")],
        "स्टीफन किंग का एक नया उपन्यास अक्टूबर में रिलीज़ होगा।",
    ),
    F(
        "name-calque",
        "Bill Gates has pledged another billion dollars to fight malaria.",
        "बिल फाटकों ने मलेरिया से लड़ने के लिए एक अरब डॉलर और देने का वादा किया है।",
        [("फाटकों", "Gates")],
        "बिल गेट्स ने मलेरिया से लड़ने के लिए एक अरब डॉलर और देने का वादा किया है।",
    ),
    F(
        "name-calque",
        "Former President George Bush attended the funeral.",
        "पूर्व राष्ट्रपति जॉर्ज झाड़ी अंतिम संस्कार में शामिल हुए।",
        [("झाड़ी", "Bush")],
        "पूर्व राष्ट्रपति जॉर्ज बुश अंतिम संस्कार में शामिल हुए।",
    ),
    F(
        "name-calque",
        "Tiger Woods withdrew from the tournament with a back injury.",
        "बाघ वुड्स ने पीठ की चोट के कारण टूर्नामेंट से नाम वापस ले लिया।",
        [("बाघ", "Tiger")],
        "टाइगर वुड्स ने पीठ की चोट के कारण टूर्नामेंट से नाम वापस ले लिया।",
    ),
    F(
        "name-calque",
        "Steve Jobs introduced the first iPhone in 2007.",
        "स्टीव नौकरियों ने 2007 में पहला आईफोन पेश किया।",
        [("नौकरियों", "Jobs")],
        "स्टीव जॉब्स ने 2007 में पहला आईफोन पेश किया।",
    ),
    F(
        "name-calque",
        "Kanye West cancelled his concert in Mumbai.",
        "कान्ये पश्चिम ने मुंबई में अपना कॉन्सर्ट रद्द कर दिया।",
        [("पश्चिम", "West")],
        "कान्ये वेस्ट ने मुंबई में अपना कॉन्सर्ट रद्द कर दिया।",
    ),
    F(
        "name-calque",
        "Taylor Swift's tour broke every box-office record.",
        "टेलर तेज़ के दौरे ने कमाई के सारे रिकॉर्ड तोड़ दिए।",
        [("तेज़", "Swift")],
        "टेलर स्विफ्ट के दौरे ने कमाई के सारे रिकॉर्ड तोड़ दिए।",
    ),
    F(
        "name-calque",
        "Stevie Wonder performed at the opening ceremony.",
        "स्टीवी अजूबा ने उद्घाटन समारोह में प्रस्तुति दी।",
        [("अजूबा", "Wonder")],
        "स्टीवी वंडर ने उद्घाटन समारोह में प्रस्तुति दी।",
    ),
    F(
        "name-calque",
        "Comedian Chris Rock will host the show again.",
        "हास्य कलाकार क्रिस चट्टान फिर से शो की मेज़बानी करेंगे।",
        [("चट्टान", "Rock")],
        "हास्य कलाकार क्रिस रॉक फिर से शो की मेज़बानी करेंगे।",
    ),
    F(
        "name-calque",
        "Betty White died at the age of 99.",
        "बेट्टी सफ़ेद का 99 वर्ष की आयु में निधन हो गया।",
        [("सफ़ेद", "White")],
        "बेट्टी व्हाइट का 99 वर्ष की आयु में निधन हो गया।",
    ),
    F(
        "name-calque",
        "Scotland celebrates the poet Robert Burns every January.",
        "स्कॉटलैंड हर जनवरी में कवि रॉबर्ट जलन का उत्सव मनाता है।",
        [("जलन", "Burns")],
        "स्कॉटलैंड हर जनवरी में कवि रॉबर्ट बर्न्स का उत्सव मनाता है।",
    ),
    F(
        "name-calque",
        "The economist Adam Smith was born in Kirkcaldy.",
        "अर्थशास्त्री एडम लोहार का जन्म किर्ककैल्डी में हुआ था।",
        [("लोहार", "Smith")],
        "अर्थशास्त्री एडम स्मिथ का जन्म किर्ककैल्डी में हुआ था।",
    ),
    F(
        "name-calque",
        "Markus Wolf ran East Germany's foreign intelligence service for decades.",
        "मार्कस भेड़िया ने दशकों तक पूर्वी जर्मनी की विदेशी खुफिया सेवा चलाई।",
        [("भेड़िया", "Wolf")],
        "मार्कस वुल्फ ने दशकों तक पूर्वी जर्मनी की विदेशी खुफिया सेवा चलाई।",
    ),
    F(
        "name-calque",
        "Former German foreign minister Joschka Fischer criticised the plan.",
        "जर्मनी के पूर्व विदेश मंत्री योश्का मछुआरे ने योजना की आलोचना की।",
        [("मछुआरे", "Fischer")],
        "जर्मनी के पूर्व विदेश मंत्री योश्का फिशर ने योजना की आलोचना की।",
    ),
    F(
        "name-calque",
        "Alibaba founder Jack Ma returned to China after a year abroad.",
        "अलीबाबा के संस्थापक जैक माँ एक साल विदेश में रहने के बाद चीन लौट आए।",
        [("माँ", "Ma")],
        "अलीबाबा के संस्थापक जैक मा एक साल विदेश में रहने के बाद चीन लौट आए।",
    ),
    F(
        "name-calque",
        "Former Taiwanese president Ma Ying-jeou visited Shanghai.",
        "ताइवान के पूर्व राष्ट्रपति माँ यिंग-जिउ ने शंघाई का दौरा किया।",
        [("माँ", "Ma")],
        "ताइवान के पूर्व राष्ट्रपति मा यिंग-जिउ ने शंघाई का दौरा किया।",
    ),
    F(
        "name-calque",
        "Ban Ki-moon served two terms as UN Secretary-General.",
        "बान की-चाँद ने संयुक्त राष्ट्र महासचिव के रूप में दो कार्यकाल पूरे किए।",
        [("चाँद", "moon")],
        "बान की-मून ने संयुक्त राष्ट्र महासचिव के रूप में दो कार्यकाल पूरे किए।",
    ),
    F(
        "name-calque",
        "South Korean President Moon Jae-in met the delegation in Seoul.",
        "दक्षिण कोरिया के राष्ट्रपति चंद्रमा जे-इन ने सियोल में प्रतिनिधिमंडल से मुलाकात की।",
        [("चंद्रमा", "Moon")],
        "दक्षिण कोरिया के राष्ट्रपति मून जे-इन ने सियोल में प्रतिनिधिमंडल से मुलाकात की।",
    ),
    F(
        "name-calque",
        "Park Geun-hye was South Korea's first woman president.",
        "उद्यान ग्युन-हे दक्षिण कोरिया की पहली महिला राष्ट्रपति थीं।",
        [("उद्यान", "Park")],
        "पार्क ग्युन-हे दक्षिण कोरिया की पहली महिला राष्ट्रपति थीं।",
    ),
    F(
        "name-calque",
        "Son Heung-min scored twice in the second half.",
        "बेटा ह्युंग-मिन ने दूसरे हाफ में दो गोल किए।",
        [("बेटा", "Son")],
        "सोन ह्युंग-मिन ने दूसरे हाफ में दो गोल किए।",
    ),
    F(
        "name-calque",
        "The actor Song Kang-ho starred in Parasite.",
        "अभिनेता गीत कांग-हो ने पैरासाइट में मुख्य भूमिका निभाई।",
        [("गीत", "Song")],
        "अभिनेता सोंग कांग-हो ने पैरासाइट में मुख्य भूमिका निभाई।",
    ),
    F(
        "name-calque",
        "SoftBank chief Masayoshi Son announced a new fund.",
        "सॉफ्टबैंक प्रमुख मासायोशी बेटे ने एक नए फंड की घोषणा की।",
        [("बेटे", "Son")],
        "सॉफ्टबैंक प्रमुख मासायोशी सोन ने एक नए फंड की घोषणा की।",
    ),
    F(
        "name-calque",
        "The Japanese architect Shigeru Ban designed the paper shelters.",
        "जापानी वास्तुकार शिगेरु प्रतिबंध ने कागज़ के आश्रयों का डिज़ाइन तैयार किया।",
        [("प्रतिबंध", "Ban")],
        "जापानी वास्तुकार शिगेरु बान ने कागज़ के आश्रयों का डिज़ाइन तैयार किया।",
    ),
    F(
        "name-calque",
        "Egyptian economist Ahmed Said will lead the delegation.",
        "मिस्र के अर्थशास्त्री अहमद कहा प्रतिनिधिमंडल का नेतृत्व करेंगे।",
        [("कहा", "Said")],
        "मिस्र के अर्थशास्त्री अहमद सईद प्रतिनिधिमंडल का नेतृत्व करेंगे।",
    ),
    F(
        "name-calque",
        "Octavio Paz won the Nobel Prize in Literature in 1990.",
        "ऑक्टावियो शांति ने 1990 में साहित्य का नोबेल पुरस्कार जीता।",
        [("शांति", "Paz")],
        "ऑक्टावियो पाज़ ने 1990 में साहित्य का नोबेल पुरस्कार जीता।",
    ),
    F(
        "name-calque",
        "Mexican billionaire Carlos Slim bought a stake in the company.",
        "मैक्सिकन अरबपति कार्लोस पतला ने कंपनी में हिस्सेदारी खरीदी।",
        [("पतला", "Slim")],
        "मैक्सिकन अरबपति कार्लोस स्लिम ने कंपनी में हिस्सेदारी खरीदी।",
    ),
    F(
        "name-calque",
        "Former Nigerian president Goodluck Jonathan led the observer mission.",
        "नाइजीरिया के पूर्व राष्ट्रपति सौभाग्य जोनाथन ने पर्यवेक्षक मिशन का नेतृत्व किया।",
        [("सौभाग्य", "Goodluck")],
        "नाइजीरिया के पूर्व राष्ट्रपति गुडलक जोनाथन ने पर्यवेक्षक मिशन का नेतृत्व किया।",
    ),
    F(
        "name-calque",
        "Kenya's Faith Kipyegon set a new world record in the 1500 metres.",
        "केन्या की आस्था किपयेगोन ने 1500 मीटर में नया विश्व रिकॉर्ड बनाया।",
        [("आस्था", "Faith")],
        "केन्या की फेथ किपयेगोन ने 1500 मीटर में नया विश्व रिकॉर्ड बनाया।",
    ),
    F(
        "name-calque",
        "Mr Bean is one of the most famous characters on British television.",
        "श्री सेम ब्रिटिश टेलीविजन के सबसे प्रसिद्ध किरदारों में से एक हैं।",
        [("सेम", "Bean")],
        "मिस्टर बीन ब्रिटिश टेलीविजन के सबसे प्रसिद्ध किरदारों में से एक हैं।",
    ),
    F(
        "name-calque",
        "Lord Sugar fired two more candidates on the show.",
        "लॉर्ड चीनी ने शो में दो और उम्मीदवारों को बाहर कर दिया।",
        [("चीनी", "Sugar")],
        "लॉर्ड शुगर ने शो में दो और उम्मीदवारों को बाहर कर दिया।",
    ),
    F(
        "name-calque",
        "Congressman Jim Banks introduced the bill in the House.",
        "कांग्रेस सदस्य जिम बैंकों ने सदन में विधेयक पेश किया।",
        [("बैंकों", "Banks")],
        "कांग्रेस सदस्य जिम बैंक्स ने सदन में विधेयक पेश किया।",
    ),
    F(
        "name-calque",
        "Irish midfielder Roy Keane was sent home from the World Cup.",
        "आयरिश मिडफील्डर रॉय उत्सुक को विश्व कप से घर भेज दिया गया।",
        [("उत्सुक", "Keane")],
        "आयरिश मिडफील्डर रॉय कीन को विश्व कप से घर भेज दिया गया।",
    ),
    F(
        "name-calque",
        "Welsh forward Gareth Bale announced his retirement.",
        "वेल्स के फॉरवर्ड गैरेथ गठरी ने संन्यास की घोषणा की।",
        [("गठरी", "Bale")],
        "वेल्स के फॉरवर्ड गैरेथ बेल ने संन्यास की घोषणा की।",
    ),
    F(
        "name-calque",
        "Dr Hope Mills, a paediatrician, treated the injured children.",
        "बाल रोग विशेषज्ञ डॉ. आशा मिलें ने घायल बच्चों का इलाज किया।",
        [("आशा", "Hope"), ("मिलें", "Mills")],
        "बाल रोग विशेषज्ञ डॉ. होप मिल्स ने घायल बच्चों का इलाज किया।",
    ),
]

NAME_LOOKALIKES = [
    C("name", "Elections will be held in May.", "चुनाव मई में होंगे।"),
    C("name", "Peter threw a stone at the window.", "पीटर ने खिड़की पर पत्थर फेंका।"),
    C("name", "John's mother said he had not come home.", "जॉन की माँ ने कहा कि वह घर नहीं आया था।"),
    C("name", "The king of Bhutan arrived in Delhi.", "भूटान के राजा दिल्ली पहुंचे।"),
    C("name", "A tiger was seen near the village.", "गांव के पास एक बाघ देखा गया।"),
    C("name", "Maria's son is studying in Pune.", "मारिया का बेटा पुणे में पढ़ रहा है।"),
    C("name", "The government lifted the ban on exports.", "सरकार ने निर्यात पर लगा प्रतिबंध हटा दिया।"),
    C("name", "Sugar prices rose sharply this month.", "इस महीने चीनी के दाम तेज़ी से बढ़े।"),
    C("name", "The moon will be visible after nine tonight.", "आज रात नौ बजे के बाद चाँद दिखाई देगा।"),
    C("name", "Sarah's hope is to become a doctor.", "सारा की आशा डॉक्टर बनने की है।"),
    C("name", "The fisherman returned with a large catch.", "मछुआरा बड़ी पकड़ के साथ लौटा।"),
    C("name", "Thousands of young people lost their jobs.", "हज़ारों युवाओं ने अपनी नौकरियां खो दीं।"),
    C("name", "Smoke rose from the west side of the building.", "इमारत के पश्चिमी हिस्से से धुआं उठा।"),
    C("name", "The blacksmith shaped the iron with a hammer.", "लोहार ने हथौड़े से लोहे को आकार दिया।"),
    C("name", "A wolf was spotted in the forest near Kalka.", "कालका के पास जंगल में एक भेड़िया देखा गया।"),
    C("name", "David sang a song at the wedding.", "डेविड ने शादी में एक गीत गाया।"),
    C("name", "Anna's faith in the court has not changed.", "अदालत में एना की आस्था नहीं बदली है।"),
    C("name", "Kim Clijsters won the US Open three times.", "किम क्लाइस्टर्स ने तीन बार यूएस ओपन जीता।"),
    C(
        "name",
        "Lee Hsien Loong met the Indian delegation in Singapore.",
        "ली सीन लूंग ने सिंगापुर में भारतीय प्रतिनिधिमंडल से मुलाकात की।",
    ),
    C("name", "Jackie Chan will visit Mumbai next month.", "जैकी चैन अगले महीने मुंबई आएंगे।"),
    C("name", "The children played in the park until evening.", "बच्चे शाम तक उद्यान में खेलते रहे।"),
    C("name", "Ali said the talks had gone well.", "अली ने कहा कि बातचीत अच्छी रही।"),
]

TITLES = [
    F(
        "title-calque",
        "The bill was defeated in the House of Commons.",
        "विधेयक आम लोगों के घर में गिर गया।",
        [("आम लोगों के घर", "House of Commons")],
        "विधेयक हाउस ऑफ कॉमन्स में गिर गया।",
    ),
    F(
        "title-calque",
        "The House of Lords voted to delay the law.",
        "भगवानों के घर ने कानून को टालने के पक्ष में मतदान किया।",
        [("भगवानों के घर", "House of Lords")],
        "हाउस ऑफ लॉर्ड्स ने कानून को टालने के पक्ष में मतदान किया।",
    ),
    F(
        "title-calque",
        "The White House said the president would sign the order.",
        "सफ़ेद घर ने कहा कि राष्ट्रपति आदेश पर हस्ताक्षर करेंगे।",
        [("सफ़ेद घर", "White House")],
        "व्हाइट हाउस ने कहा कि राष्ट्रपति आदेश पर हस्ताक्षर करेंगे।",
    ),
    F(
        "title-calque",
        "House Speaker Nancy Pelosi visited Taiwan.",
        "सदन की वक्ता नैन्सी पेलोसी ने ताइवान का दौरा किया।",
        [("वक्ता", "Speaker")],
        "प्रतिनिधि सभा की अध्यक्ष नैन्सी पेलोसी ने ताइवान का दौरा किया।",
    ),
    F(
        "title-calque",
        "The US Secretary of State arrived in New Delhi for talks.",
        "अमेरिकी राज्य सचिव बातचीत के लिए नई दिल्ली पहुंचे।",
        [("राज्य सचिव", "Secretary of State")],
        "अमेरिकी विदेश मंत्री बातचीत के लिए नई दिल्ली पहुंचे।",
    ),
    F(
        "title-calque",
        "The Home Secretary announced new rules on visas.",
        "घर सचिव ने वीज़ा पर नए नियमों की घोषणा की।",
        [("घर सचिव", "Home Secretary")],
        "गृह मंत्री ने वीज़ा पर नए नियमों की घोषणा की।",
    ),
    F(
        "title-calque",
        "The Chancellor of the Exchequer will present the budget on Wednesday.",
        "राजकोष के कुलपति बुधवार को बजट पेश करेंगे।",
        [("राजकोष के कुलपति", "Chancellor of the Exchequer")],
        "ब्रिटेन के वित्त मंत्री बुधवार को बजट पेश करेंगे।",
    ),
    F(
        "title-calque",
        "The trial took place at the Old Bailey.",
        "मुकदमा पुरानी बेली में चला।",
        [("पुरानी बेली", "Old Bailey")],
        "मुकदमा ओल्ड बेली अदालत में चला।",
    ),
    F(
        "title-calque",
        "Detectives from Scotland Yard are investigating the theft.",
        "स्कॉटलैंड आंगन के जासूस चोरी की जांच कर रहे हैं।",
        [("आंगन", "Yard")],
        "स्कॉटलैंड यार्ड के जासूस चोरी की जांच कर रहे हैं।",
    ),
    F(
        "title-calque",
        "Lawmakers on Capitol Hill rejected the proposal.",
        "कैपिटल पहाड़ी पर सांसदों ने प्रस्ताव खारिज कर दिया।",
        [("कैपिटल पहाड़ी", "Capitol Hill")],
        "कैपिटल हिल पर सांसदों ने प्रस्ताव खारिज कर दिया।",
    ),
    F(
        "title-calque",
        "Shares fell sharply on Wall Street on Friday.",
        "शुक्रवार को दीवार सड़क पर शेयरों में भारी गिरावट आई।",
        [("दीवार सड़क", "Wall Street")],
        "शुक्रवार को वॉल स्ट्रीट पर शेयरों में भारी गिरावट आई।",
    ),
    F(
        "title-calque",
        "The Foreign Office summoned the ambassador.",
        "विदेशी दफ्तर ने राजदूत को तलब किया।",
        [("विदेशी दफ्तर", "Foreign Office")],
        "ब्रिटिश विदेश मंत्रालय ने राजदूत को तलब किया।",
    ),
    F(
        "title-calque",
        "The Federal Reserve kept interest rates unchanged.",
        "संघीय भंडार ने ब्याज दरों में कोई बदलाव नहीं किया।",
        [("संघीय भंडार", "Federal Reserve")],
        "फेडरल रिज़र्व ने ब्याज दरों में कोई बदलाव नहीं किया।",
    ),
    F(
        "title-calque",
        "The appeal will be heard by the Privy Council in London.",
        "अपील की सुनवाई लंदन में शौचालय परिषद करेगी।",
        [("शौचालय परिषद", "Privy Council")],
        "अपील की सुनवाई लंदन में प्रिवी काउंसिल करेगी।",
    ),
    F(
        "title-calque",
        "Big Ben fell silent for repairs.",
        "मरम्मत के लिए बड़ा बेन खामोश हो गया।",
        [("बड़ा बेन", "Big Ben")],
        "मरम्मत के लिए बिग बेन खामोश हो गया।",
    ),
    F(
        "title-calque",
        "Black Rod knocked three times on the door of the chamber.",
        "काली छड़ी ने सदन के दरवाज़े पर तीन बार दस्तक दी।",
        [("काली छड़ी", "Black Rod")],
        "ब्लैक रॉड ने सदन के दरवाज़े पर तीन बार दस्तक दी।",
    ),
    F(
        "title-calque",
        "The Senate Foreign Relations Committee approved his nomination.",
        "सीनेट विदेशी रिश्तेदार समिति ने उनके नामांकन को मंज़ूरी दी।",
        [("रिश्तेदार", "Relations")],
        "सीनेट की विदेश संबंध समिति ने उनके नामांकन को मंज़ूरी दी।",
    ),
    F(
        "title-calque",
        "The Crown Prosecution Service decided not to press charges.",
        "मुकुट अभियोजन सेवा ने आरोप न लगाने का फैसला किया।",
        [("मुकुट", "Crown")],
        "क्राउन प्रॉसिक्यूशन सर्विस ने आरोप न लगाने का फैसला किया।",
    ),
    F(
        "title-calque",
        "A spokesperson for the Cabinet Office declined to comment.",
        "अलमारी कार्यालय के एक प्रवक्ता ने टिप्पणी करने से इनकार कर दिया।",
        [("अलमारी कार्यालय", "Cabinet Office")],
        "कैबिनेट ऑफिस के एक प्रवक्ता ने टिप्पणी करने से इनकार कर दिया।",
    ),
]

TITLE_LOOKALIKES = [
    C("title", "They live in a white house by the lake.", "वे झील के किनारे एक सफ़ेद घर में रहते हैं।"),
    C("title", "The speaker at the seminar was a retired judge.", "संगोष्ठी में वक्ता एक सेवानिवृत्त न्यायाधीश थे।"),
    C("title", "The vice-chancellor of the university resigned.", "विश्वविद्यालय के कुलपति ने इस्तीफा दे दिया।"),
    C("title", "Files were kept in a steel cabinet.", "फ़ाइलें स्टील की एक अलमारी में रखी गई थीं।"),
    C("title", "An old wall on the street collapsed in the rain.", "बारिश में सड़क की एक पुरानी दीवार गिर गई।"),
    C(
        "title",
        "The state secretary for health visited the hospital.",
        "राज्य के स्वास्थ्य सचिव ने अस्पताल का दौरा किया।",
    ),
    C(
        "title",
        "Several relatives of the victims attended the hearing.",
        "सुनवाई में पीड़ितों के कई रिश्तेदार मौजूद थे।",
    ),
    C("title", "The village has no public toilet.", "गांव में कोई सार्वजनिक शौचालय नहीं है।"),
]
