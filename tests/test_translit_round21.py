"""Round-21 transliteration classes (issues 13, 14), with their other side checked. The sentences
here are in no test set.

A word in a noun's slot (after a determiner, a possessive or a number) with a Hindi verb's form after
it is the verb's subject or object, not a word of an English term or name, whatever English the verb
sounds like (एक रैबिट बैठा: बैठा reads *beta*); and a Hindi adjective's feminine before a word (हल्की
ड्रिज़ल) is Hindi, no word of a term. Both were read as "foreign" neighbours because FreeDict gives the
verb's infinitive (बैठना) and the adjective's base (हल्का), not the form written. Not an English
adjective and nothing else in the noun's slot (एक फ्रूटी: a brand), not a word outside it (पंखे के स्क्रू
कसे), not a word the transliterator reads as English (मनी).
"""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


@needs_resources
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("पेड़ के नीचे एक रैबिट बैठा था।", "रैबिट"),  # बैठा: बैठना, the clause's verb
        ("झाड़ी में एक रैबिट छिपा था।", "रैबिट"),
        ("आसमान में हल्की ड्रिज़ल हुई।", "ड्रिज़ल"),  # हल्की: हल्का's feminine
        ("उसने एक फ्रूटी मंगाई।", None),  # *fruity*: an adjective and nothing else, a brand here
        ("पंखे के स्क्रू कसे गए।", None),  # no determiner: the loan's frame as before
        ("खिलाड़ी ने 200 मीटर बटरफ़्लाई जीती।", None),  # the swimming stroke
    ],
)
def test_a_noun_before_its_verb_and_after_an_adjective(text, span):
    from rule_run import run

    spans = [f.span for f in run("HI408", text)]
    assert spans == ([span] if span else []), spans


@needs_resources
def test_noun_before_verb_and_hindi_feminine():
    from audit.rules.script import hindi_tokens
    from audit.rules.translit_context import hindi_feminine, noun_before_verb

    text = "झाड़ी में एक रैबिट छिपा था।"
    toks = list(hindi_tokens(text))
    i = [t[2] for t in toks].index("रैबिट")
    assert noun_before_verb(text, toks, i, "rabbit")
    assert not noun_before_verb(text, toks, i, "fruity")  # an adjective only
    text = "झाड़ी में रैबिट छिपा था।"
    toks = list(hindi_tokens(text))
    assert not noun_before_verb(text, toks, 2, "rabbit")  # no determiner before it
    assert hindi_feminine("हल्की") and hindi_feminine("पुरानी")
    assert not hindi_feminine("मनी")  # *money*
    assert not hindi_feminine("हल्का")


@needs_resources
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("उसकी क्लॉक बंद हो गई।", "क्लॉक"),  # after a possessive: *clock*, घड़ी
        ("यह नदी बहुत डीप है।", "डीप"),  # after an intensifier, before a copula: *deep*
        ("उनका घर बहुत सेफ़ है।", "सेफ़"),
        ("उसने फ़ाइल सेव की।", None),  # before a light verb: a loan Hindi writes as a verb
        ("टीम प्रमोट हो गई।", None),
        ("उसने एक केक खाया।", None),  # a loan Hindi writes about as often as English writes *cake*
    ],
)
def test_a_word_hindi_writes_rarely_in_an_ordinary_slot(text, span):
    from rule_run import run

    spans = [f.span for f in run("HI408", text)]
    assert spans == ([span] if span else []), spans


@needs_resources
def test_written_candidate():
    from audit.rules.translit_unwritten import may_be_written, written_candidate

    assert may_be_written("क्लॉक") and not may_be_written("स्नेक")  # Zipf 0: the unwritten path's
    assert not may_be_written("पुलिस")  # common in Hindi text
    c = written_candidate("क्लॉक", "newsroom")
    assert c is not None and c.english == "clock"
    assert written_candidate("केक", "newsroom") is None
