"""Round-17 senses check (helper "senses", hand-written 2026-11-29 11:25-11:40 UTC BEFORE any round-17
sense work was looked at or tuned, and never edited to fit; report numbers on it, do not tune on it).
Licence: Apache-2.0. The writer had read earlier rules, so this is an own set, not a blind one.

Flawed rows (32): English words whose sense is selected by the sentence, rendered with the Hindi of
another (usually the commoner) sense -- words in no dev set's sense spans, of three families:
- parts of furniture and machines, tools and their holders (the bonnet of a car, a castor of a
  chair, the leaf of a table, the shade of a lamp, an engine's governor, a phone's cradle);
- sports and games terms (a tennis serve, the batsman's crease, caught in the slips, a corner, a
  striker, an eagle in golf, a left hook, a jab, the butterfly stroke, the tail, the beam, a snooker
  pocket and cue, chess pieces: rook, knight, bishop);
- business and money words (a paper folded, sacked its manager, bagged an order, a bull market,
  a cheque bounced, recalled cars, the company's books, a builder's quote, an account balance),
  and a medical one (a stool sample).
Each has its correct twin (the `fix`, a clean row of the selected sense).

Clean look-alikes (32): the same words in the sense their Hindi names (`sense`).

    python tests/data/senses_r17/build.py
    audit check tests/data/senses_r17/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o S17.jsonl
    python tests/data/senses_r17/score.py S17.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


SENSES = [
    # ---- parts of furniture and machines
    _s(
        "The mechanic lifted the bonnet to check the engine.",
        "मैकेनिक ने इंजन जांचने के लिए टोपी उठाई।",
        "टोपी",
        "bonnet (of a car)",
        "मैकेनिक ने इंजन जांचने के लिए बोनट उठाया।",
    ),
    _s(
        "One castor of the office chair broke off.",
        "दफ़्तर की कुर्सी की एक अरंडी टूट गई।",
        "अरंडी",
        "castor (small wheel)",
        "दफ़्तर की कुर्सी का एक पहिया टूट गया।",
    ),
    _s(
        "She pulled out the leaf of the dining table for the guests.",
        "उसने मेहमानों के लिए खाने की मेज़ का पत्ता बाहर निकाला।",
        "पत्ता",
        "leaf (of a table)",
        "उसने मेहमानों के लिए खाने की मेज़ का अतिरिक्त तख़्ता बाहर निकाला।",
    ),
    _s(
        "The shade of the bedside lamp was torn.",
        "बिस्तर के पास वाले लैंप की छाया फटी हुई थी।",
        "छाया",
        "shade (of a lamp)",
        "बिस्तर के पास वाले लैंप का शेड फटा हुआ था।",
    ),
    _s(
        "The governor of the diesel engine limits its speed.",
        "डीज़ल इंजन का राज्यपाल उसकी गति सीमित करता है।",
        "राज्यपाल",
        "governor (of an engine)",
        "डीज़ल इंजन का गवर्नर उसकी गति सीमित करता है।",
    ),
    _s(
        "He put the receiver back in its cradle.",
        "उसने रिसीवर वापस उसके पालने में रख दिया।",
        "पालने",
        "cradle (of a telephone)",
        "उसने रिसीवर वापस उसके स्टैंड पर रख दिया।",
    ),
    # ---- sports and games
    _s(
        "Her serve was too fast for the champion.",
        "उसकी सेवा चैंपियन के लिए बहुत तेज़ थी।",
        "सेवा",
        "serve (tennis)",
        "उसकी सर्विस चैंपियन के लिए बहुत तेज़ थी।",
    ),
    _s(
        "The batsman was run out well short of his crease.",
        "बल्लेबाज़ अपनी सिलवट से काफ़ी पहले रन आउट हो गया।",
        "सिलवट",
        "crease (cricket)",
        "बल्लेबाज़ अपनी क्रीज़ से काफ़ी पहले रन आउट हो गया।",
    ),
    _s(
        "The opener was caught in the slips off the first ball.",
        "सलामी बल्लेबाज़ पहली ही गेंद पर पर्चियों में पकड़ा गया।",
        "पर्चियों",
        "slips (fielding position)",
        "सलामी बल्लेबाज़ पहली ही गेंद पर स्लिप में पकड़ा गया।",
    ),
    _s(
        "India won a corner in the last minute of the match.",
        "भारत ने मैच के आख़िरी मिनट में एक कोना जीता।",
        "कोना",
        "corner (football)",
        "भारत को मैच के आख़िरी मिनट में एक कॉर्नर मिला।",
    ),
    _s(
        "The young striker scored twice in the final.",
        "युवा हड़ताली ने फ़ाइनल में दो गोल किए।",
        "हड़ताली",
        "striker (football)",
        "युवा स्ट्राइकर ने फ़ाइनल में दो गोल किए।",
    ),
    _s(
        "The golfer made an eagle on the fifth hole.",
        "गोल्फ़र ने पांचवें होल पर एक बाज़ बनाया।",
        "बाज़",
        "eagle (golf score)",
        "गोल्फ़र ने पांचवें होल पर ईगल बनाया।",
    ),
    _s(
        "The boxer knocked out his rival with a left hook.",
        "मुक्केबाज़ ने बाएं कांटे से अपने प्रतिद्वंद्वी को नॉकआउट कर दिया।",
        "कांटे",
        "hook (boxing punch)",
        "मुक्केबाज़ ने बाएं हुक से अपने प्रतिद्वंद्वी को नॉकआउट कर दिया।",
    ),
    _s(
        "The boxer kept his opponent away with a quick jab.",
        "मुक्केबाज़ ने एक तेज़ टीके से अपने विरोधी को दूर रखा।",
        "टीके",
        "jab (boxing punch)",
        "मुक्केबाज़ ने एक तेज़ जैब से अपने विरोधी को दूर रखा।",
    ),
    _s(
        "She won gold in the 100 metres butterfly.",
        "उसने 100 मीटर तितली में स्वर्ण पदक जीता।",
        "तितली",
        "butterfly (swimming stroke)",
        "उसने 100 मीटर बटरफ़्लाई में स्वर्ण पदक जीता।",
    ),
    _s(
        "The tail added forty useful runs after lunch.",
        "लंच के बाद पूंछ ने चालीस उपयोगी रन जोड़े।",
        "पूंछ",
        "tail (lower-order batsmen)",
        "लंच के बाद निचले क्रम के बल्लेबाज़ों ने चालीस उपयोगी रन जोड़े।",
    ),
    _s(
        "The gymnast slipped and fell off the beam.",
        "जिमनास्ट फिसलकर किरण से गिर गई।",
        "किरण",
        "beam (gymnastics apparatus)",
        "जिमनास्ट फिसलकर बीम से गिर गई।",
    ),
    _s(
        "He sank the black ball in the middle pocket.",
        "उसने काली गेंद को बीच वाली जेब में डाल दिया।",
        "जेब",
        "pocket (of a snooker table)",
        "उसने काली गेंद को बीच वाले पॉकेट में डाल दिया।",
    ),
    _s(
        "He chalked the tip of his cue before the shot.",
        "शॉट से पहले उसने अपने संकेत की नोक पर चॉक लगाई।",
        "संकेत",
        "cue (snooker stick)",
        "शॉट से पहले उसने अपने क्यू की नोक पर चॉक लगाई।",
    ),
    _s(
        "She captured his rook with her queen.",
        "उसने अपनी रानी से उसका कौआ मार लिया।",
        "कौआ",
        "rook (chess piece)",
        "उसने अपनी रानी से उसका हाथी मार लिया।",
    ),
    _s(
        "He moved his knight to attack the king.",
        "उसने राजा पर हमला करने के लिए अपना शूरवीर चला।",
        "शूरवीर",
        "knight (chess piece)",
        "उसने राजा पर हमला करने के लिए अपना घोड़ा चला।",
    ),
    _s(
        "She lost a bishop early in the game of chess.",
        "शतरंज की बाज़ी की शुरुआत में ही उसने एक पादरी खो दिया।",
        "पादरी",
        "bishop (chess piece)",
        "शतरंज की बाज़ी की शुरुआत में ही उसने एक ऊंट खो दिया।",
    ),
    # ---- business and money words (and one medical word)
    _s(
        "The small newspaper folded after two years.",
        "छोटा अख़बार दो साल बाद मुड़ गया।",
        "मुड़ गया",
        "folded (closed down)",
        "छोटा अख़बार दो साल बाद बंद हो गया।",
    ),
    _s(
        "The club sacked its manager after five defeats.",
        "क्लब ने पांच हारों के बाद अपने मैनेजर को बोरे में भर दिया।",
        "बोरे में भर दिया",
        "sacked (dismissed)",
        "क्लब ने पांच हारों के बाद अपने मैनेजर को बर्ख़ास्त कर दिया।",
    ),
    _s(
        "The firm bagged a big order from the railways.",
        "फ़र्म ने रेलवे से एक बड़ा ऑर्डर थैले में भरा।",
        "थैले में भरा",
        "bagged (won)",
        "फ़र्म को रेलवे से एक बड़ा ऑर्डर मिला।",
    ),
    _s(
        "Analysts expect a bull market next year.",
        "विश्लेषकों को अगले साल सांड बाज़ार की उम्मीद है।",
        "सांड",
        "bull (market: rising)",
        "विश्लेषकों को अगले साल तेज़ी वाले बाज़ार की उम्मीद है।",
    ),
    _s(
        "The cheque bounced because the account was empty.",
        "खाता खाली होने के कारण चेक उछल गया।",
        "उछल गया",
        "bounced (cheque: refused)",
        "खाता खाली होने के कारण चेक बाउंस हो गया।",
    ),
    _s(
        "The carmaker recalled 5,000 cars over faulty brakes.",
        "कार निर्माता ने ख़राब ब्रेक के कारण 5,000 कारों को याद किया।",
        "याद किया",
        "recalled (called back)",
        "कार निर्माता ने ख़राब ब्रेक के कारण 5,000 कारें वापस मंगाईं।",
    ),
    _s(
        "The auditors found errors in the company's books.",
        "लेखा परीक्षकों को कंपनी की किताबों में ग़लतियां मिलीं।",
        "किताबों",
        "books (accounts)",
        "लेखा परीक्षकों को कंपनी के बही-खातों में ग़लतियां मिलीं।",
    ),
    _s(
        "The builder sent us a quote for the repairs.",
        "बिल्डर ने हमें मरम्मत के लिए एक उद्धरण भेजा।",
        "उद्धरण",
        "quote (price estimate)",
        "बिल्डर ने हमें मरम्मत के ख़र्च का एक अनुमान भेजा।",
    ),
    _s(
        "The balance in his savings account was only 200 rupees.",
        "उसके बचत खाते में संतुलन केवल 200 रुपये था।",
        "संतुलन",
        "balance (of an account)",
        "उसके बचत खाते में शेष राशि केवल 200 रुपये थी।",
    ),
    _s(
        "The lab tested the patient's stool for parasites.",
        "प्रयोगशाला ने परजीवियों के लिए मरीज़ की तिपाई की जांच की।",
        "तिपाई",
        "stool (faeces)",
        "प्रयोगशाला ने परजीवियों के लिए मरीज़ के मल की जांच की।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "The old woman wore a white bonnet.", "बूढ़ी औरत ने सफ़ेद टोपी पहनी थी।"),
    C(S, "The doctor gave him a spoon of castor oil.", "डॉक्टर ने उसे एक चम्मच अरंडी का तेल दिया।"),
    C(S, "A dry leaf fell from the tree.", "पेड़ से एक सूखा पत्ता गिरा।"),
    C(S, "The cows rested in the shade of the banyan tree.", "गायें बरगद के पेड़ की छाया में आराम कर रही थीं।"),
    C(S, "The governor addressed the state assembly.", "राज्यपाल ने राज्य विधानसभा को संबोधित किया।"),
    C(S, "The baby slept peacefully in the cradle.", "बच्चा पालने में चैन से सो रहा था।"),
    C(S, "He wants to serve his country in the army.", "वह सेना में अपने देश की सेवा करना चाहता है।"),
    C(S, "She ironed the crease out of her shirt.", "उसने इस्त्री करके अपनी कमीज़ की सिलवट निकाल दी।"),
    C(S, "She wrote the number on a slip of paper.", "उसने काग़ज़ की एक पर्ची पर नंबर लिखा।"),
    C(S, "The broom stood in the corner of the room.", "झाड़ू कमरे के कोने में खड़ी थी।"),
    C(S, "The strikers blocked the factory gate.", "हड़तालियों ने फ़ैक्टरी का गेट रोक दिया।"),
    C(S, "An eagle circled above the hills.", "पहाड़ियों के ऊपर एक बाज़ चक्कर लगा रहा था।"),
    C(S, "The fish swallowed the hook.", "मछली ने कांटा निगल लिया।"),
    C(S, "She got her flu jab on Monday.", "उसे सोमवार को फ़्लू का टीका लगा।"),
    C(S, "A butterfly landed on the rose.", "एक तितली गुलाब पर आकर बैठी।"),
    C(S, "The dog wagged its tail.", "कुत्ते ने अपनी पूंछ हिलाई।"),
    C(S, "A beam of sunlight fell on the floor.", "सूरज की एक किरण फ़र्श पर पड़ी।"),
    C(S, "He kept the keys in his pocket.", "उसने चाबियां अपनी जेब में रखीं।"),
    C(S, "The actor waited for his cue to enter.", "अभिनेता मंच पर आने के लिए अपने संकेत का इंतज़ार कर रहा था।"),
    C(S, "A rook was cawing on the roof.", "छत पर एक कौआ कांव-कांव कर रहा था।"),
    C(S, "The knight rode into the castle.", "शूरवीर घोड़े पर सवार होकर किले में आया।"),
    C(S, "The bishop blessed the couple in the church.", "पादरी ने गिरजाघर में जोड़े को आशीर्वाद दिया।"),
    C(S, "She folded the letter and put it in her bag.", "उसने चिट्ठी मोड़कर अपने बैग में रख ली।"),
    C(S, "He carried a sack of rice on his back.", "उसने अपनी पीठ पर चावल का एक बोरा उठाया।"),
    C(S, "She bagged the vegetables at the counter.", "उसने काउंटर पर सब्ज़ियां थैले में भरीं।"),
    C(S, "A bull blocked the road near the temple.", "मंदिर के पास एक सांड ने सड़क रोक दी।"),
    C(S, "The ball bounced off the wall.", "गेंद दीवार से उछल गई।"),
    C(S, "She recalled her childhood in the village.", "उसने गांव में बिताए अपने बचपन को याद किया।"),
    C(S, "The children read books in the library.", "बच्चों ने पुस्तकालय में किताबें पढ़ीं।"),
    C(S, "He began his speech with a quote from Gandhi.", "उन्होंने अपना भाषण गांधी के एक उद्धरण से शुरू किया।"),
    C(S, "She lost her balance on the wet floor.", "गीले फ़र्श पर उसका संतुलन बिगड़ गया।"),
    C(S, "He stood on a stool to reach the shelf.", "शेल्फ़ तक पहुंचने के लिए वह एक तिपाई पर खड़ा हुआ।"),
]

NAMES: list = []
TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
