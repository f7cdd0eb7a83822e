#!/usr/bin/python3
"""Reference values for fengong's comparison of plans, computed with scipy and numpy, written as
JSON to test/fixtures/compare/reference.json: Spearman's rho and Kendall's tau-b
(scipy.stats.spearmanr, scipy.stats.kendalltau) on paired samples with and without ties, and the
least-squares coefficients (numpy.linalg.lstsq) and Pearson correlations of matrices vectorised
over their off-diagonal cells, which QAP and MRQAP compute before permuting.

Run with Debian's Python (python3-scipy, python3-numpy):

    /usr/bin/python3 scripts/compare-reference.py            # rewrite the fixture
    /usr/bin/python3 scripts/compare-reference.py --check    # compare with the file on disk

The inputs are generated here from a fixed seed, so a rerun writes a byte-identical file. The
tests do not need Python.
"""

import argparse
import json
import math
import sys
from pathlib import Path

try:
    import numpy as np
    import scipy
    import scipy.stats
except ImportError as err:
    raise SystemExit(f"{err} ({sys.executable}): run with /usr/bin/python3 (Debian's python3-scipy)")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test" / "fixtures" / "compare" / "reference.json"


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


def rank_cases(rng):
    cases = [
        ("no ties", [1, 2, 3, 4, 5], [2, 1, 4, 3, 5]),
        ("reversed", [1, 2, 3, 4], [4, 3, 2, 1]),
        ("ties in both", [3, 1, 1, 2, 5, 3, 3], [2, 2, 1, 1, 4, 3, 2]),
        ("loads of two plans", [27, 16, 14, 11, 4, 4, 3, 2, 1, 1], [5, 2, 1, 3, 4, 1, 1, 2, 1, 2]),
        ("constant y", [1, 2, 3], [2, 2, 2]),
        ("two values", [1, 2], [3, 1]),
    ]
    for k in range(3):
        n = int(rng.integers(8, 40))
        x = rng.integers(0, 6, size=n).tolist()
        y = (np.array(x) + rng.integers(-2, 3, size=n)).tolist()
        cases.append((f"random {k + 1} (n = {n}, many ties)", x, y))
    out = []
    for name, x, y in cases:
        with np.errstate(all="ignore"):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rho = scipy.stats.spearmanr(x, y).correlation
                tau = scipy.stats.kendalltau(x, y).correlation  # variant 'b', the default
        out.append({"name": name, "x": [int(v) for v in x], "y": [int(v) for v in y], "spearman": num(rho), "kendall": num(tau)})
    return out


def off_diagonal(m):
    n = m.shape[0]
    return np.array([m[i, j] for i in range(n) for j in range(n) if i != j], dtype=float)


def regression_cases(rng):
    out = []
    for name, n, symmetric in [("symmetric, 9 agencies", 9, True), ("directed, 7 agencies", 7, False)]:
        def matrix(high):
            m = rng.integers(0, high, size=(n, n)).astype(float)
            if symmetric:
                m = np.triu(m, 1)
                m = m + m.T
            np.fill_diagonal(m, 0)
            return m

        x1 = matrix(4)
        x2 = matrix(3)
        noise = matrix(3)
        y = 0.5 + 2 * x1 - x2 + noise
        np.fill_diagonal(y, 0)
        design = np.column_stack([np.ones(n * (n - 1)), off_diagonal(x1), off_diagonal(x2)])
        coefficients, _, _, _ = np.linalg.lstsq(design, off_diagonal(y), rcond=None)
        fitted = design @ coefficients
        residual = off_diagonal(y) - fitted
        total = off_diagonal(y) - off_diagonal(y).mean()
        out.append({
            "name": name,
            "y": y.tolist(),
            "x": [x1.tolist(), x2.tolist()],
            "coefficients": [float(c) for c in coefficients],
            "rSquared": float(1 - residual @ residual / (total @ total)),
            "pearsonYX1": float(np.corrcoef(off_diagonal(y), off_diagonal(x1))[0, 1]),
        })
    return out


def build():
    rng = np.random.default_rng(20261203)
    return {
        "generator": "scripts/compare-reference.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__},
        "rankCorrelation": rank_cases(rng),
        "regression": regression_cases(rng),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk, write nothing")
    args = parser.parse_args()
    text = json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{OUT.relative_to(ROOT)} differs from what the script writes: rerun it and commit the result")
        print(f"{OUT.relative_to(ROOT)}: up to date")
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
