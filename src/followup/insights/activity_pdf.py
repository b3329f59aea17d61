"""The work-search record as a PDF (fpdf2, imported only here): landscape Letter or A4, one
table a week whose header repeats on a new page, in a font that holds the names it prints."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

    from followup.core.activity import Record

# A Unicode TrueType font, where the system has one (Debian, macOS, Windows); without one the
# PDF's core font is used and letters outside Latin-1 are written without their accents.
FONTS = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
)
WIDTHS = (9, 14, 15, 16, 9, 14, 11, 12)  # shares of the page's width, column by column


def _font() -> tuple[str, str] | None:
    for regular, bold in FONTS:
        if Path(regular).is_file() and Path(bold).is_file():
            return regular, bold
    return None


def latin1(text: str) -> str:
    """What the core font can print: accents kept where Latin-1 has the letter, else
    dropped ("Łukasz" → "Lukasz"), anything else as '?'."""
    out = []
    for ch in text:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            bare = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
            out.append(bare or "?")
    return "".join(out)


def pdf(rec: Record, title: str, who: str | None, columns: Sequence[str], paper: str) -> bytes:
    from fpdf import FPDF

    doc = FPDF(orientation="landscape", unit="mm", format="A4" if paper == "a4" else "letter")
    doc.set_margins(12, 12, 12)
    doc.set_auto_page_break(auto=True, margin=14)
    doc.set_title(title)
    doc.set_creator("followup")
    found = _font()
    clean: Callable[[str], str] = latin1
    family = "helvetica"
    if found:
        doc.add_font("body", "", found[0])
        doc.add_font("body", "B", found[1])
        family, clean = "body", str
    doc.alias_nb_pages()
    doc.add_page()
    doc.set_font(family, "B", 14)
    doc.multi_cell(0, 7, clean(title), new_x="LMARGIN", new_y="NEXT")
    doc.set_font(family, "", 9.5)
    if who:
        doc.multi_cell(0, 5, clean(f"Job seeker: {who}"), new_x="LMARGIN", new_y="NEXT")
    n = len(rec.rows)
    doc.multi_cell(0, 5, clean(
        f"{n} contact{'' if n == 1 else 's'} with employers; weeks start on "
        f"{rec.first_weekday.capitalize()}."), new_x="LMARGIN", new_y="NEXT")
    grid = _Grid(doc, family, clean, columns)
    for week in rec.weeks:
        doc.ln(3)
        doc.set_font(family, "B", 11)
        doc.multi_cell(0, 6, clean(f"Week of {week.start:%a %d %b %Y} to {week.end:%a %d %b %Y}"),
                       new_x="LMARGIN", new_y="NEXT")
        if not week.rows:
            doc.set_font(family, "", 8.5)
            doc.multi_cell(0, 5, "No contact with an employer recorded this week.",
                           new_x="LMARGIN", new_y="NEXT")
            continue
        grid.header()
        for r in week.rows:
            grid.row((f"{r.on:%a %d %b}", r.employer, r.where, r.person, r.how, r.position,
                      r.activity, r.result))
    return bytes(doc.output())


class _Grid:
    """A table drawn line by line: each cell's words wrapped with widths measured once per
    word (fpdf2's own table measures every character of every cell again, about 25 ms a row
    here: a year of a busy search took a minute)."""

    SIZE, LINE, PAD = 8.5, 3.8, 1.2

    def __init__(self, doc: FPDF, family: str, clean: Callable[[str], str],
                 columns: Sequence[str]) -> None:
        self.doc, self.family, self.clean, self.columns = doc, family, clean, columns
        whole = doc.epw
        total = sum(WIDTHS)
        self.widths = [whole * w / total for w in WIDTHS]
        self.measured: dict[tuple[str, str], float] = {}

    def _width(self, word: str, style: str) -> float:
        key = (word, style)
        if key not in self.measured:
            self.measured[key] = self.doc.get_string_width(word)
        return self.measured[key]

    def _lines(self, text: str, width: float, style: str) -> list[str]:
        room = width - 2 * self.PAD
        space = self._width(" ", style)
        lines: list[str] = []
        line, used = "", 0.0
        for word in self.clean(text).split():
            w = self._width(word, style)
            while w > room and len(word) > 1:  # a word wider than its column: cut it
                cut = max(1, int(len(word) * room / w))
                head, word = word[:cut], word[cut:]
                if line:
                    lines.append(line)
                lines.append(head)
                line, used = "", 0.0
                w = self._width(word, style)
            if line and used + space + w > room:
                lines.append(line)
                line, used = word, w
            else:
                line, used = (f"{line} {word}", used + space + w) if line else (word, w)
        if line or not lines:
            lines.append(line)
        return lines

    def _draw(self, cells: Sequence[str], style: str, fill: bool) -> None:
        doc = self.doc
        doc.set_font(self.family, style, self.SIZE)
        wrapped = [self._lines(c, w, style) for c, w in zip(cells, self.widths, strict=True)]
        height = max(len(lines) for lines in wrapped) * self.LINE + 2 * self.PAD
        if doc.get_y() + height > doc.page_break_trigger:
            doc.add_page()
            if style == "":
                self.header()
                doc.set_font(self.family, style, self.SIZE)
        x, y = doc.l_margin, doc.get_y()
        for lines, width in zip(wrapped, self.widths, strict=True):
            doc.rect(x, y, width, height, style="DF" if fill else "D")
            for i, text in enumerate(lines):
                doc.text(x + self.PAD, y + self.PAD + (i + 0.8) * self.LINE, text)
            x += width
        doc.set_xy(doc.l_margin, y + height)

    def header(self) -> None:
        self.doc.set_fill_color(235, 235, 235)
        self._draw(self.columns, "B", fill=True)

    def row(self, cells: Sequence[str]) -> None:
        self._draw(cells, "", fill=False)
