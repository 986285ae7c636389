"""Turn the template tables of a report into typed facts.

The parser walks the report's lines in reading order. Section headings (二、三、四) say
which table a line belongs to; in 二 the "第二十条第（X）项" headings split the sub-tables.
Reports number their sections their own way (a department's report may put the tables
under 一、二、三 after its own chapters), so a heading is known by its words, whatever
its number, and a table that is not under its heading is looked for by its content.

Rows are identified differently per table, each time by what survives extraction best:
- 第二十条 tables: by the row's own label (规章, 行政许可 …), with columns read from the
  sub-table's header text, which may be broken over lines.
- table 三: by position. Its rows always come in template order, each with 7 numbers,
  while their labels are often separated from the numbers (a wrapped label lands on the
  line before or after its numbers). Labels that can be read are still checked against
  the position, and a mismatch is reported.
- table 四: the 15 numbers in printed order.
A blank cell (web pages leave zeros blank) is stored blank: no number is made up for it.
Where a crawler ran a table's cells together, runtogether.py recovers them only when the
table's arithmetic admits exactly one reading.
"""
import re
from dataclasses import dataclass, field

from . import registry as reg
from . import runtogether
from .readers import Line
from .text import norm, parse_cell


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
    cell: int | None = None  # position of the cell in its line (grid rows: the column)
    # "" printed and read; "blank" no number printed; "inferred" cut from run-together digits
    # by the table's arithmetic; "unsure" OCR could not read it with confidence (no value)
    quality: str = ""
    confidence: float | None = None  # OCR: the recogniser's score (not stored)


@dataclass
class Section:
    key: str
    title: str
    lines: list = field(default_factory=list)


# Section headings in template order, known by their words; the number in front is the
# report's own. An unnumbered heading must stand on a short line of its own, so a
# sentence that mentions it does not count.
SECTION_HEADINGS = (
    ("overview", "总体情况|概述"),
    ("active", "主动公开政府信息"),
    ("requests", "收到和处理政府信息公开申请"),
    # ("…复议、行政诉讼情况" however it begins: a report's own typo, 政府信息公开行政法复议)
    ("appeals", "(?:因)?政府信息公开(?:申请)?(?:行政复议|申请行政复议)|[\u4e00-\u9fff]{2,12}复议、行政诉讼情况"),
    ("problems", "(?:政府信息公开工作)?(?:存在的)?主要问题"),
    ("other", "其他需要报告"),
)
_NUMERAL = "[一二三四五六七八九十]{1,2}[,，]?[、.．]?"  # (a crawler's stray comma: "一,、总体情况")
_HEADING_RES = [(key, re.compile(rf"^(?P<num>{_NUMERAL})?(?:{text})")) for key, text in SECTION_HEADINGS]
_ART20_RE = re.compile(r"第二十条第\(?([一二三四五六七八九十]+)\)?项")


def _heading(flat: str, after: int):
    """(index, key) of the section heading a line is, if it is one that may follow `after`."""
    for i, (key, pattern) in enumerate(_HEADING_RES):
        m = pattern.match(flat)
        if i > after and m and (m.group("num") or len(flat) <= 16):
            if len(flat) <= 40:
                return i, key
    return None


# The first heading of a report that names none of the template's sections: its first chapter
# ("一、领导重视，信息公开工作稳步推进") or its first point ("（一）主动公开情况"), on a line of its own
_FIRST_HEADING = re.compile(r"^(?:一[、.．]|[（(]一[）)])[^。；;]{2,30}$")


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
    if len(sections) == 1:
        # no template heading at all: the preface ends where the report's own first chapter or
        # point begins, and what follows is its account of the year (a page that starts with
        # "（一）主动公开情况" is no preface from there on, though no "一、总体情况" is printed;
        # one that opens with "一、领导重视，…" has none)
        preface = sections[0].lines
        first = next((i for i, line in enumerate(preface) if _FIRST_HEADING.match(norm(line.text))), None)
        if first is not None:
            sections = [Section("preface", "", preface[:first]), Section("overview", "", preface[first:])]
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


def fit(values, width):
    """A row's value cells cut to the table's width: blank cells at either end are not columns."""
    values = list(values)
    while len(values) > width and not values[-1].text.strip():
        values.pop()
    while len(values) > width and not values[0].text.strip():
        values.pop(0)
    return values


def _has_digit(values) -> bool:
    return any(ch.isdigit() for c in values for ch in c.text)


def _blank_only(values) -> bool:
    return bool(values) and not any(c.text.strip() for c in values)


def _fact(table, row, row_label, col, col_label, unit, cell, line: Line, quality="") -> Fact:
    raw = cell.text.strip()
    value, cell_unit = parse_cell(raw)
    if not raw:
        quality = "blank"
    elif getattr(cell, "unsure", False):
        value, quality = None, "unsure"
    index = next((i for i, c in enumerate(line.cells) if c is cell), None)
    return Fact(table, row, row_label, col, col_label, value, raw, cell_unit or unit,
                line.page, cell.bbox or line.bbox, line.line_no, index, quality, getattr(cell, "confidence", None))


@dataclass
class TableResult:
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # the table could not be read (fully)
    notes: list = field(default_factory=list)  # read, but something looked odd


# --- 第二十条 tables ------------------------------------------------------------------------

def rows_of_lines(lines) -> list:
    """Lines of text cut where one row's numbers end and the next row's label starts: a page that
    flattened its table gives it on one line ("…本年处理决定数量 行政处罚 15 行政强制 0"), whose label
    would otherwise run over the first row's numbers to the last row's ("…行政处罚 15 行政强制": 0
    for 行政处罚). A grid row, with its cells, is one row already."""
    out = []
    for line in lines:
        cells = [c for c in line.cells if c.text.strip()]
        ends = [i for i in range(1, len(cells)) if cells[i - 1].is_value() and not cells[i].is_value()]
        if line.from_grid or not ends:
            out.append(line)
            continue
        for start, end in zip([0, *ends], [*ends, len(cells)]):
            part = cells[start:end]
            out.append(Line(line.page, " ".join(c.text for c in part), part, line.bbox, line.line_no))
    return out


def parse_art20(lines, template: str) -> dict:
    lines = rows_of_lines(lines)
    results = {t.key: TableResult() for t in reg.ART20_TABLES.values()}
    seen = set()
    current, header, columns, prev_label = None, "", None, ""
    for line in lines:
        label, values = line.split()
        if not values and current is not None and match_row(current, label):
            # a template row left blank (a web page's zeros): its blank cells, one per column
            width = len(columns or current.columns[template])
            blanks = line.blank_cells()
            values = blanks[-width:] if len(blanks) >= width else []
        m = _ART20_RE.search(norm(label))
        if m and not values:
            current = reg.ART20_TABLES.get(m.group(1))
            header, columns, prev_label = "", None, ""
            continue
        row = None
        if values:
            row = (match_row(current, label) or match_row(current, prev_label + label)) if current else None
            if row is None:  # a row outside its sub-table heading: find the table by the row's label
                for t in reg.ART20_TABLES.values():
                    row = match_row(t, label)
                    if row:
                        if t is not current:
                            current, columns = t, None
                        break
        if not values or (row is None and _blank_only(values)):
            header = header + norm(label) if columns is None else norm(label)
            if columns is not None and current is not None and detect_columns(current, header):
                columns = None  # a new header row for the same sub-table
            prev_label = label
            continue
        prev_label = ""
        if row is None:
            if current is not None and len(norm(label)) <= 20:
                results[current.key].notes.append(f"row '{label}' on page {line.page} is not a template row; skipped")
            continue
        result = results[current.key]
        if columns is None:
            columns = detect_columns(current, header) or [(c, c.zh, c.unit) for c in current.columns[template]]
        cols = columns
        values = fit(values, len(cols))
        if len(values) != len(cols):
            # The header may be lost; the other edition's columns may fit the count. Not for
            # numbers on a line of their own after the row's label: a table given a cell a line
            # loses its blank cells, so "行政许可", "6" of a 2020 report is its first column, not
            # the 2021 edition's one (处理决定数量)
            other = [ed for ed in reg.TEMPLATES if ed != template] if norm(label) else []
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


# --- table 三 --------------------------------------------------------------------------------

def _merge_split_rows(rows, width):
    """Join value-only lines that together make one row (a row of numbers wrapped in two).
    Lines of placeholders only ("- -", "- - - - -" under a transcription's header cells) are
    not parts of a row: joined, two of them would make a row of seven that no template row is."""
    out = []
    for line, label, values in rows:
        if out and not label and out[-1][2] and len(out[-1][2]) < width and len(out[-1][2]) + len(values) <= width \
                and _has_digit(values) and _has_digit(out[-1][2]):
            prev = out[-1]
            out[-1] = (prev[0], prev[1], prev[2] + values)
        else:
            out.append((line, label, list(values)))
    return out


def parse_requests(lines) -> TableResult:
    lines = rows_of_lines(lines)
    result = TableResult()
    width = len(reg.APPLICANT_COLUMNS)
    rows = [(line, *line.split()) for line in lines]
    # a header row of blank cells is not a row of blanks (split gives it no values); a template
    # row left blank is (its label is a template row's)
    rows = [(line, label, values or (line.blank_cells() if match_row(reg.REQUESTS, label) else []))
            for line, label, values in rows]
    rows = [(line, label, fit(values, width)) for line, label, values in rows if values]
    rows = _merge_split_rows(rows, width)
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


# --- table 四 --------------------------------------------------------------------------------

# Table 四's header words: a crawler's text may give the whole header and the fifteen numbers on one line.
_APPEAL_HEADER = re.compile(r"^(?:行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉)+$")


def parse_appeals(lines) -> TableResult:
    result = TableResult()
    cells = []
    for line in lines:
        label, values = line.split()
        if values and not _blank_only(values) and (len(norm(label)) <= 20  # longer labels are sentences
                                                   or _APPEAL_HEADER.match(norm(label))):
            cells.extend((line, cell) for cell in values)
    if not cells:
        # a table left wholly blank (no review, no suit; a web page's zeros): its row of fifteen
        # blank cells under the headers (the first, where a blank spacer row follows it)
        blank_rows = [line for line in lines
                      if not line.split()[0].strip() and len(line.blank_cells()) == len(reg.APPEAL_LAYOUT)]
        if blank_rows:
            cells = [(blank_rows[0], cell) for cell in blank_rows[0].blank_cells()]
    if len(cells) != len(reg.APPEAL_LAYOUT):
        # blank cells at the ends of a row of a web page are padding, not cells
        trimmed = fit([c for _, c in cells], len(reg.APPEAL_LAYOUT))
        if len(trimmed) == len(reg.APPEAL_LAYOUT):
            keep = {id(c) for c in trimmed}
            cells = [(l, c) for l, c in cells if id(c) in keep]
    if len(cells) != len(reg.APPEAL_LAYOUT):
        result.problems.append(f"table 四 has {len(cells)} numbers where the template has "
                               f"{len(reg.APPEAL_LAYOUT)}; not read" if cells else "table 四 not found")
        return result
    for (row_key, col_key), (line, cell) in zip(reg.APPEAL_LAYOUT, cells):
        row, col = reg.APPEALS.row(row_key), reg.APPEALS.column(col_key)
        result.facts.append(_fact("appeals", row_key, row.zh, col_key, col.zh, col.unit, cell, line))
    return result


# --- finding the tables ------------------------------------------------------------------------

def expected_tables(template: str):
    if template not in reg.TEMPLATES:  # a report from before the 2019 template has none
        return []
    keys = ["art20_1", "art20_5", "art20_6", "art20_8"] + (["art20_9"] if template == "2019" else [])
    return keys + ["requests", "appeals"]


def _find(lines, start, test):
    return next((i for i in range(start, len(lines)) if test(norm(lines[i].split()[0]))), None)


def _requests_region(lines):
    """The lines from table 三's first row (本年新收) to its last (结转下年度) and its numbers."""
    start = _find(lines, 0, lambda t: "本年新收" in t)
    if start is None:
        return []
    end = _find(lines, start, lambda t: "结转下年" in t)
    if end is None:
        return lines[start:start + 60]
    if not lines[end].split()[1]:  # the label's numbers may follow on the next lines
        for j in range(end + 1, min(end + 4, len(lines))):
            if lines[j].split()[1]:
                return lines[start:j + 1]
    return lines[start:end + 1]


def _appeals_region(lines):
    """The lines of table 四: from its 行政复议 header to its 15 numbers."""
    for i, line in enumerate(lines):
        flat = norm(line.split()[0])
        if "行政复议" in flat and (len(flat) <= 40 or _APPEAL_HEADER.match(flat)) and \
                any("维持" in norm(l.text) for l in lines[i:i + 8]):
            return lines[i:i + 12]
    return []


def _art20_region(lines):
    start = _find(lines, 0, lambda t: "第二十条第" in t)
    if start is None:
        return []
    end = _find(lines, start, lambda t: "本年新收" in t or "申请人情况" in t)
    return lines[start:end if end is not None else len(lines)]


def parse_tables(sections, template: str, lines=None) -> dict:
    """table key -> TableResult for every template table.

    Each table is read from its section first; a table the section does not yield is
    looked for by its content anywhere in the report, then (text that a crawler ran
    together) by the run-together reader.
    """
    if template not in reg.TEMPLATES:
        return {}
    by_key = {s.key: s for s in sections}
    lines = lines if lines is not None else [l for s in sections for l in s.lines]

    def section_lines(key):
        return by_key[key].lines if key in by_key else []

    art20 = parse_art20(section_lines("active"), template)
    if any(not art20[k].facts or art20[k].problems for k in expected_tables(template) if k.startswith("art20")):
        by_content = parse_art20(_art20_region(lines), template)
        for key, found in by_content.items():
            if found.facts and (not art20[key].facts or art20[key].problems) and not found.problems:
                art20[key] = found
    results = {}
    for key in expected_tables(template):
        if key.startswith("art20"):
            results[key] = art20[key]
    # A 2021 report may still print the procurement table; keep it when it is there.
    if art20["art20_9"].facts:
        results["art20_9"] = art20["art20_9"]

    requests = parse_requests(section_lines("requests"))
    if requests.problems:
        by_content = parse_requests(_requests_region(lines))
        if not by_content.problems:
            requests = by_content
    results["requests"] = requests
    appeals = parse_appeals(section_lines("appeals"))
    if appeals.problems:
        by_content = parse_appeals(_appeals_region(lines))
        if not by_content.problems:
            appeals = by_content
    results["appeals"] = appeals

    if any(r.problems for k, r in results.items() if k in expected_tables(template)) \
            and runtogether.looks_run_together(lines):
        _read_run_together(results, lines, template)
    for key in expected_tables(template):
        if key.startswith("art20") and not results[key].facts and not results[key].problems:
            results[key].problems.append(f"{reg.table(key).zh} not found")
    for key, result in results.items():
        unsure = [f for f in result.facts if f.quality == "unsure"]
        if unsure:
            cells = "、".join(f"{f.row_label[:12]}·{f.col_label}（“{f.raw}”）" for f in unsure[:4])
            result.problems.append(f"{reg.table(key).zh}: {len(unsure)} cell(s) the scan does not show clearly are "
                                   f"not read: {cells}{'…' if len(unsure) > 4 else ''}")
    return results


# --- run-together text -----------------------------------------------------------------------

RUN_TOGETHER_NOTE = "cells cut from run-together digits: the table's own totals admit exactly one reading"


def _read_run_together(results, lines, template):
    """Tables still unread, tried as text whose cells a crawler ran together."""
    if results["requests"].problems:
        region = _requests_region(lines)
        reading = runtogether.read_requests(region) if region else None
        if reading and reading.rows:
            result = TableResult(notes=[RUN_TOGETHER_NOTE] if any(r.inferred for r in reading.rows) else [],
                                 problems=list(reading.problems))
            for row in reading.rows:
                spec = reg.REQUESTS.row(row.key)
                for col, raw in zip(reg.APPLICANT_COLUMNS, row.chosen):
                    result.facts.append(_run_fact("requests", row, spec.zh, col.key, col.zh, col.unit, raw))
            results["requests"] = result
        elif reading and region:
            results["requests"].problems = reading.problems
    if results["appeals"].problems:
        region = _appeals_region(lines)
        for line in region:
            label, run = runtogether.label_and_run(line.text)
            if len(re.sub(r"\D", "", run)) >= len(reg.APPEAL_LAYOUT):
                reading = runtogether.read_appeals(run, line)
                if reading.rows:
                    row = reading.rows[0]
                    result = TableResult(notes=[RUN_TOGETHER_NOTE] if row.inferred else [])
                    for (row_key, col_key), raw in zip(reg.APPEAL_LAYOUT, row.chosen):
                        spec, col = reg.APPEALS.row(row_key), reg.APPEALS.column(col_key)
                        result.facts.append(_run_fact("appeals", row, spec.zh, col_key, col.zh, col.unit, raw,
                                                      row_key=row_key))
                    results["appeals"] = result
                else:
                    results["appeals"].problems = reading.problems
                break
    for table in reg.ART20_TABLES.values():
        if table.key in results and (results[table.key].problems or not results[table.key].facts):
            _art20_run_together(results, lines, table, template)


def _art20_run_together(results, lines, table, template):
    """A 第二十条 sub-table from its run-together text: header, then label + digits per row."""
    numeral = next(k for k, t in reg.ART20_TABLES.items() if t is table)
    start = next((i for i, l in enumerate(lines) if norm(l.text).startswith(f"第二十条第({numeral})项")), None)
    if start is None:
        return
    texts, i = [], start
    while i < len(lines) and (i == start or not norm(lines[i].text).startswith("第二十条第")):
        flat = norm(lines[i].text)
        if i > start and ("本年新收" in flat or "申请人情况" in flat or flat.startswith("三、")):
            break
        texts.append((lines[i], flat))
        i += 1
    text = "".join(flat for _, flat in texts)
    text = re.sub(rf"^第二十条第\({numeral}\)项", "", text)
    first_row = min((text.find(norm(lab)) for row in table.rows for lab in (row.zh, *row.variants)
                     if norm(lab) in text), default=-1)
    if first_row < 0:
        return
    columns = detect_columns(table, text[:first_row]) or [(c, c.zh, c.unit) for c in table.columns[template]]
    decimals = any(c.unit in ("万元", "元", "") and c.key in ("fee_amount", "procurement_amount") for c, _, _ in columns)
    found = runtogether.read_art20_text(text[first_row:], table, len(columns), decimals)
    result = TableResult()
    for key, (label, cells, reason) in found.items():
        if cells is None:
            result.problems.append(f"{table.zh} {reason}")
            continue
        line = next((l for l, flat in texts if label in flat), texts[0][0])
        reading = runtogether.RowReading(key, label, line, "", [cells], chosen=cells)
        for (col, col_label, unit), raw in zip(columns, cells):
            result.facts.append(_run_fact(table.key, reading, label, col.key, col_label, unit, raw, row_key=key))
    if result.facts or result.problems:
        results[table.key] = result


def _run_fact(table, row, row_label, col, col_label, unit, raw, row_key=None) -> Fact:
    value, cell_unit = parse_cell(raw)
    line = row.line
    return Fact(table, row_key or row.key, row_label, col, col_label, value, raw, cell_unit or unit, line.page,
                line.bbox, line.line_no, None, "inferred" if row.inferred else "")
