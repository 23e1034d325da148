"""Held-out round-13 items: wrong senses and omissions (hand-written, see README.md), with clean
look-alikes (the right sense of the same words, ordinary news lines). F/C as in items_names.py."""

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
        "She trains young wrestlers in Sonipat.",
        "वह सोनीपत में युवा पहलवानों को रेलगाड़ी देती है।",
        "रेलगाड़ी",
        "trains (coaches)",
        "वह सोनीपत में युवा पहलवानों को प्रशिक्षण देती है।",
    ),
    _s(
        "He wound the old clock every night.",
        "वह हर रात पुरानी घड़ी को घायल करता था।",
        "घायल करता था",
        "wound (wind up)",
        "वह हर रात पुरानी घड़ी में चाबी भरता था।",
    ),
    _s(
        "Residents objected to the new tower.",
        "निवासियों ने नए टावर को वस्तु बनाया।",
        "वस्तु बनाया",
        "objected",
        "निवासियों ने नए टावर पर आपत्ति जताई।",
    ),
    _s(
        "Refuse collection is delayed this week.",
        "इस हफ़्ते इनकार संग्रह में देरी है।",
        "इनकार",
        "refuse (rubbish)",
        "इस हफ़्ते कूड़ा उठाने में देरी है।",
    ),
    _s(
        "Two soldiers deserted their unit.",
        "दो सैनिकों ने अपनी टुकड़ी को रेगिस्तान किया।",
        "रेगिस्तान किया",
        "deserted",
        "दो सैनिक अपनी टुकड़ी छोड़कर भाग गए।",
    ),
    _s(
        "The councillor seconded the proposal.",
        "पार्षद ने प्रस्ताव को दूसरा किया।",
        "दूसरा किया",
        "seconded (supported)",
        "पार्षद ने प्रस्ताव का अनुमोदन किया।",
    ),
    _s(
        "She washed the plates in the sink.",
        "उसने प्लेटें डूबने में धोईं।",
        "डूबने में",
        "sink (basin)",
        "उसने प्लेटें सिंक में धोईं।",
    ),
    _s(
        "The children played in the yard.",
        "बच्चे गज़ में खेले।",
        "गज़ में",
        "yard (courtyard)",
        "बच्चे आंगन में खेले।",
    ),
    _s(
        "The password must have eight letters.",
        "पासवर्ड में आठ चिट्ठियां होनी चाहिए।",
        "आठ चिट्ठियां",
        "letters (of the alphabet)",
        "पासवर्ड में आठ अक्षर होने चाहिए।",
    ),
    _s(
        "The horse bolted at the sound of the drums.",
        "ढोल की आवाज़ पर घोड़े ने चिटकनी लगा दी।",
        "चिटकनी लगा दी",
        "bolted (ran off)",
        "ढोल की आवाज़ सुनकर घोड़ा भाग खड़ा हुआ।",
    ),
    _s(
        "He tripped on the temple steps.",
        "वह मंदिर की सीढ़ियों पर यात्रा कर गया।",
        "यात्रा कर गया",
        "tripped (stumbled)",
        "वह मंदिर की सीढ़ियों पर लड़खड़ा गया।",
    ),
    _s(
        "The new coins were struck at the Mint in Hyderabad.",
        "नए सिक्के हैदराबाद के पुदीने में ढाले गए।",
        "पुदीने में",
        "Mint (coin factory)",
        "नए सिक्के हैदराबाद की टकसाल में ढाले गए।",
    ),
    _s(
        "Fry the bay leaves in ghee first.",
        "पहले खाड़ी के पत्तों को घी में भूनें।",
        "खाड़ी के पत्तों",
        "bay (leaves)",
        "पहले तेजपत्तों को घी में भूनें।",
    ),
    _s(
        "Anaemia is often caused by iron deficiency.",
        "ख़ून की कमी अक्सर इस्त्री की कमी से होती है।",
        "इस्त्री की कमी",
        "iron (mineral)",
        "ख़ून की कमी अक्सर लौह तत्व की कमी से होती है।",
    ),
    _s(
        "Keep the rest of the money.",
        "पैसे का आराम रख लो।",
        "आराम",
        "rest (remainder)",
        "बाक़ी पैसे रख लो।",
    ),
    _s(
        "The sandals are made of buffalo hide.",
        "चप्पलें भैंस के छिपाव से बनी हैं।",
        "छिपाव",
        "hide (skin)",
        "चप्पलें भैंस की खाल से बनी हैं।",
    ),
    _s(
        "Doctors advised him to eat lean meat.",
        "डॉक्टरों ने उसे झुका हुआ मांस खाने की सलाह दी।",
        "झुका हुआ",
        "lean (without fat)",
        "डॉक्टरों ने उसे कम चर्बी वाला मांस खाने की सलाह दी।",
    ),
    _s(
        "The village well ran dry in May.",
        "मई में गांव अच्छी तरह सूख गया।",
        "अच्छी तरह",
        "well (for water)",
        "मई में गांव का कुआं सूख गया।",
    ),
    _s(
        "The fisherman sat at the stern of the boat.",
        "मछुआरा नाव के कठोर हिस्से पर बैठा।",
        "कठोर",
        "stern (rear of a boat)",
        "मछुआरा नाव के पिछले हिस्से पर बैठा।",
    ),
    _s(
        "The tiger lost sight of its quarry.",
        "बाघ की नज़र से उसकी खदान ओझल हो गई।",
        "खदान",
        "quarry (prey)",
        "बाघ की नज़र से उसका शिकार ओझल हो गया।",
    ),
    _s(
        "Children played inside the school compound.",
        "बच्चे स्कूल के यौगिक के अंदर खेले।",
        "यौगिक",
        "compound (enclosure)",
        "बच्चे स्कूल परिसर के अंदर खेले।",
    ),
    _s(
        "The conductor raised his baton and the orchestra began.",
        "परिचालक ने अपना डंडा उठाया और वाद्यवृंद शुरू हुआ।",
        "परिचालक",
        "conductor (of an orchestra)",
        "संचालक ने अपनी छड़ी उठाई और वाद्यवृंद ने बजाना शुरू किया।",
    ),
    _s(
        "She gave us a wave from the balcony.",
        "उसने बालकनी से हमें एक लहर दी।",
        "एक लहर",
        "a wave (of the hand)",
        "उसने बालकनी से हमारी ओर हाथ हिलाया।",
    ),
    _s(
        "The carpenter sharpened his saw.",
        "बढ़ई ने अपना देखा तेज़ किया।",
        "देखा",
        "saw (tool)",
        "बढ़ई ने अपनी आरी तेज़ की।",
    ),
    _s(
        "The index shed 600 points on Monday.",
        "सोमवार को सूचकांक ने 600 अंकों का छप्पर बनाया।",
        "छप्पर",
        "shed (lost)",
        "सोमवार को सूचकांक 600 अंक गिर गया।",
    ),
    _s(
        "The boy had a fit in class.",
        "लड़का कक्षा में फ़िट था।",
        "फ़िट था",
        "fit (seizure)",
        "कक्षा में लड़के को दौरा पड़ा।",
    ),
    _s(
        "Brush twice a day to keep your gums healthy.",
        "अपने गोंद को स्वस्थ रखने के लिए दिन में दो बार ब्रश करें।",
        "गोंद",
        "gums",
        "मसूड़ों को स्वस्थ रखने के लिए दिन में दो बार ब्रश करें।",
    ),
    _s(
        "She bought saplings from a nursery in Pune.",
        "उसने पुणे के एक शिशुगृह से पौधे ख़रीदे।",
        "शिशुगृह",
        "nursery (plants)",
        "उसने पुणे की एक पौधशाला से पौधे ख़रीदे।",
    ),
    _s(
        "Millet is a staple in Rajasthan.",
        "राजस्थान में बाजरा एक स्टेपल पिन है।",
        "स्टेपल पिन",
        "staple (basic food)",
        "राजस्थान में बाजरा मुख्य आहार है।",
    ),
    _s(
        "The rival bank poached two of our managers.",
        "प्रतिद्वंद्वी बैंक ने हमारे दो प्रबंधकों को उबाल लिया।",
        "उबाल लिया",
        "poached (lured away)",
        "प्रतिद्वंद्वी बैंक ने हमारे दो प्रबंधकों को अपने यहां खींच लिया।",
    ),
    _s(
        "The battery lasts ten hours.",
        "बैटरी आख़िरी दस घंटे है।",
        "आख़िरी",
        "lasts",
        "बैटरी दस घंटे चलती है।",
    ),
    _s(
        "Her speech moved the audience.",
        "उसके भाषण ने दर्शकों को खिसका दिया।",
        "खिसका दिया",
        "moved (emotionally)",
        "उसके भाषण ने दर्शकों को भावुक कर दिया।",
    ),
    _s(
        "Mother was cross with me for coming late.",
        "देर से आने के लिए मां मुझसे पार थीं।",
        "पार थीं",
        "cross (angry)",
        "देर से आने पर मां मुझसे नाराज़ थीं।",
    ),
    _s(
        "The accused in the case is a minor.",
        "मामले में आरोपी एक गौण है।",
        "एक गौण",
        "a minor (under-age)",
        "मामले में आरोपी नाबालिग है।",
    ),
]

SENSE_LOOKALIKES = [
    # the same words in their right sense
    C(S, "The train to Howrah was late.", "हावड़ा जाने वाली रेलगाड़ी लेट थी।"),
    C(S, "The soldier's wound healed slowly.", "सैनिक का घाव धीरे-धीरे भरा।"),
    C(S, "A strange object fell from the sky.", "आसमान से एक अजीब वस्तु गिरी।"),
    C(S, "The ferry sank near the coast.", "नौका तट के पास डूब गई।"),
    C(S, "The cloth was sold by the yard.", "कपड़ा गज़ के हिसाब से बिका।"),
    C(S, "The postman delivered three letters.", "डाकिये ने तीन चिट्ठियां पहुंचाईं।"),
    C(S, "Shut the door and slide the bolt.", "दरवाज़ा बंद करके चिटकनी लगा दो।"),
    C(S, "Their trip to Goa was cancelled.", "उनकी गोवा यात्रा रद्द हो गई।"),
    C(S, "Add fresh mint to the chutney.", "चटनी में ताज़ा पुदीना डालें।"),
    C(S, "The Bay of Bengal is rough today.", "आज बंगाल की खाड़ी में लहरें ऊंची हैं।"),
    C(S, "Her mother irons clothes for the neighbours.", "उसकी मां पड़ोसियों के कपड़ों पर इस्त्री करती है।"),
    C(S, "The doctor told the bowler to rest his shoulder.", "डॉक्टर ने गेंदबाज़ को कंधे को आराम देने की सलाह दी।"),
    C(S, "The children hid behind the curtain.", "बच्चे पर्दे के पीछे छिप गए।"),
    C(S, "The old wall leans to one side.", "पुरानी दीवार एक ओर झुकी हुई है।"),
    C(S, "She sings very well.", "वह बहुत अच्छा गाती है।"),
    C(S, "Stone was cut from the quarry near Kota.", "कोटा के पास की खदान से पत्थर काटा गया।"),
    C(S, "Salt is a compound of sodium and chlorine.", "नमक सोडियम और क्लोरीन का यौगिक है।"),
    C(S, "The bus conductor gave me a ticket.", "बस कंडक्टर ने मुझे टिकट दिया।"),
    C(S, "A huge wave hit the boat.", "एक बड़ी लहर नाव से टकराई।"),
    C(S, "I saw her at the market.", "मैंने उसे बाज़ार में देखा।"),
    C(S, "The goats rested under the shed.", "बकरियां छप्पर के नीचे आराम कर रही थीं।"),
    C(S, "The trousers fit him well.", "पतलून उस पर अच्छी तरह फ़िट आती है।"),
    C(S, "Stick the labels on with gum.", "लेबल गोंद से चिपकाओ।"),
    C(S, "Her son goes to a nursery school.", "उसका बेटा शिशु विद्यालय जाता है।"),
    C(S, "Buy a box of staples for the stapler.", "स्टेपलर के लिए स्टेपल पिन का एक डिब्बा ख़रीदो।"),
    C(S, "Poachers killed a rhino in Kaziranga.", "काज़ीरंगा में शिकारियों ने एक गैंडा मार डाला।"),
    C(S, "This is the last bus tonight.", "यह आज रात की आख़िरी बस है।"),
    C(S, "Help me move the cupboard.", "अलमारी खिसकाने में मेरी मदद करो।"),
    C(S, "We crossed the river by boat.", "हमने नाव से नदी पार की।"),
    C(S, "The knife is very sharp.", "चाकू बहुत तेज़ है।"),
    C(S, "The kitchen sink is blocked.", "रसोई का सिंक बंद है।"),
    C(S, "The headmaster had a stern face.", "प्रधानाध्यापक का चेहरा कठोर था।"),
    C(S, "The team began a second innings.", "टीम ने दूसरी पारी शुरू की।"),
    C(S, "Deserts cover much of western Rajasthan.", "पश्चिमी राजस्थान के बड़े हिस्से में रेगिस्तान है।"),
    C(S, "He refused to sign the form.", "उसने फ़ॉर्म पर हस्ताक्षर करने से इनकार कर दिया।"),
    # ordinary news lines of mixed kinds
    C(
        S,
        "The weather office forecast heavy rain for Kerala.",
        "मौसम विभाग ने केरल में भारी बारिश का अनुमान जताया।",
    ),
    C(S, "The state will hire ten thousand teachers.", "राज्य दस हज़ार शिक्षकों की भर्ती करेगा।"),
    C(S, "A leopard was spotted near a school in Nashik.", "नासिक में एक स्कूल के पास तेंदुआ देखा गया।"),
    C(S, "Extra buses will run during the Pushkar fair.", "पुष्कर मेले के दौरान अतिरिक्त बसें चलेंगी।"),
    C(S, "Farmers in Punjab began sowing wheat.", "पंजाब में किसानों ने गेहूं की बुआई शुरू की।"),
    C(
        S,
        "The district court will decide the land dispute next month.",
        "ज़िला अदालत अगले महीने ज़मीन विवाद पर फ़ैसला करेगी।",
    ),
    C(
        S,
        "The zoo in Mysuru reopened after the bird flu scare.",
        "बर्ड फ़्लू के डर के बाद मैसूरु का चिड़ियाघर फिर खुला।",
    ),
    C(
        S,
        "Police arrested two men for smuggling gold.",
        "पुलिस ने सोने की तस्करी के आरोप में दो लोगों को गिरफ़्तार किया।",
    ),
    C(S, "The Nifty fell 120 points on Friday.", "शुक्रवार को निफ़्टी 120 अंक गिरा।"),
    C(
        S,
        "Not a single flight left Srinagar because of snow.",
        "बर्फ़बारी के कारण श्रीनगर से एक भी उड़ान रवाना नहीं हुई।",
    ),
]

OMISSIONS = [
    _o(
        "The Hebbal flyover was shut for three weeks for repairs.",
        "हेब्बाल फ़्लाईओवर मरम्मत के लिए बंद कर दिया गया।",
        "for three weeks",
        "हेब्बाल फ़्लाईओवर मरम्मत के लिए तीन हफ़्ते तक बंद रहा।",
    ),
    _o(
        "Schools in Ranchi will stay closed on Monday and Tuesday.",
        "रांची में स्कूल सोमवार को बंद रहेंगे।",
        "and Tuesday",
        "रांची में स्कूल सोमवार और मंगलवार को बंद रहेंगे।",
    ),
    _o(
        "The farmer sold his onions at a loss because the mandi was shut.",
        "किसान ने अपने प्याज़ घाटे में बेचे।",
        "because the mandi was shut",
        "मंडी बंद होने के कारण किसान ने अपने प्याज़ घाटे में बेचे।",
    ),
    _o(
        "The actor, 82, died at his home in Kolkata on Sunday.",
        "अभिनेता का रविवार को कोलकाता में उनके घर पर निधन हो गया।",
        "82",
        "82 वर्षीय अभिनेता का रविवार को कोलकाता में उनके घर पर निधन हो गया।",
    ),
    _o(
        "Police arrested three men and seized two kilograms of heroin.",
        "पुलिस ने तीन आदमियों को गिरफ़्तार कर लिया।",
        "and seized two kilograms of heroin",
        "पुलिस ने तीन आदमियों को गिरफ़्तार कर लिया और दो किलो हेरोइन ज़ब्त की।",
    ),
    _o(
        "The museum is open every day except Mondays.",
        "संग्रहालय हर दिन खुला रहता है।",
        "except Mondays",
        "संग्रहालय सोमवार को छोड़कर हर दिन खुला रहता है।",
    ),
    _o(
        "Snow is likely in Himachal above 3,000 metres.",
        "हिमाचल में बर्फ़बारी की संभावना है।",
        "above 3,000 metres",
        "हिमाचल में 3,000 मीटर से ऊपर बर्फ़बारी की संभावना है।",
    ),
    _o(
        "The minister promised a new hospital in Gaya within two years.",
        "मंत्री ने गया में नए अस्पताल का वादा किया।",
        "within two years",
        "मंत्री ने दो साल के भीतर गया में नया अस्पताल बनाने का वादा किया।",
    ),
    _o(
        "Neither the captain nor the coach attended the meeting.",
        "कप्तान बैठक में नहीं आया।",
        "nor the coach",
        "न तो कप्तान बैठक में आया और न ही कोच।",
    ),
    _o(
        "Tickets cost 50 rupees for adults and 20 rupees for children.",
        "वयस्कों के लिए टिकट 50 रुपये का है।",
        "and 20 rupees for children",
        "टिकट वयस्कों के लिए 50 रुपये और बच्चों के लिए 20 रुपये का है।",
    ),
]
