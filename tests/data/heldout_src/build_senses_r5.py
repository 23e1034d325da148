"""Builds senses_r5.jsonl: the round-5 generalisation check for HI513 (issue 13) — ambiguous
English news words rendered in their other sense, English single-word compounds rendered part by
part (calques), and title adjectives read in their physical sense. Written by hand on 2026-11-27
BEFORE the round-5 sense work was tuned, with words that are neither in heldout_r4 nor in
`audit/data/source_senses.toml` when written; never edited to fit: report numbers on it, never
tune on it.

Rows: (category, src, flawed MT, error span, clean MT). Every flawed row has a clean twin; the
"sense-lookalike" rows are clean translations whose source uses the other sense, a compositional
compound, or the adjective in its plain sense.

    python tests/data/heldout_src/build_senses_r5.py > tests/data/heldout_src/senses_r5.jsonl
    audit check tests/data/heldout_src/senses_r5.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o s5.jsonl
    python scripts/score_by_category.py tests/data/heldout_src/senses_r5.jsonl s5.jsonl
"""

from __future__ import annotations

from build import emit  # this folder's builder (run as a script: its folder is on sys.path)

S = "sense"
FLAWED = [
    # an ambiguous word in its other sense
    (
        S,
        "The Left parties walked out of the assembly in protest.",
        "बाएं दलों ने विरोध में विधानसभा से बहिर्गमन किया।",
        "बाएं",
        "वाम दलों ने विरोध में विधानसभा से बहिर्गमन किया।",
    ),
    (
        S,
        "The cabinet gave its nod to the new metro project.",
        "मंत्रिमंडल ने नई मेट्रो परियोजना पर सिर हिलाया।",
        "सिर हिलाया",
        "मंत्रिमंडल ने नई मेट्रो परियोजना को मंज़ूरी दी।",
    ),
    (
        S,
        "The environment ministry cleared the highway project on Tuesday.",
        "पर्यावरण मंत्रालय ने मंगलवार को राजमार्ग परियोजना को साफ कर दिया।",
        "साफ",
        "पर्यावरण मंत्रालय ने मंगलवार को राजमार्ग परियोजना को मंज़ूरी दे दी।",
    ),
    (
        S,
        "The home secretary briefed reporters after the meeting.",
        "गृह सचिव ने बैठक के बाद पत्रकारों को संक्षिप्त किया।",
        "संक्षिप्त",
        "गृह सचिव ने बैठक के बाद पत्रकारों को जानकारी दी।",
    ),
    (
        S,
        "Her family agreed to donate her organs.",
        "उसके परिवार ने उसके बाजे दान करने पर सहमति दी।",
        "बाजे",
        "उसके परिवार ने उसके अंग दान करने पर सहमति दी।",
    ),
    (
        S,
        "The striker scored twice in the second half.",
        "हड़ताली ने दूसरे हाफ में दो बार गोल किया।",
        "हड़ताली",
        "स्ट्राइकर ने दूसरे हाफ में दो गोल किए।",
    ),
    (
        S,
        "The government will scrap the old entry tax.",
        "सरकार पुराने प्रवेश कर को कबाड़ करेगी।",
        "कबाड़",
        "सरकार पुराना प्रवेश कर खत्म करेगी।",
    ),
    (
        S,
        "Temperatures will dip further over the weekend.",
        "सप्ताहांत में तापमान और डुबकी लगाएगा।",
        "डुबकी",
        "सप्ताहांत में तापमान और गिरेगा।",
    ),
    (
        S,
        "The company will float its shares on the stock market next month.",
        "कंपनी अगले महीने अपने शेयर बाज़ार में तैराएगी।",
        "तैराएगी",
        "कंपनी अगले महीने अपने शेयर बाज़ार में उतारेगी।",
    ),
    (
        S,
        "The court acquitted him on all counts.",
        "अदालत ने उसे सभी गिनतियों पर बरी कर दिया।",
        "गिनतियों",
        "अदालत ने उसे सभी आरोपों से बरी कर दिया।",
    ),
    (
        S,
        "Security forces combed the forest for the militants.",
        "सुरक्षा बलों ने आतंकवादियों के लिए जंगल में कंघी की।",
        "कंघी",
        "सुरक्षा बलों ने आतंकवादियों की तलाश में जंगल की तलाशी ली।",
    ),
    (
        S,
        "Police recovered a large cache of weapons from the house.",
        "पुलिस ने घर से हथियारों की एक बड़ी नकदी बरामद की।",
        "नकदी",
        "पुलिस ने घर से हथियारों का एक बड़ा ज़खीरा बरामद किया।",
    ),
    (
        S,
        "Critics said the plot of the film was weak.",
        "आलोचकों ने कहा कि फिल्म का भूखंड कमज़ोर था।",
        "भूखंड",
        "आलोचकों ने कहा कि फिल्म की कहानी कमज़ोर थी।",
    ),
    (
        S,
        "The High Court stayed the demolition order.",
        "उच्च न्यायालय विध्वंस आदेश पर ठहरा।",
        "ठहरा",
        "उच्च न्यायालय ने विध्वंस आदेश पर रोक लगा दी।",
    ),
    (
        S,
        "The anchor asked the minister about inflation.",
        "लंगर ने मंत्री से महंगाई के बारे में पूछा।",
        "लंगर",
        "एंकर ने मंत्री से महंगाई के बारे में पूछा।",
    ),
    (
        S,
        "The actor thanked his fans for their support.",
        "अभिनेता ने समर्थन के लिए अपने पंखों को धन्यवाद दिया।",
        "पंखों",
        "अभिनेता ने समर्थन के लिए अपने प्रशंसकों को धन्यवाद दिया।",
    ),
    # a single-word compound rendered part by part
    (
        S,
        "An editorial in the party's mouthpiece attacked the government.",
        "पार्टी के मुंह के टुकड़े में छपे एक संपादकीय ने सरकार पर हमला किया।",
        "मुंह के टुकड़े",
        "पार्टी के मुखपत्र में छपे एक संपादकीय ने सरकार पर हमला किया।",
    ),
    (
        S,
        "The deadline for filing tax returns has been extended.",
        "कर रिटर्न दाखिल करने की मृत रेखा बढ़ा दी गई है।",
        "मृत रेखा",
        "कर रिटर्न दाखिल करने की समय सीमा बढ़ा दी गई है।",
    ),
    (
        S,
        "The scheme is the brainchild of the chief minister.",
        "यह योजना मुख्यमंत्री के दिमाग का बच्चा है।",
        "दिमाग का बच्चा",
        "यह योजना मुख्यमंत्री की दिमाग़ी उपज है।",
    ),
    (
        S,
        "The scheme is the flagship programme of the government.",
        "यह योजना सरकार का झंडा जहाज कार्यक्रम है।",
        "झंडा जहाज",
        "यह योजना सरकार का प्रमुख कार्यक्रम है।",
    ),
    (
        S,
        "The minister released the blueprint for the new capital city.",
        "मंत्री ने नए राजधानी शहर का नीला प्रिंट जारी किया।",
        "नीला प्रिंट",
        "मंत्री ने नए राजधानी शहर का खाका जारी किया।",
    ),
    (
        S,
        "The stalemate over the budget continues.",
        "बजट को लेकर बासी साथी जारी है।",
        "बासी साथी",
        "बजट को लेकर गतिरोध जारी है।",
    ),
    (
        S,
        "Trust is the cornerstone of any alliance.",
        "भरोसा किसी भी गठबंधन का कोने का पत्थर है।",
        "कोने का पत्थर",
        "भरोसा किसी भी गठबंधन की आधारशिला है।",
    ),
    (
        S,
        "The narrow bridge has become a bottleneck for traffic.",
        "संकरा पुल यातायात के लिए बोतल की गर्दन बन गया है।",
        "बोतल की गर्दन",
        "संकरा पुल यातायात के लिए अड़चन बन गया है।",
    ),
    # a title's adjective read in its physical / plain sense
    (
        S,
        "The Attorney General defended the law in court.",
        "अटॉर्नी सामान्य ने अदालत में कानून का बचाव किया।",
        "सामान्य",
        "अटॉर्नी जनरल ने अदालत में कानून का बचाव किया।",
    ),
    (
        S,
        "The Congress high command will decide the candidate.",
        "कांग्रेस की ऊंची कमान उम्मीदवार तय करेगी।",
        "ऊंची",
        "कांग्रेस आलाकमान उम्मीदवार तय करेगा।",
    ),
    (
        S,
        "Pakistan's Interior Minister visited Karachi on Sunday.",
        "पाकिस्तान के भीतरी मंत्री ने रविवार को कराची का दौरा किया।",
        "भीतरी",
        "पाकिस्तान के गृह मंत्री ने रविवार को कराची का दौरा किया।",
    ),
    (
        S,
        "The Foreign Minister of Japan arrived in Delhi.",
        "जापान के विदेशी मंत्री दिल्ली पहुंचे।",
        "विदेशी",
        "जापान के विदेश मंत्री दिल्ली पहुंचे।",
    ),
]

# clean translations: the other sense meant, a compositional compound, the adjective's plain sense
LOOKALIKE = [
    ("He writes with his left hand.", "वह बाएं हाथ से लिखता है।"),
    ("He nodded and left the room.", "उसने सिर हिलाया और कमरे से चला गया।"),
    ("Workers cleared the debris from the road.", "मज़दूरों ने सड़क से मलबा साफ किया।"),
    ("He gave a brief speech at the event.", "उन्होंने कार्यक्रम में एक संक्षिप्त भाषण दिया।"),
    ("Striking workers blocked the highway.", "हड़ताली मज़दूरों ने राजमार्ग जाम कर दिया।"),
    ("The old car was sold as scrap.", "पुरानी कार कबाड़ में बेच दी गई।"),
    ("Pilgrims took a dip in the Ganga.", "तीर्थयात्रियों ने गंगा में डुबकी लगाई।"),
    ("A small boat floated on the lake.", "झील में एक छोटी नाव तैर रही थी।"),
    ("He bought a plot of land in Noida.", "उसने नोएडा में ज़मीन का एक भूखंड खरीदा।"),
    ("The delegation stayed at a hotel near the airport.", "प्रतिनिधिमंडल हवाई अड्डे के पास एक होटल में ठहरा।"),
    ("The bridge is a lifeline for the villagers.", "यह पुल ग्रामीणों के लिए जीवन रेखा है।"),
    ("Moonlight fell on the river.", "नदी पर चांद की रोशनी पड़ी।"),
    ("A hailstorm damaged the wheat crop.", "ओलों के तूफ़ान ने गेहूं की फसल को नुकसान पहुंचाया।"),
    ("Villagers store rainwater in ponds.", "ग्रामीण तालाबों में बारिश का पानी जमा करते हैं।"),
    ("The prison has a high wall around it.", "जेल के चारों ओर एक ऊंची दीवार है।"),
    ("General elections will be held in May.", "आम चुनाव मई में होंगे।"),
    ("Foreign investors sold shares worth crores.", "विदेशी निवेशकों ने करोड़ों के शेयर बेचे।"),
    ("The High Court granted him bail.", "उच्च न्यायालय ने उसे ज़मानत दे दी।"),
]


def main() -> None:
    emit(FLAWED, LOOKALIKE, "r5", "sense-lookalike")


if __name__ == "__main__":
    main()
