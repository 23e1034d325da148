"""Round-20 titles items (hand-written 2026-11-29 18:50 UTC BEFORE any round-20 work on the title
rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): capitalised names whose words were translated into
Hindi dictionary words, of the kinds round 19 left (docs/quality.md, "Titles, round 19"): a single or
abstract team word after a city (WNBA, MLS, I-League, Lanka and Bangladesh leagues, NHL), in any
case, not only before ने; a loan with its Hindi classifier; club, national-side and player
nicknames in यानी / के नाम से / कहे जाने वाले clauses; bands, brands, companies, airlines,
newspapers, landmarks, awards and organisations outside any sports sentence. Each has its correct
translation (`c-`, the name transliterated). Clean look-alikes (`l-`): teams, brands, bands and
papers whose names are Hindi words, names of the flawed kinds transliterated, calques Hindi itself
writes (स्वर्ण मंदिर, रजत कमल, उड़न सिख, भूमध्य सागर, राष्ट्रीय ताप विद्युत निगम), and the flawed
rows' Hindi words in their plain sense, after a place too (टैम्पा में बिजली गिरी). None of the
English names was in the dev lines (/tmp/r20/dev_src.jsonl) or tests/data items when written
(checked by grep).

    python tests/data/titles_r20/build.py
    audit check tests/data/titles_r20/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o T.jsonl
    python tests/data/titles_r20/score.py T.jsonl [--show] [--hindi-only]
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
    # a single or abstract team word after a city, in any case
    F(
        T,
        "Seattle Storm won their fourth WNBA title.",
        "सिएटल तूफ़ान ने अपना चौथा डब्ल्यूएनबीए ख़िताब जीता।",
        [("तूफ़ान", "Storm")],
        "सिएटल स्टॉर्म ने अपना चौथा डब्ल्यूएनबीए ख़िताब जीता।",
    ),
    F(
        T,
        "The Connecticut Sun have reached the semi-finals.",
        "कनेक्टिकट सूरज सेमीफ़ाइनल में पहुँच गई है।",
        [("सूरज", "Sun")],
        "कनेक्टिकट सन सेमीफ़ाइनल में पहुँच गई है।",
    ),
    F(
        T,
        "Phoenix Mercury's coach was fired on Sunday.",
        "फ़ीनिक्स पारा के कोच को रविवार को बर्ख़ास्त कर दिया गया।",
        [("पारा", "Mercury")],
        "फ़ीनिक्स मर्क्यूरी के कोच को रविवार को बर्ख़ास्त कर दिया गया।",
    ),
    F(
        T,
        "Chicago Sky signed a Belgian centre.",
        "शिकागो आकाश ने एक बेल्जियन सेंटर से करार किया।",
        [("आकाश", "Sky")],
        "शिकागो स्काई ने एक बेल्जियन सेंटर से करार किया।",
    ),
    F(
        T,
        "The Atlanta Dream lost at home to Dallas.",
        "अटलांटा सपना को घरेलू मैदान पर डलास से हार मिली।",
        [("सपना", "Dream")],
        "अटलांटा ड्रीम को घरेलू मैदान पर डलास से हार मिली।",
    ),
    F(
        T,
        "Fans queued for hours to watch the Indiana Fever.",
        "इंडियाना बुख़ार का मैच देखने के लिए प्रशंसक घंटों कतार में खड़े रहे।",
        [("बुख़ार", "Fever")],
        "इंडियाना फ़ीवर का मैच देखने के लिए प्रशंसक घंटों कतार में खड़े रहे।",
    ),
    F(
        T,
        "New York Liberty beat the Las Vegas Aces in the final.",
        "न्यूयॉर्क आज़ादी ने फ़ाइनल में लास वेगास इक्कों को हराया।",
        [("आज़ादी", "Liberty"), ("इक्कों", "Aces")],
        "न्यूयॉर्क लिबर्टी ने फ़ाइनल में लास वेगास एसेस को हराया।",
    ),
    F(
        T,
        "Los Angeles Sparks have a new owner.",
        "लॉस एंजेलिस चिंगारियों को नया मालिक मिल गया है।",
        [("चिंगारियों", "Sparks")],
        "लॉस एंजेलिस स्पार्क्स को नया मालिक मिल गया है।",
    ),
    F(
        T,
        "Philadelphia Union topped the Eastern Conference.",
        "फ़िलाडेल्फ़िया संघ ईस्टर्न कॉन्फ़्रेंस में शीर्ष पर रहा।",
        [("संघ", "Union")],
        "फ़िलाडेल्फ़िया यूनियन ईस्टर्न कॉन्फ़्रेंस में शीर्ष पर रहा।",
    ),
    F(
        T,
        "Real Kashmir drew 1-1 with Gokulam Kerala in Srinagar.",
        "असली कश्मीर ने श्रीनगर में गोकुलम केरल से 1-1 से ड्रॉ खेला।",
        [("असली", "Real")],
        "रियल कश्मीर ने श्रीनगर में गोकुलम केरल से 1-1 से ड्रॉ खेला।",
    ),
    F(
        T,
        "Dambulla Aura won the toss and chose to bowl.",
        "दांबुला आभा ने टॉस जीतकर गेंदबाज़ी चुनी।",
        [("आभा", "Aura")],
        "दांबुला ऑरा ने टॉस जीतकर गेंदबाज़ी चुनी।",
    ),
    F(
        T,
        "Fortune Barishal retained the BPL trophy.",
        "भाग्य बरिशाल ने बीपीएल ट्रॉफ़ी बरक़रार रखी।",
        [("भाग्य", "Fortune")],
        "फ़ॉर्च्यून बरिशाल ने बीपीएल ट्रॉफ़ी बरक़रार रखी।",
    ),
    F(
        T,
        "The Tampa Bay Lightning are out of the playoffs.",
        "टैम्पा बे बिजली प्लेऑफ़ से बाहर हो गई है।",
        [("बिजली", "Lightning")],
        "टैम्पा बे लाइटनिंग प्लेऑफ़ से बाहर हो गई है।",
    ),
    F(
        T,
        "Pretoria Capitals' opener made 90.",
        "प्रिटोरिया राजधानियों के सलामी बल्लेबाज़ ने 90 रन बनाए।",
        [("राजधानियों", "Capitals")],
        "प्रिटोरिया कैपिटल्स के सलामी बल्लेबाज़ ने 90 रन बनाए।",
    ),
    F(
        T,
        "The Adelaide Crows sacked their senior coach.",
        "एडिलेड कौवों ने अपने मुख्य कोच को हटा दिया।",
        [("कौवों", "Crows")],
        "एडिलेड क्रोज़ ने अपने मुख्य कोच को हटा दिया।",
    ),
    # a loan with its Hindi classifier
    F(
        T,
        "The Pittsburgh Penguins won in overtime.",
        "पिट्सबर्ग पेंगुइन पक्षियों ने ओवरटाइम में जीत हासिल की।",
        [("पेंगुइन पक्षियों", "Penguins")],
        "पिट्सबर्ग पेंगुइन्स ने ओवरटाइम में जीत हासिल की।",
    ),
    F(
        T,
        "Cape Cobras were bowled out for 120.",
        "केप कोबरा साँप 120 रन पर ऑल आउट हो गए।",
        [("कोबरा साँप", "Cobras")],
        "केप कोबराज़ 120 रन पर ऑल आउट हो गए।",
    ),
    # nicknames in यानी / के नाम से / कहे जाने वाले clauses
    F(
        T,
        "Cameroon, the Indomitable Lions, are out of the World Cup.",
        "अदम्य शेरों के नाम से मशहूर कैमरून विश्व कप से बाहर हो गया।",
        [("अदम्य शेरों", "Indomitable Lions")],
        "इनडॉमिटेबल लायंस के नाम से मशहूर कैमरून विश्व कप से बाहर हो गया।",
    ),
    F(
        T,
        "Japan, nicknamed the Blue Samurai, beat Germany.",
        "नीले समुराई कहे जाने वाले जापान ने जर्मनी को हराया।",
        [("नीले समुराई", "Blue Samurai")],
        "ब्लू समुराई कहे जाने वाले जापान ने जर्मनी को हराया।",
    ),
    F(
        T,
        "Ajax, the Sons of the Gods, won the Dutch league again.",
        "अयाक्स यानी देवताओं के पुत्रों ने फिर से डच लीग जीती।",
        [("देवताओं के पुत्रों", "Sons of the Gods")],
        "अयाक्स ने फिर से डच लीग जीती।",
    ),
    F(
        T,
        "Napoli, whose fans call them the Little Donkeys, won the title.",
        "छोटे गधों के नाम से पुकारी जाने वाली नापोली ने ख़िताब जीता।",
        [("छोटे गधों", "Little Donkeys")],
        "नापोली ने ख़िताब जीता।",
    ),
    F(
        T,
        "Ricky Ponting, known as Punter, scored a hundred in Perth.",
        "जुआरी के नाम से मशहूर रिकी पोंटिंग ने पर्थ में शतक लगाया।",
        [("जुआरी", "Punter")],
        "पंटर के नाम से मशहूर रिकी पोंटिंग ने पर्थ में शतक लगाया।",
    ),
    F(
        T,
        "The Canberra Raiders, the Green Machine, were beaten at home.",
        "कैनबरा रेडर्स यानी हरी मशीन को घर में हार मिली।",
        [("हरी मशीन", "Green Machine")],
        "कैनबरा रेडर्स यानी ग्रीन मशीन को घर में हार मिली।",
    ),
    # bands
    F(
        T,
        "Tame Impala will play two shows in Mumbai.",
        "पालतू इम्पाला मुंबई में दो शो करेगा।",
        [("पालतू", "Tame")],
        "टेम इम्पाला मुंबई में दो शो करेगा।",
    ),
    F(
        T,
        "Fleet Foxes released their fourth album.",
        "बेड़ा लोमड़ियों ने अपना चौथा एल्बम जारी किया।",
        [("बेड़ा लोमड़ियों", "Fleet Foxes")],
        "फ़्लीट फ़ॉक्सेज़ ने अपना चौथा एल्बम जारी किया।",
    ),
    F(
        T,
        "The Yellow Diary sold out their Pune concert.",
        "पीली डायरी के पुणे कॉन्सर्ट के सारे टिकट बिक गए।",
        [("पीली डायरी", "The Yellow Diary")],
        "द येलो डायरी के पुणे कॉन्सर्ट के सारे टिकट बिक गए।",
    ),
    F(
        T,
        "The War on Drugs headlined the festival on Saturday.",
        "नशीली दवाओं पर युद्ध ने शनिवार को उत्सव की मुख्य प्रस्तुति दी।",
        [("नशीली दवाओं पर युद्ध", "The War on Drugs")],
        "द वॉर ऑन ड्रग्स ने शनिवार को उत्सव की मुख्य प्रस्तुति दी।",
    ),
    F(
        T,
        "Rage Against the Machine announced a reunion tour.",
        "मशीन के ख़िलाफ़ गुस्सा ने एक पुनर्मिलन दौरे की घोषणा की।",
        [("मशीन के ख़िलाफ़ गुस्सा", "Rage Against the Machine")],
        "रेज अगेंस्ट द मशीन ने एक पुनर्मिलन दौरे की घोषणा की।",
    ),
    # brands, companies, airlines
    F(
        T,
        "Salesforce will hire 3,000 engineers in India.",
        "बिक्री बल भारत में 3,000 इंजीनियरों की भर्ती करेगी।",
        [("बिक्री बल", "Salesforce")],
        "सेल्सफ़ोर्स भारत में 3,000 इंजीनियरों की भर्ती करेगी।",
    ),
    F(
        T,
        "Southwest Airlines cancelled hundreds of flights.",
        "दक्षिण-पश्चिम एयरलाइंस ने सैकड़ों उड़ानें रद्द कर दीं।",
        [("दक्षिण-पश्चिम", "Southwest")],
        "साउथवेस्ट एयरलाइंस ने सैकड़ों उड़ानें रद्द कर दीं।",
    ),
    F(
        T,
        "Cathay Pacific resumed flights to Delhi.",
        "कैथे प्रशांत ने दिल्ली के लिए उड़ानें फिर शुरू कीं।",
        [("प्रशांत", "Pacific")],
        "कैथे पैसिफ़िक ने दिल्ली के लिए उड़ानें फिर शुरू कीं।",
    ),
    F(
        T,
        "Info Edge owns the job portal Naukri.",
        "सूचना किनारा नौकरी नाम के जॉब पोर्टल की मालिक है।",
        [("सूचना किनारा", "Info Edge")],
        "इन्फ़ो एज नौकरी नाम के जॉब पोर्टल की मालिक है।",
    ),
    F(
        T,
        "Tata Consultancy Services reported strong quarterly results.",
        "टाटा परामर्श सेवाओं ने मज़बूत तिमाही नतीजे दर्ज किए।",
        [("परामर्श सेवाओं", "Consultancy Services")],
        "टाटा कंसल्टेंसी सर्विसेज़ ने मज़बूत तिमाही नतीजे दर्ज किए।",
    ),
    # newspapers
    F(
        T,
        "The Deccan Chronicle first reported the leak.",
        "दक्कन इतिवृत्त ने सबसे पहले लीक की ख़बर दी।",
        [("इतिवृत्त", "Chronicle")],
        "डेक्कन क्रॉनिकल ने सबसे पहले लीक की ख़बर दी।",
    ),
    F(
        T,
        "The Asian Age published the letter in full.",
        "एशियाई युग ने पूरा पत्र प्रकाशित किया।",
        [("एशियाई युग", "The Asian Age")],
        "द एशियन एज ने पूरा पत्र प्रकाशित किया।",
    ),
    F(
        T,
        "The Free Press Journal is based in Mumbai.",
        "मुक्त प्रेस जर्नल मुंबई से निकलता है।",
        [("मुक्त", "Free")],
        "फ़्री प्रेस जर्नल मुंबई से निकलता है।",
    ),
    # landmarks
    F(
        T,
        "Crowds gathered at Checkpoint Charlie.",
        "जाँच चौकी चार्ली पर भीड़ जमा हो गई।",
        [("जाँच चौकी", "Checkpoint")],
        "चेकपॉइंट चार्ली पर भीड़ जमा हो गई।",
    ),
    F(
        T,
        "Climbers are banned from Devils Tower in June.",
        "जून में शैतान मीनार पर चढ़ाई प्रतिबंधित है।",
        [("शैतान मीनार", "Devils Tower")],
        "जून में डेविल्स टावर पर चढ़ाई प्रतिबंधित है।",
    ),
    F(
        T,
        "He caught the train from Grand Central.",
        "उसने भव्य केंद्रीय से ट्रेन पकड़ी।",
        [("भव्य केंद्रीय", "Grand Central")],
        "उसने ग्रैंड सेंट्रल से ट्रेन पकड़ी।",
    ),
    F(
        T,
        "Speakers' Corner was full on Sunday morning.",
        "रविवार सुबह वक्ताओं का कोना भरा हुआ था।",
        [("वक्ताओं का कोना", "Speakers' Corner")],
        "रविवार सुबह स्पीकर्स कॉर्नर भरा हुआ था।",
    ),
    # awards and organisations
    F(
        T,
        "He was given the Golden Bat for 741 runs.",
        "741 रन के लिए उन्हें सुनहरा बल्ला दिया गया।",
        [("सुनहरा बल्ला", "Golden Bat")],
        "741 रन के लिए उन्हें गोल्डन बैट दिया गया।",
    ),
    F(
        T,
        "Transparency International ranked India 93rd.",
        "पारदर्शिता इंटरनेशनल ने भारत को 93वाँ स्थान दिया।",
        [("पारदर्शिता", "Transparency")],
        "ट्रांसपेरेंसी इंटरनेशनल ने भारत को 93वाँ स्थान दिया।",
    ),
    F(
        T,
        "Habitat for Humanity built forty homes in Odisha.",
        "मानवता के लिए आवास ने ओडिशा में चालीस घर बनाए।",
        [("मानवता के लिए आवास", "Habitat for Humanity")],
        "हैबिटेट फ़ॉर ह्यूमैनिटी ने ओडिशा में चालीस घर बनाए।",
    ),
]

TITLE_LOOKALIKES = [
    # teams, brands, bands and papers whose names are Hindi words
    C(LT, "UP Dangal beat Haryana Hammers.", "यूपी दंगल ने हरियाणा हैमर्स को हराया।"),
    C(LT, "Telugu Yoddhas reached the kho kho final.", "तेलुगु योद्धा खो-खो के फ़ाइनल में पहुँचे।"),
    C(LT, "Dabang Mumbai drew with Delhi Waveriders.", "दबंग मुंबई ने दिल्ली वेवराइडर्स से ड्रॉ खेला।"),
    C(LT, "Parvaaz performed in Bengaluru.", "परवाज़ ने बेंगलुरु में प्रस्तुति दी।"),
    C(LT, "Swarathma toured Europe last year.", "स्वरात्मा ने पिछले साल यूरोप का दौरा किया।"),
    C(LT, "Advaita released a new album.", "अद्वैत ने एक नया एल्बम जारी किया।"),
    C(LT, "Hamdard launched a new sherbet.", "हमदर्द ने एक नया शरबत बाज़ार में उतारा।"),
    C(LT, "Amar Ujala reported the results first.", "अमर उजाला ने सबसे पहले नतीजे छापे।"),
    C(LT, "Prabhat Khabar launched an edition in Siliguri.", "प्रभात ख़बर ने सिलीगुड़ी से नया संस्करण शुरू किया।"),
    C(LT, "Saregama bought the rights to the songs.", "सारेगामा ने गानों के अधिकार ख़रीदे।"),
    C(LT, "Sales of the Bajaj Chetak rose in May.", "मई में बजाज चेतक की बिक्री बढ़ी।"),
    C(LT, "Amara Raja will build a battery plant.", "अमर राजा एक बैटरी संयंत्र लगाएगी।"),
    C(LT, "Ranchi Rays signed a Dutch forward.", "रांची रेज़ ने एक डच फ़ॉरवर्ड से करार किया।"),
    # names of the flawed kinds, transliterated
    C(LT, "Khulna Tigers beat Sylhet Strikers.", "खुलना टाइगर्स ने सिलहट स्ट्राइकर्स को हराया।"),
    C(LT, "Dallas Wings have a new coach.", "डलास विंग्स को नया कोच मिला है।"),
    C(LT, "Sydney Swans reached the grand final.", "सिडनी स्वांस ग्रैंड फ़ाइनल में पहुँची।"),
    C(LT, "Bombay Bicycle Club played in London.", "बॉम्बे बाइसिकल क्लब ने लंदन में प्रस्तुति दी।"),
    C(LT, "Monster Energy sponsors the rider.", "मॉन्स्टर एनर्जी इस राइडर को प्रायोजित करती है।"),
    C(LT, "The National Herald was relaunched.", "नेशनल हेराल्ड को फिर से शुरू किया गया।"),
    C(LT, "Tourists shopped at Crawford Market.", "पर्यटकों ने क्रॉफ़र्ड मार्केट में ख़रीदारी की।"),
    C(LT, "Flora Fountain was restored.", "फ़्लोरा फ़ाउंटेन का जीर्णोद्धार किया गया।"),
    # calques Hindi itself writes
    C(LT, "The Golden Temple was lit with lamps.", "स्वर्ण मंदिर को दीयों से सजाया गया।"),
    C(LT, "The film won the Silver Lotus.", "फ़िल्म को रजत कमल मिला।"),
    C(LT, "The Flying Sikh Milkha Singh trained in Patiala.", "उड़न सिख मिल्खा सिंह ने पटियाला में अभ्यास किया।"),
    C(LT, "Ships cross the Mediterranean Sea.", "जहाज़ भूमध्य सागर पार करते हैं।"),
    C(LT, "NTPC will add 5,000 megawatts.", "राष्ट्रीय ताप विद्युत निगम 5,000 मेगावाट क्षमता जोड़ेगा।"),
    C(
        LT,
        "Vasco da Gama sailed round the Cape of Good Hope.",
        "वास्को द गामा उत्तमाशा अंतरीप का चक्कर लगाकर आया।",
    ),
    C(LT, "The World Bank raised India's growth forecast.", "विश्व बैंक ने भारत की वृद्धि का अनुमान बढ़ाया।"),
    C(LT, "The Steel Authority of India raised prices.", "भारतीय इस्पात प्राधिकरण ने दाम बढ़ाए।"),
    C(LT, "The Asian Games open in September.", "एशियाई खेल सितंबर में शुरू होंगे।"),
    C(LT, "He won the Yellow Jersey after the tenth stage.", "दसवें चरण के बाद उसने पीली जर्सी हासिल की।"),
    C(LT, "The Milky Way has billions of stars.", "आकाशगंगा में अरबों तारे हैं।"),
    C(LT, "Ships were attacked in the Red Sea.", "लाल सागर में जहाज़ों पर हमले हुए।"),
    # the flawed rows' words in their plain sense, after a place too
    C(LT, "Lightning struck a tree in Tampa.", "टैम्पा में एक पेड़ पर बिजली गिरी।"),
    C(LT, "A storm hit Seattle on Monday.", "सोमवार को सिएटल में तूफ़ान आया।"),
    C(LT, "The sky over Chicago turned orange.", "शिकागो का आकाश नारंगी हो गया।"),
    C(LT, "Fever cases rose in Indore.", "इंदौर में बुख़ार के मामले बढ़े।"),
    C(LT, "Mercury levels in the lake are high.", "झील में पारे का स्तर ऊँचा है।"),
    C(LT, "Crows gathered on the roofs in Adelaide.", "एडिलेड में छतों पर कौवे जमा हो गए।"),
    C(LT, "Penguins were seen near Cape Town.", "केप टाउन के पास पेंगुइन पक्षी देखे गए।"),
    C(LT, "A cobra was found in a school in Kerala.", "केरल के एक स्कूल में कोबरा साँप मिला।"),
    C(LT, "The real problem in Kashmir is unemployment.", "कश्मीर में असली समस्या बेरोज़गारी है।"),
    C(LT, "Sapna scored a goal for Atlanta.", "सपना ने अटलांटा के लिए गोल किया।"),
    C(LT, "Luck was with Barishal's farmers this year.", "इस साल भाग्य बरिशाल के किसानों के साथ था।"),
    C(LT, "The union called a strike in Philadelphia.", "फ़िलाडेल्फ़िया में संघ ने हड़ताल बुलाई।"),
    C(LT, "The Pacific Ocean is the largest ocean.", "प्रशांत महासागर सबसे बड़ा महासागर है।"),
    C(LT, "Farmers are selling their crops to gamblers.", "किसान अपनी फ़सल जुआरियों को बेच रहे हैं।"),
    C(LT, "He wore a yellow cap to the match.", "वह मैच में पीली टोपी पहनकर आया।"),
    C(LT, "The court asked for transparency in the deal.", "अदालत ने सौदे में पारदर्शिता माँगी।"),
    C(LT, "The checkpoint on the highway was moved.", "राजमार्ग पर जाँच चौकी हटा दी गई।"),
    C(LT, "A new war on drugs began in Punjab.", "पंजाब में नशीली दवाओं के ख़िलाफ़ नया युद्ध शुरू हुआ।"),
    C(LT, "The lions of Gir are thriving.", "गिर के शेर फल-फूल रहे हैं।"),
]
