"""The source view: a page of a report with the cell or passage an answer came from marked."""
import zlib

from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request

from ..render import RenderBusy
from ..source import IMAGE_FORMATS, blocks, mark_for
from .common import archive

bp = Blueprint("sources", __name__)


def _page_or_404(report_id, page):
    current = archive()
    report = current.reports.get(report_id)
    if report is None or not 1 <= page <= report.pages:
        abort(404)
    return current, report


def _int_arg(name):
    value = request.args.get(name, "")
    return int(value) if value.isdigit() and len(value) < 12 else None


def _fact_ids():
    """?facts=1,2,3: several cells to mark (a failed check's cells)."""
    return [int(v) for v in request.args.get("facts", "").split(",")[:50] if v.isdigit() and len(v) < 12]


def source_view(report_id, page):
    """Everything the source view shows for one page, with the marked cell or passage."""
    current, report = _page_or_404(report_id, page)
    fact_id, chunk_id, fact_ids = _int_arg("fact"), _int_arg("chunk"), _fact_ids()
    _, lines, fact, cells = mark_for(current, report.id, page, fact_id, chunk_id, fact_ids)
    row = current.db().execute("SELECT text_z FROM pages WHERE report_id = ? AND page = ?",
                               (report.id, page)).fetchone()
    text = zlib.decompress(row["text_z"]).decode("utf-8") if row else ""
    query = f"?fact={fact_id}" if fact_id is not None else (
        f"?facts={','.join(map(str, fact_ids))}" if fact_ids else (f"?chunk={chunk_id}" if chunk_id is not None else ""))
    cell = fact["cell"] if fact is not None else None
    return {"report": report, "agency": current.agencies[report.agency_key], "page": page, "fact": fact,
            "query": query, "lines": text.split("\n"), "marked": sorted(lines), "blocks": blocks(text),
            "marked_cell": [fact["line"], cell] if fact is not None and cell is not None and fact["line"] else None,
            "marked_cells": [list(c) for c in cells],
            "image": f"/source/{report.id}/{page}.png{query}" if report.format in IMAGE_FORMATS else None}


@bp.get("/source/<report_id>/<int:page>")
def source_page(report_id, page):
    view = source_view(report_id, page)
    return render_template("source.html", **{**view, "lines": list(enumerate(view["lines"], 1)),
                                             "marked": set(view["marked"]),
                                             "marked_cells": {tuple(c) for c in view["marked_cells"]}})


@bp.get("/api/source/<report_id>/<int:page>")
def api_source(report_id, page):
    view = source_view(report_id, page)
    report, fact = view["report"], view["fact"]
    return jsonify(
        report=report.id, file_name=report.file_name, agency=view["agency"].name, year=report.year,
        page=page, pages=report.pages, image=view["image"], lines=view["lines"], marked=view["marked"],
        blocks=view["blocks"], marked_cell=view["marked_cell"], marked_cells=view["marked_cells"],
        format=report.format, origin=report.url,
        url=f"/source/{report.id}/{page}{view['query']}",
        mark={"row": fact["row_label"], "column": fact["col_label"], "raw": fact["raw"], "unit": fact["unit"],
              "quality": fact["quality"]} if fact else None)


@bp.get("/source/<report_id>/<int:page>.png")
def source_image(report_id, page):
    current, report = _page_or_404(report_id, page)
    if report.format not in IMAGE_FORMATS:
        abort(404)
    boxes, _, _, _ = mark_for(current, report.id, page, _int_arg("fact"), _int_arg("chunk"), _fact_ids())
    try:
        png = current_app.extensions["nianbao.renderer"].render(current.stored_path(report), page, boxes)
    except RenderBusy as exc:
        return jsonify(error=str(exc)), 503, {"Retry-After": "2"}
    return Response(png, mimetype="image/png", headers={"Cache-Control": "private, max-age=3600"})
