"""vCard files, read and written with vobject (C4: the interviewer's business card).

Reads 3.0 and 4.0 (and the 2.1 some phones still export), one card or many per file, as
address books and card-scanner apps write them. Each card is parsed on its own, so a broken
card is reported with its line and skipped while the others come in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from followup import budgets
from followup.core import details as fields
from followup.core.contacts import Card, Contact, Problem
from followup.core.errors import BadInput
from followup.core.model import Channel
from followup.core.validate import LIMITS, safe, strip_controls

_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.I)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.I)
VERSIONS = ("3.0", "4.0")
X_CHANNEL = "X-FOLLOWUP-PREFERRED-CHANNEL"
X_LINKEDIN_OK = "X-FOLLOWUP-LINKEDIN-OK"


@dataclass
class Parsed:
    cards: list[tuple[int, Card]] = field(default_factory=list)  # (first line, card)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    stripped: int = 0  # control characters removed from the cards


_SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY")  # binary payloads: never read
MAX_CARD_LINES = budgets.CARD_LINES
MAX_CARDS = budgets.CARDS
MAX_CARD_CHARS = budgets.CARD_CHARS
Lines = Iterable[tuple[int, "str | None"]]


def _property(line: str) -> str:
    """The property name of a content line, without its group ("item1.TEL" -> "TEL")."""
    head = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
    return head.rsplit(".", 1)[-1]


def split_cards(source: str | Lines) -> tuple[list[tuple[int, str]], list[Problem]]:
    """Each BEGIN:VCARD ... END:VCARD block with the line it starts on (1-based), read as a
    stream: photos, logos, sounds and keys are passed over, and a card longer than
    MAX_CARD_LINES lines or MAX_CARD_CHARS characters is skipped with its reason."""
    numbered: Lines = (enumerate(source.splitlines(), start=1) if isinstance(source, str)
                       else source)
    blocks: list[tuple[int, str]] = []
    problems: list[Problem] = []
    start: int | None = None
    lines: list[str] = []
    size = 0
    broken: str | None = None
    skipping = False
    for number, line in numbered:
        if skipping:
            if line is not None and (line == "" or line[:1] in " \t" or ":" not in line):
                continue
            skipping = False
        if line is None:
            if start is not None and broken is None:
                broken = f"line {number} is too long"
            continue
        if _BEGIN.match(line):
            if start is not None:
                problems.append(Problem(start, "card has no END:VCARD before the next card"))
            start, lines, size, broken = number, [line], len(line), None
        elif start is not None:
            if _END.match(line):
                if broken is not None:
                    problems.append(Problem(start, f"card skipped: {broken}"))
                else:
                    lines.append(line)
                    blocks.append((start, "\r\n".join(lines) + "\r\n"))
                    if len(blocks) > MAX_CARDS:
                        raise BadInput(f"the file holds more than {MAX_CARDS:,} cards: split "
                                       "it and import the parts one after the other")
                start, lines = None, []
                continue
            if line[:1] not in " \t" and _property(line) in _SKIPPED:
                skipping = True
                continue
            if broken is not None:
                continue
            lines.append(line)
            size += len(line)
            if len(lines) > MAX_CARD_LINES or size > MAX_CARD_CHARS:
                broken = (f"more than {MAX_CARD_LINES} lines" if len(lines) > MAX_CARD_LINES
                          else f"more than {MAX_CARD_CHARS // 1024} KB of text")
                lines = []
    if start is not None:
        problems.append(Problem(start, "card has no END:VCARD (the file ends inside it)"))
    return blocks, problems


def parse_file(path: Path, region: str | None = None) -> Parsed:
    """`parse` over a file read as a capped stream (see files.lines)."""
    from followup.contacts.files import lines

    return parse(lines(path, skip_long=_SKIPPED), path.name, region)


def parse(source: str | Lines, name: str, region: str | None = None) -> Parsed:
    """Every card in `source` (text, or numbered lines). Refuses a file with no card at all
    (the wrong file). Control characters in the cards are removed and counted."""
    blocks, problems = split_cards(source)
    if not blocks and not problems:
        raise BadInput(f"{name}: not a vCard file (no BEGIN:VCARD line)")
    import vobject  # type: ignore[import-untyped]  # lazy: ~40 ms

    out = Parsed(skipped=problems)
    for start, block in blocks:
        try:
            component = budgets.within(budgets.SECONDS, "the card", vobject.readOne, block,
                                       ignoreUnreadable=False)
        except Exception as exc:  # vobject raises ParseError and assorted ValueErrors
            at = getattr(exc, "lineNumber", None)
            line = start + at - 1 if isinstance(at, int) and at > 0 else start
            detail = safe(str(exc).split(": ", 1)[-1] if "line" in str(exc) else str(exc))
            out.skipped.append(Problem(line, f"malformed card: {detail}"[:200]))
            continue
        try:
            card, notes = _card(component, region)
            card, removed = _clean(card)
        except BadInput as exc:
            out.skipped.append(Problem(start, exc.message))
            continue
        if removed:
            out.stripped += removed
            notes.append(f"{removed} control character(s) removed")
        out.cards.append((start, card))
        out.warnings.extend(Problem(start, f"{card.name}: {n}") for n in notes)
    out.skipped.sort(key=lambda p: p.line)
    return out


def _clean(card: Card) -> tuple[Card, int]:
    """The card without control characters (someone else's data)."""
    removed = 0
    changes: dict[str, Any] = {}
    for key in ("name", "title", "company", "address", "linkedin_url"):
        value = getattr(card, key)
        if isinstance(value, str):
            value, n = strip_controls(value)
            if n:
                removed += n
                changes[key] = value
    if card.notes:
        notes, n = strip_controls(card.notes, multiline=True)
        if n:
            removed += n
            changes["notes"] = notes
    if card.adr:
        parts = [strip_controls(p) for p in card.adr]
        n = sum(c for _p, c in parts)
        if n:
            removed += n
            changes["adr"] = tuple(p for p, _c in parts)
    if removed and not changes.get("name", card.name):
        raise BadInput("card has no name once its control characters are removed")
    return (replace(card, **changes) if changes else card), removed


# -- reading one card ------------------------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value if v)
    if isinstance(value, bytes):
        return ""
    return str(value or "").strip()


def _lines(component: Any, key: str) -> list[Any]:
    return list(component.contents.get(key.lower(), []))


def _types(line: Any) -> set[str]:
    out = {s.lower() for s in getattr(line, "singletonparams", [])}
    for raw in line.params.get("TYPE", []):
        out.update(t.strip().strip('"').lower() for t in str(raw).split(","))
    return out


def _rank(line: Any) -> int:
    """Lower is preferred: vCard 4.0's PREF=1, or 3.0's TYPE=pref."""
    pref = line.params.get("PREF", [])
    if pref and str(pref[0]).isdigit():
        return int(pref[0])
    return 0 if "pref" in _types(line) else 101


def _preferred(lines: list[Any]) -> list[Any]:
    return sorted(lines, key=_rank)  # stable: file order among equals


def _name(component: Any) -> str:
    fn = next((_text(line.value) for line in _lines(component, "fn") if _text(line.value)), "")
    if fn:
        return " ".join(fn.split())
    for line in _lines(component, "n"):
        n = line.value
        parts = [_text(getattr(n, key, "")) for key in ("prefix", "given", "additional",
                                                         "family", "suffix")]
        joined = " ".join(p for p in parts if p)
        if joined:
            return " ".join(joined.split())
    raise BadInput("card has no name (neither FN nor N)")


def _adr(line: Any) -> tuple[tuple[str, ...], str] | None:
    a = line.value
    keys = ("box", "extended", "street", "city", "region", "code", "country")
    if isinstance(a, str):
        raw = (a.split(";") + [""] * 7)[:7]
        parts = tuple(p.strip() for p in raw)
    else:
        parts = tuple(_text(getattr(a, k, "")).replace("\n", ", ") for k in keys)
    box, ext, street, city, region, code, country = parts
    place = " ".join(p for p in (region, code) if p)
    human = ", ".join(p for p in (box, ext, street, city, place, country) if p)
    return (parts, human) if human else None


def _card(component: Any, region: str | None) -> tuple[Card, list[str]]:
    notes: list[str] = []
    name = _name(component)
    org = next((line.value for line in _lines(component, "org")), None)
    company = _text(org[0] if isinstance(org, list) and org else org) or None
    title = next((_text(line.value) for key in ("title", "role")
                  for line in _lines(component, key) if _text(line.value)), None)
    emails: list[str] = []
    for line in _preferred(_lines(component, "email")):
        raw = _text(line.value)
        if not raw:
            continue
        try:
            address = fields.email(raw)
        except BadInput:
            notes.append(f"email {raw!r} is not an address; left out")
            continue
        if address.lower() not in {e.lower() for e in emails}:
            emails.append(address)
    phones: list[str] = []
    for line in _preferred(_lines(component, "tel")):
        raw = _text(line.value)
        if not raw:
            continue
        try:
            number = fields.phone(raw, region)
        except BadInput:
            number = " ".join(raw.removeprefix("tel:").split())
            if sum(ch.isdigit() for ch in number) < 5:
                notes.append(f"phone {raw!r} is not a phone number; left out")
                continue
            notes.append(f"phone {raw!r} kept as written: it could not be read as an "
                         "international number (give --region for local numbers)")
        if number not in phones:
            phones.append(number)
    adr = next((a for a in (_adr(line) for line in _preferred(_lines(component, "adr"))) if a),
               None)
    urls = [_text(line.value) for line in
            _lines(component, "url") + _lines(component, "x-socialprofile")]
    linkedin = next((fields.linkedin_url(u) for u in urls if fields.is_linkedin(u)), None)
    note = "\n".join(_text(line.value) for line in _lines(component, "note") if line.value)
    channel = next((_text(line.value).lower() for line in _lines(component, X_CHANNEL)), None)
    ok = next((_text(line.value).lower() for line in _lines(component, X_LINKEDIN_OK)), None)
    card = Card(
        name=fields.one_line(name, "name", LIMITS["name"]) or name,
        title=fields.one_line(title, "title", LIMITS["title"]),
        company=fields.one_line(company, "company", LIMITS["company"]),
        emails=tuple(emails), phones=tuple(phones),
        address=adr[1] if adr else None, adr=adr[0] if adr else None, linkedin_url=linkedin,
        preferred_channel=_channel(channel), linkedin_ok={"yes": True, "no": False}.get(ok or ""),
        notes=fields.notes(note),
    )
    return card, notes


def _channel(value: str | None) -> Channel | None:
    try:
        channel = Channel(value) if value else None
    except ValueError:
        return None
    return channel if channel not in (Channel.NONE,) else None


# -- writing ---------------------------------------------------------------------------------


def write(contacts: Iterable[Contact], version: str = "3.0") -> str:
    """The contacts as one vCard file (CRLF lines), which vobject reads back unchanged."""
    if version not in VERSIONS:
        raise BadInput(f"--version {version}: write 3.0 or 4.0")
    return "".join(_component(c, version).serialize() for c in contacts)


def _component(contact: Contact, version: str) -> Any:
    import vobject

    card = contact.card
    v = vobject.vCard()
    v.add("version").value = version
    v.add("fn").value = card.name
    given, family = fields.split_name(card.name)
    v.add("n").value = vobject.vcard.Name(family=family, given=given)
    if card.company:
        v.add("org").value = [card.company]
    if card.title:
        v.add("title").value = card.title
    for rank, address in enumerate(card.emails, start=1):
        line = v.add("email")
        line.value = address
        _mark(line, version, rank, "INTERNET")
    for rank, number in enumerate(card.phones, start=1):
        line = v.add("tel")
        e164 = number.startswith("+") and number[1:].isdigit()
        if version == "4.0" and e164:
            line.value = f"tel:{number}"
            line.value_param = "uri"
        else:
            line.value = number
        _mark(line, version, rank, "VOICE")
    parts = _adr_parts(card)
    if parts is not None:
        box, ext, street, city, region, code, country = parts
        v.add("adr").value = vobject.vcard.Address(
            box=box, extended=ext, street=street, city=city, region=region, code=code,
            country=country)
    if card.linkedin_url:
        v.add("url").value = card.linkedin_url
    if card.notes:
        v.add("note").value = card.notes
    if card.preferred_channel is not None:
        v.add(X_CHANNEL).value = card.preferred_channel.value
    if card.linkedin_ok is not None:
        v.add(X_LINKEDIN_OK).value = "yes" if card.linkedin_ok else "no"
    v.add("uid").value = f"followup-contact-{contact.id}"
    return v


def _mark(line: Any, version: str, rank: int, kind: str) -> None:
    if version == "4.0":
        line.params["PREF"] = [str(rank)]
    elif rank == 1:
        line.params["TYPE"] = [kind, "pref"]
    else:
        line.params["TYPE"] = [kind]


def _adr_parts(card: Card) -> Sequence[str] | None:
    if card.adr is not None and len(card.adr) == 7:
        return card.adr
    if card.address:
        return ("", "", card.address, "", "", "", "")
    return None
