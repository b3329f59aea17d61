"""A name that ends with a legal form is an organisation (issue 23). Pure.

A person's name never ends with "Ltd", "GmbH", "S.A.", "Berhad": an address-less entry that
does ("Takaful Serimas Berhad" read from a signature's firm line) is the firm, whichever
language and tool wrote it. Only forms of three letters or more, or written with dots: two
letters ("As", "Sa", "Co") are also syllables of names.
"""

from __future__ import annotations

from followup.core.companies import is_legal_form


def ends_with_legal_form(name: str) -> bool:
    """Two words or more, the last a legal form of three letters or more, or dotted."""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return False
    last = words[-1]
    letters = [c for c in last if c.isalpha()]
    return is_legal_form(last) and (len(letters) >= 3 or "." in last.rstrip("."))
