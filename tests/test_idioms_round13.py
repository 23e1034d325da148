"""Round-13 phrasal-verb class (issue 14): a denominal phrasal verb rendered word for word — the
noun or adjective of its verb, a light converb that makes it a verb (होकर, बनकर, मारकर), the
particle and a verb of becoming or going (काला होकर बाहर हो गया: blacked out; मुर्ग़ी बनकर बाहर निकल
गया: chickened out) — with an adjective, होकर and a motion, a plain sequence, silent."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang.bilingual import phrasal_back
from audit.rules.registry import load_all_checks

load_all_checks()
needs_tables = pytest.mark.skipif(
    not phrasal_back.tables().phrasal, reason="WordNet or dict-freedict-eng-hin not installed"
)


@needs_tables
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("खिलाड़ी मैच के दौरान काला होकर बाहर हो गया।", "काला होकर बाहर हो"),  # blacked out
        ("दो सांसद आख़िरी दिन मुर्ग़ी बनकर बाहर निकल गए।", "मुर्ग़ी बनकर बाहर निकल"),  # chickened out
        ("विपक्ष ने सरकार पर कोड़ा मारकर बाहर निकाला।", "कोड़ा मारकर बाहर निकाला"),  # lashed out
    ],
)
def test_hi205_finds_denominal_phrasal_verbs(text, span):
    assert span in [f.span for f in run("HI205", text)]


@needs_tables
@pytest.mark.parametrize(
    "text",
    [
        "वह साफ़ होकर बाहर आया।",  # came out clean: an adjective, होकर, then a motion
        "गर्म हवा गर्म होकर ऊपर जाती है।",
        "वह नाराज़ होकर बाहर चला गया।",
        "वह खड़े होकर बाहर देखने लगा।",  # खड़े is a posture (stand), no image
        "कमरा साफ़ करके वह बाहर आया।",
    ],
)
def test_hi205_silent_on_plain_sequences(text):
    assert run("HI205", text) == []
