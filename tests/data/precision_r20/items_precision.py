"""Round-20 precision check (precision_r20, own set): hand-written 2026-11-29 18:30-18:33 UTC BEFORE any
round-20 precision change and never edited to fit; report numbers on it, do not tune on it. The writer had
read the round-19 notes on the families of clean flags left (docs/quality.md "Precision, round 19"), not
this round's list of dev flags, so this is an own set, not a blind one.

Clean look-alikes (`l-`), NEW members of the false-positive families left at round 19's end (issues
13, 14: at most 1 in 30 clean look-alikes flagged):
- idiom: real objects named literally in real scenes that hold an English idiom's image words (a cow
  kicks a bucket of milk, a cook spills beans, a man sits on a fence), several with a thing or an animal
  as the subject.
- title: brands, teams, bands, papers and films whose names are English words, written as Hindi writes
  them (थम्स अप, मियामी हीट, गुड डे, किंगफ़िशर); names Hindi translates (लाल सागर, हरित क्रांति, उड़न
  सिख, रजत जयंती).
- name: a role noun that opens the sentence before a name (*Pacer*, *Spinner*, *Goalkeeper* …), in its
  Hindi word or its loan.
- translit: occupations and trade nouns Hindi borrows (इलेक्ट्रीशियन, प्लंबर, कैशियर, फ़ोटोग्राफ़र);
  Hindi words of Portuguese, Persian or English descent that look like English words (बोतल, पिस्तौल,
  लालटेन, पलस्तर, गोदाम, बाल्टी).
- negation (with the source): Hindi नहीं / न for an English word that means "not" without saying it
  (*failed to*, *lacked*, *missed*, *absent*, *until*, *in case*, the tag *right?*).

Flawed rows (`f-`, >= 20) of the same surface shapes, each with its correct translation (`c-`): idioms
rendered word for word, brand and team names translated, surnames that are English words translated,
ordinary words transliterated where Hindi has the common word.

    python tests/data/precision_r20/build.py
    audit check tests/data/precision_r20/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o P20H.jsonl
    python tests/data/precision_r20/score.py P20H.jsonl --hindi-only [--show]
    audit check tests/data/precision_r20/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o P20S.jsonl
    python tests/data/precision_r20/score.py P20S.jsonl [--show]
Licence: Apache-2.0 (part of hindi-mt-audit).
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
TI = "title-calque"
N = "name-calque"
T = "translit"
NEG = "negation"

IDIOMS = [
    F(
        I,
        "The minister's aide spilled the beans about the deal.",
        "मंत्री के सहायक ने सौदे के बारे में फलियां गिरा दीं।",
        [("फलियां गिरा दीं", "spilled the beans")],
        "मंत्री के सहायक ने सौदे का राज़ खोल दिया।",
    ),
    F(
        I,
        "The old film star kicked the bucket last night.",
        "पुराने फ़िल्मी सितारे ने कल रात बाल्टी को लात मार दी।",
        [("बाल्टी को लात मार दी", "kicked the bucket")],
        "पुराने फ़िल्मी सितारे का कल रात निधन हो गया।",
    ),
    F(
        I,
        "The party is still sitting on the fence over the bill.",
        "पार्टी अब भी विधेयक पर बाड़ पर बैठी है।",
        [("बाड़ पर बैठी", "sitting on the fence")],
        "पार्टी ने अब भी विधेयक पर कोई पक्ष नहीं चुना है।",
    ),
    F(
        I,
        "The regulator nipped the scam in the bud.",
        "नियामक ने घोटाले को कली में ही तोड़ दिया।",
        [("कली में ही तोड़ दिया", "nipped in the bud")],
        "नियामक ने घोटाले को शुरू में ही रोक दिया।",
    ),
    F(
        I,
        "The mayor's angry tweet added fuel to the fire over the water tax.",
        "महापौर के ग़ुस्से भरे ट्वीट ने जल कर पर आग में ईंधन डाल दिया।",
        [("आग में ईंधन डाल", "added fuel to the fire")],
        "महापौर के ग़ुस्से भरे ट्वीट ने जल कर के विवाद को और भड़का दिया।",
    ),
    F(
        I,
        "The young striker was born with a silver spoon in his mouth.",
        "युवा स्ट्राइकर मुंह में चांदी का चम्मच लेकर पैदा हुआ था।",
        [("मुंह में चांदी का चम्मच", "born with a silver spoon in his mouth")],
        "युवा स्ट्राइकर एक अमीर परिवार में पैदा हुआ था।",
    ),
    F(
        I,
        "The small firm missed the bus on electric scooters.",
        "छोटी कंपनी से इलेक्ट्रिक स्कूटरों पर बस छूट गई।",
        [("बस छूट गई", "missed the bus")],
        "छोटी कंपनी इलेक्ट्रिक स्कूटरों का मौका चूक गई।",
    ),
]

TITLES = [
    F(
        TI,
        "Thums Up launched a new bottle this summer.",
        "अंगूठा ऊपर ने इस गर्मी एक नई बोतल पेश की।",
        [("अंगूठा ऊपर", "Thums Up")],
        "थम्स अप ने इस गर्मी एक नई बोतल पेश की।",
    ),
    F(
        TI,
        "The Miami Heat beat the Boston Celtics by ten points.",
        "मियामी गर्मी ने बोस्टन सेल्टिक्स को दस अंकों से हराया।",
        [("गर्मी", "Heat")],
        "मियामी हीट ने बोस्टन सेल्टिक्स को दस अंकों से हराया।",
    ),
    F(
        TI,
        "Sales of Good Day biscuits rose in the villages.",
        "गांवों में अच्छा दिन बिस्कुट की बिक्री बढ़ी।",
        [("अच्छा दिन", "Good Day")],
        "गांवों में गुड डे बिस्कुट की बिक्री बढ़ी।",
    ),
    F(
        TI,
        "The Chicago Bulls signed a new point guard.",
        "शिकागो सांडों ने एक नए पॉइंट गार्ड से करार किया।",
        [("सांडों", "Bulls")],
        "शिकागो बुल्स ने एक नए पॉइंट गार्ड से करार किया।",
    ),
    F(
        TI,
        "Kingfisher Airlines stopped flying in 2012.",
        "रामचिरैया एयरलाइंस ने 2012 में उड़ानें बंद कर दीं।",
        [("रामचिरैया", "Kingfisher")],
        "किंगफ़िशर एयरलाइंस ने 2012 में उड़ानें बंद कर दीं।",
    ),
    F(
        TI,
        "Coldplay will play two shows in Ahmedabad.",
        "ठंडा खेल अहमदाबाद में दो शो करेगा।",
        [("ठंडा खेल", "Coldplay")],
        "कोल्डप्ले अहमदाबाद में दो शो करेगा।",
    ),
]

NAMES = [
    F(
        N,
        "Pacer Mark Wood bowled the fastest spell of the series.",
        "तेज़ गेंदबाज़ मार्क लकड़ी ने सीरीज़ का सबसे तेज़ स्पेल डाला।",
        [("लकड़ी", "Wood")],
        "तेज़ गेंदबाज़ मार्क वुड ने सीरीज़ का सबसे तेज़ स्पेल डाला।",
    ),
    F(
        N,
        "Batter Harry Brook scored a double century.",
        "बल्लेबाज़ हैरी नाला ने दोहरा शतक बनाया।",
        [("नाला", "Brook")],
        "बल्लेबाज़ हैरी ब्रूक ने दोहरा शतक बनाया।",
    ),
    F(
        N,
        "Actress Emma Stone won her second Oscar.",
        "अभिनेत्री एमा पत्थर ने अपना दूसरा ऑस्कर जीता।",
        [("पत्थर", "Stone")],
        "अभिनेत्री एमा स्टोन ने अपना दूसरा ऑस्कर जीता।",
    ),
    F(
        N,
        "Veteran Stuart Broad retired after the fifth Test.",
        "अनुभवी स्टुअर्ट चौड़ा ने पांचवें टेस्ट के बाद संन्यास ले लिया।",
        [("चौड़ा", "Broad")],
        "अनुभवी स्टुअर्ट ब्रॉड ने पांचवें टेस्ट के बाद संन्यास ले लिया।",
    ),
    F(
        N,
        "Fast bowler Jofra Archer is back from injury.",
        "तेज़ गेंदबाज़ जोफ़्रा तीरंदाज़ चोट से लौट आए हैं।",
        [("तीरंदाज़", "Archer")],
        "तेज़ गेंदबाज़ जोफ़्रा आर्चर चोट से लौट आए हैं।",
    ),
]

TRANSLIT = [
    F(
        T,
        "The bride wore a red saree at the wedding.",
        "ब्राइड ने शादी में रेड साड़ी पहनी।",
        [("ब्राइड", "bride"), ("रेड", "red")],
        "दुल्हन ने शादी में लाल साड़ी पहनी।",
    ),
    F(
        T,
        "The king's old palace is now a museum.",
        "किंग का ओल्ड पैलेस अब एक संग्रहालय है।",
        [("किंग", "king"), ("ओल्ड", "old"), ("पैलेस", "palace")],
        "राजा का पुराना महल अब एक संग्रहालय है।",
    ),
    F(
        T,
        "The farmers were angry about the late rain.",
        "फ़ार्मर्स देर से हुई बारिश से एंग्री थे।",
        [("फ़ार्मर्स", "farmers"), ("एंग्री", "angry")],
        "किसान देर से हुई बारिश से नाराज़ थे।",
    ),
    F(
        T,
        "The village well dried up in May.",
        "विलेज का कुआं मई में सूख गया।",
        [("विलेज", "village")],
        "गांव का कुआं मई में सूख गया।",
    ),
]

IDIOM_LOOKALIKES = [
    C(
        "idiom",
        "The cook's helper spilled a bowl of beans near the stove.",
        "रसोइए के सहायक ने चूल्हे के पास फलियों का कटोरा गिरा दिया।",
    ),
    C("idiom", "The farmer's cow kicked the bucket of milk.", "किसान की गाय ने दूध की बाल्टी को लात मार दी।"),
    C(
        "idiom",
        "The old man sat on the fence and watched the cows.",
        "बूढ़ा आदमी बाड़ पर बैठकर गायों को देखता रहा।",
    ),
    C("idiom", "The gardener nipped the buds off the rose bush.", "माली ने गुलाब की झाड़ी की कलियां तोड़ दीं।"),
    C(
        "idiom",
        "The cook added more fuel to the fire under the pot.",
        "रसोइए ने देगची के नीचे की आग में और ईंधन डाला।",
    ),
    C("idiom", "Grandmother gave each child a silver spoon.", "दादी ने हर बच्चे को चांदी का एक चम्मच दिया।"),
    C("idiom", "The boy missed the school bus this morning.", "आज सुबह लड़के की स्कूल बस छूट गई।"),
    C("idiom", "The girl threw the wet towel into the basket.", "लड़की ने गीला तौलिया टोकरी में फेंक दिया।"),
    C("idiom", "The baker buttered the toast for the guests.", "बेकर ने मेहमानों के लिए टोस्ट पर मक्खन लगाया।"),
    C("idiom", "The lamp burned oil all night in the temple.", "मंदिर में दीया रात भर तेल जलाता रहा।"),
    C("idiom", "The children let the parrots out of the cage.", "बच्चों ने तोतों को पिंजरे से बाहर निकाल दिया।"),
    C(
        "idiom",
        "Every evening the old farmer counted his hens in the coop.",
        "बूढ़ा किसान हर शाम दड़बे में अपनी मुर्गियां गिनता था।",
    ),
    C("idiom", "The workers poured cold water on the hot tar.", "मज़दूरों ने गर्म तारकोल पर ठंडा पानी डाला।"),
    C("idiom", "The car hit a brick wall on the highway.", "कार राजमार्ग पर एक ईंट की दीवार से टकरा गई।"),
    C("idiom", "The waves rocked the little fishing boat.", "लहरों ने मछली पकड़ने वाली छोटी नाव को हिला दिया।"),
    C("idiom", "The child broke her piggy bank to buy a gift.", "बच्ची ने तोहफ़ा ख़रीदने के लिए अपनी गुल्लक तोड़ दी।"),
    C("idiom", "The lion ate the biggest share of the meat.", "शेर ने मांस का सबसे बड़ा हिस्सा खा लिया।"),
    C(
        "idiom",
        "The mechanic found a snake in the grass behind the garage.",
        "मैकेनिक को गैराज के पीछे घास में एक सांप मिला।",
    ),
    C("idiom", "The farmer dried the hay while the sun shone.", "किसान ने धूप रहते-रहते घास सुखा ली।"),
    C("idiom", "The boy stepped into a bucket of mud.", "लड़के का पैर कीचड़ की बाल्टी में पड़ गया।"),
    C("idiom", "The goat pulled the rope off the peg.", "बकरी ने खूंटे से रस्सी खींच ली।"),
    C(
        "idiom",
        "The tailor trimmed the corners of the silk with his scissors.",
        "दर्ज़ी ने कैंची से रेशम के कोने काट दिए।",
    ),
    C("idiom", "The man washed his hands before dinner.", "आदमी ने रात के खाने से पहले हाथ धोए।"),
    C(
        "idiom",
        "The cat chased its tail round the courtyard.",
        "बिल्ली आंगन में अपनी पूंछ के पीछे गोल-गोल दौड़ती रही।",
    ),
    C("idiom", "The storm blew the roof off the school.", "तूफ़ान ने स्कूल की छत उड़ा दी।"),
    C("idiom", "The porter carried the heavy box on his shoulder.", "कुली ने भारी संदूक अपने कंधे पर उठाया।"),
    C("idiom", "The dog dug up an old bone in the garden.", "कुत्ते ने बगीचे में एक पुरानी हड्डी खोद निकाली।"),
    C("idiom", "The potter put the pots in the oven.", "कुम्हार ने बर्तन भट्ठी में रख दिए।"),
    C("idiom", "The boy pulled his kite down from the tree.", "लड़के ने पेड़ से अपनी पतंग नीचे खींच ली।"),
    C(
        "idiom",
        "The tired horse drank from the stone trough by the well.",
        "थका हुआ घोड़ा कुएं के पास पत्थर की नांद से पानी पीने लगा।",
    ),
    C("idiom", "Heavy rain washed the bridge away.", "भारी बारिश में पुल बह गया।"),
    C("idiom", "The fisherman threw his net into the sea.", "मछुआरे ने अपना जाल समुद्र में फेंका।"),
    C("idiom", "The cook cut the onions with a sharp knife.", "रसोइए ने तेज़ चाकू से प्याज़ काटे।"),
    C("idiom", "The monkey jumped from one branch to another.", "बंदर एक डाल से दूसरी डाल पर कूदा।"),
    C(
        "idiom",
        "The girl rolled up her sleeves to wash the dishes.",
        "लड़की ने बर्तन धोने के लिए अपनी आस्तीनें चढ़ा लीं।",
    ),
    C("idiom", "The mason laid the first stone of the temple.", "राजमिस्त्री ने मंदिर का पहला पत्थर रखा।"),
    C("idiom", "The wind blew the candle out.", "हवा से मोमबत्ती बुझ गई।"),
    C("idiom", "The boy climbed the wall to pick mangoes.", "लड़का आम तोड़ने के लिए दीवार पर चढ़ गया।"),
    C("idiom", "The bull broke the fence and ran into the field.", "सांड बाड़ तोड़कर खेत में घुस गया।"),
    C("idiom", "The sweeper swept the leaves into a heap.", "सफ़ाईकर्मी ने पत्तियों को बुहारकर ढेर लगा दिया।"),
]

TITLE_LOOKALIKES = [
    C("title", "Thums Up raised its price in the south.", "थम्स अप ने दक्षिण में अपनी क़ीमत बढ़ाई।"),
    C("title", "Five Star chocolate will cost two rupees more.", "फ़ाइव स्टार चॉकलेट दो रुपये महंगी होगी।"),
    C("title", "Downloads of the Signal app jumped last week.", "पिछले हफ़्ते सिग्नल ऐप के डाउनलोड में उछाल आया।"),
    C("title", "The Utah Jazz lost to the Denver Nuggets.", "यूटा जैज़ को डेनवर नगेट्स से हार मिली।"),
    C("title", "The Orlando Magic won at home on Friday.", "ऑरलैंडो मैजिक ने शुक्रवार को घरेलू मैदान पर जीत दर्ज की।"),
    C("title", "The Oklahoma City Thunder top the table.", "ओक्लाहोमा सिटी थंडर तालिका में शीर्ष पर है।"),
    C("title", "Gujarat Titans bought two young spinners.", "गुजरात टाइटंस ने दो युवा स्पिनरों को ख़रीदा।"),
    C("title", "Kerala Blasters drew with Bengaluru FC.", "केरल ब्लास्टर्स ने बेंगलुरु एफ़सी से ड्रॉ खेला।"),
    C("title", "Lucknow Super Giants named a new captain.", "लखनऊ सुपर जायंट्स ने नया कप्तान घोषित किया।"),
    C("title", "Royal Enfield sold more bikes in October.", "रॉयल एनफ़ील्ड ने अक्टूबर में ज़्यादा मोटरसाइकिलें बेचीं।"),
    C(
        "title",
        "Blue Dart opened a new hub near the Pune airport.",
        "ब्लू डार्ट ने पुणे हवाई अड्डे के पास एक नया केंद्र खोला।",
    ),
    C("title", "Green Day will tour Asia next year.", "ग्रीन डे अगले साल एशिया का दौरा करेगा।"),
    C("title", "Arctic Monkeys released a new album.", "आर्कटिक मंकीज़ ने नया एल्बम जारी किया।"),
    C("title", "The Hindu and Mint carried the story on page one.", "द हिंदू और मिंट ने यह ख़बर पहले पन्ने पर छापी।"),
    C("title", "The Economist praised the budget.", "द इकोनॉमिस्ट ने बजट की तारीफ़ की।"),
    C("title", "The film Animal earned crores in its first week.", "फ़िल्म एनिमल ने पहले हफ़्ते में करोड़ों कमाए।"),
    C("title", "Fighter opens in theatres on Thursday.", "फ़ाइटर गुरुवार को सिनेमाघरों में रिलीज़ होगी।"),
    C("title", "Wolves beat Everton two-nil.", "वुल्व्स ने एवर्टन को दो-शून्य से हराया।"),
    C("title", "Sales of Boost rose in the south.", "दक्षिण में बूस्ट की बिक्री बढ़ी।"),
    C("title", "Hero MotoCorp cut the price of its scooter.", "हीरो मोटोकॉर्प ने अपने स्कूटर की क़ीमत घटाई।"),
    C("title", "Ships wait for days to enter the Red Sea.", "जहाज़ लाल सागर में घुसने के लिए कई दिन इंतज़ार करते हैं।"),
    C(
        "title",
        "The Green Revolution doubled wheat yields in Haryana.",
        "हरित क्रांति से हरियाणा में गेहूं की पैदावार दोगुनी हो गई।",
    ),
    C(
        "title",
        "A statue of the Flying Sikh stands outside the stadium.",
        "स्टेडियम के बाहर उड़न सिख की एक प्रतिमा खड़ी है।",
    ),
    C("title", "The school celebrated its Silver Jubilee.", "स्कूल ने अपनी रजत जयंती मनाई।"),
    C("title", "Pilgrims crowded the Golden Temple at dawn.", "सुबह स्वर्ण मंदिर में श्रद्धालुओं की भीड़ लगी।"),
    C("title", "The Black Sea is calm in summer.", "गर्मियों में काला सागर शांत रहता है।"),
    C("title", "The Iron Lady of Manipur ended her fast.", "मणिपुर की लौह महिला ने अपना अनशन ख़त्म किया।"),
    C("title", "The Milky Way holds billions of stars.", "आकाशगंगा में अरबों तारे हैं।"),
    C("title", "Tensions in the Middle East hit oil prices.", "मध्य पूर्व में तनाव से तेल की क़ीमतों पर असर पड़ा।"),
    C(
        "title",
        "The White Revolution made India the largest milk producer.",
        "श्वेत क्रांति ने भारत को सबसे बड़ा दूध उत्पादक बनाया।",
    ),
    C("title", "The First Lady planted a tree at the embassy.", "प्रथम महिला ने दूतावास में एक पेड़ लगाया।"),
    C("title", "The Election Commission sent observers to Manipur.", "चुनाव आयोग ने मणिपुर में पर्यवेक्षक भेजे।"),
]

NAME_LOOKALIKES = [
    C("name", "Spinner Kuldeep Yadav took four wickets.", "स्पिनर कुलदीप यादव ने चार विकेट लिए।"),
    C("name", "Goalkeeper Gurpreet Singh Sandhu saved a penalty.", "गोलकीपर गुरप्रीत सिंह संधू ने एक पेनल्टी बचाई।"),
    C("name", "Singer Shreya Ghoshal sang at the opening.", "गायिका श्रेया घोषाल ने उद्घाटन में गाना गाया।"),
    C("name", "Economist Raghuram Rajan warned about jobs.", "अर्थशास्त्री रघुराम राजन ने नौकरियों को लेकर चेताया।"),
    C("name", "Wrestler Vinesh Phogat won the trial bout.", "पहलवान विनेश फोगाट ने ट्रायल मुक़ाबला जीता।"),
    C(
        "name",
        "Striker Sunil Chhetri scored in the last minute.",
        "स्ट्राइकर सुनील छेत्री ने आख़िरी मिनट में गोल किया।",
    ),
    C("name", "Opener Shubman Gill made a quick fifty.", "सलामी बल्लेबाज़ शुभमन गिल ने तेज़ अर्धशतक बनाया।"),
    C("name", "Author Amitav Ghosh spoke about the climate.", "लेखक अमिताव घोष ने जलवायु पर बात की।"),
    C("name", "Boxer Nikhat Zareen reached the final.", "मुक्केबाज़ निकहत ज़रीन फ़ाइनल में पहुंचीं।"),
    C("name", "Shooter Manu Bhaker won two medals in Paris.", "निशानेबाज़ मनु भाकर ने पेरिस में दो पदक जीते।"),
    C("name", "Sprinter Dutee Chand ran the 100 metres.", "धाविका दुती चंद ने 100 मीटर की दौड़ में हिस्सा लिया।"),
    C(
        "name",
        "Grandmaster D Gukesh won the title at eighteen.",
        "ग्रैंडमास्टर डी गुकेश ने अठारह साल की उम्र में ख़िताब जीता।",
    ),
    C(
        "name",
        "Quarterback Patrick Mahomes threw three touchdowns.",
        "क्वार्टरबैक पैट्रिक माहोम्स ने तीन टचडाउन पास फेंके।",
    ),
    C("name", "Skipper Harmanpreet Kaur won the toss.", "कप्तान हरमनप्रीत कौर ने टॉस जीता।"),
    C("name", "Director Mani Ratnam began a new film.", "निर्देशक मणि रत्नम ने नई फ़िल्म शुरू की।"),
    C(
        "name",
        "Pacer Mark Wood took two wickets in the first over.",
        "तेज़ गेंदबाज़ मार्क वुड ने पहले ओवर में दो विकेट लिए।",
    ),
    C("name", "Batter Harry Brook was dropped on nine.", "बल्लेबाज़ हैरी ब्रूक का नौ रन पर कैच छूटा।"),
    C(
        "name",
        "Actor Pankaj Tripathi bought a farm near Patna.",
        "अभिनेता पंकज त्रिपाठी ने पटना के पास एक खेत ख़रीदा।",
    ),
    C("name", "Coach Pullela Gopichand picked the squad.", "कोच पुलेला गोपीचंद ने टीम चुनी।"),
    C("name", "Captain Pat Cummins chose to bowl first.", "कप्तान पैट कमिंस ने पहले गेंदबाज़ी चुनी।"),
]

TRANSLIT_LOOKALIKES = [
    C("translit", "The electrician repaired the burnt wires.", "इलेक्ट्रीशियन ने जले हुए तार ठीक किए।"),
    C(
        "translit",
        "The plumber changed the rusty pipe under the sink.",
        "प्लंबर ने सिंक के नीचे का जंग लगा पाइप बदल दिया।",
    ),
    C("translit", "The bank cashier counted the old notes twice.", "बैंक के कैशियर ने पुराने नोट दो बार गिने।"),
    C("translit", "The photographer took pictures of the bride.", "फ़ोटोग्राफ़र ने दुल्हन की तस्वीरें लीं।"),
    C("translit", "The receptionist answered the phone.", "रिसेप्शनिस्ट ने फ़ोन उठाया।"),
    C("translit", "The conductor gave him a ticket.", "कंडक्टर ने उसे टिकट दिया।"),
    C("translit", "The painter finished the walls in two days.", "पेंटर ने दो दिन में दीवारें पूरी कर दीं।"),
    C("translit", "The accountant checked the hotel's bills.", "अकाउंटेंट ने होटल के बिल जांचे।"),
    C("translit", "The pharmacist gave her the wrong tablets.", "फ़ार्मासिस्ट ने उसे ग़लत गोलियां दे दीं।"),
    C("translit", "The supervisor visited the site at noon.", "सुपरवाइज़र दोपहर में साइट पर पहुंचा।"),
    C("translit", "The technician replaced the broken screen.", "टेक्नीशियन ने टूटी स्क्रीन बदल दी।"),
    C("translit", "The designer showed her new collection.", "डिज़ाइनर ने अपना नया कलेक्शन दिखाया।"),
    C("translit", "The security guard locked the main gate.", "सिक्योरिटी गार्ड ने मुख्य गेट पर ताला लगाया।"),
    C(
        "translit",
        "The pilot landed the small plane on a village road.",
        "पायलट ने छोटा विमान गांव की एक सड़क पर उतारा।",
    ),
    C("translit", "The nurse changed the patient's bandage.", "नर्स ने मरीज़ की पट्टी बदली।"),
    C("translit", "The contractor paid the workers on Saturday.", "ठेकेदार ने शनिवार को मज़दूरों को पैसे दिए।"),
    C("translit", "The sailor filled the bottle with water.", "नाविक ने बोतल में पानी भरा।"),
    C("translit", "The police found a pistol in the car.", "पुलिस को कार में एक पिस्तौल मिली।"),
    C("translit", "The old lantern still hangs in the hut.", "झोपड़ी में पुरानी लालटेन अब भी टंगी है।"),
    C("translit", "The plaster fell off the ceiling.", "छत से पलस्तर गिर गया।"),
    C("translit", "The grain was kept in the warehouse.", "अनाज गोदाम में रखा गया।"),
    C("translit", "She filled the bucket at the tap.", "उसने नल पर बाल्टी भरी।"),
    C("translit", "The priest lit the candles in the church.", "पादरी ने चर्च में मोमबत्तियां जलाईं।"),
    C("translit", "The mechanic tightened the bolts.", "मिस्त्री ने बोल्ट कस दिए।"),
    C("translit", "He pinned the notice to the board.", "उसने आलपिन से नोटिस बोर्ड पर लगाया।"),
    C("translit", "The soldiers marched past the towers.", "सिपाही बुर्जों के सामने से मार्च करते हुए निकले।"),
    C("translit", "The shopkeeper sold cashews by the kilo.", "दुकानदार ने किलो के हिसाब से काजू बेचे।"),
    C("translit", "Dust came through the torn curtain.", "फटे परदे से धूल अंदर आई।"),
    C("translit", "The glass of water fell off the table.", "पानी का गिलास मेज़ से गिर गया।"),
    C("translit", "The officer read out the report.", "अफ़सर ने रपट पढ़कर सुनाई।"),
]

SENSE_LOOKALIKES = [
    C(NEG, "The bus failed to arrive on time.", "बस समय पर नहीं आई।"),
    C(NEG, "The team failed to score in the second half.", "टीम दूसरे हाफ़ में गोल नहीं कर सकी।"),
    C(NEG, "The shop lacked fresh bread that morning.", "उस सुबह दुकान में ताज़ी रोटी नहीं थी।"),
    C(NEG, "The captain missed the practice session.", "कप्तान अभ्यास सत्र में नहीं आए।"),
    C(NEG, "Two ministers were absent from the meeting.", "दो मंत्री बैठक में मौजूद नहीं थे।"),
    C(NEG, "Wait here until the bell rings.", "जब तक घंटी न बजे, यहीं रुको।"),
    C(NEG, "Take an umbrella in case it rains.", "छाता ले लो, कहीं बारिश न हो जाए।"),
    C(NEG, "It is a lovely day, right?", "आज बहुत अच्छा दिन है न?"),
    C(NEG, "The lift is out of order again.", "लिफ़्ट फिर से काम नहीं कर रही है।"),
    C(NEG, "The well ran dry in April.", "अप्रैल में कुएं में पानी नहीं बचा।"),
    C(NEG, "The result was a miracle for the village.", "यह नतीजा गांव के लिए किसी चमत्कार से कम नहीं था।"),
    C(NEG, "The clerk asked whether the form was signed.", "बाबू ने पूछा कि फ़ॉर्म पर दस्तख़त हुए हैं या नहीं।"),
]

SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
