"""Round-13 names held-out check (hand-written 2026-11-29 01:33 UTC BEFORE any round-13 HI101/HI104/HI105/
HI503/HI504/HI514 work and never edited to fit; report numbers on it, do not tune on it). Licence:
Apache-2.0.

Flawed: person names whose surname (or a given-name syllable) MT rendered as a Hindi word -- German,
Croatian, Swedish, Italian, Japanese, Chinese, Hebrew/Yiddish-origin and Spanish surnames (बढ़ई, मोची,
लोहार, जुलाहा, नानबाई, पहाड़-धारा, गुलाब-घाटी, सफ़ेद, चीड़-जड़, सोना-पहाड़), a Chinese given name
(वसंत-फूल), with a title and sentence-initial.

Clean rows: each flawed row's correct translation, and NEW members of the false-positive families of
round 13's task: East-Asian one-syllable surnames and hyphenated given names whose syllables are also
Hindi words (लिन दान, सुन यांग, मा लोंग, जंग मी-रान, पार्क जी-मिन, हान गा-इन, यून हा-ना); foreign given
names and surnames whose Devanagari spells a Hindi word (लेना, सारा, दाना, तारा, माने), with a title and
sentence-initial.

    python tests/data/names_r13/build.py
    audit check tests/data/names_r13/input_hindi.jsonl --mt-col mt --format jsonl --no-cache -o N13H.jsonl
    python tests/data/names_r13/score.py N13H.jsonl --hindi-only [--show]
    audit check tests/data/names_r13/input_src.jsonl --mt-col mt --src-col src --format jsonl --no-cache -o N13S.jsonl
    python tests/data/names_r13/score.py N13S.jsonl [--show]
"""

from __future__ import annotations

from heldout_set import C, F  # type: ignore[import-not-found]

N = "name-calque"
L = "name"

NAMES = [
    F(
        N,
        "Chef Anton Zimmermann opened a restaurant in Vienna.",
        "शेफ़ एंटन बढ़ई ने वियना में एक रेस्तरां खोला।",
        [("बढ़ई", "Zimmermann")],
        "शेफ़ एंटन त्सिमरमान ने वियना में एक रेस्तरां खोला।",
    ),
    F(
        N,
        "Pianist Clara Schumacher played at the festival.",
        "पियानोवादक क्लारा मोची ने महोत्सव में वादन किया।",
        [("मोची", "Schumacher")],
        "पियानोवादक क्लारा शूमाखर ने महोत्सव में वादन किया।",
    ),
    F(
        N,
        "Architect Sofija Kovač designed the library.",
        "वास्तुकार सोफ़िया लोहार ने पुस्तकालय का डिज़ाइन बनाया।",
        [("लोहार", "Kovač")],
        "वास्तुकार सोफ़िया कोवाच ने पुस्तकालय का डिज़ाइन बनाया।",
    ),
    F(
        N,
        "Professor Anna Weber gave the opening lecture.",
        "प्रोफ़ेसर अन्ना जुलाहा ने उद्घाटन व्याख्यान दिया।",
        [("जुलाहा", "Weber")],
        "प्रोफ़ेसर अन्ना वेबर ने उद्घाटन व्याख्यान दिया।",
    ),
    F(
        N,
        "Banker Pierre Boulanger bought the vineyard.",
        "बैंकर पियरे नानबाई ने अंगूर का बाग़ ख़रीदा।",
        [("नानबाई", "Boulanger")],
        "बैंकर पियरे बूलांजे ने अंगूर का बाग़ ख़रीदा।",
    ),
    F(
        N,
        "Skier Ingrid Bergström won the slalom.",
        "स्कीयर इंग्रिड पहाड़-धारा ने स्लैलम जीता।",
        [("पहाड़-धारा", "Bergström")],
        "स्कीयर इंग्रिड बेर्यस्त्रोम ने स्लैलम जीता।",
    ),
    F(
        N,
        "Judge Ellen Rosenthal dismissed the case.",
        "न्यायाधीश एलेन गुलाब-घाटी ने मामला ख़ारिज कर दिया।",
        [("गुलाब-घाटी", "Rosenthal")],
        "न्यायाधीश एलेन रोज़ेनथाल ने मामला ख़ारिज कर दिया।",
    ),
    F(
        N,
        "Coach Marco Bianchi praised his young players.",
        "कोच मार्को सफ़ेद ने अपने युवा खिलाड़ियों की तारीफ़ की।",
        [("सफ़ेद", "Bianchi")],
        "कोच मार्को बियांकी ने अपने युवा खिलाड़ियों की तारीफ़ की।",
    ),
    F(
        N,
        "Dancer Yuki Matsumoto performed in Osaka.",
        "नर्तकी युकी चीड़-जड़ ने ओसाका में प्रस्तुति दी।",
        [("चीड़-जड़", "Matsumoto")],
        "नर्तकी युकी मात्सुमोतो ने ओसाका में प्रस्तुति दी।",
    ),
    F(
        N,
        "Author Naomi Goldberg signed copies of her novel.",
        "लेखिका नाओमी सोना-पहाड़ ने अपने उपन्यास की प्रतियों पर हस्ताक्षर किए।",
        [("सोना-पहाड़", "Goldberg")],
        "लेखिका नाओमी गोल्डबर्ग ने अपने उपन्यास की प्रतियों पर हस्ताक्षर किए।",
    ),
    F(
        N,
        "Athlete Zhang Chunhua broke the national record.",
        "एथलीट झांग वसंत-फूल ने राष्ट्रीय रिकॉर्ड तोड़ा।",
        [("वसंत-फूल", "Chunhua")],
        "एथलीट झांग चुनहुआ ने राष्ट्रीय रिकॉर्ड तोड़ा।",
    ),
    F(
        N,
        "Poet Lucía Flores read her new poems.",
        "कवयित्री लूसिया फूलों ने अपनी नई कविताएँ पढ़ीं।",
        [("फूलों", "Flores")],
        "कवयित्री लूसिया फ़्लोरेस ने अपनी नई कविताएँ पढ़ीं।",
    ),
    F(
        N,
        "Weber denied the report on Friday.",
        "जुलाहे ने शुक्रवार को रिपोर्ट का खंडन किया।",
        [("जुलाहे", "Weber")],
        "वेबर ने शुक्रवार को रिपोर्ट का खंडन किया।",
    ),
    F(
        N,
        "Referee Hans Schmidt showed a red card.",
        "रेफ़री हंस लोहार ने लाल कार्ड दिखाया।",
        [("लोहार", "Schmidt")],
        "रेफ़री हंस श्मिट ने लाल कार्ड दिखाया।",
    ),
]

NAME_LOOKALIKES = [
    # East-Asian one-syllable surnames / given-name syllables that are also Hindi words
    C(L, "Badminton player Lin Dan retired last year.", "बैडमिंटन खिलाड़ी लिन दान ने पिछले साल संन्यास लिया।"),
    C(L, "Swimmer Sun Yang returned to the pool.", "तैराक सुन यांग पूल में लौटे।"),
    C(L, "Table tennis star Ma Long won again.", "टेबल टेनिस सितारे मा लोंग ने फिर जीत हासिल की।"),
    C(L, "Shooter Jang Mi-ran set a world record.", "निशानेबाज़ जंग मी-रान ने विश्व रिकॉर्ड बनाया।"),
    C(L, "Singer Park Ji-min released a solo album.", "गायक पार्क जी-मिन ने एक एकल एल्बम जारी किया।"),
    C(L, "Actress Han Ga-in appeared at the premiere.", "अभिनेत्री हान गा-इन प्रीमियर में दिखीं।"),
    C(L, "Golfer Yoon Ha-na led after the first round.", "गोल्फ़र यून हा-ना पहले दौर के बाद आगे रहीं।"),
    C(L, "Kim Da-mi won the best actress award.", "किम दा-मी ने सर्वश्रेष्ठ अभिनेत्री का पुरस्कार जीता।"),
    # foreign given names / surnames whose Devanagari spells a Hindi word
    C(L, "Singer Lena Meyer-Landrut announced a tour.", "गायिका लेना मायर-लांड्रुट ने एक दौरे की घोषणा की।"),
    C(L, "Lena thanked her fans in Hanover.", "लेना ने हनोवर में अपने प्रशंसकों को धन्यवाद दिया।"),
    C(L, "Tennis player Sara Errani reached the semi-final.", "टेनिस खिलाड़ी सारा एरानी सेमीफ़ाइनल में पहुंचीं।"),
    C(L, "Promoter Dana White announced the fight.", "प्रमोटर दाना व्हाइट ने मुक़ाबले की घोषणा की।"),
    C(L, "Skater Tara Lipinski commented on the event.", "स्केटर तारा लिपिंस्की ने प्रतियोगिता पर टिप्पणी की।"),
    C(L, "Forward Sadio Mané scored twice.", "फ़ॉरवर्ड सादियो माने ने दो गोल किए।"),
    C(L, "Sara Errani thanked the crowd.", "सारा एरानी ने दर्शकों का धन्यवाद किया।"),
    # the Hindi words of the flawed rows used as words
    C(L, "The carpenter fixed the old door.", "बढ़ई ने पुराना दरवाज़ा ठीक किया।"),
    C(L, "Anna bought shoes from the cobbler.", "अन्ना ने मोची से जूते ख़रीदे।"),
    C(L, "Marco painted the wall white.", "मार्को ने दीवार को सफ़ेद रंग से रंगा।"),
]

TITLES: list = []
IDIOMS: list = []
TRANSLIT: list = []
SENSES: list = []
REPETITIONS: list = []
OMISSIONS: list = []
TITLE_LOOKALIKES: list = []
IDIOM_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
SENSE_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
