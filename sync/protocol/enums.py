"""Closed value sets of the CRM entities.

Stored as their string value so that a client and a server of different
versions can exchange them; validation rejects values a side does not know.
"""

from enum import StrEnum


class Role(StrEnum):
    REP = "rep"
    MANAGER = "manager"
    ADMIN = "admin"
    CREDIT = "credit"  # the credit department (issue 22): branch scope, writes credit data only


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Tier(StrEnum):
    PREMIUM = "premium"
    MAJOR = "major"
    ORDINARY = "ordinary"
    RESTRICTED = "restricted"
    POTENTIAL = "potential"


class LifecycleStatus(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    CHURNED = "churned"


class CompanySize(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    ENTERPRISE = "enterprise"


class RelationKind(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    RELATIVE = "relative"
    HOUSEHOLD = "household"
    COLLEAGUE = "colleague"
    EMPLOYER = "employer"
    EMPLOYEE = "employee"
    PARTNER = "partner"
    REFERRER = "referrer"
    OTHER = "other"


class InteractionKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    EMAIL = "email"
    MESSAGE = "message"
    NOTE = "note"


class OpportunityStage(StrEnum):
    PROSPECTING = "prospecting"
    QUALIFICATION = "qualification"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


class TaskKind(StrEnum):
    TODO = "todo"
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"


class ServiceKind(StrEnum):
    COMPLAINT = "complaint"
    INQUIRY = "inquiry"
    REPAIR = "repair"
    REQUEST = "request"


class ServicePriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class ServiceStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    HELD = "held"  # signed beyond the customer's credit: waits for the credit department


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    CHEQUE = "cheque"
    CARD = "card"
    ONLINE = "online"
    OTHER = "other"


class CreditRating(StrEnum):
    """The credit department's rating of a customer (issue 22), best first."""

    AAA = "AAA"
    AA = "AA"
    A = "A"
    B = "B"
    C = "C"


class ComplaintSeverity(StrEnum):
    MINOR = "minor"
    SERIOUS = "serious"  # not "major": that word is a customer tier's
    CRITICAL = "critical"
