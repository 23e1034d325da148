"""HI104's frame finders, in the order :func:`audit.rules.name_slots.all_name_calques` runs them after
its own slots: each reads one grammatical frame of a name (see each module's doc) and skips the words
an earlier one reported. One tuple, so that a new frame is one line here and none in ``name_slots``."""

from __future__ import annotations

from audit.rules.name_clause import find_clause_calques
from audit.rules.name_forms import find_form_calques
from audit.rules.name_frames import find_frame_calques, find_open_calques
from audit.rules.name_surname_first import find_surname_first_calques
from audit.rules.name_unknown import find_unknown_given_calques
from audit.rules.name_unlisted import find_unlisted_calques
from audit.rules.name_verbs import find_agent_calques, find_verb_calques

#: the finders after the slots, in their order: (text, taken unit indices) → hits
FRAME_FINDERS = (
    find_frame_calques,
    find_open_calques,
    find_verb_calques,
    find_agent_calques,
    find_surname_first_calques,
    find_form_calques,
    find_unknown_given_calques,
    find_unlisted_calques,
    find_clause_calques,
)
