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


def mark_for(archive, report_id, page, fact_id=None, chunk_id=None):
    """(boxes, lines, fact) of what to highlight on the page, from a fact or a chunk id."""
    db = archive.db()
    if fact_id is not None:
        row = db.execute("SELECT * FROM facts WHERE id = ? AND report_id = ? AND page = ?",
                         (fact_id, report_id, page)).fetchone()
        if row:
            boxes = [json.loads(row["bbox"])] if row["bbox"] else []
            lines = [row["line"]] if row["line"] else []
            return boxes, lines, row
    if chunk_id is not None:
        chunk = archive.chunk(chunk_id)
        if chunk and chunk["report_id"] == report_id and chunk["page"] == page:
            boxes = [json.loads(chunk["bbox"])] if chunk["bbox"] else []
            lines = list(range(chunk["line"], chunk["line_end"] + 1)) if chunk["line"] else []
            return boxes, lines, None
    return [], [], None
