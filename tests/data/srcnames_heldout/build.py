#!/usr/bin/env python3
"""Round-5 held-out check for source-confirmed names, name omissions and spelled-out numbers.

Written by hand on 2026-11-27 (round 5, issue 13) BEFORE the source-name slot check was built,
and not edited afterwards: report numbers on it, never tune on it. Names are not taken from
tests/data/heldout_r4 or from the project's name lexicons. Licence: Apache-2.0 (the project's).

    python tests/data/srcnames_heldout/build.py          # writes heldout.jsonl
    audit check tests/data/srcnames_heldout/heldout.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o o.jsonl
    python scripts/score_by_category.py tests/data/srcnames_heldout/heldout.jsonl o.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

# (category, src, flawed mt, span (None: the whole line without the danda), correct mt)
FLAWED = [
    (
        "name-calque",
        "Rose Byrne starred in the new comedy.",
        "गुलाब बर्न ने नई कॉमेडी में अभिनय किया।",
        "गुलाब",
        "रोज़ बर्न ने नई कॉमेडी में अभिनय किया।",
    ),
    (
        "name-calque",
        "Jon Snow presented the evening news for many years.",
        "जॉन बर्फ ने कई वर्षों तक शाम की खबरें प्रस्तुत कीं।",
        "बर्फ",
        "जॉन स्नो ने कई वर्षों तक शाम की खबरें प्रस्तुत कीं।",
    ),
    (
        "name-calque",
        "Robert Frost wrote the poem in 1922.",
        "रॉबर्ट पाला ने 1922 में यह कविता लिखी।",
        "पाला",
        "रॉबर्ट फ्रॉस्ट ने 1922 में यह कविता लिखी।",
    ),
    (
        "name-calque",
        "Doris Day sang the title song of the film.",
        "डोरिस दिन ने फिल्म का शीर्षक गीत गाया।",
        "दिन",
        "डोरिस डे ने फिल्म का शीर्षक गीत गाया।",
    ),
    (
        "name-calque",
        "Gordon Brown became prime minister in 2007.",
        "गॉर्डन भूरा 2007 में प्रधानमंत्री बने।",
        "भूरा",
        "गॉर्डन ब्राउन 2007 में प्रधानमंत्री बने।",
    ),
    (
        "name-calque",
        "Eva Green played the villain in the thriller.",
        "ईवा हरी ने थ्रिलर में खलनायिका की भूमिका निभाई।",
        "हरी",
        "ईवा ग्रीन ने थ्रिलर में खलनायिका की भूमिका निभाई।",
    ),
    (
        "name-calque",
        "Joan Rivers hosted the show for years.",
        "जोन नदियों ने वर्षों तक शो की मेज़बानी की।",
        "नदियों",
        "जोन रिवर्स ने वर्षों तक शो की मेज़बानी की।",
    ),
    (
        "name-calque",
        "Roger Waters played the old songs in Delhi.",
        "रोजर पानी ने दिल्ली में पुराने गाने बजाए।",
        "पानी",
        "रोजर वॉटर्स ने दिल्ली में पुराने गाने बजाए।",
    ),
    (
        "name-calque",
        "Mrs Bird taught the children to read.",
        "श्रीमती चिड़िया ने बच्चों को पढ़ना सिखाया।",
        "चिड़िया",
        "श्रीमती बर्ड ने बच्चों को पढ़ना सिखाया।",
    ),
    (
        "name-calque",
        "Senator Tim Scott spoke against the proposal.",
        "सीनेटर टिम स्कॉट ने प्रस्ताव के खिलाफ बात की।",
        None,
        None,
    ),  # placeholder removed below
    (
        "name-calque",
        "Hu Jintao met the visiting delegation in Beijing.",
        "हूं जिंताओ ने बीजिंग में आए प्रतिनिधिमंडल से मुलाकात की।",
        "हूं",
        "हू जिंताओ ने बीजिंग में आए प्रतिनिधिमंडल से मुलाकात की।",
    ),
    (
        "name-calque",
        "Spanish coach Luis de la Fuente named his squad.",
        "स्पेनिश कोच लुइस दे ला फव्वारा ने अपनी टीम घोषित की।",
        "फव्वारा",
        "स्पेनिश कोच लुइस दे ला फुएंते ने अपनी टीम घोषित की।",
    ),
    (
        "name-calque",
        "Goalkeeper Ray Parks saved two penalties.",
        "गोलकीपर रे पार्कों ने दो पेनल्टी बचाईं।",
        "पार्कों",
        "गोलकीपर रे पार्क्स ने दो पेनल्टी बचाईं।",
    ),
    (
        "name-calque",
        "Lady Cooper opened the new library.",
        "लेडी कूपर ने नए पुस्तकालय का उद्घाटन किया।",
        None,
        None,
    ),  # placeholder removed below
    (
        "name-calque",
        "Sir Nick Hunter chaired the inquiry.",
        "सर निक शिकारी ने जांच की अध्यक्षता की।",
        "शिकारी",
        "सर निक हंटर ने जांच की अध्यक्षता की।",
    ),
    (
        "omission",
        "Justin Trudeau and Joe Biden held a joint press conference.",
        "जस्टिन ट्रूडो ने एक संयुक्त संवाददाता सम्मेलन किया।",
        None,
        "जस्टिन ट्रूडो और जो बाइडेन ने एक संयुक्त संवाददाता सम्मेलन किया।",
    ),
    (
        "omission",
        "Shinzo Abe and Narendra Modi inaugurated the rail project.",
        "नरेंद्र मोदी ने रेल परियोजना का उद्घाटन किया।",
        None,
        "शिंजो आबे और नरेंद्र मोदी ने रेल परियोजना का उद्घाटन किया।",
    ),
    (
        "omission",
        "The award was presented to Mohammed Rafiq by Lata Joshi.",
        "पुरस्कार लता जोशी द्वारा प्रदान किया गया।",
        None,
        "पुरस्कार लता जोशी द्वारा मोहम्मद रफ़ीक़ को प्रदान किया गया।",
    ),
    (
        "omission",
        "Prices of vegetables rose twice this month.",
        "इस महीने सब्ज़ियों के दाम बढ़े।",
        None,
        "इस महीने सब्ज़ियों के दाम दो बार बढ़े।",
    ),
    (
        "omission",
        "A dozen passengers were injured in the crash.",
        "दुर्घटना में यात्री घायल हो गए।",
        None,
        "दुर्घटना में एक दर्जन यात्री घायल हो गए।",
    ),
    (
        "omission",
        "The new metro line will be built over four years.",
        "नई मेट्रो लाइन बनाई जाएगी।",
        None,
        "नई मेट्रो लाइन चार वर्षों में बनाई जाएगी।",
    ),
]
FLAWED = [f for f in FLAWED if f[3] is not None or f[0] == "omission"]

# clean look-alikes: (category, src, mt)
CLEAN = [
    ("name", "Pope Leo visited the refugee camp.", "पोप लियो ने शरणार्थी शिविर का दौरा किया।"),
    ("name", "The Dead Sea is shrinking every year.", "मृत सागर हर साल सिकुड़ रहा है।"),
    ("name", "The Golden Temple was lit up for the festival.", "त्योहार के लिए स्वर्ण मंदिर को रोशन किया गया।"),
    ("name", "The Red Cross sent medicines to the flood victims.", "रेड क्रॉस ने बाढ़ पीड़ितों को दवाइयाँ भेजीं।"),
    ("name", "Chancellor Olaf Scholz spoke to reporters.", "चांसलर शोल्ज़ ने पत्रकारों से बात की।"),
    ("name", "Elon Musk said the car would be cheaper.", "Elon Musk ने कहा कि कार सस्ती होगी।"),
    ("name", "Mikhail Gorbachev ended the Cold War.", "मिखाइल गोर्बाचोव ने शीत युद्ध समाप्त किया।"),
    ("name", "Volodymyr Zelensky addressed the parliament.", "वोलोदिमीर ज़ेलेंस्की ने संसद को संबोधित किया।"),
    ("name", "Actor Tom Hanks won the award.", "अभिनेता टॉम हैंक्स ने पुरस्कार जीता।"),
    ("name", "Chef Gordon Ramsay opened a restaurant in London.", "शेफ़ गॉर्डन रामसे ने लंदन में एक रेस्तरां खोला।"),
    ("name", "Singer Adele cancelled her tour.", "गायिका एडेल ने अपना दौरा रद्द कर दिया।"),
    (
        "name",
        "Sachin Tendulkar and Virat Kohli attended the ceremony.",
        "सचिन तेंदुलकर और विराट कोहली समारोह में शामिल हुए।",
    ),
    ("name", "The Rocky Mountains stretch across two countries.", "रॉकी पर्वत दो देशों में फैले हैं।"),
    (
        "name",
        "Tiger reserves in Madhya Pradesh reported more births.",
        "मध्य प्रदेश के बाघ अभयारण्यों में अधिक जन्म दर्ज किए गए।",
    ),
    ("name", "Brown bears were seen near Banff.", "बैन्फ़ के पास भूरे भालू देखे गए।"),
    ("name", "Prince Harry and Meghan visited the school.", "प्रिंस हैरी और मेगन ने स्कूल का दौरा किया।"),
    ("name", "Mr Gandhi criticised the budget.", "श्री गांधी ने बजट की आलोचना की।"),
    ("name", "Green Party leader Caroline Lucas resigned.", "ग्रीन पार्टी की नेता कैरोलिन लुकास ने इस्तीफा दे दिया।"),
    ("name", "Hope Street will be closed on Sunday.", "होप स्ट्रीट रविवार को बंद रहेगी।"),
    ("name", "Little Rock is the capital of Arkansas.", "लिटिल रॉक अर्कांसस की राजधानी है।"),
    ("number", "Twelve students won scholarships.", "बारह छात्रों ने छात्रवृत्ति जीती।"),
    ("number", "She has visited Paris twice.", "वह दो बार पेरिस जा चुकी हैं।"),
]


def main() -> None:
    rows = []
    for k, (cat, src, mt, span, fix) in enumerate(FLAWED, 1):
        whole = mt.rstrip("।")
        rows.append(
            {
                "id": f"nf{k:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span or whole, "category": cat}],
            }
        )
        if fix:
            rows.append(
                {
                    "id": f"nc{k:03d}",
                    "src": src,
                    "mt": fix,
                    "flawed": False,
                    "errors": [],
                    "category": cat + "-twin",
                }
            )
    for k, (cat, src, mt) in enumerate(CLEAN, 1):
        rows.append(
            {"id": f"nl{k:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": cat}
        )
    out = Path(__file__).with_name("heldout.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
