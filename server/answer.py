"""Compose answers: figures from the facts table, passages from retrieval, or a plain "not held".

A number is only ever shown as it was stored from a report cell, with the report, page and
a link to that page, or as a sum that lists each figure it adds. When the archive has no
such cell the answer says so and lists what the archive does hold.
"""
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache


from indexer import registry as reg
from indexer.narrative import unit_forms
from indexer.text import norm
from indexer.terms import words_in

from .answer_text import quality_of, display_value, quality_note
from .chart import bar_chart
from .followup import resolve
from .question import Question, normalize, statement_words
from .change import change_sentence, no_change
from .ranking import NOT_RANKED, rank_figures
from .share import NO_SHARE, share_sentence
from .stated import (COUNT_ASKED, COUNT_UNITS_EN, PUBLISH, PUBLISH_EN, UNIT_WORDS_EN, VERB_SETS_EN, asked_units,
                     content_terms, with_synonyms)
from .passages import query_groups, same_passage
from .translate import bare_word, counted_words_en, noun_phrase
from .trend import aggregates, group_sums, series, sum_part, sum_sentence, year_table
from .vocabulary import SAME_SENSE
from .wide import any_failed_check, wide_figures, wide_sums

MAX_PASSAGES = 3
MAX_SENTENCE_FIGURES = 12


def _num(value):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def source_url(report_id, page, fact_id=None, chunk_id=None):
    url = f"/source/{report_id}/{page}"
    if fact_id is not None:
        url += f"?fact={fact_id}"
    elif chunk_id is not None:
        url += f"?chunk={chunk_id}"
    return url


@lru_cache(maxsize=4096)
def cell_labels(table_key, row_key, col_key, lang):
    """(table, row, column) labels from the registry, in the answer's language."""
    table = reg.table(table_key)
    row, col = table.row(row_key), table.column(col_key)
    if lang == "zh":
        return table.zh, row.zh.split(" ")[-1] if table_key != "requests" else row.zh, col.zh
    return table.en, row.en, col.en


def _listify(value):
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


@dataclass
class Scope:
    """What an answer is about after the question and the page's filters are read together."""
    agencies: list
    years: list | None
    refusal: str = ""  # why no answer can be given (a filter names nothing the archive has, or
    #                    excludes what the question asks for)
    notes: list = field(default_factory=list)  # how relative years were taken


def apply_filters(archive, agencies, years, filters, lang):
    """Narrow the question's scope by the page's agency and year pickers.

    A filter for an agency the archive does not have, or one that excludes what the question
    names, is said so; it never silently widens or empties the scope.
    """
    scope = Scope(agencies, years)
    if not isinstance(filters, dict):
        return scope
    names = [str(n) for n in _listify(filters.get("agencies") or filters.get("agency")) if str(n).strip()]
    wanted, unknown = set(), []
    for name in names:
        index, key = archive.agency_index, normalize(name)
        found = ({name} & set(archive.agencies)) | set(index.owners.get(key, ())) | \
            ({index.exact[key]} if key in index.exact else set())
        wanted |= found
        if not found:
            unknown.append(name)
    if unknown:
        scope.refusal = (f"筛选条件中的单位“{'、'.join(unknown)}”在档案中没有报告。" if lang == "zh" else
                         f"The filter names {', '.join(unknown)}, which the archive holds no report of. ")
        return scope
    if wanted:
        if agencies and not set(agencies) & wanted:
            scope.refusal = (f"问题问的是{_agency_names(archive, agencies, lang)}，但筛选条件限定为"
                             f"{_agency_names(archive, sorted(wanted), lang)}，两者没有交集；请调整筛选或问题。"
                             if lang == "zh" else
                             f"The question asks about {_agency_names(archive, agencies, lang)} but the filter is set to "
                             f"{_agency_names(archive, sorted(wanted), lang)}: they exclude each other. ")
            return scope
        scope.agencies = [a for a in agencies if a in wanted] if agencies else sorted(wanted)
    wanted_years = {int(y) for y in _listify(filters.get("years") or filters.get("year"))
                    if re.fullmatch(r"[0-9]{4}", str(y))}
    if wanted_years:
        if years and not set(years) & wanted_years:
            scope.refusal = (f"问题问的是 {'、'.join(map(str, years))} 年，但筛选条件限定为 "
                             f"{'、'.join(map(str, sorted(wanted_years)))} 年，两者没有交集。" if lang == "zh" else
                             f"The question asks about {', '.join(map(str, years))} but the filter is set to "
                             f"{', '.join(map(str, sorted(wanted_years)))}: they exclude each other. ")
            return scope
        scope.years = [y for y in years if y in wanted_years] if years else sorted(wanted_years)
    return scope


def _scope_years(archive, q: Question, agencies):
    """The years a question asks about (named, ranges, after/before, 近N年, except …), or None for all."""
    available = ({r.year for r in archive.select_reports(agencies)} if agencies else set()) or set(archive.years())
    return q.years.resolve(available)


MAX_HOLDINGS_LISTED = 8


def _holdings(archive, lang):
    """What the archive holds, so an unanswered question shows where an answer could come from."""
    if len(archive.agencies) > MAX_HOLDINGS_LISTED:
        years = archive.years()
        n, m = len(archive.agencies), len(archive.reports)
        return (f"档案现有 {n} 个单位的 {m} 份报告（{years[0]}–{years[-1]} 年），见左侧报告列表。" if lang == "zh" else
                f"The archive holds {m} reports from {n} agencies ({years[0]}–{years[-1]}); see the report list.")
    parts = []
    for agency in archive.agencies.values():
        years = "、".join(str(y) for y in agency.years) if lang == "zh" else ", ".join(map(str, agency.years))
        parts.append(f"{agency.name} {years} 年" if lang == "zh" else f"{agency.name_en} ({agency.name}) {years}")
    if not parts:
        return "档案中还没有任何报告。" if lang == "zh" else "The archive holds no reports yet."
    return ("档案现有：" + "；".join(parts) + "。") if lang == "zh" else ("The archive holds: " + "; ".join(parts) + ".")


def _agency_names(archive, keys, lang):
    names = [(archive.agencies[k].name if lang == "zh" else archive.agencies[k].name_en)
             for k in keys if k in archive.agencies]
    return ("、" if lang == "zh" else ", ").join(names) or ("所选单位" if lang == "zh" else "the chosen agency")


MAX_REPORT_PARAMETERS = 200  # a wider scope is passed as one JSON array (json_each) instead


def _rows_for_reports(archive, sql, args, ids, by_number=False):
    """Rows of `sql` that belong to the reports `ids`, filtered in the query through an index
    (`by_number`: the report numbers the rows of `facts` carry, beside their year; otherwise
    report ids). A wide scope (all agencies of a year) is one parameter, a JSON array SQLite
    reads as a table, so a query reads the scope's rows, never the whole archive's."""
    column = "report_num" if by_number else "report_id"
    keys = sorted(archive.reports[i].num for i in ids) if by_number else sorted(ids)
    if by_number:  # the year leads the index after the cell, so a year's cells are one range
        years = sorted({archive.reports[i].year for i in ids})
        sql += f" AND year IN ({','.join('?' * len(years))})"
        args = [*args, *years]
        if len(keys) == sum(map(archive.reports_in_year, years)):
            # every report of those years (all agencies of a year): the range is the scope, and
            # filtering it by a list of thousands of reports would double the query's time
            return archive.db().execute(sql, args).fetchall()
    if len(keys) <= MAX_REPORT_PARAMETERS:
        sql += f" AND {column} IN ({','.join('?' * len(keys))})"
        args = [*args, *keys]
    else:
        sql += f" AND {column} IN (SELECT value FROM json_each(?))"
        args = [*args, json.dumps(keys)]
    return archive.db().execute(sql, args).fetchall()


# What a figure shows of a stored cell (a sum over a province's year reads thousands).
FIGURE_COLUMNS = "id, report_id, table_key, row_key, row_label, col_key, col_label, value, raw, unit, page, quality"


def _facts_for(archive, cell, reports):
    """The stored cells of one cell request for many reports, in one query: report id -> rows."""
    cols = {c for r in reports for c in (cell.cols or reg.default_columns(cell.table, r.template, cell.unit))}
    if not cols:
        return {}
    sql = (f"SELECT {FIGURE_COLUMNS} FROM facts WHERE table_key = ? AND row_key IN ({','.join('?' * len(cell.rows))})"
           f" AND col_key IN ({','.join('?' * len(cols))})")
    by_report = {}
    for row in _rows_for_reports(archive, sql, [cell.table, *cell.rows, *cols], {r.id for r in reports},
                                 by_number=True):
        by_report.setdefault(row["report_id"], []).append(row)
    return by_report


def _failed_checks_for(archive, reports, tables):
    """report id -> [(check key, cells, detail zh, detail en)] of failed checks on the given tables."""
    sql = (f"SELECT report_id, check_key, cells, detail_zh, detail_en FROM check_failures"
           f" WHERE table_key IN ({','.join('?' * len(tables))})")
    failed = {}
    for r in _rows_for_reports(archive, sql, list(tables), {r.id for r in reports}):
        failed.setdefault(r["report_id"], []).append((r["check_key"], _check_cells(r["cells"]), r["detail_zh"],
                                                      r["detail_en"]))
    return failed


@lru_cache(maxsize=4096)
def _check_cells(cells: str) -> frozenset:
    """The (row, column) pairs a check involves, from their JSON; one check involves the same
    cells in every report, so a sum over thousands of reports parses each list once."""
    return frozenset(tuple(c) for c in json.loads(cells))


def _scope(archive, agencies, years):
    """The reports a figure question covers, in the order its figures are listed."""
    return sorted(archive.select_reports(agencies, years), key=lambda r: (r.agency_key, r.year))


def _year_gaps(archive, reports, agencies, years, lang):
    """The years asked for that no report in scope is of, in words."""
    held = {r.year for r in reports}
    missing_years = [y for y in years or () if y not in held and y]
    if not missing_years:
        return []
    who = _agency_names(archive, agencies, lang) if agencies else ("任何单位" if lang == "zh" else "any agency")
    ys = ("、" if lang == "zh" else ", ").join(map(str, missing_years))
    return [f"档案中没有{who} {ys} 年的报告" if lang == "zh" else f"the archive has no {ys} report from {who}"]


def figure_answer(archive, q: Question, agencies, years, reports=None):
    """(figures, gaps): every stored cell the question asks for, and what the archive lacks
    (of `reports` when given: the question's scope as _scope orders it, or the first of a
    wide one, see server/wide.py)."""
    lang = q.lang
    reports = _scope(archive, agencies, years) if reports is None else reports
    figures, gaps = [], _year_gaps(archive, reports, agencies, years, lang)
    if not reports:
        return figures, gaps
    failed = _failed_checks_for(archive, reports, {cell.table for cell in q.cells})
    found_by_cell = [(cell, _facts_for(archive, cell, reports)) for cell in q.cells]
    # One report may be in the archive in several forms (its PDF and its web page): they are
    # one report of one agency and year, answered once.
    groups = {}
    for report in reports:
        groups.setdefault((report.agency_key, report.year), []).append(report)
    orders = {}  # (cell, template) -> {(row, col): position}: the order figures are listed in

    def order_of(cell, template):
        key = (id(cell), template)
        if key not in orders:
            cols = cell.cols or reg.default_columns(cell.table, template, cell.unit)
            orders[key] = {(r, c): i for i, (r, c) in enumerate((r, c) for r in cell.rows for c in cols)}
        return orders[key]

    for (agency_key, year), forms in groups.items():
        agency = archive.agencies[agency_key]
        for cell, by_report in found_by_cell:
            found_any = False
            for report in forms:
                order = order_of(cell, report.template)
                found = [f for f in by_report.get(report.id, ()) if (f["row_key"], f["col_key"]) in order]
                if len(found) > 1:
                    found.sort(key=lambda f: order[(f["row_key"], f["col_key"])])
                failing = failed.get(report.id, ())
                for f in found:
                    found_any = True
                    table, row, col = cell_labels(f["table_key"], f["row_key"], f["col_key"], lang)
                    checks = [{"key": key, "detail": zh if lang == "zh" else en}
                              for key, cells, zh, en in failing
                              if (f["row_key"], f["col_key"]) in cells and key.startswith(f["table_key"])]
                    figures.append(_figure(report, agency, f, lang,
                                           (f["table_key"], table, f["row_key"], row, f["col_key"], col), checks))
            if not found_any and (agencies or years):  # only mention reports the question was about
                gaps.append(_missing_cell(agency, year, forms, cell, lang))
    return merge_forms(figures, lang), gaps


def _first_upper(text):
    """A sentence's first letter made capital (str.capitalize would lower every other one: a
    name such as Pingtan County inside it)."""
    return text[:1].upper() + text[1:]


def _missing_cell(agency, year, forms, cell, lang):
    """Why the reports of one agency and year give no figure for a cell, in words."""
    report = forms[0]
    name = agency.name if lang == "zh" else agency.name_en
    if all(r.template not in reg.TEMPLATES for r in forms):
        return (f"{name} {year} 年的报告早于 2019 年的国家模板，没有模板表格" if lang == "zh" else
                f"the {year} report of {name} predates the 2019 national template and has no template tables")
    table = reg.table(cell.table)
    marks = {"requests": "table 三", "appeals": "table 四"}.get(cell.table, table.zh)
    unread = [p for r in forms for p in r.problems if marks in p or table.zh in p]
    cols = cell.cols or reg.default_columns(cell.table, report.template, cell.unit) or [reg.table(cell.table).all_columns()[0].key]
    _, row, col = cell_labels(cell.table, cell.rows[0], cols[0], lang)
    what = f"{row}·{col}" if lang == "zh" else f"{row}, {col}"
    # a column of the other edition (本年废止件数 asked of a 2020 report): no reading could
    # have given it, so a table one form could not read is not the reason
    in_template = any(cols[0] in {c.key for c in table.columns.get(r.template, ())} for r in forms)
    if unread and in_template:
        return (f"{name} {year} 年报告中的这张表未能完整读取（{unread[0]}），因此不给出“{what}”的数字" if lang == "zh"
                else f"this table of the {year} report of {name} could not be read in full ({unread[0]}), "
                f"so no figure is given for '{what}'")
    return (f"{name} {year} 年的报告（{report.template} 版模板）没有“{what}”这一栏" if lang == "zh" else
            f"the {year} report of {name} ({report.template} template) has no cell '{what}'")


def _form_key(figure, groups):
    """The cell a figure is, across forms. A stated figure is its statement: the same number and
    unit under a nearly equal subject (OCR may misread a character of it)."""
    if figure["table"] != "narrative":
        return (figure["agency_key"], figure["year"], figure["table"], figure["row"], figure["column"])
    from difflib import SequenceMatcher

    for key in groups:
        if key[:2] == (figure["agency_key"], figure["year"]) and key[2] == "narrative" \
                and key[4:] == (figure["value"], figure["unit"]) \
                and SequenceMatcher(None, key[3], figure["row"]).ratio() >= 0.8:
            return key
    return (figure["agency_key"], figure["year"], "narrative", figure["row"], figure["value"], figure["unit"])


# Which form's reading of a cell is shown first when a report is in the archive twice.
FORM_ORDER = {"pdf": 0, "docx": 1, "html": 2, "scan": 3, "md": 4, "text": 5}


def form_preference(shown_value, quality, form) -> tuple:
    """Which of a report's forms gives a cell's figure, smallest first: a number shown over
    none (a blank, an unreadable cell), a printed cell over an inferred one, then FORM_ORDER.
    merge_forms and the counted path of server/wide.py both choose by it."""
    return shown_value is None, quality != "", FORM_ORDER.get(form, 9)


def merge_forms(figures, lang):
    """One figure per cell of a report, however many forms of the report the archive holds.

    The form read most directly wins (a number over a blank, a printed cell over an inferred
    one, PDF over a web page over a transcription); the others are listed with it, and
    if they disagree on the number the figure says so and shows both.
    """
    groups = {}
    for f in figures:
        groups.setdefault(_form_key(f, groups), []).append(f)
    if len(groups) == len(figures):  # every report in one form: nothing to merge
        return figures
    out = []
    for group in groups.values():
        group.sort(key=lambda f: form_preference(f["value"], f["quality"], f["format"]))
        best = group[0]
        if len(group) > 1:
            best["also"] = [{**f["source"], "value": f["value"], "display": f["display"], "format": f["format"]}
                            for f in group[1:]]
            other = [f for f in group[1:] if f["value"] is not None and best["value"] is not None
                     and abs(f["value"] - best["value"]) > 1e-9]
            if other:
                best["disagree"] = [{**f["source"], "value": f["value"], "display": f["display"]} for f in other]
        out.append(best)
    order = {id(f): i for i, f in enumerate(figures)}
    return sorted(out, key=lambda f: order[id(f)])


def _figure(report, agency, fact, lang, labels, checks=()):
    """One figure of an answer: a stored cell as printed, its labels, and where to see it."""
    table, table_label, row, row_label, column, column_label = labels
    quality = quality_of(fact)
    return {
        "value": None if quality == "unsure" else _num(fact["value"]), "raw": fact["raw"], "unit": fact["unit"],
        "display": display_value(fact, lang), "quality": quality, "note": quality_note(fact, lang),
        "format": report.format,
        "agency": agency.name, "agency_en": agency.name_en, "agency_key": agency.key,
        "year": report.year, "template": report.template,
        "table": table, "table_label": table_label, "row": row, "row_label": row_label,
        "printed_row": fact["row_label"], "column": column, "column_label": column_label,
        "printed_column": fact["col_label"],
        "source": {"report": report.id, "file_name": report.file_name, "page": fact["page"],
                   "url": source_url(report.id, fact["page"], fact_id=fact["id"]), "fact": fact["id"]},
        "checks": list(checks),
    }


def _junction(archive, terms, i, report_ids) -> bool:
    """Whether the bigram terms[i] joins the two bigrams beside it (送政 of 报送政策: 报送 and 政策)
    and no statement of the reports asked about holds it, while both of them are held: where two
    words meet, not a word asked (as the rarest term, it would sink every statement's share of the
    question). Of those reports, not of the archive: 理依 of 受理依申请 is held by another agency's
    "办理依申请公开", while the one asked about wrote "受理政府依申请公开8件"."""
    if not 0 < i < len(terms) - 1:
        return False
    left, term, right = terms[i - 1], terms[i], terms[i + 1]
    if left[-1:] != term[:1] or term[-1:] != right[:1]:
        return False
    if not (_stated_holds(archive, left, report_ids) and _stated_holds(archive, right, report_ids)):
        return False
    if len(report_ids) > 500:
        return not _stated_holds(archive, term, report_ids)
    # (held only where other words meet as well: 号发 of 抖音号发布 is held by "微信公众号发布信息1205条",
    # which does not print 音号发)
    return not any(left[0] + term in norm(row["row_label"]) for row in archive.stated_search([term], report_ids))


def _meets_a_word(text, term, words) -> bool:
    """Whether a bigram is a character of no dictionary word followed by the first of a word the
    question holds (网发 of "信息公开网发布": 网, then 发布), or the last of such a word followed by a
    character of none (布党 of "发布党建动态": 发布, then 党): where two words meet, not a word asked."""
    return any(w.startswith(term[1]) and term + w[1:] in text or w.endswith(term[0]) and w[:-1] + term in text
               for w in words if len(w) >= 2)


def _stated_holds(archive, term, report_ids) -> bool:
    """Whether a statement of these reports holds the term (of any report, for a wide scope:
    reading every statement that holds it would cost more than the answer)."""
    if len(report_ids) > 500:
        return archive.document_frequency(term, "stated_vocab") > 0
    return bool(archive.stated_search([term], report_ids))


_COUNTED_ZH = re.compile(r"(?:多少|几)(?:个|项|条|件|名|位|人次|人|家|所|篇|场|次|期|份)?([\u4e00-\u9fff]{2,})")
# …or the information named right before it ("主动公开政府信息多少条"): filler words for matching, yet
# what is counted ("“上海科技”视频号…发布短视频584条" counts videos, not the government information asked)
_INFORMATION_COUNTED = re.compile(r"((?:政府|政务)?信息)(?:数量|总数|数)?(?:是|有|为|共|共有|一共|总共)?(?:多少|几)")
# A rate asked (就业率是多少), which no count answers, and a category of what is counted (工作情况类信息多少条)
_RATE_ASKED = re.compile(r"[\u4e00-\u9fff]率(?:是|为|有|达到|达|能达到)?(?:多少|几)|百分之几|百分比")
_CATEGORY_COUNTED = re.compile(r"([\u4e00-\u9fff]{2,12}?)类(?:(?:政府|政务)?信息|(?:数量|总数|数)?(?:是|有|为|共|共有|一共|总共)?(?:多少|几))")
# (the words before a category that are no part of it: 公开了多少条|工作情况类, and the platform it
# was published on: 门户网站|工作动态类)
_BEFORE_CATEGORY = re.compile(COUNT_ASKED.pattern + r"|多少|几|公开|发布|公布|主动|[了的共]"
                              r"|网站|平台|公众号|微博|栏目|专栏")


def _category_counted(text: str) -> str:
    """The category a Chinese question counts the information of ("公开了多少条工作情况类信息",
    "工作情况类信息多少条": 工作情况类), or ""."""
    m = _CATEGORY_COUNTED.search(text)
    words = _BEFORE_CATEGORY.split(m.group(1))[-1] if m else ""
    # (各类, 这类, 等类: of every kind, this kind, no category: "网站更新各类信息多少条")
    return words + "类" if len(words) >= 2 and words[-1] not in "各等这那哪此一两几多同该本其每某" else ""


def _verb_senses(word: str, terms) -> list:
    """An English verb's terms and every word the reports use for it (hold: 召开, 开展 …)."""
    words = next((words for pattern, words in VERB_SETS_EN if pattern.fullmatch(word)), ())
    return list(dict.fromkeys(list(terms) + list(words)))


def stated_answer(archive, q: Question, agencies, years):
    """Figures stated in report prose whose subject the question names (server/stated.py)."""
    reports = {r.id: r for r in archive.select_reports(agencies, years)}
    ids = set(reports)
    if q.lang == "en":
        # an English word for publishing (disclose, released) is every word the reports use for it,
        # one for holding (hold, organised) or handling (handled, dealt with) takes them too; the
        # count's unit ("pieces", "items") is what asked_units reads, not what is counted
        # (no "account" of a platform: question.py drops it, translate.platform_accounts_dropped)
        kept = [(word, list(PUBLISH) if PUBLISH_EN.fullmatch(word) else _verb_senses(word, terms))
                for word, terms in q.translations if word not in UNIT_WORDS_EN]
        # (a word of the agency's own English name the archive has no term for is said by the name:
        # "provident" of "…housing provident fund policies" asked of a Provident Fund Management Center)
        named = {w for key in agencies if key in archive.agencies
                 for w in re.findall(r"[a-z]+", (archive.agencies[key].name_en or "").lower())}
        kept = [(word, terms) for word, terms in kept if terms or word not in named]
        if any(not terms for _, terms in kept):
            # a word the archive has no word for ("law-based"): what it asks about cannot be told
            # from what it does not ("How many annual reports on law-based government…" got the
            # count of the year's disclosure reports): no stated figure, the passages instead
            return []
        # a word the agency's own name says ("tax" of "tax guides" asked of a tax bureau, whose
        # statement prints 办税指南): its subject, which a statement of its report need not print
        # beside what it counts; asked again without it if no statement holds every word
        said = {word for word, _ in kept if len(word) >= 3 and any(n.startswith(word) for n in named)}
        rows = _stated_en(archive, q, kept, ids)
        if not rows and said and len(said) < len(kept):
            rows = _stated_en(archive, q, [(word, terms) for word, terms in kept if word not in said], ids)
        return _stated_figures(archive, reports, rows, q.lang)
    else:
        text = statement_words(q)
        if _RATE_ASKED.search(norm(text)):
            # a rate ("残疾人就业率是多少"): no statement of the prose is one (they count things), and
            # a count of what the rate is of ("推动95家用人单位…就业") is no answer to it
            return []
        found = words_in(text)
        # a bigram across two words (站上 of 网站上传, 布主 of 发布主动) that no statement of the
        # reports asked about holds says nothing of what is counted, yet as the rarest term it
        # would decide which statements are candidates: dropped. One they hold stays (闻通 of
        # 新闻通气会, a word the dictionary lacks), as does one inside a word or with a character
        # of no word the dictionary knows (a topic no statement holds keeps the question unanswered),
        # unless that character only meets a word of the question (_meets_a_word).
        terms = content_terms(text)
        groups = [[t] for i, t in enumerate(terms)
                  if (any(t in w for w in found) or (not all(any(ch in w for w in found) for ch in t)
                                                     and not _meets_a_word(text, t, found))
                      or _stated_holds(archive, t, ids)) and not _junction(archive, terms, i, ids)]
        # what is counted when named after 多少 ("多少个具体事项"): a statement must name it, as in
        # English (26个领域 is no count of 具体事项, though it names more of the question's words)
        counted = _COUNTED_ZH.search(norm(text))
        required = next((i for i, g in enumerate(groups) if counted and g[0] in counted.group(1)), None)
        # (information named before 多少 is what is counted, but no word a statement must print: "脱贫攻坚
        # 工作信息多少条" is "脱贫攻坚工作24条")
        counted = counted or _INFORMATION_COUNTED.search(norm(text))
        # a category of it ("工作情况类信息多少条") is what a statement must print, though its words
        # are filler elsewhere (工作, 情况): "…⋯工作情况类10条", not "政府应主动公开的其他信息2条"
        category = _category_counted(norm(text))
        if category:
            groups.append([category])
            required = len(groups) - 1
    # what is counted, as a statement's count must follow it (its bigrams: 政务信息 ends 信息)
    counted_terms = [counted.group(1)[i:i + 2] for i in range(len(counted.group(1)) - 1)] if counted else []
    groups = with_synonyms(groups, text)
    rows = archive.stated.match(groups, ids, asked_units(q.search_text), q.years.include,
                                asks_cumulative=q.cumulative, question=text, required=required,
                                counted=counted_terms)
    return _stated_figures(archive, reports, rows, q.lang)


def _stated_en(archive, q: Question, kept, ids):
    """The statements that hold a term of each of an English question's words (kept: (word, its
    terms))."""
    groups = [terms for _, terms in kept]
    # what is counted ("How many announcements…"): a statement must name it, however many
    # other words of the question it holds ("…在市政府网站主动公开政府信息504条" is not the
    # announcements among them, "公示公告234条")
    # the head of the phrase ("online requests": requests), or the word before it that the
    # archive has terms for; a word for publishing is the act, not the thing counted ("law
    # enforcement disclosures": law enforcement, 执法)
    required = next((i for counted in reversed(counted_words_en(q.search_text))
                     for i, (word, terms) in enumerate(kept)
                     if terms and counted in word.split() and not PUBLISH_EN.fullmatch(word)), None)
    # (what is counted named by its unit alone, "How many Weibo posts…": any item published)
    phrase = noun_phrase(q.search_text)
    any_item = bool(phrase) and phrase[-1] in UNIT_WORDS_EN

    def match(units):
        return archive.stated.match(with_synonyms(groups, q.search_text), ids, units, q.years.include,
                                    asks_cumulative=q.cumulative, question=q.search_text, required=required,
                                    counted=_items_counted(q.search_text), any_item=any_item)
    units = asked_units(q.search_text)
    # (in the units a count of items is stated in only where none states it so: FALLBACK_UNITS_EN; none
    # for a count asked in other units, which no fallback may leave unit-less: "How many issues…" is 期)
    fallback = asked_units(q.search_text, fallback=True) if units else []
    return match(units) or (match(fallback) if fallback and fallback != units else [])


def _items_counted(text: str) -> list:
    """项目 where a noun phrase's count ends in items or projects ("how many government procurement
    items…"): the statement's "政府采购项目信息22条" counts them, though the unit word asks no term."""
    phrase = noun_phrase(text)
    return ["项目"] if len(phrase) > 1 and phrase[-1] in ("items", "projects") else []


def _stated_figures(archive, reports, rows, lang):
    """Stated figures as answers, by agency and year."""
    figures = []
    labels = ("报告正文", "正文所述") if lang == "zh" else ("report text", "as stated")
    for row in sorted(rows, key=lambda r: (reports[r["report_id"]].agency_key, reports[r["report_id"]].year)):
        report = reports[row["report_id"]]
        figures.append(_figure(report, archive.agencies[report.agency_key], row, lang,
                               ("narrative", labels[0], row["row_key"], row["row_label"], "stated", labels[1])))
    return merge_forms(figures, lang)


def _figure_sentence(figures, sums, gaps, lang, total=None, checked=None, notes=None):
    """The answer's text. A wide answer (server/wide.py) passes what it counted over figures
    it did not build: how many there are, whether any fails a check, how cells were read."""
    total = len(figures) if total is None else total
    checked = any(f["checks"] for f in figures) if checked is None else checked
    notes = dict.fromkeys(f["note"] for f in figures if f.get("note")) if notes is None else notes
    clauses = []
    for f in figures[:MAX_SENTENCE_FIGURES]:
        src = f["source"]
        if f["table"] == "narrative":  # quote the statement rather than name a cell
            quote = f["row_label"] if f["raw"] in f["row_label"] else f"{f['row_label']} {f['display']}"
            clauses.append(f"{f['agency']} {f['year']} 年报告正文写明：“{quote}”"
                           f"（{src['file_name']} 第 {src['page']} 页）" if lang == "zh" else
                           f"{f['agency_en']} ({f['agency']}), {f['year']}: the report text states "
                           f"“{quote}” = {f['display']} ({src['file_name']}, page {src['page']})")
        elif lang == "zh":
            clauses.append(f"{f['agency']} {f['year']} 年{f['row_label']}·{f['column_label']}为 {f['display']}"
                           f"（{src['file_name']} 第 {src['page']} 页，{f['table_label']}）"
                           + "".join(f"，但另一份文本 {d['file_name']} 为 {d['display']}，两者不一致"
                                     for d in f.get("disagree", [])))
        else:
            clauses.append(f"{f['agency_en']} ({f['agency']}), {f['year']}: {f['row_label']}, {f['column_label']}"
                           f" = {f['display']} ({src['file_name']}, page {src['page']}; {f['table_label']})"
                           + "".join(f", but the other copy {d['file_name']} gives {d['display']}: they disagree"
                                     for d in f.get("disagree", [])))
    more = total - MAX_SENTENCE_FIGURES
    if lang == "zh":
        text = "".join(sum_sentence(s, lang) + "。" for s in sums)
        text += "；".join(clauses) + (f"；另有 {more} 项见下表" if more > 0 else "") + "。"
        if gaps:
            text += "另：" + "；".join(gaps) + "。"
        if checked:
            text += "注意：报告自身的合计数在此处不一致（见下方核对说明），以上为报告原数。"
        for note in notes:
            text += f"说明：{note}。"
    else:
        text = "".join(sum_sentence(s, lang) + ". " for s in sums)
        text += "; ".join(clauses) + (f"; {more} more in the table" if more > 0 else "") + "."
        if gaps:
            text += " Note: " + "; ".join(gaps) + "."
        if checked:
            text += " Caution: the source's own totals disagree here (see the check below); figures are as printed."
        for note in notes:
            text += f" Note: {note}."
    return text


def passage_answer(archive, q: Question, agencies, years, hits=None, all_hits=False):
    """The passages that answer a prose question (server/passages.py ranks them and decides
    whether any is relevant; with `all_hits`, the caller has: every hit given is shown, best
    first); one report held in two forms gives its passage once."""
    if hits is None:
        hits = rank_passages(archive, q, agencies, years)
    passages, shown = [], []
    relevant = hits if all_hits else archive.passages.relevant(hits, q.lang, scoped=bool(agencies))
    rows = archive.chunks([h.chunk_id for h in relevant[:MAX_PASSAGES * 8]])
    for hit in relevant:
        chunk = rows.get(hit.chunk_id)
        if chunk is None:
            continue
        report = archive.reports[chunk["report_id"]]
        if any(r.agency_key == report.agency_key and r.year == report.year and same_passage(t, chunk["text"])
               for r, t in shown):
            continue
        shown.append((report, chunk["text"]))
        agency = archive.agencies[report.agency_key]
        passages.append({
            "text": chunk["text"], "section": chunk["section"], "report": report.id,
            "file_name": report.file_name, "agency": agency.name, "agency_en": agency.name_en,
            "agency_key": agency.key, "year": report.year, "page": chunk["page"], "score": round(hit.score, 4),
            "coverage": round(hit.coverage, 2), "similarity": round(hit.similarity, 3),
            "url": source_url(report.id, chunk["page"], chunk_id=hit.chunk_id),
        })
        if len(passages) == MAX_PASSAGES:
            break
    return passages


def _compared_topic(archive, q):
    """What a comparison asks about in particular (its problems, its website), as a question
    of its own without the words of comparing; None when it asks only how two reports differ."""
    from .tasks import COMPARE_WORDS

    return _topic_without(archive, q, COMPARE_WORDS)


def _topic_without(archive, q, words, prose=False):
    """The question without `words` (a regex: the words of comparing, of planning), parsed as
    a question of its own, if anything it asks about is left; else None."""
    from .question import parse

    topic = parse(words.sub(" ", q.text), archive)
    if topic.lang == "en":
        return topic if any(terms for _, terms in topic.translations) else None
    return topic if content_terms(topic.search_text, prose=prose) else None


def rank_passages(archive, q, agencies, years):
    """Every candidate passage for a question, scored, best first."""
    from indexer.embed import embed

    report_ids = None
    if agencies or years:
        report_ids = {r.id for r in archive.select_reports(agencies, years)}
    return archive.passages.search(q, report_ids, embed)


def _context(archive, q, taken, agencies, years, lang):
    """What the answer was scoped to, and what it took over from earlier questions."""
    names = [archive.agencies[a].name if lang == "zh" else archive.agencies[a].name_en
             for a in agencies if a in archive.agencies]
    return {"inherited": taken, "agencies": names, "agency_keys": [a for a in agencies if a in archive.agencies],
            "years": [y for y in (years or []) if y], "cells": [c.__dict__ for c in q.cells]}


def _names(items, lang):
    return ("、" if lang == "zh" else ", ").join(f"“{x}”" if lang == "zh" else f"'{x}'" for x in items)


def _stated_for_unread(archive, q: Question, agencies, years) -> list:
    """Stated figures that print every word of a figure question no rule applied to (Chinese),
    or one of its dictionary senses (English); none when the question names an agency the
    archive lacks or several it holds."""
    match = q.agency_match
    if not (q.not_understood and q.is_figure and q.wants_number) or match.unknown or match.ambiguous:
        return []
    # a sense, or a word of its SAME_SENSE set ("online": 网上, and so 网站 of "其中网站申请195件"); a
    # Chinese word's set (撤回 asked, "14封申请人主动撤销申请" stated)
    senses = {w: {x for t in terms for x in next((s for s in SAME_SENSE if t in s), (t,))}
              for w, terms in q.translations}
    senses |= {w: set(next((s for s in SAME_SENSE if normalize(w) in s), ())) for w in q.not_understood
               if w not in senses}
    figures = stated_answer(archive, q, agencies, years)
    # (a list printed with its marks and its 等: "提案建议" asked, "共收到提案、建议25件" stated, "咨询申诉来信"
    # asked, "收到各类咨询、申诉等来信30件"; an aside printed inside the words asked, "行政应诉(含行政监督)案件
    # 24件" for 行政应诉案件; and a measure asked, "how many times", said by the statement's unit: "…意见征求9次")
    return [f for f in figures if all(
        normalize(w) in re.sub(r"[、,，]|[（(][^（）()]*[）)]", "",
                                re.sub(r"(、[\u4e00-\u9fff]{1,6}?)等", r"\1", normalize(f["printed_row"])))
        or _printed_by_its_words(normalize(w), normalize(f["printed_row"]))
        or any(t in f["printed_row"] for t in senses.get(bare_word(w.lower()), senses.get(w, ())))  # "mayor's": mayor
        or set(unit_forms(f["unit"])) & set(COUNT_UNITS_EN.get(w.lower(), ()))
        for w in q.not_understood)]


def _printed_by_its_words(word: str, printed: str) -> bool:
    """Whether a Chinese word no rule applied to is printed as its dictionary words, all but one of its
    characters theirs ("县长信箱信" of "收到县长信箱信件多少件", 件 being the count's: "收到县长信箱咨询投诉类
    信件138件" prints 县长 and 信箱)."""
    words = [w for w in words_in(word) if len(w) >= 2]
    return bool(words) and sum(map(len, words)) >= len(word) - 1 and all(w in printed for w in words)


# a body of a place named in English ("Minhe County's media centre")
_BODY_EN = re.compile(r"\b(?:cent(?:re|er)|bureau|office|department|committee|commission|administration|station|"
                      r"institute)s?\b")
# a platform of a place, which its agencies' reports speak of ("Qiaokou's government portal": 区政府门户网站
# in its approval bureau's report), named by words of its own
_PLATFORM_EN = re.compile(r"\b(?:portal|website|hotline|app|platform)s?\b")
_PLATFORM_ZH = re.compile(r"门户网站|政务服务网|网站|热线|APP|公众号|政务服务平台")
# what a report says of its own work, which only the place's own report says for the place
_OF_THE_REPORT_ITSELF = re.compile(r"问题|不足|短板|改进|整改|计划|打算|下一步|总体|总结|成效|经验|亮点|报告|年报")


# an account or a site named after its place ("湛江市公共法律服务微信公众号"): the place's name, the
# account's own words, then the platform; or a body under an agency, named the same way, whose own
# report the archive does not hold ("兴庆区法律援助中心", in its justice bureau's report)
_ACCOUNT_AFTER_PLACE = (r"(?:([\u4e00-\u9fff]{2,12}?)(?=(?:微信)?公众号|微博|网站|APP|app|客户端|抖音号?|视频号|头条号)|"
                        r"([\u4e00-\u9fff]{2,10}?(?:中心|服务站|工作站|所|大队|中队|馆)))")


def _stated_of_named_account(archive, q: Question) -> list:
    """Stated figures of an account, a site or a body under an agency that a question names by its
    full name, starting with a place the archive holds no report of ("湛江市公共法律服务微信公众号…发稿量
    多少篇", "兴庆区法律援助中心…受理…多少件"): the statements of the place's agencies that print that name
    ("微信公众号“湛江市公共法律服务”…发稿量699篇") answer it; a place asked with no name after it
    ("湛江市微信公众号…") is still refused."""
    match = q.agency_match
    if not (q.wants_number and match.unknown) or match.ambiguous:
        return []
    inside = _held_inside(archive, match)
    text = normalize(q.text)
    names = [normalize(place) + (m.group(1) or m.group(2)) for place in match.unknown
             for m in re.finditer(re.escape(normalize(place)) + _ACCOUNT_AFTER_PLACE, text)]
    return _stated_printing(archive, q, inside, names) if inside and names else []


def _stated_of_romanised_name(archive, q: Question) -> list:
    """Stated figures of an account or a body an English question names in pinyin that no agency
    of the archive is ("how many videos did Baishanzu National Park's Douyin account post"): the
    statements of any report that print the Chinese the pinyin spells ("百山祖国家公园抖音号发布视频
    134个", of 丽水市林业局), as _stated_of_named_account answers a Chinese question. Only a name
    of three characters or more: two spell too many words."""
    match = q.agency_match
    if q.lang != "en" or not (q.wants_number and match.unknown) or match.ambiguous:
        return []
    unknown = {name.lower() for name in match.unknown}
    # (a form the archive prints, every pair of its characters held: one it does not asks no statement)
    forms = {t for word, terms in q.translations if word in unknown for t in terms
             if len(t) >= 3 and all(archive.document_frequency(t[i:i + 2]) > 0 for i in range(len(t) - 1))}
    # (whichever agency's report prints the name)
    return _stated_printing(archive, q, sorted(archive.agencies), forms) if forms else []


def _stated_printing(archive, q: Question, agencies, names) -> list:
    """The agencies' stated figures for a question whose statements print one of `names`."""
    figures = stated_answer(archive, q, agencies, _scope_years(archive, q, agencies))
    return [f for f in figures if any(name in normalize(f["printed_row"]) for name in names)]


def _held_inside(archive, match) -> list:
    """The agencies the archive holds in the places a question names that it holds no report of
    (民和县, asked: 民和县广播电视局)."""
    return sorted({k for name in match.unknown for k in archive.agency_index.places.get(normalize(name), ())})


def unanswerable(archive, q: Question, lang):
    """Why the question cannot be answered as asked, or "": an agency the archive does not hold, a
    name that fits several agencies, or a part of the question no rule could apply."""
    match = q.agency_match
    if match.unknown:
        # a place the archive knows as the home of other agencies: name them (上海市 → 上海市科委)
        inside = _held_inside(archive, match)
        there = ""
        if inside:
            there = (f"档案中属于该地的是：{_agency_names(archive, inside, lang)}。" if lang == "zh" else
                     f"The archive's agencies there are: {_agency_names(archive, inside, lang)}. ")
        # an English name (Shuyang County) through the Chinese places it names (沭阳县)
        written = set(match.unknown)
        if any(n.isascii() for n in match.unknown):
            written |= {p for k in inside for p in archive.agency_index.parents.get(k, ())}
        near = sorted({k for name in written for k in archive.agency_index.one_character_off(name)} - set(inside))
        if near:  # 沭阳县 asked, 沐阳县人民政府 held: a report's name misread or mistyped, perhaps
            there += (f"名称只差一字的有：{_agency_names(archive, near, lang)}（报告中的名称可能有误写或识别错误；"
                      "如指它，请用该名称提问）。" if lang == "zh" else
                      f"An agency whose name differs by one character: {_agency_names(archive, near, lang)} (a "
                      "report's name may be mistyped or misread; ask with that name if it is the one meant). ")
        # (a question in prose gets the passages that name the place, if any: _passages_despite)
        figure = q.is_figure or q.wants_number
        return (f"档案中没有{_names(match.unknown, lang)}的报告" + ("，因此不给出数字。" if figure else "。")
                + (there or _holdings(archive, lang)) if lang == "zh" else
                f"The archive holds no report of {_names(match.unknown, lang)}"
                + (", so no figure is given. " if figure else ". ") + (there or _holdings(archive, lang)))
    if match.ambiguous:
        name, keys = next(iter(match.ambiguous.items()))
        options = _agency_names(archive, keys, lang)
        return (f"“{name}”可以指档案中的多个单位：{options}。请说明是哪一个。" if lang == "zh" else
                f"'{name}' could mean several agencies in the archive: {options}. Which one do you mean?")
    if q.not_understood and q.is_figure:
        understood = []
        if q.agencies:
            understood.append(_agency_names(archive, q.agencies, lang))
        if q.years.include:
            understood.append(("、" if lang == "zh" else ", ").join(map(str, q.years.include)))
        understood += [_cell_words(c, lang) for c in q.cells]
        got = ("；已理解：" + "，".join(understood) if understood else "") if lang == "zh" else \
            ("; understood: " + ", ".join(understood) if understood else "")
        unread = [w for w in q.not_understood if w not in q.within_year]
        if q.within_year:  # 按月, 上半年: understood, but an annual report has no such figure
            part = _names(q.within_year, lang)
            also = (f"另外，我没有理解问题中的{_names(unread, lang)}。" if lang == "zh" else
                    f" I also did not understand {_names(unread, lang)}.") if unread else ""
            return (f"{_whole_years_only(q, lang)}，因此不给出数字{got}。{also}如要全年的数字，请去掉{part}再问。"
                    if lang == "zh" else
                    f"{_whole_years_only(q, lang)}, so no figure is given{got}.{also} Ask without {part} for the "
                    "whole year's figure.")
        return (f"我没有理解问题中的{_names(unread, lang)}，为免给出不对应的数字，这里不作回答{got}。"
                "请换一种说法，或直接使用报告表格中的栏目名称。" if lang == "zh" else
                f"I did not understand {_names(unread, lang)} in the question, so rather than give a figure "
                f"that may not be the one asked for, none is given{got}. Please rephrase, or use the table's own labels.")
    return ""


def _whole_years_only(q: Question, lang) -> str:
    """Why a part of a year asked (按月, 上半年) gets no figure."""
    part = _names(q.within_year, lang)
    return (f"年度报告只有全年的数字，没有{part}的数字" if lang == "zh" else
            f"The annual reports give figures for the whole year only, none for {part}")


def _passages_despite(archive, q: Question, agencies, years, lang, result):
    """Passages for a question no figure is given for, where the prose can still answer it:
    - a name that fits several agencies, asked in prose ("How does Pingtan publish …"): the
      passages of all of them, each labelled with its agency;
    - a name no agency of the archive has, asked in prose ("哪个单位开设了张江高新区专栏"):
      the passages that mention it, if any (a passage that does not is never shown for it); else,
      for a place whose own report the archive lacks but whose agencies' it holds, asked about
      something there ("What news did Minhe County's media centre report on?"), those agencies'
      passages that name it, each labelled;
    - a figure question with a word no rule applied to ("网络问政受理了多少"): the passages,
      beside the reason no figure is given.
    The refusal stays in the answer, and says first why no figure is given."""
    match = q.agency_match
    if match.ambiguous and not match.unknown and not q.is_figure:
        scope = sorted(set(agencies) | {k for keys in match.ambiguous.values() for k in keys})
        passages = passage_answer(archive, q, scope, years)
    elif match.unknown and not match.ambiguous and not q.is_figure:
        named = [normalize(n) for n in match.unknown] + [f for n in match.unknown for f in q.name_forms.get(n, ())]
        passages = [p for p in passage_answer(archive, q, agencies, years)
                    if any(n in normalize(p["text"]) for n in named)]
        # (only of a body the question names there besides the place, "media centre", in the words
        # that name it: "What problems did Shuyang report?" asks of the county's government, which
        # the archive does not hold)
        inside = _held_inside(archive, match)
        there = [t for w, terms in q.translations if w in q.not_understood and not _BODY_EN.fullmatch(w)
                 for t in terms] if q.lang == "en" and _BODY_EN.search(q.text.lower()) else []
        there += [t for w, terms in q.translations if _PLATFORM_EN.fullmatch(w) for t in terms] \
            if q.lang == "en" else _PLATFORM_ZH.findall(q.text)
        if not passages and inside and not agencies and there:
            passages = [p for p in passage_answer(archive, q, inside, years) if any(t in p["text"] for t in there)]
        elif not passages and inside and not agencies and q.lang == "zh" \
                and not _OF_THE_REPORT_ITSELF.search(q.text or ""):
            # (or, in Chinese, about something there its agencies' reports speak of: "霍城县怎么公开农村饮水安全
            # 信息", which the county's water bureau answers; not what the place's own report would say of
            # itself, its problems or plans. Not in English, whose floor is lower: "What is the electricity price
            # in Guangdong?" was shown the provincial energy bureau's passages)
            passages = passage_answer(archive, q, inside, years)
    elif q.not_understood and q.is_figure and not match.unknown and not match.ambiguous:
        passages = passage_answer(archive, q, agencies, years)
    else:
        return
    if passages:
        result.update(kind="passage", passages=passages)
        result["answer"] += ("以下是报告中可能相关的原文：" if lang == "zh" else
                             " These passages of the reports may answer it (quoted in the original Chinese):")


def _cell_words(cell, lang):
    table = reg.table(cell.table)
    rows = [table.row(r) for r in cell.rows[:3]]
    text = ("、" if lang == "zh" else ", ").join((r.zh.split(" ")[-1] if lang == "zh" else r.en) for r in rows)
    return text + ("…" if len(cell.rows) > 3 else "")


# An answer over hundreds of reports lists the first of its figures and of a sum's parts;
# its CSV export (full=True) has them all.
MAX_FIGURES_SHOWN = 100
MAX_PARTS_SHOWN = 200
MAX_TABLE_SERIES = 24


def _shorten(result, lang):
    """Keep an answer over many reports to what a page can show; say how much more there is."""
    total = result.get("figures_total", len(result["figures"]))  # a wide answer counted them all
    if total > MAX_FIGURES_SHOWN:
        result["figures_total"] = total
        result["figures"] = result["figures"][:MAX_FIGURES_SHOWN]
        result["answer"] += (f"（共 {total} 个数字，此处列出前 {MAX_FIGURES_SHOWN} 个；导出 CSV 可得全部。）"
                             if lang == "zh" else
                             f" ({total} figures; the first {MAX_FIGURES_SHOWN} are listed here, the CSV export "
                             "has them all.)")
    if len(result["series"]) > MAX_TABLE_SERIES:
        result.setdefault("series_total", len(result["series"]))
        result["series"] = result["series"][:MAX_TABLE_SERIES]
    for s in result["sums"]:
        if len(s["parts"]) > MAX_PARTS_SHOWN:
            s["parts_total"] = len(s["parts"])
            s["parts"] = s["parts"][:MAX_PARTS_SHOWN]
    return result


def answer(archive, text: str, history=None, filters=None, full=False) -> dict:
    """The answer to a question, as the API gives it. `full` keeps every figure and every part
    of a sum (the CSV export); otherwise an answer over many reports lists the first ones."""
    result = _answer(archive, text, history, filters, full)
    return result if full else _shorten(result, result["lang"])


def _answer(archive, text: str, history=None, filters=None, full=False) -> dict:
    from .tasks import office_task

    q, taken = resolve(text, history, archive)
    lang = q.lang
    agencies = q.agencies
    years = _scope_years(archive, q, agencies)
    own = q.agency_match.below_own
    if own and agencies and (years == [] or (years and not archive.select_reports(agencies, years))):
        # "Pingtan departments' lists … in 2020": no department of it has a report of the year
        # asked; its own report, which speaks for its departments, does
        held = [k for k in own if archive.select_reports([k], years or None)]
        if held:
            agencies = held
            years = _scope_years(archive, q, agencies)
            q.agency_match.below_answered = [(name, k) for name in q.agency_match.below for k in held]
    if q.change and q.year_before and q.cells and years and len(years) == 1 \
            and archive.select_reports(agencies or None, [years[0] - 1]):
        years = [years[0] - 1, years[0]]  # 2021年同比增长多少: 2021 against 2020
    scope = apply_filters(archive, agencies, years, filters, lang)
    agencies, years = scope.agencies, scope.years
    result = {"question": text, "lang": lang, "kind": "none", "figures": [], "passages": [], "series": [],
              "table": None, "chart": None, "sums": [], "links": [],
              "context": _context(archive, q, taken, agencies, years, lang)}
    refusal = scope.refusal or unanswerable(archive, q, lang)
    # words no rule of the template applied to, which a statement of the prose prints, figure
    # and all ("办理市长公开信箱信访事项10件" for 信访举报投诉类申请 and 市长, 信箱): that statement
    # is what was asked, not a refusal
    stated_first = _stated_for_unread(archive, q, agencies, years) if refusal and not scope.refusal else []
    if refusal and not scope.refusal and not stated_first:
        stated_first = _stated_of_named_account(archive, q) or _stated_of_romanised_name(archive, q)
    if stated_first:
        refusal = ""
    if refusal:
        result["answer"] = refusal
        result["context"]["refused"] = True
        if not scope.refusal:  # no figure for it, but the prose may still answer
            _passages_despite(archive, q, agencies, years, lang, result)
        return result
    if years is not None and not years:
        result["answer"] = ("档案中没有符合所问年份的报告。" + _holdings(archive, lang) if lang == "zh" else
                            "The archive holds no report for the years asked. " + _holdings(archive, lang))
        return result
    if agencies and years and not archive.select_reports(agencies, years) and not (
            _PLANNING.search(q.text or "") and archive.select_reports(agencies, [y - 1 for y in years])):
        # the agency asked about has no report of the year asked (今年, in a year whose reports are
        # not out yet): said so, with the years it has, not "nothing answers this" (unless it asks
        # what was planned for the year, which the year before's report says: _plans_for)
        result["answer"] = _relative_note(q, lang) + _no_report_of_year(archive, agencies, years, lang)
        recalled = _recalled_in_next(archive, q, agencies, years)
        if recalled:
            # (what the next year's report says of that year: "2019年,在…政务公开评估中,海关总署被评为优秀单位")
            year, passages = recalled
            result.update(kind="passage", passages=passages)
            result["answer"] += (f"{year + 1} 年的报告写到了 {year} 年：" if lang == "zh" else
                                 f" Its {year + 1} report speaks of {year} (quoted in the original Chinese):")
        return result
    task = office_task(archive, q, agencies, years, lang)  # compare two reports, roll the year up
    if task:
        result.update(task)
        topic = _compared_topic(archive, q) if task["kind"] == "compare" else None
        if topic:
            # 洪泽区2023年和2024年存在的问题有什么不同: the topic in each report, side by side
            result["passages"] = [p for side in (task["compare"]["a"], task["compare"]["b"])
                                  for p in passage_answer(archive, topic, [side["agency_key"]], [side["year"]])[:2]]
            if result["passages"]:
                result["answer"] += ("以下是两份报告中与此相关的原文。" if lang == "zh" else
                                     " The passages of each report on it follow (quoted in the original Chinese).")
        return result
    figures, gaps = [], []
    if stated_first:
        figures = stated_first
    elif q.is_figure:  # a template cell was named
        reports = _scope(archive, agencies, years)
        # a province's year: counted from an index range, the figures shown built
        # a ranking orders every figure of the scope, a change or a share works on them: the
        # full path builds them all
        works = q.rank or q.change or q.share
        wide = None if full or works else _wide_answer(archive, q, agencies, years, reports, lang)
        if wide:
            result.update(wide)
            return result
        figures, gaps = figure_answer(archive, q, agencies, years, reports)
        if not figures and gaps and q.wants_number:
            # no cell holds it, but the prose may state it: a report from before the 2019
            # template ("2013年全县共收到有关政府信息公开的申请7条"), a column its edition lacks
            figures = stated_answer(archive, q, agencies, years)
    elif q.wants_number:  # a number was asked for: perhaps one the prose states
        figures = stated_answer(archive, q, agencies, years)
    # what the question asks worked out from the figures, said before them; what cannot be
    # worked out from them is said, not left out
    worked = []
    if figures and q.rank:  # 哪个单位最多 / 排名: the figures in order, and the ranking said
        figures, ranking = rank_figures(figures, q.rank, lang)
        worked.append(ranking or NOT_RANKED[lang])
    if figures and q.change:  # 比2020年增加了多少: each step from one year to the next
        worked.append(change_sentence(figures, lang) or no_change(figures, lang))
    elif figures and q.compare:  # 2023年和2024年…对比: a cell of two years compared is its change
        worked.append(change_sentence(figures, lang))
    stated_rates = []
    if figures and q.share:  # 自然人申请占比: a column against its row's 总计
        share = share_sentence(figures, lang)
        worked.append(share or NO_SHARE[lang])
        if not share:  # 办结率: no share of the cells, but the prose may state the rate ("办结率100%")
            stated_rates = [p for p in passage_answer(archive, q, agencies, years) if _PERCENT.search(p["text"])]
            if stated_rates:
                worked.append("报告原文中写有比例的段落见下，请核对其所指。" if lang == "zh" else
                              "Passages of the reports that state a rate follow (quoted in the original Chinese); "
                              "check what each refers to.")
    worked_out = "".join(worked) if lang == "zh" else "".join(w + " " for w in worked)
    if figures:
        # past MAX_TABLE_SERIES the page shows no table or chart, only the first series
        groups = series(figures, lang, limit=None if full else MAX_TABLE_SERIES + 1)
        if not full and len(groups) > MAX_TABLE_SERIES:
            result["series_total"] = len({(f["agency_key"], f["table"], f["row"], f["column"]) for f in figures})
        sums = group_sums(figures, q.cells, lang, q.negated)
        sums += aggregates(figures, q, lang, sums)
        result.update(kind="figure", figures=figures, series=groups, sums=sums,
                      answer=_relative_note(q, lang) + worked_out + _figure_sentence(figures, sums, gaps, lang))
        if q.prose:  # a question that asks for a figure and how: both
            result["passages"] = passage_answer(archive, q, agencies, years)
        elif stated_rates:
            result["passages"] = stated_rates
        if len(figures) > 1 and len(groups) <= MAX_TABLE_SERIES:
            result["table"] = year_table(groups)
            if len({f["unit"] for f in figures}) == 1:
                title = ("、" if lang == "zh" else "; ").join(g["legend"] for g in groups)
                result["chart"] = bar_chart(groups, title)
        return result
    if q.is_figure:
        result["answer"] = (("；".join(gaps) + "。" if gaps else "档案中没有这项数字。") + _holdings(archive, lang)
                            if lang == "zh" else
                            (_first_upper("; ".join(gaps)) + ". " if gaps else "The archive holds no such figure. ")
                            + _holdings(archive, lang))
        # no cell holds it, but the prose may say it ("经清理，已宣布废止规范性文件5件" in a
        # report whose template has no 废止 column): the passages, after the reason
        passages = passage_answer(archive, q, agencies, years) if gaps else []
        if passages:
            result.update(kind="passage", passages=passages)
            result["answer"] += ("以下是报告中可能提到它的原文：" if lang == "zh" else
                                 " These passages of the reports may state it (quoted in the original Chinese):")
        return result
    # a figure asked beside the prose with a word no rule applied to ("罚款金额多少，怎么处理的",
    # "红色的…大厅有几台LED屏"): why no figure is given is said, as for a figure question, before any passage
    unread = ""
    if q.wants_number and q.within_year:
        unread = (_whole_years_only(q, lang) + "，因此不给出数字；" if lang == "zh" else
                  _whole_years_only(q, lang) + ", so no figure is given. ")
    elif q.wants_number and q.not_understood:
        unread = (f"我没有理解问题中的{_names(q.not_understood, lang)}，因此不给出数字；" if lang == "zh" else
                  f"I did not understand {_names(q.not_understood, lang)} in the question, so no figure is given. ")
    passages = passage_answer(archive, q, agencies, years)
    if passages:
        result.update(kind="passage", passages=passages,
                      answer=_relative_note(q, lang) + unread + ("以下是报告中最相关的原文：" if lang == "zh" else
                      "The most relevant passages from the reports (quoted in the original Chinese):"))
        return result
    ahead = _plans_for(archive, q, agencies, years)
    if ahead:
        year, passages = ahead
        names = _agency_names(archive, agencies, lang)
        if archive.select_reports(agencies, [year]):
            said = (f"{names} {year} 年的报告中没有找到相关内容；{year - 1} 年的报告写到了 {year} 年的打算："
                    if lang == "zh" else f"The {year} report of {names} says nothing of it; the {year - 1} report says "
                    f"what was planned for {year} (quoted in the original Chinese):")
        else:
            said = (f"档案中还没有{names} {year} 年的报告；{year - 1} 年的报告写到了 {year} 年的打算："
                    if lang == "zh" else f"The archive holds no {year} report of {names} yet; the {year - 1} report "
                    f"says what was planned for {year} (quoted in the original Chinese):")
        result.update(kind="passage", passages=passages, answer=said)
        return result
    where = ""
    if agencies or years:
        sep = "、" if lang == "zh" else ", "
        parts = [_agency_names(archive, agencies, lang)] if agencies else []
        parts += [sep.join(str(y) for y in years if y)] if years and any(years) else []
        where = f"（范围：{' '.join(parts)}）" if lang == "zh" else f" (searched: {' '.join(parts)})"
    result["answer"] = unread + (f"档案中没有找到能回答这个问题的内容{where}。" + _holdings(archive, lang) if lang == "zh"
                                 else f"Nothing in the archive answers this question{where}. " + _holdings(archive, lang))
    return result


# A rate as the prose states it ("办结率100%")
_PERCENT = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*[%％]|百分之")
_NEXT_YEAR_WORDS = ("下一步", "明年", "下一年", "下年度", "今后")
# A question about what an agency means to do (its plans, next steps, measures)
_PLANNING = re.compile(r"打算|计划|将要|准备|下一步|措施|举措|安排|\b(?:plans?|planned|planning|will|going to|intends?)\b",
                       re.I)


def _year_beside(archive, agencies, years, step):
    """(year, {chunk id: passage}) when a question asks about one year of its agencies and they have
    reports of year + step (the passages of those reports); else None. (_plans_for reads the year
    before's report of a year's plans, _recalled_in_next the next year's of what happened in it.)"""
    asked = [y for y in (years or []) if y]
    if len(asked) != 1 or not agencies:
        return None
    reports = archive.select_reports(agencies, [asked[0] + step])
    return (asked[0], archive.chunks(archive.chunk_ids_of({r.id for r in reports}))) if reports else None


def _year_named(year) -> str:
    """A pattern for the year named as a year, not in a date (a report's signature: 2024年1月17日)."""
    return rf"{year}年(?![0-9]{{1,2}}月)"


def _plans_for(archive, q, agencies, years):
    """(year, passages) when a question about an agency's plans asks about one year that no report
    of its agencies covers yet, or whose report says nothing of it, and the year before's report
    says what it meant to do in it ("洪泽区2025年打算怎么…", asked before the 2025 report is out:
    the 2024 report's "2025 年我们将切实抓好以下工作：一是…"; "平潭2023年打算怎么征求群众意见":
    the 2022 report's "2023年，我区将采取以下措施"); else None. Passages are kept from the
    sections where the earlier report names that year or the next one (a list of steps goes on
    past the sentence that names the year)."""
    found = _PLANNING.search(q.text or "") and _year_beside(archive, agencies, years, -1)
    if not found:
        return None
    year, chunks = found
    names_it = re.compile(_year_named(year) + "|" + "|".join(_NEXT_YEAR_WORDS))
    sections = {(c["report_id"], c["section"]) for c in chunks.values() if names_it.search(norm(c["text"]))}
    hits = [h for h in rank_passages(archive, q, agencies, [year - 1])
            if (chunks[h.chunk_id]["report_id"], chunks[h.chunk_id]["section"]) in sections]
    # "List Huai'an's plans for 2025" names no topic besides plans: every step those sections name
    generic = _topic_without(archive, q, _PLANNING, prose=True) is None
    passages = passage_answer(archive, q, agencies, [year - 1], hits, all_hits=generic)
    return (year, passages) if passages else None


def _recalled_in_next(archive, q, agencies, years):
    """(year, passages) when a prose question asks about one year that no report of its agencies
    covers and the next year's report names that year in passages that answer it ("海关总署在2019年的
    政务公开评估中获得什么评价", of an agency whose first report is 2020's: "2019年,在…评估中,海关总署被
    评为优秀单位"); else None. Not for a figure: a count of the next year is not the year's."""
    found = not q.wants_number and _year_beside(archive, agencies, years, +1)
    if not found:
        return None
    year, chunks = found
    names_it = re.compile(_year_named(year))
    groups = [g for g in query_groups(q, archive) if g]

    def tells_of_it(text):
        # a sentence that names the year holds half the question's words or more (not a passage that
        # names it once and goes on about the next year: "2019年,…被评为优秀单位。2020年,…疫情防控…")
        said = [x for x in re.split(r"[。！？；!?;\n]", norm(text)) if names_it.search(x)]
        return any(2 * sum(1 for g in groups if any(t in x for t in g)) >= len(groups) for x in said)

    hits = [h for h in rank_passages(archive, q, agencies, [year + 1])
            if groups and tells_of_it(chunks[h.chunk_id]["text"])]
    passages = passage_answer(archive, q, agencies, [year + 1], hits) if hits else []
    return (year, passages) if passages else None


def _wide_answer(archive, q, agencies, years, reports, lang):
    """The figure answer over thousands of reports (`reports`, as _scope orders them), as
    _answer and _shorten would give it, from server/wide.py's count of the scope and the
    first agencies' figures; None when the full path is needed."""
    wide = wide_figures(archive, q, reports, bool(agencies or years), max(MAX_FIGURES_SHOWN, MAX_SENTENCE_FIGURES),
                        MAX_PARTS_SHOWN, MAX_TABLE_SERIES)
    if wide is None:
        return None
    build, facts = wide
    figures, _ = figure_answer(archive, q, agencies, years, reports=build)
    gaps = _year_gaps(archive, reports, agencies, years, lang) + [
        _missing_cell(archive.agencies[forms[0].agency_key], forms[0].year, forms, cell, lang)
        for forms, cell in facts["missing"]]
    sums = []
    if q.all_agencies:
        parts_of = {}
        for f in figures:
            if f["value"] is not None:
                parts = parts_of.setdefault((f["table"], f["row"], f["column"], f["year"]), [])
                if len(parts) < MAX_PARTS_SHOWN:
                    parts.append(sum_part(f))
        sums = wide_sums(facts, lang, parts_of)
    notes = [n for n in (quality_note({"quality": quality}, lang) for quality in facts["qualities"]) if n]
    checked = any_failed_check(archive, facts, sorted({cell.table for cell in q.cells}))
    out = {"kind": "figure", "figures": figures, "figures_total": facts["total"],
           "series": series(figures, lang, limit=MAX_TABLE_SERIES + 1), "series_total": facts["series"],
           "sums": sums,
           "answer": _relative_note(q, lang) + _figure_sentence(figures, sums, gaps, lang, total=facts["total"],
                                                                 checked=checked, notes=notes)}
    if q.prose:
        out["passages"] = passage_answer(archive, q, agencies, years)
    return out


def _no_report_of_year(archive, agencies, years, lang) -> str:
    """That the agencies asked about hold no report of the years asked, and which years they hold."""
    joined = ("、" if lang == "zh" else ", ").join
    asked = joined(map(str, years))
    held = sorted({r.year for r in archive.select_reports(agencies)})
    has = joined(map(str, held))
    names = _agency_names(archive, agencies, lang)
    if lang == "zh":
        return f"档案中没有{names} {asked} 年的报告" + (f"；现有的是 {has} 年的报告。" if held else "。")
    return f"The archive holds no report of {names} for {asked}" + (f"; it holds its reports for {has}." if held else ".")


def _relative_note(q, lang):
    """How 今年 / 去年 were read (calendar years counted from today's date), and a former name."""
    parts = [f"“{w}”按今天的日期理解为 {y} 年" if lang == "zh" else f"'{w}' is taken as {y} (counted from today's date)"
             for w, y in q.years.relative]
    parts += [f"“{old}”已改为{new}，按{new}回答" if lang == "zh" else f"'{old}' is now {new}; answered for {new}"
              for old, new in q.agency_match.renamed]
    parts += [f"“{name}”可指多个单位，其中只有{key}有所问年份的报告，按{key}回答" if lang == "zh" else
              f"'{name}' could mean several agencies; only {key} has a report for the year asked, so it is answered for it"
              for name, key in q.agency_match.settled]
    parts += [f"“{name}”可指多个单位，其中只有{key}的报告有所问的模板表格，按{key}回答" if lang == "zh" else
              f"'{name}' could mean several agencies; only {key}'s reports have the template tables asked about, "
              f"so it is answered for it"
              for name, key in q.agency_match.tabled]
    parts += [f"“{name}”的下属单位没有所问年份的报告，按{key}本身的报告回答" if lang == "zh" else
              f"no agency under '{name}' has a report for the year asked; answered from {key}'s own report"
              for name, key in q.agency_match.below_answered]
    parts += [f"“{name}”未写明地名，档案中只有{key}，按它回答" if lang == "zh" else
              f"'{name}' names no place; the archive holds only {key}'s, so it is answered for it"
              for name, key in q.agency_match.unplaced]
    parts += [f"报告中没有写明所属的“{name}”，未据此核对" if lang == "zh" else
              f"'{name}' is not named in the agency's reports, so it could not be checked"
              for name in q.agency_match.unverified]
    if not parts:
        return ""
    return ("；".join(parts) + "。") if lang == "zh" else ("; ".join(parts) + ". ")
