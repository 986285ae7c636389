"""The Flask application: the chat page, the JSON API and the source view."""
import json
import os
from pathlib import Path

from flask import Flask, Response, abort, jsonify, render_template, request, send_from_directory

from .answer import answer
from .archive import ArchiveHolder
from .source import mark_for, render_pdf_page

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_QUESTION_CHARS = 10_000
DEFAULT_DATA_DIR = "data"

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def data_dir_from_env():
    return os.environ.get("NIANBAO_DATA", DEFAULT_DATA_DIR)


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

    @app.post("/api/ask")
    def api_ask():
        payload = request.get_json(silent=True)
        if not isinstance(payload, dict):
            return jsonify(error="send a JSON object: {\"question\": \"...\"}"), 400
        question = payload.get("question")
        if not isinstance(question, str) or not question.strip():
            return jsonify(error="'question' must be a non-empty string"), 400
        if len(question) > MAX_QUESTION_CHARS:
            return jsonify(error=f"'question' is longer than {MAX_QUESTION_CHARS} characters"), 400
        history = payload.get("history") or []
        if not isinstance(history, list):
            return jsonify(error="'history' must be a list"), 400
        return jsonify(answer(holder.get(), question, history=history))

    @app.get("/api/reports")
    def api_reports():
        archive = holder.get()
        failed = {}
        if archive.db_path:
            for row in archive.db().execute("SELECT report_id, COUNT(*) AS n FROM checks WHERE passed = 0"
                                            " GROUP BY report_id"):
                failed[row["report_id"]] = row["n"]
        reports = []
        for r in sorted(archive.reports.values(), key=lambda r: (r.agency_key, r.year)):
            agency = archive.agencies[r.agency_key]
            reports.append({
                "id": r.id, "file_name": r.file_name, "agency": agency.name, "agency_en": agency.name_en,
                "agency_printed": r.agency, "year": r.year, "template": r.template, "pages": r.pages,
                "format": r.format, "problems": r.problems, "failed_checks": failed.get(r.id, 0),
                "url": f"/source/{r.id}/1",
            })
        return jsonify(reports=reports, generation=archive.generation)

    def _page_or_404(report_id, page):
        archive = holder.get()
        report = archive.reports.get(report_id)
        if report is None or not 1 <= page <= report.pages:
            abort(404)
        return archive, report

    def _int_arg(name):
        value = request.args.get(name, "")
        return int(value) if value.isdigit() and len(value) < 12 else None

    @app.get("/source/<report_id>/<int:page>")
    def source_page(report_id, page):
        archive, report = _page_or_404(report_id, page)
        fact_id, chunk_id = _int_arg("fact"), _int_arg("chunk")
        boxes, lines, fact = mark_for(archive, report.id, page, fact_id, chunk_id)
        text = archive.db().execute("SELECT text FROM pages WHERE report_id = ? AND page = ?",
                                    (report.id, page)).fetchone()["text"]
        query = f"?fact={fact_id}" if fact_id is not None else (f"?chunk={chunk_id}" if chunk_id is not None else "")
        agency = archive.agencies[report.agency_key]
        return render_template(
            "source.html", report=report, agency=agency, page=page, fact=fact, query=query,
            lines=list(enumerate(text.split("\n"), 1)), marked=set(lines), image=report.format == "pdf")

    @app.get("/source/<report_id>/<int:page>.png")
    def source_image(report_id, page):
        archive, report = _page_or_404(report_id, page)
        if report.format != "pdf":
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


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)
