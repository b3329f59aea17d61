"""Dependencies point one way: core ← store ← services ← front ends (docs/architecture.md), and
no module uses another module's private name. A small walk over the source's imports; the
upward imports are listed by name (none remain), so that a new one fails."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "followup"
# demo prints through the command line's output; assistant is `followup mcp`'s front end.
FRONT = {"cli", "web", "assistant", "__main__", "demo"}
# private.py (file modes) and clock.py (the real clock) are utilities at the store's level.

# Upward imports still to mend, by name (none are left: keep it that way).
KNOWN: set[tuple[str, str]] = set()


def layer(module: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    return {"core": 0, "store": 1, "private": 1, "clock": 1}.get(top, 3 if top in FRONT else 2)


def imports() -> list[tuple[str, str, list[str]]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        module = ".".join(("followup", *path.relative_to(SRC).with_suffix("").parts))
        module = module.removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("followup"):
                assert node.module is not None
                names = [a.name for a in node.names]
                if node.module == "followup":  # `from followup import service`
                    found += [(module, f"followup.{n}", []) for n in names]
                else:
                    found.append((module, node.module, names))
            elif isinstance(node, ast.Import):
                found += [(module, a.name, []) for a in node.names
                          if a.name.startswith("followup")]
    return found


def test_no_import_points_up() -> None:
    upward = {(m, t) for m, t, _ in imports() if layer(t) > layer(m)}
    assert upward - KNOWN == set(), "new upward imports"
    assert KNOWN - upward == set(), "mended: take these off KNOWN"


def test_no_module_uses_another_modules_private_name() -> None:
    private = [(m, f"{t}.{n}") for m, t, names in imports() for n in names
               if n.startswith("_") and not n.startswith("__") and t != m]
    assert private == []


def test_the_check_would_see_an_upward_import() -> None:
    assert layer("followup.core.planner") < layer("followup.store.sqlite") < layer(
        "followup.service") < layer("followup.cli.app")


# The fast path answers `today --json` from SQL without loading the services (start-up time).
# `add` keeps its holiday tables between runs (store.holiday_cache) on its own fast path.
FAST_PATH = {"followup.cli.fast", "followup.cli.fast_add"}


def test_front_ends_call_services_only() -> None:
    """A front end opens the store (`store.sqlite.Store`) and hands it to services; it never
    runs store functions or SQL of its own."""
    reach = {(m, t) for m, t, _ in imports()
             if layer(m) == 3 and t.startswith("followup.store") and t != "followup.store.sqlite"
             and m not in FAST_PATH}
    assert reach == set()
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).parts
        if parts[0] in FRONT or parts[0].removesuffix(".py") in FRONT:
            text = path.read_text(encoding="utf-8")
            assert ".conn." not in text and ".execute(" not in text, path
