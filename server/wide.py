"""Figure answers over thousands of reports (all agencies of a province's year), counted from
one range of an SQLite index, with only the figures the page shows built in full.

An answer lists its first figures and a sum its first parts (answer._shorten). Building every
figure of 14,000 agencies, each with its labels, source and notes, to show a hundred of them
cost most of a second. Here one pass over the scope's stored cells (plain tuples read from
the covering index cells_by_cell, no joins) gives what the answer says about all of them: the totals and how many figures each adds, how
many figures and series there are, which reports lack the cell, whether any figure fails a
check, how its cells were read. figure_answer then builds the first agencies' figures only.
The answer is the full path's, shortened the same way (tested side by side).

A report held in several forms (its PDF and its web page) counts once, with the cell of the
form the full path shows (answer.merge_forms: a number over a blank, a printed cell over an
inferred one, PDF over a web page over a transcription). Sums over row or column groups or
over years take the full path.
"""
import json
from collections import Counter

from indexer import registry as reg

from .trend import all_agencies_label, sum_entry

WIDE_REPORTS = 400  # below this many reports in scope, building every figure costs little


def _scope_rows(archive, key_ids, reports):
    """(cell key id, report number, value, unit, quality) of the scope's cells of those keys."""
    years = sorted({r.year for r in reports})
    sql = (f"SELECT cell_key, report, value, unit, COALESCE(quality, '') FROM cells"
           f" WHERE cell_key IN ({','.join('?' * len(key_ids))}) AND year IN ({','.join('?' * len(years))})")
    args = [*key_ids, *years]
    if len(reports) != sum(map(archive.reports_in_year, years)):  # not every report of those years
        sql += " AND report IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(sorted(r.num for r in reports)))
    cursor = archive.db().cursor()
    cursor.row_factory = None  # tuples: a province's year is tens of thousands of rows
    return cursor.execute(sql, args).fetchall()


def wide_figures(archive, q, reports, asked, shown, parts_shown, series_shown):
    """What figure_answer and the sums would give for `reports` (sorted by agency and year),
    or None when the full path is needed (few reports or figures, sums within a report or
    across years: group sums, 一共, 累计).

    Returns (the reports whose figures are built in full: the first agencies, enough for the
    figures, parts and series shown; facts over the whole scope), facts holding "total"
    figures, "series" (how many), "missing" [(the forms of a report, cell request)] in the full path's
    order (when `asked` names agencies or years), "found" {(report number, key id)} and
    "ids" {report id: number} for the checks, "qualities" in order of first appearance, and
    "sums" {(table, row, col, year): [total, count, units]} in order of first appearance."""
    if len(reports) <= WIDE_REPORTS or q.cumulative or q.add_up or any(c.sum_rows or c.sum_cols for c in q.cells):
        return None
    ids = archive.cell_key_ids()
    place = {}  # key id -> (cell request, position in it): the order figures are listed in
    for ci, cell in enumerate(q.cells):
        per_template = {tuple(cell.cols or reg.default_columns(cell.table, t, cell.unit)) for t in {r.template for r in reports}}
        if len(per_template) != 1:
            return None  # the columns asked differ between template editions
        keys = [(cell.table, row, col) for row in cell.rows for col in next(iter(per_template))]
        for pos, key in enumerate(k for k in keys if k in ids):
            if ids[key] in place:
                return None  # two requests ask for one cell: the full path lists it twice
            place[ids[key]] = (ci, pos)
    rank = {r.num: i for i, r in enumerate(reports)}
    first_form = {}  # (agency, year) -> rank of its first report
    group = [first_form.setdefault((r.agency_key, r.year), i) for i, r in enumerate(reports)]
    rows = _scope_rows(archive, list(place), reports) if place else []
    if len(first_form) != len(reports):
        rows = _shown_forms(rows, reports, rank, group)
    if len(rows) <= shown:
        return None  # few figures: the full path builds them all at little cost

    def order(num, key):  # where a cell's figure is listed: report, cell request, form, cell
        i = rank[num]
        return group[i], place[key][0], i, place[key][1]

    # a few operations per cell, in one pass or a comprehension: a province's year is tens of
    # thousands of cells
    names = {v: k for k, v in ids.items()}
    sums, parts_ranks = {}, {}
    for key, num, value, unit, quality in rows:
        if value is not None and quality != "unsure":
            at = (key, reports[rank[num]].year)
            entry = sums.get(at)
            if entry is None:
                entry = sums[at] = [0, 0, set()]
                parts_ranks[at] = []
            entry[0] += value
            entry[1] += 1
            entry[2].add(unit)
            parts_ranks[at].append(rank[num])
    for ranks in parts_ranks.values():
        ranks.sort()
    # each sum and each way of reading a cell in the order of its first figure (order above)
    first_sum = {at: order(reports[parts_ranks[at][0]].num, at[0]) for at in sums}
    qualities = {}
    for key, num, _, _, quality in (r for r in rows if r[4]):
        at = order(num, key)
        if at < qualities.get(quality, (len(reports),)):
            qualities[quality] = at
    per_report = Counter(rank[r[1]] for r in rows)
    series = {(reports[rank[r[1]]].agency_key, r[0]) for r in rows}
    if len(series) <= series_shown:
        return None  # few series: the full path shows them as a table and a chart
    # how far the figures built in full must go: the first `shown` figures, the first
    # `parts_shown` parts of every sum, the first series past `series_shown`
    count, last, seen = 0, 0, set()
    for i in sorted(per_report):
        count += per_report[i]
        seen.update(s for s in ((reports[i].agency_key, k) for k in place) if s in series)
        last = i
        if count >= shown and len(seen) > series_shown:
            break
    if q.all_agencies:
        for ranks in parts_ranks.values():
            last = max(last, ranks[parts_shown - 1] if len(ranks) >= parts_shown else len(reports) - 1)
    while last + 1 < len(reports) and reports[last + 1].agency_key == reports[last].agency_key:
        last += 1  # whole agencies, so the first series shown have all their years
    missing = []
    if asked:
        present = [{group[rank[r[1]]] for r in rows if place[r[0]][0] == ci} for ci in range(len(q.cells))]
        forms = {}
        for i, report in enumerate(reports):
            forms.setdefault(group[i], []).append(report)
        missing = [(of, cell) for first, of in forms.items() for ci, cell in enumerate(q.cells)
                   if first not in present[ci]]
    facts = {"total": len(rows), "series": len(series), "missing": missing,
             "found": {(num, key) for key, num, *_ in rows},
             "ids": {r.id: r.num for r in reports},
             "qualities": sorted(qualities, key=qualities.get),
             "sums": {(*names[key], year): sums[key, year] for key, year in sorted(sums, key=first_sum.get)}}
    return reports[:last + 1], facts


def _shown_forms(rows, reports, rank, group):
    """Of a report's forms, each cell as the full path shows it (answer.merge_forms, by
    answer.form_preference, then the first form listed)."""
    from .answer import form_preference

    best = {}
    for row in rows:
        key, num, value, _, quality = row
        i = rank[num]
        shown = None if quality == "unsure" else value  # as answer._figure shows it
        choice = (*form_preference(shown, quality, reports[i].format), i)
        at = (group[i], key)
        if at not in best or choice < best[at][0]:
            best[at] = (choice, row)
    return [row for _, row in best.values()]


def any_failed_check(archive, facts, tables) -> bool:
    """Whether a failed check of some report involves one of the figures found (the full path
    marks such figures and says so in the answer). Stops at the first."""
    found, ids = facts["found"], archive.cell_key_ids()
    sql = (f"SELECT report_id, check_key, cells FROM check_failures WHERE table_key IN ({','.join('?' * len(tables))})"
           " AND report_id IN (SELECT value FROM json_each(?))")
    for report_id, check_key, cells in archive.db().execute(sql, [*tables, json.dumps(sorted(facts["ids"]))]):
        num = facts["ids"][report_id]
        for row, col in json.loads(cells):
            for table in tables:
                if (num, ids.get((table, row, col))) in found and check_key.startswith(table):
                    return True
    return False


def wide_sums(facts, lang, parts_of):
    """The all-agency sums of a wide answer, as trend.aggregates gives them, with the parts
    the built figures hold (the first ones) and how many there are in all."""
    from .answer import cell_labels

    out = []
    for (table, row, col, year), (total, count, units) in facts["sums"].items():
        if len(units) != 1:
            continue
        _, row_label, col_label = cell_labels(table, row, col, lang)
        parts = parts_of.get((table, row, col, year), [])
        out.append({**sum_entry(all_agencies_label(year, row_label, col_label, lang), total, next(iter(units)),
                                count, parts, lang),
                    **({"parts_total": count} if count > len(parts) else {})})
    return out
