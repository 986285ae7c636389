"""What every view needs: the archive of the current request, and request checks."""
import os

from flask import current_app, g, request

from ..serving import ADMIN_TOKEN_ENV, token_refusal


def holder():
    return current_app.extensions["nianbao"]


def archive():
    """The archive for this request, read from one SQLite snapshot (see ArchiveHolder.snapshot)."""
    if "archive" not in g:
        g.archive_context = holder().snapshot()
        g.archive = g.archive_context.__enter__()
    return g.archive


def release_archive(exc=None):
    context = g.pop("archive_context", None)
    g.pop("archive", None)
    if context is not None:
        context.__exit__(None, None, None)


def clean_text(text: str) -> str:
    """Text that can be written back as UTF-8: lone surrogates (valid in JSON) become "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")


def admin_refusal():
    """(JSON error, status) when the request may not change the archive, else None. The same
    check runs on the headers before a body is read (server/serving.py); this is for servers
    that do not run it (Flask's own, tests)."""
    refusal = token_refusal(request.headers.get("Authorization", ""), os.environ.get(ADMIN_TOKEN_ENV, ""))
    return ({"error": refusal.body}, refusal.code) if refusal else None


def base_url():
    """The address links in exports start with: configured (NIANBAO_BASE_URL), never taken
    from the request's Host header, which the client chooses. Without it links stay relative."""
    return os.environ.get("NIANBAO_BASE_URL", "").rstrip("/")
