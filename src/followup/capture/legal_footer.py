"""A letter's legal footer written on one line, its parts parted by dots or bars (issue 23):
"Rheinland AG · Sitz Köln · Amtsgericht Köln HRB 12345 · Vorstand: Dr. A (Vorsitzender), B".
The officers it names (board, directors, chair of the supervisory board) are no one the
candidate meets. A footer on lines of its own, each starting with its label, is
capture/mentions' to skip; this clears the line that also gives the register. Pure."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

# The company register a footer gives ("Amtsgericht Köln HRB 12345", "FN 123456x",
# "Registered in England No. 0123", "KvK 1234", "RCS Paris B 123", "Company No. 0123").
REGISTER = lazy(r"\b(?:amtsgericht|registergericht|handelsregister|handelsgericht|"
                r"hr[ab]\s*\d|fn\s*\d|registered\s+in\s+(?:england|scotland|ireland|wales)|"
                r"company\s+(?:no|number|registration)|kvk|rcs\s+\w+|siret|siren|"
                r"registro\s+mercantil|cif\s*[:\w]|ust-?id)\b", re.IGNORECASE)


def without_footer(line: str) -> str:
    """The line, or nothing when it is a legal footer: a register, parted into pieces, or
    a sentence of where the company is registered ("Registered in England and Wales No. 1")."""
    if REGISTER.search(line) and (len(re.findall(r"\s[·|•]\s", line)) >= 1 or re.search(
            r"\bregistered\s+in\s+[\w ]{2,40}?\s+(?:no\.?|number|with)\s", line, re.IGNORECASE)):
        return ""
    return line
