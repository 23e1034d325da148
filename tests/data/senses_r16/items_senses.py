"""Round-16 senses check (helper "senses", hand-written 2026-11-29 08:09-08:25 UTC BEFORE any round-16
sense work was looked at or tuned, and never edited to fit; report numbers on it, do not tune on it).
Licence: Apache-2.0. The writer had read earlier rules, so this is an own set, not a blind one.

Flawed rows (32): English words whose sense is selected by the sentence, rendered with the Hindi of
another sense -- words in no dev set's sense spans, of three shapes:
- a part / collective / measure noun selected by its of-phrase (a murder of crows, the eye of a
  needle, a sheet of paper, a blade of grass, a spell of rain, the arm of a chair, the spine of a
  book, a pack of wolves, the face of a cliff, the nose of a plane, a pod of dolphins, a chain of
  hotels, the hand of a clock);
- a modifier that selects the sense (kidney beans, a fire drill, figure skating, a boxing ring, a
  spinning top, a paper mill);
- a verb whose object or subject selects it (dressed the wound, dust the cake, observed a fast,
  pressed the shirts, screened the film, lodged a complaint, minded the shop, cracked the case,
  froze the account, drew the curtains, killed the engine, set the table, the shop carries spices).
Each has its correct twin (the `fix`, a clean row of the selected sense).

Clean look-alikes (32): the same words in the sense their usual Hindi names (`sense`).

    python tests/data/senses_r16/build.py
    audit check tests/data/senses_r16/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o S16.jsonl
    python tests/data/senses_r16/score.py S16.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


SENSES = [
    # ---- of-phrase selects a part / collective / measure sense
    _s(
        "A murder of crows sat on the telephone wire.",
        "टेलीफ़ोन के तार पर कौओं की एक हत्या बैठी थी।",
        "हत्या",
        "murder (of crows: a flock)",
        "टेलीफ़ोन के तार पर कौओं का एक झुंड बैठा था।",
    ),
    _s(
        "The thread would not pass through the eye of the needle.",
        "धागा सुई की आंख से नहीं निकल रहा था।",
        "आंख",
        "eye (of a needle)",
        "धागा सुई के छेद से नहीं निकल रहा था।",
    ),
    _s(
        "She wrote the address on a sheet of paper.",
        "उसने कागज़ की एक चादर पर पता लिखा।",
        "चादर",
        "sheet (of paper)",
        "उसने कागज़ के एक पन्ने पर पता लिखा।",
    ),
    _s(
        "A blade of grass stuck to his wet shoe.",
        "उसके गीले जूते पर घास का एक ब्लेड चिपक गया।",
        "ब्लेड",
        "blade (of grass)",
        "उसके गीले जूते पर घास का एक तिनका चिपक गया।",
    ),
    _s(
        "A spell of heavy rain flooded the lanes.",
        "भारी बारिश के एक जादू ने गलियों में पानी भर दिया।",
        "जादू",
        "spell (of rain: a period)",
        "भारी बारिश के एक दौर ने गलियों में पानी भर दिया।",
    ),
    _s(
        "He rested his cup on the arm of the chair.",
        "उसने अपना कप कुर्सी की बांह पर रख दिया।",
        "बांह",
        "arm (of a chair)",
        "उसने अपना कप कुर्सी के हत्थे पर रख दिया।",
    ),
    _s(
        "The spine of the old book had cracked.",
        "पुरानी किताब की रीढ़ चटक गई थी।",
        "रीढ़",
        "spine (of a book)",
        "पुरानी किताब की जिल्द का पुट्ठा चटक गया था।",
    ),
    _s(
        "A pack of wolves circled the camp.",
        "भेड़ियों के एक पैकेट ने शिविर को घेर लिया।",
        "पैकेट",
        "pack (of wolves)",
        "भेड़ियों के एक झुंड ने शिविर को घेर लिया।",
    ),
    _s(
        "The climbers scaled the face of the cliff.",
        "पर्वतारोही चट्टान के चेहरे पर चढ़ गए।",
        "चेहरे",
        "face (of a cliff)",
        "पर्वतारोही चट्टान की खड़ी सतह पर चढ़ गए।",
    ),
    _s(
        "The nose of the plane dipped suddenly.",
        "विमान की नाक अचानक नीचे झुक गई।",
        "नाक",
        "nose (of a plane)",
        "विमान का अगला हिस्सा अचानक नीचे झुक गया।",
    ),
    _s(
        "A pod of dolphins followed the boat.",
        "डॉल्फ़िनों की एक फली नाव के पीछे चली।",
        "फली",
        "pod (of dolphins)",
        "डॉल्फ़िनों का एक झुंड नाव के पीछे चला।",
    ),
    _s(
        "He owns a chain of hotels in the hills.",
        "पहाड़ों में उसके पास होटलों की एक ज़ंजीर है।",
        "ज़ंजीर",
        "chain (of hotels)",
        "पहाड़ों में उसके पास होटलों की एक श्रृंखला है।",
    ),
    _s(
        "The hour hand of the clock had stopped.",
        "घड़ी का घंटे वाला हाथ रुक गया था।",
        "हाथ",
        "hand (of a clock)",
        "घड़ी की घंटे वाली सुई रुक गई थी।",
    ),
    # ---- a modifier selects the sense
    _s(
        "Soak the kidney beans overnight.",
        "गुर्दा फलियों को रात भर भिगो दें।",
        "गुर्दा",
        "kidney beans",
        "राजमा को रात भर भिगो दें।",
    ),
    _s(
        "The school held a fire drill on Monday.",
        "स्कूल ने सोमवार को एक आग बरमा आयोजित किया।",
        "बरमा",
        "drill (fire drill: a practice)",
        "स्कूल में सोमवार को आग से बचाव का अभ्यास हुआ।",
    ),
    _s(
        "She won a medal in figure skating.",
        "उसने आकृति स्केटिंग में पदक जीता।",
        "आकृति",
        "figure skating",
        "उसने फ़िगर स्केटिंग में पदक जीता।",
    ),
    _s(
        "The two boxers stepped into the ring.",
        "दोनों मुक्केबाज़ अंगूठी में उतरे।",
        "अंगूठी",
        "ring (boxing ring)",
        "दोनों मुक्केबाज़ रिंग में उतरे।",
    ),
    _s(
        "He bought his son a spinning top.",
        "उसने अपने बेटे के लिए एक घूमता हुआ शीर्ष खरीदा।",
        "शीर्ष",
        "top (spinning toy)",
        "उसने अपने बेटे के लिए एक लट्टू खरीदा।",
    ),
    _s(
        "Her father works in a paper mill.",
        "उसके पिता एक कागज़ चक्की में काम करते हैं।",
        "चक्की",
        "mill (paper mill: a factory)",
        "उसके पिता एक कागज़ मिल में काम करते हैं।",
    ),
    # ---- the verb's object or subject selects the sense
    _s(
        "The nurse dressed the wound carefully.",
        "नर्स ने घाव को सावधानी से कपड़े पहनाए।",
        "पहनाए",
        "dressed (a wound: bandaged)",
        "नर्स ने घाव पर सावधानी से पट्टी बांधी।",
    ),
    _s(
        "Dust the cake with icing sugar.",
        "केक की आइसिंग शुगर से धूल झाड़ें।",
        "धूल झाड़ें",
        "dust (sprinkle)",
        "केक पर आइसिंग शुगर छिड़कें।",
    ),
    _s(
        "The family observed a fast on Tuesday.",
        "परिवार ने मंगलवार को एक उपवास देखा।",
        "देखा",
        "observed (a fast: kept)",
        "परिवार ने मंगलवार को उपवास रखा।",
    ),
    _s(
        "The dhobi pressed all my shirts.",
        "धोबी ने मेरी सारी कमीज़ें दबाईं।",
        "दबाईं",
        "pressed (ironed)",
        "धोबी ने मेरी सारी कमीज़ों पर इस्त्री की।",
    ),
    _s(
        "The cinema screened the film twice.",
        "सिनेमाघर ने फ़िल्म को दो बार छाना।",
        "छाना",
        "screened (a film: showed)",
        "सिनेमाघर में फ़िल्म दो बार दिखाई गई।",
    ),
    _s(
        "The workers lodged a complaint with the police.",
        "मज़दूरों ने पुलिस के पास एक शिकायत ठहराई।",
        "ठहराई",
        "lodged (a complaint: filed)",
        "मज़दूरों ने पुलिस में शिकायत दर्ज कराई।",
    ),
    _s(
        "She minded the shop while he was away.",
        "उसके बाहर रहने पर उसने दुकान का बुरा माना।",
        "बुरा माना",
        "minded (looked after)",
        "उसके बाहर रहने पर उसने दुकान संभाली।",
    ),
    _s(
        "The inspector cracked the case within a week.",
        "इंस्पेक्टर ने एक हफ़्ते में मामला तोड़ दिया।",
        "तोड़ दिया",
        "cracked (a case: solved)",
        "इंस्पेक्टर ने एक हफ़्ते में मामला सुलझा दिया।",
    ),
    _s(
        "The bank froze his account last month.",
        "बैंक ने पिछले महीने उसका खाता जमा दिया।",
        "जमा दिया",
        "froze (an account: blocked)",
        "बैंक ने पिछले महीने उसका खाता फ़्रीज़ कर दिया।",
    ),
    _s(
        "She drew the curtains before the guests arrived.",
        "मेहमानों के आने से पहले उसने पर्दों का चित्र बनाया।",
        "चित्र बनाया",
        "drew (curtains: pulled)",
        "मेहमानों के आने से पहले उसने पर्दे खींच दिए।",
    ),
    _s(
        "He killed the engine and got out of the car.",
        "उसने इंजन को मार डाला और कार से उतर गया।",
        "मार डाला",
        "killed (an engine: switched off)",
        "उसने इंजन बंद किया और कार से उतर गया।",
    ),
    _s(
        "She set the table for dinner.",
        "उसने रात के खाने के लिए मेज़ निर्धारित की।",
        "निर्धारित की",
        "set (a table: laid)",
        "उसने रात के खाने के लिए मेज़ लगाई।",
    ),
    _s(
        "The corner shop carries imported spices.",
        "नुक्कड़ की दुकान आयातित मसाले ढोती है।",
        "ढोती",
        "carries (stocks)",
        "नुक्कड़ की दुकान में आयातित मसाले मिलते हैं।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "The murder shocked the whole village.", "इस हत्या ने पूरे गांव को हिला दिया।"),
    C(S, "Dust got into his eye.", "उसकी आंख में धूल चली गई।"),
    C(S, "She spread a clean sheet on the bed.", "उसने बिस्तर पर साफ़ चादर बिछाई।"),
    C(S, "He changed the blade of his razor.", "उसने अपने रेज़र का ब्लेड बदला।"),
    C(S, "The witch cast a spell on the prince.", "चुड़ैल ने राजकुमार पर जादू कर दिया।"),
    C(S, "She broke her arm in the fall.", "गिरने से उसकी बांह टूट गई।"),
    C(S, "The doctor examined his spine.", "डॉक्टर ने उसकी रीढ़ की जांच की।"),
    C(S, "He bought a pack of biscuits.", "उसने बिस्कुट का एक पैकेट खरीदा।"),
    C(S, "She washed her face with cold water.", "उसने ठंडे पानी से अपना चेहरा धोया।"),
    C(S, "The child had a runny nose.", "बच्चे की नाक बह रही थी।"),
    C(S, "Open the pod and take out the peas.", "फली खोलकर मटर निकाल लें।"),
    C(S, "The dog was tied with a chain.", "कुत्ता ज़ंजीर से बंधा था।"),
    C(S, "He raised his hand to ask a question.", "उसने सवाल पूछने के लिए अपना हाथ उठाया।"),
    C(S, "He donated a kidney to his brother.", "उसने अपने भाई को एक गुर्दा दान किया।"),
    C(S, "The carpenter used a drill to make a hole.", "बढ़ई ने छेद करने के लिए बरमे का इस्तेमाल किया।"),
    C(S, "Draw a figure with four sides.", "चार भुजाओं वाली एक आकृति बनाइए।"),
    C(S, "He gave her a gold ring.", "उसने उसे सोने की अंगूठी दी।"),
    C(S, "Her name is at the top of the list.", "उसका नाम सूची के शीर्ष पर है।"),
    C(S, "She ground wheat at the village mill.", "उसने गांव की चक्की पर गेहूं पिसवाया।"),
    C(S, "She dressed the child for school.", "उसने बच्चे को स्कूल के लिए कपड़े पहनाए।"),
    C(S, "She dusted the shelves every Sunday.", "वह हर रविवार अलमारियों की धूल झाड़ती थी।"),
    C(S, "The scientist observed the stars all night.", "वैज्ञानिक ने रात भर तारों को देखा।"),
    C(S, "She pressed the doorbell twice.", "उसने दो बार दरवाज़े की घंटी दबाई।"),
    C(S, "The guards screened every bag at the gate.", "गार्डों ने गेट पर हर बैग की जांच की।"),
    C(S, "The travellers lodged at a small inn.", "यात्री एक छोटी सराय में ठहरे।"),
    C(S, "She minded his rude remark.", "उसने उसकी रूखी टिप्पणी का बुरा माना।"),
    C(S, "He cracked a walnut with his teeth.", "उसने दांतों से अखरोट तोड़ दिया।"),
    C(S, "The cold night froze the pond.", "ठंडी रात ने तालाब को जमा दिया।"),
    C(S, "She drew a horse on the wall.", "उसने दीवार पर घोड़े का चित्र बनाया।"),
    C(S, "The hunter killed a deer.", "शिकारी ने एक हिरण को मार डाला।"),
    C(S, "The committee set a deadline for the report.", "समिति ने रिपोर्ट के लिए एक समय-सीमा निर्धारित की।"),
    C(S, "The porter carries heavy bags.", "कुली भारी थैले ढोता है।"),
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
