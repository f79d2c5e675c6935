#!/usr/bin/env python3
"""Fails when the top-level modules of a crate import each other in a circle.

The crates' dependency graph is checked by cargo itself (and scripts/check-layers.sh); inside one crate nothing stops
`a` using `b` while `b` uses `a`. This reads every production `.rs` file (not tests, not comments), collects the
`crate::<module>` paths it names, and reports each strongly connected group of more than one module.

    scripts/check-module-cycles.py src crates/*/src
"""
import os
import re
import sys


def module_graph(root):
    graph = {}
    for directory, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".rs") or name == "tests.rs" or name.endswith("_tests.rs"):
                continue
            path = os.path.join(directory, name)
            top = os.path.relpath(path, root).split(os.sep)[0].removesuffix(".rs")
            if top in ("main", "lib"):
                continue
            graph.setdefault(top, set())
            source = open(path, encoding="utf-8").read().split("\n#[cfg(test)]")[0]
            code = "\n".join(line for line in source.split("\n") if not line.strip().startswith("//"))
            named = set(re.findall(r"crate::(\w+)", code))
            for group in re.findall(r"use crate::\{([^}]*)\}", code):
                named |= set(re.findall(r"(?:^|,)\s*(\w+)", group))
            graph[top] |= named - {top, "self"}
    return {module: {t for t in targets if t in graph} for module, targets in graph.items()}


def cycles(graph):
    """Tarjan's strongly connected components, keeping those with more than one module."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


failed = False
for root in sys.argv[1:]:
    graph = module_graph(root)
    for group in cycles(graph):
        failed = True
        edges = ", ".join(f"{a} -> {b}" for a in group for b in sorted(graph[a]) if b in group)
        print(f"import circle in {root}: {edges}")
if failed:
    sys.exit(1)
print(f"modules: no import circle in {len(sys.argv) - 1} crates")
