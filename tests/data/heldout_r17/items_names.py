"""Held-out round-17 items: names and titles/institutions (hand-written by helper blindA, see
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
    # British, Irish, American, Australian, Canadian surnames, given names and stage names
    _f(
        N,
        "Golfer Tommy Fleetwood holed a long putt on the last green.",
        "गोल्फ़र टॉमी बेड़ा-लकड़ी ने आख़िरी ग्रीन पर लंबा पट डाला।",
        [("बेड़ा-लकड़ी", "Fleetwood", "फ़्लीटवुड")],
    ),
    _f(
        N,
        "Jack Draper reached his first Masters final.",
        "जैक कपड़ा-व्यापारी अपने पहले मास्टर्स फ़ाइनल में पहुंचे।",
        [("कपड़ा-व्यापारी", "Draper", "ड्रेपर")],
    ),
    _f(
        N,
        "Former minister Mel Stride questioned the budget figures.",
        "पूर्व मंत्री मेल लंबे-क़दम ने बजट के आंकड़ों पर सवाल उठाए।",
        [("लंबे-क़दम", "Stride", "स्ट्राइड")],
    ),
    _f(
        N,
        "Goalkeepers Jordan Pickford and Aaron Ramsdale trained together.",
        "गोलकीपर जॉर्डन गैंती-घाट और ऐरन मेढ़ा-घाटी ने साथ अभ्यास किया।",
        [("गैंती-घाट", "Pickford", "पिकफ़र्ड"), ("मेढ़ा-घाटी", "Ramsdale", "रैम्ज़डेल")],
    ),
    _f(
        N,
        "Ruben Loftus-Cheek came on in the second half.",
        "दूसरे हाफ़ में रूबेन अटारी-गाल मैदान पर उतरे।",
        [("अटारी-गाल", "Loftus-Cheek", "लॉफ़्टस-चीक")],
    ),
    _f(
        N,
        "Morgan Gibbs-White signed a new contract with Forest.",
        "मॉर्गन गिब्स-सफ़ेद ने फ़ॉरेस्ट के साथ नया अनुबंध किया।",
        [("गिब्स-सफ़ेद", "Gibbs-White", "गिब्स-व्हाइट")],
    ),
    _f(
        N,
        "Quarterback Jalen Hurts threw three touchdown passes.",
        "क्वार्टरबैक जेलन चोटें ने तीन टचडाउन पास फेंके।",
        [("चोटें", "Hurts", "हर्ट्स")],
    ),
    _f(
        N,
        "Sam Burns and Rickie Fowler shared the lead after the first round.",
        "पहले दौर के बाद सैम जलन और रिकी बहेलिया संयुक्त रूप से बढ़त पर रहे।",
        [("जलन", "Burns", "बर्न्स"), ("बहेलिया", "Fowler", "फ़ाउलर")],
    ),
    _f(
        N,
        "Hurdler Grant Holloway won his fourth world title.",
        "बाधा दौड़ धावक ग्रांट खोखला-रास्ता ने अपना चौथा विश्व ख़िताब जीता।",
        [("खोखला-रास्ता", "Holloway", "हॉलोवे")],
    ),
    _f(
        N,
        "Memphis traded Desmond Bane to Orlando.",
        "मेम्फ़िस ने डेसमंड अभिशाप को ऑरलैंडो भेज दिया।",
        [("अभिशाप", "Bane", "बेन")],
    ),
    _f(
        N,
        "Cavaliers guard Darius Garland missed the game with a toe injury.",
        "कैवेलियर्स के गार्ड डेरियस माला पैर के अंगूठे की चोट के कारण मैच में नहीं खेले।",
        [("माला", "Garland", "गारलैंड")],
    ),
    _f(
        N,
        "Angel Reese grabbed twenty rebounds in Chicago's win.",
        "फ़रिश्ता रीस ने शिकागो की जीत में बीस रिबाउंड लिए।",
        [("फ़रिश्ता", "Angel", "एंजेल")],
    ),
    _f(
        N,
        "Bengals receiver Ja'Marr Chase broke the club record.",
        "बेंगल्स के रिसीवर जामार पीछा ने क्लब का रिकॉर्ड तोड़ा।",
        [("पीछा", "Chase", "चेज़")],
    ),
    _f(
        N,
        "Micah Parsons's late sack sealed the win.",
        "माइका पादरियों के आख़िरी पलों के सैक ने जीत पक्की कर दी।",
        [("पादरियों", "Parsons", "पार्सन्स")],
    ),
    _f(
        N,
        "Jets cornerback Sauce Gardner was fined for the tackle.",
        "जेट्स के कॉर्नरबैक चटनी माली पर उस टैकल के लिए जुर्माना लगाया गया।",
        [("चटनी माली", "Sauce Gardner", "सॉस गार्डनर")],
    ),
    _f(
        N,
        "Rapper Central Cee performed in Delhi for the first time.",
        "रैपर केंद्रीय सी ने पहली बार दिल्ली में प्रस्तुति दी।",
        [("केंद्रीय सी", "Central Cee", "सेंट्रल सी")],
    ),
    _f(
        N,
        "Teddy Swims and Benson Boone topped the radio chart.",
        "टेडी तैरता और बेंसन वरदान रेडियो चार्ट में सबसे ऊपर रहे।",
        [("तैरता", "Swims", "स्विम्स"), ("वरदान", "Boone", "बून")],
    ),
    _f(
        N,
        "Tyler, the Creator announced an Asian tour.",
        "टायलर, सृष्टिकर्ता ने एशियाई दौरे की घोषणा की।",
        [("सृष्टिकर्ता", "the Creator", "द क्रिएटर")],
    ),
    _f(
        N,
        "The new single by Ice Spice leaked online.",
        "बर्फ़ मसाला का नया सिंगल ऑनलाइन लीक हो गया।",
        [("बर्फ़ मसाला", "Ice Spice", "आइस स्पाइस")],
    ),
    _f(
        N,
        "All-rounder Beau Webster took two quick wickets.",
        "ऑलराउंडर ब्यू शब्दकोश ने जल्दी-जल्दी दो विकेट लिए।",
        [("शब्दकोश", "Webster", "वेबस्टर")],
    ),
    _f(
        N,
        "Senator Jacinta Price left the shadow cabinet.",
        "सीनेटर जैसिंटा क़ीमत ने छाया मंत्रिमंडल छोड़ दिया।",
        [("क़ीमत", "Price", "प्राइस")],
    ),
    _f(
        N,
        "Jockey Rachael Blackmore rode her last race at Punchestown.",
        "जॉकी रेचल अधिक-काली ने पंचेस्टाउन में अपनी आख़िरी दौड़ लगाई।",
        [("अधिक-काली", "Blackmore", "ब्लैकमोर")],
    ),
    _f(
        N,
        "Fly-half Jack Crowley kicked the winning penalty.",
        "फ़्लाई-हाफ़ जैक कौआ-मैदान ने जिताऊ पेनल्टी को गोल में बदला।",
        [("कौआ-मैदान", "Crowley", "क्रोली")],
    ),
    _f(
        N,
        "Former finance minister Chrystia Freeland will become an envoy.",
        "पूर्व वित्त मंत्री क्रिस्टिया मुक्त-भूमि राजदूत बनेंगी।",
        [("मुक्त-भूमि", "Freeland", "फ़्रीलैंड")],
    ),
    _f(
        N,
        "Their coach, Thomas Frank, was sacked on Monday.",
        "उनके कोच, थॉमस स्पष्टवादी, को सोमवार को बर्ख़ास्त कर दिया गया।",
        [("स्पष्टवादी", "Frank", "फ़्रैंक")],
    ),
    # Spanish, Mexican, Portuguese, Brazilian, Italian, French
    _f(
        N,
        "Nico Paz scored again for Como.",
        "निको शांति ने कोमो के लिए फिर गोल किया।",
        [("शांति", "Paz", "पाज़")],
    ),
    _f(
        N,
        "Labour Minister Yolanda Diaz defended the shorter working week.",
        "श्रम मंत्री योलांडा दिनों ने छोटे कार्य-सप्ताह का बचाव किया।",
        [("दिनों", "Diaz", "दियाज़")],
    ),
    _f(
        N,
        "Two concerts by the singer Peso Pluma were cancelled.",
        "गायक वज़न-पंख के दो कॉन्सर्ट रद्द कर दिए गए।",
        [("वज़न-पंख", "Peso Pluma", "पेसो प्लूमा")],
    ),
    _f(
        N,
        "Boxer Canelo Alvarez lost his title in Las Vegas.",
        "मुक्केबाज़ दालचीनी अल्वारेज़ लास वेगास में अपना ख़िताब हार गए।",
        [("दालचीनी", "Canelo", "कनेलो")],
    ),
    _f(
        N,
        "Goncalo Ramos and Pedro Neto were left out of the squad.",
        "गोंसालो टहनियों और पेड्रो पोते को टीम से बाहर रखा गया।",
        [("टहनियों", "Ramos", "रामोस"), ("पोते", "Neto", "नेटो")],
    ),
    _f(
        N,
        "Skateboarder Rayssa Leal won bronze again.",
        "स्केटबोर्डर रायसा वफ़ादार ने फिर कांस्य जीता।",
        [("वफ़ादार", "Leal", "लील")],
    ),
    _f(
        N,
        "Federico Chiesa's late goal saved the match.",
        "फ़ेडेरिको गिरजाघर के आख़िरी पलों के गोल ने मैच बचा लिया।",
        [("गिरजाघर", "Chiesa", "किएसा")],
    ),
    _f(
        N,
        "Inter defender Alessandro Bastoni was sent off.",
        "इंटर के डिफ़ेंडर अलेसांद्रो डंडों को बाहर भेज दिया गया।",
        [("डंडों", "Bastoni", "बास्तोनी")],
    ),
    _f(
        N,
        "Arthur Fils beat the top seed in Hamburg.",
        "आर्थर बेटा ने हैम्बर्ग में शीर्ष वरीय खिलाड़ी को हराया।",
        [("बेटा", "Fils", "फ़िल्स")],
    ),
    _f(
        N,
        "Goalkeeper Lucas Chevalier joined Paris Saint-Germain.",
        "गोलकीपर लुकास सामंत पेरिस सेंट-जर्मेन से जुड़े।",
        [("सामंत", "Chevalier", "शेवालिए")],
    ),
    # German, Dutch, Nordic
    _f(
        N,
        "Florian Wirtz and Niclas Fullkrug were named in the squad.",
        "टीम में फ़्लोरियान सराय-मालिक और निकलास भरा-घड़ा को शामिल किया गया।",
        [("सराय-मालिक", "Wirtz", "विर्ट्ज़"), ("भरा-घड़ा", "Fullkrug", "फ़ुलक्रुग")],
    ),
    _f(
        N,
        "Former foreign minister Annalena Baerbock now presides over the UN General Assembly.",
        "पूर्व विदेश मंत्री अनालेना भालू-बकरा अब संयुक्त राष्ट्र महासभा की अध्यक्ष हैं।",
        [("भालू-बकरा", "Baerbock", "बेयरबॉक")],
    ),
    _f(
        N,
        "Goalkeeper Oliver Baumann saved a penalty.",
        "गोलकीपर ओलिवर पेड़-आदमी ने एक पेनल्टी रोकी।",
        [("पेड़-आदमी", "Baumann", "बाउमान")],
    ),
    _f(
        N,
        "Cyclist Mathieu van der Poel won in Roubaix for the fourth time.",
        "साइकिलिस्ट माथ्यू फ़ान डेर तालाब ने चौथी बार रूबे में जीत हासिल की।",
        [("तालाब", "Poel", "पूल")],
    ),
    _f(
        N,
        "Liverpool's Ryan Gravenberch was named player of the month.",
        "लिवरपूल के रायन क़ब्र-पहाड़ को महीने का सर्वश्रेष्ठ खिलाड़ी चुना गया।",
        [("क़ब्र-पहाड़", "Gravenberch", "ग्रावेनबर्ख़")],
    ),
    _f(
        N,
        "Ludvig Aberg and Rasmus Hojlund were honoured at home.",
        "लुडविग नदी-पहाड़ और रासमुस ऊंचा-उपवन को उनके देश में सम्मानित किया गया।",
        [("नदी-पहाड़", "Aberg", "ओबेर्ग"), ("ऊंचा-उपवन", "Hojlund", "होयलुंड")],
    ),
    _f(
        N,
        "The Icelandic singer Laufey won a Grammy.",
        "आइसलैंड की गायिका पत्ती-द्वीप ने ग्रैमी जीता।",
        [("पत्ती-द्वीप", "Laufey", "लेवेई")],
    ),
    _f(
        N,
        "Captain Martin Odegaard has recovered from injury.",
        "कप्तान मार्टिन उजाड़-खेत चोट से उबर गए हैं।",
        [("उजाड़-खेत", "Odegaard", "ओडेगार्ड")],
    ),
    # Polish, Czech, Ukrainian, Turkish
    _f(
        N,
        "Goalkeeper Wojciech Szczesny came out of retirement.",
        "गोलकीपर वोयचेक भाग्यशाली संन्यास से लौट आए।",
        [("भाग्यशाली", "Szczesny", "श्चेंस्नी")],
    ),
    _f(
        N,
        "Jakub Mensik won the Miami Open at nineteen.",
        "याकूब छोटू ने उन्नीस साल की उम्र में मियामी ओपन जीता।",
        [("छोटू", "Mensik", "मेनशिक")],
    ),
    _f(
        N,
        "Oleksandr Usyk defended his belts at Wembley.",
        "ओलेक्सांद्र मूंछ ने वेम्बली में अपनी बेल्टें बचाईं।",
        [("मूंछ", "Usyk", "उसिक")],
    ),
    _f(
        N,
        "Ferdi Kadioglu and Kerem Akturkoglu started for Turkey.",
        "तुर्की के लिए फ़र्दी क़ाज़ी-पुत्र और केरेम सफ़ेद-तुर्क-पुत्र ने शुरुआत की।",
        [("क़ाज़ी-पुत्र", "Kadioglu", "कादिओग्लू"), ("सफ़ेद-तुर्क-पुत्र", "Akturkoglu", "अक्तुर्कोग्लू")],
    ),
    _f(
        N,
        "Tennis player Zeynep Sonmez won her first WTA title.",
        "टेनिस खिलाड़ी ज़ेनेप अमिट ने अपना पहला डब्ल्यूटीए ख़िताब जीता।",
        [("अमिट", "Sonmez", "सोनमेज़")],
    ),
    _f(
        N,
        "Baris Alper Yilmaz scored the winning goal.",
        "शांति-दूत आल्पर यिलमाज़ ने विजयी गोल किया।",
        [("शांति-दूत", "Baris", "बारिश")],
    ),
    # Arabic, Persian, Hebrew
    _f(
        N,
        "Squash player Mostafa Asal retained his title.",
        "स्क्वॉश खिलाड़ी मुस्तफ़ा शहद ने अपना ख़िताब बरक़रार रखा।",
        [("शहद", "Asal", "असल")],
    ),
    _f(
        N,
        "The crowd rose for Mohammed Kudus after his solo goal.",
        "अकेले दम पर किए गोल के बाद दर्शक मोहम्मद पवित्र के लिए खड़े हो गए।",
        [("पवित्र", "Kudus", "कुदुस")],
    ),
    _f(
        N,
        "Striker Sardar Azmoun scored twice against Qatar.",
        "स्ट्राइकर सरदार परीक्षा ने क़तर के ख़िलाफ़ दो गोल किए।",
        [("परीक्षा", "Azmoun", "आज़मून")],
    ),
    _f(
        N,
        "The actress Golshifteh Farahani joined the jury.",
        "अभिनेत्री गुल-दीवानी फ़राहानी जूरी में शामिल हुईं।",
        [("गुल-दीवानी", "Golshifteh", "गोलशिफ़्तेह")],
    ),
    _f(
        N,
        "Foreign Minister Gideon Saar and opposition leader Yair Lapid clashed.",
        "विदेश मंत्री गिदोन तूफ़ान और विपक्ष के नेता यायर मशाल आपस में भिड़ गए।",
        [("तूफ़ान", "Saar", "सार"), ("मशाल", "Lapid", "लापिद")],
    ),
    _f(
        N,
        "Winger Manor Solomon scored on his debut.",
        "विंगर जागीर सोलोमन ने अपने पहले ही मैच में गोल किया।",
        [("जागीर", "Manor", "मनोर")],
    ),
    # Chinese, Japanese, Korean, Vietnamese, Thai, Indonesian
    _f(
        N,
        "Swimmer Pan Zhanle broke his own world record.",
        "तैराक तवा झानले ने अपना ही विश्व रिकॉर्ड तोड़ा।",
        [("तवा", "Pan", "पान")],
    ),
    _f(
        N,
        "The actor Chow Yun-fat ran a half marathon.",
        "अभिनेता चाउ युन-मोटा ने हाफ़ मैराथन दौड़ी।",
        [("युन-मोटा", "Yun-fat", "युन-फ़ैट")],
    ),
    _f(
        N,
        "Sanae Takaichi succeeded Shigeru Ishiba as prime minister.",
        "सनाए ऊंचा-बाज़ार ने शिगेरु पत्थर-मैदान की जगह प्रधानमंत्री का पद संभाला।",
        [("ऊंचा-बाज़ार", "Takaichi", "ताकाइची"), ("पत्थर-मैदान", "Ishiba", "इशिबा")],
    ),
    _f(
        N,
        "Forward Rui Hachimura scored 25 points.",
        "फ़ॉरवर्ड रुई आठ-गांव ने 25 अंक बनाए।",
        [("आठ-गांव", "Hachimura", "हाचिमुरा")],
    ),
    _f(
        N,
        "Figure skater Cha Jun-hwan won silver in Milan.",
        "फ़िगर स्केटर चाय जुन-ह्वान ने मिलान में रजत जीता।",
        [("चाय", "Cha", "चा")],
    ),
    _f(
        N,
        "Rapper Jay Park will perform in Mumbai.",
        "रैपर जे बाग़ मुंबई में प्रस्तुति देंगे।",
        [("बाग़", "Park", "पार्क")],
    ),
    _f(
        N,
        "Striker Nguyen Xuan Son scored twice in the final.",
        "स्ट्राइकर न्गुयेन बसंत-पहाड़ ने फ़ाइनल में दो गोल किए।",
        [("बसंत-पहाड़", "Xuan Son", "सुआन सोन")],
    ),
    _f(
        N,
        "Fans greeted the Thai actor Bright Vachirawit at the airport.",
        "प्रशंसकों ने हवाई अड्डे पर थाई अभिनेता उज्ज्वल वचिरावित का स्वागत किया।",
        [("उज्ज्वल", "Bright", "ब्राइट")],
    ),
    _f(
        N,
        "Kickboxer Buakaw Banchamek fought an exhibition bout.",
        "किकबॉक्सर सफ़ेद-कमल बंचामेक ने एक प्रदर्शनी मुक़ाबला लड़ा।",
        [("सफ़ेद-कमल", "Buakaw", "बुआकाव")],
    ),
    _f(
        N,
        "Shuttler Fajar Alfian and his partner won the title.",
        "शटलर भोर अल्फ़ियान और उनके जोड़ीदार ने ख़िताब जीता।",
        [("भोर", "Fajar", "फ़जर")],
    ),
    # African
    _f(
        N,
        "Ademola Lookman was named African player of the year.",
        "आदेमोला देखू-आदमी को अफ़्रीका का वर्ष का सर्वश्रेष्ठ खिलाड़ी चुना गया।",
        [("देखू-आदमी", "Lookman", "लुकमैन")],
    ),
    _f(
        N,
        "Zimbabwe fast bowler Blessing Muzarabani took five wickets.",
        "ज़िम्बाब्वे के तेज़ गेंदबाज़ आशीर्वाद मुज़राबानी ने पांच विकेट लिए।",
        [("आशीर्वाद", "Blessing", "ब्लेसिंग")],
    ),
    _f(
        N,
        "Singer Tiwa Savage and striker Gift Orban met fans in Lagos.",
        "गायिका टिवा जंगली और स्ट्राइकर उपहार ओरबान ने लागोस में प्रशंसकों से मुलाक़ात की।",
        [("जंगली", "Savage", "सैवेज"), ("उपहार", "Gift", "गिफ़्ट")],
    ),
    _f(
        N,
        "The South African DJ Black Coffee played a set in Goa.",
        "दक्षिण अफ़्रीकी डीजे काली कॉफ़ी ने गोवा में एक सेट बजाया।",
        [("काली कॉफ़ी", "Black Coffee", "ब्लैक कॉफ़ी")],
    ),
]


TITLES = [
    # clubs and teams
    _f(
        T,
        "The Seattle Kraken sacked their coach.",
        "सिएटल समुद्री-दैत्य ने अपने कोच को हटा दिया।",
        [("समुद्री-दैत्य", "Kraken", "क्रैकन")],
    ),
    _f(
        T,
        "The Green Bay Packers beat the Pittsburgh Steelers.",
        "ग्रीन बे पैक करने वालों ने पिट्सबर्ग इस्पातवालों को हराया।",
        [("पैक करने वालों", "Packers", "पैकर्स"), ("इस्पातवालों", "Steelers", "स्टीलर्स")],
    ),
    _f(
        T,
        "The Minnesota Timberwolves and the Indiana Pacers both won.",
        "मिनेसोटा जंगली भेड़िये और इंडियाना गति-निर्धारक दोनों जीते।",
        [("जंगली भेड़िये", "Timberwolves", "टिम्बरवुल्व्स"), ("गति-निर्धारक", "Pacers", "पेसर्स")],
    ),
    _f(
        T,
        "The Bengaluru Bulls signed a raider from Iran.",
        "बेंगलुरु सांडों ने ईरान के एक रेडर को अनुबंधित किया।",
        [("सांडों", "Bulls", "बुल्स")],
    ),
    _f(
        T,
        "The Jaipur Pink Panthers and the Patna Pirates drew.",
        "जयपुर गुलाबी तेंदुए और पटना समुद्री लुटेरे का मैच बराबर रहा।",
        [("गुलाबी तेंदुए", "Pink Panthers", "पिंक पैंथर्स"), ("समुद्री लुटेरे", "Pirates", "पाइरेट्स")],
    ),
    _f(
        T,
        "Kerala Blasters fans filled the stadium in Kochi.",
        "केरल धमाकेदारों के प्रशंसकों से कोच्चि का स्टेडियम भर गया।",
        [("धमाकेदारों", "Blasters", "ब्लास्टर्स")],
    ),
    _f(
        T,
        "The Swiss champions Young Boys were knocked out.",
        "स्विस चैंपियन जवान लड़के बाहर हो गए।",
        [("जवान लड़के", "Young Boys", "यंग बॉयज़")],
    ),
    _f(
        T,
        "Fenerbahce and Red Star Belgrade meet on Thursday.",
        "लालटेन-बाग़ और लाल सितारा बेलग्रेड का मुक़ाबला गुरुवार को है।",
        [("लालटेन-बाग़", "Fenerbahce", "फ़ेनरबाख़चे"), ("लाल सितारा", "Red Star", "रेड स्टार")],
    ),
    _f(
        T,
        "River Plate beat Mamelodi Sundowns at the Club World Cup.",
        "नदी थाली ने क्लब विश्व कप में मामेलोडी सूर्यास्तों को हराया।",
        [("नदी थाली", "River Plate", "रिवर प्लेट"), ("सूर्यास्तों", "Sundowns", "सनडाउन्स")],
    ),
    _f(
        T,
        "Heart of Midlothian lead the Scottish league.",
        "मिडलोथियन का दिल स्कॉटिश लीग में सबसे ऊपर है।",
        [("मिडलोथियन का दिल", "Heart of Midlothian", "हार्ट ऑफ़ मिडलोथियन")],
    ),
    # grounds, buildings, places
    _f(
        T,
        "The Test at Lord's was sold out.",
        "प्रभु के मैदान पर होने वाले टेस्ट के सारे टिकट बिक गए।",
        [("प्रभु के मैदान", "Lord's", "लॉर्ड्स")],
    ),
    _f(
        T,
        "India won the final Test at the Oval by six runs.",
        "भारत ने अंडाकार पर आख़िरी टेस्ट छह रन से जीता।",
        [("अंडाकार", "the Oval", "ओवल")],
    ),
    _f(
        T,
        "Barcelona returned to the Camp Nou after two years.",
        "बार्सिलोना दो साल बाद नया मैदान में लौटा।",
        [("नया मैदान", "the Camp Nou", "कैंप नोउ")],
    ),
    _f(
        T,
        "Protesters gathered outside the Gherkin and the Shard.",
        "प्रदर्शनकारी खीरा और किरच के बाहर जमा हुए।",
        [("खीरा", "the Gherkin", "गर्किन"), ("किरच", "the Shard", "शार्ड")],
    ),
    _f(
        T,
        "The Winter Olympics in Salt Lake City were confirmed.",
        "नमक झील शहर में शीतकालीन ओलंपिक की पुष्टि हो गई।",
        [("नमक झील शहर", "Salt Lake City", "सॉल्ट लेक सिटी")],
    ),
    # awards, events, offices
    _f(
        T,
        "Europe retained the Ryder Cup in New York.",
        "यूरोप ने न्यूयॉर्क में घुड़सवार कप बरक़रार रखा।",
        [("घुड़सवार कप", "the Ryder Cup", "राइडर कप")],
    ),
    _f(
        T,
        "The horse won the Grand National at 50-1.",
        "घोड़े ने 50-1 के भाव पर भव्य राष्ट्रीय जीता।",
        [("भव्य राष्ट्रीय", "the Grand National", "ग्रैंड नेशनल")],
    ),
    _f(
        T,
        "The surgeon finished an Ironman in Goa.",
        "सर्जन ने गोवा में एक लौह पुरुष पूरा किया।",
        [("लौह पुरुष", "an Ironman", "आयरनमैन ट्रायथलॉन")],
    ),
    _f(
        T,
        "The Hornbill Festival opened in Kohima.",
        "कोहिमा में धनेश महोत्सव शुरू हुआ।",
        [("धनेश महोत्सव", "The Hornbill Festival", "हॉर्नबिल महोत्सव")],
    ),
    _f(
        T,
        "The Chancellor of the Exchequer delivered the budget.",
        "ख़ज़ाने के कुलाधिपति ने बजट पेश किया।",
        [("ख़ज़ाने के कुलाधिपति", "The Chancellor of the Exchequer", "ब्रिटेन के वित्त मंत्री")],
    ),
    _f(
        T,
        "The Poet Laureate wrote a poem for the coronation.",
        "कवि पुरस्कृत ने राज्याभिषेक के लिए एक कविता लिखी।",
        [("कवि पुरस्कृत", "The Poet Laureate", "राजकवि")],
    ),
    # companies and brands
    _f(
        T,
        "The investment firm BlackRock bought a stake in the port.",
        "निवेश कंपनी काली चट्टान ने बंदरगाह में हिस्सेदारी ख़रीदी।",
        [("काली चट्टान", "BlackRock", "ब्लैकरॉक")],
    ),
    _f(
        T,
        "The audio brand boAt and the wearables maker Noise cut prices.",
        "ऑडियो ब्रांड नाव और वियरेबल्स निर्माता शोर ने दाम घटाए।",
        [("नाव", "boAt", "बोट"), ("शोर", "Noise", "नॉइज़")],
    ),
    _f(
        T,
        "The trading app Groww filed for a listing.",
        "ट्रेडिंग ऐप बढ़ो ने शेयर बाज़ार में सूचीबद्धता के लिए आवेदन किया।",
        [("बढ़ो", "Groww", "ग्रो")],
    ),
    _f(
        T,
        "Sales of Pigeon cookers and Eveready torches rose.",
        "कबूतर कुकर और सदा-तैयार टॉर्च की बिक्री बढ़ी।",
        [("कबूतर", "Pigeon", "पिजन"), ("सदा-तैयार", "Eveready", "एवरेडी")],
    ),
    _f(
        T,
        "The quick-commerce app Blinkit opened fifty new stores.",
        "क्विक-कॉमर्स ऐप पलक-झपक ने पचास नए स्टोर खोले।",
        [("पलक-झपक", "Blinkit", "ब्लिंकिट")],
    ),
    _f(
        T,
        "The electric motorcycle maker Ultraviolette raised funds.",
        "इलेक्ट्रिक मोटरसाइकिल निर्माता पराबैंगनी ने पूंजी जुटाई।",
        [("पराबैंगनी", "Ultraviolette", "अल्ट्रावायलेट")],
    ),
    # nicknames and bands
    _f(
        T,
        "The crowd cheered for Captain Cool.",
        "भीड़ ने कप्तान ठंडा के लिए तालियां बजाईं।",
        [("कप्तान ठंडा", "Captain Cool", "कैप्टन कूल")],
    ),
    _f(
        T,
        "Fans called him the Universe Boss.",
        "प्रशंसक उन्हें ब्रह्मांड का मालिक कहते थे।",
        [("ब्रह्मांड का मालिक", "the Universe Boss", "यूनिवर्स बॉस")],
    ),
    _f(
        T,
        "The Gunners beat the Hammers 3-1.",
        "तोपचियों ने हथौड़ों को 3-1 से हराया।",
        [("तोपचियों", "The Gunners", "गनर्स"), ("हथौड़ों", "the Hammers", "हैमर्स")],
    ),
    _f(
        T,
        "The band Indian Ocean and the rock group Euphoria will play in Pune.",
        "बैंड हिंद महासागर और रॉक ग्रुप उल्लास पुणे में प्रस्तुति देंगे।",
        [("हिंद महासागर", "Indian Ocean", "इंडियन ओशन"), ("उल्लास", "Euphoria", "यूफ़ोरिया")],
    ),
    _f(
        T,
        "Imagine Dragons and Pearl Jam headlined the festival.",
        "कल्पना करो ड्रैगन और मोती जाम महोत्सव के मुख्य कलाकार रहे।",
        [("कल्पना करो ड्रैगन", "Imagine Dragons", "इमेजिन ड्रैगन्स"), ("मोती जाम", "Pearl Jam", "पर्ल जैम")],
    ),
]
