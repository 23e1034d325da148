"""Builds heldout.jsonl: round-10 held-out transliterations, clean look-alikes and repetitions.
Written by hand on 2026-11-28 BEFORE the round-10 HI40x/HI30x precision work and never edited to
fit; report numbers on it, do not tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Every flawed Devanagari span is in none of ``audit/data/translit_glossary.tsv``,
``tests/data/heldout_r4`` .. ``heldout_r9``, ``translit_r5`` .. ``translit_r9`` and the issue
texts (checked by script when this was written). Flawed rows: everyday nouns (animals, food,
body, household, people), adjectives and light-verb compounds (वरशिप करते, मेल्ट हो गई).

Clean rows: each flawed row's correct translation (``translit-twin``) and look-alikes
(``translit-lookalike``) of the false-positive families of round 9: English words inside
person names (ट्रेंट बोल्ट, जोफ्रा आर्चर, शेरोन स्टोन), team/club/band/venue names (केरला
ब्लास्टर्स, डेनवर नगेट्स, लिंकिन पार्क, ट्रेंट ब्रिज), fixed loan phrases Hindi news prints
(बोर्डिंग पास, रेड कार्पेट, स्पीड ब्रेकर), native Hindi words that sound like English words
(हंडी, लौकी, सूप, लोटे, मटर), Hindi closed compounds (पनचक्की, जेबकतरा, दियासलाई) and
acronyms/stage names/foreign given names (ट्राई, फिक्की, सील, स्लैश, बुराक); legitimate reduplications
(``reduplication``). Flawed repetitions (``repetition``): a word or phrase emitted twice.

    python tests/data/translit_r10/build.py > tests/data/translit_r10/heldout.jsonl
    audit check tests/data/translit_r10/heldout.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o o.jsonl
    python scripts/score_by_category.py tests/data/translit_r10/heldout.jsonl o.jsonl   # Hindi only: --src-col none
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    ("A donkey was carrying the bricks.", "एक डॉन्की ईंटें ढो रहा था।", "डॉन्की", "एक गधा ईंटें ढो रहा था।"),
    ("A buffalo stood in the pond.", "तालाब में एक बफ़ेलो खड़ी थी।", "बफ़ेलो", "तालाब में एक भैंस खड़ी थी।"),
    ("Pigeons sat on the roof.", "छत पर पिजन बैठे थे।", "पिजन", "छत पर कबूतर बैठे थे।"),
    ("An eagle flew over the hill.", "पहाड़ी के ऊपर एक ईगल उड़ा।", "ईगल", "पहाड़ी के ऊपर एक चील उड़ी।"),
    ("A turtle came out of the water.", "पानी से एक टर्टल बाहर आया।", "टर्टल", "पानी से एक कछुआ बाहर आया।"),
    ("A deer ran into the forest.", "एक डियर जंगल में भाग गया।", "डियर", "एक हिरण जंगल में भाग गया।"),
    ("A squirrel climbed the tree.", "एक स्क्विरल पेड़ पर चढ़ गई।", "स्क्विरल", "एक गिलहरी पेड़ पर चढ़ गई।"),
    ("A lizard was on the wall.", "दीवार पर एक लिज़र्ड थी।", "लिज़र्ड", "दीवार पर एक छिपकली थी।"),
    ("The spider wove a web.", "स्पाइडर ने जाला बुना।", "स्पाइडर", "मकड़ी ने जाला बुना।"),
    ("Cockroaches roamed the kitchen.", "रसोई में कॉकरोच घूम रहे थे।", "कॉकरोच", "रसोई में तिलचट्टे घूम रहे थे।"),
    ("Milk has become costly.", "मिल्क महंगा हो गया है।", "मिल्क", "दूध महंगा हो गया है।"),
    ("Garlic was added to the vegetable.", "सब्ज़ी में गार्लिक डाला गया।", "गार्लिक", "सब्ज़ी में लहसुन डाला गया।"),
    ("She put ginger in the tea.", "उसने चाय में जिंजर डाला।", "जिंजर", "उसने चाय में अदरक डाला।"),
    ("Mother cooked spinach.", "मां ने स्पिनच की सब्ज़ी बनाई।", "स्पिनच", "मां ने पालक की सब्ज़ी बनाई।"),
    ("Carrots are cheap in the market.", "बाज़ार में कैरट सस्ती हैं।", "कैरट", "बाज़ार में गाजर सस्ती हैं।"),
    ("Peanuts are eaten in winter.", "सर्दियों में पीनट्स खाए जाते हैं।", "पीनट्स", "सर्दियों में मूंगफली खाई जाती है।"),
    ("The grapes were sour.", "ग्रेप्स खट्टे थे।", "ग्रेप्स", "अंगूर खट्टे थे।"),
    ("He washed his hands.", "उसने अपने हैंड्स धोए।", "हैंड्स", "उसने अपने हाथ धोए।"),
    ("Her fingers were cut.", "उसकी फिंगर्स कट गईं।", "फिंगर्स", "उसकी उंगलियां कट गईं।"),
    ("Her lips were dry.", "उसके लिप्स सूखे थे।", "लिप्स", "उसके होंठ सूखे थे।"),
    ("He burnt his tongue.", "उसकी टंग जल गई।", "टंग", "उसकी जीभ जल गई।"),
    ("His neck was hurting.", "उसकी नेक में दर्द था।", "नेक", "उसकी गर्दन में दर्द था।"),
    ("Her elbow was hurt.", "उसकी एल्बो में चोट लगी।", "एल्बो", "उसकी कोहनी में चोट लगी।"),
    ("The sun burned his skin.", "धूप से उसकी स्किन जल गई।", "स्किन", "धूप से उसकी त्वचा जल गई।"),
    ("He sprained his ankle.", "उसके एंकल में मोच आ गई।", "एंकल", "उसके टखने में मोच आ गई।"),
    ("Smoking damages the lungs.", "धूम्रपान से लंग्स खराब होते हैं।", "लंग्स", "धूम्रपान से फेफड़े खराब होते हैं।"),
    ("His nephew came to meet him.", "उसका नेफ्यू मिलने आया।", "नेफ्यू", "उसका भतीजा मिलने आया।"),
    ("His sister got married.", "उसकी सिस्टर की शादी हो गई।", "सिस्टर", "उसकी बहन की शादी हो गई।"),
    ("The beggar asked for food.", "बेगर ने खाना मांगा।", "बेगर", "भिखारी ने खाना मांगा।"),
    ("The weaver wove a shawl.", "वीवर ने शॉल बुनी।", "वीवर", "बुनकर ने शॉल बुनी।"),
    ("The potter made clay pots.", "पॉटर ने मिट्टी के बर्तन बनाए।", "पॉटर", "कुम्हार ने मिट्टी के बर्तन बनाए।"),
    ("The barber cut his hair.", "बार्बर ने उसके बाल काटे।", "बार्बर", "नाई ने उसके बाल काटे।"),
    ("The carpenter made a chair.", "कैरपेंटर ने कुर्सी बनाई।", "कैरपेंटर", "बढ़ई ने कुर्सी बनाई।"),
    ("The blacksmith made a plough.", "ब्लैकस्मिथ ने हल बनाया।", "ब्लैकस्मिथ", "लोहार ने हल बनाया।"),
    ("The child ate with a spoon.", "बच्चा स्पून से खाना खा रहा था।", "स्पून", "बच्चा चम्मच से खाना खा रहा था।"),
    ("She kept the fruit in a basket.", "उसने फल बास्केट में रखे।", "बास्केट", "उसने फल टोकरी में रखे।"),
    ("She combed her hair.", "उसने कॉम्ब से बाल संवारे।", "कॉम्ब", "उसने कंघी से बाल संवारे।"),
    ("Wash your hands with soap.", "सोप से हाथ धोएं।", "सोप", "साबुन से हाथ धोएं।"),
    ("He wiped his face with a towel.", "उसने टॉवल से मुंह पोंछा।", "टॉवल", "उसने तौलिए से मुंह पोंछा।"),
    ("There was a drought in the village.", "गांव में ड्रॉट पड़ा।", "ड्रॉट", "गांव में सूखा पड़ा।"),
    (
        "Two people died when lightning struck.",
        "लाइटनिंग गिरने से दो लोगों की मौत हो गई।",
        "लाइटनिंग",
        "बिजली गिरने से दो लोगों की मौत हो गई।",
    ),
    ("He borrowed money from a friend.", "उसने दोस्त से पैसे बॉरो किए।", "बॉरो", "उसने दोस्त से पैसे उधार लिए।"),
    ("People worship in the temple.", "लोग मंदिर में वरशिप करते हैं।", "वरशिप", "लोग मंदिर में पूजा करते हैं।"),
    ("She began to scream in fear.", "वह डर से स्क्रीम करने लगी।", "स्क्रीम", "वह डर से चीखने लगी।"),
    ("Everyone started laughing.", "सब लोग लाफ़ करने लगे।", "लाफ़", "सब लोग हंसने लगे।"),
    ("The water froze in the cold.", "ठंड में पानी फ्रीज़ हो गया।", "फ्रीज़", "ठंड में पानी जम गया।"),
    ("The ice melted in the sun.", "धूप में बर्फ मेल्ट हो गई।", "मेल्ट", "धूप में बर्फ पिघल गई।"),
    ("She is a very shy girl.", "वह बहुत शाई लड़की है।", "शाई", "वह बहुत शर्मीली लड़की है।"),
    ("He turned out to be a coward.", "वह कावर्ड निकला।", "कावर्ड", "वह कायर निकला।"),
    ("He is an honest officer.", "वह होनेस्ट अफसर है।", "होनेस्ट", "वह ईमानदार अफसर है।"),
    ("The old man was deaf.", "बूढ़ा आदमी डेफ़ था।", "डेफ़", "बूढ़ा आदमी बहरा था।"),
    ("The bread was very soft.", "रोटी बहुत सॉफ्ट थी।", "सॉफ्ट", "रोटी बहुत नरम थी।"),
    ("The knife was very sharp.", "चाकू बहुत शार्प था।", "शार्प", "चाकू बहुत तेज़ था।"),
    ("He felt ashamed of his deed.", "उसे अपने किए पर शेम आई।", "शेम", "उसे अपने किए पर शर्म आई।"),
    ("He was jealous of his brother.", "उसे भाई से जेलसी थी।", "जेलसी", "उसे भाई से जलन थी।"),
    ("Greed is a bad thing.", "ग्रीड बुरी चीज़ है।", "ग्रीड", "लालच बुरी चीज़ है।"),
    ("Tears came to her eyes.", "उसकी आंखों में टीयर्स आ गए।", "टीयर्स", "उसकी आंखों में आंसू आ गए।"),
]

# (source, clean MT): English words in names, fixed loan phrases, native words, compounds, acronyms
LOOKALIKES = [
    # English words inside person names
    ("Trent Boult took three wickets.", "ट्रेंट बोल्ट ने तीन विकेट लिए।"),
    ("Jofra Archer bowled fast.", "जोफ्रा आर्चर ने तेज़ गेंदबाज़ी की।"),
    ("Sharon Stone was honoured at the festival.", "समारोह में शेरोन स्टोन को सम्मानित किया गया।"),
    ("Elijah Wood visited Mumbai.", "एलाइजा वुड ने मुंबई का दौरा किया।"),
    ("Jeremy Irons read the poem.", "जेरेमी आयरन्स ने कविता पढ़ी।"),
    ("Ben Foakes took a fine catch.", "बेन फोक्स ने शानदार कैच पकड़ा।"),
    ("Olivia Wilde directed the film.", "ओलिविया वाइल्ड ने फिल्म का निर्देशन किया।"),
    ("Demi Moore was praised for her role.", "डेमी मूर की भूमिका की तारीफ हुई।"),
    ("Robin Williams was a great actor.", "रॉबिन विलियम्स एक महान अभिनेता थे।"),
    ("Seal sang at the ceremony.", "सील ने समारोह में गाना गाया।"),
    ("Slash played the guitar.", "स्लैश ने गिटार बजाया।"),
    ("Pitbull's concert was cancelled.", "पिटबुल का कॉन्सर्ट रद्द हो गया।"),
    # teams, clubs, bands, venues
    ("Kerala Blasters won the match.", "केरला ब्लास्टर्स ने मैच जीत लिया।"),
    ("Denver Nuggets won the title.", "डेनवर नगेट्स ने खिताब जीता।"),
    ("Blackburn Rovers lost at home.", "ब्लैकबर्न रोवर्स अपने मैदान पर हार गई।"),
    ("Linkin Park will perform in Mumbai.", "लिंकिन पार्क मुंबई में प्रस्तुति देगा।"),
    ("Arctic Monkeys released a new album.", "आर्कटिक मंकीज़ ने नया एल्बम जारी किया।"),
    ("Imagine Dragons performed last night.", "इमेजिन ड्रैगन्स ने कल रात प्रस्तुति दी।"),
    ("The Test will be played at Trent Bridge.", "टेस्ट मैच ट्रेंट ब्रिज में खेला जाएगा।"),
    ("The football club signed a new coach.", "फुटबॉल क्लब ने नए कोच को अनुबंधित किया।"),
    # fixed loan phrases
    ("Show your boarding pass at the gate.", "गेट पर अपना बोर्डिंग पास दिखाएं।"),
    ("Children love ice cream.", "बच्चों को आइसक्रीम बहुत पसंद है।"),
    ("He was arrested for cyber crime.", "उसे साइबर क्राइम के आरोप में गिरफ्तार किया गया।"),
    ("He works the night shift.", "वह नाइट शिफ्ट में काम करता है।"),
    ("A queue formed at the petrol pump.", "पेट्रोल पंप पर लंबी कतार लग गई।"),
    ("A new SIM card was issued.", "नया सिम कार्ड जारी किया गया।"),
    ("Fast food harms health.", "फास्ट फूड सेहत को नुकसान पहुंचाता है।"),
    ("The actors walked the red carpet.", "कलाकार रेड कार्पेट पर चले।"),
    ("A speed breaker was built on the road.", "सड़क पर स्पीड ब्रेकर बनाया गया।"),
    ("The injured were given first aid.", "घायलों को फर्स्ट एड दिया गया।"),
    ("He bought toothpaste.", "उसने टूथपेस्ट खरीदा।"),
    # native Hindi words that sound like English words
    ("Mother cooked in a clay pot.", "मां ने मिट्टी की हंडी में खाना पकाया।"),
    ("Bottle gourd is good for health.", "लौकी सेहत के लिए अच्छी होती है।"),
    ("Peas have become cheap.", "मटर सस्ती हो गई है।"),
    ("He had a stomach ache.", "उसके पेट में दर्द था।"),
    ("Rice is winnowed with a winnowing basket.", "सूप से चावल फटके जाते हैं।"),
    ("He lives in the small room.", "वह छोटे कमरे में रहता है।"),
    ("He poured water from the pot.", "उसने लोटे से पानी डाला।"),
    # Hindi closed compounds
    ("The water mill stopped working.", "पनचक्की ने काम करना बंद कर दिया।"),
    ("A pickpocket was caught at the station.", "स्टेशन पर एक जेबकतरा पकड़ा गया।"),
    ("The puppet show was liked.", "कठपुतली का खेल सबको पसंद आया।"),
    ("The submarine returned to port.", "पनडुब्बी बंदरगाह पर लौट आई।"),
    ("Handloom weavers got help.", "हथकरघा बुनकरों को मदद मिली।"),
    ("He lit the lamp with a matchstick.", "उसने दियासलाई से दीया जलाया।"),
    ("The woodcutter went to the forest.", "लकड़हारा जंगल गया।"),
    # acronyms, stage names, foreign given names
    ("TRAI issued new rules.", "ट्राई ने नए नियम जारी किए।"),
    ("FICCI welcomed the budget.", "फिक्की ने बजट का स्वागत किया।"),
    ("NABARD gave a loan.", "नाबार्ड ने ऋण दिया।"),
    ("Burak scored the winning goal.", "बुराक ने निर्णायक गोल किया।"),
    ("Orhan Pamuk wrote a new novel.", "ओरहान पामुक ने नया उपन्यास लिखा।"),
]

# (source, flawed MT, repeated span): the second occurrence is the error
REPETITIONS = [
    ("The government started a new scheme.", "सरकार ने नई योजना योजना शुरू की।", "योजना"),
    ("The children were studying at school.", "बच्चे स्कूल में स्कूल में पढ़ रहे थे।", "स्कूल में"),
    ("The minister said the budget would rise.", "मंत्री ने कहा कि कहा कि बजट बढ़ेगा।", "कहा कि"),
    ("Farmers will get compensation.", "किसानों को किसानों को मुआवज़ा मिलेगा।", "किसानों को"),
    ("The river's water level has risen.", "नदी का जलस्तर बढ़ गया है बढ़ गया है।", "बढ़ गया है"),
    (
        "Waterlogging occurred in the city because of the rain.",
        "शहर में बारिश के कारण के कारण जलभराव हो गया।",
        "के कारण",
    ),
]

# (source, clean MT): Hindi reduplication and quoted repeated calls
REDUPLICATIONS = [
    ("Slowly the crowd thinned.", "धीरे-धीरे भीड़ कम हो गई।"),
    ("Children went from house to house distributing sweets.", "बच्चे घर घर जाकर मिठाई बांट रहे थे।"),
    ("He makes the same mistake again and again.", "वह बार बार एक ही गलती करता है।"),
    ("She shouted 'help, help'.", "उसने 'बचाओ बचाओ' चिल्लाया।"),
    ("Hot tea drove away the cold.", "गरम गरम चाय पीकर ठंड दूर हो गई।"),
    ("The two friends kept walking together.", "दोनों दोस्त साथ साथ चलते रहे।"),
    ("Water was dripping drop by drop.", "पानी बूंद बूंद करके टपक रहा था।"),
]


def rows() -> list[dict]:
    out: list[dict] = []
    for i, (src, mt, span, fixed) in enumerate(FLAWED, 1):
        assert span in mt, span
        out.append(
            {
                "id": f"r10f{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "translit"}],
            }
        )
        out.append(
            {
                "id": f"r10t{i:03d}",
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
                "id": f"r10l{i:03d}",
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
                "id": f"r10r{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "repetition"}],
            }
        )
    for i, (src, mt) in enumerate(REDUPLICATIONS, 1):
        out.append(
            {
                "id": f"r10d{i:03d}",
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
