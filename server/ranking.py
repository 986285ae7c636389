"""Figures ranked: "2023年哪个单位收到的申请最多", "各单位申请数量排名", "which agency received the fewest requests".

A question that asks which agency has the most (or the fewest) of a figure, or asks the
agencies in order, gets the same figures as any figure question, ordered by value within each
cell and year, with a sentence that ranks them and names the first. Figures without a number
(a blank or unreadable cell) are not ranked, and the sentence says how many. Ties share a place.
A question about one agency ranks its cells against each other instead (哪类申请人最多: table
三's applicant columns; 行政许可和行政处罚哪个多: the two cells).
"""
import re
from collections import defaultdict

from indexer import registry as reg

# (pattern, direction): the first that matches decides; "asc" lists the smallest first
_ASC = re.compile(r"最少|最低|最小|从低到高|从少到多|从小到大|升序|由低到高|由少到多|哪个(?:更)?(?:少|低|小)|"
                  r"哪(?:个|家|一个|一年|年)[^，,。？?]{0,12}?(?:更)?(?:(?<!多)少|低|小)(?:[？?。]|$)|"
                  r"\bwhich (?:is|was|one is|one was) (?:fewer|lower|smaller|less)\b|"
                  r"\bwhich\b[^?.]{0,60}?\b(?:fewer|less|lower|smaller)\b(?![^?.]{0,60}\bthan\b)|"
                  r"\bfewest\b|\bleast\b|\blowest\b|\bsmallest\b|\bascending\b")
_DESC = re.compile(r"最多|最高|最大|排名|排行|排序|名次|从高到低|从多到少|从大到小|降序|由高到低|由多到少|前[0-9一二三四五六七八九十]+名|"
                   # (not "more about": "Which hot topics did … publish more about" asks what was written)
                   r"\bwhich\b[^?.]{0,60}?\b(?:more|higher|larger|bigger)\b(?!\s+(?:about|on)\b)(?![^?.]{0,60}\bthan\b)|"
                   r"主要是谁|主要是哪|哪个(?:更)?(?:多|高|大)|哪(?:个|家|一个|一年|年)[^，,。？?]{0,12}?(?:更)?(?:多|高|大)(?:[？?。]|$)|"
                   r"\bwhich (?:is|was|one is|one was) (?:more|higher|larger|bigger|greater)\b|"
                   r"\bmost\b|\bhighest\b|\blargest\b|\bbiggest\b|\bgreatest\b|\brank(?:ed|ing|ings)?\b|"
                   r"\btop\s+\d+\b|\bdescending\b|\bin order\b")
SHOWN = 10  # places named in the sentence; the table and the page list all figures
NOT_RANKED = {"zh": "所问范围内没有可相互比较的两个数字，无从排名。",
              "en": "The scope holds no two figures to compare, so nothing is ranked."}
# "哪类申请人最多", "申请人主要是谁", "which kind of applicant": table 三's applicants ranked
_WHICH_APPLICANT = re.compile(r"哪类|哪种|哪一类|哪些类|什么类|申请人|申请主体|\bwho\b|\bwhich (?:type|kind|group)|"
                              r"\bwhat (?:type|kind)|\bapplicant", re.I)


def asked_order(text: str) -> tuple:
    """("desc" | "asc" | "", the spans of the words that asked it)."""
    for pattern, direction in ((_ASC, "asc"), (_DESC, "desc")):
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            return direction, spans
    return "", []


def by_applicant(text, cells) -> list:
    """A ranking of table 三's applicants: the request that names no column takes every
    applicant column but 总计, so they can be ranked against each other. Returns the spans
    of the words that asked it (understood words of the question)."""
    spans = [m.span() for m in _WHICH_APPLICANT.finditer(text)]
    if not spans or not any(cell.table == "requests" for cell in cells):
        return []
    for cell in cells:
        if cell.table == "requests" and not cell.cols and not cell.sum_cols:
            cell.cols = [c.key for c in reg.APPLICANT_COLUMNS if c.key != "total"]
    return spans


def rank_figures(figures, direction, lang):
    """(the figures reordered, the sentence ranking them), or (figures, "") when there is nothing
    to rank: fewer than two agencies with a number for any one cell and year — unless each
    agency has a year of its own ("上海市2019年和上海市科委2024年哪个多"): then each agency's
    figure is ranked across the years, named with its year."""
    ordered, sentence = _rank(figures, direction, lang, own_years=False)
    if sentence:
        return ordered, sentence
    years_of = defaultdict(set)  # agency -> its years among the figures (one pass: a ranking of all
    for f in figures:            # agencies holds thousands of figures)
        years_of[f["agency_key"]].add(f["year"])
    own_years = len(years_of) > 1 and all(len(years) == 1 for years in years_of.values()) and \
        len(set().union(*years_of.values())) > 1
    return _rank(figures, direction, lang, own_years=True) if own_years else (ordered, sentence)


def _rank(figures, direction, lang, own_years):
    # several agencies: each cell ranked across them; one agency: its cells ranked against
    # each other, per year (哪类申请人最多); one agency's one cell over several years: the
    # years ranked (哪一年收到的申请最多)
    across_cells = len({f["agency_key"] for f in figures}) == 1
    across_years = across_cells and len({(f["table"], f["row"], f["column"]) for f in figures}) == 1 and \
        len({f["year"] for f in figures}) > 1
    groups = {}
    for f in figures:
        key = (0, f["agency_key"]) if across_years else (f["year"], f["agency_key"]) if across_cells else \
            (0, f["table"], f["row"], f["column"]) if own_years else (f["year"], f["table"], f["row"], f["column"])
        groups.setdefault(key, []).append(f)
    ordered, sentences = [], []
    first_seen = {key: i for i, key in enumerate(groups)}
    for key in sorted(groups, key=lambda k: (k[0] or 0, first_seen[k])):
        members = groups[key]
        valued = sorted((f for f in members if f["value"] is not None),
                        key=lambda f: (-f["value"] if direction == "desc" else f["value"], f["agency_key"]))
        ordered += valued + [f for f in members if f["value"] is None]
        if len(valued) < 2 or (not across_cells and len({f["agency_key"] for f in valued}) < 2) or \
                len({f["unit"] for f in valued}) > 1:
            continue  # nothing to compare, or figures of different units (项 items beside 件 decisions)
        mode = "years" if across_years else "cells" if across_cells else "agency_years" if own_years else "agencies"
        sentences.append(_sentence(valued, len(members) - len(valued), direction, lang, mode))
    if not sentences:
        return figures, ""
    return ordered, ("" if lang == "zh" else " ").join(sentences)


def _sentence(valued, unranked, direction, lang, mode="agencies"):
    first = valued[0]
    places, place = [], 0
    for i, f in enumerate(valued):
        if i == 0 or f["value"] != valued[i - 1]["value"]:
            place = i + 1  # a tie shares the place of the first with that value
        places.append(place)
    zh = lang == "zh"
    one_row = len({f["row"] for f in valued}) == 1
    if mode == "years":  # one agency's one cell: named by year
        def name(f):
            return f"{f['year']} 年" if zh else str(f["year"])
        agency = first["agency"] if zh else first["agency_en"]
        what = (f"{agency}“{first['row_label']}·{first['column_label']}”" if zh else
                f"{agency}, {first['row_label']}, {first['column_label']}")
        counted = ("年", "years")
    elif mode == "cells":  # one agency's cells: named by column (and row, if several)
        def name(f):
            return f["column_label"] if one_row else (f"{f['row_label']}·{f['column_label']}" if zh else
                                                      f"{f['row_label']}, {f['column_label']}")
        agency = first["agency"] if zh else first["agency_en"]
        what = (f"{agency} {first['year']} 年" + (f"“{first['row_label']}”" if one_row else "") if zh else
                f"{agency}, {first['year']}" + (f", {first['row_label']}" if one_row else ""))
        counted = ("项", "items")
    elif mode == "agency_years":  # agencies each in a year of its own: named with the year
        def name(f):
            return f"{f['agency']} {f['year']} 年" if zh else f"{f['agency_en']} {f['year']}"
        what = (f"“{first['row_label']}·{first['column_label']}”" if zh else
                f"{first['row_label']}, {first['column_label']}")
        counted = ("个单位", "agencies")
    else:
        def name(f):
            return f["agency"] if zh else f["agency_en"]
        what = (f"{first['year']} 年“{first['row_label']}·{first['column_label']}”" if zh else
                f"{first['year']}, {first['row_label']}, {first['column_label']}")
        counted = ("个单位", "agencies")
    top = [f for f, p in zip(valued, places) if p == 1]
    shown = list(zip(places, valued))[:SHOWN]
    if zh:
        order = "从高到低" if direction == "desc" else "从低到高"
        items = "；".join(f"{p}. {name(f)} {f['display']}" for p, f in shown)
        more = f"；……共 {len(valued)} {counted[0]}" if len(valued) > SHOWN else ""
        word = "最多" if direction == "desc" else "最少"
        tie = "并列，" if len(top) > 1 else ""
        rest = f"另有 {unranked} {counted[0]}未给出数字，未计入排名。" if unranked else ""
        return f"{what}{order}：{items}{more}。{word}的是{'、'.join(map(name, top))}（{tie}{first['display']}）。{rest}"
    order = "highest first" if direction == "desc" else "lowest first"
    sep = ": " if mode in ("years", "agency_years") else " "  # "1. 2021: 70", not "1. 2021 70"
    items = "; ".join(f"{p}. {name(f)}{sep}{f['display']}" for p, f in shown)
    more = f"; … {len(valued)} {counted[1]} in all" if len(valued) > SHOWN else ""
    word = "Highest" if direction == "desc" else "Lowest"
    tie = "tied, " if len(top) > 1 else ""
    rest = f" {unranked} more {counted[1]} give no number and are not ranked." if unranked else ""
    return f"Ranked {order} ({what}): {items}{more}. {word}: {', '.join(map(name, top))} ({tie}{first['display']}).{rest}"
