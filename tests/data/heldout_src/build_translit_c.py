"""Builds translit_c.jsonl: held-out transliterations with sources (round 4). Written by hand on
2026-11-27 BEFORE the round-4 transliteration work (glossary, loan class, source path) and never
edited to fit; report numbers on it, do not tune on it.

Rows: 27 flawed MT sentences that write an English word in Devanagari where Hindi news has a
common word (inflected forms and adjectives included), each with its correct translation as a
clean twin (category ``translit-twin``), and 27 clean translations that use loans Hindi news
really uses, names transliterated correctly, or Hindi words that look like an English word
(वर, पीस) — category ``translit-lookalike``.

    python tests/data/heldout_src/build_translit_c.py > tests/data/heldout_src/translit_c.jsonl
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    (
        "The election results will be announced on Thursday.",
        "इलेक्शन के नतीजे गुरुवार को घोषित किए जाएंगे।",
        "इलेक्शन",
        "चुनाव के नतीजे गुरुवार को घोषित किए जाएंगे।",
    ),
    (
        "The government has increased the tax on cigarettes.",
        "गवर्नमेंट ने सिगरेट पर कर बढ़ा दिया है।",
        "गवर्नमेंट",
        "सरकार ने सिगरेट पर कर बढ़ा दिया है।",
    ),
    (
        "The minister's daughter got married last week.",
        "मिनिस्टर की बेटी की पिछले हफ्ते शादी हुई।",
        "मिनिस्टर",
        "मंत्री की बेटी की पिछले हफ्ते शादी हुई।",
    ),
    (
        "The farmers demanded compensation for the damaged crops.",
        "किसानों ने खराब फसलों के लिए कंपनसेशन की मांग की।",
        "कंपनसेशन",
        "किसानों ने खराब फसलों के लिए मुआवज़े की मांग की।",
    ),
    (
        "Several shops were damaged in the fire.",
        "आग में कई शॉप्स को नुकसान पहुंचा।",
        "शॉप्स",
        "आग में कई दुकानों को नुकसान पहुंचा।",
    ),
    (
        "The court sentenced him to ten years in prison.",
        "अदालत ने उसे दस साल प्रिज़न की सज़ा सुनाई।",
        "प्रिज़न",
        "अदालत ने उसे दस साल जेल की सज़ा सुनाई।",
    ),
    (
        "The witness told the judge the truth.",
        "गवाह ने जज को ट्रुथ बताया।",
        "ट्रुथ",
        "गवाह ने जज को सच बताया।",
    ),
    (
        "Prices of vegetables have risen sharply this month.",
        "इस महीने वेजिटेबल्स के दाम तेज़ी से बढ़े हैं।",
        "वेजिटेबल्स",
        "इस महीने सब्ज़ियों के दाम तेज़ी से बढ़े हैं।",
    ),
    ("The patient's condition is stable.", "मरीज़ की कंडीशन स्थिर है।", "कंडीशन", "मरीज़ की हालत स्थिर है।"),
    (
        "The dam will provide water to thousands of farmers.",
        "डैम से हज़ारों किसानों को पानी मिलेगा।",
        "डैम",
        "बांध से हज़ारों किसानों को पानी मिलेगा।",
    ),
    (
        "The teacher punished the students for coming late.",
        "शिक्षक ने देर से आने पर स्टूडेंट्स को सज़ा दी।",
        "स्टूडेंट्स",
        "शिक्षक ने देर से आने पर छात्रों को सज़ा दी।",
    ),
    (
        "There was a heavy storm in the coastal areas last night.",
        "कल रात तटीय इलाकों में भारी स्टॉर्म आया।",
        "स्टॉर्म",
        "कल रात तटीय इलाकों में भारी तूफ़ान आया।",
    ),
    (
        "The opposition boycotted the debate in the assembly.",
        "विपक्ष ने विधानसभा में डिबेट का बहिष्कार किया।",
        "डिबेट",
        "विपक्ष ने विधानसभा में बहस का बहिष्कार किया।",
    ),
    (
        "Police have arrested the accused.",
        "पुलिस ने एक्यूज़्ड को गिरफ्तार कर लिया है।",
        "एक्यूज़्ड",
        "पुलिस ने आरोपी को गिरफ्तार कर लिया है।",
    ),
    (
        "The culture of this region is very old.",
        "इस क्षेत्र का कल्चर बहुत पुराना है।",
        "कल्चर",
        "इस क्षेत्र की संस्कृति बहुत पुरानी है।",
    ),
    (
        "The soldiers crossed the border at night.",
        "सैनिकों ने रात में बॉर्डर पार किया।",
        "बॉर्डर",
        "सैनिकों ने रात में सीमा पार की।",
    ),
    (
        "The company announced a new policy for its employees.",
        "कंपनी ने अपने एम्प्लॉइज़ के लिए नई नीति की घोषणा की।",
        "एम्प्लॉइज़",
        "कंपनी ने अपने कर्मचारियों के लिए नई नीति की घोषणा की।",
    ),
    (
        "The safety of women is a big issue.",
        "महिलाओं की सेफ्टी एक बड़ा मुद्दा है।",
        "सेफ्टी",
        "महिलाओं की सुरक्षा एक बड़ा मुद्दा है।",
    ),
    (
        "The doctors saved the child's life.",
        "डॉक्टरों ने बच्चे की लाइफ बचाई।",
        "लाइफ",
        "डॉक्टरों ने बच्चे की जान बचाई।",
    ),
    (
        "The king built this fort in the sixteenth century.",
        "किंग ने सोलहवीं सदी में यह किला बनाया।",
        "किंग",
        "राजा ने सोलहवीं सदी में यह किला बनाया।",
    ),
    (
        "The rain damaged the wheat crop.",
        "बारिश ने गेहूं की क्रॉप को नुकसान पहुंचाया।",
        "क्रॉप",
        "बारिश ने गेहूं की फसल को नुकसान पहुंचाया।",
    ),
    (
        "Both countries want peace in the region.",
        "दोनों देश इलाके में पीस चाहते हैं।",
        "पीस",
        "दोनों देश इलाके में शांति चाहते हैं।",
    ),
    (
        "The bank raised its interest rate.",
        "बैंक ने अपना इंटरेस्ट रेट बढ़ा दिया।",
        "इंटरेस्ट रेट",
        "बैंक ने अपनी ब्याज दर बढ़ा दी।",
    ),
    (
        "The police registered a complaint against the shopkeeper.",
        "पुलिस ने दुकानदार के खिलाफ कंप्लेंट दर्ज की।",
        "कंप्लेंट",
        "पुलिस ने दुकानदार के खिलाफ शिकायत दर्ज की।",
    ),
    (
        "His answer surprised everyone.",
        "उसके आंसर ने सबको हैरान कर दिया।",
        "आंसर",
        "उसके जवाब ने सबको हैरान कर दिया।",
    ),
    (
        "The river water has become dirty because of the factories.",
        "फैक्ट्रियों के कारण नदी का पानी डर्टी हो गया है।",
        "डर्टी",
        "फैक्ट्रियों के कारण नदी का पानी गंदा हो गया है।",
    ),
    (
        "The roads of the old city are very narrow.",
        "पुराने शहर की सड़कें बहुत नैरो हैं।",
        "नैरो",
        "पुराने शहर की सड़कें बहुत संकरी हैं।",
    ),
]

# (source, clean MT): loans Hindi news uses, names, Hindi words that look like English ones
LOOKALIKES = [
    ("The police filed a report at the station.", "पुलिस ने थाने में रिपोर्ट दर्ज की।"),
    ("Patients are being given oxygen at home.", "मरीज़ों को घर पर ही ऑक्सीजन दी जा रही है।"),
    (
        "The government announced a relief package for traders.",
        "सरकार ने व्यापारियों के लिए राहत पैकेज की घोषणा की।",
    ),
    ("The bank will remain closed on Monday.", "बैंक सोमवार को बंद रहेगा।"),
    ("The team reached the final after winning the semi-final.", "सेमीफाइनल जीतकर टीम फाइनल में पहुंची।"),
    ("The vaccine will be given free of cost.", "वैक्सीन मुफ्त में दी जाएगी।"),
    ("Peace talks were held in Geneva.", "जिनेवा में शांति वार्ता हुई।"),
    ("Prime Minister Boris Johnson spoke to the press.", "प्रधानमंत्री बोरिस जॉनसन ने प्रेस से बात की।"),
    ("She is grinding the spices by hand.", "वह हाथ से मसाले पीस रही है।"),
    ("The match was stopped because of rain.", "बारिश के कारण मैच रोकना पड़ा।"),
    ("The price of petrol and diesel has gone up.", "पेट्रोल और डीज़ल के दाम बढ़ गए हैं।"),
    ("The students took the exam on the computer.", "छात्रों ने कंप्यूटर पर परीक्षा दी।"),
    ("Jeff Bezos founded Amazon.", "जेफ बेजोस ने अमेज़न की स्थापना की।"),
    ("The metro service was suspended for two hours.", "मेट्रो सेवा दो घंटे के लिए रोक दी गई।"),
    ("Hillary Clinton visited the White House.", "हिलेरी क्लिंटन ने व्हाइट हाउस का दौरा किया।"),
    ("The film will be released on the internet next month.", "फिल्म अगले महीने इंटरनेट पर रिलीज़ होगी।"),
    ("The officer submitted his report to the commission.", "अधिकारी ने आयोग को अपनी रिपोर्ट सौंपी।"),
    ("A truck overturned on the highway.", "हाईवे पर एक ट्रक पलट गया।"),
    ("He is the captain of the cricket team.", "वह क्रिकेट टीम का कप्तान है।"),
    ("The minister inaugurated the new bus stand.", "मंत्री ने नए बस स्टैंड का उद्घाटन किया।"),
    ("Sachin Tendulkar scored a century.", "सचिन तेंदुलकर ने शतक लगाया।"),
    ("The mobile network was down for hours.", "मोबाइल नेटवर्क घंटों तक ठप रहा।"),
    ("The groom's family welcomed the guests.", "वर पक्ष ने मेहमानों का स्वागत किया।"),
    ("The Supreme Court issued a notice to the government.", "सुप्रीम कोर्ट ने सरकार को नोटिस जारी किया।"),
    ("The company's shares fell by five percent.", "कंपनी के शेयर पांच प्रतिशत गिर गए।"),
    ("The gates of the dam were opened.", "बांध के गेट खोल दिए गए।"),
    ("Nelson Mandela fought against apartheid.", "नेल्सन मंडेला ने रंगभेद के खिलाफ लड़ाई लड़ी।"),
]


def main() -> None:
    for i, (src, bad, span, good) in enumerate(FLAWED, 1):
        assert span in bad, span
        err = {"span": span, "category": "translit"}
        print(
            json.dumps(
                {"id": f"tcf{i:03d}", "src": src, "mt": bad, "flawed": True, "errors": [err]},
                ensure_ascii=False,
            )
        )
        row = {
            "id": f"tct{i:03d}",
            "src": src,
            "mt": good,
            "flawed": False,
            "errors": [],
            "category": "translit-twin",
        }
        print(json.dumps(row, ensure_ascii=False))
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        row = {
            "id": f"tcl{i:03d}",
            "src": src,
            "mt": mt,
            "flawed": False,
            "errors": [],
            "category": "translit-lookalike",
        }
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
