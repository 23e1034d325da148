"""A glossary compiled for matching: English terms in ``src``, Hindi forms in ``mt``.

Both sides are prefiltered so the cost does not grow with the glossary:

* **English**: every term and its simple inflections (plural, -ed, -ing on the last word) go
  into one character trie turned into one regex per case mode (case-insensitive terms and
  case-sensitive ones such as acronyms): one ``finditer`` per source segment finds all terms,
  longest first, on word boundaries.
* **Hindi**: each allowed or forbidden form is indexed by the first letters of its first word
  (folded: nukta dropped, ँ = ं); a segment's words look up their 1–3 letter prefixes and only
  the forms found there run their exact pattern.

The exact Hindi pattern of a form is the calque lexicon's pattern language
(:func:`audit.checks.literal.compile_pattern`): a plain form's last word gets the noun macro
(मंत्री → मंत्रियों), ``{N:…}``/``{A:…}``/``{कर}`` may be written explicitly, nukta and
chandrabindu variants match, and a space or hyphen between words matches a space, a hyphen
or nothing (जन स्वास्थ्य = जनस्वास्थ्य).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from audit.checks.literal import adjective_forms, compile_pattern, noun_forms, verb_forms
from audit.glossary.read import Glossary, Term, display
from audit.resources import dev_key, en_keys
from audit.textutil import TextView, nfc_view

_TOKEN = re.compile(r"\{[^{}]*\}|[^\s\-{}]+")
_SEP = r"[-\s]*"  # between the words of a Hindi form: space(s), hyphen or nothing
_DEVA = re.compile(r"[\u0900-\u097F]")
_HINDI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F\u200c\u200d]+|[A-Za-z0-9]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.&]*")
_MATRAS = set("\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0947\u0948\u094b\u094c\u0902")
_STOP = frozenset("के की का को में से पर और एवं तथा व या ने है हैं था थे थी".split())
_CLAUSE_BREAK = re.compile(r"[^\s\-]")


# ---- English side ------------------------------------------------------------------------------


def _is_sensitive(term: Term, english: str) -> bool:
    if term.case != "auto":
        return term.case == "sensitive"
    return any(sum(c.isalpha() for c in tok) >= 2 and tok.isupper() for tok in english.split())


def english_key(text: str, sensitive: bool) -> str:
    """Spaces and hyphens between words are one separator; case folded unless sensitive."""
    key = " ".join(re.sub(r"[\s\-]+", " ", text.replace("’", "'")).split())
    return key if sensitive else key.casefold()


def english_forms(term: str) -> set[str]:
    """The term plus plural, -ed and -ing of its last word (acronyms: plural only)."""
    words = english_key(term, True).split(" ")
    head, last = words[:-1], words[-1]
    if len(last) > 1 and last.isupper():
        ends = {last, last + "s"}
    elif not last.isalpha() or last.lower().endswith(("ed", "ing")) or len(last) < 3:
        ends = {last}
    else:
        ends = _inflect(last)
    return {" ".join([*head, e]) for e in ends}


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


def trie_regex(keys: Iterable[str]) -> str:
    """One regex matching any of ``keys`` (longest first), shared prefixes factored out."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [
            (r"[\s\-]+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@dataclass(frozen=True)
class SourceHit:
    term: int  # index into Glossary.terms
    start: int
    end: int
    text: str


# ---- Hindi side --------------------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """NFC, nukta dropped, chandrabindu as anusvara, ZWJ/ZWNJ dropped: the prefilter's alphabet."""
    w = unicodedata.normalize("NFC", word)
    w = "".join(unicodedata.normalize("NFD", c) if "\u0958" <= c <= "\u095f" else c for c in w)
    return w.replace("\u093c", "").replace("\u0901", "\u0902").replace("\u200c", "").replace("\u200d", "")


def _prefix_key(word: str) -> str:
    w = fold(word)
    if len(w) >= 2 and w[-1] in _MATRAS:
        w = w[:-1]
    if len(w) >= 2 and w[-1] in _MATRAS:
        w = w[:-1]
    return w[:3]


def _macro_forms(token: str) -> tuple[str, ...]:
    body = token[1:-1]
    kind, _, arg = body.partition(":") if ":" in body else ("V", "", body)
    make = {"V": verb_forms, "A": adjective_forms, "N": noun_forms}[kind.strip().upper()]
    return tuple(f for w in arg.split("|") if w.strip() for f in make(w.strip()))


def form_tokens(form: str) -> list[str]:
    """Words of a Hindi form; a plain form's last Devanagari word becomes a noun macro."""
    tokens = _TOKEN.findall(form)
    if tokens and not any(t.startswith("{") for t in tokens) and _DEVA.search(tokens[-1]):
        tokens[-1] = "{N:" + tokens[-1] + "}"
    return tokens


def form_pattern(form: str) -> str:
    """The lexicon pattern (before :func:`expand`) of a glossary form."""
    return _SEP.join(t if t.startswith("{") else re.escape(t) for t in form_tokens(form))


def form_words(form: str) -> list[tuple[str, ...]]:
    """Per word of a form, the surface forms it may take (folded)."""
    return [
        tuple(fold(f) for f in _macro_forms(t)) if t.startswith("{") else (fold(t),)
        for t in form_tokens(form)
    ]


def rendering_key(form: str) -> str:
    """Spelling-neutral identity of a form: जन स्वास्थ्य, जन-स्वास्थ्य and जनस्वास्थ्य are one rendering."""
    return fold(display(form)).replace(" ", "").replace("-", "")


@dataclass(frozen=True)
class TargetHit:
    term: int
    forbidden: bool
    alt: int  # index into Term.hindi (allowed) or Term.forbidden
    start: int  # offsets into the text as written
    end: int


# ---- the compiled glossary ---------------------------------------------------------------------


class CompiledGlossary:
    """Prefilters and lazily compiled patterns for one :class:`Glossary`."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.terms = glossary.terms
        lookups: dict[bool, dict[str, int]] = {False: {}, True: {}}
        for i, term in enumerate(self.terms):
            for eng in term.english:
                sensitive = _is_sensitive(term, eng)
                for form in english_forms(eng):
                    lookups[sensitive].setdefault(english_key(form, sensitive), i)
        self._lookups = lookups
        edge_l, edge_r = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
        self._english = [
            (sensitive, re.compile(edge_l + trie_regex(keys) + edge_r, 0 if sensitive else re.IGNORECASE))
            for sensitive, keys in lookups.items()
            if keys
        ]
        self._index: dict[str, list[tuple[int, bool, int]]] = {}
        for i, term in enumerate(self.terms):
            for forbidden, forms in ((False, term.hindi), (True, term.forbidden)):
                for alt, form in enumerate(forms):
                    for key in {_prefix_key(w) for w in form_words(form)[0]}:
                        self._index.setdefault(key, []).append((i, forbidden, alt))
        self._patterns: dict[tuple[int, bool, int], re.Pattern[str]] = {}

    @property
    def fingerprint(self) -> str:
        return self.glossary.fingerprint

    # English ----------------------------------------------------------------------------
    def source_hits(self, src: str) -> list[SourceHit]:
        """Glossary terms in an English source: longest match wins where two overlap."""
        found = []
        for sensitive, regex in self._english:
            for m in regex.finditer(src):
                term = self._lookups[sensitive].get(english_key(m.group(), sensitive))
                if term is not None:
                    found.append(SourceHit(term, m.start(), m.end(), m.group()))
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[SourceHit] = []
        for h in found:
            if not out or h.start >= out[-1].end:
                out.append(h)
        return out

    # Hindi ------------------------------------------------------------------------------
    def _pattern(self, key: tuple[int, bool, int]) -> re.Pattern[str]:
        pat = self._patterns.get(key)
        if pat is None:
            term = self.terms[key[0]]
            form = (term.forbidden if key[1] else term.hindi)[key[2]]
            pat = self._patterns[key] = compile_pattern(form_pattern(form))
        return pat

    def candidates(self, view: TextView) -> set[tuple[int, bool, int]]:
        cands: set[tuple[int, bool, int]] = set()
        index = self._index
        for word in set(_HINDI_WORD.findall(view.text)):
            w = fold(word)
            for k in (1, 2, 3):
                hit = index.get(w[:k])
                if hit:
                    cands.update(hit)
        return cands

    def target_hits(self, mt: str) -> list[TargetHit]:
        """Every allowed and forbidden form present in ``mt`` (offsets index ``mt`` as written)."""
        view = nfc_view(mt)
        hits = []
        for key in sorted(self.candidates(view)):
            for m in self._pattern(key).finditer(view.text):
                if m.end() > m.start():
                    start, end = view.span(m.start(), m.end())
                    hits.append(TargetHit(key[0], key[1], key[2], start, end))
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
        phrases: list[list[tuple[str, ...]]] = [[(w,) for w in english_key(src_text, False).split(" ")]]
        phrases += [form_words(f) for f in self.terms[term_index].hindi]
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


def _transliterates(hindi: str, english: str) -> bool:
    hk = dev_key(hindi)
    for ek in en_keys(english):
        if len(ek) < 2 or len(hk) < 2:
            continue
        if hk == ek or (len(ek) >= 3 and hk.startswith(ek) and len(hk) - len(ek) <= 1):
            return True
        if min(len(ek), len(hk)) >= 4 and SequenceMatcher(None, ek, hk).ratio() >= 0.8:
            return True
    return False


def compile_glossary(glossary: Glossary) -> CompiledGlossary:
    return CompiledGlossary(glossary)
