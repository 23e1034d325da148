"""Builds heldout.jsonl: round-7 held-out transliterations and repetitions with sources. Written
by hand on 2026-11-28 BEFORE the round-7 HI408/HI301/HI302 work and never edited to fit; report
numbers on it, do not tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Every flawed English word is in none of ``audit/data/translit_glossary.tsv``,
``tests/data/heldout_r4``, ``heldout_r5``, ``heldout_r6``, ``translit_r5`` and ``translit_r6``
(checked when this was written): the set measures the class mechanism, not the glossary. Nouns,
adjectives, adverbs, plurals (-्स) and light-verb compounds (एक्सप्लेन किया) are included.

Clean rows: each flawed row's correct translation (``translit-twin``); look-alikes
(``translit-lookalike``): everyday loans Hindi news really uses (मोबाइल, टिकट, पेट्रोल), English
words inside names of places, events, schemes and documents (साल्ट लेक, मरीन ड्राइव, ड्राइविंग
लाइसेंस, मदर्स डे), fixed loan compounds (ब्लड बैंक, हार्ट अटैक) and sport terms (फ्री किक, नो
बॉल, हैट्रिक); legitimate Hindi reduplications (``reduplication``). Flawed repetitions
(``repetition``): a word or phrase the decoder emitted twice.

    python tests/data/translit_r7/build.py > tests/data/translit_r7/heldout.jsonl
    audit check tests/data/translit_r7/heldout.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o o.jsonl
    python scripts/score_by_category.py tests/data/translit_r7/heldout.jsonl o.jsonl   # Hindi only: --src-col none
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    ("He kept a pillow under his head.", "उसने सिर के नीचे पिलो रखा।", "पिलो", "उसने सिर के नीचे तकिया रखा।"),
    (
        "Blankets were given to the poor in the cold.",
        "ठंड में गरीबों को ब्लैंकेट बांटे गए।",
        "ब्लैंकेट",
        "ठंड में गरीबों को कंबल बांटे गए।",
    ),
    ("The labourer climbed up with a rope.", "मज़दूर रोप के सहारे ऊपर चढ़ा।", "रोप", "मज़दूर रस्सी के सहारे ऊपर चढ़ा।"),
    (
        "An old mirror hung on the wall.",
        "दीवार पर एक पुराना मिरर टंगा था।",
        "मिरर",
        "दीवार पर एक पुराना आईना टंगा था।",
    ),
    ("The attacker had a knife.", "हमलावर के पास नाइफ था।", "नाइफ", "हमलावर के पास चाकू था।"),
    (
        "Children are given an egg every day.",
        "बच्चों को रोज़ एक एग दिया जाता है।",
        "एग",
        "बच्चों को रोज़ एक अंडा दिया जाता है।",
    ),
    ("Onion prices rose again.", "अनियन के दाम फिर बढ़ गए।", "अनियन", "प्याज़ के दाम फिर बढ़ गए।"),
    ("The farmers sold their potato crop.", "किसानों ने पोटैटो की फसल बेची।", "पोटैटो", "किसानों ने आलू की फसल बेची।"),
    ("Drink lemon water in the heat.", "गर्मी में लेमन पानी पिएं।", "लेमन", "गर्मी में नींबू पानी पिएं।"),
    ("Mix honey in milk and drink it.", "दूध में हनी मिलाकर पिएं।", "हनी", "दूध में शहद मिलाकर पिएं।"),
    ("They sat in the shade of the tree.", "वे पेड़ की शैडो में बैठ गए।", "शैडो", "वे पेड़ की छाया में बैठ गए।"),
    ("There was noise all night.", "रात भर नॉइज़ होता रहा।", "नॉइज़", "रात भर शोर होता रहा।"),
    ("It rained with thunder at night.", "रात में थंडर के साथ बारिश हुई।", "थंडर", "रात में गरज के साथ बारिश हुई।"),
    ("There were tears in the mother's eyes.", "मां की आंखों में टियर्स थे।", "टियर्स", "मां की आंखों में आंसू थे।"),
    ("There was a smile on the child's face.", "बच्चे के चेहरे पर स्माइल थी।", "स्माइल", "बच्चे के चेहरे पर मुस्कान थी।"),
    ("Luck did not favour him.", "उसकी लक ने साथ नहीं दिया।", "लक", "उसकी किस्मत ने साथ नहीं दिया।"),
    ("The workers were soaked in sweat.", "मज़दूर स्वेट से भीगे हुए थे।", "स्वेट", "मज़दूर पसीने से भीगे हुए थे।"),
    ("The soldier's wound was deep.", "सैनिक का वुंड गहरा था।", "वुंड", "सैनिक का घाव गहरा था।"),
    ("He was hurt in the shoulder.", "उसके शोल्डर में चोट लगी।", "शोल्डर", "उसके कंधे में चोट लगी।"),
    ("His finger was cut in the machine.", "मशीन में उसकी फिंगर कट गई।", "फिंगर", "मशीन में उसकी उंगली कट गई।"),
    ("He has a sore throat.", "उसका थ्रोट खराब है।", "थ्रोट", "उसका गला खराब है।"),
    ("The child had a pain in the stomach.", "बच्चे के स्टमक में दर्द था।", "स्टमक", "बच्चे के पेट में दर्द था।"),
    ("The farmer's goat was stolen.", "किसान की गोट चोरी हो गई।", "गोट", "किसान की बकरी चोरी हो गई।"),
    ("A snake came out in the field.", "खेत में एक स्नेक निकला।", "स्नेक", "खेत में एक सांप निकला।"),
    ("There was a parrot in the cage.", "पिंजरे में एक पैरट था।", "पैरट", "पिंजरे में एक तोता था।"),
    (
        "They rode a camel in the desert.",
        "उन्होंने रेगिस्तान में कैमल की सवारी की।",
        "कैमल",
        "उन्होंने रेगिस्तान में ऊंट की सवारी की।",
    ),
    (
        "Sand is being mined illegally from the river.",
        "नदी से सैंड का अवैध खनन हो रहा है।",
        "सैंड",
        "नदी से रेत का अवैध खनन हो रहा है।",
    ),
    (
        "Flights were cancelled because of dense fog.",
        "घने फॉग के कारण उड़ानें रद्द हुईं।",
        "फॉग",
        "घने कोहरे के कारण उड़ानें रद्द हुईं।",
    ),
    ("Farmers were given free seeds.", "किसानों को मुफ्त सीड्स दिए गए।", "सीड्स", "किसानों को मुफ्त बीज दिए गए।"),
    ("An old cave was found in the hill.", "पहाड़ी में एक पुरानी केव मिली।", "केव", "पहाड़ी में एक पुरानी गुफा मिली।"),
    ("The halwa was very sweet.", "हलवा बहुत स्वीट था।", "स्वीट", "हलवा बहुत मीठा था।"),
    ("The medicine was very bitter.", "दवा बहुत बिटर थी।", "बिटर", "दवा बहुत कड़वी थी।"),
    ("The king was very cruel.", "राजा बहुत क्रूएल था।", "क्रूएल", "राजा बहुत क्रूर था।"),
    ("The fox was very clever.", "लोमड़ी बहुत क्लेवर थी।", "क्लेवर", "लोमड़ी बहुत चालाक थी।"),
    ("It was a foolish decision.", "यह एक फूलिश फैसला था।", "फूलिश", "यह एक मूर्खतापूर्ण फैसला था।"),
    ("He has become very thin.", "वह बहुत थिन हो गया है।", "थिन", "वह बहुत पतला हो गया है।"),
    (
        "Two people were pulled out alive from the debris.",
        "मलबे से दो लोग अलाइव निकाले गए।",
        "अलाइव",
        "मलबे से दो लोग ज़िंदा निकाले गए।",
    ),
    ("The children were afraid of the dark.", "बच्चे अंधेरे से अफ्रेड थे।", "अफ्रेड", "बच्चे अंधेरे से डरे हुए थे।"),
    ("A strange sound came at night.", "रात में एक स्ट्रेंज आवाज़ आई।", "स्ट्रेंज", "रात में एक अजीब आवाज़ आई।"),
    ("The child kept a rabbit.", "बच्चे ने एक रैबिट पाला।", "रैबिट", "बच्चे ने एक खरगोश पाला।"),
    ("The old mother feels lonely.", "बूढ़ी मां लोनली महसूस करती है।", "लोनली", "बूढ़ी मां अकेली महसूस करती है।"),
    ("The power often goes out here.", "यहां ऑफन बिजली चली जाती है।", "ऑफन", "यहां अक्सर बिजली चली जाती है।"),
    ("Suddenly the lights went out.", "सडनली बत्ती चली गई।", "सडनली", "अचानक बत्ती चली गई।"),
    ("He always comes late.", "वह ऑलवेज़ देर से आता है।", "ऑलवेज़", "वह हमेशा देर से आता है।"),
    ("The two brothers live together.", "दोनों भाई टुगेदर रहते हैं।", "टुगेदर", "दोनों भाई साथ रहते हैं।"),
    ("The dam is almost full.", "बांध ऑलमोस्ट भर चुका है।", "ऑलमोस्ट", "बांध लगभग भर चुका है।"),
    ("The exam will be held tomorrow.", "परीक्षा टुमॉरो होगी।", "टुमॉरो", "परीक्षा कल होगी।"),
    (
        "People believed his words.",
        "लोगों ने उसकी बात पर बिलीव किया।",
        "बिलीव",
        "लोगों ने उसकी बात पर विश्वास किया।",
    ),
    (
        "The students could not understand the question.",
        "छात्र सवाल अंडरस्टैंड नहीं कर पाए।",
        "अंडरस्टैंड",
        "छात्र सवाल समझ नहीं पाए।",
    ),
    ("He learned to swim in the village.", "उसने गांव में तैरना लर्न किया।", "लर्न", "उसने गांव में तैरना सीखा।"),
    ("She washed the clothes.", "उसने कपड़े वॉश किए।", "वॉश", "उसने कपड़े धोए।"),
    ("He hates lies.", "वह झूठ से हेट करता है।", "हेट", "वह झूठ से नफरत करता है।"),
    (
        "The villagers chose a new headman.",
        "गांव वालों ने नया मुखिया चूज़ किया।",
        "चूज़",
        "गांव वालों ने नया मुखिया चुना।",
    ),
    ("He earned money through hard work.", "उसने मेहनत से पैसे अर्न किए।", "अर्न", "उसने मेहनत से पैसे कमाए।"),
    ("The child touched the fire.", "बच्चे ने आग को टच किया।", "टच", "बच्चे ने आग को छुआ।"),
    ("The hunter killed the tiger.", "शिकारी ने बाघ को किल कर दिया।", "किल", "शिकारी ने बाघ को मार दिया।"),
]

# (source, clean MT): loans Hindi news prints, names with English words, compounds, sport terms
LOOKALIKES = [
    ("He booked a train ticket on his mobile.", "उसने मोबाइल पर ट्रेन का टिकट बुक किया।"),
    ("Petrol and diesel prices rose again.", "पेट्रोल और डीज़ल के दाम फिर बढ़े।"),
    ("The gas cylinder became costlier.", "गैस सिलेंडर महंगा हो गया।"),
    ("The metro will run till midnight.", "मेट्रो आधी रात तक चलेगी।"),
    ("The new flyover was opened today.", "नए फ्लाईओवर का आज उद्घाटन हुआ।"),
    ("He lost his passport at the airport.", "एयरपोर्ट पर उसका पासपोर्ट खो गया।"),
    ("The website was down for two hours.", "वेबसाइट दो घंटे तक बंद रही।"),
    ("Money was withdrawn from the ATM.", "एटीएम से पैसे निकाले गए।"),
    ("She bought a new laptop and a printer.", "उसने नया लैपटॉप और प्रिंटर खरीदा।"),
    ("The tractor overturned in the field.", "खेत में ट्रैक्टर पलट गया।"),
    ("The hotel staff helped the tourists.", "होटल के कर्मचारियों ने पर्यटकों की मदद की।"),
    ("The phone battery ran out.", "फोन की बैटरी खत्म हो गई।"),
    ("The factory was shut for a week.", "फैक्ट्री एक हफ्ते के लिए बंद रही।"),
    ("Plastic bags are banned in the city.", "शहर में प्लास्टिक की थैलियों पर रोक है।"),
    ("Classes will be held online.", "कक्षाएं ऑनलाइन होंगी।"),
    ("The video went viral on social media.", "वीडियो सोशल मीडिया पर वायरल हो गया।"),
    ("Apply for a driving licence online.", "ड्राइविंग लाइसेंस के लिए ऑनलाइन आवेदन करें।"),
    ("Link your PAN card with Aadhaar.", "अपने पैन कार्ड को आधार से जोड़ें।"),
    ("The ration card was cancelled.", "राशन कार्ड रद्द कर दिया गया।"),
    ("He did not have a voter ID card.", "उसके पास वोटर आईडी कार्ड नहीं था।"),
    ("An income certificate is required.", "इनकम सर्टिफिकेट ज़रूरी है।"),
    ("The house is in Salt Lake, Kolkata.", "घर कोलकाता के साल्ट लेक में है।"),
    ("Crowds gathered on Marine Drive.", "मरीन ड्राइव पर भीड़ जमा हुई।"),
    ("The shops in Connaught Place were closed.", "कनॉट प्लेस की दुकानें बंद रहीं।"),
    ("Tourists flocked to the Rock Garden.", "रॉक गार्डन में पर्यटकों की भीड़ उमड़ी।"),
    ("A rally was held in London's Hyde Park.", "लंदन के हाइड पार्क में रैली हुई।"),
    ("The company moved to Silicon Valley.", "कंपनी सिलिकॉन वैली चली गई।"),
    ("The Statue of Unity drew many visitors.", "स्टैच्यू ऑफ यूनिटी देखने कई लोग पहुंचे।"),
    ("Mother's Day was celebrated at the school.", "स्कूल में मदर्स डे मनाया गया।"),
    ("There was a crowd at Green Park metro station.", "ग्रीन पार्क मेट्रो स्टेशन पर भीड़ थी।"),
    ("He received a Green Card last year.", "उसे पिछले साल ग्रीन कार्ड मिला।"),
    ("The black box of the plane was found.", "विमान का ब्लैक बॉक्स मिल गया।"),
    ("The traffic jam lasted four hours on the national highway.", "नेशनल हाईवे पर चार घंटे जाम लगा रहा।"),
    ("Donate blood at the blood bank.", "ब्लड बैंक में रक्तदान करें।"),
    ("He died of a heart attack.", "उसकी हार्ट अटैक से मौत हो गई।"),
    ("Check your blood pressure regularly.", "अपना ब्लड प्रेशर नियमित रूप से जांचें।"),
    ("His sugar level was high.", "उसका शुगर लेवल बढ़ा हुआ था।"),
    ("The Make in India campaign was launched in 2014.", "मेक इन इंडिया अभियान 2014 में शुरू हुआ।"),
    ("The trains of the Palace on Wheels are full.", "पैलेस ऑन व्हील्स की ट्रेनें भरी हुई हैं।"),
    ("The new season of Bigg Boss begins today.", "बिग बॉस का नया सीज़न आज शुरू होगा।"),
    ("He took a hat-trick in the final over.", "उसने आखिरी ओवर में हैट्रिक ली।"),
    ("The bowler bowled a no-ball.", "गेंदबाज़ ने नो बॉल फेंकी।"),
    ("The umpire signalled a wide.", "अंपायर ने वाइड का इशारा किया।"),
    ("Harmanpreet scored with a drag flick.", "हरमनप्रीत ने ड्रैग फ्लिक से गोल किया।"),
    ("The referee showed him a red card.", "रेफरी ने उसे रेड कार्ड दिखाया।"),
    ("The goal was ruled offside.", "गोल को ऑफसाइड करार दिया गया।"),
    ("India reached the quarter-final.", "भारत क्वार्टर फाइनल में पहुंचा।"),
    ("She won the match in the tie-breaker.", "उसने टाई-ब्रेकर में मैच जीता।"),
    ("He is the best all-rounder in the team.", "वह टीम का सबसे अच्छा ऑलराउंडर है।"),
    ("The boxer won by knockout.", "मुक्केबाज़ ने नॉकआउट से जीत हासिल की।"),
    ("She won gold in the long jump.", "उसने लॉन्ग जंप में स्वर्ण जीता।"),
    ("The pair won the doubles title.", "जोड़ी ने डबल्स खिताब जीता।"),
    ("He hit a powerful smash.", "उसने ज़ोरदार स्मैश लगाया।"),
    ("The spinner took three wickets.", "स्पिनर ने तीन विकेट लिए।"),
    ("The Grand Slam begins next week.", "ग्रैंड स्लैम अगले हफ्ते शुरू होगा।"),
    ("The National Green Tribunal fined the factory.", "नेशनल ग्रीन ट्रिब्यूनल ने फैक्ट्री पर जुर्माना लगाया।"),
    ("Honey Singh performed in Delhi.", "हनी सिंह ने दिल्ली में प्रस्तुति दी।"),
    ("Tourists visited Silent Valley National Park.", "पर्यटकों ने साइलेंट वैली नेशनल पार्क देखा।"),
    ("The lucky draw was held on Sunday.", "लकी ड्रॉ रविवार को निकाला गया।"),
    ("The leg spinner took two wickets.", "लेग स्पिनर ने दो विकेट लिए।"),
    ("The third umpire gave him out.", "थर्ड अंपायर ने उसे आउट दिया।"),
    ("The deadline for filing income tax returns is near.", "इनकम टैक्स रिटर्न भरने की आखिरी तारीख नज़दीक है।"),
    ("Camel safaris are popular in Jaisalmer.", "जैसलमेर में कैमल सफारी लोकप्रिय है।"),
    ("The Young Indian company is named in the case.", "मामले में यंग इंडियन कंपनी का नाम है।"),
    ("He was caught in the slips.", "वह स्लिप में कैच आउट हुआ।"),
]

# (source, flawed MT, repeated span): the second occurrence is the error
REPETITIONS = [
    ("The chief minister said at the meeting.", "बैठक में मुख्यमंत्री ने मुख्यमंत्री ने कहा।", "मुख्यमंत्री ने"),
    (
        "The farmers protested on the road.",
        "किसानों ने सड़क पर प्रदर्शन किया प्रदर्शन किया।",
        "प्रदर्शन किया",
    ),
    ("A fair was held in Kanpur.", "कानपुर कानपुर में मेला लगा।", "कानपुर"),
    (
        "Police arrested three accused.",
        "पुलिस ने तीन आरोपियों को गिरफ्तार किया तीन आरोपियों को।",
        "तीन आरोपियों को",
    ),
    (
        "There was a crowd of patients in the hospital.",
        "अस्पताल में अस्पताल में मरीजों की भीड़ लगी रही।",
        "अस्पताल में",
    ),
    (
        "Heavy rain fell in the city today.",
        "शहर में आज भारी बारिश हुई, भारी बारिश हुई।",
        "भारी बारिश हुई",
    ),
    (
        "Books were distributed to the children at school.",
        "स्कूल में बच्चों को किताबें बांटी गईं किताबें।",
        "किताबें",
    ),
    (
        "The railways cancelled several trains.",
        "रेलवे ने कई ट्रेनें रद्द कीं, कई ट्रेनें।",
        "कई ट्रेनें",
    ),
    ("Voting was held in Bhopal on Monday.", "भोपाल में सोमवार को भोपाल में मतदान हुआ।", "भोपाल में"),
    (
        "The captain praised the team after the match.",
        "मैच के बाद कप्तान ने टीम की तारीफ की टीम की।",
        "टीम की",
    ),
]

# (source, clean MT): Hindi reduplication
REDUPLICATIONS = [
    ("Slowly the situation improved.", "धीरे धीरे हालात सुधरे।"),
    ("The survey was done door to door.", "घर घर जाकर सर्वे किया गया।"),
    ("Warnings were issued again and again.", "बार बार चेतावनी दी गई।"),
    ("People came from different states.", "अलग अलग राज्यों से लोग आए।"),
    ("Devotees came from far and wide.", "दूर दूर से श्रद्धालु पहुंचे।"),
    ("Little children were playing.", "छोटे छोटे बच्चे खेल रहे थे।"),
    ("Finish the work quickly.", "जल्दी जल्दी काम खत्म करो।"),
    ("Who all came yesterday?", "कल कौन कौन आया था?"),
    ("Posters were put up in every lane.", "गली गली में पोस्टर लगे।"),
    ("She saved money little by little.", "उसने थोड़ा थोड़ा करके पैसे जमा किए।"),
    ("Sometimes it rains here in March.", "यहां मार्च में कभी कभी बारिश होती है।"),
]


def rows() -> list[dict]:
    out: list[dict] = []
    for i, (src, mt, span, fixed) in enumerate(FLAWED, 1):
        assert span in mt, span
        out.append(
            {
                "id": f"r7f{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "translit"}],
            }
        )
        out.append(
            {
                "id": f"r7t{i:03d}",
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
                "id": f"r7l{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": False,
                "errors": [],
                "category": "translit-lookalike",
            }
        )
    for i, (src, mt, span) in enumerate(REPETITIONS, 1):
        assert mt.count(span) >= 2 or span in mt, span
        out.append(
            {
                "id": f"r7r{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "repetition"}],
            }
        )
    for i, (src, mt) in enumerate(REDUPLICATIONS, 1):
        out.append(
            {
                "id": f"r7d{i:03d}",
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
