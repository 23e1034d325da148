"""Where Hindi reduplication can stand (HI301's single-word test).

Hindi doubles a word to make a distributive or intensive form that opens its phrase or modifies
the next word: घर घर जाकर, गांव के घर घर में, दो छोटे छोटे डिब्बे, रोते रोते, गिन गिन कर, बूंद
बूंद करके. A decoder that loops doubles a word wherever it stands. This module holds the slots
no reduplication fills, each a grammatical fact with the resource that decides it:

* a noun counted by a number and closed by a postposition, auxiliary or the sentence end (छह
  घंटे घंटे तक) — a count takes its noun once;
* a perfective verb that ends its clause (निकाला निकाला।, बढ़ी बढ़ी हैं) — a verb is doubled as a
  participle (रोते रोते, गिन गिन कर), never as a finite form;
* the noun of a noun + करना/होना verb right before its light verb (उद्घाटन उद्घाटन किया, रद्द रद्द
  कर दिया) — the dictionary's Hindi gives the compound verb (उद्घाटन करना *inaugurate*) and the
  few nouns Hindi does double there (टुकड़े टुकड़े करना *chop*);
* a noun after a possessive, or after the genitive के and not opening a postpositional or
  participle phrase (सब्ज़ियों के भाव भाव बढ़ गए, अपनी गाड़ी गाड़ी बेच दी) — a distributive noun is
  a quantifier (every house) and takes no possessor but the exhaustive one (गांव के घर घर में).
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict
from audit.lang.frequency import zipf_hi
from audit.lang.function_words import HINDI_REPEAT_FUNCTION_WORDS as FUNCTION_WORDS
from audit.rules.source.common import lexicon

POSTPOSITIONS = frozenset({"में", "से", "को", "पर", "तक", "के", "की", "का", "ने"})
CONJUNCTIONS = frozenset({"और", "या", "व", "तथा", "एवं", "अथवा"})
#: the auxiliaries after which a clause ends (a verb doubled right before one was written twice:
#: बढ़ी बढ़ी हैं, खुला खुला रहेगा)
CLAUSE_FINAL_AUXILIARIES = frozenset("है हैं था थे थी थीं होगा होगी होंगे होंगी रहेगा रहेगी रहेंगे रहेंगी".split())
#: question words, which Hindi doubles to ask for a list (कौन कौन आया था?)
INTERROGATIVES = frozenset("कौन क्या कहां कहाँ कब कैसे कैसा कैसी किसे किस किसको किसने कितने कितना कितनी".split())
#: perfective endings, longest first (लाया, खाई, निकाला, बढ़ी, गिरे, गिरीं)
PERFECTIVE_ENDINGS = ("या", "यी", "ये", "ईं", "ई", "ए", "ीं", "ा", "ी", "े")
#: perfectives of ले/दे (लिया, दी, लीं): no stem + -ना to look up
IRREGULAR_PERFECTIVES = frozenset("लिया ली लिए लिये लीं दिया दी दिए दिये दीं".split())
#: an infinitive this common in Hindi text makes its stem a verb (बढ़ना, निकालना, खुलना)
VERB_MIN_ZIPF = 3.0
#: forms of करना and होना that follow the noun of a compound verb (उद्घाटन किया, रद्द कर दी, जारी हुआ).
#: करके is left out: X X करके is the gradual construction (पैसा पैसा करके, बूंद बूंद करके).
LIGHT_VERB_FORMS = frozenset(
    """कर करे करें करो करता करती करते करना करने करनी किया किए किये कीं करेगा करेगी करेंगे करेंगी
    करूंगा करूंगी हो हुआ हुई हुए हुईं होगा होगी होंगे होंगी होता होती होते होना होने""".split()
)
#: possessive determiners: a noun they own is one thing, not "every X"
POSSESSIVES = frozenset(
    """अपना अपनी अपने मेरा मेरी मेरे हमारा हमारी हमारे तुम्हारा तुम्हारी तुम्हारे आपका आपकी आपके
    उसका उसकी उसके उनका उनकी उनके इसका इसकी इसके इनका इनकी इनके""".split()
)
_DOUBLED_RE = re.compile(r"(?<![\u0900-\u097f])([\u0900-\u097f]+)[- ]\1(?![\u0900-\u097f])")


@lru_cache(maxsize=1)
def _cardinals() -> frozenset[str]:
    """Hindi cardinal words (the source lexicon's ``hindi_numbers``: एक … सौ, हज़ार, लाख)."""
    return frozenset(lexicon()["hindi_numbers"])


def numeral(word: str) -> bool:
    return word.isdigit() or word in _cardinals()


@lru_cache(maxsize=4096)
def perfective(word: str) -> bool:
    """A perfective verb form: its stem + -ना is a common Hindi infinitive (बढ़ी → बढ़ना, निकाला →
    निकालना), or a perfective of ले/दे."""
    if word in IRREGULAR_PERFECTIVES:
        return True
    for ending in PERFECTIVE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and zipf_hi(stem + "ना") >= VERB_MIN_ZIPF:
            return True
    return False


@lru_cache(maxsize=1)
def _dictionary_doubles() -> frozenset[str]:
    """Words the dictionary's Hindi itself doubles (टुकड़े टुकड़े करना *chop*, बूंद बूंद करके
    टपकना *percolate*, छोटे छोटे *fragmentary*): Hindi reduplicates them."""
    words: set[str] = set()
    for senses in engdict.dictionary().senses.values():
        for sense in senses:
            words.update(_DOUBLED_RE.findall(sense.hindi))
    return frozenset(words)


@lru_cache(maxsize=4096)
def _verb_stem(word: str) -> bool:
    """A verb's stem (गिन, रो, चुन): its infinitive is a dictionary verb or common Hindi text."""
    return engdict.translated_as(word + "ना", "V") or zipf_hi(word + "ना") >= VERB_MIN_ZIPF


@lru_cache(maxsize=4096)
def _compound_verb_noun(word: str) -> bool:
    """The noun of a noun + करना/होना verb (उद्घाटन करना *inaugurate*, रद्द करना *cancel*), or a
    plain dictionary noun, that the dictionary never doubles."""
    if word in _dictionary_doubles():
        return False
    return (
        engdict.translated_as(word + " करना", "V")
        or engdict.translated_as(word + " होना", "V")
        or engdict.translated_as(word, "N")
    )


@lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    """A dictionary noun (every whole translation a noun) the dictionary never doubles."""
    senses = engdict.dictionary().translates_as_word(word)
    return bool(senses) and all(s.pos.startswith("N") for s in senses) and word not in _dictionary_doubles()


#: what may follow की when it is करना's perfective, not the genitive (घोषणा की गई, जांच की।)
PASSIVE_AFTER_KI = frozenset("गई गईं जाएगी जाएंगी जाती जा".split())


def _light_verb_after(words: list[str], k: int) -> bool:
    """Whether a form of करना/होना follows the pair at ``k``/``k + 1``; की and कीं only where they end
    the clause (घोषणा घोषणा की।, not घर घर की कहानी)."""
    after = words[k + 2] if k + 2 < len(words) else ""
    if after in ("की", "कीं"):
        then = words[k + 3] if k + 3 < len(words) else ""
        return then == "" or then in CLAUSE_FINAL_AUXILIARIES or then in PASSIVE_AFTER_KI
    return after in LIGHT_VERB_FORMS


def no_reduplication_slot(words: list[str], k: int) -> bool:
    """Whether the word doubled at ``k``/``k + 1`` stands where no Hindi reduplication does (the
    slots of the module docstring). Question words doubled ask for a list (कौन कौन?) and stay
    silent."""
    word = words[k]
    if numeral(word) or word in INTERROGATIVES or word in FUNCTION_WORDS or "-" in word:
        return False
    after = words[k + 2] if k + 2 < len(words) else ""
    closed = after == "" or after in CLAUSE_FINAL_AUXILIARIES
    before = words[k - 1] if k >= 1 else ""
    if numeral(before) or (before in CONJUNCTIONS and k >= 2 and numeral(words[k - 2])):
        return closed or after in POSTPOSITIONS
    if closed and perfective(word):
        return True
    if not engdict.available():
        return False
    if _light_verb_after(words, k) and not conjunctive_participle(words, k) and _compound_verb_noun(word):
        return True
    if before in POSSESSIVES or (before == "के" and after not in POSTPOSITIONS and not after.endswith("कर")):
        return _noun(word)
    return False


def conjunctive_participle(words: list[str], k: int) -> bool:
    """A verb's stem doubled before कर/करके (गिन गिन कर, चुन चुन कर): the conjunctive participle's
    reduplication, whatever the stem's spelling says."""
    after = words[k + 2] if k + 2 < len(words) else ""
    return after in ("कर", "करके") and engdict.available() and _verb_stem(words[k])
