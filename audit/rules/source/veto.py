"""The source veto: with the English source, a Hindi-only finding that stands for an English
expression the source does not hold is dropped.

A Hindi-only rule declares what its findings stand for with ``register(..., source_veto=KIND)``
(:data:`audit.rules.registry.SOURCE_VETOES`) and puts the English in the finding's evidence
(``english``: the lexicon entry's English, the idiom, the title, the name part). When a segment
has a source, :class:`audit.pipeline.auditor.Auditor` asks :func:`vetoed` about each such
finding; the source can only remove a finding, never add one (as HI408's source mode). Kinds:

- ``expression``: an idiom, collocation, structure or ambiguous word (HI201, HI204–HI206). The
  finding stays when the content words of one of its English expressions occur in the source
  in order, any inflection (*spilled the beans*, *held three rounds of talks* for *held talks*),
  with slots (*one's*, *someone*) left out.
- ``word``: a word read in its other sense (HI203: *featuring* → विशेषता for the entry *feature
  film*): one content word of its English expressions, any inflection, must occur in the source.
- ``title``: a title or institution (HI202, HI207): as ``expression``, and a word the English
  writes capitalised (*White House*, *Secretary of State*) must be capitalised in the source —
  *a white house by the lake* is a house.
- ``name``: a name part translated as a word (HI101, HI104, HI105; ``english`` = the part,
  *Cook*): the source must hold it inside a capitalised word (*Tim Cook*, *Jae-in*); *Tim's
  cook* or no such word at all drops the finding.

An English field with no word to look for (a bare note) vetoes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang.bilingual import english as E
from audit.lang.bilingual.idioms import DETERMINERS, PERSON_SLOTS, POSSESSIVE_SLOTS, token_matches

#: extra source tokens allowed between two words of an expression (*held three rounds of talks*,
#: *hold the minister accountable*)
MAX_GAP = 4
_SLOTS = POSSESSIVE_SLOTS | PERSON_SLOTS | DETERMINERS | {"x", "y", "etc", "…", "..."}
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_NAME_WORD_RE = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")


def _phrases(english: str) -> list[list[str]]:
    """Each English expression of ``english`` as its words, case kept (see
    :func:`audit.rules.literal.english_phrases` for the field's format)."""
    from audit.rules.literal import english_phrases

    # the field's expressions, and each "/" alternative as written too (the completion of a
    # one-word alternative can misread a hyphenated one: Secretary-General / General Secretary)
    lowered = list(english_phrases(english))
    lowered += [p for alt in english.split("/") for p in english_phrases(alt) if p not in lowered]
    # the case of each word as the field writes it (the phrases come back lower-cased)
    cased = {w.lower(): w for w in _WORD_RE.findall(english) if w[:1].isupper()}
    out = []
    for phrase in lowered:
        words = [cased.get(w, w) for w in _WORD_RE.findall(phrase)]
        words = [w for w in words if w.lower() not in _SLOTS]
        if words:
            out.append(words)
    return out


def _key_words(words: list[str]) -> list[str]:
    """The words to look for: content words, or all of them when the phrase has none."""
    content = [w for w in words if E.is_content(w.lower())]
    return content or words


def _in_order(words: list[str], toks: list[str], cased: bool) -> bool:
    """Whether ``words`` occur in ``toks`` in order, at most :data:`MAX_GAP` tokens apart (any
    inflection; ``cased``: a capitalised word must be capitalised in the source too)."""

    def fits(w: str, tok: str) -> bool:
        if cased and w[:1].isupper() and not tok[:1].isupper():
            return False
        return token_matches(w.lower(), tok)

    def from_(k: int, i: int) -> bool:
        if k == len(words):
            return True
        stop = len(toks) if k == 0 else min(len(toks), i + MAX_GAP + 1)
        return any(fits(words[k], toks[j]) and from_(k + 1, j + 1) for j in range(i, stop))

    return from_(0, 0)


@lru_cache(maxsize=16384)
def vetoed(kind: str, english: str, src: str) -> bool:
    """Whether the source ``src`` rules out a finding of veto ``kind`` standing for ``english``."""
    if not english.strip() or not src.strip():
        return False
    if kind == "name":
        return not _name_in_source(english, src)
    phrases = [_key_words(p) for p in _phrases(english)]
    if not phrases:
        return False  # nothing to look for: the source cannot speak against it
    toks = [t for _, _, t in E.tokens(src)]
    if kind == "word":
        return not any(_in_order([w], toks, False) for p in phrases for w in p)
    return not any(_in_order(p, toks, kind == "title") for p in phrases)


def _name_in_source(part: str, src: str) -> bool:
    """Whether ``part`` (Cook, Un, Moon) is a part of a capitalised word of ``src``."""
    want = part.lower().strip()
    for word in _NAME_WORD_RE.findall(src):
        if not word[:1].isupper():
            continue
        if want in (p.lower() for p in re.split(r"[-'’]", word)) or want == word.lower():
            return True
    # a multiword part (Kim Jong Un's "Jong Un") or one the rule spelled with a hyphen
    return " " in want and want in src.lower()
