"""Round-17 titles-with-source held-out items (hand-written 2026-11-29 10:40 UTC BEFORE any round-17 work
on the title rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): capitalised names whose words were translated into
Hindi dictionary words -- sports franchises (a city + a team noun), clubs, brands and products (compound
brand words, model names), trophies, landmarks abroad, nicknames. Each has its correct translation
(`c-`, the name transliterated). Clean look-alikes (`l-`): names Hindi news does translate -- public
bodies, international organisations, geography abroad, Indian landmarks and festivals, epithets -- and
the flawed rows' Hindi words in their plain sense (a city + a plural agent noun, a product's common noun).
None of the English names was in the dev lines (/tmp/r17/dev_all.jsonl, dev_src.jsonl) or tests/data
when written (checked by grep).

    python tests/data/titles_r17/build.py
    audit check tests/data/titles_r17/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o T.jsonl
    python tests/data/titles_r17/score.py T.jsonl [--show]
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
    # sports franchises: a city + a team noun
    F(
        T,
        "The Minnesota Wild beat Chicago 3-2 in overtime.",
        "मिनेसोटा जंगल ने ओवरटाइम में शिकागो को 3-2 से हराया।",
        [("जंगल", "Wild")],
        "मिनेसोटा वाइल्ड ने ओवरटाइम में शिकागो को 3-2 से हराया।",
    ),
    F(
        T,
        "The Milwaukee Brewers won the division title.",
        "मिल्वौकी शराब बनाने वालों ने डिवीज़न खिताब जीता।",
        [("शराब बनाने वालों", "Brewers")],
        "मिल्वौकी ब्रूअर्स ने डिवीज़न खिताब जीता।",
    ),
    F(
        T,
        "Chicago Fire signed a Swiss striker.",
        "शिकागो आग ने एक स्विस स्ट्राइकर से करार किया।",
        [("आग", "Fire")],
        "शिकागो फ़ायर ने एक स्विस स्ट्राइकर से करार किया।",
    ),
    F(
        T,
        "The Brisbane Heat chased down 180 against Hobart.",
        "ब्रिस्बेन गर्मी ने होबार्ट के खिलाफ़ 180 रन का लक्ष्य हासिल किया।",
        [("गर्मी", "Heat")],
        "ब्रिस्बेन हीट ने होबार्ट के खिलाफ़ 180 रन का लक्ष्य हासिल किया।",
    ),
    F(
        T,
        "Melbourne Stars picked two Afghan spinners.",
        "मेलबर्न सितारों ने दो अफ़ग़ान स्पिनरों को चुना।",
        [("सितारों", "Stars")],
        "मेलबर्न स्टार्स ने दो अफ़ग़ान स्पिनरों को चुना।",
    ),
    F(
        T,
        "Desert Vipers won the ILT20 final.",
        "रेगिस्तानी सांपों ने आईएलटी20 का फ़ाइनल जीता।",
        [("रेगिस्तानी सांपों", "Desert Vipers")],
        "डेज़र्ट वाइपर्स ने आईएलटी20 का फ़ाइनल जीता।",
    ),
    F(
        T,
        "Gulf Giants were bowled out for 98.",
        "खाड़ी दानव 98 रन पर ऑल आउट हो गए।",
        [("खाड़ी दानव", "Gulf Giants")],
        "गल्फ़ जायंट्स 98 रन पर ऑल आउट हो गए।",
    ),
    F(
        T,
        "Quetta Gladiators beat Lahore by six wickets.",
        "क्वेटा योद्धाओं ने लाहौर को छह विकेट से हराया।",
        [("योद्धाओं", "Gladiators")],
        "क्वेटा ग्लैडिएटर्स ने लाहौर को छह विकेट से हराया।",
    ),
    # clubs
    F(
        T,
        "Kaizer Chiefs sacked their coach after the derby.",
        "कैज़र प्रमुखों ने डर्बी के बाद अपने कोच को बर्खास्त कर दिया।",
        [("प्रमुखों", "Chiefs")],
        "कैज़र चीफ़्स ने डर्बी के बाद अपने कोच को बर्खास्त कर दिया।",
    ),
    F(
        T,
        "Orlando Pirates won the cup in Durban.",
        "ओरलैंडो समुद्री डाकुओं ने डरबन में कप जीता।",
        [("समुद्री डाकुओं", "Pirates")],
        "ओरलैंडो पाइरेट्स ने डरबन में कप जीता।",
    ),
    F(
        T,
        "Mamelodi Sundowns reached the semi-final.",
        "मामेलोडी सूर्यास्त सेमीफ़ाइनल में पहुँच गया।",
        [("सूर्यास्त", "Sundowns")],
        "मामेलोडी सनडाउन्स सेमीफ़ाइनल में पहुँच गया।",
    ),
    F(
        T,
        "Young Africans drew with Simba in Dar es Salaam.",
        "युवा अफ़्रीकियों ने दार एस सलाम में सिम्बा के साथ ड्रॉ खेला।",
        [("युवा अफ़्रीकियों", "Young Africans")],
        "यंग अफ़्रीकन्स ने दार एस सलाम में सिम्बा के साथ ड्रॉ खेला।",
    ),
    F(
        T,
        "Forest Green Rovers were relegated on Saturday.",
        "वन हरित घुमक्कड़ शनिवार को पदावनत हो गए।",
        [("वन हरित घुमक्कड़", "Forest Green Rovers")],
        "फ़ॉरेस्ट ग्रीन रोवर्स शनिवार को पदावनत हो गए।",
    ),
    F(
        T,
        "Queen of the South knocked Celtic out of the cup.",
        "दक्षिण की रानी ने सेल्टिक को कप से बाहर कर दिया।",
        [("दक्षिण की रानी", "Queen of the South")],
        "क्वीन ऑफ़ द साउथ ने सेल्टिक को कप से बाहर कर दिया।",
    ),
    F(
        T,
        "The Swiss club Grasshoppers signed a Japanese winger.",
        "स्विस क्लब टिड्डों ने एक जापानी विंगर से करार किया।",
        [("टिड्डों", "Grasshoppers")],
        "स्विस क्लब ग्रासहॉपर्स ने एक जापानी विंगर से करार किया।",
    ),
    F(
        T,
        "Bristol Rovers beat Exeter 2-0.",
        "ब्रिस्टल घुमक्कड़ों ने एक्सेटर को 2-0 से हराया।",
        [("घुमक्कड़ों", "Rovers")],
        "ब्रिस्टल रोवर्स ने एक्सेटर को 2-0 से हराया।",
    ),
    # firms, brands and products
    F(
        T,
        "Mamaearth plans to open 100 new stores.",
        "माँ धरती 100 नए स्टोर खोलने की योजना बना रही है।",
        [("माँ धरती", "Mamaearth")],
        "मामाअर्थ 100 नए स्टोर खोलने की योजना बना रही है।",
    ),
    F(
        T,
        "FirstCry sells baby clothes online.",
        "पहली पुकार ऑनलाइन बच्चों के कपड़े बेचती है।",
        [("पहली पुकार", "FirstCry")],
        "फ़र्स्टक्राई ऑनलाइन बच्चों के कपड़े बेचती है।",
    ),
    F(
        T,
        "Country Delight raised its milk prices in Delhi.",
        "देसी आनंद ने दिल्ली में दूध के दाम बढ़ा दिए।",
        [("देसी आनंद", "Country Delight")],
        "कंट्री डिलाइट ने दिल्ली में दूध के दाम बढ़ा दिए।",
    ),
    F(
        T,
        "Quick Heal released an update for its antivirus.",
        "त्वरित उपचार ने अपने एंटीवायरस के लिए अपडेट जारी किया।",
        [("त्वरित उपचार", "Quick Heal")],
        "क्विक हील ने अपने एंटीवायरस के लिए अपडेट जारी किया।",
    ),
    F(
        T,
        "Sales of Livpure water purifiers doubled.",
        "जीवन शुद्ध जल शोधकों की बिक्री दोगुनी हो गई।",
        [("जीवन शुद्ध", "Livpure")],
        "लिवप्योर जल शोधकों की बिक्री दोगुनी हो गई।",
    ),
    F(
        T,
        "Luminous launched a new range of inverters.",
        "चमकदार ने इनवर्टरों की नई शृंखला बाज़ार में उतारी।",
        [("चमकदार", "Luminous")],
        "ल्यूमिनस ने इनवर्टरों की नई शृंखला बाज़ार में उतारी।",
    ),
    F(
        T,
        "Hero sold two lakh Splendor bikes in May.",
        "हीरो ने मई में दो लाख वैभव बाइकें बेचीं।",
        [("वैभव", "Splendor")],
        "हीरो ने मई में दो लाख स्प्लेंडर बाइकें बेचीं।",
    ),
    F(
        T,
        "Mahindra delivered 5,000 Scorpio SUVs last month.",
        "महिंद्रा ने पिछले महीने 5,000 वृश्चिक एसयूवी की डिलीवरी की।",
        [("वृश्चिक", "Scorpio")],
        "महिंद्रा ने पिछले महीने 5,000 स्कॉर्पियो एसयूवी की डिलीवरी की।",
    ),
    F(
        T,
        "The Tata Punch was the best-selling car in June.",
        "टाटा मुक्का जून में सबसे ज़्यादा बिकने वाली कार थी।",
        [("मुक्का", "Punch")],
        "टाटा पंच जून में सबसे ज़्यादा बिकने वाली कार थी।",
    ),
    F(
        T,
        "The new Hyundai Venue gets six airbags.",
        "नई हुंडई स्थल में छह एयरबैग मिलते हैं।",
        [("स्थल", "Venue")],
        "नई हुंडई वेन्यू में छह एयरबैग मिलते हैं।",
    ),
    F(
        T,
        "MG cut the price of the Comet electric car.",
        "एमजी ने धूमकेतु इलेक्ट्रिक कार की कीमत घटा दी।",
        [("धूमकेतु", "Comet")],
        "एमजी ने कॉमेट इलेक्ट्रिक कार की कीमत घटा दी।",
    ),
    # trophies and events
    F(
        T,
        "Chelsea lifted the Community Shield at Wembley.",
        "चेल्सी ने वेम्बली में सामुदायिक ढाल उठाई।",
        [("सामुदायिक ढाल", "Community Shield")],
        "चेल्सी ने वेम्बली में कम्युनिटी शील्ड उठाई।",
    ),
    F(
        T,
        "Toronto won the Grey Cup for the 19th time.",
        "टोरंटो ने 19वीं बार धूसर कप जीता।",
        [("धूसर कप", "Grey Cup")],
        "टोरंटो ने 19वीं बार ग्रे कप जीता।",
    ),
    F(
        T,
        "He finished second at the Open Championship last year.",
        "वह पिछले साल खुली चैंपियनशिप में दूसरे स्थान पर रहे।",
        [("खुली चैंपियनशिप", "Open Championship")],
        "वह पिछले साल ओपन चैंपियनशिप में दूसरे स्थान पर रहे।",
    ),
    # landmarks abroad
    F(
        T,
        "The Chain Bridge in Budapest reopened after repairs.",
        "बुडापेस्ट का ज़ंजीर पुल मरम्मत के बाद फिर खुल गया।",
        [("ज़ंजीर पुल", "Chain Bridge")],
        "बुडापेस्ट का चेन ब्रिज मरम्मत के बाद फिर खुल गया।",
    ),
    F(
        T,
        "Tourists crowded Fisherman's Bastion at sunset.",
        "सूर्यास्त के समय मछुआरे के गढ़ पर पर्यटकों की भीड़ लगी।",
        [("मछुआरे के गढ़", "Fisherman's Bastion")],
        "सूर्यास्त के समय फ़िशरमैन्स बैस्टियन पर पर्यटकों की भीड़ लगी।",
    ),
    # nicknames
    F(
        T,
        "Kedar Jadhav, the 'Golden Arm', took two wickets.",
        "'सुनहरी बांह' केदार जाधव ने दो विकेट लिए।",
        [("सुनहरी बांह", "Golden Arm")],
        "'गोल्डन आर्म' केदार जाधव ने दो विकेट लिए।",
    ),
    F(
        T,
        "Kapil Dev, the 'Haryana Hurricane', turned 67.",
        "'हरियाणा तूफ़ान' कपिल देव 67 साल के हो गए।",
        [("हरियाणा तूफ़ान", "Haryana Hurricane")],
        "'हरियाणा हरिकेन' कपिल देव 67 साल के हो गए।",
    ),
    F(
        T,
        "Puskas was known as the 'Galloping Major'.",
        "पुस्कास को 'सरपट दौड़ता मेजर' कहा जाता था।",
        [("सरपट दौड़ता मेजर", "Galloping Major")],
        "पुस्कास को 'गैलपिंग मेजर' कहा जाता था।",
    ),
]

TITLE_LOOKALIKES = [
    # names Hindi news translates: geography abroad, public bodies, organisations
    C(LT, "The Forbidden City in Beijing drew record crowds.", "बीजिंग के निषिद्ध नगर में रिकॉर्ड भीड़ उमड़ी।"),
    C(LT, "Tankers were attacked in the Persian Gulf.", "फ़ारस की खाड़ी में टैंकरों पर हमला हुआ।"),
    C(LT, "Niagara Falls froze in the cold snap.", "कड़ाके की ठंड में नियाग्रा जलप्रपात जम गया।"),
    C(LT, "A storm formed in the Bay of Biscay.", "बिस्के की खाड़ी में एक तूफ़ान बना।"),
    C(LT, "The World Food Programme sent grain to Sudan.", "विश्व खाद्य कार्यक्रम ने सूडान को अनाज भेजा।"),
    C(LT, "The Gulf Cooperation Council met in Riyadh.", "खाड़ी सहयोग परिषद की रियाद में बैठक हुई।"),
    C(
        LT,
        "The Central Water Commission issued a flood warning for Bihar.",
        "केंद्रीय जल आयोग ने बिहार के लिए बाढ़ की चेतावनी जारी की।",
    ),
    C(LT, "The Department of Space approved three new missions.", "अंतरिक्ष विभाग ने तीन नए मिशनों को मंज़ूरी दी।"),
    C(LT, "The Commonwealth Secretariat sent observers.", "राष्ट्रमंडल सचिवालय ने पर्यवेक्षक भेजे।"),
    # Indian landmarks, geography and festivals
    C(
        LT,
        "The Thousand Pillar Temple in Warangal was restored.",
        "वारंगल के हज़ार स्तंभ मंदिर का जीर्णोद्धार किया गया।",
    ),
    C(
        LT,
        "The Sun Temple at Modhera was lit up for the festival.",
        "उत्सव के लिए मोढेरा के सूर्य मंदिर को रोशन किया गया।",
    ),
    C(LT, "Rainfall was below normal on the Deccan Plateau.", "दक्कन के पठार पर बारिश सामान्य से कम रही।"),
    C(LT, "Forests in the Eastern Ghats are shrinking.", "पूर्वी घाट के जंगल सिकुड़ रहे हैं।"),
    C(LT, "The Camel Festival in Bikaner opens on Saturday.", "बीकानेर का ऊँट उत्सव शनिवार को शुरू होगा।"),
    C(LT, "Holi, the Festival of Colours, falls on Friday.", "रंगों का त्योहार होली शुक्रवार को है।"),
    # epithets
    C(
        LT,
        "Peter the Great moved the capital to St Petersburg.",
        "पीटर महान ने राजधानी सेंट पीटर्सबर्ग स्थानांतरित की।",
    ),
    C(
        LT,
        "Maharaja Ranjit Singh, the Lion of Punjab, ruled from Lahore.",
        "शेर-ए-पंजाब महाराजा रणजीत सिंह ने लाहौर से शासन किया।",
    ),
    # the flawed rows' Hindi words in their plain sense, a city + a plural agent noun
    C(LT, "A fire broke out in a Chicago warehouse.", "शिकागो के एक गोदाम में आग लग गई।"),
    C(LT, "The heat in Brisbane delayed the start of the match.", "ब्रिस्बेन में गर्मी के कारण मैच देर से शुरू हुआ।"),
    C(LT, "Pirates seized a ship off Somalia.", "सोमालिया के तट पर समुद्री डाकुओं ने एक जहाज़ पर कब्ज़ा कर लिया।"),
    C(LT, "Young Africans are moving to cities for work.", "युवा अफ़्रीकी काम के लिए शहरों की ओर जा रहे हैं।"),
    C(LT, "Grasshoppers destroyed crops in Rajasthan.", "राजस्थान में टिड्डों ने फ़सलें नष्ट कर दीं।"),
    C(LT, "Tribal chiefs met the governor in Ranchi.", "आदिवासी प्रमुखों ने रांची में राज्यपाल से मुलाकात की।"),
    C(LT, "Sales of water purifiers rose in the summer.", "गर्मियों में जल शोधकों की बिक्री बढ़ी।"),
    C(LT, "The comet will be visible next week.", "धूमकेतु अगले सप्ताह दिखाई देगा।"),
    C(LT, "The quarry workers of Makrana went on strike.", "मकराना के खदान मज़दूर हड़ताल पर चले गए।"),
    C(LT, "Kanpur's leather makers asked for a tax cut.", "कानपुर के चमड़ा निर्माताओं ने कर में कटौती की माँग की।"),
    C(LT, "The venue of the summit was changed.", "शिखर सम्मेलन का स्थल बदल दिया गया।"),
    C(LT, "Delhi's street vendors protested on Monday.", "दिल्ली के रेहड़ी-पटरी वालों ने सोमवार को विरोध किया।"),
]
