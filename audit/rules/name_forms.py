"""HI104's form slot: a word Hindi grammar made from a Hindi word, where a foreign surname belongs.

HI104's frames read a surname translated as a word by the word's English in the dictionary. The
dictionary lacks many everyday Hindi words, and most of all their inflected and derived forms
(मोहल्लों, गौरैयों, हंसता, सींगवाले), which is how MT writes a surname it translated (Pablo Barrios
→ पाब्लो मोहल्लों, Arda Güler → आर्दा हंसता, Sébastien Lecornu → सेबेस्टियन सींगवाले). Names do
not inflect, and Hindi morphology tells such a word by its shape and its stem, whatever its
English:

* a **plural oblique** noun (-ों, -ियों, -ओं) whose singular is a Hindi word (मोहल्ला, गौरैया, बिल्ली):
  a plural never names one person;
* an **oblique** -े of a Hindi noun or adjective in -ा (झंडे of झंडा, कौवे of कौवा, भेड़िये of
  भेड़िया), common in Hindi text;
* an **imperfective participle** (-ता/-ती/-ते) of a verb of the dictionary (हंसता: हंसना, रेंगता:
  रेंगना);
* an **agent noun** in -वाला/-वाले/-वाली on a Hindi noun (सींगवाले, बाग़वाले, चक्कीवाला), or a
  feminine agent noun in -इन/-िन of a person noun (चरवाहिन of चरवाहा, दर्ज़िन of दर्ज़ी).

Such a word stands right after a foreign given name beyond doubt
(:func:`audit.rules.name_frames.is_clear_given`) and the sentence reads the pair as one person:

* the ergative ने follows (पाब्लो मोहल्लों ने, आर्दा हंसता ने): a bare given name and a plural,
  a participle or an agent noun cannot share one ergative;
* a genitive or को follows and the clause already has its subject with ने before the name
  (मार्टा ने … पावेल बिल्लियों की हमवतन को, कोच ने … मैटियो टोपियों के फ़ोरहैंड की): the given name
  is no subject, and a bare name is no object either;
* a genitive follows whose head noun takes ने (तियागो झंडे के गोल ने): the name lies inside the
  clause's subject.

Silent: ordinary Hindi where the given name is the subject and the form its object or predicate
(जॉन किताबों की बात करते हैं, मारिया हंसती रहीं, पीटर सब्ज़ीवाले से मिले); a plural the name lists
hold after a name (ट्रंप समर्थकों ने: ``data/name_slots.toml``); a word that spells a listed foreign
name (सादियो माने ने: Mané); an Indian given name before the word (सीता, not a participle of सीना).
"""

from __future__ import annotations

from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.function_words import HINDI_GENITIVES
from audit.rules import name_data
from audit.rules.name_class import (
    NAME_SPELLING_SIM,
    Hit,
    is_foreign_given,
    native_word,
    slot_words,
    verb_oblique,
)
from audit.rules.name_data import stem_keys
from audit.rules.name_frames import (
    CLAUSE_OPENERS,
    CLOSERS,
    COMMON_GIVEN_MAX_ZIPF,
    DETERMINERS,
    ERGATIVE_MARKER,
    OBJECT_MARKER,
    POSTPOSITION_NOUNS,
    ergative_before,
    is_clear_given,
    is_common_given,
    is_verbal,
    person_word,
)
from audit.rules.names import Unit, key_zipf, norm, spelling_key, units
from audit.rules.plain_hindi import plural_oblique, singulars

#: a stem or singular at least this common in Hindi text is a Hindi word (मोहल्ला 4.0, गौरैया 3.3)
STEM_MIN_ZIPF = 3.0
#: an oblique -े form: its -ा form at least this common (झंडा 4.2, कौवा 3.1, भेड़िया 3.5)
OBLIQUE_MIN_ZIPF = 3.0
#: the endings of Hindi's imperfective participle (हंसता, हंसती, हंसते)
IMPERFECTIVE = ("ता", "ती", "ते")
#: the agent suffix -वाला in its three forms
AGENT_SUFFIXES = tuple(norm(w) for w in ("वाला", "वाले", "वाली"))
#: the feminine agent suffix (चरवाहिन, दर्ज़िन, धोबिन)
FEMININE_SUFFIXES = ("िन", "इन")
_AA, _E = "\u093e", "\u0947"
#: the conjunctions of a list (CLOSERS less the determiners)
LIST_JOINERS = CLOSERS - DETERMINERS


def _hindi_word(word: str) -> bool:
    """A word of Hindi: a noun or adjective the dictionary translates and does not merely spell
    (मछुआरा: fisherman), or, when the dictionary lacks it, a word common in Hindi text (मोहल्ला,
    गौरैया); not a loan the dictionary spells (पैनल: panel) — a translated surname is Hindi's own
    word, a transliterated one an English word written out."""
    key = norm(word)
    if len(key) < 2:
        return False
    if native_word(key) is not None:
        return True
    if any(engdict.dictionary().translates_as_word(k) for k in stem_keys(spelling_key(key))):
        return False  # the dictionary has it, as a loan
    return key_zipf(key) >= STEM_MIN_ZIPF


# (asked of every one-part unit: a word of wordfreq's Hindi list is read from a per-machine table;
# the answer follows the dictionary and WordNet's person nouns)
@res.vocabulary_memo("name-hindi-form-v1", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}")
def hindi_form(word: str) -> str | None:
    """The kind of Hindi-made form ``word`` (a one-part unit's surface, NFC) is — "plural",
    "oblique", "participle", "agent" —, or None."""
    if len(word) < 3 or verb_oblique(norm(word)):
        return None  # an oblique infinitive (आने, रखने) is a verb's form, no noun's
    if plural_oblique(word) and any(_hindi_word(s) for s in singulars(word)):
        return "plural"
    if word.endswith(_E) and len(word) >= 3:
        base = word[:-1] + _AA
        # of a noun or adjective, not of a verb's participle (माने of माना: मानना)
        if key_zipf(norm(base)) >= OBLIQUE_MIN_ZIPF and not engdict.verb_form(base, (_AA,)):
            return "oblique"
    if engdict.verb_form(word, IMPERFECTIVE):
        return "participle"
    for suf in AGENT_SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 2 and _hindi_word(word[: -len(suf)]):
            return "agent"
    for suf in FEMININE_SUFFIXES:
        stem = word[: -len(suf)]
        if word.endswith(suf) and len(stem) >= 2:
            if any(person_word(norm(s)) for s in (stem + _AA, stem + "ी", stem)):
                return "agent"
    return None


def spells_name(unit: Unit) -> bool:
    """The word spells a listed foreign name closely and is rare in Hindi text or a widespread name:
    the name written out (as :func:`audit.rules.name_frames.find_frame_calques` reads it)."""
    return name_data.foreign_name_similarity(unit.key) >= NAME_SPELLING_SIM and (
        key_zipf(unit.key) < COMMON_GIVEN_MAX_ZIPF - 1 or name_data.widespread_name(unit.key)
    )


def _closes(us: list[Unit], i: int, g: int) -> bool:
    """The unit after ``us[i]`` makes the given name ``us[g]`` and ``us[i]`` one person's name
    (see the module's docstring)."""

    def joined(k: int) -> Unit | None:
        return us[k] if 0 <= k < len(us) and us[k].joined_before else None

    nxt = joined(i + 1)
    if nxt is None:
        return False
    if nxt.key == ERGATIVE_MARKER:
        return True
    if nxt.key not in HINDI_GENITIVES and nxt.key != OBJECT_MARKER:
        return False
    head = joined(i + 2)
    if nxt.key in HINDI_GENITIVES and head is not None and head.key in POSTPOSITION_NOUNS:
        return False  # a compound postposition: जॉन बच्चों के साथ
    if _subject_before(us, g):
        return True
    after = joined(i + 3)
    return (
        nxt.key in HINDI_GENITIVES and head is not None and after is not None and after.key == ERGATIVE_MARKER
    )


def _subject_before(us: list[Unit], g: int) -> bool:
    """The clause of ``us[g]`` has its subject with ने before it (:func:`ergative_before`), also
    across a list's conjunction that joins two nouns, not two clauses (कोच ने लोरेंज़ो की सर्विस और
    मैटियो टोपियों के फ़ोरहैंड की: no verb before और)."""
    if ergative_before(us, g):
        return True
    k = g
    while k > 1 and us[k].joined_before:
        k -= 1
        if us[k].key in LIST_JOINERS:
            before = us[k - 1] if us[k].joined_before else None
            return before is not None and not is_verbal(before) and ergative_before(us, k - 1)
        if us[k].key in CLAUSE_OPENERS:
            return False
    return False


def _given_before(us: list[Unit], g: int) -> bool:
    """``us[g]`` is a foreign given name: beyond doubt (:func:`is_clear_given`; one news prints often
    when the word after it is no person word), or a word unknown to Hindi text and the dictionary
    (:func:`audit.rules.name_class.is_foreign_given`: नूनो, देवलेत) that a person word or another given
    name introduces (नेता देवलेत, पेड्रो नूनो); alone, such a word is as often a rare Hindi adjective
    (हंसमुख स्वयंसेवकों ने) or a loan (स्क्वॉश खिलाड़ियों ने)."""
    u = us[g]
    native = native_word(u.key)
    if name_data.indian_name(u.key, "given") or (native is not None and native[1] == "Adj"):
        return False  # an Indian given name; a Hindi adjective modifies the plural (नीली चिड़ियों ने)
    if is_clear_given(u) or (is_common_given(u) and not person_word(us[g + 1].key)):
        return True
    if not is_foreign_given(u):
        return False
    before = us[g - 1] if g > 0 and u.joined_before else None
    return before is not None and (person_word(before.key) or is_clear_given(before))


def find_form_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Hindi-made words in a foreign surname's slot of ``text`` (NFC); ``taken``: unit indices
    already reported."""
    us = list(units(text))
    hits: list[Hit] = []
    after_name = slot_words()[0]
    for i in range(1, len(us) - 1):
        x, g = us[i], us[i - 1]
        if i in taken or not x.joined_before or len(x.parts) != 1 or len(g.parts) != 1:
            continue
        kind = hindi_form(x.surface)
        if kind is None or x.key in after_name:
            continue
        if not _closes(us, i, i - 1):
            continue
        if not _given_before(us, i - 1) or spells_name(x):
            continue
        hits.append(Hit(i - 1, i + 1, i, ""))
    return hits
