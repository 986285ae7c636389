"""The SQLite schema: the one contract between the indexer (writes) and the server (reads)."""
import sqlite3

SCHEMA_VERSION = "2"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per indexed report file. `id` is the first 16 hex digits of the file's SHA-256.
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    source_path TEXT NOT NULL UNIQUE,   -- where it was indexed from; a new file there replaces it
    stored_file TEXT NOT NULL,          -- copy under the data directory, for the source view
    format TEXT NOT NULL,               -- pdf | scan | html | docx | text | md
    agency TEXT NOT NULL,               -- as the title prints it
    agency_key TEXT NOT NULL,           -- the same agency across years (洪泽区)
    year INTEGER NOT NULL,
    template TEXT NOT NULL,             -- 2019 | 2021 edition of the national template; none before 2019
    title TEXT NOT NULL,
    pages INTEGER NOT NULL,
    problems TEXT NOT NULL DEFAULT '[]',  -- JSON list: tables that could not be read
    notes TEXT NOT NULL DEFAULT '[]',     -- JSON list: oddities found while reading
    indexed_at TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT ''        -- where the report was published, when the file says so
);
CREATE TABLE IF NOT EXISTS pages (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    width REAL,
    height REAL,
    PRIMARY KEY (report_id, page)
);
-- One row per table cell of the template, and per figure stated in the prose
-- (table_key 'narrative': row_key and row_label are the stated subject, col_key 'stated').
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    table_key TEXT NOT NULL,
    row_key TEXT NOT NULL,
    row_label TEXT NOT NULL,            -- as printed
    col_key TEXT NOT NULL,
    col_label TEXT NOT NULL,            -- as printed
    value REAL,                         -- NULL when the cell holds no number ("/", "-", blank, unsure)
    raw TEXT NOT NULL,                  -- as printed; '' for a blank cell
    unit TEXT NOT NULL,
    page INTEGER NOT NULL,
    bbox TEXT,                          -- JSON [x0, top, x1, bottom] in PDF points
    line INTEGER,                       -- line on the page, for text reports
    cell INTEGER,                       -- the cell's position in that line (a grid row's column)
    -- '' printed and read | blank: no number printed | inferred: cut from run-together digits
    -- by the table's arithmetic | unsure: OCR could not read it with confidence
    quality TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS facts_cell ON facts (table_key, row_key, col_key);
CREATE INDEX IF NOT EXISTS facts_report ON facts (report_id);
-- Results of the template's own arithmetic checks, per report.
CREATE TABLE IF NOT EXISTS checks (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    check_key TEXT NOT NULL,
    table_key TEXT NOT NULL,
    passed INTEGER NOT NULL,
    cells TEXT NOT NULL,                -- JSON [[row, col], ...] the check involves
    detail_zh TEXT NOT NULL,
    detail_en TEXT NOT NULL,
    PRIMARY KEY (report_id, check_key)
);
-- Prose passages. The FAISS index is built from `embedding`; its ids are chunk ids.
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    bbox TEXT,                          -- PDF: union of the passage's lines
    line INTEGER,                       -- text reports: first and last line on the page
    line_end INTEGER,
    embedding BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_report ON chunks (report_id);
"""


# Columns added since schema 1, added in place to an older archive (with their defaults).
ADDED_COLUMNS = {
    "reports": [("url", "TEXT NOT NULL DEFAULT ''")],
    "facts": [("cell", "INTEGER"), ("quality", "TEXT NOT NULL DEFAULT ''")],
}


def _upgrade(conn):
    for table, columns in ADDED_COLUMNS.items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for name, decl in columns:
            if name not in have:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def connect(path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path)
        conn.executescript(SCHEMA)
        _upgrade(conn)
        conn.commit()
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
