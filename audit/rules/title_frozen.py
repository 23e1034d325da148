"""HI207's frozen-name frame, read from the Hindi (in both modes): Hindi inflects an -आ adjective with its noun before a
postposition (नीले तारे ने, खुले रहस्य ने); a name is kept whole, as written, in any case. So an
-आ adjective in its direct form before its noun and a postposition (नीला तारा ने, खुला रहस्य ने
नया बार उतारा, पार्सल नीला तीर से भेजा गया) marks a name, and a name made of translated words is
a name translated word for word (Blue Star, Open Secret, Blue Dart; a person's too, रैपर छोटा
बच्चा ने for Lil Baby). Hindi news transliterates such names (ब्लू स्टार, ब्लू डार्ट).

The adjective is one the dictionary gives mostly as an adjective (नीला: blue; not टीका, a
vaccine, nor उसका, a pronoun) whose oblique form (-े) is common in Hindi text, and no -आ adjective
Hindi leaves uninflected (ताज़ा, ज़्यादा, ज़िंदा) or uses as an adverb before a noun (वह सीधा घर
को गया, बच्चा अकेला घर में था): ``data/frozen_names.toml``. The noun is a translation
(:func:`audit.rules.title_teams.translated`: no transliteration, place or person's name). A
Hindi work's title after its kind noun is frozen as written and stays silent (फ़िल्म काला पत्थर
में), and so does an adjective before a genitive (पुराना बरगद का पेड़: it agrees with पेड़).
"""

from __future__ import annotations

from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import engdict
from audit.lang.bilingual.hindi import fold, is_stop, words
from audit.lang.frequency import zipf_hi
from audit.rules.title_source import GAP_RE

#: the oblique form (-े) of an inflecting adjective is a word of Hindi text from this frequency on
OBLIQUE_ZIPF = 3.0
#: irregular oblique forms
_OBLIQUE = {fold("नया"): "नए"}


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    return {k: frozenset(fold(w) for w in v) for k, v in data_toml("frozen_names.toml").items()}


@lru_cache(maxsize=65536)
def inflecting_adjective(hindi: str) -> bool:
    """An -आ adjective Hindi inflects before a noun in the oblique case (नीला → नीले): the
    dictionary gives it mostly as an adjective and no pronoun, its oblique form is common, and it
    is neither invariant nor adverbial (``data/frozen_names.toml``)."""
    f = fold(hindi)
    if not hindi.endswith("ा") or len(hindi) < 3 or is_stop(hindi):
        return False
    data = _data()
    if f in data["invariant"] or f in data["adverbial"]:
        return False
    senses = engdict.dictionary().translates_as_word(hindi)
    adjectives = sum(s.pos.startswith("Adj") for s in senses)
    if adjectives * 2 <= len(senses) or any(s.pos.startswith(("Pron", "Det")) for s in senses):
        return False
    return zipf_hi(_OBLIQUE.get(f, hindi[:-1] + "े")) >= OBLIQUE_ZIPF


@lru_cache(maxsize=4096)
def frozen_calques(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, phrase) of names translated word for word that an uninflected -आ adjective
    before a postposition marks, in ``text`` (NFC)."""
    if not engdict.available():
        return ()
    from audit.rules.title_teams import translated

    mt = words(text)
    data = _data()
    found: list[tuple[int, int, str]] = []
    for i in range(len(mt) - 2):
        adjective, noun, post = mt[i][2], mt[i + 1][2], mt[i + 2][2]
        if fold(post) not in data["postpositions"] or not inflecting_adjective(adjective):
            continue
        if not all(GAP_RE.fullmatch(text[mt[k][1] : mt[k + 1][0]]) for k in (i, i + 1)):
            continue
        if is_stop(noun) or not translated(noun):
            continue
        if i and fold(mt[i - 1][2]) in data["work_nouns"]:
            continue  # फ़िल्म काला पत्थर में: a Hindi work's title
        found.append((mt[i][0], mt[i + 1][1], text[mt[i][0] : mt[i + 1][1]]))
    return tuple(found)
