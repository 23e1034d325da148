"""Function-word lists: every list the rules use, in one place, with why each differs.

Each list is tuned to what its rule does with it (a glued-word split, a repeated phrase, a name
unit, a source word's evidence …); merging two changes findings, so they stay separate under
names that say what they are for. Words are written as in running text; a module that compares
normalised keys normalises them (``frozenset(norm(w) for w in HINDI_CASE_MARKERS)``).
"""

from __future__ import annotations

#: Hindi case markers and particles (HI1xx names): never a compound member, so a hyphenated unit holding
#: one is a name; one is flagged only when it is the first translation of a short English word (In → में).
HINDI_CASE_MARKERS = frozenset("का की के को में से पर ने तक भी ही तो न".split())

#: The genitive postpositions (का, की, के): a noun before one modifies the noun after it, so a phrase
#: that continues through one is a description, not a name or an image (HI1xx, HI2xx, HI4xx, HI207).
HINDI_GENITIVES = frozenset(("का", "की", "के"))

#: Postpositions, conjunctions and auxiliaries that MT glues onto a neighbour (HI402: अदालतके, करनेऔर,
#: हैंलेकिन). ने/ना/ते are left out: they are also verb endings (लपेटने).
HINDI_GLUE_WORDS = frozenset(
    "के की का में से को पर तक और है हैं था थे थी लेकिन लिए साथ भी ही या कि जो यह वह इस उस "
    "नहीं वाले वाली वाला द्वारा बाद पहले बीच रूप".split()
)

#: Function words that do not make a neighbour "foreign" (HI408/HI409: a loan beside a name or another loan
#: is part of a term; beside these it is not).
HINDI_LOAN_NEIGHBOUR_WORDS = frozenset(
    "का की के को में से पर ने तक और या है हैं था थे थी भी ही तो न नहीं कि जो यह वह ये वे एक".split()
)

#: Function words, pronouns, auxiliaries and frequent verbs (HI3xx): a repeat made only of these is ordinary
#: Hindi (के लिए … के लिए). Broad, because a repeated phrase must carry content to be an error.
HINDI_REPEAT_FUNCTION_WORDS = frozenset(
    """है हैं था थे थी थीं हो होता होती होते होगा होगी होंगे के की का को में से ने पर तक और या व तथा एवं
    भी ही तो न नहीं ना कि जो जिस जिसे जिन जिनके उस उन इस इन यह वह ये वे एक लिए साथ बाद पहले द्वारा
    गया गई गए किया की कर करने करते कहा रहा रही रहे दिया दी दिए वाले वाली वाला अपने अपनी अपना
    कुछ सभी सब हर कोई किसी बहुत अब जब तब यहां वहां यहाँ वहाँ क्या क्यों कैसे कौन जैसे ऐसे
    हाँ हां जी नहीं अरे ओह उसके उसकी उसका उनके उनकी उनका इसके इसकी इसका इनके इनकी इनका मेरे मेरी मेरा
    हमारे हमारी हमारा आपके आपकी आपका तुम्हारे तुम्हारी तुम्हारा तेरे तेरी तेरा उन्हें उन्होंने इन्हें उसे इसे
    वो मैं हम आप तुम जिसका जिसकी जिसके जिनका जिनकी अर्थ मतलब""".split()
)

#: Function words, pronouns, auxiliaries and light verbs (source evidence, HI5xx): never evidence that a
#: content word of the source was translated. Compared after stem folding, so listed in base forms.
HINDI_STOP_WORDS = frozenset(
    "का के की को से में पर और तथा एवं या है हैं था थे थी थीं भी तो ही एक कि जो ने लिए द्वारा साथ बाद पहले "
    "तक वह वे यह ये इस उस इन उन हुए हुआ हुई गया गई गए गये रहा रही रहे कहा नहीं न मत ना अपने अपनी अपना "
    "किया किए किये की कर करना करने करते करता करती करें करेगा करेंगे होना होने होता होती होते हो होगा "
    "होगी होंगे दे दी दिया दिए देना देने देता देती देते ले ली लिया लेना लेने लेता लेती जाना जाने जाता "
    "जाती जाते जा सकता सकती सकते सके चुका चुकी चुके वाला वाले वाली अब फिर कोई कुछ सब सभी बहुत जब "
    "तब यदि अगर लेकिन परंतु किसी उसे उसके उसकी उनके उनकी इसके इसकी मैं हम आप तुम उन्होंने इसे इसमें "
    "उसमें ऐसा ऐसे ऐसी वैसा जैसा जैसे कैसे क्या क्यों कहाँ कहां यहाँ यहां वहाँ वहां".split()
)

#: Postpositions, conjunctions and auxiliaries a glossary term's rendering may be split by (HI8xx): only
#: the words that separate the parts of a term, not pronouns or verbs.
HINDI_GLOSSARY_SKIP = frozenset("के की का को में से पर और एवं तथा व या ने है हैं था थे थी".split())

#: English function words of the word-by-word gloss: never "rare", whatever WordNet's noun senses of them
#: (at = astatine) say.
ENGLISH_GLOSS_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for by with from and or but is are was were be been am this that these those it"
    " he she they we you i his her their our your him them us me my as not no do does did has have had will would"
    " shall should can could may might must there here which who whom whose what when where why how than then so"
    " also very just only all any some into over under about after before up down out off upon".split()
)

#: English words that are not content of a back-translated span (HI602). Written apart from the gloss's
#: list: it has "being" and "its" and lacks "off" and "upon"; kept as it is, since aligning the two would
#: change which spans HI602 reports.
ENGLISH_SPAN_STOP_WORDS = frozenset(
    "the a an of to in on at for by with from and or but is are was were be been being this that these those it its"
    " he she they we you i his her their our your him them us me my as not no do does did has have had will would"
    " shall should can could may might must there here which who whom whose what when where why how than then so"
    " also very just only all any some into over under about after before up down out".split()
)

#: English function words, pronouns and reporting verbs never treated as content words of a source
#: (HI5xx alignment, idioms, senses): broader than the gloss's, with possessives and said/says.
ENGLISH_STOP_WORDS = frozenset(
    """a an the of to in on at by for with from into onto upon over under about after before
    and or but nor so yet if then than as that this these those it its it's he she they we you i me
    him her them us my your his our their mine yours hers ours theirs one one's someone someone's
    somebody somebody's something oneself himself herself itself themselves be is are was were been
    being am have has had having do does did done not no n't will would shall should can could may
    might must there here who whom whose which what when where why how all any some each every
    both either neither other another such only own same too very just also up down out off away
    back again still even ever more most much many few less least said says say""".split()
)
