"""The Hindi word a transliterated English word stands for, weighed as Hindi text uses it.

FreeDict gives dictionary forms: an adjective in its masculine direct form (महँगा, सस्ता, भूखा),
a verb in its infinitive (बाँटना, धमकाना) or as a conjunct (क्षमा करना, दण्ड देना, वृद्धि
करना[होना]). Hindi text mostly writes other forms (महंगे, सस्ते, बांट, धमकी, सज़ा), so the
frequency of the dictionary form alone says a common word is rare. :func:`common_equivalent`
reads every first or second sense of the word and of its English base forms (*villagers* →
villager, *forgave* → forgive), takes a single word or the noun of a conjunct verb, and weighs it
by its commonest inflected form (:mod:`audit.lang.inflection`) and spelling variant (ँ/ं, nukta).
A translation that spells the English word out (टेलीफोन) is no equivalent.

Two paths of HI408/HI409 read it. :func:`rare_candidate`: a Devanagari word Hindi text (nearly)
never writes (wordfreq Zipf ≤ 2.5) that spells one common English word and no other (एंग्री,
हैबिट, फॉरगिव) stands for that word whenever the dictionary has a Hindi word for it that is
common in some form (Zipf ≥ 3.9) — no glossary entry needed. :func:`light_verb_candidate`: a
word before a Hindi light verb (किया, करने, हुआ) spelling a glossary verb loosely (डिसाइड किया).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from audit.lang import engdict, translit_sound, translit_xlit, wordnet
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.lang.bilingual import english as E
from audit.lang.inflection import adjective_forms, noun_forms, verb_forms
from audit.lang.transcription import dental_mismatch, sound_lookalikes, spells
from audit.rules.name_data import foreign_name
from audit.rules.script import max_stem_zipf
from audit.rules.translit_context import MIN_ENGLISH_ZIPF
from audit.rules.translit_levels import (
    DICTIONARY_BORROWING_GAP,
    NEWS,
    Candidate,
    Strictness,
    borrowed,
    hindi_word,
    silenced,
    variant_zipf,
)

#: a transliteration (nearly) unknown to Hindi text: a Hindi equivalent this common, weighed by
#: its commonest inflected form (:func:`audit.rules.translit_equiv.common_equivalent`: सस्ते,
#: बांट, क्षमा for *cheap*, *distribute*, *forgive*) suffices — Hindi text that never writes the
#: English word has a word of its own for it
RARE_MAX_TRANSLIT_ZIPF = 2.5
RARE_MIN_HINDI_ZIPF = 3.9
#: ... an exact spelling (the transliterator's or by sound, :mod:`audit.lang.translit_sound`) of
#: an everyday word: a Hindi word this common (चींटी, बाल्टी, आलसी)
EXACT_MIN_HINDI_ZIPF = 3.5
#: ... and, for the exact spelling of a lower-case word of the English source, from this on (मकड़ी)
SOURCE_EXACT_MIN_HINDI_ZIPF = 3.0
#: ... and an English word this common (words of the home and the field, *frog*, *needle*, are
#: rare in English text)
EXACT_MIN_ENGLISH_ZIPF = 3.4
#: ... unless a listed foreign name is spelled about as closely (ड्रेक: *Dereck* 0.89, not *drake*)
EXACT_NAME_SIMILARITY = 0.85
#: ... and an English word this common, spelled this closely, read from three consonants or more
RARE_MIN_ENGLISH_ZIPF = 4.0
RARE_MIN_SIMILARITY = 0.78
#: ... no other English word (of this Zipf) spelled about as closely
RARE_RIVAL_ENGLISH_ZIPF = 3.0
RARE_RIVAL_MARGIN = 0.1
#: learned (Latinate) derivations, which Hindi borrows as terms far more than everyday words
#: (इंडिविज़ुअल, नॉमिनेशन, कैंपिंग, इंपीरियल): left to the dictionary path's stricter bars
LEARNED_SUFFIXES = ("al", "ion", "ing", "ment", "ity", "ism", "ive", "ance", "ence", "ic", "ist")
#: ... and the Greek combining forms of science and measurement, after any stem (डायमीटर, a human
#: translator's *diameter*; थर्मामीटर, टेलीस्कोप): terms Hindi text borrows
LEARNED_COMBINING_FORMS = ("meter", "metre", "graph", "scope", "logy", "sphere", "gram")
#: a spelling variant of the word Hindi text knows this well makes it an established loan (ईवेंट: इवेंट)
VARIANT_MIN_ZIPF = 3.0
_VARIANTS = (("ई", "इ"), ("ी", "ि"), ("ू", "ु"), ("ॉ", "ो"), ("ॉ", "ा"), ("़", ""), ("ँ", "ं"))

#: senses of this rank or better count (FreeDict's later senses are often another sense)
MAX_RANK = 2
#: the light verb of a Hindi conjunct (क्षमा करना, दण्ड देना): its noun is the equivalent
_LIGHT = frozenset("करना कर करनी देना दे होना हो लेना ले रखना".split())
#: the participle's auxiliary (थका हुआ): the word before it is the adjective
_PARTICIPLE = frozenset({"हुआ", "हुई", "हुए"})
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def _forms(hindi: str, pos: str) -> tuple[str, ...]:
    if pos.startswith("V") and hindi.endswith("ना") and len(hindi) > 3:
        return verb_forms(hindi[:-2])
    if pos.startswith("Adj"):
        return adjective_forms(hindi)
    return noun_forms(hindi)


def _word_of(hindi: str, pos: str) -> tuple[str, str] | None:
    """The single word of a translation and the part of speech to inflect it as."""
    parts = _BRACKETS.sub("", hindi).split()
    if len(parts) == 1:
        return parts[0], pos
    if len(parts) == 2 and pos.startswith("V") and parts[1] in _LIGHT:
        return parts[0], "N"  # the conjunct's noun (क्षमा of क्षमा करना)
    if len(parts) == 2 and pos.startswith("V") and parts[1] == "जाना":
        return parts[0] + "ना", "V"  # a compound verb's main verb (भूल जाना: भूलना, भूल)
    if len(parts) >= 2 and pos.startswith("Adj") and parts[-1] in _PARTICIPLE:
        return parts[-2], "Adj"  # a participle (थका हुआ: थका, थके)
    return None


@lru_cache(maxsize=20_000)
def common_equivalent(english: str, verb: bool = False) -> tuple[str, float] | None:
    """The Hindi word (as the dictionary writes it) for ``english`` whose commonest inflected form
    is commonest in Hindi text, with that Zipf frequency; None if the dictionary has none. The
    best-ranked senses of the word itself first, then of its base forms; a noun, adjective or
    adverb sense before a verb's (a transliteration stands for the noun: *brave* → साहसी, not
    सामना करना) — ``verb``: a verb's sense before the others, and only a verb's Hindi (a Hindi
    verb, or the noun of a conjunct: *slip* → फिसलना, *steal* → चोरी करना; not the noun *sink*'s
    हौदी), for a word standing as a verb."""
    d = engdict.dictionary()
    for lemma in dict.fromkeys(E.lemmas(english)):
        senses = d.senses.get(lemma, ())
        for rank in range(1, MAX_RANK + 1):
            found = [s for s in senses if s.rank == rank]
            nominal = [s for s in found if s.pos.startswith("V") == verb]
            best: tuple[str, float] | None = None
            for s in nominal if verb else nominal or found:
                got = _word_of(s.hindi, s.pos)
                if got is None or "-" in got[0]:
                    continue
                word, pos = got
                if engdict.is_transliteration(word, english=lemma, common=False) or any(
                    en == lemma for en, _s, _p in translit_sound.readings(word)
                ):
                    continue  # the dictionary spells the English word out (टेलीफोन, लैटिन)
                z = max(variant_zipf(f) for f in _forms(word, pos))
                for nasal in _nasal_variants(word):  # (the spelling news uses is the suggestion)
                    if res.zipf_hi(nasal) > z:
                        word, z = nasal, res.zipf_hi(nasal)
                if best is None or z > best[1]:
                    best = (word, z)
            if best is not None:
                return best
    return None


def _nasal_variants(hindi: str) -> tuple[str, ...]:
    """The word with an anusvara the dictionary left out before a consonant (मेढक: मेंढक)."""
    out = []
    for i in range(1, len(hindi) - 1):
        if "\u0915" <= hindi[i] <= "\u0939" and hindi[i - 1] not in "\u094d\u0902\u0901":
            out.append(hindi[:i] + "\u0902" + hindi[i:])
    return tuple(out)


def learned(english: str) -> bool:
    """A learned derivation: a suffix after a stem of five letters (*expens-ive*, not *forg-ive*),
    or a gerund or -ment noun (*camp-ing*, *ele-ment*)."""
    if english.endswith(("ing", "ment")) and len(english) >= 6:
        return True
    if any(english.endswith(form) and len(english) - len(form) >= 2 for form in LEARNED_COMBINING_FORMS):
        return True
    return any(english.endswith(suf) and len(english) - len(suf) >= 5 for suf in LEARNED_SUFFIXES)


def known_variant(word: str) -> bool:
    """A spelling of ``word`` with one vowel length, nukta or nasal sign changed that Hindi text
    knows (ईवेंट → इवेंट): the loan is established in another spelling."""
    for a, b in _VARIANTS:
        for x, y in ((a, b), (b, a)):
            if not x or x not in word:
                continue
            i = word.find(x)
            while i >= 0:
                if res.zipf_hi(word[:i] + y + word[i + len(x) :]) >= VARIANT_MIN_ZIPF:
                    return True
                i = word.find(x, i + 1)
    return False


def rare_candidate(
    word: str,
    english: str,
    sim: float,
    looks: list[tuple[str, float, float]],
    level: Strictness,
    tz: float,
    exact: bool = False,
    source: bool = False,
) -> Candidate | None:
    """A transliteration Hindi text (nearly) never writes, of one English word and no other (not
    पॉटरी: *poetry* or *pottery*; not स्टीप: *step* or *steep*), that the dictionary gives a Hindi
    word for, common in some inflected form; no Hindi verb stem (भौंक of भौंकना). ``source``: the
    English source has the word in lower case, so no foreign name it spells is meant (टंग for
    *tongue*, not *Tang*) and a less common Hindi word will do (मकड़ी for *spider*)."""
    own = set(E.lemmas(english))
    # the transliterator's first spelling of the word (चीप: *cheap*) has a rival only in a word it
    # spells as closely and that is at least as common (not *chip*)
    spelled = {en: s for en, s, _p in translit_xlit.all_readings(word)}
    ez = res.zipf_en(english)
    for other, oz, osim in looks:
        if other != english and oz >= RARE_RIVAL_ENGLISH_ZIPF and osim >= sim - RARE_RIVAL_MARGIN:
            if spelled.get(english) == 1.0 and not (osim >= sim and (other in spelled or oz >= ez)):
                continue  # (its first spelling only: स्टीप is its second of *step*, and *steep*)
            if not own & set(E.lemmas(other)):
                return None
    # the ear hears a commoner English word in it as well (पॉटरी: *poetry* too, लूज़: *lose*)
    for other, _osim, _p in translit_sound.readings(word):
        if other != english and not own & set(E.lemmas(other)) and res.zipf_en(other) > ez:
            return None
    if any(learned(lemma) for lemma in own) or known_variant(word):
        return None
    name = foreign_name(word)
    low = exact and res.zipf_en(english) < RARE_MIN_ENGLISH_ZIPF
    if (
        not source
        and name is not None
        and (spells(word, name[0]) >= (min(sim, EXACT_NAME_SIMILARITY) if low else sim))
    ):
        return None  # a foreign name spelled as closely (डेक्लन: *Declan*, not *decline*), or
        # about as closely where only the lower bar of an exact spelling admits the word (ड्रेक)
    entry = glossary.lookup(english)
    if entry is not None and entry.level not in level.glossary_levels:
        return None  # a loan the glossary says news uses
    eq = common_equivalent(english)
    floor = SOURCE_EXACT_MIN_HINDI_ZIPF if source else EXACT_MIN_HINDI_ZIPF if exact else RARE_MIN_HINDI_ZIPF
    if eq is None or eq[1] < floor or engdict.dictionary().translates_as_word(word + "ना"):
        return None
    if eq[1] - established_spelling_zipf(word, english) < level.min_margin:
        return None  # the loan is established in another spelling (ऐपल: एप्पल, as common as सेब)
    return Candidate(english, eq[0], tz, eq[1])


def established_spelling_zipf(word: str, english: str) -> float:
    """The Zipf of the commonest other spelling of ``english`` the transliterator gives that
    Hindi text knows and that reads as no other English word by sound (एप्पल for *apple*; not
    हंगरी, also *Hungary*): a rare spelling of a loan Hindi writes often is weighed as the loan."""
    best = 0.0
    for sp in translit_xlit.spellings(english):
        z = res.zipf_hi(sp)
        if sp == word or z <= best:
            continue
        if all(en == english or english in E.lemmas(en) for en, _s, _p in translit_sound.readings(sp)):
            best = z
    return best


#: the Hindi light verbs of a conjunct (घोषणा की, वृद्धि हुई): the word before one is a verb's
#: noun or stem (डिसाइड किया, इनक्रीज़ हुआ), never part of a name or an English term
LIGHT_VERB_FORMS = frozenset(verb_forms("कर") + verb_forms("हो"))
#: a word before a light verb: how closely it must spell an English verb, and how rare it must be
LIGHT_MIN_SIMILARITY = 0.6
LIGHT_MAX_TRANSLIT_ZIPF = 3.0
LIGHT_MIN_KEY_LEN = 3
_PLURALS = frozenset({"children", "women", "men", "people"})
#: ... the transliterator's spelling of an English verb (:func:`_light_xlit_candidate`): any
#: length, rarer than this, and rarer than the English verb by the borrowing gap
LIGHT_XLIT_MAX_TRANSLIT_ZIPF = 4.0


def before_light_verb(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    return (
        i + 1 < len(toks) and toks[i + 1][2] in LIGHT_VERB_FORMS and text[toks[i][1] : toks[i + 1][0]] == " "
    )


def plural(english: str) -> bool:
    return english in _PLURALS or (english.endswith("s") and not english.endswith("ss"))


@res.vocabulary_memo(
    "hi408-light-verb", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}", defaults=(NEWS,), maxsize=20_000
)
def light_verb_candidate(word: str, level: Strictness) -> Candidate | None:
    """A word before a Hindi light verb that spells a verb of the glossary loosely (डिसाइड किया:
    *decide*; the light verb shows a verb is meant, so *diced* is no rival) and is rare in Hindi
    text (not a Hindi noun of a conjunct: फैसला किया, तय किया). An ordinary word's answer at
    newsroom strictness is read from a table worked out once per machine
    (:func:`audit.lang.resources.vocabulary_memo`)."""
    tz = max_stem_zipf(word)
    if hindi_word(word):
        return None
    if tz > LIGHT_MAX_TRANSLIT_ZIPF or len(res.dev_key(word)) < LIGHT_MIN_KEY_LEN:
        return _light_xlit_candidate(word, level, tz)
    for entry, _form, sim in glossary.matches(word, sound=True):
        if entry.verb and entry.level in level.glossary_levels and sim >= LIGHT_MIN_SIMILARITY:
            if silenced(word, level):
                return None
            return Candidate(
                entry.english, entry.hindi[0], tz, max(variant_zipf(h) for h in entry.hindi), glossary=True
            )
    return _light_xlit_candidate(word, level, tz)


def _light_xlit_candidate(word: str, level: Strictness, tz: float) -> Candidate | None:
    """A word before a light verb that is the transliterator's own spelling of an English verb
    (WordNet's verbs: बिलीव किया, टच किया) with a Hindi word the dictionary gives for it, common in
    some inflected form (:func:`common_equivalent`); the glossary says nothing of the verb, or calls
    it a word news avoids."""
    verbs = wordnet.lemmas("verb") if wordnet.available() else None
    if not verbs or not engdict.available() or tz > LIGHT_XLIT_MAX_TRANSLIT_ZIPF or silenced(word, level):
        return None
    for english, _sim, plural in translit_xlit.all_readings(word):
        if plural or english not in verbs or res.zipf_en(english) < RARE_MIN_ENGLISH_ZIPF:
            continue
        if borrowed(tz, english, level, DICTIONARY_BORROWING_GAP):
            return None  # a verb Hindi text writes about as often as English does (रिजेक्ट)
        entry = glossary.lookup(english)
        if entry is not None and entry.level not in level.glossary_levels:
            return None  # a loan the glossary says news uses
        eq = common_equivalent(english)
        if eq is not None and eq[1] >= RARE_MIN_HINDI_ZIPF and eq[1] - tz >= level.min_margin:
            return Candidate(english, eq[0], tz, eq[1])
    return None


def verb_only(english: str) -> bool:
    """A glossary verb, or an English word WordNet knows only as a verb: before a Hindi light verb
    it heads no English compound with the noun before it (फैक्ट्री अनाउंस की)."""
    entry = glossary.lookup(english)
    if entry is not None:
        return entry.verb
    return (
        wordnet.available()
        and english in (wordnet.lemmas("verb") or ())
        and english not in (wordnet.lemmas("noun") or ())
    )


#: English look-alikes this common are scored by sound too (:func:`scored_lookalikes`)
SOUND_MIN_ENGLISH_ZIPF = MIN_ENGLISH_ZIPF - 1
#: an English word whose pronunciation a word read by sound does not match: its spelling
#: similarity is capped here (below every bar)
SOUND_UNHEARD_SIMILARITY = 0.5


def scored_lookalikes(word: str) -> list[tuple[str, float, float]]:
    """The English words ``word`` may spell, by letters (:func:`audit.lang.resources.english_lookalikes`)
    or by sound (:func:`audit.lang.transcription.sound_lookalikes`: रिज़ाइन *resign*, फॉरेन
    *foreign*), each with the closer of the two spelling similarities (सक्सेसफुल ~ *successful*
    by sound), best first; none whose dental stops say otherwise (तीर्थ is not *truth*)."""
    # (a rare English word keeps its letter similarity: scoring it by sound too costs more than
    # it decides)
    out = {
        en: (en, ez, max(sim, spells(word, en)) if ez >= SOUND_MIN_ENGLISH_ZIPF else sim)
        for en, ez, sim in res.english_lookalikes(word, min_key_len=2)
        if not dental_mismatch(word, en)
    }
    for en in sound_lookalikes(word):
        if en not in out and not dental_mismatch(word, en):
            out[en] = (en, res.zipf_en(en), spells(word, en))
    # the transliterator's own spellings (डॉटर *daughter*) and the spellings by sound (ब्रदर
    # *brother*): exact, closer than the rules above
    readings = translit_xlit.all_readings(word)
    for en, sim, _plural in readings:
        if en not in out or out[en][2] < sim:
            out[en] = (en, res.zipf_en(en), sim)
    # a word read by sound is no spelling of an English word whose pronunciation it does not match
    # (सैड is *sad*, not *said*; मड *mud*, not *mad*): the letters alone no longer tie
    for en, (_en, ez, sim) in list(out.items()):
        if sim > SOUND_UNHEARD_SIMILARITY and unheard(word, en):
            out[en] = (en, ez, SOUND_UNHEARD_SIMILARITY)
    return sorted(out.values(), key=lambda t: (-t[2], -t[1]))


def unheard(word: str, english: str) -> bool:
    """``word`` is read by sound (:mod:`audit.lang.translit_sound`) as some English words, and
    ``english``, whose pronunciation is known, is none of them (सैड: *sad*, not *said*)."""
    heard = translit_sound.readings(word)
    if not heard:
        return False
    forms = E.lemmas(english)  # (an inflection by its base form: *sued* by *sue*)
    return any(translit_sound.pronounced(f) for f in forms) and not any(
        en in forms or en in E.lemmas(english) for en, _s, _p in heard
    )


#: the least English Zipf of an English word HI408's dictionary path answers with
_LEAST_ENGLISH_ZIPF = min(EXACT_MIN_ENGLISH_ZIPF, MIN_ENGLISH_ZIPF)


def may_have_equivalent(word: str) -> bool:
    """HI408's dictionary path (:func:`audit.rules.translit_candidates._dictionary_candidate`) asks
    this before it scores a word's look-alikes by sound: some English word the word may spell (the
    words of :func:`scored_lookalikes`) is that common and has a dictionary entry, its own or a base
    form's, from which every Hindi equivalent the path can answer with is read. Half the words
    Hindi text never writes have none."""
    d = engdict.dictionary()
    for en, ez, _sim in res.english_lookalikes(word, min_key_len=2):
        if ez >= _LEAST_ENGLISH_ZIPF and _has_entry(en, d.senses):
            return True
    return any(
        res.zipf_en(en) >= _LEAST_ENGLISH_ZIPF and _has_entry(en, d.senses)
        for en in (*sound_lookalikes(word), *(r[0] for r in translit_xlit.all_readings(word)))
    )


def _has_entry(english: str, senses: Mapping[str, object]) -> bool:
    forms = (
        (english, english[:-1], *E.lemmas(english))
        if english.endswith("s")
        else (english, *E.lemmas(english))
    )
    return any(f in senses for f in forms)
