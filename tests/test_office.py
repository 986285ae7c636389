"""Compare, audit and roll up (issue 12): what a 政务公开 office does with a year's reports."""
import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def client(data_dir):
    from server.app import create_app

    return create_app(data_dir).test_client()


@pytest.fixture(scope="module")
def hongze(client):
    reports = client.get("/api/reports").json["reports"]
    by_year = {r["year"]: r for r in reports if r["agency_key"] == "洪泽区" and r["format"] == "pdf"}
    if not {2023, 2024} <= set(by_year):
        pytest.skip("洪泽区 2023 and 2024 not both in ../shared/corpus")
    return by_year[2023], by_year[2024]


def _fact(client, url):
    """The marked cell of a source link, as the source view shows it."""
    page = client.get("/api" + url).json
    return page["mark"]


def test_two_reports_side_by_side_every_cell_with_its_change_largest_first(client, hongze):
    old, new = hongze
    result = client.get(f"/api/compare?a={new['id']}&b={old['id']}").json  # either order: older first
    assert (result["a"]["year"], result["b"]["year"]) == (2023, 2024)
    cells = result["cells"]
    changes = [abs(c["change"]) for c in cells if c["change"]]
    assert changes == sorted(changes, reverse=True) and len(changes) == result["summary"]["changed"] > 10
    top = cells[0]
    assert (top["row"], top["column"], top["a"]["value"], top["b"]["value"]) == ("licensing", "decisions", 550, 9487)
    assert top["change"] == 8937 and top["percent"] == round(8937 / 550 * 100, 1)
    # every value links to its own cell, which shows that value
    for c in cells[:25]:
        for side in ("a", "b"):
            if c[side]:
                assert _fact(client, c[side]["url"])["raw"] == c[side]["raw"]
    # the template has 15 numbers in table 四 and 25 × 7 or 23 × 7 in table 三: all of them are there
    assert sum(1 for c in cells if c["table"] == "appeals") == 15
    assert len(cells) == result["summary"]["cells"] == result["summary"]["changed"] + result["summary"]["same"] \
        + result["summary"]["one_side"]


def test_the_prose_is_compared_by_section_with_the_changed_words_marked(client, hongze):
    old, new = hongze
    result = client.get(f"/api/compare?a={old['id']}&b={new['id']}").json
    sections = {s["section"]: s for s in result["prose"]}
    assert any("存在的主要问题" in s for s in sections)
    changed = [p for s in result["prose"] for p in s["passages"] if p["kind"] == "changed"]
    assert changed
    for item in changed:
        ops = {op for op, _ in item["diff"]}
        assert ops & {"added", "removed"} and "same" in ops
        # the diff rebuilds both texts exactly
        assert "".join(t for op, t in item["diff"] if op != "added") == item["a"]["text"]
        assert "".join(t for op, t in item["diff"] if op != "removed") == item["b"]["text"]
        assert item["a"]["url"].startswith(f"/source/{old['id']}/") and "?chunk=" in item["b"]["url"]


def test_comparison_exports_as_xlsx_and_csv(client, hongze):
    from openpyxl import load_workbook

    old, new = hongze
    result = client.get(f"/api/compare?a={old['id']}&b={new['id']}").json
    book = load_workbook(io.BytesIO(client.get(f"/api/compare.xlsx?a={old['id']}&b={new['id']}").data))
    sheet = book["数字对比"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == len(result["cells"]) + 1
    first = rows[1]
    assert (first[3], first[4], first[5]) == (550, 9487, 8937)
    assert "正文对比" in book.sheetnames
    text = client.get(f"/api/compare.csv?a={old['id']}&b={new['id']}").data.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[1][3:6] == ["550", "9487", "8937"] and lines[1][8].startswith("/source/")


def test_comparison_asked_in_the_chat(client, hongze):
    for question in ("洪泽区2024年和2023年相比有什么变化", "compare Hongze 2023 and 2024"):
        answer = client.post("/api/ask", json={"question": question}).json
        assert answer["kind"] == "compare", answer["answer"]
        assert answer["links"][0]["url"].startswith("/compare?a=")
        top = answer["compare"]["top"][0]
        assert (top["a"]["raw"], top["b"]["raw"]) == ("550", "9487")
        assert "550" in answer["answer"] and "9487" in answer["answer"]
    # a trend question stays a trend: it names a figure
    trend = client.post("/api/ask", json={"question": "洪泽区行政复议总数近两年的变化"}).json
    assert trend["kind"] == "figure"
    missing = client.post("/api/ask", json={"question": "洪泽区2022年和2023年相比有什么变化"}).json
    assert missing["kind"] == "none" and "2022" in missing["answer"]
    # a comparison of nothing in particular shows no passage; of a topic, each report's on it
    assert client.post("/api/ask", json={"question": "洪泽区2024年和2023年相比有什么变化"}).json["passages"] == []
    for question in ("洪泽区2023年和2024年存在的问题有什么不同", "Compare Hongze's problems in 2023 and 2024"):
        answer = client.post("/api/ask", json={"question": question}).json
        assert answer["kind"] == "compare", answer["answer"]
        shown = [(p["year"], p["section"]) for p in answer["passages"]]
        assert {y for y, _ in shown} == {2023, 2024}
        for year in (2023, 2024):  # each report's section on its problems is among its passages
            assert any(s.startswith("五、") for y, s in shown if y == year), shown


def test_the_archive_matrix_shows_what_is_held_missing_and_failing(client, hongze):
    old, new = hongze
    matrix = client.get("/api/matrix").json
    row = next(a for a in matrix["agencies"] if a["key"] == "洪泽区")
    cell_2023 = row["cells"]["2023"]  # (JSON object keys are strings)
    assert cell_2023["report"] == old["id"] and row["cells"]["2024"]["report"] == new["id"]
    assert cell_2023["failed"] == old["failed_checks"] > 0  # its table 四 totals do not add up
    checks = client.get(f"/api/checks/{old['id']}").json
    review = next(c for c in checks["failed"] if c["key"] == "appeals.total.review")
    assert {c["column_label"] for c in review["cells"]} >= {"结果维持", "总计"}
    # one link marks every cell of the check on its page
    [marked] = review["marked"]
    page = client.get("/api" + marked).json
    assert len(page["marked_cells"]) == len(review["cells"]) or page["image"]
    # a year between an agency's first and last report, missing
    pingtan = next(a for a in matrix["agencies"] if a["key"] == "平潭综合实验区")
    held = {int(y) for y, c in pingtan["cells"].items() if c and c.get("report")}
    assert held >= {2019, 2020, 2021}


def test_the_archive_matrix_is_paged_by_agency(client, archive):
    """A province's archive names 15,000 agencies: the matrix shows a page of them, with the
    same cells as the whole, and a name narrows it."""
    from server.matrix import archive_matrix

    whole = archive_matrix(archive)
    assert whole["total"] == len(whole["agencies"]) == len(archive.agencies) >= 4
    pages = [archive_matrix(archive, offset=o, limit=2) for o in range(0, whole["total"], 2)]
    assert all(p["total"] == whole["total"] and len(p["agencies"]) <= 2 for p in pages)
    assert [row for p in pages for row in p["agencies"]] == whole["agencies"]
    narrowed = client.get("/api/matrix?match=洪泽").json
    assert narrowed["total"] >= 1 and all("洪泽" in a["name"] for a in narrowed["agencies"])
    page = client.get("/archive?match=洪泽&cell=requests.new_received.total").data.decode()
    assert 'id="matrix-pager"' in page and 'data-agency="洪泽区"' in page and 'data-agency="平掌乡"' not in page


def test_a_cell_as_heatmap_and_the_page(client, hongze):
    heat = client.get("/api/heatmap?cell=requests.new_received.total").json
    values = {(v["agency"], v["year"]): v for v in heat["values"]}
    assert values[("洪泽区", 2023)]["value"] is not None and 0 <= values[("洪泽区", 2023)]["level"] <= 5
    for v in heat["values"]:
        assert _fact(client, v["url"])["raw"] == v["raw"]
    assert client.get("/api/heatmap?cell=nonsense").status_code == 400
    page = client.get("/archive?cell=requests.new_received.total&agency=洪泽区").data.decode()
    assert 'class="chart"' in page and "heat-" in page


def test_cross_year_checks_name_both_cells(client, hongze):
    old, new = hongze
    checks = client.get(f"/api/checks/{new['id']}").json
    assert checks["previous"] == old["id"]
    carry = [c for c in checks["cross_year"] if c["key"].startswith("carry.")]
    assert len(carry) == 7
    for check in carry:
        this, last = check["cells"]
        assert (this["year"], last["year"]) == (2024, 2023)
        assert check["passed"] == (this["value"] == last["value"])
        assert _fact(client, this["url"])["row"].startswith("二、上年结转")
        assert "结转下年度" in _fact(client, last["url"])["row"]


def test_cross_year_checks_flag_a_break(tmp_path):
    """Two years of one agency (generated): 2023 carries over requests 2022 did not carry
    forward, and its 规章 in force do not follow from 2022's; its 规范性文件 do."""
    from indexer.pipeline import index_paths
    from server.archive import ArchiveHolder
    from server.compare import primary_reports
    from server.crossyear import cross_year_checks
    from variants import generate

    written = {y: p for p, _, y in generate(tmp_path / "in", 7)}
    text = written[2023].read_text(encoding="utf-8")
    for old, new in (("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0", "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2"),
                     ("规章 0 0 0", "规章 1 0 3"), ("行政规范性文件 0 0 0", "行政规范性文件 2 1 1")):
        assert old in text
        text = text.replace(old, new)
    written[2023].write_text(text, encoding="utf-8")
    index_paths([written[2022], written[2023]], tmp_path / "data", progress=False, in_process=True)
    archive = ArchiveHolder(tmp_path / "data").get()
    primary = primary_reports(archive.reports.values())
    [agency] = {a for a, y in primary if y == 2023}
    this, last = primary[(agency, 2023)], primary[(agency, 2022)]
    checks = {c["key"]: c for c in cross_year_checks(archive, this, last)}
    verdicts = {k: c["passed"] for k, c in checks.items()}
    assert verdicts["carry.natural_person"] is False and verdicts["carry.total"] is False
    assert verdicts["carry.commercial"] is True
    assert verdicts["in_force.regulations"] is False and verdicts["in_force.normative_documents"] is True
    failed = checks["in_force.regulations"]
    assert "0 + 2023 年制发 1 − 废止 0 = 1" in failed["detail"] and "现行有效 3" in failed["detail"]
    assert [c["report"] for c in failed["cells"]] == [this.id, last.id, this.id, this.id]
    # the archive matrix counts it on the later report
    from server.matrix import archive_matrix

    row = next(a for a in archive_matrix(archive)["agencies"] if a["key"] == agency)
    assert row["cells"][2023]["cross_failed"] == 3 and row["cells"][2022]["cross_failed"] == 0


def _xlsx_totals(book):
    """{(table heading, row label, column label): value} from the template-layout sheets."""
    out = {}
    for name in book.sheetnames[:3]:
        header = None
        for row in book[name].iter_rows(values_only=True):
            if not any(v is not None for v in row):
                header = None
                continue
            if header is None:
                header = row
                continue
            for label, value in zip(header[1:], row[1:]):
                if label is not None:
                    out[(header[0], row[0], label)] = value
    return out


def test_rollup_xlsx_cells_equal_the_sums_of_the_reports_cells(client, archive):
    from openpyxl import load_workbook

    from indexer import registry as reg
    from server.compare import primary_reports

    result = client.get("/api/rollup?year=2024").json
    book = load_workbook(io.BytesIO(client.get("/api/rollup.xlsx?year=2024").data))
    assert book.sheetnames[:3] == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、行政复议、行政诉讼情况"]
    totals = _xlsx_totals(book)
    # the sums, computed here from each report's own cells
    reports = [r for (a, y), r in primary_reports(archive.reports.values()).items()
               if y == 2024 and r.template == result["edition"]]
    assert {r["report"] for r in result["reports"]} == {r.id for r in reports}
    expected = {}
    for r in reports:
        for f in archive.db().execute("SELECT * FROM facts WHERE report_id = ? AND table_key != 'narrative'", (r.id,)):
            if f["value"] is not None:
                key = (f["table_key"], f["row_key"], f["col_key"])
                expected[key] = expected.get(key, 0) + f["value"]
    checked = 0
    for table in reg.TABLES:
        for row in table.rows:
            for col in table.columns[result["edition"]]:
                key = (table.zh, row.zh, col.zh)
                if key in totals:
                    want = expected.get((table.key, row.key, col.key))
                    assert totals[key] == (None if want is None else pytest.approx(want)), key
                    checked += 1
    assert checked > 150
    # every total lists the figures it adds, in the detail sheet
    detail = list(book["明细"].iter_rows(values_only=True))[1:]
    assert len(detail) >= len(expected) and all(str(d[7]).startswith("/source/") for d in detail)
    text = client.get("/api/rollup.csv?year=2024").data.decode("utf-8-sig")
    assert "一、本年新收政府信息公开申请数量" in text


def test_reports_that_fail_their_checks_asked_in_the_chat(client, hongze):
    """The chat names the reports whose own figures disagree, as the archive page counts them."""
    old, new = hongze
    matrix = client.get("/api/matrix").json
    failing = {(a["key"], int(y)) for a in matrix["agencies"] for y, c in a["cells"].items()
               if c and c.get("report") and (c["failed"] or c["cross_failed"])}
    for question in ("哪些报告的表格校验没通过", "Which reports fail their checks?"):
        answer = client.post("/api/ask", json={"question": question}).json
        assert answer["kind"] == "checks", answer["answer"]
        assert answer["checks_total"] == len(failing)
        assert {(c["agency_key"], c["year"]) for c in answer["checks"]} <= failing  # the first ten named
        assert answer["links"][-1]["url"] == "/archive"
    scoped = client.post("/api/ask", json={"question": "洪泽区的报告有没有校验不通过的"}).json
    assert [(c["agency_key"], c["year"]) for c in scoped["checks"]] == [("洪泽区", 2023)]
    assert "不相符" in scoped["answer"] and scoped["links"][0]["url"].startswith(f"/source/{old['id']}/")
    clean = client.post("/api/ask", json={"question": "洪泽区2024年的报告校验有没有不通过"}).json
    assert clean["kind"] == "checks" and clean["checks"] == [] and "全部通过" in clean["answer"]
    # asked the other way round: does it pass
    for question in ("洪泽区2024年的报告通过校验了吗", "Did Hongze's 2024 report pass its checks?"):
        passed = client.post("/api/ask", json={"question": question}).json
        assert passed["kind"] == "checks" and passed["checks"] == [], question
        assert "全部通过" in passed["answer"] or "The one report in the scope passes" in passed["answer"]
    # 检查 as a topic of the prose is not a question about checks
    prose = client.post("/api/ask", json={"question": "平潭综合实验区2021年开展了几次政务公开检查"}).json
    assert prose["kind"] != "checks"


def test_the_carry_over_asked_about_is_answered_pair_by_pair(client):
    """"今年的上年结转和去年的结转下年度一致吗" is the cross-year check: each pair of the years asked
    is said, consistent or not (not only the reports that fail some other check)."""
    for question, said in (("2021年平潭综合实验区上年结转的申请和2020年结转下年度的一致吗",
                            "平潭综合实验区2021 年上年结转 0，2020 年结转下年度 0，相符"),
                           ("Does Pingtan's 2021 carried over match the 2020 carried forward?",
                            "Pingtan Comprehensive Experimental Zone: carried over in 2021 0; carried forward in 2020 0 "
                            "— consistent")):
        answer = client.post("/api/ask", json={"question": question}).json
        assert answer["kind"] == "checks" and said in answer["answer"], answer["answer"]
        assert "2019" not in answer["answer"].split("。")[0]  # the pair before the years asked is not said
    # the data of a report asked about in other words: its checks
    answer = client.post("/api/ask", json={"question": "洪泽区2024年的报告数据有问题吗"}).json
    assert answer["kind"] == "checks" and "全部通过" in answer["answer"]
    answer = client.post("/api/ask", json={"question": "Are the figures in Hongze's 2023 report consistent?"}).json
    assert answer["kind"] == "checks" and answer["answer"].startswith("The one report in the scope fails a check")


def test_rollup_asked_in_the_chat(client):
    answer = client.post("/api/ask", json={"question": "2024年各单位申请数量合计，按模板导出"}).json
    assert answer["kind"] == "rollup", answer["answer"]
    assert any(link["url"].startswith("/api/rollup.xlsx?year=2024") for link in answer["links"])
    [total] = answer["sums"]
    assert total["value"] == sum(p["value"] for p in total["parts"]) and total["count"] == len(total["parts"])
    assert all(p["url"].startswith("/source/") for p in total["parts"])


def test_a_rollup_too_wide_to_list_gives_the_same_totals_and_says_so(client, monkeypatch):
    """A province's roll-up (thousands of reports) is summed by SQLite and lists counts, not
    every figure; the chat still lists the figures of the total it was asked for."""
    import server.rollup as rollup_module

    narrow = client.get("/api/rollup?year=2024").json
    assert narrow["detail"] is True and len(narrow["reports"]) >= 2
    monkeypatch.setattr(rollup_module, "DETAIL_LIMIT", 1)
    wide = client.get("/api/rollup?year=2024").json
    assert wide["detail"] is False
    for a, b in zip(narrow["tables"], wide["tables"]):
        for row_a, row_b in zip(a["rows"], b["rows"]):
            for cell_a, cell_b in zip(row_a["cells"], row_b["cells"]):
                assert (cell_b["total"], cell_b["count"], cell_b["empty_count"]) == \
                    (cell_a["total"], len(cell_a["parts"]), len(cell_a["empty"]))
                assert cell_b["parts"] == [] and cell_b["empty"] == []
    page = client.get("/rollup?year=2024").data.decode()
    assert 'id="rollup-no-detail"' in page and "超过 1 份报告" in page
    csv_text = client.get("/api/rollup.csv?year=2024").data.decode("utf-8-sig")
    assert "超过 1 份报告，未逐项列出" in csv_text
    # each total links to a page listing every figure it adds
    links = re.findall(r'class="cell-parts-link" href="([^"]+)"', page)
    assert len(links) > 100
    link = next(h for h in links if "requests.new_received.total" in h).replace("&amp;", "&")
    listed = client.get(link).data.decode()
    want = next(c for t in wide["tables"] if t["table"] == "requests" for r in t["rows"] if r["row"] == "new_received"
                for c in r["cells"] if c["column"] == "total")
    values = re.findall(r'<li><a href="(/source/[^"]+)">[^：<]+：([^<]+)</a></li>', listed)
    assert len(values) == want["count"] and sum(float(v) for _, v in values) == want["total"]
    assert f'合计 {want["total"]:g}' in listed
    answer = client.post("/api/ask", json={"question": "2024年各单位申请数量合计，按模板导出"}).json
    [total] = answer["sums"]
    assert total["value"] == sum(p["value"] for p in total["parts"]) and total["count"] == len(total["parts"]) >= 2


def test_every_api_route_is_documented_and_create_app_only_wires(client):
    from server.app import create_app

    app = create_app("/nonexistent")
    spec = client.get("/api/openapi.json").json
    documented = set(spec["paths"])
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: "{" + {"report_id": "report", "job_id": "job"}.get(
                m.group(1), m.group(1)) + "}", rule.rule)
            assert path in documented, rule.rule
        # every page and endpoint lives in a blueprint of server/views/
        assert rule.endpoint == "static" or "." in rule.endpoint, rule.endpoint
    assert json.loads((ROOT / "web" / "openapi.json").read_text())["openapi"].startswith("3.")
    views = sorted(p.stem for p in (ROOT / "server" / "views").glob("*.py") if p.stem not in ("__init__", "common"))
    assert {"compare", "matrix", "rollup", "uploads"} <= set(views)


def test_an_answer_over_many_reports_lists_the_first_and_exports_all(tmp_path):
    from indexer.pipeline import index_paths
    from server.answer import MAX_FIGURES_SHOWN, answer
    from server.archive import ArchiveHolder
    from server.exports import figures_csv
    from variants import generate

    generate(tmp_path / "in", MAX_FIGURES_SHOWN + 20)
    index_paths([tmp_path / "in"], tmp_path / "data", progress=False, in_process=True)
    archive = ArchiveHolder(tmp_path / "data").get()
    question = "所有单位行政复议总数"
    shown, full = answer(archive, question), answer(archive, question, full=True)
    assert len(full["figures"]) == MAX_FIGURES_SHOWN + 20 == shown["figures_total"]
    assert len(shown["figures"]) == MAX_FIGURES_SHOWN and "导出 CSV 可得全部" in shown["answer"]
    # every yearly sum is of all the year's figures, shown or not
    for s in full["sums"]:
        year = s["parts"][0]["year"]
        assert s["value"] == sum(f["value"] for f in full["figures"] if f["year"] == year and f["value"] is not None)
    rows = list(csv.reader(io.StringIO(figures_csv(full).lstrip("\ufeff"))))
    assert len([r for r in rows[1:] if r[1]]) == MAX_FIGURES_SHOWN + 20
    # two cells of every agency: more series than a table holds. The page gets the first
    # series and their count, the same sums as the export, and no table or chart
    from server.answer import MAX_TABLE_SERIES

    question = "所有单位行政复议纠正数和维持数"
    shown, full = answer(archive, question), answer(archive, question, full=True)
    assert len(full["series"]) > MAX_TABLE_SERIES and shown["series_total"] == len(full["series"])
    assert shown["series"] == full["series"][:MAX_TABLE_SERIES]
    assert [(s["label"], s["value"], s["count"]) for s in shown["sums"]] == \
        [(s["label"], s["value"], s["count"]) for s in full["sums"]]
    assert shown["table"] is None and shown["chart"] is None


def test_a_wide_answer_counted_in_sql_is_the_answer_built_figure_by_figure(tmp_path, monkeypatch):
    """Over thousands of reports a figure answer counts the scope in SQL and builds only the
    figures the page shows (server/wide.py). Made wide here by lowering the limits, it must
    give the very answer the full path gives: totals, counts, first figures, parts and series,
    gaps, check and reading notes, text."""
    from indexer.pipeline import index_paths
    from server import answer as answering, wide
    from server.archive import ArchiveHolder
    from variants import generate

    written = generate(tmp_path / "in", 60)
    # some reports held in a second form (a transcription with a line more): the figures of
    # the two are merged, the form read most directly shown (and summed)
    again = tmp_path / "again"
    again.mkdir()
    for i, suffix in ((30, ".md"), (37, ".md"), (44, ".txt"), (46, ".md")):
        path = written[i][0]
        (again / (path.stem + suffix)).write_text(path.read_text(encoding="utf-8") + "\n本报告另有网页版。\n",
                                                  encoding="utf-8")
    summary = index_paths([tmp_path / "in", again], tmp_path / "data", progress=False, in_process=True)
    assert len(summary.count("indexed")) == 64
    # cells read as a real archive's are: blank on a web page, cut from run-together digits,
    # not readable in a scan (the generated text reports are read cleanly)
    with sqlite3.connect(tmp_path / "data" / "nianbao.sqlite") as db:
        key = db.execute("SELECT id FROM cell_keys WHERE table_key = 'appeals' AND row_key = 'review'"
                         " AND col_key = 'total'").fetchone()
        cells = [c for (c,) in db.execute("SELECT id FROM cells WHERE cell_key = ? ORDER BY id", key)]
        db.execute("UPDATE cells SET quality = 'blank', value = NULL, raw = NULL WHERE id = ?", (cells[7],))
        db.execute("UPDATE cells SET quality = 'inferred' WHERE id = ?", (cells[20],))
        db.execute("UPDATE cells SET quality = 'unsure' WHERE id = ?", (cells[30],))
        # the second forms, each a rule of which form is shown: a transcription (.md) over a
        # plain text, a number over a "-", a printed cell over an inferred one, the first of two
        # forms of one kind
        seconds = {name: num for name, num in db.execute("SELECT file_name, num FROM reports")}
        firsts = {name: num for name, num in db.execute("SELECT file_name, num FROM reports ORDER BY num DESC")}
        changes = (("value = value + 5", seconds[written[30][0].stem + ".md"]),
                   ("value = NULL, raw = '-'", seconds[written[37][0].stem + ".md"]),
                   ("value = value + 7", seconds[written[44][0].name]),
                   ("value = value + 1, quality = 'inferred'", seconds[written[46][0].stem + ".md"]))
        assert seconds[written[44][0].name] != firsts[written[44][0].name]
        for change, report in changes:
            assert db.execute(f"UPDATE cells SET {change} WHERE cell_key = ? AND report = ?", (*key, report)).rowcount
    archive = ArchiveHolder(tmp_path / "data").get()
    for name, value in (("MAX_FIGURES_SHOWN", 6), ("MAX_PARTS_SHOWN", 4), ("MAX_TABLE_SERIES", 3),
                        ("MAX_SENTENCE_FIGURES", 5)):
        monkeypatch.setattr(answering, name, value)
    questions = ["2021年所有单位行政复议总数合计", "所有单位行政复议纠正数和维持数", "2022年行政许可本年处理决定数量",
                 "2019年所有单位本年新收自然人申请数量合计", "2024年所有单位行政复议总数和政府信息公开申请结转下年度继续办理",
                 "total administrative reconsiderations of all agencies in 2023", "所有单位行政复议总数合计"]
    took_wide, texts = [], []
    monkeypatch.setattr(answering, "wide_figures",
                        lambda *args: took_wide.append(wide.wide_figures(*args)) or took_wide[-1])
    for question in questions:
        monkeypatch.setattr(wide, "WIDE_REPORTS", 3)
        counted = answering.answer(archive, question)
        monkeypatch.setattr(wide, "WIDE_REPORTS", 10 ** 9)
        built = answering.answer(archive, question)
        assert counted["kind"] == "figure" and counted == built, question
        texts.append(counted["answer"])
        assert counted["figures_total"] > len(counted["figures"]) == 6
    assert any("报告自身的合计数在此处不一致" in t for t in texts) and any("说明：" in t for t in texts)
    assert len(took_wide) == 2 * len(questions) and all(took_wide[::2]) and not any(took_wide[1::2])
    # what the test compares is what a user reads: sums over every agency, notes, checks
    summed = answering.answer(archive, "2021年所有单位行政复议总数合计")
    assert summed["sums"] and summed["sums"][0]["count"] > len(summed["sums"][0]["parts"]) == 4
    assert summed["sums"][0]["parts_total"] == summed["sums"][0]["count"]
    # 一共 adds up each report's figures: that takes the full path, as group sums do
    monkeypatch.setattr(wide, "WIDE_REPORTS", 3)
    took_wide.clear()
    added = answering.answer(archive, "2021年行政复议和行政诉讼一共多少件")
    assert took_wide == [None]
    assert any("行政复议、未经复议直接起诉、复议后起诉合计" in s["label"] for s in added["sums"])
