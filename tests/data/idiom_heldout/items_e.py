"""Held-out set E (round 5, HI209 back-translation): 20 literal idioms and 30 clean look-alikes,
written by the r5-revidiom helper BEFORE HI209 was tuned and not edited afterwards (first
committed as items_d.py in 7ae9f7f; renamed when the r5-idioms helper landed its own set D).

Every idiom is in one of the project's inventories (``audit/data/idioms_en.tsv``,
``audit/data/wordnet_idioms.tsv`` or WordNet's multiword lemmas) and none occurs in
heldout_r4, idiom_heldout A/B/C or the challenge sets. The look-alikes use the same Hindi
words literally, or are correct Hindi idioms of the same meaning. Licence: CC-BY-4.0, like the
project's other hand-written test data.

FLAWED: (English source, flawed MT, gold span, English idiom, correct MT)
LITERAL: (English source, clean Hindi)
"""

FLAWED = [
    (
        "The ruling opened the floodgates for similar lawsuits.",
        "इस फैसले ने इसी तरह के मुकदमों के लिए बाढ़ के दरवाज़े खोल दिए।",
        "बाढ़ के दरवाज़े खोल दिए",
        "open the floodgates",
        "इस फैसले के बाद इसी तरह के मुकदमों की झड़ी लग गई।",
    ),
    (
        "Rival clubs are green with envy at the signing.",
        "प्रतिद्वंद्वी क्लब इस करार से ईर्ष्या से हरे हो गए हैं।",
        "ईर्ष्या से हरे",
        "green with envy",
        "प्रतिद्वंद्वी क्लब इस करार से बहुत जल रहे हैं।",
    ),
    (
        "The coalition government is hanging by a thread.",
        "गठबंधन सरकार एक धागे से लटक रही है।",
        "एक धागे से लटक",
        "hang by a thread",
        "गठबंधन सरकार का भविष्य अधर में है।",
    ),
    (
        "The former mayor has thrown his hat in the ring.",
        "पूर्व मेयर ने भी रिंग में अपनी टोपी फेंक दी है।",
        "रिंग में अपनी टोपी फेंक दी",
        "throw one's hat in the ring",
        "पूर्व मेयर ने भी चुनाव लड़ने का एलान कर दिया है।",
    ),
    (
        "The new officer does not want to step on anyone's toes.",
        "नया अधिकारी किसी के पैर की उंगलियों पर कदम नहीं रखना चाहता।",
        "पैर की उंगलियों पर कदम",
        "step on someone's toes",
        "नया अधिकारी किसी को नाराज़ नहीं करना चाहता।",
    ),
    (
        "We do not need to reinvent the wheel.",
        "हमें पहिये का फिर से आविष्कार करने की ज़रूरत नहीं है।",
        "पहिये का फिर से आविष्कार",
        "reinvent the wheel",
        "हमें सब कुछ नए सिरे से शुरू करने की ज़रूरत नहीं है।",
    ),
    (
        "The officials feathered their nests with relief money.",
        "अधिकारियों ने राहत के पैसे से अपने घोंसलों को पंख लगाए।",
        "अपने घोंसलों को पंख लगाए",
        "feather one's nest",
        "अधिकारियों ने राहत के पैसे से अपनी जेबें भरीं।",
    ),
    (
        "After the win the players were walking on air.",
        "जीत के बाद खिलाड़ी हवा पर चल रहे थे।",
        "हवा पर चल रहे",
        "walk on air",
        "जीत के बाद खिलाड़ी खुशी से फूले नहीं समा रहे थे।",
    ),
    (
        "The shop grew by word of mouth.",
        "दुकान मुंह के शब्द से बढ़ी।",
        "मुंह के शब्द से",
        "word of mouth",
        "दुकान लोगों के आपस में बताने से चल निकली।",
    ),
    (
        "Engineers are working against the clock to fix the bridge.",
        "इंजीनियर पुल ठीक करने के लिए घड़ी के खिलाफ काम कर रहे हैं।",
        "घड़ी के खिलाफ",
        "against the clock",
        "इंजीनियर पुल ठीक करने के लिए समय से होड़ लगाकर काम कर रहे हैं।",
    ),
    (
        "The two ministers are on the same wavelength.",
        "दोनों मंत्री एक ही तरंगदैर्ध्य पर हैं।",
        "एक ही तरंगदैर्ध्य पर",
        "on the same wavelength",
        "दोनों मंत्रियों की सोच एक जैसी है।",
    ),
    (
        "Here students rub shoulders with top scientists.",
        "यहां छात्र शीर्ष वैज्ञानिकों के साथ कंधे रगड़ते हैं।",
        "कंधे रगड़ते",
        "rub shoulders with",
        "यहां छात्रों को शीर्ष वैज्ञानिकों से मिलने-जुलने का मौका मिलता है।",
    ),
    (
        "He was a wet blanket at the party.",
        "वह पार्टी में एक गीला कंबल था।",
        "एक गीला कंबल",
        "a wet blanket",
        "उसने पार्टी का सारा मज़ा किरकिरा कर दिया।",
    ),
    (
        "The firm's accountant cooked the books for years.",
        "कंपनी के लेखाकार ने वर्षों तक किताबें पकाईं।",
        "किताबें पकाईं",
        "cook the books",
        "कंपनी का लेखाकार वर्षों तक हिसाब में हेराफेरी करता रहा।",
    ),
    (
        "The promise of free power is pie in the sky.",
        "मुफ्त बिजली का वादा आसमान में पाई है।",
        "आसमान में पाई",
        "pie in the sky",
        "मुफ्त बिजली का वादा हवाई किला है।",
    ),
    (
        "The hotel is a stone's throw from the beach.",
        "होटल समुद्र तट से एक पत्थर की फेंक पर है।",
        "एक पत्थर की फेंक",
        "a stone's throw",
        "होटल समुद्र तट से बिल्कुल पास है।",
    ),
    (
        "The film was made on a shoestring.",
        "फिल्म एक जूते के फीते पर बनाई गई थी।",
        "एक जूते के फीते पर",
        "on a shoestring",
        "फिल्म बहुत कम बजट में बनाई गई थी।",
    ),
    (
        "Life in the capital is not a bed of roses.",
        "राजधानी में जीवन गुलाबों का बिस्तर नहीं है।",
        "गुलाबों का बिस्तर",
        "a bed of roses",
        "राजधानी में जीवन फूलों की सेज नहीं है।",
    ),
    (
        "The fans painted the town red after the final.",
        "फाइनल के बाद प्रशंसकों ने शहर को लाल रंग दिया।",
        "शहर को लाल रंग दिया",
        "paint the town red",
        "फाइनल के बाद प्रशंसकों ने जमकर जश्न मनाया।",
    ),
    (
        "The new rule is a thorn in the traders' side.",
        "नया नियम व्यापारियों की बगल में एक कांटा है।",
        "बगल में एक कांटा",
        "a thorn in one's side",
        "नया नियम व्यापारियों के लिए सिरदर्द बना हुआ है।",
    ),
]

LITERAL = [
    ("The flood broke the gates of the dam.", "बाढ़ ने बांध के दरवाज़े तोड़ दिए।"),
    ("The leaves of the plant turned green.", "पौधे की पत्तियां हरी हो गईं।"),
    ("The tailor hung the button by a thread.", "दर्ज़ी ने बटन को एक धागे से लटका दिया।"),
    ("The clown threw his hat into the ring.", "जोकर ने रिंग में अपनी टोपी फेंकी और दर्शक हंस पड़े।"),
    ("Someone stepped on my toes in the crowd.", "भीड़ में किसी ने मेरे पैर की उंगलियों पर पैर रख दिया।"),
    ("The mechanic changed the wheel of the bicycle.", "मैकेनिक ने साइकिल का पहिया बदल दिया।"),
    ("The bird built its nest with feathers.", "चिड़िया ने पंखों से अपना घोंसला बनाया।"),
    ("The kite was flying high in the air.", "पतंग हवा में ऊंची उड़ रही थी।"),
    ("The doctor looked into the patient's mouth.", "डॉक्टर ने मरीज़ के मुंह के अंदर देखा।"),
    ("A spider's web was around the wall clock.", "दीवार घड़ी के चारों ओर मकड़ी का जाला था।"),
    ("The radio tuned both stations on one wavelength.", "रेडियो ने दोनों स्टेशन एक ही तरंगदैर्ध्य पर पकड़े।"),
    ("In the crowd people's shoulders rubbed together.", "भीड़ में लोगों के कंधे आपस में रगड़ रहे थे।"),
    ("The relief camp distributed blankets.", "राहत शिविर में कंबल बांटे गए।"),
    ("The wet blanket was left in the sun.", "गीला कंबल धूप में सूखने के लिए छोड़ दिया गया।"),
    ("The cook burnt the bread.", "रसोइये ने रोटी पकाई और किताबें अलमारी में रख दीं।"),
    ("Stars were shining in the sky.", "आसमान में तारे चमक रहे थे।"),
    ("The boy threw a stone at the mango tree.", "लड़के ने आम के पेड़ पर एक पत्थर फेंका।"),
    ("The lace of his shoe was untied.", "उसके जूते का फीता खुला हुआ था।"),
    ("A vase of roses lay beside the bed.", "बिस्तर के पास गुलाबों का एक गुलदस्ता रखा था।"),
    ("The workers painted the town hall red.", "मज़दूरों ने टाउन हॉल को लाल रंग से रंगा।"),
    ("A thorn pricked his finger.", "उसकी उंगली में एक कांटा चुभ गया।"),
    ("Onion prices have hit the sky.", "प्याज़ के दाम आसमान छू रहे हैं।"),
    ("Workers laid new sheets over the warehouse roof.", "मज़दूरों ने गोदाम की छत के ऊपर नई चादरें बिछाईं।"),
    ("Children watched the full moon from the roof.", "बच्चों ने छत पर खड़े होकर पूरा चाँद देखा।"),
    ("The old guard opened the gate of the fort.", "किले के बूढ़े पहरेदार ने फाटक खोला।"),
    ("The ball went through the window.", "गेंद खिड़की के पार चली गई।"),
    ("The mother held the baby close to her chest.", "मां ने बच्चे को अपनी छाती के करीब रखा।"),
    ("The tailor passed the thread through the needle.", "दर्ज़ी ने धागे को सुई के छेद के पार निकाला।"),
    ("He felt pain in his toe after the match.", "मैच के बाद उसके पैर के अंगूठे में दर्द हुआ।"),
    ("The guards stood in a line at the gate.", "पहरेदार फाटक पर एक लाइन में खड़े थे।"),
]
