"""HI207's source path for names of teams and firms made of a place and a plural noun of people or
animals (Mumbai Indians, Kansas City Chiefs, Lucknow Super Giants, Tata Sons, Lehman Brothers):
the MT keeps the place transliterated and puts a Hindi noun in the slot of the plural
(मुंबई भारतीयों, कैनसस सिटी सरदार, लखनऊ सुपर दिग्गजों). Hindi news transliterates such names whole
(मुंबई इंडियंस, कैनसस सिटी चीफ़्स).

The English source says which words form the name (a capitalised run, :func:`title_source.capital_runs`)
and WordNet which last words are plural nouns of people or animals. The MT word right after the
transliterated words of the rest of the name is the plural's rendering when it is a Hindi word:
not a transliteration (of the name's words, or a loanword that spells its own English
translation: टीम), not a function word, no translation of another word of the source (दुनिया for
world), and a translation of the plural, a noun of people or animals by the dictionary read
backwards, or a common Hindi word the dictionary lacks (सरदार, दिग्गज: wordfreq). Unlike
:mod:`title_source`, the conventional vocabulary of translated names does not silence it: भारतीय
is right in भारतीय रिज़र्व बैंक, not in a team's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual import english
from audit.lang.bilingual.concrete import ANIMAL_FILE
from audit.lang.bilingual.hindi import fold, is_stop
from audit.lang.frequency import zipf_hi
from audit.lang.transcription import source_words
from audit.lang.wordnet import PERSON_FILE
from audit.rules.team_words import agent_phrase
from audit.rules.title_source import GAP_RE, GLUE, capital_runs, joined_words
from audit.rules.title_words import (
    base_forms,
    common_word,
    english_of,
    foreign_name,
    renders,
    spells_word,
)

#: a Hindi word the dictionary lacks is a word of the language from this Zipf frequency on
MIN_HINDI_ZIPF = 3.0
_DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]+")


@lru_cache(maxsize=16384)
def group_head(word: str) -> bool:
    """An English plural (its lemma is another word) most of whose WordNet noun senses name people
    or animals (indians, chiefs, giants, sons; not games, nations, forces)."""
    from audit.lang import wordnet

    if not wordnet.available():
        return False
    lemmas = [x for x in english.lemmas(word) if x != word]
    if not lemmas:
        return False
    senses = [f for x in lemmas for f in wordnet.sense_files("noun", x)]
    return 2 * sum(f in (PERSON_FILE, ANIMAL_FILE) for f in senses) > len(senses)


def _loanword(hindi: str) -> bool:
    """The Hindi word spells an English word it translates (टीम: team, हीट: heat)."""
    from audit.lang import engdict as ed

    d = ed.dictionary()
    return any(spells_word(hindi, s.english) for f in base_forms(hindi) for s in d.translates_as_word(f))


@lru_cache(maxsize=16384)
def _people_noun(hindi: str) -> bool:
    """The dictionary read backwards makes the Hindi word a noun of people or animals, or knows it
    not and wordfreq does (सरदार, दिग्गज)."""
    from audit.lang import wordnet

    back = english_of(hindi)
    if not back:
        return max(zipf_hi(f) for f in base_forms(hindi)) >= MIN_HINDI_ZIPF
    files = wordnet.lexfiles("noun")
    return any(pos == "noun" and files.get(o) in (PERSON_FILE, ANIMAL_FILE) for pos, o in back)


@lru_cache(maxsize=4096)
def head_calques(text: str, src: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, English name) of plural heads of names of ``src`` that ``text`` (NFC) renders in
    Hindi after the transliterated rest of the name."""
    if not engdict.available() or not src:
        return ()
    runs = [r for r in capital_runs(src) if len(r) >= 2 and group_head(r[-1])]
    if not runs:
        return ()
    mt = joined_words(text)
    others = set(source_words(src))
    found: list[tuple[int, int, str]] = []
    for run in runs:
        rest, head = run[:-1], run[-1]
        if not any(foreign_name(w) or not common_word(w) for w in rest):
            continue  # no place or name in the rest (Young Turks)
        outside = others - set(run)
        for i in range(len(mt) - len(rest)):
            j = i + len(rest)
            if not all(spells_word(mt[i + k][2], w) for k, w in enumerate(rest)):
                continue
            if not all(GAP_RE.fullmatch(text[mt[k - 1][1] : mt[k][0]]) for k in range(i + 1, j + 1)):
                continue
            hindi = mt[j][2]
            if not _DEVANAGARI_RE.fullmatch(hindi) or is_stop(hindi) or fold(hindi) in GLUE:
                continue
            if any(spells_word(hindi, w) for w in run) or _loanword(hindi):
                continue
            if any(renders(hindi, x) for x in outside):
                continue  # the MT left the plural out: this word is another's (दुनिया: world)
            agent = agent_phrase(text, mt, j)
            if renders(hindi, head) or _people_noun(hindi) or agent is not None:
                name = re.search(r"\b" + r"\W+".join(run) + r"\b", src, re.IGNORECASE)
                end = mt[agent if agent is not None else j][1]
                found.append((mt[j][0], end, name.group() if name else " ".join(run).title()))
    return tuple(found)
