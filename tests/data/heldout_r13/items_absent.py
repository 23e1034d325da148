"""The kinds of round 13's blind set that its second writer had not delivered when the set was
assembled (names, titles, transliterations, repetitions, the story): empty lists, so that the
builder (scripts/heldout_set.py) reads the set as it is. A later writer replaces this file with
its items (see README.md)."""

from __future__ import annotations

NAMES: list = []
TITLES: list = []
TRANSLIT: list = []
REPETITIONS: list = []
NAME_LOOKALIKES: list = []
TITLE_LOOKALIKES: list = []
TRANSLIT_LOOKALIKES: list = []
REPETITION_LOOKALIKES: list = []
STORY: list = []
