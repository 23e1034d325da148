"""Round-9 idiom generalisation check: idioms and phrasal verbs rendered literally (hand-written).

Written by the r9-idioms helper BEFORE any round-9 tuning and not edited afterwards to fit. None of
its English idioms or phrasal verbs is in tests/data/heldout_r4..r8, idioms_r6..r8, idiom_heldout,
the challenge sets, the issue texts or the hand-written lexicons (audit/data/idioms_en.tsv,
idiom_glossary.tsv, calques.toml, phrasal_literal.toml, source_senses.toml, source_lexicon.toml,
source_evidence.toml) at the time of writing (checked by grep; WordNet's generated table was not
excluded, since WordNet is the large resource the checks are meant to draw on). The real Hindi
idioms of the look-alikes are not in those sets either.
Mixed on purpose: common idioms, British and American ones, sport and business jargon, phrasal
verbs; subjects are institutions (ministry, council, bank, university) and people. The
look-alikes are clean Hindi: literal scenes with the same Hindi words and a person or an animal as
actor, institutions doing literal physical work, and real Hindi idioms (muhavare).
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741

IDIOMS = [
    # --- idioms (business, sport, British/American, common)
    F(
        I,
        "Facing the audit, the party circled the wagons around its treasurer.",
        "ऑडिट का सामना करते हुए पार्टी ने अपने कोषाध्यक्ष के चारों ओर वैगनों का घेरा बना लिया।",
        [("वैगनों का घेरा बना लिया", "circled the wagons")],
        "ऑडिट का सामना करते हुए पार्टी अपने कोषाध्यक्ष के बचाव में एकजुट हो गई।",
    ),
    F(
        I,
        "For the struggling airline, the writing was on the wall.",
        "संकट से जूझ रही एयरलाइन के लिए लेखन दीवार पर था।",
        [("लेखन दीवार पर था", "the writing was on the wall")],
        "संकट से जूझ रही एयरलाइन का अंजाम साफ़ दिखने लगा था।",
    ),
    F(
        I,
        "The much-hyped sale turned out to be a damp squib.",
        "बहुप्रचारित सेल एक सीलन भरी फुलझड़ी साबित हुई।",
        [("एक सीलन भरी फुलझड़ी साबित हुई", "a damp squib")],
        "बहुप्रचारित सेल फुस्स साबित हुई।",
    ),
    F(
        I,
        "The minister was saved by the bell when the session was adjourned.",
        "सत्र स्थगित होने पर मंत्री घंटी द्वारा बचा लिए गए।",
        [("घंटी द्वारा बचा लिए गए", "saved by the bell")],
        "सत्र स्थगित होने से मंत्री ऐन मौक़े पर बच निकले।",
    ),
    F(
        I,
        "The municipality will have to tighten its belt this year.",
        "नगरपालिका को इस साल अपनी बेल्ट कसनी होगी।",
        [("अपनी बेल्ट कसनी होगी", "tighten its belt")],
        "नगरपालिका को इस साल ख़र्चों में कटौती करनी होगी।",
    ),
    F(
        I,
        "Officials called the new metro line a game changer for the suburbs.",
        "अधिकारियों ने नई मेट्रो लाइन को उपनगरों के लिए खेल बदलने वाला बताया।",
        [("खेल बदलने वाला", "a game changer")],
        "अधिकारियों ने नई मेट्रो लाइन को उपनगरों की तस्वीर बदल देने वाला बताया।",
    ),
    F(
        I,
        "For the regulators, crypto fraud is a moving target.",
        "नियामकों के लिए क्रिप्टो धोखाधड़ी एक चलता-फिरता निशाना है।",
        [("एक चलता-फिरता निशाना है", "a moving target")],
        "नियामकों के लिए क्रिप्टो धोखाधड़ी लगातार रूप बदलती चुनौती है।",
    ),
    F(
        I,
        "In this town, money talks.",
        "इस शहर में पैसा बात करता है।",
        [("पैसा बात करता है", "money talks")],
        "इस शहर में पैसे का ही बोलबाला है।",
    ),
    F(
        I,
        "The carmaker is testing the waters with a small electric model.",
        "कार निर्माता एक छोटे इलेक्ट्रिक मॉडल से पानी का परीक्षण कर रहा है।",
        [("पानी का परीक्षण कर रहा है", "testing the waters")],
        "कार निर्माता एक छोटे इलेक्ट्रिक मॉडल से बाज़ार का रुख़ भांप रहा है।",
    ),
    F(
        I,
        "The director cut her teeth on television serials.",
        "निर्देशक ने टीवी धारावाहिकों पर अपने दांत काटे।",
        [("अपने दांत काटे", "cut her teeth")],
        "निर्देशक ने टीवी धारावाहिकों से अपने करियर की शुरुआत की।",
    ),
    F(
        I,
        "The tax department is tightening the screws on defaulters.",
        "कर विभाग बकाएदारों पर स्क्रू कस रहा है।",
        [("स्क्रू कस रहा है", "tightening the screws")],
        "कर विभाग बकाएदारों पर शिकंजा कस रहा है।",
    ),
    F(
        I,
        "The small police force is spread too thin across the district.",
        "छोटा पुलिस बल पूरे ज़िले में बहुत पतला फैला हुआ है।",
        [("बहुत पतला फैला हुआ है", "spread too thin")],
        "छोटा पुलिस बल पूरे ज़िले के लिए नाकाफ़ी पड़ रहा है।",
    ),
    F(
        I,
        "Critics said the reshuffle was just rearranging the deckchairs on the Titanic.",
        "आलोचकों ने कहा कि फेरबदल टाइटैनिक पर डेक कुर्सियों को फिर से सजाना भर था।",
        [("टाइटैनिक पर डेक कुर्सियों को फिर से सजाना", "rearranging the deckchairs on the Titanic")],
        "आलोचकों ने कहा कि फेरबदल डूबती नाव में दिखावटी बदलाव भर था।",
    ),
    F(
        I,
        "With two wickets in hand, the visitors looked home and dry.",
        "दो विकेट हाथ में रहते मेहमान टीम घर और सूखी दिख रही थी।",
        [("घर और सूखी दिख रही थी", "home and dry")],
        "दो विकेट बाक़ी रहते मेहमान टीम की जीत पक्की दिख रही थी।",
    ),
    F(
        I,
        "The lawyers thought the case was a slam dunk.",
        "वकीलों को लगा कि मामला एक ज़ोरदार टोकरी डालना है।",
        [("एक ज़ोरदार टोकरी डालना है", "a slam dunk")],
        "वकीलों को लगा कि मामला जीतना बाएँ हाथ का खेल है।",
    ),
    F(
        I,
        "A back-of-the-envelope calculation puts the cost at ten crore.",
        "लिफ़ाफ़े के पीछे की गणना लागत दस करोड़ बताती है।",
        [("लिफ़ाफ़े के पीछे की गणना", "a back-of-the-envelope calculation")],
        "एक मोटे अनुमान के मुताबिक़ लागत दस करोड़ है।",
    ),
    F(
        I,
        "Managing the coalition is like herding cats.",
        "गठबंधन को संभालना बिल्लियों को हांकने जैसा है।",
        [("बिल्लियों को हांकने जैसा है", "herding cats")],
        "गठबंधन को संभालना मेंढक तौलने जैसा है।",
    ),
    F(
        I,
        "The pension scheme is a sacred cow no party will touch.",
        "पेंशन योजना एक पवित्र गाय है जिसे कोई दल नहीं छुएगा।",
        [("एक पवित्र गाय है", "a sacred cow")],
        "पेंशन योजना ऐसा मुद्दा है जिसे छेड़ने की हिम्मत कोई दल नहीं करेगा।",
    ),
    F(
        I,
        "Despite the protests, the university stuck to its guns on the fee hike.",
        "विरोध के बावजूद विश्वविद्यालय फ़ीस वृद्धि पर अपनी बंदूकों से चिपका रहा।",
        [("अपनी बंदूकों से चिपका रहा", "stuck to its guns")],
        "विरोध के बावजूद विश्वविद्यालय फ़ीस वृद्धि के अपने फ़ैसले पर अड़ा रहा।",
    ),
    F(
        I,
        "New interns say the first week is like drinking from a firehose.",
        "नए इंटर्न कहते हैं कि पहला हफ़्ता दमकल के पाइप से पानी पीने जैसा है।",
        [("दमकल के पाइप से पानी पीने जैसा है", "drinking from a firehose")],
        "नए इंटर्न कहते हैं कि पहले हफ़्ते में इतना कुछ सीखना पड़ता है कि सिर चकरा जाता है।",
    ),
    F(
        I,
        "The consultant warned the ministry not to try to boil the ocean.",
        "सलाहकार ने मंत्रालय को चेताया कि वह समुद्र उबालने की कोशिश न करे।",
        [("समुद्र उबालने की कोशिश", "boil the ocean")],
        "सलाहकार ने मंत्रालय को चेताया कि वह एक साथ सब कुछ करने की कोशिश न करे।",
    ),
    F(
        I,
        "The small state punches above its weight in sports.",
        "यह छोटा राज्य खेलों में अपने वज़न से ऊपर मुक्का मारता है।",
        [("अपने वज़न से ऊपर मुक्का मारता है", "punches above its weight")],
        "यह छोटा राज्य खेलों में अपने आकार से कहीं बढ़कर प्रदर्शन करता है।",
    ),
    F(
        I,
        "The new chairman was handed a hospital pass.",
        "नए अध्यक्ष को एक अस्पताल पास थमा दिया गया।",
        [("एक अस्पताल पास थमा दिया गया", "a hospital pass")],
        "नए अध्यक्ष को ऐसी ज़िम्मेदारी थमा दी गई जिसमें नाकामी तय थी।",
    ),
    F(
        I,
        "The loan waiver is only a sticking plaster.",
        "ऋण माफ़ी केवल एक चिपकने वाला प्लास्टर है।",
        [("एक चिपकने वाला प्लास्टर है", "a sticking plaster")],
        "ऋण माफ़ी केवल एक अस्थायी राहत है।",
    ),
    F(
        I,
        "The report cherry-picks data to support its claim.",
        "रिपोर्ट अपने दावे के समर्थन में आंकड़ों से चेरी तोड़ती है।",
        [("आंकड़ों से चेरी तोड़ती है", "cherry-picks data")],
        "रिपोर्ट अपने दावे के समर्थन में मनमाने ढंग से छांटे गए आंकड़े रखती है।",
    ),
    F(
        I,
        "The once-mighty union is now a busted flush.",
        "कभी ताक़तवर रही यूनियन अब एक टूटा हुआ फ्लश है।",
        [("एक टूटा हुआ फ्लश है", "a busted flush")],
        "कभी ताक़तवर रही यूनियन अब बेअसर हो चुकी है।",
    ),
    F(
        I,
        "Small lenders are the canary in the coal mine for the economy.",
        "छोटे ऋणदाता अर्थव्यवस्था के लिए कोयला खदान में कैनरी हैं।",
        [("कोयला खदान में कैनरी हैं", "the canary in the coal mine")],
        "छोटे ऋणदाता अर्थव्यवस्था पर मंडराते ख़तरे की पहली चेतावनी हैं।",
    ),
    F(
        I,
        "The inquiry was a fig leaf for the government.",
        "जाँच सरकार के लिए एक अंजीर का पत्ता थी।",
        [("एक अंजीर का पत्ता थी", "a fig leaf")],
        "जाँच सरकार के लिए महज़ एक पर्दा थी।",
    ),
    # --- phrasal verbs
    F(
        I,
        "Let's see how the talks pan out.",
        "देखते हैं कि बातचीत कैसे कड़ाही से बाहर निकलती है।",
        [("कड़ाही से बाहर निकलती है", "pan out")],
        "देखते हैं कि बातचीत का क्या नतीजा निकलता है।",
    ),
    F(
        I,
        "The strike fizzled out within a week.",
        "हड़ताल एक हफ़्ते के भीतर सनसनाकर बाहर निकल गई।",
        [("सनसनाकर बाहर निकल गई", "fizzled out")],
        "हड़ताल एक हफ़्ते के भीतर ठंडी पड़ गई।",
    ),
    F(
        I,
        "The factory will ramp up production next month.",
        "कारख़ाना अगले महीने उत्पादन को रैंप ऊपर करेगा।",
        [("रैंप ऊपर करेगा", "ramp up")],
        "कारख़ाना अगले महीने उत्पादन तेज़ी से बढ़ाएगा।",
    ),
    F(
        I,
        "The insurer finally coughed up the full amount.",
        "बीमा कंपनी ने आख़िरकार पूरी रक़म खाँसकर निकाली।",
        [("खाँसकर निकाली", "coughed up")],
        "बीमा कंपनी ने आख़िरकार बेमन से पूरी रक़म चुका दी।",
    ),
    F(
        I,
        "The central bank raised rates to stave off inflation.",
        "केंद्रीय बैंक ने मुद्रास्फीति को डंडे से दूर रखने के लिए दरें बढ़ाईं।",
        [("डंडे से दूर रखने", "stave off")],
        "केंद्रीय बैंक ने मुद्रास्फीति को थामने के लिए दरें बढ़ाईं।",
    ),
    F(
        I,
        "The minister brushed off the allegations.",
        "मंत्री ने आरोपों को ब्रश से झाड़ दिया।",
        [("ब्रश से झाड़ दिया", "brushed off")],
        "मंत्री ने आरोपों को सिरे से ख़ारिज कर दिया।",
    ),
    F(
        I,
        "The family splashed out on a new car.",
        "परिवार ने एक नई कार पर छपाक से बाहर किया।",
        [("छपाक से बाहर किया", "splashed out")],
        "परिवार ने एक नई कार पर दिल खोलकर पैसा ख़र्च किया।",
    ),
    F(
        I,
        "Sellers are cashing in on the festival rush.",
        "विक्रेता त्योहार की भीड़ पर नक़दी अंदर कर रहे हैं।",
        [("नक़दी अंदर कर रहे हैं", "cashing in on")],
        "विक्रेता त्योहार की भीड़ का फ़ायदा उठा रहे हैं।",
    ),
    F(
        I,
        "The board will mull over the proposal.",
        "बोर्ड प्रस्ताव पर मसाला डालकर गरम करेगा।",
        [("मसाला डालकर गरम करेगा", "mull over")],
        "बोर्ड प्रस्ताव पर सोच-विचार करेगा।",
    ),
    F(
        I,
        "The film raked in two hundred crore.",
        "फ़िल्म ने दो सौ करोड़ रुपये पंजे से अंदर खींचे।",
        [("पंजे से अंदर खींचे", "raked in")],
        "फ़िल्म ने दो सौ करोड़ रुपये बटोरे।",
    ),
    F(
        I,
        "The studio churns out a film every month.",
        "स्टूडियो हर महीने एक फ़िल्म मथकर बाहर निकालता है।",
        [("मथकर बाहर निकालता है", "churns out")],
        "स्टूडियो हर महीने धड़ाधड़ एक फ़िल्म बना देता है।",
    ),
    F(
        I,
        "Investigators have zeroed in on two suspects.",
        "जाँचकर्ताओं ने दो संदिग्धों पर शून्य अंदर किया है।",
        [("शून्य अंदर किया है", "zeroed in on")],
        "जाँचकर्ताओं ने अपना ध्यान दो संदिग्धों पर केंद्रित किया है।",
    ),
    F(
        I,
        "The report glosses over the safety lapses.",
        "रिपोर्ट सुरक्षा चूकों के ऊपर चमक लगाती है।",
        [("के ऊपर चमक लगाती है", "glosses over")],
        "रिपोर्ट सुरक्षा चूकों को नज़रअंदाज़ कर देती है।",
    ),
    F(
        I,
        "Parents have to shell out huge fees.",
        "अभिभावकों को भारी फ़ीस छिलका उतारकर बाहर करनी पड़ती है।",
        [("छिलका उतारकर बाहर करनी पड़ती है", "shell out")],
        "अभिभावकों को भारी फ़ीस चुकानी पड़ती है।",
    ),
    F(
        I,
        "The brand roped in a cricketer as its ambassador.",
        "ब्रांड ने एक क्रिकेटर को रस्सी से अंदर बाँधा।",
        [("रस्सी से अंदर बाँधा", "roped in")],
        "ब्रांड ने एक क्रिकेटर को अपना एंबेसडर बनाया।",
    ),
    F(
        I,
        "The group will hive off its cement business.",
        "समूह अपने सीमेंट कारोबार को छत्ते से बाहर करेगा।",
        [("छत्ते से बाहर करेगा", "hive off")],
        "समूह अपने सीमेंट कारोबार को अलग कंपनी बना देगा।",
    ),
    F(
        I,
        "The party is sounding out allies before the vote.",
        "पार्टी मतदान से पहले सहयोगियों को आवाज़ बाहर कर रही है।",
        [("आवाज़ बाहर कर रही है", "sounding out")],
        "पार्टी मतदान से पहले सहयोगियों का मन टटोल रही है।",
    ),
    F(
        I,
        "Analysts expect the market to bottom out by March.",
        "विश्लेषकों को उम्मीद है कि बाज़ार मार्च तक तली से बाहर हो जाएगा।",
        [("तली से बाहर हो जाएगा", "bottom out")],
        "विश्लेषकों को उम्मीद है कि मार्च तक बाज़ार की गिरावट थम जाएगी।",
    ),
    F(
        I,
        "The state vowed to stamp out corruption.",
        "राज्य ने भ्रष्टाचार पर मोहर लगाकर बाहर करने की क़सम खाई।",
        [("मोहर लगाकर बाहर करने", "stamp out")],
        "राज्य ने भ्रष्टाचार को जड़ से मिटाने की क़सम खाई।",
    ),
    F(
        I,
        "The management caved in to the union's demands.",
        "प्रबंधन यूनियन की माँगों के आगे गुफा में धँस गया।",
        [("गुफा में धँस गया", "caved in")],
        "प्रबंधन यूनियन की माँगों के आगे झुक गया।",
    ),
    F(
        I,
        "Landlords jacked up rents after the metro opened.",
        "मेट्रो खुलने के बाद मकान मालिकों ने किराए को जैक से ऊपर उठाया।",
        [("जैक से ऊपर उठाया", "jacked up")],
        "मेट्रो खुलने के बाद मकान मालिकों ने किराए बेतहाशा बढ़ा दिए।",
    ),
    F(
        I,
        "The ministers talked up the new scheme.",
        "मंत्रियों ने नई योजना को बात करके ऊपर किया।",
        [("बात करके ऊपर किया", "talked up")],
        "मंत्रियों ने नई योजना का ख़ूब बखान किया।",
    ),
    F(
        I,
        "The students knuckled down before the exams.",
        "छात्रों ने परीक्षाओं से पहले अपनी अंगुलियों के जोड़ नीचे किए।",
        [("अपनी अंगुलियों के जोड़ नीचे किए", "knuckled down")],
        "छात्र परीक्षाओं से पहले जी-जान से पढ़ाई में जुट गए।",
    ),
    F(
        I,
        "The council must stump up the money for repairs.",
        "परिषद को मरम्मत के लिए पैसे ठूँठ ऊपर करने होंगे।",
        [("ठूँठ ऊपर करने होंगे", "stump up")],
        "परिषद को मरम्मत के लिए पैसे जुटाने होंगे।",
    ),
]

L = "idiom"
IDIOM_LOOKALIKES = [
    # --- literal scenes with the same Hindi words: a person or an animal does the physical thing
    C(
        L,
        "The nomads circled their bullock carts by the river.",
        "बंजारों ने नदी के किनारे अपनी बैलगाड़ियों का घेरा बना लिया।",
    ),
    C(L, "The children wrote slogans on the school wall.", "बच्चों ने स्कूल की दीवार पर नारे लिखे।"),
    C(
        L,
        "The firecracker got damp in the rain and did not go off.",
        "बारिश में भीगकर पटाखा सील गया और फूटा ही नहीं।",
    ),
    C(L, "The peon rang the bell and the students ran out.", "चपरासी ने घंटी बजाई और छात्र बाहर भागे।"),
    C(L, "Grandfather tightened his belt before the long walk.", "लंबी सैर से पहले दादाजी ने अपनी बेल्ट कसी।"),
    C(L, "The children changed the game midway.", "बच्चों ने बीच में ही खेल बदल दिया।"),
    C(L, "The archer practised on a moving target.", "तीरंदाज़ ने एक चलते-फिरते निशाने पर अभ्यास किया।"),
    C(L, "The parrot talks all day.", "तोता दिन भर बातें करता है।"),
    C(L, "The lab assistant tested the water from the well.", "प्रयोगशाला सहायक ने कुएँ के पानी का परीक्षण किया।"),
    C(L, "The baby bit the toy with its new teeth.", "बच्चे ने अपने नए दांतों से खिलौना काटा।"),
    C(L, "The mechanic tightened the screws of the fan.", "मिस्त्री ने पंखे के स्क्रू कसे।"),
    C(L, "The cook spread the batter thin on the griddle.", "रसोइए ने तवे पर घोल को पतला फैलाया।"),
    C(L, "The sailors arranged the chairs on the ship's deck.", "नाविकों ने जहाज़ के डेक पर कुर्सियाँ सजाईं।"),
    C(L, "The washerman brought the clothes home dry.", "धोबी कपड़े सुखाकर घर ले आया।"),
    C(
        L,
        "He scribbled the phone number on the back of an envelope.",
        "उसने लिफ़ाफ़े के पीछे फ़ोन नंबर लिख लिया।",
    ),
    C(L, "The girl herded the goats back to the village.", "लड़की बकरियों को हांककर गाँव वापस ले गई।"),
    C(L, "Pilgrims fed the sacred cow at the temple.", "तीर्थयात्रियों ने मंदिर में पवित्र गाय को चारा खिलाया।"),
    C(L, "The soldiers crossed the river with their guns.", "सैनिक अपनी बंदूकें लेकर नदी पार गए।"),
    C(
        L,
        "After the blaze the firemen drank water from the hose.",
        "आग बुझाने के बाद दमकलकर्मियों ने पाइप से पानी पिया।",
    ),
    C(L, "The boxer punched the heavy bag.", "मुक्केबाज़ ने भारी थैले पर मुक्का मारा।"),
    C(L, "The nurse gave the visitor a hospital pass.", "नर्स ने आगंतुक को अस्पताल का पास दिया।"),
    C(L, "The doctor put a plaster on the child's knee.", "डॉक्टर ने बच्चे के घुटने पर प्लास्टर चिपकाया।"),
    C(L, "The farmer's children picked cherries in the orchard.", "किसान के बच्चों ने बाग़ में चेरी तोड़ीं।"),
    C(L, "The plumber fixed the broken flush.", "प्लंबर ने टूटा हुआ फ्लश ठीक किया।"),
    C(L, "Miners once carried canaries into the coal mine.", "खनिक कभी कोयला खदान में कैनरी ले जाते थे।"),
    C(L, "The goat ate a fig leaf.", "बकरी ने अंजीर का पत्ता खाया।"),
    C(L, "The old man coughed and spat out the phlegm.", "बूढ़ा खाँसा और बलगम बाहर थूक दिया।"),
    C(L, "Grandmother churned the curd to get butter.", "दादी ने दही मथकर मक्खन निकाला।"),
    C(L, "The gardener raked the leaves into a pile.", "माली ने पत्तियों को बटोरकर ढेर लगाया।"),
    C(L, "The boys splashed about in the pond.", "लड़के तालाब में छपाक-छपाक कूदे।"),
    C(L, "The cowherd tied the calf with a rope.", "ग्वाले ने बछड़े को रस्सी से बाँधा।"),
    C(L, "The bees swarmed out of the hive.", "मधुमक्खियाँ झुंड में छत्ते से बाहर निकलीं।"),
    C(L, "The mechanic raised the car with a jack.", "मिस्त्री ने जैक से कार ऊपर उठाई।"),
    C(L, "The roof of the cave collapsed in the rain.", "बारिश में गुफा की छत धँस गई।"),
    # --- institutions doing literal physical work
    C(
        L,
        "The municipal corporation had the loose screws of the old bridge's railing tightened.",
        "नगर निगम ने पुराने पुल की रेलिंग के ढीले पेंच कसवाए।",
    ),
    C(
        L,
        "The railways had cleanliness slogans written on the station wall.",
        "रेलवे ने स्टेशन की दीवार पर स्वच्छता के नारे लिखवाए।",
    ),
    C(
        L,
        "The fire department tested the water pressure in the hydrants.",
        "दमकल विभाग ने हाइड्रेंटों में पानी के दबाव का परीक्षण किया।",
    ),
    C(L, "The temple trust feeds the cows every morning.", "मंदिर ट्रस्ट हर सुबह गायों को चारा खिलाता है।"),
    C(L, "The forest department planted fig trees along the road.", "वन विभाग ने सड़क किनारे अंजीर के पेड़ लगाए।"),
    C(L, "The hospital issued passes to visitors.", "अस्पताल ने आगंतुकों को पास जारी किए।"),
    # --- real Hindi idioms (muhavare), correct renderings
    C(
        L,
        "Who will dare to confront the boss?",
        "साहब के सामने बोलकर बिल्ली के गले में घंटी कौन बांधेगा?",
    ),
    C(
        L,
        "The finance minister surprised everyone with the tax cut.",
        "वित्त मंत्री ने कर कटौती की गुगली से सबको चौंका दिया।",
    ),
    C(L, "The contractor made a fortune from the scheme.", "ठेकेदार ने योजना में ख़ूब चाँदी काटी।"),
    C(L, "After the defeat the team lost heart.", "हार के बाद टीम के हौसले पस्त हो गए।"),
    C(L, "All the company's plans came to nothing.", "कंपनी की सारी योजनाएँ धरी की धरी रह गईं।"),
    C(L, "The accused kept his lips sealed.", "आरोपी ने मुँह पर ताला लगा लिया।"),
    C(
        L,
        "The bank's recovery drive has given defaulters sleepless nights.",
        "बैंक की वसूली मुहिम ने बकाएदारों की नींद उड़ा दी है।",
    ),
    C(L, "Seeing the flood, the villagers panicked.", "बाढ़ देखकर गाँव वालों के हाथ-पाँव फूल गए।"),
    C(
        L,
        "The officials paid no heed to the complaints.",
        "शिकायतों पर अधिकारियों के कान पर जूँ तक नहीं रेंगी।",
    ),
    C(
        L,
        "The city celebrated the team's victory.",
        "टीम की जीत पर शहर में घी के दीये जलाए गए।",
    ),
    C(L, "These days the minister is rarely seen.", "आजकल मंत्री जी ईद का चाँद हो गए हैं।"),
    C(L, "The investors' profits vanished.", "निवेशकों के मुनाफ़े हवा हो गए।"),
]

NAMES: list = []
TITLES: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
