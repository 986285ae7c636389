"""One interface over every form a report is found in: `read_document(name, data)`.

Each form has its reader module, and each returns the same Document (model.py):
    pdf.py       PDF with a text layer; pages without one go to scan.py (OCR)
    web.py       saved web pages (.html, .htm)
    word.py      Word files (.docx)
    textfile.py  text (.txt): text saved from PDFs, crawler copies, OCR transcripts
    markdown.py  Markdown transcriptions (.md)
The form is decided by the content where it can be (a PDF is a PDF whatever its name),
else by the file's extension.
"""
from .model import Cell, Document, Line, Page, ReportError  # noqa: F401  (the readers' shared types)
from .pdf import read_pdf, union_boxes  # noqa: F401
from .textlines import ISSUER_LABELS, decode_text, is_page_number  # noqa: F401

# extension -> form
FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
           ".docx": "docx", ".txt": "text", ".text": "text", ".md": "md", ".markdown": "md"}
SUPPORTED = "pdf, html, docx, txt, md"


def form_of(name: str, data: bytes = b"") -> str | None:
    """The form of a file: by its content where that is unmistakable, else by its extension."""
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return FORMATS.get(suffix)


def unsupported_reason(name: str) -> str:
    return f"not a supported format ({SUPPORTED})"


def read_document(name: str, data: bytes, use_grid: bool = True) -> Document:
    """Read a report file of any supported form; a ReportError says why one cannot be read."""
    return _radicals_folded(_read(name, data, use_grid))


def _radicals_folded(doc: Document) -> Document:
    """The document with radicals a font or page printed for ideographs (⼯作: 工作) folded."""
    from ..hanzi import fold_radicals

    for page in doc.pages:
        page.text = fold_radicals(page.text)
        for line in page.lines:
            line.text = fold_radicals(line.text)
            for cell in line.cells:
                cell.text = fold_radicals(cell.text)
    doc.title_hints = [fold_radicals(h) for h in doc.title_hints]
    return doc


def _read(name: str, data: bytes, use_grid: bool) -> Document:
    if not data or not data.strip():
        raise ReportError("empty file")
    form = form_of(name, data)
    if form == "pdf" or (form is None and b"%PDF-" in data[:1024]):
        return read_pdf(data, use_grid=use_grid)
    if form == "html":
        from .web import read_html
        return read_html(data)
    if form == "docx":
        from .word import read_docx
        return read_docx(data)
    if form == "text":
        from .markdown import has_pipe_table, read_markdown
        from .textfile import read_text
        text = decode_text(data)  # once, for telling the form and for reading
        if has_pipe_table(text):  # Markdown saved as .txt
            return read_markdown(data, text)
        return read_text(data, text)
    if form == "md":
        from .markdown import read_markdown
        return read_markdown(data)
    raise ReportError(unsupported_reason(name))
