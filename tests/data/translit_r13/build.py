"""Builds heldout.jsonl: round-13 held-out transliterations, clean look-alikes and repetitions.
Written by hand on 2026-11-29 BEFORE any round-13 HI40x/HI30x work and never edited to fit; report
numbers on it, do not tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Flawed rows: everyday words written in English, several with कर/हो verbs (new words, not in the dev
sets as far as the writer knew). Clean rows: each flawed row's correct translation (``translit-twin``)
and NEW members of round 12's remaining false-positive families (``translit-lookalike``): an English
plural naming a team/band after a place or a non-Hindi word, or sentence-first; loans Hindi uses;
a title in quotes. Reduplication (``reduplication``) and flawed repetitions (``repetition``).

    python tests/data/translit_r13/build.py
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    ("The goat grazed in the field.", "खेत में गोट चर रही थी।", "गोट", "खेत में बकरी चर रही थी।"),
    ("Her cheeks were red.", "उसके चीक्स लाल थे।", "चीक्स", "उसके गाल लाल थे।"),
    ("He borrowed money from his uncle.", "उसने अंकल से पैसे बॉरो किए।", "बॉरो", "उसने चाचा से पैसे उधार लिए।"),
    ("The pond was shallow.", "तालाब शैलो था।", "शैलो", "तालाब उथला था।"),
    ("She was very brave.", "वह बहुत ब्रेव थी।", "ब्रेव", "वह बहुत बहादुर थी।"),
    ("The farmer ploughed the land.", "किसान ने ज़मीन को प्लाउ किया।", "प्लाउ", "किसान ने ज़मीन जोती।"),
    ("A frog jumped into the pond.", "एक फ्रॉग तालाब में कूदा।", "फ्रॉग", "एक मेंढक तालाब में कूदा।"),
    ("The mango was sweet.", "आम स्वीट था।", "स्वीट", "आम मीठा था।"),
    ("He sneezed twice.", "उसने दो बार स्नीज़ किया।", "स्नीज़", "उसे दो बार छींक आई।"),
    ("The old man was blind.", "बूढ़ा आदमी ब्लाइंड था।", "ब्लाइंड", "बूढ़ा आदमी अंधा था।"),
]

# (source, clean MT)
LOOKALIKES = [
    # English plurals naming a team or band: after a place, after a non-Hindi word, sentence-first
    ("The Chennai Super Kings won the final.", "चेन्नई सुपर किंग्स ने फ़ाइनल जीता।"),
    ("The Ottawa Senators lost at home.", "ओटावा सीनेटर्स घर पर हार गए।"),
    ("The Green Bay Packers signed him.", "ग्रीन बे पैकर्स ने उसे अनुबंधित किया।"),
    ("The Eagles came to Delhi.", "ईगल्स दिल्ली आए थे।"),
    ("He works at Blue Star Foods.", "वह ब्लू स्टार फ़ूड्स में काम करता है।"),
    # loans Hindi uses
    ("The pilot landed the plane.", "पायलट ने विमान उतारा।"),
    ("He charged his mobile.", "उसने अपना मोबाइल चार्ज किया।"),
    ("She watched a cooking show.", "उसने एक कुकिंग शो देखा।"),
    ("The bowler took three wickets.", "गेंदबाज़ ने तीन विकेट लिए।"),
    ("They stayed in a hotel.", "वे एक होटल में ठहरे।"),
    # a title in quotes
    ("She loved the film 'Fashion'.", "उसे फ़िल्म 'फ़ैशन' बहुत पसंद आई।"),
    ("He read the novel 'Shadow'.", "उसने उपन्यास 'शैडो' पढ़ा।"),
]

# (source, flawed MT, repeated span): the second occurrence is the error
REPETITIONS = [
    ("The train was late today.", "ट्रेन आज आज देर से आई।", "आज"),
    ("He sold his old bicycle.", "उसने अपनी पुरानी पुरानी साइकिल बेच दी।", "पुरानी"),
    ("The children played in the park.", "बच्चे पार्क में पार्क में खेले।", "पार्क में"),
]

# (source, clean MT): Hindi reduplication
REDUPLICATIONS = [
    ("They sat in twos.", "वे दो-दो करके बैठे।"),
    ("Crying, the child slept.", "रोते-रोते बच्चा सो गया।"),
    ("Everyone said something or other.", "सबने कुछ-न-कुछ कहा।"),
    ("He walked village to village.", "वह गांव-गांव घूमा।"),
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
        out.append(_row(f"r13f{i:03d}", src, mt, span, "translit"))
        out.append(_row(f"r13t{i:03d}", src, fixed, category="translit-twin"))
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        out.append(_row(f"r13l{i:03d}", src, mt, category="translit-lookalike"))
    for i, (src, mt, span) in enumerate(REPETITIONS, 1):
        assert mt.count(span) >= 2, span
        out.append(_row(f"r13r{i:03d}", src, mt, span, "repetition"))
    for i, (src, mt) in enumerate(REDUPLICATIONS, 1):
        out.append(_row(f"r13d{i:03d}", src, mt, category="reduplication"))
    return out


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row, ensure_ascii=False))
