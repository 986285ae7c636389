"""Scanned pages: OCR with RapidOCR, tables rebuilt from the ruling lines on the page image.

RapidOCR 3.x ships its PP-OCR detection and recognition models inside the wheel and runs
them with onnxruntime, so nothing is downloaded. Per page:
1. render the page image and straighten it (scans are rarely level: the angle whose
   horizontal ink profile is sharpest wins);
2. find the table rulings with OpenCV: long horizontal and vertical strokes survive a
   morphological opening with a long thin kernel, text and noise do not;
3. OCR the page; every recognised box inside a ruled table goes to the grid cell its
   centre falls in (rows between horizontal rules, columns between the vertical rules that
   cross that row, so merged cells stay merged), the rest becomes lines of prose.
A number is only taken from a cell read with confidence (MIN_CONFIDENCE); a cell that
looks like a number but is not read cleanly is marked unsure and never becomes a figure.
Tables without rulings are not read from a scan: their reason is reported instead.
"""
import re
import threading

import numpy as np

from ..text import is_cell_value
from .model import Cell, Line, Page
from .textlines import is_page_number

OCR_DPI = 200
MIN_CONFIDENCE = 0.90  # recogniser score below which a number in a cell is not trusted
# Cells of a check that fails are kept only if every one was read at least this clearly: then
# the source's own totals disagree (it happens), rather than the OCR having misread a digit.
CLEAR_CONFIDENCE = 0.97
_SPECKS = ".,，。·'`‘’:：;"
MAX_SKEW_DEGREES = 3.0
_NUMERIC_LOOKING = re.compile(r"^[\dOoIl|SsBZz.,，。\-—+]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")

_engine = None
_engine_lock = threading.Lock()


def engine():
    """The OCR engine, loaded once (about a second) and shared; onnxruntime sessions are reentrant."""
    global _engine
    with _engine_lock:
        if _engine is None:
            import logging

            from rapidocr import RapidOCR

            _engine = RapidOCR(params={"Global.log_level": "error", "Global.max_side_len": 2600})
            logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return _engine


# --- image geometry ---------------------------------------------------------------------------

def _binary(gray):
    import cv2

    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)


def skew_angle(gray) -> float:
    """The page's rotation in degrees, from the sharpest horizontal ink profile."""
    import cv2

    small = cv2.resize(gray, None, fx=0.35, fy=0.35, interpolation=cv2.INTER_AREA)
    ink = _binary(small).astype(np.float32)
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def score(angle):
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST)
        profile = rotated.sum(axis=1)
        return float(np.square(np.diff(profile)).sum())

    coarse = max(np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 1e-9, 0.25), key=score)
    fine = max(np.arange(coarse - 0.25, coarse + 0.25 + 1e-9, 0.05), key=score)
    return float(fine)


def _segments(mask, horizontal: bool):
    """(x0, y0, x1, y1) of each ruling stroke in a mask of strokes."""
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        if (w >= 3 * h) if horizontal else (h >= 3 * w):
            out.append((int(x), int(y), int(x + w), int(y + h)))
    return out


def _inside_text(seg, boxes, pad=3):
    """A stroke that lies wholly inside a recognised text box is part of a glyph ("1", "一"), not a rule."""
    return any(seg[0] >= b.x0 - pad and seg[2] <= b.x1 + pad and seg[1] >= b.y0 - pad and seg[3] <= b.y1 + pad
               for b in boxes)


class Ruling:
    """The ruled tables of a page: their boxes, horizontal rules and vertical strokes."""

    def __init__(self, gray, boxes=()):
        import cv2

        ink = _binary(gray)
        h, w = ink.shape
        horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 30), 1)))
        vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(15, h // 80))))
        # Rules of a scan are a pixel or two off level even after straightening: close small gaps.
        horiz = cv2.dilate(horiz, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 3)))
        vert = cv2.dilate(vert, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 9)))
        self.h_segments = [seg for seg in _segments(horiz, True) if not _inside_text(seg, boxes)]
        self.v_segments = [seg for seg in _segments(vert, False) if not _inside_text(seg, boxes)]
        grid = cv2.dilate(cv2.bitwise_or(horiz, vert), cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
        count, _, stats, _ = cv2.connectedComponentsWithStats(grid, connectivity=8)
        self.tables = []
        for i in range(1, count):
            x, y, bw, bh, _ = stats[i]
            box = (int(x), int(y), int(x + bw), int(y + bh))
            hs = [s for s in self.h_segments if _within(s, box)]
            vs = [s for s in self.v_segments if _within(s, box)]
            if len(hs) >= 2 and len(vs) >= 2 and bw > w * 0.2 and bh > 20:
                self.tables.append(_Table(box, hs, vs))


def _within(seg, box, pad=6):
    return seg[0] >= box[0] - pad and seg[1] >= box[1] - pad and seg[2] <= box[2] + pad and seg[3] <= box[3] + pad


def _merge(values, gap):
    out = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= gap:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


class _Table:
    def __init__(self, box, hs, vs):
        self.box = box
        self.rows = _merge([(s[1] + s[3]) / 2 for s in hs], 6)
        self.vs = vs

    def columns(self, y_top, y_bottom):
        """Column boundaries of the row between two rules: the vertical strokes that cross it."""
        mid = (y_top + y_bottom) / 2
        xs = [(s[0] + s[2]) / 2 for s in self.vs if s[1] - 4 <= mid <= s[3] + 4]
        return _merge(xs + [self.box[0], self.box[2]], 8)

    def bands(self):
        return [(a, b) for a, b in zip(self.rows, self.rows[1:]) if b - a >= 10]

    def contains(self, x, y):
        return self.box[0] <= x <= self.box[2] and self.box[1] <= y <= self.box[3]


# --- OCR to lines -----------------------------------------------------------------------------

class _Box:
    def __init__(self, points, text, score):
        pts = np.asarray(points, dtype=np.float32)
        self.x0, self.y0 = float(pts[:, 0].min()), float(pts[:, 1].min())
        self.x1, self.y1 = float(pts[:, 0].max()), float(pts[:, 1].max())
        self.cx, self.cy = (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2
        self.text = text.strip()
        self.score = float(score)


def _cell_from_boxes(boxes, to_pdf):
    if not boxes:
        return Cell("", None)
    boxes = sorted(boxes, key=lambda b: (round(b.cy / 12), b.x0))
    text = "".join(b.text for b in boxes) if any(_CJK.search(b.text) for b in boxes) else " ".join(b.text for b in boxes)
    score = min(b.score for b in boxes)
    bbox = to_pdf(min(b.x0 for b in boxes), min(b.y0 for b in boxes), max(b.x1 for b in boxes), max(b.y1 for b in boxes))
    compact = text.replace(" ", "")
    if not is_cell_value(compact) and score >= CLEAR_CONFIDENCE and is_cell_value(compact.strip(_SPECKS)):
        compact = compact.strip(_SPECKS)  # a speck of scan noise read as a full stop beside a digit
    if is_cell_value(compact):
        if score >= MIN_CONFIDENCE:
            return Cell(compact, bbox, score)
        return Cell(compact, bbox, score, unsure=True)
    if not _CJK.search(text) and _NUMERIC_LOOKING.match(compact):
        return Cell(compact, bbox, score, unsure=True)  # looks like a number, but is not one cleanly
    return Cell(text, bbox, score)


def _grid_rows(table, boxes, page, to_pdf):
    """Grid lines of one ruled table, and the boxes it used."""
    used, lines = set(), []
    for top, bottom in table.bands():
        cols = table.columns(top, bottom)
        cells = [[] for _ in range(max(0, len(cols) - 1))]
        for i, b in enumerate(boxes):
            if top <= b.cy <= bottom and table.box[0] - 4 <= b.cx <= table.box[2] + 4:
                k = next((j for j in range(len(cols) - 1) if cols[j] <= b.cx <= cols[j + 1]), None)
                if k is not None:
                    cells[k].append(b)
                    used.add(i)
        row = [_cell_from_boxes(c, to_pdf) for c in cells]
        if any(c.text for c in row):
            text = " ".join(c.text for c in row if c.text)
            bbox = to_pdf(table.box[0], top, table.box[2], bottom)
            lines.append((top, Line(page, text, row, bbox=bbox, from_grid=True)))
    return lines, used


def _text_rows(boxes, page, to_pdf):
    """Boxes outside tables grouped into lines by their vertical position."""
    rows = []
    for b in sorted(boxes, key=lambda b: b.cy):
        if rows and abs(b.cy - rows[-1][-1].cy) <= 0.5 * (b.y1 - b.y0):
            rows[-1].append(b)
        else:
            rows.append([b])
    lines = []
    for row in rows:
        row.sort(key=lambda b: b.x0)
        if is_page_number(" ".join(b.text for b in row)):
            continue
        cells = [Cell(tok, to_pdf(b.x0, b.y0, b.x1, b.y1), b.score) for b in row for tok in b.text.split()]
        if cells:
            text = " ".join(b.text for b in row)
            box = to_pdf(min(b.x0 for b in row), min(b.y0 for b in row), max(b.x1 for b in row), max(b.y1 for b in row))
            lines.append((min(b.y0 for b in row), Line(page, text, cells, bbox=box)))
    return lines


def ocr_page(image, number: int, width_pt: float, height_pt: float):
    """(Page, notes) for one page image (PIL), with boxes in PDF points of the original page."""
    import cv2

    gray = np.array(image.convert("L"))
    angle = skew_angle(gray)
    h, w = gray.shape
    if abs(angle) >= 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        gray = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
        back = cv2.invertAffineTransform(m)
    else:
        back = None
    sx, sy = width_pt / w, height_pt / h

    def to_pdf(x0, y0, x1, y1):
        corners = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]], dtype=np.float64)
        if back is not None:
            corners = corners @ back[:, :2].T + back[:, 2]
        xs, ys = corners[:, 0] * sx, corners[:, 1] * sy
        return (round(float(xs.min()), 2), round(float(ys.min()), 2), round(float(xs.max()), 2), round(float(ys.max()), 2))

    result = engine()(np.dstack([gray] * 3))
    boxes = [_Box(p, t, s) for p, t, s in zip(result.boxes if result.boxes is not None else [],
                                               result.txts or [], result.scores or []) if t and t.strip()]
    ruling = Ruling(gray, boxes)
    lines, used = [], set()
    for table in ruling.tables:
        rows, took = _grid_rows(table, boxes, number, to_pdf)
        lines.extend(rows)
        used |= took
    lines.extend(_text_rows([b for i, b in enumerate(boxes) if i not in used], number, to_pdf))
    lines.sort(key=lambda item: item[0])
    ordered = [line for _, line in lines]
    text = "\n".join(line.text for line in ordered)
    notes = []
    if abs(angle) >= 0.05:
        notes.append(f"page {number}: scan straightened by {angle:+.2f}°")
    return Page(number, text, ordered, width_pt, height_pt), bool(ruling.tables), notes
