"""Convert a CSV/TSV glossary (english, hindi, forbidden, case, note) to TBX-Basic (ISO 30042).

    python scripts/glossary_to_tbx.py tests/data/glossary/news.csv -o tests/data/glossary/news.tbx --mixed

The CSV is read and validated by :mod:`audit.glossary` (bad input: one line, exit 2). Each
entry becomes a ``termEntry``: the note a ``descrip type="definition"``, the English terms an
``en`` langSet, the Hindi forms a ``hi`` langSet — the first ``preferredTerm-admn-sts``, the
others ``admittedTerm-admn-sts``, forbidden ones ``deprecatedTerm-admn-sts``. ``--mixed``
writes every other entry's allowed terms as ``ntig/termGrp`` instead of ``tig`` (both are
TBX-Basic; the test file uses both). The output is written atomically and never over the input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.core.io import atomic_write  # noqa: E402
from audit.glossary import GlossaryError, Term, load_glossary  # noqa: E402

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader>
    <fileDesc><sourceDesc><p>{title}</p></sourceDesc></fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>"""
FOOTER = """    </body>
  </text>
</martif>
"""


def _term(text: str, status: str | None, ntig: bool) -> str:
    note = f'<termNote type="administrativeStatus">{status}</termNote>' if status else ""
    if ntig:
        return f"          <ntig><termGrp><term>{escape(text)}</term>{note}</termGrp></ntig>"
    return f"          <tig><term>{escape(text)}</term>{note}</tig>"


def entry_xml(n: int, term: Term, ntig: bool) -> list[str]:
    out = [f"      <termEntry id={quoteattr(f'e{n}')}>"]
    if term.note:
        out.append(f'        <descrip type="definition">{escape(term.note)}</descrip>')
    if term.case != "auto":
        out.append(f'        <descrip type="case">{term.case}</descrip>')
    out.append('        <langSet xml:lang="en">')
    out += [_term(e, None, False) for e in term.english]
    out.append("        </langSet>")
    out.append('        <langSet xml:lang="hi">')
    for k, h in enumerate(term.hindi):
        out.append(_term(h, "preferredTerm-admn-sts" if k == 0 else "admittedTerm-admn-sts", ntig))
    out += [_term(h, "deprecatedTerm-admn-sts", False) for h in term.forbidden]
    out += ["        </langSet>", "      </termEntry>"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("glossary", type=Path, help="CSV or TSV glossary")
    ap.add_argument("-o", "--output", type=Path, required=True, help="TBX file to write")
    ap.add_argument("--mixed", action="store_true", help="alternate tig and ntig/termGrp term structures")
    ap.add_argument("--title", default=None, help="sourceDesc text (default: the input's name)")
    args = ap.parse_args()
    if args.output.resolve() == args.glossary.resolve():
        print(f"error: {args.output}: would overwrite the input", file=sys.stderr)
        return 2
    try:
        glossary = load_glossary([args.glossary])
    except GlossaryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    lines = [HEADER.format(title=escape(args.title or f"Glossary converted from {args.glossary.name}"))]
    for n, term in enumerate(glossary.terms, 1):
        lines += entry_xml(n, term, args.mixed and n % 2 == 0)
    with atomic_write(args.output) as fh:
        fh.write("\n".join(lines) + "\n" + FOOTER)
    print(f"wrote {args.output} ({len(glossary.terms)} entries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
