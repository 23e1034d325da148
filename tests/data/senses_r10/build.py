"""Builds senses_r10.jsonl: the round-10 generalisation check for the precision of the source checks,
wrong senses outside the inventory, and omissions (issue 13).
Ambiguous English words that are NOT in `audit/data/source_senses.toml`, nor sense items of
heldout_r4..r9, senses_r6..r9, challenge_src or the issue texts, rendered by MT with the Hindi of
their other sense, each with its correct twin (`sense`); clean look-alikes of the round-9 false-positive
families (`free`): number words that are not quantities (century, fifty, double, twice, three times,
second-hand, one-sided, dozens, lakh/crore units and million written as lakh), negation carried by a
Hindi word other than नहीं/न (बिना, बरी, गिर गया, ठप, रद्द, इनकार, अन्याय, सभी … सुरक्षित) and free
but complete translations; inventory words in their right sense (`sense`, clean: golf shots, meat,
a post, minutes, a charge that is a fee, tender meat, a pole); and omissions (a name of a list, a
duration, a day, a clause, a negation dropped) with their complete twins (`omission`).
Written by hand on 2026-11-28 BEFORE any round-10 source work was tuned; never edited to fit:
report numbers on it, never tune on it.

    python tests/data/senses_r10/build.py > tests/data/senses_r10/senses_r10.jsonl
    audit check tests/data/senses_r10/senses_r10.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o s10.jsonl
    python scripts/score_by_category.py tests/data/senses_r10/senses_r10.jsonl s10.jsonl
"""

from __future__ import annotations

import json

# (src, flawed MT, wrong-sense span, correct MT)
SENSES = [
    (
        "The dirty plates were piled up in the sink.",
        "गंदी प्लेटें डूबने में जमा थीं।",
        "डूबने",
        "गंदी प्लेटें सिंक में जमा थीं।",
    ),
    (
        "The officer put his stamp on the certificate.",
        "अधिकारी ने प्रमाणपत्र पर अपना डाक टिकट लगाया।",
        "डाक टिकट",
        "अधिकारी ने प्रमाणपत्र पर अपनी मुहर लगाई।",
    ),
    (
        "He bought mango saplings from a nursery.",
        "उसने एक शिशुगृह से आम के पौधे ख़रीदे।",
        "शिशुगृह",
        "उसने एक पौधशाला से आम के पौधे ख़रीदे।",
    ),
    (
        "Father was cross with us for coming home late.",
        "देर से घर आने पर पिताजी हमसे पार थे।",
        "पार",
        "देर से घर आने पर पिताजी हमसे नाराज़ थे।",
    ),
    (
        "The boy spun a wooden top in the courtyard.",
        "लड़के ने आँगन में लकड़ी का शीर्ष घुमाया।",
        "शीर्ष",
        "लड़के ने आँगन में लकड़ी का लट्टू घुमाया।",
    ),
    (
        "The old monk walked slowly with a staff.",
        "बूढ़ा भिक्षु एक कर्मचारी के साथ धीरे-धीरे चलता था।",
        "कर्मचारी",
        "बूढ़ा भिक्षु लाठी के सहारे धीरे-धीरे चलता था।",
    ),
    (
        "She has a degree in chemistry from Patna University.",
        "उसके पास पटना विश्वविद्यालय से रसायन विज्ञान में एक अंश है।",
        "अंश",
        "उसके पास पटना विश्वविद्यालय से रसायन विज्ञान की डिग्री है।",
    ),
    (
        "The doctor removed a painful corn from her foot.",
        "डॉक्टर ने उसके पैर से एक दर्दनाक मक्का निकाला।",
        "मक्का",
        "डॉक्टर ने उसके पैर से एक दर्दनाक गोखरू निकाला।",
    ),
    (
        "The crowd sang the refrain along with the singer.",
        "भीड़ ने गायक के साथ परहेज़ गाया।",
        "परहेज़",
        "भीड़ ने गायक के साथ टेक गाई।",
    ),
    (
        "The judge noted the gravity of the crime.",
        "न्यायाधीश ने अपराध के गुरुत्वाकर्षण पर ध्यान दिया।",
        "गुरुत्वाकर्षण",
        "न्यायाधीश ने अपराध की गंभीरता पर ध्यान दिया।",
    ),
    (
        "The captain wrote the details in the ship's log.",
        "कप्तान ने जहाज़ के लट्ठे में विवरण लिखा।",
        "लट्ठे",
        "कप्तान ने जहाज़ की लॉगबुक में विवरण लिखा।",
    ),
    (
        "She wore a silver charm around her neck.",
        "उसने गले में चाँदी का आकर्षण पहना।",
        "आकर्षण",
        "उसने गले में चाँदी का ताबीज़ पहना।",
    ),
    (
        "The ship sailed round the cape in rough seas.",
        "जहाज़ उथल-पुथल भरे समुद्र में लबादे के चारों ओर घूमा।",
        "लबादे",
        "जहाज़ उथल-पुथल भरे समुद्र में अंतरीप के चारों ओर घूमा।",
    ),
    (
        "Relatives tried to console the grieving mother.",
        "रिश्तेदारों ने शोकाकुल माँ को कंसोल करने की कोशिश की।",
        "कंसोल",
        "रिश्तेदारों ने शोकाकुल माँ को सांत्वना देने की कोशिश की।",
    ),
    (
        "It was his first brush with the law.",
        "यह कानून के साथ उसका पहला ब्रश था।",
        "ब्रश",
        "कानून से उसका यह पहला सामना था।",
    ),
    (
        "Dip the onion slices in a thin gram-flour batter.",
        "प्याज़ के टुकड़ों को बेसन के पतले बल्लेबाज़ में डुबोएँ।",
        "बल्लेबाज़",
        "प्याज़ के टुकड़ों को बेसन के पतले घोल में डुबोएँ।",
    ),
    (
        "Grandfather smoked a pipe after dinner.",
        "दादाजी रात के खाने के बाद नली पीते थे।",
        "नली",
        "दादाजी रात के खाने के बाद पाइप पीते थे।",
    ),
    (
        "A painful boil on his neck needed treatment.",
        "उसकी गर्दन पर एक दर्दनाक उबाल का इलाज करना पड़ा।",
        "उबाल",
        "उसकी गर्दन पर एक दर्दनाक फोड़े का इलाज करना पड़ा।",
    ),
    (
        "The child got a graze on her knee.",
        "बच्ची के घुटने पर चराई लग गई।",
        "चराई",
        "बच्ची के घुटने पर खरोंच लग गई।",
    ),
    (
        "A swallow built its nest under the roof.",
        "एक निगल ने छत के नीचे अपना घोंसला बनाया।",
        "निगल",
        "एक अबाबील ने छत के नीचे अपना घोंसला बनाया।",
    ),
    (
        "A pride of lions rested under the tree.",
        "शेरों का एक गर्व पेड़ के नीचे आराम कर रहा था।",
        "गर्व",
        "शेरों का एक झुंड पेड़ के नीचे आराम कर रहा था।",
    ),
    (
        "Two members seconded the proposal.",
        "दो सदस्यों ने प्रस्ताव को दूसरा किया।",
        "दूसरा",
        "दो सदस्यों ने प्रस्ताव का समर्थन किया।",
    ),
    (
        "Several ministers expressed reservations about the plan.",
        "कई मंत्रियों ने योजना के बारे में आरक्षण व्यक्त किया।",
        "आरक्षण",
        "कई मंत्रियों ने योजना को लेकर आपत्तियाँ जताईं।",
    ),
    (
        "The hotel overlooks the lake.",
        "होटल झील को अनदेखा करता है।",
        "अनदेखा",
        "होटल से झील दिखाई देती है।",
    ),
    (
        "The contractor failed to execute the project on time.",
        "ठेकेदार परियोजना को समय पर फाँसी देने में विफल रहा।",
        "फाँसी",
        "ठेकेदार परियोजना को समय पर पूरा करने में विफल रहा।",
    ),
    (
        "The patient was discharged from hospital on Friday.",
        "मरीज़ को शुक्रवार को अस्पताल से निर्वहन किया गया।",
        "निर्वहन",
        "मरीज़ को शुक्रवार को अस्पताल से छुट्टी दे दी गई।",
    ),
    (
        "The rupee appreciated against the dollar.",
        "रुपये ने डॉलर के मुकाबले सराहना की।",
        "सराहना",
        "डॉलर के मुकाबले रुपया मज़बूत हुआ।",
    ),
    (
        "Children played cricket in the school compound.",
        "बच्चे स्कूल के यौगिक में क्रिकेट खेल रहे थे।",
        "यौगिक",
        "बच्चे स्कूल के परिसर में क्रिकेट खेल रहे थे।",
    ),
    (
        "The shepherd leaned on his crook.",
        "चरवाहा अपने बदमाश के सहारे खड़ा था।",
        "बदमाश",
        "चरवाहा अपनी लाठी के सहारे खड़ा था।",
    ),
    (
        "The archer took an arrow from his quiver.",
        "तीरंदाज़ ने अपने कंपन से एक तीर निकाला।",
        "कंपन",
        "तीरंदाज़ ने अपने तरकश से एक तीर निकाला।",
    ),
    (
        "Two men mugged a tourist near the station.",
        "दो लोगों ने स्टेशन के पास एक पर्यटक को मग किया।",
        "मग",
        "दो लोगों ने स्टेशन के पास एक पर्यटक को लूट लिया।",
    ),
    (
        "A spoke of the bicycle wheel was broken.",
        "साइकिल के पहिये का एक बोला टूट गया था।",
        "बोला",
        "साइकिल के पहिये की एक तीली टूट गई थी।",
    ),
]

# inventory words and this set's words in the sense whose usual Hindi is right
LOOKALIKES = [
    ("The golfer needed two shots to reach the green.", "गोल्फ़र को ग्रीन तक पहुँचने में दो शॉट लगे।"),
    ("The meat curry was too spicy for the children.", "मांस की करी बच्चों के लिए बहुत तीखी थी।"),
    ("She applied for the post of lecturer.", "उसने व्याख्याता के पद के लिए आवेदन किया।"),
    ("Lightning struck a palm tree in the village.", "गांव में एक ताड़ के पेड़ पर बिजली गिरी।"),
    ("The meeting lasted forty minutes.", "बैठक चालीस मिनट चली।"),
    ("The photographer took a stunning shot of the tiger.", "फ़ोटोग्राफ़र ने बाघ का शानदार शॉट लिया।"),
    ("The bank charges a small fee for cash deposits.", "बैंक नकद जमा पर थोड़ा शुल्क लेता है।"),
    ("The meat was tender and juicy.", "मांस नरम और रसीला था।"),
    ("A crow sat on the electric pole.", "एक कौआ बिजली के खंभे पर बैठा था।"),
    ("Her fine embroidery won a national award.", "उसकी महीन कढ़ाई ने राष्ट्रीय पुरस्कार जीता।"),
    ("The coach of the hockey team resigned.", "हॉकी टीम के कोच ने इस्तीफ़ा दे दिया।"),
    ("The current was strong near the bridge.", "पुल के पास पानी का बहाव तेज़ था।"),
    ("The boat began to sink in the storm.", "तूफ़ान में नाव डूबने लगी।"),
    ("The water pipe burst in the cold.", "ठंड में पानी का पाइप फट गया।"),
    ("Scientists measured gravity on the moon.", "वैज्ञानिकों ने चंद्रमा पर गुरुत्वाकर्षण मापा।"),
    ("Swallow the tablet with water.", "गोली पानी के साथ निगल लें।"),
    ("The batter was caught at slip.", "बल्लेबाज़ स्लिप में कैच आउट हुआ।"),
    ("Cattle graze on the common land.", "मवेशी सामूहिक ज़मीन पर चरते हैं।"),
]

# clean free translations of the false-positive families: number words that are not quantities,
# negation carried by another Hindi word, complete paraphrase
FREE = [
    ("Smriti Mandhana hit a century in the final.", "स्मृति मंधाना ने फ़ाइनल में शतक जड़ा।"),
    ("The batter completed his fifty with a six.", "बल्लेबाज़ ने छक्के के साथ अपना अर्धशतक पूरा किया।"),
    ("Rents in Bengaluru have doubled in five years.", "बेंगलुरु में पांच साल में किराए दोगुने हो गए हैं।"),
    ("The new flyover is three times as long as the old one.", "नया फ्लाईओवर पुराने वाले से तीन गुना लंबा है।"),
    ("The state will spend 60 lakh rupees on the library.", "राज्य पुस्तकालय पर 60 लाख रुपये ख़र्च करेगा।"),
    ("The firm reported a profit of 12 crore rupees.", "फ़र्म ने 12 करोड़ रुपये का मुनाफ़ा दर्ज किया।"),
    ("The fair drew 2.5 million visitors.", "मेले में 25 लाख लोग पहुंचे।"),
    (
        "The opposition accused the government of double standards.",
        "विपक्ष ने सरकार पर दोहरे मापदंड अपनाने का आरोप लगाया।",
    ),
    ("The shop sells second-hand textbooks.", "यह दुकान पुरानी पाठ्यपुस्तकें बेचती है।"),
    ("The final turned out to be a one-sided contest.", "फ़ाइनल पूरी तरह एकतरफ़ा मुकाबला साबित हुआ।"),
    (
        "Dozens of fishermen protested outside the port office.",
        "बंदरगाह कार्यालय के बाहर दर्जनों मछुआरों ने प्रदर्शन किया।",
    ),
    ("Please think twice before sharing your OTP.", "अपना ओटीपी साझा करने से पहले अच्छी तरह सोच लें।"),
    ("Wages have risen by half in a decade.", "दस साल में मज़दूरी डेढ़ गुना हो गई है।"),
    ("None of the passengers was hurt.", "सभी यात्री सुरक्षित रहे।"),
    ("He left the house without telling anyone.", "वह किसी को बताए बिना घर से चला गया।"),
    ("The amendment failed by 12 votes.", "संशोधन 12 मतों से गिर गया।"),
    ("There was no mobile network in the village for three days.", "तीन दिन तक गांव में मोबाइल नेटवर्क ठप रहा।"),
    ("Neither side could score in the first half.", "पहले हाफ़ में दोनों में से कोई भी टीम गोल नहीं कर सकी।"),
    ("The court found the accused not guilty.", "अदालत ने आरोपी को बरी कर दिया।"),
    ("No trains ran on Sunday because of the fog.", "कोहरे के कारण रविवार को सारी ट्रेनें रद्द रहीं।"),
    ("The doctors could not save the child.", "डॉक्टर बच्चे को बचा न सके।"),
    ("The rally ended without any violence.", "रैली शांतिपूर्ण ढंग से संपन्न हुई।"),
    ("It is unfair to blame the players alone.", "सिर्फ़ खिलाड़ियों को दोष देना अन्याय है।"),
    ("Nobody in the family has ever been abroad.", "परिवार में आज तक कोई भी विदेश नहीं गया।"),
    ("The minister refused to resign.", "मंत्री ने इस्तीफ़ा देने से इनकार कर दिया।"),
    ("The shop never runs out of milk.", "इस दुकान में दूध हमेशा मिलता है।"),
]

# (src, MT with something dropped, what was dropped, complete MT)
OMISSIONS = [
    (
        "Heavy rain is expected in Kerala, Karnataka and Goa on Monday.",
        "सोमवार को केरल और कर्नाटक में भारी बारिश की संभावना है।",
        "Goa",
        "सोमवार को केरल, कर्नाटक और गोवा में भारी बारिश की संभावना है।",
    ),
    (
        "The bridge was closed for repairs for three weeks.",
        "पुल को मरम्मत के लिए बंद कर दिया गया।",
        "three weeks",
        "पुल को मरम्मत के लिए तीन हफ़्ते तक बंद रखा गया।",
    ),
    (
        "Police arrested the driver and his two associates in Nagpur.",
        "पुलिस ने नागपुर में ड्राइवर को गिरफ़्तार किया।",
        "his two associates",
        "पुलिस ने नागपुर में ड्राइवर और उसके दो साथियों को गिरफ़्तार किया।",
    ),
    (
        "The minister will visit Bhutan and Nepal next month.",
        "मंत्री अगले महीने भूटान जाएंगे।",
        "Nepal",
        "मंत्री अगले महीने भूटान और नेपाल जाएंगे।",
    ),
    (
        "The festival, which began in 1978, attracts artists from forty countries.",
        "यह महोत्सव चालीस देशों के कलाकारों को आकर्षित करता है।",
        "which began in 1978",
        "1978 में शुरू हुआ यह महोत्सव चालीस देशों के कलाकारों को आकर्षित करता है।",
    ),
    (
        "Flights from Srinagar were cancelled on Tuesday because of snow.",
        "बर्फ़बारी के कारण श्रीनगर से उड़ानें रद्द कर दी गईं।",
        "on Tuesday",
        "बर्फ़बारी के कारण मंगलवार को श्रीनगर से उड़ानें रद्द कर दी गईं।",
    ),
    (
        "The hospital does not admit patients at night.",
        "अस्पताल रात में मरीज़ों को भर्ती करता है।",
        "not",
        "अस्पताल रात में मरीज़ों को भर्ती नहीं करता।",
    ),
    (
        "Teachers from Bihar, Jharkhand and Odisha joined the protest.",
        "बिहार और ओडिशा के शिक्षक विरोध प्रदर्शन में शामिल हुए।",
        "Jharkhand",
        "बिहार, झारखंड और ओडिशा के शिक्षक विरोध प्रदर्शन में शामिल हुए।",
    ),
]


def main() -> None:
    rows = []
    for i, (src, bad, span, good) in enumerate(SENSES, 1):
        assert span in bad, span
        rows.append(
            {
                "id": f"s10f{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": span, "category": "sense"}],
            }
        )
        rows.append(
            {"id": f"s10c{i:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "sense"}
        )
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        rows.append(
            {"id": f"s10l{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "sense"}
        )
    for i, (src, mt) in enumerate(FREE, 1):
        rows.append(
            {"id": f"s10p{i:03d}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": "free"}
        )
    for i, (src, bad, what, good) in enumerate(OMISSIONS, 1):
        rows.append(
            {
                "id": f"s10o{i:03d}",
                "src": src,
                "mt": bad,
                "flawed": True,
                "errors": [{"span": bad, "category": "omission", "english": what}],
            }
        )
        rows.append(
            {
                "id": f"s10k{i:03d}",
                "src": src,
                "mt": good,
                "flawed": False,
                "errors": [],
                "category": "omission",
            }
        )
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
