"""Figures ranked: "2023年哪个单位收到的申请最多", "各单位申请数量排名", "which agency received the fewest requests".

A question that asks which agency has the most (or the fewest) of a figure, or asks the
agencies in order, gets the same figures as any figure question, ordered by value within each
cell and year, with a sentence that ranks them and names the first. Figures without a number
(a blank or unreadable cell) are not ranked, and the sentence says how many. Ties share a place.
"""
import re

# (pattern, direction): the first that matches decides; "asc" lists the smallest first
_ASC = re.compile(r"最少|最低|最小|从低到高|从少到多|从小到大|升序|由低到高|由少到多|"
                  r"\bfewest\b|\bleast\b|\blowest\b|\bsmallest\b|\bascending\b")
_DESC = re.compile(r"最多|最高|最大|排名|排行|排序|名次|从高到低|从多到少|从大到小|降序|由高到低|由多到少|前[0-9一二三四五六七八九十]+名|"
                   r"\bmost\b|\bhighest\b|\blargest\b|\bbiggest\b|\bgreatest\b|\brank(?:ed|ing|ings)?\b|"
                   r"\btop\s+\d+\b|\bdescending\b|\bin order\b")
SHOWN = 10  # places named in the sentence; the table and the page list all figures


def asked_order(text: str) -> tuple:
    """("desc" | "asc" | "", the spans of the words that asked it)."""
    for pattern, direction in ((_ASC, "asc"), (_DESC, "desc")):
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            return direction, spans
    return "", []


def rank_figures(figures, direction, lang):
    """(the figures reordered, the sentence ranking them), or (figures, "") when there is nothing
    to rank: fewer than two agencies with a number for any one cell and year."""
    groups = {}
    for f in figures:
        groups.setdefault((f["year"], f["table"], f["row"], f["column"]), []).append(f)
    ordered, sentences = [], []
    first_seen = {key: i for i, key in enumerate(groups)}
    for key in sorted(groups, key=lambda k: (k[0] or 0, first_seen[k])):
        members = groups[key]
        valued = sorted((f for f in members if f["value"] is not None),
                        key=lambda f: (-f["value"] if direction == "desc" else f["value"], f["agency_key"]))
        ordered += valued + [f for f in members if f["value"] is None]
        if len({f["agency_key"] for f in valued}) < 2:
            continue
        sentences.append(_sentence(valued, len(members) - len(valued), direction, lang))
    if not sentences:
        return figures, ""
    return ordered, ("" if lang == "zh" else " ").join(sentences)


def _sentence(valued, unranked, direction, lang):
    first = valued[0]
    places, place = [], 0
    for i, f in enumerate(valued):
        if i == 0 or f["value"] != valued[i - 1]["value"]:
            place = i + 1  # a tie shares the place of the first with that value
        places.append(place)
    top = [f for f, p in zip(valued, places) if p == 1]
    shown = list(zip(places, valued))[:SHOWN]
    if lang == "zh":
        what = f"{first['year']} 年“{first['row_label']}·{first['column_label']}”"
        order = "从高到低" if direction == "desc" else "从低到高"
        items = "；".join(f"{p}. {f['agency']} {f['display']}" for p, f in shown)
        more = f"；……共 {len(valued)} 个单位" if len(valued) > SHOWN else ""
        word = "最多" if direction == "desc" else "最少"
        names = "、".join(f["agency"] for f in top)
        tie = "并列，" if len(top) > 1 else ""
        rest = f"另有 {unranked} 个单位未给出数字，未计入排名。" if unranked else ""
        return f"{what}{order}：{items}{more}。{word}的是{names}（{tie}{first['display']}）。{rest}"
    what = f"{first['year']}, {first['row_label']}, {first['column_label']}"
    order = "highest first" if direction == "desc" else "lowest first"
    items = "; ".join(f"{p}. {f['agency_en']} {f['display']}" for p, f in shown)
    more = f"; … {len(valued)} agencies in all" if len(valued) > SHOWN else ""
    word = "Highest" if direction == "desc" else "Lowest"
    names = ", ".join(f["agency_en"] for f in top)
    tie = "tied, " if len(top) > 1 else ""
    rest = f" {unranked} more agencies give no number and are not ranked." if unranked else ""
    return f"Ranked {order} ({what}): {items}{more}. {word}: {names} ({tie}{first['display']}).{rest}"
