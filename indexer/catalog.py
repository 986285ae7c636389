"""The report list in one row: what a server reads at start, as one sequential read.

Each report is written in its own transaction, so the `reports` table's pages lie between
that report's pages, cells and passages all over the database file. A server starting on a
disk the operating system has not cached read the list as thousands of random reads (100,000
reports: 50,000 pages, 4.5 s with four connections at once). The indexer therefore keeps the
list also as one compressed row, `catalog`, rewritten at each publish from the last one and
the reports changed since, which triggers on `reports` note in `catalog_changes` whatever
code path wrote them. A reader takes the row and the few reports changed since (committed
but not yet published), so it sees exactly what a scan of `reports` would show.
"""
import json
import sqlite3
import zlib
from operator import itemgetter

# What the server holds of each report (server/archive.py Report), in this order, and the
# number of its passages (their sum is the server's passage count, a second cold scan else).
COLUMNS = ("num", "id", "file_name", "stored_file", "format", "agency", "agency_key", "year", "template",
           "title", "pages", "problems", "notes", "url", "indexed_at", "passages")
_SELECT = (f"SELECT {', '.join(COLUMNS[:-1])}, (SELECT COUNT(*) FROM chunks c WHERE c.report_id = reports.id)"
           " FROM reports")


def _line(row) -> str:
    # JSON escapes a newline inside a string, so one row is one line
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))


def _lines(blob) -> list:
    return [line for line in zlib.decompress(blob).decode().split("\n") if line]


def _without(lines, nums) -> list:
    """The lines of the rows whose report is not among nums (read from the line's start, "[num,")."""
    drop = {str(n) for n in nums}
    return [line for line in lines if line[1:line.index(",")] not in drop]


def _changed(conn) -> list:
    return [n for (n,) in conn.execute("SELECT num FROM catalog_changes")]


def _rows_of(conn, nums) -> list:
    rows = []
    for start in range(0, len(nums), 500):  # under SQLite's limit of bound parameters
        part = nums[start:start + 500]
        rows.extend(conn.execute(f"{_SELECT} WHERE num IN ({','.join('?' * len(part))})", part).fetchall())
    return rows


def present(conn) -> bool:
    return conn.execute("SELECT 1 FROM catalog WHERE id = 1").fetchone() is not None


def refresh(conn):
    """Bring the catalog up to date (inside the publishing transaction). Its rows are lines, so
    the reports changed since the last publish are replaced without decoding the others
    (100,000 reports: 0.2 s)."""
    stored = conn.execute("SELECT rows FROM catalog WHERE id = 1").fetchone()
    if stored is None:  # an archive written before the catalog existed: made once from a scan
        lines = [_line(r) for r in conn.execute(_SELECT)]
    else:
        changed = _changed(conn)
        if not changed:
            return
        lines = _without(_lines(stored[0]), changed) + [_line(r) for r in _rows_of(conn, changed)]
    conn.execute("INSERT OR REPLACE INTO catalog VALUES (1, ?)", (zlib.compress("\n".join(lines).encode(), 1),))
    conn.execute("DELETE FROM catalog_changes")


_ORDER = (COLUMNS.index("agency_key"), COLUMNS.index("year"), COLUMNS.index("num"))


def read(conn) -> list:
    """Every report's row as a tuple in COLUMNS order, the same reports a scan of `reports` in
    this connection's snapshot gives, in agency and year order (ties: the order of writing)."""
    return sorted(_read(conn), key=itemgetter(*_ORDER))


def _read(conn) -> list:
    try:
        stored = conn.execute("SELECT rows FROM catalog WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # no such table: an archive of earlier code, not indexed since
        stored = None
    if stored is None:
        return [tuple(r) for r in conn.execute(_SELECT)]
    changed = _changed(conn)
    lines = _without(_lines(stored[0]), changed) if changed else _lines(stored[0])
    rows = json.loads("[" + ",".join(lines) + "]")
    return [tuple(r) for r in rows] + [tuple(r) for r in _rows_of(conn, changed)]
