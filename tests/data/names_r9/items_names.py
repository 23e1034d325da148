"""Round-9 names held-out check (hand-written 2026-11-28 BEFORE the round-9 HI101/HI102/HI104/HI105/
HI503/HI504/HI514 work and never edited to fit; report numbers on it, do not tune on it). Licence:
Apache-2.0.

Person names of thirteen origins (English, Scottish, German, French, Spanish, Italian, Dutch,
Hungarian, Turkish, Japanese, Arabic, Chinese, Swedish) and mononyms whose surname MT rendered as a
Hindi word or phrase: OCCUPATION surnames as Hindi agent nouns / descriptions (चमड़ा रंगने वाली,
आरा चलाने वाली, जुलाहा, बाज़ पालने वाली, मोमबत्ती वाले, कोयला खनिक, रोटी बनाने वाले, नानबाई, मोची, दर्ज़ी,
इत्र बेचने वाली), adjectives (सौम्य, कुलीन, कड़वी, उत्सुक, गंजे, सफ़ेद, काली), objects, animals and
abstract nouns (तख़्ता, पीछा, भेड़, मेमना, मिट्टी, ऊंचा पहाड़, धारा, सोना), mononyms (झबरा, चिड़िया, तर्क,
पिस्सू). Written before reading heldout_r8's misses in detail; no full name is in
heldout_r4..r8, names_r6/r7/r8 or the name lexicons. About half of the flawed rows have NO case
marker (ने/का/की/के/को/से) right after the name.

Clean rows: each flawed row's correct translation, and look-alikes: the same Hindi words used as
words right after a foreign given name (एशले बढ़ई को बुलाने गईं, फ़ेमके सफ़ेद घर में रहती हैं), Indian names that
are Hindi words (हीरा, मोती, चांदनी, पवन, बादल, गुलाब, कमल, दीपक, सोना, बसंत), role words before
Indian names (दर्ज़ी रामलाल, कुम्हार हरिया), and foreign names whose Devanagari spelling is one of
several usual ones (for HI504 with the source).

    python tests/data/names_r9/build.py
    audit check tests/data/names_r9/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o N9H.jsonl
    python tests/data/names_r9/score.py N9H.jsonl --hindi-only [--show]
    audit check tests/data/names_r9/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N9S.jsonl
    python tests/data/names_r9/score.py N9S.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"

NAMES = [
    # --- English occupation surnames
    F(
        N,
        "Senator Lydia Tanner opposed the bill.",
        "सीनेटर लिडिया चमड़ा रंगने वाली ने विधेयक का विरोध किया।",
        [("चमड़ा रंगने वाली", "Tanner")],
        "सीनेटर लिडिया टैनर ने विधेयक का विरोध किया।",
    ),
    F(
        N,
        "Goalkeeper Ashley Sawyer kept a clean sheet.",
        "गोलकीपर एशले आरा चलाने वाली ने क्लीन शीट रखी।",
        [("आरा चलाने वाली", "Sawyer")],
        "गोलकीपर एशले सॉयर ने क्लीन शीट रखी।",
    ),
    F(
        N,
        "Professor Gwen Weaver retires this year.",
        "प्रोफ़ेसर ग्वेन जुलाहा इस साल सेवानिवृत्त हो रही हैं।",
        [("जुलाहा", "Weaver")],
        "प्रोफ़ेसर ग्वेन वीवर इस साल सेवानिवृत्त हो रही हैं।",
    ),
    F(
        N,
        "Declan Fletcher scored twice.",
        "डेक्लान तीर बनाने वाले दो बार स्कोर किया।",
        [("तीर बनाने वाले", "Fletcher")],
        "डेक्लान फ़्लेचर ने दो बार स्कोर किया।",
    ),
    F(
        N,
        "Minister Rhonda Brewer resigned on Friday.",
        "मंत्री रोंडा शराब बनाने वाली शुक्रवार को इस्तीफ़ा दे दिया।",
        [("शराब बनाने वाली", "Brewer")],
        "मंत्री रोंडा ब्रूअर ने शुक्रवार को इस्तीफ़ा दे दिया।",
    ),
    F(
        N,
        "Director Harriet Falconer said the film was finished.",
        "निर्देशक हैरियट बाज़ पालने वाली ने कहा कि फ़िल्म पूरी हो गई है।",
        [("बाज़ पालने वाली", "Falconer")],
        "निर्देशक हैरियट फ़ॉकनर ने कहा कि फ़िल्म पूरी हो गई है।",
    ),
    F(
        N,
        "Ambassador Clive Chandler met the president.",
        "राजदूत क्लाइव मोमबत्ती वाले राष्ट्रपति से मिले।",
        [("मोमबत्ती वाले", "Chandler")],
        "राजदूत क्लाइव चैंडलर राष्ट्रपति से मिले।",
    ),
    F(
        N,
        "Referee Stuart Barber showed a red card.",
        "रेफ़री स्टुअर्ट नाई ने लाल कार्ड दिखाया।",
        [("नाई", "Barber")],
        "रेफ़री स्टुअर्ट बार्बर ने लाल कार्ड दिखाया।",
    ),
    F(
        N,
        "Nadine Collier leads the union.",
        "नदीन कोयला खनिक यूनियन का नेतृत्व करती हैं।",
        [("कोयला खनिक", "Collier")],
        "नदीन कॉलियर यूनियन का नेतृत्व करती हैं।",
    ),
    F(
        N,
        "Bryony Glover won the poetry prize.",
        "ब्रायनी दस्ताने बनाने वाली ने कविता पुरस्कार जीता।",
        [("दस्ताने बनाने वाली", "Glover")],
        "ब्रायनी ग्लोवर ने कविता पुरस्कार जीता।",
    ),
    # --- Scottish occupation surnames
    F(
        N,
        "Chef Hamish Baxter opened a restaurant in Delhi.",
        "शेफ़ हमिश रोटी बनाने वाले दिल्ली में एक रेस्तरां खोला।",
        [("रोटी बनाने वाले", "Baxter")],
        "शेफ़ हमिश बैक्सटर ने दिल्ली में एक रेस्तरां खोला।",
    ),
    F(
        N,
        "Fiona Webster is the new chairwoman.",
        "फ़ियोना बुनाई करने वाली नई अध्यक्ष हैं।",
        [("बुनाई करने वाली", "Webster")],
        "फ़ियोना वेबस्टर नई अध्यक्ष हैं।",
    ),
    # --- English adjective surnames
    F(
        N,
        "Winger Callum Gentle injured his knee.",
        "विंगर कैलम सौम्य का घुटना चोटिल हो गया।",
        [("सौम्य", "Gentle")],
        "विंगर कैलम जेंटल का घुटना चोटिल हो गया।",
    ),
    F(
        N,
        "Judge Miriam Noble adjourned the case.",
        "जज मिरियम कुलीन ने मामला स्थगित कर दिया।",
        [("कुलीन", "Noble")],
        "जज मिरियम नोबल ने मामला स्थगित कर दिया।",
    ),
    F(
        N,
        "Rosalind Bitter sang at the festival.",
        "रोज़लिंड कड़वी महोत्सव में गाईं।",
        [("कड़वी", "Bitter")],
        "रोज़लिंड बिटर महोत्सव में गाईं।",
    ),
    F(
        N,
        "Mayor Trudy Keen announced new buses.",
        "मेयर ट्रूडी उत्सुक ने नई बसों की घोषणा की।",
        [("उत्सुक", "Keen")],
        "मेयर ट्रूडी कीन ने नई बसों की घोषणा की।",
    ),
    # --- English noun / verb surnames
    F(
        N,
        "Cyclist Gareth Plank crashed in the final lap.",
        "साइकिल चालक गैरेथ तख़्ता आख़िरी लैप में गिर पड़े।",
        [("तख़्ता", "Plank")],
        "साइकिल चालक गैरेथ प्लैंक आख़िरी लैप में गिर पड़े।",
    ),
    F(
        N,
        "Doctor Tobias Chase examined the patient.",
        "डॉक्टर टोबियास पीछा ने मरीज़ की जांच की।",
        [("पीछा", "Chase")],
        "डॉक्टर टोबियास चेज़ ने मरीज़ की जांच की।",
    ),
    # --- mononyms
    F(
        N,
        "Shaggy performed in Mumbai last night.",
        "झबरा ने कल रात मुंबई में प्रस्तुति दी।",
        [("झबरा", "Shaggy")],
        "शैगी ने कल रात मुंबई में प्रस्तुति दी।",
    ),
    F(
        N,
        "Singer Birdy cancelled her tour.",
        "गायिका चिड़िया ने अपना दौरा रद्द कर दिया।",
        [("चिड़िया", "Birdy")],
        "गायिका बर्डी ने अपना दौरा रद्द कर दिया।",
    ),
    F(
        N,
        "Rapper Logic released a new album.",
        "रैपर तर्क नया एल्बम जारी किया।",
        [("तर्क", "Logic")],
        "रैपर लॉजिक ने नया एल्बम जारी किया।",
    ),
    F(
        N,
        "Bassist Flea joined the band on stage.",
        "बेसिस्ट पिस्सू मंच पर बैंड के साथ शामिल हुए।",
        [("पिस्सू", "Flea")],
        "बेसिस्ट फ़्ली मंच पर बैंड के साथ शामिल हुए।",
    ),
    # --- German
    F(
        N,
        "Candidate Ulrike Koch spoke in Hamburg.",
        "उम्मीदवार उलरिके रसोइया ने हैम्बर्ग में भाषण दिया।",
        [("रसोइया", "Koch")],
        "उम्मीदवार उलरिके कोख़ ने हैम्बर्ग में भाषण दिया।",
    ),
    F(
        N,
        "Goalkeeper Manuel Jäger saved two penalties.",
        "गोलकीपर मैनुअल शिकारी दो पेनल्टी बचाईं।",
        [("शिकारी", "Jäger")],
        "गोलकीपर मैनुअल येगर ने दो पेनल्टी बचाईं।",
    ),
    F(
        N,
        "Physicist Dorothea Weber received the award.",
        "भौतिक विज्ञानी डोरोथिया बुनकर को पुरस्कार मिला।",
        [("बुनकर", "Weber")],
        "भौतिक विज्ञानी डोरोथिया वेबर को पुरस्कार मिला।",
    ),
    # --- French
    F(
        N,
        "Chef Amélie Boulanger won a Michelin star.",
        "शेफ़ अमेली नानबाई ने मिशलिन स्टार जीता।",
        [("नानबाई", "Boulanger")],
        "शेफ़ अमेली बूलांजे ने मिशलिन स्टार जीता।",
    ),
    F(
        N,
        "Senator Lucien Berger criticised the plan.",
        "सीनेटर लुसिएन चरवाहे योजना की आलोचना की।",
        [("चरवाहे", "Berger")],
        "सीनेटर लुसिएन बर्जे ने योजना की आलोचना की।",
    ),
    F(
        N,
        "Mathilde Meunier directed the play.",
        "माथिल्ड चक्कीवाली नाटक का निर्देशन किया।",
        [("चक्कीवाली", "Meunier")],
        "माथिल्ड म्यूनिए ने नाटक का निर्देशन किया।",
    ),
    # --- Spanish
    F(
        N,
        "Striker Iker Herrero scored a hat-trick.",
        "स्ट्राइकर इकर लोहार ने हैट्रिक बनाई।",
        [("लोहार", "Herrero")],
        "स्ट्राइकर इकर एर्रेरो ने हैट्रिक बनाई।",
    ),
    F(
        N,
        "Ximena Zapatero is running for mayor.",
        "ज़िमेना मोची मेयर पद के लिए चुनाव लड़ रही हैं।",
        [("मोची", "Zapatero")],
        "ज़िमेना ज़ापातेरो मेयर पद के लिए चुनाव लड़ रही हैं।",
    ),
    F(
        N,
        "Coach Rodrigo Calvo was sacked.",
        "कोच रोड्रिगो गंजे को बर्ख़ास्त कर दिया गया।",
        [("गंजे", "Calvo")],
        "कोच रोड्रिगो काल्वो को बर्ख़ास्त कर दिया गया।",
    ),
    F(
        N,
        "Pilar Cordero wrote the report.",
        "पिलार मेमना ने रिपोर्ट लिखी।",
        [("मेमना", "Cordero")],
        "पिलार कोर्डेरो ने रिपोर्ट लिखी।",
    ),
    # --- Italian
    F(
        N,
        "Cardinal Ottavio Sarto visited the village.",
        "कार्डिनल ओत्तावियो दर्ज़ी गांव गए।",
        [("दर्ज़ी", "Sarto")],
        "कार्डिनल ओत्तावियो सार्तो गांव गए।",
    ),
    F(
        N,
        "Giorgia Pecora won the regional election.",
        "जॉर्जिया भेड़ ने क्षेत्रीय चुनाव जीता।",
        [("भेड़", "Pecora")],
        "जॉर्जिया पेकोरा ने क्षेत्रीय चुनाव जीता।",
    ),
    # --- Dutch
    F(
        N,
        "Skater Femke de Wit broke the record.",
        "स्केटर फ़ेमके सफ़ेद ने रिकॉर्ड तोड़ा।",
        [("सफ़ेद", "de Wit")],
        "स्केटर फ़ेमके डे विट ने रिकॉर्ड तोड़ा।",
    ),
    F(
        N,
        "Sander Kuiper presented the budget.",
        "सैंडर पीपे बनाने वाला बजट पेश किया।",
        [("पीपे बनाने वाला", "Kuiper")],
        "सैंडर काउपर ने बजट पेश किया।",
    ),
    # --- Hungarian
    F(
        N,
        "Violinist Zsófia Fekete played Bartók.",
        "वायलिन वादक ज़ोफ़िया काली ने बार्तोक बजाया।",
        [("काली", "Fekete")],
        "वायलिन वादक ज़ोफ़िया फ़ेकेते ने बार्तोक बजाया।",
    ),
    F(
        N,
        "Bence Szabó coaches the water polo team.",
        "बेन्से दर्ज़ी वाटर पोलो टीम को कोचिंग देते हैं।",
        [("दर्ज़ी", "Szabó")],
        "बेन्से साबो वाटर पोलो टीम को कोचिंग देते हैं।",
    ),
    # --- Turkish
    F(
        N,
        "Deniz Çiftçi won the wrestling title.",
        "डेनिज़ किसान कुश्ती का ख़िताब जीता।",
        [("किसान", "Çiftçi")],
        "डेनिज़ चिफ़्तची ने कुश्ती का ख़िताब जीता।",
    ),
    F(
        N,
        "Novelist Elif Toprak signed copies.",
        "उपन्यासकार एलिफ़ मिट्टी ने प्रतियों पर हस्ताक्षर किए।",
        [("मिट्टी", "Toprak")],
        "उपन्यासकार एलिफ़ टोप्राक ने प्रतियों पर हस्ताक्षर किए।",
    ),
    # --- Japanese
    F(
        N,
        "Pitcher Daisuke Kobayashi threw a no-hitter.",
        "पिचर दाइसुके छोटा जंगल ने नो-हिटर फेंका।",
        [("छोटा जंगल", "Kobayashi")],
        "पिचर दाइसुके कोबायाशी ने नो-हिटर फेंका।",
    ),
    F(
        N,
        "Haruka Takayama opened the exhibition.",
        "हारुका ऊंचा पहाड़ प्रदर्शनी का उद्घाटन किया।",
        [("ऊंचा पहाड़", "Takayama")],
        "हारुका ताकायामा ने प्रदर्शनी का उद्घाटन किया।",
    ),
    # --- Arabic
    F(
        N,
        "Architect Rami Sabbagh designed the mosque.",
        "वास्तुकार रामी रंगरेज ने मस्जिद डिज़ाइन की।",
        [("रंगरेज", "Sabbagh")],
        "वास्तुकार रामी सब्बाग़ ने मस्जिद डिज़ाइन की।",
    ),
    F(
        N,
        "Layla Attar hosts a radio show.",
        "लैला इत्र बेचने वाली एक रेडियो शो होस्ट करती हैं।",
        [("इत्र बेचने वाली", "Attar")],
        "लैला अत्तार एक रेडियो शो होस्ट करती हैं।",
    ),
    # --- Chinese
    F(
        N,
        "Badminton player Jin Yuxuan reached the final.",
        "बैडमिंटन खिलाड़ी सोना युशुआन फ़ाइनल में पहुंचीं।",
        [("सोना", "Jin")],
        "बैडमिंटन खिलाड़ी जिन युशुआन फ़ाइनल में पहुंचीं।",
    ),
    # --- Swedish
    F(
        N,
        "Goalkeeper Linnea Ström kept a clean sheet.",
        "गोलकीपर लिनिया धारा ने कोई गोल नहीं खाया।",
        [("धारा", "Ström")],
        "गोलकीपर लिनिया स्त्रोम ने कोई गोल नहीं खाया।",
    ),
]

NAME_LOOKALIKES = [
    # the same Hindi words used as words right after a foreign given name
    C(L, "Ashley went to call the carpenter.", "एशले बढ़ई को बुलाने गईं।"),
    C(L, "Gwen went to the weaver's house.", "ग्वेन जुलाहे के घर गईं।"),
    C(L, "Rhonda does not buy meat from the butcher.", "रोंडा कसाई की दुकान से मांस नहीं लेतीं।"),
    C(L, "Clive sat down after lighting a candle.", "क्लाइव मोमबत्ती जलाकर बैठ गए।"),
    C(L, "Stuart goes to the barber every month.", "स्टुअर्ट हर महीने नाई के पास जाते हैं।"),
    C(L, "Hamish likes the baker's bread.", "हमिश नानबाई की रोटी पसंद करते हैं।"),
    C(L, "Callum speaks gently.", "कैलम सौम्य स्वर में बोलते हैं।"),
    C(L, "Trudy is eager to learn.", "ट्रूडी सीखने को उत्सुक हैं।"),
    C(L, "Gareth sat on a wooden plank.", "गैरेथ लकड़ी के तख़्ते पर बैठ गए।"),
    C(L, "Tobias did not give up the chase.", "टोबियास पीछा नहीं छोड़ा।"),
    C(L, "Manuel was scared when he saw the hunter.", "मैनुअल शिकारी को देखकर डर गए।"),
    C(L, "Sander buys fish from the fisherman.", "सैंडर मछुआरे से मछली ख़रीदते हैं।"),
    C(L, "Iker's grandfather was a blacksmith.", "इकर के दादा लोहार थे।"),
    C(L, "Ximena took the shoes to the cobbler.", "ज़िमेना जूते लेकर मोची के पास गईं।"),
    C(L, "Pilar stood holding a lamb.", "पिलार मेमना गोद में लिए खड़ी थीं।"),
    C(L, "Giorgia keeps sheep.", "जॉर्जिया भेड़ें पालती हैं।"),
    C(L, "Femke lives in a white house.", "फ़ेमके सफ़ेद घर में रहती हैं।"),
    C(L, "Zsófia came in a black dress.", "ज़ोफ़िया काली पोशाक में आईं।"),
    C(L, "Bence has his kurtas stitched by the tailor.", "बेन्से दर्ज़ी से कुर्ता सिलवाते हैं।"),
    C(L, "Deniz is a farmer's son.", "डेनिज़ किसान के बेटे हैं।"),
    C(L, "Elif makes pots from clay.", "एलिफ़ मिट्टी के बर्तन बनाती हैं।"),
    C(L, "Haruka sat on a stone by the river.", "हारुका नदी किनारे पत्थर पर बैठीं।"),
    C(L, "Layla likes wearing perfume.", "लैला इत्र लगाना पसंद करती हैं।"),
    C(L, "Linnea swam against the current.", "लिनिया धारा के विपरीत तैरीं।"),
    C(L, "Lucien looks after the shepherd's dogs.", "लुसिएन चरवाहे के कुत्तों की देखभाल करते हैं।"),
    # Indian names that are Hindi words
    C(L, "Heera Singh won the kabaddi match.", "हीरा सिंह ने कबड्डी मैच जीता।"),
    C(L, "Moti Lal runs a dairy.", "मोती लाल एक डेयरी चलाते हैं।"),
    C(L, "Chandni sang a song at the wedding.", "चांदनी ने शादी में गाना गाया।"),
    C(L, "Coach Pawan Kumar picked the squad.", "कोच पवन कुमार ने टीम चुनी।"),
    C(L, "Inspector Badal Yadav reached the spot.", "इंस्पेक्टर बादल यादव मौक़े पर पहुंचे।"),
    C(L, "Gulab Chand is the village head.", "गुलाब चंद गांव के प्रधान हैं।"),
    C(L, "Minister Kamal Nath inaugurated the bridge.", "मंत्री कमल नाथ ने पुल का उद्घाटन किया।"),
    C(L, "Deepak Chahar took three wickets.", "दीपक चाहर ने तीन विकेट लिए।"),
    C(L, "Sona Devi teaches at the school.", "सोना देवी स्कूल में पढ़ाती हैं।"),
    C(L, "Basant Lal sells vegetables.", "बसंत लाल सब्ज़ियां बेचते हैं।"),
    # role words before Indian names
    C(L, "The tailor Ramlal stitched the shirt.", "दर्ज़ी रामलाल ने कमीज़ सिली।"),
    C(L, "The potter Hariya made pots.", "कुम्हार हरिया ने घड़े बनाए।"),
    C(L, "The gardener Bhola was watering the plants.", "माली भोला पौधों को पानी दे रहे थे।"),
    C(L, "The barber Ramesh opened his shop early.", "नाई रमेश ने जल्दी दुकान खोली।"),
    C(L, "The shepherd Kallu lost a sheep.", "चरवाहे कल्लू की एक भेड़ खो गई।"),
    # foreign names with one of several usual Devanagari spellings
    C(L, "Krzysztof Piątek scored the winner.", "क्शिश्तोफ़ प्यौंतेक ने विजयी गोल किया।"),
    C(L, "Agnieszka Radwańska reached the semi-final.", "आग्नेश्का रद्वान्स्का सेमीफ़ाइनल में पहुंचीं।"),
    C(L, "Ferenc Puskás was a great footballer.", "फ़ेरेन्त्स पुश्काश एक महान फ़ुटबॉलर थे।"),
    C(L, "Søren Kierkegaard wrote about faith.", "सोरेन कीर्केगार्द ने आस्था के बारे में लिखा।"),
    C(L, "Xavi Hernández joined the club as coach.", "शावी एर्नांदेज़ कोच के रूप में क्लब से जुड़े।"),
]

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
