"""Checks across two years of one agency, each flagged with both sources.

- Table 三: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column
  (the requests carried over are the ones last year carried forward).
- Table 二, 第二十条第（一）项 (2021 edition in both years): this year's 现行有效件数 equals last
  year's plus this year's 本年制发件数 minus its 本年废止件数, for 规章 and 规范性文件.
A check runs only where every cell it needs holds a number; it reports, never corrects.
"""
from indexer import registry as reg
from indexer.text import format_number

from .answer import _num, source_url


def _cells(archive, report, table, rows, cols):
    rows_sql = ",".join("?" * len(rows))
    cols_sql = ",".join("?" * len(cols))
    found = archive.db().execute(
        f"SELECT * FROM facts WHERE report_num = ? AND table_key = ? AND row_key IN ({rows_sql})"
        f" AND col_key IN ({cols_sql})", (report.num, table, *rows, *cols)).fetchall()
    return {(r["row_key"], r["col_key"]): r for r in found}


def _cell(report, fact, label):
    return {"report": report.id, "year": report.year, "label": label, "value": _num(fact["value"]), "raw": fact["raw"],
            "page": fact["page"], "fact": fact["id"], "url": source_url(report.id, fact["page"], fact_id=fact["id"])}


def cross_year_checks(archive, this, last, lang="zh"):
    """[{key, passed, detail, cells: [...]}] for report `this` against the previous year's `last`."""
    out = []
    cols = [c.key for c in reg.APPLICANT_COLUMNS]
    now = _cells(archive, this, "requests", ["carried_over"], cols)
    before = _cells(archive, last, "requests", ["carried_forward"], cols)
    for col in reg.APPLICANT_COLUMNS:
        a, b = now.get(("carried_over", col.key)), before.get(("carried_forward", col.key))
        if a is None or b is None or a["value"] is None or b["value"] is None:
            continue
        passed = abs(a["value"] - b["value"]) < 1e-9
        detail = (f"{col.zh}：{this.year} 年上年结转 {format_number(a['value'])}，{last.year} 年结转下年度 "
                  f"{format_number(b['value'])}，{'相符' if passed else '不相符'}" if lang == "zh" else
                  f"{col.en}: carried over in {this.year} {format_number(a['value'])}; carried forward in "
                  f"{last.year} {format_number(b['value'])} — {'consistent' if passed else 'inconsistent'}")
        out.append({"key": f"carry.{col.key}", "passed": passed, "detail": detail,
                    "cells": [_cell(this, a, f"{this.year} 二、上年结转 · {col.zh}"),
                              _cell(last, b, f"{last.year} 四、结转下年度继续办理 · {col.zh}")]})
    if this.template == last.template == "2021":
        rows = ["regulations", "normative_documents"]
        now = _cells(archive, this, "art20_1", rows, ["issued", "repealed", "in_force"])
        before = _cells(archive, last, "art20_1", rows, ["in_force"])
        for row in rows:
            label = reg.ART20_1.row(row).zh
            cells = [now.get((row, "in_force")), before.get((row, "in_force")), now.get((row, "issued")),
                     now.get((row, "repealed"))]
            if any(c is None or c["value"] is None for c in cells):
                continue
            current, previous, issued, repealed = (c["value"] for c in cells)
            expected = previous + issued - repealed
            passed = abs(current - expected) < 1e-9
            detail = (f"{label}：{last.year} 年现行有效 {format_number(previous)} + {this.year} 年制发 "
                      f"{format_number(issued)} − 废止 {format_number(repealed)} = {format_number(expected)}，"
                      f"{this.year} 年报告所列现行有效 {format_number(current)}，{'相符' if passed else '不相符'}"
                      if lang == "zh" else
                      f"{reg.ART20_1.row(row).en}: in force {last.year} {format_number(previous)} + issued "
                      f"{format_number(issued)} − repealed {format_number(repealed)} = {format_number(expected)}; "
                      f"the {this.year} report gives {format_number(current)} — "
                      f"{'consistent' if passed else 'inconsistent'}")
            out.append({"key": f"in_force.{row}", "passed": passed, "detail": detail,
                        "cells": [_cell(this, cells[0], f"{this.year} {label} · 现行有效件数"),
                                  _cell(last, cells[1], f"{last.year} {label} · 现行有效件数"),
                                  _cell(this, cells[2], f"{this.year} {label} · 本年制发件数"),
                                  _cell(this, cells[3], f"{this.year} {label} · 本年废止件数")]})
    return out


def consecutive_pairs(primary):
    """[(this year's report, last year's report)] for every agency with two consecutive years,
    from {(agency key, year): report}."""
    return [(report, primary[(agency, year - 1)]) for (agency, year), report in sorted(primary.items())
            if (agency, year - 1) in primary]
