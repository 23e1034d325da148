"""Round 10: precision of HI401/HI402/HI408 on names, compounds, acronyms and Hindi words the ear
reads as English, and the source path keeping the Hindi-only guesses the source confirms.
Sentences here are not from any test set."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict, translit_sound, wordnet
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks, validate_rule_config
from audit.rules.script import hindi_tokens
from audit.rules.translit_context import in_name_run, spelled_acronym

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="FreeDict eng-hin not installed")
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")


def spans(code: str, text: str, src: str | None = None) -> list[str]:
    seg = Segment("t", 0, text, src=src)
    ctx = CheckContext(document=[seg], rule_config=validate_rule_config({}))
    return [f.span for f in REGISTRY[code].run(seg, ctx)]


def name_run(text: str, word: str, english: str) -> bool:
    toks = list(hindi_tokens(text))
    i = next(k for k, t in enumerate(toks) if t[2] == word)
    return in_name_run(text, toks, i, english, None)


@pytest.mark.parametrize("word", ["बीसीसीआई", "एनडीआरएफ", "बीटीएस", "एमपी"])
def test_letters_names_make_an_acronym(word):
    assert spelled_acronym(word)


@pytest.mark.parametrize("word", ["बीमारी", "टीम", "सीमा", "एक"])
def test_words_are_no_acronyms(word):
    assert not spelled_acronym(word)


@needs_wordnet
def test_a_team_word_after_its_place_in_a_sport_sentence():
    assert name_run("इस सीज़न में ओर्लैंडो मैजिक ने बारह मैच जीते।", "मैजिक", "magic")


@needs_wordnet
def test_an_institution_after_a_place_is_no_name():
    """Hindi translates an institution of a place (*Patna government* → पटना सरकार), sport or not."""
    assert not name_run("पटना गवर्नमेंट ने मैच के लिए मैदान दिया।", "गवर्नमेंट", "government")
    assert spans("HI408", "पटना गवर्नमेंट ने मैच के लिए मैदान दिया।") == ["गवर्नमेंट"]


def test_no_name_run_outside_sport_or_after_a_hindi_word():
    assert not name_run("मैच के बाद उसका ड्रीम पूरा हुआ।", "ड्रीम", "dream")


@pytest.mark.parametrize(
    "text",
    [
        "सड़क एकदम सपाट है।",  # sa-paaT: no *spot*, whose s-p is a cluster
        "पहाड़ी के ऊपर ज़मीन सपाट थी।",
    ],
)
def test_an_initial_cluster_is_not_read_across_a_said_vowel(text):
    assert spans("HI408", text) == []


def test_a_final_nasal_vowel_is_no_n():
    assert "pain" not in {en for en, _s, _p in translit_sound.readings("पाईं")}
    assert spans("HI408", "उन्होंने कई ग़लतियां पाईं।") == []


@pytest.mark.parametrize(
    "text",
    ["वह सब्ज़ीवाला रोज़ आता है।", "उसने मिठाईवाले से लड्डू लिए।", "अंपायर ने चौकेबाज़ी रोक दी।"],
)
def test_agent_suffixes_are_no_glued_words(text):
    assert spans("HI402", text) == []


@needs_dict
def test_the_dictionarys_two_word_hindi_is_a_compound_without_the_source():
    assert spans("HI402", "सीमा पर हाथीदांत ज़ब्त किया गया।") == []


def test_glued_words_are_still_found():
    assert spans("HI402", "उन्होंने कहा कि सरकारजल्द ही फैसला करेगी।") == ["सरकारजल्द"]


@needs_dict
@needs_wordnet
@pytest.mark.parametrize(
    ("text", "src", "span"),
    [
        ("मंडी में वेजिटेबल्स के दाम गिरे।", "Vegetable prices fell in the market.", "वेजिटेबल्स"),
        ("टीम शाम को गांव रीच कर पाई।", "The team reached the village in the evening.", "रीच"),
        ("लोग डर्टी पानी पीने को मजबूर हैं।", "People are forced to drink dirty water.", "डर्टी"),
    ],
)
def test_the_source_confirms_the_hindi_only_guess(text, src, span):
    assert span in spans("HI408", text)
    assert span in spans("HI408", text, src)
