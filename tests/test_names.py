"""HI1xx names & entities: name parts translated as words, two spellings, reference spellings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.core.model import Segment
from audit.rules.names import find_name_calques, lexicon, skeleton
from audit.rules.names_reference import ReferenceCorpus
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks

load_all_checks()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CLEAN_SEEDS = sorted(SEEDS.glob("00[1-4]_*.txt"))


def run(code: str, text: str, ctx: CheckContext | None = None):
    seg = Segment("t", 0, text)
    findings = REGISTRY[code].run(seg, ctx or CheckContext(document=[seg]))
    for f in findings:
        assert f.span == text[f.start : f.end]
        assert f.code == code and f.severity in {"minor", "major", "critical"}
    return findings


def split_sentences(text: str, doc: str) -> list[Segment]:
    parts = [p.strip() for p in re.split(r"[।\n]", text)]
    return [Segment(doc, i, p) for i, p in enumerate(p for p in parts if p)]


@pytest.mark.parametrize("part", lexicon().parts, ids=lambda p: p.english)
def test_lexicon_examples(part):
    bad = run("HI101", part.incorrect)
    assert len(bad) == 1, part.incorrect
    assert any(w in bad[0].span for w in [" ".join(f) for f in part.wrong] + list(bad[0].span.split()))
    assert bad[0].evidence["english"] == part.english
    assert part.transliterations[0] in bad[0].suggestion
    assert run("HI101", part.correct) == [], part.correct


def test_every_entry_is_complete():
    for part in lexicon().parts:
        assert part.english and part.transliterations and part.wrong and part.gloss
        assert part.incorrect != part.correct


def test_registered_examples_behave():
    for code in ("HI101", "HI102"):
        assert REGISTRY[code].examples, code
    for bad, good in REGISTRY["HI101"].examples:
        assert run("HI101", bad) and not run("HI101", good)


def test_un_inside_name_span_and_suggestion():
    text = "बैठक के बाद नेता किम जोंग संयुक्त राष्ट्र ने बयान जारी किया।"
    (f,) = run("HI101", text)
    assert f.span == "किम जोंग संयुक्त राष्ट्र"
    assert f.suggestion == "किम जोंग उन"
    assert "Un" in f.message and "उन" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "संयुक्त राष्ट्र महासचिव ने युद्धविराम की अपील की।",
        "उसका बेटा कल स्कूल नहीं गया।",
        "किम जोंग उन के बेटे के बारे में कोई जानकारी नहीं है।",
        "राष्ट्रपति ट्रंप संयुक्त राष्ट्र में भाषण देंगे।",
        "राष्ट्रपति ट्रंप संयुक्त राष्ट्र को संबोधित करेंगे।",
        "किम ने संयुक्त राष्ट्र के प्रतिबंधों की आलोचना की।",
        "युवा किम जोंग उन ने सत्ता संभाली।",
        "रात को चांद बहुत सुंदर दिख रहा था।",
        "जॉन ने अपने बेटे को गुलाब दिया।",
        "सरकार ने निर्यात पर प्रतिबंध लगाया है।",
        "चोए सोन-हुई और लावरोव ने समझौते पर हस्ताक्षर किए।",
        "राष्ट्रपति ट्रंप प्रतिबंध लगाने पर विचार कर रहे हैं।",
        "जब जॉन युवा हुआ तो वह शहर चला गया।",
        "मैंने दवा ली बेटे के लिए।",
        "अध्यक्ष जॉनसन संयुक्त राष्ट्र की बैठक में गए।",
    ],
)
def test_legitimate_uses_do_not_fire(text):
    assert run("HI101", text) == []


def test_nukta_and_chandrabindu_variants_match():
    assert run("HI101", "पूर्व राष्ट्रपति चाँद जे-इन ने भाषण दिया।")
    assert find_name_calques("अभिनेत्री कोंडोलीजा चावल आईं") == find_name_calques("अभिनेत्री कोंडोलीज़ा चावल आईं")


def test_decomposed_input_offsets():
    text = "मंत्री चोए बेटे हुई आईं और रा\u091c\u093c कहा।"  # nukta written decomposed
    (f,) = run("HI101", text)
    assert f.span == "चोए बेटे हुई"


def test_name_spelled_two_ways_in_document():
    segs = [
        Segment("d", 0, "विदेश मंत्री चोए बेटे हुई ने बयान दिया।"),
        Segment("d", 1, "बाद में चोए सोन हुई पत्रकारों से मिलीं।"),
    ]
    ctx = CheckContext(document=segs)
    first = REGISTRY["HI102"].run(segs[0], ctx)
    assert [f.span for f in first] == ["चोए बेटे हुई"]
    assert first[0].suggestion == "चोए सोन हुई"
    assert REGISTRY["HI102"].run(segs[1], ctx) == []


def test_consistent_document_is_quiet():
    segs = [
        Segment("d", 0, "विदेश मंत्री चोए सोन हुई ने बयान दिया।"),
        Segment("d", 1, "उनके बेटे ने कहा कि चोए सोन हुई जल्द लौटेंगी।"),
    ]
    ctx = CheckContext(document=segs)
    assert all(REGISTRY["HI102"].run(s, ctx) == [] for s in segs)


@pytest.fixture()
def corpus(tmp_path: Path) -> ReferenceCorpus:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("वार्ता वोन्सान शहर में हुई। दोनों की मुलाकातें जारी रहीं।", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("लावरोव ने वोन्सान का दौरा किया।", encoding="utf-8")
    (tmp_path / "ignored.md").write_text("वोनसन", encoding="utf-8")
    return ReferenceCorpus.from_paths([tmp_path])


def test_reference_corpus_reads_txt_recursively(corpus):
    assert len(corpus.sources) == 2
    assert "वोन्सान" in corpus and "वोंसान" in corpus  # half nasal = anusvara
    assert "वोनसन" not in corpus
    assert corpus.counts[next(k for k in corpus.counts if skeleton(k) == skeleton("वोन्सान"))] == 2


def test_reference_corpus_missing_path(tmp_path):
    with pytest.raises(FileNotFoundError):
        ReferenceCorpus.from_paths([tmp_path / "nope"])


def test_reference_spelling(corpus):
    ctx = CheckContext(reference=corpus)
    (f,) = run("HI103", "बैठक वोनसन में हुई।", ctx)
    assert f.span == "वोनसन" and f.suggestion == "वोन्सान"
    (g,) = run("HI103", "बैठक वॉन्सन में हुई।", ctx)
    assert g.suggestion == "वोन्सान"
    assert run("HI103", "बैठक वोन्सान में हुई।", ctx) == []
    assert run("HI103", "दोनों की मुलाकातों का दौर चला।", ctx) == []  # inflection, not a name
    assert run("HI103", "बैठक वोनसन में हुई।") == []  # no reference corpus: rule is off


def test_reference_corpus_from_seeds_suggests_trusted_form():
    corpus = ReferenceCorpus.from_paths(CLEAN_SEEDS)
    assert corpus.variant_of("वोनसन") in {"वोन्सान", "वोंसान"}
    assert corpus.variant_of("लावरोव") is None  # spelled as trusted text does


@pytest.mark.parametrize("path", CLEAN_SEEDS, ids=lambda p: p.name[:3])
def test_no_findings_on_clean_seeds(path: Path):
    others = [p for p in CLEAN_SEEDS if p != path]
    for reference in (None, ReferenceCorpus.from_paths(CLEAN_SEEDS), ReferenceCorpus.from_paths(others)):
        segs = split_sentences(path.read_text(encoding="utf-8"), path.name)
        ctx = CheckContext(document=segs, reference=reference)
        found = [
            (c, f.span) for s in segs for c in ("HI101", "HI102", "HI103") for f in REGISTRY[c].run(s, ctx)
        ]
        assert found == []
