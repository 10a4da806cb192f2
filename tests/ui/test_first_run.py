"""首次使用设置: each page, skipping, 完成 writing settings and the account at once, shown once."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from models.core import settings
from models.core.actors import Role
from models.core.audit import AuditLog
from models.documents.register import FONT_DIR
from models.safety import accounts, backups
from models.safety.first_run import SETUP_KEY, needs_setup
from ui.first_run import FirstRunWizard, offer_first_run
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture(autouse=True)
def _no_modal(monkeypatch):
    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name: pytest.fail(f"unexpected {_n}: {a[2:]}"))


@pytest.fixture
def session(db, db_path, today, qapp):
    return Session(db_path, today=today)


@pytest.fixture
def wizard(session, qtbot):
    w = FirstRunWizard(session)
    qtbot.addWidget(w)
    w.show()
    return w


def _marker_stored() -> bool:
    return settings.Setting.get_or_none(settings.Setting.key == SETUP_KEY) is not None


def _fill_admin(wizard, type_text, password="Duban-2014", again="Duban-2014") -> None:
    type_text(wizard.account.name, "admin")
    type_text(wizard.account.display_name, "韦晓玲")
    wizard.account.password.setText(password)
    wizard.account.again.setText(again)


def test_a_new_file_needs_setup_and_the_pages_come_in_order(wizard, qtbot):
    assert needs_setup()
    titles = []
    for page_id in wizard.pageIds():
        titles.append(wizard.page(page_id).title())
    assert titles == ["本室", "值班电话", "管理员账号", "从哪里开始", "备份", "公文字体", "完成"]
    assert wizard.office.name.text() == settings.get(settings.OFFICE_NAME)
    assert wizard.button(QWizard.WizardButton.CustomButton1).text() == "跳过此页"


def test_finish_writes_every_answer_and_the_account_in_one_go(wizard, session, tmp_path, type_text, qtbot):
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard.office.name.setText("")
    type_text(wizard.office.name, "中共柳州市委督查室")
    wizard.office.parent_body.setText("")
    type_text(wizard.office.parent_body, "中共柳州市委办公厅")
    wizard.next()
    type_text(wizard.contact.contact, "联系人：覃明，电话：0772-2800123")
    wizard.next()
    _fill_admin(wizard, type_text)
    wizard.next()
    wizard.next()  # 从空白开始
    wizard.backup.folder.setText(str(usb))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.fonts.rows is not None, timeout=20000)
    assert wizard.fonts.table.rowCount() == 5
    wizard.next()
    assert wizard.currentPage() is wizard.summary
    assert "中共柳州市委督查室" in wizard.summary.text.text()
    assert "admin" in wizard.summary.text.text()
    # Nothing is written before 完成.
    assert AuditLog.select().where(AuditLog.action != "baseline").count() == 0 and not accounts.has_accounts()

    wizard.accept()

    assert settings.get(settings.OFFICE_NAME) == "中共柳州市委督查室"
    assert settings.get(settings.OFFICE_PARENT) == "中共柳州市委办公厅"
    assert settings.get(settings.OFFICE_CONTACT) == "联系人：覃明，电话：0772-2800123"
    assert settings.get(backups.FOLDER) == str(usb)
    assert [(a.name, a.display_name, a.role) for a in accounts.list_accounts()] == [("admin", "韦晓玲", Role.ADMIN)]
    assert session.actor.name == "admin" and session.actor.role is Role.ADMIN
    assert _marker_stored() and not needs_setup()
    assert not wizard.open_demo


def test_a_refusal_at_finish_writes_nothing(wizard, session, type_text, monkeypatch):
    wizard.office.name.setText("")
    type_text(wizard.office.name, "中共柳州市委督查室")
    wizard.next()
    wizard.next()
    _fill_admin(wizard, type_text)
    wizard.next()
    # The account fails inside the transaction (as if the name were taken meanwhile).
    monkeypatch.setattr(accounts, "hash_password", lambda _pw: (_ for _ in ()).throw(
        accounts.WorkflowError("账号“admin”已存在。")))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    wizard.accept()
    assert warned and "已存在" in warned[0]
    assert settings.get(settings.OFFICE_NAME) == "中共南宁市委督查室"
    assert not accounts.has_accounts() and not _marker_stored()
    assert wizard.isVisible()


def test_the_account_page_checks_passwords_before_going_on(wizard, type_text):
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.account
    _fill_admin(wizard, type_text, again="Duban-2015")
    wizard.next()
    assert wizard.currentPage() is wizard.account
    assert "不一致" in wizard.account.error.text()
    wizard.account.again.setText("Duban-2014")
    wizard.account.password.setText("short")
    wizard.account.again.setText("short")
    wizard.next()
    assert wizard.currentPage() is wizard.account and "至少" in wizard.account.error.text()


def test_single_user_mode_creates_no_account(wizard, session):
    wizard.next()
    wizard.next()
    wizard.account.single_user.click()
    assert not wizard.account.fields.isEnabled()
    assert "不用登录" in " ".join(lbl.text() for lbl in wizard.account.findChildren(type(wizard.account.error)))
    wizard.next()
    assert wizard.currentPage() is wizard.data
    wizard.accept()
    assert not wizard.account.skipped
    assert not accounts.has_accounts() and session.actor.name == "本机用户"
    assert _marker_stored()


def test_every_page_can_be_skipped_and_then_nothing_but_the_marker_is_written(wizard, type_text):
    type_text(wizard.office.name, "改了又跳过")
    for _ in range(6):
        wizard.skip_page()
    assert wizard.currentPage() is wizard.summary
    assert wizard.summary.text.text().count("已跳过") == 6
    wizard.accept()
    assert settings.get(settings.OFFICE_NAME) == "中共南宁市委督查室"
    assert not accounts.has_accounts()
    assert [r.key for r in settings.Setting.select()] == [SETUP_KEY]


def test_closing_the_wizard_stores_the_marker_so_it_shows_once(db, session, qtbot, monkeypatch):
    window = MainWindow(session)
    qtbot.addWidget(window)
    shown = []

    def run(self):
        shown.append(self)
        self.reject()  # 以后再说
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", run)
    assert offer_first_run(window) is shown[0]
    assert _marker_stored() and not accounts.has_accounts()
    assert offer_first_run(window) is None and len(shown) == 1


def test_choosing_the_demonstration_opens_it_after_finishing(db, session, qtbot, monkeypatch):
    window = MainWindow(session)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(window, "open_demo", lambda: opened.append(True))

    def run(self):
        self.show()
        for _ in range(3):
            self.skip_page()
        self.data.demo.setChecked(True)
        self.next()
        self.accept()
        return 1

    monkeypatch.setattr(FirstRunWizard, "exec", run)
    offer_first_run(window)
    assert opened == [True]


def test_the_fonts_page_says_what_to_install_for_stand_ins(wizard, tmp_path, qtbot):
    from reports.fonts import FontRow

    rows = [FontRow("仿宋", "AR PL SungtiL GB (替代仿宋)", "已嵌入（替代字体）", "/x"),
            FontRow("黑体", "黑体", "已嵌入", "/y"),
            FontRow("楷体", "楷体", "已嵌入", "/z"),
            FontRow("宋体", "宋体", "已嵌入", "/w"),
            FontRow("小标宋", "STSong-Light", "未嵌入：其他电脑上可能显示为空白", "")]
    text = wizard.fonts.advice_text(rows)
    assert "simfang.ttf" in text and "方正小标宋简体" in text and "simhei" not in text
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    wizard.fonts.folder.setText(str(fonts))
    assert wizard.fonts.values() == {FONT_DIR.key: str(fonts)}


def test_a_file_with_records_never_sees_the_wizard(demo_db, db_path, today, qtbot, monkeypatch):
    assert not needs_setup()
    window = MainWindow(Session(db_path, today=today))
    qtbot.addWidget(window)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: pytest.fail("wizard shown"))
    assert offer_first_run(window) is None


def test_an_office_file_in_use_without_the_marker_never_sees_it(db, actor, today):
    from models.reference.directory import UnitData, save_unit

    save_unit(actor, UnitData(name="南宁市住房和城乡建设委员会"))
    assert not needs_setup()


def _turn_until_open(qtbot) -> int:
    """The application's event loop, in a test: turned until every window shown before its
    file was opened has opened it (or closed), then the windows closed."""
    from PySide6.QtWidgets import QApplication

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    qtbot.waitUntil(lambda: all(w._open_file is None for w in windows), timeout=10000)
    for w in windows:
        w.close()
    return 0


def test_the_application_offers_it_when_a_new_file_opens(tmp_path, monkeypatch, qtbot):
    from types import SimpleNamespace

    from models.core.actors import LOCAL_ACTOR
    from ui import app
    from ui.safety import login

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(app, "make_app", lambda argv=None: SimpleNamespace(exec=lambda: _turn_until_open(qtbot)))
    monkeypatch.setattr(login, "ask_login", lambda parent, name=None: LOCAL_ACTOR)
    shown = []

    def run(self):
        shown.append(self.session.db_path)
        self.reject()
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", run)
    assert app.run_gui(tmp_path / "office.sqlite3") == 0
    assert shown == [tmp_path / "office.sqlite3"]
    # Opened again: the marker keeps it away.
    assert app.run_gui(tmp_path / "office.sqlite3") == 0
    assert len(shown) == 1


def test_a_file_opened_after_the_window_shows_gets_it_over_the_window(tmp_path, monkeypatch, qtbot):
    # A file made elsewhere (a command, a restore) and never set up: ours, no accounts, so the
    # window is shown first; the wizard comes once the file is open, over the window, and
    # choosing the demonstration still opens it.
    from types import SimpleNamespace

    from models.core.db import close_database
    from models.core.peek import look
    from models.core.schema import open_database
    from ui import app
    from ui.workbench import Workbench

    path = tmp_path / "office.sqlite3"
    open_database(path, check_integrity="none")
    close_database()
    assert look(path).after_window
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(app, "make_app", lambda argv=None: SimpleNamespace(exec=lambda: _turn_until_open(qtbot)))
    shown, demo = [], []

    def run(self):
        window = self.parentWidget()
        shown.append((window.isVisible(), needs_setup(), window.session.db_path))
        self.open_demo = True
        self.reject()
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", run)
    monkeypatch.setattr(Workbench, "open_demo", lambda self: demo.append(self.path))
    assert app.run_gui(path) == 0
    assert shown == [(True, True, path)] and demo == [path]
