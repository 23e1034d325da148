"""Held-out round-21 items: transliterated English where Hindi has a common word, and repetitions
(hand-written by helper blindA, see README.md).

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (`_f` writes it by putting each span's correct word in its place; `_w` rows,
whose correct Hindi changes more than the spans, carry their fix written out). C(category, src,
mt) -- a clean look-alike translation.
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


def _w(src: str, mt: str, spans: list[tuple[str, str]], fix: str) -> F:
    """A translit row whose fix is written out."""
    return F(TR, src, mt, spans, fix)


TRANSLIT = [
    # nouns
    _f(
        "A stork stood still in the pond.",
        "तालाब में एक स्टॉर्क चुपचाप खड़ा था।",
        [("स्टॉर्क", "stork", "सारस")],
    ),
    _f(
        "She bought fenugreek and papaya at the market.",
        "उसने बाज़ार से फ़ेनुग्रीक और पपाया ख़रीदा।",
        [("फ़ेनुग्रीक", "fenugreek", "मेथी"), ("पपाया", "papaya", "पपीता")],
    ),
    _f(
        "The old mirror in the hall was cracked.",
        "बरामदे का पुराना मिरर चटक गया था।",
        [("मिरर", "mirror", "आईना")],
    ),
    _f(
        "The goalkeeper hurt his thumb and his eyebrow.",
        "गोलकीपर के थम्ब और आईब्रो में चोट लग गई।",
        [("थम्ब", "thumb", "अंगूठे"), ("आईब्रो", "eyebrow", "भौंह")],
    ),
    _f(
        "A rooster woke the whole village.",
        "एक रूस्टर ने पूरे गांव को जगा दिया।",
        [("रूस्टर", "rooster", "मुर्गे")],
    ),
    _f(
        "The old man slowly climbed the stairs.",
        "बूढ़ा आदमी धीरे से स्टेयर्स चढ़ा।",
        [("स्टेयर्स", "stairs", "सीढ़ियां")],
    ),
    _w(
        "Apricots from Ladakh are sold in Delhi.",
        "लद्दाख के ऐप्रिकॉट दिल्ली में बिकते हैं।",
        [("ऐप्रिकॉट", "apricots")],
        "लद्दाख की ख़ुबानी दिल्ली में बिकती है।",
    ),
    _f(
        "Pomegranates from Solapur are sent to Dubai.",
        "सोलापुर के पोमग्रेनेट दुबई भेजे जाते हैं।",
        [("पोमग्रेनेट", "pomegranates", "अनार")],
    ),
    _f(
        "The hut was built of bamboo under a banyan tree.",
        "झोपड़ी एक बैनियन के पेड़ के नीचे बैम्बू से बनी थी।",
        [("बैनियन", "banyan", "बरगद"), ("बैम्बू", "bamboo", "बांस")],
    ),
    _f(
        "A porcupine and a mongoose were seen near the farm.",
        "खेत के पास एक पॉर्क्युपाइन और एक मंगूज़ देखे गए।",
        [("पॉर्क्युपाइन", "porcupine", "साही"), ("मंगूज़", "mongoose", "नेवला")],
    ),
    _f(
        "Jackals howled all night outside the village.",
        "गांव के बाहर रात भर जैकल हुआं-हुआं करते रहे।",
        [("जैकल", "jackals", "सियार")],
    ),
    _f(
        "Forest guards rescued a python from the school.",
        "वन रक्षकों ने स्कूल से एक पाइथन को बचाया।",
        [("पाइथन", "python", "अजगर")],
    ),
    _f(
        "The cuckoo sang from the mango tree.",
        "आम के पेड़ से कुकू गा रही थी।",
        [("कुकू", "cuckoo", "कोयल")],
    ),
    _f(
        "Her father-in-law drove her to the station.",
        "उसके फ़ादर-इन-लॉ उसे स्टेशन छोड़ने गए।",
        [("फ़ादर-इन-लॉ", "father-in-law", "ससुर")],
    ),
    _f(
        "The runner stopped to catch his breath.",
        "धावक अपनी ब्रेथ संभालने के लिए रुका।",
        [("ब्रेथ", "breath", "सांस")],
    ),
    # adjectives
    _f(
        "The pakoras were crisp and hot.",
        "पकौड़े क्रिस्प और गरम थे।",
        [("क्रिस्प", "crisp", "कुरकुरे")],
    ),
    _f(
        "The road became slippery after the rain.",
        "बारिश के बाद सड़क स्लिपरी हो गई।",
        [("स्लिपरी", "slippery", "फिसलन भरी")],
    ),
    _f(
        "His ankle was swollen after the fall.",
        "गिरने के बाद उसका टख़ना स्वोलेन था।",
        [("स्वोलेन", "swollen", "सूजा हुआ")],
    ),
    _f(
        "The new utensils were shiny.",
        "नए बर्तन शाइनी थे।",
        [("शाइनी", "shiny", "चमकदार")],
    ),
    _f(
        "The clumsy waiter dropped the tray.",
        "क्लम्ज़ी वेटर ने ट्रे गिरा दी।",
        [("क्लम्ज़ी", "clumsy", "अनाड़ी")],
    ),
    _w(
        "The heat made her dizzy.",
        "गर्मी से वह डिज़ी हो गई।",
        [("डिज़ी", "dizzy")],
        "गर्मी से उसे चक्कर आने लगे।",
    ),
    # verbs with कर/हो
    _w(
        "The cat scratched the boy's arm.",
        "बिल्ली ने लड़के की बांह पर स्क्रैच किया।",
        [("स्क्रैच किया", "scratched")],
        "बिल्ली ने लड़के की बांह खरोंच दी।",
    ),
    _w(
        "The children clapped when the clown winked at them.",
        "जोकर ने विंक किया तो बच्चों ने क्लैप किया।",
        [("विंक किया", "winked"), ("क्लैप किया", "clapped")],
        "जोकर ने आंख मारी तो बच्चों ने तालियां बजाईं।",
    ),
    _w(
        "She grated coconut for the chutney.",
        "उसने चटनी के लिए नारियल ग्रेट किया।",
        [("ग्रेट किया", "grated")],
        "उसने चटनी के लिए नारियल कसा।",
    ),
    _w(
        "The priest sprinkled holy water on the crowd.",
        "पुजारी ने भीड़ पर पवित्र जल स्प्रिंकल किया।",
        [("स्प्रिंकल किया", "sprinkled")],
        "पुजारी ने भीड़ पर पवित्र जल छिड़का।",
    ),
    _w(
        "She rinsed the rice twice.",
        "उसने चावल दो बार रिंस किए।",
        [("रिंस किए", "rinsed")],
        "उसने चावल दो बार धोए।",
    ),
    _w(
        "The teacher frowned and the boy shrugged.",
        "शिक्षक ने फ़्रॉन किया और लड़के ने श्रग किया।",
        [("फ़्रॉन किया", "frowned"), ("श्रग किया", "shrugged")],
        "शिक्षक ने त्योरी चढ़ाई और लड़के ने कंधे उचका दिए।",
    ),
    _w(
        "The old horse panted up the hill.",
        "बूढ़ा घोड़ा पैंट करता हुआ पहाड़ी पर चढ़ा।",
        [("पैंट करता हुआ", "panted")],
        "बूढ़ा घोड़ा हांफता हुआ पहाड़ी पर चढ़ा।",
    ),
    _w(
        "A sparrow chirped on the window sill.",
        "खिड़की की चौखट पर एक गौरैया चर्प कर रही थी।",
        [("चर्प कर रही थी", "chirped")],
        "खिड़की की चौखट पर एक गौरैया चहचहा रही थी।",
    ),
    _w(
        "The girl tiptoed into the room.",
        "लड़की टिपटो करते हुए कमरे में आई।",
        [("टिपटो करते हुए", "tiptoed")],
        "लड़की दबे पांव कमरे में आई।",
    ),
    _w(
        "The frog hopped into the pond.",
        "मेंढक हॉप करते हुए तालाब में चला गया।",
        [("हॉप करते हुए", "hopped")],
        "मेंढक फुदकता हुआ तालाब में चला गया।",
    ),
    _w(
        "Grandmother sipped her tea slowly.",
        "दादी ने धीरे से अपनी चाय सिप की।",
        [("सिप की", "sipped")],
        "दादी ने धीरे से अपनी चाय की चुस्की ली।",
    ),
    _w(
        "Water was dripping from the ceiling all night.",
        "रात भर छत से पानी ड्रिप हो रहा था।",
        [("ड्रिप हो रहा था", "dripping")],
        "रात भर छत से पानी टपक रहा था।",
    ),
    _w(
        "The boy sighed and hummed an old song.",
        "लड़के ने साई किया और एक पुराना गाना हम किया।",
        [("साई किया", "sighed"), ("हम किया", "hummed")],
        "लड़के ने आह भरी और एक पुराना गाना गुनगुनाया।",
    ),
]

TRANSLIT_LOOKALIKES = [
    # loans Hindi news writes: technology
    C("translit", "Enter the OTP sent to your phone.", "अपने फ़ोन पर आया ओटीपी दर्ज करें।"),
    C("translit", "Scan the QR code to pay.", "भुगतान के लिए क्यूआर कोड स्कैन करें।"),
    C("translit", "The company will build a data centre in Noida.", "कंपनी नोएडा में डेटा सेंटर बनाएगी।"),
    C(
        "translit",
        "Police used a drone to watch the crowd.",
        "पुलिस ने भीड़ पर नज़र रखने के लिए ड्रोन का इस्तेमाल किया।",
    ),
    C("translit", "Change your password every three months.", "हर तीन महीने में अपना पासवर्ड बदलें।"),
    C("translit", "The bank's chatbot answers questions in Hindi.", "बैंक का चैटबॉट हिंदी में सवालों के जवाब देता है।"),
    C("translit", "Connect the speaker through Bluetooth.", "स्पीकर को ब्लूटूथ से जोड़ें।"),
    C("translit", "The bank's server was down for three hours.", "बैंक का सर्वर तीन घंटे तक ठप रहा।"),
    C("translit", "Sales of electric scooters rose in March.", "मार्च में इलेक्ट्रिक स्कूटरों की बिक्री बढ़ी।"),
    C("translit", "He paid the fare through UPI.", "उसने किराया यूपीआई से चुकाया।"),
    # jobs
    C("translit", "The plumber fixed the pipe in an hour.", "प्लंबर ने एक घंटे में पाइप ठीक कर दिया।"),
    C("translit", "The electrician changed the fuse.", "इलेक्ट्रीशियन ने फ़्यूज़ बदल दिया।"),
    C("translit", "The accountant filed the returns on time.", "अकाउंटेंट ने समय पर रिटर्न दाख़िल किया।"),
    C("translit", "The pilot made an emergency landing in Nagpur.", "पायलट ने नागपुर में आपात लैंडिंग कराई।"),
    C("translit", "Nurses at the hospital got a pay rise.", "अस्पताल की नर्सों का वेतन बढ़ाया गया।"),
    C("translit", "The receptionist gave them the room keys.", "रिसेप्शनिस्ट ने उन्हें कमरे की चाबियां दीं।"),
    # sport
    C("translit", "He was run out for 49.", "वह 49 रन पर रन आउट हो गए।"),
    C("translit", "The bowler bowled two no-balls.", "गेंदबाज़ ने दो नो-बॉल फेंकीं।"),
    C("translit", "The umpire called for the third umpire.", "अंपायर ने थर्ड अंपायर की मदद ली।"),
    C("translit", "The bowler took a hat-trick against Nepal.", "गेंदबाज़ ने नेपाल के ख़िलाफ़ हैट्रिक ली।"),
    C("translit", "She won the tie-break 7-5.", "उन्होंने टाई-ब्रेक 7-5 से जीता।"),
    C("translit", "He became India's newest grandmaster.", "वह भारत के सबसे नए ग्रैंडमास्टर बने।"),
    C("translit", "The wicketkeeper dropped an easy catch.", "विकेटकीपर ने एक आसान कैच छोड़ दिया।"),
    # the Hindi words themselves where a transliteration would tempt
    C("translit", "A stork caught a fish in the lake.", "एक सारस ने झील में मछली पकड़ी।"),
    C("translit", "She looked at herself in the mirror.", "उसने आईने में ख़ुद को देखा।"),
    C("translit", "A mongoose killed the snake.", "एक नेवले ने सांप को मार डाला।"),
    C("translit", "The children played under the banyan tree.", "बच्चे बरगद के पेड़ के नीचे खेले।"),
    C("translit", "The cuckoo's call announced the summer.", "कोयल की कूक ने गर्मियों के आने की ख़बर दी।"),
    C("translit", "The bamboo bridge swayed in the wind.", "बांस का पुल हवा में झूल रहा था।"),
    C("translit", "The floor was slippery after mopping.", "पोंछा लगाने के बाद फ़र्श फिसलन भरा था।"),
    C("translit", "She grated the carrots for the halwa.", "उसने हलवे के लिए गाजर कसी।"),
    C("translit", "The tap kept dripping all night.", "नल रात भर टपकता रहा।"),
    C("translit", "The girl sighed and closed the book.", "लड़की ने आह भरी और किताब बंद कर दी।"),
    C("translit", "The rooster crowed at dawn.", "मुर्गे ने भोर में बांग दी।"),
    C("translit", "Papaya and fenugreek are cheap this week.", "इस हफ़्ते पपीता और मेथी सस्ते हैं।"),
]

REPETITIONS = [
    F(
        R,
        "A heron stood in the shallow water.",
        "एक बगुला बगुला उथले पानी में खड़ा था।",
        [("बगुला", "a heron (repeated)", 1)],
        "एक बगुला उथले पानी में खड़ा था।",
    ),
    F(
        R,
        "The boatmen refused to cross the river.",
        "मल्लाहों ने मल्लाहों ने नदी पार करने से इनकार कर दिया।",
        [("मल्लाहों ने", "the boatmen (repeated)", 1)],
        "मल्लाहों ने नदी पार करने से इनकार कर दिया।",
    ),
    F(
        R,
        "The train was late by four hours.",
        "ट्रेन चार घंटे चार घंटे देरी से पहुंची।",
        [("चार घंटे", "four hours (repeated)", 1)],
        "ट्रेन चार घंटे देरी से पहुंची।",
    ),
    F(
        R,
        "The roof of the new library leaks.",
        "नए पुस्तकालय की छत नए पुस्तकालय की छत टपकती है।",
        [("नए पुस्तकालय की छत", "the roof of the new library (repeated)", 1)],
        "नए पुस्तकालय की छत टपकती है।",
    ),
    F(
        R,
        "Fishermen from the island returned safely.",
        "द्वीप के मछुआरे द्वीप के मछुआरे सुरक्षित लौट आए।",
        [("द्वीप के मछुआरे", "fishermen from the island (repeated)", 1)],
        "द्वीप के मछुआरे सुरक्षित लौट आए।",
    ),
    F(
        R,
        "The price of garlic doubled in a week.",
        "लहसुन का भाव लहसुन का भाव एक हफ़्ते में दोगुना हो गया।",
        [("लहसुन का भाव", "the price of garlic (repeated)", 1)],
        "लहसुन का भाव एक हफ़्ते में दोगुना हो गया।",
    ),
    F(
        R,
        "The exams will be held until Thursday.",
        "परीक्षाएं गुरुवार तक गुरुवार तक चलेंगी।",
        [("गुरुवार तक", "until Thursday (repeated)", 1)],
        "परीक्षाएं गुरुवार तक चलेंगी।",
    ),
    F(
        R,
        "The sugarcane crop was damaged by frost.",
        "गन्ने की फ़सल को गन्ने की फ़सल को पाले से नुक़सान हुआ।",
        [("गन्ने की फ़सल को", "the sugarcane crop (repeated)", 1)],
        "गन्ने की फ़सल को पाले से नुक़सान हुआ।",
    ),
    F(
        R,
        "The water tank near the school was emptied for cleaning.",
        "स्कूल के पास की पानी की टंकी सफ़ाई के लिए स्कूल के पास की पानी की टंकी ख़ाली की गई।",
        [("स्कूल के पास की पानी की टंकी", "the water tank near the school (repeated)", 1)],
        "स्कूल के पास की पानी की टंकी सफ़ाई के लिए ख़ाली की गई।",
    ),
    F(
        R,
        "The lamp in the temple burned all night.",
        "मंदिर का दीया रात भर मंदिर का दीया जलता रहा।",
        [("मंदिर का दीया", "the lamp in the temple (repeated)", 1)],
        "मंदिर का दीया रात भर जलता रहा।",
    ),
    F(
        R,
        "The parrot repeated the word.",
        "तोते ने शब्द दोहराया, तोते ने।",
        [("तोते ने", "the parrot (repeated)", 1)],
        "तोते ने शब्द दोहराया।",
    ),
]

REPETITION_LOOKALIKES = [
    C("repetition", "The old woman walked slowly to the temple.", "बूढ़ी महिला धीरे-धीरे मंदिर तक गई।"),
    C("repetition", "Volunteers went from one neighbourhood to another.", "स्वयंसेवक मोहल्ले-मोहल्ले गए।"),
    C("repetition", "She gave the guests cold water.", "उसने मेहमानों को ठंडा-ठंडा पानी दिया।"),
    C("repetition", "Each team sat at its own table.", "हर टीम अपनी-अपनी मेज़ पर बैठी।"),
    C("repetition", "Tell me exactly what happened.", "मुझे सच-सच बताओ कि क्या हुआ।"),
    C("repetition", "Small shops stood close together.", "छोटी-छोटी दुकानें पास-पास थीं।"),
    C("repetition", "Rain fell here and there in Bihar.", "बिहार में कहीं-कहीं बारिश हुई।"),
    C("repetition", "He smiled quietly to himself.", "वह मन-ही-मन मुस्कुराया।"),
    C("repetition", "He stopped now and then to rest.", "वह बीच-बीच में आराम के लिए रुकता रहा।"),
    C("repetition", "Fresh green leaves covered the trees.", "पेड़ों पर हरे-हरे पत्ते छा गए।"),
    C("repetition", "As the night deepened, the cold grew.", "ज्यों-ज्यों रात गहराई, ठंड बढ़ती गई।"),
    C("repetition", "She spoke in a soft, sweet voice.", "वह मीठी-मीठी आवाज़ में बोली।"),
    C("repetition", "The tank filled up drop by drop.", "टंकी बूंद-बूंद करके भर गई।"),
    C("repetition", "The seller went around selling toys.", "विक्रेता घूम-घूमकर खिलौने बेचता था।"),
]
