"""Search keys of a customer, so a rep finds 张伟 by 张伟, zhangwei, zw or 0013.

Pinyin comes from pypinyin with its phrase context (重庆 is chongqing, not zhongqing), once
per distinct name: initials are the first letters of the same syllables.
"""

from collections.abc import Iterable
from functools import lru_cache

from pypinyin import lazy_pinyin


@lru_cache(maxsize=50_000)
def _pinyin(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of the Han characters in `name`, lower-case."""
    syllables = [s.lower() for s in lazy_pinyin(name, errors="ignore") if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def customer_keys(name: str, phones: Iterable[str] = (), email: str | None = None) -> str:
    parts = [name.lower(), *_pinyin(name)]
    parts.extend("".join(ch for ch in phone if ch.isdigit()) for phone in phones)
    if email:
        parts.append(email.lower())
    return " ".join(p for p in dict.fromkeys(parts) if p)
