"""Held-out round-17 items (half of helper blindB): ambiguous English words translated in the wrong
sense, and omissions, with their correct translations and clean look-alikes (hand-written).
F/C as in scripts/heldout_set.py."""

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
        "The torch needs two new cells.",
        "टॉर्च को दो नई कोशिकाओं की ज़रूरत है।",
        "कोशिकाओं",
        "cells (batteries)",
        "टॉर्च में दो नए सेल डालने होंगे।",
    ),
    _s(
        "A coconut palm fell on the hut during the storm.",
        "तूफ़ान के दौरान झोपड़ी पर एक नारियल हथेली गिर गई।",
        "हथेली",
        "palm (tree)",
        "तूफ़ान के दौरान झोपड़ी पर नारियल का एक पेड़ गिर गया।",
    ),
    _s(
        "The mechanic tightened the nut on the front wheel.",
        "मिस्त्री ने अगले पहिये पर मेवा कस दिया।",
        "मेवा",
        "nut (fastener)",
        "मिस्त्री ने अगले पहिये का नट कस दिया।",
    ),
    _s(
        "The kitchen tap has been dripping all night.",
        "रसोई की थपकी रात भर से टपक रही है।",
        "थपकी",
        "tap (faucet)",
        "रसोई का नल रात भर से टपक रहा है।",
    ),
    _s(
        "Prices of vegetables soared in the wake of the floods.",
        "बाढ़ के जागने में सब्ज़ियों के दाम आसमान छूने लगे।",
        "जागने",
        "wake (aftermath)",
        "बाढ़ के बाद सब्ज़ियों के दाम आसमान छूने लगे।",
    ),
    _s(
        "The new school is close to the bus depot.",
        "नया स्कूल बस डिपो से बंद होता है।",
        "बंद होता है",
        "close (near)",
        "नया स्कूल बस डिपो के पास है।",
    ),
    _s(
        "The final will be shown live on television.",
        "फ़ाइनल टेलीविज़न पर ज़िंदा दिखाया जाएगा।",
        "ज़िंदा",
        "live (as it happens)",
        "फ़ाइनल का टेलीविज़न पर सीधा प्रसारण होगा।",
    ),
    _s(
        "Clean drinking water is a right, not a favour.",
        "साफ़ पीने का पानी एक दायां है, कोई एहसान नहीं।",
        "दायां",
        "right (entitlement)",
        "साफ़ पीने का पानी एक अधिकार है, कोई एहसान नहीं।",
    ),
    _s(
        "The mutton curry was too rich for the children.",
        "मटन करी बच्चों के लिए बहुत अमीर थी।",
        "बहुत अमीर थी",
        "rich (heavy, fatty food)",
        "मटन करी बच्चों के लिए बहुत गरिष्ठ थी।",
    ),
    _s(
        "Bihar has been a dry state since 2016.",
        "बिहार 2016 से एक सूखा राज्य है।",
        "सूखा राज्य",
        "dry (no alcohol sold)",
        "बिहार में 2016 से शराबबंदी लागू है।",
    ),
    _s(
        "Meena is a bright student from Sitapur.",
        "मीना सीतापुर की एक चमकदार छात्रा है।",
        "चमकदार",
        "bright (clever)",
        "मीना सीतापुर की एक होनहार छात्रा है।",
    ),
    _s(
        "The hearing will begin at eleven sharp.",
        "सुनवाई ग्यारह बजे नुकीली शुरू होगी।",
        "नुकीली",
        "sharp (exactly, of a time)",
        "सुनवाई ठीक ग्यारह बजे शुरू होगी।",
    ),
    _s(
        "Most of the wheat is grown on the northern plain.",
        "अधिकांश गेहूं उत्तरी सादे पर उगाया जाता है।",
        "सादे",
        "plain (flat land)",
        "अधिकांश गेहूं उत्तरी मैदान में उगाया जाता है।",
    ),
    _s(
        "Cars with odd numbers may run on Monday.",
        "अजीब नंबरों वाली कारें सोमवार को चल सकती हैं।",
        "अजीब",
        "odd (not even)",
        "विषम नंबरों वाली कारें सोमवार को चल सकती हैं।",
    ),
    _s(
        "A sessions court cleared the driver of rash driving.",
        "एक सत्र अदालत ने चालक को लापरवाही से गाड़ी चलाने से साफ़ कर दिया।",
        "साफ़ कर दिया",
        "cleared (acquitted)",
        "एक सत्र अदालत ने चालक को लापरवाही से गाड़ी चलाने के आरोप से बरी कर दिया।",
    ),
    _s(
        "He took out a life insurance policy for his daughter.",
        "उसने अपनी बेटी के लिए एक जीवन बीमा नीति ली।",
        "नीति",
        "policy (insurance contract)",
        "उसने अपनी बेटी के लिए एक जीवन बीमा पॉलिसी ली।",
    ),
    _s(
        "The angler packed his fishing tackle.",
        "मछुआरे ने अपना मछली पकड़ने का निपटारा पैक किया।",
        "निपटारा",
        "tackle (equipment)",
        "मछुआरे ने मछली पकड़ने का अपना सामान बांध लिया।",
    ),
    _s(
        "The hosts served fruit punch at the party.",
        "मेज़बानों ने दावत में फलों का मुक्का परोसा।",
        "मुक्का",
        "punch (drink)",
        "मेज़बानों ने दावत में फलों का शरबत परोसा।",
    ),
    _s(
        "The constable on the beat spotted the stolen van.",
        "पिटाई पर तैनात सिपाही ने चोरी की वैन देखी।",
        "पिटाई",
        "beat (patrol round)",
        "गश्त पर तैनात सिपाही ने चोरी की वैन देखी।",
    ),
    _s(
        "Add freshly ground pepper before serving.",
        "परोसने से पहले ताज़ा ज़मीन काली मिर्च डालें।",
        "ज़मीन",
        "ground (milled)",
        "परोसने से पहले ताज़ी पिसी काली मिर्च डालें।",
    ),
    _s(
        "Mould had grown on the bread in the cupboard.",
        "अलमारी में रखी डबलरोटी पर सांचा उग आया था।",
        "सांचा",
        "mould (fungus)",
        "अलमारी में रखी डबलरोटी पर फफूंद लग गई थी।",
    ),
    _s(
        "The farmers spread lime on the acid soil.",
        "किसानों ने अम्लीय मिट्टी पर नींबू फैलाया।",
        "नींबू",
        "lime (calcium lime)",
        "किसानों ने अम्लीय मिट्टी पर चूना डाला।",
    ),
    _s(
        "He has repaid half of the principal.",
        "उसने आधे प्रधानाचार्य को चुका दिया है।",
        "प्रधानाचार्य",
        "principal (sum lent)",
        "उसने मूलधन का आधा हिस्सा चुका दिया है।",
    ),
    _s(
        "The stray dog had a litter of five under the stairs.",
        "आवारा कुतिया ने सीढ़ियों के नीचे पांच का कूड़ा दिया।",
        "कूड़ा",
        "litter (newborn animals)",
        "आवारा कुतिया ने सीढ़ियों के नीचे पांच पिल्ले दिए।",
    ),
    _s(
        "In London she took the Tube to work.",
        "लंदन में वह नली से काम पर जाती थी।",
        "नली",
        "the Tube (London Underground)",
        "लंदन में वह भूमिगत रेल से काम पर जाती थी।",
    ),
    _s(
        "The new boundary wall is eight feet high.",
        "नई चारदीवारी आठ पैरों जितनी ऊंची है।",
        "आठ पैरों जितनी",
        "feet (unit of length)",
        "नई चारदीवारी आठ फ़ुट ऊंची है।",
    ),
    _s(
        "The minute hand of the tower clock has stopped.",
        "घंटाघर की घड़ी का मिनट वाला हाथ रुक गया है।",
        "हाथ",
        "hand (of a clock)",
        "घंटाघर की घड़ी की मिनट वाली सुई रुक गई है।",
    ),
    _s(
        "The spine of the old ledger had split.",
        "पुराने बहीखाते की रीढ़ फट गई थी।",
        "रीढ़",
        "spine (of a book)",
        "पुराने बहीखाते की जिल्द फट गई थी।",
    ),
]

SENSE_LOOKALIKES = [
    # the ambiguous word used in its other sense, translated right
    C(S, "Blood cells carry oxygen.", "रक्त कोशिकाएं ऑक्सीजन ले जाती हैं।"),
    C(S, "The fortune teller read the lines on her palm.", "ज्योतिषी ने उसकी हथेली की रेखाएं पढ़ीं।"),
    C(S, "Almonds are his favourite nuts.", "बादाम उसका पसंदीदा मेवा है।"),
    C(S, "She gave the sleeping child a gentle tap.", "उसने सोते हुए बच्चे को हल्की थपकी दी।"),
    C(S, "The baby did not wake during the storm.", "तूफ़ान के दौरान बच्चा नहीं जागा।"),
    C(S, "Please close the gate behind you.", "कृपया अपने पीछे गेट बंद कर दीजिए।"),
    C(S, "The fish were still alive in the bucket.", "बाल्टी में मछलियां अब भी ज़िंदा थीं।"),
    C(S, "Turn right at the temple.", "मंदिर पर दाएं मुड़ें।"),
    C(S, "The rich trader built a school in his village.", "अमीर व्यापारी ने अपने गांव में एक स्कूल बनवाया।"),
    C(S, "The wells in the village have gone dry.", "गांव के कुएं सूख गए हैं।"),
    C(S, "The bright lights hurt her eyes.", "तेज़ रोशनी से उसकी आंखें चुंधिया गईं।"),
    C(S, "Keep the sharp knife away from the baby.", "तेज़ चाकू को बच्चे से दूर रखो।"),
    C(S, "She wore a plain white sari.", "उसने सादी सफ़ेद साड़ी पहनी थी।"),
    C(S, "Two and four are even numbers.", "दो और चार सम संख्याएं हैं।"),
    C(S, "He heard an odd noise from the attic.", "उसे अटारी से एक अजीब आवाज़ सुनाई दी।"),
    C(S, "The sweepers cleared the road after the fair.", "मेले के बाद सफ़ाईकर्मियों ने सड़क साफ़ कर दी।"),
    C(S, "The government announced a new housing policy.", "सरकार ने नई आवास नीति की घोषणा की।"),
    C(S, "The full-back made a clean tackle.", "फ़ुल-बैक ने गेंद साफ़ तरीक़े से छीनी।"),
    C(S, "The boxer landed a punch on his rival's chin.", "मुक्केबाज़ ने प्रतिद्वंद्वी की ठुड्डी पर मुक्का जड़ा।"),
    C(S, "The drummer kept a steady beat.", "ढोल वाले ने एक सधी हुई ताल बनाए रखी।"),
    C(S, "The ball hit the ground and bounced.", "गेंद ज़मीन पर गिरी और उछली।"),
    C(S, "The potter poured the clay into a mould.", "कुम्हार ने मिट्टी को सांचे में डाला।"),
    C(S, "She squeezed a lime into her water.", "उसने अपने पानी में एक नींबू निचोड़ा।"),
    C(S, "The principal of the college retired in May.", "कॉलेज के प्रधानाचार्य मई में सेवानिवृत्त हुए।"),
    C(S, "Do not throw litter on the beach.", "समुद्र तट पर कूड़ा न फेंकें।"),
    C(S, "The nurse put a tube into his nose.", "नर्स ने उसकी नाक में एक नली डाली।"),
    C(S, "My feet hurt after the long walk.", "लंबी सैर के बाद मेरे पैरों में दर्द है।"),
    C(S, "He raised his hand to ask a question.", "उसने सवाल पूछने के लिए अपना हाथ उठाया।"),
    C(S, "The fall injured his spine.", "गिरने से उसकी रीढ़ में चोट आई।"),
    C(S, "The clock's hour hand points to three.", "घड़ी की घंटे वाली सुई तीन पर है।"),
    C(
        S,
        "The museum shows a live broadcast of the launch.",
        "संग्रहालय में प्रक्षेपण का सीधा प्रसारण दिखाया जा रहा है।",
    ),
    C(S, "The lorry spilled lime on the highway.", "ट्रक से राजमार्ग पर चूना बिखर गया।"),
    # quantities written as words, negation with a word of absence, clock times, news lines
    C(
        S,
        "Fourteen hundred pilgrims reached Kedarnath on Sunday.",
        "रविवार को चौदह सौ तीर्थयात्री केदारनाथ पहुंचे।",
    ),
    C(S, "Nearly three-quarters of the seats were empty.", "लगभग तीन-चौथाई सीटें ख़ाली थीं।"),
    C(S, "The dam holds two and a half crore litres.", "बांध में ढाई करोड़ लीटर पानी आता है।"),
    C(S, "Not a single shop opened in the market.", "बाज़ार में एक भी दुकान नहीं खुली।"),
    C(S, "Not one passenger was hurt.", "एक भी यात्री घायल नहीं हुआ।"),
    C(S, "Not a single vote was cast in the hamlet.", "उस बस्ती में एक भी वोट नहीं पड़ा।"),
    C(S, "Two hundred and fifty families lost their homes.", "ढाई सौ परिवारों के घर उजड़ गए।"),
    C(S, "Forty-two students passed with distinction.", "बयालीस छात्र विशेष योग्यता के साथ उत्तीर्ण हुए।"),
    C(S, "The ferry sails at seven in the morning.", "नौका सुबह सात बजे रवाना होती है।"),
    C(S, "No bus ran on the hill road on Friday.", "शुक्रवार को पहाड़ी सड़क पर कोई बस नहीं चली।"),
    C(S, "The train leaves at a quarter past six.", "ट्रेन सवा छह बजे छूटती है।"),
    C(S, "Voting ends at half past five.", "मतदान साढ़े पांच बजे ख़त्म होगा।"),
    C(S, "The shops close at a quarter to ten.", "दुकानें पौने दस बजे बंद होती हैं।"),
    C(S, "The meeting will begin at eleven o'clock sharp.", "बैठक ठीक ग्यारह बजे शुरू होगी।"),
    C(S, "The mayor inaugurated a new library in Ward 7.", "महापौर ने वार्ड 7 में एक नए पुस्तकालय का उद्घाटन किया।"),
    C(S, "Heavy rain is expected in coastal Karnataka.", "तटीय कर्नाटक में भारी बारिश की संभावना है।"),
    C(S, "The rupee fell eight paise against the dollar.", "रुपया डॉलर के मुक़ाबले आठ पैसे गिरा।"),
    C(S, "The village got electricity for the first time.", "गांव में पहली बार बिजली पहुंची।"),
    C(S, "The zoo welcomed two tiger cubs.", "चिड़ियाघर में बाघ के दो शावकों का स्वागत हुआ।"),
    C(S, "Wheat procurement crossed last year's level.", "गेहूं की ख़रीद पिछले साल के स्तर को पार कर गई।"),
]

OMISSIONS = [
    _o(
        "The landslide blocked the highway for nine hours and damaged four houses.",
        "भूस्खलन से राजमार्ग नौ घंटे तक बंद रहा।",
        "and damaged four houses",
        "भूस्खलन से राजमार्ग नौ घंटे तक बंद रहा और चार घर क्षतिग्रस्त हो गए।",
    ),
    _o(
        "The museum will stay closed until April for repairs to its roof.",
        "संग्रहालय अप्रैल तक बंद रहेगा।",
        "for repairs to its roof",
        "छत की मरम्मत के लिए संग्रहालय अप्रैल तक बंद रहेगा।",
    ),
    _o(
        "The court granted the accused bail on a surety of fifty thousand rupees.",
        "अदालत ने आरोपी को ज़मानत दे दी।",
        "on a surety of fifty thousand rupees",
        "अदालत ने आरोपी को पचास हज़ार रुपये के मुचलके पर ज़मानत दे दी।",
    ),
    _o(
        "Only women over sixty will get the free bus pass.",
        "महिलाओं को मुफ़्त बस पास मिलेगा।",
        "Only ... over sixty",
        "केवल साठ साल से अधिक उम्र की महिलाओं को मुफ़्त बस पास मिलेगा।",
    ),
    _o(
        "The factory was shut after a gas leak that made 23 workers ill.",
        "गैस रिसाव के बाद कारख़ाना बंद कर दिया गया।",
        "that made 23 workers ill",
        "गैस रिसाव से 23 मज़दूरों के बीमार पड़ने के बाद कारख़ाना बंद कर दिया गया।",
    ),
    _o(
        "The minister, who had been ill for months, resigned on Thursday.",
        "मंत्री ने गुरुवार को इस्तीफ़ा दे दिया।",
        "who had been ill for months",
        "महीनों से बीमार चल रहे मंत्री ने गुरुवार को इस्तीफ़ा दे दिया।",
    ),
    _o(
        "The pass will not reopen before June because of avalanches.",
        "दर्रा जून से पहले नहीं खुलेगा।",
        "because of avalanches",
        "हिमस्खलन के कारण दर्रा जून से पहले नहीं खुलेगा।",
    ),
    _o(
        "The airline added six flights to Srinagar and cut fares by a tenth.",
        "एयरलाइन ने श्रीनगर के लिए छह उड़ानें जोड़ीं।",
        "and cut fares by a tenth",
        "एयरलाइन ने श्रीनगर के लिए छह उड़ानें जोड़ीं और किराये दस प्रतिशत घटा दिए।",
    ),
    _o(
        "The girl, the youngest of the finalists, won the spelling contest.",
        "लड़की ने वर्तनी प्रतियोगिता जीत ली।",
        "the youngest of the finalists",
        "फ़ाइनल में पहुंचे प्रतियोगियों में सबसे छोटी उस लड़की ने वर्तनी प्रतियोगिता जीत ली।",
    ),
    _o(
        "Exports of tea fell for a third straight month in October.",
        "अक्टूबर में चाय का निर्यात गिरा।",
        "for a third straight month",
        "अक्टूबर में लगातार तीसरे महीने चाय का निर्यात गिरा।",
    ),
]
