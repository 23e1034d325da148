"""Round-10 titles held-out items (hand-written 2026-11-28 BEFORE the round-10 HI202/HI207/HI208 work,
never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Stadiums and grounds, football/cricket/basketball clubs and franchises, team nicknames ("the X"),
companies and brands (incl. one-word compounds: Blackstone, BigBasket, SpaceX), newspapers, TV
shows, sale events and awards, and places (Cape Town, Blackpool, New South Wales, Newport) whose
English names are ordinary English words, rendered word for word in Hindi where Hindi news keeps
them transliterated. None of these names is in heldout_r4..r9, titles_r6..r9, names_r6..r9, the
challenge sets, the issue texts or the hand-written lexicons when written (checked by grep on the
English name; Cape Town, Blackpool, Newport, New South Wales occur only in the generated place/WordNet
tables, Whirlpool/Caterpillar/IndiGo only in the generated English word/sound lists).
Clean rows: each flawed row's correct translation (`c-title-NN`) and look-alikes (`l-title-NN`):
names Hindi really translates (public bodies, international organisations, seas, monuments, games),
correctly transliterated companies in the same frames, and the same Hindi nouns in their plain sense.
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

# (source, flawed MT, [(span, English)], correct MT)
_FLAWED = [
    # grounds and stadiums
    (
        "Everton played their last match at Goodison Park in May.",
        "एवर्टन ने मई में गुडिसन उद्यान में अपना आख़िरी मैच खेला।",
        [("गुडिसन उद्यान", "Goodison Park")],
        "एवर्टन ने मई में गुडिसन पार्क में अपना आख़िरी मैच खेला।",
    ),
    (
        "England will face India at Trent Bridge next week.",
        "इंग्लैंड अगले हफ़्ते ट्रेंट पुल पर भारत से भिड़ेगा।",
        [("ट्रेंट पुल", "Trent Bridge")],
        "इंग्लैंड अगले हफ़्ते ट्रेंट ब्रिज पर भारत से भिड़ेगा।",
    ),
    (
        "Sunderland lost again at the Stadium of Light.",
        "सुंदरलैंड प्रकाश के स्टेडियम में फिर हार गया।",
        [("प्रकाश के स्टेडियम", "Stadium of Light")],
        "सुंदरलैंड स्टेडियम ऑफ़ लाइट में फिर हार गया।",
    ),
    (
        "Hampshire's home ground, the Rose Bowl, will host the final.",
        "हैम्पशायर का घरेलू मैदान, गुलाब कटोरा, फ़ाइनल की मेज़बानी करेगा।",
        [("गुलाब कटोरा", "Rose Bowl")],
        "हैम्पशायर का घरेलू मैदान, रोज़ बाउल, फ़ाइनल की मेज़बानी करेगा।",
    ),
    (
        "Leeds fans packed Elland Road on Saturday.",
        "शनिवार को लीड्स के प्रशंसकों से एलैंड सड़क खचाखच भर गई।",
        [("एलैंड सड़क", "Elland Road")],
        "शनिवार को लीड्स के प्रशंसकों से एलैंड रोड खचाखच भर गया।",
    ),
    # clubs, franchises, nicknames
    (
        "Sheffield Wednesday sacked their manager after five defeats.",
        "पाँच हारों के बाद शेफ़ील्ड बुधवार ने अपने मैनेजर को बर्ख़ास्त कर दिया।",
        [("शेफ़ील्ड बुधवार", "Sheffield Wednesday")],
        "पाँच हारों के बाद शेफ़ील्ड वेडनेसडे ने अपने मैनेजर को बर्ख़ास्त कर दिया।",
    ),
    (
        "Blackburn Rovers signed a young striker from Wales.",
        "ब्लैकबर्न घुमंतुओं ने वेल्स के एक युवा स्ट्राइकर को अनुबंधित किया।",
        [("ब्लैकबर्न घुमंतुओं", "Blackburn Rovers")],
        "ब्लैकबर्न रोवर्स ने वेल्स के एक युवा स्ट्राइकर को अनुबंधित किया।",
    ),
    (
        "Queens Park Rangers drew with Millwall.",
        "क्वींस पार्क वनरक्षकों ने मिलवॉल से ड्रॉ खेला।",
        [("क्वींस पार्क वनरक्षकों", "Queens Park Rangers")],
        "क्वींस पार्क रेंजर्स ने मिलवॉल से ड्रॉ खेला।",
    ),
    (
        "Kerala Blasters beat Mumbai City 2-1 in Kochi.",
        "केरल धमाकेदारों ने कोच्चि में मुंबई शहर को 2-1 से हराया।",
        [("केरल धमाकेदारों", "Kerala Blasters"), ("मुंबई शहर", "Mumbai City")],
        "केरला ब्लास्टर्स ने कोच्चि में मुंबई सिटी को 2-1 से हराया।",
    ),
    (
        "East Bengal won the Kolkata derby against Mohun Bagan.",
        "पूर्वी बंगाल ने मोहन बागान के ख़िलाफ़ कोलकाता डर्बी जीती।",
        [("पूर्वी बंगाल", "East Bengal")],
        "ईस्ट बंगाल ने मोहन बागान के ख़िलाफ़ कोलकाता डर्बी जीती।",
    ),
    (
        "Pune Warriors finished last in the league that year.",
        "उस साल पुणे योद्धा लीग में आख़िरी स्थान पर रहे।",
        [("पुणे योद्धा", "Pune Warriors")],
        "उस साल पुणे वॉरियर्स लीग में आख़िरी स्थान पर रहे।",
    ),
    (
        "Gujarat Lions chased down 180 in Rajkot.",
        "गुजरात शेरों ने राजकोट में 180 रनों का लक्ष्य हासिल किया।",
        [("गुजरात शेरों", "Gujarat Lions")],
        "गुजरात लायंस ने राजकोट में 180 रनों का लक्ष्य हासिल किया।",
    ),
    (
        "The Orlando Magic traded their point guard.",
        "ऑरलैंडो जादू ने अपने पॉइंट गार्ड का सौदा कर दिया।",
        [("ऑरलैंडो जादू", "Orlando Magic")],
        "ऑरलैंडो मैजिक ने अपने पॉइंट गार्ड का सौदा कर दिया।",
    ),
    (
        "The Brooklyn Nets lost to Boston by ten points.",
        "ब्रुकलिन जाल बोस्टन से दस अंकों से हार गए।",
        [("ब्रुकलिन जाल", "Brooklyn Nets")],
        "ब्रुकलिन नेट्स बोस्टन से दस अंकों से हार गए।",
    ),
    (
        "The Milwaukee Bucks won the NBA title in 2021.",
        "मिल्वौकी हिरनों ने 2021 में एनबीए ख़िताब जीता।",
        [("मिल्वौकी हिरनों", "Milwaukee Bucks")],
        "मिल्वौकी बक्स ने 2021 में एनबीए ख़िताब जीता।",
    ),
    (
        "Watford, the Hornets, were relegated after a poor season.",
        "ख़राब सीज़न के बाद वॉटफ़ोर्ड, यानी ततैये, निचली लीग में चले गए।",
        [("ततैये", "the Hornets")],
        "ख़राब सीज़न के बाद वॉटफ़ोर्ड, यानी हॉर्नेट्स, निचली लीग में चले गए।",
    ),
    (
        "The Hammers won the Conference League in Prague.",
        "हथौड़ों ने प्राग में कॉन्फ़्रेंस लीग जीती।",
        [("हथौड़ों", "The Hammers")],
        "हैमर्स ने प्राग में कॉन्फ़्रेंस लीग जीती।",
    ),
    # companies and brands
    (
        "Shoppers Stop opened a store in Indore.",
        "ख़रीदार पड़ाव ने इंदौर में एक स्टोर खोला।",
        [("ख़रीदार पड़ाव", "Shoppers Stop")],
        "शॉपर्स स्टॉप ने इंदौर में एक स्टोर खोला।",
    ),
    (
        "Pantaloons announced an end-of-season sale.",
        "पतलूनों ने सीज़न के अंत की सेल की घोषणा की।",
        [("पतलूनों", "Pantaloons")],
        "पैंटालून्स ने सीज़न के अंत की सेल की घोषणा की।",
    ),
    (
        "Star Sports will broadcast the series live.",
        "तारा खेल इस सीरीज़ का सीधा प्रसारण करेगा।",
        [("तारा खेल", "Star Sports")],
        "स्टार स्पोर्ट्स इस सीरीज़ का सीधा प्रसारण करेगा।",
    ),
    (
        "Colors TV launched a new reality show.",
        "रंग टीवी ने एक नया रियलिटी शो शुरू किया।",
        [("रंग टीवी", "Colors TV")],
        "कलर्स टीवी ने एक नया रियलिटी शो शुरू किया।",
    ),
    (
        "Tech Mahindra hired five thousand graduates.",
        "तकनीक महिंद्रा ने पाँच हज़ार स्नातकों को नौकरी दी।",
        [("तकनीक महिंद्रा", "Tech Mahindra")],
        "टेक महिंद्रा ने पाँच हज़ार स्नातकों को नौकरी दी।",
    ),
    (
        "Oil India found gas in a new block in Assam.",
        "तेल भारत को असम के एक नए ब्लॉक में गैस मिली।",
        [("तेल भारत", "Oil India")],
        "ऑयल इंडिया को असम के एक नए ब्लॉक में गैस मिली।",
    ),
    (
        "Max Healthcare bought a hospital in Lucknow.",
        "अधिकतम हेल्थकेयर ने लखनऊ में एक अस्पताल ख़रीदा।",
        [("अधिकतम हेल्थकेयर", "Max Healthcare")],
        "मैक्स हेल्थकेयर ने लखनऊ में एक अस्पताल ख़रीदा।",
    ),
    (
        "Bharat Forge won a defence order.",
        "भारत भट्ठी को रक्षा का एक ऑर्डर मिला।",
        [("भारत भट्ठी", "Bharat Forge")],
        "भारत फोर्ज को रक्षा का एक ऑर्डर मिला।",
    ),
    (
        "General Electric will split into three companies.",
        "सामान्य बिजली तीन कंपनियों में बँट जाएगी।",
        [("सामान्य बिजली", "General Electric")],
        "जनरल इलेक्ट्रिक तीन कंपनियों में बँट जाएगी।",
    ),
    (
        "Best Buy cut prices on televisions.",
        "सबसे अच्छी ख़रीद ने टेलीविज़न के दाम घटाए।",
        [("सबसे अच्छी ख़रीद", "Best Buy")],
        "बेस्ट बाय ने टेलीविज़न के दाम घटाए।",
    ),
    (
        "Blackstone bought a stake in the warehouse firm.",
        "काले पत्थर ने गोदाम कंपनी में हिस्सेदारी ख़रीदी।",
        [("काले पत्थर", "Blackstone")],
        "ब्लैकस्टोन ने गोदाम कंपनी में हिस्सेदारी ख़रीदी।",
    ),
    (
        "SpaceX launched sixty satellites on Tuesday.",
        "अंतरिक्ष एक्स ने मंगलवार को साठ उपग्रह प्रक्षेपित किए।",
        [("अंतरिक्ष एक्स", "SpaceX")],
        "स्पेसएक्स ने मंगलवार को साठ उपग्रह प्रक्षेपित किए।",
    ),
    (
        "BigBasket started ten-minute deliveries in Pune.",
        "बड़ी टोकरी ने पुणे में दस मिनट में डिलीवरी शुरू की।",
        [("बड़ी टोकरी", "BigBasket")],
        "बिगबास्केट ने पुणे में दस मिनट में डिलीवरी शुरू की।",
    ),
    (
        "Urban Company trains its plumbers for a week.",
        "शहरी कंपनी अपने प्लंबरों को एक हफ़्ते का प्रशिक्षण देती है।",
        [("शहरी कंपनी", "Urban Company")],
        "अर्बन कंपनी अपने प्लंबरों को एक हफ़्ते का प्रशिक्षण देती है।",
    ),
    (
        "Tata Sky raised its monthly charges.",
        "टाटा आकाश ने अपने मासिक शुल्क बढ़ा दिए।",
        [("टाटा आकाश", "Tata Sky")],
        "टाटा स्काई ने अपने मासिक शुल्क बढ़ा दिए।",
    ),
    (
        "Whirlpool raised washing machine prices.",
        "भंवर ने वॉशिंग मशीन के दाम बढ़ाए।",
        [("भंवर", "Whirlpool")],
        "व्हर्लपूल ने वॉशिंग मशीन के दाम बढ़ाए।",
    ),
    (
        "Caterpillar cut its sales forecast.",
        "इल्ली ने अपनी बिक्री का अनुमान घटाया।",
        [("इल्ली", "Caterpillar")],
        "कैटरपिलर ने अपनी बिक्री का अनुमान घटाया।",
    ),
    (
        "Go First grounded half its fleet.",
        "पहले जाओ ने अपने आधे विमान खड़े कर दिए।",
        [("पहले जाओ", "Go First")],
        "गो फ़र्स्ट ने अपने आधे विमान खड़े कर दिए।",
    ),
    (
        "Bank of America raised its forecast for Indian growth.",
        "अमेरिका के बैंक ने भारत की वृद्धि का अनुमान बढ़ाया।",
        [("अमेरिका के बैंक", "Bank of America")],
        "बैंक ऑफ़ अमेरिका ने भारत की वृद्धि का अनुमान बढ़ाया।",
    ),
    # newspapers, shows, sales, awards
    (
        "The Financial Times reported the merger first.",
        "वित्तीय समय ने सबसे पहले विलय की ख़बर दी।",
        [("वित्तीय समय", "Financial Times")],
        "फ़ाइनेंशियल टाइम्स ने सबसे पहले विलय की ख़बर दी।",
    ),
    (
        "The Deccan Herald carried the interview on its front page.",
        "दक्कन अग्रदूत ने साक्षात्कार को अपने पहले पन्ने पर छापा।",
        [("दक्कन अग्रदूत", "Deccan Herald")],
        "डेक्कन हेराल्ड ने साक्षात्कार को अपने पहले पन्ने पर छापा।",
    ),
    (
        "Business Standard said the bank may raise rates.",
        "व्यापार मानक ने कहा कि बैंक दरें बढ़ा सकता है।",
        [("व्यापार मानक", "Business Standard")],
        "बिज़नेस स्टैंडर्ड ने कहा कि बैंक दरें बढ़ा सकता है।",
    ),
    (
        "India Today conducted the exit poll.",
        "भारत आज ने एग्ज़िट पोल कराया।",
        [("भारत आज", "India Today")],
        "इंडिया टुडे ने एग्ज़िट पोल कराया।",
    ),
    (
        "The Daily Mirror published the photographs.",
        "दैनिक दर्पण ने तस्वीरें प्रकाशित कीं।",
        [("दैनिक दर्पण", "Daily Mirror")],
        "डेली मिरर ने तस्वीरें प्रकाशित कीं।",
    ),
    (
        "Game of Thrones won twelve Emmys.",
        "सिंहासनों के खेल ने बारह एमी पुरस्कार जीते।",
        [("सिंहासनों के खेल", "Game of Thrones")],
        "गेम ऑफ़ थ्रोन्स ने बारह एमी पुरस्कार जीते।",
    ),
    (
        "The last season of Stranger Things was filmed in Atlanta.",
        "अजनबी चीज़ों का आख़िरी सीज़न अटलांटा में फ़िल्माया गया।",
        [("अजनबी चीज़ों", "Stranger Things")],
        "स्ट्रेंजर थिंग्स का आख़िरी सीज़न अटलांटा में फ़िल्माया गया।",
    ),
    (
        "Sacred Games was India's first Netflix original series.",
        "पवित्र खेल भारत की पहली नेटफ़्लिक्स ओरिजिनल सीरीज़ थी।",
        [("पवित्र खेल", "Sacred Games")],
        "सेक्रेड गेम्स भारत की पहली नेटफ़्लिक्स ओरिजिनल सीरीज़ थी।",
    ),
    (
        "Kota Factory follows students preparing for engineering exams.",
        "कोटा कारख़ाना इंजीनियरिंग परीक्षाओं की तैयारी करते छात्रों की कहानी है।",
        [("कोटा कारख़ाना", "Kota Factory")],
        "कोटा फ़ैक्टरी इंजीनियरिंग परीक्षाओं की तैयारी करते छात्रों की कहानी है।",
    ),
    (
        "The singer rose to fame on Indian Idol.",
        "गायिका भारतीय आदर्श से प्रसिद्ध हुई।",
        [("भारतीय आदर्श", "Indian Idol")],
        "गायिका इंडियन आइडल से प्रसिद्ध हुई।",
    ),
    (
        "He was a judge on MasterChef India.",
        "वह उस्ताद रसोइया इंडिया में जज थे।",
        [("उस्ताद रसोइया", "MasterChef")],
        "वह मास्टरशेफ़ इंडिया में जज थे।",
    ),
    (
        "Amazon's Prime Day sale begins on Saturday.",
        "अमेज़न की प्रमुख दिवस सेल शनिवार से शुरू होगी।",
        [("प्रमुख दिवस", "Prime Day")],
        "अमेज़न की प्राइम डे सेल शनिवार से शुरू होगी।",
    ),
    (
        "Gill won the Orange Cap with 890 runs.",
        "गिल ने 890 रनों के साथ नारंगी टोपी जीती।",
        [("नारंगी टोपी", "Orange Cap")],
        "गिल ने 890 रनों के साथ ऑरेंज कैप जीती।",
    ),
    # places
    (
        "Crowds gathered at the Gateway of India for the new year.",
        "नए साल के लिए भारत के प्रवेशद्वार पर भीड़ जुटी।",
        [("भारत के प्रवेशद्वार", "Gateway of India")],
        "नए साल के लिए गेटवे ऑफ़ इंडिया पर भीड़ जुटी।",
    ),
    (
        "Cape Town is running out of water.",
        "अंतरीप नगर में पानी ख़त्म हो रहा है।",
        [("अंतरीप नगर", "Cape Town")],
        "केप टाउन में पानी ख़त्म हो रहा है।",
    ),
    (
        "Blackpool's illuminations draw tourists every autumn.",
        "काले ताल की रोशनियाँ हर पतझड़ में पर्यटकों को खींचती हैं।",
        [("काले ताल", "Blackpool")],
        "ब्लैकपूल की रोशनियाँ हर पतझड़ में पर्यटकों को खींचती हैं।",
    ),
    (
        "Floods hit northern New South Wales.",
        "उत्तरी नए दक्षिण वेल्स में बाढ़ आई।",
        [("नए दक्षिण वेल्स", "New South Wales")],
        "उत्तरी न्यू साउथ वेल्स में बाढ़ आई।",
    ),
    (
        "Newport County won away at Crewe.",
        "नया बंदरगाह काउंटी ने क्रू में बाहरी मैच जीता।",
        [("नया बंदरगाह", "Newport")],
        "न्यूपोर्ट काउंटी ने क्रू में बाहरी मैच जीता।",
    ),
]

TITLES = [F(T, src, mt, spans, fix) for src, mt, spans, fix in _FLAWED]

_LOOKALIKES = [
    # names Hindi really translates, and transliterated names in the same frames
    ("The match will be held at the Jawaharlal Nehru Stadium.", "मैच जवाहरलाल नेहरू स्टेडियम में होगा।"),
    ("Bharat Petroleum raised fuel prices.", "भारत पेट्रोलियम ने ईंधन के दाम बढ़ाए।"),
    ("The Reserve Bank of India kept rates unchanged.", "भारतीय रिज़र्व बैंक ने दरें अपरिवर्तित रखीं।"),
    ("State Bank of India opened new branches.", "भारतीय स्टेट बैंक ने नई शाखाएँ खोलीं।"),
    ("The next Asian Games will be held in Japan.", "अगले एशियाई खेल जापान में होंगे।"),
    ("India won gold at the Commonwealth Games.", "भारत ने राष्ट्रमंडल खेलों में स्वर्ण जीता।"),
    ("The World Health Organization issued a warning.", "विश्व स्वास्थ्य संगठन ने चेतावनी जारी की।"),
    ("The International Monetary Fund cut its forecast.", "अंतरराष्ट्रीय मुद्रा कोष ने अपना अनुमान घटाया।"),
    ("The European Union imposed new tariffs.", "यूरोपीय संघ ने नए शुल्क लगाए।"),
    ("The ships crossed the Black Sea.", "जहाज़ों ने काला सागर पार किया।"),
    ("Tourists visited the Lotus Temple.", "पर्यटकों ने कमल मंदिर देखा।"),
    ("The Golden Temple was lit up for Diwali.", "दिवाली पर स्वर्ण मंदिर जगमगा उठा।"),
    ("The Prime Minister spoke from the Red Fort.", "प्रधानमंत्री ने लाल क़िले से भाषण दिया।"),
    ("The Election Commission announced the dates.", "चुनाव आयोग ने तारीख़ों की घोषणा की।"),
    ("India will host the Hockey World Cup.", "भारत हॉकी विश्व कप की मेज़बानी करेगा।"),
    ("The Middle East faces a water crisis.", "मध्य पूर्व जल संकट का सामना कर रहा है।"),
    ("Floods hit the Bay of Bengal coast.", "बंगाल की खाड़ी के तट पर बाढ़ आई।"),
    ("Milkha Singh was called the Flying Sikh.", "मिल्खा सिंह को उड़न सिख कहा जाता था।"),
    ("New Delhi recorded its coldest morning.", "नई दिल्ली में सबसे ठंडी सुबह दर्ज की गई।"),
    ("The National Green Tribunal fined the factory.", "राष्ट्रीय हरित अधिकरण ने कारख़ाने पर जुर्माना लगाया।"),
    ("Nykaa's shares fell after the results.", "नतीजों के बाद नायका के शेयर गिरे।"),
    ("Dainik Jagran reported the result first.", "दैनिक जागरण ने सबसे पहले नतीजा छापा।"),
    # the same Hindi nouns in their plain sense
    ("The factory in Kota closed last year.", "कोटा का कारख़ाना पिछले साल बंद हो गया।"),
    ("A boat was caught in a whirlpool.", "एक नाव भंवर में फँस गई।"),
    ("The caterpillar turned into a butterfly.", "इल्ली तितली बन गई।"),
    ("The old bridge over the Trent was repaired.", "ट्रेंट नदी पर बने पुराने पुल की मरम्मत की गई।"),
    ("Sheffield's team will play on Wednesday.", "शेफ़ील्ड की टीम बुधवार को खेलेगी।"),
    ("Floods hit eastern Bengal.", "पूर्वी बंगाल में बाढ़ आई।"),
    ("The children wore orange caps.", "बच्चों ने नारंगी टोपियाँ पहनी थीं।"),
    ("A new port will be built in Gujarat.", "गुजरात में एक नया बंदरगाह बनाया जाएगा।"),
    ("The lions of Gir are thriving in Gujarat.", "गुजरात के गिर के शेर फल-फूल रहे हैं।"),
    ("The warriors of Pune fought at Panipat in 1761.", "पुणे के योद्धाओं ने 1761 में पानीपत में लड़ाई लड़ी।"),
    ("Fishermen repaired their nets in Kochi.", "कोच्चि में मछुआरों ने अपने जाल ठीक किए।"),
    ("The magician's magic amazed the children in Orlando.", "ऑरलैंडो में जादूगर के जादू ने बच्चों को चकित कर दिया।"),
    ("He bought a big basket of mangoes.", "उसने आमों की एक बड़ी टोकरी ख़रीदी।"),
    ("Urban companies pay higher rent.", "शहरी कंपनियाँ ज़्यादा किराया देती हैं।"),
    ("Colours of Holi filled the streets.", "होली के रंगों से गलियाँ भर गईं।"),
    ("Technology is changing farming.", "तकनीक खेती को बदल रही है।"),
    ("India imports most of its oil.", "भारत अपने तेल का ज़्यादातर हिस्सा आयात करता है।"),
    ("The power was cut for six hours.", "छह घंटे बिजली कटी रही।"),
    ("The blacksmith's forge glowed red.", "लोहार की भट्ठी लाल दमक रही थी।"),
    ("A black stone was placed in the temple.", "मंदिर में काला पत्थर रखा गया।"),
    ("The financial year ends in March.", "वित्तीय वर्ष मार्च में ख़त्म होता है।"),
    ("Trade standards were tightened.", "व्यापार मानक कड़े किए गए।"),
    ("India today is a large economy.", "भारत आज एक बड़ी अर्थव्यवस्था है।"),
    ("The king fought for the throne.", "राजा ने सिंहासन के लिए युद्ध लड़ा।"),
    ("Strangers helped the injured.", "अजनबियों ने घायलों की मदद की।"),
    ("The sacred rituals lasted three days.", "पवित्र अनुष्ठान तीन दिन चले।"),
    ("He is an ideal for Indian youth.", "वह भारतीय युवाओं के लिए आदर्श हैं।"),
    ("Gujarat is India's gateway to the west.", "गुजरात पश्चिम के लिए भारत का प्रवेशद्वार है।"),
    ("You go first, I will follow.", "तुम पहले जाओ, मैं पीछे आता हूँ।"),
    ("The master cook made biryani.", "उस्ताद रसोइये ने बिरयानी बनाई।"),
    ("A bank in America froze his account.", "अमेरिका के एक बैंक ने उसका खाता फ़्रीज़ कर दिया।"),
    ("Shoppers stopped at the roadside stalls.", "ख़रीदार सड़क किनारे की दुकानों पर रुके।"),
    ("Light filled the stadium.", "स्टेडियम रोशनी से भर गया।"),
    ("A wolf hid in the forest near the stadium.", "स्टेडियम के पास के जंगल में एक भेड़िया छिपा था।"),
]

TITLE_LOOKALIKES = [C(L, src, mt) for src, mt in _LOOKALIKES]
