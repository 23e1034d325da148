"""Which everyday English words a Devanagari word spells by sound: ``data/translit_sound.tsv``, the
CMU Pronouncing Dictionary's pronunciations of ~17,800 English words WordNet lists (Zipf >= 3.0;
built once by ``scripts/build_translit_sound.py``; nothing extra at run time).

Hindi writers spell an English word as they hear it: ब्रदर *brother*, आंसर *answer*, हेयर
*hair*, टायर्ड *tired*, बॉडी *body*. IndicXlit's letter-based spellings (``translit_xlit.tsv``:
मोथर for *mother*) and the letter rules miss many of them. Both sides are reduced to the same
sounds: the consonants (one class per sound: ट/ड for English t/d, त/द/थ for the dental sounds of
*th*, ज/ज़ for j and z, an anusvara for n or m) must match in order, and each vowel between them
must be one the English vowel is written with (AE: ै, ा; AA: ॉ, ा; the unreduced schwa: none; an
unstressed vowel: anything). The similarity is 1 minus the vowel mismatch per vowel.

:func:`readings` gives ``(english, similarity, plural)`` like :func:`audit.lang.translit_xlit.readings`
(a Hindi or English plural ending off: सिस्टर्स → *sister*, read as *sisters*).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from audit.core.data import data_text
from audit.core.derived import derived_object, fingerprint

#: the least similarity a reading needs (one vowel of two a little off: आंसर *answer*)
MIN_SIMILARITY = 0.85

_NUKTA = "\u093c"
_CONSONANTS = {
    **dict.fromkeys(["क", "ख", "क" + _NUKTA, "ख" + _NUKTA], "k"),
    **dict.fromkeys(["ग", "घ", "ग" + _NUKTA], "g"),
    **dict.fromkeys(["च", "छ"], "c"),
    **dict.fromkeys(["ज", "झ"], "j"),
    "ज" + _NUKTA: "z",
    **dict.fromkeys(["ट", "ठ"], "t"),
    **dict.fromkeys(["ड", "ढ"], "d"),
    **dict.fromkeys(["ड" + _NUKTA, "ढ" + _NUKTA], "R"),
    **dict.fromkeys(["ङ", "ञ", "ण", "न"], "n"),
    "त": "T",
    "थ": "Q",
    **dict.fromkeys(["द", "ध"], "D"),
    "प": "p",
    **dict.fromkeys(["फ", "फ" + _NUKTA], "f"),
    **dict.fromkeys(["ब", "भ"], "b"),
    "म": "m",
    **dict.fromkeys(["य", "य" + _NUKTA], "y"),
    "र": "r",
    **dict.fromkeys(["ल", "ळ"], "l"),
    "व": "v",
    **dict.fromkeys(["श", "ष"], "S"),
    "स": "s",
    "ह": "h",
}
#: precomposed nukta letters (U+0958..U+095F), read as the letter and its nukta
_PRECOMPOSED = {chr(0x0958 + i): b + _NUKTA for i, b in enumerate("कखगजडढफय")}
_VOWEL_SIGNS = {
    "ा": "A",
    "ि": "i",
    "ी": "I",
    "ु": "u",
    "ू": "U",
    "ृ": "ri",
    "े": "e",
    "ै": "E",
    "ॅ": "E",
    "ो": "o",
    "ौ": "O",
    "ॉ": "O",
}
_VOWELS = {
    "अ": "a",  # (a written vowel, unlike the inherent one: अनाउंस is *announce*, not *noun*)
    "आ": "A",
    "इ": "i",
    "ई": "I",
    "उ": "u",
    "ऊ": "U",
    "ऋ": "ri",
    "ए": "e",
    "ऐ": "E",
    "ॲ": "E",
    "ओ": "o",
    "औ": "O",
    "ऑ": "O",
}
_NASALS = "ंँ"
_LABIALS = "पफबभम"
_VIRAMA = "\u094d"

# English vowel → {Devanagari vowel group: cost}; an unstressed vowel not listed costs WILD
_V: dict[str, dict[str, float]] = {
    "AA": {"O": 0, "A": 0},
    "AO": {"O": 0, "o": 0.25, "A": 0.25},
    "AE": {"E": 0, "A": 0.25, "e": 0.25},
    "AH": {"": 0, "a": 0},
    "EH": {"e": 0, "E": 0.25, "ei": 0, "Ei": 0.25},
    "EY": {"e": 0, "E": 0.5, "ei": 0},
    "IH": {"i": 0, "I": 0.25, "ii": 0, "Ii": 0},
    "IY": {"I": 0, "i": 0.25, "Ii": 0, "ii": 0},
    "UH": {"u": 0, "U": 0.25},
    "UW": {"U": 0, "u": 0.25},
    "OW": {"o": 0, "O": 0.25},
    "AW": {"Au": 0, "AU": 0, "A": 0.25},
    "AY": {"Ai": 0, "AI": 0, "A": 0.25},
    "OY": {"Oi": 0, "OI": 0, "O": 0.25, "oi": 0.25, "o": 0.25},
    "ER": {"": 0, "a": 0, "O": 0.25, "A": 0.5, "e": 0.5},
}
#: an unstressed vowel written with another vowel (कर्टेन: *curtain*'s AH0 as े)
WILD = 0.25
_ARPA = {
    "B": "b",
    "CH": "c",
    "D": "d",
    "DH": "D",
    "F": "f",
    "G": "g",
    "HH": "h",
    "JH": "j",
    "K": "k",
    "L": "l",
    "M": "m",
    "N": "n",
    "P": "p",
    "R": "r",
    "S": "s",
    "SH": "S",
    "T": "t",
    "TH": "Q",
    "V": "v",
    "W": "v",
    "Y": "y",
    "Z": "j",
    "ZH": "j",
}

Vowel = tuple[str, int]  # (ARPAbet vowel, stress)


def _initial_open(word: str) -> bool:
    """The word's first letter is a consonant with its inherent vowel, another consonant after it
    (सपाट: sa-paaT). Hindi says the first syllable's a (no schwa is dropped there), and writes an
    English initial cluster as a conjunct (स्पॉट *spot*, ब्रेड *bread*)."""
    chars = "".join(_PRECOMPOSED.get(c, c) for c in word[:3])
    if chars[1:2] == _NUKTA:
        chars = chars[0] + chars[2:]
    return len(chars) >= 2 and chars[0] in _CONSONANTS and chars[1] in _CONSONANTS


def _parse_devanagari(word: str) -> tuple[str, tuple[str, ...]] | None:
    """The consonant skeleton and the vowel group before, between and after its consonants."""
    cons: list[str] = []
    groups: list[str] = [""]
    chars = "".join(_PRECOMPOSED.get(c, c) for c in word.replace("\u200c", "").replace("\u200d", ""))
    n = len(chars)
    for i, ch in enumerate(chars):
        nxt = chars[i + 1] if i + 1 < n else ""
        if ch == _NUKTA or ch == _VIRAMA:
            continue
        base = ch + _NUKTA if nxt == _NUKTA and ch + _NUKTA in _CONSONANTS else ch
        if base in _CONSONANTS:
            c = _CONSONANTS[base]
            # a glide after a vowel (हेयर, टायर्ड, बॉय) is how Hindi writes the vowel's end: i
            if c == "y" and groups[-1]:
                groups[-1] += "i"
                continue
            if cons and cons[-1] == c and groups[-1] == "":
                continue  # a doubled letter (लक्की) is one sound
            cons.append(c)
            groups.append("")
        elif ch in _VOWEL_SIGNS:
            groups[-1] += _VOWEL_SIGNS[ch]
        elif ch in _VOWELS:
            groups[-1] += _VOWELS[ch]
        elif ch in _NASALS:
            if not nxt and groups[-1]:
                continue  # a nasal vowel at the end (पाईं, नहीं): Hindi writes an English n with न
            c = "m" if nxt in _LABIALS else "n"
            if cons and cons[-1] == c and groups[-1] == "":
                continue
            cons.append(c)
            groups.append("")
        else:
            return None
    if not cons:
        return None
    return "".join(cons), tuple(groups)


def _parse_arpabet(pron: str) -> list[tuple[str, tuple[tuple[Vowel, ...], ...]]]:
    """The consonant skeletons (ER and plural z may be written two ways) with the vowels around them."""
    phones = pron.split()
    out: list[tuple[list[str], list[list[Vowel]]]] = [([], [[]])]
    for k, ph in enumerate(phones):
        if ph[-1].isdigit():
            v, stress = ph[:-1], int(ph[-1])
            for _cons, vows in out:
                vows[-1].append((v, stress))
            if v == "AW" and phones[k + 1 : k + 2] and phones[k + 1].startswith("ER"):
                # a glide Hindi writes before the r (*tower*, *flower*: टावर, फ्लावर)
                out += [(cons + ["v"], [list(x) for x in vows] + [[]]) for cons, vows in out]
            if v == "ER":  # the r of the vowel
                for cons, vows in out:
                    cons.append("r")
                    vows.append([])
            continue
        nxt = phones[k + 1] if k + 1 < len(phones) else ""
        if ph == "NG":
            letters = ["n"] if nxt in ("K", "G") else ["n", "g"]
        elif ph == "Z":  # English spelling s: फ्रेंड्स, रोज़
            forks = []
            for cons, vows in out:
                forks.append((cons + ["s"], [list(v) for v in vows] + [[]]))
            for cons, vows in out:
                cons.append("j")
                vows.append([])
            out += forks
            continue
        else:
            letters = [_ARPA.get(ph, "?")]
        for letter in letters:
            for cons, vows in out:
                if cons and cons[-1] == letter and not vows[-1]:
                    continue
                cons.append(letter)
                vows.append([])
    return [("".join(c), tuple(tuple(v) for v in vows)) for c, vows in out]


#: the English letters each written vowel stands for: an unstressed vowel written as English spells
#: it (पोलाइट *polite*'s o, मैट्रेस *mattress*'s e, क्यूमिन *cumin*'s i) is the word's own spelling
_LETTERS = {"A": "a", "i": "iy", "I": "iey", "u": "uo", "U": "uo", "e": "e", "E": "a", "o": "o", "O": "oa"}
#: the vowel signs Hindi writes English a and o with (ै, ॉ)
_ENGLISH_VOWELS = frozenset("EO")
_LETTER_GROUP = re.compile(r"[aeiou]+|(?<=[^aeiou])y")


@lru_cache(maxsize=50_000)
def _letter_groups(english: str, vowels: int) -> tuple[str, ...] | None:
    """The vowel letters of ``english``, one group per said vowel (a silent final e off: *polite*),
    or None where they do not pair one to one (*ancient*)."""
    groups = tuple(_LETTER_GROUP.findall(english))
    if len(groups) == vowels + 1 and english.endswith("e") and groups[-1] == "e":
        groups = groups[:-1]
    return groups if len(groups) == vowels else None


def _one_cost(written: str, vowel: Vowel, letters: str = "") -> float:
    v, stress = vowel
    costs = _V.get(v, {})
    if (
        letters
        and letters[0] in _LETTERS.get(written, "")
        and (stress == 0 or costs.get(written, 1.0) <= WILD or written in _ENGLISH_VOWELS)
    ):
        # spelled as English writes it: unstressed (पोलाइट), a stressed vowel as Hindi writes it
        # too, or with a vowel sign only English words take (स्वैलो: *swallow*'s a as ै)
        return 0.0
    if written in costs:
        return costs[written]
    if stress == 0:  # an unstressed vowel written with another (कर्टेन), or left out (not *woody*)
        return WILD if written else 2 * WILD
    return 1.0


def _vowel_cost(written: str, said: tuple[Vowel, ...], letters: str = "") -> float:
    if not said:
        return 0.0 if written == "" else 1.0
    if len(said) == 1:
        return _one_cost(written, said[0], letters)
    # two vowels in a row (*tired*, *lion*, *ruin*): the first written, the second absorbed or after it
    best = _one_cost(written, said[0]) + (0.0 if said[1][1] == 0 else WILD)
    for cut in range(1, len(written)):
        head, rest = written[:cut], written[cut:]
        best = min(best, _one_cost(head, said[0]) + min(_one_cost(rest, said[1]), WILD))
    return best


Index = dict[str, tuple[tuple[str, tuple[tuple[Vowel, ...], ...]], ...]]


@lru_cache(maxsize=1)
def _index() -> Index:
    """Consonant skeleton → (english, vowels) of every listed pronunciation: a derived table per
    machine, keyed on the package (parsing the 17,774 pronunciations costs ~0.15 s; the table, a
    few milliseconds)."""
    return cast(
        Index, derived_object("translit-sound", fingerprint(), _build_index, lambda o: isinstance(o, dict))
    )


def _build_index() -> Index:
    out: dict[str, list[tuple[str, tuple[tuple[Vowel, ...], ...]]]] = {}
    for line in data_text("translit_sound.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        english, _, prons = line.partition("\t")
        for pron in prons.split("|"):
            for skel, vows in _parse_arpabet(pron):
                out.setdefault(skel, []).append((english, vows))
    return {k: tuple(v) for k, v in out.items()}


def _match(
    skel: str, groups: tuple[str, ...], open_start: bool = False, spelled: bool = False
) -> dict[str, float]:
    best: dict[str, float] = {}
    most_slots = max(1, len(groups))
    # ज़ is English z or s (लूज़: *lose* and *loose*)
    skels = (skel.replace("z", "j"), skel.replace("z", "s")) if "z" in skel else (skel,)
    for english, vows in (e for s in skels for e in _index().get(s, ())):
        if vows[0] and not groups[0]:
            continue  # an English word that begins with a vowel is written with one (not अलाइन → *align*)
        if open_start and not vows[0] and len(vows) > 1 and not vows[1]:
            continue  # an English initial cluster read across a said vowel (सपाट is no *spot*)
        # the costs added in order, as ``sum`` adds them; a pair whose cost so far already keeps
        # it under the bar with every group a slot (costs are never negative, slots never more
        # than the groups) is no reading, whatever the rest costs
        cost = 0.0
        slots = 0
        # (``spelled``: an unstressed vowel may be written as the English letters are, see _LETTERS)
        letters = _letter_groups(english, sum(map(len, vows))) if spelled else None
        said = 0
        for w, s in zip(groups, vows, strict=True):
            cost += _vowel_cost(w, s, letters[said] if letters and len(s) == 1 else "")
            said += len(s)
            if w or s:
                slots += 1
            if 1.0 - cost / most_slots < MIN_SIMILARITY:
                break
        else:
            sim = 1.0 - cost / max(1, slots)
            if sim >= MIN_SIMILARITY and sim > best.get(english, 0.0):
                best[english] = sim
    return best


_PLURAL_ENDINGS = ("ों",)


def _silent_letters(skel: str, groups: tuple[str, ...], open_start: bool) -> dict[str, float]:
    """Readings of a word written with English letters the English word does not say: व्ह for *wh*
    (व्हिस्पर *whisper*: the h is silent) and a final ब after म (क्लाइंब *climb*, the English word's
    own *mb*)."""
    out: dict[str, float] = {}
    k = skel.find("vh")
    if k >= 0 and groups[k + 1] == "":
        for en, sim in _match(
            skel[: k + 1] + skel[k + 2 :], groups[: k + 1] + groups[k + 2 :], open_start, True
        ).items():
            if "wh" in en:
                out[en] = sim
    if skel.endswith("mb") and groups[-2:] == ("", ""):
        for en, sim in _match(skel[:-1], groups[:-1], open_start, True).items():
            if en.endswith("mb"):
                out[en] = max(sim, out.get(en, 0.0))
    return out


@lru_cache(maxsize=1)
def _pronounced() -> frozenset[str]:
    return frozenset(en for ens in _index().values() for en, _v in ens)


def pronounced(english: str) -> bool:
    """Whether the table has ``english``'s pronunciation."""
    return english in _pronounced()


@lru_cache(maxsize=50_000)
def readings(word: str, spelled: bool = False) -> tuple[tuple[str, float, bool], ...]:
    """``(english, similarity, plural)`` for each listed English word ``word`` spells by sound, best
    first; a Hindi oblique plural (-ों) or an English plural s/z (-्स, -ज़) off gives the plural.
    ``spelled``: an unstressed vowel written as the English word's letters is no mismatch (पोलाइट is
    *polite* exactly, फ़ैमिन *famine*), where by sound alone it is a near reading."""
    parsed = _parse_devanagari(word)
    if parsed is None:
        return ()
    skel, groups = parsed
    open_start = _initial_open(word)
    out = {en: (en, sim, False) for en, sim in _match(skel, groups, open_start, spelled).items()}
    if spelled:
        for en, sim in _silent_letters(skel, groups, open_start).items():
            if sim > out.get(en, ("", 0.0))[1]:
                out[en] = (en, sim, False)
    stems: list[tuple[str, tuple[str, ...]]] = []
    if len(skel) > 2 and skel[-1] in "sjz" and groups[-1] == "":
        stems.append((skel[:-1], groups[:-1]))
    for end in _PLURAL_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            p = _parse_devanagari(word[: -len(end)])
            if p is not None:
                stems.append(p)
    for s, g in stems:
        for en, sim in _match(s, g, open_start, spelled).items():
            if en not in out:
                out[en] = (en, sim, True)
    return tuple(sorted(out.values(), key=lambda t: -t[1]))
