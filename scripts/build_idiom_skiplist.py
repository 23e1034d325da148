"""Rebuild audit/data/idiom_dict_skip.txt: the idiom patterns of HI205/HI206 that fire on clean Hindi.

    python scripts/build_idiom_skiplist.py [CLEAN_TEXT ...]

Clean Hindi read: every rule's correct example sentence (the registry and the HI2xx lexicon's
example_good), seeds/001…004 (human
news Hindi) and any extra files given (plain text, or JSONL with a `ref` or `text` field — the
documented run used ../shared/data/indicmt_eval_hin_train.clean.jsonl's human references, so
the val references stay held out). Output: English WordNet lemmas (HI205) and `lexicon:<id>`
(HI206), one per line. The patterns themselves are built at run time from the GPL dictionary
and are not written anywhere in the repository; this list holds English lemmas and lexicon
ids only (WordNet licence / this project's own data).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.core.files import atomic_write  # noqa: E402
from audit.core.io import read_jsonl_records  # noqa: E402
from audit.core.segment import split_sentences  # noqa: E402
from audit.core.text import nfc_view  # noqa: E402
from audit.rules import idiom_dict, idiom_patterns, idiom_variants  # noqa: E402
from audit.rules.registry import iter_rules  # noqa: E402

OUT = ROOT / "audit" / "data" / "idiom_dict_skip.txt"


def clean_texts(extra: list[str]) -> list[str]:
    from audit.rules.literal import load_lexicon

    texts = [good for r in iter_rules() for _bad, good in r.examples]
    texts += [e.example_good for e in load_lexicon()]
    for seed in sorted((ROOT / "seeds").glob("00[1-4]_*.txt")):
        texts.append(seed.read_text(encoding="utf-8"))
    for name in extra:
        path = Path(name)
        if path.suffix == ".jsonl":
            for _, row in read_jsonl_records(path):
                texts.append(row.get("ref") or row.get("text") or "")
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def _fired(extra: list[str]) -> set[str]:
    idiom_patterns.skiplist.cache_clear()
    idiom_patterns.patterns.cache_clear()
    idiom_dict._index.cache_clear()
    idiom_variants.bags.cache_clear()
    idiom_variants._index.cache_clear()
    fired: set[str] = set()
    for text in clean_texts(extra):
        for start, end in split_sentences(text):
            view = nfc_view(text[start:end])
            fired.update(p.english for _s, _e, p in idiom_dict.find_idioms(view.text))
            fired.update(f"lexicon:{e.id}" for _s, _e, e in idiom_variants.find_variants(view.text))
    return fired


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("clean", nargs="*", help="extra clean Hindi: plain text, or JSONL with `ref`/`text`")
    args = parser.parse_args()
    missing = [name for name in args.clean if not Path(name).is_file()]
    if missing:
        parser.exit(2, f"build_idiom_skiplist: {missing[0]}: no such file\n")
    previous = OUT.read_text(encoding="utf-8")
    OUT.write_text("", encoding="utf-8")  # judge every pattern, none skipped
    try:
        fired = _fired(args.clean)
    except BaseException:
        OUT.write_text(previous, encoding="utf-8")  # never leave the shipped list emptied
        raise
    header = (
        "# Idiom patterns (HI205 WordNet lemmas, HI206 lexicon:<id>) that fired on clean Hindi and are\n"
        "# switched off. English lemmas / lexicon ids only (WordNet licence, BSD-style; this project).\n"
        "# Rebuild: python scripts/build_idiom_skiplist.py ../shared/data/indicmt_eval_hin_train.clean.jsonl\n"
    )
    with atomic_write(OUT) as fh:
        fh.write(header + "".join(f"{x}\n" for x in sorted(fired)))
    print(f"{len(fired)} patterns switched off -> {OUT}")


if __name__ == "__main__":
    main()
