"""What the contacts commands print: stable JSON (--json) and Rich tables for people.

JSON keys listed here are stable; others may be added later.
"""

from __future__ import annotations

from followup.core.validate import safe, safe_block

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from rich.console import Console

    from followup.contacts.network import Network
    from followup.core.contacts import Acquaintance, Contact, ImportReport, Problem


def contact(c: Contact) -> dict[str, Any]:
    card = c.card
    return {
        "id": c.id, "name": card.name, "title": card.title, "company": card.company,
        "email": card.emails[0] if card.emails else None,
        "phone": card.phones[0] if card.phones else None,
        "emails": list(card.emails), "phones": list(card.phones), "address": card.address,
        "linkedin_url": card.linkedin_url,
        "preferred_channel": card.preferred_channel.value if card.preferred_channel else None,
        "linkedin_ok": card.linkedin_ok, "notes": card.notes,
        "roles": [{"application_id": r.application_id, "company": r.company, "role": r.role,
                   "as": r.part, "on": r.on.isoformat(), "status": r.status} for r in c.roles],
        "created": c.created, "updated": c.updated,
    }


def _problems(items: Sequence[Problem]) -> list[dict[str, Any]]:
    return [{"line": p.line, "reason": p.reason} for p in items]


def report(r: ImportReport) -> dict[str, Any]:
    return {"file": r.file, "format": r.format, "imported": r.imported, "updated": r.updated,
            "unchanged": r.unchanged, "skipped": _problems(r.skipped),
            "warnings": _problems(r.warnings), "ids": r.ids, "plans_updated": r.plans,
            "conflicts": _problems(r.conflicts), "control_characters_removed": r.stripped}


def acquaintance(a: Acquaintance) -> dict[str, Any]:
    return {"name": a.name, "company": a.company, "position": a.position,
            "score": round(a.score, 1), "source": a.source, "id": a.id, "email": a.email,
            "url": a.url,
            "connected_on": a.connected_on.isoformat() if a.connected_on else None}


def network(n: Network) -> dict[str, Any]:
    from followup import jsonout
    from followup.contacts.network import STEP_KEY

    app = n.application
    step = next((s for s in app.steps if s.key == STEP_KEY), None)
    return {"application": {"id": app.id, "company": app.company, "role": app.role,
                            "status": app.status.value},
            "company_key": n.key, "people": [acquaintance(a) for a in n.people],
            "step": jsonout.step(step) if step else None}


# -- for people --------------------------------------------------------------------------------


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def contacts_table(found: Sequence[Contact], title: str | None = None) -> None:
    """Everyone as plain text, one line each, the columns fitted to the terminal's width (a
    Rich table measured every cell first: minutes for ten thousand people)."""
    import shutil

    from followup.contacts import table

    rows = [table.cells(c.id, c.card.name, c.card.title, c.card.company,
                        c.card.emails[0] if c.card.emails else
                        (c.card.phones[0] if c.card.phones else None),
                        sorted({f"{r.part} at {r.company} (#{r.application_id})"
                                for r in c.roles}))
            for c in found]
    print(table.lines(rows, title, shutil.get_terminal_size((100, 24)).columns))


def contact_card(c: Contact) -> None:
    console = _console()
    data = contact(c)
    rows = [("title", data["title"]), ("company", data["company"]),
            ("emails", ", ".join(c.card.emails)), ("phones", ", ".join(c.card.phones)),
            ("address", data["address"]), ("LinkedIn", data["linkedin_url"]),
            ("prefers", data["preferred_channel"]),
            ("LinkedIn ok (C5)", None if c.card.linkedin_ok is None
             else ("yes" if c.card.linkedin_ok else "no")),
            ("notes", data["notes"])]
    console.print(f"#{c.id} {safe(c.card.name)}", style="bold", markup=False)
    for label, value in rows:
        text = safe_block(value) if label == "notes" else safe(value)
        console.print(f"{label:>17}: {text or '—'}", markup=False)
    for r in c.roles:
        console.print(f"{'':>17}  {r.part} for {safe(r.role)} at {safe(r.company)} on {r.on} "
                      f"(application #{r.application_id}, {r.status})", markup=False)


SHOWN = 20  # rows of a long import's problems printed; the rest are counted


def _some(console: Console, items: Sequence[Problem], label: str, style: str) -> None:
    from followup.core.validate import safe

    for p in items[:SHOWN]:
        console.print(f"  {label} line {p.line}: {safe(p.reason)}", style=style, markup=False)
    if len(items) > SHOWN:
        console.print(f"  ... and {len(items) - SHOWN} more (--json lists them all)",
                      style=style, markup=False)


def import_summary(r: ImportReport) -> None:
    from followup.core.validate import safe

    console = _console()
    console.print(f"{safe(r.file)}: {r.imported} imported, {r.updated} updated, {r.unchanged} "
                  f"unchanged, {len(r.skipped)} skipped"
                  + (f", {len(r.conflicts)} in conflict" if r.conflicts else "") + ".",
                  markup=False)
    _some(console, r.skipped, "skipped", "yellow")
    _some(console, r.conflicts, "conflict,", "red")
    if r.conflicts:
        console.print("  These cards match someone you know only by phone number, by name "
                      "and company, or by an address kept under another name. Run the import "
                      "again with --merge to add their details to that person (keeping the "
                      "name and first email), or --new to keep them as separate people.",
                      markup=False)
    _some(console, r.warnings, "note,", "dim")
    if r.stripped:
        console.print(f"  {r.stripped} control character(s) removed from the file's text.",
                      style="dim", markup=False)
    if r.plans:
        console.print(f"{r.plans} live application(s) now suggest asking someone you know "
                      "there (A2): see `followup today` or `followup network ID`.",
                      markup=False)


NETWORK_CAPS = {"name": 24, "position": 22, "company": 24, "how": 14}  # wider cells are cut


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def network_text(n: Network, width: int = 80) -> str:
    """Who you know at the company as plain text: one line per person, best match first;
    the reach (an address or a profile) is never cut: on a row too wide for `width` it
    goes on a line of its own. A Rich table measured every cell first (more than half of
    `network ID`'s time at a few dozen people)."""
    from followup.contacts.network import STEP_KEY

    app = n.application
    if not n.people:
        return _fill(f"Nobody you know at {safe(app.company)} yet (A2). Import your LinkedIn "
                     "connections with `followup network import Connections.csv`, or add "
                     "people with `followup contacts add`.", width)
    rows = [(f"{a.score:.0f}", *(safe(v) for v in (
        a.name, a.position or "—", a.company or "—",
        "LinkedIn" if a.source == "linkedin" else f"contact #{a.id}",
        a.email or a.url or "—"))) for a in n.people]
    heads = ("match", "name", "position", "company", "how", "reach")
    widths = [max(len(heads[i]), *(len(r[i]) for r in rows)) for i in range(5)]
    widths = [min(w, NETWORK_CAPS.get(heads[i], w)) for i, w in enumerate(widths)]
    lines = [_fill(f"Who you know at {safe(app.company)} (application #{app.id}, A2)", width),
             "  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=False)) + "  reach"]
    for r in rows:
        row = "  ".join(_cut(v, w).ljust(w) for v, w in zip(r, widths, strict=False))
        if len(row) + 2 + len(r[5]) <= width:
            lines.append(f"{row}  {r[5]}")
        else:
            lines += [row.rstrip(), f"{'':{widths[0] + 2}}{r[5]}"]
    step = next((s for s in app.steps if s.key == STEP_KEY), None)
    if step is not None:
        lines.append(_fill(f"Step {step.id} ({step.status.value}), due {step.due:%a %d %b}: "
                           f"{safe(step.why)}", width))
    return "\n".join(lines)


def _fill(text: str, width: int) -> str:
    """`text` wrapped at `width` (an address or link longer than that stays whole)."""
    if len(text) <= width:
        return text
    import textwrap

    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


def network_table(n: Network, width: int = 80) -> None:
    """`network ID`'s text (network_text), printed."""
    print(network_text(n, width))
