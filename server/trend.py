"""Figures arranged for comparison: series by year, a year × series table, and sums.

Sums are computed only from stored figures with the same unit, and list every figure they
add up, each with its source, so a total can be checked like any other figure.
"""
from collections import OrderedDict

from .answer_text import display_number


def series(figures, lang, limit=None):
    """Figures grouped by agency and cell, each group's points ordered by year. With `limit`,
    only the first `limit` groups are built (an answer over thousands of agencies shows a few)."""
    groups = OrderedDict()
    for f in figures:
        key = (f["agency_key"], f["table"], f["row"], f["column"])
        if key not in groups:
            if limit is not None and len(groups) >= limit:
                continue
            label = f"{f['row_label']} · {f['column_label']}"
            agency = f["agency"] if lang == "zh" else f["agency_en"]
            groups[key] = {"agency": f["agency"], "agency_en": f["agency_en"], "agency_key": f["agency_key"],
                           "table": f["table"], "row": f["row"], "column": f["column"], "label": label,
                           "legend": f"{agency} · {label}", "unit": f["unit"], "points": []}
        groups[key]["points"].append({"year": f["year"], "value": f["value"], "display": f["display"],
                                      "url": f["source"]["url"]})
    for g in groups.values():
        g["points"].sort(key=lambda p: p["year"])
    return list(groups.values())


def year_table(all_series):
    """Rows of years, one column per series; a cell is the cited point or None."""
    years = sorted({p["year"] for s in all_series for p in s["points"]})
    return {
        "columns": [{"label": s["legend"], "unit": s["unit"]} for s in all_series],
        "rows": [{"year": y, "cells": [next((p for p in s["points"] if p["year"] == y), None) for s in all_series]}
                 for y in years],
    }


def sum_part(figure) -> dict:
    """A figure as a sum lists it among its parts."""
    return {"agency": figure["agency"], "year": figure["year"], "value": figure["value"],
            "url": figure["source"]["url"]}


def sum_entry(label, total, unit, count, parts, lang) -> dict:
    """A sum as an answer gives it (server/wide.py makes them too, from counts)."""
    total = int(total) if float(total).is_integer() else round(total, 6)
    return {"label": label, "value": total, "unit": unit, "display": display_number(total, unit, lang),
            "count": count, "parts": parts}


def all_agencies_label(year, row_label, column_label, lang) -> str:
    return (f"{year} 年所有单位 {row_label}·{column_label} 合计" if lang == "zh" else
            f"{year}, all agencies: {row_label}, {column_label} — sum")


def _sum(label, figures, lang):
    parts = [f for f in figures if f["value"] is not None]
    if not parts or len({f["unit"] for f in parts}) != 1:
        return None
    return sum_entry(label, sum(f["value"] for f in parts), parts[0]["unit"], len(parts),
                     [sum_part(f) for f in parts], lang)


def aggregates(figures, q, lang, known=()):
    """Sums the question asks for: across agencies (所有单位) per year, across years (累计), or
    of the several cells it named (一共); `known`: the group sums already made."""
    out = []
    if q.all_agencies:
        groups = OrderedDict()
        # (a statement of a report's text is its own row, worded as its report words it: no two agencies'
        # statements are one row to add up, and a "sum" of one is no sum)
        for f in figures:
            if f["table"] != "narrative":
                groups.setdefault((f["table"], f["row"], f["column"], f["year"]), []).append(f)
        for (_, _, _, year), group in groups.items():
            f = group[0]
            total = _sum(all_agencies_label(year, f["row_label"], f["column_label"], lang), group, lang)
            if total:
                out.append(total)
    if q.add_up:
        added = _added_up(figures, [*known, *out], lang)
        out += added or ([] if q.all_agencies or q.cumulative else _added_across(figures, [*known, *out], lang))
    if q.cumulative and len({f["year"] for f in figures}) > 1:
        groups = OrderedDict()
        for f in figures:
            groups.setdefault((f["agency_key"], f["table"], f["row"], f["column"]), []).append(f)
        for group in groups.values():
            f = group[0]
            years = sorted({g["year"] for g in group})
            span = f"{years[0]}–{years[-1]}"
            label = (f"{f['agency']} {span} 年 {f['row_label']}·{f['column_label']} 累计" if lang == "zh" else
                     f"{f['agency_en']}, {span}: {f['row_label']}, {f['column_label']} — sum over years")
            total = _sum(label, group, lang)
            if total:
                out.append(total)
    return out


def _added_up(figures, sums, lang):
    """"行政复议和行政诉讼一共多少件": one agency's several cells of a year added up, when the
    question named several (one cell "一共" is just that cell) and no group sum already says it."""
    by = OrderedDict()
    for f in figures:
        by.setdefault((f["agency_key"], f["year"]), []).append(f)
    out = []
    for (_, year), parts in by.items():
        # a row's 总计 beside columns of the same row is what they add up to, not one more part
        rows_with_parts = {(f["table"], f["row"]) for f in parts if f["column"] != "total"}
        parts = [f for f in parts if f["column"] != "total" or (f["table"], f["row"]) not in rows_with_parts]
        if len({(f["table"], f["row"], f["column"]) for f in parts}) < 2:
            continue  # one cell: "一共" is that cell
        f, join = parts[0], ("、" if lang == "zh" else ", ").join
        dot = "·" if lang == "zh" else ", "
        if len({p["row"] for p in parts}) == 1:  # one row's columns: 申请数量·自然人、商业企业
            names = f["row_label"] + dot + join(dict.fromkeys(p["column_label"] for p in parts))
        elif len({p["column"] for p in parts}) == 1:
            names = join(dict.fromkeys(p["row_label"] for p in parts))
        else:
            names = join(dict.fromkeys(f"{p['row_label']}{dot}{p['column_label']}" for p in parts))
        label = (f"{f['agency']} {year} 年{names}合计" if lang == "zh" else f"{f['agency_en']}, {year}: {names} added up")
        total = _sum(label, parts, lang)
        if total and not any(s["count"] == total["count"] and s["value"] == total["value"] for s in sums):
            out.append(total)
    return out


def _added_across(figures, sums, lang):
    """"洪泽区和淮安市2024年一共收到多少申请", "平潭2019到2021年一共收到多少申请": one cell of
    each agency and year named, added up over them (when each holds one cell, so _added_up
    found nothing to add within a report)."""
    by = OrderedDict()
    for f in figures:
        by.setdefault((f["table"], f["row"], f["column"]), []).append(f)
    out = []
    for parts in by.values():
        if len({(p["agency_key"], p["year"]) for p in parts}) < 2:
            continue
        f = parts[0]
        names = list(dict.fromkeys(p["agency"] if lang == "zh" else p["agency_en"] for p in parts))
        years = sorted({p["year"] for p in parts})
        contiguous = len(years) > 2 and years[-1] - years[0] == len(years) - 1
        when = f"{years[0]}–{years[-1]}" if contiguous else ("、" if lang == "zh" else ", ").join(map(str, years))
        label = (f"{'、'.join(names)} {when} 年 {f['row_label']}·{f['column_label']} 合计" if lang == "zh" else
                 f"{', '.join(names)}, {when}: {f['row_label']}, {f['column_label']} added up")
        total = _sum(label, parts, lang)
        if total and not any(s["count"] == total["count"] and s["value"] == total["value"] for s in sums):
            out.append(total)
    return out


def sum_sentence(aggregate, lang):
    n = aggregate["count"]
    if lang == "zh":
        return f"{aggregate['label']}为 {aggregate['display']}（{n} 个数字相加，各自出处见下表）"
    return f"{aggregate['label']}: {aggregate['display']} (the sum of {n} figures, each cited below)"



def group_sums(figures, cells, lang, negated=()):
    """Sums a group heading asks for: a row group's members per report and column (不予公开 is
    the sum of its eight rows), a column group's per report and row (法人或其他组织 is the sum
    of the five organisation columns), or the columns a negation leaves (不是自然人)."""
    from indexer import registry as reg

    out = []
    for cell in cells:
        if cell.sum_rows:
            group = reg.GROUPS_BY_KEY[cell.sum_rows]
            by = OrderedDict()
            for f in figures:
                if f["table"] == cell.table and f["row"] in group.members:
                    by.setdefault((f["agency_key"], f["year"], f["column"]), []).append(f)
            for (_, year, _), parts in by.items():
                f = parts[0]
                name = group.zh if lang == "zh" else group.en
                label = (f"{f['agency']} {year} 年{name}·{f['column_label']}（各小项之和）" if lang == "zh" else
                         f"{f['agency_en']}, {year}: {name}, {f['column_label']} (sum of its sub-rows)")
                total = _sum(label, parts, lang)
                if total:
                    out.append(total)
        if cell.sum_cols:
            by = OrderedDict()
            for f in figures:
                if f["table"] == cell.table and cell.cols and f["column"] in cell.cols:
                    by.setdefault((f["agency_key"], f["year"], f["row"]), []).append(f)
            for (_, year, _), parts in by.items():
                f = parts[0]
                if cell.sum_cols in reg.GROUPS_BY_KEY:
                    group = reg.GROUPS_BY_KEY[cell.sum_cols]
                    what = (f"{group.zh}（{'、'.join(p['column_label'] for p in parts)}之和）" if lang == "zh" else
                            f"{group.en} (the sum of {', '.join(p['column_label'] for p in parts)})")
                else:
                    what = (f"除{'、'.join(negated) or '所除项'}以外（{'、'.join(p['column_label'] for p in parts)}之和）"
                            if lang == "zh" else
                            f"all but {', '.join(negated) or 'the excluded'} (the sum of "
                            f"{', '.join(p['column_label'] for p in parts)})")
                label = (f"{f['agency']} {year} 年{f['row_label']}·{what}" if lang == "zh" else
                         f"{f['agency_en']}, {year}: {f['row_label']}, {what}")
                total = _sum(label, parts, lang)
                if total:
                    out.append(total)
    return out
