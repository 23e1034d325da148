"""Round-18 idioms check (idioms helper): non-compositional compounds, verb idioms, one-word idioms.

Written by the r18-idioms helper BEFORE any round-18 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: idioms whose meaning is
not the sum of their words, rendered word for word -- compound nouns of the WordNet kind (an eager
beaver -> उत्सुक ऊदबिलाव, the graveyard shift -> कब्रिस्तान की पाली, small potatoes -> छोटे आलू,
snake oil -> सांप का तेल, a stalking horse, a shotgun wedding, pork barrel, a milk run), one-word
compounds (turncoat, bigwig, greenhorn, hogwash, copycat, legwork), verb idioms in new
inflections (papered over the cracks, chewing the fat, tightening their belts, feathering their
own nests, took the biscuit, jump ship, hit the ceiling) and a verb + particle (pipe down); each
with a correct, idiomatic translation of the same source (`c-` rows). Look-alikes (`l-` rows),
clean: the idioms' concrete words in literal scenes where the English is literal too (a beaver's
dam, potatoes dug from a field, a dead duck by a lake, a judge's wig, a woodcutter's hatchet,
cracks papered before painting, a biscuit in tea, feathers in a nest, a plumber's pipe pulled
down, a belt tightened, a ball hitting the ceiling).
No idiom of a flawed row occurs in any dev set's English (checked by a grep on
/tmp/r18/dev_src.jsonl and every file under tests/data before writing). Licence: CC-BY-4.0 like
the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "The new intern is an eager beaver who stays late every night.",
        "नया इंटर्न एक उत्सुक ऊदबिलाव है जो हर रात देर तक रुकता है।",
        [("उत्सुक ऊदबिलाव", "an eager beaver")],
        "नया इंटर्न बहुत जोशीला और मेहनती है जो हर रात देर तक रुकता है।",
    ),
    F(
        I,
        "My uncle works the graveyard shift at the hospital.",
        "मेरे चाचा अस्पताल में कब्रिस्तान की पाली में काम करते हैं।",
        [("कब्रिस्तान की पाली", "the graveyard shift")],
        "मेरे चाचा अस्पताल में रात की पाली में काम करते हैं।",
    ),
    F(
        I,
        "Compared with the main contract, this order is small potatoes.",
        "मुख्य अनुबंध की तुलना में यह ऑर्डर छोटे आलू है।",
        [("छोटे आलू", "small potatoes")],
        "मुख्य अनुबंध की तुलना में यह ऑर्डर मामूली है।",
    ),
    F(
        I,
        "In her salad days she sang in a jazz band.",
        "अपने सलाद के दिनों में वह एक जैज़ बैंड में गाती थी।",
        [("सलाद के दिनों", "her salad days")],
        "अपनी जवानी के दिनों में वह एक जैज़ बैंड में गाती थी।",
    ),
    F(
        I,
        "The doctor called the new diet pills snake oil.",
        "डॉक्टर ने नई डाइट गोलियों को सांप का तेल कहा।",
        [("सांप का तेल", "snake oil")],
        "डॉक्टर ने नई डाइट गोलियों को बेकार का ढकोसला कहा।",
    ),
    F(
        I,
        "Voters called him a turncoat after he switched parties.",
        "पार्टी बदलने के बाद मतदाताओं ने उसे कोट पलटने वाला कहा।",
        [("कोट पलटने वाला", "a turncoat")],
        "पार्टी बदलने के बाद मतदाताओं ने उसे दलबदलू कहा।",
    ),
    F(
        I,
        "Without new funding the project is a dead duck.",
        "नई फंडिंग के बिना यह परियोजना एक मरी हुई बत्तख है।",
        [("मरी हुई बत्तख", "a dead duck")],
        "नई फंडिंग के बिना इस परियोजना का कोई भविष्य नहीं है।",
    ),
    F(
        I,
        "Sales always slow down in the dog days of August.",
        "अगस्त के कुत्ते के दिनों में बिक्री हमेशा धीमी हो जाती है।",
        [("कुत्ते के दिनों", "the dog days")],
        "अगस्त की उमस भरी सुस्त गर्मी में बिक्री हमेशा धीमी हो जाती है।",
    ),
    F(
        I,
        "The bean-counters in head office rejected the plan.",
        "मुख्य कार्यालय के सेम गिनने वालों ने योजना ख़ारिज कर दी।",
        [("सेम गिनने वालों", "the bean-counters")],
        "मुख्य कार्यालय के हिसाब-किताब वाले अफ़सरों ने योजना ख़ारिज कर दी।",
    ),
    F(
        I,
        "The party sent its hatchet man to fire the editor.",
        "पार्टी ने संपादक को निकालने के लिए अपना कुल्हाड़ी वाला आदमी भेजा।",
        [("कुल्हाड़ी वाला आदमी", "hatchet man")],
        "पार्टी ने संपादक को निकालने के लिए अपना ख़ास कारिंदा भेजा।",
    ),
    F(
        I,
        "The new bridge was pure pork barrel for the senator's district.",
        "नया पुल सीनेटर के ज़िले के लिए पूरी तरह सूअर के मांस का पीपा था।",
        [("सूअर के मांस का पीपा", "pork barrel")],
        "नया पुल सीनेटर के ज़िले को ख़ुश करने के लिए बाँटी गई सरकारी रेवड़ी था।",
    ),
    F(
        I,
        "The new manager is still finding her sea legs.",
        "नई मैनेजर अभी भी अपने समुद्री पैर ढूंढ रही है।",
        [("समुद्री पैर", "her sea legs")],
        "नई मैनेजर अभी भी नए काम में रमने की कोशिश कर रही है।",
    ),
    F(
        I,
        "The merger was a shotgun wedding forced by the regulators.",
        "यह विलय नियामकों द्वारा थोपी गई बंदूक वाली शादी थी।",
        [("बंदूक वाली शादी", "a shotgun wedding")],
        "यह विलय नियामकों द्वारा थोपा गया मजबूरी का गठबंधन था।",
    ),
    F(
        I,
        "The small bid was only a stalking horse for the real buyer.",
        "छोटी बोली असली ख़रीदार के लिए सिर्फ़ एक पीछा करने वाला घोड़ा थी।",
        [("पीछा करने वाला घोड़ा", "a stalking horse")],
        "छोटी बोली असली ख़रीदार के लिए सिर्फ़ एक मुखौटा थी।",
    ),
    F(
        I,
        "The report papered over the cracks in the coalition.",
        "रिपोर्ट ने गठबंधन की दरारों पर कागज़ चिपका दिया।",
        [("दरारों पर कागज़ चिपका दिया", "papered over the cracks")],
        "रिपोर्ट ने गठबंधन के मतभेदों पर पर्दा डाल दिया।",
    ),
    F(
        I,
        "The two old friends sat on the porch chewing the fat.",
        "दोनों पुराने दोस्त बरामदे में बैठकर चर्बी चबा रहे थे।",
        [("चर्बी चबा रहे थे", "chewing the fat")],
        "दोनों पुराने दोस्त बरामदे में बैठकर गपशप कर रहे थे।",
    ),
    F(
        I,
        "Rich and poor live cheek by jowl in the old city.",
        "पुराने शहर में अमीर और ग़रीब गाल से जबड़ा मिलाकर रहते हैं।",
        [("गाल से जबड़ा", "cheek by jowl")],
        "पुराने शहर में अमीर और ग़रीब एकदम सटकर रहते हैं।",
    ),
    F(
        I,
        "For a seasoned pilot the supply flight was a milk run.",
        "एक अनुभवी पायलट के लिए वह आपूर्ति उड़ान दूध की दौड़ थी।",
        [("दूध की दौड़", "a milk run")],
        "एक अनुभवी पायलट के लिए वह आपूर्ति उड़ान बाएँ हाथ का खेल थी।",
    ),
    F(
        I,
        "Several bigwigs from the ministry attended the launch.",
        "मंत्रालय की कई बड़ी विगें लॉन्च में शामिल हुईं।",
        [("बड़ी विगें", "bigwigs")],
        "मंत्रालय के कई बड़े अफ़सर लॉन्च में शामिल हुए।",
    ),
    F(
        I,
        "As a greenhorn in politics he trusted everyone.",
        "राजनीति में हरे सींग के रूप में वह सब पर भरोसा करता था।",
        [("हरे सींग", "a greenhorn")],
        "राजनीति में नौसिखिया होने के कारण वह सब पर भरोसा करता था।",
    ),
    F(
        I,
        "Fat chance of the council fixing the road before winter.",
        "सर्दियों से पहले परिषद के सड़क ठीक करने का मोटा मौका है।",
        [("मोटा मौका", "fat chance")],
        "सर्दियों से पहले परिषद सड़क ठीक कर दे, इसकी उम्मीद न के बराबर है।",
    ),
    F(
        I,
        "The reporters did the legwork for the investigation.",
        "पत्रकारों ने जांच के लिए टांगों का काम किया।",
        [("टांगों का काम", "the legwork")],
        "पत्रकारों ने जांच के लिए भाग-दौड़ का सारा काम किया।",
    ),
    F(
        I,
        "The minister hit the ceiling when the figures leaked.",
        "आंकड़े लीक होने पर मंत्री छत से टकरा गए।",
        [("छत से टकरा गए", "hit the ceiling")],
        "आंकड़े लीक होने पर मंत्री आगबबूला हो गए।",
    ),
    F(
        I,
        "His excuse about the flooded tunnel was a cock and bull story.",
        "बाढ़ वाली सुरंग के बारे में उसका बहाना मुर्गे और सांड की कहानी था।",
        [("मुर्गे और सांड की कहानी", "a cock and bull story")],
        "बाढ़ वाली सुरंग के बारे में उसका बहाना मनगढ़ंत क़िस्सा था।",
    ),
    F(
        I,
        "The new chairman wants to go the whole hog with the reforms.",
        "नए अध्यक्ष सुधारों के साथ पूरा सूअर जाना चाहते हैं।",
        [("पूरा सूअर", "go the whole hog")],
        "नए अध्यक्ष सुधारों को पूरी तरह लागू करना चाहते हैं।",
    ),
    F(
        I,
        "The rest of the speech was hogwash.",
        "भाषण का बाक़ी हिस्सा सूअर का धोवन था।",
        [("सूअर का धोवन", "hogwash")],
        "भाषण का बाक़ी हिस्सा बकवास था।",
    ),
    F(
        I,
        "We haven't seen each other in donkey's years.",
        "हमने गधे के सालों से एक-दूसरे को नहीं देखा।",
        [("गधे के सालों", "donkey's years")],
        "हमने एक-दूसरे को बरसों से नहीं देखा।",
    ),
    F(
        I,
        "The auditors suspected monkey business in the accounts.",
        "लेखा परीक्षकों को खातों में बंदर के धंधे का शक हुआ।",
        [("बंदर के धंधे", "monkey business")],
        "लेखा परीक्षकों को खातों में गड़बड़झाले का शक हुआ।",
    ),
    F(
        I,
        "The best engineers may jump ship if pay stays frozen.",
        "अगर वेतन रुका रहा तो सबसे अच्छे इंजीनियर जहाज़ से कूद सकते हैं।",
        [("जहाज़ से कूद सकते हैं", "jump ship")],
        "अगर वेतन रुका रहा तो सबसे अच्छे इंजीनियर कंपनी छोड़ सकते हैं।",
    ),
    F(
        I,
        "His latest excuse took the biscuit.",
        "उसके ताज़ा बहाने ने बिस्कुट ले लिया।",
        [("बिस्कुट ले लिया", "took the biscuit")],
        "उसके ताज़ा बहाने ने तो हद ही कर दी।",
    ),
    F(
        I,
        "The officials were accused of feathering their own nests.",
        "अधिकारियों पर अपने घोंसलों में पंख लगाने का आरोप लगा।",
        [("घोंसलों में पंख लगाने", "feathering their own nests")],
        "अधिकारियों पर अपनी जेबें भरने का आरोप लगा।",
    ),
    F(
        I,
        "The chairman told the shouting delegates to pipe down.",
        "अध्यक्ष ने चिल्लाते प्रतिनिधियों से पाइप नीचे करने को कहा।",
        [("पाइप नीचे करने", "pipe down")],
        "अध्यक्ष ने चिल्लाते प्रतिनिधियों से चुप हो जाने को कहा।",
    ),
    F(
        I,
        "Households are tightening their belts as prices rise.",
        "क़ीमतें बढ़ने के साथ परिवार अपनी बेल्टें कस रहे हैं।",
        [("बेल्टें कस रहे हैं", "tightening their belts")],
        "क़ीमतें बढ़ने के साथ परिवार ख़र्चों में कटौती कर रहे हैं।",
    ),
    F(
        I,
        "After the takeover the old manager was left in the soup.",
        "अधिग्रहण के बाद पुराना मैनेजर सूप में रह गया।",
        [("सूप में", "in the soup")],
        "अधिग्रहण के बाद पुराना मैनेजर मुसीबत में फँस गया।",
    ),
    F(
        I,
        "A copycat attack followed a week later.",
        "एक हफ़्ते बाद एक नकलची बिल्ली हमला हुआ।",
        [("नकलची बिल्ली", "a copycat")],
        "एक हफ़्ते बाद उसी की नक़ल में एक और हमला हुआ।",
    ),
    F(
        I,
        "The final scene gave the audience goose bumps.",
        "अंतिम दृश्य ने दर्शकों को हंस के उभार दे दिए।",
        [("हंस के उभार", "goose bumps")],
        "अंतिम दृश्य से दर्शकों के रोंगटे खड़े हो गए।",
    ),
]

IDIOM_LOOKALIKES = [
    C(L, "The beaver built a dam across the stream.", "ऊदबिलाव ने धारा के पार बांध बनाया।"),
    C(L, "The farmer dug small potatoes out of the field.", "किसान ने खेत से छोटे आलू खोदकर निकाले।"),
    C(L, "A dead duck was found near the lake.", "झील के पास एक मरी हुई बत्तख मिली।"),
    C(L, "The judge wore a white wig in court.", "जज ने अदालत में सफ़ेद विग पहना।"),
    C(L, "The woodcutter sharpened his hatchet.", "लकड़हारे ने अपनी कुल्हाड़ी तेज़ की।"),
    C(
        L,
        "The milkman set out on his morning round with fresh milk.",
        "दूधवाला ताज़ा दूध लेकर सुबह के चक्कर पर निकला।",
    ),
    C(L, "The pig rolled in the mud.", "सूअर कीचड़ में लोटा।"),
    C(
        L,
        "Before painting, he covered the cracks in the wall with paper.",
        "रंगाई से पहले उसने दीवार की दरारों पर कागज़ चिपका दिया।",
    ),
    C(L, "The dog slept all day in the hot sun.", "कुत्ता दिन भर तेज़ धूप में सोता रहा।"),
    C(L, "The hunter loaded his shotgun.", "शिकारी ने अपनी बंदूक में कारतूस भरे।"),
    C(L, "The boy jumped from the ship into the sea.", "लड़का जहाज़ से समुद्र में कूद गया।"),
    C(L, "She dipped a biscuit in her tea.", "उसने चाय में बिस्कुट डुबोया।"),
    C(L, "The bird lined its nest with soft feathers.", "चिड़िया ने अपने घोंसले में मुलायम पंख बिछाए।"),
    C(L, "The plumber pulled the old pipe down from the ceiling.", "प्लंबर ने छत से पुराना पाइप नीचे खींच लिया।"),
    C(L, "He tightened his belt before the race.", "दौड़ से पहले उसने अपनी बेल्ट कस ली।"),
    C(L, "A fly fell into the soup.", "मक्खी सूप में गिर गई।"),
    C(
        L,
        "The farmer's donkey has worked in the fields for years.",
        "किसान का गधा बरसों से खेतों में काम कर रहा है।",
    ),
    C(L, "The ball bounced up and hit the ceiling.", "गेंद उछलकर छत से टकरा गई।"),
    C(L, "The cow chewed the grass slowly.", "गाय धीरे-धीरे घास चबा रही थी।"),
    C(L, "The snake slid under the oil drum.", "सांप तेल के ड्रम के नीचे सरक गया।"),
]

NAMES: list = []
TITLES: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
