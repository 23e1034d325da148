"""Builds senses_r11.jsonl: the round-11 generalisation check for the source checks (issue 13).

Written by hand on 2026-11-28 (round 11) BEFORE any round-11 source work was tuned; never edited
to fit: report numbers on it, never tune on it.
- SENSES: ambiguous English words that are NOT in `audit/data/source_senses.toml` nor sense items
  of heldout_r4..r10, senses_r6..r10, challenge(_src), heldout_src or the issue texts (spine, lash,
  stalk, jet, bow, iris, tyre, plane, ear, clove, shed, scales, vein), rendered with the Hindi of
  their other sense, each with its correct twin (`sense`).
- LOOKALIKES: this set's words in the sense whose usual Hindi is right (`sense`, clean).
- FREE: clean translations of round 10's false-positive families with NEW members (`free`):
  clock times and fractions written as Hindi words (साढ़े, सवा, पौने, डेढ़, ढाई), English number words
  that are not quantities or become other Hindi (two minds, both, decades, ordinals, centuries,
  a fortnight, a dozen), English negation carried by other Hindi (ठप, गुल, बंद, बिना, अ- prefix) and
  Hindi नहीं carrying an English word that is negative in meaning (fail, lack, without, hardly,
  decline, undecided, zero, free of charge).
- OMISSIONS: something dropped (a list member, a number, a clause, a negation) with complete twins.

    python tests/data/senses_r11/build.py > tests/data/senses_r11/senses_r11.jsonl
    audit check tests/data/senses_r11/senses_r11.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o s11.jsonl
    python scripts/score_by_category.py tests/data/senses_r11/senses_r11.jsonl s11.jsonl
"""

from __future__ import annotations

import json

# (src, flawed MT, wrong-sense span, correct MT)
SENSES = [
    (
        "The spine of the old atlas had cracked.",
        "पुराने एटलस की रीढ़ की हड्डी टूट गई थी।",
        "रीढ़ की हड्डी",
        "पुराने एटलस की जिल्द का पिछला हिस्सा फट गया था।",
    ),
    (
        "An eye lash fell on her cheek.",
        "उसके गाल पर आंख का एक कोड़ा गिर गया।",
        "कोड़ा",
        "उसके गाल पर एक बरौनी गिर गई।",
    ),
    (
        "Cut off the stalks before washing the spinach.",
        "पालक धोने से पहले पीछा काट दें।",
        "पीछा",
        "पालक धोने से पहले डंठल काट दें।",
    ),
    (
        "A jet of water from the fire hose knocked him over.",
        "दमकल के पाइप से पानी के एक जेट विमान ने उसे गिरा दिया।",
        "जेट विमान",
        "दमकल के पाइप से निकली पानी की तेज़ धार ने उसे गिरा दिया।",
    ),
    (
        "A huge wave hit the bow of the ferry.",
        "एक बड़ी लहर फ़ेरी के धनुष से टकराई।",
        "धनुष",
        "एक बड़ी लहर फ़ेरी के अगले हिस्से से टकराई।",
    ),
    (
        "The iris of his left eye was injured.",
        "उसकी बाईं आंख की सोसन घायल हो गई।",
        "सोसन",
        "उसकी बाईं आंख की पुतली के आसपास का हिस्सा घायल हो गया।",
    ),
    (
        "The delivery rider stopped to fix a flat tire.",
        "डिलीवरी राइडर सपाट थकान ठीक करने के लिए रुका।",
        "थकान",
        "डिलीवरी राइडर पंक्चर टायर ठीक करने के लिए रुका।",
    ),
    (
        "The carpenter smoothed the plank with a plane.",
        "बढ़ई ने तख़्ते को एक विमान से चिकना किया।",
        "विमान",
        "बढ़ई ने तख़्ते को रंदे से चिकना किया।",
    ),
    (
        "The farmer rubbed an ear of wheat between his palms.",
        "किसान ने गेहूं के एक कान को अपनी हथेलियों के बीच मसला।",
        "कान",
        "किसान ने गेहूं की एक बाली को अपनी हथेलियों के बीच मसला।",
    ),
    (
        "Crush four cloves of garlic for the dal.",
        "दाल के लिए लहसुन की चार लौंग कुचल लें।",
        "लौंग",
        "दाल के लिए लहसुन की चार कलियां कुचल लें।",
    ),
    (
        "The carmaker will shed 800 jobs this year.",
        "कार निर्माता इस साल 800 नौकरियां बहाएगी।",
        "बहाएगी",
        "कार निर्माता इस साल 800 नौकरियां ख़त्म करेगी।",
    ),
    (
        "The fishmonger scraped the scales off the rohu.",
        "मछली वाले ने रोहू से तराज़ू खुरच दिए।",
        "तराज़ू",
        "मछली वाले ने रोहू के छिलके खुरच दिए।",
    ),
    (
        "Her second speech was in the same vein.",
        "उनका दूसरा भाषण भी उसी नस में था।",
        "नस",
        "उनका दूसरा भाषण भी उसी अंदाज़ में था।",
    ),
]

# this set's words in the sense whose usual Hindi is right
LOOKALIKES = [
    ("The wrestler injured his spine in the bout.", "पहलवान की मुक़ाबले में रीढ़ की हड्डी में चोट लगी।"),
    ("The landlord used a lash on the bonded labourers.", "ज़मींदार ने बंधुआ मज़दूरों पर कोड़ा चलाया।"),
    ("The jet landed in Kochi after midnight.", "जेट विमान आधी रात के बाद कोच्चि में उतरा।"),
    ("Arjuna lifted his bow and took aim.", "अर्जुन ने अपना धनुष उठाया और निशाना साधा।"),
    ("The plane was delayed by fog.", "कोहरे के कारण विमान देर से आया।"),
    ("The child complained of pain in his ear.", "बच्चे ने कान में दर्द की शिकायत की।"),
    ("Add two cloves to the biryani.", "बिरयानी में दो लौंग डालें।"),
    ("The shopkeeper weighed the rice on the scales.", "दुकानदार ने चावल तराज़ू पर तौला।"),
    ("The nurse could not find a vein in his arm.", "नर्स को उसकी बांह में नस नहीं मिली।"),
    ("The long shift left the nurses exhausted.", "लंबी पाली के बाद नर्सें थककर चूर हो गईं।"),
]

# clean free translations of the false-positive families, new members
FREE = [
    ("The shop opens at a quarter to nine.", "दुकान पौने नौ बजे खुलती है।"),
    ("The last bus leaves at half past ten.", "आख़िरी बस साढ़े दस बजे छूटती है।"),
    ("The hearing began at a quarter past eleven.", "सुनवाई सवा ग्यारह बजे शुरू हुई।"),
    ("The flyover took one and a half years to build.", "फ़्लाईओवर बनने में डेढ़ साल लगे।"),
    ("The girl is two and a half years old.", "बच्ची ढाई साल की है।"),
    ("The voters are in two minds about the new mayor.", "मतदाता नए मेयर को लेकर असमंजस में हैं।"),
    ("The two neighbours settled the dispute over tea.", "दोनों पड़ोसियों ने चाय पर झगड़ा सुलझा लिया।"),
    ("The mill was set up in the 1960s.", "मिल साठ के दशक में लगाई गई थी।"),
    ("The club won its third league title in a row.", "क्लब ने लगातार तीसरा लीग ख़िताब जीता।"),
    ("She finished seventh in the Mumbai marathon.", "वह मुंबई मैराथन में सातवें स्थान पर रहीं।"),
    ("The fort was built in the sixteenth century.", "यह क़िला सोलहवीं सदी में बना था।"),
    ("The fair lasts a fortnight.", "मेला दो हफ़्ते चलता है।"),
    ("She bought a dozen bananas.", "उसने बारह केले ख़रीदे।"),
    ("The village is at sixes and sevens after the flood.", "बाढ़ के बाद गांव में अफ़रा-तफ़री मची है।"),
    ("There was no water supply in the colony on Tuesday.", "मंगलवार को कॉलोनी में पानी की आपूर्ति ठप रही।"),
    ("The town had no electricity after the cyclone.", "चक्रवात के बाद शहर की बिजली गुल रही।"),
    ("There were no classes at the school on Friday.", "शुक्रवार को स्कूल में कक्षाएं बंद रहीं।"),
    ("Passengers without a ticket will be fined.", "बिना टिकट यात्रियों पर जुर्माना लगेगा।"),
    ("The pass is not valid after midnight.", "आधी रात के बाद पास अमान्य है।"),
    ("The talks failed to produce a deal.", "बातचीत से कोई समझौता नहीं हो सका।"),
    ("The hamlet lacks a metalled road.", "बस्ती में पक्की सड़क नहीं है।"),
    ("The patients went without food for a day.", "मरीज़ों को एक दिन तक खाना नहीं मिला।"),
    ("The spokesperson declined to comment.", "प्रवक्ता ने कोई टिप्पणी नहीं की।"),
    ("The board is still undecided about the merger.", "बोर्ड अभी तक विलय पर फ़ैसला नहीं कर पाया है।"),
    ("The bowler conceded zero runs in the final over.", "गेंदबाज़ ने आख़िरी ओवर में एक भी रन नहीं दिया।"),
    ("The clinic treats the elderly free of charge.", "क्लिनिक बुज़ुर्गों के इलाज के पैसे नहीं लेता।"),
    ("He hardly slept before the exam.", "परीक्षा से पहले वह ठीक से सो नहीं पाया।"),
]

# (src, MT with something dropped, what was dropped, complete MT)
OMISSIONS = [
    (
        "Schools in Patna, Gaya and Bhagalpur will stay shut on Thursday.",
        "गुरुवार को पटना और गया के स्कूल बंद रहेंगे।",
        "Bhagalpur",
        "गुरुवार को पटना, गया और भागलपुर के स्कूल बंद रहेंगे।",
    ),
    (
        "The ferry carried 140 passengers across the river.",
        "फ़ेरी यात्रियों को नदी के पार ले गई।",
        "140",
        "फ़ेरी 140 यात्रियों को नदी के पार ले गई।",
    ),
    (
        "The mayor did not attend the ceremony.",
        "मेयर समारोह में शामिल हुए।",
        "not",
        "मेयर समारोह में शामिल नहीं हुए।",
    ),
    (
        "The singer, who grew up in Shillong, will perform in Delhi on Sunday.",
        "गायक रविवार को दिल्ली में प्रस्तुति देंगे।",
        "who grew up in Shillong",
        "शिलांग में पले-बढ़े गायक रविवार को दिल्ली में प्रस्तुति देंगे।",
    ),
    (
        "Rescuers pulled a woman and her baby from the rubble.",
        "बचावकर्मियों ने मलबे से एक महिला को निकाला।",
        "her baby",
        "बचावकर्मियों ने मलबे से एक महिला और उसके बच्चे को निकाला।",
    ),
]


def main() -> None:
    rows: list[dict] = []
    for i, (src, bad, span, good) in enumerate(SENSES, 1):
        assert span in bad, span
        rows.append(
            {
                "id": f"s11f{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": span, "category": "sense"}],
            }
        )
        rows.append(
            {"id": f"s11c{i:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "sense"}
        )
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        rows.append(
            {"id": f"s11l{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "sense"}
        )
    for i, (src, mt) in enumerate(FREE, 1):
        rows.append(
            {"id": f"s11p{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "free"}
        )
    for i, (src, bad, what, good) in enumerate(OMISSIONS, 1):
        rows.append(
            {
                "id": f"s11o{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": bad, "category": "omission", "english": what}],
            }
        )
        rows.append(
            {
                "id": f"s11k{i:03d}",
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
