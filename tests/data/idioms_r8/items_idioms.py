"""Round-8 idiom generalisation check: idioms and phrasal verbs rendered literally (hand-written).

Written by the r8-idioms helper BEFORE any round-8 tuning and not edited afterwards to fit. None of
its idioms or phrasal verbs is in tests/data/heldout_r4..r7, idioms_r6, idioms_r7, idiom_heldout,
the challenge sets, the issue texts or the hand-written lexicons (audit/data/idioms_en.tsv,
idiom_glossary.tsv, calques.toml, phrasal_literal.toml, source_senses.toml, source_lexicon.toml,
source_evidence.toml) at the time of writing (checked by grep; WordNet's generated table was not
excluded, since WordNet is the large resource the checks are meant to draw on).
Subjects are mixed on purpose: institutions (ministry, bank, railways) and people (a shopkeeper,
students, volunteers). The look-alikes are clean Hindi: vivid literal scenes with a person or an
animal as actor, literal physical work done by institutions (a bank loads notes, the police put up
barricades), and real Hindi idioms. Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741

IDIOMS = [
    # --- idioms
    F(
        I,
        "The commission said it had bigger fish to fry than parking fines.",
        "आयोग ने कहा कि उसके पास पार्किंग जुर्मानों से बड़ी मछलियाँ तलने के लिए हैं।",
        [("बड़ी मछलियाँ तलने के लिए", "bigger fish to fry")],
        "आयोग ने कहा कि उसके सामने पार्किंग जुर्मानों से कहीं बड़े मसले हैं।",
    ),
    F(
        I,
        "In the cold light of day, the budget looks far less generous.",
        "दिन की ठंडी रोशनी में बजट कहीं कम उदार दिखता है।",
        [("दिन की ठंडी रोशनी में", "in the cold light of day")],
        "ठंडे दिमाग़ से देखें तो बजट कहीं कम उदार दिखता है।",
    ),
    F(
        I,
        "The builder offered free parking to sweeten the deal.",
        "बिल्डर ने सौदे को मीठा करने के लिए मुफ़्त पार्किंग की पेशकश की।",
        [("सौदे को मीठा करने", "sweeten the deal")],
        "बिल्डर ने सौदे को और आकर्षक बनाने के लिए मुफ़्त पार्किंग की पेशकश की।",
    ),
    F(
        I,
        "With the rate cut postponed, the exporters dodged a bullet.",
        "दर कटौती टलने से निर्यातकों ने एक गोली को चकमा दे दिया।",
        [("एक गोली को चकमा दे दिया", "dodged a bullet")],
        "दर कटौती टलने से निर्यातक बाल-बाल बच गए।",
    ),
    F(
        I,
        "The hospital's fire safety is not up to scratch.",
        "अस्पताल की अग्नि सुरक्षा खरोंच तक नहीं है।",
        [("खरोंच तक नहीं है", "up to scratch")],
        "अस्पताल की अग्नि सुरक्षा मानक के अनुरूप नहीं है।",
    ),
    F(
        I,
        "By suing its partners, the startup burned its bridges.",
        "अपने साझेदारों पर मुक़दमा करके स्टार्टअप ने अपने पुल जला दिए।",
        [("अपने पुल जला दिए", "burned its bridges")],
        "अपने साझेदारों पर मुक़दमा करके स्टार्टअप ने लौटने के सारे रास्ते बंद कर लिए।",
    ),
    F(
        I,
        "The favourite came a cropper in the second round.",
        "पसंदीदा खिलाड़ी दूसरे दौर में एक फ़सल काटने वाले के रूप में आया।",
        [("एक फ़सल काटने वाले के रूप में आया", "came a cropper")],
        "पसंदीदा खिलाड़ी दूसरे दौर में ही औंधे मुंह गिरा।",
    ),
    F(
        I,
        "The once-powerful mayor fell from grace after the scandal.",
        "घोटाले के बाद कभी ताक़तवर रहे मेयर अनुग्रह से गिर गए।",
        [("अनुग्रह से गिर गए", "fell from grace")],
        "घोटाले के बाद कभी ताक़तवर रहे मेयर की साख मिट्टी में मिल गई।",
    ),
    F(
        I,
        "Many volunteers were left out of pocket after the fair.",
        "मेले के बाद कई स्वयंसेवक जेब से बाहर रह गए।",
        [("जेब से बाहर रह गए", "out of pocket")],
        "मेले के बाद कई स्वयंसेवकों को अपनी जेब से नुक़सान उठाना पड़ा।",
    ),
    F(
        I,
        "The bank keeps tabs on large cash deposits.",
        "बैंक बड़ी नक़द जमाओं पर टैब रखता है।",
        [("टैब रखता है", "keeps tabs on")],
        "बैंक बड़ी नक़द जमाओं पर नज़र रखता है।",
    ),
    F(
        I,
        "The state will ring-fence the money for rural schools.",
        "राज्य ग्रामीण स्कूलों के लिए पैसे को अंगूठी से बाड़ लगाएगा।",
        [("अंगूठी से बाड़ लगाएगा", "ring-fence")],
        "राज्य ग्रामीण स्कूलों के लिए पैसा अलग से सुरक्षित रखेगा।",
    ),
    F(
        I,
        "The ministry picked up the tab for the delegates' hotel.",
        "मंत्रालय ने प्रतिनिधियों के होटल का टैब उठाया।",
        [("का टैब उठाया", "picked up the tab")],
        "मंत्रालय ने प्रतिनिधियों के होटल का ख़र्च उठाया।",
    ),
    F(
        I,
        "After the coach resigned, the squad was at sixes and sevens.",
        "कोच के इस्तीफ़े के बाद टीम छक्कों और सत्तों पर थी।",
        [("छक्कों और सत्तों पर थी", "at sixes and sevens")],
        "कोच के इस्तीफ़े के बाद टीम पूरी तरह अस्त-व्यस्त थी।",
    ),
    F(
        I,
        "When the partners fled, the small investors were left holding the baby.",
        "साझेदारों के भागने पर छोटे निवेशक बच्चे को पकड़े रह गए।",
        [("बच्चे को पकड़े रह गए", "left holding the baby")],
        "साझेदारों के भागने पर सारा बोझ छोटे निवेशकों पर आ पड़ा।",
    ),
    F(
        I,
        "For the farmers, the new seed was a no-brainer.",
        "किसानों के लिए नया बीज बिना दिमाग़ वाला था।",
        [("बिना दिमाग़ वाला था", "no-brainer")],
        "किसानों के लिए नया बीज अपनाना सीधा-सा फ़ैसला था।",
    ),
    F(
        I,
        "The council went cap in hand to the state for funds.",
        "परिषद धन के लिए हाथ में टोपी लेकर राज्य के पास गई।",
        [("हाथ में टोपी लेकर", "cap in hand")],
        "परिषद धन के लिए राज्य के आगे हाथ फैलाने गई।",
    ),
    F(
        I,
        "The economy is on the mend after two bad years.",
        "दो ख़राब वर्षों के बाद अर्थव्यवस्था मरम्मत पर है।",
        [("मरम्मत पर है", "on the mend")],
        "दो ख़राब वर्षों के बाद अर्थव्यवस्था संभल रही है।",
    ),
    F(
        I,
        "On their first date they decided to go Dutch.",
        "अपनी पहली मुलाक़ात पर उन्होंने डच जाने का फ़ैसला किया।",
        [("डच जाने का", "go Dutch")],
        "अपनी पहली मुलाक़ात पर उन्होंने बिल आधा-आधा बांटने का फ़ैसला किया।",
    ),
    # --- phrasal verbs
    F(
        I,
        "The railways will phase out diesel engines by 2030.",
        "रेलवे 2030 तक डीज़ल इंजनों को बाहर चरणबद्ध करेगा।",
        [("बाहर चरणबद्ध करेगा", "phase out")],
        "रेलवे 2030 तक डीज़ल इंजनों को चरणबद्ध ढंग से हटा देगा।",
    ),
    F(
        I,
        "A shopkeeper tipped off the police about the gang.",
        "एक दुकानदार ने गिरोह के बारे में पुलिस को नोक से बंद कर दिया।",
        [("नोक से बंद कर दिया", "tipped off")],
        "एक दुकानदार ने गिरोह के बारे में पुलिस को ख़बर दी।",
    ),
    F(
        I,
        "The judge summed up the evidence for the jury.",
        "न्यायाधीश ने जूरी के लिए सबूतों को ऊपर जोड़ा।",
        [("ऊपर जोड़ा", "summed up")],
        "न्यायाधीश ने जूरी के लिए सबूतों का सार बताया।",
    ),
    F(
        I,
        "The airline let down thousands of stranded passengers.",
        "एयरलाइन ने हज़ारों फंसे यात्रियों को नीचे जाने दिया।",
        [("नीचे जाने दिया", "let down")],
        "एयरलाइन ने हज़ारों फंसे यात्रियों को निराश किया।",
    ),
    F(
        I,
        "The company has scaled back its hiring plans.",
        "कंपनी ने अपनी भर्ती योजनाओं को पीछे स्केल किया है।",
        [("पीछे स्केल किया है", "scaled back")],
        "कंपनी ने अपनी भर्ती योजनाओं में कटौती की है।",
    ),
    F(
        I,
        "The dispute boils down to who owns the land.",
        "विवाद इस बात पर नीचे उबलता है कि ज़मीन किसकी है।",
        [("नीचे उबलता है", "boils down to")],
        "विवाद असल में इस बात का है कि ज़मीन किसकी है।",
    ),
    F(
        I,
        "The mission will wind down its operations next year.",
        "मिशन अगले साल अपने अभियानों को नीचे लपेटेगा।",
        [("नीचे लपेटेगा", "wind down")],
        "मिशन अगले साल अपने अभियान धीरे-धीरे समेट लेगा।",
    ),
    F(
        I,
        "The veteran actor bowed out of the race for the seat.",
        "अनुभवी अभिनेता सीट की दौड़ से बाहर झुक गए।",
        [("बाहर झुक गए", "bowed out")],
        "अनुभवी अभिनेता सीट की दौड़ से हट गए।",
    ),
    F(
        I,
        "The board has pencilled in a meeting for March.",
        "बोर्ड ने मार्च के लिए एक बैठक को अंदर पेंसिल किया है।",
        [("अंदर पेंसिल किया है", "pencilled in")],
        "बोर्ड ने मार्च के लिए एक बैठक अस्थायी रूप से तय की है।",
    ),
    F(
        I,
        "The factory is ramping up production of vaccines.",
        "कारख़ाना टीकों के उत्पादन को ऊपर ढलान कर रहा है।",
        [("ऊपर ढलान कर रहा है", "ramping up")],
        "कारख़ाना टीकों का उत्पादन तेज़ी से बढ़ा रहा है।",
    ),
    F(
        I,
        "The panel will flesh out the proposal next month.",
        "समिति अगले महीने प्रस्ताव को बाहर मांस देगी।",
        [("बाहर मांस देगी", "flesh out")],
        "समिति अगले महीने प्रस्ताव का पूरा ब्योरा तैयार करेगी।",
    ),
    F(
        I,
        "The newspaper toned down its headline after complaints.",
        "शिकायतों के बाद अख़बार ने अपनी सुर्ख़ी को नीचे स्वर दिया।",
        [("नीचे स्वर दिया", "toned down")],
        "शिकायतों के बाद अख़बार ने अपनी सुर्ख़ी नरम कर दी।",
    ),
    F(
        I,
        "The army is mopping up the last pockets of resistance.",
        "सेना प्रतिरोध की आख़िरी जेबों को ऊपर पोंछ रही है।",
        [("आख़िरी जेबों को ऊपर पोंछ रही है", "mopping up the last pockets")],
        "सेना प्रतिरोध के आख़िरी ठिकानों का सफ़ाया कर रही है।",
    ),
    F(
        I,
        "The central bank sold dollars to prop up the rupee.",
        "केंद्रीय बैंक ने रुपये को ऊपर टेकने के लिए डॉलर बेचे।",
        [("ऊपर टेकने", "prop up")],
        "केंद्रीय बैंक ने रुपये को सहारा देने के लिए डॉलर बेचे।",
    ),
    F(
        I,
        "Every villager chipped in for the new well.",
        "हर गांव वाले ने नए कुएं के लिए अंदर चिप किया।",
        [("अंदर चिप किया", "chipped in")],
        "हर गांव वाले ने नए कुएं के लिए चंदा दिया।",
    ),
    F(
        I,
        "After the holidays the students knuckled down to revision.",
        "छुट्टियों के बाद छात्रों ने दोहराई के लिए पोर नीचे किए।",
        [("पोर नीचे किए", "knuckled down")],
        "छुट्टियों के बाद छात्र मन लगाकर दोहराई में जुट गए।",
    ),
    F(
        I,
        "The state has beefed up security at the border.",
        "राज्य ने सीमा पर सुरक्षा को गोमांस ऊपर किया है।",
        [("गोमांस ऊपर किया है", "beefed up")],
        "राज्य ने सीमा पर सुरक्षा कड़ी कर दी है।",
    ),
]

L = "idiom"
IDIOM_LOOKALIKES = [
    # --- vivid literal scenes: a person or an animal does the physical thing
    C(
        L,
        "The fisherman's wife heated the pan to fry the big fish.",
        "मछुआरे की पत्नी ने बड़ी मछलियाँ तलने के लिए कड़ाही चढ़ाई।",
    ),
    C(
        L,
        "On the winter morning the fields looked hazy in the cold daylight.",
        "सर्दियों की सुबह दिन की ठंडी रोशनी में खेत धुंधले दिख रहे थे।",
    ),
    C(L, "The sweet-maker added jaggery to sweeten the kheer.", "हलवाई ने खीर को मीठा करने के लिए गुड़ डाला।"),
    C(
        L,
        "In the encounter the soldier jumped behind a wall to dodge the bullets.",
        "मुठभेड़ में जवान गोलियों से बचने के लिए दीवार के पीछे कूद गया।",
    ),
    C(
        L,
        "The cat's paw left a light scratch on the child's hand.",
        "बिल्ली के पंजे से बच्चे के हाथ पर हल्की खरोंच आ गई।",
    ),
    C(L, "The retreating army burned the bridges over the river.", "पीछे हटती सेना ने नदी के पुल जला दिए।"),
    C(
        L,
        "The farmer cut the crop with a sickle and tied the sheaves.",
        "किसान ने दरांती से फ़सल काटी और गट्ठर बांधे।",
    ),
    C(L, "The labourer slipped from the ladder and fell down.", "सीढ़ी से फिसलकर मज़दूर नीचे गिर गया।"),
    C(
        L,
        "He took the coins out of his pocket and gave them to the shopkeeper.",
        "उसने जेब से सिक्के बाहर निकालकर दुकानदार को दिए।",
    ),
    C(L, "The mother kept holding the crying baby in her lap.", "मां रोते हुए बच्चे को गोद में पकड़े रही।"),
    C(
        L,
        "Standing in the sun, the farmer held his cap in his hand and wiped his sweat.",
        "धूप में खड़े किसान ने हाथ में टोपी लेकर पसीना पोंछा।",
    ),
    C(L, "The mechanic repaired the broken bicycle.", "मिस्त्री ने टूटी साइकिल की मरम्मत की।"),
    C(L, "The farmer put a thorny fence around the field.", "किसान ने खेत के चारों ओर कांटेदार बाड़ लगाई।"),
    C(L, "The labourers unloaded the sacks from the truck.", "मज़दूरों ने बोरियां ट्रक से नीचे उतारीं।"),
    C(
        L,
        "The cook boiled the vegetables and took the pot down from the stove.",
        "रसोइये ने सब्ज़ियां उबालीं और पतीला चूल्हे से नीचे उतार लिया।",
    ),
    C(
        L,
        "The gardener propped the plant up with a stick so it would not fall.",
        "माली ने पौधे को गिरने से बचाने के लिए डंडे से टेक दिया।",
    ),
    C(L, "The washerman wrapped the wet clothes and put them down.", "धोबी ने गीले कपड़े लपेटकर नीचे रख दिए।"),
    C(L, "The cleaner mopped the hospital corridor.", "सफ़ाईकर्मी ने अस्पताल के गलियारे में पोंछा लगाया।"),
    C(L, "The butcher weighed the meat for the customer.", "कसाई ने ग्राहक के लिए मांस तौला।"),
    C(L, "The wrestler bowed to his teacher in the ring.", "पहलवान ने अखाड़े में झुककर गुरु को प्रणाम किया।"),
    C(
        L,
        "The painter drew a map of the village on paper with a pencil.",
        "चित्रकार ने पेंसिल से कागज़ पर गांव का नक्शा बनाया।",
    ),
    C(L, "The driver drove the truck up the ramp.", "ड्राइवर ने ट्रक को ढलान पर ऊपर चढ़ाया।"),
    C(L, "The old man climbed the stairs leaning on his stick.", "बुज़ुर्ग ने छड़ी के सहारे सीढ़ियां चढ़ीं।"),
    C(L, "The fishermen threw the net out of the boat.", "मछुआरों ने जाल नाव से बाहर फेंका।"),
    C(L, "The singer began the song in a low voice.", "गायिका ने धीमे स्वर में गाना शुरू किया।"),
    C(L, "The boy threw the ball down from the roof.", "लड़के ने छत से गेंद नीचे फेंकी।"),
    C(L, "The shepherd drove the sheep into the pen.", "चरवाहे ने भेड़ों को बाड़े के अंदर किया।"),
    C(L, "Grandmother fried potato fritters for her grandson.", "नानी ने पोते के लिए आलू के पकौड़े तले।"),
    C(
        L,
        "The doctor bandaged the scratch on the injured child's knee.",
        "डॉक्टर ने घायल बच्चे के घुटने की खरोंच पर पट्टी बांधी।",
    ),
    C(
        L,
        "The potter shaped a pot on the wheel and dried it in the sun.",
        "कुम्हार ने चाक पर घड़ा बनाकर धूप में सुखाया।",
    ),
    C(
        L,
        "In the storm a branch broke off the tree and fell on the road.",
        "तूफ़ान में पेड़ की डाल टूटकर सड़क पर गिर गई।",
    ),
    C(L, "The monkey snatched the bananas and climbed up the tree.", "बंदर केले झपटकर पेड़ पर ऊपर चढ़ गया।"),
    C(
        L,
        "The goat pushed its head through the fence and ate the leaves.",
        "बकरी ने बाड़ में सिर डालकर पत्ते खा लिए।",
    ),
    C(
        L,
        "Army engineers built a temporary bridge over the river.",
        "सेना के इंजीनियरों ने नदी पर अस्थायी पुल बनाया।",
    ),
    # --- institutions doing literal physical work
    C(L, "The municipal corporation filled the potholes on the road.", "नगर निगम ने सड़क के गड्ढे भरे।"),
    C(L, "The company put solar panels on the factory roof.", "कंपनी ने कारख़ाने की छत पर सौर पैनल लगाए।"),
    C(L, "The government sent boats to the flooded villages.", "सरकार ने बाढ़ प्रभावित गांवों में नावें भेजीं।"),
    C(L, "The hospital bought new beds for the patients.", "अस्पताल ने मरीज़ों के लिए नए बिस्तर ख़रीदे।"),
    C(L, "The party put up flags at the rally ground.", "पार्टी ने रैली के मैदान में झंडे लगाए।"),
    C(L, "The school cooked lunch for the children.", "स्कूल ने बच्चों के लिए दोपहर का खाना पकाया।"),
    C(L, "The bank loaded new notes into the ATMs.", "बैंक ने एटीएम में नए नोट डाले।"),
    C(L, "The police put up barricades on the road.", "पुलिस ने सड़क पर बैरिकेड लगाए।"),
    # --- real Hindi idioms
    C(L, "The rival team gave up even before the match.", "मैच से पहले ही विपक्षी टीम ने घुटने टेक दिए।"),
    C(
        L,
        "The new manager transformed the office as soon as he came.",
        "नए मैनेजर ने आते ही दफ़्तर की काया पलट दी।",
    ),
    C(L, "The government ruined this scheme.", "सरकार ने इस योजना पर पानी फेर दिया।"),
    C(L, "The news of the scam caused a stir in the ministry.", "घोटाले की ख़बर से मंत्रालय में खलबली मच गई।"),
    C(L, "The company's shares crashed.", "कंपनी के शेयर औंधे मुंह गिरे।"),
    C(L, "The bank has made life miserable for the borrowers.", "बैंक ने कर्ज़दारों की नाक में दम कर रखा है।"),
    C(L, "The opposition took the government to task.", "विपक्ष ने सरकार को आड़े हाथों लिया।"),
    C(L, "The commission's report opened everyone's eyes.", "आयोग की रिपोर्ट ने सबकी आंखें खोल दीं।"),
    C(
        L,
        "The party finally approved the new president's name.",
        "पार्टी ने आख़िरकार नए अध्यक्ष के नाम पर मुहर लगा दी।",
    ),
    C(L, "Inflation has broken the common man's back.", "महंगाई ने आम आदमी की कमर तोड़ दी है।"),
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
