"""Bounds on rendering a user's template: time, output size, and the few
expressions that can build a huge value in one step (`'x' * 10**8`, `range` inside `range`).

Jinja2's sandbox already keeps a template away from Python internals; this keeps it from
taking the machine's memory or time. Works in any thread (the web serves from a pool), so it
counts and checks the clock instead of using signals.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import Any

from followup import budgets

MAX_SECONDS = budgets.TEMPLATE_SECONDS
MAX_OUTPUT = budgets.TEMPLATE_OUTPUT
MAX_ITEMS = budgets.TEMPLATE_ITEMS
_deadline: ContextVar[float] = ContextVar("template_deadline", default=float("inf"))
_items: ContextVar[list[int]] = ContextVar("template_items")
_start_kib: ContextVar[int] = ContextVar("template_start_kib", default=0)
MAX_GROWTH_KIB = budgets.TEMPLATE_GROWTH_KIB


class TemplateTooCostly(Exception):
    """A template went past one of the bounds; the message says which."""


def _check_clock() -> None:
    if time.monotonic() > _deadline.get():
        raise TemplateTooCostly(f"took longer than {MAX_SECONDS:g} s to render (a loop that "
                                "never ends?)")


def _peak_kib() -> int:
    try:
        import resource
    except ImportError:  # not on Unix: the clock and the counts still hold
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _check_memory() -> None:
    """A loop that doubles a string (`{% set ns.v = ns.v ~ ns.v %}`) grows no output and
    calls nothing the sandbox sees: the process's peak memory tells."""
    if _peak_kib() - _start_kib.get() > MAX_GROWTH_KIB:
        raise TemplateTooCostly(f"needs more than {MAX_GROWTH_KIB // 1024} MB of memory")


def _range(*args: int) -> Iterator[int]:
    from jinja2.sandbox import safe_range

    counter = _items.get([0])
    for value in safe_range(*args):
        counter[0] += 1
        if counter[0] > MAX_ITEMS:
            raise TemplateTooCostly(f"loops over more than {MAX_ITEMS:,} items in all")
        _check_clock()
        _check_memory()
        yield value


def _too_big(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_OUTPUT


def bounded_environment(base: type[Any]) -> type[Any]:
    """A subclass of Jinja2's SandboxedEnvironment with the bounds above."""

    class Bounded(base):  # type: ignore[misc]
        intercepted_binops = frozenset({"*", "**"})

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.globals["range"] = _range

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
                raise TemplateTooCostly("raises a number to too high a power")
            if operator == "*":
                for seq, times in ((left, right), (right, left)):
                    if (isinstance(seq, str | list | tuple) and isinstance(times, int)
                            and len(seq) * times > MAX_OUTPUT):
                        raise TemplateTooCostly(f"builds a value longer than {MAX_OUTPUT:,} "
                                                "characters")
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any,
                 **kwargs: Any) -> Any:
            if any(_too_big(a) for a in (*args, *kwargs.values())):
                raise TemplateTooCostly(f"passes a number above {MAX_OUTPUT:,} to a function "
                                        "(e.g. a padding width)")
            _check_clock()
            _check_memory()
            return super().call(__context, __obj, *args, **kwargs)

    return Bounded


def render_bounded(template: Any, variables: Mapping[str, Any]) -> str:
    """`template.render(**variables)`, stopped as soon as it takes too long or writes too
    much; the reading budget (followup.budgets) stops what the checks above do not see."""
    try:
        return budgets.within(2 * MAX_SECONDS, "the template", _render, template, variables)
    except budgets.OverBudget as exc:
        raise TemplateTooCostly(exc.message.removeprefix("the template ")) from None


def _render(template: Any, variables: Mapping[str, Any]) -> str:
    deadline = _deadline.set(time.monotonic() + MAX_SECONDS)
    items = _items.set([0])
    start = _start_kib.set(_peak_kib())
    try:
        out: list[str] = []
        size = 0
        for chunk in template.generate(**variables):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateTooCostly(f"wrote more than {MAX_OUTPUT:,} characters")
            _check_clock()
            out.append(chunk)
        return "".join(out)
    finally:
        _deadline.reset(deadline)
        _items.reset(items)
        _start_kib.reset(start)
