"""`contacts list` as plain text: one line per person, the columns fitted to the terminal; the
newest people only, with how many there are (`--all` for everyone).

Kept apart from contacts/output (which loads the model) so that the fast path can print the
rows SQLite gives without importing it; both paths hand their rows to `lines`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from followup.core.validate import safe

SHOWN = 30  # people listed without --all: the newest ones, by name (like `list`)
NOBODY = ("No contacts{where}. Add one with `followup contacts add NAME` or import cards with "
          "`followup contacts import FILE.vcf`.")
_HEADS = ("#", "name", "title", "company", "email / phone", "seen in")
_CAPS = (8, 24, 20, 20, 30)  # the last column is wrapped under itself, never cut


def cells(cid: int, name: str, title: str | None, company: str | None, reach: str | None,
          roles: Iterable[str]) -> tuple[str, ...]:
    """One person's line before fitting: every value made safe to print, "—" for a gap."""
    return (str(cid), *(safe(v) for v in (name, title or "—", company or "—",
                                            "—" if reach is None else reach,
                                            ", ".join(roles) or "—")))


def all_cells(found: Iterable[tuple[int, str, str | None, str | None, str | None,
                                    Iterable[str]]]) -> list[tuple[str, ...]]:
    """`cells` of many people at once: the same tuples, with `safe` called on each value only
    when the text holds a control character at all (one search instead of one per value)."""
    plain: list[tuple[str, ...]] = [
        (str(cid), name, title or "—", company or "—", "—" if reach is None else reach,
         ", ".join(roles) or "—") for cid, name, title, company, reach, roles in found]
    text = "".join("".join(r) for r in plain)
    if safe(text) == text:
        return plain
    return [(r[0], *(safe(v) for v in r[1:])) for r in plain]


def lines(rows: Sequence[tuple[str, ...]], title: str | None, room: int) -> str:
    """The text of the list (rows from `cells`) fitted to `room` columns."""
    if not rows:
        return NOBODY.format(where=f" {safe(title)}" if title else "")
    columns = list(zip(_HEADS, *rows, strict=False))  # a column at a time: 17,605 rows
    widths = [min(max(map(len, columns[k])), _CAPS[k]) for k in range(5)]
    while sum(widths) + 5 > room - 30 and max(widths[1:]) > 10:
        widths[widths.index(max(widths[1:]), 1)] -= 1
    fitted = [[t.rjust(widths[0]) for t in columns[0]]]
    for k in range(1, 5):
        w = widths[k]
        fitted.append([t.ljust(w) if len(t) <= w else t[: w - 1] + "…" for t in columns[k]])
    lead = sum(widths) + 5  # where the last column starts
    fitted.append([_under(t, lead, room) for t in columns[5]])
    out = [f"Contacts {safe(title)}"] if title else []
    out += map(" ".join, zip(*fitted, strict=True))
    return "\n".join(out)


def _under(text: str, lead: int, room: int) -> str:
    """The last column's text, wrapped under itself when the line would pass `room`."""
    if lead + len(text) <= room or room - lead < 12:
        return text
    import textwrap

    return ("\n" + " " * lead).join(textwrap.wrap(text, room - lead, break_on_hyphens=False))


def more(shown: int, total: int) -> str | None:
    """The line under a list bounded to the newest people, when some are left out."""
    if shown >= total:
        return None
    return f"… the {shown} newest of {total:,} shown: add --all to list every one"


def newest(ids: Iterable[int]) -> set[int]:
    """The ids of the SHOWN people added last (ids grow as people are added)."""
    return set(sorted(ids)[-SHOWN:])
