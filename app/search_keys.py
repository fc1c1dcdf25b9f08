"""Search keys of a customer, so a rep finds 张伟 by 张伟, zhangwei, zw or 0013.

Pinyin comes from pypinyin with its phrase context (重庆 is chongqing, not zhongqing), once
per distinct name: initials are the first letters of the same syllables. A first download
computes keys for every customer, so names without any phrase of pypinyin's dictionary in them
(most personal names) are read character by character from a cache: the same syllables
pypinyin gives, four times quicker.
"""

from collections.abc import Callable, Container, Iterable
from functools import cache, lru_cache


@cache
def _pypinyin() -> tuple[Callable[..., list[str]], Container[str]]:
    """pypinyin and its phrase dictionary, loaded on first use (~0.25 s of start-up saved)."""
    from pypinyin import lazy_pinyin
    from pypinyin.constants import PHRASES_DICT

    return lazy_pinyin, PHRASES_DICT


@lru_cache(maxsize=50_000)
def _pinyin(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of the Han characters in `name`, lower-case."""
    if _has_phrase(name):
        syllables = _pypinyin()[0](name, errors="ignore")
    else:
        syllables = [s for ch in name for s in _syllables(ch)]
    syllables = [s.lower() for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


@cache
def _syllables(char: str) -> list[str]:
    return _pypinyin()[0](char, errors="ignore")


def _has_phrase(name: str) -> bool:
    phrases = _pypinyin()[1]
    return any(
        name[start:stop] in phrases
        for start in range(len(name) - 1)
        for stop in range(start + 2, len(name) + 1)
    )


def warm(names: Iterable[str | None]) -> None:
    """Compute (and cache) the pinyin of `names` ahead of `customer_keys`, e.g. in another
    thread while a page of customers downloads."""
    for name in names:
        if name:
            _pinyin(name)


def customer_keys(name: str, phones: Iterable[str] = (), email: str | None = None) -> str:
    parts = [name.lower(), *_pinyin(name)]
    parts.extend("".join(ch for ch in phone if ch.isdigit()) for phone in phones)
    if email:
        parts.append(email.lower())
    return " ".join(p for p in dict.fromkeys(parts) if p)
