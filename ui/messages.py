"""User-facing wording of error and validation codes, translated at display time."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import KnownError
from sync.protocol.validation import FieldError

CONTEXT = "Messages"

_CODES = {
    "satisfaction_required": QT_TRANSLATE_NOOP(
        "Messages", "A complaint is closed with the customer's satisfaction score (1-5)."
    ),
    "credit_read_only": QT_TRANSLATE_NOOP(
        "Messages", "Only the credit department changes credit data (limits, terms, ratings)."
    ),
    "credit_hold": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer is on credit hold: no deal can be won until the credit department lifts it.",
    ),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot reach the server. Check the network or the server address; your "
        "work is kept on this computer meanwhile.",
    ),
    "bad_answer": QT_TRANSLATE_NOOP(
        "Messages",
        "The answer from the server could not be read (a Wi-Fi sign-in page or a proxy may "
        "be in the way). Check the network and try again.",
    ),
    "invalid_credentials": QT_TRANSLATE_NOOP("Messages", "Wrong username or password."),
    "account_locked": QT_TRANSLATE_NOOP(
        "Messages", "Too many failed sign-ins. Wait a few minutes or ask your administrator."
    ),
    "account_disabled": QT_TRANSLATE_NOOP(
        "Messages", "This account is disabled. Contact your administrator."
    ),
    "token_revoked": QT_TRANSLATE_NOOP("Messages", "You were signed out. Please sign in again."),
    "session_expired": QT_TRANSLATE_NOOP(
        "Messages", "Your session has expired. Please sign in again."
    ),
    "signed_out": QT_TRANSLATE_NOOP("Messages", "You are signed out. Please sign in again."),
    "replica_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The local database cannot be opened. Close any other Outpost window and start "
        "Outpost again; if this keeps happening, tell your IT department (the reason is in "
        "the log file).",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full, so Outpost cannot save. Free some space (empty the recycle bin, "
        "delete large files you no longer need) and try again. Nothing already saved is "
        "lost, and syncing resumes by itself.",
    ),
    "replica_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "Outpost's copy of your data on this computer is damaged. Close Outpost and start it "
        "again: it keeps the changes not yet sent that it can read and downloads the rest.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "This record no longer exists."),
    "deleted": QT_TRANSLATE_NOOP("Messages", "This record was deleted; restore it first."),
    "server_error": QT_TRANSLATE_NOOP("Messages", "The server had a problem. Try again later."),
    "certificate_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The server answered, but its certificate could not be verified, so nothing was "
        "sent. Check the server address; if it is right, ask IT to install the company's "
        "certificate on this computer.",
    ),
    "server_timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "The server did not finish answering in time; the connection may be very slow. Your "
        "work is kept on this computer and sync tries again.",
    ),
    "token_reused": QT_TRANSLATE_NOOP(
        "Messages",
        "Your sign-in was used from somewhere else, so it was ended for safety. Please sign in "
        "again, and tell IT if this surprises you.",
    ),
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "Messages", "Too many failed sign-ins from this computer's network. Wait a few minutes."
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "Messages",
        "This is the last active administrator. Make someone else an administrator first.",
    ),
    "sync_aborted": QT_TRANSLATE_NOOP("Messages", "Sync was stopped."),
    "same_password": QT_TRANSLATE_NOOP(
        "Messages", "Choose a new password, not the one you were given."
    ),
    "weak_password": QT_TRANSLATE_NOOP(
        "Messages", "The new password is too short: use at least 8 characters."
    ),
}
_WITH_DETAIL = {"certificate_error"}  # the technical reason helps IT: shown under the sentence

_FIELDS = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "Not a valid e-mail address."),
    "invalid_phone": QT_TRANSLATE_NOOP("Messages", "Not a valid phone number."),
    "invalid_choice": QT_TRANSLATE_NOOP("Messages", "Not one of the allowed values."),
    "invalid_date": QT_TRANSLATE_NOOP("Messages", "Not a valid date (use YYYY-MM-DD)."),
    "invalid_number": QT_TRANSLATE_NOOP("Messages", "Not a valid number."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long."),
    "too_small": QT_TRANSLATE_NOOP("Messages", "Too small."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "Too large."),
    "too_many": QT_TRANSLATE_NOOP("Messages", "Too many entries."),
    "invalid_datetime": QT_TRANSLATE_NOOP("Messages", "Not a valid date and time."),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end must be after the start."),
    "invalid_currency": QT_TRANSLATE_NOOP(
        "Messages", "Use a three-letter currency code such as CNY."
    ),
    "relation_target": QT_TRANSLATE_NOOP("Messages", "Choose a related customer or enter a name."),
    "relation_self": QT_TRANSLATE_NOOP("Messages", "A customer cannot be related to itself."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "This record is no longer on this computer."),
    "invalid_text": QT_TRANSLATE_NOOP(
        "Messages", "This text contains characters that cannot be stored."
    ),
}


# Why the server refused a pushed change (`MutationResult.reason`), as shown with the refusal.
_PUSH_REFUSALS: dict[str, str] = {
    "duplicate": str(
        QT_TRANSLATE_NOOP(
            "Messages",
            "it is probably a customer another colleague already owns; your manager decides "
            "whether to create it",
        )
    ),
    "credit_hold": str(
        QT_TRANSLATE_NOOP(
            "Messages",
            "the contract is held for credit: only the credit department releases it",
        )
    ),
}


def push_refusal_text(reason: str) -> str | None:
    """Words for a push refusal's reason code (sync.protocol.reasons), or None."""
    source = _PUSH_REFUSALS.get(reason)
    return tr(source) if source else None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(exc: KnownError) -> str:
    """The user's-language sentence for a known error; the English message as a fallback."""
    source = _CODES.get(exc.code)
    if not source:
        return exc.message
    return f"{tr(source)}\n\n{exc.message}" if exc.code in _WITH_DETAIL else tr(source)


def field_text(error: FieldError) -> str:
    source = _FIELDS.get(error.code)
    return tr(source) if source else error.message
