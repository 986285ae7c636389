"""A figure's change from one year to the next: "比2020年增加了多少", "同比增长", "how many more … than".

A question that asks how a figure changed gets, for each agency's cell held in two or more of
the years asked, every step from one year to the next: both figures, the difference and the
percentage (none from 0). "同比" with one year names that year and the one before: the answer
shows both. The figures are the answer's own, cited as usual; only the arithmetic is added.
"""
import re

_ASKED = re.compile(r"增加|增长|增幅|涨幅|减少|下降|降低|降幅|上升|回落|相差|差了?多少|多了?多少|少了?多少|多收|少收|同比|环比|"
                    r"变化(?:了)?多少|变化|变动|多还是少|少还是多|是多是少|是增是减|增还是减|"
                    r"比(?:[0-9]{4}年?|上年|去年|前一年).{0,12}?(?:多|少|高|低)(?:了|吗|些|一些)?(?:[？?。]|$)|"
                    r"\bincreas(?:e|ed|es|ing)\b|\bdecreas(?:e|ed|es|ing)\b|\bgr[eo]w(?:n|th|s)?\b|\brise\b|\brose\b|"
                    r"\bfell\b|\bfall\b|\bdrop(?:ped)?\b|\bchanged?\b|\bdifference\b|\b(?:more|fewer|less)\b.{0,60}\bthan\b|"
                    r"\byear[- ]on[- ]year\b|\bfrom the year before\b", re.I)
_ONE_YEAR_BEFORE = re.compile(r"同比|比上年|比去年|较上年|较去年|year[- ]on[- ]year|than the year before|"
                              r"from the year before|than last year|from last year", re.I)
MAX_STEPS = 12  # steps said in the sentence; the table shows every year
NO_CHANGE = {"zh": "所问范围内没有同一项数字的两个年度，无法计算变化。",
             "en": "No figure asked is held for two years in the scope, so no change is worked out."}
# …and when the years' figures are statements of their reports' text, each in its own words (2021:
# "主动公开政府信息2853条", 2024: "通过政府网站主动公开政府信息12322条"): not one count to subtract
STATED_NO_CHANGE = {"zh": "各年的数字是各年报告正文的表述，统计口径未必相同，逐年列出原文，不计算增减。",
                    "en": "Each year's figure is a statement of that year's report text, in its own words and "
                          "not necessarily of the same count, so each is listed as printed and no change is "
                          "worked out."}


def no_change(figures, lang) -> str:
    """What is said when no step can be worked out: the statements of two or more years are not one
    figure (STATED_NO_CHANGE); else no figure is held for two years (NO_CHANGE)."""
    stated_years = {f["year"] for f in figures if f.get("table") == "narrative"}
    return STATED_NO_CHANGE[lang] if len(stated_years) >= 2 else NO_CHANGE[lang]


def asked_change(text: str) -> tuple:
    """(whether a change is asked, whether the year before the one named is meant, the words' spans)."""
    spans = [m.span() for m in _ASKED.finditer(text)]
    return bool(spans), bool(_ONE_YEAR_BEFORE.search(text)), spans


def change_sentence(figures, lang) -> str:
    """Each agency's cell from one year to the next, or "" when no cell is held in two years."""
    groups = {}
    for f in figures:
        if f["value"] is not None:
            groups.setdefault((f["agency_key"], f["table"], f["row"], f["column"]), {})[f["year"]] = f
    steps = []
    for by_year in groups.values():
        years = sorted(by_year)
        steps += [(by_year[a], by_year[b]) for a, b in zip(years, years[1:])]
    if not steps:
        return ""
    said = [_step(a, b, lang) for a, b in steps[:MAX_STEPS]]
    more = (f"（另有 {len(steps) - MAX_STEPS} 处见下表）" if lang == "zh" else
            f" ({len(steps) - MAX_STEPS} more in the table)") if len(steps) > MAX_STEPS else ""
    return ("；".join(said) + more + "。") if lang == "zh" else ("; ".join(said) + more + ".")


def _step(a, b, lang):
    diff = b["value"] - a["value"]
    unit = b["unit"] or ""
    number = f"{abs(diff):g}"
    pct = f"{diff / a['value'] * 100:+.1f}%" if a["value"] else ""
    if lang == "zh":
        what = f"{b['agency']}{b['row_label']}·{b['column_label']}"
        moved = "持平" if diff == 0 else f"{'增加' if diff > 0 else '减少'} {number} {unit}".rstrip() + (f"（{pct}）" if pct else "")
        return f"{what} {a['year']} 年 {a['display']} → {b['year']} 年 {b['display']}，{moved}"
    what = f"{b['agency_en']}, {b['row_label']}, {b['column_label']}"
    moved = "unchanged" if diff == 0 else f"{'up' if diff > 0 else 'down'} {number}" + (f" ({pct})" if pct else "")
    return f"{what}: {a['year']} {a['display']} → {b['year']} {b['display']}, {moved}"
