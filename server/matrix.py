"""The archive at a glance: agencies × years, what is held, what is missing, what fails its checks,
and any template cell across agencies and years (a heatmap) or over the years (a chart)."""
import json

from indexer import registry as reg

from .answer import _num, cell_labels, source_url
from .compare import primary_reports
from .crossyear import consecutive_pairs, cross_year_checks

HEAT_LEVELS = 6


MATRIX_PAGE = 200  # agencies per page: a province's archive names 15,000


def archive_matrix(archive, lang="zh", cross_year=True, match="", offset=0, limit=MATRIX_PAGE):
    """{years, total, offset, limit, agencies: [{key, name, cells: {year: {...} | None}}]}: one
    page of agencies (those whose name holds `match`), in the order of their place. A year
    between an agency's first and last report with no report is marked missing. Checks are
    read for the page's reports only, so a page costs the same in any archive."""
    years = archive.years()
    chosen = sorted((a for a in archive.agencies.values()
                     if not match or match in a.name or match in a.key or match.lower() in a.name_en.lower()),
                    key=lambda a: (a.parents[:1], a.key))
    page = chosen[offset:offset + limit]
    reports = [r for a in page for r in archive.select_reports([a.key])]
    primary = primary_reports(reports)
    failed = {}
    if reports:
        for row in archive.db().execute("SELECT report_id, COUNT(*) FROM check_failures WHERE report_id IN"
                                        " (SELECT value FROM json_each(?)) GROUP BY report_id",
                                        (json.dumps([r.id for r in reports]),)):
            failed[row[0]] = row[1]
    cross_failed = {}
    if cross_year:
        for this, last in consecutive_pairs(primary):
            bad = [c for c in cross_year_checks(archive, this, last, lang) if not c["passed"]]
            if bad:
                cross_failed[this.id] = len(bad)
    forms = {}
    for r in reports:
        forms.setdefault((r.agency_key, r.year), []).append(r)
    agencies = []
    for agency in page:
        row = {"key": agency.key, "name": agency.name, "name_en": agency.name_en, "cells": {}}
        held = agency.years
        for year in years:
            report = primary.get((agency.key, year))
            if report is None:
                row["cells"][year] = {"missing": held[0] < year < held[-1]} if held else None
                continue
            others = [r for r in forms[(agency.key, year)] if r.id != report.id]
            row["cells"][year] = {
                "report": report.id, "format": report.format, "template": report.template,
                "failed": failed.get(report.id, 0), "cross_failed": cross_failed.get(report.id, 0),
                "forms": [r.format for r in others], "url": f"/source/{report.id}/1"}
        agencies.append(row)
    return {"years": years, "total": len(chosen), "offset": offset, "limit": limit, "match": match,
            "agencies": agencies}


def failed_checks(archive, report, lang="zh"):
    """The checks a report fails, each with its cells (and where they are marked)."""
    rows = archive.db().execute("SELECT check_key, table_key, cells, detail_zh, detail_en FROM check_failures"
                                " WHERE report_id = ? ORDER BY check_key", (report.id,)).fetchall()
    facts = {(f["table_key"], f["row_key"], f["col_key"]): f for f in archive.db().execute(
        "SELECT * FROM facts WHERE report_num = ? AND table_key != 'narrative'", (report.num,))}
    out = []
    for row in rows:
        cells = []
        for r, c in json.loads(row["cells"]):
            fact = facts.get((row["table_key"], r, c))
            if fact is None:
                continue
            labels = cell_labels(row["table_key"], r, c, lang)
            cells.append({"row_label": labels[1], "column_label": labels[2], "value": _num(fact["value"]),
                          "raw": fact["raw"], "page": fact["page"], "fact": fact["id"],
                          "url": source_url(report.id, fact["page"], fact_id=fact["id"])})
        pages = {}
        for cell in cells:
            pages.setdefault(cell["page"], []).append(cell["fact"])
        marked = [f"/source/{report.id}/{page}?facts={','.join(map(str, ids))}" for page, ids in sorted(pages.items())]
        out.append({"key": row["check_key"], "table": row["table_key"],
                    "detail": row["detail_zh"] if lang == "zh" else row["detail_en"], "cells": cells,
                    "marked": marked})
    return out


def parse_cell(spec: str):
    """"table.row.col" → (table, row, col) if the template has that cell, else None."""
    parts = (spec or "").split(".")
    if len(parts) != 3 or parts[0] not in reg.TABLES_BY_KEY:
        return None
    table = reg.table(parts[0])
    if table.row(parts[1]) is None or table.column(parts[2]) is None:
        return None
    return tuple(parts)


def template_cell_choices(lang="zh"):
    """[(spec, label)] of every template cell, for the page's picker."""
    out = []
    for t in reg.TABLES:
        for row in t.rows:
            for col in t.all_columns():
                labels = cell_labels(t.key, row.key, col.key, lang)
                out.append((f"{t.key}.{row.key}.{col.key}", " · ".join(labels)))
    return out


def cell_values(archive, cell, agency_keys=None):
    """{(agency key, year): figure} of one template cell, one report per agency and year (of
    the given agencies, or of all)."""
    table, row, col = cell
    reports = archive.select_reports(agency_keys) if agency_keys is not None else archive.reports.values()
    primary = primary_reports(reports)
    by_num = {r.num: r for r in primary.values()}
    out = {}
    sql, args = "SELECT * FROM facts WHERE table_key = ? AND row_key = ? AND col_key = ?", [table, row, col]
    if agency_keys is not None:
        sql += " AND report_num IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(sorted(by_num)))
    for fact in archive.db().execute(sql, args):
        report = by_num.get(fact["report_num"])
        if report is None:
            continue
        out[(report.agency_key, report.year)] = {
            "value": _num(fact["value"]), "raw": fact["raw"], "unit": fact["unit"], "report": report.id,
            "page": fact["page"], "fact": fact["id"], "url": source_url(report.id, fact["page"], fact_id=fact["id"])}
    return out


def heatmap(archive, cell, agency_keys=None):
    """The cell's values across agencies (the given ones, or all) and years, each with a heat
    level (0 … HEAT_LEVELS-1) on one scale for the whole archive: the cell's largest value."""
    values = cell_values(archive, cell, agency_keys)
    top = archive.db().execute("SELECT MAX(value) FROM facts WHERE table_key = ? AND row_key = ? AND col_key = ?",
                               cell).fetchone()[0] or 0
    for v in values.values():
        v["level"] = None if v["value"] is None else (
            0 if top <= 0 else min(HEAT_LEVELS - 1, int(v["value"] / top * (HEAT_LEVELS - 1) + 0.5)))
    return values
