"""Held-out round-19 items: names and titles/institutions (hand-written by helper blindA, see
README.md). People, clubs and firms are real public names or fiction; nothing here is a claim
about a real person.

F(category, src, mt, [(span, english[, occurrence])], fix) -- a flawed MT; `fix` is the correct
MT of the same source (a clean row of the same category). `_f` writes the fix by putting each
span's correct rendering in its place. C(category, src, mt) -- a clean look-alike translation.
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
T = "title-calque"


def _f(category: str, src: str, mt: str, spans: list[tuple[str, str, str]]) -> F:
    """A flawed row from (wrong Hindi, English, correct Hindi) triples; the fix swaps them."""
    fix = mt
    for wrong, _english, right in spans:
        fix = fix.replace(wrong, right, 1)
    return F(category, src, mt, [(wrong, english) for wrong, english, _right in spans], fix)


NAMES = [
    # English-language surnames (British, American, Irish, Australian)
    _f(
        N,
        "Novelist Ruth Lovejoy won the prize.",
        "उपन्यासकार रूथ प्यार-ख़ुशी ने पुरस्कार जीता।",
        [("प्यार-ख़ुशी", "Lovejoy", "लवजॉय")],
    ),
    _f(
        N,
        "Honeycutt and Cornfield were named in the squad.",
        "शहद-कटाई और मक्का-खेत को टीम में चुना गया।",
        [("शहद-कटाई", "Honeycutt", "हनीकट"), ("मक्का-खेत", "Cornfield", "कॉर्नफ़ील्ड")],
    ),
    _f(
        N,
        "The judge, Margaret Truelove, adjourned the hearing.",
        "न्यायाधीश, मार्गरेट सच्चा-प्रेम, ने सुनवाई स्थगित कर दी।",
        [("सच्चा-प्रेम", "Truelove", "ट्रूलव")],
    ),
    _f(
        N,
        "Trumpeter Sam Hornblower played at the jazz festival.",
        "ट्रम्पेट वादक सैम सींग-फूंक ने जैज़ महोत्सव में बजाया।",
        [("सींग-फूंक", "Hornblower", "हॉर्नब्लोअर")],
    ),
    _f(
        N,
        "Police questioned Gary Oldfield's brother.",
        "पुलिस ने गैरी पुराना-खेत के भाई से पूछताछ की।",
        [("पुराना-खेत", "Oldfield", "ओल्डफ़ील्ड")],
    ),
    _f(
        N,
        "Architect Helen Stonehouse designed the new museum.",
        "वास्तुकार हेलेन पत्थर-मकान ने नए संग्रहालय का डिज़ाइन तैयार किया।",
        [("पत्थर-मकान", "Stonehouse", "स्टोनहाउस")],
    ),
    _f(
        N,
        "Sculptor Anna Goldsworthy's exhibition opened in London.",
        "मूर्तिकार ऐना सोने-लायक की प्रदर्शनी लंदन में खुली।",
        [("सोने-लायक", "Goldsworthy", "गोल्ड्सवर्दी")],
    ),
    _f(
        N,
        "Referee Jack Merriman showed two red cards.",
        "रेफ़री जैक ख़ुश-आदमी ने दो लाल कार्ड दिखाए।",
        [("ख़ुश-आदमी", "Merriman", "मेरीमैन")],
    ),
    # Japanese, Chinese, Korean, Vietnamese, Thai, Indonesian
    _f(
        N,
        "Coach Kenji Yamashita praised his players.",
        "कोच केंजी पर्वत-तले ने अपने खिलाड़ियों की तारीफ़ की।",
        [("पर्वत-तले", "Yamashita", "यामाशिता")],
    ),
    _f(
        N,
        "Shimizu and Kaneko finished first and second.",
        "साफ़-पानी और सोना-बच्चा पहले और दूसरे स्थान पर रहे।",
        [("साफ़-पानी", "Shimizu", "शिमिज़ु"), ("सोना-बच्चा", "Kaneko", "कानेको")],
    ),
    _f(
        N,
        "The ambassador met Mayor Aiko Sakamoto.",
        "राजदूत ने मेयर आइको ढलान-तले से मुलाक़ात की।",
        [("ढलान-तले", "Sakamoto", "साकामोतो")],
    ),
    _f(
        N,
        "Hashimoto, a former sprinter, now trains children.",
        "पुल-जड़, एक पूर्व धावक, अब बच्चों को प्रशिक्षण देते हैं।",
        [("पुल-जड़", "Hashimoto", "हाशिमोतो")],
    ),
    _f(
        N,
        "Aoki's late goal won the match.",
        "हरा-पेड़ के आख़िरी मिनट के गोल ने मैच जिता दिया।",
        [("हरा-पेड़", "Aoki", "आओकी")],
    ),
    _f(
        N,
        "The festival will show five films of Akira Kurosawa.",
        "महोत्सव में अकीरा काला-दलदल की पांच फ़िल्में दिखाई जाएंगी।",
        [("काला-दलदल", "Kurosawa", "कुरोसावा")],
    ),
    _f(
        N,
        "Chef Zhou Chunhua opened a restaurant in Pune.",
        "शेफ़ झोउ वसंत-फूल ने पुणे में एक रेस्तरां खोला।",
        [("वसंत-फूल", "Chunhua", "चुनह्वा")],
    ),
    _f(
        N,
        "Table tennis player Liu Jinlong reached the semi-final.",
        "टेबल टेनिस खिलाड़ी ल्यू सुनहरा-ड्रैगन सेमीफ़ाइनल में पहुंचे।",
        [("सुनहरा-ड्रैगन", "Jinlong", "जिनलोंग")],
    ),
    _f(
        N,
        "Singer Han Byeol thanked her fans.",
        "गायिका हान सितारे ने अपने प्रशंसकों को धन्यवाद दिया।",
        [("सितारे", "(Han) Byeol", "ब्योल")],
    ),
    _f(
        N,
        "Runner Tran Thi Tuyet set a national record.",
        "धाविका त्रान थी हिमपात ने राष्ट्रीय रिकॉर्ड बनाया।",
        [("हिमपात", "(Thi) Tuyet", "तुयेत")],
    ),
    _f(
        N,
        "Farmer Vo Van Hung grows rice near Hue.",
        "किसान वो वान पराक्रमी ह्यू के पास धान उगाते हैं।",
        [("पराक्रमी", "(Van) Hung", "हुंग")],
    ),
    _f(
        N,
        "Thai actress Fah Siriwat received the award.",
        "थाई अभिनेत्री अंबर सिरिवत को पुरस्कार मिला।",
        [("अंबर", "Fah (Siriwat)", "फ़ा")],
    ),
    _f(
        N,
        "Indonesian poet Senja Hujan read her poems.",
        "इंडोनेशियाई कवयित्री गोधूलि बरसात ने अपनी कविताएं पढ़ीं।",
        [("गोधूलि", "Senja", "सेंजा"), ("बरसात", "Hujan", "हुजान")],
    ),
    _f(
        N,
        "Fajar Alfian won the doubles title with his partner.",
        "सुबह अल्फ़ियान ने अपने साथी के साथ युगल ख़िताब जीता।",
        [("सुबह", "Fajar (Alfian)", "फ़जर")],
    ),
    # Spanish, Portuguese, Italian, French, German, Dutch, Scandinavian
    _f(
        N,
        "Striker Pablo Calvo scored twice.",
        "स्ट्राइकर पाब्लो गंजा ने दो गोल किए।",
        [("गंजा", "Calvo", "काल्वो")],
    ),
    _f(
        N,
        "The concert of singer Rocío Molina was sold out.",
        "गायिका ओस मोलिना के कॉन्सर्ट के सारे टिकट बिक गए।",
        [("ओस", "Rocío", "रोसियो")],
    ),
    _f(
        N,
        "Portuguese coach André Leite resigned.",
        "पुर्तगाली कोच आंद्रे दूध ने इस्तीफ़ा दे दिया।",
        [("दूध", "Leite", "लेइते")],
    ),
    _f(
        N,
        "Brazilian defender Caio Formiga was sent off.",
        "ब्राज़ीली डिफ़ेंडर काइओ चींटी को बाहर भेज दिया गया।",
        [("चींटी", "Formiga", "फ़ोर्मिगा")],
    ),
    _f(
        N,
        "The police thanked Elena Orsini.",
        "पुलिस ने एलेना भालुओं का शुक्रिया अदा किया।",
        [("भालुओं", "Orsini", "ओर्सिनी")],
    ),
    _f(
        N,
        "Models wore the designs of Roberto Cavalli.",
        "मॉडलों ने रॉबर्तो घोड़ों के डिज़ाइन पहने।",
        [("घोड़ों", "Cavalli", "कावाली")],
    ),
    _f(
        N,
        "Chef Sara Farina baked bread for the guests.",
        "शेफ़ सारा आटा ने मेहमानों के लिए ब्रेड बनाई।",
        [("आटा", "Farina", "फ़रीना")],
    ),
    _f(
        N,
        "Tenor Marco Fiore sang at the opera house.",
        "टेनर मार्को गुल ने ओपेरा हाउस में गाया।",
        [("गुल", "Fiore", "फ़्योरे")],
    ),
    _f(
        N,
        "French fencer Mathilde Chevalier won gold.",
        "फ़्रांसीसी तलवारबाज़ मातिल्द सूरमा ने स्वर्ण पदक जीता।",
        [("सूरमा", "Chevalier", "शेवालिए")],
    ),
    _f(
        N,
        "Defenders Lenoir and Legrand were injured.",
        "डिफ़ेंडर काले और महान घायल हो गए।",
        [("काले", "Lenoir", "लेनुआर"), ("महान", "Legrand", "लेग्रां")],
    ),
    _f(
        N,
        "Photographer Claire Loiseau won the contest.",
        "फ़ोटोग्राफ़र क्लेयर परिंदा ने प्रतियोगिता जीती।",
        [("परिंदा", "Loiseau", "लुआज़ो")],
    ),
    _f(
        N,
        "The federation sacked German coach Greta Kaiser.",
        "महासंघ ने जर्मन कोच ग्रेटा सम्राज्ञी को बर्ख़ास्त कर दिया।",
        [("सम्राज्ञी", "Kaiser", "काइज़र")],
    ),
    _f(
        N,
        "The German pair Adler and Specht won the beach volleyball final.",
        "जर्मन जोड़ी गरुड़ और कठफोड़वा ने बीच वॉलीबॉल का फ़ाइनल जीता।",
        [("गरुड़", "Adler", "आडलर"), ("कठफोड़वा", "Specht", "श्पेख़्त")],
    ),
    _f(
        N,
        "Nurse Hanna Engel received a bravery medal.",
        "नर्स हाना देवदूत को बहादुरी का पदक मिला।",
        [("देवदूत", "Engel", "एंगेल")],
    ),
    _f(
        N,
        "Dutch cyclist Sanne de Wit won the stage.",
        "डच साइकिलिस्ट साने श्वेत ने चरण जीता।",
        [("श्वेत", "de Wit", "डी विट")],
    ),
    _f(
        N,
        "Speed skater Bas de Haan broke the track record.",
        "स्पीड स्केटर बास मुर्ग़ा ने ट्रैक रिकॉर्ड तोड़ा।",
        [("मुर्ग़ा", "de Haan", "डी हान")],
    ),
    _f(
        N,
        "Norwegian skier Ida Strand and Swedish striker Oskar Nyberg were named athletes of the year.",
        "नॉर्वे की स्कीयर ईडा साहिल और स्वीडन के स्ट्राइकर ऑस्कर नया-पहाड़ को साल का खिलाड़ी चुना गया।",
        [("साहिल", "Strand", "स्ट्रांड"), ("नया-पहाड़", "Nyberg", "नीबर्ग")],
    ),
    # Slavic, Turkish, Arabic, Persian, Hebrew, African
    _f(
        N,
        "Polish weightlifter Marek Kamień lifted 210 kilograms.",
        "पोलैंड के भारोत्तोलक मारेक शिलाखंड ने 210 किलोग्राम वज़न उठाया।",
        [("शिलाखंड", "Kamień", "कामिएन")],
    ),
    _f(
        N,
        "Chess player Pavel Lebedev drew with the champion.",
        "शतरंज खिलाड़ी पावेल राजहंस ने चैंपियन से बाज़ी ड्रॉ कराई।",
        [("राजहंस", "Lebedev", "लेबेदेव")],
    ),
    _f(
        N,
        "Czech tennis player Klára Veselá won in straight sets.",
        "चेक टेनिस खिलाड़ी क्लारा हंसमुख ने सीधे सेटों में जीत हासिल की।",
        [("हंसमुख", "Veselá", "वेसेला")],
    ),
    _f(
        N,
        "Wrestlers Emre Arslan and Oğuz Kaplan reached the final.",
        "पहलवान एमरे बब्बर और ओउज़ व्याघ्र फ़ाइनल में पहुंचे।",
        [("बब्बर", "Arslan", "अर्सलान"), ("व्याघ्र", "Kaplan", "कपलान")],
    ),
    _f(
        N,
        "Swimmer Deniz Toprak broke the national record.",
        "तैराक समुंदर मिट्टी ने राष्ट्रीय रिकॉर्ड तोड़ा।",
        [("समुंदर", "Deniz", "डेनिज़"), ("मिट्टी", "Toprak", "तोप्राक")],
    ),
    _f(
        N,
        "Saudi fencer Omar Saif lost in the quarter-final.",
        "सऊदी तलवारबाज़ उमर शमशीर क्वार्टर फ़ाइनल में हार गए।",
        [("शमशीर", "Saif", "सैफ़")],
    ),
    _f(
        N,
        "Jordanian astronomer Hilal Haddad spotted the new moon.",
        "जॉर्डन के खगोलविद अर्धचंद्र हद्दाद ने नया चांद देखा।",
        [("अर्धचंद्र", "Hilal", "हिलाल")],
    ),
    _f(
        N,
        "Iranian novelist Darya Khorshid spoke at the book fair.",
        "ईरानी उपन्यासकार सागर आफ़ताब ने पुस्तक मेले में भाषण दिया।",
        [("सागर", "Darya", "दरिया"), ("आफ़ताब", "Khorshid", "ख़ुरशीद")],
    ),
    _f(
        N,
        "Israeli cellist Oren Shalev played Bach.",
        "इज़राइली चेलो वादक सनोबर शांत ने बाख़ की रचनाएं बजाईं।",
        [("सनोबर", "Oren", "ओरेन"), ("शांत", "Shalev", "शालेव")],
    ),
    _f(
        N,
        "Kenyan runner Zawadi Mwangi won the marathon.",
        "केन्याई धाविका तोहफ़ा म्वांगी ने मैराथन जीती।",
        [("तोहफ़ा", "Zawadi", "ज़ावादी")],
    ),
    _f(
        N,
        "Tanzanian singers Furaha and Jabari performed together.",
        "तंज़ानियाई गायक आनंद और निडर ने साथ प्रस्तुति दी।",
        [("आनंद", "Furaha", "फ़ुराहा"), ("निडर", "Jabari", "जाबारी")],
    ),
    _f(
        N,
        "Choir leader Jabulani Mthembu wrote the anthem.",
        "गायक मंडली के प्रमुख जश्न म्थेम्बु ने गीत लिखा।",
        [("जश्न", "Jabulani", "जबुलानी")],
    ),
    _f(
        N,
        "The club signed Tunde Balogun.",
        "क्लब ने टुंडे सेनानायक से क़रार किया।",
        [("सेनानायक", "Balogun", "बालोगुन")],
    ),
]

TITLES = [
    # teams and their nicknames
    _f(
        T,
        "The Men in Blue won the series.",
        "नीले कपड़ों वाले आदमियों ने सीरीज़ जीत ली।",
        [("नीले कपड़ों वाले आदमियों", "the Men in Blue", "'मेन इन ब्लू'")],
    ),
    _f(
        T,
        "The Blue Tigers lost to Kuwait.",
        "नीले बाघ कुवैत से हार गए।",
        [("नीले बाघ", "the Blue Tigers", "ब्लू टाइगर्स")],
    ),
    _f(
        T,
        "Nigeria's Super Eagles arrived in Lagos.",
        "नाइजीरिया के महा-गरुड़ लागोस पहुंचे।",
        [("महा-गरुड़", "Super Eagles", "सुपर ईगल्स")],
    ),
    _f(
        T,
        "The Bengal Warriors beat the Patna side.",
        "बंगाल योद्धाओं ने पटना की टीम को हराया।",
        [("बंगाल योद्धाओं", "the Bengal Warriors", "बंगाल वॉरियर्स")],
    ),
    _f(
        T,
        "East Bengal won the Kolkata derby.",
        "पूर्वी बंगाल ने कोलकाता डर्बी जीती।",
        [("पूर्वी बंगाल", "East Bengal (club)", "ईस्ट बंगाल")],
    ),
    # bands, shows and films
    _f(
        T,
        "Pearl Jam's new album was released.",
        "मोती जाम का नया एल्बम रिलीज़ हुआ।",
        [("मोती जाम", "Pearl Jam", "पर्ल जैम")],
    ),
    _f(
        T,
        "Many viewers still watch Game of Thrones.",
        "कई दर्शक अब भी सिंहासनों का खेल देखते हैं।",
        [("सिंहासनों का खेल", "Game of Thrones", "'गेम ऑफ़ थ्रोन्स'")],
    ),
    _f(
        T,
        "Money Heist and Stranger Things are streaming hits.",
        "पैसों की डकैती और अजनबी चीज़ें स्ट्रीमिंग पर हिट हैं।",
        [
            ("पैसों की डकैती", "Money Heist", "'मनी हाइस्ट'"),
            ("अजनबी चीज़ें", "Stranger Things", "'स्ट्रेंजर थिंग्स'"),
        ],
    ),
    _f(
        T,
        "The actor became famous after Sacred Games.",
        "अभिनेता पवित्र खेल के बाद मशहूर हो गए।",
        [("पवित्र खेल", "Sacred Games", "'सेक्रेड गेम्स'")],
    ),
    _f(
        T,
        "The second season of Made in Heaven won praise.",
        "स्वर्ग में बना के दूसरे सीज़न की तारीफ़ हुई।",
        [("स्वर्ग में बना", "Made in Heaven", "'मेड इन हेवन'")],
    ),
    _f(
        T,
        "The cinema showed Top Gun and Spider-Man.",
        "सिनेमाघर में शीर्ष बंदूक और मकड़ी-आदमी दिखाई गईं।",
        [("शीर्ष बंदूक", "Top Gun", "'टॉप गन'"), ("मकड़ी-आदमी", "Spider-Man", "'स्पाइडर-मैन'")],
    ),
    _f(
        T,
        "Children lined up for Star Wars and Black Panther.",
        "बच्चे सितारों की जंग और काला तेंदुआ के लिए क़तार में लगे।",
        [
            ("सितारों की जंग", "Star Wars", "'स्टार वॉर्स'"),
            ("काला तेंदुआ", "Black Panther", "'ब्लैक पैंथर'"),
        ],
    ),
    _f(
        T,
        "Children watched Inside Out and Happy Feet.",
        "बच्चों ने अंदर बाहर और ख़ुश पैर देखीं।",
        [("अंदर बाहर", "Inside Out", "'इनसाइड आउट'"), ("ख़ुश पैर", "Happy Feet", "'हैप्पी फ़ीट'")],
    ),
    _f(
        T,
        "Breaking Bad and Peaky Blinders found fans in India.",
        "बुरा बनना और नुकीले अंधे को भारत में प्रशंसक मिले।",
        [("बुरा बनना", "Breaking Bad", "'ब्रेकिंग बैड'"), ("नुकीले अंधे", "Peaky Blinders", "'पीकी ब्लाइंडर्स'")],
    ),
    _f(
        T,
        "Jaws was released fifty years ago.",
        "जबड़े पचास साल पहले रिलीज़ हुई थी।",
        [("जबड़े", "Jaws", "'जॉज़'")],
    ),
    _f(
        T,
        "The founders appeared on Shark Tank India.",
        "संस्थापक शार्क टंकी इंडिया में दिखे।",
        [("शार्क टंकी", "Shark Tank (India)", "शार्क टैंक")],
    ),
    _f(
        T,
        "The winner of Bigg Boss got fifty lakh rupees.",
        "बड़े मालिक के विजेता को पचास लाख रुपये मिले।",
        [("बड़े मालिक", "Bigg Boss", "'बिग बॉस'")],
    ),
    # places and landmarks
    _f(
        T,
        "Traffic was slow on the Bandra-Worli Sea Link.",
        "बांद्रा-वर्ली समुद्री कड़ी पर यातायात धीमा रहा।",
        [("समुद्री कड़ी", "(Bandra-Worli) Sea Link", "सी लिंक")],
    ),
    _f(
        T,
        "Tourists ate seafood at Fisherman's Wharf.",
        "पर्यटकों ने मछुआरे के घाट पर सी-फ़ूड खाया।",
        [("मछुआरे के घाट", "Fisherman's Wharf", "फ़िशरमैन्स वार्फ़")],
    ),
    F(
        T,
        "Visitors bathed in the Blue Lagoon in Iceland.",
        "पर्यटकों ने आइसलैंड की नीली झील में स्नान किया।",
        [("नीली झील", "the Blue Lagoon")],
        "पर्यटकों ने आइसलैंड के ब्लू लैगून में स्नान किया।",
    ),
    # companies and brands
    _f(
        T,
        "Blue Star raised the prices of its air conditioners.",
        "नीला तारा ने अपने एयर कंडीशनरों के दाम बढ़ाए।",
        [("नीला तारा", "Blue Star", "ब्लू स्टार")],
    ),
    _f(
        T,
        "Yes Bank's profit rose in the last quarter.",
        "हां बैंक का मुनाफ़ा पिछली तिमाही में बढ़ा।",
        [("हां बैंक", "Yes Bank", "यस बैंक")],
    ),
    _f(
        T,
        "Shares of Tata Steel and Sun TV rose on Monday.",
        "सोमवार को टाटा इस्पात और सूर्य टीवी के शेयर चढ़े।",
        [("टाटा इस्पात", "Tata Steel", "टाटा स्टील"), ("सूर्य टीवी", "Sun TV", "सन टीवी")],
    ),
    _f(
        T,
        "Tiger Global sold its stake in the startup.",
        "बाघ ग्लोबल ने स्टार्टअप में अपनी हिस्सेदारी बेच दी।",
        [("बाघ ग्लोबल", "Tiger Global", "टाइगर ग्लोबल")],
    ),
    _f(
        T,
        "SpaceX launched another rocket on Friday.",
        "अंतरिक्ष-एक्स ने शुक्रवार को एक और रॉकेट लॉन्च किया।",
        [("अंतरिक्ष-एक्स", "SpaceX", "स्पेसएक्स")],
    ),
    _f(
        T,
        "Pizza Hut and Subway opened outlets at the airport.",
        "पिज़्ज़ा झोपड़ी और भूमिगत मार्ग ने हवाई अड्डे पर आउटलेट खोले।",
        [("पिज़्ज़ा झोपड़ी", "Pizza Hut", "पिज़्ज़ा हट"), ("भूमिगत मार्ग", "Subway", "सबवे")],
    ),
]

NAME_LOOKALIKES = [
    # Indian names whose parts are Hindi words; a role word before the name
    C("name", "Opener Priyansh Arya scored a century.", "सलामी बल्लेबाज़ प्रियांश आर्य ने शतक लगाया।"),
    C(
        "name",
        "Batting coach Sitanshu Kotak spoke to the players.",
        "बल्लेबाज़ी कोच सितांशु कोटक ने खिलाड़ियों से बात की।",
    ),
    C("name", "All-rounder Shivam Dube took two catches.", "ऑलराउंडर शिवम दुबे ने दो कैच लपके।"),
    C("name", "Ajinkya Rahane led Mumbai in the final.", "फ़ाइनल में अजिंक्य रहाणे ने मुंबई की कप्तानी की।"),
    C("name", "Prithvi Shaw was left out of the team.", "पृथ्वी शॉ को टीम से बाहर रखा गया।"),
    C("name", "Spinner Ravi Bishnoi bowled four tight overs.", "स्पिनर रवि बिश्नोई ने चार किफ़ायती ओवर डाले।"),
    C(
        "name",
        "Vyshak Vijaykumar and Yash Thakur shared the wickets.",
        "वैशाख विजयकुमार और यश ठाकुर ने विकेट बांटे।",
    ),
    C("name", "Wicketkeeper Jitesh Sharma stumped the batter.", "विकेटकीपर जितेश शर्मा ने बल्लेबाज़ को स्टंप किया।"),
    C(
        "name",
        "Jemimah Rodrigues and Richa Ghosh put on fifty runs.",
        "जेमिमा रॉड्रिग्स और ऋचा घोष ने पचास रन जोड़े।",
    ),
    C("name", "Fast bowler Renuka Singh took the new ball.", "तेज़ गेंदबाज़ रेणुका सिंह ने नई गेंद संभाली।"),
    C("name", "Radha Yadav took a stunning catch.", "राधा यादव ने एक शानदार कैच पकड़ा।"),
    C("name", "Saika Ishaque took the last wicket.", "सायका इशाक़ ने आख़िरी विकेट लिया।"),
    C("name", "Shuttler Kiran George reached the final.", "शटलर किरण जॉर्ज फ़ाइनल में पहुंचे।"),
    C("name", "Chirag Shetty and his partner won the doubles.", "चिराग शेट्टी और उनके साथी ने युगल मुक़ाबला जीता।"),
    C("name", "Wrestler Deepak Punia won bronze.", "पहलवान दीपक पूनिया ने कांस्य पदक जीता।"),
    C(
        "name",
        "Para-archer Harvinder Singh hit the centre twice.",
        "पैरा तीरंदाज़ हरविंदर सिंह ने दो बार बीचोबीच निशाना लगाया।",
    ),
    C("name", "Sprinter Preeti Pal won two medals.", "धाविका प्रीति पाल ने दो पदक जीते।"),
    C("name", "Deepthi Jeevanji won the 400 metres.", "दीप्ति जीवनजी ने 400 मीटर दौड़ जीती।"),
    C("name", "Javelin thrower Navdeep Singh won gold.", "भाला फेंक खिलाड़ी नवदीप सिंह ने स्वर्ण जीता।"),
    C(
        "name",
        "Weightlifter Mirabai Chanu returned to training.",
        "भारोत्तोलक मीराबाई चानू ने फिर से अभ्यास शुरू किया।",
    ),
    C(
        "name",
        "Archer Jyothi Surekha Vennam opened an archery school.",
        "तीरंदाज़ ज्योति सुरेखा वेन्नम ने तीरंदाज़ी का स्कूल खोला।",
    ),
    C("name", "Chief Minister Vishnu Deo Sai met the farmers.", "मुख्यमंत्री विष्णु देव साय ने किसानों से मुलाक़ात की।"),
    C("name", "Suvendu Adhikari spoke in the assembly.", "शुभेंदु अधिकारी ने विधानसभा में भाषण दिया।"),
    C("name", "Actor Pankaj Tripathi visited his village.", "अभिनेता पंकज त्रिपाठी अपने गांव गए।"),
    C(
        "name",
        "Vicky Kaushal and Sanya Malhotra star in the film.",
        "फ़िल्म में विक्की कौशल और सान्या मल्होत्रा मुख्य भूमिका में हैं।",
    ),
    C("name", "Bhumi Pednekar planted trees with students.", "भूमि पेडनेकर ने छात्रों के साथ पेड़ लगाए।"),
    C("name", "Kartik Aaryan's new film opens on Friday.", "कार्तिक आर्यन की नई फ़िल्म शुक्रवार को रिलीज़ होगी।"),
    C(
        "name",
        "Singer Palak Muchhal raised money for children's surgery.",
        "गायिका पलक मुच्छल ने बच्चों के ऑपरेशन के लिए पैसे जुटाए।",
    ),
    C("name", "Rappers Badshah and Raftaar performed at the show.", "रैपर बादशाह और रफ़्तार ने शो में प्रस्तुति दी।"),
    C("name", "Sunidhi Chauhan sang the title song.", "सुनिधि चौहान ने शीर्षक गीत गाया।"),
    C("name", "Astronaut Shubhanshu Shukla spoke to students.", "अंतरिक्ष यात्री शुभांशु शुक्ला ने छात्रों से बात की।"),
    # South Asian names abroad whose transliteration is also a Hindi word
    C("name", "Haris Rauf bowled the last over.", "हारिस रऊफ़ ने आख़िरी ओवर डाला।"),
    C("name", "Pakistan captain Salman Agha won the toss.", "पाकिस्तान के कप्तान सलमान आग़ा ने टॉस जीता।"),
    C("name", "Nepal opener Kushal Bhurtel hit three sixes.", "नेपाल के सलामी बल्लेबाज़ कुशल भुर्तेल ने तीन छक्के लगाए।"),
    C("name", "Litton Das kept wicket for Bangladesh.", "लिटन दास ने बांग्लादेश के लिए विकेटकीपिंग की।"),
    C(
        "name",
        "Fazalhaq Farooqi took three wickets for Afghanistan.",
        "फ़ज़लहक़ फ़ारूक़ी ने अफ़ग़ानिस्तान के लिए तीन विकेट लिए।",
    ),
    C("name", "Sri Lankan batter Pathum Nissanka made a fifty.", "श्रीलंकाई बल्लेबाज़ पथुम निसांका ने अर्धशतक बनाया।"),
    C("name", "Singer Jubin Nautiyal sang at the wedding.", "गायक जुबिन नौटियाल ने शादी में गाना गाया।"),
    C("name", "Congressman Ro Khanna visited Delhi.", "सांसद रो खन्ना दिल्ली आए।"),
    C("name", "British MP Lisa Nandy met the minister.", "ब्रिटिश सांसद लीसा नंदी ने मंत्री से मुलाक़ात की।"),
    C(
        "name",
        "Kathmandu mayor Balen Shah inspected the roads.",
        "काठमांडू के मेयर बालेन शाह ने सड़कों का निरीक्षण किया।",
    ),
    # East-Asian hyphenated given names; a title before a one-syllable name
    C("name", "President Lee Jae-myung arrived in Seoul.", "राष्ट्रपति ली जे-म्योंग सियोल पहुंचे।"),
    C("name", "Jeon Ji-hee won the table tennis bronze.", "जियोन जी-ही ने टेबल टेनिस में कांस्य जीता।"),
    C("name", "Pitcher Ryu Hyun-jin signed autographs for fans.", "पिचर र्यू ह्युन-जिन ने प्रशंसकों को ऑटोग्राफ़ दिए।"),
    C("name", "Boxer Lin Yu-ting won her bout.", "मुक्केबाज़ लिन यू-तिंग ने अपना मुक़ाबला जीता।"),
    C("name", "Chen Yu-fei beat the Thai player.", "चेन यू-फ़ेई ने थाई खिलाड़ी को हराया।"),
    C("name", "Go player Shin Jin-seo won the title.", "गो खिलाड़ी शिन जिन-सो ने ख़िताब जीता।"),
    C("name", "Professor Ma thanked the students.", "प्रोफ़ेसर मा ने छात्रों का धन्यवाद किया।"),
    C("name", "Coach Kim watched from the stands.", "कोच किम ने स्टैंड से मैच देखा।"),
    # ordinary adjective + noun with no name before it; occupation compounds with a hyphen
    C("name", "A white mare led the wedding procession.", "बारात के आगे एक सफ़ेद घोड़ी चल रही थी।"),
    C("name", "An old banyan tree fell in the storm.", "आंधी में एक पुराना बरगद का पेड़ गिर गया।"),
    C("name", "A stray dog bit two children.", "एक आवारा कुत्ते ने दो बच्चों को काट लिया।"),
    C("name", "A black cat sat on the wall.", "दीवार पर एक काली बिल्ली बैठी थी।"),
    C("name", "The fish-seller and the rickshaw-puller were witnesses.", "मछली-विक्रेता और रिक्शा-चालक गवाह थे।"),
    C("name", "The tea-seller gave evidence in court.", "चाय-विक्रेता ने अदालत में गवाही दी।"),
]

TITLE_LOOKALIKES = [
    # teams, bands and brands that are English words written in Devanagari
    C("title", "Mohammedan Sporting beat Kalinga Lancers.", "मोहम्मडन स्पोर्टिंग ने कलिंगा लांसर्स को हराया।"),
    C("title", "Gujarat Giants and U Mumba drew the match.", "गुजरात जायंट्स और यू मुंबा का मैच बराबरी पर छूटा।"),
    C("title", "Punjab FC signed a new striker.", "पंजाब एफ़सी ने एक नए स्ट्राइकर से क़रार किया।"),
    C("title", "The Atlanta Hawks beat the Utah Jazz.", "अटलांटा हॉक्स ने यूटा जैज़ को हराया।"),
    C("title", "Bolton Wanderers beat Bristol Rovers.", "बोल्टन वांडरर्स ने ब्रिस्टल रोवर्स को हराया।"),
    C(
        "title",
        "Celta Vigo and Athletic Bilbao will meet on Sunday.",
        "सेल्टा विगो और एथलेटिक बिलबाओ रविवार को आमने-सामने होंगे।",
    ),
    C("title", "Queens Park Rangers sacked their manager.", "क्वींस पार्क रेंजर्स ने अपने मैनेजर को हटा दिया।"),
    C("title", "The Golden State Valkyries won their first game.", "गोल्डन स्टेट वाल्कीरीज़ ने अपना पहला मैच जीता।"),
    C("title", "The Milwaukee Bucks lost to the New York Knicks.", "मिल्वॉकी बक्स न्यूयॉर्क निक्स से हार गए।"),
    C(
        "title",
        "Backstreet Boys and OneRepublic will play in Mumbai.",
        "बैकस्ट्रीट बॉयज़ और वनरिपब्लिक मुंबई में कार्यक्रम करेंगे।",
    ),
    C("title", "Ed Sheeran released a new album.", "एड शीरन ने एक नया एल्बम जारी किया।"),
    C(
        "title",
        "K-pop groups NewJeans and Aespa topped the charts.",
        "के-पॉप समूह न्यूजींस और एस्पा चार्ट में सबसे ऊपर रहे।",
    ),
    C("title", "The band Agnee played at the college fest.", "बैंड अग्नी ने कॉलेज फ़ेस्ट में प्रस्तुति दी।"),
    C("title", "Surf Excel and Rin cut their prices.", "सर्फ़ एक्सेल और रिन ने दाम घटाए।"),
    C("title", "Bournvita and Boost are sold in every town.", "बॉर्नविटा और बूस्ट हर क़स्बे में बिकते हैं।"),
    C(
        "title",
        "Mortein and All Out sell mosquito repellents.",
        "मॉर्टिन और ऑल आउट मच्छर भगाने वाले उत्पाद बेचते हैं।",
    ),
    C(
        "title",
        "Alliance Air and Star Air added flights to Goa.",
        "एलायंस एयर और स्टार एयर ने गोवा के लिए उड़ानें बढ़ाईं।",
    ),
    C("title", "Akasa Air ordered new planes.", "अकासा एयर ने नए विमानों का ऑर्डर दिया।"),
    C("title", "Ather and Ola Electric sold more scooters.", "एथर और ओला इलेक्ट्रिक ने ज़्यादा स्कूटर बेचे।"),
    C("title", "Starbucks opened a café in Indore.", "स्टारबक्स ने इंदौर में एक कैफ़े खोला।"),
    C("title", "Havells makes fans and coolers.", "हैवेल्स पंखे और कूलर बनाती है।"),
    C("title", "Red Label and Brooke Bond are tea brands.", "रेड लेबल और ब्रुक बॉन्ड चाय के ब्रांड हैं।"),
    # calques Hindi itself writes
    C("title", "The World Trade Organization meets in Geneva.", "विश्व व्यापार संगठन की बैठक जिनेवा में होती है।"),
    C("title", "The probe crossed the asteroid belt.", "यान ने क्षुद्रग्रह पट्टी पार की।"),
    C(
        "title",
        "The government released a white paper on the economy.",
        "सरकार ने अर्थव्यवस्था पर श्वेत पत्र जारी किया।",
    ),
    C("title", "The Berlin Wall fell in 1989.", "बर्लिन की दीवार 1989 में गिरी।"),
    C("title", "The Green Revolution changed Punjab's farms.", "हरित क्रांति ने पंजाब की खेती बदल दी।"),
    C("title", "The rover sent pictures from the Red Planet.", "रोवर ने लाल ग्रह से तस्वीरें भेजीं।"),
    C("title", "The Milky Way was visible from the desert.", "रेगिस्तान से आकाशगंगा दिखाई दे रही थी।"),
    C("title", "Sailors once steered by the Pole Star.", "नाविक कभी ध्रुव तारे को देखकर दिशा तय करते थे।"),
    C("title", "Traders travelled along the Silk Road.", "व्यापारी रेशम मार्ग से यात्रा करते थे।"),
    C("title", "Shoppers crowded the Christmas market.", "क्रिसमस बाज़ार में ख़रीदारों की भीड़ उमड़ पड़ी।"),
    C(
        "title",
        "Fishing boats returned from the Gulf of Mannar.",
        "मछली पकड़ने वाली नौकाएं मन्नार की खाड़ी से लौट आईं।",
    ),
    C("title", "India was once called the golden bird.", "भारत को कभी सोने की चिड़िया कहा जाता था।"),
    C("title", "The Black Forest cake sold out first.", "ब्लैक फ़ॉरेस्ट केक सबसे पहले बिक गया।"),
]
