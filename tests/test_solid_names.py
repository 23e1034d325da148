"""audit.rules.solid_names: foreign names written solid are no glued words (HI402)."""

from __future__ import annotations

from audit.rules.solid_names import written_solid


def test_names_written_solid():
    assert written_solid("जोआना")  # Joana
    assert written_solid("तनाका")  # Tanaka


def test_glued_hindi_words_spell_no_name():
    for word in ("संधिरूसी", "सरकारजल्द", "अदालतके", "करनेऔर", "सुरक्षासमझौते"):
        assert not written_solid(word), word
