"""Round-17 precision check (precision_r17, own set): hand-written 2026-11-29 10:37-10:55 UTC BEFORE any
round-17 precision change and never edited to fit; report numbers on it, do not tune on it. The writer
had read the rules and the list of round 16's clean flags (blind r16 README "Measurements"), so this is
an own set, not a blind one. The distinctive words were checked absent from all dev lines
(/tmp/r17/dev_all.jsonl, dev_src.jsonl) when written.

Clean look-alikes (`l-`), NEW members of round 16's false-positive families (issues 13, 14: at most 1
in 30 clean look-alikes flagged):
- translit: loans Hindi writes — sport terms (स्क्रम, लेग-कटर, पिट स्टॉप), office and job-title loans
  (हाउसकीपिंग, मैकेनिक, टाइमशीट), technology (मॉडेम, वर्ज़न), brands and bands named by an English
  word after a maker or before a concert (फ़ोन निर्माता नथिंग, आइव के कॉन्सर्ट); foreign places whose
  English looks plural (एवरग्लेड्स, हेब्रिडीज़).
- repetition: a doubled name or a chant in quotes ('एम्बाप्पे एम्बाप्पे', 'हिप हिप हुर्रे', वागा वागा).
- name: an adjective or participle before a noun (मुरझाए फूलों, बासी दाल); Indian names whose surname is a
  Hindi word (अमरीश पुरी, अरुण लाल); Tamil names and K-pop names written solid (तिरुमावलवन, बैकह्युन).
- sense (with the source): a given name that is a Hindi word (Turkish Kaan, सोना, सूरज), the source's
  "no" said by a word of absence or refusal (declined, kept mum, drew a blank), epithets Hindi writes
  (उड़नपरी, पंजाब केसरी).

Flawed rows (`f-`, ≥ 20) of the same surface shapes, each with its correct translation (`c-`):
job-title and object words transliterated where Hindi has the common word (गार्डनर for माली, सोल्जर for
सैनिक, क्लॉक for घड़ी), a decoder repetition of a name or word (हरलीन हरलीन देओल), name words
translated after a given name (रसेल कौआ).

    python tests/data/precision_r17/build.py
    audit check tests/data/precision_r17/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o P17H.jsonl
    python tests/data/precision_r17/score.py P17H.jsonl --hindi-only [--show]
    audit check tests/data/precision_r17/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o P17S.jsonl
    python tests/data/precision_r17/score.py P17S.jsonl [--show]
Licence: Apache-2.0 (part of hindi-mt-audit).
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

T = "translit"
R = "repetition"
N = "name-calque"
NEG = "negation"
S = "sense"

TRANSLIT = [
    F(
        T,
        "The gardener watered the plants.",
        "गार्डनर ने पौधों को पानी दिया।",
        [("गार्डनर", "gardener")],
        "माली ने पौधों को पानी दिया।",
    ),
    F(
        T,
        "A soldier was injured in the firing.",
        "गोलीबारी में एक सोल्जर घायल हो गया।",
        [("सोल्जर", "soldier")],
        "गोलीबारी में एक सैनिक घायल हो गया।",
    ),
    F(
        T,
        "The monk meditated in the cave.",
        "मॉन्क ने गुफा में ध्यान लगाया।",
        [("मॉन्क", "monk")],
        "भिक्षु ने गुफा में ध्यान लगाया।",
    ),
    F(
        T,
        "The milkman delivered the milk at dawn.",
        "मिल्कमैन ने भोर में दूध पहुंचाया।",
        [("मिल्कमैन", "milkman")],
        "दूधवाले ने भोर में दूध पहुंचाया।",
    ),
    F(
        T,
        "The pilgrims reached the shrine.",
        "पिलग्रिम मंदिर पहुंचे।",
        [("पिलग्रिम", "pilgrims")],
        "तीर्थयात्री मंदिर पहुंचे।",
    ),
    F(
        T,
        "He hung a clock on the wall.",
        "उसने दीवार पर एक क्लॉक टांगी।",
        [("क्लॉक", "clock")],
        "उसने दीवार पर एक घड़ी टांगी।",
    ),
    F(
        T,
        "Grandmother told a story at night.",
        "दादी ने रात को एक स्टोरी सुनाई।",
        [("स्टोरी", "story")],
        "दादी ने रात को एक कहानी सुनाई।",
    ),
    F(
        T,
        "A tortoise crossed the road.",
        "एक टॉरटॉइस ने सड़क पार की।",
        [("टॉरटॉइस", "tortoise")],
        "एक कछुए ने सड़क पार की।",
    ),
    F(
        T,
        "The farmer lit a lantern.",
        "किसान ने लैंटर्न जलाई।",
        [("लैंटर्न", "lantern")],
        "किसान ने लालटेन जलाई।",
    ),
    F(
        T,
        "The people celebrated the king's victory.",
        "लोगों ने राजा की विक्टरी का जश्न मनाया।",
        [("विक्टरी", "victory")],
        "लोगों ने राजा की जीत का जश्न मनाया।",
    ),
    F(
        T,
        "The mother put the baby in the cradle.",
        "मां ने बच्चे को क्रैडल में सुलाया।",
        [("क्रैडल", "cradle")],
        "मां ने बच्चे को पालने में सुलाया।",
    ),
    F(
        T,
        "The swimmer crossed the lake.",
        "स्विमर ने झील पार की।",
        [("स्विमर", "swimmer")],
        "तैराक ने झील पार की।",
    ),
    F(
        T,
        "The villagers welcomed the victory of the team.",
        "गांव वालों ने टीम की विक्टरी का स्वागत किया।",
        [("विक्टरी", "victory")],
        "गांव वालों ने टीम की जीत का स्वागत किया।",
    ),
    F(
        T,
        "The swimmers rested by the lake.",
        "स्विमर्स झील के किनारे आराम कर रहे थे।",
        [("स्विमर्स", "swimmers")],
        "तैराक झील के किनारे आराम कर रहे थे।",
    ),
]

REPETITIONS = [
    F(
        R,
        "Captain Harleen Deol won the toss.",
        "कप्तान हरलीन हरलीन देओल ने टॉस जीता।",
        [("हरलीन", "Harleen", 1)],
        "कप्तान हरलीन देओल ने टॉस जीता।",
    ),
    F(
        R,
        "Singer Sukhwinder Singh sang at the wedding.",
        "गायक सुखविंदर सुखविंदर सिंह ने शादी में गाया।",
        [("सुखविंदर", "Sukhwinder", 1)],
        "गायक सुखविंदर सिंह ने शादी में गाया।",
    ),
    F(
        R,
        "The doctor advised rest.",
        "डॉक्टर डॉक्टर ने आराम की सलाह दी।",
        [("डॉक्टर", "doctor", 1)],
        "डॉक्टर ने आराम की सलाह दी।",
    ),
    F(
        R,
        "The river overflowed after the rain.",
        "बारिश के बाद नदी नदी उफान पर आ गई।",
        [("नदी", "river", 1)],
        "बारिश के बाद नदी उफान पर आ गई।",
    ),
    F(
        R,
        "The lineman fixed the pipe.",
        "लाइनमैन ने पाइप ठीक किया पाइप।",
        [("पाइप", "pipe", 1)],
        "लाइनमैन ने पाइप ठीक किया।",
    ),
]

NAMES = [
    F(
        N,
        "Actor Russell Crowe arrived in Goa.",
        "अभिनेता रसेल कौआ गोवा पहुंचे।",
        [("कौआ", "Crowe")],
        "अभिनेता रसेल क्रो गोवा पहुंचे।",
    ),
    F(
        N,
        "Defender Ben White returned to the squad.",
        "डिफ़ेंडर बेन सफ़ेद टीम में लौटे।",
        [("सफ़ेद", "White")],
        "डिफ़ेंडर बेन व्हाइट टीम में लौटे।",
    ),
    F(
        N,
        "Actor Jude Law visited the fort.",
        "अभिनेता जूड क़ानून ने क़िले का दौरा किया।",
        [("क़ानून", "Law")],
        "अभिनेता जूड लॉ ने क़िले का दौरा किया।",
    ),
    F(
        N,
        "Director Olivia Wilde's film premiered in Venice.",
        "निर्देशक ओलिविया जंगली की फ़िल्म का वेनिस में प्रीमियर हुआ।",
        [("जंगली", "Wilde")],
        "निर्देशक ओलिविया वाइल्ड की फ़िल्म का वेनिस में प्रीमियर हुआ।",
    ),
    F(
        N,
        "Singer Amy Winehouse's songs were played.",
        "गायिका एमी शराबघर के गीत बजाए गए।",
        [("शराबघर", "Winehouse")],
        "गायिका एमी वाइनहाउस के गीत बजाए गए।",
    ),
]

TITLES: list = []
IDIOMS: list = []
SENSES: list = []
OMISSIONS: list = []

TRANSLIT_LOOKALIKES = [
    # sport terms Hindi news writes
    C(T, "The referee awarded a scrum near the line.", "रेफ़री ने लाइन के पास स्क्रम दिया।"),
    C(T, "Alcaraz won the point with a drop shot.", "अल्काराज़ ने ड्रॉप शॉट से अंक जीता।"),
    C(T, "She served three aces in the first set.", "उसने पहले सेट में तीन ऐस लगाए।"),
    C(T, "The striker scored with a bicycle kick.", "स्ट्राइकर ने बाइसिकल किक से गोल किया।"),
    C(T, "The defender made a clean tackle.", "डिफ़ेंडर ने साफ़ टैकल किया।"),
    C(T, "The bowler bowled a leg-cutter in the last over.", "गेंदबाज़ ने आख़िरी ओवर में लेग-कटर डाली।"),
    C(T, "The driver started from the pit lane.", "ड्राइवर ने पिट लेन से शुरुआत की।"),
    C(T, "The team made a quick pit stop on lap twenty.", "टीम ने बीसवें लैप में तेज़ पिट स्टॉप किया।"),
    C(T, "The athlete fell at the last hurdle.", "धाविका आख़िरी हर्डल पर गिर गई।"),
    C(T, "The cyclist won the polka-dot jersey.", "साइकिल चालक ने पोल्का-डॉट जर्सी जीती।"),
    C(T, "The set went to a tiebreak.", "सेट टाईब्रेक तक गया।"),
    C(T, "The boxer landed an uppercut.", "मुक्केबाज़ ने अपरकट जड़ा।"),
    C(T, "The wrestler won by a body slam.", "पहलवान ने बॉडी स्लैम से मुक़ाबला जीता।"),
    C(T, "The umpire called a no-ball on the free hit.", "अंपायर ने फ़्री हिट पर नो-बॉल दी।"),
    # office and job-title loans
    C(T, "The housekeeping staff cleaned the rooms.", "हाउसकीपिंग स्टाफ़ ने कमरे साफ़ किए।"),
    C(T, "The company appointed a new compliance officer.", "कंपनी ने नया कंप्लायंस ऑफ़िसर नियुक्त किया।"),
    C(T, "The mechanic fixed the brakes.", "मैकेनिक ने ब्रेक ठीक किए।"),
    C(T, "The lineman joined the wires.", "लाइनमैन ने तार जोड़े।"),
    C(T, "The stenographer typed the judgment.", "स्टेनोग्राफ़र ने फ़ैसला टाइप किया।"),
    C(T, "The data entry operator filled in the timesheet.", "डेटा एंट्री ऑपरेटर ने टाइमशीट भरी।"),
    C(T, "Employees demanded a hybrid model.", "कर्मचारियों ने हाइब्रिड मॉडल की मांग की।"),
    C(T, "The nurses worked the night shift.", "नर्सों ने नाइट शिफ़्ट में काम किया।"),
    C(T, "The copywriter wrote the tagline.", "कॉपीराइटर ने विज्ञापन की टैगलाइन लिखी।"),
    C(T, "The radiographer did the scan.", "रेडियोग्राफ़र ने स्कैन किया।"),
    C(T, "The choreographer trained the dancers.", "कोरियोग्राफ़र ने नर्तकों को प्रशिक्षण दिया।"),
    C(T, "The technician repaired the X-ray machine.", "टेक्नीशियन ने एक्स-रे मशीन ठीक की।"),
    C(T, "The apprentice learned welding.", "अप्रेंटिस ने वेल्डिंग सीखी।"),
    C(T, "The bank hired a cashier and a loan officer.", "बैंक ने एक खज़ांची और एक लोन ऑफ़िसर रखा।"),
    # technology
    C(T, "The modem stopped working after the storm.", "तूफ़ान के बाद मॉडेम ने काम करना बंद कर दिया।"),
    C(T, "The new phone has a faster processor.", "नए फ़ोन में तेज़ प्रोसेसर है।"),
    C(T, "Users were asked to download the new version.", "उपयोगकर्ताओं से नया वर्ज़न डाउनलोड करने को कहा गया।"),
    C(T, "He took a backup of the chat.", "उसने चैट का बैकअप लिया।"),
    C(T, "The data was kept on a pen drive.", "डेटा एक पेन ड्राइव में रखा गया था।"),
    C(T, "The earbuds are kept in a charging case.", "ईयरबड्स चार्जिंग केस में रखे जाते हैं।"),
    C(T, "The teacher used a webcam for the class.", "शिक्षक ने कक्षा के लिए वेबकैम का इस्तेमाल किया।"),
    C(T, "The fitness band measures the heart rate.", "फ़िटनेस बैंड दिल की धड़कन मापता है।"),
    # brands and bands named by an English word
    C(T, "Phone maker Nothing launched a new handset.", "फ़ोन निर्माता नथिंग ने नया हैंडसेट उतारा।"),
    C(T, "Dating app Bumble opened an office in India.", "डेटिंग ऐप बम्बल ने भारत में दफ़्तर खोला।"),
    C(T, "Tickets for IVE's concert sold out.", "आइव के कॉन्सर्ट के टिकट बिक गए।"),
    C(T, "The band Oasis reunited after fifteen years.", "बैंड ओएसिस पंद्रह साल बाद फिर एक साथ आया।"),
    C(T, "RIIZE performed in Mumbai.", "राइज़ ने मुंबई में प्रस्तुति दी।"),
    C(T, "Fans of Treasure gathered at the airport.", "ट्रेज़र के प्रशंसक हवाई अड्डे पर जुटे।"),
    C(T, "Shoe maker New Balance signed the sprinter.", "जूता निर्माता न्यू बैलेंस ने धावक से क़रार किया।"),
    # foreign places whose English looks plural
    C(T, "A fire broke out in the Everglades.", "एवरग्लेड्स में आग लग गई।"),
    C(T, "Tourists flocked to the Hebrides.", "पर्यटक हेब्रिडीज़ पहुंचे।"),
    C(T, "The club from Hastings won the cup.", "हेस्टिंग्स के क्लब ने कप जीता।"),
    C(T, "Snow fell in the Cotswolds.", "कॉट्सवोल्ड्स में बर्फ़ गिरी।"),
    C(T, "The ships crossed the Dardanelles.", "जहाज़ों ने डार्डानेल्स पार किया।"),
]

REPETITION_LOOKALIKES = [
    C(R, "Fans chanted 'Mbappe, Mbappe' in the stadium.", "स्टेडियम में प्रशंसकों ने 'एम्बाप्पे एम्बाप्पे' के नारे लगाए।"),
    C(R, "The children shouted 'hip hip hurray'.", "बच्चों ने 'हिप हिप हुर्रे' का नारा लगाया।"),
    C(R, "Pilgrims chanted 'Bol Bam, Bol Bam'.", "कांवड़ियों ने 'बोल बम बोल बम' के जयकारे लगाए।"),
    C(R, "The crowd shouted 'out, out' at the umpire.", "भीड़ ने अंपायर की ओर 'आउट आउट' चिल्लाया।"),
    C(R, "Duran Duran will tour India.", "डुरान डुरान भारत का दौरा करेगा।"),
    C(R, "The couple honeymooned in Bora Bora.", "दंपति ने बोरा बोरा में हनीमून मनाया।"),
    C(R, "Floods hit Wagga Wagga.", "वागा वागा में बाढ़ आई।"),
    C(R, "Boutros Boutros-Ghali headed the UN.", "बुत्रोस बुत्रोस-घाली ने संयुक्त राष्ट्र का नेतृत्व किया।"),
    C(R, "The train reached Walla Walla.", "ट्रेन वाला वाला पहुंची।"),
    C(R, "Students danced to 'Chaiyya Chaiyya'.", "छात्रों ने 'छैयां छैयां' गीत पर नृत्य किया।"),
]

NAME_LOOKALIKES = [
    # an adjective or participle before a noun, no name at all
    C(N, "The wilted flowers were removed.", "मुरझाए फूलों को हटा दिया गया।"),
    C(N, "The wet towels smelled.", "गीले तौलियों से बदबू आने लगी।"),
    C(N, "The broken chairs were removed from the hall.", "टूटी कुर्सियां हॉल से हटा दी गईं।"),
    C(N, "Nobody drank the cold tea.", "ठंडी चाय किसी ने नहीं पी।"),
    C(N, "The stale dal was given to the cows.", "बासी दाल गायों को दे दी गई।"),
    C(N, "Raw mangoes are used in pickles.", "कच्चे आम अचार में डाले जाते हैं।"),
    C(N, "The sour curd spoiled the dish.", "खट्टे दही ने पकवान बिगाड़ दिया।"),
    C(N, "The frozen pipes burst.", "जमी पाइपें फट गईं।"),
    # Indian names whose surname is a Hindi word
    C(N, "Actor Amrish Puri played the villain.", "अभिनेता अमरीश पुरी ने खलनायक की भूमिका निभाई।"),
    C(N, "Former cricketer Arun Lal became a coach.", "पूर्व क्रिकेटर अरुण लाल कोच बने।"),
    C(N, "Sprinter Dutee Chand won gold in Naples.", "धाविका दुती चंद ने नेपल्स में स्वर्ण जीता।"),
    C(N, "Singer Kailash Kher sang the anthem.", "गायक कैलाश खेर ने गान गाया।"),
    C(N, "Director Subhash Ghai opened a film school.", "निर्देशक सुभाष घई ने फ़िल्म स्कूल खोला।"),
    C(N, "Actress Pooja Bhatt returned to films.", "अभिनेत्री पूजा भट्ट फ़िल्मों में लौटीं।"),
    C(N, "Bowler Yash Dayal took two wickets.", "गेंदबाज़ यश दयाल ने दो विकेट लिए।"),
    C(N, "Politician Sachin Pilot addressed a rally.", "नेता सचिन पायलट ने एक रैली को संबोधित किया।"),
    # Tamil names and K-pop names written solid
    C(N, "Thirumavalavan met the Chief Minister.", "तिरुमावलवन ने मुख्यमंत्री से मुलाक़ात की।"),
    C(N, "Minister Duraimurugan inspected the dam.", "मंत्री दुरईमुरुगन ने बांध का निरीक्षण किया।"),
    C(N, "Sivakarthikeyan's new film was released.", "शिवकार्तिकेयन की नई फ़िल्म रिलीज़ हुई।"),
    C(N, "Composer Ilaiyaraaja performed in London.", "संगीतकार इलैयाराजा ने लंदन में प्रस्तुति दी।"),
    C(N, "Baekhyun released a solo album.", "बैकह्युन ने एकल एल्बम जारी किया।"),
    C(N, "Taeyeon's concert was postponed.", "तैयोन का कॉन्सर्ट टल गया।"),
    # rivers and places abroad
    C(N, "Floods rose on the Rhine.", "राइन नदी में बाढ़ आई।"),
    C(N, "Boats sank on the Mekong.", "मेकांग नदी में नावें डूबीं।"),
    C(N, "The plane landed on the Hudson.", "विमान हडसन नदी पर उतरा।"),
    C(N, "A bridge over the Danube collapsed.", "डेन्यूब नदी पर बना पुल गिर गया।"),
]

SENSE_LOOKALIKES = [
    # a given name that is a Hindi word
    C(S, "Turkish defender Kaan Ayhan scored.", "तुर्की के डिफ़ेंडर कान आयहान ने गोल किया।"),
    C(S, "Singer Sona Mohapatra performed in Pune.", "गायिका सोना महापात्रा ने पुणे में प्रस्तुति दी।"),
    C(S, "Suraj Randiv took three wickets.", "सूरज रणदीव ने तीन विकेट लिए।"),
    C(S, "Heera Mandi is a famous market of Lahore.", "हीरा मंडी लाहौर का मशहूर बाज़ार है।"),
    # the source's "no" said by a word of absence or refusal
    C(NEG, "The company kept mum on the layoffs.", "कंपनी ने छंटनी पर कुछ नहीं कहा।"),
    C(NEG, "She declined the offer.", "उसने प्रस्ताव स्वीकार नहीं किया।"),
    C(NEG, "The shop lacks a licence.", "दुकान के पास लाइसेंस नहीं है।"),
    C(NEG, "Rain held off during the final.", "फ़ाइनल के दौरान बारिश नहीं हुई।"),
    C(NEG, "The bank is yet to respond.", "बैंक ने अभी तक जवाब नहीं दिया है।"),
    C(NEG, "The police drew a blank.", "पुलिस को कोई सुराग नहीं मिला।"),
    C(NEG, "The well ran dry in May.", "मई में कुएं में पानी नहीं बचा।"),
    # epithets Hindi writes
    C(S, "P. T. Usha was known as the Flying Fairy.", "पी. टी. उषा को उड़नपरी कहा जाता था।"),
    C(S, "Kapil Dev was called the Haryana Hurricane.", "कपिल देव को हरियाणा हरिकेन कहा गया।"),
    C(S, "Lala Lajpat Rai was called the Lion of Punjab.", "लाला लाजपत राय को पंजाब केसरी कहा गया।"),
]

IDIOM_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
STORY: list = []
