"""Held-out round-21 items: names and titles/institutions (hand-written by helper blindA, see
README.md). People, clubs and firms are real public names or fiction; nothing here is a claim
about a real person.

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (a clean row of the same category). `_f` writes the fix by putting each
span's correct rendering in its place. C(category, src, mt) -- a clean look-alike translation.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
T = "title-calque"


def _f(category: str, src: str, mt: str, spans: list[tuple[str, str, str]]) -> F:
    """A flawed row from (wrong Hindi, English, correct Hindi) triples; the fix swaps them."""
    fix = mt
    for wrong, _english, right in spans:
        fix = fix.replace(wrong, right, 1)
    return F(category, src, mt, [(wrong, english) for wrong, english, _right in spans], fix)


NAMES = [
    # English-language surnames
    _f(
        N,
        "Novelist Grace Applewhite won the prize for her first book.",
        "उपन्यासकार ग्रेस सेब-सफ़ेद ने अपनी पहली किताब के लिए पुरस्कार जीता।",
        [("सेब-सफ़ेद", "Applewhite", "ऐपलव्हाइट")],
    ),
    _f(
        N,
        "Appleby and Blackmore were left out of the squad.",
        "सेब-बस्ती और श्याम-दलदल को टीम से बाहर रखा गया।",
        [("सेब-बस्ती", "Appleby", "ऐपलबी"), ("श्याम-दलदल", "Blackmore", "ब्लैकमोर")],
    ),
    _f(
        N,
        "The shelter was founded by Ruth Sweetwater in 1998.",
        "इस आश्रय की स्थापना 1998 में रूथ मीठा-पानी ने की थी।",
        [("मीठा-पानी", "Sweetwater", "स्वीटवॉटर")],
    ),
    _f(
        N,
        "Detective Inspector Colin Rosewater led the inquiry.",
        "डिटेक्टिव इंस्पेक्टर कॉलिन गुलाब-जल ने जांच की अगुवाई की।",
        [("गुलाब-जल", "Rosewater", "रोज़वॉटर")],
    ),
    _f(
        N,
        "Fans cheered Martin Cheeseman's late try.",
        "प्रशंसकों ने मार्टिन पनीर-आदमी के आख़िरी मिनट के ट्राई पर तालियां बजाईं।",
        [("पनीर-आदमी", "Cheeseman", "चीज़मैन")],
    ),
    # Japanese
    _f(
        N,
        "Pianist Aoi Kuroda played Chopin at the festival.",
        "पियानोवादक आओई काला-खेत ने समारोह में शोपां की रचनाएं बजाईं।",
        [("काला-खेत", "Kuroda", "कुरोदा")],
    ),
    _f(
        N,
        "Shiratori's header levelled the score.",
        "सफ़ेद-पक्षी के हेडर से स्कोर बराबर हो गया।",
        [("सफ़ेद-पक्षी", "Shiratori", "शिरातोरी")],
    ),
    _f(
        N,
        "The robot was designed by engineer Daiki Ikeda.",
        "रोबोट को इंजीनियर दाइकी तालाब-खेत ने डिज़ाइन किया।",
        [("तालाब-खेत", "Ikeda", "इकेदा")],
    ),
    _f(
        N,
        "Fujiwara and Mizuno reached the doubles final.",
        "लता-मैदान और जल-खेत युगल फ़ाइनल में पहुंचे।",
        [("लता-मैदान", "Fujiwara", "फ़ुजिवारा"), ("जल-खेत", "Mizuno", "मिज़ुनो")],
    ),
    # Chinese
    _f(
        N,
        "Singer Li Meihua released a new album on Friday.",
        "गायिका ली बेर-फूल ने शुक्रवार को नया एल्बम जारी किया।",
        [("बेर-फूल", "Meihua", "मेइहुआ")],
    ),
    _f(
        N,
        "Sailor Zhao Haiyan crossed the strait alone.",
        "नाविक झाओ सागर-अबाबील ने अकेले जलडमरूमध्य पार किया।",
        [("सागर-अबाबील", "Haiyan", "हाइयान")],
    ),
    _f(
        N,
        "The painting on the cover is by Liu Tianyu.",
        "आवरण पर छपा चित्र ल्यू आकाश-वर्षा का है।",
        [("आकाश-वर्षा", "Tianyu", "तियानयू")],
    ),
    _f(
        N,
        "Xu Yuehua's speech moved the audience.",
        "शू चंद्र-पुष्प के भाषण ने श्रोताओं को भावुक कर दिया।",
        [("चंद्र-पुष्प", "Yuehua", "युएहुआ")],
    ),
    # Korean
    _f(
        N,
        "Skater Yoon Haneul won the silver medal.",
        "स्केटर यून आकाश ने रजत पदक जीता।",
        [("आकाश", "Haneul", "हानेउल")],
    ),
    _f(
        N,
        "Poet Seo Iseul read at the book fair.",
        "कवयित्री सो ओस-बूंद ने पुस्तक मेले में कविता पढ़ी।",
        [("ओस-बूंद", "Iseul", "इसेउल")],
    ),
    # Vietnamese
    _f(
        N,
        "The award went to teacher Nguyen Thi Sen.",
        "पुरस्कार शिक्षिका न्गुयेन थी कमल-पुष्प को मिला।",
        [("कमल-पुष्प", "Sen", "सेन")],
    ),
    _f(
        N,
        "Le Thi Mai and her sister opened a bakery in Hanoi.",
        "ले थी ख़ुबानी-बौर और उसकी बहन ने हनोई में एक बेकरी खोली।",
        [("ख़ुबानी-बौर", "Mai", "माई")],
    ),
    # Thai
    _f(
        N,
        "Singer Fon Rattanakul opened the concert.",
        "गायिका वर्षा-जल रत्तनकुल ने कॉन्सर्ट की शुरुआत की।",
        [("वर्षा-जल", "Fon", "फ़ोन")],
    ),
    # Indonesian
    _f(
        N,
        "Shuttler Indah Permata won her semi-final.",
        "शटलर सुंदर मणि-रत्न ने अपना सेमीफ़ाइनल जीता।",
        [("सुंदर", "Indah", "इंदा"), ("मणि-रत्न", "Permata", "पर्माता")],
    ),
    # Spanish
    _f(
        N,
        "Goalkeeper Diego Manzano saved two penalties.",
        "गोलकीपर डिएगो सेब-का-पेड़ ने दो पेनल्टी बचाईं।",
        [("सेब-का-पेड़", "Manzano", "मानसानो")],
    ),
    _f(
        N,
        "The mayor thanked Pilar Pedregal for the donation.",
        "मेयर ने दान के लिए पिलार पथरीला-मैदान का धन्यवाद किया।",
        [("पथरीला-मैदान", "Pedregal", "पेद्रेगाल")],
    ),
    # Portuguese
    _f(
        N,
        "Surfer Beatriz Laranjeira won the event in Nazaré.",
        "सर्फ़र बीट्रिज़ संतरे-का-पेड़ ने नज़ारे में प्रतियोगिता जीती।",
        [("संतरे-का-पेड़", "Laranjeira", "लारांजेइरा")],
    ),
    _f(
        N,
        "Police stopped Rui Castanheira's car near the border.",
        "पुलिस ने सीमा के पास रुई शाहबलूत-वृक्ष की कार रोकी।",
        [("शाहबलूत-वृक्ष", "Castanheira", "कास्तान्येइरा")],
    ),
    # Italian
    _f(
        N,
        "Tenor Paolo Cavallo sang at La Scala.",
        "टेनर पाओलो घोड़ा ने ला स्काला में गाया।",
        [("घोड़ा", "Cavallo", "कवाल्लो")],
    ),
    _f(
        N,
        "Montagna and Uccelli were shown yellow cards.",
        "पर्वत-शिखर और परिंदों को पीले कार्ड दिखाए गए।",
        [("पर्वत-शिखर", "Montagna", "मोंतान्या"), ("परिंदों", "Uccelli", "उच्चेल्ली")],
    ),
    # French
    _f(
        N,
        "Minister Hélène Dufour signed the agreement for France.",
        "फ़्रांस की ओर से मंत्री हेलेन भट्ठी-वाली ने समझौते पर हस्ताक्षर किए।",
        [("भट्ठी-वाली", "Dufour", "दुफ़ूर")],
    ),
    _f(
        N,
        "The jury praised Claire Rousseau's documentary.",
        "जूरी ने क्लेयर लाल-बालों-वाली की डॉक्यूमेंट्री की सराहना की।",
        [("लाल-बालों-वाली", "Rousseau", "रूसो")],
    ),
    _f(
        N,
        "Lebrun, the team's captain, was injured in training.",
        "टीम का कप्तान भूरे-रंग-वाला अभ्यास के दौरान चोटिल हो गया।",
        [("भूरे-रंग-वाला", "Lebrun", "लेब्रां")],
    ),
    # German
    _f(
        N,
        "Wagner and Weber scored for Germany.",
        "जर्मनी के लिए गाड़ी-बनाने-वाले और जुलाहे ने गोल किए।",
        [("गाड़ी-बनाने-वाले", "Wagner", "वाग्नर"), ("जुलाहे", "Weber", "वेबर")],
    ),
    _f(
        N,
        "Conductor Anna Sperling led the orchestra in Vienna.",
        "संचालक आना गौरैया-चिड़िया ने वियना में ऑर्केस्ट्रा का संचालन किया।",
        [("गौरैया-चिड़िया", "Sperling", "श्पेर्लिंग")],
    ),
    _f(
        N,
        "Coach Stefan Eichel's team lost in the final.",
        "कोच श्टेफ़ान बलूत-फल की टीम फ़ाइनल में हार गई।",
        [("बलूत-फल", "Eichel", "आइशल")],
    ),
    # Dutch
    _f(
        N,
        "Cyclist Joris Zonneveld won the mountain stage.",
        "साइक्लिस्ट योरिस धूप-खेत ने पहाड़ी चरण जीता।",
        [("धूप-खेत", "Zonneveld", "ज़ोनेफ़ेल्ट")],
    ),
    _f(
        N,
        "De Groot and Mulder were elected to parliament.",
        "बड़ा और चक्की-वाला संसद के लिए चुने गए।",
        [("बड़ा", "De Groot", "दे ख़्रोट"), ("चक्की-वाला", "Mulder", "मुल्डर")],
    ),
    # Scandinavian
    _f(
        N,
        "Skier Ingrid Lindqvist won the slalom.",
        "स्कीयर इंग्रिड लिंडन-टहनी ने स्लैलम जीता।",
        [("लिंडन-टहनी", "Lindqvist", "लिंडक्विस्ट")],
    ),
    _f(
        N,
        "Lund and Bakke signed new contracts with the club.",
        "उपवन और छोटी-पहाड़ी ने क्लब के साथ नए अनुबंध किए।",
        [("उपवन", "Lund", "लुंड"), ("छोटी-पहाड़ी", "Bakke", "बाक्के")],
    ),
    # Slavic
    _f(
        N,
        "Chess player Marek Kowalski drew with the champion.",
        "शतरंज खिलाड़ी मारेक लोहार-वंशी ने चैंपियन से बाज़ी ड्रॉ कराई।",
        [("लोहार-वंशी", "Kowalski", "कोवाल्स्की")],
    ),
    _f(
        N,
        "Sokolov and Gusev reached the final.",
        "बाज़-पुत्र और हंस-पुत्र फ़ाइनल में पहुंचे।",
        [("बाज़-पुत्र", "Sokolov", "सोकोलोव"), ("हंस-पुत्र", "Gusev", "गुसेव")],
    ),
    # Turkish
    _f(
        N,
        "Director Elif Güneş's film opens on Friday.",
        "निर्देशक एलिफ़ सूर्य-देव की फ़िल्म शुक्रवार को रिलीज़ होगी।",
        [("सूर्य-देव", "Güneş", "गुनेश")],
    ),
    _f(
        N,
        "Weightlifter Murat Çelik lifted 200 kilograms.",
        "भारोत्तोलक मुरात इस्पाती ने 200 किलोग्राम वज़न उठाया।",
        [("इस्पाती", "Çelik", "चेलिक")],
    ),
    _f(
        N,
        "Emre Yılmaz was named man of the tournament.",
        "एमरे न-झुकने-वाले को टूर्नामेंट का सर्वश्रेष्ठ खिलाड़ी चुना गया।",
        [("न-झुकने-वाले", "Yılmaz", "यिलमाज़")],
    ),
    # Arabic
    _f(
        N,
        "Striker Omar Shams scored in extra time.",
        "स्ट्राइकर उमर धूप-किरण ने अतिरिक्त समय में गोल किया।",
        [("धूप-किरण", "Shams", "शम्स")],
    ),
    _f(
        N,
        "The song was written by Hassan Jamil.",
        "गीत हसन रूपवान ने लिखा।",
        [("रूपवान", "Jamil", "जमील")],
    ),
    # Persian
    _f(
        N,
        "An exhibition of Golnar Ahmadi's paintings opened in Mumbai.",
        "मुंबई में अनार-कली अहमदी के चित्रों की प्रदर्शनी शुरू हुई।",
        [("अनार-कली", "Golnar", "गोलनार")],
    ),
    # Hebrew
    _f(
        N,
        "Architect Ilan Shaham designed the bridge.",
        "वास्तुकार पेड़ शहाम ने पुल का डिज़ाइन तैयार किया।",
        [("पेड़", "Ilan", "इलान")],
    ),
    _f(
        N,
        "Judge Dvora Levin retired on Monday.",
        "जज मधुमक्खी लेविन सोमवार को सेवानिवृत्त हुईं।",
        [("मधुमक्खी", "Dvora", "द्वोरा")],
    ),
    # African
    _f(
        N,
        "Runner Rehema Chebet won the Mumbai Marathon.",
        "धाविका करुणा चेबेत ने मुंबई मैराथन जीती।",
        [("करुणा", "Rehema", "रेहेमा")],
    ),
    _f(
        N,
        "The singer Zuberi Mwangi toured India last year.",
        "गायक शक्तिशाली म्वांगी ने पिछले साल भारत का दौरा किया।",
        [("शक्तिशाली", "Zuberi", "ज़ुबेरी")],
    ),
    _f(
        N,
        "Coach Tesfaye Girma praised his young players.",
        "कोच मेरी-आशा गिरमा ने अपने युवा खिलाड़ियों की तारीफ़ की।",
        [("मेरी-आशा", "Tesfaye", "तेस्फ़ाये")],
    ),
    _f(
        N,
        "Batter Tendai Chari hit a century for Zimbabwe.",
        "बल्लेबाज़ शुक्र-मनाओ चारी ने ज़िम्बाब्वे के लिए शतक लगाया।",
        [("शुक्र-मनाओ", "Tendai", "तेंदाई")],
    ),
]

TITLES = [
    _f(
        T,
        "Wolverhampton Wanderers signed a Brazilian winger.",
        "वुल्वरहैम्पटन घुमक्कड़ों ने एक ब्राज़ीली विंगर से करार किया।",
        [("वुल्वरहैम्पटन घुमक्कड़ों", "Wolverhampton Wanderers", "वुल्वरहैम्पटन वांडरर्स")],
    ),
    _f(
        T,
        "The White Stripes' songs are still played at stadiums.",
        "सफ़ेद धारियों के गाने आज भी स्टेडियमों में बजाए जाते हैं।",
        [("सफ़ेद धारियों", "The White Stripes", "द व्हाइट स्ट्राइप्स")],
    ),
    _f(
        T,
        "The ferry from Diamond Harbour was cancelled.",
        "हीरा बंदरगाह से चलने वाली फ़ेरी रद्द कर दी गई।",
        [("हीरा बंदरगाह", "Diamond Harbour", "डायमंड हार्बर")],
    ),
    _f(
        T,
        "BigBasket now delivers groceries in ten minutes.",
        "विशाल टोकरी अब दस मिनट में किराने का सामान पहुंचाती है।",
        [("विशाल टोकरी", "BigBasket", "बिगबास्केट")],
    ),
    _f(
        T,
        "The couple stayed at the Silent Pines resort in Shimla.",
        "दंपती शिमला के ख़ामोश चीड़ रिज़ॉर्ट में ठहरे।",
        [("ख़ामोश चीड़", "Silent Pines", "साइलेंट पाइन्स")],
    ),
    _f(
        T,
        "Red Kite Airways will fly to Shillong from May.",
        "लाल पतंग एयरवेज़ मई से शिलॉन्ग के लिए उड़ानें शुरू करेगी।",
        [("लाल पतंग", "Red Kite", "रेड काइट")],
    ),
    _f(
        T,
        "The film is produced by Red Chillies Entertainment.",
        "फ़िल्म का निर्माण लाल मिर्चें एंटरटेनमेंट ने किया है।",
        [("लाल मिर्चें", "Red Chillies", "रेड चिलीज़")],
    ),
    _f(
        T,
        "Big Bazaar and Cafe Coffee Day opened outlets in the mall.",
        "मॉल में विशाल बाज़ार और कैफ़े कॉफ़ी दिवस ने अपने आउटलेट खोले।",
        [
            ("विशाल बाज़ार", "Big Bazaar", "बिग बाज़ार"),
            ("कैफ़े कॉफ़ी दिवस", "Cafe Coffee Day", "कैफ़े कॉफ़ी डे"),
        ],
    ),
    _f(
        T,
        "The boy bought a Five Star with his pocket money.",
        "लड़के ने अपने जेब ख़र्च से एक पांच सितारा ख़रीदा।",
        [("पांच सितारा", "Five Star", "फ़ाइव स्टार")],
    ),
    _f(
        T,
        "The Jaipur Sandstorms beat the Mysuru Elephants by six wickets.",
        "जयपुर रेतीले तूफ़ानों ने मैसूरु हाथियों को छह विकेट से हराया।",
        [
            ("जयपुर रेतीले तूफ़ानों", "the Jaipur Sandstorms", "जयपुर सैंडस्टॉर्म्स"),
            ("मैसूरु हाथियों", "the Mysuru Elephants", "मैसूरु एलिफ़ेंट्स"),
        ],
    ),
    _f(
        T,
        "The band Velvet Monsoon will headline the festival.",
        "बैंड मखमली मानसून उत्सव का मुख्य आकर्षण होगा।",
        [("मखमली मानसून", "Velvet Monsoon", "वेल्वेट मॉनसून")],
    ),
    _f(
        T,
        "Glass Rivers, a band from Pune, won the contest.",
        "पुणे के बैंड कांच की नदियां ने प्रतियोगिता जीती।",
        [("कांच की नदियां", "Glass Rivers", "ग्लास रिवर्स")],
    ),
    _f(
        T,
        "Happy Cow Dairy raised the price of milk.",
        "ख़ुश गाय डेयरी ने दूध के दाम बढ़ा दिए।",
        [("ख़ुश गाय", "Happy Cow", "हैप्पी काउ")],
    ),
    _f(
        T,
        "Blue Kettle Tea opened a factory in Assam.",
        "नीली केतली चाय ने असम में कारख़ाना खोला।",
        [("नीली केतली चाय", "Blue Kettle Tea", "ब्लू केटल टी")],
    ),
    _f(
        T,
        "Golden Harvest rice is sold in forty countries.",
        "सुनहरी फ़सल चावल चालीस देशों में बिकता है।",
        [("सुनहरी फ़सल", "Golden Harvest", "गोल्डन हार्वेस्ट")],
    ),
    _f(
        T,
        "Tourists crowded Sunset Point at Mount Abu.",
        "माउंट आबू के सूर्यास्त बिंदु पर पर्यटकों की भीड़ लगी रही।",
        [("सूर्यास्त बिंदु", "Sunset Point", "सनसेट पॉइंट")],
    ),
    _f(
        T,
        "The jeeps leave for Tiger Hill at four in the morning.",
        "जीपें सुबह चार बजे बाघ पहाड़ी के लिए निकलती हैं।",
        [("बाघ पहाड़ी", "Tiger Hill", "टाइगर हिल")],
    ),
    _f(
        T,
        "The firm won the Golden Peacock Award for safety.",
        "कंपनी ने सुरक्षा के लिए सुनहरा मोर पुरस्कार जीता।",
        [("सुनहरा मोर", "Golden Peacock", "गोल्डन पीकॉक")],
    ),
    _f(
        T,
        "The Dark Knight was shown again in cinemas.",
        "अंधेरा शूरवीर फिर से सिनेमाघरों में दिखाई गई।",
        [("अंधेरा शूरवीर", "The Dark Knight", "द डार्क नाइट")],
    ),
    _f(
        T,
        "The Ranchi Comets signed two foreign players.",
        "रांची पुच्छल तारों ने दो विदेशी खिलाड़ियों से करार किया।",
        [("रांची पुच्छल तारों", "the Ranchi Comets", "रांची कॉमेट्स")],
    ),
    _f(
        T,
        "Storm Clouds, the club's mascot, danced with the children.",
        "क्लब का शुभंकर तूफ़ानी बादल बच्चों के साथ नाचा।",
        [("तूफ़ानी बादल", "Storm Clouds", "स्टॉर्म क्लाउड्स")],
    ),
    _f(
        T,
        "Sales of Morning Star cornflakes doubled this year.",
        "इस साल भोर का तारा कॉर्नफ़्लेक्स की बिक्री दोगुनी हो गई।",
        [("भोर का तारा", "Morning Star", "मॉर्निंग स्टार")],
    ),
]

NAME_LOOKALIKES = [
    # Indian names whose parts are Hindi words, after role words
    C("name", "Opener Pawan Sitara scored a fifty.", "सलामी बल्लेबाज़ पवन सितारा ने अर्धशतक बनाया।"),
    C("name", "Wicketkeeper Sunil Pathar took three catches.", "विकेटकीपर सुनील पाथर ने तीन कैच लपके।"),
    C("name", "Bowler Mohit Moti took five wickets.", "गेंदबाज़ मोहित मोती ने पांच विकेट लिए।"),
    C("name", "Singer Shreya Ghoshal performed in Jaipur.", "गायिका श्रेया घोषाल ने जयपुर में प्रस्तुति दी।"),
    C("name", "Wrestler Sujeet Kalkal returned home.", "पहलवान सुजीत कलकल घर लौटे।"),
    C("name", "Chess player Koneru Humpy won the game.", "शतरंज खिलाड़ी कोनेरू हंपी ने बाज़ी जीती।"),
    C("name", "Boxer Lalit Chandni won her bout.", "मुक्केबाज़ ललित चांदनी ने अपना मुक़ाबला जीता।"),
    C("name", "Shooter Aarti Phool reached the final.", "निशानेबाज़ आरती फूल फ़ाइनल में पहुंचीं।"),
    C("name", "Poet Gulzar read a new poem.", "कवि गुलज़ार ने एक नई कविता पढ़ी।"),
    C("name", "Director Zoya Akhtar began shooting in Goa.", "निर्देशक ज़ोया अख़्तर ने गोवा में शूटिंग शुरू की।"),
    C(
        "name",
        "Hockey goalkeeper Suraj Karkera saved a penalty corner.",
        "हॉकी गोलकीपर सूरज करकेरा ने पेनल्टी कॉर्नर बचाया।",
    ),
    C("name", "Batter Rinku Singh hit three sixes.", "बल्लेबाज़ रिंकू सिंह ने तीन छक्के लगाए।"),
    C("name", "Singer Kailash Kher sang at the festival.", "गायक कैलाश खेर ने उत्सव में गाया।"),
    C("name", "Scientist Gagandeep Kang spoke at the event.", "वैज्ञानिक गगनदीप कांग ने कार्यक्रम में भाषण दिया।"),
    C(
        "name",
        "Writer Banu Mushtaq signed copies of her book.",
        "लेखिका बानू मुश्ताक ने अपनी किताब की प्रतियों पर हस्ताक्षर किए।",
    ),
    C("name", "Farmer Heera Lal Pahad sold his crop early.", "किसान हीरा लाल पहाड़ ने अपनी फ़सल जल्दी बेच दी।"),
    C("name", "Teacher Sona Bagh was honoured by the school.", "स्कूल ने शिक्षिका सोना बाघ को सम्मानित किया।"),
    C("name", "Coach Pulela Gopichand watched from the stands.", "कोच पुलेला गोपीचंद ने स्टैंड से मैच देखा।"),
    C("name", "Sprinter Animesh Kujur set a national record.", "धावक अनिमेष कुजूर ने राष्ट्रीय रिकॉर्ड बनाया।"),
    C("name", "Musician A. R. Rahman composed the score.", "संगीतकार ए. आर. रहमान ने संगीत तैयार किया।"),
    C(
        "name",
        "Priya Nadi and Ravi Sagar were married on Sunday.",
        "प्रिया नदी और रवि सागर की शादी रविवार को हुई।",
    ),
    C("name", "Inspector Shamsher Bahadur led the raid.", "इंस्पेक्टर शमशेर बहादुर ने छापे का नेतृत्व किया।"),
    C("name", "The prize went to Roshni Chaand.", "पुरस्कार रोशनी चांद को मिला।"),
    # South Asian names abroad
    C(
        "name",
        "Bangladesh captain Mehidy Hasan Miraz won the toss.",
        "बांग्लादेश के कप्तान मेहदी हसन मिराज़ ने टॉस जीता।",
    ),
    C("name", "Sri Lanka's Wanindu Hasaranga took four wickets.", "श्रीलंका के वानिंदु हसरंगा ने चार विकेट लिए।"),
    C("name", "Nepal's Rohit Paudel scored a fifty.", "नेपाल के रोहित पौडेल ने अर्धशतक बनाया।"),
    C(
        "name",
        "Afghanistan's Rahmanullah Gurbaz opened the batting.",
        "अफ़ग़ानिस्तान के रहमानुल्लाह गुरबाज़ ने पारी की शुरुआत की।",
    ),
    # East-Asian hyphenated names and one-syllable names after titles
    C("name", "Actor Gong Yoo visited Mumbai.", "अभिनेता गोंग यू ने मुंबई का दौरा किया।"),
    C("name", "Director Park Chan-wook judged the festival.", "निर्देशक पार्क चान-वुक महोत्सव के निर्णायक रहे।"),
    C("name", "Minister Wong Kan-seng opened the bridge.", "मंत्री वोंग कान-सेंग ने पुल का उद्घाटन किया।"),
    C("name", "Skater Lee Hae-in won the free skate.", "स्केटर ली हे-इन ने फ़्री स्केट जीता।"),
    C("name", "Doctor Tan said the patient was stable.", "डॉक्टर टैन ने कहा कि मरीज़ की हालत स्थिर है।"),
    C("name", "Coach Lim watched the training session.", "कोच लिम ने अभ्यास सत्र देखा।"),
    C("name", "Chef Kenji Ono opened a restaurant in Delhi.", "शेफ़ केंजी ओनो ने दिल्ली में रेस्तरां खोला।"),
    # foreign names spelled like Hindi words
    C("name", "Mexico's Raúl Jiménez scored the winner.", "मेक्सिको के राउल हिमेनेज़ ने निर्णायक गोल किया।"),
    C("name", "Nigeria's Victor Osimhen missed the match.", "नाइजीरिया के विक्टर ओसिमहेन मैच में नहीं खेले।"),
    C(
        "name",
        "Tennis player Holger Rune reached the quarter-final.",
        "टेनिस खिलाड़ी होल्गर रूने क्वार्टर फ़ाइनल में पहुंचे।",
    ),
    C("name", "Golfer Jon Rahm won in Spain.", "गोल्फ़र जॉन राम ने स्पेन में ख़िताब जीता।"),
    C("name", "Japan's Daichi Kamada scored twice.", "जापान के दाइची कामादा ने दो गोल किए।"),
    C(
        "name",
        "Sweden's Mondo Duplantis cleared six metres.",
        "स्वीडन के मोंडो डुप्लांटिस ने छह मीटर की ऊंचाई पार की।",
    ),
    C(
        "name",
        "Brazil's Vinícius Júnior was named player of the match.",
        "ब्राज़ील के विनीसियस जूनियर को प्लेयर ऑफ़ द मैच चुना गया।",
    ),
    # the Hindi words of the calques, with no name before them
    C("name", "A house sparrow built a nest on the fan.", "एक गौरैया ने पंखे पर घोंसला बनाया।"),
    C("name", "She added rosewater to the kheer.", "उसने खीर में गुलाबजल मिलाया।"),
    C("name", "Two cats slept on the wall.", "दीवार पर दो बिल्लियां सो रही थीं।"),
    C("name", "A horse pulled the cart up the hill.", "एक घोड़ा गाड़ी को खींचकर पहाड़ी पर ले गया।"),
    C("name", "A bee stung the boy on the arm.", "एक मधुमक्खी ने लड़के की बांह पर डंक मार दिया।"),
    C("name", "The weaver sold his saris at the fair.", "जुलाहे ने अपनी साड़ियां मेले में बेचीं।"),
    C("name", "The grove behind the temple is full of mango trees.", "मंदिर के पीछे का उपवन आम के पेड़ों से भरा है।"),
    C("name", "The miller ground the wheat at dawn.", "चक्की वाले ने भोर में गेहूं पीसा।"),
    C("name", "The morning sky was clear.", "सुबह का आकाश साफ़ था।"),
]

TITLE_LOOKALIKES = [
    # teams, bands and brands that are English words written in Devanagari
    C("title", "The Brisbane Heat won the Big Bash final.", "ब्रिस्बेन हीट ने बिग बैश का फ़ाइनल जीता।"),
    C("title", "The Perth Scorchers lost by four runs.", "पर्थ स्कॉर्चर्स चार रन से हार गए।"),
    C("title", "The Gujarat Giants beat the Bengal Warriorz.", "गुजरात जायंट्स ने बंगाल वॉरियर्ज़ को हराया।"),
    C("title", "Odisha FC signed a Spanish striker.", "ओडिशा एफ़सी ने एक स्पेनिश स्ट्राइकर से करार किया।"),
    C("title", "The Dallas Mavericks traded their guard.", "डैलस मैवरिक्स ने अपने गार्ड को दूसरी टीम में भेज दिया।"),
    C("title", "Wolves drew with Everton on Saturday.", "वुल्व्स और एवर्टन का मैच शनिवार को ड्रॉ रहा।"),
    C(
        "title",
        "Tickets for both London shows of the band Glass Animals sold out.",
        "बैंड ग्लास एनिमल्स के लंदन के दोनों शो के टिकट बिक गए।",
    ),
    C("title", "OneRepublic will perform in Mumbai.", "वनरिपब्लिक मुंबई में प्रस्तुति देगा।"),
    C("title", "The Yellow Diary released a new single.", "द येलो डायरी ने नया सिंगल जारी किया।"),
    C("title", "Sales of Good Day biscuits rose this year.", "इस साल गुड डे बिस्किट की बिक्री बढ़ी।"),
    C("title", "The store sells Tiger biscuits and Bournvita.", "दुकान में टाइगर बिस्किट और बॉर्नविटा मिलते हैं।"),
    C("title", "Crowds gathered at Hyde Park Corner.", "हाइड पार्क कॉर्नर पर भीड़ जमा हुई।"),
    C("title", "The Sunrise Express leaves Pune at six.", "सनराइज़ एक्सप्रेस पुणे से छह बजे चलती है।"),
    C(
        "title",
        "The shop at Cyber Hub sells Happy Cow ice cream.",
        "साइबर हब की दुकान में हैप्पी काउ आइसक्रीम मिलती है।",
    ),
    C("title", "He was named Man of the Series.", "उन्हें मैन ऑफ़ द सीरीज़ चुना गया।"),
    # calques Hindi itself writes
    C("title", "The Leaning Tower of Pisa drew huge crowds.", "पीसा की झुकी मीनार देखने भारी भीड़ उमड़ी।"),
    C("title", "Gandhi is called the Father of the Nation.", "गांधी को राष्ट्रपिता कहा जाता है।"),
    C("title", "The ship sailed into the Caspian Sea.", "जहाज़ कैस्पियन सागर में दाख़िल हुआ।"),
    C("title", "The Cold War ended in 1991.", "शीत युद्ध 1991 में ख़त्म हुआ।"),
    C(
        "title",
        "The White Revolution changed dairy farming in Gujarat.",
        "श्वेत क्रांति ने गुजरात में दुग्ध उत्पादन की तस्वीर बदल दी।",
    ),
    C("title", "The Security Council met on Thursday.", "सुरक्षा परिषद की बैठक गुरुवार को हुई।"),
    C(
        "title",
        "The Big Dipper was clearly visible over the desert.",
        "रेगिस्तान के ऊपर सप्तर्षि तारामंडल साफ़ दिख रहा था।",
    ),
    C("title", "The Stone Age tools were found near the river.", "नदी के पास पाषाण युग के औज़ार मिले।"),
    C("title", "The Southern Ocean is the coldest of all.", "दक्षिणी महासागर सबसे ठंडा है।"),
    C("title", "The Red Crescent sent tents to the flood zone.", "रेड क्रिसेंट ने बाढ़ वाले इलाक़े में तंबू भेजे।"),
    C("title", "World Environment Day is marked on 5 June.", "विश्व पर्यावरण दिवस 5 जून को मनाया जाता है।"),
    C("title", "The Arabian Sea was rough on Sunday.", "रविवार को अरब सागर में ऊंची लहरें उठीं।"),
]
