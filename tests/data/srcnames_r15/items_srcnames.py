"""Round-15 names-and-titles-with-source held-out items (hand-written 2026-11-29 05:00 UTC BEFORE any
round-15 work on the with-source name/title rules, never edited to fit; report numbers on it, do not
tune on it). Licence: Apache-2.0.

Flawed rows (every one with its English source):
- a person's given name transliterated and, in the surname's slot, a Hindi word for what the surname
  means -- German, Czech, Finnish, Hungarian, Italian, Japanese, Turkish, Greek, Estonian, Arabic,
  Spanish, Dutch, Kenyan, English, Russian and Chinese names; with a title, sentence-initial, in a
  list, after a genitive;
- capitalised names and titles rendered as Hindi words: teams, a band, newspapers, a university,
  towns whose names are English common words.
Clean rows: each flawed row's correct translation (`c-`), and look-alikes (`l-`): names whose
Devanagari reading is also a Hindi word (काई, मेल, रोज़ा, नील कमल, प्रतिभा, सुमन, कामिनी लता),
historical epithets and bodies Hindi translates (कैथरीन महान, सिकंदर महान, रेल मंत्रालय, पोप),
places and clubs with English words kept in Devanagari (पार्क स्ट्रीट, इलेक्ट्रॉनिक सिटी, गुजरात
जायंट्स), and the flawed rows' Hindi words in their plain sense next to a transliterated name.
None of the English names was in the dev lines (/tmp/r15/dev_src.jsonl) or tests/data when written
(checked by grep).

    python tests/data/srcnames_r15/build.py
    audit check tests/data/srcnames_r15/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o SN.jsonl
    python tests/data/srcnames_r15/score.py SN.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
T = "title-calque"
LN = "name"
LT = "title"

IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []

NAMES = [
    F(
        N,
        "Ornithologist Uwe Specht counted the birds at dawn.",
        "पक्षी-विज्ञानी ऊवे कठफोड़वा ने भोर में पक्षियों की गिनती की।",
        [("कठफोड़वा", "Specht")],
        "पक्षी-विज्ञानी ऊवे श्पेष्ट ने भोर में पक्षियों की गिनती की।",
    ),
    F(
        N,
        "Coach Radek Holub praised the young players.",
        "कोच रादेक कबूतर ने युवा खिलाड़ियों की प्रशंसा की।",
        [("कबूतर", "Holub")],
        "कोच रादेक होलुब ने युवा खिलाड़ियों की प्रशंसा की।",
    ),
    F(
        N,
        "Goalkeeper Veeti Koivu stopped every shot.",
        "गोलकीपर वेएती भोजपत्र ने हर शॉट रोका।",
        [("भोजपत्र", "Koivu")],
        "गोलकीपर वेएती कोइवु ने हर शॉट रोका।",
    ),
    F(
        N,
        "Mayor Gábor Bárány opened the wine festival.",
        "महापौर गाबोर मेमना ने वाइन उत्सव का उद्घाटन किया।",
        [("मेमना", "Bárány")],
        "महापौर गाबोर बारान्य ने वाइन उत्सव का उद्घाटन किया।",
    ),
    F(
        N,
        "The court heard testimony from Alessio Pescatore.",
        "अदालत ने अलेस्सियो मछुआरा की गवाही सुनी।",
        [("मछुआरा", "Pescatore")],
        "अदालत ने अलेस्सियो पेस्कातोरे की गवाही सुनी।",
    ),
    F(
        N,
        "Potter Hana Kuroda showed her new bowls.",
        "कुम्हार हाना काला-खेत ने अपने नए कटोरे दिखाए।",
        [("काला-खेत", "Kuroda")],
        "कुम्हार हाना कुरोदा ने अपने नए कटोरे दिखाए।",
    ),
    F(
        N,
        "Pilot Tarık Kartal landed the plane safely.",
        "पायलट तारिक चील ने विमान को सुरक्षित उतारा।",
        [("चील", "Kartal")],
        "पायलट तारिक कार्ताल ने विमान को सुरक्षित उतारा।",
    ),
    F(
        N,
        "Singer Kostas Psaras released a new album.",
        "गायक कोस्तास मछेरा ने एक नया एल्बम जारी किया।",
        [("मछेरा", "Psaras")],
        "गायक कोस्तास प्सारास ने एक नया एल्बम जारी किया।",
    ),
    F(
        N,
        "Kadri Karu finished the marathon first.",
        "कादरी भालू ने मैराथन सबसे पहले पूरी की।",
        [("भालू", "Karu")],
        "कादरी कारु ने मैराथन सबसे पहले पूरी की।",
    ),
    F(
        N,
        "Baker Samir Khabbaz opened a second shop in Amman.",
        "बेकर समीर नानबाई ने अम्मान में दूसरी दुकान खोली।",
        [("नानबाई", "Khabbaz")],
        "बेकर समीर ख़ब्बाज़ ने अम्मान में दूसरी दुकान खोली।",
    ),
    F(
        N,
        "Striker Álvaro Cazador scored the winning goal.",
        "स्ट्राइकर आल्वारो शिकारी ने विजयी गोल किया।",
        [("शिकारी", "Cazador")],
        "स्ट्राइकर आल्वारो कासादोर ने विजयी गोल किया।",
    ),
    F(
        N,
        "Skater Jelle Vos won the 5000 metres.",
        "स्केटर येल्ले लोमड़ी ने 5000 मीटर स्पर्धा जीती।",
        [("लोमड़ी", "Vos")],
        "स्केटर येल्ले वोस ने 5000 मीटर स्पर्धा जीती।",
    ),
    F(
        N,
        "Athlete Wanjiku Simba set a course record.",
        "एथलीट वांजिकु शेर ने कोर्स रिकॉर्ड बनाया।",
        [("शेर", "Simba")],
        "एथलीट वांजिकु सिम्बा ने कोर्स रिकॉर्ड बनाया।",
    ),
    F(
        N,
        "The prize went to Oscar Lund and Ruby Greengrass.",
        "पुरस्कार ऑस्कर लुंड और रूबी हरी-घास को मिला।",
        [("हरी-घास", "Greengrass")],
        "पुरस्कार ऑस्कर लुंड और रूबी ग्रीनग्रास को मिला।",
    ),
    F(
        N,
        "A novel by Lev Orekhov won the prize.",
        "लेव अखरोट के एक उपन्यास ने पुरस्कार जीता।",
        [("अखरोट", "Orekhov")],
        "लेव ओरेख़ोव के एक उपन्यास ने पुरस्कार जीता।",
    ),
    F(
        N,
        "Table tennis player Zhou Meili reached the semi-final.",
        "टेबल टेनिस खिलाड़ी झोउ सुंदर सेमीफ़ाइनल में पहुँचीं।",
        [("सुंदर", "Meili")],
        "टेबल टेनिस खिलाड़ी झोउ मेइली सेमीफ़ाइनल में पहुँचीं।",
    ),
]

TITLES = [
    F(
        T,
        "The Anaheim Ducks beat Calgary 3-1.",
        "अनाहाइम बत्तखों ने कैलगरी को 3-1 से हराया।",
        [("अनाहाइम बत्तखों", "Anaheim Ducks")],
        "अनाहाइम डक्स ने कैलगरी को 3-1 से हराया।",
    ),
    F(
        T,
        "The Nashville Predators signed a new goalkeeper.",
        "नैशविल शिकारियों ने एक नए गोलकीपर से करार किया।",
        [("नैशविल शिकारियों", "Nashville Predators")],
        "नैशविल प्रीडेटर्स ने एक नए गोलकीपर से करार किया।",
    ),
    F(
        T,
        "Iron Maiden will tour India next year.",
        "लौह कुमारी अगले साल भारत का दौरा करेगी।",
        [("लौह कुमारी", "Iron Maiden")],
        "आयरन मेडन अगले साल भारत का दौरा करेगा।",
    ),
    F(
        T,
        "Snow Patrol played two songs from their first album.",
        "बर्फ़ गश्ती ने अपने पहले एल्बम के दो गाने बजाए।",
        [("बर्फ़ गश्ती", "Snow Patrol")],
        "स्नो पैट्रोल ने अपने पहले एल्बम के दो गाने बजाए।",
    ),
    F(
        T,
        "She wrote a weekly column for the Evening Standard.",
        "उन्होंने शाम मानक के लिए एक साप्ताहिक स्तंभ लिखा।",
        [("शाम मानक", "Evening Standard")],
        "उन्होंने इवनिंग स्टैंडर्ड के लिए एक साप्ताहिक स्तंभ लिखा।",
    ),
    F(
        T,
        "The Times published the letter on Monday.",
        "समय ने सोमवार को वह पत्र प्रकाशित किया।",
        [("समय", "The Times")],
        "द टाइम्स ने सोमवार को वह पत्र प्रकाशित किया।",
    ),
    F(
        T,
        "She teaches chemistry at Rice University in Houston.",
        "वह ह्यूस्टन के चावल विश्वविद्यालय में रसायन पढ़ाती हैं।",
        [("चावल विश्वविद्यालय", "Rice University")],
        "वह ह्यूस्टन की राइस यूनिवर्सिटी में रसायन पढ़ाती हैं।",
    ),
    F(
        T,
        "The family moved to Sugar Land, Texas.",
        "परिवार टेक्सास के चीनी भूमि में जाकर बस गया।",
        [("चीनी भूमि", "Sugar Land")],
        "परिवार टेक्सास के शुगर लैंड में जाकर बस गया।",
    ),
    F(
        T,
        "The train stopped at Moose Jaw for an hour.",
        "ट्रेन बारहसिंगा जबड़ा पर एक घंटे रुकी।",
        [("बारहसिंगा जबड़ा", "Moose Jaw")],
        "ट्रेन मूस जॉ पर एक घंटे रुकी।",
    ),
    F(
        T,
        "Reading beat Luton 2-0 on Saturday.",
        "पढ़ना ने शनिवार को ल्यूटन को 2-0 से हराया।",
        [("पढ़ना", "Reading")],
        "रीडिंग ने शनिवार को ल्यूटन को 2-0 से हराया।",
    ),
]

NAME_LOOKALIKES = [
    C(LN, "Midfielder Kai Havertz scored in the final.", "मिडफ़ील्डर काई हैवर्ट्ज़ ने फ़ाइनल में गोल किया।"),
    C(LN, "Mel Gibson directed the film himself.", "मेल गिब्सन ने फ़िल्म का निर्देशन ख़ुद किया।"),
    C(LN, "Rosa Parks refused to give up her seat.", "रोज़ा पार्क्स ने अपनी सीट छोड़ने से इनकार कर दिया।"),
    C(
        LN,
        "Painter Neel Kamal Sen held an exhibition in Kolkata.",
        "चित्रकार नील कमल सेन ने कोलकाता में प्रदर्शनी लगाई।",
    ),
    C(LN, "Writer Pratibha Rao read a new story.", "लेखिका प्रतिभा राव ने एक नई कहानी पढ़ी।"),
    C(LN, "Suman Kalyanpur sang the title song.", "सुमन कल्याणपुर ने शीर्षक गीत गाया।"),
    C(LN, "Dr Kamini Lata examined the child.", "डॉ. कामिनी लता ने बच्चे की जाँच की।"),
    C(LN, "Catherine the Great ruled Russia for 34 years.", "कैथरीन महान ने 34 वर्षों तक रूस पर शासन किया।"),
    C(LN, "Alexander the Great reached the Beas.", "सिकंदर महान ब्यास नदी तक पहुँचा।"),
    C(LN, "The Pope visited Lisbon in August.", "पोप ने अगस्त में लिस्बन का दौरा किया।"),
    C(
        LN,
        "Ornithologist Ilse Fink saw a woodpecker in the park.",
        "पक्षी-विज्ञानी इल्से फ़िंक ने पार्क में एक कठफोड़वा देखा।",
    ),
    C(LN, "Fisherman Kostas brought a basket of fish.", "मछुआरा कोस्तास मछलियों की एक टोकरी लाया।"),
]

TITLE_LOOKALIKES = [
    C(LT, "The shop is on Park Street in Kolkata.", "दुकान कोलकाता की पार्क स्ट्रीट पर है।"),
    C(LT, "Her office is in Electronic City, Bengaluru.", "उनका दफ़्तर बेंगलुरु की इलेक्ट्रॉनिक सिटी में है।"),
    C(LT, "The Gujarat Giants lost to U Mumba.", "गुजरात जायंट्स को यू मुंबा ने हरा दिया।"),
    C(LT, "The Ministry of Railways announced new trains.", "रेल मंत्रालय ने नई ट्रेनों की घोषणा की।"),
    C(LT, "The ducks on the pond fled from the dog.", "तालाब की बत्तखें कुत्ते से डरकर भाग गईं।"),
    C(LT, "Sugar and land prices rose in Texas.", "टेक्सास में चीनी और ज़मीन के दाम बढ़ गए।"),
    C(LT, "Reading is her favourite hobby.", "पढ़ना उनका पसंदीदा शौक है।"),
    C(LT, "Times have changed since then.", "तब से समय बदल गया है।"),
]
