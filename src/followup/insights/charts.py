"""Charts of the statistics: a small SVG writer with no dependencies, and PNG through
matplotlib when it happens to be installed (imported only then)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from followup.core.errors import BadInput
from followup.core.stats import Rate, Stats

WIDTH = 720
_COLOURS = ("#3b6ea8", "#a85a00", "#2e7d32")  # each 3:1 or more on white (WCAG 1.4.11)
_BLOCKS = " ▏▎▍▌▋▊▉█"


def bar(fraction: float | None, width: int = 20) -> str:
    """A terminal bar of `width` cells, to an eighth of a cell."""
    if fraction is None:
        return ""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (_BLOCKS[part] if part else "")).ljust(width)


@dataclass(frozen=True)
class Panel:
    """One bar chart: a value per label for each series."""

    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    percent: bool = False


def panels(s: Stats) -> list[Panel]:
    def rates(title: str, rows: tuple[Rate, ...], prefix: str = "") -> Panel:
        return Panel(title, tuple(prefix + r.label for r in rows),
                     (("response rate", tuple(r.rate or 0.0 for r in rows)),), percent=True)

    return [
        rates("Response rate by touch number", s.by_touch, "touch "),
        rates("Response rate by channel", s.by_channel),
        rates("Response rate by playbook", s.by_playbook),
        Panel("Funnel", tuple(name for name, _n in s.funnel),
              (("applications", tuple(float(n) for _name, n in s.funnel)),)),
        Panel("Weekly activity", tuple(f"{w.start:%d %b}" for w in s.weekly), (
            ("applications", tuple(float(w.applications) for w in s.weekly)),
            ("interviews", tuple(float(w.interviews) for w in s.weekly)),
            ("touches", tuple(float(w.touches) for w in s.weekly)),
        )),
    ]


def _value(v: float, percent: bool) -> str:
    return f"{v:.0%}" if percent else f"{v:g}"


@dataclass(frozen=True)
class Frame:
    """Where a panel's parts go: labels end at `label_x`, bars start at `bar_x` and are at
    most `bar_w` long."""

    label_x: int = 170
    bar_x: int = 180
    bar_w: int = 440
    legend_step: int = 130


def _bars(panel: Panel, y: int, f: Frame, cut: int = 200) -> tuple[list[str], int]:
    """The SVG parts of one panel's bars (and its legend), from `y` down; and the y below."""
    parts: list[str] = []
    top = max((v for _n, vs in panel.series for v in vs), default=0.0)
    scale = 1.0 if panel.percent else (top or 1.0)
    row = 8 + 14 * len(panel.series)
    for i, label in enumerate(panel.labels):
        ly = y + i * row
        shown = label if len(label) <= cut else label[: cut - 1] + "…"
        parts.append(f'<text x="{f.label_x}" y="{ly + row / 2 + 4:.0f}" class="l">'
                     f"{escape(shown)}</text>")
        for k, (_name, values) in enumerate(panel.series):
            w = f.bar_w * values[i] / scale
            by = ly + 4 + 14 * k
            parts.append(f'<rect x="{f.bar_x}" y="{by}" width="{w:.1f}" height="12" '
                         f'fill="{_COLOURS[k % len(_COLOURS)]}"/>')
            parts.append(f'<text x="{f.bar_x + 4 + w:.1f}" y="{by + 10}" class="v">'
                         f"{_value(values[i], panel.percent)}</text>")
    y += row * len(panel.labels) + 8
    if len(panel.series) > 1:
        for k, (name, _values) in enumerate(panel.series):
            x = f.bar_x + f.legend_step * k
            parts.append(f'<rect x="{x}" y="{y}" width="10" height="10" '
                         f'fill="{_COLOURS[k % len(_COLOURS)]}"/>')
            parts.append(f'<text x="{x + 14}" y="{y + 9}" class="v">{escape(name)}</text>')
        y += 20
    return parts, y


def svg(s: Stats) -> str:
    """The statistics as one standalone SVG document, panels stacked top to bottom."""
    parts: list[str] = []
    y = 40
    for panel in panels(s):
        parts.append(f'<text x="16" y="{y}" class="t">{escape(panel.title)}</text>')
        y += 12
        if not panel.labels:
            parts.append(f'<text x="16" y="{y + 16}" class="n">nothing to show yet</text>')
            y += 44
            continue
        drawn, y = _bars(panel, y, Frame())
        parts.extend(drawn)
        y += 24
    since = f"since {s.since:%d %b %Y}" if s.since else "all applications"
    head = (f'<text x="16" y="20" class="h">followup: your follow-ups, {escape(since)}, as of '
            f"{s.today:%d %b %Y}</text>")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{y}" '
        f'viewBox="0 0 {WIDTH} {y}" font-family="sans-serif">\n'
        "<style>.h{font-size:15px;font-weight:bold}.t{font-size:13px;font-weight:bold}"
        ".l{font-size:11px;text-anchor:end}.v,.n{font-size:10px;fill:#444}</style>\n"
        f'<rect width="{WIDTH}" height="{y}" fill="white"/>\n'
        + head + "\n" + "\n".join(parts) + "\n</svg>\n"
    )


PAGE = Frame(label_x=146, bar_x=154, bar_w=200, legend_step=84)  # 400 wide: a phone's width


def figure(panel: Panel, key: str, desc: str) -> str:
    """One panel as an SVG to put in a web page: it scales to the width it is given (a phone's
    or a laptop's), and a screen reader reads its title and `desc` (the page also gives its
    numbers as a table)."""
    drawn, y = _bars(panel, 4, PAGE, cut=22)
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 {y}" '
            f'role="img" aria-labelledby="{key}-t {key}-d" font-family="sans-serif">'
            f'<title id="{key}-t">{escape(panel.title)}</title>'
            f'<desc id="{key}-d">{escape(desc)}</desc>'  # its look: the page's style sheet
            + "".join(drawn) + "</svg>")


def _png(s: Stats, path: Path) -> None:
    try:
        matplotlib: Any = importlib.import_module("matplotlib")
    except ImportError:
        raise BadInput("a PNG chart needs matplotlib (pip install matplotlib); an SVG chart "
                       "needs nothing: --chart stats.svg") from None
    matplotlib.use("Agg")
    pyplot: Any = importlib.import_module("matplotlib.pyplot")
    shown = [p for p in panels(s) if p.labels]
    fig, axes = pyplot.subplots(max(len(shown), 1), 1, figsize=(8, 2.4 * max(len(shown), 1)),
                                squeeze=False)
    for ax, panel in zip(axes[:, 0], shown, strict=False):
        height = 0.8 / len(panel.series)
        for k, (name, values) in enumerate(panel.series):
            ax.barh([i + k * height for i in range(len(panel.labels))], values, height=height,
                    label=name, color=_COLOURS[k % len(_COLOURS)])
        ax.set_yticks(range(len(panel.labels)), panel.labels)
        ax.invert_yaxis()
        ax.set_title(panel.title, loc="left", fontsize=10)
        if panel.percent:
            ax.set_xlim(0, 1)
        if len(panel.series) > 1:
            ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    pyplot.close(fig)


def write_chart(s: Stats, path: Path) -> Path:
    from followup import private

    suffix = path.suffix.lower()
    if suffix == ".svg":
        private.write(path, svg(s).encode("utf-8"))
    elif suffix == ".png":
        _png(s, path)
        private.restrict(path)  # matplotlib writes with the umask
    else:
        raise BadInput(f"--chart {path}: write a .svg or a .png file")
    return path
