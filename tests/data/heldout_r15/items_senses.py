"""Held-out round-15 items: wrong word senses and omissions (both need the source), with their
fixes, and clean look-alikes whose English uses the ambiguous word in the OTHER sense, translated
with the Hindi that was wrong in the flawed row. Hand-written, see README.md."""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"
OM = "omission"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


def _o(src: str, mt: str, eng: str, fix: str) -> F:
    return F(OM, src, mt, [("", eng)], fix)


SENSES = [
    _s(
        "The college held a rock concert on Saturday.",
        "कॉलेज ने शनिवार को एक चट्टान संगीत समारोह आयोजित किया।",
        "चट्टान",
        "rock (music)",
        "कॉलेज में शनिवार को रॉक संगीत का कार्यक्रम हुआ।",
    ),
    _s(
        "He stuck a stamp on the envelope.",
        "उसने लिफ़ाफ़े पर एक ठप्पा चिपकाया।",
        "ठप्पा",
        "stamp (postage)",
        "उसने लिफ़ाफ़े पर डाक टिकट चिपकाया।",
    ),
    _s(
        "The locksmith smoothed the new key with a file.",
        "तालेवाले ने नई चाबी को फ़ाइल से चिकना किया।",
        "फ़ाइल",
        "file (tool)",
        "तालेवाले ने नई चाबी को रेती से घिसकर चिकना किया।",
    ),
    _s(
        "The whole crowd joined in the refrain.",
        "पूरी भीड़ परहेज़ में शामिल हो गई।",
        "परहेज़",
        "refrain (chorus)",
        "पूरी भीड़ टेक गाने में साथ हो गई।",
    ),
    _s(
        "The baby had a rash on her arms.",
        "बच्ची की बांहों पर जल्दबाज़ी थी।",
        "जल्दबाज़ी",
        "rash (on the skin)",
        "बच्ची की बांहों पर दाने निकल आए थे।",
    ),
    _s(
        "The patient underwent a battery of tests.",
        "मरीज़ की परीक्षणों की एक बैटरी हुई।",
        "बैटरी",
        "battery (series)",
        "मरीज़ के कई तरह के परीक्षण हुए।",
    ),
    _s(
        "He likes his steak rare.",
        "उसे अपना स्टेक दुर्लभ पसंद है।",
        "दुर्लभ",
        "rare (lightly cooked)",
        "उसे अपना स्टेक हल्का पका हुआ पसंद है।",
    ),
    _s(
        "The gate needs a fresh coat of paint.",
        "फाटक को पेंट के एक नए कोट की ज़रूरत है।",
        "कोट",
        "coat (layer)",
        "फाटक पर पेंट की एक नई परत चढ़ानी होगी।",
    ),
    _s(
        "The temple stands at the foot of the hill.",
        "मंदिर पहाड़ी के पांव में खड़ा है।",
        "पांव",
        "foot (of a hill)",
        "मंदिर पहाड़ी की तलहटी में है।",
    ),
    _s(
        "The head of the physics department retired.",
        "भौतिकी विभाग का सिर सेवानिवृत्त हो गया।",
        "सिर",
        "head (chief)",
        "भौतिकी विभाग के अध्यक्ष सेवानिवृत्त हो गए।",
    ),
    _s(
        "India will face Pakistan in the semi-final.",
        "भारत सेमीफ़ाइनल में पाकिस्तान का चेहरा करेगा।",
        "चेहरा",
        "face (play against)",
        "सेमीफ़ाइनल में भारत का मुक़ाबला पाकिस्तान से होगा।",
    ),
    _s(
        "Forty MLAs backed the chief minister.",
        "चालीस विधायकों ने मुख्यमंत्री की पीठ की।",
        "पीठ",
        "backed (supported)",
        "चालीस विधायकों ने मुख्यमंत्री का समर्थन किया।",
    ),
    _s(
        "She kept his letters in a drawer.",
        "उसने उसकी चिट्ठियां एक चित्रकार में रखीं।",
        "चित्रकार",
        "drawer (of a desk)",
        "उसने उसकी चिट्ठियां एक दराज़ में रखीं।",
    ),
    _s(
        "Her grandmother had a cataract operation.",
        "उसकी दादी का जलप्रपात का ऑपरेशन हुआ।",
        "जलप्रपात",
        "cataract (of the eye)",
        "उसकी दादी का मोतियाबिंद का ऑपरेशन हुआ।",
    ),
    _s(
        "Fishermen live near the mouth of the Hooghly.",
        "मछुआरे हुगली के मुंह के पास रहते हैं।",
        "मुंह",
        "mouth (of a river)",
        "मछुआरे हुगली के मुहाने के पास रहते हैं।",
    ),
    _s(
        "The firm ships mangoes to Dubai.",
        "कंपनी दुबई को आम जहाज़ करती है।",
        "जहाज़",
        "ships (sends)",
        "कंपनी दुबई को आम भेजती है।",
    ),
    _s(
        "Police booked the driver for drunk driving.",
        "पुलिस ने ड्राइवर को नशे में गाड़ी चलाने के लिए किताब किया।",
        "किताब",
        "booked (registered a case against)",
        "पुलिस ने ड्राइवर के ख़िलाफ़ नशे में गाड़ी चलाने का मामला दर्ज किया।",
    ),
    _s(
        "A medium claimed to speak with the dead.",
        "एक माध्यम ने मृतकों से बात करने का दावा किया।",
        "माध्यम",
        "medium (spiritualist)",
        "एक ओझा ने मृतकों से बात करने का दावा किया।",
    ),
    _s(
        "The pilot noted the fault in the log.",
        "पायलट ने ख़राबी को लट्ठे में दर्ज किया।",
        "लट्ठे",
        "log (record book)",
        "पायलट ने ख़राबी को लॉगबुक में दर्ज किया।",
    ),
    _s(
        "The old man walked with a cane.",
        "बूढ़ा आदमी गन्ने के सहारे चलता था।",
        "गन्ने",
        "cane (walking stick)",
        "बूढ़ा आदमी छड़ी के सहारे चलता था।",
    ),
    _s(
        "Add a few leaves of sage to the soup.",
        "सूप में ऋषि की कुछ पत्तियां डालें।",
        "ऋषि",
        "sage (herb)",
        "सूप में सेज की कुछ पत्तियां डालें।",
    ),
    _s(
        "Crush two cloves of garlic.",
        "लहसुन की दो लौंग कूट लें।",
        "लौंग",
        "cloves (of garlic)",
        "लहसुन की दो कलियां कूट लें।",
    ),
    _s(
        "Parrots pecked at the ears of wheat.",
        "तोतों ने गेहूं के कानों पर चोंच मारी।",
        "कानों",
        "ears (of grain)",
        "तोतों ने गेहूं की बालियों पर चोंच मारी।",
    ),
    _s(
        "Turn right at the fork near the dhaba.",
        "ढाबे के पास कांटे पर दाएं मुड़ें।",
        "कांटे",
        "fork (in the road)",
        "ढाबे के पास जहां सड़क दो ओर बंटती है, वहां दाएं मुड़ें।",
    ),
    _s(
        "A pride of lions rested near the waterhole.",
        "शेरों का एक गर्व जलकुंड के पास आराम कर रहा था।",
        "गर्व",
        "pride (of lions)",
        "शेरों का एक झुंड जलकुंड के पास आराम कर रहा था।",
    ),
    _s(
        "She won gold in the pole vault.",
        "उसने पोल तिजोरी में स्वर्ण जीता।",
        "तिजोरी",
        "vault (jump)",
        "उसने पोल वॉल्ट में स्वर्ण पदक जीता।",
    ),
    _s(
        "The sprinter won her heat easily.",
        "धाविका ने अपनी गर्मी आसानी से जीत ली।",
        "गर्मी",
        "heat (qualifying race)",
        "धाविका ने अपनी शुरुआती दौड़ आसानी से जीत ली।",
    ),
    _s(
        "We ordered paneer tikka as a starter.",
        "हमने शुरू करने वाले के रूप में पनीर टिक्का मंगाया।",
        "शुरू करने वाले",
        "starter (first course)",
        "हमने शुरुआती व्यंजन के तौर पर पनीर टिक्का मंगाया।",
    ),
    _s(
        "The bride wore a silk stole over her lehenga.",
        "दुल्हन ने लहंगे के ऊपर रेशमी चुराया पहना।",
        "चुराया",
        "stole (scarf)",
        "दुल्हन ने लहंगे के ऊपर रेशमी दुपट्टा ओढ़ा।",
    ),
    _s(
        "The truck carried forty drums of diesel.",
        "ट्रक में डीज़ल के चालीस ढोल लदे थे।",
        "ढोल",
        "drums (containers)",
        "ट्रक में डीज़ल के चालीस ड्रम लदे थे।",
    ),
]

SENSE_LOOKALIKES = [
    # the ambiguous word in the other sense, with the Hindi that was wrong above
    C(S, "Rocks fell on the road after the blast.", "धमाके के बाद सड़क पर चट्टानें गिरीं।"),
    C(S, "The clerk put a stamp on every form.", "क्लर्क ने हर फ़ॉर्म पर ठप्पा लगाया।"),
    C(S, "The clerk could not find the file.", "क्लर्क को फ़ाइल नहीं मिली।"),
    C(S, "Please refrain from smoking on the platform.", "कृपया प्लेटफ़ॉर्म पर धूम्रपान से परहेज़ करें।"),
    C(S, "Quitting the job was a rash decision.", "नौकरी छोड़ना जल्दबाज़ी में लिया गया फ़ैसला था।"),
    C(S, "The battery of my phone died.", "मेरे फ़ोन की बैटरी ख़त्म हो गई।"),
    C(S, "The great Indian bustard is a rare bird.", "सोन चिरैया एक दुर्लभ पक्षी है।"),
    C(S, "He wore his father's woollen coat.", "उसने अपने पिता का ऊनी कोट पहना।"),
    C(S, "Her feet were swollen after the trek.", "ट्रेक के बाद उसके पैर सूज गए थे।"),
    C(S, "He hurt his foot on a rusty nail.", "जंग लगी कील से उसके पांव में चोट लगी।"),
    C(S, "The boy hit his head on the door.", "लड़के का सिर दरवाज़े से टकरा गया।"),
    C(S, "She washed her face with cold water.", "उसने ठंडे पानी से अपना चेहरा धोया।"),
    C(S, "The porter carried the sack on his back.", "कुली ने बोरी अपनी पीठ पर उठाई।"),
    C(S, "He is a skilled drawer of birds.", "वह पक्षियों का कुशल चित्रकार है।"),
    C(S, "The river drops over a great cataract.", "नदी एक विशाल जलप्रपात से नीचे गिरती है।"),
    C(S, "The dentist asked him to open his mouth.", "दंत चिकित्सक ने उससे मुंह खोलने को कहा।"),
    C(S, "Two ships waited outside the port.", "दो जहाज़ बंदरगाह के बाहर इंतज़ार करते रहे।"),
    C(S, "She lent me a book on birds.", "उसने मुझे पक्षियों पर एक किताब उधार दी।"),
    C(S, "Hindi is the medium of instruction at the school.", "उस विद्यालय में पढ़ाई का माध्यम हिंदी है।"),
    C(S, "A log blocked the stream.", "एक लट्ठे ने नाले का रास्ता रोक दिया।"),
    C(S, "Farmers are waiting for their cane payments.", "किसान गन्ने के भुगतान का इंतज़ार कर रहे हैं।"),
    C(S, "The sage meditated in a cave.", "ऋषि ने एक गुफा में ध्यान लगाया।"),
    C(S, "She added cloves to the tea.", "उसने चाय में लौंग डाली।"),
    C(S, "The boy covered his ears.", "लड़के ने अपने कान ढक लिए।"),
    C(S, "He ate the noodles with a fork.", "उसने कांटे से नूडल्स खाए।"),
    C(S, "The medal is a matter of pride for the village.", "यह पदक गांव के लिए गर्व की बात है।"),
    C(S, "Thieves broke into the bank vault.", "चोर बैंक की तिजोरी में सेंध लगाकर घुसे।"),
    C(S, "The heat in Churu touched 49 degrees.", "चुरू में गर्मी 49 डिग्री तक पहुंच गई।"),
    C(S, "Police arrested the men who started the riot.", "पुलिस ने दंगा शुरू करने वालों को गिरफ़्तार किया।"),
    C(S, "Someone stole her purse at the fair.", "मेले में किसी ने उसका पर्स चुराया।"),
    C(S, "He played the drum at his sister's wedding.", "उसने अपनी बहन की शादी में ढोल बजाया।"),
    # the ambiguous word in its right sense, translated right
    C(S, "The band played rock music till midnight.", "बैंड आधी रात तक रॉक संगीत बजाता रहा।"),
    C(S, "He bought a ten-rupee stamp at the post office.", "उसने डाकघर से दस रुपये का डाक टिकट ख़रीदा।"),
    C(S, "The doctor said the rash would fade in a week.", "डॉक्टर ने कहा कि दाने एक हफ़्ते में चले जाएंगे।"),
    C(S, "The eye camp removed cataracts for free.", "नेत्र शिविर में मोतियाबिंद का मुफ़्त ऑपरेशन हुआ।"),
    C(S, "The Narmada meets the sea at a wide mouth.", "नर्मदा एक चौड़े मुहाने पर समुद्र से मिलती है।"),
    C(S, "Police booked three men for rioting.", "पुलिस ने दंगा करने के आरोप में तीन लोगों पर मामला दर्ज किया।"),
    C(S, "The grandmother needs a cane to climb stairs.", "दादी को सीढ़ियां चढ़ने के लिए छड़ी चाहिए।"),
    C(S, "The ears of millet turned golden.", "बाजरे की बालियां सुनहरी हो गईं।"),
    C(S, "Keep left at the fork after the bridge.", "पुल के बाद जहां रास्ता बंटता है, वहां बाएं रहें।"),
    C(S, "The tower is two hundred feet tall.", "मीनार दो सौ फ़ुट ऊंची है।"),
    C(S, "The head of the panchayat opened the well.", "पंचायत प्रमुख ने कुएं का उद्घाटन किया।"),
    C(S, "Which team will Brazil face in the final?", "फ़ाइनल में ब्राज़ील का मुक़ाबला किस टीम से होगा?"),
    C(S, "The pilot wrote the landing time in the log.", "पायलट ने लैंडिंग का समय लॉगबुक में लिखा।"),
    # ordinary news lines
    C(S, "The metro will run extra trains during the festival.", "त्योहार के दौरान मेट्रो अतिरिक्त ट्रेनें चलाएगी।"),
    C(
        S,
        "The district collector inspected the flood shelters.",
        "ज़िलाधिकारी ने बाढ़ राहत शिविरों का निरीक्षण किया।",
    ),
    C(S, "Onion prices fell by a third in a month.", "एक महीने में प्याज़ के दाम एक-तिहाई गिर गए।"),
]

OMISSIONS = [
    _o(
        "The fair, held every twelve years, drew a million pilgrims.",
        "मेले में दस लाख तीर्थयात्री आए।",
        "held every twelve years",
        "हर बारह साल में लगने वाले मेले में दस लाख तीर्थयात्री आए।",
    ),
    _o(
        "The library is open to students and, from next month, to retired teachers.",
        "पुस्तकालय छात्रों के लिए खुला है।",
        "and, from next month, to retired teachers",
        "पुस्तकालय छात्रों के लिए खुला है और अगले महीने से सेवानिवृत्त शिक्षकों के लिए भी खुलेगा।",
    ),
    _o(
        "The actor, who turned seventy last week, announced his retirement.",
        "अभिनेता ने संन्यास की घोषणा की।",
        "who turned seventy last week",
        "पिछले हफ़्ते सत्तर साल के हुए अभिनेता ने संन्यास की घोषणा की।",
    ),
    _o(
        "Rail traffic was suspended for six hours after the derailment.",
        "डिब्बे पटरी से उतरने के बाद रेल यातायात रोक दिया गया।",
        "for six hours",
        "डिब्बे पटरी से उतरने के बाद छह घंटे तक रेल यातायात रुका रहा।",
    ),
    _o(
        "The new hospital will have 300 beds and a burns unit.",
        "नए अस्पताल में 300 बिस्तर होंगे।",
        "and a burns unit",
        "नए अस्पताल में 300 बिस्तर और झुलसे मरीज़ों का एक विशेष वार्ड होगा।",
    ),
    _o(
        "Farmers may sell wheat at the old price only until Friday.",
        "किसान पुराने दाम पर गेहूं बेच सकते हैं।",
        "only until Friday",
        "किसान केवल शुक्रवार तक पुराने दाम पर गेहूं बेच सकते हैं।",
    ),
    _o(
        "The airport, closed since Tuesday by heavy snow, reopened today.",
        "हवाई अड्डा आज फिर से खुल गया।",
        "closed since Tuesday by heavy snow",
        "भारी बर्फ़बारी के कारण मंगलवार से बंद हवाई अड्डा आज फिर से खुल गया।",
    ),
    _o(
        "Without a licence, the vendors cannot sell on the ghats.",
        "विक्रेता घाटों पर सामान बेच सकते हैं।",
        "Without a licence ... cannot",
        "लाइसेंस के बिना विक्रेता घाटों पर सामान नहीं बेच सकते।",
    ),
    _o(
        "The mayor, along with six councillors, visited the flooded colonies.",
        "महापौर ने बाढ़ग्रस्त कॉलोनियों का दौरा किया।",
        "along with six councillors",
        "महापौर ने छह पार्षदों के साथ बाढ़ग्रस्त कॉलोनियों का दौरा किया।",
    ),
    _o(
        "Two children were pulled alive from the borewell after a ten-hour operation.",
        "दो बच्चों को बोरवेल से ज़िंदा निकाल लिया गया।",
        "after a ten-hour operation",
        "दस घंटे चले अभियान के बाद दो बच्चों को बोरवेल से ज़िंदा निकाल लिया गया।",
    ),
]
