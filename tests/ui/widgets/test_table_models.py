"""The Qt table models on their own (no pane): columns by constant, lazy fetching, lights."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from models.calendar.store import load_calendar

TODAY = dt.date(2014, 10, 28)
DISPLAY = Qt.ItemDataRole.DisplayRole


def test_rows_model_reads_rows_aligns_numbers_and_marks_drill_downs(qapp):
    from ui.widgets.rows_model import RowsModel

    model = RowsModel(["单位", "办结", "到期办结率"], [["市住建委", 3, "100%"], ["合计", 0, "—"]],
                      [[None, "drill", None], [None, "drill", None]])
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "到期办结率"
    assert model.data(model.index(0, 1)) == "3" and model.data(model.index(0, 2)) == "100%"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.drill(model.index(0, 1)) == "drill" and model.drill(model.index(0, 0)) is None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None  # a link
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is None  # nothing behind 0


def test_queue_model_pages_a_tab_and_names_its_columns(demo_db, qapp):
    from models.instructions import records as m
    from ui.widgets.queue_model import COL_LIGHT, COL_NUMBER, COL_STATE, HEADERS, QueueModel

    model = QueueModel()
    total = len(m.queue_page("all", "", TODAY, TODAY, 0, 10_000))
    model.load("all", TODAY, TODAY, total, load_calendar(), 5)
    assert model.columnCount() == len(HEADERS) and model.headerData(COL_NUMBER, Qt.Orientation.Horizontal) == "登记编号"
    assert 0 < model.rowCount() <= total
    first = model.index(0, COL_NUMBER)
    assert model.data(first).startswith("督〔") and model.instruction_id(0) == model.rows[0][0]
    assert model.data(model.index(0, COL_STATE)) in m.STATES
    assert model.data(model.index(0, COL_LIGHT))[0] in "●▲■○"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total


def test_items_model_lists_a_plan_and_chooses_columns(demo_db, qapp):
    from models.key_items.items import KeyPlan
    from ui.widgets.items_model import COLUMNS, ItemsModel

    plan = KeyPlan.get(KeyPlan.year == 2014)
    model = ItemsModel()
    model.load(plan.id, "", [], TODAY)
    assert model.rowCount() == 22
    keys = [c[0] for c in COLUMNS if c[2]]
    model.set_columns(keys)
    assert model.columnCount() == len(keys)
    assert model.headerData(keys.index("title"), Qt.Orientation.Horizontal, DISPLAY) == "工作事项"
    model.load(plan.id, "城中村", [], TODAY)
    assert model.rowCount() == 1


def test_items_model_light_says_which_stage_is_overdue(demo_db, qapp):
    from models.key_items.items import KeyPlan
    from ui.widgets.items_model import ItemsModel

    plan = KeyPlan.get(KeyPlan.year == 2014)
    model = ItemsModel()
    model.load(plan.id, "轨道交通", [], TODAY)  # the demo's item 7: its 2nd stage is past its deadline
    light = model.index(0, [c[0] for c in model.columns].index("light"))
    assert model.data(light, DISPLAY) == "● 超期"
    assert "第2阶段已过完成时限" in model.data(light, Qt.ItemDataRole.ToolTipRole)


def test_audit_model_fetches_newest_first_in_batches(demo_db, qapp):
    from ui.widgets.audit_model import BATCH, COL_ACTION, HEADERS, AuditModel

    model = AuditModel()
    model.set_filters()
    assert model.columnCount() == len(HEADERS) and model.rowCount() == min(BATCH, model.total)
    assert model.total > BATCH and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == min(2 * BATCH, model.total)
    assert all("\u4e00" <= ch <= "\u9fff" for ch in model.data(model.index(0, COL_ACTION))[:1])


def test_message_table_model_filters_in_sql(demo_db, qapp):
    from ui.widgets.message_table_model import MessageTableModel

    model = MessageTableModel()
    model.set_filters()
    everything = model.total
    assert everything >= 255 and model.rowCount() == min(MessageTableModel.PAGE, everything)
    model.set_filters(state="已回复")
    assert 0 < model.total < everything
    col = MessageTableModel.HEADERS.index("状态")
    assert {model.data(model.index(r, col)) for r in range(model.rowCount())} == {"已回复"}


def test_fit_columns_shows_every_header_and_gives_the_name_the_rest(qtbot):
    """统计's last header ("平均办理天数") was cut off: 88 pixels a figure whatever its header."""
    from ui.widgets.rows_model import RowsModel, fit_columns, table_view

    headers = ["批示领导", "收件", "立项", "办结", "到期", "按期办结", "到期办结率", "到期未按时", "当前超期",
               "催办次数", "平均办理天数"]
    view = table_view()
    qtbot.addWidget(view)
    view.setModel(RowsModel(headers, [["黄振宇", 8, 6, 6, 6, 6, "100%", 0, 1, 9, 21.7]], None, view))
    fit_columns(view)
    view.resize(1000, 200)
    view.show()
    qtbot.waitExposed(view)
    fm = view.horizontalHeader().fontMetrics()
    for c, text in enumerate(headers[1:], start=1):
        assert view.columnWidth(c) > fm.horizontalAdvance(text), text
    widths = [view.columnWidth(c) for c in range(len(headers))]
    assert sum(widths) <= view.viewport().width()
    assert widths[0] == view.viewport().width() - sum(widths[1:])  # the name takes the rest
