"""Held-out round-17 items: names and titles/institutions (hand-written by helper blindA, see
README.md). People, clubs and firms are real public names or fiction; nothing here is a claim
about a real person.

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (a clean row of the same category). `_f` writes the fix by putting each
span's correct rendering in its place. C(category, src, mt) -- a clean look-alike translation.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
T = "title-calque"


def _f(category: str, src: str, mt: str, spans: list[tuple[str, str, str]]) -> F:
    """A flawed row from (wrong Hindi, English, correct Hindi) triples; the fix swaps them."""
    fix = mt
    for wrong, _english, right in spans:
        fix = fix.replace(wrong, right, 1)
    return F(category, src, mt, [(wrong, english) for wrong, english, _right in spans], fix)


NAMES = [
    # English-language surnames (British, Irish, American, Australian, Canadian); a family name as a plural
    _f(
        N,
        "Councillor Edith Sheepshanks opened the new library.",
        "पार्षद एडिथ भेड़-टांगें ने नए पुस्तकालय का उद्घाटन किया।",
        [("भेड़-टांगें", "Sheepshanks", "शीपशैंक्स")],
    ),
    _f(
        N,
        "The farmers' leader Tom Ploughman met the minister.",
        "किसान नेता टॉम हलवाहा ने मंत्री से मुलाक़ात की।",
        [("हलवाहा", "Ploughman", "प्लाउमैन")],
    ),
    _f(
        N,
        "Actor Jim Broadbent and director Michael Winterbottom attended the premiere.",
        "अभिनेता जिम चौड़ा-मुड़ा और निर्देशक माइकल सर्दी-तली प्रीमियर में शामिल हुए।",
        [("चौड़ा-मुड़ा", "Broadbent", "ब्रॉडबेंट"), ("सर्दी-तली", "Winterbottom", "विंटरबॉटम")],
    ),
    _f(
        N,
        "Police are questioning Gary Coldwell about the fire.",
        "पुलिस आग के बारे में गैरी ठंडा-कुआं से पूछताछ कर रही है।",
        [("ठंडा-कुआं", "Coldwell", "कोल्डवेल")],
    ),
    _f(
        N,
        "Patricia Highsmith's novels sold well in India.",
        "पैट्रिशिया ऊंचा-लोहार के उपन्यास भारत में ख़ूब बिके।",
        [("ऊंचा-लोहार", "Highsmith", "हाइस्मिथ")],
    ),
    _f(
        N,
        "Senator Tammy Duckworth spoke at a rally in Chicago.",
        "सीनेटर टैमी बत्तख-मोल ने शिकागो की एक रैली में भाषण दिया।",
        [("बत्तख-मोल", "Duckworth", "डकवर्थ")],
    ),
    _f(
        N,
        "Midfielder Danny Drinkwater joined a club in Cyprus.",
        "मिडफ़ील्डर डैनी पानी-पियो साइप्रस के एक क्लब से जुड़े।",
        [("पानी-पियो", "Drinkwater", "ड्रिंकवॉटर")],
    ),
    _f(
        N,
        "Former bowler Ryan Sidebottom now coaches in Yorkshire.",
        "पूर्व गेंदबाज़ रायन बग़ल-तली अब यॉर्कशायर में कोचिंग देते हैं।",
        [("बग़ल-तली", "Sidebottom", "साइडबॉटम")],
    ),
    _f(
        N,
        "The birdwatcher Bill Oddie led the morning walk.",
        "पक्षी-प्रेमी बिल अजीब ने सुबह की सैर की अगुवाई की।",
        [("अजीब", "Oddie", "ऑडी")],
    ),
    _f(
        N,
        "Inspector Ruth Hardcastle and Sergeant Neil Proudfoot led the search.",
        "इंस्पेक्टर रूथ कठोर-क़िला और सार्जेंट नील घमंडी-पैर ने तलाशी की अगुवाई की।",
        [("कठोर-क़िला", "Hardcastle", "हार्डकासल"), ("घमंडी-पैर", "Proudfoot", "प्राउडफ़ुट")],
    ),
    _f(
        N,
        "The Irish poet Sinead Bramble read at the festival.",
        "आयरिश कवयित्री शिनेड कंटीली-झाड़ी ने महोत्सव में कविता-पाठ किया।",
        [("कंटीली-झाड़ी", "Bramble", "ब्रैम्बल")],
    ),
    _f(
        N,
        "Australian opener Liam Haywood made a century in Perth.",
        "ऑस्ट्रेलियाई सलामी बल्लेबाज़ लियाम भूसा-लकड़ी ने पर्थ में शतक बनाया।",
        [("भूसा-लकड़ी", "Haywood", "हेवुड")],
    ),
    _f(
        N,
        "The Canadian skier Emma Wildgoose won gold.",
        "कनाडाई स्कीयर एमा जंगली-हंस ने स्वर्ण जीता।",
        [("जंगली-हंस", "Wildgoose", "वाइल्डगूज़")],
    ),
    _f(
        N,
        "The crowd booed umpire Alan Tidy.",
        "भीड़ ने अंपायर एलन साफ़-सुथरा की हूटिंग की।",
        [("साफ़-सुथरा", "Tidy", "टाइडी")],
    ),
    _f(
        N,
        "The Cheesemans have run the dairy for fifty years.",
        "पनीर-वालों का परिवार पचास साल से डेयरी चला रहा है।",
        [("पनीर-वालों", "The Cheesemans", "चीज़मैन")],
    ),
    _f(
        N,
        "Nurse Grace Shepherdson and Dr Paul Salter were honoured.",
        "नर्स ग्रेस चरवाहा-पुत्र और डॉ. पॉल नमक-वाला को सम्मानित किया गया।",
        [("चरवाहा-पुत्र", "Shepherdson", "शेफ़र्डसन"), ("नमक-वाला", "Salter", "सॉल्टर")],
    ),
    _f(
        N,
        "Rachel Longbottom, a teacher from Leeds, won the award.",
        "लीड्स की शिक्षिका रेचल लंबा-तला ने पुरस्कार जीता।",
        [("लंबा-तला", "Longbottom", "लॉन्गबॉटम")],
    ),
    # German, Dutch, Nordic
    _f(
        N,
        "Chemist Anna Blumenthal and physicist Jonas Sonnenschein shared the prize.",
        "रसायनशास्त्री अन्ना फूल-घाटी और भौतिकशास्त्री योनास धूप ने पुरस्कार साझा किया।",
        [("फूल-घाटी", "Blumenthal", "ब्लूमेनथाल"), ("धूप", "Sonnenschein", "ज़ोनेनशाइन")],
    ),
    _f(
        N,
        "Striker Lukas Pfeffer scored from the spot.",
        "स्ट्राइकर लुकास काली-मिर्च ने पेनल्टी पर गोल किया।",
        [("काली-मिर्च", "Pfeffer", "प्फ़ेफ़र")],
    ),
    _f(
        N,
        "The court heard Klaus Regenbogen's appeal.",
        "अदालत ने क्लाउस वर्षा-धनुष की अपील सुनी।",
        [("वर्षा-धनुष", "Regenbogen", "रेगेनबोगन")],
    ),
    _f(
        N,
        "Mayor Petra Apfelbaum welcomed the delegation.",
        "मेयर पेट्रा सेब-पेड़ ने प्रतिनिधिमंडल का स्वागत किया।",
        [("सेब-पेड़", "Apfelbaum", "आप्फ़ेलबाउम")],
    ),
    _f(
        N,
        "Dutch skaters Femke Zwart and Sanne Hoogland finished first and second.",
        "डच स्केटर फ़ेमके काली और साने ऊंची-ज़मीन पहले और दूसरे स्थान पर रहीं।",
        [("काली", "Zwart", "ज़्वार्ट"), ("ऊंची-ज़मीन", "Hoogland", "होखलांड")],
    ),
    _f(
        N,
        "Cyclist Bram Dekker crashed on the descent.",
        "साइकिलिस्ट ब्राम छप्परबंद ढलान पर गिर पड़े।",
        [("छप्परबंद", "Dekker", "डेक्कर")],
    ),
    _f(
        N,
        "Danish striker Mads Lykke scored twice.",
        "डेनमार्क के स्ट्राइकर मैड्स ख़ुशक़िस्मती ने दो गोल किए।",
        [("ख़ुशक़िस्मती", "Lykke", "लुक्के")],
    ),
    _f(
        N,
        "Norway's Ingrid Fjeld and Sweden's Elin Sandvik were named athletes of the year.",
        "नॉर्वे की इंग्रिड पहाड़ और स्वीडन की एलिन रेत-खाड़ी को वर्ष की सर्वश्रेष्ठ खिलाड़ी चुना गया।",
        [("पहाड़", "Fjeld", "फ़्येल"), ("रेत-खाड़ी", "Sandvik", "सांडविक")],
    ),
    # Spanish, Mexican, Portuguese, Brazilian, Italian, French
    _f(
        N,
        "Goalkeeper Iker Castillo saved two penalties.",
        "गोलकीपर इकेर क़िला ने दो पेनल्टी बचाईं।",
        [("क़िला", "Castillo", "कास्तियो")],
    ),
    _f(
        N,
        "Mexican boxer Luis Bravo and his trainer Raul Montero arrived in Delhi.",
        "मैक्सिकन मुक्केबाज़ लुइस बहादुर और उनके ट्रेनर राउल आखेटक दिल्ली पहुंचे।",
        [("बहादुर", "Bravo", "ब्रावो"), ("आखेटक", "Montero", "मोंतेरो")],
    ),
    _f(
        N,
        "Singer Lucia Cabello cancelled her show in Madrid.",
        "गायिका लूसिया केश ने मैड्रिड में अपना शो रद्द कर दिया।",
        [("केश", "Cabello", "काबेयो")],
    ),
    _f(
        N,
        "Chef Marta Olivares opened a restaurant in Goa.",
        "शेफ़ मार्ता जैतून-बाग़ ने गोवा में एक रेस्तरां खोला।",
        [("जैतून-बाग़", "Olivares", "ओलिवारेस")],
    ),
    _f(
        N,
        "Portuguese winger Tiago Pinheiro and Brazilian defender Caio Raposo were sent off.",
        "पुर्तगाली विंगर तियागो चीड़-वृक्ष और ब्राज़ीली डिफ़ेंडर काइओ लोमड़ को बाहर भेज दिया गया।",
        [("चीड़-वृक्ष", "Pinheiro", "पिन्येरो"), ("लोमड़", "Raposo", "रापोसो")],
    ),
    _f(
        N,
        "The fado singer Ines Sardinha sang in Panaji.",
        "फ़ादो गायिका इनेस सार्डीन-मछली ने पणजी में गाया।",
        [("सार्डीन-मछली", "Sardinha", "सार्दिन्या")],
    ),
    _f(
        N,
        "Referee Marco Pavone showed three red cards.",
        "रेफ़री मार्को मोर ने तीन लाल कार्ड दिखाए।",
        [("मोर", "Pavone", "पावोने")],
    ),
    _f(
        N,
        "The coach praised Davide Martello and Luca Ferro.",
        "कोच ने दाविदे हथौड़ा और लूका लोहे की तारीफ़ की।",
        [("हथौड़ा", "Martello", "मार्तेलो"), ("लोहे", "Ferro", "फ़ेर्रो")],
    ),
    _f(
        N,
        "Architect Giulia Pietra designed the museum.",
        "वास्तुकार जूलिया पाषाण ने संग्रहालय का डिज़ाइन तैयार किया।",
        [("पाषाण", "Pietra", "पिएत्रा")],
    ),
    _f(
        N,
        "French minister Claire Beauchamp visited Puducherry.",
        "फ़्रांसीसी मंत्री क्लेयर सुंदर-खेत ने पुडुचेरी का दौरा किया।",
        [("सुंदर-खेत", "Beauchamp", "बोशां")],
    ),
    _f(
        N,
        "Pianist Hugo Lacroix played in Kolkata.",
        "पियानोवादक ह्यूगो क्रूस ने कोलकाता में प्रस्तुति दी।",
        [("क्रूस", "Lacroix", "लाक्रुआ")],
    ),
    # Polish, Croatian, Slovenian, Russian, Turkish
    _f(
        N,
        "Polish climber Marek Sokol reached the summit.",
        "पोलिश पर्वतारोही मारेक बाज़-पक्षी शिखर पर पहुंचे।",
        [("बाज़-पक्षी", "Sokol", "सोकोल")],
    ),
    _f(
        N,
        "Sprinter Anna Kwiatkowska won the 200 metres.",
        "धाविका अन्ना फूल-वाली ने 200 मीटर दौड़ जीती।",
        [("फूल-वाली", "Kwiatkowska", "क्वियातकोव्स्का")],
    ),
    _f(
        N,
        "Croatian coach Ivan Kovac and Slovenian skier Tina Medved were honoured.",
        "क्रोएशियाई कोच इवान लुहार और स्लोवेनियाई स्कीयर टीना रीछ को सम्मानित किया गया।",
        [("लुहार", "Kovac", "कोवाच"), ("रीछ", "Medved", "मेदवेद")],
    ),
    _f(
        N,
        "Chess player Pavel Zayats lost to an Indian teenager.",
        "शतरंज खिलाड़ी पावेल खरहा एक भारतीय किशोर से हार गए।",
        [("खरहा", "Zayats", "ज़ायेत्स")],
    ),
    _f(
        N,
        "Volleyball player Melis Yildirim and coach Ahmet Celik were praised.",
        "वॉलीबॉल खिलाड़ी मेलिस तड़ित और कोच अहमत फ़ौलाद की तारीफ़ हुई।",
        [("तड़ित", "Yildirim", "यिल्दिरिम"), ("फ़ौलाद", "Celik", "चेलिक")],
    ),
    _f(
        N,
        "The Turkish novelist Elif Ozturk won the prize.",
        "तुर्की उपन्यासकार एलिफ़ असली-तुर्क ने पुरस्कार जीता।",
        [("असली-तुर्क", "Ozturk", "ओज़तुर्क")],
    ),
    # Arabic, Persian, Hebrew
    _f(
        N,
        "The Lebanese singer Rami Khoury and the Jordanian poet Hala Asfour performed together.",
        "लेबनानी गायक रामी धर्मगुरु और जॉर्डन की कवयित्री हाला नन्ही-चिड़िया ने साथ प्रस्तुति दी।",
        [("धर्मगुरु", "Khoury", "ख़ूरी"), ("नन्ही-चिड़िया", "Asfour", "असफ़ूर")],
    ),
    _f(
        N,
        "Palestinian runner Omar Ghazal finished the marathon.",
        "फ़िलिस्तीनी धावक उमर मृग ने मैराथन पूरी की।",
        [("मृग", "Ghazal", "ग़ज़ाल")],
    ),
    _f(
        N,
        "The Egyptian actor Karim Qamar arrived for the premiere.",
        "मिस्री अभिनेता करीम चांद प्रीमियर के लिए पहुंचे।",
        [("चांद", "Qamar", "क़मर")],
    ),
    _f(
        N,
        "The Iranian director Nasrin Sepehri cast Mina Setareh in the lead role.",
        "ईरानी निर्देशक नसरीन आसमानी ने मुख्य भूमिका में मीना तारिका को लिया।",
        [("आसमानी", "Sepehri", "सेपेहरी"), ("तारिका", "Setareh", "सेतारे")],
    ),
    _f(
        N,
        "Israeli swimmer Noam Zahavi and sailor Tamar Lavi won medals.",
        "इज़राइली तैराक नोआम सुनहरा और नाविक तमार सिंह ने पदक जीते।",
        [("सुनहरा", "Zahavi", "ज़हावी"), ("सिंह", "Lavi", "लावी")],
    ),
    # Chinese, Japanese, Korean, Vietnamese, Thai, Indonesian
    _f(
        N,
        "Table tennis players Lin Feng and Zhou Hai won the doubles.",
        "टेबल टेनिस खिलाड़ी लिन पवन और झोउ सिंधु ने युगल ख़िताब जीता।",
        [("पवन", "Feng", "फ़ेंग"), ("सिंधु", "Hai", "हाई")],
    ),
    _f(
        N,
        "Astronaut Kenji Hoshino and engineer Yui Nakajima visited Bengaluru.",
        "अंतरिक्ष यात्री केंजी तारों-का-मैदान और इंजीनियर युई बीच-द्वीप बेंगलुरु आए।",
        [("तारों-का-मैदान", "Hoshino", "होशिनो"), ("बीच-द्वीप", "Nakajima", "नाकाजिमा")],
    ),
    _f(
        N,
        "Sumo wrestler Takeshi Yamaguchi retired.",
        "सूमो पहलवान ताकेशी पहाड़-मुहाना ने संन्यास ले लिया।",
        [("पहाड़-मुहाना", "Yamaguchi", "यामागुची")],
    ),
    _f(
        N,
        "Archer Nam Ji-woo shot a perfect ten.",
        "तीरंदाज़ दक्षिण जी-वू ने परफ़ेक्ट टेन लगाया।",
        [("दक्षिण", "Nam", "नाम")],
    ),
    _f(
        N,
        "Vietnamese weightlifter Hoang Dung won gold.",
        "वियतनामी भारोत्तोलक पीला साहस ने स्वर्ण जीता।",
        [("पीला साहस", "Hoang Dung", "होआंग जुंग")],
    ),
    _f(
        N,
        "Thai shooter Chaiyaporn Suriya won bronze.",
        "थाई निशानेबाज़ चैयापोर्न सूर्य ने कांस्य जीता।",
        [("सूर्य", "Suriya", "सुरिया")],
    ),
    _f(
        N,
        "Indonesian singer Bintang Cahaya will perform in Jakarta.",
        "इंडोनेशियाई गायिका तारा रोशनी जकार्ता में प्रस्तुति देंगी।",
        [("तारा रोशनी", "Bintang Cahaya", "बिंतांग चाहाया")],
    ),
    _f(
        N,
        "Shuttler Dimas Kurniawan upset the world champion.",
        "शटलर दिमास कृपालु ने विश्व चैंपियन को उलटफेर का शिकार बनाया।",
        [("कृपालु", "Kurniawan", "कुर्नियावन")],
    ),
    # African
    _f(
        N,
        "South Africa's captain Thandi Ndlovu won the toss.",
        "दक्षिण अफ़्रीका की कप्तान थांडी हाथी ने टॉस जीता।",
        [("हाथी", "Ndlovu", "न्दलोवू")],
    ),
    _f(
        N,
        "The Soweto DJ Lerato Mokoena played at the festival.",
        "सोवेटो की डीजे लेराटो मगरमच्छ ने महोत्सव में संगीत बजाया।",
        [("मगरमच्छ", "Mokoena", "मोकोएना")],
    ),
]


TITLES = [
    # clubs and teams, their nicknames
    _f(
        T,
        "Leeds Rhinos won the Challenge Cup.",
        "लीड्स गैंडों ने चैलेंज कप जीता।",
        [("गैंडों", "Rhinos", "राइनोज़")],
    ),
    _f(
        T,
        "Stoke City, known as the Potters, sacked their manager.",
        "कुम्हारों के नाम से मशहूर स्टोक सिटी ने अपने मैनेजर को हटा दिया।",
        [("कुम्हारों", "the Potters", "पॉटर्स")],
    ),
    _f(
        T,
        "The Millers beat the Tangerines 2-0.",
        "चक्कीवालों ने संतरों को 2-0 से हराया।",
        [("चक्कीवालों", "The Millers", "मिलर्स"), ("संतरों", "the Tangerines", "टैंजरीन्स")],
    ),
    _f(
        T,
        "The Calgary Flames signed a Swedish goalkeeper.",
        "कैलगरी लपटों ने एक स्वीडिश गोलकीपर को अनुबंधित किया।",
        [("लपटों", "Flames", "फ़्लेम्स")],
    ),
    _f(
        T,
        "The Washington Wizards and the New Orleans Pelicans agreed a trade.",
        "वॉशिंगटन जादूगरों और न्यू ऑरलियन्स हवासीलों ने खिलाड़ियों की अदला-बदली पर सहमति जताई।",
        [("जादूगरों", "Wizards", "विज़ार्ड्स"), ("हवासीलों", "Pelicans", "पेलिकन्स")],
    ),
    _f(
        T,
        "The Milwaukee Brewers beat the San Diego Padres.",
        "मिल्वॉकी शराब-निर्माताओं ने सैन डिएगो पादरियों को हराया।",
        [("शराब-निर्माताओं", "Brewers", "ब्रूअर्स"), ("पादरियों", "Padres", "पाद्रेस")],
    ),
    _f(
        T,
        "The Indianapolis Colts and the Los Angeles Rams both lost.",
        "इंडियानापोलिस बछेड़े और लॉस एंजेलिस मेढ़े दोनों हार गए।",
        [("बछेड़े", "Colts", "कोल्ट्स"), ("मेढ़े", "Rams", "रैम्स")],
    ),
    _f(
        T,
        "The Washington Commanders hired a new coach.",
        "वॉशिंगटन सेनापतियों ने नया कोच नियुक्त किया।",
        [("सेनापतियों", "Commanders", "कमांडर्स")],
    ),
    _f(
        T,
        "The Lionesses won the European title again.",
        "शेरनियों ने फिर यूरोपीय ख़िताब जीता।",
        [("शेरनियों", "The Lionesses", "लायनेसेस")],
    ),
    _f(
        T,
        "The Proteas reached the World Test Championship final.",
        "प्रोटिया फूलों ने विश्व टेस्ट चैंपियनशिप के फ़ाइनल में जगह बनाई।",
        [("प्रोटिया फूलों", "The Proteas", "प्रोटियाज़")],
    ),
    _f(
        T,
        "The Wallabies beat the Springboks in Perth.",
        "नन्हे कंगारुओं ने पर्थ में उछलते हिरणों को हराया।",
        [("नन्हे कंगारुओं", "The Wallabies", "वैलबीज़"), ("उछलते हिरणों", "the Springboks", "स्प्रिंगबॉक्स")],
    ),
    _f(
        T,
        "The Barmy Army sang through the last session.",
        "सनकी सेना आख़िरी सत्र भर गाती रही।",
        [("सनकी सेना", "The Barmy Army", "बार्मी आर्मी")],
    ),
    _f(
        T,
        "The Toronto Wolfpack folded in 2020.",
        "टोरंटो भेड़िया-झुंड 2020 में बंद हो गया।",
        [("भेड़िया-झुंड", "Wolfpack", "वुल्फ़पैक")],
    ),
    _f(
        T,
        "The Gunners beat Brighton at home.",
        "तोपचियों ने घरेलू मैदान पर ब्राइटन को हराया।",
        [("तोपचियों", "The Gunners", "गनर्स")],
    ),
    # grounds, buildings
    _f(
        T,
        "Shoppers filled the Bullring on Saturday.",
        "शनिवार को सांडों का अखाड़ा ख़रीदारों से भर गया।",
        [("सांडों का अखाड़ा", "the Bullring", "बुलरिंग")],
    ),
    _f(
        T,
        "The Scalpel was sold to a Singapore fund.",
        "शल्य-छुरी इमारत को सिंगापुर के एक फ़ंड को बेच दिया गया।",
        [("शल्य-छुरी", "The Scalpel", "स्कैल्पेल")],
    ),
    _f(
        T,
        "The first Test is at Newlands and the second at Kingsmead.",
        "पहला टेस्ट नई ज़मीनों पर और दूसरा राजा-चरागाह में होगा।",
        [("नई ज़मीनों", "Newlands", "न्यूलैंड्स"), ("राजा-चरागाह", "Kingsmead", "किंग्समीड")],
    ),
    _f(
        T,
        "Burnley won at Turf Moor; West Brom lost at the Hawthorns.",
        "बर्नली घास-बंजर पर जीता; वेस्ट ब्रॉम कंटीली झाड़ियों पर हार गया।",
        [("घास-बंजर", "Turf Moor", "टर्फ़ मूर"), ("कंटीली झाड़ियों", "the Hawthorns", "हॉथॉर्न्स")],
    ),
    _f(
        T,
        "Notts County drew at Meadow Lane.",
        "नॉट्स काउंटी का मैच चरागाह गली में बराबर रहा।",
        [("चरागाह गली", "Meadow Lane", "मेडो लेन")],
    ),
    # days and events
    _f(
        T,
        "Pancake Day and Groundhog Day fell in the same week.",
        "मालपुआ दिवस और ज़मीनी-सुअर दिवस एक ही हफ़्ते में पड़े।",
        [("मालपुआ दिवस", "Pancake Day", "पैनकेक डे"), ("ज़मीनी-सुअर दिवस", "Groundhog Day", "ग्राउंडहॉग डे")],
    ),
    # companies and brands
    _f(
        T,
        "The bike-taxi app Rapido raised new funds.",
        "बाइक-टैक्सी ऐप फ़ुर्तीला ने नई पूंजी जुटाई।",
        [("फ़ुर्तीला", "Rapido", "रैपिडो")],
    ),
    _f(
        T,
        "The credit app CRED and the mattress maker Wakefit cut jobs.",
        "क्रेडिट ऐप साख और गद्दा निर्माता जागो-फ़िट ने नौकरियां घटाईं।",
        [("साख", "CRED", "क्रेड"), ("जागो-फ़िट", "Wakefit", "वेकफ़िट")],
    ),
    _f(
        T,
        "The skincare brands Plum and Minimalist were sold.",
        "स्किनकेयर ब्रांड आलूबुख़ारा और न्यूनतमवादी बिक गए।",
        [("आलूबुख़ारा", "Plum", "प्लम"), ("न्यूनतमवादी", "Minimalist", "मिनिमलिस्ट")],
    ),
    _f(
        T,
        "The snack maker Open Secret launched a new bar.",
        "स्नैक निर्माता खुला रहस्य ने नया बार उतारा।",
        [("खुला रहस्य", "Open Secret", "ओपन सीक्रेट")],
    ),
    _f(
        T,
        "The supermarket chain Jumbo opened stores in Belgium.",
        "सुपरमार्केट चेन विशालकाय ने बेल्जियम में स्टोर खोले।",
        [("विशालकाय", "Jumbo", "यंबो")],
    ),
    _f(
        T,
        "Sales of Tusker beer rose in Nairobi.",
        "नैरोबी में हाथी-दांत बियर की बिक्री बढ़ी।",
        [("हाथी-दांत", "Tusker", "टस्कर")],
    ),
    _f(
        T,
        "Sapphire Foods runs hundreds of fast-food outlets.",
        "नीलम फ़ूड्स सैकड़ों फ़ास्ट-फ़ूड आउटलेट चलाती है।",
        [("नीलम", "Sapphire", "सफ़ायर")],
    ),
    # nicknames and bands
    _f(
        T,
        "Fans called the spinner the Turbanator.",
        "प्रशंसक उस स्पिनर को पगड़ी-संहारक कहते थे।",
        [("पगड़ी-संहारक", "the Turbanator", "टर्बनेटर")],
    ),
    _f(
        T,
        "The band Euphoria will play in Pune.",
        "बैंड उल्लास पुणे में प्रस्तुति देगा।",
        [("उल्लास", "Euphoria", "यूफ़ोरिया")],
    ),
]

NAME_LOOKALIKES = [
    # Indian names whose parts are Hindi words, some after a role word
    C("name", "Fast bowler Kranti Goud took three wickets.", "तेज़ गेंदबाज़ क्रांति गौड़ ने तीन विकेट लिए।"),
    C("name", "Wicketkeeper Richa Ghosh hit three sixes.", "विकेटकीपर ऋचा घोष ने तीन छक्के लगाए।"),
    C(
        "name",
        "Coach Amol Muzumdar named the squad for the tour.",
        "कोच अमोल मुज़ुमदार ने दौरे के लिए टीम की घोषणा की।",
    ),
    C(
        "name",
        "Commentator Harsha Bhogle praised the young batter.",
        "कमेंटेटर हर्षा भोगले ने युवा बल्लेबाज़ की तारीफ़ की।",
    ),
    C("name", "Opener Pratika Rawal made a century.", "सलामी बल्लेबाज़ प्रतीका रावल ने शतक बनाया।"),
    C("name", "Boxer Nupur Sheoran won silver.", "मुक्केबाज़ नूपुर श्योराण ने रजत जीता।"),
    C("name", "Shuttler Unnati Hooda reached the semi-finals.", "शटलर उन्नति हुड्डा सेमीफ़ाइनल में पहुंचीं।"),
    C("name", "Wicketkeeper Dhruv Jurel took a sharp catch.", "विकेटकीपर ध्रुव जुरेल ने शानदार कैच लपका।"),
    C(
        "name",
        "Amanjot Kaur and Shree Charani starred in the win.",
        "अमनजोत कौर और श्री चरणी जीत की नायिका रहीं।",
    ),
    C("name", "Batter Sai Sudharsan made 87 at Edgbaston.", "बल्लेबाज़ साई सुदर्शन ने एजबेस्टन में 87 रन बनाए।"),
    C("name", "Captain Rajat Patidar lifted the trophy.", "कप्तान रजत पाटीदार ने ट्रॉफ़ी उठाई।"),
    C(
        "name",
        "Singer Sachet Tandon and composer Parampara Thakur attended the launch.",
        "गायक सचेत टंडन और संगीतकार परंपरा ठाकुर लॉन्च में पहुंचे।",
    ),
    C(
        "name",
        "Union minister Chirag Paswan visited Hajipur.",
        "केंद्रीय मंत्री चिराग पासवान ने हाजीपुर का दौरा किया।",
    ),
    C(
        "name",
        "Deputy Chief Minister Samrat Choudhary presented the budget.",
        "उपमुख्यमंत्री सम्राट चौधरी ने बजट पेश किया।",
    ),
    C("name", "Selector Ajit Agarkar spoke to reporters.", "चयनकर्ता अजीत अगरकर ने पत्रकारों से बात की।"),
    C("name", "Batter Devdutt Padikkal hit the winning runs.", "बल्लेबाज़ देवदत्त पडिक्कल ने जिताऊ रन बनाए।"),
    C(
        "name",
        "Pacer Arshdeep Singh replaced the injured bowler.",
        "तेज़ गेंदबाज़ अर्शदीप सिंह ने चोटिल गेंदबाज़ की जगह ली।",
    ),
    # foreign names whose transliteration is also a Hindi word
    C("name", "Rally driver Ott Tanak won in Sardinia.", "रैली ड्राइवर ओट तानाक ने सार्डिनिया में जीत हासिल की।"),
    C("name", "Hakim Ziyech joined a club in Qatar.", "हकीम ज़ियेच क़तर के एक क्लब से जुड़े।"),
    C(
        "name",
        "Midfielder Dor Peretz signed for an Israeli club.",
        "मिडफ़ील्डर डोर पेरेत्ज़ ने एक इज़राइली क्लब से अनुबंध किया।",
    ),
    C(
        "name",
        "Nepal's interim prime minister Sushila Karki met the president.",
        "नेपाल की अंतरिम प्रधानमंत्री सुशीला कार्की ने राष्ट्रपति से मुलाक़ात की।",
    ),
    # East-Asian hyphenated given names; a title and a one-syllable name
    C("name", "Actress Seo Ye-ji returned to television.", "अभिनेत्री सेओ ये-जी टेलीविज़न पर लौटीं।"),
    C("name", "President Lai Ching-te addressed the nation.", "राष्ट्रपति लाई चिंग-ते ने राष्ट्र को संबोधित किया।"),
    C("name", "Mr Ka, a shopkeeper from Busan, found the wallet.", "बुसान के दुकानदार श्री का को बटुआ मिला।"),
    C("name", "Coach Jo praised his young players.", "कोच जो ने अपने युवा खिलाड़ियों की तारीफ़ की।"),
    C("name", "Mr Bo, the ferry owner, was arrested.", "फ़ेरी मालिक श्री बो को गिरफ़्तार किया गया।"),
    C("name", "Shuttler Tai Tzu-ying has retired.", "शटलर ताई त्ज़ु-यिंग ने संन्यास ले लिया है।"),
    # K-pop and band names transliterated
    C(
        "name",
        "Blackpink's Jisoo and Jennie released solo albums.",
        "ब्लैकपिंक की जीसू और जेनी ने एकल एल्बम जारी किए।",
    ),
    C("name", "Le Sserafim and aespa will perform in Mumbai.", "ले सेराफ़िम और ईस्पा मुंबई में प्रस्तुति देंगे।"),
    C(
        "name",
        "Twenty One Pilots and The Chainsmokers headlined the festival.",
        "ट्वेंटी वन पायलट्स और द चेनस्मोकर्स महोत्सव के मुख्य कलाकार रहे।",
    ),
    C("name", "The 1975 and Maroon 5 announced shows in India.", "द 1975 और मरून 5 ने भारत में शो की घोषणा की।"),
    C("name", "Maneskin played in Abu Dhabi.", "मॉनेस्किन ने अबू धाबी में प्रस्तुति दी।"),
    C(
        "name",
        "The rock bands Parikrama and Thermal and a Quarter played in Bengaluru.",
        "रॉक बैंड परिक्रमा और थर्मल एंड अ क्वार्टर ने बेंगलुरु में प्रस्तुति दी।",
    ),
    C("name", "The band When Chai Met Toast sang in Kochi.", "बैंड व्हेन चाय मेट टोस्ट ने कोच्चि में गाया।"),
    # an adjective and a noun with no name before them
    C("name", "A dead camel was found on the highway.", "राजमार्ग पर एक मरा हुआ ऊंट मिला।"),
    C("name", "Folk music filled the square.", "चौक में लोक संगीत गूंजता रहा।"),
    C(
        "name",
        "The injured pilgrims were taken to the district hospital.",
        "घायल तीर्थयात्रियों को ज़िला अस्पताल ले जाया गया।",
    ),
    C("name", "A blackbuck was killed near the village.", "गांव के पास एक काले हिरण का शिकार किया गया।"),
    C("name", "The old banyan tree fell in the storm.", "बूढ़ा बरगद आंधी में गिर गया।"),
    C("name", "Black smoke rose from the factory.", "फ़ैक्टरी से काला धुआं उठा।"),
    C("name", "The wet roads caused several accidents.", "भीगी सड़कों के कारण कई हादसे हुए।"),
    C("name", "Coarse grains are back on the menu.", "मोटा अनाज फिर थाली में लौट आया है।"),
    # singular occupation compounds joined by a hyphen
    C("name", "The flower-seller lost her stall in the fire.", "आग में फूल-विक्रेता की दुकान जल गई।"),
    C("name", "A tea-seller's son topped the exam.", "एक चाय-विक्रेता के बेटे ने परीक्षा में पहला स्थान पाया।"),
    C(
        "name",
        "The fish-seller and the taxi-driver helped the police.",
        "मछली-विक्रेता और टैक्सी-चालक ने पुलिस की मदद की।",
    ),
    C("name", "A cattle-trader was robbed on the highway.", "राजमार्ग पर एक मवेशी-व्यापारी को लूट लिया गया।"),
    C("name", "The scrap-dealer found the stolen statue.", "कबाड़-व्यापारी को चोरी की मूर्ति मिली।"),
    C("name", "A farm-labourer's daughter won the scholarship.", "एक खेत-मज़दूर की बेटी ने छात्रवृत्ति जीती।"),
]

TITLE_LOOKALIKES = [
    # brand, firm and team names with English words, in Devanagari (plurals too)
    C(
        "title",
        "The payments app MobiKwik filed for a listing.",
        "भुगतान ऐप मोबिक्विक ने सूचीबद्धता के लिए आवेदन किया।",
    ),
    C("title", "The cooker brand Hawkins raised its prices.", "कुकर ब्रांड हॉकिन्स ने अपने दाम बढ़ाए।"),
    C("title", "The lender Navi cut its interest rates.", "क़र्ज़ देने वाली कंपनी नवी ने ब्याज दरें घटाईं।"),
    C(
        "title",
        "The coffee chain Third Wave Coffee opened new outlets.",
        "कॉफ़ी चेन थर्ड वेव कॉफ़ी ने नए आउटलेट खोले।",
    ),
    C("title", "The snack brand Happilo opened a factory.", "स्नैक ब्रांड हैपिलो ने एक कारख़ाना खोला।"),
    C(
        "title",
        "Little Hearts and Good Day biscuits became costlier.",
        "लिटिल हार्ट्स और गुड डे बिस्किट महंगे हो गए।",
    ),
    C("title", "Nestle's Munch sold well this year.", "इस साल नेस्ले के मंच की बिक्री अच्छी रही।"),
    C("title", "Packets of Hide & Seek biscuits were recalled.", "हाइड एंड सीक बिस्किट के पैकेट वापस मंगाए गए।"),
    C(
        "title",
        "Country Delight started delivering milk in Noida.",
        "कंट्री डिलाइट ने नोएडा में दूध पहुंचाना शुरू किया।",
    ),
    C("title", "The mattress maker Duroflex opened a store.", "गद्दा निर्माता ड्यूरोफ़्लेक्स ने एक स्टोर खोला।"),
    C("title", "The cab firm BluSmart shut down.", "कैब कंपनी ब्लूस्मार्ट बंद हो गई।"),
    C("title", "The Bengaluru Torpedoes won the volleyball league.", "बेंगलुरु टॉरपीडोज़ ने वॉलीबॉल लीग जीती।"),
    C("title", "The Mumbai Meteors won at home.", "मुंबई मीटियोर्स ने घरेलू मैदान पर जीत दर्ज की।"),
    C("title", "The Puneri Paltan and the UP Yoddhas drew.", "पुणेरी पलटन और यूपी योद्धाज़ का मैच बराबर रहा।"),
    C("title", "The Hyderabad Toofans won the hockey league.", "हैदराबाद तूफ़ान्स ने हॉकी लीग जीती।"),
    C("title", "The Texans and the Jaguars meet on Sunday.", "टेक्सन्स और जैगुआर्स का मुक़ाबला रविवार को है।"),
    C("title", "The Penguins beat the Coyotes.", "पेंगुइन्स ने कोयोट्स को हराया।"),
    # places that are also English or Hindi words, and rivers abroad
    C("title", "The ferry from Poole was cancelled.", "पूल से चलने वाली फ़ेरी रद्द कर दी गई।"),
    C("title", "Rain lashed Guna and Dhar.", "गुना और धार में बारिश हुई।"),
    C("title", "A new medical college will open in Basti.", "बस्ती में नया मेडिकल कॉलेज खुलेगा।"),
    C("title", "The steel plant in Durg was expanded.", "दुर्ग के इस्पात संयंत्र का विस्तार किया गया।"),
    C("title", "Farmers in Bhandara got relief.", "भंडारा के किसानों को राहत मिली।"),
    C("title", "Tourists took boat rides on the Seine.", "पर्यटकों ने सीन नदी में नौका-विहार किया।"),
    C("title", "Egypt opposed the new dam on the Nile.", "मिस्र ने नील नदी पर बने नए बांध का विरोध किया।"),
    C("title", "Boats returned to the city's Upper Lake.", "शहर के बड़े तालाब में फिर नावें चलने लगीं।"),
    # awards, offices and epithets Hindi writes
    C("title", "He received the Jnanpith Award.", "उन्हें ज्ञानपीठ पुरस्कार मिला।"),
    C("title", "The Lokpal sought a report.", "लोकपाल ने रिपोर्ट मांगी।"),
    C("title", "The Governor addressed the assembly.", "राज्यपाल ने विधानसभा को संबोधित किया।"),
    C("title", "The Leader of the Opposition walked out.", "नेता प्रतिपक्ष ने सदन से वॉकआउट किया।"),
    C(
        "title",
        "The Rajya Sabha chairman adjourned the House.",
        "राज्यसभा के सभापति ने सदन की कार्यवाही स्थगित कर दी।",
    ),
    C(
        "title",
        "Virender Sehwag, the Nawab of Najafgarh, opened the stadium.",
        "'नजफ़गढ़ के नवाब' वीरेंद्र सहवाग ने स्टेडियम का उद्घाटन किया।",
    ),
]
