"""Held-out set B (round 3): 20 idioms written AFTER the first landing and BEFORE the idiom list
was grown a second time, to measure what the detectors do on idioms the list-writer had not
yet chosen. Not edited afterwards; the list's later growth did not look at it (see README).
Licence: CC-BY-4.0, like the project's other hand-written test data.

FLAWED: (English source, flawed MT, gold span, English idiom, correct MT)
"""

FLAWED = [
    (
        "Students are hitting the books before the exams.",
        "परीक्षा से पहले छात्र किताबों को मार रहे हैं।",
        "किताबों को मार",
        "hitting the books",
        "परीक्षा से पहले छात्र जमकर पढ़ाई कर रहे हैं।",
    ),
    (
        "Only the cream of the crop will join the national team.",
        "केवल फसल की मलाई ही राष्ट्रीय टीम में शामिल होगी।",
        "फसल की मलाई",
        "the cream of the crop",
        "केवल सबसे बेहतरीन खिलाड़ी ही राष्ट्रीय टीम में शामिल होंगे।",
    ),
    (
        "The new coach got off on the wrong foot with the players.",
        "नए कोच ने खिलाड़ियों के साथ गलत पैर पर शुरुआत की।",
        "गलत पैर पर शुरुआत",
        "got off on the wrong foot",
        "नए कोच की खिलाड़ियों के साथ शुरुआत ही खराब रही।",
    ),
    (
        "Without the documents, the company does not have a leg to stand on.",
        "दस्तावेज़ों के बिना कंपनी के पास खड़े होने के लिए एक टांग भी नहीं है।",
        "खड़े होने के लिए एक टांग",
        "a leg to stand on",
        "दस्तावेज़ों के बिना कंपनी का दावा टिक नहीं सकता।",
    ),
    (
        "The new stadium cost a pretty penny.",
        "नए स्टेडियम में एक सुंदर पैसा खर्च हुआ।",
        "एक सुंदर पैसा",
        "cost a pretty penny",
        "नए स्टेडियम पर भारी रकम खर्च हुई।",
    ),
    (
        "Small traders are struggling to keep their heads above water.",
        "छोटे व्यापारी अपने सिर पानी के ऊपर रखने के लिए संघर्ष कर रहे हैं।",
        "सिर पानी के ऊपर रखने",
        "keep their heads above water",
        "छोटे व्यापारी किसी तरह गुज़ारा करने के लिए संघर्ष कर रहे हैं।",
    ),
    (
        "The minister has a sweet tooth.",
        "मंत्री का एक मीठा दांत है।",
        "मीठा दांत",
        "has a sweet tooth",
        "मंत्री को मीठा बहुत पसंद है।",
    ),
    (
        "Tell me your plan, I am all ears.",
        "मुझे अपनी योजना बताओ, मैं सब कान हूं।",
        "सब कान हूं",
        "I am all ears",
        "मुझे अपनी योजना बताओ, मैं ध्यान से सुन रहा हूं।",
    ),
    (
        "The name of the village was on the tip of my tongue.",
        "गांव का नाम मेरी जीभ की नोक पर था।",
        "जीभ की नोक पर",
        "on the tip of my tongue",
        "गांव का नाम मुझे याद आते-आते रह गया।",
    ),
    (
        "Every state wants a piece of the pie.",
        "हर राज्य पाई का एक टुकड़ा चाहता है।",
        "पाई का एक टुकड़ा",
        "a piece of the pie",
        "हर राज्य इसमें अपना हिस्सा चाहता है।",
    ),
    (
        "I would love to be a fly on the wall at that meeting.",
        "मैं उस बैठक में दीवार पर एक मक्खी बनना पसंद करूंगा।",
        "दीवार पर एक मक्खी",
        "a fly on the wall",
        "मैं चुपचाप उस बैठक की बातें सुनना चाहूंगा।",
    ),
    (
        "After months without pay, the workers are at the end of their rope.",
        "महीनों से वेतन न मिलने के बाद कर्मचारी अपनी रस्सी के अंत में हैं।",
        "रस्सी के अंत में",
        "at the end of their rope",
        "महीनों से वेतन न मिलने के बाद कर्मचारियों का धैर्य जवाब दे चुका है।",
    ),
    (
        "The government tried to put a lid on the scandal.",
        "सरकार ने घोटाले पर ढक्कन लगाने की कोशिश की।",
        "घोटाले पर ढक्कन लगाने",
        "put a lid on",
        "सरकार ने घोटाले को दबाने की कोशिश की।",
    ),
    (
        "Such promises are a dime a dozen during elections.",
        "चुनाव के दौरान ऐसे वादे एक दर्जन एक पैसे के होते हैं।",
        "एक दर्जन एक पैसे",
        "a dime a dozen",
        "चुनाव के दौरान ऐसे वादे आम होते हैं।",
    ),
    (
        "A leopard cannot change its spots, the opposition said of the minister.",
        "विपक्ष ने मंत्री के बारे में कहा कि तेंदुआ अपने धब्बे नहीं बदल सकता।",
        "तेंदुआ अपने धब्बे नहीं बदल सकता",
        "a leopard cannot change its spots",
        "विपक्ष ने मंत्री के बारे में कहा कि आदमी की फितरत नहीं बदलती।",
    ),
    (
        "The manager got the boot after the losses.",
        "घाटे के बाद प्रबंधक को जूता मिला।",
        "जूता मिला",
        "got the boot",
        "घाटे के बाद प्रबंधक को नौकरी से निकाल दिया गया।",
    ),
    (
        "With ten seats already won, the election is in the bag.",
        "दस सीटें पहले ही जीतने के बाद चुनाव थैले में है।",
        "थैले में",
        "in the bag",
        "दस सीटें पहले ही जीतने के बाद चुनाव में जीत पक्की है।",
    ),
    (
        "The media had a field day with the scandal.",
        "मीडिया ने घोटाले के साथ मैदान का दिन मनाया।",
        "मैदान का दिन",
        "had a field day",
        "मीडिया ने घोटाले को खूब उछाला।",
    ),
    (
        "The young minister is not afraid to make waves.",
        "युवा मंत्री लहरें बनाने से नहीं डरते।",
        "लहरें बनाने",
        "make waves",
        "युवा मंत्री हलचल मचाने से नहीं डरते।",
    ),
    (
        "The farmers of this village are the salt of the earth.",
        "इस गांव के किसान धरती का नमक हैं।",
        "धरती का नमक",
        "the salt of the earth",
        "इस गांव के किसान बेहद नेक और ईमानदार लोग हैं।",
    ),
]
