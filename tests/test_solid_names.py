"""audit.rules.solid_names: foreign names written solid are no glued words (HI402)."""

from __future__ import annotations

from rule_run import run

from audit.rules import solid_names as S
from audit.rules.solid_names import written_solid


def test_names_written_solid():
    assert written_solid("जोआना")  # Joana
    assert written_solid("तनाका")  # Tanaka


def test_glued_hindi_words_spell_no_name():
    for word in ("संधिरूसी", "सरकारजल्द", "अदालतके", "करनेऔर", "सुरक्षासमझौते"):
        assert not written_solid(word), word


def test_a_split_that_puts_a_case_marker_where_grammar_has_none():
    assert S.impossible_split("के", "इको", None, "दस")  # opening the sentence: केइको दस साल बाद
    assert S.impossible_split("से", "लगी", "की", "और")  # after another case marker: की सेलगी
    assert S.impossible_split("हाइ", "के", None, "ने")  # before another case marker: हाइके ने
    assert not S.impossible_split("अदालत", "के", "की", "फ़ैसले")  # अदालतके फ़ैसले: two words glued
    assert not S.impossible_split("संधि", "रूसी", "की", "सेना")


def test_the_rule_leaves_such_names_alone():
    assert run("HI402", "केइको दस साल बाद गांव लौटी।") == []
    assert run("HI402", "बैठक में व्यापार और सुरक्षासमझौते पर चर्चा हुई।")


def test_an_indian_given_name_written_solid_with_the_word_after_it():
    from audit.rules.script_glue import FUNCTION_WORDS

    assert S.indian_name_solid("रमेश", "बाबू", FUNCTION_WORDS)  # रमेशबाबू
    assert S.indian_name_solid("भजन", "लाल", FUNCTION_WORDS)  # भजनलाल: लाल is the name
    assert not S.indian_name_solid("विजय", "के", FUNCTION_WORDS)  # विजयके: a case marker glued
    assert not S.indian_name_solid("संधि", "रूसी", FUNCTION_WORDS)
    assert not S.indian_name_solid("धान", "खेत", FUNCTION_WORDS)


def test_glued_verb_forms_and_indian_names_stay_silent():
    assert run("HI402", "उसने चाय में बिस्कुट डुबोया।") == []  # डुबोना: डुबो + या is one verb
    assert run("HI402", "शतरंज खिलाड़ी वैशाली रमेशबाबू ने ख़िताब जीता।") == []
    assert run("HI402", "बैठक में व्यापार और सुरक्षासमझौते पर चर्चा हुई।")
