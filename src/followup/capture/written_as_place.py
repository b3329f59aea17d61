"""A name the text writes only where addresses and zones put a place (issue 23). Pure.

Every postal address in the world that writes a postcode puts the town right after it or
right before it ("50400 Kuala Lumpur", "20457 Hamburg", "4000-436 Porto"), and a calendar
that names a zone by its offset writes its cities after it ("(UTC+08:00) Kuala Lumpur,
Singapore", "(GMT+01:00) Amsterdam, Berlin"). An address-less entry written only there, at
each place the text writes it, is a town, not a person. So is one written only after a
street's own word, which every language puts before the street's name in an address ("ngõ
Tạm Thương", "ul. Mickiewicza", "via Roma", "rua Augusta", "Jalan Sudirman"): a street.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

# Right before the entry, on its line: a UTC or GMT offset in brackets, or a postcode (four
# to six digits, maybe with a dash and more digits or a district's letters); not a time
# (no colon) and not a phone's groups (no digit group before it on the line).
_BEFORE = lazy(r"(?:\(\s*(?:UTC|GMT)\s*[+\-−–]\s*\d{1,2}(?::?\d{2})?\s*\)|"
               r"(?<![\d+ ]{2})(?<![\d:.])\b\d{4,6}(?:-\d{3,4})?|"
               # … or a street's word, in the languages that write it before the name
               r"(?i:(?<!\w)(?:ngõ|ngách|hẻm|phố|đường|kiệt|rua|travessa|avenida|av\.|calle|c/|"
               r"carrer|passeig|plaça|praça|largo|rue|avenue|boulevard|bd\.|chemin|via|viale|"
               r"piazza|corso|vicolo|ul\.|ulica|ulice|ulici|ulitsa|str\.|strada|calea|"
               r"bulevardul|jalan|jl\.|lorong|soi|thanon|kalye|barabara|odos|οδός|ул\.|улица|"
               r"вул\.|вулиця|rehov)))[ \t]+$")


def written_as_place(name: str, text: str) -> bool:
    """Every place the text writes `name` follows a zone's offset or a postcode."""
    if not name.strip():
        return False
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    if not at:
        return False
    return all(_BEFORE.search(text[text.rfind("\n", 0, a) + 1:a]) for a in at)


def town_of_address(name: str, location: str) -> bool:
    """The location writes `name` right after a postcode ("…, 21300 Makarska, Hrvatska",
    "…, 1350-162 Lisboa"): the town the premises are in, never the employer."""
    if not name.strip() or not location:
        return False
    return any(_BEFORE.search(location[:m.start()]) for m in re.finditer(
        rf"(?<!\w){re.escape(name.strip())}(?!\w)", location))


def named_at_address(location: str, texts: list[str], people: tuple[str, ...]) -> str:
    """The business a text writes right before the location's street ("passe pela loja
    (Padaria Estrela, Rua Ferreira Borges 92)" at "Rua Ferreira Borges 92, 1350-162
    Lisboa"): the premises the candidate goes to, named as an address names its occupant."""
    street = location.split(",")[0].strip()
    if len(street) < 6 or not re.search(r"\d", street):
        return ""
    pattern = re.compile(rf"(?:^|[(\n:;–—]|[.!?][ \t])[ \t]*((?:[A-ZÀ-Þ][\w'’&.-]*[ \t]+)"
                         rf"{{1,4}}?[A-ZÀ-Þ][\w'’&.-]*),[ \t]*{re.escape(street)}(?!\w)")
    for text in texts:
        for m in pattern.finditer(text):
            name = m.group(1).strip()
            if name not in people and len(name.split()) >= 2:
                return name
    return ""
