"""网民留言: 一日一览 (today's reading), 每周集中回复 (the weekly batch) and all messages."""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.calendar.store import load_calendar
from models.core.actors import Permission
from models.core.errors import UserError
from models.messages import records as m
from ui.messages.hot_topics import HotTopicsView
from ui.session import Change
from ui.widgets.date_field import DateField
from ui.widgets.forms import FormDialog, show_placeholder
from ui.widgets.message_table_model import MessageTableModel
from ui.widgets.pickers import UnitPicker
from ui.widgets.template_button import TemplateButton

TOPIC = Change.MESSAGES


def _message_html(msg: m.Message) -> str:
    esc = html.escape
    unit = msg.unit.name if msg.unit_id else ""
    rows = [("留言编号", msg.board_no), ("留言时间", f"{msg.posted_at:%Y-%m-%d %H:%M}"),
            ("留言对象", msg.addressed_to), ("留言人", msg.nickname),
            ("类型 / 领域 / 地区", " / ".join(x for x in (msg.kind, msg.field, msg.region) if x)),
            ("办理状态", msg.state + (f"（转 {unit}）" if unit else ""))]
    meta = "".join(f"<tr><td style='color:#666;padding-right:12px'>{esc(k)}</td><td>{esc(v)}</td></tr>"
                   for k, v in rows if v)
    body = esc(msg.content).replace("\n", "<br>")
    extra = ""
    for label, text in (("研判意见", msg.assessment), ("单位答复", msg.draft_reply),
                        ("审核回复", msg.approved_reply), ("不予回复原因", msg.decline_reason)):
        if text:
            extra += f"<p><b>{esc(label)}：</b>{esc(text)}</p>"
    return (f"<h3 style='margin:0 0 6px 0'>{esc(msg.title)}</h3><table>{meta}</table>"
            f"<hr><p style='font-size:11pt;line-height:150%'>{body}</p>{extra}")


class _UnreadList(QListWidget):
    """The unread list: J/K move like the arrows (vi and mail-reader habit)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_J:
                self.setCurrentRow(min(self.currentRow() + 1, self.count() - 1))
                return
            if event.key() == Qt.Key.Key_K:
                self.setCurrentRow(max(self.currentRow() - 1, 0))
                return
        super().keyPressEvent(event)


class ReadingView(QWidget):
    """一日一览: the unread messages, oldest first, the full text beside them.

    Keyboard: J/K or ↑/↓ move; Tab reaches 研判 and 转办单位; Ctrl+Enter (or Enter in
    研判) marks the message read — and forwards it when a unit is chosen — then
    moves to the next one. Ctrl+Z (撤销标为已阅) takes the latest marking back, then the
    one before it, and puts the message back in the list with what was typed.
    """

    written = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.list = _UnreadList()
        self.list.setMinimumWidth(320)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.text = QTextBrowser()
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.assessment = QLineEdit()
        self.assessment.setPlaceholderText(self.tr("研判意见（可留空），回车标为已阅"))
        self.unit = show_placeholder(UnitPicker())
        self.read_button = QPushButton(self.tr("标为已阅 (Ctrl+Enter)"))
        self.undo_button = QPushButton(self.tr("撤销标为已阅 (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #2E7D32;")
        self.notice.setWordWrap(True)
        hint = QLabel(self.tr("J/K 或 ↑/↓ 上下移动　Tab 填写研判与转办单位　Ctrl+Enter 标为已阅（选了单位则同时转办）"
                              "　Ctrl+Z 撤销标为已阅"))
        hint.setStyleSheet("color: #666;")

        form = QFormLayout()
        form.addRow(self.tr("研判："), self.assessment)
        form.addRow(self.tr("转办单位："), self.unit)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.text, 1)
        rl.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.read_button)
        rl.addLayout(row)
        rl.addWidget(self.notice)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)
        layout.addWidget(hint)
        self.setTabOrder(self.list, self.assessment)
        self.setTabOrder(self.assessment, self.unit)
        self.setTabOrder(self.unit, self.read_button)

        self.list.currentRowChanged.connect(self._show)
        self.assessment.returnPressed.connect(self.mark_current)
        self.read_button.clicked.connect(self.mark_current)
        self.undo_button.clicked.connect(self.undo_last)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.mark_current)
        # In the 研判 field Ctrl+Z undoes typing (the field takes it first); elsewhere here
        # it takes back the latest marking.
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_last)
        self._ids: list[int] = []
        # The markings that can be taken back, latest last, with what was typed for each.
        self._marked: list[tuple[m.ReadReceipt, str, int | None]] = []
        self.reload()

    def reload(self) -> None:
        """Re-read the unread messages, keeping the place when possible."""
        keep = self.current_id()
        self.unit.reload()
        self._ids = []
        self.list.blockSignals(True)
        self.list.clear()
        for msg in m.unread():
            item = QListWidgetItem(f"{msg.posted_at:%m-%d %H:%M}  {msg.title}")
            item.setToolTip(f"{msg.board_no}  {msg.kind}  {msg.region}")
            self.list.addItem(item)
            self._ids.append(msg.id)
        self.list.blockSignals(False)
        row = self._ids.index(keep) if keep in self._ids else 0
        self.list.setCurrentRow(row if self._ids else -1)
        self._show(self.list.currentRow())
        self._update_count()

    def _update_count(self) -> None:
        n = len(self._ids)
        self.count_label.setText(self.tr("今日待阅：还剩 %n 条", "", n) if n
                                 else self.tr("今日留言已全部阅毕"))

    def current_id(self) -> int | None:
        row = self.list.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def remaining(self) -> int:
        """How many unread messages are left in the list."""
        return len(self._ids)

    def _show(self, row: int) -> None:
        self.error.clear()
        mid = self._ids[row] if 0 <= row < len(self._ids) else None
        if mid is None:
            self.text.setHtml(f"<p style='color:#666'>{html.escape(self.tr('没有未读的留言。'))}</p>")
            return
        msg = m.Message.get_or_none(m.Message.id == mid)
        if msg is not None:
            self.text.setHtml(_message_html(msg))

    def mark_current(self) -> None:
        """Mark the current message read (and forward it if a unit is chosen), go to the next."""
        mid = self.current_id()
        if mid is None:
            return
        typed_unit = self.unit.currentText().strip()
        unit_id = self.unit.current_id()
        if typed_unit and unit_id is None:
            self.error.setText(self.tr("没有名为“%1”的单位，请从列表中选择，或清空后只标为已阅。")
                               .replace("%1", typed_unit))
            self.unit.setFocus()
            return
        typed = self.assessment.text()
        try:
            receipt = m.read_message(self.session.actor, mid, self.session.today(), typed, unit_id)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self._marked.append((receipt, typed, unit_id))
        self.undo_button.setEnabled(True)
        done = (self.tr("已标为已阅并转办{0}：留言 {1}。").format(typed_unit, receipt.board_no) if receipt.forwarded
                else self.tr("已标为已阅：留言 {0}。").format(receipt.board_no))
        self._announce(done + self.tr("如有误，按 Ctrl+Z 撤销标为已阅。"))
        row = self.list.currentRow()
        self._ids.pop(row)
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self.assessment.clear()
        self.unit.set_current_id(None)
        if self._ids:
            self.list.setCurrentRow(min(row, len(self._ids) - 1))
        self._show(self.list.currentRow())
        self._update_count()
        self.list.setFocus()
        self.written.emit()

    def undo_last(self) -> None:
        """撤销标为已阅: put the latest marked message back in the list as it was, with the
        研判 and unit typed for it, ready to be corrected and marked again."""
        if not self._marked:
            return
        receipt, typed, unit_id = self._marked.pop()
        self.undo_button.setEnabled(bool(self._marked))
        try:
            m.undo_read(self.session.actor, [receipt])
        except UserError as exc:
            self.error.setText(exc.message)
            self._announce("")
            return
        self.reload()
        if receipt.message_id in self._ids:
            self.list.setCurrentRow(self._ids.index(receipt.message_id))
        self.written.emit()
        self.assessment.setText(typed)
        self.unit.set_current_id(unit_id)
        self._announce(self.tr("已撤销标为已阅：留言 {0} 回到待阅列表。").format(receipt.board_no))
        self.list.setFocus()

    def _announce(self, text: str) -> None:
        # Beside the buttons, and in the window's status bar when the pane is in one.
        self.notice.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            if text:
                window.statusBar().showMessage(text, 15000)
            else:
                window.statusBar().clearMessage()


class BatchView(QWidget):
    """每周集中回复: gather the week's approved replies, export them, mark them published."""

    written = Signal()
    HEADERS = ("留言编号", "留言标题", "回复内容", "承办单位", "审核日期")

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.week = DateField(session.today(), today=session.today)
        self.info = QLabel()
        self.gather_button = QPushButton(self.tr("汇总本周已审核回复"))
        self.export_button = QPushButton(self.tr("导出 .xlsx…"))
        self.remove_button = QPushButton(self.tr("移出批次"))
        self.publish_button = QPushButton(self.tr("标记为已发布…"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for col, width in enumerate((110, 260, 480, 160, 90)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("周：")))
        top.addWidget(self.week)
        top.addWidget(self.info, 1)
        buttons = QHBoxLayout()
        for b in (self.gather_button, self.export_button, self.remove_button, self.publish_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.week.dateChanged.connect(lambda _d: self.reload())
        self.gather_button.clicked.connect(self.gather)
        self.export_button.clicked.connect(lambda: self.export())
        self.remove_button.clicked.connect(self.remove_selected)
        self.publish_button.clicked.connect(self.publish)
        self._batch: m.ReplyBatch | None = None
        self._ids: list[str] = []
        self.reload()

    def day(self) -> dt.date:
        return self.week.value()

    def reload(self) -> None:
        """Show the chosen week's batch (or what gathering it would find)."""
        day = self.day()
        weekday = int(m.settings.get(m.REPLY_WEEKDAY))
        rday = m.reply_day(load_calendar(), day, weekday)
        self._batch = m.batch_for_week(day)
        published = self._batch is not None and self._batch.state == "已发布"
        lines = m.batch_lines(self._batch.id) if self._batch else []
        pending = [] if published else m.pending_approved(rday)
        if self._batch is None:
            state = self.tr("尚未汇总；已审核待编入 %1 条").replace("%1", str(len(pending)))
        elif published:
            state = self.tr("已于 %1 发布").replace("%1", self._batch.published_on.isoformat())
        else:
            state = self.tr("待发布；另有已审核未编入 %1 条").replace("%1", str(len(pending)))
        self.info.setText(self.tr("回复日 %1（%2）　批次 %3 条　%4").replace(
            "%1", rday.isoformat()).replace("%2", m.WEEKDAY_NAMES[rday.weekday()]).replace(
            "%3", str(len(lines))).replace("%4", state))
        self.table.setRowCount(len(lines))
        self._ids = []
        for r, ln in enumerate(lines):
            for c, v in enumerate((ln.board_no, ln.title, ln.reply, ln.unit,
                                   ln.approved_on.isoformat() if ln.approved_on else "")):
                self.table.setItem(r, c, QTableWidgetItem(v))
            self._ids.append(ln.board_no)
        self.gather_button.setEnabled(not published)
        self.publish_button.setEnabled(bool(lines) and not published)
        self.remove_button.setEnabled(bool(lines) and not published)
        self.export_button.setEnabled(bool(lines))

    def _fail(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("未能完成"), exc.message)

    def gather(self) -> None:
        try:
            m.gather_batch(self.session.actor, self.day(), load_calendar())
        except UserError as exc:
            self._fail(exc)
            return
        self.reload()
        self.written.emit()

    def export(self, path: str | None = None) -> Path | None:
        """Write the batch as .xlsx (asks where unless ``path`` is given)."""
        from reports.spreadsheet import write_sheet

        if self._batch is None:
            return None
        if path is None:
            default = f"网民留言集中回复-{self._batch.reply_day:%Y%m%d}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出集中回复清单"), default,
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        sheet = m.batch_sheet(self._batch.id)
        try:
            out = write_sheet(Path(path), sheet.title, sheet.headers, sheet.rows, col_widths=sheet.widths,
                              sheet_name="集中回复")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), getattr(exc, "message", "") or
                                self.tr("无法写入文件（%1）。请关闭在 Excel 中打开的同名文件，或换一个位置。")
                                .replace("%1", str(exc)))
            return None
        self.info.setText(self.info.text() + self.tr("　已导出：%1").replace("%1", str(out)))
        return out

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._ids):
            return
        msg = m.Message.get(m.Message.board_no == self._ids[row])
        try:
            m.remove_from_batch(self.session.actor, msg.id)
        except UserError as exc:
            self._fail(exc)
            return
        self.reload()
        self.written.emit()

    def publish(self) -> None:
        """Mark every message of the batch 已回复 today, after asking."""
        if self._batch is None:
            return
        n = len(self._ids)
        today = self.session.today()
        answer = QMessageBox.question(
            self, self.tr("标记为已发布"),
            self.tr("确认这 %1 条回复已在留言板上发布？\n它们将全部标为“已回复”，回复日期 %2。此操作不能撤销。")
            .replace("%1", str(n)).replace("%2", today.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            m.publish_batch(self.session.actor, self._batch.id, today)
        except UserError as exc:
            self._fail(exc)
            return
        self.reload()
        self.written.emit()


class HandleDialog(FormDialog):
    """办理: the step the message is at — forward, the unit's reply, approve, send back, decline."""

    def __init__(self, session, message_id: int, parent: QWidget | None = None) -> None:
        msg = m.Message.get_by_id(message_id)
        super().__init__(QCoreApplication.translate("HandleDialog", "办理留言 %1").replace("%1", msg.board_no),
                         parent)
        self.session, self.msg = session, msg
        self.resize(760, 640)
        view = QTextBrowser()
        view.setHtml(_message_html(msg))
        view.setMinimumHeight(220)
        self.form.addRow(view)
        self.action = QComboBox()
        self.actions = self._actions(msg.state)
        self.action.addItems([label for label, _ in self.actions])
        self.add_row(self.tr("办理："), self.action)
        self.unit = self.add_row(self.tr("转办单位："), UnitPicker())
        self.unit.set_current_id(msg.unit_id)
        self.text = self.add_row(self.tr("内容："), QPlainTextEdit())
        self.text.setPlaceholderText(self.tr("研判意见 / 单位答复 / 审核通过的回复 / 退回或不予回复的原因"))
        self.action.currentIndexChanged.connect(self._prefill)
        self._prefill()
        if not self.actions:
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)

    def _actions(self, state: str) -> list[tuple[str, str]]:
        table = {
            "新留言": [("标为已阅", "read"), ("转办", "forward"), ("不予回复", "decline")],
            "已阅研判": [("转办", "forward"), ("直接审核回复", "approve"), ("不予回复", "decline")],
            "已转办": [("登记单位答复", "draft"), ("改转其他单位", "forward"), ("不予回复", "decline")],
            "已收到答复": [("审核通过", "approve"), ("退回重办", "return"), ("重新登记答复", "draft"),
                        ("不予回复", "decline")],
            "已审核": [("修改审核回复", "approve"), ("退回重办", "return"), ("不予回复", "decline")],
        }
        return [(self.tr(label), key) for label, key in table.get(state, [])]

    def _prefill(self) -> None:
        key = self.actions[self.action.currentIndex()][1] if self.actions else ""
        self.unit.setEnabled(key == "forward")
        text = {"read": self.msg.assessment, "forward": self.msg.assessment, "draft": self.msg.draft_reply,
                "approve": self.msg.approved_reply or self.msg.draft_reply}.get(key, "")
        self.text.setPlainText(text)
        self._dirty = False

    def save(self):
        key = self.actions[self.action.currentIndex()][1]
        a, mid, v, today = self.session.actor, self.msg.id, self.msg.version, self.session.today()
        text = self.text.toPlainText()
        if key == "read":
            return m.mark_read(a, mid, today, text, v)
        if key == "forward":
            if self.unit.current_id() is None:
                raise UserError(self.tr("请从列表中选择转办单位。"))
            return m.forward(a, mid, self.unit.current_id(), today, text, v)
        if key == "draft":
            return m.receive_draft(a, mid, text, today, v)
        if key == "approve":
            return m.approve_reply(a, mid, text, today, v)
        if key == "return":
            return m.return_draft(a, mid, text, v)
        return m.decline(a, mid, text, today, v)


class AllView(QWidget):
    """全部留言: search by text, state and type; Enter or double-click opens 办理."""

    written = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、标题、留言人、领域、地区（Ctrl+F）"))
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), None)
        for s in m.STATES:
            self.state.addItem(s, s)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类型"), None)
        for k in m.KINDS:
            self.kind.addItem(k, k)
        self.count = QLabel()
        self.model = MessageTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().hide()
        for col, width in enumerate((100, 130, 420, 60, 80, 80, 90, 140)):
            self.view.setColumnWidth(col, width)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.state)
        top.addWidget(self.kind)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.doubleClicked.connect(lambda _i: self.open_current())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.row_menu().popup(self.view.viewport().mapToGlobal(pos)))
        sc = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(self.open_current)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.reload()

    def reload(self) -> None:
        self.model.set_filters(text=self.search.text(), state=self.state.currentData(),
                               kind=self.kind.currentData())
        self.count.setText(self.tr("共 %1 条").replace("%1", str(self.model.total)))

    def row_menu(self) -> QMenu:
        """The context menu of a message: 办理, and its 转办单 once forwarded."""
        from models.documents.more_data import TRANSFERABLE

        idx = self.view.currentIndex()
        row = self.model.rows[idx.row()] if idx.isValid() else None
        menu = QMenu(self)
        menu.addAction(self.tr("办理…"), self.open_current).setEnabled(row is not None)
        menu.addAction(self.tr("生成转办单…"), self.make_transfer).setEnabled(
            row is not None and row.state in TRANSFERABLE)
        return menu

    def make_transfer(self) -> None:
        """Switch to 文档 with this message's 网民留言转办单."""
        from models.documents.register import MESSAGE
        from ui.widgets.document_link import make_document

        idx = self.view.currentIndex()
        if idx.isValid():
            make_document(self, MESSAGE, self.model.rows[idx.row()].id, self.tr(
                "转办单在留言转办给承办单位后才能生成。请先办理该留言并转办。"))

    def open_current(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        dialog = HandleDialog(self.session, self.model.rows[idx.row()].id, self)
        if dialog.exec():
            self.reload()
            self.written.emit()


class Pane(QWidget):
    """网民留言 pane: three tabs and the morning import."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reading = ReadingView(session)
        self.batch = BatchView(session)
        self.all = AllView(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reading, self.tr("一日一览"))
        self.tabs.addTab(self.batch, self.tr("每周集中回复"))
        self.tabs.addTab(self.all, self.tr("全部留言"))
        self.hot = HotTopicsView(session)
        self.tabs.addTab(self.hot, self.tr("群众关注热点"))
        self.import_button = QPushButton(self.tr("导入留言板列表… (Ctrl+I)"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.clicked.connect(lambda: self.import_file())
        top = QHBoxLayout()
        title = QLabel(self.tr("网民留言"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.import_button)
        self.template_button = TemplateButton("messages", session, self)
        top.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for view in (self.reading, self.batch, self.all):
            view.written.connect(lambda: self.session.notify(TOPIC))
        session.changed.connect(self._on_changed)
        self.import_button.setEnabled(session.actor.can(Permission.WRITE))
        self._background = None

    def open_record(self, record_type: str, record_id: int) -> None:
        """Open a message's handling dialog (from the dashboard or 统计)."""
        if record_type != "message":
            return
        self.tabs.setCurrentWidget(self.all)
        dialog = HandleDialog(self.session, record_id, self)
        if dialog.exec():
            self.session.notify(TOPIC)

    def _on_changed(self, topic: str) -> None:
        if topic in (TOPIC, Change.UNITS, Change.TODAY, Change.SETTINGS, Change.CALENDAR):
            self.reading.reload()
            self.batch.reload()
            self.all.reload()

    def import_file(self, path: str | None = None) -> None:
        """Pick the board's saved list, preview what importing does, then import it."""
        from ui.background import Background

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择留言板导出的文件"), "",
                                                  self.tr("表格文件 (*.xlsx *.csv)"))
            if not path:
                return
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("正在读取文件…"))
        self._background = Background(self)
        self._background.finished.connect(self._preview)
        self._background.failed.connect(self._import_failed)
        self._background.start(lambda: _plan_or_error(Path(path)))

    def _import_failed(self, text: str) -> None:
        self._restore_import_button()
        QMessageBox.warning(self, self.tr("导入失败"), text)

    def _restore_import_button(self) -> None:
        self.import_button.setEnabled(self.session.actor.can(Permission.WRITE))
        self.import_button.setText(self.tr("导入留言板列表… (Ctrl+I)"))

    def _preview(self, result) -> None:
        from models.messages.importing import apply_import

        self._restore_import_button()
        if isinstance(result, UserError):
            QMessageBox.warning(self, self.tr("无法导入"), result.message)
            return
        plan = result
        lines = [plan.summary()]
        if plan.ignored_headers:
            lines.append(self.tr("未使用的列：%1").replace("%1", "、".join(plan.ignored_headers)))
        lines += [str(e) for e in plan.errors[:15]]
        lines += [f"第{s.row}行（{s.board_no}）跳过：{s.reason}" for s in plan.skipped[:10]]
        if plan.errors:
            QMessageBox.warning(self, self.tr("文件有误，未导入"),
                                "\n".join(lines) + "\n\n" + self.tr("请改正文件后重新导入。"))
            return
        if not plan.new and not plan.updated:
            QMessageBox.information(self, self.tr("无需导入"), "\n".join(lines))
            return
        answer = QMessageBox.question(self, self.tr("导入预览"), "\n".join(lines) + "\n\n" + self.tr("确定导入吗？"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            apply_import(self.session.actor, plan, self.session.today())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导入失败"), exc.message)
            return
        self.session.notify(TOPIC)


def _plan_or_error(path: Path):
    from models.messages.importing import plan_import

    try:
        return plan_import(path)
    except UserError as exc:
        return exc
