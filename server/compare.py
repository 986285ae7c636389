"""Two reports side by side: every template cell with its change, and the prose compared.

Cells: every cell of the national template either report holds, with both values, the change
and the percentage change, largest changes first; each value keeps the fact it came from
(its source page, with the cell marked).
Prose: per section, the passages of the two reports are paired by how much text they share
(bigram overlap); a pair is "changed" (its differing characters marked), a passage left
without a partner is "added" or "removed".
"""
import difflib
from dataclasses import dataclass

from indexer import registry as reg

from .answer import FORM_ORDER, _num, cell_labels, source_url

SAME = 0.97  # bigram overlap above which two passages count as the same text
PAIRED = 0.35  # below this, two passages are not versions of one another


@dataclass
class Side:
    report: object
    agency: object


def primary_reports(reports):
    """One report per agency and year: of several forms of one report, the one read most
    directly (PDF, then Word, web page, scan, Markdown, text). {(agency key, year): report}."""
    best = {}
    for r in sorted(reports, key=lambda r: (FORM_ORDER.get(r.format, 9), r.id)):
        best.setdefault((r.agency_key, r.year), r)
    return best


def template_cells(archive, report) -> dict:
    """{(table, row, col): fact row} of a report's template cells."""
    rows = archive.db().execute(
        "SELECT * FROM facts WHERE report_num = ? AND table_key != 'narrative'", (report.num,)).fetchall()
    return {(r["table_key"], r["row_key"], r["col_key"]): r for r in rows}


def _order():
    """Template order of every cell: (table, row, col) -> position."""
    order = {}
    for t in reg.TABLES:
        for row in t.rows:
            for col in t.all_columns():
                order[(t.key, row.key, col.key)] = len(order)
    return order


ORDER = _order()


def _value(report, fact):
    if fact is None:
        return None
    return {"value": _num(fact["value"]), "raw": fact["raw"], "unit": fact["unit"], "page": fact["page"],
            "fact": fact["id"], "quality": fact["quality"],
            "url": source_url(report.id, fact["page"], fact_id=fact["id"])}


def compare_cells(archive, a, b, lang="zh"):
    cells_a, cells_b = template_cells(archive, a), template_cells(archive, b)
    out = []
    for key in sorted(set(cells_a) | set(cells_b), key=lambda k: ORDER.get(k, 10**6)):
        fa, fb = cells_a.get(key), cells_b.get(key)
        table, row, col = key
        labels = cell_labels(table, row, col, lang)
        va = fa["value"] if fa is not None else None
        vb = fb["value"] if fb is not None else None
        change = pct = None
        if va is not None and vb is not None:
            change = _num(round(vb - va, 6))
            pct = round(change / va * 100, 1) if va else None
        out.append({"table": table, "row": row, "column": col, "table_label": labels[0], "row_label": labels[1],
                    "column_label": labels[2], "a": _value(a, fa), "b": _value(b, fb),
                    "change": change, "percent": pct})
    # largest changes first; then cells only one report has a number for; then the unchanged
    def rank(c):
        if c["change"] is not None:
            return (0 if c["change"] else 2, -abs(c["change"]), ORDER.get((c["table"], c["row"], c["column"]), 0))
        return (1, 0, ORDER.get((c["table"], c["row"], c["column"]), 0))
    return sorted(out, key=rank)


# --- prose --------------------------------------------------------------------------------------

def _bigrams(text):
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _overlap(a, b):
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def char_diff(a: str, b: str):
    """[[op, text]] turning a into b: op is "same", "removed" or "added"."""
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(["same", a[i1:i2]])
        else:
            if i2 > i1:
                out.append(["removed", a[i1:i2]])
            if j2 > j1:
                out.append(["added", b[j1:j2]])
    return out


def _passages(archive, report):
    rows = archive.db().execute("SELECT id, section, page, text FROM chunks WHERE report_id = ? ORDER BY id",
                                (report.id,)).fetchall()
    sections = {}
    for r in rows:
        sections.setdefault(r["section"], []).append(dict(r))
    return sections


def _section_key(section: str) -> str:
    """Sections compare by their heading without the number (五、存在的主要问题 = 四、存在的主要问题)."""
    return section.split("、", 1)[-1].strip() if "、" in section[:4] else section.strip()


def compare_prose(archive, a, b):
    """[{section, items: [{kind, a, b, diff}]}] by section, in the newer report's order."""
    pa, pb = _passages(archive, a), _passages(archive, b)
    by_key_a = {}
    for section, items in pa.items():
        by_key_a.setdefault(_section_key(section), []).extend(items)
    sections = list(dict.fromkeys([*pb, *pa]))
    out, done = [], set()
    for section in sections:
        key = _section_key(section)
        if key in done:
            continue
        done.add(key)
        left = by_key_a.get(key, [])
        right = [p for s, items in pb.items() if _section_key(s) == key for p in items]
        grams_l = [_bigrams(p["text"]) for p in left]
        grams_r = [_bigrams(p["text"]) for p in right]
        pairs = sorted(((_overlap(gl, gr), i, j) for i, gl in enumerate(grams_l) for j, gr in enumerate(grams_r)),
                       reverse=True)
        partner_l, partner_r = {}, {}
        for score, i, j in pairs:
            if score < PAIRED:
                break
            if i not in partner_l and j not in partner_r:
                partner_l[i], partner_r[j] = (j, score), (i, score)
        items = []
        for j, p in enumerate(right):
            # passages of the older report with no partner, placed before the next paired one
            if j in partner_r:
                i, score = partner_r[j]
                for k in range(i):
                    if k not in partner_l and not left[k].get("_placed"):
                        left[k]["_placed"] = True
                        items.append({"kind": "removed", "a": left[k], "b": None, "diff": None})
                same = score >= SAME and left[i]["text"] == p["text"]
                items.append({"kind": "same" if same else "changed", "a": left[i], "b": p,
                              "diff": None if same else char_diff(left[i]["text"], p["text"])})
            else:
                items.append({"kind": "added", "a": None, "b": p, "diff": None})
        for k, p in enumerate(left):
            if k not in partner_l and not p.get("_placed"):
                items.append({"kind": "removed", "a": p, "b": None, "diff": None})
        for item in items:
            for side, report in (("a", a), ("b", b)):
                if item[side]:
                    passage = item[side]
                    passage.pop("_placed", None)
                    passage["url"] = source_url(report.id, passage["page"], chunk_id=passage["id"])
        out.append({"section": section, "passages": items,
                    "counts": {k: sum(1 for i in items if i["kind"] == k) for k in ("added", "removed", "changed",
                                                                                 "same")}})
    return out


def compare(archive, a, b, lang="zh"):
    """The whole comparison of report a (the older, or the first) with report b."""
    from .crossyear import cross_year_checks

    agency_a, agency_b = archive.agencies[a.agency_key], archive.agencies[b.agency_key]
    cells = compare_cells(archive, a, b, lang)
    prose = compare_prose(archive, a, b)
    cross = []
    if a.agency_key == b.agency_key and abs(a.year - b.year) == 1:
        older, newer = (a, b) if a.year < b.year else (b, a)
        cross = cross_year_checks(archive, newer, older, lang)

    def side(report, agency):
        return {"report": report.id, "agency": agency.name, "agency_en": agency.name_en, "agency_key": agency.key,
                "year": report.year, "file_name": report.file_name, "format": report.format,
                "template": report.template, "url": f"/source/{report.id}/1"}

    changed = [c for c in cells if c["change"]]
    return {"a": side(a, agency_a), "b": side(b, agency_b), "cells": cells, "prose": prose, "cross_year": cross,
            "summary": {"cells": len(cells), "changed": len(changed),
                        "same": sum(1 for c in cells if c["change"] == 0),
                        "one_side": sum(1 for c in cells if c["change"] is None),
                        "passages": {k: sum(s["counts"][k] for s in prose) for k in ("added", "removed", "changed",
                                                                                 "same")}},
            "templates_differ": a.template != b.template}


def compare_rows(result, lang="zh"):
    """The compared cells as rows for CSV and XLSX (header first)."""
    a, b = result["a"], result["b"]
    head_a, head_b = f"{a['agency']} {a['year']}", f"{b['agency']} {b['year']}"
    if lang == "zh":
        header = ["表", "行", "列", head_a, head_b, "变化", "变化%", "单位", f"来源 {head_a}", f"来源 {head_b}"]
    else:
        header = ["table", "row", "column", head_a, head_b, "change", "change %", "unit", f"source {head_a}",
                  f"source {head_b}"]
    rows = [header]
    for c in result["cells"]:
        va, vb = c["a"], c["b"]
        rows.append([c["table_label"], c["row_label"], c["column_label"],
                     va["value"] if va and va["value"] is not None else (va["raw"] if va else ""),
                     vb["value"] if vb and vb["value"] is not None else (vb["raw"] if vb else ""),
                     "" if c["change"] is None else c["change"], "" if c["percent"] is None else c["percent"],
                     (vb or va or {}).get("unit", ""), va["url"] if va else "", vb["url"] if vb else ""])
    return rows
