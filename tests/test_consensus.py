"""mt_disagreement: several translations of one source in a document vouch for each other."""

from __future__ import annotations

import numpy as np

from audit.core.model import Segment, SegmentResult
from audit.dev.calibrate import matrix
from audit.pipeline.auditor import Auditor
from audit.scoring.consensus import FEATURE, disagreements
from audit.scoring.risk import load_risk_model

SRC = "The farmers sold their rice at the market on Monday."
GOOD_A = "किसानों ने सोमवार को बाज़ार में अपना चावल बेचा।"
GOOD_B = "किसानों ने सोमवार को मंडी में अपना चावल बेचा।"
OUTLIER = "सोमवार को किसान बाज़ार गए और वहाँ उन्होंने बहुत सारी बातें कीं।"


def test_the_outlier_among_three_translations_disagrees_most():
    a, b, c = disagreements([SRC] * 3, [GOOD_A, GOOD_B, OUTLIER])
    assert a is not None and b is not None and c is not None
    assert 0.0 <= a < c <= 1.0 and 0.0 <= b < c
    # nearest neighbour, not the mean: the two that agree are not pulled down by the outlier
    assert abs(a - disagreements([SRC] * 2, [GOOD_A, GOOD_B])[0]) < 1e-9  # type: ignore[operator]


def test_no_sibling_no_value():
    other = "Prices rose in the city."
    assert disagreements([SRC, other], [GOOD_A, "शहर में दाम बढ़े।"]) == [None, None]
    # exact duplicate rows (whitespace aside) are one translation, not two that agree
    assert disagreements([SRC, " " + SRC], [GOOD_A, GOOD_A + " "]) == [None, None]
    assert disagreements(["", ""], [GOOD_A, GOOD_B]) == [None, None]


def test_the_auditor_scores_siblings_in_a_document_and_the_model_reads_the_mean_otherwise():
    results = Auditor().check(
        [GOOD_A, GOOD_B, OUTLIER, "शहर में दाम बढ़े।"], sources=[SRC] * 3 + ["Prices rose."]
    )
    values = [r.scores.get(FEATURE) for r in results]
    assert values[0] is not None and values[2] is not None and values[2] > values[0]
    assert values[3] is None  # one translation of its source: no evidence either way
    model = load_risk_model("with_source")
    if FEATURE in model.weights:
        lone = model.features(results[3])[FEATURE]
        assert lone == model.means[FEATURE]
        assert model.weights[FEATURE] > 0  # more disagreement, more risk


def test_calibration_fills_an_absent_score_with_the_mean_of_the_rows_that_have_it():
    rows = [SegmentResult(segment=Segment("d", i, "यह वाक्य है।", src="A sentence.")) for i in range(3)]
    rows[0].scores[FEATURE], rows[1].scores[FEATURE] = 0.2, 0.4
    x = matrix(rows, ["words", FEATURE])
    assert np.allclose(x[:, 1], [0.2, 0.4, 0.3])
    assert np.allclose(matrix(rows[2:], ["words", FEATURE], fill=np.array([0.0, 0.5]))[:, 1], [0.5])


def test_chrf_from_counts_equals_sacrebleu():
    from sacrebleu.metrics import CHRF

    from audit.scoring.consensus import chrf

    texts = [GOOD_A, GOOD_B, OUTLIER, "शहर में दाम बढ़े।", "Prices rose.", "a", ""]
    for hyp in texts:
        for ref in texts:
            assert abs(chrf(hyp, ref) - CHRF().sentence_score(hyp, [ref]).score) < 1e-9, (hyp, ref)


REORDERED = "सोमवार को किसानों ने अपना चावल बाज़ार में बेच दिया।"
UNRELATED = "शहर में आज सुबह से तेज़ बारिश हो रही है।"


def test_without_a_source_translations_of_one_sentence_are_found_by_their_likeness():
    from audit.scoring.consensus import similar_disagreements

    a, b, c, o, u = similar_disagreements([GOOD_A, GOOD_B, REORDERED, OUTLIER, UNRELATED])
    assert a is not None and b is not None and c is not None and 0.0 <= a < c <= 1.0
    assert u is None  # a different sentence is nobody's sibling
    assert o is None  # too unlike the others to be recognised as a rendering of the same sentence
    assert similar_disagreements([GOOD_A, GOOD_A + " ", UNRELATED]) == [None, None, None]
    assert similar_disagreements([GOOD_A]) == [None]


def test_a_hindi_only_run_scores_siblings_and_the_model_weighs_disagreement():
    results = Auditor().check([GOOD_A, GOOD_B, REORDERED, UNRELATED])
    values = [r.scores.get(FEATURE) for r in results]
    assert None not in values[:3] and values[3] is None
    model = load_risk_model("hindi_only")
    if FEATURE in model.weights:
        assert model.weights[FEATURE] > 0 and model.features(results[3])[FEATURE] == model.means[FEATURE]


def test_matches_equal_the_intersection_formula():
    """``_matches`` walks the smaller counter: the same integers as summing the minimum count over
    the n-grams both texts hold, for word and character n-grams alike."""
    import random

    from audit.scoring.consensus import _char_ngrams, _matches, _word_ngrams

    rng = random.Random(3)
    vocab = ["राम", "ने", "कहा", "कि", "वह", "घर", "जाएगा", "।", "आज", "कल"]
    for _ in range(300):
        a = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 12)))
        b = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 12)))
        for extract in (_word_ngrams, _char_ngrams):
            x, y = extract(a), extract(b)
            expected = [sum(min(p[g], q[g]) for g in p.keys() & q.keys()) for p, q in zip(x, y)]
            assert _matches(x, y) == expected == _matches(y, x), (a, b)
