"""Held-out round-21 items (half of helper blindB): ambiguous English words translated in the wrong
sense, and omissions, with their correct translations and clean look-alikes (hand-written).
F/C as in scripts/heldout_set.py.

SENSES: 35 flawed rows (needs_source), one span each, each with its fix: everyday objects (mint,
match, nail, trunk, sole, volume, object, iron, stall, produce), manners and feelings (fine,
jam, mean, mad, kind, even, miss, kidding, mine), school and work (sentence, period, sign, runs,
covers, booked, draws), places and travel (capital, right, nursery), sport and farm (fast, bowed,
reared, shoot, plain), the phone (ring). None is an issue example
(chaired/minutes/strike/tender/charge/poll).
SENSE_LOOKALIKES: 61 clean rows: the Hindi word of each wrong sense in its own sense (टकसाल, मैच,
नाख़ून, सूंड, एकमात्र, खंड, आपत्ति, लोहा, रुकावट, उत्पादन, जुर्माना, जाम, औसत, पागल, प्रकार, बराबर,
चूकना, बच्चा, खान, सज़ा, अवधि, संकेत, दौड़ना, ढकना, किताब, चित्र, पूंजी, सही, पौधशाला, उपवास, धनुष,
पीछे, निशानेबाज़ी, मैदान, अंगूठी) and the English word in the sense the flawed rows miss, translated right.
OMISSIONS: 10 flawed rows (span: the whole MT line), each with its fix: a restriction on who, a
time restriction, a number, a condition, an exception, an age and day restriction, a contrasting
clause, a number with "alone", a reason clause and a negation-bearing qualifier."""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"
OM = "omission"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


def _o(src: str, mt: str, eng: str, fix: str) -> F:
    return F(OM, src, mt, [("", eng)], fix)


SENSES = [
    _s(
        "Add a few mint leaves to the raita.",
        "रायते में टकसाल की कुछ पत्तियां डालें।",
        "टकसाल",
        "mint (herb)",
        "रायते में पुदीने की कुछ पत्तियां डालें।",
    ),
    _s(
        "He struck a match to light the lamp.",
        "उसने दीया जलाने के लिए एक मैच मारा।",
        "मैच",
        "match (matchstick)",
        "उसने दीया जलाने के लिए माचिस की तीली जलाई।",
    ),
    _s(
        "Hammer the nail into the wall to hang the calendar.",
        "कैलेंडर टांगने के लिए दीवार में नाख़ून ठोको।",
        "नाख़ून",
        "nail (metal spike)",
        "कैलेंडर टांगने के लिए दीवार में कील ठोको।",
    ),
    _s(
        "The luggage is in the trunk of the taxi.",
        "सामान टैक्सी की सूंड में है।",
        "सूंड",
        "trunk (of a car)",
        "सामान टैक्सी की डिक्की में है।",
    ),
    _s(
        "The sole of my left shoe has come off.",
        "मेरे बाएं जूते का एकमात्र निकल गया है।",
        "एकमात्र",
        "sole (of a shoe)",
        "मेरे बाएं जूते का तला निकल गया है।",
    ),
    _s(
        "Please turn down the volume of the television.",
        "कृपया टेलीविज़न का खंड कम कर दीजिए।",
        "खंड",
        "volume (loudness)",
        "कृपया टेलीविज़न की आवाज़ कम कर दीजिए।",
    ),
    _s(
        "Villagers saw a strange glowing object in the sky.",
        "ग्रामीणों ने आसमान में एक अजीब चमकती आपत्ति देखी।",
        "आपत्ति",
        "object (thing)",
        "ग्रामीणों ने आसमान में एक अजीब चमकती चीज़ देखी।",
    ),
    _s(
        "Please iron my white shirt before the ceremony.",
        "समारोह से पहले कृपया मेरी सफ़ेद कमीज़ को लोहा कर दीजिए।",
        "लोहा कर दीजिए",
        "iron (press clothes)",
        "समारोह से पहले कृपया मेरी सफ़ेद कमीज़ पर इस्त्री कर दीजिए।",
    ),
    _s(
        "Her father runs a tea stall near the bus stand.",
        "उसके पिता बस अड्डे के पास एक चाय रुकावट चलाते हैं।",
        "रुकावट",
        "stall (booth)",
        "उसके पिता बस अड्डे के पास चाय की एक दुकान चलाते हैं।",
    ),
    _s(
        "The market sells fresh produce from nearby farms.",
        "बाज़ार आसपास के खेतों का ताज़ा उत्पादन करें बेचता है।",
        "उत्पादन करें",
        "produce (farm goods)",
        "बाज़ार आसपास के खेतों की ताज़ी उपज बेचता है।",
    ),
    _s(
        "The doctor asked how I was, and I said I was fine.",
        "डॉक्टर ने पूछा कि मैं कैसा हूं, और मैंने कहा कि मैं जुर्माना हूं।",
        "जुर्माना",
        "fine (well)",
        "डॉक्टर ने पूछा कि मैं कैसा हूं, और मैंने कहा कि मैं ठीक हूं।",
    ),
    _s(
        "Spread some mango jam on the toast.",
        "टोस्ट पर थोड़ा आम का जाम लगाओ।",
        "जाम",
        "jam (fruit preserve)",
        "टोस्ट पर थोड़ा आम का जैम लगाओ।",
    ),
    _s(
        "Do not be mean to your little sister.",
        "अपनी छोटी बहन के साथ औसत मत बनो।",
        "औसत",
        "mean (unkind)",
        "अपनी छोटी बहन के साथ बुरा बर्ताव मत करो।",
    ),
    _s(
        "Mother was mad at me for coming home late.",
        "देर से घर आने पर मां मुझ पर पागल थीं।",
        "पागल",
        "mad (angry)",
        "देर से घर आने पर मां मुझ पर नाराज़ थीं।",
    ),
    _s(
        "The nurse on the night shift was very kind to us.",
        "रात की पाली वाली नर्स हमारे प्रति बहुत प्रकार की थी।",
        "प्रकार",
        "kind (generous)",
        "रात की पाली वाली नर्स हमारे प्रति बहुत दयालु थी।",
    ),
    _s(
        "Even the strict headmaster laughed at the joke.",
        "बराबर सख़्त हेडमास्टर भी चुटकुले पर हंस पड़े।",
        "बराबर",
        "even (emphatic)",
        "सख़्त हेडमास्टर तक चुटकुले पर हंस पड़े।",
    ),
    _s(
        "In the hostel, I miss my mother's cooking.",
        "छात्रावास में मैं अपनी मां के खाने को चूकता हूं।",
        "चूकता हूं",
        "miss (long for)",
        "छात्रावास में मुझे अपनी मां के हाथ के खाने की याद आती है।",
    ),
    _s(
        "Relax, I was only kidding about the exam date.",
        "आराम करो, मैं परीक्षा की तारीख़ के बारे में सिर्फ़ बच्चा कर रहा था।",
        "बच्चा कर रहा था",
        "kidding (joking)",
        "आराम करो, मैं परीक्षा की तारीख़ के बारे में सिर्फ़ मज़ाक कर रहा था।",
    ),
    _s(
        "This blue umbrella is mine, not yours.",
        "यह नीला छाता खान है, तुम्हारा नहीं।",
        "खान",
        "mine (belonging to me)",
        "यह नीला छाता मेरा है, तुम्हारा नहीं।",
    ),
    _s(
        "Write each sentence twice in your notebook.",
        "हर सज़ा को अपनी कॉपी में दो बार लिखो।",
        "सज़ा",
        "sentence (grammar)",
        "हर वाक्य को अपनी कॉपी में दो बार लिखो।",
    ),
    _s(
        "The maths period comes right after lunch.",
        "गणित की अवधि लंच के ठीक बाद आती है।",
        "अवधि",
        "period (school lesson)",
        "गणित का पीरियड लंच के ठीक बाद आता है।",
    ),
    _s(
        "Please sign here and write today's date.",
        "कृपया यहां संकेत करें और आज की तारीख़ लिखें।",
        "संकेत करें",
        "sign (put signature)",
        "कृपया यहां हस्ताक्षर करें और आज की तारीख़ लिखें।",
    ),
    _s(
        "Her aunt runs a small bakery in Shillong.",
        "उसकी बुआ शिलांग में एक छोटी बेकरी दौड़ाती हैं।",
        "दौड़ाती हैं",
        "runs (manages)",
        "उसकी बुआ शिलांग में एक छोटी बेकरी चलाती हैं।",
    ),
    _s(
        "She covers the high court for a Hindi daily.",
        "वह एक हिंदी दैनिक के लिए हाई कोर्ट को ढकती है।",
        "ढकती है",
        "covers (reports on)",
        "वह एक हिंदी दैनिक के लिए हाई कोर्ट की ख़बरें देती है।",
    ),
    _s(
        "We booked a table for eight at the dhaba.",
        "हमने ढाबे पर आठ लोगों के लिए एक मेज़ किताब की।",
        "किताब की",
        "booked (reserved)",
        "हमने ढाबे पर आठ लोगों के लिए एक मेज़ बुक करवाई।",
    ),
    _s(
        "The camel fair draws huge crowds every November.",
        "ऊंट मेला हर नवंबर भारी भीड़ का चित्र बनाता है।",
        "भीड़ का चित्र बनाता है",
        "draws (attracts)",
        "ऊंट मेला हर नवंबर भारी भीड़ खींचता है।",
    ),
    _s(
        "Bhopal is the capital of Madhya Pradesh.",
        "भोपाल मध्य प्रदेश की पूंजी है।",
        "पूंजी",
        "capital (city)",
        "भोपाल मध्य प्रदेश की राजधानी है।",
    ),
    _s(
        "Turn right at the post office and walk straight on.",
        "डाकघर पर सही मुड़िए और सीधे चलते रहिए।",
        "सही",
        "right (direction)",
        "डाकघर पर दाएं मुड़िए और सीधे चलते रहिए।",
    ),
    _s(
        "Our daughter started nursery this June.",
        "हमारी बेटी ने इस जून पौधशाला जाना शुरू किया।",
        "पौधशाला",
        "nursery (preschool)",
        "हमारी बेटी ने इस जून नर्सरी स्कूल जाना शुरू किया।",
    ),
    _s(
        "The team picked a second fast bowler for the final.",
        "टीम ने फ़ाइनल के लिए दूसरा उपवास गेंदबाज़ चुना।",
        "उपवास",
        "fast (quick)",
        "टीम ने फ़ाइनल के लिए दूसरा तेज़ गेंदबाज़ चुना।",
    ),
    _s(
        "The actors bowed to the audience at the end of the play.",
        "नाटक के अंत में अभिनेताओं ने दर्शकों को धनुष किया।",
        "धनुष किया",
        "bowed (bent forward)",
        "नाटक के अंत में अभिनेताओं ने झुककर दर्शकों का अभिवादन किया।",
    ),
    _s(
        "The widow reared goats to pay for her son's schooling.",
        "विधवा ने अपने बेटे की पढ़ाई का ख़र्च उठाने के लिए बकरियों को पीछे किया।",
        "बकरियों को पीछे किया",
        "reared (raised)",
        "विधवा ने अपने बेटे की पढ़ाई का ख़र्च उठाने के लिए बकरियां पालीं।",
    ),
    _s(
        "The shoot for the web series begins in Manali next week.",
        "वेब सीरीज़ की निशानेबाज़ी अगले हफ़्ते मनाली में शुरू होगी।",
        "निशानेबाज़ी",
        "shoot (filming)",
        "वेब सीरीज़ की शूटिंग अगले हफ़्ते मनाली में शुरू होगी।",
    ),
    _s(
        "The patient was told to eat only plain rice and curd.",
        "मरीज़ से सिर्फ़ मैदानी चावल और दही खाने को कहा गया।",
        "मैदानी",
        "plain (simple)",
        "मरीज़ से सिर्फ़ सादे चावल और दही खाने को कहा गया।",
    ),
    _s(
        "Give me a ring when your train leaves Itarsi.",
        "जब तुम्हारी ट्रेन इटारसी से चले तो मुझे एक अंगूठी देना।",
        "एक अंगूठी देना",
        "ring (phone call)",
        "जब तुम्हारी ट्रेन इटारसी से चले तो मुझे फ़ोन करना।",
    ),
]

SENSE_LOOKALIKES = [
    # the Hindi word of the wrong sense, used in its own sense, translated right
    C(
        S,
        "The old coins on display were struck at the mint in Kolkata.",
        "प्रदर्शनी के पुराने सिक्के कोलकाता की टकसाल में ढाले गए थे।",
    ),
    C(
        S,
        "The football match was stopped because of lightning.",
        "बिजली कड़कने की वजह से फ़ुटबॉल मैच रोक दिया गया।",
    ),
    C(S, "The barber trimmed the boy's nails too.", "नाई ने लड़के के नाख़ून भी काट दिए।"),
    C(S, "The baby elephant sprayed water with its trunk.", "हाथी के बच्चे ने अपनी सूंड से पानी उछाला।"),
    C(S, "She is the sole earning member of the family.", "वह परिवार की एकमात्र कमाने वाली सदस्य है।"),
    C(S, "The third volume of the dictionary is out of print.", "शब्दकोश का तीसरा खंड अब छपता नहीं है।"),
    C(S, "Nobody raised any objection to the new timetable.", "नई समय-सारिणी पर किसी ने कोई आपत्ति नहीं की।"),
    C(S, "The old bridge was built of iron and stone.", "पुराना पुल लोहे और पत्थर से बना था।"),
    C(S, "A fallen tree became an obstruction for the ambulance.", "गिरा हुआ पेड़ एम्बुलेंस के लिए रुकावट बन गया।"),
    C(S, "Sugar production fell this year.", "इस साल चीनी का उत्पादन घट गया।"),
    C(S, "The driver paid a fine for jumping the signal.", "सिग्नल तोड़ने पर ड्राइवर ने जुर्माना भरा।"),
    C(S, "The highway was blocked by a long traffic jam.", "हाईवे पर लंबा जाम लगा रहा।"),
    C(S, "The mean temperature in January was nine degrees.", "जनवरी में औसत तापमान नौ डिग्री रहा।"),
    C(S, "A mad dog bit two children in the lane.", "गली में एक पागल कुत्ते ने दो बच्चों को काट लिया।"),
    C(S, "What kind of rice do you cook at home?", "आप घर पर किस प्रकार का चावल पकाते हैं?"),
    C(S, "The scores were even at half-time.", "हाफ़-टाइम पर स्कोर बराबर था।"),
    C(S, "The batter missed the ball and was bowled.", "बल्लेबाज़ गेंद से चूक गया और बोल्ड हो गया।"),
    C(S, "The kids are playing in the park.", "बच्चे पार्क में खेल रहे हैं।"),
    C(S, "Three miners were trapped in the coal mine.", "कोयले की खान में तीन खनिक फंस गए।"),
    C(S, "The court gave the smuggler a sentence of five years.", "अदालत ने तस्कर को पांच साल की सज़ा सुनाई।"),
    C(S, "The loan must be repaid within a period of five years.", "क़र्ज़ पांच साल की अवधि में चुकाना होगा।"),
    C(S, "The signs on the highway are in three languages.", "हाईवे पर लगे संकेत तीन भाषाओं में हैं।"),
    C(S, "The boys ran to the station.", "लड़के दौड़कर स्टेशन पहुंचे।"),
    C(S, "Cover the milk so that flies do not get in.", "दूध ढककर रखो ताकि उसमें मक्खियां न पड़ें।"),
    C(S, "She borrowed a book on birds from the library.", "उसने पुस्तकालय से पक्षियों पर एक किताब ली।"),
    C(S, "The girl draws birds in her notebook.", "लड़की अपनी कॉपी में पक्षियों के चित्र बनाती है।"),
    C(S, "The start-up raised fresh capital from investors.", "स्टार्ट-अप ने निवेशकों से नई पूंजी जुटाई।"),
    C(S, "Your answer is right.", "तुम्हारा जवाब सही है।"),
    C(
        S,
        "The forest department runs a nursery for neem saplings.",
        "वन विभाग नीम के पौधों की एक पौधशाला चलाता है।",
    ),
    C(S, "My grandmother keeps a fast on Tuesdays.", "मेरी दादी मंगलवार को उपवास रखती हैं।"),
    C(S, "The archer drew his bow slowly.", "तीरंदाज़ ने धीरे से अपना धनुष ताना।"),
    C(S, "The children sat at the rear of the bus.", "बच्चे बस में पीछे बैठे।"),
    C(S, "She won gold in shooting at the state games.", "उसने राज्य खेलों में निशानेबाज़ी में स्वर्ण पदक जीता।"),
    C(S, "The plains of Punjab are very fertile.", "पंजाब के मैदान बहुत उपजाऊ हैं।"),
    C(S, "She lost her gold ring at the wedding.", "शादी में उसकी सोने की अंगूठी खो गई।"),
    # the English word in the sense the flawed rows miss, translated right
    C(S, "Grandma grows mint in a pot on the balcony.", "दादी बालकनी में गमले में पुदीना उगाती हैं।"),
    C(S, "Keep the matches away from the children.", "माचिस बच्चों से दूर रखो।"),
    C(S, "The carpenter bought a packet of nails.", "बढ़ई ने कीलों का एक पैकेट ख़रीदा।"),
    C(S, "The spare tyre is kept in the trunk.", "अतिरिक्त टायर डिक्की में रखा जाता है।"),
    C(S, "The cobbler stitched a new sole on the sandal.", "मोची ने चप्पल पर नया तला सिल दिया।"),
    C(
        S,
        "Please lower the volume of the loudspeaker after ten.",
        "कृपया दस बजे के बाद लाउडस्पीकर की आवाज़ धीमी कर दें।",
    ),
    C(
        S,
        "The child swallowed a small object and was taken to hospital.",
        "बच्चे ने कोई छोटी चीज़ निगल ली और उसे अस्पताल ले जाया गया।",
    ),
    C(S, "He irons his uniform every night.", "वह हर रात अपनी वर्दी पर इस्त्री करता है।"),
    C(S, "The fruit stall opens at six.", "फलों की दुकान छह बजे खुलती है।"),
    C(S, "I am fine, thank you.", "मैं ठीक हूं, धन्यवाद।"),
    C(S, "Grandma makes jam from the guavas in her garden.", "दादी अपने बग़ीचे के अमरूदों से जैम बनाती हैं।"),
    C(S, "He is mad at his friend for lying.", "वह झूठ बोलने पर अपने दोस्त से नाराज़ है।"),
    C(S, "The old man was kind to the stray dogs.", "बूढ़ा आदमी आवारा कुत्तों के प्रति दयालु था।"),
    C(S, "I miss my old school friends.", "मुझे अपने पुराने स्कूल के दोस्तों की याद आती है।"),
    C(S, "Underline the longest sentence in the paragraph.", "अनुच्छेद के सबसे लंबे वाक्य को रेखांकित करो।"),
    C(S, "The winter term ends in December.", "सर्दियों का सत्र दिसंबर में ख़त्म होता है।"),
    C(S, "Both sides signed the agreement.", "दोनों पक्षों ने समझौते पर हस्ताक्षर किए।"),
    C(S, "The couple runs a guest house in Munnar.", "दंपती मुन्नार में एक गेस्ट हाउस चलाते हैं।"),
    C(S, "Turn left at the bank and then right at the school.", "बैंक पर बाएं मुड़िए और फिर स्कूल पर दाएं।"),
    C(S, "The shepherd rears sheep in the hills.", "गड़रिया पहाड़ों में भेड़ें पालता है।"),
    C(S, "The fast train does not stop at our station.", "तेज़ ट्रेन हमारे स्टेशन पर नहीं रुकती।"),
    C(S, "That red bicycle is mine.", "वह लाल साइकिल मेरी है।"),
    C(S, "The last period on Friday is for games.", "शुक्रवार को आख़िरी पीरियड खेल का होता है।"),
    C(S, "The toddlers at the nursery nap after lunch.", "नर्सरी स्कूल के नन्हे बच्चे दोपहर के खाने के बाद झपकी लेते हैं।"),
    C(S, "The shoot was called off because of the rain.", "बारिश की वजह से शूटिंग रद्द कर दी गई।"),
    C(S, "Hammer two nails into the door frame.", "दरवाज़े की चौखट में दो कीलें ठोको।"),
]

OMISSIONS = [
    _o(
        "Only residents with a parking permit may park here after 8 pm.",
        "यहां रात 8 बजे के बाद पार्किंग की जा सकती है।",
        "only residents with a parking permit",
        "रात 8 बजे के बाद यहां सिर्फ़ पार्किंग परमिट वाले निवासी ही गाड़ी खड़ी कर सकते हैं।",
    ),
    _o(
        "The reading room will stay open until midnight during exam week.",
        "वाचनालय आधी रात तक खुला रहेगा।",
        "during exam week",
        "परीक्षा वाले हफ़्ते में वाचनालय आधी रात तक खुला रहेगा।",
    ),
    _o(
        "Nearly 40 percent of the hostel rooms went unfilled.",
        "छात्रावास के कमरे खाली रह गए।",
        "nearly 40 percent of",
        "छात्रावास के लगभग 40 प्रतिशत कमरे खाली रह गए।",
    ),
    _o(
        "Unless it rains, the kite festival will be held on Saturday.",
        "पतंग उत्सव शनिवार को होगा।",
        "unless it rains",
        "बारिश न हुई तो पतंग उत्सव शनिवार को होगा।",
    ),
    _o(
        "All trains except the slow locals will stop at the new platform.",
        "सभी ट्रेनें नए प्लेटफ़ॉर्म पर रुकेंगी।",
        "except the slow locals",
        "धीमी लोकल ट्रेनों को छोड़कर सभी ट्रेनें नए प्लेटफ़ॉर्म पर रुकेंगी।",
    ),
    _o(
        "Children under twelve ride the ferry free on weekends.",
        "बच्चे फ़ेरी में मुफ़्त सफ़र करते हैं।",
        "under twelve ... on weekends",
        "सप्ताहांत पर बारह साल से कम उम्र के बच्चे फ़ेरी में मुफ़्त सफ़र करते हैं।",
    ),
    _o(
        "The engineer said the flyover would open in March, though the contractor doubts it.",
        "इंजीनियर ने कहा कि फ़्लाईओवर मार्च में खुल जाएगा।",
        "though the contractor doubts it",
        "इंजीनियर ने कहा कि फ़्लाईओवर मार्च में खुल जाएगा, हालांकि ठेकेदार को इस पर शक है।",
    ),
    _o(
        "The shop sold three hundred kites on Uttarayan alone.",
        "दुकान ने उत्तरायण पर पतंगें बेचीं।",
        "three hundred ... alone",
        "दुकान ने सिर्फ़ उत्तरायण के दिन ही तीन सौ पतंगें बेच दीं।",
    ),
    _o(
        "Because the old bridge was closed, the school buses took a longer route.",
        "स्कूल बसों ने लंबा रास्ता लिया।",
        "because the old bridge was closed",
        "पुराना पुल बंद होने की वजह से स्कूल बसें लंबे रास्ते से गईं।",
    ),
    _o(
        "Hardly any of the volunteers had received first-aid training.",
        "स्वयंसेवकों को प्राथमिक चिकित्सा का प्रशिक्षण मिला था।",
        "hardly any of",
        "मुश्किल से ही किसी स्वयंसेवक को प्राथमिक चिकित्सा का प्रशिक्षण मिला था।",
    ),
]
