"""Round-21 precision check (precision_r21, own set): hand-written 2026-11-29 21:25-21:45 UTC BEFORE any
round-21 precision change and never edited to fit; report numbers on it, do not tune on it. The writer had
read round 20's notes (docs/quality.md "Precision, round 20") and the list of round 21's dev clean flags by
rule, so this is an own set, not a blind one.

Clean look-alikes (`l-`), NEW members of the false-positive families left at round 20's end (issues
13, 14: at most 1 in 30 clean look-alikes flagged):
- idiom: real objects named literally in real scenes that hold an English idiom's image words (a referee's
  whistle, a farmer's fence, a tailor's needle), Hindi's own idioms that share the English image (घड़ियाली
  आंसू, आग से खेलना, ज़ख़्मों पर नमक), and idioms with a number translated by their sense.
- translit: occupations, sport and office nouns Hindi borrows (ड्राइवर, कंडक्टर, अंपायर, स्मैश, अपलोड).
- title: brands, teams and bands whose names are English words, written as Hindi writes them; names
  Hindi translates (लाल क़िला, शीत युद्ध, आकाशगंगा).
- name: a role noun that opens the sentence before a name; surnames that are English words, spelled out.
- negation (with the source): Hindi नहीं / मत / न for an English idiom or verb that means "not" without
  saying it (*left no stone unturned* is negative, *gave it a miss*, *kept mum*, *steered clear of*).

Flawed rows (`f-`, >= 20) of the same surface shapes, each with its correct translation (`c-`): idioms
rendered word for word, brand and team names translated, surnames that are English words translated,
ordinary words transliterated where Hindi has the common word, a negation the source lacks.

    python tests/data/precision_r21/build.py
    audit check tests/data/precision_r21/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o P21H.jsonl
    python tests/data/precision_r21/score.py P21H.jsonl --hindi-only [--show]
    audit check tests/data/precision_r21/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o P21S.jsonl
    python tests/data/precision_r21/score.py P21S.jsonl [--show]
Licence: Apache-2.0 (part of hindi-mt-audit).
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
TI = "title-calque"
N = "name-calque"
T = "translit"
S = "sense"
NEG = "negation"

IDIOMS = [
    F(
        I,
        "The opposition leader let the cat out of the bag about the alliance.",
        "विपक्ष के नेता ने गठबंधन के बारे में बिल्ली को थैले से बाहर निकाल दिया।",
        [("बिल्ली को थैले से बाहर निकाल दिया", "let the cat out of the bag")],
        "विपक्ष के नेता ने गठबंधन का राज़ खोल दिया।",
    ),
    F(
        I,
        "The board decided to bury the hatchet with the union.",
        "बोर्ड ने यूनियन के साथ कुल्हाड़ी दफ़नाने का फ़ैसला किया।",
        [("कुल्हाड़ी दफ़नाने", "bury the hatchet")],
        "बोर्ड ने यूनियन के साथ पुराना झगड़ा ख़त्म करने का फ़ैसला किया।",
    ),
    F(
        I,
        "The young batter was on cloud nine after his first century.",
        "अपने पहले शतक के बाद युवा बल्लेबाज़ बादल नौ पर था।",
        [("बादल नौ पर", "on cloud nine")],
        "अपने पहले शतक के बाद युवा बल्लेबाज़ बेहद ख़ुश था।",
    ),
    F(
        I,
        "The company's new app is a white elephant.",
        "कंपनी का नया ऐप एक सफ़ेद हाथी है।",
        [("सफ़ेद हाथी", "a white elephant")],
        "कंपनी का नया ऐप महंगा और बेकार साबित हुआ है।",
    ),
    F(
        I,
        "The minister was caught red-handed taking a bribe.",
        "मंत्री को रिश्वत लेते हुए लाल हाथों पकड़ा गया।",
        [("लाल हाथों", "red-handed")],
        "मंत्री को रिश्वत लेते हुए रंगे हाथों पकड़ा गया।",
    ),
    F(
        I,
        "The coach told the players to pull up their socks before the final.",
        "कोच ने खिलाड़ियों से फ़ाइनल से पहले अपने मोज़े ऊपर खींचने को कहा।",
        [("अपने मोज़े ऊपर खींचने", "pull up their socks")],
        "कोच ने खिलाड़ियों से फ़ाइनल से पहले कमर कसने को कहा।",
    ),
    F(
        I,
        "The bank's chairman is feeling the heat over the loan scandal.",
        "बैंक के अध्यक्ष ऋण घोटाले को लेकर गर्मी महसूस कर रहे हैं।",
        [("गर्मी महसूस कर रहे हैं", "feeling the heat")],
        "बैंक के अध्यक्ष ऋण घोटाले को लेकर दबाव में हैं।",
    ),
    F(
        I,
        "The start-up finally broke even in its third year.",
        "स्टार्ट-अप ने आख़िरकार अपने तीसरे साल में बराबर तोड़ा।",
        [("बराबर तोड़ा", "broke even")],
        "स्टार्ट-अप अपने तीसरे साल में आख़िरकार घाटे से उबर गया।",
    ),
]

TITLES = [
    F(
        TI,
        "Royal Challengers Bengaluru won the toss.",
        "शाही चुनौती देने वाले बेंगलुरु ने टॉस जीता।",
        [("शाही चुनौती देने वाले", "Royal Challengers")],
        "रॉयल चैलेंजर्स बेंगलुरु ने टॉस जीता।",
    ),
    F(
        TI,
        "Gujarat Titans signed a young spinner.",
        "गुजरात दानवों ने एक युवा स्पिनर से करार किया।",
        [("दानवों", "Titans")],
        "गुजरात टाइटंस ने एक युवा स्पिनर से करार किया।",
    ),
    F(
        TI,
        "Blue Star opened a new factory in Sri City.",
        "नीला तारा ने श्री सिटी में एक नया कारख़ाना खोला।",
        [("नीला तारा", "Blue Star")],
        "ब्लू स्टार ने श्री सिटी में एक नया कारख़ाना खोला।",
    ),
    F(
        TI,
        "The Chicago Bulls beat the Miami Heat on Friday.",
        "शिकागो सांडों ने शुक्रवार को मियामी हीट को हराया।",
        [("सांडों", "Bulls")],
        "शिकागो बुल्स ने शुक्रवार को मियामी हीट को हराया।",
    ),
]

NAMES = [
    F(
        N,
        "England pacer Mark Wood took three wickets.",
        "इंग्लैंड के तेज़ गेंदबाज़ मार्क लकड़ी ने तीन विकेट लिए।",
        [("लकड़ी", "Wood")],
        "इंग्लैंड के तेज़ गेंदबाज़ मार्क वुड ने तीन विकेट लिए।",
    ),
    F(
        N,
        "West Indies opener Shai Hope scored a century.",
        "वेस्टइंडीज़ के सलामी बल्लेबाज़ शाई उम्मीद ने शतक लगाया।",
        [("उम्मीद", "Hope")],
        "वेस्टइंडीज़ के सलामी बल्लेबाज़ शाई होप ने शतक लगाया।",
    ),
    F(
        N,
        "Batter Harry Brook was dropped on nine.",
        "बल्लेबाज़ हैरी नाले का कैच नौ के स्कोर पर छूटा।",
        [("नाले", "Brook")],
        "बल्लेबाज़ हैरी ब्रूक का कैच नौ के स्कोर पर छूटा।",
    ),
    F(
        N,
        "Ireland's Josh Little bowled the last over.",
        "आयरलैंड के जोश थोड़ा ने आख़िरी ओवर डाला।",
        [("थोड़ा", "Little")],
        "आयरलैंड के जोश लिटिल ने आख़िरी ओवर डाला।",
    ),
]

TRANSLIT = [
    F(
        T,
        "The government will announce the results of the by-election on Friday.",
        "गवर्नमेंट शुक्रवार को उपचुनाव के नतीजे घोषित करेगी।",
        [("गवर्नमेंट", "government")],
        "सरकार शुक्रवार को उपचुनाव के नतीजे घोषित करेगी।",
    ),
    F(
        T,
        "The farmers blocked the highway for two hours.",
        "फ़ार्मर्स ने दो घंटे तक हाईवे जाम रखा।",
        [("फ़ार्मर्स", "farmers")],
        "किसानों ने दो घंटे तक हाईवे जाम रखा।",
    ),
    F(
        T,
        "The village school has no library.",
        "गांव के स्कूल में कोई लाइब्रेरी नहीं है।",
        [("लाइब्रेरी", "library")],
        "गांव के स्कूल में कोई पुस्तकालय नहीं है।",
    ),
    F(
        T,
        "The lawyer asked the judge for more time.",
        "लॉयर ने जज से और समय मांगा।",
        [("लॉयर", "lawyer")],
        "वकील ने जज से और समय मांगा।",
    ),
]

SENSES = [
    F(
        S,
        "The minister attended the meeting on Monday.",
        "मंत्री सोमवार को बैठक में नहीं गए।",
        [("नहीं", "attended")],
        "मंत्री सोमवार को बैठक में गए।",
    ),
    F(
        S,
        "The team won all four of its matches.",
        "टीम ने अपने तीनों मैच जीते।",
        [("तीनों", "all four")],
        "टीम ने अपने चारों मैच जीते।",
    ),
    F(
        S,
        "The shop stays open on Sundays.",
        "दुकान रविवार को नहीं खुलती।",
        [("नहीं", "stays open")],
        "दुकान रविवार को खुली रहती है।",
    ),
    F(
        S,
        "The river flooded seven villages.",
        "नदी ने पांच गांवों में बाढ़ ला दी।",
        [("पांच", "seven")],
        "नदी ने सात गांवों में बाढ़ ला दी।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        "idiom",
        "The referee blew the whistle to start the second half.",
        "रेफ़री ने दूसरा हाफ़ शुरू करने के लिए सीटी बजाई।",
    ),
    C(
        "idiom",
        "The farmer mended the fence around his field.",
        "किसान ने अपने खेत के चारों ओर की बाड़ की मरम्मत की।",
    ),
    C("idiom", "The tailor threaded the needle by the window.", "दर्ज़ी ने खिड़की के पास सुई में धागा डाला।"),
    C(
        "idiom",
        "The boy climbed the ladder to fetch the kite from the roof.",
        "लड़का छत से पतंग उतारने के लिए सीढ़ी पर चढ़ा।",
    ),
    C("idiom", "The fisherman cast his net into the river at dawn.", "मछुआरे ने भोर में नदी में अपना जाल फेंका।"),
    C("idiom", "The shepherd counted his sheep before nightfall.", "गड़रिये ने रात होने से पहले अपनी भेड़ें गिनीं।"),
    C("idiom", "The chef cut the cake into twelve pieces.", "शेफ़ ने केक के बारह टुकड़े किए।"),
    C("idiom", "The mason laid the first brick of the new wall.", "राजमिस्त्री ने नई दीवार की पहली ईंट रखी।"),
    C("idiom", "The child spilled the milk on the kitchen floor.", "बच्चे ने रसोई के फ़र्श पर दूध गिरा दिया।"),
    C("idiom", "The goalkeeper caught the ball with both hands.", "गोलकीपर ने दोनों हाथों से गेंद पकड़ी।"),
    C(
        "idiom",
        "The mother tightened the baby's blanket against the cold.",
        "मां ने ठंड से बचाने के लिए बच्चे का कंबल कसकर लपेटा।",
    ),
    C("idiom", "The carpenter hit the nail with a heavy hammer.", "बढ़ई ने भारी हथौड़े से कील ठोकी।"),
    C("idiom", "The dog chased its tail round the courtyard.", "कुत्ता आंगन में अपनी पूंछ के पीछे गोल-गोल दौड़ता रहा।"),
    C("idiom", "The guard locked the stable door every night.", "चौकीदार हर रात अस्तबल का दरवाज़ा बंद करता था।"),
    C("idiom", "The sailor tied the boat to a post on the bank.", "मल्लाह ने नाव को किनारे के एक खूंटे से बांध दिया।"),
    C("idiom", "The cook broke six eggs into the bowl.", "रसोइए ने कटोरे में छह अंडे फोड़े।"),
    C(
        "idiom",
        "The old woman fed bread to the ducks in the pond.",
        "बूढ़ी औरत ने तालाब की बत्तखों को रोटी खिलाई।",
    ),
    C("idiom", "The painter held the brush in his left hand.", "चित्रकार ने ब्रश बाएं हाथ में पकड़ा।"),
    C("idiom", "The workers pulled the rope to raise the flag.", "मज़दूरों ने झंडा ऊपर चढ़ाने के लिए रस्सी खींची।"),
    C("idiom", "The girl burned her fingers on the hot pan.", "गर्म कड़ाही से लड़की की उंगलियां जल गईं।"),
    C("idiom", "The monkey ate the banana and threw away the peel.", "बंदर ने केला खाया और छिलका फेंक दिया।"),
    C("idiom", "The nurse washed her hands before the injection.", "नर्स ने इंजेक्शन से पहले अपने हाथ धोए।"),
    C("idiom", "The driver kept his eyes on the road.", "ड्राइवर की नज़र सड़क पर टिकी रही।"),
    C(
        "idiom",
        "The boys played with fire behind the shed and burned the grass.",
        "लड़कों ने छप्पर के पीछे आग से खेलते हुए घास जला दी।",
    ),
    C(
        "idiom",
        "The leader shed crocodile tears over the farmers' deaths.",
        "नेता ने किसानों की मौत पर घड़ियाली आंसू बहाए।",
    ),
    C(
        "idiom",
        "His remarks rubbed salt into the wounds of the victims.",
        "उनकी टिप्पणी ने पीड़ितों के ज़ख़्मों पर नमक छिड़का।",
    ),
    C(
        "idiom",
        "The minister is playing with fire by ignoring the protests.",
        "विरोध को अनदेखा करके मंत्री आग से खेल रहे हैं।",
    ),
    C(
        "idiom",
        "He is building castles in the air about a film career.",
        "वह फ़िल्मी करियर को लेकर हवाई क़िले बना रहा है।",
    ),
    C(
        "idiom",
        "The government gave the green signal to the new metro line.",
        "सरकार ने नई मेट्रो लाइन को हरी झंडी दे दी।",
    ),
    C(
        "idiom",
        "The rebel candidate swam against the tide and won the seat.",
        "बाग़ी उम्मीदवार ने धारा के विपरीत तैरकर सीट जीत ली।",
    ),
    C("idiom", "Our bowlers made the visitors bite the dust.", "हमारे गेंदबाज़ों ने मेहमान टीम को धूल चटा दी।"),
    C(
        "idiom",
        "The whole town held its breath during the rescue.",
        "बचाव अभियान के दौरान पूरे शहर ने सांसें थाम लीं।",
    ),
    C("idiom", "After the selection she was on cloud nine.", "चयन के बाद वह ख़ुशी से फूली नहीं समा रही थी।"),
    C("idiom", "The office was at sixes and sevens after the move.", "दफ़्तर बदलने के बाद सब कुछ अस्त-व्यस्त था।"),
    C(
        "idiom",
        "He killed two birds with one stone on his trip to Delhi.",
        "दिल्ली की यात्रा में उसके एक पंथ दो काज हो गए।",
    ),
    C(
        "idiom",
        "The new bridge was a drop in the ocean for the flooded district.",
        "बाढ़ से घिरे ज़िले के लिए नया पुल ऊंट के मुंह में ज़ीरा था।",
    ),
]

TRANSLIT_LOOKALIKES = [
    C("translit", "The driver stopped the bus near the temple.", "ड्राइवर ने बस मंदिर के पास रोकी।"),
    C("translit", "The conductor asked the passengers for their tickets.", "कंडक्टर ने यात्रियों से टिकट मांगे।"),
    C("translit", "The umpire gave the batter out leg before wicket.", "अंपायर ने बल्लेबाज़ को पगबाधा आउट दिया।"),
    C("translit", "The plumber fixed the leaking pipe in an hour.", "प्लंबर ने एक घंटे में रिसता पाइप ठीक कर दिया।"),
    C("translit", "The manager of the hotel apologised to the guests.", "होटल के मैनेजर ने मेहमानों से माफ़ी मांगी।"),
    C("translit", "The waiter brought two cups of coffee.", "वेटर दो कप कॉफ़ी लाया।"),
    C("translit", "The electrician changed the fuse.", "इलेक्ट्रीशियन ने फ़्यूज़ बदल दिया।"),
    C("translit", "The mechanic checked the brakes of the scooter.", "मैकेनिक ने स्कूटर के ब्रेक जांचे।"),
    C("translit", "The photographer took a picture of the bride.", "फ़ोटोग्राफ़र ने दुल्हन की तस्वीर ली।"),
    C("translit", "The cashier gave him the change.", "कैशियर ने उसे बाक़ी पैसे लौटाए।"),
    C("translit", "The security guard closed the gate at ten.", "सिक्योरिटी गार्ड ने दस बजे गेट बंद कर दिया।"),
    C("translit", "The coach praised the young striker.", "कोच ने युवा स्ट्राइकर की तारीफ़ की।"),
    C("translit", "Sindhu won the point with a powerful smash.", "सिंधु ने ज़ोरदार स्मैश से अंक जीता।"),
    C("translit", "The bowler sent down a bouncer in the last over.", "गेंदबाज़ ने आख़िरी ओवर में बाउंसर डाला।"),
    C("translit", "Upload the photo to the portal by Monday.", "सोमवार तक पोर्टल पर फ़ोटो अपलोड करें।"),
    C("translit", "Please download the admit card from the website.", "कृपया वेबसाइट से एडमिट कार्ड डाउनलोड करें।"),
    C("translit", "The doctor put the patient on a ventilator.", "डॉक्टर ने मरीज़ को वेंटिलेटर पर रखा।"),
    C("translit", "The sprinter won her heat easily.", "धाविका ने अपनी हीट आसानी से जीत ली।"),
    C("translit", "The goalkeeper saved a penalty in the final.", "गोलकीपर ने फ़ाइनल में एक पेनल्टी बचाई।"),
    C("translit", "The hospital bought two new X-ray machines.", "अस्पताल ने दो नई एक्स-रे मशीनें ख़रीदीं।"),
]

TITLE_LOOKALIKES = [
    C("title", "Punjab Kings lost their third match in a row.", "पंजाब किंग्स लगातार तीसरा मैच हार गई।"),
    C("title", "Delhi Capitals named a new captain.", "दिल्ली कैपिटल्स ने नए कप्तान का नाम घोषित किया।"),
    C("title", "Kolkata Knight Riders won the final in Chennai.", "कोलकाता नाइट राइडर्स ने चेन्नई में फ़ाइनल जीता।"),
    C(
        "title",
        "The Golden State Warriors signed a new guard.",
        "गोल्डन स्टेट वॉरियर्स ने एक नए गार्ड से करार किया।",
    ),
    C("title", "Red Bull sponsors the young cyclist.", "रेड बुल इस युवा साइकिल चालक को प्रायोजित करती है।"),
    C("title", "Mother Dairy raised the price of milk by two rupees.", "मदर डेयरी ने दूध के दाम दो रुपये बढ़ा दिए।"),
    C("title", "Tata Steel posted a loss this quarter.", "टाटा स्टील को इस तिमाही में घाटा हुआ।"),
    C("title", "Sun Pharma launched a new cancer drug.", "सन फ़ार्मा ने कैंसर की एक नई दवा उतारी।"),
    C("title", "The band Coldplay played two shows in Mumbai.", "बैंड कोल्डप्ले ने मुंबई में दो शो किए।"),
    C("title", "Tiger biscuits are sold in every village shop.", "टाइगर बिस्कुट हर गांव की दुकान में बिकते हैं।"),
    C("title", "Tourists queued outside the Red Fort.", "पर्यटक लाल क़िले के बाहर क़तार में खड़े थे।"),
    C("title", "The Golden Temple was lit up for Gurpurab.", "गुरुपर्व पर स्वर्ण मंदिर को रोशनी से सजाया गया।"),
    C("title", "The Cold War divided Europe for four decades.", "शीत युद्ध ने चार दशक तक यूरोप को बांटे रखा।"),
    C("title", "The Milky Way is clearly visible from Ladakh.", "लद्दाख से आकाशगंगा साफ़ दिखाई देती है।"),
    C("title", "Swimmers float easily in the Dead Sea.", "मृत सागर में तैराक आसानी से तैरते हैं।"),
    C(
        "title",
        "The Supreme Court heard the case on Tuesday.",
        "सर्वोच्च न्यायालय ने मंगलवार को मामले की सुनवाई की।",
    ),
    C(
        "title",
        "The Election Commission sent extra observers to Manipur and Mizoram.",
        "चुनाव आयोग ने मणिपुर और मिज़ोरम में अतिरिक्त पर्यवेक्षक भेजे।",
    ),
    C("title", "Gandhi led the Salt March in 1930.", "गांधी ने 1930 में नमक सत्याग्रह का नेतृत्व किया।"),
    C("title", "The Quit India Movement began in August 1942.", "भारत छोड़ो आंदोलन अगस्त 1942 में शुरू हुआ।"),
    C(
        "title",
        "The Blue Revolution raised fish output in Andhra Pradesh.",
        "नीली क्रांति ने आंध्र प्रदेश में मछली उत्पादन बढ़ाया।",
    ),
]

NAME_LOOKALIKES = [
    C(
        "name",
        "Spinner Kuldeep Yadav took four wickets at Eden Gardens.",
        "स्पिनर कुलदीप यादव ने ईडन गार्डन्स में चार विकेट लिए।",
    ),
    C("name", "Wicketkeeper Rishabh Pant hit a fifty.", "विकेटकीपर ऋषभ पंत ने अर्धशतक लगाया।"),
    C(
        "name",
        "Shooter Manu Bhaker won a bronze in the mixed team event.",
        "निशानेबाज़ मनु भाकर ने मिश्रित टीम स्पर्धा में कांस्य जीता।",
    ),
    C(
        "name",
        "Boxer Nikhat Zareen reached the final in Istanbul.",
        "मुक्केबाज़ निकहत ज़रीन इस्तांबुल में फ़ाइनल में पहुंचीं।",
    ),
    C("name", "Archer Deepika Kumari won the bronze.", "तीरंदाज़ दीपिका कुमारी ने कांस्य जीता।"),
    C("name", "Singer Arijit Singh performed in Kolkata.", "गायक अरिजीत सिंह ने कोलकाता में प्रस्तुति दी।"),
    C("name", "Striker Sunil Chhetri scored the only goal.", "स्ट्राइकर सुनील छेत्री ने इकलौता गोल किया।"),
    C("name", "Steve Smith was out for a duck.", "स्टीव स्मिथ शून्य पर आउट हुए।"),
    C("name", "Stuart Broad bowled the opening over.", "स्टुअर्ट ब्रॉड ने पहला ओवर डाला।"),
    C("name", "Jos Buttler kept wicket in both innings.", "जोस बटलर ने दोनों पारियों में विकेटकीपिंग की।"),
    C("name", "Trent Boult took the new ball.", "ट्रेंट बोल्ट ने नई गेंद संभाली।"),
    C("name", "Will Young and Tom Latham added a hundred runs.", "विल यंग और टॉम लैथम ने सौ रन जोड़े।"),
    C("name", "Glenn Phillips took a stunning catch at point.", "ग्लेन फ़िलिप्स ने पॉइंट पर शानदार कैच लिया।"),
    C("name", "Ben Stokes led England in the series.", "बेन स्टोक्स ने सीरीज़ में इंग्लैंड की कप्तानी की।"),
    C(
        "name",
        "Captain Harmanpreet Kaur chose to bat in Navi Mumbai.",
        "कप्तान हरमनप्रीत कौर ने नवी मुंबई में बल्लेबाज़ी चुनी।",
    ),
]

SENSE_LOOKALIKES = [
    C(NEG, "The police left no stone unturned in the search.", "पुलिस ने तलाश में कोई कसर नहीं छोड़ी।"),
    C(NEG, "The spokesman kept mum about the merger.", "प्रवक्ता ने विलय के बारे में कुछ नहीं कहा।"),
    C(
        NEG,
        "Most members gave the annual dinner a miss this year.",
        "इस साल ज़्यादातर सदस्य सालाना भोज में नहीं आए।",
    ),
    C(NEG, "Investors steered clear of airline shares.", "निवेशकों ने एयरलाइन के शेयरों को हाथ नहीं लगाया।"),
    C(NEG, "The company fell short of its sales target.", "कंपनी अपने बिक्री लक्ष्य तक नहीं पहुंच पाई।"),
    C(
        NEG,
        "The chief minister dodged questions about the scam.",
        "मुख्यमंत्री ने घोटाले के सवालों का जवाब नहीं दिया।",
    ),
    C(NEG, "She skipped breakfast to catch the early train.", "सुबह की ट्रेन पकड़ने के लिए उसने नाश्ता नहीं किया।"),
    C(
        NEG,
        "The council turned a deaf ear to the residents' complaints.",
        "परिषद ने निवासियों की शिकायतों पर कोई ध्यान नहीं दिया।",
    ),
    C(
        NEG,
        "The striker drew a blank in the first three matches.",
        "स्ट्राइकर पहले तीन मैचों में एक भी गोल नहीं कर पाया।",
    ),
    C(
        NEG,
        "The star batter passed up the chance to captain the side.",
        "स्टार बल्लेबाज़ ने टीम की कप्तानी का मौक़ा स्वीकार नहीं किया।",
    ),
    C(NEG, "Keep your hands off my bicycle.", "मेरी साइकिल को हाथ मत लगाओ।"),
    C(NEG, "The old bridge has seen better days.", "पुराना पुल अब पहले जैसा नहीं रहा।"),
]

REPETITIONS: list = []
OMISSIONS: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
