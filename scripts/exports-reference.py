#!/usr/bin/python3
"""Reads fengong's Pajek and UCINET DL exports back with independent readers and checks them
against this repository's own reading of each table, then writes what the readers saw to
test/fixtures/exports/reference.json.

    node scripts/make-export-fixtures.mjs              # fengong writes test/fixtures/exports/*.net, *.dl
    /usr/bin/python3 scripts/exports-reference.py      # read them back, check, write reference.json
    /usr/bin/python3 scripts/exports-reference.py --check

Readers: NetworkX 2.8.8 `read_pajek` (Debian's python3-networkx) for both .net files (for the
two-mode file after reducing its `*Vertices N n_A` header to `*Vertices N`: NetworkX 2.8 unpacks
exactly two fields there), igraph's `Read_Pajek` for both as they are (it reads the two-mode
header and marks the second mode `type`), and a small reader of the DL grammar documented in the
UCINET 6 user's guide (edgelist1, edgelist2; quoted labels) written here, since neither library
reads quoted DL labels. Expected values come from scripts/networkx-reference.py's table parser
(its own, not fengong's) and NetworkX's `weighted_projected_graph`; labels are the names with the
one documented change (a `"` written as U+FF02).
"""

import argparse
import importlib.util
import json
import re
import shlex
import sys
import tempfile
from pathlib import Path

try:
    import networkx as nx
    from networkx.algorithms import bipartite
    import igraph
except ImportError as err:
    raise SystemExit(f"{err} ({sys.executable}): run with /usr/bin/python3 (Debian's python3-networkx, python3-igraph)")

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "test" / "fixtures" / "exports"
TABLES = {
    "hunan-gba-2020": "data/hunan-gba-2020/table.txt",
    "small": "test/fixtures/tables/small.txt",
    "quoted-names": "test/fixtures/tables/quoted-names.txt",
}

spec = importlib.util.spec_from_file_location("reference", ROOT / "scripts" / "networkx-reference.py")
reference = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reference)


def check(condition, message):
    if not condition:
        raise SystemExit(f"check failed: {message}")


def label(name):
    return name.replace('"', "\uff02")


def expected(source):
    """Agency labels, task labels, two-mode links (agency, task, role) and projection weights."""
    agencies, tasks, _ = reference.parse_table(ROOT / source)
    task_labels = [f"task:{t}" for t, _ in tasks]
    links = [(label(u), f"task:{t}", role) for t, units in tasks for u, role in units]
    G = nx.Graph()
    G.add_nodes_from(label(a) for a in agencies)
    G.add_nodes_from(task_labels)
    G.add_edges_from((a, t) for a, t, _ in links)
    P = bipartite.weighted_projected_graph(G, [label(a) for a in agencies])
    weights = {frozenset((a, b)): d["weight"] for a, b, d in P.edges(data=True)}
    return [label(a) for a in agencies], task_labels, links, weights


def read_pajek_networkx(path, two_mode):
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    if two_mode:
        check(re.fullmatch(r"\*Vertices \d+ \d+", lines[0]) is not None, f"{path.name}: two-mode header")
        lines[0] = " ".join(lines[0].split()[:2])
    G = nx.parse_pajek(lines)
    nodes = list(G.nodes)
    edges = [[u, v, d["weight"], d.get("l")] for u, v, d in G.edges(data=True)]
    return nodes, edges


def read_pajek_igraph(path):
    g = igraph.Graph.Read_Pajek(str(path))
    names = g.vs["id"]
    types = g.vs["type"] if "type" in g.vs.attributes() else None
    edges = [[names[e.source], names[e.target], e["weight"]] for e in g.es]
    return names, types, edges


def read_dl(path):
    """The DL grammar of the UCINET 6 user's guide, as far as edgelist1/edgelist2 with listed labels
    need: `DL n=` or `nr= nc=`, `format =`, `labels:` / `row labels:` / `column labels:` (quoted,
    separated by line breaks), `data:` then `i j value` lines, 1-based."""
    text = path.read_bytes().decode("utf-8")  # read_text would turn CRLF into LF
    check("\r\n" in text and "\n" not in text.replace("\r\n", ""), f"{path.name}: CRLF lines")
    lines = text.split("\r\n")
    head = lines[0].split()
    check(head[0] == "DL", f"{path.name}: starts with DL")
    sizes = dict(p.split("=") for p in head[1:])
    fmt = lines[1].replace(" ", "")
    i = 2
    sections = {}
    while lines[i] != "data:":
        key = lines[i]
        check(key.endswith(":"), f"{path.name}: section {key!r}")
        i += 1
        items = []
        while not lines[i].endswith(":"):
            items.extend(shlex.split(lines[i]))
            i += 1
        sections[key[:-1]] = items
    data = [tuple(int(x) for x in l.split()) for l in lines[i + 1:] if l != ""]
    return {"sizes": {k: int(v) for k, v in sizes.items()}, "format": fmt, "labels": sections, "data": data}


def verify(name, source):
    agencies, tasks, links, weights = expected(source)
    out = {}

    # Pajek, two-mode.
    path = DIR / f"{name}.two-mode.net"
    nodes, edges = read_pajek_networkx(path, True)
    check(nodes == agencies + tasks, f"{name}: two-mode vertices (NetworkX)")
    check(sorted((u, v, r) for u, v, w, r in edges) == sorted(links), f"{name}: two-mode links and roles (NetworkX)")
    check(all(w == 1.0 for _, _, w, _ in edges), f"{name}: two-mode values 1")
    names, types, ig_edges = read_pajek_igraph(path)
    check(names == nodes, f"{name}: igraph reads the same two-mode labels")
    check(types == [False] * len(agencies) + [True] * len(tasks), f"{name}: igraph's two-mode types")
    check(sorted((u, v) for u, v, _ in ig_edges) == sorted((u, v) for u, v, _ in links), f"{name}: igraph two-mode links")
    out["twoMode"] = {"vertices": nodes, "edges": edges}

    # Pajek, projection.
    path = DIR / f"{name}.projection.net"
    nodes, edges = read_pajek_networkx(path, False)
    check(nodes == agencies, f"{name}: projection vertices (NetworkX)")
    check({frozenset((u, v)): w for u, v, w, _ in edges} == weights and len(edges) == len(weights), f"{name}: projection weights = shared tasks (NetworkX)")
    names, types, ig_edges = read_pajek_igraph(path)
    check(names == nodes and types is None, f"{name}: igraph reads the same projection labels")
    check({frozenset((u, v)): w for u, v, w in ig_edges} == weights, f"{name}: igraph projection weights")
    out["projection"] = {"vertices": nodes, "edges": [[u, v, w] for u, v, w, _ in edges]}

    # DL, two-mode: edgelist2, agency × task.
    dl = read_dl(DIR / f"{name}.two-mode.dl")
    check(dl["sizes"] == {"nr": len(agencies), "nc": len(tasks)} and dl["format"] == "format=edgelist2", f"{name}: DL two-mode header")
    check(dl["labels"] == {"row labels": agencies, "column labels": tasks}, f"{name}: DL two-mode labels")
    cells = sorted((dl["labels"]["row labels"][i - 1], dl["labels"]["column labels"][j - 1], v) for i, j, v in dl["data"])
    check(cells == sorted((a, t, 1) for a, t, _ in links), f"{name}: DL two-mode cells")

    # DL, projection: edgelist1, both directions of every pair.
    dl = read_dl(DIR / f"{name}.projection.dl")
    check(dl["sizes"] == {"n": len(agencies)} and dl["format"] == "format=edgelist1", f"{name}: DL projection header")
    check(dl["labels"] == {"labels": agencies}, f"{name}: DL projection labels")
    lab = dl["labels"]["labels"]
    cells = {(lab[i - 1], lab[j - 1]): v for i, j, v in dl["data"]}
    check(len(cells) == len(dl["data"]) == 2 * len(weights), f"{name}: DL projection: each pair twice, once each way")
    check(all(cells[(a, b)] == cells[(b, a)] == weights[frozenset((a, b))] for a, b in cells), f"{name}: DL projection values = shared tasks")
    out["dl"] = {"twoModeCells": len(links), "projectionCells": len(cells)}
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with reference.json on disk, write nothing")
    args = parser.parse_args()
    doc = {
        "generator": "scripts/exports-reference.py",
        "versions": {"networkx": nx.__version__, "igraph": igraph.__version__},
        "tables": {name: {"source": source, **verify(name, source)} for name, source in TABLES.items()},
    }
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    path = DIR / "reference.json"
    if args.check:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit(f"out of date: {path.relative_to(ROOT)}")
    else:
        path.write_text(text, encoding="utf-8")
    for name, t in doc["tables"].items():
        print(f"{name}: {len(t['twoMode']['vertices'])} vertices, {len(t['twoMode']['edges'])} links, {len(t['projection']['edges'])} pairs: read back by NetworkX, igraph and the DL reader")


if __name__ == "__main__":
    main()
