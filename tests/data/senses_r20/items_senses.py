"""Round-20 senses check (helper "senses", hand-written 2026-11-29 18:45-19:05 UTC BEFORE any round-20
sense work was tuned, and never edited to fit; report numbers on it, do not tune on it).
Licence: Apache-2.0. The writer had read earlier rules, so this is an own set, not a blind one.

Flawed rows (49): an ambiguous English word in no entry of audit/data/source_senses.toml (the HI513
inventory) and in none of senses_r19's rows, rendered with the Hindi of another sense of the word:
- nouns (a bat in a cave, dates to eat, a sheep pen, a church organ, a water spring, a mole in the
  lawn, coconut palms, a blow on the temple, painted nails, a computer mouse, a tablet to read on,
  the bow of a ship, a car's trunk, a fish's scales, a word's letters, the rest of his life, change
  for a note, reading glasses, a rock band, a kite hunting mice, a traffic jam, a wave of the hand,
  a cricket chirping, a car's boot, the TV's volume, rain showers, a royal ball, a pirate's chest,
  a monk's staff, a nut on a bolt, a lock of hair, a calf muscle, lime on walls, a chain of
  stores, a bank's branch, the mouth of a river, the South Pole);
- adjectives (a hard exam, a poor crop, a bright student, strong tea, rich food);
- verbs (miss one's family, lie on the beach, treat a friend to dinner, a plan that meets the
  standards, realise a dream, beat eggs, dress a wound).
Each has its correct twin (the `fix`, a clean row of the selected sense).

Clean look-alikes (49): the same Hindi word in the sense it names (a cricket bat, the date of the
exam, a blue pen, a vital organ, flowers in spring, ...), each with its English source.

    python tests/data/senses_r20/build.py
    audit check tests/data/senses_r20/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o S20.jsonl
    python tests/data/senses_r20/score.py S20.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

S = "sense"


def _s(src: str, mt: str, span: str, eng: str, fix: str) -> F:
    return F(S, src, mt, [(span, eng)], fix)


SENSES = [
    # ---- nouns
    _s(
        "A bat flew out of the cave at dusk.",
        "शाम को गुफा से एक बल्ला उड़कर बाहर निकला।",
        "बल्ला",
        "bat (flying mammal)",
        "शाम को गुफा से एक चमगादड़ उड़कर बाहर निकला।",
    ),
    _s(
        "She ate a handful of dates after the fast.",
        "उपवास के बाद उसने मुट्ठी भर तारीखें खाईं।",
        "तारीखें",
        "dates (fruit)",
        "उपवास के बाद उसने मुट्ठी भर खजूर खाए।",
    ),
    _s(
        "The farmer drove the sheep back into the pen.",
        "किसान ने भेड़ों को वापस कलम में हांक दिया।",
        "कलम",
        "pen (animal enclosure)",
        "किसान ने भेड़ों को वापस बाड़े में हांक दिया।",
    ),
    _s(
        "She played the organ at the Sunday service.",
        "उसने रविवार की प्रार्थना में अंग बजाया।",
        "अंग",
        "organ (musical instrument)",
        "उसने रविवार की प्रार्थना में ऑर्गन बजाया।",
    ),
    _s(
        "The villagers fetch water from a spring near the temple.",
        "गांव वाले मंदिर के पास एक वसंत से पानी लाते हैं।",
        "वसंत",
        "spring (source of water)",
        "गांव वाले मंदिर के पास एक झरने से पानी लाते हैं।",
    ),
    _s(
        "A mole dug tunnels under the lawn.",
        "एक तिल ने लॉन के नीचे सुरंगें खोद दीं।",
        "तिल",
        "mole (burrowing animal)",
        "एक छछूंदर ने लॉन के नीचे सुरंगें खोद दीं।",
    ),
    _s(
        "Tall coconut palms line the beach.",
        "समुद्र तट पर नारियल की ऊंची हथेलियां कतार में खड़ी हैं।",
        "हथेलियां",
        "palms (trees)",
        "समुद्र तट पर नारियल के ऊंचे पेड़ कतार में खड़े हैं।",
    ),
    _s(
        "The ball struck the batsman on the temple.",
        "गेंद बल्लेबाज़ के मंदिर पर लगी।",
        "मंदिर",
        "temple (side of the head)",
        "गेंद बल्लेबाज़ की कनपटी पर लगी।",
    ),
    _s(
        "She painted her nails bright red for the wedding.",
        "शादी के लिए उसने अपनी कीलों को चटक लाल रंगा।",
        "कीलों",
        "nails (fingernails)",
        "शादी के लिए उसने अपने नाखूनों को चटक लाल रंगा।",
    ),
    _s(
        "Click the right button of the mouse to open the menu.",
        "मेनू खोलने के लिए चूहे का दायां बटन क्लिक करें।",
        "चूहे",
        "mouse (computer device)",
        "मेनू खोलने के लिए माउस का दायां बटन क्लिक करें।",
    ),
    _s(
        "He reads the newspaper on his tablet every morning.",
        "वह हर सुबह अपनी गोली पर अखबार पढ़ता है।",
        "गोली",
        "tablet (computer)",
        "वह हर सुबह अपने टैबलेट पर अखबार पढ़ता है।",
    ),
    _s(
        "Huge waves crashed over the bow of the ship.",
        "जहाज़ के धनुष पर विशाल लहरें टूट पड़ीं।",
        "धनुष",
        "bow (front of a ship)",
        "जहाज़ के अगले हिस्से पर विशाल लहरें टूट पड़ीं।",
    ),
    _s(
        "Put the suitcases in the trunk of the car.",
        "सूटकेस कार के तने में रख दो।",
        "तने",
        "trunk (luggage space of a car)",
        "सूटकेस कार की डिक्की में रख दो।",
    ),
    _s(
        "Remove the scales from the fish before you cook it.",
        "पकाने से पहले मछली के पैमाने हटा दें।",
        "पैमाने",
        "scales (of a fish)",
        "पकाने से पहले मछली के छिलके हटा दें।",
    ),
    _s(
        "The password must have at least eight letters.",
        "पासवर्ड में कम से कम आठ पत्र होने चाहिए।",
        "पत्र",
        "letters (of the alphabet)",
        "पासवर्ड में कम से कम आठ अक्षर होने चाहिए।",
    ),
    _s(
        "He spent the rest of his life in a small village in Goa.",
        "उसने अपने जीवन का आराम गोवा के एक छोटे गांव में बिताया।",
        "आराम",
        "rest (remainder)",
        "उसने अपना बाकी जीवन गोवा के एक छोटे गांव में बिताया।",
    ),
    _s(
        "The shopkeeper had no change for a five-hundred-rupee note.",
        "दुकानदार के पास पांच सौ रुपये के नोट का बदलाव नहीं था।",
        "बदलाव",
        "change (coins, smaller notes)",
        "दुकानदार के पास पांच सौ रुपये के नोट के छुट्टे नहीं थे।",
    ),
    _s(
        "Grandfather cannot read without his glasses.",
        "दादाजी अपने गिलास के बिना पढ़ नहीं सकते।",
        "गिलास",
        "glasses (spectacles)",
        "दादाजी अपने चश्मे के बिना पढ़ नहीं सकते।",
    ),
    _s(
        "He plays the guitar in a rock band.",
        "वह एक चट्टान बैंड में गिटार बजाता है।",
        "चट्टान",
        "rock (music)",
        "वह एक रॉक बैंड में गिटार बजाता है।",
    ),
    _s(
        "A kite circled over the field, looking for mice.",
        "चूहों की तलाश में एक पतंग खेत के ऊपर चक्कर लगा रही थी।",
        "पतंग",
        "kite (bird of prey)",
        "चूहों की तलाश में एक चील खेत के ऊपर चक्कर लगा रही थी।",
    ),
    _s(
        "We were stuck in a traffic jam for two hours.",
        "हम दो घंटे तक यातायात के मुरब्बे में फंसे रहे।",
        "मुरब्बे",
        "jam (traffic congestion)",
        "हम दो घंटे तक ट्रैफ़िक जाम में फंसे रहे।",
    ),
    _s(
        "She gave her friends a wave from the train window.",
        "उसने ट्रेन की खिड़की से अपने दोस्तों को एक लहर दी।",
        "लहर",
        "wave (movement of the hand)",
        "उसने ट्रेन की खिड़की से अपने दोस्तों की ओर हाथ हिलाया।",
    ),
    _s(
        "A cricket chirped under the bed all night.",
        "पलंग के नीचे रात भर एक क्रिकेट चहचहाता रहा।",
        "क्रिकेट",
        "cricket (insect)",
        "पलंग के नीचे रात भर एक झींगुर झनकारता रहा।",
    ),
    _s(
        "Put the shopping bags in the boot of the car.",
        "खरीदारी के थैले कार के जूते में रख दो।",
        "जूते",
        "boot (luggage space of a car)",
        "खरीदारी के थैले कार की डिक्की में रख दो।",
    ),
    _s(
        "Please turn down the volume of the television.",
        "कृपया टेलीविज़न का खंड कम कर दें।",
        "खंड",
        "volume (loudness)",
        "कृपया टेलीविज़न की आवाज़ कम कर दें।",
    ),
    _s(
        "Light showers are expected in Delhi tomorrow.",
        "कल दिल्ली में हल्के स्नान होने की संभावना है।",
        "स्नान",
        "showers (brief rain)",
        "कल दिल्ली में हल्की बौछारें पड़ने की संभावना है।",
    ),
    _s(
        "The prince danced with her at the royal ball.",
        "राजकुमार ने शाही गेंद में उसके साथ नृत्य किया।",
        "गेंद",
        "ball (formal dance)",
        "राजकुमार ने शाही नृत्य-समारोह में उसके साथ नृत्य किया।",
    ),
    _s(
        "The pirates buried a chest full of gold on the island.",
        "समुद्री डाकुओं ने द्वीप पर सोने से भरी एक छाती गाड़ दी।",
        "छाती",
        "chest (large box)",
        "समुद्री डाकुओं ने द्वीप पर सोने से भरा एक संदूक गाड़ दिया।",
    ),
    _s(
        "The old monk walked slowly with a wooden staff.",
        "बूढ़ा भिक्षु लकड़ी के कर्मचारी के सहारे धीरे-धीरे चला।",
        "कर्मचारी",
        "staff (walking stick)",
        "बूढ़ा भिक्षु लकड़ी की लाठी के सहारे धीरे-धीरे चला।",
    ),
    _s(
        "Tighten the nut on the wheel with a spanner.",
        "पहिये के मेवे को स्पैनर से कस दें।",
        "मेवे",
        "nut (threaded fastener)",
        "पहिये के नट को स्पैनर से कस दें।",
    ),
    _s(
        "She kept a lock of her son's hair in a locket.",
        "उसने अपने बेटे के बालों का एक ताला लॉकेट में रखा।",
        "ताला",
        "lock (tuft of hair)",
        "उसने अपने बेटे के बालों की एक लट लॉकेट में रखी।",
    ),
    _s(
        "The striker injured his calf during training.",
        "अभ्यास के दौरान स्ट्राइकर के बछड़े में चोट लग गई।",
        "बछड़े",
        "calf (back of the lower leg)",
        "अभ्यास के दौरान स्ट्राइकर की पिंडली में चोट लग गई।",
    ),
    _s(
        "The walls of the hut were washed with lime.",
        "झोपड़ी की दीवारों को नींबू से पोता गया था।",
        "नींबू",
        "lime (calcium oxide whitewash)",
        "झोपड़ी की दीवारों को चूने से पोता गया था।",
    ),
    _s(
        "The chain now has two hundred stores across India.",
        "इस ज़ंजीर के अब पूरे भारत में दो सौ स्टोर हैं।",
        "ज़ंजीर",
        "chain (group of shops)",
        "इस श्रृंखला के अब पूरे भारत में दो सौ स्टोर हैं।",
    ),
    _s(
        "The bank opened a new branch in Pune last week.",
        "बैंक ने पिछले हफ्ते पुणे में एक नई टहनी खोली।",
        "टहनी",
        "branch (local office)",
        "बैंक ने पिछले हफ्ते पुणे में एक नई शाखा खोली।",
    ),
    _s(
        "The port city lies at the mouth of the river.",
        "बंदरगाह शहर नदी के मुंह पर बसा है।",
        "मुंह",
        "mouth (where a river meets the sea)",
        "बंदरगाह शहर नदी के मुहाने पर बसा है।",
    ),
    _s(
        "Amundsen's team reached the South Pole in 1911.",
        "अमुंडसेन की टीम 1911 में दक्षिणी खंभे पर पहुंची।",
        "खंभे",
        "pole (end of the earth's axis)",
        "अमुंडसेन की टीम 1911 में दक्षिणी ध्रुव पर पहुंची।",
    ),
    # ---- adjectives
    _s(
        "The mathematics exam was very hard this year.",
        "इस साल गणित की परीक्षा बहुत कठोर थी।",
        "कठोर",
        "hard (difficult)",
        "इस साल गणित की परीक्षा बहुत कठिन थी।",
    ),
    _s(
        "The wheat crop was poor this year because of the drought.",
        "सूखे के कारण इस साल गेहूं की फसल गरीब रही।",
        "गरीब",
        "poor (of low quality or yield)",
        "सूखे के कारण इस साल गेहूं की फसल कमज़ोर रही।",
    ),
    _s(
        "Meera is a bright student and always tops her class.",
        "मीरा एक चमकीली छात्रा है और हमेशा अपनी कक्षा में प्रथम आती है।",
        "चमकीली",
        "bright (clever)",
        "मीरा एक मेधावी छात्रा है और हमेशा अपनी कक्षा में प्रथम आती है।",
    ),
    _s(
        "He likes his morning tea very strong.",
        "उसे सुबह की चाय बहुत मज़बूत पसंद है।",
        "मज़बूत",
        "strong (of tea: concentrated)",
        "उसे सुबह की चाय बहुत कड़क पसंद है।",
    ),
    _s(
        "Patients should avoid rich food for a week after the operation.",
        "ऑपरेशन के बाद एक हफ्ते तक मरीज़ों को अमीर भोजन से बचना चाहिए।",
        "अमीर",
        "rich (of food: heavy, fatty)",
        "ऑपरेशन के बाद एक हफ्ते तक मरीज़ों को गरिष्ठ भोजन से बचना चाहिए।",
    ),
    # ---- verbs
    _s(
        "I miss my family a lot since I moved to Chennai.",
        "चेन्नई आने के बाद से मैं अपने परिवार को बहुत चूकता हूं।",
        "चूकता",
        "miss (feel the absence of)",
        "चेन्नई आने के बाद से मुझे अपने परिवार की बहुत याद आती है।",
    ),
    _s(
        "On holidays I like to lie on the beach in the sun.",
        "छुट्टियों में मुझे धूप में समुद्र तट पर झूठ बोलना पसंद है।",
        "झूठ बोलना",
        "lie (recline)",
        "छुट्टियों में मुझे धूप में समुद्र तट पर लेटना पसंद है।",
    ),
    _s(
        "Let me treat you to dinner tonight.",
        "आज रात मुझे खाने पर आपका इलाज करने दीजिए।",
        "इलाज",
        "treat (pay for someone's meal)",
        "आज रात मुझे आपको खाने की दावत देने दीजिए।",
    ),
    _s(
        "The new building meets all the fire safety standards.",
        "नई इमारत आग से सुरक्षा के सभी मानकों से मिलती है।",
        "मिलती",
        "meets (satisfies)",
        "नई इमारत आग से सुरक्षा के सभी मानकों को पूरा करती है।",
    ),
    _s(
        "She finally realised her dream of becoming a pilot.",
        "आखिरकार उसने पायलट बनने के अपने सपने का एहसास किया।",
        "एहसास",
        "realised (made real)",
        "आखिरकार उसने पायलट बनने का अपना सपना साकार किया।",
    ),
    _s(
        "Beat the eggs with a little milk and a pinch of salt.",
        "अंडों को थोड़े दूध और एक चुटकी नमक के साथ पीटें।",
        "पीटें",
        "beat (whisk)",
        "अंडों को थोड़े दूध और एक चुटकी नमक के साथ फेंटें।",
    ),
    _s(
        "The nurse cleaned and dressed the wound.",
        "नर्स ने घाव को साफ़ किया और उसे कपड़े पहनाए।",
        "कपड़े पहनाए",
        "dressed (put a bandage on)",
        "नर्स ने घाव को साफ़ किया और उस पर पट्टी बांधी।",
    ),
]

SENSE_LOOKALIKES = [
    C(S, "He bought a new bat before the cricket season.", "उसने क्रिकेट सत्र से पहले नया बल्ला खरीदा।"),
    C(S, "The date of the exam has been changed.", "परीक्षा की तारीख बदल दी गई है।"),
    C(S, "She signed the letter with a blue pen.", "उसने नीली कलम से पत्र पर हस्ताक्षर किए।"),
    C(S, "The liver is a vital organ of the body.", "यकृत शरीर का एक महत्वपूर्ण अंग है।"),
    C(S, "Mustard fields bloom in yellow in spring.", "वसंत में सरसों के खेत पीले फूलों से भर जाते हैं।"),
    C(S, "She has a small mole on her left cheek.", "उसके बाएं गाल पर एक छोटा तिल है।"),
    C(S, "The fortune teller read the lines on his palms.", "ज्योतिषी ने उसकी हथेलियों की रेखाएं पढ़ीं।"),
    C(S, "The family visits the temple every morning.", "परिवार हर सुबह मंदिर जाता है।"),
    C(S, "He hammered two nails into the wall.", "उसने दीवार में दो कीलें ठोंकीं।"),
    C(S, "A mouse ran across the kitchen floor.", "रसोई के फ़र्श पर एक चूहा दौड़ा।"),
    C(S, "Take one tablet after each meal.", "हर भोजन के बाद एक गोली लें।"),
    C(
        S,
        "Arjuna lifted his bow and aimed at the fish's eye.",
        "अर्जुन ने अपना धनुष उठाया और मछली की आंख पर निशाना साधा।",
    ),
    C(S, "The trunk of the old banyan tree is very thick.", "पुराने बरगद के पेड़ का तना बहुत मोटा है।"),
    C(S, "The map is drawn to a scale of one to fifty thousand.", "नक्शा एक से पचास हज़ार के पैमाने पर बना है।"),
    C(S, "The minister wrote a letter to the chief minister.", "मंत्री ने मुख्यमंत्री को एक पत्र लिखा।"),
    C(S, "The doctor advised him a week of complete rest.", "डॉक्टर ने उसे एक हफ्ते पूरे आराम की सलाह दी।"),
    C(S, "The new manager brought a big change in the office.", "नए प्रबंधक ने दफ़्तर में बड़ा बदलाव किया।"),
    C(S, "He poured cold water into two glasses.", "उसने दो गिलासों में ठंडा पानी डाला।"),
    C(S, "The climbers rested on a large rock.", "पर्वतारोहियों ने एक बड़ी चट्टान पर आराम किया।"),
    C(S, "The children flew kites on Makar Sankranti.", "बच्चों ने मकर संक्रांति पर पतंगें उड़ाईं।"),
    C(S, "Grandmother makes mango jam every summer.", "दादी हर गर्मी में आम का मुरब्बा बनाती हैं।"),
    C(S, "A huge wave overturned the fishing boat.", "एक विशाल लहर ने मछली पकड़ने वाली नाव पलट दी।"),
    C(S, "India won the cricket series against Australia.", "भारत ने ऑस्ट्रेलिया के खिलाफ़ क्रिकेट शृंखला जीती।"),
    C(S, "He polished his boots before the parade.", "उसने परेड से पहले अपने जूते पॉलिश किए।"),
    C(
        S,
        "The second volume of the encyclopedia came out last year.",
        "विश्वकोश का दूसरा खंड पिछले साल प्रकाशित हुआ।",
    ),
    C(S, "Pilgrims take a holy bath in the Ganga at dawn.", "तीर्थयात्री भोर में गंगा में पवित्र स्नान करते हैं।"),
    C(S, "The boy kicked the ball over the wall.", "लड़के ने गेंद को दीवार के पार किक कर दिया।"),
    C(S, "He complained of a sharp pain in his chest.", "उसने अपनी छाती में तेज़ दर्द की शिकायत की।"),
    C(S, "The hospital staff worked through the night.", "अस्पताल के कर्मचारियों ने रात भर काम किया।"),
    C(S, "Almonds and walnuts are healthy nuts.", "बादाम और अखरोट सेहतमंद मेवे हैं।"),
    C(S, "He put a heavy lock on the shop door.", "उसने दुकान के दरवाज़े पर भारी ताला लगाया।"),
    C(S, "The cow licked her newborn calf.", "गाय ने अपने नवजात बछड़े को चाटा।"),
    C(S, "Squeeze a lime over the salad before serving.", "परोसने से पहले सलाद पर एक नींबू निचोड़ें।"),
    C(S, "The dog was tied with an iron chain.", "कुत्ते को लोहे की ज़ंजीर से बांधा गया था।"),
    C(S, "A sparrow sat on a thin branch of the mango tree.", "एक गौरैया आम के पेड़ की पतली टहनी पर बैठी।"),
    C(S, "The child opened his mouth wide for the doctor.", "बच्चे ने डॉक्टर के लिए अपना मुंह पूरा खोला।"),
    C(S, "A crow sat on the electricity pole.", "बिजली के खंभे पर एक कौआ बैठा था।"),
    C(S, "Diamond is the hardest natural substance.", "हीरा सबसे कठोर प्राकृतिक पदार्थ है।"),
    C(S, "The poor family could not pay the school fees.", "गरीब परिवार स्कूल की फीस नहीं भर सका।"),
    C(S, "The room was painted in bright colours.", "कमरे को चमकीले रंगों में रंगा गया था।"),
    C(S, "The bridge is made of strong steel.", "पुल मज़बूत स्टील से बना है।"),
    C(S, "He is the richest man in the town.", "वह शहर का सबसे अमीर आदमी है।"),
    C(
        S,
        "The striker missed an easy goal in the last minute.",
        "स्ट्राइकर आखिरी मिनट में एक आसान गोल करने से चूक गया।",
    ),
    C(S, "Children should never lie to their parents.", "बच्चों को अपने माता-पिता से कभी झूठ नहीं बोलना चाहिए।"),
    C(S, "The doctor treated the injured workers free of charge.", "डॉक्टर ने घायल मज़दूरों का मुफ़्त इलाज किया।"),
    C(S, "I met my old teacher at the railway station.", "मैं रेलवे स्टेशन पर अपने पुराने शिक्षक से मिला।"),
    C(S, "He soon realised his mistake.", "उसे जल्द ही अपनी गलती का एहसास हुआ।"),
    C(S, "The robbers beat the guard and ran away.", "लुटेरों ने चौकीदार को पीटा और भाग गए।"),
    C(S, "The mother dressed the child for school.", "मां ने बच्चे को स्कूल के लिए कपड़े पहनाए।"),
]

NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []

NAMES: list = []
TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
REPETITIONS: list = []
OMISSIONS: list = []
STORY: list = []
