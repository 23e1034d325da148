"""Round-7 titles held-out items (hand-written 2026-11-28 BEFORE the round-7 HI207/HI208 work,
never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

English proper names rendered word for word in Hindi: places and their nicknames, buildings,
events, teams, awards, organisations and offices. None of these names is in heldout_r4/r5/r6,
titles_r6, the challenge sets, the issue texts, audit/data/title_inventory.toml,
place_name_words.toml or calques.toml when written (checked by grep). Clean rows: each flawed
row's correct translation (`c-title-NN`) and look-alikes (`l-title-NN`): names Hindi really
translates (शीत युद्ध, मध्य पूर्व, गुलाबी नगरी, लाल सेना, उत्तमाशा अंतरीप) and the same words in
ordinary use (मियामी में गर्मी, लाल मोज़े, तीन शेर, पीला पत्थर, छोटी कटोरियां).
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
    # places
    F(
        T,
        "Fans gathered outside the stadium in Green Bay.",
        "हरी खाड़ी में स्टेडियम के बाहर प्रशंसक जमा हुए।",
        [("हरी खाड़ी", "Green Bay")],
        "ग्रीन बे में स्टेडियम के बाहर प्रशंसक जमा हुए।",
    ),
    F(
        T,
        "Thousands of runners crossed Tower Bridge on Sunday.",
        "रविवार को हज़ारों धावकों ने मीनार पुल पार किया।",
        [("मीनार पुल", "Tower Bridge")],
        "रविवार को हज़ारों धावकों ने टावर ब्रिज पार किया।",
    ),
    F(
        T,
        "Tourists queued for hours to ride the London Eye.",
        "पर्यटक लंदन आंख की सवारी के लिए घंटों कतार में लगे रहे।",
        [("लंदन आंख", "London Eye")],
        "पर्यटक लंदन आई की सवारी के लिए घंटों कतार में लगे रहे।",
    ),
    F(
        T,
        "The concert will be held in New York's Central Park.",
        "संगीत कार्यक्रम न्यूयॉर्क के केंद्रीय उद्यान में आयोजित किया जाएगा।",
        [("केंद्रीय उद्यान", "Central Park")],
        "संगीत कार्यक्रम न्यूयॉर्क के सेंट्रल पार्क में आयोजित किया जाएगा।",
    ),
    F(
        T,
        "The boxers arrived in Sin City for the title fight.",
        "खिताबी मुकाबले के लिए मुक्केबाज़ पाप नगरी पहुंचे।",
        [("पाप नगरी", "Sin City (Las Vegas)")],
        "खिताबी मुकाबले के लिए मुक्केबाज़ लास वेगास पहुंचे।",
    ),
    F(
        T,
        "The film festival opens in Palm Springs next week.",
        "फ़िल्म महोत्सव अगले सप्ताह ताड़ झरनों में शुरू होगा।",
        [("ताड़ झरनों", "Palm Springs")],
        "फ़िल्म महोत्सव अगले सप्ताह पाम स्प्रिंग्स में शुरू होगा।",
    ),
    F(
        T,
        "A hurricane struck the Virgin Islands.",
        "एक तूफान ने कुंवारी द्वीपों को प्रभावित किया।",
        [("कुंवारी द्वीपों", "Virgin Islands")],
        "एक तूफान ने वर्जिन आइलैंड्स को प्रभावित किया।",
    ),
    F(
        T,
        "Ivory Coast beat Nigeria in the final.",
        "हाथीदांत तट ने फ़ाइनल में नाइजीरिया को हराया।",
        [("हाथीदांत तट", "Ivory Coast")],
        "आइवरी कोस्ट ने फ़ाइनल में नाइजीरिया को हराया।",
    ),
    F(
        T,
        "Scientists warned that the Great Barrier Reef is bleaching.",
        "वैज्ञानिकों ने चेतावनी दी कि महान अवरोधक चट्टान का रंग उड़ रहा है।",
        [("महान अवरोधक चट्टान", "Great Barrier Reef")],
        "वैज्ञानिकों ने चेतावनी दी कि ग्रेट बैरियर रीफ़ का रंग उड़ रहा है।",
    ),
    F(
        T,
        "Snow closed roads in the Rocky Mountains.",
        "बर्फबारी से चट्टानी पहाड़ों में सड़कें बंद हो गईं।",
        [("चट्टानी पहाड़ों", "Rocky Mountains")],
        "बर्फबारी से रॉकी पर्वतों में सड़कें बंद हो गईं।",
    ),
    F(
        T,
        "A bison injured a tourist in Yellowstone National Park.",
        "पीला पत्थर राष्ट्रीय उद्यान में एक बाइसन ने पर्यटक को घायल कर दिया।",
        [("पीला पत्थर", "Yellowstone")],
        "येलोस्टोन राष्ट्रीय उद्यान में एक बाइसन ने पर्यटक को घायल कर दिया।",
    ),
    F(
        T,
        "Fans posed on the zebra crossing at Abbey Road.",
        "प्रशंसकों ने मठ सड़क के ज़ेबरा क्रॉसिंग पर तस्वीरें खिंचवाईं।",
        [("मठ सड़क", "Abbey Road")],
        "प्रशंसकों ने एबी रोड के ज़ेबरा क्रॉसिंग पर तस्वीरें खिंचवाईं।",
    ),
    F(
        T,
        "Protesters marched through Hell's Kitchen.",
        "प्रदर्शनकारियों ने नरक की रसोई से होकर मार्च किया।",
        [("नरक की रसोई", "Hell's Kitchen")],
        "प्रदर्शनकारियों ने हेल्स किचन से होकर मार्च किया।",
    ),
    F(
        T,
        "Trains from King's Cross were cancelled.",
        "राजा के क्रॉस से चलने वाली ट्रेनें रद्द कर दी गईं।",
        [("राजा के क्रॉस", "King's Cross")],
        "किंग्स क्रॉस से चलने वाली ट्रेनें रद्द कर दी गईं।",
    ),
    F(
        T,
        "Banks in Canary Wharf cut jobs.",
        "कैनरी घाट के बैंकों ने नौकरियों में कटौती की।",
        [("कैनरी घाट", "Canary Wharf")],
        "कैनरी व्हार्फ़ के बैंकों ने नौकरियों में कटौती की।",
    ),
    F(
        T,
        "Street performers entertained crowds in Covent Garden.",
        "कोवेंट बगीचे में सड़क कलाकारों ने भीड़ का मनोरंजन किया।",
        [("कोवेंट बगीचे", "Covent Garden")],
        "कोवेंट गार्डन में सड़क कलाकारों ने भीड़ का मनोरंजन किया।",
    ),
    F(
        T,
        "The carnival returns to Notting Hill this August.",
        "इस अगस्त नॉटिंग पहाड़ी में कार्निवल लौट रहा है।",
        [("नॉटिंग पहाड़ी", "Notting Hill")],
        "इस अगस्त नॉटिंग हिल में कार्निवल लौट रहा है।",
    ),
    F(
        T,
        "The actor bought a mansion in Beverly Hills.",
        "अभिनेता ने बेवर्ली पहाड़ियों में एक हवेली खरीदी।",
        [("बेवर्ली पहाड़ियों", "Beverly Hills")],
        "अभिनेता ने बेवर्ली हिल्स में एक हवेली खरीदी।",
    ),
    F(
        T,
        "Rafting trips through the Grand Canyon were suspended.",
        "भव्य घाटी में राफ्टिंग यात्राएं रोक दी गईं।",
        [("भव्य घाटी", "Grand Canyon")],
        "ग्रैंड कैन्यन में राफ्टिंग यात्राएं रोक दी गईं।",
    ),
    F(
        T,
        "The sailors rounded the Cape of Good Hope.",
        "नाविकों ने अच्छी आशा के अंतरीप का चक्कर लगाया।",
        [("अच्छी आशा के अंतरीप", "Cape of Good Hope")],
        "नाविकों ने उत्तमाशा अंतरीप का चक्कर लगाया।",
    ),
    F(
        T,
        "Containers are stuck at the port of Long Beach.",
        "लंबे समुद्र तट के बंदरगाह पर कंटेनर फंसे हुए हैं।",
        [("लंबे समुद्र तट", "Long Beach")],
        "लॉन्ग बीच के बंदरगाह पर कंटेनर फंसे हुए हैं।",
    ),
    F(
        T,
        "Storms felled thousands of trees in the Black Forest.",
        "तूफान से काले जंगल में हज़ारों पेड़ गिर गए।",
        [("काले जंगल", "Black Forest")],
        "तूफान से ब्लैक फ़ॉरेस्ट में हज़ारों पेड़ गिर गए।",
    ),
    F(
        T,
        "Factories in the Pearl River Delta resumed work.",
        "मोती नदी डेल्टा के कारखानों में काम फिर शुरू हुआ।",
        [("मोती नदी", "Pearl River")],
        "पर्ल रिवर डेल्टा के कारखानों में काम फिर शुरू हुआ।",
    ),
    F(
        T,
        "Ferries cross the Golden Horn in Istanbul.",
        "इस्तांबुल में नौकाएं सुनहरे सींग को पार करती हैं।",
        [("सुनहरे सींग", "Golden Horn")],
        "इस्तांबुल में नौकाएं गोल्डन हॉर्न को पार करती हैं।",
    ),
    # nicknames
    F(
        T,
        "Wildfires forced evacuations in the Peach State.",
        "जंगल की आग के कारण आड़ू राज्य में लोगों को घर छोड़ने पड़े।",
        [("आड़ू राज्य", "the Peach State (Georgia)")],
        "जंगल की आग के कारण जॉर्जिया में लोगों को घर छोड़ने पड़े।",
    ),
    F(
        T,
        "Commuters in the Big Smoke face a fare rise.",
        "बड़े धुएं के यात्रियों को किराया बढ़ोतरी का सामना करना पड़ेगा।",
        [("बड़े धुएं", "the Big Smoke (London)")],
        "लंदन के यात्रियों को किराया बढ़ोतरी का सामना करना पड़ेगा।",
    ),
    F(
        T,
        "The City of Brotherly Love will host the parade.",
        "भाईचारे के प्रेम का शहर परेड की मेज़बानी करेगा।",
        [("भाईचारे के प्रेम का शहर", "the City of Brotherly Love (Philadelphia)")],
        "फ़िलाडेल्फ़िया परेड की मेज़बानी करेगा।",
    ),
    # buildings
    F(
        T,
        "The Empire State Building was lit up in blue.",
        "साम्राज्य राज्य इमारत को नीली रोशनी से जगमगाया गया।",
        [("साम्राज्य राज्य इमारत", "Empire State Building")],
        "एम्पायर स्टेट बिल्डिंग को नीली रोशनी से जगमगाया गया।",
    ),
    F(
        T,
        "The fight sold out Madison Square Garden.",
        "मुकाबले के लिए मैडिसन वर्ग उद्यान के सारे टिकट बिक गए।",
        [("मैडिसन वर्ग उद्यान", "Madison Square Garden")],
        "मुकाबले के लिए मैडिसन स्क्वायर गार्डन के सारे टिकट बिक गए।",
    ),
    F(
        T,
        "The orchestra performed at the Royal Albert Hall.",
        "ऑर्केस्ट्रा ने शाही अल्बर्ट हॉल में प्रस्तुति दी।",
        [("शाही अल्बर्ट हॉल", "Royal Albert Hall")],
        "ऑर्केस्ट्रा ने रॉयल अल्बर्ट हॉल में प्रस्तुति दी।",
    ),
    F(
        T,
        "The Sydney Opera House turned fifty.",
        "सिडनी ओपेरा घर पचास साल का हो गया।",
        [("ओपेरा घर", "Sydney Opera House")],
        "सिडनी ओपेरा हाउस पचास साल का हो गया।",
    ),
    F(
        T,
        "Thousands gathered at India Gate to protest.",
        "विरोध जताने के लिए हज़ारों लोग भारत द्वार पर जमा हुए।",
        [("भारत द्वार", "India Gate")],
        "विरोध जताने के लिए हज़ारों लोग इंडिया गेट पर जमा हुए।",
    ),
    F(
        T,
        "India won the Test at Eden Gardens.",
        "ईडन बगीचों में खेले गए टेस्ट में भारत जीता।",
        [("ईडन बगीचों", "Eden Gardens")],
        "ईडन गार्डन्स में खेले गए टेस्ट में भारत जीता।",
    ),
    # events and awards
    F(
        T,
        "Australia won the Boxing Day Test in Melbourne.",
        "ऑस्ट्रेलिया ने मेलबर्न में मुक्केबाज़ी दिवस टेस्ट जीता।",
        [("मुक्केबाज़ी दिवस", "Boxing Day")],
        "ऑस्ट्रेलिया ने मेलबर्न में बॉक्सिंग डे टेस्ट जीता।",
    ),
    F(
        T,
        "Churches were full on Good Friday.",
        "अच्छे शुक्रवार को गिरजाघर भरे रहे।",
        [("अच्छे शुक्रवार", "Good Friday")],
        "गुड फ्राइडे को गिरजाघर भरे रहे।",
    ),
    F(
        T,
        "Candidates are campaigning hard before Super Tuesday.",
        "सुपर मंगलवार से पहले उम्मीदवार ज़ोरदार प्रचार कर रहे हैं।",
        [("सुपर मंगलवार", "Super Tuesday")],
        "सुपर ट्यूज़डे से पहले उम्मीदवार ज़ोरदार प्रचार कर रहे हैं।",
    ),
    F(
        T,
        "Millions watched the Super Bowl.",
        "लाखों लोगों ने सुपर कटोरा देखा।",
        [("सुपर कटोरा", "Super Bowl")],
        "लाखों लोगों ने सुपर बाउल देखा।",
    ),
    F(
        T,
        "Verstappen won the Monaco Grand Prix.",
        "वेरस्टैपेन ने मोनाको भव्य पुरस्कार जीता।",
        [("भव्य पुरस्कार", "Grand Prix")],
        "वेरस्टैपेन ने मोनाको ग्रां प्री जीती।",
    ),
    F(
        T,
        "She is the first Indian woman to race in Formula One.",
        "वह सूत्र एक में दौड़ने वाली पहली भारतीय महिला हैं।",
        [("सूत्र एक", "Formula One")],
        "वह फ़ॉर्मूला वन में दौड़ने वाली पहली भारतीय महिला हैं।",
    ),
    F(
        T,
        "Nadal has won the French Open fourteen times.",
        "नडाल चौदह बार फ्रांसीसी खुला जीत चुके हैं।",
        [("फ्रांसीसी खुला", "French Open")],
        "नडाल चौदह बार फ्रेंच ओपन जीत चुके हैं।",
    ),
    F(
        T,
        "The film won two Golden Globes.",
        "फ़िल्म ने दो सुनहरे ग्लोब जीते।",
        [("सुनहरे ग्लोब", "Golden Globe")],
        "फ़िल्म ने दो गोल्डन ग्लोब जीते।",
    ),
    F(
        T,
        "The Golden Boot went to Kane.",
        "सुनहरा जूता केन को मिला।",
        [("सुनहरा जूता", "Golden Boot")],
        "गोल्डन बूट केन को मिला।",
    ),
    F(
        T,
        "He was named Man of the Match.",
        "उन्हें मैच का आदमी चुना गया।",
        [("मैच का आदमी", "Man of the Match")],
        "उन्हें मैन ऑफ़ द मैच चुना गया।",
    ),
    # teams and leagues
    F(
        T,
        "The Miami Heat beat the Boston Celtics.",
        "मियामी गर्मी ने बोस्टन सेल्टिक्स को हराया।",
        [("मियामी गर्मी", "Miami Heat")],
        "मियामी हीट ने बोस्टन सेल्टिक्स को हराया।",
    ),
    F(
        T,
        "The Red Sox signed a Japanese pitcher.",
        "लाल मोज़ों ने एक जापानी पिचर से करार किया।",
        [("लाल मोज़ों", "Red Sox")],
        "रेड सॉक्स ने एक जापानी पिचर से करार किया।",
    ),
    F(
        T,
        "Manchester United lost at home.",
        "मैनचेस्टर संयुक्त अपने घरेलू मैदान पर हार गया।",
        [("मैनचेस्टर संयुक्त", "Manchester United")],
        "मैनचेस्टर यूनाइटेड अपने घरेलू मैदान पर हार गया।",
    ),
    F(
        T,
        "Mumbai Indians won their sixth title.",
        "मुंबई भारतीयों ने अपना छठा खिताब जीता।",
        [("मुंबई भारतीयों", "Mumbai Indians")],
        "मुंबई इंडियंस ने अपना छठा खिताब जीता।",
    ),
    F(
        T,
        "Chennai Super Kings chased down the target.",
        "चेन्नई सुपर राजाओं ने लक्ष्य हासिल कर लिया।",
        [("सुपर राजाओं", "Chennai Super Kings")],
        "चेन्नई सुपर किंग्स ने लक्ष्य हासिल कर लिया।",
    ),
    F(
        T,
        "The Three Lions face Italy tonight.",
        "तीन शेरों का मुकाबला आज रात इटली से है।",
        [("तीन शेरों", "the Three Lions (England)")],
        "इंग्लैंड की टीम का मुकाबला आज रात इटली से है।",
    ),
    F(
        T,
        "Liverpool are top of the Premier League.",
        "लिवरपूल प्रधान लीग में शीर्ष पर है।",
        [("प्रधान लीग", "Premier League")],
        "लिवरपूल प्रीमियर लीग में शीर्ष पर है।",
    ),
    # organisations and offices
    F(
        T,
        "The Salvation Army opened a shelter for the homeless.",
        "मुक्ति सेना ने बेघरों के लिए एक आश्रय खोला।",
        [("मुक्ति सेना", "Salvation Army")],
        "साल्वेशन आर्मी ने बेघरों के लिए एक आश्रय खोला।",
    ),
    F(
        T,
        "Green Berets trained the local forces.",
        "हरी टोपियों ने स्थानीय बलों को प्रशिक्षण दिया।",
        [("हरी टोपियों", "Green Berets")],
        "ग्रीन बेरेट्स ने स्थानीय बलों को प्रशिक्षण दिया।",
    ),
    F(
        T,
        "The Black Panther Party was founded in Oakland.",
        "काला तेंदुआ पार्टी की स्थापना ओकलैंड में हुई थी।",
        [("काला तेंदुआ पार्टी", "Black Panther Party")],
        "ब्लैक पैंथर पार्टी की स्थापना ओकलैंड में हुई थी।",
    ),
]

TITLE_LOOKALIKES = [
    # names Hindi really translates
    C(L, "Both countries were rivals during the Cold War.", "शीत युद्ध के दौरान दोनों देश प्रतिद्वंद्वी थे।"),
    C(L, "The Great Depression left millions jobless.", "महामंदी ने लाखों लोगों को बेरोज़गार कर दिया।"),
    C(L, "The Industrial Revolution began in England.", "औद्योगिक क्रांति इंग्लैंड में शुरू हुई।"),
    C(L, "Tension is rising in the Middle East.", "मध्य पूर्व में तनाव बढ़ रहा है।"),
    C(L, "Security was tightened outside Parliament House.", "संसद भवन के बाहर सुरक्षा कड़ी कर दी गई।"),
    C(L, "The tourists visited the Lotus Temple.", "पर्यटकों ने कमल मंदिर के दर्शन किए।"),
    C(L, "Jaipur is called the Pink City.", "जयपुर को गुलाबी नगरी कहा जाता है।"),
    C(L, "Udaipur is famous as the City of Lakes.", "उदयपुर झीलों की नगरी के नाम से मशहूर है।"),
    C(
        L,
        "Indira Gandhi National Open University announced the exam dates.",
        "इंदिरा गांधी राष्ट्रीय मुक्त विश्वविद्यालय ने परीक्षा की तारीखें घोषित कीं।",
    ),
    C(L, "The Red Army captured Berlin.", "लाल सेना ने बर्लिन पर कब्ज़ा कर लिया।"),
    C(L, "The Coast Guard rescued the fishermen.", "तटरक्षक बल ने मछुआरों को बचाया।"),
    C(L, "Thousands of visitors come to see Victoria Falls.", "विक्टोरिया जलप्रपात देखने हज़ारों सैलानी आते हैं।"),
    C(L, "The Leaning Tower of Pisa was reopened.", "पीसा की झुकी मीनार को फिर से खोला गया।"),
    C(
        L,
        "A dinosaur skeleton is kept in the Natural History Museum.",
        "प्राकृतिक इतिहास संग्रहालय में डायनासोर का कंकाल रखा है।",
    ),
    C(L, "Mahatma Gandhi is called the Father of the Nation.", "महात्मा गांधी को राष्ट्रपिता कहा जाता है।"),
    C(L, "A boat sank in the Mediterranean Sea.", "भूमध्य सागर में एक नाव डूब गई।"),
    C(L, "A low-pressure area has formed in the Bay of Bengal.", "बंगाल की खाड़ी में कम दबाव का क्षेत्र बना है।"),
    C(L, "India won twenty golds at the Commonwealth Games.", "राष्ट्रमंडल खेलों में भारत ने बीस स्वर्ण पदक जीते।"),
    C(L, "The Reserve Bank of India kept rates on hold.", "भारतीय रिज़र्व बैंक ने ब्याज दरें स्थिर रखीं।"),
    C(L, "Ice is melting fast at the North Pole.", "उत्तरी ध्रुव पर बर्फ तेज़ी से पिघल रही है।"),
    C(L, "An earthquake struck the Indian Ocean.", "हिंद महासागर में भूकंप आया।"),
    C(L, "The UN General Assembly passed the resolution.", "संयुक्त राष्ट्र महासभा ने प्रस्ताव पारित किया।"),
    C(L, "The World Health Organization issued a warning.", "विश्व स्वास्थ्य संगठन ने चेतावनी जारी की।"),
    C(L, "The Cape of Good Hope is windy.", "उत्तमाशा अंतरीप पर तेज़ हवाएं चलती हैं।"),
    C(L, "Soldiers were deployed in Tiananmen Square.", "तियानमेन चौक पर सैनिक तैनात थे।"),
    # the same words in ordinary use
    C(L, "The heat broke records in Miami this week.", "मियामी में इस हफ्ते गर्मी ने रिकॉर्ड तोड़ दिया।"),
    C(L, "The child wore red socks.", "बच्चे ने लाल मोज़े पहने थे।"),
    C(L, "The zoo has three lions and two tigers.", "चिड़ियाघर में तीन शेर और दो बाघ हैं।"),
    C(L, "The houses of Jaisalmer are built of yellow stone.", "जैसलमेर के घर पीले पत्थर से बने हैं।"),
    C(L, "Climbing rocky mountains is not easy.", "चट्टानी पहाड़ों पर चढ़ाई करना आसान नहीं है।"),
    C(L, "Two men were arrested for smuggling ivory.", "हाथीदांत की तस्करी के आरोप में दो लोग गिरफ्तार हुए।"),
    C(L, "Goa's long beaches attract tourists.", "गोवा के लंबे समुद्र तट पर्यटकों को लुभाते हैं।"),
    C(L, "The winners received grand prizes at the ceremony.", "समारोह में विजेताओं को भव्य पुरस्कार दिए गए।"),
    C(L, "This is a golden chance for the team.", "यह टीम के लिए सुनहरा मौका है।"),
    C(L, "The restaurant served shahi paneer and dal.", "रेस्तरां में शाही पनीर और दाल परोसी गई।"),
    C(L, "The raita was served in small bowls.", "रायता छोटी कटोरियों में परोसा गया।"),
    C(L, "Kheer was served in a big bowl.", "बड़े कटोरे में खीर परोसी गई।"),
    C(L, "The last over of the match was thrilling.", "मैच का आखिरी ओवर रोमांचक रहा।"),
    C(L, "Friday was a good day for the market.", "शुक्रवार का दिन बाज़ार के लिए अच्छा रहा।"),
    C(L, "She won gold in the boxing competition.", "मुक्केबाज़ी प्रतियोगिता में उसने स्वर्ण पदक जीता।"),
    C(L, "The lanes of the old city are always crowded.", "पुराने शहर की गलियों में हमेशा भीड़ रहती है।"),
    C(L, "He moved to a new city for a job.", "वह नौकरी के लिए एक नए शहर में जा बसा।"),
    C(L, "Green fields stretch across the valley.", "घाटी में हरे-भरे खेत फैले हैं।"),
    C(L, "There is a tall tower near the bridge.", "पुल के पास एक ऊंची मीनार है।"),
    C(L, "The road to the monastery is broken.", "मठ की ओर जाने वाली सड़क टूटी हुई है।"),
    C(L, "The promise to bring back black money was made.", "काला धन वापस लाने का वादा किया गया।"),
    C(
        L,
        "Both sides agreed to keep peace on the border.",
        "दोनों पक्षों ने सीमा पर शांति बनाए रखने पर सहमति जताई।",
    ),
    C(L, "The village is on the shore of a green bay.", "गांव एक हरी-भरी खाड़ी के किनारे बसा है।"),
    C(
        L,
        "The army chief met soldiers in the Siachen valley.",
        "सेना प्रमुख ने सियाचिन घाटी में सैनिकों से मुलाकात की।",
    ),
]
