"""Loading the UI language: English in the source, Simplified Chinese from a .qm file.

English has a .qm too, with only the plural messages (`tr("%n change(s)", "", n)`): Qt picks
"%n change" or "%n changes" from a translation's numerus forms, and the source text can hold
only one of them (CONVENTIONS.md, "Translations")."""

from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []
LANGUAGE = "outpostLanguage"  # property of our translator: the language it is for


def resolve(setting: str) -> str:
    """The language to use: the setting if known, else the system locale, else English."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def translations(language: str) -> Traversable:
    """Our .qm for `language`, found through the `resources` package (also in a bundle)."""
    return files("resources") / "translations" / f"outpost_{language}.qm"


def install(language: str) -> str:
    """Switch the running application to `language`; widgets get a LanguageChange event,
    none when it is the language already installed."""
    app = QCoreApplication.instance()
    assert app is not None
    language = resolve(language)
    if _installed and _installed[0].property(LANGUAGE) == language:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    ours.setProperty(LANGUAGE, language)
    if ours.load(str(translations(language))):
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    return language
