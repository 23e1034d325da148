"""Round-16 titles-with-source held-out items (hand-written 2026-11-29 08:10 UTC BEFORE any round-16 work
on the title rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): capitalised names whose words were translated into
Hindi dictionary words -- bands, clubs and teams, firms and brands, newspapers and magazines, places
abroad, nicknames, events. Each has its correct translation (`c-`, the name transliterated).
Clean look-alikes (`l-`): names Hindi news does translate -- public bodies, international
organisations, countries, Indian landmarks and festivals, historical epithets, geography -- and the
flawed rows' Hindi words in their plain sense.
None of the English names was in the dev lines (/tmp/r16/dev_all.jsonl, dev_src.jsonl) or tests/data
when written (checked by grep).

    python tests/data/titles_r16/build.py
    audit check tests/data/titles_r16/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o T.jsonl
    python tests/data/titles_r16/score.py T.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

T = "title-calque"
LT = "title"

NAMES: list = []
IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []

TITLES = [
    # bands
    F(
        T,
        "Pearl Jam released a new album in March.",
        "मोती जाम ने मार्च में नया एल्बम जारी किया।",
        [("मोती जाम", "Pearl Jam")],
        "पर्ल जैम ने मार्च में नया एल्बम जारी किया।",
    ),
    F(
        T,
        "Vampire Weekend will headline the festival in Pune.",
        "पिशाच सप्ताहांत पुणे के महोत्सव में मुख्य प्रस्तुति देगा।",
        [("पिशाच सप्ताहांत", "Vampire Weekend")],
        "वैम्पायर वीकेंड पुणे के महोत्सव में मुख्य प्रस्तुति देगा।",
    ),
    F(
        T,
        "Tickets for Glass Animals sold out in an hour.",
        "कांच के जानवरों के टिकट एक घंटे में बिक गए।",
        [("कांच के जानवरों", "Glass Animals")],
        "ग्लास एनिमल्स के टिकट एक घंटे में बिक गए।",
    ),
    F(
        T,
        "Modest Mouse played their first concert in Delhi.",
        "विनम्र चूहे ने दिल्ली में अपना पहला कॉन्सर्ट किया।",
        [("विनम्र चूहे", "Modest Mouse")],
        "मॉडेस्ट माउस ने दिल्ली में अपना पहला कॉन्सर्ट किया।",
    ),
    F(
        T,
        "The White Stripes recorded the song in ten days.",
        "सफ़ेद धारियों ने यह गाना दस दिन में रिकॉर्ड किया।",
        [("सफ़ेद धारियों", "The White Stripes")],
        "द व्हाइट स्ट्राइप्स ने यह गाना दस दिन में रिकॉर्ड किया।",
    ),
    F(
        T,
        "Dire Straits sold millions of records in the eighties.",
        "भयानक जलडमरूमध्य ने अस्सी के दशक में लाखों रिकॉर्ड बेचे।",
        [("भयानक जलडमरूमध्य", "Dire Straits")],
        "डायर स्ट्रेट्स ने अस्सी के दशक में लाखों रिकॉर्ड बेचे।",
    ),
    # clubs and teams
    F(
        T,
        "The Buffalo Sabres beat Ottawa 4-2.",
        "बफ़ेलो तलवारों ने ओटावा को 4-2 से हराया।",
        [("बफ़ेलो तलवारों", "Buffalo Sabres")],
        "बफ़ेलो सेबर्स ने ओटावा को 4-2 से हराया।",
    ),
    F(
        T,
        "The Columbus Blue Jackets lost to Detroit on Tuesday.",
        "कोलंबस नीली जैकेटों को मंगलवार को डेट्रॉयट ने हरा दिया।",
        [("कोलंबस नीली जैकेटों", "Columbus Blue Jackets")],
        "कोलंबस ब्लू जैकेट्स को मंगलवार को डेट्रॉयट ने हरा दिया।",
    ),
    F(
        T,
        "The Atlanta Braves signed a new pitcher.",
        "अटलांटा बहादुरों ने एक नए पिचर से करार किया।",
        [("अटलांटा बहादुरों", "Atlanta Braves")],
        "अटलांटा ब्रेव्स ने एक नए पिचर से करार किया।",
    ),
    F(
        T,
        "Kolkata Thunderbolts won the volleyball league final.",
        "कोलकाता वज्रों ने वॉलीबॉल लीग का फ़ाइनल जीता।",
        [("कोलकाता वज्रों", "Kolkata Thunderbolts")],
        "कोलकाता थंडरबोल्ट्स ने वॉलीबॉल लीग का फ़ाइनल जीता।",
    ),
    F(
        T,
        "Calicut Heroes drew 2-2 with the Chennai side.",
        "कालीकट नायकों ने चेन्नई की टीम से 2-2 से ड्रॉ खेला।",
        [("कालीकट नायकों", "Calicut Heroes")],
        "कालीकट हीरोज़ ने चेन्नई की टीम से 2-2 से ड्रॉ खेला।",
    ),
    # firms and brands
    F(
        T,
        "Dove launched a new soap for children.",
        "कबूतर ने बच्चों के लिए एक नया साबुन बाज़ार में उतारा।",
        [("कबूतर", "Dove")],
        "डव ने बच्चों के लिए एक नया साबुन बाज़ार में उतारा।",
    ),
    F(
        T,
        "Crocs raised the price of its sandals.",
        "मगरमच्छों ने अपनी सैंडलों के दाम बढ़ा दिए।",
        [("मगरमच्छों", "Crocs")],
        "क्रॉक्स ने अपनी सैंडलों के दाम बढ़ा दिए।",
    ),
    F(
        T,
        "Happiest Minds will hire 3,000 engineers this year.",
        "सबसे खुश दिमाग इस साल 3,000 इंजीनियरों की भर्ती करेगी।",
        [("सबसे खुश दिमाग", "Happiest Minds")],
        "हैप्पिएस्ट माइंड्स इस साल 3,000 इंजीनियरों की भर्ती करेगी।",
    ),
    F(
        T,
        "Shares of Sun TV fell 3 percent on Monday.",
        "सूर्य टीवी के शेयर सोमवार को 3 प्रतिशत गिरे।",
        [("सूर्य टीवी", "Sun TV")],
        "सन टीवी के शेयर सोमवार को 3 प्रतिशत गिरे।",
    ),
    F(
        T,
        "Sugar Cosmetics raised $50 million from investors.",
        "चीनी कॉस्मेटिक्स ने निवेशकों से 5 करोड़ डॉलर जुटाए।",
        [("चीनी कॉस्मेटिक्स", "Sugar Cosmetics")],
        "शुगर कॉस्मेटिक्स ने निवेशकों से 5 करोड़ डॉलर जुटाए।",
    ),
    F(
        T,
        "Tiger Global sold its stake in the startup.",
        "बाघ ग्लोबल ने स्टार्टअप में अपनी हिस्सेदारी बेच दी।",
        [("बाघ ग्लोबल", "Tiger Global")],
        "टाइगर ग्लोबल ने स्टार्टअप में अपनी हिस्सेदारी बेच दी।",
    ),
    F(
        T,
        "Slack is cutting 300 jobs.",
        "सुस्त 300 नौकरियों में कटौती कर रही है।",
        [("सुस्त", "Slack")],
        "स्लैक 300 नौकरियों में कटौती कर रही है।",
    ),
    # newspapers and magazines
    F(
        T,
        "The Globe and Mail reported the deal on Friday.",
        "ग्लोब और डाक ने शुक्रवार को इस सौदे की ख़बर दी।",
        [("ग्लोब और डाक", "The Globe and Mail")],
        "द ग्लोब एंड मेल ने शुक्रवार को इस सौदे की ख़बर दी।",
    ),
    F(
        T,
        "The story was first carried by Mid-Day.",
        "यह ख़बर सबसे पहले दोपहर ने छापी थी।",
        [("दोपहर", "Mid-Day")],
        "यह ख़बर सबसे पहले मिड-डे ने छापी थी।",
    ),
    F(
        T,
        "Frontline published a long report on the dam.",
        "अग्रिम पंक्ति ने बाँध पर एक लंबी रिपोर्ट प्रकाशित की।",
        [("अग्रिम पंक्ति", "Frontline")],
        "फ्रंटलाइन ने बाँध पर एक लंबी रिपोर्ट प्रकाशित की।",
    ),
    F(
        T,
        "Outlook magazine put the actor on its cover.",
        "दृष्टिकोण पत्रिका ने अभिनेता को अपने कवर पर छापा।",
        [("दृष्टिकोण", "Outlook")],
        "आउटलुक पत्रिका ने अभिनेता को अपने कवर पर छापा।",
    ),
    # places and buildings abroad
    F(
        T,
        "She grew up in Silver Spring, Maryland.",
        "वह मैरीलैंड के चाँदी झरने में पली-बढ़ीं।",
        [("चाँदी झरने", "Silver Spring")],
        "वह मैरीलैंड के सिल्वर स्प्रिंग में पली-बढ़ीं।",
    ),
    F(
        T,
        "The company moved its office to Grand Rapids, Michigan.",
        "कंपनी ने अपना दफ़्तर मिशिगन के विशाल प्रपात में स्थानांतरित कर दिया।",
        [("विशाल प्रपात", "Grand Rapids")],
        "कंपनी ने अपना दफ़्तर मिशिगन के ग्रैंड रैपिड्स में स्थानांतरित कर दिया।",
    ),
    F(
        T,
        "The flight from Fort Worth to Chicago was delayed.",
        "किला मूल्य से शिकागो जाने वाली उड़ान में देरी हुई।",
        [("किला मूल्य", "Fort Worth")],
        "फ़ोर्ट वर्थ से शिकागो जाने वाली उड़ान में देरी हुई।",
    ),
    F(
        T,
        "The ship reached Cape Verde after five days.",
        "जहाज़ पाँच दिन बाद हरा अंतरीप पहुँचा।",
        [("हरा अंतरीप", "Cape Verde")],
        "जहाज़ पाँच दिन बाद केप वर्डे पहुँचा।",
    ),
    # nicknames
    F(
        T,
        "Babe Ruth hit 60 home runs in 1927.",
        "बच्चा रूथ ने 1927 में 60 होम रन लगाए।",
        [("बच्चा रूथ", "Babe Ruth")],
        "बेब रूथ ने 1927 में 60 होम रन लगाए।",
    ),
    F(
        T,
        "Sugar Ray Robinson won the title five times.",
        "चीनी रे रॉबिन्सन ने पाँच बार ख़िताब जीता।",
        [("चीनी रे रॉबिन्सन", "Sugar Ray Robinson")],
        "शुगर रे रॉबिन्सन ने पाँच बार ख़िताब जीता।",
    ),
    F(
        T,
        "Fans still call the boxer Iron Mike.",
        "प्रशंसक आज भी उस मुक्केबाज़ को लौह माइक कहते हैं।",
        [("लौह माइक", "Iron Mike")],
        "प्रशंसक आज भी उस मुक्केबाज़ को आयरन माइक कहते हैं।",
    ),
    # events
    F(
        T,
        "Thousands attended the Sunburn festival in Goa.",
        "गोवा में धूपजलन महोत्सव में हज़ारों लोग पहुँचे।",
        [("धूपजलन", "Sunburn")],
        "गोवा में सनबर्न महोत्सव में हज़ारों लोग पहुँचे।",
    ),
    F(
        T,
        "Scots celebrate Burns Night with poems and haggis.",
        "स्कॉटलैंड के लोग जलन रात को कविताओं और हैगिस के साथ मनाते हैं।",
        [("जलन रात", "Burns Night")],
        "स्कॉटलैंड के लोग बर्न्स नाइट को कविताओं और हैगिस के साथ मनाते हैं।",
    ),
]

TITLE_LOOKALIKES = [
    # Indian landmarks and festivals Hindi names in Hindi words
    C(LT, "Tourists trek to the Valley of Flowers every July.", "पर्यटक हर जुलाई फूलों की घाटी तक ट्रेक करते हैं।"),
    C(
        LT,
        "Boats take visitors past the Marble Rocks at Bhedaghat.",
        "नावें पर्यटकों को भेड़ाघाट की संगमरमर की चट्टानों के पास से ले जाती हैं।",
    ),
    C(
        LT,
        "The Living Root Bridges of Meghalaya draw many visitors.",
        "मेघालय के जीवित जड़ पुल बहुत से पर्यटकों को आकर्षित करते हैं।",
    ),
    C(LT, "The Kite Festival in Ahmedabad begins on Sunday.", "अहमदाबाद में पतंग महोत्सव रविवार को शुरू होगा।"),
    C(
        LT,
        "Traders brought thousands of camels to the Pushkar Camel Fair.",
        "व्यापारी पुष्कर ऊँट मेले में हज़ारों ऊँट लाए।",
    ),
    C(
        LT,
        "The Desert Festival in Jaisalmer ended with a folk concert.",
        "जैसलमेर का मरु महोत्सव एक लोक संगीत कार्यक्रम के साथ समाप्त हुआ।",
    ),
    C(LT, "The Palace of Winds in Jaipur was repainted.", "जयपुर के हवा महल को फिर से रंगा गया।"),
    C(
        LT,
        "Diwali, the Festival of Lights, begins on Thursday.",
        "रोशनी का त्योहार दिवाली गुरुवार से शुरू हो रहा है।",
    ),
    # historical epithets and eras
    C(LT, "Ashoka the Great gave up war after Kalinga.", "अशोक महान ने कलिंग के बाद युद्ध त्याग दिया।"),
    C(LT, "Ivan the Terrible was crowned in 1547.", "इवान भयानक का राज्याभिषेक 1547 में हुआ।"),
    C(
        LT,
        "The Green Revolution doubled wheat output in Punjab.",
        "हरित क्रांति ने पंजाब में गेहूँ की पैदावार दोगुनी कर दी।",
    ),
    C(LT, "Merchants carried silk along the Silk Road.", "व्यापारी रेशम मार्ग से रेशम ले जाते थे।"),
    # geography and countries
    C(LT, "The Milky Way was clearly visible from the desert.", "रेगिस्तान से आकाशगंगा साफ़ दिखाई दे रही थी।"),
    C(LT, "Heavy rain lashed the Western Ghats.", "पश्चिमी घाट में भारी बारिश हुई।"),
    C(LT, "The Central African Republic will hold elections in May.", "मध्य अफ़्रीकी गणराज्य में मई में चुनाव होंगे।"),
    C(LT, "The Solomon Islands signed the fishing pact.", "सोलोमन द्वीप ने मछली पकड़ने के समझौते पर हस्ताक्षर किए।"),
    C(LT, "South Sudan beat Uganda 2-1 in Juba.", "दक्षिण सूडान ने जूबा में युगांडा को 2-1 से हराया।"),
    C(LT, "East Timor became a member in 2002.", "पूर्वी तिमोर 2002 में सदस्य बना।"),
    # public bodies and international organisations
    C(LT, "The Ministry of Home Affairs issued an advisory.", "गृह मंत्रालय ने एक परामर्श जारी किया।"),
    C(
        LT,
        "The Inland Waterways Authority will dredge the river.",
        "अंतर्देशीय जलमार्ग प्राधिकरण नदी की खुदाई करेगा।",
    ),
    C(
        LT,
        "The National Book Trust opened the fair in Delhi.",
        "राष्ट्रीय पुस्तक न्यास ने दिल्ली में मेले का उद्घाटन किया।",
    ),
    C(
        LT,
        "The International Labour Organization warned of job losses.",
        "अंतरराष्ट्रीय श्रम संगठन ने नौकरियाँ जाने की चेतावनी दी।",
    ),
    C(
        LT,
        "The Universal Postal Union meets in Bern next week.",
        "सार्वभौमिक डाक संघ की बैठक अगले सप्ताह बर्न में होगी।",
    ),
    # the flawed rows' Hindi words in their plain sense, next to names
    C(LT, "The shop in Firozabad sells glass animals.", "फ़िरोज़ाबाद की दुकान काँच के जानवर बेचती है।"),
    C(LT, "Crocodiles were seen in the Chambal near Etawah.", "इटावा के पास चंबल में मगरमच्छ देखे गए।"),
    C(LT, "A dove sat on the roof of the mosque in Bhopal.", "भोपाल में मस्जिद की छत पर एक कबूतर बैठा था।"),
    C(LT, "Pearl traders in Hyderabad raised their prices.", "हैदराबाद के मोती व्यापारियों ने अपने दाम बढ़ा दिए।"),
    C(LT, "The Ottawa fans waved their swords and flags.", "ओटावा के प्रशंसकों ने अपनी तलवारें और झंडे लहराए।"),
    C(LT, "Sugar prices rose in Maharashtra this week.", "इस सप्ताह महाराष्ट्र में चीनी के दाम बढ़ गए।"),
    C(LT, "A tiger was spotted near the Corbett gate.", "कॉर्बेट गेट के पास एक बाघ देखा गया।"),
]
