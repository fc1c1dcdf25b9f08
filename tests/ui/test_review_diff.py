"""The review queue's diff in people's words (issue 20, item 6): captions instead of column
names, and names instead of ids — those the server named for the decider, else plain words."""

from datetime import UTC, datetime

from app.admin import ReviewEntry
from sync.protocol.staff import FieldChange
from ui.admin_review import DiffModel

CUSTOMER, CONTACT, AUTHOR, HIDDEN = "c-1", "k-1", "u-1", "c-other"


def _cells(model: DiffModel) -> dict[str, list[str]]:
    rows = range(model.rowCount())
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in (1, 2, 3)] for r in rows}


def test_ids_in_the_diff_read_as_names(qtbot, qtmodeltester):
    entry = ReviewEntry(
        id=1,
        author="bob",
        author_name="Bob 刘波",
        at=datetime(2026, 11, 30, 9, tzinfo=UTC),
        entity="interaction",
        row_id="i-1",
        customer_name="蓝石食品",
        op="create",
        reason="departed",
        message="",
        changes=[
            FieldChange(field="customer_id", before=None, after=CUSTOMER, base=None),
            FieldChange(field="contact_id", before=None, after=CONTACT, base=None),
            FieldChange(field="user_id", before=None, after=AUTHOR, base=None),
            FieldChange(field="related_customer_id", before=None, after=HIDDEN, base=None),
        ],
        names={CUSTOMER: "蓝石食品", CONTACT: "王芳", AUTHOR: "Bob 刘波"},
    )
    model = DiffModel()
    model.set_entry(entry, {})
    qtmodeltester.check(model)
    cells = _cells(model)
    assert cells["Customer"][1] == "蓝石食品"
    assert cells["With"][1] == "王芳"
    assert cells["Logged by"][1] == "Bob 刘波"
    assert cells["Related customer"][1] == "a record you cannot see"
    assert not any(value in str(cells) for value in (CUSTOMER, CONTACT, AUTHOR, HIDDEN))
