"""Builds senses_r8.jsonl: the round-8 generalisation check for wrong senses outside the inventory,
omissions, and the precision of the source checks (issue 13). Ambiguous English words that are NOT
in `audit/data/source_senses.toml`, nor sense items of heldout_r4..r7, senses_r6/senses_r7 or the
issue texts, rendered by MT with the Hindi of their other sense, each with its correct twin; clean
free translations (reduplication, idiomatic Hindi, reordered clauses) that HI50x must leave alone;
and omissions (a name of a pair, a place, a count dropped) with their complete twins.
Written by hand on 2026-11-28 BEFORE any round-8 source work was tuned; never edited to fit:
report numbers on it, never tune on it.

    python tests/data/senses_r8/build.py > tests/data/senses_r8/senses_r8.jsonl
    audit check tests/data/senses_r8/senses_r8.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o s8.jsonl
    python scripts/score_by_category.py tests/data/senses_r8/senses_r8.jsonl s8.jsonl
"""

from __future__ import annotations

import json

# (src, flawed MT, wrong-sense span, correct MT)
SENSES = [
    ("Add a squeeze of lime to the tea.", "चाय में थोड़ा चूना निचोड़ें।", "चूना", "चाय में थोड़ा नींबू निचोड़ें।"),
    (
        "The farmer kept the sheep in a pen for the night.",
        "किसान ने रात भर भेड़ों को एक कलम में रखा।",
        "कलम",
        "किसान ने रात भर भेड़ों को एक बाड़े में रखा।",
    ),
    (
        "She broke her fast with a few dates and some water.",
        "उसने कुछ तारीखों और थोड़े पानी से अपना उपवास तोड़ा।",
        "तारीखों",
        "उसने कुछ खजूरों और थोड़े पानी से अपना उपवास तोड़ा।",
    ),
    (
        "The actor bowed to the audience after the show.",
        "शो के बाद अभिनेता ने दर्शकों को धनुष किया।",
        "धनुष",
        "शो के बाद अभिनेता ने दर्शकों के सामने सिर झुकाया।",
    ),
    (
        "The princess danced with the prince at the royal ball.",
        "राजकुमारी ने शाही गेंद में राजकुमार के साथ नृत्य किया।",
        "गेंद",
        "राजकुमारी ने शाही नृत्य समारोह में राजकुमार के साथ नृत्य किया।",
    ),
    (
        "The scales of the fish glittered in the sunlight.",
        "धूप में मछली के तराज़ू चमक रहे थे।",
        "तराज़ू",
        "धूप में मछली के शल्क चमक रहे थे।",
    ),
    (
        "The stray cattle were taken to the pound.",
        "आवारा मवेशियों को पाउंड में ले जाया गया।",
        "पाउंड",
        "आवारा मवेशियों को कांजी हाउस में ले जाया गया।",
    ),
    (
        "The flag was hoisted at the stern of the ship.",
        "जहाज़ के कठोर पर झंडा फहराया गया।",
        "कठोर",
        "जहाज़ के पिछले हिस्से पर झंडा फहराया गया।",
    ),
    (
        "The minister gave a wave to the crowd from the car.",
        "मंत्री ने कार से भीड़ को एक लहर दी।",
        "लहर",
        "मंत्री ने कार से भीड़ की ओर हाथ हिलाया।",
    ),
    (
        "A bolt of lightning struck the old tower.",
        "बिजली की एक चटखनी पुरानी मीनार पर गिरी।",
        "चटखनी",
        "पुरानी मीनार पर आकाशीय बिजली गिरी।",
    ),
    (
        "The wall needs a fresh coat of paint.",
        "दीवार को पेंट के एक नए कोट की ज़रूरत है।",
        "कोट",
        "दीवार को पेंट की एक नई परत की ज़रूरत है।",
    ),
    (
        "She planted tulip bulbs in her garden in October.",
        "उसने अक्टूबर में अपने बगीचे में ट्यूलिप के बल्ब लगाए।",
        "बल्ब",
        "उसने अक्टूबर में अपने बगीचे में ट्यूलिप के कंद लगाए।",
    ),
    (
        "The neighbours made a racket all night.",
        "पड़ोसियों ने पूरी रात एक रैकेट बनाया।",
        "रैकेट",
        "पड़ोसियों ने पूरी रात शोर मचाया।",
    ),
    (
        "The town stands at the mouth of the river.",
        "यह कस्बा नदी के मुँह पर बसा है।",
        "मुँह",
        "यह कस्बा नदी के मुहाने पर बसा है।",
    ),
    (
        "The news anchor read out the headlines.",
        "समाचार लंगर ने सुर्खियाँ पढ़ीं।",
        "लंगर",
        "समाचार वाचक ने सुर्खियाँ पढ़ीं।",
    ),
    (
        "The old man tripped on the stairs.",
        "बूढ़ा आदमी सीढ़ियों पर यात्रा कर गया।",
        "यात्रा",
        "बूढ़ा आदमी सीढ़ियों पर लड़खड़ा गया।",
    ),
    (
        "The star of the film arrived late for the premiere.",
        "फ़िल्म का तारा प्रीमियर में देर से पहुँचा।",
        "तारा",
        "फ़िल्म का मुख्य अभिनेता प्रीमियर में देर से पहुँचा।",
    ),
    (
        "The vet removed ticks from the dog.",
        "पशु चिकित्सक ने कुत्ते से सही के निशान हटाए।",
        "सही के निशान",
        "पशु चिकित्सक ने कुत्ते से किलनियाँ हटाईं।",
    ),
    (
        "Thieves stole two drums of diesel from the depot.",
        "चोरों ने डिपो से डीज़ल के दो ढोल चुरा लिए।",
        "ढोल",
        "चोरों ने डिपो से डीज़ल के दो ड्रम चुरा लिए।",
    ),
    ("Turn left at the fork in the road.", "सड़क के काँटे पर बाएँ मुड़ें।", "काँटे", "सड़क के दोराहे पर बाएँ मुड़ें।"),
    (
        "She kept a lock of her mother's hair.",
        "उसने अपनी माँ के बालों का एक ताला रखा।",
        "ताला",
        "उसने अपनी माँ के बालों की एक लट रखी।",
    ),
    (
        "The ears of wheat were heavy with grain.",
        "गेहूँ के कान दानों से भरे थे।",
        "कान",
        "गेहूँ की बालियाँ दानों से भरी थीं।",
    ),
    (
        "Divers saw a school of dolphins near the reef.",
        "गोताखोरों ने चट्टान के पास डॉल्फ़िनों का एक स्कूल देखा।",
        "स्कूल",
        "गोताखोरों ने चट्टान के पास डॉल्फ़िनों का एक झुंड देखा।",
    ),
    (
        "Children should learn to read in their mother tongue.",
        "बच्चों को अपनी मातृ जीभ में पढ़ना सीखना चाहिए।",
        "जीभ",
        "बच्चों को अपनी मातृभाषा में पढ़ना सीखना चाहिए।",
    ),
    (
        "The explorers reached the North Pole in April.",
        "खोजकर्ता अप्रैल में उत्तरी खंभे पर पहुँचे।",
        "खंभे",
        "खोजकर्ता अप्रैल में उत्तरी ध्रुव पर पहुँचे।",
    ),
    (
        "They live in a three-story house near the lake.",
        "वे झील के पास तीन कहानी वाले मकान में रहते हैं।",
        "कहानी",
        "वे झील के पास तीन मंज़िला मकान में रहते हैं।",
    ),
    ("Add a little sage to the soup.", "सूप में थोड़ा ऋषि डालें।", "ऋषि", "सूप में थोड़ी सेज की पत्तियाँ डालें।"),
    (
        "She spent the rest of her life in Goa.",
        "उसने अपने जीवन का आराम गोवा में बिताया।",
        "आराम",
        "उसने अपना बाक़ी जीवन गोवा में बिताया।",
    ),
    (
        "The students staged a play about freedom fighters.",
        "छात्रों ने स्वतंत्रता सेनानियों पर एक खेल का मंचन किया।",
        "खेल",
        "छात्रों ने स्वतंत्रता सेनानियों पर एक नाटक का मंचन किया।",
    ),
    (
        "The carpenter cut the plank with a saw.",
        "बढ़ई ने तख्ते को एक देखा से काटा।",
        "देखा",
        "बढ़ई ने तख्ते को आरी से काटा।",
    ),
    ("The village well dried up in May.", "गाँव का अच्छा मई में सूख गया।", "अच्छा", "गाँव का कुआँ मई में सूख गया।"),
    (
        "He used a jack to lift the car.",
        "उसने कार उठाने के लिए एक गुलाम का इस्तेमाल किया।",
        "गुलाम",
        "उसने कार उठाने के लिए एक जैक का इस्तेमाल किया।",
    ),
]

# clean free translations: complete, but not word for word
FREE = [
    ("The tickets sold out within minutes.", "टिकट कुछ ही पलों में हाथों-हाथ बिक गए।"),
    ("Slowly, the crowd went home.", "धीरे-धीरे भीड़ अपने-अपने घर चली गई।"),
    ("After the heavy rain, the streets were flooded.", "मूसलाधार बारिश के बाद गलियों में पानी भर गया।"),
    ("Every house in the lane was lit with lamps.", "गली का घर-घर दीयों से जगमगा उठा।"),
    ("He was very angry when he heard the news.", "ख़बर सुनते ही उसका पारा चढ़ गया।"),
    ("The children were running here and there.", "बच्चे इधर-उधर दौड़ रहे थे।"),
    ("She finished the work quickly.", "उसने झटपट काम निपटा दिया।"),
    ("The old couple lived happily in their small village.", "बुज़ुर्ग दंपति अपने छोटे-से गाँव में हँसी-ख़ुशी रहते थे।"),
    ("Nobody came to the meeting.", "बैठक में एक भी आदमी नहीं आया।"),
    ("The price of onions doubled in a week.", "एक हफ़्ते में प्याज़ के दाम दोगुने हो गए।"),
    ("He apologised again and again.", "उसने बार-बार माफ़ी माँगी।"),
    ("The road was full of potholes.", "सड़क जगह-जगह गड्ढों से भरी थी।"),
    ("The team won easily.", "टीम ने आसानी से बाज़ी मार ली।"),
    ("We waited for hours at the station.", "हम स्टेशन पर घंटों इंतज़ार करते रहे।"),
    ("The singer's voice moved everyone in the hall.", "गायिका की आवाज़ ने हॉल में बैठे हर व्यक्ति का दिल छू लिया।"),
    ("The shops stayed closed on Sunday.", "रविवार को दुकानें नहीं खुलीं।"),
    ("The boy told the truth to his father.", "लड़के ने अपने पिता को सच-सच बता दिया।"),
    ("The guests left late at night.", "मेहमान देर रात विदा हुए।"),
    ("Prices have risen sharply this year.", "इस साल महँगाई आसमान छू रही है।"),
    ("The small shop sells tea and snacks.", "छोटी-सी दुकान पर चाय-नाश्ता मिलता है।"),
    ("She thought about it for a long time.", "वह काफ़ी देर तक इस बारे में सोचती रही।"),
    ("The festival was celebrated with great enthusiasm.", "त्योहार धूमधाम से मनाया गया।"),
]

# (src, MT with something dropped, what is missing, complete MT)
OMISSIONS = [
    (
        "The prize was shared by Kavita Deshmukh and Ramesh Iyer.",
        "यह पुरस्कार कविता देशमुख को मिला।",
        "Ramesh Iyer",
        "यह पुरस्कार कविता देशमुख और रमेश अय्यर को संयुक्त रूप से मिला।",
    ),
    (
        "Anjali Verma and Farhan Qureshi opened a bakery in Nagpur.",
        "अंजलि वर्मा ने नागपुर में एक बेकरी खोली।",
        "Farhan Qureshi",
        "अंजलि वर्मा और फ़रहान क़ुरैशी ने नागपुर में एक बेकरी खोली।",
    ),
    (
        "The floods hit Assam and Meghalaya last week.",
        "पिछले हफ़्ते बाढ़ ने असम को प्रभावित किया।",
        "Meghalaya",
        "पिछले हफ़्ते बाढ़ ने असम और मेघालय को प्रभावित किया।",
    ),
    (
        "Fourteen workers were injured in the blast at the factory in Sivakasi.",
        "फ़ैक्टरी में हुए धमाके में मज़दूर घायल हो गए।",
        "Fourteen; Sivakasi",
        "शिवकाशी की फ़ैक्टरी में हुए धमाके में चौदह मज़दूर घायल हो गए।",
    ),
    (
        "The train from Jaipur to Udaipur was cancelled.",
        "जयपुर से चलने वाली ट्रेन रद्द कर दी गई।",
        "to Udaipur",
        "जयपुर से उदयपुर जाने वाली ट्रेन रद्द कर दी गई।",
    ),
    (
        "The school will remain closed for three days.",
        "स्कूल बंद रहेगा।",
        "for three days",
        "स्कूल तीन दिन तक बंद रहेगा।",
    ),
    (
        "Police arrested 27 people after the clash in Bhilwara.",
        "झड़प के बाद पुलिस ने लोगों को गिरफ़्तार किया।",
        "27; Bhilwara",
        "भीलवाड़ा में झड़प के बाद पुलिस ने 27 लोगों को गिरफ़्तार किया।",
    ),
    (
        "The film stars Pooja Hegde, Varun Dhawan and Sanjay Mishra.",
        "फ़िल्म में पूजा हेगड़े और वरुण धवन हैं।",
        "Sanjay Mishra",
        "फ़िल्म में पूजा हेगड़े, वरुण धवन और संजय मिश्रा हैं।",
    ),
    (
        "The company will hire 500 engineers in Pune next year.",
        "कंपनी अगले साल इंजीनियरों की भर्ती करेगी।",
        "500; Pune",
        "कंपनी अगले साल पुणे में 500 इंजीनियरों की भर्ती करेगी।",
    ),
    (
        "The match was stopped twice because of rain.",
        "बारिश के कारण मैच रोका गया।",
        "twice",
        "बारिश के कारण मैच दो बार रोका गया।",
    ),
]


def main() -> None:
    rows = []
    for i, (src, bad, span, good) in enumerate(SENSES, 1):
        assert span in bad, span
        rows.append(
            {
                "id": f"s8f{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": span, "category": "sense"}],
            }
        )
        rows.append(
            {"id": f"s8c{i:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "sense"}
        )
    for i, (src, mt) in enumerate(FREE, 1):
        rows.append(
            {"id": f"s8p{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "free"}
        )
    for i, (src, bad, what, good) in enumerate(OMISSIONS, 1):
        rows.append(
            {
                "id": f"s8o{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": bad, "category": "omission", "english": what}],
            }
        )
        rows.append(
            {
                "id": f"s8k{i:03d}",
                "src": src,
                "mt": good,
                "flawed": False,
                "errors": [],
                "category": "omission",
            }
        )
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
