"""Round-11 transliteration precision check (translit2, late replacement): hand-written.

Written by the r11-translit2 helper BEFORE any round-11 HI40x change and not edited afterwards to fit.
Its Devanagari words were checked by substring search against tests/data/heldout_r4..r10 and
translit_r5..r10 (not the blind heldout_r11) when written. Small on purpose (35-minute round).
Flawed rows: everyday English nouns left in Devanagari (`f-translit-`), each with its correct
translation (`c-translit-`); several reuse a head word of the clean rows (ब्रिज, स्ट्रीट, स्क्वायर,
नेस्ट) so that a guard on name runs must keep the bare noun flagged.
Look-alikes (`l-translit-`, clean), the false-positive families of round 10 with new members: a
word the transliteration glossary translates (bridge, street, market, hill, king, stone...) inside
a street, venue or district name, before its kind word or as the kind word after the name
(हावड़ा ब्रिज, खान मार्केट, मालाबार हिल, टेम्पल स्ट्रीट), such a word as a surname after a given
name (स्टीफ़न किंग, एमा स्टोन), native Hindi words that sound like English words (बेल, डोर, चाक)
and Indian place names that split into two words (मोकोकचुंग, कोडाइकनाल). (A first draft's
look-alikes without glossary words — चर्च स्ट्रीट, यूनियन स्क्वायर — were flagged by nothing and
replaced before any code change, since they did not test the family.)
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

T = "translit"

TRANSLIT = [
    F(T, "The farmer sold his cow.", "किसान ने अपनी काउ बेच दी।", [("काउ", "cow")], "किसान ने अपनी गाय बेच दी।"),
    F(T, "The river was very deep.", "रिवर बहुत गहरी थी।", [("रिवर", "river")], "नदी बहुत गहरी थी।"),
    F(T, "The king built a fort.", "राजा ने एक फ़ोर्ट बनवाया।", [("फ़ोर्ट", "fort")], "राजा ने एक क़िला बनवाया।"),
    F(T, "Her daughter is a teacher.", "उसकी डॉटर शिक्षिका है।", [("डॉटर", "daughter")], "उसकी बेटी शिक्षिका है।"),
    F(T, "The bird built a nest.", "चिड़िया ने नेस्ट बनाया।", [("नेस्ट", "nest")], "चिड़िया ने घोंसला बनाया।"),
    F(
        T,
        "The old man had a stick.",
        "बूढ़े आदमी के पास एक स्टिक थी।",
        [("स्टिक", "stick")],
        "बूढ़े आदमी के पास एक लाठी थी।",
    ),
    F(T, "The moon was shining.", "मून चमक रहा था।", [("मून", "moon")], "चांद चमक रहा था।"),
    F(T, "She drew water from the well.", "उसने वेल से पानी निकाला।", [("वेल", "well")], "उसने कुएं से पानी निकाला।"),
    F(T, "He sat under the tree.", "वह ट्री के नीचे बैठा।", [("ट्री", "tree")], "वह पेड़ के नीचे बैठा।"),
    F(T, "The widow lived alone.", "विडो अकेली रहती थी।", [("विडो", "widow")], "विधवा अकेली रहती थी।"),
    F(T, "The thief was caught.", "थीफ़ पकड़ा गया।", [("थीफ़", "thief")], "चोर पकड़ा गया।"),
    F(T, "The prices of onions rose.", "अनियन के दाम बढ़ गए।", [("अनियन", "onion")], "प्याज़ के दाम बढ़ गए।"),
    F(
        T,
        "He crossed the bridge on foot.",
        "उसने पैदल ब्रिज पार किया।",
        [("ब्रिज", "bridge")],
        "उसने पैदल पुल पार किया।",
    ),
    F(T, "The street was full of mud.", "स्ट्रीट कीचड़ से भरी थी।", [("स्ट्रीट", "street")], "गली कीचड़ से भरी थी।"),
    F(
        T,
        "Their house is near the square.",
        "उनका घर स्क्वायर के पास है।",
        [("स्क्वायर", "square")],
        "उनका घर चौक के पास है।",
    ),
    F(
        T,
        "The village had a small market.",
        "गांव में एक छोटी मार्केट थी।",
        [("मार्केट", "market")],
        "गांव में एक छोटा बाज़ार था।",
    ),
]

TRANSLIT_LOOKALIKES = [
    # a word the glossary translates (bridge, street, market, hill, king...) inside a street,
    # venue or district name: before its kind word, or as the kind word after the name
    C(T, "Traffic on Howrah Bridge was stopped for two hours.", "हावड़ा ब्रिज पर दो घंटे यातायात रोका गया।"),
    C(T, "Shops in Khan Market stayed shut.", "खान मार्केट की दुकानें बंद रहीं।"),
    C(T, "The minister lives on Malabar Hill.", "मंत्री मालाबार हिल पर रहते हैं।"),
    C(T, "Crowds filled Commercial Street before Diwali.", "दिवाली से पहले कमर्शियल स्ट्रीट भीड़ से भर गई।"),
    C(T, "The old bookshops of College Street are famous.", "कॉलेज स्ट्रीट की पुरानी किताबों की दुकानें मशहूर हैं।"),
    C(T, "A fire broke out in a building on Hill Road.", "हिल रोड की एक इमारत में आग लग गई।"),
    C(
        T,
        "The night market on Temple Street draws tourists.",
        "टेम्पल स्ट्रीट का रात का बाज़ार पर्यटकों को खींचता है।",
    ),
    C(T, "She bought a flat on King's Road.", "उसने किंग्स रोड पर एक फ़्लैट ख़रीदा।"),
    C(T, "The concert was held at Queen's Park.", "संगीत समारोह क्वीन्स पार्क में हुआ।"),
    C(T, "The company moved to Mountain View.", "कंपनी माउंटेन व्यू चली गई।"),
    C(T, "The trams run along Market Street.", "ट्राम मार्केट स्ट्रीट पर चलती हैं।"),
    C(T, "Artists gathered in Greenwich Village.", "कलाकार ग्रीनविच विलेज में जमा हुए।"),
    C(T, "A new hotel opened near Forest Hill station.", "फ़ॉरेस्ट हिल स्टेशन के पास एक नया होटल खुला।"),
    C(T, "The protest reached Parliament Street.", "विरोध प्रदर्शन पार्लियामेंट स्ट्रीट तक पहुंचा।"),
    C(T, "Boats sail under Brooklyn Bridge.", "नावें ब्रुकलिन ब्रिज के नीचे से गुज़रती हैं।"),
    C(T, "The shipyard at Garden Reach launched a frigate.", "गार्डन रीच के शिपयार्ड ने एक युद्धपोत उतारा।"),
    C(T, "A new bank opened at Stone Town.", "स्टोन टाउन में एक नया बैंक खुला।"),
    C(T, "They rented a cottage at Lake Placid.", "उन्होंने लेक प्लेसिड में एक कॉटेज किराए पर लिया।"),
    # English-word surnames (a glossary word) after a given name
    C(T, "Novelist Stephen King released a new book.", "उपन्यासकार स्टीफ़न किंग ने नई किताब जारी की।"),
    C(T, "Racing driver Damon Hill spoke about safety.", "रेसिंग ड्राइवर डेमन हिल ने सुरक्षा पर बात की।"),
    C(T, "Actress Emma Stone won the award.", "अभिनेत्री एमा स्टोन ने पुरस्कार जीता।"),
    C(T, "Anchor Larry King interviewed the president.", "एंकर लैरी किंग ने राष्ट्रपति का साक्षात्कार लिया।"),
    C(
        T,
        "Director Ed Wood is remembered for odd films.",
        "निर्देशक एड वुड को अजीब फ़िल्मों के लिए याद किया जाता है।",
    ),
    C(T, "Economist Jennifer Field presented the report.", "अर्थशास्त्री जेनिफ़र फ़ील्ड ने रिपोर्ट पेश की।"),
    C(T, "Singer Joss Stone performed in Delhi.", "गायिका जॉस स्टोन ने दिल्ली में प्रस्तुति दी।"),
    # native Hindi words that sound like English words
    C(T, "A grape vine climbed the wall.", "दीवार पर अंगूर की बेल चढ़ी थी।"),
    C(T, "The kite string broke.", "पतंग की डोर टूट गई।"),
    C(T, "The potter turned his wheel.", "कुम्हार ने चाक घुमाया।"),
    C(T, "She spun yarn on the spinning wheel.", "उसने चरखे पर सूत काता।"),
    C(T, "Dirt had settled on the clothes.", "कपड़ों पर मैल जमा था।"),
    C(T, "Children were playing on the sand by the river.", "बच्चे नदी किनारे रेत पर खेल रहे थे।"),
    # Indian place names that split into two words
    C(T, "A fair was held in Mokokchung.", "मोकोकचुंग में मेला लगा।"),
    C(T, "Tourists went to Kodaikanal.", "पर्यटक कोडाइकनाल घूमने गए।"),
    C(T, "Flights to Imphal were cancelled.", "इंफाल की उड़ानें रद्द कर दी गईं।"),
    C(T, "A landslide hit Kalimpong.", "कालिम्पोंग में भूस्खलन हुआ।"),
    C(T, "The festival was held in Tawang.", "तवांग में उत्सव मनाया गया।"),
]

NAMES: list = []
TITLES: list = []
IDIOMS: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
