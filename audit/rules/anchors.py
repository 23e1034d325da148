"""Literal anchors of regexes: a cheap prefilter that skips patterns which cannot match.

A lexicon of a few hundred regexes (the calques of HI2xx) costs one regex search per entry per
segment, almost all of them failing. :func:`required_literals` reads a compiled pattern's parse
tree and returns strings that every match must contain — for each of a few "requirements", a
set of alternatives one of which occurs — so that a segment containing none of them is skipped
without running the regex. :class:`AnchorIndex` does this for a whole lexicon at once: it tests
each distinct anchor string once per text (``str.__contains__``, a C loop) and hands back only the
entries whose every requirement is met; the regex itself still decides, so results are exactly
those of running every pattern.

The derivation is conservative: literals, small character classes (``[ंँ]``) and optional
single characters (``ज़?``) are expanded into alternative strings (at most ``MAX_ALTERNATIVES``);
alternations contribute the union of their branches' anchors; repeats with a minimum of 0,
lookarounds and anything else contribute nothing. A pattern with no anchor is always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from audit.core.derived import derived, fingerprint
from audit.core.precompiled import Compile, precompiled

try:  # Python >= 3.11
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MAX_ALTERNATIVES = 16
KEEP_REQUIREMENTS = 3
WORD_MEMO_MAX = 200_000  # words whose anchored items an index keeps (then it starts over)

Requirement = tuple[str, ...]  # one of these strings occurs in every match
T = TypeVar("T")


def _choices(op: Any, av: Any) -> list[str] | None:
    """The strings a one-character element can match: a literal, a class of literals, ``x?``."""
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN and av and all(o is _c.LITERAL for o, _ in av):
        return [chr(v) for _, v in av]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, sub = av
        if lo == 0 and hi == 1 and len(sub) == 1:
            inner = _choices(*sub[0])
            if inner is not None:
                return ["", *inner]
    return None


def _score(req: frozenset[str]) -> tuple[int, int]:
    """Longer shortest alternative first, then fewer alternatives: the most selective requirement."""
    return min(len(x) for x in req), -len(req)


def _rank(reqs: set[frozenset[str]], common: frozenset[str]) -> list[frozenset[str]]:
    """Requirements most selective first; those made only of ``common`` words (a language's
    postpositions, found in nearly every sentence) last."""
    return sorted(reqs, key=lambda r: (not all(x.strip() in common for x in r), *_score(r)), reverse=True)


def _best(reqs: list[frozenset[str]]) -> frozenset[str] | None:
    return max(reqs, key=_score) if reqs else None


def _sequence(items: Any) -> list[frozenset[str]]:
    """Requirements of a parsed sequence: each a set of strings one of which every match contains."""
    reqs: list[frozenset[str]] = []
    run = [""]

    def flush() -> None:
        nonlocal run
        if min(len(x) for x in run) > 0:
            reqs.append(frozenset(run))
        run = [""]

    for op, av in items:
        choice = _choices(op, av)
        if choice is not None:
            grown = list(dict.fromkeys(r + c for r in run for c in choice))
            if len(grown) > MAX_ALTERNATIVES:
                flush()
                grown = list(dict.fromkeys(choice))
            run = grown
            continue
        flush()
        if op is _c.SUBPATTERN:
            reqs.extend(_sequence(av[-1]))
        elif op is _c.BRANCH:
            alternatives: list[str] = []
            for branch in av[1]:
                best = _best(_sequence(branch))
                if best is None:
                    break
                alternatives.extend(best)
            else:
                if alternatives:
                    reqs.append(frozenset(alternatives))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, _hi, sub = av
            if lo >= 1:
                reqs.extend(_sequence(sub))
    flush()
    return reqs


def required_literals(
    pattern: re.Pattern[str], keep: int = KEEP_REQUIREMENTS, common: frozenset[str] = frozenset()
) -> tuple[Requirement, ...]:
    """Up to ``keep`` requirements of ``pattern``, most selective first (empty: no usable anchor);
    a requirement whose strings are all ``common`` words comes after the others.

    >>> required_literals(re.compile("स्याही (?:दी|दिया)"))
    (('स्याही द',), ('िया', 'ी'))
    """
    if pattern.flags & re.IGNORECASE:
        return ()
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    reqs = _rank({r for r in _sequence(parsed) if r}, common)[:keep]
    return tuple(tuple(sorted(r)) for r in reqs)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored as a trie so that at each position the engine
    follows one branch per character, and greedy so that it matches the longest word there.

    >>> trie_pattern(["ab", "abc", "b"])
    '(?:ab(?:c)?|b)'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


#: a further requirement of at least this many alternatives is tested as one trie regex
REQUIREMENT_TRIE_MIN = 8


class AnchorIndex(Generic[T]):
    """Items keyed by the anchors of their patterns; :meth:`candidates` filters them for a text.

    The strings of every item's most selective requirement go into a trie-shaped regex,
    searched at each position (a lookahead, so overlapping anchors are all seen): where it
    matches the longest anchor starting at a position, every shorter anchor there is a prefix
    of that match. An anchor without a space lies inside one word (the text split at spaces), so
    the items a word holds anchors of are worked out once per word and process, and a text is
    the union of its words' items and of the items of the few anchors with a space (their own
    regex over the whole text): the items anchored on any anchor that occurs in the text. The
    few items found are then checked for their other requirements with substring tests; items
    without anchors are always candidates.
    """

    def __init__(
        self,
        items: Sequence[T],
        patterns: Iterable[re.Pattern[str]],
        common: frozenset[str] = frozenset(),
        requirements: Sequence[Sequence[Sequence[str]]] | None = None,
        compile: Compile = re.compile,
    ) -> None:
        """``requirements``: :meth:`requirements` of an earlier index of the same patterns, to skip
        parsing them again (see :mod:`audit.core.derived`); ``compile`` compiles the anchors' regex."""
        self.items = tuple(items)
        if requirements is None:
            self._requirements = [required_literals(p, common=common) for p in patterns]
        else:
            self._requirements = [tuple(tuple(r) for r in reqs) for reqs in requirements]
        self._always = [i for i, reqs in enumerate(self._requirements) if not reqs]
        self._owners: dict[str, list[int]] = {}
        for i, reqs in enumerate(self._requirements):
            for anchor in reqs[0] if reqs else ():
                self._owners.setdefault(anchor, []).append(i)
        # anchors within one word are searched word by word, each word once per process (most
        # words come back in other texts); the few that hold a space in the whole text
        inner = [a for a in self._owners if " " not in a]
        spanning = [a for a in self._owners if " " in a]
        self._regex = compile(f"(?=({trie_pattern(inner)}))") if inner else None
        self._spanning = compile(f"(?=({trie_pattern(spanning)}))") if spanning else None
        self._prefix_owners: dict[str, tuple[int, ...]] = {}
        self._word_owners: dict[str, tuple[int, ...]] = {}
        # each item's further requirements: a few alternatives are tested one by one (substring
        # tests); many (a verb's forms, 20–140 strings) are one trie regex, one scan of the text
        tries: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._further: list[tuple[tuple[str, ...] | re.Pattern[str], ...]] = [
            tuple(
                r if len(r) < REQUIREMENT_TRIE_MIN else tries.setdefault(r, compile(trie_pattern(r)))
                for r in reqs[1:]
            )
            for reqs in self._requirements
        ]

    def requirements(self) -> list[list[list[str]]]:
        """Each item's requirements as plain lists (JSON)."""
        return [[list(r) for r in reqs] for reqs in self._requirements]

    def candidate_indices(self, text: str) -> list[int]:
        """Positions (in ``items``) of the items whose every requirement has an anchor in ``text``."""
        hits = set(self._always)
        if self._regex is not None:
            words = self._word_owners
            parts = text.split(" ")
            owners = list(map(words.get, parts))  # (C-level: every word seen before, most of them)
            if None in owners:
                for k, word in enumerate(parts):
                    if owners[k] is None:
                        owned = words.get(word)  # (a word met earlier in this text)
                        if owned is None:
                            if len(words) >= WORD_MEMO_MAX:
                                words.clear()
                            owned = words[word] = self._found(self._regex, word)
                        owners[k] = owned
            for owned in filter(None, owners):  # (most words anchor nothing: ())
                hits.update(owned)
        if self._spanning is not None:
            hits.update(self._found(self._spanning, text))
        further = self._further
        out = []
        for i in sorted(hits):  # every further requirement met (loops: no generator per item)
            for r in further[i]:
                if isinstance(r, tuple):
                    for a in r:
                        if a in text:
                            break
                    else:
                        break
                elif r.search(text) is None:
                    break
            else:
                out.append(i)
        return out

    def _found(self, regex: re.Pattern[str], text: str) -> tuple[int, ...]:
        """The items anchored on any anchor of ``regex`` that occurs in ``text``: at each position
        the regex finds the longest one, and every other one there is a prefix of it."""
        out: set[int] = set()
        for longest in set(regex.findall(text)):
            owned = self._prefix_owners.get(longest)
            if owned is None:
                owned = self._prefix_owners[longest] = self._owned_by_prefixes(longest)
            out.update(owned)
        return tuple(out)

    def _owned_by_prefixes(self, longest: str) -> tuple[int, ...]:
        """Items anchored on ``longest`` or on any prefix of it (every anchor that starts where
        ``longest`` does), memoised per matched string."""
        owners = self._owners
        out: set[int] = set()
        for k in range(1, len(longest) + 1):
            out.update(owners.get(longest[:k], ()))
        return tuple(out)

    def candidates(self, text: str) -> list[T]:
        """The items whose every requirement has an anchor in ``text``, in their original order."""
        return [self.items[i] for i in self.candidate_indices(text)]


def derived_index(
    name: str, items: Sequence[T], patterns: Sequence[re.Pattern[str]], common: frozenset[str]
) -> AnchorIndex[T]:
    """An index of ``items`` whose anchors (a parse of every pattern, tens of ms of start-up) are
    kept as the derived table ``name`` (:mod:`audit.core.derived`), rebuilt when the package changes."""
    reqs = derived(name, fingerprint(), lambda: AnchorIndex(items, patterns, common).requirements())
    if len(reqs) != len(items):  # pragma: no cover - the fingerprint covers the data files
        return AnchorIndex(items, patterns, common)
    # the anchors' trie regex (thousands of alternatives) is compiled from a derived table too
    return precompiled(name, lambda compile: AnchorIndex(items, patterns, requirements=reqs, compile=compile))
