#!/usr/bin/env python3
"""Rebuild audit/data/wordnet_proper_names.tsv from Princeton WordNet 3.0/3.1 (Debian `wordnet`).

Keeps the capitalised multiword noun lemmas of WordNet — proper names of places, buildings,
organisations, events, holidays and natural features (Salt_Lake_City, Pearl_Harbor, Good_Friday,
Golden_Gate_Bridge, Salvation_Army, Windy_City) — at least one of whose words is an ordinary
English word (a lower-case WordNet lemma: salt, pearl, good, golden, windy), so that a Hindi
phrase can render the name word for word. People, plants, animals, foods and the like are left
out (their lexicographer files are not read). Output columns: the name as WordNet writes it
(spaces between words), its class (the lexicographer file: location, artifact, group, time,
event, object, communication, act), the first word of the synset's (instance) hypernym
(city, state, bridge, holiday …).

    python scripts/build_wordnet_proper_names.py [/usr/share/wordnet] > audit/data/wordnet_proper_names.tsv

WordNet licence (BSD-style, see audit/data/WORDNET_LICENSE): redistribution permitted with the
copyright notice.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: WordNet noun lexicographer files read, by number
CLASSES = {
    4: "act",
    6: "artifact",
    10: "communication",
    11: "event",
    14: "group",
    15: "location",
    17: "object",
    28: "time",
}
#: words of a name that render nothing (Cape of Good Hope, Hell's Kitchen)
GLUE = frozenset("of the and de la le du del des von van y on in at upon".split())


def main() -> None:
    if any(a in {"-h", "--help"} for a in sys.argv[1:]):
        print(__doc__)
        return
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    lower: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{pos}").read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.startswith(" "):
                lower.add(line.split()[0])
    data = (folder / "data.noun").read_bytes()
    seen: set[str] = set()
    print(
        "# name\tclass\thypernym  (from Princeton WordNet; licence: audit/data/WORDNET_LICENSE; "
        "rebuilt by scripts/build_wordnet_proper_names.py)"
    )
    rows = []
    for raw in data.splitlines():
        if raw[:1] == b" ":
            continue
        head = raw.decode("latin-1").partition(" | ")[0].split()
        cls = CLASSES.get(int(head[1]))
        if cls is None:
            continue
        n = int(head[3], 16)
        members = [head[4 + 2 * i] for i in range(n)]
        k = 4 + 2 * n
        hyper = [int(head[k + 2 + 4 * j]) for j in range(int(head[k])) if head[k + 1 + 4 * j] in {"@", "@i"}]
        kind = ""
        if hyper:
            end = data.index(b"\n", hyper[0])
            h = data[hyper[0] : end].decode("latin-1").split()
            kind = re.sub(r"\(.*\)$", "", h[4]).lower().replace("_", " ")
        for m in members:
            m = re.sub(r"\(.*\)$", "", m)
            if "_" not in m or not m[0].isupper() or m in seen:
                continue
            written = [w for w in re.split(r"[_\-]+", m.replace("'s", "")) if w]
            if any(w[0].islower() for w in written if w.lower() not in GLUE):
                continue  # a common noun with a capitalised modifier (Turkish bath, CPU board)
            content = [w.lower() for w in written if w.lower() not in GLUE]
            if len(content) < 2 or not any(w in lower and len(w) > 2 for w in content):
                continue
            if not re.fullmatch(r"[A-Za-z_'\-.]+", m):
                continue
            seen.add(m)
            rows.append(f"{m.replace('_', ' ')}\t{cls}\t{kind}")
    print("\n".join(sorted(rows)))


if __name__ == "__main__":
    main()
