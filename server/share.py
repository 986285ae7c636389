"""A part's share of its total: "自然人申请占比多少", "what share of Hongze's requests came from individuals".

Table 三 counts requests by applicant (自然人, 商业企业 …) beside their 总计, and table 四
each row's outcomes beside its 总计. A question that asks a column's share gets that column and
the row's 总计, cited as usual, and the percentage of one in the other; a total of 0 gives none.
"""
import re

from indexer import registry as reg

_ASKED = re.compile(r"占比|比例|比重|百分比|百分之几|所占|占多少|占总|\bshare\b|\bpercentage\b|\bproportion\b|"
                    r"\bper ?cent\b|\bwhat fraction\b", re.I)
TOTAL = "total"


def asked_share(text: str) -> tuple:
    spans = [m.span() for m in _ASKED.finditer(text)]
    return bool(spans), spans


def with_totals(cells):
    """Cell requests that name columns of a table with a 总计 column get that column too."""
    for cell in cells:
        has_total = any(c.key == TOTAL for c in reg.table(cell.table).all_columns())
        if cell.cols and TOTAL not in cell.cols and has_total and not cell.sum_cols:
            cell.cols = [*cell.cols, TOTAL]
    return cells


def share_sentence(figures, lang) -> str:
    groups = {}
    for f in figures:
        groups.setdefault((f["agency_key"], f["year"], f["table"], f["row"]), []).append(f)
    said = []
    for members in groups.values():
        total = next((f for f in members if f["column"] == TOTAL), None)
        if total is None or not total["value"]:
            continue
        for f in members:
            if f is total or f["value"] is None:
                continue
            pct = f["value"] / total["value"] * 100
            said.append(f"{f['agency']} {f['year']} 年{f['row_label']}：{f['column_label']} {f['display']}，"
                        f"占总计 {total['display']}的 {pct:.1f}%" if lang == "zh" else
                        f"{f['agency_en']}, {f['year']}, {f['row_label']}: {f['column_label']} {f['display']} is "
                        f"{pct:.1f}% of the total {total['display']}")
    if not said:
        return ""
    return "；".join(said) + "。" if lang == "zh" else "; ".join(said) + "."
