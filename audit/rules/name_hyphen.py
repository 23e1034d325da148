"""HI105: a hyphenated name whose syllable became a Hindi word (बान की-चंद्रमा, मून जे-में).

Shares the name classes of :mod:`audit.rules.name_class` (given names, surnames, the names
gazetteer) and the glossary of :mod:`audit.rules.name_data`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.function_words import HINDI_GENITIVES
from audit.lang.segment_words import segment_words, unit_test
from audit.lang.wordnet import antonyms as wordnet_antonyms
from audit.rules import name_data, plain_hindi
from audit.rules.name_class import (
    CASE_MARKERS,
    FUNCTION_WORDS,
    HONORIFICS,
    MAX_RANK,
    NAME_AFTER,
    NAME_MAX_ZIPF,
    NAME_PARTICLES,
    described_given,
    dictionary_word_key,
    is_descriptor,
    is_foreign_given,
    is_given,
    is_surname_like,
    native_word,
)
from audit.rules.name_data import stem_keys as _stem_keys
from audit.rules.name_frames import POSTPOSITION_NOUNS, person_word
from audit.rules.names import Unit, key_zipf, lexicon, next_unit, norm, spelling_key, units
from audit.rules.registry import CheckContext, make_finding, register

#: a word this frequent before an unknown word is Hindi, not a name's first part
COMMON_WORD_ZIPF = 4.0
#: both parts of a calqued compound surname are Hindi words at least this frequent
COMMON_PART_ZIPF = 3.0
#: the senses of each English word whose WordNet hypernyms are compared
COORDINATE_SENSES = 4


def _hyphen_calque(us: list[Unit], i: int) -> tuple[int, str] | None:
    """(part index, English) of a translated syllable in the hyphenated unit ``us[i]``."""
    u = us[i]
    if len(u.parts) < 2 or _particle_reduplication(u.parts):
        return None
    gaz = lexicon().gazetteer
    prev = us[i - 1] if i > 0 and u.joined_before else None
    rare = [key_zipf(p) < NAME_MAX_ZIPF or (p in gaz and p not in FUNCTION_WORDS) for p in u.parts]
    syllable = any(p in gaz and p not in FUNCTION_WORDS and p not in lexicon().weak for p in u.parts)
    prev_name = prev is not None and (is_given(prev) or prev.key in gaz or is_surname_like(prev))
    # a compound surname calqued part by part (Zuckerberg → शक्कर-पहाड़, Fleetwood → बेड़ा-लकड़ी):
    # two Hindi words of the dictionary right after a foreign given name beyond doubt, a word Hindi
    # text never uses after a person word, a person word itself before the ergative (रैपर
    # चिड़िया-आदमी ने: Birdman), or an honorific before any case marker (श्री पत्थर-पुल से)
    compound = (
        prev is not None
        and len(u.parts) == 2
        and len(set(u.parts)) == 2
        and not any(p in gaz or p in NAME_PARTICLES or p in FUNCTION_WORDS for p in u.parts)
        and (
            is_given(prev)
            or _unknown_name(us, i - 1)
            or (person_word(prev.key) and _marked(us, i))
            or (prev.key.rstrip(".") in HONORIFICS and _marked(us, i, _ANY_CASE))
        )
        and _word_pair(u)
    )
    # Hindi compounds never hyphenate a case marker: की-चंद्रमा, में-गुक can only be names
    marker = any(p in FUNCTION_WORDS for p in u.parts) and not all(p in FUNCTION_WORDS for p in u.parts)
    # the glossary's romanised syllables (soon → जल्द, moon → चंद्रमा) next to a syllable unknown
    # to Hindi text (म्युंग-चंद्रमा): Hindi compounds join two known words
    glossed = [None if p in NAME_PARTICLES else name_data.glossary_word(p, syllables=True) for p in u.parts]
    unknown = any(key_zipf(p) < NAME_MAX_ZIPF for p in u.parts)
    if not (syllable or prev_name or compound or marker or (unknown and any(glossed))):
        return None
    if not (syllable or marker) and _coordinate_pair(u):
        return None  # a coordinate compound after a name: मार्क रात-दिन मेहनत करते हैं
    d = engdict.dictionary()
    spelled: tuple[int, str] | None = None
    syllables = romanised_syllables(u.parts)
    for k, p in enumerate(u.parts):
        if rare[k] or p in gaz or p in NAME_PARTICLES or (syllables and p not in FUNCTION_WORDS):
            continue
        if glossed[k] is not None:
            return k, str(glossed[k])
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
        if senses and (len(senses[0].english) <= 6 or compound):
            english = min(senses, key=lambda s: (s.rank, len(s.english))).english
            if name_data.spells_english(p, english, loose=False):
                # the English written out, a transliteration (बोंग जून-हो: June → जून); reported
                # only when a hyphenated case marker proves the unit a name (अल्लाह-की-जीत)
                spelled = spelled or (k, english)
                continue
            return k, english
    return spelled if marker else None


#: conjunctions that join names in a list (बारिश-चिड़िया और गौरैया-बाज़ दोनों ने)
NAME_LIST_JOINERS = frozenset(norm(w) for w in ("और", "तथा", "एवं", "व"))
#: a hyphenated chain of Hindi words in a name run may have this many parts (Foxwell-Brightwater
#: → लोमड़ी-कुआं-उजला-पानी)
MAX_RUN_PARTS = 4


def _run_compound(us: list[Unit], i: int) -> tuple[int, str] | None:
    """(part index, English) of a compound surname calqued part by part in a name run: a hyphenated
    chain of two to four Hindi words, at least half of them words of the dictionary and one a
    common one (हरी-लकड़ी, शुद्ध-तुर्क, लोमड़ी-कुआं-उजला-पानी), in a name's place —

    * before a case marker or से, after a person word and a word that is no common Hindi word or a
      given name (शेफ़ पियरे हरी-लकड़ी ने, दूत अमेली छोटा-ज्यां से), or after a listed given name;
    * opening a sentence or a list, before ने or a conjunction (हल्के-पाँव ने, बारिश-चिड़िया और).

    Hindi's hyphenated compounds are coordinate pairs (माता-पिता, रात-दिन: WordNet), which stay
    silent, as do a genitive before a compound postposition (जॉन माता-पिता के साथ) and a unit of
    romanised East Asian syllables."""
    u = us[i]
    parts = u.parts
    if (
        not 2 <= len(parts) <= MAX_RUN_PARTS
        or len(set(parts)) != len(parts)
        or _particle_reduplication(parts)
    ):
        return None
    gaz = lexicon().gazetteer
    if any(
        p in FUNCTION_WORDS or p in NAME_PARTICLES or (p in gaz and p not in lexicon().weak) for p in parts
    ):
        return None
    if romanised_syllables(parts):
        return None  # an East Asian given name (किम दे-जंग, हान सन-मी): see romanised_syllables
    english = [_part_english(p) for p in parts]
    known = [k for k, e in enumerate(english) if e is not None]
    if 2 * len(known) < len(parts) or not any(key_zipf(parts[k]) >= COMMON_PART_ZIPF for k in known):
        return None
    if len(parts) == 2 and _coordinate_pair(u):
        return None
    if not (_run_after(us, i) or _run_opening(us, i)):
        return None
    k = known[0]
    return k, str(english[k])


def _part_english(part: str) -> str | None:
    nw = native_word(part)
    return nw[0] if nw else dictionary_word_key(part)


def _run_after(us: list[Unit], i: int) -> bool:
    """``us[i]`` follows a name's first word and a case marker follows it (no compound postposition)."""
    if not _marked(us, i, _ANY_CASE) or i == 0 or not us[i].joined_before:
        return False
    marker, after = next_unit(us, i), next_unit(us, i + 1)
    if (
        marker is not None
        and marker.key in HINDI_GENITIVES
        and after is not None
        and after.key in POSTPOSITION_NOUNS
    ):
        return False
    given = us[i - 1]
    if len(given.parts) != 1:
        return False
    if is_given(given):
        return True
    if _marked(us, i) and is_foreign_given(given):
        return True  # a word Hindi text and the dictionary never use, the pair, ने: सेइया घंटी-पेड़ ने
    before = us[i - 2] if i >= 2 and given.joined_before else None
    if before is None or not person_word(before.key) or person_word(given.key):
        return False
    return key_zipf(given.key) < COMMON_WORD_ZIPF or described_given(given)


def _run_opening(us: list[Unit], i: int) -> bool:
    """``us[i]`` opens the sentence or follows a list's conjunction and ने or a conjunction follows."""
    opens = i == 0 or not us[i].joined_before or (us[i - 1].key in NAME_LIST_JOINERS and _opening(us, i - 2))
    nxt = next_unit(us, i)
    return opens and nxt is not None and (nxt.key in NAME_AFTER or nxt.key in NAME_LIST_JOINERS)


def _opening(us: list[Unit], j: int) -> bool:
    """``us[j]`` is a hyphenated unit that opens the sentence (the first name of a list)."""
    return j >= 0 and len(us[j].parts) > 1 and (j == 0 or not us[j].joined_before)


def romanised_syllables(parts: tuple[str, ...] | list[str]) -> bool:
    """Every part of a hyphenated unit has the shape of one romanised East Asian syllable
    (हा-नल, बो-रा, दे-जंग, मेई-लिंग): a Hindi word of that shape in it (नल, जंग, लिंग) is as likely
    the syllable transliterated as translated, so it proves no calque. Translations of a name's
    syllables are longer words (चंद्रमा, युवा, आदमी) or end in a consonant no syllable of those
    romanisations ends in (गीत: Song, चाँद: Moon)."""
    return all(name_data.romanised_syllable(p) for p in parts)


def _particle_reduplication(parts: tuple[str, ...] | list[str]) -> bool:
    """Hindi's own reduplication around a particle or case marker (कुछ-न-कुछ, कभी-न-कभी,
    साथ-ही-साथ, आप-से-आप): one word on both sides of न/ही/से/का, never a name's syllables."""
    return len(parts) == 3 and parts[0] == parts[2] and parts[1] in FUNCTION_WORDS


def _unknown_name(us: list[Unit], g: int) -> bool:
    """``us[g]`` is a word Hindi text never uses (no dictionary word either: a foreign name) after a
    person word (निर्माता बार्नबी, निर्देशक रोज़लिंड) or a genitive-headed noun (पुरस्कार एडेमोला)."""
    u = us[g]
    if len(u.parts) != 1 or len(u.key) < 3 or key_zipf(u.key) >= NAME_MAX_ZIPF or u.key in FUNCTION_WORDS:
        return False
    if native_word(u.key) is not None:
        return False
    before = us[g - 1] if g > 0 and u.joined_before else None
    return before is not None and (person_word(before.key) or key_zipf(before.key) >= COMMON_WORD_ZIPF)


def _marked(us: list[Unit], i: int, markers: frozenset[str] = NAME_AFTER) -> bool:
    """One of ``markers`` follows ``us[i]``. By default the ergative ने: the phrase is the agent
    (रैपर चिड़िया-आदमी ने), not a person word's object or complement (किसान खेत-खलिहान में / की बात
    करते हैं). After an honorific (श्री, मिस्टर), which only ever stands before a name, any case
    marker or से (:data:`_ANY_CASE`): the name in any role (श्री पत्थर-पुल से पूछताछ की)."""
    nxt = next_unit(us, i)
    return nxt is not None and nxt.key in markers


_ANY_CASE = CASE_MARKERS | {norm("से")}


def _word_pair(u: Unit) -> bool:
    """Both parts Hindi words (of the dictionary, frequent in text) and no reduplication or
    antonym pair of Hindi's coordinate compounds (रात-दिन: night and day)."""
    english = []
    for p in u.parts:
        if key_zipf(p) < COMMON_PART_ZIPF:
            return False
        nw = native_word(p)
        english.append(nw[0] if nw else dictionary_word_key(p))
    if english[1] is None:
        return False
    return english[0] is None or not _coordinate(english[0], english[1])


def _coordinate_pair(u: Unit) -> bool:
    """A two-part unit of Hindi words whose English are a pair of one kind (:func:`_coordinate`)."""
    if len(u.parts) != 2:
        return False
    english = [native_word(p) for p in u.parts]
    return english[0] is not None and english[1] is not None and _coordinate(english[0][0], english[1][0])


@lru_cache(maxsize=4096)
def _coordinate(a: str, b: str) -> bool:
    """WordNet says the two English words are a pair of one kind (mother and father: parents; night
    and day: time periods) or antonyms: a Hindi coordinate compound (माता-पिता, रात-दिन), no name."""
    if b in wordnet_antonyms(a) or a in wordnet_antonyms(b):
        return True
    nouns = wordnet.index("noun") or {}

    def hypernyms(w: str) -> set[int]:
        return {
            h
            for off in nouns.get(w, ())[:COORDINATE_SENSES]
            for h in wordnet.synset_at("noun", off).hypernyms
        }

    return bool(hypernyms(a) & hypernyms(b))


def _syllable_word(u: Unit) -> str | None:
    """The romanised East Asian syllable a one-word unit translates (धमाका → Bang, लंबा → Long)."""
    return _syllable_of(u.key) if len(u.parts) == 1 else None


# (asked for every one-word unit of every segment: a word of wordfreq's Hindi list is read from a
# per-machine table)
@res.vocabulary_memo("name-syllable-of-v1")
def _syllable_of(key: str) -> str | None:
    return None if key in NAME_PARTICLES else name_data.glossary_word(key, syllables=True)


def _syllable_unit(key: str) -> bool:
    """A one-word unit (no hyphen in its key) whose word translates a romanised syllable."""
    return "-" not in key and _syllable_of(key) is not None


_SYLLABLE_UNIT = unit_test(_syllable_unit)


def _east_asian_calque(us: list[Unit], i: int) -> tuple[int, int, str] | None:
    """(first unit, end unit, English) of an East Asian name with a translated syllable outside a
    hyphen: the glossary word before a hyphenated given name unknown to Hindi (धमाका सी-ह्युक),
    or, after a person word and before ने, a glossary word next to a gazetteer syllable (चैंपियन
    मा लंबा ने, अभिनेत्री घंटा ली ने)."""
    u = us[i]
    english = _syllable_word(u)
    if english is None:
        return None
    nxt = next_unit(us, i)
    if nxt is not None and len(nxt.parts) > 1 and any(key_zipf(p) < NAME_MAX_ZIPF for p in nxt.parts):
        return i, i + 2, english
    gaz = lexicon().gazetteer
    for a in (i - 1, i):  # the pair (us[a], us[a + 1]) holds u and a gazetteer syllable
        b = a + 1
        if a < 1 or b + 1 >= len(us) or not (us[a].joined_before and us[b].joined_before):
            continue
        other = us[b] if a == i else us[a]
        if (
            other.key in gaz
            and len(other.parts) == 1
            and us[b + 1].key in NAME_AFTER
            and is_descriptor(us[a - 1])
        ):
            return a, b + 1, english
    return None


@register(
    code="HI105",
    source_veto="name",
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
    names (ओह से-हून) stay silent, and so does a unit whose every part has the shape of one
    romanised Korean or Chinese syllable (किम हा-नल, किम दे-जंग, सूंग मेई-लिंग): a Hindi word of
    that shape (नल, जंग, लिंग) is as likely the syllable transliterated. Translated syllables are
    longer words (चंद्रमा, युवा) or end in a consonant those syllables never end in (गीत for Song).
    Hindi's distributive pairs (अपना-अपना) and compounds ending in a plural noun of people
    (मिल-मालिकों, जैतून-उत्पादकों: a plural names no one person) stay silent too, and so does a
    trade's name — a noun + an agent noun of a trade with no given name right before it
    (फल-विक्रेता, ट्रक-चालक; after a given name it is an occupational surname calqued and stays
    flagged) (:mod:`audit.rules.plain_hindi`).

    A compound surname calqued part by part (Fleetwood → बेड़ा-लकड़ी: two Hindi words of the
    dictionary, no coordinate pair such as रात-दिन) counts after a foreign given name, after a
    person word before ने (रैपर चिड़िया-आदमी ने), and after an honorific — which stands only before
    names — before any case marker (श्री पत्थर-पुल से for Mr Stonebridge). In a name run a chain of
    two to four Hindi words counts too, at least half of them words of the dictionary and one a
    common one: after a person word and a given name before any case marker (शेफ़ पियरे हरी-लकड़ी
    ने for Pierre Boisvert, न्यायाधीश रोज़मेरी लोमड़ी-कुआं-उजला-पानी ने), after a word Hindi text and
    the dictionary never use before ने (सेइया घंटी-पेड़ ने for Seiya Suzuki: a bare foreign word and a
    Hindi compound cannot share one ergative), or opening a sentence or a
    list before ने or a conjunction (बारिश-चिड़िया और गौरैया-बाज़ दोनों ने for Rainbird and
    Sparrowhawk); not a genitive before a compound postposition (जॉन माता-पिता के साथ).

    The glossary's romanised syllables are also caught outside the hyphen: a translated surname
    before a hyphenated given name unknown to Hindi (धमाका सी-ह्युक for Bang Si-hyuk), and,
    after a person word and before ने, a translated syllable next to a name syllable of the
    gazetteer (चैंपियन मा लंबा ने for Ma Long, अभिनेत्री घंटा ली ने for Gong Li).
    """
    if not engdict.available():
        return
    view = nfc_view(segment.text)
    us = list(units(view.text))
    layer = segment_words(view.text)
    # (only a unit with a glossary syllable or a hyphen can answer: the layer's indices of those)
    for i in sorted({*layer.passing(_SYLLABLE_UNIT), *layer.hyphenated}):
        u = us[i]
        ea = _east_asian_calque(us, i) if len(u.parts) == 1 and _syllable_of(u.key) is not None else None
        if ea is not None:
            a, b, english = ea
            s, e = view.span(us[a].start, us[b - 1].end)
            if plain_hindi.ordinary(segment.text, s, e):
                continue  # ordinary Hindi of a name's shape (अपना-अपना): audit.rules.plain_hindi
            yield make_finding(
                "HI105",
                segment.text,
                s,
                e,
                f"“{segment.text[slice(*view.span(u.start, u.end))]}” in the East Asian name “{segment.text[s:e]}” looks like the syllable "
                f"“{english.title()}” translated as a word; keep the name transliterated.",
                english=english.title(),
                word=segment.text[slice(*view.span(u.start, u.end))],
            )
            continue
        if len(u.parts) < 2:
            continue
        hit = _hyphen_calque(us, i) or _run_compound(us, i)
        if hit is None:
            continue
        k, english = hit
        start = us[i - 1].start if i > 0 and u.joined_before else u.start
        s, e = view.span(start, u.end)
        if plain_hindi.ordinary(segment.text, s, e):
            continue  # ordinary Hindi of a name's shape (मिल-मालिकों): audit.rules.plain_hindi
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
