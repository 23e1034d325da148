"""Held-out round-17 items: transliterated English where Hindi has a common word, and repetitions
(hand-written by helper blindA, see README.md).

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (`_f` writes it by putting each span's correct word in its place; the rows
whose correct Hindi changes more than the span are written out). C(category, src, mt) -- a clean
look-alike translation.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

TR = "translit"
R = "repetition"


def _f(src: str, mt: str, spans: list[tuple[str, str, str]]) -> F:
    """A translit row from (transliteration, English, Hindi word) triples; the fix swaps them."""
    fix = mt
    for wrong, _english, right in spans:
        fix = fix.replace(wrong, right, 1)
    return F(TR, src, mt, [(wrong, english) for wrong, english, _right in spans], fix)


TRANSLIT = [
    # nouns
    _f(
        "The archer's arrow hit the centre.",
        "तीरंदाज़ का ऐरो ठीक बीच में लगा।",
        [("ऐरो", "arrow", "तीर")],
    ),
    _f(
        "Donkeys carried bricks up the hill.",
        "डंकीज़ ईंटें ढोकर पहाड़ी पर ले गए।",
        [("डंकीज़", "Donkeys", "गधे")],
    ),
    _f(
        "Okra and brinjal prices doubled.",
        "ओकरा और ब्रिंजल के दाम दोगुने हो गए।",
        [("ओकरा", "Okra", "भिंडी"), ("ब्रिंजल", "brinjal", "बैंगन")],
    ),
    _f(
        "Wool and silk weavers met the minister.",
        "वूल और सिल्क के बुनकर मंत्री से मिले।",
        [("वूल", "Wool", "ऊन"), ("सिल्क", "silk", "रेशम")],
    ),
    _f(
        "Copper and brass utensils sell well at Dhanteras.",
        "धनतेरस पर कॉपर और ब्रास के बर्तन ख़ूब बिकते हैं।",
        [("कॉपर", "Copper", "तांबे"), ("ब्रास", "brass", "पीतल")],
    ),
    _f(
        "The bride's sister bought glass bangles.",
        "दुल्हन की बहन ने कांच की बैंगल्स ख़रीदीं।",
        [("बैंगल्स", "bangles", "चूड़ियां")],
    ),
    _f(
        "The barber shaved the groom.",
        "बार्बर ने दूल्हे की दाढ़ी बनाई।",
        [("बार्बर", "barber", "नाई")],
    ),
    _f(
        "He spoke about his childhood in the village.",
        "उन्होंने गांव में बिताए अपने चाइल्डहुड के बारे में बताया।",
        [("चाइल्डहुड", "childhood", "बचपन")],
    ),
    _f(
        "The window and the curtain caught fire.",
        "विंडो और कर्टन में आग लग गई।",
        [("विंडो", "window", "खिड़की"), ("कर्टन", "curtain", "पर्दे")],
    ),
    _f(
        "The children lit candles at the temple.",
        "बच्चों ने मंदिर में कैंडल्स जलाईं।",
        [("कैंडल्स", "candles", "मोमबत्तियां")],
    ),
    _f(
        "Sand and mud blocked the drain.",
        "सैंड और मड से नाला बंद हो गया।",
        [("सैंड", "Sand", "रेत"), ("मड", "mud", "कीचड़")],
    ),
    _f(
        "Dew covered the grass in the morning.",
        "सुबह घास पर ड्यू जमी थी।",
        [("ड्यू", "Dew", "ओस")],
    ),
    _f(
        "A thorn pierced the boy's foot.",
        "लड़के के पैर में एक थॉर्न चुभ गया।",
        [("थॉर्न", "thorn", "कांटा")],
    ),
    _f(
        "Banana and grape growers suffered losses.",
        "बनाना और ग्रेप्स उगाने वाले किसानों को नुक़सान हुआ।",
        [("बनाना", "Banana", "केला"), ("ग्रेप्स", "grape", "अंगूर")],
    ),
    _f(
        "Shopkeepers hang a lemon and chillies at the door.",
        "दुकानदार दरवाज़े पर लेमन और चिली टांगते हैं।",
        [("लेमन", "lemon", "नींबू"), ("चिली", "chillies", "मिर्च")],
    ),
    _f(
        "Garlic and ginger prices fell.",
        "गार्लिक और जिंजर के दाम गिरे।",
        [("गार्लिक", "Garlic", "लहसुन"), ("जिंजर", "ginger", "अदरक")],
    ),
    _f(
        "The peanut and sesame crops were damaged.",
        "पीनट और सेसमी की फ़सल ख़राब हो गई।",
        [("पीनट", "peanut", "मूंगफली"), ("सेसमी", "sesame", "तिल")],
    ),
    _f(
        "Jaggery and flour were handed out at the camp.",
        "शिविर में जैगरी और फ़्लोर बांटा गया।",
        [("जैगरी", "Jaggery", "गुड़"), ("फ़्लोर", "flour", "आटा")],
    ),
    _f(
        "Camels and parrots were rescued from smugglers.",
        "तस्करों से कैमल्स और पैरट्स को छुड़ाया गया।",
        [("कैमल्स", "Camels", "ऊंटों"), ("पैरट्स", "parrots", "तोतों")],
    ),
    _f(
        "Locusts and termites destroyed the crop.",
        "लोकस्ट्स और टर्माइट्स ने फ़सल नष्ट कर दी।",
        [("लोकस्ट्स", "Locusts", "टिड्डियों"), ("टर्माइट्स", "termites", "दीमक")],
    ),
    _f(
        "A swarm of bees attacked the tourists.",
        "बीज़ के एक झुंड ने पर्यटकों पर हमला किया।",
        [("बीज़", "bees", "मधुमक्खियों")],
    ),
    _f(
        "The blacksmith and the weaver got loans.",
        "ब्लैकस्मिथ और वीवर को क़र्ज़ मिला।",
        [("ब्लैकस्मिथ", "blacksmith", "लोहार"), ("वीवर", "weaver", "बुनकर")],
    ),
    _f(
        "The milkman arrived before dawn.",
        "मिल्कमैन सुबह होने से पहले पहुंच गया।",
        [("मिल्कमैन", "milkman", "दूधवाला")],
    ),
    _f(
        "The player hurt his knee and his elbow.",
        "खिलाड़ी के नी और एल्बो में चोट लगी।",
        [("नी", "knee", "घुटने"), ("एल्बो", "elbow", "कोहनी")],
    ),
    _f(
        "Jealousy ruined their friendship.",
        "जेलसी ने उनकी दोस्ती बर्बाद कर दी।",
        [("जेलसी", "Jealousy", "जलन")],
    ),
    _f(
        "The villagers wanted revenge.",
        "गांव वाले रिवेंज चाहते थे।",
        [("रिवेंज", "revenge", "बदला")],
    ),
    # adjectives
    _f(
        "The river is shallow near the bridge.",
        "पुल के पास नदी शैलो है।",
        [("शैलो", "shallow", "उथली")],
    ),
    _f(
        "The mangoes were sour.",
        "आम सॉर थे।",
        [("सॉर", "sour", "खट्टे")],
    ),
    _f(
        "The deaf boy won the chess title.",
        "डेफ़ लड़के ने शतरंज का ख़िताब जीता।",
        [("डेफ़", "deaf", "बधिर")],
    ),
    _f(
        "The thin calf could not stand.",
        "थिन बछड़ा खड़ा नहीं हो पा रहा था।",
        [("थिन", "thin", "दुबला")],
    ),
    _f(
        "The kind doctor treated them free.",
        "काइंड डॉक्टर ने उनका मुफ़्त इलाज किया।",
        [("काइंड", "kind", "दयालु")],
    ),
    # verbs with kar/ho
    _f(
        "The farmers sowed wheat late this year.",
        "किसानों ने इस साल देर से गेहूं सो किया।",
        [("सो किया", "sowed", "बोया")],
    ),
    _f(
        "The child slipped on the wet floor.",
        "बच्चा गीले फ़र्श पर स्लिप हो गया।",
        [("स्लिप हो गया", "slipped", "फिसल गया")],
    ),
    _f(
        "The agent cheated the farmers.",
        "एजेंट ने किसानों को चीट किया।",
        [("चीट किया", "cheated", "ठगा")],
    ),
    _f(
        "The ice on the pond melted by noon.",
        "तालाब की बर्फ़ दोपहर तक मेल्ट हो गई।",
        [("मेल्ट हो गई", "melted", "पिघल गई")],
    ),
    _f(
        "The fishing boat sank in the storm.",
        "मछली पकड़ने वाली नाव तूफ़ान में सिंक हो गई।",
        [("सिंक हो गई", "sank", "डूब गई")],
    ),
    _f(
        "A stray dog bit three children.",
        "एक आवारा कुत्ते ने तीन बच्चों को बाइट किया।",
        [("बाइट किया", "bit", "काट लिया")],
    ),
    _f(
        "The thieves stole two buffaloes.",
        "चोरों ने दो भैंसें स्टील कीं।",
        [("स्टील कीं", "stole", "चुरा लीं")],
    ),
    # verbs whose correct Hindi changes more than the span
    F(
        TR,
        "The old woman coughed through the night.",
        "बूढ़ी औरत पूरी रात कॉफ़ करती रही।",
        [("कॉफ़ करती रही", "coughed")],
        "बूढ़ी औरत पूरी रात खांसती रही।",
    ),
    F(
        TR,
        "The old man begged the officer for help.",
        "बूढ़े आदमी ने अफ़सर से मदद के लिए बेग किया।",
        [("बेग किया", "begged")],
        "बूढ़े आदमी ने अफ़सर से मदद की गुहार लगाई।",
    ),
    F(
        TR,
        "The villagers trusted the doctor.",
        "गांव वालों ने डॉक्टर पर ट्रस्ट किया।",
        [("ट्रस्ट", "trusted")],
        "गांव वालों ने डॉक्टर पर भरोसा किया।",
    ),
    F(
        TR,
        "Police doubted his story.",
        "पुलिस ने उसकी कहानी पर डाउट किया।",
        [("डाउट", "doubted")],
        "पुलिस को उसकी कहानी पर शक हुआ।",
    ),
    F(
        TR,
        "The woman swept the courtyard.",
        "महिला ने आंगन में स्वीप किया।",
        [("स्वीप किया", "swept")],
        "महिला ने आंगन में झाड़ू लगाई।",
    ),
    F(
        TR,
        "The woman milked the cows at dawn.",
        "महिला ने भोर में गायों को मिल्क किया।",
        [("मिल्क किया", "milked")],
        "महिला ने भोर में गायें दुहीं।",
    ),
]

TRANSLIT_LOOKALIKES = [
    # loans Hindi news writes: occupations, sport shots, honours, things
    C(TR, "The electrician and the plumber were paid late.", "इलेक्ट्रीशियन और प्लंबर को देर से भुगतान मिला।"),
    C(TR, "The receptionist called the security guard.", "रिसेप्शनिस्ट ने सिक्योरिटी गार्ड को बुलाया।"),
    C(TR, "The technician repaired the ventilator.", "टेक्नीशियन ने वेंटिलेटर ठीक किया।"),
    C(
        TR,
        "The cameraman and the choreographer were hurt on the set.",
        "सेट पर कैमरामैन और कोरियोग्राफ़र घायल हो गए।",
    ),
    C(TR, "The ward boy and the staff nurse were suspended.", "वार्ड बॉय और स्टाफ़ नर्स को निलंबित कर दिया गया।"),
    C(TR, "The lineman fixed the transformer.", "लाइनमैन ने ट्रांसफ़ॉर्मर ठीक किया।"),
    C(TR, "The trainee pilot landed safely.", "ट्रेनी पायलट ने सुरक्षित लैंडिंग की।"),
    C(TR, "The apprentice mechanic found the fault.", "अप्रेंटिस मैकेनिक ने ख़राबी पकड़ी।"),
    C(TR, "A delivery partner was attacked at night.", "रात में एक डिलीवरी पार्टनर पर हमला हुआ।"),
    C(TR, "He played a reverse sweep and a cover drive.", "उन्होंने रिवर्स स्वीप और कवर ड्राइव खेला।"),
    C(TR, "Her smash and drop shot won the point.", "उनके स्मैश और ड्रॉप शॉट से अंक मिला।"),
    C(TR, "He scored from a drag flick.", "उन्होंने ड्रैग फ़्लिक से गोल किया।"),
    C(
        TR,
        "The bowler's yorkers and bouncers troubled the batters.",
        "गेंदबाज़ के यॉर्कर और बाउंसर ने बल्लेबाज़ों को परेशान किया।",
    ),
    C(TR, "He was named player of the series.", "उन्हें प्लेयर ऑफ़ द सीरीज़ चुना गया।"),
    C(TR, "She received a lifetime achievement award.", "उन्हें लाइफ़टाइम अचीवमेंट पुरस्कार मिला।"),
    C(TR, "He scored with a bicycle kick.", "उन्होंने बाइसिकल किक से गोल किया।"),
    C(TR, "The toll plaza and the underpass were opened.", "टोल प्लाज़ा और अंडरपास खोल दिए गए।"),
    C(TR, "Gas cylinder prices rose again.", "गैस सिलेंडर के दाम फिर बढ़े।"),
    C(TR, "The hostel warden was transferred.", "हॉस्टल वार्डन का तबादला कर दिया गया।"),
    C(TR, "An e-rickshaw overturned near the market.", "बाज़ार के पास एक ई-रिक्शा पलट गया।"),
    C(TR, "The inverter and the cooler stopped working.", "इन्वर्टर और कूलर ने काम करना बंद कर दिया।"),
    C(TR, "Drones were used to spray the fields.", "खेतों में छिड़काव के लिए ड्रोन का इस्तेमाल किया गया।"),
    C(TR, "The students were given tiffin boxes.", "छात्रों को टिफ़िन बॉक्स दिए गए।"),
    C(TR, "The trust elected a new chairman.", "ट्रस्ट ने नया अध्यक्ष चुना।"),
    # the Hindi word itself, where a transliteration would tempt
    C(TR, "The locusts were driven away with drums.", "टिड्डियों को ढोल बजाकर भगाया गया।"),
    C(TR, "Vultures are returning to the hills.", "पहाड़ियों में गिद्ध लौट रहे हैं।"),
    C(TR, "The bangle makers of Firozabad went on strike.", "फ़िरोज़ाबाद के चूड़ी कारीगर हड़ताल पर चले गए।"),
    C(TR, "Curd and jaggery were served to the guests.", "मेहमानों को दही और गुड़ परोसा गया।"),
    C(TR, "The shy student won the debate.", "शर्मीली छात्रा ने वाद-विवाद प्रतियोगिता जीती।"),
    C(TR, "Her childhood friend came to the wedding.", "उसकी बचपन की सहेली शादी में आई।"),
    C(TR, "The court acquitted both brothers.", "अदालत ने दोनों भाइयों को बरी कर दिया।"),
    C(TR, "The window was left open.", "खिड़की खुली छोड़ दी गई थी।"),
    C(TR, "The cheap brass lamps sold out.", "पीतल के सस्ते दीये बिक गए।"),
    C(TR, "The thin old man sat under a neem tree.", "दुबला बूढ़ा आदमी नीम के पेड़ के नीचे बैठा था।"),
]

REPETITIONS = [
    F(
        R,
        "The boy jumped into the river.",
        "लड़का नदी नदी में कूद गया।",
        [("नदी", "the river (repeated)", 1)],
        "लड़का नदी में कूद गया।",
    ),
    F(
        R,
        "The minister met the farmers on Monday.",
        "मंत्री ने सोमवार को किसानों से किसानों से मुलाक़ात की।",
        [("किसानों से", "the farmers (repeated)", 1)],
        "मंत्री ने सोमवार को किसानों से मुलाक़ात की।",
    ),
    F(
        R,
        "The exams were put off by a month.",
        "परीक्षाएं एक महीने एक महीने के लिए टाल दी गईं।",
        [("एक महीने", "by a month (repeated)", 1)],
        "परीक्षाएं एक महीने के लिए टाल दी गईं।",
    ),
    F(
        R,
        "The ferry carried forty passengers.",
        "फ़ेरी में चालीस यात्री यात्री सवार थे।",
        [("यात्री", "passengers (repeated)", 1)],
        "फ़ेरी में चालीस यात्री सवार थे।",
    ),
    F(
        R,
        "He put the book on the table.",
        "उसने किताब मेज़ पर पर रख दी।",
        [("पर", "on (repeated)", 1)],
        "उसने किताब मेज़ पर रख दी।",
    ),
    F(
        R,
        "Police arrested the shopkeeper on Friday.",
        "पुलिस ने दुकानदार को शुक्रवार को दुकानदार को गिरफ़्तार किया।",
        [("दुकानदार को", "the shopkeeper (repeated)", 1)],
        "पुलिस ने दुकानदार को शुक्रवार को गिरफ़्तार किया।",
    ),
    F(
        R,
        "The festival ended with fireworks.",
        "उत्सव आतिशबाज़ी के साथ उत्सव समाप्त हुआ।",
        [("उत्सव", "The festival (repeated)", 1)],
        "उत्सव आतिशबाज़ी के साथ समाप्त हुआ।",
    ),
    F(
        R,
        "The bus was full of pilgrims.",
        "बस तीर्थयात्रियों से तीर्थयात्रियों से भरी थी।",
        [("तीर्थयात्रियों से", "of pilgrims (repeated)", 1)],
        "बस तीर्थयात्रियों से भरी थी।",
    ),
    F(
        R,
        "The hospital admitted forty patients.",
        "अस्पताल में चालीस मरीज़ों को भर्ती भर्ती किया गया।",
        [("भर्ती", "admitted (repeated)", 1)],
        "अस्पताल में चालीस मरीज़ों को भर्ती किया गया।",
    ),
    F(
        R,
        "The farmer sold his tractor to repay the loan.",
        "किसान ने अपना ट्रैक्टर क़र्ज़ चुकाने के लिए अपना ट्रैक्टर बेच दिया।",
        [("अपना ट्रैक्टर", "his tractor (repeated)", 1)],
        "किसान ने क़र्ज़ चुकाने के लिए अपना ट्रैक्टर बेच दिया।",
    ),
    F(
        R,
        "The school will reopen in July.",
        "स्कूल जुलाई में फिर से जुलाई में खुलेगा।",
        [("जुलाई में", "in July (repeated)", 1)],
        "स्कूल जुलाई में फिर से खुलेगा।",
    ),
    F(
        R,
        "Heavy rain lashed Chennai.",
        "चेन्नई में भारी बारिश बारिश हुई।",
        [("बारिश", "rain (repeated)", 1)],
        "चेन्नई में भारी बारिश हुई।",
    ),
]

REPETITION_LOOKALIKES = [
    C(R, "Volunteers handed out leaflets door to door.", "स्वयंसेवकों ने घर-घर जाकर पर्चे बांटे।"),
    C(R, "He called again and again.", "उसने बार-बार फ़ोन किया।"),
    C(R, "Different states made different rules.", "अलग-अलग राज्यों ने अलग-अलग नियम बनाए।"),
    C(R, "Sometimes the lift stops between floors.", "कभी-कभी लिफ़्ट दो मंज़िलों के बीच रुक जाती है।"),
    C(R, "Sooner or later the truth will come out.", "कभी-न-कभी सच सामने आएगा।"),
    C(R, "Someone or other will help.", "कोई-न-कोई मदद करेगा।"),
    C(R, "Police were posted at many places.", "जगह-जगह पुलिस तैनात थी।"),
    C(R, "They kept laughing as they walked.", "वे चलते-चलते हंसते रहे।"),
    C(R, "Big companies came to the fair.", "मेले में बड़ी-बड़ी कंपनियां आईं।"),
    C(R, "The children left early in the morning.", "बच्चे सुबह-सुबह निकल गए।"),
    C(R, "Each player got one medal.", "हर खिलाड़ी को एक-एक पदक मिला।"),
    C(R, "Bafana Bafana qualified for the World Cup.", "बफ़ाना बफ़ाना ने विश्व कप के लिए क्वालीफ़ाई किया।"),
    C(R, "Duran Duran played in London.", "ड्यूरन ड्यूरन ने लंदन में प्रस्तुति दी।"),
    C(R, "The crowd chanted 'Yamal, Yamal'.", "भीड़ 'यमाल, यमाल' के नारे लगाती रही।"),
    C(R, "The talks were held in Baden-Baden.", "बातचीत बाडेन-बाडेन में हुई।"),
]
