"""A read-only ``{str: value}`` table whose values are unpickled the first time they are asked.

A derived table (:mod:`audit.core.derived`) of tens of thousands of entries costs a start the
creation of every object it holds (a dictionary's senses, WordNet's offsets: 0.3 µs an object,
tens of milliseconds a table), although a run asks about a few thousand of its words. A
:class:`LazyMap` pickles as three byte strings — its keys joined, each value pickled on its own
and their offsets — so reading it back creates the keys (one ``split``) and nothing else; a
value is unpickled on its first look-up and kept. Look-ups, membership, iteration (in the
original order), ``len`` and equality are those of the dict it was made from; a value read twice
is the same object, but values are no longer shared between keys (equal copies), which no caller
of a derived table may rely on.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate
from typing import Any, Generic, TypeVar

V = TypeVar("V")

_UNREAD: Any = object()
_SEP = "\0"


class LazyMap(Mapping[str, V], Generic[V]):
    """``{key: value}`` (keys: strings without NUL), each value unpickled on first access."""

    __slots__ = ("_positions", "_blob", "_offsets", "_values")

    def __init__(self, positions: dict[str, int], blob: bytes, offsets: bytes) -> None:
        """``positions``: each key → its value's place in ``blob`` (0, 1, … in the keys' order;
        several tables over the same keys may share it); ``blob``, ``offsets``: :func:`pack`'s."""
        self._positions = positions
        self._blob = blob
        self._offsets = array("Q")
        self._offsets.frombytes(offsets)
        if len(self._offsets) != len(positions) + 1:
            raise ValueError("LazyMap: as many values as keys needed")
        self._values: list[Any] = [_UNREAD] * len(positions)

    @classmethod
    def of(cls, mapping: Mapping[str, V]) -> LazyMap[V]:
        """The table of ``mapping`` (in its order)."""
        keys = list(mapping)
        if any(_SEP in k for k in keys):
            raise ValueError("LazyMap keys cannot hold NUL")
        return cls(positions(keys), *pack(mapping[k] for k in keys))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (_SEP.join(self._positions), self._blob, self._offsets.tobytes()))

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        i = self._positions.get(key)
        if i is None:
            return default
        value = self._values[i]
        if value is _UNREAD:
            value = self._values[i] = pickle.loads(self._blob[self._offsets[i] : self._offsets[i + 1]])  # noqa: S301
        return value

    def __getitem__(self, key: str) -> V:
        value = self.get(key, _UNREAD)
        if value is _UNREAD:
            raise KeyError(key)
        return value  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __repr__(self) -> str:
        return f"LazyMap({len(self)} entries)"


def positions(keys: Iterable[str]) -> dict[str, int]:
    """Each key → its place (the first place of a repeated key is lost: keys must be distinct)."""
    names = list(keys)
    out = dict(zip(names, range(len(names))))
    if len(out) != len(names):
        raise ValueError("LazyMap keys must be distinct")
    return out


def pack(values: Iterable[Any]) -> tuple[bytes, bytes]:
    """(each value pickled on its own, joined; their offsets as 64-bit words): a
    :class:`LazyMap`'s values, in its keys' order."""
    chunks = [pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for v in values]
    offsets = array("Q", accumulate((len(c) for c in chunks), initial=0))
    return b"".join(chunks), offsets.tobytes()


def _restore(keys: str, blob: bytes, offsets: bytes) -> LazyMap[Any]:
    return LazyMap(positions(keys.split(_SEP) if keys else ()), blob, offsets)
