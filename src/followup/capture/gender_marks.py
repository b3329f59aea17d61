"""Gender-inclusive spellings written back as one word before a reply is read (issue 23).

German writers, and the hiring systems that write for them, mark both genders inside a word
with a colon, a star, an underscore, a middle dot or a slash: "eine:n andere:n Bewerber:in",
"Mitarbeiter*innen", "Sehr geehrte_r", "Kandidat/-in". The readers of outcomes are written for
words, and the mark cuts each such word in two. Taking the mark out leaves a word of the
language ("einen anderen Bewerberin", "Mitarbeiterinnen", "geehrter"): only a mark between a
lower-case letter and one of the endings it separates is taken out, so a label ("Hinweis: in
Berlin") or a time is left as it is.
"""

from __future__ import annotations

from followup.capture.lazy import lazy

# the mark, then an ending it separates, then the word's end
_MARKED = lazy(r"(?<=[a-zäöüß]{2})(?:[:*_·]|/-?)(?=(?:innen|in|n|r|e|en|er)\b)")


def unmarked(text: str) -> str:
    """`text` with its gender marks taken out of the words they split."""
    return _MARKED.sub("", text)
