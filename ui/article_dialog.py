"""A knowledge-base article (issue 21, item 5): title, problem, solution, tags, product line
and whether it is published. Anyone drafts one (or saves a resolution as one); managers and
administrators publish, and edit published ones; others read those."""

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from app.workspace import Workspace

from .fields import completer_for
from .record_dialog import RecordDialog


class ArticleDialog(RecordDialog):
    entity = "knowledge_article"

    def __init__(self, workspace: Workspace, row_id: str | None, parent: QWidget | None = None):
        super().__init__(workspace, row_id, parent)
        self.setWindowTitle(self.tr("New article") if row_id is None else self.tr("Article"))
        knowledge = workspace.knowledge
        row = self._current()
        if not knowledge.may_publish:
            self.inputs["published"].setEnabled(False)
            if row and row.get("published"):
                self.make_read_only(
                    self.tr("Managers and administrators edit published articles; you can read it.")
                )
            else:
                self.show_note(self.tr("A draft: a manager publishes it for everyone."))
        if row_id is None:
            self.fixed["author_id"] = self.records.user_id

    def _inputs(self) -> dict[str, QWidget]:
        problem, solution = QPlainTextEdit(), QPlainTextEdit()
        problem.setFixedHeight(90)
        solution.setFixedHeight(140)
        product_line = QLineEdit()
        product_line.setCompleter(
            completer_for(self.workspace.knowledge.product_lines(), product_line)
        )
        return {
            "title": QLineEdit(),
            "problem": problem,
            "solution": solution,
            "tags": QLineEdit(),
            "product_line": product_line,
            "published": QCheckBox(self.tr("Published (every colleague finds it)")),
        }

    def _captions(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "problem": self.tr("Problem"),
            "solution": self.tr("Solution"),
            "tags": self.tr("Tags"),
            "product_line": self.tr("Product line"),
            "published": self.tr("Status"),
        }
