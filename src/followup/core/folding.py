"""A name as compared and sorted (core.identity.fold), in a module light enough for the fast
path: `contacts list` sorts ten thousand names and must not load the model to do it."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Accents and case dropped, runs of spaces made one; the same as core.identity.fold (a
    test holds them equal). Plain ASCII, most names, skips the Unicode decomposition: it
    changes nothing there, and casefold() of ASCII is lower()."""
    text = text or ""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(plain.split())
