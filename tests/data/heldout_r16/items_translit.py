"""Held-out round-16 items: transliterated English where Hindi has a common word, and repetitions
(hand-written by helper blindA, see README.md).

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (`_f` writes it by putting each span's correct word in its place).
C(category, src, mt) -- a clean look-alike translation.
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
        "The villagers lowered a bucket into the old well.",
        "गांव वालों ने पुराने कुएं में एक बकेट उतारी।",
        [("बकेट", "bucket", "बाल्टी")],
    ),
    _f(
        "The tailor lost his needle and thread.",
        "दर्ज़ी की नीडल और थ्रेड खो गए।",
        [("नीडल", "needle", "सुई"), ("थ्रेड", "thread", "धागा")],
    ),
    _f(
        "The pumpkin crop was damaged by hail.",
        "ओलों से पंपकिन की फ़सल ख़राब हो गई।",
        [("पंपकिन", "pumpkin", "कद्दू")],
    ),
    _f(
        "The mustard fields turn yellow in February.",
        "फ़रवरी में मस्टर्ड के खेत पीले हो जाते हैं।",
        [("मस्टर्ड", "mustard", "सरसों")],
    ),
    _f("The girl was raised by her neighbour.", "बच्ची को उसकी नेबर ने पाला।", [("नेबर", "neighbour", "पड़ोसन")]),
    _f("The cattle were lost in the flood.", "बाढ़ में कैटल बह गए।", [("कैटल", "cattle", "मवेशी")]),
    _f("The farmers could not repay their debt.", "किसान अपना डेट नहीं चुका सके।", [("डेट", "debt", "क़र्ज़")]),
    _f("Thirst drove the deer to the village.", "थर्स्ट हिरणों को गांव तक ले आई।", [("थर्स्ट", "Thirst", "प्यास")]),
    _f(
        "The old man spoke of his loneliness.",
        "बूढ़े आदमी ने अपनी लोनलीनेस के बारे में बताया।",
        [("लोनलीनेस", "loneliness", "अकेलेपन")],
    ),
    _f(
        "The price of lentils and peas has gone up.",
        "लेंटिल्स और पीज़ के दाम बढ़ गए हैं।",
        [("लेंटिल्स", "lentils", "दालों"), ("पीज़", "peas", "मटर")],
    ),
    _f(
        "She sliced a cucumber and a carrot for the salad.",
        "उसने सलाद के लिए एक कुकुंबर और एक कैरट काटी।",
        [("कुकुंबर", "cucumber", "खीरा"), ("कैरट", "carrot", "गाजर")],
    ),
    _f(
        "Cauliflower and radish are cheap this winter.",
        "इस सर्दी कॉलीफ़्लावर और रैडिश सस्ते हैं।",
        [("कॉलीफ़्लावर", "Cauliflower", "फूलगोभी"), ("रैडिश", "radish", "मूली")],
    ),
    _f(
        "Guava and pomegranate orchards were hit by the frost.",
        "ग्वावा और पॉमग्रेनेट के बाग़ पाले की चपेट में आ गए।",
        [("ग्वावा", "Guava", "अमरूद"), ("पॉमग्रेनेट", "pomegranate", "अनार")],
    ),
    _f(
        "Vendors sold watermelon and coconut water by the road.",
        "फेरीवालों ने सड़क किनारे वॉटरमेलन और कोकोनट पानी बेचा।",
        [("वॉटरमेलन", "watermelon", "तरबूज़"), ("कोकोनट", "coconut", "नारियल")],
    ),
    _f(
        "The voters' fingers were marked with ink.",
        "मतदाताओं की उंगलियों पर इंक लगाई गई।",
        [("इंक", "ink", "स्याही")],
    ),
    _f(
        "Mosquito nets and pillows were handed out at the camp.",
        "शिविर में मॉस्किटो जाल और पिलो बांटे गए।",
        [("मॉस्किटो जाल", "Mosquito nets", "मच्छरदानियां"), ("पिलो", "pillows", "तकिये")],
    ),
    _f(
        "A leopard and a monkey were seen near the temple.",
        "मंदिर के पास एक लेपर्ड और एक मंकी दिखे।",
        [("लेपर्ड", "leopard", "तेंदुआ"), ("मंकी", "monkey", "बंदर")],
    ),
    _f(
        "Crows returned to the roofs after the rain.",
        "बारिश के बाद क्रोज़ छतों पर लौट आए।",
        [("क्रोज़", "Crows", "कौए")],
    ),
    _f(
        "The rescuers threw a rope to the boy.",
        "बचावकर्मियों ने लड़के की ओर एक रोप फेंकी।",
        [("रोप", "rope", "रस्सी")],
    ),
    _f("The potter lost his wheel in the fire.", "आग में पॉटर का चाक जल गया।", [("पॉटर", "potter", "कुम्हार")]),
    _f("He lived with guilt for years.", "वह बरसों तक गिल्ट के साथ जिया।", [("गिल्ट", "guilt", "अपराधबोध")]),
    _f(
        "The family's wealth was divided among the sons.",
        "परिवार की वेल्थ बेटों में बांट दी गई।",
        [("वेल्थ", "wealth", "दौलत")],
    ),
    # adjectives
    _f("The wet clothes did not dry for days.", "वेट कपड़े कई दिनों तक नहीं सूखे।", [("वेट", "wet", "गीले")]),
    _f("The children were afraid of the dark lane.", "बच्चे अंधेरी गली से अफ़्रेड थे।", [("अफ़्रेड", "afraid", "डरे हुए")]),
    _f("A strange sound came from the well.", "कुएं से एक स्ट्रेंज आवाज़ आई।", [("स्ट्रेंज", "strange", "अजीब")]),
    # verbs with kar/ho
    _f(
        "The volunteers cooked food for two thousand people.",
        "स्वयंसेवकों ने दो हज़ार लोगों के लिए खाना कुक किया।",
        [("कुक किया", "cooked", "पकाया")],
    ),
    _f("The mother forgave her son.", "मां ने अपने बेटे को फ़ॉरगिव कर दिया।", [("फ़ॉरगिव", "forgave", "माफ़")]),
]

TRANSLIT_LOOKALIKES = [
    # loans Hindi news writes
    C(TR, "The new running track will open in April.", "नया रनिंग ट्रैक अप्रैल में खुलेगा।"),
    C(TR, "She works part-time at a bakery.", "वह एक बेकरी में पार्ट-टाइम काम करती है।"),
    C(TR, "The accountant and the supervisor were arrested.", "अकाउंटेंट और सुपरवाइज़र को गिरफ़्तार किया गया।"),
    C(TR, "The cashier counted the notes twice.", "कैशियर ने नोट दो बार गिने।"),
    C(TR, "A new mobile tower was put up near the school.", "स्कूल के पास एक नया मोबाइल टावर लगाया गया।"),
    C(TR, "The hospital's oxygen plant is ready.", "अस्पताल का ऑक्सीजन प्लांट तैयार है।"),
    C(TR, "The team's physio treated his hamstring.", "टीम के फ़िज़ियो ने उनकी हैमस्ट्रिंग का इलाज किया।"),
    C(TR, "The pilot and the co-pilot were safe.", "पायलट और सह-पायलट सुरक्षित थे।"),
    C(TR, "Police checked the CCTV footage.", "पुलिस ने सीसीटीवी फ़ुटेज की जांच की।"),
    C(TR, "The bank's manager was suspended.", "बैंक के मैनेजर को निलंबित कर दिया गया।"),
    C(TR, "The factory's boiler exploded.", "फ़ैक्टरी का बॉयलर फट गया।"),
    C(TR, "The tender for the flyover was cancelled.", "फ़्लाईओवर का टेंडर रद्द कर दिया गया।"),
    C(TR, "The students took an online test.", "छात्रों ने ऑनलाइन टेस्ट दिया।"),
    C(TR, "The cricketer's helmet saved him.", "हेलमेट ने क्रिकेटर को बचा लिया।"),
    C(TR, "He bought a new laptop and a printer.", "उसने नया लैपटॉप और प्रिंटर ख़रीदा।"),
    C(TR, "Diesel prices were raised by two rupees.", "डीज़ल के दाम दो रुपये बढ़ाए गए।"),
    C(TR, "The gym trainer posted a video.", "जिम ट्रेनर ने एक वीडियो पोस्ट किया।"),
    C(TR, "The ambulance driver was praised.", "एम्बुलेंस चालक की तारीफ़ की गई।"),
    # the Hindi word itself, where a transliteration would tempt
    C(TR, "The bucket and the broom were kept by the door.", "बाल्टी और झाड़ू दरवाज़े के पास रखे थे।"),
    C(TR, "She threaded the needle by the lamp.", "उसने दीये की रोशनी में सुई में धागा डाला।"),
    C(TR, "The fog lifted by noon.", "दोपहर तक कोहरा छंट गया।"),
    C(TR, "The angry farmers marched to the collectorate.", "नाराज़ किसानों ने कलेक्टरेट तक मार्च किया।"),
    C(TR, "He apologised for the delay.", "उन्होंने देरी के लिए माफ़ी मांगी।"),
    C(TR, "The children were hungry and tired.", "बच्चे भूखे और थके हुए थे।"),
    C(TR, "A widow and an orphan received the aid.", "एक विधवा और एक अनाथ को सहायता मिली।"),
    C(TR, "The cattle fair opened in Pushkar.", "पुष्कर में पशु मेला शुरू हुआ।"),
    C(TR, "The debt waiver helped small farmers.", "क़र्ज़ माफ़ी से छोटे किसानों को मदद मिली।"),
    C(TR, "The earthquake drill was held in schools.", "स्कूलों में भूकंप से बचाव का अभ्यास कराया गया।"),
    C(TR, "Water the pumpkin plants every evening.", "कद्दू के पौधों को हर शाम पानी दें।"),
    C(TR, "The honest officer was transferred.", "ईमानदार अफ़सर का तबादला कर दिया गया।"),
]

REPETITIONS = [
    F(
        R,
        "The bridge was closed for repairs.",
        "पुल पुल मरम्मत के लिए बंद कर दिया गया।",
        [("पुल", "The bridge (repeated)", 1)],
        "पुल मरम्मत के लिए बंद कर दिया गया।",
    ),
    F(
        R,
        "Doctors removed a stone from his kidney.",
        "डॉक्टरों ने उसकी किडनी से से एक पथरी निकाली।",
        [("से", "from (repeated)", 1)],
        "डॉक्टरों ने उसकी किडनी से एक पथरी निकाली।",
    ),
    F(
        R,
        "The mayor inaugurated the new library.",
        "महापौर ने नए पुस्तकालय का उद्घाटन उद्घाटन किया।",
        [("उद्घाटन", "inaugurated (repeated)", 1)],
        "महापौर ने नए पुस्तकालय का उद्घाटन किया।",
    ),
    F(
        R,
        "Schools will remain shut on Tuesday.",
        "स्कूल मंगलवार को मंगलवार को बंद रहेंगे।",
        [("मंगलवार को", "on Tuesday (repeated)", 1)],
        "स्कूल मंगलवार को बंद रहेंगे।",
    ),
    F(
        R,
        "The price of tomatoes has fallen.",
        "टमाटर के दाम दाम गिर गए हैं।",
        [("दाम", "The price (repeated)", 1)],
        "टमाटर के दाम गिर गए हैं।",
    ),
    F(
        R,
        "The truck driver fled after the accident.",
        "ट्रक चालक हादसे के बाद चालक फ़रार हो गया।",
        [("चालक", "driver (repeated)", 1)],
        "ट्रक चालक हादसे के बाद फ़रार हो गया।",
    ),
    F(
        R,
        "The court put off the case until Friday.",
        "अदालत ने मामला शुक्रवार तक मामला टाल दिया।",
        [("मामला", "the case (repeated)", 1)],
        "अदालत ने मामला शुक्रवार तक टाल दिया।",
    ),
    F(
        R,
        "The villagers repaired the road themselves.",
        "गांव वालों ने सड़क की मरम्मत ख़ुद ही गांव वालों ने की।",
        [("गांव वालों ने", "The villagers (repeated)", 1)],
        "गांव वालों ने सड़क की मरम्मत ख़ुद ही की।",
    ),
    F(
        R,
        "Rain is expected in the hills tomorrow.",
        "कल पहाड़ों में पहाड़ों में बारिश की संभावना है।",
        [("पहाड़ों में", "in the hills (repeated)", 1)],
        "कल पहाड़ों में बारिश की संभावना है।",
    ),
    F(
        R,
        "The lion was moved to a larger enclosure.",
        "शेर को एक बड़े बाड़े में शेर को भेजा गया।",
        [("शेर को", "The lion (repeated)", 1)],
        "शेर को एक बड़े बाड़े में भेजा गया।",
    ),
    F(
        R,
        "The singer cancelled her tour.",
        "गायिका ने अपना दौरा रद्द रद्द कर दिया।",
        [("रद्द", "cancelled (repeated)", 1)],
        "गायिका ने अपना दौरा रद्द कर दिया।",
    ),
]

REPETITION_LOOKALIKES = [
    C(R, "Vendors sold flags on every street.", "फेरीवालों ने सड़क-सड़क पर झंडे बेचे।"),
    C(R, "Wash your hands from time to time.", "समय-समय पर हाथ धोएं।"),
    C(R, "Each student got two pencils.", "हर छात्र को दो-दो पेंसिलें मिलीं।"),
    C(R, "The crowd slowly went home.", "भीड़ धीरे-धीरे घर चली गई।"),
    C(R, "Somehow the boat reached the shore.", "किसी-न-किसी तरह नाव किनारे पहुंच गई।"),
    C(R, "Small shops stand side by side in the lane.", "गली में छोटी-छोटी दुकानें सटी हुई हैं।"),
    C(R, "Whoever came was given tea.", "जो-जो आया, उसे चाय दी गई।"),
    C(R, "The news spread from village to village.", "ख़बर गांव-गांव फैल गई।"),
    C(R, "Prices kept rising until they doubled.", "दाम बढ़ते-बढ़ते दोगुने हो गए।"),
    C(R, "The panda Yuan Yuan gave birth to twins.", "पांडा युआन-युआन ने जुड़वां बच्चों को जन्म दिया।"),
    C(R, "The rain kept falling drop by drop.", "बारिश टप-टप गिरती रही।"),
    C(R, "The children were crying loudly.", "बच्चे ज़ोर-ज़ोर से रो रहे थे।"),
]
