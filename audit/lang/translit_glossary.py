"""The transliteration glossary (``data/translit_glossary.tsv``): English words machine translation
writes out in Devanagari where Hindi news has a common word (इलेक्शन → चुनाव), and how a Devanagari
word is matched to them (consonant skeletons of :func:`audit.lang.transcription.sound_keys`, then
the spelling test of :func:`audit.lang.transcription.spells`).

Our own data (Apache-2.0), independent of the FreeDict dictionary, so HI408/HI409 know the Hindi
word news uses (सर्दी for *winter*, समझौता for *agreement*) where FreeDict lacks it or offers a
rare one (जाड़ा, राज़ीनामा), and run when FreeDict is not installed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_text
from audit.lang import resources as res
from audit.lang import translit_xlit
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import without_final_signs
from audit.lang.transcription import sound_keys, spells

#: the glossary's levels (``news``: every strictness; ``source``: every strictness with the English
#: source, annotator without it — the transliteration is also a Hindi word, पीपल the tree;
#: ``strict``: annotator only, the loan is common in news too)
LEVELS = ("news", "source", "strict")
#: the optional fourth column: ``adj`` (no plural) or ``verb`` (no plural; a source's -ed/-ing/-s
#: form is the verb: *announced* → अनाउंस की)
KINDS = ("adj", "verb")


@dataclass(frozen=True)
class Entry:
    english: str
    hindi: tuple[str, ...]  # the common Hindi word(s), the suggestion first
    level: str
    noun: bool = True  # a plural is derived (adjectives, verbs: no)
    verb: bool = False  # the source's inflections of it count (announced, resigning)


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    """English dictionary form → its entry."""
    out: dict[str, Entry] = {}
    for lineno, line in enumerate(data_text("translit_glossary.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) not in (3, 4) or parts[2] not in LEVELS or not set(parts[3:]) <= set(KINDS):
            raise ValueError(
                f"translit_glossary.tsv:{lineno}: want english<TAB>hindi|…<TAB>{'|'.join(LEVELS)}"
                f"[<TAB>{'|'.join(KINDS)}]"
            )
        en = parts[0].strip().lower()
        hindi = tuple(h.strip() for h in parts[1].split("|") if h.strip())
        out[en] = Entry(en, hindi, parts[2], noun=len(parts) == 3, verb=parts[3:] == ["verb"])
    return out


def _plurals(en: str) -> tuple[str, ...]:
    if en.endswith("y") and en[-2:-1] not in ("a", "e", "o", "u"):
        return (en[:-1] + "ies",)
    if en.endswith(("s", "x", "z", "ch", "sh")):
        return (en + "es",)
    return (en + "s",)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[str, str], ...]]:
    """Consonant skeleton → ``(form, lemma)`` of every glossary word and its plural, built once per
    machine (keying ~700 forms by sound costs ~0.07 s) and kept as a derived table."""
    from audit.core.derived import derived, fingerprint

    raw = derived("translit-glossary-index", fingerprint(), _build_index)
    return {k: tuple((f, lemma) for f, lemma in v) for k, v in raw.items()}


def _build_index() -> dict[str, list[list[str]]]:
    index: dict[str, dict[tuple[str, str], None]] = {}
    for en, entry in entries().items():
        for form in (en, *(_plurals(en) if entry.noun else ())):
            for k in sound_keys(form):
                index.setdefault(k, {})[(form, en)] = None
    return {k: [list(fl) for fl in v] for k, v in index.items()}


@lru_cache(maxsize=50_000)
def matches(word: str, xlit: bool = True, sound: bool = False) -> tuple[tuple[Entry, str, float], ...]:
    """``(entry, english form, spelling similarity)`` for the glossary words the Devanagari
    ``word`` spells out (its skeleton is one of theirs, or it is the transliterator's own spelling
    of one: not asked for a stem the caller cut a Hindi ending from, बरत of बरतें), best first.
    ``sound``: also the spellings by sound (:func:`audit.lang.translit_xlit.all_readings`: ब्रदर)."""
    hits = []
    cands = _index().get(res.dev_key(word), ())
    # the word list's test of initial and final vowels (आइलैंड is not *land*, मिल्की not *milk*)
    agree = set(res.vowels_agree(word, {form for form, _ in cands}))
    for form, lemma in cands:
        if form not in agree:
            continue
        sim = spells(word, form)
        if sim:
            hits.append((entries()[lemma], form, sim))
    # the transliterator's own spellings (डॉटर *daughter*, रिक्वेस्ट *request*): exact, so closer
    # than any letter or sound rule reads them
    read = translit_xlit.all_readings if sound else translit_xlit.readings
    for en, sim, plural in read(word) if xlit else ():
        entry = lookup(en)
        if entry is None:
            continue
        form = _plurals(entry.english)[0] if plural and entry.noun else en
        hits.append((entry, form, sim))
    hits.sort(key=lambda t: -t[2])
    return tuple(hits)


@lru_cache(maxsize=1)
def hindi_words() -> frozenset[str]:
    """Every Hindi word of the glossary (a Hindi word, whatever English it resembles: नाकामी)."""
    return frozenset(h for e in entries().values() for h in e.hindi)


@lru_cache(maxsize=1)
def _bare_hindi() -> frozenset[str]:
    return frozenset(without_final_signs(h) for h in hindi_words() if len(without_final_signs(h)) >= 2)


def is_glossary_hindi(word: str) -> bool:
    """``word`` is a Hindi word of the glossary or an inflection of one (कोयले of कोयला: Hindi,
    though it sounds like *coal*)."""
    return word in hindi_words() or without_final_signs(word) in _bare_hindi()


#: British and American spellings of one word (judgement/judgment, behaviour/behavior,
#: organise/organize, programme/program, travelled/traveled, theatre/theater)
_SPELLING_PAIRS = (
    ("gement", "gment"),
    ("our", "or"),
    ("ise", "ize"),
    ("isation", "ization"),
    ("mme", "m"),
    ("tre", "ter"),
    ("ll", "l"),
    ("ence", "ense"),
)


def spelling_variants(english: str) -> tuple[str, ...]:
    """``english`` and its other national spellings (:data:`_SPELLING_PAIRS`, both ways)."""
    out = [english]
    for a, b in _SPELLING_PAIRS:
        for x, y in ((a, b), (b, a)):
            if x in english:
                out.append(english.replace(x, y))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=20_000)
def lookup(english: str) -> Entry | None:
    """The entry of a source word, of the noun it is the plural of (elections → election) or of the
    verb it inflects (announced → announce), in either national spelling (judgement/judgment); not
    landing → land: a noun stands for itself and its plural only."""
    table = entries()
    for spelled in spelling_variants(english):
        if spelled in table:
            return table[spelled]
        for lemma in E.lemmas(spelled):
            e = table.get(lemma)
            if e is not None and ((e.noun and spelled in _plurals(lemma)) or e.verb):
                return e
    return None
