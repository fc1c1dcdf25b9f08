"""Every record editor opens from here: the list, the customer view, Today, the calendar and
Ctrl+K open the same dialog the same way (window-modal with `open()`, no nested event loop,
deleted on close). What a saved dialog changed reaches the screens as a change notice, so
openers need not refresh anything themselves. Archiving and restoring go through here too,
so every list offers the same Undo.
"""

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.archive import Archived
from app.bulk import BulkDone
from app.errors import KnownError
from app.interactions import can_amend
from app.pipeline import WON
from app.workspace import Workspace
from sync.protocol.enums import TaskKind

from .article_dialog import ArticleDialog
from .contact_dialog import ContactDialog
from .contract_dialog import ContractDialog
from .customer_dialog import CustomerDialog
from .interaction_dialog import InteractionDialog
from .merge_dialog import MergeDialog
from .operations import show_failure, write
from .opportunity_dialog import CloseDealDialog, OpportunityDialog
from .payment_dialog import PaymentDialog
from .product_dialog import ProductDialog
from .relation_dialog import RelationDialog
from .search_dialog import SearchDialog
from .service_request_dialog import ServiceRequestDialog
from .task_actions import RescheduleDialog
from .task_dialog import TaskDialog

D = TypeVar("D", bound=QDialog)
_TITLES = ("name", "title", "subject", "related_name")  # what a record is called, by entity


class Editors(QObject):
    customer_chosen = Signal(str)  # picked in the Ctrl+K search: the window opens it
    archived = Signal(object, str)  # Archived, what to say: the window offers Undo

    def __init__(self, workspace: Workspace, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.offered: QMessageBox | None = None  # the last "Create contract?" asked (issue 19)

    def new_customer(self, parent: QWidget | None = None) -> CustomerDialog:
        return self._open(self._customer_dialog(None, parent))

    def edit_customer(self, customer_id: str, parent: QWidget | None = None) -> CustomerDialog:
        return self._open(self._customer_dialog(customer_id, parent))

    def _customer_dialog(self, customer_id: str | None, parent: QWidget | None) -> CustomerDialog:
        dialog = CustomerDialog(self.workspace, customer_id, parent or self.window)
        # a probable duplicate's "Open": that customer's form, over this one
        dialog.duplicate_open.connect(lambda cid: self.edit_customer(cid, dialog))
        return dialog

    def log_interaction(
        self, customer_id: str, parent: QWidget | None = None
    ) -> InteractionDialog | None:
        parent = parent or self.window
        try:
            name = self.workspace.records.get("customer", customer_id)["name"]
        except KnownError as exc:  # moved away or deleted since the list was read
            show_failure(parent, exc)
            return None
        return self._open(InteractionDialog(self.workspace, customer_id, name, parent))

    def edit_task(
        self,
        task_id: str | None,
        *,
        day: date | None = None,
        kind: str = TaskKind.VISIT.value,
        customer_id: str | None = None,
        parent: QWidget | None = None,
    ) -> TaskDialog:
        """An existing task, or a new one on `day` (of `kind`, for `customer_id`)."""
        dialog = TaskDialog(
            self.workspace,
            task_id,
            parent or self.window,
            day=day,
            kind=kind,
            customer_id=customer_id,
        )
        return self._open(dialog)

    def search(self, parent: QWidget | None = None) -> SearchDialog:
        dialog = SearchDialog(self.workspace.search, parent or self.window)
        dialog.chosen.connect(self.customer_chosen)
        dialog.record_chosen.connect(self._hit_chosen)
        return self._open(dialog)

    def _hit_chosen(self, entity: str, row_id: str) -> None:
        """A contact, interaction or task found with Ctrl+K: its customer is opened (above),
        the record's form on top of it."""
        if entity == "complaint":  # "complaint about …" (issue 21): a new one for the customer
            self.new_service_request(row_id, kind="complaint")
        elif entity != "customer":
            self.open_record(entity, row_id)

    # --- every kind of record ----------------------------------------------------------

    def open_record(
        self, entity: str, row_id: str, parent: QWidget | None = None
    ) -> QDialog | None:
        """The form of any record, by its entity's name (a timeline row, a search hit)."""
        openers: dict[str, Callable[[str, QWidget | None], QDialog | None]] = {
            "customer": self.edit_customer,
            "contact": self.edit_contact,
            "relation": self.edit_relation,
            "interaction": self.edit_interaction,
            "opportunity": self.edit_opportunity,
            "task": lambda row_id, parent: self.edit_task(row_id, parent=parent),
            "service_request": self.edit_service_request,
            "contract": self.edit_contract,
            "contract_line": self._edit_line,
            "payment": self.edit_payment,
            "product": self.edit_product,
            "knowledge_article": self.edit_article,
        }
        opener = openers.get(entity)
        return opener(row_id, parent) if opener is not None else None

    def edit_interaction(
        self, interaction_id: str, parent: QWidget | None = None
    ) -> InteractionDialog | None:
        def build(parent: QWidget | None) -> InteractionDialog:
            row = self.workspace.records.get("interaction", interaction_id)
            name = self._customer_name(row["customer_id"])
            dialog = InteractionDialog(self.workspace, row["customer_id"], name, parent, row["id"])
            dialog.archive_requested.connect(self._archive_interaction)
            return dialog

        return self._build(build, parent)

    def _archive_interaction(self, interaction_id: str) -> None:
        self.archive("interaction", [interaction_id], self.tr("Interaction archived."))

    def new_contact(self, customer_id: str, parent: QWidget | None = None) -> ContactDialog | None:
        return self._build(
            lambda p: ContactDialog(
                self.workspace, None, customer_id, self._customer_name(customer_id), p
            ),
            parent,
        )

    def edit_contact(self, contact_id: str, parent: QWidget | None = None) -> ContactDialog | None:
        def build(parent: QWidget | None) -> ContactDialog:
            customer_id = self.workspace.records.get("contact", contact_id)["customer_id"]
            name = self._customer_name(customer_id)
            return ContactDialog(self.workspace, contact_id, customer_id, name, parent)

        return self._build(build, parent)

    def new_relation(
        self, customer_id: str, parent: QWidget | None = None
    ) -> RelationDialog | None:
        return self._build(
            lambda p: RelationDialog(
                self.workspace, None, customer_id, self._customer_name(customer_id), p
            ),
            parent,
        )

    def edit_relation(
        self, relation_id: str, parent: QWidget | None = None
    ) -> RelationDialog | None:
        """The one stored row, whichever of its two customers it was opened from."""

        def build(parent: QWidget | None) -> RelationDialog:
            customer_id = self.workspace.records.get("relation", relation_id)["customer_id"]
            name = self._customer_name(customer_id)
            return RelationDialog(self.workspace, relation_id, customer_id, name, parent)

        return self._build(build, parent)

    def new_opportunity(
        self,
        customer_id: str | None = None,
        parent: QWidget | None = None,
        *,
        stage: str | None = None,
    ) -> OpportunityDialog | None:
        return self._build(
            lambda p: self._offering(
                OpportunityDialog(self.workspace, None, p, customer_id=customer_id, stage=stage)
            ),
            parent,
        )

    def edit_opportunity(
        self, opportunity_id: str, parent: QWidget | None = None
    ) -> OpportunityDialog | None:
        return self._build(
            lambda p: self._offering(OpportunityDialog(self.workspace, opportunity_id, p)), parent
        )

    def _offering(self, dialog: OpportunityDialog) -> OpportunityDialog:
        """Saved as Won (and not won before): offer to create its contract."""
        parent = dialog.parentWidget()

        def saved() -> None:
            if dialog.stage() == WON and dialog.was != WON and dialog.row_id:
                self.offer_contract(dialog.row_id, parent)

        dialog.accepted.connect(saved)
        return dialog

    def close_deal(
        self, row: dict[str, Any], stage: str, parent: QWidget | None = None
    ) -> CloseDealDialog:
        """Ask what Won or Lost needs; the caller writes the move once it is accepted."""
        return self._open(CloseDealDialog(row, stage, parent or self.window))

    def new_service_request(
        self,
        customer_id: str | None = None,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
    ) -> ServiceRequestDialog | None:
        return self._build(
            lambda p: ServiceRequestDialog(
                self.workspace, None, p, customer_id=customer_id, kind=kind
            ),
            parent,
        )

    def edit_service_request(
        self, request_id: str, parent: QWidget | None = None
    ) -> ServiceRequestDialog | None:
        return self._build(lambda p: ServiceRequestDialog(self.workspace, request_id, p), parent)

    # --- commerce (issue 19) -----------------------------------------------------------------

    def new_contract(
        self, customer_id: str | None = None, parent: QWidget | None = None
    ) -> ContractDialog | None:
        return self._build(
            lambda p: ContractDialog(self.workspace, None, p, customer_id=customer_id), parent
        )

    def edit_contract(
        self, contract_id: str, parent: QWidget | None = None
    ) -> ContractDialog | None:
        return self._build(lambda p: ContractDialog(self.workspace, contract_id, p), parent)

    def _edit_line(self, line_id: str, parent: QWidget | None = None) -> ContractDialog | None:
        """A contract line (a timeline or search row): its contract's form."""
        try:
            contract_id = self.workspace.records.get("contract_line", line_id)["contract_id"]
        except KnownError as exc:
            show_failure(parent or self.window, exc)
            return None
        return self.edit_contract(contract_id, parent)

    def contract_from_opportunity(
        self, opportunity_id: str, parent: QWidget | None = None
    ) -> ContractDialog | None:
        """A new contract prefilled from a won opportunity (customer, title, amount, owner)."""
        commerce = self.workspace.commerce
        return self._build(
            lambda p: ContractDialog(
                self.workspace, None, p, draft=commerce.draft_from_opportunity(opportunity_id)
            ),
            parent,
        )

    def offer_contract(self, opportunity_id: str, parent: QWidget | None = None) -> None:
        """Winning an opportunity offers to create its contract (once: not if it has one)."""
        commerce = self.workspace.commerce
        try:
            if not commerce.won_without_contract(opportunity_id):
                return
            title = self.workspace.records.get("opportunity", opportunity_id)["title"]
        except KnownError:
            return
        parent = parent or self.window
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Deal won"))
        box.setText(self.tr("“%1” is won. Create its contract now?").replace("%1", str(title)))
        create = box.addButton(self.tr("Create contract"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(create)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is create:
                self.contract_from_opportunity(opportunity_id, parent)

        box.finished.connect(lambda _result: answered())
        box.open()
        self.offered = box

    def new_payment(
        self,
        customer_id: str | None,
        contract_id: str | None = None,
        parent: QWidget | None = None,
    ) -> PaymentDialog | None:
        return self._build(
            lambda p: PaymentDialog(
                self.workspace, None, p, customer_id=customer_id, contract_id=contract_id
            ),
            parent,
        )

    def edit_payment(self, payment_id: str, parent: QWidget | None = None) -> PaymentDialog | None:
        return self._build(lambda p: PaymentDialog(self.workspace, payment_id, p), parent)

    def edit_product(
        self, product_id: str | None, parent: QWidget | None = None
    ) -> ProductDialog | None:
        """A product's form: to edit for managers and administrators, read-only for reps."""
        return self._build(lambda p: ProductDialog(self.workspace, product_id, p), parent)

    def edit_article(
        self, article_id: str | None, parent: QWidget | None = None
    ) -> ArticleDialog | None:
        """A knowledge-base article (issue 21): anyone drafts, managers publish."""
        return self._build(lambda p: ArticleDialog(self.workspace, article_id, p), parent)

    def reschedule_task(
        self, task_id: str, parent: QWidget | None = None
    ) -> RescheduleDialog | None:
        records = self.workspace.records
        return self._build(
            lambda p: RescheduleDialog(records, records.get("task", task_id), p), parent
        )

    def _customer_name(self, customer_id: str) -> str:
        return str(
            self.workspace.records.get("customer", customer_id, include_deleted=True)["name"]
        )

    def _build(self, build: Callable[[QWidget | None], D], parent: QWidget | None) -> D | None:
        """Open what `build` makes, or say why not (the record was archived or moved away
        by a sync since the list showing it was read)."""
        parent = parent or self.window
        try:
            dialog = build(parent)
        except KnownError as exc:
            show_failure(parent, exc)
            return None
        return self._open(dialog)

    def archive(
        self, entity: str, ids: list[str], text: str, parent: QWidget | None = None
    ) -> None:
        """Archive on the DB lane, then offer Undo with `text`."""
        archive = self.workspace.archive
        write(parent or self.window, lambda: archive.archive(entity, ids)).success(
            lambda done: self.archived.emit(done, text) if done.rows else None
        ).run()

    def archive_record(self, entity: str, row_id: str, parent: QWidget | None = None) -> bool:
        """Del on one record in any list: archive it and offer Undo. False (and a message)
        when it may not be archived: someone else's interaction, or one older than 7 days."""
        records = self.workspace.records
        try:
            row = records.get(entity, row_id)
        except KnownError as exc:
            show_failure(parent or self.window, exc)
            return False
        if entity == "interaction" and not can_amend(row, records.user_id):
            QMessageBox.information(
                parent or self.window,
                QApplication.applicationDisplayName(),
                self.tr("Only its author can archive an interaction, within 7 days."),
            )
            return False
        title = next((row[k] for k in _TITLES if row.get(k)), "")
        text = (
            self.tr("Archived “%1”.").replace("%1", str(title)) if title else self.tr("Archived.")
        )
        self.archive(entity, [row_id], text, parent)
        return True

    def undo(self, archived: Archived | BulkDone) -> None:
        """The bar's Undo: of an archive, or of a bulk edit of the customer list (issue 25)."""
        if isinstance(archived, BulkDone):
            bulk, done = self.workspace.bulk, archived
            text = self.tr("Undoing…")
            write(self.window, lambda: bulk.undo(done)).with_progress(text).run()
            return
        archive = self.workspace.archive
        write(self.window, lambda: archive.undo(archived)).run()

    def restore(self, entity: str, ids: list[str], parent: QWidget | None = None) -> None:
        archive = self.workspace.archive
        write(parent or self.window, lambda: archive.restore(entity, ids)).run()

    def merge_customers(
        self, customer_id: str, other_id: str | None = None, parent: QWidget | None = None
    ) -> MergeDialog:
        """Merge a customer with another (picked in the dialog, or `other_id`); the first
        is kept."""
        return self._open(MergeDialog(self.workspace, customer_id, other_id, parent or self.window))

    def undo_merge(self, merge_id: str, parent: QWidget | None = None) -> None:
        """Undo a merge (from the kept customer's History): both customers as before."""
        merge = self.workspace.merge
        write(parent or self.window, lambda: merge.undo(merge_id)).run()

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
