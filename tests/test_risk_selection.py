from __future__ import annotations

import numpy as np

from audit.dev.risk_selection import forward_select, group_folds, sign_constrained_ridge, tau_b


def test_tau_b_matches_hand_counts():
    assert tau_b([1, 2, 3], [1, 2, 3]) == 1.0 and tau_b([1, 2, 3], [3, 2, 1]) == -1.0
    # one tie in x: (C - D) / sqrt((C + D + Tx)(C + D + Ty)) = (2 - 0) / sqrt(2 * 3)
    assert abs(tau_b([1, 1, 2], [1, 2, 3]) - 2 / 6**0.5) < 1e-12


def test_folds_keep_the_translations_of_one_source_together():
    groups = [f"s{i // 3}" for i in range(60)]
    for seed in (0, 1):
        folds = group_folds(groups, seed=seed)
        for g in set(groups):
            assert len({folds[i] for i, x in enumerate(groups) if x == g}) == 1
        assert len(set(folds)) == 5


def test_a_weight_against_its_features_own_correlation_is_dropped():
    rng = np.random.RandomState(0)
    a = rng.normal(size=400)
    b = a + 0.3 * rng.normal(size=400)  # b correlates positively with y on its own ...
    y = 2 * a - 0.5 * b + 0.1 * rng.normal(size=400)  # ... but its joint weight is negative
    z = np.column_stack([a, b])
    assert np.corrcoef(b, y)[0, 1] > 0
    w, _ = sign_constrained_ridge(z, y, 1.0, ["a", "b"])
    assert w[0] > 0 and w[1] == 0.0
    # a finding feature must never lower risk
    w, _ = sign_constrained_ridge(np.column_stack([a, -a + 0.1 * b]), y, 1.0, ["a", "findings_major"])
    assert w[1] >= 0.0


def test_forward_selection_takes_signal_and_leaves_noise():
    rng = np.random.RandomState(1)
    n = 300
    signal, noise = rng.normal(size=n), rng.normal(size=n)
    findings = (rng.uniform(size=n) < 0.1).astype(float)
    penalty = signal + 0.5 * findings + 0.5 * rng.normal(size=n)
    x = np.column_stack([findings, noise, signal])
    groups = [str(i // 2) for i in range(n)]
    sel = forward_select(x, penalty, groups, ["findings_major", "noise", "signal"], 10.0)
    assert sel.names == ["findings_major", "signal"] and sel.cv_tau > 0.3


def test_forced_features_stay_and_the_penalty_is_chosen_on_the_folds():
    from audit.dev.risk_selection import ALPHAS

    rng = np.random.RandomState(2)
    n = 300
    signal, weak = rng.normal(size=n), rng.normal(size=n)
    penalty = signal + 0.5 * rng.normal(size=n)
    x = np.column_stack([signal, weak])
    groups = [str(i // 3) for i in range(n)]
    sel = forward_select(x, penalty, groups, ["signal", "weak"], 10.0, forced=["weak"])
    assert sel.names == ["signal", "weak"]  # "weak" adds nothing but is kept; "signal" joins
    assert sel.alpha in ALPHAS and set(sel.cv_by_alpha) == {str(a) for a in ALPHAS}
    assert round(sel.cv_tau, 4) == max(sel.cv_by_alpha.values())
    assert "weak" in str(sel.steps[0]["added"])


def test_a_feature_that_helps_on_few_folds_does_not_join():
    # A candidate that only matches the penalty on the rows of a few sources: its mean CV gain may
    # pass MIN_GAIN, but it raises τ on fewer than MIN_FOLDS_WON held-out folds.
    from audit.dev.risk_selection import MIN_FOLDS_WON, MIN_GAIN, cv_fold_taus

    rng = np.random.RandomState(3)
    n = 400
    groups = [str(i // 4) for i in range(n)]
    base = rng.normal(size=n)
    penalty = base + rng.normal(size=n)
    lucky = np.zeros(n)
    lucky[:12] = penalty[:12] * 5  # three sources' worth of rows
    x = np.column_stack([base, lucky])
    t0 = np.array(cv_fold_taus(x[:, [0]], penalty, groups, ["base"], 10.0))
    t1 = np.array(cv_fold_taus(x, penalty, groups, ["base", "lucky"], 10.0))
    assert (t1 - t0).mean() >= MIN_GAIN  # the mean alone would let it in ...
    assert int((t1 > t0).sum()) < MIN_FOLDS_WON  # ... but it wins on too few folds
    sel = forward_select(x, penalty, groups, ["base", "lucky"], 10.0, forced=["base"])
    assert sel.names == ["base"]
