"""The report list in a few rows: what a server reads at start, in a few sequential reads.

Each report is written in its own transaction, so the `reports` table's pages lie between
that report's pages, cells and passages all over the database file. A server starting on a
disk the operating system has not cached read the list as thousands of random reads (100,000
reports: 50,000 pages, 4.5 s with four connections at once). The indexer therefore keeps the
list also in `catalog_blocks`, the reports of each block of BLOCK report numbers as one
compressed row, rewritten at each publish for the reports changed since, which triggers on
`reports` note in `catalog_changes` whatever code path wrote them. A reader takes the rows and
the few reports changed since (committed but not yet published), so it sees exactly what a
scan of `reports` would show.

A publish rewrites only the blocks of the reports it changed: a new report's is the last one.
(Until 2026-12-04 the list was one row, `catalog`, and each publish rewrote all of it: 0.35 s
of adding one report at 100,000 reports, growing with the archive. Such a row is read as it
is, and split into blocks at the next publish.)
"""
import json
import sqlite3
import zlib
from collections import defaultdict
from operator import itemgetter

# What the server holds of each report (server/archive.py Report), in this order, and the
# number of its passages (their sum is the server's passage count, a second cold scan else).
COLUMNS = ("num", "id", "file_name", "stored_file", "format", "agency", "agency_key", "year", "template",
           "title", "pages", "problems", "notes", "url", "indexed_at", "passages")
_SELECT = (f"SELECT {', '.join(COLUMNS[:-1])}, (SELECT COUNT(*) FROM chunks c WHERE c.report_id = reports.id)"
           " FROM reports")
# Report numbers a row holds: 1,024 reports' lines are about 100 KB compressed, so a publish
# writes one such row, and a server reads 100 of them at 100,000 reports.
BLOCK = 1024


def _line(row) -> str:
    # JSON escapes a newline inside a string, so one row is one line
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))


def _num(line) -> int:
    return int(line[1:line.index(",")])  # a line starts "[num,"


def _lines(blob) -> list:
    return [line for line in zlib.decompress(blob).decode().split("\n") if line]


def _without(lines, nums) -> list:
    """The lines of the rows whose report is not among nums."""
    drop = set(nums)
    return [line for line in lines if _num(line) not in drop]


def _changed(conn) -> list:
    return [n for (n,) in conn.execute("SELECT num FROM catalog_changes")]


def _rows_of(conn, nums) -> list:
    rows = []
    for start in range(0, len(nums), 500):  # under SQLite's limit of bound parameters
        part = nums[start:start + 500]
        rows.extend(conn.execute(f"{_SELECT} WHERE num IN ({','.join('?' * len(part))})", part).fetchall())
    return rows


def _one_row(conn):
    """The lines of the one-row list of an archive last published before 2026-12-04, or None."""
    try:
        stored = conn.execute("SELECT rows FROM catalog WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # no such table: an archive made since
        return None
    return _lines(stored[0]) if stored else None


def _stored(conn):
    """Every stored line, or None when the archive has no list (written before there was one)."""
    try:
        blobs = [b for (b,) in conn.execute("SELECT rows FROM catalog_blocks ORDER BY block")]
    except sqlite3.OperationalError:  # an archive of earlier code, not indexed since
        blobs = []
    one_row = _one_row(conn)
    if one_row is None and not blobs:
        return None
    return [line for blob in blobs for line in _lines(blob)] + (one_row or [])


def present(conn) -> bool:
    return _stored(conn) is not None


def _write(conn, lines_by_block):
    for block, lines in lines_by_block.items():
        if lines:
            conn.execute("INSERT OR REPLACE INTO catalog_blocks VALUES (?, ?)",
                         (block, zlib.compress("\n".join(lines).encode(), 1)))
        else:
            conn.execute("DELETE FROM catalog_blocks WHERE block = ?", (block,))


def refresh(conn):
    """Bring the list up to date (inside the publishing transaction): the blocks of the reports
    changed since the last publish are rewritten, the others are not read."""
    one_row = _one_row(conn)
    has_blocks = conn.execute("SELECT 1 FROM catalog_blocks LIMIT 1").fetchone() is not None
    if one_row is None and not has_blocks:  # an archive written before there was a list: made once from a scan
        one_row = [_line(r) for r in conn.execute(_SELECT)]
        changed = []
    else:
        changed = _changed(conn)
        if not changed and one_row is None:
            return
    blocks = defaultdict(list)
    if one_row is not None:  # split into blocks, once
        for line in one_row:
            blocks[_num(line) // BLOCK].append(line)
    touched = {n // BLOCK for n in changed} - set(blocks)
    for block in touched:
        row = conn.execute("SELECT rows FROM catalog_blocks WHERE block = ?", (block,)).fetchone()
        blocks[block] = _lines(row[0]) if row else []
    if changed:
        for block in blocks:
            blocks[block] = _without(blocks[block], changed)
        for row in _rows_of(conn, changed):
            blocks[row[0] // BLOCK].append(_line(row))
    _write(conn, blocks)
    if one_row is not None:
        try:
            conn.execute("DELETE FROM catalog WHERE id = 1")
        except sqlite3.OperationalError:
            pass
    conn.execute("DELETE FROM catalog_changes")


_ORDER = (COLUMNS.index("agency_key"), COLUMNS.index("year"), COLUMNS.index("num"))


def read(conn) -> list:
    """Every report's row as a tuple in COLUMNS order, the same reports a scan of `reports` in
    this connection's snapshot gives, in agency and year order (ties: the order of writing)."""
    return sorted(_read(conn), key=itemgetter(*_ORDER))


def _read(conn) -> list:
    stored = _stored(conn)
    if stored is None:
        return [tuple(r) for r in conn.execute(_SELECT)]
    changed = _changed(conn)
    lines = _without(stored, changed) if changed else stored
    rows = json.loads("[" + ",".join(lines) + "]")
    return [tuple(r) for r in rows] + [tuple(r) for r in _rows_of(conn, changed)]
