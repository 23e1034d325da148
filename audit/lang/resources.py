"""Cached lexical resources shared by checks: word frequencies, romanisation, English look-up.

Everything is loaded lazily on first use and memoised, so importing this module is free and
a second call costs a dictionary look-up. Sources:

* ``wordfreq`` — Zipf frequencies for Hindi and English (``zipf_hi``, ``zipf_en``) and its
  frequency-ordered word lists (``hindi_vocabulary``, ``english_vocabulary``).
* a phonetic key shared by Devanagari and English spellings (``dev_key``, ``en_keys``): both
  scripts are reduced to a consonant skeleton in one alphabet, so ``एरेनास`` and ``arenas``
  both become ``rns``. Devanagari romanisation loses vowel quality (ए ↔ a/e, ऐ ↔ ai/a), so
  matching is done on consonants and the vowels only rank the candidates.
* ``indic-transliteration`` — the ITRANS romanisation shown to editors (``romanise``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from audit.core.data import data_text
from audit.core.text import NUKTA
from audit.lang.distance import char_positions, matching_ratio
from audit.lang.frequency import zipf_en, zipf_hi

__all__ = [
    "zipf_hi",
    "zipf_en",
    "is_known_hindi",
    "hindi_vocabulary",
    "english_vocabulary",
    "romanise",
    "dev_key",
    "en_keys",
    "english_lookalikes",
    "rank_lookalikes",
    "skeleton_index",
    "split_glued",
    "syllable_splits",
]


@lru_cache(maxsize=1)
def hindi_vocabulary() -> frozenset[str]:
    """Every Hindi word wordfreq knows (about 26k, NFC)."""
    from wordfreq import top_n_list

    return frozenset(unicodedata.normalize("NFC", w) for w in top_n_list("hi", 1_000_000))


@lru_cache(maxsize=1)
def english_vocabulary() -> tuple[str, ...]:
    """Ordinary English words (``data/script_english_words.tsv``), most frequent first.

    The list holds lower-case dictionary words only, so transliterated names (Lavrov,
    Pyongyang) do not look like transliterated English words.
    """

    text = data_text("script_english_words.tsv")
    out = []
    for line in text.splitlines():
        w = line.strip()
        if w and not w.startswith("#"):
            out.append(w)
    return tuple(out)


def is_known_hindi(word: str, min_zipf: float = 0.0) -> bool:
    """True when wordfreq lists ``word`` as Hindi with Zipf above ``min_zipf``."""
    return zipf_hi(word) > min_zipf


# --------------------------------------------------------------------------- romanisation


@lru_cache(maxsize=50_000)
def romanise(word: str) -> tuple[str, ...]:
    """Candidate Latin spellings of a Devanagari word, best guess first.

    The first is a plain phonetic spelling (schwa deletion at word end, ए→e, ऐ→ai…), then
    variants with the vowel qualities that Devanagari transliterations of English blur
    (ए ↔ a, ऐ ↔ a/e, ऑ ↔ o/a), then the ITRANS romanisation from indic-transliteration.
    """
    word = unicodedata.normalize("NFC", word)
    base = _phonetic(word)
    cands = [base, _phonetic(word, schwa_deletion=True)]
    for a, bs in (("e", ("a",)), ("ai", ("a", "e")), ("o", ("a",)), ("ee", ("i", "e")), ("oo", ("u",))):
        if a in base:
            for b in bs:
                cands.append(base.replace(a, b))
    try:
        from indic_transliteration import sanscript

        cands.append(sanscript.transliterate(word, sanscript.DEVANAGARI, sanscript.ITRANS).lower())
    except Exception:  # pragma: no cover - library is a hard dependency, but romanise must not fail
        pass
    seen: dict[str, None] = {}
    for c in cands:
        if c:
            seen.setdefault(c, None)
    return tuple(seen)


_CONS = {
    "क": "k",
    "ख": "kh",
    "ग": "g",
    "घ": "gh",
    "ङ": "n",
    "च": "ch",
    "छ": "chh",
    "ज": "j",
    "झ": "jh",
    "ञ": "n",
    "ट": "t",
    "ठ": "th",
    "ड": "d",
    "ढ": "dh",
    "ण": "n",
    "त": "t",
    "थ": "th",
    "द": "d",
    "ध": "dh",
    "न": "n",
    "प": "p",
    "फ": "f",
    "ब": "b",
    "भ": "bh",
    "म": "m",
    "य": "y",
    "र": "r",
    "ल": "l",
    "व": "v",
    "श": "sh",
    "ष": "sh",
    "स": "s",
    "ह": "h",
    "ळ": "l",
    "क़": "q",
    "ख़": "kh",
    "ग़": "g",
    "ज़": "z",
    "ड़": "r",
    "ढ़": "rh",
    "फ़": "f",
    "य़": "y",
}
_INDEP = {
    "अ": "a",
    "आ": "a",
    "इ": "i",
    "ई": "ee",
    "उ": "u",
    "ऊ": "oo",
    "ऋ": "ri",
    "ए": "e",
    "ऐ": "ai",
    "ओ": "o",
    "औ": "au",
    "ऑ": "o",
    "ऍ": "e",
}
_MATRA = {
    "ा": "a",
    "ि": "i",
    "ी": "ee",
    "ु": "u",
    "ू": "oo",
    "ृ": "ri",
    "े": "e",
    "ै": "ai",
    "ो": "o",
    "ौ": "au",
    "ॉ": "o",
    "ॅ": "e",
}
HALANT = "्"
_NASAL = {"ं", "ँ"}


def _units(word: str) -> list[tuple[str, str]]:
    """Split NFC Devanagari into (kind, char) units: C consonant (with nukta), V, M, H, N."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if i + 1 < len(word) and word[i + 1] == NUKTA and ch + NUKTA in _CONS:
            out.append(("C", ch + NUKTA))
            i += 2
            continue
        # precomposed nukta letters (U+0958–095F) are decomposed by NFC, but be lenient
        nfd = unicodedata.normalize("NFD", ch)
        if nfd in _CONS and len(nfd) == 2:
            out.append(("C", nfd))
        elif ch in _CONS:
            out.append(("C", ch))
        elif ch in _INDEP:
            out.append(("V", ch))
        elif ch in _MATRA:
            out.append(("M", ch))
        elif ch == HALANT:
            out.append(("H", ch))
        elif ch in _NASAL:
            out.append(("N", ch))
        i += 1
    return out


def _phonetic(word: str, schwa_deletion: bool = False) -> str:
    units = _units(word)
    out: list[str] = []
    for i, (kind, ch) in enumerate(units):
        nxt = units[i + 1][0] if i + 1 < len(units) else None
        if kind == "C":
            out.append(_CONS[ch])
            if nxt not in ("M", "H") and i + 1 < len(units):
                # inherent vowel, dropped at word end; with schwa_deletion also before a
                # consonant that carries a vowel sign (सर्विसमैन → sarvismain)
                after = units[i + 2][0] if i + 2 < len(units) else None
                if not (schwa_deletion and i > 0 and nxt == "C" and after == "M"):
                    out.append("a")
        elif kind == "V":
            out.append(_INDEP[ch])
        elif kind == "M":
            out.append(_MATRA[ch])
        elif kind == "N":
            nxt_c = units[i + 1][1] if nxt == "C" else ""
            out.append("m" if nxt_c in ("प", "फ", "ब", "भ", "म") else "n")
    return "".join(out)


# --------------------------------------------------------------------------- phonetic keys

_DEV_KEY_CONS = {
    "k": "k",
    "kh": "k",
    "q": "k",
    "g": "g",
    "gh": "g",
    "ch": "C",
    "chh": "C",
    "j": "j",
    "jh": "j",
    "z": "j",
    "t": "t",
    "th": "t",
    "d": "d",
    "dh": "d",
    "r": "r",
    "rh": "r",
    "n": "n",
    "p": "p",
    "f": "f",
    "b": "b",
    "bh": "b",
    "m": "m",
    "y": "y",
    "l": "l",
    "v": "v",
    "sh": "S",
    "s": "s",
    "h": "h",
}


@lru_cache(maxsize=50_000)
def dev_key(word: str) -> str:
    """Consonant skeleton of a Devanagari word in the alphabet shared with ``en_keys``.

    Aspiration is dropped (ख→k, थ→t), nasal signs become n/m, non-initial य is dropped
    (प्यू in कंप्यूटर is English "pu"), doubled consonants collapse.
    """
    units = _units(unicodedata.normalize("NFC", word))
    out: list[str] = []
    for i, (kind, ch) in enumerate(units):
        if kind == "C":
            k = _DEV_KEY_CONS[_CONS[ch]]
            if k == "y" and i > 0:
                continue
            if k == "h" and i > 0 and units[i - 1][0] in ("C", "H"):
                continue
            out.append(k)
        elif kind == "N":
            nxt = units[i + 1][1] if i + 1 < len(units) and units[i + 1][0] == "C" else ""
            out.append("m" if nxt in ("प", "फ", "ब", "भ", "म") else "n")
    return _collapse("".join(out))


_EN_RULES: tuple[tuple[str, str], ...] = (
    # (pattern, replacement) in priority order; applied in one left-to-right pass
    (r"tion", "Sn"),
    (r"sion", "Sn"),
    (r"ture", "Cr"),
    (r"ough", "o"),
    (r"augh", "a"),
    (r"igh", "i"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"qu", "kv"),
    (r"q", "k"),
    (r"x", "ks"),
    (r"sch", "sk"),
    (r"tch", "C"),
    (r"ch", "C"),
    (r"sh", "S"),
    (r"th", "t"),
    (r"wh", "v"),
    (r"^kn", "n"),
    (r"^wr", "r"),
    (r"mb$", "m"),
    (r"dge", "j"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"w", "v"),
    (r"z", "j"),
    (r"gh", "g"),
)
_EN_RE = re.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_EN_RULES)))
_EN_REP = {f"r{i}": r for i, (_, r) in enumerate(_EN_RULES)}


def _en_sub(m: re.Match[str]) -> str:
    return _EN_REP[m.lastgroup or ""]


_G_SOFT = re.compile(r"g(?=[eiy])")
_SILENT_H = re.compile(r"(?<=[^aeiouy])h|h$")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLE = re.compile(r"(.)\1+")


def _collapse(s: str) -> str:
    return _DOUBLE.sub(r"\1", s)


@lru_cache(maxsize=200_000)
def en_keys(word: str) -> tuple[str, ...]:
    """Consonant skeletons an English word may have when written in Devanagari.

    ``g`` before e/i/y may be ग or ज (get / general), so both skeletons are returned.
    """
    w = _EN_RE.sub(_en_sub, word.lower())
    variants = [w]
    if _G_SOFT.search(w):
        variants.append(_G_SOFT.sub("j", w))
    keys = []
    for v in variants:
        v = "Y" + v[1:] if v.startswith("y") else v
        v = _SILENT_H.sub("", v)  # h after a consonant or word-final is silent
        v = _VOWELS.sub("", v).replace("Y", "y")
        keys.append(_collapse(v))
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=1)
def _english_index() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton → the English words that have it, built once per machine (about 0.3 s
    of keying 33,000 words) and kept as a derived table (:mod:`audit.core.derived`)."""
    from audit.core.derived import derived, fingerprint

    raw = derived("english-index", fingerprint(), _build_english_index)
    return {k: tuple(v) for k, v in raw.items()}


def _build_english_index() -> dict[str, list[str]]:
    return skeleton_index(english_vocabulary())


def skeleton_index(words: Iterable[str]) -> dict[str, list[str]]:
    """Consonant skeleton (``en_keys``) → the Latin-script words of ``words`` that have it."""
    index: dict[str, list[str]] = defaultdict(list)
    for w in words:
        for k in en_keys(w):
            index[k].append(w)
    return dict(index)


def english_lookalikes(word: str, min_key_len: int = 3) -> tuple[tuple[str, float, float], ...]:
    """English words a Devanagari word could be a transliteration of.

    Returns ``(english, zipf_en, similarity)`` triples, best first. Candidates share the
    consonant skeleton exactly (so the match is strict) and are ranked by how close one of
    the romanisations is to the English spelling (difflib ratio, 0–1) and then by frequency.
    Words whose skeleton is shorter than ``min_key_len`` consonants get none.
    """
    if len(dev_key(word)) < min_key_len:
        return ()
    return _lookalikes(word)


@lru_cache(maxsize=50_000)
def _lookalikes(word: str) -> tuple[tuple[str, float, float], ...]:
    """:func:`english_lookalikes` without the key-length floor, memoised per word (callers ask
    with different floors for the same word)."""
    return rank_lookalikes(word, _english_index().get(dev_key(word), ()))


def rank_lookalikes(word: str, cands: Iterable[str]) -> tuple[tuple[str, float, float], ...]:
    """``(latin, zipf_en, similarity)`` for the Latin spellings ``cands`` (which share the
    consonant skeleton of the Devanagari ``word``) whose initial and final vowels agree with it,
    best first (see :func:`english_lookalikes`)."""
    cands = tuple(cands)
    if not cands:
        return ()
    roms = romanise(word)
    units = _units(unicodedata.normalize("NFC", word))
    dev_vowel_start = bool(units[:1] == [("V", word[:1])])
    while units and units[-1][0] == "N":
        units.pop()
    dev_vowel_end = bool(units) and units[-1][0] in ("M", "V")
    scored = []
    for en in cands:
        # a word-initial vowel must agree: एरेनास/arenas yes, डोरबेल/adorable no
        en_vowel_start = en[0] in "aeiou" and not en.startswith(("eu", "uni", "use", "usu"))
        if en_vowel_start != dev_vowel_start:
            continue
        # so must a word-final vowel: मिल्की/milky yes, मिल्की/milk no; final e is silent
        en_vowel_end = en[-1] in "aiouy" or en.endswith(("ee", "ie", "oe"))
        if en_vowel_end != dev_vowel_end:
            continue
        scored.append((en, zipf_en(en), round(_best_ratio(roms, en), 3)))
    scored.sort(key=lambda t: (-t[2], -t[1]))
    return tuple(scored)


def _best_ratio(roms: tuple[str, ...], en: str) -> float:
    """``max(SequenceMatcher(None, r, en).ratio() for r in roms)``: the same number, with
    ``en`` indexed once (:func:`audit.lang.distance.matching_ratio`) and a spelling skipped when
    its length bound (difflib's ``real_quick_ratio``, never below the ratio) cannot beat the best
    so far."""
    positions = char_positions(en)
    best = -1.0
    n = len(en)
    for r in roms:
        if 2.0 * min(len(r), n) / (len(r) + n) <= best:
            continue
        best = max(best, matching_ratio(r, en, positions))
    return best


# --------------------------------------------------------------------------- glued words

_BAD_START = re.compile("^[\u093e-\u094d\u0962\u0963\u0901-\u0903\u093c]")


def syllable_splits(word: str, min_part_len: int = 2) -> list[tuple[str, str]]:
    """Every split of ``word`` in two at a syllable boundary.

    The right part may not start with a vowel sign, halant, nasal sign or nukta, and the
    left may not end in a halant.
    """
    word = unicodedata.normalize("NFC", word)
    out = []
    for i in range(min_part_len, len(word) - min_part_len + 1):
        left, right = word[:i], word[i:]
        if _BAD_START.match(right) or left.endswith(HALANT):
            continue
        out.append((left, right))
    return out


def split_glued(word: str, min_part_zipf: float = 3.5, min_part_len: int = 2) -> tuple[str, str] | None:
    """Best split of a word into two frequent Hindi words (each Zipf >= ``min_part_zipf``), or None.

    The split whose weaker part is most frequent wins.
    """
    best: tuple[float, str, str] | None = None
    for left, right in syllable_splits(word, min_part_len):
        score = min(zipf_hi(left), zipf_hi(right))
        if score >= min_part_zipf and (best is None or score > best[0]):
            best = (score, left, right)
    return (best[1], best[2]) if best else None
