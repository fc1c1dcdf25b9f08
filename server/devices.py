"""Devices an administrator marks lost (a stolen laptop): issue 17, item 17.

Marking a device lost revokes every session of that device at once and remembers when. Its
next request (access or refresh token) is answered `device_lost`, and so is its sign-in
hand-over (`/sync/surrender`: edits from a lost device are not trusted to the review queue);
the client then removes its replica and stored sign-in (`app.departure.leave`). The account
stays open: the user's other devices keep syncing, and a sign-in from the lost device gets
a new device id, so the user can start again on it once it is found.
"""

from datetime import timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from sync.protocol.staff import DeviceInfo, LostDevice, StaleDevice
from sync.protocol.types import utcnow
from sync.protocol.wire import DeviceReport

from . import audit
from .errors import ApiError
from .models import AuthSession, Device, User


def lost() -> ApiError:
    return ApiError(
        401,
        "device_lost",
        "Your company marked this computer as lost; its copy of the data is removed.",
    )


def of_user(session: Session, username: str) -> list[DeviceInfo]:
    user = session.scalar(select(User).where(func.lower(User.username) == username.lower()))
    if user is None:
        raise ApiError(404, "user_not_found", f"No user named {username!r}.")
    devices = session.scalars(
        select(Device).where(Device.user_id == user.id).order_by(Device.created_at, Device.id)
    )
    return [
        DeviceInfo(
            id=device.id,
            name=device.name,
            created_at=device.created_at,
            last_seen_at=device.last_seen_at,
            lost_at=device.lost_at,
            client_version=device.client_version,
            pending=device.pending,
            replica_bytes=device.replica_bytes,
            reported_at=device.reported_at,
        )
        for device in devices
    ]


def record_report(session: Session, device_id: str, report: DeviceReport) -> None:
    device = session.get(Device, device_id)
    if device is not None:
        device.client_version = report.client_version
        device.pending = report.pending
        device.replica_bytes = report.replica_bytes
        device.reported_at = utcnow()


def behind(session: Session, days: int) -> list[StaleDevice]:
    """Devices of active people that hold edits not yet sent and have not reported for
    `days` days: work that exists only on one laptop (issue 26, item 3)."""
    since = utcnow() - timedelta(days=days)
    query = (
        select(Device, User)
        .join(User, User.id == Device.user_id)
        .where(
            User.active.is_(True),
            Device.lost_at.is_(None),
            Device.pending > 0,
            Device.reported_at < since,
        )
        .order_by(Device.reported_at)
        .limit(500)
    )
    return [
        StaleDevice(
            id=device.id,
            name=device.name,
            username=user.username,
            display_name=user.display_name,
            pending=device.pending or 0,
            reported_at=device.reported_at,
            client_version=device.client_version,
        )
        for device, user in session.execute(query)
    ]


def mark_lost(session: Session, device_id: str, *, actor_id: str, ip: str | None) -> LostDevice:
    """Revoke the device's sessions and mark it lost (again is harmless: same answer)."""
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        raise ApiError(404, "device_not_found", "No such device.")
    now = utcnow()
    if device.lost_at is None:
        device.lost_at = now
    done = session.execute(
        update(AuthSession)
        .where(AuthSession.device_id == device.id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    revoked = cast(CursorResult[Any], done).rowcount  # an UPDATE's result has a rowcount
    audit.record(
        session,
        "device_lost",
        user_id=actor_id,
        entity="device",
        row_id=device.id,
        ip=ip,
        owner_id=device.user_id,
        revoked_sessions=revoked,
    )
    return LostDevice(
        id=device.id, user_id=device.user_id, lost_at=device.lost_at, revoked_sessions=revoked
    )


def is_lost(session: Session, device_id: str) -> bool:
    return session.scalar(select(Device.lost_at).where(Device.id == device_id)) is not None
