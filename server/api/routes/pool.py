"""The branch customer pool: reps list it and claim customers (online; see server.staff.pool)."""

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session

from sync.protocol.staff import Pooled
from sync.protocol.wire import ErrorBody

from ...models import User
from ...staff import pool
from ..deps import CurrentCaller
from .admin import in_transaction

router = APIRouter(
    prefix="/pool",
    tags=["pool"],
    responses={code: {"model": ErrorBody} for code in (401, 403, 404, 409)},
)


@router.get("", response_model=list[Pooled])
def pooled(caller: CurrentCaller, request: Request) -> list[Pooled]:
    """Customers waiting in the caller's branch pool, most recently returned first."""

    def work(session: Session, by: User) -> list[Pooled]:
        return [Pooled(**row) for row in pool.pooled(session, by)]

    return in_transaction(request, caller, work)


@router.post("/{customer_id}/claim", status_code=204)
def claim(customer_id: str, caller: CurrentCaller, request: Request) -> None:
    """Take a pooled customer: it arrives, whole, at the claimer's next sync."""
    in_transaction(request, caller, lambda session, by: pool.claim(session, by, customer_id))
