"""A glossary compiled for matching: English terms in ``src``, Hindi forms in ``mt``.

Matching is one pass over each segment's words with hash lookups, so its cost does not grow
with the glossary and nothing is compiled per term:

* **English**: every term and its simple inflections (plural, -ed, -ing on the last word) are
  keys of one table (a second one for case-sensitive entries such as acronyms); each source
  word starts a lookup of the 1…n-word stretches beginning there, longest first.
* **Hindi**: every allowed and forbidden form is expanded once into the word sequences it may
  take — the calque lexicon's inflection macros (:func:`audit.lang.inflection.noun_forms`,
  ``verb_forms``, ``adjective_forms``: a plain form's last word gets the noun forms, मंत्री →
  मंत्रियों; ``{N:…}``/``{A:…}``/``{कर}`` may be written explicitly), words joined, hyphenated
  or apart (जन स्वास्थ्य = जनस्वास्थ्य = जन-स्वास्थ्य) — in folded spelling (:func:`fold`: nukta
  dropped, ँ = ं, a half nasal = ं), and indexed by their first word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import product

from audit.core.text import DEVANAGARI_ALNUM, DEVANAGARI_RE, JOINERS, nfc_view
from audit.glossary.read import Glossary, Term, display
from audit.lang.engdict import hindi_key
from audit.lang.function_words import HINDI_GLOSSARY_SKIP
from audit.lang.inflection import adjective_forms, noun_forms, verb_forms
from audit.lang.resources import dev_key, en_keys

_TOKEN = re.compile(r"\{[^{}]*\}|[^\s\-{}]+")
_DEVA = DEVANAGARI_RE
_HINDI_WORD = re.compile(f"[{DEVANAGARI_ALNUM}{JOINERS}]+|[A-Za-z0-9]+")
_EN_WORD = re.compile(r"[A-Za-z0-9]+")
_JOINER = re.compile(r"[\s\-]+")
_GAP_OK = re.compile(r"[\s\-]*")  # between the words of a Hindi form in the text (जी20 has none)
_MAX_SEQUENCES = 5000  # surface sequences per form (macros multiply)
# A plain multi-word form ending in one of these infinitives is a conjunct verb (रद्द करना, घोषणा
# करना, शुरू होना): its last word takes every form of the light verb (रद्द किया, रद्द कर दी).
_LIGHT_INFINITIVES = {v + "ना": v for v in ("कर", "दे", "ले", "हो", "जा", "आ")}
_STOP = HINDI_GLOSSARY_SKIP  # what it holds and why: audit/lang/function_words.py
_CLAUSE_BREAK = re.compile(r"[^\s\-]")


# ---- English side ------------------------------------------------------------------------------


def _is_sensitive(term: Term, english: str) -> bool:
    if term.case != "auto":
        return term.case == "sensitive"
    return any(sum(c.isalpha() for c in tok) >= 2 and tok.isupper() for tok in english.split())


def _gap(text: str) -> str | None:
    """How the gap between two words counts: spaces/hyphens are one separator; ., &, ' are kept
    (U.S, AT&T); anything else (a comma, a full stop and space) ends a term."""
    if _JOINER.fullmatch(text):
        return " "
    if text in (".", "&", "'", "’"):
        return "'" if text == "’" else text
    return None


def english_key(text: str, sensitive: bool) -> str:
    """The lookup key of an English stretch: its words and normalised gaps, case-folded unless sensitive."""
    words = [(m.start(), m.end()) for m in _EN_WORD.finditer(text)]
    parts = [text[words[0][0] : words[0][1]]] if words else []
    for (_, e), (s2, e2) in zip(words, words[1:]):
        parts += [_gap(text[e:s2]) or "|", text[s2:e2]]
    key = "".join(parts)
    return key if sensitive else key.casefold()


def english_forms(term: str) -> set[str]:
    """The term plus plural, -ed and -ing of its last word (acronyms: plural only)."""
    m = list(_EN_WORD.finditer(term))
    if not m:
        return {term}
    head, last = term[: m[-1].start()], m[-1].group()
    if len(last) > 1 and last.isupper():
        ends = {last, last + "s"}
    elif not last.isalpha() or last.lower().endswith(("ed", "ing")) or len(last) < 3:
        ends = {last}
    else:
        ends = _inflect(last)
    return {head + e for e in ends}


def _inflect(w: str) -> set[str]:
    low = w.lower()
    out = {w}
    cons_y = low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u")
    if low.endswith(("s", "x", "z", "ch", "sh")):
        out.add(w + "es")
    elif cons_y:
        out.add(w[:-1] + "ies")
    else:
        out.add(w + "s")
    if low.endswith("e"):
        out |= {w + "d", w[:-1] + "ing"}
    elif cons_y:
        out |= {w[:-1] + "ied", w + "ing"}
    else:
        out |= {w + "ed", w + "ing"}
    if len(low) >= 3 and low[-1] not in "aeiouwxy" and low[-2] in "aeiou" and low[-3] not in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # ban → banned, banning
    return out


@dataclass(frozen=True)
class SourceHit:
    term: int  # index into Glossary.terms
    start: int
    end: int
    text: str
    in_name: bool = False  # a common-noun term capitalised inside a proper name (Howard University Hospital)


_NAME_GLUE = frozenset({"of", "the", "and", "for", "s", "de"})


def _inside_name(src: str, words: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether words i..j, capitalised, sit beside another capitalised word (skipping of/the/'s)."""
    if not src[words[i][0]].isupper():
        return False
    for k, step in ((i - 1, -1), (j + 1, 1)):
        while 0 <= k < len(words) and src[words[k][0] : words[k][1]].lower() in _NAME_GLUE:
            k += step
        if 0 <= k < len(words) and src[words[k][0]].isupper():
            before = src[: words[k][0]].rstrip()
            if step == 1 or (before and before[-1] not in '.!?:;"“'):  # not a sentence's first word
                return True
    return False


# ---- Hindi side --------------------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """The spelling-neutral form of a word (:func:`audit.lang.engdict.hindi_key`: no nukta, ँ = ं,
    a half nasal before a consonant = ं) without ZWJ/ZWNJ: जमीन = ज़मीन, चाँदी = चांदी, संबंध = सम्बन्ध."""
    return hindi_key(word).replace("\u200c", "").replace("\u200d", "")


def _macro_forms(token: str) -> tuple[str, ...]:
    body = token[1:-1]
    kind, _, arg = body.partition(":") if ":" in body else ("V", "", body)
    make = {"V": verb_forms, "A": adjective_forms, "N": noun_forms}[kind.strip().upper()]
    return tuple(f for w in arg.split("|") if w.strip() for f in make(w.strip()))


def form_tokens(form: str) -> list[str]:
    """Words of a Hindi form, cut as segment text is (जी20 → जी, 20); macros stay whole.

    A plain form (no macro) inflects like a noun phrase: its last Devanagari word becomes a noun
    macro (मंत्री → मंत्रियों) and each earlier word ending in -ā an adjective macro (काला धन →
    काले धन, भारत का संविधान → भारत के संविधान); a last word that is the infinitive of a light verb
    (करना, देना, लेना, होना, जाना, आना) after another word becomes that verb's macro."""
    tokens: list[str] = []
    for t in _TOKEN.findall(form):
        tokens += [t] if t.startswith("{") else _HINDI_WORD.findall(t)
    if tokens and not any(t.startswith("{") for t in tokens):
        for k, t in enumerate(tokens[:-1]):
            if _DEVA.match(t) and t.endswith("\u093e"):
                tokens[k] = "{A:" + t + "}"
        last = fold(tokens[-1])
        if len(tokens) > 1 and last in _LIGHT_INFINITIVES:  # रद्द करना: every form of कर
            tokens[-1] = "{" + _LIGHT_INFINITIVES[last] + "}"
        elif _DEVA.match(tokens[-1]):
            tokens[-1] = "{N:" + tokens[-1] + "}"
    return tokens


def form_words(form: str) -> list[tuple[str, ...]]:
    """Per word of a form, the folded surface forms it may take."""
    return [
        tuple(dict.fromkeys(fold(f) for f in _macro_forms(t))) if t.startswith("{") else (fold(t),)
        for t in form_tokens(form)
    ]


def anchor_words(form: str) -> list[tuple[str, ...]]:
    """:func:`form_words` with verb-macro words emptied: light verbs (किया, करने) anchor nothing."""
    words = form_words(form)
    for k, t in enumerate(form_tokens(form)):
        if t.startswith("{") and t[1:3].upper() not in ("N:", "A:"):
            words[k] = ()
    return words


def form_sequences(form: str) -> set[tuple[str, ...]]:
    """Every word sequence a form may appear as: inflections × words joined or apart."""
    words = form_words(form)
    out: set[tuple[str, ...]] = set()
    for joins in product((False, True), repeat=len(words) - 1):
        for choice in product(*words):
            seq = [choice[0]]
            for joined, w in zip(joins, choice[1:]):
                if joined:
                    seq[-1] += w
                else:
                    seq.append(w)
            out.add(tuple(seq))
            if len(out) >= _MAX_SEQUENCES:
                return out
    return out


def rendering_key(form: str) -> str:
    """Spelling-neutral identity of a form: जन स्वास्थ्य, जन-स्वास्थ्य and जनस्वास्थ्य are one rendering."""
    return _JOINER.sub("", fold(display(form)))


@dataclass(frozen=True)
class TargetHit:
    term: int
    forbidden: bool
    alt: int  # index into Term.hindi (allowed) or Term.forbidden
    start: int  # offsets into the text as written
    end: int


# ---- the compiled glossary ---------------------------------------------------------------------


class CompiledGlossary:
    """Lookup tables for one :class:`Glossary` (built once per Auditor)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.terms = glossary.terms
        self._english: dict[bool, dict[str, int]] = {False: {}, True: {}}
        self._en_len = 1
        self._en_first: set[str] = set()  # case-folded first words: most source words stop here
        for i, term in enumerate(self.terms):
            for eng in term.english:
                sensitive = _is_sensitive(term, eng)
                for form in english_forms(eng):
                    key = english_key(form, sensitive)
                    self._english[sensitive].setdefault(key, i)
                    words = _EN_WORD.findall(form)
                    self._en_len = max(self._en_len, len(words))
                    self._en_first.add(words[0].casefold())
        self._hindi: dict[str, list[tuple[tuple[str, ...], int, bool, int]]] = {}
        for i, term in enumerate(self.terms):
            for forbidden, forms in ((False, term.hindi), (True, term.forbidden)):
                for alt, form in enumerate(forms):
                    for seq in form_sequences(form):
                        self._hindi.setdefault(seq[0], []).append((seq[1:], i, forbidden, alt))

    @property
    def fingerprint(self) -> str:
        return self.glossary.fingerprint

    # English ----------------------------------------------------------------------------
    def source_hits(self, src: str) -> list[SourceHit]:
        """Glossary terms in an English source, leftmost-longest, not overlapping."""
        words = [(m.start(), m.end()) for m in _EN_WORD.finditer(src)]
        out: list[SourceHit] = []
        first = self._en_first
        i = 0
        while i < len(words):
            if src[words[i][0] : words[i][1]].casefold() not in first:
                i += 1
                continue
            keys = []
            key = src[words[i][0] : words[i][1]]
            keys.append((i, key))
            for j in range(i + 1, min(i + self._en_len, len(words))):
                gap = _gap(src[words[j - 1][1] : words[j][0]])
                if gap is None:
                    break
                key += gap + src[words[j][0] : words[j][1]]
                keys.append((j, key))
            for j, key in reversed(keys):
                term = self._english[True].get(key)
                if term is None:
                    term = self._english[False].get(key.casefold())
                if term is not None:
                    start, end = words[i][0], words[j][1]
                    common = not any(c.isupper() for e in self.terms[term].english for c in e)
                    in_name = common and _inside_name(src, words, i, j)
                    out.append(SourceHit(term, start, end, src[start:end], in_name))
                    i = j
                    break
            i += 1
        return out

    # Hindi ------------------------------------------------------------------------------
    def target_hits(self, mt: str) -> list[TargetHit]:
        """Every allowed and forbidden form present in ``mt`` (offsets index ``mt`` as written)."""
        view = nfc_view(mt)
        text = view.text
        toks = [(m.start(), m.end(), fold(m.group())) for m in _HINDI_WORD.finditer(text)]
        hits = []
        index = self._hindi
        for i, (start, _, word) in enumerate(toks):
            for rest, term, forbidden, alt in index.get(word, ()):
                j = i + len(rest)
                if j >= len(toks):
                    continue
                if rest and not all(
                    toks[i + k + 1][2] == w and _GAP_OK.fullmatch(text[toks[i + k][1] : toks[i + k + 1][0]])
                    for k, w in enumerate(rest)
                ):
                    continue
                s, e = view.span(start, toks[j][1])
                hits.append(TargetHit(term, forbidden, alt, s, e))
        return hits

    def form(self, hit: TargetHit) -> str:
        term = self.terms[hit.term]
        return (term.forbidden if hit.forbidden else term.hindi)[hit.alt]

    # locating a missing term ------------------------------------------------------------
    def locate(self, mt: str, term_index: int, src_text: str) -> tuple[int, int] | None:
        """Where the MT put its own rendering of a term whose glossary form is missing.

        In order: the English copied as is; consecutive words that transliterate the English
        words or share words with an allowed form (the phrase is then taken at the length of
        that form, inside one clause). None when nothing points anywhere.
        """
        copy = re.search(
            r"(?<![A-Za-z0-9])" + r"[\s\-]+".join(map(re.escape, src_text.split())) + r"(?![A-Za-z0-9])",
            mt,
            re.IGNORECASE,
        )
        if copy:
            return copy.start(), copy.end()
        view = nfc_view(mt)
        toks = [(m.start(), m.end(), m.group()) for m in _HINDI_WORD.finditer(view.text)]
        if not toks:
            return None
        clause = [0]
        for a, b in zip(toks, toks[1:]):
            clause.append(clause[-1] + bool(_CLAUSE_BREAK.search(view.text[a[1] : b[0]])))
        phrases: list[list[tuple[str, ...]]] = [[(w.lower(),) for w in _EN_WORD.findall(src_text)]]
        phrases += [anchor_words(f) for f in self.terms[term_index].hindi]
        best: tuple[int, int, int, int] | None = None  # (-matched, order, first, last)
        for order, phrase in enumerate(phrases):
            english = order == 0
            votes: dict[int, list[int]] = {}
            for i, (_, _, word) in enumerate(toks):
                for p, forms in enumerate(phrase):
                    if _word_matches(word, forms, english):
                        votes.setdefault(i - p, []).append(i)
            for offset, matched in votes.items():
                cl = clause[matched[0]]
                span = [
                    i for i in range(max(offset, 0), min(offset + len(phrase), len(toks))) if clause[i] == cl
                ]
                cand = (-sum(clause[i] == cl for i in matched), order, span[0], span[-1])
                if best is None or cand < best:
                    best = cand
        if best is None:
            return None
        return view.span(toks[best[2]][0], toks[best[3]][1])


def _word_matches(word: str, forms: tuple[str, ...], english: bool) -> bool:
    if english:
        if not _DEVA.match(word):
            return False
        return _transliterates(word, forms[0])
    w = fold(word)
    return w not in _STOP and w in forms


@lru_cache(maxsize=100_000)
def _transliterates(hindi: str, english: str) -> bool:
    """Whether a Devanagari word spells an English word (consonant skeletons equal or close)."""
    hk = dev_key(hindi)
    for ek in en_keys(english):
        if len(ek) < 2 or len(hk) < 2:
            continue
        if hk == ek or (len(ek) >= 3 and hk.startswith(ek) and len(hk) - len(ek) <= 1):
            return True
        short, long_ = sorted((len(ek), len(hk)))
        if short >= 4 and 2 * short / (short + long_) >= 0.8 and SequenceMatcher(None, ek, hk).ratio() >= 0.8:
            return True
    return False


def compile_glossary(glossary: Glossary) -> CompiledGlossary:
    return CompiledGlossary(glossary)
