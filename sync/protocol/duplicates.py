"""Wire shapes of the duplicate check across the company (`POST /customers/duplicates`) and
of "Ask the owner" (`POST /customers/duplicates/ask`): issue 18, item 3.

A match in the caller's scope carries its id and full name; any other only what may be shown
of it (`masked`: 张*, 138****8000, the owner's branch and display name) and a `ref` to ask
about it, from which the id cannot be read back.
"""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from .staff import Answer
from .storable import text_problem
from .wire import WireModel

Phone = Annotated[str, StringConstraints(max_length=40)]


class DuplicateQuery(WireModel):
    """What a customer form holds so far (or a row being imported)."""

    kind: Literal["person", "company"] = "person"
    name: str = Field(default="", max_length=200)
    phones: list[Phone] = Field(default_factory=list, max_length=10)
    email: str | None = Field(default=None, max_length=254)
    registration_no: str | None = Field(default=None, max_length=64)
    exclude_id: str | None = Field(
        default=None, max_length=36, description="the customer being edited, not its own match"
    )

    @field_validator("phones")
    @classmethod
    def _storable_phones(cls, value: list[str]) -> list[str]:
        for phone in value:
            if (problem := text_problem(phone)) is not None:
                raise ValueError(f"text with a {problem}")
        return [phone.strip() for phone in value]


class DuplicateMatch(Answer):
    reasons: list[str]  # sync.protocol.dedupe.Reason values, strongest first
    masked: bool
    name: str  # full in the caller's scope, else masked
    id: str | None = None  # only in the caller's scope
    kind: str = "person"
    phone: str | None = None  # the matching phone: masked outside the caller's scope
    city: str | None = None  # only in the caller's scope
    owner_name: str | None = None  # the owner's display name
    owner_branch: str | None = None  # the owner's branch name
    ref: str | None = None  # what "Ask the owner" names it by (masked matches)


class DuplicateAnswer(Answer):
    matches: list[DuplicateMatch]


class AskRequest(WireModel):
    """Ask the owner of a masked match (and their manager) about it."""

    query: DuplicateQuery
    ref: str = Field(min_length=8, max_length=128)


class AskAnswer(Answer):
    asked: int  # tasks created (the owner's, their manager's)
