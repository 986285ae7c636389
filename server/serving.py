"""Serving over HTTP with waitress, guarded against slow, idle and oversized clients.

Waitress reads requests on one event loop and hands only complete requests to its worker
threads, so a client sending a byte at a time never holds a worker. What it does not do by
itself is added here:
- a connection limit far above what real use needs (its default, 100, let 150 slow
  clients lock everyone out), and short timeouts: an idle connection is closed after
  IDLE_TIMEOUT, a request whose headers are still arriving after HEADER_TIMEOUT is dropped;
- a request is judged on its headers, before its body is read: a body larger than its
  route accepts is refused with 413, an upload without the admin token with 401/403, and
  a chunked body (no declared length) to a route that takes small bodies with 411. A
  900 MB upload without the token costs the server nothing.
"""
import hmac
import json
import os
import resource
import time

from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.utilities import Error

CONNECTION_LIMIT = 1000
IDLE_TIMEOUT = 30  # seconds without a byte from a connection
HEADER_TIMEOUT = 15  # seconds for a request's headers to arrive
SMALL_BODY = 64 * 1024  # a question with its history fits easily
UPLOAD_PATH = "/api/index"
MAX_UPLOAD_BYTES = 60 * 1024 * 1024  # one report file (the largest PDF read is 200 MB; uploads are smaller)
ADMIN_TOKEN_ENV = "NIANBAO_ADMIN_TOKEN"


class Refusal(Error):
    """An HTTP error answered from the headers alone, as JSON like the API's own errors."""

    def __init__(self, code, reason, message):
        super().__init__(message)
        self.code, self.reason = code, reason

    def to_response(self, ident=None):
        body = json.dumps({"error": self.body}, ensure_ascii=False).encode("utf-8")
        return f"{self.code} {self.reason}", [("Content-Type", "application/json")], body


def token_refusal(authorization: str, token: str):
    """Why a request may not write to the archive, or None if its token is right."""
    if not token:
        return Refusal(403, "Forbidden", f"indexing over HTTP is disabled; start the server with {ADMIN_TOKEN_ENV} set")
    if not hmac.compare_digest(authorization.encode("utf-8", "replace"), f"Bearer {token}".encode("utf-8")):
        return Refusal(401, "Unauthorized", "missing or wrong token (Authorization: Bearer …)")
    return None


def judge_headers(method: str, path: str, headers: dict, chunked: bool, length: int):
    """A Refusal for a request that must not be read further, or None to read it."""
    if method == "POST" and path == UPLOAD_PATH:
        refusal = token_refusal(headers.get("AUTHORIZATION", ""), os.environ.get(ADMIN_TOKEN_ENV, ""))
        if refusal:
            return refusal
        if length > MAX_UPLOAD_BYTES:
            return Refusal(413, "Request Entity Too Large",
                           f"a report file may be at most {MAX_UPLOAD_BYTES // 2**20} MB over HTTP")
        return None
    if chunked:
        return Refusal(411, "Length Required", "send the body with a Content-Length")
    if length > SMALL_BODY:
        return Refusal(413, "Request Entity Too Large", f"request bodies here are at most {SMALL_BODY // 1024} KB")
    return None


class GuardedParser(HTTPRequestParser):
    def parse_header(self, header_plus):
        super().parse_header(header_plus)
        refusal = judge_headers(self.command, self.path, self.headers, self.chunked, self.content_length or 0)
        if refusal is not None:
            self.error = refusal
            self.completed = True  # the body is never read; the connection closes after the answer
            self.content_length = 0  # (so waitress does not put its own "too large" in its place)


class GuardedChannel(HTTPChannel):
    parser_class = GuardedParser

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request_started = None

    def received(self, data):
        now = time.monotonic()
        if self.request is None or self.request.headers_finished:
            self.request_started = now
        elif now - self.request_started > HEADER_TIMEOUT:
            self.will_close = True  # headers trickling in for too long: drop the connection
            return False
        return super().received(data)


def serve(app, host, port, threads, ready=None):
    """Run the app until interrupted. `ready` is called with the server once it listens."""
    import waitress

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < CONNECTION_LIMIT + 100 <= hard or (hard == resource.RLIM_INFINITY and soft < CONNECTION_LIMIT + 100):
        resource.setrlimit(resource.RLIMIT_NOFILE, (CONNECTION_LIMIT + 100, hard))
    limit = min(CONNECTION_LIMIT, resource.getrlimit(resource.RLIMIT_NOFILE)[0] - 100)
    server = waitress.create_server(
        app, host=host, port=port, threads=threads, ident="nianbao", connection_limit=limit,
        channel_timeout=IDLE_TIMEOUT, cleanup_interval=5, max_request_body_size=MAX_UPLOAD_BYTES + 1024 * 1024,
        max_request_header_size=64 * 1024)
    # one listening socket, or several (a host name that resolves to more than one address)
    listeners = [server] if hasattr(server, "channel_class") else \
        [s for s in server.map.values() if hasattr(s, "channel_class")]
    for listener in listeners:
        listener.channel_class = GuardedChannel
    if ready:
        ready(server)
    server.run()
