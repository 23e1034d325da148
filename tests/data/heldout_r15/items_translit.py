"""Held-out round-15 items: transliterated English where Hindi has a common word, and repetitions
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
        "Grandmother stitched a quilt for the baby.",
        "दादी ने बच्चे के लिए एक क्विल्ट सिली।",
        [("क्विल्ट", "quilt", "रज़ाई")],
    ),
    _f("He forgot his umbrella on the bus.", "वह अपना अम्ब्रेला बस में भूल गया।", [("अम्ब्रेला", "umbrella", "छाता")]),
    _f(
        "Vultures have returned to the hills near Pune.",
        "पुणे के पास की पहाड़ियों पर वल्चर्स लौट आए हैं।",
        [("वल्चर्स", "Vultures", "गिद्ध")],
    ),
    _f(
        "The parrot and the pigeons were rescued from a smuggler.",
        "तोते और पिजन्स को एक तस्कर से छुड़ाया गया।",
        [("पिजन्स", "pigeons", "कबूतरों")],
    ),
    _f(
        "Frogs croaked all night after the first rain.",
        "पहली बारिश के बाद रात भर फ़्रॉग्स टर्राते रहे।",
        [("फ़्रॉग्स", "Frogs", "मेंढक")],
    ),
    _f("Ants had got into the sugar jar.", "चीनी के डिब्बे में ऐंट्स घुस गई थीं।", [("ऐंट्स", "Ants", "चींटियां")]),
    _f(
        "A tortoise was found in the temple well.",
        "मंदिर के कुएं में एक टॉर्टॉइज़ मिला।",
        [("टॉर्टॉइज़", "tortoise", "कछुआ")],
    ),
    _f(
        "Wild elephants damaged the sugarcane crop.",
        "जंगली एलिफ़ेंट्स ने शुगरकेन की फ़सल को नुक़सान पहुंचाया।",
        [("एलिफ़ेंट्स", "elephants", "हाथियों"), ("शुगरकेन", "sugarcane", "गन्ने")],
    ),
    _f(
        "The farmer came to the market in a bullock cart.",
        "किसान बुलॉक कार्ट में बाज़ार आया।",
        [("बुलॉक कार्ट", "bullock cart", "बैलगाड़ी")],
    ),
    _f(
        "Prices of figs and almonds fell this week.",
        "इस हफ़्ते फ़िग्स और आलमंड्स के दाम गिरे।",
        [("फ़िग्स", "figs", "अंजीर"), ("आलमंड्स", "almonds", "बादाम")],
    ),
    _f(
        "She cooked bitter gourd with a little onion.",
        "उसने थोड़े प्याज़ के साथ बिटर गॉर्ड पकाया।",
        [("बिटर गॉर्ड", "bitter gourd", "करेला")],
    ),
    _f(
        "Farmers sold pumpkins and cucumbers at the weekly market.",
        "किसानों ने साप्ताहिक हाट में पम्पकिन और खीरे बेचे।",
        [("पम्पकिन", "pumpkins", "कद्दू")],
    ),
    _f(
        "The potter shaped the clay on his wheel.",
        "कुम्हार ने अपने चाक पर क्ले को आकार दिया।",
        [("क्ले", "clay", "मिट्टी")],
    ),
    _f(
        "The workers carried bricks up the staircase.",
        "मज़दूर ब्रिक्स उठाकर सीढ़ियों से ऊपर ले गए।",
        [("ब्रिक्स", "bricks", "ईंटें")],
    ),
    _f(
        "Children played in the courtyard until dark.",
        "बच्चे अंधेरा होने तक कोर्टयार्ड में खेलते रहे।",
        [("कोर्टयार्ड", "courtyard", "आंगन")],
    ),
    _f(
        "The echo of the shot rang through the valley.",
        "गोली की ईको पूरी घाटी में सुनाई दी।",
        [("ईको", "echo", "गूंज")],
    ),
    _f(
        "Cobwebs hung from the ceiling of the old haveli.",
        "पुरानी हवेली की छत से कॉबवेब्स लटक रहे थे।",
        [("कॉबवेब्स", "Cobwebs", "मकड़ी के जाले")],
    ),
    _f(
        "A light drizzle fell over the city in the morning.",
        "सुबह शहर में हल्की ड्रिज़ल हुई।",
        [("ड्रिज़ल", "drizzle", "बूंदाबांदी")],
    ),
    _f(
        "The fair is held on the night of the full moon.",
        "मेला फ़ुल मून की रात को लगता है।",
        [("फ़ुल मून", "full moon", "पूर्णिमा")],
    ),
    _f(
        "The bowler hurt his finger in the nets.",
        "नेट्स में गेंदबाज़ की फ़िंगर में चोट लग गई।",
        [("फ़िंगर", "finger", "उंगली")],
    ),
    _f(
        "The cat scratched her with its nails.",
        "बिल्ली ने उसे अपने नेल्स से खरोंच दिया।",
        [("नेल्स", "nails", "नाख़ूनों")],
    ),
    _f("The nurse cleaned the wound on his knee.", "नर्स ने उसके घुटने का वूंड साफ़ किया।", [("वूंड", "wound", "घाव")]),
    _f(
        "The village washerman and the cobblers joined the protest.",
        "गांव का वॉशरमैन और कॉब्लर्स भी विरोध में शामिल हुए।",
        [("वॉशरमैन", "washerman", "धोबी"), ("कॉब्लर्स", "cobblers", "मोची")],
    ),
    _f(
        "Her grief turned into anger at the hearing.",
        "सुनवाई में उसका ग्रीफ़ ग़ुस्से में बदल गया।",
        [("ग्रीफ़", "grief", "दुख")],
    ),
    _f(
        "She was known for her kindness to animals.",
        "वह जानवरों के प्रति अपनी काइंडनेस के लिए जानी जाती थी।",
        [("काइंडनेस", "kindness", "दया")],
    ),
    # adjectives
    _f(
        "The bald man at the gate was the principal.",
        "गेट पर खड़ा बाल्ड आदमी प्रधानाचार्य था।",
        [("बाल्ड", "bald", "गंजा")],
    ),
    _f(
        "The school for homeless children got new teachers.",
        "होमलेस बच्चों के स्कूल को नए शिक्षक मिले।",
        [("होमलेस", "homeless", "बेघर")],
    ),
    _f("The jalebis were sticky.", "जलेबियां स्टिकी थीं।", [("स्टिकी", "sticky", "चिपचिपी")]),
    _f("The old stick was crooked.", "पुरानी लाठी क्रुक्ड थी।", [("क्रुक्ड", "crooked", "टेढ़ी")]),
    _f(
        "The stingy landlord refused to repair the roof.",
        "स्टिंजी मकान-मालिक ने छत की मरम्मत से इनकार कर दिया।",
        [("स्टिंजी", "stingy", "कंजूस")],
    ),
    _f("The old tree was hollow inside.", "पुराना पेड़ अंदर से हॉलो था।", [("हॉलो", "hollow", "खोखला")]),
    _f("It was a foolish decision.", "यह एक फ़ूलिश फ़ैसला था।", [("फ़ूलिश", "foolish", "मूर्खतापूर्ण")]),
    # verbs with कर / हो / किया
    _f(
        "The villagers buried the dead cow near the field.",
        "ग्रामीणों ने मरी गाय को खेत के पास बरी किया।",
        [("बरी किया", "buried", "दफ़नाया")],
    ),
    _f(
        "The pilgrims knelt before the shrine.",
        "तीर्थयात्रियों ने दरगाह के सामने नील किया।",
        [("नील किया", "knelt", "घुटने टेके")],
    ),
    _f(
        "She knitted a sweater for her son.",
        "उसने अपने बेटे के लिए स्वेटर निट किया।",
        [("निट किया", "knitted", "बुना")],
    ),
    _f(
        "The children shivered in the cold.",
        "बच्चे ठंड में शिवर कर रहे थे।",
        [("शिवर कर रहे थे", "shivered", "कांप रहे थे")],
    ),
    _f(
        "The paint on the door faded in the sun.",
        "दरवाज़े का पेंट धूप में फ़ेड हो गया।",
        [("फ़ेड हो गया", "faded", "फीका पड़ गया")],
    ),
    _f(
        "Knead the dough and soak the rice for an hour.",
        "आटा नीड करें और चावल को एक घंटे सोक करें।",
        [("नीड करें", "Knead", "गूंधें"), ("सोक करें", "soak", "भिगोएं")],
    ),
    _f("The flowers withered in the heat.", "गर्मी में फूल विदर हो गए।", [("विदर हो गए", "withered", "मुरझा गए")]),
    _f(
        "The minister apologised and congratulated the team.",
        "मंत्री ने अपॉलोजाइज़ किया और टीम को कॉन्ग्रैचुलेट किया।",
        [("अपॉलोजाइज़ किया", "apologised", "माफ़ी मांगी"), ("कॉन्ग्रैचुलेट किया", "congratulated", "बधाई दी")],
    ),
    _f(
        "The lost boy wandered in the market for hours.",
        "खोया हुआ लड़का घंटों बाज़ार में वांडर करता रहा।",
        [("वांडर करता रहा", "wandered", "भटकता रहा")],
    ),
    _f(
        "He yawned twice during the speech.",
        "भाषण के दौरान उसने दो बार यॉन किया।",
        [("यॉन किया", "yawned", "जम्हाई ली")],
    ),
]

TRANSLIT_LOOKALIKES = [
    # the Hindi words of the rows above in their own sense, with English-tempting sources
    C(TR, "The shy owl hid in the hollow of the tree.", "शर्मीला उल्लू पेड़ के खोखल में छिप गया।"),
    C(TR, "The camel and the elephant walked in the Dussehra procession.", "दशहरे के जुलूस में ऊंट और हाथी चले।"),
    C(TR, "Sugarcane farmers knelt on the road in protest.", "गन्ना किसानों ने विरोध में सड़क पर घुटने टेके।"),
    # accepted loanwords that Hindi news writes (work, jobs, products, adverbs that sound English)
    C(
        TR,
        "The bus conductor and the ticket inspector were suspended.",
        "बस कंडक्टर और टिकट इंस्पेक्टर को निलंबित कर दिया गया।",
    ),
    C(TR, "The hostel warden called the police commissioner.", "हॉस्टल वार्डन ने पुलिस कमिश्नर को फ़ोन किया।"),
    C(TR, "The umpire and the referee checked the replay.", "अंपायर और रेफ़री ने रीप्ले देखा।"),
    C(
        TR,
        "The surgeon and the accountant were both on the night shift.",
        "सर्जन और अकाउंटेंट दोनों नाइट शिफ़्ट में थे।",
    ),
    C(
        TR,
        "Many students do part-time work and overtime at weekends.",
        "कई छात्र सप्ताहांत पर पार्ट-टाइम काम और ओवरटाइम करते हैं।",
    ),
    C(TR, "The freelancer missed the deadline by a day.", "फ़्रीलांसर एक दिन से डेडलाइन चूक गया।"),
    C(
        TR,
        "Shops sold Maggi, Parle-G and Horlicks at old prices.",
        "दुकानों ने मैगी, पार्ले-जी और हॉर्लिक्स पुराने दामों पर बेचे।",
    ),
    C(
        TR,
        "He bought Dettol, Boroline and a tube of Close-Up.",
        "उसने डेटॉल, बोरोलीन और क्लोज़-अप का एक ट्यूब ख़रीदा।",
    ),
    C(
        TR,
        "Lifebuoy and Fevicol ran new advertisements during the match.",
        "मैच के दौरान लाइफ़बॉय और फ़ेविकोल के नए विज्ञापन चले।",
    ),
    C(TR, "The train stopped twice, each time for a moment.", "ट्रेन दो बार रुकी, हर बार एक पल के लिए।"),
    C(TR, "The vine climbed over the wall.", "बेल दीवार पर चढ़ गई।"),
    C(
        TR,
        "The hearing was postponed, and the state of the roads is bad.",
        "सुनवाई टाल दी गई, और सड़कों का हाल बुरा है।",
    ),
    C(TR, "There is harmony between the two villages.", "दोनों गांवों के बीच मेल-जोल है।"),
    C(
        TR,
        "The supervisor asked the engineers to work from the site office.",
        "सुपरवाइज़र ने इंजीनियरों से साइट ऑफ़िस से काम करने को कहा।",
    ),
    C(TR, "The bus stand and the railway station were crowded.", "बस स्टैंड और रेलवे स्टेशन पर भीड़ थी।"),
    C(TR, "The school will teach computer coding from class six.", "स्कूल छठी कक्षा से कंप्यूटर कोडिंग सिखाएगा।"),
    C(
        TR,
        "Doctors said the internet helped them reach patients in villages.",
        "डॉक्टरों ने कहा कि इंटरनेट की मदद से वे गांवों के मरीज़ों तक पहुंच सके।",
    ),
    C(
        TR,
        "Umbrellas are sold at the Mumbai market for two hundred rupees.",
        "मुंबई के बाज़ार में छाते दो सौ रुपये में बिकते हैं।",
    ),
]

REPETITIONS = [
    F(
        R,
        "The meeting lasted two hours.",
        "बैठक बैठक दो घंटे चली।",
        [("बैठक", "The meeting (repeated)", 1)],
        "बैठक दो घंटे चली।",
    ),
    F(
        R,
        "Police have arrested two men in Agra.",
        "पुलिस ने पुलिस ने आगरा में दो लोगों को गिरफ़्तार किया है।",
        [("पुलिस ने", "Police (repeated)", 1)],
        "पुलिस ने आगरा में दो लोगों को गिरफ़्तार किया है।",
    ),
    F(
        R,
        "The roads were flooded after the cloudburst.",
        "बादल फटने के बाद सड़कें सड़कें पानी में डूब गईं।",
        [("सड़कें", "The roads (repeated)", 1)],
        "बादल फटने के बाद सड़कें पानी में डूब गईं।",
    ),
    F(
        R,
        "Schools will stay closed until Wednesday.",
        "स्कूल बंद रहेंगे स्कूल बंद रहेंगे बुधवार तक।",
        [("स्कूल बंद रहेंगे", "will stay closed (repeated)", 1)],
        "स्कूल बुधवार तक बंद रहेंगे।",
    ),
    F(
        R,
        "The company announced a dividend of five rupees a share.",
        "कंपनी ने प्रति शेयर पांच रुपये के लाभांश की घोषणा की घोषणा की।",
        [("घोषणा की", "announced (repeated)", 1)],
        "कंपनी ने प्रति शेयर पांच रुपये के लाभांश की घोषणा की।",
    ),
    F(
        R,
        "The fishermen found the boat in the river on Tuesday.",
        "मछुआरों को मंगलवार को नदी में नदी में नाव मिली।",
        [("नदी में", "in the river (repeated)", 1)],
        "मछुआरों को मंगलवार को नदी में नाव मिली।",
    ),
    F(
        R,
        "Farmers will get the compensation in their bank accounts within a month.",
        "किसानों को मुआवज़ा एक महीने के भीतर किसानों को उनके बैंक खातों में मिलेगा।",
        [("किसानों को", "Farmers (repeated)", 1)],
        "किसानों को मुआवज़ा एक महीने के भीतर उनके बैंक खातों में मिलेगा।",
    ),
    F(
        R,
        "For the first time, a woman will lead the regiment on Republic Day.",
        "पहली बार गणतंत्र दिवस पर पहली बार एक महिला रेजिमेंट का नेतृत्व करेगी।",
        [("पहली बार", "For the first time (repeated)", 1)],
        "पहली बार गणतंत्र दिवस पर एक महिला रेजिमेंट का नेतृत्व करेगी।",
    ),
    F(
        R,
        "The power cut lasted for three days in the old city.",
        "पुराने शहर में तीन दिन तक बिजली गुल रही तीन दिन तक।",
        [("तीन दिन तक", "for three days (repeated)", 1)],
        "पुराने शहर में तीन दिन तक बिजली गुल रही।",
    ),
    F(
        R,
        "The bridge over the canal will reopen next month.",
        "नहर पर बना पुल नहर पर बना पुल अगले महीने फिर से खुलेगा।",
        [("नहर पर बना पुल", "The bridge over the canal (repeated)", 1)],
        "नहर पर बना पुल अगले महीने फिर से खुलेगा।",
    ),
    F(
        R,
        "The minister said the report was deeply worrying.",
        "मंत्री ने कहा कि रिपोर्ट बेहद चिंताजनक है, मंत्री ने कहा।",
        [("मंत्री ने कहा", "the minister said (repeated)", 1)],
        "मंत्री ने कहा कि रिपोर्ट बेहद चिंताजनक है।",
    ),
]

REPETITION_LOOKALIKES = [
    # distributive and emphatic reduplication that Hindi writes
    C(R, "Volunteers went from lane to lane collecting clothes.", "स्वयंसेवकों ने गली-गली जाकर कपड़े इकट्ठे किए।"),
    C(R, "Every drop of water counts in the dry months.", "सूखे महीनों में बूंद-बूंद पानी क़ीमती है।"),
    C(R, "Each child was given three books.", "हर बच्चे को तीन-तीन किताबें दी गईं।"),
    C(R, "The river is rising slowly.", "नदी धीरे-धीरे चढ़ रही है।"),
    C(R, "Each district has its own rules.", "हर ज़िले के अलग-अलग नियम हैं।"),
    C(R, "Which players were picked for the tour?", "दौरे के लिए कौन-कौन से खिलाड़ी चुने गए?"),
    C(R, "Everyone brought something for the feast.", "दावत के लिए हर कोई कुछ-न-कुछ लाया।"),
    C(R, "The patient is recovering day by day.", "मरीज़ की हालत दिन-ब-दिन सुधर रही है।"),
    C(R, "She keeps asking the same question again and again.", "वह बार-बार वही सवाल पूछती रहती है।"),
    C(R, "The two houses stand close together.", "दोनों मकान पास-पास खड़े हैं।"),
    C(R, "Drink the medicine a little at a time.", "दवा थोड़ा-थोड़ा करके पिएं।"),
    C(R, "Cellist Yo-Yo Ma played in Mumbai.", "चेलो वादक यो-यो मा ने मुंबई में वादन किया।"),
    C(
        R,
        "The fruit seller and the tea seller shut their stalls.",
        "फल-विक्रेता और चाय-विक्रेता ने अपनी दुकानें बंद कर दीं।",
    ),
    C(
        R,
        "Truck drivers and rickshaw pullers joined the strike.",
        "ट्रक-चालक और रिक्शा-चालक भी हड़ताल में शामिल हुए।",
    ),
    C(R, "The cloth merchant and the fish seller were witnesses.", "कपड़ा-व्यापारी और मछली-विक्रेता गवाह थे।"),
]
