"""How a figure changed between years: both figures, the difference and the percentage.

Expectations come from the archive's own plain answers for each year, so other reports in
../shared/corpus change the numbers, not the test."""
import pytest


def _value(ask, question):
    figures = [f for f in ask(question)["figures"] if f["value"] is not None]
    if len(figures) != 1:
        pytest.skip(f"no single figure for {question!r} in the archive")
    return figures[0]["value"]


@pytest.mark.parametrize("question, before, after", [
    ("洪泽区2024年比2023年多收了多少申请", "洪泽区2023年收到多少申请", "洪泽区2024年收到多少申请"),
    ("洪泽区2024年申请数同比增长多少", "洪泽区2023年收到多少申请", "洪泽区2024年收到多少申请"),
    ("洪泽区2024年行政处罚数量比上年减少了多少", "洪泽区2023年行政处罚数量", "洪泽区2024年行政处罚数量"),
    ("How many more requests did Hongze receive in 2024 than in 2023?", "洪泽区2023年收到多少申请",
     "洪泽区2024年收到多少申请"),
])
def test_a_change_between_years_is_computed_from_the_two_cited_figures(ask, question, before, after):
    a, b = _value(ask, before), _value(ask, after)
    result = ask(question)
    assert result["kind"] == "figure"
    assert sorted(f["year"] for f in result["figures"]) == [2023, 2024]  # 同比 / 比上年 bring the year before
    diff = b - a
    text = result["answer"]
    if result["lang"] == "zh":
        assert ("持平" if diff == 0 else f"{'增加' if diff > 0 else '减少'} {abs(diff):g}") in text
    else:
        assert ("unchanged" if diff == 0 else f"{'up' if diff > 0 else 'down'} {abs(diff):g}") in text
    if a:
        assert f"{diff / a * 100:+.1f}%" in text


def test_the_words_of_a_change_are_understood_and_a_plain_question_gets_no_arithmetic(ask, archive):
    from server.question import parse

    q = parse("平潭综合实验区2021年申请数同比增长多少", archive)
    assert q.not_understood == [] and q.change and q.year_before
    assert "→" not in ask("洪泽区2024年收到多少申请")["answer"]


@pytest.mark.parametrize("question", ["洪泽区2024年自然人申请占比多少",
                                      "What share of Hongze's 2024 requests came from individuals?"])
def test_a_columns_share_of_its_total_is_computed_from_both_cited_figures(ask, question):
    part = _value(ask, "洪泽区2024年自然人申请多少件")
    total = _value(ask, "洪泽区2024年收到多少申请")
    result = ask(question)
    assert {f["column"] for f in result["figures"]} == {"natural_person", "total"}
    if total:
        assert f"{part / total * 100:.1f}%" in result["answer"]


def test_a_results_share_of_all_handled_and_a_rate_of_corrected_reviews(ask):
    disclosed = _value(ask, "洪泽区2024年予以公开多少件")
    handled = _value(ask, "洪泽区2024年办理结果总计多少件")
    for question in ("What was the proportion of requests Hongze fully disclosed in 2024?", "2024年洪泽区申请的予以公开率是多少"):
        result = ask(question)
        assert {f["row"] for f in result["figures"]} == {"disclosed", "results_total"}, question
        if handled:
            assert f"{disclosed / handled * 100:.1f}%" in result["answer"]
    corrected = _value(ask, "洪泽区2024年行政复议结果纠正多少件")
    reviews = _value(ask, "洪泽区2024年行政复议总计多少件")
    rate = ask("洪泽区2024年行政复议纠错率")
    assert {f["column"] for f in rate["figures"]} == {"corrected", "total"}
    if reviews:
        assert f"{corrected / reviews * 100:.1f}%" in rate["answer"]


@pytest.mark.parametrize("question", ["洪泽区2024年予以公开及部分公开的占比是多少",
                                      "What share of Hongze's 2024 requests were disclosed in full and partially disclosed?"])
def test_results_asked_together_get_their_joint_share_as_well(ask, question):
    """予以公开及部分公开的占比: each result's share of （七）总计, and the two together."""
    disclosed = _value(ask, "洪泽区2024年予以公开多少件")
    partly = _value(ask, "洪泽区2024年部分公开多少件")
    handled = _value(ask, "洪泽区2024年办理结果总计多少件")
    result = ask(question)
    assert {f["row"] for f in result["figures"]} == {"disclosed", "partially_disclosed", "results_total"}
    if handled:
        for part in (disclosed, partly, disclosed + partly):
            assert f"{part / handled * 100:.1f}%" in result["answer"], result["answer"]


def test_which_of_two_figures_is_larger_and_requests_still_in_progress(ask):
    a, b = _value(ask, "洪泽区2024年行政许可数量"), _value(ask, "洪泽区2024年行政处罚数量")
    result = ask("洪泽区2024年行政许可和行政处罚哪个多")
    first = result["figures"][0]
    assert first["value"] == max(a, b) and "最多的是" in result["answer"]
    still = ask("洪泽区2024年有多少申请还在办理中")
    assert [f["row"] for f in still["figures"]] == ["carried_forward"]


def test_what_cannot_be_worked_out_is_said_not_left_out(ask, archive):
    """A change, share or ranking asked where the figures do not allow it: the figures, and why not."""
    from server.change import NO_CHANGE
    from server.ranking import NOT_RANKED
    from server.share import NO_SHARE

    first = min(r.year for r in archive.select_reports(["平潭综合实验区"]))
    change = ask(f"平潭综合实验区{first}年申请数同比增长多少")
    assert change["figures"] and change["answer"].startswith(NO_CHANGE["zh"])
    one = ask("洪泽区2024年收到的申请最多有多少")
    assert len(one["figures"]) == 1 and one["answer"].startswith(NOT_RANKED["zh"])
    zero = ask("平掌乡2020年行政复议结果维持占比")
    totals = [f for f in zero["figures"] if f["column"] == "total"]
    if totals and not totals[0]["value"]:
        assert zero["answer"].startswith(NO_SHARE["zh"])


def test_more_or_fewer_than_a_year_asks_for_the_change(ask):
    """比2023年多还是少 / 比2023年多吗: the two figures and the difference."""
    a, b = _value(ask, "洪泽区2023年行政处罚数量"), _value(ask, "洪泽区2024年行政处罚数量")
    for question in ("洪泽区2024年的行政处罚比2023年多还是少", "洪泽区2024年的行政处罚比2023年多吗"):
        result = ask(question)
        assert f"{a} 件 → 2024 年 {b} 件" in result["answer"], question
