"""The main window: every pane opens on the demo, and records open in their panes."""
from __future__ import annotations

import pytest

from ui.main_window import PANES, MainWindow
from ui.session import Session


@pytest.fixture
def window(demo_db, db_path, today, qtbot):
    w = MainWindow(Session(db_path, today=today))
    qtbot.addWidget(w)
    w.show()
    return w


def test_every_pane_is_built(window):
    for spec in PANES:
        pane = window.show_pane(spec.key)
        assert window.stack.currentWidget() is pane
        assert type(pane).__module__ == spec.module, spec.key
    assert "2014年10月28日" in window.today_label.text()
    assert "本机用户" in window.user_label.text()


def test_records_open_in_their_panes(window, monkeypatch):
    from models.instructions.records import Instruction
    from models.key_items.activities import ActivityItem, SupervisionActivity
    from models.key_items.items import KeyItem
    from models.research.topics import ResearchTopic
    from ui.messages import pane as messages

    instruction = Instruction.select().order_by(Instruction.id.desc()).first()
    window.open_record("instruction", instruction.id)
    assert window.stack.currentWidget() is window.pane("instructions")
    assert window.pane("instructions").detail.instruction_id == instruction.id

    topic = ResearchTopic.select().first()
    window.open_record("research_topic", topic.id)
    assert window.pane("research").detail.topic.id == topic.id

    item = KeyItem.select().order_by(KeyItem.id.desc()).first()
    window.open_record("key_item", item.id)
    assert window.pane("key_items").current_item().id == item.id

    activity = SupervisionActivity.select().first()
    first = ActivityItem.select().where(ActivityItem.activity == activity.id).order_by(ActivityItem.id).first()
    window.open_record("activity", activity.id)
    assert window.pane("key_items").current_item().id == first.item_id

    opened = []
    monkeypatch.setattr(messages.HandleDialog, "exec", lambda self: opened.append(self) or 0)
    window.open_record("message", 1)
    assert opened and window.stack.currentWidget() is window.pane("messages")


def test_a_pane_that_cannot_be_read_leaves_the_navigation_on_the_page_shown(window, monkeypatch):
    """The server gone when 日历 is first clicked: the navigation stays on the page still
    shown, the message speaks of the click (not of a form being filled), and a second
    click once the server is back opens 日历."""
    from PySide6.QtWidgets import QMessageBox

    import ui.main_window as main_window
    from models.core.errors import ConnectionLostError

    shown = window.show_pane("instructions")
    calendar_row = next(i for i, s in enumerate(PANES) if s.key == "calendar")
    real_load = main_window.load_pane

    def lost(spec, session, parent=None):
        if spec.key == "calendar":
            raise ConnectionLostError("与数据库服务器的连接已中断……您正在填写的内容仍保留在窗口中")
        return real_load(spec, session, parent)

    said = []
    monkeypatch.setattr(main_window, "load_pane", lost)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    window.nav.setCurrentRow(calendar_row)
    assert window.stack.currentWidget() is shown
    assert PANES[window.nav.currentRow()].key == "instructions"
    assert len(said) == 1 and "无法打开“日历”" in said[0] and "填写" not in said[0]
    assert "仍显示“批示件”" in said[0]
    with pytest.raises(ConnectionLostError):  # opening a record there: the navigation stays too
        window.show_pane("calendar")
    assert PANES[window.nav.currentRow()].key == "instructions"

    monkeypatch.setattr(main_window, "load_pane", real_load)  # the server is back
    window.nav.setCurrentRow(calendar_row)
    assert PANES[window.nav.currentRow()].key == "calendar"
    assert type(window.stack.currentWidget()).__module__ == "ui.calendar.pane"


def test_a_forms_lost_connection_error_gives_way_once_the_server_is_back(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from models.core.errors import ConnectionLostError, UserError
    from ui.widgets.forms import FormDialog

    class Form(FormDialog):
        refusal: UserError = ConnectionLostError("与数据库服务器的连接已中断……服务器恢复后再点保存")

        def save(self):
            raise self.refusal

    form = Form("登记", window)
    qtbot.addWidget(form)
    form.add_row("事项", QLineEdit())
    form.open()
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "连接已中断" in form.error.text()
    window.change_watch.reconnected.emit()
    assert form.isVisible() and form.error.text() == "已重新连接，可以再点保存。"
    assert "#C62828" not in form.error.styleSheet()  # no longer in red

    Form.refusal = UserError("请填写事项。")  # another refusal stays as it is when the server comes back
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert form.error.text() == "请填写事项。" and "#C62828" in form.error.styleSheet()
    window.change_watch.reconnected.emit()
    assert form.error.text() == "请填写事项。"
    form.reject()
