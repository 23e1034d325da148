"""Edit distance (Levenshtein): the one implementation the rules share."""

from __future__ import annotations


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Insertions, deletions and substitutions that turn ``a`` into ``b``.

    With ``limit``, stops early and returns ``limit + 1`` once the distance must exceed it.
    """
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    # one row of the table at a time; each cell the least of the three moves, compared inline
    # (no min() call per cell: a third of the cost on the short keys the rules compare)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        left = i
        for j, cb in enumerate(b):
            d = prev[j] if ca == cb else prev[j] + 1
            up = prev[j + 1] + 1
            if up < d:
                d = up
            if left + 1 < d:
                d = left + 1
            cur.append(d)
            left = d
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def char_positions(b: str) -> dict[str, list[int]]:
    """Each character of ``b`` → its positions (what :func:`matching_ratio` indexes ``b`` by)."""
    out: dict[str, list[int]] = {}
    for i, ch in enumerate(b):
        out.setdefault(ch, []).append(i)
    return out


def common_chars(a: str, positions: dict[str, list[int]]) -> int:
    """How many characters of ``a`` the string indexed by ``positions`` (:func:`char_positions`)
    also holds, counted with multiplicity: difflib's ``quick_ratio`` numerator, never below the
    matched characters of :func:`matching_ratio`, so ``2.0 * common_chars(a, pb) / (len(a) +
    len(b))`` bounds the ratio from above (computed the same way, so the bound holds in floats
    too) at a fifth of its cost."""
    left: dict[str, int] = {}
    m = 0
    for ch in a:
        k = left.get(ch)
        if k is None:
            k = len(positions.get(ch, ()))
        if k > 0:
            m += 1
        left[ch] = k - 1
    return m


def matching_ratio(a: str, b: str, positions: dict[str, list[int]] | None = None) -> float:
    """``difflib.SequenceMatcher(None, a, b).ratio()``, the same number, about twice as fast.

    difflib's algorithm (longest matching block, then the same on each side of it; ratio =
    2 × matched / total length) without its objects; ``positions`` is :func:`char_positions` of
    ``b``, to reuse when ``b`` is compared with several strings. difflib's automatic junk
    heuristic only applies to a ``b`` of 200 or more characters: those go to difflib itself.
    """
    la, lb = len(a), len(b)
    if lb >= 200:
        import difflib

        return difflib.SequenceMatcher(None, a, b).ratio()
    b2j = positions if positions is not None else char_positions(b)
    matched = 0
    todo = [(0, la, 0, lb)]
    nothing: list[int] = []
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        # difflib's find_longest_match: the longest block, earliest in a (then in b) on ties
        besti, bestj, bestsize = alo, blo, 0
        j2len: dict[int, int] = {}
        for i in range(alo, ahi):
            j2lenget = j2len.get
            newj2len: dict[int, int] = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2lenget(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        while besti > alo and bestj > blo and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (
            besti + bestsize < ahi and bestj + bestsize < bhi and a[besti + bestsize] == b[bestj + bestsize]
        ):
            bestsize += 1
        if bestsize:
            matched += bestsize
            if alo < besti and blo < bestj:
                todo.append((alo, besti, blo, bestj))
            if besti + bestsize < ahi and bestj + bestsize < bhi:
                todo.append((besti + bestsize, ahi, bestj + bestsize, bhi))
    return 2.0 * matched / (la + lb) if la + lb else 1.0
