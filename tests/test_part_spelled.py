"""audit.rules.source.part_slots.spells_part: a name part spelled by the transliterator's own
spelling of the English word it is (Stone *Town* → टाउन) is spelled, not translated (HI503)."""

from __future__ import annotations

from audit.rules.source.part_slots import spells_part


def test_the_transliterators_spelling_of_the_part():
    assert spells_part("Town", "टाउन")  # *ow* read as आउ: no letter key reads it


def test_a_translation_is_no_spelling():
    for part, hindi in (("Town", "नगर"), ("Wood", "लकड़ी"), ("Hope", "उम्मीद"), ("Brook", "नाले")):
        assert not spells_part(part, hindi), (part, hindi)
