"""Held-out round-20 items: names and titles/institutions (hand-written by helper blindA, see
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
    # English-language surnames
    _f(
        N,
        "Poet Daisy Sweetapple read from her new book.",
        "कवयित्री डेज़ी मीठा-सेब ने अपनी नई किताब से पाठ किया।",
        [("मीठा-सेब", "Sweetapple", "स्वीटऐपल")],
    ),
    _f(
        N,
        "Ashdown and Honeywell were dropped from the team.",
        "राख-टीला और शहद-कुआं को टीम से बाहर कर दिया गया।",
        [("राख-टीला", "Ashdown", "ऐशडाउन"), ("शहद-कुआं", "Honeywell", "हनीवेल")],
    ),
    _f(
        N,
        "Judge Harriet Hawkridge adjourned the hearing.",
        "जज हैरियट बाज़-चोटी ने सुनवाई स्थगित कर दी।",
        [("बाज़-चोटी", "Hawkridge", "हॉकरिज")],
    ),
    _f(
        N,
        "Police questioned Tom Whitmore's neighbour.",
        "पुलिस ने टॉम सफ़ेद-दलदल के पड़ोसी से पूछताछ की।",
        [("सफ़ेद-दलदल", "Whitmore", "व्हिटमोर")],
    ),
    _f(
        N,
        "The letter was signed by Alice Sugarman.",
        "पत्र पर ऐलिस चीनी-आदमी के हस्ताक्षर थे।",
        [("चीनी-आदमी", "Sugarman", "शुगरमैन")],
    ),
    _f(
        N,
        "Farmer Peter Wheatley sold his land.",
        "किसान पीटर गेहूं-खेत ने अपनी ज़मीन बेच दी।",
        [("गेहूं-खेत", "Wheatley", "व्हीटली")],
    ),
    _f(
        N,
        "The architect, Rosemary Greenleaf, designed the library.",
        "वास्तुकार रोज़मेरी हरा-पत्ता ने पुस्तकालय का डिज़ाइन तैयार किया।",
        [("हरा-पत्ता", "Greenleaf", "ग्रीनलीफ़")],
    ),
    # Japanese
    _f(
        N,
        "Director Haruto Morishita won the award in Busan.",
        "निर्देशक हारुतो जंगल-तले ने बुसान में पुरस्कार जीता।",
        [("जंगल-तले", "Morishita", "मोरिशिता")],
    ),
    _f(
        N,
        "Matsuda and Yoshimura scored for Japan.",
        "जापान के लिए चीड़-खेत और शुभ-गांव ने गोल किए।",
        [("चीड़-खेत", "Matsuda", "मात्सुदा"), ("शुभ-गांव", "Yoshimura", "योशिमुरा")],
    ),
    _f(
        N,
        "The film stars Emi Hayakawa.",
        "फ़िल्म में एमी तेज़-नदी मुख्य भूमिका में हैं।",
        [("तेज़-नदी", "Hayakawa", "हायाकावा")],
    ),
    _f(
        N,
        "Critics praised chef Kenta Nakamura's restaurant.",
        "आलोचकों ने शेफ़ केंता बीच-गांव के रेस्तरां की तारीफ़ की।",
        [("बीच-गांव", "Nakamura", "नाकामुरा")],
    ),
    _f(
        N,
        "Sakurai's late goal sealed the match.",
        "चेरी-कुआं के आख़िरी मिनट के गोल ने मैच पक्का कर दिया।",
        [("चेरी-कुआं", "Sakurai", "साकुराई")],
    ),
    # Chinese
    _f(
        N,
        "Swimmer Wang Xuefeng set a national record.",
        "तैराक वांग हिम-शिखर ने राष्ट्रीय रिकॉर्ड बनाया।",
        [("हिम-शिखर", "Xuefeng", "श्वेफ़ेंग")],
    ),
    _f(
        N,
        "The report was written by Zhang Chunlei.",
        "रिपोर्ट झांग वसंत-गर्जन ने लिखी।",
        [("वसंत-गर्जन", "Chunlei", "चुनलेई")],
    ),
    _f(
        N,
        "Archer Chen Qiuyue won two medals.",
        "तीरंदाज़ चेन शरद-चंद्र ने दो पदक जीते।",
        [("शरद-चंद्र", "Qiuyue", "चिउयुए")],
    ),
    # Korean
    _f(
        N,
        "Actor Choi Gureum joined the cast.",
        "अभिनेता चोई मेघ कलाकारों में शामिल हुए।",
        [("मेघ", "Gureum", "गुरेउम")],
    ),
    # Vietnamese
    _f(N, "Runner Vo Thi Thu won the gold.", "धाविका वो थी पतझड़ ने स्वर्ण जीता।", [("पतझड़", "Thu", "थू")]),
    # Thai
    _f(
        N,
        "Thai boxer Fai Sornrak knocked out his opponent.",
        "थाई मुक्केबाज़ आग सॉर्नरक ने अपने प्रतिद्वंद्वी को नॉकआउट कर दिया।",
        [("आग", "Fai", "फ़ाई")],
    ),
    # Indonesian
    _f(
        N,
        "Indonesian footballer Rizky Bumi signed for the club.",
        "इंडोनेशियाई फ़ुटबॉलर रिज़्की धरती ने क्लब के साथ करार किया।",
        [("धरती", "Bumi", "बूमी")],
    ),
    # Spanish
    _f(
        N,
        "Goalkeeper Álvaro Moreno saved a penalty.",
        "गोलकीपर अल्वारो सांवला ने पेनल्टी बचाई।",
        [("सांवला", "Moreno", "मोरेनो")],
    ),
    _f(
        N,
        "Reporters spoke to coach Diego Ladera.",
        "पत्रकारों ने कोच दिएगो ढलान से बात की।",
        [("ढलान", "Ladera", "लादेरा")],
    ),
    # Portuguese
    _f(
        N,
        "Mayor Ana Figueira opened the school.",
        "मेयर आना अंजीर ने स्कूल का उद्घाटन किया।",
        [("अंजीर", "Figueira", "फ़िगेइरा")],
    ),
    _f(
        N,
        "The club signed Brazilian midfielder Lucas Pedrosa.",
        "क्लब ने ब्राज़ीली मिडफ़ील्डर लुकास पथरीला को साइन किया।",
        [("पथरीला", "Pedrosa", "पेड्रोसा")],
    ),
    # Italian
    F(
        N,
        "The film tells the story of the Pecora family.",
        "फ़िल्म भेड़ों के परिवार की कहानी कहती है।",
        [("भेड़ों", "Pecora")],
        "फ़िल्म पेकोरा परिवार की कहानी कहती है।",
    ),
    _f(
        N,
        "The prize went to Marta Pesce and Ingrid Nordahl.",
        "पुरस्कार मार्ता मछली और इंग्रिड उत्तर-घाटी को मिला।",
        [("मछली", "Pesce", "पेशे"), ("उत्तर-घाटी", "Nordahl", "नूरडाल")],
    ),
    # French
    _f(
        N,
        "Chef Pierre Fournier cooked for the guests.",
        "शेफ़ पियरे तंदूरवाला ने मेहमानों के लिए खाना बनाया।",
        [("तंदूरवाला", "Fournier", "फ़ुर्नियर")],
    ),
    _f(
        N,
        "Dupuis, the French ambassador, visited Jaipur.",
        "कुआं-वाला, फ़्रांसीसी राजदूत, जयपुर गए।",
        [("कुआं-वाला", "Dupuis", "दुपुई")],
    ),
    # German
    _f(
        N,
        "Goalkeeper Felix Schäfer kept a clean sheet.",
        "गोलकीपर फ़ेलिक्स गड़रिया ने एक भी गोल नहीं होने दिया।",
        [("गड़रिया", "Schäfer", "शेफ़र")],
    ),
    _f(
        N,
        "Defender Jonas Eichhorn was booked.",
        "डिफ़ेंडर योनास गिलहरी को पीला कार्ड दिखाया गया।",
        [("गिलहरी", "Eichhorn", "आइशहॉर्न")],
    ),
    # Dutch
    _f(
        N,
        "Dutch skater Femke van Leeuwen won the race.",
        "डच स्केटर फ़ेम्के शेरों ने रेस जीती।",
        [("शेरों", "van Leeuwen", "फ़ान लेवेन")],
    ),
    # Swedish
    _f(
        N,
        "Swedish defender Oskar Ekström was sent off.",
        "स्वीडिश डिफ़ेंडर ऑस्कर बलूत-धारा को बाहर भेज दिया गया।",
        [("बलूत-धारा", "Ekström", "एकस्ट्रोम")],
    ),
    # Slavic
    _f(
        N,
        "Skater Irina Golubeva fell in the final.",
        "स्केटर इरीना कबूतरी फ़ाइनल में गिर गईं।",
        [("कबूतरी", "Golubeva", "गोलुबेवा")],
    ),
    _f(
        N,
        "Polish striker Adam Wrona scored twice.",
        "पोलिश स्ट्राइकर एडम कौआ ने दो गोल किए।",
        [("कौआ", "Wrona", "व्रोना")],
    ),
    # Turkish
    _f(
        N,
        "Turkish singer Aylin Kartal performed in Delhi.",
        "तुर्की गायिका आयलिन चील ने दिल्ली में प्रस्तुति दी।",
        [("चील", "Kartal", "कार्तल")],
    ),
    # Arabic
    _f(
        N,
        "Egyptian striker Youssef Nimr missed the match.",
        "मिस्र के स्ट्राइकर यूसुफ़ तेंदुआ मैच में नहीं खेले।",
        [("तेंदुआ", "Nimr", "निम्र")],
    ),
    _f(
        N,
        "Lebanese singer Rima Zahra released a new album.",
        "लेबनानी गायिका रीमा कली ने नया एल्बम जारी किया।",
        [("कली", "Zahra", "ज़हरा")],
    ),
    # Persian
    _f(
        N,
        "Iranian chess player Arash Kamran drew with the champion.",
        "ईरानी शतरंज खिलाड़ी आरश कामयाब ने चैंपियन से बाज़ी ड्रॉ कराई।",
        [("कामयाब", "Kamran", "कामरान")],
    ),
    # Hebrew
    _f(
        N,
        "Israeli novelist Noa Eshel spoke at the festival.",
        "इज़राइली उपन्यासकार नोआ झाऊ ने उत्सव में भाषण दिया।",
        [("झाऊ", "Eshel", "एशेल")],
    ),
    _f(
        N,
        "The diver Maya Dagan finished fourth.",
        "गोताख़ोर माया अनाज चौथे स्थान पर रहीं।",
        [("अनाज", "Dagan", "दागान")],
    ),
    # African
    _f(
        N,
        "Ethiopian runner Genet Alemu won in Mumbai.",
        "इथियोपियाई धाविका जन्नत अलेमु ने मुंबई में जीत हासिल की।",
        [("जन्नत", "Genet", "गेनेत")],
    ),
    _f(
        N,
        "Xhosa actor Lwazi Dlamini plays the lead.",
        "खोसा अभिनेता ज्ञान द्लामिनी मुख्य भूमिका निभाते हैं।",
        [("ज्ञान", "Lwazi", "ल्वाज़ी")],
    ),
    _f(
        N,
        "Nigerian striker Oluwaseun Adeyemi scored in the final.",
        "नाइजीरियाई स्ट्राइकर प्रभु-का-धन्यवाद अदेयेमी ने फ़ाइनल में गोल किया।",
        [("प्रभु-का-धन्यवाद", "Oluwaseun", "ओलुवासेउन")],
    ),
    _f(
        N,
        "Coach Kwabena Owusu praised Nkechi.",
        "कोच क्वाबेना ओवुसु ने ईश्वर-की-देन की तारीफ़ की।",
        [("ईश्वर-की-देन", "Nkechi", "न्केची")],
    ),
    # more positions: a list opening the sentence, before से, a multi-word calque
    _f(
        N,
        "Lovegrove and Soler reached the final.",
        "प्रेम-कुंज और धूप-वाली फ़ाइनल में पहुंचे।",
        [("प्रेम-कुंज", "Lovegrove", "लवग्रोव"), ("धूप-वाली", "Soler", "सोलेर")],
    ),
    _f(
        N,
        "The minister met Emiko Kawashima in Osaka.",
        "मंत्री ओसाका में एमिको नदी-द्वीप से मिले।",
        [("नदी-द्वीप", "Kawashima", "कावाशिमा")],
    ),
    _f(
        N,
        "The film's music is by Zhao Yunfei.",
        "फ़िल्म का संगीत झाओ बादल-उड़ान ने दिया है।",
        [("बादल-उड़ान", "Yunfei", "युनफ़ेई")],
    ),
    _f(
        N,
        "Winger Rafael Lobato was injured.",
        "विंगर राफ़ेल भेड़िये का बच्चा घायल हो गए।",
        [("भेड़िये का बच्चा", "Lobato", "लोबातो")],
    ),
]

TITLES = [
    _f(
        T,
        "Fans still call him the Universal Boss.",
        "प्रशंसक आज भी उन्हें विश्वव्यापी मालिक कहते हैं।",
        [("विश्वव्यापी मालिक", "the Universal Boss", "यूनिवर्सल बॉस")],
    ),
    _f(
        T,
        "The children watched Toy Story and Finding Nemo.",
        "बच्चों ने खिलौना कहानी और नीमो की तलाश देखीं।",
        [("खिलौना कहानी", "Toy Story", "टॉय स्टोरी"), ("नीमो की तलाश", "Finding Nemo", "फ़ाइंडिंग नीमो")],
    ),
    _f(
        T,
        "The second season of Squid Game was released in December.",
        "स्क्विड खेल का दूसरा सीज़न दिसंबर में रिलीज़ हुआ।",
        [("स्क्विड खेल", "Squid Game", "स्क्विड गेम")],
    ),
    _f(
        T,
        "The company raised the price of Thums Up.",
        "कंपनी ने अंगूठे ऊपर की क़ीमत बढ़ा दी।",
        [("अंगूठे ऊपर", "Thums Up", "थम्स अप")],
    ),
    _f(
        T,
        "A bottle of Head & Shoulders was on the shelf.",
        "शेल्फ़ पर सिर और कंधे की एक बोतल रखी थी।",
        [("सिर और कंधे", "Head & Shoulders", "हेड एंड शोल्डर्स")],
    ),
    _f(
        T,
        "Kingfisher Airlines stopped flying in 2012.",
        "किलकिला एयरलाइंस ने 2012 में उड़ानें बंद कर दीं।",
        [("किलकिला एयरलाइंस", "Kingfisher Airlines", "किंगफ़िशर एयरलाइंस")],
    ),
    _f(
        T,
        "The Goa Sea Hawks beat the Pune Thunderbolts.",
        "गोवा समुद्री बाज़ों ने पुणे वज्रपातों को हराया।",
        [
            ("गोवा समुद्री बाज़ों", "the Goa Sea Hawks", "गोवा सी हॉक्स"),
            ("पुणे वज्रपातों", "the Pune Thunderbolts", "पुणे थंडरबोल्ट्स"),
        ],
    ),
    _f(
        T,
        "The band Paper Lanterns played in Shillong.",
        "बैंड काग़ज़ी लालटेनों ने शिलॉन्ग में प्रस्तुति दी।",
        [("काग़ज़ी लालटेनों", "Paper Lanterns", "पेपर लैंटर्न्स")],
    ),
    _f(
        T,
        "Tourists visited the Hanging Gardens on Malabar Hill.",
        "पर्यटक मालाबार पहाड़ी पर लटकते बग़ीचे देखने गए।",
        [
            ("मालाबार पहाड़ी", "Malabar Hill", "मालाबार हिल"),
            ("लटकते बग़ीचे", "the Hanging Gardens", "हैंगिंग गार्डन"),
        ],
    ),
    _f(
        T,
        "Shares of Bluebird Foods rose 4 percent.",
        "नीली चिड़िया फ़ूड्स के शेयर 4 प्रतिशत चढ़े।",
        [("नीली चिड़िया फ़ूड्स", "Bluebird Foods", "ब्लूबर्ड फ़ूड्स")],
    ),
    _f(
        T,
        "The Shillong Highlanders won the league.",
        "शिलॉन्ग पहाड़ी लोगों ने लीग जीती।",
        [("शिलॉन्ग पहाड़ी लोगों", "the Shillong Highlanders", "शिलॉन्ग हाइलैंडर्स")],
    ),
    _f(
        T,
        "Black Lotus will tour Europe in May.",
        "काला कमल मई में यूरोप का दौरा करेगा।",
        [("काला कमल", "Black Lotus", "ब्लैक लोटस")],
    ),
    _f(
        T,
        "She bought a copy of Lonely Planet before the trip.",
        "यात्रा से पहले उसने अकेला ग्रह की एक प्रति ख़रीदी।",
        [("अकेला ग्रह", "Lonely Planet", "लोनली प्लैनेट")],
    ),
    _f(
        T,
        "Barbeque Nation opened a branch in Indore.",
        "बारबेक्यू राष्ट्र ने इंदौर में एक शाखा खोली।",
        [("बारबेक्यू राष्ट्र", "Barbeque Nation", "बारबेक्यू नेशन")],
    ),
    _f(
        T,
        "The Red Arrows performed at the air show.",
        "एयर शो में लाल तीरों ने करतब दिखाए।",
        [("लाल तीरों", "the Red Arrows", "रेड ऐरोज़")],
    ),
    _f(
        T,
        "She was admitted to Sunflower Hospital.",
        "उन्हें सूरजमुखी अस्पताल में भर्ती कराया गया।",
        [("सूरजमुखी अस्पताल", "Sunflower Hospital", "सनफ़्लावर अस्पताल")],
    ),
    _f(
        T,
        "Polar Bear Ice Cream and Sunrise Dairy merged.",
        "ध्रुवीय भालू आइसक्रीम और सूर्योदय डेयरी का विलय हो गया।",
        [
            ("ध्रुवीय भालू आइसक्रीम", "Polar Bear Ice Cream", "पोलर बेयर आइसक्रीम"),
            ("सूर्योदय डेयरी", "Sunrise Dairy", "सनराइज़ डेयरी"),
        ],
    ),
    _f(
        T,
        "The couple stayed at the Hidden Valley resort in Coorg.",
        "दंपती कुर्ग के छिपी घाटी रिज़ॉर्ट में ठहरे।",
        [("छिपी घाटी रिज़ॉर्ट", "the Hidden Valley resort", "हिडन वैली रिज़ॉर्ट")],
    ),
    _f(
        T,
        "Greenwood Academy topped the board results.",
        "हरा-वन अकादमी बोर्ड परीक्षा के नतीजों में अव्वल रही।",
        [("हरा-वन अकादमी", "Greenwood Academy", "ग्रीनवुड अकादमी")],
    ),
    _f(
        T,
        "The Iron Horses signed a new coach.",
        "लोहे के घोड़ों ने नया कोच साइन किया।",
        [("लोहे के घोड़ों", "the Iron Horses", "आयरन हॉर्सेज़")],
    ),
    _f(
        T,
        "Guests stayed at the Moonlight Palace hotel in Udaipur.",
        "मेहमान उदयपुर के चांदनी महल होटल में ठहरे।",
        [("चांदनी महल होटल", "the Moonlight Palace hotel", "मूनलाइट पैलेस होटल")],
    ),
    _f(
        T,
        "The podcast Morning Brew has a million listeners.",
        "पॉडकास्ट सुबह का काढ़ा के दस लाख श्रोता हैं।",
        [("सुबह का काढ़ा", "Morning Brew", "मॉर्निंग ब्रू")],
    ),
]

NAME_LOOKALIKES = [
    # Indian names whose parts are Hindi words, after role words
    C("name", "Opener Kamal Suraj hit a fifty.", "सलामी बल्लेबाज़ कमल सूरज ने अर्धशतक लगाया।"),
    C("name", "Bowler Deepak Sagar took four wickets.", "गेंदबाज़ दीपक सागर ने चार विकेट लिए।"),
    C("name", "Spinner Anmol Heera bowled the last over.", "स्पिनर अनमोल हीरा ने आख़िरी ओवर डाला।"),
    C("name", "Batter Chandan Pahadia remained unbeaten.", "बल्लेबाज़ चंदन पहाड़िया नाबाद रहे।"),
    C(
        "name",
        "All-rounder Nitish Kumar Reddy was named in the squad.",
        "ऑलराउंडर नीतीश कुमार रेड्डी को टीम में चुना गया।",
    ),
    C("name", "Pacer Mukesh Kumar took the new ball.", "तेज़ गेंदबाज़ मुकेश कुमार ने नई गेंद संभाली।"),
    C("name", "Wicketkeeper Sanju Samson took a sharp catch.", "विकेटकीपर संजू सैमसन ने एक शानदार कैच लपका।"),
    C("name", "Shooter Kiran Bala won two medals in Cairo.", "निशानेबाज़ किरण बाला ने काहिरा में दो पदक जीते।"),
    C("name", "Hockey goalkeeper Krishan Pathak made a save.", "हॉकी गोलकीपर कृष्ण पाठक ने एक गोल बचाया।"),
    C("name", "Goalkeeper Gurpreet Singh Sandhu made three saves.", "गोलकीपर गुरप्रीत सिंह संधू ने तीन बचाव किए।"),
    C("name", "Archer Amar Jyoti reached the quarter-finals.", "तीरंदाज़ अमर ज्योति क्वार्टर फ़ाइनल में पहुंचे।"),
    C("name", "Grandmaster Arjun Erigaisi reached the final round.", "ग्रैंडमास्टर अर्जुन एरिगैसी अंतिम दौर में पहुंचे।"),
    C("name", "Boxer Parveen Hooda won her bout.", "मुक्केबाज़ परवीन हुड्डा ने अपना मुक़ाबला जीता।"),
    C(
        "name",
        "Javelin thrower Sachin Yadav qualified for the final.",
        "भाला फेंक खिलाड़ी सचिन यादव फ़ाइनल के लिए क्वालीफ़ाई कर गए।",
    ),
    C(
        "name",
        "Sprinter Jyothi Yarraji set a national record.",
        "धाविका ज्योति याराजी ने राष्ट्रीय रिकॉर्ड बनाया।",
    ),
    C("name", "Singer Madhur Geet sang at the concert.", "गायक मधुर गीत ने कॉन्सर्ट में गाया।"),
    C("name", "Actor Raghav Baadal plays a teacher.", "अभिनेता राघव बादल एक शिक्षक की भूमिका निभाते हैं।"),
    C("name", "Actress Shraddha Kapoor attended the premiere.", "अभिनेत्री श्रद्धा कपूर प्रीमियर में पहुंचीं।"),
    C("name", "Director Kiran Rao spoke about her film.", "निर्देशक किरण राव ने अपनी फ़िल्म के बारे में बात की।"),
    C("name", "Composer Amit Trivedi wrote the music.", "संगीतकार अमित त्रिवेदी ने संगीत दिया।"),
    C("name", "Lyricist Prasoon Joshi wrote the song.", "गीतकार प्रसून जोशी ने गीत लिखा।"),
    C(
        "name",
        "Chief Minister Bhupendra Patel inaugurated the bridge.",
        "मुख्यमंत्री भूपेंद्र पटेल ने पुल का उद्घाटन किया।",
    ),
    C("name", "Minister Ashwini Vaishnaw announced new trains.", "मंत्री अश्विनी वैष्णव ने नई ट्रेनों की घोषणा की।"),
    C(
        "name",
        "Governor Arif Mohammad Khan addressed the assembly.",
        "राज्यपाल आरिफ़ मोहम्मद ख़ान ने विधानसभा को संबोधित किया।",
    ),
    C("name", "Astronaut Prasanth Nair met the students.", "अंतरिक्ष यात्री प्रशांत नायर ने छात्रों से मुलाक़ात की।"),
    C("name", "Writer Usha Kiran read from her novel.", "लेखिका उषा किरण ने अपने उपन्यास से पाठ किया।"),
    C("name", "Poet Ashok Chakradhar recited his poems.", "कवि अशोक चक्रधर ने अपनी कविताएं सुनाईं।"),
    C("name", "Dancer Shobana performed in Chennai.", "नृत्यांगना शोभना ने चेन्नई में प्रस्तुति दी।"),
    C("name", "Shooter Anish Bhanwala won gold.", "निशानेबाज़ अनीश भानवाला ने स्वर्ण जीता।"),
    C(
        "name",
        "Weightlifter Jeremy Lalrinnunga lifted 140 kg.",
        "भारोत्तोलक जेरेमी लालरिन्नुंगा ने 140 किलो वज़न उठाया।",
    ),
    C("name", "Para athlete Sumit Antil won gold.", "पैरा एथलीट सुमित अंतिल ने स्वर्ण जीता।"),
    C(
        "name",
        "Shuttler Satwiksairaj Rankireddy reached the final.",
        "शटलर सात्विकसाईराज रंकीरेड्डी फ़ाइनल में पहुंचे।",
    ),
    C("name", "Golfer Aditi Ashok finished fourth.", "गोल्फ़र अदिति अशोक चौथे स्थान पर रहीं।"),
    C("name", "Actor Jaideep Ahlawat won the award.", "अभिनेता जयदीप अहलावत ने पुरस्कार जीता।"),
    C(
        "name",
        "Sitar player Anoushka Shankar performed in London.",
        "सितार वादक अनुष्का शंकर ने लंदन में प्रस्तुति दी।",
    ),
    # South Asian names abroad whose transliteration is also a Hindi word
    C("name", "Pakistan's Shaheen Afridi took three wickets.", "पाकिस्तान के शाहीन अफ़रीदी ने तीन विकेट लिए।"),
    C(
        "name",
        "Bangladesh captain Najmul Hossain Shanto won the toss.",
        "बांग्लादेश के कप्तान नजमुल हुसैन शांतो ने टॉस जीता।",
    ),
    C("name", "Sri Lanka's Kamindu Mendis scored a century.", "श्रीलंका के कामिंदु मेंडिस ने शतक लगाया।"),
    C("name", "Nepal's Sandeep Lamichhane bowled four overs.", "नेपाल के संदीप लामिछाने ने चार ओवर डाले।"),
    C("name", "Afghanistan's Rashid Khan took two wickets.", "अफ़ग़ानिस्तान के राशिद ख़ान ने दो विकेट लिए।"),
    C(
        "name",
        "British MP Preet Kaur Gill spoke in the debate.",
        "ब्रिटिश सांसद प्रीत कौर गिल ने बहस में हिस्सा लिया।",
    ),
    C(
        "name",
        "Singapore's President Tharman Shanmugaratnam visited Delhi.",
        "सिंगापुर के राष्ट्रपति थर्मन षणमुगरत्नम दिल्ली आए।",
    ),
    # East-Asian hyphenated given names and a title + a one-syllable name
    C("name", "Striker Oh Hyeon-gyu scored for Genk.", "स्ट्राइकर ओह ह्योन-ग्यू ने गेंक के लिए गोल किया।"),
    C("name", "Golfer Kim Joo-hyung won the title.", "गोल्फ़र किम जू-ह्युंग ने ख़िताब जीता।"),
    C("name", "Actor Lee Byung-hun played the father.", "अभिनेता ली ब्युंग-हुन ने पिता की भूमिका निभाई।"),
    C("name", "Taiwan's Lai Ching-te spoke to reporters.", "ताइवान के लाई चिंग-ते ने पत्रकारों से बात की।"),
    C("name", "Shuttler Han Yue-ran won the final.", "शटलर हान यू-रान ने फ़ाइनल जीता।"),
    C("name", "Coach Park said the team was ready.", "कोच पार्क ने कहा कि टीम तैयार है।"),
    C("name", "Professor Wu answered the questions.", "प्रोफ़ेसर वू ने सवालों के जवाब दिए।"),
    # foreign names whose spellings are Hindi words
    C("name", "Footballer Ismaïla Sarr scored for Senegal.", "फ़ुटबॉलर इस्माइला सार ने सेनेगल के लिए गोल किया।"),
    C("name", "Tennis player Casper Ruud won in Geneva.", "टेनिस खिलाड़ी कैस्पर रूड ने जिनेवा में जीत हासिल की।"),
    C("name", "Chef Massimo Bottura visited Mumbai.", "शेफ़ मास्सिमो बोटूरा मुंबई आए।"),
    # ordinary words with no name before them
    C("name", "A grey crow sat on the fence.", "बाड़ पर एक भूरा कौआ बैठा था।"),
    C("name", "The old carpenter mended the door.", "बूढ़े बढ़ई ने दरवाज़ा ठीक किया।"),
    C("name", "A lamb was lost in the hills.", "पहाड़ियों में एक मेमना खो गया।"),
    C("name", "The fountain in the square was dry.", "चौक का फ़व्वारा सूखा पड़ा था।"),
    C("name", "The fruit-seller sold dates.", "फल-विक्रेता ने खजूर बेचे।"),
]

TITLE_LOOKALIKES = [
    # teams, bands and brands that are English words written in Devanagari
    C("title", "The Nashik Rangers won the hockey final.", "नासिक रेंजर्स ने हॉकी फ़ाइनल जीता।"),
    C("title", "The Kochi Mariners lost at home.", "कोच्चि मेरिनर्स अपने घर में हार गए।"),
    C("title", "Inter Kashi signed two defenders.", "इंटर काशी ने दो डिफ़ेंडर साइन किए।"),
    C("title", "Hearts beat Hibernian in Edinburgh.", "हार्ट्स ने एडिनबरा में हाइबरनियन को हराया।"),
    C("title", "The Indiana Pacers won the game.", "इंडियाना पेसर्स ने मैच जीता।"),
    C("title", "The Portland Trail Blazers drafted a guard.", "पोर्टलैंड ट्रेल ब्लेज़र्स ने ड्राफ़्ट में एक गार्ड चुना।"),
    C("title", "Bloc Party played in Mumbai.", "ब्लॉक पार्टी ने मुंबई में प्रस्तुति दी।"),
    C("title", "Leeds United were promoted.", "लीड्स यूनाइटेड को प्रमोशन मिला।"),
    C("title", "The band Swarathma released a new song.", "बैंड स्वरात्मा ने नया गाना रिलीज़ किया।"),
    C("title", "Florence and the Machine cancelled a show.", "फ़्लोरेंस एंड द मशीन ने एक शो रद्द कर दिया।"),
    C("title", "Bastille announced a world tour.", "बैस्टिल ने विश्व दौरे की घोषणा की।"),
    C("title", "The band Parvaaz played at the festival.", "बैंड परवाज़ ने उत्सव में प्रस्तुति दी।"),
    C("title", "Maggi noodles returned to the shelves.", "मैगी नूडल्स फिर से दुकानों में आ गए।"),
    C("title", "A bar of Dairy Milk costs ten rupees.", "डेयरी मिल्क की एक चॉकलेट दस रुपये की है।"),
    C("title", "Parle-G is the best-selling biscuit.", "पारले-जी सबसे ज़्यादा बिकने वाला बिस्कुट है।"),
    C("title", "Sales of Mountain Dew and Limca rose.", "माउंटेन ड्यू और लिम्का की बिक्री बढ़ी।"),
    C("title", "The shop sold Vim Bar and Lifebuoy.", "दुकान में विम बार और लाइफ़बॉय बिकते थे।"),
    C("title", "Hatsun Agro raised milk prices.", "हटसन एग्रो ने दूध के दाम बढ़ाए।"),
    C("title", "A pack of Happydent costs a rupee.", "हैप्पीडेंट का एक पैकेट एक रुपये का है।"),
    C("title", "Whirlpool launched a new fridge.", "व्हर्लपूल ने एक नया फ़्रिज लॉन्च किया।"),
    C("title", "The film was shot at Film City in Mumbai.", "फ़िल्म की शूटिंग मुंबई की फ़िल्म सिटी में हुई।"),
    C("title", "Sunfeast Dark Fantasy biscuits sold out.", "सनफ़ीस्ट डार्क फ़ैंटेसी बिस्कुट बिक गए।"),
    # calques Hindi itself writes
    C("title", "Bronze Age tools were found in a cave.", "कांस्य युग के औज़ार एक गुफा में मिले।"),
    C(
        "title",
        "The Asian Development Bank cut its growth forecast.",
        "एशियाई विकास बैंक ने विकास दर का अनुमान घटाया।",
    ),
    C("title", "The ship sailed into the Mediterranean Sea.", "जहाज़ भूमध्य सागर में पहुंचा।"),
    C("title", "A cyclone formed in the Gulf of Kutch.", "कच्छ की खाड़ी में एक चक्रवात बना।"),
    C("title", "Historians call it the Iron Age.", "इतिहासकार इसे लौह युग कहते हैं।"),
    C("title", "The ship crossed the Atlantic Ocean.", "जहाज़ ने अटलांटिक महासागर पार किया।"),
    C("title", "Schools marked Human Rights Day with a rally.", "स्कूलों ने रैली निकालकर मानवाधिकार दिवस मनाया।"),
    C("title", "The Great Depression began in 1929.", "महामंदी 1929 में शुरू हुई।"),
    C("title", "The Industrial Revolution began in Britain.", "औद्योगिक क्रांति ब्रिटेन में शुरू हुई।"),
    C("title", "The Renaissance began in Italy.", "पुनर्जागरण की शुरुआत इटली में हुई।"),
    C("title", "The expedition reached the North Pole.", "अभियान दल उत्तरी ध्रुव पहुंच गया।"),
    C("title", "The Statue of Equality stands in Hyderabad.", "स्टैच्यू ऑफ़ इक्वैलिटी हैदराबाद में है।"),
    C("title", "The Dark Ages followed the fall of Rome.", "रोम के पतन के बाद अंधकार युग आया।"),
]
