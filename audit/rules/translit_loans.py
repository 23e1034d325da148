"""HI408/HI409: loans Hindi writes, told by the dictionary or by the sentence (a guard of
:func:`audit.rules.translit_guards.kept`).

Three classes of a transliteration that is no error, each read from a resource or the sentence, not
from a list of the words:

- **The dictionary writes the loan**: FreeDict's own Hindi for the English word is the Devanagari
  word (pitcher → पिचर, staple → स्टेपल, torch → टॉर्च): Hindi writes the loan for one of its senses.
- **A person's word whose Hindi word names no person**: the English word's first WordNet noun
  sense is a person and FreeDict gives it no adjective sense, and no English noun FreeDict gives
  the Hindi word for (as its whole translation) is a person: the Hindi word stands for another
  sense (intern → कैद: *captivity*), so Hindi has no common word for the person and writes the
  loan (इंटर्न ने काम किया). Where the Hindi word names a person (farmer → किसान: *peasant*; priest →
  पुरोहित) the loan stays an error; an adjective (ब्रेव: *brave*) is no person; nor does an English
  agent noun made from a word the dictionary knows (swimmer, raider, drummer: *swim*, *raid*,
  *drum*) count — Hindi derives its doer from the act's word (तैराकी → तैराक, हमला → हमलावर).
- **An English hyphenated compound**: a word joined by a hyphen to a word that reads as English too
  (पार्ट-टाइम, नो-बॉल): the hyphen makes one English compound Hindi writes whole; beside a Hindi
  word (आदमी-सिक) it is no compound of English.
- **A name by its frame**: a word right after or before a kind of organisation (फ़ोन निर्माता ऑनर,
  डेटिंग ऐप बम्बल, बैंड ओएसिस; अर्बन कंपनी, फ़्यूचर ग्रुप) or whose genitive takes what only a band, a
  firm or a team has (सेवनटीन के कॉन्सर्ट, ट्रेज़र के प्रशंसक) is the name of one, not the English
  word it spells; so is a word that carries a number (ड्रीम11, ब्लिंक-182) or stands in quotation
  marks with a few words at most (फ़िल्म 'क्वीन', संसद भवन 'बीहाइव'): a brand, a band, a title; and
  a word, no English plural, before the kind of a place, itself or in the genitive (लॉयर नदी, फ़ारस की
  खाड़ी): the place's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.function_words import HINDI_GENITIVES
from audit.lang.phonetic import spelling_key
from audit.lang.wordnet import PERSON_FILE
from audit.rules.plain_hindi import place_kind
from audit.rules.script import word_stems
from audit.rules.translit_equiv import LIGHT_VERB_FORMS
from audit.rules.translit_reading import reads_english

#: words between a verb and its light verb (अलाउ नहीं किया, लर्न भी किया)
_PARTICLES = frozenset("नहीं नही न भी तो ही".split())
#: kinds of organisation a name follows in apposition (फ़ोन निर्माता ऑनर ने, बैंड ओएसिस): makers,
#: firms, brands, apps, bands, groups, channels, papers, clubs
ORGANISATION_KINDS = frozenset(
    """निर्माता निर्माताओं कंपनी कंपनियों ब्रांड ऐप एप फ़र्म फर्म बैंड समूह ग्रुप स्टार्टअप चैनल पत्रिका
    अख़बार अखबार क्लब""".split()
)
#: what a band's, a firm's or a team's name takes in the genitive (सेवनटीन के कॉन्सर्ट, ट्रेज़र के
#: प्रशंसक): its concerts, albums, fans, shares
NAME_ONLY_HEADS = frozenset("""कॉन्सर्ट कॉन्सर्टों कंसर्ट एल्बम एलबम प्रशंसक प्रशंसकों फ़ैन्स फैन्स शेयर शेयरों""".split())


def _singular(english: str) -> list[str]:
    return [english] + ([english[:-1]] if english.endswith("s") and not english.endswith("ss") else [])


@lru_cache(maxsize=8192)
def dictionary_writes(word: str, english: str) -> bool:
    """FreeDict gives the Devanagari ``word`` itself (or a stem of it) as a Hindi translation of
    ``english``: पिचर for *pitcher*, स्टेपल for *staple*."""
    d = engdict.dictionary()
    written = {spelling_key(s.hindi) for form in _singular(english) for s in d.senses.get(form, [])}
    return any(spelling_key(w) in written for w in (word, *word_stems(word)))


def _first_common_file(english: str) -> str | None:
    """The lexicographer file of ``english``'s first WordNet noun sense (or its singular's), when
    that sense is a common noun (not Teach, Tell: people WordNet names)."""
    for form in _singular(english):
        files, offsets = wordnet.sense_files("noun", form), wordnet.senses("noun", form)
        if files and offsets:
            written = wordnet.lemmas_as_written("noun", offsets[0])
            if any(w[:1].isupper() for w in written if w.lower() == form):
                return None
            return files[0]
    return None


def _agent_noun(english: str) -> bool:
    """An English agent noun in -er/-or of a word FreeDict knows (swimmer: swim, raider: raid)."""
    d = engdict.dictionary()
    for form in _singular(english):
        for end in ("er", "or", "r"):
            stem = form[: -len(end)]
            if form.endswith(end) and len(stem) >= 3:
                stems = (stem, stem[:-1]) if len(stem) > 3 and stem[-1] == stem[-2] else (stem,)
                if any(st in d.senses for st in stems):
                    return True
    return False


@lru_cache(maxsize=8192)
def person_without_hindi(english: str, hindi: str) -> bool:
    """``english`` is a person's word (its first WordNet noun sense, no FreeDict adjective sense)
    and no English noun FreeDict translates as the whole Hindi word ``hindi`` is a person (intern /
    कैद; not farmer / किसान)."""
    d = engdict.dictionary()
    if _first_common_file(english) != PERSON_FILE or _agent_noun(english):
        return False
    if any(s.pos.startswith("Adj") for form in _singular(english) for s in d.senses.get(form, [])):
        return False
    nouns = {s.english for s in d.translates_as_word(hindi) if s.pos.startswith("N")}
    return bool(nouns) and all(_first_common_file(n) != PERSON_FILE for n in nouns)


def _light_verb_after(toks: list[tuple[int, int, str]], i: int) -> bool:
    j = i + 1
    while j < len(toks) and toks[j][2] in _PARTICLES:
        j += 1
    return j < len(toks) and toks[j][2] in LIGHT_VERB_FORMS


def hyphened_english(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Word ``i`` is joined by a hyphen to a neighbour that reads as an English word."""
    return (i >= 1 and text[toks[i - 1][1] : toks[i][0]] == "-" and reads_english(toks[i - 1][2])) or (
        i + 1 < len(toks) and text[toks[i][1] : toks[i + 1][0]] == "-" and reads_english(toks[i + 1][2])
    )


def named_by_frame(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Word ``i`` follows or precedes a kind of organisation, its genitive takes a head only a band,
    a firm or a team has, it carries a number (ड्रीम11, ब्लिंक-182), it stands in quotation marks
    with a few words at most (फ़िल्म 'क्वीन', संसद भवन 'बीहाइव') or the kind of a place follows it
    (फ़ारस की खाड़ी): a name or a title."""
    if (i >= 1 and toks[i - 1][2] in ORGANISATION_KINDS) or (
        i + 1 < len(toks) and toks[i + 1][2] in ORGANISATION_KINDS
    ):
        return True
    if _NUMBERED_RE.match(text, toks[i][1]) or _quoted(text, toks[i][0], toks[i][1]):
        return True
    if _place_kind_after(toks, i):
        return True
    return i + 2 < len(toks) and toks[i + 1][2] in HINDI_GENITIVES and toks[i + 2][2] in NAME_ONLY_HEADS


#: a number glued to a word, or after a hyphen (ड्रीम11, ब्लिंक-182): a brand's, a band's, a model's name
_NUMBERED_RE = re.compile(r"-?[0-9०-९]")
_OPEN_QUOTES = "'‘\"“"
_CLOSE_QUOTES = "'’\"”"
#: the most words a quoted name or title may hold (फ़िल्म 'द लंचबॉक्स')
_QUOTED_WORDS = 4


def _place_kind_after(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Word ``i``, no English plural, is followed by the kind of a place, itself or in the genitive
    (लॉयर नदी, फ़ारस की खाड़ी, मन्नार की खाड़ी: :func:`audit.rules.plain_hindi.place_kind`, water or an
    island): the place's name. A plural before it is a crowd on the water (बर्ड्स झील पर आते हैं)."""
    if toks[i][2].endswith(_ENGLISH_PLURAL) or not (engdict.available() and wordnet.available()):
        return False
    k = i + 2 if i + 2 < len(toks) and toks[i + 1][2] in HINDI_GENITIVES else i + 1
    return k < len(toks) and place_kind(toks[k][2].rstrip("।,"))


_ENGLISH_PLURAL = "्स"


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a pair of quotation marks holding no more than
    :data:`_QUOTED_WORDS` words, within one sentence."""
    lo = max((text.rfind(q, 0, start) for q in _OPEN_QUOTES), default=-1)
    if lo < 0:
        return False
    his = [h for h in (text.find(q, end) for q in _CLOSE_QUOTES) if h >= 0]
    if not his:
        return False
    inside = text[lo + 1 : min(his)]
    return not any(c in inside for c in "।.!?" + _OPEN_QUOTES[:2]) and len(inside.split()) <= _QUOTED_WORDS


def loan_hindi_writes(text: str, toks: list[tuple[int, int, str]], i: int, english: str, hindi: str) -> bool:
    """Word ``i``, read as the English ``english``, is a loan Hindi writes or a name (the classes
    of the module docstring)."""
    word = toks[i][2]
    if engdict.available() and dictionary_writes(word, english):
        return True
    if engdict.available() and person_without_hindi(english, hindi) and not _light_verb_after(toks, i):
        return True
    return hyphened_english(text, toks, i) or named_by_frame(text, toks, i)
