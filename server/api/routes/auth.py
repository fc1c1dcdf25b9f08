from typing import Any

from fastapi import APIRouter, Request, status

from sync.protocol.wire import (
    ErrorBody,
    LoginRequest,
    PasswordChange,
    RefreshRequest,
    TokenPair,
    UserInfo,
)

from ...auth import service
from ..deps import CurrentCaller, DatabaseDep, SessionDep, SettingsDep, client_ip

router = APIRouter(prefix="/auth", tags=["auth"])
_errors: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 422, 423, 429)
}


@router.post("/login", response_model=TokenPair, responses=_errors)
def login(
    body: LoginRequest, request: Request, database: DatabaseDep, settings: SettingsDep
) -> TokenPair:
    """Exchange username and password for an access and a refresh token of one device."""
    return service.login(database, settings, body, client_ip(request))


@router.post("/password", response_model=TokenPair, responses=_errors)
def change_password(
    body: PasswordChange, request: Request, database: DatabaseDep, settings: SettingsDep
) -> TokenPair:
    """Replace the password (a one-time one from an administrator must be) and sign in: the
    current password is checked and counted like a sign-in; every other session ends."""
    return service.change_password(database, settings, body, client_ip(request))


@router.post("/refresh", response_model=TokenPair, responses=_errors)
def refresh(
    body: RefreshRequest, request: Request, database: DatabaseDep, settings: SettingsDep
) -> TokenPair:
    """Exchange a refresh token for a new pair; the old pair stops working."""
    return service.refresh(database, settings, body.refresh_token, client_ip(request))


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=_errors)
def logout(caller: CurrentCaller, request: Request, database: DatabaseDep) -> None:
    """Revoke the caller's session."""
    service.logout(database, caller, client_ip(request))


@router.get("/me", response_model=UserInfo, responses=_errors)
def me(caller: CurrentCaller, session: SessionDep) -> UserInfo:
    return service.user_info(session, caller.user)
