"""Round-13 lead check (hand-written 2026-11-29 00:20-00:35 UTC BEFORE the lead's round-13 HI105 and
HI401/HI408 work and never edited to fit; report numbers on it, do not tune on it). Licence:
Apache-2.0. The writer had read the rules, so this is an own set, not a blind one.

Flawed rows: East-Asian hyphenated given names with a syllable translated (सूरज-मी for Sun-mi,
गीत-ही for Song-hee, मिन-जवान for Min-young), and English plural nouns transliterated where Hindi has
a word (विलेजर्स, प्रिज़नर्स), after a place with a genitive too (मुंबई के वीवर्स).

Clean rows: each flawed row's correct translation, and NEW members of two round-11 false-positive
families: East-Asian hyphenated given names whose syllable is also a Hindi word (नाम-गिल, दे-जंग,
बो-गम, ना-रा, मेई-लिंग, गा-इन, आ-रा, कांग-हो), and team, band and company names with an English
plural in Devanagari, sentence-first, after a place, after a transliterated word (ईगल्स, राजस्थान
रॉयल्स, टैम्पा बे बक्कनियर्स, सनराइज़र्स हैदराबाद, ब्रिटानिया इंडस्ट्रीज़).

    python tests/data/lead_r13/build.py
    audit check tests/data/lead_r13/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o L13H.jsonl
    python tests/data/lead_r13/score.py L13H.jsonl --hindi-only [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"
T = "translit"

NAMES = [
    F(
        N,
        "Actress Han Sun-mi won the award.",
        "अभिनेत्री हान सूरज-मी ने पुरस्कार जीता।",
        [("सूरज-मी", "Sun-mi")],
        "अभिनेत्री हान सन-मी ने पुरस्कार जीता।",
    ),
    F(
        N,
        "Skater Choi Min-young set a record.",
        "स्केटर चोई मिन-जवान ने रिकॉर्ड बनाया।",
        [("मिन-जवान", "Min-young")],
        "स्केटर चोई मिन-यंग ने रिकॉर्ड बनाया।",
    ),
    F(
        N,
        "Director Bong Man-sik's film opened in Seoul.",
        "निर्देशक बोंग आदमी-सिक की फ़िल्म सोल में रिलीज़ हुई।",
        [("आदमी-सिक", "Man-sik")],
        "निर्देशक बोंग मान-सिक की फ़िल्म सोल में रिलीज़ हुई।",
    ),
    F(
        N,
        "Singer Jang Song-hee sang at the festival.",
        "गायिका जांग गीत-ही ने उत्सव में गाना गाया।",
        [("गीत-ही", "Song-hee")],
        "गायिका जांग सोंग-ही ने उत्सव में गाना गाया।",
    ),
    F(
        N,
        "Minister Yoo Do-yoon met the delegation.",
        "मंत्री यू करो-यून ने प्रतिनिधिमंडल से मुलाक़ात की।",
        [("करो-यून", "Do-yoon")],
        "मंत्री यू डो-यून ने प्रतिनिधिमंडल से मुलाक़ात की।",
    ),
    F(
        N,
        "Kim Go-eun plays the lead role.",
        "किम जाओ-उन मुख्य भूमिका निभा रही हैं।",
        [("जाओ-उन", "Go-eun")],
        "किम गो-उन मुख्य भूमिका निभा रही हैं।",
    ),
    F(
        N,
        "Archer Lee Sun-hee was injured.",
        "तीरंदाज़ ली सूर्य-ही घायल हो गईं।",
        [("सूर्य-ही", "Sun-hee")],
        "तीरंदाज़ ली सन-ही घायल हो गईं।",
    ),
    F(
        N,
        "Park Sung-won scored in the second half.",
        "पार्क सुंग-जीता ने दूसरे हाफ़ में गोल किया।",
        [("सुंग-जीता", "Sung-won")],
        "पार्क सुंग-वोन ने दूसरे हाफ़ में गोल किया।",
    ),
    F(
        N,
        "Coach Wang Xiao-long praised the team.",
        "कोच वांग शियाओ-लंबा ने टीम की तारीफ़ की।",
        [("शियाओ-लंबा", "Xiao-long")],
        "कोच वांग शियाओ-लोंग ने टीम की तारीफ़ की।",
    ),
    F(
        N,
        "Actress Lee Bo-young returned to television.",
        "अभिनेत्री ली बो-युवा टीवी पर लौटीं।",
        [("बो-युवा", "Bo-young")],
        "अभिनेत्री ली बो-यंग टीवी पर लौटीं।",
    ),
]

NAME_LOOKALIKES = [
    C(L, "Actor Kim Nam-gil received the award.", "अभिनेता किम नाम-गिल ने पुरस्कार लिया।"),
    C(
        L,
        "Former president Kim Dae-jung won the Nobel Peace Prize.",
        "पूर्व राष्ट्रपति किम दे-जंग को नोबेल शांति पुरस्कार मिला था।",
    ),
    C(L, "Actor Park Bo-gum returned from the army.", "अभिनेता पार्क बो-गम सेना से लौट आए।"),
    C(L, "Singer Jang Na-ra released a new album.", "गायिका जांग ना-रा ने नया एल्बम जारी किया।"),
    C(L, "Soong Mei-ling addressed the US Congress.", "सूंग मेई-लिंग ने अमेरिकी कांग्रेस को संबोधित किया था।"),
    C(L, "Actress Han Ga-in hosted the show.", "अभिनेत्री हान गा-इन ने शो की मेज़बानी की।"),
    C(L, "Actress Go Ah-ra plays the lead.", "अभिनेत्री गो आ-रा मुख्य भूमिका में हैं।"),
    C(L, "Song Kang-ho won a prize at Cannes.", "सोंग कांग-हो ने कान में पुरस्कार जीता।"),
    C(L, "Actor Lee Sun-kyun's last film was released.", "अभिनेता ली सन-क्यून की आख़िरी फ़िल्म रिलीज़ हुई।"),
    C(L, "Actress Lee Ha-na sang a song.", "अभिनेत्री ली हा-ना ने एक गीत गाया।"),
    C(L, "Park Ji-man signed a new contract.", "पार्क जी-मान ने नया अनुबंध किया।"),
    C(L, "Taiwan's Tsai Ing-wen spoke to reporters.", "ताइवान की त्साई इंग-वेन ने पत्रकारों से बात की।"),
]

TRANSLIT = [
    F(
        T,
        "The villagers gathered near the temple.",
        "विलेजर्स मंदिर के पास इकट्ठा हुए।",
        [("विलेजर्स", "villagers")],
        "गांव वाले मंदिर के पास इकट्ठा हुए।",
    ),
    F(
        T,
        "Two prisoners escaped at night.",
        "रात में दो प्रिज़नर्स भाग गए।",
        [("प्रिज़नर्स", "prisoners")],
        "रात में दो क़ैदी भाग गए।",
    ),
    F(
        T,
        "The neighbours complained about the noise.",
        "नेबर्स ने शोर की शिकायत की।",
        [("नेबर्स", "neighbours")],
        "पड़ोसियों ने शोर की शिकायत की।",
    ),
    F(
        T,
        "Mumbai's weavers went on strike.",
        "मुंबई के वीवर्स हड़ताल पर चले गए।",
        [("वीवर्स", "weavers")],
        "मुंबई के बुनकर हड़ताल पर चले गए।",
    ),
    F(
        T,
        "The soldiers guarded the border.",
        "सोल्जर्स ने सीमा की रक्षा की।",
        [("सोल्जर्स", "soldiers")],
        "सैनिकों ने सीमा की रक्षा की।",
    ),
    F(
        T,
        "The beggars slept on the platform.",
        "बेगर्स प्लेटफ़ॉर्म पर सोए।",
        [("बेगर्स", "beggars")],
        "भिखारी प्लेटफ़ॉर्म पर सोए।",
    ),
]

TRANSLIT_LOOKALIKES = [
    C(T, "The Eagles toured Europe.", "ईगल्स ने यूरोप का दौरा किया।"),
    C(T, "Rajasthan Royals lost the match.", "राजस्थान रॉयल्स मैच हार गए।"),
    C(T, "Punjab Kings signed him.", "पंजाब किंग्स ने उसे अनुबंधित किया।"),
    C(T, "Gujarat Titans won the final.", "गुजरात टाइटंस ने फ़ाइनल जीता।"),
    C(T, "The Tampa Bay Buccaneers won the title.", "टैम्पा बे बक्कनियर्स ने ख़िताब जीता।"),
    C(T, "Sunrisers Hyderabad won the toss.", "सनराइज़र्स हैदराबाद ने टॉस जीता।"),
    C(T, "Britannia Industries' profit rose.", "ब्रिटानिया इंडस्ट्रीज़ का मुनाफ़ा बढ़ा।"),
    C(T, "Delhi Capitals changed their captain.", "दिल्ली कैपिटल्स ने कप्तान बदला।"),
    C(T, "The Smiths split in 1987.", "स्मिथ्स 1987 में अलग हो गए।"),
    C(T, "Mahindra Holidays opened a resort.", "महिंद्रा हॉलिडेज़ ने एक रिज़ॉर्ट खोला।"),
]

TITLES: list = []
IDIOMS: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
