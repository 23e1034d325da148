"""Turn the hand-written challenge lists (flawed.psv, clean.psv) into span gold (gold.jsonl).

Gold has the shape of shared/data/seed000_gold.jsonl, so `score_audit.py gold.jsonl pred.jsonl`
scores `audit check gold.jsonl --mt-col text --format jsonl` output. Each row also carries
`group` (the error category a clean row is a look-alike of). Run: python tests/data/challenge/build.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows():
    n = 0
    for name in ("flawed.psv", "clean.psv"):
        for lineno, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            n += 1
            if parts[0] == "F":
                _, cat, text, span, english, fix = parts
                if span not in text:
                    sys.exit(f"{name}:{lineno}: span {span!r} not in text")
                errs = [{"span": span, "category": cat, "english": english, "fix": fix}]
                yield {"id": f"ch{n:03d}", "text": text, "flawed": True, "group": cat, "errors": errs}
            else:
                _, cat, text = parts
                yield {"id": f"ch{n:03d}", "text": text, "flawed": False, "group": cat, "errors": []}


def main() -> None:
    out = [json.dumps(r, ensure_ascii=False) for r in rows()]
    texts = [json.loads(r)["text"] for r in out]
    dup = {t for t in texts if texts.count(t) > 1}
    if dup:
        sys.exit(f"duplicate sentences: {sorted(dup)}")
    (HERE / "gold.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} rows -> {HERE / 'gold.jsonl'}")


if __name__ == "__main__":
    main()
