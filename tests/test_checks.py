"""The template's own arithmetic, checked per report and shown with the figures it concerns."""
import json
from pathlib import Path

import pytest

from conftest import all_reports
from indexer.pipeline import parse_report
from server.evaluate import load_gold

# Checks that fail because the source's own figures disagree, each checked by hand.
DISAGREEMENTS = {d["file"]: set(d["failed"]) for d in load_gold([Path(__file__).parent / "gold" / "disagreements.jsonl"])}


@pytest.mark.parametrize("path", all_reports(), ids=lambda p: p.name)
def test_checks_run_and_fail_only_where_the_source_disagrees(path):
    parsed = parse_report(path.name, path.read_bytes())
    checks = {c.key: c for c in parsed.checks}
    failed = {k for k, c in checks.items() if not c.passed}
    assert failed == DISAGREEMENTS.get(path.name, set()), [checks[k].detail_zh for k in failed]
    if parsed.meta.template == "none":
        assert checks == {}  # a report from before the template has no tables to check
    elif not any(r.problems for r in parsed.tables.values()):
        # 7 balance checks, one row-total check per row, 7 result-total checks, 3 table 四 totals
        rows = len({f.row for f in parsed.facts if f.table == "requests"})
        assert len(checks) == 7 + rows + 7 + 3


def test_a_blank_cell_counts_as_zero_only_inside_a_check_and_the_check_says_so():
    path = next((p for p in all_reports() if p.name == "上海市科委_2024.md"), None)
    if path is None:
        pytest.skip("上海市科委 2024 not in ../shared/corpus")
    parsed = parse_report(path.name, path.read_bytes())
    blank = next(f for f in parsed.facts if (f.row, f.col) == ("carried_forward", "total"))
    assert (blank.value, blank.raw, blank.quality) == (None, "", "blank")
    balance = next(c for c in parsed.checks if c.key == "requests.balance.total")
    assert not balance.passed and "空白格按 0 计" in balance.detail_zh and "blank cells counted as 0" in balance.detail_en


def test_hongze_2023_table_four_totals_are_flagged_not_fixed(archive, ask):
    report = next(r for r in archive.reports.values() if r.file_name == "洪泽区人民政府_2023.pdf")
    rows = archive.db().execute("SELECT check_key, passed, cells, detail_zh FROM checks WHERE report_id = ?"
                                " AND table_key = 'appeals'", (report.id,)).fetchall()
    verdicts = {r["check_key"]: bool(r["passed"]) for r in rows}
    assert verdicts == {"appeals.total.review": False, "appeals.total.litigation_direct": True,
                        "appeals.total.litigation_after_review": False}
    review = next(r for r in rows if r["check_key"] == "appeals.total.review")
    assert "10+结果纠正1+其他结果0+尚未审结0=11，报告所列为0" in review["detail_zh"]
    assert ["review", "total"] in json.loads(review["cells"])

    result = ask("洪泽区2023年行政复议总计")
    [figure] = result["figures"]
    assert figure["value"] == 0  # the printed figure, not the sum
    assert figure["checks"] and "不相符" in figure["checks"][0]["detail"]
    assert "不一致" in result["answer"]
    english = ask("Hongze 2023 administrative reviews total")
    assert "the source's own totals disagree" in english["answer"]
    # A cell no failed check involves carries no warning.
    [licensing] = ask("洪泽区2023年行政许可处理决定数量")["figures"]
    assert licensing["checks"] == []


def test_hongze_2024_checks_all_pass(archive):
    report = next((r for r in archive.reports.values() if r.file_name == "洪泽区人民政府_2024.pdf"), None)
    if report is None:
        pytest.skip("洪泽区 2024 report not in ../shared/corpus")
    failed = archive.db().execute("SELECT COUNT(*) FROM checks WHERE report_id = ? AND passed = 0",
                                  (report.id,)).fetchone()[0]
    assert failed == 0
