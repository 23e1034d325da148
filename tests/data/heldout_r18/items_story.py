"""Held-out round-18 items: an invented 14-line news story (battery fires in electric scooters in
Pune and the maker's recall) as flawed MT, and its clean twin (hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
The scooter maker (Bluebolt Mobility), its model (the Firefly), its chief executive (Rohan
Kelkar), the fire officer (Devendra Potdar), the Japanese cell supplier's head (Kenji
Takabayashi), the German battery expert (Klaus Feuerstein), the British safety adviser (Helen
Ashworth), the residents' group (Safe Streets Pune), the investor (Evergreen Capital) and all the
figures are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "Electric scooter maker Bluebolt Mobility recalled 40,000 scooters on Thursday after a string of battery fires in Pune.",
        "इलेक्ट्रिक स्कूटर निर्माता नीली बिजली मोबिलिटी ने पुणे में बैटरी में आग की कई घटनाओं के बाद गुरुवार को 40,000 स्कूटर वापस वापस मंगाए।",
        [
            ("नीली बिजली मोबिलिटी", "title-calque", "Bluebolt Mobility"),
            ("वापस", "repetition", "recalled (repeated)", 1),
        ],
        "इलेक्ट्रिक स्कूटर निर्माता ब्लूबोल्ट मोबिलिटी ने पुणे में बैटरी में आग की कई घटनाओं के बाद गुरुवार को 40,000 स्कूटर वापस मंगाए।",
    ),
    (
        "Its best-selling model, the Firefly, caught fire in a parking lot in Kothrud on Monday night.",
        "इसका सबसे ज़्यादा बिकने वाला मॉडल, जुगनू, सोमवार रात कोथरूड की एक पार्किंग में आग की चपेट में आ गया।",
        [("जुगनू", "title-calque", "the Firefly")],
        "इसका सबसे ज़्यादा बिकने वाला मॉडल, फ़ायरफ़्लाई, सोमवार रात कोथरूड की एक पार्किंग में आग की चपेट में आ गया।",
    ),
    (
        "Two people were injured and six scooters were burnt.",
        "दो लोग इंजर्ड हुए और छह स्कूटर जल गए।",
        [("इंजर्ड", "translit", "injured")],
        "दो लोग घायल हुए और छह स्कूटर जल गए।",
    ),
    (
        "Fire officer Devendra Potdar said the blaze spread within minutes.",
        "अग्निशमन अधिकारी देवेंद्र पोतदार ने कहा कि ब्लेज़ कुछ ही मिनटों में फैल गया।",
        [("ब्लेज़", "translit", "blaze")],
        "अग्निशमन अधिकारी देवेंद्र पोतदार ने कहा कि आग कुछ ही मिनटों में फैल गई।",
    ),
    (
        "Owners say the company had its head in the clouds after the first fire in March.",
        "ओनर्स का कहना है कि मार्च में पहली आग के बाद कंपनी का सिर बादलों में था।",
        [
            ("ओनर्स", "translit", "Owners"),
            ("सिर बादलों में था", "idiom-literal", "had its head in the clouds"),
        ],
        "मालिकों का कहना है कि मार्च में पहली आग के बाद भी कंपनी ने हालात को गंभीरता से नहीं लिया।",
    ),
    (
        "Chief executive Rohan Kelkar said the firm would put its money where its mouth is and replace every battery for free.",
        "मुख्य कार्यकारी रोहन केलकर ने कहा कि कंपनी अपना पैसा वहां लगाएगी जहां उसका मुंह है और हर बैटरी मुफ़्त में बदलेगी।",
        [("अपना पैसा वहां लगाएगी जहां उसका मुंह है", "idiom-literal", "put its money where its mouth is")],
        "मुख्य कार्यकारी रोहन केलकर ने कहा कि कंपनी अपने वादे को निभाएगी और हर बैटरी मुफ़्त में बदलेगी।",
    ),
    (
        "The cells are made by a Japanese supplier headed by Kenji Takabayashi.",
        "सेल एक जापानी आपूर्तिकर्ता बनाता है, जिसके प्रमुख केंजी ऊंचा-जंगल हैं।",
        [("ऊंचा-जंगल", "name-calque", "Takabayashi")],
        "सेल एक जापानी आपूर्तिकर्ता बनाता है, जिसके प्रमुख केंजी ताकाबायाशी हैं।",
    ),
    (
        "German battery expert Klaus Feuerstein said a cooling fault was the likely cause.",
        "जर्मन बैटरी विशेषज्ञ क्लाउस आग-पत्थर ने कहा कि ठंडा रखने की प्रणाली में ख़राबी इसकी संभावित वजह थी।",
        [("आग-पत्थर", "name-calque", "Feuerstein")],
        "जर्मन बैटरी विशेषज्ञ क्लाउस फ़ॉयरश्टाइन ने कहा कि ठंडा रखने की प्रणाली में ख़राबी इसकी संभावित वजह थी।",
    ),
    (
        "British safety adviser Helen Ashworth said the firm had been running before it could walk.",
        "ब्रिटिश सुरक्षा सलाहकार हेलेन राख-मूल्य ने कहा कि कंपनी चल पाने से पहले ही दौड़ रही थी।",
        [
            ("राख-मूल्य", "name-calque", "Ashworth"),
            ("चल पाने से पहले ही दौड़ रही थी", "idiom-literal", "running before it could walk"),
        ],
        "ब्रिटिश सुरक्षा सलाहकार हेलेन ऐशवर्थ ने कहा कि कंपनी ने पूरी तैयारी के बिना ही जल्दबाज़ी में क़दम बढ़ा दिए थे।",
    ),
    (
        "Residents' group Safe Streets Pune asked housing societies to ban charging in basements.",
        "निवासियों के समूह सुरक्षित गलियां पुणे ने हाउसिंग सोसाइटियों से बेसमेंट में चार्जिंग पर रोक लगाने को कहा।",
        [("सुरक्षित गलियां पुणे", "title-calque", "Safe Streets Pune")],
        "निवासियों के समूह सेफ़ स्ट्रीट्स पुणे ने हाउसिंग सोसाइटियों से बेसमेंट में चार्जिंग पर रोक लगाने को कहा।",
    ),
    (
        "The state transport department has ordered tests at a laboratory in Manesar.",
        "राज्य परिवहन विभाग ने मानेसर की एक प्रयोगशाला में जांच के आदेश दिए हैं।",
        [],
        "राज्य परिवहन विभाग ने मानेसर की एक प्रयोगशाला में जांच के आदेश दिए हैं।",
    ),
    (
        "Victims will get compensation of up to one lakh rupees.",
        "पीड़ितों को एक लाख रुपये तक का कंपनसेशन मिलेगा।",
        [("कंपनसेशन", "translit", "compensation")],
        "पीड़ितों को एक लाख रुपये तक का मुआवज़ा मिलेगा।",
    ),
    (
        "Shares of Bluebolt's biggest investor, Evergreen Capital, fell 9 per cent.",
        "ब्लूबोल्ट के सबसे बड़े निवेशक, सदाबहार कैपिटल, के शेयर 9 प्रतिशत गिरे।",
        [("सदाबहार कैपिटल", "title-calque", "Evergreen Capital")],
        "ब्लूबोल्ट के सबसे बड़े निवेशक, एवरग्रीन कैपिटल, के शेयर 9 प्रतिशत गिरे।",
    ),
    (
        "Dealers said bookings had fallen off a cliff since the fire.",
        "डीलरों ने कहा कि आग के बाद से बुकिंग चट्टान से गिर गई है।",
        [("चट्टान से गिर गई है", "idiom-literal", "had fallen off a cliff")],
        "डीलरों ने कहा कि आग के बाद से बुकिंग में भारी गिरावट आई है।",
    ),
]
