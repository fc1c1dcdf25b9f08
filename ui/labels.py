"""Display text: names of enum values and fields (translated), dates and values."""

from datetime import date, datetime
from typing import Any

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
    "minor": QT_TRANSLATE_NOOP("Labels", "Minor"),  # a complaint's severity (issue 21)
    "serious": QT_TRANSLATE_NOOP("Labels", "Serious"),
    "critical": QT_TRANSLATE_NOOP("Labels", "Critical"),
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
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred by this customer"),
    # company sizes
    "micro": QT_TRANSLATE_NOOP("Labels", "Micro (under 10)"),
    "small": QT_TRANSLATE_NOOP("Labels", "Small (10-99)"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium (100-999)"),
    "large": QT_TRANSLATE_NOOP("Labels", "Large (1,000-9,999)"),
    "enterprise": QT_TRANSLATE_NOOP("Labels", "Enterprise (10,000+)"),
    # entities
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "relation": QT_TRANSLATE_NOOP("Labels", "Relation"),
    "interaction": QT_TRANSLATE_NOOP("Labels", "Interaction"),
    "opportunity": QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    "task": QT_TRANSLATE_NOOP("Labels", "Task"),
    "service_request": QT_TRANSLATE_NOOP("Labels", "Service request"),
    "knowledge_article": QT_TRANSLATE_NOOP("Labels", "Article"),
}


_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "phones": QT_TRANSLATE_NOOP("Fields", "Phones"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "is_primary": QT_TRANSLATE_NOOP("Fields", "Primary"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "related_name": QT_TRANSLATE_NOOP("Fields", "Person"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "stage": QT_TRANSLATE_NOOP("Fields", "Stage"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "probability": QT_TRANSLATE_NOOP("Fields", "Probability %"),
    "expected_close": QT_TRANSLATE_NOOP("Fields", "Expected close"),
    "due_at": QT_TRANSLATE_NOOP("Fields", "Due"),
    "starts_at": QT_TRANSLATE_NOOP("Fields", "Starts"),
    "done": QT_TRANSLATE_NOOP("Fields", "Done"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "body": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "next_step": QT_TRANSLATE_NOOP("Fields", "Next step"),
    "next_step_due": QT_TRANSLATE_NOOP("Fields", "Next step due"),
    "priority": QT_TRANSLATE_NOOP("Fields", "Priority"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "sla_due_at": QT_TRANSLATE_NOOP("Fields", "SLA due"),
    "tier": QT_TRANSLATE_NOOP("Fields", "Tier"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "industry": QT_TRANSLATE_NOOP("Fields", "Industry"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "birthday": QT_TRANSLATE_NOOP("Fields", "Birthday"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "deleted_at": QT_TRANSLATE_NOOP("Fields", "Deleted"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "registration_no": QT_TRANSLATE_NOOP("Fields", "Registration no."),
    "company_size": QT_TRANSLATE_NOOP("Fields", "Company size"),
    "related_customer_id": QT_TRANSLATE_NOOP("Fields", "Related customer"),
    "customer_id": QT_TRANSLATE_NOOP("Fields", "Customer"),
    "contact_id": QT_TRANSLATE_NOOP("Fields", "With"),
    "occurred_at": QT_TRANSLATE_NOOP("Fields", "When"),
    "when": QT_TRANSLATE_NOOP("Fields", "When"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "product_line": QT_TRANSLATE_NOOP("Fields", "Product line"),
    "lost_reason": QT_TRANSLATE_NOOP("Fields", "Lost reason"),
    "location": QT_TRANSLATE_NOOP("Fields", "Location"),
    "ends_at": QT_TRANSLATE_NOOP("Fields", "Ends"),
}


def field_label(name: str) -> str:
    """Caption of an entity field (column name -> words), translated."""
    source = _FIELDS.get(name)
    return QCoreApplication.translate("Fields", source) if source else name


def when(value: date | datetime | None) -> str:
    """A moment in local time to the minute, or a date; "" for none."""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat() if value else ""


def shown(value: Any) -> str:
    """A field value as text: lists joined, nothing as a dash."""
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def label(value: str | None) -> str:
    if value is None:
        return ""
    source = _LABELS.get(value)
    return QCoreApplication.translate("Labels", source) if source else value
