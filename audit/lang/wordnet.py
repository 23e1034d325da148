"""Princeton WordNet's database files, read at run time (Debian ``wordnet``, BSD-style licence,
see audit/data/WORDNET_LICENSE; :func:`wordnet_dir` decides the folder: ``$AUDIT_WORDNET_DIR``,
else ``$WNHOME``, else the first of ``/usr/share/wordnet``, ``/usr/local/share/wordnet`` that
holds ``index.noun``).

The one reader of WordNet's ``index.<pos>``, of its ``<pos>.exc`` irregular forms and of the
synset records of ``data.<pos>``; each file is parsed once per process and shared by every user
(concrete and person/place nouns, closed compounds, verbs of motion and contact, phrasal verbs,
idioms, the round trip's SemCor counts). ``pos`` is ``noun``, ``verb``, ``adj`` or ``adv``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple, cast

#: the lexicographer file of person nouns (``noun.person``), as :func:`sense_files` gives it
PERSON_FILE = "18"
#: ... and of places (noun.location)
LOCATION_FILE = "15"
#: the verb files of a physical act — a hand or body laid on a thing: 29 verb.body, 34
#: verb.consumption, 35 verb.contact, 38 verb.motion (HI205's handless actor, HI512's agents)
PHYSICAL_ACT_VERB_FILES = frozenset({"29", "34", "35", "38"})

#: where WordNet is looked for when neither environment variable is set (Debian first)
DEFAULT_DIRS = (Path("/usr/share/wordnet"), Path("/usr/local/share/wordnet"))


def wordnet_dir() -> Path:
    """The one place WordNet's folder is decided. ``$AUDIT_WORDNET_DIR`` (this project's
    variable) wins over ``$WNHOME`` (WordNet's own); a folder named by either is used as given.
    Without them: the first of :data:`DEFAULT_DIRS` that holds ``index.noun``, else the first."""
    for var in ("AUDIT_WORDNET_DIR", "WNHOME"):
        env = os.environ.get(var)
        if env:
            return Path(env)
    return next((d for d in DEFAULT_DIRS if (d / "index.noun").is_file()), DEFAULT_DIRS[0])


#: WordNet's database files (:func:`wordnet_dir`, read once at import)
WORDNET_DIR = wordnet_dir()


@lru_cache(maxsize=1)
def stamp() -> str:
    """What a table derived from WordNet follows: its folder and the size and mtime of its index
    and data files ("-" for a missing one)."""
    parts = [str(WORDNET_DIR)]
    for pos in ("noun", "verb", "adj", "adv"):
        for kind in ("index", "data"):
            try:
                st = (WORDNET_DIR / f"{kind}.{pos}").stat()
                parts.append(f"{st.st_size}-{st.st_mtime_ns}")
            except OSError:
                parts.append("-")
    return " ".join(parts)


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether every index and data file of the four parts of speech is there."""
    return all(
        (WORDNET_DIR / f"{kind}.{pos}").is_file()
        for pos in ("noun", "verb", "adj", "adv")
        for kind in ("index", "data")
    )


def index_fields(pos: str, folder: Path | None = None) -> Iterator[list[str]]:
    """The fields of each entry of ``index.<pos>`` (lemma, pos, synset_cnt, p_cnt, pointer
    symbols, sense_cnt, tagsense_cnt, synset offsets), in file order, the licence header left out;
    nothing when the file is missing. ``folder`` defaults to :data:`WORDNET_DIR`."""
    path = (folder or WORDNET_DIR) / f"index.{pos}"
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" ") or not line:  # the licence header
            continue
        yield line.split()


@cache
def index(pos: str) -> dict[str, tuple[int, ...]] | None:
    """Lemma (lower case, ``_`` between words) → its synsets' offsets in ``data.<pos>``, most
    frequent sense first, from ``index.<pos>``; None when ``index.<pos>`` or ``data.<pos>`` is
    missing."""
    # kept in the cache folder, keyed on the index file (a 3-8 ms read instead of ~40 ms parsing)
    return cast(
        "dict[str, tuple[int, ...]] | None",
        _index_table(f"wordnet-index-{pos}", pos, lambda: _parse_index(pos), dict),
    )


def senses(pos: str, word: str) -> tuple[int, ...]:
    """The offsets of the synsets of ``word`` (a lemma: lower case, ``_`` between words) in
    ``data.<pos>``, most frequent sense first; () when WordNet or the word is missing."""
    return (index(pos) or {}).get(word, ())


def first_sense(pos: str, word: str) -> int | None:
    """The offset of the most frequent sense of ``word`` (:func:`senses`), or None."""
    offsets = senses(pos, word)
    return offsets[0] if offsets else None


def sense_files(pos: str, word: str) -> list[str | None]:
    """The lexicographer file (``"18"``: noun.person…) of each of the word's senses, in
    :func:`senses` order."""
    files = lexfiles(pos)
    return [files.get(o) for o in senses(pos, word)]


@cache
def lemmas(pos: str) -> AbstractSet[str] | None:
    """The lemmas of :func:`index` (``pos``), for callers that only ask whether WordNet lists a
    word: the index's own keys (every Hindi-only run reads the noun and verb indexes anyway, for
    the title, idiom and name rules; a table of its own was a second ~0.02 s read of the same
    117,798 nouns at every start). None when :func:`index` is None."""
    idx = index(pos)
    return None if idx is None else idx.keys()


def _index_table(name: str, pos: str, build: Callable[[], object], kind: type) -> object | None:
    """A table derived from ``index.<pos>`` and kept in the cache folder, keyed on that file;
    None when ``index.<pos>`` or ``data.<pos>`` is missing."""
    path = WORDNET_DIR / f"index.{pos}"
    if not (path.is_file() and (WORDNET_DIR / f"data.{pos}").is_file()):
        return None
    from audit.core.derived import derived_object, fingerprint

    return derived_object(name, fingerprint(path), build, accept=lambda obj: isinstance(obj, kind))


def _parse_index(pos: str) -> dict[str, tuple[int, ...]]:
    out: dict[str, tuple[int, ...]] = {}
    for parts in index_fields(pos):
        n_synsets = int(parts[2])
        out[parts[0]] = tuple(int(o) for o in parts[-n_synsets:])
    return out


@cache
def lexfiles(pos: str) -> dict[int, str]:
    """Synset offset → its lexicographer file number (``"06"`` noun.artifact, ``"18"``
    noun.person), from ``data.<pos>``; {} when it is missing. A derived table keyed on that file
    (reading the 15 MB ``data.noun`` line by line costs ~0.25 s of every start that asks; the
    table, ~10 ms)."""
    path = WORDNET_DIR / f"data.{pos}"
    if not path.is_file():
        return {}
    from audit.core.derived import derived_object, fingerprint

    return cast(
        "dict[int, str]",
        derived_object(
            f"wordnet-lexfiles-{pos}",
            fingerprint(path),
            lambda: _read_lexfiles(path),
            accept=lambda obj: isinstance(obj, dict),
        ),
    )


def _read_lexfiles(path: Path) -> dict[int, str]:
    out: dict[int, str] = {}
    names: dict[bytes, str] = {}  # one string per file number (45 of them), shared in the pickle
    with path.open("rb") as fh:
        for raw in fh:
            if raw[:1] != b" ":
                head = raw.split(b" ", 2)
                name = names.get(head[1])
                if name is None:
                    name = names[head[1]] = head[1].decode()
                out[int(head[0])] = name
    return out


@cache
def exceptions(pos: str) -> dict[str, tuple[str, ...]]:
    """Irregular form → its base forms, from WordNet's ``<pos>.exc`` (blew → blow; mice → mouse);
    {} when the file is missing. ``pos`` is ``noun``, ``verb``, ``adj`` or ``adv``."""
    path = WORDNET_DIR / f"{pos}.exc"
    if not path.is_file():
        return {}
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out.setdefault(parts[0], []).extend(parts[1:])
    return {k: tuple(v) for k, v in out.items()}


class Synset(NamedTuple):
    """One synset record of ``data.<pos>``."""

    lexfile: str  #: lexicographer file number ("06" noun.artifact, "18" noun.person)
    lemmas: tuple[str, ...]  #: its words, lower case, ``_`` between words
    hypernyms: tuple[int, ...]  #: offsets of its hypernyms (``@`` and ``@i`` pointers)
    gloss: str  #: the raw text after ``|``: definition and quoted examples, as in the file


def parse_synset(record: str) -> Synset:
    """The fields of one line of ``data.<pos>``."""
    head, _, gloss = record.partition("|")
    f = head.split()
    n_words = int(f[3], 16)
    lemmas = tuple(f[4 + 2 * k].lower() for k in range(n_words))
    return Synset(f[1], lemmas, _pointer_targets(f, {"@", "@i"}), gloss)


def _pointer_targets(f: list[str], symbols: set[str]) -> tuple[int, ...]:
    """Target offsets of the pointers with one of ``symbols`` in a synset record's fields ``f``
    (before the ``|``): each pointer is symbol, offset, part of speech, source/target."""
    k = 4 + 2 * int(f[3], 16)
    return tuple(int(f[k + 2 + 4 * j]) for j in range(int(f[k])) if f[k + 1 + 4 * j] in symbols)


def _fields_at(pos: str, offset: int) -> list[str]:
    """The fields before the ``|`` of the synset record at ``offset`` of ``data.<pos>``, read by
    seeking in the file."""
    with (WORDNET_DIR / f"data.{pos}").open("rb") as fh:
        fh.seek(offset)
        return fh.readline().decode("latin-1").partition("|")[0].split()


_POS_OF = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


@lru_cache(maxsize=8192)
def antonyms(word: str, senses: int = 3) -> frozenset[str]:
    """The WordNet antonyms of ``word`` (lower case) in its first ``senses`` senses of every part of
    speech: the lexical ``!`` pointers of the word itself, and for a satellite adjective those of
    the head it is similar to (*shut* → open, *win* → lose, *absent* → present); empty without
    WordNet."""
    out: set[str] = set()
    for pos in ("adj", "verb", "adv", "noun"):
        for offset in (index(pos) or {}).get(word, ())[:senses]:
            out.update(_antonyms_at(pos, offset, word))
    return frozenset(out)


def _antonyms_at(pos: str, offset: int, word: str) -> set[str]:
    f = _fields_at(pos, offset)
    n_words = int(f[3], 16)
    lemmas = [f[4 + 2 * k].lower() for k in range(n_words)]
    own = lemmas.index(word) + 1 if word in lemmas else 0
    k = 4 + 2 * n_words
    out: set[str] = set()
    for j in range(int(f[k])):
        sym, target, tpos, st = f[k + 1 + 4 * j : k + 5 + 4 * j]
        source, dest = int(st[:2], 16), int(st[2:], 16)
        if sym == "!" and (source == own or source == 0) and dest:
            out.add(re.sub(r"\(\w+\)$", "", synset_at(_POS_OF[tpos], int(target)).lemmas[dest - 1]))
        elif sym == "&" and f[2] == "s" and not out:  # a satellite: its head's antonyms
            head = synset_at("adj", int(target))
            for lemma in head.lemmas[:1]:
                out.update(_antonyms_at("adj", int(target), lemma))
    return out


def read_synset(data: bytes, offset: int) -> Synset:
    """The synset at ``offset`` of a ``data.<pos>`` file's bytes (:func:`data_bytes`)."""
    end = data.find(b"\n", offset)
    return parse_synset(data[offset:end].decode("latin-1"))


@lru_cache(maxsize=4096)
def synset_at(pos: str, offset: int) -> Synset:
    """The synset at ``offset`` of ``data.<pos>``, read by seeking in the file (for callers that
    visit a few synsets and should not load the whole file)."""
    with (WORDNET_DIR / f"data.{pos}").open("rb") as fh:
        fh.seek(offset)
        line = fh.readline()
    return parse_synset(line.rstrip(b"\n").decode("latin-1"))


@lru_cache(maxsize=16384)
def lemmas_as_written(pos: str, offset: int) -> tuple[str, ...]:
    """The lemmas of the synset at ``offset`` of ``data.<pos>`` with their case (Earth, Christmas;
    :func:`parse_synset` lowers them), read by seeking."""
    f = _fields_at(pos, offset)
    return tuple(f[4 + 2 * k] for k in range(int(f[3], 16)))


@lru_cache(maxsize=50_000)
def noun_under(
    offset: int, targets: frozenset[str], blocked: frozenset[str] = frozenset(), depth: int = 12
) -> bool:
    """Whether the noun synset at ``offset``, or one of its hypernyms at most ``depth`` levels up,
    has a lemma in ``targets`` on a path that meets no lemma of ``blocked`` first (a blocked synset
    ends its path: a *crowd* is a group but no organisation)."""
    syn = synset_at("noun", offset)
    if blocked and blocked.intersection(syn.lemmas):
        return False
    if targets.intersection(syn.lemmas):
        return True
    return depth > 0 and any(noun_under(h, targets, blocked, depth - 1) for h in syn.hypernyms)


def holonyms(offset: int) -> tuple[int, ...]:
    """Offsets of the noun synsets the noun synset at ``offset`` is a part, member or substance of
    (``#p``, ``#m``, ``#s`` pointers: a *pocket* is part of a garment), read by seeking."""
    return part_links(offset, _HOLONYM)


_HOLONYM = frozenset({"#p", "#m", "#s"})


@lru_cache(maxsize=16384)
def part_links(offset: int, symbols: frozenset[str]) -> tuple[int, ...]:
    """Offsets of the noun synsets the noun synset at ``offset`` points to with one of ``symbols``
    (``#p`` part of, ``%p`` has part; ``m`` member, ``s`` substance), read by seeking."""
    return _pointer_targets(_fields_at("noun", offset), set(symbols))


def synset(data: bytes, offset: int) -> tuple[list[str], list[int], str]:
    """(lemmas, hypernym offsets, definition) of the synset at ``offset`` of a ``data.<pos>``
    file's bytes (:func:`data_bytes`); the definition is lower case, its quoted examples dropped."""
    s = read_synset(data, offset)
    definition = re.sub(r'"[^"]*"', " ", s.gloss.split('; "')[0]).lower()
    return list(s.lemmas), list(s.hypernyms), definition


def data_bytes(pos: str) -> bytes:
    """``data.<pos>`` as bytes, for :func:`synset` (read on each call: callers build a table once)."""
    return (WORDNET_DIR / f"data.{pos}").read_bytes()
