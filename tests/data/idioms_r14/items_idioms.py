"""Round-14 idiom check (idioms helper): spatial phrasal verbs, idioms no inventory holds, literal scenes (hand-written).

Written by the r14-idioms helper BEFORE any round-14 code change of its own and not edited afterwards
to fit. Flawed rows (`f-`): English phrasal verbs whose particle became a Hindi direction word next to
the verb's literal Hindi (die out -> बाहर मर, talk down to -> नीचे बात), and set idioms rendered word for
word; each with a correct translation (`c-` rows). Look-alikes (`l-` rows), clean: a direction word
with a verb in a real physical motion (a trunk put down on a platform, a mason looking up at a
ceiling), Hindi's own directional verbs used figuratively (पीछे हटना, आगे निकलना, बाहर आना), idiom words
used literally in both languages (a buried hatchet dug up, birds flying south), and Hindi muhavare.
No phrasal verb or idiom here occurs in any dev set's English (checked by grep on all dev lines).
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

IDIOMS = [
    # phrasal verbs: particle -> Hindi direction word, verb -> its literal Hindi
    F(
        I,
        "The old weaving tradition is dying out in the town.",
        "कस्बे में बुनाई की पुरानी परंपरा बाहर मर रही है।",
        [("बाहर मर रही", "dying out")],
        "कस्बे में बुनाई की पुरानी परंपरा लुप्त हो रही है।",
    ),
    F(
        I,
        "The protests died down after the curfew.",
        "कर्फ़्यू के बाद विरोध प्रदर्शन नीचे मर गए।",
        [("नीचे मर गए", "died down")],
        "कर्फ़्यू के बाद विरोध प्रदर्शन थम गए।",
    ),
    F(
        I,
        "The clerk talked down to the villagers.",
        "क्लर्क ने गांववालों से नीचे बात की।",
        [("नीचे बात की", "talked down to")],
        "क्लर्क ने गांववालों से अपमानजनक लहजे में बात की।",
    ),
    F(
        I,
        "The coach dressed down the players after the defeat.",
        "हार के बाद कोच ने खिलाड़ियों को नीचे कपड़े पहनाए।",
        [("नीचे कपड़े पहनाए", "dressed down")],
        "हार के बाद कोच ने खिलाड़ियों को खूब डांटा।",
    ),
    F(
        I,
        "The minister trotted out the same excuses.",
        "मंत्री ने वही बहाने बाहर दौड़ाए।",
        [("बाहर दौड़ाए", "trotted out")],
        "मंत्री ने वही पुराने बहाने दोहराए।",
    ),
    F(
        I,
        "The committee whittled down the list to five names.",
        "समिति ने सूची को पांच नामों तक नीचे छीला।",
        [("नीचे छीला", "whittled down")],
        "समिति ने सूची घटाकर पांच नामों तक सीमित कर दी।",
    ),
    F(
        I,
        "The fans got carried away during the final.",
        "फ़ाइनल के दौरान प्रशंसक दूर ले जाए गए।",
        [("दूर ले जाए गए", "carried away")],
        "फ़ाइनल के दौरान प्रशंसक जोश में बह गए।",
    ),
    F(
        I,
        "The speech stirred up anger among the farmers.",
        "भाषण ने किसानों में गुस्सा ऊपर हिलाया।",
        [("ऊपर हिलाया", "stirred up")],
        "भाषण ने किसानों में गुस्सा भड़का दिया।",
    ),
    F(
        I,
        "The effect of the painkiller wore off by evening.",
        "दर्द निवारक का असर शाम तक दूर पहन गया।",
        [("दूर पहन गया", "wore off")],
        "दर्द निवारक का असर शाम तक खत्म हो गया।",
    ),
    F(
        I,
        "The ministry fell back on old methods.",
        "मंत्रालय पुराने तरीकों पर पीछे गिर गया।",
        [("पीछे गिर गया", "fell back on")],
        "मंत्रालय ने फिर पुराने तरीकों का सहारा लिया।",
    ),
    F(
        I,
        "The crowd shouted down the speaker.",
        "भीड़ ने वक्ता को नीचे चिल्लाया।",
        [("नीचे चिल्लाया", "shouted down")],
        "भीड़ ने शोर मचाकर वक्ता को चुप करा दिया।",
    ),
    F(
        I,
        "The investor sized up the market before buying.",
        "निवेशक ने खरीदने से पहले बाज़ार को ऊपर नापा।",
        [("ऊपर नापा", "sized up")],
        "निवेशक ने खरीदने से पहले बाज़ार का जायज़ा लिया।",
    ),
    F(
        I,
        "His anger simmered down by the afternoon.",
        "दोपहर तक उसका गुस्सा नीचे उबला।",
        [("नीचे उबला", "simmered down")],
        "दोपहर तक उसका गुस्सा शांत हो गया।",
    ),
    # set idioms no inventory of the dev rounds held
    F(
        I,
        "The two rival leaders buried the hatchet.",
        "दोनों प्रतिद्वंद्वी नेताओं ने कुल्हाड़ी दफ़ना दी।",
        [("कुल्हाड़ी दफ़ना दी", "buried the hatchet")],
        "दोनों प्रतिद्वंद्वी नेताओं ने पुरानी दुश्मनी भुला दी।",
    ),
    F(
        I,
        "The contractor greased the officer's palm.",
        "ठेकेदार ने अधिकारी की हथेली पर चिकनाई लगाई।",
        [("हथेली पर चिकनाई लगाई", "greased the palm")],
        "ठेकेदार ने अधिकारी की मुट्ठी गर्म की।",
    ),
    F(
        I,
        "The coach flew off the handle at the referee.",
        "कोच रेफ़री पर हैंडल से उड़ गया।",
        [("हैंडल से उड़ गया", "flew off the handle")],
        "कोच रेफ़री पर आगबबूला हो गया।",
    ),
    F(
        I,
        "The old mill has gone to the dogs.",
        "पुरानी मिल कुत्तों के पास चली गई है।",
        [("कुत्तों के पास चली गई", "gone to the dogs")],
        "पुरानी मिल बर्बाद हो चुकी है।",
    ),
    F(
        I,
        "Talks with the union went south last week.",
        "पिछले हफ़्ते यूनियन से बातचीत दक्षिण चली गई।",
        [("दक्षिण चली गई", "went south")],
        "पिछले हफ़्ते यूनियन से बातचीत बिगड़ गई।",
    ),
]
IDIOM_LOOKALIKES = [
    # a direction word with a verb of real physical motion
    C(L, "The porter put the heavy trunk down on the platform.", "कुली ने भारी संदूक प्लेटफ़ॉर्म पर नीचे रखा।"),
    C(L, "The mason looked up at the cracked ceiling.", "राजमिस्त्री ने दरारों वाली छत की ओर ऊपर देखा।"),
    C(L, "The boy climbed down from the jamun tree.", "लड़का जामुन के पेड़ से नीचे उतरा।"),
    C(L, "The watchman chased the goats out of the courtyard.", "चौकीदार ने बकरियों को आंगन से बाहर भगाया।"),
    C(
        L,
        "The farmer carried the sacks of rice inside the granary.",
        "किसान चावल की बोरियां कोठार के अंदर ले गया।",
    ),
    C(L, "The boatman rowed the pilgrims across the river.", "मल्लाह तीर्थयात्रियों को नाव से नदी के पार ले गया।"),
    C(L, "The soldiers stepped back from the edge of the ravine.", "सैनिक खाई के किनारे से पीछे हटे।"),
    C(L, "The child threw the rotten mango far away.", "बच्चे ने सड़ा हुआ आम दूर फेंक दिया।"),
    C(L, "The nurse pulled the curtain back from the window.", "नर्स ने खिड़की से पर्दा पीछे खींचा।"),
    C(L, "The climbers walked on ahead of the mules.", "पर्वतारोही खच्चरों से आगे चले।"),
    C(L, "The tired horse lay down under the neem tree.", "थका हुआ घोड़ा नीम के पेड़ के नीचे लेट गया।"),
    # Hindi's own directional verbs, used figuratively (correct Hindi)
    C(L, "The company backed away from the merger.", "कंपनी विलय से पीछे हट गई।"),
    C(L, "The team moved ahead of its rivals in the table.", "टीम तालिका में अपने प्रतिद्वंद्वियों से आगे निकल गई।"),
    C(L, "She stood by her brother during the trial.", "मुकदमे के दौरान वह अपने भाई के साथ खड़ी रही।"),
    C(L, "The patient came out of the coma.", "मरीज़ कोमा से बाहर आ गया।"),
    C(L, "The economy is falling behind its neighbours.", "अर्थव्यवस्था पड़ोसियों से पीछे छूट रही है।"),
    # the idioms' words used literally in both languages
    C(
        L,
        "The archaeologists dug up a buried hatchet near the fort.",
        "पुरातत्वविदों ने किले के पास दफ़नाई गई एक कुल्हाड़ी खोद निकाली।",
    ),
    C(L, "The sparrow carried the last straw to its nest.", "गौरैया आख़िरी तिनका अपने घोंसले तक ले गई।"),
    C(L, "The migrating birds flew south before winter.", "सर्दी से पहले प्रवासी पक्षी दक्षिण चले गए।"),
    C(L, "The mechanic greased the handle of the pump.", "मिस्त्री ने पंप के हैंडल पर चिकनाई लगाई।"),
    # Hindi muhavare for an English idiom
    C(L, "The teacher's warning fell on deaf ears.", "शिक्षक की चेतावनी भैंस के आगे बीन बजाने जैसी रही।"),
    C(L, "He turned a blind eye to the fraud.", "उसने धोखाधड़ी की ओर से आंखें मूंद लीं।"),
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
