"""No way in: markup in reports and questions stays text, paths stay inside the archive,
bodies are bounded, and nothing changes the index without the token from the environment."""
import json
import sqlite3

import pytest
import requests

from conftest import SEED, ask_in_page, open_chat, run_cli, start_server
from server.app import _csv_text, create_app

TOKEN = "test-token-0123456789"
HOSTILE_PROSE = '<script>document.title="pwned"</script><img src=x onerror="document.body.dataset.pwned=1">问题 & “引号”'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A server over one report whose prose and file name carry markup, with indexing over HTTP on."""
    folder = tmp_path_factory.mktemp("hostile")
    text = SEED.read_text(encoding="utf-8").replace("平掌乡", "测试乡").replace("平掌", "测试")
    text = text.replace("（一）存在的主要问题", "（一）存在的主要问题" + HOSTILE_PROSE)
    report = folder / "测试乡 <i>2020<b>.txt"
    report.write_text(text, encoding="utf-8")
    data = folder / "data"
    assert run_cli("index", report, "--data", data, "--quiet").returncode == 0
    proc, url = start_server(data, env={"NIANBAO_ADMIN_TOKEN": TOKEN})
    yield url, data
    proc.terminate()
    proc.wait(timeout=10)


def test_report_markup_is_escaped_on_the_source_page(hostile):
    url, _ = hostile
    result = requests.post(url + "/api/ask", json={"question": "测试乡存在的主要问题和引号"}, timeout=60).json()
    # JSON carries the text as printed
    passage = next(p for p in result["passages"] if "<script>" in p["text"])
    page = requests.get(url + passage["url"], timeout=30)
    assert "<script>document" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;document.title=" in page.text and "&lt;i&gt;2020&lt;b&gt;" in page.text
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]


@pytest.mark.browser
def test_report_markup_is_shown_as_text_in_the_chat(browser, hostile):
    url, _ = hostile
    for page in open_chat(browser, url):
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        answer = ask_in_page(page, "测试乡存在的主要问题和引号")
        quotes = answer.locator("blockquote")
        hostile = next(i for i in range(quotes.count()) if "<script>document.title" in quotes.nth(i).inner_text())
        answer.locator(".passage").nth(hostile).locator(".source-link").click()
        page.locator("#viewer-body .marked").first.wait_for()
        assert "<script>" in page.locator("#viewer-body").inner_text()
        assert page.locator("#reports").inner_text().count("测试乡") == 1
        assert page.title() != "pwned" and page.evaluate("() => document.body.dataset.pwned") is None
        assert dialogs == [] and page.locator(".answer img:not(.chart)").count() == 0


@pytest.mark.parametrize("path", [
    "/source/../../etc/passwd", "/source/%2e%2e/%2e%2e/etc/passwd/1", "/source/..%2f..%2fetc%2fpasswd/1",
    "/static/../server/app.py", "/static/..%2fserver%2fapp.py", "/static/%2e%2e/pyproject.toml",
    "/source/1dc9630be100fcad/999", "/source/1dc9630be100fcad/0", "/source/1dc9630be100fcad/-1",
    "/source/1dc9630be100fcad/1.png", "/api/source/zzzz/1", "/source/1dc9630be100fcad/1?fact=../../x",
])
def test_path_tricks_and_unknown_ids_are_404(server, path):
    response = requests.get(server + path, timeout=30, allow_redirects=False)
    if path.endswith("?fact=../../x"):  # a bad highlight argument is ignored, the page itself exists
        assert response.status_code == 200 and "marked-fact" not in response.text
        return
    assert response.status_code == 404, path
    assert "root:" not in response.text and "create_app" not in response.text


def test_request_bodies_are_bounded(server):
    big = requests.post(server + "/api/ask", data=json.dumps({"question": "x" * 100_000}),
                        headers={"Content-Type": "application/json"}, timeout=30)
    assert big.status_code == 413 and "at most 64 KB" in big.json()["error"]


def test_long_questions_get_a_clean_answer_or_a_clear_error(server):
    at_limit = requests.post(server + "/api/ask", json={"question": "行政许可" + "啊" * 9996}, timeout=60)
    assert at_limit.status_code == 200 and at_limit.json()["kind"] in ("figure", "passage", "none")
    over = requests.post(server + "/api/ask", json={"question": "问" * 10_001}, timeout=30)
    assert over.status_code == 400 and "10000" in over.json()["error"]


@pytest.mark.parametrize("question", [
    "\ud800政府集中采购", "\u202e2020年政府集中采购项目有多少个", "\u200b\u200d\ufeff", "𝟚𝟘𝟚𝟘年政府集中采购项目有多少个",
    "２０２０年政府集中采购项目有多少个", "🙂🙂🙂 行政复议？", "e\u0301\u0301\u0301", "\x00\x01\x02", "？？？！！！",
    "ما هو عدد طلبات", "行政许可" * 2500, "<script>alert(1)</script>", "' OR 1=1 --", "%s%s%n", "{{7*7}}",
])
def test_odd_unicode_questions_are_answered_cleanly(server, question):
    response = requests.post(server + "/api/ask", data=json.dumps({"question": question}),
                             headers={"Content-Type": "application/json"}, timeout=120)
    assert response.status_code == 200
    result = response.json()
    assert result["kind"] in ("figure", "passage", "none") and isinstance(result["answer"], str)
    for figure in result["figures"]:
        assert figure["source"]["url"].startswith("/source/") and figure["source"]["page"] >= 1
    if "2020年政府集中采购" in question.replace("𝟚𝟘𝟚𝟘", "2020").replace("２０２０", "2020"):
        # every 2020 report answers; 平掌乡's 26 among them
        assert ("平掌乡", 26) in {(f["agency_key"], f["value"]) for f in result["figures"]}
        assert {f["year"] for f in result["figures"]} == {2020}


def test_no_route_changes_the_index_except_the_token_guarded_one():
    app = create_app("/nonexistent")
    writers = {rule.rule for rule in app.url_map.iter_rules()
               if rule.methods & {"POST", "PUT", "PATCH", "DELETE"}}
    # /api/ask and /api/export.csv only read; /api/index is the one that writes.
    assert writers == {"/api/ask", "/api/export.csv", "/api/index"}


def test_the_server_reads_the_index_read_only(archive):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        archive.db().execute("DELETE FROM cells")


def test_indexing_over_http_is_closed_without_the_token(server, hostile):
    upload = {"file": ("x.txt", SEED.read_bytes())}
    closed = requests.post(server + "/api/index", files=upload, timeout=30)  # no token configured
    assert closed.status_code == 403 and "NIANBAO_ADMIN_TOKEN" in closed.json()["error"]
    url, _ = hostile
    assert requests.post(url + "/api/index", files=upload, timeout=30).status_code == 401
    wrong = requests.post(url + "/api/index", files=upload, headers={"Authorization": "Bearer nope"}, timeout=30)
    assert wrong.status_code == 401
    listing = requests.get(url + "/api/reports", timeout=30).json()["reports"]
    assert [r["file_name"] for r in listing] == ["测试乡 <i>2020<b>.txt"]


def test_indexing_over_http_with_the_token(hostile):
    url, data = hostile
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = SEED.read_text(encoding="utf-8").replace("平掌乡", "上传乡").replace("政府集中采购 26", "政府集中采购 31")
    ok = requests.post(url + "/api/index", files={"file": ("../../上传乡 2020.txt", text.encode("utf-16"))},
                       headers=auth, timeout=120)
    assert ok.status_code == 202 and ok.json()["status"] in ("queued", "running", "indexed"), ok.text
    assert ok.json()["file_name"] == "上传乡 2020.txt"  # the path part of the name is dropped
    done = requests.get(url + ok.json()["status_url"] + "?wait=120", timeout=150)
    assert done.status_code == 200 and done.json()["status"] == "indexed", done.text
    assert "上传乡" in done.json()["agency"] and done.json()["facts"] > 100
    assert done.json()["version"] >= 1  # the archive version that holds it (the page lists until it is served)
    assert not (data / "uploads").exists() or not list((data / "uploads").iterdir())  # the archive keeps its copy
    answer = requests.post(url + "/api/ask", json={"question": "上传乡2020年政府集中采购项目数量"}, timeout=60).json()
    assert [f["value"] for f in answer["figures"]] == [31]

    bad = requests.post(url + "/api/index?wait=60", files={"file": ("bad.pdf", b"%PDF-1.4 nonsense")}, headers=auth,
                        timeout=90)
    assert bad.status_code == 422 and bad.json()["reason"].startswith("truncated PDF")
    assert not list((data / "uploads").iterdir())
    missing = requests.post(url + "/api/index", headers=auth, timeout=30)
    assert missing.status_code == 400


def test_csv_cells_cannot_become_formulas():
    assert _csv_text("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _csv_text("+1") == "'+1" and _csv_text("@x") == "'@x" and _csv_text("平掌乡") == "平掌乡"
