"""A PDF page's characters, rulings and images read by pdfium (C++), in pdfplumber's object form.

pdfplumber lays out text and finds table grids from a page's objects, which it gets from
pdfminer: a pure-Python interpreter of the page's content stream. On the real reports that
interpretation is most of the reading (0.3–0.4 s for a five-page report, ~35,000 operators;
everything else pdfplumber does with the objects takes a tenth of that). pdfium, the
library pypdfium2 wraps and that the scan reader already renders pages with, interprets the
same stream in C++ in a few milliseconds. This module hands pdfplumber the objects pdfium
found, as pdfminer would have described them — the same keys, the same coordinates (top-left
origin, the page's height down) — so extract_text, extract_text_lines and find_tables run
unchanged on them.

What is described as pdfminer does:
- a character: its text, its box (pdfium's "loose" box: the font's ascent to descent, the
  glyph's advance — pdfminer's box is the same metric), font name and size, whether it is
  upright. Characters pdfium generates (spaces and line breaks it infers) are not in the
  content stream and are left out, as pdfminer has none.
- a path: split at each move into subpaths; a subpath of one segment is a line, a closed
  axis-aligned quadrilateral a rectangle, anything else a curve with its points (pdfminer's
  paint_path). Paths inside form XObjects are placed with the forms' matrices.
- an image: its bounds (the reader only asks whether a page has one).

A page pdfium would place differently from pdfminer — rotated (/Rotate) or with a media box
not at the origin — is left to pdfminer: `page_objects` returns None for it.
"""
import ctypes

import pypdfium2.raw as pdfium_c

_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner, outer):
    """The matrix that applies `inner`, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _matrix_of(obj):
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _chars(textpage, height, page_number):
    """pdfminer-style character dicts, in content order."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    box = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    chars = []
    pending_high = None
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        if 0xD800 <= code < 0xDC00:  # a character beyond the BMP comes as two UTF-16 units
            pending_high = code
            continue
        if 0xDC00 <= code < 0xE000 and pending_high is not None:
            text = chr(0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00))
            pending_high = None
        elif pdfium_c.FPDFText_IsHyphen(textpage, i) == 1:
            text = "-"  # a hyphen ending a line, which pdfium reports as the control code 2
        elif code < 32 or code in (0xFFFE, 0xFFFF):
            continue  # line breaks in the content, unmapped glyphs (pdfminer's "(cid:13)")
        else:
            text = chr(code)
        if not pdfium_c.FPDFText_GetLooseCharBox(textpage, i, ctypes.byref(box)):
            continue
        size = pdfium_c.FPDFText_GetFontSize(textpage, i)
        font = ""
        got = pdfium_c.FPDFText_GetFontInfo(textpage, i, name, len(name), ctypes.byref(flags))
        if 0 < got <= len(name):
            font = name.value.decode("utf-8", "replace")
        upright, scale = True, 1.0
        if pdfium_c.FPDFText_GetMatrix(textpage, i, ctypes.byref(matrix)):
            upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
            scale = abs(matrix.d) if upright and matrix.b == 0 and matrix.c == 0 else 0.0
        x0, x1 = min(box.left, box.right), max(box.left, box.right)
        y0, y1 = min(box.bottom, box.top), max(box.bottom, box.top)
        if scale:  # pdfminer's box is one em high from the descent up; pdfium's reaches the ascent
            size *= scale
            if x1 - x0 > 2 * size or y1 - y0 > 2 * size:
                # a vertical-writing font's loose box is laid sideways (20 ems wide): one em
                # square from the glyph's origin, as pdfminer places it
                if pdfium_c.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(origin_x), ctypes.byref(origin_y)):
                    x0, x1, y0 = origin_x.value, origin_x.value + size, origin_y.value
            y1 = y0 + size
        else:
            size = y1 - y0
        top, bottom = height - y1, height - y0
        chars.append({
            "object_type": "char", "page_number": page_number, "text": text, "fontname": font, "size": size,
            "upright": upright, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": y1 - y0, "adv": x1 - x0,
            "matrix": (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
            "stroking_color": None, "non_stroking_color": None, "ncs": None,
        })
    return chars


def _subpaths(path, matrix):
    """A path object's subpaths, each a list of (op, (x, y)) in page space, op 'm', 'l', 'c' or 'h'."""
    out, current = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = matrix
    count = pdfium_c.FPDFPath_CountSegments(path)
    start, bezier = None, 0
    for i in range(count):
        seg = pdfium_c.FPDFPath_GetPathSegment(path, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        px, py = x.value * a + y.value * c + e, x.value * b + y.value * d + f
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if current:
                out.append(current)
            current, start = [("m", (px, py))], (px, py)
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            current.append(("l", (px, py)))
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            # pdfium gives a curve as three points (two control points, then its end); pdfminer
            # keeps only the end, so control points never become a curve's edges
            bezier += 1
            if bezier % 3:
                continue
            current.append(("c", (px, py)))
        else:
            continue
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            current.append(("h", start))
    if current:
        out.append(current)
    return out


def _path_objects(sub, height, page_number, stroke_width, stroke, fill):
    """One subpath as pdfminer's LTLine, LTRect or LTCurve would describe it (paint_path)."""
    shape = "".join(op for op, _ in sub)
    pts = [p for _, p in sub]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-1]
    kind = "curve"
    if shape in ("mlh", "ml"):
        kind = "line"
        pts = pts[:2]
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == last and square:
            kind, pts = "rect", pts[:4]  # its four corners, the closing point not repeated
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    top, bottom = height - y1, height - y0
    obj = {"object_type": kind, "page_number": page_number, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
           "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0, "height": y1 - y0,
           "linewidth": stroke_width, "stroke": stroke, "fill": fill, "evenodd": False,
           "stroking_color": None, "non_stroking_color": None, "dash": None,
           "pts": [(px, height - py) for px, py in pts]}
    return obj


def _walk(obj_iter, matrix, height, page_number, objects, depth=0):
    for obj in obj_iter:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        own = _compose(_matrix_of(obj), matrix)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            mode, stroke = ctypes.c_int(), ctypes.c_int()
            pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(mode), ctypes.byref(stroke))
            width = ctypes.c_float(1.0)
            pdfium_c.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width))
            for sub in _subpaths(obj, own):
                if sub[0][0] != "m" or len(sub) < 2:
                    continue
                made = _path_objects(sub, height, page_number, width.value, bool(stroke.value), mode.value != 0)
                objects.setdefault(made["object_type"], []).append(made)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = (ctypes.c_float() for _ in range(4))
            if pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
                # bounds are in the containing form's space; place them with the form's matrix
                corners = [(left.value, bottom.value), (right.value, top.value)]
                if depth:
                    a, b, c, d, e, f = matrix
                    corners = [(x * a + y * c + e, x * b + y * d + f) for x, y in corners]
                x0, x1 = sorted(p[0] for p in corners)
                y0, y1 = sorted(p[1] for p in corners)
                objects.setdefault("image", []).append({
                    "object_type": "image", "page_number": page_number, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
                    "top": height - y1, "bottom": height - y0, "doctop": height - y1,
                    "width": x1 - x0, "height": y1 - y0})
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 8:
            children = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(pdfium_c.FPDFFormObj_CountObjects(obj)))
            _walk(children, own, height, page_number, objects, depth + 1)


def page_objects(pdfium_page, plumber_page):
    """The page's objects as pdfplumber's Page.objects holds them, or None where pdfium's
    coordinates are not pdfminer's (a rotated page, a media box off the origin)."""
    if plumber_page.rotation % 360 or tuple(plumber_page.mediabox[:2]) != (0, 0):
        return None
    height = float(plumber_page.height)
    number = plumber_page.page_number
    raw = pdfium_page.raw
    objects = {}
    textpage = pdfium_c.FPDFText_LoadPage(raw)
    try:
        objects["char"] = _chars(textpage, height, number)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    top_level = (pdfium_c.FPDFPage_GetObject(raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(raw)))
    _walk(top_level, _IDENTITY, height, number, objects)
    return objects
