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
        "The jury gave Forest Whitaker a lifetime award.",
        "जूरी ने वन व्हिटेकर को आजीवन सम्मान दिया।",
        [("वन", "Forest", "फ़ॉरेस्ट")],
    ),
    _f(
        N,
        "Skateboarder Sky Brown, 17, won bronze in Rome.",
        "17 साल की स्केटबोर्डर आकाश भूरा ने रोम में कांस्य जीता।",
        [("आकाश भूरा", "Sky Brown", "स्काई ब्राउन")],
    ),
    _f(
        N,
        "The film stars Storm Reid as a young swimmer.",
        "फ़िल्म में तूफ़ान रीड एक युवा तैराक की भूमिका में हैं।",
        [("तूफ़ान", "Storm", "स्टॉर्म")],
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
        "शांति गासोल को हॉल ऑफ़ फ़ेम में चुना गया।",
        [("शांति", "Pau (Catalan: peace)", "पाउ")],
    ),
    _f(
        N,
        "The former coach Vicente del Bosque will chair the committee.",
        "पूर्व कोच विसेंते डेल जंगल समिति की अध्यक्षता करेंगे।",
        [("जंगल", "Bosque (Spanish: forest)", "बोस्के")],
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
        "Mexico's former goalkeeper Jorge Campos designed his own shirts.",
        "मेक्सिको के पूर्व गोलकीपर जॉर्ज खेतों ने अपनी जर्सियां ख़ुद डिज़ाइन की थीं।",
        [("खेतों", "Campos (Spanish: fields)", "कैंपोस")],
    ),
    _f(
        N,
        "The exhibition shows Diego Rivera's murals of factory workers.",
        "प्रदर्शनी में डिएगो नदी-किनारे के कारख़ाना मज़दूरों वाले भित्तिचित्र दिखाए गए हैं।",
        [("नदी-किनारे", "Rivera (Spanish: riverbank)", "रिवेरा")],
    ),
    _f(
        N,
        "Former president Lenín Moreno now lives in Paraguay.",
        "पूर्व राष्ट्रपति लेनिन सांवला अब पराग्वे में रहते हैं।",
        [("सांवला", "Moreno (Spanish: dark-skinned)", "मोरेनो")],
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
        "Economist Mario Monti will speak at the university in Milan.",
        "अर्थशास्त्री मारियो पहाड़ मिलान के विश्वविद्यालय में भाषण देंगे।",
        [("पहाड़", "Monti (Italian: mountains)", "मोंटी")],
    ),
    _f(
        N,
        "Antonio Conte and Massimiliano Allegri are on the shortlist.",
        "एंटोनियो गिनती और मास्सिमिलियानो ख़ुशमिज़ाज अंतिम सूची में हैं।",
        [("गिनती", "Conte", "कोंते"), ("ख़ुशमिज़ाज", "Allegri (Italian: cheerful)", "अल्लेग्री")],
    ),
    _f(
        N,
        "Juventus defender Federico Gatti scored with a header.",
        "युवेंटस के डिफ़ेंडर फ़ेडेरिको बिल्लियों ने हेडर से गोल किया।",
        [("बिल्लियों", "Gatti (Italian: cats)", "गात्ती")],
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
        "The orchestra played music by Michel Legrand and songs of Mylène Farmer.",
        "ऑर्केस्ट्रा ने मिशेल बड़ा का संगीत और मिलेन किसान के गीत बजाए।",
        [("बड़ा", "Legrand (French: the big)", "लेग्रां"), ("किसान", "Farmer", "फ़ार्मर")],
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
        "Actors Til Schweiger and Bastian Schweinsteiger's wife attended the premiere.",
        "प्रीमियर में अभिनेता टिल मौन और बास्टियन सुअर-चढ़ैया की पत्नी पहुंचे।",
        [("मौन", "Schweiger (German: the silent one)", "श्वाइगर"), ("सुअर-चढ़ैया", "Schweinsteiger", "श्वाइनस्टाइगर")],
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
        "Femke Bol won the 400 metres hurdles in Zurich.",
        "फ़ेमके गेंद ने ज़्यूरिख़ में 400 मीटर बाधा दौड़ जीती।",
        [("गेंद", "Bol (Dutch: ball)", "बोल")],
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
        [("छोटी-मूंछ", "Usyk (Ukrainian: little moustache)", "उसिक"), ("समझदार", "Mudryk (Ukrainian: wise one)", "मुद्रिक")],
    ),
    _f(
        N,
        "The sniper Vasily Zaitsev became a hero of the battle of Stalingrad.",
        "स्नाइपर वसीली ख़रगोश स्टालिनग्राद की लड़ाई के नायक बन गए।",
        [("ख़रगोश", "Zaitsev (Russian: of the hare)", "ज़ाइत्सेव")],
    ),
    _f(
        N,
        "Barbora Krejčíková beat the second seed in three sets.",
        "बारबोरा दर्ज़िन ने दूसरी वरीयता प्राप्त खिलाड़ी को तीन सेटों में हराया।",
        [("दर्ज़िन", "Krejčíková (Czech: tailor's)", "क्रेयचिकोवा")],
    ),
    _f(
        N,
        "West Ham's Tomáš Souček was booked in the first half.",
        "वेस्ट हैम के तोमाश गांठ को पहले हाफ़ में पीला कार्ड मिला।",
        [("गांठ", "Souček (Czech: knot)", "सोउचेक")],
    ),
    _f(
        N,
        "Tadej Pogačar won the stage by two minutes.",
        "ताडेई रोटीवाला ने चरण दो मिनट से जीता।",
        [("रोटीवाला", "Pogačar (Slovene: flatbread maker)", "पोगाचार")],
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
        "Burak Yılmaz and Mesut Özil played a charity match in Istanbul.",
        "बुराक अडिग और ख़ुश ओज़िल ने इस्तांबुल में एक चैरिटी मैच खेला।",
        [("अडिग", "Yılmaz (Turkish: undaunted)", "यिलमाज़"), ("ख़ुश", "Mesut (Turkish: happy)", "मेसुत")],
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
        "Liberal Democrat MP Layla Moran asked the minister about Gaza.",
        "लिबरल डेमोक्रेट सांसद रात मोरन ने मंत्री से गाज़ा के बारे में पूछा।",
        [("रात", "Layla (Arabic: night)", "लैला")],
    ),
    _f(
        N,
        "The Lebanese singer Yasmine Hamdan appears in the film.",
        "लेबनानी गायिका चमेली हमदान फ़िल्म में दिखाई देती हैं।",
        [("चमेली", "Yasmine (Arabic: jasmine)", "यासमीन")],
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
        "पैनल में अभिनेत्री गीत हास और इतिहासकार युवल नोआ पहाड़ी थे।",
        [("गीत", "Shira (Hebrew: song)", "शिरा"), ("पहाड़ी", "Harari (Hebrew: mountaineer)", "हरारी")],
    ),
    # Chinese, Japanese, Korean
    _f(
        N,
        "World number one Sun Yingsha lost in the semi-final.",
        "विश्व की नंबर एक सूरज यिंगशा सेमीफ़ाइनल में हार गईं।",
        [("सूरज", "Sun", "सुन")],
    ),
    _f(
        N,
        "The film stars Zhou Dongyu, and the script is based on a story by Liu Cixin.",
        "फ़िल्म में झोउ सर्दी-बारिश हैं, और पटकथा ल्यू दयालु-हृदय की एक कहानी पर आधारित है।",
        [("सर्दी-बारिश", "Dongyu (Chinese: winter rain)", "दोंगयू"), ("दयालु-हृदय", "Cixin (Chinese: kind heart)", "सिशिन")],
    ),
    _f(
        N,
        "Shohei Ohtani hit his 50th home run of the season.",
        "शोहेई बड़ी-घाटी ने सीज़न का अपना 50वां होम रन लगाया।",
        [("बड़ी-घाटी", "Ohtani (Japanese: big valley)", "ओहतानी")],
    ),
    _f(
        N,
        "A new novel by Haruki Murakami goes on sale on Friday.",
        "हारुकी गांव-के-ऊपर का एक नया उपन्यास शुक्रवार को बिक्री के लिए आएगा।",
        [("गांव-के-ऊपर", "Murakami (Japanese: above the village)", "मुराकामी")],
    ),
    _f(
        N,
        "Rui Hachimura missed the game with a calf strain.",
        "रुई आठ-गांव पिंडली में खिंचाव के कारण मैच नहीं खेल सके।",
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
        [("बुद्धि", "Seulgi (Korean: wisdom)", "सेलगी"), ("मज़बूत-इंसान", "Kang-in (Korean: strong person)", "कांग-इन")],
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
        "Thai pop stars Bird Thongchai and Tata Young sang at the ceremony.",
        "थाई पॉप सितारे चिड़िया थोंगचाई और टाटा जवान ने समारोह में गाया।",
        [("चिड़िया", "Bird (Thongchai's nickname)", "बर्ड"), ("जवान", "Young", "यंग")],
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
        "जोहान्सबर्ग के कार्यक्रम में प्रिय न्यूटन और तारा पैंडोर ने भाषण दिया।",
        [("प्रिय", "Thandiwe (Zulu: beloved)", "थांडिवे"), ("तारा", "Naledi (Sotho: star)", "नालेदी")],
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
        "शक्ति गेब्रसेलासी ने अदीस अबाबा में नए रनिंग ट्रैक का उद्घाटन किया।",
        [("शक्ति", "Haile (Amharic: power)", "हाइले")],
    ),
    _f(
        N,
        "Nigerian rappers Olamide and Fireboy DML released a joint song.",
        "नाइजीरियाई रैपर मेरा-धन-आया और आग-लड़का डीएमएल ने एक साझा गीत जारी किया।",
        [("मेरा-धन-आया", "Olamide (Yoruba: my wealth has come)", "ओलामिडे"), ("आग-लड़का", "Fireboy", "फ़ायरबॉय")],
    ),
]
