"""Held-out round-19 items (half of helper blindB): ambiguous English words translated in the wrong
sense, and omissions, with their correct translations and clean look-alikes (hand-written).
F/C as in scripts/heldout_set.py.

SENSES: 38 flawed rows (needs_source), one span each, each with its fix: sport (point, slips,
keeper, seed, byes, lane, eagle, haul, nightwatchman), travel and places (shuttle, hold, launch,
retreat, estate, main), law, money and business (custody, framed, instrument, balance,
statement, hike, spike, outlet, allowance, grand, dip), media, health and home (column, number,
jab, dish, remote, cookies, peppers, lashes, feed, hip, august, console). None is an issue
example (chaired/minutes/strike/tender/charge/poll).
SENSE_LOOKALIKES: 63 clean rows: the Hindi word of each wrong sense in its own sense (बिंदु, फिसलन,
रखवाला, बीज, अलविदा, गली, गरुड़, ढुलाई, चिड़िया, ढरकी, पकड़, शुरुआत, पीछे हटना, जायदाद, मुख्य, हिरासत,
चौखट, वाद्य यंत्र, संतुलन, बयान, लंबी पैदल यात्रा, कील, डुबकी, गोता, निकास, अनुमति, भव्य, खंभा, संख्या,
घूंसा, थाली, दूरस्थ, बिस्कुट, चारा, काली मिर्च, चाबुक, कूल्हे, अगस्त, सांत्वना, ढाढ़स, रात का चौकीदार ...)
and the English word in the sense the flawed rows miss, translated right (शीर्ष वरीयता, आउटलेट, ड्रिप,
महंगाई भत्ता, शिखर सम्मेलन, बाज़ार के चौकीदार ...).
OMISSIONS: 10 flawed rows (span: the whole MT line), each with its fix: a time restriction,
a condition (only if ...), a number (three of, nearly 40 per cent of, over 70), eligibility
clauses, a 'but gave no figures' qualifier, a reason and frequency, and a reported clause."""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"
OM = "omission"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


def _o(src: str, mt: str, eng: str, fix: str) -> F:
    return F(OM, src, mt, [("", eng)], fix)


SENSES = [
    # sport
    _s(
        "The batter was caught at point off the first ball.",
        "बल्लेबाज़ पहली ही गेंद पर बिंदु पर कैच हो गया।",
        "बिंदु",
        "point (fielding position)",
        "बल्लेबाज़ पहली ही गेंद पर प्वाइंट पर कैच हो गया।",
    ),
    _s(
        "The ball flew between the slips for four.",
        "गेंद फिसलनों के बीच से चार रन के लिए निकल गई।",
        "फिसलनों",
        "slips (fielding position)",
        "गेंद स्लिप के क्षेत्ररक्षकों के बीच से चौके के लिए निकल गई।",
    ),
    _s(
        "The keeper dropped a simple catch in the last over.",
        "रखवाले ने आख़िरी ओवर में एक आसान कैच छोड़ दिया।",
        "रखवाले",
        "keeper (wicketkeeper)",
        "विकेटकीपर ने आख़िरी ओवर में एक आसान कैच छोड़ दिया।",
    ),
    _s(
        "The top seed lost in the second round at Pune.",
        "शीर्ष बीज पुणे में दूसरे दौर में हार गया।",
        "शीर्ष बीज",
        "seed (ranked player)",
        "शीर्ष वरीयता प्राप्त खिलाड़ी पुणे में दूसरे दौर में हार गया।",
    ),
    _s(
        "India conceded twelve byes in the innings.",
        "भारत ने पारी में बारह अलविदा दिए।",
        "बारह अलविदा",
        "byes (extras)",
        "भारत ने पारी में बाई के रूप में बारह अतिरिक्त रन दिए।",
    ),
    _s(
        "The swimmer from Kerala raced in lane four.",
        "केरल की तैराक ने गली नंबर चार में दौड़ लगाई।",
        "गली नंबर चार",
        "lane (of a pool)",
        "केरल की तैराक चौथी लेन में तैरी।",
    ),
    _s(
        "He made an eagle on the par-five twelfth.",
        "उसने पार-फ़ाइव बारहवें होल पर एक गरुड़ बनाया।",
        "एक गरुड़",
        "eagle (two under par)",
        "उसने पार-फ़ाइव बारहवें होल पर ईगल बनाया।",
    ),
    _s(
        "The shooters brought home a record haul of medals.",
        "निशानेबाज़ पदकों की रिकॉर्ड ढुलाई घर लाए।",
        "ढुलाई",
        "haul (amount won)",
        "निशानेबाज़ रिकॉर्ड संख्या में पदक जीतकर लौटे।",
    ),
    # travel and places
    _s(
        "A free shuttle runs from the airport to the fair grounds.",
        "हवाई अड्डे से मेला मैदान तक एक मुफ़्त ढरकी चलती है।",
        "ढरकी",
        "shuttle (bus service)",
        "हवाई अड्डे से मेला मैदान तक एक मुफ़्त शटल बस चलती है।",
    ),
    _s(
        "Customs found the cartons hidden in the ship's hold.",
        "सीमा शुल्क विभाग को डिब्बे जहाज़ की पकड़ में छिपे मिले।",
        "पकड़",
        "hold (cargo space)",
        "सीमा शुल्क विभाग को डिब्बे जहाज़ के मालखाने में छिपे मिले।",
    ),
    _s(
        "A police launch rescued the stranded fishermen.",
        "एक पुलिस शुरुआत ने फंसे मछुआरों को बचाया।",
        "पुलिस शुरुआत",
        "launch (motorboat)",
        "पुलिस की एक मोटरबोट ने फंसे मछुआरों को बचाया।",
    ),
    _s(
        "The actor spent a week at a yoga retreat near Rishikesh.",
        "अभिनेता ने ऋषिकेश के पास एक योग पीछे हटने में एक हफ़्ता बिताया।",
        "योग पीछे हटने",
        "retreat (a quiet place)",
        "अभिनेता ने ऋषिकेश के पास एक योग आश्रम में एक हफ़्ता बिताया।",
    ),
    _s(
        "The family owns a tea estate near Dibrugarh.",
        "परिवार के पास डिब्रूगढ़ के पास एक चाय जायदाद है।",
        "चाय जायदाद",
        "estate (plantation)",
        "परिवार के पास डिब्रूगढ़ के पास एक चाय बाग़ान है।",
    ),
    _s(
        "A burst main flooded the lane outside the school.",
        "एक फटे हुए मुख्य ने स्कूल के बाहर की गली में पानी भर दिया।",
        "फटे हुए मुख्य",
        "main (water pipe)",
        "पानी की मुख्य पाइपलाइन फटने से स्कूल के बाहर की गली में पानी भर गया।",
    ),
    # law, money and business
    _s(
        "The court gave the mother custody of the twins.",
        "अदालत ने जुड़वां बच्चों की हिरासत मां को दी।",
        "हिरासत",
        "custody (guardianship)",
        "अदालत ने जुड़वां बच्चों की देखरेख का अधिकार मां को दिया।",
    ),
    _s(
        "The farmer says he was framed by the moneylender.",
        "किसान का कहना है कि साहूकार ने उसे चौखट में जड़ दिया।",
        "चौखट में जड़ दिया",
        "framed (falsely incriminated)",
        "किसान का कहना है कि साहूकार ने उसे झूठे मामले में फंसाया।",
    ),
    _s(
        "India deposited the instrument of ratification in New York.",
        "भारत ने न्यूयॉर्क में अनुसमर्थन का वाद्य यंत्र जमा किया।",
        "वाद्य यंत्र",
        "instrument (formal document)",
        "भारत ने न्यूयॉर्क में अनुसमर्थन पत्र जमा किया।",
    ),
    _s(
        "Pay half now and the balance on delivery.",
        "आधा अभी चुकाएं और संतुलन डिलीवरी पर।",
        "संतुलन",
        "balance (amount still owed)",
        "आधा अभी चुकाएं और बाक़ी रक़म डिलीवरी पर।",
    ),
    _s(
        "The landlord asked for three months' bank statements.",
        "मकान मालिक ने तीन महीने के बैंक बयान मांगे।",
        "बैंक बयान",
        "statement (of account)",
        "मकान मालिक ने तीन महीने का बैंक स्टेटमेंट मांगा।",
    ),
    _s(
        "Commuters are angry about the latest fare hike.",
        "यात्री ताज़ा किराया लंबी पैदल यात्रा से नाराज़ हैं।",
        "लंबी पैदल यात्रा",
        "hike (increase)",
        "यात्री किराए में ताज़ा बढ़ोतरी से नाराज़ हैं।",
    ),
    _s(
        "Doctors reported a spike in dengue cases after the rains.",
        "डॉक्टरों ने बारिश के बाद डेंगू के मामलों में एक कील दर्ज की।",
        "एक कील",
        "spike (sharp rise)",
        "डॉक्टरों ने बारिश के बाद डेंगू के मामलों में अचानक उछाल दर्ज किया।",
    ),
    _s(
        "The cafe chain opened its fiftieth outlet in Indore.",
        "कैफ़े चेन ने इंदौर में अपना पचासवां निकास खोला।",
        "पचासवां निकास",
        "outlet (shop)",
        "कैफ़े चेन ने इंदौर में अपना पचासवां आउटलेट खोला।",
    ),
    _s(
        "Staff on field duty get a daily travel allowance.",
        "दौरे पर जाने वाले कर्मचारियों को रोज़ाना यात्रा अनुमति मिलती है।",
        "यात्रा अनुमति",
        "allowance (payment)",
        "दौरे पर जाने वाले कर्मचारियों को रोज़ाना यात्रा भत्ता मिलता है।",
    ),
    _s(
        "He paid the mechanic five grand in cash.",
        "उसने मैकेनिक को नक़द में पांच भव्य चुकाए।",
        "पांच भव्य",
        "grand (thousand)",
        "उसने मैकेनिक को पांच हज़ार नक़द चुकाए।",
    ),
    # media, health, home
    _s(
        "The economist writes a weekly column for a Marathi daily.",
        "अर्थशास्त्री एक मराठी दैनिक के लिए साप्ताहिक खंभा लिखती हैं।",
        "साप्ताहिक खंभा",
        "column (regular article)",
        "अर्थशास्त्री एक मराठी दैनिक के लिए साप्ताहिक स्तंभ लिखती हैं।",
    ),
    _s(
        "Her first dance number became a wedding favourite.",
        "उसकी पहली नृत्य संख्या शादियों की पसंदीदा बन गई।",
        "नृत्य संख्या",
        "number (song)",
        "उसका पहला डांस गाना शादियों में सबका पसंदीदा बन गया।",
    ),
    _s(
        "My grandmother got her second jab on Friday.",
        "मेरी दादी को शुक्रवार को दूसरा घूंसा लगा।",
        "दूसरा घूंसा",
        "jab (vaccine dose)",
        "मेरी दादी को शुक्रवार को टीके की दूसरी ख़ुराक लगी।",
    ),
    _s(
        "The storm blew the TV dish off our roof.",
        "तूफ़ान ने हमारी छत से टीवी की थाली उड़ा दी।",
        "टीवी की थाली",
        "dish (antenna)",
        "तूफ़ान ने हमारी छत से टीवी का डिश एंटीना उड़ा दिया।",
    ),
    _s(
        "My brother hid the remote under a cushion.",
        "मेरे भाई ने दूरस्थ को एक गद्दी के नीचे छिपा दिया।",
        "दूरस्थ",
        "remote (control)",
        "मेरे भाई ने रिमोट एक गद्दी के नीचे छिपा दिया।",
    ),
    _s(
        "The site stores cookies to remember your language.",
        "साइट आपकी भाषा याद रखने के लिए बिस्कुट सहेजती है।",
        "बिस्कुट",
        "cookies (browser files)",
        "साइट आपकी भाषा याद रखने के लिए कुकीज़ सहेजती है।",
    ),
    _s(
        "Mother made stuffed peppers for lunch.",
        "मां ने दोपहर के खाने में भरवां काली मिर्च बनाई।",
        "भरवां काली मिर्च",
        "peppers (capsicums)",
        "मां ने दोपहर के खाने में भरवां शिमला मिर्च बनाई।",
    ),
    _s(
        "The baby has long lashes like her mother.",
        "बच्ची के अपनी मां की तरह लंबे चाबुक हैं।",
        "लंबे चाबुक",
        "lashes (eyelashes)",
        "बच्ची की पलकें अपनी मां की तरह लंबी हैं।",
    ),
    _s(
        "Her Instagram feed is full of travel photos.",
        "उसका इंस्टाग्राम चारा यात्रा की तस्वीरों से भरा है।",
        "इंस्टाग्राम चारा",
        "feed (social media)",
        "उसकी इंस्टाग्राम फ़ीड यात्रा की तस्वीरों से भरी है।",
    ),
    _s(
        "India sent in a nightwatchman late on the second day.",
        "भारत ने दूसरे दिन के आख़िर में एक रात का चौकीदार भेजा।",
        "रात का चौकीदार",
        "nightwatchman (cricket)",
        "भारत ने दूसरे दिन का खेल ख़त्म होने से पहले नाइटवॉचमैन को बल्लेबाज़ी के लिए भेजा।",
    ),
    _s(
        "They met at a hip new café in Bandra.",
        "वे बांद्रा के एक कूल्हे नए कैफ़े में मिले।",
        "कूल्हे",
        "hip (fashionable)",
        "वे बांद्रा के एक नए और फ़ैशनेबल कैफ़े में मिले।",
    ),
    _s(
        "The award was presented before an august gathering of scholars.",
        "पुरस्कार विद्वानों की एक अगस्त सभा के सामने दिया गया।",
        "अगस्त सभा",
        "august (distinguished)",
        "पुरस्कार विद्वानों की एक प्रतिष्ठित सभा के सामने दिया गया।",
    ),
    _s(
        "He saved for a year to buy a games console.",
        "उसने एक खेल ढाढ़स ख़रीदने के लिए एक साल तक पैसे बचाए।",
        "खेल ढाढ़स",
        "console (gaming device)",
        "उसने गेमिंग कंसोल ख़रीदने के लिए एक साल तक पैसे बचाए।",
    ),
    _s(
        "Traders reported a dip in tomato prices this week.",
        "व्यापारियों ने इस हफ़्ते टमाटर के दामों में एक गोता दर्ज किया।",
        "एक गोता",
        "dip (fall)",
        "व्यापारियों ने इस हफ़्ते टमाटर के दामों में गिरावट दर्ज की।",
    ),
]

SENSE_LOOKALIKES = [
    # the Hindi word of the wrong sense, used in its own sense, translated right
    C(
        S,
        "Put a dot on the point where the two lines meet.",
        "जहां दोनों रेखाएं मिलती हैं, उस बिंदु पर एक निशान लगाएं।",
    ),
    C(S, "Heavy rain made the hill road slippery.", "भारी बारिश से पहाड़ी सड़क पर फिसलन हो गई।"),
    C(S, "The forest guard is the keeper of the sacred grove.", "वन रक्षक पवित्र उपवन का रखवाला है।"),
    C(S, "The farmer sowed mustard seeds after the rain.", "किसान ने बारिश के बाद सरसों के बीज बोए।"),
    C(S, "Love and care can heal a lonely child.", "प्यार और देखभाल एक अकेले बच्चे के घाव भर सकते हैं।"),
    C(S, "The old teacher said goodbye to his pupils.", "बूढ़े शिक्षक ने अपने छात्रों को अलविदा कहा।"),
    C(S, "The children played cricket in the lane.", "बच्चे गली में क्रिकेट खेल रहे थे।"),
    C(S, "The hawk circled over the field.", "बाज़ खेत के ऊपर मंडराता रहा।"),
    C(S, "The porters hauled the luggage up the steps.", "क़ुलियों ने सामान की ढुलाई करके उसे सीढ़ियों से ऊपर पहुंचाया।"),
    C(S, "Sparrows nest under the eaves of the old house.", "पुराने घर के छज्जे के नीचे चिड़िया घोंसला बनाती है।"),
    C(S, "The bowler held the ball with a firm grip.", "गेंदबाज़ ने गेंद को मज़बूत पकड़ से थामा।"),
    C(S, "The launch of the new rocket was postponed.", "नए रॉकेट का प्रक्षेपण टाल दिया गया।"),
    C(S, "The start of the rally was delayed by rain.", "बारिश के कारण रैली की शुरुआत देर से हुई।"),
    C(S, "The climbers reached the summit of the peak at noon.", "पर्वतारोही दोपहर में चोटी पर पहुंचे।"),
    C(S, "The leaders met at the summit in New Delhi.", "नेता नई दिल्ली में शिखर सम्मेलन में मिले।"),
    C(S, "The army was forced to retreat from the pass.", "सेना को दर्रे से पीछे हटना पड़ा।"),
    C(S, "The brothers fought over their father's estate.", "भाई अपने पिता की जायदाद को लेकर लड़ पड़े।"),
    C(S, "The main gate of the fort opens at nine.", "क़िले का मुख्य द्वार नौ बजे खुलता है।"),
    C(S, "Police took the suspect into custody.", "पुलिस ने संदिग्ध को हिरासत में ले लिया।"),
    C(S, "Here is a brief summary of the judgment.", "यह रहा फ़ैसले का संक्षिप्त सार।"),
    C(S, "The carpenter fixed a new frame on the door.", "बढ़ई ने दरवाज़े पर नई चौखट लगाई।"),
    C(S, "The sitar is an Indian instrument.", "सितार एक भारतीय वाद्य यंत्र है।"),
    C(S, "Yoga keeps the body and mind healthy.", "योग शरीर और मन को स्वस्थ रखता है।"),
    C(S, "No one can predict the future of the mill.", "मिल के भविष्य के बारे में कोई भविष्यवाणी नहीं कर सकता।"),
    C(S, "The tightrope walker kept her balance.", "रस्सी पर चलने वाली कलाकार ने अपना संतुलन बनाए रखा।"),
    C(S, "The police recorded the witness's statement.", "पुलिस ने गवाह का बयान दर्ज किया।"),
    C(S, "They went on a hike in the Western Ghats.", "वे पश्चिमी घाट में लंबी पैदल यात्रा पर गए।"),
    C(S, "The carpenter hammered a nail into the plank.", "बढ़ई ने तख़्ते में एक कील ठोकी।"),
    C(S, "The diver took a deep plunge into the lake.", "गोताख़ोर ने झील में गहरा गोता लगाया।"),
    C(S, "Friends came to comfort the grieving family.", "दोस्त शोक में डूबे परिवार को ढाढ़स बंधाने आए।"),
    C(S, "Pilgrims took a dip in the Godavari.", "तीर्थयात्रियों ने गोदावरी में डुबकी लगाई।"),
    C(S, "The emergency exit is at the back of the hall.", "आपातकालीन निकास हॉल के पीछे है।"),
    C(S, "You need permission to film inside the museum.", "संग्रहालय के अंदर फ़िल्म बनाने के लिए अनुमति चाहिए।"),
    C(S, "The palace hosted a grand wedding.", "महल में एक भव्य शादी हुई।"),
    C(S, "A stone pillar stands at the centre of the square.", "चौक के बीच में एक पत्थर का खंभा खड़ा है।"),
    C(S, "Write the number of your seat on the form.", "फ़ॉर्म पर अपनी सीट की संख्या लिखें।"),
    C(S, "A single punch knocked the robber down.", "एक ही मुक्के ने लुटेरे को गिरा दिया।"),
    C(S, "The Constitution came into force in 1950.", "संविधान 1950 में लागू हुआ।"),
    C(S, "She served dal and rice on a brass plate.", "उसने पीतल की थाली में दाल-चावल परोसे।"),
    C(S, "The school is in a remote village in the hills.", "स्कूल पहाड़ों के एक दूरस्थ गांव में है।"),
    C(S, "The guests had tea and biscuits on the terrace.", "मेहमानों ने छत पर चाय और बिस्कुट लिए।"),
    C(S, "The farmer bought fodder for his cows.", "किसान ने अपनी गायों के लिए चारा ख़रीदा।"),
    C(S, "Water dripped from the leaking roof all night.", "टपकती छत से रात भर पानी टपकता रहा।"),
    C(S, "The cook added black pepper to the soup.", "रसोइए ने सूप में काली मिर्च डाली।"),
    C(S, "The old king was whipped by rebels in the play.", "नाटक में बाग़ियों ने बूढ़े राजा को कोड़े मारे।"),
    C(S, "He fell and hurt his hip.", "वह गिर पड़ा और उसके कूल्हे में चोट लग गई।"),
    C(S, "The fair starts on the first of August.", "मेला एक अगस्त से शुरू होता है।"),
    C(S, "The mayor tried to console the flood victims.", "महापौर ने बाढ़ पीड़ितों को सांत्वना देने की कोशिश की।"),
    C(S, "The batter hit the first ball for six.", "बल्लेबाज़ ने पहली गेंद पर छक्का जड़ा।"),
    C(S, "The secretary gave a brief speech.", "सचिव ने एक संक्षिप्त भाषण दिया।"),
    C(S, "The seed company opened a new outlet in Latur.", "बीज कंपनी ने लातूर में एक नया आउटलेट खोला।"),
    C(S, "The nurse checked the drip every hour.", "नर्स ने हर घंटे ड्रिप की जांच की।"),
    C(S, "The top seed won the title in straight sets.", "शीर्ष वरीयता प्राप्त खिलाड़ी ने सीधे सेटों में ख़िताब जीता।"),
    C(S, "She plays the guitar in a college band.", "वह कॉलेज के एक बैंड में गिटार बजाती है।"),
    C(S, "The shuttle flew back and forth on the handloom.", "हथकरघे पर ढरकी इधर-उधर चलती रही।"),
    C(
        S,
        "The night watchman of the market blew his whistle at midnight.",
        "बाज़ार के रात के चौकीदार ने आधी रात को सीटी बजाई।",
    ),
    C(S, "An eagle built its nest on the cliff.", "चट्टान पर एक गरुड़ ने घोंसला बनाया।"),
    C(S, "The tonga driver cracked his whip.", "तांगेवाले ने अपना चाबुक फटकारा।"),
    C(S, "The bully threw a punch at the new boy.", "दबंग लड़के ने नए लड़के को घूंसा मारा।"),
    C(S, "The cashier counted the balance in the drawer.", "ख़ज़ांची ने दराज़ में बची रक़म गिनी।"),
    C(
        S,
        "The ministry raised the dearness allowance by four per cent.",
        "मंत्रालय ने महंगाई भत्ता चार प्रतिशत बढ़ाया।",
    ),
    C(S, "A body of water lies behind the dam.", "बांध के पीछे पानी का एक बड़ा भंडार है।"),
    C(S, "He suffers from a stomach complaint.", "उसे पेट की शिकायत रहती है।"),
]

OMISSIONS = [
    _o(
        "The library will stay open until midnight during exam weeks.",
        "पुस्तकालय आधी रात तक खुला रहेगा।",
        "during exam weeks",
        "परीक्षा के हफ़्तों के दौरान पुस्तकालय आधी रात तक खुला रहेगा।",
    ),
    _o(
        "The airline will refund tickets only if the flight is delayed by more than six hours.",
        "एयरलाइन टिकटों का पैसा लौटाएगी।",
        "only if the flight is delayed by more than six hours",
        "उड़ान छह घंटे से ज़्यादा लेट होने पर ही एयरलाइन टिकटों का पैसा लौटाएगी।",
    ),
    _o(
        "Three of the seven injured workers are in a critical condition.",
        "सात घायल मज़दूरों की हालत गंभीर है।",
        "three of",
        "सात घायल मज़दूरों में से तीन की हालत गंभीर है।",
    ),
    _o(
        "Heavy vehicles may not use the bridge between 8 am and 8 pm.",
        "भारी वाहन पुल का इस्तेमाल नहीं कर सकते।",
        "between 8 am and 8 pm",
        "सुबह आठ से रात आठ बजे के बीच भारी वाहन पुल का इस्तेमाल नहीं कर सकते।",
    ),
    _o(
        "The scheme gives free bicycles to girls in Class 9 whose families earn less than two lakh a year.",
        "योजना के तहत लड़कियों को मुफ़्त साइकिलें दी जाती हैं।",
        "in Class 9 ... whose families earn less than two lakh a year",
        "योजना के तहत नौवीं कक्षा की उन लड़कियों को मुफ़्त साइकिलें दी जाती हैं जिनके परिवार की सालाना आय दो लाख से कम है।",
    ),
    _o(
        "The minister said the price of onions would fall by next month, but gave no figures.",
        "मंत्री ने कहा कि अगले महीने तक प्याज़ के दाम घटेंगे।",
        "but gave no figures",
        "मंत्री ने कहा कि अगले महीने तक प्याज़ के दाम घटेंगे, लेकिन कोई आंकड़ा नहीं दिया।",
    ),
    _o(
        "Nearly 40 per cent of the wells in the district have run dry, officials said.",
        "अधिकारियों ने कहा कि ज़िले के कुएं सूख गए हैं।",
        "nearly 40 per cent of",
        "अधिकारियों ने कहा कि ज़िले के लगभग 40 प्रतिशत कुएं सूख गए हैं।",
    ),
    _o(
        "The festival, held every four years, will not take place in the town this time because of the drought.",
        "यह उत्सव इस बार शहर में नहीं होगा।",
        "held every four years ... because of the drought",
        "हर चार साल में होने वाला यह उत्सव सूखे के कारण इस बार शहर में नहीं होगा।",
    ),
    _o(
        "Pilgrims over 70 must carry a medical certificate to join the yatra.",
        "यात्रा में शामिल होने के लिए तीर्थयात्रियों को मेडिकल प्रमाणपत्र साथ रखना होगा।",
        "over 70",
        "यात्रा में शामिल होने के लिए 70 साल से ज़्यादा उम्र के तीर्थयात्रियों को मेडिकल प्रमाणपत्र साथ रखना होगा।",
    ),
    _o(
        "The company denied the report, adding that no jobs would be cut before March.",
        "कंपनी ने रिपोर्ट का खंडन किया।",
        "adding that no jobs would be cut before March",
        "कंपनी ने रिपोर्ट का खंडन किया और कहा कि मार्च से पहले कोई नौकरी नहीं जाएगी।",
    ),
]
