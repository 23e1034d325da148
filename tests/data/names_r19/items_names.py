"""Round-19 names items (hand-written 2026-11-29 16:00 UTC BEFORE any round-19 work on the name
rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): sportspeople, politicians and artists of English,
German, Dutch, French, Spanish, Italian, Portuguese, Swedish, Finnish, Polish, Russian, Turkish,
Japanese, Chinese, Arabic, Persian, Hebrew and Kenyan origin whose surname (sometimes given name)
is a common word of its language, rendered as a Hindi word -- often a synonym or a form that is not
the dictionary's headword: oblique singular (-े ने: मेमने, भेड़िये, फ़व्वारे, लोहे), oblique plural
(-ों: महलों), feminine (हंसिनी), an adjective's oblique (बड़े), agent nouns (बांसुरीवादक, चरवाहे,
मछुआरे), two-word and hyphenated renderings (पत्थर कुएँ, पहाड़-नदी); many after a loan role noun
(स्कीयर, बायथलीट, साइक्लिस्ट, जूडोका, स्केटर, सर्फ़र, स्की जंपर) and a given name no table may hold;
some Hindi words are Indian names too (राजा, सूरज, दया, आस्था-like), visible only with the source.
Clean rows: each flawed row's correct translation (`c-`), and look-alikes (`l-`): Indian names whose
parts are Hindi words after a (loan) role noun, East-Asian names, and the flawed rows' Hindi words in
their plain sense beside the transliterated name.
Most English name words rendered were not in the dev lines (/tmp/r19/dev_src.jsonl) when written
(checked by grep); a few (Lund, Ström, Visser, Wróbel, Kurt-like words, Mercy, Mwangi) occur there
once in other sentences.

    python tests/data/names_r19/build.py
    audit check tests/data/names_r19/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N.jsonl
    python tests/data/names_r19/score.py N.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
LN = "name"

TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []

NAMES = [
    # English
    F(
        N,
        "Spinner Callum Otter took four wickets.",
        "स्पिनर कैलम ऊदबिलाव ने चार विकेट लिए।",
        [("ऊदबिलाव", "Otter")],
        "स्पिनर कैलम ऑटर ने चार विकेट लिए।",
    ),
    F(
        N,
        "Councillor Edith Trout opposed the new car park.",
        "पार्षद एडिथ मछली ने नए पार्किंग स्थल का विरोध किया।",
        [("मछली", "Trout")],
        "पार्षद एडिथ ट्राउट ने नए पार्किंग स्थल का विरोध किया।",
    ),
    F(
        N,
        "Jockey Tamsin Piper won the Derby.",
        "जॉकी टैमसिन बांसुरीवादक ने डर्बी जीती।",
        [("बांसुरीवादक", "Piper")],
        "जॉकी टैमसिन पाइपर ने डर्बी जीती।",
    ),
    F(
        N,
        "Pastor Owen Gardner visited the school.",
        "पादरी ओवेन माली ने स्कूल का दौरा किया।",
        [("माली", "Gardner")],
        "पादरी ओवेन गार्डनर ने स्कूल का दौरा किया।",
    ),
    F(
        N,
        "Health secretary Megan Cook praised the nurses.",
        "स्वास्थ्य मंत्री मेगन रसोइए ने नर्सों की सराहना की।",
        [("रसोइए", "Cook")],
        "स्वास्थ्य मंत्री मेगन कुक ने नर्सों की सराहना की।",
    ),
    F(
        N,
        "Skater Holly Swan fell twice.",
        "स्केटर होली हंसिनी दो बार गिरीं।",
        [("हंसिनी", "Swan")],
        "स्केटर होली स्वॉन दो बार गिरीं।",
    ),
    # German
    F(
        N,
        "Coach Jürgen Falke praised the youngsters.",
        "कोच युर्गन बाज़ ने युवाओं की तारीफ़ की।",
        [("बाज़", "Falke")],
        "कोच युर्गन फ़ाल्के ने युवाओं की तारीफ़ की।",
    ),
    F(
        N,
        "Chancellor candidate Anna Eisen spoke in Berlin.",
        "चांसलर पद की उम्मीदवार अन्ना लोहे ने बर्लिन में भाषण दिया।",
        [("लोहे", "Eisen")],
        "चांसलर पद की उम्मीदवार अन्ना आइज़ेन ने बर्लिन में भाषण दिया।",
    ),
    F(
        N,
        "Striker Timo Schuster scored twice.",
        "स्ट्राइकर टीमो मोची ने दो गोल किए।",
        [("मोची", "Schuster")],
        "स्ट्राइकर टीमो शूस्टर ने दो गोल किए।",
    ),
    F(
        N,
        "Cyclist Lena Kaiser won the stage.",
        "साइक्लिस्ट लेना सम्राट ने चरण जीता।",
        [("सम्राट", "Kaiser")],
        "साइक्लिस्ट लेना काइज़र ने चरण जीता।",
    ),
    # Dutch
    F(
        N,
        "Cyclist Joris Koning crashed on the descent.",
        "साइकिल सवार योरिस राजा ढलान पर गिर पड़े।",
        [("राजा", "Koning")],
        "साइकिल सवार योरिस कोनिंग ढलान पर गिर पड़े।",
    ),
    F(
        N,
        "Minister Pieter Visser met farmers in Utrecht.",
        "मंत्री पीटर मछुआरे ने उट्रेख़्त में किसानों से मुलाक़ात की।",
        [("मछुआरे", "Visser")],
        "मंत्री पीटर फ़िसर ने उट्रेख़्त में किसानों से मुलाक़ात की।",
    ),
    F(
        N,
        "Speed skater Anouk de Haan won the 1500 metres.",
        "स्पीड स्केटर अनूक मुर्गे ने 1500 मीटर की दौड़ जीती।",
        [("मुर्गे", "de Haan")],
        "स्पीड स्केटर अनूक डी हान ने 1500 मीटर की दौड़ जीती।",
    ),
    # French
    F(
        N,
        "Pianist Claire Loiseau played Ravel.",
        "पियानोवादक क्लेयर चिड़िया ने रावेल की रचना बजाई।",
        [("चिड़िया", "Loiseau")],
        "पियानोवादक क्लेयर लोआज़ो ने रावेल की रचना बजाई।",
    ),
    F(
        N,
        "Mayor Julien Lapierre opened the bridge.",
        "मेयर जूलियन पत्थर ने पुल का उद्घाटन किया।",
        [("पत्थर", "Lapierre")],
        "मेयर जूलियन लापियर ने पुल का उद्घाटन किया।",
    ),
    F(
        N,
        "Singer Mathieu Legrand toured Canada.",
        "गायक मैथ्यू बड़े ने कनाडा का दौरा किया।",
        [("बड़े", "Legrand")],
        "गायक मैथ्यू लेग्रां ने कनाडा का दौरा किया।",
    ),
    F(
        N,
        "Defender Hugo Meunier was sent off.",
        "डिफ़ेंडर ह्यूगो चक्कीवाले को बाहर भेज दिया गया।",
        [("चक्कीवाले", "Meunier")],
        "डिफ़ेंडर ह्यूगो म्यूनिए को बाहर भेज दिया गया।",
    ),
    # Spanish
    F(
        N,
        "Boxer Luis Pastor won by knockout.",
        "मुक्केबाज़ लुइस चरवाहे ने नॉकआउट से जीत हासिल की।",
        [("चरवाहे", "Pastor")],
        "मुक्केबाज़ लुइस पास्तोर ने नॉकआउट से जीत हासिल की।",
    ),
    F(
        N,
        "Senator Lucía Estrella criticised the budget.",
        "सीनेटर लूसिया तारे ने बजट की आलोचना की।",
        [("तारे", "Estrella")],
        "सीनेटर लूसिया एस्ट्रेया ने बजट की आलोचना की।",
    ),
    F(
        N,
        "Goalkeeper Iker Palacios kept a clean sheet.",
        "गोलकीपर इकर महलों ने क्लीन शीट रखी।",
        [("महलों", "Palacios")],
        "गोलकीपर इकर पलासियोस ने क्लीन शीट रखी।",
    ),
    F(
        N,
        "Runner Consuelo Ruiz won the 10,000 metres.",
        "धाविका सांत्वना रुइज़ ने 10,000 मीटर की दौड़ जीती।",
        [("सांत्वना", "Consuelo")],
        "धाविका कॉन्सुएलो रुइज़ ने 10,000 मीटर की दौड़ जीती।",
    ),
    # Italian
    F(
        N,
        "Cyclist Marco Montagna attacked on the climb.",
        "साइकिल सवार मार्को पहाड़ ने चढ़ाई पर हमला किया।",
        [("पहाड़", "Montagna")],
        "साइकिल सवार मार्को मोंटान्या ने चढ़ाई पर हमला किया।",
    ),
    F(
        N,
        "Tenor Luca Volpe sang at La Scala.",
        "टेनर लूका लोमड़ी ने ला स्काला में गाया।",
        [("लोमड़ी", "Volpe")],
        "टेनर लूका वोल्पे ने ला स्काला में गाया।",
    ),
    F(
        N,
        "Architect Giulia Castello designed the museum.",
        "वास्तुकार जूलिया क़िले ने संग्रहालय का डिज़ाइन तैयार किया।",
        [("क़िले", "Castello")],
        "वास्तुकार जूलिया कास्तेलो ने संग्रहालय का डिज़ाइन तैयार किया।",
    ),
    # Portuguese
    F(
        N,
        "Midfielder Bruno Cordeiro signed a new deal.",
        "मिडफ़ील्डर ब्रूनो मेमने ने नए करार पर हस्ताक्षर किए।",
        [("मेमने", "Cordeiro")],
        "मिडफ़ील्डर ब्रूनो कोर्देइरो ने नए करार पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Surfer Tiago Rocha won the heat.",
        "सर्फ़र तियागो चट्टान ने हीट जीती।",
        [("चट्टान", "Rocha")],
        "सर्फ़र तियागो रोशा ने हीट जीती।",
    ),
    F(
        N,
        "Judge Ana Serra delivered the verdict.",
        "न्यायाधीश आना पर्वतमाला ने फ़ैसला सुनाया।",
        [("पर्वतमाला", "Serra")],
        "न्यायाधीश आना सेर्रा ने फ़ैसला सुनाया।",
    ),
    # Swedish and Finnish
    F(
        N,
        "Skier Ingrid Strand won gold.",
        "स्कीयर इंग्रिड तट ने स्वर्ण पदक जीता।",
        [("तट", "Strand")],
        "स्कीयर इंग्रिड स्ट्रांड ने स्वर्ण पदक जीता।",
    ),
    F(
        N,
        "Biathlete Erik Lund finished third.",
        "बायथलीट एरिक उपवन तीसरे स्थान पर रहे।",
        [("उपवन", "Lund")],
        "बायथलीट एरिक लुंड तीसरे स्थान पर रहे।",
    ),
    F(
        N,
        "Handball player Sofia Ström scored seven goals.",
        "हैंडबॉल खिलाड़ी सोफ़िया धारा ने सात गोल किए।",
        [("धारा", "Ström")],
        "हैंडबॉल खिलाड़ी सोफ़िया स्ट्रॉम ने सात गोल किए।",
    ),
    F(
        N,
        "Ski jumper Mika Susi made the longest jump.",
        "स्की जंपर मीका भेड़िये ने सबसे लंबी छलांग लगाई।",
        [("भेड़िये", "Susi")],
        "स्की जंपर मीका सूसी ने सबसे लंबी छलांग लगाई।",
    ),
    F(
        N,
        "Rally driver Jari Mäki won the rally.",
        "रैली ड्राइवर यारी पहाड़ी ने रैली जीती।",
        [("पहाड़ी", "Mäki")],
        "रैली ड्राइवर यारी मैकी ने रैली जीती।",
    ),
    # Polish and Russian
    F(
        N,
        "Chess player Tomasz Wróbel drew with the champion.",
        "शतरंज खिलाड़ी तोमाश गौरैया ने चैंपियन से ड्रॉ खेला।",
        [("गौरैया", "Wróbel")],
        "शतरंज खिलाड़ी तोमाश व्रूबेल ने चैंपियन से ड्रॉ खेला।",
    ),
    F(
        N,
        "Goalkeeper Igor Golubev stopped the penalty.",
        "गोलकीपर इगोर कबूतर ने पेनल्टी रोकी।",
        [("कबूतर", "Golubev")],
        "गोलकीपर इगोर गोलुबेव ने पेनल्टी रोकी।",
    ),
    # Turkish
    F(
        N,
        "Striker Emre Kurt scored a header.",
        "स्ट्राइकर एमरे भेड़िया ने हेडर से गोल किया।",
        [("भेड़िया", "Kurt")],
        "स्ट्राइकर एमरे कुर्त ने हेडर से गोल किया।",
    ),
    F(
        N,
        "Actress Elif Güneş won an award.",
        "अभिनेत्री एलिफ़ सूरज ने पुरस्कार जीता।",
        [("सूरज", "Güneş")],
        "अभिनेत्री एलिफ़ ग्युनेश ने पुरस्कार जीता।",
    ),
    F(
        N,
        "Weightlifter Hakan Çelik set a record.",
        "भारोत्तोलक हाकान इस्पात ने रिकॉर्ड बनाया।",
        [("इस्पात", "Çelik")],
        "भारोत्तोलक हाकान चेलिक ने रिकॉर्ड बनाया।",
    ),
    # Japanese
    F(
        N,
        "Judoka Aiko Ishii won in Paris.",
        "जूडोका आइको पत्थर कुएँ ने पेरिस में जीत दर्ज की।",
        [("पत्थर कुएँ", "Ishii")],
        "जूडोका आइको इशी ने पेरिस में जीत दर्ज की।",
    ),
    F(
        N,
        "Sumo wrestler Takeshi Yamakawa won the bout.",
        "सूमो पहलवान ताकेशी पहाड़-नदी ने मुक़ाबला जीता।",
        [("पहाड़-नदी", "Yamakawa")],
        "सूमो पहलवान ताकेशी यामाकावा ने मुक़ाबला जीता।",
    ),
    # Chinese
    F(
        N,
        "Table tennis player Wang Hai won the final.",
        "टेबल टेनिस खिलाड़ी वांग समुद्र ने फ़ाइनल जीता।",
        [("समुद्र", "Hai")],
        "टेबल टेनिस खिलाड़ी वांग हाई ने फ़ाइनल जीता।",
    ),
    F(
        N,
        "Diver Li Xue won gold.",
        "गोताखोर ली बर्फ़ ने स्वर्ण पदक जीता।",
        [("बर्फ़", "Xue")],
        "गोताखोर ली श्वे ने स्वर्ण पदक जीता।",
    ),
    # Arabic and Persian
    F(
        N,
        "Footballer Omar Hadid scored the winner.",
        "फ़ुटबॉलर उमर लोहा ने निर्णायक गोल किया।",
        [("लोहा", "Hadid")],
        "फ़ुटबॉलर उमर हदीद ने निर्णायक गोल किया।",
    ),
    F(
        N,
        "Journalist Rania Khayat reported from Beirut.",
        "पत्रकार रानिया दर्ज़ी ने बेरूत से रिपोर्ट भेजी।",
        [("दर्ज़ी", "Khayat")],
        "पत्रकार रानिया ख़य्यात ने बेरूत से रिपोर्ट भेजी।",
    ),
    F(
        N,
        "Climber Parvaneh Kazemi reached the summit.",
        "पर्वतारोही तितली काज़मी ने चोटी फ़तह की।",
        [("तितली", "Parvaneh")],
        "पर्वतारोही परवाने काज़मी ने चोटी फ़तह की।",
    ),
    # Hebrew
    F(
        N,
        "Violinist Noa Peled played at the concert.",
        "वायलिन वादक नोआ फ़ौलाद ने संगीत समारोह में बजाया।",
        [("फ़ौलाद", "Peled")],
        "वायलिन वादक नोआ पेलेद ने संगीत समारोह में बजाया।",
    ),
    F(
        N,
        "Guitarist Yoav Dror released an album.",
        "गिटारवादक योआव अबाबील ने एक एल्बम जारी किया।",
        [("अबाबील", "Dror")],
        "गिटारवादक योआव द्रोर ने एक एल्बम जारी किया।",
    ),
    # Kenyan
    F(
        N,
        "Runner Mercy Chepkoech won the steeplechase.",
        "धाविका दया चेपकोएच ने स्टीपलचेज़ जीती।",
        [("दया", "Mercy")],
        "धाविका मर्सी चेपकोएच ने स्टीपलचेज़ जीती।",
    ),
    F(
        N,
        "Marathoner Zawadi Mwangi won in Boston.",
        "मैराथन धावक तोहफ़ा म्वांगी ने बोस्टन में जीत हासिल की।",
        [("तोहफ़ा", "Zawadi")],
        "मैराथन धावक ज़ावादी म्वांगी ने बोस्टन में जीत हासिल की।",
    ),
]

NAME_LOOKALIKES = [
    C(LN, "Cyclist Aastha Verma won the stage.", "साइक्लिस्ट आस्था वर्मा ने चरण जीता।"),
    C(LN, "Skier Anchal Thakur won bronze.", "स्कीयर आंचल ठाकुर ने कांस्य पदक जीता।"),
    C(LN, "Wrestler Sher Singh won the bout.", "पहलवान शेर सिंह ने मुक़ाबला जीता।"),
    C(LN, "Archer Tara Devi won gold.", "तीरंदाज़ तारा देवी ने स्वर्ण पदक जीता।"),
    C(LN, "Singer Vijay Prakash sang in Mysuru.", "गायक विजय प्रकाश ने मैसूरु में गाया।"),
    C(LN, "Sculptor Ram Sutar unveiled a statue.", "मूर्तिकार राम सुतार ने एक प्रतिमा का अनावरण किया।"),
    C(LN, "Judoka Tulika Maan won bronze.", "जूडोका तूलिका मान ने कांस्य पदक जीता।"),
    C(LN, "Mayor Suraj Pal opened the bridge.", "मेयर सूरज पाल ने पुल का उद्घाटन किया।"),
    C(LN, "Boxer Raja Lohar won on points.", "मुक्केबाज़ राजा लोहार ने अंकों के आधार पर जीत हासिल की।"),
    C(LN, "Poet Kunwar Narain read a poem.", "कवि कुँवर नारायण ने एक कविता पढ़ी।"),
    C(LN, "Lyricist Gulzar wrote a new song.", "गीतकार गुलज़ार ने एक नया गीत लिखा।"),
    C(LN, "Rapper Badshah performed in Delhi.", "रैपर बादशाह ने दिल्ली में प्रस्तुति दी।"),
    C(LN, "Table tennis player Chen Meng won the final.", "टेबल टेनिस खिलाड़ी चेन मेंग ने फ़ाइनल जीता।"),
    C(LN, "Diver Quan Hongchan won gold.", "गोताखोर क्वान होंगचान ने स्वर्ण पदक जीता।"),
    C(LN, "Surfer Ishita Malaviya won the heat.", "सर्फ़र इशिता मालवीय ने हीट जीती।"),
    C(LN, "Shooter Manu Bhaker won two medals.", "निशानेबाज़ मनु भाकर ने दो पदक जीते।"),
    C(
        LN,
        "Skater Holly Swan fed the swans at the lake.",
        "स्केटर होली स्वॉन ने झील पर हंसों को दाना खिलाया।",
    ),
    C(
        LN,
        "Mayor Julien Lapierre laid the first stone.",
        "मेयर जूलियन लापियर ने पहला पत्थर रखा।",
    ),
    C(
        LN,
        "Ski jumper Mika Susi saw a wolf in the forest.",
        "स्की जंपर मीका सूसी ने जंगल में एक भेड़िया देखा।",
    ),
    C(
        LN,
        "Goalkeeper Igor Golubev fed the pigeons.",
        "गोलकीपर इगोर गोलुबेव ने कबूतरों को दाना डाला।",
    ),
    C(
        LN,
        "Actress Elif Güneş sat in the sun.",
        "अभिनेत्री एलिफ़ ग्युनेश धूप में बैठीं।",
    ),
    C(
        LN,
        "Biathlete Erik Lund skied through the grove.",
        "बायथलीट एरिक लुंड उपवन से होकर स्की करते हुए निकले।",
    ),
]
