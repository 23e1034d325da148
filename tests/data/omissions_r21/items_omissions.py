"""Round-21 omissions check (helper "senses", hand-written 2026-11-29 21:35-21:50 UTC BEFORE any round-21
omission work, and never edited to fit; report numbers on it, do not tune on it).
Licence: Apache-2.0. The writer had read earlier rules, so this is an own set, not a blind one.

Flawed rows (24): a clause or phrase of the source with nothing in the MT — a cause (because,
because of, due to, for lack of), a condition (unless, if, only if), a concession (though,
although, despite), a reason given (citing), a share (most of them, mostly), a time (during, after),
an exception (except); each with its complete twin (the `fix`, a clean row).

Clean look-alikes (24): complete translations of sources with the same markers, the clause said in
other words than a dictionary gives (के चलते, की वजह से, बशर्ते, भले ही, का हवाला देते हुए …).

    python tests/data/omissions_r21/build.py
    audit check tests/data/omissions_r21/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o O21.jsonl
    python tests/data/omissions_r21/score.py O21.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

OM = "omission"


def _o(src: str, mt: str, eng: str, fix: str) -> F:
    return F(OM, src, mt, [("", eng)], fix)


OMISSIONS = [
    _o(
        "The match was called off because the ground was waterlogged.",
        "मैच रद्द कर दिया गया।",
        "because the ground was waterlogged",
        "मैच रद्द कर दिया गया क्योंकि मैदान में पानी भरा हुआ था।",
    ),
    _o(
        "Schools in the district will stay shut on Monday because of the heatwave.",
        "ज़िले के स्कूल सोमवार को बंद रहेंगे।",
        "because of the heatwave",
        "लू के कारण ज़िले के स्कूल सोमवार को बंद रहेंगे।",
    ),
    _o(
        "The ferry service was suspended due to rough seas.",
        "नौका सेवा निलंबित कर दी गई।",
        "due to rough seas",
        "समुद्र में ऊंची लहरों के कारण नौका सेवा निलंबित कर दी गई।",
    ),
    _o(
        "The case was closed for lack of witnesses.",
        "मामला बंद कर दिया गया।",
        "for lack of witnesses",
        "गवाहों के अभाव में मामला बंद कर दिया गया।",
    ),
    _o(
        "The strike will go ahead unless the management raises wages.",
        "हड़ताल जारी रहेगी।",
        "unless the management raises wages",
        "हड़ताल जारी रहेगी, जब तक प्रबंधन वेतन नहीं बढ़ाता।",
    ),
    _o(
        "The bridge will open in May unless the monsoon arrives early.",
        "पुल मई में खुलेगा।",
        "unless the monsoon arrives early",
        "अगर मानसून जल्दी नहीं आया तो पुल मई में खुलेगा।",
    ),
    _o(
        "Farmers will get the subsidy only if they register online.",
        "किसानों को सब्सिडी मिलेगी।",
        "only if they register online",
        "किसानों को सब्सिडी तभी मिलेगी जब वे ऑनलाइन पंजीकरण कराएंगे।",
    ),
    _o(
        "If the rain continues, the river may flood the low-lying villages.",
        "नदी निचले गांवों में बाढ़ ला सकती है।",
        "If the rain continues",
        "अगर बारिश जारी रही तो नदी निचले गांवों में बाढ़ ला सकती है।",
    ),
    _o(
        "The company reported a profit, though sales fell in the north.",
        "कंपनी ने मुनाफ़ा दर्ज किया।",
        "though sales fell in the north",
        "कंपनी ने मुनाफ़ा दर्ज किया, हालांकि उत्तर में बिक्री घटी।",
    ),
    _o(
        "Although the train was late, the passengers reached the wedding on time.",
        "यात्री समय पर शादी में पहुंच गए।",
        "Although the train was late",
        "हालांकि ट्रेन देर से आई, फिर भी यात्री समय पर शादी में पहुंच गए।",
    ),
    _o(
        "The fair drew large crowds despite the cold weather.",
        "मेले में भारी भीड़ उमड़ी।",
        "despite the cold weather",
        "ठंडे मौसम के बावजूद मेले में भारी भीड़ उमड़ी।",
    ),
    _o(
        "The coach resigned on Tuesday, citing personal reasons.",
        "कोच ने मंगलवार को इस्तीफ़ा दे दिया।",
        "citing personal reasons",
        "कोच ने निजी कारणों का हवाला देते हुए मंगलवार को इस्तीफ़ा दे दिया।",
    ),
    _o(
        "The bank refused the loan, citing a poor credit history.",
        "बैंक ने क़र्ज़ देने से इनकार कर दिया।",
        "citing a poor credit history",
        "बैंक ने ख़राब क्रेडिट इतिहास का हवाला देकर क़र्ज़ देने से इनकार कर दिया।",
    ),
    _o(
        "About 300 people were rescued, most of them fishermen.",
        "लगभग 300 लोगों को बचाया गया।",
        "most of them fishermen",
        "लगभग 300 लोगों को बचाया गया, जिनमें ज़्यादातर मछुआरे थे।",
    ),
    _o(
        "The new rules affect about two lakh traders, mostly in small towns.",
        "नए नियमों का असर लगभग दो लाख व्यापारियों पर पड़ेगा।",
        "mostly in small towns",
        "नए नियमों का असर लगभग दो लाख व्यापारियों पर पड़ेगा, जिनमें ज़्यादातर छोटे शहरों में हैं।",
    ),
    _o(
        "Power cuts are common in the village during the summer months.",
        "गांव में बिजली कटौती आम है।",
        "during the summer months",
        "गर्मी के महीनों में गांव में बिजली कटौती आम है।",
    ),
    _o(
        "The injured climber was flown to Dehradun after a long search.",
        "घायल पर्वतारोही को हेलिकॉप्टर से देहरादून ले जाया गया।",
        "after a long search",
        "लंबी तलाश के बाद घायल पर्वतारोही को हेलिकॉप्टर से देहरादून ले जाया गया।",
    ),
    _o(
        "All shops in the market stayed closed except the chemists.",
        "बाज़ार की सभी दुकानें बंद रहीं।",
        "except the chemists",
        "दवा की दुकानों को छोड़कर बाज़ार की सभी दुकानें बंद रहीं।",
    ),
    _o(
        "Prices of vegetables rose sharply because heavy rain damaged the crops.",
        "सब्ज़ियों के दाम तेज़ी से बढ़े।",
        "because heavy rain damaged the crops",
        "सब्ज़ियों के दाम तेज़ी से बढ़े क्योंकि भारी बारिश ने फ़सलों को नुकसान पहुंचाया।",
    ),
    _o(
        "The exam was postponed owing to a leak of the question paper.",
        "परीक्षा स्थगित कर दी गई।",
        "owing to a leak of the question paper",
        "प्रश्नपत्र लीक होने के कारण परीक्षा स्थगित कर दी गई।",
    ),
    _o(
        "The minister, who was visiting the flood areas, cancelled his speech.",
        "मंत्री ने अपना भाषण रद्द कर दिया।",
        "who was visiting the flood areas",
        "बाढ़ग्रस्त इलाकों का दौरा कर रहे मंत्री ने अपना भाषण रद्द कर दिया।",
    ),
    _o(
        "The airport was closed for six hours after a bird hit the engine of a plane.",
        "हवाई अड्डा छह घंटे बंद रहा।",
        "after a bird hit the engine of a plane",
        "एक विमान के इंजन से पक्षी टकराने के बाद हवाई अड्डा छह घंटे बंद रहा।",
    ),
    _o(
        "Tickets will be refunded in full if the concert is cancelled.",
        "टिकटों का पूरा पैसा लौटाया जाएगा।",
        "if the concert is cancelled",
        "अगर कॉन्सर्ट रद्द होता है तो टिकटों का पूरा पैसा लौटाया जाएगा।",
    ),
    _o(
        "The team lost the final even though their captain scored a century.",
        "टीम फ़ाइनल हार गई।",
        "even though their captain scored a century",
        "कप्तान के शतक के बावजूद टीम फ़ाइनल हार गई।",
    ),
]

SENSE_LOOKALIKES = [
    C(OM, "Flights were delayed because of thick fog.", "घने कोहरे के चलते उड़ानों में देरी हुई।"),
    C(OM, "The road was closed because of a landslide.", "भूस्खलन की वजह से सड़क बंद कर दी गई।"),
    C(OM, "He could not come because he was ill.", "वह बीमार होने से नहीं आ सका।"),
    C(OM, "The shop was shut due to a power failure.", "बिजली गुल होने से दुकान बंद रही।"),
    C(OM, "The project stalled for lack of funds.", "पैसों की कमी से परियोजना अटक गई।"),
    C(OM, "You will not pass unless you study hard.", "मेहनत से पढ़ाई किए बिना तुम पास नहीं होगे।"),
    C(OM, "The offer stands unless the board rejects it.", "प्रस्ताव तब तक क़ायम है जब तक बोर्ड उसे ठुकरा न दे।"),
    C(OM, "Entry is free if you show your student card.", "छात्र कार्ड दिखाने पर प्रवेश मुफ़्त है।"),
    C(OM, "If it rains, the match will be shifted indoors.", "बारिश होने पर मैच अंदर कराया जाएगा।"),
    C(OM, "He kept working though he was tired.", "थका होने के बावजूद वह काम करता रहा।"),
    C(OM, "Although she was young, she led the team well.", "कम उम्र के बावजूद उसने टीम का अच्छा नेतृत्व किया।"),
    C(OM, "The show went on despite the rain.", "बारिश के बावजूद कार्यक्रम चलता रहा।"),
    C(
        OM,
        "The player withdrew from the tournament, citing a knee injury.",
        "घुटने की चोट के कारण खिलाड़ी टूर्नामेंट से हट गया।",
    ),
    C(
        OM,
        "The firm delayed the launch, citing supply problems.",
        "आपूर्ति में दिक़्क़तों की बात कहकर कंपनी ने लॉन्च टाल दिया।",
    ),
    C(OM, "Fifty people fell ill, most of them children.", "पचास लोग बीमार पड़े, इनमें अधिकतर बच्चे हैं।"),
    C(
        OM,
        "The buses carry thousands of workers, mostly from Bihar.",
        "बसें हज़ारों मज़दूरों को ले जाती हैं, जो ज़्यादातर बिहार के हैं।",
    ),
    C(OM, "The museum stays open late during the festival.", "त्योहार के दौरान संग्रहालय देर तक खुला रहता है।"),
    C(OM, "The boy was found after a two-day search.", "दो दिन की खोज के बाद लड़का मिल गया।"),
    C(OM, "Everyone came to the party except Ravi.", "रवि के अलावा सब पार्टी में आए।"),
    C(OM, "The price of tomatoes fell because supply rose.", "आपूर्ति बढ़ने से टमाटर के दाम गिर गए।"),
    C(OM, "The flight was cancelled owing to bad weather.", "ख़राब मौसम के कारण उड़ान रद्द कर दी गई।"),
    C(OM, "The actor, who is sixty, will play a soldier.", "साठ वर्षीय अभिनेता एक सैनिक की भूमिका निभाएंगे।"),
    C(OM, "The train left after the signal turned green.", "सिग्नल हरा होते ही ट्रेन चल पड़ी।"),
    C(OM, "We will go to the hills if we get leave.", "छुट्टी मिली तो हम पहाड़ों पर जाएंगे।"),
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
SENSES: list = []
REPETITIONS: list = []
STORY: list = []
