"""The audit log's one entry point open to every signed-in user: the exports they made (the
client sends each at once when online, or queued at its next sync when it was offline)."""

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session

from sync.protocol.staff import ExportReport, ExportsRecorded
from sync.protocol.wire import ErrorBody

from ... import audit
from ...models import User
from ..deps import CurrentCaller, client_ip
from .admin import in_transaction

router = APIRouter(
    prefix="/audit",
    tags=["audit"],
    responses={code: {"model": ErrorBody} for code in (401, 403, 422)},
)


@router.post("/exports", response_model=ExportsRecorded)
def record_exports(body: ExportReport, caller: CurrentCaller, request: Request) -> ExportsRecorded:
    """Record the caller's exports (who, what kind, how many rows, under which filter); an
    export sent again under the same id is recorded once."""

    def work(session: Session, by: User) -> ExportsRecorded:
        recorded, known = audit.record_exports(session, by.id, body, client_ip(request))
        return ExportsRecorded(recorded=recorded, known=known)

    return in_transaction(request, caller, work)
