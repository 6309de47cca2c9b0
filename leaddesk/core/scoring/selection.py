"""Choosing and fitting a learnt table's rules: greedy forward selection on the judging
leads, then a ridge logistic refit in which every rule keeps the sign of its own lift.
"""

from __future__ import annotations

import numpy as np

from leaddesk.core.scoring.candidates import _Candidate, _logit

TOLERANCE = 1e-4  # the least drop in the judging leads' mean log-loss worth a rule
TOLERANCE_LEADS = 0.15  # … and, with few judging leads, this over their number (noise)


def _log_loss(eta: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Mean log-loss per column of linear predictors ``eta`` (rows: leads)."""
    return np.mean(np.logaddexp(0, eta) - y[:, None] * eta, axis=0)


def _forward_select(
    candidates: list[_Candidate], won: np.ndarray, judge: np.ndarray, limit: int
) -> list[int]:
    """Add, one at a time, the candidate that most lowers the judging leads' log-loss."""
    if not candidates:
        return []
    x = np.stack([c.hits for c in candidates], axis=1).astype(float)
    signs = np.array([c.lift_sign for c in candidates], dtype=float)
    y = won.astype(float)
    fit, val = ~judge, judge
    xf, xv, yf, yv = x[fit], x[val], y[fit], y[val]
    chosen: list[int] = []
    weights = np.zeros(0)
    intercept = _logit(float(yf.mean()))
    eta_f = np.full(len(yf), intercept)
    eta_v = np.full(len(yv), intercept)
    current = float(_log_loss(eta_v[:, None], yv)[0])
    tolerance = max(TOLERANCE_LEADS / max(len(yv), 1), TOLERANCE)
    while len(chosen) < limit:
        p = 1 / (1 + np.exp(-eta_f))
        w = np.zeros(x.shape[1])
        for _ in range(3):  # Newton steps for each candidate's own weight
            eta = eta_f[:, None] + xf * w
            q = 1 / (1 + np.exp(-eta))
            grad = xf.T @ yf - (xf * q).sum(axis=0) - w
            hess = (xf * q * (1 - q)).sum(axis=0) + 1.0
            w = w + grad / hess
        del p
        w = np.where(w * signs > 0, w, 0.0)  # only in the direction of its own lift
        losses = _log_loss(eta_v[:, None] + xv * w, yv)
        losses[chosen] = np.inf
        losses[w == 0] = np.inf
        best = int(np.argmin(losses))
        if not np.isfinite(losses[best]) or current - losses[best] < tolerance:
            break
        chosen.append(best)
        weights, chosen = _fit_agreeing_on(xf, yf, signs, chosen)
        intercept, weights = weights[0], weights[1:]
        eta_f = intercept + xf[:, chosen] @ weights
        eta_v = intercept + xv[:, chosen] @ weights
        current = float(_log_loss(eta_v[:, None], yv)[0])
    return chosen


def _fit_agreeing(
    candidates: list[_Candidate], chosen: list[int], won: np.ndarray
) -> tuple[np.ndarray, list[int]]:
    """The chosen rules refitted on every learning lead, each with the sign of its lift."""
    if not chosen:
        return np.zeros(0), []
    x = np.stack([c.hits for c in candidates], axis=1).astype(float)
    signs = np.array([c.lift_sign for c in candidates], dtype=float)
    beta, chosen = _fit_agreeing_on(x, won.astype(float), signs, chosen)
    return beta[1:], chosen


def _fit_agreeing_on(
    x: np.ndarray, y: np.ndarray, signs: np.ndarray, chosen: list[int]
) -> tuple[np.ndarray, list[int]]:
    chosen = list(chosen)
    while True:
        beta = _ridge_logistic(x[:, chosen], y)
        wrong = [k for k, b in enumerate(beta[1:]) if b * signs[chosen[k]] <= 0]
        if not wrong:
            return beta, chosen
        # Drop the worst disagreement, refit: the others may agree once it is gone.
        worst = max(wrong, key=lambda k: -beta[1 + k] * signs[chosen[k]])
        del chosen[worst]
        if not chosen:
            return np.array([_logit(float(y.mean()))]), []


def _ridge_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    """Intercept then weights, by Newton's method; ``l2`` keeps rare rules small."""
    rows, cols = x.shape
    design = np.hstack([np.ones((rows, 1)), x])
    beta = np.zeros(cols + 1)
    penalty = np.full(cols + 1, l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (y - p) - penalty * beta
        hessian = (design.T * (p * (1 - p))) @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-5:
            break
    return beta
