"""Hindi inflection: the forms of verbs, nouns and adjectives, and the ``{…}`` macros of lexicon
patterns that expand to them.

Shared by the calque lexicon (HI2xx, :mod:`audit.rules.literal`), the glossary matcher
(:mod:`audit.glossary.match`) and the sense inventory (HI513): a pattern such as
``{हाथ} {धो} बैठ{ना}`` matches every inflected form. Moved here from ``rules/literal.py``
unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from audit.core.precompiled import memo_step
from audit.core.text import DEVANAGARI_ALNUM, JOINERS, NUKTA

NUKTA_BASES = set("कखगजडढफयर")
NASALS = "\u0902\u0901"  # anusvara, chandrabindu
_WORDCHAR = rf"\w{DEVANAGARI_ALNUM}{JOINERS}"
_LEFT = rf"(?<![{_WORDCHAR}])"
_RIGHT = rf"(?![{_WORDCHAR}])"
_MACRO_RE = re.compile(r"\{([^{}0-9,][^{}]*)\}")


_IRREGULAR: dict[str, tuple[str, ...]] = {
    "दे": (
        "दे",
        "दी",
        "दीं",
        "दिया",
        "दिए",
        "दिये",
        "देना",
        "देने",
        "देनी",
        "देता",
        "देती",
        "देते",
        "देगा",
        "देगी",
        "देंगे",
        "देंगी",
        "दें",
        "दो",
        "देकर",
        "दूंगा",
        "दूंगी",
        "दीजिए",
    ),
    "ले": (
        "ले",
        "ली",
        "लीं",
        "लिया",
        "लिए",
        "लिये",
        "लेना",
        "लेने",
        "लेनी",
        "लेता",
        "लेती",
        "लेते",
        "लेगा",
        "लेगी",
        "लेंगे",
        "लेंगी",
        "लें",
        "लो",
        "लेकर",
        "लूंगा",
        "लूंगी",
        "लीजिए",
    ),
    "कर": (
        "कर",
        "की",
        "कीं",
        "किया",
        "किए",
        "किये",
        "करना",
        "करने",
        "करनी",
        "करता",
        "करती",
        "करते",
        "करेगा",
        "करेगी",
        "करेंगे",
        "करेंगी",
        "करें",
        "करो",
        "करके",
        "करूंगा",
        "कीजिए",
    ),
    "हो": (
        "हो",
        "हुआ",
        "हुए",
        "हुई",
        "हुईं",
        "होना",
        "होने",
        "होनी",
        "होता",
        "होती",
        "होते",
        "होगा",
        "होगी",
        "होंगे",
        "होंगी",
        "हों",
        "होकर",
    ),
    "जा": (
        "जा",
        "गया",
        "गए",
        "गये",
        "गई",
        "गयी",
        "गईं",
        "जाना",
        "जाने",
        "जानी",
        "जाता",
        "जाती",
        "जाते",
        "जाएगा",
        "जाएगी",
        "जाएंगे",
        "जाएंगी",
        "जायेगा",
        "जायेगी",
        "जायेंगे",
        "जाएं",
        "जायें",
        "जाकर",
    ),
    "आ": (
        "आ",
        "आया",
        "आए",
        "आये",
        "आई",
        "आयी",
        "आईं",
        "आना",
        "आने",
        "आनी",
        "आता",
        "आती",
        "आते",
        "आएगा",
        "आएगी",
        "आएंगे",
        "आयेगा",
        "आयेगी",
        "आयेंगे",
        "आएं",
        "आयें",
        "आकर",
    ),
}
_VOWEL_SIGNS = set("\u093e\u093f\u0940\u0941\u0942\u0947\u0948\u094b\u094c")


def verb_forms(stem: str) -> tuple[str, ...]:
    """Common finite and non-finite forms of a Hindi verb given its stem (रख, लगा, दे)."""
    stem = unicodedata.normalize("NFC", stem)
    if stem in _IRREGULAR:
        return _IRREGULAR[stem]
    if stem[-1] in _VOWEL_SIGNS or stem[-1] in "आईऊएओ":  # लगा, बना, दिखा, सो, पी
        ends: tuple[str, ...] = (
            "",
            "या",
            "ए",
            "ये",
            "ई",
            "यी",
            "ईं",
            "ना",
            "ने",
            "नी",
            "ता",
            "ती",
            "ते",
            "एगा",
            "एगी",
            "एंगे",
            "एंगी",
            "येगा",
            "येगी",
            "येंगे",
            "एं",
            "यें",
            "ओ",
            "कर",
        )
    else:  # रख, तोड़, पकड़, मार
        ends = (
            "",
            "ा",
            "े",
            "ी",
            "ीं",
            "ना",
            "ने",
            "नी",
            "ता",
            "ती",
            "ते",
            "ेगा",
            "ेगी",
            "ेंगे",
            "ेंगी",
            "ें",
            "ो",
            "कर",
            "के",
        )
    return tuple(stem + e for e in ends)


#: the first vowel of an intransitive verb's stem and what its transitive twin lengthens it to
#: (the inherent a → ा, ि → ी/े, ु → ू/ो)
_LENGTHENED = {"": ("\u093e",), "\u093f": ("\u0940", "\u0947"), "\u0941": ("\u0942", "\u094b")}


def transitive_twins(stem: str) -> tuple[str, ...]:
    """The stems of the transitive verbs whose intransitive (passive-like) twin has ``stem``: Hindi
    lengthens the first vowel (बंध → बांध: बंधी थी is *was tied*, of बांधना; कट → काट; खुल → खोल;
    पिट → पीट). Candidates only: the caller checks them against the translation it expects."""
    stem = unicodedata.normalize("NFC", stem)
    if len(stem) < 2 or not "\u0915" <= stem[0] <= "\u0939":
        return ()
    sign = stem[1] if stem[1] in _VOWEL_SIGNS else ""
    if sign not in _LENGTHENED:
        return ()
    rest = stem[1 + len(sign) :]
    return tuple(stem[0] + long + rest for long in _LENGTHENED[sign])


def adjective_forms(word: str) -> tuple[str, ...]:
    """ठंडा → ठंडा|ठंडे|ठंडी; invariable adjectives (गर्म) stay as they are."""
    word = unicodedata.normalize("NFC", word)
    if word.endswith("ा"):
        return (word, word[:-1] + "े", word[:-1] + "ी")
    return (word,)


def noun_forms(word: str) -> tuple[str, ...]:
    """Direct and oblique, singular and plural forms of a noun (a generous superset)."""
    word = unicodedata.normalize("NFC", word)
    if word.endswith("ा"):
        base = word[:-1]
        forms: tuple[str, ...] = (word, base + "े", base + "ों", word + "एं", word + "ओं")
        if word.endswith("या"):  # किराया → किराए
            forms += (word[:-2] + "ए",)
        return forms
    if word.endswith(("ी", "ि")):
        base = word[:-1]
        return (word, base + "ियां", base + "ियाँ", base + "ियों")
    if word.endswith(("ू", "ु")):
        base = word[:-1]
        return (word, base + "ुएं", base + "ुओं", base + "ूओं")
    return (word, word + "ों", word + "ें", word + "एं")


def _alternation(forms: Iterable[str]) -> str:
    uniq = sorted(set(forms), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(f).replace("\\ ", " ") for f in uniq) + ")"


def _expand_macro(body: str) -> str:
    kind, _, arg = body.partition(":") if ":" in body else ("V", "", body)
    kind = kind.strip().upper()
    if kind == "GAP":
        n = int(arg)
        return rf"(?:[^\s।॥.,;:!?\"“”'‘’()]+\s+){{0,{n}}}"
    words_ = [w.strip() for w in arg.split("|") if w.strip()]
    if not words_:
        raise ValueError(f"empty macro {{{body}}}")
    make = {"V": verb_forms, "A": adjective_forms, "N": noun_forms}.get(kind)
    if make is None:
        raise ValueError(f"unknown macro kind {kind!r} in {{{body}}}")
    return _alternation(f for w in words_ for f in make(w))


def _literal_variants(pattern: str) -> str:
    """Spaces → \\s+, ं/ँ interchangeable, optional nukta — outside classes and escapes only."""
    out: list[str] = []
    in_class = False
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if not in_class and pattern.startswith(("(?<!", "(?<="), i):
            close = pattern.find(")", i)  # lookbehinds need a fixed width: copied verbatim
            if close < 0:
                raise ValueError("unclosed lookbehind")
            out.append(pattern[i : close + 1])
            i = close + 1
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == " ":
            while i + 1 < n and pattern[i + 1] == " ":
                i += 1
            out.append(r"\s+")
        elif c in NASALS:
            out.append(f"[{NASALS}]")
        elif c == NUKTA:
            pass  # re-added as optional after its base below
        elif c in NUKTA_BASES:
            nxt = pattern[i + 1] if i + 1 < n else ""
            j = i + 2 if nxt == NUKTA else i + 1
            quant = pattern[j] if j < n else ""
            atom = f"{c}{NUKTA}?"
            out.append(f"(?:{atom})" if quant and quant in "?*+{" else atom)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def expand(pattern: str) -> str:
    """Expand the lexicon's pattern language into a plain Python regex (without boundaries)."""
    pattern = unicodedata.normalize("NFC", pattern)
    # decompose precomposed nukta letters (NFC keeps ड़ as ड + ़) so the nukta pass sees them
    pattern = "".join(
        unicodedata.normalize("NFD", ch) if "\u0958" <= ch <= "\u095f" else ch for ch in pattern
    )
    parts: list[str] = []
    pos = 0
    for m in _MACRO_RE.finditer(pattern):
        parts.append(_literal_variants(pattern[pos : m.start()]))
        parts.append(_literal_variants(_expand_macro(m.group(1))))
        pos = m.end()
    parts.append(_literal_variants(pattern[pos:]))
    # "any word" is at most 40 characters: an unbounded \S+ retried at every position of a
    # long run of marks or punctuation made matching quadratic
    return "".join(parts).replace(r"\S+", r"\S{1,40}")


def compile_pattern(pattern: str, compile: Callable[[str], re.Pattern[str]] = re.compile) -> re.Pattern[str]:
    """Compile an entry pattern: expanded, and anchored so it neither starts nor ends mid-word.
    ``compile``: ``re.compile`` or a lexicon loader's :func:`audit.core.precompiled.precompiled`."""
    return compile(f"{_LEFT}(?:{memo_step(compile, expand, pattern)}){_RIGHT}")


def compile_context(pattern: str, compile: Callable[[str], re.Pattern[str]] = re.compile) -> re.Pattern[str]:
    """Compile an ``unless``/``requires`` context regex (same language, no word anchoring)."""
    return compile(memo_step(compile, expand, pattern))
