"""Pool rules (issue 23, item 2), for a branch's managers and administrators: on or off; per
tier, after how many days without the owner's interaction a customer returns; a daily claim
cap per rep, a cap on customers owned, how long the former owner may not reclaim, and how many
days ahead the owner's Today warns. Online: read and saved on the server, off the GUI thread.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.pool import PoolBoard, PoolRules, PoolSettings
from sync.protocol.enums import Tier
from sync.protocol.staff import POOL_MAX_CLAIMS, POOL_MAX_DAYS, POOL_MAX_OWNED, POOL_MAX_REMIND

from .background import run_in_background
from .errors import report_bug
from .labels import label
from .messages import error_text

RULES = ("daily_claims", "max_owned", "reclaim_ban_days", "remind_days")
LIMITS = {
    "daily_claims": POOL_MAX_CLAIMS,
    "max_owned": POOL_MAX_OWNED,
    "reclaim_ban_days": POOL_MAX_DAYS,
    "remind_days": POOL_MAX_REMIND,
}


class PoolRulesDialog(QDialog):
    saved = Signal()
    loaded = Signal()

    def __init__(self, board: PoolBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.branch: str | None = None
        self.setWindowTitle(self.tr("Pool rules"))
        self.state = QLabel(self.tr("Loading…"))
        self.state.setWordWrap(True)
        self.branch_box = QComboBox()  # the branches the user answers for (admins: all)
        self.branch_box.hide()
        self.branch_box.activated.connect(lambda _row: self._pick(self.branch_box.currentText()))
        self.enabled = QCheckBox(self.tr("Return customers nobody looks after to the branch pool"))
        self.days: dict[str, QSpinBox] = {}
        tiers = QGroupBox(self.tr("Days without an interaction from the owner, by tier"))
        tier_form = QFormLayout(tiers)
        for tier in Tier:
            spin = self._spin(POOL_MAX_DAYS, self.tr("never"), self.tr(" days"))
            self.days[tier.value] = spin
            tier_form.addRow(label(tier.value), spin)
        self.rules: dict[str, QSpinBox] = {
            "daily_claims": self._spin(POOL_MAX_CLAIMS, self.tr("no limit"), ""),
            "max_owned": self._spin(POOL_MAX_OWNED, self.tr("no limit"), ""),
            "reclaim_ban_days": self._spin(POOL_MAX_DAYS, self.tr("none"), self.tr(" days")),
            "remind_days": self._spin(POOL_MAX_REMIND, self.tr("no reminder"), self.tr(" days")),
        }
        limits = QGroupBox(self.tr("Claims and reminders"))
        form = QFormLayout(limits)
        form.addRow(self.tr("Claims per rep per day"), self.rules["daily_claims"])
        form.addRow(self.tr("Customers a rep may own"), self.rules["max_owned"])
        form.addRow(self.tr("Former owner may not reclaim for"), self.rules["reclaim_ban_days"])
        form.addRow(self.tr("Remind the owner before a return"), self.rules["remind_days"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.branch_box)
        layout.addWidget(self.enabled)
        layout.addWidget(tiers)
        layout.addWidget(limits)
        layout.addWidget(self.buttons)
        self._editable(False)
        run_in_background(self._fetch, self._show, self._failed, owner=self)

    def _spin(self, maximum: int, none: str, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, maximum)  # 0: no such rule, shown as `none`
        spin.setSpecialValueText(none)
        spin.setSuffix(suffix)
        return spin

    def _fetch(self) -> tuple[PoolRules, list[str]]:
        mine = self.board.refresh_rules()  # the user's branch; kept for Today too
        others = self.board.branches()
        if mine.branch is None and others:  # an administrator: the first branch
            mine = self.board.rules_of(others[0])
        return mine, others

    def _pick(self, branch: str) -> None:
        if branch and branch != self.branch:
            self._editable(False)
            self.state.setText(self.tr("Loading…"))
            run_in_background(
                lambda: (self.board.rules_of(branch), []), self._show, self._failed, owner=self
            )

    def _editable(self, on: bool) -> None:
        for widget in (self.enabled, *self.days.values(), *self.rules.values()):
            widget.setEnabled(on)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(on)

    def _show(self, answer: tuple[PoolRules, list[str]]) -> None:
        rules, branches = answer
        if branches:
            self.branch_box.clear()
            self.branch_box.addItems(branches)
            self.branch_box.setVisible(len(branches) > 1)
        if rules.branch is not None:
            self.branch_box.setCurrentText(rules.branch)
        self.branch = rules.branch
        if rules.branch is None:
            self.state.setText(self.tr("You belong to no branch, so there is no pool to set."))
            self.loaded.emit()
            return
        self.state.setText(self.tr("Rules of the customer pool of %1").replace("%1", rules.branch))
        pool = rules.pool
        self.enabled.setChecked(bool(pool and pool.enabled))
        for tier, spin in self.days.items():
            spin.setValue(pool.days.get(tier, 0) if pool else 0)
        for rule, spin in self.rules.items():
            spin.setValue((getattr(pool, rule) or 0) if pool else 0)
        self._editable(True)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, KnownError):
            self.state.setText(error_text(exc))
            self._editable(self.branch is not None)
            self.loaded.emit()
        else:
            report_bug(exc, self)

    def settings(self) -> PoolSettings:
        days = {tier: spin.value() for tier, spin in self.days.items() if spin.value()}
        rules = {rule: spin.value() or None for rule, spin in self.rules.items()}
        return PoolSettings(enabled=self.enabled.isChecked(), days=days, **rules)

    def save(self) -> None:
        branch = self.branch
        if branch is None:
            return
        settings = self.settings()
        self._editable(False)
        self.state.setText(self.tr("Saving…"))
        run_in_background(
            lambda: (self.board.save_rules(branch, settings), self.board.refresh_rules()),
            lambda _none: self._saved(),
            self._failed,
            owner=self,
        )

    def _saved(self) -> None:
        self.saved.emit()
        self.accept()
