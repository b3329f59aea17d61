"""`followup check`'s input and output, shared by the Typer command and the fast path (which
answers `check -`, `check FILE` and their `--json` without building the Typer app).

Loads nothing heavy: the tone check's start-up is part of what the command costs (issue 24).
"""

from __future__ import annotations

from pathlib import Path

from followup.core.errors import BadInput

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Sequence

    from followup.messages.tone import Finding

MAX_CHECK_BYTES = 1_000_000


def finding_line(f: Finding) -> str:
    return f"{f.rule}  “{f.phrase}”: {f.suggestion}"


def read_text(target: str) -> str:
    """The text of a file, or of standard input for "-": bounded in size, UTF-8 or refused."""
    if target == "-":
        from followup.budgets import stdin

        raw = stdin("standard input").read(MAX_CHECK_BYTES + 1)
    else:
        from followup.budgets import open_regular

        with open_regular(Path(target)) as stream:  # never more than the cap, whatever its size
            raw = stream.read(MAX_CHECK_BYTES + 1)
    if len(raw) > MAX_CHECK_BYTES:
        raise BadInput(f"{target}: too long to be a message (over {MAX_CHECK_BYTES} bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"{target}: not UTF-8 text") from None


def report(findings: Sequence[Finding], as_json: bool) -> int:
    """Print what was found (or that nothing was); the exit code: 1 when something was."""
    if as_json:
        from followup.cli.context import emit_json
        from followup.messages.forms import check_json

        emit_json(check_json(findings))
    elif findings:
        print("\n".join(finding_line(f) for f in findings))
    else:
        print("No tone problems found: nothing hostile, pushy or desperate.")
    return 1 if findings else 0


def check_text(target: str, as_json: bool) -> int:
    """`followup check -` or `check FILE` with no step: the fast path's whole command."""
    from followup.messages.tone import check

    return report(check(read_text(target)), as_json)
