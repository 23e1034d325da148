"""Round-21 idioms-with-source check (idiomsS helper): verb + object idioms in no inventory.

Written by the r21-idiomsS helper BEFORE any round-21 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: English verb + object
(and a few subject + verb) idioms that are in no lexicon of this project (audit/data/idioms_en.tsv,
calques.toml, wordnet_idioms.tsv, idiom_glossary.tsv, source_evidence.toml, phrasal_literal.toml)
and, by a word grep of each idiom's key words, in no sentence of any other set under tests/data
(heldout_r20 and heldout_r21 not read): tip one's hand, trim the fat, shake the tree, poke the
bear, pad the bill, feed the beast, wet one's beak, salt the mine, stack the deck, hitch one's
wagon, rattle sabres, oil the machine, dine out on, eat the seed corn, plough the sand, bite
someone's head off, show someone the ropes, tear a strip off, gut a law, muzzle the press, fleece
customers, lift the lid on, the smell test, circle the drain, queer the pitch, fill one's boots,
sharpen knives, kneecap, spike a story, blow a gasket, grease the skids, swing the lead, hand
someone their head, step on a rake, sell ice to Eskimos, hold someone's feet to the fire, sell the
sizzle, hang out to dry, pull up the drawbridge, off the leash, shoot the lights out, that ship
has sailed — rendered word for word into Hindi, mostly in sentences about money, politics,
companies; each with a correct, idiomatic translation of the same source (`c-` rows).
Look-alikes (`l-` rows), clean: the same images in literal scenes (a butcher trims the fat, a
shepherd's fleece, a real drawbridge, a real ladder paid for by a company), several told beside
abstract words (money, ministries, banks), and idioms Hindi says with the same image (बिल्ली के
गले में घंटी बांधना, शेर की सवारी, बागडोर संभालना, संदेह के बीज बोना, ब्रेक लगाना, आग को हवा देना,
आग से खेलना, लगाम कसना, कमर तोड़ना, जिस डाल पर बैठे उसी को काटना). Licence: CC-BY-4.0 like the
other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "The union refused to tip its hand before the wage talks.",
        "यूनियन ने वेतन वार्ता से पहले अपना हाथ झुकाने से इनकार कर दिया।",
        [("अपना हाथ झुकाने", "tip its hand")],
        "यूनियन ने वेतन वार्ता से पहले अपनी रणनीति ज़ाहिर करने से इनकार कर दिया।",
    ),
    F(
        I,
        "The new finance secretary promised to trim the fat from the state budget.",
        "नए वित्त सचिव ने राज्य के बजट से चर्बी छांटने का वादा किया।",
        [("चर्बी छांटने", "trim the fat")],
        "नए वित्त सचिव ने राज्य के बजट से फ़िज़ूलख़र्ची घटाने का वादा किया।",
    ),
    F(
        I,
        "The party is shaking the tree for new donors before the election.",
        "चुनाव से पहले पार्टी नए दानदाताओं के लिए पेड़ हिला रही है।",
        [("पेड़ हिला रही", "shaking the tree")],
        "चुनाव से पहले पार्टी नए दानदाताओं की तलाश में हर दरवाज़ा खटखटा रही है।",
    ),
    F(
        I,
        "Analysts warned the government not to poke the bear over the border dispute.",
        "विश्लेषकों ने सरकार को सीमा विवाद पर भालू को न छेड़ने की चेतावनी दी।",
        [("भालू को न छेड़ने", "poke the bear")],
        "विश्लेषकों ने सरकार को सीमा विवाद पर ताक़तवर पड़ोसी को न भड़काने की चेतावनी दी।",
    ),
    F(
        I,
        "The contractor padded the bill for the flyover by forty crore rupees.",
        "ठेकेदार ने फ्लाईओवर के बिल में चालीस करोड़ रुपये की गद्दी भर दी।",
        [("गद्दी भर दी", "padded the bill")],
        "ठेकेदार ने फ्लाईओवर का बिल चालीस करोड़ रुपये बढ़ाकर दिखाया।",
    ),
    F(
        I,
        "Television channels need a new scandal every day to feed the beast.",
        "टेलीविज़न चैनलों को जानवर का पेट भरने के लिए हर दिन एक नया घोटाला चाहिए।",
        [("जानवर का पेट भरने", "feed the beast")],
        "टेलीविज़न चैनलों को चौबीसों घंटे की ख़बरों की भूख मिटाने के लिए हर दिन एक नया घोटाला चाहिए।",
    ),
    F(
        I,
        "Every official in the chain wanted to wet his beak on the contract.",
        "कड़ी का हर अधिकारी ठेके पर अपनी चोंच गीली करना चाहता था।",
        [("अपनी चोंच गीली करना", "wet his beak")],
        "कड़ी का हर अधिकारी ठेके में अपना हिस्सा चाहता था।",
    ),
    F(
        I,
        "The promoters salted the mine before they showed the company to investors.",
        "प्रमोटरों ने निवेशकों को कंपनी दिखाने से पहले खदान में नमक डाला।",
        [("खदान में नमक डाला", "salted the mine")],
        "प्रमोटरों ने निवेशकों को कंपनी दिखाने से पहले उसके आंकड़ों में हेराफेरी की।",
    ),
    F(
        I,
        "Critics say the new rules stack the deck in favour of big retailers.",
        "आलोचकों का कहना है कि नए नियम बड़े खुदरा विक्रेताओं के पक्ष में ताश की गड्डी जमाते हैं।",
        [("ताश की गड्डी जमाते", "stack the deck")],
        "आलोचकों का कहना है कि नए नियम बड़े खुदरा विक्रेताओं के पक्ष में पलड़ा झुका देते हैं।",
    ),
    F(
        I,
        "The young MLA hitched his wagon to the chief minister early on.",
        "युवा विधायक ने शुरू में ही अपनी गाड़ी मुख्यमंत्री से जोत दी।",
        [("अपनी गाड़ी मुख्यमंत्री से जोत दी", "hitched his wagon")],
        "युवा विधायक ने शुरू में ही अपना राजनीतिक भविष्य मुख्यमंत्री के साथ जोड़ लिया।",
    ),
    F(
        I,
        "Both capitals have been rattling their sabres over the river dispute.",
        "दोनों राजधानियां नदी विवाद पर अपनी तलवारें खड़खड़ा रही हैं।",
        [("अपनी तलवारें खड़खड़ा रही", "rattling their sabres")],
        "दोनों राजधानियां नदी विवाद पर एक-दूसरे को सैन्य धमकियां दे रही हैं।",
    ),
    F(
        I,
        "The party's treasurer oiled the machine with cash before every election.",
        "पार्टी के कोषाध्यक्ष ने हर चुनाव से पहले नकदी से मशीन में तेल डाला।",
        [("मशीन में तेल डाला", "oiled the machine")],
        "पार्टी के कोषाध्यक्ष ने हर चुनाव से पहले नकदी से संगठन को चालू रखा।",
    ),
    F(
        I,
        "The former minister has dined out on that one speech for twenty years.",
        "पूर्व मंत्री बीस साल से उस एक भाषण पर बाहर खाना खाते रहे हैं।",
        [("बाहर खाना खाते", "dined out on")],
        "पूर्व मंत्री बीस साल से उसी एक भाषण के सहारे वाहवाही लूटते रहे हैं।",
    ),
    F(
        I,
        "Selling the state's power plants to pay salaries is eating the seed corn.",
        "वेतन देने के लिए राज्य के बिजलीघर बेचना बीज का अनाज खा जाना है।",
        [("बीज का अनाज खा जाना", "eating the seed corn")],
        "वेतन देने के लिए राज्य के बिजलीघर बेचना भविष्य की पूंजी गंवा देना है।",
    ),
    F(
        I,
        "Negotiating with the junta is ploughing the sand, the envoy said.",
        "दूत ने कहा कि सैन्य शासन से बातचीत करना रेत में हल चलाना है।",
        [("रेत में हल चलाना", "ploughing the sand")],
        "दूत ने कहा कि सैन्य शासन से बातचीत करना बेकार की मेहनत है।",
    ),
    F(
        I,
        "The chairman bit the reporter's head off over a simple question.",
        "अध्यक्ष ने एक सीधे सवाल पर रिपोर्टर का सिर काट लिया।",
        [("रिपोर्टर का सिर काट लिया", "bit the reporter's head off")],
        "अध्यक्ष एक सीधे सवाल पर रिपोर्टर पर बुरी तरह बरस पड़े।",
    ),
    F(
        I,
        "A senior clerk showed the new auditors the ropes in their first week.",
        "एक वरिष्ठ क्लर्क ने पहले हफ़्ते में नए लेखा परीक्षकों को रस्सियां दिखाईं।",
        [("रस्सियां दिखाईं", "showed the ropes")],
        "एक वरिष्ठ क्लर्क ने पहले हफ़्ते में नए लेखा परीक्षकों को काम के तौर-तरीक़े सिखाए।",
    ),
    F(
        I,
        "The judge tore a strip off the police for the delay in the case.",
        "न्यायाधीश ने मामले में देरी के लिए पुलिस की एक पट्टी फाड़ दी।",
        [("एक पट्टी फाड़ दी", "tore a strip off")],
        "न्यायाधीश ने मामले में देरी के लिए पुलिस को कड़ी फटकार लगाई।",
    ),
    F(
        I,
        "The start-up finally opened the kimono to its investors.",
        "स्टार्ट-अप ने आख़िरकार अपने निवेशकों के सामने किमोनो खोल दिया।",
        [("किमोनो खोल दिया", "opened the kimono")],
        "स्टार्ट-अप ने आख़िरकार अपने निवेशकों के सामने अपना पूरा हिसाब-किताब रख दिया।",
    ),
    F(
        I,
        "Amendments passed on Friday gutted the transparency law.",
        "शुक्रवार को पारित संशोधनों ने पारदर्शिता क़ानून की आंतें निकाल दीं।",
        [("आंतें निकाल दीं", "gutted")],
        "शुक्रवार को पारित संशोधनों ने पारदर्शिता क़ानून को खोखला कर दिया।",
    ),
    F(
        I,
        "The regime has muzzled the press since the coup.",
        "तख़्तापलट के बाद से शासन ने प्रेस पर थूथन चढ़ा दिया है।",
        [("थूथन चढ़ा दिया", "muzzled")],
        "तख़्तापलट के बाद से शासन ने प्रेस का मुंह बंद कर दिया है।",
    ),
    F(
        I,
        "The bank fleeced its elderly customers with hidden charges.",
        "बैंक ने छिपे शुल्कों से अपने बुज़ुर्ग ग्राहकों की ऊन उतार ली।",
        [("ऊन उतार ली", "fleeced")],
        "बैंक ने छिपे शुल्कों से अपने बुज़ुर्ग ग्राहकों को ठग लिया।",
    ),
    F(
        I,
        "The inquiry lifted the lid on years of bribery at the port.",
        "जांच ने बंदरगाह पर वर्षों की रिश्वतख़ोरी का ढक्कन उठा दिया।",
        [("ढक्कन उठा दिया", "lifted the lid")],
        "जांच ने बंदरगाह पर वर्षों की रिश्वतख़ोरी का पर्दाफ़ाश कर दिया।",
    ),
    F(
        I,
        "The minister's explanation does not pass the smell test.",
        "मंत्री की सफ़ाई गंध परीक्षण में पास नहीं होती।",
        [("गंध परीक्षण", "the smell test")],
        "मंत्री की सफ़ाई गले नहीं उतरती।",
    ),
    F(
        I,
        "The airline has been circling the drain for two years.",
        "एयरलाइन दो साल से नाली के चक्कर लगा रही है।",
        [("नाली के चक्कर लगा रही", "circling the drain")],
        "एयरलाइन दो साल से डूबने की कगार पर है।",
    ),
    F(
        I,
        "The leak queered the pitch for the peace talks.",
        "लीक ने शांति वार्ता की पिच को अजीब बना दिया।",
        [("पिच को अजीब बना दिया", "queered the pitch")],
        "लीक ने शांति वार्ता का माहौल बिगाड़ दिया।",
    ),
    F(
        I,
        "Fund managers filled their boots with cheap bank shares.",
        "फंड मैनेजरों ने सस्ते बैंक शेयरों से अपने जूते भर लिए।",
        [("अपने जूते भर लिए", "filled their boots")],
        "फंड मैनेजरों ने जी भरकर सस्ते बैंक शेयर ख़रीदे।",
    ),
    F(
        I,
        "Rivals inside the party are sharpening their knives for the leader.",
        "पार्टी के भीतर प्रतिद्वंद्वी नेता के लिए अपने चाकू तेज़ कर रहे हैं।",
        [("अपने चाकू तेज़ कर रहे", "sharpening their knives")],
        "पार्टी के भीतर प्रतिद्वंद्वी नेता को गिराने की तैयारी कर रहे हैं।",
    ),
    F(
        I,
        "The budget cuts kneecapped the anti-corruption agency.",
        "बजट कटौती ने भ्रष्टाचार-निरोधक एजेंसी के घुटने तोड़ दिए।",
        [("घुटने तोड़ दिए", "kneecapped")],
        "बजट कटौती ने भ्रष्टाचार-निरोधक एजेंसी को पंगु बना दिया।",
    ),
    F(
        I,
        "The editor spiked the story after a call from the owner.",
        "मालिक का फ़ोन आने के बाद संपादक ने कहानी में कील ठोक दी।",
        [("कहानी में कील ठोक दी", "spiked the story")],
        "मालिक का फ़ोन आने के बाद संपादक ने ख़बर छापने से रोक दी।",
    ),
    F(
        I,
        "The finance minister blew a gasket when the deficit figures leaked.",
        "घाटे के आंकड़े लीक होने पर वित्त मंत्री का गैस्केट फट गया।",
        [("गैस्केट फट गया", "blew a gasket")],
        "घाटे के आंकड़े लीक होने पर वित्त मंत्री आगबबूला हो गए।",
    ),
    F(
        I,
        "A friendly regulator greased the skids for the merger.",
        "एक मित्रवत नियामक ने विलय के लिए फिसलपट्टी पर चिकनाई लगाई।",
        [("फिसलपट्टी पर चिकनाई लगाई", "greased the skids")],
        "एक मित्रवत नियामक ने विलय का रास्ता आसान कर दिया।",
    ),
    F(
        I,
        "The inspector accused the clerks of swinging the lead.",
        "निरीक्षक ने क्लर्कों पर सीसा झुलाने का आरोप लगाया।",
        [("सीसा झुलाने", "swinging the lead")],
        "निरीक्षक ने क्लर्कों पर कामचोरी का आरोप लगाया।",
    ),
    F(
        I,
        "Voters handed the ruling party its head in the by-elections.",
        "उपचुनावों में मतदाताओं ने सत्तारूढ़ दल को उसका सिर थमा दिया।",
        [("उसका सिर थमा दिया", "handed its head")],
        "उपचुनावों में मतदाताओं ने सत्तारूढ़ दल को करारी शिकस्त दी।",
    ),
    F(
        I,
        "The spokesman stepped on a rake with his remarks about farmers.",
        "प्रवक्ता ने किसानों के बारे में अपनी टिप्पणी से दंताली पर पैर रख दिया।",
        [("दंताली पर पैर रख दिया", "stepped on a rake")],
        "प्रवक्ता ने किसानों के बारे में अपनी टिप्पणी से अपने ही पैर पर कुल्हाड़ी मार ली।",
    ),
    F(
        I,
        "Their sales chief could sell ice to Eskimos.",
        "उनका बिक्री प्रमुख एस्किमो लोगों को बर्फ़ बेच सकता है।",
        [("एस्किमो लोगों को बर्फ़ बेच", "sell ice to Eskimos")],
        "उनका बिक्री प्रमुख किसी को भी कुछ भी बेच सकता है।",
    ),
    F(
        I,
        "The committee held the bank's feet to the fire over the missing loans.",
        "समिति ने ग़ायब कर्ज़ों को लेकर बैंक के पैर आग पर रखे।",
        [("बैंक के पैर आग पर रखे", "held the bank's feet to the fire")],
        "समिति ने ग़ायब कर्ज़ों को लेकर बैंक से कड़ी जवाबदेही मांगी।",
    ),
    F(
        I,
        "The campaign sold the sizzle and never talked about the policy.",
        "अभियान ने सनसनाहट बेची और नीति के बारे में कभी बात नहीं की।",
        [("सनसनाहट बेची", "sold the sizzle")],
        "अभियान ने चमक-दमक का प्रचार किया और नीति के बारे में कभी बात नहीं की।",
    ),
    F(
        I,
        "The ministry hung its own officers out to dry after the audit.",
        "लेखा परीक्षा के बाद मंत्रालय ने अपने ही अफ़सरों को सूखने के लिए टांग दिया।",
        [("सूखने के लिए टांग दिया", "hung out to dry")],
        "लेखा परीक्षा के बाद मंत्रालय ने अपने ही अफ़सरों को अकेला छोड़ दिया।",
    ),
    F(
        I,
        "Once in power, the old guard pulled up the drawbridge on young members.",
        "सत्ता में आते ही पुराने नेताओं ने युवा सदस्यों के लिए उठने वाला पुल ऊपर खींच लिया।",
        [("उठने वाला पुल ऊपर खींच लिया", "pulled up the drawbridge")],
        "सत्ता में आते ही पुराने नेताओं ने युवा सदस्यों के लिए आगे बढ़ने के सारे रास्ते बंद कर दिए।",
    ),
    F(
        I,
        "With the election over, the finance minister is off the leash.",
        "चुनाव ख़त्म होने के बाद वित्त मंत्री का पट्टा खुल गया है।",
        [("पट्टा खुल गया", "off the leash")],
        "चुनाव ख़त्म होने के बाद वित्त मंत्री अब खुलकर फ़ैसले ले सकते हैं।",
    ),
    F(
        I,
        "The retailer shot the lights out in the festive quarter.",
        "खुदरा कंपनी ने त्योहारी तिमाही में गोली मारकर बत्तियां बुझा दीं।",
        [("गोली मारकर बत्तियां बुझा दीं", "shot the lights out")],
        "खुदरा कंपनी ने त्योहारी तिमाही में ज़बरदस्त कमाई की।",
    ),
    F(
        I,
        "On the merger with the state bank, that ship has sailed.",
        "सरकारी बैंक के साथ विलय के मामले में वह जहाज़ रवाना हो चुका है।",
        [("वह जहाज़ रवाना हो चुका", "that ship has sailed")],
        "सरकारी बैंक के साथ विलय का मौक़ा अब हाथ से निकल चुका है।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        L,
        "The butcher trimmed the fat from the mutton before weighing it.",
        "कसाई ने तौलने से पहले मटन से चर्बी छांटी।",
    ),
    C(
        L,
        "The company's gardeners shook the mango tree to bring down the ripe fruit.",
        "कंपनी के मालियों ने पके फल गिराने के लिए आम का पेड़ हिलाया।",
    ),
    C(
        L,
        "A tourist was hurt after he poked a bear at the zoo with a stick.",
        "चिड़ियाघर में एक भालू को छड़ी से छेड़ने के बाद एक पर्यटक घायल हो गया।",
    ),
    C(
        L,
        "The ministry spent two lakh rupees to feed the animals at the shelter.",
        "मंत्रालय ने आश्रय गृह के जानवरों का पेट भरने पर दो लाख रुपये ख़र्च किए।",
    ),
    C(L, "The sparrow wet its beak in the puddle.", "गौरैया ने पोखर में अपनी चोंच गीली की।"),
    C(L, "The cook salted the soup twice by mistake.", "रसोइये ने ग़लती से सूप में दो बार नमक डाला।"),
    C(
        L,
        "The dealer stacked the deck of cards before the game began at the casino.",
        "कैसीनो में खेल शुरू होने से पहले डीलर ने ताश की गड्डी जमाई।",
    ),
    C(
        L,
        "The farmer hitched his wagon to two oxen and drove to the market.",
        "किसान ने अपनी गाड़ी दो बैलों से जोती और बाज़ार की ओर चल पड़ा।",
    ),
    C(
        L,
        "The mechanic oiled the machine before the factory's night shift.",
        "मैकेनिक ने फ़ैक्टरी की रात की पाली से पहले मशीन में तेल डाला।",
    ),
    C(
        L,
        "The minister and his family dined out at a hotel on Sunday.",
        "मंत्री और उनके परिवार ने रविवार को एक होटल में बाहर खाना खाया।",
    ),
    C(
        L,
        "During the drought poor farmers were forced to eat the seed corn.",
        "सूखे के दौरान ग़रीब किसानों को बीज का अनाज खाना पड़ा।",
    ),
    C(
        L,
        "The farmers ploughed the sandy field before the rains.",
        "किसानों ने बारिश से पहले रेतीले खेत में हल चलाया।",
    ),
    C(
        L,
        "The boatman showed the children the ropes used to tie the boat.",
        "नाविक ने बच्चों को नाव बांधने वाली रस्सियां दिखाईं।",
    ),
    C(
        L,
        "The tailor tore a strip off the old cloth to tie the bundle.",
        "दर्ज़ी ने गठरी बांधने के लिए पुराने कपड़े से एक पट्टी फाड़ी।",
    ),
    C(L, "The fisherman gutted the fish on the boat.", "मछुआरे ने नाव पर मछली की आंतें निकालीं।"),
    C(
        L,
        "The municipal staff muzzled the stray dogs before taking them to the shelter.",
        "नगर निगम के कर्मचारियों ने आवारा कुत्तों को आश्रय गृह ले जाने से पहले उन पर थूथन चढ़ा दिया।",
    ),
    C(
        L,
        "The shepherd sheared the sheep and sold the fleece at the market.",
        "गड़रिये ने भेड़ों की ऊन उतारी और उसे बाज़ार में बेच दिया।",
    ),
    C(
        L,
        "The cook lifted the lid of the pot to check the rice.",
        "रसोइये ने चावल देखने के लिए बर्तन का ढक्कन उठाया।",
    ),
    C(L, "The groundsmen covered the pitch before the rain.", "ग्राउंड्समैन ने बारिश से पहले पिच ढक दी।"),
    C(L, "The children filled their boots with sand at the beach.", "बच्चों ने समुद्र तट पर अपने जूतों में रेत भर ली।"),
    C(L, "The butcher sharpened his knives before the festival.", "कसाई ने त्योहार से पहले अपने चाकू तेज़ किए।"),
    C(
        L,
        "The footballer hurt his kneecap and will miss the final.",
        "फ़ुटबॉलर के घुटने की टोपी में चोट लगी है और वह फ़ाइनल नहीं खेल पाएगा।",
    ),
    C(L, "The old car blew a gasket on the highway.", "हाईवे पर पुरानी कार का गैस्केट फट गया।"),
    C(
        L,
        "The gardener stepped on a rake and hurt his nose.",
        "माली ने एक दंताली पर पैर रखा और उसकी नाक में चोट लग गई।",
    ),
    C(L, "The old man sold ice to fishermen at the harbour.", "बूढ़ा आदमी बंदरगाह पर मछुआरों को बर्फ़ बेचता था।"),
    C(
        L,
        "The nurse held the patient's feet near the fire to warm them.",
        "नर्स ने मरीज़ के पैर गर्म करने के लिए उन्हें आग के पास रखा।",
    ),
    C(L, "The washerman hung the clothes out to dry.", "धोबी ने कपड़े सूखने के लिए बाहर टांग दिए।"),
    C(
        L,
        "The guards pulled up the drawbridge at sunset.",
        "पहरेदारों ने सूर्यास्त के समय उठने वाला पुल ऊपर खींच लिया।",
    ),
    C(L, "The owner let the dog off the leash in the park.", "मालिक ने पार्क में कुत्ते का पट्टा खोल दिया।"),
    C(L, "The ship sailed from Mumbai on Monday.", "जहाज़ सोमवार को मुंबई से रवाना हुआ।"),
    C(
        L,
        "The clerk switched off the lights in the bank's office after the audit.",
        "लेखा परीक्षा के बाद क्लर्क ने बैंक के दफ़्तर की बत्तियां बुझा दीं।",
    ),
    C(
        L,
        "Nobody in the ministry was willing to bell the cat.",
        "मंत्रालय में कोई भी बिल्ली के गले में घंटी बांधने को तैयार नहीं था।",
    ),
    C(
        L,
        "Running a coalition government is like riding a tiger.",
        "गठबंधन सरकार चलाना शेर की सवारी करने जैसा है।",
    ),
    C(
        L,
        "After the election the young leader took the reins of the party.",
        "चुनाव के बाद युवा नेता ने पार्टी की बागडोर संभाली।",
    ),
    C(
        L,
        "The opposition planted seeds of doubt in the minds of voters.",
        "विपक्ष ने मतदाताओं के मन में संदेह के बीज बोए।",
    ),
    C(L, "The central bank put the brakes on lending.", "केंद्रीय बैंक ने कर्ज़ देने पर ब्रेक लगा दिया।"),
    C(
        L,
        "The minister is sawing off the branch he is sitting on.",
        "मंत्री उसी डाल को काट रहे हैं जिस पर वे बैठे हैं।",
    ),
    C(
        L,
        "The speech fanned the flames of anger in the town.",
        "भाषण ने शहर में गुस्से की आग को हवा दी।",
    ),
    C(
        L,
        "The company is playing with fire by ignoring the safety rules.",
        "सुरक्षा नियमों की अनदेखी करके कंपनी आग से खेल रही है।",
    ),
    C(L, "The new chief tightened the reins on spending.", "नए प्रमुख ने ख़र्च पर लगाम कस दी।"),
    C(
        L,
        "The price rise has broken the back of poor families.",
        "महंगाई ने ग़रीब परिवारों की कमर तोड़ दी है।",
    ),
    C(L, "The two leaders shook hands after the talks.", "दोनों नेताओं ने बातचीत के बाद हाथ मिलाया।"),
    C(
        L,
        "The company paid a contractor to fix a broken ladder in its warehouse.",
        "कंपनी ने अपने गोदाम में टूटी सीढ़ी ठीक करने के लिए एक ठेकेदार को भुगतान किया।",
    ),
    C(
        L,
        "The finance ministry bought new chairs and tables for its staff.",
        "वित्त मंत्रालय ने अपने कर्मचारियों के लिए नई कुर्सियां और मेज़ें ख़रीदीं।",
    ),
    C(
        L,
        "The party's treasurer fed the stray dogs outside the office every morning.",
        "पार्टी के कोषाध्यक्ष हर सुबह दफ़्तर के बाहर आवारा कुत्तों को खाना खिलाते थे।",
    ),
    C(L, "The minister cut the ribbon at the new bank branch.", "मंत्री ने नई बैंक शाखा पर फ़ीता काटा।"),
    C(
        L,
        "A fire at its plant damaged the company's machines and hit its profits.",
        "संयंत्र में लगी आग से कंपनी की मशीनें ख़राब हो गईं और उसके मुनाफ़े पर असर पड़ा।",
    ),
    C(
        L,
        "The bank manager's son fell from a tree while picking mangoes.",
        "बैंक मैनेजर का बेटा आम तोड़ते समय पेड़ से गिर गया।",
    ),
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
