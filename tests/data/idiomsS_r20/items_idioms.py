"""Round-20 idioms-with-source check (idiomsS helper): idioms in no inventory, rendered word for word.

Written by the r20-idiomsS helper BEFORE any round-20 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: English idioms that are
in no lexicon of this project (audit/data/idioms_en.tsv, calques.toml, wordnet_idioms.tsv,
idiom_glossary.tsv) and in no sentence of any other set under tests/data (a word grep of each
idiom's key words, heldout_r20 excepted): verb idioms in several persons, tenses and word orders
(eat the frog, throw a bone, kick the tyres, dangle a carrot, sugar the pill, carry water for,
sweeten the pot, bleed dry, pull up the ladder, drop the hammer, eat someone's lunch, trim the
sails, cut the apron strings, put meat on the bones), noun-phrase images (a political football, a
dog whistle, the third rail, a glass jaw, a hot mess, a honey pot, a fishing expedition, a game of
whack-a-mole, a hill to die on, a hard row to hoe), similes (like watching paint dry, like a kid in
a candy store, like a cat on a hot tin roof) and proverbs (the squeaky wheel gets the grease, that
is how the cookie crumbles, shut the stable door after the horse has bolted, money does not grow on
trees); each with a correct, idiomatic translation of the same source (`c-` rows). Look-alikes
(`l-` rows), clean: the idioms' concrete words in literal scenes where the English is literal too
(a farmer dangled a carrot before a donkey, firemen put out fires, a mechanic kicked the tyres, a
juggler spun plates), and idioms Hindi says with the same image (a needle in a haystack -> भूसे के
ढेर में सुई, clipped wings -> पर कतरना, buttering up -> मक्खन लगाना, a magic wand -> जादू की छड़ी,
swim against the tide -> धारा के विपरीत तैरना, a wolf in sheep's clothing -> भेड़ की खाल में भेड़िया,
all that glitters is not gold -> हर चमकती चीज़ सोना नहीं होती). Licence: CC-BY-4.0 like the other
sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "The new manager told his team to eat the frog first thing every morning.",
        "नए प्रबंधक ने अपनी टीम से हर सुबह सबसे पहले मेंढक खाने को कहा।",
        [("मेंढक खाने", "eat the frog")],
        "नए प्रबंधक ने अपनी टीम से हर सुबह सबसे पहले सबसे कठिन काम निपटाने को कहा।",
    ),
    F(
        I,
        "The government threw the unions a bone by raising the minimum wage slightly.",
        "सरकार ने न्यूनतम वेतन थोड़ा बढ़ाकर यूनियनों की ओर एक हड्डी फेंकी।",
        [("एक हड्डी फेंकी", "threw the unions a bone")],
        "सरकार ने न्यूनतम वेतन थोड़ा बढ़ाकर यूनियनों को मामूली रियायत दे दी।",
    ),
    F(
        I,
        "Several investors are kicking the tyres on the struggling airline.",
        "कई निवेशक संकट में फंसी एयरलाइन के टायरों पर लात मार रहे हैं।",
        [("टायरों पर लात मार रहे", "kicking the tyres")],
        "कई निवेशक संकट में फंसी एयरलाइन को खरीदने से पहले परख रहे हैं।",
    ),
    F(
        I,
        "The wheels came off the campaign in the final week.",
        "आख़िरी हफ़्ते में अभियान के पहिये निकल गए।",
        [("पहिये निकल गए", "the wheels came off")],
        "आख़िरी हफ़्ते में अभियान पूरी तरह बिखर गया।",
    ),
    F(
        I,
        "The state is dangling a carrot in front of investors with new tax breaks.",
        "राज्य नई कर छूटों के साथ निवेशकों के सामने गाजर लटका रहा है।",
        [("गाजर लटका रहा", "dangling a carrot")],
        "राज्य नई कर छूटों के ज़रिए निवेशकों को लुभा रहा है।",
    ),
    F(
        I,
        "In this office the squeaky wheel gets the grease.",
        "इस दफ़्तर में चूं-चूं करने वाले पहिये को ही ग्रीस मिलती है।",
        [("चूं-चूं करने वाले पहिये को ही ग्रीस मिलती", "the squeaky wheel gets the grease")],
        "इस दफ़्तर में जो सबसे ज़्यादा शिकायत करता है, उसी की सुनवाई होती है।",
    ),
    F(
        I,
        "We lost the contract by one vote, but that's how the cookie crumbles.",
        "हम एक वोट से ठेका हार गए, लेकिन बिस्कुट ऐसे ही टूटता है।",
        [("बिस्कुट ऐसे ही टूटता है", "that's how the cookie crumbles")],
        "हम एक वोट से ठेका हार गए, लेकिन क़िस्मत का खेल ऐसा ही होता है।",
    ),
    F(
        I,
        "The minister tried to sugar the pill by promising compensation to the farmers.",
        "मंत्री ने किसानों को मुआवज़े का वादा करके गोली पर चीनी चढ़ाने की कोशिश की।",
        [("गोली पर चीनी चढ़ाने", "sugar the pill")],
        "मंत्री ने किसानों को मुआवज़े का वादा करके कड़वे फ़ैसले को नरम दिखाने की कोशिश की।",
    ),
    F(
        I,
        "As chief minister and party president, she is spinning a lot of plates.",
        "मुख्यमंत्री और पार्टी अध्यक्ष के रूप में वह बहुत सारी प्लेटें घुमा रही हैं।",
        [("बहुत सारी प्लेटें घुमा रही", "spinning a lot of plates")],
        "मुख्यमंत्री और पार्टी अध्यक्ष के रूप में वह एक साथ कई ज़िम्मेदारियां संभाल रही हैं।",
    ),
    F(
        I,
        "If the loan is refused, the mill will be up a creek without a paddle.",
        "अगर कर्ज़ नहीं मिला, तो मिल बिना चप्पू के नाले में फंस जाएगी।",
        [("बिना चप्पू के नाले में", "up a creek without a paddle")],
        "अगर कर्ज़ नहीं मिला, तो मिल भारी मुसीबत में पड़ जाएगी।",
    ),
    F(
        I,
        "Critics accuse the channel of carrying water for the ruling party.",
        "आलोचक चैनल पर सत्ताधारी दल के लिए पानी ढोने का आरोप लगाते हैं।",
        [("पानी ढोने", "carrying water for")],
        "आलोचक चैनल पर सत्ताधारी दल की तरफ़दारी करने का आरोप लगाते हैं।",
    ),
    F(
        I,
        "Changing the logo now is like rearranging the deck chairs on the Titanic.",
        "अब लोगो बदलना टाइटैनिक के डेक पर कुर्सियां फिर से सजाने जैसा है।",
        [("डेक पर कुर्सियां फिर से सजाने", "rearranging the deck chairs")],
        "डूबती कंपनी का अब लोगो बदलना बेमानी लीपापोती जैसा है।",
    ),
    F(
        I,
        "The agency is throwing spaghetti at the wall to see what sticks.",
        "एजेंसी यह देखने के लिए दीवार पर स्पेगेटी फेंक रही है कि क्या चिपकता है।",
        [("दीवार पर स्पेगेटी फेंक", "throwing spaghetti at the wall"), ("क्या चिपकता है", "what sticks")],
        "एजेंसी बिना किसी योजना के हर तरीका आज़मा रही है कि शायद कोई काम कर जाए।",
    ),
    F(
        I,
        "The new principal spent her first month putting out fires.",
        "नई प्रधानाचार्य ने अपना पहला महीना आग बुझाने में बिताया।",
        [("आग बुझाने", "putting out fires")],
        "नई प्रधानाचार्य ने अपना पहला महीना एक के बाद एक अचानक आई समस्याएं सुलझाने में बिताया।",
    ),
    F(
        I,
        "Fighting fake news has become a game of whack-a-mole for the platforms.",
        "फ़र्ज़ी ख़बरों से लड़ना प्लेटफ़ॉर्मों के लिए छछूंदर को हथौड़े से मारने का खेल बन गया है।",
        [("छछूंदर को हथौड़े से मारने का खेल", "a game of whack-a-mole")],
        "फ़र्ज़ी ख़बरों से लड़ना प्लेटफ़ॉर्मों के लिए अंतहीन सिलसिला बन गया है: एक रोको तो दूसरी उभर आती है।",
    ),
    F(
        I,
        "When the directors fled abroad, the small shareholders were left holding the bag.",
        "जब निदेशक विदेश भाग गए, तो छोटे शेयरधारक थैला पकड़े रह गए।",
        [("थैला पकड़े रह गए", "left holding the bag")],
        "जब निदेशक विदेश भाग गए, तो सारा नुकसान छोटे शेयरधारकों के सिर आ गया।",
    ),
    F(
        I,
        "Rebuilding the flooded district will be a hard row to hoe.",
        "बाढ़ से तबाह ज़िले को फिर से बसाना एक कठिन कतार की गुड़ाई होगी।",
        [("कठिन कतार की गुड़ाई", "a hard row to hoe")],
        "बाढ़ से तबाह ज़िले को फिर से बसाना बेहद कठिन काम होगा।",
    ),
    F(
        I,
        "The new clerk is friendly but not the sharpest knife in the drawer.",
        "नया क्लर्क मिलनसार है लेकिन दराज़ का सबसे तेज़ चाकू नहीं है।",
        [("दराज़ का सबसे तेज़ चाकू", "the sharpest knife in the drawer")],
        "नया क्लर्क मिलनसार है लेकिन बहुत समझदार नहीं है।",
    ),
    F(
        I,
        "Waiting for the verdict, the lawyer was like a cat on a hot tin roof.",
        "फ़ैसले का इंतज़ार करते हुए वकील गर्म टीन की छत पर बिल्ली जैसा था।",
        [("गर्म टीन की छत पर बिल्ली", "a cat on a hot tin roof")],
        "फ़ैसले का इंतज़ार करते हुए वकील बेहद बेचैन था।",
    ),
    F(
        I,
        "At the book fair the professor was like a kid in a candy store.",
        "पुस्तक मेले में प्रोफ़ेसर टॉफ़ी की दुकान में बच्चे की तरह थे।",
        [("टॉफ़ी की दुकान में बच्चे", "a kid in a candy store")],
        "पुस्तक मेले में प्रोफ़ेसर बेहद उत्साहित और ख़ुश थे।",
    ),
    F(
        I,
        "For most viewers, the five-hour debate was like watching paint dry.",
        "ज़्यादातर दर्शकों के लिए पांच घंटे की बहस पेंट सूखते देखने जैसी थी।",
        [("पेंट सूखते देखने", "watching paint dry")],
        "ज़्यादातर दर्शकों के लिए पांच घंटे की बहस बेहद उबाऊ थी।",
    ),
    F(
        I,
        "To win the bid, the city sweetened the pot with free land.",
        "बोली जीतने के लिए शहर ने मुफ़्त ज़मीन देकर बर्तन को मीठा किया।",
        [("बर्तन को मीठा किया", "sweetened the pot")],
        "बोली जीतने के लिए शहर ने मुफ़्त ज़मीन देकर पेशकश को और आकर्षक बनाया।",
    ),
    F(
        I,
        "The coalition partner must now fish or cut bait.",
        "गठबंधन सहयोगी को अब या तो मछली पकड़नी होगी या चारा काटना होगा।",
        [("मछली पकड़नी होगी या चारा काटना", "fish or cut bait")],
        "गठबंधन सहयोगी को अब साफ़ फ़ैसला करना होगा कि वह साथ है या नहीं।",
    ),
    F(
        I,
        "By freezing the accounts, the regulator has a tiger by the tail.",
        "खाते फ़्रीज़ करके नियामक ने बाघ को पूंछ से पकड़ लिया है।",
        [("बाघ को पूंछ से पकड़ लिया", "has a tiger by the tail")],
        "खाते फ़्रीज़ करके नियामक ने ऐसा जोखिम मोल ले लिया है जिससे निकलना मुश्किल है।",
    ),
    F(
        I,
        "Pension reform has long been the third rail of the country's politics.",
        "पेंशन सुधार लंबे समय से देश की राजनीति की तीसरी रेल रहा है।",
        [("तीसरी रेल", "the third rail")],
        "पेंशन सुधार लंबे समय से देश की राजनीति का ऐसा मुद्दा रहा है जिसे कोई छूने की हिम्मत नहीं करता।",
    ),
    F(
        I,
        "The river dispute has become a political football between the two states.",
        "नदी विवाद दोनों राज्यों के बीच एक राजनीतिक फ़ुटबॉल बन गया है।",
        [("राजनीतिक फ़ुटबॉल", "a political football")],
        "नदी विवाद दोनों राज्यों के बीच सियासी खींचतान का मुद्दा बन गया है।",
    ),
    F(
        I,
        "Opposition leaders called the speech a dog whistle to extremists.",
        "विपक्षी नेताओं ने भाषण को चरमपंथियों के लिए कुत्ते की सीटी बताया।",
        [("कुत्ते की सीटी", "a dog whistle")],
        "विपक्षी नेताओं ने भाषण को चरमपंथियों के लिए छिपा हुआ इशारा बताया।",
    ),
    F(
        I,
        "The loan sharks bled the weavers dry over ten years.",
        "सूदखोरों ने दस सालों में बुनकरों का ख़ून बहाकर उन्हें सुखा दिया।",
        [("ख़ून बहाकर उन्हें सुखा दिया", "bled the weavers dry")],
        "सूदखोरों ने दस सालों में बुनकरों को पूरी तरह कंगाल कर दिया।",
    ),
    F(
        I,
        "At thirty, it is time he cut the apron strings.",
        "तीस साल की उम्र में अब उसके एप्रन की डोरियां काटने का समय है।",
        [("एप्रन की डोरियां काटने", "cut the apron strings")],
        "तीस साल की उम्र में अब उसके मां-बाप पर निर्भर रहना छोड़ने का समय है।",
    ),
    F(
        I,
        "The amendment drives a coach and horses through the labour law.",
        "यह संशोधन श्रम क़ानून के बीच से घोड़ा-गाड़ी निकाल देता है।",
        [("घोड़ा-गाड़ी निकाल देता", "drives a coach and horses through")],
        "यह संशोधन श्रम क़ानून को पूरी तरह बेअसर कर देता है।",
    ),
    F(
        I,
        "The meeting on seat sharing turned into a bun fight.",
        "सीट बंटवारे पर बैठक बन की लड़ाई में बदल गई।",
        [("बन की लड़ाई", "a bun fight")],
        "सीट बंटवारे पर बैठक तू-तू मैं-मैं में बदल गई।",
    ),
    F(
        I,
        "Having made their fortunes, the old families pulled up the ladder behind them.",
        "अपनी दौलत बना लेने के बाद पुराने परिवारों ने अपने पीछे सीढ़ी ऊपर खींच ली।",
        [("सीढ़ी ऊपर खींच ली", "pulled up the ladder")],
        "अपनी दौलत बना लेने के बाद पुराने परिवारों ने दूसरों के लिए आगे बढ़ने के रास्ते बंद कर दिए।",
    ),
    F(
        I,
        "Both sides will have to sharpen their pencils before the next round of talks.",
        "बातचीत के अगले दौर से पहले दोनों पक्षों को अपनी पेंसिलें छीलनी होंगी।",
        [("अपनी पेंसिलें छीलनी", "sharpen their pencils")],
        "बातचीत के अगले दौर से पहले दोनों पक्षों को अपनी शर्तों में कुछ ढील देनी होगी।",
    ),
    F(
        I,
        "Buying bank shares this week would be trying to catch a falling knife.",
        "इस हफ़्ते बैंक के शेयर ख़रीदना गिरते चाकू को पकड़ने की कोशिश होगी।",
        [("गिरते चाकू को पकड़ने", "catch a falling knife")],
        "इस हफ़्ते बैंक के शेयर ख़रीदना, जब उनके दाम लगातार गिर रहे हैं, भारी जोखिम होगा।",
    ),
    F(
        I,
        "By boycotting the talks, the union cut off its nose to spite its face.",
        "बातचीत का बहिष्कार करके यूनियन ने अपने चेहरे को चिढ़ाने के लिए अपनी नाक काट ली।",
        [("अपनी नाक काट ली", "cut off its nose")],
        "बातचीत का बहिष्कार करके यूनियन ने गुस्से में अपना ही नुकसान कर लिया।",
    ),
    F(
        I,
        "Tightening the rules now is shutting the stable door after the horse has bolted.",
        "अब नियम सख़्त करना घोड़े के भाग जाने के बाद अस्तबल का दरवाज़ा बंद करना है।",
        [("घोड़े के भाग जाने के बाद अस्तबल का दरवाज़ा बंद", "shutting the stable door after the horse has bolted")],
        "अब नियम सख़्त करना नुकसान हो जाने के बाद जागने जैसा है।",
    ),
    F(
        I,
        "The defence called the inquiry a fishing expedition.",
        "बचाव पक्ष ने जांच को मछली पकड़ने का अभियान बताया।",
        [("मछली पकड़ने का अभियान", "a fishing expedition")],
        "बचाव पक्ष ने जांच को बिना ठोस आधार के सबूत टटोलने की कवायद बताया।",
    ),
    F(
        I,
        "After the floods, the city's bus service is a hot mess.",
        "बाढ़ के बाद शहर की बस सेवा एक गर्म गड़बड़ है।",
        [("एक गर्म गड़बड़", "a hot mess")],
        "बाढ़ के बाद शहर की बस सेवा पूरी तरह अस्त-व्यस्त है।",
    ),
    F(
        I,
        "The regulator finally dropped the hammer on the two brokers.",
        "नियामक ने आख़िरकार दोनों दलालों पर हथौड़ा गिरा दिया।",
        [("हथौड़ा गिरा दिया", "dropped the hammer")],
        "नियामक ने आख़िरकार दोनों दलालों पर सख़्त कार्रवाई कर दी।",
    ),
    F(
        I,
        "Cheap foreign apps are eating the local startups' lunch.",
        "सस्ते विदेशी ऐप स्थानीय स्टार्टअप का दोपहर का खाना खा रहे हैं।",
        [("दोपहर का खाना खा रहे", "eating the local startups' lunch")],
        "सस्ते विदेशी ऐप स्थानीय स्टार्टअप का बाज़ार छीन रहे हैं।",
    ),
    F(
        I,
        "The champion has a glass jaw, his rivals say.",
        "उसके प्रतिद्वंद्वियों का कहना है कि चैंपियन का जबड़ा कांच का है।",
        [("जबड़ा कांच का है", "has a glass jaw")],
        "उसके प्रतिद्वंद्वियों का कहना है कि चैंपियन एक ज़ोरदार मुक्का भी नहीं झेल पाता।",
    ),
    F(
        I,
        "The minister reminded the states that money does not grow on trees.",
        "मंत्री ने राज्यों को याद दिलाया कि पैसा पेड़ों पर नहीं उगता।",
        [("पैसा पेड़ों पर नहीं उगता", "money does not grow on trees")],
        "मंत्री ने राज्यों को याद दिलाया कि सरकारी ख़ज़ाना असीमित नहीं है।",
    ),
    F(
        I,
        "The committee asked the ministry to put some meat on the bones of its plan.",
        "समिति ने मंत्रालय से अपनी योजना की हड्डियों पर कुछ मांस चढ़ाने को कहा।",
        [("हड्डियों पर कुछ मांस चढ़ाने", "put some meat on the bones")],
        "समिति ने मंत्रालय से अपनी योजना का ब्योरा और ठोस बनाने को कहा।",
    ),
    F(
        I,
        "The party decided the name of the airport was not a hill to die on.",
        "पार्टी ने तय किया कि हवाई अड्डे का नाम मरने लायक पहाड़ी नहीं है।",
        [("मरने लायक पहाड़ी", "a hill to die on")],
        "पार्टी ने तय किया कि हवाई अड्डे के नाम पर अड़े रहना ज़रूरी नहीं है।",
    ),
    F(
        I,
        "The mining fund has become a honey pot for local contractors.",
        "खनन कोष स्थानीय ठेकेदारों के लिए शहद का बर्तन बन गया है।",
        [("शहद का बर्तन", "a honey pot")],
        "खनन कोष स्थानीय ठेकेदारों के लिए कमाई का ज़रिया बन गया है।",
    ),
    F(
        I,
        "Facing a slowdown, the carmaker is trimming its sails.",
        "मंदी का सामना कर रही कार निर्माता कंपनी अपने पाल छांट रही है।",
        [("अपने पाल छांट", "trimming its sails")],
        "मंदी का सामना कर रही कार निर्माता कंपनी अपने ख़र्चों में कटौती कर रही है।",
    ),
    F(
        I,
        "For the ceasefire talks, the sands are running out.",
        "युद्धविराम वार्ता के लिए रेत ख़त्म हो रही है।",
        [("रेत ख़त्म हो रही", "the sands are running out")],
        "युद्धविराम वार्ता के लिए समय तेज़ी से निकलता जा रहा है।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        L,
        "Finding the file in that archive was like looking for a needle in a haystack.",
        "उस अभिलेखागार में फ़ाइल ढूंढना भूसे के ढेर में सुई ढूंढने जैसा था।",
    ),
    C(L, "The new law clipped the governor's wings.", "नए क़ानून ने राज्यपाल के पर कतर दिए।"),
    C(
        L,
        "He spent the whole year buttering up the director.",
        "उसने पूरा साल निदेशक को मक्खन लगाने में बिताया।",
    ),
    C(
        L,
        "The finance minister said he had no magic wand to end inflation.",
        "वित्त मंत्री ने कहा कि महंगाई ख़त्म करने के लिए उनके पास कोई जादू की छड़ी नहीं है।",
    ),
    C(
        L,
        "The young editor chose to swim against the tide.",
        "युवा संपादक ने धारा के विपरीत तैरना चुना।",
    ),
    C(
        L,
        "Voters were warned about a wolf in sheep's clothing.",
        "मतदाताओं को भेड़ की खाल में छिपे भेड़िये से सावधान किया गया।",
    ),
    C(
        L,
        "The new scheme looks good, but all that glitters is not gold.",
        "नई योजना अच्छी दिखती है, लेकिन हर चमकने वाली चीज़ सोना नहीं होती।",
    ),
    C(
        L,
        "The farmer dangled a carrot in front of the donkey.",
        "किसान ने गधे के सामने एक गाजर लटकाई।",
    ),
    C(
        L,
        "Firemen spent the night putting out fires in three villages.",
        "दमकलकर्मियों ने तीन गांवों में आग बुझाने में रात बिताई।",
    ),
    C(
        L,
        "The mechanic kicked the tyres of the old truck.",
        "मैकेनिक ने पुराने ट्रक के टायरों पर लात मारी।",
    ),
    C(
        L,
        "The juggler kept six plates spinning on thin sticks.",
        "बाज़ीगर ने पतली डंडियों पर छह प्लेटें घुमाए रखीं।",
    ),
    C(L, "The snake swallowed the frog whole.", "सांप ने मेंढक को साबुत निगल लिया।"),
    C(L, "The old man threw the stray dog a bone.", "बूढ़े आदमी ने आवारा कुत्ते की ओर एक हड्डी फेंकी।"),
    C(
        L,
        "Two wheels came off the bullock cart on the hill road.",
        "पहाड़ी सड़क पर बैलगाड़ी के दो पहिये निकल गए।",
    ),
    C(
        L,
        "Every morning the girl carries water for her family from the well.",
        "लड़की हर सुबह कुएं से अपने परिवार के लिए पानी ढोती है।",
    ),
    C(
        L,
        "The beekeeper left a pot of honey on the table.",
        "मधुमक्खी पालक ने मेज़ पर शहद का एक बर्तन छोड़ दिया।",
    ),
    C(
        L,
        "The sailors trimmed the sails as the wind rose.",
        "हवा तेज़ होने पर नाविकों ने पाल ठीक किए।",
    ),
    C(
        L,
        "The groom shut the stable door after the horses came in.",
        "घोड़ों के अंदर आने के बाद साईस ने अस्तबल का दरवाज़ा बंद कर दिया।",
    ),
    C(
        L,
        "The painters asked visitors not to touch the walls until the paint dried.",
        "पेंट करने वालों ने आगंतुकों से पेंट सूखने तक दीवारों को न छूने को कहा।",
    ),
    C(
        L,
        "The carpenter sharpened his pencil before marking the plank.",
        "बढ़ई ने तख़्ते पर निशान लगाने से पहले अपनी पेंसिल छीली।",
    ),
    C(
        L,
        "The children climbed up the ladder to the roof.",
        "बच्चे सीढ़ी से छत पर चढ़ गए।",
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
