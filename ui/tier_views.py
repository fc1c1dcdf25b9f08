"""Value tiers in the window (issue 19, items 2-4).

- `TierExplanation`: "Why this tier" in the customer view: the figures behind the tier,
  computed on the replica offline (`app.value.Value.explain`) when its tab is shown.
- `ParetoChart`: the 80/20 curve drawn with QPainter (no QtCharts: the bundle's size).
- `ParetoPage`: the curve for the user's scope (a rep's own book, a manager's branch), the
  top 20 %'s share and the customers that make it up (double-click or Enter opens one); for
  managers and administrators the Tier policy… dialog.
- `TierPolicyDialog`: the policy, Preview (from -> to matrix and the curve, company-wide on
  the server) and Apply.
"""

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPainterPath, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeFeed
from app.records import Records
from app.value import Explanation, ParetoView, TierPolicy, Value
from sync.protocol.enums import Tier
from sync.protocol.tiers import FALLING, OVERDUE, TierApplied, TierPreview, Weights

from .background import run_in_background
from .labels import label, when
from .money import money
from .notices import watch
from .operations import query, show_failure, write

TIERS = [t.value for t in Tier]
NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def percent(share: float) -> str:
    return f"{share * 100:.1f} %"


# --- why this tier ---------------------------------------------------------------------------


class TierExplanation(QWidget):
    """The figures behind one customer's tier."""

    def __init__(
        self, value: Value, records: Records | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.records = records
        self.customer_id: str | None = None
        self.explanation: Explanation | None = None
        # managers and administrators: keep the tier picked by hand (Edit), whatever is computed
        self.lock = QCheckBox()
        self.lock.setVisible(value.may_set_policy and records is not None)
        self.lock.clicked.connect(self.set_locked)
        self.headline = QLabel()
        self.headline.setObjectName("tierHeadline")
        self.headline.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("tierReason")
        self.reason.setWordWrap(True)
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for row, key in enumerate(("contribution", "rank", "deals", "last", "growth", "score")):
            caption, shown = QLabel(), QLabel()
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0)
            grid.addWidget(shown, row, 1)
            self.figures[key] = (caption, shown)
        grid.setColumnStretch(1, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.reason)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.lock)
        layout.addStretch(1)

    def show_customer(self, customer_id: str) -> None:
        """Read the explanation on the query lane (a rank reads the whole replica)."""
        self.customer_id = customer_id
        query(self, lambda: self.value.explain(customer_id)).success(self._shown).run()

    def set_locked(self, locked: bool) -> None:
        records, customer_id = self.records, self.customer_id
        if records is None or customer_id is None:
            return

        def save() -> None:
            records.update("customer", customer_id, {"tier_locked": locked})

        write(self, save).success(lambda _none: self.show_customer(customer_id)).run()

    def _shown(self, explanation: Explanation) -> None:
        if explanation.customer_id != self.customer_id:
            return  # another customer is on screen by now
        self.explanation = explanation
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "contribution": self.tr("Contribution"),
            "rank": self.tr("Rank"),
            "deals": self.tr("Deals"),
            "last": self.tr("Last purchase"),
            "growth": self.tr("Growth"),
            "score": self.tr("Score"),
        }
        for key, (caption, _shown) in self.figures.items():
            caption.setText(captions[key])
        self.lock.setText(self.tr("Keep the tier picked by hand (the computation leaves it)"))
        e = self.explanation
        if e is None:
            self.headline.setText(self.tr("Reading…"))
            return
        head = self.tr("Tier: %1").replace("%1", label(e.tier))
        if e.locked:
            head += " " + self.tr("(kept by a manager; the figures give %1)").replace(
                "%1", label(e.computed_tier or e.expected_tier)
            )
        self.headline.setText(head)
        self.lock.setChecked(e.locked)
        self.reason.setText(self.reason_text(e))
        self.reason.setVisible(e.reason is not None)
        window = self.tr("%1 to %2").replace("%1", when(e.start)).replace("%2", when(e.end))
        self.figures["contribution"][1].setText(f"{money(e.contribution, 'CNY')}  ({window})")
        if e.rank is None:
            rank = self.tr("No contribution in the window")
        else:
            rank = (
                self.tr("%1 of %2 in your customers")
                .replace("%1", str(e.rank))
                .replace("%2", str(e.ranked))
            )
            if e.company_top is not None:
                rank += self.tr("; about the top %1 % of the company").replace(
                    "%1", str(e.company_top)
                )
        self.figures["rank"][1].setText(rank)
        self.figures["deals"][1].setText(str(e.deals))
        self.figures["last"][1].setText(when(e.last_purchase) if e.last_purchase else "—")
        if e.growth is None:
            growth = self.tr("New in the window") if e.contribution > 0 else "—"
        else:
            growth = f"{e.growth * 100:+.0f} %"
        self.figures["growth"][1].setText(growth)
        self.figures["score"][1].setText("—" if e.score is None else f"{e.score:.3f}")
        if not e.published:
            self.note.setText(
                self.tr(
                    "The server has not computed tiers yet: the rank is among your customers only."
                )
            )
        else:
            self.note.setText(
                self.tr("The figures give %1 today.").replace("%1", label(e.expected_tier))
            )

    def reason_text(self, e: Explanation) -> str:
        if e.reason is None:
            return ""
        code, number = e.reason
        if code == OVERDUE:
            return self.tr("Restricted: a payment is %1 days overdue.").replace("%1", str(number))
        if code == FALLING:
            return self.tr(
                "Restricted: the contribution fell by %1 % against the window before."
            ).replace("%1", str(number))
        return ""


# --- 80/20 -------------------------------------------------------------------------------------


class ParetoChart(QWidget):
    """Share of contribution (up) over share of customers (across), best customers first, with
    the 20 % line and the share it cuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve: list[tuple[float, float]] = []
        self.top_share = 0.0
        self.setMinimumSize(240, 180)

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def set_curve(self, curve: Sequence[tuple[float, float]], top_share: float) -> None:
        self.curve, self.top_share = list(curve), top_share
        self.update()

    def point(self, area: QRectF, x: float, y: float) -> QPointF:
        return QPointF(area.left() + x * area.width(), area.bottom() - y * area.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        mid = palette.color(palette.ColorRole.Mid)
        accent = palette.color(palette.ColorRole.Highlight)
        metrics = painter.fontMetrics()
        margin = metrics.height() * 2
        area = QRectF(
            margin * 1.4, margin * 0.5, self.width() - margin * 2, self.height() - margin * 1.6
        )
        painter.setPen(QPen(mid, 1))
        for step in range(0, 101, 20):  # the grid, every 20 %
            foot, side = self.point(area, step / 100, 0), self.point(area, 0, step / 100)
            painter.drawLine(foot, self.point(area, step / 100, 1))
            painter.drawLine(side, self.point(area, 1, step / 100))
            painter.setPen(QPen(text, 1))
            painter.drawText(
                QRectF(foot.x() - 30, area.bottom() + 2, 60, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                f"{step}%",
            )
            painter.drawText(
                QRectF(0, side.y() - metrics.height() / 2, area.left() - 4, metrics.height()),
                Qt.AlignmentFlag.AlignRight,
                f"{step}%",
            )
            painter.setPen(QPen(mid, 1))
        if len(self.curve) < 2:
            return
        path = QPainterPath(self.point(area, *self.curve[0]))
        for x, y in self.curve[1:]:
            path.lineTo(self.point(area, x, y))
        painter.setPen(QPen(accent, 2))
        painter.drawPath(path)
        cut = self.point(area, 0.2, self.top_share)
        painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        painter.drawLine(self.point(area, 0.2, 0), cut)
        painter.drawLine(self.point(area, 0, self.top_share), cut)
        painter.setBrush(accent)
        painter.drawEllipse(cut, 4, 4)
        painter.drawText(cut + QPointF(8, metrics.height()), percent(self.top_share))


class ParetoPage(QWidget):
    """80/20 of the user's scope, offline, from the replica."""

    opened = Signal(str)  # customer id

    def __init__(
        self, value: Value, feed: ChangeFeed | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.view: ParetoView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("paretoSummary")
        self.summary.setWordWrap(True)
        self.chart = ParetoChart()
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )  # fmt: skip
        self.policy_button = QPushButton()
        self.policy_button.clicked.connect(self.edit_policy)
        self.policy_button.setVisible(self.value.may_set_policy)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.policy_button)
        body = QHBoxLayout()
        body.addWidget(self.chart, 3)
        body.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        if feed is not None:  # a replica's: refresh when its contracts change
            watch(feed, self, ["contract", "contract_line", "customer"], lambda _c: self.refresh())
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        if self.value.company_wide:  # an administrator: the company's, from the server
            run_in_background(
                self.value.pareto,
                self.show_view,
                lambda exc: show_failure(self, exc),
                owner=self,
            )
            return
        query(self, self.value.pareto).success(self.show_view).run()

    def show_view(self, view: ParetoView) -> None:
        self.view = view
        self.chart.set_curve(view.curve, view.top_share)
        self.table.setRowCount(len(view.top))
        for row, top in enumerate(view.top):
            name = QTableWidgetItem(top.name)
            name.setData(Qt.ItemDataRole.UserRole, top.id)
            amount = QTableWidgetItem(money(top.contribution, "CNY"))
            share = QTableWidgetItem(percent(top.share))
            for item in (amount, share):
                item.setTextAlignment(NUMBERS)
            for column, item in enumerate((name, amount, share)):
                self.table.setItem(row, column, item)
        self.retranslate()

    def open_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.opened.emit(item.data(Qt.ItemDataRole.UserRole))

    def edit_policy(self) -> None:
        dialog = TierPolicyDialog(self.value, self)
        dialog.open()

    def retranslate(self) -> None:
        self.policy_button.setText(self.tr("Tier policy…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Contribution"), self.tr("Share")]
        )
        view = self.view
        if view is None:
            self.summary.setText(self.tr("Reading…"))
        elif not view.customers:
            self.summary.setText(
                self.tr("No contribution between %1 and %2.")
                .replace("%1", when(view.start))
                .replace("%2", when(view.end))
            )
        else:
            self.summary.setText(
                self.tr("The top 20 % (%1 of %2 customers) brought %3 of %4 between %5 and %6.")
                .replace("%1", str(view.top_count or len(view.top)))
                .replace("%2", str(view.customers))
                .replace("%3", percent(view.top_share))
                .replace("%4", money(view.total, "CNY"))
                .replace("%5", when(view.start))
                .replace("%6", when(view.end))
            )


# --- the policy ---------------------------------------------------------------------------------


class TierPolicyDialog(QDialog):
    """Managers and administrators: the company's tier policy, Preview and Apply (online)."""

    applied = Signal(object)  # TierApplied

    def __init__(self, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.preview_result: TierPreview | None = None
        policy = value.settings().policy
        self.window_months = _spin(1, 60, policy.window_months)
        self.weights = {
            key: _spin(0, 100, int(getattr(policy.weights, key)))
            for key in ("contribution", "frequency", "recency", "growth")
        }
        self.premium = _spin(0, 100, policy.premium_percent)
        self.major = _spin(0, 100, policy.major_percent)
        self.overdue_on, self.overdue = QCheckBox(), _spin(1, 3650, policy.overdue_days or 90)
        self.overdue_on.setChecked(policy.overdue_days is not None)
        self.falling_on, self.falling = QCheckBox(), _spin(1, 100, policy.falling_percent or 50)
        self.falling_on.setChecked(policy.falling_percent is not None)
        self.contact = _spin(1, 3650, policy.potential_contact_days)
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("window", self.window_months),
            *((f"w_{k}", w) for k, w in self.weights.items()),
            ("premium", self.premium),
            ("major", self.major),
            ("overdue", _pair(self.overdue_on, self.overdue)),
            ("falling", _pair(self.falling_on, self.falling)),
            ("contact", self.contact),
        ]
        for key, widget in rows:
            caption = QLabel()
            self.captions[key] = caption
            self.form.addRow(caption, widget)
        self.matrix = QTableWidget(len(TIERS), len(TIERS))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chart = ParetoChart()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.run_preview)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.run_apply)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        right = QVBoxLayout()
        right.addWidget(self.matrix)
        right.addWidget(self.chart, 1)
        top = QHBoxLayout()
        top.addLayout(self.form)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.retranslate()

    def policy(self) -> TierPolicy:
        return TierPolicy(
            window_months=self.window_months.value(),
            weights=Weights(**{k: float(w.value()) for k, w in self.weights.items()}),
            premium_percent=self.premium.value(),
            major_percent=max(self.major.value(), self.premium.value()),
            overdue_days=self.overdue.value() if self.overdue_on.isChecked() else None,
            falling_percent=self.falling.value() if self.falling_on.isChecked() else None,
            potential_contact_days=self.contact.value(),
        )

    def _busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        show_failure(self, exc)

    def run_preview(self) -> None:
        try:
            policy = self.policy()
        except ValueError as exc:
            self.outcome.setText(str(exc))
            return
        self._busy(True)
        run_in_background(
            lambda: self.value.preview(policy), self.show_preview, self._failed, owner=self
        )

    def show_preview(self, preview: TierPreview) -> None:
        self._busy(False)
        self.preview_result = preview
        for row, source in enumerate(TIERS):
            for column, target in enumerate(TIERS):
                count = preview.matrix.get(source, {}).get(target, 0)
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(NUMBERS)
                self.matrix.setItem(row, column, item)
        self.chart.set_curve(preview.pareto, preview.top20_share)
        self.retranslate()

    def run_apply(self) -> None:
        policy = self.policy()
        self._busy(True)
        run_in_background(
            lambda: self.value.apply(policy), self.show_applied, self._failed, owner=self
        )

    def show_applied(self, done: TierApplied) -> None:
        self._busy(False)
        self.outcome.setText(
            self.tr("Applied: %1 customers changed tier.").replace("%1", str(done.changed))
        )
        self.applied.emit(done)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tier policy"))
        captions = {
            "window": self.tr("Window (months)"),
            "w_contribution": self.tr("Weight of contribution"),
            "w_frequency": self.tr("Weight of frequency"),
            "w_recency": self.tr("Weight of recency"),
            "w_growth": self.tr("Weight of growth"),
            "premium": self.tr("Premium: top % of the company"),
            "major": self.tr("Major: top % of the company (with premium)"),
            "overdue": self.tr("Restricted when a payment is overdue (days)"),
            "falling": self.tr("Restricted when the contribution falls by (%)"),
            "contact": self.tr("Potential: contact within (days)"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.overdue_on.setText(self.tr("On"))
        self.falling_on.setText(self.tr("On"))
        names = [label(t) for t in TIERS]
        self.matrix.setHorizontalHeaderLabels(names)
        self.matrix.setVerticalHeaderLabels(names)
        self.matrix.setToolTip(self.tr("Rows: the tier now; columns: the tier after Apply"))
        self.preview_button.setText(self.tr("Preview"))
        self.apply_button.setText(self.tr("Apply"))
        seen = self.preview_result
        if seen is not None:
            self.outcome.setText(
                self.tr("%1 of %2 customers would change tier; %3 locked; the top 20 % bring %4.")
                .replace("%1", str(seen.changes))
                .replace("%2", str(seen.customers))
                .replace("%3", str(seen.locked))
                .replace("%4", percent(seen.top20_share))
            )


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _pair(check: QCheckBox, spin: QSpinBox) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(check)
    row.addWidget(spin, 1)
    check.toggled.connect(spin.setEnabled)
    spin.setEnabled(check.isChecked())
    return holder


__all__ = ["Decimal", "ParetoChart", "ParetoPage", "TierExplanation", "TierPolicyDialog"]
