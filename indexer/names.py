"""File names are data: stored exactly, shown and printed escaped.

A file name on Linux is bytes and need not be UTF-8; Python hands such names over with
surrogate escapes, which SQLite cannot store as text. The exact bytes are kept (so the
file can be found again); for display, bytes that are not UTF-8 become \\xNN. When printed
to a terminal, control characters (a newline that would forge a summary line, the escape
codes that clear a screen) and direction overrides are shown as escapes, never obeyed.
"""
import os
import unicodedata


def path_bytes(path) -> bytes:
    return os.fsencode(path)


def display(name) -> str:
    """A name as UTF-8 text, any byte that is not UTF-8 written as \\xNN."""
    raw = os.fsencode(name) if not isinstance(name, bytes) else name
    return raw.decode("utf-8", "backslashreplace")


def printable(text: str) -> str:
    """Text safe to print on a terminal line: control and format characters escaped."""
    out = []
    for ch in str(text):
        if ch == "\\":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def shorten(name: str, limit: int = 200) -> str:
    """A file name at most `limit` bytes of UTF-8 (file systems allow 255), its suffix kept."""
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = name, ""
    keep = limit - len(suffix.encode("utf-8")) - 2
    cut = stem.encode("utf-8")[:keep].decode("utf-8", "ignore")
    return f"{cut}…" + (f".{suffix}" if suffix else "")
