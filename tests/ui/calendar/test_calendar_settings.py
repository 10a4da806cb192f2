"""设置 → 工作日历: each year says where its schedule came from, in Chinese."""
from __future__ import annotations

import datetime as dt

import pytest

from models.calendar import store as calendar_store


@pytest.fixture
def settings_view(db, db_path, today, qtbot):
    from ui.calendar.settings import CalendarSettings
    from ui.session import Session

    view = CalendarSettings(Session(db_path, today=today))
    qtbot.addWidget(view)
    return view


def _item(view, year):
    return next(view.years.item(i) for i in range(view.years.count()) if view.years.item(i).data(256) == year)


def test_years_name_their_source_in_chinese(settings_view, actor):
    view = settings_view
    item = _item(view, 2014)
    assert item.text() == "2014年 — 国务院公布的安排"
    assert item.toolTip() == calendar_store.source_label(calendar_store.PACKAGE_SOURCE)
    assert "chinesecalendar 数据包 版本" in item.toolTip()
    assert view.current_year() == 2014
    assert view.source.text() == "数据来源：" + item.toolTip()
    calendar_store.set_day(actor, calendar_store.DayEntry(dt.date(2099, 1, 1), False, "元旦"))
    calendar_store.declare_year(actor, 2099)
    view.reload()
    view.years.setCurrentItem(_item(view, 2099))
    assert _item(view, 2099).text() == "2099年 — 手工录入"
    assert view.source.text() == "数据来源：手工录入"
    view.years.setCurrentItem(_item(view, 2015))
    assert "chinesecalendar" not in "".join(view.years.item(i).text() for i in range(view.years.count()))


def test_marking_a_year_entered_and_its_recomputation_are_one_action(db, db_path, qtbot, monkeypatch):
    """Refused by the recomputation of provisional deadlines, the year is not marked
    entered either: the clerk sees why, and the calendar stays as it was."""
    from PySide6.QtWidgets import QMessageBox

    from models.calendar import provisional
    from models.core.errors import WorkflowError

    def refuse(actor, cal, today):
        raise WorkflowError("重算暂定时限失败（测试）。")

    warned = []
    monkeypatch.setitem(provisional._RECOMPUTERS, "zz_refuses", refuse)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    from ui.calendar.settings import CalendarSettings
    from ui.session import Session

    view = CalendarSettings(Session(db_path, today=dt.date(2030, 5, 1)))  # 2030 not entered yet
    qtbot.addWidget(view)
    view.years.setCurrentItem(_item(view, 2030))
    view.declare()
    assert warned == ["重算暂定时限失败（测试）。"]
    assert 2030 not in dict(calendar_store.years_entered())
    monkeypatch.delitem(provisional._RECOMPUTERS, "zz_refuses")
    view.declare()
    assert 2030 in dict(calendar_store.years_entered()) and warned == ["重算暂定时限失败（测试）。"]
