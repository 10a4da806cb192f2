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
