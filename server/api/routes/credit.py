"""Credit reports (issue 22): the ageing of the receivables in the caller's scope."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session

from sync.protocol.credit import AgeingAnswer
from sync.protocol.wire import ErrorBody, JsonDate

from ... import credit_report
from ...models import User
from ..deps import CurrentCaller
from .admin import in_transaction

router = APIRouter(
    prefix="/credit",
    tags=["credit"],
    responses={code: {"model": ErrorBody} for code in (401, 403)},
)


@router.get("/ageing", response_model=AgeingAnswer)
def ageing(
    caller: CurrentCaller,
    request: Request,
    as_of: Annotated[
        JsonDate | None, Query(description="the day the ages count to (YYYY-MM-DD); today")
    ] = None,
) -> AgeingAnswer:
    """Outstanding receivables by currency and ageing bucket (current, 1-30, 31-60, 61-90,
    90+ days overdue): a rep's own customers, a manager's or the credit department's
    branches, the whole company for an administrator."""

    def work(session: Session, by: User) -> AgeingAnswer:
        return credit_report.ageing(session, by, as_of or date.today())

    return in_transaction(request, caller, work)
