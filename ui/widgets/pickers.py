"""Unit and leader pickers that complete on Chinese text and on pinyin initials.

Typing "szj" offers 市住建委; typing "住建" offers it too. The list is small (a city
has a few hundred units), so filtering in Python per keystroke is instant.
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from models.reference.pinyin import matches


class _PinyinFilter(QSortFilterProxyModel):
    def __init__(self, keys: dict[str, tuple[str, ...]], parent=None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.query = ""

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9 replaces invalidateRowsFilter
            self.beginFilterChange()
            self.query = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.query = text
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt's name
        text = self.sourceModel().index(row, 0, parent).data()
        return matches(self.query, text, *self.keys.get(text, ()))


class NamePicker(QComboBox):
    """An editable combo box over (id, name, extra search texts) choices.

    ``current_id()`` is the chosen record's id, or ``None`` when the typed text names
    no record; ``edited`` fires on any change so forms can track unsaved input.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._ids: dict[str, int] = {}
        self._keys: dict[str, tuple[str, ...]] = {}
        self._names = QStringListModel(self)
        self._filter = _PinyinFilter(self._keys, self)
        self._filter.setSourceModel(self._names)
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._on_typed)
        self.lineEdit().setPlaceholderText(self.tr("输入名称或拼音首字母"))
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def set_choices(self, choices: list[tuple[int, str, tuple[str, ...]]]) -> None:
        """Replace the choices: (id, shown name, other texts that find it)."""
        self._ids = {name: rid for rid, name, _ in choices}
        self._keys.clear()
        self._keys.update({name: extra for _, name, extra in choices})
        names = [name for _, name, _ in choices]
        self._names.setStringList(names)
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(-1)
        self.blockSignals(False)

    def _on_typed(self, text: str) -> None:
        self._filter.set_query(text)
        self.completer().complete()
        self.edited.emit()

    def current_id(self) -> int | None:
        """The id of the record named in the box, or ``None``."""
        return self._ids.get(self.currentText().strip())

    def set_current_id(self, record_id: int | None) -> None:
        """Show the record with this id (or nothing)."""
        for name, rid in self._ids.items():
            if rid == record_id:
                self.setCurrentText(name)
                return
        self.setCurrentIndex(-1)
        self.setEditText("")


class UnitPicker(NamePicker):
    """Picks an active unit; finds it by full name, short name or pinyin initials."""

    def __init__(self, parent: QWidget | None = None, include_inactive: bool = False) -> None:
        super().__init__(parent)
        self.include_inactive = include_inactive
        self.reload()

    def reload(self) -> None:
        """Re-read the units table."""
        from models.reference.directory import Unit

        q = Unit.select().order_by(Unit.kind, Unit.name)
        if not self.include_inactive:
            q = q.where(Unit.active == True)  # noqa: E712
        self.set_choices([(u.id, u.short_name or u.name, (u.name, u.short_name)) for u in q])


class LeaderPicker(NamePicker):
    """Picks an active leader by name or pinyin initials (post shown in the search)."""

    def __init__(self, parent: QWidget | None = None, include_inactive: bool = False) -> None:
        super().__init__(parent)
        self.include_inactive = include_inactive
        self.reload()

    def reload(self) -> None:
        """Re-read the leaders table."""
        from models.reference.directory import Leader

        q = Leader.select().order_by(Leader.level.desc(), Leader.name)
        if not self.include_inactive:
            q = q.where(Leader.active == True)  # noqa: E712
        self.set_choices([(x.id, x.name, (x.post,)) for x in q])
