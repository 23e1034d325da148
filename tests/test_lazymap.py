"""LazyMap (values unpickled on first access) behaves as the dict it was made from; the derived
tables kept as LazyMaps (FreeDict's three tables, its stem keys, the per-word vocabulary tables)
equal building them; a loader's recorded text steps (pattern expansion) equal working them out."""

from __future__ import annotations

import pickle
import re

import pytest

from audit.core.lazymap import LazyMap, pack, positions
from audit.core.precompiled import memo_step, precompiled


def test_lazymap_is_the_dict_it_was_made_from() -> None:
    source = {"b": [1, 2], "a": ("x", 1.5), "क़": None, "": {"k": frozenset({3})}, "z": 0}
    lazy = LazyMap.of(source)
    assert lazy == source and dict(lazy) == source
    assert list(lazy) == list(source)  # (the original order)
    assert len(lazy) == 5 and "क़" in lazy and "q" not in lazy and 3 not in lazy
    assert lazy["a"] == ("x", 1.5) and lazy.get("q") is None and lazy.get("q", 7) == 7
    assert lazy.get("क़", 7) is None  # a stored None is a value, not an absent key
    assert lazy["b"] is lazy["b"]  # read once, then kept
    with pytest.raises(KeyError):
        lazy["q"]
    back = pickle.loads(pickle.dumps(lazy, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is LazyMap and back == source and list(back) == list(source)
    assert LazyMap.of({}) == {} and pickle.loads(pickle.dumps(LazyMap.of({}))) == {}


def test_lazymap_tables_over_shared_keys_and_bad_input() -> None:
    keys = positions(["x", "y"])
    first, second = LazyMap(keys, *pack([1, 2])), LazyMap(keys, *pack(["a", "b"]))
    assert dict(first) == {"x": 1, "y": 2} and dict(second) == {"x": "a", "y": "b"}
    with pytest.raises(ValueError):
        LazyMap(keys, *pack([1]))  # fewer values than keys
    with pytest.raises(ValueError):
        positions(["x", "x"])
    with pytest.raises(ValueError):
        LazyMap.of({"a\0b": 1})


def test_engdict_parsed_copy_equals_parsing_the_dictionary() -> None:
    """FreeDict's three tables, read back from the cache folder as LazyMaps, hold what parsing the
    dictionary gives (every entry, in order)."""
    from audit.lang import engdict

    index = engdict._index_path()
    if index is None:
        pytest.skip("FreeDict eng-hin is not installed")
    parsed = engdict._parse(index)
    for _ in range(2):  # (stored, then read back)
        engdict.dictionary.cache_clear()
        loaded = engdict.dictionary()
        for name in ("senses", "by_hindi", "by_phrase"):
            table = getattr(loaded, name)
            assert isinstance(table, LazyMap)
            assert list(table.items()) == list(getattr(parsed, name).items()), name
    assert loaded.english_for("किताब") and loaded.translations("book")


def test_freedict_two_word_keys_equal_reading_every_entry() -> None:
    from audit.lang import engdict
    from audit.lang.bilingual import freedict

    if not engdict.available():
        pytest.skip("FreeDict eng-hin is not installed")
    freedict.load.cache_clear()
    d = freedict.load()
    assert d is not None
    every = {(s.keys[0], s.keys[1]) for senses in d.entries.values() for s in senses if len(s.keys) == 2}
    assert d.two_word_keys() == every and len(every) > 100


def test_precompiled_records_a_loaders_text_steps() -> None:
    """``memo_step`` works a step out with ``re.compile``; with precompiled's compilers it is
    recorded once and read back (the step is not called again), giving the same text."""
    calls: list[str] = []

    def step(text: str) -> str:
        calls.append(text)
        return text.replace("V", "(?:x|y)")

    assert memo_step(re.compile, step, "aV") == "a(?:x|y)" and calls == ["aV"]
    calls.clear()

    def make(compile):  # type: ignore[no-untyped-def]
        return compile(memo_step(compile, step, "Vb+"))

    first = precompiled("test-steps", make)  # recorded (the step runs once)
    second = precompiled("test-steps", make)  # read back
    assert first == second == re.compile("(?:x|y)b+")
    assert calls == ["Vb+"]
