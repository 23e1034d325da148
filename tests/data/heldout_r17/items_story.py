"""Held-out round-17 items: an invented 14-line news story (a container ship aground off Kollam
and the oil spill on the Kerala coast) as flawed MT, and its clean twin (hand-written by helper
blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
The ship (the Fairwind), its Croatian captain (Josip Vinograd), the shipping line (Blue Anchor
Lines), the Norwegian salvage expert (Lars Stormvik), the insurer's assessor (Peter Goodfellow),
the volunteers' group (Green Fins), the fisheries officer (Thomas Kuruvilla) and all the figures
are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "A container ship ran aground off the Kerala coast on Tuesday, spilling oil into the sea near Kollam.",
        "मंगलवार को केरल तट के पास एक कंटेनर जहाज़ उथले पानी में फंस गया, जिससे कोल्लम के पास समुद्र में ऑयल फैल गया।",
        [("ऑयल", "translit", "oil")],
        "मंगलवार को केरल तट के पास एक कंटेनर जहाज़ उथले पानी में फंस गया, जिससे कोल्लम के पास समुद्र में तेल फैल गया।",
    ),
    (
        "The ship, the Fairwind, was carrying 600 containers from Colombo to Mumbai.",
        "जहाज़, सुहानी हवा, कोलंबो से मुंबई 600 कंटेनर ले जा रहा था।",
        [("सुहानी हवा", "title-calque", "the Fairwind")],
        "जहाज़, फ़ेयरविंड, कोलंबो से मुंबई 600 कंटेनर ले जा रहा था।",
    ),
    (
        "Its Croatian captain, Josip Vinograd, and 23 crew members were rescued by the Coast Guard.",
        "इसके क्रोएशियाई कप्तान, योसिप अंगूर-बाग़, और चालक दल के 23 सदस्यों को तटरक्षक बल ने बचा लिया।",
        [("अंगूर-बाग़", "name-calque", "Vinograd")],
        "इसके क्रोएशियाई कप्तान, योसिप विनोग्राद, और चालक दल के 23 सदस्यों को तटरक्षक बल ने बचा लिया।",
    ),
    (
        "The shipping company, Blue Anchor Lines, said the crew had kept their heads.",
        "शिपिंग कंपनी नीला लंगर लाइन्स ने कहा कि चालक दल ने अपने सिर संभाले रखे।",
        [
            ("नीला लंगर लाइन्स", "title-calque", "Blue Anchor Lines"),
            ("अपने सिर संभाले रखे", "idiom-literal", "kept their heads"),
        ],
        "शिपिंग कंपनी ब्लू एंकर लाइंस ने कहा कि चालक दल ने होश नहीं खोया।",
    ),
    (
        "Fishermen in Kollam said the spill had left them high and dry.",
        "कोल्लम के मछुआरों ने कहा कि तेल रिसाव ने उन्हें ऊंचा और सूखा छोड़ दिया है।",
        [("ऊंचा और सूखा छोड़ दिया", "idiom-literal", "left them high and dry")],
        "कोल्लम के मछुआरों ने कहा कि तेल रिसाव ने उनकी रोज़ी-रोटी छीन ली है।",
    ),
    (
        "Dead fish and turtles washed up on the beaches.",
        "मरी हुई मछलियां और टर्टल्स बहकर किनारों पर आ गए।",
        [("टर्टल्स", "translit", "turtles")],
        "मरी हुई मछलियां और कछुए बहकर किनारों पर आ गए।",
    ),
    (
        "Fisheries officer Thomas Kuruvilla banned fishing within 20 nautical miles of the wreck.",
        "मत्स्य अधिकारी थॉमस कुरुविला ने मलबे से 20 समुद्री मील के भीतर मछली पकड़ने पर रोक रोक लगा दी।",
        [("रोक", "repetition", "banned (repeated)", 1)],
        "मत्स्य अधिकारी थॉमस कुरुविला ने मलबे से 20 समुद्री मील के भीतर मछली पकड़ने पर रोक लगा दी।",
    ),
    (
        "A Norwegian salvage expert, Lars Stormvik, said the ship's hull was resting on the seabed.",
        "नॉर्वे के एक बचाव विशेषज्ञ, लार्स तूफ़ान-खाड़ी, ने कहा कि जहाज़ का निचला हिस्सा सीबेड पर टिका है।",
        [("तूफ़ान-खाड़ी", "name-calque", "Stormvik"), ("सीबेड", "translit", "seabed")],
        "नॉर्वे के एक बचाव विशेषज्ञ, लार्स स्टॉर्मविक, ने कहा कि जहाज़ का निचला हिस्सा समुद्र तल पर टिका है।",
    ),
    (
        "Environmental groups accused the company of sweeping the problem under the carpet.",
        "पर्यावरण समूहों ने कंपनी पर समस्या को कालीन के नीचे झाड़ने का आरोप लगाया।",
        [("कालीन के नीचे झाड़ने", "idiom-literal", "sweeping the problem under the carpet")],
        "पर्यावरण समूहों ने कंपनी पर समस्या को दबाने का आरोप लगाया।",
    ),
    (
        "Volunteers from the group Green Fins cleaned twelve kilometres of beach.",
        "समूह हरे पंखों के स्वयंसेवकों ने बारह किलोमीटर समुद्र-तट साफ़ किया।",
        [("हरे पंखों", "title-calque", "Green Fins")],
        "समूह ग्रीन फ़िन्स के स्वयंसेवकों ने बारह किलोमीटर समुद्र-तट साफ़ किया।",
    ),
    (
        "The insurer sent an assessor, Peter Goodfellow, from London.",
        "बीमा कंपनी ने लंदन से एक आकलनकर्ता, पीटर अच्छा-साथी, को भेजा।",
        [("अच्छा-साथी", "name-calque", "Goodfellow")],
        "बीमा कंपनी ने लंदन से एक आकलनकर्ता, पीटर गुडफ़ेलो, को भेजा।",
    ),
    (
        "Fishermen said the compensation on offer was peanuts.",
        "मछुआरों ने कहा कि पेश किया गया मुआवज़ा मूंगफली है।",
        [("मूंगफली है", "idiom-literal", "was peanuts")],
        "मछुआरों ने कहा कि पेश किया गया मुआवज़ा बहुत मामूली है।",
    ),
    (
        "Police have registered a case against the ship's owners.",
        "पुलिस ने जहाज़ के मालिकों के ख़िलाफ़ मामला दर्ज किया है।",
        [],
        "पुलिस ने जहाज़ के मालिकों के ख़िलाफ़ मामला दर्ज किया है।",
    ),
    (
        "The Coast Guard said the leaking tanks would be sealed by Sunday.",
        "तटरक्षक बल ने कहा कि लीकिंग टैंकों को रविवार तक सील कर दिया जाएगा।",
        [("लीकिंग", "translit", "leaking")],
        "तटरक्षक बल ने कहा कि रिसते टैंकों को रविवार तक सील कर दिया जाएगा।",
    ),
]
