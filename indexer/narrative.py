"""Figures stated in a report's prose: "公布各类信息共 230条", "受理政府信息公开申请 21 件".

Only counts whose unit follows the number and whose subject comes before it are taken
(条, 件, 期, 篇, 次, 人次, 场, 元, 万元); in "26 个领域" the subject follows the number and
could not be named reliably, so such phrases are left to passage search.
"""
import re
from dataclasses import dataclass

from .text import parse_number

NARRATIVE_SECTIONS = ("preface", "overview", "other")
_FIGURE_RE = re.compile(
    r"(?P<label>[\u4e00-\u9fff“”《》]{2,24}?)(?:共计|总计|合计|累计|共|达到|达|为)?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>人次|万元|条|件|期|篇|次|场|元)(?![\u4e00-\u9fff]{0,1}[号日月年])")
_LEADING_FILLER = re.compile(r"^(?:[年月日度底末]|全年|其中|主要有|以及|及|和|并|共)+")


@dataclass
class NarrativeFigure:
    label: str
    value: float
    raw: str
    unit: str
    page: int
    bbox: tuple | None
    line: int | None


def extract(sections) -> list:
    """Stated figures in the prose sections, each with the page and line it was read from."""
    found = []
    for section in sections:
        if section.key not in NARRATIVE_SECTIONS:
            continue
        by_page = {}
        for line in section.lines:
            by_page.setdefault(line.page, []).append(line)
        for page, lines in by_page.items():
            # Sentences run over line breaks; spaces between words are layout, not meaning.
            text, starts = "", []
            for line in lines:
                starts.append((len(text), line))
                text += re.sub(r"\s+", "", line.text)
            for m in _FIGURE_RE.finditer(text):
                label = _LEADING_FILLER.sub("", m.group("label"))
                if len(label) < 2:
                    continue
                line = next(l for start, l in reversed(starts) if start <= m.start("num"))
                cell = next((c for c in line.cells if m.group("num") in c.text), None)
                found.append(NarrativeFigure(label, parse_number(m.group("num")), m.group("num"), m.group("unit"),
                                             page, (cell.bbox if cell else None) or line.bbox, line.line_no))
    return found
