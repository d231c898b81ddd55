"""Problems found in staff-edited files, and the error that carries them.

Library code never prints or exits: it returns or raises `Problem` values, and
the command line (`bot.cli`) formats them. Every problem names the file, the
line and column (1-based), the field, what is wrong and how to fix it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    column: int | None
    field: str
    message: str
    hint: str = ""
    level: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.level}: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.hint:
            text += f"\n    how to fix: {self.hint}"
        return text


class LoadError(Exception):
    """Raised when intent or settings files have errors; `problems` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
