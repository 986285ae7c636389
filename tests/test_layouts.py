"""Template variants the real corpus lacks: the 2021 edition's 25-row table 三, labels and
number rows broken over lines, table 四 over two lines, a table continued on the next page."""
from indexer.pipeline import parse_report

# A 2021-edition report in the text form of a PDF (a line starting with a space is a new
# page). Agency and figures are invented; the layout follows real reports.
REPORT_2022 = """ 测试县人民政府
2022 年度政府信息公开工作年度报告
一、总体情况
2022 年，我县主动公开政府信息 512 条。
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发
件数
本年废止
件数
现行有效
件数
规章 1 0 4
行政规范性文件 12 3 40
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 1,208
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 317
行政强制 -
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 12.5
三、收到和处理政府信息公开申请情况
申请人情况
自然人 法人或其他组织 总计
商业企业 科研机构 社会公益组织 法律服务机构 其他
一、本年新收政府信息公开申请数量 30 5 1 0 2 0 38
二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2
三、本年度办理结果 （一）予以公开 10 2 0 0 1 0 13
（二）部分公开（区分处理的，只计这一情形，不计
其他情形）
4 1 0 0 0 0 5
（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0
2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
3.危及“三安全一稳定” 0 0 0 0 0 0 0
4.保护第三方合法权益 1 0 0 0 0 0 1
5.属于三类内部事务信息 0 0 0 0 0 0 0
6.属于四类过程性信息 1 0 0 0 0 0 1
7.属于行政执法案卷 0 0 0 0 0 0 0
8.属于行政查询事项 0 0 0 0 0 0 0
（四）无法提供 1.本机关不掌握相关政府信
息
6 1 1 0 0 0 8
 2.没有现成信息需要另行制作 1 0 0 0 0 0 1
3.补正后申请内容仍不明确 1 0 0 0 0 0 1
（五）不予处理 1.信访举报投诉类申请 2 0 0 0 0 0 2
2.重复申请 1 0 0 0 0 0 1
3.要求提供公开出版物 0 0 0 0 0 0 0
4.无正当理由大量反复申请 0 0 0 0 0 0 0
5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0
（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
1 0 0 0 0 0 1
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0
3.其他 1 0 0 0 0 0
1
（七）总计 29 4 1 0 1 0 35
四、结转下年度继续办理 3 1 0 0 1 0 5
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
2 1 0 1 4 1 0 0
0 1 0 0 0 1 1
五、存在的主要问题及改进情况
政策解读形式单一，下一步将丰富解读形式。
六、其他需要报告的事项
无。
"""


def test_2021_edition_with_split_other_handling_and_broken_lines():
    parsed = parse_report("测试县_2022.txt", REPORT_2022.encode("gb18030"))
    assert (parsed.meta.agency, parsed.meta.year, parsed.meta.template) == ("测试县人民政府", 2022, "2021")
    assert [k for k, r in parsed.tables.items() if r.problems] == []
    cell = {(f.table, f.row, f.col): f for f in parsed.facts}

    # header broken over lines; a thousands separator; a dash kept as printed, not as 0
    assert [cell[("art20_1", "normative_documents", c)].value for c in ("issued", "repealed", "in_force")] == [12, 3, 40]
    assert cell[("art20_5", "licensing", "decisions")].value == 1208
    coercion = cell[("art20_6", "coercion", "decisions")]
    assert (coercion.value, coercion.raw) == (None, "-")
    assert (cell[("art20_8", "fees", "fee_amount")].value, cell[("art20_8", "fees", "fee_amount")].unit) == (12.5, "万元")

    # 25 rows of table 三: labels before or after their numbers, a number row wrapped
    rows = {f.row for f in parsed.facts if f.table == "requests"}
    assert len(rows) == 25 and "other_handling" not in rows
    assert cell[("requests", "partially_disclosed", "commercial")].value == 1
    assert cell[("requests", "unavailable_not_held", "total")].value == 8
    assert cell[("requests", "unavailable_not_existing", "natural_person")].page == 2  # next page
    assert cell[("requests", "other_overdue_correction", "total")].value == 1
    assert cell[("requests", "other_other", "total")].value == 1
    assert cell[("requests", "carried_forward", "legal_service")].value == 1

    # table 四 printed over two lines
    assert [cell[("appeals", "review", c)].value for c in ("upheld", "corrected", "other", "pending", "total")] == [2, 1, 0, 1, 4]
    assert cell[("appeals", "litigation_after_review", "total")].value == 1

    # the template's arithmetic holds for this report, including the 25-row result total
    failed = [c.detail_zh for c in parsed.checks if not c.passed]
    assert failed == []
    assert any(c.key == "requests.results_total.total" for c in parsed.checks)


def test_mislabelled_row_is_reported():
    text = REPORT_2022.replace("2.重复申请 1 0 0 0 0 0 1", "2.属于国家秘密 1 0 0 0 0 0 1")
    parsed = parse_report("x.txt", text.encode("utf-8"))
    assert any("reads as （三）不予公开 1.属于国家秘密" in n for n in parsed.tables["requests"].notes)


def test_a_table_with_missing_rows_is_reported_not_guessed():
    text = REPORT_2022.replace("2.重复申请 1 0 0 0 0 0 1\n", "")
    parsed = parse_report("x.txt", text.encode("utf-8"))
    problems = parsed.tables["requests"].problems
    assert problems and "24 rows" in problems[0]
    cells = {(f.row, f.col) for f in parsed.facts if f.table == "requests"}
    assert ("rejected_repeat", "total") not in cells
    assert ("new_received", "total") in cells  # rows whose labels can be read are kept
