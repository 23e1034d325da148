"""Round-18 senses check (helper "senses", hand-written 2026-11-29 14:14-14:25 UTC BEFORE any round-18
sense work was looked at or tuned, and never edited to fit; report numbers on it, do not tune on it).
Licence: Apache-2.0. The writer had read earlier rules, so this is an own set, not a blind one.

Flawed rows (32): English words whose sense is selected by the sentence, rendered with the Hindi of
another (usually the commoner) sense -- words in no dev set's sense spans (checked against every
`english` of every earlier set's gold), of four families:
- nouns in compounds and frames (the pupil of the eye, mother tongue, the South Pole, a leap year,
  a soft drink, a badminton racket, a satellite dish, the night shift, the letter K, tenders for a
  bridge, a cricket chirping, lashes with mascara);
- adjectives with a non-literal sense (dear onions, strong tea, a poor harvest, a rough estimate, a
  steep price, hot chutney);
- units and times (a score of villagers, a couple of days, twenty knots, twelve stories high, the
  crack of dawn, the small hours);
- verbs (lie on his back, charge a phone, mind the children, treat friends to dinner, raise
  children, chair a meeting, stick a photo, miss the bus).
Each has its correct twin (the `fix`, a clean row of the selected sense).

Clean look-alikes (32): the same words in the sense their Hindi names.

    python tests/data/senses_r18/build.py
    audit check tests/data/senses_r18/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o S18.jsonl
    python tests/data/senses_r18/score.py S18.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


SENSES = [
    # ---- nouns in compounds and frames
    _s(
        "The doctor shone a torch into the pupil of his eye.",
        "डॉक्टर ने उसकी आंख के छात्र में टॉर्च की रोशनी डाली।",
        "छात्र",
        "pupil (of the eye)",
        "डॉक्टर ने उसकी आंख की पुतली पर टॉर्च की रोशनी डाली।",
    ),
    _s(
        "She put mascara on her lashes.",
        "उसने अपने कोड़ों पर मस्कारा लगाया।",
        "कोड़ों",
        "lashes (eyelashes)",
        "उसने अपनी पलकों पर मस्कारा लगाया।",
    ),
    _s(
        "A cricket chirped all night in the garden.",
        "बगीचे में पूरी रात एक क्रिकेट चहचहाता रहा।",
        "क्रिकेट",
        "cricket (insect)",
        "बगीचे में पूरी रात एक झींगुर झनझनाता रहा।",
    ),
    _s(
        "The explorers finally reached the South Pole.",
        "खोजकर्ता आख़िरकार दक्षिणी खंभे पर पहुंच गए।",
        "खंभे",
        "pole (of the earth)",
        "खोजकर्ता आख़िरकार दक्षिणी ध्रुव पर पहुंच गए।",
    ),
    _s(
        "Her mother tongue is Marathi.",
        "उसकी मातृ जीभ मराठी है।",
        "जीभ",
        "tongue (language)",
        "उसकी मातृभाषा मराठी है।",
    ),
    _s(
        "The city council invited tenders for the new bridge.",
        "नगर परिषद ने नए पुल के लिए कोमल आमंत्रित किए।",
        "कोमल",
        "tenders (bids)",
        "नगर परिषद ने नए पुल के लिए निविदाएं आमंत्रित कीं।",
    ),
    _s(
        "February has twenty-nine days in a leap year.",
        "कूद वर्ष में फ़रवरी में उनतीस दिन होते हैं।",
        "कूद",
        "leap year",
        "अधिवर्ष में फ़रवरी में उनतीस दिन होते हैं।",
    ),
    _s(
        "The shop sells soft drinks and snacks.",
        "दुकान नरम पेय और नाश्ता बेचती है।",
        "नरम",
        "soft (drink: non-alcoholic)",
        "दुकान शीतल पेय और नाश्ता बेचती है।",
    ),
    _s(
        "Her name begins with the letter K.",
        "उसका नाम पत्र K से शुरू होता है।",
        "पत्र",
        "letter (of the alphabet)",
        "उसका नाम अक्षर K से शुरू होता है।",
    ),
    _s(
        "She works the night shift at the hospital.",
        "वह अस्पताल में रात का बदलाव करती है।",
        "बदलाव",
        "shift (work period)",
        "वह अस्पताल में रात की पाली में काम करती है।",
    ),
    _s(
        "He bought a new badminton racket.",
        "उसने एक नया बैडमिंटन शोर ख़रीदा।",
        "शोर",
        "racket (bat)",
        "उसने एक नया बैडमिंटन रैकेट ख़रीदा।",
    ),
    _s(
        "A satellite dish was fixed on the roof.",
        "छत पर एक उपग्रह व्यंजन लगाया गया।",
        "व्यंजन",
        "dish (antenna)",
        "छत पर एक सैटेलाइट डिश लगाई गई।",
    ),
    # ---- adjectives with a non-literal sense
    _s(
        "Onions are very dear in the market this month.",
        "इस महीने बाज़ार में प्याज़ बहुत प्रिय हैं।",
        "प्रिय",
        "dear (expensive)",
        "इस महीने बाज़ार में प्याज़ बहुत महंगे हैं।",
    ),
    _s(
        "She made a cup of strong tea for her father.",
        "उसने अपने पिता के लिए एक कप मज़बूत चाय बनाई।",
        "मज़बूत",
        "strong (of tea)",
        "उसने अपने पिता के लिए एक कप कड़क चाय बनाई।",
    ),
    _s(
        "The drought led to a poor harvest.",
        "सूखे के कारण ग़रीब फ़सल हुई।",
        "ग़रीब",
        "poor (bad)",
        "सूखे के कारण फ़सल ख़राब हुई।",
    ),
    _s(
        "Give me a rough estimate of the cost.",
        "मुझे लागत का एक खुरदरा अनुमान दीजिए।",
        "खुरदरा",
        "rough (approximate)",
        "मुझे लागत का एक मोटा अनुमान दीजिए।",
    ),
    _s(
        "They paid a steep price for the flat.",
        "उन्होंने फ़्लैट के लिए खड़ी क़ीमत चुकाई।",
        "खड़ी",
        "steep (very high)",
        "उन्होंने फ़्लैट के लिए भारी क़ीमत चुकाई।",
    ),
    _s(
        "The green chillies made the chutney very hot.",
        "हरी मिर्चों ने चटनी को बहुत गर्म बना दिया।",
        "गर्म",
        "hot (spicy)",
        "हरी मिर्चों ने चटनी को बहुत तीखा बना दिया।",
    ),
    # ---- units and times
    _s(
        "A score of villagers gathered outside the office.",
        "दफ़्तर के बाहर ग्रामीणों का एक अंक जमा हुआ।",
        "अंक",
        "score (twenty)",
        "दफ़्तर के बाहर बीस के क़रीब ग्रामीण जमा हुए।",
    ),
    _s(
        "She will be back in a couple of days.",
        "वह दिनों के एक जोड़े में वापस आ जाएगी।",
        "जोड़े",
        "couple (two or so)",
        "वह दो-एक दिन में वापस आ जाएगी।",
    ),
    _s(
        "The ship was sailing at twenty knots.",
        "जहाज़ बीस गांठों पर चल रहा था।",
        "गांठों",
        "knots (speed)",
        "जहाज़ बीस नॉट की रफ़्तार से चल रहा था।",
    ),
    _s(
        "The new hotel is twelve stories high.",
        "नया होटल बारह कहानियां ऊंचा है।",
        "कहानियां",
        "stories (floors)",
        "नया होटल बारह मंज़िल ऊंचा है।",
    ),
    _s(
        "The farmers left for the fields at the crack of dawn.",
        "किसान भोर की दरार पर खेतों के लिए निकल पड़े।",
        "दरार",
        "crack (of dawn: daybreak)",
        "किसान पौ फटते ही खेतों के लिए निकल पड़े।",
    ),
    _s(
        "The patient died in the small hours of Monday.",
        "मरीज़ की सोमवार के छोटे घंटों में मौत हो गई।",
        "छोटे",
        "small hours (early morning)",
        "मरीज़ की सोमवार तड़के मौत हो गई।",
    ),
    # ---- verbs
    _s(
        "The doctor told him to lie on his back.",
        "डॉक्टर ने उससे अपनी पीठ पर झूठ बोलने को कहा।",
        "झूठ",
        "lie (recline)",
        "डॉक्टर ने उससे पीठ के बल लेटने को कहा।",
    ),
    _s(
        "He charged his phone before the trip.",
        "उसने यात्रा से पहले अपने फ़ोन पर आरोप लगाया।",
        "आरोप",
        "charged (a battery)",
        "उसने यात्रा से पहले अपना फ़ोन चार्ज किया।",
    ),
    _s(
        "Could you mind the children for an hour?",
        "क्या आप एक घंटे के लिए बच्चों का मन कर सकते हैं?",
        "मन",
        "mind (look after)",
        "क्या आप एक घंटे के लिए बच्चों का ध्यान रख सकते हैं?",
    ),
    _s(
        "He treated his friends to dinner after the exam.",
        "परीक्षा के बाद उसने अपने दोस्तों का रात के खाने से इलाज किया।",
        "इलाज",
        "treated (paid for)",
        "परीक्षा के बाद उसने अपने दोस्तों को रात का खाना खिलाया।",
    ),
    _s(
        "They raised three children in a small flat.",
        "उन्होंने एक छोटे फ़्लैट में तीन बच्चों को उठाया।",
        "उठाया",
        "raised (brought up)",
        "उन्होंने एक छोटे फ़्लैट में तीन बच्चों को पाला।",
    ),
    _s(
        "The minister will chair the meeting on Friday.",
        "मंत्री शुक्रवार को बैठक की कुर्सी करेंगे।",
        "कुर्सी",
        "chair (preside over)",
        "मंत्री शुक्रवार को बैठक की अध्यक्षता करेंगे।",
    ),
    _s(
        "Please stick a photo on the form.",
        "कृपया फ़ॉर्म पर एक फ़ोटो की छड़ी लगाएं।",
        "छड़ी",
        "stick (glue on)",
        "कृपया फ़ॉर्म पर एक फ़ोटो चिपकाएं।",
    ),
    _s(
        "I missed the last bus home.",
        "मुझे घर की आख़िरी बस की याद आई।",
        "याद",
        "missed (failed to catch)",
        "मेरी घर की आख़िरी बस छूट गई।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "The teacher praised her best pupil.", "शिक्षक ने अपने सबसे अच्छे छात्र की तारीफ़ की।"),
    C(S, "The thief received ten lashes as punishment.", "चोर को सज़ा के तौर पर दस कोड़े लगे।"),
    C(S, "The children played cricket in the park.", "बच्चों ने पार्क में क्रिकेट खेला।"),
    C(S, "The kite got stuck on an electric pole.", "पतंग बिजली के खंभे पर अटक गई।"),
    C(S, "The dog licked the boy with its tongue.", "कुत्ते ने अपनी जीभ से लड़के को चाटा।"),
    C(S, "The meat was tender and juicy.", "मांस कोमल और रसीला था।"),
    C(S, "The cat leapt onto the wall.", "बिल्ली कूदकर दीवार पर चढ़ गई।"),
    C(S, "The pillow is very soft.", "तकिया बहुत नरम है।"),
    C(S, "The postman delivered a letter from Delhi.", "डाकिये ने दिल्ली से आया एक पत्र दिया।"),
    C(S, "There was a big shift in public opinion.", "जनमत में एक बड़ा बदलाव आया।"),
    C(S, "The neighbours' party made a terrible racket.", "पड़ोसियों की पार्टी ने भयानक शोर मचाया।"),
    C(S, "Biryani is her favourite dish.", "बिरयानी उसका पसंदीदा व्यंजन है।"),
    C(S, "He is my dear brother.", "वह मेरा प्रिय भाई है।"),
    C(S, "The bridge has strong pillars.", "पुल के खंभे मज़बूत हैं।"),
    C(S, "The poor family could not pay the rent.", "ग़रीब परिवार किराया नहीं चुका सका।"),
    C(S, "The surface of the old table was rough.", "पुरानी मेज़ की सतह खुरदरी थी।"),
    C(S, "The climbers went up a steep slope.", "पर्वतारोही एक खड़ी ढलान पर चढ़े।"),
    C(S, "Do not touch the hot iron.", "गर्म इस्त्री को मत छुओ।"),
    C(S, "He got a good score in maths.", "उसे गणित में अच्छे अंक मिले।"),
    C(S, "A young couple bought the house next door.", "एक युवा जोड़े ने बगल वाला घर ख़रीदा।"),
    C(S, "She tied a knot in the rope.", "उसने रस्सी में एक गांठ बांधी।"),
    C(S, "Grandmother told us stories every night.", "दादी हमें हर रात कहानियां सुनाती थीं।"),
    C(S, "There is a crack in the wall.", "दीवार में एक दरार है।"),
    C(S, "The puppy slept in a small basket.", "पिल्ला एक छोटी टोकरी में सोया।"),
    C(S, "Never tell a lie to your parents.", "अपने माता-पिता से कभी झूठ मत बोलो।"),
    C(S, "The police charged him with theft.", "पुलिस ने उस पर चोरी का आरोप लगाया।"),
    C(S, "Meditation calms the mind.", "ध्यान मन को शांत करता है।"),
    C(S, "The doctor treated the wounded soldiers.", "डॉक्टर ने घायल सैनिकों का इलाज किया।"),
    C(S, "He raised his hand to ask a question.", "उसने सवाल पूछने के लिए अपना हाथ उठाया।"),
    C(S, "Grandfather sat in his favourite chair.", "दादाजी अपनी पसंदीदा कुर्सी पर बैठे।"),
    C(S, "The old man walked with a stick.", "बूढ़ा आदमी छड़ी के सहारे चलता था।"),
    C(S, "She missed her family while abroad.", "विदेश में उसे अपने परिवार की याद आई।"),
]

NAMES: list = []
TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
