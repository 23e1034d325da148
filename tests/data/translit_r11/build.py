"""Builds heldout.jsonl: round-11 held-out transliterations, clean look-alikes and repetitions.
Written by hand on 2026-11-28 BEFORE the round-11 HI40x/HI30x work and never edited to fit; report
numbers on it, do not tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Flawed rows: everyday nouns, adjectives and light-verb compounds written in English (स्नेल, शैलो,
सिंक हो गई) whose spans are in none of ``audit/data/translit_glossary.tsv``, the dev sets
``heldout_r4`` .. ``heldout_r10``, ``translit_r5`` .. ``translit_r10`` (checked by script).
Clean rows: each flawed row's correct translation (``translit-twin``) and NEW members of round
10's false-positive families (``translit-lookalike``): English words inside place names outside
sport, before a kind word (वॉल स्ट्रीट, टाइम्स स्क्वायर, टावर ब्रिज) or after a place word
(न्यू जर्सी, सॉल्ट लेक सिटी); English-word surnames and given names outside sport (गॉर्डन ब्राउन,
टेलर स्विफ़्ट, बिल गेट्स); native Hindi words that spell English sounds (डाल, मोर, बेल, पेट);
place names that split into glued words (इंफाल, आइजोल, शिलांग); a nickname compound
(कोटहैंगर). Reduplication (``reduplication``) and flawed repetitions (``repetition``).

    python tests/data/translit_r11/build.py > tests/data/translit_r11/heldout.jsonl
    audit check tests/data/translit_r11/heldout.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o o.jsonl
    python scripts/score_by_category.py tests/data/translit_r11/heldout.jsonl o.jsonl   # Hindi only: --src-col none
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    (
        "A moth circled the lamp.",
        "दीये के चारों ओर एक मॉथ मंडरा रहा था।",
        "मॉथ",
        "दीये के चारों ओर एक पतंगा मंडरा रहा था।",
    ),
    ("A snail crawled on the leaf.", "पत्ते पर एक स्नेल रेंग रहा था।", "स्नेल", "पत्ते पर एक घोंघा रेंग रहा था।"),
    ("A heron stood in the water.", "पानी में एक हेरॉन खड़ा था।", "हेरॉन", "पानी में एक बगुला खड़ा था।"),
    ("She bought onions.", "उसने अनियन्स खरीदे।", "अनियन्स", "उसने प्याज़ खरीदे।"),
    ("Mangoes are sweet in summer.", "गर्मियों में मैंगोज़ मीठे होते हैं।", "मैंगोज़", "गर्मियों में आम मीठे होते हैं।"),
    ("Cucumber cools the body.", "क्युकम्बर शरीर को ठंडक देता है।", "क्युकम्बर", "खीरा शरीर को ठंडक देता है।"),
    ("Mother cooked pumpkin.", "मां ने पंपकिन की सब्ज़ी बनाई।", "पंपकिन", "मां ने कद्दू की सब्ज़ी बनाई।"),
    ("Radish is eaten in winter.", "सर्दियों में रैडिश खाई जाती है।", "रैडिश", "सर्दियों में मूली खाई जाती है।"),
    ("Gooseberry pickle was made.", "गूज़बेरी का अचार बनाया गया।", "गूज़बेरी", "आंवले का अचार बनाया गया।"),
    ("He hit his forehead.", "उसके फ़ोरहेड पर चोट लगी।", "फ़ोरहेड", "उसके माथे पर चोट लगी।"),
    ("Her eyebrows were thick.", "उसकी आईब्रोज़ घनी थीं।", "आईब्रोज़", "उसकी भौंहें घनी थीं।"),
    ("He broke his wrist.", "उसकी रिस्ट टूट गई।", "रिस्ट", "उसकी कलाई टूट गई।"),
    ("His grandson goes to school.", "उसका ग्रैंडसन स्कूल जाता है।", "ग्रैंडसन", "उसका पोता स्कूल जाता है।"),
    ("Her stepmother was strict.", "उसकी स्टेपमदर सख़्त थी।", "स्टेपमदर", "उसकी सौतेली मां सख़्त थी।"),
    ("The orphan was given shelter.", "ऑरफ़न को आश्रय दिया गया।", "ऑरफ़न", "अनाथ को आश्रय दिया गया।"),
    ("The farmer ploughed the field.", "फ़ार्मर ने खेत जोता।", "फ़ार्मर", "किसान ने खेत जोता।"),
    ("The water was shallow.", "पानी शैलो था।", "शैलो", "पानी उथला था।"),
    ("The boat sank.", "नाव सिंक हो गई।", "सिंक", "नाव डूब गई।"),
]

# (source, clean MT)
LOOKALIKES = [
    # English words in place names outside sport: before a kind word, after a place word
    ("Shares fell on Wall Street.", "वॉल स्ट्रीट पर शेयर गिर गए।"),
    ("Crowds gathered in Times Square.", "टाइम्स स्क्वायर में भीड़ जमा हुई।"),
    ("The shop is on Park Street in Kolkata.", "दुकान कोलकाता की पार्क स्ट्रीट पर है।"),
    ("The hotel is on Marine Drive.", "होटल मरीन ड्राइव पर है।"),
    ("Tourists visited Buckingham Palace.", "पर्यटकों ने बकिंघम पैलेस देखा।"),
    ("He walked across Tower Bridge.", "वह टावर ब्रिज पार करके गया।"),
    ("Traffic was jammed on Carter Road.", "कार्टर रोड पर जाम लगा था।"),
    ("A concert was held in Hyde Park.", "हाइड पार्क में संगीत कार्यक्रम हुआ।"),
    ("He lives in New Jersey.", "वह न्यू जर्सी में रहता है।"),
    ("Silicon Valley companies stopped hiring.", "सिलिकॉन वैली की कंपनियों ने भर्ती रोक दी।"),
    ("There was fog on the Golden Gate bridge.", "गोल्डन गेट पुल पर कोहरा था।"),
    ("He lives in Salt Lake City.", "वह सॉल्ट लेक सिटी में रहता है।"),
    # English-word surnames and given names outside sport
    ("Prime Minister Gordon Brown resigned.", "प्रधानमंत्री गॉर्डन ब्राउन ने इस्तीफ़ा दे दिया।"),
    ("Writer Stephen King released a new novel.", "लेखक स्टीफ़न किंग ने नया उपन्यास जारी किया।"),
    ("Actor Will Smith came to Mumbai.", "अभिनेता विल स्मिथ मुंबई आए।"),
    ("Taylor Swift's concert tickets sold out.", "टेलर स्विफ़्ट के कॉन्सर्ट के टिकट बिक गए।"),
    ("Bill Gates donated money.", "बिल गेट्स ने पैसे दान किए।"),
    # native Hindi words that spell English sounds
    ("A peacock sat on the branch of the tree.", "पेड़ की डाल पर मोर बैठा था।"),
    ("He had a pain in his stomach.", "उसके पेट में दर्द था।"),
    ("Flowers bloomed on the vine.", "बेल पर फूल खिले।"),
    ("He got his hair cut.", "उसने बाल कटवाए।"),
    # place names that split into glued words
    ("The curfew was lifted in Imphal.", "इंफाल में कर्फ़्यू हटा लिया गया।"),
    ("It rained heavily in Aizawl.", "आइजोल में भारी बारिश हुई।"),
    ("The markets of Shillong stayed open.", "शिलांग के बाज़ार खुले रहे।"),
    # a nickname compound
    ("Sydney's bridge is called the Coathanger.", "सिडनी के पुल को कोटहैंगर कहा जाता है।"),
]

# (source, flawed MT, repeated span): the second occurrence is the error
REPETITIONS = [
    (
        "The minister said the work will be finished soon.",
        "मंत्री ने कहा कि काम जल्द ही जल्द ही पूरा होगा।",
        "जल्द ही",
    ),
    (
        "Farmers protested against the new law.",
        "किसानों ने नए कानून के खिलाफ के खिलाफ प्रदर्शन किया।",
        "के खिलाफ",
    ),
    ("The train was two hours late.", "ट्रेन दो घंटे दो घंटे देर से आई।", "दो घंटे"),
    (
        "Police arrested the accused on Monday.",
        "पुलिस ने सोमवार को आरोपी को सोमवार को गिरफ्तार किया।",
        "सोमवार को",
    ),
    ("The shop opens at nine.", "दुकान दुकान नौ बजे खुलती है।", "दुकान"),
]

# (source, clean MT): Hindi reduplication
REDUPLICATIONS = [
    ("He wandered from lane to lane.", "वह गली-गली घूमा।"),
    ("While walking, he fell asleep.", "चलते-चलते उसे नींद आ गई।"),
    ("Each child got five rupees.", "हर बच्चे को पांच-पांच रुपये मिले।"),
    ("In the course of talking he told the truth.", "बातों-बातों में उसने सच बता दिया।"),
    ("They looked tired.", "वे थके-थके लग रहे थे।"),
]


def rows() -> list[dict]:
    out: list[dict] = []
    for i, (src, mt, span, fixed) in enumerate(FLAWED, 1):
        assert span in mt, span
        out.append(
            {
                "id": f"r11f{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "translit"}],
            }
        )
        out.append(
            {
                "id": f"r11t{i:03d}",
                "src": src,
                "mt": fixed,
                "flawed": False,
                "errors": [],
                "category": "translit-twin",
            }
        )
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        out.append(
            {
                "id": f"r11l{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": False,
                "errors": [],
                "category": "translit-lookalike",
            }
        )
    for i, (src, mt, span) in enumerate(REPETITIONS, 1):
        assert mt.count(span) >= 2, span
        out.append(
            {
                "id": f"r11r{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "repetition"}],
            }
        )
    for i, (src, mt) in enumerate(REDUPLICATIONS, 1):
        out.append(
            {
                "id": f"r11d{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": False,
                "errors": [],
                "category": "reduplication",
            }
        )
    return out


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row, ensure_ascii=False))
