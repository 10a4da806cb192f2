"""网民留言 pane: a day's intake cleared by keyboard alone; a batch built and published."""
from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.messages import records as m
from models.reference.directory import UnitData, save_unit

TODAY = dt.date(2014, 10, 28)


@pytest.fixture
def session(db, db_path):
    from ui.session import Session

    return Session(db_path, today=TODAY)


@pytest.fixture
def unit(db, actor):
    return save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))


def _add(actor, no, posted, title):
    return m.add_message(actor, m.MessageData(no, posted, title, f"{title}的详细内容……", "南宁市委书记",
                                              "网友", "投诉", "交通", "青秀区"), posted.date())


@pytest.fixture
def pane(session, qtbot, unit, actor):
    from ui.messages.pane import Pane

    _add(actor, "C", dt.datetime(2014, 10, 28, 6, 0), "五象大道路灯不亮")
    _add(actor, "A", dt.datetime(2014, 10, 27, 19, 0), "民族大道早高峰拥堵")
    _add(actor, "B", dt.datetime(2014, 10, 27, 22, 0), "夜间工地噪音扰民")
    p = Pane(session)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def _key(qtbot, widget, key, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, mod)


def _type_chinese(widget, text):
    """Chinese arrives from the input method as a commit, as on the clerk's machine
    (QTest's key clicks only know ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _pick_unit(qtbot, picker, initials):
    """Type pinyin initials, take the first completion with ↓ and Enter."""
    qtbot.keyClicks(picker.lineEdit(), initials)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    _key(qtbot, popup, Qt.Key.Key_Down)
    _key(qtbot, popup, Qt.Key.Key_Return)


def test_opens_on_unread_oldest_first_with_full_text(pane):
    r = pane.reading
    assert pane.tabs.currentWidget() is r
    assert [r.list.item(i).text().split("  ", 1)[1] for i in range(r.list.count())] == [
        "民族大道早高峰拥堵", "夜间工地噪音扰民", "五象大道路灯不亮"]
    assert "民族大道早高峰拥堵的详细内容" in r.text.toPlainText()
    assert "3" in r.count_label.text()


def test_clear_the_days_intake_by_keyboard_alone(pane, qtbot, unit):
    r = pane.reading
    r.list.setFocus()
    seen = []
    changes = []
    pane.session.changed.connect(changes.append)
    _key(qtbot, r.list, Qt.Key.Key_J)
    assert r.current_id() == m.Message.get(m.Message.board_no == "B").id
    _key(qtbot, r.list, Qt.Key.Key_K)
    assert r.current_id() == m.Message.get(m.Message.board_no == "A").id
    # A: Tab to 研判, type, Tab to the unit, type its pinyin initials' name, Ctrl+Enter → forwarded.
    _key(qtbot, r.list, Qt.Key.Key_Tab)
    assert r.assessment.hasFocus()
    _type_chinese(r.assessment, "交通拥堵，转交通局")
    _key(qtbot, r.assessment, Qt.Key.Key_Tab)
    assert r.unit.hasFocus()
    _pick_unit(qtbot, r.unit, "sjtysj")
    assert r.unit.current_id() == unit.id
    _key(qtbot, r.unit.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    seen.append(r.remaining())
    # B: only read, with a note typed and Enter in the 研判 field.
    assert r.list.hasFocus() and r.current_id() == m.Message.get(m.Message.board_no == "B").id
    _key(qtbot, r.list, Qt.Key.Key_Tab)
    _type_chinese(r.assessment, "噪音问题，先阅")
    _key(qtbot, r.assessment, Qt.Key.Key_Return)
    seen.append(r.remaining())
    # C: straight from the list.
    _key(qtbot, r.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    seen.append(r.remaining())
    assert seen == [2, 1, 0]
    assert "全部阅毕" in r.count_label.text()
    a, b, c = (m.Message.get(m.Message.board_no == x) for x in "ABC")
    assert (a.state, a.unit_id, a.assessment) == ("已转办", unit.id, "交通拥堵，转交通局")
    assert (b.state, b.assessment) == ("已阅研判", "噪音问题，先阅")
    assert c.state == "已阅研判" and c.read_on == TODAY
    assert changes.count("messages") == 3


@pytest.fixture
def windowed(pane, qtbot):
    """The pane inside a main window, for the status bar."""
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(pane)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_ctrl_z_takes_back_the_latest_marking_with_what_was_typed(pane, windowed, qtbot, unit):
    r = pane.reading
    changes = []
    pane.session.changed.connect(changes.append)
    assert not r.undo_button.isEnabled()
    r.list.setFocus()
    _key(qtbot, r.list, Qt.Key.Key_Tab)
    _type_chinese(r.assessment, "交通拥堵，转交通局")
    r.unit.set_current_id(unit.id)
    _key(qtbot, r.unit.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "已标为已阅并转办市交通运输局：留言 A" in windowed.statusBar().currentMessage()
    _key(qtbot, r.list, Qt.Key.Key_Tab)
    _type_chinese(r.assessment, "噪音问题，先阅")
    _key(qtbot, r.assessment, Qt.Key.Key_Return)
    offer = windowed.statusBar().currentMessage()
    assert offer.startswith("已标为已阅：留言 B。") and "Ctrl+Z 撤销标为已阅" in offer
    assert r.notice.text() == offer and r.undo_button.isEnabled() and r.remaining() == 1
    r.assessment.setFocus()
    qtbot.keyClicks(r.assessment, "ab")
    _key(qtbot, r.assessment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's own undo
    assert r.assessment.text() != "ab" and m.Message.get(m.Message.board_no == "B").state == "已阅研判"
    r.assessment.clear()
    r.list.setFocus()
    _key(qtbot, r.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    b = m.Message.get(m.Message.board_no == "B")
    assert (b.state, b.assessment, b.read_on) == ("新留言", "", None)
    assert r.remaining() == 2 and r.current_id() == b.id
    assert r.assessment.text() == "噪音问题，先阅" and r.unit.current_id() is None
    assert "已撤销标为已阅：留言 B" in windowed.statusBar().currentMessage()
    assert m.Message.get(m.Message.board_no == "A").state == "已转办"  # only the latest is taken back

    _key(qtbot, r.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    a = m.Message.get(m.Message.board_no == "A")
    assert (a.state, a.unit_id, a.forwarded_on) == ("新留言", None, None)
    assert r.current_id() == a.id and r.unit.current_id() == unit.id
    assert r.assessment.text() == "交通拥堵，转交通局"
    assert not r.undo_button.isEnabled() and r.remaining() == 3
    _key(qtbot, r.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left to take back
    assert r.remaining() == 3 and changes.count("messages") == 4


def test_undo_is_refused_for_a_message_handled_since(pane, qtbot, actor, unit):
    r = pane.reading
    r.list.setFocus()
    mid = r.current_id()
    _key(qtbot, r.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    m.forward(actor, mid, unit.id, TODAY)  # e.g. 转办 from another window
    qtbot.mouseClick(r.undo_button, Qt.MouseButton.LeftButton)
    assert "标为已阅之后又有改动" in r.error.text()
    assert m.Message.get_by_id(mid).state == "已转办" and not r.undo_button.isEnabled()


def test_unknown_unit_is_refused_in_place(pane, qtbot):
    r = pane.reading
    r.unit.setFocus()
    _type_chinese(r.unit.lineEdit(), "不存在的局")
    _key(qtbot, r.unit.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "不存在的局" in r.error.text() and r.remaining() == 3


def test_build_export_and_publish_a_batch(pane, qtbot, actor, unit, tmp_path, monkeypatch):
    for x in m.Message.select():
        m.forward(actor, x.id, unit.id, dt.date(2014, 10, 28))
        m.receive_draft(actor, x.id, "草稿", dt.date(2014, 10, 28))
        m.approve_reply(actor, x.id, f"网友您好：关于{x.title}……", dt.date(2014, 10, 28))
    pane.session.changed.emit("messages")
    b = pane.batch
    pane.tabs.setCurrentWidget(b)
    assert "尚未汇总" in b.info.text() and "3" in b.info.text()
    assert "2014-10-31" in b.info.text()
    qtbot.mouseClick(b.gather_button, Qt.MouseButton.LeftButton)
    assert b.table.rowCount() == 3 and b.table.item(0, 0).text() == "A"
    out = b.export(str(tmp_path / "本周.xlsx"))
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(row=3, column=2).value == "A" and ws.cell(row=3, column=5).value.startswith("网友您好")
    # Declining the confirmation changes nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(b.publish_button, Qt.MouseButton.LeftButton)
    assert m.Message.select().where(m.Message.state == "已回复").count() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(b.publish_button, Qt.MouseButton.LeftButton)
    assert m.Message.select().where((m.Message.state == "已回复") & (m.Message.replied_on == TODAY)).count() == 3
    assert "已于 2014-10-28 发布" in b.info.text()
    assert not b.publish_button.isEnabled() and not b.gather_button.isEnabled()


def test_import_previews_then_writes(pane, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "board.csv"
    with path.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["留言编号", "留言时间", "留言标题", "留言内容", "类型"])
        w.writerow(["D", "2014-10-28 07:30", "孩子入学咨询", "请问随迁子女入学材料", "咨询"])
        w.writerow(["A", "2014-10-27 19:00", "民族大道早高峰拥堵", "内容", "投诉"])
    shown = []

    def answer(parent, title, text, *a, **k):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    pane.import_file(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "新增 1 条" in shown[0]
    qtbot.waitUntil(lambda: pane.reading.remaining() == 4, timeout=2000)
    assert m.Message.get(m.Message.board_no == "D").kind == "咨询"


def test_all_messages_search_and_handle(pane, qtbot, actor, unit, monkeypatch):
    from ui.messages.pane import HandleDialog

    v = pane.all
    pane.tabs.setCurrentWidget(v)
    assert v.model.total == 3
    _type_chinese(v.search, "噪音")
    assert v.model.rowCount() == 1 and v.model.rows[0].board_no == "B"
    dialog = HandleDialog(pane.session, v.model.rows[0].id, v)
    qtbot.addWidget(dialog)
    dialog.action.setCurrentIndex(2)  # 不予回复
    dialog.text.setPlainText("重复留言")
    dialog._try_save()
    assert m.Message.get(m.Message.board_no == "B").state == "不予回复"
