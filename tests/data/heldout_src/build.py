"""Builds heldout.jsonl: held-out sentences with English sources for the source-aware
transliteration, omission and sense checks (round 3). Written by hand on 2026-11-27 BEFORE any
tuning of those checks and never edited to fit; report numbers on it, do not tune on it.

Rows: (category, src, flawed MT, error span or None for a whole-segment omission, clean MT).
Every flawed row has a clean twin (the correct translation of the same source); the
"lookalike" rows are clean translations that use loans Hindi news really uses.

    python tests/data/heldout_src/build.py > tests/data/heldout_src/heldout.jsonl
"""

from __future__ import annotations

import json

FLAWED = [
    # transliteration: an English word written in Devanagari where Hindi has a common word
    (
        "translit",
        "The weather will remain dry for the next three days.",
        "अगले तीन दिनों तक वेदर शुष्क रहेगा।",
        "वेदर",
        "अगले तीन दिनों तक मौसम शुष्क रहेगा।",
    ),
    (
        "translit",
        "The injured were taken to the district hospital.",
        "घायलों को जिला हॉस्पिटल ले जाया गया।",
        "हॉस्पिटल",
        "घायलों को जिला अस्पताल ले जाया गया।",
    ),
    (
        "translit",
        "Farmers are worried about the harvest this year.",
        "किसान इस साल हार्वेस्ट को लेकर चिंतित हैं।",
        "हार्वेस्ट",
        "किसान इस साल फसल को लेकर चिंतित हैं।",
    ),
    (
        "translit",
        "The army was deployed along the coast.",
        "तट पर आर्मी तैनात की गई।",
        "आर्मी",
        "तट पर सेना तैनात की गई।",
    ),
    ("translit", "The war lasted for six years.", "वॉर छह साल तक चला।", "वॉर", "युद्ध छह साल तक चला।"),
    (
        "translit",
        "The city has a population of two million.",
        "शहर की पॉपुलेशन बीस लाख है।",
        "पॉपुलेशन",
        "शहर की जनसंख्या बीस लाख है।",
    ),
    (
        "translit",
        "The temperature dropped below zero at night.",
        "रात में टेम्परेचर शून्य से नीचे चला गया।",
        "टेम्परेचर",
        "रात में तापमान शून्य से नीचे चला गया।",
    ),
    (
        "translit",
        "Protecting the environment is everyone's duty.",
        "एनवायरनमेंट की रक्षा करना सबका कर्तव्य है।",
        "एनवायरनमेंट",
        "पर्यावरण की रक्षा करना सबका कर्तव्य है।",
    ),
    (
        "translit",
        "The family had lived in the village for generations.",
        "यह फैमिली पीढ़ियों से गांव में रह रही थी।",
        "फैमिली",
        "यह परिवार पीढ़ियों से गांव में रह रहा था।",
    ),
    (
        "translit",
        "The festival is celebrated across the country.",
        "यह फेस्टिवल पूरे देश में मनाया जाता है।",
        "फेस्टिवल",
        "यह त्योहार पूरे देश में मनाया जाता है।",
    ),
    (
        "translit",
        "The island has no fresh water.",
        "आइलैंड पर मीठा पानी नहीं है।",
        "आइलैंड",
        "द्वीप पर मीठा पानी नहीं है।",
    ),
    (
        "translit",
        "The prisoners were released on Sunday.",
        "प्रिजनर्स को रविवार को रिहा कर दिया गया।",
        "प्रिजनर्स",
        "कैदियों को रविवार को रिहा कर दिया गया।",
    ),
    (
        "translit",
        "Success did not come easily to him.",
        "उन्हें सक्सेस आसानी से नहीं मिली।",
        "सक्सेस",
        "उन्हें सफलता आसानी से नहीं मिली।",
    ),
    (
        "translit",
        "The mountain is covered with snow all year.",
        "माउंटेन साल भर बर्फ से ढका रहता है।",
        "माउंटेन",
        "पहाड़ साल भर बर्फ से ढका रहता है।",
    ),
    (
        "translit",
        "The attack killed four soldiers.",
        "अटैक में चार सैनिक मारे गए।",
        "अटैक",
        "हमले में चार सैनिक मारे गए।",
    ),
    (
        "translit",
        "Her knowledge of history impressed the panel.",
        "इतिहास की उनकी नॉलेज ने पैनल को प्रभावित किया।",
        "नॉलेज",
        "इतिहास के उनके ज्ञान ने पैनल को प्रभावित किया।",
    ),
    (
        "translit",
        "The journey took two days by road.",
        "सड़क से जर्नी में दो दिन लगे।",
        "जर्नी",
        "सड़क से यात्रा में दो दिन लगे।",
    ),
    (
        "translit",
        "The desert receives very little rain.",
        "डेजर्ट में बहुत कम बारिश होती है।",
        "डेजर्ट",
        "रेगिस्तान में बहुत कम बारिश होती है।",
    ),
    (
        "translit",
        "The wedding will take place in December.",
        "वेडिंग दिसंबर में होगी।",
        "वेडिंग",
        "शादी दिसंबर में होगी।",
    ),
    (
        "translit",
        "The government denied permission for the march.",
        "सरकार ने मार्च की परमिशन देने से इनकार कर दिया।",
        "परमिशन",
        "सरकार ने मार्च की अनुमति देने से इनकार कर दिया।",
    ),
    (
        "translit",
        "Her neighbours called the police.",
        "उसके नेबर्स ने पुलिस को बुलाया।",
        "नेबर्स",
        "उसके पड़ोसियों ने पुलिस को बुलाया।",
    ),
    (
        "translit",
        "The language is spoken by ten million people.",
        "यह लैंग्वेज एक करोड़ लोग बोलते हैं।",
        "लैंग्वेज",
        "यह भाषा एक करोड़ लोग बोलते हैं।",
    ),
    # omission: a content word of the source has no counterpart in the MT
    (
        "omission",
        "The old wooden bridge collapsed after heavy rain.",
        "भारी बारिश के बाद पुल गिर गया।",
        None,
        "भारी बारिश के बाद पुराना लकड़ी का पुल गिर गया।",
    ),
    (
        "omission",
        "Police arrested three armed men near the border.",
        "पुलिस ने सीमा के पास तीन लोगों को गिरफ्तार किया।",
        None,
        "पुलिस ने सीमा के पास तीन हथियारबंद लोगों को गिरफ्तार किया।",
    ),
    (
        "omission",
        "The hungry children waited outside the school.",
        "बच्चे स्कूल के बाहर इंतज़ार करते रहे।",
        None,
        "भूखे बच्चे स्कूल के बाहर इंतज़ार करते रहे।",
    ),
    (
        "omission",
        "The minister resigned after the scandal and left the country.",
        "घोटाले के बाद मंत्री ने इस्तीफा दे दिया।",
        None,
        "घोटाले के बाद मंत्री ने इस्तीफा दे दिया और देश छोड़ दिया।",
    ),
    (
        "omission",
        "Doctors warned that the disease spreads quickly among birds.",
        "डॉक्टरों ने चेतावनी दी कि बीमारी तेज़ी से फैलती है।",
        None,
        "डॉक्टरों ने चेतावनी दी कि यह बीमारी पक्षियों में तेज़ी से फैलती है।",
    ),
    (
        "omission",
        "The company sold its factory and its land for a small price.",
        "कंपनी ने अपनी फैक्ट्री कम कीमत पर बेच दी।",
        None,
        "कंपनी ने अपनी फैक्ट्री और ज़मीन कम कीमत पर बेच दी।",
    ),
    (
        "omission",
        "The river flooded several poor villages in the north.",
        "नदी ने कई गांवों में बाढ़ ला दी।",
        None,
        "नदी ने उत्तर के कई गरीब गांवों में बाढ़ ला दी।",
    ),
    (
        "omission",
        "The teacher praised the brave girl in front of the class.",
        "शिक्षक ने कक्षा के सामने लड़की की प्रशंसा की।",
        None,
        "शिक्षक ने कक्षा के सामने बहादुर लड़की की प्रशंसा की।",
    ),
    (
        "omission",
        "Heavy snow closed the mountain roads for a week.",
        "बर्फ ने एक सप्ताह के लिए सड़कें बंद कर दीं।",
        None,
        "भारी बर्फबारी ने एक सप्ताह के लिए पहाड़ी सड़कें बंद कर दीं।",
    ),
    (
        "omission",
        "The farmers sold their cattle to pay the debt.",
        "किसानों ने अपने मवेशी बेच दिए।",
        None,
        "किसानों ने कर्ज़ चुकाने के लिए अपने मवेशी बेच दिए।",
    ),
    # sense: an ambiguous English word rendered in its other sense (words not in the inventory)
    (
        "sense",
        "Flood water reached the bank of the river by morning.",
        "सुबह तक बाढ़ का पानी नदी के बैंक तक पहुंच गया।",
        "बैंक",
        "सुबह तक बाढ़ का पानी नदी के किनारे तक पहुंच गया।",
    ),
    (
        "sense",
        "The batsman broke his bat in the first over.",
        "बल्लेबाज़ ने पहले ओवर में अपना चमगादड़ तोड़ दिया।",
        "चमगादड़",
        "बल्लेबाज़ ने पहले ओवर में अपना बल्ला तोड़ दिया।",
    ),
    (
        "sense",
        "The new power plant will supply the whole district.",
        "नया बिजली पौधा पूरे जिले को आपूर्ति करेगा।",
        "पौधा",
        "नया बिजली संयंत्र पूरे जिले को आपूर्ति करेगा।",
    ),
    (
        "sense",
        "The judge read out the sentence in a quiet voice.",
        "न्यायाधीश ने धीमी आवाज़ में वाक्य पढ़ा।",
        "वाक्य",
        "न्यायाधीश ने धीमी आवाज़ में सज़ा सुनाई।",
    ),
    (
        "sense",
        "Thousands of fans cheered the team at the airport.",
        "हवाई अड्डे पर हज़ारों पंखों ने टीम का उत्साह बढ़ाया।",
        "पंखों",
        "हवाई अड्डे पर हज़ारों प्रशंसकों ने टीम का उत्साह बढ़ाया।",
    ),
    (
        "sense",
        "The government raised the duty on imported gold.",
        "सरकार ने आयातित सोने पर कर्तव्य बढ़ा दिया।",
        "कर्तव्य",
        "सरकार ने आयातित सोने पर शुल्क बढ़ा दिया।",
    ),
    (
        "sense",
        "The pitch was damp after the overnight rain.",
        "रात भर की बारिश के बाद सुर गीला था।",
        "सुर",
        "रात भर की बारिश के बाद पिच गीली थी।",
    ),
    (
        "sense",
        "The army ordered the villagers to leave.",
        "सेना ने ग्रामीणों को जाने का क्रम दिया।",
        "क्रम",
        "सेना ने ग्रामीणों को जाने का आदेश दिया।",
    ),
    (
        "sense",
        "The mayor will present the awards on Friday.",
        "मेयर शुक्रवार को पुरस्कार उपस्थित करेंगे।",
        "उपस्थित",
        "मेयर शुक्रवार को पुरस्कार प्रदान करेंगे।",
    ),
    ("sense", "He lost his watch on the train.", "ट्रेन में उनका देखना खो गया।", "देखना", "ट्रेन में उनकी घड़ी खो गई।"),
]

# clean translations whose loans Hindi news uses, with their sources
LOOKALIKE = [
    ("The engineer repaired the machine in an hour.", "इंजीनियर ने एक घंटे में मशीन ठीक कर दी।"),
    ("The vaccine will be free for everyone.", "वैक्सीन सबके लिए मुफ्त होगी।"),
    ("The government cut the tax on petrol.", "सरकार ने पेट्रोल पर टैक्स घटा दिया।"),
    ("The cricket team left for London on Monday.", "क्रिकेट टीम सोमवार को लंदन रवाना हुई।"),
    ("She watched the video on her laptop.", "उसने अपने लैपटॉप पर वीडियो देखा।"),
    ("The bank has opened a new branch in the town.", "बैंक ने कस्बे में नई शाखा खोली है।"),
    ("The bus overturned near the hotel.", "होटल के पास बस पलट गई।"),
    ("He applied for a passport and a visa.", "उन्होंने पासपोर्ट और वीज़ा के लिए आवेदन किया।"),
    ("The website was down for two hours.", "वेबसाइट दो घंटे बंद रही।"),
    ("Farmers will receive a monthly pension.", "किसानों को मासिक पेंशन मिलेगी।"),
    ("The truck carried medicines to the camp.", "ट्रक शिविर तक दवाएं ले गया।"),
    ("The radio station broadcast the speech live.", "रेडियो स्टेशन ने भाषण का सीधा प्रसारण किया।"),
    ("Cancer cases are rising in the state.", "राज्य में कैंसर के मामले बढ़ रहे हैं।"),
    ("The company released new software for phones.", "कंपनी ने फोन के लिए नया सॉफ्टवेयर जारी किया।"),
    ("The tractor got stuck in the mud.", "ट्रैक्टर कीचड़ में फंस गया।"),
    ("The data was sent by email.", "डेटा ईमेल से भेजा गया।"),
    ("The film will be shown in every cinema hall.", "फिल्म हर सिनेमा हॉल में दिखाई जाएगी।"),
    ("The driver lost his licence.", "ड्राइवर का लाइसेंस रद्द हो गया।"),
    ("The platform was crowded with passengers.", "प्लेटफॉर्म यात्रियों से भरा था।"),
    ("The plastic bags were seized by the police.", "पुलिस ने प्लास्टिक की थैलियां ज़ब्त कीं।"),
]


def emit(flawed: list, lookalikes: list, prefix: str, lookalike_category: str) -> None:
    """Print the rows: each flawed sentence (``{prefix}f…``), its clean twin (``{prefix}c…``),
    then the look-alikes (``{prefix}l…``). Shared by this set's later builders."""
    n = 0
    for cat, src, bad, span, good in flawed:
        n += 1
        errs = [{"span": span if span else bad.rstrip("।"), "category": cat}]
        print(
            json.dumps(
                {"id": f"{prefix}f{n:03d}", "src": src, "mt": bad, "flawed": True, "errors": errs},
                ensure_ascii=False,
            )
        )
        print(
            json.dumps(
                {
                    "id": f"{prefix}c{n:03d}",
                    "src": src,
                    "mt": good,
                    "flawed": False,
                    "errors": [],
                    "category": cat,
                },
                ensure_ascii=False,
            )
        )
    for i, (src, mt) in enumerate(lookalikes, 1):
        print(
            json.dumps(
                {
                    "id": f"{prefix}l{i:03d}",
                    "src": src,
                    "mt": mt,
                    "flawed": False,
                    "errors": [],
                    "category": lookalike_category,
                },
                ensure_ascii=False,
            )
        )


def main() -> None:
    emit(FLAWED, LOOKALIKE, "h", "loan-lookalike")


if __name__ == "__main__":
    main()
