#!/usr/bin/env python3
"""Reference values for ExperimentStatisticsTest, computed independently of the Java code with SciPy
(Cephes/Boost based special functions) and mpmath (arbitrary precision). Run: python3 reference_statistics.py
The Java tests hard-code what this prints; re-run it to check them."""
import math

import mpmath
import numpy as np
from scipy import stats

mpmath.mp.dps = 40


def show(label, value):
    print(f"{label:<58} {value!r}")


print("# distributions (SciPy; Student t also with mpmath's betainc at 40 digits)")
for z in (1.96, -1.96, -8.0, 0.0):
    show(f"Phi({z})", stats.norm.cdf(z))
for z in (1.96, 10.0):
    show(f"two-sided normal p({z})", 2 * stats.norm.sf(z))
for p in (0.975, 0.8, 0.9, 0.5, 1e-10, 0.999999):
    show(f"normal quantile({p})", stats.norm.ppf(p))
for t, df in ((2.228, 10), (12.706, 1), (2.042, 30), (1.5, 3.7), (0.5, 2.5), (40.0, 5), (3.0, 1e6), (-12.94627, 136.875)):
    exact = mpmath.betainc(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, 0, mpmath.mpf(df) / (df + mpmath.mpf(t) ** 2),
                           regularized=True)
    show(f"student two-sided p(t={t}, df={df}) scipy", 2 * stats.t.sf(abs(t), df))
    show(f"student two-sided p(t={t}, df={df}) mpmath", float(exact))
for x, df in ((10.828, 1), (16.0, 1), (3.841, 1), (5.991, 2), (100.0, 1)):
    show(f"chi-square upper tail({x}, df={df})", stats.chi2.sf(x, df))
for x in (0.5, 1.0, 3.7, 10.25, 1e5):
    show(f"lgamma({x})", math.lgamma(x))

print("\n# two-proportion z-test: z by formula, p by chi2_contingency(correction=False) == R prop.test(correct=FALSE)")
for xc, nc, xv, nv in ((1000, 10000, 1100, 10000), (200, 5000, 260, 5200), (4876, 120000, 5190, 121500)):
    pooled = (xc + xv) / (nc + nv)
    z = (xv / nv - xc / nc) / math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nv))
    chi2, p, _, _ = stats.chi2_contingency([[xc, nc - xc], [xv, nv - xv]], correction=False)
    show(f"z-test {xc}/{nc} vs {xv}/{nv}: z", z)
    show(f"z-test {xc}/{nc} vs {xv}/{nv}: p", p)
    assert abs(chi2 - z * z) < 1e-9 * chi2

print("\n# Welch t-test: scipy.stats.ttest_ind(equal_var=False) on generated per-user revenue")
rng = np.random.default_rng(20240601)
control = np.where(rng.random(400) < 0.3, rng.exponential(40.0, 400), 0.0).round(2)
variant = np.where(rng.random(380) < 0.34, rng.exponential(43.0, 380), 0.0).round(2)
for name, arr in (("control", control), ("variant", variant)):
    show(f"{name}: n", len(arr))
    show(f"{name}: sum", float(arr.sum()))
    show(f"{name}: sum of squares", float((arr * arr).sum()))
res = stats.ttest_ind(variant, control, equal_var=False)
show("welch t", float(res.statistic))
show("welch df", float(res.df))
show("welch p", float(res.pvalue))

print("\n# Welch from NIST e-Handbook 1.3.5.3 summary statistics (US vs Japan mpg), p by scipy")
n1, m1, s1, n2, m2, s2 = 249, 20.14458, 6.41470, 79, 30.48101, 6.10771
res = stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False)
show("nist welch t", float(res.statistic))
v1, v2 = s1 * s1 / n1, s2 * s2 / n2
show("nist welch df", (v1 + v2) ** 2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1)))
show("nist welch p", float(res.pvalue))

print("\n# relative lift, delta method (Kohavi et al. 2020 eq. for percent change), 95 %; Fieller alongside")
def lift(mc, vc, mv, vv, conf=0.95):
    z = stats.norm.ppf(1 - (1 - conf) / 2)
    r = mv / mc
    se = math.sqrt(vv / mc ** 2 + mv ** 2 * vc / mc ** 4)
    return r - 1, r - 1 - z * se, r - 1 + z * se

def fieller(mc, vc, mv, vv, conf=0.95):
    z = stats.norm.ppf(1 - (1 - conf) / 2)
    g = z * z * vc / mc ** 2
    r = mv / mc
    half = z / mc * math.sqrt(vv + r * r * vc - g * vv)
    return (r - g * 0 - 1, (r - half) / (1 - g) - 1, (r + half) / (1 - g) - 1) if g < 1 else None

for xc, nc, xv, nv in ((1000, 10000, 1100, 10000), (200, 5000, 260, 5200)):
    pc, pv = xc / nc, xv / nv
    args = (pc, pc * (1 - pc) / nc, pv, pv * (1 - pv) / nv)
    show(f"rate lift {xc}/{nc} vs {xv}/{nv} (estimate, low, high)", lift(*args))
    show(f"   fieller for comparison", fieller(*args))
mc, mv = control.mean(), variant.mean()
vc, vv = control.var(ddof=1) / len(control), variant.var(ddof=1) / len(variant)
show("revenue-per-user lift (estimate, low, high)", lift(mc, vc, mv, vv))
show("   fieller for comparison", fieller(mc, vc, mv, vv))

print("\n# sample-ratio mismatch: scipy.stats.chisquare against the planned split")
for c, v, share in ((5200, 4800, 0.5), (5030, 4970, 0.5), (2100, 7900, 0.2), (1000, 0, 0.5)):
    total = c + v
    res = stats.chisquare([c, v], f_exp=[total * share, total * (1 - share)])
    show(f"srm {c}/{v} planned {share}: chi2", float(res.statistic))
    show(f"srm {c}/{v} planned {share}: p", float(res.pvalue))

print("\n# sample size (normal approximation); each result checked by solving power(N) == target")
def n_rate(p1, mde, s, alpha, power):
    p2 = p1 * (1 + mde)
    pbar = s * p1 + (1 - s) * p2
    za, zb = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    num = za * math.sqrt(pbar * (1 - pbar) * (1 / s + 1 / (1 - s))) + zb * math.sqrt(p1 * (1 - p1) / s + p2 * (1 - p2) / (1 - s))
    return num * num / (p2 - p1) ** 2

def power_rate(N, p1, p2, s, alpha):
    pbar = s * p1 + (1 - s) * p2
    se0 = math.sqrt(pbar * (1 - pbar) * (1 / (N * s) + 1 / (N * (1 - s))))
    se1 = math.sqrt(p1 * (1 - p1) / (N * s) + p2 * (1 - p2) / (N * (1 - s)))
    return stats.norm.cdf((abs(p2 - p1) - stats.norm.ppf(1 - alpha / 2) * se0) / se1)

for p1, mde, s, power in ((0.5, 0.5, 0.5, 0.9), (0.10, 0.05, 0.5, 0.8), (0.03, 0.05, 0.2, 0.8)):
    N = n_rate(p1, mde, s, 0.05, power)
    assert abs(power_rate(N, p1, p1 * (1 + mde), s, 0.05) - power) < 1e-9
    show(f"rate N total (p1={p1}, mde={mde}, share={s}, power={power})", N)

def n_mean(mu, var, mde, s, alpha, power):
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return z * z * var * (1 / s + 1 / (1 - s)) / (mde * mu) ** 2

show("mean N total (mu=12, var=900, mde=0.05, share=0.5, power=0.8)", n_mean(12, 900, 0.05, 0.5, 0.05, 0.8))
show("mean N total (mu=12, var=900, mde=0.05, share=0.3, power=0.8)", n_mean(12, 900, 0.05, 0.3, 0.05, 0.8))
show("Lehr constant 2*(z.975+z.8)^2", 2 * (stats.norm.ppf(0.975) + stats.norm.ppf(0.8)) ** 2)

print("\n# results endpoint fixture (ExperimentResultsTest): users 10000 / 10000, revenue sums as below")
c_users, v_users = 10000, 10000
c_rev, c_sq, v_rev, v_sq = 41234.5, 2100000.0, 45123.25, 2300000.0
mc, mv = c_rev / c_users, v_rev / v_users
sc = math.sqrt((c_sq - c_users * mc * mc) / (c_users - 1))
sv = math.sqrt((v_sq - v_users * mv * mv) / (v_users - 1))
res = stats.ttest_ind_from_stats(mv, sv, v_users, mc, sc, c_users, equal_var=False)
vc, vv = sc * sc / c_users, sv * sv / v_users
show("fixture welch t", float(res.statistic))
show("fixture welch df", (vc + vv) ** 2 / (vc * vc / (c_users - 1) + vv * vv / (v_users - 1)))
show("fixture welch p", float(res.pvalue))
show("fixture revenue-per-user lift", lift(mc, vc, mv, vv))
show("fixture conversion N total", n_rate(0.1, 0.05, 0.5, 0.05, 0.8))
show("fixture revenue N total (control mean and variance)", n_mean(mc, sc * sc, 0.05, 0.5, 0.05, 0.8))
n_imp = n_rate(4876 / 120000, 0.05, 0.5, 0.05, 0.8)
show("fixture ctr impressions N total", n_imp)
show("fixture ctr users N total (at 241500 impressions / 20000 users)", n_imp * 20000 / 241500)
