"""工作台: the pane the application opens on — what needs the clerk today.

Cards with lists (light symbol, colour and text on every line); one click or Enter
opens the record in its pane. The content is built off the UI thread by
:func:`models.overview.dashboard.build_dashboard` and rebuilt whenever ``session.changed``
fires anywhere in the application (no polling).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.session import Change
from ui.background import Background

if TYPE_CHECKING:
    from models.overview.dashboard import Dashboard, DueEntry

WEEKDAYS = "一二三四五六日"
RECORD_ROLE = Qt.ItemDataRole.UserRole
# The lights' yellow is for dots; as text on white it is too faint, so lines use a darker amber.
READABLE = {"#F9A825": "#B26A00"}


class Card(QGroupBox):
    """A titled list whose lines open records."""

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_title, self.empty_text = title, empty
        self.setTitle(title)
        self.setStyleSheet("QGroupBox { font-size: 12pt; font-weight: bold; }"
                           "QGroupBox QListWidget { font-size: 11pt; font-weight: normal; }")
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-weight: normal;")
        self.note.hide()
        layout.addWidget(self.note)
        self.list = QListWidget()
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setMinimumHeight(120)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        layout.addWidget(self.list)

    def set_lines(self, lines: list[tuple[str, str | None, tuple[str, int] | None]], count: int | None = None,
                  more: str = "") -> None:
        """Fill the list: (text, colour or None, (record_type, id) or None) per line.

        ``count``: how many there are in all, when the list holds only the first of them;
        ``more`` then says, with ``{0}`` for the number not listed, where to find the rest.
        """
        n = len(lines) if count is None else count
        self.setTitle(f"{self.base_title}（{n}）")
        self.list.clear()
        if not lines:
            self._add_note(self.empty_text)
            return
        self._fill(lines)
        if more and n > len(lines):
            self._add_note(more.format(n - len(lines)))

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QBrush(QColor("#757575")))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def _fill(self, lines: list[tuple[str, str | None, tuple[str, int] | None]]) -> None:
        for text, colour, record in lines:
            item = QListWidgetItem(text)
            if colour:
                item.setForeground(QBrush(QColor(READABLE.get(colour, colour))))
            if record is not None:
                item.setData(RECORD_ROLE, record)
                item.setToolTip(self.tr("单击或按回车打开"))
            self.list.addItem(item)


def due_line(e: DueEntry, overdue: bool) -> str:
    """"● 超期 督〔2014〕4号 城中村改造群众诉求 — 西乡塘区，时限2013-12-17（已超期315天）"."""
    when = e.deadline.isoformat() if e.deadline else ""
    if overdue:
        tail = f"已超期{e.days}天"
    elif e.days == 0:
        tail = "今天到期"
    else:
        tail = f"还有{e.days}天"
    kind = "重点工作" if e.record_type == "key_item" else "批示件"
    return f"{e.light.text()}  [{kind}] {e.label} {e.title} — {e.unit}，时限{when}（{tail}）"


def _build(today):
    # Imported on the worker's first run: the models behind the cards are not needed to
    # paint the window, and their import then costs the window nothing.
    from models.overview.dashboard import build_dashboard

    return build_dashboard(today)


class Pane(QWidget):
    """工作台."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.board: Dashboard | None = None
        #: The cards hold a built dashboard (or say why not): the first screen is filled.
        self.filled = False
        self.worker = Background(self)
        self.worker.finished.connect(self.show_board)
        self.worker.failed.connect(self._failed)
        self._build()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        session.changed.connect(self._on_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        # In the main window the window is painted and idle first, then the cards are
        # filled, so the database's work never holds the first paint back.
        when_idle = getattr(self.window(), "when_idle", None)
        if when_idle is not None:
            when_idle(self.refresh)
        else:
            self.refresh()

    # ---- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.status = QLabel()
        self.status.setStyleSheet("color: #757575;")
        head.addWidget(self.status)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip(self.tr("F5"))
        refresh.clicked.connect(self.refresh)
        head.addWidget(refresh)
        outer.addLayout(head)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #FFF3E0; color: #E65100; padding: 6px; border: 1px solid #FFB74D;")
        self.banner.hide()
        outer.addWidget(self.banner)
        single = QHBoxLayout()
        self.single_label = QLabel(self.tr("单机模式：本数据库尚未建立账号，任何人打开程序都以“本机用户”（管理员）身份操作。"))
        self.single_label.setStyleSheet("color: #1565C0;")
        self.single_button = QPushButton(self.tr("创建管理员账号…"))
        self.single_button.clicked.connect(self._create_admin)
        single.addWidget(self.single_label, 1)
        single.addWidget(self.single_button)
        self.single_row = QWidget()
        self.single_row.setLayout(single)
        self.single_row.hide()
        outer.addWidget(self.single_row)

        self.overdue = Card(self.tr("超期事项"), self.tr("没有超期的重点工作和批示件。"))
        self.due = Card(self.tr("本周到期"), self.tr("本周没有到期的事项。"))
        self.missing = Card(self.tr("季度进展缺报"), self.tr("各单位季度进展均已按时报送。"))
        self.messages = Card(self.tr("网民留言"), self.tr("没有未阅的留言。"))
        self.reviews = Card(self.tr("待回访复核"), self.tr("没有待复核的办结件。"))
        self.criticism = Card(self.tr("拟通报批评"), self.tr("暂无符合通报批评条件的单位。"))
        self.cards = [self.overdue, self.due, self.missing, self.messages, self.reviews, self.criticism]
        grid = QGridLayout()
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // 2, i % 2)
            card.list.itemClicked.connect(self._open_item)
            card.list.itemActivated.connect(self._open_item)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    # ---- data --------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        # Several writes in a row (or a workflow calling others) refresh once.
        self._pending.start()

    def refresh(self) -> None:
        """Rebuild the content off the UI thread."""
        today = self.session.today()
        self.status.setText(self.tr("正在更新…"))
        self.worker.start(lambda: _build(today))

    def _failed(self, error: str) -> None:
        self.filled = True
        self.status.setText(self.tr("更新失败：{0}").format(error))

    def show_board(self, board: Dashboard) -> None:
        """Show a built dashboard."""
        self.board = board
        self.filled = True
        t = board.today
        self.heading.setText(self.tr("工作台　{0}年{1}月{2}日 星期{3}").format(t.year, t.month, t.day, WEEKDAYS[t.weekday()]))
        self.status.setText("")
        warn = []
        if board.calendar_missing_year:
            warn.append(self.tr("{0}年的工作日历（节假日与调休安排）尚未录入：跨年的期限暂按周一至周五计算，"
                                "请在“设置 → 工作日历”中录入国务院公布的放假安排。").format(board.calendar_missing_year))
        self.banner.setText("\n".join(warn))
        self.banner.setVisible(bool(warn))
        self.single_row.setVisible(board.single_user)
        self.single_button.setEnabled(self.session.actor.role.value == "admin")

        totals = board.counts()
        self.overdue.set_lines([(due_line(e, True), e.light.colour, (e.record_type, e.record_id)) for e in board.overdue],
                               totals["overdue"], self.tr("……另有 {0} 件未列出：请到“批示件”的“已超期”页和“重点工作”中查看。"))
        self.due.set_lines([(due_line(e, False), e.light.colour, (e.record_type, e.record_id))
                            for e in board.due_this_week],
                           totals["due_this_week"], self.tr("……另有 {0} 件未列出：请到“批示件”和“重点工作”中查看。"))
        self.missing.set_lines([
            (f"● 缺报  {m.year}年第{m.quarter}季度  第{m.item_number}项 {m.item_title} — {m.unit_name}"
             f"（应于{m.due.isoformat()}前报送）", "#D32F2F", ("key_item", m.item_id)) for m in board.reports_missing])
        counts = [self.tr("今日待阅 {0} 条").format(board.unread_messages)]
        if board.messages_overdue:
            counts.append(self.tr("积压未回复 {0} 条").format(board.messages_overdue))
        # Counts on the first line, this week's batch on the second.
        lines = ["；".join(counts)] + ([board.batch.text] if board.batch is not None else [])
        self.messages.note.setText("\n".join(lines))
        self.messages.note.show()
        self.messages.set_lines([(f"○ 未阅  {posted.isoformat()}  {no}  {title}", None, ("message", mid))
                                 for mid, no, title, posted in board.unread_sample], count=board.unread_messages)
        self.reviews.set_lines([(f"○ 待复核  {e.label} {e.title} — {e.unit}，{e.deadline.isoformat() if e.deadline else ''}"
                                 f"办结（已等{e.days}天）", None, ("instruction", e.record_id))
                                for e in board.reviews_waiting],
                               totals["reviews_waiting"], self.tr("……另有 {0} 件未列出：请到“批示件”的“待复核”页查看。"))
        self.criticism.set_lines([(f"● {c.unit}：{c.number} {c.matter} — {c.reasons}", "#D32F2F",
                                   ("instruction", c.instruction_id)) for c in board.criticism],
                                 totals["criticism"],
                                 self.tr("……另有 {0} 条未列出：请在“批示件”中点“通报批评候选”查看全部。"))

    # ---- actions -----------------------------------------------------------------------
    def _open_item(self, item: QListWidgetItem) -> None:
        record = item.data(RECORD_ROLE)
        if not record:
            return
        window = self.window()
        opener = getattr(window, "open_record", None)
        if opener is not None:
            opener(record[0], int(record[1]))

    def _create_admin(self) -> None:
        from ui.safety.accounts_dialog import open_accounts

        open_accounts(self.session, self)
        self.session.notify(Change.ACCOUNTS)
