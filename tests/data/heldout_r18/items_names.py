"""Held-out round-18 items: names and titles/institutions (hand-written by helper blindA, see
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
    # English-language surnames and stage names (British, Irish, American, Australian)
    _f(
        N,
        "Director Jordan Peele is making a new horror film.",
        "निर्देशक जॉर्डन छिलका एक नई डरावनी फ़िल्म बना रहे हैं।",
        [("छिलका", "Peele", "पील")],
    ),
    _f(
        N,
        "Goalkeeper Jordan Pickford saved two penalties.",
        "गोलकीपर जॉर्डन चुनो-घाट ने दो पेनल्टी रोकीं।",
        [("चुनो-घाट", "Pickford", "पिकफ़र्ड")],
    ),
    _f(
        N,
        "The film was directed by Paul Greengrass.",
        "फ़िल्म का निर्देशन पॉल हरी-घास ने किया था।",
        [("हरी-घास", "Greengrass", "ग्रीनग्रास")],
    ),
    _f(
        N,
        "Students read poems by Wordsworth and Longfellow.",
        "छात्रों ने शब्द-मूल्य और लंबा-साथी की कविताएं पढ़ीं।",
        [("शब्द-मूल्य", "Wordsworth", "वर्ड्सवर्थ"), ("लंबा-साथी", "Longfellow", "लॉन्गफ़ेलो")],
    ),
    _f(
        N,
        "Actor Daniel Radcliffe visited the school.",
        "अभिनेता डैनियल लाल-चट्टान ने स्कूल का दौरा किया।",
        [("लाल-चट्टान", "Radcliffe", "रैडक्लिफ़")],
    ),
    _f(
        N,
        "California Governor Gavin Newsom signed the bill.",
        "कैलिफ़ोर्निया के गवर्नर गेविन नया-बेटा ने विधेयक पर हस्ताक्षर किए।",
        [("नया-बेटा", "Newsom", "न्यूसम")],
    ),
    _f(
        N,
        "Rapper Childish Gambino cancelled his tour.",
        "रैपर बचकाना गैम्बिनो ने अपना दौरा रद्द कर दिया।",
        [("बचकाना", "Childish (Gambino)", "चाइल्डिश")],
    ),
    _f(
        N,
        "Kid Cudi will perform at the festival.",
        "बच्चा कूडी उत्सव में प्रस्तुति देंगे।",
        [("बच्चा", "Kid (Cudi)", "किड")],
    ),
    _f(
        N,
        "Queen Latifah and Tee Grizzley sang at the awards night.",
        "मलिका लतीफ़ा और टी भूरा-भालू ने पुरस्कार समारोह में गाना गाया।",
        [("मलिका", "Queen (Latifah)", "क्वीन"), ("भूरा-भालू", "(Tee) Grizzley", "ग्रिज़ली")],
    ),
    _f(
        N,
        "Rapper Lil Baby released a new song.",
        "रैपर छोटा बच्चा ने एक नया गाना जारी किया।",
        [("छोटा बच्चा", "Lil Baby", "लिल बेबी")],
    ),
    _f(
        N,
        "Irish fiddler Seán Blackwater played at the pub.",
        "आयरिश वायलिन वादक शॉन काला-पानी ने पब में बजाया।",
        [("काला-पानी", "Blackwater", "ब्लैकवॉटर")],
    ),
    _f(
        N,
        "The Australian umpire, Wayne Goodwin, gave him out.",
        "ऑस्ट्रेलियाई अंपायर, वेन अच्छी-जीत, ने उन्हें आउट दिया।",
        [("अच्छी-जीत", "Goodwin", "गुडविन")],
    ),
    _f(
        N,
        "Quarterback Joe Burrow threw three touchdowns.",
        "क्वार्टरबैक जो मांद ने तीन टचडाउन किए।",
        [("मांद", "Burrow", "बरो")],
    ),
    _f(
        N,
        "Kirk Cousins signed with Atlanta.",
        "किर्क चचेरे-भाई ने अटलांटा के साथ अनुबंध किया।",
        [("चचेरे-भाई", "Cousins", "कज़िन्स")],
    ),
    _f(
        N,
        "The fans of Young Thug gathered outside the court.",
        "जवान ठग के प्रशंसक अदालत के बाहर जमा हुए।",
        [("जवान ठग", "Young Thug", "यंग ठग")],
    ),
    # Japanese, Chinese, Korean, Vietnamese, Thai, Indonesian
    _f(
        N,
        "Pitcher Shota Imanaga won his tenth game.",
        "पिचर शोता अब-सदा ने अपना दसवां मैच जीता।",
        [("अब-सदा", "Imanaga", "इमानागा")],
    ),
    _f(
        N,
        "Minister Yoshimasa Hayashi met Shinjiro Koizumi.",
        "मंत्री योशिमासा अरण्य ने शिंजिरो छोटा-झरना से मुलाक़ात की।",
        [("अरण्य", "Hayashi", "हायाशी"), ("छोटा-झरना", "Koizumi", "कोइज़ुमी")],
    ),
    _f(
        N,
        "Golfer Hideki Matsuyama won in Hawaii.",
        "गोल्फ़र हिदेकी चीड़-पहाड़ ने हवाई में जीत हासिल की।",
        [("चीड़-पहाड़", "Matsuyama", "मात्सुयामा")],
    ),
    _f(
        N,
        "Daichi Kamada and Takumi Minamino scored for Japan.",
        "दाइची हंसिया-खेत और ताकुमी दक्षिण-मैदान ने जापान के लिए गोल किए।",
        [("हंसिया-खेत", "Kamada", "कामादा"), ("दक्षिण-मैदान", "Minamino", "मिनामिनो")],
    ),
    _f(
        N,
        "Kei Nishikori lost to the young Frenchman.",
        "केई ज़री-बुनाई युवा फ़्रांसीसी खिलाड़ी से हार गए।",
        [("ज़री-बुनाई", "Nishikori", "निशिकोरी")],
    ),
    _f(
        N,
        "Mo Yan's novels have been translated into Hindi.",
        "मत-बोलो के उपन्यासों का हिंदी में अनुवाद हुआ है।",
        [("मत-बोलो", "Mo Yan", "मो यान")],
    ),
    _f(
        N,
        "Badminton player He Bingjiao won the final.",
        "बैडमिंटन खिलाड़ी वह बिंगजियाओ ने फ़ाइनल जीता।",
        [("वह", "He (Bingjiao)", "हे")],
    ),
    _f(
        N,
        "HYBE founder Bang Si-hyuk was questioned by police.",
        "हाइब के संस्थापक धमाका सी-ह्युक से पुलिस ने पूछताछ की।",
        [("धमाका", "Bang (Si-hyuk)", "बांग")],
    ),
    _f(
        N,
        "Korean football legend Cha Bum-kun watched the match.",
        "कोरियाई फ़ुटबॉल के दिग्गज चाय बम-कुन ने मैच देखा।",
        [("चाय", "Cha (Bum-kun)", "चा")],
    ),
    _f(
        N,
        "Former Vietnamese president Nguyen Xuan Phuc visited Delhi.",
        "वियतनाम के पूर्व राष्ट्रपति न्गुयेन वसंत-सौभाग्य ने दिल्ली का दौरा किया।",
        [("वसंत-सौभाग्य", "Xuan Phuc", "शुआन फुक")],
    ),
    _f(
        N,
        "The chef, Tran Thi Huong, runs a noodle shop in Hanoi.",
        "शेफ़, त्रान थी सुगंध, हनोई में नूडल की दुकान चलाती हैं।",
        [("सुगंध", "Huong", "हुओंग")],
    ),
    _f(
        N,
        "Thai actors Gulf Kanawut and Earth Pirapat arrived in Mumbai.",
        "थाई अभिनेता उपसागर कनावुत और पृथ्वी पिरापत मुंबई पहुंचे।",
        [("उपसागर", "Gulf (Kanawut)", "गल्फ़"), ("पृथ्वी", "Earth (Pirapat)", "अर्थ")],
    ),
    _f(
        N,
        "Indonesian shuttler Intan Mutiara reached the quarter-finals.",
        "इंडोनेशियाई शटलर हीरा मोती क्वार्टर फ़ाइनल में पहुंचीं।",
        [("हीरा मोती", "Intan Mutiara", "इंतान मुतियारा")],
    ),
    # Spanish, Portuguese, Italian, French, German, Swiss, Dutch, Nordic
    _f(
        N,
        "Nobel laureate María Corina Machado spoke by video.",
        "नोबेल विजेता मारिया कोरिना कुल्हाड़ी ने वीडियो के ज़रिए बात की।",
        [("कुल्हाड़ी", "Machado", "माचाडो")],
    ),
    _f(
        N,
        "Former Mexican president Felipe Calderón and Spain's Zapatero attended.",
        "मेक्सिको के पूर्व राष्ट्रपति फ़ेलिपे कड़ाही और स्पेन के जूते-वाला शामिल हुए।",
        [("कड़ाही", "Calderón", "काल्देरोन"), ("जूते-वाला", "Zapatero", "सपातेरो")],
    ),
    _f(
        N,
        "Lucía Flores, a teacher from Seville, won the prize.",
        "सेविया की शिक्षिका लूसिया फूलों ने पुरस्कार जीता।",
        [("फूलों", "Flores", "फ़्लोरेस")],
    ),
    _f(
        N,
        "Brazilian midfielder Thiago Bezerra was sent off.",
        "ब्राज़ीली मिडफ़ील्डर तियागो बछिया को बाहर भेज दिया गया।",
        [("बछिया", "Bezerra", "बेज़ेरा")],
    ),
    _f(
        N,
        "The Portuguese lawyer Inês Barbosa filed the appeal.",
        "पुर्तगाली वकील इनेस दाढ़ीवाली ने अपील दायर की।",
        [("दाढ़ीवाली", "Barbosa", "बारबोसा")],
    ),
    _f(
        N,
        "Italian economist Mario Monti praised the reform.",
        "इतालवी अर्थशास्त्री मारियो पर्वतों ने सुधार की तारीफ़ की।",
        [("पर्वतों", "Monti", "मोंटी")],
    ),
    _f(
        N,
        "The Milan police chief, Marta Colombo, held a press conference.",
        "मिलान की पुलिस प्रमुख, मार्ता फ़ाख़्ता, ने प्रेस कॉन्फ़्रेंस की।",
        [("फ़ाख़्ता", "Colombo", "कोलंबो")],
    ),
    _f(
        N,
        "French chef Antoine Boucher opened a restaurant in Goa.",
        "फ़्रांसीसी शेफ़ आंतोआन बूचड़ ने गोवा में एक रेस्तरां खोला।",
        [("बूचड़", "Boucher", "बूशे")],
    ),
    _f(
        N,
        "The children acted out a fable by La Fontaine.",
        "बच्चों ने ला फुहारा की एक कथा का मंचन किया।",
        [("फुहारा", "(La) Fontaine", "फ़ोंतेन")],
    ),
    _f(
        N,
        "German ministers Annalena Baerbock and Frank-Walter Steinmeier arrived.",
        "जर्मन मंत्री अनालेना भालू-बकरा और फ़्रैंक-वाल्टर पत्थर-किसान पहुंचे।",
        [("भालू-बकरा", "Baerbock", "बेयरबॉक"), ("पत्थर-किसान", "Steinmeier", "श्टाइनमायर")],
    ),
    _f(
        N,
        "Boris Becker commented on the final.",
        "बोरिस रोटीवाला ने फ़ाइनल पर टिप्पणी की।",
        [("रोटीवाला", "Becker", "बेकर")],
    ),
    _f(
        N,
        "Swiss goalkeeper Yann Sommer kept a clean sheet.",
        "स्विस गोलकीपर यान ग्रीष्म ने कोई गोल नहीं होने दिया।",
        [("ग्रीष्म", "Sommer", "सोमर")],
    ),
    _f(
        N,
        "Dutch defender Matthijs de Ligt and Frans Timmermans's son watched.",
        "डच डिफ़ेंडर मैथिस द ज्योति और फ़्रांस तरखान के बेटे ने मैच देखा।",
        [("ज्योति", "(de) Ligt", "लिख्त"), ("तरखान", "Timmermans", "टिमरमांस")],
    ),
    _f(
        N,
        "Swede Emil Forsberg and Dane Pierre-Emile Højbjerg were booked.",
        "स्वीडन के एमिल झरना-पहाड़ और डेनमार्क के पियरे-एमिल ऊंचा-पहाड़ को पीला कार्ड मिला।",
        [("झरना-पहाड़", "Forsberg", "फ़ोर्सबर्ग"), ("ऊंचा-पहाड़", "Højbjerg", "होयबर्ग")],
    ),
    _f(
        N,
        "Finnish forward Patrik Laine scored twice.",
        "फ़िनलैंड के फ़ॉरवर्ड पैट्रिक तरंग ने दो गोल किए।",
        [("तरंग", "Laine", "लाइने")],
    ),
    # Slavic, Turkish, Arabic, Persian, Hebrew, African
    _f(
        N,
        "Polish tailor Jan Krawczyk made the costumes.",
        "पोलिश दर्ज़ी यान सिलाईवाला ने पोशाकें बनाईं।",
        [("सिलाईवाला", "Krawczyk", "क्रावचिक")],
    ),
    _f(
        N,
        "Russian TV host Vladimir Solovyov attacked the plan.",
        "रूसी टीवी एंकर व्लादिमीर कोकिल ने योजना पर हमला बोला।",
        [("कोकिल", "Solovyov", "सोलोव्योव")],
    ),
    _f(
        N,
        "Serbian President Aleksandar Vučić called an election.",
        "सर्बिया के राष्ट्रपति अलेक्सांदर छोटा-भेड़िया ने चुनाव की घोषणा की।",
        [("छोटा-भेड़िया", "Vučić", "वुचिच")],
    ),
    _f(
        N,
        "Turkish defender Ozan Kabak and novelist Elif Şafak were honoured.",
        "तुर्की डिफ़ेंडर ओज़ान कुम्हड़ा और उपन्यासकार एलिफ़ प्रभात को सम्मानित किया गया।",
        [("कुम्हड़ा", "Kabak", "काबाक"), ("प्रभात", "Şafak", "शफ़क़")],
    ),
    _f(
        N,
        "Syria after Bashar al-Assad is rebuilding slowly.",
        "बशर अल-शेर के बाद का सीरिया धीरे-धीरे फिर से खड़ा हो रहा है।",
        [("अल-शेर", "al-Assad", "अल-असद")],
    ),
    _f(
        N,
        "Egyptian architect Badr Hijazi designed the mosque.",
        "मिस्र के वास्तुकार पूर्णिमा हिजाज़ी ने मस्जिद का डिज़ाइन बनाया।",
        [("पूर्णिमा", "Badr", "बद्र")],
    ),
    _f(
        N,
        "Iranian actress Baran Kosari was released on bail.",
        "ईरानी अभिनेत्री वर्षा कोसरी को ज़मानत पर रिहा कर दिया गया।",
        [("वर्षा", "Baran", "बारान")],
    ),
    _f(
        N,
        "Israeli writer Amos Oz and former prime minister Ehud Barak were friends.",
        "इज़राइली लेखक आमोस बल और पूर्व प्रधानमंत्री एहूद दामिनी दोस्त थे।",
        [("बल", "Oz", "ओज़"), ("दामिनी", "Barak", "बराक")],
    ),
    _f(
        N,
        "WTO chief Ngozi Okonjo-Iweala warned of a trade war.",
        "डब्ल्यूटीओ प्रमुख आशीष ओकोंजो-इवेआला ने व्यापार युद्ध की चेतावनी दी।",
        [("आशीष", "Ngozi", "न्गोज़ी")],
    ),
    _f(
        N,
        "South African runner Sibusiso Dlamini won the marathon.",
        "दक्षिण अफ़्रीकी धावक रहमत द्लामिनी ने मैराथन जीती।",
        [("रहमत", "Sibusiso", "सिबुसिसो")],
    ),
    _f(
        N,
        "Kenyan coach Imani Wanjiru praised Babatunde Adeyemi.",
        "केन्याई कोच ईमान वंजीरू ने पिता-लौटे अदेयेमी की प्रशंसा की।",
        [("ईमान", "Imani", "इमानी"), ("पिता-लौटे", "Babatunde", "बाबातुंदे")],
    ),
]

TITLES = [
    # clubs, teams, their nicknames
    _f(
        T,
        "The Foxes beat the Hammers at home.",
        "लोमड़ियों ने अपने मैदान पर हथौड़ों को हराया।",
        [("लोमड़ियों", "The Foxes", "फ़ॉक्सेज़"), ("हथौड़ों", "the Hammers", "हैमर्स")],
    ),
    _f(
        T,
        "The Saints drew with the Owls.",
        "साधुओं ने उल्लुओं से ड्रॉ खेला।",
        [("साधुओं", "The Saints", "सेंट्स"), ("उल्लुओं", "the Owls", "आउल्स")],
    ),
    _f(
        T,
        "The Atlanta Falcons signed a new kicker.",
        "अटलांटा बाज़ों ने एक नया किकर साइन किया।",
        [("बाज़ों", "Falcons", "फ़ाल्कन्स")],
    ),
    _f(
        T,
        "The Buffalo Bills lost in overtime.",
        "बफ़ेलो विधेयक ओवरटाइम में हार गए।",
        [("विधेयक", "(Buffalo) Bills", "बिल्स")],
    ),
    _f(
        T,
        "The Bengaluru Bulls won their first match of the kabaddi league.",
        "बेंगलुरु सांडों ने कबड्डी लीग का अपना पहला मैच जीता।",
        [("सांडों", "Bulls", "बुल्स")],
    ),
    _f(
        T,
        "Hurricanes fly-half Aidan Morgan kicked the winning goal.",
        "चक्रवातों के फ़्लाई-हाफ़ एडन मॉर्गन ने जीत दिलाने वाला गोल किया।",
        [("चक्रवातों", "Hurricanes", "हरिकेन्स")],
    ),
    _f(
        T,
        "Perth Scorchers chased down 190.",
        "पर्थ झुलसाने-वालों ने 190 रन का लक्ष्य हासिल कर लिया।",
        [("झुलसाने-वालों", "Scorchers", "स्कॉर्चर्स")],
    ),
    _f(
        T,
        "Snow Patrol and Radiohead topped the charts.",
        "बर्फ़ गश्ती दल और रेडियो-सिर चार्ट में सबसे ऊपर रहे।",
        [("बर्फ़ गश्ती दल", "Snow Patrol", "स्नो पेट्रोल"), ("रेडियो-सिर", "Radiohead", "रेडियोहेड")],
    ),
    _f(
        T,
        "K-pop group Girls' Generation will perform in Mumbai.",
        "के-पॉप समूह लड़कियों की पीढ़ी मुंबई में प्रस्तुति देगा।",
        [("लड़कियों की पीढ़ी", "Girls' Generation", "गर्ल्स जनरेशन")],
    ),
    _f(
        T,
        "The Beach Boys and Red Hot Chili Peppers announced tours.",
        "समुद्र-तट के लड़कों और लाल गर्म मिर्चों ने दौरों की घोषणा की।",
        [
            ("समुद्र-तट के लड़कों", "The Beach Boys", "द बीच बॉयज़"),
            ("लाल गर्म मिर्चों", "Red Hot Chili Peppers", "रेड हॉट चिली पेपर्स"),
        ],
    ),
    # places, landmarks, buildings
    _f(
        T,
        "Crowds gathered at the Gateway of India and on Marine Drive.",
        "भारत के प्रवेश-द्वार और समुद्री सड़क पर भीड़ जमा हुई।",
        [
            ("भारत के प्रवेश-द्वार", "the Gateway of India", "गेटवे ऑफ़ इंडिया"),
            ("समुद्री सड़क", "Marine Drive", "मरीन ड्राइव"),
        ],
    ),
    _f(
        T,
        "Tourists rode the London Eye.",
        "पर्यटकों ने लंदन की आंख की सवारी की।",
        [("लंदन की आंख", "the London Eye", "लंदन आई")],
    ),
    _f(
        T,
        "The film was shot in Notting Hill and Central Park.",
        "फ़िल्म की शूटिंग नॉटिंग पहाड़ी और केंद्रीय उद्यान में हुई।",
        [("नॉटिंग पहाड़ी", "Notting Hill", "नॉटिंग हिल"), ("केंद्रीय उद्यान", "Central Park", "सेंट्रल पार्क")],
    ),
    _f(
        T,
        "The parade went down Fifth Avenue.",
        "परेड पांचवें मार्ग से गुज़री।",
        [("पांचवें मार्ग", "Fifth Avenue", "फ़िफ़्थ एवेन्यू")],
    ),
    _f(
        T,
        "Fireworks lit up the Harbour Bridge and the Twelve Apostles.",
        "आतिशबाज़ी से बंदरगाह पुल और बारह प्रेरित जगमगा उठे।",
        [
            ("बंदरगाह पुल", "the Harbour Bridge", "हार्बर ब्रिज"),
            ("बारह प्रेरित", "the Twelve Apostles", "ट्वेल्व एपोस्टल्स"),
        ],
    ),
    _f(
        T,
        "Tourists crowded Elephant Falls near Shillong.",
        "शिलॉन्ग के पास हाथी झरने पर पर्यटकों की भीड़ लगी।",
        [("हाथी झरने", "Elephant Falls", "एलिफ़ेंट फ़ॉल्स")],
    ),
    # awards, events
    _f(
        T,
        "The film won the Golden Lion in Venice.",
        "फ़िल्म ने वेनिस में सुनहरा शेर जीता।",
        [("सुनहरा शेर", "the Golden Lion", "गोल्डन लायन")],
    ),
    F(
        T,
        "He won the Ballon d'Or and his teammate won the Golden Boy award.",
        "उन्होंने सुनहरी गेंद जीती और उनके साथी ने सुनहरा लड़का पुरस्कार जीता।",
        [("सुनहरी गेंद", "the Ballon d'Or"), ("सुनहरा लड़का", "the Golden Boy (award)")],
        "उन्होंने बैलन डी'ओर जीता और उनके साथी ने गोल्डन बॉय पुरस्कार जीता।",
    ),
    F(
        T,
        "Southern Brave won The Hundred.",
        "दक्षिणी बहादुर ने सौ प्रतियोगिता जीती।",
        [("दक्षिणी बहादुर", "Southern Brave"), ("सौ प्रतियोगिता", "The Hundred")],
        "सदर्न ब्रेव ने द हंड्रेड जीता।",
    ),
    _f(
        T,
        "Online sellers expect record sales on Cyber Monday.",
        "ऑनलाइन विक्रेताओं को साइबर सोमवार को रिकॉर्ड बिक्री की उम्मीद है।",
        [("साइबर सोमवार", "Cyber Monday", "साइबर मंडे")],
    ),
    # companies, brands
    _f(
        T,
        "Shares of Torrent Power and Indian Hotels rose.",
        "मूसलाधार पावर और भारतीय होटल्स के शेयर चढ़े।",
        [("मूसलाधार", "Torrent (Power)", "टोरेंट"), ("भारतीय होटल्स", "Indian Hotels", "इंडियन होटल्स")],
    ),
    _f(
        T,
        "The parcel was sent by Blue Dart.",
        "पार्सल नीला तीर से भेजा गया था।",
        [("नीला तीर", "Blue Dart", "ब्लू डार्ट")],
    ),
    _f(
        T,
        "Royal Enfield launched a new motorcycle.",
        "राजसी एनफ़ील्ड ने एक नई मोटरसाइकिल लॉन्च की।",
        [("राजसी", "Royal (Enfield)", "रॉयल")],
    ),
    _f(
        T,
        "Earphone makers boAt and Noise cut prices.",
        "ईयरफ़ोन बनाने वाली नौका और शोर ने दाम घटाए।",
        [("नौका", "boAt", "बोट"), ("शोर", "Noise", "नॉइज़")],
    ),
    _f(
        T,
        "Big Basket and Urban Ladder raised money.",
        "बड़ी टोकरी और शहरी सीढ़ी ने पूंजी जुटाई।",
        [("बड़ी टोकरी", "Big Basket", "बिगबास्केट"), ("शहरी सीढ़ी", "Urban Ladder", "अर्बन लैडर")],
    ),
    _f(
        T,
        "The payments firm Slice got a banking licence.",
        "भुगतान कंपनी टुकड़ा को बैंकिंग लाइसेंस मिला।",
        [("टुकड़ा", "Slice", "स्लाइस")],
    ),
    # nicknames
    _f(
        T,
        "Kapil Dev, the Haryana Hurricane, turned 67.",
        "हरियाणा का चक्रवात कपिल देव 67 साल के हो गए।",
        [("हरियाणा का चक्रवात", "the Haryana Hurricane", "'हरियाणा हरिकेन'")],
    ),
    _f(
        T,
        "Glenn Maxwell, the Big Show, hit a hundred.",
        "बड़ा तमाशा ग्लेन मैक्सवेल ने शतक जड़ा।",
        [("बड़ा तमाशा", "the Big Show", "'बिग शो'")],
    ),
]

NAME_LOOKALIKES = [
    # Indian names whose parts are Hindi words; a role word before the name
    C("name", "Pacer Yash Dayal took four wickets.", "तेज़ गेंदबाज़ यश दयाल ने चार विकेट लिए।"),
    C(
        "name",
        "Commentator Anjum Chopra predicted an Indian win.",
        "कमेंटेटर अंजुम चोपड़ा ने भारत की जीत की भविष्यवाणी की।",
    ),
    C("name", "Washington Sundar bowled the last over.", "वॉशिंगटन सुंदर ने आख़िरी ओवर डाला।"),
    C("name", "Kishore Jena threw a personal best.", "किशोर जेना ने अपना सर्वश्रेष्ठ थ्रो किया।"),
    C(
        "name",
        "Uma Chetry and Sneh Rana were picked for the series.",
        "सीरीज़ के लिए उमा छेत्री और स्नेह राणा को चुना गया।",
    ),
    C("name", "Arundhati Reddy finished with three wickets.", "अरुंधति रेड्डी ने तीन विकेट लिए।"),
    C("name", "Boxer Jaismine Lamboria won bronze.", "मुक्केबाज़ जैस्मिन लम्बोरिया ने कांस्य पदक जीता।"),
    C("name", "Boxer Nikhat Zareen won her bout.", "मुक्केबाज़ निकहत ज़रीन ने अपना मुक़ाबला जीता।"),
    C(
        "name",
        "Aishwary Pratap Singh Tomar won a medal in shooting.",
        "ऐश्वर्य प्रताप सिंह तोमर ने निशानेबाज़ी में पदक जीता।",
    ),
    C(
        "name",
        "Gulveer Singh and Ankita Dhyani qualified for the final.",
        "गुलवीर सिंह और अंकिता ध्यानी फ़ाइनल के लिए क्वालीफ़ाई कर गए।",
    ),
    C("name", "Para-shooter Avani Lekhara won gold again.", "पैरा निशानेबाज़ अवनि लेखरा ने फिर स्वर्ण पदक जीता।"),
    C("name", "Grandmaster Tania Sachdev won the blitz event.", "ग्रैंडमास्टर तानिया सचदेव ने ब्लिट्ज़ मुक़ाबला जीता।"),
    C(
        "name",
        "Actor Manav Kaul plays a teacher in the film.",
        "फ़िल्म में अभिनेता मानव कौल एक शिक्षक की भूमिका निभा रहे हैं।",
    ),
    C("name", "MP Kangana Ranaut visited a flood camp.", "सांसद कंगना रनौत ने एक बाढ़ राहत शिविर का दौरा किया।"),
    C("name", "Tejashwi Yadav addressed a rally in Patna.", "तेजस्वी यादव ने पटना में एक रैली को संबोधित किया।"),
    C(
        "name",
        "Chief Minister Bhajanlal Sharma inaugurated the hospital.",
        "मुख्यमंत्री भजनलाल शर्मा ने अस्पताल का उद्घाटन किया।",
    ),
    C(
        "name",
        "Pushkar Singh Dhami met pilgrims in Haridwar.",
        "पुष्कर सिंह धामी ने हरिद्वार में तीर्थयात्रियों से मुलाक़ात की।",
    ),
    # Indian and other names with an Arabic/Urdu-word part
    C("name", "Atishi was elected leader of the opposition.", "आतिशी को नेता प्रतिपक्ष चुना गया।"),
    C("name", "Mehbooba Mufti criticised the decision.", "महबूबा मुफ़्ती ने फ़ैसले की आलोचना की।"),
    C("name", "MP Mausam Noor joined the party in 2009.", "सांसद मौसम नूर 2009 में पार्टी में शामिल हुई थीं।"),
    C(
        "name",
        "Fakhar Zaman and Shaheen Afridi returned to the team.",
        "फ़ख़र ज़मान और शाहीन अफ़रीदी टीम में लौट आए।",
    ),
    C("name", "Afghan all-rounder Gulbadin Naib bowled well.", "अफ़ग़ान ऑलराउंडर गुलबदीन नायब ने अच्छी गेंदबाज़ी की।"),
    C("name", "Asaduddin Owaisi spoke in Parliament.", "असदुद्दीन ओवैसी ने संसद में भाषण दिया।"),
    # foreign names whose transliteration is also a Hindi word
    C("name", "Pakistani captain Babar Azam scored a fifty.", "पाकिस्तानी कप्तान बाबर आज़म ने अर्धशतक बनाया।"),
    C("name", "Nepali leader Gagan Thapa addressed students.", "नेपाली नेता गगन थापा ने छात्रों को संबोधित किया।"),
    C("name", "Singer Atif Aslam performed in Dubai.", "गायक आतिफ़ असलम ने दुबई में प्रस्तुति दी।"),
    C(
        "name",
        "Vivek Ramaswamy and Zohran Mamdani spoke on television.",
        "विवेक रामास्वामी और ज़ोहरान ममदानी ने टीवी पर बात की।",
    ),
    C(
        "name",
        "FBI director Kash Patel testified before the Senate.",
        "एफ़बीआई निदेशक काश पटेल ने सीनेट के सामने गवाही दी।",
    ),
    C("name", "Usha Vance visited the Taj Mahal.", "उषा वेंस ने ताजमहल देखा।"),
    C("name", "Sri Lankan pacer Nuwan Thushara took a hat-trick.", "श्रीलंकाई तेज़ गेंदबाज़ नुवान तुषारा ने हैट्रिक ली।"),
    # East-Asian hyphenated given names; a title + a one-syllable name
    C("name", "Director Bong Joon-ho visited the film school.", "निर्देशक बोंग जून-हो ने फ़िल्म स्कूल का दौरा किया।"),
    C("name", "Actress Jung Ho-yeon won an award in Busan.", "अभिनेत्री जंग हो-यॉन ने बुसान में एक पुरस्कार जीता।"),
    C(
        "name",
        "Actor Lee Min-ho visited a school in Seoul.",
        "अभिनेता ली मिन-हो ने सियोल के एक स्कूल का दौरा किया।",
    ),
    C("name", "Taiwan's Chou Tien-chen reached the semi-final.", "ताइवान के चोउ तिएन-चेन सेमीफ़ाइनल में पहुंचे।"),
    C("name", "Captain Son led the team out.", "कप्तान सोन टीम को मैदान पर लेकर आए।"),
    C("name", "Mr Ho runs the only bakery in the village.", "मिस्टर हो गांव की इकलौती बेकरी चलाते हैं।"),
    C("name", "BTS singer Jungkook released a solo album.", "बीटीएस गायक जंगकुक ने एक एकल एल्बम जारी किया।"),
    C("name", "Composer Anirudh Ravichander scored the film.", "संगीतकार अनिरुद्ध रविचंदर ने फ़िल्म का संगीत दिया।"),
    C("name", "Actor Sivakarthikeyan met fans in Madurai.", "अभिनेता सिवकार्तिकेयन ने मदुरै में प्रशंसकों से मुलाक़ात की।"),
    # ordinary adjective + noun with no name before it; literal scenes
    C("name", "A dead nilgai was found near the railway line.", "रेलवे लाइन के पास एक मरी हुई नीलगाय मिली।"),
    C("name", "The injured deer was taken to the vet.", "ज़ख़्मी हिरण को पशु चिकित्सक के पास ले जाया गया।"),
    C("name", "Customs officers seized fake gold coins.", "सीमा शुल्क अधिकारियों ने सोने के नकली सिक्के ज़ब्त किए।"),
    C("name", "Online fraud cases have doubled in the district.", "ज़िले में ऑनलाइन ठगी के मामले दोगुने हो गए हैं।"),
    C("name", "The sick calf was given medicine.", "बीमार बछड़े को दवा दी गई।"),
    C("name", "Children played in the wet mud after the rain.", "बारिश के बाद बच्चे गीली मिट्टी में खेले।"),
    C("name", "Dry leaves covered the park.", "पार्क सूखे पत्तों से ढका था।"),
    C("name", "He kept the keys on the kitchen table.", "उसने चाबियां रसोई की मेज़ पर रख दीं।"),
    C("name", "A snake was seen on the roof of the school.", "स्कूल की छत पर एक सांप दिखा।"),
    C("name", "The special court will hear the case on Monday.", "विशेष अदालत सोमवार को मामले की सुनवाई करेगी।"),
    C("name", "Sufi music filled the courtyard.", "आंगन सूफ़ी संगीत से गूंज उठा।"),
    # singular occupation compounds joined by a hyphen; role nouns
    C("name", "A vegetable-seller found the lost purse.", "एक सब्ज़ी-विक्रेता को खोया हुआ पर्स मिला।"),
    C("name", "An auto-driver took the injured man to hospital.", "एक ऑटो-चालक घायल व्यक्ति को अस्पताल ले गया।"),
    C(
        "name",
        "The grain-trader was arrested for hoarding.",
        "अनाज-व्यापारी को जमाख़ोरी के आरोप में गिरफ़्तार किया गया।",
    ),
    C("name", "A brick-kiln worker's daughter topped the exam.", "एक भट्ठा-मज़दूर की बेटी ने परीक्षा में टॉप किया।"),
    C("name", "A sugarcane-farmer from Meerut won the award.", "मेरठ के एक गन्ना-किसान ने पुरस्कार जीता।"),
    C(
        "name",
        "The spinner and the wicketkeeper argued with the umpire.",
        "स्पिनर और विकेटकीपर ने अंपायर से बहस की।",
    ),
]

TITLE_LOOKALIKES = [
    # team and band names with English words (plurals) in Devanagari
    C("title", "UP Warriorz won their first match.", "यूपी वॉरियर्ज़ ने अपना पहला मैच जीता।"),
    C("title", "Haryana Steelers beat Telugu Titans.", "हरियाणा स्टीलर्स ने तेलुगु टाइटन्स को हराया।"),
    C("title", "The Boston Celtics beat the Toronto Raptors.", "बोस्टन सेल्टिक्स ने टोरंटो रैप्टर्स को हराया।"),
    C("title", "The Orlando Magic lost to the Memphis Grizzlies.", "ऑरलैंडो मैजिक मेम्फ़िस ग्रिज़लीज़ से हार गया।"),
    C("title", "Tamil Nadu Dragons beat UP Rudras.", "तमिलनाडु ड्रैगन्स ने यूपी रुद्रास को हराया।"),
    C("title", "Indian band The Local Train played in Pune.", "भारतीय बैंड द लोकल ट्रेन ने पुणे में प्रस्तुति दी।"),
    C("title", "Thaikkudam Bridge opened the festival.", "थाइकुडम ब्रिज ने उत्सव की शुरुआत की।"),
    C("title", "U2 and Blink-182 will play in Mumbai.", "यू2 और ब्लिंक-182 मुंबई में प्रस्तुति देंगे।"),
    C("title", "Linkin Park cancelled the concert.", "लिंकिन पार्क ने कॉन्सर्ट रद्द कर दिया।"),
    C("title", "The crowd chanted 'Rinku, Rinku'.", "भीड़ ने 'रिंकू, रिंकू' के नारे लगाए।"),
    C("title", "They spent their honeymoon in Bora Bora.", "उन्होंने अपना हनीमून बोरा बोरा में बिताया।"),
    # brands and firms that are English words, in Devanagari
    C("title", "The cooker brand Wonderchef opened a factory.", "कुकर ब्रांड वंडरशेफ़ ने एक कारख़ाना खोला।"),
    C("title", "Kurkure and Bingo Mad Angles were on the shelf.", "शेल्फ़ पर कुरकुरे और बिंगो मैड एंगल्स रखे थे।"),
    C("title", "Gaming app WinZO signed a cricketer.", "गेमिंग ऐप विंज़ो ने एक क्रिकेटर से करार किया।"),
    C("title", "Payments firm Groww filed for a listing.", "भुगतान कंपनी ग्रो ने लिस्टिंग के लिए आवेदन किया।"),
    C("title", "Eternal, Zomato's parent, posted a profit.", "ज़ोमैटो की मूल कंपनी इटरनल ने मुनाफ़ा दर्ज किया।"),
    C(
        "title",
        "Tata Power and Hindustan Zinc reported results.",
        "टाटा पावर और हिंदुस्तान ज़िंक ने नतीजे घोषित किए।",
    ),
    # places; calques Hindi itself writes
    C("title", "Tankers crossed the Strait of Hormuz.", "टैंकरों ने होर्मुज़ जलडमरूमध्य पार किया।"),
    C("title", "Oil prices rose on tension in the Persian Gulf.", "फ़ारस की खाड़ी में तनाव से तेल के दाम चढ़े।"),
    C("title", "The hockey team flew to Dili.", "हॉकी टीम दिली के लिए रवाना हुई।"),
    C("title", "April 22 is celebrated as Earth Day.", "22 अप्रैल को पृथ्वी दिवस मनाया जाता है।"),
    C("title", "The First Lady visited a school in Delhi.", "प्रथम महिला ने दिल्ली के एक स्कूल का दौरा किया।"),
    C("title", "The leader won the yellow jersey.", "अग्रणी साइकिल सवार ने पीली जर्सी जीती।"),
    C("title", "The chief secretary called a meeting.", "मुख्य सचिव ने बैठक बुलाई।"),
    # cities and rivers that are English or Hindi words
    C("title", "A new bridge was opened in Banka.", "बांका में एक नया पुल खोला गया।"),
    C("title", "A bus fell into a canal in Sidhi.", "सीधी में एक बस नहर में गिर गई।"),
    C("title", "Champa is famous for its kosa silk.", "चंपा अपने कोसा रेशम के लिए मशहूर है।"),
    C("title", "The festival in Derby drew thousands.", "डर्बी के उत्सव में हज़ारों लोग आए।"),
    C(
        "title",
        "Fans of Derby County cheered the new signing.",
        "डर्बी काउंटी के प्रशंसकों ने नए खिलाड़ी का स्वागत किया।",
    ),
    C("title", "The Orange River flooded farms in Namibia.", "ऑरेंज नदी ने नामीबिया में खेतों को डुबो दिया।"),
    # an epithet Hindi writes; numbers inside names
    C("title", "P.T. Usha, the 'Payyoli Express', lit the torch.", "'पय्योली एक्सप्रेस' पी.टी. उषा ने मशाल जलाई।"),
    C("title", "The film '12th Fail' won a national award.", "फ़िल्म 'ट्वेल्थ फ़ेल' ने राष्ट्रीय पुरस्कार जीता।"),
    C("title", "A barasingha was spotted in Kanha.", "कान्हा में एक बारहसिंगा दिखा।"),
    C("title", "Devotees offered chhappan bhog at the temple.", "श्रद्धालुओं ने मंदिर में छप्पन भोग चढ़ाया।"),
]
