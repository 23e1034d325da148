"""Round-13 idiom check (idioms helper): literal idioms (Hindi-only) and literal-scene look-alikes (hand-written).

Written by the r13-idioms helper BEFORE any round-13 code change of its own and not edited afterwards
to fit. Small by design (a late start, ~15 minutes of writing). Flawed rows (`f-`): English idioms
rendered word for word in a figurative sentence (a minister, a company, a committee, an exam), each
with its correct translation (`c-` rows). Look-alikes (`l-` rows), clean: the same idioms' words in a
literal scene whose physical setting the literal reading needs (a pond, a ghat, a kitchen counter, a
fish market, a carpenter's plank) -- new members of the round-12 false-positive families of
HI205/HI209/HI201 (spill the beans, throw the towel, move the goalposts, red herring, cut corners) --
and real Hindi idioms (muhavare) for an English idiom. No word of these rows was taken from a dev set.
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    F(
        I,
        "The spokesman spilled the beans about the merger.",
        "प्रवक्ता ने विलय के बारे में फलियां गिरा दीं।",
        [("फलियां गिरा दीं", "spilled the beans")],
        "प्रवक्ता ने विलय का राज़ खोल दिया।",
    ),
    F(
        I,
        "The opposition threw in the towel after the results.",
        "नतीजों के बाद विपक्ष ने तौलिया फेंक दिया।",
        [("तौलिया फेंक दिया", "threw in the towel")],
        "नतीजों के बाद विपक्ष ने हार मान ली।",
    ),
    F(
        I,
        "The selection committee kept moving the goalposts.",
        "चयन समिति बार-बार गोलपोस्ट खिसकाती रही।",
        [("गोलपोस्ट खिसकाती", "moving the goalposts")],
        "चयन समिति बार-बार शर्तें बदलती रही।",
    ),
    F(
        I,
        "The builder cut corners on fire safety.",
        "बिल्डर ने अग्नि सुरक्षा में कोने काटे।",
        [("कोने काटे", "cut corners")],
        "बिल्डर ने अग्नि सुरक्षा में लापरवाही बरती।",
    ),
    F(
        I,
        "The lawyer's argument was a red herring.",
        "वकील का तर्क एक लाल हेरिंग था।",
        [("लाल हेरिंग", "red herring")],
        "वकील का तर्क ध्यान भटकाने की चाल था।",
    ),
    F(
        I,
        "The ministry dropped the ball on flood relief.",
        "मंत्रालय ने बाढ़ राहत पर गेंद गिरा दी।",
        [("गेंद गिरा दी", "dropped the ball")],
        "मंत्रालय बाढ़ राहत में चूक गया।",
    ),
    F(
        I,
        "The striker let the cat out of the bag about his transfer.",
        "स्ट्राइकर ने अपने तबादले के बारे में बिल्ली को थैले से बाहर निकाल दिया।",
        [("बिल्ली को थैले से बाहर निकाल दिया", "let the cat out of the bag")],
        "स्ट्राइकर ने अपने तबादले का भेद खोल दिया।",
    ),
    F(
        I,
        "The old trade unionist kicked the bucket last winter.",
        "बूढ़े मज़दूर नेता ने पिछली सर्दी में बाल्टी को लात मार दी।",
        [("बाल्टी को लात मार दी", "kicked the bucket")],
        "बूढ़े मज़दूर नेता पिछली सर्दी में चल बसे।",
    ),
    F(
        I,
        "The students burned the midnight oil before the board exams.",
        "छात्रों ने बोर्ड परीक्षा से पहले आधी रात का तेल जलाया।",
        [("आधी रात का तेल जलाया", "burned the midnight oil")],
        "छात्रों ने बोर्ड परीक्षा से पहले देर रात तक पढ़ाई की।",
    ),
    F(
        I,
        "Stop beating around the bush and answer the question.",
        "झाड़ी के चारों ओर पीटना बंद करो और सवाल का जवाब दो।",
        [("झाड़ी के चारों ओर पीटना", "beating around the bush")],
        "बात घुमाना बंद करो और सवाल का जवाब दो।",
    ),
    F(
        I,
        "The finance minister is skating on thin ice with this tax.",
        "वित्त मंत्री इस कर के साथ पतली बर्फ पर स्केटिंग कर रहे हैं।",
        [("पतली बर्फ पर स्केटिंग", "skating on thin ice")],
        "वित्त मंत्री इस कर के साथ बड़ा जोखिम उठा रहे हैं।",
    ),
    F(
        I,
        "The entrance exam was a piece of cake for her.",
        "प्रवेश परीक्षा उसके लिए केक का एक टुकड़ा थी।",
        [("केक का एक टुकड़ा", "a piece of cake")],
        "प्रवेश परीक्षा उसके लिए बाएं हाथ का खेल थी।",
    ),
    F(
        I,
        "The accused officer must now face the music.",
        "आरोपी अधिकारी को अब संगीत का सामना करना होगा।",
        [("संगीत का सामना", "face the music")],
        "आरोपी अधिकारी को अब नतीजे भुगतने होंगे।",
    ),
    F(
        I,
        "Many legislators are sitting on the fence over the bill.",
        "कई विधायक विधेयक को लेकर बाड़ पर बैठे हैं।",
        [("बाड़ पर बैठे", "sitting on the fence")],
        "कई विधायक विधेयक को लेकर दुविधा में हैं।",
    ),
    F(
        I,
        "The chief executive is in hot water over the data leak.",
        "डेटा लीक को लेकर मुख्य कार्यकारी गर्म पानी में हैं।",
        [("गर्म पानी में", "in hot water")],
        "डेटा लीक को लेकर मुख्य कार्यकारी मुश्किल में हैं।",
    ),
    F(
        I,
        "The young actress stole the show at the premiere.",
        "युवा अभिनेत्री ने प्रीमियर पर शो चुरा लिया।",
        [("शो चुरा लिया", "stole the show")],
        "युवा अभिनेत्री प्रीमियर पर छा गई।",
    ),
    F(
        I,
        "The coach bit the bullet and benched his captain.",
        "कोच ने गोली चबाई और अपने कप्तान को बाहर बैठा दिया।",
        [("गोली चबाई", "bit the bullet")],
        "कोच ने कड़ा फ़ैसला लिया और अपने कप्तान को बाहर बैठा दिया।",
    ),
    F(
        I,
        "The retailer missed the boat on online sales.",
        "खुदरा विक्रेता ऑनलाइन बिक्री में नाव चूक गया।",
        [("नाव चूक गया", "missed the boat")],
        "खुदरा विक्रेता ऑनलाइन बिक्री में मौका गंवा बैठा।",
    ),
]

IDIOM_LOOKALIKES = [
    # the idiom's words in a literal scene
    C(
        L,
        "The cook spilled the kidney beans from the jar onto the counter.",
        "रसोइये ने मर्तबान से राजमा की फलियां स्लैब पर गिरा दीं।",
    ),
    C(
        L,
        "The swimmer threw his towel on the bench beside the pool.",
        "तैराक ने स्विमिंग पूल के किनारे बेंच पर अपना तौलिया फेंक दिया।",
    ),
    C(
        L,
        "Before the match the groundsmen moved the goalposts to the other end of the field.",
        "मैच से पहले मैदानकर्मियों ने गोलपोस्ट मैदान के दूसरे छोर पर खिसका दिए।",
    ),
    C(L, "The carpenter cut the corners of the wooden plank.", "बढ़ई ने लकड़ी के तख़्ते के कोने काटे।"),
    C(L, "The fishwife sold smoked red herring at the harbour.", "मछुआरिन ने बंदरगाह पर धुएं में पकी लाल हेरिंग बेची।"),
    C(L, "The goalkeeper dropped the ball in the heavy rain.", "तेज़ बारिश में गोलकीपर ने गेंद गिरा दी।"),
    C(
        L,
        "The vet took the cat out of the bag and gave it an injection.",
        "पशु चिकित्सक ने बिल्ली को थैले से बाहर निकाला और उसे इंजेक्शन लगाया।",
    ),
    C(
        L,
        "The milkman kicked the bucket over and the milk spilled.",
        "ग्वाले ने बाल्टी को लात मार दी और दूध बिखर गया।",
    ),
    C(
        L,
        "The villagers burned oil in clay lamps at midnight.",
        "गांव वालों ने आधी रात को मिट्टी के दीयों में तेल जलाया।",
    ),
    C(
        L,
        "The hunters beat the bushes to drive out the partridges.",
        "शिकारियों ने तीतरों को उड़ाने के लिए झाड़ियों को पीटा।",
    ),
    C(
        L,
        "The children were skating on the thin ice of the frozen pond.",
        "बच्चे जमे हुए तालाब की पतली बर्फ पर स्केटिंग कर रहे थे।",
    ),
    C(L, "The mother cut a piece of cake for her son.", "मां ने अपने बेटे के लिए केक का एक टुकड़ा काटा।"),
    C(L, "The shepherd sat on the fence of the wheat field.", "चरवाहा गेहूं के खेत की बाड़ पर बैठा था।"),
    C(L, "The nurse warmed the baby's bottle in hot water.", "नर्स ने बच्चे की बोतल गर्म पानी में गर्म की।"),
    C(L, "The pilgrims missed the boat at the ghat in the morning.", "सुबह तीर्थयात्री घाट पर नाव चूक गए।"),
    C(
        L,
        "The soldier chewed the lead bullet to test it.",
        "सिपाही ने सीसे की गोली को परखने के लिए चबाया।",
    ),
    # real Hindi idioms (muhavare) for an English idiom
    C(L, "His speech added fuel to the fire.", "उसके भाषण ने आग में घी डाल दिया।"),
    C(L, "His friends pulled his leg at the wedding.", "शादी में दोस्तों ने उसकी टांग खींची।"),
    C(L, "The minister washed his hands of the scandal.", "मंत्री ने घोटाले से पल्ला झाड़ लिया।"),
    C(L, "The new rule is a double-edged sword.", "नया नियम दोधारी तलवार है।"),
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
