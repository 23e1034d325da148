"""Held-out round-20 items (half of helper blindB): ambiguous English words translated in the wrong
sense, and omissions, with their correct translations and clean look-alikes (hand-written).
F/C as in scripts/heldout_set.py.

SENSES: 32 flawed rows (needs_source), one span each, each with its fix: objects and places
(bust, sheet, spade, plaster, blinds, top, square, blade of grass), people and manners (groom,
company, chemistry, cool, subjects, reservations, invalid), money and law (concern, pawned,
abstract), food (prunes, hot, season, marrow), sport (cup, side, back, cap), health and news
(stroke, stable, contracted, spot, gravity, roasted). None is an issue example
(chaired/minutes/strike/tender/charge/poll).
SENSE_LOOKALIKES: 88 clean rows: the Hindi word of each wrong sense in its own sense (भंडाफोड़,
आरक्षण, दूल्हा, छंटाई, कंपनी, रसायन शास्त्र, ब्लेड, ठंडा, चादर, चिंता, हुकुम, विषय, पलस्तर, गरम, मौसम,
अंधा, शीर्ष, प्याला, बगल, प्रहार, धब्बा, पीठ, गुरुत्वाकर्षण, टोपी, वर्ग, प्यादा, अमूर्त, अस्तबल, भूनना,
मज्जा, अमान्य, अनुबंध, and बल्ला, भौंकना, बैंक, बिल, गाल, बार, बांहें, तख़्ता, बाधा, ठूंठ, पता, जादू, गेंद)
and the English word in the sense the flawed rows miss, translated right (आवक्ष प्रतिमा, शंकाएं, साईस,
सूखे आलूबुख़ारे, तिनका, फावड़ा, प्रजा, लकवे का दौरा, राइट-बैक, मैच खेलना, चौक, गिरवी, सार, स्थिर, साथ,
तालमेल, कारोबार, तीखा, पर्दे, लट्टू, ट्रॉफ़ी, मेज़बान टीम, मौक़े पर, गंभीरता, लौकी, चमगादड़, छाल, किनारा,
चोंच, ढिठाई, हथियार, संबोधन, दौर, नृत्य-समारोह ...).
OMISSIONS: 10 flawed rows (span: the whole MT line), each with its fix: a time restriction, a
condition, numbers (two of, about a third of, over 60), an exception, a place restriction, a
negation-bearing qualifier, a reason clause and a reported clause."""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"
OM = "omission"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


def _o(src: str, mt: str, eng: str, fix: str) -> F:
    return F(OM, src, mt, [("", eng)], fix)


SENSES = [
    # objects, people, money, food, sport, health
    _s(
        "A marble bust of the poet stands in the library.",
        "पुस्तकालय में कवि का संगमरमर का एक भंडाफोड़ रखा है।",
        "भंडाफोड़",
        "bust (sculpture)",
        "पुस्तकालय में कवि की संगमरमर की एक आवक्ष प्रतिमा रखी है।",
    ),
    _s(
        "Several parents had reservations about the new school timings.",
        "कई अभिभावकों को स्कूल के नए समय को लेकर आरक्षण थे।",
        "आरक्षण",
        "reservations (doubts)",
        "कई अभिभावकों को स्कूल के नए समय को लेकर आपत्तियां थीं।",
    ),
    _s(
        "The groom brushed the racehorse before the race.",
        "दौड़ से पहले दूल्हे ने रेस के घोड़े को ब्रश किया।",
        "दूल्हे",
        "groom (stable hand)",
        "दौड़ से पहले साईस ने रेस के घोड़े को ब्रश से साफ़ किया।",
    ),
    _s(
        "Grandmother soaks a few prunes in water every night.",
        "दादी हर रात कुछ छंटाई पानी में भिगोती हैं।",
        "छंटाई",
        "prunes (dried plums)",
        "दादी हर रात कुछ सूखे आलूबुख़ारे पानी में भिगोती हैं।",
    ),
    _s(
        "The old man enjoys the company of his grandchildren.",
        "बूढ़े आदमी को अपने पोते-पोतियों की कंपनी अच्छी लगती है।",
        "कंपनी",
        "company (companionship)",
        "बूढ़े आदमी को अपने पोते-पोतियों का साथ अच्छा लगता है।",
    ),
    _s(
        "The two lead actors have great chemistry on screen.",
        "दोनों मुख्य कलाकारों का पर्दे पर रसायन शास्त्र ज़बरदस्त है।",
        "रसायन शास्त्र",
        "chemistry (rapport)",
        "दोनों मुख्य कलाकारों का पर्दे पर आपसी तालमेल ज़बरदस्त है।",
    ),
    _s(
        "Not a single blade of grass was left after the locusts passed.",
        "टिड्डियों के गुज़रने के बाद घास का एक भी ब्लेड नहीं बचा।",
        "ब्लेड",
        "blade (of grass)",
        "टिड्डियों के गुज़रने के बाद घास का एक भी तिनका नहीं बचा।",
    ),
    _s(
        "Stay cool and answer the questions slowly.",
        "ठंडे रहो और सवालों के जवाब धीरे-धीरे दो।",
        "ठंडे रहो",
        "cool (calm)",
        "शांत रहो और सवालों के जवाब धीरे-धीरे दो।",
    ),
    _s(
        "Write your answer on a separate sheet of paper.",
        "अपना उत्तर कागज़ की एक अलग चादर पर लिखें।",
        "चादर",
        "sheet (of paper)",
        "अपना उत्तर कागज़ के एक अलग पन्ने पर लिखें।",
    ),
    _s(
        "The sweet shop is a family concern run by three brothers.",
        "मिठाई की दुकान एक पारिवारिक चिंता है जिसे तीन भाई चलाते हैं।",
        "चिंता",
        "concern (business)",
        "मिठाई की दुकान एक पारिवारिक कारोबार है जिसे तीन भाई चलाते हैं।",
    ),
    _s(
        "The gardener dug the flower bed with a spade.",
        "माली ने हुकुम से क्यारी खोदी।",
        "हुकुम",
        "spade (digging tool)",
        "माली ने फावड़े से क्यारी खोदी।",
    ),
    _s(
        "The queen's subjects lined the streets to see her.",
        "रानी को देखने के लिए उसके विषय सड़कों के किनारे खड़े थे।",
        "विषय",
        "subjects (people under a ruler)",
        "रानी को देखने के लिए उसकी प्रजा सड़कों के किनारे खड़ी थी।",
    ),
    _s(
        "Put a plaster on the cut before you go out.",
        "बाहर जाने से पहले कट पर पलस्तर लगा लो।",
        "पलस्तर",
        "plaster (adhesive bandage)",
        "बाहर जाने से पहले कटी हुई जगह पर पट्टी चिपका लो।",
    ),
    _s(
        "The green chilli chutney is too hot for the children.",
        "हरी मिर्च की चटनी बच्चों के लिए बहुत गरम है।",
        "बहुत गरम",
        "hot (spicy)",
        "हरी मिर्च की चटनी बच्चों के लिए बहुत तीखी है।",
    ),
    _s(
        "Season the soup with salt and pepper before serving.",
        "परोसने से पहले सूप को नमक और काली मिर्च से मौसम दें।",
        "मौसम दें",
        "season (add salt and spices)",
        "परोसने से पहले सूप में स्वाद के मुताबिक़ नमक और काली मिर्च डालें।",
    ),
    _s(
        "Pull down the blinds; the sun is in my eyes.",
        "अंधों को नीचे खींचो; धूप मेरी आंखों में पड़ रही है।",
        "अंधों",
        "blinds (window shades)",
        "पर्दे नीचे खींच दो; धूप मेरी आंखों में पड़ रही है।",
    ),
    _s(
        "The boy spun his wooden top on the courtyard floor.",
        "लड़के ने आंगन के फ़र्श पर अपना लकड़ी का शीर्ष घुमाया।",
        "शीर्ष",
        "top (spinning toy)",
        "लड़के ने आंगन के फ़र्श पर अपना लकड़ी का लट्टू घुमाया।",
    ),
    _s(
        "The hockey team lifted the cup in front of a full stadium.",
        "हॉकी टीम ने खचाखच भरे स्टेडियम के सामने प्याला उठाया।",
        "प्याला",
        "cup (trophy)",
        "हॉकी टीम ने खचाखच भरे स्टेडियम के सामने ट्रॉफ़ी उठाई।",
    ),
    _s(
        "The visiting side batted first on a green pitch.",
        "मेहमान बगल ने हरी पिच पर पहले बल्लेबाज़ी की।",
        "बगल",
        "side (team)",
        "मेहमान टीम ने हरी पिच पर पहले बल्लेबाज़ी की।",
    ),
    _s(
        "The retired teacher suffered a stroke last winter.",
        "सेवानिवृत्त शिक्षक को पिछली सर्दी में एक प्रहार हुआ।",
        "एक प्रहार हुआ",
        "stroke (illness)",
        "सेवानिवृत्त शिक्षक को पिछली सर्दी में लकवे का दौरा पड़ा।",
    ),
    _s(
        "The ambulance reached the spot within ten minutes.",
        "एंबुलेंस दस मिनट के भीतर धब्बे पर पहुंच गई।",
        "धब्बे",
        "spot (place)",
        "एंबुलेंस दस मिनट के भीतर मौक़े पर पहुंच गई।",
    ),
    _s(
        "The coach moved the young left back into midfield.",
        "कोच ने युवा बाईं पीठ को मिडफ़ील्ड में भेज दिया।",
        "बाईं पीठ",
        "back (defender)",
        "कोच ने युवा लेफ़्ट-बैक को मिडफ़ील्ड में भेज दिया।",
    ),
    _s(
        "The villagers did not understand the gravity of the flood warning.",
        "गांववाले बाढ़ की चेतावनी के गुरुत्वाकर्षण को नहीं समझ पाए।",
        "गुरुत्वाकर्षण",
        "gravity (seriousness)",
        "गांववाले बाढ़ की चेतावनी की गंभीरता को नहीं समझ पाए।",
    ),
    _s(
        "The goalkeeper won his first cap against Nepal.",
        "गोलकीपर ने नेपाल के ख़िलाफ़ अपनी पहली टोपी जीती।",
        "अपनी पहली टोपी जीती",
        "cap (international appearance)",
        "गोलकीपर ने नेपाल के ख़िलाफ़ देश के लिए अपना पहला मैच खेला।",
    ),
    _s(
        "The protesters gathered in the market square.",
        "प्रदर्शनकारी बाज़ार के वर्ग में जमा हुए।",
        "वर्ग",
        "square (open place)",
        "प्रदर्शनकारी बाज़ार के चौक में जमा हुए।",
    ),
    _s(
        "Before the wedding, the farmer pawned his wife's bangles.",
        "शादी से पहले किसान ने अपनी पत्नी के कंगनों को प्यादा बना दिया।",
        "प्यादा बना दिया",
        "pawned (left as security)",
        "शादी से पहले किसान ने अपनी पत्नी के कंगन गिरवी रख दिए।",
    ),
    _s(
        "Please send a 200-word abstract of your paper by Friday.",
        "कृपया शुक्रवार तक अपने शोध-पत्र का 200 शब्दों का अमूर्त भेजें।",
        "अमूर्त",
        "abstract (summary)",
        "कृपया शुक्रवार तक अपने शोध-पत्र का 200 शब्दों का सार भेजें।",
    ),
    _s(
        "Doctors say the injured driver is now stable.",
        "डॉक्टरों का कहना है कि घायल ड्राइवर अब अस्तबल है।",
        "अस्तबल",
        "stable (steady condition)",
        "डॉक्टरों का कहना है कि घायल ड्राइवर की हालत अब स्थिर है।",
    ),
    _s(
        "Critics roasted the director's new film.",
        "आलोचकों ने निर्देशक की नई फ़िल्म को भून डाला।",
        "भून डाला",
        "roasted (criticised)",
        "आलोचकों ने निर्देशक की नई फ़िल्म की जमकर खिंचाई की।",
    ),
    _s(
        "Grandfather grew a huge marrow in the kitchen garden.",
        "दादाजी ने रसोई-बगीचे में एक बहुत बड़ी मज्जा उगाई।",
        "मज्जा",
        "marrow (vegetable)",
        "दादाजी ने रसोई-बगीचे में एक बहुत बड़ी लौकी उगाई।",
    ),
    _s(
        "She gave up her job to look after her invalid mother.",
        "उसने अपनी अमान्य मां की देखभाल के लिए नौकरी छोड़ दी।",
        "अमान्य",
        "invalid (sick and bedridden)",
        "उसने अपनी बीमार और बिस्तर पर पड़ी मां की देखभाल के लिए नौकरी छोड़ दी।",
    ),
    _s(
        "The engineer contracted malaria while working in the forest.",
        "जंगल में काम करते हुए इंजीनियर ने मलेरिया का अनुबंध किया।",
        "मलेरिया का अनुबंध किया",
        "contracted (caught an illness)",
        "जंगल में काम करते हुए इंजीनियर को मलेरिया हो गया।",
    ),
]

SENSE_LOOKALIKES = [
    # the Hindi word of the wrong sense, used in its own sense, translated right
    C(S, "The boy bought a new cricket bat with his savings.", "लड़के ने अपनी बचत से क्रिकेट का नया बल्ला ख़रीदा।"),
    C(S, "The dogs barked at the postman all morning.", "कुत्ते सुबह भर डाकिये पर भौंकते रहे।"),
    C(S, "She opened a savings account at the bank.", "उसने बैंक में बचत खाता खोला।"),
    C(S, "The electricity bill arrived late this month.", "इस महीने बिजली का बिल देर से आया।"),
    C(S, "He works for a shipping company in Mumbai.", "वह मुंबई की एक शिपिंग कंपनी में काम करता है।"),
    C(S, "She teaches chemistry at the girls' college.", "वह लड़कियों के कॉलेज में रसायन शास्त्र पढ़ाती है।"),
    C(S, "The baby's cheeks turned red in the cold.", "ठंड में बच्चे के गाल लाल हो गए।"),
    C(S, "Drink cool water after the walk.", "टहलने के बाद ठंडा पानी पियो।"),
    C(S, "The hotel has a small bar on the roof.", "होटल की छत पर एक छोटा बार है।"),
    C(
        S,
        "The doctor shared his concern about her blood pressure.",
        "डॉक्टर ने उसके रक्तचाप को लेकर अपनी चिंता जताई।",
    ),
    C(S, "The baby stretched out her arms to her mother.", "बच्ची ने अपनी मां की ओर बांहें फैलाईं।"),
    C(
        S,
        "The carpenter nailed a wooden board over the broken window.",
        "बढ़ई ने टूटी खिड़की पर लकड़ी का एक तख़्ता ठोक दिया।",
    ),
    C(S, "Landslides hampered the rescue work.", "भूस्खलन से बचाव कार्य में बाधा आई।"),
    C(S, "Careful, the tea is very hot.", "संभलकर, चाय बहुत गरम है।"),
    C(S, "Winter is my favourite season.", "सर्दी मेरा पसंदीदा मौसम है।"),
    C(S, "A blind old man was singing at the station.", "स्टेशन पर एक अंधा बूढ़ा गाना गा रहा था।"),
    C(S, "The name of the winner is at the top of the list.", "विजेता का नाम सूची में शीर्ष पर है।"),
    C(S, "The potter sold clay cups at the fair.", "कुम्हार ने मेले में मिट्टी के प्याले बेचे।"),
    C(S, "A stray dog slept by the side of the road.", "एक आवारा कुत्ता सड़क के बगल में सो रहा था।"),
    C(S, "Only burnt stumps were left after the forest fire.", "जंगल की आग के बाद सिर्फ़ जले हुए ठूंठ बचे थे।"),
    C(S, "There was a spot of ink on his shirt.", "उसकी कमीज़ पर स्याही का एक धब्बा था।"),
    C(S, "Please write your address on the envelope.", "कृपया लिफ़ाफ़े पर अपना पता लिखिए।"),
    C(
        S,
        "Newton explained why gravity pulls the apple down.",
        "न्यूटन ने समझाया कि गुरुत्वाकर्षण सेब को नीचे क्यों खींचता है।",
    ),
    C(S, "In the story, a witch cast a spell on the prince.", "कहानी में एक चुड़ैल ने राजकुमार पर जादू कर दिया।"),
    C(S, "The bowler polished the ball on his trousers.", "गेंदबाज़ ने गेंद को अपनी पतलून पर रगड़कर चमकाया।"),
    # the English word in the sense the flawed rows miss, translated right
    C(S, "Bats hang upside down in the old fort.", "पुराने क़िले में चमगादड़ उल्टे लटके रहते हैं।"),
    C(S, "Neem bark is boiled to make a bitter medicine.", "नीम की छाल उबालकर कड़वी दवा बनाई जाती है।"),
    C(S, "Children were bathing on the banks of the river.", "बच्चे नदी के किनारे नहा रहे थे।"),
    C(S, "The parrot cracked the nut with its bill.", "तोते ने अपनी चोंच से मेवा तोड़ा।"),
    C(S, "The widow missed the company of her husband.", "विधवा को अपने पति के साथ की कमी खलती थी।"),
    C(S, "The two strikers have good chemistry on the field.", "दोनों स्ट्राइकरों का मैदान पर अच्छा तालमेल है।"),
    C(
        S,
        "What cheek! He took my seat and my newspaper.",
        "कैसी ढिठाई है! उसने मेरी सीट भी ले ली और मेरा अख़बार भी।",
    ),
    C(S, "The goalkeeper stayed cool during the shoot-out.", "शूट-आउट के दौरान गोलकीपर शांत रहा।"),
    C(S, "The bar council suspended the lawyer's licence.", "बार काउंसिल ने वकील का लाइसेंस निलंबित कर दिया।"),
    C(
        S,
        "The textile concern employs four hundred weavers.",
        "यह कपड़ा कारोबार चार सौ बुनकरों को रोज़गार देता है।",
    ),
    C(S, "The rebels laid down their arms.", "विद्रोहियों ने हथियार डाल दिए।"),
    C(S, "The fee covers tuition, board and lodging.", "फ़ीस में पढ़ाई, खाना और रहना शामिल है।"),
    C(
        S,
        "Her mother packed a picnic hamper with sandwiches.",
        "उसकी मां ने सैंडविच से भरी पिकनिक की टोकरी तैयार की।",
    ),
    C(S, "This pickle is too hot for me.", "यह अचार मेरे लिए बहुत तीखा है।"),
    C(S, "Season the vegetables with a little salt.", "सब्ज़ियों में थोड़ा-सा नमक डालें।"),
    C(S, "She closed the blinds before the film started.", "फ़िल्म शुरू होने से पहले उसने पर्दे गिरा दिए।"),
    C(S, "The children spun their tops in the lane.", "बच्चे गली में अपने लट्टू घुमा रहे थे।"),
    C(S, "The captain kissed the cup after the final.", "फ़ाइनल के बाद कप्तान ने ट्रॉफ़ी को चूमा।"),
    C(S, "The home side needed forty runs to win.", "मेज़बान टीम को जीत के लिए चालीस रन चाहिए थे।"),
    C(S, "At stumps India were 210 for three.", "दिन का खेल ख़त्म होने पर भारत का स्कोर तीन विकेट पर 210 रन था।"),
    C(S, "Fire engines reached the spot at once.", "दमकल की गाड़ियां फ़ौरन मौक़े पर पहुंचीं।"),
    C(S, "The prime minister's address to the nation was short.", "प्रधानमंत्री का राष्ट्र के नाम संबोधन छोटा था।"),
    C(S, "The judge spoke about the gravity of the crime.", "जज ने अपराध की गंभीरता के बारे में बात की।"),
    C(S, "After a dry spell, the rains returned in August.", "सूखे के एक दौर के बाद अगस्त में बारिश लौटी।"),
    C(S, "The king held a grand ball at the palace.", "राजा ने महल में एक भव्य नृत्य-समारोह आयोजित किया।"),
    # look-alikes of the replaced senses
    C(S, "Police made a big drug bust at the port.", "पुलिस ने बंदरगाह पर ड्रग्स के एक बड़े गिरोह का भंडाफोड़ किया।"),
    C(S, "Seats are reserved for women in the panchayat.", "पंचायत में महिलाओं के लिए सीटों का आरक्षण है।"),
    C(S, "The groom arrived on a white mare.", "दूल्हा सफ़ेद घोड़ी पर सवार होकर आया।"),
    C(S, "The gardener pruned the rose bushes in winter.", "माली ने सर्दियों में गुलाब की झाड़ियों की छंटाई की।"),
    C(S, "The barber changed the blade of his razor.", "नाई ने अपने उस्तरे का ब्लेड बदला।"),
    C(S, "She spread a clean sheet on the bed.", "उसने बिस्तर पर एक साफ़ चादर बिछाई।"),
    C(S, "He played the ace of spades.", "उसने हुकुम का इक्का चला।"),
    C(S, "History is her favourite subject.", "इतिहास उसका पसंदीदा विषय है।"),
    C(S, "The mason put fresh plaster on the wall.", "राजमिस्त्री ने दीवार पर ताज़ा पलस्तर चढ़ाया।"),
    C(S, "The boxer's blow knocked his rival down.", "मुक्केबाज़ के प्रहार से उसका प्रतिद्वंद्वी गिर पड़ा।"),
    C(S, "The coolie lifted the heavy trunk onto his back.", "क़ुली ने भारी संदूक अपनी पीठ पर लाद लिया।"),
    C(S, "The boy wore a woollen cap in the snow.", "बर्फ़ में लड़के ने ऊनी टोपी पहनी थी।"),
    C(S, "Draw a square with sides of five centimetres.", "पांच सेंटीमीटर भुजा वाला एक वर्ग बनाइए।"),
    C(
        S,
        "A bronze bust of the freedom fighter was unveiled.",
        "स्वतंत्रता सेनानी की कांसे की आवक्ष प्रतिमा का अनावरण किया गया।",
    ),
    C(S, "I have some reservations about lending him money.", "उसे पैसे उधार देने को लेकर मुझे कुछ शंकाएं हैं।"),
    C(S, "The stable groom fed the horses at dawn.", "साईस ने भोर में घोड़ों को दाना खिलाया।"),
    C(S, "Stewed prunes are good for digestion.", "उबले हुए सूखे आलूबुख़ारे पाचन के लिए अच्छे होते हैं।"),
    C(S, "Each blade of grass was wet with dew.", "घास का हर तिनका ओस से भीगा था।"),
    C(S, "The printer ran out of sheets.", "प्रिंटर में कागज़ ख़त्म हो गए।"),
    C(S, "Farmers dug the canal with spades.", "किसानों ने फावड़ों से नहर खोदी।"),
    C(S, "The king was loved by his subjects.", "राजा अपनी प्रजा में लोकप्रिय था।"),
    C(S, "The nurse put a plaster on the child's knee.", "नर्स ने बच्चे के घुटने पर चिपकने वाली पट्टी लगा दी।"),
    C(S, "A stroke left the old singer unable to speak.", "लकवे के दौरे के बाद बूढ़े गायक की बोली चली गई।"),
    C(S, "The right back cleared the ball off the line.", "राइट-बैक ने गोल-रेखा पर से गेंद बाहर कर दी।"),
    C(S, "The striker has fifty caps for India.", "स्ट्राइकर भारत के लिए पचास मैच खेल चुका है।"),
    C(S, "Children flew kites in the town square.", "बच्चों ने क़स्बे के चौक में पतंगें उड़ाईं।"),
    C(S, "In chess, a pawn moves one square forward.", "शतरंज में प्यादा एक ख़ाना आगे बढ़ता है।"),
    C(S, "The gallery showed abstract paintings.", "गैलरी में अमूर्त चित्र दिखाए गए।"),
    C(S, "The horses were led back to the stable.", "घोड़ों को वापस अस्तबल में ले जाया गया।"),
    C(S, "The vendor roasted peanuts on the cart.", "फेरीवाले ने ठेले पर मूंगफली भूनी।"),
    C(S, "She pawned her gold chain to pay the fees.", "फ़ीस भरने के लिए उसने अपनी सोने की चेन गिरवी रख दी।"),
    C(S, "Prices have remained stable this month.", "इस महीने दाम स्थिर रहे।"),
    C(S, "The abstract of the report runs to one page.", "रिपोर्ट का सार एक पन्ने का है।"),
    C(S, "Bone marrow makes new blood cells.", "अस्थि मज्जा नई रक्त कोशिकाएं बनाती है।"),
    C(S, "The court declared the election result invalid.", "अदालत ने चुनाव नतीजे को अमान्य घोषित कर दिया।"),
    C(
        S,
        "The company signed a contract with the state government.",
        "कंपनी ने राज्य सरकार के साथ एक अनुबंध पर दस्तख़त किए।",
    ),
    C(S, "Stuffed marrow is a favourite dish in our house.", "भरवां लौकी हमारे घर का पसंदीदा व्यंजन है।"),
    C(
        S,
        "Two nurses were infected while treating cholera patients.",
        "हैज़े के मरीज़ों का इलाज करते हुए दो नर्सें संक्रमित हो गईं।",
    ),
]

OMISSIONS = [
    _o(
        "The museum is free for students on the first Sunday of every month.",
        "संग्रहालय छात्रों के लिए मुफ़्त है।",
        "on the first Sunday of every month",
        "हर महीने के पहले रविवार को संग्रहालय छात्रों के लिए मुफ़्त रहता है।",
    ),
    _o(
        "The bank will waive the fee only if the loan is repaid within a year.",
        "बैंक शुल्क माफ़ कर देगा।",
        "only if the loan is repaid within a year",
        "कर्ज़ एक साल के भीतर चुकाने पर ही बैंक शुल्क माफ़ करेगा।",
    ),
    _o(
        "Two of the five injured workers are still in hospital.",
        "घायल मज़दूर अब भी अस्पताल में हैं।",
        "two of the five",
        "पांच घायल मज़दूरों में से दो अब भी अस्पताल में हैं।",
    ),
    _o(
        "About a third of the wheat crop was damaged by the hailstorm.",
        "ओलावृष्टि से गेहूं की फ़सल बर्बाद हो गई।",
        "about a third of",
        "ओलावृष्टि से गेहूं की लगभग एक-तिहाई फ़सल बर्बाद हो गई।",
    ),
    _o(
        "Residents over 60 can travel free on city buses.",
        "निवासी शहर की बसों में मुफ़्त यात्रा कर सकते हैं।",
        "over 60",
        "60 साल से ज़्यादा उम्र के निवासी शहर की बसों में मुफ़्त यात्रा कर सकते हैं।",
    ),
    _o(
        "All shops will stay closed on Tuesday except chemists.",
        "मंगलवार को सभी दुकानें बंद रहेंगी।",
        "except chemists",
        "दवा की दुकानों को छोड़कर मंगलवार को सभी दुकानें बंद रहेंगी।",
    ),
    _o(
        "Fishing is banned in the northern part of the lake.",
        "झील में मछली पकड़ना मना है।",
        "in the northern part of",
        "झील के उत्तरी हिस्से में मछली पकड़ना मना है।",
    ),
    _o(
        "The clinic will not reopen until the new doctor joins.",
        "क्लिनिक फिर से नहीं खुलेगा।",
        "until the new doctor joins",
        "नए डॉक्टर के आने तक क्लिनिक फिर से नहीं खुलेगा।",
    ),
    _o(
        "The train was cancelled because the tracks were flooded.",
        "ट्रेन रद्द कर दी गई।",
        "because the tracks were flooded",
        "पटरियों पर पानी भर जाने के कारण ट्रेन रद्द कर दी गई।",
    ),
    _o(
        "The coach said the captain would miss the next two matches with a knee injury.",
        "कप्तान अगले दो मैचों में नहीं खेलेंगे।",
        "the coach said ... with a knee injury",
        "कोच ने कहा कि घुटने की चोट के कारण कप्तान अगले दो मैचों में नहीं खेलेंगे।",
    ),
]
