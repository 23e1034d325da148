"""Held-out round-10 items: an invented 14-line news story (a central-bank rate decision in Mumbai)
as flawed MT, and its clean twin.

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
An empty span marks an omission (the whole line is the gold span). The governor (Meera Kulkarni),
the deputy governor (Rajiv Bhandari) and the external member (Hugh Lightfoot) are fiction, and so
are the figures.
"""

from __future__ import annotations

STORY = [
    (
        "The Reserve Bank of India kept its repo rate unchanged at 5.5 per cent on Wednesday, its third pause in a row.",
        "भारतीय रिज़र्व बैंक ने बुधवार को रेपो दर को 5.5 प्रतिशत पर अपरिवर्तित रखा, यह लगातार तीसरी बार है जब दर नहीं बदली गई।",
        [],
        "भारतीय रिज़र्व बैंक ने बुधवार को रेपो दर को 5.5 प्रतिशत पर अपरिवर्तित रखा, यह लगातार तीसरी बार है जब दर नहीं बदली गई।",
    ),
    (
        "Governor Meera Kulkarni said the six-member committee had voted five to one, with the external member Hugh Lightfoot the lone dissenter.",
        "गवर्नर मीरा कुलकर्णी ने कहा कि छह सदस्यीय समिति ने पांच के मुक़ाबले एक मत से फ़ैसला किया, और बाहरी सदस्य ह्यू हल्के-क़दम अकेले असहमत रहे।",
        [("हल्के-क़दम", "name-calque", "Lightfoot")],
        "गवर्नर मीरा कुलकर्णी ने कहा कि छह सदस्यीय समिति ने पांच के मुक़ाबले एक मत से फ़ैसला किया, और बाहरी सदस्य ह्यू लाइटफ़ुट अकेले असहमत रहे।",
    ),
    (
        "Lightfoot, a former Bank of England economist, wanted a quarter-point cut to give growth a leg up.",
        "बैंक ऑफ़ इंग्लैंड के पूर्व अर्थशास्त्री लाइटफ़ुट विकास को एक पैर ऊपर देने के लिए चौथाई अंक की कटौती चाहते थे।",
        [("एक पैर ऊपर देने", "idiom-literal", "give growth a leg up")],
        "बैंक ऑफ़ इंग्लैंड के पूर्व अर्थशास्त्री लाइटफ़ुट विकास को सहारा देने के लिए चौथाई अंक की कटौती चाहते थे।",
    ),
    (
        "Kulkarni said food prices remained a thorn in the committee's side, with onion prices up 14 per cent in October.",
        "कुलकर्णी ने कहा कि खाद्य क़ीमतें समिति की बगल में कांटा बनी हुई हैं, और अक्टूबर में अनियन की क़ीमतें 14 प्रतिशत बढ़ीं।",
        [
            ("बगल में कांटा", "idiom-literal", "a thorn in the committee's side"),
            ("अनियन", "translit", "onion"),
        ],
        "कुलकर्णी ने कहा कि खाद्य क़ीमतें समिति के लिए सिरदर्द बनी हुई हैं, और अक्टूबर में प्याज़ की क़ीमतें 14 प्रतिशत बढ़ीं।",
    ),
    (
        "Economists had largely priced in a pause, and the rupee barely moved.",
        "अर्थशास्त्रियों ने ठहराव को पहले ही क़ीमत में डाल दिया था, और रुपया रुपया मुश्किल से हिला।",
        [
            ("क़ीमत में डाल दिया था", "idiom-literal", "priced in"),
            ("रुपया", "repetition", "(repeat)", 1),
        ],
        "अर्थशास्त्री इस ठहराव की पहले से उम्मीद कर रहे थे, और रुपये में मुश्किल से कोई हलचल हुई।",
    ),
    (
        "But the governor sounded hawkish, warning that the bank would not lower its guard against inflation.",
        "लेकिन गवर्नर बाज़ जैसी सुनाई दीं और चेतावनी दी कि बैंक महंगाई के ख़िलाफ़ अपनी चौकसी ढीली नहीं करेगा।",
        [("बाज़ जैसी सुनाई दीं", "idiom-literal", "sounded hawkish")],
        "लेकिन गवर्नर का रुख़ सख़्त दिखा और उन्होंने चेतावनी दी कि बैंक महंगाई के ख़िलाफ़ अपनी चौकसी ढीली नहीं करेगा।",
    ),
    (
        "On Dalal Street, the Sensex rose 412 points to close at 81,350.",
        "दलाल गली पर सेंसेक्स 412 अंक चढ़कर 81,350 पर बंद हुआ।",
        [("दलाल गली", "title-calque", "Dalal Street (the Bombay Stock Exchange)")],
        "दलाल स्ट्रीट पर सेंसेक्स 412 अंक चढ़कर 81,350 पर बंद हुआ।",
    ),
    (
        "Bank stocks led the gains, with HDFC Bank and ICICI Bank each up more than 2 per cent.",
        "बैंकों के शेयरों ने बढ़त की अगुवाई की।",
        [("", "omission", "with HDFC Bank and ICICI Bank each up more than 2 per cent")],
        "बैंकों के शेयरों ने बढ़त की अगुवाई की, और एचडीएफ़सी बैंक तथा आईसीआईसीआई बैंक के शेयर दो-दो प्रतिशत से ज़्यादा चढ़े।",
    ),
    (
        "Lenders said home-loan rates would stay where they are until the new year, a blow to buyers.",
        "क़र्ज़ देने वाले बैंकों ने कहा कि होम लोन की दरें नए साल तक जहां हैं वहीं रहेंगी, जो ख़रीदारों के लिए एक फूंक है।",
        [("फूंक", "sense", "a blow (setback)")],
        "क़र्ज़ देने वाले बैंकों ने कहा कि होम लोन की दरें नए साल तक जहां हैं वहीं रहेंगी, जो ख़रीदारों के लिए एक झटका है।",
    ),
    (
        "Property developers in Pune said buyers were sitting on their hands.",
        "पुणे के प्रॉपर्टी डेवलपरों ने कहा कि ख़रीदार अपने हाथों पर बैठे हैं।",
        [("अपने हाथों पर बैठे हैं", "idiom-literal", "sitting on their hands")],
        "पुणे के प्रॉपर्टी डेवलपरों ने कहा कि ख़रीदार फ़िलहाल हाथ पर हाथ धरे बैठे हैं।",
    ),
    (
        "The committee raised its growth forecast to 6.8 per cent, citing a bumper kharif harvest.",
        "समिति ने बंपर ख़रीफ़ फ़सल का हवाला देते हुए अपना ग्रोथ फ़ोरकास्ट बढ़ाकर 6.8 प्रतिशत कर दिया।",
        [("ग्रोथ फ़ोरकास्ट", "translit", "growth forecast")],
        "समिति ने ख़रीफ़ की भरपूर फ़सल का हवाला देते हुए विकास दर का अनुमान बढ़ाकर 6.8 प्रतिशत कर दिया।",
    ),
    (
        "Deputy governor Rajiv Bhandari said the bank would not put the cart before the horse on rate cuts.",
        "डिप्टी गवर्नर राजीव भंडारी ने कहा कि बैंक दरों में कटौती पर घोड़े के आगे गाड़ी नहीं लगाएगा।",
        [("घोड़े के आगे गाड़ी नहीं लगाएगा", "idiom-literal", "put the cart before the horse")],
        "डिप्टी गवर्नर राजीव भंडारी ने कहा कि बैंक दरों में कटौती के मामले में जल्दबाज़ी नहीं करेगा।",
    ),
    (
        "Lightfoot told reporters he respected the majority view and would not die in a ditch over it.",
        "हल्के-क़दम ने पत्रकारों से कहा कि वह बहुमत की राय का सम्मान करते हैं और इस मुद्दे पर किसी खाई में नहीं मरेंगे।",
        [
            ("हल्के-क़दम", "name-calque", "Lightfoot"),
            ("किसी खाई में नहीं मरेंगे", "idiom-literal", "would not die in a ditch over it"),
        ],
        "लाइटफ़ुट ने पत्रकारों से कहा कि वह बहुमत की राय का सम्मान करते हैं और इस मुद्दे पर अड़े नहीं रहेंगे।",
    ),
    (
        "The next policy meeting, the last before the Union Budget, is due on 4 February.",
        "अगली नीति बैठक 4 फ़रवरी को होनी है।",
        [("", "omission", "the last before the Union Budget")],
        "अगली नीति बैठक, जो केंद्रीय बजट से पहले की आख़िरी बैठक होगी, 4 फ़रवरी को होनी है।",
    ),
]
