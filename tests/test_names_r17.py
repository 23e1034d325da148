"""Round 17, names without the source (HI104): the classes built this round, each with clean members.

* a word Hindi grammar made from a Hindi word — a plural or oblique noun, an imperfective
  participle, an agent noun in -वाला or -इन — in a foreign surname's slot, the pair closed as one
  person's name by ने, or by a genitive or को when the clause's subject came before
  (:mod:`audit.rules.name_forms`);
* after an Indian given name a Hindi word is an Indian surname that is a word (सरिता मोर), unless
  the given name itself was read as a translation;
* a hyphenated pair of Hindi words after a word Hindi text and the dictionary never use, before
  ने: a compound surname calqued part by part after an unlisted given name (HI105).
"""

from __future__ import annotations

import unicodedata

import pytest

from audit.lang import engdict
from audit.rules.name_forms import find_form_calques, hindi_form
from audit.rules.name_hyphen import _run_compound
from audit.rules.name_slots import all_name_calques
from audit.rules.names import units

pytestmark = pytest.mark.skipif(not engdict.available(), reason="needs dict-freedict-eng-hin")


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    us = units(text)
    return [us[h.word].surface for h in all_name_calques(text)]


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("तोतों", "plural"),  # तोता
        ("खिड़कियों", "plural"),  # खिड़की
        ("घोड़े", "oblique"),  # घोड़ा
        ("दौड़ता", "participle"),  # दौड़ना
        ("दूधवाले", "agent"),  # दूध
        ("मालिन", "agent"),  # माली, a person noun
        ("माने", None),  # of माना, a participle of मानना: Sadio Mané written out
        ("पैनलों", None),  # a loan's plural: a surname written out, not translated
        ("खाने", None),  # an oblique infinitive, a verb's form
        ("मार्टिन", None),  # no Hindi stem under -इन
    ],
)
def test_hindi_forms(word: str, kind: str | None) -> None:
    assert hindi_form(unicodedata.normalize("NFC", word)) == kind


@pytest.mark.parametrize(
    ("mt", "word"),
    [
        # the ergative closes the name: a bare given name and a plural/participle cannot share it
        ("स्ट्राइकर रोड्रिगो तोतों ने दो गोल किए।", "तोतों"),
        ("ओक्साना दौड़ता ने रजत पदक जीता।", "दौड़ता"),
        ("गायिका मारिसा दूधवाले ने नया एल्बम जारी किया।", "दूधवाले"),
        # the clause's subject came before: the given name is no subject, nor a bare object
        ("अदालत ने फ़ेलिपे घोड़े की याचिका ख़ारिज कर दी।", "घोड़े"),
        ("कोच ने बेन की गति और ह्यूगो खिड़कियों के खेल की तारीफ़ की।", "खिड़कियों"),
        # the genitive's head takes ने: the name lies inside the subject
        ("एस्टेबान तोतों के गोल ने मैच बचा लिया।", "तोतों"),
    ],
)
def test_form_in_a_name_slot(mt: str, word: str) -> None:
    assert word in _words(mt)


@pytest.mark.parametrize(
    "mt",
    [
        # the given name is the subject; the form its object, complement or predicate
        "रोड्रिगो तोतों को दाना डालते हैं।",
        "मारिसा दौड़ती रहीं।",
        "पीटर दूधवाले से मिले।",
        "फ़ेलिपे घोड़े की सवारी करते हैं।",
        "ह्यूगो खिड़कियों के पास बैठे।",
        # an adjective or a role before a plural of people (a Hindi noun phrase, no name)
        "नीली चिड़ियों ने घोंसला बनाया।",
        "ट्रंप समर्थकों ने रैली निकाली।",
        # an Indian given name before a participle-shaped word
        "सीता गाती ने भजन गाया।",
    ],
)
def test_ordinary_hindi_stays_silent(mt: str) -> None:
    text = unicodedata.normalize("NFC", mt)
    assert not find_form_calques(text), mt


@pytest.mark.parametrize(
    ("mt", "flagged"),
    [
        ("ताकुमा पत्थर-पुल ने दो विकेट लिए।", True),  # an unlisted given name, a pair, ने
        ("योआकिम काला-घोड़ा ने टीम की कप्तानी की।", True),
        ("ताकुमा पत्थर-पुल के पास खड़े थे।", False),  # no ergative: the pair may be a place
        ("ताकुमा माता-पिता ने स्वागत किया।", False),  # a coordinate pair (WordNet)
        ("गांव के पत्थर-पुल ने बाढ़ झेल ली।", False),  # a Hindi word before the pair
    ],
)
def test_pair_after_an_unknown_word(mt: str, flagged: bool) -> None:
    us = list(units(unicodedata.normalize("NFC", mt)))
    i = next(k for k, u in enumerate(us) if len(u.parts) > 1)
    assert (_run_compound(us, i) is not None) == flagged, mt


@pytest.mark.parametrize(
    ("mt", "flagged"),
    [
        ("पहलवान सुनीता मोर ने स्वर्ण जीता।", False),  # an Indian given name, an Indian surname
        ("अभिनेता जेम्स लोहार ने पुरस्कार जीता।", True),  # a foreign given name
        ("श्रीमती लोहार ने संसद में भाषण दिया।", True),  # an honorific, no given name
    ],
)
def test_indian_given_name_before_a_word(mt: str, flagged: bool) -> None:
    assert bool(_words(mt)) == flagged, mt
