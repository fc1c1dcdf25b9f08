"""Customer administration over the API (the admin screens come with roles and departures)."""

from fastapi import APIRouter, Request
from pydantic import Field

from sync.protocol.wire import WireModel

from ...customers.service import reassign
from ...db import Database
from ..deps import CurrentCaller

router = APIRouter(prefix="/customers", tags=["customers"])


class ReassignRequest(WireModel):
    customer_ids: list[str] = Field(min_length=1, max_length=10_000)
    to_username: str = Field(min_length=1, max_length=64)
    reason: str | None = Field(default=None, max_length=500)


class ReassignResult(WireModel):
    moved: int


@router.post("/reassign", response_model=ReassignResult)
def reassign_customers(
    body: ReassignRequest, caller: CurrentCaller, request: Request
) -> ReassignResult:
    """Give customers, with their whole history, to another user (managers and admins)."""
    database: Database = request.app.state.database
    with database.transaction() as session:
        moved = reassign(
            session,
            by=caller.user,
            customer_ids=body.customer_ids,
            to_username=body.to_username,
            reason=body.reason,
        )
    return ReassignResult(moved=moved)
