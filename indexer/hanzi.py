"""Traditional to simplified Chinese (OpenCC's t2s tables, shipped in the `opencc` wheel).

Reports and the template are simplified; a Big5 text or a question typed in traditional
characters (洪澤區…處罰) is folded to simplified before it is read.
"""
import re
import threading
import unicodedata

_converter = None
_lock = threading.Lock()


# Words a site's traditional-script gateway swaps for Taiwan's (big5.mot.gov.cn prints 政府資訊公開
# for 政府信息公开, others 入口網站 for 门户网站), which t2s keeps as characters: the mainland word
# back, as long (offsets hold).
# Not OpenCC's tw2sp, which also turns 资料 (宣传资料) into 数据.
_GATEWAY_WORDS = (("资讯", "信息"), ("网路", "网络"), ("入口网站", "门户网站"))


def to_simplified(text: str, gateway_words: bool = True) -> str:
    global _converter
    if not text or text.isascii():
        return text
    with _lock:  # one converter, created once; conversions are short
        if _converter is None:
            import opencc
            _converter = opencc.OpenCC("t2s")
        text = _converter.convert(text)
    return _gateway_words_back(text) if gateway_words else text


def _gateway_words_back(text: str) -> str:
    for taiwan, mainland in _GATEWAY_WORDS:
        text = text.replace(taiwan, mainland)
    return text


# Traditional forms of characters every report prints (公開, 報告, 條例, 資訊, 區, 縣 …); a
# simplified text holds none of them
_TRADITIONAL = frozenset("開報條與關於過們國會發為區縣處務這個來時對經實現問題機構資體當點變辦號網產業學應進動長門書員議規費"
                         "傳統計項數據類級鄉鎮復訴訟聯絡檔舉並將從後總")


def fold_traditional(text: str) -> str:
    """A text written in traditional characters (a page of a site that serves both scripts)
    folded to simplified, as the template's words and the questions are; other texts as they
    are. Traditional when its characters that only the traditional script has are common: at
    least 20 of them and 2% of its Chinese."""
    sample = text[:20000]
    traditional = sum(1 for ch in sample if ch in _TRADITIONAL)
    if traditional < 20:
        return text
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return _mainland_usage(to_simplified(text, gateway_words=False)) if traditional >= 0.02 * han else text


# A mainland report a site put into Taiwan's usage as well as its script (a wiki's mirror prints
# 最佳化 for 优化 and 檔案 for 文件: "2023年共公開檔案81件", "部門檔案類信息2888份"): told by words only
# that usage has, and its words written back as the mainland's, as long (offsets hold). 档案 stays
# where it is the archives (档案馆, 档案局, 档案室, 档案管理, 档案工作), which both usages print so.
# (入口网站 and 计画 mark it too, looked for before the gateway's words are written back:
# "通过“中国上海”入口网站…主动公开规章12件,行政规范性档案43件", "计画总结1条")
_TAIWAN_MARKS = re.compile(r"最佳化|视窗|软体|网际网路|资料库|伺服器|入口网站|计画")
_TAIWAN_WORDS = (("最佳化", "最优化"), ("视窗", "窗口"), ("软体", "软件"), ("程式", "程序"), ("计画", "计划"))
_FILE_AS_TAIWAN_PRINTS = re.compile(r"档案(?![馆局室柜]|管理|工作|资料)")


def _mainland_usage(text: str) -> str:
    """A simplified text with the gateway's words written back, and Taiwan's where it is marked."""
    marked = _TAIWAN_MARKS.search(text)
    text = _gateway_words_back(text)
    if not marked:
        return text
    for taiwan, mainland in _TAIWAN_WORDS:
        text = text.replace(taiwan, mainland)
    return _FILE_AS_TAIWAN_PRINTS.sub("文件", text)


# Kangxi radicals and the CJK radicals supplement (⼯, ⼀, ⼈ …) that some PDF fonts and pages
# print for the ideographs 工, 一, 人: each as its ideograph (NFKC's mapping), one for one, so
# offsets into a line stay the same
_RADICALS = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2E80, 0x2FE0)
             if len(unicodedata.normalize("NFKC", chr(cp))) == 1 and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)}


def fold_radicals(text: str) -> str:
    """A text with its radical characters written as the ideographs they stand for."""
    return text.translate(_RADICALS) if text and any("\u2e80" <= ch < "\u2fe0" for ch in text) else text


# A syllable of pinyin with its tone mark, in brackets right after a character: the reading a
# copied page's mirror prints after some characters ("財政預(yù)決算", "區(qū)"), which splits
# the words (预决算 is 预(yù)决算) and is no part of the report
_PINYIN_ANNOTATION = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def without_pinyin_annotations(text: str) -> str:
    if not text or ("(" not in text and "（" not in text):
        return text
    return _PINYIN_ANNOTATION.sub("", text)
