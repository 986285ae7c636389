"""Turn the template tables of a report into typed facts.

The parser walks the report's lines in reading order. Section headings (二、三、四) say
which table a line belongs to; in 二 the "第二十条第（X）项" headings split the sub-tables.

Rows are identified differently per table, each time by what survives PDF extraction best:
- 第二十条 tables: by the row's own label (规章, 行政许可 …), with columns read from the
  sub-table's header text, which may be broken over lines.
- table 三: by position. Its rows always come in template order, each with 7 numbers,
  while their labels are often separated from the numbers (a wrapped label lands on the
  line before or after its numbers). Labels that can be read are still checked against
  the position, and a mismatch is reported.
- table 四: the 15 numbers in printed order.
"""
import re
from dataclasses import dataclass, field

from . import registry as reg
from .readers import Line
from .text import norm, parse_number


@dataclass
class Fact:
    table: str
    row: str
    row_label: str
    col: str
    col_label: str
    value: float | None
    raw: str
    unit: str
    page: int
    bbox: tuple | None = None
    line: int | None = None


@dataclass
class Section:
    key: str
    title: str
    lines: list = field(default_factory=list)


# Section headings in template order. The numbering is optional, but an unnumbered heading
# must stand on a short line of its own so a sentence that mentions it does not count.
SECTION_HEADINGS = (
    ("overview", "一", "总体情况"),
    ("active", "二", "主动公开政府信息"),
    ("requests", "三", "收到和处理政府信息公开申请"),
    ("appeals", "四", "政府信息公开行政复议"),
    ("problems", "五", "(?:存在的)?主要问题"),
    ("other", "六", "其他需要报告"),
)
_HEADING_RES = [(key, re.compile(rf"^(?:{num}[、.．]?)?{text}")) for key, num, text in SECTION_HEADINGS]
_ART20_RE = re.compile(r"第二十条第\(?([一二三四五六七八九十]+)\)?项")


def _heading(flat: str, after: int):
    """(index, key) of the section heading a line is, if it is one that may follow `after`."""
    for i, (key, pattern) in enumerate(_HEADING_RES):
        if i > after and pattern.match(flat):
            if flat[:1] == SECTION_HEADINGS[i][1] or len(flat) <= 16:
                return i, key
    return None


def split_sections(lines) -> list:
    sections = [Section("preface", "")]
    order = -1
    for line in lines:
        label, values = line.split()
        heading = None if values else _heading(norm(label), order)
        if heading:
            order, key = heading
            sections.append(Section(key, label))
        else:
            sections[-1].lines.append(line)
    return sections


def match_row(table: reg.Table, label: str):
    """The template row whose distinctive words appear in a printed label (longest wins)."""
    flat = norm(label)
    if not flat:
        return None
    best, best_len = None, 0
    for row in table.rows:
        for key in row.keys:
            k = norm(key)
            if k and k in flat and len(k) > best_len:
                best, best_len = row, len(k)
    return best


def detect_columns(table: reg.Table, header: str):
    """The columns a sub-table's header prints, in order, as (Column, printed label, unit)."""
    hits = []
    for col in table.all_columns():
        for label in (col.zh, *col.variants):
            flat = norm(label)
            start = header.find(flat)
            while start >= 0:
                hits.append((start, -len(flat), col, flat))
                start = header.find(flat, start + 1)
    hits.sort(key=lambda h: (h[0], h[1]))
    chosen, end, seen = [], -1, set()
    for start, neg_len, col, flat in hits:
        if start >= end and col.key not in seen:
            chosen.append((start, col))
            seen.add(col.key)
            end = start - neg_len
    out = []
    for i, (start, col) in enumerate(chosen):
        segment = header[start: chosen[i + 1][0] if i + 1 < len(chosen) else len(header)]
        unit = col.unit
        if col.unit in ("", "元", "万元"):  # money columns: the header may state the unit
            unit = "万元" if "万元" in segment else ("元" if "元" in segment else col.unit)
        label = next((l for l in (col.zh, *col.variants) if segment.startswith(norm(l))), col.zh)
        out.append((col, label, unit))
    return out


def _fact(table, row, row_label, col, col_label, unit, cell, line: Line) -> Fact:
    raw = cell.text.strip()
    return Fact(table, row, row_label, col, col_label, parse_number(raw), raw, unit,
                line.page, cell.bbox or line.bbox, line.line_no)


@dataclass
class TableResult:
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # the table could not be read (fully)
    notes: list = field(default_factory=list)  # read, but something looked odd


def parse_art20(section: Section, template: str) -> dict:
    results = {t.key: TableResult() for t in reg.ART20_TABLES.values()}
    seen = set()
    current, header, columns, prev_label = None, "", None, ""
    for line in section.lines:
        label, values = line.split()
        m = _ART20_RE.search(norm(label))
        if m and not values:
            current = reg.ART20_TABLES.get(m.group(1))
            header, columns, prev_label = "", None, ""
            continue
        if not values:
            if columns is None:
                header += norm(label)
            prev_label = label
            continue
        row = (match_row(current, label) or match_row(current, prev_label + label)) if current else None
        if row is None:  # a row outside its sub-table heading: find the table by the row's label
            for t in reg.ART20_TABLES.values():
                row = match_row(t, label)
                if row:
                    if t is not current:
                        current, columns = t, None
                    break
        prev_label = ""
        if row is None:
            if current is not None:
                results[current.key].notes.append(f"row '{label}' on page {line.page} is not a template row; skipped")
            continue
        result = results[current.key]
        if columns is None:
            columns = detect_columns(current, header) or [(c, c.zh, c.unit) for c in current.columns[template]]
        cols = columns
        if len(values) != len(cols):
            # The header may be lost; the other edition's columns may fit the count.
            other = [ed for ed in reg.TEMPLATES if ed != template]
            fits = [current.columns[ed] for ed in (template, *other) if len(current.columns[ed]) == len(values)]
            if not fits:
                result.problems.append(f"{current.zh} {row.zh}: {len(values)} numbers for {len(cols)} columns "
                                       f"on page {line.page}; row not read")
                continue
            cols = [(c, c.zh, c.unit) for c in fits[0]]
        printed = label or row.zh
        for (col, col_label, unit), cell in zip(cols, values):
            if (current.key, row.key, col.key) in seen:
                continue
            seen.add((current.key, row.key, col.key))
            result.facts.append(_fact(current.key, row.key, printed, col.key, col_label, unit, cell, line))
    return results


def _merge_split_rows(rows, width):
    """Join value-only lines that together make one row (a row of numbers wrapped in two)."""
    out = []
    for line, label, values in rows:
        if out and not label and out[-1][2] and len(out[-1][2]) < width and len(out[-1][2]) + len(values) <= width:
            prev = out[-1]
            out[-1] = (prev[0], prev[1], prev[2] + values)
        else:
            out.append((line, label, list(values)))
    return out


def parse_requests(section: Section) -> TableResult:
    result = TableResult()
    width = len(reg.APPLICANT_COLUMNS)
    rows = [(line, *line.split()) for line in section.lines]
    rows = _merge_split_rows([r for r in rows if r[2]], width)
    bad = [r for r in rows if len(r[2]) != width]
    rows = [r for r in rows if len(r[2]) == width]
    for line, label, values in bad:
        result.notes.append(f"line on page {line.page} has {len(values)} numbers, not {width}: '{label}'")
    layout = reg.REQUEST_LAYOUTS.get(len(rows))
    if layout:
        assigned = list(zip(layout, rows))
        for position, (key, (line, label, _)) in enumerate(assigned, 1):
            found = match_row(reg.REQUESTS, label)
            if found and found.key != key and not (key.startswith("other_") and found.key.startswith("other_")):
                result.notes.append(f"table 三 row {position}: printed label '{label}' (page {line.page}) "
                                    f"reads as {found.zh}, but its position is {reg.REQUESTS.row(key).zh}")
    else:
        # Not a known layout: place only the rows whose labels can be read.
        assigned = [(found.key, r) for r in rows if (found := match_row(reg.REQUESTS, r[1]))]
        result.problems.append(f"table 三 has {len(rows)} rows of {width} numbers, expected 23 or 25; "
                               f"{len(assigned)} placed by their labels")
    if not rows:
        result.problems.append("table 三 not found")
    for key, (line, label, values) in assigned:
        row = reg.REQUESTS.row(key)
        for col, cell in zip(reg.APPLICANT_COLUMNS, values):
            result.facts.append(_fact("requests", key, label or row.zh, col.key, col.zh, col.unit, cell, line))
    return result


def parse_appeals(section: Section) -> TableResult:
    result = TableResult()
    cells = []
    for line in section.lines:
        label, values = line.split()
        if values and len(norm(label)) <= 20:  # longer labels are sentences, not table cells
            cells.extend((line, cell) for cell in values)
    if len(cells) != len(reg.APPEAL_LAYOUT):
        result.problems.append(f"table 四 has {len(cells)} numbers where the template has "
                               f"{len(reg.APPEAL_LAYOUT)}; not read" if cells else "table 四 not found")
        return result
    for (row_key, col_key), (line, cell) in zip(reg.APPEAL_LAYOUT, cells):
        row, col = reg.APPEALS.row(row_key), reg.APPEALS.column(col_key)
        result.facts.append(_fact("appeals", row_key, row.zh, col_key, col.zh, col.unit, cell, line))
    return result


def expected_tables(template: str):
    keys = ["art20_1", "art20_5", "art20_6", "art20_8"] + (["art20_9"] if template == "2019" else [])
    return keys + ["requests", "appeals"]


def parse_tables(sections, template: str) -> dict:
    """table key -> TableResult for every template table."""
    by_key = {s.key: s for s in sections}
    results = {}
    art20 = parse_art20(by_key.get("active", Section("active", "")), template)
    for key in expected_tables(template):
        if key.startswith("art20"):
            results[key] = art20[key]
            if not art20[key].facts and not art20[key].problems:
                art20[key].problems.append(f"{reg.table(key).zh} not found")
    # A 2021 report may still print the procurement table; keep it when it is there.
    if art20["art20_9"].facts:
        results["art20_9"] = art20["art20_9"]
    results["requests"] = parse_requests(by_key.get("requests", Section("requests", "")))
    results["appeals"] = parse_appeals(by_key.get("appeals", Section("appeals", "")))
    return results
