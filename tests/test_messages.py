"""Every finding message in English and in Hindi (``--lang en|hi``), from the catalogue."""

from __future__ import annotations

import re

import pytest

from audit.core.model import Segment
from audit.outputs.messages import catalogue, localize_records, render_message
from audit.rules.registry import CheckContext, iter_rules

QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|«[^»]*»")
DEVA = re.compile(r"[\u0900-\u097F]")
LATIN = re.compile(r"[A-Za-z]")


def example_findings():
    """Findings of every rule's own examples (source-aware rules: examples with their source)."""
    from audit.rules.source.common import EXAMPLE_SOURCES

    out = []
    for rule in iter_rules():
        sources = EXAMPLE_SOURCES.get(rule.code) or [None] * len(rule.examples)
        for example, src in zip(rule.examples, sources):
            bad = example[0]
            if rule.needs_source and not src:
                continue
            seg = Segment(doc="ex", index=1, text=bad, src=src)
            for f in rule.run(seg, CheckContext(document=[seg])):
                out.append(f.to_dict())
    return out


FINDINGS = example_findings()


def test_every_rule_has_a_catalogue_entry() -> None:
    missing = [r.code for r in iter_rules() if r.code not in catalogue()]
    assert missing == [], f"add these codes to audit/data/messages.toml: {missing}"


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f["code"])
def test_message_renders_in_english_and_hindi(finding) -> None:
    en = render_message(finding, "en")
    hi = render_message(finding, "hi")
    outside_en = QUOTED.sub("", en)
    assert len(DEVA.findall(outside_en)) <= 4, (
        f"English message has Hindi outside quotes: {en}"
    )  # e.g. "आ not अा"
    outside_hi = QUOTED.sub("", hi)
    assert len(DEVA.findall(outside_hi)) > len(LATIN.findall(outside_hi)), f"Hindi message is not Hindi: {hi}"
    assert "{" not in en and "{" not in hi


def test_round_trip_messages_both_languages() -> None:
    f = {
        "code": "HI601",
        "span": "x",
        "message": "मिश्रित message",
        "evidence": {"backtranslation": "Cats sleep.", "chrf": 12.3456, "model": "m"},
    }
    assert render_message(f, "en") == (
        "The back-translation differs strongly from the source: “Cats sleep.” "
        "(chrF 12.35). Check the sentence's meaning."
    )
    assert render_message(f, "hi").startswith("उलटा अनुवाद स्रोत से बहुत अलग है")


def test_variant_choice_and_fallback() -> None:
    loop = {
        "code": "HI301",
        "span": "क ख, क ख",
        "message": "own",
        "evidence": {"kind": "list-loop", "repeated": "क ख"},
    }
    assert "सूची" in render_message(loop, "hi")
    unknown_kind = {**loop, "evidence": {"kind": "new-kind", "repeated": "क ख"}}
    assert render_message(unknown_kind, "hi") == "“क ख, क ख” में दोहराव है — संभवतः डिकोडिंग लूप।"
    assert render_message({"code": "HI999", "message": "kept as written"}, "hi") == "kept as written"
    with pytest.raises(ValueError, match="en, hi"):
        render_message(loop, "fr")


def test_localize_records_keeps_the_detector_message() -> None:
    rec = {
        "findings": [
            {
                "code": "HI403",
                "span": "budget",
                "message": "The English word “budget” is left.",
                "evidence": {"english": "budget"},
            }
        ]
    }
    localize_records([rec], "hi")
    f = rec["findings"][0]
    assert f["message"].startswith("अंग्रेज़ी शब्द “budget”") and f["message_src"].startswith("The English word")


def test_emitted_severities_are_within_the_declared_range() -> None:
    rules = {r.code: r for r in iter_rules()}
    for f in FINDINGS:
        assert f["severity"] in rules[f["code"]].severity_range, (f["code"], f["severity"])
    assert rules["HI201"].severity_label == "minor–major"  # lexicon entries set their own severity
    assert rules["HI508"].severity_range == ("major", "critical")
    assert rules["HI101"].severity_label == "major"


def test_relocalizing_saved_records_starts_from_the_detector_message() -> None:
    rec = {
        "findings": [
            {
                "code": "HI201",
                "span": "स्याही दी",
                "message": "शब्दशः अनुवाद: …",
                "suggestion": "हस्ताक्षर किए",
                "evidence": {"english": "inked"},
            }
        ]
    }
    localize_records([rec], "en")
    assert rec["findings"][0]["message"].startswith("Literal translation")
    localize_records([rec], "hi")
    assert rec["findings"][0]["message"] == "शब्दशः अनुवाद: …" and "message_src" not in rec["findings"][0]
