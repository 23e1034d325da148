"""Round-14 HI104 slot (issues 13, 14): after a person word and an East Asian surname of the
gazetteer (ली, वांग, झाओ), a Hindi word before a case marker is a translated given name (ली उजाला
ने for Li Ming); syllable-shaped given names, hyphenated ones, loans and a bare surname stay silent."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict
from audit.rules.name_surname_first import find_surname_first_calques
from audit.rules.registry import load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


@needs_dict
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("चीनी बैडमिंटन स्टार ली उजाला ने भारतीय खिलाड़ी को हराया।", "उजाला"),
        ("तैराक ली तितली ने स्वर्ण जीता।", "तितली"),
        ("धावक वांग बिजली ने रेस जीती।", "बिजली"),
    ],
)
def test_hi104_flags_translated_given_name_after_east_asian_surname(text, word):
    assert any(word in f.span for f in run("HI104", text))


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "गायिका झाओ वेई ने नया गीत गाया।",
        "अभिनेता ली मिन-हो ने पुरस्कार जीता।",
        "खिलाड़ी चेन लॉन्ग ने मैच जीता।",
        "कप्तान ली ने टॉस जीता।",
        "मंत्री ली बहुत नाराज़ थे।",
        "अभिनेत्री सामंथा पावर ने भाषण दिया।",
    ],
)
def test_surname_first_silent_on_names(text):
    assert find_surname_first_calques(text) == []
