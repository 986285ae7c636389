"""The SQLite schema: the one contract between the indexer (writes) and the server (reads).

One database in WAL mode holds the archive. The indexer writes each report in one
transaction, so a reader never sees half a report, and a killed indexer loses only the
report it was writing. Passage vectors are written with their passages (into
`pending_vectors`) and moved, at the end of a run, into append-only FAISS segment files
listed in `segments` (indexer/vectors.py); from then on the segment is their only copy.
"""
import sqlite3

SCHEMA_VERSION = "5"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per indexed report file. `id` is the first 16 hex digits of the file's SHA-256;
-- `num` is the same report as a small integer, for the rows that repeat it many times.
CREATE TABLE IF NOT EXISTS reports (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
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
    content_key TEXT NOT NULL DEFAULT '', -- what the report says (its cells and passages), hashed:
                                          -- the same report saved again has the same key
    passed_checks TEXT NOT NULL DEFAULT '[]'  -- JSON list of the keys of the checks it passes
);
CREATE INDEX IF NOT EXISTS reports_source ON reports (source_bytes);
-- An agency's English name and the names users may type for it (indexer/agencies.py), made
-- once when its first report is indexed rather than by every server at every start.
CREATE TABLE IF NOT EXISTS agency_names (
    key TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    aliases TEXT NOT NULL               -- JSON list
);
CREATE INDEX IF NOT EXISTS reports_identity ON reports (agency_key, year);
-- The text of each page as the reader gave it, zlib-compressed (read by the source view).
CREATE TABLE IF NOT EXISTS pages (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    text_z BLOB NOT NULL,
    width REAL,
    height REAL,
    PRIMARY KEY (report_id, page)
);
-- One row per table cell of the template, and per figure stated in the prose, stored compactly
-- (`cells`: the report as its number, the cell and its printed labels as ids) and read through
-- the view `facts`, which has every column spelled out.
CREATE TABLE IF NOT EXISTS cell_keys (
    id INTEGER PRIMARY KEY,
    table_key TEXT NOT NULL,
    row_key TEXT NOT NULL,
    col_key TEXT NOT NULL,
    UNIQUE (table_key, row_key, col_key)
);
CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY,
    row_label TEXT NOT NULL,
    col_label TEXT NOT NULL,
    UNIQUE (row_label, col_label)
);
CREATE TABLE IF NOT EXISTS cells (
    id INTEGER PRIMARY KEY,
    report INTEGER NOT NULL REFERENCES reports(num) ON DELETE CASCADE,
    year INTEGER NOT NULL,              -- the report's (a cell of all agencies in one year is one index range)
    cell_key INTEGER NOT NULL REFERENCES cell_keys(id),
    label INTEGER NOT NULL REFERENCES labels(id),
    value REAL,                         -- NULL when the cell holds no number ("/", "-", blank, unsure)
    raw TEXT,                           -- as printed; NULL when that is the value's digits
    unit TEXT NOT NULL,
    page INTEGER NOT NULL,
    bbox TEXT,                          -- JSON [x0, top, x1, bottom] in PDF points
    line INTEGER,                       -- line on the page, for text reports
    cell INTEGER,                       -- the cell's position in that line (a grid row's column)
    -- NULL printed and read | blank: no number printed | inferred: cut from run-together digits
    -- by the table's arithmetic | unsure: OCR could not read it with confidence
    quality TEXT
);
-- A cell of every agency in a year is one range of this index, which also holds what a sum
-- reads (value, unit, quality): a province's year (14,000 reports) is summed from the index
-- alone, 3-4 times faster than visiting each row. It replaces cells_by_key (without them).
DROP INDEX IF EXISTS cells_by_key;
CREATE INDEX IF NOT EXISTS cells_by_cell ON cells (cell_key, year, report, value, unit, quality);
CREATE INDEX IF NOT EXISTS cells_by_report ON cells (report, cell_key);
-- The template's own arithmetic checks that a report fails, with the cells involved and what
-- does not add up; the checks it passes are listed in reports.passed_checks. The view
-- `checks` shows both, one row per check.
CREATE TABLE IF NOT EXISTS check_failures (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    check_key TEXT NOT NULL,
    table_key TEXT NOT NULL,
    cells TEXT NOT NULL,                -- JSON [[row, col], ...] the check involves
    detail_zh TEXT NOT NULL,
    detail_en TEXT NOT NULL,
    PRIMARY KEY (report_id, check_key)
);

-- Prose passages.
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    bbox TEXT,                          -- PDF: union of the passage's lines
    line INTEGER,                       -- text reports: first and last line on the page
    line_end INTEGER
);
CREATE INDEX IF NOT EXISTS chunks_report ON chunks (report_id);
-- A new passage's vector (float32), until the run that wrote it seals it into a segment and
-- deletes it here: the segment is then the vector's only copy.
CREATE TABLE IF NOT EXISTS pending_vectors (
    chunk_id INTEGER PRIMARY KEY REFERENCES chunks(id) ON DELETE CASCADE,
    embedding BLOB NOT NULL
);
-- Lexical search: the passages' Chinese characters and bigrams (indexer/lexical.py), an index
-- only (contentless: the text lives in chunks once). Rowid = chunk id.
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(tokens, content='');
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab(chunks_fts, row);
-- The same for the figures the prose states (rowid = facts.id), to match questions to them.
CREATE VIRTUAL TABLE IF NOT EXISTS stated_fts USING fts5(tokens, content='');
CREATE VIRTUAL TABLE IF NOT EXISTS stated_vocab USING fts5vocab(stated_fts, row);
-- The dictionary words the passages use, each embedded once (indexer/terms.py): a question's
-- words are matched to their nearest archive words. `vector` is NULL until the run seals.
CREATE TABLE IF NOT EXISTS terms (
    term TEXT PRIMARY KEY,
    vector BLOB                         -- float16, the passage model's dimension
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS terms_pending ON terms (term) WHERE vector IS NULL;
-- The report list as the server reads it at start (indexer/catalog.py): the reports of each
-- block of report numbers as one row of zlib-compressed JSON lines, rewritten at a publish for
-- the reports changed since. The triggers note every report written, changed or removed
-- since, so readers add those to it. (Archives published before 2026-12-04 hold the list in
-- one row of a table `catalog`, split into blocks at their next publish.)
CREATE TABLE IF NOT EXISTS catalog_blocks (
    block INTEGER PRIMARY KEY,          -- num // catalog.BLOCK
    rows BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS catalog_changes (num INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS catalog_added AFTER INSERT ON reports
    BEGIN INSERT OR IGNORE INTO catalog_changes VALUES (NEW.num); END;
CREATE TRIGGER IF NOT EXISTS catalog_changed AFTER UPDATE ON reports
    BEGIN INSERT OR IGNORE INTO catalog_changes VALUES (OLD.num), (NEW.num); END;
CREATE TRIGGER IF NOT EXISTS catalog_removed AFTER DELETE ON reports
    BEGIN INSERT OR IGNORE INTO catalog_changes VALUES (OLD.num); END;
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

# Views are made again by every writer, so a database made by an earlier version gets the
# current ones (they hold no data).
VIEWS = """
DROP VIEW IF EXISTS facts;
-- table_key 'narrative': row_key is the stated subject, row_label the clause, col_key 'stated'.
CREATE VIEW facts AS
    SELECT c.id AS id, r.id AS report_id, c.report AS report_num, c.year AS year,
           k.table_key AS table_key, k.row_key AS row_key, l.row_label AS row_label, k.col_key AS col_key, l.col_label AS col_label, c.value AS value,
           COALESCE(c.raw, CAST(CAST(c.value AS INTEGER) AS TEXT)) AS raw, c.unit AS unit, c.page AS page,
           c.bbox AS bbox, c.line AS line, c.cell AS cell, COALESCE(c.quality, '') AS quality
    FROM cells c JOIN cell_keys k ON k.id = c.cell_key JOIN labels l ON l.id = c.label
    JOIN reports r ON r.num = c.report;
DROP VIEW IF EXISTS checks;
CREATE VIEW checks AS
    SELECT report_id, check_key, table_key, 0 AS passed, cells, detail_zh, detail_en FROM check_failures
    UNION ALL
    SELECT r.id, j.value, substr(j.value, 1, instr(j.value, '.') - 1), 1, '[]', '', ''
    FROM reports r, json_each(r.passed_checks) j;
"""


def connect(path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the archive. Writers set up the schema; readers only read."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=30)
    else:
        conn = sqlite3.connect(path, timeout=30)
        # Pages freed (sealed vectors leaving pending_vectors, replaced reports) are given back to
        # the file system at each publish, not kept as free space (set before any table exists).
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never corrupt
        conn.executescript(SCHEMA)
        conn.executescript(VIEWS)
        # set when the database is made, never over an earlier version's (pipeline converts those)
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        conn.commit()
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
