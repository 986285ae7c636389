"""The arithmetic the template itself defines, checked per report.

A failed check is recorded and shown with the figures it involves; the source's figures
are never changed to make a check pass.
"""
from dataclasses import dataclass

from . import registry as reg
from .text import format_number

_RESULT_ROWS = [k for k in reg.REQUEST_LAYOUTS[25] + ["other_handling"]
                if k not in ("new_received", "carried_over", "results_total", "carried_forward")]


@dataclass
class Check:
    key: str
    table: str
    passed: bool
    cells: list  # [(row, col), ...]
    detail_zh: str
    detail_en: str


def _sum_check(key, table, cells, values, total_cell, label_zh, label_en, parts_zh=None, parts_en=None):
    """total_cell == sum(cells). Without part names (long sums) the detail gives only the sum."""
    parts = [values[c] for c in cells]
    total = values[total_cell]
    passed = abs(sum(parts) - total) < 1e-6
    expr_zh = "+".join(f"{n}{format_number(v)}" for n, v in zip(parts_zh, parts)) if parts_zh else "各项之和"
    expr_en = " + ".join(f"{n} {format_number(v)}" for n, v in zip(parts_en, parts)) if parts_en else "sum of parts"
    verdict_zh = "相符" if passed else "不相符"
    zh = f"{label_zh}：{expr_zh}={format_number(sum(parts))}，报告所列为{format_number(total)}，{verdict_zh}"
    en = (f"{label_en}: {expr_en} = {format_number(sum(parts))}; the report gives {format_number(total)}"
          f" — {'consistent' if passed else 'inconsistent'}")
    return Check(key, table, passed, [*cells, total_cell], zh, en)


BLANK_NOTE_ZH = "（空白格按 0 计）"
BLANK_NOTE_EN = " (blank cells counted as 0)"


def run_checks(facts) -> list:
    values = {(f.table, f.row, f.col): f.value for f in facts if f.value is not None}
    # A blank cell prints no number; only inside a check is it counted as 0, and the check says so.
    blanks = {(f.table, f.row, f.col) for f in facts if getattr(f, "quality", "") == "blank"}
    values.update({cell: 0.0 for cell in blanks})
    checks = _checks(values)
    for check in checks:
        if any((check.table, r, c) in blanks for r, c in check.cells):
            check.detail_zh += BLANK_NOTE_ZH
            check.detail_en += BLANK_NOTE_EN
    return checks


def _checks(values) -> list:
    checks = []

    def have(table, cells):
        return all((table, r, c) in values for r, c in cells)

    req = {(r, c): v for (t, r, c), v in values.items() if t == "requests"}
    cols = [c.key for c in reg.APPLICANT_COLUMNS]
    zh_col = {c.key: c.zh for c in reg.APPLICANT_COLUMNS}
    en_col = {c.key: c.en for c in reg.APPLICANT_COLUMNS}
    rows_present = {r for (r, c) in req}
    # 一 + 二 = （七）总计 + 四, for every column: written as 一 + 二 - 四 = （七）.
    for col in cols:
        cells = [("new_received", col), ("carried_over", col), ("results_total", col), ("carried_forward", col)]
        if have("requests", cells):
            left = req[cells[0]] + req[cells[1]]
            right = req[cells[2]] + req[cells[3]]
            passed = abs(left - right) < 1e-6
            checks.append(Check(
                f"requests.balance.{col}", "requests", passed, cells,
                f"{zh_col[col]}：一+二={format_number(left)}，（七）总计+四={format_number(right)}，"
                f"{'相符' if passed else '不相符'}",
                f"{en_col[col]}: new + carried over = {format_number(left)}; handled + carried forward = "
                f"{format_number(right)} — {'consistent' if passed else 'inconsistent'}"))
    # Each row's 总计 is the sum of the applicant columns.
    for row in reg.REQUESTS.rows:
        cells = [(row.key, c) for c in cols[:-1]]
        if row.key in rows_present and have("requests", cells + [(row.key, "total")]):
            checks.append(_sum_check(f"requests.row_total.{row.key}", "requests", cells, req, (row.key, "total"),
                                     f"{row.zh} 总计", f"{row.en}, total",
                                     [zh_col[c] for c in cols[:-1]], [en_col[c] for c in cols[:-1]]))
    # （七）总计 is the sum of the result rows （一）…（六）.
    result_rows = [r for r in _RESULT_ROWS if r in rows_present]
    for col in cols:
        cells = [(r, col) for r in result_rows]
        if cells and have("requests", cells + [("results_total", col)]):
            checks.append(_sum_check(f"requests.results_total.{col}", "requests", cells, req, ("results_total", col),
                                     f"（七）总计 {zh_col[col]}（（一）至（六）之和）",
                                     f"total handled, {en_col[col]} (sum of results (1)-(6))"))
    # Table 四: each 总计 is the sum of its four outcomes.
    app = {(r, c): v for (t, r, c), v in values.items() if t == "appeals"}
    parts = [c for c in reg.OUTCOME_COLUMNS if c.key != "total"]
    for row in reg.APPEALS.rows:
        cells = [(row.key, c.key) for c in parts]
        if have("appeals", cells + [(row.key, "total")]):
            checks.append(_sum_check(f"appeals.total.{row.key}", "appeals", cells, app, (row.key, "total"),
                                     f"{row.zh} 总计", f"{row.en}, total",
                                     [c.zh for c in parts], [c.en for c in parts]))
    return checks
