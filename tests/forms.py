"""Other forms of the real reports, made for tests and `make eval` where the corpus has none.

- Scans: each page of a real PDF rasterised at 150 dpi, rotated by a fraction of a degree,
  with Gaussian noise and salt-and-pepper specks, rebuilt as an image-only PDF (Pillow).
- Word files: the body of a real saved web page (paragraphs, and tables with their
  rowspan/colspan as merged cells) written with python-docx.
- Bad variants: a scan whose table rulings are painted out, a broken .docx, an empty .md, a
  web page with no report in it.
A derived file is named "<original file name>__<form>.<ext>", so `nianbao eval` scores it
against the hand-checked cells of the file it was made from.
"""
import re
from pathlib import Path

import numpy as np


def derived_name(original: Path, form: str, suffix: str) -> str:
    return f"{original.name}__{form}{suffix}"


def scan_pdf(src: Path, dst: Path, dpi: int = 150, angle: float = 0.4, noise: float = 0.004, seed: int = 1,
             erase_rules: bool = False) -> Path:
    """An image-only PDF of `src`, as a scanner would make it."""
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(src))
    images = []
    for page in pdf:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        if erase_rules:
            image = _erase_rules(image)
        image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        pixels = np.asarray(image).astype(np.int16) + rng.normal(0, 10, image.size[::-1]).astype(np.int16)
        specks = rng.random(pixels.shape)
        pixels[specks < noise / 2] = 0
        pixels[specks > 1 - noise / 2] = 255
        images.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))
    pdf.close()
    images[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return dst


def _erase_rules(image):
    """The page with its table rulings painted white (a table printed without lines)."""
    import cv2
    from PIL import Image

    gray = np.asarray(image)
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    h, w = ink.shape
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (w // 20, 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, h // 40)))
    rules = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((5, 5), np.uint8))
    out = gray.copy()
    out[rules > 0] = 255
    return Image.fromarray(out)


def docx_from_html(src: Path, dst: Path) -> Path:
    """A Word file with the report body of a saved web page: its paragraphs and its tables,
    merged cells made from rowspan/colspan."""
    import docx
    import lxml.html

    from indexer.readers.web import _body, _decode, _is_data_table

    root = lxml.html.fromstring(_decode(src.read_bytes()).encode("utf-8"),
                                parser=lxml.html.HTMLParser(encoding="utf-8"))
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    document = docx.Document()
    for title in root.xpath("//meta[@name='ArticleTitle']/@content")[:1]:
        document.add_paragraph(title)
    body = _body(root)
    for el in body.iter("p", "table", "h1", "h2", "h3"):
        if el.tag == "table":
            if _is_data_table(el):
                _add_table(document, el)
        elif not el.xpath("ancestor::table"):
            text = re.sub(r"\s+", " ", el.text_content()).strip()
            if text:
                document.add_paragraph(text)
    document.save(dst)
    return dst


def _add_table(document, table):
    rows = table.xpath("./tr|./tbody/tr")
    placed, taken = [], set()
    for r, tr in enumerate(rows):
        c = 0
        for td in tr.xpath("./td|./th"):
            while (r, c) in taken:
                c += 1
            rs, cs = int(td.get("rowspan") or 1), int(td.get("colspan") or 1)
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            placed.append((r, c, rs, cs, re.sub(r"\s+", "", td.text_content())))
            c += cs
    n_rows = max(r + rs for r, c, rs, cs, _ in placed)
    n_cols = max(c + cs for r, c, rs, cs, _ in placed)
    grid = document.add_table(rows=n_rows, cols=n_cols)
    grid.style = "Table Grid"
    for r, c, rs, cs, text in placed:
        cell = grid.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(grid.cell(r + rs - 1, c + cs - 1))
        cell.text = text


def broken_docx(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes()[: src.stat().st_size // 3])
    return dst


NO_REPORT_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>首页_某某区人民政府</title></head>
<body><nav><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></nav>
<div class="list"><ul><li><a href="/1">关于开展安全生产检查的通知</a></li><li><a href="/2">区政府常务会议</a></li></ul></div>
<div class="footer">主办：某某区人民政府办公室 地址：某某路1号</div></body></html>"""


def make_forms(corpus: Path, out: Path) -> list:
    """A scan of every PDF and a Word file of every web page in `corpus`, written to `out`."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for i, path in enumerate(sorted(corpus.iterdir())):
        if path.suffix == ".pdf":
            target = out / derived_name(path, "scan", ".pdf")
            if not target.exists():
                scan_pdf(path, target, angle=(0.4, -0.6, 0.25)[i % 3], seed=i)
            made.append(target)
        elif path.suffix in (".html", ".htm"):
            target = out / derived_name(path, "docx", ".docx")
            if not target.exists():
                docx_from_html(path, target)
            made.append(target)
    city = out / "淮安市人民政府_2024.txt"
    if city.exists() or city_report(corpus, city):
        made.append(city)
    return made



# --- a city beside one of its districts ---------------------------------------------------------

CITY_CHANGES = {("art20_5", "licensing", "decisions"): ("行政许可 9487", "行政许可 61230", 61230),
                ("art20_6", "coercion", "decisions"): ("行政强制 84", "行政强制 88283", 88283)}


def city_report(corpus: Path, dst: Path):
    """淮安市人民政府 2024: the city of 洪泽区 (no real city report is at hand).

    Made from 洪泽区's 2024 report (its text layer, in the seed's text form: a line that
    starts with a space opens a page), re-titled as the city's, with two figures changed so
    that an answer taken from the wrong one of the two shows (行政许可 61230, 行政强制
    88283). Every other cell equals the district's hand-checked cells.
    """
    import pdfplumber

    source = corpus / "洪泽区人民政府_2024.pdf"
    if not source.exists():
        return None
    with pdfplumber.open(source) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    text = "\n".join(" " + page for page in pages) + "\n"
    for old, new in (("淮安市洪泽区人民政府", "淮安市人民政府"), ("洪泽区人民政府", "淮安市人民政府"), ("淮安市洪泽区", "淮安市"),
                     ("洪泽区", "淮安市"), ("我区", "我市"), ("全区", "全市"), ("区政府", "市政府")):
        text = text.replace(old, new)
    for old, new, _ in CITY_CHANGES.values():
        assert old in text, old
        text = text.replace(old, new)
    dst.write_text(text, encoding="utf-8")
    return dst


if __name__ == "__main__":  # python tests/forms.py ../shared/corpus build/eval-forms
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for made in make_forms(Path(sys.argv[1]), Path(sys.argv[2])):
        print(made)
