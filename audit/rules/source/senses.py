"""HI513: an ambiguous English word of the source rendered in its other sense (chaired → कुर्सी),
from the sense inventory ``audit/data/source_senses.toml``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_text
from audit.core.model import Finding, Segment
from audit.core.precompiled import precompiled
from audit.core.text import nfc_view
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import phrase_keys, stem_key
from audit.lang.bilingual.hindi import words as hindi_words
from audit.lang.inflection import compile_pattern
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import dictionary
from audit.rules.source.compounds import compound_calques
from audit.rules.source.sense_examples import example_clashes
from audit.rules.source.sense_guards import (
    adjective_before_noun,
    in_idiom,
    licensed_elsewhere,
    spells_source_name,
)
from audit.rules.source.sense_parts import part_clashes
from audit.rules.source.sense_pos import pos_clashes
from audit.rules.source.sense_roles import AGENT_VERBS, MEMBER_NOUNS, role_clashes

_USE_HI = {"noun": "संज्ञा", "verb": "क्रिया", "adjective": "विशेषण"}
_ROLE_HI = {"person": "व्यक्ति", "group": "समूह", "body": "शरीर का अंग", "food": "खाद्य पदार्थ", "animal": "जानवर"}

try:  # Python >= 3.11
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]


@dataclass(frozen=True)
class SenseEntry:
    id: str
    word: str
    sense: str
    english: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    wrong: re.Pattern[str]
    right: re.Pattern[str] | None
    correct: str
    example_src: str
    example_bad: str
    example_good: str
    example_lookalike: tuple[str, str] | None
    head: re.Pattern[str] | None = None
    near: re.Pattern[str] | None = None
    window: int = 3
    use: str = ""


SENSE_FIELDS = (
    "id",
    "word",
    "sense",
    "wrong",
    "correct",
    "example_src",
    "example_bad",
    "example_good",
)
SENSE_OPTIONAL = ("english", "unless", "right", "example_lookalike", "head", "near", "window", "use")
USES = ("", "noun", "verb")


class SenseInventoryError(ValueError):
    pass


def parse_senses(
    text: str, source: str = "<senses>", compile: Callable[..., re.Pattern[str]] = re.compile
) -> tuple[SenseEntry, ...]:
    """Parse and validate a sense inventory (``[[sense]]`` tables). ``compile``: ``re.compile`` or
    the shipped inventory's :func:`audit.core.precompiled.precompiled` reader."""
    out = []
    seen: set[str] = set()
    for i, raw in enumerate(tomllib.loads(text).get("sense", [])):
        where = f"{source} entry {i + 1} ({raw.get('id', '?')})"
        missing = [k for k in SENSE_FIELDS if not str(raw.get(k, "")).strip()]
        unknown = set(raw) - set(SENSE_FIELDS) - set(SENSE_OPTIONAL)
        if not raw.get("english") and not raw.get("head"):
            missing.append("english or head")
        if raw.get("near") and not raw.get("head") or raw.get("use", "") not in USES:
            unknown.add("near without head / use not noun|verb")
        if missing or unknown:
            raise SenseInventoryError(f"{where}: missing {missing} / unknown {sorted(unknown)}")
        if raw["id"] in seen:
            raise SenseInventoryError(f"{where}: duplicate id")
        seen.add(raw["id"])
        try:
            entry = SenseEntry(
                id=raw["id"],
                word=raw["word"],
                sense=raw["sense"],
                english=compile(raw["english"], re.I) if raw.get("english") else None,
                unless=compile(raw["unless"], re.I) if raw.get("unless") else None,
                wrong=compile_pattern(raw["wrong"], compile),
                right=compile_pattern(raw["right"], compile) if raw.get("right") else None,
                correct=raw["correct"],
                example_src=raw["example_src"],
                example_bad=unicodedata.normalize("NFC", raw["example_bad"]),
                example_good=unicodedata.normalize("NFC", raw["example_good"]),
                example_lookalike=tuple(raw["example_lookalike"]) if raw.get("example_lookalike") else None,
                head=compile(raw["head"], re.I) if raw.get("head") else None,
                near=compile(rf"(?:{raw['near']})$", re.I) if raw.get("near") else None,
                window=int(raw.get("window", 3)),
                use=raw.get("use", ""),
            )
        except (re.error, ValueError) as exc:
            raise SenseInventoryError(f"{where}: bad pattern: {exc}") from exc
        out.append(entry)
    return tuple(out)


@lru_cache(maxsize=1)
def senses() -> tuple[SenseEntry, ...]:
    text = data_text("source_senses.toml")
    return precompiled("senses", lambda compile: parse_senses(text, "audit/data/source_senses.toml", compile))


_TOKEN_RE = re.compile(r"[A-Za-z]+")


def _cues(entry: SenseEntry) -> set[str]:
    """First three letters of each spelling in ``word`` ("laid off / lay off" → lai, lay)."""
    return {w.strip().lower()[:3] for w in entry.word.split("/") if w.strip()}


@lru_cache(maxsize=1)
def _by_cue() -> dict[str, tuple[SenseEntry, ...]]:
    out: dict[str, list[SenseEntry]] = {}
    for e in senses():
        for c in _cues(e):
            out.setdefault(c, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


#: words before a noun use of the head (*a* spring, *the* trial, *another* spell, *its* bank)
NOUN_BEFORE = frozenset(
    "a an the this that these those every each another its his her their our my your last next "
    "early late whole entire one first second of".split()
)
#: words before a verb use of the head (*will* table, *to* sign, *has* signed)
VERB_BEFORE = frozenset(
    "to will would shall should can could may might must did does do not also has have had "
    "who which reportedly formally finally officially".split()
)


def _use_ok(toks: list[tuple[int, int, str]], i: int, use: str) -> bool:
    """Whether token ``i`` is used as ``use`` ("noun" / "verb"), read cheaply from the word before it:
    a determiner or possessive before a noun, an auxiliary, *to* or a past/-ing form for a verb."""
    prev = toks[i - 1][2].lower() if i else ""
    prev2 = toks[i - 2][2].lower() if i > 1 else ""
    nounish = prev in NOUN_BEFORE or prev.endswith("'s") or prev.endswith("’s") or prev.isdigit()
    nounish = nounish or (prev2 in NOUN_BEFORE and prev not in VERB_BEFORE)
    if use == "noun":
        return nounish
    head = toks[i][2].lower()
    return prev in VERB_BEFORE or (not nounish and head.endswith(("ed", "ing")))


#: an entry whose sense is a body of people (a political party, a sports club, a company …)
_AGENTIVE_SENSE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:party|parties|team|club|organi[sz]ation|company|body|group|"
    r"committee|legislature|board|firm|players|supporters|regulator|network)\b",
    re.I,
)
_SKIP_BEFORE_VERB = frozenset("has have had will would also has had then later today".split())


def _agentive(entry: SenseEntry) -> bool:
    return bool(_AGENTIVE_SENSE.search(entry.sense))


def agent_subject(entry: SenseEntry, src: str) -> tuple[int, int] | None:
    """The entry's word as the subject of a verb only people do (*the party won*, *the club has
    appointed*) or as the possessor of a member (*the club's manager*): the body-of-people sense,
    whatever the pattern lists. Only the word itself (or its plural), after a determiner or at
    the start, counts."""
    forms = {w.strip().lower() for w in entry.word.split("/")}
    toks = E.tokens(src)
    for i, (ts, te, tok) in enumerate(toks):
        low = tok.lower()
        base, poss = (low[:-2], True) if low.endswith(("'s", "’s")) else (low, False)
        if not forms & {base, *E.lemmas(base)}:
            continue
        prev = toks[i - 1][2].lower() if i else ""
        if i and prev not in NOUN_BEFORE:
            continue
        nxt = [t.lower() for _, _, t in toks[i + 1 : i + 4]]
        if poss:
            if any(w in MEMBER_NOUNS for w in nxt[:2]):
                return ts, te
            continue
        while nxt and nxt[0] in _SKIP_BEFORE_VERB:
            nxt.pop(0)
        if nxt and nxt[0] in AGENT_VERBS:
            return ts, te
    return None


def select(entry: SenseEntry, src: str) -> tuple[int, int] | None:
    """The span of the source that selects ``entry``'s sense, or None: the ``english`` pattern, or
    the ``head`` word (used as ``use`` says) with a ``near`` collocate at most ``window`` words
    away (*critical* … *condition*, *light* *rain*); ``unless`` in the source selects nothing."""
    if entry.unless is not None and entry.unless.search(src):
        return None
    if entry.english is not None:
        m = entry.english.search(src)
        if m is not None:
            return m.span()
    if _agentive(entry):
        span = agent_subject(entry, src)
        if span is not None:
            return span
    if entry.head is None:
        return None
    toks = E.tokens(src)
    for m in entry.head.finditer(src):
        i = next((k for k, (ts, te, _) in enumerate(toks) if ts <= m.start() < te), None)
        if i is None or entry.use and not _use_ok(toks, i, entry.use):
            continue
        if entry.near is None:
            return m.span()
        for j in range(max(0, i - entry.window), min(len(toks), i + entry.window + 1)):
            ts, te, tok = toks[j]
            if not (m.start() <= ts and te <= m.end()) and entry.near.match(tok):
                return min(m.start(), ts), max(m.end(), te)
    return None


@lru_cache(maxsize=512)
def other_senses(entry: SenseEntry) -> dict[str, str]:
    """Stem key → Hindi of the dictionary's one-word translations of the entry's word that
    render some other sense: every translation of the word except those its ``right`` pattern
    or its ``correct`` Hindi covers and plain transliterations (पार्टी). So an entry that names
    a few wrong renderings (*party* → दावत) also finds the dictionary's others (समारोह); {}
    without the dictionary."""
    from audit.lang import engdict

    d = dictionary()
    if d is None:
        return {}
    correct = set(phrase_keys(entry.correct))
    out: dict[str, str] = {}
    for word in (w.strip().lower() for w in entry.word.split("/")):
        for sense in d.senses(word):
            if (
                len(sense.keys) != 1
                or sense.keys[0] in correct
                or engdict.is_transliteration(sense.hindi, word)
            ):
                continue
            if entry.right is not None and entry.right.search(sense.hindi):
                continue
            out.setdefault(sense.keys[0], sense.hindi)
    return out


def _occurrences(entry: SenseEntry, src: str) -> int:
    """How many source tokens are a form of the entry's word (*patients*, *patient*: 2)."""
    forms = {w.strip().lower() for w in entry.word.split("/")}
    return sum(bool(forms & {tok.lower(), *E.lemmas(tok.lower())}) for _, _, tok in E.tokens(src))


@lru_cache(maxsize=4096)
def sense_findings(src: str, mt: str) -> tuple[tuple[int, int, SenseEntry, str], ...]:
    """(start, end, entry, English match) for every selected sense whose other-sense Hindi is in the MT."""
    by_cue = _by_cue()
    # a cheap first test: only entries whose word starts some source token (most have none)
    prefixes = {t.lower()[:3] for t in _TOKEN_RE.findall(src)}
    candidates = {e.id for p in prefixes for e in by_cue.get(p, ())}
    if not candidates:
        return ()
    view = nfc_view(mt)
    out = []
    taken: list[tuple[int, int]] = []
    for entry in senses():
        if entry.id not in candidates:
            continue
        sel = select(entry, src)
        if sel is None:
            continue
        if entry.right is not None and entry.right.search(view.text):
            continue
        spans = [view.span(w.start(), w.end()) for w in entry.wrong.finditer(view.text)]
        others = other_senses(entry)
        if others and _occurrences(entry, src) == 1:
            # the dictionary's other renderings, when the word occurs once (*patients … be
            # patient*: मरीज़ों may render the other occurrence)
            spans += [view.span(a, b) for a, b, w in hindi_words(view.text) if stem_key(w) in others]
        for s, e in spans:
            if e > s and not any(s < te and ts < e for ts, te in taken):
                if licensed_elsewhere(src, mt[s:e], _cues(entry), sel) or adjective_before_noun(
                    src, sel, _cues(entry), mt[s:e]
                ):
                    continue
                taken.append((s, e))
                out.append((s, e, entry, src[sel[0] : sel[1]]))
    return tuple(sorted(out, key=lambda x: x[0]))


@register(
    code="HI513",
    name="source-wrong-sense",
    category="sense",
    severity="major",
    summary="An ambiguous English word of the source rendered in its other sense (chaired → कुर्सी)",
    needs_source=True,
    examples=[
        ("राज्यपाल ने बाढ़ पर एक समीक्षा बैठक की कुर्सी संभाली।", "राज्यपाल ने बाढ़ पर एक समीक्षा बैठक की अध्यक्षता की।"),
    ],
)
def check_source_sense(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """An ambiguous word of the source, in a context that selects one sense, rendered with the
    Hindi of another sense: *chaired the meeting* → कुर्सी, *minutes of the meeting* → मिनट, *a
    strike by workers* → प्रहार, *a tender for* → कोमल, *charges of fraud* → शुल्क, *a new poll*
    → खंभा. The inventory (``audit/data/source_senses.toml``) stores, per entry, the English
    word in its selecting contexts, the Hindi of the wrong sense, the Hindi of the right one
    (present → no finding) and tested examples, including a look-alike that uses the other
    sense correctly. With the dictionary, a wrong-sense word that another content word of the
    source translates to (*House … went home* → घर) is not reported. Besides a fixed
    pattern, an entry may select its sense by a head word with a collocate a few words away
    (*critical* … *condition*, *light* *rain*) and by the head's use read from the word before
    it (*will table* a report, *another spell*). An entry whose sense is a body of people (a
    political party, a sports club, a board) is also selected when the word is the subject of a
    verb only people do (*the party won*, *the club has appointed*) or owns a member (*the club's
    manager*).

    With the dictionary, an entry also finds the dictionary's other one-word translations of its
    word (those its right-sense Hindi does not cover), when the word occurs once in the source.
    And beyond the inventory, a source word used as one part of speech rendered by the
    dictionary's Hindi for another (*to be patient* → मरीज़, *a fine of* → बढ़िया, *elected to
    bowl* → कटोरा): the use is read from the neighbouring words, the Hindi's part of speech from
    the dictionary sense it translates (``rules/source/sense_pos.py``). Likewise a noun the
    context makes a person or a body of people (the subject of a verb only people do, *worked as
    a* …, *a pool of reporters*) rendered by a translation whose English readings name neither
    (*the board approved* → तख्ता, *a pool of reporters* → तालाब; ``rules/source/sense_roles.py``).
    And a noun whose *of*-phrase WordNet links to one of its senses as that sense's whole, member
    or substance (*a pride of lions*: "a group of lions"; *cloves of garlic*; *the foot of the
    hill*) rendered by a translation that stands for a sense of another kind (गर्व, लौंग the spice,
    पांव; ``rules/source/sense_parts.py``). And a noun whose collocates in the source (the words a
    few places either side; with a neighbour it forms a WordNet compound, *coconut palm*, that
    compound's definition) match the FreeDict example sentence of one of its senses and not the
    example of the sense the MT's Hindi renders (*a coat of paint* → कोट, not लेप; *a coconut
    palm* → हथेली, not ताड़; ``rules/source/sense_examples.py``).

    With the dictionary, the same for an English closed compound whose meaning is not built from
    its parts (*deadline*, *bottleneck*, *stalemate*: WordNet's hypernyms and FreeDict's own
    Hindi decide) rendered by the Hindi of both parts side by side (मृत रेखा, बोतल की गर्दन); a
    transparent compound (*sunlight* → सूर्य का प्रकाश, *seawater* → समुद्र का पानी) is fine.

    Never reported: a Hindi word that spells a name of the source (*Tara* Sutaria … *star* →
    तारा), an inventory word used as an adjective before a noun its pattern leaves out and
    rendered by an adjective (*a fast* ball → तेज़ गेंद), and an English noun said as an adjective
    with a head noun the MT supplies (*a staple* → मुख्य आहार) (``rules/source/sense_guards.py``).
    Nor, beyond the inventory, a word inside an English idiom of the source (*bit her tongue* →
    बोलते-बोलते रुक गई: HI512 judges the idiom), a verb rendered by a noun whose next word is a
    Hindi verb that reads as the English verb itself (*to value the gems* → मूल्य आंकने: a conjunct
    verb), or a compound whose head the MT says as a verb reading as that head (*cloudburst* →
    बादल फटने: an event told as a clause). Nor a sense WordNet defines through the word's own other sense, which the Hindi of that sense
    carries too: a body of people that is a metonymy (*Time magazine named* … → पत्रिका: "a
    business firm that publishes magazines"), a verb made of its noun with an object, said as the
    noun + लगाना (*buttered the bread* → मक्खन लगाया: "spread butter on"); and an "animal" sense
    that is only a part of an animal (*a flag flew* → झंडा: *flag* is "a marked tail").
    """
    src = segment.src or ""
    taken: list[tuple[int, int]] = []
    idiomatic = in_idiom(src)
    for start, end, entry, english in sense_findings(src, segment.text):
        if spells_source_name(src, segment.text[start:end]):
            continue
        taken.append((start, end))
        span = segment.text[start:end]
        yield make_finding(
            "HI513",
            segment.text,
            start,
            end,
            f"ग़लत अर्थ: स्रोत में “{english}” ({entry.sense}) है; “{span}” “{entry.word}” का दूसरा अर्थ है, "
            f"यहाँ “{entry.correct}” होना चाहिए।",
            suggestion=entry.correct,
            english=english,
            entry=entry.id,
        )
    other = "उसके दूसरे अर्थ का अनुवाद है"
    clashes: list[tuple[int, int, str, str, str, str, dict[str, str]]] = [
        (p.start, p.end, p.english, p.correct, _USE_HI[p.use], "उसका दूसरे शब्द-भेद वाला अनुवाद है", {"use": p.use})
        for p in pos_clashes(src, segment.text)
    ]
    clashes += [
        (r.start, r.end, r.english, r.correct, f"यहाँ {_ROLE_HI[r.role]}", "उसका दूसरा अर्थ है", {"role": r.role})
        for r in role_clashes(src, segment.text)
    ]
    clashes += [
        (pc.start, pc.end, pc.english, "", f"({pc.definition})", other, {"head": pc.head})
        for pc in part_clashes(src, segment.text)
    ]
    clashes += [
        (
            x.start,
            x.end,
            x.english,
            x.correct,
            f"(“{x.collocates}” के साथ)",
            other,
            {"collocates": x.collocates},
        )
        for x in example_clashes(src, segment.text)
    ]
    for start, end, english, correct, reading, rendering, extra in clashes:
        found = (
            None
            if idiomatic(english)
            else _clash(segment, taken, start, end, english, correct, reading, rendering, **extra)
        )
        if found is not None:
            yield found
    for c in compound_calques(src, segment.text):
        if any(c.start < te and ts < c.end for ts, te in taken):
            continue
        span = segment.text[c.start : c.end]
        yield make_finding(
            "HI513",
            segment.text,
            c.start,
            c.end,
            f"शब्दशः अनुवाद: स्रोत का “{c.english}” एक शब्द है जिसका अर्थ “{c.modifier}” + “{c.head}” से "
            f"नहीं बनता; “{span}” उसके हिस्सों का अनुवाद है।",
            english=c.english,
            compound=f"{c.modifier}+{c.head}",
        )


def _clash(
    segment: Segment,
    taken: list[tuple[int, int]],
    start: int,
    end: int,
    english: str,
    correct: str,
    reading: str,
    rendering: str,
    **extra: str,
) -> Finding | None:
    """A HI513 finding for an MT span that renders the source word *english* (read as
    *reading*) by its Hindi for another use (*rendering*); None where an earlier finding of the
    segment already covers the span. The span is added to *taken*."""
    if any(start < te and ts < end for ts, te in taken) or spells_source_name(
        segment.src or "", segment.text[start:end]
    ):
        return None
    taken.append((start, end))
    span = segment.text[start:end]
    return make_finding(
        "HI513",
        segment.text,
        start,
        end,
        f"ग़लत अर्थ: स्रोत में “{english}” {reading} है; “{span}” {rendering}"
        + (f", यहाँ “{correct}” जैसा शब्द होना चाहिए।" if correct else "।"),
        suggestion=correct or None,
        english=english,
        **extra,
    )
