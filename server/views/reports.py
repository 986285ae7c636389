"""The report list and the archive's state."""
from flask import Blueprint, jsonify

from .common import archive

bp = Blueprint("reports", __name__)


def check_summaries(current, report_ids=None):
    """{report id: {"passed": n, "failed": [{key, detail_zh, detail_en, cells}]}}."""
    out = {}
    db = current.db()
    for report_id, count in db.execute("SELECT id, json_array_length(passed_checks) FROM reports"):
        out.setdefault(report_id, {"passed": 0, "failed": []})["passed"] = count
    for row in db.execute("SELECT report_id, check_key, table_key, cells, detail_zh, detail_en FROM check_failures"
                          " ORDER BY report_id, check_key"):
        out.setdefault(row["report_id"], {"passed": 0, "failed": []})["failed"].append(
            {"key": row["check_key"], "table": row["table_key"], "cells": row["cells"],
             "detail_zh": row["detail_zh"], "detail_en": row["detail_en"]})
    return out


@bp.get("/api/reports")
def api_reports():
    current = archive()
    checks = check_summaries(current) if current.reports else {}
    reports = []
    for r in sorted(current.reports.values(), key=lambda r: (r.agency_key, r.year)):
        agency = current.agencies[r.agency_key]
        summary = checks.get(r.id, {"passed": 0, "failed": []})
        reports.append({
            "id": r.id, "file_name": r.file_name, "agency": agency.name, "agency_en": agency.name_en,
            "agency_key": agency.key, "agency_printed": r.agency, "year": r.year, "template": r.template,
            "pages": r.pages, "format": r.format, "problems": r.problems,
            "checks": {"passed": summary["passed"], "failed": [
                {k: f[k] for k in ("key", "detail_zh", "detail_en")} for f in summary["failed"]]},
            "failed_checks": len(summary["failed"]), "url": f"/source/{r.id}/1",
        })
    agencies = [{"key": a.key, "name": a.name, "name_en": a.name_en, "years": a.years}
                for a in current.agencies.values()]
    return jsonify(reports=reports, agencies=agencies, years=current.years(), generation=current.generation,
                   version=current.version)


@bp.get("/api/status")
def api_status():
    current = archive()
    vectors = current.vectors
    return jsonify(version=current.version, reports=len(current.reports), agencies=len(current.agencies),
                   passages=current.chunk_total, vectors=vectors.size if vectors else 0,
                   damaged_segments=vectors.damaged if vectors else [])
