"""The chat page in real Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Screenshots are kept in tests/artifacts/ for a person to look at.
"""
from pathlib import Path

import pytest

from conftest import ARTIFACTS, ask_in_page as ask, image_loaded, open_chat

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, server):
    yield from open_chat(browser, server)


def test_ask_see_the_figure_and_open_its_source(page):
    answer = ask(page, "平掌乡2020年政府集中采购项目有多少个")
    assert answer.locator(".figure-value").first.inner_text() == "26 项"
    assert "平掌乡 · 2020 · 政府集中采购 · 采购项目数量" in answer.locator(".figure-label").first.inner_text()
    answer.locator(".source-link").first.click()
    mark = page.locator("#viewer-body .marked")
    mark.wait_for()
    assert mark.inner_text() == "政府集中采购 26 302885"
    assert "第 3/5 页" in page.locator("#viewer-title").inner_text()
    page.screenshot(path=str(ARTIFACTS / "figure-and-text-source.png"))

    answer = ask(page, "洪泽区2023年行政复议总计")
    assert answer.locator(".figure-value").first.inner_text() == "0 件"
    assert "报告自身合计不一致" in answer.locator(".check-failed").first.inner_text()
    answer.locator(".source-link").first.click()
    image = page.locator("#viewer-image")
    image.wait_for()
    assert "?fact=" in image.get_attribute("src") and image_loaded(image)
    assert "行政复议 · 总计 = 0" in page.locator("#viewer-mark").inner_text()
    page.screenshot(path=str(ARTIFACTS / "figure-and-pdf-source.png"))

    with page.context.expect_page() as opened:
        page.click("#viewer-open")
    source = opened.value
    source.wait_for_load_state()
    assert "/source/" in source.url and image_loaded(source.locator("#page-image"))
    source.screenshot(path=str(ARTIFACTS / "source-page.png"), full_page=True)


def test_trend_question_draws_a_chart_and_a_table(page):
    answer = ask(page, "compare 行政复议总数 of 洪泽区 across years")
    chart = answer.locator("img.chart")
    chart.wait_for()
    assert image_loaded(chart)
    rows = answer.locator(".year-table tbody tr")
    assert rows.count() == 2 and rows.nth(1).inner_text().split() == ["2024", "2"]
    answer.screenshot(path=str(ARTIFACTS / "trend-chart.png"))


def test_follow_up_filter_and_export(page):
    ask(page, "平掌乡2020年政府集中采购项目有多少个")
    follow = ask(page, "总金额呢")
    assert follow.locator(".figure-value").first.inner_text().startswith("302885")
    assert "沿用上文" in follow.locator(".context-note").inner_text()

    page.select_option("#filter-agency", "洪泽区")
    answer = ask(page, "行政许可处理决定数量")
    assert answer.locator(".figure").count() == 2
    with page.expect_download() as download:
        answer.locator("button.export").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("agency,agency_en,year") and ",9487," in text
    page.screenshot(path=str(ARTIFACTS / "follow-up-and-filter.png"))


def test_markup_in_questions_is_shown_as_text(page):
    hostile = '<img src=x onerror="document.body.dataset.pwned=1">平掌乡存在的主要问题'
    ask(page, hostile)
    assert page.locator(".question img").count() == 0
    assert page.locator(".question").first.inner_text() == hostile
    assert page.evaluate("() => document.body.dataset.pwned") is None
