"""Dependencies point one way: core ← store ← services ← front ends (docs/architecture.md), no
module uses another module's private name, and only `clock.py` reads the real clock. A small
walk over the source's imports (absolute, relative, and modules loaded by name with
`importlib.import_module`); the upward imports are listed by name (none remain), so that a new
one fails. Each check is first shown a deliberate violation, so that a checker that sees
nothing cannot pass."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "followup"
# demo prints through the command line's output; assistant is `followup mcp`'s front end.
FRONT = {"cli", "web", "assistant", "__main__", "demo"}
# private.py (file modes), clock.py (the real clock) and budgets.py (the limits on reading
# outside data, which the store's caches read too) are utilities at the store's level.

# Upward imports still to mend, by name (none are left: keep it that way).
KNOWN: set[tuple[str, str]] = set()


def layer(module: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    levels = {"core": 0, "store": 1, "private": 1, "clock": 1, "budgets": 1}
    return levels.get(top, 3 if top in FRONT else 2)


def _named(arg: ast.expr) -> str | None:
    """The module a call loads by name: a constant, or an f-string's constant start up to its
    last dot (`f"followup.cli.{name}"` loads a module of the followup.cli package)."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr) and arg.values:
        first = arg.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value.rpartition(".")[0] or None
    return None


def _loads_by_name(node: ast.Call) -> bool:
    f = node.func
    name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
    return name in {"import_module", "__import__"}


def module_imports(module: str, source: str, package: bool = False
                   ) -> list[tuple[str, str, list[str]]]:
    """(importer, imported module, names taken from it) for each import in `source`, the text
    of `module` (`package`: an __init__.py)."""
    found: list[tuple[str, str, list[str]]] = []
    here = module.split(".") if package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            target = node.module or ""
            if node.level:  # relative: from the package, one level up per extra dot
                base = here[: len(here) - node.level + 1]
                target = ".".join([*base, target] if target else base)
            if not target.startswith("followup"):
                continue
            names = [a.name for a in node.names]
            if target == "followup":  # `from followup import service`
                found += [(module, f"followup.{n}", []) for n in names]
            else:
                found.append((module, target, names))
        elif isinstance(node, ast.Import):
            found += [(module, a.name, []) for a in node.names if a.name.startswith("followup")]
        elif isinstance(node, ast.Call) and _loads_by_name(node) and node.args:
            target = _named(node.args[0]) or ""
            if target.startswith("followup"):
                found.append((module, target, []))
    return found


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        module = ".".join(("followup", *path.relative_to(SRC).with_suffix("").parts))
        out.append((module.removesuffix(".__init__"), path))
    return out


def imports() -> list[tuple[str, str, list[str]]]:
    found = []
    for module, path in _modules():
        found += module_imports(module, path.read_text(encoding="utf-8"),
                                package=path.name == "__init__.py")
    return found


def upward(found: list[tuple[str, str, list[str]]]) -> set[tuple[str, str]]:
    return {(m, t) for m, t, _ in found if layer(t) > layer(m)}


def test_no_import_points_up() -> None:
    found = upward(imports())
    assert found - KNOWN == set(), "new upward imports"
    assert KNOWN - found == set(), "mended: take these off KNOWN"


def test_the_check_sees_a_deliberate_upward_import() -> None:
    """A core module written to break the rule, in each way an import can be spelled."""
    fake = "\n".join((
        "from ..service import mark_done",
        "from ...followup.web import app",
        "from . import planner",
        "import followup.store.sqlite",
        "import importlib",
        "importlib.import_module('followup.cli.app')",
        "name = 'x'",
        "importlib.import_module(f'followup.web.{name}')",
        "__import__('followup.pipeline')",
    ))
    found = module_imports("followup.core.fake", fake)
    assert upward(found) == {
        ("followup.core.fake", "followup.service"),
        ("followup.core.fake", "followup.store.sqlite"),
        ("followup.core.fake", "followup.cli.app"),
        ("followup.core.fake", "followup.web"),
        ("followup.core.fake", "followup.pipeline"),
    }
    assert ("followup.core.fake", "followup.core", ["planner"]) in found  # same layer: fine
    # an __init__.py's `.` is its own package
    assert module_imports("followup.core", "from .model import Step", package=True) == [
        ("followup.core", "followup.core.model", ["Step"])]


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


# -- the clock -----------------------------------------------------------------------------

# Calls that read the wall clock or the machine's zone. A stopwatch (time.monotonic,
# time.perf_counter) measures a wait, not the time of day, and is not the clock.
CLOCK_CALLS = {
    ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
    ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"),
    ("time", "ctime"), ("time", "asctime"), ("time", "strftime"),
}


def reads_clock(source: str) -> list[str]:
    """The clock-reading calls in `source`, as `owner.name` (`datetime.datetime.now`,
    `datetime.now`, a bare `now` imported from datetime all count)."""
    bare: set[str] = set()
    alias: dict[str, str] = {}  # `datetime as dt`: dt.now() is datetime.now()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in {"time", "datetime"}:
            bare |= {a.asname or a.name for a in node.names
                     if (node.module, a.name) in CLOCK_CALLS}
            alias |= {a.asname: a.name for a in node.names if a.asname}
        elif isinstance(node, ast.Import):
            alias |= {a.asname: a.name for a in node.names if a.asname}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute):
            owner = f.value
            owner_name = (owner.attr if isinstance(owner, ast.Attribute)
                          else owner.id if isinstance(owner, ast.Name) else "")
            if (alias.get(owner_name, owner_name), f.attr) in CLOCK_CALLS:
                found.append(f"{owner_name}.{f.attr}")
        elif isinstance(f, ast.Name) and f.id in bare:
            found.append(f.id)
    return found


def test_only_clock_py_reads_the_clock() -> None:
    readers = {module: calls for module, path in _modules()
               if module != "followup.clock"
               and (calls := reads_clock(path.read_text(encoding="utf-8")))}
    assert readers == {}
    assert reads_clock((SRC / "clock.py").read_text(encoding="utf-8"))  # it does, itself


def test_the_clock_check_sees_a_deliberate_reader() -> None:
    fake = "\n".join((
        "import datetime, time",
        "from datetime import date, datetime as dt",
        "from time import time as stamp",
        "a = datetime.datetime.now()",
        "b = dt.now(UTC)",
        "c = date.today()",
        "d = time.time()",
        "e = stamp()",
        "f = time.monotonic()",  # a stopwatch: allowed
        "g = dt.fromisoformat('2026-01-01')",  # not the clock
    ))
    assert sorted(reads_clock(fake)) == sorted(
        ["datetime.now", "dt.now", "date.today", "time.time", "stamp"])
