"""Rebuild audit/data/name_class_indian.tsv: Indian and Nepali given names and surnames in
Devanagari, the precision guard of HI104's name frames (आशा भोसले, तारा सुतारिया, कृति सेनन: a
Hindi word that is also an Indian given name stays silent before a surname).

Source: Faker's person providers hi_IN, mr_IN and ne_NP (https://github.com/joke2k/faker, MIT),
written in Devanagari there; nothing is transliterated. Licence of the derived file: MIT.

    pip download faker --no-deps -d /tmp/fk && unzip -q /tmp/fk/faker-*.whl -d /tmp/fk/w
    python scripts/build_indian_names.py /tmp/fk/w
"""

from __future__ import annotations

import argparse
import ast
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "audit" / "data" / "name_class_indian.tsv"
LOCALES = ("hi_IN", "mr_IN", "ne_NP")
FIELDS = {
    "first_names": "given",
    "first_names_male": "given",
    "first_names_female": "given",
    "last_names": "surname",
}


def _tuples(path: Path) -> dict[str, list[str]]:
    """The string tuples assigned in a provider's class body (read as text, not imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in FIELDS and isinstance(node.value, ast.Tuple):
                out[name] = [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("faker_dir", type=Path, help="unpacked faker wheel (the folder holding faker/)")
    args = ap.parse_args()
    roles: dict[str, set[str]] = {}
    locales: dict[str, set[str]] = {}
    for loc in LOCALES:
        path = args.faker_dir / "faker" / "providers" / "person" / loc / "__init__.py"
        for field, names in _tuples(path).items():
            for raw in names:
                for word in unicodedata.normalize("NFC", raw).replace("\u200d", "").split():
                    if all("\u0900" <= ch <= "\u097f" or ch == "\u200c" for ch in word):
                        roles.setdefault(word, set()).add(FIELDS[field])
                        locales.setdefault(word, set()).add(loc)
    lines = [
        "# Indian and Nepali given names and surnames in Devanagari (HI104's precision guard).",
        "# Source: Faker person providers hi_IN, mr_IN, ne_NP (MIT). Licence: MIT.",
        "# Rebuild: python scripts/build_indian_names.py FAKER_DIR",
        "# devanagari\troles\tlocales",
    ]
    for word in sorted(roles):
        lines.append(f"{word}\t{','.join(sorted(roles[word]))}\t{','.join(sorted(locales[word]))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(roles)} names -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
