"""Search and sort keys of names, so a rep finds 张伟 by 张伟, zhangwei, zw or 0013, and lists
put 安 before 白 before 陈 as Chinese readers expect.

Pinyin comes from pypinyin with its phrase context (重庆 is chongqing, not zhongqing), once
per distinct name, with tone numbers (zhang1) for sorting; search uses the syllables without
them and their first letters. A first download computes keys for every customer, so names
without any phrase of pypinyin's dictionary in them (most personal names) are read character
by character from a cache: the same syllables pypinyin gives, four times quicker.

People's names start with a surname, and some surnames are read differently from the same
character elsewhere: 曾 is zeng (not ceng), 单 shan, 解 xie, 区 ou, 朴 piao. For people
(`person=True`) the surname's reading decides the order and is searchable besides the
everyday one.
"""

import re
import unicodedata
from collections.abc import Callable, Container, Iterable
from functools import cache, lru_cache

# Han characters: CJK unified ideographs (basic, extension A, B-F) and compatibility ones.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]+")
_TONE = re.compile(r"\d")
HAN_MARK = "~"
"""Starts each Han character's part of a sort key: after every ASCII letter and digit, so
names in Latin letters come first (as in Windows, ICU's zh collation and Excel), then names
in Chinese by pinyin."""

SURNAMES = {
    "曾": "zeng1", "单": "shan4", "解": "xie4", "仇": "qiu2", "区": "ou1", "查": "zha1",
    "朴": "piao2", "覃": "qin2", "盖": "ge3", "乐": "yue4", "翟": "zhai2", "缪": "miao4",
    "种": "chong2", "秘": "bi4", "繁": "po2", "员": "yun4", "召": "shao4", "折": "she2",
    "句": "gou1", "长": "chang2", "阚": "kan4", "卜": "bu3", "薄": "bo2", "任": "ren2",
    "华": "hua4", "纪": "ji3", "燕": "yan1", "过": "guo1", "都": "du1",
}  # fmt: skip
"""Surnames whose reading differs from pypinyin's everyday reading of the character
(《现代汉语词典》; checked against pypinyin 0.55: every entry differs)."""

Readings = tuple[str | None, ...]


@cache
def _pypinyin() -> tuple[Callable[..., list[str]], Container[str]]:
    """pypinyin and its phrase dictionary, loaded on first use (~0.25 s of start-up saved)."""
    from pypinyin import lazy_pinyin
    from pypinyin.constants import PHRASES_DICT

    return lazy_pinyin, PHRASES_DICT


def _tone3(text: str) -> list[str]:
    from pypinyin import Style

    return _pypinyin()[0](text, style=Style.TONE3, neutral_tone_with_five=True)


@cache
def _syllable(char: str) -> str | None:
    found = _tone3(char)
    syllable = found[0].lower() if len(found) == 1 else ""
    return syllable if syllable.isascii() and syllable.isalnum() else None


def _has_phrase(text: str) -> bool:
    phrases = _pypinyin()[1]
    return any(
        text[start:stop] in phrases
        for start in range(len(text) - 1)
        for stop in range(start + 2, len(text) + 1)
    )


@lru_cache(maxsize=50_000)
def _readings(name: str) -> Readings:
    """Each character's pinyin with its tone number (zhang1; the neutral tone is 5), or None
    for a character that is not Han or has no reading."""
    out: list[str | None] = [None] * len(name)
    for run in _HAN.finditer(name):
        out[run.start() : run.end()] = _run_readings(run.group())
    return tuple(out)


@lru_cache(maxsize=50_000)
def _run_readings(text: str) -> Readings:
    """`_readings` of one run of Han characters. Each run is read on its own, so names that
    share runs share the work: an import of 100,000 companies named 蓝石制造123有限公司 asks
    pypinyin about a few dozen runs, not about 100,000 names."""
    if _has_phrase(text):
        found = [s.lower() for s in _tone3(text)]
        if len(found) == len(text):
            return tuple(s if s.isascii() and s.isalnum() else None for s in found)
    return tuple(_syllable(ch) for ch in text)


def _person(name: str, readings: Readings) -> Readings:
    """`readings` with the first character read as a surname, where that differs."""
    surname = SURNAMES.get(name[:1])
    if surname is None or not readings or readings[0] is None:
        return readings
    return (surname, *readings[1:])


def _normal(name: str) -> str:
    """Full-width letters and digits (ＡＢＣ１２３) as ASCII, outer spaces dropped."""
    return unicodedata.normalize("NFKC", name).strip()


@cache
def _toneless(syllable: str) -> str:
    return _TONE.sub("", syllable)


def _spelled(readings: Readings) -> tuple[str, str]:
    syllables = [_toneless(s) for s in readings if s]
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def _pinyin(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of the Han characters in `name`, lower-case."""
    return _spelled(_readings(name))


def warm(names: Iterable[str | None]) -> None:
    """Compute (and cache) the pinyin of `names` ahead of `customer_keys` and `sort_key`, e.g.
    in another thread while a page of customers downloads."""
    for name in names:
        if name:
            _readings(_normal(name))


def sort_key(name: str | None, *, person: bool = False) -> str:
    """A text that sorts names as a Chinese reader expects, compared as plain text (SQLite's
    BINARY collation, Python's `<`): Latin letters and digits case-insensitively first, then
    Han characters by pinyin, tone (1-4, neutral last), then character, one character at a
    time, so 西安 (xi an) comes before 先 (xian) and 张伟 before 张伟春 before 章.

    Each Han character becomes HAN_MARK + syllable + tone digit + the character: the digit
    ends the syllable, so `xi1西` < `xian1先`."""
    if not name:
        return ""
    text = _normal(name)
    readings = _readings(text)
    if person:
        readings = _person(text, readings)
    return "".join(
        f"{HAN_MARK}{reading}{char}" if reading else char.casefold()
        for char, reading in zip(text, readings, strict=True)
    )


def customer_keys(
    name: str, phones: Iterable[str] = (), email: str | None = None, *, person: bool = False
) -> str:
    """Everything a search may match, space-separated: the name, its full pinyin and
    initials (also as a surname reads, for people), phone digits, e-mail."""
    text = _normal(name)
    readings = _readings(text)
    parts = [text.lower(), *_spelled(readings)]
    if person:
        as_person = _person(text, readings)
        if as_person is not readings:  # else the same spelling again
            parts.extend(_spelled(as_person))
    parts.extend("".join(ch for ch in phone if ch.isdigit()) for phone in phones)
    if email:
        parts.append(email.lower())
    return " ".join(p for p in dict.fromkeys(parts) if p)
