#!/usr/bin/python3
"""Reference values for fengong's two-mode metrics, computed with NetworkX (and cross-checked
with igraph and exact arithmetic), written as JSON fixtures under test/fixtures/networkx/.

Run with Debian's Python, which has python3-networkx 2.8.8, python3-scipy and python3-igraph
(the pyenv `python3` first on PATH has none of them):

    /usr/bin/python3 scripts/networkx-reference.py            # rewrite every fixture
    /usr/bin/python3 scripts/networkx-reference.py --check    # compare with the files on disk

The tests do not need Python: they only read the JSON files. Rerun this by hand when a table or
this script changes, and commit the result. The output is deterministic (fixed node order, sorted
keys, seeded random starts), so a rerun on the same inputs rewrites byte-identical files.

The table parser below is deliberately independent of fengong's TypeScript parser: it implements
only the documented layout ("Word table pasted as text") and is strict about anything else.
See test/fixtures/networkx/README.md for the fields and for the NetworkX quirks a
reimplementation has to match.
"""

import os
import sys

# NetworkX sums over Python sets (latapy clustering, collaboration weights …), and the order of a
# set of strings depends on the per-process hash seed, which moves the last bit of some floats.
# Fix the seed so that reruns write byte-identical files.
if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, __file__, *sys.argv[1:]], dict(os.environ, PYTHONHASHSEED="0"))

import argparse
import json
import math
import re
import warnings
from fractions import Fraction
from pathlib import Path

try:
    import networkx as nx
    from networkx.algorithms import bipartite
    import numpy as np
    import scipy
    import scipy.stats
    import igraph
except ImportError as err:
    raise SystemExit(f"{err} ({sys.executable}): run with /usr/bin/python3 (Debian's python3-networkx, python3-scipy, python3-igraph)")

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "test" / "fixtures" / "networkx"
GENERATOR = "scripts/networkx-reference.py"

# (name, table path relative to ROOT, exclude collective units)
FIXTURES = [
    ("hunan-gba-2020", "data/hunan-gba-2020/table.txt", False),
    ("hunan-gba-2020-no-collective", "data/hunan-gba-2020/table.txt", True),
    ("small", "test/fixtures/tables/small.txt", False),
    ("two-components", "test/fixtures/tables/two-components.txt", False),
    ("nested", "test/fixtures/tables/nested.txt", False),
    ("chain", "test/fixtures/tables/chain.txt", False),
]

EXPECTED_NETWORKX = "2.8.8"
TIGHT = 1e-14  # tolerance handed to the iterative solvers
AGREE = 1e-9  # cross-checks between independent computations must agree this closely
DUTY_CLAUSE = "按职责分工负责"
HEADERS = {"序号": "number", "类别": "category", "重点任务": "title", "责任单位": "units"}


class TableError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Parsing


def is_collective(name):
    return name.startswith("各") or "有关" in name or "相关" in name


def parse_table(path):
    """Returns (agency names in first-appearance order, tasks in table order, categories), where each
    task is (id, [(unit name, 'lead'|'co'), ...]) with repeated units dropped after their first
    listing, and categories maps each task id to its 类别 (an empty cell repeats the category above,
    as a merged cell; None without a 类别 column or before the first category)."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = re.split(r"\r\n|\r|\n", text)

    # Group tab-indented lines into rows; any other line ends a row. Lines that are neither cells
    # nor blank are allowed only before the first row (the preamble).
    rows = []
    current = None
    for lineno, line in enumerate(lines, start=1):
        if line.startswith("\t"):
            if current is None:
                current = (lineno, [])
                rows.append(current)
            current[1].append(line[1:].strip())
        else:
            current = None
            if line.strip() != "" and rows:
                raise TableError(f"{path}:{lineno}: text line inside or after the table: {line!r}")
    if not rows:
        raise TableError(f"{path}: no tab-indented cells")

    header_line, header = rows[0]
    roles = {}
    for i, cell in enumerate(header):
        role = HEADERS.get(cell)
        if role is None or role in roles:
            raise TableError(f"{path}:{header_line}: unexpected header cell {cell!r}")
        roles[role] = i
    for role in ("number", "title", "units"):
        if role not in roles:
            raise TableError(f"{path}:{header_line}: header lacks the {role} column")

    agencies = []
    seen_agencies = set()
    tasks = []
    categories = {}
    category = None
    seen_ids = set()
    for lineno, cells in rows[1:]:
        if len(cells) != len(header):
            raise TableError(f"{path}:{lineno}: {len(cells)} cells, expected {len(header)}")
        number = cells[roles["number"]]
        if not re.fullmatch(r"[0-9]+", number):
            raise TableError(f"{path}:{lineno}: bad 序号 {number!r}")
        task_id = str(int(number))
        if task_id in seen_ids:
            raise TableError(f"{path}:{lineno}: repeated 序号 {number!r}")
        seen_ids.add(task_id)
        if "category" in roles and cells[roles["category"]] != "":
            category = cells[roles["category"]]
        categories[task_id] = category
        if cells[roles["title"]] == "":
            raise TableError(f"{path}:{lineno}: empty 重点任务")

        units_text = cells[roles["units"]]
        if units_text.endswith(DUTY_CLAUSE):
            units_text = units_text[: -len(DUTY_CLAUSE)]
        names = [piece.strip() for piece in units_text.split("、")]
        if any(n == "" for n in names):
            raise TableError(f"{path}:{lineno}: empty unit name in {cells[roles['units']]!r}")
        units = []
        for name in names:
            if any(name == u for u, _ in units):
                continue  # listed twice on one task: counts once, at its first position
            units.append((name, "lead" if not units else "co"))
            if name not in seen_agencies:
                seen_agencies.add(name)
                agencies.append(name)
        tasks.append((task_id, units))
    if not tasks:
        raise TableError(f"{path}: header row but no task rows")
    return agencies, tasks, categories


# --------------------------------------------------------------------------------------------
# Metrics


def agency_key(name):
    return "agency:" + name


def task_key(task_id):
    return "task:" + task_id


def close(a, b, tol=AGREE):
    return abs(a - b) <= tol


def check(condition, message):
    if not condition:
        raise SystemExit("check failed: " + message)


def exact_hypergeom_sf(shared, total, k_a, k_b):
    """P(X >= shared) for X ~ Hypergeom(total, k_a, k_b), exactly."""
    hi = min(k_a, k_b)
    num = sum(math.comb(k_a, x) * math.comb(total - k_a, k_b - x) for x in range(shared, hi + 1))
    return Fraction(num, math.comb(total, k_b))


def projection(G, side, other_size, with_p_value):
    """One entry per pair of `side` nodes sharing at least one neighbour, in `side` order."""
    position = {key: i for i, key in enumerate(side)}
    shared = bipartite.weighted_projected_graph(G, side)
    jaccard = bipartite.overlap_weighted_projected_graph(G, side, jaccard=True)
    overlap = bipartite.overlap_weighted_projected_graph(G, side, jaccard=False)
    newman = bipartite.collaboration_weighted_projected_graph(G, side)
    check(
        set(map(frozenset, shared.edges())) == set(map(frozenset, jaccard.edges()))
        == set(map(frozenset, overlap.edges())) == set(map(frozenset, newman.edges())),
        "projections disagree on which pairs share a neighbour",
    )
    pairs = sorted(
        (tuple(sorted((u, v), key=position.__getitem__)) for u, v in shared.edges()),
        key=lambda p: (position[p[0]], position[p[1]]),
    )
    entries = []
    for a, b in pairs:
        s = shared[a][b]["weight"]
        k_a, k_b = G.degree(a), G.degree(b)
        common = set(G[a]) & set(G[b])
        check(s == len(common) and s >= 1, f"shared count {a} {b}")
        check(close(jaccard[a][b]["weight"], s / (k_a + k_b - s), 1e-15), f"jaccard {a} {b}")
        check(close(overlap[a][b]["weight"], s / min(k_a, k_b), 1e-15), f"overlap {a} {b}")
        check(
            close(newman[a][b]["weight"], sum(1 / (G.degree(t) - 1) for t in common), 1e-12),
            f"newman {a} {b}",
        )
        entry = {
            "a": a,
            "b": b,
            "shared": s,
            "jaccard": float(jaccard[a][b]["weight"]),
            "overlap": float(overlap[a][b]["weight"]),
            "newman": float(newman[a][b]["weight"]),
        }
        if with_p_value:
            p = float(scipy.stats.hypergeom.sf(s - 1, M=other_size, n=k_a, N=k_b))
            exact = exact_hypergeom_sf(s, other_size, k_a, k_b)
            check(abs(Fraction(p) - exact) <= Fraction(1, 10**12), f"hypergeometric p {a} {b}")
            entry["pValue"] = p
        entries.append(entry)
    return entries


def per_side(values, agencies, tasks):
    """Rescales a node vector so that the agency entries sum to 1 and the task entries sum to 1."""
    out = {}
    for side in (agencies, tasks):
        total = sum(values[k] for k in side)  # may be negative: nx.hits can mix the sides with opposite signs
        largest = max(abs(values[k]) for k in side)
        check(largest > 0 and abs(total) > 1e-6 * largest, "per-side normalisation of a (near) zero vector")
        out.update({k: values[k] / total for k in side})
    return out


def hits_per_side(G, agencies, tasks, connected):
    """HITS of an undirected bipartite graph, normalised so that each side sums to 1.

    A is symmetric with eigenvalues +λ and -λ, so the top singular value of A is double and
    nx.hits (ARPACK svds from a random start) returns an arbitrary mix of the agency half and the
    task half of the leading eigenvector: values summed over the whole graph change from run to
    run and hubs != authorities. Only the proportions within each side are defined; they equal
    the eigenvector centrality rescaled per side. Returns (hubs, authorities) or (None, None)."""
    if not connected:
        return None, None
    runs = []
    for seed in (0, 1, 2):
        np.random.seed(seed)  # svds draws its start vector from numpy's global generator
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # nx.adjacency_matrix deprecation notice
            hubs, auth = nx.hits(G, max_iter=100000, tol=TIGHT, normalized=True)
        runs.append((per_side(hubs, agencies, tasks), per_side(auth, agencies, tasks)))
    ev = per_side(nx.eigenvector_centrality_numpy(G), agencies, tasks)
    g = igraph.Graph.from_networkx(G)
    names = g.vs["_nx_name"]
    ig_hub = per_side(dict(zip(names, g.hub_score(scale=False))), agencies, tasks)
    ig_auth = per_side(dict(zip(names, g.authority_score(scale=False))), agencies, tasks)
    for hubs, auth in runs:
        for k in G:
            check(close(hubs[k], auth[k]), f"per-side HITS hub != authority at {k}")
            check(close(auth[k], runs[0][1][k]), f"per-side HITS differs between starts at {k}")
            check(close(auth[k], ev[k]), f"per-side HITS != per-side eigenvector at {k}")
            check(close(auth[k], ig_hub[k]) and close(auth[k], ig_auth[k]), f"igraph HITS at {k}")
    return runs[0]


def louvain(G, agencies):
    """NetworkX's Louvain on the agency projection weighted by shared tasks (seed 42), its
    modularity, and the modularity of two fixed partitions (all in one; alternate by position) to
    check fengong's modularity formula on the same weighted graph."""
    P = bipartite.weighted_projected_graph(G, agencies)
    position = {key: i for i, key in enumerate(agencies)}
    if P.number_of_edges() == 0:
        return None
    found = nx.community.louvain_communities(P, weight="weight", seed=42)
    found = sorted((sorted(c, key=position.__getitem__) for c in found), key=lambda c: position[c[0]])
    membership = {a: i for i, c in enumerate(found) for a in c}
    fixed = {
        "one": [0 for _ in agencies],
        "alternate": [i % 2 for i in range(len(agencies))],
    }
    return {
        "partition": [membership[a] for a in agencies],
        "modularity": float(nx.community.modularity(P, found, weight="weight")),
        "fixed": {
            name: {
                "partition": part,
                "modularity": float(nx.community.modularity(
                    P,
                    [{a for a, c in zip(agencies, part) if c == k} for k in sorted(set(part))],
                    weight="weight",
                )),
            }
            for name, part in fixed.items()
        },
    }


def nan_to_none(x):
    return None if math.isnan(x) else float(x)


def hierarchy(P, v, weight):
    """Burt's hierarchy from NetworkX's local_constraint terms (NetworkX has no hierarchy):
    sum_j (c_vj / (C/N)) ln(c_vj / (C/N)) / (N ln N), C = sum_j c_vj, N = degree; None for N = 0
    and 0.0 for N = 1 (N ln N = 0), as fengong defines it."""
    contacts = list(P[v])
    N = len(contacts)
    if N == 0:
        return None
    if N == 1:
        return 0.0
    terms = [nx.local_constraint(P, v, j, weight=weight) for j in contacts]
    C = sum(terms)
    return float(sum((c / (C / N)) * math.log(c / (C / N)) for c in terms) / (N * math.log(N)))


def projection_structure(G, agencies):
    """Structural holes (weighted by shared tasks, and unweighted) and core numbers of every agency
    on the agency projection, cross-checked against igraph and against the formulas they reduce to."""
    P = bipartite.weighted_projected_graph(G, agencies)
    check(nx.number_of_selfloops(P) == 0, "projection has a self-loop")
    size_w = nx.effective_size(P, weight="weight")
    size_u = nx.effective_size(P)
    # Burt's formula with every weight 1 (a missing attribute reads as 1) = Borgatti's n - 2t/n.
    size_burt = nx.effective_size(P, weight="__unit__")
    constraint_w = nx.constraint(P, weight="weight")
    constraint_u = nx.constraint(P)
    core = nx.core_number(P)
    g = igraph.Graph.from_networkx(P)
    names = g.vs["_nx_name"]
    ig_core = dict(zip(names, g.coreness()))
    ig_constraint_w = dict(zip(names, g.constraint(weights="weight")))
    ig_constraint_u = dict(zip(names, g.constraint()))
    out = {}
    for v in agencies:
        k = P.degree(v)
        check(ig_core[v] == core[v], f"igraph coreness at {v}")
        if k == 0:
            check(all(math.isnan(x[v]) for x in (size_w, size_u, constraint_w, constraint_u)), f"isolated {v}: NaN expected")
        else:
            check(close(size_burt[v], size_u[v], 1e-12), f"Burt vs Borgatti effective size at {v}")
            check(close(ig_constraint_w[v], constraint_w[v]), f"igraph weighted constraint at {v}")
            check(close(ig_constraint_u[v], constraint_u[v]), f"igraph constraint at {v}")
            t = P.subgraph(P[v]).number_of_edges()
            check(close(size_u[v], k - 2 * t / k, 1e-12), f"n - 2t/n at {v}")
        out[v] = {
            "effectiveSize": nan_to_none(size_w[v]),
            "effectiveSizeUnweighted": nan_to_none(size_u[v]),
            "efficiency": None if k == 0 else float(size_w[v] / k),
            "efficiencyUnweighted": None if k == 0 else float(size_u[v] / k),
            "constraint": nan_to_none(constraint_w[v]),
            "constraintUnweighted": nan_to_none(constraint_u[v]),
            "hierarchy": hierarchy(P, v, "weight"),
            "hierarchyUnweighted": hierarchy(P, v, None),
            "coreNumber": core[v],
            "partners": k,
        }
    return out


def category_blocks(G, agencies, tasks, categories):
    """Block densities of the agency projection with agencies grouped by main category (the category
    of most of their tasks, ties to the category first in the table; None when no task has one):
    within a group NetworkX's `density` of its subgraph (binary) and its total weight over its pairs
    (valued), between two groups NetworkX's `cut_size` (binary, and weighted by shared tasks) over
    n_g·n_h; Freeman's degree centralisation of each group's subgraph from NetworkX's degrees."""
    P = bipartite.weighted_projected_graph(G, agencies)
    order = []  # categories in order of first appearance in the table
    for task_id, _ in tasks:
        c = categories[task_id]
        if c is not None and c not in order:
            order.append(c)
    rank = {c: i for i, c in enumerate(order)}
    main = {}
    for a in agencies:
        counts = {}
        for t in G[a]:
            c = categories[t[len("task:"):]]
            if c is not None:
                counts[c] = counts.get(c, 0) + 1
        main[a] = None if not counts else min(counts, key=lambda c: (-counts[c], rank[c]))
    groups = [c for c in order if any(main[a] == c for a in agencies)]
    if any(main[a] is None for a in agencies):
        groups.append(None)
    members = {c: [a for a in agencies if main[a] == c] for c in groups}
    within, between = block_densities(P, groups, members, "category")
    return {"main": {a: main[a] for a in agencies}, "groups": within, "between": between}


def block_densities(P, groups, members, label):
    """Within each group (in the order given) NetworkX's `density` of its subgraph of the agency
    projection P and its total weight over its pairs, Freeman's degree centralisation from its
    degrees; between two groups with a tie `cut_size` (binary and weighted) over n_g·n_h."""
    within = []
    for c in groups:
        S = P.subgraph(members[c])
        n = len(members[c])
        pairs = n * (n - 1) // 2
        degrees = [d for _, d in S.degree()]
        central = None if n < 3 else sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))
        within.append({
            label: c,
            "agencies": n,
            "density": None if n < 2 else float(nx.density(S)),
            "meanShared": None if n < 2 else float(S.size(weight="weight") / pairs),
            "centralisation": None if central is None else float(central),
        })
    between = []
    for i, c in enumerate(groups):
        for d in groups[i + 1:]:
            ties = nx.cut_size(P, members[c], members[d])
            if ties == 0:
                continue
            pairs = len(members[c]) * len(members[d])
            between.append({
                "a": c,
                "b": d,
                "ties": ties,
                "density": float(ties / pairs),
                "meanShared": float(nx.cut_size(P, members[c], members[d], weight="weight") / pairs),
            })
    return within, between


def partition_blocks(G, agencies, partition):
    """The block densities of `block_densities` for a partition given as one label per agency
    (NetworkX's own Louvain communities here, so fengong is checked on a partition it did not find),
    groups in label order."""
    if partition is None:
        return None
    P = bipartite.weighted_projected_graph(G, agencies)
    groups = sorted(set(partition))
    members = {c: [a for a, p in zip(agencies, partition) if p == c] for c in groups}
    within, between = block_densities(P, groups, members, "group")
    return {"partition": list(partition), "groups": within, "between": between}


def max_bipartite_betweenness(n, m):
    """Borgatti & Halgin's largest betweenness of a node of a set of n facing m (NetworkX's divisor)."""
    if n < 1 or m < 1:
        return 0
    s, t = divmod(n - 1, m)
    return ((m ** 2) * ((s + 1) ** 2) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2


def two_mode_centralisation(G, agencies, tasks):
    """Borgatti & Everett's two-mode centralisation of each mode from NetworkX's degrees and raw
    betweenness: sum of (max - value) over the mode's nodes, over (n - 1)(m - 1) for degree and
    (n - 1)·b_max(n, m) for betweenness (None where the divisor is 0); the divisors are checked to be
    the maxima by `two_mode_maxima`."""
    raw = nx.betweenness_centrality(G, normalized=False)
    out = {}
    for name, mode, other in (("agencies", agencies, tasks), ("tasks", tasks, agencies)):
        n, m = len(mode), len(other)
        degrees = [G.degree(v) for v in mode]
        between = [raw[v] for v in mode]
        d_div = (n - 1) * (m - 1)
        b_div = (n - 1) * max_bipartite_betweenness(n, m)
        out[name] = {
            "degree": None if d_div == 0 else float(sum(max(degrees) - d for d in degrees) / d_div),
            "betweenness": None if b_div == 0 else float(sum(max(between) - b for b in between) / b_div),
        }
    return out


def two_mode_maxima():
    """For small sizes n × m, the largest values over every connected bipartite graph (all 2^(n·m)
    edge sets, NetworkX's betweenness) of: one node's raw betweenness in the n-set, Σ (b* - b_i) and
    Σ (d* - d_i) over the n-set; checked against the closed forms fengong divides by."""
    out = []
    for n, m in [(1, 3), (3, 1), (2, 2), (3, 2), (2, 3), (4, 2), (2, 4), (5, 2), (2, 5), (6, 2), (3, 3), (4, 3), (3, 4)]:
        U = [("u", i) for i in range(n)]
        V = [("v", j) for j in range(m)]
        pairs = [(u, v) for u in U for v in V]
        node = between = degree = 0
        for mask in range(1 << len(pairs)):
            G = nx.Graph()
            G.add_nodes_from(U + V)
            G.add_edges_from(p for k, p in enumerate(pairs) if mask >> k & 1)
            if not nx.is_connected(G):
                continue
            raw = nx.betweenness_centrality(G, normalized=False)
            b = [raw[u] for u in U]
            d = [G.degree(u) for u in U]
            node = max(node, max(b))
            between = max(between, sum(max(b) - x for x in b))
            degree = max(degree, sum(max(d) - x for x in d))
        check(close(node, max_bipartite_betweenness(n, m)), f"maxima {n}x{m}: node betweenness")
        check(close(between, (n - 1) * max_bipartite_betweenness(n, m)), f"maxima {n}x{m}: betweenness centralisation")
        check(degree == (n - 1) * (m - 1), f"maxima {n}x{m}: degree centralisation")
        out.append({"n": n, "m": m, "node": float(node), "betweenness": float(between), "degree": degree})
    return {"generator": GENERATOR, "networkx": nx.__version__, "maxima": out}


def two_mode_cores(G, agencies, tasks, l):
    """For every node, the largest k >= 1 such that it is in the (k, l)-core (agencies on >= k tasks
    of the core, tasks with >= l agencies of the core), 0 when in none: pruning from scratch for
    each k (no peeling order, no bucket queue: independent of fengong's algorithm)."""
    agency_set = set(agencies)
    value = {v: 0 for v in G}
    k = 1
    while True:
        alive = set(G)
        changed = True
        while changed:
            changed = False
            for v in list(alive):
                need = k if v in agency_set else l
                if sum(1 for u in G[v] if u in alive) < need:
                    alive.discard(v)
                    changed = True
        if not alive:
            break
        for v in alive:
            value[v] = k
        k += 1
    return {v: value[v] for v in agencies + tasks}


def compute(name, source, exclude_collective):
    agencies_all, tasks_all, categories = parse_table(ROOT / source)
    dropped = {a for a in agencies_all if exclude_collective and is_collective(a)}
    agency_names = [a for a in agencies_all if a not in dropped]
    tasks = []
    for task_id, units in tasks_all:
        if any(role == "lead" and u in dropped for u, role in units):
            raise SystemExit(f"{name}: task {task_id} is led by a collective; roles undefined")
        kept = [(u, role) for u, role in units if u not in dropped]
        if not kept:
            raise SystemExit(f"{name}: task {task_id} has no unit left")
        tasks.append((task_id, kept))

    agencies = [agency_key(a) for a in agency_names]
    task_keys = [task_key(t) for t, _ in tasks]
    edges = [[agency_key(u), task_key(t), role] for t, units in tasks for u, role in units]

    # Node order: agencies (first appearance) then tasks (table order); no "weight" attribute.
    G = nx.Graph()
    G.add_nodes_from(agencies, bipartite=0)
    G.add_nodes_from(task_keys, bipartite=1)
    G.add_edges_from((a, t, {"role": r}) for a, t, r in edges)
    check(G.number_of_edges() == len(edges), f"{name}: repeated edge")
    check(bipartite.is_bipartite_node_set(G, agencies), f"{name}: not bipartite")
    check(all(G.degree(k) > 0 for k in G), f"{name}: isolated node")

    n_components = nx.number_connected_components(G)
    connected = n_components == 1

    degree = bipartite.degree_centrality(G, agencies)
    betweenness = bipartite.betweenness_centrality(G, agencies)
    closeness = bipartite.closeness_centrality(G, agencies, normalized=True)
    pagerank = nx.pagerank(G, alpha=0.85, tol=TIGHT, max_iter=100000)
    if connected:
        eigen = nx.eigenvector_centrality_numpy(G)
        eigen_power = nx.eigenvector_centrality(G, max_iter=100000, tol=TIGHT)
        for k in G:
            check(close(eigen[k], eigen_power[k]), f"{name}: eigenvector numpy vs power at {k}")
    else:
        eigen = None
    hubs, authorities = hits_per_side(G, agencies, task_keys, connected)
    lat = {mode: bipartite.latapy_clustering(G, mode=mode) for mode in ("dot", "min", "max")}
    betweenness_raw = nx.betweenness_centrality(G, normalized=False)
    closeness_one_mode = nx.closeness_centrality(G)
    closeness_reachable = nx.closeness_centrality(G, wf_improved=False)

    def redundancy(k):
        try:
            return float(bipartite.node_redundancy(G, [k])[k])
        except nx.NetworkXError:
            check(G.degree(k) < 2, f"{name}: redundancy raised for {k}")
            return None

    node = {}
    for k in agencies + task_keys:
        node[k] = {
            "degree": float(degree[k]),
            "betweenness": float(betweenness[k]),
            "closeness": float(closeness[k]),
            "pagerank": float(pagerank[k]),
            "eigenvector": None if eigen is None else float(eigen[k]),
            "hubs": None if hubs is None else float(hubs[k]),
            "authorities": None if authorities is None else float(authorities[k]),
            "latapyClustering": float(lat["dot"][k]),
            "latapyClusteringMin": float(lat["min"][k]),
            "latapyClusteringMax": float(lat["max"][k]),
            "redundancy": redundancy(k),
            "betweennessRaw": float(betweenness_raw[k]),
            "closenessOneMode": float(closeness_one_mode[k]),
        }

    # Cross-checks against igraph and simple closed forms.
    g = igraph.Graph.from_networkx(G)
    names = g.vs["_nx_name"]
    ig_between = dict(zip(names, g.betweenness(directed=False)))
    ig_close = dict(zip(names, g.closeness(normalized=True)))
    for k in G:
        check(close(ig_between[k], betweenness_raw[k]), f"{name}: igraph betweenness at {k}")
        check(close(ig_close[k], closeness_reachable[k]), f"{name}: igraph closeness at {k}")
        other = len(task_keys) if k.startswith("agency:") else len(agencies)
        check(close(degree[k], G.degree(k) / other, 1e-15), f"{name}: degree at {k}")
    check(close(sum(pagerank.values()), 1.0), f"{name}: pagerank sum")

    # PageRank and eigenvector against dense linear algebra (no iteration, no tolerance).
    order = list(G)
    A = nx.to_numpy_array(G, nodelist=order, weight=None)
    P = A / A.sum(axis=1, keepdims=True)
    N = len(order)
    direct = np.linalg.solve(np.eye(N) - 0.85 * P.T, np.full(N, 0.15 / N))
    for i, k in enumerate(order):
        check(close(pagerank[k], direct[i], 1e-12), f"{name}: pagerank vs linear solve at {k}")
    if eigen is not None:
        w, v = np.linalg.eigh(A)
        top = v[:, np.argmax(w)]
        top = top / (np.sign(top.sum()) * np.linalg.norm(top))
        for i, k in enumerate(order):
            check(close(eigen[k], top[i], 1e-12), f"{name}: eigenvector vs eigh at {k}")

    density = bipartite.density(G, agencies)
    check(close(density, len(edges) / (len(agencies) * len(task_keys)), 1e-15), f"{name}: density")

    louvain_found = louvain(G, agencies)
    doc = {
        "generator": GENERATOR,
        "versions": {
            "networkx": nx.__version__,
            "scipy": scipy.__version__,
            "igraph": igraph.__version__,
        },
        "name": name,
        "source": source,
        "excludeCollective": exclude_collective,
        "agencies": agencies,
        "tasks": task_keys,
        "edges": edges,
        "node": node,
        "projection": {
            "agency": projection(G, agencies, len(task_keys), True),
            "task": projection(G, task_keys, len(agencies), True),
        },
        "louvain": louvain_found,
        "partitionBlocks": partition_blocks(G, agencies, None if louvain_found is None else louvain_found["partition"]),
        "agencyProjection": projection_structure(G, agencies),
        "twoModeCores": {str(l): two_mode_cores(G, agencies, task_keys, l) for l in (1, 2, 3)},
        "categoryBlocks": category_blocks(G, agencies, tasks, categories),
        "twoModeCentralisation": two_mode_centralisation(G, agencies, task_keys),
        "network": {
            "density": float(density),
            "robinsAlexander": float(bipartite.robins_alexander_clustering(G)),
            "components": n_components,
            "averageLatapy": float(bipartite.average_clustering(G)),
            "igraph": {
                "betweenness": {k: float(ig_between[k]) for k in agencies + task_keys},
                "closeness": {k: float(ig_close[k]) for k in agencies + task_keys},
            },
        },
    }
    return doc


def verify_bundled(doc):
    """Headline facts about the bundled table (data/hunan-gba-2020/README.md)."""
    check(len(doc["tasks"]) == 30, "hunan: 30 tasks")
    check(len(doc["agencies"]) == 34, "hunan: 34 agencies")
    check(len(doc["edges"]) == 179, "hunan: 179 links")
    check(doc["network"]["components"] == 1, "hunan: connected")
    pair = [
        e for e in doc["projection"]["agency"]
        if {e["a"], e["b"]} == {"agency:省发展改革委", "agency:各有关市州人民政府"}
    ]
    check(len(pair) == 1 and pair[0]["shared"] == 27, "hunan: 省发展改革委–各有关市州人民政府 share 27")
    leads = sum(1 for e in doc["edges"] if e[2] == "lead")
    check(leads == 30, "hunan: one lead per task")


def summary(doc):
    node = doc["node"]
    top_agency = max(doc["agencies"], key=lambda k: (node[k]["betweenness"], k))
    return (
        f"{doc['name']}: {len(doc['agencies'])} agencies, {len(doc['tasks'])} tasks, "
        f"{len(doc['edges'])} links, {doc['network']['components']} component(s), "
        f"density {doc['network']['density']:.6f}, "
        f"Robins-Alexander {doc['network']['robinsAlexander']:.6f}, "
        f"{len(doc['projection']['agency'])} agency pairs, {len(doc['projection']['task'])} task pairs, "
        f"top agency betweenness {top_agency} {node[top_agency]['betweenness']:.6f}"
    )


def render(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    args = parser.parse_args()

    if nx.__version__ != EXPECTED_NETWORKX:
        raise SystemExit(
            f"expected networkx {EXPECTED_NETWORKX}, found {nx.__version__} "
            f"({sys.executable}); run with /usr/bin/python3"
        )

    stale = []
    for name, source, exclude in FIXTURES:
        doc = compute(name, source, exclude)
        if name == "hunan-gba-2020":
            verify_bundled(doc)
        text = render(doc)
        path = OUT_DIR / f"{name}.json"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        print(summary(doc))
    maxima = render(two_mode_maxima())
    path = OUT_DIR / "two-mode-maxima.json"
    if args.check:
        if not path.exists() or path.read_text(encoding="utf-8") != maxima:
            stale.append(str(path.relative_to(ROOT)))
    else:
        path.write_text(maxima, encoding="utf-8")
    print("two-mode-maxima: every connected bipartite graph up to 6 x 2 and 4 x 3")
    if stale:
        raise SystemExit("out of date: " + ", ".join(stale))


if __name__ == "__main__":
    main()
