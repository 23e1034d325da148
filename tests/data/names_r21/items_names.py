"""Round-21 names items (hand-written 2026-11-29 21:30 UTC BEFORE any round-21 work on the name
rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): names calqued into Hindi words in the frames the
round-20 rules do not read — the subject of an intransitive verb or a copula (no ने), a name before
को, से, पर, के साथ and the genitives, a name in a list and in apposition between commas, a name
opening the sentence without a role noun — and inflected renderings (obliques बगुले, मेमने, भेड़िये,
मछुआरे, तारे; oblique plurals मिलों, किनारों, नदियों; the feminine मोरनी). Origins: English, Irish,
Maori, Yoruba, Akan and Igbo, Zimbabwean (given names that are English words: अद्भुत, ज्ञान, प्रतिभा),
German, Hungarian, Czech, Dutch, Swedish, Polish, Turkish, Basque, Italian, Lithuanian, Icelandic,
Finnish, Vietnamese, Chinese and Korean (the family name first, hyphenated given names).
Clean rows: each flawed row's correct translation (`c-`), and look-alikes (`l-`): Indian names whose
parts are Hindi words in the same frames, and the flawed rows' Hindi words in their plain sense beside
the transliterated foreign name.

    python tests/data/names_r21/build.py
    audit check tests/data/names_r21/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N.jsonl
    python tests/data/names_r21/score.py N.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
LN = "name"

TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []

NAMES = [
    # English; intransitive subject
    F(
        N,
        "Defender Luke Marsh was injured in training.",
        "डिफ़ेंडर ल्यूक दलदल अभ्यास के दौरान चोटिल हो गए।",
        [("दलदल", "Marsh")],
        "डिफ़ेंडर ल्यूक मार्श अभ्यास के दौरान चोटिल हो गए।",
    ),
    F(
        N,
        "Ryan Carpenter arrived in Delhi on Monday.",
        "रयान बढ़ई सोमवार को दिल्ली पहुंचे।",
        [("बढ़ई", "Carpenter")],
        "रयान कारपेंटर सोमवार को दिल्ली पहुंचे।",
    ),
    F(
        N,
        "Emily Frost finished third in the sprint.",
        "एमिली पाला स्प्रिंट में तीसरे स्थान पर रहीं।",
        [("पाला", "Frost")],
        "एमिली फ़्रॉस्ट स्प्रिंट में तीसरे स्थान पर रहीं।",
    ),
    F(
        N,
        "Jenny Hill stepped down on Tuesday.",
        "जेनी पहाड़ी मंगलवार को पद से हट गईं।",
        [("पहाड़ी", "Hill")],
        "जेनी हिल मंगलवार को पद से हट गईं।",
    ),
    F(
        N,
        "Tom Bird is the new club president.",
        "टॉम चिड़िया क्लब के नए अध्यक्ष हैं।",
        [("चिड़िया", "Bird")],
        "टॉम बर्ड क्लब के नए अध्यक्ष हैं।",
    ),
    F(
        N,
        "Labour candidate Laura Young is leading.",
        "लेबर उम्मीदवार लॉरा युवा आगे चल रही हैं।",
        [("युवा", "Young")],
        "लेबर उम्मीदवार लॉरा यंग आगे चल रही हैं।",
    ),
    # English; after को, से, पर, के साथ, genitives
    F(
        N,
        "Police questioned Dean Crane on Friday.",
        "पुलिस ने शुक्रवार को डीन सारस से पूछताछ की।",
        [("सारस", "Crane")],
        "पुलिस ने शुक्रवार को डीन क्रेन से पूछताछ की।",
    ),
    F(
        N,
        "The president congratulated Emma Field.",
        "राष्ट्रपति ने एम्मा मैदान को बधाई दी।",
        [("मैदान", "Field")],
        "राष्ट्रपति ने एम्मा फ़ील्ड को बधाई दी।",
    ),
    F(
        N,
        "The club has signed midfielder Josh Heron.",
        "क्लब ने मिडफ़ील्डर जोश बगुले को अनुबंधित किया है।",
        [("बगुले", "Heron")],
        "क्लब ने मिडफ़ील्डर जोश हेरॉन को अनुबंधित किया है।",
    ),
    F(
        N,
        "Coach Chris Lamb has been sacked.",
        "कोच क्रिस मेमने को बर्ख़ास्त कर दिया गया है।",
        [("मेमने", "Lamb")],
        "कोच क्रिस लैम्ब को बर्ख़ास्त कर दिया गया है।",
    ),
    F(
        N,
        "He handed the trophy to Rebecca Swift.",
        "उन्होंने ट्रॉफ़ी रेबेका तेज़ को सौंपी।",
        [("तेज़", "Swift")],
        "उन्होंने ट्रॉफ़ी रेबेका स्विफ़्ट को सौंपी।",
    ),
    F(
        N,
        "The prize was given to Sarah Mills.",
        "पुरस्कार सारा मिलों को दिया गया।",
        [("मिलों", "Mills")],
        "पुरस्कार सारा मिल्स को दिया गया।",
    ),
    F(
        N,
        "The museum honours goalkeeper Gordon Banks.",
        "संग्रहालय गोलकीपर गॉर्डन किनारों को सम्मानित करता है।",
        [("किनारों", "Banks")],
        "संग्रहालय गोलकीपर गॉर्डन बैंक्स को सम्मानित करता है।",
    ),
    F(
        N,
        "The league fined team owner Steve Bullock.",
        "लीग ने टीम मालिक स्टीव बैल पर जुर्माना लगाया।",
        [("बैल", "Bullock")],
        "लीग ने टीम मालिक स्टीव बुलक पर जुर्माना लगाया।",
    ),
    F(
        N,
        "Fans threw bottles at referee Anthony Taylor.",
        "प्रशंसकों ने रेफ़री एंथनी दर्ज़ी पर बोतलें फेंकीं।",
        [("दर्ज़ी", "Taylor")],
        "प्रशंसकों ने रेफ़री एंथनी टेलर पर बोतलें फेंकीं।",
    ),
    F(
        N,
        "Kate Bush's new album is out.",
        "केट झाड़ी का नया एल्बम आ गया है।",
        [("झाड़ी", "Bush")],
        "केट बुश का नया एल्बम आ गया है।",
    ),
    F(
        N,
        "A painting by John Constable was auctioned.",
        "जॉन सिपाही की एक पेंटिंग नीलाम हुई।",
        [("सिपाही", "Constable")],
        "जॉन कॉन्स्टेबल की एक पेंटिंग नीलाम हुई।",
    ),
    F(
        N,
        "Poet Clara Peacock's new book was launched.",
        "कवयित्री क्लारा मोरनी की नई किताब का विमोचन हुआ।",
        [("मोरनी", "Peacock")],
        "कवयित्री क्लारा पीकॉक की नई किताब का विमोचन हुआ।",
    ),
    # English; lists and apposition
    F(
        N,
        "The squad includes Harry Kane, Jack Grealish and Declan Rice.",
        "टीम में हैरी केन, जैक ग्रीलिश और डेक्लान चावल शामिल हैं।",
        [("चावल", "Rice")],
        "टीम में हैरी केन, जैक ग्रीलिश और डेक्लान राइस शामिल हैं।",
    ),
    F(
        N,
        "Tickets for concerts by Ed Sheeran, Lily Allen and Tom Grant sold out.",
        "एड शीरन, लिली एलन और टॉम अनुदान के कॉन्सर्ट के टिकट बिक गए।",
        [("अनुदान", "Grant")],
        "एड शीरन, लिली एलन और टॉम ग्रांट के कॉन्सर्ट के टिकट बिक गए।",
    ),
    F(
        N,
        "Its author, Sarah Waters, lives in London.",
        "इसकी लेखिका, सारा पानी, लंदन में रहती हैं।",
        [("पानी", "Waters")],
        "इसकी लेखिका, सारा वॉटर्स, लंदन में रहती हैं।",
    ),
    F(
        N,
        "The new chief executive, Martin Fox, starts in May.",
        "नए मुख्य कार्यकारी, मार्टिन लोमड़ी, मई में कार्यभार संभालेंगे।",
        [("लोमड़ी", "Fox")],
        "नए मुख्य कार्यकारी, मार्टिन फ़ॉक्स, मई में कार्यभार संभालेंगे।",
    ),
    # Irish
    F(
        N,
        "She trained with Aoife Swan.",
        "उन्होंने ईफ़ा हंस के साथ अभ्यास किया।",
        [("हंस", "Swan")],
        "उन्होंने ईफ़ा स्वान के साथ अभ्यास किया।",
    ),
    # Maori
    F(
        N,
        "The singer will perform with drummer Tane Rivers.",
        "गायक ड्रमर ताने नदियों के साथ प्रस्तुति देंगे।",
        [("नदियों", "Rivers")],
        "गायक ड्रमर ताने रिवर्स के साथ प्रस्तुति देंगे।",
    ),
    F(
        N,
        "Her coach, Wiremu Stone, was also present.",
        "उनके कोच, विरेमू पत्थर, भी मौजूद थे।",
        [("पत्थर", "Stone")],
        "उनके कोच, विरेमू स्टोन, भी मौजूद थे।",
    ),
    # Yoruba, Akan, Igbo (Nigeria, Ghana)
    F(
        N,
        "Police questioned Olumide Friday about the theft.",
        "पुलिस ने चोरी के बारे में ओलुमिडे शुक्रवार से पूछताछ की।",
        [("शुक्रवार", "Friday")],
        "पुलिस ने चोरी के बारे में ओलुमिडे फ़्राइडे से पूछताछ की।",
    ),
    F(
        N,
        "Kwame Bright, Ama Sunday and Kofi Mensah were named in the squad.",
        "क्वामे उज्ज्वल, आमा रविवार और कोफ़ी मेन्सा को टीम में चुना गया।",
        [("उज्ज्वल", "Bright"), ("रविवार", "Sunday")],
        "क्वामे ब्राइट, आमा संडे और कोफ़ी मेन्सा को टीम में चुना गया।",
    ),
    F(
        N,
        "Chiamaka Goodluck finished first in the women's 100 metres.",
        "चियामाका सौभाग्य महिलाओं की 100 मीटर दौड़ में पहले स्थान पर रहीं।",
        [("सौभाग्य", "Goodluck")],
        "चियामाका गुडलक महिलाओं की 100 मीटर दौड़ में पहले स्थान पर रहीं।",
    ),
    F(
        N,
        "Blessing Okagbare was suspended for doping.",
        "आशीर्वाद ओकाग्बारे को डोपिंग के लिए निलंबित कर दिया गया।",
        [("आशीर्वाद", "Blessing")],
        "ब्लेसिंग ओकाग्बारे को डोपिंग के लिए निलंबित कर दिया गया।",
    ),
    # Zimbabwean (given names that are English words)
    F(
        N,
        "Marvellous Nakamba was substituted at half-time.",
        "अद्भुत नकाम्बा को हाफ़ टाइम पर बाहर बुलाया गया।",
        [("अद्भुत", "Marvellous")],
        "मार्वलस नकाम्बा को हाफ़ टाइम पर बाहर बुलाया गया।",
    ),
    F(
        N,
        "The goal by striker Knowledge Musona sealed the win.",
        "स्ट्राइकर ज्ञान मुसोना के गोल ने जीत पक्की कर दी।",
        [("ज्ञान", "Knowledge")],
        "स्ट्राइकर नॉलेज मुसोना के गोल ने जीत पक्की कर दी।",
    ),
    F(
        N,
        "Talent Chawapiwa joined the club in July.",
        "प्रतिभा चावापीवा जुलाई में क्लब से जुड़े।",
        [("प्रतिभा", "Talent")],
        "टैलेंट चावापीवा जुलाई में क्लब से जुड़े।",
    ),
    # German
    F(
        N,
        "Cyclist Jonas Adler crashed on the last descent.",
        "साइकिलिस्ट योनास उकाब आख़िरी ढलान पर गिर पड़े।",
        [("उकाब", "Adler")],
        "साइकिलिस्ट योनास आडलर आख़िरी ढलान पर गिर पड़े।",
    ),
    F(
        N,
        "The title went to Gerhard Wolf.",
        "ख़िताब गेरहार्ड भेड़िये के नाम रहा।",
        [("भेड़िये", "Wolf")],
        "ख़िताब गेरहार्ड वोल्फ़ के नाम रहा।",
    ),
    # Hungarian
    F(
        N,
        "Striker Bence Farkas is out for two weeks.",
        "स्ट्राइकर बेंसे भेड़िया दो हफ़्ते के लिए बाहर हैं।",
        [("भेड़िया", "Farkas")],
        "स्ट्राइकर बेंसे फ़ार्कश दो हफ़्ते के लिए बाहर हैं।",
    ),
    # Czech
    F(
        N,
        "Tennis player Tereza Holub retired from the match.",
        "टेनिस खिलाड़ी तेरेज़ा कबूतर मैच से हट गईं।",
        [("कबूतर", "Holub")],
        "टेनिस खिलाड़ी तेरेज़ा होलुब मैच से हट गईं।",
    ),
    # Dutch
    F(
        N,
        "The coach dropped goalkeeper Daan Visser.",
        "कोच ने गोलकीपर डान मछुआरे को टीम से बाहर कर दिया।",
        [("मछुआरे", "Visser")],
        "कोच ने गोलकीपर डान फ़िसर को टीम से बाहर कर दिया।",
    ),
    # Swedish
    F(
        N,
        "The family of skier Elsa Falk thanked the rescuers.",
        "स्कीयर एल्सा बाज़ के परिवार ने बचावकर्मियों को धन्यवाद दिया।",
        [("बाज़", "Falk")],
        "स्कीयर एल्सा फ़ाल्क के परिवार ने बचावकर्मियों को धन्यवाद दिया।",
    ),
    # Polish
    F(
        N,
        "Runner Karolina Gwiazda's win surprised everyone.",
        "धाविका करोलीना तारे की जीत ने सबको चौंका दिया।",
        [("तारे", "Gwiazda")],
        "धाविका करोलीना ग्वियाज़्दा की जीत ने सबको चौंका दिया।",
    ),
    # Turkish
    F(
        N,
        "Defender Ozan Kabak's transfer has stalled.",
        "डिफ़ेंडर ओज़ान कद्दू का स्थानांतरण अटक गया है।",
        [("कद्दू", "Kabak")],
        "डिफ़ेंडर ओज़ान काबाक का स्थानांतरण अटक गया है।",
    ),
    # Basque
    F(
        N,
        "Midfielder Unai Cordero came off the bench.",
        "मिडफ़ील्डर उनाई मेमना बेंच से उतरे।",
        [("मेमना", "Cordero")],
        "मिडफ़ील्डर उनाई कोर्डेरो बेंच से उतरे।",
    ),
    # Italian
    F(
        N,
        "Giorgio Gallo is out injured.",
        "जॉर्जो मुर्ग़ा चोट के कारण बाहर हैं।",
        [("मुर्ग़ा", "Gallo")],
        "जॉर्जो गाल्लो चोट के कारण बाहर हैं।",
    ),
    # Lithuanian
    F(
        N,
        "Basketball player Mindaugas Kalnas is out injured.",
        "बास्केटबॉल खिलाड़ी मिंडाउगास पहाड़ चोट के कारण बाहर हैं।",
        [("पहाड़", "Kalnas")],
        "बास्केटबॉल खिलाड़ी मिंडाउगास काल्नास चोट के कारण बाहर हैं।",
    ),
    # Icelandic
    F(
        N,
        "Handball player Gunnar Björn was sent off.",
        "हैंडबॉल खिलाड़ी गुन्नार भालू को बाहर भेज दिया गया।",
        [("भालू", "Björn")],
        "हैंडबॉल खिलाड़ी गुन्नार ब्योर्न को बाहर भेज दिया गया।",
    ),
    # Finnish
    F(
        N,
        "Skier Aino Lumi withdrew from the race.",
        "स्कीयर आइनो बर्फ़ रेस से हट गईं।",
        [("बर्फ़", "Lumi")],
        "स्कीयर आइनो लुमी रेस से हट गईं।",
    ),
    # Vietnamese
    F(
        N,
        "The gold went to Nguyen Thi Hoa.",
        "स्वर्ण पदक न्गुयेन थी फूल को मिला।",
        [("फूल", "Hoa")],
        "स्वर्ण पदक न्गुयेन थी होआ को मिला।",
    ),
    # Chinese
    F(
        N,
        "Sun Yang returned to competition in Hangzhou.",
        "सूर्य यांग हांगझोऊ में प्रतियोगिता में लौटे।",
        [("सूर्य", "Sun")],
        "सुन यांग हांगझोऊ में प्रतियोगिता में लौटे।",
    ),
    F(
        N,
        "Fan Zhendong's serve troubled his opponent.",
        "पंखा झेनदोंग की सर्विस ने प्रतिद्वंद्वी को परेशान किया।",
        [("पंखा", "Fan")],
        "फ़ान झेनदोंग की सर्विस ने प्रतिद्वंद्वी को परेशान किया।",
    ),
    # Korean
    F(
        N,
        "Moon Jae-in's visit to Delhi was postponed.",
        "चांद जे-इन की दिल्ली यात्रा टाल दी गई।",
        [("चांद", "Moon")],
        "मून जे-इन की दिल्ली यात्रा टाल दी गई।",
    ),
    F(
        N,
        "Song Kang-ho stars in the new film.",
        "नई फ़िल्म में गीत कांग-हो मुख्य भूमिका में हैं।",
        [("गीत", "Song")],
        "नई फ़िल्म में सॉन्ग कांग-हो मुख्य भूमिका में हैं।",
    ),
]

NAME_LOOKALIKES = [
    # Indian names whose parts are Hindi words, in the same frames
    C(
        LN,
        "Police questioned Kiran Paharia on Friday.",
        "पुलिस ने शुक्रवार को किरण पहाड़िया से पूछताछ की।",
    ),
    C(
        LN,
        "The president congratulated Sunita Chand.",
        "राष्ट्रपति ने सुनीता चांद को बधाई दी।",
    ),
    C(
        LN,
        "Pratibha Patil arrived in Delhi.",
        "प्रतिभा पाटिल दिल्ली पहुंचीं।",
    ),
    C(
        LN,
        "Gyan Singh is the team's new coach.",
        "ज्ञान सिंह टीम के नए कोच हैं।",
    ),
    C(
        LN,
        "Asha Bhosle's new album is out.",
        "आशा भोसले का नया एल्बम आ गया है।",
    ),
    C(
        LN,
        "The writer, Mahadevi Verma, lived in Allahabad.",
        "लेखिका, महादेवी वर्मा, इलाहाबाद में रहती थीं।",
    ),
    C(
        LN,
        "The squad includes Rohit Sharma, Virat Kohli and Suryakumar Yadav.",
        "टीम में रोहित शर्मा, विराट कोहली और सूर्यकुमार यादव शामिल हैं।",
    ),
    C(
        LN,
        "The gold went to Neeraj Chopra.",
        "स्वर्ण पदक नीरज चोपड़ा को मिला।",
    ),
    C(
        LN,
        "He handed the trophy to Suman Tejwani.",
        "उन्होंने ट्रॉफ़ी सुमन तेजवानी को सौंपी।",
    ),
    C(
        LN,
        "The singer will perform with drummer Sivamani.",
        "गायक ड्रमर शिवमणि के साथ प्रस्तुति देंगे।",
    ),
    C(
        LN,
        "Poems by Subhadra Kumari Chauhan were read out.",
        "सुभद्रा कुमारी चौहान की कविताएं पढ़ी गईं।",
    ),
    C(
        LN,
        "Runner Hima Das's win surprised everyone.",
        "धाविका हिमा दास की जीत ने सबको चौंका दिया।",
    ),
    C(
        LN,
        "The prize was given to Sara Ali Khan.",
        "पुरस्कार सारा अली ख़ान को दिया गया।",
    ),
    C(
        LN,
        "Uma Bharti stepped down on Tuesday.",
        "उमा भारती मंगलवार को पद से हट गईं।",
    ),
    C(
        LN,
        "Kamal Haasan's new film has been released.",
        "कमल हासन की नई फ़िल्म रिलीज़ हुई।",
    ),
    C(
        LN,
        "Basketball player Amjyot Singh is out injured.",
        "बास्केटबॉल खिलाड़ी अमज्योत सिंह चोट के कारण बाहर हैं।",
    ),
    C(
        LN,
        "Coach Pushpa Pahalwan has been sacked.",
        "कोच पुष्पा पहलवान को बर्ख़ास्त कर दिया गया है।",
    ),
    # Hindi words in their plain sense beside a transliterated foreign name
    C(
        LN,
        "Luke Marsh got stuck in a marsh during training.",
        "ल्यूक मार्श अभ्यास के दौरान दलदल में फंस गए।",
    ),
    C(
        LN,
        "Josh Heron photographed a heron by the lake.",
        "जोश हेरॉन ने झील के किनारे एक बगुले की तस्वीर खींची।",
    ),
    C(
        LN,
        "Mark Jones has been on leave since Friday.",
        "मार्क जोन्स शुक्रवार से छुट्टी पर हैं।",
    ),
    C(
        LN,
        "Emma Watson walked onto the field.",
        "एम्मा वॉटसन मैदान पर उतरीं।",
    ),
    C(
        LN,
        "Declan Rice likes rice and lentils.",
        "डेक्लान राइस चावल और दाल पसंद करते हैं।",
    ),
    C(
        LN,
        "Sarah Waters is writing about the water shortage.",
        "सारा वॉटर्स पानी की कमी पर लिख रही हैं।",
    ),
    C(
        LN,
        "Martin Fox photographs foxes.",
        "मार्टिन फ़ॉक्स लोमड़ियों की तस्वीरें खींचते हैं।",
    ),
    C(
        LN,
        "Tom Bird is the director of the zoo.",
        "टॉम बर्ड चिड़ियाघर के निदेशक हैं।",
    ),
    C(
        LN,
        "Jenny Hill climbed the hill.",
        "जेनी हिल पहाड़ी पर चढ़ीं।",
    ),
    C(
        LN,
        "Olumide Adebayo returned to Lagos on Friday.",
        "ओलुमिडे अडेबायो शुक्रवार को लागोस लौटे।",
    ),
    C(
        LN,
        "Kwame Mensah talks of a bright future.",
        "क्वामे मेन्सा उज्ज्वल भविष्य की बात करते हैं।",
    ),
    C(
        LN,
        "Wiremu Tapsell makes stone sculptures.",
        "विरेमू टैपसेल पत्थर की मूर्तियां बनाते हैं।",
    ),
    C(
        LN,
        "Tane Waititi joined the campaign to clean up rivers.",
        "ताने वाइतिती नदियों की सफ़ाई के अभियान में शामिल हुए।",
    ),
    C(
        LN,
        "Aoife O'Brien posed for a photo with a swan.",
        "ईफ़ा ओ'ब्रायन ने एक हंस के साथ तस्वीर खिंचवाई।",
    ),
    C(
        LN,
        "Chiamaka Nwosu luckily survived the accident.",
        "चियामाका न्वोसु सौभाग्य से दुर्घटना में बच गईं।",
    ),
    C(
        LN,
        "Gunnar Björnsson saw a bear in the forest.",
        "गुन्नार ब्योर्नसन ने जंगल में एक भालू देखा।",
    ),
    C(
        LN,
        "Aino Lumi slipped on the ice.",
        "आइनो लुमी बर्फ़ पर फिसल गईं।",
    ),
    C(
        LN,
        "Mindaugas Kalnas went mountain climbing.",
        "मिंडाउगास काल्नास पहाड़ पर चढ़ने गए।",
    ),
    C(
        LN,
        "A lamb was born on Unai Cordero's farm.",
        "उनाई कोर्डेरो के खेत में एक मेमना पैदा हुआ।",
    ),
    C(
        LN,
        "Gordon Banks used to walk along the river banks.",
        "गॉर्डन बैंक्स नदी के किनारों पर टहलते थे।",
    ),
    C(
        LN,
        "Moon Jae-in praised the spacecraft sent to the moon.",
        "मून जे-इन ने चांद पर भेजे गए यान की तारीफ़ की।",
    ),
    C(
        LN,
        "Fan Zhendong was resting under a fan.",
        "फ़ान झेनदोंग पंखे के नीचे आराम कर रहे थे।",
    ),
    C(
        LN,
        "Sun Yang trains before sunrise.",
        "सुन यांग सूर्योदय से पहले अभ्यास करते हैं।",
    ),
    C(
        LN,
        "Ozan Kabak likes pumpkin soup.",
        "ओज़ान काबाक को कद्दू का सूप पसंद है।",
    ),
    C(
        LN,
        "Rebecca Swift runs fast.",
        "रेबेका स्विफ़्ट तेज़ दौड़ती हैं।",
    ),
    C(
        LN,
        "Laura Young is popular among young voters.",
        "लॉरा यंग युवा मतदाताओं में लोकप्रिय हैं।",
    ),
    C(
        LN,
        "A soldier appears in John Constable's painting.",
        "जॉन कॉन्स्टेबल की पेंटिंग में एक सिपाही दिखता है।",
    ),
    C(
        LN,
        "Chickens are raised on Giorgio Gallo's farm.",
        "जॉर्जो गाल्लो के फ़ार्म पर मुर्ग़े पाले जाते हैं।",
    ),
    C(
        LN,
        "Nguyen Thi Hoa was presented with flowers.",
        "न्गुयेन थी होआ को फूल भेंट किए गए।",
    ),
    C(
        LN,
        "Clara Peacock saw a peahen in the garden.",
        "क्लारा पीकॉक ने बाग़ में एक मोरनी देखी।",
    ),
    C(
        LN,
        "The coach praised Bence Szabó's young legs.",
        "कोच ने बेंसे साबो की युवा टांगों की तारीफ़ की।",
    ),
]
