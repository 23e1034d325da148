"""Builds heldout.jsonl: round-6 held-out transliterations and repetitions with sources. Written
by hand on 2026-11-27 BEFORE the round-6 HI408/HI301/HI302 work and never edited to fit; report
numbers on it, do not tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Every flawed English word is in none of ``audit/data/translit_glossary.tsv``,
``tests/data/heldout_r4``, ``tests/data/heldout_r5`` and ``tests/data/translit_r5`` (checked when
this was written): the set measures the class mechanism, not the glossary. Nouns, adjectives,
plurals (-्स) and light-verb compounds (फॉरगिव कर दिया, ब्लेम किया) are included.

Clean rows: each flawed row's correct translation (``translit-twin``); look-alikes
(``translit-lookalike``): loans Hindi news really uses, English compounds that name things in
India (फायर ब्रिगेड, स्मार्ट सिटी, होम लोन, हाई कोर्ट — some with a glossary word inside), sports
terms, and Hindi words that sound like English ones (मोर, दम, बेल); and legitimate Hindi
reduplications (``reduplication``: गांव गांव, बच्चा बच्चा, रोते रोते). Flawed repetitions
(``repetition``): a word or phrase the decoder emitted twice — back to back (पटना पटना), after
the verb, across a comma.

    python tests/data/translit_r6/build.py > tests/data/translit_r6/heldout.jsonl
    audit check tests/data/translit_r6/heldout.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o o.jsonl
    python scripts/score_by_category.py tests/data/translit_r6/heldout.jsonl o.jsonl   # Hindi only: --src-col none
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    ("The farmers are angry with the government.", "किसान सरकार से एंग्री हैं।", "एंग्री", "किसान सरकार से नाराज़ हैं।"),
    (
        "The mother forgave her son.",
        "मां ने अपने बेटे को फॉरगिव कर दिया।",
        "फॉरगिव",
        "मां ने अपने बेटे को माफ़ कर दिया।",
    ),
    (
        "The brave policeman saved the child.",
        "ब्रेव पुलिसकर्मी ने बच्चे को बचा लिया।",
        "ब्रेव",
        "बहादुर पुलिसकर्मी ने बच्चे को बचा लिया।",
    ),
    ("The old man lives alone.", "बूढ़ा आदमी अलोन रहता है।", "अलोन", "बूढ़ा आदमी अकेला रहता है।"),
    ("Fruits have become very expensive.", "फल बहुत एक्सपेंसिव हो गए हैं।", "एक्सपेंसिव", "फल बहुत महंगे हो गए हैं।"),
    (
        "The villagers prayed for rain.",
        "गांव वालों ने बारिश के लिए प्रे किया।",
        "प्रे",
        "गांव वालों ने बारिश के लिए प्रार्थना की।",
    ),
    (
        "The thieves hid the money in the well.",
        "चोरों ने पैसे कुएं में हाइड कर दिए।",
        "हाइड",
        "चोरों ने पैसे कुएं में छिपा दिए।",
    ),
    (
        "She could not remember his name.",
        "वह उसका नाम रिमेंबर नहीं कर पाई।",
        "रिमेंबर",
        "वह उसका नाम याद नहीं कर पाई।",
    ),
    ("The child was hungry since morning.", "बच्चा सुबह से हंग्री था।", "हंग्री", "बच्चा सुबह से भूखा था।"),
    ("The well in the village is very deep.", "गांव का कुआं बहुत डीप है।", "डीप", "गांव का कुआं बहुत गहरा है।"),
    ("The box was too heavy to lift.", "बक्सा उठाने के लिए बहुत हेवी था।", "हेवी", "बक्सा उठाने के लिए बहुत भारी था।"),
    ("The teacher praised the students.", "शिक्षक ने छात्रों की प्रेज़ की।", "प्रेज़", "शिक्षक ने छात्रों की प्रशंसा की।"),
    (
        "The opposition blamed the minister for the accident.",
        "विपक्ष ने हादसे के लिए मंत्री को ब्लेम किया।",
        "ब्लेम",
        "विपक्ष ने हादसे के लिए मंत्री को दोषी ठहराया।",
    ),
    ("The shop sells cheap clothes.", "दुकान में चीप कपड़े मिलते हैं।", "चीप", "दुकान में सस्ते कपड़े मिलते हैं।"),
    ("He has a bad habit of smoking.", "उसे धूम्रपान की बुरी हैबिट है।", "हैबिट", "उसे धूम्रपान की बुरी आदत है।"),
    (
        "The villagers kept the secret for years.",
        "गांव वालों ने सालों तक यह सीक्रेट छिपाए रखा।",
        "सीक्रेट",
        "गांव वालों ने सालों तक यह राज़ छिपाए रखा।",
    ),
    (
        "The tiger's roar broke the silence of the forest.",
        "बाघ की दहाड़ ने जंगल की साइलेंस तोड़ दी।",
        "साइलेंस",
        "बाघ की दहाड़ ने जंगल का सन्नाटा तोड़ दिया।",
    ),
    ("Her voice was trembling.", "उसकी वॉइस कांप रही थी।", "वॉइस", "उसकी आवाज़ कांप रही थी।"),
    ("Patience is needed in such times.", "ऐसे समय में पेशेंस की ज़रूरत है।", "पेशेंस", "ऐसे समय में धैर्य की ज़रूरत है।"),
    (
        "He lost all his strength after the illness.",
        "बीमारी के बाद उसकी सारी स्ट्रेंथ चली गई।",
        "स्ट्रेंथ",
        "बीमारी के बाद उसकी सारी ताकत चली गई।",
    ),
    (
        "He is known for his wisdom.",
        "वह अपनी विज़डम के लिए जाने जाते हैं।",
        "विज़डम",
        "वह अपनी बुद्धिमानी के लिए जाने जाते हैं।",
    ),
    ("The well has gone dry.", "कुआं ड्राई हो गया है।", "ड्राई", "कुआं सूख गया है।"),
    ("The court found him guilty.", "अदालत ने उसे गिल्टी पाया।", "गिल्टी", "अदालत ने उसे दोषी पाया।"),
    (
        "The accused said he was innocent.",
        "आरोपी ने कहा कि वह इनोसेंट है।",
        "इनोसेंट",
        "आरोपी ने कहा कि वह निर्दोष है।",
    ),
    ("This fort is very ancient.", "यह किला बहुत एंशिएंट है।", "एंशिएंट", "यह किला बहुत प्राचीन है।"),
    (
        "The children were worried about their exams.",
        "बच्चे अपनी परीक्षाओं को लेकर वरीड थे।",
        "वरीड",
        "बच्चे अपनी परीक्षाओं को लेकर चिंतित थे।",
    ),
    (
        "The government will distribute free grain.",
        "सरकार मुफ्त अनाज डिस्ट्रीब्यूट करेगी।",
        "डिस्ट्रीब्यूट",
        "सरकार मुफ्त अनाज बांटेगी।",
    ),
    (
        "The gang threatened the shopkeeper.",
        "गिरोह ने दुकानदार को थ्रेटन किया।",
        "थ्रेटन",
        "गिरोह ने दुकानदार को धमकाया।",
    ),
    ("The doors of the temple were opened.", "मंदिर के डोर्स खोल दिए गए।", "डोर्स", "मंदिर के दरवाज़े खोल दिए गए।"),
    (
        "The leaves of the trees turned yellow.",
        "पेड़ों की लीव्स पीली पड़ गईं।",
        "लीव्स",
        "पेड़ों की पत्तियां पीली पड़ गईं।",
    ),
    (
        "Many villagers complained about the water.",
        "कई विलेजर्स ने पानी की शिकायत की।",
        "विलेजर्स",
        "कई ग्रामीणों ने पानी की शिकायत की।",
    ),
    ("The river flows through the valley.", "नदी वैली से होकर बहती है।", "वैली", "नदी घाटी से होकर बहती है।"),
    (
        "The government will punish the guilty officers.",
        "सरकार दोषी अफसरों को पनिश करेगी।",
        "पनिश",
        "सरकार दोषी अफसरों को सज़ा देगी।",
    ),
    (
        "The festival is celebrated with great enthusiasm.",
        "त्योहार बड़े एंथूज़ियाज़्म से मनाया जाता है।",
        "एंथूज़ियाज़्म",
        "त्योहार बड़े उत्साह से मनाया जाता है।",
    ),
]

# (source, clean MT): loans Hindi news uses, English compounds naming things in India, sports
# terms, Hindi words that sound English
LOOKALIKES = [
    ("The batsman hit two sixes in the last over.", "बल्लेबाज़ ने आखिरी ओवर में दो छक्के लगाए।"),
    ("The referee gave a free kick in the second half.", "रेफरी ने दूसरे हाफ में फ्री किक दी।"),
    ("The goalkeeper saved three shots in the shootout.", "गोलकीपर ने शूटआउट में तीन शॉट रोके।"),
    ("The striker scored with a header from a corner.", "स्ट्राइकर ने कॉर्नर पर हेडर से गोल किया।"),
    ("The umpire gave the batsman run out.", "अंपायर ने बल्लेबाज़ को रन आउट दिया।"),
    ("The wicketkeeper took a brilliant catch.", "विकेटकीपर ने शानदार कैच पकड़ा।"),
    ("The police control room received a call in the morning.", "पुलिस कंट्रोल रूम को सुबह फोन आया।"),
    ("Four fire brigade vehicles reached the spot.", "फायर ब्रिगेड की चार गाड़ियां मौके पर पहुंचीं।"),
    ("The patient was put on a ventilator in the ICU.", "मरीज़ को आईसीयू में वेंटिलेटर पर रखा गया।"),
    ("A new shopping mall has opened in the city.", "शहर में नया शॉपिंग मॉल खुला है।"),
    ("He took a home loan from the bank.", "उसने बैंक से होम लोन लिया।"),
    ("The government reviewed the smart city project.", "सरकार ने स्मार्ट सिटी परियोजना की समीक्षा की।"),
    ("The high court sought a reply from the state government.", "हाई कोर्ट ने राज्य सरकार से जवाब मांगा।"),
    ("The district collector visited the flood-hit areas.", "ज़िला कलेक्टर ने बाढ़ प्रभावित इलाकों का दौरा किया।"),
    ("A new hostel will be built for the students.", "छात्रों के लिए नया हॉस्टल बनाया जाएगा।"),
    ("People queued outside the ATM.", "लोगों ने एटीएम के बाहर लंबी लाइन लगाई।"),
    ("Internet services remained suspended for two days.", "इंटरनेट सेवा दो दिन बंद रही।"),
    ("A fire broke out in the parking lot of the mall.", "मॉल की पार्किंग में आग लग गई।"),
    ("The second dose of the vaccine will be given next month.", "वैक्सीन की दूसरी डोज़ अगले महीने लगेगी।"),
    ("A labourer died after falling from a mobile tower.", "मोबाइल टावर से गिरकर एक मज़दूर की मौत हो गई।"),
    ("The flyover will be completed next year.", "फ्लाईओवर का काम अगले साल पूरा होगा।"),
    ("There are shops on the ground floor.", "ग्राउंड फ्लोर पर दुकानें हैं।"),
    ("He is a manager in a private company.", "वह एक प्राइवेट कंपनी में मैनेजर है।"),
    ("There was a long queue for pensions at the post office.", "पोस्ट ऑफिस में पेंशन के लिए लंबी कतार थी।"),
    ("The station master flagged off the train.", "स्टेशन मास्टर ने ट्रेन को हरी झंडी दी।"),
    ("Traffic police fined him for not wearing a helmet.", "ट्रैफिक पुलिस ने हेलमेट न पहनने पर चालान काटा।"),
    ("Wood apple juice is drunk in summer.", "गर्मी में बेल का शरबत पिया जाता है।"),
    ("A peacock was dancing on the tree.", "पेड़ पर बैठा मोर नाच रहा था।"),
    ("There is substance in what he says.", "उसकी बात में दम है।"),
    ("She put sugar in the tea.", "उसने चाय में चीनी डाली।"),
    ("The tailor stitched a new kurta.", "दर्ज़ी ने नया कुर्ता सिला।"),
    ("The sound of the drum filled the village.", "ढोल की आवाज़ पूरे गांव में गूंज उठी।"),
    ("The player suffered a hamstring injury during the match.", "मैच के दौरान खिलाड़ी की हैमस्ट्रिंग में चोट लगी।"),
    ("The bowler took five wickets.", "गेंदबाज़ ने पांच विकेट लिए।"),
]

# (source, flawed MT, repeated span)
REPEATS = [
    ("The chief minister will reach Patna on Monday.", "मुख्यमंत्री सोमवार को पटना पटना पहुंचेंगे।", "पटना"),
    ("The bank cut the interest rate.", "बैंक ने ब्याज दर में कटौती की ब्याज दर में।", "ब्याज दर में"),
    ("The police arrested the accused.", "पुलिस ने आरोपी को गिरफ्तार कर लिया आरोपी को।", "आरोपी को"),
    (
        "The government launched a new scheme for farmers.",
        "सरकार ने किसानों के लिए किसानों के लिए नई योजना शुरू की।",
        "किसानों के लिए",
    ),
    (
        "The board declared the result of the examination.",
        "बोर्ड ने परीक्षा परीक्षा का परिणाम घोषित किया।",
        "परीक्षा",
    ),
    ("The team won the final.", "टीम ने फाइनल में जीत दर्ज की जीत।", "जीत"),
    (
        "The weather office has warned of heavy rain.",
        "मौसम विभाग ने भारी बारिश की चेतावनी दी है भारी बारिश की।",
        "भारी बारिश की",
    ),
    (
        "The number of patients in the hospital rose to 200.",
        "अस्पताल में मरीज़ों की संख्या बढ़कर मरीज़ों की संख्या 200 हो गई।",
        "मरीज़ों की संख्या",
    ),
    (
        "The company raised the salaries of its employees.",
        "कंपनी ने अपने कर्मचारियों का वेतन बढ़ाया, कर्मचारियों का वेतन।",
        "कर्मचारियों का वेतन",
    ),
    ("The president addressed parliament.", "राष्ट्रपति ने संसद को संबोधित किया संसद को।", "संसद को"),
    ("The court dismissed the petition.", "न्यायालय ने याचिका याचिका खारिज कर दी।", "याचिका"),
]

# (source, clean MT): Hindi's own reduplication and a word legitimately used twice
REDUPLICATIONS = [
    ("The children slowly walked towards the school.", "बच्चे धीरे-धीरे स्कूल की ओर चल पड़े।"),
    ("Electricity will reach every village.", "गांव गांव में बिजली पहुंचाई जाएगी।"),
    ("He makes the same mistake again and again.", "वह बार बार एक ही गलती करता है।"),
    ("People came to the fair from different states.", "लोग अलग अलग राज्यों से मेले में आए।"),
    ("She told her story in tears.", "उसने रोते रोते अपनी कहानी सुनाई।"),
    ("Every child knows this leader.", "बच्चा बच्चा इस नेता को जानता है।"),
    ("The guests were given two laddoos each.", "मेहमानों को दो दो लड्डू दिए गए।"),
    ("Who all will come to this meeting?", "कौन कौन इस बैठक में आएगा?"),
    ("Big leaders reached the rally.", "बड़े बड़े नेता रैली में पहुंचे।"),
    ("Year after year the yield is falling.", "साल दर साल पैदावार घटती जा रही है।"),
    ("He searched every corner of the room.", "उसने कमरे का कोना कोना छान मारा।"),
    ("The police searched house to house.", "पुलिस ने घर-घर जाकर तलाशी ली।"),
    (
        "It rained in Delhi and the temperature in Delhi fell.",
        "दिल्ली में बारिश हुई और दिल्ली का तापमान गिर गया।",
    ),
]


def _row(rid: str, src: str, mt: str, errors: list[dict[str, str]], category: str | None) -> str:
    row: dict[str, object] = {"id": rid, "src": src, "mt": mt, "flawed": bool(errors), "errors": errors}
    if category:
        row["category"] = category
    return json.dumps(row, ensure_ascii=False)


def main() -> None:
    for i, (src, bad, span, good) in enumerate(FLAWED, 1):
        assert span in bad, span
        print(_row(f"r6f{i:03d}", src, bad, [{"span": span, "category": "translit"}], None))
        print(_row(f"r6t{i:03d}", src, good, [], "translit-twin"))
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        print(_row(f"r6l{i:03d}", src, mt, [], "translit-lookalike"))
    for i, (src, bad, span) in enumerate(REPEATS, 1):
        assert span in bad, span
        print(_row(f"r6r{i:03d}", src, bad, [{"span": span, "category": "repetition"}], None))
    for i, (src, mt) in enumerate(REDUPLICATIONS, 1):
        print(_row(f"r6d{i:03d}", src, mt, [], "reduplication"))


if __name__ == "__main__":
    main()
