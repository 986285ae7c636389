"""The API's description (OpenAPI 3.1), served as the file kept in web/openapi.json."""
from flask import Blueprint, send_from_directory

bp = Blueprint("docs", __name__)


@bp.get("/api/openapi.json")
def openapi():
    from ..app import WEB_DIR

    return send_from_directory(WEB_DIR, "openapi.json", mimetype="application/json")
