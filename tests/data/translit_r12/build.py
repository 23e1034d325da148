"""Builds heldout.jsonl: round-12 held-out transliterations, clean look-alikes and repetitions.
Written by hand on 2026-11-28 BEFORE the round-12 HI40x/HI30x work and never edited to fit; report
numbers on it, do not tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Flawed rows: everyday words written in English (not in the glossary or the dev sets as far as the
writer knew). Clean rows: each flawed row's correct translation (``translit-twin``) and NEW members
of round 11's false-positive families (``translit-lookalike``): English plurals naming a band, team
or company (द डोर्स, चेल्सी ब्लूज़, जनरल मोटर्स); cities and countries (हवाना, ओस्लो, नैरोबी);
loans Hindi uses (नर्स, बल्ब, ट्रक); Hindi causative verbs (बनवाया, सिलवाए, धुलवाई).
Reduplication (``reduplication``) and flawed repetitions (``repetition``).

    python tests/data/translit_r12/build.py
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    ("A beetle sat on the wall.", "दीवार पर एक बीटल बैठा था।", "बीटल", "दीवार पर एक भृंग बैठा था।"),
    ("The owl hooted at night.", "रात को आउल बोला।", "आउल", "रात को उल्लू बोला।"),
    ("She peeled the garlic.", "उसने गार्लिक छीला।", "गार्लिक", "उसने लहसुन छीला।"),
    ("Spinach is full of iron.", "स्पिनच में भरपूर आयरन होता है।", "स्पिनच", "पालक में भरपूर आयरन होता है।"),
    ("His elbow hurt.", "उसकी एल्बो में दर्द था।", "एल्बो", "उसकी कोहनी में दर्द था।"),
    ("Her nephew came home.", "उसका नेफ़्यू घर आया।", "नेफ़्यू", "उसका भतीजा घर आया।"),
    ("The widow lived alone.", "विडो अकेली रहती थी।", "विडो", "विधवा अकेली रहती थी।"),
    ("The road was narrow.", "सड़क नैरो थी।", "नैरो", "सड़क संकरी थी।"),
    ("The milk was sour.", "दूध सॉर हो गया था।", "सॉर", "दूध खट्टा हो गया था।"),
    ("The thief escaped.", "थीफ़ भाग निकला।", "थीफ़", "चोर भाग निकला।"),
    ("He swept the courtyard.", "उसने आंगन को स्वीप किया।", "स्वीप", "उसने आंगन में झाड़ू लगाई।"),
    ("The child was hungry.", "बच्चा हंग्री था।", "हंग्री", "बच्चा भूखा था।"),
    ("The well was deep.", "कुआं डीप था।", "डीप", "कुआं गहरा था।"),
    ("A sparrow built a nest.", "एक स्पैरो ने घोंसला बनाया।", "स्पैरो", "एक गौरैया ने घोंसला बनाया।"),
]

# (source, clean MT)
LOOKALIKES = [
    # English plurals naming a band, team or company
    ("The Doors played in Los Angeles.", "द डोर्स ने लॉस एंजिल्स में प्रस्तुति दी।"),
    ("General Motors cut jobs.", "जनरल मोटर्स ने नौकरियां घटाईं।"),
    ("The Chicago Bulls won the match.", "शिकागो बुल्स ने मैच जीता।"),
    ("The band Coldplay toured India.", "बैंड कोल्डप्ले ने भारत का दौरा किया।"),
    ("Tata Motors launched a new car.", "टाटा मोटर्स ने नई कार उतारी।"),
    ("The Boston Celtics lost.", "बोस्टन सेल्टिक्स हार गए।"),
    # cities and countries
    ("He flew to Havana.", "वह हवाना गया।"),
    ("The summit was held in Oslo.", "शिखर सम्मेलन ओस्लो में हुआ।"),
    ("It rained in Nairobi.", "नैरोबी में बारिश हुई।"),
    ("She studied in Vienna.", "उसने वियना में पढ़ाई की।"),
    ("Exports from Chile rose.", "चिली से निर्यात बढ़ा।"),
    ("Trade with Peru grew.", "पेरू के साथ व्यापार बढ़ा।"),
    # loans Hindi uses
    ("The nurse gave an injection.", "नर्स ने इंजेक्शन लगाया।"),
    ("The bulb fused.", "बल्ब फ़्यूज़ हो गया।"),
    ("The truck overturned.", "ट्रक पलट गया।"),
    ("He bought a ticket.", "उसने टिकट खरीदा।"),
    ("The doctor checked the patient.", "डॉक्टर ने मरीज़ की जांच की।"),
    ("He sat on the sofa.", "वह सोफ़े पर बैठा।"),
    # Hindi causative verbs
    ("He had a house built.", "उसने एक मकान बनवाया।"),
    ("She had clothes stitched.", "उसने कपड़े सिलवाए।"),
    ("He got the car washed.", "उसने गाड़ी धुलवाई।"),
    ("They had the wall painted.", "उन्होंने दीवार रंगवाई।"),
]

# (source, flawed MT, repeated span): the second occurrence is the error
REPETITIONS = [
    ("The school will remain closed tomorrow.", "स्कूल कल कल बंद रहेगा।", "कल"),
    ("Prices rose sharply this year.", "इस साल कीमतें तेज़ी से तेज़ी से बढ़ीं।", "तेज़ी से"),
    ("The bus left from the station.", "बस स्टेशन से स्टेशन से रवाना हुई।", "स्टेशन से"),
    ("She wrote a letter to her mother.", "उसने अपनी मां को मां को पत्र लिखा।", "मां को"),
]

# (source, clean MT): Hindi reduplication
REDUPLICATIONS = [
    ("He went from house to house.", "वह घर-घर गया।"),
    ("Laughing, she told the story.", "हंसते-हंसते उसने कहानी सुनाई।"),
    ("Each got ten rupees.", "हर एक को दस-दस रुपये मिले।"),
    ("Slowly the crowd dispersed.", "धीरे-धीरे भीड़ छंट गई।"),
]


def _row(row_id: str, src: str, mt: str, span: str = "", category: str = "") -> dict:
    """A flawed row (``span`` is its one error, of ``category``) or a clean one (``category``
    names the kind of clean row)."""
    if span:
        return {
            "id": row_id,
            "src": src,
            "mt": mt,
            "flawed": True,
            "errors": [{"span": span, "category": category}],
        }
    return {"id": row_id, "src": src, "mt": mt, "flawed": False, "errors": [], "category": category}


def rows() -> list[dict]:
    out: list[dict] = []
    for i, (src, mt, span, fixed) in enumerate(FLAWED, 1):
        assert span in mt, span
        out.append(_row(f"r12f{i:03d}", src, mt, span, "translit"))
        out.append(_row(f"r12t{i:03d}", src, fixed, category="translit-twin"))
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        out.append(_row(f"r12l{i:03d}", src, mt, category="translit-lookalike"))
    for i, (src, mt, span) in enumerate(REPETITIONS, 1):
        assert mt.count(span) >= 2, span
        out.append(_row(f"r12r{i:03d}", src, mt, span, "repetition"))
    for i, (src, mt) in enumerate(REDUPLICATIONS, 1):
        out.append(_row(f"r12d{i:03d}", src, mt, category="reduplication"))
    return out


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row, ensure_ascii=False))
