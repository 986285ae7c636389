"""Show a page of a source report, with the place a figure or passage came from marked."""
import json

IMAGE_FORMATS = ("pdf", "scan")  # forms whose pages are shown as images of the page


def blocks(text: str):
    """A text page as blocks for the viewer: prose lines, and runs of table rows (tab-separated
    cells, as the readers store grid rows), each line keeping its number."""
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        if "\t" in line:
            cells = line.split("\t")
            if out and out[-1]["kind"] == "table":
                out[-1]["rows"].append({"line": n, "cells": cells})
            else:
                out.append({"kind": "table", "rows": [{"line": n, "cells": cells}]})
        else:
            out.append({"kind": "line", "line": n, "text": line})
    return out


def mark_for(archive, report_id, page, fact_id=None, chunk_id=None, fact_ids=()):
    """(boxes, lines, fact, cells) of what to highlight on the page: a fact (or several: a failed
    check's cells), or a passage. `fact` is the first fact; `cells` the (line, cell) of each
    marked table cell in a text page."""
    db = archive.db()
    ids = [i for i in ([fact_id] if fact_id is not None else []) + list(fact_ids)][:50]
    if ids:
        rows = db.execute(f"SELECT * FROM facts WHERE id IN ({','.join('?' * len(ids))}) AND report_id = ?"
                          " AND page = ?", (*ids, report_id, page)).fetchall()
        rows.sort(key=lambda r: ids.index(r["id"]))
        if rows:
            boxes = [json.loads(r["bbox"]) for r in rows if r["bbox"]]
            lines = [r["line"] for r in rows if r["line"]]
            cells = [(r["line"], r["cell"]) for r in rows if r["line"] and r["cell"] is not None]
            return boxes, lines, rows[0], cells
    if chunk_id is not None:
        chunk = archive.chunk(chunk_id)
        if chunk and chunk["report_id"] == report_id and chunk["page"] == page:
            boxes = [json.loads(chunk["bbox"])] if chunk["bbox"] else []
            lines = list(range(chunk["line"], chunk["line_end"] + 1)) if chunk["line"] else []
            return boxes, lines, None, []
    return [], [], None, []
