"""The look (issue 20, item 3): light and dark themes chosen in Settings and kept, text
readable on every background of both (WCAG AA), Chinese headings visibly bold although the
CJK font has no bold face, and the sync state in colour as well as words; and Settings'
default reminder per kind of task (item 2)."""

import re
from datetime import UTC, date, datetime, time
from importlib.resources import files

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QSize, QTime
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.workspace import Workspace
from tests.support.clients import connect
from ui import calendar_grid, i18n, settings, theme
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.task_dialog import TaskDialog

AA = 4.5  # WCAG 2.x level AA, normal text


@pytest.fixture
def themed(qapp):
    """The app as ui.main starts it (light), and Qt's defaults again afterwards for the
    other tests."""
    palette, style = QApplication.palette(), qapp.styleSheet()
    theme.apply("light")
    yield
    theme.apply("light")  # what paints its own colours (the calendar) takes the light ones
    theme._state["mode"] = "system"
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


def _rules() -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) of the stylesheet, colours as their `$token`s."""
    text = (files("resources") / "styles" / "outpost.qss").read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        props = dict(
            (name.strip(), value.strip())
            for name, value in (p.split(":", 1) for p in body.split(";") if ":" in p)
        )
        rules.append((" ".join(selector.split()), props))
    return rules


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK], ids=lambda t: t.name)
def test_every_text_colour_is_readable_on_its_background(look):
    failures = [
        f"{fg} on {bg}: {theme.contrast(look.colour(fg), look.colour(bg)):.2f}"
        for fg, bg in theme.TEXT_PAIRS
        if theme.contrast(look.colour(fg), look.colour(bg)) < AA
    ]
    # the palette's own pairs, as Qt draws text on them
    pal, role = theme.palette(look), QPalette.ColorRole
    for text, ground in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.Link, role.Window),
    ):
        ratio = theme.contrast(pal.color(text), pal.color(ground))
        if ratio < AA:
            failures.append(f"{text.name} on {ground.name}: {ratio:.2f}")
    # every rule of the stylesheet that sets a text colour: on its own background, or on
    # the pages' (checked above). Disabled controls are exempt (WCAG 1.4.3: "part of an
    # inactive user interface component").
    on_pages = {fg for fg, bg in theme.TEXT_PAIRS if bg == "window"}
    for selector, props in _rules():
        fg = props.get("color", "").removeprefix("$")
        bg = props.get("background", "").removeprefix("$")
        if not fg or ":disabled" in selector:
            continue
        if bg in look.colours:
            ratio = theme.contrast(look.colour(fg), look.colour(bg))
            if ratio < AA:
                failures.append(f"{selector}: {fg} on {bg}: {ratio:.2f}")
        elif fg not in on_pages:
            failures.append(f"{selector}: {fg} is not checked on the pages' backgrounds")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("look", ["light", "dark"])
def test_the_calendar_text_is_readable_in_both_themes(look):
    table = calendar_grid._DARK if look == "dark" else calendar_grid._LIGHT
    pairs = [
        ("TEXT", "PAPER"),
        ("MUTED", "PAPER"),
        ("MUTED", "OFF_HOURS"),
        ("TEXT", "OFF_HOURS"),
        ("TODAY", "TODAY_BACK"),
        ("TODAY", "PAPER"),
        ("CLASH", "CLASH_BACK"),
        ("CLASH", "PAPER"),
        ("DONE_TEXT", "DONE_BACK"),
    ]
    colours = {name: QColor(value) for name, value in table.items() if isinstance(value, str)}
    ratios = {f"{fg} on {bg}": theme.contrast(colours[fg], colours[bg]) for fg, bg in pairs}
    for kind, (back, _border) in ((k, v) for k, v in table.items() if isinstance(v, tuple)):
        ratios[f"TEXT on {kind}"] = theme.contrast(colours["TEXT"], QColor(back))
        ratios[f"MUTED on {kind}"] = theme.contrast(colours["MUTED"], QColor(back))
    assert {pair: round(r, 2) for pair, r in ratios.items() if r < AA} == {}


def test_dark_theme_from_settings_changes_the_window_and_is_kept(qtbot, workspace, themed):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.palette().color(QPalette.ColorRole.Window).lightness() > 200
    search = window.search_action.icon().pixmap(QSize(24, 24)).toImage()
    assert _ink(search).lightness() < 100  # dark strokes on a light window

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "system"
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()

    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert window.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    search = window.search_action.icon().pixmap(QSize(24, 24)).toImage()
    assert _ink(search).lightness() > 180  # the same icon, now light strokes
    page = window.grab().toImage()
    assert page.pixelColor(QPoint(window.width() - 5, window.height() // 2)).lightness() < 60
    assert settings.THEME.get() == "dark"
    again = SettingsDialog(window)  # opened again, or after a restart: still dark
    qtbot.addWidget(again)
    assert again.theme.currentData() == "dark"
    assert theme.apply(settings.THEME.get()) is theme.DARK


def _ink(image: QImage) -> QColor:
    """The colour of the most opaque pixel: the icon's strokes."""
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=QColor.alpha,
    )
    return best


def _dark_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )


@pytest.mark.parametrize("name", ["pageTitle", "stageTitle"])
def test_chinese_headings_are_visibly_bold(qtbot, themed, name):
    """WenQuanYi Micro Hei has only a regular face: a heading must still look heavier than
    the same words in the same size as normal text."""
    i18n.install("zh_CN")
    heading, plain = QLabel("销售漏斗 初步接触"), QLabel("销售漏斗 初步接触")
    heading.setObjectName(name)
    box = QWidget()
    qtbot.addWidget(box)
    for label in (heading, plain):
        label.setParent(box)
    box.show()
    plain.setFont(heading.font())  # the heading's size
    font = plain.font()
    font.setBold(False)
    plain.setFont(font)
    plain.resize(heading.sizeHint())
    heading.resize(heading.sizeHint())
    assert heading.font().bold()
    assert _dark_pixels(heading) > 1.25 * _dark_pixels(plain)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_offline_is_said_in_words_and_colour(
    qtbot, server, make_account, tmp_path, account, themed
):
    user = make_account()
    client = connect(server.url, user.username, user.password, tmp_path / "ui.sqlite3")
    client.api.base_url = "http://127.0.0.1:9"
    window = MainWindow(Workspace(account, client.records, client.engine))
    qtbot.addWidget(window)
    window.show()
    window.sync_now()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Offline"), timeout=10_000)
    label = window.sync_label
    assert label.palette().color(QPalette.ColorRole.WindowText) == theme.colour("error")
    assert window.sync_icon.isVisible() and not window.sync_icon.pixmap().isNull()
    window.close()
    client.close()


def test_the_stylesheet_is_a_shipped_resource():
    """Read through importlib.resources (and so from the bundle: installer/outpost.spec)."""
    assert (files("resources") / "styles" / "outpost.qss").is_file()


def test_a_new_task_takes_the_reminder_set_for_its_kind_in_settings(qtbot, workspace, records):
    """Settings' default reminder per kind (issue 20, item 2): a new visit gets it, a new
    to-do none; the choice is kept."""
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    visits = dialog.reminders["visit"]
    assert visits.currentData() is None  # none until chosen
    visits.setCurrentIndex(visits.findData(15))
    dialog.accept()
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.reminders["visit"].currentData() == 15

    form = TaskDialog(workspace, day=date(2031, 3, 11), kind="visit")
    qtbot.addWidget(form)
    assert form.combo("remind_at").currentData() == 15
    form.choose("kind", "todo")
    assert form.combo("remind_at").currentData() is None
    form.choose("kind", "visit")
    form.inputs["title"].setText("Visit 张伟")
    form.inputs["starts_at"].setDateTime(QDateTime(QDate(2031, 3, 11), QTime(10, 0)))
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    [row] = records.find("task")
    assert row["remind_at"] == datetime.combine(date(2031, 3, 11), time(9, 45)).astimezone(UTC)
