"""Round-15 senses check (helper "senses", hand-written 2026-11-29 05:08-05:25 UTC BEFORE any round-15
sense work was looked at or tuned, and never edited to fit; report numbers on it, do not tune on it).
Licence: Apache-2.0. The writer had read earlier rules, so this is an own set, not a blind one.

Flawed rows: English words whose rarer sense is selected by the sentence, rendered with the Hindi of
the word's common sense -- words in no dev set's sense spans (sage the herb, a peach pit, a nut and
bolt, a car horn, pine needles, a metal file, the ace of spades, a ship's log, a coat of paint, the
road's shoulder, a tooth's crown, the bridge of the nose, a fork in the road, peach cobbler, winding
a clock, a bluff over the sea, lime wash, a marble bust, a coat of mail, an oil drum, a gun barrel,
a rifle magazine, rounds of ammunition, a litter of puppies, a pride of lions, a school of fish, a
husky, a ray, a spelling bee, a tick on a dog, a page at court, pawning jewellery, six-love, a
batsman's century). Each has its correct twin (the `fix`, a clean row of the rare sense).

Clean look-alikes: the same words in the common sense their usual Hindi names (`sense`).

    python tests/data/senses_r15/build.py
    audit check tests/data/senses_r15/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o S15.jsonl
    python tests/data/senses_r15/score.py S15.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


SENSES = [
    _s(
        "Add a pinch of dried sage to the stuffing.",
        "भरावन में सूखे ऋषि की एक चुटकी डालें।",
        "ऋषि",
        "sage (herb)",
        "भरावन में सूखी सेज की एक चुटकी डालें।",
    ),
    _s(
        "Remove the pit before you slice the peach.",
        "आड़ू काटने से पहले गड्ढा निकाल दें।",
        "गड्ढा",
        "pit (stone of a fruit)",
        "आड़ू काटने से पहले गुठली निकाल दें।",
    ),
    _s(
        "The mechanic tightened the nut with a spanner.",
        "मिस्त्री ने स्पैनर से मेवा कस दिया।",
        "मेवा",
        "nut (for a bolt)",
        "मिस्त्री ने स्पैनर से नट कस दिया।",
    ),
    _s(
        "The driver kept honking the horn in the traffic jam.",
        "ड्राइवर ट्रैफ़िक जाम में बार-बार सींग बजाता रहा।",
        "सींग",
        "horn (of a car)",
        "ड्राइवर ट्रैफ़िक जाम में बार-बार हॉर्न बजाता रहा।",
    ),
    _s(
        "Pine needles covered the forest floor.",
        "चीड़ की सुइयों ने जंगल की ज़मीन को ढक दिया था।",
        "सुइयों",
        "needles (of a pine)",
        "चीड़ की नुकीली पत्तियों ने जंगल की ज़मीन को ढक दिया था।",
    ),
    _s(
        "The blacksmith smoothed the rough edge with a file.",
        "लोहार ने खुरदुरे किनारे को फ़ाइल से चिकना किया।",
        "फ़ाइल",
        "file (tool)",
        "लोहार ने खुरदुरे किनारे को रेती से चिकना किया।",
    ),
    _s(
        "She won the hand with the ace of spades.",
        "उसने फावड़े के इक्के से बाज़ी जीत ली।",
        "फावड़े",
        "spades (card suit)",
        "उसने हुकुम के इक्के से बाज़ी जीत ली।",
    ),
    _s(
        "The captain recorded the storm in the ship's log.",
        "कप्तान ने तूफ़ान को जहाज़ के लट्ठे में दर्ज किया।",
        "लट्ठे",
        "log (record book)",
        "कप्तान ने तूफ़ान को जहाज़ की लॉग बुक में दर्ज किया।",
    ),
    _s(
        "The door needs another coat of paint.",
        "दरवाज़े को पेंट के एक और कोट की ज़रूरत है।",
        "कोट",
        "coat (layer)",
        "दरवाज़े पर पेंट की एक और परत चढ़ानी होगी।",
    ),
    _s(
        "The truck broke down on the shoulder of the highway.",
        "ट्रक राजमार्ग के कंधे पर ख़राब हो गया।",
        "कंधे",
        "shoulder (of a road)",
        "ट्रक राजमार्ग के किनारे पर ख़राब हो गया।",
    ),
    _s(
        "The dentist fixed a crown on his broken tooth.",
        "दंत चिकित्सक ने उसके टूटे दांत पर ताज लगा दिया।",
        "ताज",
        "crown (of a tooth)",
        "दंत चिकित्सक ने उसके टूटे दांत पर कैप लगा दी।",
    ),
    _s(
        "His glasses left a mark on the bridge of his nose.",
        "उसके चश्मे ने उसकी नाक के पुल पर निशान छोड़ दिया।",
        "पुल",
        "bridge (of the nose)",
        "उसके चश्मे ने उसकी नाक की हड्डी पर निशान छोड़ दिया।",
    ),
    _s(
        "Turn left at the fork in the road.",
        "सड़क के कांटे पर बाएं मुड़ें।",
        "कांटे",
        "fork (in a road)",
        "दोराहे पर बाएं मुड़ें।",
    ),
    _s(
        "Grandma baked a peach cobbler for dessert.",
        "दादी ने मिठाई के लिए आड़ू का मोची बनाया।",
        "मोची",
        "cobbler (baked dessert)",
        "दादी ने मिठाई के लिए आड़ू का कॉबलर बनाया।",
    ),
    _s(
        "Remember to wind the grandfather clock every Sunday.",
        "हर रविवार बड़ी घड़ी को हवा देना याद रखें।",
        "हवा",
        "wind (a clock)",
        "हर रविवार बड़ी घड़ी में चाबी भरना याद रखें।",
    ),
    _s(
        "The lighthouse stands on a bluff above the sea.",
        "प्रकाशस्तंभ समुद्र के ऊपर एक झांसे पर खड़ा है।",
        "झांसे",
        "bluff (cliff)",
        "प्रकाशस्तंभ समुद्र के ऊपर एक खड़ी चट्टान पर खड़ा है।",
    ),
    _s(
        "The villagers coated the walls with lime before Diwali.",
        "गांव वालों ने दिवाली से पहले दीवारों पर नींबू पोता।",
        "नींबू",
        "lime (whitewash)",
        "गांव वालों ने दिवाली से पहले दीवारों पर चूना पोता।",
    ),
    _s(
        "A marble bust of the poet stands in the library.",
        "पुस्तकालय में कवि का संगमरमर का भंडाफोड़ रखा है।",
        "भंडाफोड़",
        "bust (sculpture)",
        "पुस्तकालय में कवि की संगमरमर की आवक्ष प्रतिमा रखी है।",
    ),
    _s(
        "The knight wore a coat of mail under his tunic.",
        "शूरवीर ने अपने अंगरखे के नीचे डाक का कोट पहना था।",
        "डाक",
        "mail (armour)",
        "शूरवीर ने अपने अंगरखे के नीचे ज़िरहबख़्तर पहना था।",
    ),
    _s(
        "Workers rolled the oil drums onto the ship.",
        "मज़दूरों ने तेल के ढोल लुढ़काकर जहाज़ पर चढ़ाए।",
        "ढोल",
        "drum (barrel)",
        "मज़दूरों ने तेल के ड्रम लुढ़काकर जहाज़ पर चढ़ाए।",
    ),
    _s(
        "Smoke rose from the barrel of the gun.",
        "बंदूक के पीपे से धुआं उठा।",
        "पीपे",
        "barrel (of a gun)",
        "बंदूक की नली से धुआं उठा।",
    ),
    _s(
        "The soldier loaded a fresh magazine into his rifle.",
        "सैनिक ने अपनी राइफ़ल में नई पत्रिका डाली।",
        "पत्रिका",
        "magazine (of a rifle)",
        "सैनिक ने अपनी राइफ़ल में नई मैगज़ीन डाली।",
    ),
    _s(
        "The guard fired three rounds into the air.",
        "गार्ड ने हवा में तीन दौर चलाए।",
        "दौर",
        "rounds (of ammunition)",
        "गार्ड ने हवा में तीन गोलियां चलाईं।",
    ),
    _s(
        "Our dog had a litter of six puppies.",
        "हमारी कुतिया के छह पिल्लों का कूड़ा हुआ।",
        "कूड़ा",
        "litter (of young animals)",
        "हमारी कुतिया ने छह पिल्लों को जन्म दिया।",
    ),
    _s(
        "A pride of lions rested under the acacia tree.",
        "बबूल के पेड़ के नीचे शेरों का गर्व आराम कर रहा था।",
        "गर्व",
        "pride (group of lions)",
        "बबूल के पेड़ के नीचे शेरों का झुंड आराम कर रहा था।",
    ),
    _s(
        "A school of fish swam past the divers.",
        "मछलियों का एक विद्यालय गोताखोरों के पास से तैरकर निकला।",
        "विद्यालय",
        "school (of fish)",
        "मछलियों का एक झुंड गोताखोरों के पास से तैरकर निकला।",
    ),
    _s(
        "The husky pulled the sled across the snow.",
        "कर्कश ने बर्फ़ पर स्लेज खींची।",
        "कर्कश",
        "husky (sled dog)",
        "हस्की कुत्ते ने बर्फ़ पर स्लेज खींची।",
    ),
    _s(
        "A ray glided along the sandy sea floor.",
        "एक किरण रेतीले समुद्र तल पर सरकती रही।",
        "किरण",
        "ray (fish)",
        "एक रे मछली रेतीले समुद्र तल पर सरकती रही।",
    ),
    _s(
        "Meera won the school spelling bee.",
        "मीरा ने स्कूल की वर्तनी मधुमक्खी जीती।",
        "मधुमक्खी",
        "bee (contest)",
        "मीरा ने स्कूल की वर्तनी प्रतियोगिता जीती।",
    ),
    _s(
        "The vet pulled a tick from the dog's ear.",
        "पशु चिकित्सक ने कुत्ते के कान से सही का निशान निकाला।",
        "सही का निशान",
        "tick (parasite)",
        "पशु चिकित्सक ने कुत्ते के कान से किलनी निकाली।",
    ),
    _s(
        "The young page carried the queen's train.",
        "युवा पन्ने ने रानी की ट्रेन उठाई।",
        "पन्ने",
        "page (court attendant)",
        "युवा सेवक ने रानी के लंबे लबादे का पिछला सिरा उठाया।",
    ),
    _s(
        "She pawned her gold bangles to pay the fees.",
        "उसने फ़ीस भरने के लिए अपनी सोने की चूड़ियों को प्यादा बनाया।",
        "प्यादा",
        "pawned (pledged for a loan)",
        "उसने फ़ीस भरने के लिए अपनी सोने की चूड़ियां गिरवी रखीं।",
    ),
    _s(
        "She took the first set six-love.",
        "उसने पहला सेट छह-प्यार से जीता।",
        "प्यार",
        "love (zero in tennis)",
        "उसने पहला सेट छह-शून्य से जीता।",
    ),
    _s(
        "Kohli scored a century in the second innings.",
        "कोहली ने दूसरी पारी में एक शताब्दी बनाई।",
        "शताब्दी",
        "century (hundred runs)",
        "कोहली ने दूसरी पारी में शतक बनाया।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "The old sage lived alone in a cave.", "बूढ़े ऋषि एक गुफा में अकेले रहते थे।"),
    C(S, "The workers dug a deep pit for the tank.", "मज़दूरों ने टंकी के लिए एक गहरा गड्ढा खोदा।"),
    C(S, "Almonds are her favourite nut.", "बादाम उसका पसंदीदा मेवा है।"),
    C(S, "The bull lowered its horns and charged.", "बैल ने सींग झुकाए और हमला कर दिया।"),
    C(S, "The tailor keeps his needles in a tin.", "दर्ज़ी अपनी सुइयां एक डिब्बे में रखता है।"),
    C(S, "The clerk put the letter in the file.", "क्लर्क ने चिट्ठी फ़ाइल में रख दी।"),
    C(S, "The gardener leaned on his spade.", "माली अपने फावड़े पर टिक गया।"),
    C(S, "He split the log with an axe.", "उसने कुल्हाड़ी से लट्ठा चीर दिया।"),
    C(S, "He hung his coat behind the door.", "उसने अपना कोट दरवाज़े के पीछे टांग दिया।"),
    C(S, "She rested her head on his shoulder.", "उसने अपना सिर उसके कंधे पर टिका दिया।"),
    C(S, "The king wore a golden crown.", "राजा ने सोने का ताज पहना था।"),
    C(S, "The new bridge spans the river.", "नया पुल नदी के आर-पार बना है।"),
    C(S, "The cobbler mended my sandals.", "मोची ने मेरी चप्पलें सिल दीं।"),
    C(S, "The wind blew the roof off.", "हवा ने छत उड़ा दी।"),
    C(S, "Squeeze a lime over the salad.", "सलाद पर एक नींबू निचोड़ें।"),
    C(S, "The police bust exposed a smuggling ring.", "पुलिस के भंडाफोड़ से तस्करी का एक गिरोह सामने आया।"),
    C(S, "The mail arrives before noon.", "डाक दोपहर से पहले आती है।"),
    C(S, "He beat the drum at the wedding.", "उसने शादी में ढोल बजाया।"),
    C(S, "She reads a science magazine every month.", "वह हर महीने एक विज्ञान पत्रिका पढ़ती है।"),
    C(S, "India won the first round of talks.", "भारत ने वार्ता का पहला दौर जीत लिया।"),
    C(S, "Do not throw litter in the park.", "पार्क में कूड़ा न फेंकें।"),
    C(S, "She spoke of her son with pride.", "उसने गर्व से अपने बेटे की बात की।"),
    C(S, "His husky voice filled the hall.", "उसकी कर्कश आवाज़ हॉल में गूंज उठी।"),
    C(S, "A ray of sunlight entered the room.", "सूरज की एक किरण कमरे में आई।"),
    C(S, "A bee stung the child.", "एक मधुमक्खी ने बच्चे को डंक मार दिया।"),
    C(S, "Turn to the last page of the book.", "किताब का आख़िरी पन्ना खोलें।"),
    C(S, "The temple is a century old.", "मंदिर एक शताब्दी पुराना है।"),
    C(S, "Her love for music never faded.", "संगीत के प्रति उसका प्यार कभी कम नहीं हुआ।"),
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
