"""The Flask application: the chat page, the JSON API and the source view."""
import csv
import hmac
import io
import os
from pathlib import Path

from flask import Flask, Response, abort, jsonify, render_template, request, send_from_directory

from .answer import answer
from .archive import ArchiveHolder
from .source import IMAGE_FORMATS, blocks, mark_for, render_pdf_page

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_QUESTION_CHARS = 10_000
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
DEFAULT_DATA_DIR = "data"
ADMIN_TOKEN_ENV = "NIANBAO_ADMIN_TOKEN"

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def data_dir_from_env():
    return os.environ.get("NIANBAO_DATA", DEFAULT_DATA_DIR)


def clean_text(text: str) -> str:
    """Text that can be written back as UTF-8: lone surrogates (valid in JSON) become "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")


def safe_file_name(name: str) -> str:
    """The last path component of an uploaded file's name, without control or reserved characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*').strip().lstrip(".")
    return name[:120] or "upload"


def create_app(data_dir=None) -> Flask:
    app = Flask(__name__, static_folder=str(WEB_DIR), static_url_path="/static", template_folder=str(WEB_DIR))
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024  # a question and its history fit easily
    app.config["JSON_AS_ASCII"] = False
    app.json.ensure_ascii = False
    holder = ArchiveHolder(data_dir or data_dir_from_env())
    app.extensions["nianbao"] = holder

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.get("/")
    def index():
        return send_from_directory(WEB_DIR, "index.html")

    def _ask_payload():
        """(question, history, filters) from the request body, or an error response."""
        payload = request.get_json(silent=True)
        if not isinstance(payload, dict):
            return None, (jsonify(error="send a JSON object: {\"question\": \"...\"}"), 400)
        question = payload.get("question")
        if not isinstance(question, str) or not question.strip():
            return None, (jsonify(error="'question' must be a non-empty string"), 400)
        if len(question) > MAX_QUESTION_CHARS:
            return None, (jsonify(error=f"'question' is longer than {MAX_QUESTION_CHARS} characters"), 400)
        history = payload.get("history") or []
        if not isinstance(history, list):
            return None, (jsonify(error="'history' must be a list"), 400)
        history = [{"question": clean_text(q)} for q in
                   (h.get("question") if isinstance(h, dict) else h for h in history[-20:]) if isinstance(q, str)]
        filters = payload.get("filters") or {}
        if not isinstance(filters, dict):
            return None, (jsonify(error="'filters' must be an object"), 400)
        return (clean_text(question), history, filters), None

    def _answer_request():
        """(answer, None) for the question in the request body, or (None, error response)."""
        args, error = _ask_payload()
        if error:
            return None, error
        question, history, filters = args
        return answer(holder.get(), question, history=history, filters=filters), None

    @app.post("/api/ask")
    def api_ask():
        result, error = _answer_request()
        return error or jsonify(result)

    @app.post("/api/export.csv")
    def api_export():
        result, error = _answer_request()
        if error:
            return error
        body = figures_csv(result, request.host_url.rstrip("/"))
        return Response(body, mimetype="text/csv", headers={
            "Content-Disposition": "attachment; filename=nianbao-figures.csv",
            "Content-Type": "text/csv; charset=utf-8"})

    @app.post("/api/index")
    def api_index():
        """Add one report to the archive. Closed unless the server was started with a token."""
        from indexer.pipeline import index_paths
        from indexer.store import IndexBusy

        token = os.environ.get(ADMIN_TOKEN_ENV, "")
        if not token:
            return jsonify(error=f"indexing over HTTP is disabled; start the server with {ADMIN_TOKEN_ENV} set"), 403
        given = request.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode("utf-8", "replace"), f"Bearer {token}".encode()):
            return jsonify(error="missing or wrong token (Authorization: Bearer …)"), 401
        request.max_content_length = MAX_UPLOAD_BYTES
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            return jsonify(error="send one report file as the multipart field 'file'"), 400
        folder = Path(holder.data.root) / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / safe_file_name(upload.filename)
        tmp = path.with_name(path.name + ".part")
        upload.save(tmp)
        os.replace(tmp, path)
        try:
            summary = index_paths([path], holder.data.root, progress=False)
        except IndexBusy as exc:
            return jsonify(error=str(exc)), 409
        outcome = summary.outcomes[0]
        if outcome.status in ("rejected", "duplicate"):
            path.unlink(missing_ok=True)
        status = 422 if outcome.status == "rejected" else 200
        return jsonify(status=outcome.status, reason=outcome.reason, report=outcome.report_id,
                       file_name=path.name, pages=outcome.pages, facts=outcome.facts,
                       generation=summary.generation), status

    @app.get("/api/reports")
    def api_reports():
        archive = holder.get()
        checks = {}
        if archive.db_path:
            for row in archive.db().execute("SELECT report_id, check_key, passed, detail_zh, detail_en FROM checks"
                                            " ORDER BY report_id, check_key"):
                entry = checks.setdefault(row["report_id"], {"passed": 0, "failed": []})
                if row["passed"]:
                    entry["passed"] += 1
                else:
                    entry["failed"].append({"key": row["check_key"], "detail_zh": row["detail_zh"],
                                            "detail_en": row["detail_en"]})
        reports = []
        for r in sorted(archive.reports.values(), key=lambda r: (r.agency_key, r.year)):
            agency = archive.agencies[r.agency_key]
            summary = checks.get(r.id, {"passed": 0, "failed": []})
            reports.append({
                "id": r.id, "file_name": r.file_name, "agency": agency.name, "agency_en": agency.name_en,
                "agency_key": agency.key, "agency_printed": r.agency, "year": r.year, "template": r.template,
                "pages": r.pages, "format": r.format, "problems": r.problems, "checks": summary,
                "failed_checks": len(summary["failed"]), "url": f"/source/{r.id}/1",
            })
        agencies = [{"key": a.key, "name": a.name, "name_en": a.name_en, "years": a.years}
                    for a in archive.agencies.values()]
        return jsonify(reports=reports, agencies=agencies, years=archive.years(), generation=archive.generation)

    def _page_or_404(report_id, page):
        archive = holder.get()
        report = archive.reports.get(report_id)
        if report is None or not 1 <= page <= report.pages:
            abort(404)
        return archive, report

    def _int_arg(name):
        value = request.args.get(name, "")
        return int(value) if value.isdigit() and len(value) < 12 else None

    def _source_view(report_id, page):
        """Everything the source view shows for one page, with the marked cell or passage."""
        archive, report = _page_or_404(report_id, page)
        fact_id, chunk_id = _int_arg("fact"), _int_arg("chunk")
        _, lines, fact = mark_for(archive, report.id, page, fact_id, chunk_id)
        text = archive.db().execute("SELECT text FROM pages WHERE report_id = ? AND page = ?",
                                    (report.id, page)).fetchone()["text"]
        query = f"?fact={fact_id}" if fact_id is not None else (f"?chunk={chunk_id}" if chunk_id is not None else "")
        cell = fact["cell"] if fact is not None and "cell" in fact.keys() else None
        return {"report": report, "agency": archive.agencies[report.agency_key], "page": page, "fact": fact,
                "query": query, "lines": text.split("\n"), "marked": sorted(lines), "blocks": blocks(text),
                "marked_cell": [fact["line"], cell] if fact is not None and cell is not None and fact["line"] else None,
                "image": f"/source/{report.id}/{page}.png{query}" if report.format in IMAGE_FORMATS else None}

    @app.get("/source/<report_id>/<int:page>")
    def source_page(report_id, page):
        view = _source_view(report_id, page)
        return render_template("source.html", **{**view, "lines": list(enumerate(view["lines"], 1)),
                                                 "marked": set(view["marked"]),
                                                 "marked_cell": tuple(view["marked_cell"] or ())})

    @app.get("/api/source/<report_id>/<int:page>")
    def api_source(report_id, page):
        view = _source_view(report_id, page)
        report, fact = view["report"], view["fact"]
        return jsonify(
            report=report.id, file_name=report.file_name, agency=view["agency"].name, year=report.year,
            page=page, pages=report.pages, image=view["image"], lines=view["lines"], marked=view["marked"],
            blocks=view["blocks"], marked_cell=view["marked_cell"], format=report.format, origin=report.url,
            url=f"/source/{report.id}/{page}{view['query']}",
            mark={"row": fact["row_label"], "column": fact["col_label"], "raw": fact["raw"], "unit": fact["unit"],
                  "quality": fact["quality"] if "quality" in fact.keys() else ""}
            if fact else None)

    @app.get("/source/<report_id>/<int:page>.png")
    def source_image(report_id, page):
        archive, report = _page_or_404(report_id, page)
        if report.format not in IMAGE_FORMATS:
            abort(404)
        boxes, _, _ = mark_for(archive, report.id, page, _int_arg("fact"), _int_arg("chunk"))
        png = render_pdf_page(archive.stored_path(report), page, boxes)
        return Response(png, mimetype="image/png", headers={"Cache-Control": "private, max-age=3600"})

    @app.errorhandler(404)
    def not_found(error):
        if request.path.startswith("/api/"):
            return jsonify(error="not found"), 404
        return Response("404 — not found", status=404, mimetype="text/plain")

    @app.errorhandler(413)
    def too_large(error):
        return jsonify(error="request too large"), 413

    @app.errorhandler(405)
    def not_allowed(error):
        return jsonify(error="method not allowed"), 405

    return app


CSV_COLUMNS = ("agency", "agency_en", "year", "table", "row", "column", "value", "raw", "unit", "file", "page",
               "source", "check")


def _csv_text(value):
    """Spreadsheets run cells that start with = + - @ as formulas; such text is quoted."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def figures_csv(result, base_url) -> str:
    """The figures of an answer (and any sums) as CSV, with a BOM so spreadsheets read UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for f in result["figures"]:
        src = f["source"]
        writer.writerow([_csv_text(f["agency"]), _csv_text(f["agency_en"]), f["year"], _csv_text(f["table_label"]),
                         _csv_text(f["row_label"]), _csv_text(f["column_label"]),
                         "" if f["value"] is None else f["value"], _csv_text(f["raw"]), _csv_text(f["unit"]),
                         _csv_text(src["file_name"]), src["page"], base_url + src["url"],
                         _csv_text("; ".join(c["detail"] for c in f["checks"]))])
    for s in result.get("sums", []):
        writer.writerow([_csv_text(s["label"]), "", "", "", "", "", s["value"], "", _csv_text(s["unit"]), "", "",
                         " ".join(base_url + p["url"] for p in s["parts"]), ""])
    return "\ufeff" + out.getvalue()
