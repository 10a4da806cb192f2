"""How the office writes numbers: one formatter for every rate on screen, on paper and
in the command line."""
from __future__ import annotations


def percent(rate: float | None) -> str:
    """A rate as the office writes it: "100%", "93.3%"; "" when nothing fell due.

    Whole percentages drop the decimal (the article writes 100%, not 100.0%).
    """
    if rate is None:
        return ""
    value = round(rate * 100, 1)
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"
