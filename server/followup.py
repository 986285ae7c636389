"""Follow-up questions take what they leave out from the questions before them.

"and in 2021?" keeps the previous cells and agency and changes the year; "那洪泽区呢" keeps
the cells and year and changes the agency; "总金额呢" keeps the row and changes the column.
A question that names its own subject starts afresh. History arrives from the client as
the previous questions' text and is parsed again here, so the server holds no session.
"""
from indexer.text import search_tokens

from .question import CellRequest, parse
from .passages import STOP_TOKENS

MAX_HISTORY = 6


def history_questions(history) -> list:
    """The question texts of a client's history, ignoring entries of any other shape."""
    texts = []
    for item in (history or [])[-MAX_HISTORY:]:
        text = item.get("question") if isinstance(item, dict) else item
        if isinstance(text, str) and text.strip():
            texts.append(text[:1000])
    return texts


def _has_own_topic(q) -> bool:
    return bool(q.cells) or any(len(t) > 1 and t not in STOP_TOKENS for t in search_tokens(q.search_text))


def merge(q, prev) -> list:
    """Fill what a follow-up question leaves out from the resolved previous question.

    Returns the names of the parts taken over (cells, topic, agencies, years).
    """
    own_topic = _has_own_topic(q)
    if prev is None or not (q.followup or not own_topic):
        return []
    taken = []
    if not q.cells and prev.cells:
        q.cells = [CellRequest(c.table, c.rows, q.columns.get(c.table) or c.cols, c.sum_rows, c.sum_cols,
                               "" if q.columns.get(c.table) else c.unit)
                   for c in prev.cells]
        q.wants_number, q.prose = prev.wants_number, prev.prose
        q.all_agencies, q.cumulative = q.all_agencies or prev.all_agencies, q.cumulative or prev.cumulative
        taken.append("cells")
    elif not q.cells and not own_topic and prev.search_text:
        q.search_text = f"{prev.search_text} {q.search_text}".strip()
        q.prose, q.wants_number = prev.prose, prev.wants_number
        taken.append("topic")
    if "cells" in taken or (q.followup and q.cells and prev.cells):
        # 哪个单位最多 … 那2024年呢 / 那行政处罚呢: ranked, worked out, added up the same way
        q.rank, q.change, q.share = q.rank or prev.rank, q.change or prev.change, q.share or prev.share
        q.add_up = q.add_up or prev.add_up
        q.year_before = q.year_before or prev.year_before
    if q.compare and "cells" in taken:
        # "和2024年相比呢" / "和淮安市比较呢": what it names is set beside the previous question's
        if q.years.include and prev.years.include:
            q.years.include = sorted(set(prev.years.include) | set(q.years.include))
            taken.append("years")
        if q.agencies and prev.agencies:
            q.agencies = sorted(set(prev.agencies) | set(q.agencies))
            taken.append("agencies")
            if not q.years.include and prev.years.any:  # 比较 reads as "across years" alone
                q.years, q.trend = prev.years, prev.trend
                taken.append("years")
    # A follow-up that names an agency the archive does not have ("南京市呢") keeps it: the
    # answer says so, rather than answering for the previous question's agency.
    names_own_agency = q.agency_match.unknown or q.agency_match.ambiguous or q.agency_match.below
    if not q.agencies and prev.agencies and not q.all_agencies and not names_own_agency:
        q.agencies = list(prev.agencies)
        taken.append("agencies")
    if not (q.years.any or q.trend) and prev.years.any:
        q.years = prev.years
        taken.append("years")
    return taken


def resolve(text: str, history, archive):
    """(question, parts taken from the history) for a question asked after `history`."""
    prev = None
    for earlier in history_questions(history):
        q = parse(earlier, archive)
        merge(q, prev)
        prev = q
    q = parse(text, archive)
    return q, merge(q, prev)
