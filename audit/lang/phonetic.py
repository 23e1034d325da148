"""Phonetic and spelling keys of words: every key the rules compare words by, in one place.

The keys differ on purpose — each answers another question, and merging two would change what
the rules find:

* :func:`norm` — the *same word* spelled with or without nukta, chandrabindu or anusvara
  (ज़मीन = जमीन, चाँद = चांद): NFC, nukta dropped, chandrabindu as anusvara. Lexicon and gazetteer
  look-ups (HI1xx).
* :func:`spelling_key` — :func:`norm` plus a half nasal before a consonant written as anusvara
  (चन्द्रमा = चंद्रमा, वोन्सान = वोंसान): spelling variants of a name or a dictionary word (it was
  written twice, as ``names.spelling_key`` and ``engdict.hindi_key``).
* :func:`skeleton` — two spellings of one *name* (ट्रम्प/ट्रंप, मैक्रों/मैक्रोन): consonants and vowel
  qualities kept in Devanagari, inherent a, vowel length and nasality dropped (HI103).
* :func:`dev_key` / :func:`en_keys` — a Devanagari word and an *English* word in one consonant
  alphabet (एरेनास and arenas → ``rns``): transliterated English (HI401/HI407/HI408). Vowels are
  dropped because romanisation blurs them; :func:`romanise` ranks the candidates by them.
* :func:`phonetic_key` / :func:`devanagari_key` — an English *name* of the source and a Devanagari
  word via its ITRANS romanisation (Johannesburg, जोहानिसबर्ग → ``JNSPRK``), coarser than
  :func:`dev_key` (voicing merged: p/b/f, t/d) because names are transcribed loosely;
  :func:`keys_match` compares them (HI503/HI504, HI512, HI514, the alignment).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from audit.core.text import NUKTA
from audit.lang.distance import edit_distance
from audit.lang.itrans import to_itrans


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
        cands.append(to_itrans(word).lower())
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


def sound_units(word: str) -> list[tuple[str, str]]:
    """Split NFC Devanagari into (kind, char) units: C consonant (with nukta), V, M, H, N."""
    out: list[tuple[str, str]] = []
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if i + 1 < n and word[i + 1] == NUKTA and ch + NUKTA in _CONS:
            out.append(("C", ch + NUKTA))
            i += 2
            continue
        unit = _CHAR_UNITS.get(ch, _UNSEEN)
        if unit is _UNSEEN:
            unit = _CHAR_UNITS[ch] = _char_unit(ch)
        if unit is not None:
            out.append(unit)
        i += 1
    return out


_UNSEEN = ("", "")
#: each character's unit (None: not part of the word's sound), worked out once per character
_CHAR_UNITS: dict[str, tuple[str, str] | None] = {}


def _char_unit(ch: str) -> tuple[str, str] | None:
    # precomposed nukta letters (U+0958–095F) are decomposed by NFC, but be lenient
    nfd = unicodedata.normalize("NFD", ch)
    if nfd in _CONS and len(nfd) == 2:
        return ("C", nfd)
    if ch in _CONS:
        return ("C", ch)
    if ch in _INDEP:
        return ("V", ch)
    if ch in _MATRA:
        return ("M", ch)
    if ch == HALANT:
        return ("H", ch)
    if ch in _NASAL:
        return ("N", ch)
    return None


def _phonetic(word: str, schwa_deletion: bool = False) -> str:
    units = sound_units(word)
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
    units = sound_units(unicodedata.normalize("NFC", word))
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


# ----------------------------------------------------------- Devanagari spelling keys


@lru_cache(maxsize=200_000)  # every name unit and lexicon look-up asks for it
def norm(token: str) -> str:
    """Matching key for a Devanagari token: NFC, no nukta, chandrabindu as anusvara."""
    return unicodedata.normalize("NFC", token).replace(NUKTA, "").replace("\u0901", "\u0902")


_VOWEL_SIGNS = {
    "\u093e": "a", "\u0906": "a", "\u0905": "a",
    "\u093f": "i", "\u0940": "i", "\u0907": "i", "\u0908": "i",
    "\u0941": "u", "\u0942": "u", "\u0909": "u", "\u090a": "u",
    "\u0947": "e", "\u0948": "e", "\u090f": "e", "\u0910": "e", "\u0945": "e", "\u090d": "e",
    "\u094b": "o", "\u094c": "o", "\u0913": "o", "\u0914": "o", "\u0949": "o", "\u0911": "o",
    "\u0943": "r", "\u090b": "r",
}  # fmt: skip
_SKIP = {"\u094d", NUKTA, "\u0903", "\u200c", "\u200d"}


_NASAL_HALF = re.compile("[ङञणनम]\u094d(?=[\u0915-\u0939])")


@lru_cache(maxsize=200_000)
def spelling_key(token: str) -> str:
    """``norm`` plus a half nasal before a consonant written as anusvara (वोन्सान = वोंसान)."""
    return _NASAL_HALF.sub("\u0902", norm(token))


def skeleton(token: str) -> str:
    """A rough phonetic key: consonants and vowel qualities, no inherent a, length or nasality."""
    out = []
    for ch in norm(token):
        if ch in _SKIP:
            continue
        if ch in ("\u0902", "\u0901"):
            out.append("न")
        else:
            out.append(_VOWEL_SIGNS.get(ch, ch))
    return "".join(out)


# ----------------------------------------------------------- source names (romanised)


def phonetic_key(latin: str) -> str:
    """Coarse consonant skeleton of a romanised word: vowels, h and y dropped, similar sounds merged.

    Applied both to English names and to ITRANS romanisations of Devanagari words, so that
    "Johannesburg" and जोहानिसबर्ग (ITRANS "johAnisabarga") both give ``JNSPRK``.
    """
    w = re.sub(r"[^a-z]", "", latin.lower())
    w = w.replace("~n", "n")
    out: list[str] = []
    i = 0
    while i < len(w):
        two = w[i : i + 2]
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if two == "ch" and w[i + 2 : i + 3] == "r":
            out.append("K")  # English chr is always /kr/: Chris, Christine, Chrissie → क्रिस
            i += 2
            continue
        if two in ("ch", "sh", "th", "ph", "gh", "kh", "ck", "bh", "dh", "jh"):
            out.append(
                {
                    "ch": "C",
                    "sh": "S",
                    "th": "T",
                    "ph": "P",
                    "gh": "K",
                    "kh": "K",
                    "ck": "K",
                    "bh": "P",
                    "dh": "T",
                    "jh": "J",
                }[two]
            )
            i += 2
            continue
        if c in "aeiouy":
            pass
        elif c == "h":
            if i == 0:
                out.append("H")
        elif c == "c":
            out.append("S" if nxt in ("e", "i", "y") else "K")
        elif c == "g":
            out.append("J" if nxt in ("e", "i") else "K")
        elif c == "x":
            out.extend(["K", "S"])
        else:
            out.append(
                {
                    "b": "P",
                    "p": "P",
                    "f": "P",
                    "d": "T",
                    "t": "T",
                    "j": "J",
                    "z": "J",
                    "k": "K",
                    "q": "K",
                    "l": "L",
                    "m": "N",
                    "n": "N",
                    "r": "R",
                    "s": "S",
                    "v": "V",
                    "w": "V",
                }.get(c, "")
            )
        i += 1
    key = "".join(out)
    return re.sub(r"(.)\1+", r"\1", key)


@lru_cache(maxsize=65536)
def devanagari_key(word: str) -> str:
    """:func:`phonetic_key` of a Devanagari word via its ITRANS romanisation (indic-transliteration's,
    :func:`audit.lang.itrans.to_itrans`)."""
    roman = to_itrans(unicodedata.normalize("NFC", word))
    roman = roman.replace(".N", "n").replace(".n", "n").replace("M", "n")
    return phonetic_key(roman)


#: how Chinese (pinyin, Wade-Giles), Korean and Vietnamese romanisations read a word's start,
#: which English spelling rules misread: Xi → शी, Hsien → सीन, Qiang → च्यांग/क्यांग, Zhou → झोउ,
#: Tsai → त्साई/साई, Ng(uyen) → न्गुयेन/गुयेन
_ROMANISED_ONSETS = (
    ("hs", "s"),
    ("x", "sh"),
    ("q", "ch"),
    ("zh", "j"),
    ("ts", "s"),
    ("tz", "s"),
    ("ng", "g"),
)


def romanised_keys(latin: str) -> tuple[str, ...]:
    """:func:`phonetic_key` of a name part and of its readings as an East-Asian romanisation
    (pinyin x/q/zh, Wade-Giles hs/ts: Hsien → ``HSN`` and ``SN``)."""
    low = latin.lower()
    keys = [phonetic_key(low)]
    for onset, sound in _ROMANISED_ONSETS:
        if low.startswith(onset):
            keys.append(phonetic_key(sound + low[len(onset) :]))
    return tuple(dict.fromkeys(k for k in keys if k))


def keys_match(en: str, hi: str) -> bool:
    """Whether an English name key and a Hindi word key plausibly spell the same name."""
    if not en or not hi:
        return False
    if en == hi or en.replace("S", "J") == hi.replace("S", "J"):
        return True  # English s is often z between vowels: Rose / रोज़
    if len(en) >= 3 and hi.startswith(en) and len(hi) - len(en) <= 2:
        return True
    if min(len(en), len(hi)) < 3:
        return False
    # ``1 - edit_distance / longest >= 0.7``, with the distance computed only up to the most it may
    # be (most pairs are far apart: the bounded distance stops after a row or two)
    most = _MOST_EDITS.get(max(len(en), len(hi)))
    if most is None:
        return 1 - edit_distance(en, hi) / max(len(en), len(hi)) >= 0.7
    return edit_distance(en, hi, limit=most) <= most


#: longest key length → the most edits ``1 - edits / length >= 0.7`` allows (the same float test)
_MOST_EDITS = {n: max(d for d in range(n + 1) if 1 - d / n >= 0.7) for n in range(3, 64)}
