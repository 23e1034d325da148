"""Held-out set C, names and titles (issues 13 and 14), written by hand on 2026-11-27 at
18:47-19:00 UTC BEFORE the round-4 name/title work was tuned, by the r4-names helper. Not tuned on
and not to be edited to fit: report it separately. Licence: CC-BY-4.0 like the other hand-written
test data. Build the JSONL with ``python tests/data/names_heldout/build.py c``.

Same shapes as ``items.py``. FLAWED: (category, src, flawed mt, gold span, English part, correct
mt). LITERAL: (look-alike-of category, src, mt) — clean Hindi using the calque's Hindi words
legitimately, several right after a given name or before an office word.
"""

FLAWED = [
    # ---- offices, titles and institutions outside the round-3 lists
    (
        "title-calque",
        "Chief Whip Mark Spencer said the vote would go ahead.",
        "मुख्य चाबुक मार्क स्पेंसर ने कहा कि मतदान होगा।",
        "मुख्य चाबुक",
        "Chief Whip",
        "मुख्य सचेतक मार्क स्पेंसर ने कहा कि मतदान होगा।",
    ),  # UK
    (
        "title-calque",
        "Press Secretary Karoline Leavitt briefed reporters at the White House.",
        "दबाव सचिव कैरोलिन लेविट ने व्हाइट हाउस में पत्रकारों को जानकारी दी।",
        "दबाव सचिव",
        "Press Secretary",
        "प्रेस सचिव कैरोलिन लेविट ने व्हाइट हाउस में पत्रकारों को जानकारी दी।",
    ),  # US
    (
        "title-calque",
        "The president met the visitors in the Oval Office.",
        "राष्ट्रपति ने अंडाकार कार्यालय में आगंतुकों से मुलाकात की।",
        "अंडाकार कार्यालय",
        "Oval Office",
        "राष्ट्रपति ने ओवल ऑफिस में आगंतुकों से मुलाकात की।",
    ),  # US
    (
        "title-calque",
        "The Deputy Speaker adjourned the House until Monday.",
        "उप वक्ता ने सदन की कार्यवाही सोमवार तक स्थगित कर दी।",
        "उप वक्ता",
        "Deputy Speaker",
        "उपाध्यक्ष ने सदन की कार्यवाही सोमवार तक स्थगित कर दी।",
    ),  # UK / India
    (
        "title-calque",
        "The bill now goes to the upper house.",
        "विधेयक अब ऊपरी घर में जाएगा।",
        "ऊपरी घर",
        "upper house",
        "विधेयक अब उच्च सदन में जाएगा।",
    ),
    (
        "title-calque",
        "The Privy Council rejected the appeal.",
        "निजी परिषद ने अपील खारिज कर दी।",
        "निजी परिषद",
        "Privy Council",
        "प्रिवी काउंसिल ने अपील खारिज कर दी।",
    ),  # UK
    (
        "title-calque",
        "The Met Police arrested four people after the protest.",
        "मिले पुलिस ने प्रदर्शन के बाद चार लोगों को गिरफ्तार किया।",
        "मिले पुलिस",
        "Met Police",
        "मेट पुलिस ने प्रदर्शन के बाद चार लोगों को गिरफ्तार किया।",
    ),  # UK
    (
        "title-calque",
        "The Blue House said the summit would be held in Seoul.",
        "नीले घर ने कहा कि शिखर सम्मेलन सियोल में होगा।",
        "नीले घर",
        "Blue House",
        "ब्लू हाउस ने कहा कि शिखर सम्मेलन सियोल में होगा।",
    ),  # South Korea
    (
        "title-calque",
        "The Crown Prosecution Service decided not to charge him.",
        "मुकुट अभियोजन सेवा ने उन पर आरोप न लगाने का फैसला किया।",
        "मुकुट अभियोजन सेवा",
        "Crown Prosecution Service",
        "क्राउन प्रॉसिक्यूशन सर्विस ने उन पर आरोप न लगाने का फैसला किया।",
    ),  # UK
    (
        "title-calque",
        "The Cabinet Office published the new guidance.",
        "अलमारी कार्यालय ने नया दिशानिर्देश प्रकाशित किया।",
        "अलमारी कार्यालय",
        "Cabinet Office",
        "कैबिनेट कार्यालय ने नया दिशानिर्देश प्रकाशित किया।",
    ),  # UK
    (
        "title-calque",
        "Chancellor of the Exchequer Rachel Reeves presented the budget.",
        "राजकोष के कुलपति रेचल रीव्स ने बजट पेश किया।",
        "राजकोष के कुलपति",
        "Chancellor of the Exchequer",
        "वित्त मंत्री रेचल रीव्स ने बजट पेश किया।",
    ),  # UK
    (
        "title-calque",
        "The Red Cross sent medicines to the city.",
        "लाल क्रॉस ने शहर में दवाइयां भेजीं।",
        "लाल क्रॉस",
        "Red Cross",
        "रेड क्रॉस ने शहर में दवाइयां भेजीं।",
    ),  # international
    (
        "title-calque",
        "Minority Leader Hakeem Jeffries criticised the plan.",
        "अल्पसंख्यक नेता हकीम जेफ्रीज़ ने योजना की आलोचना की।",
        "अल्पसंख्यक नेता",
        "Minority Leader",
        "अल्पमत दल के नेता हकीम जेफ्रीज़ ने योजना की आलोचना की।",
    ),  # US
    # ---- names: English-word surnames and given names, East Asian syllables
    (
        "name-calque",
        "Canoeist Jessica Fox won another world title.",
        "कैनो खिलाड़ी जेसिका लोमड़ी ने एक और विश्व खिताब जीता।",
        "लोमड़ी",
        "Fox",
        "कैनो खिलाड़ी जेसिका फॉक्स ने एक और विश्व खिताब जीता।",
    ),  # Australian
    (
        "name-calque",
        "Basketball legend Larry Bird watched the game.",
        "बास्केटबॉल के दिग्गज लैरी चिड़िया ने मैच देखा।",
        "चिड़िया",
        "Bird",
        "बास्केटबॉल के दिग्गज लैरी बर्ड ने मैच देखा।",
    ),  # American
    (
        "name-calque",
        "Actress Emma Stone won the award for best actress.",
        "अभिनेत्री एम्मा पत्थर ने सर्वश्रेष्ठ अभिनेत्री का पुरस्कार जीता।",
        "पत्थर",
        "Stone",
        "अभिनेत्री एम्मा स्टोन ने सर्वश्रेष्ठ अभिनेत्री का पुरस्कार जीता।",
    ),  # American
    (
        "name-calque",
        "Former racing driver Damon Hill criticised the stewards.",
        "पूर्व रेसिंग ड्राइवर डेमन पहाड़ी ने स्टीवर्ड्स की आलोचना की।",
        "पहाड़ी",
        "Hill",
        "पूर्व रेसिंग ड्राइवर डेमन हिल ने स्टीवर्ड्स की आलोचना की।",
    ),  # English
    (
        "name-calque",
        "Nigerian striker Gift Orban scored twice.",
        "नाइजीरियाई स्ट्राइकर उपहार ओर्बन ने दो गोल किए।",
        "उपहार",
        "Gift",
        "नाइजीरियाई स्ट्राइकर गिफ्ट ओर्बन ने दो गोल किए।",
    ),  # Nigerian
    (
        "name-calque",
        "Hunter Biden appeared in court on Tuesday.",
        "शिकारी बाइडन मंगलवार को अदालत में पेश हुए।",
        "शिकारी",
        "Hunter",
        "हंटर बाइडन मंगलवार को अदालत में पेश हुए।",
    ),  # American
    (
        "name-hyphen",
        "Actor Song Kang-ho won the best actor award at Cannes.",
        "अभिनेता गाना कांग-हो ने कान में सर्वश्रेष्ठ अभिनेता का पुरस्कार जीता।",
        "गाना",
        "Song",
        "अभिनेता सॉन्ग कांग-हो ने कान में सर्वश्रेष्ठ अभिनेता का पुरस्कार जीता।",
    ),  # Korean
    (
        "name-hyphen",
        "Producer Bang Si-hyuk founded the agency.",
        "निर्माता धमाका सी-ह्युक ने एजेंसी की स्थापना की।",
        "धमाका",
        "Bang",
        "निर्माता बांग सी-ह्युक ने एजेंसी की स्थापना की।",
    ),  # Korean
    (
        "name-calque",
        "Swimmer Sun Yang was banned for four years.",
        "तैराक सूर्य यांग पर चार साल का प्रतिबंध लगा।",
        "सूर्य",
        "Sun",
        "तैराक सुन यांग पर चार साल का प्रतिबंध लगा।",
    ),  # Chinese
    (
        "name-calque",
        "Singer Neil Young released a new album.",
        "गायक नील युवा ने नया एल्बम जारी किया।",
        "युवा",
        "Young",
        "गायक नील यंग ने नया एल्बम जारी किया।",
    ),  # Canadian
    (
        "name-calque",
        "Comedian Dawn French wrote a new novel.",
        "हास्य अभिनेत्री भोर फ्रेंच ने नया उपन्यास लिखा।",
        "भोर",
        "Dawn",
        "हास्य अभिनेत्री डॉन फ्रेंच ने नया उपन्यास लिखा।",
    ),  # English
    (
        "name-calque",
        "Coach Andy Flower praised the team.",
        "कोच एंडी फूल ने टीम की तारीफ की।",
        "फूल",
        "Flower",
        "कोच एंडी फ्लावर ने टीम की तारीफ की।",
    ),  # Zimbabwean
]

LITERAL = [
    ("title-calque", "He hit the horse with a whip.", "उसने घोड़े को चाबुक से मारा।"),
    ("title-calque", "Pressure on the secretary increased.", "सचिव पर दबाव बढ़ गया।"),
    (
        "title-calque",
        "An oval table stood in the middle of the office.",
        "कार्यालय के बीच में एक अंडाकार मेज़ रखी थी।",
    ),
    (
        "title-calque",
        "The keynote speaker at the seminar was a professor.",
        "संगोष्ठी में मुख्य वक्ता एक प्रोफेसर थे।",
    ),
    (
        "title-calque",
        "Speakers at the rally included the deputy chief minister.",
        "रैली के वक्ताओं में उप मुख्यमंत्री भी शामिल थे।",
    ),
    (
        "title-calque",
        "The children play on the upper floor of the house.",
        "बच्चे घर की ऊपरी मंजिल पर खेलते हैं।",
    ),
    (
        "title-calque",
        "The advisory council of the private company met.",
        "निजी कंपनी की सलाहकार परिषद की बैठक हुई।",
    ),
    (
        "title-calque",
        "A policeman he met on the way helped him.",
        "रास्ते में मिले पुलिसकर्मी ने उसकी मदद की।",
    ),
    (
        "title-calque",
        "They painted the house blue; there is a tree in front of the blue house.",
        "उन्होंने घर को नीले रंग से रंगा; नीले घर के सामने एक पेड़ है।",
    ),
    ("title-calque", "The crown was kept in the museum.", "मुकुट संग्रहालय में रखा गया था।"),
    ("title-calque", "The clothes are in the cupboard in the office.", "कपड़े कार्यालय की अलमारी में हैं।"),
    (
        "title-calque",
        "The state treasury is empty, so the vice-chancellor stopped new hiring.",
        "राजकोष खाली है, इसलिए कुलपति ने नई भर्तियां रोक दीं।",
    ),
    (
        "title-calque",
        "A red cross was marked on the map.",
        "नक्शे पर एक लाल क्रॉस का निशान लगाया गया था।",
    ),
    (
        "title-calque",
        "Minority community leaders met the chief minister.",
        "अल्पसंख्यक नेताओं ने मुख्यमंत्री से मुलाकात की।",
    ),
    ("name-calque", "Jessica saw a fox in the garden.", "जेसिका ने बगीचे में एक लोमड़ी देखी।"),
    ("name-calque", "Larry used to feed the bird.", "लैरी चिड़िया को दाना डालता था।"),
    (
        "name-calque",
        "Emma picks up a stone and throws it into the pond.",
        "एम्मा पत्थर उठाकर तालाब में फेंकती है।",
    ),
    ("name-calque", "Damon climbed the hill early in the morning.", "डेमन पहाड़ी पर सुबह जल्दी चढ़ गया।"),
    ("name-calque", "Orban received a gift from the club.", "क्लब की ओर से ओर्बन को उपहार मिला।"),
    ("name-calque", "The hunter fired at the deer.", "शिकारी ने हिरण पर गोली चलाई।"),
    ("name-calque", "Neil is young and full of energy.", "नील युवा है और ऊर्जा से भरा है।"),
    ("name-hyphen", "They sang and played music at the party.", "उन्होंने पार्टी में खूब गाना-बजाना किया।"),
    ("name-hyphen", "The bang was so loud that the windows broke.", "धमाका इतना तेज़ था कि खिड़कियां टूट गईं।"),
    ("name-calque", "The sun rose at six.", "सूर्य छह बजे उगा।"),
    ("name-calque", "Dawn breaks early in summer.", "गर्मियों में भोर जल्दी होती है।"),
    ("name-calque", "Andy took flowers to his mother.", "एंडी फूल लेकर मां के पास गया।"),
    (
        "name-calque",
        "The young singer Neil sang two songs.",
        "युवा गायक नील ने दो गाने गाए।",
    ),
]
