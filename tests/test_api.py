"""The HTTP API, asked through a real server (`nianbao serve`, waitress) over loopback."""
import re

import pytest
import requests


def ask(server, question, **extra):
    response = requests.post(server + "/api/ask", json={"question": question, **extra}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("question", ["2020年政府集中采购项目有多少个", "how many procurement items in 2020"])
def test_procurement_question_in_both_languages(server, question):
    result = ask(server, question)
    assert result["kind"] == "figure"
    # every 2020 report with the table answers, each once; 平掌乡's is the seed's 26
    assert {(f["year"], f["table"], f["column"]) for f in result["figures"]} == {(2020, "art20_9", "procurement_items")}
    assert len({f["agency_key"] for f in result["figures"]}) == len(result["figures"])
    [figure] = [f for f in result["figures"] if f["agency_key"] == "平掌乡"]
    assert figure["value"] == 26 and figure["unit"] == "项"
    assert (figure["agency"], figure["year"], figure["table"]) == ("平掌乡", 2020, "art20_9")
    assert figure["table_label"].startswith("第二十条第（九）项" if result["lang"] == "zh" else "Art. 20(9)")
    source = figure["source"]
    assert (source["file_name"], source["page"]) == ("pingzhang_2020.txt", 3)
    assert "26" in result["answer"] and "3" in result["answer"]
    page = requests.get(server + source["url"], timeout=30)
    assert page.status_code == 200
    assert re.search(r"<mark>政府集中采购 26 302885</mark>", page.text)


@pytest.mark.parametrize("question, value, unit, page", [
    ("洪泽区2023年行政许可本年处理决定数量", 550, "件", 2),
    ("洪泽区 2023 年行政处罚决定数量", 4119, "件", 3),
    ("2023年洪泽区行政事业性收费金额", 7730.28, "万元", 3),
    ("Hongze 2023 administrative penalties", 4119, "件", 3),
])
def test_hongze_2023_figures(server, question, value, unit, page):
    [figure] = ask(server, question)["figures"]
    assert (figure["value"], figure["unit"], figure["year"], figure["source"]["page"]) == (value, unit, 2023, page)
    assert figure["source"]["file_name"] == "洪泽区人民政府_2023.pdf"


def test_table_three_cell_by_applicant_type(server):
    [figure] = ask(server, "洪泽区2023年本年新收自然人申请数量")["figures"]
    assert (figure["value"], figure["table"], figure["row"], figure["column"]) == (21, "requests", "new_received",
                                                                                  "natural_person")


def test_several_reports_match_each_is_answered(server):
    result = ask(server, "行政许可处理决定数量")
    got = {(f["agency_key"], f["year"]): f["value"] for f in result["figures"]}
    assert {("平掌乡", 2020): 0, ("洪泽区", 2023): 550, ("洪泽区", 2024): 9487}.items() <= got.items()
    assert all(f["source"]["url"].startswith("/source/") for f in result["figures"])


def test_prose_question_returns_cited_passages(server):
    result = ask(server, "平掌乡存在的主要问题")
    assert result["kind"] == "passage" and result["figures"] == []
    top = result["passages"][0]
    assert top["agency"] == "平掌乡" and "存在的主要问题" in top["section"]
    assert "错别字" in " ".join(p["text"] for p in result["passages"])
    assert requests.get(server + top["url"], timeout=30).status_code == 200


@pytest.mark.parametrize("question", ["2022年政府集中采购项目有多少个", "2020年GDP是多少", "平掌乡2023年行政处罚",
                                      "what is the weather tomorrow"])
def test_unanswerable_questions_say_so_without_numbers(server, question):
    result = ask(server, question)
    assert result["kind"] == "none"
    assert result["figures"] == [] and result["passages"] == []
    assert "档案" in result["answer"] or "archive" in result["answer"]


def test_reports_listing(server):
    reports = requests.get(server + "/api/reports", timeout=30).json()["reports"]
    by_file = {r["file_name"]: r for r in reports}
    assert by_file["pingzhang_2020.txt"]["template"] == "2019" and by_file["pingzhang_2020.txt"]["pages"] == 5
    if "洪泽区人民政府_2023.pdf" in by_file:
        r = by_file["洪泽区人民政府_2023.pdf"]
        assert (r["year"], r["template"], r["pages"]) == (2023, "2021", 5)
        assert r["failed_checks"] == 2  # the source's table 四 totals do not add up


def test_reports_listing_pages_and_filters(server):
    """A province's archive is listed a page at a time; the filters narrow it, `total` counts it."""
    everything = requests.get(server + "/api/reports", timeout=30).json()
    assert everything["total"] == len(everything["reports"]) > 3
    first = requests.get(server + "/api/reports?limit=2", timeout=30).json()
    rest = requests.get(server + "/api/reports?limit=1000&offset=2", timeout=30).json()
    assert first["total"] == everything["total"] and len(first["reports"]) == 2
    assert [r["id"] for r in first["reports"] + rest["reports"]] == [r["id"] for r in everything["reports"]]
    # the checks listed with a page are those of its reports
    assert [r["checks"] for r in first["reports"]] == [r["checks"] for r in everything["reports"][:2]]
    hongze = next(a for a in everything["agencies"] if "洪泽" in a["name"])
    only = requests.get(server + f"/api/reports?agency={hongze['key']}&year=2023", timeout=30).json()
    assert only["total"] >= 1 and {(r["agency_key"], r["year"]) for r in only["reports"]} == {(hongze["key"], 2023)}
    words = requests.get(server + "/api/reports?q=pingzhang", timeout=30).json()
    assert words["total"] >= 1 and all("pingzhang" in (r["file_name"] + r["agency_en"]).lower()
                                       for r in words["reports"])
    assert requests.get(server + "/api/reports?limit=x", timeout=30).status_code == 400


def test_pdf_source_page_is_an_image(server):
    reports = requests.get(server + "/api/reports", timeout=30).json()["reports"]
    pdf = next(r for r in reports if r["format"] == "pdf")
    page = requests.get(server + pdf["url"], timeout=30)
    assert page.status_code == 200 and f'src="/source/{pdf["id"]}/1.png' in page.text
    image = requests.get(server + f"/source/{pdf['id']}/1.png", timeout=30)
    assert image.headers["Content-Type"] == "image/png" and image.content[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("path", ["/source/0000000000000000/1", "/source/../../etc/passwd", "/source/x/0"])
def test_unknown_sources_are_404(server, path):
    assert requests.get(server + path, timeout=30).status_code == 404


def test_bad_requests_get_clear_errors(server):
    r = requests.post(server + "/api/ask", data="not json", timeout=30)
    assert r.status_code == 400 and "question" in r.json()["error"]
    r = requests.post(server + "/api/ask", json={"question": "  "}, timeout=30)
    assert r.status_code == 400


def test_figure_stated_in_the_prose_is_quoted_with_its_line(server):
    result = ask(server, "2020年平掌乡公布各类信息多少条")
    [figure] = result["figures"]
    assert (figure["value"], figure["unit"], figure["table"], figure["source"]["page"]) == (230, "条", "narrative", 1)
    assert "报告正文写明" in result["answer"]
    page = requests.get(server + figure["source"]["url"], timeout=30)
    assert "<mark>2020 年，我乡在政府信息公开网上公布各类信息共 230条，</mark>" in page.text
    # a template cell is preferred to a statement about the same thing
    [table_cell] = ask(server, "2024年洪泽区受理政府信息公开申请多少件")["figures"]
    assert (table_cell["table"], table_cell["value"]) == ("requests", 95)


def test_the_status_says_when_the_model_and_dictionaries_have_loaded(server):
    import time

    # the server answers figures from its start and loads the embedding model and the English
    # dictionaries meanwhile; the status says when they are in
    deadline = time.time() + 300
    while not requests.get(server + "/api/status", timeout=30).json()["ready"]:
        assert time.time() < deadline, "the model and dictionaries did not load in 300 s"
        time.sleep(0.5)
    result = requests.post(server + "/api/ask", json={"question": "Which agency opened a Zhangjiang column?"},
                           timeout=60).json()
    assert result["passages"] and all("张江" in p["text"] for p in result["passages"])
