"""The archive at a glance (/archive): agency × year matrix, failed checks, a cell as heatmap or chart."""
from flask import Blueprint, abort, jsonify, render_template, request

from ..chart import bar_chart
from ..compare import primary_reports
from ..crossyear import cross_year_checks
from ..matrix import archive_matrix, cell_values, failed_checks, heatmap, parse_cell, template_cell_choices
from .common import archive

bp = Blueprint("matrix", __name__)


def _lang():
    return "en" if request.args.get("lang") == "en" else "zh"


def report_checks(current, report, lang):
    """A report's failed checks, and its checks against the agency's previous year."""
    primary = primary_reports(current.reports.values())
    last = primary.get((report.agency_key, report.year - 1))
    return {"report": report.id, "agency": current.agencies[report.agency_key].name, "year": report.year,
            "failed": failed_checks(current, report, lang),
            "cross_year": cross_year_checks(current, report, last, lang) if last else [],
            "previous": last.id if last else None}


def _series(current, cell, agency_key, values):
    agency = current.agencies[agency_key]
    points = [{"year": year, "value": values[(agency_key, year)]["value"]}
              for year in agency.years if (agency_key, year) in values]
    return [{"legend": agency.name, "label": agency.name, "points": points}]


def _page_args():
    """(name match, offset) of the matrix page asked for."""
    offset = request.args.get("offset", "0")
    return request.args.get("match", "").strip()[:50], int(offset) if offset.isdigit() else 0


@bp.get("/archive")
def archive_page():
    current = archive()
    lang = _lang()
    match, offset = _page_args()
    matrix = archive_matrix(current, lang, match=match, offset=offset)
    cell = parse_cell(request.args.get("cell", ""))
    heat = heatmap(current, cell, [a["key"] for a in matrix["agencies"]]) if cell else None
    chosen = request.args.get("agency", "")
    chart = None
    if cell and chosen in current.agencies:
        chart = bar_chart(_series(current, cell, chosen, cell_values(current, cell, [chosen])), title=chosen)
    report = current.reports.get(request.args.get("report", ""))
    checks = report_checks(current, report, lang) if report else None
    return render_template("archive.html", matrix=matrix, heat=heat, cell=".".join(cell) if cell else "",
                           choices=template_cell_choices(lang), chart=chart, chosen=chosen, checks=checks,
                           agencies=current.agencies)


@bp.get("/api/matrix")
def api_matrix():
    match, offset = _page_args()
    return jsonify(archive_matrix(archive(), _lang(), match=match, offset=offset))


@bp.get("/api/checks/<report_id>")
def api_checks(report_id):
    current = archive()
    report = current.reports.get(report_id)
    if report is None:
        abort(404)
    return jsonify(report_checks(current, report, _lang()))


@bp.get("/api/heatmap")
def api_heatmap():
    current = archive()
    cell = parse_cell(request.args.get("cell", ""))
    if cell is None:
        return jsonify(error="name a template cell as table.row.column, e.g. requests.new_received.total"), 400
    values = heatmap(current, cell)
    return jsonify(cell=".".join(cell), years=current.years(), values=[
        {"agency": key, "name": current.agencies[key].name, "year": year, **v}
        for (key, year), v in sorted(values.items())])
