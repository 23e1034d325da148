"""Held-out round-18 items: transliterated English where Hindi has a common word, and repetitions
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
        "Sparrows and peacocks came to the courtyard.",
        "आंगन में स्पैरो और पीकॉक आए।",
        [("स्पैरो", "Sparrows", "गौरैया"), ("पीकॉक", "peacocks", "मोर")],
    ),
    _f(
        "A deer and two rabbits crossed the road.",
        "एक डियर और दो रैबिट सड़क पार कर गए।",
        [("डियर", "deer", "हिरण"), ("रैबिट", "rabbits", "ख़रगोश")],
    ),
    _f(
        "An owl sat on the fort wall.",
        "फ़ोर्ट की दीवार पर एक आउल बैठा था।",
        [("फ़ोर्ट", "fort", "क़िले"), ("आउल", "owl", "उल्लू")],
    ),
    _f(
        "Spinach and potato prices fell this week.",
        "इस हफ़्ते स्पिनिच और पोटैटो के दाम गिरे।",
        [("स्पिनिच", "Spinach", "पालक"), ("पोटैटो", "potato", "आलू")],
    ),
    _f(
        "Add black pepper and curd to the dish.",
        "व्यंजन में ब्लैक पेपर और कर्ड डालें।",
        [("ब्लैक पेपर", "black pepper", "काली मिर्च"), ("कर्ड", "curd", "दही")],
    ),
    _f(
        "The mountain stream has dried up.",
        "पहाड़ी स्ट्रीम सूख गई है।",
        [("स्ट्रीम", "stream", "नदी")],
    ),
    _f(
        "Thousands joined the procession.",
        "हज़ारों लोग प्रोसेशन में शामिल हुए।",
        [("प्रोसेशन", "procession", "जुलूस")],
    ),
    _f(
        "The boy hurt his neck and shoulder.",
        "लड़के की नेक और शोल्डर में चोट लगी।",
        [("नेक", "neck", "गर्दन"), ("शोल्डर", "shoulder", "कंधे")],
    ),
    _f(
        "Her aunt looked after the twins.",
        "उसकी आंट ने ट्विन्स की देखभाल की।",
        [("आंट", "aunt", "मौसी"), ("ट्विन्स", "twins", "जुड़वां बच्चों")],
    ),
    _f(
        "His nephew wiped the sweat from his forehead.",
        "उसके नेफ़्यू ने अपने फ़ोरहेड से स्वेट पोंछा।",
        [("नेफ़्यू", "nephew", "भतीजे"), ("फ़ोरहेड", "forehead", "माथे"), ("स्वेट", "sweat", "पसीना")],
    ),
    _f(
        "The crowd's anger turned to shame.",
        "भीड़ का एंगर शेम में बदल गया।",
        [("एंगर", "anger", "ग़ुस्सा"), ("शेम", "shame", "शर्म")],
    ),
    F(
        TR,
        "The family felt relief at the news.",
        "ख़बर सुनकर परिवार ने रिलीफ़ महसूस किया।",
        [("रिलीफ़", "relief")],
        "ख़बर सुनकर परिवार ने राहत महसूस की।",
    ),
    _f(
        "Lightning struck a tree during the storm, and later a rainbow appeared.",
        "आंधी के दौरान एक पेड़ पर लाइटनिंग गिरी और बाद में रेनबो निकला।",
        [("लाइटनिंग", "Lightning", "बिजली"), ("रेनबो", "rainbow", "इंद्रधनुष")],
    ),
    _f(
        "Dark clouds covered the peak.",
        "काले क्लाउड्स ने पीक को ढक लिया।",
        [("क्लाउड्स", "clouds", "बादलों"), ("पीक", "peak", "चोटी")],
    ),
    _f(
        "The valley looked golden at sunrise.",
        "सनराइज़ के समय वैली सुनहरी दिख रही थी।",
        [("सनराइज़", "sunrise", "सूर्योदय"), ("वैली", "valley", "घाटी")],
    ),
    _f(
        "The child was afraid of his own shadow.",
        "बच्चा अपने ही शैडो से डरता था।",
        [("शैडो", "shadow", "साये")],
    ),
    # adjectives
    _f(
        "The tall player and the chubby goalkeeper argued.",
        "टॉल खिलाड़ी और चबी गोलकीपर आपस में भिड़ गए।",
        [("टॉल", "tall", "लंबे"), ("चबी", "chubby", "गोल-मटोल")],
    ),
    _f(
        "The old knife is blunt.",
        "पुराना चाकू ब्लंट है।",
        [("ब्लंट", "blunt", "भोथरा")],
    ),
    _f(
        "The mangoes were sweet and the pickle was salty.",
        "आम स्वीट थे और अचार सॉल्टी था।",
        [("स्वीट", "sweet", "मीठे"), ("सॉल्टी", "salty", "नमकीन")],
    ),
    _f(
        "The clever crow and the naughty monkey are in every story.",
        "हर कहानी में क्लेवर कौआ और नॉटी बंदर होते हैं।",
        [("क्लेवर", "clever", "चतुर"), ("नॉटी", "naughty", "शरारती")],
    ),
    _f(
        "The cloth is soft but the music was too loud.",
        "कपड़ा सॉफ़्ट है लेकिन संगीत बहुत लाउड था।",
        [("सॉफ़्ट", "soft", "मुलायम"), ("लाउड", "loud", "तेज़")],
    ),
    _f(
        "Do not eat raw eggs.",
        "रॉ अंडे न खाएं।",
        [("रॉ", "raw", "कच्चे")],
    ),
    _f(
        "Pilgrims bathed in the holy river.",
        "तीर्थयात्रियों ने होली नदी में स्नान किया।",
        [("होली", "holy", "पवित्र")],
    ),
    # verbs with कर/हो/किया
    _f(
        "The old man sneezed and then nodded.",
        "बूढ़े आदमी ने स्नीज़ किया और फिर नॉड किया।",
        [("स्नीज़ किया", "sneezed", "छींका"), ("नॉड किया", "nodded", "सिर हिलाया")],
    ),
    _f(
        "The cook tasted the soup.",
        "रसोइए ने सूप को टेस्ट किया।",
        [("टेस्ट किया", "tasted", "चखा")],
    ),
    _f(
        "She chewed the bread slowly.",
        "उसने रोटी को धीरे से च्यू किया।",
        [("च्यू किया", "chewed", "चबाया")],
    ),
    _f(
        "Women wove baskets from bamboo.",
        "महिलाओं ने बांस से टोकरियां वीव कीं।",
        [("वीव कीं", "wove", "बुनीं")],
    ),
    _f(
        "The gardener watered the plants and the goats grazed nearby.",
        "माली ने पौधों को वॉटर किया और पास में बकरियां ग्रेज़ कर रही थीं।",
        [("वॉटर किया", "watered", "सींचा"), ("ग्रेज़ कर रही थीं", "grazed", "चर रही थीं")],
    ),
    F(
        TR,
        "The dog barked and chased the cat.",
        "कुत्ते ने बार्क किया और बिल्ली को चेज़ किया।",
        [("बार्क किया", "barked"), ("चेज़ किया", "chased")],
        "कुत्ता भौंका और उसने बिल्ली को दौड़ाया।",
    ),
    _f(
        "The old gate has rusted and the pond froze last night.",
        "पुराना फाटक रस्ट हो गया है और कल रात तालाब फ़्रीज़ हो गया।",
        [("रस्ट हो गया", "rusted", "जंग खा गया"), ("फ़्रीज़ हो गया", "froze", "जम गया")],
    ),
    _f(
        "The flowers bloomed early this year.",
        "इस साल फूल जल्दी ब्लूम हुए।",
        [("ब्लूम हुए", "bloomed", "खिले")],
    ),
    _f(
        "The children waved at the train.",
        "बच्चों ने ट्रेन की ओर वेव किया।",
        [("वेव किया", "waved", "हाथ हिलाया")],
    ),
    _f(
        "Someone knocked on the door at midnight.",
        "आधी रात को किसी ने दरवाज़ा नॉक किया।",
        [("नॉक किया", "knocked", "खटखटाया")],
    ),
    _f(
        "The soldiers obeyed the order and the baby blinked.",
        "सैनिकों ने आदेश को ओबे किया और बच्चे ने ब्लिंक किया।",
        [("ओबे किया", "obeyed", "माना"), ("ब्लिंक किया", "blinked", "पलकें झपकाईं")],
    ),
    F(
        TR,
        "Villagers hunted wild boar in the forest.",
        "ग्रामीणों ने जंगल में जंगली सूअर को हंट किया।",
        [("हंट किया", "hunted")],
        "ग्रामीणों ने जंगल में जंगली सूअर का शिकार किया।",
    ),
]

TRANSLIT_LOOKALIKES = [
    # loans Hindi news writes: jobs, sport, things
    C(TR, "The company allows work from home on Fridays.", "कंपनी शुक्रवार को वर्क फ़्रॉम होम की इजाज़त देती है।"),
    C(TR, "The school built a kitchen garden.", "स्कूल ने एक किचन गार्डन बनाया।"),
    C(TR, "The state will spend more on sports and technology.", "राज्य खेल और टेक्नोलॉजी पर ज़्यादा ख़र्च करेगा।"),
    C(TR, "The pharmacist and the clerk were suspended.", "फ़ार्मासिस्ट और क्लर्क को निलंबित कर दिया गया।"),
    C(
        TR,
        "A data entry operator and a gym trainer were arrested.",
        "एक डाटा एंट्री ऑपरेटर और एक जिम ट्रेनर को गिरफ़्तार किया गया।",
    ),
    C(TR, "The physiotherapist treated the injured striker.", "फ़िज़ियोथेरेपिस्ट ने घायल स्ट्राइकर का इलाज किया।"),
    C(TR, "The YouTuber and the influencer were questioned.", "यूट्यूबर और इन्फ़्लुएंसर से पूछताछ की गई।"),
    C(TR, "A delivery agent was injured on the flyover.", "फ़्लाईओवर पर एक डिलीवरी एजेंट घायल हो गया।"),
    C(TR, "Full-time staff will get overtime pay.", "फ़ुल-टाइम कर्मचारियों को ओवरटाइम का भुगतान मिलेगा।"),
    C(TR, "The golfer made a birdie on the last hole.", "गोल्फ़र ने आख़िरी होल पर बर्डी बनाई।"),
    C(TR, "She served an ace to win the set.", "उन्होंने ऐस लगाकर सेट जीता।"),
    C(TR, "India won a penalty corner in the last minute.", "भारत को आख़िरी मिनट में पेनल्टी कॉर्नर मिला।"),
    C(TR, "The final was decided in a super over.", "फ़ाइनल का फ़ैसला सुपर ओवर में हुआ।"),
    C(TR, "He scored from a free kick.", "उन्होंने फ़्री किक पर गोल किया।"),
    C(TR, "The golfer hit a hole-in-one.", "गोल्फ़र ने होल-इन-वन किया।"),
    C(
        TR,
        "Riders must wear a helmet and drivers a seat belt.",
        "सवारों को हेलमेट और चालकों को सीट बेल्ट पहननी होगी।",
    ),
    C(TR, "The hospital has ten ventilators and an oxygen plant.", "अस्पताल में दस वेंटिलेटर और एक ऑक्सीजन प्लांट है।"),
    C(
        TR,
        "Thieves stole a laptop, a charger and a SIM card.",
        "चोर एक लैपटॉप, एक चार्जर और एक सिम कार्ड चुरा ले गए।",
    ),
    C(TR, "The ATM near the petrol pump was broken.", "पेट्रोल पंप के पास का एटीएम ख़राब था।"),
    C(TR, "He posted a reel and a selfie from the mountain.", "उन्होंने पहाड़ से एक रील और एक सेल्फ़ी पोस्ट की।"),
    C(TR, "A mobile tower was installed in the village.", "गांव में एक मोबाइल टावर लगाया गया।"),
    C(TR, "She was inducted into the ICC Hall of Fame.", "उन्हें आईसीसी हॉल ऑफ़ फ़ेम में शामिल किया गया।"),
    C(TR, "A freelancer designed the new logo.", "एक फ़्रीलांसर ने नया लोगो डिज़ाइन किया।"),
    # the Hindi words themselves where a transliteration would tempt
    C(TR, "Sparrows are returning to the city.", "गौरैया शहर में लौट रही हैं।"),
    C(TR, "A peacock danced in the rain.", "बारिश में एक मोर नाचा।"),
    C(TR, "Twins were born at the district hospital.", "ज़िला अस्पताल में जुड़वां बच्चों का जन्म हुआ।"),
    C(TR, "His nephew runs the shop now.", "अब दुकान उनका भतीजा चलाता है।"),
    C(TR, "The farmer wiped the sweat off his forehead.", "किसान ने माथे से पसीना पोंछा।"),
    C(TR, "A rainbow appeared over the lake.", "झील के ऊपर इंद्रधनुष दिखा।"),
    C(TR, "He is a kind and virtuous man.", "वह एक दयालु और नेक इंसान है।"),
    C(TR, "People played Holi with flowers in Vrindavan.", "वृंदावन में लोगों ने फूलों से होली खेली।"),
    C(TR, "The students tested the water samples.", "छात्रों ने पानी के नमूनों की जांच की।"),
    C(TR, "The team tested the new engine.", "टीम ने नए इंजन का टेस्ट किया।"),
    C(TR, "Prices will freeze until March.", "मार्च तक दामों पर रोक रहेगी।"),
    # prohibitions said with मत and न
    C(TR, "Do not swim in the canal.", "नहर में मत तैरो।"),
    C(TR, "Don't feed the monkeys, the sign said.", "बोर्ड पर लिखा था कि बंदरों को खाना न खिलाएं।"),
    C(TR, "Do not park here.", "यहां गाड़ी मत खड़ी करें।"),
]

REPETITIONS = [
    F(
        R,
        "A cow sat in the middle of the road.",
        "सड़क के बीच में एक गाय गाय बैठी थी।",
        [("गाय", "a cow (repeated)", 1)],
        "सड़क के बीच में एक गाय बैठी थी।",
    ),
    F(
        R,
        "The children of the school planted trees.",
        "स्कूल के स्कूल के बच्चों ने पेड़ लगाए।",
        [("स्कूल के", "of the school (repeated)", 1)],
        "स्कूल के बच्चों ने पेड़ लगाए।",
    ),
    F(
        R,
        "The governor approved the ordinance.",
        "राज्यपाल ने अध्यादेश अध्यादेश को मंज़ूरी दी।",
        [("अध्यादेश", "the ordinance (repeated)", 1)],
        "राज्यपाल ने अध्यादेश को मंज़ूरी दी।",
    ),
    F(
        R,
        "The fair will last for three weeks.",
        "मेला तीन हफ़्ते तीन हफ़्ते तक चलेगा।",
        [("तीन हफ़्ते", "for three weeks (repeated)", 1)],
        "मेला तीन हफ़्ते तक चलेगा।",
    ),
    F(
        R,
        "The camel entered the field.",
        "ऊंट ऊंट खेत में घुस गया।",
        [("ऊंट", "The camel (repeated)", 1)],
        "ऊंट खेत में घुस गया।",
    ),
    F(
        R,
        "The council gave blankets to the people.",
        "परिषद ने लोगों को लोगों को कंबल दिए।",
        [("लोगों को", "to the people (repeated)", 1)],
        "परिषद ने लोगों को कंबल दिए।",
    ),
    F(
        R,
        "The mayor announced a new park.",
        "महापौर ने एक नए पार्क की घोषणा की घोषणा की।",
        [("की घोषणा", "announced (repeated)", 1)],
        "महापौर ने एक नए पार्क की घोषणा की।",
    ),
    F(
        R,
        "The prices in the market rose sharply.",
        "बाज़ार में दाम बाज़ार में तेज़ी से बढ़े।",
        [("बाज़ार में", "in the market (repeated)", 1)],
        "बाज़ार में दाम तेज़ी से बढ़े।",
    ),
    F(
        R,
        "The injured were taken to the hospital in an ambulance.",
        "घायलों को अस्पताल एंबुलेंस से अस्पताल ले जाया गया।",
        [("अस्पताल", "to the hospital (repeated)", 1)],
        "घायलों को एंबुलेंस से अस्पताल ले जाया गया।",
    ),
    F(
        R,
        "The teacher praised the students.",
        "शिक्षक ने छात्रों की छात्रों की तारीफ़ की।",
        [("छात्रों की", "the students (repeated)", 1)],
        "शिक्षक ने छात्रों की तारीफ़ की।",
    ),
    F(
        R,
        "The old bridge will be repaired next month.",
        "पुराने पुल की मरम्मत अगले महीने पुराने पुल की की जाएगी।",
        [("पुराने पुल की", "the old bridge (repeated)", 1)],
        "पुराने पुल की मरम्मत अगले महीने की जाएगी।",
    ),
]

REPETITION_LOOKALIKES = [
    C(R, "The ice is melting slowly.", "बर्फ़ धीरे-धीरे पिघल रही है।"),
    C(R, "The two sisters grew up together.", "दोनों बहनें साथ-साथ पली-बढ़ीं।"),
    C(R, "Posters were put up in every lane.", "गली-गली पोस्टर लगाए गए।"),
    C(R, "The houses are built close together.", "घर पास-पास बने हैं।"),
    C(R, "The murmur of the river could be heard.", "नदी की कल-कल सुनाई दे रही थी।"),
    C(R, "He fell asleep while eating.", "वह खाते-खाते सो गया।"),
    C(R, "Everyone brought something.", "हर कोई कुछ-न-कुछ लाया।"),
    C(R, "The mistake was made somewhere.", "ग़लती कहीं-न-कहीं हुई।"),
    C(R, "His health is improving day by day.", "उनकी सेहत दिन-ब-दिन सुधर रही है।"),
    C(R, "The tickets sold out instantly.", "टिकट हाथों-हाथ बिक गए।"),
    C(R, "Pilgrims chanted 'Bam Bam Bhole'.", "श्रद्धालुओं ने 'बम बम भोले' के जयकारे लगाए।"),
    C(R, "The couple danced the cha-cha-cha.", "जोड़े ने चा-चा-चा नृत्य किया।"),
    C(R, "Fireworks went off one after another.", "एक के बाद एक पटाखे फूटे।"),
    C(R, "Walla Walla is a small city in Washington state.", "वाला वाला वॉशिंगटन राज्य का एक छोटा शहर है।"),
]
