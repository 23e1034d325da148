"""Held-out round-16 items (half of helper blindB): ambiguous English words translated in the wrong
sense, and omissions, with their correct translations and clean look-alikes (hand-written).
F/C as in scripts/heldout_set.py."""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"
OM = "omission"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


def _o(src: str, mt: str, eng: str, fix: str) -> F:
    return F(OM, src, mt, [("", eng)], fix)


SENSES = [
    _s(
        "The railway sleepers on the bridge were replaced.",
        "पुल पर रेलवे के सोने वालों को बदला गया।",
        "सोने वालों",
        "sleepers (railway ties)",
        "पुल पर रेल पटरी के स्लीपर बदले गए।",
    ),
    _s(
        "The judge refused to hear the case.",
        "न्यायाधीश ने बक्से की सुनवाई से इनकार कर दिया।",
        "बक्से",
        "case (lawsuit)",
        "न्यायाधीश ने मामले की सुनवाई से इनकार कर दिया।",
    ),
    _s(
        "She is a big fan of old films.",
        "वह पुरानी फ़िल्मों का बड़ा पंखा है।",
        "पंखा",
        "fan (admirer)",
        "वह पुरानी फ़िल्मों की बड़ी शौक़ीन है।",
    ),
    _s(
        "The cricket board will meet on Monday.",
        "क्रिकेट तख़्ता सोमवार को बैठक करेगा।",
        "तख़्ता",
        "board (governing body)",
        "क्रिकेट बोर्ड सोमवार को बैठक करेगा।",
    ),
    _s(
        "The company posted a record profit.",
        "कंपनी ने रिकॉर्ड मुनाफ़ा डाक से भेजा।",
        "डाक से भेजा",
        "posted (reported)",
        "कंपनी ने रिकॉर्ड मुनाफ़ा दर्ज किया।",
    ),
    _s(
        "The minister will address the rally.",
        "मंत्री रैली का पता बताएंगे।",
        "पता बताएंगे",
        "address (speak to)",
        "मंत्री रैली को संबोधित करेंगे।",
    ),
    _s(
        "The players will train in Pune next week.",
        "खिलाड़ी अगले हफ़्ते पुणे में रेलगाड़ी करेंगे।",
        "रेलगाड़ी करेंगे",
        "train (practise)",
        "खिलाड़ी अगले हफ़्ते पुणे में अभ्यास करेंगे।",
    ),
    _s(
        "The factory will fire 200 workers.",
        "कारख़ाना 200 मज़दूरों पर गोली चलाएगा।",
        "पर गोली चलाएगा",
        "fire (dismiss)",
        "कारख़ाना 200 मज़दूरों को नौकरी से निकालेगा।",
    ),
    _s(
        "She has a good command of Tamil.",
        "उसका तमिल पर अच्छा आदेश है।",
        "अच्छा आदेश",
        "command (mastery)",
        "उसकी तमिल पर अच्छी पकड़ है।",
    ),
    _s(
        "A film of dust covered the clerk's desk.",
        "क्लर्क की मेज़ पर धूल की एक फ़िल्म जमी थी।",
        "फ़िल्म",
        "film (thin layer)",
        "क्लर्क की मेज़ पर धूल की एक परत जमी थी।",
    ),
    _s(
        "The mole on her cheek was removed.",
        "उसके गाल पर से छछूंदर हटाया गया।",
        "छछूंदर",
        "mole (skin mark)",
        "उसके गाल का तिल हटाया गया।",
    ),
    _s(
        "A spring in the mattress snapped.",
        "गद्दे का एक वसंत टूट गया।",
        "वसंत",
        "spring (coil)",
        "गद्दे की एक स्प्रिंग टूट गई।",
    ),
    _s(
        "The novel's plot is thin.",
        "उपन्यास का भूखंड कमज़ोर है।",
        "भूखंड",
        "plot (story)",
        "उपन्यास का कथानक कमज़ोर है।",
    ),
    _s(
        "The coach was parked outside the hotel.",
        "प्रशिक्षक होटल के बाहर खड़ा किया गया था।",
        "प्रशिक्षक",
        "coach (bus)",
        "बस होटल के बाहर खड़ी थी।",
    ),
    _s(
        "The payments company will float in May.",
        "भुगतान कंपनी मई में तैरेगी।",
        "तैरेगी",
        "float (list its shares)",
        "भुगतान कंपनी मई में शेयर बाज़ार में उतरेगी।",
    ),
    _s("The arm of the sofa broke.", "सोफ़े की बांह टूट गई।", "बांह", "arm (of a sofa)", "सोफ़े का हत्था टूट गया।"),
    _s(
        "The hosts won by a single run.",
        "मेज़बान टीम एक दौड़ से जीती।",
        "एक दौड़ से",
        "run (cricket score)",
        "मेज़बान टीम एक रन से जीती।",
    ),
    _s(
        "The church organ was repaired.",
        "चर्च के अंग की मरम्मत की गई।",
        "अंग",
        "organ (instrument)",
        "चर्च के ऑर्गन बाजे की मरम्मत की गई।",
    ),
    _s(
        "The firm ran a pilot in two districts.",
        "फ़र्म ने दो ज़िलों में एक विमान चालक चलाया।",
        "एक विमान चालक",
        "pilot (trial scheme)",
        "फ़र्म ने दो ज़िलों में प्रायोगिक योजना चलाई।",
    ),
    _s(
        "The drop in onion prices hurt farmers.",
        "प्याज़ की क़ीमतों में बूंद से किसानों को नुक़सान हुआ।",
        "बूंद",
        "drop (fall)",
        "प्याज़ की क़ीमतों में गिरावट से किसानों को नुक़सान हुआ।",
    ),
    _s(
        "An army tank crossed the river.",
        "सेना की एक टंकी ने नदी पार की।",
        "टंकी",
        "tank (armoured vehicle)",
        "सेना के एक टैंक ने नदी पार की।",
    ),
    _s(
        "The firm's interest payments doubled.",
        "फ़र्म के रुचि भुगतान दोगुने हो गए।",
        "रुचि भुगतान",
        "interest (on a loan)",
        "फ़र्म का ब्याज भुगतान दोगुना हो गया।",
    ),
    _s(
        "The firm lost its key client.",
        "फ़र्म ने अपना चाबी ग्राहक खो दिया।",
        "चाबी ग्राहक",
        "key (most important)",
        "फ़र्म ने अपना सबसे अहम ग्राहक खो दिया।",
    ),
    _s(
        "The batsman's form has dipped.",
        "बल्लेबाज़ का प्रपत्र गिर गया है।",
        "प्रपत्र",
        "form (performance)",
        "बल्लेबाज़ की लय बिगड़ गई है।",
    ),
    _s(
        "The navy will hold a drill off Kochi.",
        "नौसेना कोच्चि के पास एक बरमा आयोजित करेगी।",
        "एक बरमा",
        "drill (exercise)",
        "नौसेना कोच्चि के पास एक अभ्यास करेगी।",
    ),
    _s(
        "A shell hit the school roof.",
        "एक सीपी स्कूल की छत पर गिरी।",
        "एक सीपी",
        "shell (artillery)",
        "एक गोला स्कूल की छत पर गिरा।",
    ),
    _s(
        "His shot hit the post.",
        "उसका शॉट डाक से टकराया।",
        "डाक",
        "post (goalpost)",
        "उसका शॉट पोस्ट से टकराया।",
    ),
    _s(
        "Five MLAs defied the party whip.",
        "पांच विधायकों ने पार्टी के कोड़े की अवहेलना की।",
        "कोड़े",
        "whip (party order)",
        "पांच विधायकों ने पार्टी के व्हिप की अवहेलना की।",
    ),
    _s(
        "The hornbill's bill is yellow.",
        "धनेश का बिल पीला होता है।",
        "बिल",
        "bill (beak)",
        "धनेश की चोंच पीली होती है।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "The child is a light sleeper.", "बच्चा बहुत कच्ची नींद सोता है।"),
    C(S, "He kept his glasses in a leather case.", "उसने अपना चश्मा चमड़े के केस में रखा।"),
    C(S, "Switch on the fan, it is hot.", "पंखा चला दो, गर्मी है।"),
    C(S, "The carpenter planed a wooden board.", "बढ़ई ने लकड़ी के एक तख़्ते को रंदे से चिकना किया।"),
    C(S, "She posted the letter on Monday.", "उसने सोमवार को चिट्ठी डाक से भेजी।"),
    C(S, "The address on the parcel was smudged.", "पार्सल पर लिखा पता धुंधला था।"),
    C(S, "The train to Pune was late.", "पुणे जाने वाली ट्रेन देर से आई।"),
    C(S, "The police did not fire at the protesters.", "पुलिस ने प्रदर्शनकारियों पर गोली नहीं चलाई।"),
    C(S, "The general gave the command to march.", "जनरल ने कूच करने का आदेश दिया।"),
    C(S, "The film ran for a hundred days.", "फ़िल्म सौ दिन चली।"),
    C(S, "A mole dug tunnels under the lawn.", "एक छछूंदर ने लॉन के नीचे सुरंगें खोद दीं।"),
    C(S, "The orchards bloom in spring.", "बाग़ वसंत में खिलते हैं।"),
    C(S, "He bought a plot near the highway.", "उसने राजमार्ग के पास एक भूखंड ख़रीदा।"),
    C(S, "The coach praised the young bowler.", "कोच ने युवा गेंदबाज़ की तारीफ़ की।"),
    C(S, "Lotus leaves float on the pond.", "कमल के पत्ते तालाब पर तैरते हैं।"),
    C(S, "She broke her arm in the fall.", "गिरने से उसकी बांह टूट गई।"),
    C(S, "He won the ten-kilometre run.", "उसने दस किलोमीटर की दौड़ जीती।"),
    C(S, "He donated an organ to his brother.", "उसने अपने भाई को एक अंग दान किया।"),
    C(S, "The pilot landed the plane in thick fog.", "विमान चालक ने घने कोहरे में विमान उतारा।"),
    C(S, "Not a drop of rain fell in June.", "जून में बारिश की एक भी बूंद नहीं गिरी।"),
    C(S, "The water tank on the roof leaks.", "छत पर रखी पानी की टंकी रिसती है।"),
    C(S, "She has no interest in politics.", "उसे राजनीति में कोई रुचि नहीं है।"),
    C(S, "She lost the key to the shop.", "उससे दुकान की चाबी खो गई।"),
    C(S, "Fill in the form in capital letters.", "प्रपत्र बड़े अक्षरों में भरें।"),
    C(S, "The mason used a drill to make holes.", "राजमिस्त्री ने छेद करने के लिए बरमे का इस्तेमाल किया।"),
    C(S, "The children collected shells on the beach.", "बच्चों ने समुद्र तट पर सीपियां इकट्ठा कीं।"),
    C(S, "Her exam results will be sent by post.", "उसके परीक्षा परिणाम डाक से भेजे जाएंगे।"),
    C(S, "The rider cracked his whip.", "सवार ने अपना कोड़ा फटकारा।"),
    C(S, "He paid the electricity bill.", "उसने बिजली का बिल भरा।"),
    C(S, "The coach took the players to the stadium in a coach.", "कोच खिलाड़ियों को एक बस में स्टेडियम ले गए।"),
    C(
        S,
        "The judge said the case was about a stolen case of jewels.",
        "न्यायाधीश ने कहा कि मामला गहनों के एक चोरी हुए बक्से का है।",
    ),
    C(S, "The fans switched off the fans during the speech.", "भाषण के दौरान प्रशंसकों ने पंखे बंद कर दिए।"),
]

OMISSIONS = [
    _o(
        "The bridge will open on Monday, two months behind schedule.",
        "पुल सोमवार को खुलेगा।",
        "two months behind schedule",
        "पुल तय समय से दो महीने की देरी से सोमवार को खुलेगा।",
    ),
    _o(
        "Police arrested three men and seized two rifles.",
        "पुलिस ने तीन पुरुषों को गिरफ़्तार किया।",
        "and seized two rifles",
        "पुलिस ने तीन पुरुषों को गिरफ़्तार किया और दो राइफ़लें ज़ब्त कीं।",
    ),
    _o(
        "The ban applies only to diesel cars older than ten years.",
        "प्रतिबंध डीज़ल कारों पर लागू होता है।",
        "only ... older than ten years",
        "प्रतिबंध केवल दस साल से पुरानी डीज़ल कारों पर लागू होता है।",
    ),
    _o(
        "The singer cancelled her tour for the second time this year.",
        "गायिका ने अपना दौरा रद्द कर दिया।",
        "for the second time this year",
        "गायिका ने इस साल दूसरी बार अपना दौरा रद्द कर दिया।",
    ),
    _o(
        "The hospital treated 40 patients, most of them children.",
        "अस्पताल ने 40 मरीज़ों का इलाज किया।",
        "most of them children",
        "अस्पताल ने 40 मरीज़ों का इलाज किया, जिनमें ज़्यादातर बच्चे थे।",
    ),
    _o(
        "Exports grew, but imports grew faster.",
        "निर्यात बढ़ा।",
        "but imports grew faster",
        "निर्यात बढ़ा, लेकिन आयात उससे तेज़ी से बढ़ा।",
    ),
    _o(
        "The minister denied the charge and threatened to sue the paper.",
        "मंत्री ने आरोप से इनकार किया।",
        "and threatened to sue the paper",
        "मंत्री ने आरोप से इनकार किया और अख़बार पर मुक़दमा करने की धमकी दी।",
    ),
    _o(
        "Schools in the district will stay closed until Thursday because of the floods.",
        "ज़िले के स्कूल गुरुवार तक बंद रहेंगे।",
        "because of the floods",
        "बाढ़ के कारण ज़िले के स्कूल गुरुवार तक बंद रहेंगे।",
    ),
    _o(
        "The museum is free for students on Sundays.",
        "संग्रहालय रविवार को मुफ़्त है।",
        "for students",
        "रविवार को छात्रों के लिए संग्रहालय मुफ़्त है।",
    ),
    _o(
        "The striker, who was born in Manipur, scored twice.",
        "स्ट्राइकर ने दो गोल किए।",
        "who was born in Manipur",
        "मणिपुर में जन्मे स्ट्राइकर ने दो गोल किए।",
    ),
]
