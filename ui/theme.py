"""The look: one palette and one stylesheet for the whole application, light or dark.

`apply(mode)` sets Qt's Fusion style (it follows the palette everywhere, on every
platform), the palette of the chosen theme and `resources/styles/outpost.qss` with the theme's
colours filled in; every window and page, also one added later, inherits both. `mode` is the
Settings choice: "light", "dark" or "system" (the desktop's colour scheme, followed while the
app runs; light when the desktop does not say).

Pages mark what the stylesheet should colour with a `tone` property (`set_tone(label,
"muted")`: muted, error, success, warning) instead of colours of their own, so a dark theme
needs nothing from them. State colours always come with words (offline, syncing, conflict,
overdue are written out), never colour alone.

Headings are bold (700), not semi-bold: the only CJK font of many Linux desktops (WenQuanYi
Micro Hei) has no bold face, and fontconfig emboldens a regular face only when bold is asked
for; 600 drew Chinese headings as normal text (tests/ui/test_theme.py measures the ink).
"""

from dataclasses import dataclass
from importlib.resources import files
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

MODES = ("system", "light", "dark")
TONES = ("muted", "error", "success", "warning")


@dataclass(frozen=True)
class Theme:
    name: str
    colours: dict[str, str]

    def colour(self, token: str) -> QColor:
        return QColor(self.colours[token])


# Colour tokens. Text tokens (text, muted, error, success, warning, link, on_*) are checked
# against every background they are drawn on (TEXT_PAIRS) for WCAG AA in tests/ui/test_theme.py.
LIGHT = Theme(
    "light",
    {
        "window": "#f4f5f7",
        "base": "#ffffff",
        "alternate": "#f6f8fa",
        "raised": "#ffffff",  # cards, buttons
        "hover": "#eef3fb",
        "border": "#d0d5dd",
        "border_strong": "#98a2b3",
        "text": "#1d2433",
        "muted": "#555e6c",
        "accent": "#1f5fbf",
        "on_accent": "#ffffff",
        "accent_soft": "#e3edfb",  # selected card, focused row
        "link": "#1a56b0",
        "error": "#b42318",
        "error_soft": "#fdecea",
        "success": "#17703a",
        "success_soft": "#e6f4ea",
        "warning": "#8a4b00",
        "warning_soft": "#fff4ce",
        "info_soft": "#e8eaed",
        "sidebar": "#1f2a3d",
        "on_sidebar": "#e4e9f2",
        "sidebar_hover": "#2c3a52",
        "tooltip": "#1d2433",
        "on_tooltip": "#ffffff",
        "disabled": "#8a919c",
    },
)
DARK = Theme(
    "dark",
    {
        "window": "#1b1e24",
        "base": "#22262e",
        "alternate": "#272c35",
        "raised": "#2a2f38",
        "hover": "#303745",
        "border": "#3c4350",
        "border_strong": "#5c6575",
        "text": "#e6e9ee",
        "muted": "#a7afbc",
        "accent": "#2d6ad0",
        "on_accent": "#ffffff",
        "accent_soft": "#27354d",
        "link": "#8cbcff",
        "error": "#ff9b8f",
        "error_soft": "#3d2224",
        "success": "#7fd69a",
        "success_soft": "#1e3527",
        "warning": "#f2c066",
        "warning_soft": "#3b3120",
        "info_soft": "#2c313b",
        "sidebar": "#14171c",
        "on_sidebar": "#d9dee7",
        "sidebar_hover": "#232833",
        "tooltip": "#e6e9ee",
        "on_tooltip": "#1b1e24",
        "disabled": "#6f7785",
    },
)
THEMES = {"light": LIGHT, "dark": DARK}

_TEXT_ON_PAGE = ("text", "muted", "error", "success", "warning", "link")
_PAGES = ("window", "base", "alternate", "raised")
# (text, background) of everything the palette and the stylesheet draw; WCAG AA for each
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *((fg, bg) for fg in _TEXT_ON_PAGE for bg in _PAGES),
    ("text", "hover"),
    ("text", "accent_soft"),
    ("link", "accent_soft"),
    ("on_accent", "accent"),
    ("on_sidebar", "sidebar"),
    ("on_sidebar", "sidebar_hover"),
    ("on_tooltip", "tooltip"),
    ("text", "warning_soft"),
    ("text", "success_soft"),
    ("text", "error_soft"),
    ("text", "info_soft"),
    ("error", "error_soft"),
    ("success", "success_soft"),
    ("warning", "warning_soft"),
)


class _Notifier(QObject):
    changed = Signal(str)  # the theme now shown: "light" or "dark"


notifier = _Notifier()
_state = {"mode": "system", "following": False}


def resolve(mode: str) -> Theme:
    """The theme `mode` means now: the desktop's scheme for "system" (light if unknown)."""
    if mode in THEMES:
        return THEMES[mode]
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def current() -> Theme:
    return resolve(_state["mode"])  # type: ignore[arg-type]


def colour(token: str) -> QColor:
    """A colour of the theme shown now (for what a page paints itself)."""
    return current().colour(token)


def palette(theme: Theme) -> QPalette:
    c = theme.colour
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "base",
        QPalette.ColorRole.AlternateBase: "alternate",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "raised",
        QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.BrightText: "error",  # palette(bright-text) in widget styles
        QPalette.ColorRole.Highlight: "accent",
        QPalette.ColorRole.HighlightedText: "on_accent",
        QPalette.ColorRole.Link: "link",
        # no visited links in the app: widget stylesheets name the success colour so
        QPalette.ColorRole.LinkVisited: "success",
        QPalette.ColorRole.ToolTipBase: "tooltip",
        QPalette.ColorRole.ToolTipText: "on_tooltip",
        QPalette.ColorRole.PlaceholderText: "muted",
        QPalette.ColorRole.Light: "raised",
        QPalette.ColorRole.Midlight: "border",
        QPalette.ColorRole.Mid: "border_strong",
        QPalette.ColorRole.Dark: "border_strong",
        QPalette.ColorRole.Shadow: "border_strong",
    }
    for role, token in roles.items():
        pal.setColor(role, c(token))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(disabled, role, c("disabled"))
    pal.setColor(disabled, QPalette.ColorRole.Highlight, c("border_strong"))
    return pal


def stylesheet(theme: Theme) -> str:
    """`resources/styles/outpost.qss` with the theme's colours in place of `$token`s."""
    template = (files("resources") / "styles" / "outpost.qss").read_text(encoding="utf-8")
    return Template(template).substitute(theme.colours)


def apply(mode: str) -> Theme:
    """Show the theme `mode` names (one of MODES) in the whole application."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _state["mode"] = mode if mode in MODES else "system"
    if not _state["following"]:  # "system" follows the desktop's changes while running
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _follow(app))
        _state["following"] = True
    return _show(app)


def _follow(app: QApplication) -> None:
    if _state["mode"] == "system":
        _show(app)


def _show(app: QApplication) -> Theme:
    theme = current()
    style = QStyleFactory.create("Fusion")
    if style is not None and app.style().name().lower() != "fusion":
        app.setStyle(style)
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))
    notifier.changed.emit(theme.name)
    return theme


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour `widget`'s text by meaning (one of TONES, None for plain) through the
    stylesheet, so it follows the theme."""
    mark(widget, "tone", tone)


def mark(widget: QWidget, name: str, value: str | None) -> None:
    """Set a property the stylesheet selects on (`tone`, `state`) and restyle the widget."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2.x contrast ratio of two opaque colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        red, green, blue = channel(c.redF()), channel(c.greenF()), channel(c.blueF())
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
