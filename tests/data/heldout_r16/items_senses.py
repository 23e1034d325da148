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
    _s("The crane lifted the steel beams.", "सारस ने इस्पात की शहतीरें उठाईं।", "सारस", "crane (machine)", "क्रेन ने इस्पात की शहतीरें उठाईं।"),
    _s("The judge refused to hear the case.", "न्यायाधीश ने बक्से की सुनवाई से इनकार कर दिया।", "बक्से", "case (lawsuit)", "न्यायाधीश ने मामले की सुनवाई से इनकार कर दिया।"),
    _s("She is a big fan of old films.", "वह पुरानी फ़िल्मों का बड़ा पंखा है।", "पंखा", "fan (admirer)", "वह पुरानी फ़िल्मों की बड़ी शौक़ीन है।"),
    _s("The match was postponed because of rain.", "बारिश के कारण माचिस स्थगित कर दी गई।", "माचिस", "match (game)", "बारिश के कारण मैच स्थगित कर दिया गया।"),
    _s("The company posted a record profit.", "कंपनी ने रिकॉर्ड मुनाफ़ा डाक से भेजा।", "डाक से भेजा", "posted (reported)", "कंपनी ने रिकॉर्ड मुनाफ़ा दर्ज किया।"),
    _s("The minister will address the rally.", "मंत्री रैली का पता बताएंगे।", "पता बताएंगे", "address (speak to)", "मंत्री रैली को संबोधित करेंगे।"),
    _s("The players will train in Pune next week.", "खिलाड़ी अगले हफ़्ते पुणे में रेलगाड़ी करेंगे।", "रेलगाड़ी करेंगे", "train (practise)", "खिलाड़ी अगले हफ़्ते पुणे में अभ्यास करेंगे।"),
    _s("The factory will fire 200 workers.", "कारख़ाना 200 मज़दूरों पर गोली चलाएगा।", "पर गोली चलाएगा", "fire (dismiss)", "कारख़ाना 200 मज़दूरों को नौकरी से निकालेगा।"),
    _s("She has a good command of Tamil.", "उसका तमिल पर अच्छा आदेश है।", "अच्छा आदेश", "command (mastery)", "उसकी तमिल पर अच्छी पकड़ है।"),
    _s("The doctor checked the boy's pupils.", "डॉक्टर ने लड़के के शिष्यों की जांच की।", "शिष्यों", "pupils (of the eye)", "डॉक्टर ने लड़के की पुतलियों की जांच की।"),
    _s("The mole on her cheek was removed.", "उसके गाल पर से छछूंदर हटाया गया।", "छछूंदर", "mole (skin mark)", "उसके गाल का तिल हटाया गया।"),
    _s("A spring in the mattress snapped.", "गद्दे का एक वसंत टूट गया।", "वसंत", "spring (coil)", "गद्दे की एक स्प्रिंग टूट गई।"),
    _s("She eats dates to break her fast.", "वह अपना रोज़ा तोड़ने के लिए तारीख़ें खाती है।", "तारीख़ें", "dates (fruit)", "वह अपना रोज़ा खोलने के लिए खजूर खाती है।"),
    _s("The coach was parked outside the hotel.", "प्रशिक्षक होटल के बाहर खड़ा किया गया था।", "प्रशिक्षक", "coach (bus)", "बस होटल के बाहर खड़ी थी।"),
    _s("The cabinet approved the bill on Wednesday.", "अलमारी ने बुधवार को विधेयक को मंज़ूरी दी।", "अलमारी", "cabinet (ministers)", "मंत्रिमंडल ने बुधवार को विधेयक को मंज़ूरी दी।"),
    _s("His sentence was reduced on appeal.", "अपील पर उसका वाक्य घटा दिया गया।", "वाक्य", "sentence (punishment)", "अपील पर उसकी सज़ा घटा दी गई।"),
    _s("The firm's capital was frozen by the regulator.", "नियामक ने फ़र्म की राजधानी को जमा दिया।", "राजधानी", "capital (money)", "नियामक ने फ़र्म की पूंजी पर रोक लगा दी।"),
    _s("The church organ was repaired.", "चर्च के अंग की मरम्मत की गई।", "अंग", "organ (instrument)", "चर्च के ऑर्गन बाजे की मरम्मत की गई।"),
    _s("Police busted a drug ring in Goa.", "पुलिस ने गोवा में एक ड्रग अंगूठी का भंडाफोड़ किया।", "अंगूठी", "ring (gang)", "पुलिस ने गोवा में एक ड्रग गिरोह का भंडाफोड़ किया।"),
    _s("The plant in Hosur employs 900 people.", "होसुर का पौधा 900 लोगों को रोज़गार देता है।", "पौधा", "plant (factory)", "होसुर का संयंत्र 900 लोगों को रोज़गार देता है।"),
    _s("An army tank crossed the river.", "सेना की एक टंकी ने नदी पार की।", "टंकी", "tank (armoured vehicle)", "सेना के एक टैंक ने नदी पार की।"),
    _s("He left a tip for the waiter.", "उसने वेटर के लिए एक नोक छोड़ी।", "एक नोक", "tip (gratuity)", "उसने वेटर के लिए बख़्शीश छोड़ी।"),
    _s("The firm lost its key client.", "फ़र्म ने अपना चाबी ग्राहक खो दिया।", "चाबी ग्राहक", "key (most important)", "फ़र्म ने अपना सबसे अहम ग्राहक खो दिया।"),
    _s("The batsman's form has dipped.", "बल्लेबाज़ का प्रपत्र गिर गया है।", "प्रपत्र", "form (performance)", "बल्लेबाज़ की लय बिगड़ गई है।"),
    _s("The horse was led back to the stable.", "घोड़े को वापस स्थिर ले जाया गया।", "स्थिर", "stable (for horses)", "घोड़े को वापस अस्तबल ले जाया गया।"),
    _s("The jam on the highway lasted five hours.", "राजमार्ग पर मुरब्बा पांच घंटे चला।", "मुरब्बा", "jam (traffic)", "राजमार्ग पर पांच घंटे जाम लगा रहा।"),
    _s("His shot hit the post.", "उसका शॉट डाक से टकराया।", "डाक", "post (goalpost)", "उसका शॉट पोस्ट से टकराया।"),
    _s("The pitch was damp on the first morning.", "पहली सुबह सुर नम था।", "सुर", "pitch (cricket ground)", "पहली सुबह पिच नम थी।"),
    _s("The bark of the neem tree is bitter.", "नीम के पेड़ का भौंकना कड़वा होता है।", "भौंकना", "bark (of a tree)", "नीम के पेड़ की छाल कड़वी होती है।"),
]

SENSE_LOOKALIKES = [
    C(S, "A crane stood in the paddy field.", "धान के खेत में एक सारस खड़ा था।"),
    C(S, "He kept his glasses in a leather case.", "उसने अपना चश्मा चमड़े के केस में रखा।"),
    C(S, "Switch on the fan, it is hot.", "पंखा चला दो, गर्मी है।"),
    C(S, "He lit the lamp with a match.", "उसने माचिस से दीया जलाया।"),
    C(S, "She posted the letter on Monday.", "उसने सोमवार को चिट्ठी डाक से भेजी।"),
    C(S, "Write your address on the form.", "फ़ॉर्म पर अपना पता लिखें।"),
    C(S, "The train to Pune was late.", "पुणे जाने वाली ट्रेन देर से आई।"),
    C(S, "The police did not fire at the protesters.", "पुलिस ने प्रदर्शनकारियों पर गोली नहीं चलाई।"),
    C(S, "The general gave the command to march.", "जनरल ने कूच करने का आदेश दिया।"),
    C(S, "The teacher took her pupils to the zoo.", "शिक्षिका अपने छात्रों को चिड़ियाघर ले गई।"),
    C(S, "A mole dug tunnels under the lawn.", "एक छछूंदर ने लॉन के नीचे सुरंगें खोद दीं।"),
    C(S, "The orchards bloom in spring.", "बाग़ वसंत में खिलते हैं।"),
    C(S, "The dates of the exam were announced.", "परीक्षा की तारीख़ें घोषित की गईं।"),
    C(S, "The coach praised the young bowler.", "कोच ने युवा गेंदबाज़ की तारीफ़ की।"),
    C(S, "The files were kept in a steel cabinet.", "फ़ाइलें स्टील की एक अलमारी में रखी थीं।"),
    C(S, "Write each sentence in your own words.", "हर वाक्य अपने शब्दों में लिखिए।"),
    C(S, "Bhopal is the capital of Madhya Pradesh.", "भोपाल मध्य प्रदेश की राजधानी है।"),
    C(S, "He donated an organ to his brother.", "उसने अपने भाई को एक अंग दान किया।"),
    C(S, "She lost her gold ring at the wedding.", "शादी में उसकी सोने की अंगूठी खो गई।"),
    C(S, "She waters the tulsi plant every morning.", "वह हर सुबह तुलसी के पौधे को पानी देती है।"),
    C(S, "The water tank on the roof leaks.", "छत पर रखी पानी की टंकी रिसती है।"),
    C(S, "The tip of the pencil broke.", "पेंसिल की नोक टूट गई।"),
    C(S, "She lost the key to the shop.", "उससे दुकान की चाबी खो गई।"),
    C(S, "Fill in the form in capital letters.", "प्रपत्र बड़े अक्षरों में भरें।"),
    C(S, "Onion prices have been stable for a month.", "एक महीने से प्याज़ की क़ीमतें स्थिर हैं।"),
    C(S, "She spread mango jam on the toast.", "उसने टोस्ट पर आम का मुरब्बा लगाया।"),
    C(S, "The letter came by post.", "चिट्ठी डाक से आई।"),
    C(S, "The singer's pitch was perfect.", "गायिका का सुर एकदम सही था।"),
    C(S, "The dog's bark woke the baby.", "कुत्ते के भौंकने से बच्चा जाग गया।"),
    C(S, "The coach took the players to the stadium in a coach.", "कोच खिलाड़ियों को एक बस में स्टेडियम ले गए।"),
    C(S, "The judge said the case was about a stolen case of jewels.", "न्यायाधीश ने कहा कि मामला गहनों के एक चोरी हुए बक्से का है।"),
    C(S, "The fans switched off the fans during the speech.", "भाषण के दौरान प्रशंसकों ने पंखे बंद कर दिए।"),
]

OMISSIONS = [
    _o("The bridge will open on Monday, two months behind schedule.", "पुल सोमवार को खुलेगा।", "two months behind schedule", "पुल तय समय से दो महीने की देरी से सोमवार को खुलेगा।"),
    _o("Police arrested three men and seized two rifles.", "पुलिस ने तीन लोगों को गिरफ़्तार किया।", "and seized two rifles", "पुलिस ने तीन लोगों को गिरफ़्तार किया और दो राइफ़लें ज़ब्त कीं।"),
    _o("The ban applies only to diesel cars older than ten years.", "प्रतिबंध डीज़ल कारों पर लागू होता है।", "only ... older than ten years", "प्रतिबंध केवल दस साल से पुरानी डीज़ल कारों पर लागू होता है।"),
    _o("The singer cancelled her tour for the second time this year.", "गायिका ने अपना दौरा रद्द कर दिया।", "for the second time this year", "गायिका ने इस साल दूसरी बार अपना दौरा रद्द कर दिया।"),
    _o("The hospital treated 40 patients, most of them children.", "अस्पताल ने 40 मरीज़ों का इलाज किया।", "most of them children", "अस्पताल ने 40 मरीज़ों का इलाज किया, जिनमें ज़्यादातर बच्चे थे।"),
    _o("Exports grew, but imports grew faster.", "निर्यात बढ़ा।", "but imports grew faster", "निर्यात बढ़ा, लेकिन आयात उससे तेज़ी से बढ़ा।"),
    _o("The minister denied the charge and threatened to sue the paper.", "मंत्री ने आरोप से इनकार किया।", "and threatened to sue the paper", "मंत्री ने आरोप से इनकार किया और अख़बार पर मुक़दमा करने की धमकी दी।"),
    _o("Schools in the district will stay closed until Thursday because of the floods.", "ज़िले के स्कूल गुरुवार तक बंद रहेंगे।", "because of the floods", "बाढ़ के कारण ज़िले के स्कूल गुरुवार तक बंद रहेंगे।"),
    _o("The museum is free for students on Sundays.", "संग्रहालय रविवार को मुफ़्त है।", "for students", "रविवार को छात्रों के लिए संग्रहालय मुफ़्त है।"),
    _o("The striker, who was born in Manipur, scored twice.", "स्ट्राइकर ने दो गोल किए।", "who was born in Manipur", "मणिपुर में जन्मे स्ट्राइकर ने दो गोल किए।"),
]
