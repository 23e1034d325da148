"""Public bodies for HI207's source path: the name of an administrative body is translated in Hindi,
its field and its kind of body both (Enforcement Directorate → प्रवर्तन निदेशालय, Staff Selection
Commission → कर्मचारी चयन आयोग, Central Pollution Control Board → केंद्रीय प्रदूषण नियंत्रण बोर्ड).

Two WordNet classes, no list of bodies:

- a *body word* is an English noun whose first sense is an administrative unit (directorate, bureau,
  commission, board, agency, department, council, committee; not office, whose first sense is a
  room, nor army or bank);
- a *field word* names what such a body does or deals with: a noun whose first sense is an act, an
  attribute, a cognition, a communication, a possession or a state (enforcement, selection,
  control, intelligence, revenue, pollution), written as that noun (a plural such as Ways or
  Relations is English idiom, not a field: Ways and Means Committee → तरीके और साधन समिति stays a
  calque).

In a capitalised run of the source that holds a body word, the Hindi of the body word and of the
field words is the body's Hindi name, not an everyday word. The other words of such a run keep
their test (Privy Council → शौचालय परिषद: privy is a room; Department of Homeland Security →
मातृभूमि सुरक्षा विभाग: homeland is a place).
"""

from __future__ import annotations

from functools import lru_cache

#: the WordNet synset (by lemma) every body word's first sense falls under
_BODY_LEMMAS = frozenset({"administrative_unit", "administrative_body"})
#: WordNet noun lexicographer files of fields: act, attribute, cognition, communication,
#: possession, state
FIELD_FILES = frozenset({"04", "07", "09", "10", "21", "26"})


@lru_cache(maxsize=4096)
def body_word(word: str) -> bool:
    """The English word (lower case) is a kind of administrative body by its first noun sense."""
    from audit.lang import wordnet

    offset = wordnet.first_sense("noun", word)
    return offset is not None and wordnet.noun_under(offset, _BODY_LEMMAS, depth=8)


@lru_cache(maxsize=4096)
def field_word(word: str) -> bool:
    """The English word (lower case, as written) is a noun whose first sense is a field of work."""
    from audit.lang import wordnet

    offset = wordnet.first_sense("noun", word)
    return offset is not None and wordnet.synset_at("noun", offset).lexfile in FIELD_FILES


def body_name_words(run: list[str]) -> frozenset[str]:
    """The words of a source run (lower case) whose Hindi is a public body's name: its body words
    and field words, when the run names a body; else none."""
    if not any(body_word(w) for w in run):
        return frozenset()
    return frozenset(w for w in run if body_word(w) or field_word(w))
