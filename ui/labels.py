"""Display names of enum values (tiers, statuses...), translated when shown."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "premium": QT_TRANSLATE_NOOP("Labels", "Premium"),
    "major": QT_TRANSLATE_NOOP("Labels", "Major"),
    "ordinary": QT_TRANSLATE_NOOP("Labels", "Ordinary"),
    "restricted": QT_TRANSLATE_NOOP("Labels", "Restricted"),
    "potential": QT_TRANSLATE_NOOP("Labels", "Potential"),
    "lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "dormant": QT_TRANSLATE_NOOP("Labels", "Dormant"),
    "churned": QT_TRANSLATE_NOOP("Labels", "Churned"),
}


def label(value: str | None) -> str:
    if value is None:
        return ""
    source = _LABELS.get(value)
    return QCoreApplication.translate("Labels", source) if source else value
