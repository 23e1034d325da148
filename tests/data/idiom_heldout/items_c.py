"""Held-out set C (round 4): 20 literal-idiom MT sentences and 20 clean look-alikes, written by the
r4-idioms helper session BEFORE any round-4 tuning and not edited afterwards. Their idioms
(have an axe to grind, pull the rug out from under, nip in the bud, …) are kept OUT of every list
the project ships (audit/data/idioms_en.tsv, the glossary's idiom entries): the set measures the
generalising mechanisms (WordNet inventory, dictionary calques), not the list.
None of these idioms occurs in tests/data/challenge*, heldout A or B.
Licence: CC-BY-4.0, like the project's other hand-written test data.

FLAWED: (English source, flawed MT, gold span, English idiom, correct MT)
LITERAL: (English source using the idioms' words literally, its correct MT) — clean look-alikes
"""

FLAWED = [
    (
        "The critic clearly has an axe to grind with the board.",
        "आलोचक के पास बोर्ड के साथ पीसने के लिए साफ तौर पर एक कुल्हाड़ी है।",
        "पीसने के लिए साफ तौर पर एक कुल्हाड़ी",
        "has an axe to grind",
        "आलोचक की बोर्ड से साफ तौर पर निजी खुन्नस है।",
    ),
    (
        "The organisers pulled out all the stops for the festival.",
        "आयोजकों ने उत्सव के लिए सभी स्टॉप बाहर खींच लिए।",
        "सभी स्टॉप बाहर खींच लिए",
        "pulled out all the stops",
        "आयोजकों ने उत्सव के लिए कोई कसर नहीं छोड़ी।",
    ),
    (
        "Investors want the founders to have skin in the game.",
        "निवेशक चाहते हैं कि संस्थापकों की खेल में त्वचा हो।",
        "खेल में त्वचा",
        "have skin in the game",
        "निवेशक चाहते हैं कि संस्थापकों का अपना पैसा भी दांव पर हो।",
    ),
    (
        "He swallowed his pride and apologised to the voters.",
        "उसने अपना गर्व निगल लिया और मतदाताओं से माफी मांगी।",
        "अपना गर्व निगल लिया",
        "swallowed his pride",
        "उसने अपना अहं छोड़कर मतदाताओं से माफी मांगी।",
    ),
    (
        "The police nipped the protest in the bud.",
        "पुलिस ने विरोध प्रदर्शन को कली में ही चुटकी से काट दिया।",
        "कली में ही चुटकी से काट",
        "nipped in the bud",
        "पुलिस ने विरोध प्रदर्शन को शुरू होते ही रोक दिया।",
    ),
    (
        "The young challenger threw down the gauntlet to the champion.",
        "युवा चुनौतीकर्ता ने चैंपियन के सामने दस्ताना नीचे फेंक दिया।",
        "दस्ताना नीचे फेंक दिया",
        "threw down the gauntlet",
        "युवा खिलाड़ी ने चैंपियन को खुली चुनौती दी।",
    ),
    (
        "The coach is keeping his cards close to his chest.",
        "कोच अपने पत्ते अपनी छाती के पास रख रहे हैं।",
        "अपने पत्ते अपनी छाती के पास रख",
        "keeping his cards close to his chest",
        "कोच अपनी योजना किसी को नहीं बता रहे हैं।",
    ),
    (
        "The bank pulled the rug out from under the project.",
        "बैंक ने परियोजना के नीचे से गलीचा खींच लिया।",
        "नीचे से गलीचा खींच लिया",
        "pulled the rug out from under",
        "बैंक ने अचानक परियोजना से हाथ खींच लिया।",
    ),
    (
        "The merger has been put on ice until next year.",
        "विलय को अगले साल तक बर्फ पर रख दिया गया है।",
        "बर्फ पर रख दिया",
        "put on ice",
        "विलय को अगले साल तक टाल दिया गया है।",
    ),
    (
        "With the election a week away, the gloves are off.",
        "चुनाव में एक हफ्ता बचा है और दस्ताने उतर गए हैं।",
        "दस्ताने उतर गए",
        "the gloves are off",
        "चुनाव में एक हफ्ता बचा है और अब खुलकर लड़ाई हो रही है।",
    ),
    (
        "The president often shoots from the hip.",
        "राष्ट्रपति अक्सर कूल्हे से गोली चलाते हैं।",
        "कूल्हे से गोली चलाते",
        "shoots from the hip",
        "राष्ट्रपति अक्सर बिना सोचे-समझे बोल देते हैं।",
    ),
    (
        "The two ministers are like two peas in a pod.",
        "दोनों मंत्री एक फली में दो मटर की तरह हैं।",
        "एक फली में दो मटर",
        "two peas in a pod",
        "दोनों मंत्री बिल्कुल एक जैसे हैं।",
    ),
    (
        "After the flood, officials ran around like headless chickens.",
        "बाढ़ के बाद अधिकारी बिना सिर वाली मुर्गियों की तरह इधर-उधर भागते रहे।",
        "बिना सिर वाली मुर्गियों की तरह",
        "like headless chickens",
        "बाढ़ के बाद अधिकारी बदहवास होकर इधर-उधर भागते रहे।",
    ),
    (
        "The minister held his tongue during the debate.",
        "मंत्री ने बहस के दौरान अपनी जीभ पकड़ी।",
        "अपनी जीभ पकड़ी",
        "held his tongue",
        "मंत्री बहस के दौरान चुप रहे।",
    ),
    (
        "The new agreement only papers over the cracks.",
        "नया समझौता केवल दरारों पर कागज चिपकाता है।",
        "दरारों पर कागज चिपकाता",
        "papers over the cracks",
        "नया समझौता असली मतभेदों को केवल ढक देता है।",
    ),
    (
        "Party members are expected to toe the line.",
        "पार्टी सदस्यों से रेखा पर पैर की उंगली रखने की अपेक्षा की जाती है।",
        "रेखा पर पैर की उंगली रखने",
        "toe the line",
        "पार्टी सदस्यों से पार्टी लाइन पर चलने की अपेक्षा की जाती है।",
    ),
    (
        "The fuel price rise was the straw that broke the camel's back.",
        "ईंधन की कीमतों में बढ़ोतरी वह तिनका थी जिसने ऊंट की पीठ तोड़ दी।",
        "तिनका थी जिसने ऊंट की पीठ तोड़ दी",
        "the straw that broke the camel's back",
        "ईंधन की कीमतों में बढ़ोतरी ने लोगों के सब्र का बांध तोड़ दिया।",
    ),
    (
        "The new principal runs a tight ship.",
        "नई प्रधानाचार्य एक तंग जहाज चलाती हैं।",
        "एक तंग जहाज चलाती",
        "runs a tight ship",
        "नई प्रधानाचार्य स्कूल को बहुत अनुशासन से चलाती हैं।",
    ),
    (
        "A rising tide lifts all boats, the finance minister said.",
        "वित्त मंत्री ने कहा कि बढ़ता ज्वार सभी नावों को उठा देता है।",
        "बढ़ता ज्वार सभी नावों को उठा देता",
        "a rising tide lifts all boats",
        "वित्त मंत्री ने कहा कि अर्थव्यवस्था बढ़ेगी तो सबको फायदा होगा।",
    ),
    (
        "The reporter's questions got under his skin.",
        "रिपोर्टर के सवाल उसकी त्वचा के नीचे आ गए।",
        "त्वचा के नीचे आ गए",
        "got under his skin",
        "रिपोर्टर के सवालों से वह चिढ़ गया।",
    ),
]

LITERAL = [
    (
        "The farmer sharpened his axe on the grinding stone.",
        "किसान ने पीसने वाले पत्थर पर अपनी कुल्हाड़ी की धार तेज की।",
    ),
    (
        "The train did not halt at all the stops between the two cities.",
        "ट्रेन दोनों शहरों के बीच के सभी स्टॉप पर नहीं रुकी।",
    ),
    (
        "The doctor treated the player's skin infection during the game.",
        "डॉक्टर ने खेल के दौरान खिलाड़ी के त्वचा संक्रमण का इलाज किया।",
    ),
    ("The villagers take pride in the new school.", "गांव वालों को नए स्कूल पर गर्व है।"),
    ("Gardeners pinch off the buds of the rose plant.", "माली गुलाब के पौधे की कलियों को चुटकी से तोड़ देते हैं।"),
    ("The worker put on gloves and threw the waste down the chute.", "मजदूर ने दस्ताने पहनकर कचरा नीचे फेंक दिया।"),
    ("The players took off their gloves after the match.", "मैच के बाद खिलाड़ियों ने अपने दस्ताने उतार दिए।"),
    ("The old man held the letter close to his chest.", "बूढ़े आदमी ने पत्र अपनी छाती के पास रखा।"),
    (
        "The maid pulled the rug out from under the bed to clean it.",
        "नौकरानी ने सफाई के लिए पलंग के नीचे से गलीचा खींच लिया।",
    ),
    ("The fishermen keep their catch on ice.", "मछुआरे अपनी पकड़ी मछलियों को बर्फ पर रखते हैं।"),
    ("The hunter shot the deer in the hip.", "शिकारी ने हिरण के कूल्हे में गोली मारी।"),
    ("The farmer took the peas out of every pod.", "किसान ने हर फली से मटर निकाले।"),
    ("The butcher sold headless chickens at the market.", "कसाई ने बाजार में बिना सिर वाली मुर्गियां बेचीं।"),
    (
        "The doctor held the child's tongue down to examine his throat.",
        "डॉक्टर ने गला जांचने के लिए बच्चे की जीभ पकड़ी।",
    ),
    (
        "Before painting, the workers covered the cracks in the wall with paper.",
        "पेंटिंग से पहले मजदूरों ने दीवार की दरारों पर कागज चिपकाया।",
    ),
    ("At the start, the runner's toe touched the line.", "शुरुआत में धावक के पैर की उंगली रेखा को छू गई।"),
    ("The camel carried bundles of dry straw on its back.", "ऊंट अपनी पीठ पर सूखे तिनकों के गट्ठर ढो रहा था।"),
    ("The ship passed through a narrow channel.", "जहाज एक तंग नहर से गुजरा।"),
    ("The high tide lifted the boats in the harbour.", "ऊंचे ज्वार ने बंदरगाह में नावों को ऊपर उठा दिया।"),
    ("The nurse gave the injection under the skin of his arm.", "नर्स ने उसकी बांह की त्वचा के नीचे इंजेक्शन लगाया।"),
]
