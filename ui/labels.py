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
    # interactions and tasks
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "message": QT_TRANSLATE_NOOP("Labels", "Message"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "todo": QT_TRANSLATE_NOOP("Labels", "To-do"),
    # opportunity stages
    "prospecting": QT_TRANSLATE_NOOP("Labels", "Prospecting"),
    "qualification": QT_TRANSLATE_NOOP("Labels", "Qualification"),
    "proposal": QT_TRANSLATE_NOOP("Labels", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("Labels", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("Labels", "Won"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    # service requests
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "inquiry": QT_TRANSLATE_NOOP("Labels", "Inquiry"),
    "repair": QT_TRANSLATE_NOOP("Labels", "Repair"),
    "request": QT_TRANSLATE_NOOP("Labels", "Request"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    # relations
    "spouse": QT_TRANSLATE_NOOP("Labels", "Spouse"),
    "child": QT_TRANSLATE_NOOP("Labels", "Child"),
    "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
    "sibling": QT_TRANSLATE_NOOP("Labels", "Sibling"),
    "relative": QT_TRANSLATE_NOOP("Labels", "Relative"),
    "household": QT_TRANSLATE_NOOP("Labels", "Household"),
    "colleague": QT_TRANSLATE_NOOP("Labels", "Colleague"),
    "employer": QT_TRANSLATE_NOOP("Labels", "Employer"),
    "employee": QT_TRANSLATE_NOOP("Labels", "Employee"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
    "referrer": QT_TRANSLATE_NOOP("Labels", "Referrer"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # entities
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "relation": QT_TRANSLATE_NOOP("Labels", "Relation"),
    "interaction": QT_TRANSLATE_NOOP("Labels", "Interaction"),
    "opportunity": QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    "task": QT_TRANSLATE_NOOP("Labels", "Task"),
    "service_request": QT_TRANSLATE_NOOP("Labels", "Service request"),
}


def label(value: str | None) -> str:
    if value is None:
        return ""
    source = _LABELS.get(value)
    return QCoreApplication.translate("Labels", source) if source else value
