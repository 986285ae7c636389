"""Compare, audit, roll up and add reports in real Chromium; screenshots in tests/artifacts/."""
import io
import time

import pytest
from playwright.sync_api import expect

from conftest import ARTIFACTS, SEED, ask_in_page as ask, image_loaded, open_chat, run_cli, start_server

pytestmark = pytest.mark.browser
TOKEN = "browser-upload-token"


@pytest.fixture
def page(browser, server):
    yield from open_chat(browser, server)


def _open(browser, url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    errors = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(url)
    return context, tab, errors


def _download(tab, selector, path):
    with tab.expect_download() as info:
        tab.click(selector)
    info.value.save_as(path)
    return path


def test_compare_hongze_2023_with_2024_and_export_it(browser, server, tmp_path):
    from openpyxl import load_workbook

    context, tab, errors = _open(browser, server + "/compare")
    tab.select_option("#pick-a", label="淮安市洪泽区人民政府 2023")
    tab.select_option("#pick-b", label="淮安市洪泽区人民政府 2024")
    tab.click("#compare-picker button")
    tab.wait_for_selector("#compare-cells")
    first = tab.locator("#compare-cells tbody tr").first
    assert first.locator("td").nth(3).inner_text() == "550" and first.locator("td").nth(4).inner_text() == "9487"
    assert first.locator("td").nth(5).inner_text() == "+8937"
    assert tab.locator("#compare-prose ins").count() > 0 and tab.locator("#compare-prose del").count() > 0
    # the cross-year check of two consecutive years of one agency, with both cells
    checks = tab.locator("#cross-year li")
    assert checks.count() >= 7 and "2023 四、结转下年度继续办理" in checks.first.inner_text()
    tab.screenshot(path=str(ARTIFACTS / "compare-hongze-2023-2024.png"), full_page=True)
    book = load_workbook(_download(tab, "#export-xlsx", tmp_path / "compare.xlsx"))
    row = next(book["数字对比"].iter_rows(min_row=2, values_only=True))
    assert row[3:6] == (550, 9487, 8937)
    csv_text = _download(tab, "#export-csv", tmp_path / "compare.csv").read_text(encoding="utf-8-sig")
    assert "550,9487,8937" in csv_text
    tab.emulate_media(media="print")
    assert not tab.locator(".site-nav").is_visible()  # the printable page leaves the navigation out
    tab.screenshot(path=str(ARTIFACTS / "compare-print.png"), full_page=True)
    # each value opens its cell in the report
    with context.expect_page() as opened:
        first.locator("td").nth(4).locator("a").click(modifiers=["Control"])
    source = opened.value
    source.wait_for_load_state()
    assert "9487" in source.locator("#marked-fact").inner_text() and image_loaded(source.locator("#page-image"))
    context.close()
    assert errors == []


def test_archive_matrix_open_a_failed_check_and_a_heatmap(browser, server):
    context, tab, errors = _open(browser, server + "/archive")
    row = tab.locator('#matrix tr[data-agency="洪泽区"]')
    failed = row.locator('td[data-year="2023"] a.failed-link').first
    assert failed.inner_text().startswith("⚠")
    tab.screenshot(path=str(ARTIFACTS / "archive-matrix.png"), full_page=True)
    failed.click()
    tab.wait_for_selector("#checks")
    review = tab.locator("#checks li", has_text="行政复议").first
    assert "不相符" in review.inner_text()
    tab.screenshot(path=str(ARTIFACTS / "archive-failed-checks.png"), full_page=True)
    review.locator("a.marked-link").first.click()
    tab.wait_for_selector("#page-image")
    assert "facts=" in tab.url and image_loaded(tab.locator("#page-image"))
    tab.screenshot(path=str(ARTIFACTS / "archive-check-cells-marked.png"), full_page=True)

    tab.goto(server + "/archive")
    tab.select_option("#pick-cell", value="requests.new_received.total")
    tab.click("#cell-picker button")
    tab.wait_for_selector("td.heat a")
    assert tab.locator("td[class*=heat-]").count() >= 5
    tab.locator('#matrix tr[data-agency="洪泽区"] th a').click()
    chart = tab.locator("#chart img.chart")
    chart.wait_for()
    assert image_loaded(chart)
    tab.screenshot(path=str(ARTIFACTS / "archive-heatmap-chart.png"), full_page=True)
    context.close()
    assert errors == []


def test_rollup_2024_exported_as_xlsx_in_the_template_layout(browser, server, tmp_path):
    from openpyxl import load_workbook

    import requests

    context, tab, errors = _open(browser, server + "/rollup?year=2024")
    tab.wait_for_selector("#rollup-summary")
    cell = tab.locator('table[data-table="requests"] tr[data-row="new_received"] td[data-column="total"]')
    total = cell.locator("summary").inner_text()
    cell.locator("summary").click()
    parts = cell.locator(".parts li a")
    assert parts.count() >= 1
    assert float(total) == sum(float(t.split("：")[1]) for t in parts.all_inner_texts() if "未计入" not in t)
    tab.screenshot(path=str(ARTIFACTS / "rollup-2024.png"), full_page=True)
    book = load_workbook(_download(tab, "#export-xlsx", tmp_path / "rollup.xlsx"))
    sheet = book["三、收到和处理政府信息公开申请情况"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "三、收到和处理政府信息公开申请情况")
    new = next(r for r in rows if r[0] == "一、本年新收政府信息公开申请数量")
    assert new[header.index("总计")] == float(total)
    api = requests.get(server + "/api/rollup?year=2024", timeout=30).json()
    assert len(api["reports"]) >= 2
    context.close()
    assert errors == []


def test_compare_and_rollup_asked_in_the_chat(page):
    answer = ask(page, "洪泽区2024年和2023年相比有什么变化")
    assert "550" in answer.locator(".compare-top").inner_text()
    assert answer.locator(".answer-links a").first.get_attribute("href").startswith("/compare?a=")
    answer.screenshot(path=str(ARTIFACTS / "chat-compare.png"))
    topic = ask(page, "洪泽区2023年和2024年存在的问题有什么不同")
    assert topic.locator(".compare-top").count() == 1
    assert topic.locator(".passage").count() >= 2  # each report's passages on the topic, below the comparison
    rollup = ask(page, "2024年各单位申请数量合计，按模板导出")
    assert rollup.locator(".answer-links a", has_text="XLSX").count() == 1
    assert rollup.locator(".sum .figure-value").count() == 1
    rollup.screenshot(path=str(ARTIFACTS / "chat-rollup.png"))
    checks = ask(page, "洪泽区的报告有没有校验不通过的")
    assert "不相符" in checks.locator(".answer-text").inner_text()
    assert checks.locator(".answer-links a.page-link", has_text="档案总览").get_attribute("href") == "/archive"
    checks.locator(".answer-links a.source-link").first.click()  # the failing cells, in the side viewer
    image = page.locator("#viewer-image")
    image.wait_for()
    assert "facts=" in image.get_attribute("src") and image_loaded(image)
    checks.screenshot(path=str(ARTIFACTS / "chat-checks.png"))


@pytest.fixture
def upload_server(tmp_path):
    data = tmp_path / "data"
    assert run_cli("index", SEED, "--data", data, "--quiet").returncode == 0
    proc, url = start_server(data, env={"NIANBAO_ADMIN_TOKEN": TOKEN})
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_drop_reports_on_the_page_and_see_each_outcome(browser, upload_server, tmp_path):
    from variants import generate

    [(report, agency, year)] = generate(tmp_path / "in", 1)
    page = next(open_chat(browser, upload_server))
    before = page.locator("#reports li[data-report]").count()
    page.click("#drop-zone summary")  # "添加报告": the token field
    page.fill("#upload-token", TOKEN)
    # A loaded server answers from the version it holds until the new one is loaded: the first
    # list asked for after the uploads is the one from before them; the page must ask again.
    stale = page.request.get(upload_server + "/api/reports").text()
    answered = []

    def one_publish_behind(route):
        answered.append(route.request.url)
        if len(answered) == 1:
            route.fulfill(status=200, content_type="application/json", body=stale)
        else:
            route.continue_()

    page.route("**/api/reports*", one_publish_behind)
    files = [{"name": report.name, "text": report.read_text(encoding="utf-8"), "type": "text/plain"},
             {"name": "坏文件.pdf", "text": "%PDF-1.4 nonsense", "type": "application/pdf"}]
    # a real drop event carrying the two files, as when they are dragged from a file manager
    transfer = page.evaluate_handle("""files => {
        const dt = new DataTransfer();
        for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type }));
        return dt;
    }""", files)
    page.dispatch_event("#log", "dragenter", {"dataTransfer": transfer})
    page.dispatch_event("#log", "drop", {"dataTransfer": transfer})
    items = page.locator("#upload-list .upload-item")
    items.nth(1).locator(".upload-status", has_text="未能索引").wait_for(timeout=120_000)
    first = items.nth(0).inner_text()
    assert "已索引" in first and agency in first and str(year) in first, first
    assert "truncated PDF" in items.nth(1).inner_text()
    # a locator wait, not wait_for_function: polling a JavaScript string needs eval, which the
    # page's Content-Security-Policy forbids (the check failed whenever the list came late)
    expect(page.locator("#reports li[data-report]")).to_have_count(before + 1, timeout=60_000)
    assert len(answered) >= 2, answered
    page.screenshot(path=str(ARTIFACTS / "upload-drop.png"), full_page=True)
    # the archive answers from it without a restart
    answer = ask(page, f"{agency}{year}年政府集中采购项目有多少个")
    assert answer.locator(".figure").count() >= 1
    page.context.close()
