"""Round-19 titles held-out items (hand-written 2026-11-29 16:25 UTC BEFORE any round-19 work on the
title rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): capitalised names whose words were translated into
Hindi dictionary words -- team nicknames after a city (basketball, hockey, American football, rugby
league, football, franchise cricket, Indian leagues of volleyball, table tennis and kho kho), a
fixture line "X vs Y", club nicknames without a city, bands, venues and landmarks abroad, brands and
companies, an airline, a newspaper and a decoration. Each has its correct translation (`c-`, the name
transliterated). Clean look-alikes (`l-`): teams, brands and bands whose names are Hindi words
(दबंग दिल्ली, चुंबक, अग्नी), names of the flawed kinds transliterated, names Hindi itself translates
(स्वर्ण मयूर, नोबेल शांति पुरस्कार, पीसा की झुकी मीनार, चुनाव आयोग), and the flawed rows' Hindi
words in their plain sense. None of the English names was in the dev lines (/tmp/r19/dev_src.jsonl)
or tests/data when written (checked by grep).

    python tests/data/titles_r19/build.py
    audit check tests/data/titles_r19/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o T.jsonl
    python tests/data/titles_r19/score.py T.jsonl [--show] [--hindi-only]
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
    # team nicknames after a city
    F(
        T,
        "The Indiana Pacers beat Boston 118-110.",
        "इंडियाना गति-निर्धारकों ने बोस्टन को 118-110 से हराया।",
        [("गति-निर्धारकों", "Pacers")],
        "इंडियाना पेसर्स ने बोस्टन को 118-110 से हराया।",
    ),
    F(
        T,
        "Islamabad United won the PSL final.",
        "इस्लामाबाद संयुक्त ने पीएसएल का फ़ाइनल जीता।",
        [("संयुक्त", "United")],
        "इस्लामाबाद यूनाइटेड ने पीएसएल का फ़ाइनल जीता।",
    ),
    F(
        T,
        "Birmingham Phoenix beat Trent Rockets at Edgbaston.",
        "बर्मिंघम अमरपक्षी ने एजबेस्टन में ट्रेंट रॉकेट्स को हराया।",
        [("अमरपक्षी", "Phoenix")],
        "बर्मिंघम फ़ीनिक्स ने एजबेस्टन में ट्रेंट रॉकेट्स को हराया।",
    ),
    F(
        T,
        "The Atlanta Hawks beat Miami 112-104.",
        "अटलांटा बाज़ों ने मियामी को 112-104 से हराया।",
        [("बाज़ों", "Hawks")],
        "अटलांटा हॉक्स ने मियामी को 112-104 से हराया।",
    ),
    F(
        T,
        "The Cleveland Cavaliers sealed a playoff spot.",
        "क्लीवलैंड घुड़सवारों ने प्लेऑफ़ में जगह पक्की की।",
        [("घुड़सवारों", "Cavaliers")],
        "क्लीवलैंड कैवेलियर्स ने प्लेऑफ़ में जगह पक्की की।",
    ),
    F(
        T,
        "The New York Giants appointed a new coach.",
        "न्यूयॉर्क दैत्यों ने नए कोच की नियुक्ति की।",
        [("दैत्यों", "Giants")],
        "न्यूयॉर्क जायंट्स ने नए कोच की नियुक्ति की।",
    ),
    F(
        T,
        "The New York Jets released their quarterback.",
        "न्यूयॉर्क जेट विमानों ने अपने क्वार्टरबैक को रिलीज़ कर दिया।",
        [("जेट विमानों", "Jets")],
        "न्यूयॉर्क जेट्स ने अपने क्वार्टरबैक को रिलीज़ कर दिया।",
    ),
    F(
        T,
        "The San Jose Sharks lost their fifth game in a row.",
        "सैन होज़े शार्क मछलियों को लगातार पाँचवीं हार मिली।",
        [("शार्क मछलियों", "Sharks")],
        "सैन होज़े शार्क्स को लगातार पाँचवीं हार मिली।",
    ),
    F(
        T,
        "The St. Louis Blues beat Chicago 3-2.",
        "सेंट लुइस उदासियों ने शिकागो को 3-2 से हराया।",
        [("उदासियों", "Blues")],
        "सेंट लुइस ब्लूज़ ने शिकागो को 3-2 से हराया।",
    ),
    F(
        T,
        "Melbourne Storm beat Penrith in the grand final.",
        "मेलबर्न तूफ़ान ने ग्रैंड फ़ाइनल में पेनरिथ को हराया।",
        [("तूफ़ान", "Storm")],
        "मेलबर्न स्टॉर्म ने ग्रैंड फ़ाइनल में पेनरिथ को हराया।",
    ),
    F(
        T,
        "Melbourne Victory drew 2-2 with Sydney FC.",
        "मेलबर्न विजय ने सिडनी एफ़सी के साथ 2-2 से ड्रॉ खेला।",
        [("विजय", "Victory")],
        "मेलबर्न विक्ट्री ने सिडनी एफ़सी के साथ 2-2 से ड्रॉ खेला।",
    ),
    F(
        T,
        "Perth Glory lost 0-3 at home.",
        "पर्थ गौरव को घरेलू मैदान पर 0-3 से हार मिली।",
        [("गौरव", "Glory")],
        "पर्थ ग्लोरी को घरेलू मैदान पर 0-3 से हार मिली।",
    ),
    F(
        T,
        "Brisbane Roar signed a Japanese midfielder.",
        "ब्रिस्बेन दहाड़ ने एक जापानी मिडफ़ील्डर से करार किया।",
        [("दहाड़", "Roar")],
        "ब्रिस्बेन रोर ने एक जापानी मिडफ़ील्डर से करार किया।",
    ),
    F(
        T,
        "LA Galaxy won the MLS Cup.",
        "एलए आकाशगंगा ने एमएलएस कप जीता।",
        [("आकाशगंगा", "Galaxy")],
        "एलए गैलेक्सी ने एमएलएस कप जीता।",
    ),
    F(
        T,
        "Real Salt Lake beat Portland 2-1.",
        "रियल नमक झील ने पोर्टलैंड को 2-1 से हराया।",
        [("नमक झील", "Salt Lake")],
        "रियल सॉल्ट लेक ने पोर्टलैंड को 2-1 से हराया।",
    ),
    F(
        T,
        "Huddersfield Giants beat Wigan on Sunday.",
        "हडर्सफ़ील्ड दिग्गजों ने रविवार को विगन को हराया।",
        [("दिग्गजों", "Giants")],
        "हडर्सफ़ील्ड जायंट्स ने रविवार को विगन को हराया।",
    ),
    F(
        T,
        "Catalans Dragons won the Challenge Cup final.",
        "कैटलंस अजगरों ने चैलेंज कप का फ़ाइनल जीता।",
        [("अजगरों", "Dragons")],
        "कैटलंस ड्रैगन्स ने चैलेंज कप का फ़ाइनल जीता।",
    ),
    F(
        T,
        "Seattle Orcas recorded their first MLC win.",
        "सिएटल हत्यारी व्हेलों ने एमएलसी में पहली जीत दर्ज की।",
        [("हत्यारी व्हेलों", "Orcas")],
        "सिएटल ओर्कास ने एमएलसी में पहली जीत दर्ज की।",
    ),
    F(
        T,
        "Ahmedabad Defenders won the Prime Volleyball League.",
        "अहमदाबाद रक्षकों ने प्राइम वॉलीबॉल लीग का ख़िताब जीता।",
        [("रक्षकों", "Defenders")],
        "अहमदाबाद डिफ़ेंडर्स ने प्राइम वॉलीबॉल लीग का ख़िताब जीता।",
    ),
    F(
        T,
        "Goa Challengers beat Dabang Delhi in the table tennis league.",
        "गोवा चुनौतीदाताओं ने टेबल टेनिस लीग में दबंग दिल्ली को हराया।",
        [("चुनौतीदाताओं", "Challengers")],
        "गोवा चैलेंजर्स ने टेबल टेनिस लीग में दबंग दिल्ली को हराया।",
    ),
    F(
        T,
        "Chennai Quick Guns beat Odisha in the kho kho league.",
        "चेन्नई तेज़ बंदूकों ने खो-खो लीग में ओडिशा को हराया।",
        [("तेज़ बंदूकों", "Quick Guns")],
        "चेन्नई क्विक गन्स ने खो-खो लीग में ओडिशा को हराया।",
    ),
    F(
        T,
        "Hyderabad Black Hawks beat Kochi in straight sets.",
        "हैदराबाद काले बाज़ों ने कोच्चि को सीधे सेटों में हराया।",
        [("काले बाज़ों", "Black Hawks")],
        "हैदराबाद ब्लैक हॉक्स ने कोच्चि को सीधे सेटों में हराया।",
    ),
    # a fixture line
    F(
        T,
        "Karachi Kings vs Multan Sultans, match 12: live score",
        "कराची राजा बनाम मुल्तान सुल्तांस, मैच 12: लाइव स्कोर",
        [("राजा", "Kings")],
        "कराची किंग्स बनाम मुल्तान सुल्तांस, मैच 12: लाइव स्कोर",
    ),
    # club nicknames without a city
    F(
        T,
        "The Toffees drew 0-0 at home.",
        "टॉफ़ियों ने घरेलू मैदान पर 0-0 से ड्रॉ खेला।",
        [("टॉफ़ियों", "Toffees")],
        "टॉफ़ीज़ ने घरेलू मैदान पर 0-0 से ड्रॉ खेला।",
    ),
    F(
        T,
        "The Seagulls beat Fulham 3-0.",
        "समुद्री बगुलों ने फ़ुलहम को 3-0 से हराया।",
        [("समुद्री बगुलों", "Seagulls")],
        "सीगल्स ने फ़ुलहम को 3-0 से हराया।",
    ),
    F(
        T,
        "Sunderland, the Black Cats, were promoted.",
        "सुंदरलैंड, यानी काली बिल्लियाँ, प्रमोट हो गए।",
        [("काली बिल्लियाँ", "Black Cats")],
        "सुंदरलैंड, यानी ब्लैक कैट्स, प्रमोट हो गए।",
    ),
    F(
        T,
        "Ipswich, nicknamed the Tractor Boys, signed a striker.",
        "ट्रैक्टर लड़कों के नाम से मशहूर इप्सविच ने एक स्ट्राइकर से करार किया।",
        [("ट्रैक्टर लड़कों", "Tractor Boys")],
        "ट्रैक्टर बॉयज़ के नाम से मशहूर इप्सविच ने एक स्ट्राइकर से करार किया।",
    ),
    # bands
    F(
        T,
        "Talking Heads reunited for one night.",
        "बोलते सिर एक रात के लिए फिर साथ आए।",
        [("बोलते सिर", "Talking Heads")],
        "टॉकिंग हेड्स एक रात के लिए फिर साथ आए।",
    ),
    F(
        T,
        "The Black Eyed Peas performed in Mumbai.",
        "काली आँखों वाली मटर ने मुंबई में प्रस्तुति दी।",
        [("काली आँखों वाली मटर", "Black Eyed Peas")],
        "ब्लैक आइड पीज़ ने मुंबई में प्रस्तुति दी।",
    ),
    F(
        T,
        "Nine Inch Nails cancelled their tour.",
        "नौ इंच कीलों ने अपना दौरा रद्द कर दिया।",
        [("नौ इंच कीलों", "Nine Inch Nails")],
        "नाइन इंच नेल्स ने अपना दौरा रद्द कर दिया।",
    ),
    F(
        T,
        "Beach House released a new album.",
        "समुद्र तट घर ने नया एल्बम जारी किया।",
        [("समुद्र तट घर", "Beach House")],
        "बीच हाउस ने नया एल्बम जारी किया।",
    ),
    F(
        T,
        "Elbow headlined the main stage at Glastonbury.",
        "कोहनी ग्लास्टनबरी के मुख्य मंच का मुख्य आकर्षण रही।",
        [("कोहनी", "Elbow")],
        "एल्बो ग्लास्टनबरी के मुख्य मंच का मुख्य आकर्षण रहा।",
    ),
    F(
        T,
        "Joy Division's songs still sell.",
        "आनंद प्रभाग के गीत आज भी बिकते हैं।",
        [("आनंद प्रभाग", "Joy Division")],
        "जॉय डिवीज़न के गीत आज भी बिकते हैं।",
    ),
    F(
        T,
        "The rock band Motherjane played in Kochi.",
        "रॉक बैंड माँ जेन ने कोच्चि में प्रस्तुति दी।",
        [("माँ", "Mother")],
        "रॉक बैंड मदरजेन ने कोच्चि में प्रस्तुति दी।",
    ),
    # venues and landmarks abroad
    F(
        T,
        "A new tower opened at Hudson Yards.",
        "हडसन आँगनों में एक नई मीनार खुली।",
        [("हडसन आँगनों", "Hudson Yards")],
        "हडसन यार्ड्स में एक नई मीनार खुली।",
    ),
    F(
        T,
        "India played a Test at Queen's Park Oval.",
        "भारत ने रानी के उद्यान अंडाकार में एक टेस्ट खेला।",
        [("रानी के उद्यान अंडाकार", "Queen's Park Oval")],
        "भारत ने क्वींस पार्क ओवल में एक टेस्ट खेला।",
    ),
    F(
        T,
        "South Africa won at the Wanderers Stadium.",
        "दक्षिण अफ़्रीका ने घुमक्कड़ स्टेडियम में जीत दर्ज की।",
        [("घुमक्कड़", "Wanderers")],
        "दक्षिण अफ़्रीका ने वांडरर्स स्टेडियम में जीत दर्ज की।",
    ),
    # brands and companies
    F(
        T,
        "Red Chief opened a store in Kanpur.",
        "लाल सरदार ने कानपुर में एक स्टोर खोला।",
        [("लाल सरदार", "Red Chief")],
        "रेड चीफ़ ने कानपुर में एक स्टोर खोला।",
    ),
    F(
        T,
        "Woodland launched a range of trekking shoes.",
        "वनभूमि ने ट्रेकिंग जूतों की नई रेंज लॉन्च की।",
        [("वनभूमि", "Woodland")],
        "वुडलैंड ने ट्रेकिंग जूतों की नई रेंज लॉन्च की।",
    ),
    F(
        T,
        "Wildcraft backpacks sold out in a week.",
        "जंगली शिल्प के बैकपैक एक हफ़्ते में बिक गए।",
        [("जंगली शिल्प", "Wildcraft")],
        "वाइल्डक्राफ़्ट के बैकपैक एक हफ़्ते में बिक गए।",
    ),
    F(
        T,
        "Classmate notebooks cost more this year.",
        "सहपाठी नोटबुक इस साल महँगी हो गई हैं।",
        [("सहपाठी", "Classmate")],
        "क्लासमेट नोटबुक इस साल महँगी हो गई हैं।",
    ),
    F(
        T,
        "Flying Machine jeans are on sale.",
        "उड़ने वाली मशीन जींस सेल में मिल रही हैं।",
        [("उड़ने वाली मशीन", "Flying Machine")],
        "फ़्लाइंग मशीन जींस सेल में मिल रही हैं।",
    ),
    F(
        T,
        "Red Tape shares rose 5 percent.",
        "लाल फ़ीता के शेयर 5 प्रतिशत चढ़े।",
        [("लाल फ़ीता", "Red Tape")],
        "रेड टेप के शेयर 5 प्रतिशत चढ़े।",
    ),
    F(
        T,
        "Rebel Foods raised fresh funds.",
        "विद्रोही फ़ूड्स ने नई पूंजी जुटाई।",
        [("विद्रोही", "Rebel")],
        "रेबेल फ़ूड्स ने नई पूंजी जुटाई।",
    ),
    F(
        T,
        "Carrier launched a new range of inverter ACs.",
        "वाहक ने इन्वर्टर एसी की नई रेंज लॉन्च की।",
        [("वाहक", "Carrier")],
        "कैरियर ने इन्वर्टर एसी की नई रेंज लॉन्च की।",
    ),
    F(
        T,
        "Alliance Air started a flight to Shimla.",
        "गठबंधन एयर ने शिमला के लिए उड़ान शुरू की।",
        [("गठबंधन", "Alliance")],
        "एलायंस एयर ने शिमला के लिए उड़ान शुरू की।",
    ),
    F(
        T,
        "Star Air will fly to Belagavi from June.",
        "तारा एयर जून से बेलगावी के लिए उड़ान भरेगी।",
        [("तारा", "Star")],
        "स्टार एयर जून से बेलगावी के लिए उड़ान भरेगी।",
    ),
    F(
        T,
        "The Times of India first reported the deal.",
        "भारत का समय ने सबसे पहले इस सौदे की ख़बर दी।",
        [("भारत का समय", "Times of India")],
        "टाइम्स ऑफ़ इंडिया ने सबसे पहले इस सौदे की ख़बर दी।",
    ),
    # a decoration
    F(
        T,
        "His grandfather won the Victoria Cross in Burma.",
        "उनके दादा को बर्मा में विक्टोरिया सलीब मिला था।",
        [("सलीब", "Cross")],
        "उनके दादा को बर्मा में विक्टोरिया क्रॉस मिला था।",
    ),
]

TITLE_LOOKALIKES = [
    # teams, brands and bands whose names are Hindi words
    C(LT, "Dabang Delhi beat Puneri Paltan.", "दबंग दिल्ली ने पुणेरी पलटन को हराया।"),
    C(LT, "Mumbai Khiladis won the kho kho title.", "मुंबई खिलाड़ीज़ ने खो-खो का ख़िताब जीता।"),
    C(LT, "Hyderabad Toofans won the hockey league.", "हैदराबाद तूफ़ान्स ने हॉकी लीग जीती।"),
    C(LT, "UP Yoddhas reached the playoffs.", "यूपी योद्धा प्लेऑफ़ में पहुँचे।"),
    C(LT, "Chumbak opened a store in Pune.", "चुंबक ने पुणे में एक स्टोर खोला।"),
    C(LT, "Nilkamal's shares rose on Monday.", "सोमवार को नीलकमल के शेयर चढ़े।"),
    C(LT, "Natraj pencils are sold in every town.", "नटराज पेंसिलें हर क़स्बे में बिकती हैं।"),
    C(LT, "Patanjali launched a new toothpaste.", "पतंजलि ने एक नया टूथपेस्ट लॉन्च किया।"),
    C(LT, "Usha launched a sewing machine.", "उषा ने एक सिलाई मशीन लॉन्च की।"),
    C(LT, "Bewakoof raised fresh funds.", "बेवकूफ़ ने नई पूंजी जुटाई।"),
    C(LT, "Akasa Air added two planes.", "आकासा एयर ने दो विमान जोड़े।"),
    # names of the flawed kinds, transliterated
    C(LT, "Chennai Super Kings beat Mumbai Indians.", "चेन्नई सुपर किंग्स ने मुंबई इंडियंस को हराया।"),
    C(LT, "Gujarat Giants beat Tamil Thalaivas.", "गुजरात जायंट्स ने तमिल थलाइवाज़ को हराया।"),
    C(LT, "Leeds Rhinos vs Wigan Warriors, live", "लीड्स राइनोज़ बनाम विगन वॉरियर्स, लाइव"),
    C(LT, "Indian Ocean played at the festival.", "इंडियन ओशन ने उत्सव में प्रस्तुति दी।"),
    C(LT, "The Local Train released a song.", "द लोकल ट्रेन ने एक गाना जारी किया।"),
    C(LT, "Lahore Qalandars signed a leg-spinner.", "लाहौर क़लंदर्स ने एक लेग-स्पिनर से करार किया।"),
    # names Hindi itself translates
    C(LT, "The Golden Peacock went to a Lithuanian film.", "स्वर्ण मयूर एक लिथुआनियाई फ़िल्म को मिला।"),
    C(LT, "She won the Nobel Peace Prize.", "उन्हें नोबेल शांति पुरस्कार मिला।"),
    C(LT, "Sardar Patel is called the Iron Man of India.", "सरदार पटेल को भारत का लौह पुरुष कहा जाता है।"),
    C(LT, "The Leaning Tower of Pisa was closed.", "पीसा की झुकी मीनार बंद कर दी गई।"),
    C(LT, "The Great Wall of China draws tourists.", "चीन की महान दीवार पर्यटकों को आकर्षित करती है।"),
    C(LT, "The Red Fort will be lit up.", "लाल क़िले को रोशन किया जाएगा।"),
    C(LT, "Tourists flocked to the Lotus Temple.", "पर्यटक बड़ी संख्या में कमल मंदिर पहुँचे।"),
    C(LT, "Niagara Falls froze this winter.", "इस सर्दी में नियाग्रा जलप्रपात जम गया।"),
    C(LT, "The Dead Sea is shrinking.", "मृत सागर सिकुड़ रहा है।"),
    C(LT, "The Election Commission announced the dates.", "चुनाव आयोग ने तारीख़ों की घोषणा की।"),
    C(LT, "The National Film Awards were announced.", "राष्ट्रीय फ़िल्म पुरस्कारों की घोषणा हुई।"),
    C(LT, "He won the Emerging Player award.", "उन्हें उभरते खिलाड़ी का पुरस्कार मिला।"),
    C(LT, "The Supreme Court of Nepal stayed the order.", "नेपाल के सर्वोच्च न्यायालय ने आदेश पर रोक लगा दी।"),
    # the flawed rows' Hindi words in their plain sense
    C(LT, "Hawks circled over the fields.", "खेतों के ऊपर बाज़ मंडरा रहे थे।"),
    C(LT, "The kings of Rajputana built forts.", "राजपूताना के राजाओं ने क़िले बनवाए।"),
    C(LT, "In Greek myths the giants fought the gods.", "यूनानी मिथकों में दैत्यों ने देवताओं से युद्ध किया।"),
    C(LT, "Jets flew over Delhi on Republic Day.", "गणतंत्र दिवस पर जेट विमानों ने दिल्ली के ऊपर उड़ान भरी।"),
    C(LT, "Sharks were seen off the Goa coast.", "गोवा के तट के पास शार्क मछलियाँ देखी गईं।"),
    C(LT, "The storm caused damage in Odisha.", "तूफ़ान ने ओडिशा में भारी तबाही मचाई।"),
    C(LT, "The defenders of the fort closed the gates.", "क़िले के रक्षकों ने दरवाज़े बंद कर दिए।"),
    C(LT, "Her classmates celebrated her birthday.", "सहपाठियों ने उसका जन्मदिन मनाया।"),
    C(LT, "Red tape held up the project.", "सरकारी लाल फ़ीते के कारण परियोजना अटक गई।"),
    C(LT, "The alliance won the election.", "गठबंधन ने चुनाव जीत लिया।"),
    C(LT, "The children ate toffees.", "बच्चों ने टॉफ़ियाँ खाईं।"),
    C(LT, "Flamingos came to Sambhar Salt Lake.", "सांभर नमक झील में फ़्लेमिंगो आए।"),
    C(LT, "Scientists found a new galaxy.", "वैज्ञानिकों ने एक नई आकाशगंगा खोजी।"),
    C(LT, "He hurt his elbow in the match.", "मैच में उसकी कोहनी में चोट लग गई।"),
    C(LT, "Rebels attacked the convoy.", "विद्रोहियों ने काफ़िले पर हमला किया।"),
    C(LT, "Horsemen led the wedding procession.", "घुड़सवारों ने बारात की अगुवाई की।"),
]
