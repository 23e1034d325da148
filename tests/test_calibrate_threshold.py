"""The flag threshold picked on val: the lowest cut whose F1 ties with the best."""

from audit.dev.calibrate import lowest_near_best


def test_lowest_cut_within_tolerance_wins() -> None:
    # round 10's with-source refit: F1 0.1918 at 0.05 and 0.1931 at 0.64 — tied, the low cut stays
    curve = [(0.05, 0.1918), (0.3, 0.15), (0.64, 0.1931), (0.9, 0.05)]
    assert lowest_near_best(curve) == (0.05, 0.1918)


def test_a_clearly_better_cut_is_taken() -> None:
    curve = [(0.05, 0.10), (0.3, 0.15), (0.64, 0.25)]
    assert lowest_near_best(curve) == (0.64, 0.25)
    assert lowest_near_best(curve, tol=0.2) == (0.05, 0.10)
