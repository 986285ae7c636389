"""Two reports side by side (/compare), as JSON, CSV and XLSX."""
import io

from flask import Blueprint, Response, abort, jsonify, render_template, request

from ..compare import compare, compare_rows, primary_reports
from ..exports import csv_bytes, safe_text
from .common import archive

bp = Blueprint("compare", __name__)


def _pair():
    """The two reports asked for (?a=&b=), older first when they are one agency's; 404 if unknown."""
    current = archive()
    a, b = current.reports.get(request.args.get("a", "")), current.reports.get(request.args.get("b", ""))
    if a is None or b is None:
        abort(404)
    if a.agency_key == b.agency_key and a.year > b.year:
        a, b = b, a
    return current, a, b


def _lang():
    return "en" if request.args.get("lang") == "en" else "zh"


@bp.get("/compare")
def compare_page():
    current = archive()
    if not request.args.get("a") or not request.args.get("b"):
        reports = sorted(primary_reports(current.reports.values()).values(), key=lambda r: (r.agency_key, r.year))
        return render_template("compare.html", result=None, reports=reports, agencies=current.agencies)
    current, a, b = _pair()
    return render_template("compare.html", result=compare(current, a, b), reports=None, agencies=current.agencies)


@bp.get("/api/compare")
def api_compare():
    current, a, b = _pair()
    return jsonify(compare(current, a, b, _lang()))


def _file_name(result, suffix):
    a, b = result["a"], result["b"]
    return f"compare-{a['report']}-{b['report']}.{suffix}"


@bp.get("/api/compare.csv")
def api_compare_csv():
    current, a, b = _pair()
    result = compare(current, a, b, _lang())
    return Response(csv_bytes(compare_rows(result, _lang())), headers={
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": f"attachment; filename={_file_name(result, 'csv')}"})


@bp.get("/api/compare.xlsx")
def api_compare_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    current, a, b = _pair()
    lang = _lang()
    result = compare(current, a, b, lang)
    book = Workbook()
    sheet = book.active
    sheet.title = "数字对比" if lang == "zh" else "figures"
    for i, row in enumerate(compare_rows(result, lang)):
        sheet.append([v if isinstance(v, (int, float)) else safe_text(v) for v in row])
        if i == 0:
            for cell in sheet[1]:
                cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 40
    prose = book.create_sheet("正文对比" if lang == "zh" else "text")
    prose.append(["章节", "变化", result["a"]["agency"] + f" {result['a']['year']}",
                  result["b"]["agency"] + f" {result['b']['year']}"])
    kinds = {"added": "新增", "removed": "删除", "changed": "修改", "same": "相同"}
    for section in result["prose"]:
        for item in section["passages"]:
            prose.append([safe_text(section["section"]), kinds[item["kind"]] if lang == "zh" else item["kind"],
                          safe_text(item["a"]["text"] if item["a"] else ""),
                          safe_text(item["b"]["text"] if item["b"] else "")])
    out = io.BytesIO()
    book.save(out)
    return Response(out.getvalue(), headers={
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": f"attachment; filename={_file_name(result, 'xlsx')}"})
