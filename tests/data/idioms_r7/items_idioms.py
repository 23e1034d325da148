"""Round-7 idiom generalisation check: idioms and phrasal verbs rendered literally (hand-written).

Written by the r7-idioms helper BEFORE any round-7 tuning and not edited afterwards to fit. None of
its idioms or phrasal verbs is in tests/data/heldout_r4, heldout_r5, heldout_r6, idioms_r6, the
challenge sets or the lexicons (audit/data/idioms_en.tsv, idiom_glossary.tsv, calques.toml,
wordnet_idioms.tsv, phrasal_literal.toml, source_senses.toml, source_evidence.toml) at the time of
writing (checked by grep). The phrasal verbs are rendered the way MT writes them: a spatial
particle (ऊपर, नीचे, बाहर, अंदर, बंद) or वापस next to the verb's plain Hindi.
The look-alikes are clean Hindi: vivid literal scenes of daily life (a farmer, a cook, a child at
play, a match, a journey) that use the flawed rows' Hindi words and particles literally, and real
Hindi idioms. Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741

IDIOMS = [
    # --- idioms
    F(
        I,
        "After the defeat the coach read the riot act to his players.",
        "हार के बाद कोच ने अपने खिलाड़ियों को दंगा अधिनियम पढ़कर सुनाया।",
        [("दंगा अधिनियम पढ़कर सुनाया", "read the riot act")],
        "हार के बाद कोच ने अपने खिलाड़ियों को कड़ी फटकार लगाई।",
    ),
    F(
        I,
        "The rescue plan went pear-shaped within a week.",
        "बचाव योजना एक हफ़्ते के भीतर नाशपाती के आकार की हो गई।",
        [("नाशपाती के आकार की हो गई", "went pear-shaped")],
        "बचाव योजना एक हफ़्ते के भीतर ही चौपट हो गई।",
    ),
    F(
        I,
        "The final against Pakistan was a real nail-biter.",
        "पाकिस्तान के ख़िलाफ़ फ़ाइनल एक असली नाखून चबाने वाला था।",
        [("नाखून चबाने वाला", "nail-biter")],
        "पाकिस्तान के ख़िलाफ़ फ़ाइनल बेहद रोमांचक मुक़ाबला था।",
    ),
    F(
        I,
        "By and large, the elections were peaceful.",
        "द्वारा और बड़े पैमाने पर, चुनाव शांतिपूर्ण रहे।",
        [("द्वारा और बड़े पैमाने पर", "by and large")],
        "कुल मिलाकर चुनाव शांतिपूर्ण रहे।",
    ),
    F(
        I,
        "In the hill districts the tide has turned against the ruling party.",
        "पहाड़ी ज़िलों में सत्तारूढ़ दल के ख़िलाफ़ ज्वार बदल गया है।",
        [("ज्वार बदल गया है", "the tide has turned")],
        "पहाड़ी ज़िलों में सत्तारूढ़ दल के ख़िलाफ़ हवा का रुख़ बदल गया है।",
    ),
    F(
        I,
        "For most young families a flat in the city remains a pipe dream.",
        "ज़्यादातर युवा परिवारों के लिए शहर में फ़्लैट एक पाइप का सपना बना हुआ है।",
        [("पाइप का सपना", "pipe dream")],
        "ज़्यादातर युवा परिवारों के लिए शहर में फ़्लैट एक दूर का सपना बना हुआ है।",
    ),
    F(
        I,
        "The rank and file of the party are unhappy with the alliance.",
        "पार्टी की रैंक और फ़ाइल गठबंधन से नाख़ुश है।",
        [("रैंक और फ़ाइल", "rank and file")],
        "पार्टी के आम कार्यकर्ता गठबंधन से नाख़ुश हैं।",
    ),
    F(
        I,
        "The injured boxer's recovery was touch and go for three days.",
        "घायल मुक्केबाज़ का ठीक होना तीन दिनों तक छूना और जाना था।",
        [("छूना और जाना", "touch and go")],
        "तीन दिनों तक घायल मुक्केबाज़ की हालत नाज़ुक बनी रही।",
    ),
    F(
        I,
        "Criticism is part and parcel of public life.",
        "आलोचना सार्वजनिक जीवन का हिस्सा और पार्सल है।",
        [("हिस्सा और पार्सल", "part and parcel")],
        "आलोचना सार्वजनिक जीवन का अभिन्न अंग है।",
    ),
    F(
        I,
        "The by-election will be the acid test for the new state president.",
        "उपचुनाव नए प्रदेश अध्यक्ष के लिए तेज़ाब परीक्षण होगा।",
        [("तेज़ाब परीक्षण", "acid test")],
        "उपचुनाव नए प्रदेश अध्यक्ष की असली परीक्षा होगा।",
    ),
    F(
        I,
        "The minister insisted that the land deal was above board.",
        "मंत्री ने ज़ोर देकर कहा कि ज़मीन का सौदा बोर्ड के ऊपर था।",
        [("बोर्ड के ऊपर था", "above board")],
        "मंत्री ने ज़ोर देकर कहा कि ज़मीन का सौदा पूरी तरह जायज़ और पारदर्शी था।",
    ),
    F(
        I,
        "The new stadium is a far cry from the dusty ground where he started.",
        "नया स्टेडियम उस धूल भरे मैदान से एक दूर की पुकार है जहां उसने शुरुआत की थी।",
        [("एक दूर की पुकार", "a far cry")],
        "नया स्टेडियम उस धूल भरे मैदान से बिल्कुल अलग है जहां उसने शुरुआत की थी।",
    ),
    F(
        I,
        "The election commission held a dry run of the new voting machines.",
        "चुनाव आयोग ने नई मतदान मशीनों की एक सूखी दौड़ आयोजित की।",
        [("एक सूखी दौड़", "dry run")],
        "चुनाव आयोग ने नई मतदान मशीनों का पूर्वाभ्यास किया।",
    ),
    F(
        I,
        "The police arrested the small fry but the kingpin escaped.",
        "पुलिस ने छोटी तली हुई मछलियों को गिरफ़्तार किया लेकिन सरगना भाग निकला।",
        [("छोटी तली हुई मछलियों", "small fry")],
        "पुलिस ने छोटे-मोटे अपराधियों को गिरफ़्तार किया लेकिन सरगना भाग निकला।",
    ),
    F(
        I,
        "The peace talks have reached a dead end.",
        "शांति वार्ता एक मृत अंत पर पहुंच गई है।",
        [("एक मृत अंत", "dead end")],
        "शांति वार्ता गतिरोध में फंस गई है।",
    ),
    F(
        I,
        "Critics called the new council a talking shop.",
        "आलोचकों ने नई परिषद को एक बात करने की दुकान कहा।",
        [("बात करने की दुकान", "talking shop")],
        "आलोचकों ने कहा कि नई परिषद सिर्फ़ बहस का अड्डा है, काम कुछ नहीं करती।",
    ),
    F(
        I,
        "It was a red-letter day for the village when the road opened.",
        "जब सड़क खुली तो वह गांव के लिए एक लाल अक्षर वाला दिन था।",
        [("लाल अक्षर वाला दिन", "red-letter day")],
        "जब सड़क खुली तो वह दिन गांव के लिए यादगार बन गया।",
    ),
    # --- phrasal verbs rendered with a spatial particle (or वापस for "back")
    F(
        I,
        "The prime minister hit back at his critics on Sunday.",
        "प्रधानमंत्री ने रविवार को अपने आलोचकों पर वापस मारा।",
        [("वापस मारा", "hit back")],
        "प्रधानमंत्री ने रविवार को अपने आलोचकों पर पलटवार किया।",
    ),
    F(
        I,
        "The Supreme Court struck down the new land law.",
        "सुप्रीम कोर्ट ने नए भूमि क़ानून को नीचे मार दिया।",
        [("नीचे मार दिया", "struck down")],
        "सुप्रीम कोर्ट ने नया भूमि क़ानून रद्द कर दिया।",
    ),
    F(
        I,
        "The cabinet signed off on the flood relief package last night.",
        "मंत्रिमंडल ने कल रात बाढ़ राहत पैकेज पर बंद हस्ताक्षर किए।",
        [("बंद हस्ताक्षर किए", "signed off")],
        "मंत्रिमंडल ने कल रात बाढ़ राहत पैकेज को मंज़ूरी दे दी।",
    ),
    F(
        I,
        "The state has cut back spending on rural roads.",
        "राज्य ने ग्रामीण सड़कों पर ख़र्च को वापस काट दिया है।",
        [("वापस काट दिया", "cut back")],
        "राज्य ने ग्रामीण सड़कों पर ख़र्च घटा दिया है।",
    ),
    F(
        I,
        "The coalition fell apart within a year.",
        "गठबंधन एक साल के भीतर अलग गिर गया।",
        [("अलग गिर गया", "fell apart")],
        "गठबंधन एक साल के भीतर बिखर गया।",
    ),
    F(
        I,
        "The actor lashed out at the media after the verdict.",
        "फ़ैसले के बाद अभिनेता ने मीडिया पर बाहर कोड़े बरसाए।",
        [("बाहर कोड़े बरसाए", "lashed out")],
        "फ़ैसले के बाद अभिनेता ने मीडिया पर जमकर ग़ुस्सा निकाला।",
    ),
    F(
        I,
        "The steel company bought out its smaller rival.",
        "इस्पात कंपनी ने अपने छोटे प्रतिद्वंद्वी को बाहर ख़रीद लिया।",
        [("बाहर ख़रीद लिया", "bought out")],
        "इस्पात कंपनी ने अपनी छोटी प्रतिद्वंद्वी कंपनी का अधिग्रहण कर लिया।",
    ),
    F(
        I,
        "After two defeats the team bounced back with a big win.",
        "दो हार के बाद टीम एक बड़ी जीत के साथ वापस उछल गई।",
        [("वापस उछल गई", "bounced back")],
        "दो हार के बाद टीम ने एक बड़ी जीत के साथ ज़ोरदार वापसी की।",
    ),
    F(
        I,
        "Heavy rain held up the rescue work in the valley.",
        "भारी बारिश ने घाटी में बचाव कार्य को ऊपर पकड़ लिया।",
        [("ऊपर पकड़ लिया", "held up")],
        "भारी बारिश के कारण घाटी में बचाव कार्य रुक गया।",
    ),
    F(
        I,
        "The report singled out two officers for praise.",
        "रिपोर्ट ने दो अधिकारियों को प्रशंसा के लिए बाहर अकेला किया।",
        [("बाहर अकेला किया", "singled out")],
        "रिपोर्ट में दो अधिकारियों की ख़ास तौर पर प्रशंसा की गई।",
    ),
    F(
        I,
        "The prime minister wrapped up his visit to Japan on Friday.",
        "प्रधानमंत्री ने शुक्रवार को अपनी जापान यात्रा को ऊपर लपेट दिया।",
        [("ऊपर लपेट दिया", "wrapped up")],
        "प्रधानमंत्री ने शुक्रवार को अपनी जापान यात्रा पूरी की।",
    ),
    F(
        I,
        "The health minister spelled out the new rules for hospitals.",
        "स्वास्थ्य मंत्री ने अस्पतालों के लिए नए नियमों को बाहर वर्तनी की।",
        [("बाहर वर्तनी की", "spelled out")],
        "स्वास्थ्य मंत्री ने अस्पतालों के लिए नए नियम विस्तार से बताए।",
    ),
    F(
        I,
        "The leader toured the state to drum up support for the strike.",
        "नेता ने हड़ताल के लिए समर्थन ऊपर ढोल बजाने के लिए राज्य का दौरा किया।",
        [("समर्थन ऊपर ढोल बजाने", "drum up support")],
        "नेता ने हड़ताल के लिए समर्थन जुटाने के लिए राज्य का दौरा किया।",
    ),
    F(
        I,
        "The government bailed out the failing cooperative bank.",
        "सरकार ने डूबते सहकारी बैंक को बाहर ज़मानत दी।",
        [("बाहर ज़मानत दी", "bailed out")],
        "सरकार ने डूबते सहकारी बैंक को संकट से उबारने के लिए पैसा दिया।",
    ),
    F(
        I,
        "After two days of talks the unions hammered out a deal with the railways.",
        "दो दिन की बातचीत के बाद यूनियनों ने रेलवे के साथ एक समझौता बाहर हथौड़ा मारा।",
        [("बाहर हथौड़ा मारा", "hammered out")],
        "दो दिन की बातचीत के बाद यूनियनों ने रेलवे के साथ एक समझौता तय कर लिया।",
    ),
    F(
        I,
        "The central bank stepped in to shore up the rupee.",
        "केंद्रीय बैंक ने रुपये को ऊपर किनारा करने के लिए कदम उठाया।",
        [("ऊपर किनारा करने", "shore up")],
        "केंद्रीय बैंक ने रुपये को सहारा देने के लिए कदम उठाया।",
    ),
    F(
        I,
        "The new test is meant to weed out fake applicants.",
        "नई परीक्षा का मक़सद फ़र्ज़ी आवेदकों को बाहर खरपतवार करना है।",
        [("बाहर खरपतवार करना", "weed out")],
        "नई परीक्षा का मक़सद फ़र्ज़ी आवेदकों की छंटनी करना है।",
    ),
    F(
        I,
        "The bank wrote off loans worth two thousand crore.",
        "बैंक ने दो हज़ार करोड़ रुपये के कर्ज़ बंद लिख दिए।",
        [("बंद लिख दिए", "wrote off")],
        "बैंक ने दो हज़ार करोड़ रुपये के कर्ज़ बट्टे खाते में डाल दिए।",
    ),
]

L = "idiom"
IDIOM_LOOKALIKES = [
    # --- the flawed rows' words in literal scenes of daily life
    C(L, "After the riot the police imposed a curfew in the area.", "दंगे के बाद पुलिस ने इलाक़े में कर्फ़्यू लगा दिया।"),
    C(L, "The gardener picked ripe fruit from the pear tree.", "माली ने नाशपाती के पेड़ से पके फल तोड़े।"),
    C(L, "Grandmother stopped the boy from biting his nails.", "दादी ने लड़के को नाखून चबाने से रोका।"),
    C(
        L,
        "The fishermen took their boats out after the tide went down.",
        "ज्वार उतरने के बाद मछुआरे अपनी नावें लेकर समुद्र में गए।",
    ),
    C(L, "The plumber replaced the broken pipe in the kitchen.", "प्लंबर ने रसोई का टूटा हुआ पाइप बदल दिया।"),
    C(L, "The clerk put all the files back in the cupboard.", "क्लर्क ने सारी फ़ाइलें वापस अलमारी में रख दीं।"),
    C(L, "The postman left the parcel at the door.", "डाकिया पार्सल दरवाज़े पर छोड़ गया।"),
    C(
        L,
        "In the lab the students tested the metal with acid.",
        "प्रयोगशाला में छात्रों ने धातु को तेज़ाब में डालकर परखा।",
    ),
    C(L, "The teacher wrote the date at the top of the board.", "शिक्षक ने बोर्ड के ऊपर तारीख़ लिखी।"),
    C(L, "The shepherd heard a faint call from far away.", "चरवाहे ने दूर से आती एक धीमी पुकार सुनी।"),
    C(L, "The washerman spread the clothes on the roof to dry.", "धोबी ने धुले कपड़े सुखाने के लिए छत पर फैला दिए।"),
    C(L, "Mother fried small fish for the children.", "मां ने बच्चों के लिए छोटी मछलियां तलीं।"),
    C(
        L,
        "The lane ends ahead, so the truck had to turn back.",
        "यह गली आगे जाकर बंद हो जाती है, इसलिए ट्रक को वापस मुड़ना पड़ा।",
    ),
    C(
        L,
        "The boy threw the ball at the wall and it bounced back to him.",
        "लड़के ने गेंद दीवार पर मारी और वह उछलकर वापस उसके पास आ गई।",
    ),
    C(L, "The angry bull knocked the farmer down.", "ग़ुस्साए बैल ने किसान को नीचे गिरा दिया।"),
    C(L, "The gardener cut back the overgrown bushes.", "माली ने बढ़ी हुई झाड़ियां काटकर छोटी कर दीं।"),
    C(
        L,
        "The old house collapsed in the rain and its walls fell apart.",
        "पुराना मकान बारिश में ढह गया और उसकी दीवारें अलग-अलग गिर गईं।",
    ),
    C(L, "The cart driver cracked the whip over the bullocks.", "गाड़ीवान ने बैलों पर कोड़ा फटकारा।"),
    C(
        L,
        "At the fair the children bought balloons and flew them outside.",
        "मेले में बच्चों ने गुब्बारे ख़रीदे और बाहर आकर उड़ाए।",
    ),
    C(L, "The porter lifted the heavy trunk up onto his head.", "कुली ने भारी संदूक ऊपर उठाकर सिर पर रख लिया।"),
    C(L, "The shopkeeper wrapped the sweets in paper.", "दुकानदार ने मिठाइयां काग़ज़ में लपेट दीं।"),
    C(
        L,
        "The little girl spelled her name correctly in her notebook.",
        "छोटी बच्ची ने कॉपी में अपने नाम की सही वर्तनी लिखी।",
    ),
    C(L, "The drummer played the dhol all night at the wedding.", "शादी में ढोल वाले ने पूरी रात ढोल बजाया।"),
    C(
        L,
        "The fishermen bailed the water out of the boat with a bucket.",
        "मछुआरों ने नाव में भरा पानी बाल्टी से बाहर उलीचा।",
    ),
    C(L, "The carpenter hammered in the nails and joined the table.", "बढ़ई ने हथौड़े से कीलें ठोंककर मेज़ जोड़ी।"),
    C(L, "The farmer was pulling the weeds out of his field.", "किसान अपने खेत से खरपतवार बाहर निकाल रहा था।"),
    C(L, "The shopkeeper wrote the amount owed in his ledger.", "दुकानदार ने उधार की रक़म अपनी बही में लिख ली।"),
    C(L, "The boatman tied the boat to a post on the shore.", "मल्लाह ने नाव किनारे पर एक खूंटे से बांध दी।"),
    C(L, "The cook added salt to the dal and lowered the flame.", "रसोइए ने दाल में नमक डाला और आंच धीमी कर दी।"),
    C(L, "In the last over the spectators rose from their seats.", "आख़िरी ओवर में दर्शक अपनी सीटों से खड़े हो गए।"),
    C(
        L,
        "On the way the bus stopped at a dhaba and the passengers drank tea.",
        "रास्ते में बस एक ढाबे पर रुकी और यात्रियों ने चाय पी।",
    ),
    C(
        L,
        "The children were skipping in the park and one boy climbed a tree.",
        "बच्चे पार्क में रस्सी कूद रहे थे और एक लड़का पेड़ पर चढ़ गया।",
    ),
    C(L, "The goalkeeper leapt into the air and caught the ball.", "गोलकीपर ने हवा में उछलकर गेंद पकड़ ली।"),
    C(
        L,
        "The farmer yoked the oxen to the plough early in the morning.",
        "किसान ने सुबह-सुबह बैलों को हल में जोता।",
    ),
    C(
        L,
        "The fisherman cast his net into the river and filled a basket by noon.",
        "मछुआरे ने नदी में जाल फेंका और दोपहर तक टोकरी भर मछलियां पकड़ लीं।",
    ),
    C(L, "The sweet-maker fried jalebis in hot oil.", "हलवाई ने कड़ाही के गर्म तेल में जलेबियां तलीं।"),
    C(
        L,
        "After the rain the children floated paper boats in the water.",
        "बारिश के बाद बच्चों ने काग़ज़ की नावें पानी में छोड़ीं।",
    ),
    C(L, "The old man climbed the stairs leaning on his stick.", "बूढ़े ने लाठी टेककर सीढ़ियां चढ़ीं।"),
    C(L, "The boy pulled the string and the kite went up.", "लड़के ने डोर खींची और पतंग ऊपर चली गई।"),
    C(L, "The girl drew a bucket of water from the well.", "लड़की ने कुएं से बाल्टी भर पानी खींचा।"),
    C(L, "The shepherd took the sheep up the hill to graze.", "चरवाहा भेड़ों को चराने पहाड़ी के ऊपर ले गया।"),
    C(
        L,
        "The shopkeeper pulled the shutter down and closed the shop.",
        "दुकानदार ने शटर नीचे खींचा और दुकान बंद कर दी।",
    ),
    C(
        L,
        "The batsman hit a six and the ball landed on the stadium roof.",
        "बल्लेबाज़ ने छक्का मारा और गेंद स्टेडियम की छत पर जा गिरी।",
    ),
    C(
        L,
        "The monkey came down the tree, grabbed the bananas and ran back up.",
        "बंदर पेड़ से नीचे उतरा, केले उठाए और वापस ऊपर भाग गया।",
    ),
    C(L, "A spectator threw the ball back onto the field.", "एक दर्शक ने मैदान के बाहर गिरी गेंद वापस फेंक दी।"),
    C(L, "The tailor cut a piece of cloth and stitched a pocket.", "दर्ज़ी ने कपड़े का एक टुकड़ा काटकर जेब सिल दी।"),
    C(
        L,
        "Passers-by stood under the tree to escape the rain.",
        "बारिश से बचने के लिए राहगीर पेड़ के नीचे खड़े हो गए।",
    ),
    C(
        L,
        "The doctor said the elderly often feel their hands go numb in the cold.",
        "डॉक्टर ने कहा कि ठंड में बुज़ुर्गों के हाथ अक्सर सुन्न हो जाते हैं।",
    ),
    C(L, "The farmer dug a small pond next to his land.", "किसान ने अपनी ज़मीन के पास एक छोटा तालाब खुदवाया।"),
    C(
        L,
        "The train blew a long whistle and left the platform.",
        "रेलगाड़ी ने लंबी सीटी बजाई और प्लेटफ़ॉर्म से निकल गई।",
    ),
    # --- real Hindi idioms (figurative, correct)
    C(
        L,
        "The opposition alliance collapsed like a house of cards.",
        "विपक्षी गठबंधन ताश के पत्तों की तरह बिखर गया।",
    ),
    C(
        L,
        "The new law has become a headache the government cannot shake off.",
        "नया क़ानून सरकार के लिए गले की हड्डी बन गया है।",
    ),
    C(
        L,
        "When the scam came out, several leaders were stunned.",
        "घोटाले की ख़बर आते ही कई नेताओं के पैरों तले ज़मीन खिसक गई।",
    ),
    C(L, "At last the farmers' hard work paid off.", "आख़िरकार किसानों की मेहनत रंग लाई।"),
    C(
        L,
        "The government's new scheme left the opposition stunned.",
        "सरकार की नई योजना ने विपक्ष के हाथों के तोते उड़ा दिए।",
    ),
    C(L, "Inflation has broken the back of the common man.", "महंगाई ने आम आदमी की कमर तोड़ दी है।"),
    C(L, "The inquiry peeled back the layers of the scam.", "जांच एजेंसी ने घोटाले की परतें उधेड़ दीं।"),
    C(
        L,
        "The traders have opened a front against the new tax.",
        "व्यापारियों ने नए कर के ख़िलाफ़ मोर्चा खोल दिया है।",
    ),
    C(
        L,
        "As the elections approached, leaders began scouring the villages.",
        "चुनाव आते ही नेताओं ने गांव-गांव की ख़ाक छाननी शुरू कर दी।",
    ),
    C(L, "The team gave everything to win the final.", "टीम ने फ़ाइनल जीतने के लिए एड़ी-चोटी का ज़ोर लगा दिया।"),
    C(L, "The home side thrashed the visitors.", "मेज़बान टीम ने मेहमानों के छक्के छुड़ा दिए।"),
    C(L, "The soldiers gave the intruders a bloody nose.", "जवानों ने घुसपैठियों के दांत खट्टे कर दिए।"),
    C(
        L,
        "Despite the protests the officials did not stir.",
        "विरोध के बावजूद अधिकारियों के कान पर जूं तक नहीं रेंगी।",
    ),
    C(L, "The contractor took the money and walked away.", "ठेकेदार पैसे लेकर सबको अंगूठा दिखा गया।"),
    C(L, "The minister's reply left the reporters looking away.", "मंत्री के जवाब पर पत्रकार बगलें झांकने लगे।"),
    C(L, "He said the party would answer a brick with a stone.", "उन्होंने कहा कि पार्टी ईंट का जवाब पत्थर से देगी।"),
    C(L, "The chairman is building castles in the air.", "अध्यक्ष हवाई क़िले बना रहे हैं।"),
    C(L, "The new rule turns things upside down.", "नया नियम तो उल्टी गंगा बहाने जैसा है।"),
    C(L, "The youngest son is the apple of his mother's eye.", "सबसे छोटा बेटा अपनी मां की आंख का तारा है।"),
    C(L, "Seeing the flood water, the villagers panicked.", "बाढ़ का पानी देखकर गांव वालों के हाथ-पांव फूल गए।"),
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
