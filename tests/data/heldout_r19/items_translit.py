"""Held-out round-19 items: transliterated English where Hindi has a common word, and repetitions
(hand-written by helper blindA, see README.md).

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (`_f` writes it by putting each span's correct word in its place; `_w` rows,
whose correct Hindi changes more than the spans, carry their fix written out). C(category, src,
mt) -- a clean look-alike translation.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

TR = "translit"
R = "repetition"


def _f(src: str, mt: str, spans: list[tuple[str, str, str]]) -> F:
    """A translit row from (transliteration, English, Hindi word) triples; the fix swaps them."""
    fix = mt
    for wrong, _english, right in spans:
        fix = fix.replace(wrong, right, 1)
    return F(TR, src, mt, [(wrong, english) for wrong, english, _right in spans], fix)


def _w(src: str, mt: str, spans: list[tuple[str, str]], fix: str) -> F:
    """A translit row whose fix is written out."""
    return F(TR, src, mt, spans, fix)


TRANSLIT = [
    # nouns
    _f(
        "A squirrel and a pigeon ate the grain.",
        "एक स्क्विरल और एक पिजन ने दाना खाया।",
        [("स्क्विरल", "squirrel", "गिलहरी"), ("पिजन", "pigeon", "कबूतर")],
    ),
    _f(
        "A lizard and a frog were found in the bathroom.",
        "बाथरूम में एक लिज़र्ड और एक फ़्रॉग मिले।",
        [("लिज़र्ड", "lizard", "छिपकली"), ("फ़्रॉग", "frog", "मेंढक")],
    ),
    _f(
        "Snails and mosquitoes were everywhere in the garden.",
        "बगीचे में हर तरफ़ स्नेल्स और मॉस्कीटोज़ थे।",
        [("स्नेल्स", "snails", "घोंघे"), ("मॉस्कीटोज़", "mosquitoes", "मच्छर")],
    ),
    _f(
        "The hen and the donkey belong to the washerman.",
        "हेन और डंकी धोबी के हैं।",
        [("हेन", "hen", "मुर्ग़ी"), ("डंकी", "donkey", "गधा")],
    ),
    _f(
        "A camel carried the bride's luggage.",
        "एक कैमल दुल्हन का सामान लेकर गया।",
        [("कैमल", "camel", "ऊंट")],
    ),
    _f(
        "Add a spoon of vinegar to the pickle.",
        "अचार में एक स्पून विनेगर डालें।",
        [("स्पून", "spoon", "चम्मच"), ("विनेगर", "vinegar", "सिरका")],
    ),
    _f(
        "Turnips are sold cheap in winter.",
        "सर्दियों में टर्निप सस्ते बिकते हैं।",
        [("टर्निप", "turnips", "शलजम")],
    ),
    _f(
        "She put a lantern and a kettle on the table.",
        "उन्होंने मेज़ पर एक लैंटर्न और एक केटल रखी।",
        [("लैंटर्न", "lantern", "लालटेन"), ("केटल", "kettle", "केतली")],
    ),
    _f(
        "The soap slipped from his hand.",
        "सोप उनके हाथ से फिसल गया।",
        [("सोप", "soap", "साबुन")],
    ),
    _f(
        "Dust had settled on the books.",
        "किताबों पर डस्ट जमी थी।",
        [("डस्ट", "dust", "धूल")],
    ),
    _f(
        "The hailstorm damaged the crops.",
        "हेलस्टॉर्म से फ़सलें ख़राब हो गईं।",
        [("हेलस्टॉर्म", "hailstorm", "ओलावृष्टि")],
    ),
    _f(
        "A cool breeze blew at midnight.",
        "मिडनाइट को ठंडी ब्रीज़ चली।",
        [("मिडनाइट", "midnight", "आधी रात"), ("ब्रीज़", "breeze", "हवा")],
    ),
    _f(
        "The village was quiet at dusk.",
        "डस्क के समय गांव शांत था।",
        [("डस्क", "dusk", "सांझ")],
    ),
    _f(
        "The midwife delivered the baby at night.",
        "मिडवाइफ़ ने रात में बच्चे का जन्म कराया।",
        [("मिडवाइफ़", "midwife", "दाई")],
    ),
    _f(
        "His mother-in-law welcomed the guests.",
        "उनकी मदर-इन-लॉ ने मेहमानों का स्वागत किया।",
        [("मदर-इन-लॉ", "mother-in-law", "सास")],
    ),
    _f(
        "He broke his wrist and ankle.",
        "उनकी रिस्ट और एंकल की हड्डी टूट गई।",
        [("रिस्ट", "wrist", "कलाई"), ("एंकल", "ankle", "टखने")],
    ),
    _f(
        "The old man stroked his beard and moustache.",
        "बूढ़े आदमी ने अपनी बियर्ड और मूस्टैश पर हाथ फेरा।",
        [("बियर्ड", "beard", "दाढ़ी"), ("मूस्टैश", "moustache", "मूंछों")],
    ),
    _f(
        "She has a scar on her chin.",
        "उनकी चिन पर एक स्कार है।",
        [("चिन", "chin", "ठोड़ी"), ("स्कार", "scar", "निशान")],
    ),
    _f(
        "The child had a sore throat.",
        "बच्चे के थ्रोट में दर्द था।",
        [("थ्रोट", "throat", "गले")],
    ),
    _f(
        "Greed and sorrow ruined the family.",
        "ग्रीड और सॉरो ने परिवार को बर्बाद कर दिया।",
        [("ग्रीड", "greed", "लालच"), ("सॉरो", "sorrow", "दुख")],
    ),
    _f(
        "The villagers expressed gratitude to the doctors.",
        "ग्रामीणों ने डॉक्टरों के प्रति ग्रैटिट्यूड जताया।",
        [("ग्रैटिट्यूड", "gratitude", "आभार")],
    ),
    # adjectives
    _f(
        "The shy girl did not speak.",
        "शाई लड़की कुछ नहीं बोली।",
        [("शाई", "shy", "शर्मीली")],
    ),
    _f(
        "The wise old woman gave advice.",
        "वाइज़ बूढ़ी औरत ने सलाह दी।",
        [("वाइज़", "wise", "समझदार")],
    ),
    _f(
        "The road is straight and smooth.",
        "सड़क स्ट्रेट और स्मूद है।",
        [("स्ट्रेट", "straight", "सीधी"), ("स्मूद", "smooth", "चिकनी")],
    ),
    _w(
        "The floor was damp and muddy.",
        "फ़र्श डैम्प और मडी था।",
        [("डैम्प", "damp"), ("मडी", "muddy")],
        "फ़र्श गीला और कीचड़ से सना था।",
    ),
    _f(
        "The bread was stale.",
        "रोटी स्टेल थी।",
        [("स्टेल", "stale", "बासी")],
    ),
    _f(
        "The tiny kitten hid under the huge bed.",
        "बिल्ली का टाइनी बच्चा ह्यूज बिस्तर के नीचे छिप गया।",
        [("टाइनी", "tiny", "नन्हा"), ("ह्यूज", "huge", "विशाल")],
    ),
    _f(
        "His face looked pale.",
        "उनका चेहरा पेल दिख रहा था।",
        [("पेल", "pale", "पीला")],
    ),
    _w(
        "The workers were sweaty and sleepy.",
        "मज़दूर स्वेटी और स्लीपी थे।",
        [("स्वेटी", "sweaty"), ("स्लीपी", "sleepy")],
        "मज़दूर पसीने से तर और उनींदे थे।",
    ),
    # verbs with कर/हो
    _w(
        "The baby crawled and then stood up.",
        "बच्चे ने क्रॉल किया और फिर खड़ा हो गया।",
        [("क्रॉल किया", "crawled")],
        "बच्चा घुटनों के बल चला और फिर खड़ा हो गया।",
    ),
    _w(
        "The devotees bowed before the idol.",
        "भक्तों ने मूर्ति के आगे बो किया।",
        [("बो किया", "bowed")],
        "भक्तों ने मूर्ति के आगे सिर झुकाया।",
    ),
    _w(
        "The men pushed and pulled the cart.",
        "आदमियों ने ठेले को पुश और पुल किया।",
        [("पुश", "pushed"), ("पुल किया", "pulled")],
        "आदमियों ने ठेले को धकेला और खींचा।",
    ),
    _w(
        "She peeled and chopped the mangoes.",
        "उन्होंने आम पील किए और चॉप किए।",
        [("पील किए", "peeled"), ("चॉप किए", "chopped")],
        "उन्होंने आम छीले और काटे।",
    ),
    _f(
        "She kneaded the dough.",
        "उन्होंने आटा नीड किया।",
        [("नीड किया", "kneaded", "गूंधा")],
    ),
    _w(
        "The maid mopped the floor.",
        "नौकरानी ने फ़र्श को मॉप किया।",
        [("मॉप किया", "mopped")],
        "नौकरानी ने फ़र्श पर पोंछा लगाया।",
    ),
    _w(
        "She washed and folded the clothes.",
        "उन्होंने कपड़े वॉश किए और फ़ोल्ड किए।",
        [("वॉश किए", "washed"), ("फ़ोल्ड किए", "folded")],
        "उन्होंने कपड़े धोए और तह किए।",
    ),
    _w(
        "The farmers harvested the paddy.",
        "किसानों ने धान हार्वेस्ट किया।",
        [("हार्वेस्ट किया", "harvested")],
        "किसानों ने धान की कटाई की।",
    ),
    _w(
        "The boy sobbed and the girl screamed.",
        "लड़का सॉब कर रहा था और लड़की स्क्रीम कर रही थी।",
        [("सॉब कर रहा था", "sobbed"), ("स्क्रीम कर रही थी", "screamed")],
        "लड़का सिसक रहा था और लड़की चीख़ रही थी।",
    ),
    _w(
        "The old man stumbled and limped home.",
        "बूढ़ा आदमी स्टंबल हुआ और लिम्प करते हुए घर गया।",
        [("स्टंबल हुआ", "stumbled"), ("लिम्प करते हुए", "limped")],
        "बूढ़ा आदमी लड़खड़ाया और लंगड़ाते हुए घर गया।",
    ),
    _w(
        "The child giggled and the father smiled.",
        "बच्चा गिगल करने लगा और पिता ने स्माइल किया।",
        [("गिगल करने लगा", "giggled"), ("स्माइल किया", "smiled")],
        "बच्चा खिलखिलाने लगा और पिता मुस्कुराए।",
    ),
    _f(
        "He snored all night.",
        "वह पूरी रात स्नोर करते रहे।",
        [("स्नोर करते रहे", "snored", "खर्राटे लेते रहे")],
    ),
    _f(
        "The patient trembled with fever.",
        "मरीज़ बुख़ार से ट्रेम्बल कर रहा था।",
        [("ट्रेम्बल कर रहा था", "trembled", "कांप रहा था")],
    ),
    _f(
        "The women fasted for their husbands.",
        "महिलाओं ने अपने पतियों के लिए फ़ास्ट किया।",
        [("फ़ास्ट किया", "fasted", "व्रत रखा")],
    ),
    _w(
        "The villagers worshipped the river.",
        "ग्रामीणों ने नदी को वर्शिप किया।",
        [("वर्शिप किया", "worshipped")],
        "ग्रामीणों ने नदी की पूजा की।",
    ),
]

TRANSLIT_LOOKALIKES = [
    # loans Hindi news writes: technology
    C(TR, "Never share your password or OTP.", "अपना पासवर्ड या ओटीपी कभी किसी को न बताएं।"),
    C(TR, "The station has free Wi-Fi.", "स्टेशन पर मुफ़्त वाई-फ़ाई है।"),
    C(TR, "Police used a drone to search the forest.", "पुलिस ने जंगल की तलाशी के लिए ड्रोन का इस्तेमाल किया।"),
    C(TR, "The server went down for two hours.", "सर्वर दो घंटे तक बंद रहा।"),
    C(TR, "The firm will build a data centre in Noida.", "कंपनी नोएडा में एक डेटा सेंटर बनाएगी।"),
    C(TR, "He posted a screenshot of the message.", "उन्होंने संदेश का स्क्रीनशॉट पोस्ट किया।"),
    C(TR, "The bank launched a chatbot in Hindi.", "बैंक ने हिंदी में एक चैटबॉट शुरू किया।"),
    C(TR, "Pay by scanning the QR code.", "क्यूआर कोड स्कैन करके भुगतान करें।"),
    C(TR, "She charged her phone with a power bank.", "उन्होंने पावर बैंक से अपना फ़ोन चार्ज किया।"),
    C(TR, "Download the app and book a ticket.", "ऐप डाउनलोड करें और टिकट बुक करें।"),
    C(TR, "The student uploaded the video.", "छात्र ने वीडियो अपलोड किया।"),
    C(TR, "Submit the form before Friday.", "शुक्रवार से पहले फ़ॉर्म सबमिट करें।"),
    C(TR, "The flight was cancelled because of fog.", "कोहरे के कारण फ़्लाइट कैंसिल हो गई।"),
    # jobs
    C(TR, "The nurse and the pilot were honoured.", "नर्स और पायलट को सम्मानित किया गया।"),
    C(TR, "A software engineer won the quiz.", "एक सॉफ़्टवेयर इंजीनियर ने क्विज़ जीता।"),
    C(TR, "The cashier and the security guard were questioned.", "कैशियर और सिक्योरिटी गार्ड से पूछताछ की गई।"),
    C(TR, "The plumber and the electrician came late.", "प्लंबर और इलेक्ट्रीशियन देर से आए।"),
    C(TR, "The bus conductor returned the lost bag.", "बस कंडक्टर ने खोया हुआ बैग लौटा दिया।"),
    C(TR, "The waiter served tea to the guests.", "वेटर ने मेहमानों को चाय परोसी।"),
    # sport
    C(TR, "The striker scored a hat-trick.", "स्ट्राइकर ने हैट्रिक लगाई।"),
    C(TR, "The defender got a red card.", "डिफ़ेंडर को रेड कार्ड मिला।"),
    C(TR, "The goal was ruled offside.", "गोल को ऑफ़साइड क़रार दिया गया।"),
    C(TR, "Thousands ran the Mumbai marathon.", "हज़ारों लोग मुंबई मैराथन में दौड़े।"),
    C(TR, "He bowled a yorker and then a bouncer.", "उन्होंने एक यॉर्कर और फिर एक बाउंसर डाला।"),
    C(TR, "She won the set in a tie-break.", "उन्होंने टाई-ब्रेक में सेट जीता।"),
    C(TR, "The batter was run out.", "बल्लेबाज़ रन आउट हो गया।"),
    # the Hindi words themselves where a transliteration would tempt
    C(TR, "A squirrel ran up the mango tree.", "एक गिलहरी आम के पेड़ पर चढ़ गई।"),
    C(TR, "Frogs croaked all night after the rain.", "बारिश के बाद रात भर मेंढक टर्राते रहे।"),
    C(TR, "Hailstones broke the windows.", "ओलों से खिड़कियों के शीशे टूट गए।"),
    C(TR, "The bride's mother-in-law gave her a gold chain.", "दुल्हन की सास ने उसे सोने की चेन दी।"),
    C(TR, "He tied a thread on his wrist.", "उन्होंने अपनी कलाई पर धागा बांधा।"),
    C(TR, "Greed ruined the merchant.", "लालच ने व्यापारी को बर्बाद कर दिया।"),
    C(TR, "The stale food was thrown away.", "बासी खाना फेंक दिया गया।"),
    C(TR, "She kneaded the dough and made rotis.", "उन्होंने आटा गूंधा और रोटियां बनाईं।"),
    C(TR, "He fasted on Tuesday.", "उन्होंने मंगलवार को व्रत रखा।"),
    C(TR, "The sleepy child yawned.", "उनींदे बच्चे ने जम्हाई ली।"),
    C(TR, "The soap and the towel are in the bathroom.", "साबुन और तौलिया बाथरूम में हैं।"),
]

REPETITIONS = [
    F(
        R,
        "A goat stood on the wall.",
        "दीवार पर एक बकरी बकरी खड़ी थी।",
        [("बकरी", "a goat (repeated)", 1)],
        "दीवार पर एक बकरी खड़ी थी।",
    ),
    F(
        R,
        "The constables arrested the thief.",
        "सिपाहियों ने सिपाहियों ने चोर को गिरफ़्तार किया।",
        [("सिपाहियों ने", "the constables (repeated)", 1)],
        "सिपाहियों ने चोर को गिरफ़्तार किया।",
    ),
    F(
        R,
        "The train was two hours late.",
        "ट्रेन दो घंटे दो घंटे देर से आई।",
        [("दो घंटे", "two hours (repeated)", 1)],
        "ट्रेन दो घंटे देर से आई।",
    ),
    F(
        R,
        "The minister inaugurated the new bridge.",
        "मंत्री ने नए पुल का नए पुल का उद्घाटन किया।",
        [("नए पुल का", "the new bridge (repeated)", 1)],
        "मंत्री ने नए पुल का उद्घाटन किया।",
    ),
    F(
        R,
        "Farmers in the district are worried.",
        "ज़िले के किसान ज़िले के किसान चिंतित हैं।",
        [("ज़िले के किसान", "farmers in the district (repeated)", 1)],
        "ज़िले के किसान चिंतित हैं।",
    ),
    F(
        R,
        "The rain damaged the crops.",
        "बारिश से फ़सलों को फ़सलों को नुक़सान हुआ।",
        [("फ़सलों को", "the crops (repeated)", 1)],
        "बारिश से फ़सलों को नुक़सान हुआ।",
    ),
    F(
        R,
        "The court adjourned the hearing until Monday.",
        "अदालत ने सुनवाई सोमवार तक सोमवार तक टाल दी।",
        [("सोमवार तक", "until Monday (repeated)", 1)],
        "अदालत ने सुनवाई सोमवार तक टाल दी।",
    ),
    F(
        R,
        "Garlic prices rose sharply.",
        "लहसुन के दाम लहसुन के दाम तेज़ी से बढ़े।",
        [("लहसुन के दाम", "garlic prices (repeated)", 1)],
        "लहसुन के दाम तेज़ी से बढ़े।",
    ),
    F(
        R,
        "The temple bells rang in the morning.",
        "मंदिर की घंटियां सुबह मंदिर की घंटियां बजीं।",
        [("मंदिर की घंटियां", "the temple bells (repeated)", 1)],
        "मंदिर की घंटियां सुबह बजीं।",
    ),
    F(
        R,
        "The bus fell into a gorge near the village.",
        "बस गांव के पास एक खाई में गांव के पास गिर गई।",
        [("गांव के पास", "near the village (repeated)", 1)],
        "बस गांव के पास एक खाई में गिर गई।",
    ),
    F(
        R,
        "The shop opens at nine.",
        "दुकान नौ बजे खुलती है दुकान।",
        [("दुकान", "the shop (repeated)", 1)],
        "दुकान नौ बजे खुलती है।",
    ),
]

REPETITION_LOOKALIKES = [
    # reduplication Hindi writes
    C(R, "Prices have risen year after year.", "दाम साल-दर-साल बढ़े हैं।"),
    C(R, "Running and running, the boy reached the station.", "भागते-भागते लड़का स्टेशन पहुंच गया।"),
    C(R, "Small shops lined the lane.", "गली में छोटी-छोटी दुकानें थीं।"),
    C(R, "The fire spread overnight.", "आग रातों-रात फैल गई।"),
    C(R, "Hot samosas were served.", "गरम-गरम समोसे परोसे गए।"),
    C(R, "The shops nearby were closed.", "आस-पास की दुकानें बंद थीं।"),
    C(R, "I am tired of the daily quarrels.", "मैं रोज़-रोज़ के झगड़ों से थक गया हूं।"),
    C(R, "The tiny children held hands.", "छोटे-छोटे बच्चों ने हाथ पकड़ रखे थे।"),
    C(R, "The tigers came face to face.", "दोनों बाघ आमने-सामने आ गए।"),
    C(R, "Within moments the whole warehouse burned.", "देखते-देखते पूरा गोदाम जल गया।"),
    C(R, "The minister was deeply embarrassed.", "मंत्री शर्म से पानी-पानी हो गए।"),
    C(R, "Each student got two books.", "हर छात्र को दो-दो किताबें मिलीं।"),
    C(R, "He told the court the whole truth.", "उसने अदालत में सच-सच बता दिया।"),
    C(R, "Volunteers went door to door handing out rations.", "स्वयंसेवकों ने घर-घर जाकर राशन बांटा।"),
]
