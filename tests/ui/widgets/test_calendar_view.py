"""The shared calendar widget: month view, filters, keyboard, clicking an entry, PDF and .ics."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog


@pytest.fixture
def view(demo_db, today, qtbot):
    from ui.widgets.calendar_view import CalendarView

    v = CalendarView(lambda: today)
    qtbot.addWidget(v)
    v.resize(1300, 820)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_month_view_marks_holidays_and_tiaoxiu(view):
    assert view.title.text() == "2014年10月"
    assert view.grid.kinds[dt.date(2014, 10, 1)] == "节假日"
    assert view.grid.kinds[dt.date(2014, 10, 11)] == "调休上班"
    assert view.grid.kinds[dt.date(2014, 10, 18)] == "休息日"


def test_clicking_an_entry_emits_open_record(view, qtbot):
    view.kind_box.setCurrentText("重点工作期限")
    view.grid.repaint()
    rect, entry = next((r, e) for r, e in view.grid._hits if e.day == dt.date(2014, 10, 31))
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["key_item", entry.record_id]


def test_filters_by_kind_unit_and_state(view):
    total = len(view.filtered())
    view.kind_box.setCurrentText("季度报送")
    assert view.filtered() and all(e.kind == "季度报送" for e in view.filtered())
    view.kind_box.setCurrentText("全部")
    view.unit_box.setCurrentText("市住建委")
    assert view.filtered() and all("市住建委" in e.unit for e in view.filtered())
    view.unit_box.setCurrentText("全部")
    view.state_box.setCurrentText("已开展")
    assert all(e.state == "已开展" for e in view.filtered())
    view.state_box.setCurrentText("全部")
    assert len(view.filtered()) == total


def test_keyboard_months_today_and_go_to(view, qtbot, monkeypatch):
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.title.text() == "2014年11月"
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    assert view.title.text() == "2014年9月"
    qtbot.keyClick(view.grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.current == dt.date(2014, 10, 28)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2015年2月3日", True))
    qtbot.keyClick(view.grid, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.current == dt.date(2015, 2, 3) and view.title.text().startswith("2015年2月")
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.current == dt.date(2015, 2, 4)


def test_week_and_list_views(view, qtbot):
    view.set_mode(1)
    start, end = view.visible_range()
    assert (end - start).days == 6 and start.weekday() == 0
    view.set_mode(2)
    assert view.list.topLevelItemCount() == len(view.filtered()) > 0
    first = view.list.topLevelItem(0)
    assert first.text(4) in ("● 超期", "▲ 临期", "■ 正常", "○ 已结")
    with qtbot.waitSignal(view.open_record):
        view.list.itemActivated.emit(first, 0)


def test_ics_and_pdf_of_the_month(view, qtbot, tmp_path):
    view.save_ics(str(tmp_path / "m.ics"))
    assert (tmp_path / "m.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    view.save_pdf(str(tmp_path / "m.pdf"))
    qtbot.waitUntil(lambda: view.pdf_btn.isEnabled(), timeout=20000)
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("failure", ["not_written", "not_made"])
def test_a_pdf_that_fails_is_said_and_the_button_comes_back(view, qtbot, tmp_path, monkeypatch, failure):
    from PySide6.QtWidgets import QMessageBox

    import reports.agenda_pdf

    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warned.append((title, text)))
    if failure == "not_written":
        (tmp_path / "占用").write_text("")
        target = tmp_path / "占用" / "m.pdf"  # its folder is a file: it cannot be written
    else:
        def broken(*_args):
            raise ValueError("字体缺失")

        monkeypatch.setattr(reports.agenda_pdf, "agenda_pdf", broken)
        target = tmp_path / "m.pdf"
    view.save_pdf(str(target))
    assert not view.pdf_btn.isEnabled() and view.pdf_btn.text() == "正在生成PDF…"
    qtbot.waitUntil(lambda: view.pdf_btn.isEnabled(), timeout=20000)
    assert view.pdf_btn.text() == "打印/存为PDF…"
    assert not target.exists()
    [(title, text)] = warned
    if failure == "not_written":
        assert title == "保存失败" and text.startswith(f"无法写入“{target}”") and "请换一个位置" in text
    else:
        assert title == "生成失败" and "ValueError: 字体缺失" in text and "保存诊断包" in text


def test_calendar_pane_opens_the_item_in_the_key_items_pane(demo_db, today, qtbot, tmp_path):
    from ui.main_window import MainWindow
    from ui.session import Session

    s = Session(tmp_path / "ducha.sqlite3", today=today)
    w = MainWindow(s)
    qtbot.addWidget(w)
    cal = w.show_pane("calendar") if "calendar" in w._panes else w.pane("calendar")
    entry = next(e for e in cal.view.entries if e.record_type == "key_item")
    cal.view.open_record.emit(entry.record_type, entry.record_id)
    items = w.pane("key_items")
    assert items.current_item().id == entry.record_id
