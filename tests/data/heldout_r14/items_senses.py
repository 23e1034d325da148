"""Held-out round-14 items: wrong senses and omissions (hand-written, see README.md), with clean
look-alikes (the right sense of the same words, numbers and times in words, negation, ordinary news
lines). F/C as in items_names.py."""

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
        "The taxi ride cost him forty bucks.",
        "टैक्सी की सवारी में उसके चालीस हिरन लग गए।",
        "चालीस हिरन",
        "bucks (dollars)",
        "टैक्सी की सवारी में उसके चालीस डॉलर लग गए।",
    ),
    _s(
        "The carpenter smoothed the door with a plane.",
        "बढ़ई ने दरवाज़े को एक विमान से चिकना किया।",
        "एक विमान से",
        "plane (carpenter's tool)",
        "बढ़ई ने दरवाज़े को रंदे से चिकना किया।",
    ),
    _s(
        "The village lies at the foot of the Aravallis.",
        "गांव अरावली की तलहटी में झूठ बोलता है।",
        "झूठ बोलता है",
        "lies (is located)",
        "गांव अरावली की तलहटी में बसा है।",
    ),
    _s(
        "The shepherd sold two kids at the weekly market.",
        "चरवाहे ने साप्ताहिक हाट में दो बच्चे बेच दिए।",
        "दो बच्चे",
        "kids (young goats)",
        "चरवाहे ने साप्ताहिक हाट में बकरी के दो बच्चे बेचे।",
    ),
    _s(
        "Taiwan makes most of the world's advanced chips.",
        "दुनिया के ज़्यादातर उन्नत आलू के चिप्स ताइवान बनाता है।",
        "आलू के चिप्स",
        "chips (semiconductors)",
        "दुनिया की ज़्यादातर उन्नत सेमीकंडक्टर चिप ताइवान बनाता है।",
    ),
    _s(
        "The new laptop has only two USB ports.",
        "नए लैपटॉप में सिर्फ़ दो यूएसबी बंदरगाह हैं।",
        "बंदरगाह",
        "ports (sockets)",
        "नए लैपटॉप में सिर्फ़ दो यूएसबी पोर्ट हैं।",
    ),
    _s(
        "Heavy rain hampered the search for the missing trekkers.",
        "भारी बारिश ने लापता ट्रेकरों की तलाश को टोकरी में डाल दिया।",
        "टोकरी में डाल दिया",
        "hampered (hindered)",
        "भारी बारिश से लापता ट्रेकरों की तलाश में बाधा आई।",
    ),
    _s(
        "The express is bound for Pune.",
        "एक्सप्रेस पुणे के लिए बंधी हुई है।",
        "बंधी हुई है",
        "bound (headed)",
        "एक्सप्रेस पुणे जा रही है।",
    ),
    _s(
        "The man was arrested for stalking a student.",
        "आदमी को एक छात्रा के डंठल के लिए गिरफ़्तार किया गया।",
        "डंठल",
        "stalking (following)",
        "आदमी को एक छात्रा का पीछा करने के आरोप में गिरफ़्तार किया गया।",
    ),
    _s(
        "She harboured no grudge against her rival.",
        "उसने अपनी प्रतिद्वंद्वी के ख़िलाफ़ कोई द्वेष बंदरगाह नहीं किया।",
        "बंदरगाह नहीं किया",
        "harboured (held)",
        "उसके मन में अपनी प्रतिद्वंद्वी के लिए कोई द्वेष नहीं था।",
    ),
    _s(
        "The paper was reviewed by her peers.",
        "शोधपत्र की समीक्षा उसके झांकने वालों ने की।",
        "झांकने वालों",
        "peers (colleagues)",
        "शोधपत्र की समीक्षा उसके साथी शोधकर्ताओं ने की।",
    ),
    _s(
        "The committee grilled the railway minister.",
        "समिति ने रेल मंत्री को सेंका।",
        "सेंका",
        "grilled (questioned)",
        "समिति ने रेल मंत्री से कड़े सवाल पूछे।",
    ),
    _s(
        "The guests drank a toast to the couple.",
        "मेहमानों ने जोड़े के लिए सिकी हुई डबलरोटी पी।",
        "सिकी हुई डबलरोटी",
        "toast (a drink in honour)",
        "मेहमानों ने जोड़े के सम्मान में जाम उठाया।",
    ),
    _s(
        "The mechanic lifted the hood of the car.",
        "मिस्त्री ने कार का कनटोप उठाया।",
        "कनटोप",
        "hood (of a car)",
        "मिस्त्री ने कार का बोनट उठाया।",
    ),
    _s(
        "Police had tapped the phones of the suspects.",
        "पुलिस ने संदिग्धों के फ़ोन थपथपाए थे।",
        "थपथपाए थे",
        "tapped (wiretapped)",
        "पुलिस ने संदिग्धों के फ़ोन टैप किए थे।",
    ),
    _s(
        "A swallow built its nest under the eaves.",
        "एक निगलने ने छज्जे के नीचे अपना घोंसला बनाया।",
        "एक निगलने",
        "swallow (bird)",
        "एक अबाबील ने छज्जे के नीचे अपना घोंसला बनाया।",
    ),
    _s(
        "The ships rounded the cape before dawn.",
        "जहाज़ों ने भोर से पहले लबादे का चक्कर लगाया।",
        "लबादे",
        "cape (headland)",
        "जहाज़ों ने भोर से पहले अंतरीप का चक्कर लगाया।",
    ),
    _s(
        "A man in a black bowler stood at the gate.",
        "गेट पर काले गेंदबाज़ में एक आदमी खड़ा था।",
        "काले गेंदबाज़",
        "bowler (hat)",
        "गेट पर काली गोल टोपी पहने एक आदमी खड़ा था।",
    ),
    _s(
        "The mechanic held the pipe in a vice.",
        "मिस्त्री ने पाइप को एक बुराई में पकड़ा।",
        "एक बुराई में",
        "vice (clamp)",
        "मिस्त्री ने पाइप को शिकंजे में कसा।",
    ),
    _s(
        "After dinner he asked the waiter for the check.",
        "रात के खाने के बाद उसने वेटर से जांच मांगी।",
        "जांच मांगी",
        "check (bill)",
        "रात के खाने के बाद उसने वेटर से बिल मांगा।",
    ),
    _s(
        "She planted tulip bulbs in the garden.",
        "उसने बगीचे में ट्यूलिप के बिजली के बल्ब लगाए।",
        "बिजली के बल्ब",
        "bulbs (of plants)",
        "उसने बगीचे में ट्यूलिप के कंद लगाए।",
    ),
    _s(
        "The students upstairs made a racket all night.",
        "ऊपर के छात्रों ने रात भर एक बल्ला बनाया।",
        "एक बल्ला बनाया",
        "racket (noise)",
        "ऊपर के छात्रों ने रात भर हंगामा किया।",
    ),
    _s(
        "The engine stalled on the flyover.",
        "फ़्लाईओवर पर इंजन ने दुकान लगाई।",
        "दुकान लगाई",
        "stalled (stopped)",
        "फ़्लाईओवर पर इंजन बंद पड़ गया।",
    ),
    _s(
        "The burglar sold the necklace to a fence.",
        "चोर ने हार एक बाड़ को बेच दिया।",
        "एक बाड़",
        "fence (receiver of stolen goods)",
        "चोर ने हार चोरी का माल ख़रीदने वाले को बेच दिया।",
    ),
    _s(
        "Two Poles and a Czech won medals in the luge.",
        "ल्यूज में दो खंभों और एक चेक ने पदक जीते।",
        "दो खंभों",
        "Poles (people of Poland)",
        "ल्यूज में दो पोलैंडवासियों और एक चेक खिलाड़ी ने पदक जीते।",
    ),
    _s(
        "Her grandmother's china was sold at the auction.",
        "उसकी दादी का चीन नीलामी में बिक गया।",
        "चीन",
        "china (porcelain)",
        "उसकी दादी के चीनी मिट्टी के बर्तन नीलामी में बिक गए।",
    ),
    _s(
        "The family roasted a turkey for Christmas.",
        "परिवार ने क्रिसमस के लिए एक तुर्की भूना।",
        "एक तुर्की",
        "turkey (bird)",
        "परिवार ने क्रिसमस के लिए एक टर्की पक्षी भूना।",
    ),
    _s(
        "The climbers reached the summit and pitched camp on a ledge.",
        "पर्वतारोही शिखर पर पहुंचे और एक बहीखाते पर डेरा डाला।",
        "एक बहीखाते",
        "ledge (rock shelf)",
        "पर्वतारोही शिखर पर पहुंचे और चट्टान के एक छज्जे पर डेरा डाला।",
    ),
]

SENSE_LOOKALIKES = [
    # the same Hindi words in their right sense
    C(S, "Forest guards counted forty deer in the park.", "वन रक्षकों ने उद्यान में चालीस हिरन गिने।"),
    C(S, "The plane landed in Srinagar after the fog lifted.", "कोहरा छंटने के बाद विमान श्रीनगर में उतरा।"),
    C(S, "He said he had never lied to the court.", "उसने कहा कि उसने अदालत से कभी झूठ नहीं बोला।"),
    C(S, "A rock fell on the highway near Rudraprayag.", "रुद्रप्रयाग के पास हाईवे पर एक चट्टान गिरी।"),
    C(S, "The children ate potato chips on the bus.", "बच्चों ने बस में आलू के चिप्स खाए।"),
    C(S, "The port of Kandla handled record cargo.", "कांडला बंदरगाह पर रिकॉर्ड माल की ढुलाई हुई।"),
    C(S, "The fruit seller filled the basket with mangoes.", "फल वाले ने टोकरी आमों से भर दी।"),
    C(S, "The prisoners were bound with ropes.", "क़ैदियों को रस्सियों से बांधा गया था।"),
    C(S, "The stalks of the maize plants were used as fodder.", "मक्के के डंठल चारे के काम आए।"),
    C(S, "The goat peered over the wall.", "बकरी ने दीवार के ऊपर से झांका।"),
    C(S, "She roasted peanuts on the fire.", "उसने आग पर मूंगफलियां सेंकीं।"),
    C(S, "He buttered a slice of toast for his son.", "उसने बेटे के लिए सिकी हुई डबलरोटी पर मक्खन लगाया।"),
    C(S, "The old woman wore a woollen cap.", "बुज़ुर्ग महिला ने ऊनी टोपी पहनी थी।"),
    C(S, "The child wore a woollen hood in the cold.", "ठंड में बच्चे ने ऊनी कनटोप पहना।"),
    C(
        S,
        "The shepherd's two children help him with the flock.",
        "चरवाहे के दो बच्चे रेवड़ संभालने में उसकी मदद करते हैं।",
    ),
    C(S, "She tapped him on the shoulder.", "उसने उसका कंधा थपथपाया।"),
    C(S, "The python swallowed a goat.", "अजगर ने एक बकरी निगल ली।"),
    C(S, "The king wore a red velvet cape.", "राजा ने लाल मख़मली लबादा पहना था।"),
    C(S, "The bowler took five wickets in Mohali.", "गेंदबाज़ ने मोहाली में पांच विकेट लिए।"),
    C(
        S,
        "The saint preached against the vices of greed and anger.",
        "संत ने लोभ और क्रोध जैसी बुराइयों के ख़िलाफ़ उपदेश दिया।",
    ),
    C(S, "The police ordered a check of every vehicle.", "पुलिस ने हर वाहन की जांच का आदेश दिया।"),
    C(S, "The electrician replaced the fused bulbs.", "बिजली मिस्त्री ने फ़्यूज़ हुए बल्ब बदले।"),
    C(S, "The batsman's bat broke in the first over.", "पहले ओवर में बल्लेबाज़ का बल्ला टूट गया।"),
    C(S, "The widow runs a tea stall near the bus stand.", "विधवा बस अड्डे के पास चाय की दुकान चलाती है।"),
    C(S, "The farmer mended the fence around his field.", "किसान ने अपने खेत के चारों ओर की बाड़ ठीक की।"),
    C(S, "Workers put up electricity poles along the road.", "मज़दूरों ने सड़क के किनारे बिजली के खंभे लगाए।"),
    C(S, "The Indian delegation reached China on Tuesday.", "भारतीय प्रतिनिधिमंडल मंगलवार को चीन पहुंचा।"),
    C(S, "Turkey and Syria were hit by a strong earthquake.", "तुर्की और सीरिया में एक तेज़ भूकंप आया।"),
    C(S, "The shopkeeper wrote the sale in his ledger.", "दुकानदार ने बिक्री अपने बहीखाते में लिखी।"),
    C(
        S,
        "The trader is seated in the back room with his accountant.",
        "व्यापारी अपने मुनीम के साथ पिछले कमरे में बैठा है।",
    ),
    # quantities and mixed numbers before lakh/crore, in figures and in words
    C(S, "The scheme will cost 2.5 lakh rupees per family.", "योजना पर प्रति परिवार ढाई लाख रुपये ख़र्च होंगे।"),
    C(S, "About 3.75 crore voters are on the new rolls.", "नई मतदाता सूची में क़रीब पौने चार करोड़ मतदाता हैं।"),
    C(
        S,
        "The temple trust received 1.25 crore rupees in donations.",
        "मंदिर ट्रस्ट को सवा करोड़ रुपये का दान मिला।",
    ),
    C(S, "The fine was 4.5 lakh rupees.", "जुर्माना साढ़े चार लाख रुपये था।"),
    C(S, "Some 1.5 lakh pilgrims took a dip on Sunday.", "रविवार को लगभग डेढ़ लाख श्रद्धालुओं ने डुबकी लगाई।"),
    C(S, "The contract is worth 6.2 crore rupees.", "ठेका 6.2 करोड़ रुपये का है।"),
    C(S, "The district has 3 lakh 40 thousand ration cards.", "ज़िले में 3 लाख 40 हज़ार राशन कार्ड हैं।"),
    C(S, "Eleven people were rescued from the boat.", "नाव से ग्यारह लोगों को बचाया गया।"),
    C(S, "Twenty-six villages have no road yet.", "छब्बीस गांवों में अभी तक सड़क नहीं है।"),
    # times
    C(S, "The train leaves at a quarter past seven.", "ट्रेन सवा सात बजे छूटती है।"),
    C(S, "The polling booth closes at half past five.", "मतदान केंद्र साढ़े पांच बजे बंद होता है।"),
    C(S, "The ferry sails at a quarter to eleven.", "नौका पौने ग्यारह बजे रवाना होती है।"),
    C(S, "The match starts at 7.30 pm.", "मैच शाम 7.30 बजे शुरू होगा।"),
    C(S, "The doctor will see patients from two to four.", "डॉक्टर दो से चार बजे तक मरीज़ देखेंगे।"),
    # negation said with एक भी ... नहीं
    C(S, "Not a single bus ran in the city on Monday.", "सोमवार को शहर में एक भी बस नहीं चली।"),
    C(S, "The team did not win a single match on the tour.", "टीम ने दौरे पर एक भी मैच नहीं जीता।"),
    C(S, "Not one passenger was hurt in the derailment.", "पटरी से उतरने की घटना में एक भी यात्री घायल नहीं हुआ।"),
    # ordinary news lines of mixed kinds
    C(
        S,
        "The Met department has forecast light rain in Bhopal.",
        "मौसम विभाग ने भोपाल में हल्की बारिश का अनुमान जताया है।",
    ),
    C(
        S,
        "The library will stay open till midnight during exams.",
        "परीक्षाओं के दौरान पुस्तकालय आधी रात तक खुला रहेगा।",
    ),
    C(S, "Onion prices rose by a third in a week.", "एक हफ़्ते में प्याज़ के दाम एक तिहाई बढ़ गए।"),
    C(S, "The wrestler won gold in the 57 kg category.", "पहलवान ने 57 किलो वर्ग में स्वर्ण पदक जीता।"),
    C(S, "Farmers in Vidarbha began sowing cotton.", "विदर्भ में किसानों ने कपास की बुवाई शुरू की।"),
    C(S, "The high court adjourned the hearing to next month.", "हाई कोर्ट ने सुनवाई अगले महीने तक टाल दी।"),
    C(S, "A leopard strayed into a school in Nashik.", "नासिक में एक तेंदुआ भटककर एक स्कूल में घुस गया।"),
    C(S, "The mayor inaugurated a new bus depot.", "महापौर ने एक नए बस डिपो का उद्घाटन किया।"),
    C(S, "The fishermen returned after the storm warning.", "तूफ़ान की चेतावनी के बाद मछुआरे लौट आए।"),
    C(S, "Tea gardens in Assam hired more pluckers.", "असम के चाय बाग़ानों ने और पत्ती तोड़ने वालों को काम पर रखा।"),
]

OMISSIONS = [
    _o(
        "The bridge will stay closed to heavy vehicles until Friday.",
        "पुल शुक्रवार तक बंद रहेगा।",
        "to heavy vehicles",
        "पुल शुक्रवार तक भारी वाहनों के लिए बंद रहेगा।",
    ),
    _o(
        "About 300 families in Bhagalpur were moved to relief camps.",
        "भागलपुर में परिवारों को राहत शिविरों में भेजा गया।",
        "about 300",
        "भागलपुर में क़रीब 300 परिवारों को राहत शिविरों में भेजा गया।",
    ),
    _o(
        "The minister said the scheme would end in March unless the states asked for more time.",
        "मंत्री ने कहा कि योजना मार्च में ख़त्म हो जाएगी।",
        "unless the states asked for more time",
        "मंत्री ने कहा कि योजना मार्च में ख़त्म हो जाएगी, जब तक राज्य और समय न मांगें।",
    ),
    _o(
        "Entry to the museum is free for students on weekdays.",
        "संग्रहालय में छात्रों के लिए प्रवेश निःशुल्क है।",
        "on weekdays",
        "संग्रहालय में छात्रों के लिए कामकाजी दिनों में प्रवेश निःशुल्क है।",
    ),
    _o(
        "Only farmers with less than two hectares will get the subsidy.",
        "किसानों को सब्सिडी मिलेगी।",
        "only ... with less than two hectares",
        "सिर्फ़ दो हेक्टेयर से कम ज़मीन वाले किसानों को सब्सिडी मिलेगी।",
    ),
    _o(
        "The flight landed safely in Kochi, though one tyre burst on landing.",
        "उड़ान कोच्चि में सुरक्षित उतरी।",
        "though one tyre burst on landing",
        "उड़ान कोच्चि में सुरक्षित उतरी, हालांकि उतरते समय एक टायर फट गया।",
    ),
    _o(
        "The court granted bail to four of the six accused.",
        "अदालत ने आरोपियों को ज़मानत दे दी।",
        "four of the six",
        "अदालत ने छह में से चार आरोपियों को ज़मानत दे दी।",
    ),
    _o(
        "Wheat procurement fell 12 per cent compared with last year.",
        "पिछले साल की तुलना में गेहूं की ख़रीद घटी।",
        "12 per cent",
        "पिछले साल की तुलना में गेहूं की ख़रीद 12 प्रतिशत घटी।",
    ),
    _o(
        "She won silver in the 400 metres, her first medal at an Asian Games.",
        "उसने 400 मीटर में रजत पदक जीता।",
        "her first medal at an Asian Games",
        "उसने 400 मीटर में रजत पदक जीता, जो एशियाई खेलों में उसका पहला पदक है।",
    ),
    _o(
        "Trains between Guwahati and Dibrugarh are cancelled on Thursday because of track work.",
        "गुवाहाटी और डिब्रूगढ़ के बीच ट्रेनें गुरुवार को रद्द हैं।",
        "because of track work",
        "पटरी पर काम के कारण गुवाहाटी और डिब्रूगढ़ के बीच ट्रेनें गुरुवार को रद्द हैं।",
    ),
]
