"""Login, token refresh, logout and token checks.

Lockout: `lockout_threshold` wrong passwords in a row lock the account for
`lockout_minutes`; the counter is committed even though the request fails.
Unknown usernames and wrong passwords get the same answer, in the same time.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from sync.protocol.types import utcnow
from sync.protocol.wire import LoginRequest, TokenPair, UserInfo

from .. import audit
from ..errors import ApiError
from ..models import AuthSession, Branch, Device, User
from ..security import new_token, token_hash, verify_password
from ..settings import Settings


@dataclass(frozen=True)
class Caller:
    """The authenticated user and device behind a request."""

    user: User
    session_id: str
    device_id: str


def _invalid_credentials() -> ApiError:
    return ApiError(401, "invalid_credentials", "Wrong username or password.")


def _disabled() -> ApiError:
    return ApiError(403, "account_disabled", "This account is disabled; contact your admin.")


def login(session: Session, settings: Settings, body: LoginRequest, ip: str | None) -> TokenPair:
    user = session.scalar(select(User).where(func.lower(User.username) == body.username.lower()))
    now = utcnow()
    if user is not None and user.locked_until is not None and user.locked_until > now:
        audit.record(session, "login_locked", user_id=user.id, ip=ip)
        session.commit()
        raise _locked(user.locked_until, now)
    if not verify_password(user.password_hash if user else None, body.password):
        _count_failure(session, settings, user, ip, now)
        raise _invalid_credentials()
    assert user is not None
    if not user.active:
        audit.record(session, "login_refused_disabled", user_id=user.id, ip=ip)
        session.commit()
        raise _disabled()
    user.failed_logins = 0
    user.locked_until = None
    device = _device(session, user, body)
    pair = _issue(session, settings, user, device, now)
    audit.record(session, "login", user_id=user.id, ip=ip, device_id=device.id)
    session.commit()
    return pair


def _locked(until: datetime, now: datetime) -> ApiError:
    minutes = max(1, int((until - now).total_seconds() // 60) + 1)
    return ApiError(
        423,
        "account_locked",
        f"Too many failed logins; try again in {minutes} minutes or ask your admin.",
        retry_after_s=int((until - now).total_seconds()),
    )


def _count_failure(
    session: Session, settings: Settings, user: User | None, ip: str | None, now: datetime
) -> None:
    audit.record(session, "login_failed", user_id=user.id if user else None, ip=ip)
    if user is not None:
        user.failed_logins += 1
        if user.failed_logins >= settings.lockout_threshold:
            user.failed_logins = 0
            user.locked_until = now + timedelta(minutes=settings.lockout_minutes)
            audit.record(session, "account_locked", user_id=user.id, ip=ip)
    session.commit()
    if user is not None and user.locked_until is not None and user.locked_until > now:
        raise _locked(user.locked_until, now)


def _device(session: Session, user: User, body: LoginRequest) -> Device:
    device = session.get(Device, body.device_id) if body.device_id else None
    if device is None or device.user_id != user.id:
        device = Device(user_id=user.id, name=body.device_name)
        session.add(device)
        session.flush()
    device.name = body.device_name
    device.last_seen_at = utcnow()
    return device


def _issue(
    session: Session, settings: Settings, user: User, device: Device, now: datetime
) -> TokenPair:
    access, refresh = new_token("opa"), new_token("opr")
    auth = AuthSession(
        user_id=user.id,
        device_id=device.id,
        access_hash=token_hash(access),
        access_expires_at=now + timedelta(seconds=settings.access_token_ttl_s),
        refresh_hash=token_hash(refresh),
        refresh_expires_at=now + timedelta(seconds=settings.refresh_token_ttl_s),
    )
    session.add(auth)
    return _pair(session, auth, user, access, refresh)


def _pair(session: Session, auth: AuthSession, user: User, access: str, refresh: str) -> TokenPair:
    return TokenPair(
        access_token=access,
        access_expires_at=auth.access_expires_at,
        refresh_token=refresh,
        refresh_expires_at=auth.refresh_expires_at,
        device_id=auth.device_id,
        user=user_info(session, user),
    )


def user_info(session: Session, user: User) -> UserInfo:
    branch = session.get(Branch, user.branch_id) if user.branch_id else None
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        branch_id=user.branch_id,
        branch_name=branch.name if branch else None,
    )


def refresh(session: Session, settings: Settings, refresh_token: str, ip: str | None) -> TokenPair:
    """Swap a refresh token for a new pair; the old pair stops working at once."""
    auth = session.scalar(
        select(AuthSession).where(AuthSession.refresh_hash == token_hash(refresh_token))
    )
    now = utcnow()
    if auth is None:
        raise ApiError(401, "invalid_token", "Unknown refresh token; please sign in again.")
    user = _check_session(session, auth, now)
    if auth.refresh_expires_at <= now:
        raise ApiError(401, "session_expired", "Your session has expired; please sign in again.")
    access, new_refresh = new_token("opa"), new_token("opr")
    auth.access_hash = token_hash(access)
    auth.refresh_hash = token_hash(new_refresh)
    auth.access_expires_at = now + timedelta(seconds=settings.access_token_ttl_s)
    auth.refresh_expires_at = now + timedelta(seconds=settings.refresh_token_ttl_s)
    pair = _pair(session, auth, user, access, new_refresh)
    audit.record(session, "token_refresh", user_id=user.id, ip=ip, device_id=auth.device_id)
    session.commit()
    return pair


# Every request runs this: one query for the session and its user (outer join: a session
# whose user row is gone still answers "disabled", as before).
_BY_ACCESS_HASH = (
    select(AuthSession, User)
    .outerjoin(User, User.id == AuthSession.user_id)
    .where(AuthSession.access_hash == bindparam("hash"))
)


def authenticate(session: Session, access_token: str | None) -> Caller:
    if not access_token:
        raise ApiError(401, "not_authenticated", "Sign in first (missing bearer token).")
    found = session.execute(_BY_ACCESS_HASH, {"hash": token_hash(access_token)}).first()
    if found is None:
        raise ApiError(401, "invalid_token", "Unknown access token; please sign in again.")
    auth = found[0]
    now = utcnow()
    user = _check_session(session, auth, now)
    if auth.access_expires_at <= now:
        raise ApiError(401, "token_expired", "The access token has expired; refresh it.")
    return Caller(user=user, session_id=auth.id, device_id=auth.device_id)


def _check_session(session: Session, auth: AuthSession, now: datetime) -> User:
    # A closed account says so before "revoked": its device then hands over what it had not
    # synced (review queue) and removes its copy of the data.
    user = session.get(User, auth.user_id)
    if user is None or not user.active:
        raise _disabled()
    if auth.revoked_at is not None:
        raise ApiError(401, "token_revoked", "This session was signed out; please sign in again.")
    return user


def logout(session: Session, caller: Caller, ip: str | None) -> None:
    session.execute(
        update(AuthSession).where(AuthSession.id == caller.session_id).values(revoked_at=utcnow())
    )
    audit.record(session, "logout", user_id=caller.user.id, ip=ip, device_id=caller.device_id)
    session.commit()


def revoke_all(session: Session, user_id: str) -> int:
    """Revoke every session of a user (deactivation, password reset). Returns how many."""
    result = session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return result.rowcount
