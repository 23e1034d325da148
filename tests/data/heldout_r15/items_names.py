"""Held-out round-15 items: names and titles/institutions (hand-written by helper blindA, see
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
    # English-language surnames, given names and stage names (British, American, Australian, Irish)
    _f(
        N,
        "Australian opener Matthew Short hit a quick fifty in Perth.",
        "ऑस्ट्रेलियाई सलामी बल्लेबाज़ मैथ्यू छोटा ने पर्थ में तेज़ अर्धशतक लगाया।",
        [("छोटा", "Short", "शॉर्ट")],
    ),
    _f(
        N,
        "The singer Benson Boone performed in a sequined jumpsuit.",
        "गायक बेन्सन वरदान ने चमकीले जंपसूट में प्रस्तुति दी।",
        [("वरदान", "Boone", "बून")],
    ),
    _f(
        N,
        "Teddy Swims will tour Australia in March.",
        "टेडी तैरता मार्च में ऑस्ट्रेलिया का दौरा करेंगे।",
        [("तैरता", "Swims", "स्विम्स")],
    ),
    _f(
        N,
        "Tyler, the Creator has released his eighth album.",
        "टायलर, द सृष्टिकर्ता ने अपना आठवां एल्बम जारी किया है।",
        [("सृष्टिकर्ता", "the Creator", "क्रिएटर")],
    ),
    _f(
        N,
        "Busta Rhymes and Killer Mike were among the guests.",
        "मेहमानों में बस्टा तुकबंदी और हत्यारा माइक भी थे।",
        [("तुकबंदी", "Rhymes", "राइम्स"), ("हत्यारा", "Killer", "किलर")],
    ),
    _f(
        N,
        "The rapper Meek Mill donated shoes to a school in Philadelphia.",
        "रैपर विनम्र चक्की ने फ़िलाडेल्फ़िया के एक स्कूल को जूते दान किए।",
        [("विनम्र चक्की", "Meek Mill", "मीक मिल")],
    ),
    _f(
        N,
        "Irish actress Evanna Lynch has written a memoir.",
        "आयरिश अभिनेत्री इवाना भीड़-हत्या ने एक संस्मरण लिखा है।",
        [("भीड़-हत्या", "Lynch", "लिंच")],
    ),
    _f(
        N,
        "Ireland will be without Garry Ringrose and Josh van der Flier on Saturday.",
        "शनिवार को आयरलैंड गैरी अंगूठी-गुलाब और जोश वैन डेर उड़ाका के बिना खेलेगा।",
        [("अंगूठी-गुलाब", "Ringrose", "रिंगरोज़"), ("उड़ाका", "Flier", "फ़्लायर")],
    ),
    _f(
        N,
        "Flanker Sam Underhill has recovered from his ankle injury.",
        "फ़्लैंकर सैम पहाड़-तले टखने की चोट से उबर गए हैं।",
        [("पहाड़-तले", "Underhill", "अंडरहिल")],
    ),
    _f(
        N,
        "Victoria's captain Peter Handscomb was out for nine.",
        "विक्टोरिया के कप्तान पीटर हाथ-कंघी नौ रन बनाकर आउट हुए।",
        [("हाथ-कंघी", "Handscomb", "हैंड्सकॉम्ब")],
    ),
    _f(
        N,
        "Jeff Goldblum played the piano at the gala.",
        "जेफ़ सोने-का-फूल ने समारोह में पियानो बजाया।",
        [("सोने-का-फूल", "Goldblum", "गोल्डब्लम")],
    ),
    _f(
        N,
        "The jury praised Dakota Fanning's performance.",
        "जूरी ने डकोटा पंखा-झलने के अभिनय की सराहना की।",
        [("पंखा-झलने", "Fanning", "फ़ैनिंग")],
    ),
    _f(
        N,
        "Skateboarder Sky Brown, 17, won bronze in Rome.",
        "17 साल की स्केटबोर्डर आकाश भूरा ने रोम में कांस्य जीता।",
        [("आकाश भूरा", "Sky Brown", "स्काई ब्राउन")],
    ),
    _f(
        N,
        "The film stars Hailee Steinfeld as a swimming coach.",
        "फ़िल्म में हेली पत्थर-खेत एक तैराकी कोच की भूमिका में हैं।",
        [("पत्थर-खेत", "Steinfeld (German: stone field)", "स्टाइनफ़ेल्ड")],
    ),
    _f(
        N,
        "The singer Jewel and the rapper Grimes spoke at the conference.",
        "सम्मेलन में गायिका गहना और रैपर कालिख ने भाषण दिया।",
        [("गहना", "Jewel", "ज्वेल"), ("कालिख", "Grimes", "ग्राइम्स")],
    ),
    _f(
        N,
        "British rappers Slowthai and Tinie Tempah will headline the festival.",
        "ब्रिटिश रैपर धीमा-थाई और नन्हा टेम्पा इस उत्सव के मुख्य कलाकार होंगे।",
        [("धीमा-थाई", "Slowthai", "स्लोथाई"), ("नन्हा", "Tinie", "टाइनी")],
    ),
    _f(
        N,
        "Grime pioneer Wiley was honoured by the city of London.",
        "ग्राइम के अग्रणी चालाक को लंदन शहर ने सम्मानित किया।",
        [("चालाक", "Wiley", "वाइली")],
    ),
    # Spanish and Catalan, Latin American
    _f(
        N,
        "Pau Gasol was elected to the Hall of Fame.",
        "चैन गासोल को हॉल ऑफ़ फ़ेम में चुना गया।",
        [("चैन", "Pau (Catalan: peace)", "पाउ")],
    ),
    _f(
        N,
        "The former coach Vicente del Bosque will chair the committee.",
        "पूर्व कोच विसेंते डेल कानन समिति की अध्यक्षता करेंगे।",
        [("कानन", "Bosque (Spanish: forest)", "बोस्के")],
    ),
    _f(
        N,
        "Antonio Banderas will produce a musical in Málaga.",
        "एंटोनियो झंडे मलागा में एक संगीत नाटक का निर्माण करेंगे।",
        [("झंडे", "Banderas (Spanish: flags)", "बांदेरास")],
    ),
    _f(
        N,
        "Leandro Paredes and Exequiel Palacios started in midfield.",
        "मिडफ़ील्ड में लिआंद्रो दीवारें और एक्सेक्विएल महल ने शुरुआत की।",
        [("दीवारें", "Paredes (Spanish: walls)", "पारेदेस"), ("महल", "Palacios (Spanish: palaces)", "पालासियोस")],
    ),
    _f(
        N,
        "Spain's former goalkeeper Pepe Reina opened a football school.",
        "स्पेन के पूर्व गोलकीपर पेपे रानी ने एक फ़ुटबॉल स्कूल खोला।",
        [("रानी", "Reina (Spanish: queen)", "रेइना")],
    ),
    _f(
        N,
        "The exhibition shows Salvador Dalí's paintings of melting clocks.",
        "प्रदर्शनी में उद्धारकर्ता डाली की पिघलती घड़ियों वाली पेंटिंग्स दिखाई गई हैं।",
        [("उद्धारकर्ता", "Salvador (Spanish: saviour)", "साल्वाडोर")],
    ),
    _f(
        N,
        "Former president Rafael Correa now lives in Belgium.",
        "पूर्व राष्ट्रपति राफ़ाएल पट्टा अब बेल्जियम में रहते हैं।",
        [("पट्टा", "Correa (Spanish: strap)", "कोरेया")],
    ),
    # Portuguese
    _f(
        N,
        "Photographs by Sebastião Salgado fill the new gallery.",
        "नई गैलरी सेबास्तियाओ नमकीन की तस्वीरों से भरी है।",
        [("नमकीन", "Salgado (Portuguese: salted)", "सालगादो")],
    ),
    _f(
        N,
        "Milton Nascimento sang his last concert in Belo Horizonte.",
        "मिल्टन जन्म ने बेलो होरिज़ोंटे में अपना आख़िरी कॉन्सर्ट गाया।",
        [("जन्म", "Nascimento (Portuguese: birth)", "नासिमेंतो")],
    ),
    _f(
        N,
        "Students in Lisbon read the poems of Fernando Pessoa.",
        "लिस्बन में छात्र फ़र्नांडो व्यक्ति की कविताएं पढ़ते हैं।",
        [("व्यक्ति", "Pessoa (Portuguese: person)", "पेसोआ")],
    ),
    _f(
        N,
        "Socialist leader Pedro Nuno Santos conceded defeat on Sunday night.",
        "समाजवादी नेता पेड्रो नूनो संतों ने रविवार रात हार स्वीकार कर ली।",
        [("संतों", "Santos (Portuguese: saints)", "सांतोस")],
    ),
    # Italian
    _f(
        N,
        "Former England manager Fabio Capello will speak at the university in Milan.",
        "इंग्लैंड के पूर्व मैनेजर फ़ाबियो बाल मिलान के विश्वविद्यालय में भाषण देंगे।",
        [("बाल", "Capello (Italian: hair)", "कापेलो")],
    ),
    _f(
        N,
        "Antonio Conte and Massimiliano Allegri are on the shortlist.",
        "एंटोनियो गिनती और मास्सिमिलियानो प्रसन्नचित्त अंतिम सूची में हैं।",
        [("गिनती", "Conte", "कोंते"), ("प्रसन्नचित्त", "Allegri (Italian: cheerful)", "अल्लेग्री")],
    ),
    _f(
        N,
        "Juventus midfielder Nicolò Fagioli scored with a header.",
        "युवेंटस के मिडफ़ील्डर निकोलो फलियों ने हेडर से गोल किया।",
        [("फलियों", "Fagioli (Italian: beans)", "फ़ाजोली")],
    ),
    # French
    _f(
        N,
        "Jean Dujardin plays a detective in the new series.",
        "नई सीरीज़ में ज्यां बग़ीचे-वाला एक जासूस की भूमिका निभा रहे हैं।",
        [("बग़ीचे-वाला", "Dujardin (French: of the garden)", "दुजार्दें")],
    ),
    _f(
        N,
        "The orchestra played music by Jean-Michel Jarre and songs of Mylène Farmer.",
        "ऑर्केस्ट्रा ने ज्यां-मिशेल मर्तबान का संगीत और मिलेन कृषक के गीत बजाए।",
        [("मर्तबान", "Jarre (French: jar)", "जार"), ("कृषक", "Farmer", "फ़ार्मर")],
    ),
    # German
    _f(
        N,
        "Health minister Karl Lauterbach defended the hospital reform.",
        "स्वास्थ्य मंत्री कार्ल निर्मल-नाला ने अस्पताल सुधार का बचाव किया।",
        [("निर्मल-नाला", "Lauterbach", "लाउटरबाख़")],
    ),
    _f(
        N,
        "Philipp Lahm and Mats Hummels will be ambassadors for the tournament.",
        "फ़िलिप लंगड़ा और मैट्स भौंरे टूर्नामेंट के राजदूत होंगे।",
        [("लंगड़ा", "Lahm (German: lame)", "लाम"), ("भौंरे", "Hummels (German: bumblebees)", "हुमेल्स")],
    ),
    _f(
        N,
        "Orlando's Franz Wagner scored 34 points.",
        "ऑरलैंडो के फ़्रांज़ गाड़ीवान ने 34 अंक बनाए।",
        [("गाड़ीवान", "Wagner (German: wagon-maker)", "वागनर")],
    ),
    _f(
        N,
        "Actor Til Schweiger and footballer Bastian Schweinsteiger attended the premiere.",
        "प्रीमियर में अभिनेता टिल मौन और फ़ुटबॉलर बास्टियन सुअर-चढ़ैया पहुंचे।",
        [
            ("मौन", "Schweiger (German: the silent one)", "श्वाइगर"),
            ("सुअर-चढ़ैया", "Schweinsteiger", "श्वाइनस्टाइगर"),
        ],
    ),
    # Dutch
    _f(
        N,
        "Erik ten Hag has been appointed coach of a German club.",
        "एरिक दस हाग को एक जर्मन क्लब का कोच नियुक्त किया गया है।",
        [("दस", "ten (Dutch: at the)", "टेन")],
    ),
    _f(
        N,
        "Lieke Klaver won the 400 metres in Zurich.",
        "लीके तिपतिया ने ज़्यूरिख़ में 400 मीटर दौड़ जीती।",
        [("तिपतिया", "Klaver (Dutch: clover)", "क्लावर")],
    ),
    _f(
        N,
        "DJs Armin van Buuren and Hardwell will close the festival.",
        "डीजे आर्मिन वैन पड़ोसियों और सख़्त-कुआं उत्सव का समापन करेंगे।",
        [("पड़ोसियों", "Buuren (Dutch: neighbours)", "ब्यूरेन"), ("सख़्त-कुआं", "Hardwell", "हार्डवेल")],
    ),
    # Nordic
    _f(
        N,
        "Arsenal captain Martin Ødegaard signed a new contract.",
        "आर्सेनल के कप्तान मार्टिन उजाड़-खेत ने नए अनुबंध पर हस्ताक्षर किए।",
        [("उजाड़-खेत", "Ødegaard (Norwegian: deserted farm)", "ओडेगार्ड")],
    ),
    _f(
        N,
        "ABBA's Agnetha Fältskog released a solo single.",
        "एबा की अग्नेथा खेत-जंगल ने एकल गीत जारी किया।",
        [("खेत-जंगल", "Fältskog (Swedish: field forest)", "फ़ेल्त्सकूग")],
    ),
    _f(
        N,
        "Danish striker Rasmus Højlund scored twice.",
        "डेनमार्क के स्ट्राइकर रासमस ऊंचा-उपवन ने दो गोल किए।",
        [("ऊंचा-उपवन", "Højlund (Danish: high grove)", "होयलुंद")],
    ),
    _f(
        N,
        "Icelandic singer Björk will perform in Tokyo.",
        "आइसलैंड की गायिका भोजवृक्ष टोक्यो में प्रस्तुति देंगी।",
        [("भोजवृक्ष", "Björk (Icelandic: birch)", "ब्योर्क")],
    ),
    # Slavic, Hungarian
    _f(
        N,
        "Boxer Oleksandr Usyk and winger Mykhailo Mudryk visited the hospital in Kyiv.",
        "मुक्केबाज़ ओलेक्सांद्र छोटी-मूंछ और विंगर मिखाइलो समझदार ने कीव के अस्पताल का दौरा किया।",
        [
            ("छोटी-मूंछ", "Usyk (Ukrainian: little moustache)", "उसिक"),
            ("समझदार", "Mudryk (Ukrainian: wise one)", "मुद्रिक"),
        ],
    ),
    _f(
        N,
        "Former Red Wings forward Vyacheslav Kozlov now coaches in Moscow.",
        "रेड विंग्स के पूर्व फ़ॉरवर्ड व्याचेस्लाव बकरा अब मॉस्को में कोचिंग देते हैं।",
        [("बकरा", "Kozlov (Russian: of the goat)", "कोज़लोव")],
    ),
    _f(
        N,
        "Czech defender David Zima was sent off in the second half.",
        "चेक डिफ़ेंडर डेविड सर्दी को दूसरे हाफ़ में लाल कार्ड दिखाया गया।",
        [("सर्दी", "Zima (Czech: winter)", "ज़िमा")],
    ),
    _f(
        N,
        "West Ham's Tomáš Souček was booked in the first half.",
        "वेस्ट हैम के तोमाश गांठ को पहले हाफ़ में पीला कार्ड मिला।",
        [("गांठ", "Souček (Czech: knot)", "सोउचेक")],
    ),
    _f(
        N,
        "Primož Roglič won the stage by two minutes.",
        "प्रिमोज़ छोटा-सींग ने चरण दो मिनट से जीता।",
        [("छोटा-सींग", "Roglič (Slovene: little horn)", "रोग्लिच")],
    ),
    _f(
        N,
        "The theatre staged a play by Ferenc Molnár.",
        "थिएटर ने फ़ेरेंत्स चक्कीवाला का एक नाटक मंचित किया।",
        [("चक्कीवाला", "Molnár (Hungarian: miller)", "मोलनार")],
    ),
    # Turkish
    _f(
        N,
        "Hakan Şükür and Mesut Özil played a charity match in Istanbul.",
        "हाकान आभार और प्रसन्न ओज़िल ने इस्तांबुल में एक चैरिटी मैच खेला।",
        [("आभार", "Şükür (Turkish: gratitude)", "शुकुर"), ("प्रसन्न", "Mesut (Turkish: happy)", "मेसुत")],
    ),
    _f(
        N,
        "Nationalist leader Devlet Bahçeli met the president on Tuesday.",
        "राष्ट्रवादी नेता देवलेत बाग़वाले ने मंगलवार को राष्ट्रपति से मुलाक़ात की।",
        [("बाग़वाले", "Bahçeli (Turkish: with a garden)", "बाहचेली")],
    ),
    _f(
        N,
        "Pop singer Sezen Aksu turned down the award.",
        "पॉप गायिका सेज़ेन सफ़ेद-पानी ने पुरस्कार लेने से इनकार कर दिया।",
        [("सफ़ेद-पानी", "Aksu (Turkish: white water)", "अक्सू")],
    ),
    # Arabic, Persian, Hebrew
    _f(
        N,
        "Saudi winger Salem Al-Dawsari was named Asian player of the year.",
        "सऊदी विंगर सुरक्षित अल-दौसरी को एशिया का वर्ष का सर्वश्रेष्ठ खिलाड़ी चुना गया।",
        [("सुरक्षित", "Salem (Arabic: safe)", "सालेम")],
    ),
    _f(
        N,
        "Beauty entrepreneur Huda Kattan opened a shop in Dubai.",
        "सौंदर्य उद्यमी मार्गदर्शन कत्तान ने दुबई में एक दुकान खोली।",
        [("मार्गदर्शन", "Huda (Arabic: guidance)", "हुदा")],
    ),
    _f(
        N,
        "The Lebanese singer Yasmine Hamdan appears in the film.",
        "लेबनानी गायिका जूही हमदान फ़िल्म में दिखाई देती हैं।",
        [("जूही", "Yasmine (Arabic: jasmine)", "यासमीन")],
    ),
    _f(
        N,
        "Iran's Sardar Azmoun and Kimia Alizadeh carried the flag.",
        "ईरान के सेनापति अज़मून और रसायन अलीज़ादेह ने झंडा थामा।",
        [("सेनापति", "Sardar (Persian: commander)", "सरदार"), ("रसायन", "Kimia (Persian: alchemy)", "किमिया")],
    ),
    _f(
        N,
        "Opposition figure Avigdor Lieberman called for early elections.",
        "विपक्षी नेता अविग्दोर प्यारा-आदमी ने जल्द चुनाव की मांग की।",
        [("प्यारा-आदमी", "Lieberman (Yiddish: dear man)", "लिबरमैन")],
    ),
    _f(
        N,
        "Actress Shira Haas and historian Yuval Noah Harari were on the panel.",
        "पैनल में अभिनेत्री गाना हास और इतिहासकार युवल नोआ पर्वतीय थे।",
        [("गाना", "Shira (Hebrew: song)", "शिरा"), ("पर्वतीय", "Harari (Hebrew: mountaineer)", "हरारी")],
    ),
    # Chinese, Japanese, Korean
    _f(
        N,
        "Olympic champion Fan Zhendong lost in the semi-final.",
        "ओलंपिक चैंपियन प्रशंसक ज़ेनदोंग सेमीफ़ाइनल में हार गए।",
        [("प्रशंसक", "Fan", "फ़ैन")],
    ),
    _f(
        N,
        "The film stars Zhou Dongyu, and the script is based on a story by Liu Cixin.",
        "फ़िल्म में झोउ सर्दी-बारिश हैं, और पटकथा ल्यू दयालु-हृदय की एक कहानी पर आधारित है।",
        [
            ("सर्दी-बारिश", "Dongyu (Chinese: winter rain)", "दोंगयू"),
            ("दयालु-हृदय", "Cixin (Chinese: kind heart)", "सिशिन"),
        ],
    ),
    _f(
        N,
        "Kenta Maeda struck out ten batters in six innings.",
        "केंटा आगे-खेत ने छह पारियों में दस बल्लेबाज़ों को स्ट्राइक आउट किया।",
        [("आगे-खेत", "Maeda (Japanese: front field)", "माएदा")],
    ),
    _f(
        N,
        "A new novel by Haruki Murakami goes on sale on Friday.",
        "हारुकी गांव-के-ऊपर का एक नया उपन्यास शुक्रवार को बिक्री के लिए आएगा।",
        [("गांव-के-ऊपर", "Murakami (Japanese: above the village)", "मुराकामी")],
    ),
    _f(
        N,
        "The Lakers forward, Rui Hachimura, missed the game with a calf strain.",
        "लेकर्स के फ़ॉरवर्ड, रुई आठ-गांव, पिंडली में खिंचाव के कारण मैच नहीं खेल सके।",
        [("आठ-गांव", "Hachimura (Japanese: eight villages)", "हाचिमुरा")],
    ),
    _f(
        N,
        "Prime Minister Sanae Takaichi will visit Delhi next month.",
        "प्रधानमंत्री सानाए ऊंचा-बाज़ार अगले महीने दिल्ली आएंगी।",
        [("ऊंचा-बाज़ार", "Takaichi (Japanese: high market)", "ताकाइची")],
    ),
    _f(
        N,
        "Red Velvet's Seulgi and midfielder Lee Kang-in appeared in the advertisement.",
        "विज्ञापन में रेड वेलवेट की बुद्धि और मिडफ़ील्डर ली मज़बूत-इंसान दिखाई दिए।",
        [
            ("बुद्धि", "Seulgi (Korean: wisdom)", "सेलगी"),
            ("मज़बूत-इंसान", "Kang-in (Korean: strong person)", "कांग-इन"),
        ],
    ),
    # Vietnamese, Thai, Indonesian
    _f(
        N,
        "Thousands paid their respects to Nguyen Phu Trong in Hanoi.",
        "हनोई में हज़ारों लोगों ने गुयेन फू ढोल को श्रद्धांजलि दी।",
        [("ढोल", "Trong (Vietnamese: drum)", "चोंग")],
    ),
    _f(
        N,
        "Former assembly chairwoman Nguyen Thi Kim Ngan opened the fair.",
        "पूर्व सभा अध्यक्ष गुयेन थी सोना-चांदी ने मेले का उद्घाटन किया।",
        [("सोना-चांदी", "Kim Ngan (Vietnamese: gold silver)", "किम न्गान")],
    ),
    _f(
        N,
        "Thai stars Bird Thongchai and Ploy Chermarn sang at the ceremony.",
        "थाई सितारे पंछी थोंगचाई और रत्न छेरमान ने समारोह में गाया।",
        [("पंछी", "Bird (Thongchai's nickname)", "बर्ड"), ("रत्न", "Ploy (Thai: gem)", "प्लॉय")],
    ),
    _f(
        N,
        "Badminton player Gregoria Mariska Tunjung won in Jakarta.",
        "बैडमिंटन खिलाड़ी ग्रेगोरिया मारिस्का कमल ने जकार्ता में जीत हासिल की।",
        [("कमल", "Tunjung (Indonesian: lotus)", "तुनजुंग")],
    ),
    # African languages
    _f(
        N,
        "Thandiwe Newton and Naledi Pandor spoke at the Johannesburg event.",
        "जोहान्सबर्ग के कार्यक्रम में दुलारी न्यूटन और नक्षत्र पैंडोर ने भाषण दिया।",
        [("दुलारी", "Thandiwe (Zulu: beloved)", "थांडिवे"), ("नक्षत्र", "Naledi (Sotho: star)", "नालेदी")],
    ),
    _f(
        N,
        "Former president Thabo Mbeki led the mediation.",
        "पूर्व राष्ट्रपति ख़ुशी म्बेकी ने मध्यस्थता की अगुवाई की।",
        [("ख़ुशी", "Thabo (Sotho: joy)", "थाबो")],
    ),
    _f(
        N,
        "Haile Gebrselassie opened the new running track in Addis Ababa.",
        "सामर्थ्य गेब्रसेलासी ने अदीस अबाबा में नए रनिंग ट्रैक का उद्घाटन किया।",
        [("सामर्थ्य", "Haile (Amharic: power)", "हाइले")],
    ),
    _f(
        N,
        "Nigerian rappers Olamide and Fireboy DML released a joint song.",
        "नाइजीरियाई रैपर मेरा-धन-आया और आग-लड़का डीएमएल ने एक साझा गीत जारी किया।",
        [("मेरा-धन-आया", "Olamide (Yoruba: my wealth has come)", "ओलामिडे"), ("आग-लड़का", "Fireboy", "फ़ायरबॉय")],
    ),
]

TITLES = [
    # bands
    _f(
        T,
        "Mumford & Sons and The Black Keys will headline Glastonbury.",
        "ममफ़र्ड एंड सुपुत्र और द काली चाबियां ग्लैस्टनबरी के मुख्य कलाकार होंगे।",
        [("सुपुत्र", "Mumford & Sons", "संस"), ("काली चाबियां", "The Black Keys", "ब्लैक कीज़")],
    ),
    _f(
        T,
        "Foo Fighters cancelled two concerts because of the storm.",
        "फू लड़ाकों ने तूफ़ान के कारण दो कॉन्सर्ट रद्द कर दिए।",
        [("लड़ाकों", "Foo Fighters", "फ़ाइटर्स")],
    ),
    _f(
        T,
        "Tickets for Kings of Leon and Deep Purple go on sale today.",
        "लियोन के राजा और गहरा बैंगनी के टिकट आज से बिकेंगे।",
        [("लियोन के राजा", "Kings of Leon", "किंग्स ऑफ़ लियोन"), ("गहरा बैंगनी", "Deep Purple", "डीप पर्पल")],
    ),
    _f(
        T,
        "Guns N' Roses and Iron Maiden drew 80,000 fans to the stadium.",
        "बंदूकें और गुलाब तथा लौह कुमारी ने स्टेडियम में 80,000 प्रशंसक जुटाए।",
        [("बंदूकें और गुलाब", "Guns N' Roses", "गन्स एन' रोज़ेज़"), ("लौह कुमारी", "Iron Maiden", "आयरन मेडन")],
    ),
    _f(
        T,
        "The Italian rock band Måneskin won the contest in Rotterdam.",
        "इतालवी रॉक बैंड चांदनी ने रॉटरडैम में प्रतियोगिता जीती।",
        [("चांदनी", "Måneskin (Danish: moonlight)", "मानेस्किन")],
    ),
    # clubs and teams
    _f(
        T,
        "Sporting Lisbon beat Eintracht Frankfurt 2-1.",
        "खेलकूद लिस्बन ने सद्भाव फ़्रैंकफ़र्ट को 2-1 से हराया।",
        [("खेलकूद", "Sporting (Lisbon)", "स्पोर्टिंग"), ("सद्भाव", "Eintracht (Frankfurt)", "आइनट्राख़्ट")],
    ),
    _f(
        T,
        "Neymar has returned to Santos, the club where he began.",
        "नेमार संत लौट आए हैं, वह क्लब जहां से उन्होंने शुरुआत की थी।",
        [("संत", "Santos (the club)", "सांतोस")],
    ),
    _f(
        T,
        "Union Berlin and Fortuna Düsseldorf drew 0-0.",
        "संघ बर्लिन और भाग्य ड्यूसेलडॉर्फ़ का मैच 0-0 से बराबर रहा।",
        [("संघ", "Union Berlin", "यूनियन"), ("भाग्य", "Fortuna Düsseldorf", "फ़ोर्टुना")],
    ),
    _f(
        T,
        "Beşiktaş signed a Brazilian defender.",
        "पालना-पत्थर ने एक ब्राज़ीली डिफ़ेंडर को अनुबंधित किया।",
        [("पालना-पत्थर", "Beşiktaş (Turkish: cradle stone)", "बेशिकताश")],
    ),
    _f(
        T,
        "Newell's Old Boys sacked their coach after five defeats.",
        "न्यूवेल्स के बूढ़े लड़कों ने पांच हार के बाद अपने कोच को बर्ख़ास्त कर दिया।",
        [("के बूढ़े लड़कों", "Newell's Old Boys", "ओल्ड बॉयज़")],
    ),
    _f(
        T,
        "The Seattle Kraken beat the Colorado Avalanche in overtime.",
        "सिएटल समुद्री-दैत्य ने ओवरटाइम में कोलोराडो हिमस्खलन को हराया।",
        [("समुद्री-दैत्य", "Kraken", "क्रैकन"), ("हिमस्खलन", "Avalanche", "एवलांच")],
    ),
    _f(
        T,
        "The San Antonio Spurs have drafted a French centre.",
        "सैन एंटोनियो एड़-कांटों ने एक फ़्रांसीसी सेंटर को चुना है।",
        [("एड़-कांटों", "Spurs", "स्पर्स")],
    ),
    _f(
        T,
        "The Cincinnati Bengals and the Las Vegas Raiders meet on Sunday.",
        "सिनसिनाटी बंगाली और लास वेगास लुटेरे रविवार को आमने-सामने होंगे।",
        [("बंगाली", "Bengals", "बेंगॉल्स"), ("लुटेरे", "Raiders", "रेडर्स")],
    ),
    _f(
        T,
        "The Sydney Sixers and the Oval Invincibles signed the Afghan spinner.",
        "सिडनी छक्कों और ओवल अजेय ने अफ़ग़ान स्पिनर को अनुबंधित किया।",
        [("छक्कों", "Sixers", "सिक्सर्स"), ("अजेय", "Invincibles", "इनविंसिबल्स")],
    ),
    _f(
        T,
        "The Seattle Sounders beat the Portland Timbers 2-0.",
        "सिएटल आवाज़कारों ने पोर्टलैंड लट्ठों को 2-0 से हराया।",
        [("आवाज़कारों", "Sounders", "साउंडर्स"), ("लट्ठों", "Timbers", "टिम्बर्स")],
    ),
    _f(
        T,
        "NorthEast United drew 1-1 in Guwahati.",
        "गुवाहाटी में पूर्वोत्तर संयुक्त का मैच 1-1 से बराबर रहा।",
        [("पूर्वोत्तर संयुक्त", "NorthEast United", "नॉर्थईस्ट यूनाइटेड")],
    ),
    # places and landmarks
    _f(
        T,
        "The market in Bow drew a large crowd.",
        "धनुष के बाज़ार में भारी भीड़ जुटी।",
        [("धनुष", "Bow (in London)", "बो")],
    ),
    _f(
        T,
        "Street performers are back in Shepherd's Bush and Swiss Cottage.",
        "गड़रिये की झाड़ी और स्विस झोंपड़ी में सड़क कलाकार लौट आए हैं।",
        [("गड़रिये की झाड़ी", "Shepherd's Bush", "शेफ़र्ड्स बुश"), ("झोंपड़ी", "Swiss Cottage", "कॉटेज")],
    ),
    _f(
        T,
        "The line was closed between Blackfriars and Maida Vale.",
        "काले-पादरी और मैडा घाटी के बीच लाइन बंद रही।",
        [("काले-पादरी", "Blackfriars", "ब्लैकफ़्रायर्स"), ("घाटी", "Maida Vale", "वेल")],
    ),
    _f(
        T,
        "Flights from Rio de Janeiro to Puerto Rico were cancelled.",
        "जनवरी की नदी से अमीर बंदरगाह जाने वाली उड़ानें रद्द कर दी गईं।",
        [("जनवरी की नदी", "Rio de Janeiro", "रियो डी जनेरियो"), ("अमीर बंदरगाह", "Puerto Rico", "प्यूर्टो रिको")],
    ),
    _f(
        T,
        "Floods closed the port of Baton Rouge.",
        "बाढ़ के कारण लाल डंडा का बंदरगाह बंद हो गया।",
        [("लाल डंडा", "Baton Rouge", "बैटन रूज")],
    ),
    _f(
        T,
        "Tourists queued outside the Flatiron Building and the Space Needle.",
        "पर्यटक इस्त्री इमारत और अंतरिक्ष सुई के बाहर क़तार में खड़े रहे।",
        [
            ("इस्त्री इमारत", "the Flatiron Building", "फ़्लैटआयरन बिल्डिंग"),
            ("अंतरिक्ष सुई", "the Space Needle", "स्पेस नीडल"),
        ],
    ),
    # awards, events, days
    _f(
        T,
        "The Iranian film won the Crystal Globe in Karlovy Vary.",
        "ईरानी फ़िल्म ने कार्लोवी वैरी में स्फटिक गोला जीता।",
        [("स्फटिक गोला", "the Crystal Globe", "क्रिस्टल ग्लोब")],
    ),
    _f(
        T,
        "He finished the Ironman in Nice in under ten hours.",
        "उन्होंने नीस में लौह पुरुष दस घंटे से कम में पूरा किया।",
        [("लौह पुरुष", "the Ironman (triathlon)", "आयरनमैन")],
    ),
    _f(
        T,
        "Online sales on Singles' Day and Thanksgiving broke records.",
        "अविवाहित दिवस और धन्यवाद-ज्ञापन पर ऑनलाइन बिक्री ने रिकॉर्ड तोड़ दिए।",
        [("अविवाहित दिवस", "Singles' Day", "सिंगल्स डे"), ("धन्यवाद-ज्ञापन", "Thanksgiving", "थैंक्सगिविंग")],
    ),
    _f(
        T,
        "Fireworks on Bonfire Night scared the dogs.",
        "अलाव रात की आतिशबाज़ी से कुत्ते डर गए।",
        [("अलाव रात", "Bonfire Night", "बॉनफ़ायर नाइट")],
    ),
    # offices
    _f(
        T,
        "The Chief of Defence Staff visited Ladakh in February.",
        "रक्षा डंडे के प्रमुख ने फ़रवरी में लद्दाख का दौरा किया।",
        [("रक्षा डंडे के प्रमुख", "the Chief of Defence Staff", "चीफ़ ऑफ़ डिफ़ेंस स्टाफ़")],
    ),
    # companies, brands, papers
    _f(
        T,
        "Stripe and Snap are cutting jobs.",
        "धारी और चुटकी नौकरियों में कटौती कर रही हैं।",
        [("धारी", "Stripe (the company)", "स्ट्राइप"), ("चुटकी", "Snap (the company)", "स्नैप")],
    ),
    _f(
        T,
        "PhysicsWallah and Dream11 raised new funds.",
        "भौतिकी-वाला और सपना11 ने नया निवेश जुटाया।",
        [("भौतिकी-वाला", "PhysicsWallah", "फ़िज़िक्सवाला"), ("सपना11", "Dream11", "ड्रीम11")],
    ),
    _f(
        T,
        "Sales of Old Monk and Royal Stag rose in the winter.",
        "सर्दियों में बूढ़ा साधु और शाही बारहसिंगा की बिक्री बढ़ी।",
        [("बूढ़ा साधु", "Old Monk", "ओल्ड मंक"), ("शाही बारहसिंगा", "Royal Stag", "रॉयल स्टैग")],
    ),
    _f(
        T,
        "Milky Mist has raised paneer prices by ten rupees.",
        "दूधिया धुंध ने पनीर के दाम दस रुपये बढ़ा दिए हैं।",
        [("दूधिया धुंध", "Milky Mist", "मिल्की मिस्ट")],
    ),
    _f(
        T,
        "Britannia will launch a new flavour of Good Day.",
        "ब्रिटानिया अच्छा दिन का नया स्वाद उतारेगी।",
        [("अच्छा दिन", "Good Day (the biscuit)", "गुड डे")],
    ),
    _f(
        T,
        "Prestige will make pressure cookers in Pune.",
        "प्रतिष्ठा पुणे में प्रेशर कुकर बनाएगी।",
        [("प्रतिष्ठा", "Prestige (the company)", "प्रेस्टीज")],
    ),
    _f(
        T,
        "The story was first reported by The Observer and Mint.",
        "यह ख़बर सबसे पहले द पर्यवेक्षक और पुदीना ने दी थी।",
        [("पर्यवेक्षक", "The Observer", "ऑब्ज़र्वर"), ("पुदीना", "Mint (the paper)", "मिंट")],
    ),
    _f(
        T,
        "The Spectator and The Pioneer carried the photograph.",
        "द दर्शक और द अग्रदूत ने यह तस्वीर छापी।",
        [("दर्शक", "The Spectator", "स्पेक्टेटर"), ("अग्रदूत", "The Pioneer", "पायनियर")],
    ),
    # nicknames
    _f(
        T,
        "King James and the Greek Freak were named in the all-star team.",
        "राजा जेम्स और यूनानी सनकी को ऑल-स्टार टीम में चुना गया।",
        [
            ("राजा जेम्स", "King James (LeBron James)", "किंग जेम्स"),
            ("यूनानी सनकी", "the Greek Freak", "ग्रीक फ़्रीक"),
        ],
    ),
    _f(
        T,
        "Karl Malone, the Mailman, signed autographs for an hour.",
        "डाकिया कहे जाने वाले कार्ल मेलोन ने एक घंटे तक ऑटोग्राफ़ दिए।",
        [("डाकिया", "the Mailman", "द मेलमैन")],
    ),
]

NAME_LOOKALIKES = [
    # the calque words in their own sense, with sources that tempt a name reading
    C(
        N,
        "The short film about a rice farmer won the jury prize.",
        "धान के एक किसान पर बनी छोटी फ़िल्म ने जूरी पुरस्कार जीता।",
    ),
    C(N, "The monsoon is a boon for the farmers of Vidarbha.", "मानसून विदर्भ के किसानों के लिए वरदान है।"),
    C(N, "The boy swims across the river every morning.", "वह लड़का हर सुबह तैरकर नदी पार करता है।"),
    C(
        N,
        "Poets in the village hold a rhyming contest every spring.",
        "गांव के कवि हर बसंत में तुकबंदी की एक प्रतियोगिता करते हैं।",
    ),
    C(
        N,
        "Police arrested the killer of the shopkeeper in Meerut.",
        "पुलिस ने मेरठ में दुकानदार के हत्यारे को गिरफ़्तार किया।",
    ),
    C(
        N,
        "The old flour mill in the village still runs on water.",
        "गांव की पुरानी आटा चक्की अब भी पानी से चलती है।",
    ),
    C(N, "The storm uprooted trees across the forest reserve.", "तूफ़ान ने वन अभयारण्य में जगह-जगह पेड़ उखाड़ दिए।"),
    C(
        N,
        "Soot from the chimney blackened the walls of the palace.",
        "चिमनी की कालिख से महल की दीवारें काली पड़ गईं।",
    ),
    C(N, "The slow train to Pune was delayed by three hours.", "पुणे जाने वाली धीमी रेलगाड़ी तीन घंटे देर से चली।"),
    C(N, "The cunning fox in the story outwits the crow.", "कहानी में चालाक लोमड़ी कौए को मात दे देती है।"),
    C(N, "Peace returned to the district after the festival.", "त्योहार के बाद ज़िले में शांति लौट आई।"),
    C(
        N,
        "Villagers hoisted flags on the walls of the old palace.",
        "ग्रामीणों ने पुराने महल की दीवारों पर झंडे फहराए।",
    ),
    C(N, "Fields along the riverbank were flooded.", "नदी-किनारे के खेत पानी में डूब गए।"),
    C(
        N,
        "A salty snack and a cup of tea cost twenty rupees at the station.",
        "स्टेशन पर एक नमकीन और एक कप चाय बीस रुपये की मिलती है।",
    ),
    C(N, "The mountain villages were cut off by snow.", "बर्फ़ के कारण पहाड़ के गांवों का संपर्क कट गया।"),
    C(N, "Counting of votes begins at eight in the morning.", "वोटों की गिनती सुबह आठ बजे शुरू होगी।"),
    C(N, "A lame horse was left behind by the caravan.", "कारवां एक लंगड़े घोड़े को पीछे छोड़ गया।"),
    C(N, "Bumblebees were buzzing over the mustard fields.", "सरसों के खेतों पर भौंरे गुनगुना रहे थे।"),
    C(N, "The tailor's daughter opened her own shop in Jaipur.", "दर्ज़ी की बेटी ने जयपुर में अपनी दुकान खोली।"),
    C(
        N,
        "The hare and the tortoise is a favourite story of children.",
        "ख़रगोश और कछुए की कहानी बच्चों को बहुत पसंद है।",
    ),
    C(
        N,
        "The drums of the wedding band could be heard across the lane.",
        "बारात के ढोल की आवाज़ पूरी गली में सुनाई दे रही थी।",
    ),
    C(N, "A sparrow built its nest on the ceiling fan.", "एक चिड़िया ने छत के पंखे पर घोंसला बना लिया।"),
    C(N, "The young soldier was given a gallantry medal.", "युवा जवान को वीरता पदक दिया गया।"),
    C(N, "Lotus flowers bloom in the temple pond in August.", "अगस्त में मंदिर के तालाब में कमल खिलते हैं।"),
    C(N, "The scientist explained the chemistry of the new battery.", "वैज्ञानिक ने नई बैटरी का रसायन समझाया।"),
    # Indian names whose parts are Hindi words, plural and oblique forms included
    C(
        N,
        "Commentator Aakash Chopra praised the young opener.",
        "कमेंटेटर आकाश चोपड़ा ने युवा सलामी बल्लेबाज़ की तारीफ़ की।",
    ),
    C(N, "Geet Sethi will coach the billiards team.", "गीत सेठी बिलियर्ड्स टीम को प्रशिक्षण देंगे।"),
    C(N, "Cricketer Titas Sadhu took three wickets.", "क्रिकेटर तितास साधु ने तीन विकेट लिए।"),
    C(
        N,
        "Para-archer Sheetal Devi and shooter Swapnil Kusale were felicitated.",
        "पैरा-तीरंदाज़ शीतल देवी और निशानेबाज़ स्वप्निल कुसाले को सम्मानित किया गया।",
    ),
    C(N, "The Kapoors hosted a Diwali party in Juhu.", "कपूरों ने जुहू में दिवाली की पार्टी दी।"),
    C(N, "Novelist Vikram Seth read from his new book.", "उपन्यासकार विक्रम सेठ ने अपनी नई किताब के अंश पढ़े।"),
    C(
        N,
        "Mamata Banerjee inaugurated a new bridge in Howrah.",
        "ममता बनर्जी ने हावड़ा में एक नए पुल का उद्घाटन किया।",
    ),
    C(
        N,
        "Lyricist Gulzar and actress Hina Khan launched the album.",
        "गीतकार गुलज़ार और अभिनेत्री हिना ख़ान ने एल्बम जारी किया।",
    ),
    C(
        N,
        "Actors Suraj Pancholi and Sharvari Wagh will star in the film.",
        "अभिनेता सूरज पंचोली और शरवरी वाघ फ़िल्म में मुख्य भूमिका निभाएंगे।",
    ),
    # foreign names whose transliteration is also a Hindi word
    C(N, "Juan Mata, Nani and Kaká played in the legends match.", "लेजेंड्स मैच में ख़ुआन माता, नानी और काका खेले।"),
    C(
        N,
        "Former Senegalese president Macky Sall spoke in Dakar.",
        "सेनेगल के पूर्व राष्ट्रपति मैकी साल ने डकार में भाषण दिया।",
    ),
    C(N, "Rani Khedira and Baba Rahman joined new clubs.", "रानी खेदिरा और बाबा रहमान ने नए क्लबों से नाता जोड़ा।"),
    C(
        N,
        "Singer Kali Uchis and rapper Mala Rodríguez won Latin Grammys.",
        "गायिका काली उचिस और रैपर माला रोड्रिगेज़ ने लैटिन ग्रैमी जीते।",
    ),
    C(N, "Maya Rudolph will host the show in New York.", "माया रुडोल्फ़ न्यूयॉर्क में शो की मेज़बानी करेंगी।"),
    # East-Asian hyphenated given names, a title + a one-syllable name
    C(N, "Park Ji-sung and Ahn Se-young carried the torch.", "पार्क जी-सुंग और आन से-यंग ने मशाल थामी।"),
    C(N, "Actress Jeon Do-yeon won the award at Cannes.", "अभिनेत्री जॉन दो-योन ने कान में पुरस्कार जीता।"),
    C(N, "Sergeant Ho and Coach Na were praised by the mayor.", "महापौर ने सार्जेंट हो और कोच ना की सराहना की।"),
    C(N, "The museum has a statue of Chairman Mao.", "संग्रहालय में अध्यक्ष माओ की एक प्रतिमा है।"),
    # a Hindi adjective and noun before a name
    C(
        N,
        "The brave firefighter Ramesh Yadav saved three children.",
        "बहादुर दमकलकर्मी रमेश यादव ने तीन बच्चों को बचाया।",
    ),
    C(
        N,
        "The old fisherman Hari Das still rows his boat every day.",
        "बूढ़े मछुआरे हरि दास आज भी रोज़ अपनी नाव खेते हैं।",
    ),
    C(N, "Young sprinter Animesh Kujur set a national record.", "युवा धावक अनिमेष कुजूर ने राष्ट्रीय रिकॉर्ड बनाया।"),
]

TITLE_LOOKALIKES = [
    # established Hindi renderings of titles and offices
    C(
        T,
        "Visitors filled the Sun Temple at Konark on Sunday.",
        "रविवार को कोणार्क का सूर्य मंदिर पर्यटकों से भर गया।",
    ),
    C(T, "The Vice Chancellor of the university resigned.", "विश्वविद्यालय के कुलपति ने इस्तीफ़ा दे दिया।"),
    C(T, "The Prime Minister's Office replied to the letter.", "प्रधानमंत्री कार्यालय ने पत्र का जवाब दिया।"),
    C(
        T,
        "The Leader of the House replied to the debate in the Rajya Sabha.",
        "राज्यसभा में सदन के नेता ने बहस का जवाब दिया।",
    ),
    C(T, "The UN Secretary-General called for a ceasefire.", "संयुक्त राष्ट्र महासचिव ने युद्धविराम की अपील की।"),
    C(
        T,
        "Irom Sharmila is called the Iron Lady of Manipur.",
        "इरोम शर्मिला को मणिपुर की लौह महिला कहा जाता है।",
    ),
    C(T, "A cyclone is forming over the Indian Ocean.", "हिंद महासागर के ऊपर एक चक्रवात बन रहा है।"),
    C(T, "Markets were shut on Labour Day.", "श्रमिक दिवस पर बाज़ार बंद रहे।"),
    C(T, "Tourists photographed the Qutub Minar at sunset.", "पर्यटकों ने सूर्यास्त के समय क़ुतुब मीनार की तस्वीरें लीं।"),
    C(
        T,
        "Athletes paraded at the opening of the Commonwealth Games.",
        "राष्ट्रमंडल खेलों के उद्घाटन पर खिलाड़ियों ने परेड की।",
    ),
    # team, band, club and brand names with English words in Devanagari, -s plurals included
    C(T, "The Doors and The Who sold millions of records.", "द डोर्स और द हू के लाखों रिकॉर्ड बिके।"),
    C(T, "The band played songs of The Cure and The Kinks.", "बैंड ने द क्योर और द किंक्स के गाने बजाए।"),
    C(
        T,
        "The Adelaide Strikers beat the Hobart Hurricanes by six wickets.",
        "एडिलेड स्ट्राइकर्स ने होबार्ट हरिकेंस को छह विकेट से हराया।",
    ),
    C(T, "The Charlotte Hornets signed a Canadian guard.", "शार्लट हॉर्नेट्स ने एक कनाडाई गार्ड को अनुबंधित किया।"),
    C(
        T,
        "Tamil Thalaivas and U Mumba will meet in the play-offs.",
        "तमिल थलाइवाज़ और यू मुंबा प्लेऑफ़ में आमने-सामने होंगे।",
    ),
    C(T, "Raja Casablanca won the Moroccan league.", "राजा कैसाब्लांका ने मोरक्को की लीग जीती।"),
    C(T, "Hershey's and Wendy's raised their prices.", "हर्शीज़ और वेंडीज़ ने अपने दाम बढ़ाए।"),
    C(T, "McDonald's will open forty outlets in Gujarat.", "मैकडॉनल्ड्स गुजरात में चालीस आउटलेट खोलेगी।"),
    C(T, "Kissan ketchup is made in a factory near Nashik.", "किसान केचप नासिक के पास एक कारख़ाने में बनता है।"),
    C(T, "Old Monk is a rum made in Ghaziabad.", "ओल्ड मंक गाज़ियाबाद में बनने वाली एक रम है।"),
    C(T, "Garuda Indonesia will fly to Mumbai from March.", "गरुड़ इंडोनेशिया मार्च से मुंबई के लिए उड़ान भरेगी।"),
    C(
        T,
        "Shah Rukh Khan's Jawan and Farhan Akhtar's Toofaan were big releases.",
        "शाहरुख़ ख़ान की जवान और फ़रहान अख़्तर की तूफ़ान बड़ी रिलीज़ थीं।",
    ),
    C(T, "Al Jazeera and the BBC sent reporters to Khartoum.", "अल जज़ीरा और बीबीसी ने ख़ार्तूम में संवाददाता भेजे।"),
    # cities that are also English or Hindi words
    C(
        T,
        "Students from across India prepare for exams in Kota.",
        "देश भर के छात्र कोटा में परीक्षाओं की तैयारी करते हैं।",
    ),
    C(
        T,
        "A diamond mine in Panna and a lake in Sagar are on the tour.",
        "इस यात्रा में पन्ना की हीरा खदान और सागर की झील शामिल हैं।",
    ),
    C(T, "The first marathon was run from Marathon to Athens.", "पहली मैराथन दौड़ मैराथन से एथेंस तक दौड़ी गई थी।"),
    C(T, "The town of Sale is near Manchester.", "सेल क़स्बा मैनचेस्टर के पास है।"),
    C(T, "The town of Sandwich in Kent has a medieval wall.", "केंट के सैंडविच क़स्बे में मध्यकालीन दीवार है।"),
    C(T, "Cyber crime cases rose by a third in Bengaluru.", "बेंगलुरु में साइबर अपराध के मामले एक-तिहाई बढ़ गए।"),
    C(
        T,
        "Mother Teresa's home in Kolkata is open to visitors.",
        "कोलकाता में मदर टेरेसा का आश्रम आगंतुकों के लिए खुला है।",
    ),
]
