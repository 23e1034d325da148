"""Round-20 names items (hand-written 2026-11-29 18:30 UTC BEFORE any round-20 work on the name
rules, never edited to fit; report numbers on it, do not tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source): sportspeople, politicians and artists of English,
German, Dutch, French, Spanish, Italian, Portuguese, Polish, Finnish, Turkish, Japanese, Chinese,
Arabic, Persian, Hebrew and Kenyan origin whose surname (sometimes given name) is a common word of
its language, rendered as a Hindi word: words FreeDict may lack (बांगड़ा, चंडूल, बिज्जू, शिकरे, काग),
oblique singulars (कौवे, बछेड़े, हथौड़े, मछेरे, सितारे, गंजे, शिकरे), oblique plurals (नदियों,
नाइयों), feminines (सारंगीवाली, दर्ज़िन, शेरनी, कबूतरी), synonyms of the dictionary word (मुंसिफ़,
दरिया, वृक्ष, पर्वत), two-word and hyphenated renderings (कांटेदार चूहे, पत्थर-नदी, सफ़ेद बर्फ़), a
translated given name (उम्मीद, ख़ुशी, दर्द, तितली, वृक्ष, शांति, बैल), and Hindi words that are Indian
names too (बादल, तलवार, लोहार, शांति, ख़ुशी: visible only with the source). Most follow a role noun,
many loans (स्कीयर, साइक्लिस्ट, स्की जंपर, सर्फ़र, जूडोका).
Clean rows: each flawed row's correct translation (`c-`), and look-alikes (`l-`): Indian names whose
parts are Hindi words after a role noun, the flawed rows' Hindi words in their plain sense beside the
transliterated name, East-Asian names.

    python tests/data/names_r20/build.py
    audit check tests/data/names_r20/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N.jsonl
    python tests/data/names_r20/score.py N.jsonl [--show]
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
        "Midfielder Connor Mackerel was booked in the first half.",
        "मिडफ़ील्डर कॉनर बांगड़ा को पहले हाफ़ में पीला कार्ड दिखाया गया।",
        [("बांगड़ा", "Mackerel")],
        "मिडफ़ील्डर कॉनर मैकेरल को पहले हाफ़ में पीला कार्ड दिखाया गया।",
    ),
    F(
        N,
        "Goalkeeper Sam Pheasant saved two penalties.",
        "गोलकीपर सैम तीतर ने दो पेनल्टी बचाईं।",
        [("तीतर", "Pheasant")],
        "गोलकीपर सैम फ़ेज़ेंट ने दो पेनल्टी बचाईं।",
    ),
    F(
        N,
        "Senator Paul Rook voted against the bill.",
        "सीनेटर पॉल कौवे ने विधेयक के ख़िलाफ़ वोट दिया।",
        [("कौवे", "Rook")],
        "सीनेटर पॉल रुक ने विधेयक के ख़िलाफ़ वोट दिया।",
    ),
    F(
        N,
        "Singer Ella Hawk opened the festival.",
        "गायिका एला बाज़ ने महोत्सव का उद्घाटन किया।",
        [("बाज़", "Hawk")],
        "गायिका एला हॉक ने महोत्सव का उद्घाटन किया।",
    ),
    F(
        N,
        "Batsman Jamie Colt hit three sixes.",
        "बल्लेबाज़ जेमी बछेड़े ने तीन छक्के लगाए।",
        [("बछेड़े", "Colt")],
        "बल्लेबाज़ जेमी कोल्ट ने तीन छक्के लगाए।",
    ),
    F(
        N,
        "Forecaster Mia Gale warned of floods in the north.",
        "मौसम विज्ञानी मिया आंधी ने उत्तर में बाढ़ की चेतावनी दी।",
        [("आंधी", "Gale")],
        "मौसम विज्ञानी मिया गेल ने उत्तर में बाढ़ की चेतावनी दी।",
    ),
    F(
        N,
        "Shadow minister Rhys Mole asked about rail fares.",
        "छाया मंत्री रीस छछूंदर ने रेल किराए पर सवाल पूछा।",
        [("छछूंदर", "Mole")],
        "छाया मंत्री रीस मोल ने रेल किराए पर सवाल पूछा।",
    ),
    F(
        N,
        "Novelist Hope Marsden won the prize for her third book.",
        "उपन्यासकार उम्मीद मार्सडेन ने अपनी तीसरी किताब के लिए पुरस्कार जीता।",
        [("उम्मीद", "Hope")],
        "उपन्यासकार होप मार्सडेन ने अपनी तीसरी किताब के लिए पुरस्कार जीता।",
    ),
    F(
        N,
        "Referee Joy Mitchell sent off two players.",
        "रेफ़री ख़ुशी मिशेल ने दो खिलाड़ियों को बाहर भेजा।",
        [("ख़ुशी", "Joy")],
        "रेफ़री जॉय मिशेल ने दो खिलाड़ियों को बाहर भेजा।",
    ),
    # German
    F(
        N,
        "Coach Stefan Storch praised his defence.",
        "कोच स्टीफ़न सारस ने अपनी रक्षापंक्ति की तारीफ़ की।",
        [("सारस", "Storch")],
        "कोच स्टीफ़न श्टॉर्ख ने अपनी रक्षापंक्ति की तारीफ़ की।",
    ),
    F(
        N,
        "Goalkeeper Oliver Igel kept a clean sheet in Munich.",
        "गोलकीपर ओलिवर कांटेदार चूहे ने म्यूनिख में एक भी गोल नहीं खाया।",
        [("कांटेदार चूहे", "Igel")],
        "गोलकीपर ओलिवर ईगल ने म्यूनिख में एक भी गोल नहीं खाया।",
    ),
    F(
        N,
        "Minister Katrin Metzger visited a dairy farm.",
        "मंत्री कैटरीन कसाई ने एक डेयरी फ़ार्म का दौरा किया।",
        [("कसाई", "Metzger")],
        "मंत्री कैटरीन मेत्सगर ने एक डेयरी फ़ार्म का दौरा किया।",
    ),
    F(
        N,
        "Singer Hannah Geiger toured Austria.",
        "गायिका हाना सारंगीवाली ने ऑस्ट्रिया का दौरा किया।",
        [("सारंगीवाली", "Geiger")],
        "गायिका हाना गाइगर ने ऑस्ट्रिया का दौरा किया।",
    ),
    F(
        N,
        "Judge Thomas Richter dismissed the case.",
        "जज थॉमस मुंसिफ़ ने मामला ख़ारिज कर दिया।",
        [("मुंसिफ़", "Richter")],
        "जज थॉमस रिष्टर ने मामला ख़ारिज कर दिया।",
    ),
    F(
        N,
        "Defender Jonas Dachs headed the ball clear.",
        "डिफ़ेंडर योनास बिज्जू ने हेडर से गेंद को दूर किया।",
        [("बिज्जू", "Dachs")],
        "डिफ़ेंडर योनास डाक्स ने हेडर से गेंद को दूर किया।",
    ),
    F(
        N,
        "Skier Lea Lerche won the slalom.",
        "स्कीयर लेआ चंडूल ने स्लैलम जीता।",
        [("चंडूल", "Lerche")],
        "स्कीयर लेआ लेर्ख़े ने स्लैलम जीता।",
    ),
    # Dutch
    F(
        N,
        "Cyclist Bram Schipper won the sprint.",
        "साइक्लिस्ट ब्राम मल्लाह ने स्प्रिंट जीता।",
        [("मल्लाह", "Schipper")],
        "साइक्लिस्ट ब्राम स्किपर ने स्प्रिंट जीता।",
    ),
    F(
        N,
        "Defender Kees Schaap cleared the ball off the line.",
        "डिफ़ेंडर केस भेड़ ने गेंद को गोल रेखा से बाहर किया।",
        [("भेड़", "Schaap")],
        "डिफ़ेंडर केस स्खाप ने गेंद को गोल रेखा से बाहर किया।",
    ),
    # French
    F(
        N,
        "Singer Margot Rivière performed in Lyon.",
        "गायिका मार्गो नदी ने ल्यों में प्रस्तुति दी।",
        [("नदी", "Rivière")],
        "गायिका मार्गो रिवियेर ने ल्यों में प्रस्तुति दी।",
    ),
    F(
        N,
        "Minister Claire Boulanger presented the budget.",
        "मंत्री क्लेयर नानबाई ने बजट पेश किया।",
        [("नानबाई", "Boulanger")],
        "मंत्री क्लेयर बूलांजे ने बजट पेश किया।",
    ),
    F(
        N,
        "Fencer Inès Renard reached the semi-final.",
        "तलवारबाज़ इनेस लोमड़ी सेमीफ़ाइनल में पहुंचीं।",
        [("लोमड़ी", "Renard")],
        "तलवारबाज़ इनेस रेनार सेमीफ़ाइनल में पहुंचीं।",
    ),
    # Spanish
    F(
        N,
        "Minister Teresa Ríos spoke about water policy.",
        "मंत्री टेरेसा नदियों ने जल नीति पर बात की।",
        [("नदियों", "Ríos")],
        "मंत्री टेरेसा रियोस ने जल नीति पर बात की।",
    ),
    F(
        N,
        "Boxer Javier Calvo won in the first round.",
        "मुक्केबाज़ हावियर गंजे ने पहले दौर में जीत हासिल की।",
        [("गंजे", "Calvo")],
        "मुक्केबाज़ हावियर काल्वो ने पहले दौर में जीत हासिल की।",
    ),
    F(
        N,
        "Winger Sergio Cuervo crossed for the winning goal.",
        "विंगर सर्जियो काग ने निर्णायक गोल के लिए क्रॉस दिया।",
        [("काग", "Cuervo")],
        "विंगर सर्जियो कुएर्वो ने निर्णायक गोल के लिए क्रॉस दिया।",
    ),
    F(
        N,
        "Designer Lucía Sastre showed her collection in Madrid.",
        "डिज़ाइनर लूसिया दर्ज़िन ने मैड्रिड में अपना संग्रह दिखाया।",
        [("दर्ज़िन", "Sastre")],
        "डिज़ाइनर लूसिया सास्त्रे ने मैड्रिड में अपना संग्रह दिखाया।",
    ),
    F(
        N,
        "Goalkeeper Diego Halcón made five saves.",
        "गोलकीपर डिएगो शिकरे ने पांच बचाव किए।",
        [("शिकरे", "Halcón")],
        "गोलकीपर डिएगो अलकोन ने पांच बचाव किए।",
    ),
    F(
        N,
        "Activist Dolores Vega led the march.",
        "कार्यकर्ता दर्द वेगा ने मार्च का नेतृत्व किया।",
        [("दर्द", "Dolores")],
        "कार्यकर्ता डोलोरेस वेगा ने मार्च का नेतृत्व किया।",
    ),
    # Italian
    F(
        N,
        "Goalkeeper Marco Martello did not concede a goal for the third match running.",
        "गोलकीपर मार्को हथौड़े ने लगातार तीसरे मैच में कोई गोल नहीं खाया।",
        [("हथौड़े", "Martello")],
        "गोलकीपर मार्को मार्तेलो ने लगातार तीसरे मैच में कोई गोल नहीं खाया।",
    ),
    F(
        N,
        "Senator Paolo Barbieri opposed the new tax.",
        "सीनेटर पाओलो नाइयों ने नए कर का विरोध किया।",
        [("नाइयों", "Barbieri")],
        "सीनेटर पाओलो बार्बिएरी ने नए कर का विरोध किया।",
    ),
    F(
        N,
        "Fencer Giulia Leone won the gold medal.",
        "तलवारबाज़ जूलिया शेरनी ने स्वर्ण पदक जीता।",
        [("शेरनी", "Leone")],
        "तलवारबाज़ जूलिया लेओने ने स्वर्ण पदक जीता।",
    ),
    F(
        N,
        "Cyclist Elisa Colombo attacked on the last climb.",
        "साइक्लिस्ट एलिसा कबूतरी ने आख़िरी चढ़ाई पर हमला बोला।",
        [("कबूतरी", "Colombo")],
        "साइक्लिस्ट एलिसा कोलंबो ने आख़िरी चढ़ाई पर हमला बोला।",
    ),
    # Portuguese
    F(
        N,
        "Midfielder João Machado scored from a free kick.",
        "मिडफ़ील्डर जोआओ कुल्हाड़ी ने फ़्री किक पर गोल किया।",
        [("कुल्हाड़ी", "Machado")],
        "मिडफ़ील्डर जोआओ माशाडो ने फ़्री किक पर गोल किया।",
    ),
    F(
        N,
        "Surfer Tiago Rocha won the contest in Nazaré.",
        "सर्फ़र तियागो चट्टान ने नाज़ारे में प्रतियोगिता जीती।",
        [("चट्टान", "Rocha")],
        "सर्फ़र तियागो रोशा ने नाज़ारे में प्रतियोगिता जीती।",
    ),
    F(
        N,
        "Judge Ana Coelho delivered the verdict.",
        "न्यायाधीश आना ख़रगोश ने फ़ैसला सुनाया।",
        [("ख़रगोश", "Coelho")],
        "न्यायाधीश आना कोएल्यो ने फ़ैसला सुनाया।",
    ),
    # Polish
    F(
        N,
        "Sprinter Ewa Kot won the 200 metres.",
        "धाविका एवा बिल्ली ने 200 मीटर की दौड़ जीती।",
        [("बिल्ली", "Kot")],
        "धाविका एवा कोत ने 200 मीटर की दौड़ जीती।",
    ),
    F(
        N,
        "Minister Adam Rybak met the fishermen's union.",
        "मंत्री आदम मछेरे ने मछुआरों के संघ से मुलाक़ात की।",
        [("मछेरे", "Rybak")],
        "मंत्री आदम रिबाक ने मछुआरों के संघ से मुलाक़ात की।",
    ),
    F(
        N,
        "Weightlifter Marek Kowal lifted 200 kilograms.",
        "भारोत्तोलक मारेक लोहार ने 200 किलोग्राम वज़न उठाया।",
        [("लोहार", "Kowal")],
        "भारोत्तोलक मारेक कोवाल ने 200 किलोग्राम वज़न उठाया।",
    ),
    # Finnish
    F(
        N,
        "Ski jumper Antti Vuori jumped 130 metres.",
        "स्की जंपर अंत्ती पर्वत ने 130 मीटर की छलांग लगाई।",
        [("पर्वत", "Vuori")],
        "स्की जंपर अंत्ती वुओरी ने 130 मीटर की छलांग लगाई।",
    ),
    F(
        N,
        "Runner Pilvi Tammi set a national record.",
        "धाविका पिल्वी बलूत ने राष्ट्रीय रिकॉर्ड बनाया।",
        [("बलूत", "Tammi")],
        "धाविका पिल्वी ताम्मी ने राष्ट्रीय रिकॉर्ड बनाया।",
    ),
    F(
        N,
        "Hockey player Joonas Joki scored in overtime.",
        "हॉकी खिलाड़ी योनास दरिया ने ओवरटाइम में गोल किया।",
        [("दरिया", "Joki")],
        "हॉकी खिलाड़ी योनास योकी ने ओवरटाइम में गोल किया।",
    ),
    # Turkish
    F(
        N,
        "Volleyball player Ebrar Bulut served an ace.",
        "वॉलीबॉल खिलाड़ी एब्रार बादल ने एक ऐस सर्विस की।",
        [("बादल", "Bulut")],
        "वॉलीबॉल खिलाड़ी एब्रार बुलुत ने एक ऐस सर्विस की।",
    ),
    F(
        N,
        "Archer Mete Toprak hit the centre twice.",
        "तीरंदाज़ मेते मिट्टी ने दो बार केंद्र पर निशाना लगाया।",
        [("मिट्टी", "Toprak")],
        "तीरंदाज़ मेते टोप्राक ने दो बार केंद्र पर निशाना लगाया।",
    ),
    F(
        N,
        "Footballer Arda Kılıç signed for a club in Istanbul.",
        "फ़ुटबॉलर आर्दा तलवार ने इस्तांबुल के एक क्लब के साथ करार किया।",
        [("तलवार", "Kılıç")],
        "फ़ुटबॉलर आर्दा किलिच ने इस्तांबुल के एक क्लब के साथ करार किया।",
    ),
    # Japanese
    F(
        N,
        "Skater Rina Hoshi landed a triple axel.",
        "स्केटर रीना सितारे ने ट्रिपल एक्सल लगाया।",
        [("सितारे", "Hoshi")],
        "स्केटर रीना होशी ने ट्रिपल एक्सल लगाया।",
    ),
    F(
        N,
        "Judoka Daiki Ishikawa won in the final seconds.",
        "जूडोका दाइकी पत्थर-नदी ने आख़िरी सेकंड में जीत हासिल की।",
        [("पत्थर-नदी", "Ishikawa")],
        "जूडोका दाइकी इशिकावा ने आख़िरी सेकंड में जीत हासिल की।",
    ),
    # Chinese
    F(
        N,
        "Weightlifter Bai Xue set a world record.",
        "भारोत्तोलक सफ़ेद बर्फ़ ने विश्व रिकॉर्ड बनाया।",
        [("सफ़ेद बर्फ़", "Bai Xue")],
        "भारोत्तोलक बाई श्वे ने विश्व रिकॉर्ड बनाया।",
    ),
    F(
        N,
        "Swimmer Niu Jiayi won the 100 metres butterfly.",
        "तैराक बैल जियायी ने 100 मीटर बटरफ़्लाई जीती।",
        [("बैल", "Niu")],
        "तैराक न्यू जियायी ने 100 मीटर बटरफ़्लाई जीती।",
    ),
    # Arabic
    F(
        N,
        "Architect Omar Najjar designed the new museum.",
        "वास्तुकार उमर बढ़ई ने नए संग्रहालय का डिज़ाइन तैयार किया।",
        [("बढ़ई", "Najjar")],
        "वास्तुकार उमर नज्जार ने नए संग्रहालय का डिज़ाइन तैयार किया।",
    ),
    F(
        N,
        "Singer Nour Sabbagh released a new album.",
        "गायिका नूर रंगरेज़ ने एक नया एल्बम जारी किया।",
        [("रंगरेज़", "Sabbagh")],
        "गायिका नूर सब्बाग़ ने एक नया एल्बम जारी किया।",
    ),
    # Persian
    F(
        N,
        "Actress Parvaneh Karimi won the best actress award.",
        "अभिनेत्री तितली करीमी ने सर्वश्रेष्ठ अभिनेत्री का पुरस्कार जीता।",
        [("तितली", "Parvaneh")],
        "अभिनेत्री परवाने करीमी ने सर्वश्रेष्ठ अभिनेत्री का पुरस्कार जीता।",
    ),
    # Hebrew
    F(
        N,
        "Judoka Tamar Rimon won bronze in Paris.",
        "जूडोका तमार अनार ने पेरिस में कांस्य पदक जीता।",
        [("अनार", "Rimon")],
        "जूडोका तमार रिमोन ने पेरिस में कांस्य पदक जीता।",
    ),
    F(
        N,
        "Diplomat Ilan Sela met the foreign minister.",
        "राजनयिक वृक्ष सेला ने विदेश मंत्री से मुलाक़ात की।",
        [("वृक्ष", "Ilan")],
        "राजनयिक इलान सेला ने विदेश मंत्री से मुलाक़ात की।",
    ),
    # Kenyan
    F(
        N,
        "Runner Amani Kiprop won the marathon in Berlin.",
        "धावक शांति किपरोप ने बर्लिन में मैराथन जीती।",
        [("शांति", "Amani")],
        "धावक अमानी किपरोप ने बर्लिन में मैराथन जीती।",
    ),
]

NAME_LOOKALIKES = [
    C(
        LN,
        "Volleyball player Kiran Badal won the match.",
        "वॉलीबॉल खिलाड़ी किरण बादल ने मैच जीता।",
    ),
    C(
        LN,
        "Actor Aman Talwar announced a new film.",
        "अभिनेता अमन तलवार ने नई फ़िल्म की घोषणा की।",
    ),
    C(
        LN,
        "Weightlifter Suresh Lohar set a national record.",
        "भारोत्तोलक सुरेश लोहार ने राष्ट्रीय रिकॉर्ड बनाया।",
    ),
    C(
        LN,
        "Runner Shanti Kumari won the race.",
        "धाविका शांति कुमारी ने दौड़ जीती।",
    ),
    C(
        LN,
        "Singer Bulbul Chakraborty sang in Kolkata.",
        "गायिका बुलबुल चक्रवर्ती ने कोलकाता में गाया।",
    ),
    C(
        LN,
        "Diplomat Vijay Gokhale met the foreign minister.",
        "राजनयिक विजय गोखले ने विदेश मंत्री से मुलाक़ात की।",
    ),
    C(
        LN,
        "Judoka Heera Devi won bronze.",
        "जूडोका हीरा देवी ने कांस्य पदक जीता।",
    ),
    C(
        LN,
        "Painter Jyoti Bhatt exhibited in Baroda.",
        "चित्रकार ज्योति भट्ट ने बड़ौदा में प्रदर्शनी लगाई।",
    ),
    C(
        LN,
        "Fencer Bhavani Devi reached the quarter-final.",
        "तलवारबाज़ भवानी देवी क्वार्टर फ़ाइनल में पहुंचीं।",
    ),
    C(
        LN,
        "Referee Khushi Mehta sent off two players.",
        "रेफ़री ख़ुशी मेहता ने दो खिलाड़ियों को बाहर भेजा।",
    ),
    C(
        LN,
        "Activist Asha Kandpal led the march.",
        "कार्यकर्ता आशा कांडपाल ने मार्च का नेतृत्व किया।",
    ),
    C(
        LN,
        "Novelist Umeed Ali won the prize.",
        "उपन्यासकार उम्मीद अली ने पुरस्कार जीता।",
    ),
    C(
        LN,
        "Surfer Sagar Moti won the contest.",
        "सर्फ़र सागर मोती ने प्रतियोगिता जीती।",
    ),
    C(
        LN,
        "Goalkeeper Marco Martello fixed the door with a hammer.",
        "गोलकीपर मार्को मार्तेलो ने हथौड़े से दरवाज़ा ठीक किया।",
    ),
    C(
        LN,
        "Judoka Tamar Rimon ate a pomegranate after the bout.",
        "जूडोका तमार रिमोन ने मुक़ाबले के बाद अनार खाया।",
    ),
    C(
        LN,
        "Surfer Tiago Rocha climbed the rock.",
        "सर्फ़र तियागो रोशा चट्टान पर चढ़े।",
    ),
    C(
        LN,
        "Coach Stefan Storch saw a stork by the river.",
        "कोच स्टीफ़न श्टॉर्ख ने नदी किनारे एक सारस देखा।",
    ),
    C(
        LN,
        "Minister Teresa Ríos visited the rivers of Galicia.",
        "मंत्री टेरेसा रियोस ने गैलिसिया की नदियों का दौरा किया।",
    ),
    C(
        LN,
        "Weightlifter Bai Xue trained in the snow.",
        "भारोत्तोलक बाई श्वे ने बर्फ़ में अभ्यास किया।",
    ),
    C(
        LN,
        "Singer Nour Sabbagh met a dyer in Damascus.",
        "गायिका नूर सब्बाग़ ने दमिश्क़ में एक रंगरेज़ से मुलाक़ात की।",
    ),
    C(
        LN,
        "Fencer Giulia Leone saw a lioness at the zoo.",
        "तलवारबाज़ जूलिया लेओने ने चिड़ियाघर में एक शेरनी देखी।",
    ),
    C(
        LN,
        "Batsman Jamie Colt rode a young horse.",
        "बल्लेबाज़ जेमी कोल्ट ने एक बछेड़े की सवारी की।",
    ),
    C(
        LN,
        "Minister Claire Boulanger bought bread from a baker.",
        "मंत्री क्लेयर बूलांजे ने एक नानबाई से रोटी ख़रीदी।",
    ),
    C(
        LN,
        "Archer Mete Toprak knelt on the soil.",
        "तीरंदाज़ मेते टोप्राक मिट्टी पर घुटनों के बल बैठे।",
    ),
    C(
        LN,
        "Swimmer Zhang Yufei won gold.",
        "तैराक झांग युफ़ेई ने स्वर्ण पदक जीता।",
    ),
    C(
        LN,
        "Skater Kaori Sakamoto won the title.",
        "स्केटर काओरी साकामोतो ने ख़िताब जीता।",
    ),
]
