"""Roll-up: the template's tables summed over a set of agencies for one year, each total with
the figures it adds, exported in the template's own layout (XLSX with openpyxl, and CSV).

One report per agency is counted (of several forms of one report, the one read most directly:
compare.primary_reports). A cell that holds no number in a report (blank, "/", unsure) adds
nothing and is listed with its total, so no total claims more than it holds. Reports of
another template edition than the year's (2019 vs 2021 columns) are not mixed into its
tables: they are listed as left out, with the reason.
"""
import io
import json
from collections import Counter

from indexer import registry as reg

from .answer import _num, source_url
from .compare import primary_reports

SUM_TABLES = ("art20_1", "art20_5", "art20_6", "art20_8", "art20_9", "requests", "appeals")


def select_agencies(archive, year, agencies=None, match=""):
    """The reports of `year` to sum: all, those of the given agency keys, or those whose names
    hold `match`. One per agency."""
    primary = primary_reports(r for r in archive.reports.values() if r.year == year)
    chosen = []
    for (agency_key, _), report in sorted(primary.items()):
        agency = archive.agencies[agency_key]
        if agencies and agency_key not in agencies:
            continue
        if match and match not in agency.name and match not in agency_key and match.lower() not in agency.name_en.lower():
            continue
        chosen.append(report)
    return chosen


# Up to this many reports, every figure a total adds is listed with it (the page's details,
# the XLSX's 明细 sheet): 500 reports are about 100,000 figures. A wider roll-up (a province's
# 15,000 reports) gives its totals and counts, summed by SQLite, and says how to get the
# figures: narrow it by name, or ask the chat for one cell (its parts are listed there).
DETAIL_LIMIT = 500


def _aggregate(archive, year, nums):
    """(table, row, column) -> (sum of the numbers, how many numbers, how many cells) over
    the reports numbered `nums` (a JSON array parameter: the year's index range, filtered)."""
    if not nums:
        return {}
    sql = ("SELECT k.table_key, k.row_key, k.col_key, SUM(c.value), COUNT(c.value), COUNT(*)"
           " FROM cells c JOIN cell_keys k ON k.id = c.cell_key"
           " WHERE c.year = ? AND c.report IN (SELECT value FROM json_each(?)) AND k.table_key != 'narrative'"
           " GROUP BY c.cell_key")
    return {(t, r, c): (total, count, held)
            for t, r, c, total, count, held in archive.db().execute(sql, (year, json.dumps(nums)))}


def _parts(archive, summed):
    """(table, row, column) -> {"parts": the figures a total adds, "empty": cells with no number}."""
    by_num = {r.num: r for r in summed}
    out = {}
    nums = sorted(by_num)
    for start in range(0, len(nums), 500):
        chunk = nums[start:start + 500]
        for fact in archive.db().execute(
                f"SELECT * FROM facts WHERE report_num IN ({','.join('?' * len(chunk))})"
                " AND table_key != 'narrative'", chunk):
            report = by_num[fact["report_num"]]
            entry = out.setdefault((fact["table_key"], fact["row_key"], fact["col_key"]), {"parts": [], "empty": []})
            item = {"report": report.id, "agency": archive.agencies[report.agency_key].name,
                    "value": _num(fact["value"]), "raw": fact["raw"], "page": fact["page"], "fact": fact["id"],
                    "url": source_url(report.id, fact["page"], fact_id=fact["id"])}
            entry["empty" if fact["value"] is None else "parts"].append(item)
    return out


def cell_parts(archive, result, table, row, col):
    """The figures one total of a roll-up adds, listed whatever the roll-up's width."""
    summed = [archive.reports[r["report"]] for r in result["reports"]]
    by_num = {r.num: r for r in summed}
    sql = ("SELECT * FROM facts WHERE table_key = ? AND row_key = ? AND col_key = ? AND year = ?"
           " AND report_num IN (SELECT value FROM json_each(?)) AND value IS NOT NULL")
    parts = []
    for fact in archive.db().execute(sql, (table, row, col, result["year"], json.dumps(sorted(by_num)))):
        report = by_num[fact["report_num"]]
        parts.append({"report": report.id, "agency": archive.agencies[report.agency_key].name,
                      "value": _num(fact["value"]), "raw": fact["raw"], "unit": fact["unit"], "page": fact["page"],
                      "fact": fact["id"],
                      "url": source_url(report.id, fact["page"], fact_id=fact["id"])})
    return parts


def rollup(archive, year, agencies=None, match="", lang="zh"):
    reports = select_agencies(archive, year, agencies, match)
    editions = Counter(r.template for r in reports if r.template in reg.TEMPLATES)
    edition = editions.most_common(1)[0][0] if editions else ("2021" if year >= 2021 else "2019")
    summed = [r for r in reports if r.template == edition]
    left_out = [{"report": r.id, "agency": archive.agencies[r.agency_key].name, "template": r.template,
                 "reason": ("没有模板表格（2019 年模板之前的报告）" if r.template == "none" else
                            f"使用 {r.template} 版模板，与本年其他报告（{edition} 版）的列不同")
                 if lang == "zh" else
                 ("no template tables (a report from before the 2019 template)" if r.template == "none" else
                  f"uses the {r.template} edition, whose columns differ from the year's ({edition})")}
                for r in reports if r.template != edition]
    nums = sorted(r.num for r in summed)
    totals = _aggregate(archive, year, nums)
    detail = len(summed) <= DETAIL_LIMIT
    parts = _parts(archive, summed) if detail else {}
    tables = []
    for key in SUM_TABLES:
        table = reg.table(key)
        columns = table.columns.get(edition, ())
        rows = []
        for row in table.rows:
            if key == "requests" and row.key == "other_handling" and edition == "2021":
                continue  # the 2021 edition splits it in three
            cells = []
            for col in columns:
                total, count, held = totals.get((key, row.key, col.key), (None, 0, 0))
                listed = parts.get((key, row.key, col.key), {"parts": [], "empty": []})
                cells.append({"column": col.key, "total": _num(round(total, 4)) if count else None,
                              "count": count, "empty_count": held - count, **listed})
            rows.append({"row": row.key, "label": row.zh if lang == "zh" else row.en, "cells": cells})
        tables.append({"table": key, "label": table.zh if lang == "zh" else table.en,
                       "columns": [{"key": c.key, "label": c.zh if lang == "zh" else c.en, "unit": c.unit}
                                   for c in columns], "rows": rows})
    return {"year": year, "edition": edition, "match": match, "agencies": agencies or [], "detail": detail, "detail_limit": DETAIL_LIMIT,
            "reports": [{"report": r.id, "agency": archive.agencies[r.agency_key].name, "format": r.format,
                         "url": f"/source/{r.id}/1"} for r in summed],
            "left_out": left_out, "tables": tables}


def rollup_rows(result):
    """The roll-up as flat rows (header first): one line per cell, with the figures it adds."""
    rows = [["表", "行", "列", "合计", "单位", "报告数", "无数字的报告", "来源"]]
    for table in result["tables"]:
        for row in table["rows"]:
            for col, cell in zip(table["columns"], row["cells"]):
                rows.append([table["label"], row["label"], col["label"], "" if cell["total"] is None else cell["total"],
                             col["unit"], cell["count"],
                             "、".join(p["agency"] for p in cell["empty"]) if result["detail"]
                             else (f"{cell['empty_count']} 份" if cell["empty_count"] else ""),
                             " ".join(f"{p['agency']}={p['value']} {p['url']}" for p in cell["parts"]) if result["detail"]
                             else f"超过 {DETAIL_LIMIT} 份报告，未逐项列出"])
    return rows


def rollup_xlsx(result, base_url="") -> bytes:
    """The roll-up in the template's layout: one sheet per table group (二, 三, 四) with the
    template's rows and columns, and a sheet listing every figure each total adds."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from .exports import safe_text

    book = Workbook()
    sheets = {"二、主动公开政府信息情况": [t for t in result["tables"] if t["table"].startswith("art20")],
              "三、收到和处理政府信息公开申请情况": [t for t in result["tables"] if t["table"] == "requests"],
              "四、行政复议、行政诉讼情况": [t for t in result["tables"] if t["table"] == "appeals"]}
    bold = Font(bold=True)
    first = True
    for title, tables in sheets.items():
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = title[:31]
        sheet.append([f"{result['year']} 年 {title}（{len(result['reports'])} 份报告合计，{result['edition']} 版模板）"])
        sheet["A1"].font = bold
        for table in tables:
            sheet.append([])
            sheet.append([safe_text(table["label"])] + [safe_text(c["label"]) for c in table["columns"]])
            for cell in sheet[sheet.max_row]:
                cell.font = bold
                cell.alignment = Alignment(wrap_text=True)
            for row in table["rows"]:
                sheet.append([safe_text(row["label"])] + [c["total"] for c in row["cells"]])
        sheet.column_dimensions["A"].width = 48
        for i in range(2, 9):
            sheet.column_dimensions[get_column_letter(i)].width = 14
    detail = book.create_sheet("明细")
    detail.append(["表", "行", "列", "单位", "数值", "原文", "页", "来源"])
    if not result["detail"]:
        detail.append([f"汇总范围有 {len(result['reports'])} 份报告，超过 {DETAIL_LIMIT} 份：不逐项列出各单位的数字"
                       "（每个合计相加的报告数见 CSV）。按单位名称缩小范围即可得到明细。"])
    for table in result["tables"]:
        for row in table["rows"]:
            for col, cell in zip(table["columns"], row["cells"]):
                for part in cell["parts"] + cell["empty"]:
                    detail.append([safe_text(table["label"]), safe_text(row["label"]), safe_text(col["label"]),
                                   safe_text(part["agency"]), part["value"], safe_text(part["raw"]), part["page"],
                                   safe_text(base_url + part["url"])])
    left = book.create_sheet("未计入")
    left.append(["单位", "模板", "原因"])
    for item in result["left_out"]:
        left.append([safe_text(item["agency"]), item["template"], safe_text(item["reason"])])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
