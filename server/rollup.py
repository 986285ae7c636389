"""Roll-up: the template's tables summed over a set of agencies for one year, each total with
the figures it adds, exported in the template's own layout (XLSX with openpyxl, and CSV).

One report per agency is counted (of several forms of one report, the one read most directly:
compare.primary_reports). A cell that holds no number in a report (blank, "/", unsure) adds
nothing and is listed with its total, so no total claims more than it holds. Reports of
another template edition than the year's (2019 vs 2021 columns) are not mixed into its
tables: they are listed as left out, with the reason.
"""
import io
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
    by_num = {r.num: r for r in summed}
    totals = {}
    if summed:
        nums = sorted(by_num)
        for start in range(0, len(nums), 500):
            part = nums[start:start + 500]
            for fact in archive.db().execute(
                    f"SELECT * FROM facts WHERE report_num IN ({','.join('?' * len(part))})"
                    " AND table_key != 'narrative'", part):
                report = by_num[fact["report_num"]]
                entry = totals.setdefault((fact["table_key"], fact["row_key"], fact["col_key"]),
                                          {"total": 0.0, "parts": [], "empty": []})
                agency = archive.agencies[report.agency_key].name
                item = {"report": report.id, "agency": agency, "value": _num(fact["value"]), "raw": fact["raw"],
                        "page": fact["page"], "fact": fact["id"],
                        "url": source_url(report.id, fact["page"], fact_id=fact["id"])}
                if fact["value"] is None:
                    entry["empty"].append(item)
                else:
                    entry["total"] += fact["value"]
                    entry["parts"].append(item)
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
                entry = totals.get((key, row.key, col.key))
                cells.append({"column": col.key, "total": _num(round(entry["total"], 4)) if entry and entry["parts"]
                              else None, "count": len(entry["parts"]) if entry else 0,
                              "parts": entry["parts"] if entry else [], "empty": entry["empty"] if entry else []})
            rows.append({"row": row.key, "label": row.zh if lang == "zh" else row.en, "cells": cells})
        tables.append({"table": key, "label": table.zh if lang == "zh" else table.en,
                       "columns": [{"key": c.key, "label": c.zh if lang == "zh" else c.en, "unit": c.unit}
                                   for c in columns], "rows": rows})
    return {"year": year, "edition": edition, "match": match, "agencies": agencies or [],
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
                             col["unit"], cell["count"], "、".join(p["agency"] for p in cell["empty"]),
                             " ".join(f"{p['agency']}={p['value']} {p['url']}" for p in cell["parts"])])
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
