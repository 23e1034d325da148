"""HI104's clause frames: the clause around a given name and a common word makes them one person.

:mod:`audit.rules.name_frames` reads a common word after a foreign given name as a translated
surname when a case marker closes the pair (ने, का/की/के). A bare given name followed by a common
noun is ordinary Hindi only while the given name is the clause's subject and the noun its object
or adverbial (डेविड किताब पढ़ रहे थे, एशले बढ़ई को बुलाने गईं, पावेल बाज़ को उड़ते देख रहे थे).
Where the clause leaves the given name no such role, the pair is one noun phrase — a person's name —
and the common word in the surname's place a translated surname:

* **a list of persons**: the word is followed by और/तथा/एवं/व or a comma and the next item is a
  listed foreign given name, after a person word too (दाविदे हथौड़ा और लूका लोहे की तारीफ़, टिल मौन और
  फ़ुटबॉलर बास्टियन): a list joins like with like, and the item after is a person;
* **apposition**: the pair stands between commas, or opens the sentence before a comma, and the
  given name is a listed one (स्टीव नानबाई, एक पूर्व मंत्री, ने; not गीज़ा पठार, a place): a bare
  given name with its object is never set off so;
* **an adverbial after the pair**: a time word or a listed place before a case marker follows the
  word (पावो झील मुंबई में, ज़ेनेप हिरनी जर्मनी का दौरा, केंजी जंगल आज शाम): Hindi puts time and place
  before the object, so the word is no object of the given name (not an adjective of the time
  word: तोमोको अगले महीने);
* **a passive or dative clause**: the pair is followed by को and the clause's verb is a passive
  (a perfective participle and a form of जाना: चुना गया, सम्मानित किया गया) or मिलना (सैंड्रा बैल को
  … पुरस्कार मिला): such a clause has no subject the given name could be, so को marks the pair;
* **a clause with its subject already**: ने came before the given name in the same clause (no
  clause opener, no verb between) and the word is followed by से, पर, में or तक, or by के and a
  compound postposition (चांसलर ने गवर्नर एंड्रयू आंगन से मुलाक़ात की): the given name is no
  subject there, and a person is no bare object. (को after such a subject is
  :mod:`audit.rules.name_frames`' frame.)

The word is any common noun or adjective of the dictionary (:func:`name_frames.frame_word`) after a
foreign given name that opens a name (:func:`name_frames.opens_name`); not a word that spells a
listed name (गैरेथ बेल), a time word or an adverb.
"""

from __future__ import annotations

from audit.lang import wordnet
from audit.rules import name_data
from audit.rules.name_class import Hit, native_word
from audit.rules.name_data import all_given_names, given_names
from audit.rules.name_frames import (
    CLAUSE_OPENERS,
    CLOSERS,
    ERGATIVE_MARKER,
    OBJECT_MARKER,
    OPEN_ADVERBS,
    POSTPOSITION_NOUNS,
    TIME_WORDS,
    frame_word,
    is_clear_given,
    is_common_given,
    is_verbal,
    name_starts,
    spells_name_word,
)
from audit.rules.name_roles import person_word
from audit.rules.names import Unit, norm, units
from audit.rules.translit_places import place_names

#: conjunctions that join the items of a list
LIST_CONJUNCTIONS = frozenset(norm(w) for w in ("और", "तथा", "एवं", "व"))
#: forms of जाना that make a passive after a perfective participle (चुना गया, भेजा जाएगा)
PASSIVE_AUXILIARIES = frozenset(
    norm(w) for w in "गया गई गयी गए गये जाएगा जाएगी जाएंगे जाएँगे जाता जाती जाते जाना".split()
)
#: forms of मिलना whose subject is a thing got: the person before को receives it (… को पदक मिला)
RECEIVED = frozenset(norm(w) for w in "मिला मिली मिले मिलेगा मिलेगी मिलेंगे मिलता मिलती".split())
#: perfective forms of the motion verbs that take गया as a compound, not a passive (चला गया)
MOTION_PERFECTIVES = frozenset(norm(w) for w in "चला चली चले निकला निकली निकले".split())
#: से after the word in a clause whose subject came before with ने (… ने गवर्नर एंड्रयू आंगन से)
ABLATIVE = norm("से")
#: locative markers after the word there: a place or thing otherwise (सीन नदी में, कैरो सड़क पर),
#: so only after a person word that makes the given name a person's (रेफ़री एंथनी दर्ज़ी पर)
LOCATIVE_MARKERS = frozenset(norm(w) for w in ("पर", "में", "तक"))
#: WordNet files of nouns that make a manner adverb with से (ज़ोर से, प्यार से, ध्यान से): act,
#: attribute, cognition, communication, feeling, state, time
MANNER_FILES = frozenset(("04", "07", "09", "10", "12", "26", "28"))
#: the oblique genitive that opens a compound postposition (के साथ, के लिए, के ख़िलाफ़)
GENITIVE_OBLIQUE = norm("के")
#: the case markers after a place that make it an adverbial or a possessor (मुंबई में, जर्मनी का)
PLACE_MARKERS = frozenset(norm(w) for w in ("में", "से", "पर", "तक", "का", "की", "के"))
#: how far the clause's verb may stand after को
CLAUSE_REACH = 8

_NOT_A_SURNAME = TIME_WORDS | OPEN_ADVERBS | CLOSERS


def _comma_after(text: str, u: Unit) -> bool:
    return text[u.end : u.end + 1] == ","


def _person_next(us: tuple[Unit, ...], k: int) -> bool:
    """``us[k]`` opens another person of the list: a foreign given name, after a person word too."""
    if k >= len(us):
        return False
    if person_word(us[k].key) and k + 1 < len(us) and us[k + 1].joined_before:
        k += 1
    u = us[k]
    listed = u.key in given_names() or name_data.widespread_given(u.key)  # not गीज़ा, a place
    return listed and (is_clear_given(u) or is_common_given(u))


def _listed(text: str, us: tuple[Unit, ...], i: int) -> bool:
    """The word ``us[i]`` ends an item of a list whose next item is a person."""
    nxt = us[i + 1] if i + 1 < len(us) else None
    if nxt is not None and nxt.joined_before and nxt.key in LIST_CONJUNCTIONS:
        return _person_next(us, i + 2)
    return _comma_after(text, us[i]) and _person_next(us, i + 1)


def _apposed(text: str, us: tuple[Unit, ...], g: int, i: int) -> bool:
    """The given name ``us[g]`` and the word ``us[i]`` stand between commas or open the sentence
    before one."""
    if not _comma_after(text, us[i]) or not (g == 0 or _comma_after(text, us[g - 1])):
        return False
    # the weakest frame: a listed given name (not गीज़ा पठार, a place set off so)
    return us[g].key in given_names() or name_data.widespread_given(us[g].key)


def _passive_or_received(us: tuple[Unit, ...], k: int) -> bool:
    """The clause after ``us[k]`` (the word after को) has a passive or मिलना as its verb."""
    for j in range(k, min(len(us), k + CLAUSE_REACH)):
        u = us[j]
        if j > k and not u.joined_before:
            return False  # the clause ends at punctuation
        if u.key in CLAUSE_OPENERS:
            return False
        if u.key in RECEIVED:
            return True
        if u.key in PASSIVE_AUXILIARIES and j > k:
            before = us[j - 1]
            if before.key in MOTION_PERFECTIVES or not before.surface.endswith(
                ("ा", "ी", "े", "या", "ई", "ए")
            ):
                return False  # a compound of motion (चला गया, भाग गया), no passive
            return not before.surface.endswith("ने")  # खेलने गया: a purpose, no passive
    return False


def _subject_before(us: tuple[Unit, ...], g: int) -> bool:
    """ने came before ``us[g]`` in the same clause, with no clause opener or verb between."""
    k = g
    while k > 0 and us[k].joined_before:
        k -= 1
        if us[k].key == ERGATIVE_MARKER:
            return True
        if us[k].key in CLAUSE_OPENERS or is_verbal(us[k]):
            return False
    return False


def _opens(us: tuple[Unit, ...], g: int) -> bool:
    """``us[g]`` may open a foreign name (:func:`name_frames.is_clear_given`, or
    a listed given name :func:`name_frames.is_common_given` reads) and no given name stands before it (a full name already:
    नूरी बिल्गे). The clause frame is the evidence, so a given name no list holds counts too
    (सामुएले, टिल), where :func:`name_frames.opens_name` asks for a listed one."""
    u = us[g]
    if len(u.key) < 3 or is_verbal(u):
        return False  # (रिसते बांध: a participle)
    before = us[g - 1] if g > 0 and u.joined_before else None
    if before is not None and (is_clear_given(before) or before.key in all_given_names()):
        return False
    return is_clear_given(u) or (is_common_given(u) and u.key in given_names())


def _adverbial(us: tuple[Unit, ...], k: int) -> bool:
    """``us[k]`` opens an adverbial of time or place — a time word, or a listed place before a case
    marker (आज शाम, मुंबई में, जर्मनी का दौरा). Hindi puts these before the object, so a common word
    before one is no object of the given name before it: the pair is the name."""
    u = us[k]
    if u.key in TIME_WORDS:
        native = native_word(us[k - 1].key)
        return native is None or native[1] != "Adj"  # अगले महीने: the adjective is the time's
    after = us[k + 1] if k + 1 < len(us) and us[k + 1].joined_before else None
    if after is None or after.key not in PLACE_MARKERS:
        return False
    return u.surface in place_names()


def _bound(text: str, us: tuple[Unit, ...], g: int, i: int, english: str) -> bool:
    """The clause makes ``us[g]`` and ``us[i]`` one noun phrase (see the module's doc)."""
    if _listed(text, us, i) or _apposed(text, us, g, i):
        return True
    nxt = us[i + 1] if i + 1 < len(us) and us[i + 1].joined_before else None
    if nxt is None:
        return False
    if _adverbial(us, i + 1):
        return True
    if nxt.key == OBJECT_MARKER:
        return _passive_or_received(us, i + 2)
    after = us[i + 2] if i + 2 < len(us) and us[i + 2].joined_before else None
    if nxt.key == GENITIVE_OBLIQUE:
        marked = after is not None and after.key in POSTPOSITION_NOUNS  # के लिए, के साथ
    elif nxt.key == ABLATIVE:
        files = wordnet.sense_files("noun", english.lower())
        marked = not (files and files[0] in MANNER_FILES)  # ज़ोर से: an adverb of manner
    else:
        marked = nxt.key in LOCATIVE_MARKERS and g > 0 and person_word(us[g - 1].key)
    return marked and _subject_before(us, g)


def find_clause_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Translated surnames in the clause frames of ``text`` (NFC); ``taken``: unit indices already
    reported."""
    us = units(text)
    hits: list[Hit] = []
    for g in sorted(name_starts(text)[0]):
        i = g + 1
        if i >= len(us) or i in taken or not us[i].joined_before:
            continue
        x = us[i]
        if len(x.parts) != 1 or len(x.key) < 2 or x.key in _NOT_A_SURNAME:
            continue
        english = frame_word(x.key)
        if english is None or not _bound(text, us, g, i, english):
            continue
        if not _opens(us, g):
            continue
        if name_data.widespread_name(x.key) or spells_name_word(x.key):
            continue  # the name written out (गैरेथ बेल, एरिक रेड)
        hits.append(Hit(g, i + 1, i, english))
    return hits
