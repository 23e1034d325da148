"""Round-6 titles held-out items (hand-written 2026-11-28 BEFORE the round-6 HI202/HI207/HI208 work,
never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Offices, institutions, organisations, place nicknames and names translated word for word, with
sources; none of these titles is in heldout_r4/heldout_r5, audit/data/title_inventory.toml or
audit/data/calques.toml when written. Clean rows: each flawed row's correct translation and
look-alikes (established Hindi translations of names: सर्वोच्च न्यायालय, लाल किला; the same words
in ordinary use: सामान्य, घड़ी, हवादार).
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

T = "title-calque"
L = "title"

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
    F(
        T,
        "The Blue Helmets withdrew from the town.",
        "नीले हेलमेट शहर से हट गए।",
        [("नीले हेलमेट", "Blue Helmets (UN peacekeepers)")],
        "संयुक्त राष्ट्र के शांति सैनिक शहर से हट गए।",
    ),
    F(
        T,
        "The Director General of the BBC resigned on Sunday.",
        "बीबीसी के निदेशक सामान्य ने रविवार को इस्तीफा दे दिया।",
        [("निदेशक सामान्य", "Director General")],
        "बीबीसी के महानिदेशक ने रविवार को इस्तीफा दे दिया।",
    ),
    F(
        T,
        "The First Sea Lord warned of cuts to the navy.",
        "पहले समुद्री स्वामी ने नौसेना में कटौती को लेकर चेतावनी दी।",
        [("पहले समुद्री स्वामी", "First Sea Lord")],
        "फ़र्स्ट सी लॉर्ड ने नौसेना में कटौती को लेकर चेतावनी दी।",
    ),
    F(
        T,
        "Jazz fans flocked to the Big Easy.",
        "जैज़ प्रेमी बड़े आसान में उमड़ पड़े।",
        [("बड़े आसान", "the Big Easy (New Orleans)")],
        "जैज़ प्रेमी न्यू ऑरलियन्स में उमड़ पड़े।",
    ),
    F(
        T,
        "A hurricane is heading for the Sunshine State.",
        "एक तूफान धूप वाले राज्य की ओर बढ़ रहा है।",
        [("धूप वाले राज्य", "the Sunshine State (Florida)")],
        "एक तूफान फ़्लोरिडा की ओर बढ़ रहा है।",
    ),
    F(
        T,
        "The Lord Provost of Edinburgh welcomed the visitors.",
        "एडिनबर्ग के स्वामी प्रोवोस्ट ने आगंतुकों का स्वागत किया।",
        [("स्वामी प्रोवोस्ट", "Lord Provost")],
        "एडिनबर्ग के लॉर्ड प्रोवोस्ट ने आगंतुकों का स्वागत किया।",
    ),
    F(
        T,
        "The Red Arrows flew over the city.",
        "लाल तीरों ने शहर के ऊपर उड़ान भरी।",
        [("लाल तीरों", "Red Arrows")],
        "रेड एरोज़ ने शहर के ऊपर उड़ान भरी।",
    ),
    F(
        T,
        "The Chief Constable of Kent apologised to the family.",
        "केंट के मुख्य सिपाही ने परिवार से माफी मांगी।",
        [("मुख्य सिपाही", "Chief Constable")],
        "केंट पुलिस के प्रमुख ने परिवार से माफी मांगी।",
    ),
    F(
        T,
        "Greenpeace activists boarded the oil tanker.",
        "हरी शांति के कार्यकर्ता तेल टैंकर पर चढ़ गए।",
        [("हरी शांति", "Greenpeace")],
        "ग्रीनपीस के कार्यकर्ता तेल टैंकर पर चढ़ गए।",
    ),
    F(
        T,
        "Factories in the Black Country have closed.",
        "काले देश के कारखाने बंद हो गए हैं।",
        [("काले देश", "the Black Country")],
        "ब्लैक कंट्री के कारखाने बंद हो गए हैं।",
    ),
    F(
        T,
        "Snow blanketed the Windy City on Monday.",
        "सोमवार को हवादार शहर पर बर्फ की चादर बिछ गई।",
        [("हवादार शहर", "the Windy City (Chicago)")],
        "सोमवार को शिकागो पर बर्फ की चादर बिछ गई।",
    ),
    F(
        T,
        "Wildfires are spreading across the Golden State.",
        "सुनहरे राज्य में जंगल की आग फैल रही है।",
        [("सुनहरे राज्य", "the Golden State (California)")],
        "कैलिफ़ोर्निया में जंगल की आग फैल रही है।",
    ),
    F(
        T,
        "Bankers in the Square Mile expect a rate cut.",
        "वर्ग मील के बैंकरों को ब्याज दर में कटौती की उम्मीद है।",
        [("वर्ग मील", "the Square Mile (City of London)")],
        "लंदन के वित्तीय केंद्र के बैंकरों को ब्याज दर में कटौती की उम्मीद है।",
    ),
    F(
        T,
        "The Bar Council of India suspended the lawyer.",
        "भारत की छड़ परिषद ने वकील को निलंबित कर दिया।",
        [("छड़ परिषद", "Bar Council")],
        "बार काउंसिल ऑफ इंडिया ने वकील को निलंबित कर दिया।",
    ),
    F(
        T,
        "The Fourth Estate must hold power to account.",
        "चौथी संपत्ति को सत्ता से जवाब मांगना चाहिए।",
        [("चौथी संपत्ति", "the Fourth Estate")],
        "चौथे स्तंभ को सत्ता से जवाब मांगना चाहिए।",
    ),
    F(
        T,
        "The Inspector General of Police ordered an inquiry.",
        "पुलिस के निरीक्षक सामान्य ने जांच के आदेश दिए।",
        [("निरीक्षक सामान्य", "Inspector General")],
        "पुलिस महानिरीक्षक ने जांच के आदेश दिए।",
    ),
    F(
        T,
        "Oil output rose in the Lone Star State.",
        "अकेले तारे वाले राज्य में तेल उत्पादन बढ़ा।",
        [("अकेले तारे वाले राज्य", "the Lone Star State (Texas)")],
        "टेक्सास में तेल उत्पादन बढ़ा।",
    ),
    F(
        T,
        "The Old Vic will stage a new play this winter.",
        "पुराना विक इस सर्दी में एक नया नाटक मंचित करेगा।",
        [("पुराना विक", "Old Vic")],
        "ओल्ड विक इस सर्दी में एक नया नाटक मंचित करेगा।",
    ),
    F(
        T,
        "Lawyers at the Inner Temple protested against the cuts.",
        "आंतरिक मंदिर के वकीलों ने कटौती का विरोध किया।",
        [("आंतरिक मंदिर", "Inner Temple")],
        "इनर टेंपल के वकीलों ने कटौती का विरोध किया।",
    ),
    F(
        T,
        "The Emerald Isle welcomed a record number of tourists.",
        "पन्ना द्वीप ने रिकॉर्ड संख्या में पर्यटकों का स्वागत किया।",
        [("पन्ना द्वीप", "the Emerald Isle (Ireland)")],
        "आयरलैंड ने रिकॉर्ड संख्या में पर्यटकों का स्वागत किया।",
    ),
    F(
        T,
        "The Royal Society awarded her a medal.",
        "शाही समाज ने उन्हें एक पदक दिया।",
        [("शाही समाज", "Royal Society")],
        "रॉयल सोसाइटी ने उन्हें एक पदक दिया।",
    ),
    F(
        T,
        "Air Force One landed in Tokyo.",
        "वायु सेना एक टोक्यो में उतरा।",
        [("वायु सेना एक", "Air Force One")],
        "एयर फ़ोर्स वन टोक्यो में उतरा।",
    ),
    F(
        T,
        "The Poet Laureate wrote a poem for the coronation.",
        "कवि विजेता ने राज्याभिषेक के लिए एक कविता लिखी।",
        [("कवि विजेता", "Poet Laureate")],
        "राजकवि ने राज्याभिषेक के लिए एक कविता लिखी।",
    ),
    F(
        T,
        "The Home Counties voted heavily for the party.",
        "घरेलू काउंटियों ने पार्टी के पक्ष में भारी मतदान किया।",
        [("घरेलू काउंटियों", "Home Counties")],
        "लंदन के आसपास की काउंटियों ने पार्टी के पक्ष में भारी मतदान किया।",
    ),
    F(
        T,
        "The Grand National will be run on Saturday.",
        "भव्य राष्ट्रीय शनिवार को दौड़ाया जाएगा।",
        [("भव्य राष्ट्रीय", "Grand National")],
        "ग्रैंड नेशनल घुड़दौड़ शनिवार को होगी।",
    ),
    F(
        T,
        "Voters in the Garden State go to the polls today.",
        "बगीचा राज्य के मतदाता आज मतदान करेंगे।",
        [("बगीचा राज्य", "the Garden State (New Jersey)")],
        "न्यू जर्सी के मतदाता आज मतदान करेंगे।",
    ),
    F(
        T,
        "Soldiers of the Black Watch paraded through the town.",
        "काली घड़ी के सैनिकों ने शहर में परेड की।",
        [("काली घड़ी", "Black Watch")],
        "ब्लैक वॉच रेजिमेंट के सैनिकों ने शहर में परेड की।",
    ),
    F(
        T,
        "Floods have hit the Lake District.",
        "बाढ़ ने झील ज़िले को प्रभावित किया है।",
        [("झील ज़िले", "the Lake District")],
        "बाढ़ ने लेक डिस्ट्रिक्ट को प्रभावित किया है।",
    ),
    F(
        T,
        "The White Helmets rescued the children.",
        "सफेद हेलमेटों ने बच्चों को बचाया।",
        [("सफेद हेलमेटों", "White Helmets")],
        "व्हाइट हेलमेट्स ने बच्चों को बचाया।",
    ),
    F(
        T,
        "The Iron Dome intercepted most of the rockets.",
        "लोहे के गुंबद ने अधिकतर रॉकेटों को रोक दिया।",
        [("लोहे के गुंबद", "Iron Dome")],
        "आयरन डोम ने अधिकतर रॉकेटों को रोक दिया।",
    ),
]

TITLE_LOOKALIKES = [
    C(L, "The Supreme Court adjourned the hearing.", "सर्वोच्च न्यायालय ने सुनवाई स्थगित कर दी।"),
    C(L, "The Election Commission announced the dates.", "चुनाव आयोग ने तारीखों की घोषणा की।"),
    C(L, "Tourists queued outside the Red Fort.", "पर्यटक लाल किले के बाहर कतार में खड़े थे।"),
    C(L, "Pilgrims visited the Golden Temple in Amritsar.", "श्रद्धालुओं ने अमृतसर में स्वर्ण मंदिर के दर्शन किए।"),
    C(L, "The UN Security Council will vote on Friday.", "संयुक्त राष्ट्र सुरक्षा परिषद शुक्रवार को मतदान करेगी।"),
    C(L, "Ships are stuck in the Black Sea.", "काला सागर में जहाज़ फंसे हुए हैं।"),
    C(L, "Life in the valley returned to normal.", "घाटी में जनजीवन सामान्य हो गया।"),
    C(
        L,
        "He is the principal secretary of the General Administration Department.",
        "वह सामान्य प्रशासन विभाग के प्रमुख सचिव हैं।",
    ),
    C(L, "The Director General of Police visited the station.", "पुलिस महानिदेशक ने थाने का दौरा किया।"),
    C(L, "The Comptroller and Auditor General tabled the report.", "नियंत्रक एवं महालेखा परीक्षक ने रिपोर्ट पेश की।"),
    C(L, "Major General Singh took charge of the division.", "मेजर जनरल सिंह ने डिवीजन की कमान संभाली।"),
    C(L, "The Statue of Liberty was closed for repairs.", "स्वतंत्रता की प्रतिमा को मरम्मत के लिए बंद किया गया।"),
    C(
        L,
        "The Great Wall of China attracts millions of visitors.",
        "चीन की महान दीवार लाखों पर्यटकों को आकर्षित करती है।",
    ),
    C(L, "The Leader of the Opposition walked out of the House.", "विपक्ष के नेता ने सदन से बहिर्गमन किया।"),
    C(L, "The room was airy and bright.", "कमरा हवादार और रोशन था।"),
    C(L, "People sat peacefully on the green grass.", "लोग हरी घास पर शांति से बैठे थे।"),
    C(L, "His watch stopped at midnight.", "उसकी घड़ी आधी रात को रुक गई।"),
    C(L, "The window has iron bars.", "खिड़की में लोहे की छड़ें लगी हैं।"),
    C(L, "The ring had an emerald set in gold.", "अंगूठी में सोने में जड़ा पन्ना था।"),
    C(L, "The constable registered the complaint.", "सिपाही ने शिकायत दर्ज की।"),
    C(L, "The old temple was repaired.", "पुराने मंदिर की मरम्मत की गई।"),
    C(L, "The royal family attended the wedding.", "शाही परिवार शादी में शामिल हुआ।"),
    C(L, "A grand ceremony marked the national day.", "राष्ट्रीय दिवस पर भव्य समारोह हुआ।"),
    C(L, "The army chief met the defence minister.", "सेना प्रमुख ने रक्षा मंत्री से मुलाकात की।"),
    C(L, "Staff of the company were not paid.", "कंपनी के कर्मचारियों को वेतन नहीं मिला।"),
    C(L, "The Chief Minister of Bihar inaugurated the bridge.", "बिहार के मुख्यमंत्री ने पुल का उद्घाटन किया।"),
    C(L, "The Foreign Secretary met his Nepali counterpart.", "विदेश सचिव ने अपने नेपाली समकक्ष से मुलाकात की।"),
    C(L, "The Indian Air Force showed its new jets.", "भारतीय वायु सेना ने अपने नए विमान दिखाए।"),
    C(L, "The horn of the bull was broken.", "बैल का सींग टूट गया था।"),
    C(L, "The Justice Department opened an inquiry.", "न्याय विभाग ने जांच शुरू की।"),
    C(L, "Gandhi attended the Round Table Conference in London.", "गांधी लंदन में गोलमेज सम्मेलन में शामिल हुए।"),
    C(L, "The Leader of the House moved the motion.", "सदन के नेता ने प्रस्ताव पेश किया।"),
    C(L, "Pilgrims from Kerala reached the Holy Land.", "केरल के तीर्थयात्री पवित्र भूमि पहुंचे।"),
    C(L, "The High Court of Australia upheld the law.", "ऑस्ट्रेलिया के उच्च न्यायालय ने कानून को बरकरार रखा।"),
    C(L, "The general public will not be allowed in.", "आम जनता को अंदर जाने की अनुमति नहीं होगी।"),
    C(L, "The situation at the border is normal, the general said.", "जनरल ने कहा कि सीमा पर स्थिति सामान्य है।"),
]
