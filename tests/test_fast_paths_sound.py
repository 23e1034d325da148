"""The sound side's speed-ups (transliteration readings, spellings by sound) give the same answers
as the plain computations they replace."""

from __future__ import annotations

from audit.lang import resources as res
from audit.lang import transcription


def _sound_spellings_plain(english: str) -> tuple[str, ...]:
    """:func:`audit.lang.transcription.sound_spellings` running every pattern on every string."""
    out = [english]
    every = english
    for pattern, rep, _lit in transcription._SOUND_RULES:
        if pattern.search(english):
            out.append(pattern.sub(rep, english))
        every = pattern.sub(rep, every)
    out.append(transcription._SILENT_E.sub("", every))
    return tuple(dict.fromkeys(out))


def test_sound_rule_literals_are_in_every_string_a_pattern_matches() -> None:
    # the strings the rules read: each word, and each step of its chain of spellings
    for word in res.english_vocabulary():
        every = word
        for pattern, rep, lit in transcription._SOUND_RULES:
            for s in (word, every):
                if pattern.search(s):
                    assert lit in s, (pattern.pattern, s)
            every = pattern.sub(rep, every)


def test_sound_spellings_equal_running_every_pattern() -> None:
    words = list(res.english_vocabulary())
    assert len(words) > 10_000
    for word in words + ["weather", "soldier", "language", "island", "flood", "question"]:
        assert transcription.sound_spellings.__wrapped__(word) == _sound_spellings_plain(word), word
