"""Which agency and year a report is about, and which edition of the template it uses."""
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .agencies import agency_aliases, agency_english, agency_key  # noqa: F401  (used through here)
from .agencies import (AUTONOMOUS_REGIONS, GOVERNMENT, GOVERNMENT_OFFICE, PROVINCES, TOWNSHIP_OFFICES, ZONE_SHORT,
                       ZONES)
from .agencies import GENERIC_STEMS, common_words, expand, shortens, without_second_name, without_zone_committee
from .agencies import parse as parse_agency
from .readers import ISSUER_LABELS, Document, ReportError
from .terms import headwords
from .text import norm

# The title names the year, then (or after the agency) "政府信息公开工作年度报告" or a variant.
# ("…信息年度公开报告", 黄村镇 2014, puts 年度 inside)
# ("2024年松阳县住房和城乡建设局政务公开工作年度报告": a province's reports may call it that)
_TITLE_RE = re.compile(r"(?P<year>20\d{2})年度?(?P<between>[^。；！？，,]{0,40}?)(?:(?:政府)?信息|政务)(?:年度)?公开(?:工作)?"
                       r"(?:的)?(?:年度)?(?:工作)?(?:年度)?报告")  # (…工作的年度报告: "云南省卫生健康委关于2022年…")
# … or puts the year after it: "XX区政府信息公开工作年度报告（2023年度）", "武汉市统计局政府信息公开报告(2016年)"
_TITLE_YEAR_AFTER_RE = re.compile(r"(?P<between>[\u4e00-\u9fff（）()·]{2,40}?)(?:政府)?信息公开(?:工作)?(?:年度)?报告"
                                  r"[（(](?P<year>20\d{2})年度?[)）]")
# … or inside it: "文化和旅游部政府信息公开工作2021年度报告"
_TITLE_YEAR_INSIDE_RE = re.compile(r"(?P<between>[\u4e00-\u9fff（）()·]{2,40}?)(?:政府)?信息公开(?:工作)?"
                                   r"(?P<year>20\d{2})年度报告")
_AGENCY_RE = re.compile(r"^[\u4e00-\u9fff（）()·]{2,40}$")
_GOVERNMENT_ONLY = re.compile(r"^(?:人民)?政府$")  # whose government is not said
_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2}(?:管委会|管理委员会)$")  # a park's or a zone's
_SECOND_NAME_END = re.compile(r"[(（][\u4e00-\u9fff]{2,20}[)）]$")  # see agencies.second_name
# How an agency's name ends: a government, a body, a place. Words before a title's year that end
# otherwise are a sentence, not a name ("为切实做好2020年度政府信息公开工作年度报告编制及发布工作")
_AGENCY_END = re.compile(r"(?:局|委|办|厅|部|署|院|会|府|省|市|县|区|州|盟|旗|乡|镇|苏木|街道|街|中心|室|馆|处|站|所|队|行|台|社|关|"
                         r"公司|集团|机关|单位)$")
# What stands before an agency's name in a title line: breadcrumbs, "标题", "关于" …
_BEFORE_AGENCY = re.compile(r"^.*[\s:：>›»/|｜_\-—【】\[\]]")
# 正文, 内容: a page's label over the report; 政务公开, 信息公开年度报告: a section of the site the
# page is filed under (a breadcrumb's last step, "主题分类: 政务公开"), never the start of a name
# (a preface's verb, with the words that qualify it: "现编制并公布", "按时上传", "现予公布", "依法按时完成")
# (a year put before the name too: "2025湖口县大垅乡2025年度…报告"; and the preface's subject: "本年度报告由区
# 发展和改革局…编制而成")
_AGENCY_PREFIX = re.compile(r"^(?:关于|标题|名称|正文|内容|现将|由|本(?:年度)?(?:报告|年报)(?:是|由)?|20\d{2}(?:年度?)?|(?:现|特|并|依法|按时|及时|已|予以|予)*"
                            r"(?:印发|公布|发布|公开|编制|制作|梳理|上传|上报|报送|刊发|刊登|完成)|现?(?:特)?面?向社会(?:公布|发布|公开)|"
                            r"(?:政务|政府信息|信息)公开(?:工作)?(?:年度报告|年报|专栏|目录)?)+")
_CN_DIGIT = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")
_CN_YEAR_RE = re.compile(r"[二][〇零○Ｏ一二三四五六七八九]{3}(?=\s*年)")
# A line of prose wrapped mid-word: long, with a sentence's commas (no breadcrumb's separators), and
# ending in a character, not punctuation
_WRAPPED = re.compile(r"^(?=.*[，,、])(?!.*[>›»|/]).{20,}[\u4e00-\u9fff]$")
FIRST_SCREEN_LINES = 40  # a title stands in the first screen of a report, after any page chrome

# Column labels that only one edition of the template prints.
_EDITION_MARKS = {
    "2019": ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量"),
    "2021": ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"),
}
NO_TEMPLATE = "none"  # reports before 2019 predate the national table template



@dataclass
class ReportMeta:
    agency: str
    year: int
    template: str
    title: str


def _title_text(text: str) -> str:
    """A title line made comparable: NFKC, 二〇二三 as 2023, no spaces next to digits or 年.

    Spaces between two Chinese words are kept: in "首页 › 年报 平潭综合实验区2021年度…" they
    are where the breadcrumb ends and the agency's name begins.
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = _CN_YEAR_RE.sub(lambda m: m.group(0).translate(_CN_DIGIT), text)
    text = re.sub(r"\s+", " ", text).strip().lstrip("#").strip()
    text = re.sub(r"\s*(?=[\d年度])|(?<=[\d年度])\s*", "", text)
    text = re.sub(r"\s*(?=(?:政府)?信息公开)", "", text)
    # a year without its 年 right after the name ("自治区人民政府办公厅2022 / 政府信息公开工作年度报告")
    return re.sub(r"(?<=[\u4e00-\u9fff])(20\d{2})(?=(?:政府)?信息公开)", r"\1年", text)


def _agency_in(text: str, m):
    """The agency a title match names: between the year and 信息公开, else just before the year."""
    between = m.group("between").strip()
    candidates = [between] if between else []
    before = text[: m.start()] if "year" in m.re.groupindex and m.re is _TITLE_RE else ""
    if before.strip():
        named_before = _BEFORE_AGENCY.sub("", before).strip()
        # the name before the year, when the words after it are a part of it ("海关总署2010年海关信息
        # 公开工作年度报告": 海关 says which information, 海关总署 whose)
        candidates.insert(0 if between and between in named_before else len(candidates), named_before)
        # 《 opens a title: "现公布《…厅2023年…》"; a second name in brackets is the name's
        # ("现发布《银川市民族事务委员会(宗教事务局)2024年…》")
        second = _SECOND_NAME_END.search(before)
        head = before[: second.start()] if second else before
        clause = re.split(r"[，,。；;：:、）)《》]", head)[-1].strip() + (second.group(0) if second else "")
    for agency in candidates:
        agency = _compiled(_AFTER_AGENCY.sub("", _AGENCY_PREFIX.sub("", agency.replace(" ", ""))))
        if agency.endswith("人民"):  # "泾县人民政府信息公开年度报告": 政府 is the agency's and the title's
            agency += "政府"
        # (not 政府 alone: "…管委会\n政府信息公开工作2013年度报告" puts the agency on the line above)
        if (_AGENCY_RE.match(agency) and _AGENCY_END.search(without_second_name(agency))
                and not _GOVERNMENT_ONLY.match(agency)):
            return agency
    if before.strip():
        # a title inside the preface's sentence ("…等相关规定,编制万源市交通运输局2023年…报告"):
        # the agency starts after the sentence's last punctuation and its verb, and names a place
        # ("现公布本机关2022年度…报告" names none)
        # ("由浦口区教育局办公室编制的2024年度…报告": the bureau, not its office, and not 由)
        agency = _compiled(_DIVISION.sub("", _AFTER_AGENCY.sub("", _AGENCY_PREFIX.sub("", re.sub(r"^由", "", clause.replace(" ", ""))))))
        # (the words of the clause before its verb of making the report are none of the name: "确保各项工作落到
        # 实处依法按时完成长通街道2025年…报告" is 长通街道's)
        tail = _MAKES_THE_REPORT.split(agency)[-1]
        if tail != agency and _AGENCY_RE.match(tail) and _an_agency(tail):
            agency = tail
        # not the issuer of a notice about the reports ("《漳州市人民政府办公室关于编制2023年…报告有关事项的通知》")
        # (a zone's site names it by its kind only, "现公布经开区2023年…报告": read_meta places it)
        # (or a committee its own site names without its place: "现公布翠山湖管委会2018年…报告")
        if (_AGENCY_RE.match(agency) and (_an_agency(agency) or _bare_zone(agency) or _COMMITTEE.search(agency))
                and "关于" not in agency):
            return agency
    return None


_MAKES_THE_REPORT = re.compile(r"(?:完成|编制|编写|撰写|公布|发布|印发|制作|形成)了?")


def _compiled(name: str) -> str:
    """The agency whose report another compiled, where a title's words name both ("吉林市卫生健康委
    编制了吉林市卫生健康委员会2022年…报告": the commission, by its full name); else the name."""
    compiled = _COMPILED_BY.match(name)
    return compiled.group(1) if compiled and _AGENCY_RE.match(compiled.group(1)) and _an_agency(compiled.group(1)) else name


def _match_title(text: str):
    for pattern in (_TITLE_RE, _TITLE_YEAR_AFTER_RE, _TITLE_YEAR_INSIDE_RE):
        for m in pattern.finditer(text):
            yield m


def _first_screen(doc: Document) -> list:
    """The lines a title is looked for in, made comparable (_title_text)."""
    return [_title_text(line.text) for page in doc.pages[:2] for line in page.lines[:FIRST_SCREEN_LINES]]


# A report's own title in book-title marks is one the preface presents now, in a clause of its own
# ("现发布《…2024年…报告》", "现向社会公开《…》", "现编制形成《…》", or the title alone); one cited among
# the year's work is another document ("一是认真做好主动公开工作,及时发布《陕西省知识产权局2022年政府
# 信息公开工作年度报告》《…2022年法治政府建设情况报告》": last year's report, and the page is 2023's)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\n]")
_PRESENTS = re.compile(r"^(?:现|特|兹|本)")


def _cited(text: str, at: int) -> bool:
    """Whether a title found at `at` lies inside 《》 that its clause does not present as the page's own."""
    opened = text.rfind("《", 0, at)
    if opened < 0 or text.rfind("》", 0, at) > opened:
        return False
    # (the clause's words before it, and before any titles listed just before it: "及时发布《A》《B》")
    clause = re.sub(r"(?:《[^《》]*》)+$", "", _CLAUSE_BREAK.split(text[:opened])[-1].replace(" ", ""))
    return bool(clause) and not _PRESENTS.match(clause)


def find_title(doc: Document):
    """(agency, year, title) from the report's title.

    The title may be stated outside the text (<title>, a crawler's 标题:), sit on one line
    ("平掌乡 2020 年政府信息公开工作年度报告"), be broken over two, put the year first
    ("2020年平掌乡…"), follow page chrome, or put the agency on the line above.
    """
    lines = _first_screen(doc)
    candidates = [(_title_text(h), None) for h in doc.title_hints]
    for i, line in enumerate(lines):
        candidates.append((line, i))
        # a title broken over two lines; not a whole title after the line above it (a breadcrumb
        # or "主题分类: 政务公开" would be read as the start of the agency's name)
        if i + 1 < len(lines) and not any(_match_title(lines[i + 1])):
            candidates.append((_title_text(line + lines[i + 1]), i))
    for text, i in candidates:
        for m in _match_title(text):
            if _cited(text, m.start()):
                continue
            agency = _agency_in(text, m)
            if agency and i and text.startswith(agency) and _WRAPPED.search(lines[i - 1]):
                continue  # the end of a name a wrapped line of prose began ("…国家统计局北京调 / 查总队…编制的2012年度…")
            above = lines[i - 1].replace(" ", "") if i else ""
            # the agency on the line above the title (not a title without its year above a preface
            # that names the year: "市残联政府信息公开工作年度报告")
            if agency is None and _AGENCY_RE.match(above) and _AGENCY_END.search(without_second_name(above)):
                agency = above
            if agency is None and doc.publisher and _AGENCY_RE.match(doc.publisher):
                agency = doc.publisher  # a title without the agency: the page's 发布机构
            if agency:
                title = m.group(0).replace(" ", "")
                return agency, int(m.group("year")), title if agency in title else agency + title
    return None


def detect_template(doc: Document, year: int) -> str:
    if year < 2019:
        return NO_TEMPLATE
    flat = "".join(norm(p.text) for p in doc.pages)
    scores = {ed: sum(flat.count(mark) for mark in marks) for ed, marks in _EDITION_MARKS.items()}
    if scores["2019"] != scores["2021"]:
        return max(scores, key=scores.get)
    return "2019" if year <= 2020 else "2021"


# A page saved without its title line still names its report in the preface: "结合2022年昌江区
# 民政局政府信息公开工作编制而成", "现将汉中市民政局2022年度政府信息公开工作报告如下", "由滨江区民政局
# 编制", "请与平度市公安局（地址…）联系", "可与…联系"; the year also in "统计期限自2022年1月1日起".
_NAME = r"(?P<agency>[\u4e00-\u9fff（）()]{2,30}?(?<![（(]))"  # (a bracket opens "(以下简称…)", no name)
# how 总体情况's first sentence goes on after the agency and the year ("认真贯彻落实…")
_OPENING = "认真|深入|坚持|全面|严格|积极|始终|持续|紧紧|紧密|进一步|不断|高度重视|按照|围绕"
_PREFACE_AGENCY = (
    re.compile(r"(?:结合|根据|依据)(?P<year>20\d{2})年度?" + _NAME + r"(?:政府)?信息公开工作"),
    # ("现结合重庆市两江新区商务委员会实际工作,编制本报告": its own work, and no year)
    re.compile(r"(?:结合|根据)" + _NAME + r"(?:的)?(?:工作)?实际(?:工作|情况)?[，,]?\s*编制"),
    # ("现公布朔州市人民政府外事办公室(朔州市人民政府台港澳事务办公室)2023年政府信息公开工作年度报告")
    # ("现公开天门市人民政府办公室2025年政府信息公开工作年度报告")
    # ("特向社会公布国家税务总局佛山市税务局(以下简称“佛山市税务局”,下文类同)2021年…报告")
    re.compile(r"(?:现将|(?:现|特)(?:向社会)?(?:公布|发布|公开))" + _NAME +
               r"(?:[（(]以下简称[^）)]{0,15}[）)])?(?P<year>20\d{2})年度?(?:政府)?信息公开"),
    # ("由台州湾经济技术开发区管委会结合有关统计数据编制", "由下陆区档案馆综合各项数据编制")
    # ("本报告由临沂市供销合作社联合社按照《中华人民共和国政府信息公开条例》…要求编制", "由中江县人民政府办公室组织编制")
    # ("由北京市统计局、国家统计局北京调查总队(以下简称统计局队)编制的…": the first of two that share it)
    re.compile(r"由" + _NAME + r"(?:、[^，,。；;、]{2,30}?)?(?:[（(]以下简称[^）)]{0,15}[）)])?"
               r"(?:负责|组织|(?:结合|综合|根据)[^，。；,;]{0,10}?|(?:按照|依照|依据|根据)《[^。]{0,300}?)?编制"),
    # ("…通知》要求,黄龙县市场监督管理局结合单位实际,编制本单位2022年度政务公开工作年度报告": the agency
    # that compiles its own report)
    re.compile(r"[，,。；;]" + _NAME + r"(?:结合[^，,。；;]{0,12}[，,]?)?编制(?:本单位|本机关|本局|了)?"
               r"(?P<year>20\d{2})年度?(?:政府信息公开|政务公开|信息公开)"),
    # "特编制昌江区商务局公开年度报告", "现公布通榆县人民政府办公室政府信息公开工作年度报告" (a title without its year)
    re.compile(r"(?:编制|公布|发布)" + _NAME + r"(?:政府)?(?:信息)?公开(?:工作)?年度?报告"),
    # (an agency's office is the agency's: "请与XX局办公室联系", "请与宿迁市档案馆办公室联系",
    # "请与佛山市税务局政务公开工作领导小组办公室联系"; an office
    # that is the agency is not cut: "可与福州市人民政府外事办公室联系"; a ministry's too: "请与交通运输部
    # 政府信息公开办公室联系")
    re.compile(r"(?:请|可)与" + _NAME + r"(?:(?<=[局委厅署院会心社馆部])(?:办公室|(?:政务|(?:政府)?信息)公开(?:工作)?(?:领导小组)?(?:办公室|办)))?"
               r"(?:联系|[（(])"),
    # a title line that calls the report the year's work ("外交部2014年政府信息公开工作情况")
    re.compile(r"(?:^|\n)\s*" + _NAME + r"(?P<year>20\d{2})年度?(?:政府)?信息公开工作(?:情况|总结)\s*(?:\n|$)"),
    re.compile(r"请联系[:：]?\s*" + _NAME + r"[，,。;；(（]"),  # its office too: _DIVISION takes it off
    # 一、总体情况's first sentence: "2022年，句容市水利局认真贯彻落实《条例》…" ("2022年以来，…")
    # ("2025年,公主岭市残疾人联合会(以下简称“市残联”)在市委、市政府的坚强领导下…")
    # (or without the comma: "2023年四平市住房和城乡建设局坚持以…")
    re.compile(r"(?:^|[。\n])\s*(?P<year>20\d{2})年度?(?:以来)?[，,]?\s*" + _NAME +
               r"(?:[（(]以下简称[^）)]{0,15}[）)])?(?:" + _OPENING + r"|以|在)"),
    # … or after who led it: "2025年,在市委市政府的正确领导下,衡阳市水利局结合水利工作实际…"
    re.compile(r"(?:^|[。\n])\s*(?P<year>20\d{2})年度?(?:以来)?[，,]\s*在[^。，,]{2,20}领导下[，,]\s*" + _NAME +
               r"(?:" + _OPENING + r"|结合)"),
    # … or with no year, right under the heading: "一、总体情况\n市营商局始终坚持…"
    re.compile(r"总体情况\s*\n\s*" + _NAME + r"(?:[（(]以下简称[^）)]{0,15}[）)])?(?:" + _OPENING + r")"),
    # … or the agency first: "乌海市科学技术局2022年认真贯彻落实《条例》…"
    re.compile(r"(?:^|[。\n])\s*" + _NAME + r"(?P<year>20\d{2})年度?[，,]?\s*(?:" + _OPENING + r")"),
    # last, the page's own label of who issued it ("| 发文单位 | 武汉市地方金融管理局 |"): a site's
    # general office may post its departments' reports ("发布机构：…人民政府办公室")
    # ("发布机构: | 市交通运输局 |": a label's colon and its table cell's bar both)
    re.compile(ISSUER_LABELS + r"\s*(?:[|:：]\s*){0,2}" + _NAME + r"(?=[\s|]|$)"),
)
# (or its end: "所列数据截止日期为2025年12月31日")
_PERIOD_YEAR = re.compile(r"统计(?:期限|时限|期间|周期)[^。；]{0,12}?(?P<year>20\d{2})年0?1月0?1日|"
                          r"数据(?:的)?(?:截止日期|截止时间|截至|截止)(?:为|到|至)?(?P<end>20\d{2})年12月31日")
_FILE_NAME = re.compile(r"^(?P<agency>[\u4e00-\u9fff（）()]{2,40}?)[_\-\s]*(?P<year>20\d{2})(?:年度?)?$")
# what shows that a text without a title is an annual report: the regulation and the template's sections
# (a report that never calls itself one still prints the template's own section headings)
# (政务公开 as a district's report says it for all its work: "2024年,城中区人民政府深入贯彻落实…有关政务公开
# 各项决策部署", its first screen saying 信息公开 nowhere)
# (总体工作情况 too: "一、总体工作情况", a heading some reports give the year's work)
_REPORT_MARKS = (re.compile(r"信息公开|公开政府信息|政务公开"), re.compile(r"总体(?:工作)?情况|主动公开|基本情况|概述"),
                 re.compile(r"年度报告|工作报告|本报告|年报|主动公开政府信息情况|收到和处理政府信息公开申请情况|"
                            r"一、总体情况|信息公开工作(?:情况|总结)\s*(?:\n|$)"))  # a line that titles the year's work
# … or a sentence that says what the text is ("现将2009年度信息公开工作有关情况报告如下"), whatever its sections
_REPORTS_ITSELF = re.compile(r"现将[^。\n]{0,40}?信息公开[^。\n]{0,30}?报告如下")


# A bureau's (or a cooperative's, an office's, an archives') division a preface names for contact ("请与襄阳市审计局
# 综合科联系", "请与临沂市供销合作社联合社办公室联系", "请联系:上海市人民政府侨务办公室秘书处"), or a zone's
# committee's ("请与安徽舒城经济开发区综合办公室联系"): not the agency
# (or a team of a bureau's center: "请联系:广州市公安局花都区分局指挥中心警讯组")
# (a committee's office is the committee's, 管委会 whole: "区管委会办公室" is 区管委会, not 区管委)
_DIVISION = re.compile(r"(?:(?<=[局委厅社室馆])(?!会)|(?<=开发区)|(?<=新区)|(?<=园区)|(?<=办事处)|(?<=管委会))"
                       r"(?:[\u4e00-\u9fff]{1,5}[科股处司]|[\u4e00-\u9fff]{0,9}办公室|党组|党委|"
                       r"[\u4e00-\u9fff]{2,6}中心[\u4e00-\u9fff]{1,4}组)$|"
                       # a township's or a subdistrict's office ("请与安泰街道党政综合办联系")
                       r"(?:(?<=[镇乡])|(?<=街道))党政(?:综合)?办(?:公室)?$|"
                       # a government's office that answers for its report ("请联系吴起县政府政务服务中心")
                       r"(?<=政府)(?:政务服务中心|政务公开办公室|政务公开办|信息公开办公室|信息公开办|政务公开科)$")
# What follows the agency in a preface's sentence that names the report after it: its verb
# ("泉州市司法局认真编写了2025年…报告") or 的 ("特向社会公布益阳市大通湖区审计局的2023年…报告")
# (and the words that qualify the verb: "兴华镇人民政府特此编制2024年度…报告")
# ("国家税务总局珠海市税务局向社会公布本单位2020年…报告": to the public, its own)
# (or where it published it: "2015年1月30日,国家铁路局网站发布2014年…报告", a news item's words)
_AFTER_AGENCY = re.compile(r"(?:(?:(?:政府|门户)?网站|官方网站|官网)?(?:认真|依法|组织|已|现|特此|特|现特|特别)?(?:向社会)?"
                           r"(?:编写|编制|撰写|制定|形成|发布|公布|印发)"
                           r"(?:了|完成|出|好)?(?:本单位|本机关|本局)?的?|的|关于)$")


_SHORT_NAME_GIVEN = re.compile(r"[（(]以下简称[^（）()]*[）)]$")


# A report's word for itself (本机关, 本级机关, 我局) names no agency; nor does a department after a bare
# unit ("2021年,市城市管理局按照…": the city's bureau, the city named elsewhere)
# (a ministry calls itself 我部: "现公布2009年我部政府信息公开工作年度报告")
_SELF_KINDS = r"局|委|办|厅|院|中心|署|部"  # (the kinds of body that say 我局, 我委 … of themselves)
_SELF = re.compile(r"^(?:本级?|我)(?:机关|单位|部门|" + _SELF_KINDS + r")$")
_CALLS_ITSELF = re.compile(r"我(?:" + _SELF_KINDS + r"|镇|乡|街道)")
_PLACELESS = re.compile(r"^(?:市(?!中区)|县|区|州|省|盟|旗)(?!政府|人民政府)")  # 市中区 is a district's name
# A placed name in the text, whole between punctuation (《泰安市城市管理局…目录》): its place
_PLACED_BEFORE = r"(?:^|(?<=[\s《“\"'（(，,。；;：:、]))(?P<place>[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗))"
# … or after a year, as a sentence that counts its work opens ("2025年安阳县住建局依申请信息公开办理有69件")
_PLACED_AFTER_YEAR = _PLACED_BEFORE.replace("(?:^|", r"(?:^|(?<=\d年)(?!度)|(?<=\d年度)|", 1)
# A name that ends as a place or its government does (泾县 too, whose stem is one character)
_UNIT_END = re.compile(r"(?:省|市|县|区|州|盟|旗|乡|镇|苏木|街道|街|人民政府|办事处)$")  # 街: 广州's 白云街


# A national body, which no place names: 外交部, 海关总署, 国家体育总局, 中国地震局 (not 我部, 本部)
_NATIONAL = re.compile(r"^(?:国家|中国|国务院)[\u4e00-\u9fff]{2,12}$|^(?![本我该各])[\u4e00-\u9fff]{2,8}(?:部|总局|总署)$")


# the parts of an agency a preface may name with it ("…长河街道各科室的信息公开工作")
_COMPILED_BY = re.compile(r"^[\u4e00-\u9fff]{2,30}?[局委厅署办会府]编(?:制|写)了?([\u4e00-\u9fff（）()]{2,40})$")
_ITS_PARTS = re.compile(r"(?:各(?:科室|处室|股室|部门|单位|科))?的$|(?:政府信息|信息|政务)公开工作$")  # (省卫生健康委政府信息公开工作坚持…)
# a department named after its place, to the first word of its kind (洞头区海洋与渔业局网站)
_PLACED_DEPARTMENT = r"[\u4e00-\u9fff]{1,12}?%s"


def _named_often(doc: Document, kind: str):
    """The placed agency of a kind (局, 委, 厅) that a report calling itself 我局 names in its text
    most, twice or more and more often than any other ("安排局办专人负责洞头区海洋与渔业局网站…"),
    or None."""
    text = _whole_text(doc)
    names = Counter()
    # each place unit followed by a department of the kind; the place's name is as long as the
    # words before the unit that repeat with it ("负责洞头区…局", "发挥洞头区…局": 洞头区)
    # (an office, 办, by its whole word: "汤原县人民政府办公室", not "…办" and 公室 left over)
    whole_word = "(?:公室)?" if kind == "办" else ""
    for m in re.finditer(r"[省市县区州盟旗](" + _PLACED_DEPARTMENT % re.escape(kind) + whole_word + ")", text):
        if _NOT_A_PLACE.search(m.group(1)):
            continue
        for size in (2, 3, 4):
            stem = text[max(m.start() - size, 0):m.start()]
            if len(stem) == size and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and not _NOT_A_NAME.search(stem):
                names[text[m.start() - size:m.end()]] += 1
    names = Counter({name: n for name, n in names.items() if _an_agency(name)})
    # a name that repeats only as the end of a longer one is that one cut short ("《黑龙江省通信管理局…》"
    # twice: 龙江省通信管理局 twice as well)
    names = Counter({name: n for name, n in names.items()
                     if not any(other != name and other.endswith(name) and names[other] == n for other in names)})
    ranked = sorted(names.items(), key=lambda item: (-item[1], len(item[0])))
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]
                                         or ranked[1][0].endswith(ranked[0][0])):
        return ranked[0][0]
    return None


# the provinces' full names (甘肃省, 北京市, 广西壮族自治区)
_PROVINCE_FULL = {short: AUTONOMOUS_REGIONS.get(short) or short + ("市" if short in ("北京", "天津", "上海", "重庆") else "省")
                  for short in PROVINCES if short not in ("台湾", "香港", "澳门")}
# a province by its short name, with its unit or not (甘肃, 甘肃省, 广西壮族自治区)
_PROVINCE_NAMED = (r"(%s)(?:省|市|(?<=[疆藏古西夏])[\u4e00-\u9fff]{0,3}自治区)?"
                   % "|".join(sorted(_PROVINCE_FULL, key=len, reverse=True)))


def _provincial_of_kind(doc: Document, kind: str):
    """A province's department of a kind (局, 厅) that a report calling itself 我局 and its province
    我省 (a region 我区) names, the one of its kind with a province's name, in full ("通过甘肃林业和
    草原局门户网站…转发我省信息": 甘肃省林业和草原局), or None."""
    text = _whole_text(doc)
    found = set()
    for m in re.finditer(_PROVINCE_NAMED + rf"({_PLACED_DEPARTMENT % re.escape(kind)})", text):
        full = _PROVINCE_FULL[m.group(1)]
        if ("我区" if full.endswith("自治区") else "我省") not in text or _NOT_A_PLACE.search(m.group(2)):
            continue
        name = full + m.group(2)
        # (the department named right after the province: not a city's, 浙江西湖区…局)
        if _AGENCY_RE.match(name) and _an_agency(name) and parse_agency(name).places == [full]:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _placeless_of_kind(doc: Document, kind: str):
    """The one department of a kind (局, 委) a text names with only its place's unit (市人社局), or None."""
    pattern = (r"(?:^|(?<=[在由与和及对向经、，,。；;：:《“\s(（]))([市县区](?:(?!%s)[\u4e00-\u9fff]){2,10}%s)"
               % (kind, kind))
    found = {m.group(1) for m in re.finditer(pattern, _whole_text(doc), re.M)
             if _PLACELESS.match(m.group(1)) and _AGENCY_RE.match(m.group(1))}
    return found.pop() if len(found) == 1 else None


_AGENCY_END_ANYWHERE = re.compile(_AGENCY_END.pattern.removesuffix("$"))


def _to_its_end(name: str) -> str:
    """A name cut after its last word that ends an agency's name, when what follows is no part of
    it ("2024年,小营街道领导对政务公开工作高度重视": 小营街道, not 小营街道领导对政务公开工作)."""
    if _AGENCY_END.search(without_second_name(name)):
        return name
    ends = [m.end() for m in _AGENCY_END_ANYWHERE.finditer(name)]
    return next((name[:end] for end in reversed(ends) if _an_agency(name[:end])), name)


# A government named by its unit alone ("县政府办": the county's, of no county named)
_UNIT_GOVERNMENT = re.compile(r"[市县区州省盟旗]" + GOVERNMENT + GOVERNMENT_OFFICE)


def _an_agency(name: str) -> bool:
    """A name that places an agency (滨江区民政局, 平度市公安局, 哈尔滨市) or is a national one
    (外交部), not 本机关, 市公安局 or 经开区."""
    if _PLACELESS.match(name) or _bare_zone(name):  # 市城市管理局: "the city's" bureau (its 市城市 is no place)
        return False
    if _UNIT_GOVERNMENT.fullmatch(name):  # 县政府办: "the county's" government office, of no county named
        return False
    if _NATIONAL.match(name):
        return True
    # (nor a word that ends like a place and is none: 辖区 of "局属10个分支机构结合辖区实际情况,编制了…")
    generic = re.fullmatch(r"(.+?)(?:省|市|县|区|州|盟|旗|乡|镇)", name)
    if generic and generic.group(1) in GENERIC_STEMS:
        return False
    parsed = parse_agency(name)
    # (a department's short name alone is no place: 住建局 is read as 住房和城乡建设局, placed nowhere)
    return (bool(parsed.places) and parsed.places[0] not in (name, expand(name))) or bool(_UNIT_END.search(name))


def _note(doc: Document, note: str):
    """A note on how the report was read, once (from_preface may run twice on one report)."""
    if note not in doc.notes:
        doc.notes.append(note)


def _saved_as(file_name: str):
    """The match of a file's name that names an agency and a year (某某局_2025.txt), or None."""
    return _FILE_NAME.match(re.sub(r"\.[A-Za-z0-9]+$", "", file_name or ""))


def _placed_by_file_name(name: str, file_name: str) -> str:
    """The agency of the file's name where it is `name` (a name with no place: 市民委(宗教局),
    自治区信访局) with its place (四平市民族事务委员会_2025.txt: the same agency by its key), or ""."""
    named = _saved_as(file_name)
    saved = named.group("agency") if named else ""
    return saved if len(saved) > len(name) and _an_agency(saved) and agency_key(saved).endswith(agency_key(name)) else ""


def from_preface(doc: Document, file_name: str = ""):
    """(agency, year, title) of a report whose text has no title line (a saved page whose title
    stood in its chrome), from what its preface says, the file's name giving what the text
    does not; or None. The text must read as an annual report: the regulation, the template's
    sections, a report."""
    text = "\n".join(_first_screen(doc))
    named = _saved_as(file_name)
    # the agency of the file's name, where the text names it too ("制定《梅县区气象局政务公开办法》")
    own = named.group("agency") if named and _an_agency(named.group("agency")) \
        and named.group("agency") in _whole_text(doc) else None
    if not all(mark.search(text) for mark in _REPORT_MARKS) and not _REPORTS_ITSELF.search(text) and not (
            # (or a year's work on disclosure told under headings of its own, saved under the name and
            # year of an agency it names: "2014年,我局…深入推进气象部门政府信息公开工作")
            own and f"{named.group('year')}年" in text and _REPORT_MARKS[0].search(text)):
        return None
    agency, year, placeless, itself = None, None, None, None
    for pattern in _PREFACE_AGENCY:
        for m in pattern.finditer(text):
            # ("结合2023年杭州市滨江区长河街道各科室的信息公开工作实际情况编制": the subdistrict's)
            name = _DIVISION.sub("", _AGENCY_PREFIX.sub("", _ITS_PARTS.sub("", m.group("agency"))))
            name = _to_its_end(name)
            # (not words after 我局: "2024年我局通过市政府门户网站局页面以及…" names no agency of that name)
            if _AGENCY_RE.match(name) and _an_agency(name) and not name.startswith(("我", "本")):
                agency = agency or name
                if "year" in m.re.groupindex:
                    year = year or int(m.group("year"))
            elif _PLACELESS.match(name) and len(name) > 2 and not _SELF.match(name):
                placeless = placeless or name
                if "year" in m.re.groupindex:  # "2019年,市知识产权局进一步加大…": its year too
                    year = year or int(m.group("year"))
            elif _SELF.match(name) and "year" in m.re.groupindex:  # "2017年,我局认真贯彻落实…"
                itself = itself or (name, int(m.group("year")))
    if agency is None and placeless is None and (doc.publisher or doc.byline_publisher):
        # the page's label of who issued it ("发布机构: | 市交通运输局 |"), the text naming none
        name = _DIVISION.sub("", doc.publisher or doc.byline_publisher)
        if _AGENCY_RE.match(name) and _an_agency(name):
            agency = name
        elif _PLACELESS.match(name) and len(name) > 2:
            placeless = name
    if agency is None and placeless is None and not itself:
        # a preface that calls it 我镇, 我局 with no year beside ("结合我镇实际编制而成"), the period giving the year
        called = _CALLS_ITSELF.search(text)
        itself = (called.group(0), None) if called else None
    if agency is None and placeless is None and own and (not itself or own.endswith(itself[0][1:])
                                                         or own.endswith(itself[0][1:] + "公室")):  # 我办: 办公室
        # a page that does not title itself (or calls itself 我局 only), saved under the name of an
        # agency its text names ("规范云县林业和草原局信息采编"): that one, not an agency named more
        # often as the issuer of documents it reposts ("转载了《临沧市林业和草原局关于印发…》…")
        agency = own
        year = year or (itself[1] if itself else None)
        _note(doc, f"the report names no agency as its own: {agency}, the file's name, which its text names")
    if agency is None and placeless is None and not itself:
        # a page that neither titles nor calls itself (its title stood in the page's chrome) but
        # names one agency again and again, as the owner of the rules it revises ("修订《朝阳市司法局
        # 政府网站专栏…审核制度》…《朝阳市司法局政府信息公开制度》"): that agency, if no other kind's
        # agency is named as often
        often = {name for kind in ("局", "委", "办", "厅", "中心") if (name := _named_often(doc, kind))}
        if len(often) == 1:
            agency = often.pop()
            _note(doc, f"the report names no agency as its own: {agency}, the one its text names most")
    if agency is None and placeless is None and itself:
        agency = _named_often(doc, itself[0][1:]) or _provincial_of_kind(doc, itself[0][1:])
        if agency:
            year = year or itself[1]
            _note(doc, f"the report calls itself {itself[0]}: {agency}, the one of its kind the text names")
        else:
            # or the one of its kind it names without a place ("电子版在市人社局门户网站发布"), placed below
            placeless = _placeless_of_kind(doc, itself[0][1:])
            year = year or (itself[1] if placeless else None)
    if agency is None and placeless:
        # placed by the file's name where that is the name with its place ("市民委(宗教局)", saved as
        # 四平市民族事务委员会_2025.txt), else as the text names it elsewhere
        agency = _placed_by_file_name(placeless, file_name)
        if agency:
            _note(doc, f"the report calls itself {placeless}: {agency}, as the file's name names it")
        else:
            agency = _placed_in_text(doc, placeless)
            if agency:
                _note(doc, f"the report calls itself {placeless}: {agency}, as the text names it elsewhere")
    titled = next((int(m.group("year")) for m in _match_title(text)), None)
    period = _PERIOD_YEAR.search(text)
    # the statistics' period before a title-like line: a page without its title line may cite
    # "《条例》(2019年修订版)和《…关于政府信息公开工作年度报告有关事项的通知》" in its preface
    year = year or (int(period.group("year") or period.group("end")) if period else None) or titled or (
        int(named.group("year")) if named else None)
    if agency and not year:
        # no year said for the report itself: the one its first screen names most ("截至2019年底…",
        # "2019年我局主要开展了…"), if it is named twice and more often than any other
        # (or the only year it names: "2015年,我局政府信息公开工作在…")
        counts = Counter(int(y) for y in re.findall(r"(20\d{2})年", text)).most_common(2)
        if counts and (len(counts) == 1 or (counts[0][1] >= 2 and counts[0][1] > counts[1][1])):
            year = counts[0][0]
            _note(doc, f"the text states no year for the report: {year} is the year its first screen names most")
    if agency is None and named and _an_agency(named.group("agency")):
        agency = named.group("agency")
        _note(doc, f"the text names no agency in a title or its preface: {agency} is taken from the file's name")
    if not agency or not year:
        return None
    return agency, year, f"{agency}{year}年政府信息公开工作年度报告"


def _bare_zone(name: str) -> str:
    """The kind of zone a name is, when it is no more than that (经开区, 高新区管委会: a zone's site
    calls it so); else ""."""
    core = without_zone_committee(without_second_name(name))  # (高新区(新市区): a zone and its place)
    return core if core in ZONES else ""


def _whole_text(doc: Document) -> str:
    """Every line of the report, made comparable as titles are (_title_text)."""
    return "\n".join(_title_text(line.text) for page in doc.pages for line in page.lines)


# "that zone" a text names as one of its kind (经开区: 安顺经济技术开发区 in its address)
_ZONE_KINDS = {short: (short, *fulls) for short, fulls in ZONE_SHORT.items()}
# characters of the words before a zone's kind that say something of it, not its name (现公布经开区…),
# or date it ("2023年度市商务局通过…": 年度市 is no place; no county's or city's name holds 年)
_NOT_A_NAME = re.compile(r"[现公布发在于与请和及的对向从由为是可将把被通关本我全各该经年]")


def _placed_zone(doc: Document, bare: str):
    """The one placed zone of that kind the whole text names (经开区: "地址:安顺经济技术开发区迎宾路34号"
    gives 安顺经济技术开发区), or None (none, or several)."""
    kinds = _ZONE_KINDS.get(bare, (bare,))
    text = _whole_text(doc)
    pattern = r"(?:^|(?<=[\s《“\"'（(，,。；;：:、]))(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<kind>%s)" % "|".join(
        sorted(kinds, key=len, reverse=True))
    found = {m.group("place") + m.group("kind") for m in re.finditer(pattern, text, re.M)
             if not _NOT_A_NAME.search(m.group("place"))}
    return found.pop() if len(found) == 1 else None


# Words no place's name holds, that a sentence puts before a placeless name ("公开了市知识产权局…", "电子版在市人社局…")
# (nor does 我 or a verb of doing more: "…进一步加强我区管委会门户网站…" names no place 进一步加强我区)
_NOT_A_PLACE = re.compile(r"[了的在我]|公开|发布|公布|通过|依托|按照|利用|加强")
# What stands before a place named in a sentence: punctuation, or a word that says how it is used
# ("以青川县门户网站为主要公开平台", "与北京市政府门户网站…关联")
_BEFORE_PLACE = set("\n 《“\"'（(，,。；;：:、以在向由对从经与和及于为据把将被自")


def _places_of_unit(text: str, unit: str) -> set:
    """The places of a unit (县) a text names: two to four characters before it, after punctuation
    or a word like 以 or 与, none of them a word's (公开了市, 全市)."""
    found = set()
    for m in re.finditer(unit, text):
        for size in (2, 3, 4):
            start = m.start() - size
            place = text[max(start, 0):m.end()]
            if start < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", place):
                break
            # (not one that starts inside a word: 济强市 of "建设经济强市", whose 经济 is a word; nor
            # words before the unit: 严格按照区 of "严格按照区政府…的部署要求")
            if (start == 0 or text[start - 1] in _BEFORE_PLACE) and not _NOT_A_NAME.search(place[:-1]) \
                    and (start == 0 or text[start - 1:start + 1] not in headwords()) and not common_words(place[:-1]):
                found.add(place)
                break
    return found


def _placed_in_text(doc: Document, placeless: str):
    """The one placed form the whole text gives a placeless name (市城市管理局: 泰安市城市管理局, in
    "修订了《泰安市城市管理局政府信息主动公开基本目录》"), a place of its unit (县乡村振兴局: a 县's,
    not 四川省乡村振兴局, to which it sent articles); else the placeless name placed in the one place
    of that unit the text names ("以青川县门户网站为主要公开平台": 青川县乡村振兴局); or None."""
    unit, core = placeless[0], placeless[1:]
    text = _whole_text(doc)
    found = _placed_forms(text, core, unit)
    if not found and len(core) >= 3:
        # the name it shortens ("市房管局2021年…报告" on a page whose byline, "2022-01-25 14:48
        # 武汉市住房保障和房屋管理局", names the bureau; "市口岸办…报告", whose preface says "由深圳市人民
        # 政府口岸办公室负责组织编制": an office's 办 written out first)
        short = expand(placeless)
        spelled = (_PLACED_BEFORE.replace("(?<=[", "(?<=[0-9")
                   + r"(?P<full>[\u4e00-\u9fff]{2,14}?%s)" % re.escape(short[-1]))
        found = {_AGENCY_PREFIX.sub("", m.group("place")) + m.group("full") for m in re.finditer(spelled, text)
                 if m.group("place").endswith(unit) and shortens(short, unit + m.group("full"))}
    found = {name for name in found if _an_agency(name) and not _PLACELESS.match(name)}
    if not found:
        found = {name for name in (place + core for place in _places_of_unit(text, unit)) if _an_agency(name)}
    return found.pop() if len(found) == 1 else None


def _placed_forms(text: str, name: str, unit: str = "") -> set:
    """The name as the text prints it after a place (of that unit, if one is given), whole
    between punctuation: "《泰安市城市管理局…》" gives 泰安市城市管理局 for 城市管理局."""
    # (与 joins a department's words, 海洋与渔业局, but no place's: "请与市应急局办公室联系" names no place 请与市;
    # a preface's verb before it is none of it: "现将金台区审计局…报告如下")
    places = (_AGENCY_PREFIX.sub("", m.group("place")) for m in re.finditer(_PLACED_AFTER_YEAR + re.escape(name), text))
    return {place + name for place in places
            if len(place) > 1 and place.endswith(unit) and not _NOT_A_PLACE.search(place) and "与" not in place}


def _placed_name(doc: Document, name: str):
    """The one placed form the whole text gives a name that has no place (翠山湖管委会:
    “开平市翠山湖管委会”), or None."""
    found = {placed for placed in _placed_forms(_whole_text(doc), name) if _an_agency(placed)}
    return found.pop() if len(found) == 1 else None


# A text that is one of these reports by its own words: its preface's, or its first section's
# with what it reports ("一、总体情况…主动公开…"; not a meeting's minutes that speak of the work,
# which _REPORT_MARKS, read to find a preface's agency, let through)
_LOOKS_LIKE_A_REPORT = re.compile(r"政府信息公开工作(?:年度)?报告|(?:编制|制作)本(?:年度)?报告|本(?:年度)?报告(?:中)?所列数据|"
                                  # (or 一、政府信息公开总体工作情况, as reports of before 2019 head it)
                                  r"一、\s*(?:20\d{2}年)?(?:政府信息公开)?总体(?:工作)?情况[\s\S]{0,400}?(?:主动公开|依申请公开)")


_OWN_TITLE_QUOTED = re.compile(r"《(?P<agency>[\u4e00-\u9fff（）()]{4,40}?)(?P<year>20\d{2})年度?政府信息公开(?:工作)?年度报告》")


def other_name(doc: Document, agency: str, year: int) -> str:
    """Another name the report gives its own agency, in the quoted title of the report itself in its first
    screen ("遂宁市安居区招商引资局2016年…报告《遂宁市安居区投资促进局2016年…报告》(以下简称年报)": the bureau's
    other name), a department of the same place; or ""."""
    own = parse_agency(agency)
    for m in _OWN_TITLE_QUOTED.finditer("\n".join(_first_screen(doc))):
        named = parse_agency(m.group("agency"))
        if int(m.group("year")) == year and named.department and own.places and named.places \
                and named.places[-1] == own.places[-1] and agency_key(m.group("agency")) != agency_key(agency):
            return m.group("agency")
    return ""


def read_meta(doc: Document, file_name: str = "") -> ReportMeta:
    found = find_title(doc)
    if found and _SELF.match(found[0]):
        # "特向社会公布2021年度本机关政府信息公开工作年度报告": the agency is the one the text names
        named = from_preface(doc, file_name)
        if not named:
            raise ReportError(f"the title names no agency ({found[0]}), and neither does the text")
        found = (named[0], found[1], f"{named[0]}{found[1]}年政府信息公开工作年度报告")
    found = found or from_preface(doc, file_name)
    if not found:
        if _LOOKS_LIKE_A_REPORT.search(_whole_text(doc)[:3000]):
            # a report saved without its title, whose text never names its agency ("我局…编制本报告"):
            # said so, not "not a report", so the user knows to save it with its title
            raise ReportError("an annual report whose agency is named nowhere: no title like '…2023年政府信息公开工作"
                              "年度报告' in its first screen, and its text names it only as 我局, 我区, 市政府… (save the page "
                              "with its title, or name the file after its agency and year: 某某局_2025.txt)")
        text = _whole_text(doc)[:3000]
        if len(re.findall(r"[A-Za-z]{2,}", text)) > 50 and len(re.findall(r"[\u4e00-\u9fff]", text)) < 50:
            # a translation ("Annual Report of Beijing Sports Bureau on Government Information Disclosure
            # in 2022"): its figures are the Chinese report's, which is the one to index
            raise ReportError("written in English, not Chinese: the archive reads the reports as published in "
                              "Chinese (index the Chinese original)")
        if text.count("?") + text.count("\ufffd") > max(50, len(re.findall(r"[\u4e00-\u9fff]", text))):
            # a page whose characters were lost when it was saved in an encoding that has none of them
            # ("??????,2023????????10…"): no text to read, and saying so tells the user to save it again
            raise ReportError("its text is unreadable: its characters were lost in saving (question marks where "
                              "the Chinese was); save the page again as UTF-8")
        raise ReportError("not an annual report: no title like '…2023年政府信息公开工作年度报告' in its first screen")
    agency, year, title = found
    zone = _bare_zone(agency)
    placed = _placed_zone(doc, zone) if zone else None
    if placed:  # "现公布经开区2023年…报告" on the zone's own site
        _note(doc, f"the report calls itself {agency}: {placed}, as the text names it")
        second = _SECOND_NAME_END.search(agency)
        agency = placed + (second.group(0) if second else "")
    if not _an_agency(agency):
        # a title naming no place ("应急管理局2025年…报告", on the city's site): the preface's name
        # that ends with it places it ("请联系梅河口市应急管理局政务公开办公室")
        fuller = from_preface(doc, file_name)
        # (or a government the title names by its unit alone: "县政府办2022年…" is the preface's
        # 府谷县人民政府办公室)
        unit_government = _UNIT_GOVERNMENT.fullmatch(agency)
        if fuller and fuller[0] != agency and (fuller[0].endswith(agency) or (
                unit_government and not parse_agency(fuller[0]).department
                and (parse_agency(fuller[0]).places or [""])[-1].endswith(agency[0]))):
            _note(doc, f"the title names no place: the agency is the preface's {fuller[0]}")
            agency = fuller[0]
        # "…在开平市政府信息公开目录系统“开平市翠山湖管委会”栏目查阅"; "市房管局" and 武汉市住房保障和房屋管理局
        placed = None if fuller and fuller[0] == agency else (
            _placed_in_text(doc, agency) if _PLACELESS.match(agency) else _placed_name(doc, agency))
        if placed:
            _note(doc, f"the title names no place: the agency is {placed}, as the text names it")
            agency = placed
    if agency.startswith("自治区"):
        text = _whole_text(doc)
        regions = {full for short, full in AUTONOMOUS_REGIONS.items() if short in text}
        saved = _saved_as(file_name)
        # (or the file's name by the region's short name: "新疆生态环境厅_2023.txt" for 自治区生态环境厅)
        named = {full for short, full in AUTONOMOUS_REGIONS.items()
                 if saved and saved.group("agency") in (short + agency[len("自治区"):], full + agency[len("自治区"):])}
        if len(regions) == 1 or named:  # "自治区人民政府办公厅" of a text that names 新疆 and no other region
            agency = (named or regions).pop() + agency[len("自治区"):]
            _note(doc, f"the title names no region: the agency is {agency}, as the "
                       f"{'file name' if named else 'text'} names the region")
    if _UNPLACED.match(agency):
        # a name still without its place ("自治区信访局", "市科技局" whose text names the bureau only as
        # the page's source, 咸宁市科学技术局): the file's name, where it is that name with its place
        # ("新疆维吾尔自治区信访局_2024.txt"; the same agency also by its short name: 科技局, 科学技术局)
        saved_as = _placed_by_file_name(agency, file_name)
        if saved_as:
            _note(doc, f"the title names no place: the agency is {saved_as}, as the file's name names it")
            agency = saved_as
    # a preface that names the agency and its short name in one go ("由廣州市人民政府地方志辦公室
    # (以下簡稱市地方志辦)編制的…"): the name without the bracket
    agency = _SHORT_NAME_GIVEN.sub("", agency) or agency
    # a township named by the office a preface gives for contact ("请与金坑乡人民政府党建办联系"):
    # the township's government, whose report it is
    agency = _TOWNSHIP_OFFICE.sub("", agency)
    return ReportMeta(agency, year, detect_template(doc, year), title)


# a name that opens with a unit and no place's name (市科技局, 自治区信访局)
_UNPLACED = re.compile(r"^(?:自治区|自治州|市|县|区|州|省|盟|旗)(?!政府|人民政府|中区)")
_TOWNSHIP_OFFICE = re.compile(r"(?:(?<=[乡镇木道]人民政府)|(?<=[乡镇木道]政府))(?:" + TOWNSHIP_OFFICES + ")$")
