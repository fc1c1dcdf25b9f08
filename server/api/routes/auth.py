from fastapi import APIRouter, Request, status

from sync.protocol.wire import ErrorBody, LoginRequest, RefreshRequest, TokenPair, UserInfo

from ...auth import service
from ..deps import CurrentCaller, SessionDep, SettingsDep, client_ip

router = APIRouter(prefix="/auth", tags=["auth"])
_errors = {401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 423: {"model": ErrorBody}}


@router.post("/login", response_model=TokenPair, responses=_errors)
def login(body: LoginRequest, request: Request, session: SessionDep, settings: SettingsDep):
    """Exchange username and password for an access and a refresh token of one device."""
    return service.login(session, settings, body, client_ip(request))


@router.post("/refresh", response_model=TokenPair, responses=_errors)
def refresh(body: RefreshRequest, request: Request, session: SessionDep, settings: SettingsDep):
    """Exchange a refresh token for a new pair; the old pair stops working."""
    return service.refresh(session, settings, body.refresh_token, client_ip(request))


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=_errors)
def logout(caller: CurrentCaller, request: Request, session: SessionDep) -> None:
    """Revoke the caller's session."""
    service.logout(session, caller, client_ip(request))


@router.get("/me", response_model=UserInfo, responses=_errors)
def me(caller: CurrentCaller, session: SessionDep) -> UserInfo:
    return service.user_info(session, caller.user)
