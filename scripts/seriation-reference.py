#!/usr/bin/python3
"""Reference values for the spectral seriation of the report's co-responsibility heatmap, computed
with NetworkX and numpy, written as JSON to test/fixtures/seriation/reference.json: for each
symmetric weight matrix, the Fiedler vector of its Laplacian (numpy.linalg.eigh on
networkx.laplacian_matrix; unit length, sign fixed so that its first entry of magnitude > 1e-9 is
negative), the algebraic connectivity (networkx.algebraic_connectivity), and the order of
networkx.spectral_ordering (each connected component by its Fiedler vector; its orientation is
arbitrary, so the tests compare it up to reversal).

Run with Debian's Python (python3-networkx, python3-scipy, python3-numpy):

    /usr/bin/python3 scripts/seriation-reference.py            # rewrite the fixture
    /usr/bin/python3 scripts/seriation-reference.py --check    # compare with the file on disk

The matrices are generated here from a fixed seed, so a rerun writes a byte-identical file. The
tests do not need Python.
"""

import argparse
import warnings
import json
import sys
from pathlib import Path

try:
    import networkx as nx
    import numpy as np
except ImportError as err:
    raise SystemExit(f"{err} ({sys.executable}): run with /usr/bin/python3 (Debian's python3-networkx)")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test" / "fixtures" / "seriation" / "reference.json"
TIE = 1e-9


def robinson(n, width):
    """w_ij = max(0, width - |i - j|): decreasing away from the diagonal (a Robinson matrix)."""
    return [[0 if i == j else max(0, width - abs(i - j)) for j in range(n)] for i in range(n)]


def blocks(sizes, inside, between, rng):
    """Blocks of the given sizes, weight `inside` within a block, 0 or `between` (at random) across."""
    label = [b for b, s in enumerate(sizes) for _ in range(s)]
    n = len(label)
    w = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            x = inside if label[i] == label[j] else (between if rng.random() < 0.15 else 0)
            w[i][j] = w[j][i] = int(x)
    return w, label


def permuted(w, perm):
    """The matrix with row and column k of the result = row and column perm[k] of w."""
    return [[w[a][b] for b in perm] for a in perm]


def graph(w):
    G = nx.Graph()
    G.add_nodes_from(range(len(w)))
    for i in range(len(w)):
        for j in range(i + 1, len(w)):
            if w[i][j] > 0:
                G.add_edge(i, j, weight=w[i][j])
    return G


def fiedler(w):
    G = graph(w)
    L = nx.laplacian_matrix(G, nodelist=range(len(w)), weight="weight").toarray().astype(float)
    values, vectors = np.linalg.eigh(L)
    v = vectors[:, 1] / np.linalg.norm(vectors[:, 1])
    first = next(x for x in v if abs(x) > TIE)
    if first > 0:
        v = -v
    return [float(x) for x in v], float(values[1]), float(nx.algebraic_connectivity(G, weight="weight", method="tracemin_lu", tol=1e-12, seed=1))


def case(name, w, **extra):
    G = graph(w)
    out = {"name": name, "weights": w, "spectralOrdering": [int(u) for u in nx.spectral_ordering(G, weight="weight", method="tracemin_lu", tol=1e-12, seed=1)]}
    if nx.is_connected(G):
        vector, value, connectivity = fiedler(w)
        out.update({"fiedler": vector, "eigenvalue": value, "algebraicConnectivity": connectivity})
    out.update(extra)
    return out


def cases():
    rng = np.random.default_rng(20261203)
    out = []
    perm = [int(x) for x in rng.permutation(9)]
    out.append(case("Robinson 9 (width 4), scrambled", permuted(robinson(9, 4), perm), hidden=perm))
    w, label = blocks([5, 4, 3], 3, 1, rng)
    perm = [int(x) for x in rng.permutation(len(label))]
    out.append(case("three blocks of 5, 4, 3, scrambled", permuted(w, perm), blocks=[label[p] for p in perm]))
    n = 12
    w = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            w[i][j] = w[j][i] = int(rng.integers(0, 6)) if rng.random() < 0.6 else 0
    out.append(case("random 12, weights 0-5", w))
    # Two components (no two items alike, so no Fiedler value is tied) and an item tied to nothing.
    w = [[0] * 8 for _ in range(8)]
    for i, j, x in [(0, 2, 2), (2, 4, 1), (4, 0, 3), (1, 3, 3), (3, 5, 2), (5, 6, 1), (1, 6, 1)]:
        w[i][j] = w[j][i] = x
    out.append(case("two components and an isolated item", w))
    return out


def main():
    warnings.simplefilter("ignore", FutureWarning)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk, write nothing")
    args = parser.parse_args()
    doc = {"generator": "scripts/seriation-reference.py", "networkx": nx.__version__, "numpy": np.__version__, "cases": cases()}
    text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    if args.check:
        if not OUT.exists() or OUT.read_text("utf-8") != text:
            raise SystemExit(f"{OUT.relative_to(ROOT)} differs from what this script computes: rerun it without --check")
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(doc['cases'])} cases)")


if __name__ == "__main__":
    main()
