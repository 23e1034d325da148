"""Round-21 idioms check, Hindi-only helper (idiomsH).

Written by the r21-idiomsH helper BEFORE any round-21 code change of its own and not edited
afterwards to fit. Flawed rows (`f-`), every one with its English source: 46 English idioms that
are in none of the project's idiom inventories (data/idioms_en.tsv, data/wordnet_idioms.tsv,
data/calques.toml's english fields; checked by a script before writing), almost all a verb and
its object image, rendered word for word -- most with the actor news English gives them (a
report, a plan, a party, a ministry, a bank: lift the lid on, pull one's punches, break ranks,
close ranks, clear the decks, sugar the pill, sweeten the pot, put a lid on, show one's hand,
throw a lifeline, shut the stable door, set the wheels in motion, bend the rules, have a field
day, turn the screw, flex one's muscles, grab the headlines, stop the rot, hold one's fire,
close the book on, take up the cudgels, take the gloves off, lay down a marker, move the
needle), the rest with a person or a thing (fan the flames, pull out all the stops, steady the
ship, carry the torch, pass the torch, make waves, tread water, cast the net wide, keep one's
head above water, spin one's wheels, sharpen the knives, read the riot act, plug the gap, stem
the tide, tick the boxes, blaze a trail, play one's cards close to one's chest, dot the i's and
cross the t's, put pen to paper, hit the buffers, fire on all cylinders, have the wind at one's
back). Each flawed row has a correct idiomatic translation of the same source (`c-` rows).
Look-alikes (`l-` rows), clean: the same concrete words in literal scenes where the English is
literal too (a cook lifting a pot's lid, a municipality putting a lid on a drain, an army
holding its fire, a coast guard throwing a rope, a surgeon taking off his gloves), and Hindi's
own idioms of a concrete image with an abstract or institutional actor (पर कतर दिए, बागडोर
संभाली, पलड़ा झुका दिया, पानी फेर दिया, कमर तोड़ दी, पोल खोल दी, नींव हिला दी).
Licence: CC-BY-4.0 like the other sets.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

I = "idiom-literal"  # noqa: E741
L = "idiom"

NAMES: list = []
TITLES: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []

IDIOMS = [
    F(
        I,
        "The report lifted the lid on corruption in the department.",
        "रिपोर्ट ने विभाग में भ्रष्टाचार पर से ढक्कन उठा दिया।",
        [("ढक्कन उठा दिया", "lifted the lid on")],
        "रिपोर्ट ने विभाग में भ्रष्टाचार का पर्दाफ़ाश कर दिया।",
    ),
    F(
        I,
        "Two ministers broke ranks with the party over the bill.",
        "दो मंत्रियों ने विधेयक पर पार्टी के साथ कतारें तोड़ दीं।",
        [("कतारें तोड़ दीं", "broke ranks")],
        "दो मंत्रियों ने विधेयक पर पार्टी की लाइन से हटकर रुख़ अपनाया।",
    ),
    F(
        I,
        "The rumours fanned the flames of the riot.",
        "अफ़वाहों ने दंगे की लपटों को पंखा झला।",
        [("लपटों को पंखा झला", "fanned the flames")],
        "अफ़वाहों ने दंगे को और भड़का दिया।",
    ),
    F(
        I,
        "The organisers pulled out all the stops for the festival.",
        "आयोजकों ने उत्सव के लिए सारे डाट बाहर खींच लिए।",
        [("सारे डाट बाहर खींच लिए", "pulled out all the stops")],
        "आयोजकों ने उत्सव के लिए कोई कसर नहीं छोड़ी।",
    ),
    F(
        I,
        "The company cleared the decks before the merger.",
        "कंपनी ने विलय से पहले डेक साफ़ कर दिए।",
        [("डेक साफ़ कर दिए", "cleared the decks")],
        "कंपनी ने विलय से पहले बाक़ी सारे काम निपटा लिए।",
    ),
    F(
        I,
        "The new captain steadied the ship after three defeats.",
        "नए कप्तान ने तीन हारों के बाद जहाज़ को स्थिर किया।",
        [("जहाज़ को स्थिर किया", "steadied the ship")],
        "नए कप्तान ने तीन हारों के बाद टीम को संभाल लिया।",
    ),
    F(
        I,
        "The government sugared the pill with a small bonus.",
        "सरकार ने एक छोटे बोनस से गोली पर चीनी चढ़ा दी।",
        [("गोली पर चीनी चढ़ा दी", "sugared the pill")],
        "सरकार ने एक छोटा बोनस देकर कड़वे फ़ैसले को थोड़ा नरम कर दिया।",
    ),
    F(
        I,
        "The buyer sweetened the pot with an extra payment.",
        "ख़रीदार ने अतिरिक्त भुगतान से बर्तन मीठा कर दिया।",
        [("बर्तन मीठा कर दिया", "sweetened the pot")],
        "ख़रीदार ने अतिरिक्त भुगतान देकर सौदा और आकर्षक बना दिया।",
    ),
    F(
        I,
        "The police put a lid on the protests.",
        "पुलिस ने विरोध प्रदर्शनों पर ढक्कन लगा दिया।",
        [("ढक्कन लगा दिया", "put a lid on")],
        "पुलिस ने विरोध प्रदर्शनों पर क़ाबू पा लिया।",
    ),
    F(
        I,
        "Her daughter now carries the torch for women's rights.",
        "अब उसकी बेटी महिलाओं के अधिकारों के लिए मशाल ढोती है।",
        [("मशाल ढोती है", "carries the torch")],
        "अब उसकी बेटी महिलाओं के अधिकारों की लड़ाई आगे बढ़ा रही है।",
    ),
    F(
        I,
        "The veteran leader passed the torch to a younger colleague.",
        "वरिष्ठ नेता ने एक युवा साथी को टॉर्च थमा दी।",
        [("टॉर्च थमा दी", "passed the torch")],
        "वरिष्ठ नेता ने एक युवा साथी को ज़िम्मेदारी सौंप दी।",
    ),
    F(
        I,
        "The party closed ranks behind its leader.",
        "पार्टी ने अपने नेता के पीछे पंक्तियाँ बंद कर लीं।",
        [("पंक्तियाँ बंद कर लीं", "closed ranks")],
        "पार्टी अपने नेता के पीछे एकजुट हो गई।",
    ),
    F(
        I,
        "The bank did not show its hand before the auction.",
        "बैंक ने नीलामी से पहले अपना हाथ नहीं दिखाया।",
        [("अपना हाथ नहीं दिखाया", "show its hand")],
        "बैंक ने नीलामी से पहले अपनी योजना ज़ाहिर नहीं की।",
    ),
    F(
        I,
        "The young designer is making waves in Paris.",
        "युवा डिज़ाइनर पेरिस में लहरें बना रहा है।",
        [("लहरें बना रहा है", "making waves")],
        "युवा डिज़ाइनर पेरिस में धूम मचा रहा है।",
    ),
    F(
        I,
        "The loan threw a lifeline to the struggling airline.",
        "ऋण ने संकट में फँसी एयरलाइन की ओर एक जीवन-रस्सी फेंकी।",
        [("एक जीवन-रस्सी फेंकी", "threw a lifeline")],
        "ऋण ने संकट में फँसी एयरलाइन को जीवनदान दिया।",
    ),
    F(
        I,
        "The ministry shut the stable door after the data had leaked.",
        "डेटा लीक होने के बाद मंत्रालय ने अस्तबल का दरवाज़ा बंद किया।",
        [("अस्तबल का दरवाज़ा बंद किया", "shut the stable door")],
        "डेटा लीक हो जाने के बाद ही मंत्रालय जागा।",
    ),
    F(
        I,
        "The economy has been treading water for a year.",
        "अर्थव्यवस्था एक साल से पानी में पैर चला रही है।",
        [("पानी में पैर चला रही है", "treading water")],
        "अर्थव्यवस्था एक साल से जस की तस बनी हुई है।",
    ),
    F(
        I,
        "The selectors cast the net wide for new talent.",
        "चयनकर्ताओं ने नई प्रतिभा के लिए जाल चौड़ा फेंका।",
        [("जाल चौड़ा फेंका", "cast the net wide")],
        "चयनकर्ताओं ने नई प्रतिभा की खोज दूर-दूर तक की।",
    ),
    F(
        I,
        "Small shops are struggling to keep their heads above water.",
        "छोटी दुकानें अपना सिर पानी के ऊपर रखने के लिए संघर्ष कर रही हैं।",
        [("अपना सिर पानी के ऊपर रखने", "keep their heads above water")],
        "छोटी दुकानें किसी तरह टिके रहने के लिए संघर्ष कर रही हैं।",
    ),
    F(
        I,
        "The talks are just spinning their wheels.",
        "बातचीत बस अपने पहिये घुमा रही है।",
        [("अपने पहिये घुमा रही है", "spinning their wheels")],
        "बातचीत कहीं आगे नहीं बढ़ रही है।",
    ),
    F(
        I,
        "The council set the wheels in motion for a new hospital.",
        "परिषद ने नए अस्पताल के लिए पहियों को गति में डाल दिया।",
        [("पहियों को गति में डाल दिया", "set the wheels in motion")],
        "परिषद ने नए अस्पताल की प्रक्रिया शुरू कर दी।",
    ),
    F(
        I,
        "The club bent the rules for its star player.",
        "क्लब ने अपने स्टार खिलाड़ी के लिए नियम मोड़ दिए।",
        [("नियम मोड़ दिए", "bent the rules")],
        "क्लब ने अपने स्टार खिलाड़ी के लिए नियमों में ढील दे दी।",
    ),
    F(
        I,
        "The press had a field day with the scandal.",
        "प्रेस ने घोटाले के साथ मैदान का दिन मनाया।",
        [("मैदान का दिन मनाया", "had a field day")],
        "घोटाले पर प्रेस की तो चाँदी हो गई।",
    ),
    F(
        I,
        "The lenders turned the screw on the debtor.",
        "ऋणदाताओं ने कर्ज़दार पर पेंच घुमा दिया।",
        [("पेंच घुमा दिया", "turned the screw")],
        "ऋणदाताओं ने कर्ज़दार पर शिकंजा कस दिया।",
    ),
    F(
        I,
        "Rivals within the party are sharpening their knives.",
        "पार्टी के भीतर प्रतिद्वंद्वी अपने चाकू तेज़ कर रहे हैं।",
        [("अपने चाकू तेज़ कर रहे हैं", "sharpening their knives")],
        "पार्टी के भीतर प्रतिद्वंद्वी हमले की तैयारी कर रहे हैं।",
    ),
    F(
        I,
        "China flexed its muscles in the sea.",
        "चीन ने समुद्र में अपनी मांसपेशियां लचकाईं।",
        [("अपनी मांसपेशियां लचकाईं", "flexed its muscles")],
        "चीन ने समुद्र में अपनी ताक़त दिखाई।",
    ),
    F(
        I,
        "The coach read the riot act to his players.",
        "कोच ने अपने खिलाड़ियों को दंगा अधिनियम पढ़कर सुनाया।",
        [("दंगा अधिनियम पढ़कर सुनाया", "read the riot act")],
        "कोच ने अपने खिलाड़ियों को कड़ी फटकार लगाई।",
    ),
    F(
        I,
        "The actor's wedding grabbed the headlines.",
        "अभिनेता की शादी ने सुर्ख़ियाँ पकड़ लीं।",
        [("सुर्ख़ियाँ पकड़ लीं", "grabbed the headlines")],
        "अभिनेता की शादी ने सुर्ख़ियाँ बटोरीं।",
    ),
    F(
        I,
        "The new signing will plug the gap in defence.",
        "नया खिलाड़ी डिफ़ेंस के अंतराल को प्लग करेगा।",
        [("अंतराल को प्लग करेगा", "plug the gap")],
        "नया खिलाड़ी डिफ़ेंस की कमी पूरी करेगा।",
    ),
    F(
        I,
        "The bank failed to stem the tide of withdrawals.",
        "बैंक निकासी के ज्वार को रोकने में विफल रहा।",
        [("ज्वार को रोकने", "stem the tide")],
        "बैंक धड़ाधड़ हो रही निकासी को रोकने में विफल रहा।",
    ),
    F(
        I,
        "The new manager stopped the rot at the club.",
        "नए मैनेजर ने क्लब में सड़न रोक दी।",
        [("सड़न रोक दी", "stopped the rot")],
        "नए मैनेजर ने क्लब की लगातार गिरावट थाम ली।",
    ),
    F(
        I,
        "The candidate ticks all the boxes.",
        "उम्मीदवार सभी बक्सों पर सही का निशान लगाता है।",
        [("सभी बक्सों पर सही का निशान लगाता है", "ticks all the boxes")],
        "उम्मीदवार हर कसौटी पर खरा उतरता है।",
    ),
    F(
        I,
        "The critics held their fire until the final episode.",
        "आलोचकों ने आख़िरी एपिसोड तक अपनी गोलीबारी रोके रखी।",
        [("अपनी गोलीबारी रोके रखी", "held their fire")],
        "आलोचकों ने आख़िरी एपिसोड तक कुछ नहीं कहा।",
    ),
    F(
        I,
        "The report did not pull its punches.",
        "रिपोर्ट ने अपने मुक्के नहीं खींचे।",
        [("अपने मुक्के नहीं खींचे", "pull its punches")],
        "रिपोर्ट ने कोई लिहाज़ नहीं किया।",
    ),
    F(
        I,
        "The police closed the book on the case.",
        "पुलिस ने मामले पर किताब बंद कर दी।",
        [("किताब बंद कर दी", "closed the book on")],
        "पुलिस ने मामले की फ़ाइल बंद कर दी।",
    ),
    F(
        I,
        "The scientist blazed a trail in genetics.",
        "वैज्ञानिक ने आनुवंशिकी में एक पगडंडी जलाई।",
        [("एक पगडंडी जलाई", "blazed a trail")],
        "वैज्ञानिक ने आनुवंशिकी में नई राह दिखाई।",
    ),
    F(
        I,
        "The coach is playing his cards close to his chest.",
        "कोच अपने पत्ते अपनी छाती के पास खेल रहे हैं।",
        [("अपने पत्ते अपनी छाती के पास खेल रहे हैं", "playing his cards close to his chest")],
        "कोच ने अपने पत्ते नहीं खोले हैं।",
    ),
    F(
        I,
        "The union took up the cudgels for the workers.",
        "यूनियन ने मज़दूरों के लिए लाठियाँ उठा लीं।",
        [("लाठियाँ उठा लीं", "took up the cudgels")],
        "यूनियन ने मज़दूरों के पक्ष में मोर्चा खोल दिया।",
    ),
    F(
        I,
        "The candidates took the gloves off in the debate.",
        "बहस में उम्मीदवारों ने दस्ताने उतार दिए।",
        [("दस्ताने उतार दिए", "took the gloves off")],
        "बहस में उम्मीदवार खुलकर एक-दूसरे पर टूट पड़े।",
    ),
    F(
        I,
        "The lawyers are dotting the i's and crossing the t's on the deal.",
        "वकील सौदे पर आई पर बिंदु लगा रहे हैं और टी काट रहे हैं।",
        [("आई पर बिंदु लगा रहे हैं और टी काट रहे हैं", "dotting the i's and crossing the t's")],
        "वकील सौदे की एक-एक बारीकी जाँच रहे हैं।",
    ),
    F(
        I,
        "The striker put pen to paper on a new contract.",
        "स्ट्राइकर ने नए अनुबंध पर कलम को कागज़ पर रखा।",
        [("कलम को कागज़ पर रखा", "put pen to paper")],
        "स्ट्राइकर ने नए अनुबंध पर हस्ताक्षर किए।",
    ),
    F(
        I,
        "The champions laid down a marker with a big win.",
        "चैंपियनों ने बड़ी जीत से एक मार्कर नीचे रख दिया।",
        [("एक मार्कर नीचे रख दिया", "laid down a marker")],
        "चैंपियनों ने बड़ी जीत से अपने इरादे साफ़ कर दिए।",
    ),
    F(
        I,
        "The ruling party has the wind at its back.",
        "सत्तारूढ़ पार्टी की पीठ पर हवा है।",
        [("पीठ पर हवा है", "has the wind at its back")],
        "सत्तारूढ़ पार्टी के पक्ष में माहौल है।",
    ),
    F(
        I,
        "The project hit the buffers last year.",
        "परियोजना पिछले साल बफ़र से टकरा गई।",
        [("बफ़र से टकरा गई", "hit the buffers")],
        "परियोजना पिछले साल ठप हो गई।",
    ),
    F(
        I,
        "The campaign did not move the needle.",
        "अभियान ने सुई नहीं हिलाई।",
        [("सुई नहीं हिलाई", "move the needle")],
        "अभियान का कोई ख़ास असर नहीं हुआ।",
    ),
    F(
        I,
        "The team is firing on all cylinders.",
        "टीम सभी सिलेंडरों पर फ़ायर कर रही है।",
        [("सभी सिलेंडरों पर फ़ायर कर रही है", "firing on all cylinders")],
        "टीम पूरे दमख़म से खेल रही है।",
    ),
]

IDIOM_LOOKALIKES = [
    C(L, "The cook lifted the lid off the pot.", "रसोइए ने बर्तन का ढक्कन उठा दिया।"),
    C(L, "The soldiers broke ranks when the parade ended.", "परेड ख़त्म होते ही सैनिकों ने अपनी कतारें तोड़ दीं।"),
    C(L, "The villagers fanned the fire to cook rice.", "गाँव वालों ने चावल पकाने के लिए आग को पंखा झला।"),
    C(L, "The plumber pulled the stoppers out of all the sinks.", "प्लंबर ने सभी सिंकों के डाट बाहर खींच लिए।"),
    C(L, "The sailors cleared the decks before the storm.", "तूफ़ान से पहले नाविकों ने जहाज़ के डेक साफ़ कर दिए।"),
    C(L, "The captain steadied the ship in the storm.", "कप्तान ने तूफ़ान में जहाज़ को स्थिर किया।"),
    C(L, "The nurse coated the pill with sugar for the child.", "नर्स ने बच्चे के लिए गोली पर चीनी चढ़ा दी।"),
    C(L, "Grandmother added sugar to the pot of milk.", "दादी ने दूध के बर्तन में चीनी डाल दी।"),
    C(L, "The municipality put a lid on the open drain.", "नगर निगम ने खुले नाले पर ढक्कन लगा दिया।"),
    C(L, "The runners carried the torch through the city.", "धावक मशाल लेकर पूरे शहर से गुज़रे।"),
    C(L, "The guard handed a torch to the visitor.", "चौकीदार ने आगंतुक को टॉर्च थमा दी।"),
    C(L, "The shopkeepers closed their shops early.", "दुकानदारों ने अपनी दुकानें जल्दी बंद कर लीं।"),
    C(L, "The magician showed his empty hand to the audience.", "जादूगर ने दर्शकों को अपना ख़ाली हाथ दिखाया।"),
    C(L, "The motorboat made waves on the lake.", "मोटरबोट ने झील में लहरें बनाईं।"),
    C(L, "The coast guard threw a rope to the drowning man.", "तटरक्षक बल ने डूबते आदमी की ओर एक रस्सी फेंकी।"),
    C(L, "The groom shut the stable door at night.", "साईस ने रात को अस्तबल का दरवाज़ा बंद किया।"),
    C(L, "The swimmer trod water for ten minutes.", "तैराक दस मिनट तक पानी में पैर चलाता रहा।"),
    C(L, "The fisherman cast his net far into the river.", "मछुआरे ने अपना जाल नदी में दूर तक फेंका।"),
    C(L, "The boy kept his head above the water.", "लड़के ने अपना सिर पानी के ऊपर रखा।"),
    C(L, "The mechanic spun the wheels of the bicycle.", "मिस्त्री ने साइकिल के पहिये घुमाए।"),
    C(L, "The blacksmith bent the iron rod.", "लोहार ने लोहे की छड़ मोड़ दी।"),
    C(L, "The children played in the field all day.", "बच्चे पूरे दिन मैदान में खेलते रहे।"),
    C(L, "The carpenter turned the screw with a screwdriver.", "बढ़ई ने पेचकस से पेंच घुमा दिया।"),
    C(L, "The butcher sharpened his knives in the morning.", "कसाई ने सुबह अपने चाकू तेज़ किए।"),
    C(L, "The wrestler tightened the muscles of his arms.", "पहलवान ने अपनी बाँहों की मांसपेशियाँ कसीं।"),
    C(L, "The clerk read the act aloud in court.", "क्लर्क ने अदालत में अधिनियम पढ़कर सुनाया।"),
    C(L, "The newspaper printed the news in its headlines.", "अख़बार ने यह ख़बर सुर्ख़ियों में छापी।"),
    C(L, "The plumber plugged the hole in the pipe.", "प्लंबर ने पाइप का छेद बंद कर दिया।"),
    C(L, "The dam stopped the water of the river.", "बाँध ने नदी का पानी रोक दिया।"),
    C(L, "The salt stopped the fish from rotting.", "नमक ने मछली की सड़न रोक दी।"),
    C(L, "The student ticked the boxes on the form.", "छात्र ने फ़ॉर्म के बक्सों पर सही का निशान लगाया।"),
    C(L, "The army held its fire during the talks.", "बातचीत के दौरान सेना ने अपनी गोलीबारी रोके रखी।"),
    C(L, "The boxer threw many punches in the first round.", "मुक्केबाज़ ने पहले दौर में कई मुक्के मारे।"),
    C(L, "The student closed the book and left.", "छात्र ने किताब बंद की और चला गया।"),
    C(L, "The villagers lit torches along the trail.", "गाँव वालों ने पगडंडी पर मशालें जलाईं।"),
    C(L, "The players held their cards close to their chests.", "खिलाड़ियों ने अपने पत्ते छाती से सटाकर पकड़े।"),
    C(L, "The guards raised their sticks.", "पहरेदारों ने अपनी लाठियाँ उठा लीं।"),
    C(L, "The surgeon took off his gloves after the operation.", "ऑपरेशन के बाद सर्जन ने अपने दस्ताने उतार दिए।"),
    C(L, "The child put the pen down on the paper.", "बच्चे ने कलम कागज़ पर रख दी।"),
    C(L, "The teacher put the marker down on the table.", "शिक्षिका ने मार्कर मेज़ पर नीचे रख दिया।"),
    C(L, "The train hit the buffers at the station.", "ट्रेन स्टेशन पर बफ़र से टकरा गई।"),
    C(L, "The tailor moved the needle slowly.", "दर्ज़ी ने सुई धीरे-धीरे हिलाई।"),
    C(L, "The new law clipped the regulator's wings.", "नए क़ानून ने नियामक के पर कतर दिए।"),
    C(L, "The new chief took the reins of the company.", "नए प्रमुख ने कंपनी की बागडोर संभाली।"),
    C(L, "His experience tipped the scales in his favour.", "उसके अनुभव ने पलड़ा उसके पक्ष में झुका दिया।"),
    C(L, "The rumours added fuel to the riot.", "अफ़वाहों ने दंगे की आग को हवा दी।"),
    C(L, "The rain washed out the match.", "बारिश ने मैच पर पानी फेर दिया।"),
    C(L, "Inflation has broken the back of the poor.", "महंगाई ने ग़रीबों की कमर तोड़ दी है।"),
    C(L, "The decision only made things worse.", "फ़ैसले ने आग में घी डालने का काम किया।"),
    C(L, "The scandal blackened the party's name.", "घोटाले ने पार्टी की छवि पर कालिख पोत दी।"),
    C(L, "The team crushed its rival.", "टीम ने प्रतिद्वंद्वी को धूल चटा दी।"),
    C(L, "The court's verdict set the seal on the matter.", "अदालत के फ़ैसले ने मामले पर मुहर लगा दी।"),
    C(L, "The report exposed the scandal.", "रिपोर्ट ने घोटाले की पोल खोल दी।"),
    C(L, "The company hushed up the accident.", "कंपनी ने दुर्घटना पर पर्दा डाल दिया।"),
    C(L, "The new policy laid the foundation for growth.", "नई नीति ने विकास की नींव रखी।"),
    C(L, "The remark sowed the seeds of discord.", "इस टिप्पणी ने फूट के बीज बो दिए।"),
    C(L, "The government tightened its grip on the media.", "सरकार ने मीडिया पर शिकंजा कस दिया।"),
    C(L, "The crisis shook the foundations of the bank.", "संकट ने बैंक की नींव हिला दी।"),
    C(L, "The board put the brakes on the project.", "बोर्ड ने परियोजना पर ब्रेक लगा दिया।"),
    C(L, "The opposition raised the banner of revolt.", "विपक्ष ने बग़ावत का झंडा उठा लिया।"),
]
