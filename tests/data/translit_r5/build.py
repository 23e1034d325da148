"""Builds heldout.jsonl: round-5 held-out transliterations with sources. Written by hand on
2026-11-27 BEFORE the round-5 HI408 work and never edited to fit; report numbers on it, do not
tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Every flawed English word is in neither ``audit/data/translit_glossary.tsv`` nor
``tests/data/heldout_r4`` (checked when this was written): the set measures the class mechanism
(sound keys, an English word list, a common Hindi equivalent, Hindi text frequency), not the
glossary. Inflections (-ों, -ज़), light-verb compounds (पोस्टपोन कर दीं, डिस्कस किया) and two-word
transliterations are included. Clean rows: each flawed row's correct translation
(``translit-twin``), and look-alikes (``translit-lookalike``): loans Hindi news really uses, Hindi
words that sound like an English word (डोर, वार, कमरे, मेल, कोयल, रोज़, सफ़र) and names
written out (मार्क प्राइस, रॉबर्ट वॉकर).

    python tests/data/translit_r5/build.py > tests/data/translit_r5/heldout.jsonl
    audit check tests/data/translit_r5/heldout.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o o.jsonl
    python scripts/score_by_category.py tests/data/translit_r5/heldout.jsonl o.jsonl   # Hindi only: --src-col none
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    (
        "She made a mistake in the report.",
        "उससे रिपोर्ट में एक मिस्टेक हो गई।",
        "मिस्टेक",
        "उससे रिपोर्ट में एक गलती हो गई।",
    ),
    ("The children opened the window.", "बच्चों ने विंडो खोल दी।", "विंडो", "बच्चों ने खिड़की खोल दी।"),
    (
        "Strong winds blew the roof off the house.",
        "तेज़ हवाओं ने घर की रूफ उड़ा दी।",
        "रूफ",
        "तेज़ हवाओं ने घर की छत उड़ा दी।",
    ),
    (
        "A crack appeared in the wall of the temple.",
        "मंदिर की वॉल में दरार आ गई।",
        "वॉल",
        "मंदिर की दीवार में दरार आ गई।",
    ),
    (
        "The country is facing a serious crisis.",
        "देश एक गंभीर क्राइसिस का सामना कर रहा है।",
        "क्राइसिस",
        "देश एक गंभीर संकट का सामना कर रहा है।",
    ),
    (
        "He showed great courage during the rescue.",
        "बचाव के दौरान उसने बहुत करेज दिखाया।",
        "करेज",
        "बचाव के दौरान उसने बहुत साहस दिखाया।",
    ),
    ("Nature has given us everything.", "नेचर ने हमें सब कुछ दिया है।", "नेचर", "प्रकृति ने हमें सब कुछ दिया है।"),
    (
        "His behaviour in the assembly was criticised.",
        "सभा में उनके बिहेवियर की आलोचना हुई।",
        "बिहेवियर",
        "सभा में उनके व्यवहार की आलोचना हुई।",
    ),
    (
        "The government postponed the exams.",
        "सरकार ने परीक्षाएं पोस्टपोन कर दीं।",
        "पोस्टपोन",
        "सरकार ने परीक्षाएं स्थगित कर दीं।",
    ),
    (
        "The committee rejected the proposal.",
        "समिति ने प्रस्ताव को रिजेक्ट कर दिया।",
        "रिजेक्ट",
        "समिति ने प्रस्ताव को खारिज कर दिया।",
    ),
    (
        "The minister attended the inauguration of the new bridge.",
        "मंत्री नए पुल के इनॉगरेशन में शामिल हुए।",
        "इनॉगरेशन",
        "मंत्री नए पुल के उद्घाटन में शामिल हुए।",
    ),
    (
        "The teacher explained the lesson again.",
        "शिक्षक ने पाठ दोबारा एक्सप्लेन किया।",
        "एक्सप्लेन",
        "शिक्षक ने पाठ दोबारा समझाया।",
    ),
    (
        "The villagers celebrated the harvest.",
        "गांव वालों ने फसल कटाई को सेलिब्रेट किया।",
        "सेलिब्रेट",
        "गांव वालों ने फसल कटाई का जश्न मनाया।",
    ),
    (
        "The leaders discussed the water dispute.",
        "नेताओं ने जल विवाद को डिस्कस किया।",
        "डिस्कस",
        "नेताओं ने जल विवाद पर चर्चा की।",
    ),
    ("The widow received a pension.", "विडो को पेंशन मिली।", "विडो", "विधवा को पेंशन मिली।"),
    (
        "The rich man gave his wealth to the poor.",
        "अमीर आदमी ने अपनी वेल्थ गरीबों को दे दी।",
        "वेल्थ",
        "अमीर आदमी ने अपनी दौलत गरीबों को दे दी।",
    ),
    (
        "The players were tired after the long match.",
        "लंबे मैच के बाद खिलाड़ी टायर्ड थे।",
        "टायर्ड",
        "लंबे मैच के बाद खिलाड़ी थके हुए थे।",
    ),
    ("He was an honest officer.", "वह एक ऑनेस्ट अफसर थे।", "ऑनेस्ट", "वह एक ईमानदार अफसर थे।"),
    (
        "The bridge is too weak to carry trucks.",
        "पुल ट्रकों का भार उठाने के लिए बहुत वीक है।",
        "वीक",
        "पुल ट्रकों का भार उठाने के लिए बहुत कमज़ोर है।",
    ),
    (
        "Thousands died of hunger and thirst.",
        "हज़ारों लोग भूख और थर्स्ट से मर गए।",
        "थर्स्ट",
        "हज़ारों लोग भूख और प्यास से मर गए।",
    ),
    (
        "She treasures her memories of the village.",
        "वह गांव की मेमोरीज़ संजोकर रखती है।",
        "मेमोरीज़",
        "वह गांव की यादें संजोकर रखती है।",
    ),
    (
        "The purpose of the scheme is to help farmers.",
        "योजना का पर्पस किसानों की मदद करना है।",
        "पर्पस",
        "योजना का उद्देश्य किसानों की मदद करना है।",
    ),
    (
        "Equality before the law is a basic right.",
        "कानून के सामने इक्वालिटी एक बुनियादी अधिकार है।",
        "इक्वालिटी",
        "कानून के सामने समानता एक बुनियादी अधिकार है।",
    ),
    (
        "The rescue teams worked on through the darkness.",
        "बचाव दल डार्कनेस में काम करते रहे।",
        "डार्कनेस",
        "बचाव दल अंधेरे में काम करते रहे।",
    ),
    ("The kitchen caught fire.", "किचन में आग लग गई।", "किचन", "रसोई में आग लग गई।"),
    (
        "He invited all the villagers to the wedding.",
        "उसने शादी में सभी गांव वालों को इनवाइट किया।",
        "इनवाइट",
        "उसने शादी में सभी गांव वालों को आमंत्रित किया।",
    ),
    (
        "Patients are suffering because of the shortage of medicines.",
        "दवाओं की शॉर्टेज से मरीज़ परेशान हैं।",
        "शॉर्टेज",
        "दवाओं की कमी से मरीज़ परेशान हैं।",
    ),
    (
        "Her happiness knew no bounds.",
        "उसकी हैप्पीनेस का ठिकाना नहीं रहा।",
        "हैप्पीनेस",
        "उसकी खुशी का ठिकाना नहीं रहा।",
    ),
    (
        "Banks have cut the interest rate on housing loans.",
        "बैंकों ने मकान कर्ज़ पर इंटरेस्ट रेट घटा दिया।",
        "इंटरेस्ट रेट",
        "बैंकों ने मकान कर्ज़ पर ब्याज दर घटा दी।",
    ),
    (
        "Climate change threatens the coastal villages.",
        "क्लाइमेट परिवर्तन तटीय गांवों के लिए खतरा है।",
        "क्लाइमेट",
        "जलवायु परिवर्तन तटीय गांवों के लिए खतरा है।",
    ),
]

# (source, clean MT): loans Hindi news uses, Hindi words that sound English, names written out
LOOKALIKES = [
    ("The camera was stolen from the car.", "कार से कैमरा चोरी हो गया।"),
    ("The laptop's battery ran out.", "लैपटॉप की बैटरी खत्म हो गई।"),
    ("The new metro line opens next month.", "नई मेट्रो लाइन अगले महीने खुलेगी।"),
    ("The video went viral on social media.", "वीडियो सोशल मीडिया पर वायरल हो गया।"),
    ("The stadium was packed.", "स्टेडियम खचाखच भरा था।"),
    ("The lift in the building stopped working.", "इमारत की लिफ्ट ने काम करना बंद कर दिया।"),
    ("The passport office will be closed on Friday.", "पासपोर्ट दफ्तर शुक्रवार को बंद रहेगा।"),
    ("The tractor overturned in the field.", "खेत में ट्रैक्टर पलट गया।"),
    ("Cement prices rose last month.", "पिछले महीने सीमेंट के दाम बढ़ गए।"),
    ("He was diagnosed with cancer.", "उन्हें कैंसर का पता चला।"),
    ("The coach praised the team's goalkeeper.", "कोच ने टीम के गोलकीपर की तारीफ की।"),
    ("The app stopped working after the update.", "अपडेट के बाद ऐप ने काम करना बंद कर दिया।"),
    ("Demand for software engineers has grown.", "सॉफ्टवेयर इंजीनियरों की मांग बढ़ी है।"),
    ("The kite's string snapped.", "पतंग की डोर टूट गई।"),
    ("The enemy struck at night.", "दुश्मन ने रात में वार किया।"),
    ("He put the pictures in the room.", "उसने तस्वीरें कमरे में रख दीं।"),
    ("There is harmony between the two villages.", "दोनों गांवों में मेल है।"),
    ("A cuckoo was singing in the garden.", "बगीचे में कोयल गा रही थी।"),
    ("He goes for a walk every day.", "वह रोज़ टहलने जाता है।"),
    ("She spent the whole trip in silence.", "उसने पूरा सफ़र चुपचाप बिताया।"),
    ("Mind and body both need rest.", "मन और तन दोनों को आराम चाहिए।"),
    ("The boy threw a stone into the pond.", "लड़के ने तालाब में पत्थर फेंका।"),
    ("Mark Price scored the winning goal.", "मार्क प्राइस ने विजयी गोल किया।"),
    ("Robert Walker visited the factory.", "रॉबर्ट वॉकर ने फैक्ट्री का दौरा किया।"),
    ("The actor Will Smith arrived in Mumbai.", "अभिनेता विल स्मिथ मुंबई पहुंचे।"),
    ("The hotel room had no towel.", "होटल के कमरे में तौलिया नहीं था।"),
]


def main() -> None:
    for i, (src, bad, span, good) in enumerate(FLAWED, 1):
        assert span in bad, span
        err = {"span": span, "category": "translit"}
        row = {"id": f"r5f{i:03d}", "src": src, "mt": bad, "flawed": True, "errors": [err]}
        print(json.dumps(row, ensure_ascii=False))
        row = {
            "id": f"r5t{i:03d}",
            "src": src,
            "mt": good,
            "flawed": False,
            "errors": [],
            "category": "translit-twin",
        }
        print(json.dumps(row, ensure_ascii=False))
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        row = {
            "id": f"r5l{i:03d}",
            "src": src,
            "mt": mt,
            "flawed": False,
            "errors": [],
            "category": "translit-lookalike",
        }
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
