"""Builds senses_r6.jsonl: the round-6 generalisation check for HI513 beyond the sense inventory
(issue 13). Ambiguous English words that are NOT in `audit/data/source_senses.toml`, nor sense
items of heldout_r4/r5 or tests/data/heldout_src, rendered by MT with the Hindi of their other
sense; each with its correct twin, plus look-alikes whose source means the other sense (where that
Hindi is right). Written by hand on 2026-11-27 BEFORE any round-6 sense work was tuned; never
edited to fit: report numbers on it, never tune on it.

    python tests/data/senses_r6/build.py > tests/data/senses_r6/senses_r6.jsonl
    audit check tests/data/senses_r6/senses_r6.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o s6.jsonl
    python scripts/score_by_category.py tests/data/senses_r6/senses_r6.jsonl s6.jsonl
"""

from __future__ import annotations

import json

# (src, flawed MT, wrong-sense span, correct MT)
FLAWED = [
    (
        "Investigators believe a mole inside the agency leaked the files.",
        "जांचकर्ताओं का मानना है कि एजेंसी के अंदर एक छछूंदर ने फाइलें लीक कीं।",
        "छछूंदर",
        "जांचकर्ताओं का मानना है कि एजेंसी के अंदर एक भेदिये ने फाइलें लीक कीं।",
    ),
    (
        "Commuters were stuck in a three-hour jam on the expressway.",
        "यात्री एक्सप्रेसवे पर तीन घंटे के मुरब्बे में फंसे रहे।",
        "मुरब्बे",
        "यात्री एक्सप्रेसवे पर तीन घंटे के जाम में फंसे रहे।",
    ),
    (
        "The bark of the neem tree is used in traditional medicine.",
        "नीम के पेड़ की भौंक का उपयोग पारंपरिक चिकित्सा में किया जाता है।",
        "भौंक",
        "नीम के पेड़ की छाल का उपयोग पारंपरिक चिकित्सा में किया जाता है।",
    ),
    (
        "Customs officers found gold bars hidden in the trunk of the car.",
        "सीमा शुल्क अधिकारियों को कार की सूंड में छिपी सोने की छड़ें मिलीं।",
        "सूंड",
        "सीमा शुल्क अधिकारियों को कार की डिक्की में छिपी सोने की छड़ें मिलीं।",
    ),
    (
        "The boxer was struck on the temple and fell to the canvas.",
        "मुक्केबाज़ के मंदिर पर चोट लगी और वह रिंग में गिर पड़ा।",
        "मंदिर",
        "मुक्केबाज़ की कनपटी पर चोट लगी और वह रिंग में गिर पड़ा।",
    ),
    (
        "Move the mouse to the top corner of the screen and click.",
        "चूहे को स्क्रीन के ऊपरी कोने पर ले जाएं और क्लिक करें।",
        "चूहे",
        "माउस को स्क्रीन के ऊपरी कोने पर ले जाएं और क्लिक करें।",
    ),
    (
        "The candidate won by a margin of 12,000 votes.",
        "उम्मीदवार 12,000 वोटों के हाशिये से जीता।",
        "हाशिये",
        "उम्मीदवार 12,000 वोटों के अंतर से जीता।",
    ),
    (
        "The coalition government survived the confidence vote in the assembly.",
        "गठबंधन सरकार विधानसभा में आत्मविश्वास मत में बच गई।",
        "आत्मविश्वास",
        "गठबंधन सरकार विधानसभा में विश्वास मत में बच गई।",
    ),
    (
        "The accused stood silently in the dock as the verdict was read.",
        "फैसला पढ़े जाने के दौरान आरोपी गोदी में चुपचाप खड़ा रहा।",
        "गोदी",
        "फैसला पढ़े जाने के दौरान आरोपी कटघरे में चुपचाप खड़ा रहा।",
    ),
    (
        "The district administration took steps to stem the spread of dengue.",
        "ज़िला प्रशासन ने डेंगू के फैलाव को तना करने के लिए कदम उठाए।",
        "तना",
        "ज़िला प्रशासन ने डेंगू के फैलाव को रोकने के लिए कदम उठाए।",
    ),
    (
        "She was the sole survivor of the bus accident.",
        "वह बस दुर्घटना की तलवा बची हुई थी।",
        "तलवा",
        "वह बस दुर्घटना में बचने वाली अकेली थी।",
    ),
    (
        "A local band played folk songs at the festival.",
        "उत्सव में एक स्थानीय पट्टी ने लोक गीत बजाए।",
        "पट्टी",
        "उत्सव में एक स्थानीय बैंड ने लोक गीत बजाए।",
    ),
    (
        "Prices of palm oil rose sharply in Malaysia.",
        "मलेशिया में हथेली तेल की कीमतें तेज़ी से बढ़ीं।",
        "हथेली",
        "मलेशिया में पाम तेल की कीमतें तेज़ी से बढ़ीं।",
    ),
    (
        "Army tanks rolled through the capital after the coup.",
        "तख्तापलट के बाद सेना की टंकियां राजधानी से होकर गुज़रीं।",
        "टंकियां",
        "तख्तापलट के बाद सेना के टैंक राजधानी से होकर गुज़रे।",
    ),
    (
        "Militants attacked an air force base near the border.",
        "आतंकवादियों ने सीमा के पास वायु सेना के एक आधार पर हमला किया।",
        "आधार",
        "आतंकवादियों ने सीमा के पास वायु सेना के एक अड्डे पर हमला किया।",
    ),
    (
        "Security forces launched an operation against the insurgents in the forest.",
        "सुरक्षा बलों ने जंगल में विद्रोहियों के खिलाफ एक शल्यक्रिया शुरू की।",
        "शल्यक्रिया",
        "सुरक्षा बलों ने जंगल में विद्रोहियों के खिलाफ एक अभियान शुरू किया।",
    ),
    (
        "Police said the accused in the theft case is a minor.",
        "पुलिस ने कहा कि चोरी के मामले का आरोपी एक गौण है।",
        "गौण",
        "पुलिस ने कहा कि चोरी के मामले का आरोपी नाबालिग है।",
    ),
    (
        "The state will give free tablets to college students.",
        "राज्य कॉलेज के छात्रों को मुफ्त गोलियां देगा।",
        "गोलियां",
        "राज्य कॉलेज के छात्रों को मुफ्त टैबलेट देगा।",
    ),
    (
        "The model walked the ramp in a handloom saree.",
        "नमूना हथकरघा साड़ी में रैंप पर चला।",
        "नमूना",
        "मॉडल हथकरघा साड़ी में रैंप पर चली।",
    ),
    (
        "Thousands attended the midnight mass at the cathedral.",
        "गिरजाघर में आधी रात के द्रव्यमान में हज़ारों लोग शामिल हुए।",
        "द्रव्यमान",
        "गिरजाघर में आधी रात की प्रार्थना सभा में हज़ारों लोग शामिल हुए।",
    ),
    (
        "The bus conductor was arrested for misbehaving with a passenger.",
        "एक यात्री से दुर्व्यवहार के आरोप में बस के सुचालक को गिरफ्तार किया गया।",
        "सुचालक",
        "एक यात्री से दुर्व्यवहार के आरोप में बस के परिचालक को गिरफ्तार किया गया।",
    ),
    (
        "A mock drill was conducted at the airport on Thursday.",
        "गुरुवार को हवाई अड्डे पर एक नकली बरमा आयोजित किया गया।",
        "बरमा",
        "गुरुवार को हवाई अड्डे पर एक मॉक ड्रिल आयोजित की गई।",
    ),
    (
        "Borrowers can repay the principal in twenty instalments.",
        "कर्ज़दार बीस किस्तों में प्रधानाचार्य चुका सकते हैं।",
        "प्रधानाचार्य",
        "कर्ज़दार बीस किस्तों में मूलधन चुका सकते हैं।",
    ),
    (
        "The coach gave credit to the young players for the win.",
        "कोच ने जीत के लिए युवा खिलाड़ियों को ऋण दिया।",
        "ऋण",
        "कोच ने जीत का श्रेय युवा खिलाड़ियों को दिया।",
    ),
    (
        "Trading volume on the exchange was low on Monday.",
        "सोमवार को एक्सचेंज पर कारोबार की आवाज़ कम रही।",
        "आवाज़",
        "सोमवार को एक्सचेंज पर कारोबार की मात्रा कम रही।",
    ),
    (
        "The team spirit of the squad impressed the selectors.",
        "दल की टीम आत्मा ने चयनकर्ताओं को प्रभावित किया।",
        "आत्मा",
        "दल की टीम भावना ने चयनकर्ताओं को प्रभावित किया।",
    ),
    (
        "The businessman left his entire property to a trust in his will.",
        "व्यापारी ने अपनी इच्छा में अपनी पूरी संपत्ति एक ट्रस्ट को दे दी।",
        "इच्छा",
        "व्यापारी ने अपनी वसीयत में अपनी पूरी संपत्ति एक ट्रस्ट को दे दी।",
    ),
    (
        "The village held a fair to mark the anniversary of the temple's founding.",
        "गांव ने मंदिर की स्थापना की वर्षगांठ पर निशान लगाने के लिए मेला लगाया।",
        "निशान लगाने",
        "गांव ने मंदिर की स्थापना की वर्षगांठ मनाने के लिए मेला लगाया।",
    ),
    (
        "At this stage it is too early to name a suspect.",
        "इस मंच पर किसी संदिग्ध का नाम बताना जल्दबाज़ी होगी।",
        "मंच",
        "इस चरण में किसी संदिग्ध का नाम बताना जल्दबाज़ी होगी।",
    ),
    (
        "Mumbai won the toss and elected to bowl.",
        "मुंबई ने टॉस जीता और कटोरा चुना।",
        "कटोरा",
        "मुंबई ने टॉस जीता और गेंदबाज़ी चुनी।",
    ),
    (
        "Villagers gathered to watch cricket on a big screen.",
        "ग्रामीण बड़े पर्दे पर झींगुर देखने के लिए जमा हुए।",
        "झींगुर",
        "ग्रामीण बड़े पर्दे पर क्रिकेट देखने के लिए जमा हुए।",
    ),
    (
        "The firm has built a large pool of skilled engineers.",
        "कंपनी ने कुशल इंजीनियरों का एक बड़ा तालाब तैयार किया है।",
        "तालाब",
        "कंपनी ने कुशल इंजीनियरों का एक बड़ा समूह तैयार किया है।",
    ),
    (
        "Police filed a charge sheet against the three officials.",
        "पुलिस ने तीनों अधिकारियों के खिलाफ आरोप चादर दाखिल की।",
        "चादर",
        "पुलिस ने तीनों अधिकारियों के खिलाफ आरोप पत्र दाखिल किया।",
    ),
]

# clean: the other sense meant, and that Hindi is right (src, MT)
LOOKALIKE = [
    ("A mole was caught in the vegetable garden.", "सब्ज़ी के बगीचे में एक छछूंदर पकड़ा गया।"),
    ("Mother made mango jam for the children.", "माँ ने बच्चों के लिए आम का मुरब्बा बनाया।"),
    ("The elephant lifted the log with its trunk.", "हाथी ने अपनी सूंड से लट्ठा उठाया।"),
    ("Devotees queued outside the temple since dawn.", "भक्त सुबह से मंदिर के बाहर कतार में थे।"),
    ("A mouse ran across the kitchen floor.", "एक चूहा रसोई के फर्श पर दौड़ गया।"),
    ("Write your notes in the margin of the page.", "अपने नोट्स पन्ने के हाशिये पर लिखें।"),
    ("The young batsman played with great confidence.", "युवा बल्लेबाज़ ने बड़े आत्मविश्वास से खेला।"),
    ("The nurse wrapped a band around his wrist.", "नर्स ने उसकी कलाई पर एक पट्टी लपेटी।"),
    ("The fortune teller read the lines on her palm.", "ज्योतिषी ने उसकी हथेली की रेखाएं पढ़ीं।"),
    ("The water tank on the roof was leaking.", "छत पर रखी पानी की टंकी रिस रही थी।"),
    ("Aadhaar is the base for many welfare schemes.", "आधार कई कल्याण योजनाओं का आधार है।"),
    ("The doctor said the operation on his knee went well.", "डॉक्टर ने कहा कि उसके घुटने की शल्यक्रिया ठीक रही।"),
    ("The doctor prescribed two tablets a day.", "डॉक्टर ने दिन में दो गोलियां लेने को कहा।"),
    ("Copper is a good conductor of electricity.", "तांबा बिजली का अच्छा सुचालक है।"),
    ("The principal of the school welcomed the parents.", "स्कूल के प्रधानाचार्य ने अभिभावकों का स्वागत किया।"),
    ("Farmers took credit from cooperative banks.", "किसानों ने सहकारी बैंकों से ऋण लिया।"),
    ("Please turn down the volume of the television.", "कृपया टेलीविज़न की आवाज़ कम करें।"),
    ("The Prime Minister addressed the crowd from the stage.", "प्रधानमंत्री ने मंच से भीड़ को संबोधित किया।"),
    ("The children swam in the pool all afternoon.", "बच्चे पूरी दोपहर तालाब में तैरते रहे।"),
    ("She washed the bed sheet in cold water.", "उसने बिस्तर की चादर ठंडे पानी में धोई।"),
    ("It was against the will of the people.", "यह लोगों की इच्छा के खिलाफ था।"),
    ("The soldier had a mark on his forehead.", "सैनिक के माथे पर एक निशान था।"),
]


def emit() -> None:
    for i, (src, bad, span, good) in enumerate(FLAWED, 1):
        assert span in bad, span
        print(
            json.dumps(
                {
                    "id": f"s6f{i:03d}",
                    "src": src,
                    "mt": bad,
                    "flawed": True,
                    "errors": [{"span": span, "category": "sense"}],
                },
                ensure_ascii=False,
            )
        )
        print(
            json.dumps(
                {
                    "id": f"s6c{i:03d}",
                    "src": src,
                    "mt": good,
                    "flawed": False,
                    "errors": [],
                    "category": "sense",
                },
                ensure_ascii=False,
            )
        )
    for i, (src, mt) in enumerate(LOOKALIKE, 1):
        print(
            json.dumps(
                {
                    "id": f"s6l{i:03d}",
                    "src": src,
                    "mt": mt,
                    "flawed": False,
                    "errors": [],
                    "category": "sense-lookalike",
                },
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    emit()
