"""群众关注热点: the period's messages by 领域, 地区 and recurring words, against the
period before; a group becomes a proposed 督查调研 topic with one action."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Permission
from models.core.errors import UserError
from models.core.numbers import date_cn
from models.overview.hot_topics import KINDS, HotGroup, proposal_title
from ui.background import Background
from ui.session import Change, Session
from ui.widgets.date_field import DateField

GROUP_ROLE = Qt.ItemDataRole.UserRole


def compute(start: dt.date, end: dt.date) -> list[HotGroup]:
    """The grouping as a background job (segmenting a quarter's titles takes a moment)."""
    from models.overview.hot_topics import hot_topics

    return hot_topics(start, end)


class HotTopicsView(QWidget):
    """Choose a period, see what the citizens are raising, propose a research topic."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        today = session.today()
        self.start = DateField()
        self.start.setDate(today - dt.timedelta(days=90))
        self.end = DateField()
        self.end.setDate(today)
        self.run = QPushButton(self.tr("分析"))
        self.run.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("留言时间")), self.start, QLabel(self.tr("至")), self.end, self.run):
            bar.addWidget(w)
        bar.addStretch(1)
        self.status = QLabel(self.tr("按领域、地区和标题中反复出现的词归类，与之前同样长的一段时间比较。"))
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("归类"), self.tr("条数"), self.tr("上一期"), self.tr("变化")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.propose = QPushButton(self.tr("拟为调研课题…"))
        self.propose.setToolTip(self.tr("以选中的一类留言为题，新建一个“群众反映强烈的热点问题”方向的督查调研课题（选题阶段）"))
        self.propose.clicked.connect(self.propose_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.propose)
        layout.addLayout(row)
        self.job = Background(self)
        self.job.finished.connect(self.show_groups)
        self.job.failed.connect(lambda text: self.status.setText(self.tr("分析失败：{0}").format(text)))
        self._enable()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            self.status.setText(self.tr("截止日期早于起始日期，请改正。"))
            return
        self.status.setText(self.tr("正在分析…"))
        self.job.start(lambda: compute(start, end))

    def show_groups(self, groups: list[HotGroup]) -> None:
        self.tree.clear()
        if not groups:
            self.status.setText(self.tr("这一时期没有达到 3 条的留言归类。"))
            self._enable()
            return
        for kind in KINDS:
            rows = [g for g in groups if g.kind == kind]
            if not rows:
                continue
            head = QTreeWidgetItem([self.tr("按{0}").format(kind)])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for g in rows:
                item = QTreeWidgetItem([g.label, str(g.count), str(g.previous), g.trend])
                item.setData(0, GROUP_ROLE, g)
                for col in (1, 2):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                head.addChild(item)
            head.setExpanded(True)
        start, end = self.period()
        self.status.setText(self.tr("{0}至{1}，与之前同样长的一段时间比较。选中一类可拟为调研课题。").format(
            date_cn(start), date_cn(end)))
        self._enable()

    def selected(self) -> HotGroup | None:
        item = self.tree.currentItem()
        return item.data(0, GROUP_ROLE) if item is not None else None

    def _enable(self) -> None:
        self.propose.setEnabled(self.selected() is not None and self.session.actor.can(Permission.WRITE))

    def propose_selected(self) -> None:
        from models.overview.hot_topics import propose_research

        group = self.selected()
        if group is None:
            return
        answer = QMessageBox.question(
            self, self.tr("拟为调研课题"),
            self.tr("新建督查调研课题“{0}”？\n（{1}“{2}”，{3}条留言，上一期{4}条；课题处于选题阶段，可在“督查调研”中修改或删除。）").format(
                proposal_title(group), group.kind, group.label, group.count, group.previous))
        if answer != QMessageBox.StandardButton.Yes:
            return
        start, end = self.period()
        try:
            topic = propose_research(self.session.actor, group, start, end)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("拟为调研课题"), exc.message)
            return
        self.session.notify(Change.RESEARCH)
        self.status.setText(self.tr("已新建调研课题：{0}").format(topic.title))
