"""The Flask application: create_app wires the blueprints of server/views/ to one archive."""
import logging
import sqlite3
from pathlib import Path

from flask import Flask, Response, jsonify, request

from indexer.store import ArchiveError, data_dir_from_env

from .archive import ArchiveHolder
from .exports import safe_text as _csv_text  # noqa: F401  (kept importable: tests check it)
from .jobs import IndexJobs
from .render import Renderer
from .serving import SMALL_BODY
from .views import chat, compare, docs, matrix, reports, rollup, sources, uploads
from .views.common import release_archive

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
BLUEPRINTS = (chat.bp, sources.bp, reports.bp, uploads.bp, compare.bp, matrix.bp, rollup.bp, docs.bp)

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

log = logging.getLogger("nianbao")


def create_app(data_dir=None, holder=None) -> Flask:
    """The app over the archive in `data_dir`, or over an ArchiveHolder already loaded
    (`nianbao serve` loads the archive once, to say what is wrong before it listens)."""
    app = Flask(__name__, static_folder=str(WEB_DIR), static_url_path="/static", template_folder=str(WEB_DIR))
    app.config["MAX_CONTENT_LENGTH"] = SMALL_BODY  # uploads raise it for their own route
    app.json.ensure_ascii = False
    holder = holder or ArchiveHolder(data_dir or data_dir_from_env())
    app.extensions["nianbao"] = holder
    app.extensions["nianbao.jobs"] = IndexJobs(holder.data.root)
    app.extensions["nianbao.renderer"] = Renderer()
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    app.teardown_request(release_archive)

    @app.before_request
    def body_limit():
        if request.path == "/api/index":
            from .serving import MAX_UPLOAD_BYTES

            request.max_content_length = MAX_UPLOAD_BYTES

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.errorhandler(ArchiveError)
    @app.errorhandler(sqlite3.DatabaseError)
    def archive_unavailable(exc):
        reason = str(exc) if isinstance(exc, ArchiveError) else holder.data.damaged_reason(exc)
        log.error("nianbao: %s", reason)
        return jsonify(error=reason), 503

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
