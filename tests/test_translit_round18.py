"""Round-18 transliteration classes (issues 13, 14), each with its other side checked. Words here are
not from any test set.

With the source, HI408's spelled path reads a source verb in a past or irregular form (*rode*,
*jumped*, *sank*) standing before a Hindi light verb through the verb's own Hindi, even where Hindi
text writes the spelling now and then (as a noun or another word): the verb's Hindi must stand
mainly for it and be commoner than the spelling by the borrowing gap. A base form (which may be a
noun: *drum*) and a noun in that band (a loan Hindi writes as often as a word left in English) stay
silent.
"""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


@needs_resources
def test_irregular_forms_have_their_base_forms():
    from audit.lang.bilingual import english as E
    from audit.rules.translit_source import source_lemmas

    assert "ride" in E.irregular_lemmas("rode") and E.irregular_lemmas("jumped") == ()
    assert "ride" in source_lemmas("rode") and "weave" in source_lemmas("wove")
    assert source_lemmas("window") == ("window",)


@needs_resources
def test_only_an_inflected_form_is_read_as_a_verb():
    from audit.rules.source.spelled import _verb_lemmas

    assert _verb_lemmas("rode") == ("ride",)
    assert "jump" in _verb_lemmas("jumped")
    assert _verb_lemmas("jump") == ()  # a base form may be a noun (*a long jump*)
    assert _verb_lemmas("drum") == ()


@needs_resources
@pytest.mark.parametrize(
    ("src", "text", "spans"),
    [
        # a source verb's past, a spelling Hindi writes now and then (राइड, जंप), before a light verb
        ("The children rode the camel.", "बच्चे ऊंट पर राइड करते रहे।", ["राइड"]),
        ("The goat jumped over the wall.", "बकरी दीवार से जंप कर गई।", ["जंप"]),
        # the same spelling for a noun of the source: a loan Hindi writes
        ("The ride to the fort was bumpy.", "क़िले तक की राइड ऊबड़-खाबड़ थी।", []),
        # a base form (an imperative) may be the noun: not read as the verb
        ("Jump over the rope.", "रस्सी के ऊपर से जंप करो।", []),
        # a loan verb Hindi writes about as often as its Hindi word (कुक, पकाना)
        ("She cooked the dal.", "उसने दाल कुक की।", []),
    ],
)
def test_a_source_verb_before_a_light_verb(src, text, spans):
    from rule_run import run

    assert [f.span for f in run("HI408", text, src=src)] == spans


@needs_resources
def test_the_verbs_hindi_must_stand_for_it_and_outnumber_the_spelling(monkeypatch):
    from audit.rules.source import spelled
    from audit.rules.translit_levels import NEWS

    # the verb's Hindi: the dictionary's verb sense, not its noun's (*ride* → सवारी)
    assert spelled._verb_equivalent("rode")[0] == "सवारी"
    monkeypatch.setattr(spelled, "means", lambda hindi, lemma: False)
    spelled._spelled_candidate.cache_clear()
    try:
        assert spelled._spelled_candidate("राइड", "rode", NEWS.code, False, True) is None
    finally:
        spelled._spelled_candidate.cache_clear()
    monkeypatch.undo()
    # a margin short of the borrowing gap leaves the loan verb alone
    monkeypatch.setattr(spelled, "_verb_equivalent", lambda english: ("सवारी", 4.0))
    spelled._spelled_candidate.cache_clear()
    try:
        assert spelled._spelled_candidate("राइड", "rode", NEWS.code, False, True) is None
    finally:
        spelled._spelled_candidate.cache_clear()


@pytest.mark.parametrize(
    ("src", "text", "word", "english", "hindi", "rendered"),
    [
        # the source word is translated elsewhere in the line: the word is something else
        ("The porter carried the rice.", "कुली ने चावल ढोया और राइस", "राइस", "rice", "चावल", True),
        # a verb's Hindi by its stem (डूब of डूबना)
        ("The raft sank.", "बेड़ा डूब गया, सिंक", "सिंक", "sank", "डूबना", True),
        # the source writes the word twice, the Hindi once: one copy is still left in English
        ("Rice here and rice there.", "यहां चावल और वहां राइस", "राइस", "rice", "चावल", False),
        # not translated anywhere
        ("The porter carried the rice.", "कुली ने राइस ढोया", "राइस", "rice", "चावल", False),
    ],
)
def test_a_source_word_translated_elsewhere_in_the_line(src, text, word, english, hindi, rendered):
    from audit.rules.script import hindi_tokens
    from audit.rules.translit_guards import rendered_elsewhere
    from audit.rules.translit_levels import Candidate

    toks = list(hindi_tokens(text))
    i = next(k for k, t in enumerate(toks) if t[2] == word)
    assert rendered_elsewhere(src, toks, i, Candidate(english, hindi, 0.0, 4.0)) is rendered
