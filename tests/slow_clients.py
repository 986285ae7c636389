"""Clients that hold a server's connections: some send their header a byte at a time, others
send one request and then stay silent. Used by the slow-client test (bounded) and by the
hostile benchmark (held for as long as it measures)."""
import socket
import threading
import time


def _trickle(sock, stop, repeat):
    try:
        while True:
            for ch in b"GET /api/reports HTTP/1.1\r\nHost: x\r\n":
                if stop.is_set():
                    return
                sock.send(bytes([ch]))
                time.sleep(0.2)
            if not repeat:
                return
    except OSError:
        pass


def hold_connections(url, stop: threading.Event, count=150, repeat=False) -> list:
    """`count` slow clients (a header byte every 0.2 s, again and again if `repeat`, until
    `stop`) and `count` idle keep-alive clients; returns their sockets, for the caller to close."""
    host, port = url.replace("http://", "").split(":")
    sockets = []
    for _ in range(count):
        s = socket.create_connection((host, int(port)), timeout=10)
        sockets.append(s)
        threading.Thread(target=_trickle, args=(s, stop, repeat), daemon=True).start()
    for _ in range(count):
        s = socket.create_connection((host, int(port)), timeout=10)
        s.sendall(b"GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n")
        s.recv(65536)
        sockets.append(s)
    return sockets
