"""What the user reads about a damaged replica and a full disk, in English and in Chinese."""

from pathlib import Path

from app.errors import DiskFull, ReplicaDamaged
from app.recovery import Damage, Recovery
from ui import i18n
from ui.messages import error_text
from ui.recovery_notice import recovery_text

COPY = Path("/home/rep/.local/share/Outpost/replicas/crm-u1.damaged-2026-11-29-101500.sqlite3")


def test_the_notice_names_the_copy_and_what_was_kept():
    kept = recovery_text(Recovery(Damage("structure", "Page 3"), COPY, 2, True))
    assert str(COPY) in kept and "2 change" in kept and "No change was lost" in kept
    partial = recovery_text(Recovery(Damage("header", "bad"), COPY, 1, False))
    assert "could not be read from the damaged file are lost" in partial


def test_the_notice_and_the_messages_are_in_chinese():
    i18n.install("zh_CN")
    kept = recovery_text(Recovery(Damage("empty", "0 bytes"), COPY, 3, False))
    assert str(COPY) in kept
    assert "已从中保存 3 项尚未发送的更改" in kept and "已丢失" in kept
    assert error_text(DiskFull("The disk is full.")).startswith("磁盘已满")
    assert "已损坏" in error_text(ReplicaDamaged("damaged"))
