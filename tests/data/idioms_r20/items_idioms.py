"""Round-20 idioms check, Hindi-only helper (idiomsH).

Written by the r20-idiomsH helper BEFORE any round-20 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: English idioms that are
in none of the project's idiom inventories (data/idioms_en.tsv, data/wordnet_idioms.tsv,
data/calques.toml's english fields; checked by a script before writing) rendered word for word --
object images of news English (cut no ice, throw down the gauntlet, ruffle feathers, draw the short
straw, fall through the cracks, pull the rug out, a spanner in the works, make a splash, test the
waters, hog the limelight, sweep the board, cross swords, set in stone, lose the thread, a sticking
point, a bridge too far, pass the baton, give the thumbs up), clothing images (keep it under one's
hat, wear many hats, the shoe is on the other foot, step into someone's shoes, tighten the purse
strings), colour images (a white lie, black and blue, a red-letter day, feel blue), food images
(small potatoes, a tough nut to crack, the cream of the crop, full of beans), similes (as blind as
a bat, as clear as mud, as quiet as a mouse), animal images (dog tired, the bee's knees, a fly on
the wall, a night owl, get on one's high horse, put out to pasture), body-part images (keep a
straight face, a long face, look down one's nose, get one's back up, a finger in every pie, at
arm's length, all fingers and thumbs, a head for heights, on one's toes); and six tense, number
and word-order variants of idioms the lexicon lists (all ears, the lion's share, turn a blind eye,
raining cats and dogs, a blessing in disguise, take for granted). Each flawed row has a correct
idiomatic translation of the same source (`c-` rows). Look-alikes (`l-` rows), clean: the same
concrete words in literal scenes where the English is literal too (fishermen cutting ice, a knight
throwing down his glove, a mechanic putting a spanner in an engine, a child's shoe on the wrong
foot, bats nearly blind by day, a king climbing onto his tall horse).
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

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

IDIOMS = [
    F(
        I,
        "The minister's speech cut no ice with the farmers.",
        "मंत्री के भाषण ने किसानों के साथ कोई बर्फ़ नहीं काटी।",
        [("कोई बर्फ़ नहीं काटी", "cut no ice")],
        "मंत्री के भाषण का किसानों पर कोई असर नहीं हुआ।",
    ),
    F(
        I,
        "The opposition threw down the gauntlet to the government.",
        "विपक्ष ने सरकार के सामने दस्ताना फेंक दिया।",
        [("दस्ताना फेंक दिया", "threw down the gauntlet")],
        "विपक्ष ने सरकार को खुली चुनौती दी।",
    ),
    F(
        I,
        "The new rule has ruffled a few feathers in the department.",
        "नए नियम ने विभाग में कुछ पंख बिखेर दिए हैं।",
        [("कुछ पंख बिखेर दिए", "ruffled a few feathers")],
        "नए नियम से विभाग में कुछ लोग नाराज़ हो गए हैं।",
    ),
    F(
        I,
        "Our team drew the short straw and had to work on Sunday.",
        "हमारी टीम ने छोटा तिनका खींचा और उसे रविवार को काम करना पड़ा।",
        [("छोटा तिनका खींचा", "drew the short straw")],
        "हमारी टीम की किस्मत खराब निकली और उसे रविवार को काम करना पड़ा।",
    ),
    F(
        I,
        "Many poor families fall through the cracks of the welfare system.",
        "कई गरीब परिवार कल्याण प्रणाली की दरारों से गिर जाते हैं।",
        [("दरारों से गिर जाते", "fall through the cracks")],
        "कल्याण योजनाओं का लाभ कई गरीब परिवारों तक नहीं पहुँच पाता।",
    ),
    F(
        I,
        "The coach kept his players on their toes all season.",
        "कोच ने पूरे सीज़न अपने खिलाड़ियों को उनके पंजों पर रखा।",
        [("उनके पंजों पर रखा", "kept on their toes")],
        "कोच ने पूरे सीज़न अपने खिलाड़ियों को चौकन्ना रखा।",
    ),
    F(
        I,
        "The court's decision pulled the rug out from under the company.",
        "अदालत के फ़ैसले ने कंपनी के नीचे से गलीचा खींच लिया।",
        [("के नीचे से गलीचा खींच लिया", "pulled the rug out from under")],
        "अदालत के फ़ैसले से कंपनी का सारा आधार छिन गया।",
    ),
    F(
        I,
        "The charity has spread itself too thin.",
        "यह धर्मार्थ संस्था खुद को बहुत पतला फैला चुकी है।",
        [("खुद को बहुत पतला फैला", "spread itself too thin")],
        "इस धर्मार्थ संस्था ने एक साथ बहुत सारे काम हाथ में ले लिए हैं।",
    ),
    F(
        I,
        "The strike put a spanner in the works of the merger.",
        "हड़ताल ने विलय के काम में एक पाना डाल दिया।",
        [("एक पाना डाल दिया", "put a spanner in the works")],
        "हड़ताल ने विलय में अड़चन डाल दी।",
    ),
    F(
        I,
        "The young singer made a big splash at the festival.",
        "युवा गायिका ने उत्सव में बड़ी छपाक की।",
        [("बड़ी छपाक की", "made a big splash")],
        "युवा गायिका ने उत्सव में धूम मचा दी।",
    ),
    F(
        I,
        "The company is testing the waters before entering the Indian market.",
        "भारतीय बाज़ार में उतरने से पहले कंपनी पानी का परीक्षण कर रही है।",
        [("पानी का परीक्षण कर रही", "testing the waters")],
        "भारतीय बाज़ार में उतरने से पहले कंपनी माहौल भांप रही है।",
    ),
    F(
        I,
        "The captain hogged the limelight after the win.",
        "जीत के बाद कप्तान ने चूने की रोशनी को हड़प लिया।",
        [("चूने की रोशनी को हड़प लिया", "hogged the limelight")],
        "जीत के बाद सारी वाहवाही कप्तान ने बटोर ली।",
    ),
    F(
        I,
        "The ruling party swept the board in the local elections.",
        "सत्तारूढ़ दल ने स्थानीय चुनावों में बोर्ड को झाड़ दिया।",
        [("बोर्ड को झाड़ दिया", "swept the board")],
        "सत्तारूढ़ दल ने स्थानीय चुनावों में सारी सीटें जीत लीं।",
    ),
    F(
        I,
        "The two leaders crossed swords over the budget.",
        "दोनों नेताओं ने बजट पर तलवारें पार कीं।",
        [("तलवारें पार कीं", "crossed swords")],
        "दोनों नेता बजट पर आपस में भिड़ गए।",
    ),
    F(
        I,
        "Nothing is set in stone yet.",
        "अभी कुछ भी पत्थर में जड़ा नहीं गया है।",
        [("पत्थर में जड़ा नहीं गया", "set in stone")],
        "अभी कुछ भी अंतिम रूप से तय नहीं हुआ है।",
    ),
    F(
        I,
        "Halfway through the lecture I lost the thread.",
        "व्याख्यान के बीच में ही मैंने धागा खो दिया।",
        [("धागा खो दिया", "lost the thread")],
        "व्याख्यान के बीच में ही मेरी समझ में आना बंद हो गया।",
    ),
    F(
        I,
        "Keep it under your hat until the announcement.",
        "घोषणा तक इसे अपनी टोपी के नीचे रखो।",
        [("अपनी टोपी के नीचे रखो", "keep it under your hat")],
        "घोषणा तक यह बात किसी को मत बताना।",
    ),
    F(
        I,
        "In a small school the principal has to wear many hats.",
        "एक छोटे स्कूल में प्रधानाचार्य को कई टोपियाँ पहननी पड़ती हैं।",
        [("कई टोपियाँ पहननी पड़ती", "wear many hats")],
        "एक छोटे स्कूल में प्रधानाचार्य को कई ज़िम्मेदारियाँ एक साथ निभानी पड़ती हैं।",
    ),
    F(
        I,
        "Now the shoe is on the other foot.",
        "अब जूता दूसरे पैर में है।",
        [("जूता दूसरे पैर में है", "the shoe is on the other foot")],
        "अब बाज़ी पलट गई है।",
    ),
    F(
        I,
        "She will step into her father's shoes at the firm.",
        "वह फ़र्म में अपने पिता के जूतों में कदम रखेगी।",
        [("अपने पिता के जूतों में कदम रखेगी", "step into her father's shoes")],
        "वह फ़र्म में अपने पिता की जगह लेगी।",
    ),
    F(
        I,
        "The government has tightened the purse strings.",
        "सरकार ने बटुए की डोरियाँ कस दी हैं।",
        [("बटुए की डोरियाँ कस दी", "tightened the purse strings")],
        "सरकार ने खर्च में कटौती कर दी है।",
    ),
    F(
        I,
        "He told a white lie to spare her feelings.",
        "उसकी भावनाओं को बचाने के लिए उसने एक सफ़ेद झूठ बोला।",
        [("सफ़ेद झूठ", "a white lie")],
        "उसकी भावनाओं को बचाने के लिए उसने एक छोटा-सा हानिरहित झूठ बोला।",
    ),
    F(
        I,
        "After the fight his arm was black and blue.",
        "लड़ाई के बाद उसकी बाँह काली और नीली थी।",
        [("काली और नीली", "black and blue")],
        "लड़ाई के बाद उसकी बाँह पर नील पड़ गए थे।",
    ),
    F(
        I,
        "The day of the verdict was a red-letter day for the village.",
        "फ़ैसले का दिन गाँव के लिए लाल अक्षर का दिन था।",
        [("लाल अक्षर का दिन", "a red-letter day")],
        "फ़ैसले का दिन गाँव के लिए यादगार दिन था।",
    ),
    F(
        I,
        "He felt blue after the results.",
        "परिणाम के बाद उसे नीला महसूस हुआ।",
        [("नीला महसूस हुआ", "felt blue")],
        "परिणाम के बाद वह उदास हो गया।",
    ),
    F(
        I,
        "The opposition called the tax cut small potatoes.",
        "विपक्ष ने कर कटौती को छोटे आलू कहा।",
        [("छोटे आलू", "small potatoes")],
        "विपक्ष ने कर कटौती को मामूली बात बताया।",
    ),
    F(
        I,
        "The case proved a tough nut to crack for the police.",
        "यह मामला पुलिस के लिए तोड़ने में एक कठोर अखरोट साबित हुआ।",
        [("तोड़ने में एक कठोर अखरोट", "a tough nut to crack")],
        "यह मामला पुलिस के लिए टेढ़ी खीर साबित हुआ।",
    ),
    F(
        I,
        "These students are the cream of the crop.",
        "ये छात्र फसल की मलाई हैं।",
        [("फसल की मलाई", "the cream of the crop")],
        "ये छात्र सबसे होनहार हैं।",
    ),
    F(
        I,
        "The children were full of beans this morning.",
        "आज सुबह बच्चे फलियों से भरे हुए थे।",
        [("फलियों से भरे हुए थे", "full of beans")],
        "आज सुबह बच्चे बहुत जोश में थे।",
    ),
    F(
        I,
        "Without glasses my grandfather is as blind as a bat.",
        "चश्मे के बिना मेरे दादा चमगादड़ जितने अंधे हैं।",
        [("चमगादड़ जितने अंधे", "as blind as a bat")],
        "चश्मे के बिना मेरे दादा को कुछ भी दिखाई नहीं देता।",
    ),
    F(
        I,
        "The new tax rules are as clear as mud.",
        "नए कर नियम कीचड़ जितने साफ़ हैं।",
        [("कीचड़ जितने साफ़", "as clear as mud")],
        "नए कर नियम बिलकुल समझ में नहीं आते।",
    ),
    F(
        I,
        "The girl sat as quiet as a mouse in the corner.",
        "लड़की कोने में चूहे जितनी शांत बैठी रही।",
        [("चूहे जितनी शांत", "as quiet as a mouse")],
        "लड़की कोने में चुपचाप बैठी रही।",
    ),
    F(
        I,
        "After the marathon I was dog tired.",
        "मैराथन के बाद मैं कुत्ता थका हुआ था।",
        [("कुत्ता थका हुआ", "dog tired")],
        "मैराथन के बाद मैं थककर चूर हो गया था।",
    ),
    F(
        I,
        "The new phone is the bee's knees.",
        "नया फ़ोन मधुमक्खी के घुटने है।",
        [("मधुमक्खी के घुटने", "the bee's knees")],
        "नया फ़ोन लाजवाब है।",
    ),
    F(
        I,
        "I would love to be a fly on the wall at that meeting.",
        "मैं उस बैठक में दीवार पर एक मक्खी बनना पसंद करूँगा।",
        [("दीवार पर एक मक्खी बनना", "a fly on the wall")],
        "काश मैं चुपचाप उस बैठक की बातें सुन पाता।",
    ),
    F(
        I,
        "My brother is a night owl.",
        "मेरा भाई रात का उल्लू है।",
        [("रात का उल्लू", "a night owl")],
        "मेरा भाई देर रात तक जागता है।",
    ),
    F(
        I,
        "Whenever we discuss money he gets on his high horse.",
        "जब भी हम पैसे की बात करते हैं, वह अपने ऊँचे घोड़े पर चढ़ जाता है।",
        [("अपने ऊँचे घोड़े पर चढ़ जाता", "gets on his high horse")],
        "जब भी हम पैसे की बात करते हैं, वह अकड़ जाता है।",
    ),
    F(
        I,
        "After forty years the old editor was put out to pasture.",
        "चालीस साल बाद बूढ़े संपादक को चरागाह में भेज दिया गया।",
        [("चरागाह में भेज दिया गया", "put out to pasture")],
        "चालीस साल बाद बूढ़े संपादक को सेवानिवृत्त कर दिया गया।",
    ),
    F(
        I,
        "It was hard to keep a straight face during his speech.",
        "उसके भाषण के दौरान सीधा चेहरा रखना मुश्किल था।",
        [("सीधा चेहरा रखना", "keep a straight face")],
        "उसके भाषण के दौरान हँसी रोकना मुश्किल था।",
    ),
    F(I, "Why the long face?", "यह लंबा चेहरा क्यों?", [("लंबा चेहरा", "the long face")], "इतने उदास क्यों हो?"),
    F(
        I,
        "The officials look down their noses at the villagers.",
        "अधिकारी गाँव वालों को अपनी नाक के नीचे से देखते हैं।",
        [("अपनी नाक के नीचे से देखते", "look down their noses")],
        "अधिकारी गाँव वालों को हेय दृष्टि से देखते हैं।",
    ),
    F(
        I,
        "The remark got his back up.",
        "इस टिप्पणी ने उसकी पीठ ऊपर कर दी।",
        [("उसकी पीठ ऊपर कर दी", "got his back up")],
        "इस टिप्पणी से वह चिढ़ गया।",
    ),
    F(
        I,
        "The chairman has a finger in every pie.",
        "अध्यक्ष की हर पाई में एक उंगली है।",
        [("हर पाई में एक उंगली", "a finger in every pie")],
        "अध्यक्ष हर मामले में दख़ल देता है।",
    ),
    F(
        I,
        "The coach kept the journalists at arm's length.",
        "कोच ने पत्रकारों को बाँह की दूरी पर रखा।",
        [("बाँह की दूरी पर रखा", "at arm's length")],
        "कोच ने पत्रकारों से दूरी बनाए रखी।",
    ),
    F(
        I,
        "I am all fingers and thumbs today.",
        "आज मैं सब उंगलियाँ और अंगूठे हूँ।",
        [("सब उंगलियाँ और अंगूठे", "all fingers and thumbs")],
        "आज मुझसे हर चीज़ हाथ से छूट रही है।",
    ),
    F(
        I,
        "Don't ask me to climb the tower; I have no head for heights.",
        "मुझसे मीनार पर चढ़ने को मत कहो; मेरे पास ऊँचाइयों के लिए सिर नहीं है।",
        [("ऊँचाइयों के लिए सिर नहीं", "no head for heights")],
        "मुझसे मीनार पर चढ़ने को मत कहो; मुझे ऊँचाई से डर लगता है।",
    ),
    F(
        I,
        "The water-sharing clause remains the sticking point in the talks.",
        "जल-बँटवारे का खंड वार्ता में चिपकने वाला बिंदु बना हुआ है।",
        [("चिपकने वाला बिंदु", "the sticking point")],
        "जल-बँटवारे का खंड वार्ता में अड़चन बना हुआ है।",
    ),
    F(
        I,
        "Winning the state is a bridge too far for the party.",
        "राज्य जीतना पार्टी के लिए बहुत दूर का पुल है।",
        [("बहुत दूर का पुल", "a bridge too far")],
        "राज्य जीतना पार्टी के बस की बात नहीं है।",
    ),
    F(
        I,
        "The singer passed the baton to her daughter.",
        "गायिका ने अपनी बेटी को डंडा थमा दिया।",
        [("डंडा थमा दिया", "passed the baton")],
        "गायिका ने अपनी विरासत अपनी बेटी को सौंप दी।",
    ),
    F(
        I,
        "The manager gave the plan the thumbs up.",
        "प्रबंधक ने योजना को अंगूठा ऊपर दिया।",
        [("अंगूठा ऊपर दिया", "gave the thumbs up")],
        "प्रबंधक ने योजना को मंज़ूरी दे दी।",
    ),
    # variants of idioms the lexicon lists: tense, number, word order
    F(
        I,
        "The guests were all ears when the old man began his story.",
        "जब बूढ़े ने अपनी कहानी शुरू की तो मेहमान सब कान थे।",
        [("सब कान थे", "were all ears")],
        "जब बूढ़े ने अपनी कहानी शुरू की तो मेहमान ध्यान से सुनने लगे।",
    ),
    F(
        I,
        "The defence ministry took the lion's share of the budget again.",
        "रक्षा मंत्रालय ने फिर बजट में शेर वाला हिस्सा ले लिया।",
        [("शेर वाला हिस्सा", "the lion's share")],
        "रक्षा मंत्रालय को फिर बजट का सबसे बड़ा हिस्सा मिला।",
    ),
    F(
        I,
        "For years the officials were turning a blind eye to the illegal buildings.",
        "वर्षों तक अधिकारी अवैध इमारतों की ओर अंधी आँखें मोड़ते रहे।",
        [("अंधी आँखें मोड़ते रहे", "turning a blind eye")],
        "वर्षों तक अधिकारी अवैध इमारतों को अनदेखा करते रहे।",
    ),
    F(
        I,
        "It had been raining cats and dogs since the morning.",
        "सुबह से कुत्ते-बिल्लियाँ बरस रहे थे।",
        [("कुत्ते-बिल्लियाँ बरस रहे", "raining cats and dogs")],
        "सुबह से मूसलाधार बारिश हो रही थी।",
    ),
    F(
        I,
        "Losing that match was a blessing in disguise for the young team.",
        "वह मैच हारना युवा टीम के लिए आशीर्वाद था, भेस में।",
        [("आशीर्वाद था, भेस में", "a blessing in disguise")],
        "वह मैच हारना युवा टीम के लिए छिपा हुआ वरदान साबित हुआ।",
    ),
    F(
        I,
        "The voters' support should never be taken for granted.",
        "मतदाताओं के समर्थन को कभी अनुदान के रूप में नहीं लिया जाना चाहिए।",
        [("अनुदान के रूप में नहीं लिया जाना", "taken for granted")],
        "मतदाताओं के समर्थन को कभी हल्के में नहीं लेना चाहिए।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        L,
        "The fishermen cut the ice to fish in the frozen lake.",
        "मछुआरों ने जमी झील में मछली पकड़ने के लिए बर्फ़ काटी।",
    ),
    C(L, "The knight threw his glove on the ground.", "शूरवीर ने अपना दस्ताना ज़मीन पर फेंक दिया।"),
    C(L, "The wind scattered the hen's feathers across the yard.", "हवा ने मुर्गी के पंख पूरे आँगन में बिखेर दिए।"),
    C(L, "Each child pulled a straw from the box.", "हर बच्चे ने डिब्बे से एक तिनका खींचा।"),
    C(
        L,
        "Rainwater was dripping through the cracks in the roof.",
        "छत की दरारों से बारिश का पानी नीचे गिर रहा था।",
    ),
    C(L, "The ballet dancer stood on her toes for a minute.", "बैले नर्तकी एक मिनट तक अपने पंजों पर खड़ी रही।"),
    C(L, "The maid pulled the rug out from under the table.", "नौकरानी ने मेज़ के नीचे से गलीचा खींच लिया।"),
    C(L, "She spread the butter very thin on the bread.", "उसने ब्रेड पर मक्खन बहुत पतला फैलाया।"),
    C(
        L,
        "The mechanic put a spanner into the engine to tighten a nut.",
        "मिस्त्री ने एक नट कसने के लिए इंजन में एक पाना डाला।",
    ),
    C(L, "The stone fell into the pond with a splash.", "पत्थर छपाक से तालाब में गिरा।"),
    C(L, "The laboratory tested the water of the river.", "प्रयोगशाला ने नदी के पानी का परीक्षण किया।"),
    C(L, "Masons use lime to whitewash the walls.", "राजमिस्त्री दीवारों की पुताई के लिए चूने का इस्तेमाल करते हैं।"),
    C(L, "The cleaner dusted the blackboard of the classroom.", "सफ़ाईकर्मी ने कक्षा का बोर्ड झाड़ दिया।"),
    C(L, "The swords of the two fencers clashed in the final.", "फ़ाइनल में दोनों तलवारबाज़ों की तलवारें टकराईं।"),
    C(L, "The names of the martyrs are carved in stone.", "शहीदों के नाम पत्थर में खुदे हुए हैं।"),
    C(L, "The tailor lost his thread and needle.", "दर्ज़ी ने अपना धागा और सुई खो दी।"),
    C(L, "He hid the letter under his hat.", "उसने चिट्ठी अपनी टोपी के नीचे छिपा दी।"),
    C(L, "In winter the villagers wear woollen caps.", "सर्दियों में गाँव वाले ऊनी टोपियाँ पहनते हैं।"),
    C(L, "The child had put his left shoe on the other foot.", "बच्चे ने बायाँ जूता दूसरे पैर में पहन लिया था।"),
    C(
        L,
        "The little boy stepped into his father's shoes and laughed.",
        "छोटे बच्चे ने अपने पिता के जूतों में पैर डाले और हँसने लगा।",
    ),
    C(L, "She tightened the strings of her cloth purse.", "उसने अपने कपड़े के बटुए की डोरियाँ कस दीं।"),
    C(
        L,
        "The painter used black and blue paint for the sky.",
        "चित्रकार ने आसमान के लिए काला और नीला रंग इस्तेमाल किया।",
    ),
    C(L, "Holidays are printed in red letters in the calendar.", "कैलेंडर में छुट्टियाँ लाल अक्षरों में छपी होती हैं।"),
    C(L, "The sky looked blue after the rain.", "बारिश के बाद आसमान नीला दिखाई दिया।"),
    C(L, "The farmer sold the small potatoes cheaply.", "किसान ने छोटे आलू सस्ते में बेचे।"),
    C(L, "Hard walnuts are difficult to crack.", "कठोर अखरोट तोड़ना मुश्किल होता है।"),
    C(
        L,
        "She skimmed the cream off the milk while her husband cut the crop.",
        "जब पति फसल काट रहा था, तब उसने दूध से मलाई उतारी।",
    ),
    C(L, "The sack was full of beans.", "बोरी फलियों से भरी हुई थी।"),
    C(L, "Bats are nearly blind in daylight.", "चमगादड़ दिन के उजाले में लगभग अंधे होते हैं।"),
    C(L, "Wipe the mud off your shoes.", "अपने जूतों से कीचड़ साफ़ करो।"),
    C(L, "A mouse sat quietly in the corner of the kitchen.", "रसोई के कोने में एक चूहा शांत बैठा था।"),
    C(L, "The dog was tired after the long walk.", "लंबी सैर के बाद कुत्ता थक गया था।"),
    C(L, "A bee stung her on the knee.", "एक मधुमक्खी ने उसके घुटने पर डंक मारा।"),
    C(L, "A fly was sitting on the wall.", "दीवार पर एक मक्खी बैठी थी।"),
    C(L, "The owl hunts at night.", "उल्लू रात में शिकार करता है।"),
    C(L, "The king climbed onto his tall horse.", "राजा अपने ऊँचे घोड़े पर चढ़ गया।"),
    C(L, "The shepherd sent the sheep out to the pasture.", "चरवाहे ने भेड़ों को चरागाह में भेज दिया।"),
    C(L, "Keep your face straight for the passport photo.", "पासपोर्ट फ़ोटो के लिए अपना चेहरा सीधा रखिए।"),
    C(L, "A horse has a long face.", "घोड़े का चेहरा लंबा होता है।"),
    C(L, "The boy had a small cut under his nose.", "लड़के की नाक के नीचे एक छोटा-सा कट था।"),
    C(L, "The porter lifted the sack onto his back.", "कुली ने बोरा उठाकर अपनी पीठ पर रख लिया।"),
    C(L, "The child poked a finger into the apple pie.", "बच्चे ने सेब की पाई में उंगली डाल दी।"),
    C(L, "The tailor measured the length of his arm.", "दर्ज़ी ने उसकी बाँह की लंबाई नापी।"),
    C(L, "The baby held her father's fingers and thumb.", "बच्ची ने अपने पिता की उंगलियाँ और अंगूठा पकड़ लिया।"),
    C(
        L,
        "Workers at heights must wear a helmet on their heads.",
        "ऊँचाई पर काम करने वाले मज़दूरों को सिर पर हेलमेट पहनना चाहिए।",
    ),
    C(L, "Stick the stamp on the envelope.", "लिफ़ाफ़े पर टिकट चिपका दीजिए।"),
    C(L, "The old bridge is far from the village.", "पुराना पुल गाँव से बहुत दूर है।"),
    C(L, "When we reached the river we crossed the bridge.", "नदी पर पहुँचकर हमने पुल पार किया।"),
    C(L, "The watchman handed his stick to his son.", "चौकीदार ने अपना डंडा अपने बेटे को थमा दिया।"),
    C(L, "The hitchhiker raised his thumb.", "सवारी माँगने वाले ने अपना अंगूठा ऊपर उठाया।"),
    C(L, "The rabbit pricked up both its ears.", "खरगोश ने अपने दोनों कान खड़े कर लिए।"),
    C(L, "The lion ate its share of the kill.", "शेर ने शिकार में से अपना हिस्सा खा लिया।"),
    C(L, "The blind beggar turned his eyes towards the sound.", "अंधे भिखारी ने आवाज़ की ओर अपनी आँखें मोड़ीं।"),
    C(L, "The cats and dogs got wet in the rain.", "बारिश में कुत्ते-बिल्लियाँ भीग गए।"),
    C(L, "The sage who came in disguise gave a blessing.", "भेस बदलकर आए साधु ने आशीर्वाद दिया।"),
    C(L, "The ministry gave the money as a grant.", "मंत्रालय ने यह पैसा अनुदान के रूप में दिया।"),
]
