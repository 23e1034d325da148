"""Builds senses_c.jsonl: held-out sentences with English sources for the round-4 sense and
omission work (issue 13). Written by hand on 2026-11-27 BEFORE the sense inventory was grown and
before any omission detector was tuned, and never edited to fit: report numbers on it, never
tune on it. The sense rows use ambiguous words that `audit/data/source_senses.toml` did not hold
when they were written (some of the issue's list, some outside it); the omission rows drop a
name, a number, a negation or a clause of the source.

Rows: (category, src, flawed MT, error span or None for a whole-segment omission, clean MT).
Every flawed row has a clean twin (the correct translation of the same source); the
"sense-lookalike" rows are clean translations whose source uses the other sense.

    python tests/data/heldout_src/build_senses_c.py > tests/data/heldout_src/senses_c.jsonl
"""

from __future__ import annotations

from build import emit  # this folder's builder (run as a script: its folder is on sys.path)

FLAWED = [
    # sense: an ambiguous English word rendered in its other sense
    (
        "sense",
        "The cabinet approved the new industrial policy on Wednesday.",
        "अलमारी ने बुधवार को नई औद्योगिक नीति को मंज़ूरी दी।",
        "अलमारी",
        "मंत्रिमंडल ने बुधवार को नई औद्योगिक नीति को मंज़ूरी दी।",
    ),
    (
        "sense",
        "The opposition party boycotted the budget session.",
        "विपक्षी दावत ने बजट सत्र का बहिष्कार किया।",
        "दावत",
        "विपक्षी दल ने बजट सत्र का बहिष्कार किया।",
    ),
    (
        "sense",
        "The court handed down a life sentence to the main accused.",
        "अदालत ने मुख्य आरोपी को आजीवन वाक्य सुनाया।",
        "वाक्य",
        "अदालत ने मुख्य आरोपी को आजीवन कारावास की सज़ा सुनाई।",
    ),
    (
        "sense",
        "Consumers complained about inflated electricity bills this summer.",
        "उपभोक्ताओं ने इस गर्मी में बिजली के बढ़े हुए विधेयकों की शिकायत की।",
        "विधेयकों",
        "उपभोक्ताओं ने इस गर्मी में बिजली के बढ़े हुए बिलों की शिकायत की।",
    ),
    (
        "sense",
        "The river burst its banks after three days of rain.",
        "तीन दिन की बारिश के बाद नदी ने अपने बैंक तोड़ दिए।",
        "बैंक",
        "तीन दिन की बारिश के बाद नदी अपने किनारों से बाहर बह निकली।",
    ),
    (
        "sense",
        "The old thermal power plant will be shut down next year.",
        "पुराने थर्मल पावर पौधे को अगले साल बंद कर दिया जाएगा।",
        "पौधे",
        "पुराने थर्मल पावर संयंत्र को अगले साल बंद कर दिया जाएगा।",
    ),
    (
        "sense",
        "She was appointed to the company's board of directors.",
        "उन्हें कंपनी के निदेशकों के तख्ते में नियुक्त किया गया।",
        "तख्ते",
        "उन्हें कंपनी के निदेशक मंडल में नियुक्त किया गया।",
    ),
    (
        "sense",
        "Militants opened fire on a police convoy near the border.",
        "आतंकवादियों ने सीमा के पास पुलिस के काफिले पर आग खोल दी।",
        "आग",
        "आतंकवादियों ने सीमा के पास पुलिस के काफिले पर गोलीबारी की।",
    ),
    (
        "sense",
        "The former governor will run for the Senate next year.",
        "पूर्व गवर्नर अगले साल सीनेट के लिए दौड़ेंगे।",
        "दौड़ेंगे",
        "पूर्व गवर्नर अगले साल सीनेट का चुनाव लड़ेंगे।",
    ),
    (
        "sense",
        "Police busted an inter-state drug ring and arrested six people.",
        "पुलिस ने एक अंतरराज्यीय ड्रग अंगूठी का भंडाफोड़ किया और छह लोगों को गिरफ्तार किया।",
        "अंगूठी",
        "पुलिस ने एक अंतरराज्यीय ड्रग गिरोह का भंडाफोड़ किया और छह लोगों को गिरफ्तार किया।",
    ),
    (
        "sense",
        "The Speaker adjourned the assembly until Monday.",
        "वक्ता ने विधानसभा को सोमवार तक के लिए स्थगित कर दिया।",
        "वक्ता",
        "अध्यक्ष ने विधानसभा को सोमवार तक के लिए स्थगित कर दिया।",
    ),
    (
        "sense",
        "The House was adjourned after opposition members protested.",
        "विपक्षी सदस्यों के विरोध के बाद घर को स्थगित कर दिया गया।",
        "घर",
        "विपक्षी सदस्यों के विरोध के बाद सदन को स्थगित कर दिया गया।",
    ),
    (
        "sense",
        "The agency froze the bank accounts of the company's directors.",
        "एजेंसी ने कंपनी के निदेशकों के बैंक खातों को जमा दिया।",
        "जमा दिया",
        "एजेंसी ने कंपनी के निदेशकों के बैंक खातों पर रोक लगा दी।",
    ),
    (
        "sense",
        "Stock markets crashed after the central bank raised interest rates.",
        "केंद्रीय बैंक द्वारा ब्याज दरें बढ़ाने के बाद शेयर बाज़ार दुर्घटनाग्रस्त हो गए।",
        "दुर्घटनाग्रस्त",
        "केंद्रीय बैंक द्वारा ब्याज दरें बढ़ाने के बाद शेयर बाज़ार धड़ाम से गिर गए।",
    ),
    (
        "sense",
        "The team's head coach resigned after the series defeat.",
        "सीरीज़ में हार के बाद टीम के मुख्य डिब्बे ने इस्तीफा दे दिया।",
        "डिब्बे",
        "सीरीज़ में हार के बाद टीम के मुख्य कोच ने इस्तीफा दे दिया।",
    ),
    # omission: a name, a number, a negation or a clause of the source is missing
    (
        "omission",
        "Officials said Ahmed Qureshi, the district collector, visited the flooded villages.",
        "अधिकारियों ने बताया कि जिला कलेक्टर ने बाढ़ग्रस्त गांवों का दौरा किया।",
        None,
        "अधिकारियों ने बताया कि जिला कलेक्टर अहमद क़ुरैशी ने बाढ़ग्रस्त गांवों का दौरा किया।",
    ),
    (
        "omission",
        "The express train from Jhansi arrived four hours late.",
        "एक्सप्रेस ट्रेन चार घंटे देरी से पहुंची।",
        None,
        "झांसी से आने वाली एक्सप्रेस ट्रेन चार घंटे देरी से पहुंची।",
    ),
    (
        "omission",
        "The cyclone damaged 1,200 houses in the coastal districts.",
        "चक्रवात ने तटीय जिलों में घरों को नुकसान पहुंचाया।",
        None,
        "चक्रवात ने तटीय जिलों में 1,200 घरों को नुकसान पहुंचाया।",
    ),
    (
        "omission",
        "Officials said the water in the wells was not yet safe to drink.",
        "अधिकारियों ने कहा कि कुओं का पानी पीने के लिए सुरक्षित है।",
        None,
        "अधिकारियों ने कहा कि कुओं का पानी अभी पीने के लिए सुरक्षित नहीं है।",
    ),
    (
        "omission",
        "Schools in the city will remain closed on Monday because several roads are flooded.",
        "शहर के स्कूल सोमवार को बंद रहेंगे।",
        None,
        "शहर के स्कूल सोमवार को बंद रहेंगे क्योंकि कई सड़कों पर पानी भरा है।",
    ),
    (
        "omission",
        "The company reported higher quarterly profits, but its shares fell sharply in early trade.",
        "कंपनी ने ऊंचे तिमाही मुनाफे की जानकारी दी।",
        None,
        "कंपनी ने ऊंचे तिमाही मुनाफे की जानकारी दी, लेकिन शुरुआती कारोबार में उसके शेयर तेज़ी से गिर गए।",
    ),
    (
        "omission",
        "Police arrested two young men from a nearby village for the theft of a tractor.",
        "पुलिस ने ट्रैक्टर चोरी के आरोप में दो युवकों को गिरफ्तार किया।",
        None,
        "पुलिस ने ट्रैक्टर चोरी के आरोप में पास के एक गांव के दो युवकों को गिरफ्तार किया।",
    ),
    (
        "omission",
        "Farmers in Haryana have started burning crop stubble despite the ban.",
        "हरियाणा में किसानों ने फसल की पराली जलाना शुरू कर दिया है।",
        None,
        "हरियाणा में किसानों ने प्रतिबंध के बावजूद फसल की पराली जलाना शुरू कर दिया है।",
    ),
    (
        "omission",
        "The museum, which was built during the colonial era, will be restored with private funds.",
        "संग्रहालय का निजी धन से जीर्णोद्धार किया जाएगा।",
        None,
        "औपनिवेशिक काल में बने संग्रहालय का निजी धन से जीर्णोद्धार किया जाएगा।",
    ),
    (
        "omission",
        "The minister met representatives of the fishermen and promised compensation for the damaged boats.",
        "मंत्री ने मछुआरों के प्रतिनिधियों से मुलाकात की।",
        None,
        "मंत्री ने मछुआरों के प्रतिनिधियों से मुलाकात की और क्षतिग्रस्त नावों के लिए मुआवज़े का वादा किया।",
    ),
]

# clean translations whose source uses the other sense of a word above
LOOKALIKE = [
    ("The old cabinet in the kitchen was made of teak.", "रसोई की पुरानी अलमारी सागौन की बनी थी।"),
    ("They threw a party to celebrate her promotion.", "उन्होंने उसकी पदोन्नति का जश्न मनाने के लिए दावत दी।"),
    ("Each sentence of the essay was checked by the teacher.", "शिक्षक ने निबंध का हर वाक्य जांचा।"),
    ("The plant needs water every morning.", "पौधे को हर सुबह पानी चाहिए।"),
    ("The fire spread to three nearby shops.", "आग पास की तीन दुकानों तक फैल गई।"),
    ("The children run to school every morning.", "बच्चे हर सुबह दौड़कर स्कूल जाते हैं।"),
    ("He gave his wife a gold ring on their anniversary.", "उसने सालगिरह पर अपनी पत्नी को सोने की अंगूठी दी।"),
    ("The bus crashed into a truck on the highway.", "बस राजमार्ग पर एक ट्रक से टकराकर दुर्घटनाग्रस्त हो गई।"),
]


def main() -> None:
    emit(FLAWED, LOOKALIKE, "s", "sense-lookalike")


if __name__ == "__main__":
    main()
