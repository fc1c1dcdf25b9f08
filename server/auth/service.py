"""Login, token refresh, logout and token checks.

Lockout (`throttle`): each attempt takes a slot on its username and its address before the
password is checked, so parallel guesses cannot outrun the count; `lockout_threshold`
failures lock the name for `lockout_minutes`, whether an account has it or not, so a locked
account and an unknown one answer alike. Unknown usernames and wrong passwords get the same
answer, in the same time.

Every write runs in `Database.transaction()` (on SQLite it holds the write lock from BEGIN,
so simultaneous sign-ins queue instead of failing with "database is locked"), and the slow
password check runs between two short transactions, holding no lock.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from sync.protocol.types import utcnow
from sync.protocol.wire import LoginRequest, PasswordChange, TokenPair, UserInfo

from .. import audit, devices
from ..db import Database
from ..errors import ApiError
from ..models import AuthSession, Branch, Device, User
from ..security import hash_password, new_token, token_hash, verify_password
from ..settings import Settings
from . import throttle


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


def _change_required() -> ApiError:
    return ApiError(
        403,
        "password_change_required",
        "This password was given to you to sign in once: choose your own to continue.",
    )


MIN_NEW_PASSWORD = 8


def login(database: Database, settings: Settings, body: LoginRequest, ip: str | None) -> TokenPair:
    checked = _checked_password(database, settings, body.username, body.password, ip)
    with database.transaction() as session:
        checked.give_back(session)
        user = session.get(User, checked.user_id)
        assert user is not None
        if not user.active:
            audit.record(session, "login_refused_disabled", user_id=user.id, ip=ip)
            refused = _disabled()
        elif user.must_change_password:
            audit.record(session, "login_password_change_required", user_id=user.id, ip=ip)
            refused = _change_required()
        else:
            device = _device(session, user, body)
            pair = _issue(session, settings, user, device, now=utcnow())
            audit.record(session, "login", user_id=user.id, ip=ip, device_id=device.id)
            return pair
    raise refused


def change_password(
    database: Database, settings: Settings, body: PasswordChange, ip: str | None
) -> TokenPair:
    """The current (or one-time) password, checked and counted like a sign-in, replaced by
    the new one; every other session ends; then signed in as with `login`."""
    if body.new_password == body.password:
        raise ApiError(422, "same_password", "Choose a password other than the current one.")
    if len(body.new_password.strip()) < MIN_NEW_PASSWORD:
        raise ApiError(
            422, "weak_password", f"The password needs at least {MIN_NEW_PASSWORD} characters."
        )
    from . import directory_accounts

    checked = _checked_password(database, settings, body.username, body.password, ip)
    new_hash = hash_password(body.new_password)
    with database.transaction() as session:
        checked.give_back(session)
        user = session.get(User, checked.user_id)
        assert user is not None
        if not user.active:
            audit.record(session, "login_refused_disabled", user_id=user.id, ip=ip)
            disabled = True
        elif user.directory_dn is not None:
            raise directory_accounts.directory_password()
        else:
            disabled = False
            user.password_hash = new_hash
            user.must_change_password = False
            revoked = revoke_all(session, user.id)
            audit.record(
                session, "password_changed", user_id=user.id, ip=ip, revoked_sessions=revoked
            )
    if disabled:
        raise _disabled()
    signed_in = LoginRequest(
        username=body.username,
        password=body.new_password,
        device_name=body.device_name,
        device_id=body.device_id,
    )
    return login(database, settings, signed_in, ip)


def _checked_password(
    database: Database, settings: Settings, username: str, password: str, ip: str | None
) -> "Checked":
    """The user id when `password` is theirs; counted against the name and the address
    first (a slot each), so parallel guesses cannot outrun the lockout."""
    now = utcnow()
    account = throttle.account_key(username)
    limits = {
        account: throttle.Limit(
            settings.lockout_threshold, timedelta(minutes=settings.lockout_minutes)
        ),
        throttle.address_key(ip): throttle.Limit(
            settings.address_failure_limit, timedelta(seconds=settings.address_window_s)
        ),
    }
    from . import directory, directory_accounts  # they build on this module

    with database.transaction() as session:
        user = _find_user(session, username)
        user_id, password_hash = (user.id, user.password_hash) if user else (None, None)
        from_directory = directory_accounts.uses_directory(settings, user)
        taken = throttle.take(session, limits, now)
        if isinstance(taken, throttle.Refused):
            audit.record(session, "login_locked", user_id=user_id, ip=ip, key=taken.key)
    if isinstance(taken, throttle.Refused):
        raise _refused(taken, account, now)
    person = None
    if from_directory:
        try:
            person = directory.sign_in(settings, username, password)
        except ApiError:  # the directory is down: not the person's failed attempt
            with database.transaction() as session:
                throttle.give_back(session, limits, clear="", now=now)
            raise
        if person is not None:
            with database.transaction() as session:
                provisioned = directory_accounts.provision(session, person, ip)
                if provisioned is None:  # the right password: not a failed attempt
                    throttle.give_back(session, limits, clear=account, now=now)
            if provisioned is None:
                raise directory_accounts.no_group()
            user_id = provisioned.id
    if person is None and not verify_password(password_hash, password):
        with database.transaction() as session:
            audit.record(session, "login_failed", user_id=user_id, ip=ip)
            if account in taken:
                audit.record(session, "account_locked", user_id=user_id, ip=ip)
        if account in taken:
            raise _locked(now + limits[account].window, now)
        raise _invalid_credentials()
    assert user_id is not None
    return Checked(user_id, limits, account, now)


@dataclass(frozen=True)
class Checked:
    """A right password: whose, and the throttle slots to give back in the caller's next
    transaction (one write less per sign-in than a transaction of its own)."""

    user_id: str
    limits: dict[str, throttle.Limit]
    account: str
    at: datetime

    def give_back(self, session: Session) -> None:
        throttle.give_back(session, self.limits, clear=self.account, now=self.at)


def _find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.username) == username.lower()))


def _refused(refused: throttle.Refused, account: str, now: datetime) -> ApiError:
    if refused.key == account:
        return _locked(refused.until, now)
    wait = max(1, int((refused.until - now).total_seconds()))
    return ApiError(
        429,
        "too_many_attempts",
        f"Too many failed sign-ins from this address; try again in {wait} seconds.",
        retry_after_s=wait,
    )


def _locked(until: datetime, now: datetime) -> ApiError:
    minutes = max(1, int((until - now).total_seconds() // 60) + 1)
    return ApiError(
        423,
        "account_locked",
        f"Too many failed logins; try again in {minutes} minutes or ask your admin.",
        retry_after_s=int((until - now).total_seconds()),
    )


def _device(session: Session, user: User, body: LoginRequest) -> Device:
    device = session.get(Device, body.device_id) if body.device_id else None
    if device is None or device.user_id != user.id or device.lost_at is not None:
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


def refresh(
    database: Database, settings: Settings, refresh_token: str, ip: str | None
) -> TokenPair:
    """Swap a refresh token for a new pair; the old pair stops working at once.

    A refresh token that was already swapped means two holders: the device and whoever
    copied it. Whichever comes second, the session ends for both (RFC 9700, 4.14.2), so a
    thief who refreshes first keeps nothing."""
    now = utcnow()
    presented = token_hash(refresh_token)
    if settings.directory_url:
        _ask_directory(database, settings, presented, ip)
    with database.transaction() as session:
        auth = session.scalar(select(AuthSession).where(AuthSession.refresh_hash == presented))
        reused = None
        if auth is None:
            reused = session.scalar(
                select(AuthSession).where(AuthSession.previous_refresh_hash == presented)
            )
            if reused is not None and reused.revoked_at is None:
                reused.revoked_at = now
                audit.record(
                    session,
                    "refresh_token_reused",
                    user_id=reused.user_id,
                    ip=ip,
                    device_id=reused.device_id,
                )
        else:
            pair = _rotate(session, settings, auth, ip, now)
    if reused is not None:
        raise ApiError(
            401,
            "token_reused",
            "This sign-in was used from somewhere else, so it was ended; please sign in again.",
        )
    if auth is None:
        raise ApiError(401, "invalid_token", "Unknown refresh token; please sign in again.")
    return pair


def _ask_directory(database: Database, settings: Settings, presented: str, ip: str | None) -> None:
    """A directory account that the directory disabled is closed now and refused (issue 26,
    item 6); asked before the refresh's own transaction, which holds the write lock."""
    from . import directory_accounts

    with database.transaction() as session:
        user_id = session.scalar(
            select(AuthSession.user_id).where(
                AuthSession.refresh_hash == presented, AuthSession.revoked_at.is_(None)
            )
        )
    if user_id is not None and not directory_accounts.check_on_refresh(
        database, settings, user_id, ip
    ):
        raise _disabled()


def _rotate(
    session: Session, settings: Settings, auth: AuthSession, ip: str | None, now: datetime
) -> TokenPair:
    user = _check_session(session, auth, now)
    if auth.refresh_expires_at <= now:
        raise ApiError(401, "session_expired", "Your session has expired; please sign in again.")
    access, new_refresh = new_token("opa"), new_token("opr")
    auth.previous_refresh_hash = auth.refresh_hash
    auth.access_hash = token_hash(access)
    auth.refresh_hash = token_hash(new_refresh)
    auth.access_expires_at = now + timedelta(seconds=settings.access_token_ttl_s)
    auth.refresh_expires_at = now + timedelta(seconds=settings.refresh_token_ttl_s)
    pair = _pair(session, auth, user, access, new_refresh)
    audit.record(session, "token_refresh", user_id=user.id, ip=ip, device_id=auth.device_id)
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
        if devices.is_lost(session, auth.device_id):  # the device wipes its copy
            raise devices.lost()
        raise ApiError(401, "token_revoked", "This session was signed out; please sign in again.")
    return user


def logout(database: Database, caller: Caller, ip: str | None) -> None:
    with database.transaction() as session:
        session.execute(
            update(AuthSession)
            .where(AuthSession.id == caller.session_id)
            .values(revoked_at=utcnow())
        )
        audit.record(session, "logout", user_id=caller.user.id, ip=ip, device_id=caller.device_id)


def revoke_all(session: Session, user_id: str) -> int:
    """Revoke every session of a user (deactivation, password reset). Returns how many."""
    result = session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return result.rowcount
