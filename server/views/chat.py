"""The chat: the page, questions (/api/ask) and the figures of an answer as CSV."""
from flask import Blueprint, Response, jsonify, request, send_from_directory

from ..answer import answer
from ..exports import figures_csv
from .common import archive, base_url, clean_text

bp = Blueprint("chat", __name__)

MAX_QUESTION_CHARS = 10_000
MAX_HISTORY = 20
FILTER_KEYS = ("agency", "agencies", "year", "years")


class BadRequest(Exception):
    pass


def _strings(value, what):
    values = value if isinstance(value, list) else [value]
    if len(values) > 200 or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
        raise BadRequest(f"'filters.{what}' must be a string or number, or a list of them")
    return values


def ask_payload():
    """(question, history, filters) of a well-formed request; raises BadRequest with the reason."""
    try:
        payload = request.get_json(silent=True)
    except RecursionError:
        raise BadRequest("the JSON is nested too deeply") from None
    if not isinstance(payload, dict):
        raise BadRequest("send a JSON object: {\"question\": \"...\"}")
    question = payload.get("question")
    if not isinstance(question, str) or not question.strip():
        raise BadRequest("'question' must be a non-empty string")
    if len(question) > MAX_QUESTION_CHARS:
        raise BadRequest(f"'question' is longer than {MAX_QUESTION_CHARS} characters")
    history = payload.get("history") or []
    if not isinstance(history, list):
        raise BadRequest("'history' must be a list of earlier questions")
    earlier = []
    for item in history[-MAX_HISTORY:]:
        text = item.get("question") if isinstance(item, dict) else item
        if not isinstance(text, str):
            raise BadRequest("each 'history' entry must be a question string or {\"question\": \"...\"}")
        earlier.append({"question": clean_text(text[:MAX_QUESTION_CHARS])})
    filters = payload.get("filters") or {}
    if not isinstance(filters, dict):
        raise BadRequest("'filters' must be an object, e.g. {\"agency\": \"洪泽区\", \"years\": [2023]}")
    clean = {}
    for key, value in filters.items():
        if key not in FILTER_KEYS:
            raise BadRequest(f"unknown filter '{key}' (known: {', '.join(FILTER_KEYS)})")
        if value not in (None, "", []):
            clean[key] = [clean_text(str(v)) for v in _strings(value, key)]
    return clean_text(question), earlier, clean


def answer_request(full=False):
    question, history, filters = ask_payload()
    return answer(archive(), question, history=history, filters=filters, full=full)


@bp.errorhandler(BadRequest)
def bad_request(exc):
    return jsonify(error=str(exc)), 400


@bp.get("/")
def index():
    from ..app import WEB_DIR

    return send_from_directory(WEB_DIR, "index.html")


@bp.post("/api/ask")
def api_ask():
    return jsonify(answer_request())


@bp.post("/api/export.csv")
def api_export():
    body = figures_csv(answer_request(full=True), base_url())
    return Response(body, mimetype="text/csv", headers={
        "Content-Disposition": "attachment; filename=nianbao-figures.csv",
        "Content-Type": "text/csv; charset=utf-8"})
