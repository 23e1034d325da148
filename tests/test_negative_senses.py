"""audit.rules.source.negative_senses: English verbs whose WordNet definition negates license a
Hindi नहीं (HI505)."""

from __future__ import annotations

import pytest

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.rules.source.negation import negation_mismatch
from audit.rules.source.negative_senses import negating_verb

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")


def _toks(src: str) -> tuple[str, ...]:
    return tuple(t for _, _, t in E.tokens(src))


@needs_wordnet
def test_verbs_whose_definition_negates():
    assert negating_verb(_toks("The minister skipped the cabinet meeting."))  # intentionally fail to attend
    assert negating_verb(_toks("Two members abstained from the vote."))  # refrain from voting
    assert negating_verb(_toks("Her date stood her up at the café."))  # stand up: fail to keep a date
    assert not negating_verb(_toks("The minister attended the cabinet meeting."))
    assert not negating_verb(_toks("The rest of the team stayed in Delhi."))  # a noun, no verb


@needs_wordnet
def test_negation_licensed_by_the_verb_and_still_caught_without_it():
    assert (
        negation_mismatch("The minister skipped the cabinet meeting.", "मंत्री कैबिनेट की बैठक में नहीं गए।") is None
    )
    assert (
        negation_mismatch("The minister attended the cabinet meeting.", "मंत्री कैबिनेट की बैठक में नहीं गए।")
        == "added"
    )
