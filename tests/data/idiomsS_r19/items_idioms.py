"""Round-19 idioms-with-source check (idiomsS helper): idioms in no inventory, rendered word for word.

Written by the r19-idiomsS helper BEFORE any round-19 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: English idioms that are
in no lexicon of this project (audit/data/idioms_en.tsv, calques.toml) and mostly in no WordNet
multiword lemma either -- verb idioms in several persons, tenses and word orders (nail jelly to the
wall, eat my hat, chewed the scenery, threw shade, rode roughshod, laid an egg, lit a fire under,
took a bath, spitting feathers, lost his cool, pin your ears back, pulled no punches, earned her
stripes, tipped her hat), noun-phrase images (a few sandwiches short of a picnic, the ugly duckling,
a knife to a gunfight, a hill of beans, a straw man, kid gloves, a rod for their own back, two left
feet, the devil and the deep blue sea) and phrases with a particle or preposition (in the weeds, on
tenterhooks, with bells on, on the hook, not cut out for); each with a correct, idiomatic
translation of the same source (`c-` rows). Look-alikes (`l-` rows), clean: the idioms' concrete
words in literal scenes where the English is literal too (a hen laid an egg, a cook lit a fire
under a pot, a dentist pulling teeth, a fisherman paddling his canoe), and idioms that Hindi says
with the same image (went off the rails -> पटरी से उतर गई, dug its own grave -> अपनी कब्र खुद खोदी,
which way the wind is blowing -> हवा का रुख, a screw loose -> पेंच ढीला).
No idiom of a flawed row occurs in any dev set's English (a grep of /tmp/r19/dev_src.jsonl and
every jsonl under tests/data before writing, heldout_r19 excepted). Licence: CC-BY-4.0 like the
other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "Getting a straight answer from the ministry is like nailing jelly to the wall.",
        "मंत्रालय से सीधा जवाब पाना दीवार पर जेली को कील से ठोकने जैसा है।",
        [("दीवार पर जेली को कील से ठोकने", "nailing jelly to the wall")],
        "मंत्रालय से सीधा जवाब पाना लगभग असंभव है।",
    ),
    F(
        I,
        "If the bill passes this week, I'll eat my hat.",
        "अगर यह विधेयक इस हफ़्ते पास हो गया, तो मैं अपनी टोपी खा लूंगा।",
        [("अपनी टोपी खा लूंगा", "I'll eat my hat")],
        "अगर यह विधेयक इस हफ़्ते पास हो गया, तो मैं अपना नाम बदल दूंगा।",
    ),
    F(
        I,
        "The villain chewed the scenery in every act of the play.",
        "खलनायक ने नाटक के हर अंक में दृश्यावली चबाई।",
        [("दृश्यावली चबाई", "chewed the scenery")],
        "खलनायक ने नाटक के हर अंक में ज़रूरत से ज़्यादा नाटकीय अभिनय किया।",
    ),
    F(
        I,
        "Let's put a pin in this discussion and come back to it on Monday.",
        "आइए इस चर्चा में एक पिन लगा दें और सोमवार को इस पर वापस आएं।",
        [("एक पिन लगा दें", "put a pin in")],
        "आइए इस चर्चा को अभी यहीं रोक दें और सोमवार को इस पर वापस आएं।",
    ),
    F(
        I,
        "The singer threw shade at her former bandmates during the interview.",
        "गायिका ने इंटरव्यू के दौरान अपने पूर्व बैंड साथियों पर छाया फेंकी।",
        [("छाया फेंकी", "threw shade")],
        "गायिका ने इंटरव्यू के दौरान अपने पूर्व बैंड साथियों पर तंज़ कसा।",
    ),
    F(
        I,
        "The company rode roughshod over the villagers' objections.",
        "कंपनी ने ग्रामीणों की आपत्तियों पर नालदार घोड़े की सवारी की।",
        [("नालदार घोड़े की सवारी की", "rode roughshod")],
        "कंपनी ने ग्रामीणों की आपत्तियों को बेरहमी से कुचल दिया।",
    ),
    F(
        I,
        "Getting the landlord to repair the roof was like pulling teeth.",
        "मकान मालिक से छत की मरम्मत करवाना दांत खींचने जैसा था।",
        [("दांत खींचने जैसा", "like pulling teeth")],
        "मकान मालिक से छत की मरम्मत करवाना बेहद मुश्किल काम था।",
    ),
    F(
        I,
        "Her new neighbour seems a few sandwiches short of a picnic.",
        "उसका नया पड़ोसी पिकनिक से कुछ सैंडविच कम लगता है।",
        [("पिकनिक से कुछ सैंडविच कम", "a few sandwiches short of a picnic")],
        "उसका नया पड़ोसी थोड़ा सनकी लगता है।",
    ),
    F(
        I,
        "The ugly duckling of the car market is now its best seller.",
        "कार बाज़ार का बदसूरत बत्तख का बच्चा अब उसका सबसे ज़्यादा बिकने वाला मॉडल है।",
        [("बदसूरत बत्तख का बच्चा", "the ugly duckling")],
        "कार बाज़ार का कभी उपेक्षित रहा मॉडल अब उसका सबसे ज़्यादा बिकने वाला मॉडल है।",
    ),
    F(
        I,
        "With such a weak amendment, the opposition brought a knife to a gunfight.",
        "इतने कमज़ोर संशोधन के साथ विपक्ष बंदूक की लड़ाई में चाकू लेकर आया।",
        [("बंदूक की लड़ाई में चाकू लेकर आया", "brought a knife to a gunfight")],
        "इतने कमज़ोर संशोधन के साथ विपक्ष एक बड़े मुक़ाबले में बेहद कमज़ोर हथियार लेकर उतरा।",
    ),
    F(
        I,
        "None of the three designs passed muster with the committee.",
        "तीनों डिज़ाइनों में से किसी ने भी समिति के साथ हाज़िरी पास नहीं की।",
        [("हाज़िरी पास", "passed muster")],
        "तीनों डिज़ाइनों में से कोई भी समिति की कसौटी पर खरा नहीं उतरा।",
    ),
    F(
        I,
        "After leaving the firm, he decided to paddle his own canoe.",
        "फ़र्म छोड़ने के बाद उसने अपनी डोंगी खुद खेने का फ़ैसला किया।",
        [("अपनी डोंगी खुद खेने", "paddle his own canoe")],
        "फ़र्म छोड़ने के बाद उसने अपने दम पर काम करने का फ़ैसला किया।",
    ),
    F(
        I,
        "The promotion of a junior officer put several seniors' noses out of joint.",
        "एक कनिष्ठ अधिकारी की पदोन्नति ने कई वरिष्ठों की नाक जोड़ से बाहर कर दी।",
        [("नाक जोड़ से बाहर कर दी", "put noses out of joint")],
        "एक कनिष्ठ अधिकारी की पदोन्नति से कई वरिष्ठ नाराज़ हो गए।",
    ),
    F(
        I,
        "His promises are not worth a hill of beans.",
        "उसके वादे सेम की एक पहाड़ी के बराबर भी नहीं हैं।",
        [("सेम की एक पहाड़ी", "a hill of beans")],
        "उसके वादों की कोई कीमत नहीं है।",
    ),
    F(
        I,
        "By eight o'clock the kitchen staff were in the weeds.",
        "आठ बजे तक रसोई के कर्मचारी खरपतवार में थे।",
        [("खरपतवार में", "in the weeds")],
        "आठ बजे तक रसोई के कर्मचारी काम के बोझ से बुरी तरह दबे हुए थे।",
    ),
    F(
        I,
        "I can't dance at the wedding; I have two left feet.",
        "मैं शादी में नाच नहीं सकता; मेरे दो बाएं पैर हैं।",
        [("दो बाएं पैर", "two left feet")],
        "मैं शादी में नाच नहीं सकता; मुझे नाचना बिल्कुल नहीं आता।",
    ),
    F(
        I,
        "Put your best foot forward at tomorrow's interview.",
        "कल के इंटरव्यू में अपना सबसे अच्छा पैर आगे रखो।",
        [("अपना सबसे अच्छा पैर आगे रखो", "Put your best foot forward")],
        "कल के इंटरव्यू में अपना सबसे अच्छा प्रदर्शन करो।",
    ),
    F(
        I,
        "Critics held their fire until the full report was published.",
        "आलोचकों ने पूरी रिपोर्ट प्रकाशित होने तक अपनी आग रोके रखी।",
        [("अपनी आग रोके रखी", "held their fire")],
        "आलोचकों ने पूरी रिपोर्ट प्रकाशित होने तक कुछ भी कहने से परहेज़ किया।",
    ),
    F(
        I,
        "Investors took a bath on the airline's shares last year.",
        "निवेशकों ने पिछले साल एयरलाइन के शेयरों पर स्नान किया।",
        [("स्नान किया", "took a bath")],
        "निवेशकों को पिछले साल एयरलाइन के शेयरों में भारी नुकसान हुआ।",
    ),
    F(
        I,
        "The fans were on tenterhooks while the umpire reviewed the catch.",
        "जब अंपायर कैच की समीक्षा कर रहे थे, तब प्रशंसक खूंटियों पर टंगे थे।",
        [("खूंटियों पर टंगे थे", "on tenterhooks")],
        "जब अंपायर कैच की समीक्षा कर रहे थे, तब प्रशंसक सांस रोके बैठे थे।",
    ),
    F(
        I,
        "The farmers are caught between the devil and the deep blue sea.",
        "किसान शैतान और गहरे नीले समुद्र के बीच फंसे हुए हैं।",
        [("शैतान और गहरे नीले समुद्र के बीच", "between the devil and the deep blue sea")],
        "किसान एक तरफ़ कुआं और दूसरी तरफ़ खाई वाली हालत में फंसे हुए हैं।",
    ),
    F(
        I,
        "Keep your hair on, the train is only five minutes late.",
        "अपने बाल बनाए रखो, ट्रेन सिर्फ़ पांच मिनट लेट है।",
        [("अपने बाल बनाए रखो", "Keep your hair on")],
        "शांत रहो, ट्रेन सिर्फ़ पांच मिनट लेट है।",
    ),
    F(
        I,
        "She soon realised that she was not cut out for politics.",
        "उसे जल्द ही एहसास हुआ कि उसे राजनीति के लिए काटकर नहीं निकाला गया था।",
        [("काटकर नहीं निकाला गया", "not cut out for")],
        "उसे जल्द ही एहसास हुआ कि वह राजनीति के लिए नहीं बनी थी।",
    ),
    F(
        I,
        "The coach was spitting feathers after the referee's decision.",
        "रेफ़री के फ़ैसले के बाद कोच पंख थूक रहे थे।",
        [("पंख थूक रहे थे", "spitting feathers")],
        "रेफ़री के फ़ैसले के बाद कोच आगबबूला हो रहे थे।",
    ),
    F(
        I,
        "We will be at your wedding with bells on.",
        "हम घंटियों के साथ तुम्हारी शादी में आएंगे।",
        [("घंटियों के साथ", "with bells on")],
        "हम बड़े उत्साह से तुम्हारी शादी में आएंगे।",
    ),
    F(
        I,
        "The new manager lit a fire under the sales team.",
        "नए मैनेजर ने बिक्री टीम के नीचे आग जलाई।",
        [("के नीचे आग जलाई", "lit a fire under")],
        "नए मैनेजर ने बिक्री टीम में नया जोश भर दिया।",
    ),
    F(
        I,
        "The comedian's new show laid an egg on its opening night.",
        "हास्य कलाकार के नए शो ने अपनी पहली रात को एक अंडा दिया।",
        [("एक अंडा दिया", "laid an egg")],
        "हास्य कलाकार का नया शो अपनी पहली ही रात बुरी तरह फ़्लॉप हो गया।",
    ),
    F(
        I,
        "The goalkeeper lost his cool and pushed the striker.",
        "गोलकीपर ने अपनी ठंडक खो दी और स्ट्राइकर को धक्का दे दिया।",
        [("अपनी ठंडक खो दी", "lost his cool")],
        "गोलकीपर ने आपा खो दिया और स्ट्राइकर को धक्का दे दिया।",
    ),
    F(
        I,
        "Pin your ears back, because I will say this only once.",
        "अपने कान पीछे पिन कर लो, क्योंकि मैं यह सिर्फ़ एक बार कहूंगा।",
        [("अपने कान पीछे पिन कर लो", "Pin your ears back")],
        "ध्यान से सुनो, क्योंकि मैं यह सिर्फ़ एक बार कहूंगा।",
    ),
    F(
        I,
        "The public's patience with the strike is wearing thin.",
        "हड़ताल को लेकर जनता का धैर्य पतला पहन रहा है।",
        [("पतला पहन रहा है", "wearing thin")],
        "हड़ताल को लेकर जनता का धैर्य जवाब दे रहा है।",
    ),
    F(
        I,
        "Don't lose your head over a single bad review.",
        "एक ख़राब समीक्षा पर अपना सिर मत खोओ।",
        [("अपना सिर मत खोओ", "lose your head")],
        "एक ख़राब समीक्षा पर होश मत खोओ।",
    ),
    F(
        I,
        "The auditor's report pulled no punches about the missing funds.",
        "लेखा परीक्षक की रिपोर्ट ने गायब धन के बारे में कोई मुक्के नहीं खींचे।",
        [("कोई मुक्के नहीं खींचे", "pulled no punches")],
        "लेखा परीक्षक की रिपोर्ट ने गायब धन के बारे में बिना लाग-लपेट के सब कुछ कहा।",
    ),
    F(
        I,
        "She earned her stripes as a reporter in the flood districts.",
        "उसने बाढ़ वाले ज़िलों में एक रिपोर्टर के रूप में अपनी धारियां कमाईं।",
        [("अपनी धारियां कमाईं", "earned her stripes")],
        "उसने बाढ़ वाले ज़िलों में एक रिपोर्टर के रूप में अपनी काबिलियत साबित की।",
    ),
    F(
        I,
        "Small traders say the new rules load the dice against them.",
        "छोटे व्यापारियों का कहना है कि नए नियम उनके ख़िलाफ़ पासे भरते हैं।",
        [("पासे भरते हैं", "load the dice")],
        "छोटे व्यापारियों का कहना है कि नए नियम उनके ख़िलाफ़ पक्षपात करते हैं।",
    ),
    F(
        I,
        "The parent company is still on the hook for the subsidiary's debts.",
        "मूल कंपनी अब भी सहायक कंपनी के कर्ज़ों के लिए हुक पर है।",
        [("हुक पर", "on the hook")],
        "मूल कंपनी अब भी सहायक कंपनी के कर्ज़ों के लिए ज़िम्मेदार है।",
    ),
    F(
        I,
        "We must have got our wires crossed about the meeting time.",
        "बैठक के समय को लेकर हमारे तार ज़रूर आपस में क्रॉस हो गए होंगे।",
        [("तार ज़रूर आपस में क्रॉस हो गए", "got our wires crossed")],
        "बैठक के समय को लेकर हमारे बीच ज़रूर कोई ग़लतफ़हमी हो गई होगी।",
    ),
    F(
        I,
        "Under questioning, the driver spilled his guts to the police.",
        "पूछताछ में ड्राइवर ने पुलिस के सामने अपनी आंतें गिरा दीं।",
        [("अपनी आंतें गिरा दीं", "spilled his guts")],
        "पूछताछ में ड्राइवर ने पुलिस के सामने सब कुछ उगल दिया।",
    ),
    F(
        I,
        "The minister attacked a straw man instead of the actual proposal.",
        "मंत्री ने असली प्रस्ताव के बजाय एक भूसे के आदमी पर हमला किया।",
        [("भूसे के आदमी", "a straw man")],
        "मंत्री ने असली प्रस्ताव के बजाय उसके एक गढ़े हुए, विकृत रूप पर हमला किया।",
    ),
    F(
        I,
        "In her speech the mayor tipped her hat to the volunteers.",
        "अपने भाषण में महापौर ने स्वयंसेवकों को अपनी टोपी झुकाई।",
        [("अपनी टोपी झुकाई", "tipped her hat")],
        "अपने भाषण में महापौर ने स्वयंसेवकों के योगदान की सराहना की।",
    ),
    F(
        I,
        "By promising free power, the government made a rod for its own back.",
        "मुफ़्त बिजली का वादा करके सरकार ने अपनी ही पीठ के लिए एक छड़ी बना ली।",
        [("अपनी ही पीठ के लिए एक छड़ी बना ली", "made a rod for its own back")],
        "मुफ़्त बिजली का वादा करके सरकार ने अपने लिए ही मुसीबत मोल ले ली।",
    ),
    F(
        I,
        "The new coach handles the young players with kid gloves.",
        "नए कोच युवा खिलाड़ियों को बकरी के बच्चे के दस्तानों से संभालते हैं।",
        [("बकरी के बच्चे के दस्तानों से", "with kid gloves")],
        "नए कोच युवा खिलाड़ियों को बड़ी नरमी और सावधानी से संभालते हैं।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        L,
        "The peace talks went off the rails after the second day.",
        "दूसरे दिन के बाद शांति वार्ता पटरी से उतर गई।",
    ),
    C(
        L,
        "With its reckless borrowing, the club dug its own grave.",
        "अंधाधुंध कर्ज़ लेकर क्लब ने अपनी कब्र खुद खोद ली।",
    ),
    C(
        L,
        "The senator waited to see which way the wind was blowing before he voted.",
        "वोट देने से पहले सीनेटर ने हवा का रुख देखने का इंतज़ार किया।",
    ),
    C(
        L,
        "Anyone who swims in that river in January must have a screw loose.",
        "जनवरी में उस नदी में तैरने वाले का ज़रूर दिमाग का पेंच ढीला होगा।",
    ),
    C(L, "The carpenter nailed a board to the wall.", "बढ़ई ने दीवार पर एक तख़्ता कील से ठोका।"),
    C(
        L,
        "The dentist spent the whole morning pulling teeth at the camp.",
        "दंत चिकित्सक ने पूरी सुबह शिविर में दांत निकालने में बिताई।",
    ),
    C(L, "The ducklings followed their mother into the pond.", "बत्तख के बच्चे अपनी मां के पीछे-पीछे तालाब में चले गए।"),
    C(L, "The fisherman paddled his own canoe across the lake.", "मछुआरे ने अपनी डोंगी खुद खेकर झील पार की।"),
    C(
        L,
        "The gardener pulled the weeds out of the vegetable bed.",
        "माली ने सब्ज़ियों की क्यारी से खरपतवार उखाड़ दी।",
    ),
    C(L, "The boy took a bath before dinner.", "लड़के ने रात के खाने से पहले स्नान किया।"),
    C(L, "The hen laid an egg in the straw.", "मुर्गी ने भूसे में एक अंडा दिया।"),
    C(L, "The cook lit a fire under the big pot.", "रसोइये ने बड़े बर्तन के नीचे आग जलाई।"),
    C(L, "The boxer threw three punches in the first round.", "मुक्केबाज़ ने पहले राउंड में तीन मुक्के मारे।"),
    C(
        L,
        "The farmers made a man of straw to scare the crows.",
        "किसानों ने कौओं को डराने के लिए भूसे का एक आदमी बनाया।",
    ),
    C(L, "The carpet near the door had worn thin.", "दरवाज़े के पास का कालीन घिसकर पतला हो गया था।"),
    C(L, "The children rang the bells on the temple door.", "बच्चों ने मंदिर के दरवाज़े पर लगी घंटियां बजाईं।"),
    C(L, "The tiger's fur has black stripes.", "बाघ के फ़र पर काली धारियां होती हैं।"),
    C(L, "The tailor sewed leather gloves for the winter.", "दर्ज़ी ने सर्दियों के लिए चमड़े के दस्ताने सिले।"),
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
