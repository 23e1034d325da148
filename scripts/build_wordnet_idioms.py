#!/usr/bin/env python3
"""Rebuild audit/data/wordnet_idioms.tsv from Princeton WordNet 3.0/3.1 (Debian `wordnet`).

Keeps the multiword lemmas (bite_the_bullet, spill_the_beans, red_herring) that are *idioms
with a concrete image*: at least two content words besides light verbs, one of them a noun one of
whose two most frequent senses is a physical thing (WordNet lexicographer files animal, artifact, body,
food, object, plant, substance), and a synset whose definition reuses none of the image words
and — for a noun — that is not itself a physical thing. "spill the beans: divulge confidential
information" and "red herring: a diversion" stay; "police officer: a member of a police force",
"absolute value" and "alkylating agent" go. Lower-case lemmas only (no proper names or taxa).
The Hindi side of the check needs the literal Hindi of two image words, so only idioms whose
word-for-word rendering is wrong in Hindi can fire. Output columns: lemma (spaces), part of speech (n/v/a/r), first definition.

    python scripts/build_wordnet_idioms.py [/usr/share/wordnet] > audit/data/wordnet_idioms.tsv

WordNet licence (BSD-style, see audit/data/WORDNET_LICENSE): redistribution permitted with the
copyright notice.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from audit.lang.bilingual.english import LIGHT_VERBS, STOP, lemmas  # noqa: E402

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
# WordNet noun lexicographer files of physical things: animal, artifact, body, food, object,
# plant, substance (lexnames 05, 06, 08, 13, 17, 20, 27)
CONCRETE = {5, 6, 8, 13, 17, 20, 27}


def synsets(data: bytes, offsets: list[int]) -> list[tuple[int, list[str], str]]:
    """(lexicographer file number, member words as written, definition) of each synset."""
    out = []
    for off in offsets:
        end = data.index(b"\n", off)
        line = data[off:end].decode("utf-8", "replace")
        head, _, gloss = line.partition(" | ")
        f = head.split()
        n = int(f[3], 16)
        members = [f[4 + 2 * i] for i in range(n)]
        out.append((int(f[1]), members, re.sub(r'"[^"]*"', "", gloss).strip(" ;")))
    return out


def index_offsets(path: Path) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        n_syn = int(parts[2])
        out[parts[0]] = [int(x) for x in parts[-n_syn:]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("wordnet", nargs="?", default="/usr/share/wordnet", help="WordNet dict folder")
    wn = Path(parser.parse_args().wordnet)
    if not (wn / "data.noun").is_file():
        parser.exit(2, f"build_wordnet_idioms: {wn}: no WordNet data.noun there (apt install wordnet)\n")
    rows: dict[str, tuple[str, str]] = {}
    noun_data = (wn / "data.noun").read_bytes()
    noun_index = index_offsets(wn / "index.noun")

    def top_files(word: str) -> set[int]:
        """Lexicographer files of the two most frequent noun senses of ``word`` (or a base form)."""
        for b in lemmas(word):
            if b in noun_index:
                return {lf for lf, _, _ in synsets(noun_data, noun_index[b][:2])}
        return set()

    for name, pos in POS.items():
        data = (wn / f"data.{name}").read_bytes()
        index = index_offsets(wn / f"index.{name}")
        for lemma, offsets in index.items():
            if "_" not in lemma or re.search(r"[^a-z_'\-]", lemma):
                continue
            syns = synsets(data, offsets)
            written = [m for _, ms, _ in syns for m in ms if m.lower() == lemma]
            if any(m != m.lower() for m in written):
                continue  # a proper name (Pearl_Harbor) or a taxon (Abies_alba)
            words = lemma.replace("-", "_").split("_")
            content = [w for w in words if w not in STOP and len(w) > 1]
            image = [w for w in content if w not in LIGHT_VERBS]
            if len(image) < 2:
                continue
            # the image must be concrete (a fish, a bucket, a towel) ...
            # (for a verb phrase, a noun among its image words; for a noun phrase, its head)
            concrete = [w for w in image if CONCRETE & top_files(w)]
            if pos == "n" and content[-1] not in concrete or pos != "n" and not concrete:
                continue
            # ... and the meaning not: an idiomatic synset's definition reuses none of the image
            # words and, for a noun, names something abstract (red herring: a diversion)
            idiomatic = [
                d
                for lf, _, d in syns
                if (pos != "n" or lf not in CONCRETE)
                and not any(
                    set(lemmas(w)) & {b for x in re.findall(r"[a-z]+", d.lower()) for b in lemmas(x)}
                    for w in image
                )
            ]
            if not idiomatic:
                continue
            defs = idiomatic
            rows.setdefault(lemma.replace("_", " "), (pos, defs[0]))
    print(
        "# lemma\tpos\tdefinition  (from Princeton WordNet; licence: audit/data/WORDNET_LICENSE;"
        " rebuilt by scripts/build_wordnet_idioms.py)"
    )
    for lemma in sorted(rows):
        pos, d = rows[lemma]
        print(f"{lemma}\t{pos}\t{d}")


if __name__ == "__main__":
    main()
