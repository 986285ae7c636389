"""Small text helpers shared by the indexer and the server.

Labels in real reports vary in width (（ vs (), spacing ("总 计") and quotes, so every
comparison goes through `norm`, which folds those differences away.
"""
import re
import unicodedata

# Whitespace and quotes, dropped in one pass (a regex is several times faster than
# str.translate here, and norm runs on every candidate passage of every question).
_DROP_RE = re.compile(r"[\s\"'“”‘’「」『』]+")
# A numeric table cell: 550, 7730.28, -3, +2, 302,885 (after NFKC, so full-width digits count).
# Some reports print the unit in the cell itself ("75394432.52元").
CELL_UNITS = ("万元", "元", "件", "项", "个", "条", "次")
_CELL_RE = re.compile(r"^(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<unit>" + "|".join(CELL_UNITS) + ")?$")
# What reports print in a cell that does not apply. Kept as raw text, never turned into 0.
PLACEHOLDERS = frozenset({"/", "-", "—", "--", "——", "无"})
# The 2019–2020 template's 本年增/减 column, printed in words: 减3 is -3, 增2 (增加2, 新增2) is +2
_SIGN_WORDS = ((re.compile(r"^(?:增加|新增|增)(?=\d)"), "+"), (re.compile(r"^(?:减少|减)(?=\d)"), "-"))
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TOKEN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:\.[0-9]+)?")


def norm(text: str) -> str:
    """Fold width, case, whitespace and quotes so printed labels compare equal."""
    text = unicodedata.normalize("NFKC", text or "")
    return _DROP_RE.sub("", text).lower()


def without_marks(text: str) -> str:
    """Latin letters without their accents and tone marks, as users type them: Ürümqi is Urumqi,
    Lǜyuán is Luyuan."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text)
                                                if not unicodedata.combining(c)))


def is_cjk(ch: str) -> bool:
    return bool(_CJK_RE.match(ch))


def join_wrapped(parts) -> str:
    """Join pieces of a line-wrapped text: no space between Chinese characters, one otherwise."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(part[0]) or out[-1] in "（(、，。：；" or part[0] in "）)、，。：；"):
            out += " "
        out += part
    return out


def parse_cell(raw: str):
    """(value, unit printed in the cell) of a table cell; (None, "") if it holds no number."""
    s = _signed(unicodedata.normalize("NFKC", raw or "").strip())
    m = _CELL_RE.match(s)
    if not m:
        return None, ""
    return float(m.group("num").replace(",", "").lstrip("+")), m.group("unit") or ""


def parse_number(raw: str):
    """The numeric value of a table cell, or None if it is not a number."""
    return parse_cell(raw)[0]


def _signed(s: str) -> str:
    for pattern, sign in _SIGN_WORDS:
        s = pattern.sub(sign, s)
    return s


def is_cell_value(raw: str) -> bool:
    s = _signed(unicodedata.normalize("NFKC", raw or "").strip())
    return bool(_CELL_RE.match(s)) or s in PLACEHOLDERS


def format_number(value: float) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


# a short aside inside a word, the word's other form ("村(居)务公开": 村务公开 and 居务公开; "镇(街道)")
_ASIDE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,4}[）)](?=[\u4e00-\u9fff])")


def without_asides(text: str) -> str:
    """The text with the short asides inside its words taken out ("村(居)务公开" reads 村务公开), or ""
    when it has none: a question's words are searched in both."""
    bare = _ASIDE_RE.sub("", text or "")
    return bare if bare != (text or "") else ""


def search_tokens(text: str) -> list[str]:
    """Tokens for lexical search: Chinese as single characters and bigrams, other text as words.

    Bigrams carry most of the meaning of Chinese terms (政府/采购/复议) without a word
    segmenter; single characters keep recall for one-character words. A word with an aside
    inside it is also read without the aside (村(居)务: 村务).
    """
    text = unicodedata.normalize("NFKC", text or "").lower()
    tokens = []
    for run in _TOKEN_RE.findall(text):
        if is_cjk(run[0]):
            tokens.extend(run)
            tokens.extend(run[i:i + 2] for i in range(len(run) - 1))
        else:
            tokens.append(run)
    for m in _ASIDE_RE.finditer(text):  # (the pair the aside stands between: 村务 of 村(居)务)
        tokens.append(text[m.start() - 1] + text[m.end()])
    return tokens
