"""A part's share of its total: "自然人申请占比多少", "what share of Hongze's requests came from individuals".

Table 三 counts requests by applicant (自然人, 商业企业 …) beside their 总计, and table 四
each row's outcomes beside its 总计. A question that asks a column's share gets that column and
the row's 总计, cited as usual, and the percentage of one in the other; one that asks a share of
table 三's results (予以公开的比例) gets （七）总计 beside them. A total of 0 gives none.
"""
import re

from indexer import registry as reg

_ASKED = re.compile(r"占比|比例|比重|百分比|百分之几|所占|占多少|占总|(?:公开|纠错|纠正|维持|办结|驳回|提供|处理)率|"
                    r"\bshare\b|\bpercentage\b|\bproportion\b|\bper ?cent\b|\bwhat fraction\b|\brate\b", re.I)
TOTAL = "total"
NO_SHARE = {"zh": "所问数字没有可对照的总计（或总计为 0），无法计算占比。",
            "en": "The figures asked have no total to set them against (or it is 0), so no share is worked out."}


def asked_share(text: str) -> tuple:
    spans = [m.span() for m in _ASKED.finditer(text)]
    return bool(spans), spans


# table 三's rows that are results of handling (予以公开 …), a share of （七）总计
_NOT_RESULTS = {"new_received", "carried_over", "results_total", "carried_forward"}
RESULTS_TOTAL = "results_total"


def with_totals(cells):
    """Cell requests that name columns of a table with a 总计 column get that column too; those
    that name table 三's results (予以公开 …) get （七）总计."""
    for cell in cells:
        has_total = any(c.key == TOTAL for c in reg.table(cell.table).all_columns())
        if cell.cols and TOTAL not in cell.cols and has_total and not cell.sum_cols:
            cell.cols = [*cell.cols, TOTAL]
        elif cell.table == "requests" and cell.rows and not set(cell.rows) & _NOT_RESULTS and not cell.sum_rows:
            cell.rows = [*cell.rows, RESULTS_TOTAL]
    return cells


def share_sentence(figures, lang) -> str:
    by_row, by_column = {}, {}
    for f in figures:
        by_row.setdefault((f["agency_key"], f["year"], f["table"], f["row"]), []).append(f)
        by_column.setdefault((f["agency_key"], f["year"], f["table"], f["column"]), []).append(f)
    zh = lang == "zh"

    def of_row(f, total, pct):  # a column against its row's 总计
        return (f"{f['agency']} {f['year']} 年{f['row_label']}：{f['column_label']} {f['display']}，"
                f"占总计 {total['display']}的 {pct:.1f}%" if zh else
                f"{f['agency_en']}, {f['year']}, {f['row_label']}: {f['column_label']} {f['display']} is "
                f"{pct:.1f}% of the total {total['display']}")

    def of_results(f, total, pct):  # a result of table 三 against （七）总计
        return (f"{f['agency']} {f['year']} 年{f['row_label']}·{f['column_label']} {f['display']}，"
                f"占{total['row_label']} {total['display']}的 {pct:.1f}%" if zh else
                f"{f['agency_en']}, {f['year']}: {f['row_label']}, {f['column_label']} {f['display']} is "
                f"{pct:.1f}% of {total['row_label']} {total['display']}")

    def together(parts, total, pct):  # several results asked together: 予以公开及部分公开的占比
        value = sum(f["value"] for f in parts)
        names = ("、" if zh else " and ").join(f["row_label"] for f in parts)
        return (f"{total['agency']} {total['year']} 年{names}合计 {value:g} {total['unit']}，"
                f"占{total['row_label']} {total['display']}的 {pct:.1f}%" if zh else
                f"{total['agency_en']}, {total['year']}: {names} together {value:g} is {pct:.1f}% of "
                f"{total['row_label']} {total['display']}")

    said = [*_shares(by_row, lambda f: f["column"] == TOTAL, of_row),
            *_shares(by_column, lambda f: f["row"] == RESULTS_TOTAL, of_results, together)]
    if not said:
        return ""
    return "；".join(said) + "。" if zh else "; ".join(said) + "."


def _shares(groups, is_total, say, say_together=None):
    """Each figure of a group said as a share of the group's total (none where it is 0 or blank);
    with `say_together`, the parts' sum too where several were asked."""
    for members in groups.values():
        total = next((f for f in members if is_total(f)), None)
        if total is None or not total["value"]:
            continue
        parts = [f for f in members if f is not total and f["value"] is not None]
        for f in parts:
            yield say(f, total, f["value"] / total["value"] * 100)
        if say_together and len(parts) > 1:
            yield say_together(parts, total, sum(f["value"] for f in parts) / total["value"] * 100)
