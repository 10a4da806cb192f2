"""工作台: the pane the application opens on — what needs the clerk today.

Cards with lists (light symbol, colour and text on every line); one click or Enter
opens the record in its pane. The content is built off the UI thread by
:func:`models.overview.dashboard.build_dashboard` and rebuilt whenever ``session.changed``
fires anywhere in the application (no polling).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Permission
from models.core.errors import UserError
from models.instructions.rules import MISSING, Lapse
from models.overview.dashboard import Dashboard, DueEntry, FirstSteps, build_dashboard
from ui.background import Background
from ui.session import Change
from ui.widgets.template_button import TemplateButton

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

    def set_lines(self, lines: list[tuple[str, str | None, tuple[str, int] | None]], count: int | None = None) -> None:
        """Fill the list: (text, colour or None, (record_type, id) or None) per line."""
        n = len(lines) if count is None else count
        self.setTitle(f"{self.base_title}（{n}）")
        self.list.clear()
        if not lines:
            item = QListWidgetItem(self.empty_text)
            item.setForeground(QBrush(QColor("#757575")))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
            return
        for text, colour, record in lines:
            item = QListWidgetItem(text)
            if colour:
                item.setForeground(QBrush(QColor(READABLE.get(colour, colour))))
            if record is not None:
                item.setData(RECORD_ROLE, record)
                item.setToolTip(self.tr("单击或按回车打开"))
            self.list.addItem(item)


class FirstStepsCard(QGroupBox):
    """开始使用: a new office's three first steps — units, the year's plan, the instruction
    ledger — each with its import and its template, and the demonstration to look at first."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("开始使用：三步建好本室的数据"))
        self.setStyleSheet("QGroupBox { font-size: 12pt; font-weight: bold; border: 2px solid #1565C0;"
                           " border-radius: 4px; margin-top: 12px; padding-top: 8px; }"
                           "QGroupBox::title { subcontrol-origin: margin; left: 10px; color: #1565C0; }"
                           "QGroupBox QLabel, QGroupBox QPushButton { font-size: 10pt; font-weight: normal; }")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("按顺序导入本室现有的表格。每一步都可先保存导入模板，照模板整理好再导入；"
                               "导入前会整体检查，有一行出错就不写入，并列出出错的行和原因。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        writable = session.actor.can(Permission.WRITE)
        steps = [
            ("units", self.tr("① 单位名录"), self.tr("各单位的名称、简称、类型和联系人。重点工作和批示件都从名录中选单位，所以先导入它。"),
             self.tr("导入单位名录…")),
            ("plan", self.tr("② 年度重点工作"), self.tr("从市委常委会年度工作要点等分解出的事项：牵头单位、责任单位、完成时限、督查时间。"),
             self.tr("导入重点工作计划…")),
            ("ledger", self.tr("③ 批示件台账"), self.tr("已在办理的领导批示件：编号、批示领导、批示内容、承办单位、办理时限和办结情况。"),
             self.tr("导入批示件台账…")),
        ]
        self.states: dict[str, QLabel] = {}
        self.import_buttons: dict[str, QPushButton] = {}
        self.template_buttons: dict[str, TemplateButton] = {}
        for row, (what, title, text, button) in enumerate(steps):
            name = QLabel(title)
            name.setStyleSheet("font-weight: bold;")
            grid.addWidget(name, row, 0)
            body = QLabel(text)
            body.setWordWrap(True)
            grid.addWidget(body, row, 1)
            state = QLabel()
            grid.addWidget(state, row, 2)
            importer = QPushButton(button)
            importer.setEnabled(writable)
            importer.clicked.connect(lambda _checked=False, w=what: self._start_import(w))
            grid.addWidget(importer, row, 3)
            template = TemplateButton(what, session, self, self.tr("保存导入模板…"))
            grid.addWidget(template, row, 4)
            self.states[what], self.import_buttons[what], self.template_buttons[what] = state, importer, template
        layout.addLayout(grid)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #BBDEFB;")
        layout.addWidget(line)
        demo = QHBoxLayout()
        demo_text = QLabel(self.tr("先看看演示？演示数据是南宁市委督查室 2014年的工作（人名为虚构），另存在数据文件夹下的"
                                   " demo 文件夹中，不影响本室数据；打开后点窗口右下角的“返回本室数据库”回到这里。"))
        demo_text.setWordWrap(True)
        demo.addWidget(demo_text, 1)
        self.demo_button = QPushButton(self.tr("打开演示数据…"))
        self.demo_button.clicked.connect(lambda _checked=False: self._open_demo())
        demo.addWidget(self.demo_button)
        layout.addLayout(demo)

    def show_steps(self, steps: FirstSteps) -> None:
        """Mark each step done (with its count) or still to do."""
        done = {"units": (steps.units, self.tr("✓ 已有 {0} 个单位")),
                "plan": (steps.key_items, self.tr("✓ 已有 {0} 项重点工作")),
                "ledger": (steps.instructions, self.tr("✓ 已有 {0} 件批示件"))}
        for what, (n, text) in done.items():
            label = self.states[what]
            label.setText(text.format(n) if n else self.tr("尚未导入"))
            label.setStyleSheet("color: #2E7D32;" if n else "color: #757575;")

    def _start_import(self, what: str) -> None:
        starter = getattr(self.window(), "start_import", None)
        if starter is not None:
            starter(what)

    def _open_demo(self) -> None:
        opener = getattr(self.window(), "open_demo", None)
        if opener is not None:
            opener()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def due_line(e: DueEntry, overdue: bool) -> str:
    """"● 超期 督〔2014〕4号 城中村改造群众诉求 — 西乡塘区，时限2013-12-17（已超期214个工作日）";
    a key item late by a stage: "…，第2阶段“主桥合龙”时限2014-10-15（已超期9个工作日）".
    Every word goes through Qt's translation (context ``Dashboard``)."""
    when = e.deadline.isoformat() if e.deadline else ""
    if e.stage is not None:
        when = _tr("第{0}阶段“{1}”时限{2}").format(e.stage, e.stage_title, when)
    else:
        when = _tr("时限{0}").format(when)
    if overdue:
        # Working days, as the office counts time limits (and 通报批评 says them).
        tail = _tr("已超期{0}个工作日").format(e.late_workdays)
    elif e.days == 0:
        tail = _tr("今天到期")
    else:
        tail = _tr("还有{0}天").format(e.days)
    kind = _tr("重点工作") if e.record_type == "key_item" else _tr("批示件")
    return _tr("{0}  [{1}] {2} {3} — {4}，{5}（{6}）").format(
        e.light.text(), kind, e.label, e.title, e.unit, when, tail)


def lapse_line(e: Lapse, today) -> str:
    """"● 缺报  督〔2014〕9号 公交线路调整 — 市住建委：交办反馈表应于2014-11-05前签收（已逾期5天）"."""
    head = _tr("{0} {1} — {2}：{3}反馈表应于{4}前{5}").format(
        e.form.number, e.form.matter, e.form.unit, e.form.kind, e.due.isoformat(), e.what)
    if e.status == MISSING:
        return _tr("● 缺报  {0}（已逾期{1}天）").format(head, e.days_missing(today))
    return _tr("○ 迟报  {0}，{1}才{2}（迟{3}天）").format(
        head, e.answered_on.isoformat(), e.what, e.days_late)


class Pane(QWidget):
    """工作台."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.board: Dashboard | None = None
        #: Whether the board has been shown once (the start's first screen is then filled).
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
        self.single_label = QLabel(self.tr(
            "服务器数据库尚未建立账号：凡能连上这个服务器数据库的人都以“本机用户”（管理员）身份修改数据，"
            "审计记录分不出是谁，直到管理员建立账号为止。请尽快建立账号。") if self.session.on_server
            else self.tr("单机模式：本数据库尚未建立账号，任何人打开程序都以“本机用户”（管理员）身份操作。"))
        self.single_label.setWordWrap(self.session.on_server)  # the longer sentence
        self.single_label.setStyleSheet("color: #1565C0;")
        self.single_button = QPushButton(self.tr("创建管理员账号…"))
        self.single_button.clicked.connect(self._create_admin)
        single.addWidget(self.single_label, 1)
        single.addWidget(self.single_button)
        self.single_row = QWidget()
        self.single_row.setLayout(single)
        self.single_row.hide()
        outer.addWidget(self.single_row)

        self.first_steps = FirstStepsCard(self.session)
        self.first_steps.hide()
        self.overdue = Card(self.tr("超期事项"), self.tr("没有超期的重点工作和批示件。"))
        self.due = Card(self.tr("本周到期"), self.tr("本周没有到期的事项。"))
        self.missing = Card(self.tr("季度进展缺报"), self.tr("各单位季度进展均已按时报送。"))
        self.messages = Card(self.tr("网民留言"), self.tr("没有未阅的留言。"))
        self.reviews = Card(self.tr("待回访复核"), self.tr("没有待复核的办结件。"))
        self.criticism = Card(self.tr("拟通报批评"), self.tr("暂无符合通报批评条件的单位。"))
        self.feedback = Card(self.tr("未按期反馈"), self.tr("发出的反馈表均已按期反馈（或尚未到期）。"))
        self.remind_button = QPushButton(self.tr("催办未反馈单位"))
        self.remind_button.setToolTip(self.tr("对到期未反馈、且到期后尚未催办的单位各登记一次书面催办"))
        self.remind_button.setStyleSheet("font-size: 10pt; font-weight: normal;")
        self.remind_button.clicked.connect(self.remind_missing)
        self.feedback.layout().addWidget(self.remind_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cards = [self.overdue, self.due, self.missing, self.messages, self.reviews, self.criticism, self.feedback]
        grid = QGridLayout()
        grid.addWidget(self.first_steps, 0, 0, 1, 2)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, 1 + i // 2, i % 2)
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
        self.worker.start(lambda: build_dashboard(today))

    def _failed(self, error: str) -> None:
        self.status.setText(self.tr("更新失败：{0}").format(error))

    def show_board(self, board: Dashboard) -> None:
        """Show a built dashboard."""
        self.filled = True
        self.board = board
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
        self.first_steps.show_steps(board.first_steps)
        self.first_steps.setVisible(board.first_steps.needed)
        self.single_button.setEnabled(self.session.actor.role.value == "admin")

        self.overdue.set_lines([(due_line(e, True), e.light.colour, (e.record_type, e.record_id)) for e in board.overdue])
        self.due.set_lines([(due_line(e, False), e.light.colour, (e.record_type, e.record_id))
                            for e in board.due_this_week])
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
                                for e in board.reviews_waiting])
        self.criticism.set_lines([(f"● {c.unit}：{c.number} {c.matter} — {c.reasons}", "#D32F2F",
                                   ("instruction", c.instruction_id)) for c in board.criticism])
        counts = board.counts()
        self.feedback.set_lines([(lapse_line(e, t), "#D32F2F" if e.status == MISSING else "#B26A00",
                                  ("instruction", e.form.instruction_id)) for e in board.feedback_lapses],
                                count=counts["feedback_missing"] + counts["feedback_late"])
        self.feedback.note.setText(self.tr("缺报 {0} 项，迟报 {1} 项；其中 {2} 个单位到期后尚未催办。").format(
            counts["feedback_missing"], counts["feedback_late"], board.feedback_to_remind))
        self.feedback.note.setVisible(bool(board.feedback_lapses))
        self.remind_button.setText(self.tr("催办未反馈单位（{0}）").format(board.feedback_to_remind))
        self.remind_button.setEnabled(bool(board.feedback_to_remind) and self.session.actor.can(Permission.WRITE))

    # ---- actions -----------------------------------------------------------------------
    def _open_item(self, item: QListWidgetItem) -> None:
        record = item.data(RECORD_ROLE)
        if not record:
            return
        window = self.window()
        opener = getattr(window, "open_record", None)
        if opener is not None:
            opener(record[0], int(record[1]))

    def remind_missing(self) -> None:
        """催办未反馈单位: one written 催办 for each unit whose 反馈表 answer is missing and
        that was not reminded since it fell due, after the clerk confirms."""
        from models.instructions.feedback_due import remind_missing

        n = self.board.feedback_to_remind if self.board is not None else 0
        answer = QMessageBox.question(self, self.tr("催办未反馈单位"), self.tr(
            "将对 {0} 个到期未反馈的单位各登记一次书面催办（今天，{1}），催办内容写明应反馈的日期。继续吗？").format(
            n, self.session.today().isoformat()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = remind_missing(self.session.actor, self.session.today())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未催办"), exc.message)
            return
        self.session.notify(Change.INSTRUCTIONS)
        QMessageBox.information(self, self.tr("催办未反馈单位"), self.tr(
            "已对 {0} 个单位登记书面催办。可在“批示件”中打开各件，为其导出催办反馈表。").format(done))

    def _create_admin(self) -> None:
        from ui.safety.accounts_dialog import open_accounts

        open_accounts(self.session, self)
        self.session.notify(Change.ACCOUNTS)
