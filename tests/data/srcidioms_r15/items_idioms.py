"""Round-15 idioms-with-the-source check (srcidioms helper): idioms, metaphors and phrasal verbs (hand-written).

Written by the r15-srcidioms helper BEFORE any round-15 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: set idioms and business /
sports / politics metaphors rendered word for word (a loan shark -> ऋण शार्क, a nest egg -> घोंसले का
अंडा), and English phrasal verbs whose particle became a Hindi direction word next to the verb's
literal Hindi (laughed off -> दूर हंस दिया, ironed out -> बाहर इस्त्री किया); each with a correct,
idiomatic translation of the same source (`c-` rows). Look-alikes (`l-` rows), clean: the idiom's
words in a literal scene where the English is literal too (a puppeteer pulling strings, an acrobat
throwing his hat into the ring, a guard looking down on a crowd from a tower), and English idioms
that Hindi shares word for word (scapegoat -> बलि का बकरा, gold mine -> सोने की खान, red carpet ->
लाल कालीन, the writing on the wall -> दीवार पर लिखी इबारत).
No idiom or phrasal verb of a flawed row occurs in any dev set's English (checked by a grep on
/tmp/r15/dev_src.jsonl before writing). Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    # set idioms and business / sports / politics metaphors, content words translated literally
    F(
        I,
        "The former mayor has thrown his hat in the ring for the state election.",
        "पूर्व महापौर ने राज्य चुनाव के लिए अपनी टोपी रिंग में फेंक दी है।",
        [("अपनी टोपी रिंग में फेंक दी", "thrown his hat in the ring")],
        "पूर्व महापौर ने राज्य चुनाव लड़ने का ऐलान कर दिया है।",
    ),
    F(
        I,
        "The weavers borrowed from a loan shark at ruinous interest.",
        "बुनकरों ने एक ऋण शार्क से भारी ब्याज पर उधार लिया।",
        [("ऋण शार्क", "loan shark")],
        "बुनकरों ने एक सूदखोर महाजन से भारी ब्याज पर उधार लिया।",
    ),
    F(
        I,
        "Weeks of horse trading preceded the formation of the coalition.",
        "गठबंधन बनने से पहले हफ़्तों तक घोड़ों का व्यापार चला।",
        [("घोड़ों का व्यापार", "horse trading")],
        "गठबंधन बनने से पहले हफ़्तों तक जोड़-तोड़ और सौदेबाज़ी चली।",
    ),
    F(
        I,
        "The couple lost their nest egg when the cooperative bank collapsed.",
        "सहकारी बैंक डूबने पर दंपती ने अपना घोंसले का अंडा खो दिया।",
        [("घोंसले का अंडा", "nest egg")],
        "सहकारी बैंक डूबने पर दंपती की जीवन भर की जमा-पूंजी डूब गई।",
    ),
    F(
        I,
        "There is no silver bullet for the city's air pollution.",
        "शहर के वायु प्रदूषण के लिए कोई चांदी की गोली नहीं है।",
        [("चांदी की गोली", "silver bullet")],
        "शहर के वायु प्रदूषण का कोई रामबाण इलाज नहीं है।",
    ),
    F(
        I,
        "The new recruits spent their first month learning the ropes.",
        "नए रंगरूटों ने अपना पहला महीना रस्सियां सीखने में बिताया।",
        [("रस्सियां सीखने", "learning the ropes")],
        "नए रंगरूटों ने अपना पहला महीना काम के तौर-तरीके सीखने में बिताया।",
    ),
    F(
        I,
        "His uncle pulled strings to get him the contract.",
        "उसके चाचा ने उसे ठेका दिलाने के लिए तार खींचे।",
        [("तार खींचे", "pulled strings")],
        "उसके चाचा ने उसे ठेका दिलाने के लिए अपनी पहुंच का इस्तेमाल किया।",
    ),
    F(
        I,
        "The team was firing on all cylinders in the second half.",
        "दूसरे हाफ़ में टीम सभी सिलेंडरों पर गोलीबारी कर रही थी।",
        [("सभी सिलेंडरों पर गोलीबारी", "firing on all cylinders")],
        "दूसरे हाफ़ में टीम पूरी लय में खेल रही थी।",
    ),
    F(
        I,
        "The scandal has painted the minister into a corner.",
        "घोटाले ने मंत्री को एक कोने में रंग दिया है।",
        [("कोने में रंग दिया", "painted into a corner")],
        "घोटाले ने मंत्री को ऐसी स्थिति में ला खड़ा किया है जहां से निकलना मुश्किल है।",
    ),
    F(
        I,
        "The hill state suffers from a brain drain of young doctors.",
        "पहाड़ी राज्य युवा डॉक्टरों के दिमाग़ की नाली से पीड़ित है।",
        [("दिमाग़ की नाली", "brain drain")],
        "पहाड़ी राज्य से युवा डॉक्टरों का प्रतिभा पलायन हो रहा है।",
    ),
    F(
        I,
        "The party is weak at the grassroots in the eastern districts.",
        "पूर्वी ज़िलों में पार्टी घास की जड़ों पर कमज़ोर है।",
        [("घास की जड़ों", "grassroots")],
        "पूर्वी ज़िलों में पार्टी ज़मीनी स्तर पर कमज़ोर है।",
    ),
    F(
        I,
        "The farmer kept some money aside for a rainy day.",
        "किसान ने बरसात के दिन के लिए कुछ पैसे अलग रख दिए।",
        [("बरसात के दिन", "rainy day")],
        "किसान ने बुरे वक़्त के लिए कुछ पैसे बचाकर रख दिए।",
    ),
    F(
        I,
        "The party's spin doctors went to work after the debate.",
        "बहस के बाद पार्टी के घुमाने वाले डॉक्टर काम पर लग गए।",
        [("घुमाने वाले डॉक्टर", "spin doctors")],
        "बहस के बाद पार्टी के प्रचार प्रबंधक नेता की छवि सुधारने में जुट गए।",
    ),
    F(
        I,
        "A straw poll of members showed support for the merger.",
        "सदस्यों के पुआल मतदान से विलय के लिए समर्थन दिखा।",
        [("पुआल मतदान", "straw poll")],
        "सदस्यों की अनौपचारिक रायशुमारी से विलय के लिए समर्थन दिखा।",
    ),
    F(
        I,
        "After the merger the steel company became top dog in the market.",
        "विलय के बाद इस्पात कंपनी बाज़ार में शीर्ष कुत्ता बन गई।",
        [("शीर्ष कुत्ता", "top dog")],
        "विलय के बाद इस्पात कंपनी बाज़ार की सिरमौर बन गई।",
    ),
    F(
        I,
        "The chairman surrounded himself with yes-men.",
        "अध्यक्ष ने ख़ुद को हां-आदमियों से घेर लिया।",
        [("हां-आदमियों", "yes-men")],
        "अध्यक्ष ने ख़ुद को जी-हुज़ूरी करने वालों से घेर लिया।",
    ),
    F(
        I,
        "The budget aims to kick-start the rural economy.",
        "बजट का लक्ष्य ग्रामीण अर्थव्यवस्था को लात मारकर शुरू करना है।",
        [("लात मारकर शुरू करना", "kick-start")],
        "बजट का लक्ष्य ग्रामीण अर्थव्यवस्था में नई जान फूंकना है।",
    ),
    F(
        I,
        "Salesmen cold-called thousands of pensioners.",
        "सेल्समैन ने हज़ारों पेंशनभोगियों को ठंडा फ़ोन किया।",
        [("ठंडा फ़ोन किया", "cold-called")],
        "सेल्समैन ने बिना किसी जान-पहचान के हज़ारों पेंशनभोगियों को फ़ोन किया।",
    ),
    # phrasal verbs: particle -> Hindi direction word, verb -> its literal Hindi
    F(
        I,
        "The actor laughed off the rumours about his marriage.",
        "अभिनेता ने अपनी शादी की अफ़वाहों को दूर हंस दिया।",
        [("दूर हंस दिया", "laughed off")],
        "अभिनेता ने अपनी शादी की अफ़वाहों को हंसी में उड़ा दिया।",
    ),
    F(
        I,
        "The two sides ironed out their differences over the water treaty.",
        "दोनों पक्षों ने जल संधि पर अपने मतभेदों को बाहर इस्त्री किया।",
        [("बाहर इस्त्री किया", "ironed out")],
        "दोनों पक्षों ने जल संधि पर अपने मतभेद सुलझा लिए।",
    ),
    F(
        I,
        "The candidate drummed up support in the villages.",
        "उम्मीदवार ने गांवों में समर्थन को ऊपर ढोल बजाया।",
        [("ऊपर ढोल बजाया", "drummed up")],
        "उम्मीदवार ने गांवों में समर्थन जुटाया।",
    ),
    F(
        I,
        "Police rounded up twenty suspects after the riot.",
        "दंगे के बाद पुलिस ने बीस संदिग्धों को ऊपर गोल किया।",
        [("ऊपर गोल किया", "rounded up")],
        "दंगे के बाद पुलिस ने बीस संदिग्धों को धर-दबोचा।",
    ),
    F(
        I,
        "The old landlords looked down on the traders of the bazaar.",
        "पुराने ज़मींदार बाज़ार के व्यापारियों पर नीचे देखते थे।",
        [("नीचे देखते थे", "looked down on")],
        "पुराने ज़मींदार बाज़ार के व्यापारियों को हेय दृष्टि से देखते थे।",
    ),
    F(
        I,
        "His past finally caught up with the tycoon.",
        "उसके अतीत ने आख़िरकार उस उद्योगपति को ऊपर पकड़ लिया।",
        [("ऊपर पकड़ लिया", "caught up with")],
        "आख़िरकार उस उद्योगपति को अपने अतीत का हिसाब चुकाना पड़ा।",
    ),
    F(
        I,
        "In the end the dispute boiled down to money.",
        "अंत में विवाद पैसे तक नीचे उबल गया।",
        [("नीचे उबल गया", "boiled down")],
        "अंत में विवाद की जड़ पैसा ही निकली।",
    ),
    F(
        I,
        "Donations poured in after the flood.",
        "बाढ़ के बाद दान अंदर उंडेला गया।",
        [("अंदर उंडेला गया", "poured in")],
        "बाढ़ के बाद दान की झड़ी लग गई।",
    ),
    F(
        I,
        "Onion prices have bottomed out, traders say.",
        "व्यापारियों का कहना है कि प्याज़ की कीमतें तल से बाहर हो गई हैं।",
        [("तल से बाहर हो गई", "bottomed out")],
        "व्यापारियों का कहना है कि प्याज़ की कीमतों में गिरावट थम गई है।",
    ),
    F(
        I,
        "Her father eventually came around to the marriage.",
        "उसके पिता आख़िरकार शादी के चारों ओर आ गए।",
        [("के चारों ओर आ गए", "came around")],
        "उसके पिता आख़िरकार शादी के लिए मान गए।",
    ),
    F(
        I,
        "The blocked drains gave off a foul smell.",
        "बंद नालियों ने एक बदबू दूर दी।",
        [("दूर दी", "gave off")],
        "बंद नालियों से बदबू उठ रही थी।",
    ),
    F(
        I,
        "The painkiller kicked in after an hour.",
        "दर्दनिवारक ने एक घंटे बाद अंदर लात मारी।",
        [("अंदर लात मारी", "kicked in")],
        "दर्दनिवारक ने एक घंटे बाद असर दिखाया।",
    ),
    F(
        I,
        "The campaign heated up in the final week.",
        "आख़िरी हफ़्ते में प्रचार ऊपर गर्म हो गया।",
        [("ऊपर गर्म हो गया", "heated up")],
        "आख़िरी हफ़्ते में प्रचार गरमा गया।",
    ),
    F(
        I,
        "The family dipped into its savings to pay the school fees.",
        "परिवार ने स्कूल की फ़ीस भरने के लिए अपनी बचत में डुबकी लगाई।",
        [("बचत में डुबकी लगाई", "dipped into")],
        "परिवार ने स्कूल की फ़ीस भरने के लिए अपनी बचत से पैसे निकाले।",
    ),
    F(
        I,
        "The selectors weeded out the weak candidates.",
        "चयनकर्ताओं ने कमज़ोर उम्मीदवारों की बाहर निराई की।",
        [("बाहर निराई की", "weeded out")],
        "चयनकर्ताओं ने कमज़ोर उम्मीदवारों को छांटकर अलग कर दिया।",
    ),
    F(
        I,
        "The new manager turned the loss-making mill around.",
        "नए प्रबंधक ने घाटे वाली मिल को चारों ओर घुमा दिया।",
        [("चारों ओर घुमा दिया", "turned around")],
        "नए प्रबंधक ने घाटे वाली मिल की कायापलट कर दी।",
    ),
]

IDIOM_LOOKALIKES = [
    # the idiom's or phrasal verb's words in a literal scene: the English is literal too
    C(
        L,
        "From the tower, the guard looked down on the crowd in the square.",
        "मीनार से पहरेदार ने चौक में भीड़ पर नीचे देखा।",
    ),
    C(
        L,
        "The farmer stored fodder for the rainy days ahead.",
        "किसान ने आने वाले बरसात के दिनों के लिए चारा जमा कर लिया।",
    ),
    C(
        L,
        "The clown threw his hat into the ring and bowed to the audience.",
        "जोकर ने अपनी टोपी रिंग में फेंकी और दर्शकों के सामने झुक गया।",
    ),
    C(
        L,
        "The puppeteer pulled the strings and the wooden horse danced.",
        "कठपुतली वाले ने धागे खींचे और लकड़ी का घोड़ा नाचने लगा।",
    ),
    C(
        L,
        "A shark circled the fishing boat for an hour.",
        "एक शार्क घंटे भर मछली पकड़ने वाली नाव के चारों ओर चक्कर लगाती रही।",
    ),
    C(
        L,
        "The sparrow laid three eggs in its nest under the roof.",
        "गौरैया ने छत के नीचे अपने घोंसले में तीन अंडे दिए।",
    ),
    C(L, "The porters carried the luggage out of the station.", "कुली सामान स्टेशन से बाहर ले गए।"),
    C(L, "The children poured water into the clay pots.", "बच्चों ने मिट्टी के घड़ों में पानी उंडेला।"),
    # English idioms that Hindi says with the same words
    C(
        L,
        "The junior clerk was made a scapegoat for the fraud.",
        "धोखाधड़ी के लिए कनिष्ठ क्लर्क को बलि का बकरा बनाया गया।",
    ),
    C(
        L,
        "The old film archive turned out to be a gold mine for the channel.",
        "पुराना फ़िल्म संग्रह चैनल के लिए सोने की खान साबित हुआ।",
    ),
    C(
        L,
        "The city rolled out the red carpet for the visiting president.",
        "शहर ने आए हुए राष्ट्रपति के स्वागत में लाल कालीन बिछा दिया।",
    ),
    C(
        L,
        "The writing on the wall was clear for the ruling party.",
        "सत्तारूढ़ दल के लिए दीवार पर लिखी इबारत साफ़ थी।",
    ),
    C(L, "Blood is thicker than water, the old man said.", "बूढ़े ने कहा कि ख़ून पानी से गाढ़ा होता है।"),
    C(L, "The officer sat on the file for six months.", "अफ़सर छह महीने तक फ़ाइल पर बैठा रहा।"),
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
