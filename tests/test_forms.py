"""Every form a report is found in: web pages, Word files, scans, crawler texts, transcriptions.

Real files throughout: the web pages, crawler texts and transcription in ../shared/corpus,
and scans and Word files made from the real PDFs and pages (tests/forms.py says how).
Each form is checked against the hand-checked gold cells of its report, and each has a bad
variant that must get a clear one-line reason.
"""
import json
import os
import re
import shutil

import pytest
import requests

from conftest import SEED, run_cli, shared_reports
from forms import NO_REPORT_PAGE, broken_docx, docx_from_html, scan_pdf
from indexer.pipeline import parse_report
from paths import ROOT
from server.evaluate import load_gold

GOLD = load_gold([ROOT / "tests" / "gold" / "cells.jsonl"])
BY_NAME = {p.name: p for p in shared_reports()}


def shared(name):
    if name not in BY_NAME:
        pytest.skip(f"{name} not in ../shared/corpus")
    return BY_NAME[name]


def gold_cells(name):
    return {(g["table"], g["row"], g["col"]): g for g in GOLD if g["file"] == name}


def read_cells(path, name=None):
    parsed = parse_report(name or path.name, path.read_bytes())
    return parsed, {(f.table, f.row, f.col): f for f in parsed.facts}


def assert_no_wrong_cell(cells, gold):
    """Every cell that holds a number holds the gold number; blanks are blank."""
    for key, g in gold.items():
        f = cells.get(key)
        if f is None or f.value is None:
            assert g["value"] is not None or (f is not None and f.raw == ""), key
            continue
        assert g["value"] is not None and abs(f.value - g["value"]) < 1e-9, (key, f.value, g["value"])


# --- web pages -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [n for n in {g["file"] for g in GOLD} if n.endswith(".html")])
def test_web_pages_read_every_gold_cell_exactly(name):
    parsed, cells = read_cells(shared(name))
    gold = gold_cells(name)
    assert {k: (cells[k].value, cells[k].raw if cells[k].value is None else None, cells[k].page) for k in gold} == \
        {k: (g["value"], g.get("raw") if g["value"] is None else None, g["page"]) for k, g in gold.items()}


def test_web_page_body_without_the_site_around_it():
    parsed = parse_report("page.html", shared("平潭综合实验区_2021.html").read_bytes())
    text = "\n".join(p.text for p in parsed.doc.pages)
    for chrome in ("当前位置", "QQ空间", "闽政通APP", "扫一扫", "友情链接", "主办单位", "ICP备", "新媒体矩阵", "附件下载"):
        assert chrome not in text, chrome
    assert "一、总体情况" in text and "六、其他需要报告的事项" in text
    assert parsed.doc.url == "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm"


def test_blank_cells_of_a_web_page_stay_blank_and_are_shown_as_blank(ask):
    parsed, cells = read_cells(shared("沭阳县发展和改革局_2023.html"))
    blank = cells[("requests", "new_received", "commercial")]
    assert (blank.value, blank.raw, blank.quality) == (None, "", "blank")
    assert cells[("requests", "new_received", "natural_person")].value == 26
    assert all(c.passed for c in parsed.checks)  # blanks count as 0 inside the checks only
    assert any("空白格按 0 计" in c.detail_zh for c in parsed.checks)
    result = ask("沭阳县发展和改革局2023年商业企业提出的新收申请")
    [figure] = result["figures"]
    assert figure["value"] is None and figure["quality"] == "blank" and "空白" in figure["display"]
    assert "空白" in result["answer"]


def test_a_gbk_page_reads_like_its_utf8_original():
    original = shared("沭阳县发展和改革局_2023.html")
    page = original.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="gbk"')
    _, utf8 = read_cells(original)
    _, gbk = read_cells_from_bytes(page.encode("gbk"), "沭阳_gbk.html")
    assert {k: (f.value, f.raw) for k, f in gbk.items()} == {k: (f.value, f.raw) for k, f in utf8.items()}


def read_cells_from_bytes(data, name):
    parsed = parse_report(name, data)
    return parsed, {(f.table, f.row, f.col): f for f in parsed.facts}


def test_the_source_view_of_a_web_page_marks_the_cell(server):
    answer = requests.post(server + "/api/ask", json={"question": "平潭综合实验区2021年本年新收自然人申请数量"},
                           timeout=60).json()
    [figure] = answer["figures"]
    assert figure["value"] == 64 and figure["format"] == "html"
    page = requests.get(server + figure["source"]["url"], timeout=30).text
    assert re.search(r'<td class="marked-cell"><mark>64</mark></td>', page)
    viewer = requests.get(server + "/api" + figure["source"]["url"], timeout=30).json()
    line, cell = viewer["marked_cell"]
    row = next(r for b in viewer["blocks"] if b["kind"] == "table" for r in b["rows"] if r["line"] == line)
    assert row["cells"][cell] == "64" and "本年新收" in "".join(row["cells"])
    assert viewer["origin"].startswith("https://www.pingtan.gov.cn/")


def test_a_page_with_no_report_in_it_is_rejected_with_its_reason(tmp_path):
    page = tmp_path / "首页.html"
    page.write_text(NO_REPORT_PAGE, encoding="utf-8")
    result = run_cli("index", page, "--data", tmp_path / "data", "--quiet")
    assert f"rejected: {page}: not an annual report" in result.stderr


# --- Word files ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def word_files(tmp_path_factory):
    """Word files made with python-docx from the real web pages (merged cells from rowspan/colspan)."""
    folder = tmp_path_factory.mktemp("docx")
    made = {}
    for name in ("平潭综合实验区_2021.html", "沭阳县发展和改革局_2023.html", "平潭综合实验区_2019.html"):
        if name in BY_NAME:
            made[name] = docx_from_html(BY_NAME[name], folder / f"{name}__docx.docx")
    return made


def test_word_files_read_every_gold_cell_exactly(word_files):
    if not word_files:
        pytest.skip("no web pages in ../shared/corpus to make Word files from")
    for name, path in word_files.items():
        parsed, cells = read_cells(path)
        assert parsed.doc.kind == "docx" and [k for k, r in parsed.tables.items() if r.problems] == []
        gold = gold_cells(name)
        assert {k: (cells[k].value, cells[k].raw if cells[k].value is None else None) for k in gold} == \
            {k: (g["value"], g.get("raw") if g["value"] is None else None) for k, g in gold.items()}


def test_bad_word_files_get_one_line_reasons(tmp_path, word_files):
    if not word_files:
        pytest.skip("no Word file could be made")
    broken = broken_docx(next(iter(word_files.values())), tmp_path / "坏的.docx")
    old = tmp_path / "旧格式.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(2000))
    result = run_cli("index", broken, old, "--data", tmp_path / "data", "--quiet")
    assert f"rejected: {broken}: damaged Word file: not a .docx (zip) archive" in result.stderr
    assert f"rejected: {old}: a Word 97-2003 .doc file, not .docx" in result.stderr


# --- scans ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    """Scans of the real PDFs: 150 dpi, rotated a fraction of a degree, noisy, image-only."""
    folder = tmp_path_factory.mktemp("scans")
    pdfs = [p for p in shared_reports() if p.suffix == ".pdf"][:1]
    if not pdfs:
        pytest.skip("no PDF in ../shared/corpus to scan")
    return {p.name: scan_pdf(p, folder / f"{p.name}__scan.pdf", angle=-0.45, seed=3) for p in pdfs}


def test_scans_are_read_by_ocr_and_no_cell_is_wrong(scans):
    for name, path in scans.items():
        parsed, cells = read_cells(path)
        assert parsed.doc.kind == "scan" and any("read by OCR" in n for n in parsed.doc.notes)
        original = parse_report(name, shared(name).read_bytes()).meta
        assert (parsed.meta.agency, parsed.meta.year, parsed.meta.template) == \
            (original.agency, original.year, original.template)
        gold = gold_cells(name)
        assert_no_wrong_cell(cells, gold)
        exact = sum(1 for k, g in gold.items() if cells.get(k) and cells[k].value == g["value"])
        assert exact >= 0.97 * len(gold), f"{exact}/{len(gold)} cells read"
        for key, f in cells.items():
            assert f.bbox and f.bbox[2] > f.bbox[0]  # every cell has a place on the page image


def test_a_scan_without_table_lines_says_its_tables_cannot_be_read(tmp_path):
    pdf = next((p for p in shared_reports() if p.suffix == ".pdf"), None)
    if pdf is None:
        pytest.skip("no PDF in ../shared/corpus")
    import pypdfium2 as pdfium
    one_page = tmp_path / "one.pdf"
    source = pdfium.PdfDocument(str(pdf))
    out = pdfium.PdfDocument.new()
    out.import_pages(source, [0, 1])
    out.save(str(one_page))
    scan = scan_pdf(one_page, tmp_path / "无表格线扫描件.pdf", erase_rules=True)
    result = run_cli("index", scan, "--data", tmp_path / "data", "--quiet", "--json")
    outcome = json.loads(result.stdout)["files"][0]
    assert outcome["status"] == "indexed"
    assert any("no table rulings found" in line for line in result.stderr.splitlines() if line.startswith("warning:"))


def test_the_source_view_of_a_scan_outlines_the_cell(tmp_path, scans):
    name, path = next(iter(scans.items()))
    data = tmp_path / "data"
    assert run_cli("index", path, "--data", data, "--quiet").returncode == 0
    from server.answer import answer
    from server.archive import ArchiveHolder

    archive = ArchiveHolder(data).get()
    result = answer(archive, "洪泽区行政处罚决定数量")
    figure = result["figures"][0]
    assert figure["format"] == "scan" and figure["value"] in (4119, 2776)
    from server.app import create_app

    client = create_app(data).test_client()
    page = client.get("/api" + figure["source"]["url"]).get_json()
    assert page["image"].startswith(f"/source/{figure['source']['report']}/")
    image = client.get(page["image"])
    assert image.status_code == 200 and image.data[:8] == b"\x89PNG\r\n\x1a\n"


# --- crawler texts and transcriptions --------------------------------------------------------------

@pytest.mark.parametrize("name", ["平潭综合实验区_2019.txt", "平潭综合实验区_2020.txt", "平潭综合实验区_2021.txt"])
def test_crawler_texts_never_hold_a_wrong_number(name):
    parsed, cells = read_cells(shared(name))
    assert parsed.meta.agency == "平潭综合实验区"
    gold = gold_cells(name.replace(".txt", ".html"))
    assert_no_wrong_cell(cells, gold)
    # what could not be read is named, with the reason
    unread = [k for k in gold if k not in cells or cells[k].value is None]
    if unread:
        assert any(r.problems for r in parsed.tables.values())


def test_run_together_cells_are_cut_only_by_the_tables_arithmetic_and_say_so(ask):
    parsed, cells = read_cells(shared("平潭综合实验区_2021.txt"))
    new = cells[("requests", "new_received", "natural_person")]
    assert (new.value, new.quality) == (64, "inferred")  # "640020470" read as 64|0|0|2|0|4|70
    problems = " ".join(parsed.tables["art20_1"].problems)
    assert "行政规范性文件693665" in problems and "not read" in problems
    result = ask("平潭综合实验区2021年本年新收自然人申请数量", filters={"agency": "平潭综合实验区"})
    [figure] = result["figures"]
    assert figure["value"] == 64 and figure["format"] == "html"  # the web page is read directly
    assert any(a["format"] == "text" for a in figure["also"])


def test_a_crawler_text_alone_answers_with_the_inferred_note(tmp_path):
    data = tmp_path / "data"
    shutil.copy(shared("平潭综合实验区_2021.txt"), tmp_path / "pt.txt")
    assert run_cli("index", tmp_path / "pt.txt", "--data", data, "--quiet").returncode == 0
    result = json.loads(run_cli("ask", "平潭综合实验区2021年本年新收自然人申请数量", "--data", data, "--json").stdout)
    [figure] = result["figures"]
    assert figure["value"] == 64 and figure["quality"] == "inferred"
    assert "连写" in result["answer"] and "只有一种拆分" in result["answer"]


def test_markdown_headings_pipe_tables_and_page_footers(tmp_path):
    text = ("# 沭阳县人民政府 2025 年 政府信息公开工作年度报告\n\n## 一、总体情况\n\n"
            "2025 年，我县主动公开政府信息 **512** 条。\n\n— 1 —\n\n## 二、主动公开政府信息情况\n\n"
            "第二十条第（五）项\n\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 1208 |\n\n— 2 —\n")
    path = tmp_path / "沭阳县_2025.md"
    path.write_text(text, encoding="utf-8")
    parsed, cells = read_cells(path)
    assert (parsed.meta.agency, parsed.meta.year) == ("沭阳县人民政府", 2025)
    assert len(parsed.doc.pages) == 2
    licensing = cells[("art20_5", "licensing", "decisions")]
    assert (licensing.value, licensing.page) == (1208, 2)


def test_markdown_saved_as_text_is_read_as_markdown(tmp_path):
    """A transcription with pipe tables saved as .txt: its tables are grids, as in the .md."""
    md = shared("上海市科委_2024.md")
    txt = tmp_path / "上海市科委_2024.txt"
    txt.write_bytes(md.read_bytes())
    _, as_md = read_cells(md)
    parsed, as_txt = read_cells(txt)
    assert parsed.doc.kind == "md" and len(as_md) > 150
    assert {k: (f.value, f.quality) for k, f in as_txt.items()} == {k: (f.value, f.quality) for k, f in as_md.items()}


def test_tables_saved_without_their_outer_pipes_are_read_as_tables(tmp_path):
    """A web page's tables as a page store or a crawler writes them to text: "信息内容 | 本年制发件数
    | …" with no leading pipe and no separator line (held-out saved pages, 2026-12-04): every cell
    as in the Markdown they came from, not lines of tokens the table reader cannot place."""
    md = shared("上海市科委_2024.md")
    lines = []
    for line in md.read_text(encoding="utf-8").split("\n"):
        if re.fullmatch(r"\s*\|?\s*:?-{2,}.*", line):
            continue  # the separator line goes
        lines.append(line.strip()[1:] if line.strip().startswith("|") else line)  # and the leading pipe
    txt = tmp_path / "上海市科委_2024.txt"
    txt.write_text("\n".join(lines), encoding="utf-8")
    _, as_md = read_cells(md)
    _, as_txt = read_cells(txt)
    assert len(as_md) > 150
    assert {k: f.value for k, f in as_txt.items()} == {k: f.value for k, f in as_md.items()}


def _one_cell_a_line(page, pipe):
    """A web page's text as a copy from a browser or a page store gives it: each table cell on a
    line of its own (closed by a pipe, or not), blank cells gone."""
    from lxml import html

    doc = html.fromstring(page.read_bytes())
    for row in doc.body.iter("tr"):
        cells = ["".join(cell.itertext()).strip() for cell in row if cell.tag in ("td", "th")]
        row.clear()
        row.text, row.tail = "\n" + "\n".join(c + pipe for c in cells if c) + "\n", "\n"
    lines = [doc.findtext(".//title") or ""] + doc.body.text_content().split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())


@pytest.mark.parametrize("pipe", [" |", ""])
@pytest.mark.parametrize("name", [n for n in sorted({g["file"] for g in GOLD}) if n.endswith(".html")])
def test_a_table_given_one_cell_a_line_is_read_row_by_row(tmp_path, name, pipe):
    """Saved pages give tables one cell a line ("规章 |", "0 |", "0 |", "0 |": held-out pages,
    2026-12-04): a row label and the numbers on the lines after it are one row. Where the page
    left cells blank, their places are lost: those rows are not read, and no cell is wrong."""
    text = tmp_path / name.replace(".html", ".txt")
    text.write_text(_one_cell_a_line(shared(name), pipe), encoding="utf-8")
    _, cells = read_cells(text)
    gold = gold_cells(name)
    read = {k: f for k, f in cells.items() if k in gold and f.value is not None}
    assert all(f.value == gold[k]["value"] for k, f in read.items()), \
        {k: (f.value, gold[k]["value"]) for k, f in read.items() if f.value != gold[k]["value"]}
    if all(g["value"] is not None for g in gold.values()):  # no blank cell: every cell read
        assert set(read) == set(gold)
    else:
        assert len(read) >= 10


def test_a_report_in_traditional_characters_reads_like_its_simplified_original(tmp_path):
    """A page of a site that serves both scripts (held-out saved pages, 2026-12-04: 拉薩市人民政府
    …政府信息公開工作年度報告 was "not an annual report"): folded to simplified, as Big5 texts are,
    it is the same report with the same cells."""
    import opencc

    md = shared("上海市科委_2024.md")
    traditional = tmp_path / "上海市科委_2024_繁體.md"
    traditional.write_text(opencc.OpenCC("s2t").convert(md.read_text(encoding="utf-8")), encoding="utf-8")
    assert "報告" in traditional.read_text(encoding="utf-8")
    original, as_md = read_cells(md)
    folded, as_traditional = read_cells(traditional)
    assert (folded.meta.agency, folded.meta.year) == (original.meta.agency, original.meta.year)
    assert {k: f.value for k, f in as_traditional.items()} == {k: f.value for k, f in as_md.items()}


def test_placeholder_cells_under_a_transcriptions_headers_do_not_make_a_row(tmp_path):
    """"| - | - |" and "| - | - | - | - | - |" under the applicant headers of table 三: joined they
    would be a 26th row of seven cells, and the 25 rows would no longer be read by position (the
    unlabelled "3. 其他" of （六）其他处理 then lost, and the arithmetic failing for it)."""
    from indexer import registry as reg

    numbers = {"new_received": 12, "disclosed": 5, "other_other": 7, "results_total": 12}
    header = "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n|---|---|---|---|---|---|---|---|\n"
    rows = ""
    for key in reg.REQUEST_LAYOUTS[25]:  # each row a table of its own under its heading, as transcribed
        label = "3. 其他" if key == "other_other" else reg.REQUESTS.row(key).zh.split(" ")[-1]
        if key == "other_unpaid_fee":  # a header misplaced by the transcriber (结转下年度 is not the last row)
            header = "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |\n|---|---|---|---|---|---|---|---|\n"
        rows += f"### {label}\n{header}| {label} | {numbers.get(key, 0)} | 0 | 0 | 0 | 0 | 0 | {numbers.get(key, 0)} |\n\n"
    text = ("# 某某县人民政府2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本县全年主动公开政府信息 80 条。\n\n"
            "## 三、收到和处理政府信息公开申请情况\n\n### 申请人情况 (自然人)\n| (数据项目) | 数量 |\n|---|---|\n| - | - |\n\n"
            "### 申请人情况 (法人或其他组织)\n| 商业企业 | 科研机构 | 社会公益 | 法律服务机构 | 其他 |\n|---|---|---|---|---|\n"
            "| - | - | - | - | - |\n\n### 申请人情况 (总计)\n| (数据项目) | 数量 |\n|---|---|\n| - | - |\n\n" + rows)
    path = tmp_path / "某某县_2024.md"
    path.write_text(text, encoding="utf-8")
    parsed, cells = read_cells(path)
    assert parsed.tables["requests"].problems == []
    assert cells[("requests", "other_other", "total")].value == 7
    assert [c.key for c in parsed.checks if c.table == "requests" and not c.passed] == []


def test_an_ocr_transcript_with_misread_characters_still_yields_a_report(tmp_path):
    text = shared("沭阳县发展和改革局_2023.html").read_text(encoding="utf-8")
    import lxml.html

    plain = lxml.html.fromstring(text).text_content().replace("沭", "沐")  # 沐阳: a common OCR misreading
    path = tmp_path / "ocr.txt"
    path.write_text(plain, encoding="utf-8")
    parsed = parse_report(path.name, path.read_bytes())
    assert (parsed.meta.agency, parsed.meta.year) == ("沐阳县发展和改革局", 2023)


def test_bad_transcriptions_get_one_line_reasons(tmp_path):
    (tmp_path / "空.md").write_text("", encoding="utf-8")
    (tmp_path / "只有空行.md").write_text("\n\n   \n", encoding="utf-8")
    (tmp_path / "笔记.md").write_text("# 会议纪要\n\n| 事项 | 数量 |\n|---|---|\n| 会议 | 3 |\n", encoding="utf-8")
    result = run_cli("index", tmp_path, "--data", tmp_path / "data", "--quiet")
    lines = [l for l in result.stderr.splitlines() if l.startswith("rejected: ")]
    assert f"rejected: {tmp_path / '空.md'}: empty file" in lines
    assert f"rejected: {tmp_path / '只有空行.md'}: empty file" in lines
    assert any(l.startswith(f"rejected: {tmp_path / '笔记.md'}: not an annual report") for l in lines)


# --- reports before the template, skipped files, one report in two forms ----------------------------

def test_a_report_from_before_2019_is_indexed_for_its_prose_and_stated_figures(ask):
    shared("平潭县人民政府_2013.html")
    result = ask("平潭县2013年行政许可处理决定数量")
    assert result["kind"] == "none" and "早于 2019 年的国家模板" in result["answer"]
    stated = ask("平潭县2013年主动公开信息数多少条")
    assert 1853 in [f["value"] for f in stated["figures"]]
    passages = ask("平潭县2013年政府信息公开存在哪些问题")
    assert passages["kind"] == "passage" and passages["passages"][0]["year"] == 2013


def test_no_file_in_a_folder_is_skipped_silently(tmp_path):
    folder = tmp_path / "收件箱"
    folder.mkdir()
    shutil.copy(SEED, folder / "平掌乡_2020.txt")
    (folder / "附件.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / ".git").mkdir()
    os.mkfifo(folder / "管道")
    os.symlink(folder / "不存在.pdf", folder / "断开的链接.pdf")
    result = run_cli("index", folder, "--data", tmp_path / "data", "--quiet")
    assert result.returncode == 0, result.stderr
    skipped = {os.path.basename(l.split(": ")[1]): l.split(": ", 2)[2] for l in result.stderr.splitlines()
               if l.startswith("skipped: ")}
    assert skipped == {"附件.xls": "not a supported format (pdf, html, docx, txt, md)", ".DS_Store": "hidden file",
                       ".git": "hidden folder, not searched", "管道": "not a regular file (FIFO)",
                       "断开的链接.pdf": "broken symbolic link"}
    assert "indexed 1 file(s)" in result.stdout and "skipped 5" in result.stdout


def test_one_report_in_two_forms_is_counted_once_and_disagreements_show_both(tmp_path):
    html, txt = shared("平潭综合实验区_2021.html"), shared("平潭综合实验区_2021.txt")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(html, folder / html.name)
    # the crawler's copy with one figure changed: the forms now disagree on 行政许可
    (folder / "平潭_改.txt").write_text(txt.read_text(encoding="utf-8").replace("行政许可2293", "行政许可2294"),
                                       encoding="utf-8")
    data = tmp_path / "data"
    assert run_cli("index", folder, "--data", data, "--quiet").returncode == 0
    from server.answer import answer
    from server.archive import ArchiveHolder

    archive = ArchiveHolder(data).get()
    result = answer(archive, "平潭综合实验区2021年本年新收申请总数")
    assert [f["value"] for f in result["figures"]] == [70]  # once, not once per form
    total = answer(archive, "2021年所有单位收到的申请总数")
    assert [s["value"] for s in total["sums"]] == [70]
    clash = answer(archive, "平潭综合实验区2021年行政许可")
    [figure] = clash["figures"]
    assert figure["value"] == 2293 and [d["value"] for d in figure["disagree"]] == [2294]
    assert "2294" in clash["answer"] and "不一致" in clash["answer"]
