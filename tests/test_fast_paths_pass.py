"""The per-text work of a pass, made cheaper, gives the answers of the straightforward definitions
(round 18, docs/performance.md "Round 18 — the per-text work of a pass")."""

from __future__ import annotations

import math
import random

from audit.core.model import Finding, Segment, SegmentResult
from audit.core.text import LATIN_WORD_RE, nfc_view
from audit.lang.frequency import zipf_hi
from audit.rules.anchors import AnchorIndex
from audit.rules.registry import iter_rules
from audit.scoring.risk import (
    _NUMBER_RE,
    FEATURES,
    UNCOMMON_ZIPF,
    hindi_words,
    load_risk_model,
    looks_transliterated,
)


def _example_texts() -> list[str]:
    return [nfc_view(t).text for r in iter_rules() for pair in r.examples for t in pair]


def _anchor_texts(index: AnchorIndex[object], rng: random.Random, n: int) -> list[str]:
    """Texts made of the index's own anchors and example words, joined by one or two spaces or
    none, or a line break: anchors inside a word, across words, at the edges."""
    anchors = sorted(index._owners)
    words = [w for t in _example_texts()[:400] for w in t.split()]
    out = []
    for _ in range(n):
        pieces = [rng.choice(anchors if rng.random() < 0.5 else words) for _ in range(rng.randint(1, 8))]
        out.append("".join(p + rng.choice(["", " ", " ", "  ", "\n"]) for p in pieces))
    return out


def _every_requirement_met(index: AnchorIndex[object], text: str) -> list[int]:
    """The definition: the items each of whose requirements has an anchor in ``text``."""
    return [i for i, reqs in enumerate(index._requirements) if all(any(a in text for a in r) for r in reqs)]


def test_anchor_candidates_are_the_items_whose_every_requirement_occurs() -> None:
    from audit.rules.literal import _lexicon_index
    from audit.rules.title_inventory import _index

    rng = random.Random(18)
    for index in (_lexicon_index(), _index()):
        assert any(" " in a for a in _lexicon_index()._owners)  # (the anchors that span two words)
        texts = _example_texts() + _anchor_texts(index, rng, 1500)
        for text in texts + texts:  # the second time from the words seen before
            assert index.candidate_indices(text) == _every_requirement_met(index, text), text


def _finding(code: str, severity: str) -> Finding:
    return Finding(code, "x", severity, 0, 1, "x", "m")


def _counted(result: SegmentResult, severity: str | None = None, family: str | None = None) -> int:
    return sum(
        1
        for f in result.findings
        if (severity is None or f.severity == severity) and (family is None or f.code.startswith(family))
    )


def test_risk_features_equal_their_definitions() -> None:
    """Every feature, read from one walk over the findings and one over the words, is the number
    its definition gives (the same float: the counts are the same integers)."""
    rng = random.Random(5)
    codes = [r.code for r in iter_rules()]
    texts = [*_example_texts(), "", "सरकार ABC 12 १२ स्ट्रेक स्ट्रेक अंडरसाइड है , ।", "x y"]
    models = [load_risk_model("hindi_only"), load_risk_model("with_source")]
    for i, text in enumerate(texts):
        findings = [
            _finding(rng.choice(codes), rng.choice(["minor", "major", "critical"]))
            for _ in range(rng.randint(0, 4))
        ]
        result = SegmentResult(segment=Segment("d", i + 1, text), findings=findings)
        words = hindi_words(text)
        latin = len(LATIN_WORD_RE.findall(text))
        odd = sum(1 for w in words if zipf_hi(w) == 0.0 or looks_transliterated(w)) + latin
        expected = {
            "words": math.log1p(len(words) + latin + len(_NUMBER_RE.findall(text))),
            "unknown_words": math.log1p(sum(1 for w in words if zipf_hi(w) == 0.0)),
            "translit_words": math.log1p(sum(1 for w in set(words) if looks_transliterated(w))),
            "latin_words": math.log1p(latin),
            "uncommon_words": math.log1p(sum(1 for w in words if zipf_hi(w) < UNCOMMON_ZIPF)),
            "odd_share": odd / max(1, len(words) + latin),
        }
        for sev in ("minor", "major", "critical"):
            expected[f"findings_{sev}"] = math.log1p(_counted(result, severity=sev))
        for fam in {c[:3] for c in codes}:
            expected[f"family_{fam}"] = float(_counted(result, family=fam) > 0)
        for name, value in expected.items():
            assert FEATURES[name](result) == value, (name, text)
        for model in models:
            got = model.features(result)
            assert all(got[n] == expected[n] for n in got if n in expected), text


def _example_words() -> list[str]:
    from wordfreq import get_frequency_dict

    words = [w for t in _example_texts() for w in t.replace("।", " ").split()]
    return words + sorted(get_frequency_dict("hi"))[::9]


def test_content_key_is_the_fold_of_a_word_that_is_no_stop_word() -> None:
    from audit.lang.bilingual.hindi import content_key, fold, is_stop

    for w in _example_words():
        assert content_key(w) == (None if is_stop(w) else fold(w)), w


def test_hi402s_per_word_gate_never_drops_a_split() -> None:
    """A token the gate stops has no split at any setting (HI402 skips it before glued_split)."""
    from audit.rules.script_glue import glued_split, may_be_glued

    for w in [*_example_words(), "सुरक्षासमझौते", "सरकारजल्द", "अदालतके"]:
        for part, content in ((3.5, 3.0), (0.0, 0.0)):
            if glued_split(w, True, part, content) is not None:
                assert may_be_glued(w), w


def test_hi401_and_hi407_share_the_walk_over_tokens() -> None:
    from audit.rules.script import hindi_tokens
    from audit.rules.script_translit import TRANSLIT_CONFIG, token_candidates, transliteration_candidate

    limits = tuple(TRANSLIT_CONFIG.values())
    for text in [*_example_texts(), "टीम ने स्ट्रेक और अंडरसाइड देखा। स्कोर ठीक है"]:
        want = [
            (i, transliteration_candidate(w, *limits))
            for i, (_s, _e, w) in enumerate(hindi_tokens(text))
            if transliteration_candidate(w, *limits) is not None
        ]
        assert list(token_candidates(text, limits)) == want, text


def test_units_passing_a_registered_test_are_those_a_walk_would_find() -> None:
    """Every test the rules registered (the name rules' first question of each unit), read for all
    of them in one walk, picks the units asking it of each unit picks, also for a test registered
    after a text was read."""
    from audit.lang import segment_words as sw
    from audit.rules import name_class, name_frames, name_hyphen  # noqa: F401  (they register theirs)
    from audit.rules.name_data import given_names
    from audit.rules.names import key_zipf

    texts = [*_example_texts(), "महासचिव बान की-मून ने कहा। ली ने माइकल सूरज से", "", "।"]
    assert len(sw._TESTS) >= 4
    for text in texts:
        layer = sw.segment_words(text)
        for n, test in enumerate(sw._TESTS):
            assert layer.passing(1 << n) == tuple(i for i, k in enumerate(layer.keys) if test(k)), text
        given, rare = name_frames.name_starts(text)  # the walk it replaced
        common, rare_zipf = name_frames.COMMON_GIVEN_MAX_ZIPF, name_frames.NAME_MAX_ZIPF
        want = [i for i, k in enumerate(layer.keys) if key_zipf(k) < common or k in given_names()]
        assert given == frozenset(want), text
        assert rare == frozenset(i for i in want if key_zipf(layer.keys[i]) < rare_zipf), text
    layer = sw.segment_words(texts[-3])
    bit = sw.unit_test(lambda k: k == "ली")
    try:
        assert layer.passing(bit) == (layer.keys.index("ली"),)
    finally:
        sw._TESTS.pop()
        sw._MASKS.clear()


def test_hi408_light_verb_only_gate_changes_no_finding(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """HI408 without a source skips a token whose per-word tests all say no and that stands before
    no light verb: the findings are those of the loop that asks every test of every token."""
    from audit.rules import translit_common as tc
    from audit.rules.translit_equiv import LIGHT_VERB_FORMS
    from audit.rules.translit_levels import LEVELS

    rng = random.Random(19)
    texts = _example_texts()
    words = [w for t in texts for w in t.split()] + sorted(LIGHT_VERB_FORMS)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(300)]

    def run(text: str, src: str | None, level: str) -> list[tuple[int, int, str]]:
        seg = Segment(doc="d", index=1, text=text, src=src, lang="hi")
        return [(f.start, f.end, f.message) for f in tc._run(seg, LEVELS[level], "HI408")]

    plain = [(t, src, "newsroom") for t in texts for src in (None, "Five")]
    gated = [run(*args) for args in plain]
    monkeypatch.setattr(tc, "light_verb_only", lambda word, code: False)
    assert gated == [run(*args) for args in plain]
    assert sum(map(len, gated)) >= 5
