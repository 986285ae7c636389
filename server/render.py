"""Page images for the source view, rendered outside the request threads and bounded.

A PDF page may declare any size (8,000 × 8,000 pt renders to 500 MP at twice its size), so
a page is rendered at RENDER_SCALE only up to MAX_PIXELS, and smaller beyond. Rendering
runs in RENDERERS worker processes (pdfium is not thread-safe, and a hostile page must
not take the server's memory: each worker's address space is capped); at most WAITING
renders wait for one, later requests are told to retry (503).
"""
import concurrent.futures
import io
import math
import multiprocessing
import resource
import threading

RENDER_SCALE = 2.0
MAX_PIXELS = 6_000_000  # an A4 page at twice its size is 2.0 MP
RENDERERS = 2
WAITING = 8
TIMEOUT = 30  # seconds for one page
MEMORY_LIMIT = 1536 * 1024 ** 2
HIGHLIGHT = (255, 196, 0, 90)
OUTLINE = (220, 60, 0, 255)


class RenderBusy(Exception):
    pass


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def scale_for(width: float, height: float) -> float:
    """RENDER_SCALE, or less for a page that would exceed MAX_PIXELS."""
    area = max(1.0, width * height)
    return min(RENDER_SCALE, math.sqrt(MAX_PIXELS / area))


def render_page(path, page_number: int, boxes=()) -> bytes:
    """The page as PNG, each box ([x0, top, x1, bottom] in PDF points) shaded and outlined."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_number - 1]
        scale = scale_for(*page.get_size())
        image = page.render(scale=scale).to_pil().convert("RGBA")
    finally:
        pdf.close()
    if boxes:
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        pad = max(1, round(2 * scale))
        for x0, top, x1, bottom in boxes:
            draw.rectangle([x0 * scale - pad, top * scale - pad, x1 * scale + pad, bottom * scale + pad],
                           fill=HIGHLIGHT, outline=OUTLINE, width=max(1, round(2 * scale)))
        image = Image.alpha_composite(image, overlay)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=False)
    return out.getvalue()


class Renderer:
    def __init__(self):
        self._pool = None
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(RENDERERS + WAITING)

    def _executor(self):
        with self._lock:
            if self._pool is None:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=RENDERERS, mp_context=multiprocessing.get_context("spawn"), initializer=_limit_memory)
            return self._pool

    def render(self, path, page_number, boxes=()) -> bytes:
        if not self._slots.acquire(blocking=False):
            raise RenderBusy(f"{RENDERERS + WAITING} pages are being rendered; retry in a moment")
        try:
            future = self._executor().submit(render_page, str(path), page_number, list(boxes))
            try:
                return future.result(timeout=TIMEOUT)
            except concurrent.futures.process.BrokenProcessPool:
                self._reset()
                raise RenderBusy("the page could not be rendered within the renderer's memory") from None
            except concurrent.futures.TimeoutError:
                self._reset()
                raise RenderBusy(f"the page took more than {TIMEOUT} s to render") from None
        finally:
            self._slots.release()

    def _reset(self):
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)
