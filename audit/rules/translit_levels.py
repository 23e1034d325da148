"""HI408/HI409's strictness levels and what both of their paths share: the bars of each level
(:class:`Strictness`), a finding's reading (:class:`Candidate`) and the tests that say a word is
Hindi or a listed loan (:func:`hindi_word`, :func:`silenced`, :func:`hindi_oblique`). The
Hindi-only path is :mod:`audit.rules.translit_common`, the source path
:mod:`audit.rules.translit_source`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.lang import engdict
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.rules.names import lexicon, norm
from audit.rules.script import is_loanword, word_stems


@dataclass(frozen=True)
class Strictness:
    code: str
    max_translit_zipf: float  # a transliteration more frequent than this is established Hindi
    min_margin: float  # the Hindi word must be this much more frequent (Zipf) than the transliteration
    min_hindi_zipf: float  # and at least this frequent itself: a *common* Hindi word
    min_translit_zipf: float  # 0 admits words unknown to wordfreq (rare spellings, names)
    allow_listed_loans: bool = True  # data/script_loanwords.tsv silences a word
    #: with the source, also flag what the source shows to be a transliteration of one of its words
    #: (else the source only confirms the Hindi-only finding)
    extend_with_source: bool = False
    src_min_hindi_zipf: float = 4.5  # ... and then the Hindi word's floor
    #: the glossary (data/translit_glossary.tsv): its levels this strictness uses, and the bars a
    #: glossary word's transliteration must pass — rarer than this in Hindi text, and rarer than
    #: the Hindi word by this margin (a loan as common as the Hindi word is established Hindi)
    glossary_levels: tuple[str, ...] = ("news",)
    glossary_max_translit_zipf: float = 4.6
    glossary_margin: float = 0.6
    #: the glossary levels a word of the source counts at (``source``: the transliteration is also a
    #: Hindi word, पीपल the tree, so only the source shows it stands for *people*)
    source_glossary_levels: tuple[str, ...] = ("news", "source")


NEWS = Strictness(
    "newsroom",
    max_translit_zipf=4.0,
    min_margin=1.2,
    min_hindi_zipf=4.8,
    min_translit_zipf=0.5,
    extend_with_source=True,
    src_min_hindi_zipf=4.8,
)
STRICT = Strictness(
    "annotator",
    max_translit_zipf=5.0,
    min_margin=0.3,
    min_hindi_zipf=4.5,
    min_translit_zipf=0.0,
    allow_listed_loans=False,
    extend_with_source=True,
    src_min_hindi_zipf=4.5,
    glossary_levels=glossary.LEVELS,
    glossary_max_translit_zipf=5.0,
    glossary_margin=0.3,
    source_glossary_levels=glossary.LEVELS,
)
#: HI408's ``strictness`` setting → its bars (HI409 is HI408 at "annotator")
LEVELS = {NEWS.code: NEWS, STRICT.code: STRICT}

#: a Hindi word in -ा this common makes its form in -े Hindi (झरना → झरने)
OBLIQUE_MIN_ZIPF = 3.0

#: with the source: a glossary word of the source spelled out in the MT needs no more than this
#: (the source shows what the word is), and a transliteration this rare in Hindi text
SOURCE_GLOSSARY_MAX_TRANSLIT_ZIPF = 5.5


#: at newsroom strictness, how much rarer in Hindi text than the English word is in English text a
#: transliteration Hindi text knows must be: a loan Hindi writes nearly as often as English writes
#: the word is a loan Hindi news uses (चैरिटी 3.5 for *charity* 4.5, स्ट्रोक 3.9 for *stroke* 4.3,
#: वोटर 3.9 for *voter* 4.1), not a word left in English (नेचर 3.6 for *nature* 5.0). The
#: dictionary's Hindi word alone is weak evidence, so its bar is higher than the glossary's, which
#: names the word news uses
DICTIONARY_BORROWING_GAP = 1.0
GLOSSARY_BORROWING_GAP = 0.4


def borrowed(tz: float, english: str, level: Strictness, gap: float) -> bool:
    """At newsroom strictness: a transliteration Hindi text knows (Zipf ``tz`` > 0) less than
    ``gap`` rarer in Hindi than ``english`` is in English — a loan Hindi uses like the English
    word (the annotator strictness flags it all the same)."""
    return level.allow_listed_loans and tz > 0 and res.zipf_en(english) - tz < gap


@dataclass(frozen=True)
class Candidate:
    english: str
    hindi: str  # the common Hindi word
    translit_zipf: float
    hindi_zipf: float
    glossary: bool = False  # read from data/translit_glossary.tsv (else from the dictionary)


def variant_zipf(hindi: str) -> float:
    """Zipf of a Hindi word over its spelling variants (मुनाफ़ा/मुनाफा, भूकम्प/भूकंप, गाँव/गांव):
    dictionaries spell with nukta, chandrabindu and half nasals that news text often drops."""
    return max(res.zipf_hi(hindi), res.zipf_hi(engdict.hindi_key(hindi)), res.zipf_hi(_flap(hindi)))


def _flap(hindi: str) -> str:
    """ड/ढ after a vowel written with the nukta news uses (dictionaries drop it: सीढी, लकडी)."""
    return re.sub("(?<=[\u093e-\u094c\u0905-\u0939])([डढ])(?!\u093c)", "\\1\u093c", hindi)


#: perfective, habitual and converb endings of a Hindi verb form (मनाई, मनाया, मनाते, मनाकर)
_VERB_ENDINGS = ("ाई", "ाया", "ाए", "ाये", "ायी", "ाईं", "ाता", "ाती", "ाते", "ाकर", "ाने")


def hindi_word(word: str, english: str | None = None) -> bool:
    """A Hindi word the dictionary gives for something (सतह, धूल), or a form of a Hindi verb in -ाना
    that it gives (मनाई, मनाया: मनाना, *celebrate*), not a transliteration."""
    d = engdict.dictionary()
    if any(d.translates_as_word(st) for st in word_stems(word)) and not engdict.is_transliteration(
        word, english=english, common=False
    ):
        return True
    return any(
        word.endswith(end) and len(word) > len(end) + 1 and d.english_for(word[: -len(end)] + "ाना")
        for end in _VERB_ENDINGS
    )


def silenced(word: str, level: Strictness, source: bool = False) -> bool:
    """A listed loan (at newsroom strictness) or a name of the gazetteer (without the source: with
    it, the word spells a lowercase word of the source, *prices* → प्राइस, whatever name it is too)."""
    return (level.allow_listed_loans and is_loanword(word)) or (
        not source and norm(word) in lexicon().gazetteer
    )


def hindi_oblique(word: str) -> bool:
    """The oblique or plural of a Hindi noun or adjective in -ा that Hindi text knows (झरने of
    झरना, not *journey*): English words are not written with a Hindi -ा/-े ending."""
    return word.endswith("\u0947") and res.zipf_hi(word[:-1] + "\u093e") >= OBLIQUE_MIN_ZIPF
