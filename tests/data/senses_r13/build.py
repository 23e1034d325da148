"""Builds senses_r13.jsonl: the round-13 generalisation check for the source checks (issue 13).

Written by hand on 2026-11-29 (round 13, helper "source") BEFORE any round-13 source work was
tuned; never edited to fit: report numbers on it, never tune on it.
- SENSES: ambiguous English words whose sense confusion is in no dev set's sense items (a bird's
  bill, a ceiling fan, fruit jam, a prison cell, a sandal's sole, a car's boot, army tanks, a
  sheep pen), rendered with the Hindi of their other sense, each with its correct twin (`sense`).
- LOOKALIKES: the same words in the sense whose usual Hindi is right (`sense`, clean).
- FREE: clean translations of round 12's false-positive families with NEW members (`free`):
  English idioms used literally in their own scene (HI512: a carpenter hitting a nail, eggs in a
  basket, a rabbit out of a hat, a line in the sand, waves rocking a boat, steam from a cooker),
  number words that are quantities written as Hindi words or not quantities at all (HI501), and
  "had no X" said as X नहीं था (HI505).
- OMISSIONS: something dropped (a list member, a number, a negation) with complete twins.

    python tests/data/senses_r13/build.py > tests/data/senses_r13/senses_r13.jsonl
    audit check tests/data/senses_r13/senses_r13.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o s13.jsonl
    python scripts/score_by_category.py tests/data/senses_r13/senses_r13.jsonl s13.jsonl
"""

from __future__ import annotations

import json

# (src, flawed MT, wrong-sense span, correct MT)
SENSES = [
    (
        "The parrot's bill was bright red.",
        "तोते का बिल चमकीला लाल था।",
        "बिल",
        "तोते की चोंच चटक लाल थी।",
    ),
    (
        "The ceiling fan stopped in the heat.",
        "गर्मी में छत का प्रशंसक बंद हो गया।",
        "प्रशंसक",
        "गर्मी में छत का पंखा बंद हो गया।",
    ),
    (
        "She spread mango jam on the toast.",
        "उसने टोस्ट पर आम का जाम लगाया।",
        "जाम",
        "उसने टोस्ट पर आम का मुरब्बा लगाया।",
    ),
    (
        "The prisoner was locked in his cell.",
        "क़ैदी को उसकी बैटरी में बंद कर दिया गया।",
        "बैटरी",
        "क़ैदी को उसकी कोठरी में बंद कर दिया गया।",
    ),
    (
        "The sole of my sandal came off.",
        "मेरी चप्पल की एकमात्र निकल गई।",
        "एकमात्र",
        "मेरी चप्पल का तला निकल गया।",
    ),
    (
        "Put the luggage in the boot of the taxi.",
        "सामान टैक्सी के जूते में रख दो।",
        "जूते",
        "सामान टैक्सी की डिक्की में रख दो।",
    ),
    (
        "The army sent three tanks to the border.",
        "सेना ने सीमा पर तीन टंकियां भेजीं।",
        "टंकियां",
        "सेना ने सीमा पर तीन टैंक भेजे।",
    ),
    (
        "The sheep were kept in a pen overnight.",
        "भेड़ों को रात भर एक क़लम में रखा गया।",
        "क़लम",
        "भेड़ों को रात भर एक बाड़े में रखा गया।",
    ),
]

# this set's words in the sense whose usual Hindi is right
LOOKALIKES = [
    ("The hotel bill came to four thousand rupees.", "होटल का बिल चार हज़ार रुपये आया।"),
    ("The fans cheered the goal.", "प्रशंसकों ने गोल पर ख़ुशी मनाई।"),
    ("The traffic jam lasted two hours.", "ट्रैफ़िक जाम दो घंटे रहा।"),
    ("He bought new boots for the trek.", "उसने ट्रेक के लिए नए जूते ख़रीदे।"),
    ("The water tank on the roof leaked.", "छत पर रखी पानी की टंकी रिसने लगी।"),
    ("She signed the form with a blue pen.", "उसने नीले क़लम से फ़ॉर्म पर दस्तख़त किए।"),
]

# clean free translations of the false-positive families, new members
FREE = [
    ("The carpenter hit the nail on the head with a hammer.", "बढ़ई ने हथौड़े से कील के सिर पर चोट की।"),
    ("The farmer put all his eggs in one basket.", "किसान ने सारे अंडे एक ही टोकरी में रखे।"),
    ("The magician pulled a rabbit out of a hat.", "जादूगर ने टोपी से ख़रगोश निकाला।"),
    ("The child drew a line in the sand with a stick.", "बच्चे ने छड़ी से रेत पर एक लकीर खींची।"),
    ("The waves rocked the boat all night.", "लहरें रात भर नाव को हिलाती रहीं।"),
    ("She let off steam from the pressure cooker.", "उसने प्रेशर कुकर की भाप निकाली।"),
    ("He bought nineteen mangoes.", "उसने उन्नीस आम ख़रीदे।"),
    ("She was dressed to the nines for the wedding.", "वह शादी के लिए ख़ूब सज-धजकर आई थी।"),
    ("The inspector put two and two together.", "इंस्पेक्टर ने सारी बातें जोड़कर नतीजा निकाल लिया।"),
    ("The tap had no water in the morning.", "सुबह नल में पानी नहीं था।"),
    ("The pharmacy had no insulin left.", "दवा की दुकान में इंसुलिन नहीं बची थी।"),
    ("The bus had no conductor.", "बस में कोई कंडक्टर नहीं था।"),
]

# (src, MT with something dropped, what was dropped, complete MT)
OMISSIONS = [
    (
        "I lost my wallet, my keys and my phone.",
        "मेरा बटुआ और मेरी चाबियां खो गईं।",
        "my phone",
        "मेरा बटुआ, मेरी चाबियां और मेरा फ़ोन खो गए।",
    ),
    (
        "Sixty workers were injured in the blast.",
        "धमाके में मज़दूर घायल हुए।",
        "Sixty",
        "धमाके में साठ मज़दूर घायल हुए।",
    ),
    (
        "The shop will not open on Sunday.",
        "दुकान रविवार को खुलेगी।",
        "not",
        "दुकान रविवार को नहीं खुलेगी।",
    ),
]


def main() -> None:
    rows: list[dict] = []
    for i, (src, bad, span, good) in enumerate(SENSES, 1):
        assert span in bad, span
        rows.append(
            {
                "id": f"s13f{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": span, "category": "sense"}],
            }
        )
        rows.append(
            {"id": f"s13c{i:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "sense"}
        )
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        rows.append(
            {"id": f"s13l{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "sense"}
        )
    for i, (src, mt) in enumerate(FREE, 1):
        rows.append(
            {"id": f"s13p{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "free"}
        )
    for i, (src, bad, what, good) in enumerate(OMISSIONS, 1):
        rows.append(
            {
                "id": f"s13o{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": bad, "category": "omission", "english": what}],
            }
        )
        rows.append(
            {
                "id": f"s13k{i:03d}",
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
