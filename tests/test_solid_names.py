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
