"""Round-18 titles-with-source held-out items (hand-written 2026-11-29 13:30 UTC BEFORE any round-18 work
on the title rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): capitalised names whose words were translated into
Hindi dictionary words -- team nicknames (a city + a team noun, club nicknames), venues abroad, brands
and apps, named days and festivals abroad, bands. Each has its correct translation (`c-`, the name
transliterated). Clean look-alikes (`l-`): names of the same kinds transliterated, names Hindi news does
translate -- courts, ministries, public bodies, international organisations, countries and seas, Indian
landmarks, national days and festivals, epithets -- and the flawed rows' Hindi words in their plain sense.
None of the English names was in the dev lines (/tmp/r18/dev_all.jsonl, dev_src.jsonl) or tests/data
when written (checked by grep).

    python tests/data/titles_r18/build.py
    audit check tests/data/titles_r18/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o T.jsonl
    python tests/data/titles_r18/score.py T.jsonl [--show]
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
    # team nicknames: a city + a team noun
    F(
        T,
        "The Sydney Roosters won the grand final.",
        "सिडनी मुर्गों ने ग्रैंड फ़ाइनल जीता।",
        [("मुर्गों", "Roosters")],
        "सिडनी रूस्टर्स ने ग्रैंड फ़ाइनल जीता।",
    ),
    F(
        T,
        "Parramatta Eels signed a Fijian winger.",
        "पैरामाटा बाम मछलियों ने एक फ़िजी विंगर से करार किया।",
        [("बाम मछलियों", "Eels")],
        "पैरामाटा ईल्स ने एक फ़िजी विंगर से करार किया।",
    ),
    F(
        T,
        "The Philadelphia Flyers beat Ottawa 4-1.",
        "फ़िलाडेल्फ़िया उड़ाकों ने ओटावा को 4-1 से हराया।",
        [("उड़ाकों", "Flyers")],
        "फ़िलाडेल्फ़िया फ़्लायर्स ने ओटावा को 4-1 से हराया।",
    ),
    F(
        T,
        "The New Jersey Devils traded their captain.",
        "न्यू जर्सी शैतानों ने अपने कप्तान को ट्रेड कर दिया।",
        [("शैतानों", "Devils")],
        "न्यू जर्सी डेविल्स ने अपने कप्तान को ट्रेड कर दिया।",
    ),
    F(
        T,
        "The Detroit Lions reached the playoffs.",
        "डेट्रॉइट शेरों ने प्लेऑफ़ में जगह बनाई।",
        [("शेरों", "Lions")],
        "डेट्रॉइट लायंस ने प्लेऑफ़ में जगह बनाई।",
    ),
    F(
        T,
        "The Chicago Bears drafted a quarterback.",
        "शिकागो भालुओं ने एक क्वार्टरबैक को ड्राफ़्ट किया।",
        [("भालुओं", "Bears")],
        "शिकागो बेयर्स ने एक क्वार्टरबैक को ड्राफ़्ट किया।",
    ),
    F(
        T,
        "Manly Sea Eagles beat Penrith on Friday.",
        "मैनली समुद्री गरुड़ों ने शुक्रवार को पेनरिथ को हराया।",
        [("समुद्री गरुड़ों", "Sea Eagles")],
        "मैनली सी ईगल्स ने शुक्रवार को पेनरिथ को हराया।",
    ),
    F(
        T,
        "London Spirit beat Welsh Fire by five wickets.",
        "लंदन आत्मा ने वेल्श फ़ायर को पाँच विकेट से हराया।",
        [("आत्मा", "Spirit")],
        "लंदन स्पिरिट ने वेल्श फ़ायर को पाँच विकेट से हराया।",
    ),
    F(
        T,
        "Warrington Wolves beat Wigan in the derby.",
        "वॉरिंगटन भेड़ियों ने डर्बी में विगन को हराया।",
        [("भेड़ियों", "Wolves")],
        "वॉरिंगटन वुल्व्स ने डर्बी में विगन को हराया।",
    ),
    F(
        T,
        "Sharjah Warriorz beat Dubai Capitals.",
        "शारजाह योद्धाओं ने दुबई कैपिटल्स को हराया।",
        [("योद्धाओं", "Warriorz")],
        "शारजाह वॉरियर्ज़ ने दुबई कैपिटल्स को हराया।",
    ),
    F(
        T,
        "Galle Marvels reached the final.",
        "गॉल चमत्कारों ने फ़ाइनल में जगह बनाई।",
        [("चमत्कारों", "Marvels")],
        "गॉल मार्वल्स ने फ़ाइनल में जगह बनाई।",
    ),
    F(
        T,
        "Rangpur Riders bowled Sylhet out for 110.",
        "रंगपुर सवारों ने सिलहट को 110 रन पर आउट कर दिया।",
        [("सवारों", "Riders")],
        "रंगपुर राइडर्स ने सिलहट को 110 रन पर आउट कर दिया।",
    ),
    F(
        T,
        "San Francisco Unicorns won the MLC title.",
        "सैन फ़्रांसिस्को एकश्रृंगियों ने एमएलसी खिताब जीता।",
        [("एकश्रृंगियों", "Unicorns")],
        "सैन फ़्रांसिस्को यूनिकॉर्न्स ने एमएलसी खिताब जीता।",
    ),
    F(
        T,
        "Washington Freedom signed an Australian all-rounder.",
        "वॉशिंगटन आज़ादी ने एक ऑस्ट्रेलियाई ऑलराउंडर से करार किया।",
        [("आज़ादी", "Freedom")],
        "वॉशिंगटन फ़्रीडम ने एक ऑस्ट्रेलियाई ऑलराउंडर से करार किया।",
    ),
    # club nicknames
    F(
        T,
        "Sheffield United, the Blades, were relegated.",
        "शेफ़ील्ड यूनाइटेड, यानी तलवारें, पदावनत हो गए।",
        [("तलवारें", "Blades")],
        "शेफ़ील्ड यूनाइटेड, यानी ब्लेड्स, पदावनत हो गए।",
    ),
    F(
        T,
        "Southend, known as the Shrimpers, won at home.",
        "झींगा-मछुआरों के नाम से मशहूर साउथेंड ने घर में जीत दर्ज की।",
        [("झींगा-मछुआरों", "Shrimpers")],
        "श्रिम्पर्स के नाम से मशहूर साउथेंड ने घर में जीत दर्ज की।",
    ),
    F(
        T,
        "The Harlequins beat Bath at Twickenham.",
        "विदूषकों ने ट्विकेनहैम में बाथ को हराया।",
        [("विदूषकों", "Harlequins")],
        "हार्लेक्विन्स ने ट्विकेनहैम में बाथ को हराया।",
    ),
    # venues abroad
    F(
        T,
        "Liverpool drew 1-1 at Carrow Road.",
        "लिवरपूल ने कैरो सड़क पर 1-1 से ड्रॉ खेला।",
        [("कैरो सड़क", "Carrow Road")],
        "लिवरपूल ने कैरो रोड पर 1-1 से ड्रॉ खेला।",
    ),
    F(
        T,
        "Scotland beat Norway at Hampden Park.",
        "स्कॉटलैंड ने हैम्पडेन उद्यान में नॉर्वे को हराया।",
        [("हैम्पडेन उद्यान", "Hampden Park")],
        "स्कॉटलैंड ने हैम्पडेन पार्क में नॉर्वे को हराया।",
    ),
    F(
        T,
        "The final will be played at Soldier Field.",
        "फ़ाइनल सैनिक मैदान में खेला जाएगा।",
        [("सैनिक मैदान", "Soldier Field")],
        "फ़ाइनल सोल्जर फ़ील्ड में खेला जाएगा।",
    ),
    F(
        T,
        "West Indies beat England at Kensington Oval.",
        "वेस्टइंडीज़ ने केंसिंग्टन अंडाकार में इंग्लैंड को हराया।",
        [("केंसिंग्टन अंडाकार", "Kensington Oval")],
        "वेस्टइंडीज़ ने केंसिंग्टन ओवल में इंग्लैंड को हराया।",
    ),
    F(
        T,
        "She lost in the first round at Flushing Meadows.",
        "वह फ़्लशिंग चरागाहों में पहले दौर में हार गईं।",
        [("फ़्लशिंग चरागाहों", "Flushing Meadows")],
        "वह फ़्लशिंग मीडोज़ में पहले दौर में हार गईं।",
    ),
    F(
        T,
        "Leeds won 2-0 at Bramall Lane.",
        "लीड्स ने ब्रामल गली में 2-0 से जीत दर्ज की।",
        [("ब्रामल गली", "Bramall Lane")],
        "लीड्स ने ब्रामल लेन में 2-0 से जीत दर्ज की।",
    ),
    # firms, brands and apps
    F(
        T,
        "Groww added ten lakh new investors in March.",
        "बढ़ो ने मार्च में दस लाख नए निवेशक जोड़े।",
        [("बढ़ो", "Groww")],
        "ग्रो ने मार्च में दस लाख नए निवेशक जोड़े।",
    ),
    F(
        T,
        "Chai Point opened 50 outlets in Bengaluru.",
        "चाय बिंदु ने बेंगलुरु में 50 आउटलेट खोले।",
        [("चाय बिंदु", "Chai Point")],
        "चाय पॉइंट ने बेंगलुरु में 50 आउटलेट खोले।",
    ),
    F(
        T,
        "Oven Story pizzas are sold through an app.",
        "ओवन कहानी पिज़्ज़ा एक ऐप के ज़रिए बिकते हैं।",
        [("ओवन कहानी", "Oven Story")],
        "ओवन स्टोरी पिज़्ज़ा एक ऐप के ज़रिए बिकते हैं।",
    ),
    F(
        T,
        "The Whole Truth launched protein bars.",
        "संपूर्ण सत्य ने प्रोटीन बार बाज़ार में उतारे।",
        [("संपूर्ण सत्य", "The Whole Truth")],
        "द होल ट्रुथ ने प्रोटीन बार बाज़ार में उतारे।",
    ),
    F(
        T,
        "Sales of Sunday Mattress doubled.",
        "रविवार गद्दों की बिक्री दोगुनी हो गई।",
        [("रविवार", "Sunday")],
        "संडे मैट्रेस की बिक्री दोगुनी हो गई।",
    ),
    F(
        T,
        "Fastrack launched a smartwatch.",
        "तेज़ रास्ता ने एक स्मार्टवॉच लॉन्च की।",
        [("तेज़ रास्ता", "Fastrack")],
        "फ़ास्ट्रैक ने एक स्मार्टवॉच लॉन्च की।",
    ),
    F(
        T,
        "Liberty Shoes opened 40 stores in the north.",
        "स्वतंत्रता शूज़ ने उत्तर भारत में 40 स्टोर खोले।",
        [("स्वतंत्रता", "Liberty")],
        "लिबर्टी शूज़ ने उत्तर भारत में 40 स्टोर खोले।",
    ),
    F(
        T,
        "Campus sneakers sell well in small towns.",
        "परिसर स्नीकर छोटे शहरों में ख़ूब बिकते हैं।",
        [("परिसर", "Campus")],
        "कैंपस स्नीकर छोटे शहरों में ख़ूब बिकते हैं।",
    ),
    F(
        T,
        "Reliance's Trends opened a store in Nagpur.",
        "रिलायंस के रुझान ने नागपुर में एक स्टोर खोला।",
        [("रुझान", "Trends")],
        "रिलायंस के ट्रेंड्स ने नागपुर में एक स्टोर खोला।",
    ),
    F(
        T,
        "The Jupiter app crossed a million users.",
        "बृहस्पति ऐप के उपयोगकर्ता दस लाख पार कर गए।",
        [("बृहस्पति", "Jupiter")],
        "जुपिटर ऐप के उपयोगकर्ता दस लाख पार कर गए।",
    ),
    F(
        T,
        "Wonderchef launched an air fryer.",
        "अद्भुत रसोइये ने एक एयर फ़्रायर लॉन्च किया।",
        [("अद्भुत रसोइये", "Wonderchef")],
        "वंडरशेफ़ ने एक एयर फ़्रायर लॉन्च किया।",
    ),
    # named days and festivals abroad
    F(
        T,
        "Britons eat pancakes on Shrove Tuesday.",
        "ब्रिटेन के लोग पापस्वीकार मंगलवार को पैनकेक खाते हैं।",
        [("पापस्वीकार मंगलवार", "Shrove Tuesday")],
        "ब्रिटेन के लोग श्रोव ट्यूज़डे को पैनकेक खाते हैं।",
    ),
    F(
        T,
        "Record Store Day brings queues outside shops.",
        "रिकॉर्ड दुकान दिवस पर दुकानों के बाहर कतारें लगती हैं।",
        [("रिकॉर्ड दुकान दिवस", "Record Store Day")],
        "रिकॉर्ड स्टोर डे पर दुकानों के बाहर कतारें लगती हैं।",
    ),
    F(
        T,
        "Fans celebrate Star Wars Day on May 4.",
        "प्रशंसक 4 मई को तारा युद्ध दिवस मनाते हैं।",
        [("तारा युद्ध दिवस", "Star Wars Day")],
        "प्रशंसक 4 मई को स्टार वॉर्स डे मनाते हैं।",
    ),
    F(
        T,
        "Japan's Golden Week holidays start on Monday.",
        "जापान की सुनहरे सप्ताह की छुट्टियाँ सोमवार से शुरू होंगी।",
        [("सुनहरे सप्ताह", "Golden Week")],
        "जापान की गोल्डन वीक की छुट्टियाँ सोमवार से शुरू होंगी।",
    ),
    F(
        T,
        "Paris held its White Night festival on Saturday.",
        "पेरिस में शनिवार को सफ़ेद रात उत्सव हुआ।",
        [("सफ़ेद रात", "White Night")],
        "पेरिस में शनिवार को व्हाइट नाइट उत्सव हुआ।",
    ),
    # bands
    F(
        T,
        "Arcade Fire will tour India in March.",
        "आर्केड आग मार्च में भारत का दौरा करेगा।",
        [("आर्केड आग", "Arcade Fire")],
        "आर्केड फ़ायर मार्च में भारत का दौरा करेगा।",
    ),
    F(
        T,
        "Three Days Grace released a new album.",
        "तीन दिन की कृपा ने नया एल्बम जारी किया।",
        [("तीन दिन की कृपा", "Three Days Grace")],
        "थ्री डेज़ ग्रेस ने नया एल्बम जारी किया।",
    ),
    F(
        T,
        "The Smashing Pumpkins sold out their Mumbai show.",
        "कुचलते कद्दुओं के मुंबई शो के सारे टिकट बिक गए।",
        [("कुचलते कद्दुओं", "Smashing Pumpkins")],
        "स्मैशिंग पम्पकिन्स के मुंबई शो के सारे टिकट बिक गए।",
    ),
    F(
        T,
        "Counting Crows played in Goa last night.",
        "गिनते कौवों ने कल रात गोवा में प्रस्तुति दी।",
        [("गिनते कौवों", "Counting Crows")],
        "काउंटिंग क्रोज़ ने कल रात गोवा में प्रस्तुति दी।",
    ),
    F(
        T,
        "Massive Attack headlined the festival.",
        "विशाल हमला उत्सव का मुख्य आकर्षण रहा।",
        [("विशाल हमला", "Massive Attack")],
        "मैसिव अटैक उत्सव का मुख्य आकर्षण रहा।",
    ),
]

TITLE_LOOKALIKES = [
    # names Hindi news translates: courts, ministries, public bodies, organisations
    C(LT, "The Madras High Court stayed the order.", "मद्रास उच्च न्यायालय ने आदेश पर रोक लगा दी।"),
    C(
        LT,
        "The Ministry of Jal Shakti released funds for Bundelkhand.",
        "जल शक्ति मंत्रालय ने बुंदेलखंड के लिए धनराशि जारी की।",
    ),
    C(
        LT,
        "The Ministry of Earth Sciences issued a heatwave alert.",
        "पृथ्वी विज्ञान मंत्रालय ने लू की चेतावनी जारी की।",
    ),
    C(
        LT,
        "The Competition Commission of India fined the company.",
        "भारतीय प्रतिस्पर्धा आयोग ने कंपनी पर जुर्माना लगाया।",
    ),
    C(
        LT,
        "The Small Industries Development Bank cut its lending rate.",
        "लघु उद्योग विकास बैंक ने अपनी ऋण दर घटाई।",
    ),
    C(
        LT,
        "The Bank for International Settlements warned about debt.",
        "अंतरराष्ट्रीय निपटान बैंक ने कर्ज़ को लेकर चेतावनी दी।",
    ),
    C(LT, "The Inter-Parliamentary Union met in Geneva.", "अंतर-संसदीय संघ की जिनेवा में बैठक हुई।"),
    # countries, seas and regions
    C(LT, "The Dominican Republic hosted the summit.", "डोमिनिकन गणराज्य ने शिखर सम्मेलन की मेज़बानी की।"),
    C(LT, "The Marshall Islands signed a climate pact.", "मार्शल द्वीपसमूह ने एक जलवायु समझौते पर हस्ताक्षर किए।"),
    C(LT, "Chinese warships entered the Yellow Sea.", "चीनी युद्धपोत पीले सागर में दाखिल हुए।"),
    C(LT, "Drought has hit the Horn of Africa again.", "अफ़्रीका के सींग में फिर सूखा पड़ा है।"),
    C(LT, "Fishing was banned in the Gulf of Mannar.", "मन्नार की खाड़ी में मछली पकड़ने पर रोक लगा दी गई।"),
    # Indian landmarks, national days and festivals
    C(LT, "The Shore Temple at Mahabalipuram was lit up.", "महाबलीपुरम के तटीय मंदिर को रोशन किया गया।"),
    C(LT, "Army Day is marked on 15 January.", "15 जनवरी को सेना दिवस मनाया जाता है।"),
    C(LT, "Schools celebrated Teachers' Day on Friday.", "स्कूलों ने शुक्रवार को शिक्षक दिवस मनाया।"),
    C(LT, "International Yoga Day drew crowds in Mysuru.", "अंतरराष्ट्रीय योग दिवस पर मैसूरु में भीड़ उमड़ी।"),
    C(LT, "The Mango Festival in Delhi drew crowds.", "दिल्ली के आम महोत्सव में भीड़ उमड़ी।"),
    C(LT, "The Tulip Festival in Srinagar opens next week.", "श्रीनगर का ट्यूलिप उत्सव अगले सप्ताह शुरू होगा।"),
    C(LT, "The Hall of Mirrors at Versailles reopened.", "वर्साय का दर्पण कक्ष फिर से खुल गया।"),
    # epithets
    C(LT, "Akbar the Great built Fatehpur Sikri.", "अकबर महान ने फ़तेहपुर सीकरी बनवाई।"),
    C(
        LT,
        "Tessy Thomas, the Missile Woman of India, retired.",
        "भारत की मिसाइल महिला टेसी थॉमस सेवानिवृत्त हो गईं।",
    ),
    C(LT, "Mussoorie, the Queen of the Hills, was packed.", "पहाड़ों की रानी मसूरी पर्यटकों से भरी रही।"),
    # names of the flawed rows' kinds, transliterated
    C(LT, "The Sydney Thunder beat Hobart.", "सिडनी थंडर ने होबार्ट को हराया।"),
    C(LT, "The Brisbane Broncos signed a prop.", "ब्रिस्बेन ब्रोंकोस ने एक प्रॉप से करार किया।"),
    C(LT, "Dubai Capitals won the ILT20.", "दुबई कैपिटल्स ने आईएलटी20 जीता।"),
    C(LT, "England lost at Hagley Oval.", "इंग्लैंड को हैगली ओवल में हार मिली।"),
    C(LT, "Chelsea drew at Loftus Road.", "चेल्सी ने लॉफ़्टस रोड पर ड्रॉ खेला।"),
    C(LT, "Zudio opened 100 stores this year.", "ज़ूडियो ने इस साल 100 स्टोर खोले।"),
    C(LT, "Meesho cut its commission for sellers.", "मीशो ने विक्रेताओं के लिए अपना कमीशन घटाया।"),
    C(LT, "Coachella was postponed.", "कोचेला को स्थगित कर दिया गया।"),
    C(LT, "Bloodywood played at Wacken.", "ब्लडीवुड ने वैकन में प्रस्तुति दी।"),
    C(LT, "Juneteenth is a federal holiday.", "जूनटीन्थ एक संघीय अवकाश है।"),
    # the flawed rows' Hindi words in their plain sense
    C(LT, "Roosters woke the village at dawn.", "भोर में मुर्गों ने गाँव को जगा दिया।"),
    C(LT, "Wolves attacked sheep in Bahraich.", "बहराइच में भेड़ियों ने भेड़ों पर हमला किया।"),
    C(LT, "Bears raided orchards in Kashmir.", "कश्मीर में भालुओं ने बागों पर धावा बोला।"),
    C(LT, "The campus of Delhi University was closed.", "दिल्ली विश्वविद्यालय का परिसर बंद कर दिया गया।"),
    C(LT, "Trends in gold prices worry jewellers.", "सोने की क़ीमतों के रुझान जौहरियों को चिंतित कर रहे हैं।"),
    C(LT, "Freedom fighters from Bengal were honoured.", "बंगाल के स्वतंत्रता सेनानियों को सम्मानित किया गया।"),
    C(LT, "Jupiter will be visible after sunset.", "सूर्यास्त के बाद बृहस्पति दिखाई देगा।"),
    C(LT, "Songs recall the warriors of Mewar.", "गीतों में मेवाड़ के योद्धाओं को याद किया जाता है।"),
]
