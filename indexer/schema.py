"""The SQLite schema: the one contract between the indexer (writes) and the server (reads).

One database in WAL mode holds the archive. The indexer writes each report in one
transaction, so a reader never sees half a report, and a killed indexer loses only the
report it was writing. Passage vectors are written with their passages (the `embedding`
column) and moved, at the end of a run, into append-only FAISS segment files listed in
`segments` (indexer/vectors.py); from then on the segment is their only copy.
"""
import sqlite3

SCHEMA_VERSION = "3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per indexed report file. `id` is the first 16 hex digits of the file's SHA-256.
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,            -- for display: bytes that are not UTF-8 shown as \\xNN
    source_path TEXT NOT NULL,          -- where it was indexed from, the same way (display)
    source_bytes BLOB NOT NULL,         -- that path exactly, as the file system's bytes
    stored_file TEXT NOT NULL,          -- copy under data/files, for the source view and re-indexing
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
    url TEXT NOT NULL DEFAULT '',       -- where the report was published, when the file says so
    content_key TEXT NOT NULL DEFAULT '' -- what the report says (its cells and passages), hashed:
                                         -- the same report saved again has the same key
);
CREATE INDEX IF NOT EXISTS reports_source ON reports (source_bytes);
CREATE INDEX IF NOT EXISTS reports_identity ON reports (agency_key, year);
CREATE TABLE IF NOT EXISTS pages (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    width REAL,
    height REAL,
    PRIMARY KEY (report_id, page)
);
-- One row per table cell of the template, and per figure stated in the prose
-- (table_key 'narrative': row_key is the stated subject, row_label the clause, col_key 'stated').
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
-- Results of the template's own arithmetic checks, per report (details only where one fails).
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
-- Prose passages. `embedding` holds a new passage's vector until the run that wrote it moves it
-- into a segment (then NULL: the segment is the vector's only copy).
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    bbox TEXT,                          -- PDF: union of the passage's lines
    line INTEGER,                       -- text reports: first and last line on the page
    line_end INTEGER,
    embedding BLOB
);
CREATE INDEX IF NOT EXISTS chunks_report ON chunks (report_id);
CREATE INDEX IF NOT EXISTS chunks_unsealed ON chunks (id) WHERE embedding IS NOT NULL;
-- Lexical search: the passages' Chinese characters and bigrams (indexer/lexical.py), an index
-- only (contentless: the text lives in chunks once). Rowid = chunk id.
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(tokens, content='');
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab(chunks_fts, row);
-- The same for the figures the prose states (rowid = facts.id), to match questions to them.
CREATE VIRTUAL TABLE IF NOT EXISTS stated_fts USING fts5(tokens, content='');
CREATE VIRTUAL TABLE IF NOT EXISTS stated_vocab USING fts5vocab(stated_fts, row);
-- Vector segments: FAISS files under data/vectors, append-only; merged as they accumulate.
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                 -- flat | ivf
    vectors INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    dimension INTEGER NOT NULL,
    created TEXT NOT NULL
);
"""


def connect(path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the archive. Writers set up the schema; readers only read."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=30)
    else:
        conn = sqlite3.connect(path, timeout=30)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never corrupt
        conn.executescript(SCHEMA)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        conn.commit()
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
