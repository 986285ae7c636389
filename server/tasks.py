"""The office's tasks asked in the chat: compare two reports, roll the year's tables up.

"洪泽区2024年和2023年相比有什么变化" / "compare Hongze 2023 and 2024": two reports (one agency
in two years, or two agencies in one year) and no particular figure → the comparison's
summary, its largest changes (each linked to both cells) and a link to the full comparison.
"2024年各单位申请数量合计，按模板导出" / "roll up 2024 in the template": the year's tables
summed over the agencies asked (all by default) → the totals asked for (each listing what it
adds) and the links to the roll-up page and its XLSX in the template's layout.
"""
import json
import re
from urllib.parse import urlencode

from .compare import compare, primary_reports
from .rollup import cell_parts, rollup

COMPARE_WORDS = re.compile(r"相比|比较|对比|有什么变化|有何变化|哪些变化|什么不同|有何不同|差异|\bcompare|\bcomparison|"
                           r"\bversus\b|\bvs\.?\s|\bdiffer|what changed|changes between", re.I)
ROLLUP_WORDS = re.compile(r"按模板|模板格式|模板表格|汇总表|导出|roll[- ]?up|in the template|template layout|\bexport", re.I)
SUM_WORDS = re.compile(r"合计|汇总|加总|总和|\bsum|\btotal|roll[- ]?up", re.I)
TOP_CHANGES = 5
# "哪些报告没有通过校验", "表格数字对不上的报告", "which reports fail their checks": a check word
# with a failure word (检查 alone is a topic of the prose: 季度政务公开检查)
CHECK_WORDS = re.compile(
    r"(?:校验|核对|勾稽|核验|自洽|算术|表格|数字|数据).{0,8}?(?:没有?通过|未通过|不通过|失败|不符|不相符|不一致|对不上|不平|有误|出错)|"
    r"(?:没有?通过|未通过|不通过).{0,6}?(?:校验|核对|核验)|通过了?(?:校验|核对|核验|勾稽)|(?:校验|核对|核验)结果|"
    r"勾稽关系|(?:数字|数据).{0,4}?(?:对得上|对不对|是否一致|一致吗|有没有问题|有问题吗|有无问题|有没有错|有错吗|准确吗)|"
    # 今年的上年结转和去年的结转下年度一致吗: the cross-year check
    r"结转.{0,30}?(?:一致|对得上|对不上|相符|不符|相等|衔接)|"
    r"\bpass(?:es|ed|ing)?\s+(?:\w+\s+){0,3}checks?\b|\bcheck results?\b|\bconsistency checks?\b|"
    r"\bfail(?:s|ed|ing)?\s+(?:\w+\s+){0,3}checks?\b|\bchecks?\s+(?:that\s+)?fail|"
    r"\b(?:do(?:es)?n't|do(?:es)? not)\s+add\s+up\b|\binconsistent\s+(?:figures|tables|reports)\b|"
    r"\b(?:any|are there)\s+errors?\s+in\s+(?:\w+\s+){0,4}(?:figures|tables|data|numbers)\b|"
    r"\b(?:figures|tables|data|numbers)\b.{0,40}?\b(?:consistent|correct|right)\b|"
    r"\bcarried (?:over|forward)\b.{0,60}\b(?:match|agree|equal|consistent)", re.I)
# a question about the carry-over itself: each pair's result is said, consistent or not
CARRY_ASKED = re.compile(r"结转|carried (?:over|forward)|carry[- ]over|cross[- ]year", re.I)
CARRY_PAIRS_SAID = 5
CHECKS_LISTED = 10  # reports named in the answer; the archive page lists them all
DETAILS_LISTED = 2  # failed checks quoted per report
CROSS_YEAR_SCOPE = 2000  # reports: up to this many, the answer makes the cross-year check too


def office_task(archive, q, agencies, years, lang):
    """The answer for a comparison or a roll-up question, or None for any other question."""
    text = q.text
    if ROLLUP_WORDS.search(text) and SUM_WORDS.search(text):
        return _rollup_answer(archive, q, agencies, years, lang)
    if COMPARE_WORDS.search(text) and not q.cells:
        return _compare_answer(archive, agencies, years, lang)
    if CHECK_WORDS.search(text):
        return _checks_answer(archive, agencies, years, lang, carry_asked=bool(CARRY_ASKED.search(text)))
    return None


def _checks_answer(archive, agencies, years, lang, carry_asked=False):
    """The reports of the scope that fail a template check (table 三's 一+二=三(七)+四, a total
    against its parts …) or the cross-year check (上年结转 = last year's 结转下年度), each with
    what fails and a link to its page with the cells outlined. One form per report: the one
    answers cite. Which reports fail is one query over the scope; the details are read for
    the reports named only, and the cross-year check (a pair of reports at a time) is made
    for a scope of up to CROSS_YEAR_SCOPE reports (the archive page makes it for any agency)."""
    from .crossyear import consecutive_pairs, cross_year_checks
    from .matrix import failed_checks

    zh = lang == "zh"
    primary = primary_reports(archive.select_reports(agencies or None, years or None))
    counts = dict(archive.db().execute(
        "SELECT report_id, COUNT(*) FROM check_failures WHERE report_id IN (SELECT value FROM json_each(?))"
        " GROUP BY report_id", (json.dumps([r.id for r in primary.values()]),)).fetchall())
    cross, cross_checked, carried = {}, len(primary) <= CROSS_YEAR_SCOPE, []
    if cross_checked:
        everything = primary_reports(archive.select_reports(agencies or None)) if years else primary
        for this, last in consecutive_pairs(everything):  # last year's report may be outside the years asked
            if (this.agency_key, this.year) in primary:
                made = cross_year_checks(archive, this, last, lang)
                bad = [c for c in made if not c["passed"]]
                if bad:
                    cross[this.id] = bad
                # "上年结转和去年的结转下年度一致吗": the answer to that, consistent or not, for the
                # pairs inside the years asked (both, where two or more are named)
                if len(years or ()) < 2 or last.year in years:
                    carried += [(this, c) for c in made if c["key"] == "carry.total"]
    failing = [r for _, r in sorted(primary.items(), key=lambda kv: (kv[0][1], kv[0][0]))
               if r.id in counts or r.id in cross]
    n, k = len(primary), len(failing)
    links, parts, listed = [], [], []
    for report in failing[:CHECKS_LISTED]:
        checks, cross_bad = failed_checks(archive, report, lang), cross.get(report.id, [])
        listed.append({"report": report.id, "agency_key": report.agency_key, "year": report.year,
                       "failed": [c["detail"] for c in checks], "cross_year": [c["detail"] for c in cross_bad]})
        agency = archive.agencies[report.agency_key]
        name = agency.name if zh else agency.name_en
        details = [c["detail"] for c in checks[:DETAILS_LISTED]] + [c["detail"] for c in cross_bad[:1]]
        count = len(checks) + len(cross_bad)
        parts.append(f"{name} {report.year} 年（{count} 项）：" + "；".join(details) if zh else
                     f"{name} {report.year} ({count}): " + "; ".join(details))
        url = next((c["marked"][0] for c in checks if c["marked"]), f"/source/{report.id}/1")
        links.append({"label": f"{name} {report.year}", "url": url})
    scope_note = "" if cross_checked else (
        "（范围较大，跨年度核对未在此逐一进行，见档案总览）" if zh else
        " (a scope this large is not checked across years here; the archive page does it per agency)")
    if not n:
        text = "所问范围内没有报告。" if zh else "The archive holds no report in the scope asked."
    elif not k:
        text = (f"所问范围的 {n} 份报告全部通过模板校验" + ("和跨年度核对" if cross_checked else "") + f"。{scope_note}"
                if zh else (f"All {n} reports in the scope pass" if n > 1 else "The one report in the scope passes")
                + " the template's checks"
                + (" and the cross-year check." if cross_checked else ".") + scope_note)
    elif zh:
        text = (f"所问范围的 {n} 份报告中，{k} 份有未通过的校验（报告本身的数字不相符，按原样保留、未作修改）"
                f"{scope_note}：" + "。".join(parts) + ("。……其余见档案总览。" if k > CHECKS_LISTED else "。"))
    else:
        text = ((f"{k} of the {n} reports in the scope fail a check" if n > 1 else
                 "The one report in the scope fails a check") + " (the reports' own figures disagree; they are "
                f"kept as printed){scope_note}: " + ". ".join(parts)
                + (". … The rest are on the archive page." if k > CHECKS_LISTED else "."))
    if carry_asked and carried:
        # the total column's detail, named by its agency instead ("总计：2021 年上年结转 0，…")
        said = [_name(archive, this, zh) + c["detail"].split("：" if zh else ": ", 1)[-1]
                for this, c in carried[:CARRY_PAIRS_SAID]]
        text = ("跨年度核对（上年结转 = 上一年度结转下年度）：" + "；".join(said) + "。" if zh else
                "Carried over against the year before's carried forward: " + "; ".join(said) + ". ") + text
    elif carry_asked and cross_checked and n:
        text = ("所问范围内没有相邻两个年度的报告，无法做跨年度核对。" if zh else
                "The scope holds no two consecutive years of one agency: nothing to check across years. ") + text
    links.append({"label": "档案总览（各报告校验结果）" if zh else "The archive at a glance (every report's checks)",
                  "url": "/archive"})
    return {"kind": "checks", "answer": text, "links": links, "checks": listed, "checks_total": k}


def _name(archive, report, zh):
    agency = archive.agencies[report.agency_key]
    return agency.name if zh else f"{agency.name_en}: "


def _pair(archive, agencies, years):
    """The two reports a comparison names: one agency's two years, or two agencies' year; an
    agency without a year is its newest report (洪泽区比较一下: its last two years; 平掌乡和上海市
    科委比较一下: each one's newest), and two agencies each with a year of its own are paired so
    (平掌乡2020年和上海市科委2024年)."""
    primary = primary_reports(archive.reports.values())
    years = sorted(set(years or []))
    held = {a: sorted(y for k, y in primary if k == a) for a in agencies}
    if len(agencies) == 1 and not years and len(held[agencies[0]]) >= 2:
        years = held[agencies[0]][-2:]
    wanted = None
    if len(agencies) == 2 and not years and all(held.values()):
        wanted = [(a, held[a][-1]) for a in agencies]
    if len(agencies) == 2 and len(years) == 2:
        owns = [[y for y in years if y in held[a]] for a in agencies]
        if [len(o) for o in owns] == [1, 1] and owns[0] != owns[1]:
            wanted = [(a, o[0]) for a, o in zip(agencies, owns)]
    if wanted:  # the earlier year first, as a change reads
        wanted.sort(key=lambda w: w[1])
        return [primary[w] for w in wanted], wanted
    if len(agencies) == 1 and len(years) == 2:
        return [primary.get((agencies[0], y)) for y in years], [(agencies[0], y) for y in years]
    if len(agencies) == 2 and len(years) == 1:
        return [primary.get((a, years[0])) for a in agencies], [(a, years[0]) for a in agencies]
    return None, None


def _compare_answer(archive, agencies, years, lang):
    reports, wanted = _pair(archive, agencies, years)
    if wanted is None:
        return None
    zh = lang == "zh"
    missing = [f"{archive.agencies[a].name} {y}" for (a, y), r in zip(wanted, reports) if r is None]
    if missing:
        return {"kind": "none", "answer": (f"档案中没有{'、'.join(missing)} 年的报告，无法对比。" if zh else
                                           f"The archive holds no report for {', '.join(missing)}: nothing to compare.")}
    a, b = reports
    result = compare(archive, a, b, lang)
    top = [c for c in result["cells"] if c["change"]][:TOP_CHANGES]
    name = "agency" if zh else "agency_en"
    head = f"{result['a'][name]} {result['a']['year']}" + (" 与 " if zh else " and ") + \
        f"{result['b'][name]} {result['b']['year']}"
    s = result["summary"]
    if zh:
        text = (f"{head}对比：{s['cells']} 个模板数字中 {s['changed']} 个有变化"
                + ("，变化最大的：" + "；".join(
                    f"{c['row_label']}·{c['column_label']} {c['a']['raw']} → {c['b']['raw']}（{c['change']:+g}）"
                    for c in top) if top else "")
                + f"。正文新增 {s['passages']['added']} 段、删除 {s['passages']['removed']} 段、"
                  f"修改 {s['passages']['changed']} 段。完整对比（可导出 XLSX、CSV，可打印）见链接。")
    else:
        text = (f"{head}: {s['changed']} of {s['cells']} template figures changed"
                + ("; the largest: " + "; ".join(
                    f"{c['row_label']} · {c['column_label']} {c['a']['raw']} → {c['b']['raw']} ({c['change']:+g})"
                    for c in top) if top else "")
                + f". Text: {s['passages']['added']} passages added, {s['passages']['removed']} removed, "
                  f"{s['passages']['changed']} changed. The full comparison (XLSX, CSV, printable) is linked.")
    query = urlencode({"a": a.id, "b": b.id})
    for c in result["cross_year"]:
        if not c["passed"]:
            text += (" ⚠ 跨年度核对不符：" if zh else " ⚠ Cross-year check fails: ") + c["detail"]
    return {"kind": "compare", "answer": text,
            "compare": {"a": result["a"], "b": result["b"], "summary": s, "top": top,
                        "cross_year": result["cross_year"]},
            "links": [{"label": "打开完整对比" if zh else "Open the full comparison", "url": f"/compare?{query}"},
                      {"label": "导出 XLSX" if zh else "Export XLSX", "url": f"/api/compare.xlsx?{query}"},
                      {"label": "导出 CSV" if zh else "Export CSV", "url": f"/api/compare.csv?{query}"}]}


def _rollup_answer(archive, q, agencies, years, lang):
    zh = lang == "zh"
    held = archive.years()
    if not held:
        return None
    year = max(years) if years else held[-1]
    result = rollup(archive, year, agencies or None, "", lang)
    query = urlencode([("year", year)] + [("agency", a) for a in agencies or []])
    asked = []
    for cell in q.cells:
        for table in result["tables"]:
            if table["table"] != cell.table:
                continue
            for row in table["rows"]:
                if row["row"] not in cell.rows:
                    continue
                for col, value in zip(table["columns"], row["cells"]):
                    if (cell.cols and col["key"] not in cell.cols) or (not cell.cols and col["key"] != "total"
                                                                       and table["table"] == "requests"):
                        continue
                    if value["total"] is not None:
                        # a roll-up too wide to list every figure still lists those of the totals asked
                        parts = value["parts"] if result["detail"] else \
                            cell_parts(archive, result, table["table"], row["row"], col["key"])
                        asked.append({"label": f"{row['label']} · {col['label']}", "value": value["total"],
                                      "unit": col["unit"], "count": value["count"], "parts": parts,
                                      "empty": value["empty"]})
    n = len(result["reports"])
    if zh:
        text = f"{year} 年 {n} 份报告按模板汇总"
        text += "：" + "；".join(f"{s['label']} 合计 {s['value']:g}{s['unit']}（{s['count']} 份报告相加）"
                                for s in asked) if asked else ""
        text += "。汇总表按模板格式导出为 XLSX（另附每个合计所加的数字明细）。"
        if result["left_out"]:
            text += "未计入：" + "；".join(f"{r['agency']}（{r['reason']}）" for r in result["left_out"]) + "。"
    else:
        text = f"{year}: the template's tables summed over {n} reports"
        text += ": " + "; ".join(f"{s['label']} total {s['value']:g} {s['unit']} (from {s['count']} reports)"
                                 for s in asked) if asked else ""
        text += ". Export the tables in the template's layout as XLSX (with every figure each total adds)."
    return {"kind": "rollup", "answer": text,
            "rollup": {"year": year, "reports": n, "edition": result["edition"], "totals": asked,
                       "left_out": result["left_out"]},
            "sums": [{"label": s["label"], "value": s["value"], "display": f"{s['value']:g}", "unit": s["unit"],
                      "count": s["count"], "parts": [{**p, "year": year} for p in s["parts"]]} for s in asked],
            "links": [{"label": "打开汇总表" if zh else "Open the roll-up", "url": f"/rollup?{query}"},
                      {"label": "导出 XLSX（模板格式）" if zh else "Export XLSX (template layout)",
                       "url": f"/api/rollup.xlsx?{query}"},
                      {"label": "导出 CSV" if zh else "Export CSV", "url": f"/api/rollup.csv?{query}"}]}
