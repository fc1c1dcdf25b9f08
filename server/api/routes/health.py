from fastapi import APIRouter, Request
from sqlalchemy import text

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.wire import Health

from ...errors import ApiError
from ..deps import SessionDep

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(request: Request, session: SessionDep) -> Health:
    """Liveness and database reachability; needs no token."""
    try:
        session.execute(text("SELECT 1"))
    except Exception as exc:
        raise ApiError(503, "database_unavailable", "The database is not reachable.") from exc
    return Health(
        status="ok",
        version=request.app.version,
        protocol=PROTOCOL_VERSION,
        database=session.get_bind().dialect.name,
    )
