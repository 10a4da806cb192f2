"""The 批示件 pane driven through its own buttons: register, assign, remind, complete,
fail the review, complete again, pass. Forms are filled by a patched ``exec``."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from models.instructions import records as m
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit
from ui.instructions import forms


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    """On the server ``db.database`` is a database's name, not a file: the files that go
    beside it (attachments) would land in the working folder — the repository."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def pane(db, actor, today, qtbot, monkeypatch):
    from ui.instructions.pane import Pane
    from ui.session import Session

    save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))
    save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    session = Session(db.database, actor, today)
    widget = Pane(session)
    qtbot.addWidget(widget)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2]}"))
    return widget


class Answers:
    """What the clerk types into the next form of each kind."""

    def __init__(self, monkeypatch):
        self.fill = {}
        self.errors: list[str] = []
        answers = self

        def fake_exec(form):
            answers.fill.pop(type(form).__name__)(form)
            form._try_save()
            if form.error.isVisible() or form.error.text():
                answers.errors.append(form.error.text())
            return form.result()

        monkeypatch.setattr(forms.ActionForm, "exec", fake_exec)


def click(pane, action):
    assert action in pane.detail.buttons, f"{action} not offered; offered {list(pane.detail.buttons)}"
    pane.detail.buttons[action].click()


def current(pane) -> m.Instruction:
    return m.Instruction.get_by_id(pane.detail.instruction_id)


def test_full_cycle_through_the_pane(pane, monkeypatch):
    ans = Answers(monkeypatch)

    def register(f):
        f.leader.setEditText("黄振宇")
        f.matter.setText("公交线路优化调整")
        f.text.setPlainText("请市交通运输局认真研究，妥善处理，结果报我。")
    ans.fill["RegisterForm"] = register
    pane.new_button.click()
    assert not ans.errors
    ins = current(pane)
    assert ins.state == m.REGISTERED and ins.number == "督〔2014〕1号" and ins.level == "市"
    assert pane.counts["pending"] == 1
    assert set(pane.detail.buttons) == {"edit", "accept", "reject", "stop", "attach"}

    ans.fill["DateTextForm"] = lambda f: f.text.setPlainText("立项督办")
    click(pane, "accept")
    assert current(pane).state == m.ACCEPTED

    def assign(f):
        f.lead.set_current_id(m.Unit.get(m.Unit.short_name == "市交通运输局").id)
        f.co_picker.set_current_id(m.Unit.get(m.Unit.short_name == "市住建委").id)
        f._add_co()
        f.days.setValue(5)
    ans.fill["AssignForm"] = assign
    click(pane, "assign")
    ins = current(pane)
    # Tue 2014-10-28 + 5 working days
    assert ins.state == m.ASSIGNED and ins.deadline.isoformat() == "2014-11-04"
    assert ins.unit_names == "市交通运输局、市住建委"
    assert "complete" not in pane.detail.buttons and "sign" in pane.detail.buttons

    ans.fill["SignForm"] = lambda f: f.signer.setText("李志强")
    click(pane, "sign")
    assert current(pane).state == m.IN_PROGRESS
    assert pane.detail.units.item(0, 3).text().startswith("2014-10-28 李志强")

    # Batch reminder from the queue's multi-selection.
    pane.table.selectAll()
    ans.fill["RemindForm"] = lambda f: (f.means.setCurrentText("书面"), f.text.setPlainText("请按时报送"))
    pane.remind_button.click()
    assert current(pane).reminder_count == 2
    assert pane.model.rows[0][10] == 2  # the queue shows the count

    ans.fill["DateTextForm"] = lambda f: f.text.setPlainText("线路已调整并公示。")
    click(pane, "complete")
    assert current(pane).state == m.COMPLETED and pane.counts["review"] == 1

    def fail(f):
        f.failed.setChecked(True)
        f.reason.setPlainText("回访发现仍有站点未调整")
    ans.fill["ReviewForm"] = fail
    click(pane, "review")
    ins = current(pane)
    assert ins.state == m.IN_PROGRESS and ins.completed_on is None and ins.review_result == "不通过"
    assert ins.deadline.isoformat() == "2014-11-04"  # kept

    ans.fill["DateTextForm"] = lambda f: f.text.setPlainText("全部站点已调整到位。")
    click(pane, "complete")
    ans.fill["ReviewForm"] = lambda f: f.reason.setPlainText("实地回访属实")
    click(pane, "review")
    ins = current(pane)
    assert ins.state == m.REVIEWED and ins.review_result == "通过"
    assert set(pane.detail.buttons) == {"report_back", "attach"}
    assert pane.counts["done"] == 1 and not ans.errors
    kinds = [pane.detail.timeline.item(r, 1).text() for r in range(pane.detail.timeline.rowCount())]
    assert kinds == ["登记", "立项", "交办", "交办", "签收", "催办", "催办", "办结", "复核不通过", "办结", "复核通过"]


def test_a_refused_step_keeps_the_form_open_with_the_message(pane, monkeypatch):
    ans = Answers(monkeypatch)
    ans.fill["RegisterForm"] = lambda f: f.leader.setEditText("黄振宇")  # no text typed
    pane.new_button.click()
    assert ans.errors and "批示内容不能为空" in ans.errors[0]
    assert m.Instruction.select().count() == 0


def test_filter_as_you_type_and_tabs(pane, actor, today, qtbot):
    from models.instructions import workflow as wf

    for matter in ("公交线路调整", "城中村改造", "学校安全"):
        wf.register(actor, m.InstructionData(level="市", received_on=today, leader_name="黄振宇",
                                             text=f"关于{matter}的批示", matter=matter))
    pane.session.changed.emit("instructions")
    assert pane.model.rowCount() == 3
    pane.search.setText("城中")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=2000)
    assert pane.model.rows[0][5] == "城中村改造" and pane.counts["pending"] == 1
    pane.search.setText("督〔2014〕3")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.model.rows[0][5] == "学校安全", timeout=2000)
    pane.search.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=2000)
    pane.tabs.setCurrentIndex([k for k, _ in m.TABS].index("overdue"))
    assert pane.model.rowCount() == 0


def test_viewer_sees_no_action_buttons(db, actor, viewer, today, qtbot):
    from models.instructions import workflow as wf
    from ui.instructions.pane import Pane
    from ui.session import Session

    ins = wf.register(actor, m.InstructionData(level="市", received_on=today, text="阅"))
    widget = Pane(Session(db.database, viewer, today))
    qtbot.addWidget(widget)
    widget.select_id(ins.id)
    assert widget.detail.buttons == {} and not widget.new_button.isEnabled()


def test_a_filter_typed_before_the_index_is_ready_waits_for_it(demo_db, actor, today, qtbot):
    from ui.instructions.pane import Pane
    from ui.session import Session

    widget = Pane(Session(demo_db.database, actor, today))
    qtbot.addWidget(widget)
    assert widget.index is None and widget._indexer.busy  # the index is still being built
    total = widget.counts["all"]
    widget.search.setText("交通")  # no event is processed: the index cannot arrive meanwhile
    widget.refresh()  # what the typing timer does
    assert widget.status.text() == "正在准备检索…" and widget.counts["all"] == total
    qtbot.waitUntil(lambda: widget.index is not None and widget.status.text() != "正在准备检索…", timeout=15000)
    hits = [widget.model.instruction_id(r) for r in range(widget.model.rowCount())]
    assert 0 < widget.counts["all"] < total and hits
    assert all("交通" in m.Instruction.get_by_id(i).search for i in hits)


def test_a_filter_waiting_for_an_index_that_fails_is_answered_in_sql(demo_db, actor, today, qtbot, monkeypatch):
    from ui.instructions.pane import Pane
    from ui.session import Session

    def broken(self, version=None):
        raise MemoryError("内存不足")

    monkeypatch.setattr(m.SearchIndex, "__init__", broken)
    widget = Pane(Session(demo_db.database, actor, today))
    qtbot.addWidget(widget)
    total = widget.counts["all"]
    widget.search.setText("交通")
    widget.refresh()
    assert widget.status.text() == "正在准备检索…"
    qtbot.waitUntil(lambda: not widget._indexer.busy and widget.status.text() != "正在准备检索…", timeout=15000)
    assert widget.index is None and 0 < widget.counts["all"] < total
    hits = [widget.model.instruction_id(r) for r in range(widget.model.rowCount())]
    assert hits and all("交通" in m.Instruction.get_by_id(i).search for i in hits)


def test_leader_filters_narrow_the_queue(db, actor, today, qtbot):
    import datetime as dt

    from models.instructions import workflow as wf
    from ui.instructions.pane import Pane
    from ui.session import Session

    D = dt.date
    huang = save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    save_leader(actor, LeaderData("李明", "市委副书记", "市"))
    traffic = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局", overseer="黄振宇"))
    housing = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    ids = []
    for leader, unit in (("黄振宇", housing.id), ("李明", traffic.id), ("李明", housing.id)):
        ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name=leader,
                                                   text="请研究处理。"))
        wf.accept(actor, ins.id, D(2014, 9, 2))
        wf.assign(actor, ins.id, D(2014, 9, 3), [wf.AssignmentSpec(unit, deadline=D(2014, 10, 20))])
        ids.append(ins.id)
    pane = Pane(Session(db.database, actor, today))
    qtbot.addWidget(pane)
    shown = lambda: [pane.model.instruction_id(r) for r in range(pane.model.rowCount())]  # noqa: E731
    assert [pane.leader_filter.itemText(i) for i in range(pane.leader_filter.count())] == ["全部", "李明", "黄振宇"]
    pane.leader_filter.setCurrentIndex(pane.leader_filter.findData("李明"))
    assert shown() == ids[1:] and pane.counts["all"] == 2
    pane.overseer_filter.setCurrentIndex(pane.overseer_filter.findData(huang.id))
    assert shown() == [ids[1]] and "1" in pane.tabs.tabText(0)
    pane.set_leader_filters()
    pane.overseer_filter.setCurrentIndex(pane.overseer_filter.findData(huang.id))
    assert shown() == [ids[1]] and pane.counts["overdue"] == 1
    pane.set_leader_filters()
    assert shown() == ids


def test_an_attachment_opens_from_its_link_checked_first(pane, actor, today, monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from models.core.paths import attachments_dir_for
    from models.instructions import workflow as wf

    opened, warned = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    ins = wf.register(actor, m.InstructionData(level="市", received_on=today, text="请研究。"))
    scan = tmp_path / "原件.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    att = wf.add_attachment(actor, ins.id, scan, attachments_dir_for(pane.session.db_path), today)
    pane.detail.show_instruction(ins.id)
    assert f"attachment:{att.id}" in pane.detail.attachments.text() and "原件.pdf" in pane.detail.attachments.text()
    pane.detail.attachments.linkActivated.emit(f"attachment:{att.id}")
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == b"%PDF-1.4 scan"
    pane.detail.open_attachment(att.id + 1)  # gone
    assert len(opened) == 1 and "校验值不符" in warned[0]


def test_an_attachment_the_computer_cannot_open_is_said_with_where_its_copy_is(pane, actor, today, monkeypatch,
                                                                                tmp_path):
    from PySide6.QtGui import QDesktopServices

    from models.core.paths import attachments_dir_for
    from models.instructions import workflow as wf

    warned = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no viewer, no launcher
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append((title, text)))
    ins = wf.register(actor, m.InstructionData(level="市", received_on=today, text="请研究。"))
    scan = tmp_path / "scan1.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    att = wf.add_attachment(actor, ins.id, scan, attachments_dir_for(pane.session.db_path), today)
    pane.detail.show_instruction(ins.id)
    pane.detail.open_attachment(att.id)
    copy = wf.attachment_file(att, attachments_dir_for(pane.session.db_path))
    assert len(warned) == 1 and warned[0][0] == "打开附件"
    assert "没有能打开" in warned[0][1] and str(copy) in warned[0][1] and copy.name in warned[0][1]
