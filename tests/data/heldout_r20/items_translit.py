"""Held-out round-20 items: transliterated English where Hindi has a common word, and repetitions
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
        "A woodpecker and a parrot sat on the branch.",
        "डाल पर एक वुडपेकर और एक पैरट बैठे थे।",
        [("वुडपेकर", "woodpecker", "कठफोड़वा"), ("पैरट", "parrot", "तोता")],
    ),
    _f(
        "A butterfly was caught in the spider's web.",
        "एक बटरफ़्लाई स्पाइडर के जाले में फंस गई।",
        [("बटरफ़्लाई", "butterfly", "तितली"), ("स्पाइडर", "spider", "मकड़ी")],
    ),
    _w(
        "She stirred the buttermilk with a ladle.",
        "उसने लैडल से बटरमिल्क चलाया।",
        [("लैडल", "ladle"), ("बटरमिल्क", "buttermilk")],
        "उसने करछी से छाछ चलाई।",
    ),
    _w(
        "Grandmother sifted the flour through a sieve.",
        "दादी ने सीव से आटा सिफ़्ट किया।",
        [("सीव", "sieve"), ("सिफ़्ट किया", "sifted")],
        "दादी ने छलनी से आटा छाना।",
    ),
    _w(
        "A scorpion stung the farmer on the foot.",
        "एक स्कॉर्पियन ने किसान के पैर में स्टिंग किया।",
        [("स्कॉर्पियन", "scorpion"), ("स्टिंग किया", "stung")],
        "एक बिच्छू ने किसान के पैर में डंक मार दिया।",
    ),
    _f(
        "A crow and an eagle sat on the roof.",
        "छत पर एक क्रो और एक ईगल बैठे थे।",
        [("क्रो", "crow", "कौआ"), ("ईगल", "eagle", "चील")],
    ),
    _f(
        "My granddaughter lives with her stepmother.",
        "मेरी ग्रैंडडॉटर अपनी स्टेपमदर के साथ रहती है।",
        [("ग्रैंडडॉटर", "granddaughter", "पोती"), ("स्टेपमदर", "stepmother", "सौतेली मां")],
    ),
    _f(
        "He hurt his spine and his heel.",
        "उसकी स्पाइन और हील में चोट लगी।",
        [("स्पाइन", "spine", "रीढ़"), ("हील", "heel", "एड़ी")],
    ),
    _f("His heart was full of regret.", "उसका दिल रिग्रेट से भरा था।", [("रिग्रेट", "regret", "पछतावे")]),
    _w(
        "The old man's pride was hurt.",
        "बूढ़े आदमी की प्राइड को ठेस पहुंची।",
        [("प्राइड", "pride")],
        "बूढ़े आदमी के स्वाभिमान को ठेस पहुंची।",
    ),
    _f(
        "The cot lay near the threshold.",
        "कॉट थ्रेशोल्ड के पास पड़ी थी।",
        [("कॉट", "the cot", "खाट"), ("थ्रेशोल्ड", "threshold", "दहलीज़")],
    ),
    _f(
        "They cooked chickpeas and jackfruit.",
        "उन्होंने चिकपीज़ और जैकफ़्रूट पकाए।",
        [("चिकपीज़", "chickpeas", "चने"), ("जैकफ़्रूट", "jackfruit", "कटहल")],
    ),
    _f("A duck was swimming in the pond.", "तालाब में एक डक तैर रही थी।", [("डक", "a duck", "बत्तख़")]),
    _f(
        "The grasshopper jumped onto the leaf.",
        "ग्रासहॉपर पत्ते पर कूद गया।",
        [("ग्रासहॉपर", "the grasshopper", "टिड्डा")],
    ),
    # adjectives
    _f(
        "The child walked barefoot in the rain.", "बच्चा बारिश में बेयरफ़ुट चला।", [("बेयरफ़ुट", "barefoot", "नंगे पांव")]
    ),
    _f(
        "Her shirt was torn and wrinkled.",
        "उसकी कमीज़ टॉर्न और रिंकल्ड थी।",
        [("टॉर्न", "torn", "फटी"), ("रिंकल्ड", "wrinkled", "सिकुड़ी हुई")],
    ),
    _f(
        "The road to the village was bumpy and dusty.",
        "गांव की सड़क बंपी और डस्टी थी।",
        [("बंपी", "bumpy", "ऊबड़-खाबड़"), ("डस्टी", "dusty", "धूल भरी")],
    ),
    _f(
        "The thorny bushes scratched his legs.",
        "थॉर्नी झाड़ियों ने उसकी टांगें छील दीं।",
        [("थॉर्नी", "thorny", "कांटेदार")],
    ),
    _f("The cook's hands were greasy.", "रसोइये के हाथ ग्रीसी थे।", [("ग्रीसी", "greasy", "चिकने")]),
    _w("The old lock was rusty.", "पुराना ताला रस्टी था।", [("रस्टी", "rusty")], "पुराने ताले में ज़ंग लगा था।"),
    # verbs with कर/हो
    _w(
        "She churned the curd to make butter.",
        "उसने मक्खन निकालने के लिए दही को चर्न किया।",
        [("चर्न किया", "churned")],
        "उसने मक्खन निकालने के लिए दही मथा।",
    ),
    _w(
        "The women ground the wheat at dawn.",
        "महिलाओं ने तड़के गेहूं ग्राइंड किया।",
        [("ग्राइंड किया", "ground")],
        "महिलाओं ने तड़के गेहूं पीसा।",
    ),
    _f("The mangoes ripened in the sun.", "आम धूप में राइप हो गए।", [("राइप हो गए", "ripened", "पक गए")]),
    _f("The flowers wilted in the heat.", "फूल गर्मी में विल्ट हो गए।", [("विल्ट हो गए", "wilted", "मुरझा गए")]),
    _f(
        "A dog was barking at the gate.",
        "फाटक पर एक कुत्ता बार्क कर रहा था।",
        [("बार्क कर रहा था", "was barking", "भौंक रहा था")],
    ),
    _w(
        "The snake hissed and slid away.",
        "सांप ने हिस किया और सरक गया।",
        [("हिस किया", "hissed")],
        "सांप फुफकारा और सरक गया।",
    ),
    _f(
        "Grandmother darned the torn sweater.",
        "दादी ने फटे स्वेटर को डार्न किया।",
        [("डार्न किया", "darned", "रफ़ू किया")],
    ),
    _w(
        "The bride blushed when she heard her name.",
        "दुल्हन अपना नाम सुनकर ब्लश करने लगी।",
        [("ब्लश करने लगी", "blushed")],
        "दुल्हन अपना नाम सुनकर शरमा गई।",
    ),
    _f(
        "The old clerk grumbled all day.",
        "बूढ़ा क्लर्क दिन भर ग्रंबल करता रहा।",
        [("ग्रंबल करता रहा", "grumbled", "बड़बड़ाता रहा")],
    ),
    _f(
        "A man was begging outside the temple.",
        "मंदिर के बाहर एक आदमी बेग कर रहा था।",
        [("बेग कर रहा था", "was begging", "भीख मांग रहा था")],
    ),
    _w(
        "A leaf was floating on the water.",
        "पानी पर एक पत्ता फ़्लोट कर रहा था।",
        [("फ़्लोट कर रहा था", "was floating")],
        "पानी पर एक पत्ता तैर रहा था।",
    ),
    _w(
        "She boiled the milk and poured it into a glass.",
        "उसने दूध बॉइल किया और गिलास में पोर किया।",
        [("बॉइल किया", "boiled"), ("पोर किया", "poured")],
        "उसने दूध उबाला और गिलास में डाला।",
    ),
    _w(
        "The girl wept at the station.",
        "लड़की स्टेशन पर वीप करने लगी।",
        [("वीप करने लगी", "wept")],
        "लड़की स्टेशन पर रोने लगी।",
    ),
]

TRANSLIT_LOOKALIKES = [
    # loans Hindi news writes: technology
    C(TR, "The files are saved in cloud storage.", "फ़ाइलें क्लाउड स्टोरेज में सेव होती हैं।"),
    C(TR, "He wears a smartwatch.", "वह स्मार्टवॉच पहनता है।"),
    C(TR, "Copy the file to a pen drive.", "फ़ाइल पेनड्राइव में कॉपी करें।"),
    C(TR, "Insert the SIM card and restart the phone.", "सिम कार्ड डालकर फ़ोन रीस्टार्ट करें।"),
    C(TR, "He turned on the hotspot.", "उसने हॉटस्पॉट ऑन किया।"),
    C(TR, "They talked on a video call.", "उन्होंने वीडियो कॉल पर बात की।"),
    C(TR, "Clear the browser history.", "ब्राउज़र की हिस्ट्री क्लियर करें।"),
    C(TR, "The hackers used ransomware.", "हैकरों ने रैनसमवेयर का इस्तेमाल किया।"),
    # jobs
    C(TR, "The pharmacist gave him the medicine.", "फ़ार्मासिस्ट ने उसे दवा दी।"),
    C(TR, "The architect drew the plan.", "आर्किटेक्ट ने नक्शा बनाया।"),
    C(TR, "A technician repaired the AC.", "एक टेक्नीशियन ने एसी ठीक किया।"),
    C(TR, "The cameraman was injured.", "कैमरामैन घायल हो गया।"),
    C(TR, "The supervisor checked the work.", "सुपरवाइज़र ने काम की जांच की।"),
    C(TR, "The choreographer taught the steps.", "कोरियोग्राफ़र ने स्टेप्स सिखाए।"),
    # sport
    C(TR, "He was clean bowled.", "वह क्लीन बोल्ड हो गया।"),
    C(TR, "The team won a corner.", "टीम को कॉर्नर मिला।"),
    C(TR, "She won the pole vault.", "उसने पोल वॉल्ट जीता।"),
    C(TR, "He hit a powerful smash.", "उसने ज़ोरदार स्मैश लगाया।"),
    C(TR, "The race ended in a photo finish.", "रेस फ़ोटो फ़िनिश में ख़त्म हुई।"),
    C(TR, "She was given a wild card.", "उसे वाइल्ड कार्ड मिला।"),
    C(TR, "At half-time the score was level.", "हाफ़ टाइम तक स्कोर बराबर था।"),
    C(TR, "He was given out LBW.", "उसे एलबीडब्ल्यू आउट दिया गया।"),
    # the Hindi words themselves where a transliteration would tempt
    C(TR, "A parrot sat in the cage.", "पिंजरे में एक तोता बैठा था।"),
    C(TR, "A spider spun a web in the corner.", "कोने में एक मकड़ी ने जाला बुना।"),
    C(TR, "The scorpion hid under a stone.", "बिच्छू एक पत्थर के नीचे छिप गया।"),
    C(TR, "Buttermilk is served with lunch.", "दोपहर के खाने के साथ छाछ परोसी जाती है।"),
    C(TR, "The cot was old.", "खाट पुरानी थी।"),
    C(TR, "Jackfruit is sold in the market.", "बाज़ार में कटहल बिकता है।"),
    C(TR, "A duck and her ducklings crossed the road.", "एक बत्तख़ और उसके बच्चे सड़क पार कर गए।"),
    C(TR, "The pilgrims walked barefoot.", "तीर्थयात्री नंगे पांव चले।"),
    C(TR, "The plants wilted without water.", "पानी के बिना पौधे मुरझा गए।"),
    C(TR, "The old man darned his socks.", "बूढ़े ने अपने मोज़े रफ़ू किए।"),
    C(TR, "She blushed.", "वह शरमा गई।"),
    C(TR, "The dogs barked all night.", "कुत्ते रात भर भौंकते रहे।"),
    C(TR, "The wheat was ground at the mill.", "गेहूं चक्की में पीसा गया।"),
    C(TR, "The cobra hissed.", "नाग फुफकारा।"),
    C(TR, "Her heel was cracked.", "उसकी एड़ी फटी हुई थी।"),
]

REPETITIONS = [
    F(
        R,
        "A monkey climbed the mango tree.",
        "एक बंदर बंदर आम के पेड़ पर चढ़ गया।",
        [("बंदर", "a monkey (repeated)", 1)],
        "एक बंदर आम के पेड़ पर चढ़ गया।",
    ),
    F(
        R,
        "The nurses protested outside the hospital.",
        "नर्सों ने नर्सों ने अस्पताल के बाहर प्रदर्शन किया।",
        [("नर्सों ने", "the nurses (repeated)", 1)],
        "नर्सों ने अस्पताल के बाहर प्रदर्शन किया।",
    ),
    F(
        R,
        "The fair lasted three days.",
        "मेला तीन दिन तीन दिन चला।",
        [("तीन दिन", "three days (repeated)", 1)],
        "मेला तीन दिन चला।",
    ),
    F(
        R,
        "The roof of the old school collapsed.",
        "पुराने स्कूल की पुराने स्कूल की छत गिर गई।",
        [("पुराने स्कूल की", "of the old school (repeated)", 1)],
        "पुराने स्कूल की छत गिर गई।",
    ),
    F(
        R,
        "The fishermen of the coast returned early.",
        "तट के मछुआरे तट के मछुआरे जल्दी लौट आए।",
        [("तट के मछुआरे", "the fishermen of the coast (repeated)", 1)],
        "तट के मछुआरे जल्दी लौट आए।",
    ),
    F(
        R,
        "The rain damaged the cotton crop.",
        "बारिश ने कपास की फ़सल को कपास की फ़सल को नुक़सान पहुंचाया।",
        [("कपास की फ़सल को", "the cotton crop (repeated)", 1)],
        "बारिश ने कपास की फ़सल को नुक़सान पहुंचाया।",
    ),
    F(
        R,
        "The road will stay closed until Friday.",
        "सड़क शुक्रवार तक शुक्रवार तक बंद रहेगी।",
        [("शुक्रवार तक", "until Friday (repeated)", 1)],
        "सड़क शुक्रवार तक बंद रहेगी।",
    ),
    F(
        R,
        "Milk prices rose again.",
        "दूध के दाम दूध के दाम फिर बढ़ गए।",
        [("दूध के दाम", "milk prices (repeated)", 1)],
        "दूध के दाम फिर बढ़ गए।",
    ),
    F(
        R,
        "The bus from the city arrived late.",
        "शहर से आने वाली बस देर से पहुंची, शहर से आने वाली बस।",
        [("शहर से आने वाली बस", "the bus from the city (repeated)", 1)],
        "शहर से आने वाली बस देर से पहुंची।",
    ),
    F(
        R,
        "The library near the river was renovated.",
        "नदी के किनारे की पुस्तकालय का नवीनीकरण किया गया नदी के किनारे की।",
        [("नदी के किनारे की", "near the river (repeated)", 1)],
        "नदी के किनारे की पुस्तकालय का नवीनीकरण किया गया।",
    ),
    F(
        R,
        "The well in the village has dried up.",
        "गांव का कुआं सूख गया है, कुआं।",
        [("कुआं", "the well (repeated)", 1)],
        "गांव का कुआं सूख गया है।",
    ),
]

REPETITION_LOOKALIKES = [
    # reduplication Hindi writes
    C(R, "He counted out the coins carefully.", "उसने गिन-गिनकर सिक्के रखे।"),
    C(R, "New apps keep arriving.", "नए-नए ऐप आते रहते हैं।"),
    C(R, "He watched the clock every moment.", "वह पल-पल घड़ी देखता रहा।"),
    C(R, "Every corner of the house was cleaned.", "घर का कोना-कोना साफ़ किया गया।"),
    C(R, "Every child in the village knows him.", "गांव का बच्चा-बच्चा उन्हें जानता है।"),
    C(R, "It rained on and off all day.", "दिन भर रुक-रुककर बारिश होती रही।"),
    C(R, "She carefully picked out the best mangoes.", "उसने चुन-चुनकर सबसे अच्छे आम निकाले।"),
    C(R, "Tall buildings stood on both sides.", "दोनों ओर ऊंची-ऊंची इमारतें खड़ी थीं।"),
    C(R, "Fresh vegetables arrived in the morning.", "सुबह ताज़ी-ताज़ी सब्ज़ियां आईं।"),
    C(R, "The guard fell asleep sitting down.", "चौकीदार बैठे-बैठे सो गया।"),
    C(R, "A light drizzle began.", "हल्की-हल्की बूंदाबांदी शुरू हो गई।"),
    C(R, "The children jumped about with joy.", "बच्चे ख़ुशी से उछल-उछलकर नाचे।"),
    C(R, "He thought and thought but found no answer.", "सोच-सोचकर भी उसे कोई जवाब नहीं सूझा।"),
    C(R, "The passengers stood for the whole journey.", "यात्री पूरे सफ़र खड़े-खड़े गए।"),
    C(R, "Red tomatoes were piled in the basket.", "टोकरी में लाल-लाल टमाटर भरे थे।"),
]
