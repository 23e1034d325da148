"""Round-16 idioms check (idioms helper): idioms, business / sports metaphors and phrasal verbs (hand-written).

Written by the r16-idioms helper BEFORE any round-16 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: British / American
idioms, business and sports metaphors and phrasal verbs rendered word for word (feet of clay ->
मिट्टी के पैर, hit the buffers -> बफ़रों से टकरा गई, ramped up -> ऊपर रैंप किया), in new inflections
and orders; each with a correct, idiomatic translation of the same source (`c-` rows).
Look-alikes (`l-` rows), clean: the idiom's words in a literal scene where the English is literal
too (a driver parking a bus, a goalkeeper never taking his eye off the ball, a train hitting the
buffers, soldiers burning the bridges), and English idioms that Hindi says with the same words
(rub salt into the wounds -> ज़ख़्मों पर नमक छिड़कना, butter up -> मक्खन लगाना, moths to a flame ->
शमा और परवाने, in the pipeline -> पाइपलाइन में).
No idiom or phrasal verb of a flawed row occurs in any dev set's English (checked by a grep on
/tmp/r16/dev_src.jsonl and every file under tests/data before writing). Licence: CC-BY-4.0 like
the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "After twenty seasons the coach finally decided to call it a day.",
        "बीस सीज़न के बाद कोच ने आख़िरकार इसे एक दिन कहने का फ़ैसला किया।",
        [("इसे एक दिन कहने", "call it a day")],
        "बीस सीज़न के बाद कोच ने आख़िरकार संन्यास लेने का फ़ैसला किया।",
    ),
    F(
        I,
        "The reformer everyone admired turned out to have feet of clay.",
        "जिस सुधारक की सब तारीफ़ करते थे, उसके पैर मिट्टी के निकले।",
        [("पैर मिट्टी के", "feet of clay")],
        "जिस सुधारक की सब तारीफ़ करते थे, उसमें भी आख़िर कमज़ोरियां निकलीं।",
    ),
    F(
        I,
        "He burnt his bridges with the party when he joined its rivals.",
        "विरोधियों से जुड़कर उसने पार्टी के साथ अपने पुल जला दिए।",
        [("अपने पुल जला दिए", "burnt his bridges")],
        "विरोधियों से जुड़कर उसने पार्टी में लौटने के सारे रास्ते बंद कर लिए।",
    ),
    F(
        I,
        "The criticism was like water off a duck's back to the minister.",
        "मंत्री के लिए आलोचना बत्तख की पीठ से पानी जैसी थी।",
        [("बत्तख की पीठ से पानी", "water off a duck's back")],
        "मंत्री पर आलोचना का कोई असर नहीं हुआ।",
    ),
    F(
        I,
        "The old printing press is as dead as a dodo now.",
        "पुराना छापाखाना अब डोडो की तरह मरा हुआ है।",
        [("डोडो की तरह मरा हुआ", "as dead as a dodo")],
        "पुराना छापाखाना अब पूरी तरह चलन से बाहर हो चुका है।",
    ),
    F(
        I,
        "The bank ramped up its lending to small farmers.",
        "बैंक ने छोटे किसानों को अपना ऋण ऊपर रैंप किया।",
        [("ऊपर रैंप किया", "ramped up")],
        "बैंक ने छोटे किसानों को दिए जाने वाले क़र्ज़ तेज़ी से बढ़ाए।",
    ),
    F(
        I,
        "The government shored up the loss-making airline with fresh capital.",
        "सरकार ने घाटे वाली एयरलाइन को नई पूंजी से किनारे ऊपर किया।",
        [("किनारे ऊपर किया", "shored up")],
        "सरकार ने घाटे में चल रही एयरलाइन को नई पूंजी देकर सहारा दिया।",
    ),
    F(
        I,
        "The police clamped down on illegal sand mining.",
        "पुलिस ने अवैध रेत खनन पर नीचे क्लैंप किया।",
        [("नीचे क्लैंप किया", "clamped down")],
        "पुलिस ने अवैध रेत खनन पर सख़्ती से शिकंजा कसा।",
    ),
    F(
        I,
        "The striker notched up his tenth goal of the season.",
        "स्ट्राइकर ने सीज़न का अपना दसवां गोल ऊपर खांचा किया।",
        [("ऊपर खांचा किया", "notched up")],
        "स्ट्राइकर ने सीज़न का अपना दसवां गोल दाग़ा।",
    ),
    F(
        I,
        "The company has mothballed its plant in Pune.",
        "कंपनी ने पुणे में अपने संयंत्र को नेफ़थलीन की गोलियों में रख दिया है।",
        [("नेफ़थलीन की गोलियों में रख दिया", "mothballed")],
        "कंपनी ने पुणे वाला अपना संयंत्र फ़िलहाल बंद कर दिया है।",
    ),
    F(
        I,
        "After the merger the shares headed south.",
        "विलय के बाद शेयर दक्षिण की ओर चल पड़े।",
        [("दक्षिण की ओर चल पड़े", "headed south")],
        "विलय के बाद शेयर लुढ़कने लगे।",
    ),
    F(
        I,
        "The minister hedged his bets on the alliance.",
        "मंत्री ने गठबंधन पर अपने दांवों की बाड़ लगाई।",
        [("अपने दांवों की बाड़ लगाई", "hedged his bets")],
        "मंत्री ने गठबंधन को लेकर दोनों ओर के रास्ते खुले रखे।",
    ),
    F(
        I,
        "The highway project has been put on the back burner.",
        "राजमार्ग परियोजना को पिछले चूल्हे पर रख दिया गया है।",
        [("पिछले चूल्हे पर रख दिया", "put on the back burner")],
        "राजमार्ग परियोजना को फ़िलहाल टाल दिया गया है।",
    ),
    F(
        I,
        "The new manager earned brownie points with the owners.",
        "नए मैनेजर ने मालिकों के साथ ब्राउनी अंक कमाए।",
        [("ब्राउनी अंक", "brownie points")],
        "नए मैनेजर ने मालिकों की वाहवाही बटोरी।",
    ),
    F(
        I,
        "The rebel legislators eventually toed the line.",
        "बाग़ी विधायकों ने आख़िरकार रेखा पर पैर का अंगूठा रखा।",
        [("रेखा पर पैर का अंगूठा रखा", "toed the line")],
        "बाग़ी विधायक आख़िरकार पार्टी की बात मान गए।",
    ),
    F(
        I,
        "Investors have taken their eye off the ball.",
        "निवेशकों ने गेंद से अपनी नज़र हटा ली है।",
        [("गेंद से अपनी नज़र हटा ली", "taken their eye off the ball")],
        "निवेशकों का ध्यान असली मुद्दे से भटक गया है।",
    ),
    F(
        I,
        "The chief minister threw his weight behind the dam project.",
        "मुख्यमंत्री ने बांध परियोजना के पीछे अपना वज़न फेंक दिया।",
        [("के पीछे अपना वज़न फेंक दिया", "threw his weight behind")],
        "मुख्यमंत्री ने बांध परियोजना का पूरा समर्थन किया।",
    ),
    F(
        I,
        "Once they took the lead, the visitors parked the bus.",
        "बढ़त लेते ही मेहमान टीम ने बस पार्क कर दी।",
        [("बस पार्क कर दी", "parked the bus")],
        "बढ़त लेते ही मेहमान टीम पूरी तरह रक्षात्मक खेल खेलने लगी।",
    ),
    F(
        I,
        "The hundred metres ended in a photo finish.",
        "सौ मीटर की दौड़ एक फ़ोटो समाप्ति में ख़त्म हुई।",
        [("फ़ोटो समाप्ति", "photo finish")],
        "सौ मीटर की दौड़ का फ़ैसला बेहद मामूली अंतर से हुआ।",
    ),
    F(
        I,
        "The hospital mapped out a plan for the monsoon.",
        "अस्पताल ने मानसून के लिए एक योजना बाहर नक्शा की।",
        [("बाहर नक्शा की", "mapped out")],
        "अस्पताल ने मानसून के लिए एक योजना तैयार की।",
    ),
    F(
        I,
        "Residents pitched in to clean the lake.",
        "निवासियों ने झील साफ़ करने के लिए अंदर पिच किया।",
        [("अंदर पिच किया", "pitched in")],
        "निवासियों ने झील की सफ़ाई में हाथ बंटाया।",
    ),
    F(
        I,
        "The firm ploughed its profits back into research.",
        "फ़र्म ने अपना मुनाफ़ा शोध में वापस जोत दिया।",
        [("वापस जोत दिया", "ploughed back")],
        "फ़र्म ने अपना मुनाफ़ा फिर से शोध में लगा दिया।",
    ),
    F(
        I,
        "Parents forked out thousands for the coaching classes.",
        "माता-पिता ने कोचिंग कक्षाओं के लिए हज़ारों बाहर कांटा किए।",
        [("बाहर कांटा किए", "forked out")],
        "माता-पिता को कोचिंग कक्षाओं के लिए हज़ारों रुपये चुकाने पड़े।",
    ),
    F(
        I,
        "The council flagged up safety concerns about the bridge.",
        "परिषद ने पुल को लेकर सुरक्षा चिंताओं को ऊपर झंडा किया।",
        [("ऊपर झंडा किया", "flagged up")],
        "परिषद ने पुल की सुरक्षा को लेकर चिंता जताई।",
    ),
    F(
        I,
        "The company cleared out the deadwood in its middle management.",
        "कंपनी ने अपने मध्य प्रबंधन से मरी हुई लकड़ी साफ़ कर दी।",
        [("मरी हुई लकड़ी", "deadwood")],
        "कंपनी ने अपने मध्य प्रबंधन से नाकारा लोगों को हटा दिया।",
    ),
    F(
        I,
        "With those expense claims she was sailing close to the wind.",
        "ख़र्च के उन दावों के साथ वह हवा के क़रीब नौकायन कर रही थी।",
        [("हवा के क़रीब नौकायन कर रही थी", "sailing close to the wind")],
        "ख़र्च के उन दावों के साथ वह नियमों की हद तक जा रही थी।",
    ),
    F(
        I,
        "The peace talks hit the buffers in March.",
        "शांति वार्ता मार्च में बफ़रों से टकरा गई।",
        [("बफ़रों से टकरा गई", "hit the buffers")],
        "शांति वार्ता मार्च में ठप पड़ गई।",
    ),
    F(
        I,
        "On farm reform the party has nailed its colours to the mast.",
        "कृषि सुधार पर पार्टी ने अपने रंग मस्तूल पर कील से ठोक दिए हैं।",
        [("अपने रंग मस्तूल पर कील से ठोक दिए", "nailed its colours to the mast")],
        "कृषि सुधार पर पार्टी ने खुलकर अपना पक्ष चुन लिया है।",
    ),
    F(
        I,
        "He had a hair of the dog the next morning.",
        "अगली सुबह उसने कुत्ते का एक बाल लिया।",
        [("कुत्ते का एक बाल लिया", "a hair of the dog")],
        "अगली सुबह ख़ुमारी उतारने के लिए उसने फिर थोड़ी शराब पी ली।",
    ),
    F(
        I,
        "Blue chip stocks rose sharply on Monday.",
        "सोमवार को नीली चिप वाले शेयर तेज़ी से चढ़े।",
        [("नीली चिप वाले", "blue chip")],
        "सोमवार को दिग्गज कंपनियों के शेयर तेज़ी से चढ़े।",
    ),
    F(
        I,
        "Any increase in the tax is off the table, the minister said.",
        "मंत्री ने कहा कि कर में कोई भी बढ़ोतरी मेज़ से बाहर है।",
        [("मेज़ से बाहर है", "off the table")],
        "मंत्री ने कहा कि कर बढ़ाने का सवाल ही नहीं उठता।",
    ),
    F(
        I,
        "The ruling party's candidate was calling it a day by noon.",
        "दोपहर तक सत्ताधारी दल का उम्मीदवार इसे एक दिन कह रहा था।",
        [("इसे एक दिन कह रहा था", "calling it a day")],
        "दोपहर तक सत्ताधारी दल का उम्मीदवार हार मान चुका था।",
    ),
]

IDIOM_LOOKALIKES = [
    C(L, "The driver parked the bus outside the stadium.", "ड्राइवर ने स्टेडियम के बाहर बस पार्क की।"),
    C(
        L,
        "The goalkeeper never took his eye off the ball.",
        "गोलकीपर ने एक पल के लिए भी गेंद से अपनी नज़र नहीं हटाई।",
    ),
    C(
        L,
        "The train hit the buffers at the end of the platform.",
        "ट्रेन प्लेटफ़ॉर्म के छोर पर बफ़रों से टकरा गई।",
    ),
    C(
        L,
        "The retreating soldiers burnt the bridges over the river.",
        "पीछे हटते सैनिकों ने नदी पर बने पुल जला दिए।",
    ),
    C(L, "The statue's feet were made of clay.", "मूर्ति के पैर मिट्टी के बने थे।"),
    C(L, "The ducks shook the water off their backs.", "बत्तख़ों ने अपनी पीठ से पानी झटक दिया।"),
    C(L, "The dodo was a bird that died out centuries ago.", "डोडो एक पक्षी था जो सदियों पहले विलुप्त हो गया।"),
    C(L, "After the rain the farmer ploughed the field again.", "बारिश के बाद किसान ने खेत फिर से जोता।"),
    C(L, "The sailors nailed the flag to the mast.", "नाविकों ने झंडे को मस्तूल पर कील से ठोक दिया।"),
    C(L, "The vet found a thorn in the dog's hair.", "पशु चिकित्सक को कुत्ते के बालों में एक कांटा मिला।"),
    C(L, "The clerk moved the file from the table to the shelf.", "क्लर्क ने फ़ाइल मेज़ से उठाकर अलमारी में रख दी।"),
    C(L, "The cook moved the pot to the back burner.", "रसोइए ने पतीला पिछले चूल्हे पर रख दिया।"),
    C(
        L,
        "The workers shored up the crumbling river bank with sandbags.",
        "मज़दूरों ने ढहते नदी किनारे को रेत की बोरियों से मज़बूत किया।",
    ),
    C(
        L,
        "The verdict rubbed salt into the wounds of the victims' families.",
        "फ़ैसले ने पीड़ितों के परिवारों के ज़ख़्मों पर नमक छिड़क दिया।",
    ),
    C(
        L,
        "The film star buttered up the critics before the release.",
        "फ़िल्म स्टार ने रिलीज़ से पहले आलोचकों को मक्खन लगाया।",
    ),
    C(
        L,
        "Young voters were drawn to him like moths to a flame.",
        "युवा मतदाता उसकी ओर ऐसे खिंचे चले आए जैसे शमा की ओर परवाने।",
    ),
    C(L, "The company has three new drugs in the pipeline.", "कंपनी की तीन नई दवाएं पाइपलाइन में हैं।"),
    C(
        L,
        "The photographer stood at the finish line to take a photo of the winner.",
        "फ़ोटोग्राफ़र विजेता की फ़ोटो खींचने के लिए फ़िनिश लाइन पर खड़ा था।",
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
