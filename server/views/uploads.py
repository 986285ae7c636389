"""Adding reports over HTTP: POST /api/index (admin token) queues a file, GET follows it."""
from flask import Blueprint, current_app, jsonify, request

from indexer.readers import FORMATS

from ..jobs import QueueFull
from .common import admin_refusal

bp = Blueprint("uploads", __name__)
MAX_WAIT = 600  # seconds a client may ask POST to wait for its outcome (?wait=)


def safe_file_name(name: str) -> str:
    """The last path component of an uploaded file's name, without control or reserved characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*').strip().lstrip(".")
    return name or "upload"


def _jobs():
    return current_app.extensions["nianbao.jobs"]


def _answer(job):
    body = job.to_dict()
    if not job.done:
        return jsonify(body), 202
    return jsonify(body), 422 if job.status in ("rejected", "failed") else 200


@bp.post("/api/index")
def api_index():
    """Queue one report file (multipart field 'file'). Answers 202 with the job to follow at
    once, or, with ?wait=SECONDS, its outcome if it ends within that time."""
    refusal = admin_refusal()
    if refusal:
        return jsonify(refusal[0]), refusal[1]
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return jsonify(error="send one report file as the multipart field 'file'"), 400
    name = safe_file_name(upload.filename)
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if f".{suffix}" not in FORMATS:
        from indexer.readers import unsupported_reason

        return jsonify(status="rejected", file_name=name, reason=unsupported_reason(name)), 422
    try:
        job = _jobs().submit(name, upload.stream)
    except QueueFull as exc:
        return jsonify(error=str(exc)), 503, {"Retry-After": "30"}
    wait = request.args.get("wait", "")
    if wait.isdigit():
        _jobs().wait(job, min(int(wait), MAX_WAIT))
    return _answer(job)


@bp.get("/api/index/<job_id>")
def api_job(job_id):
    job = _jobs().get(job_id)
    if job is None:
        return jsonify(error="no such upload job (finished jobs are kept for a while, then forgotten)"), 404
    wait = request.args.get("wait", "")
    if wait.isdigit():
        _jobs().wait(job, min(int(wait), MAX_WAIT))
    return _answer(job)
