"""HI207's source path: capitalised names of the source rendered word for word through the
dictionary (audit/rules/title_source.py). Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import title_inventory as ti
from audit.rules import title_source as ts
from audit.rules import title_words as tw

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def _spans(mt: str, src: str) -> list[str]:
    return [mt[s:e] for s, e, _en, _ev in ts.source_calques(mt, src)]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # an everyday word for a word of the name (the dictionary, the title table)
        ("The Royal Mint struck a new coin.", "शाही पुदीना ने नया सिक्का ढाला।", "शाही पुदीना"),
        ("Officials at the Holy See said so.", "पवित्र देखें के अधिकारियों ने यह कहा।", "पवित्र देखें"),
        # "X of the Y" in the Hindi order, के between
        ("The Master of the Rolls ruled on Monday.", "बेलनों के मालिक ने सोमवार को फैसला दिया।", "बेलनों के मालिक"),
        # a transliterated part and a translated one (half-translated names)
        ("The Attorney General appealed.", "अटॉर्नी सामान्य ने अपील की।", "अटॉर्नी सामान्य"),
        # वाले between: a nickname rendered word for word
        ("Storms hit the Sunshine State.", "तूफ़ानों ने धूप वाले राज्य को प्रभावित किया।", "धूप वाले राज्य"),
    ],
)
def test_word_for_word_names_of_the_source(src: str, mt: str, span: str) -> None:
    assert _spans(mt, src) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # names Hindi translates with its name vocabulary
        ("The Supreme Court adjourned the case.", "सर्वोच्च न्यायालय ने मामला स्थगित कर दिया।"),
        ("Tourists visited the Red Fort.", "पर्यटकों ने लाल किला देखा।"),
        ("Ships sailed across the Black Sea.", "जहाज़ों ने काला सागर पार किया।"),
        ("The Security Council met on Friday.", "सुरक्षा परिषद की बैठक शुक्रवार को हुई।"),
        # kinship words name groups in translation (the Seven Sisters: India's north-eastern states)
        ("Floods hit the Seven Sisters again.", "सात बहनों में फिर बाढ़ आई।"),
        # transliterated names
        ("The Royal Mint struck a new coin.", "रॉयल मिंट ने नया सिक्का ढाला।"),
        # General opening a name is its ordinary Hindi (सामान्य प्रशासन), unlike Attorney General
        ("She heads the General Administration Department.", "वह सामान्य प्रशासन विभाग की प्रमुख हैं।"),
        # a person's name is the name rules' (HI503/HI514), not a title
        ("Stuart Broad took five wickets.", "स्टुअर्ट चौड़ा ने पांच विकेट लिए।"),
        # a sentence's capital or a title's modifier does not open a name
        ("As Father of the House, he spoke first.", "पिता के रूप में वे पहले बोले।"),
        # punctuation between the words: not one name
        ("The Royal Mint struck a new coin.", "शाही, पुदीना ने नया सिक्का ढाला।"),
        # a headline's capitals are not names
        ("Royal Mint Strikes New Coin For King", "शाही पुदीना ने राजा के लिए नया सिक्का ढाला।"),
    ],
)
def test_silent(src: str, mt: str) -> None:
    assert _spans(mt, src) == []


@needs_dict
def test_hi207_reports_it_with_the_source_only() -> None:
    mt = "शाही पुदीना ने नया सिक्का ढाला।"
    assert [mt[s:e] for s, e, _ in ti.title_calques(mt, "The Royal Mint struck a new coin.")] == [
        "शाही पुदीना"
    ]
    assert ti.title_calques(mt, None) == ()


def test_name_vocabulary_is_read() -> None:
    _table, conventional = ts.gloss_tables()
    # stems: one form covers the inflections
    assert ts.stem_key("न्यायालय") in conventional and ts.stem_key("परिषद") in conventional
    assert ts.stem_key("पुदीना") not in conventional


@needs_dict
@pytest.mark.parametrize(
    ("mt", "src", "span"),
    [
        # HI202's X General survives the source veto, or HI207 reports the span itself
        (
            "अमेरिकी कौंसुल सामान्य मारिया ने बधाई दी।",
            "The US Consul General, Maria, sent congratulations.",
            "कौंसुल सामान्य",
        ),
        # an office opened by a person's title word (Father of the House) is no person
        ("सदन के पिता के रूप में वे पहले बोले।", "As Father of the House, he spoke first.", "सदन के पिता"),
    ],
)
def test_with_the_source_a_title_calque_is_reported(mt: str, src: str, span: str) -> None:
    from audit.pipeline.auditor import Auditor

    (result,) = Auditor(select=["HI2"]).check([mt], sources=[src])
    spans = {mt[f.start : f.end] for f in result.findings if f.category == "title-calque"}
    assert span in spans


@needs_dict
def test_a_thing_of_a_transliterated_place_is_a_hindi_description() -> None:
    # "X की …" with X the transliterated place of the name: Hindi describes, it does not calque
    assert _spans("रोम की प्राचीन दीवार देखने लोग आए।", "People came to see the Ancient Wall of Rome.") == []
    assert _spans("पीसा की झुकी मीनार को फिर खोला गया।", "The Leaning Tower of Pisa was reopened.") == []
    # a translated owner is no transliterated place: the calque stays (Master of the Rolls)
    assert _spans("बेलनों के मालिक ने फैसला दिया।", "The Master of the Rolls ruled.") == ["बेलनों के मालिक"]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # a role noun before a person's name is the person's role, not a word of a title
        ("Wrestler Sakshi Malik won a medal.", "पहलवान साक्षी मलिक ने पदक जीता।"),
        ("Singer Arijit Singh sang the anthem.", "गायक अरिजीत सिंह ने गान गाया।"),
        # a field's established Hindi term (the dictionary's Hindi of the two words together)
        ("The Life Insurance Fund grew last year.", "जीवन बीमा कोष पिछले साल बढ़ा।"),
    ],
)
def test_roles_before_names_and_field_terms_stay_silent(src: str, mt: str) -> None:
    assert _spans(mt, src) == []


@needs_dict
def test_a_role_word_is_a_noun_most_of_whose_senses_are_people() -> None:
    assert ts.is_role_noun("wrestler") and ts.is_role_noun("actress")
    assert not ts.is_role_noun("bull") and not ts.is_role_noun("salvation")


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # a title word opening a company's name (an English word follows it), head transliterated
        ("General Electric cut its prices.", "सामान्य इलेक्ट्रिक ने दाम घटाए।", "सामान्य इलेक्ट्रिक"),
        # CamelCase parts and an initialism spelled by its letters' names
        ("DeepMind built a new model.", "गहरा दिमाग ने एक नया मॉडल बनाया।", "गहरा दिमाग"),
        # a closed compound of two dictionary words that no dictionary knows as one
        ("Starbucks will open forty stores.", "तारा हिरन चालीस स्टोर खोलेगा।", "तारा हिरन"),
        # a month before के is no place that owns the thing (not Pisa's leaning tower)
        ("People talk about the October Surprise.", "लोग अक्टूबर के आश्चर्य की बात करते हैं।", "अक्टूबर के आश्चर्य"),
    ],
)
def test_company_names_camel_case_and_compounds(src: str, mt: str, span: str) -> None:
    assert _spans(mt, src) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The General Assembly adopted the resolution.", "सामान्य सभा ने प्रस्ताव पारित किया।"),
        ("General Rawat visited the border.", "जनरल रावत ने सीमा का दौरा किया।"),
        ("Starbucks will open forty stores.", "स्टारबक्स चालीस स्टोर खोलेगा।"),
        ("Tourists visit the Leaning Tower of Pisa.", "पर्यटक पीसा की झुकी मीनार देखने आते हैं।"),
    ],
)
def test_offices_people_and_transliterations_stay_silent(src: str, mt: str) -> None:
    assert _spans(mt, src) == []


def test_initialisms_and_nasal_spellings() -> None:
    assert ts.spells_word("एआई", "ai") and ts.spells_word("बीबीसी", "bbc")
    assert not ts.spells_word("है", "ai")  # a two-letter word is spelled by its letters only
    assert tw.nasal_key("गुम्बद") == tw.nasal_key("गुंबद")


@needs_dict
def test_a_kind_beside_the_word_renders_it() -> None:
    """WordNet sister terms of things: बैल (ox) for bull, both cattle."""
    assert ts.renders("बैल", "bull")
    assert not ts.renders("दफ़्तर", "ai")  # organisations are no things: no loose match


@needs_dict
def test_a_hyphenated_compound_is_one_word_only_as_the_dictionary_writes_it() -> None:
    assert [w for _s, _e, w in ts.joined_words("लंबा समुद्र-तट")] == ["लंबा", "समुद्रतट"]
    assert [w for _s, _e, w in ts.joined_words("भैंस-पिट्सबर्ग मार्ग")] == ["भैंस", "पिट्सबर्ग", "मार्ग"]


@needs_dict
def test_a_loanword_of_both_languages_is_no_everyday_translation() -> None:
    # सुल्तान reads as Sultan letter for letter: the nickname keeps its words, no calque
    assert _spans("फैन उसे 'बाउंसर का सुल्तान' कहते थे।", "Fans called him the Sultan of Bouncers.") == []
    # an old cognate is still a translation (सितारा ~ star reads 0.8): the class stays narrow
    assert not ts._loanword("सितारा", "star")
    assert ts._loanword("शेख", "sheikh")
