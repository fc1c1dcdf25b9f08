"""Duplicate check (客户查重): the normalised keys of a customer and when two customers are
probably the same one. Shared by the replica (the form while typing, import) and the server
(its check across the company, push), so both sides decide alike.

A key is `(tag, value)`: tags are `phone`, `reg`, `email`, `company` and `person`.

- `phone_key`: the national number's digits. "+86 138-0013-8000", "0086 138 0013 8000",
  "8613800138000" and "13800138000" are all `13800138000`; a landline keeps its area code
  without the trunk 0, so "(021) 6234-5678" and "+86 21 6234 5678" are both `2162345678`.
  Other countries' numbers keep their country code behind a `+`. Under 7 digits means nothing.
- `company_key`: NFKC, case-folded, without legal-form suffixes (有限公司, 股份有限公司, 集团,
  (中国), Co., Ltd., Inc., LLC, ...), spaces and punctuation. A branch (分公司) is kept apart:
  it is its own customer with its own registration number.
- `person_key`: the name in toneless pinyin, lower-case, without spaces (张伟, 張偉 and
  Zhang Wei are all `zhangwei`); a surname read as a surname (曾 is zeng).

Two customers are probable duplicates (`duplicate_reasons`) with the same registration number,
the same phone, companies with the same company key, or people with pinyin-equal names and a
phone in common. An e-mail address is kept as a key (an import may update by it) but is not a
reason on its own: a company's info@ mailbox is shared by many.
"""

import re
import unicodedata
from collections.abc import Callable, Container, Iterable
from enum import StrEnum
from functools import cache, lru_cache

Key = tuple[str, str]

PHONE = "phone"
REGISTRATION = "reg"
EMAIL = "email"
COMPANY = "company"
PERSON = "person"

LOOKUP_TAGS = (PHONE, REGISTRATION, COMPANY)
"""Tags a candidate can be found by alone: a person's name only counts with a phone, and every
such match is found through the phone too."""


class Reason(StrEnum):
    """Why two customers are probably one, strongest first."""

    REGISTRATION_NO = "registration_no"
    PHONE = "phone"
    COMPANY_NAME = "company_name"
    PERSON_NAME_AND_PHONE = "person_name_and_phone"


MIN_PHONE_DIGITS = 7
MIN_REGISTRATION = 5
MIN_NAME_KEY = 2
MAX_KEY = 200
"""Keys are cut to this length (the key tables' column): a 200-character name's pinyin is
longer, and no two customers differ only after that."""

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_NON_DIGITS = re.compile(r"\D+")
_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|x|转|分机)\s*\d+\s*$")

# Suffixes of legal form, matched case-folded at the end of a name (spaces and punctuation
# between words allowed), removed repeatedly: "Bluestone Group Co., Ltd." -> "bluestone".
_LATIN_SUFFIX = re.compile(
    r"""[\s,.]*(?:
        co[\s.,]*ltd | company[\s]+limited | co[\s.,]*limited | limited | ltd
      | incorporated | inc | llc | l\.l\.c | corporation | corp | company | co
      | group | holdings | gmbh | plc | s\.?a | ag
    )[\s.,]*$""",
    re.VERBOSE,
)
_HAN_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "股份公司",
    "集团公司",
    "公司",
    "集团",
    "中国",
)
# Parenthesised words that say nothing about which company: (中国), （集团）, (China).
_NOISE_BRACKETS = re.compile(r"\((?:中国|集团|china|group|控股)\)")

SURNAMES = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha",
    "朴": "piao", "覃": "qin", "盖": "ge", "乐": "yue", "翟": "zhai", "缪": "miao",
    "种": "chong", "秘": "bi", "繁": "po", "员": "yun", "召": "shao", "折": "she",
    "句": "gou", "长": "chang", "阚": "kan", "卜": "bu", "薄": "bo", "任": "ren",
    "华": "hua", "纪": "ji", "燕": "yan", "过": "guo", "都": "du",
}  # fmt: skip
"""Surnames read unlike the character's everyday reading (as app/search_keys.py: 曾 zeng)."""


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=8_192)
def phone_key(raw: str) -> str | None:
    """The national number's digits (see the module's notes), or None when too short."""
    text = (raw if raw.isascii() else _nfkc(raw)).strip()  # ASCII is NFKC already
    # An extension ("ext. 12", "转 12", "x12") is not part of the number.
    text = _EXTENSION.split(text)[0]
    digits = _NON_DIGITS.sub("", text)
    international = text.startswith("+") or digits.startswith("00")
    if digits.startswith("00"):
        digits = digits[2:]
    if international:
        if not digits.startswith("86"):
            return "+" + digits if len(digits) >= MIN_PHONE_DIGITS else None
        digits = digits[2:]
    elif len(digits) == 13 and digits.startswith("861"):
        digits = digits[2:]  # 8613800138000: a mobile with the country code, without the +
    if len(digits) >= 10 and digits.startswith("0"):
        digits = digits[1:]  # trunk prefix of an area code: 021 62345678 -> 2162345678
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def registration_key(raw: str | None) -> str | None:
    """A registration number (统一社会信用代码 or any other) upper-case without spaces or
    punctuation; None when empty or too short to identify anything."""
    if not raw:
        return None
    text = _NON_WORD.sub("", _nfkc(raw)).upper()
    return text if len(text) >= MIN_REGISTRATION else None


def email_key(raw: str | None) -> str | None:
    if not raw:
        return None
    text = _nfkc(raw).strip().casefold()
    return text if "@" in text and len(text) >= 3 else None


def company_key(name: str) -> str:
    """A company's name without its legal form, case, spaces or punctuation."""
    text = _nfkc(name).casefold().strip()
    text = _NOISE_BRACKETS.sub("", text.replace("（", "(").replace("）", ")"))
    while True:
        shorter = _LATIN_SUFFIX.sub("", text)
        if shorter == text or not _NON_WORD.sub("", shorter):
            break
        text = shorter
    text = _NON_WORD.sub("", text)
    stripped = True
    while stripped:
        stripped = False
        for suffix in _HAN_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                stripped = True
    return text


@cache
def _lazy_pinyin() -> Callable[..., list[str]]:
    from pypinyin import lazy_pinyin

    return lazy_pinyin


@cache
def _phrases() -> Container[str]:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


@lru_cache(maxsize=20_000)
def _char_pinyin(char: str) -> str:
    return "".join(_lazy_pinyin()(char))


def _pinyin_parts(text: str) -> list[str]:
    """`lazy_pinyin(text)`'s syllables, joined alike. pypinyin reads a text character by
    character unless a run of it is one of its phrases (重庆 chongqing), so a name without
    any phrase in it (most personal names) is read from a per-character cache: an import of
    100,000 people asks pypinyin about a few hundred characters, not 100,000 names."""
    phrases = _phrases()
    if any(
        text[start:stop] in phrases
        for start in range(len(text) - 1)
        for stop in range(start + 2, len(text) + 1)
    ):
        return _lazy_pinyin()(text)
    return [_char_pinyin(char) for char in text]


@lru_cache(maxsize=50_000)
def person_key(name: str) -> str:
    """A person's name as toneless pinyin, lower-case, without spaces or punctuation."""
    text = _NON_WORD.sub("", _nfkc(name).casefold())
    if not text:
        return ""
    if text.isascii():
        return text
    parts = _pinyin_parts(text)
    first = SURNAMES.get(text[0])
    if first is not None and parts:
        parts = [first, *parts[1:]]  # a Han character is one syllable of its own
    return "".join(parts).casefold()


def customer_keys(
    kind: str,
    name: str | None,
    phones: Iterable[str] = (),
    email: str | None = None,
    registration_no: str | None = None,
) -> frozenset[Key]:
    """Every key of a customer (`kind` is `person` or `company`)."""
    keys: set[Key] = set()
    for phone in phones:
        found = phone_key(phone)
        if found:
            keys.add((PHONE, found))
    reg = registration_key(registration_no)
    if reg:
        keys.add((REGISTRATION, reg))
    mail = email_key(email)
    if mail:
        keys.add((EMAIL, mail))
    if name and name.strip():
        if kind == "company":
            company = company_key(name)
            if len(company) >= MIN_NAME_KEY:
                keys.add((COMPANY, company))
        else:
            person = person_key(name)
            if len(person) >= MIN_NAME_KEY:
                keys.add((PERSON, person))
    return frozenset((tag, value[:MAX_KEY]) for tag, value in keys)


def _values(keys: frozenset[Key], tag: str) -> set[str]:
    return {value for key_tag, value in keys if key_tag == tag}


def duplicate_reasons(a: frozenset[Key], b: frozenset[Key]) -> tuple[Reason, ...]:
    """Why customers with keys `a` and `b` are probably one, strongest first; () if not."""
    common = a & b
    if not common:
        return ()
    tags = {tag for tag, _ in common}
    reasons: list[Reason] = []
    if REGISTRATION in tags:
        reasons.append(Reason.REGISTRATION_NO)
    if PHONE in tags:
        reasons.append(Reason.PHONE)
    if COMPANY in tags:
        reasons.append(Reason.COMPANY_NAME)
    if PERSON in tags and PHONE in tags:
        reasons.append(Reason.PERSON_NAME_AND_PHONE)
    return tuple(reasons)


def lookup_keys(keys: frozenset[Key]) -> frozenset[Key]:
    """The keys worth looking candidates up by (see LOOKUP_TAGS)."""
    return frozenset(key for key in keys if key[0] in LOOKUP_TAGS)


def mask_name(name: str) -> str:
    """What another owner's customer shows of its name: 张* , 蓝石**** , B********."""
    text = name.strip()
    if not text:
        return ""
    keep = 2 if len(text) >= 6 else 1
    return text[:keep] + "*" * min(len(text) - keep, 8)


def mask_phone(key: str) -> str:
    """138****8000: the first three and last four digits of a phone key."""
    digits = key.lstrip("+")
    if len(digits) < 8:
        return "*" * (len(digits) - 2) + digits[-2:]
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
