"""Sums of money as text: one format per language, wherever an amount is shown.

English: the currency's ISO code, a space, the amount with thousands separated and cents only
when there are some ("CNY 1,200,000", "USD 12.50"). Simplified Chinese: the same, but yuan
with the sign readers expect ("¥1,200,000"). Separators come from the locale the language set
(`ui.i18n.install`).
"""

from decimal import Decimal

from PySide6.QtCore import QLocale

SIGNS = {"zh": {"CNY": "¥"}}  # language -> currency -> sign written before the amount


def money(amount: Decimal | int | float, currency: str) -> str:
    locale = QLocale()
    value = Decimal(str(amount))
    digits = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    separators: dict[str, str | int | None] = {
        ",": locale.groupSeparator(),
        ".": locale.decimalPoint(),
    }
    digits = digits.translate(str.maketrans(separators))
    language = locale.name().split("_")[0]
    sign = SIGNS.get(language, {}).get(currency)
    return f"{sign}{digits}" if sign else f"{currency} {digits}"
