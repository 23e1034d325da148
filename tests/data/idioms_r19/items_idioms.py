"""Round-19 idioms check, Hindi-only helper (idiomsH).

Written by the r19-idiomsH helper BEFORE any round-19 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: English idioms that are
in none of the project's idiom inventories (data/idioms_en.tsv, data/wordnet_idioms.tsv,
data/idiom_glossary.tsv), rendered word for word -- body-part metaphors (find one's feet, two left
feet, turn up one's nose, twiddle one's thumbs, under one's thumb, hold one's tongue, cry one's
eyes out, jump out of one's skin, a flea in one's ear, on its last legs, keep one's head above
water, get under someone's skin), animal metaphors and compounds made from animals (hen-pecked,
pigeon-holed, chicken-hearted, bird-brained, feather-brained, outfox, leapfrog, ferret out, worm
one's way, monkey wrench, sweat like a pig, ants in one's pants), compound adjectives
(yellow-bellied, hot-headed, big-headed, bare-knuckle, dog-eared, pear-shaped), colour and
object images (tickled pink, a shrinking violet, cold comfort, the spitting image, cherry-pick,
cost a bomb, on the dot, pull out all the stops, a wide berth, a back-seat driver, make waves,
a field day, a hen party, a stag night, a catnap, butter wouldn't melt); and, last, seven
inflection, voice, negation and word-order variants of idioms the lexicon does list (the beans
were spilled, the hatchet has been buried, will not throw in the towel, don't count your
chickens ...). Each flawed row has a correct idiomatic translation of the same source (`c-`
rows). Look-alikes (`l-` rows), clean: the same concrete words in literal scenes where the
English is literal too (a pear-shaped vase, fleas in a dog's ears, a swimmer's head above the
water, a frog jumping into a pond, a mongoose, a yellow-bellied sunbird, the wind making waves).
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "Put your best foot forward at the interview.",
        "साक्षात्कार में अपना सबसे अच्छा पैर आगे रखें।",
        [("अपना सबसे अच्छा पैर आगे रखें", "put your best foot forward")],
        "साक्षात्कार में अपनी पूरी क्षमता से अच्छा प्रदर्शन करें।",
    ),
    F(
        I,
        "It took the new coach a whole season to find his feet.",
        "नए कोच को अपने पैर ढूंढने में पूरा एक सीज़न लग गया।",
        [("अपने पैर ढूंढने", "find his feet")],
        "नए कोच को टीम में जमने में पूरा एक सीज़न लग गया।",
    ),
    F(
        I,
        "Their new house in the hills cost a bomb.",
        "पहाड़ों में उनके नए घर पर एक बम खर्च हुआ।",
        [("एक बम खर्च हुआ", "cost a bomb")],
        "पहाड़ों में उनका नया घर बहुत महंगा पड़ा।",
    ),
    F(
        I,
        "By Friday the nurses were at the end of their tether.",
        "शुक्रवार तक नर्सें अपनी रस्सी के अंत में थीं।",
        [("अपनी रस्सी के अंत में", "at the end of their tether")],
        "शुक्रवार तक नर्सों का धैर्य जवाब दे चुका था।",
    ),
    F(
        I,
        "The product launch went pear-shaped within an hour.",
        "उत्पाद का लॉन्च एक घंटे के भीतर नाशपाती के आकार का हो गया।",
        [("नाशपाती के आकार का हो गया", "went pear-shaped")],
        "एक घंटे के भीतर उत्पाद के लॉन्च की सारी योजना बिगड़ गई।",
    ),
    F(
        I,
        "The manager sent the salesman away with a flea in his ear.",
        "मैनेजर ने सेल्समैन को कान में पिस्सू के साथ वापस भेज दिया।",
        [("कान में पिस्सू के साथ", "with a flea in his ear")],
        "मैनेजर ने सेल्समैन को कड़ी फटकार लगाकर वापस भेज दिया।",
    ),
    F(
        I,
        "The old bus service is on its last legs.",
        "पुरानी बस सेवा अपनी आखिरी टांगों पर है।",
        [("अपनी आखिरी टांगों पर", "on its last legs")],
        "पुरानी बस सेवा बंद होने की कगार पर है।",
    ),
    F(
        I,
        "She cried her eyes out after the result.",
        "परिणाम के बाद उसने अपनी आँखें बाहर रो दीं।",
        [("अपनी आँखें बाहर रो दीं", "cried her eyes out")],
        "परिणाम के बाद वह फूट-फूटकर रोई।",
    ),
    F(
        I,
        "The loud bang made me jump out of my skin.",
        "तेज़ धमाके से मैं अपनी खाल से बाहर कूद गया।",
        [("अपनी खाल से बाहर कूद गया", "jump out of my skin")],
        "तेज़ धमाके से मैं बुरी तरह चौंक गया।",
    ),
    F(
        I,
        "I would love to dance, but I have two left feet.",
        "मुझे नाचना अच्छा लगता, लेकिन मेरे दो बाएँ पैर हैं।",
        [("मेरे दो बाएँ पैर हैं", "I have two left feet")],
        "मुझे नाचना अच्छा लगता, लेकिन मुझे ज़रा भी ताल की समझ नहीं है।",
    ),
    F(
        I,
        "The children turned up their noses at the vegetables.",
        "बच्चों ने सब्ज़ियों पर अपनी नाक ऊपर कर ली।",
        [("अपनी नाक ऊपर कर ली", "turned up their noses")],
        "बच्चों ने सब्ज़ियों को देखकर नाक-भौं सिकोड़ी।",
    ),
    F(
        I,
        "The staff sat twiddling their thumbs while the servers were down.",
        "सर्वर बंद रहने के दौरान कर्मचारी अपने अंगूठे घुमाते बैठे रहे।",
        [("अपने अंगूठे घुमाते", "twiddling their thumbs")],
        "सर्वर बंद रहने के दौरान कर्मचारी खाली बैठे रहे।",
    ),
    F(
        I,
        "The moneylenders bled the farmers dry.",
        "साहूकारों ने किसानों का खून बहाकर उन्हें सुखा दिया।",
        [("खून बहाकर उन्हें सुखा दिया", "bled the farmers dry")],
        "साहूकारों ने किसानों को पूरी तरह कंगाल कर दिया।",
    ),
    F(
        I,
        "The new minister is no shrinking violet.",
        "नई मंत्री कोई सिकुड़ता हुआ बनफ़्शा नहीं हैं।",
        [("सिकुड़ता हुआ बनफ़्शा", "shrinking violet")],
        "नई मंत्री बिल्कुल भी संकोची नहीं हैं।",
    ),
    F(
        I,
        "The train left at six on the dot.",
        "ट्रेन बिंदु पर छह बजे निकली।",
        [("बिंदु पर", "on the dot")],
        "ट्रेन ठीक छह बजे निकली।",
    ),
    F(
        I,
        "The hosts pulled out all the stops for the summit.",
        "मेज़बानों ने शिखर सम्मेलन के लिए सारे स्टॉप खींचकर निकाल दिए।",
        [("सारे स्टॉप खींचकर निकाल दिए", "pulled out all the stops")],
        "मेज़बानों ने शिखर सम्मेलन के लिए कोई कसर नहीं छोड़ी।",
    ),
    F(
        I,
        "He called his opponent a yellow-bellied coward.",
        "उसने अपने प्रतिद्वंद्वी को पीले पेट वाला कायर कहा।",
        [("पीले पेट वाला", "yellow-bellied")],
        "उसने अपने प्रतिद्वंद्वी को डरपोक कायर कहा।",
    ),
    F(
        I,
        "Grandma was tickled pink by the flowers.",
        "फूलों से दादी को गुलाबी गुदगुदी हुई।",
        [("गुलाबी गुदगुदी हुई", "tickled pink")],
        "फूल पाकर दादी बेहद खुश हुईं।",
    ),
    F(
        I,
        "His constant jokes really get under my skin.",
        "उसके लगातार मज़ाक सचमुच मेरी त्वचा के नीचे आ जाते हैं।",
        [("मेरी त्वचा के नीचे आ जाते हैं", "get under my skin")],
        "उसके लगातार मज़ाक सचमुच मुझे चिढ़ा देते हैं।",
    ),
    F(
        I,
        "The owner keeps the whole board under his thumb.",
        "मालिक पूरे बोर्ड को अपने अंगूठे के नीचे रखता है।",
        [("अपने अंगूठे के नीचे रखता है", "keeps … under his thumb")],
        "मालिक पूरे बोर्ड को अपने काबू में रखता है।",
    ),
    F(
        I,
        "I wanted to argue, but I held my tongue.",
        "मैं बहस करना चाहता था, लेकिन मैंने अपनी जीभ पकड़ ली।",
        [("अपनी जीभ पकड़ ली", "held my tongue")],
        "मैं बहस करना चाहता था, लेकिन मैं चुप रहा।",
    ),
    F(
        I,
        "My brother is a terrible back-seat driver.",
        "मेरा भाई एक भयानक पिछली सीट का ड्राइवर है।",
        [("पिछली सीट का ड्राइवर", "back-seat driver")],
        "गाड़ी कोई और चलाए तो भी मेरा भाई हर मोड़ पर बिन माँगी सलाह देता रहता है।",
    ),
    F(
        I,
        "The young editor has been making waves in publishing.",
        "युवा संपादक प्रकाशन जगत में लहरें बना रहे हैं।",
        [("लहरें बना रहे हैं", "making waves")],
        "युवा संपादक ने प्रकाशन जगत में हलचल मचा रखी है।",
    ),
    F(
        I,
        "Small shops are struggling to keep their heads above water.",
        "छोटी दुकानें अपना सिर पानी के ऊपर रखने के लिए संघर्ष कर रही हैं।",
        [("अपना सिर पानी के ऊपर रखने", "keep their heads above water")],
        "छोटी दुकानें किसी तरह अपना गुज़ारा चलाने के लिए संघर्ष कर रही हैं।",
    ),
    F(
        I,
        "The tabloids had a field day with the scandal.",
        "टैब्लॉयड अख़बारों ने घोटाले के साथ मैदान का दिन मनाया।",
        [("मैदान का दिन मनाया", "had a field day")],
        "टैब्लॉयड अख़बारों ने घोटाले को ख़ूब चटखारे लेकर छापा।",
    ),
    F(
        I,
        "The boy had ants in his pants all through the lecture.",
        "पूरे व्याख्यान के दौरान लड़के की पतलून में चींटियाँ थीं।",
        [("पतलून में चींटियाँ थीं", "had ants in his pants")],
        "पूरे व्याख्यान के दौरान लड़का बेचैनी से कसमसाता रहा।",
    ),
    F(
        I,
        "The refund was cold comfort to the stranded passengers.",
        "फँसे हुए यात्रियों के लिए रिफ़ंड एक ठंडी सांत्वना थी।",
        [("ठंडी सांत्वना", "cold comfort")],
        "फँसे हुए यात्रियों को रिफ़ंड से कोई ख़ास राहत नहीं मिली।",
    ),
    F(
        I,
        "She is the spitting image of her mother.",
        "वह अपनी माँ की थूकती हुई छवि है।",
        [("थूकती हुई छवि", "the spitting image")],
        "वह हूबहू अपनी माँ जैसी दिखती है।",
    ),
    F(
        I,
        "The report cherry-picked the best figures.",
        "रिपोर्ट ने सबसे अच्छे आंकड़ों को चेरी की तरह तोड़ लिया।",
        [("चेरी की तरह तोड़ लिया", "cherry-picked")],
        "रिपोर्ट ने सिर्फ़ अपने मतलब के अच्छे आंकड़े छाँटकर रखे।",
    ),
    F(
        I,
        "Most investors gave the company a wide berth.",
        "ज़्यादातर निवेशकों ने कंपनी को एक चौड़ी बर्थ दी।",
        [("एक चौड़ी बर्थ दी", "gave … a wide berth")],
        "ज़्यादातर निवेशक कंपनी से दूर ही रहे।",
    ),
    F(
        I,
        "It was a feather-brained scheme from the start.",
        "यह शुरू से ही एक पंख-दिमाग़ वाली योजना थी।",
        [("पंख-दिमाग़ वाली", "feather-brained")],
        "यह शुरू से ही एक बेवकूफ़ाना योजना थी।",
    ),
    F(
        I,
        "The comedy is about a hen-pecked husband.",
        "यह कॉमेडी मुर्गी द्वारा चोंच मारे गए एक पति के बारे में है।",
        [("मुर्गी द्वारा चोंच मारे गए", "hen-pecked")],
        "यह कॉमेडी एक जोरू के ग़ुलाम पति के बारे में है।",
    ),
    F(
        I,
        "She was pigeon-holed as a comic actress for years.",
        "बरसों तक उन्हें एक हास्य अभिनेत्री के रूप में कबूतर के खाने में डाल दिया गया।",
        [("कबूतर के खाने में डाल दिया गया", "pigeon-holed")],
        "बरसों तक उन्हें सिर्फ़ हास्य अभिनेत्री के खाँचे में बाँधकर रखा गया।",
    ),
    F(
        I,
        "The auditors ferreted out the missing funds.",
        "लेखा परीक्षकों ने लापता धन को नेवले की तरह खोदकर बाहर निकाला।",
        [("नेवले की तरह खोदकर बाहर निकाला", "ferreted out")],
        "लेखा परीक्षकों ने लापता धन का पता लगा लिया।",
    ),
    F(
        I,
        "He wormed his way onto the committee.",
        "उसने कीड़े की तरह रेंगकर समिति में अपना रास्ता बना लिया।",
        [("कीड़े की तरह रेंगकर", "wormed his way")],
        "उसने चालाकी से समिति में जगह बना ली।",
    ),
    F(
        I,
        "The strike threw a monkey wrench into the plans.",
        "हड़ताल ने योजनाओं में एक बंदर रिंच फेंक दिया।",
        [("बंदर रिंच", "a monkey wrench")],
        "हड़ताल ने योजनाओं में अड़ंगा डाल दिया।",
    ),
    F(
        I,
        "The striker outfoxed the goalkeeper.",
        "स्ट्राइकर ने गोलकीपर को लोमड़ी से बाहर कर दिया।",
        [("लोमड़ी से बाहर कर दिया", "outfoxed")],
        "स्ट्राइकर ने गोलकीपर को चकमा दे दिया।",
    ),
    F(
        I,
        "The company leapfrogged its rivals in sales.",
        "कंपनी ने बिक्री में अपने प्रतिद्वंद्वियों पर मेंढक की छलांग लगा दी।",
        [("मेंढक की छलांग लगा दी", "leapfrogged")],
        "कंपनी बिक्री में अपने प्रतिद्वंद्वियों से आगे निकल गई।",
    ),
    F(
        I,
        "The election turned into a bare-knuckle fight.",
        "चुनाव नंगे पोरों की लड़ाई में बदल गया।",
        [("नंगे पोरों की लड़ाई", "a bare-knuckle fight")],
        "चुनाव एक बेहद कटु और बेरहम लड़ाई में बदल गया।",
    ),
    F(
        I,
        "The hot-headed striker was sent off.",
        "गर्म सिर वाले स्ट्राइकर को मैदान से बाहर भेज दिया गया।",
        [("गर्म सिर वाले", "hot-headed")],
        "गुस्सैल स्ट्राइकर को मैदान से बाहर भेज दिया गया।",
    ),
    F(
        I,
        "Success has made the young singer big-headed.",
        "सफलता ने युवा गायक को बड़े सिर वाला बना दिया है।",
        [("बड़े सिर वाला", "big-headed")],
        "सफलता ने युवा गायक को घमंडी बना दिया है।",
    ),
    F(
        I,
        "The chicken-hearted officials did nothing.",
        "मुर्गी-दिल अधिकारियों ने कुछ नहीं किया।",
        [("मुर्गी-दिल", "chicken-hearted")],
        "डरपोक अधिकारियों ने कुछ नहीं किया।",
    ),
    F(
        I,
        "That was a bird-brained idea.",
        "वह एक चिड़िया-दिमाग़ वाला विचार था।",
        [("चिड़िया-दिमाग़ वाला", "bird-brained")],
        "वह एक मूर्खतापूर्ण विचार था।",
    ),
    F(
        I,
        "The players were sweating like pigs in the heat.",
        "गर्मी में खिलाड़ी सूअरों की तरह पसीना बहा रहे थे।",
        [("सूअरों की तरह पसीना", "sweating like pigs")],
        "गर्मी में खिलाड़ी पसीने से तरबतर थे।",
    ),
    F(
        I,
        "He looks as if butter wouldn't melt in his mouth.",
        "वह ऐसा दिखता है मानो उसके मुँह में मक्खन नहीं पिघलेगा।",
        [("मुँह में मक्खन नहीं पिघलेगा", "butter wouldn't melt in his mouth")],
        "वह ऐसा दिखता है मानो बड़ा भोला-भाला हो।",
    ),
    F(
        I,
        "The bride's friends planned a hen party in Goa.",
        "दुल्हन की सहेलियों ने गोवा में एक मुर्गी पार्टी की योजना बनाई।",
        [("मुर्गी पार्टी", "a hen party")],
        "दुल्हन की सहेलियों ने गोवा में शादी से पहले की एक पार्टी की योजना बनाई।",
    ),
    F(
        I,
        "The groom's stag night ended at dawn.",
        "दूल्हे की हिरन रात सुबह होते-होते खत्म हुई।",
        [("हिरन रात", "stag night")],
        "दूल्हे की शादी से पहले की दोस्तों वाली पार्टी सुबह होते-होते खत्म हुई।",
    ),
    F(
        I,
        "Grandfather takes a catnap after lunch.",
        "दादाजी दोपहर के खाने के बाद बिल्ली की झपकी लेते हैं।",
        [("बिल्ली की झपकी", "a catnap")],
        "दादाजी दोपहर के खाने के बाद थोड़ी देर झपकी लेते हैं।",
    ),
    F(
        I,
        "He read his dog-eared copy of the novel again.",
        "उसने उपन्यास की अपनी कुत्ते के कान वाली प्रति फिर से पढ़ी।",
        [("कुत्ते के कान वाली", "dog-eared")],
        "उसने उपन्यास की अपनी मुड़े-तुड़े पन्नों वाली पुरानी प्रति फिर से पढ़ी।",
    ),
    # inflection, voice, negation and word-order variants of idioms the lexicon lists
    F(
        I,
        "The beans were spilled by the minister's aide.",
        "मंत्री के सहयोगी द्वारा फलियाँ गिरा दी गईं।",
        [("फलियाँ गिरा दी गईं", "the beans were spilled")],
        "मंत्री के सहयोगी ने राज़ खोल दिया।",
    ),
    F(
        I,
        "After years of feuding, the hatchet has finally been buried.",
        "बरसों की दुश्मनी के बाद आख़िरकार कुल्हाड़ी दफ़ना दी गई है।",
        [("कुल्हाड़ी दफ़ना दी गई है", "the hatchet has … been buried")],
        "बरसों की दुश्मनी के बाद आख़िरकार दोनों में सुलह हो गई है।",
    ),
    F(
        I,
        "The challenger says he will never throw in the towel.",
        "चुनौती देने वाले का कहना है कि वह कभी तौलिया नहीं फेंकेगा।",
        [("तौलिया नहीं फेंकेगा", "throw in the towel")],
        "चुनौती देने वाले का कहना है कि वह कभी हार नहीं मानेगा।",
    ),
    F(
        I,
        "Don't count your chickens before the votes are in.",
        "वोटों की गिनती से पहले अपनी मुर्गियाँ मत गिनो।",
        [("अपनी मुर्गियाँ मत गिनो", "count your chickens")],
        "वोटों की गिनती से पहले ख़याली पुलाव मत पकाओ।",
    ),
    F(
        I,
        "Nobody on the board wanted to bite that bullet.",
        "बोर्ड में कोई भी वह गोली चबाना नहीं चाहता था।",
        [("वह गोली चबाना नहीं चाहता था", "bite that bullet")],
        "बोर्ड में कोई भी वह कड़वा फ़ैसला लेना नहीं चाहता था।",
    ),
    F(
        I,
        "The cat is already out of the bag about the merger.",
        "विलय को लेकर बिल्ली पहले ही थैले से बाहर आ चुकी है।",
        [("बिल्ली पहले ही थैले से बाहर आ चुकी है", "the cat is already out of the bag")],
        "विलय की बात पहले ही खुल चुकी है।",
    ),
    F(
        I,
        "The midnight oil was burned all week before the exams.",
        "परीक्षा से पहले पूरे हफ़्ते आधी रात का तेल जलाया गया।",
        [("आधी रात का तेल जलाया गया", "the midnight oil was burned")],
        "परीक्षा से पहले पूरे हफ़्ते देर रात तक पढ़ाई हुई।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        L,
        "The dancer put her left foot forward and bowed.",
        "नर्तकी ने अपना बायाँ पैर आगे रखा और झुककर अभिवादन किया।",
    ),
    C(
        L,
        "After the accident he could not feel his feet for an hour.",
        "दुर्घटना के बाद एक घंटे तक उसे अपने पैर महसूस नहीं हुए।",
    ),
    C(L, "The police found a bomb under the car.", "पुलिस को कार के नीचे एक बम मिला।"),
    C(L, "The goat was tied at the end of a long rope.", "बकरी एक लंबी रस्सी के सिरे पर बंधी थी।"),
    C(L, "The potter made a pear-shaped vase.", "कुम्हार ने नाशपाती के आकार का एक फूलदान बनाया।"),
    C(L, "The vet found fleas in the dog's ears.", "पशु चिकित्सक को कुत्ते के कानों में पिस्सू मिले।"),
    C(L, "The injured deer was dragging its back legs.", "घायल हिरण अपनी पिछली टांगें घसीट रहा था।"),
    C(L, "Her eyes were red after she cried all night.", "रात भर रोने के बाद उसकी आँखें लाल थीं।"),
    C(L, "The hunter sold the tiger's skin illegally.", "शिकारी ने बाघ की खाल अवैध रूप से बेच दी।"),
    C(L, "The footballer hurt his left foot in training.", "अभ्यास के दौरान फ़ुटबॉलर के बाएँ पैर में चोट लग गई।"),
    C(L, "The dog lifted its nose and sniffed the air.", "कुत्ते ने अपनी नाक ऊपर उठाई और हवा सूंघी।"),
    C(L, "The baby was sucking his thumb in his sleep.", "बच्चा सोते हुए अपना अंगूठा चूस रहा था।"),
    C(
        L,
        "The wound bled for an hour before the doctor came.",
        "डॉक्टर के आने से पहले घाव से एक घंटे तक खून बहता रहा।",
    ),
    C(L, "Violets grow in the shade of the old wall.", "पुरानी दीवार की छाया में बनफ़्शा के फूल उगते हैं।"),
    C(L, "Put a dot on the map where the village is.", "नक्शे पर जहाँ गाँव है वहाँ एक बिंदु लगाइए।"),
    C(L, "The bus made all its stops on time.", "बस अपने सारे स्टॉप पर समय पर रुकी।"),
    C(
        L,
        "The yellow-bellied sunbird nests in our garden.",
        "पीले पेट वाली शकरखोरा चिड़िया हमारे बगीचे में घोंसला बनाती है।",
    ),
    C(L, "The baby laughed when his father tickled him.", "पिता ने गुदगुदी की तो बच्चा हँस पड़ा।"),
    C(L, "The doctor injected the medicine under the skin.", "डॉक्टर ने दवा त्वचा के नीचे इंजेक्ट की।"),
    C(L, "He hurt the nail of his thumb.", "उसके अंगूठे के नाखून में चोट लग गई।"),
    C(L, "The doctor asked the boy to stick out his tongue.", "डॉक्टर ने लड़के से अपनी जीभ बाहर निकालने को कहा।"),
    C(L, "The children sat in the back seat of the car.", "बच्चे कार की पिछली सीट पर बैठे।"),
    C(L, "The strong wind made waves on the lake.", "तेज़ हवा ने झील पर लहरें बना दीं।"),
    C(L, "The swimmer kept her head above the water.", "तैराक ने अपना सिर पानी के ऊपर रखा।"),
    C(L, "The school held its sports day on the field.", "स्कूल ने मैदान पर अपना खेल दिवस मनाया।"),
    C(L, "Ants got into the sugar jar.", "चींटियाँ चीनी के डिब्बे में घुस गईं।"),
    C(L, "A cold drink was a comfort in the heat.", "गर्मी में ठंडा पेय बड़ी राहत था।"),
    C(L, "The guard was fined for spitting on the road.", "सड़क पर थूकने के लिए गार्ड पर जुर्माना लगा।"),
    C(L, "The workers picked cherries in the orchard.", "मज़दूरों ने बाग़ में चेरी तोड़ीं।"),
    C(L, "The passenger booked a lower berth on the train.", "यात्री ने ट्रेन में नीचे की बर्थ बुक की।"),
    C(L, "The pillow was stuffed with feathers.", "तकिये में पंख भरे थे।"),
    C(L, "The hen pecked at the grain in the yard.", "मुर्गी ने आँगन में दानों पर चोंच मारी।"),
    C(L, "The old man feeds the pigeons every morning.", "बूढ़ा आदमी हर सुबह कबूतरों को दाना डालता है।"),
    C(L, "A mongoose killed the snake in the garden.", "बगीचे में एक नेवले ने सांप को मार डाला।"),
    C(L, "The worm crawled out of the wet soil.", "कीड़ा गीली मिट्टी से रेंगकर बाहर निकला।"),
    C(L, "The monkey grabbed a banana from the tourist.", "बंदर ने पर्यटक से केला छीन लिया।"),
    C(L, "A fox was seen near the chicken coop.", "मुर्गियों के दड़बे के पास एक लोमड़ी देखी गई।"),
    C(L, "A frog jumped into the pond.", "एक मेंढक तालाब में कूद गया।"),
    C(L, "He cut his knuckles on the broken glass.", "टूटे शीशे से उसकी उंगलियों के पोर कट गए।"),
    C(L, "Cover your head in the hot sun.", "तेज़ धूप में अपना सिर ढककर रखो।"),
    C(L, "The baby was born with a large head.", "बच्चा बड़े सिर के साथ पैदा हुआ।"),
    C(L, "The cook cleaned the chicken hearts for the curry.", "रसोइए ने करी के लिए मुर्गी के दिल साफ़ किए।"),
    C(L, "The crow is a clever bird with a big brain.", "कौआ बड़े दिमाग़ वाली एक चतुर चिड़िया है।"),
    C(L, "The pigs lay in the mud to keep cool.", "ठंडक के लिए सूअर कीचड़ में लेटे रहे।"),
    C(L, "The butter melted in the hot pan.", "गर्म कड़ाही में मक्खन पिघल गया।"),
    C(L, "The hens were let out of the coop for the day.", "दिन भर के लिए मुर्गियों को दड़बे से बाहर छोड़ दिया गया।"),
    C(L, "A stag crossed the road at night.", "रात में एक हिरन सड़क पार कर गया।"),
    C(L, "The cat took a nap in the sun.", "बिल्ली ने धूप में झपकी ली।"),
    C(L, "The puppy chewed the dog's ears playfully.", "पिल्ले ने खेल-खेल में कुत्ते के कान चबाए।"),
    C(L, "The farmer dried the beans in the sun.", "किसान ने फलियाँ धूप में सुखाईं।"),
    C(L, "The woodcutter sharpened his hatchet.", "लकड़हारे ने अपनी कुल्हाड़ी की धार तेज़ की।"),
    C(L, "She threw the wet towel on the bed.", "उसने गीला तौलिया बिस्तर पर फेंक दिया।"),
    C(L, "The farmer counted his chickens every evening.", "किसान हर शाम अपनी मुर्गियाँ गिनता था।"),
    C(L, "The soldier kept the bullet as a souvenir.", "सैनिक ने वह गोली यादगार के तौर पर रख ली।"),
    C(L, "The kitten climbed out of the shopping bag.", "बिल्ली का बच्चा खरीदारी के थैले से बाहर निकल आया।"),
    C(L, "The lamp ran on oil in the village.", "गाँव में दीया तेल से जलता था।"),
]

NAMES: list = []
TITLES: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
