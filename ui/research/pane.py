"""督查调研: the topic list with lights on planned dates, and one topic's whole record."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Permission
from models.core.errors import UserError
from models.research import topics as r
from models.research.agenda import topic_light
from ui.session import Change
from ui.widgets.date_field import DateField
from ui.widgets.forms import FormDialog, show_placeholder
from ui.widgets.open_file import open_with_system
from ui.widgets.pickers import LeaderPicker, UnitPicker

TOPIC = Change.RESEARCH


class _UnitList(QWidget):
    """Several units: pick one with the UnitPicker, Enter or 添加 adds it, Delete removes."""

    def __init__(self, unit_ids=(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = show_placeholder(UnitPicker())
        add = QPushButton(self.tr("添加"))
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        add.clicked.connect(self.add_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, activated=self._remove)
        self.ids: list[int] = []
        for uid in unit_ids:
            self._append(uid)

    def _append(self, uid: int) -> None:
        from models.reference.directory import Unit

        if uid in self.ids:
            return
        self.ids.append(uid)
        self.list.addItem(Unit.get_by_id(uid).name)

    def add_current(self) -> None:
        uid = self.picker.current_id()
        if uid is not None:
            self._append(uid)
            self.picker.set_current_id(None)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.ids.pop(row)
            self.list.takeItem(row)


class TopicForm(FormDialog):
    """New topic or edit one (Ctrl+N in the list)."""

    def __init__(self, session, topic: r.ResearchTopic | None = None, parent: QWidget | None = None) -> None:
        super().__init__("修改调研课题" if topic else "新建调研课题", parent)
        self.session, self.topic = session, topic
        self.title = self.add_row(self.tr("课题名称："), QLineEdit(topic.title if topic else ""))
        self.direction = self.add_row(self.tr("选题方向："), QComboBox())
        self.direction.addItems(list(r.DIRECTIONS))
        if topic:
            self.direction.setCurrentText(topic.direction)
        self.year = self.add_row(self.tr("年度："), QSpinBox())
        self.year.setRange(2000, 2100)
        self.year.setValue(topic.year if topic else session.today().year)
        self.people = self.add_row(self.tr("参加人员："), QLineEdit(topic.people if topic else ""))
        self.start = self.add_row(self.tr("计划开始："), DateField(
            topic.planned_start if topic else session.today(), optional=True, today=session.today))
        self.end = self.add_row(self.tr("计划完成："), DateField(
            topic.planned_end if topic else session.today() + dt.timedelta(days=60), optional=True,
            today=session.today))
        self.units = self.add_row(self.tr("联合单位："), _UnitList([u.id for u in r.topic_units(topic.id)]
                                                              if topic else []))
        self.resize(620, 420)

    def save(self):
        self.units.add_current()
        data = r.TopicData(self.title.text(), self.direction.currentText(), self.year.value(),
                           self.people.text(), self.start.value(), self.end.value(),
                           self.units.ids)
        return r.save_topic(self.session.actor, data, self.topic.id if self.topic else None,
                            self.topic.version if self.topic else None)


class VisitForm(FormDialog):
    """A field visit: date, place, units visited, participants, notes."""

    def __init__(self, session, topic_id: int, parent: QWidget | None = None,
                 visit: r.FieldVisit | None = None) -> None:
        super().__init__("修改实地调研" if visit else "新增实地调研", parent)
        self.session, self.topic_id, self.visit = session, topic_id, visit
        self.day = self.add_row(self.tr("日期："), DateField(visit.day if visit else session.today(),
                                                             today=session.today))
        self.place = self.add_row(self.tr("地点："), QLineEdit(visit.place if visit else ""))
        self.units = self.add_row(self.tr("调研单位："), _UnitList([u.id for u in r.visit_units(visit.id)]
                                                              if visit else []))
        self.people = self.add_row(self.tr("参加人员："), QLineEdit(visit.participants if visit else ""))
        self.notes = self.add_row(self.tr("情况记录："), QPlainTextEdit(visit.notes if visit else ""))
        self.resize(560, 420)

    def save(self):
        self.units.add_current()
        v = self.visit
        return r.save_visit(self.session.actor, self.topic_id, r.VisitData(
            self.day.value(), self.place.text(), self.people.text(), self.notes.toPlainText(),
            self.units.ids), v.id if v else None, v.version if v else None)


class FindingForm(FormDialog):
    """Reword a finding or recommendation (its adoption is set in the list)."""

    def __init__(self, session, finding: r.Finding, parent: QWidget | None = None) -> None:
        super().__init__("修改" + finding.kind, parent)
        self.session, self.finding = session, finding
        self.text = self.add_row(self.tr("内容："), QPlainTextEdit(finding.text))
        self.resize(520, 260)

    def save(self):
        return r.edit_finding(self.session.actor, self.finding.id, self.text.toPlainText(),
                              self.finding.version)


class ResponseForm(FormDialog):
    """领导批示/采纳: who instructed and what."""

    def __init__(self, session, topic_id: int, parent: QWidget | None = None) -> None:
        super().__init__("登记领导批示", parent)
        self.session, self.topic_id = session, topic_id
        self.leader = self.add_row(self.tr("批示领导："), LeaderPicker())
        self.text = self.add_row(self.tr("批示内容："), QPlainTextEdit())
        self.resize(520, 320)

    def save(self):
        topic = r.ResearchTopic.get_by_id(self.topic_id)
        return r.record_leader_response(self.session.actor, self.topic_id, self.session.today(),
                                        self.leader.currentText(), self.text.toPlainText(), topic.version)


STEP_FUNCTIONS = {"协调": r.start_coordination, "实地调研": r.start_fieldwork,
                  "分析撰写": r.start_writing, "已报送": r.submit_report}


class TopicDetail(QWidget):
    """One topic: header, step button, visits, findings with adoption, the report."""

    def __init__(self, pane: Pane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.session = pane.session
        self.topic: r.ResearchTopic | None = None
        self.header = QTextBrowser()
        self.header.setMaximumHeight(200)
        self.step_button = QPushButton()
        self.edit_button = QPushButton(self.tr("修改课题…"))
        self.instruction_button = QPushButton(self.tr("批示转为批示件"))
        self.delete_topic_button = QPushButton(self.tr("删除课题"))
        self.visits = QTableWidget(0, 4)
        self.visits.setHorizontalHeaderLabels([self.tr(h) for h in ("日期", "地点", "调研单位", "情况记录")])
        self.visits.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.visits.setColumnWidth(0, 90)
        self.visits.setColumnWidth(1, 180)
        self.visits.setColumnWidth(2, 160)
        self.add_visit = QPushButton(self.tr("新增实地调研…"))
        self.edit_visit_button = QPushButton(self.tr("编辑…"))
        self.delete_visit_button = QPushButton(self.tr("删除"))
        self.findings = QTableWidget(0, 3)
        self.findings.setHorizontalHeaderLabels([self.tr(h) for h in ("类别", "内容", "采纳情况")])
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings.setColumnWidth(0, 80)
        self.findings.setColumnWidth(2, 110)
        self.add_finding = QPushButton(self.tr("新增意见建议…"))
        self.edit_finding_button = QPushButton(self.tr("修改…"))
        self.delete_finding_button = QPushButton(self.tr("删除"))
        self._visit_ids: list[int] = []
        self._finding_ids: list[int] = []
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("报告摘要"))
        self.summary.setMaximumHeight(90)
        self.save_summary = QPushButton(self.tr("保存摘要"))
        self.attach = QPushButton(self.tr("附报告文件…"))
        # Beside a file the report is in its attachments folder; on the server in the
        # database: either way a checked file on this computer is what opens.
        self.open_report_button = QPushButton(self.tr("打开报告文件"))
        self.report_label = QLabel()
        for t in (self.visits, self.findings):
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            t.verticalHeader().hide()
            t.setWordWrap(True)

        top = QHBoxLayout()
        for b in (self.step_button, self.edit_button, self.instruction_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.delete_topic_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self._titled(self.tr("实地调研"), self.add_visit, self.edit_visit_button,
                                      self.delete_visit_button))
        layout.addWidget(self.visits, 1)
        layout.addWidget(self._titled(self.tr("发现问题与意见建议"), self.add_finding, self.edit_finding_button,
                                      self.delete_finding_button))
        layout.addWidget(self.findings, 1)
        rep = QHBoxLayout()
        rep.addWidget(self.report_label, 1)
        rep.addWidget(self.open_report_button)
        rep.addWidget(self.attach)
        rep.addWidget(self.save_summary)
        layout.addWidget(self._titled(self.tr("调研报告")))
        layout.addWidget(self.summary)
        layout.addLayout(rep)

        self.step_button.clicked.connect(self.next_step)
        self.edit_button.clicked.connect(self.edit)
        self.instruction_button.clicked.connect(self.to_instruction)
        self.add_visit.clicked.connect(self.new_visit)
        self.add_finding.clicked.connect(self.new_finding)
        self.save_summary.clicked.connect(self.store_summary)
        self.attach.clicked.connect(lambda: self.attach_report())
        self.open_report_button.clicked.connect(self.open_report)
        self.delete_topic_button.clicked.connect(self.remove_topic)
        self.edit_visit_button.clicked.connect(self.edit_visit)
        self.delete_visit_button.clicked.connect(self.remove_visit)
        self.edit_finding_button.clicked.connect(self.edit_finding)
        self.delete_finding_button.clicked.connect(self.remove_finding)
        self.visits.cellDoubleClicked.connect(lambda *_: self.edit_visit())
        self.findings.cellDoubleClicked.connect(lambda *_: self.edit_finding())
        self.visits.itemSelectionChanged.connect(self._update_row_buttons)
        self.findings.itemSelectionChanged.connect(self._update_row_buttons)
        # Viewers get no edit/delete controls at all, not just greyed-out ones.
        for b in (self.delete_topic_button, self.edit_visit_button, self.delete_visit_button,
                  self.edit_finding_button, self.delete_finding_button):
            b.setVisible(self.session.actor.can(Permission.WRITE))
        self.show_topic(None)

    def _titled(self, text: str, *buttons: QPushButton) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 6, 0, 0)
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        row.addWidget(label)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return w

    def _can_write(self) -> bool:
        return self.topic is not None and self.session.actor.can(Permission.WRITE)

    def _update_row_buttons(self) -> None:
        visit = self._can_write() and self._current_id(self.visits, self._visit_ids) is not None
        finding = self._can_write() and self._current_id(self.findings, self._finding_ids) is not None
        self.edit_visit_button.setEnabled(visit)
        self.delete_visit_button.setEnabled(visit)
        self.edit_finding_button.setEnabled(finding)
        self.delete_finding_button.setEnabled(finding)

    @staticmethod
    def _current_id(table: QTableWidget, ids: list[int]) -> int | None:
        rows = table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return ids[row] if 0 <= row < len(ids) else None

    def show_topic(self, topic_id: int | None) -> None:
        """Show a topic (or nothing)."""
        self.topic = r.ResearchTopic.get_or_none(r.ResearchTopic.id == topic_id) if topic_id else None
        t = self.topic
        for w in (self.step_button, self.edit_button, self.instruction_button, self.add_visit,
                  self.add_finding, self.save_summary, self.attach, self.summary, self.delete_topic_button):
            w.setEnabled(t is not None and self.session.actor.can(Permission.WRITE))
        self.open_report_button.setEnabled(t is not None and bool(t.report_path))
        if t is None:
            self.header.setHtml(f"<p style='color:#666'>{html.escape(self.tr('请在左侧选择一个调研课题。'))}</p>")
            self._visit_ids, self._finding_ids = [], []
            self.visits.setRowCount(0)
            self.findings.setRowCount(0)
            self._update_row_buttons()
            self.summary.setPlainText("")
            self.report_label.setText("")
            return
        esc = html.escape
        light = topic_light(t, self.session.today())
        units = "、".join(u.short_name or u.name for u in r.topic_units(t.id))
        steps = " → ".join(f"<b>{s}</b>" if s == t.state else s for s in r.STATES)
        dates = [("计划", f"{t.planned_start or '—'} 至 {t.planned_end or '—'}"),
                 ("实际", f"{t.actual_start or '—'} 至 {t.actual_end or '—'}")]
        info = [("选题方向", t.direction), ("联合单位", units), ("参加人员", t.people)] + dates
        if t.leader_instruction:
            info.append(("领导批示", f"{t.leader_name}（{t.responded_on}）：{t.leader_instruction}"))
        if t.instruction_id:
            from models.instructions.records import Instruction

            ins = Instruction.get_or_none(Instruction.id == t.instruction_id)
            info.append(("批示件", f"已转为批示件 {ins.number}（{ins.state}）" if ins
                         else f"已转为批示件（记录 {t.instruction_id} 已不存在）"))
        rows = "".join(f"<tr><td style='color:#666;padding-right:10px'>{esc(k)}</td><td>{esc(str(v))}</td></tr>"
                       for k, v in info if v)
        self.header.setHtml(
            f"<h3 style='margin:0'>{esc(t.title)} <span style='color:{light.colour}'>{light.text()}</span></h3>"
            f"<p style='margin:4px 0'>{steps}</p><table>{rows}</table>")
        nxt = r.next_step(t.state)
        self.step_button.setText(self.tr("进入下一阶段：%1").replace("%1", nxt) if nxt else self.tr("已完成全部阶段"))
        self.step_button.setEnabled(self.step_button.isEnabled() and nxt is not None)
        self.instruction_button.setEnabled(self.instruction_button.isEnabled() and t.state == "领导批示/采纳"
                                           and t.instruction_id is None)
        visits = list(t.visits.order_by(r.FieldVisit.day))
        self._visit_ids = [v.id for v in visits]
        self.visits.clearSelection()
        self.visits.setRowCount(len(visits))
        for i, v in enumerate(visits):
            units = "、".join(u.short_name or u.name for u in r.visit_units(v.id))
            for c, text in enumerate((v.day.isoformat(), v.place, units, v.notes)):
                self.visits.setItem(i, c, QTableWidgetItem(text))
        findings = list(t.findings.order_by(r.Finding.seq))
        self._finding_ids = [f.id for f in findings]
        self.findings.clearSelection()
        self.findings.setRowCount(len(findings))
        for i, f in enumerate(findings):
            self.findings.setItem(i, 0, QTableWidgetItem(f.kind))
            self.findings.setItem(i, 1, QTableWidgetItem(f.text))
            if f.kind == "意见建议":
                box = QComboBox()
                box.addItems(list(r.ADOPTIONS))
                box.setCurrentText(f.adoption)
                box.setEnabled(self.session.actor.can(Permission.WRITE))
                box.currentTextChanged.connect(lambda text, fid=f.id: self.set_adoption(fid, text))
                self.findings.setCellWidget(i, 2, box)
            else:
                self.findings.setItem(i, 2, QTableWidgetItem("—"))
        self.findings.resizeRowsToContents()  # a few rows only
        self._update_row_buttons()
        self.summary.setPlainText(t.report_summary)
        if t.report_path:
            ok = r.verify_report(t, self.session.db_path)
            self.report_label.setText(self.tr("报告文件：%1（SHA-256 %2…，%3）").replace("%1", t.report_name)
                                      .replace("%2", t.report_sha256[:12])
                                      .replace("%3", self.tr("校验一致") if ok else self.tr("校验不符或文件缺失！")))
        else:
            self.report_label.setText(self.tr("尚未附报告文件"))

    def _run(self, fn, *args) -> bool:
        try:
            fn(self.session.actor, *args)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能完成"), exc.message)
            return False
        self.pane.written(self.topic.id)
        return True

    def next_step(self) -> None:
        t = self.topic
        nxt = r.next_step(t.state)
        if nxt == "领导批示/采纳":
            form = ResponseForm(self.session, t.id, self)
            if form.exec():
                self.pane.written(t.id)
            return
        self._run(STEP_FUNCTIONS[nxt], t.id, self.session.today(), t.version)

    def edit(self) -> None:
        form = TopicForm(self.session, self.topic, self)
        if form.exec():
            self.pane.written(self.topic.id)

    def new_visit(self) -> None:
        form = VisitForm(self.session, self.topic.id, self)
        if form.exec():
            self.pane.written(self.topic.id)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def edit_visit(self) -> None:
        visit_id = self._current_id(self.visits, self._visit_ids)
        if visit_id is None or not self._can_write():
            return
        form = VisitForm(self.session, self.topic.id, self, r.FieldVisit.get_by_id(visit_id))
        if form.exec():
            self.pane.written(self.topic.id)

    def remove_visit(self) -> None:
        visit_id = self._current_id(self.visits, self._visit_ids)
        if visit_id is None or not self._can_write():
            return
        v = r.FieldVisit.get_by_id(visit_id)
        if self._confirm(self.tr("删除实地调研"),
                         self.tr("确定删除 %1 在“%2”的实地调研记录吗？").replace("%1", v.day.isoformat())
                         .replace("%2", v.place)):
            self._run(r.delete_visit, visit_id)

    def edit_finding(self) -> None:
        finding_id = self._current_id(self.findings, self._finding_ids)
        if finding_id is None or not self._can_write():
            return
        form = FindingForm(self.session, r.Finding.get_by_id(finding_id), self)
        if form.exec():
            self.pane.written(self.topic.id)

    def remove_finding(self) -> None:
        finding_id = self._current_id(self.findings, self._finding_ids)
        if finding_id is None or not self._can_write():
            return
        f = r.Finding.get_by_id(finding_id)
        short = f.text if len(f.text) <= 30 else f.text[:30] + "…"
        if self._confirm(self.tr("删除") + f.kind,
                         self.tr("确定删除这条%1吗？\n\n%2").replace("%1", f.kind).replace("%2", short)):
            self._run(r.delete_finding, finding_id)

    def remove_topic(self) -> None:
        if not self._can_write():
            return
        t = self.topic
        reason = r.delete_topic_refusal(t)
        if reason:
            QMessageBox.warning(self, self.tr("不能删除"), reason)
            return
        if self._confirm(self.tr("删除课题"),
                         self.tr("确定删除调研课题“%1”及其实地调研和意见建议吗？此操作不可撤销。")
                         .replace("%1", t.title)):
            self._run(r.delete_topic, t.id)

    def new_finding(self) -> None:
        kind, ok = QInputDialog.getItem(self, self.tr("新增"), self.tr("类别："), list(r.FINDING_KINDS), 1, False)
        if not ok:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("新增") + kind, self.tr("内容："))
        if ok:
            self._run(r.add_finding, self.topic.id, text, kind)

    def set_adoption(self, finding_id: int, adoption: str) -> None:
        self._run(r.mark_adoption, finding_id, adoption, self.session.today())

    def store_summary(self) -> None:
        self._run(r.set_report_summary, self.topic.id, self.summary.toPlainText())

    def attach_report(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择调研报告文件"), "",
                                                  self.tr("报告 (*.docx *.doc *.pdf *.wps *.txt)"))
            if not path:
                return
        self._run(r.attach_report, self.topic.id, path, self.session.db_path)

    def open_report(self) -> None:
        """Open the topic's report with the program the computer uses for its kind of file."""
        path = r.report_file(self.topic, self.session.db_path) if self.topic is not None else None
        if path is None:
            QMessageBox.warning(self, self.tr("打开报告文件"), self.tr(
                "报告文件缺失，或与附上时的校验值不符（可能已被改动），没有打开。"
                "请重新附报告文件，或请管理员运行 check 检查。"))
            return
        open_with_system(self, path, self.tr("打开报告文件"))

    def to_instruction(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("转为批示件"),
            self.tr("把领导对本报告的批示登记为一件批示件，进入专项查办的办理队列？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes and self._run(
                r.instruction_from_response, self.topic.id, self.session.today()):
            self.session.notify(Change.INSTRUCTIONS)


class Pane(QWidget):
    """督查调研 pane: topics (light, title, state, planned finish, units) and the detail."""

    HEADERS = ("灯", "课题", "选题方向", "阶段", "计划完成", "联合单位", "实地调研")

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索课题或人员（Ctrl+F）"))
        self.year = QComboBox()
        self.state = QComboBox()
        self.state.addItem(self.tr("全部阶段"), None)
        for s in r.STATES:
            self.state.addItem(s, s)
        self.new_button = QPushButton(self.tr("新建课题… (Ctrl+N)"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for c, w in enumerate((58, 200, 110, 84, 84, 150, 64)):
            self.table.setColumnWidth(c, w)
        self.detail = TopicDetail(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.topic_menu().popup(self.table.viewport().mapToGlobal(pos)))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.year)
        bar.addWidget(self.state)
        bar.addWidget(self.new_button)
        ll.addLayout(bar)
        ll.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 680])
        title = QLabel(self.tr("督查调研"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split, 1)
        self.new_button.setEnabled(session.actor.can(Permission.WRITE))
        self.new_button.clicked.connect(self.new_topic)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_topic)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        session.changed.connect(self._on_changed)
        self._ids: list[int] = []
        self._fill_years()
        self.reload()

    def _fill_years(self) -> None:
        years = sorted({y for (y,) in r.ResearchTopic.select(r.ResearchTopic.year).distinct().tuples()}
                       | {self.session.today().year}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("全部年度"), None)
        for y in years:
            self.year.addItem(f"{y}年", y)
        self.year.setCurrentIndex(self.year.findData(self.session.today().year))
        self.year.blockSignals(False)

    def _on_changed(self, topic: str) -> None:
        if topic in (TOPIC, Change.UNITS, Change.TODAY, Change.CALENDAR, Change.SETTINGS):
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the list (filters in SQL) and keep or set the selection."""
        keep = select_id or (self.detail.topic.id if self.detail.topic else None)
        topics = r.topics(self.year.currentData(), self.state.currentData(), self.search.text())
        today = self.session.today()
        self.table.setRowCount(len(topics))
        self._ids = [t.id for t in topics]
        for i, t in enumerate(topics):
            light = topic_light(t, today)
            cells = (light.text(), t.title, t.direction, t.state,
                     t.planned_end.isoformat() if t.planned_end else "",
                     "、".join(u.short_name or u.name for u in r.topic_units(t.id)), str(t.visits.count()))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setForeground(QColor(light.colour))
                self.table.setItem(i, c, item)
        row = self._ids.index(keep) if keep in self._ids else (0 if self._ids else -1)
        self.table.setCurrentCell(row, 1)
        self._select(row)

    def topic_menu(self) -> QMenu:
        """The context menu of a topic: its 督查专报."""
        menu = QMenu(self)
        menu.addAction(self.tr("写督查专报…"), self.make_special_report).setEnabled(self.detail.topic is not None)
        return menu

    def make_special_report(self) -> None:
        """Switch to 文档 with the 督查专报 of the shown topic."""
        from models.documents.more_data import RESEARCH
        from models.documents.register import SPECIAL
        from ui.widgets.document_link import make_document

        if self.detail.topic is not None:
            make_document(self, SPECIAL, (RESEARCH, self.detail.topic.id), self.tr(
                "该课题还没有记录发现的问题或意见建议，专报无可报告的内容。请先在课题详情中添加。"))

    def open_record(self, record_type: str, record_id: int) -> None:
        """Show a topic opened from the calendar, the dashboard or 统计 (any year, any state)."""
        if record_type != "research_topic":
            return
        topic = r.ResearchTopic.get_or_none(r.ResearchTopic.id == record_id)
        if topic is None:
            return
        for box, value in ((self.year, topic.year), (self.state, None)):
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)
        self.search.clear()
        self.reload(record_id)

    def _select(self, row: int) -> None:
        self.detail.show_topic(self._ids[row] if 0 <= row < len(self._ids) else None)

    def written(self, topic_id: int) -> None:
        """After any write: tell everyone, and show the topic again."""
        self.session.notify(TOPIC)
        self.reload(topic_id)

    def new_topic(self) -> None:
        form = TopicForm(self.session, None, self)
        if form.exec() and form.result_value is not None:
            self._fill_years()
            self.written(form.result_value.id)
