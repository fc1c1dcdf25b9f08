"""People from a spreadsheet (issue 26, item 1): an administrator opens the list HR keeps
(.xlsx, .xls, .csv in UTF-8 or GB18030, as the customer import reads them), sees every row
checked before anything is created, then adds the good rows, each with its one-time password.

Columns are found by their headers in English or Chinese (用户名/账号, 姓名, 角色, 分公司);
roles may be written as Outpost names them or as sales teams say them (销售, 经理, 管理员,
信用). A row is checked as the server will check it (`NewPerson`), against the people and
branches that exist, and against the rows above it; rows with a problem are shown and
skipped, never half-created. Each person is added on its own: a refusal (someone took the
name meanwhile) is that row's answer and the others go on.
"""

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError

from sync.client.errors import ServerUnreachable
from sync.protocol.staff import Branch, NewPerson, OneTimePassword, Person

from .admin import StaffAdmin
from .errors import KnownError
from .importing.mapping import normalise
from .importing.plan import text_of
from .importing.reading import read_table

COLUMNS: dict[str, tuple[str, ...]] = {
    "username": ("username", "user name", "login", "account", "用户名", "账号", "帐号", "登录名"),
    "display_name": ("name", "display name", "full name", "姓名", "名字", "显示名"),
    "role": ("role", "角色", "岗位", "职务"),
    "branch": ("branch", "office", "分公司", "网点", "所属分公司", "部门"),
}
ROLES = {
    "rep": "rep",
    "sales": "rep",
    "sales rep": "rep",
    "销售": "rep",
    "销售代表": "rep",
    "业务员": "rep",
    "客户经理": "rep",
    "manager": "manager",
    "branch manager": "manager",
    "经理": "manager",
    "销售经理": "manager",
    "分公司经理": "manager",
    "admin": "admin",
    "administrator": "admin",
    "管理员": "admin",
    "系统管理员": "admin",
    "credit": "credit",
    "信用": "credit",
    "信用管理": "credit",
    "信用部": "credit",
}


class Problem(StrEnum):
    NO_USERNAME = "no_username"
    BAD_USERNAME = "bad_username"  # letters, digits, . _ - only
    NO_NAME = "no_name"
    BAD_ROLE = "bad_role"
    NO_BRANCH = "no_branch"  # reps, managers and credit staff belong to a branch
    UNKNOWN_BRANCH = "unknown_branch"
    EXISTS = "exists"  # someone has this username already
    REPEATED = "repeated"  # an earlier row of the file has it


@dataclass
class PeopleRow:
    line: int  # as the spreadsheet numbers it (the header is line 1)
    username: str
    display_name: str
    role: str
    branch: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.problems


@dataclass
class PeoplePreview:
    rows: list[PeopleRow]
    missing: list[str]  # required columns the file lacks: nothing can be added

    @property
    def ready(self) -> list[PeopleRow]:
        return [] if self.missing else [row for row in self.rows if row.ready]

    @property
    def skipped(self) -> int:
        return len(self.rows) - len(self.ready)


@dataclass
class Added:
    row: PeopleRow
    password: OneTimePassword | None = None
    refusal: str | None = None  # the server's reason, in its words


def preview(path: Path, people: Sequence[Person], branches: Sequence[Branch]) -> PeoplePreview:
    """Every row of the file's first sheet, checked; reads the file (UnreadableFile)."""
    table = read_table(path)
    where = _columns(table.headers)
    missing = [name for name in ("username", "display_name", "role") if name not in where]
    taken = {person.username.lower() for person in people}
    known = {branch.name for branch in branches}
    seen: set[str] = set()
    rows = []
    for number, cells in enumerate(table.rows, start=table.header_row + 2):
        values = {
            name: (text_of(cells[index]) or "").strip() if index < len(cells) else ""
            for name, index in where.items()
        }
        if not any(values.values()):
            continue  # a blank line in the middle of the list
        row = PeopleRow(
            number,
            values.get("username", ""),
            values.get("display_name", ""),
            ROLES.get(values.get("role", "").lower(), values.get("role", "")),
            values.get("branch", ""),
        )
        row.problems = _problems(row, taken, known, seen)
        seen.add(row.username.lower())
        rows.append(row)
    return PeoplePreview(rows, missing)


def add_all(
    admin: StaffAdmin,
    rows: Sequence[PeopleRow],
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Added]:
    """Add each ready row; a refused row says why and the rest go on. Stops between rows
    when `cancelled`, and after a row the server could not be reached for; rows not tried
    are not in the answer, those added always are (their passwords are shown only once)."""
    added = []
    for done, row in enumerate(rows):
        if cancelled():
            break
        progress(done, len(rows))
        try:
            made = admin.add_person(row.username, row.display_name, row.role, row.branch or None)
        except ServerUnreachable as exc:  # the rest would fail alike; those added stay listed
            added.append(Added(row, refusal=exc.message))
            break
        except KnownError as exc:
            added.append(Added(row, refusal=exc.message))
        else:
            added.append(Added(row, password=made))
    progress(len(added), len(rows))
    return added


def write_passwords(path: Path, added: Sequence[Added], headers: Sequence[str]) -> int:
    """The one-time passwords to hand over, as a CSV that Excel opens (UTF-8 with BOM):
    `headers` (translated by the caller) then username, name, password per person added."""
    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for item in added:
            if item.password is not None:
                writer.writerow(
                    [item.password.username, item.row.display_name, item.password.password]
                )
                written += 1
    return written


def _columns(headers: Sequence[str]) -> dict[str, int]:
    where: dict[str, int] = {}
    names = {normalise(alias): column for column, aliases in COLUMNS.items() for alias in aliases}
    for index, header in enumerate(headers):
        column = names.get(normalise(header))
        if column is not None and column not in where:
            where[column] = index
    return where


def _problems(row: PeopleRow, taken: set[str], known: set[str], seen: set[str]) -> list[Problem]:
    problems = []
    if not row.username:
        problems.append(Problem.NO_USERNAME)
    elif row.username.lower() in seen:
        problems.append(Problem.REPEATED)
    elif row.username.lower() in taken:
        problems.append(Problem.EXISTS)
    if not row.display_name:
        problems.append(Problem.NO_NAME)
    if row.role not in ("rep", "manager", "admin", "credit"):
        problems.append(Problem.BAD_ROLE)
    elif row.role != "admin" and not row.branch:
        problems.append(Problem.NO_BRANCH)
    if row.branch and row.branch not in known:
        problems.append(Problem.UNKNOWN_BRANCH)
    if problems:
        return problems
    try:  # what the server will check, checked here too
        NewPerson.model_validate(
            {
                "username": row.username,
                "display_name": row.display_name,
                "role": row.role,
                "branch": row.branch or None,
            }
        )
    except ValidationError as exc:
        fields = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
        problems.append(Problem.BAD_USERNAME if "username" in fields else Problem.NO_NAME)
    return problems
