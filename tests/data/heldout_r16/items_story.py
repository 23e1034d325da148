"""Held-out round-16 items: an invented 14-line news story (a jewellery heist in Jaipur's Johari
Bazaar) as flawed MT, and its clean twin (hand-written by helper blindA).

Each line: (src, flawed_mt, [(span, category, english[, occurrence])], clean_mt).
The showroom (Crown Jewels), its owners (Harish Kasliwal, Tom Silverman), the police officer
(Anjali Rathore), the security firm (Iron Gate Security), the Dutch expert (Pieter Blauwhoed), the
auctioneer (Edward Pennyfeather), the gang (the Night Owls) and all the figures are fiction.
"""

from __future__ import annotations

STORY = [
    (
        "Robbers broke into a jewellery showroom in Jaipur's Johari Bazaar early on Sunday and stole gems worth 40 crore rupees.",
        "रॉबर्स ने रविवार तड़के जयपुर के जौहरी बाज़ार में एक आभूषण शोरूम में सेंध लगाई और 40 करोड़ रुपये के रत्न चुरा लिए।",
        [("रॉबर्स", "translit", "Robbers")],
        "लुटेरों ने रविवार तड़के जयपुर के जौहरी बाज़ार में एक आभूषण शोरूम में सेंध लगाई और 40 करोड़ रुपये के रत्न चुरा लिए।",
    ),
    (
        "The showroom, Crown Jewels, belongs to Harish Kasliwal and his British partner, Tom Silverman.",
        "यह शोरूम, ताज के गहने, हरीश कासलीवाल और उनके ब्रिटिश साझेदार टॉम चांदी-आदमी का है।",
        [("ताज के गहने", "title-calque", "Crown Jewels"), ("चांदी-आदमी", "name-calque", "Silverman")],
        "यह शोरूम, क्राउन ज्वेल्स, हरीश कासलीवाल और उनके ब्रिटिश साझेदार टॉम सिल्वरमैन का है।",
    ),
    (
        "Police said the gang cut through the roof and lowered a ladder into the vault.",
        "पुलिस ने कहा कि गिरोह छत काटकर अंदर घुसा और वॉल्ट में एक लैडर उतारी।",
        [("वॉल्ट", "translit", "vault"), ("लैडर", "translit", "ladder")],
        "पुलिस ने कहा कि गिरोह छत काटकर अंदर घुसा और तिजोरी वाले कमरे में एक सीढ़ी उतारी।",
    ),
    (
        "Deputy Commissioner Anjali Rathore said it looked like an inside job.",
        "उपायुक्त अंजलि राठौड़ ने कहा कि यह अंदर का काम लगता है।",
        [("अंदर का काम", "idiom-literal", "an inside job")],
        "उपायुक्त अंजलि राठौड़ ने कहा कि इसमें किसी अंदरूनी व्यक्ति की मिलीभगत लगती है।",
    ),
    (
        "The guards of Iron Gate Security said the alarm never rang.",
        "लोहे का फाटक सुरक्षा के गार्डों ने कहा कि अलार्म बजा ही नहीं।",
        [("लोहे का फाटक सुरक्षा", "title-calque", "Iron Gate Security")],
        "आयरन गेट सिक्योरिटी के गार्डों ने कहा कि अलार्म बजा ही नहीं।",
    ),
    (
        "By morning the thieves had vanished into thin air.",
        "सुबह तक चोर पतली हवा में ग़ायब हो चुके थे।",
        [("पतली हवा में", "idiom-literal", "vanished into thin air")],
        "सुबह तक चोरों का कोई अता-पता नहीं था।",
    ),
    (
        "A Dutch diamond expert, Pieter Blauwhoed, was called to value the missing gems.",
        "एक डच हीरा विशेषज्ञ, पीटर नीली-टोपी, को ग़ायब रत्नों का मूल्य आंकने के लिए बुलाया गया।",
        [("नीली-टोपी", "name-calque", "Blauwhoed")],
        "एक डच हीरा विशेषज्ञ, पीटर ब्लाउहूड, को ग़ायब रत्नों का मूल्य आंकने के लिए बुलाया गया।",
    ),
    (
        "He said the pink diamond alone was worth 12 crore rupees.",
        "उन्होंने कहा कि अकेले गुलाबी हीरे की क़ीमत 12 करोड़ रुपये थी।",
        [],
        "उन्होंने कहा कि अकेले गुलाबी हीरे की क़ीमत 12 करोड़ रुपये थी।",
    ),
    (
        "Edward Pennyfeather of a London auction house said the gems would be hard to sell.",
        "लंदन के एक नीलामी घर के एडवर्ड पैसा-पंख ने कहा कि इन रत्नों को बेचना मुश्किल होगा।",
        [("पैसा-पंख", "name-calque", "Pennyfeather")],
        "लंदन के एक नीलामी घर के एडवर्ड पेनीफ़ेदर ने कहा कि इन रत्नों को बेचना मुश्किल होगा।",
    ),
    (
        "Police have detained three suspects, including a former guard.",
        "पुलिस ने एक पूर्व गार्ड समेत तीन सस्पेक्ट्स को हिरासत में लिया है।",
        [("सस्पेक्ट्स", "translit", "suspects")],
        "पुलिस ने एक पूर्व गार्ड समेत तीन संदिग्धों को हिरासत में लिया है।",
    ),
    (
        "The family had kept the new collection close to its chest until the wedding season.",
        "परिवार ने नए संग्रह को शादियों के मौसम तक सीने से लगाकर रखा था।",
        [("सीने से लगाकर रखा था", "idiom-literal", "kept close to its chest")],
        "परिवार ने नए संग्रह को शादियों के मौसम तक गुप्त रखा था।",
    ),
    (
        "Investigators believe the gang, known as the Night Owls, has a hideout near Ajmer.",
        "जांचकर्ताओं का मानना है कि रात के उल्लू नाम से जाना जाने वाला गिरोह का हाइडआउट अजमेर के पास है।",
        [("रात के उल्लू", "title-calque", "the Night Owls"), ("हाइडआउट", "translit", "hideout")],
        "जांचकर्ताओं का मानना है कि नाइट आउल्स नाम से जाना जाने वाला गिरोह का ठिकाना अजमेर के पास है।",
    ),
    (
        "Traders in the market shut their shops for a day in protest.",
        "बाज़ार के व्यापारियों ने विरोध में विरोध में एक दिन के लिए अपनी दुकानें बंद रखीं।",
        [("विरोध में", "repetition", "in protest (repeated)", 1)],
        "बाज़ार के व्यापारियों ने विरोध में एक दिन के लिए अपनी दुकानें बंद रखीं।",
    ),
    (
        "Police said a fingerprint on the ladder could crack the case.",
        "पुलिस ने कहा कि सीढ़ी पर मिला उंगलियों का एक निशान मामले को तोड़ सकता है।",
        [("मामले को तोड़ सकता है", "idiom-literal", "could crack the case")],
        "पुलिस ने कहा कि सीढ़ी पर मिला उंगलियों का एक निशान मामले की गुत्थी सुलझा सकता है।",
    ),
]
