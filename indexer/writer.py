"""Writing a parsed report into the archive, and taking one out, each in one transaction.

A report's rows (report, pages, facts, checks, passages with their vectors) and its entries
in the FTS5 indexes go in together; taking a report out removes its index entries (FTS5
needs the tokens each entry was made of, recomputed from the stored text) and its rows.
"""
import hashlib
import json
import time
import zlib

from . import lexical
from .agencies import agency_key


def _box(bbox):
    return json.dumps([round(v, 2) for v in bbox]) if bbox else None


def content_key(parsed) -> str:
    """What a report says, hashed: its cells and its passages. A report saved again (a re-saved
    PDF: other bytes, same report) has the same key; another form of it (its web page) does
    not, as forms read differently, and is kept beside it as one more form."""
    h = hashlib.sha256()
    for f in sorted((f.table, f.row, f.col, f.raw) for f in parsed.facts):
        h.update(repr(f).encode("utf-8"))
    for c in parsed.chunks:
        h.update(c.text.encode("utf-8"))
    return h.hexdigest()[:32]


def _digits(value) -> str:
    """What the facts view shows as raw for a cell stored without one: the value's integer digits."""
    return str(int(value)) if value is not None and float(value).is_integer() and abs(value) < 1e15 else None


def _key_id(conn, table, row, col) -> int:
    conn.execute("INSERT OR IGNORE INTO cell_keys (table_key, row_key, col_key) VALUES (?,?,?)", (table, row, col))
    return conn.execute("SELECT id FROM cell_keys WHERE table_key = ? AND row_key = ? AND col_key = ?",
                        (table, row, col)).fetchone()[0]


def _label_id(conn, row_label, col_label) -> int:
    conn.execute("INSERT OR IGNORE INTO labels (row_label, col_label) VALUES (?,?)", (row_label, col_label))
    return conn.execute("SELECT id FROM labels WHERE row_label = ? AND col_label = ?",
                        (row_label, col_label)).fetchone()[0]


def _insert_cell(conn, report_num, year, table, row, row_label, col, col_label, value, raw, unit, page, bbox, line,
                 cell, quality) -> int:
    cursor = conn.execute(
        "INSERT INTO cells (report, year, cell_key, label, value, raw, unit, page, bbox, line, cell, quality)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (report_num, year, _key_id(conn, table, row, col), _label_id(conn, row_label, col_label), value,
         None if raw == _digits(value) else raw, unit, page, _box(bbox), line, cell, quality or None))
    return cursor.lastrowid


def store_report(conn, report_id, sha, source_display, source_bytes, file_name, stored, parsed, vectors, key):
    """All rows of one report, and its index entries (the caller holds the transaction)."""
    meta, doc = parsed.meta, parsed.doc
    problems = [p for r in parsed.tables.values() for p in r.problems]
    notes = doc.notes + [n for r in parsed.tables.values() for n in r.notes]
    passed = [c.key for c in parsed.checks if c.passed]
    cursor = conn.execute(
        "INSERT INTO reports (id, sha256, file_name, source_path, source_bytes, stored_file, format, agency, agency_key,"
        " year, template, title, pages, problems, notes, indexed_at, url, content_key, passed_checks)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (report_id, sha, file_name, source_display, source_bytes, stored, doc.kind, meta.agency,
         agency_key(meta.agency), meta.year, meta.template, meta.title, len(doc.pages),
         json.dumps(problems, ensure_ascii=False), json.dumps(notes, ensure_ascii=False),
         time.strftime("%Y-%m-%dT%H:%M:%S"), doc.url, key, json.dumps(passed)))
    num = cursor.lastrowid
    key_of_agency = agency_key(meta.agency)
    if conn.execute("SELECT 1 FROM agency_names WHERE key = ?", (key_of_agency,)).fetchone() is None:
        english, aliases = parsed.names
        conn.execute("INSERT INTO agency_names VALUES (?,?,?)",
                     (key_of_agency, english, json.dumps(aliases, ensure_ascii=False)))
    conn.executemany("INSERT INTO pages VALUES (?,?,?,?,?)",
                     [(report_id, p.number, zlib.compress(p.text.encode("utf-8"), 6), p.width, p.height)
                      for p in doc.pages])
    for f in parsed.facts:
        _insert_cell(conn, num, meta.year, f.table, f.row, f.row_label, f.col, f.col_label, f.value, f.raw, f.unit, f.page,
                     f.bbox, f.line, f.cell, f.quality)
    # Stated figures share the cells; the row key is the stated subject, so the same statement
    # groups across years; the label is the clause that states it.
    for n in parsed.narrative:
        fact_id = _insert_cell(conn, num, meta.year, "narrative", n.label, n.clause or n.label, "stated", "正文", n.value,
                               n.raw, n.unit, n.page, n.bbox, n.line, None, "")
        lexical.index_stated(conn, fact_id, n.clause or n.label)
    # A check that passes needs no sentence: its key says it. Only failures keep their details.
    conn.executemany(
        "INSERT INTO check_failures VALUES (?,?,?,?,?,?)",
        [(report_id, c.key, c.table, json.dumps(c.cells), c.detail_zh, c.detail_en)
         for c in parsed.checks if not c.passed])
    for c, vector in zip(parsed.chunks, vectors):
        cursor = conn.execute(
            "INSERT INTO chunks (report_id, page, section, text, bbox, line, line_end) VALUES (?,?,?,?,?,?,?)",
            (report_id, c.page, c.section, c.text, _box(c.bbox), c.line, c.line_end))
        conn.execute("INSERT INTO pending_vectors VALUES (?, ?)", (cursor.lastrowid, vector.tobytes()))
        lexical.index_chunk(conn, cursor.lastrowid, lexical.chunk_text(c.section, c.text))
    return problems


def delete_report(conn, report_id):
    """A report out of the archive: its index entries, then its rows (the caller holds the
    transaction). Its vectors stay in their segment until the next merge leaves them out."""
    for cid, section, text in conn.execute("SELECT id, section, text FROM chunks WHERE report_id = ?", (report_id,)):
        lexical.unindex_chunk(conn, cid, lexical.chunk_text(section, text))
    for fid, label in conn.execute("SELECT id, row_label FROM facts WHERE report_id = ? AND table_key = 'narrative'",
                                   (report_id,)):
        lexical.unindex_stated(conn, fid, label)
    conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
