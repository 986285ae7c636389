"""The report list and the archive's state."""
import json

from flask import Blueprint, jsonify, request

from indexer.embed import model_loaded

from ..translate import warmed
from .common import archive

bp = Blueprint("reports", __name__)


def check_summaries(current, report_ids=None):
    """{report id: {"passed": n, "failed": [{key, detail_zh, detail_en, cells}]}}, for the
    given reports (a JSON array parameter, read through the keys' indexes) or for all."""
    out = {}
    db = current.db()
    scope, args = "", []
    if report_ids is not None:
        scope, args = " WHERE {} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(report_ids))]
    for report_id, count in db.execute("SELECT id, json_array_length(passed_checks) FROM reports"
                                       + scope.format("id"), args):
        out.setdefault(report_id, {"passed": 0, "failed": []})["passed"] = count
    for row in db.execute("SELECT report_id, check_key, table_key, cells, detail_zh, detail_en FROM check_failures"
                          + scope.format("report_id") + " ORDER BY report_id, check_key", args):
        out.setdefault(row["report_id"], {"passed": 0, "failed": []})["failed"].append(
            {"key": row["check_key"], "table": row["table_key"], "cells": row["cells"],
             "detail_zh": row["detail_zh"], "detail_en": row["detail_en"]})
    return out


PAGE = 1000  # reports listed per request by default; a province's archive holds 100,000
MAX_PAGE = 5000


def _int_arg(name, default, low, high):
    try:
        return min(high, max(low, int(request.args.get(name, default))))
    except ValueError:
        return None


@bp.get("/api/reports")
def api_reports():
    """The reports, by agency and year, a page at a time (`offset`, `limit`), narrowed by
    `agency` (its key), `year` and `q` (words of the agency's name or the file name);
    `total` says how many match. The agencies and years are always listed in full."""
    current = archive()
    offset, limit = _int_arg("offset", 0, 0, 10**9), _int_arg("limit", PAGE, 1, MAX_PAGE)
    year = request.args.get("year", "")
    if offset is None or limit is None or (year and not year.isdigit()):
        return jsonify(error="offset, limit and year are whole numbers"), 400
    agency, words = request.args.get("agency", ""), request.args.get("q", "").strip().lower()
    chosen = current.select_reports([agency] if agency else None, [int(year)] if year else None)
    if words:
        chosen = [r for r in chosen if words in f"{current.agencies[r.agency_key].name} {r.agency} "
                  f"{current.agencies[r.agency_key].name_en} {r.file_name}".lower()]
    chosen.sort(key=lambda r: (r.agency_key, r.year, r.id))
    page = chosen[offset:offset + limit]
    checks = check_summaries(current, [r.id for r in page]) if page else {}
    reports = []
    for r in page:
        agency_row = current.agencies[r.agency_key]
        summary = checks.get(r.id, {"passed": 0, "failed": []})
        reports.append({
            "id": r.id, "file_name": r.file_name, "agency": agency_row.name, "agency_en": agency_row.name_en,
            "agency_key": agency_row.key, "agency_printed": r.agency, "year": r.year, "template": r.template,
            "pages": r.pages, "format": r.format, "problems": r.problems,
            "checks": {"passed": summary["passed"], "failed": [
                {k: f[k] for k in ("key", "detail_zh", "detail_en")} for f in summary["failed"]]},
            "failed_checks": len(summary["failed"]), "url": f"/source/{r.id}/1",
        })
    agencies = [{"key": a.key, "name": a.name, "name_en": a.name_en, "years": a.years}
                for a in current.agencies.values()]
    return jsonify(reports=reports, total=len(chosen), offset=offset, limit=limit, agencies=agencies,
                   years=current.years(), generation=current.generation, version=current.version)


@bp.get("/api/status")
def api_status():
    current = archive()
    vectors = current.vectors
    # ready: the embedding model and the English dictionaries are loaded (the server answers
    # figures from its start; these load meanwhile, and the first questions that need them wait)
    return jsonify(version=current.version, reports=len(current.reports), agencies=len(current.agencies),
                   passages=current.chunk_total, vectors=vectors.size if vectors else 0,
                   damaged_segments=vectors.damaged if vectors else [], ready=model_loaded() and warmed())
