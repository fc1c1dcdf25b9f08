"""Contacts to vCard 3.0 (RFC 2426; escaping as RFC 6350 keeps it), UTF-8, one card each."""

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .files import written
from .text_lines import content, escape, fold, utc_stamp

_CJK = re.compile(r"^[\u3400-\u9fff]{2,4}$")
# Two-character surnames among the common ones; other Chinese names take one character.
_DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")


def name_parts(name: str) -> tuple[str, str]:
    """(family, given): 张伟 -> (张, 伟), 欧阳娜娜 -> (欧阳, 娜娜), John Smith -> (Smith, John);
    one word stays the family name."""
    name = name.strip()
    if _CJK.match(name):
        cut = 2 if name.startswith(_DOUBLE_SURNAMES) and len(name) > 2 else 1
        return name[:cut], name[cut:]
    words = name.split()
    if len(words) > 1:
        return words[-1], " ".join(words[:-1])
    return name, ""


def is_mobile(phone: str) -> bool:
    """A mainland mobile number (11 digits from 1, with or without +86)."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return len(digits) == 11 and digits.startswith("1")


def card(contact: Mapping[str, Any], organisation: str | None = None) -> str:
    name = str(contact.get("name") or "").strip()
    family, given = name_parts(name)
    lines = [
        "BEGIN:VCARD\r\n",
        "VERSION:3.0\r\n",
        content("FN", name),
        fold(f"N:{escape(family)};{escape(given)};;;"),
    ]
    if organisation:
        lines.append(content("ORG", organisation))
    if contact.get("title"):
        lines.append(content("TITLE", str(contact["title"])))
    for phone in contact.get("phones") or []:
        kind = "CELL" if is_mobile(phone) else "WORK,VOICE"
        lines.append(fold(f"TEL;TYPE={kind}:{escape(str(phone))}"))
    if contact.get("email"):
        lines.append(fold(f"EMAIL;TYPE=INTERNET:{escape(str(contact['email']))}"))
    if contact.get("notes"):
        lines.append(content("NOTE", str(contact["notes"])))
    if contact.get("id"):
        lines.append(content("UID", str(contact["id"])))
    if contact.get("updated_at"):
        lines.append(content("REV", utc_stamp(contact["updated_at"]), raw=True))
    lines.append("END:VCARD\r\n")
    return "".join(lines)


def write_vcards(
    path: Path, contacts: Iterable[Mapping[str, Any]], organisation: str | None = None
) -> int:
    """The contacts as one .vcf file (what phones and Outlook import); how many."""
    count = 0
    with written(path) as part, part.open("w", encoding="utf-8", newline="") as out:
        for contact in contacts:
            out.write(card(contact, organisation))
            count += 1
    return count
