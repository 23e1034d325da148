"""Round-10 names held-out check (hand-written 2026-11-28 BEFORE the round-10 HI101/HI102/HI104/HI105/
HI503/HI504/HI514 work and never edited to fit; report numbers on it, do not tune on it). Licence:
Apache-2.0.

Person names of fourteen origins (English, Welsh, German, Dutch, French, Spanish, Portuguese,
Italian, Polish, Czech, Russian, Swedish/Norwegian, Japanese, and stage mononyms) whose surname MT
rendered as a Hindi word or phrase: COMPOUND surnames calqued part by part with a hyphen or as a
phrase (सोना-पहाड़, गुलाब-घाटी, पहाड़-धारा, काला-जंगल, नया आदमी), occupations (चक्की वाले, गाड़ीवान,
ज़ीन बनाने वाली, बढ़ई, लोहार), objects and animals (इस्पात, मोर, खरगोश, बाज़, हंस, फव्वारा,
चट्टान), adjectives (चतुर, कठोर, सांवली, काला), and mononyms (चीरा, साधारण, उदाहरण, चिड़िया-आदमी).
About half of the flawed rows have NO case marker (ने/का/की/के/को/से) right after the name.

Clean rows: each flawed row's correct translation, and look-alikes of the false-positive families
of round 9: a list of names followed by a Hindi noun phrase, a sentence starting with a Hindi noun
and a place name, two Hindi nouns side by side (an animal and a thing), translated epithets of
places (मृत सागर, चीन की महान दीवार), Hindi words right after a foreign given name, Indian given
names that are Hindi words, and lines of several correctly transliterated foreign names (with the
source, HI504).

    python tests/data/names_r10/build.py
    audit check tests/data/names_r10/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o N10H.jsonl
    python tests/data/names_r10/score.py N10H.jsonl --hindi-only [--show]
    audit check tests/data/names_r10/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N10S.jsonl
    python tests/data/names_r10/score.py N10S.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"

NAMES = [
    # --- compound surnames calqued part by part (German, Swedish, English, Dutch)
    F(
        N,
        "Chancellor Ingrid Goldberg visited the refugee camp.",
        "चांसलर इंग्रिड सोना-पहाड़ ने शरणार्थी शिविर का दौरा किया।",
        [("सोना-पहाड़", "Goldberg")],
        "चांसलर इंग्रिड गोल्डबर्ग ने शरणार्थी शिविर का दौरा किया।",
    ),
    F(
        N,
        "Conductor Tobias Rosenthal led the orchestra.",
        "संचालक टोबियास गुलाब-घाटी ऑर्केस्ट्रा का नेतृत्व कर रहे थे।",
        [("गुलाब-घाटी", "Rosenthal")],
        "संचालक टोबियास रोज़ेनथल ऑर्केस्ट्रा का नेतृत्व कर रहे थे।",
    ),
    F(
        N,
        "Skier Annika Bergström won the gold medal.",
        "स्कीयर अनिका पहाड़-धारा ने स्वर्ण पदक जीता।",
        [("पहाड़-धारा", "Bergström")],
        "स्कीयर अनिका बर्गस्ट्रॉम ने स्वर्ण पदक जीता।",
    ),
    F(
        N,
        "Detective Rhys Blackwood arrested the suspect.",
        "जासूस रीस काला-जंगल संदिग्ध को गिरफ़्तार कर लिया।",
        [("काला-जंगल", "Blackwood")],
        "जासूस रीस ब्लैकवुड ने संदिग्ध को गिरफ़्तार कर लिया।",
    ),
    F(
        N,
        "Architect Klaus Eisenberg designed the museum.",
        "वास्तुकार क्लाउस लोहा-पहाड़ ने संग्रहालय का डिज़ाइन बनाया।",
        [("लोहा-पहाड़", "Eisenberg")],
        "वास्तुकार क्लाउस आइज़ेनबर्ग ने संग्रहालय का डिज़ाइन बनाया।",
    ),
    F(
        N,
        "Economist Petra Schönfeld warned of a recession.",
        "अर्थशास्त्री पेट्रा सुंदर-खेत मंदी की चेतावनी दी।",
        [("सुंदर-खेत", "Schönfeld")],
        "अर्थशास्त्री पेट्रा शोनफ़ेल्ड ने मंदी की चेतावनी दी।",
    ),
    F(
        N,
        "Senator Marcus Littlefield voted against the budget.",
        "सीनेटर मार्कस छोटा-खेत ने बजट के ख़िलाफ़ वोट दिया।",
        [("छोटा-खेत", "Littlefield")],
        "सीनेटर मार्कस लिटिलफ़ील्ड ने बजट के ख़िलाफ़ वोट दिया।",
    ),
    F(
        N,
        "Actress Imogen Greenwood won a BAFTA.",
        "अभिनेत्री इमोजेन हरी लकड़ी बाफ़्टा जीत गईं।",
        [("हरी लकड़ी", "Greenwood")],
        "अभिनेत्री इमोजेन ग्रीनवुड बाफ़्टा जीत गईं।",
    ),
    F(
        N,
        "Drummer Owen Stonebridge left the band.",
        "ड्रमर ओवेन पत्थर पुल ने बैंड छोड़ दिया।",
        [("पत्थर पुल", "Stonebridge")],
        "ड्रमर ओवेन स्टोनब्रिज ने बैंड छोड़ दिया।",
    ),
    F(
        N,
        "Judge Harold Newman dismissed the case.",
        "न्यायाधीश हेरोल्ड नया आदमी मामला ख़ारिज कर दिया।",
        [("नया आदमी", "Newman")],
        "न्यायाधीश हेरोल्ड न्यूमैन ने मामला ख़ारिज कर दिया।",
    ),
    F(
        N,
        "Activist Dolores Goodman spoke at the rally.",
        "कार्यकर्ता डोलोरेस अच्छा आदमी ने रैली में भाषण दिया।",
        [("अच्छा आदमी", "Goodman")],
        "कार्यकर्ता डोलोरेस गुडमैन ने रैली में भाषण दिया।",
    ),
    F(
        N,
        "Cyclist Joris Molenaar crashed on the descent.",
        "साइकिल सवार योरिस चक्की वाले ढलान पर गिर पड़े।",
        [("चक्की वाले", "Molenaar")],
        "साइकिल सवार योरिस मोलेनार ढलान पर गिर पड़े।",
    ),
    # --- English / Welsh occupation surnames
    F(
        N,
        "Sergeant Gavin Carter found the missing boy.",
        "सार्जेंट गेविन गाड़ीवान लापता लड़के को ढूंढ निकाला।",
        [("गाड़ीवान", "Carter")],
        "सार्जेंट गेविन कार्टर ने लापता लड़के को ढूंढ निकाला।",
    ),
    F(
        N,
        "Councillor Wendy Saddler cut the ribbon.",
        "पार्षद वेंडी ज़ीन बनाने वाली ने फ़ीता काटा।",
        [("ज़ीन बनाने वाली", "Saddler")],
        "पार्षद वेंडी सैडलर ने फ़ीता काटा।",
    ),
    F(
        N,
        "Bishop Nigel Chapman led the service.",
        "बिशप नाइजल फेरीवाले प्रार्थना सभा का संचालन कर रहे थे।",
        [("फेरीवाले", "Chapman")],
        "बिशप नाइजल चैपमैन प्रार्थना सभा का संचालन कर रहे थे।",
    ),
    F(
        N,
        "Jockey Kieran Wainwright won the derby.",
        "जॉकी कीरन गाड़ी बनाने वाले डर्बी जीत गए।",
        [("गाड़ी बनाने वाले", "Wainwright")],
        "जॉकी कीरन वेनराइट डर्बी जीत गए।",
    ),
    F(
        N,
        "Pilot Bronwen Bowyer landed safely.",
        "पायलट ब्रॉनवेन धनुष बनाने वाली सुरक्षित उतर गईं।",
        [("धनुष बनाने वाली", "Bowyer")],
        "पायलट ब्रॉनवेन बोयर सुरक्षित उतर गईं।",
    ),
    # --- English objects, animals, adjectives
    F(
        N,
        "Coach Darren Steele was sacked after the defeat.",
        "कोच डैरेन इस्पात को हार के बाद बर्ख़ास्त कर दिया गया।",
        [("इस्पात", "Steele")],
        "कोच डैरेन स्टील को हार के बाद बर्ख़ास्त कर दिया गया।",
    ),
    F(
        N,
        "Reporter Lauren Peacock broke the story.",
        "रिपोर्टर लॉरेन मोर ने यह ख़बर सबसे पहले दी।",
        [("मोर", "Peacock")],
        "रिपोर्टर लॉरेन पीकॉक ने यह ख़बर सबसे पहले दी।",
    ),
    F(
        N,
        "Sprinter Tyrese Smart set a new record.",
        "धावक टाइरीस चतुर नया रिकॉर्ड बनाया।",
        [("चतुर", "Smart")],
        "धावक टाइरीस स्मार्ट ने नया रिकॉर्ड बनाया।",
    ),
    F(
        N,
        "Governor Shirley Stern signed the law.",
        "गवर्नर शर्ली कठोर ने क़ानून पर हस्ताक्षर किए।",
        [("कठोर", "Stern")],
        "गवर्नर शर्ली स्टर्न ने क़ानून पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Nurse Glenys Meadows was honoured by the hospital.",
        "नर्स ग्लेनिस घास के मैदान को अस्पताल ने सम्मानित किया।",
        [("घास के मैदान", "Meadows")],
        "नर्स ग्लेनिस मेडोज़ को अस्पताल ने सम्मानित किया।",
    ),
    # --- French
    F(
        N,
        "Chef Amélie Charpentier opened a restaurant in Lyon.",
        "शेफ़ अमेली बढ़ई ने ल्यों में रेस्तरां खोला।",
        [("बढ़ई", "Charpentier")],
        "शेफ़ अमेली शार्पांतिये ने ल्यों में रेस्तरां खोला।",
    ),
    F(
        N,
        "Minister Gérard Fournier met the farmers.",
        "मंत्री जेरार भट्ठी वाले किसानों से मिले।",
        [("भट्ठी वाले", "Fournier")],
        "मंत्री जेरार फ़ुर्निये किसानों से मिले।",
    ),
    F(
        N,
        "Striker Mathis Couturier signed a new contract.",
        "स्ट्राइकर मैथिस दर्ज़ी ने नए अनुबंध पर हस्ताक्षर किए।",
        [("दर्ज़ी", "Couturier")],
        "स्ट्राइकर मैथिस कूतूरिये ने नए अनुबंध पर हस्ताक्षर किए।",
    ),
    # --- Spanish / Portuguese
    F(
        N,
        "Mayor Rocío Serrano announced new bus routes.",
        "मेयर रोसियो पहाड़ी नए बस मार्गों की घोषणा की।",
        [("पहाड़ी", "Serrano")],
        "मेयर रोसियो सेरानो ने नए बस मार्गों की घोषणा की।",
    ),
    F(
        N,
        "Singer Lucía Moreno released her album.",
        "गायिका लूसिया सांवली ने अपना एल्बम जारी किया।",
        [("सांवली", "Moreno")],
        "गायिका लूसिया मोरेनो ने अपना एल्बम जारी किया।",
    ),
    F(
        N,
        "Defender Tiago Rocha was sent off.",
        "डिफ़ेंडर तियागो चट्टान को बाहर भेज दिया गया।",
        [("चट्टान", "Rocha")],
        "डिफ़ेंडर तियागो रोशा को बाहर भेज दिया गया।",
    ),
    F(
        N,
        "Writer Inês Pereira won the prize.",
        "लेखिका इनेस नाशपाती का पेड़ पुरस्कार जीत गईं।",
        [("नाशपाती का पेड़", "Pereira")],
        "लेखिका इनेस परेरा पुरस्कार जीत गईं।",
    ),
    # --- Italian
    F(
        N,
        "Professor Chiara Fontana published the study.",
        "प्रोफ़ेसर कियारा फव्वारा ने अध्ययन प्रकाशित किया।",
        [("फव्वारा", "Fontana")],
        "प्रोफ़ेसर कियारा फ़ोंटाना ने अध्ययन प्रकाशित किया।",
    ),
    F(
        N,
        "Cyclist Matteo Bianchi won the stage.",
        "साइकिल सवार माटेओ सफ़ेद चरण जीत गए।",
        [("सफ़ेद", "Bianchi")],
        "साइकिल सवार माटेओ बियांकी चरण जीत गए।",
    ),
    F(
        N,
        "Barber-turned-actor Enzo Barbieri gave an interview.",
        "अभिनेता एंज़ो नाई ने एक साक्षात्कार दिया।",
        [("नाई", "Barbieri")],
        "अभिनेता एंज़ो बारबिएरी ने एक साक्षात्कार दिया।",
    ),
    # --- Polish / Czech
    F(
        N,
        "Goalkeeper Bartosz Zając saved a penalty.",
        "गोलकीपर बार्तोश खरगोश पेनल्टी बचाई।",
        [("खरगोश", "Zając")],
        "गोलकीपर बार्तोश ज़ायोंत्स ने पेनल्टी बचाई।",
    ),
    F(
        N,
        "Minister Tomasz Kowalski resigned.",
        "मंत्री तोमाश लोहार ने इस्तीफ़ा दे दिया।",
        [("लोहार", "Kowalski")],
        "मंत्री तोमाश कोवाल्स्की ने इस्तीफ़ा दे दिया।",
    ),
    F(
        N,
        "Tennis player Jiří Černý reached the final.",
        "टेनिस खिलाड़ी यिर्ज़ी काला फ़ाइनल में पहुंचे।",
        [("काला", "Černý")],
        "टेनिस खिलाड़ी यिर्ज़ी चेर्नी फ़ाइनल में पहुंचे।",
    ),
    # --- Russian
    F(
        N,
        "Grandmaster Pavel Sokolov won the tournament.",
        "ग्रैंडमास्टर पावेल बाज़ टूर्नामेंट जीत गए।",
        [("बाज़", "Sokolov")],
        "ग्रैंडमास्टर पावेल सोकोलोव टूर्नामेंट जीत गए।",
    ),
    F(
        N,
        "Ballerina Yelena Lebedeva danced the lead role.",
        "बैलेरीना येलेना हंस ने मुख्य भूमिका में नृत्य किया।",
        [("हंस", "Lebedeva")],
        "बैलेरीना येलेना लेबेदेवा ने मुख्य भूमिका में नृत्य किया।",
    ),
    # --- Japanese
    F(
        N,
        "Pitcher Kenta Takahashi threw a no-hitter.",
        "पिचर केंटा ऊंचा पुल ने नो-हिटर फेंका।",
        [("ऊंचा पुल", "Takahashi")],
        "पिचर केंटा ताकाहाशी ने नो-हिटर फेंका।",
    ),
    F(
        N,
        "Novelist Aoi Morita visited Delhi.",
        "उपन्यासकार आओई जंगल-खेत दिल्ली आईं।",
        [("जंगल-खेत", "Morita")],
        "उपन्यासकार आओई मोरिता दिल्ली आईं।",
    ),
    # --- stage mononyms
    F(
        N,
        "Slash performed at the festival.",
        "चीरा ने महोत्सव में प्रस्तुति दी।",
        [("चीरा", "Slash")],
        "स्लैश ने महोत्सव में प्रस्तुति दी।",
    ),
    F(
        N,
        "The rapper Common married again.",
        "रैपर साधारण ने फिर से शादी की।",
        [("साधारण", "Common")],
        "रैपर कॉमन ने फिर से शादी की।",
    ),
    F(
        N,
        "Rapper Example cancelled his tour.",
        "रैपर उदाहरण अपना दौरा रद्द कर दिया।",
        [("उदाहरण", "Example")],
        "रैपर एग्ज़ाम्पल ने अपना दौरा रद्द कर दिया।",
    ),
    F(
        N,
        "Rapper Birdman held a concert in Miami.",
        "रैपर चिड़िया-आदमी मियामी में कॉन्सर्ट किया।",
        [("चिड़िया-आदमी", "Birdman")],
        "रैपर बर्डमैन ने मियामी में कॉन्सर्ट किया।",
    ),
]

NAME_LOOKALIKES = [
    # a list of names followed by a Hindi noun phrase
    C(
        L,
        "Mette Frederiksen, Ulf Kristersson and many other leaders attended the memorial meeting.",
        "मेटे फ़्रेडरिक्सन, उल्फ़ क्रिस्टरसन समेत कई नेता शोक सभा में मौजूद थे।",
    ),
    C(
        L,
        "Pedro Sánchez and Ursula von der Leyen took part in the peace talks.",
        "पेड्रो सांचेज़ और उर्सुला फ़ॉन डेर लेयेन शांति वार्ता में शामिल हुए।",
    ),
    C(
        L,
        "Nick Clegg, Ed Davey and other speakers addressed the closing session.",
        "निक क्लेग, एड डेवी तथा अन्य वक्ताओं ने समापन सत्र को संबोधित किया।",
    ),
    C(
        L,
        "Players like Shai Hope and Nicholas Pooran joined the training camp.",
        "शाई होप और निकोलस पूरन जैसे खिलाड़ी प्रशिक्षण शिविर में शामिल हुए।",
    ),
    # a sentence starting with a Hindi noun and a place name
    C(L, "The woman came back from Nainital.", "महिला नैनीताल से लौट आई।"),
    C(L, "The child got lost in Shimla.", "बच्चा शिमला में खो गया।"),
    C(L, "Farmers from Barabanki reached the capital.", "किसान बाराबंकी से राजधानी पहुंचे।"),
    C(L, "The boy studies at a school in Ranikhet.", "लड़का रानीखेत के एक स्कूल में पढ़ता है।"),
    C(L, "The old man lives alone in Kasauli.", "बुज़ुर्ग कसौली में अकेले रहते हैं।"),
    # two Hindi nouns side by side
    C(L, "The parrot broke the cage and flew away.", "तोता पिंजरा तोड़कर उड़ गया।"),
    C(L, "The horse came out of the stable.", "घोड़ा अस्तबल से बाहर निकल आया।"),
    C(L, "The goat climbed the wall.", "बकरी दीवार पर चढ़ गई।"),
    C(L, "The camel sat in the sand.", "ऊंट रेत में बैठ गया।"),
    C(L, "The monkey jumped over the roof.", "बंदर छत के ऊपर से कूद गया।"),
    # translated epithets of places
    C(L, "Tourists crossed the Bridge of Sighs.", "पर्यटकों ने आहों का पुल पार किया।"),
    C(L, "Rome is called the Eternal City.", "रोम को शाश्वत नगरी कहा जाता है।"),
    C(L, "Archaeologists dug in the Valley of the Kings.", "पुरातत्वविदों ने राजाओं की घाटी में खुदाई की।"),
    C(L, "The Statue of Liberty stands in New York.", "स्वतंत्रता की प्रतिमा न्यूयॉर्क में खड़ी है।"),
    C(L, "The Blue Mosque is in Istanbul.", "नीली मस्जिद इस्तांबुल में है।"),
    # Hindi words right after a foreign given name (words, not surnames)
    C(L, "Ingrid bought a gold necklace.", "इंग्रिड ने सोने का हार ख़रीदा।"),
    C(L, "Tobias loves the valley of roses.", "टोबियास को गुलाबों की घाटी बहुत पसंद है।"),
    C(L, "Darren went on to make steel.", "डैरेन इस्पात बनाने के कारख़ाने में गए।"),
    C(L, "Lauren saw a peacock in the garden.", "लॉरेन मोर देखकर चौंक गईं।"),
    C(L, "Mathis took the cloth to the tailor.", "मैथिस दर्ज़ी के पास कपड़ा ले गए।"),
    C(L, "Chiara sat by the fountain.", "कियारा फव्वारे के पास बैठ गईं।"),
    C(L, "Pavel saw a hawk over the field.", "पावेल बाज़ को खेत के ऊपर उड़ते देख रहे थे।"),
    C(L, "Kenta crossed the high bridge on foot.", "केंटा ऊंचे पुल को पैदल पार कर गए।"),
    C(L, "Owen sat on a stone near the bridge.", "ओवेन पुल के पास पत्थर पर बैठ गए।"),
    # Indian given names that are Hindi words
    C(L, "Chandan Mishra inspected the jail.", "चंदन मिश्रा ने जेल का निरीक्षण किया।"),
    C(L, "Kanchan Lata sells sweets in Jaipur.", "कंचन लता जयपुर में मिठाइयां बेचती हैं।"),
    C(L, "Pushpa Kumari won the cycling race.", "पुष्पा कुमारी ने साइकिल दौड़ जीती।"),
    C(L, "Coach Mangal Singh named the team.", "कोच मंगल सिंह ने टीम घोषित की।"),
    C(L, "Barkha Dutt writes about politics.", "बरखा दत्त राजनीति के बारे में लिखती हैं।"),
    # several correctly transliterated foreign names on one line
    C(
        L,
        "Kieron Pollard and Sunil Narine batted together for ten overs.",
        "कीरोन पोलार्ड और सुनील नारायण ने दस ओवर तक साथ बल्लेबाज़ी की।",
    ),
    C(
        L,
        "Jude Bellingham and Phil Foden missed the match.",
        "जूड बेलिंगहैम और फ़िल फ़ोडेन मैच में नहीं खेले।",
    ),
    C(
        L,
        "Jacinda Ardern met Chris Hipkins in Sydney.",
        "जैसिंडा आर्डर्न ने सिडनी में क्रिस हिपकिन्स से मुलाक़ात की।",
    ),
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
