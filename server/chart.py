"""Grouped bar charts as SVG, drawn on the server so the page needs no charting library.

Every label is XML-escaped; the page shows the SVG as an image, where no script can run.
"""
import math
from xml.sax.saxutils import escape, quoteattr

from indexer.text import format_number

WIDTH, HEIGHT = 680, 340
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 28, 40
COLORS = ("#b3261e", "#0b57d0", "#2e7d32", "#8e44ad", "#e37400", "#00838f", "#6d4c41", "#546e7a")
FONT = "Noto Sans CJK SC, Microsoft YaHei, sans-serif"


def _nice_step(span: float) -> float:
    raw = span / 5 if span > 0 else 1
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def bar_chart(series, title: str = "") -> str | None:
    """An SVG of the series' values by year, one bar colour per series; None if nothing to draw."""
    years = sorted({p["year"] for s in series for p in s["points"] if p["value"] is not None})
    values = [p["value"] for s in series for p in s["points"] if p["value"] is not None]
    if not years or len(values) < 2 or len(series) > len(COLORS):
        return None
    low, high = min(0.0, min(values)), max(0.0, max(values))
    step = _nice_step(high - low)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step or step
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM - 18 * len(series)
    legend_top = TOP + plot_h + BOTTOM

    def y(v):
        return TOP + plot_h * (high - v) / (high - low)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"'
           f' font-family={quoteattr(FONT)} font-size="12" role="img" aria-label={quoteattr(title)}>',
           f"<title>{escape(title)}</title>", f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>']
    tick = low
    while tick <= high + step / 2:
        ty = y(tick)
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#e3e6ea"/>')
        out.append(f'<text x="{LEFT - 6}" y="{ty + 4:.1f}" text-anchor="end" fill="#6b7480">'
                   f"{escape(format_number(tick))}</text>")
        tick += step
    group_w = plot_w / len(years)
    bar_w = min(48.0, group_w * 0.8 / len(series))
    for gi, year in enumerate(years):
        x0 = LEFT + gi * group_w + (group_w - bar_w * len(series)) / 2
        out.append(f'<text x="{LEFT + (gi + 0.5) * group_w:.1f}" y="{TOP + plot_h + 18:.1f}" text-anchor="middle">'
                   f"{year}</text>")
        for si, s in enumerate(series):
            point = next((p for p in s["points"] if p["year"] == year and p["value"] is not None), None)
            if point is None:
                continue
            top, base = y(max(point["value"], 0)), y(min(point["value"], 0))
            x = x0 + si * bar_w
            out.append(f'<rect x="{x:.1f}" y="{top:.1f}" width="{bar_w - 2:.1f}" height="{max(base - top, 1):.1f}"'
                       f' fill="{COLORS[si]}"><title>{escape(s["label"])} {year}: '
                       f'{escape(format_number(point["value"]))}</title></rect>')
            out.append(f'<text x="{x + bar_w / 2 - 1:.1f}" y="{top - 4:.1f}" text-anchor="middle" font-size="11">'
                       f'{escape(format_number(point["value"]))}</text>')
    out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="#6b7480"/>')
    for si, s in enumerate(series):
        ly = legend_top + si * 18
        out.append(f'<rect x="{LEFT}" y="{ly - 10}" width="12" height="12" fill="{COLORS[si]}"/>')
        out.append(f'<text x="{LEFT + 18}" y="{ly}">{escape(s["legend"])}</text>')
    out.append("</svg>")
    return "".join(out)
