"""Search keys of a customer, so a rep finds 张伟 by 张伟, zhangwei, zw or 0013.

Pinyin comes from pypinyin; keys are lower-case and separated by a space.
"""

from collections.abc import Iterable

from pypinyin import Style, lazy_pinyin


def customer_keys(name: str, phones: Iterable[str] = (), email: str | None = None) -> str:
    syllables = [s.lower() for s in lazy_pinyin(name, errors="ignore")]
    parts = [name.lower()]
    if syllables:
        parts.append("".join(syllables))
        parts.append("".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")).lower())
    parts.extend("".join(ch for ch in phone if ch.isdigit()) for phone in phones)
    if email:
        parts.append(email.lower())
    return " ".join(p for p in dict.fromkeys(parts) if p)
