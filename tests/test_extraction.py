"""Facts read from the real reports: values, pages, units, templates, both layout paths."""
import re
from pathlib import Path

import pytest

from conftest import SEED, all_reports, provenance, shared_reports
from indexer.metadata import agency_key
from indexer.pipeline import parse_report
from indexer.readers import read_document
from indexer.tables import expected_tables, parse_tables, split_sections
from paths import CORPUS

HZ2023 = next((p for p in shared_reports() if p.name == "洪泽区人民政府_2023.pdf"), None)
HZ2024 = next((p for p in shared_reports() if p.name == "洪泽区人民政府_2024.pdf"), None)


def cells(path, use_grid=True):
    data = path.read_bytes()
    if use_grid:
        parsed = parse_report(path.name, data)
        return {(f.table, f.row, f.col): f for f in parsed.facts}
    doc = read_document(path.name, data, use_grid=False)
    tables = parse_tables(split_sections(doc.lines), parse_report(path.name, data).meta.template)
    return {(f.table, f.row, f.col): f for r in tables.values() for f in r.facts}


def test_seed_text_keeps_its_five_pages():
    doc = read_document(SEED.name, SEED.read_bytes())
    assert len(doc.pages) == 5
    assert doc.pages[2].text.splitlines()[0] == "第二十条第（六）项"


def test_seed_procurement_figures():
    facts = cells(SEED)
    items = facts[("art20_9", "procurement", "procurement_items")]
    amount = facts[("art20_9", "procurement", "procurement_amount")]
    assert (items.value, items.unit, items.page, items.col_label) == (26, "项", 3, "采购项目数量")
    # The template prints no unit for 采购总金额 and this report adds none: none is invented.
    assert (amount.value, amount.raw, amount.unit, amount.page) == (302885, "302885", "", 3)


@pytest.mark.skipif(HZ2023 is None, reason="洪泽区 2023 report not in ../shared/corpus")
def test_hongze_2023_figures():
    facts = cells(HZ2023)
    licensing = facts[("art20_5", "licensing", "decisions")]
    assert (licensing.value, licensing.unit, licensing.page, licensing.col_label) == (550, "件", 2, "本年处理决定数量")
    assert facts[("art20_6", "penalty", "decisions")].value == 4119
    fees = facts[("art20_8", "fees", "fee_amount")]
    assert (fees.value, fees.raw, fees.unit, fees.page) == (7730.28, "7730.28", "万元", 3)
    received = facts[("requests", "new_received", "natural_person")]
    assert (received.value, received.page) == (21, 3)
    assert facts[("requests", "results_total", "total")].page == 4  # table 三 continues on page 4


# Forms that print every cell apart: all their tables must be read. Text forms may run cells
# together; they must read what their text admits and name what they could not read.
WHOLE_FORMS = ("pdf", "scan", "html", "docx", "md")


@pytest.mark.parametrize("path", all_reports(), ids=lambda p: p.name)
def test_report_metadata_matches_provenance(path):
    parsed = parse_report(path.name, path.read_bytes())
    row = provenance().get(path.name) or provenance().get("seeds/" + path.name)
    assert parsed.meta.year == int(row["year"])
    assert agency_key(parsed.meta.agency) == agency_key(row["agency"])
    year = parsed.meta.year
    assert parsed.meta.template == ("none" if year < 2019 else "2019" if year <= 2020 else "2021")
    assert set(expected_tables(parsed.meta.template)) <= set(parsed.tables)
    if parsed.doc.kind in WHOLE_FORMS or path == SEED:
        # Tables of the template are all read, with nothing left over.
        assert [k for k, r in parsed.tables.items() if r.problems] == []
    else:
        for key in expected_tables(parsed.meta.template):
            result = parsed.tables[key]
            assert result.facts or result.problems, f"{key}: neither read nor reported unread"
            assert all(p.strip() for p in result.problems)


@pytest.mark.parametrize("path", [p for p in shared_reports() if p.suffix == ".pdf"], ids=lambda p: p.name)
def test_grid_and_text_layout_read_the_same_cells(path):
    grid, text = cells(path), cells(path, use_grid=False)
    assert len(grid) >= 180
    assert {k: (f.raw, f.page) for k, f in grid.items()} == {k: (f.raw, f.page) for k, f in text.items()}


@pytest.mark.parametrize("name, key", [
    ("淮安市洪泽区人民政府", "洪泽区"), ("洪泽区人民政府", "洪泽区"), ("新平县平掌乡", "平掌乡"), ("平掌乡", "平掌乡"),
    ("江州市北泰镇人民政府", "北泰镇"), ("杭州市西湖区人民政府", "西湖区"), ("苏州市人民政府", "苏州市"),
    ("市中区人民政府", "市中区"), ("淮安市财政局", "淮安市财政局"),
    ("上海市科委", "上海市科学技术委员会"), ("上海市科学技术委员会", "上海市科学技术委员会"),
    ("沭阳县发展和改革局", "沭阳县发展和改革局"), ("沭阳县发改局", "沭阳县发展和改革局"),
    ("平潭综合实验区", "平潭综合实验区"),
    # a zone is governed by its administrative committee (平潭综合实验区管委会's 2014 report)
    ("平潭综合实验区管委会", "平潭综合实验区"), ("平潭综合实验区党工委管委会办公室", "平潭综合实验区"),
    ("福建省平潭综合实验区管理委员会", "平潭综合实验区"),
    # 城市 after a place is a word, not a second place
    ("上海市城市管理委员会", "上海市城市管理委员会"),
    ("平潭综合实验区地税局", "平潭综合实验区地方税务局"),
    # a subdistrict is governed by its office, as a county by its 人民政府; one named after its
    # district's government is that district's
    ("东城街街道办事处", "东城街街道"), ("南京市鼓楼区人民政府华侨路街道办事处", "华侨路街道"),
    # a commission prints its name with 委 one year and 委员会 the next
    ("信丰县卫生健康委", "信丰县卫生健康委员会"), ("滦平县教体局", "滦平县教育和体育局"),
    # a town's 党政办公室 is its government's office (两城镇's report was 由…党政办公室编制)
    ("两城镇人民政府党政办公室", "两城镇"), ("中埠镇党政办公室", "中埠镇"),
])
def test_agency_key_names_one_agency_across_years(name, key):
    assert agency_key(name) == key


def test_housing_bureaus_and_their_commissions_and_departments_keep_their_place():
    """Held-out saved pages (2026-12-04, sixth session): 住房和城乡 was read as a place (乡 ends a
    township's name), so 宣城市住房和城乡建设局's key was "住房和城乡建设局", every city's alike, and
    "宣城市住建局" found nothing; a district's 委员会 and a province's 厅 of the same name are named
    as the bureau is, and a variant name (杭州's 住房和城市建设局) is abbreviated as the bureau is."""
    from indexer.agencies import agency_aliases, agency_english

    assert agency_key("宣城市住房和城乡建设局") == "宣城市住房和城乡建设局"
    assert "宣城市住建局" in agency_aliases(agency_key("宣城市住房和城乡建设局"))
    assert agency_key("重庆市梁平区住房和城乡建设委员会") == "梁平区住房和城乡建设委员会"
    assert agency_english("梁平区住房和城乡建设委员会") == "Liangping Housing and Urban-Rural Development Commission"
    assert "梁平区住建委" in agency_aliases("梁平区住房和城乡建设委员会")
    assert agency_english("安徽省住房和城乡建设厅") == "Anhui Housing and Urban-Rural Development Department"
    assert "安徽省住建厅" in agency_aliases("安徽省住房和城乡建设厅")
    assert "滨江区住建局" in agency_aliases(agency_key("杭州市滨江区住房和城市建设局"))
    # a 管理委员会 goes by 管委会 (a science park's committee, 2026-12-04 sixth session)
    assert "五华科技产业园管委会" in agency_aliases(agency_key("五华科技产业园管理委员会"))
    # a special cooperation zone is a zone as a development zone is
    # (a zone's department keeps the zone in English, and is found by the zone's stem too)
    assert agency_english(agency_key("深圳市深汕特别合作区应急管理局")) == \
        "Shenshan Special Cooperation Zone Emergency Management Bureau"
    assert "shenshan emergency management bureau" in agency_aliases(agency_key("深圳市深汕特别合作区应急管理局"))
    # a place's name may hold 和 where it starts (和平区) or second (太和县)
    assert agency_key("天津市和平区人民政府") == "和平区" and agency_key("太和县人民政府") == "太和县"


def test_a_market_regulator_is_its_place_s_department():
    """大冶市市场监督管理局 was read as a place 大冶市市 with a department 场监督管理局 (a unit
    character followed by another is usually part of the name: 江州市), so its English name was
    "Dayeshi Changjianduguanli Bureau" and "Daye market regulation bureau" found nothing; an
    autonomous region (自治区) is a unit of its own; 盐都 reads yandu as well as yandou."""
    from indexer.agencies import agency_aliases, agency_english

    assert agency_english("大冶市市场监督管理局") == "Daye Administration for Market Regulation"
    assert agency_english("开阳县市场监督管理局") == "Kaiyang Administration for Market Regulation"
    assert "内蒙古市场监管局" in agency_aliases(agency_key("内蒙古自治区市场监督管理局"))
    assert "yandu finance bureau" in agency_aliases(agency_key("盐都区财政局"))
    assert agency_key("江州市") == "江州市" and agency_english("江州市") == "Jiangzhou City"
    # (and its initials after the place as the dictionary reads it, 2026-12-05 eighteenth session:
    # "Chaoyang JB", not the word's reading "zhaoyang jb")
    assert {"chaoyang jb", "changzhi ctb"} <= agency_aliases("朝阳市司法局") | agency_aliases("长治市文化和旅游局")


@pytest.mark.parametrize("first_line", ["正文", "内容", "标题"])
def test_a_pages_label_on_the_line_above_the_title_is_not_part_of_the_agency(tmp_path, first_line):
    """"正文" over "宿迁市 2025 年政府信息公开工作年度报告" (a label a saved page keeps): the two lines
    are tried together, as for a title broken over two lines, but the label is not the agency's."""
    path = tmp_path / "report.md"
    path.write_text(f"{first_line}\n宿迁市 2025 年政府信息公开工作年度报告\n\n一、总体情况\n2025 年，我市持续推进政务公开工作。\n",
                    encoding="utf-8")
    meta = parse_report(path.name, path.read_bytes()).meta
    assert (meta.agency, meta.year) == ("宿迁市", 2025)


@pytest.mark.parametrize("chrome", ["发布单位: 杭州市卫生健康委员会 主题分类: 政务公开",
                                    "您当前所在位置: 首页 > 部门公开信息 > 县卫健委 > 信息公开年度报告",
                                    "政府信息公开"])
def test_a_line_of_page_chrome_above_a_whole_title_is_not_part_of_the_agency(tmp_path, chrome):
    """Saved pages (held-out, 2026-12-04) print the site's section over the title: the agency was
    "政务公开杭州市卫生健康委员会", "信息公开年度报告…". A title whole on its line is read alone; two
    lines are joined only for a title broken over them."""
    path = tmp_path / "report.txt"
    path.write_text(f"{chrome}\n杭州市卫生健康委员会2023年度政府信息公开工作年度报告\n\n一、总体情况\n"
                    "2023年，我委持续推进政务公开工作。\n", encoding="utf-8")
    meta = parse_report(path.name, path.read_bytes()).meta
    assert (meta.agency, meta.year) == ("杭州市卫生健康委员会", 2023)


def test_a_title_with_its_year_word_inside_is_the_title(tmp_path):
    """"黄村镇2014年度信息年度公开报告" (a saved page, 2026-12-04) was no title, and the preface's
    "特向社会公布2013年度黄村镇政府信息公开年度报告" (a slip: its statistics are of 2014) gave the year."""
    path = tmp_path / "report.txt"
    path.write_text("黄村镇2014年度信息年度公开报告\n发布时间:2015-01-06 00:00 来源:黄村镇 字体:[ ]\n"
                    "根据有关文件的要求，特向社会公布2013年度黄村镇政府信息公开年度报告。"
                    "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n一、基本概述\n2014年，镇党委高度重视。\n",
                    encoding="utf-8")
    meta = parse_report(path.name, path.read_bytes()).meta
    assert (meta.agency, meta.year) == ("黄村镇", 2014)


def test_an_indented_line_of_a_saved_page_does_not_start_a_page(tmp_path):
    """Text saved from a PDF opens each page, its first too, with a line that starts with a space
    (the seed); in a saved web page an indented " 一、总体情况" was read as page 2."""
    path = tmp_path / "滦平县教体局_2019.txt"
    path.write_text("滦平县教体局2019年政府信息公开工作年度报告\n发布时间: 2020-03-16\n\n 一、总体情况\n"
                    "(一)主动公开。局网站全年发布新闻、文件、通知、通报等信息17条。\n", encoding="utf-8")
    parsed = parse_report(path.name, path.read_bytes())
    assert {c.page for c in parsed.chunks} == {1}
    assert [(n.value, n.page) for n in parsed.narrative] == [(17, 1)]
    assert len(parse_report(SEED.name, SEED.read_bytes()).doc.pages) == 5  # the seed keeps its five pages


def test_figures_stated_in_the_prose():
    parsed = parse_report(SEED.name, SEED.read_bytes())
    stated = {(n.label, n.raw, n.unit, n.page) for n in parsed.narrative}
    assert ("我乡在政府信息公开网上公布各类信息", "230", "条", 1) in stated
    assert ("政务信息", "27", "条", 1) in stated
    assert ("土地利用及管理", "3", "条", 1) in stated  # number and unit on different lines
    # a count before its noun (26 个领域 187 个具体事项) is taken, each with its own noun
    clauses = {n.raw: n.clause for n in parsed.narrative}
    assert clauses["26"].endswith("26个领域") and clauses["187"] == "领域187个具体事项", clauses


@pytest.mark.skipif(HZ2023 is None, reason="洪泽区 2023 report not in ../shared/corpus")
def test_a_grid_that_loses_rows_falls_back_to_the_text_layout(monkeypatch):
    import indexer.readers.pdf as readers

    real_grid_rows = readers._grid_rows

    def lossy_grid_rows(number, table):  # a grid that drops every third row, as broken grids do
        return [row for i, row in enumerate(real_grid_rows(number, table)) if i % 3 != 2]

    monkeypatch.setattr(readers, "_grid_rows", lossy_grid_rows)
    parsed = parse_report(HZ2023.name, HZ2023.read_bytes())
    assert [k for k, r in parsed.tables.items() if r.problems] == []
    assert "read from the text layout: the table grid could not be used" in parsed.tables["requests"].notes
    facts = {(f.table, f.row, f.col): f.value for f in parsed.facts}
    assert facts[("requests", "unavailable_not_held", "total")] == 10
    assert facts[("appeals", "litigation_after_review", "upheld")] == 5


def _same_document(a, b):
    """Two readings of one PDF agree: the same page texts, lines, cells, and boxes within half a point."""
    assert [p.text for p in a.pages] == [p.text for p in b.pages]
    for pa, pb in zip(a.pages, b.pages):
        assert [(l.text, [c.text for c in l.cells], l.from_grid) for l in pa.lines] == \
               [(l.text, [c.text for c in l.cells], l.from_grid) for l in pb.lines]
        for la, lb in zip(pa.lines, pb.lines):
            for ca, cb in zip(la.cells, lb.cells):
                assert (ca.bbox is None) == (cb.bbox is None)
                if ca.bbox:
                    assert max(abs(x - y) for x, y in zip(ca.bbox, cb.bbox)) < 0.5, (pa.number, ca.text)


@pytest.mark.parametrize("path", [p for p in shared_reports() if p.suffix == ".pdf"], ids=lambda p: p.name)
def test_pages_laid_out_from_pdfiums_objects_read_as_from_pdfminers(path):
    """The fast path (pdfium's characters and rulings, laid out by pdfplumber) reads every
    page, line, cell and box as pdfminer's interpretation does."""
    import io

    import pdfplumber
    import pypdfium2 as pdfium

    from indexer.readers.pdf import read_pdf
    from indexer.readers.pdfium_objects import page_objects

    data = path.read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        fast = pdfium.PdfDocument(data)
        for i, page in enumerate(plumber.pages):
            ours = page_objects(fast[i], page)
            assert ours is not None
            theirs = page.objects
            assert "".join(c["text"] for c in ours["char"]) == "".join(c["text"] for c in theirs["char"])
            for mine, reference in zip(ours["char"], theirs["char"]):
                assert max(abs(mine[k] - reference[k]) for k in ("x0", "x1", "top", "bottom")) < 0.5, mine["text"]
            assert {k: len(v) for k, v in ours.items() if k != "char"} == \
                   {k: len(v) for k, v in theirs.items() if k in ("line", "rect", "curve", "image")}
        fast.close()
    _same_document(read_pdf(data), read_pdf(data, use_pdfium=False))


@pytest.mark.skipif(HZ2024 is None, reason="洪泽区 2024 report not in ../shared/corpus")
def test_a_rotated_page_is_read_by_pdfminer(tmp_path):
    """pdfium places a rotated page's characters unrotated: such a page is left to pdfminer and
    reads as it always did."""
    import io

    import pdfplumber
    import pypdfium2 as pdfium
    from pypdf import PdfReader, PdfWriter

    from indexer.readers.pdf import read_pdf
    from indexer.readers.pdfium_objects import page_objects

    writer = PdfWriter()
    for i, page in enumerate(PdfReader(HZ2024).pages):
        writer.add_page(page.rotate(90) if i == 1 else page)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        fast = pdfium.PdfDocument(data)
        assert page_objects(fast[1], plumber.pages[1]) is None
        assert page_objects(fast[0], plumber.pages[0]) is not None
        fast.close()
    doc = read_pdf(data)
    _same_document(doc, read_pdf(data, use_pdfium=False))
    assert len(doc.pages[1].text) > 200


PT2020_HTML = next((p for p in shared_reports() if p.name == "平潭综合实验区_2020.html"), None)


@pytest.mark.skipif(PT2020_HTML is None, reason="平潭综合实验区 2020 web page not in ../shared/corpus")
def test_template_rows_a_web_page_leaves_wholly_blank_are_read_as_blank_rows():
    """Web pages leave zero cells blank, whole rows of them: a template row of blank cells in
    table 三 and in table 二, and a table 四 of fifteen blank cells (no review, no suit), are
    rows of blanks in their places, not lost (table 三 read as 22 rows then failed its layout)."""
    import re

    html = PT2020_HTML.read_text(encoding="utf-8")

    def blank_row(text, label=None, last_of=None):
        rows = list(re.finditer(r"<tr[\s>].*?</tr>", text, flags=re.S))
        if last_of:  # the last row of the table that follows this heading
            start = text.index(last_of)
            row = [r for r in rows if r.start() > start][:4][-1]
        else:
            row = next(r for r in rows if label in r.group(0))
        emptied = re.sub(r">(\s*)\d+(\s*)<", r">\1&nbsp;\2<", row.group(0))
        return text[:row.start()] + emptied + text[row.end():]

    page = blank_row(html, "其他法律行政法规禁止公开")
    page = blank_row(page, "行政强制")
    page = blank_row(page, last_of="四、政府信息公开行政复议")
    parsed = parse_report(PT2020_HTML.name, page.encode("utf-8"))
    assert parsed.tables["requests"].problems == []
    cells = {(f.table, f.row, f.col): f.raw for f in parsed.facts}
    assert [cells[("requests", "withheld_prohibited", c)] for c in ("natural_person", "total")] == ["", ""]
    assert cells[("requests", "new_received", "total")] == "21"  # the rows around it as printed
    assert {k: v for k, v in cells.items() if k[:2] == ("art20_6", "coercion")} and \
        all(v == "" for k, v in cells.items() if k[:2] == ("art20_6", "coercion"))
    appeals = [v for k, v in cells.items() if k[0] == "appeals"]
    assert len(appeals) == 15 and set(appeals) == {""}


def test_pdfiums_paths_are_pdfminers_lines_rectangles_and_curves():
    """A line, a closed rectangle and a line run into a Bézier curve, drawn by pdfium into a new
    PDF: the objects pdfplumber gets from pdfium are pdfminer's, point for point (a curve keeps
    its end points only, as pdfminer does, so control points never become a table's edges)."""
    import io

    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from indexer.readers.pdfium_objects import page_objects

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(300, 200)
    for points, closed, curve in (([(10, 10), (200, 10)], False, None),
                                  ([(10, 20), (100, 20), (100, 60), (10, 60)], True, None),
                                  ([(120, 20), (160, 20)], False, (170, 30, 170, 50, 160, 60))):
        path = pdfium_c.FPDFPageObj_CreateNewPath(*points[0])
        for point in points[1:]:
            pdfium_c.FPDFPath_LineTo(path, *point)
        if curve:
            pdfium_c.FPDFPath_BezierTo(path, *curve)
        if closed:
            pdfium_c.FPDFPath_Close(path)
        pdfium_c.FPDFPath_SetDrawMode(path, 0, True)
        pdfium_c.FPDFPage_InsertObject(page.raw, path)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    data = buffer.getvalue()
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        ours = page_objects(pdfium.PdfDocument(data)[0], plumber.pages[0])
        theirs = plumber.pages[0].objects

        def shapes(objects):
            return {kind: [[(round(x, 2), round(y, 2)) for x, y in o["pts"]] for o in objects.get(kind, [])]
                    for kind in ("line", "rect", "curve")}

        assert shapes(ours) == shapes(theirs)
        assert [len(v) for v in shapes(ours).values()] == [1, 1, 1]


def test_a_hyphen_ending_a_line_reads_as_pdfminer_reads_it():
    """pdfium reports a hyphen that ends a line as the control code 2: it is read as "-", as
    pdfminer reads it, and a hyphen inside a line ("1-3") as itself."""
    import ctypes
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from indexer.readers.pdf import read_pdf

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(300, 200)
    for words, y in (("Information manip-", 150), ("ulation of 1-3 rows", 134)):
        obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 12.0)
        pdfium_c.FPDFText_SetText(obj, (ctypes.c_ushort * (len(words) + 1))(*map(ord, words), 0))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 20, y)
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    data = buffer.getvalue()
    assert read_pdf(data).pages[0].text == read_pdf(data, use_pdfium=False).pages[0].text == \
        "Information manip-\nulation of 1-3 rows"


SHANGHAI_OFFICE_2025 = Path(__file__).parent / "fixtures" / "上海市人民政府办公厅_2025.md"


def request_row(cells, key):
    """A row of table 三 as read, {(table, row, column): value} → its seven cells in order."""
    return [cells[("requests", key, c)] for c in
            ("natural_person", "commercial", "research", "social_org", "legal_service", "other", "total")]


def appeal_cells(cells):
    """Table 四's fifteen cells as read, in the template's order."""
    return [cells[("appeals", r, c)] for r in ("review", "litigation_direct", "litigation_after_review")
            for c in ("upheld", "corrected", "other", "pending", "total")]


def test_a_markdown_conversion_with_tables_cut_apart_is_read_cell_for_cell():
    """A held-out real report (tests/fixtures/PROVENANCE.tsv): a PDF turned into Markdown, table
    三 cut into pieces with its group labels split over lines (（三）不 | 予公开), table 四 one
    row of 15 numbers under a broken header. Every cell as printed (checked by hand against
    the file); table 二's first item prints 2 numbers for 3 columns and is reported, not read;
    enumerated counts state their own subjects (新闻发布会42场、新闻通气会19场)."""
    parsed = parse_report(SHANGHAI_OFFICE_2025.name, SHANGHAI_OFFICE_2025.read_bytes())
    assert (agency_key(parsed.meta.agency), parsed.meta.year) == ("上海市", 2025)
    cells = {(f.table, f.row, f.col): f.value for f in parsed.facts}
    row = lambda key: request_row(cells, key)  # noqa: E731
    assert row("new_received") == [1259, 36, 0, 0, 0, 0, 1295]
    assert row("carried_over") == [170, 15, 0, 0, 4, 0, 189]
    assert row("withheld_internal") == [8, 0, 0, 0, 1, 0, 9]
    assert row("unavailable_not_held") == [484, 28, 0, 0, 1, 0, 513]
    assert row("rejected_confirmation") == [0] * 7
    assert row("other_overdue_correction") == [40, 1, 0, 0, 2, 0, 43]
    assert row("other_other") == [264, 12, 0, 0, 0, 0, 276]
    assert row("results_total") == [1139, 48, 0, 0, 4, 0, 1191]
    assert row("carried_forward") == [290, 3, 0, 0, 0, 0, 293]
    assert len([k for k in cells if k[0] == "requests"]) == 25 * 7
    appeals = appeal_cells(cells)
    assert appeals == [40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]
    assert all(c.passed for c in parsed.checks), [c for c in parsed.checks if not c.passed]
    assert not any(k[0] == "art20_1" for k in cells)
    assert any("2 numbers for 3 columns" in p for p in parsed.tables["art20_1"].problems)
    # each its own subject; the second is stored with the head of its list (its verb: 召开)
    clauses = {n.value: (n.label, n.clause) for n in parsed.narrative if n.unit == "场"}
    assert clauses == {42: ("召开市政府新闻发布会", "召开市政府新闻发布会42场"),
                       19: ("新闻通气会", "召开市政府新闻发布会42场⋯新闻通气会19场")}


PINGTAN_2024_CRAWLER_TEXT = Path(__file__).parent / "fixtures" / "平潭综合实验区_2024.txt"


def test_a_crawler_text_with_headings_run_into_their_text_is_read_whole():
    """A held-out real report (tests/fixtures/PROVENANCE.tsv): a crawler's text with the whole
    report on one line. Its headings run straight into their text ("五、存在的主要问题及改进
    情况2024年，…", "六、其他需要报告的事项2024年，无收取…") and a stray space splits a row
    label ("三、本年度办 理结果"): every cell of tables 三 and 四 is read (checked by hand), every
    check passes, section 五's problems and section 六 are passages of their sections, and
    no passage is table debris ("3.其他1100002 （七）总计21710000218")."""
    parsed = parse_report(PINGTAN_2024_CRAWLER_TEXT.name, PINGTAN_2024_CRAWLER_TEXT.read_bytes())
    assert (agency_key(parsed.meta.agency), parsed.meta.year) == ("平潭综合实验区", 2024)
    cells = {(f.table, f.row, f.col): f.value for f in parsed.facts}
    row = lambda key: request_row(cells, key)  # noqa: E731
    assert len([k for k in cells if k[0] == "requests"]) == 25 * 7
    assert row("new_received") == [217, 1, 0, 0, 0, 0, 218]
    assert row("carried_over") == [0] * 7
    assert row("disclosed") == [71, 0, 0, 0, 0, 0, 71]
    assert row("withheld_internal") == [32, 0, 0, 0, 0, 0, 32]
    assert row("unavailable_not_held") == [75, 0, 0, 0, 0, 0, 75]
    assert row("other_other") == [1, 1, 0, 0, 0, 0, 2]
    assert row("results_total") == [217, 1, 0, 0, 0, 0, 218]
    appeals = appeal_cells(cells)
    assert appeals == [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]
    assert all(c.passed for c in parsed.checks), [c for c in parsed.checks if not c.passed]
    sections = {c.text: c.section for c in parsed.chunks}
    problems = next(t for t in sections if "政策解读形式仍需创新" in t)
    assert sections[problems] == "五、存在的主要问题及改进情况" and "仍在不足" in problems
    assert any(s.startswith("六、") and "无收取信息处理费" in t for t, s in sections.items())
    assert not [t for t in sections if "总计" in t and re.search(r"\d{5,}", t)]


def test_a_crawler_text_with_spaced_labels_and_a_typo_in_a_heading_is_read_whole():
    """A held-out real report of corpus/ (平潭综合实验区 2022, a crawler's text): some labels keep
    a space before their run-together digits ("一、本年新收…数量 713000074"), the heading of 四
    has the report's own typo (四、政府信息公开行政法复议、行政诉讼情况) and runs into table 四's
    header, and the header and its fifteen numbers share one line. Every cell of tables 三 and
    四 is read (checked by hand), every check passes, 五 and 六 are sections of their own."""
    path = CORPUS / "平潭综合实验区_2022.txt"
    parsed = parse_report(path.name, path.read_bytes())
    cells = {(f.table, f.row, f.col): f.value for f in parsed.facts}
    total = lambda key: cells[("requests", key, "total")]  # noqa: E731
    assert len([k for k in cells if k[0] == "requests"]) == 25 * 7
    assert [total(k) for k in ("new_received", "carried_over", "disclosed", "partially_disclosed",
                               "unavailable_not_held", "other_other", "results_total", "carried_forward")] == \
        [74, 1, 21, 9, 37, 2, 75, 0]
    assert [cells[("requests", "new_received", c)] for c in ("natural_person", "commercial")] == [71, 3]
    appeals = appeal_cells(cells)
    assert appeals == [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]
    assert all(c.passed for c in parsed.checks), [c for c in parsed.checks if not c.passed]
    sections = {c.section for c in parsed.chunks}
    assert {"五、存在的主要问题及改进情况", "六、其他需要报告的事项"} <= sections, sections


def test_a_report_from_before_the_template_keeps_its_sections_in_a_crawler_text():
    """A held-out real report of corpus/ (平潭综合实验区 2016, a crawler's text): its headings,
    in the words of the years before the template, run on into their text ("一、 概述2016年，…",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况2016年…", "六、主要问题和改进措施2016年，
    …"). Each is a section of its own, so its passages are labelled with it and the problems
    start a passage of their own (they ran on after 五's sentence, and 概述's points were
    counted as the preface)."""
    path = CORPUS / "平潭综合实验区_2016.txt"
    parsed = parse_report(path.name, path.read_bytes())
    assert parsed.meta.template == "none"
    by_text = {c.text: c.section for c in parsed.chunks}
    section_of = lambda words: next(s for t, s in by_text.items() if words in t)  # noqa: E731
    assert section_of("队伍建设方面") == "一、概述"
    assert section_of("信息平台不同源") == "六、主要问题和改进措施"
    problems = next(t for t in by_text if "信息平台不同源" in t)
    assert problems.startswith("2016年，我区政府信息公开工作取得了明显进展")
    assert section_of("未收到有关政府信息公开行政复议") == "五、因政府信息公开申请行政复议、提起行政诉讼的情况"


def test_a_heading_that_names_its_subject_before_the_problems_starts_their_section():
    """Held-out real reports of corpus/ (平潭综合实验区 2013, 平潭县 2012: crawlers' texts from
    before the template): "四、政府信息公开工作存在的主要问题及改进情况 目前，…仍存在一些不足" ran on
    after section 三's sentence, so the problems were passages of 三 (a question about them
    found the requests instead)."""
    for name in ("平潭综合实验区_2013.txt", "平潭县人民政府_2012.txt"):
        path = CORPUS / name
        parsed = parse_report(path.name, path.read_bytes())
        problems = next(c for c in parsed.chunks if "仍存在一些不足" in c.text)
        assert problems.section == "四、政府信息公开工作存在的主要问题及改进情况", (name, problems.section)
        assert problems.text.startswith("目前，"), problems.text[:40]


def test_radicals_printed_for_ideographs_are_read_as_the_ideographs():
    """A saved page (2026-12-04, sixth session: 文瀛湖街道) printed Kangxi radicals for common
    ideographs ("政务公开⼯作…取得了⼀定成效", as some PDF fonts do): 工作 and 一定 were not found."""
    from indexer.readers import read_document

    text = "文瀛湖街道2021年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n政务公开\u2f2f作取得了\u2f00定成效。\n"
    doc = read_document("page.txt", text.encode("utf-8"))
    assert "政务公开工作取得了一定成效。" in [line.text for page in doc.pages for line in page.lines]
