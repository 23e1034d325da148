"""Builds heldout.jsonl: round-9 held-out transliterations and repetitions with sources. Written
by hand on 2026-11-28 BEFORE the round-9 HI40x/HI30x work and never edited to fit; report numbers
on it, do not tune on it. Licence: Apache-2.0 (part of hindi-mt-audit).

Every flawed Devanagari span is in none of ``audit/data/translit_glossary.tsv``,
``tests/data/heldout_r4`` .. ``heldout_r8``, ``translit_r5`` .. ``translit_r7`` and the issue
texts (checked by script when this was written): the set measures the class mechanism, not the
glossary. Everyday nouns (animals, body parts, household things, nature, people), adjectives,
plurals (-्स, -ज़) and light-verb compounds (टीच करती, डिग किया, एग्री हो गए).

Clean rows: each flawed row's correct translation (``translit-twin``); look-alikes
(``translit-lookalike``): loans Hindi news prints (स्टेशन, बजट, ट्रैक्टर, विकेट), English words
inside person names (हनी सिंह, सनी देओल), film/band names (डंकी, कोल्डप्ले), places (ग्रीन पार्क,
व्हाइटफील्ड), teams and institutions (सनराइजर्स हैदराबाद, नेशनल ग्रीन ट्रिब्यूनल, सेव द
चिल्ड्रन), acronyms (इसरो, एम्स); legitimate reduplications and quoted repeated calls
(``reduplication``). Flawed repetitions (``repetition``): a word or a phrase with its case marker
emitted twice.

    python tests/data/translit_r9/build.py > tests/data/translit_r9/heldout.jsonl
    audit check tests/data/translit_r9/heldout.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o o.jsonl
    python scripts/score_by_category.py tests/data/translit_r9/heldout.jsonl o.jsonl   # Hindi only: --src-col none
"""

from __future__ import annotations

import json

# (source, flawed MT, error span, correct MT)
FLAWED = [
    ("Ants had got into the sugar.", "चीनी में एंट्स लग गई थीं।", "एंट्स", "चीनी में चींटियां लग गई थीं।"),
    (
        "Mosquitoes increased after the rain.",
        "बारिश के बाद मॉस्किटो बढ़ गए।",
        "मॉस्किटो",
        "बारिश के बाद मच्छर बढ़ गए।",
    ),
    ("A frog jumped into the pond.", "एक फ्रॉग तालाब में कूद गया।", "फ्रॉग", "एक मेंढक तालाब में कूद गया।"),
    (
        "Rats damaged the grain in the godown.",
        "गोदाम में रैट्स ने अनाज खराब कर दिया।",
        "रैट्स",
        "गोदाम में चूहों ने अनाज खराब कर दिया।",
    ),
    (
        "The shepherd took the sheep to graze.",
        "चरवाहा शीप को चराने ले गया।",
        "शीप",
        "चरवाहा भेड़ों को चराने ले गया।",
    ),
    ("An owl sat on the tree at night.", "रात में पेड़ पर एक आउल बैठा था।", "आउल", "रात में पेड़ पर एक उल्लू बैठा था।"),
    ("A bear was seen near the village.", "गांव के पास एक बेयर देखा गया।", "बेयर", "गांव के पास एक भालू देखा गया।"),
    ("The fox ran towards the forest.", "फॉक्स जंगल की ओर भाग गई।", "फॉक्स", "लोमड़ी जंगल की ओर भाग गई।"),
    ("He has a pain in his ear.", "उसके ईयर में दर्द है।", "ईयर", "उसके कान में दर्द है।"),
    ("Blood came from his nose.", "उसकी नोज़ से खून निकला।", "नोज़", "उसकी नाक से खून निकला।"),
    ("He felt a pain in his chest.", "उसके चेस्ट में दर्द हुआ।", "चेस्ट", "उसके सीने में दर्द हुआ।"),
    ("His thumb was injured.", "उसका थंब चोटिल हो गया।", "थंब", "उसका अंगूठा चोटिल हो गया।"),
    (
        "The doctor said the bone was broken.",
        "डॉक्टर ने कहा कि बोन टूट गई है।",
        "बोन",
        "डॉक्टर ने कहा कि हड्डी टूट गई है।",
    ),
    ("Grandmother threaded the needle.", "दादी ने नीडल में धागा डाला।", "नीडल", "दादी ने सुई में धागा डाला।"),
    ("The window curtains were drawn.", "खिड़की के कर्टेन खींच दिए गए।", "कर्टेन", "खिड़की के पर्दे खींच दिए गए।"),
    ("He climbed the ladder to the roof.", "वह लैडर से छत पर चढ़ा।", "लैडर", "वह सीढ़ी से छत पर चढ़ा।"),
    ("The fish in the pond died.", "पॉन्ड की मछलियां मर गईं।", "पॉन्ड", "तालाब की मछलियां मर गईं।"),
    (
        "Black smoke rose from the factory.",
        "फैक्ट्री से काला स्मोक उठ रहा था।",
        "स्मोक",
        "फैक्ट्री से काला धुआं उठ रहा था।",
    ),
    ("Dust had settled on the road.", "सड़क पर डस्ट जमी थी।", "डस्ट", "सड़क पर धूल जमी थी।"),
    ("The truck got stuck in the mud.", "ट्रक मड में फंस गया।", "मड", "ट्रक कीचड़ में फंस गया।"),
    ("Police caught the thief.", "पुलिस ने थीफ को पकड़ लिया।", "थीफ", "पुलिस ने चोर को पकड़ लिया।"),
    ("The hunter laid a trap.", "हंटर ने जाल बिछाया।", "हंटर", "शिकारी ने जाल बिछाया।"),
    ("The priest performed the worship.", "प्रीस्ट ने पूजा कराई।", "प्रीस्ट", "पुजारी ने पूजा कराई।"),
    ("The orphan children got a home.", "ऑर्फन बच्चों को घर मिल गया।", "ऑर्फन", "अनाथ बच्चों को घर मिल गया।"),
    ("The guests were served food.", "गेस्ट्स को खाना परोसा गया।", "गेस्ट्स", "मेहमानों को खाना परोसा गया।"),
    ("The enemy attacked at night.", "एनिमी ने रात में हमला किया।", "एनिमी", "दुश्मन ने रात में हमला किया।"),
    (
        "Thousands of people came to the funeral.",
        "फ्यूनरल में हज़ारों लोग आए।",
        "फ्यूनरल",
        "अंतिम संस्कार में हज़ारों लोग आए।",
    ),
    ("The thirsty child asked for water.", "थर्स्टी बच्चे ने पानी मांगा।", "थर्स्टी", "प्यासे बच्चे ने पानी मांगा।"),
    ("He has been sick for a week.", "वह एक हफ्ते से सिक है।", "सिक", "वह एक हफ्ते से बीमार है।"),
    ("He is very lazy.", "वह बहुत लेज़ी है।", "लेज़ी", "वह बहुत आलसी है।"),
    (
        "The parents are proud of their daughter.",
        "माता-पिता को बेटी पर प्राउड है।",
        "प्राउड",
        "माता-पिता को बेटी पर गर्व है।",
    ),
    ("The well was empty.", "कुआं एम्प्टी था।", "एम्प्टी", "कुआं खाली था।"),
    ("The path was very narrow.", "रास्ता बहुत नैरो था।", "नैरो", "रास्ता बहुत संकरा था।"),
    ("The mango was sour.", "आम सावर था।", "सावर", "आम खट्टा था।"),
    ("The lanes were very dirty.", "गलियां बहुत डर्टी थीं।", "डर्टी", "गलियां बहुत गंदी थीं।"),
    ("The blind man crossed the road.", "ब्लाइंड आदमी ने सड़क पार की।", "ब्लाइंड", "अंधे आदमी ने सड़क पार की।"),
    ("I forgot his name.", "मैं उसका नाम फॉरगेट कर गया।", "फॉरगेट", "मैं उसका नाम भूल गया।"),
    ("The child cried all night.", "बच्चा रात भर क्राई करता रहा।", "क्राई", "बच्चा रात भर रोता रहा।"),
    (
        "She teaches in the village school.",
        "वह गांव के स्कूल में टीच करती है।",
        "टीच",
        "वह गांव के स्कूल में पढ़ाती है।",
    ),
    ("The labourers dug a pit.", "मज़दूरों ने गड्ढा डिग किया।", "डिग", "मज़दूरों ने गड्ढा खोदा।"),
    ("The elders blessed the couple.", "बड़ों ने जोड़े को ब्लेस किया।", "ब्लेस", "बड़ों ने जोड़े को आशीर्वाद दिया।"),
    ("The teacher scolded the student.", "शिक्षक ने छात्र को स्कोल्ड किया।", "स्कोल्ड", "शिक्षक ने छात्र को डांटा।"),
    (
        "He refused to pay the money.",
        "उसने पैसे देने से रिफ्यूज़ कर दिया।",
        "रिफ्यूज़",
        "उसने पैसे देने से इनकार कर दिया।",
    ),
    ("Both sides agreed.", "दोनों पक्ष एग्री हो गए।", "एग्री", "दोनों पक्ष सहमत हो गए।"),
    ("The children started laughing loudly.", "बच्चे ज़ोर से लाफ करने लगे।", "लाफ", "बच्चे ज़ोर से हंसने लगे।"),
    ("The boys were swimming in the river.", "लड़के नदी में स्विम कर रहे थे।", "स्विम", "लड़के नदी में तैर रहे थे।"),
    ("Flowers bloomed in the garden.", "बगीचे में फ्लावर्स खिल गए।", "फ्लावर्स", "बगीचे में फूल खिल गए।"),
    ("He went with his friends.", "वह अपने फ्रेंड्स के साथ गया।", "फ्रेंड्स", "वह अपने दोस्तों के साथ गया।"),
    ("Monkeys climbed onto the roof.", "मंकीज़ छत पर चढ़ गए।", "मंकीज़", "बंदर छत पर चढ़ गए।"),
    (
        "Stray cows were roaming on the road.",
        "सड़क पर आवारा काउज़ घूम रही थीं।",
        "काउज़",
        "सड़क पर आवारा गायें घूम रही थीं।",
    ),
    ("An elephant entered the village.", "एलीफेंट गांव में घुस आया।", "एलीफेंट", "हाथी गांव में घुस आया।"),
    ("Her hair was long.", "उसके हेयर लंबे थे।", "हेयर", "उसके बाल लंबे थे।"),
    ("His wife was ill.", "उसकी वाइफ बीमार थी।", "वाइफ", "उसकी पत्नी बीमार थी।"),
    ("He was scared of the dark.", "वह अंधेरे से स्केयर्ड था।", "स्केयर्ड", "वह अंधेरे से डरा हुआ था।"),
    ("A candle was lit in the temple.", "मंदिर में कैंडल जलाई गई।", "कैंडल", "मंदिर में मोमबत्ती जलाई गई।"),
    ("The buffaloes were grazing grass.", "भैंसें ग्रास चर रही थीं।", "ग्रास", "भैंसें घास चर रही थीं।"),
    (
        "A peacock was dancing in the garden.",
        "बगीचे में एक पीकॉक नाच रहा था।",
        "पीकॉक",
        "बगीचे में एक मोर नाच रहा था।",
    ),
    ("He filled the bucket with water.", "उसने बकेट में पानी भरा।", "बकेट", "उसने बाल्टी में पानी भरा।"),
    (
        "There was an atmosphere of fear in the village.",
        "गांव में फियर का माहौल था।",
        "फियर",
        "गांव में डर का माहौल था।",
    ),
    ("He goes for a walk every morning.", "वह हर मॉर्निंग टहलने जाता है।", "मॉर्निंग", "वह हर सुबह टहलने जाता है।"),
]

# (source, clean MT): loans Hindi news prints, names with English words, acronyms
LOOKALIKES = [
    ("The doctor gave the patient medicine.", "डॉक्टर ने मरीज़ को दवा दी।"),
    ("The train arrived three hours late.", "ट्रेन तीन घंटे लेट पहुंची।"),
    ("There was a huge crowd at the station.", "स्टेशन पर भारी भीड़ थी।"),
    ("Hotel rooms have become expensive.", "होटल के कमरे महंगे हो गए।"),
    ("The government presented the budget.", "सरकार ने बजट पेश किया।"),
    ("Voting in the election was peaceful.", "चुनाव में वोटिंग शांतिपूर्ण रही।"),
    ("The company appointed a new manager.", "कंपनी ने नया मैनेजर नियुक्त किया।"),
    ("He studies in an engineering college.", "वह इंजीनियरिंग कॉलेज में पढ़ता है।"),
    ("The electricity bill went up in the village.", "गांव में बिजली का बिल बढ़ गया।"),
    ("Prices of cooking gas cylinders rose.", "रसोई गैस सिलेंडर के दाम बढ़े।"),
    ("The farmer bought a new tractor.", "किसान ने नया ट्रैक्टर खरीदा।"),
    ("The metro service will start at six in the morning.", "मेट्रो सेवा सुबह छह बजे शुरू होगी।"),
    ("Security was tightened at the airport.", "एयरपोर्ट पर सुरक्षा कड़ी कर दी गई।"),
    ("He lost his passport.", "उसका पासपोर्ट खो गया।"),
    ("The stadium was full of spectators.", "स्टेडियम दर्शकों से भरा था।"),
    ("He took five wickets.", "उसने पांच विकेट लिए।"),
    ("India won a medal at the Olympics.", "भारत ने ओलंपिक में मेडल जीता।"),
    ("Mobile internet service was suspended.", "मोबाइल इंटरनेट सेवा बंद कर दी गई।"),
    ("The video went viral on social media.", "वीडियो सोशल मीडिया पर वायरल हो गया।"),
    ("New laptops arrived in the computer lab.", "कंप्यूटर लैब में नए लैपटॉप आए।"),
    ("The patient was given oxygen.", "मरीज़ को ऑक्सीजन दी गई।"),
    ("There was a traffic jam on the road.", "सड़क पर ट्रैफिक जाम लगा रहा।"),
    ("A ban was imposed on plastic.", "प्लास्टिक पर प्रतिबंध लगाया गया।"),
    ("Honey Singh's new song was released.", "हनी सिंह का नया गाना रिलीज़ हुआ।"),
    ("Sunny Deol's film earned a record.", "सनी देओल की फिल्म ने रिकॉर्ड कमाई की।"),
    ("Bobby Deol gave an interview.", "बॉबी देओल ने इंटरव्यू दिया।"),
    ("Lucky Ali sang at the concert.", "लकी अली ने कॉन्सर्ट में गाना गाया।"),
    ("Shah Rukh's film Dunki was released.", "शाहरुख की फिल्म डंकी रिलीज़ हुई।"),
    ("Salman's film Kick earned well.", "सलमान की फिल्म किक ने अच्छी कमाई की।"),
    ("A fire broke out in Delhi's Green Park.", "दिल्ली के ग्रीन पार्क में आग लगी।"),
    ("Whitefield in Bengaluru was waterlogged.", "बेंगलुरु के व्हाइटफील्ड में जलभराव हो गया।"),
    ("The Golden Temple in Amritsar was lit up.", "अमृतसर का गोल्डन टेंपल रोशनी से जगमगा उठा।"),
    ("Royal Challengers Bengaluru won the match.", "रॉयल चैलेंजर्स बेंगलुरु ने मैच जीता।"),
    ("Sunrisers Hyderabad won the toss.", "सनराइजर्स हैदराबाद ने टॉस जीता।"),
    ("Gujarat Titans chose to bat.", "गुजरात टाइटंस ने बल्लेबाज़ी चुनी।"),
    ("Manchester United appointed a new coach.", "मैनचेस्टर यूनाइटेड ने नया कोच नियुक्त किया।"),
    ("The National Green Tribunal imposed a fine.", "नेशनल ग्रीन ट्रिब्यूनल ने जुर्माना लगाया।"),
    ("The State Bank of India launched a new scheme.", "स्टेट बैंक ऑफ इंडिया ने नई योजना शुरू की।"),
    ("The Red Cross sent relief material.", "रेड क्रॉस ने राहत सामग्री भेजी।"),
    ("The organisation Save the Children released a report.", "सेव द चिल्ड्रन संस्था ने रिपोर्ट जारी की।"),
    ("The Make in India campaign completed ten years.", "मेक इन इंडिया अभियान के दस साल पूरे हुए।"),
    ("A run was held under the Fit India Movement.", "फिट इंडिया मूवमेंट के तहत दौड़ आयोजित की गई।"),
    ("The company Blue Star launched new ACs.", "ब्लू स्टार कंपनी ने नए एसी लॉन्च किए।"),
    ("The film 3 Idiots was shown on TV.", "फिल्म थ्री इडियट्स टीवी पर दिखाई गई।"),
    ("There was a crowd at Marine Lines station.", "मुंबई के मरीन लाइंस स्टेशन पर भीड़ थी।"),
    ("Kolkata's Park Street was decorated with lights.", "कोलकाता का पार्क स्ट्रीट रोशनी से सजा।"),
    ("There was a theft in Delhi's Greater Kailash.", "दिल्ली के ग्रेटर कैलाश में चोरी हुई।"),
    ("Shooting took place in Noida's Film City.", "नोएडा की फिल्म सिटी में शूटिंग हुई।"),
    ("Mall Road in Shimla was crowded with tourists.", "शिमला में मॉल रोड पर पर्यटकों की भीड़ रही।"),
    ("Justice Khanna heard the case.", "जस्टिस खन्ना ने मामले की सुनवाई की।"),
    ("The CBI began investigating the case.", "सीबीआई ने मामले की जांच शुरू की।"),
    ("ISRO launched a new satellite.", "इसरो ने नया उपग्रह लॉन्च किया।"),
    ("The BCCI announced the team.", "बीसीसीआई ने टीम की घोषणा की।"),
    ("The UPSC result was declared.", "यूपीएससी का परिणाम घोषित हुआ।"),
    ("A new ward opened at AIIMS.", "एम्स में नया वार्ड खुला।"),
    ("The GST Council met.", "जीएसटी परिषद की बैठक हुई।"),
    ("DRDO tested the missile.", "डीआरडीओ ने मिसाइल का परीक्षण किया।"),
    ("FIFA released the World Cup schedule.", "फीफा ने विश्व कप का कार्यक्रम जारी किया।"),
    ("Tickets for the Coldplay concert sold out in minutes.", "कोल्डप्ले के कॉन्सर्ट के टिकट मिनटों में बिक गए।"),
    ("Blackpink's fans gathered in Mumbai.", "ब्लैकपिंक के प्रशंसक मुंबई में जुटे।"),
]

# (source, flawed MT, repeated span): the second occurrence is the error
REPETITIONS = [
    ("The minister gave a statement.", "मंत्री ने ने बयान दिया।", "ने"),
    ("He opened the door.", "उसने उसने दरवाज़ा खोला।", "उसने"),
    ("Police arrested the accused.", "पुलिस ने आरोपी आरोपी को गिरफ्तार किया।", "आरोपी"),
    ("Medicines were given to the patients.", "मरीज़ों को मरीज़ों को दवाएं दी गईं।", "मरीज़ों को"),
    ("The decision was taken in the meeting.", "बैठक में बैठक में फैसला लिया गया।", "बैठक में"),
    (
        "He said the road would be built soon.",
        "उन्होंने कहा कि उन्होंने कहा कि सड़क जल्द बनेगी।",
        "उन्होंने कहा कि",
    ),
    (
        "Water shortage persists in the city.",
        "शहर में पानी की कमी पानी की कमी बनी हुई है।",
        "पानी की कमी",
    ),
    (
        "The Election Commission announced the dates.",
        "चुनाव आयोग ने तारीखों का ऐलान किया तारीखों का।",
        "तारीखों का",
    ),
]

# (source, clean MT): Hindi reduplication and quoted repeated calls
REDUPLICATIONS = [
    ("Slowly the situation is improving.", "धीरे-धीरे हालात सुधर रहे हैं।"),
    ("People were campaigning door to door.", "लोग घर घर जाकर प्रचार कर रहे थे।"),
    ("He kept calling again and again.", "वह बार बार फोन करता रहा।"),
    ("The children sat in different classes.", "बच्चे अलग अलग कक्षाओं में बैठे।"),
    ("He sometimes goes to the temple.", "वह कभी कभी मंदिर जाता है।"),
    ("Cries of 'save us, save us' came from the crowd.", 'भीड़ से "बचाओ, बचाओ" की आवाज़ें आईं।'),
    ("He said, 'No, no, I will not go.'", 'उसने कहा, "नहीं, नहीं, मैं नहीं जाऊंगा।"'),
    ("'Run, run!' people shouted.", '"भागो, भागो!" लोग चिल्लाए।'),
    ("There was water as far as the eye could see.", "दूर दूर तक पानी ही पानी था।"),
    ("He drank hot tea.", "उसने गरम गरम चाय पी।"),
]


def rows() -> list[dict]:
    out: list[dict] = []
    for i, (src, mt, span, fixed) in enumerate(FLAWED, 1):
        assert span in mt, span
        out.append(
            {
                "id": f"r9f{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "translit"}],
            }
        )
        out.append(
            {
                "id": f"r9t{i:03d}",
                "src": src,
                "mt": fixed,
                "flawed": False,
                "errors": [],
                "category": "translit-twin",
            }
        )
    for i, (src, mt) in enumerate(LOOKALIKES, 1):
        out.append(
            {
                "id": f"r9l{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": False,
                "errors": [],
                "category": "translit-lookalike",
            }
        )
    for i, (src, mt, span) in enumerate(REPETITIONS, 1):
        assert mt.count(span) >= 2, span
        out.append(
            {
                "id": f"r9r{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": True,
                "errors": [{"span": span, "category": "repetition"}],
            }
        )
    for i, (src, mt) in enumerate(REDUPLICATIONS, 1):
        out.append(
            {
                "id": f"r9d{i:03d}",
                "src": src,
                "mt": mt,
                "flawed": False,
                "errors": [],
                "category": "reduplication",
            }
        )
    return out


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row, ensure_ascii=False))
