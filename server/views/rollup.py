"""Roll-up (/rollup): the template's tables summed over agencies for a year, as XLSX and CSV."""
from flask import Blueprint, Response, jsonify, render_template, request

from ..exports import csv_bytes
from ..rollup import rollup, rollup_rows, rollup_xlsx
from .common import archive, base_url

bp = Blueprint("rollup", __name__)


def _args(current):
    """(year, agency keys, name match) from the query; the latest year by default."""
    years = current.years()
    year = request.args.get("year", "")
    year = int(year) if year.isdigit() and len(year) == 4 else (years[-1] if years else 0)
    agencies = [a for a in request.args.getlist("agency") if a in current.agencies]
    return year, agencies, request.args.get("match", "").strip()[:50]


def _result():
    current = archive()
    year, agencies, match = _args(current)
    lang = "en" if request.args.get("lang") == "en" else "zh"
    return current, rollup(current, year, agencies, match, lang)


@bp.get("/rollup")
def rollup_page():
    current, result = _result()
    return render_template("rollup.html", result=result, years=current.years(), agencies=current.agencies)


@bp.get("/api/rollup")
def api_rollup():
    return jsonify(_result()[1])


@bp.get("/api/rollup.xlsx")
def api_rollup_xlsx():
    _, result = _result()
    return Response(rollup_xlsx(result, base_url()), headers={
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": f"attachment; filename=rollup-{result['year']}.xlsx"})


@bp.get("/api/rollup.csv")
def api_rollup_csv():
    _, result = _result()
    return Response(csv_bytes(rollup_rows(result)), headers={
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": f"attachment; filename=rollup-{result['year']}.csv"})
