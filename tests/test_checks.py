"""The template's own arithmetic, checked per report and shown with the figures it concerns."""
import json

import pytest

from conftest import all_reports
from indexer.pipeline import parse_report


@pytest.mark.parametrize("path", all_reports(), ids=lambda p: p.name)
def test_table_three_checks_run_and_pass_on_real_reports(path):
    parsed = parse_report(path.name, path.read_bytes())
    checks = {c.key: c for c in parsed.checks}
    # 7 balance checks, one row-total check per row, 7 result-total checks, 3 table 四 totals
    rows = len({f.row for f in parsed.facts if f.table == "requests"})
    assert len(checks) == 7 + rows + 7 + 3
    assert all(c.passed for k, c in checks.items() if k.startswith("requests.")), \
        [c.detail_zh for c in checks.values() if not c.passed]


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
