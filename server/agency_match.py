"""Agencies named in a question, read against the archive's agencies and their hierarchy.

- The most specific agency named wins: in "淮安市洪泽区" 淮安市 only says where 洪泽区 is.
- A city is the city: "淮安市2023年行政许可" asks for 淮安市人民政府's report, never for one
  of its districts'. Its districts are meant only when the question says so (各区县, 下辖,
  所属 …).
- A name the archive does not have ("南京市", "Beijing") is never dropped: it is reported, so
  the answer can say the archive has no report of it.
- A name that matches several agencies ("平潭": 平潭县 and 平潭综合实验区) is reported as
  ambiguous, so the answer can ask which one is meant.
- A department named without its place ("市科委", "发改局") in a question that names no other
  place or agency is the one such department the archive holds, and the answer says so; after
  a place ("淮安市发改局") it is that place's, which the archive may not hold.
"""
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from indexer.agencies import (ABBREVIATIONS, DEPARTMENT_KINDS, GENERIC_STEMS, NATIONAL_UNPLACED, UNIT_EN, UNITS,
                              bureau_branch, department_abbreviations, department_english, department_other_words,
                              own_english_names, shortens, state_council_department, zone_forms)
from indexer.agencies import parse as parse_agency

# "its districts and counties": the places inside a named one, not the place itself
_BELOW_RE = re.compile(r"^(?:的)?(?:各|所有|全部|下辖|所辖|所属|辖区内|辖内|下属)?(?:各)?(?:区县|县区|区|县|乡镇|街道|镇|乡|部门|单位|委办局)"
                       r"|^(?:'s)?\s*(?:districts|counties|townships|departments)")
_UNITS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)
# "which …", "each of the …", "all …": words that ask of every agency a name fits (question.py too)
EACH_EN = r"\b(?:which|each|every|all)\s+(?:of\s+the\s+)?"
# … the words of a kind of department may follow them
_EACH_OF_A_KIND = re.compile(EACH_EN + r"(?:the\s+)?((?:[a-z-]+\s*){1,8})")
_PLACE_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(" + "|".join(_UNITS_LONGEST_FIRST) + r")(?![\u4e00-\u9fff]{0,1}[级长委])")
@dataclass
class AgencyMatch:
    keys: list = field(default_factory=list)  # agencies meant, most specific
    spans: list = field(default_factory=list)  # spans of the question read as agency names
    unknown: list = field(default_factory=list)  # names of places/agencies the archive does not hold
    ambiguous: dict = field(default_factory=dict)  # name -> [agency keys it could mean]
    below: list = field(default_factory=list)  # places whose subordinate agencies are meant (各区县)
    below_own: list = field(default_factory=list)  # the agencies those places' names are themselves
    below_answered: list = field(default_factory=list)  # [(place, agency key)]: its own report, none below it has one
    qualifiers: list = field(default_factory=list)  # places named only to say where an agency is
    renamed: list = field(default_factory=list)  # [(former name typed, agency key)]: 洪泽县 for 洪泽区
    settled: list = field(default_factory=list)  # [(name, agency key)]: several agencies fit, one by the year
    tabled: list = field(default_factory=list)  # [(name, agency key)]: several fit, one has the tables asked about
    unplaced: list = field(default_factory=list)  # [(name, agency key)]: a department without its place, one held
    unverified: list = field(default_factory=list)  # a province named around an agency, not in its reports


class AgencyIndex:
    """Every name of every agency in the archive, and which places contain which agencies."""

    def __init__(self, agencies, normalize):
        self.normalize = normalize
        normalize = lru_cache(maxsize=None)(normalize)  # each name once: places repeat across agencies
        self.owners = defaultdict(set)  # alias -> agency keys
        self.exact = {}  # an agency's own key -> itself (an exact name beats an alias of another)
        self.places = defaultdict(set)  # place name (淮安市, 淮安) -> agencies inside it
        self.parents = {}  # agency key -> its enclosing places
        self.department_words = {}  # agency key -> words of its name past its place (bureau, 发展和改革局)
        # … and in English, a kind of department by its English name ("health commission"), for a
        # question of each or which of them (kinds_asked)
        self.kinds_en = defaultdict(set)
        for agency in agencies:
            self.exact[normalize(agency.key)] = agency.key
            self.department_words[agency.key], department = _department_words(agency)
            if english := department_english(department):
                self.kinds_en[english.lower()].add(agency.key)
            self.parents[agency.key] = list(agency.parents)
            for alias in agency.aliases | _english_aliases(agency.key):
                if normalize(alias):
                    self.owners[normalize(alias)].add(agency.key)
            for place in agency.parents:
                self.places[normalize(place)].add(agency.key)
                for form in zone_forms(place):  # 东湖风景区 of 东湖生态旅游风景区
                    self.places[normalize(form)].add(agency.key)
                stem = _stem(place)
                if len(stem) >= 2:
                    self.places[normalize(stem)].add(agency.key)
                for name in _english_place(place):
                    self.places[name].add(agency.key)
        # A department named without its place ("市科委", "发改局"): the agencies it can mean.
        self.unplaced = defaultdict(set)
        for agency in agencies:
            for name in _unplaced_names(agency.key):
                if normalize(name) not in self.owners:
                    self.unplaced[normalize(name)].add(agency.key)
        # Names are found by the longest one at each position (a dictionary lookup per length),
        # which costs the same with ten agencies or a hundred thousand.
        self.names = set(self.owners) | set(self.places) | set(self.unplaced)
        self.lengths = sorted({len(n) for n in self.names}, reverse=True)

    def kinds_asked(self, q: str):
        """(agency keys, span) of a kind of department an English question asks of each or which
        of ("Which health commission received the most requests…", "each transport bureau"), or
        None. (A Chinese one names it by its short name: 各卫健委, an unplaced name.)"""
        for m in _EACH_OF_A_KIND.finditer(q.lower()):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):
                kind = " ".join(words[:n])
                keys = self.kinds_en.get(kind) or self.kinds_en.get(re.sub(r"s$", "", kind))
                if keys and len(keys) > 1:
                    return sorted(keys), (m.start(1), m.start(1) + len(kind))
        return None

    def one_character_off(self, name: str) -> set:
        """Agencies named, or placed, as `name` but for one character (沐阳县 for 沭阳县)."""
        wanted = self.normalize(name)
        if len(wanted) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", wanted):
            return set()
        return {k for names in (self.owners, self.places) for known, keys in names.items()
                if len(known) == len(wanted) and sum(a != b for a, b in zip(known, wanted)) == 1 for k in keys}

    def _find(self, q: str):
        """(span, name) of the names in q, leftmost first, the longest at each place; a Latin
        name only as a whole word."""
        i = 0
        while i < len(q):
            for n in self.lengths:
                name = q[i:i + n]
                if len(name) == n and name in self.names and (not name.isascii() or (
                        not _latin(q[i - 1:i]) and not _latin(q[i + n:i + n + 1]))) \
                        and not (n == 2 and _across_words(q, i, name)):  # (开平 of 公开|平台: no place named)
                    yield (i, i + n), name
                    i += n
                    break
            else:
                i += 1

    def match(self, q: str) -> AgencyMatch:
        result = AgencyMatch()
        found = []  # (span, name, agency keys or None, place agencies or None)
        for span, name in self._find(q):
            exact = self.exact.get(name)
            owners = {exact} if exact else set(self.owners.get(name, ()))
            if not owners and name in self.unplaced and found and q[found[-1][0][1]:span[0]].strip() in ("", "的"):
                # 淮安市发改局: the department of the place just named, which the archive does not
                # hold (沭阳县发改局 is another place's): one unknown name, never the other's figures;
                # unless the place has a department the name shortens (永川区大数据局: its
                # 大数据应用发展管理局, though 烟台市大数据局 is the archive's 大数据局)
                (start, _), before, _, inside = found.pop()
                # (or names it whole, after a form of the place no alias holds: 净月高新区教育局)
                shortened = {key for key in inside if any(
                    name == word or shortens(name, word) for word in self.department_words.get(key, ()) if not word.isascii())}
                found.append(((start, span[1]), before + name, shortened if len(shortened) == 1 else set(), set()))
                continue
            if not owners and name in self.unplaced and _after_place(q, span[0], name):
                continue  # 沭阳县发展和改革局 with 沭阳县 not held: a place's department, not a name alone
            found.append((span, name, owners, set(self.places.get(name, ()))))
        chosen = set()
        named_at = {}  # agency key -> where the question names it
        consumed = 0  # where the words of a department named after its place end
        for i, (span, name, owners, inside) in enumerate(found):
            if span[0] < consumed:
                # a name among those words ("the Yunnan radio and television administration": not the
                # national Radio and Television Administration too)
                continue
            following = q[span[1]:span[1] + 16]  # room for "'s departments"
            if inside and (not owners or _BELOW_RE.match(following)) and _BELOW_RE.match(following):
                result.below.append(name)  # 淮安市各区县: the agencies inside it
                result.below_own.extend(sorted(owners))
                chosen |= inside
                result.spans.append((span[0], span[1] + _BELOW_RE.match(following).end()))
                continue
            alone = all(other[1] == name for other in found)  # no place or agency named beside it
            national = q[max(span[0] - 2, 0):span[0]] == "国家"  # 国家林草局: no place's 林草局
            if not owners and not inside and name in self.unplaced and alone and not national and \
                    not (name in _NATIONAL_ONLY and not _nothing_places(q, span[0])):
                # "市科委" with no place: the one the archive holds (said in the answer), or which one
                keys = sorted(self.unplaced[name])
                if len(keys) > 1:
                    result.ambiguous[name] = keys
                else:
                    chosen.add(keys[0])
                    result.unplaced.append((name, keys[0]))
                result.spans.append(span)
                continue
            if not owners and not inside and name in self.unplaced and any(
                    set(self.unplaced[name]) & other[2] for j, other in enumerate(found) if j != i):
                # the department of an agency the question names, named again without its place
                # ("抚远市教育局…在教育局微信公众号发布…"): that agency, not another 教育局 asked for
                result.spans.append(span)
                continue
            if not owners:
                # a place the archive knows only as the home of some agencies (上海市 of 上海市科委)
                nxt = found[i + 1] if i + 1 < len(found) else None
                if nxt and nxt[0][0] - span[1] <= 1 and nxt[2] & inside and not _joined(q, span, nxt[0]):
                    result.qualifiers.append(name)  # 淮安市洪泽区: says where 洪泽区 is
                    result.spans.append(span)
                    continue
            # the words right after the name say which agency: "the Shuyang bureau", "Pingtan local
            # tax bureau" (a department of the place the name is, by words of its own name), or
            # 平潭实验区 (the rest of one of the agencies' names the name may be)
            named = self._department_after(q, span[1], inside, name) if inside else None
            if named is None and len(owners) > 1:
                named = self._rest_of_name(q, span[1], name, owners)
            if named:
                key, end = named
                chosen.add(key)
                named_at.setdefault(key, (span[0], end))
                result.spans.append((span[0], end))
                consumed = end
                continue
            if not owners and (chosen & inside or any(other[2] & inside and not _joined(q, span, other[0])
                                                      for j, other in enumerate(found) if j != i)):
                # the place of an agency the question names elsewhere ("清水县农业农村局…通过爱清水APP"),
                # or has named before it ("the Tieling … bureau … with the Tieling Daily", a newspaper
                # named after the place): it says no more than that agency's name does
                result.spans.append(span)
                continue
            if not owners and name in self.unplaced and national and any(
                    other[2] for j, other in enumerate(found) if j != i):
                # a national body named beside an agency the archive holds ("甘肃省林草局2023年国家林草局
                # 转发了多少条信息"): what that agency's report speaks of, not another report asked for
                continue
            if not owners and (_quoted(q, span) or _inside_an_account(q, span)):
                # a place inside the name of an account or a document ("“美丽深圳”微信公众号"): what is
                # counted is named so, no report of that place is asked for; its words stay the question's
                continue
            if not owners:
                result.unknown.append(name)
                result.spans.append(span)
                continue
            if len(owners) > 1:
                result.ambiguous[name] = sorted(owners)
                result.spans.append(span)
                continue
            result.spans.append(span)
            chosen |= owners
            key = next(iter(owners))
            named_at.setdefault(key, span)
            if name.endswith("县") and key.endswith("区") and name[:-1] == key[:-1]:
                result.renamed.append((name, key))  # a county that has since become a district
        # the most specific wins: a matched agency that is the parent of another matched one
        # (淮安市 in 淮安市洪泽区) only says where that one is, unless a conjunction joins the
        # two (淮安市和洪泽区: both are asked about)
        for key in list(chosen):
            for other in chosen:
                if other != key and self._is_inside(other, key) and not result.below and \
                        not _joined(q, named_at.get(key), named_at.get(other)):
                    chosen.discard(key)
                    result.qualifiers.append(key)
                    break
        result.keys = sorted(chosen)
        return result

    def _department_after(self, q: str, end: int, inside, place: str = ""):
        """(agency key, end of its words) when the words right after a place name one of the
        archive's departments there by a word of its own name ("Shuyang bureau", "Shanghai
        science commission", 上海 followed by 委员会), and only one."""
        after = q[end:end + 60]
        # municipal science and technology commission; county's health commission; culture, tourism
        # and sports bureau (a name that lists what it does, with commas)
        # (and a plural's possessive: "the Yi'an district disabled persons' federation")
        # (a word may be hyphenated: "the Tancheng high-tech electronics industrial park")
        english = re.match(r"(?:'s)?((?:,?\s+[a-z]+(?:-[a-z]+)*(?:'s|')?){1,8})", after)
        chinese = re.match(r"([\u4e00-\u9fff]{2,8})", after)
        fits = []
        for key in inside:
            words = self.department_words.get(key, set())
            if english:
                said = [w.strip(",").removesuffix("'s") for w in english.group(1).split()]

                chinese_name = next((w for w in words if not w.isascii()), "")
                # two words whose dictionary sense together its Chinese name prints ("animal
                # husbandry": 畜牧 of 畜牧业管理局, which neither word alone has)
                paired = {w for a, b in zip(said, said[1:]) if _names_in_chinese(f"{a} {b}", chinese_name)
                          for w in (a, b)}

                def of_name(w):
                    # a word of its name, or its start ("tax" of "taxation"); a word whose
                    # dictionary sense its Chinese name prints (development: 发展 of
                    # 同城化发展工作局); its pinyin (tongcheng: 同城)
                    return (w in words or w in paired
                            or (len(w) >= 3 and any(n.startswith(w) for n in words if n.isascii()))
                            or _names_in_chinese(w, chinese_name))

                # the words up to the last one that belongs to the department's name, each of them
                # its own ("Pingtan's finance bureau" is not its tax bureau); or, for a name
                # English has no fixed form of, more of them its own than not, one of them more
                # than its kind ("Ziyang integration development bureau")
                # (the longest run of its own words if there is one: "Kaiping's transport bureau
                # promote transport policies" names the bureau, not a bureau "promote transport")
                def names_it(words):  # (whether they name it, whether every word is its own)
                    named = [w for w in words if w not in _NAME_FILLER]
                    own = [w for w in named if of_name(w)]
                    whole = len(own) == len(named)
                    return whole or (any(w not in _KINDS for w in own) and 2 * len(own) > len(named)), whole

                runs = [i for i, w in enumerate(said) if of_name(w) and names_it(said[:i + 1])[0]]
                # a run that ends with its kind ends its name too, a word English has no fixed form
                # of inside it ("Rongcheng Administrative Approval Service Bureau": approval, 审批)
                last = max([i for i in runs if said[i] in _KINDS or names_it(said[:i + 1])[1]] or runs, default=None)
                if last is not None:
                    fits.append((key, end + _end_of(english.group(0), said[last]), names_it(said[:last + 1])[1]))
                    continue
            if chinese:
                run = chinese.group(1)
                n = next((n for n in range(len(run), 1, -1)
                          if any(run[:n] in w or shortens(run[:n], w) for w in words if len(w) > 2)), 0)
                # and on over the characters that shorten the rest of its name ("重庆药品监管微信公众号":
                # 药品监管 of 药品监督管理局, not 药品监 and a word 管微信)
                n = max([_shortened_on(run, n, w) for w in words if n and len(w) > 2 and run[:n] in w] or [n])
                if n:
                    fits.append((key, end + n, True))
        # every word said its own wins over most of them ("medical security bureau": the medical
        # security administration, not the public security bureau)
        whole = [fit for fit in fits if fit[2]]
        fits = whole or fits
        # the one that more of the words name ("the Qingxi housing administration": the housing
        # administration bureau, not the housing and urban-rural development bureau)
        furthest = max((end for _, end, _ in fits), default=None)
        fits = [fit for fit in fits if fit[1] == furthest]
        if len(fits) > 1 and place:
            # the place's own department over the same department of a place inside it ("Hangzhou's
            # investment promotion bureau": 杭州市's, not 杭州市西湖区's)
            own = [fit for fit in fits if self._placed_in(fit[0], place)]
            fits = own if len(own) == 1 else fits
        return fits[0][:2] if len(fits) == 1 else None

    def _placed_in(self, key, place) -> bool:
        """Whether the place named is the agency's own, its innermost (not one it lies inside)."""
        parents = self.parents.get(key, ())
        if not parents:
            return False
        wanted, last = self.normalize(place), self.normalize(parents[-1])
        return wanted in (last, _stem(last)) or wanted in _english_place(parents[-1])

    @staticmethod
    def _rest_of_name(q: str, end: int, name: str, owners):
        """(agency key, end of its words) when the Chinese words right after a name several
        agencies share are a piece of the rest of one owner's full name only, as a shortened
        name writes it ("平潭实验区" for 平潭综合实验区, not 平潭县); else None."""
        run = re.match(r"[\u4e00-\u9fff]{2,8}", q[end:end + 8])
        if not run:
            return None
        best = {}
        for key in owners:
            tail = key[key.find(name) + len(name):] if name in key else ""
            n = next((n for n in range(len(run.group(0)), 1, -1) if run.group(0)[:n] in tail), 0)
            if n:
                best[key] = n
        if len(best) != 1:
            return None
        (key, n), = best.items()
        return key, end + n

    def _is_inside(self, agency, place_agency) -> bool:
        place = self.normalize(place_agency)
        return any(self.normalize(p) == place or _stem(self.normalize(p)) == _stem(place)
                   for p in self.parents.get(agency, ()))


# Words of an English department name that say nothing about which department it is.
_NAME_FILLER = frozenset("and of the for city county district township town province people's government municipal "
                         "provincial prefectural comprehensive experimental zone area region autonomous".split())


# The English words of a department's kind (and their variants): one alone does not say which
_KINDS = frozenset(english.lower() for _, english in DEPARTMENT_KINDS) | {"committee", "centre"}


def _names_in_chinese(word: str, chinese: str) -> bool:
    """Whether an English word names part of a department's Chinese name: a dictionary sense of
    it (two characters or more) the name prints, or its pinyin, two syllables or more."""
    from indexer.agencies import _pinyin
    from .translate import english_words, word_forms

    if not chinese or len(word) < 3:
        return False
    senses = english_words()
    # (a sense with a suffix the name does without: "animal husbandry", 畜牧业, is 畜牧 of 畜牧兽医局)
    if any(len(t) >= 2 and (t in chinese or (len(t) == 3 and t[-1] in "业学性化类" and t[:2] in chinese))
           for form in word_forms(word) for t in senses.get(form, ())):
        return True
    return len(word) >= 5 and any(_pinyin(chinese[i:j]) == word
                                  for i in range(len(chinese)) for j in range(i + 2, min(len(chinese), i + 5) + 1))


def _shortened_on(run: str, n: int, name: str) -> int:
    """How far a run of characters whose first n are in a name goes on in the name's order."""
    rest = iter(name[name.index(run[:n]) + n:])
    while n < len(run) and run[n] in rest:
        n += 1
    return n


def _department_words(agency) -> tuple:
    """The words of a department's name past its place: English words (bureau, reform,
    commission) and its Chinese name past the place (发展和改革局); none for a government. With
    them, the department (发展和改革局; "" for a government), parsed once here for the index."""
    words = set()
    stem = agency.key
    for parent in sorted(agency.parents, key=len, reverse=True):
        for place in (parent, _stem(parent)):
            if place and stem.startswith(place):
                stem = stem[len(place):]
                break
    if stem == agency.key or not stem or stem.endswith(("人民政府", "政府")):
        return words, ""
    words.add(stem)
    english = agency.name_en.lower().split()
    place_words = {w for p in agency.parents for n in _not_pinyin(p) for w in n.split()}
    words |= {w for w in english[1:] if w not in _NAME_FILLER and w not in place_words}
    # the kind its Chinese name ends with, as English says it, whatever its English name says
    # (市场监督管理局 is the Administration for Market Regulation, and a market regulation bureau)
    words |= {kind_en.lower() for kind, kind_en in DEPARTMENT_KINDS if stem.endswith(kind)}
    department = parse_agency(agency.key).department
    branch_of = bureau_branch(department)  # a bureau's branch (公安局龙华分局): what else the bureau is called
    words |= set(department_other_words(branch_of[0] if branch_of else department))
    # its abbreviations (住建局), and without their kind (住建: "江门住建微信公众号")
    short = department_abbreviations(department)
    return words | short | {abbr[:-1] for abbr in short if len(abbr) >= 3}, department


def _end_of(text: str, word: str) -> int:
    """Where the last whole occurrence of `word` ends in `text` (a word may end in an
    apostrophe, "persons'", where \\b would find no end)."""
    return max(m.end() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text))


_CONJUNCTION_RE = re.compile(r"和|与|及|跟|同|、|或|对比|比较|相比|\band\b|\bor\b|&|\bvs\b|\bversus\b")


def _joined(q: str, a, b) -> bool:
    """Whether a conjunction stands between two names' spans (淮安市和洪泽区, Huai'an and Hongze)."""
    if not a or not b:
        return False
    (_, first_end), (second_start, _) = sorted([a, b])
    return bool(_CONJUNCTION_RE.search(q[first_end:second_start]))


_QUOTED_RE = re.compile(r"“[^”“]{1,30}”|《[^》《]{1,60}》|\"[^\"]{1,30}\"|「[^」]{1,30}」")


def _quoted(q: str, span) -> bool:
    """Whether a span lies inside quotation or book-title marks, with more of the quoted name
    around it than the place alone (“深圳” alone is still the place)."""
    return any(m.start() < span[0] and span[1] < m.end() and m.end() - m.start() - 2 > span[1] - span[0]
               for m in _QUOTED_RE.finditer(q))


def _latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()


def unknown_places(text: str, known, named: bool = False) -> list:
    """Place names in `text` (what is left of a question once known names are taken out) that
    the archive does not hold: 南京市, 北京市海淀区. Generic words (城区, 全市) are not places, nor a
    place inside a quoted name ("“美丽红州”微信公众号"), nor,
    in a question that `named` an agency the archive holds, a common word before a unit
    (二郎街道…通过区政府信息公开网站: 通过区 is no place; 前进区 asked alone is one)."""
    out = []
    for m in _PLACE_RE.finditer(text):
        stem, unit = m.group(1), m.group(2)
        # the shortest stem that is not generic: in "查询南京市" the place is 南京市
        for start in range(len(stem) - 1, -1, -1):
            candidate = stem[start:]
            if len(candidate) < 2:
                continue
            if candidate[0] == "个" and candidate[1:] in GENERIC_STEMS:
                break  # 多少个乡镇: a count of townships, no place (个旧市 is one)
            if candidate[-1] in "一二两三四五六七八九十各每全本该":
                # a count of units or a slogan's ("三县一区", "入选一县一品"), or each, every, the whole,
                # this one ("对各镇办…", "全县"): no place's name ends so
                break
            if candidate in GENERIC_STEMS or candidate[-1:] in "的和与及在了年是" or candidate[:1] in "的和与及在了年是哪各每":
                continue
            name = candidate + unit
            if name not in known and len(candidate) <= 4 and not _across_words(text, m.start(1) + start, name) \
                    and not _quoted(text, (m.start(1) + start, m.end())) \
                    and not (named and (_common_word(candidate, name) or _PLATFORM_AFTER.match(text, m.end()))):
                out.append(name)
            break
    return out


# What a place's name starts when it names a platform, not an agency: 湖北省政务服务网, 江苏省政府门户网站,
# 贵州省政务服务APP, 淮安日报 ("硚口区行政审批局在湖北省政务服务网发布政务服务事项多少项" asks the bureau's count)
_PLATFORM_AFTER = re.compile(r"(?:人民)?(?:政府)?(?:政务服务|政务|信息公开|门户|公共资源交易|数据开放)?"
                             r"(?:网(?!信)站?|平台|APP|app|客户端|公众号|微博|日报|电视台|广播电视台)")  # (网信办 is an office)


def _inside_an_account(q: str, span) -> bool:
    """Whether a place's name is inside the name of an account, unquoted: words before it and a
    platform after it ("美丽天津微博2025年发布信息多少条": the commission's account “美丽天津”, no
    report of 天津 asked)."""
    before = q[span[0] - 1:span[0]]
    return bool(re.fullmatch(r"[\u4e00-\u9fff]", before)) and before not in "在的和与及年从向对给为" \
        and bool(_PLATFORM_AFTER.match(q, span[1]))


def _common_word(stem: str, name: str) -> bool:
    """Whether a place's stem is a common word, no place's (通过 of "通过区政府信息公开网站"): a
    headword of the dictionary no proper noun spells, and the name with its unit no headword
    (和平区 is one)."""
    from indexer.terms import headwords

    from .translate import proper_words

    words = headwords()
    return stem in words and name not in words and stem not in proper_words()


def _across_words(text: str, at: int, name: str) -> bool:
    """Whether a name found at `at` is words' pieces: its first character ends a word that
    began before it, and the rest is a word (召开|景区 of 召开景区, not a place 开景区) or its unit
    starts one (活动|让|市民 of 举办活动让市民参观, not a place 动让市; 公开|平台 of a two-character name
    开平, found in "在政府信息公开平台发布…" once 开平市's bureau is in the archive)."""
    from indexer.terms import headwords

    words = headwords()
    end = at + len(name)
    # (or a one-character place's name with a character of the word before it: 布|红州 of 发布红州乡镇…)
    return at > 0 and text[at - 1:at + 1] in words and (name[1:] in words or text[end - 1:end + 1] in words
                                                          or len(name) == 3)


def _after_place(q: str, start: int, name: str) -> bool:
    """Whether a department name found at `start` follows a place name (沭阳县 of 沭阳县发展和改革局,
    whose 县 the found name 县发展和改革局 may have taken)."""
    end = start + 1 if name[:1] in UNITS else start
    return any(m.end() == end and m.group(1)[-2:] not in GENERIC_STEMS for m in _PLACE_RE.finditer(q[:end]))


def _unplaced_names(key: str) -> set:
    """A department's names without its place: 科学技术委员会, 科委, and with its place's level,
    市科委, 市科学技术委员会. None for a government (洪泽区 is its place)."""
    parsed = parse_agency(key)
    national = state_council_department(key)  # the State Council's commission is one 国资委 too
    if not national and (not parsed.department or not parsed.places):
        return set(NATIONAL_UNPLACED.get(key, ()))
    department = national or parsed.department
    level = "" if national else next((u for u in _UNITS_LONGEST_FIRST if parsed.places[-1].endswith(u)), "")
    names = {department} | {abbr for abbr, full in ABBREVIATIONS.items() if full == department}
    # and in English, a name of its own words ("the Cuishan Lake management committee")
    return names | {level + n for n in names if level} | own_english_names(department)


# the names a national body goes by that a place's body goes by after its place (合肥海关, Hefei customs)
_NATIONAL_ONLY = frozenset(name for names in NATIONAL_UNPLACED.values() for name in names)
_NOT_A_PLACE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff\w]|[年的和与及]|中国|全国|国家|\b(?:the|china|chinese|of|by|and|"
                                 r"or|in|is|was|are|were|does|did|do|how|what|why|where|when|which|has|have|had|"
                                 r"many|much|its|their|our|from|to|at|on|with|for|all|each|every|any))$", re.I)


def _nothing_places(q: str, start: int) -> bool:
    """Whether what stands right before a name is no place it may be the body of (the question's start,
    a year, "the", "how does"; not 合肥 of 合肥海关, nor "Hefei" of "Hefei customs")."""
    return bool(_NOT_A_PLACE_BEFORE.search(q[:start].rstrip()))


def _stem(place: str, peoples: bool = False) -> str:
    """A place without its unit: 新疆 of 新疆维吾尔自治区 (Xinjiang), as the indexer's stem is, or with
    `peoples` the name before the unit, its peoples' names too (新疆维吾尔)."""
    from indexer.agencies import autonomous

    ethnic = None if peoples else autonomous(place)
    if ethnic:
        return ethnic[0]
    for unit in _UNITS_LONGEST_FIRST:
        if place.endswith(unit) and len(place) - len(unit) >= 2:
            return place[: -len(unit)]
    return place


@lru_cache(maxsize=65536)
def _english_place(place: str) -> list:
    """A place's English names: its pinyin (with the apostrophe, Huai'an), its characters'
    other readings (盐都: yandu as well as pypinyin's yandou), and the names English gives it
    that are not pinyin (内蒙古: Inner Mongolia; 哈尔滨: Harbin; 陕西: Shaanxi)."""
    from indexer.agencies import UNIT_EN, _apostrophe_pinyin, _one_character_place, _pinyin, _readings

    stem = _stem(place)
    # a place of one character and its unit (代县, 泾县) by its English name too: "Dai County's …"
    short = _one_character_place(place)
    whole = [f"{_pinyin(short[0])} {UNIT_EN[short[1]]}".lower()] if short else []
    # and with its unit, as a department after it is named ("the Xing'an League foreign affairs office")
    unit = place[len(stem):]
    whole += [f"{name} {UNIT_EN[unit]}".lower() for name in (*_readings(stem), _apostrophe_pinyin(stem))
              if unit in UNIT_EN]
    # a new town as English names it (河西新城区: Hexi New Town)
    new_town = [f"{_pinyin(stem[:-2])} new town".lower()] if stem.endswith("新城") and len(stem) > 3 else []
    return sorted({*_readings(stem), _apostrophe_pinyin(stem), *_not_pinyin(place), *whole, *new_town})


def _not_pinyin(place: str) -> list:
    """The dictionary's English names of a place or its stem, lower case."""
    from .translate import english_names

    return [n.lower() for n in dict.fromkeys(english_names(place) + english_names(_stem(place)))]


def english_display(key: str, english: str) -> str:
    """An agency's English name with its place as English writes it where that is not its
    pinyin: Harbin City (the indexer's pinyin gives Haerbin City), Inner Mongolia Administration
    for Market Regulation."""
    from indexer.agencies import _pinyin

    from .translate import english_name

    parsed = parse_agency(key)
    if not parsed.places:
        return english
    place = parsed.places[-1]
    # (an autonomous region's English name is its stem's pinyin already: Xinjiang, Guangxi)
    name = english_name(place) or english_name(_stem(place, peoples=True))
    spelled = _pinyin(_stem(place, peoples=True)).title()
    return name + english[len(spelled):] if name and english.startswith(spelled) else english


def _english_aliases(key: str) -> set:
    """A government's English names that are not pinyin, alone and with its unit ("Harbin",
    "Harbin City", "Inner Mongolia Autonomous Region"). A department is found by its place's
    names (AgencyIndex.places) and the words of its own that follow them."""
    parsed = parse_agency(key)
    if parsed.department or not parsed.places:
        return set()
    place = parsed.places[-1]
    # its unit however short its stem (朗县: Nang County), unlike agencies._unit
    unit = next((u for u in _UNITS_LONGEST_FIRST if place.endswith(u) and len(place) > len(u)), "")
    names = set(_not_pinyin(place))
    return names | {f"{n} {UNIT_EN[unit].lower()}" for n in names if unit in UNIT_EN}


