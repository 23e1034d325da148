"""Builds senses_r7.jsonl: the round-7 generalisation check for wrong senses outside the inventory
and for the precision of the source checks (issue 13). Ambiguous English words that are NOT in
`audit/data/source_senses.toml`, nor sense items of heldout_r4/r5/r6, tests/data/senses_r6,
tests/data/heldout_src or tests/data/challenge_src, nor in the issue texts, rendered by MT with the
Hindi of their other sense; each with its correct twin and a look-alike whose source means the
other sense (where that Hindi is right); plus clean free translations (paraphrase, reordered
clauses, numbers written out or in digits) that the source checks (HI50x) must leave alone.
Written by hand on 2026-11-28 BEFORE any round-7 sense work was tuned; never edited to fit:
report numbers on it, never tune on it.

    python tests/data/senses_r7/build.py > tests/data/senses_r7/senses_r7.jsonl
    audit check tests/data/senses_r7/senses_r7.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o s7.jsonl
    python scripts/score_by_category.py tests/data/senses_r7/senses_r7.jsonl s7.jsonl
"""

from __future__ import annotations

import json

# (src, flawed MT, wrong-sense span, correct MT, (look-alike src, look-alike MT))
FLAWED = [
    (
        "My grandfather cannot read the newspaper without his glasses.",
        "मेरे दादाजी अपने गिलासों के बिना अखबार नहीं पढ़ सकते।",
        "गिलासों",
        "मेरे दादाजी अपने चश्मे के बिना अखबार नहीं पढ़ सकते।",
        ("She poured juice into two glasses.", "उसने दो गिलासों में जूस डाला।"),
    ),
    (
        "Her name begins with the letter S.",
        "उसका नाम पत्र एस से शुरू होता है।",
        "पत्र",
        "उसका नाम अक्षर एस से शुरू होता है।",
        ("The minister wrote a letter to the chief minister.", "मंत्री ने मुख्यमंत्री को एक पत्र लिखा।"),
    ),
    (
        "Scattered showers are likely in Mumbai on Thursday.",
        "गुरुवार को मुंबई में छिटपुट फव्वारों की संभावना है।",
        "फव्वारों",
        "गुरुवार को मुंबई में छिटपुट बौछारों की संभावना है।",
        ("The bathroom has a new shower.", "बाथरूम में नया फव्वारा लगा है।"),
    ),
    (
        "The child bites his nails when he is nervous.",
        "बच्चा घबराने पर अपनी कीलें चबाता है।",
        "कीलें",
        "बच्चा घबराने पर अपने नाखून चबाता है।",
        ("The carpenter hammered a nail into the door.", "बढ़ई ने दरवाज़े में एक कील ठोकी।"),
    ),
    (
        "The court sentenced the thief to twenty lashes.",
        "अदालत ने चोर को बीस पलकों की सज़ा सुनाई।",
        "पलकों",
        "अदालत ने चोर को बीस कोड़ों की सज़ा सुनाई।",
        ("She has long dark lashes.", "उसकी पलकें लंबी और काली हैं।"),
    ),
    (
        "The midfielder is out for a month with a calf injury.",
        "मिडफील्डर बछड़े की चोट के कारण एक महीने के लिए बाहर है।",
        "बछड़े",
        "मिडफील्डर पिंडली की चोट के कारण एक महीने के लिए बाहर है।",
        ("The cow gave birth to a calf.", "गाय ने एक बछड़े को जन्म दिया।"),
    ),
    (
        "He was rushed to hospital after complaining of chest pain.",
        "संदूक में दर्द की शिकायत के बाद उसे तुरंत अस्पताल ले जाया गया।",
        "संदूक",
        "सीने में दर्द की शिकायत के बाद उसे तुरंत अस्पताल ले जाया गया।",
        ("The old wooden chest was full of coins.", "पुराना लकड़ी का संदूक सिक्कों से भरा था।"),
    ),
    (
        "Bleeding gums can be a sign of vitamin deficiency.",
        "गोंद से खून आना विटामिन की कमी का संकेत हो सकता है।",
        "गोंद",
        "मसूड़ों से खून आना विटामिन की कमी का संकेत हो सकता है।",
        ("The children stuck the pictures with gum.", "बच्चों ने तस्वीरें गोंद से चिपकाईं।"),
    ),
    (
        "The police found the stolen jewellery in the boot of the car.",
        "पुलिस को चोरी के गहने कार के जूते में मिले।",
        "जूते",
        "पुलिस को चोरी के गहने कार की डिक्की में मिले।",
        ("He bought a pair of leather boots.", "उसने चमड़े के जूतों की एक जोड़ी खरीदी।"),
    ),
    (
        "Robbers broke into the vault of the jewellery shop at night.",
        "लुटेरे रात में गहनों की दुकान की छलांग में घुस गए।",
        "छलांग",
        "लुटेरे रात में गहनों की दुकान की तिजोरी में घुस गए।",
        ("His vault over the fence was impressive.", "बाड़ के ऊपर से उसकी छलांग शानदार थी।"),
    ),
    (
        "The new coins are being produced at the Hyderabad mint.",
        "नए सिक्के हैदराबाद के पुदीने में बनाए जा रहे हैं।",
        "पुदीने",
        "नए सिक्के हैदराबाद की टकसाल में बनाए जा रहे हैं।",
        ("Add a few leaves of mint to the chutney.", "चटनी में पुदीने की कुछ पत्तियां डालें।"),
    ),
    (
        "Thousands attended the rock concert in Shillong.",
        "शिलांग में चट्टान संगीत समारोह में हज़ारों लोग शामिल हुए।",
        "चट्टान",
        "शिलांग में रॉक संगीत समारोह में हज़ारों लोग शामिल हुए।",
        ("A huge rock fell on the highway.", "राजमार्ग पर एक विशाल चट्टान गिर गई।"),
    ),
    (
        "Protesters gathered in the main square of the town.",
        "प्रदर्शनकारी शहर के मुख्य वर्ग में जमा हुए।",
        "वर्ग",
        "प्रदर्शनकारी शहर के मुख्य चौक में जमा हुए।",
        ("Draw a square and a circle.", "एक वर्ग और एक वृत्त बनाइए।"),
    ),
    (
        "She is a bright student who wants to become a doctor.",
        "वह एक चमकीली छात्रा है जो डॉक्टर बनना चाहती है।",
        "चमकीली",
        "वह एक होनहार छात्रा है जो डॉक्टर बनना चाहती है।",
        ("The children wore bright clothes for the festival.", "बच्चों ने त्योहार के लिए चमकीले कपड़े पहने।"),
    ),
    (
        "There was a sharp fall in onion prices this week.",
        "इस हफ्ते प्याज की कीमतों में धारदार गिरावट आई।",
        "धारदार",
        "इस हफ्ते प्याज की कीमतों में तेज़ गिरावट आई।",
        ("Be careful, the knife is very sharp.", "सावधान रहें, चाकू बहुत धारदार है।"),
    ),
    (
        "Commuters protested against the steep increase in bus fares.",
        "यात्रियों ने बस किराए में खड़ी बढ़ोतरी के खिलाफ प्रदर्शन किया।",
        "खड़ी",
        "यात्रियों ने बस किराए में भारी बढ़ोतरी के खिलाफ प्रदर्शन किया।",
        ("The climb to the fort is steep.", "किले तक की चढ़ाई खड़ी है।"),
    ),
    (
        "Doctors said the condition of the injured driver is stable.",
        "डॉक्टरों ने कहा कि घायल ड्राइवर की हालत अस्तबल है।",
        "अस्तबल",
        "डॉक्टरों ने कहा कि घायल ड्राइवर की हालत स्थिर है।",
        ("The horses were led back to the stable.", "घोड़ों को वापस अस्तबल में ले जाया गया।"),
    ),
    (
        "The train bound for Howrah was delayed by six hours.",
        "हावड़ा के लिए बंधी ट्रेन छह घंटे देरी से चली।",
        "बंधी",
        "हावड़ा जाने वाली ट्रेन छह घंटे देरी से चली।",
        ("The thief was bound with a rope.", "चोर रस्सी से बंधा हुआ था।"),
    ),
    (
        "Security was tightened in the wake of the attack.",
        "हमले के जागने में सुरक्षा कड़ी कर दी गई।",
        "जागने",
        "हमले के बाद सुरक्षा कड़ी कर दी गई।",
        ("I wake up at six every morning.", "मैं हर सुबह छह बजे जागता हूं।"),
    ),
    (
        "The village lies close to the Nepal border.",
        "गांव नेपाल सीमा के करीब झूठ बोलता है।",
        "झूठ बोलता है",
        "गांव नेपाल सीमा के करीब स्थित है।",
        ("The witness said the accused lies all the time.", "गवाह ने कहा कि आरोपी हर समय झूठ बोलता है।"),
    ),
    (
        "The matter will be heard by the Supreme Court next week.",
        "इस पदार्थ की सुनवाई अगले हफ्ते सुप्रीम कोर्ट करेगा।",
        "पदार्थ",
        "इस मामले की सुनवाई अगले हफ्ते सुप्रीम कोर्ट करेगा।",
        ("Organic matter improves the soil.", "जैविक पदार्थ मिट्टी को बेहतर बनाते हैं।"),
    ),
    (
        "The factory makes shoes from buffalo hide.",
        "फैक्टरी भैंस के छिपाने से जूते बनाती है।",
        "छिपाने",
        "फैक्टरी भैंस की खाल से जूते बनाती है।",
        ("The children tried to hide behind the door.", "बच्चों ने दरवाज़े के पीछे छिपने की कोशिश की।"),
    ),
    (
        "Hospitals reported a spike in dengue cases.",
        "अस्पतालों ने डेंगू के मामलों में कील दर्ज की।",
        "कील",
        "अस्पतालों ने डेंगू के मामलों में उछाल दर्ज किया।",
        ("The runner's shoes have metal spikes.", "धावक के जूतों में धातु की कीलें लगी हैं।"),
    ),
    (
        "Prices of pulses have risen by ten percent.",
        "नब्ज़ों की कीमतें दस प्रतिशत बढ़ गई हैं।",
        "नब्ज़ों",
        "दालों की कीमतें दस प्रतिशत बढ़ गई हैं।",
        ("The doctor checked her pulse.", "डॉक्टर ने उसकी नब्ज़ देखी।"),
    ),
    (
        "The school has installed solar panels on its roof.",
        "स्कूल ने अपनी छत पर सौर समितियां लगाई हैं।",
        "समितियां",
        "स्कूल ने अपनी छत पर सौर पैनल लगाए हैं।",
        ("A panel of experts will review the plan.", "विशेषज्ञों की एक समिति योजना की समीक्षा करेगी।"),
    ),
    (
        "The boundary wall is twelve feet high.",
        "सीमा की दीवार बारह पैर ऊंची है।",
        "पैर",
        "चारदीवारी बारह फुट ऊंची है।",
        ("His feet were swollen after the march.", "मार्च के बाद उसके पैर सूज गए थे।"),
    ),
    (
        "Petrol prices rose again on Monday.",
        "सोमवार को पेट्रोल की कीमतें फिर गुलाब हो गईं।",
        "गुलाब",
        "सोमवार को पेट्रोल की कीमतें फिर बढ़ गईं।",
        ("He gave her a red rose.", "उसने उसे एक लाल गुलाब दिया।"),
    ),
    (
        "Uncollected refuse is piling up on the streets.",
        "सड़कों पर न उठाया गया इनकार जमा हो रहा है।",
        "इनकार",
        "सड़कों पर न उठाया गया कचरा जमा हो रहा है।",
        ("Many shopkeepers refuse to accept coins.", "कई दुकानदार सिक्के लेने से इनकार करते हैं।"),
    ),
    (
        "The teacher was suspended for his conduct towards students.",
        "शिक्षक को छात्रों के प्रति उसके संचालन के लिए निलंबित कर दिया गया।",
        "संचालन",
        "शिक्षक को छात्रों के प्रति उसके व्यवहार के लिए निलंबित कर दिया गया।",
        (
            "The commission will conduct the elections in three phases.",
            "आयोग तीन चरणों में चुनावों का संचालन करेगा।",
        ),
    ),
    (
        "Police used tear gas to disperse the crowd.",
        "पुलिस ने भीड़ को तितर-बितर करने के लिए फाड़ गैस का इस्तेमाल किया।",
        "फाड़",
        "पुलिस ने भीड़ को तितर-बितर करने के लिए आंसू गैस का इस्तेमाल किया।",
        ("Do not tear the pages of the book.", "किताब के पन्ने मत फाड़ो।"),
    ),
    (
        "Gujarat has been a dry state since 1960.",
        "गुजरात 1960 से एक सूखा राज्य है।",
        "सूखा",
        "गुजरात में 1960 से शराबबंदी लागू है।",
        ("The wells have gone dry this summer.", "इस गर्मी में कुएं सूख गए हैं।"),
    ),
    (
        "A bronze bust of Tagore was unveiled at the university.",
        "विश्वविद्यालय में टैगोर के कांसे के भंडाफोड़ का अनावरण किया गया।",
        "भंडाफोड़",
        "विश्वविद्यालय में टैगोर की कांस्य प्रतिमा का अनावरण किया गया।",
        (
            "Police made a big drug bust at the port.",
            "पुलिस ने बंदरगाह पर नशीले पदार्थों के बड़े गिरोह का भंडाफोड़ किया।",
        ),
    ),
    (
        "Indians were British subjects before independence.",
        "आज़ादी से पहले भारतीय ब्रिटिश विषय थे।",
        "विषय",
        "आज़ादी से पहले भारतीय ब्रिटिश प्रजा थे।",
        ("Mathematics is her favourite subject.", "गणित उसका पसंदीदा विषय है।"),
    ),
    (
        "Grandmother's china was broken in the earthquake.",
        "भूकंप में दादी का चीन टूट गया।",
        "चीन",
        "भूकंप में दादी के चीनी मिट्टी के बर्तन टूट गए।",
        ("China has built a new dam on the river.", "चीन ने नदी पर एक नया बांध बनाया है।"),
    ),
    (
        "Voters were given slips with their booth numbers.",
        "मतदाताओं को उनके बूथ नंबर वाली फिसलनें दी गईं।",
        "फिसलनें",
        "मतदाताओं को उनके बूथ नंबर वाली पर्चियां दी गईं।",
        ("He slipped on the wet floor.", "वह गीले फर्श पर फिसल गया।"),
    ),
    (
        "Flies spread cholera in the monsoon.",
        "मानसून में उड़ानें हैजा फैलाती हैं।",
        "उड़ानें",
        "मानसून में मक्खियां हैजा फैलाती हैं।",
        ("Birds fly south in winter.", "पक्षी सर्दियों में दक्षिण की ओर उड़ते हैं।"),
    ),
]

# clean free translations: paraphrase, reordered clauses, numbers written out (src, MT)
FREE = [
    ("The company hired 12 engineers last month.", "पिछले महीने कंपनी ने बारह इंजीनियरों को नौकरी दी।"),
    (
        "About 2.5 million pilgrims visited the shrine in January.",
        "जनवरी में करीब पच्चीस लाख तीर्थयात्री दर्शन के लिए पहुंचे।",
    ),
    ("Half of the seats went to women candidates.", "आधी सीटें महिला उम्मीदवारों को मिलीं।"),
    ("Nobody was hurt in the fire.", "आग में कोई घायल नहीं हुआ।"),
    ("The bridge, which was built in 1962, will be demolished.", "1962 में बना यह पुल गिराया जाएगा।"),
    ("Despite the rain, the match went ahead.", "मैच बारिश के बावजूद हुआ।"),
    (
        "The minister did not attend the meeting because he was ill.",
        "बीमार होने के कारण मंत्री बैठक में नहीं आए।",
    ),
    ("Schools will remain closed until 15 January.", "पंद्रह जनवरी तक स्कूल बंद रहेंगे।"),
    ("The price of tomatoes has doubled in a week.", "एक हफ्ते में टमाटर के दाम दोगुने हो गए हैं।"),
    ("Around a dozen houses were damaged in the storm.", "तूफान में लगभग बारह मकानों को नुकसान पहुंचा।"),
    ("She won the award for the third time.", "यह तीसरा मौका है जब उसे यह पुरस्कार मिला।"),
    ("Turnout was 64 per cent, the highest since 1984.", "मतदान 64 फ़ीसदी रहा, जो 1984 के बाद सबसे ज़्यादा है।"),
    (
        "The train left Delhi at 6 pm and reached Lucknow the next morning.",
        "शाम छह बजे दिल्ली से रवाना हुई ट्रेन अगली सुबह लखनऊ पहुंची।",
    ),
    (
        "Officials said that the road would be reopened by Friday.",
        "अधिकारियों के मुताबिक़ सड़क शुक्रवार तक फिर खोल दी जाएगी।",
    ),
    (
        "Farmers in the district have not received compensation yet.",
        "ज़िले के किसानों को अब तक मुआवज़ा नहीं मिला है।",
    ),
    ("The new law comes into force on the first of April.", "नया क़ानून 1 अप्रैल से लागू होगा।"),
    ("More than a hundred people attended the funeral.", "अंतिम संस्कार में सौ से ज़्यादा लोग शामिल हुए।"),
    ("Two of the five accused are still absconding.", "पांच आरोपियों में से दो अब भी फ़रार हैं।"),
    (
        "The film, directed by a first-time director, has earned 200 crore rupees.",
        "पहली बार निर्देशन कर रहे निर्देशक की इस फ़िल्म ने दो सौ करोड़ रुपये कमाए हैं।",
    ),
    ("The temperature dropped to four degrees on Tuesday night.", "मंगलवार रात पारा चार डिग्री तक लुढ़क गया।"),
    (
        "The hospital has only three ventilators for the whole district.",
        "पूरे ज़िले के लिए अस्पताल में सिर्फ़ तीन वेंटिलेटर हैं।",
    ),
    ("He was arrested a week after the incident.", "घटना के सात दिन बाद उसे गिरफ़्तार किया गया।"),
    ("The dam supplies water to nearly 40 villages.", "यह बांध क़रीब चालीस गांवों को पानी देता है।"),
    ("None of the passengers was injured.", "सभी यात्री सुरक्षित हैं।"),
    ("The festival will be held from 10 to 14 October.", "महोत्सव दस से चौदह अक्टूबर तक चलेगा।"),
    (
        "Rescue teams pulled out the last survivor on Sunday evening, three days after the quake.",
        "भूकंप के तीन दिन बाद, रविवार शाम बचाव दलों ने आख़िरी जीवित व्यक्ति को बाहर निकाला।",
    ),
]


def main() -> None:
    rows = []
    for i, (src, bad, span, good, (lsrc, lmt)) in enumerate(FLAWED, 1):
        assert span in bad, span
        rows.append(
            {
                "id": f"s7f{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": span, "category": "sense"}],
            }
        )
        rows.append(
            {"id": f"s7c{i:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "sense"}
        )
        rows.append(
            {
                "id": f"s7l{i:03d}",
                "src": lsrc,
                "mt": lmt,
                "flawed": False,
                "errors": [],
                "category": "sense-lookalike",
            }
        )
    for i, (src, mt) in enumerate(FREE, 1):
        rows.append(
            {"id": f"s7p{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "free"}
        )
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
