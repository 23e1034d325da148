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
    _f("The villagers lowered a bucket into the old well.",
       "गांव वालों ने पुराने कुएं में एक बकेट उतारी।", [("बकेट", "bucket", "बाल्टी")]),
    _f("She swept the courtyard with a new broom.",
       "उसने नए ब्रूम से आंगन साफ़ किया।", [("ब्रूम", "broom", "झाड़ू")]),
    _f("The tailor lost his needle and thread.",
       "दर्ज़ी की नीडल और थ्रेड खो गए।", [("नीडल", "needle", "सुई"), ("थ्रेड", "thread", "धागा")]),
    _f("Onion and garlic prices doubled in a month.",
       "एक महीने में अनियन और गार्लिक के दाम दोगुने हो गए।",
       [("अनियन", "Onion", "प्याज़"), ("गार्लिक", "garlic", "लहसुन")]),
    _f("The pumpkin crop was damaged by hail.",
       "ओलों से पंपकिन की फ़सल ख़राब हो गई।", [("पंपकिन", "pumpkin", "कद्दू")]),
    _f("Farmers are selling their sugarcane at a loss.",
       "किसान घाटे में अपना शुगरकेन बेच रहे हैं।", [("शुगरकेन", "sugarcane", "गन्ना")]),
    _f("The mustard fields turn yellow in February.",
       "फ़रवरी में मस्टर्ड के खेत पीले हो जाते हैं।", [("मस्टर्ड", "mustard", "सरसों")]),
    _f("Dense fog delayed forty trains.",
       "घने फ़ॉग के कारण चालीस ट्रेनें देर से चलीं।", [("फ़ॉग", "fog", "कोहरे")]),
    _f("The earthquake was felt in three districts.",
       "अर्थक्वेक तीन ज़िलों में महसूस किया गया।", [("अर्थक्वेक", "earthquake", "भूकंप")]),
    _f("The drought has dried up every pond in the block.",
       "ड्रॉट ने ब्लॉक के हर पॉन्ड को सुखा दिया है।",
       [("ड्रॉट", "drought", "सूखे"), ("पॉन्ड", "pond", "तालाब")]),
    _f("The orphan was raised by her neighbour.",
       "उस ऑर्फ़न बच्ची को उसकी नेबर ने पाला।",
       [("ऑर्फ़न", "orphan", "अनाथ"), ("नेबर", "neighbour", "पड़ोसन")]),
    _f("The widow has not received her pension for a year.",
       "विडो को एक साल से पेंशन नहीं मिली है।", [("विडो", "widow", "विधवा")]),
    _f("The bridegroom arrived on a horse.",
       "ब्राइडग्रूम घोड़े पर सवार होकर पहुंचा।", [("ब्राइडग्रूम", "bridegroom", "दूल्हा")]),
    _f("Goats and cattle were lost in the flood.",
       "बाढ़ में गोट्स और कैटल बह गए।", [("गोट्स", "Goats", "बकरियां"), ("कैटल", "cattle", "मवेशी")]),
    _f("The farmers could not repay their debt.",
       "किसान अपना डेट नहीं चुका सके।", [("डेट", "debt", "क़र्ज़")]),
    _f("There were tears in her eyes.",
       "उसकी आंखों में टियर्स थे।", [("टियर्स", "tears", "आंसू")]),
    _f("Hunger and thirst drove the deer to the village.",
       "हंगर और थर्स्ट हिरणों को गांव तक ले आई।",
       [("हंगर", "Hunger", "भूख"), ("थर्स्ट", "thirst", "प्यास")]),
    _f("The soldier's courage saved twelve lives.",
       "सैनिक की करेज ने बारह जानें बचाईं।", [("करेज", "courage", "हिम्मत")]),
    _f("The old man spoke of his loneliness.",
       "बूढ़े आदमी ने अपनी लोनलीनेस के बारे में बताया।", [("लोनलीनेस", "loneliness", "अकेलेपन")]),
    # adjectives
    _f("The angry crowd blocked the highway.",
       "एंग्री भीड़ ने राजमार्ग जाम कर दिया।", [("एंग्री", "angry", "नाराज़")]),
    _f("Hungry children waited outside the school.",
       "हंग्री बच्चे स्कूल के बाहर इंतज़ार करते रहे।", [("हंग्री", "Hungry", "भूखे")]),
    _f("The lane is too narrow for the fire engine.",
       "गली दमकल के लिए बहुत नैरो है।", [("नैरो", "narrow", "संकरी")]),
    _f("The shelves of the ration shop were empty.",
       "राशन की दुकान की अलमारियां एम्प्टी थीं।", [("एम्प्टी", "empty", "ख़ाली")]),
    _f("He was an honest and brave officer.",
       "वह एक ऑनेस्ट और ब्रेव अफ़सर थे।", [("ऑनेस्ट", "honest", "ईमानदार"), ("ब्रेव", "brave", "बहादुर")]),
    _f("The wet clothes did not dry for days.",
       "वेट कपड़े कई दिनों तक नहीं सूखे।", [("वेट", "wet", "गीले")]),
    # verbs with kar/ho
    _f("The minister apologised to the families.",
       "मंत्री ने परिवारों से अपोलोजाइज़ किया।", [("अपोलोजाइज़ किया", "apologised", "माफ़ी मांगी")]),
    _f("He borrowed money from a moneylender.",
       "उसने एक साहूकार से पैसे बॉरो किए।", [("बॉरो किए", "borrowed", "उधार लिए")]),
    _f("The girl whispered something to her mother.",
       "लड़की ने अपनी मां से कुछ व्हिस्पर किया।", [("व्हिस्पर किया", "whispered", "फुसफुसाकर कहा")]),
    _f("The boys shouted for help.",
       "लड़कों ने मदद के लिए शाउट किया।", [("शाउट किया", "shouted", "पुकार लगाई")]),
    _f("Boil the water before drinking it.",
       "पीने से पहले पानी को बॉयल करें।", [("बॉयल करें", "Boil", "उबालें")]),
    _f("Two fishermen drowned when the boat overturned.",
       "नाव पलटने से दो मछुआरे ड्राउन हो गए।", [("ड्राउन हो गए", "drowned", "डूब गए")]),
    _f("The thieves hid the gold in a sack of rice.",
       "चोरों ने सोना चावल की बोरी में हाइड किया।", [("हाइड किया", "hid", "छिपाया")]),
    _f("The audience laughed at every joke.",
       "दर्शक हर चुटकुले पर लाफ़ करते रहे।", [("लाफ़ करते", "laughed", "हंसते")]),
    _f("The mother forgave her son.",
       "मां ने अपने बेटे को फ़ॉरगिव कर दिया।", [("फ़ॉरगिव", "forgave", "माफ़")]),
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
    C(TR, "The pilot landed the plane safely.", "पायलट ने विमान को सुरक्षित उतारा।"),
    C(TR, "Police checked the CCTV footage.", "पुलिस ने सीसीटीवी फ़ुटेज की जांच की।"),
    C(TR, "The bank's manager was suspended.", "बैंक के मैनेजर को निलंबित कर दिया गया।"),
    C(TR, "The factory's boiler exploded.", "फ़ैक्टरी का बॉयलर फट गया।"),
    C(TR, "The tender for the flyover was cancelled.", "फ़्लाईओवर का टेंडर रद्द कर दिया गया।"),
    C(TR, "The students took an online test.", "छात्रों ने ऑनलाइन टेस्ट दिया।"),
    C(TR, "The cricketer's helmet saved him.", "हेलमेट ने क्रिकेटर को बचा लिया।"),
    C(TR, "He bought a new laptop and a printer.", "उसने नया लैपटॉप और प्रिंटर ख़रीदा।"),
    C(TR, "Petrol and diesel prices were cut.", "पेट्रोल और डीज़ल के दाम घटाए गए।"),
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
    F(R, "The bridge was closed for repairs.", "पुल पुल मरम्मत के लिए बंद कर दिया गया।",
      [("पुल", "The bridge (repeated)", 1)], "पुल मरम्मत के लिए बंद कर दिया गया।"),
    F(R, "Doctors removed a stone from his kidney.", "डॉक्टरों ने उसकी किडनी से से एक पथरी निकाली।",
      [("से", "from (repeated)", 1)], "डॉक्टरों ने उसकी किडनी से एक पथरी निकाली।"),
    F(R, "The mayor inaugurated the new library.",
      "महापौर ने नए पुस्तकालय का उद्घाटन उद्घाटन किया।",
      [("उद्घाटन", "inaugurated (repeated)", 1)], "महापौर ने नए पुस्तकालय का उद्घाटन किया।"),
    F(R, "Schools will remain shut on Tuesday.", "स्कूल मंगलवार को बंद बंद रहेंगे।",
      [("बंद", "shut (repeated)", 1)], "स्कूल मंगलवार को बंद रहेंगे।"),
    F(R, "The price of tomatoes has fallen.", "टमाटर के दाम दाम गिर गए हैं।",
      [("दाम", "The price (repeated)", 1)], "टमाटर के दाम गिर गए हैं।"),
    F(R, "The truck driver fled after the accident.",
      "ट्रक चालक हादसे के बाद चालक फ़रार हो गया।",
      [("चालक", "driver (repeated)", 1)], "ट्रक चालक हादसे के बाद फ़रार हो गया।"),
    F(R, "The court adjourned the hearing until Friday.",
      "अदालत ने सुनवाई शुक्रवार तक सुनवाई स्थगित कर दी।",
      [("सुनवाई", "the hearing (repeated)", 1)], "अदालत ने सुनवाई शुक्रवार तक स्थगित कर दी।"),
    F(R, "The villagers repaired the road themselves.",
      "गांव वालों ने सड़क की मरम्मत ख़ुद ही गांव वालों ने की।",
      [("गांव वालों ने", "The villagers (repeated)", 1)], "गांव वालों ने सड़क की मरम्मत ख़ुद ही की।"),
    F(R, "Rain is expected in the hills tomorrow.",
      "कल पहाड़ों में बारिश की बारिश की संभावना है।",
      [("बारिश की", "Rain (repeated)", 1)], "कल पहाड़ों में बारिश की संभावना है।"),
    F(R, "The lion was moved to a larger enclosure.",
      "शेर को एक बड़े बाड़े में शेर को भेजा गया।",
      [("शेर को", "The lion (repeated)", 1)], "शेर को एक बड़े बाड़े में भेजा गया।"),
    F(R, "The singer cancelled her tour.", "गायिका ने अपना दौरा रद्द रद्द कर दिया।",
      [("रद्द", "cancelled (repeated)", 1)], "गायिका ने अपना दौरा रद्द कर दिया।"),
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
