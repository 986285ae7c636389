"""Word files (.docx) with python-docx: paragraphs and tables in document order.

Merged cells are expanded the way Word stores them: gridSpan is a colspan, a vMerge run
("restart" then continuations) is a rowspan, so the grid helper treats them like HTML
tables. Explicit page breaks and the page breaks Word last rendered split the pages, so
a figure's page is the page a reader of the file sees.
"""
import io
import zipfile

from .grid import GridCell, cell_text, grid_lines
from .model import Cell, Document, Line, ReportError, text_page
from .textlines import break_long_line, strip_chrome


def _qn(tag):
    from docx.oxml.ns import qn

    return qn(tag)


def _paragraph_texts(p):
    """(text, page break before it, page break after it) of a w:p.

    A break before any of the paragraph's text starts a page with it; a break inside or
    after its text starts the next page after it.
    """
    parts, before, after = [], False, False
    for node in p.iter():
        tag = node.tag
        if tag == _qn("w:t"):
            parts.append(node.text or "")
        elif tag == _qn("w:tab"):
            parts.append(" ")
        elif tag in (_qn("w:br"), _qn("w:cr")) and node.get(_qn("w:type")) != "page":
            parts.append("\n")
        elif tag == _qn("w:lastRenderedPageBreak") or (tag == _qn("w:br") and node.get(_qn("w:type")) == "page"):
            if "".join(parts).strip():
                after = True
            else:
                before = True
    return "".join(parts), before, after


def _table_rows(tbl):
    """Rows of GridCells with colspans and rowspans from gridSpan and vMerge."""
    raw = []  # rows of (column, GridCell, vmerge)
    for tr in tbl.iterchildren(_qn("w:tr")):
        col, row = 0, []
        for tc in tr.iterchildren(_qn("w:tc")):
            pr = tc.find(_qn("w:tcPr"))
            span, vmerge = 1, None
            if pr is not None:
                gs = pr.find(_qn("w:gridSpan"))
                if gs is not None and (gs.get(_qn("w:val")) or "1").isdigit():
                    span = max(1, int(gs.get(_qn("w:val"))))
                vm = pr.find(_qn("w:vMerge"))
                if vm is not None:
                    vmerge = vm.get(_qn("w:val")) or "continue"
            texts = [_paragraph_texts(p)[0] for p in tc.iter(_qn("w:p"))]
            row.append((col, GridCell(cell_text(texts), span, 1), vmerge))
            col += span
        raw.append(row)
    starts = {}
    rows = []
    for r, row in enumerate(raw):
        out = []
        for col, cell, vmerge in row:
            if vmerge == "continue" and col in starts:
                starts[col].rowspan += 1  # this cell is the one above, reaching down
                continue
            if vmerge == "restart":
                starts[col] = cell
            else:
                starts.pop(col, None)
            out.append(cell)
        rows.append(out)
    return rows


def read_docx(data: bytes) -> Document:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReportError("a Word 97-2003 .doc file, not .docx: save it as .docx (or PDF) and index that")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReportError("damaged Word file: not a .docx (zip) archive")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors for broken parts
        raise ReportError(f"damaged Word file, cannot be opened ({type(exc).__name__})") from None
    doc = Document("docx")
    title = (document.core_properties.title or "").strip()
    if title:
        doc.title_hints.append(title)
    pages, current = [], []

    def add_text(text):
        for kept in strip_chrome(text.split("\n")):
            for piece in break_long_line(kept):
                current.append(Line(1, piece, [Cell(tok) for tok in piece.split()]))

    def walk(parent):
        nonlocal current
        for child in parent.iterchildren():
            if child.tag == _qn("w:p"):
                text, before, after = _paragraph_texts(child)
                if before and current:
                    pages.append(current)
                    current = []
                add_text(text)
                if after and current:
                    pages.append(current)
                    current = []
            elif child.tag == _qn("w:tbl"):
                current.extend(grid_lines(_table_rows(child)))
            elif child.tag == _qn("w:sdt"):
                content = child.find(_qn("w:sdtContent"))
                if content is not None:
                    walk(content)

    walk(document.element.body)
    if current:
        pages.append(current)
    for lines in pages:
        doc.pages.append(text_page(len(doc.pages) + 1, lines))
    if not doc.pages:
        raise ReportError("empty Word file (no text)")
    return doc
