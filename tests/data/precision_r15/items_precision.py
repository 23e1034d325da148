"""Round-15 precision check (precision_r15, own set): hand-written 2026-11-29 05:00-05:20 UTC BEFORE any
round-15 precision change and never edited to fit; report numbers on it, do not tune on it. The writer
had read the rules and the list of round 14's clean flags, so this is an own set, not a blind one.
The distinctive words were checked absent from all dev lines (/tmp/r15/dev_all.jsonl, dev_src.jsonl)
when written.

Clean look-alikes (`l-`), NEW members of the false-positive families of round 14 (issue 13, 14: at
most 1 in 30 clean look-alikes flagged):
- translit: Urdu/Persian words of Hindi news that sound like English words (मिसाल, शोहरत, फ़ुर्सत,
  फ़रमान, कमाल); English loans Hindi news writes for a trade or a field (सर्वेयर, एंटीबॉडी, वेरिएंट,
  इनवॉइस, स्पेल); brands and titles (रेड लेबल, ब्लैक डॉग, डेयरी मिल्क); cities that are English
  words (नीस, फ़्लिंट, ब्रोकन हिल, कॉर्क, मूस जॉ); team words (सिक्सर्स, रेनेगेड्स, रेवन्स); English
  set phrases (मेड इन इंडिया, वॉक-इन इंटरव्यू).
- idiom: literal scenes made of an English idiom's words (चिड़िया ने कीड़ा पकड़ा, गेंद को लुढ़काया,
  धूप में घास सुखाई, ताश के पत्ते मेज़ पर).
- name: वन before a plural oblique noun (वन कर्मियों, वन प्रहरियों); foreign names with a part that
  is a Hindi word (अमीर ओहाना, दान मेरिडोर, थॉमस मान, रोआल्ड डाल, कान अयहान,
  हैदर अल-अबादी); occupation compounds
  with a hyphen (मिल-मालिकों, नील-व्यापारी); Japanese given names in -ko (मसाको, नोरिको, रेइको).
- title: Thai names, and team pairs before दोनों and a weekday.
- repetition: distributive reduplication (अपनी-अपनी, अपने-अपने, एक-एक, बारी-बारी).

Flawed rows (`f-`, ≥ 20) of the same surface shapes, each with its correct translation (`c-`):
English words left in Devanagari where Hindi has a common word, idioms rendered literally, name
words translated, hyphenated name syllables translated.

    python tests/data/precision_r15/build.py
    audit check tests/data/precision_r15/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o P15H.jsonl
    python tests/data/precision_r15/score.py P15H.jsonl --hindi-only [--show]
    audit check tests/data/precision_r15/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o P15S.jsonl
    python tests/data/precision_r15/score.py P15S.jsonl [--show]
Licence: Apache-2.0 (part of hindi-mt-audit).
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

T = "translit"
I = "idiom-literal"  # noqa: E741
N = "name-calque"
TI = "title-calque"
R = "repetition"

TRANSLIT = [
    F(
        T,
        "The merchant sold silk in the old market.",
        "मर्चेंट ने पुराने बाज़ार में रेशम बेचा।",
        [("मर्चेंट", "merchant")],
        "व्यापारी ने पुराने बाज़ार में रेशम बेचा।",
    ),
    F(
        T,
        "The prisoner escaped from the jail at night.",
        "प्रिज़नर रात में जेल से भाग गया।",
        [("प्रिज़नर", "prisoner")],
        "क़ैदी रात में जेल से भाग गया।",
    ),
    F(
        T,
        "Our neighbour complained about the noise.",
        "हमारे नेबर ने शोर की शिकायत की।",
        [("नेबर", "neighbour")],
        "हमारे पड़ोसी ने शोर की शिकायत की।",
    ),
    F(
        T,
        "The fisherman cast his net at dawn.",
        "फ़िशरमैन ने भोर में जाल डाला।",
        [("फ़िशरमैन", "fisherman")],
        "मछुआरे ने भोर में जाल डाला।",
    ),
    F(
        T,
        "A butterfly sat on the flower.",
        "फूल पर एक बटरफ़्लाई बैठी।",
        [("बटरफ़्लाई", "butterfly")],
        "फूल पर एक तितली बैठी।",
    ),
    F(
        T,
        "The carpenter repaired the door.",
        "कार्पेंटर ने दरवाज़ा ठीक किया।",
        [("कार्पेंटर", "carpenter")],
        "बढ़ई ने दरवाज़ा ठीक किया।",
    ),
    F(
        T,
        "The sailors dropped the anchor.",
        "सेलर्स ने जहाज़ का लंगर डाला।",
        [("सेलर्स", "sailors")],
        "नाविकों ने जहाज़ का लंगर डाला।",
    ),
    F(
        T,
        "The old graveyard of the village was cleaned.",
        "गाँव के पुराने ग्रेवयार्ड की सफ़ाई हुई।",
        [("ग्रेवयार्ड", "graveyard")],
        "गाँव के पुराने क़ब्रिस्तान की सफ़ाई हुई।",
    ),
]

IDIOMS = [
    F(
        I,
        "The coach told the team that the early bird catches the worm.",
        "कोच ने टीम से कहा कि जल्दी आने वाली चिड़िया ही कीड़ा पकड़ती है।",
        [("चिड़िया ही कीड़ा पकड़ती", "the early bird catches the worm")],
        "कोच ने टीम से कहा कि जो जल्दी शुरू करता है वही आगे रहता है।",
    ),
    F(
        I,
        "After the long shift he hit the sack.",
        "लंबी पाली के बाद उसने बोरी पर मारा।",
        [("बोरी पर मारा", "hit the sack")],
        "लंबी पाली के बाद वह सोने चला गया।",
    ),
    F(
        I,
        "The minister got the ball rolling on the reform.",
        "मंत्री ने सुधार पर गेंद को लुढ़काया।",
        [("गेंद को लुढ़काया", "got the ball rolling")],
        "मंत्री ने सुधार की शुरुआत की।",
    ),
    F(
        I,
        "Investors made hay while the sun shone.",
        "निवेशकों ने धूप रहते घास सुखा ली।",
        [("धूप रहते घास सुखा ली", "made hay while the sun shone")],
        "निवेशकों ने मौक़े का पूरा फ़ायदा उठाया।",
    ),
    F(
        I,
        "The negotiator put his cards on the table.",
        "वार्ताकार ने अपने पत्ते मेज़ पर रख दिए।",
        [("पत्ते मेज़ पर रख दिए", "put his cards on the table")],
        "वार्ताकार ने अपनी बात साफ़-साफ़ सामने रख दी।",
    ),
]

NAMES = [
    F(
        N,
        "Coach Dan Fox picked the team.",
        "कोच डैन लोमड़ी ने टीम चुनी।",
        [("लोमड़ी", "Fox")],
        "कोच डैन फ़ॉक्स ने टीम चुनी।",
    ),
    F(
        N,
        "Bowler Olly Stone took three wickets.",
        "गेंदबाज़ ओली पत्थर ने तीन विकेट लिए।",
        [("पत्थर", "Stone")],
        "गेंदबाज़ ओली स्टोन ने तीन विकेट लिए।",
    ),
    F(
        N,
        "Boxer Tyson Fury won the bout in the sixth round.",
        "मुक्केबाज़ टायसन रोष ने छठे दौर में मुक़ाबला जीता।",
        [("रोष", "Fury")],
        "मुक्केबाज़ टायसन फ़्यूरी ने छठे दौर में मुक़ाबला जीता।",
    ),
    F(
        N,
        "Singer Jess Street released a new album.",
        "गायिका जेस गली ने नया एल्बम जारी किया।",
        [("गली", "Street")],
        "गायिका जेस स्ट्रीट ने नया एल्बम जारी किया।",
    ),
    F(
        N,
        "Former premier Kim Jong-pil died at 92.",
        "पूर्व प्रधानमंत्री किम जोंग-गोली का 92 वर्ष की आयु में निधन हो गया।",
        [("गोली", "pil")],
        "पूर्व प्रधानमंत्री किम जोंग-पिल का 92 वर्ष की आयु में निधन हो गया।",
    ),
    F(
        N,
        "Swimmer Hwang Sun-woo won gold.",
        "तैराक ह्वांग सूर्य-वू ने स्वर्ण जीता।",
        [("सूर्य", "Sun")],
        "तैराक ह्वांग सन-वू ने स्वर्ण जीता।",
    ),
    F(
        N,
        "Prime minister Chung Won-shik resigned.",
        "प्रधानमंत्री चुंग जीता-शिक ने इस्तीफ़ा दे दिया।",
        [("जीता", "Won")],
        "प्रधानमंत्री चुंग वॉन-शिक ने इस्तीफ़ा दे दिया।",
    ),
]

REPETITIONS: list = []
TITLES: list = []
SENSES: list = []
OMISSIONS: list = []

TRANSLIT_LOOKALIKES = [
    # Urdu/Persian words of Hindi news that sound like English words
    C(T, "His honesty is an example for everyone.", "उनकी ईमानदारी सबके लिए एक मिसाल है।"),
    C(T, "The actor found fame late.", "अभिनेता को देर से शोहरत मिली।"),
    C(T, "The doctor had no free time even on Sunday.", "डॉक्टर को रविवार को भी फ़ुर्सत नहीं मिली।"),
    C(T, "The king issued a new decree.", "राजा ने एक नया फ़रमान जारी किया।"),
    C(T, "The young bowler did wonders in the final.", "युवा गेंदबाज़ ने फ़ाइनल में कमाल कर दिया।"),
    C(T, "The work went on as before.", "काम बदस्तूर जारी रहा।"),
    C(T, "I will never accept this.", "मैं यह हरगिज़ मंज़ूर नहीं करूँगा।"),
    C(T, "The police stayed alert all night.", "पुलिस रात भर मुस्तैद रही।"),
    C(T, "He was formally appointed on Monday.", "उन्हें सोमवार को बाक़ायदा नियुक्त किया गया।"),
    C(T, "Grandfather exercises every morning.", "दादाजी हर सुबह कसरत करते हैं।"),
    # English loans Hindi news writes for a trade or a field
    C(T, "The surveyor measured the plot.", "सर्वेयर ने प्लॉट की नाप-जोख की।"),
    C(T, "The test found antibodies in the blood.", "जाँच में ख़ून में एंटीबॉडी मिलीं।"),
    C(T, "The new variant spreads faster.", "नया वेरिएंट तेज़ी से फैलता है।"),
    C(T, "The shopkeeper emailed the invoice.", "दुकानदार ने ईमेल से इनवॉइस भेजा।"),
    C(T, "The passengers got a full refund.", "यात्रियों को पूरा रिफ़ंड मिला।"),
    C(T, "The fast bowler bowled a fine spell.", "तेज़ गेंदबाज़ ने शानदार स्पेल डाला।"),
    C(T, "Hackers stole the bank's data.", "हैकरों ने बैंक का डेटा चुरा लिया।"),
    C(T, "Paramedics reached the spot within minutes.", "पैरामेडिक कुछ ही मिनटों में मौके पर पहुँचे।"),
    C(T, "The trainee pilot landed the plane safely.", "ट्रेनी पायलट ने विमान सुरक्षित उतारा।"),
    C(T, "The sprinter won gold in Nairobi.", "स्प्रिंटर ने नैरोबी में सोना जीता।"),
    # brands and titles
    C(T, "Red Label tea became costlier.", "रेड लेबल चाय महंगी हो गई।"),
    C(T, "The new Surf Excel advert is being talked about.", "सर्फ़ एक्सेल का नया विज्ञापन चर्चा में है।"),
    C(T, "Sales of Black Dog whisky rose.", "ब्लैक डॉग व्हिस्की की बिक्री बढ़ी।"),
    C(T, "Gold Flake cigarettes became costlier.", "गोल्ड फ़्लेक सिगरेट महंगी हो गई।"),
    C(T, "Dairy Milk is a popular chocolate.", "डेयरी मिल्क एक लोकप्रिय चॉकलेट है।"),
    C(T, "Good Day biscuit packets got smaller.", "गुड डे बिस्कुट के पैकेट छोटे हो गए।"),
    C(T, "The Daily Star printed the story first.", "डेली स्टार ने यह ख़बर सबसे पहले छापी।"),
    C(T, "Wild Stone signed a cricketer for its ads.", "वाइल्ड स्टोन ने अपने विज्ञापनों के लिए एक क्रिकेटर को चुना।"),
    C(T, "Little Hearts biscuits are sold in small packs.", "लिटिल हार्ट्स बिस्कुट छोटे पैकेटों में बिकते हैं।"),
    # cities that are English words
    C(T, "The summit was held in Nice.", "शिखर सम्मेलन नीस में हुआ।"),
    C(T, "The people of Flint drank polluted water for years.", "फ़्लिंट के लोग बरसों दूषित पानी पीते रहे।"),
    C(T, "The mines of Broken Hill closed.", "ब्रोकन हिल की खदानें बंद हो गईं।"),
    C(T, "The ferry left for Cork.", "फ़ेरी कॉर्क के लिए रवाना हुई।"),
    C(T, "The tourists went from Alice Springs to Uluru.", "पर्यटक एलिस स्प्रिंग्स से उलुरु गए।"),
    C(T, "The conference took place in Moose Jaw.", "सम्मेलन मूस जॉ में हुआ।"),
    C(T, "The train reached Tours at noon.", "ट्रेन दोपहर को टूर्स पहुँची।"),
    # team words
    C(T, "Sydney Sixers won the match at home.", "सिडनी सिक्सर्स ने घरेलू मैदान पर मैच जीता।"),
    C(T, "Melbourne Renegades won the final.", "मेलबर्न रेनेगेड्स ने फ़ाइनल जीता।"),
    C(T, "Baltimore Ravens signed a defender.", "बाल्टीमोर रेवन्स ने एक डिफ़ेंडर से करार किया।"),
    C(T, "Hobart Hurricanes lost by ten runs.", "होबार्ट हरिकेन्स दस रन से हार गई।"),
    C(T, "New Orleans Saints beat Atlanta.", "न्यू ऑरलियन्स सेंट्स ने अटलांटा को हराया।"),
    C(T, "Leicester Tigers sacked their coach.", "लेस्टर टाइगर्स ने अपने कोच को हटा दिया।"),
    C(T, "Adelaide Strikers chased the target easily.", "एडिलेड स्ट्राइकर्स ने आसानी से लक्ष्य हासिल किया।"),
    # English set phrases
    C(T, "The phones carry a Made in India label.", "इन फ़ोनों पर मेड इन इंडिया का लेबल है।"),
    C(T, "The company held a walk-in interview on Monday.", "कंपनी ने सोमवार को वॉक-इन इंटरव्यू रखा।"),
    C(T, "The shop offers buy one get one free.", "दुकान पर बाय वन गेट वन ऑफ़र चल रहा है।"),
    C(T, "His take-home salary rose this year.", "इस साल उनकी टेक होम सैलरी बढ़ी।"),
]

IDIOM_LOOKALIKES = [
    C(I, "The bird caught a worm in the wet soil.", "चिड़िया ने गीली मिट्टी से एक कीड़ा पकड़ा।"),
    C(I, "The porter rested on a sack of grain.", "कुली अनाज की बोरी पर बैठकर सुस्ताने लगा।"),
    C(I, "The child rolled the ball down the slope.", "बच्चे ने ढलान पर गेंद को लुढ़काया।"),
    C(I, "The farmers dried the grass in the sun.", "किसानों ने धूप में घास सुखाई।"),
    C(I, "The players laid their cards on the table.", "खिलाड़ियों ने ताश के पत्ते मेज़ पर रख दिए।"),
    C(I, "The student kept oil burning in the lamp till midnight.", "छात्र आधी रात तक दीये में तेल जलाता रहा।"),
    C(I, "The waves rocked the boat.", "लहरों ने नाव को हिला दिया।"),
    C(I, "The priest poured ghee into the sacred fire.", "पुजारी ने हवन की आग में घी डाला।"),
    C(I, "The skater slipped and broke a leg.", "फिसलने से स्केटर की टांग टूट गई।"),
    C(I, "The groom held the horses by the reins.", "साईस ने घोड़ों की लगाम थामे रखी।"),
    C(I, "The angler opened a can of worms for bait.", "मछुआरे ने चारे के लिए केंचुओं का डिब्बा खोला।"),
    C(I, "The old man spilled milk on the floor.", "बूढ़े आदमी से फ़र्श पर दूध गिर गया।"),
    C(I, "In the evening the farmer counted his chickens.", "शाम को किसान ने अपनी मुर्गियाँ गिनीं।"),
    C(
        I,
        "Grandmother fed the baby rice pudding with a silver spoon.",
        "दादी ने चाँदी के चम्मच से बच्चे को खीर खिलाई।",
    ),
    C(I, "Vultures were tearing at a dead horse.", "गिद्ध मरे हुए घोड़े को नोच रहे थे।"),
    C(I, "Mother put neem leaves in the baby's bathwater.", "माँ ने बच्चे के नहाने के पानी में नीम की पत्तियाँ डालीं।"),
    C(I, "The fall hurt one of his arms and one leg.", "गिरने से उसके एक हाथ और एक पैर में चोट आई।"),
    C(I, "Nobody woke the dogs sleeping in the lane.", "गली में सोते कुत्तों को किसी ने नहीं जगाया।"),
]

NAME_LOOKALIKES = [
    # वन before a plural oblique noun
    C(N, "The forest workers planted saplings along the road.", "वन कर्मियों ने सड़क के किनारे पौधे लगाए।"),
    C(N, "Forest guards caught the poachers.", "वन प्रहरियों ने शिकारियों को पकड़ा।"),
    C(
        N,
        "The Van Gujjars moved to the hills with their buffaloes.",
        "वन गुर्जरों ने अपनी भैंसों के साथ पहाड़ों का रुख़ किया।",
    ),
    # foreign names with a part that is a Hindi word
    C(N, "Knesset speaker Amir Ohana opened the session.", "नेसेट के अध्यक्ष अमीर ओहाना ने सत्र की शुरुआत की।"),
    C(N, "Israeli politician Dan Meridor gave a speech.", "इज़राइली नेता दान मेरिडोर ने भाषण दिया।"),
    C(N, "Israeli windsurfer Gal Fridman won Olympic gold.", "इज़राइली विंडसर्फ़र गाल फ़्रिडमैन ने ओलंपिक स्वर्ण जीता।"),
    C(N, "The writer Thomas Mann won the Nobel prize.", "लेखक थॉमस मान को नोबेल पुरस्कार मिला।"),
    C(N, "Children love Roald Dahl's stories.", "बच्चों को रोआल्ड डाल की कहानियाँ पसंद हैं।"),
    C(N, "Hungarian president Pál Schmitt resigned.", "हंगरी के राष्ट्रपति पाल श्मिट ने इस्तीफ़ा दिया।"),
    C(N, "Turkish defender Kaan Ayhan scored a goal.", "तुर्की के डिफ़ेंडर कान अयहान ने एक गोल किया।"),
    C(N, "Former Japanese prime minister Naoto Kan spoke.", "जापान के पूर्व प्रधानमंत्री नाओतो कान ने भाषण दिया।"),
    C(N, "Egyptian candidate Ahmed Shafik lost the election.", "मिस्र के उम्मीदवार अहमद शफ़ीक़ चुनाव हार गए।"),
    C(
        N,
        "Pakistani minister Shireen Mazari criticised the decision.",
        "पाकिस्तानी मंत्री शीरीं मज़ारी ने फ़ैसले की आलोचना की।",
    ),
    C(N, "Israeli minister Omer Bar-Lev visited the border.", "इज़राइली मंत्री ओमर बार-लेव ने सीमा का दौरा किया।"),
    C(
        N,
        "Iraqi prime minister Haider al-Abadi visited Mosul.",
        "इराक़ के प्रधानमंत्री हैदर अल-अबादी ने मोसुल का दौरा किया।",
    ),
    C(N, "Nouri al-Maliki met the ambassador.", "नूरी अल-मालिकी ने राजदूत से मुलाक़ात की।"),
    # occupation compounds with a hyphen
    C(N, "The mill owners raised wages.", "मिल-मालिकों ने मज़दूरी बढ़ाई।"),
    C(N, "An English indigo trader bought the land.", "एक अंग्रेज़ नील-व्यापारी ने ज़मीन ख़रीदी।"),
    C(
        N,
        "Italian shoemaker Salvatore Ferragamo opened a shop in Florence.",
        "इतालवी जूता-निर्माता साल्वातोरे फ़ेरागामो ने फ़्लोरेंस में दुकान खोली।",
    ),
    C(N, "Greek olive growers protested in Athens.", "यूनानी जैतून-उत्पादकों ने एथेंस में प्रदर्शन किया।"),
    C(N, "A Dutch mine owner sold his shares.", "एक डच खदान-मालिक ने अपने शेयर बेच दिए।"),
    # Japanese given names in -ko
    C(N, "Masako smiled at the crowd.", "मसाको ने भीड़ की ओर मुस्कुराकर देखा।"),
    C(N, "Noriko played the piano at the concert.", "नोरिको ने संगीत समारोह में पियानो बजाया।"),
    C(N, "Tomoko will return to Tokyo next month.", "तोमोको अगले महीने टोक्यो लौटेंगी।"),
    C(N, "Sachiko made tea for the guests.", "साचिको ने मेहमानों के लिए चाय बनाई।"),
    C(N, "Reiko won the race in the rain.", "रेइको ने बारिश में दौड़ जीती।"),
    C(N, "Kumiko wrote her first novel at twenty.", "कुमिको ने बीस साल की उम्र में अपना पहला उपन्यास लिखा।"),
]

TITLE_LOOKALIKES = [
    C(TI, "Thai boxer Buakaw Banchamek won the bout.", "थाई मुक्केबाज़ बुआकाओ बंचामेक ने मुक़ाबला जीता।"),
    C(
        TI,
        "Thai prime minister Prayut Chan-o-cha met the king.",
        "थाई प्रधानमंत्री प्रयुत चान-ओ-चा ने राजा से मुलाक़ात की।",
    ),
    C(TI, "Thai boxer Samart Payakaroon retired.", "थाई मुक्केबाज़ सामार्त पायाकारून ने संन्यास ले लिया।"),
    C(
        TI,
        "Seattle Sounders and Portland Timbers both won on Friday.",
        "सिएटल साउंडर्स और पोर्टलैंड टिम्बर्स दोनों शुक्रवार को जीते।",
    ),
    C(
        TI,
        "Baltimore Orioles and Cleveland Guardians both lost on Monday.",
        "बाल्टीमोर ओरियोल्स और क्लीवलैंड गार्डियंस दोनों सोमवार को हारे।",
    ),
]

REPETITION_LOOKALIKES = [
    C(R, "Everyone took their own chair.", "सभी ने अपनी-अपनी कुर्सी संभाली।"),
    C(R, "Both teams changed their players.", "दोनों टीमों ने अपने-अपने खिलाड़ी बदले।"),
    C(R, "The children took one sweet each.", "बच्चों ने एक-एक लड्डू लिया।"),
    C(R, "Everyone sang in turn.", "सबने बारी-बारी से गाना गाया।"),
    C(R, "The guests washed their own plates.", "मेहमानों ने अपनी-अपनी थाली धोई।"),
    C(R, "Everyone took off their shoes.", "सबने अपने-अपने जूते उतारे।"),
]

SENSE_LOOKALIKES: list = []
STORY: list = []
