"""HI3xx repetition: words, phrases and list items the decoder looped on.

Neural MT sometimes loops: a list or a place is emitted twice (उत्तर कोरिया, शनिवार, … उत्तर
कोरिया, शनिवार), a phrase is doubled (उत्तर कोरिया, उत्तर कोरिया में), or two different English
words collapse into one Hindi word coordinated with itself (निराशा और निराशा). Hindi's own
reduplication — धीरे-धीरे, घर घर, बार-बार, अलग-अलग, echo words like चाय-वाय — is grammatical
and never flagged: a single word repeated back to back is left alone unless it is a name or loan
Hindi does not reduplicate (लखनऊ लखनऊ).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse, islice
from operator import eq

from audit.core.derived import derived, fingerprint
from audit.core.model import Finding, Segment
from audit.core.text import DEVANAGARI_ALNUM, JOINERS, nfc_view
from audit.lang import engdict, wordnet
from audit.lang.frequency import zipf_hi
from audit.lang.function_words import HINDI_REPEAT_FUNCTION_WORDS
from audit.lang.transcription import spells
from audit.rules.reduplication import (
    CONJUNCTIONS,
    POSTPOSITIONS,
    conjunctive_participle,
    no_reduplication_slot,
)
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.repetition_guards import doubled_name, quoted_chant

FUNCTION_WORDS = HINDI_REPEAT_FUNCTION_WORDS  # what it holds and why: audit/lang/function_words.py
#: words that end a name run: a doubled name stands between them (गाउट गाउट ने)
NAME_RUN_BREAKERS = FUNCTION_WORDS | POSTPOSITIONS | CONJUNCTIONS
# Coordinations of a word with itself that are idiomatic ("more and more", "again and again").
IDIOMATIC_COORDINATION = frozenset({"और", "बार", "फिर", "दिन", "धीरे", "आगे", "कम", "ज़्यादा", "ज्यादा"})

TOKEN_RE = re.compile(
    f"[{DEVANAGARI_ALNUM}{JOINERS}]+(?:-[{DEVANAGARI_ALNUM}{JOINERS}]+)*|[0-9०-९]+(?:[.,:][0-9०-९]+)*|[A-Za-z]+"
)
BREAK_RE = re.compile(r"[,;:،]")  # list separators
STOP_RE = re.compile(r"[।॥.!?\n]")  # sentence ends


class Tok:
    """A token and what separates it from the previous one. Read-only by convention (memoised
    and shared by HI301/HI302); a slots class because a frozen dataclass's ``__init__`` was a
    visible share of a large run."""

    __slots__ = ("start", "end", "text", "brk_before", "stop_before")

    def __init__(self, start: int, end: int, text: str, brk_before: bool, stop_before: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.brk_before = brk_before  # a comma-like separator precedes this token
        self.stop_before = stop_before  # a sentence end precedes this token

    def __repr__(self) -> str:
        return (
            f"Tok(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
            f"brk_before={self.brk_before!r}, stop_before={self.stop_before!r})"
        )


@lru_cache(maxsize=1024)
def tokens(text: str) -> tuple[Tok, ...]:
    """Tokens of ``text`` (memoised: HI301 and HI302 read the same segment)."""
    return tuple(_tokens(text))


def _tokens(text: str) -> list[Tok]:
    out: list[Tok] = []
    prev = 0
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        gap = text[prev:start]
        if gap == " ":  # the usual gap: neither a separator nor a sentence end
            out.append(Tok(start, end, m.group(), False, False))
        else:
            out.append(Tok(start, end, m.group(), bool(BREAK_RE.search(gap)), bool(STOP_RE.search(gap))))
        prev = end
    return out


@lru_cache(maxsize=1024)  # HI301 and HI302's two finders each ask it of the same text
def repeats_content_word(text: str) -> bool:
    """Whether some token outside FUNCTION_WORDS occurs twice, or a word Hindi never doubles comes
    twice in a row: every loop shape repeats one (a doubled phrase and a self-coordination need a
    content word or a case marker, a list loop a core without function words), so a text without
    such a repeat is skipped before it is tokenised."""
    toks = TOKEN_RE.findall(text)
    content = list(filterfalse(FUNCTION_WORDS.__contains__, toks))
    if len(set(content)) < len(content):
        return True  # a content word twice
    if not any(map(eq, toks, islice(toks, 1, None))):
        return False  # (most texts: no token twice in a row; C-level passes so far)
    return any(a == b and a in NEVER_DOUBLED for a, b in zip(toks, toks[1:]))


#: grammatical words no Hindi reduplication doubles (a case marker, an agent or object pronoun, the
#: complementiser): twice in a row they are a loop (मंत्री ने ने, उसने उसने, कहा कि उन्होंने कहा कि)
NEVER_DOUBLED = frozenset(
    """ने को से में पर तक का की के कि उसने उन्होंने मैंने हमने तुमने आपने इसने इन्होंने किसने
    उसे उन्हें मुझे हमें तुम्हें इसे इन्हें""".split()
)
#: learned (Sanskrit) adjective suffixes: न्यायिक, आर्थिक, राष्ट्रीय are never reduplicated
LEARNED_ADJECTIVE_ENDINGS = ("िक", "ीय")
LEARNED_MIN_LEN = 5


def _never_doubled(word: str) -> bool:
    """A word no Hindi reduplication doubles for its grammar (:data:`NEVER_DOUBLED`) or its
    derivation: a learned adjective in -िक/-ीय of five letters or more (न्यायिक न्यायिक हिरासत)."""
    return word in NEVER_DOUBLED or (
        len(word) >= LEARNED_MIN_LEN and word.endswith(LEARNED_ADJECTIVE_ENDINGS) and "-" not in word
    )


def _imperative(word: str) -> bool:
    """A familiar or polite imperative (रहो, बचाओ, चलिए): a call repeated after a comma (चलते रहो,
    चलते रहो) is deliberate."""
    return word not in FUNCTION_WORDS and word.endswith(("ो", "ओ", "िए", "िये", "इए")) and len(word) >= 2


def _content(words: tuple[str, ...]) -> bool:
    return any(w not in FUNCTION_WORDS and not w.isdigit() for w in words)


@dataclass(frozen=True)
class Loop:
    start: int  # char offsets in the NFC text
    end: int
    phrase: str
    kind: str  # "doubled-phrase" | "list-loop" | "self-coordination"


def token_sentences(toks: Sequence[Tok]) -> Iterator[list[Tok]]:
    cur: list[Tok] = []
    for t in toks:
        if t.stop_before and cur:
            yield cur
            cur = []
        cur.append(t)
    if cur:
        yield cur


def _items(sent: list[Tok]) -> list[list[Tok]]:
    """Comma-separated list items of a sentence."""
    items: list[list[Tok]] = []
    for t in sent:
        if t.brk_before or not items:
            items.append([])
        items[-1].append(t)
    return items


def _item_core(item: list[Tok]) -> tuple[str, ...]:
    """An item's words without trailing function words (उत्तर कोरिया में → उत्तर कोरिया)."""
    words = [t.text for t in item]
    while words and words[-1] in FUNCTION_WORDS:
        words.pop()
    return tuple(words)


def _short_core(item: list[Tok], max_item_words: int) -> tuple[str, ...]:
    core = _item_core(item)
    if not core or len(item) > max_item_words or any(w in FUNCTION_WORDS for w in core):
        return ()
    return core


def _list_loops(sent: list[Tok], max_item_words: int, window: int) -> list[Loop]:
    """Short comma-separated items repeated within ``window`` items of each other.

    The later occurrence must be a whole short item (a bare name, day or place, optionally with
    a postposition); the earlier one may also end the first item, where the sentence runs into
    the list (तस्वीर में वे जापान, रविवार, …, जापान). The span is then stretched over a following
    item that begins with an item of the loop (…, जापान, रविवार को हुआ).
    """
    items = _items(sent)
    if len(items) < 3:
        return []
    cores = [_short_core(it, max_item_words) for it in items]
    out: list[Loop] = []
    for b in range(1, len(items)):
        cb = cores[b]
        if not cb or _imperative(cb[-1]):
            continue  # (a call repeated: रुको, रुको, …)
        for a in range(max(0, b - window), b):
            words_a = [t.text for t in items[a]]
            if cores[a] == cb:
                start = items[a][0].start
            elif a == 0 and len(words_a) > len(cb) and tuple(words_a[-len(cb) :]) == cb:
                start = items[a][len(words_a) - len(cb)].start
            else:
                continue
            end = items[b][-1].end
            looped = {c for c in cores[a : b + 1] if c} | {cb}
            for c in range(b + 1, len(items)):
                words_c = tuple(t.text for t in items[c])
                pre = next((lp for lp in looped if words_c[: len(lp)] == lp), None)
                if pre is None:
                    break
                end = items[c][len(pre) - 1].end
                if len(items[c]) > len(pre) and items[c][len(pre)].text in FUNCTION_WORDS:
                    end = items[c][len(pre)].end
            out.append(Loop(start, end, " ".join(cb), "list-loop"))
            break
    return out


def find_loops(text: str, max_item_words: int = 3, window: int = 6) -> list[Loop]:
    """Decoder loops in ``text`` (NFC), as character spans."""
    if not repeats_content_word(text):
        return []
    loops: list[Loop] = []
    for sent in token_sentences(tokens(text)):
        words = [t.text for t in sent]
        n_words = len(words)
        # 1. a phrase of ≥2 words doubled back to back (space or comma between)
        i = 0
        while i < n_words:
            hit = False
            for n in range(min(6, (n_words - i) // 2), 1, -1):
                if words[i] != words[i + n]:  # the phrases' first words differ: no doubling
                    continue
                a, b = tuple(words[i : i + n]), tuple(words[i + n : i + 2 * n])
                if sent[i + n].brk_before and _imperative(a[-1]):
                    continue  # a call repeated (चलते रहो, चलते रहो)
                if (
                    a == b
                    and (_content(a) or any(w in NEVER_DOUBLED for w in a))
                    and not any(sent[k].brk_before for k in range(i + 1, i + n))
                ):
                    last = i + 2 * n - 1
                    if (
                        last + 1 < n_words
                        and words[last + 1] in POSTPOSITIONS
                        and not sent[last + 1].brk_before
                    ):
                        last += 1  # उत्तर कोरिया, उत्तर कोरिया में
                    loops.append(Loop(sent[i].start, sent[last].end, " ".join(a), "doubled-phrase"))
                    i += 2 * n
                    hit = True
                    break
            if not hit:
                i += 1
        # 1b. a single word doubled back to back that Hindi does not reduplicate: a name or loan
        # (लखनऊ लखनऊ, टीम टीम) — reduplication doubles Hindi words (घर घर, धीरे धीरे, बच्चा बच्चा)
        for k in range(n_words - 1):
            if (
                words[k] == words[k + 1]
                and not sent[k + 1].brk_before
                and (
                    _never_doubled(words[k])
                    or (
                        not _imperative(words[k])
                        and not conjunctive_participle(words, k)
                        and (_not_reduplicable(words[k]) or no_reduplication_slot(words, k))
                        and not doubled_name(words, k, NAME_RUN_BREAKERS)
                    )
                )
            ):
                loops.append(Loop(sent[k].start, sent[k + 1].end, words[k], "doubled-phrase"))
        # 2. a short list item that comes back a few items later
        loops.extend(_list_loops(sent, max_item_words, window))
        # 3. a word or phrase coordinated with itself: X और X
        for k, t in enumerate(sent):
            if t.text not in CONJUNCTIONS:
                continue
            for n in (3, 2, 1):
                if k - n < 0 or k + n >= n_words + 0 or k + 1 + n > n_words:
                    continue
                a, b = tuple(words[k - n : k]), tuple(words[k + 1 : k + 1 + n])
                if a != b or not _content(a):
                    continue
                if n == 1 and (a[0] in IDIOMATIC_COORDINATION or "-" in a[0]):
                    continue
                if sent[k].brk_before or any(sent[m].brk_before for m in range(k - n + 1, k + 1 + n)):
                    continue
                loops.append(Loop(sent[k - n].start, sent[k + n].end, " ".join(a), "self-coordination"))
                break
    # a chant, slogan or title quoted as said ('बोल बम बोल बम') is the speaker's repetition; a
    # word coordinated with itself in quotes (“निराशा और निराशा”) is still two English words collapsed
    return _merge(
        [
            lp
            for lp in loops
            if lp.kind != "doubled-phrase" or not quoted_chant(text, lp.start, len(lp.phrase.split()))
        ]
    )


#: a word this common in Hindi text is Hindi, whatever the dictionary lacks (साल)
REDUPLICABLE_MIN_ZIPF = 5.5


@lru_cache(maxsize=4096)
def _not_reduplicable(word: str) -> bool:
    """A word no Hindi reduplication doubles: not a function word, number or hyphenated form, and
    no word of any Hindi translation in the dictionary (names and loans: पटना, टीम; not घर, धीरे,
    रोते, बड़े), nor very common Hindi text."""
    if len(word) < 3 or word in FUNCTION_WORDS or "-" in word or not word[0].isalpha() or word.isascii():
        return False
    if (
        not engdict.available()
        or engdict.dictionary().english_for(word)
        or zipf_hi(word) >= REDUPLICABLE_MIN_ZIPF
    ):
        return False
    # an English name that is itself doubled (Pago Pago, Bora Bora, Walla Walla: WordNet's lemmas)
    return not any(spells(word, x) >= DOUBLED_NAME_SIMILARITY for x in _doubled_english_names())


DOUBLED_NAME_SIMILARITY = 0.75


@lru_cache(maxsize=1)
def _doubled_english_names() -> frozenset[str]:
    """The first half of WordNet's doubled noun lemmas (pago_pago, baden-baden), lower case: a
    derived table per machine (reading the noun index costs 0.3 s; the table, a millisecond)."""

    def build() -> list[str]:
        idx = wordnet.index("noun") or {}
        return sorted({p[0] for p in (re.split("[_-]", k) for k in idx) if len(p) == 2 and p[0] == p[1]})

    key = fingerprint(str(wordnet.wordnet_dir() / "index.noun"))
    return frozenset(derived("wordnet-doubled-names", key, build))


def _merge(loops: list[Loop]) -> list[Loop]:
    """Merge overlapping loops into one span (keeping the first phrase and kind)."""
    loops.sort(key=lambda lp: (lp.start, -lp.end))
    out: list[Loop] = []
    for lp in loops:
        if out and lp.start < out[-1].end:
            last = out[-1]
            out[-1] = Loop(last.start, max(last.end, lp.end), last.phrase, last.kind)
        else:
            out.append(lp)
    return out


_MESSAGES = {
    "doubled-phrase": "“{p}” is written twice in a row — probably a decoding loop; keep one.",
    "list-loop": "“{p}” comes back later in the same list — the translation seems to loop over the "
    "list; the English most likely named it once (or named a different item, e.g. a place, here).",
    "self-coordination": "“{p}” is joined with itself by a conjunction — the English probably had two "
    "different words (e.g. “frustration and disappointment”); use a second word or keep one.",
}


@register(
    code="HI301",
    name="repeated-phrase",
    category="repetition",
    severity="major",
    summary="A word, phrase or list item repeated by the decoder (उत्तर कोरिया, उत्तर कोरिया में; निराशा और निराशा).",
    examples=[
        ("यह बैठक दक्षिण अफ्रीका, दक्षिण अफ्रीका में हुई।", "यह बैठक दक्षिण अफ्रीका के डरबन में हुई।"),
        (
            "सम्मेलन पेरिस, सोमवार, 3 मार्च, पेरिस, सोमवार को हुआ।",
            "सम्मेलन सोमवार, 3 मार्च को पेरिस में हुआ।",
        ),
        ("उन्होंने गुस्सा और गुस्सा व्यक्त किया।", "उन्होंने गुस्सा और नाराज़गी व्यक्त की।"),
        ("बैठक चार घंटे घंटे तक चली।", "मेहमानों को दो छोटे छोटे डिब्बे दिए गए।"),
    ],
)
def check_repeated_phrase(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Repetition the decoder looped on.

    Three shapes are flagged: a phrase of two or more words written twice back to back
    (उत्तर कोरिया, उत्तर कोरिया में), a short comma-separated list item that returns a few items
    later (X, शनिवार, 12 जुलाई, X, शनिवार), and a word coordinated with itself (निराशा और
    निराशा). A single word repeated back to back is Hindi reduplication (धीरे-धीरे, घर घर,
    बार-बार, बच्चा बच्चा) and is flagged only when Hindi never doubles it: a name or loan that is
    no word of the dictionary's Hindi (लखनऊ लखनऊ का दौरा) — or a word Hindi grammar never doubles:
    a case marker, an agent or object pronoun, the complementiser (मंत्री ने ने, उसे उसे), a learned
    adjective in -िक/-ीय (न्यायिक न्यायिक हिरासत) — or where no reduplication stands: a noun counted
    by a number and closed by a postposition, auxiliary or the sentence end (छह घंटे घंटे तक), a
    perfective verb ending its clause (निकाला निकाला।, बढ़ी बढ़ी हैं), the noun of a noun + करना verb
    before its light verb (रद्द रद्द कर दी, घोषणा घोषणा की), a noun after a possessive or after के
    not opening a postpositional phrase (सब्ज़ियों के भाव भाव बढ़ गए; गांव के घर घर में is Hindi) —
    see ``rules/reduplication.py``. Other repeats made only of function words are
    ignored, and so is a call repeated (चलते रहो, चलते रहो; चलो चलो). The speaker's repetitions
    stay silent too (:mod:`audit.rules.repetition_guards`): a phrase doubled inside quotation marks
    that hold little else — a chant, slogan or title quoted as said ('बोल बम बोल बम', 'हिप हिप
    हुर्रे'; a longer quotation is speech, and a word coordinated with itself in quotes is still two
    English words collapsed) — and a name whose form is doubled (Gout Gout → गाउट गाउट ने): a word
    Hindi text never writes and no listed name, with no given name before it and no surname or
    other name word after it (जेम्स एंडरसन एंडरसन, हरलीन हरलीन देओल stay loops).
    The span runs from the first occurrence to the end of the repeat.
    """
    view = nfc_view(segment.text)
    for lp in find_loops(view.text):
        s, e = view.span(lp.start, lp.end)
        yield make_finding(
            "HI301",
            segment.text,
            s,
            e,
            _MESSAGES[lp.kind].format(p=lp.phrase),
            kind=lp.kind,
            repeated=lp.phrase,
        )
