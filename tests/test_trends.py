"""Comparisons across years and agencies, sums, follow-ups, filters, CSV export."""
import csv
import io

import requests

from server.chart import bar_chart


def values(result):
    return {(f["agency_key"], f["year"]): f["value"] for f in result["figures"]}


def test_change_over_a_year_range_gives_a_cited_table_and_chart(ask):
    everyone = ask("行政许可处理决定数量 2021 到 2024 的变化")
    assert {("洪泽区", 2023): 550, ("洪泽区", 2024): 9487}.items() <= values(everyone).items()
    assert {y for _, y in values(everyone)} <= {2021, 2022, 2023, 2024}
    result = ask("洪泽区行政许可处理决定数量 2021 到 2024 的变化")
    assert values(result) == {("洪泽区", 2023): 550, ("洪泽区", 2024): 9487}
    assert "2021、2022" in result["answer"]  # years the archive lacks are named, not filled in
    rows = result["table"]["rows"]
    assert [r["year"] for r in rows] == [2023, 2024]
    assert [r["cells"][0]["value"] for r in rows] == [550, 9487]
    assert all(r["cells"][0]["url"].startswith("/source/") for r in rows)
    svg = result["chart"]
    assert svg.startswith("<svg") and ">9487<" in svg and ">2023<" in svg and ">2024<" in svg


def test_how_a_figure_changed_is_a_trend_not_prose(ask):
    """怎么变化 asks how a figure went over the years: the figures and a chart, not passages;
    怎么 before something else still asks for prose."""
    result = ask("洪泽区收到的申请数怎么变化")
    assert values(result) == {("洪泽区", 2023): 21, ("洪泽区", 2024): 95}
    assert result["chart"] is not None and not result["passages"]
    assert ask("洪泽区如何减少行政复议")["kind"] == "passage"


def test_compare_across_years_in_english(ask):
    result = ask("compare 行政复议总数 of 洪泽区 across years")
    assert result["lang"] == "en"
    assert values(result) == {("洪泽区", 2023): 0, ("洪泽区", 2024): 2}
    assert result["table"]["columns"][0]["label"] == "Hongze District · administrative reviews · total"
    assert result["chart"] is not None


def test_history_of_one_agency(ask):
    result = ask("平掌乡历年政府集中采购项目数量")
    assert values(result) == {("平掌乡", 2020): 26}


def test_sum_across_agencies_lists_its_parts(ask):
    result = ask("2023年所有单位收到的申请总数")
    [total] = result["sums"]
    figures = values(result)
    assert figures[("洪泽区", 2023)] == 21 and {y for _, y in figures} == {2023}
    # the sum adds every agency's figure once, and lists each one it adds
    assert (total["value"], total["unit"], total["count"]) == (sum(figures.values()), "件", len(figures))
    assert all(p["url"].startswith("/source/") for p in total["parts"])
    everyone = ask("所有单位行政许可处理决定数量合计")
    by_year = {}
    for (agency, year), value in values(everyone).items():
        by_year[year] = by_year.get(year, 0) + value
    assert sorted(s["value"] for s in everyone["sums"]) == sorted(by_year.values())  # one sum per year


def test_sum_across_years(ask):
    result = ask("洪泽区行政处罚决定数量累计")
    [total] = result["sums"]
    assert total["value"] == 4119 + 2776 and total["count"] == 2
    assert "6895" in result["answer"]


def test_follow_ups_keep_a_sum_and_a_ranking_asked_before(ask):
    """"一共" then "那2023年呢": added up again; "哪一年…最多" then "行政处罚多少件呢": the years
    of the new row ranked."""
    history = [{"question": "洪泽区2024年行政复议和行政诉讼一共多少件"}]
    later = ask("那2023年呢", history=history)
    assert {f["year"] for f in later["figures"]} == {2023} and len(later["sums"]) == 1
    assert later["sums"][0]["value"] == sum(f["value"] for f in later["figures"])
    # 2019-edition columns in 项 beside decisions in 件 are not ranked against each other
    mixed = ask("行政处罚呢", history=[{"question": "平潭综合实验区哪一年收到的申请最多"}])
    assert "无从排名" in mixed["answer"] and "最多的是" not in mixed["answer"]
    ranked = ask("行政处罚多少件呢", history=[{"question": "平潭综合实验区哪一年收到的申请最多"}])
    values_by_year = [f["value"] for f in ranked["figures"]]
    assert values_by_year == sorted(values_by_year, reverse=True) and "最多的是" in ranked["answer"]


def test_follow_ups_reuse_year_agency_and_row(ask):
    first = "平掌乡2020年政府集中采购项目有多少个"
    amount = ask("总金额呢", history=[{"question": first}])
    assert [(f["column"], f["value"]) for f in amount["figures"]] == [("procurement_amount", 302885)]
    assert set(amount["context"]["inherited"]) == {"cells", "years", "agencies"}

    history = [{"question": "洪泽区2023年行政处罚"}]
    later = ask("and in 2024?", history=history)
    assert later["lang"] == "en" and values(later) == {("洪泽区", 2024): 2776}
    other_row = ask("行政许可呢", history=history)
    assert values(other_row) == {("洪泽区", 2023): 550}
    other_agency = ask("那平掌乡呢", history=[{"question": "2020年行政许可处理决定数量"}])
    assert values(other_agency) == {("平掌乡", 2020): 0}

    passage = ask("那洪泽区呢", history=[{"question": "平掌乡存在的主要问题"}])
    assert passage["kind"] == "passage"
    assert {p["agency"] for p in passage["passages"]} == {"淮安市洪泽区人民政府"}


def test_a_new_question_does_not_inherit(ask):
    result = ask("平掌乡存在的主要问题", history=[{"question": "2023年洪泽区行政处罚"}])
    assert result["kind"] == "passage" and result["context"]["inherited"] == []


def test_malformed_history_is_ignored(ask):
    result = ask("平掌乡2020年政府集中采购项目有多少个", history=[None, 3, {"q": 1}, {"question": ["x"]}, "洪泽区"])
    assert values(result) == {("平掌乡", 2020): 26}


def test_filters_narrow_every_answer(ask):
    assert values(ask("行政许可处理决定数量", filters={"agency": "洪泽区"})) == {("洪泽区", 2023): 550,
                                                                                  ("洪泽区", 2024): 9487}
    assert values(ask("行政许可处理决定数量", filters={"agency": "洪泽区", "year": "2024"})) == {("洪泽区", 2024): 9487}
    clash = ask("平掌乡行政许可处理决定数量", filters={"agency": "洪泽区"})
    assert clash["kind"] == "none" and clash["figures"] == []
    passages = ask("存在的主要问题", filters={"agency": "平掌乡"})
    assert {p["agency"] for p in passages["passages"]} == {"平掌乡"}


def test_csv_export(server):
    response = requests.post(server + "/api/export.csv", json={"question": "行政许可处理决定数量"}, timeout=60)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {("平掌乡", "2020", "0"), ("淮安市洪泽区人民政府", "2023", "550"),
            ("淮安市洪泽区人民政府", "2024", "9487")} <= {(r["agency"], r["year"], r["value"]) for r in rows}
    # links are relative: the server never builds them from the Host header a client sends
    assert all(r["source"].startswith("/source/") and r["page"] for r in rows)


def test_source_json_for_the_viewer(server):
    figure = requests.post(server + "/api/ask", json={"question": "平掌乡2020年政府集中采购项目有多少个"},
                           timeout=60).json()["figures"][0]
    page = requests.get(server + "/api" + figure["source"]["url"], timeout=30).json()
    assert page["image"] is None and page["page"] == 3
    assert [page["lines"][n - 1] for n in page["marked"]] == ["政府集中采购 26 302885"]
    assert page["mark"] == {"row": "政府集中采购", "column": "采购项目数量", "raw": "26", "unit": "项", "quality": ""}

    figure = requests.post(server + "/api/ask", json={"question": "洪泽区2023年行政处罚"}, timeout=60).json()["figures"][0]
    page = requests.get(server + "/api" + figure["source"]["url"], timeout=30).json()
    assert page["image"].endswith(f".png?fact={figure['source']['fact']}")


def test_reports_list_check_results(server):
    data = requests.get(server + "/api/reports", timeout=30).json()
    by_file = {r["file_name"]: r for r in data["reports"]}
    hz = by_file["洪泽区人民政府_2023.pdf"]
    assert hz["checks"]["passed"] == 38 and len(hz["checks"]["failed"]) == 2
    assert {"平掌乡", "洪泽区"} <= {a["key"] for a in data["agencies"]}
    assert {2020, 2023, 2024} <= set(data["years"])


def test_chart_labels_are_escaped():
    svg = bar_chart([{"label": "<script>x</script>", "legend": "A & <b>", "points": [
        {"year": 2020, "value": 1}, {"year": 2021, "value": 3}]}], title='"><script>')
    assert "<script" not in svg and "&lt;script&gt;" in svg and "A &amp; &lt;b&gt;" in svg
