"""Round-14 senses check (helper "senses", hand-written 2026-11-29 02:45-03:00 UTC BEFORE any round-14
sense work was tuned and never edited to fit; report numbers on it, do not tune on it). Licence:
Apache-2.0. The writer had read the rules, so this is an own set, not a blind one.

Flawed rows: English words with two senses whose confusion is in no dev set (fruit punch, an ear of
wheat, cake batter, to hamper, a skin rash, bread mould, a bank's vault, a calf muscle, war
hawks, potatoes in their jackets, the foot of a hill, the mouth of a river, a river bed, a sow,
posting a profit, fielding questions), rendered with the Hindi of the other sense; each with its
correct twin.

Clean rows: the same words in the sense whose usual Hindi is right (`sense`), and NEW members of
the round-13 false-positive families of HI513 (`sense-fp`): a given name that is the Hindi word of
a verb in the same source (Tara / *star*: जीत / *win*, विजय / *win*, ज्योति / *light*); an English
predicate noun said in Hindi as an adjective with a head noun (*a staple* → मुख्य आहार: *a regular*,
*a native*, *a must*, *essentials*); and inventory words in the sense their Hindi names, in a
context a loose collocate pattern could take for the other one (*with interest*, *a firm reply*,
*addressed the envelope*, *was fair*, *a spell of silence*).

    python tests/data/senses_r14/build.py
    audit check tests/data/senses_r14/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o S14.jsonl
    python tests/data/senses_r14/score.py S14.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"
FP = "sense-fp"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


SENSES = [
    _s(
        "The waiter served fruit punch at the party.",
        "वेटर ने पार्टी में फलों का मुक्का परोसा।",
        "मुक्का",
        "punch (drink)",
        "वेटर ने पार्टी में फलों का पंच परोसा।",
    ),
    _s(
        "Farmers checked every ear of wheat for disease.",
        "किसानों ने गेहूं के हर कान में रोग की जांच की।",
        "कान",
        "ear (of grain)",
        "किसानों ने गेहूं की हर बाली में रोग की जांच की।",
    ),
    _s(
        "Pour the batter into a greased tin.",
        "बल्लेबाज़ को चिकनाई लगे सांचे में डालें।",
        "बल्लेबाज़",
        "batter (mixture)",
        "घोल को चिकनाई लगे सांचे में डालें।",
    ),
    _s(
        "Heavy rain could hamper relief work.",
        "भारी बारिश राहत कार्य को टोकरी कर सकती है।",
        "टोकरी",
        "hamper (hinder)",
        "भारी बारिश राहत कार्य में बाधा डाल सकती है।",
    ),
    _s(
        "The child developed a rash after eating prawns.",
        "झींगे खाने के बाद बच्चे को जल्दबाज़ी हो गई।",
        "जल्दबाज़ी",
        "rash (on the skin)",
        "झींगे खाने के बाद बच्चे को चकत्ते हो गए।",
    ),
    _s(
        "Mould grew on the bread in the damp cupboard.",
        "नम अलमारी में रखी ब्रेड पर सांचा उग आया।",
        "सांचा",
        "mould (fungus)",
        "नम अलमारी में रखी ब्रेड पर फफूंद उग आई।",
    ),
    _s(
        "The jewels were kept in the bank's vault.",
        "गहने बैंक की छलांग में रखे गए थे।",
        "छलांग",
        "vault (strongroom)",
        "गहने बैंक की तिजोरी में रखे गए थे।",
    ),
    _s(
        "The striker strained his calf in training.",
        "अभ्यास में स्ट्राइकर के बछड़े में खिंचाव आ गया।",
        "बछड़े",
        "calf (of the leg)",
        "अभ्यास में स्ट्राइकर की पिंडली में खिंचाव आ गया।",
    ),
    _s(
        "Hawks in the cabinet pushed for war.",
        "मंत्रिमंडल के बाज़ों ने युद्ध के लिए दबाव डाला।",
        "बाज़ों",
        "hawks (hardliners)",
        "मंत्रिमंडल के कट्टरपंथियों ने युद्ध के लिए दबाव डाला।",
    ),
    _s(
        "Bake the potatoes in their jackets.",
        "आलुओं को उनकी जैकेट में सेंकें।",
        "जैकेट",
        "jackets (skins)",
        "आलुओं को छिलके समेत सेंकें।",
    ),
    _s(
        "The village lies at the foot of the hill.",
        "गांव पहाड़ी के पैर पर बसा है।",
        "पैर",
        "foot (of a hill)",
        "गांव पहाड़ी की तलहटी में बसा है।",
    ),
    _s(
        "The ship anchored at the mouth of the river.",
        "जहाज़ ने नदी के मुंह पर लंगर डाला।",
        "मुंह",
        "mouth (of a river)",
        "जहाज़ ने नदी के मुहाने पर लंगर डाला।",
    ),
    _s(
        "The river bed was dry in April.",
        "अप्रैल में नदी का बिस्तर सूखा था।",
        "बिस्तर",
        "bed (of a river)",
        "अप्रैल में नदी का तल सूखा था।",
    ),
    _s(
        "The sow gave birth to nine piglets.",
        "बोने ने सूअर के नौ बच्चों को जन्म दिया।",
        "बोने",
        "sow (female pig)",
        "सूअरी ने सूअर के नौ बच्चों को जन्म दिया।",
    ),
    _s(
        "The firm posted a profit of forty crore rupees.",
        "कंपनी ने चालीस करोड़ रुपये का मुनाफ़ा डाक से भेजा।",
        "डाक से भेजा",
        "posted (reported)",
        "कंपनी ने चालीस करोड़ रुपये का मुनाफ़ा दर्ज किया।",
    ),
    _s(
        "The minister fielded questions from reporters.",
        "मंत्री ने पत्रकारों के सवालों का क्षेत्ररक्षण किया।",
        "क्षेत्ररक्षण किया",
        "fielded (answered)",
        "मंत्री ने पत्रकारों के सवालों के जवाब दिए।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "The boxer threw a punch at his rival.", "मुक्केबाज़ ने अपने प्रतिद्वंद्वी पर मुक्का चलाया।"),
    C(S, "The batter hit a six off the last ball.", "बल्लेबाज़ ने आख़िरी गेंद पर छक्का मारा।"),
    C(S, "The child has a pain in his ear.", "बच्चे के कान में दर्द है।"),
    C(S, "The rash decision cost him the match.", "जल्दबाज़ी में लिए गए फ़ैसले से वह मैच हार गया।"),
    C(S, "Pour the molten metal into the mould.", "पिघली धातु को सांचे में डालें।"),
    C(S, "She cleared the bar with a high vault.", "उसने ऊंची छलांग लगाकर बार पार किया।"),
    C(S, "The cow licked her calf.", "गाय ने अपने बछड़े को चाटा।"),
    C(S, "A hawk circled above the field.", "खेत के ऊपर एक बाज़ मंडरा रहा था।"),
    C(S, "He hurt his foot playing football.", "फ़ुटबॉल खेलते हुए उसके पैर में चोट लग गई।"),
    C(S, "He posted the letter on Monday.", "उसने सोमवार को चिट्ठी डाक से भेजी।"),
    C(S, "India fielded first after losing the toss.", "टॉस हारने के बाद भारत ने पहले क्षेत्ररक्षण किया।"),
    C(S, "She packed the food in a picnic hamper.", "उसने खाना पिकनिक की टोकरी में रखा।"),
    C(FP, "Jeet Gill will win the seat again, analysts say.", "विश्लेषकों का कहना है कि जीत गिल फिर से सीट जीतेंगे।"),
    C(FP, "Vijay Rana will win the race, his coach said.", "कोच ने कहा कि विजय राणा दौड़ जीतेंगे।"),
    C(FP, "Jyoti Surekha will light the torch at the games.", "ज्योति सुरेखा खेलों में मशाल जलाएंगी।"),
    C(FP, "He is a regular at this café.", "वह इस कैफ़े का नियमित ग्राहक है।"),
    C(FP, "She was a native of Kerala.", "वह केरल की मूल निवासी थी।"),
    C(FP, "Umbrellas are a must in Cherrapunji.", "चेरापूंजी में छाते ज़रूरी चीज़ हैं।"),
    C(FP, "Sugar and tea are essentials in every kitchen.", "चीनी और चाय हर रसोई की आवश्यक चीज़ें हैं।"),
    C(FP, "She listened to the story with interest.", "उसने कहानी दिलचस्पी से सुनी।"),
    C(FP, "The principal gave a firm reply.", "प्रधानाचार्य ने दृढ़ जवाब दिया।"),
    C(FP, "She addressed the envelope to her son.", "उसने लिफ़ाफ़े पर अपने बेटे का पता लिखा।"),
    C(FP, "The bride was fair and tall.", "दुल्हन गोरी और लंबी थी।"),
    C(FP, "The magician cast a spell of silence over the hall.", "जादूगर ने हॉल पर ख़ामोशी का जादू कर दिया।"),
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
