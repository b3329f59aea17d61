"""Plain text for a terminal: its width, and a line wrapped to it. Loads nothing of followup
(the fast read paths use it), and textwrap only when a line is too long."""

from __future__ import annotations

import os
import sys


def columns(fallback: int = 80) -> int:
    """The terminal's width as `shutil.get_terminal_size` finds it (COLUMNS first, then the
    terminal, else `fallback`), without importing shutil (it loads the compression modules)."""
    try:
        given = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        given = 0
    if given > 0:
        return given
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or fallback  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # no stdout, or not a terminal
        return fallback


def fit(line: str, width: int, hang: int | None = None) -> str:
    """`line` wrapped at `width`, its follow-on lines indented under its text (or by
    `hang`); a word longer than the width (a link) stays whole."""
    if len(line) <= width:
        return line
    import textwrap

    lead = len(line) - len(line.lstrip(" "))
    indent = lead + 4 if hang is None else hang
    return textwrap.fill(line, width, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False)
