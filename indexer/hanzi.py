"""Traditional to simplified Chinese (OpenCC's t2s tables, shipped in the `opencc` wheel).

Reports and the template are simplified; a Big5 text or a question typed in traditional
characters (洪澤區…處罰) is folded to simplified before it is read.
"""
import threading

_converter = None
_lock = threading.Lock()


def to_simplified(text: str) -> str:
    global _converter
    if not text or text.isascii():
        return text
    with _lock:  # one converter, created once; conversions are short
        if _converter is None:
            import opencc
            _converter = opencc.OpenCC("t2s")
        return _converter.convert(text)
