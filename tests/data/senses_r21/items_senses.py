"""Round-21 senses check (helper "senses", hand-written 2026-11-29 21:25-21:45 UTC BEFORE any round-21
sense work was tuned, and never edited to fit; report numbers on it, do not tune on it).
Licence: Apache-2.0. The writer had read earlier rules, so this is an own set, not a blind one.

Flawed rows (38): an ambiguous English word in no entry of audit/data/source_senses.toml (the HI513
inventory) and in none of senses_r19's or senses_r20's rows, rendered with the Hindi of another
sense of the word:
- nouns (the bark of a tree, a clothes iron, a sheet of paper, a coat of paint, keeping watch, the
  government mint, a wooden stool, the hand of a clock, bleeding gums, eyelashes, a carpenter's
  plane, a saw, mass on Sunday, a USB port, a phone's memory, a postage stamp, the ace of spades,
  mould on bread, ten yards, ears of wheat, a mother tongue, a hotel's stories, a tear in a sleeve,
  household refuse, a second of time, a film's plot, squash the game, a pride of lions, a school of
  fish, flights of stairs, a kitchen sink);
- verbs (wind a clock, trip on the stairs, stalk someone, children tire, a tourist mugged, bowl
  in cricket, a show airs, ship an order);
- adjectives (a sweet girl, a dry lecture, cross with someone).
Each has its correct twin (the `fix`, a clean row of the selected sense).

Clean look-alikes (46): the same Hindi word in the sense it names (a dog's bark, an iron gate, a bed
sheet, a warm coat, a gold watch, mint leaves, ...), each with its English source, most with the
same English word in that sense.

    python tests/data/senses_r21/build.py
    audit check tests/data/senses_r21/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o S21.jsonl
    python tests/data/senses_r21/score.py S21.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


SENSES = [
    # ---- nouns
    _s(
        "The bark of the old oak was cracked and grey.",
        "पुराने बलूत की भौंक फटी हुई और धूसर थी।",
        "भौंक",
        "bark (of a tree)",
        "पुराने बलूत की छाल फटी हुई और धूसर थी।",
    ),
    _s(
        "She pressed his shirt with a hot iron.",
        "उसने गर्म लोहे से उसकी कमीज़ प्रेस की।",
        "लोहे",
        "iron (appliance for pressing clothes)",
        "उसने गर्म इस्त्री से उसकी कमीज़ प्रेस की।",
    ),
    _s(
        "Write your answers on a separate sheet.",
        "अपने उत्तर एक अलग चादर पर लिखें।",
        "चादर",
        "sheet (of paper)",
        "अपने उत्तर एक अलग कागज़ पर लिखें।",
    ),
    _s(
        "The door needs a fresh coat of paint.",
        "दरवाज़े को पेंट के एक नए कोट की ज़रूरत है।",
        "कोट",
        "coat (layer of paint)",
        "दरवाज़े पर पेंट की एक नई परत की ज़रूरत है।",
    ),
    _s(
        "Two soldiers kept watch at the gate all night.",
        "दो सैनिकों ने पूरी रात गेट पर घड़ी रखी।",
        "घड़ी",
        "watch (guard duty)",
        "दो सैनिकों ने पूरी रात गेट पर पहरा दिया।",
    ),
    _s(
        "The new coins were made at the government mint.",
        "नए सिक्के सरकारी पुदीने में बनाए गए।",
        "पुदीने",
        "mint (place where coins are made)",
        "नए सिक्के सरकारी टकसाल में बनाए गए।",
    ),
    _s(
        "The shopkeeper sat on a wooden stool behind the counter.",
        "दुकानदार काउंटर के पीछे एक लकड़ी के मल पर बैठा था।",
        "मल",
        "stool (seat without a back)",
        "दुकानदार काउंटर के पीछे एक लकड़ी के स्टूल पर बैठा था।",
    ),
    _s(
        "The minute hand of the clock was broken.",
        "घड़ी का मिनट वाला हाथ टूटा हुआ था।",
        "हाथ",
        "hand (pointer of a clock)",
        "घड़ी की मिनट वाली सुई टूटी हुई थी।",
    ),
    _s(
        "Her gums bleed when she brushes her teeth.",
        "जब वह दांत साफ़ करती है तो उसके गोंद से खून निकलता है।",
        "गोंद",
        "gums (flesh around the teeth)",
        "जब वह दांत साफ़ करती है तो उसके मसूड़ों से खून निकलता है।",
    ),
    _s(
        "The baby has long dark lashes.",
        "बच्चे के लंबे काले कोड़े हैं।",
        "कोड़े",
        "lashes (eyelashes)",
        "बच्चे की लंबी काली पलकें हैं।",
    ),
    _s(
        "The carpenter smoothed the plank with a plane.",
        "बढ़ई ने विमान से तख्ते को चिकना किया।",
        "विमान",
        "plane (carpenter's tool)",
        "बढ़ई ने रंदे से तख्ते को चिकना किया।",
    ),
    _s(
        "He cut the dry branch with a sharp saw.",
        "उसने सूखी डाल को एक तेज़ देखा से काटा।",
        "देखा",
        "saw (cutting tool)",
        "उसने सूखी डाल को एक तेज़ आरी से काटा।",
    ),
    _s(
        "The whole family goes to mass every Sunday.",
        "पूरा परिवार हर रविवार द्रव्यमान में जाता है।",
        "द्रव्यमान",
        "mass (church service)",
        "पूरा परिवार हर रविवार प्रार्थना सभा में जाता है।",
    ),
    _s(
        "Plug the charger into the USB port.",
        "चार्जर को यूएसबी बंदरगाह में लगाएं।",
        "बंदरगाह",
        "port (socket of a computer)",
        "चार्जर को यूएसबी पोर्ट में लगाएं।",
    ),
    _s(
        "This phone has eight gigabytes of memory.",
        "इस फ़ोन में आठ गीगाबाइट की याददाश्त है।",
        "याददाश्त",
        "memory (computer storage)",
        "इस फ़ोन में आठ गीगाबाइट की मेमोरी है।",
    ),
    _s(
        "Put a stamp on the envelope before you post it.",
        "लिफ़ाफ़ा डाक में डालने से पहले उस पर एक मुहर लगाएं।",
        "मुहर",
        "stamp (postage stamp)",
        "लिफ़ाफ़ा डाक में डालने से पहले उस पर एक डाक टिकट लगाएं।",
    ),
    _s(
        "He won the hand with the ace of spades.",
        "उसने कुदाल के इक्के से बाज़ी जीत ली।",
        "कुदाल",
        "spades (suit of playing cards)",
        "उसने हुकुम के इक्के से बाज़ी जीत ली।",
    ),
    _s(
        "Green mould grew on the stale bread.",
        "बासी रोटी पर हरा सांचा उग आया।",
        "सांचा",
        "mould (fungus)",
        "बासी रोटी पर हरी फफूंद उग आई।",
    ),
    _s(
        "The ball stopped ten yards from the goal line.",
        "गेंद गोल रेखा से दस आंगन दूर रुक गई।",
        "आंगन",
        "yards (unit of length)",
        "गेंद गोल रेखा से दस गज़ दूर रुक गई।",
    ),
    _s(
        "The ears of wheat turn golden in April.",
        "अप्रैल में गेहूं के कान सुनहरे हो जाते हैं।",
        "कान",
        "ears (of grain)",
        "अप्रैल में गेहूं की बालियां सुनहरी हो जाती हैं।",
    ),
    _s(
        "Her mother tongue is Tamil.",
        "उसकी मातृ जीभ तमिल है।",
        "जीभ",
        "tongue (language)",
        "उसकी मातृभाषा तमिल है।",
    ),
    _s(
        "The new hotel has twelve stories.",
        "नए होटल में बारह कहानियां हैं।",
        "कहानियां",
        "stories (floors of a building)",
        "नए होटल में बारह मंज़िलें हैं।",
    ),
    _s(
        "There is a tear in the sleeve of my shirt.",
        "मेरी कमीज़ की आस्तीन में एक आंसू है।",
        "आंसू",
        "tear (rip in cloth)",
        "मेरी कमीज़ की आस्तीन फटी हुई है।",
    ),
    _s(
        "The council collects household refuse twice a week.",
        "परिषद हफ़्ते में दो बार घरेलू इनकार इकट्ठा करती है।",
        "इनकार",
        "refuse (rubbish)",
        "परिषद हफ़्ते में दो बार घरेलू कूड़ा इकट्ठा करती है।",
    ),
    _s(
        "The screen went dark for a second.",
        "स्क्रीन एक दूसरे के लिए अंधेरी हो गई।",
        "दूसरे",
        "second (moment of time)",
        "स्क्रीन एक पल के लिए अंधेरी हो गई।",
    ),
    _s(
        "The plot of the novel is very simple.",
        "उपन्यास का भूखंड बहुत सरल है।",
        "भूखंड",
        "plot (story line)",
        "उपन्यास का कथानक बहुत सरल है।",
    ),
    _s(
        "He plays squash at the club every evening.",
        "वह हर शाम क्लब में कद्दू खेलता है।",
        "कद्दू",
        "squash (racket game)",
        "वह हर शाम क्लब में स्क्वैश खेलता है।",
    ),
    _s(
        "A pride of lions rested under the acacia.",
        "शेरों का एक गर्व बबूल के नीचे आराम कर रहा था।",
        "गर्व",
        "pride (group of lions)",
        "शेरों का एक झुंड बबूल के नीचे आराम कर रहा था।",
    ),
    _s(
        "A school of fish swam past the boat.",
        "मछलियों का एक स्कूल नाव के पास से तैर कर निकला।",
        "स्कूल",
        "school (group of fish)",
        "मछलियों का एक झुंड नाव के पास से तैर कर निकला।",
    ),
    _s(
        "She climbed three flights of stairs with the shopping.",
        "वह सामान लेकर सीढ़ियों की तीन उड़ानें चढ़ी।",
        "उड़ानें",
        "flights (of stairs)",
        "वह सामान लेकर तीन मंज़िल की सीढ़ियां चढ़ी।",
    ),
    _s(
        "Leave the dirty plates in the sink.",
        "गंदी प्लेटें डूब में छोड़ दो।",
        "डूब",
        "sink (kitchen basin)",
        "गंदी प्लेटें सिंक में छोड़ दो।",
    ),
    # ---- verbs
    _s(
        "Do not forget to wind the old clock.",
        "पुरानी घड़ी में हवा भरना मत भूलना।",
        "हवा",
        "wind (turn the key of a clock)",
        "पुरानी घड़ी में चाबी भरना मत भूलना।",
    ),
    _s(
        "He tripped on the stairs and broke his wrist.",
        "उसने सीढ़ियों पर यात्रा की और अपनी कलाई तोड़ ली।",
        "यात्रा",
        "tripped (stumbled)",
        "वह सीढ़ियों पर ठोकर खाकर गिरा और अपनी कलाई तोड़ ली।",
    ),
    _s(
        "The man stalked the actress for months.",
        "उस आदमी ने महीनों तक अभिनेत्री का डंठल किया।",
        "डंठल",
        "stalked (followed secretly)",
        "उस आदमी ने महीनों तक अभिनेत्री का पीछा किया।",
    ),
    _s(
        "Small children tire quickly on long walks.",
        "छोटे बच्चे लंबी सैर पर जल्दी टायर हो जाते हैं।",
        "टायर",
        "tire (become tired)",
        "छोटे बच्चे लंबी सैर पर जल्दी थक जाते हैं।",
    ),
    _s(
        "A tourist was mugged near the railway station.",
        "रेलवे स्टेशन के पास एक पर्यटक को मग किया गया।",
        "मग",
        "mugged (robbed with violence)",
        "रेलवे स्टेशन के पास एक पर्यटक को लूट लिया गया।",
    ),
    _s(
        "The interview will air on Sunday night.",
        "साक्षात्कार रविवार रात को हवा देगा।",
        "हवा",
        "air (be broadcast)",
        "साक्षात्कार रविवार रात को प्रसारित होगा।",
    ),
    _s(
        "The company will ship the order tomorrow.",
        "कंपनी कल ऑर्डर को जहाज़ करेगी।",
        "जहाज़",
        "ship (send goods)",
        "कंपनी कल ऑर्डर भेज देगी।",
    ),
    # ---- adjectives
    _s(
        "What a sweet little girl she is!",
        "वह कितनी मीठी छोटी लड़की है!",
        "मीठी",
        "sweet (charming)",
        "वह कितनी प्यारी छोटी लड़की है!",
    ),
    _s(
        "The lecture on tax law was long and dry.",
        "कर कानून पर व्याख्यान लंबा और सूखा था।",
        "सूखा",
        "dry (dull)",
        "कर कानून पर व्याख्यान लंबा और नीरस था।",
    ),
    _s(
        "Mother was cross with me for coming home late.",
        "देर से घर आने के लिए मां मुझसे पार थीं।",
        "पार",
        "cross (annoyed)",
        "देर से घर आने के कारण मां मुझसे नाराज़ थीं।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "The dog's loud bark woke the whole street.", "कुत्ते की तेज़ भौंक ने पूरी गली को जगा दिया।"),
    C(S, "The old gate is made of iron.", "पुराना गेट लोहे का बना है।"),
    C(S, "She spread a clean sheet on the bed.", "उसने बिस्तर पर एक साफ़ चादर बिछाई।"),
    C(S, "He wore a warm coat in the winter.", "उसने सर्दी में गर्म कोट पहना।"),
    C(S, "My father gave me a gold watch.", "मेरे पिता ने मुझे सोने की एक घड़ी दी।"),
    C(S, "Add a few mint leaves to the tea.", "चाय में पुदीने की कुछ पत्तियां डालें।"),
    C(S, "The doctor asked for a stool test.", "डॉक्टर ने मल की जांच कराने को कहा।"),
    C(S, "He raised his hand to ask a question.", "उसने सवाल पूछने के लिए अपना हाथ उठाया।"),
    C(S, "The nurse held the old man's hand.", "नर्स ने बूढ़े आदमी का हाथ थामा।"),
    C(S, "Stick the photo on the card with gum.", "फ़ोटो को गोंद से कार्ड पर चिपकाओ।"),
    C(S, "The thief was given ten lashes.", "चोर को दस कोड़े मारे गए।"),
    C(S, "The plane landed safely in Mumbai.", "विमान मुंबई में सुरक्षित उतरा।"),
    C(S, "I saw an elephant in the forest.", "मैंने जंगल में एक हाथी देखा।"),
    C(S, "The mass of the stone is two kilograms.", "पत्थर का द्रव्यमान दो किलोग्राम है।"),
    C(S, "The ship reached the port at dawn.", "जहाज़ भोर में बंदरगाह पहुंचा।"),
    C(S, "The tanker docked at the port of Kandla.", "टैंकर कांडला के बंदरगाह पर रुका।"),
    C(S, "My grandfather has a sharp memory.", "मेरे दादाजी की याददाश्त तेज़ है।"),
    C(S, "The clerk put an official stamp on the form.", "क्लर्क ने फ़ॉर्म पर सरकारी मुहर लगाई।"),
    C(S, "The gardener dug the flower bed with a spade.", "माली ने कुदाल से फूलों की क्यारी खोदी।"),
    C(S, "The molten metal was poured into a mould.", "पिघली धातु को एक सांचे में डाला गया।"),
    C(S, "The children played in the yard.", "बच्चे आंगन में खेले।"),
    C(S, "The teacher pulled the boy's ear.", "शिक्षक ने लड़के का कान खींचा।"),
    C(S, "The dog licked my hand with its tongue.", "कुत्ते ने अपनी जीभ से मेरा हाथ चाटा।"),
    C(S, "Grandmother told us stories every night.", "दादी हमें हर रात कहानियां सुनाती थीं।"),
    C(S, "A tear rolled down her cheek.", "उसके गाल पर एक आंसू लुढ़क गया।"),
    C(S, "He refused the job offer.", "उसने नौकरी के प्रस्ताव से इनकार कर दिया।"),
    C(S, "She finished second in the race.", "वह दौड़ में दूसरे स्थान पर रही।"),
    C(S, "He bought a small plot of land near the city.", "उसने शहर के पास ज़मीन का एक छोटा भूखंड खरीदा।"),
    C(S, "Mother cooked squash with cumin.", "मां ने जीरे के साथ कद्दू पकाया।"),
    C(S, "She spoke of her son with pride.", "उसने अपने बेटे के बारे में गर्व से बात की।"),
    C(S, "The children walk to school every day.", "बच्चे रोज़ पैदल स्कूल जाते हैं।"),
    C(S, "All flights to Delhi were cancelled.", "दिल्ली की सभी उड़ानें रद्द कर दी गईं।"),
    C(S, "The boat began to sink in the storm.", "तूफ़ान में नाव डूबने लगी।"),
    C(S, "A cold wind blew from the north.", "उत्तर से ठंडी हवा चली।"),
    C(S, "Open the window and let in some fresh air.", "खिड़की खोलो और थोड़ी ताज़ी हवा आने दो।"),
    C(S, "We took a trip to Goa last summer.", "हमने पिछली गर्मियों में गोवा की यात्रा की।"),
    C(S, "Cut the stalk of the flower at an angle.", "फूल का डंठल तिरछा काटो।"),
    C(S, "The car needs a new tyre.", "कार को नए टायर की ज़रूरत है।"),
    C(S, "He drank a mug of hot coffee.", "उसने गर्म कॉफ़ी का एक मग पिया।"),
    C(S, "She ate a bowl of rice with dal.", "उसने दाल के साथ एक कटोरा चावल खाया।"),
    C(S, "The ship sailed for Chennai.", "जहाज़ चेन्नई के लिए रवाना हुआ।"),
    C(S, "These mangoes are very sweet.", "ये आम बहुत मीठे हैं।"),
    C(S, "The village well is dry this summer.", "इस गर्मी में गांव का कुआं सूखा है।"),
    C(S, "Cross the road at the signal.", "सिग्नल पर सड़क पार करो।"),
    C(S, "The bark was stripped from the tree for medicine.", "दवा के लिए पेड़ से छाल उतारी गई।"),
    C(S, "She wiped a tear from her eye.", "उसने अपनी आंख से एक आंसू पोंछा।"),
]

NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []

NAMES: list = []
TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
REPETITIONS: list = []
OMISSIONS: list = []
STORY: list = []
