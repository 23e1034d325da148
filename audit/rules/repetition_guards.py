"""HI301's guards: repetitions that are the speaker's, not the decoder's.

Two classes. **A quoted repetition** — a chant, a slogan, a song's or a nickname's words inside
quotation marks ('बोल बम बोल बम', 'हिप हिप हुर्रे', 'छैयां छैयां') — is quoted as it was said; a
decoder loop does not stop at a quotation mark. **A doubled name** — a name whose form is itself
doubled (Gout Gout, Duran Duran, Sirhan Sirhan) — is a word Hindi text never writes, doubled, with
no other name word around it: the decoder's loops on a name repeat a word it has written before (a
place: लखनऊ लखनऊ; a given name before its surname: रोहित रोहित शर्मा), or stand in a name run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from audit.lang.frequency import zipf_hi
from audit.rules.name_data import all_given_names, indian_name, surnames
from audit.rules.names import norm

#: quotation marks that open and close a quoted stretch (a straight mark closes with itself)
_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”"}
#: an opening mark starts the text or follows a space or an opening bracket or dash; a closing
#: mark ends the text or comes before a space or punctuation (an apostrophe inside a word, डी'ओर,
#: is neither)
_QUOTED_RE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))(?P<open>['\"‘“])(?P<body>[^'\"‘’“”\n]+?)(?P<close>['\"’”])"
    r"(?=$|[\s,.;:!?।॥)\]—–-])"
)

#: a word Hindi text writes this rarely (wordfreq Zipf) is a name the translation spelled out
NAME_MAX_ZIPF = 2.5
#: a word after the doubled one this common in Hindi text is no part of its name (भारत, not a surname)
COMMON_WORD_ZIPF = 4.5


@lru_cache(maxsize=1024)
def quoted_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the stretches of ``text`` inside matching quotation marks (the marks
    excluded)."""
    return tuple(
        m.span("body") for m in _QUOTED_RE.finditer(text) if _QUOTES[m.group("open")] == m.group("close")
    )


#: a quoted chant holds its doubled phrase and at most this many words more ('हिप हिप हुर्रे');
#: a longer quotation is speech, where a decoder loop is still a loop
CHANT_EXTRA_WORDS = 1


def quoted_chant(text: str, start: int, phrase_words: int) -> bool:
    """Whether a repetition of a ``phrase_words``-word phrase starting at ``start`` is a quoted
    chant, slogan or title ('बोल बम बोल बम', 'छैयां छैयां'): it begins inside a quoted stretch of
    the doubled phrase and at most :data:`CHANT_EXTRA_WORDS` words more (the finding's span may run
    on over the closing mark to a postposition)."""
    return any(
        a <= start < b and len(text[a:b].split()) <= 2 * phrase_words + CHANT_EXTRA_WORDS
        for a, b in quoted_stretches(text)
    )


def _given(word: str) -> bool:
    return word in all_given_names() or indian_name(norm(word), "given")


def _surname(word: str) -> bool:
    return word in surnames() or indian_name(norm(word), "surname")


def doubled_name(words: Sequence[str], k: int, function_words: frozenset[str]) -> bool:
    """Whether ``words[k]`` doubled at ``k``/``k + 1`` is a name whose form is doubled (गाउट गाउट ने,
    डुरान डुरान भारत का दौरा करेगा): a word Hindi text never writes and no listed name, after no
    given name (जेम्स एंडरसन एंडरसन) and before no surname (हरलीन हरलीन देओल): what follows is a
    function word, a word common in Hindi text that is no listed surname, or the end."""
    word = words[k]
    if zipf_hi(word) >= NAME_MAX_ZIPF or _given(word) or _surname(word):
        return False
    before = words[k - 1] if k >= 1 else ""
    if before and before not in function_words and (zipf_hi(before) < NAME_MAX_ZIPF or _given(before)):
        return False
    after = words[k + 2] if k + 2 < len(words) else ""
    return not (
        after and after not in function_words and (zipf_hi(after) < COMMON_WORD_ZIPF or _surname(after))
    )
