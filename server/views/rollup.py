"""Roll-up (/rollup): the template's tables summed over agencies for a year, as XLSX and CSV."""
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, jsonify, render_template, request

from ..exports import csv_bytes
from ..answer import cell_labels
from ..matrix import parse_cell
from ..rollup import cell_parts, rollup, rollup_rows, rollup_xlsx
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


@bp.get("/rollup/cell")
def rollup_cell_page():
    """Every figure one total of a roll-up adds, however wide the roll-up: the page a total
    links to when the roll-up is too wide to list them all in place."""
    current, result = _result()
    cell = parse_cell(request.args.get("cell", ""))
    if cell is None:
        abort(404)
    parts = cell_parts(current, result, *cell)
    if not parts:
        abort(404)
    table, row, col = cell_labels(*cell, "zh")
    unit = next((p.get("unit", "") for p in parts), "")
    back = "/rollup?" + urlencode([(k, v) for k, v in request.args.items(multi=True) if k != "cell"])
    return render_template("rollup_cell.html", year=result["year"], label=f"{table} · {row} · {col}",
                           total=sum(p["value"] for p in parts), unit=unit, parts=parts, back=back)
