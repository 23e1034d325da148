"""Held-out round-19 items: an invented 14-line news story (an auction of modern Indian paintings
in Mumbai: a record price, a forged canvas withdrawn) as flawed MT, and its clean twin
(hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
The painter (Keshav Dharmadhikari), the auction house (Silver Arch Auctions), the hotel (the Sea
Breeze Hotel), the collectors (Nandita Sheth, Haruki Takeuchi), the auctioneer (Oliver
Whitehead), the restorer (Anna Steinbach), the gallery (the Red Door Gallery), the fund (the
Northstar Art Fund), the dealer and all the figures are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "An untitled 1962 canvas by the modernist painter Keshav Dharmadhikari sold for a record 61 crore rupees at an auction in Mumbai on Saturday.",
        "आधुनिकतावादी चित्रकार केशव धर्माधिकारी का 1962 का एक बिना शीर्षक वाला कैनवस शनिवार को मुंबई में एक नीलामी नीलामी में रिकॉर्ड 61 करोड़ रुपये में बिका।",
        [("नीलामी", "repetition", "an auction (repeated)", 1)],
        "आधुनिकतावादी चित्रकार केशव धर्माधिकारी का 1962 का एक बिना शीर्षक वाला कैनवस शनिवार को मुंबई में एक नीलामी में रिकॉर्ड 61 करोड़ रुपये में बिका।",
    ),
    (
        "The sale was held by Silver Arch Auctions at the Sea Breeze Hotel in Colaba.",
        "बिक्री का आयोजन चांदी मेहराब नीलामीघर ने कोलाबा के समुद्री हवा होटल में किया।",
        [
            ("चांदी मेहराब नीलामीघर", "title-calque", "Silver Arch Auctions"),
            ("समुद्री हवा होटल", "title-calque", "the Sea Breeze Hotel"),
        ],
        "बिक्री का आयोजन सिल्वर आर्च ऑक्शंस ने कोलाबा के सी ब्रीज़ होटल में किया।",
    ),
    (
        "Bidding opened at 20 crore, and the painting turned heads as soon as it was shown.",
        "बोली 20 करोड़ से शुरू हुई, और दिखाए जाते ही पेंटिंग ने सिर घुमा दिए।",
        [("सिर घुमा दिए", "idiom-literal", "turned heads")],
        "बोली 20 करोड़ से शुरू हुई, और दिखाए जाते ही पेंटिंग ने सबका ध्यान खींच लिया।",
    ),
    (
        "Two collectors, Nandita Sheth and the Japanese businessman Haruki Takeuchi, fought it out over 25 bids.",
        "दो संग्रहकर्ताओं, नंदिता शेठ और जापानी कारोबारी हारुकी बांस-भीतर, के बीच 25 बोलियों तक मुक़ाबला चला।",
        [("बांस-भीतर", "name-calque", "Takeuchi")],
        "दो संग्रहकर्ताओं, नंदिता शेठ और जापानी कारोबारी हारुकी ताकेउची, के बीच 25 बोलियों तक मुक़ाबला चला।",
    ),
    (
        "The buyer, who did not wish to be named, bid by telephone.",
        "बायर ने, जो अपना नाम नहीं बताना चाहते थे, टेलीफ़ोन पर बोली लगाई।",
        [("बायर", "translit", "buyer")],
        "ख़रीदार ने, जो अपना नाम नहीं बताना चाहते थे, टेलीफ़ोन पर बोली लगाई।",
    ),
    (
        "Auctioneer Oliver Whitehead said the painting was worth its weight in gold.",
        "नीलामीकर्ता ओलिवर सफ़ेद-सिर ने कहा कि पेंटिंग अपने वज़न के बराबर सोने के लायक है।",
        [
            ("सफ़ेद-सिर", "name-calque", "Whitehead"),
            ("अपने वज़न के बराबर सोने के लायक है", "idiom-literal", "was worth its weight in gold"),
        ],
        "नीलामीकर्ता ओलिवर व्हाइटहेड ने कहा कि पेंटिंग बेहद बेशक़ीमती है।",
    ),
    (
        "The painting had hung for decades in the Red Door Gallery in Kala Ghoda.",
        "यह पेंटिंग दशकों तक काला घोड़ा की लाल दरवाज़ा गैलरी में टंगी रही थी।",
        [("लाल दरवाज़ा गैलरी", "title-calque", "the Red Door Gallery")],
        "यह पेंटिंग दशकों तक काला घोड़ा की रेड डोर गैलरी में टंगी रही थी।",
    ),
    (
        "But a second canvas, said to be by the same artist, was withdrawn hours before the sale.",
        "लेकिन उसी कलाकार का बताया जा रहा एक दूसरा कैनवस बिक्री से कुछ घंटे पहले विदड्रॉ कर लिया गया।",
        [("विदड्रॉ कर लिया गया", "translit", "was withdrawn")],
        "लेकिन उसी कलाकार का बताया जा रहा एक दूसरा कैनवस बिक्री से कुछ घंटे पहले वापस ले लिया गया।",
    ),
    (
        "Swiss restorer Anna Steinbach found that the canvas was forged.",
        "स्विस कला-संरक्षक ऐना पत्थर-नाला ने पाया कि कैनवस फ़ोर्ज्ड था।",
        [("पत्थर-नाला", "name-calque", "Steinbach"), ("फ़ोर्ज्ड", "translit", "forged")],
        "स्विस कला-संरक्षक ऐना श्टाइनबाख़ ने पाया कि कैनवस जाली था।",
    ),
    (
        "Its paint contained a pigment that was not made before the 1990s, which raised eyebrows among experts.",
        "उसके रंग में ऐसा रंजक था जो 1990 के दशक से पहले बनता ही नहीं था, जिससे विशेषज्ञों की भौंहें ऊपर उठ गईं।",
        [("भौंहें ऊपर उठ गईं", "idiom-literal", "raised eyebrows")],
        "उसके रंग में ऐसा रंजक था जो 1990 के दशक से पहले बनता ही नहीं था, जिससे विशेषज्ञों को शक हुआ।",
    ),
    (
        "The Economic Offences Wing has questioned the dealer from Kolkata who consigned the canvas.",
        "आर्थिक अपराध शाखा ने कैनवस बिक्री के लिए सौंपने वाले कोलकाता के डीलर से पूछताछ की है।",
        [],
        "आर्थिक अपराध शाखा ने कैनवस बिक्री के लिए सौंपने वाले कोलकाता के डीलर से पूछताछ की है।",
    ),
    (
        "The Northstar Art Fund said its eleven Dharmadhikari canvases would take pride of place in its new museum in Alibaug.",
        "उत्तर-तारा आर्ट फ़ंड ने कहा कि धर्माधिकारी के उसके ग्यारह कैनवस अलीबाग़ में उसके नए संग्रहालय में गर्व की जगह पाएंगे।",
        [
            ("उत्तर-तारा आर्ट फ़ंड", "title-calque", "the Northstar Art Fund"),
            ("गर्व की जगह पाएंगे", "idiom-literal", "would take pride of place"),
        ],
        "नॉर्थस्टार आर्ट फ़ंड ने कहा कि धर्माधिकारी के उसके ग्यारह कैनवस अलीबाग़ में उसके नए संग्रहालय में सबसे ख़ास जगह पाएंगे।",
    ),
    (
        "Gallery owners said a gold rush for Indian modernists had begun.",
        "गैलरी मालिकों ने कहा कि भारतीय आधुनिकतावादियों के लिए सोने की दौड़ शुरू हो गई है।",
        [("सोने की दौड़", "idiom-literal", "a gold rush")],
        "गैलरी मालिकों ने कहा कि भारतीय आधुनिकतावादियों की कृतियां ख़रीदने की होड़ शुरू हो गई है।",
    ),
    (
        "The proceeds will go to the painter's family trust.",
        "प्रोसीड्स चित्रकार के पारिवारिक ट्रस्ट को जाएंगे।",
        [("प्रोसीड्स", "translit", "proceeds")],
        "बिक्री से मिली रक़म चित्रकार के पारिवारिक ट्रस्ट को जाएगी।",
    ),
]
