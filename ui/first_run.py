"""首次使用设置: the short wizard shown once, when the window opens on a new, empty file.

Every page can be skipped (跳过此页) and the whole wizard closed (以后在“设置”里填);
nothing is written until 完成, and then in one transaction
(:func:`models.safety.first_run.finish_setup`). Closing it stores the marker alone, so
it shows once; an office's file in use never sees it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.core import settings
from models.core.errors import UserError
from models.core.peek import is_server
from models.safety import backups
from models.safety.first_run import (
    NewAdmin,
    SetupAnswers,
    check_admin,
    finish_setup,
    needs_setup,
    skip_setup,
)
from ui.background import Background
from ui.session import Change, Session

#: the roles a document cannot do without, and where a clerk gets each face
FONT_ADVICE = {
    "仿宋": "“仿宋”（Windows 自带 simfang.ttf）或“仿宋_GB2312”",
    "黑体": "“黑体”（Windows 自带 simhei.ttf）",
    "楷体": "“楷体”（Windows 自带 simkai.ttf）或“楷体_GB2312”",
    "小标宋": "“方正小标宋简体”（FZXBSJW.TTF，方正字库的商用字体，一般由单位统一购买安装）",
}


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def _folder_row(edit: QLineEdit, pick) -> QWidget:
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit, 1)
    button = QPushButton(QCoreApplication.translate("FirstRunWizard", "选择…"))
    button.clicked.connect(lambda _=False: pick())
    box.addWidget(button)
    return row


class SetupPage(QWizardPage):
    """A page that can be skipped: a skipped page adds nothing to the answers."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        # Not answered until 下一步 accepts the page: a page never reached adds nothing.
        self.skipped = True

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.wizard().skipping:
            self.skipped = True
            return True
        self.skipped = False
        return self.check()

    def check(self) -> bool:
        """Whether the page's input can be used (say why not on the page)."""
        return True

    def values(self) -> dict[str, Any]:
        """The settings this page changes: key → value."""
        return {}

    def summary(self) -> list[str]:
        """Lines for the last page saying what 完成 will do."""
        return []


class OfficePage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("本室"), self.tr(
            "本室名称是督办通知单、催办通知、督查通报的发文机关和落款；上级机关印在通报批评的版头。"), parent)
        self.name = QLineEdit(settings.get(settings.OFFICE_NAME))
        self.parent_body = QLineEdit(settings.get(settings.OFFICE_PARENT))
        form = QFormLayout(self)
        form.addRow(self.tr("本室名称（发文机关）"), self.name)
        form.addRow(self.tr("上级机关（印发机关）"), self.parent_body)
        form.addRow(_note(self.tr("例如“中共某某市委督查室”和“中共某某市委办公厅”。以后可在 设置 → 选项 → 本室 中修改。")))

    def check(self) -> bool:
        if not self.name.text().strip():
            QMessageBox.warning(self, self.tr("本室名称为空"), self.tr("请填写本室名称，或点“跳过此页”保留原来的名称。"))
            return False
        return True

    def values(self) -> dict[str, Any]:
        out = {settings.OFFICE_NAME.key: self.name.text().strip()}
        if self.parent_body.text().strip():
            out[settings.OFFICE_PARENT.key] = self.parent_body.text().strip()
        return out

    def summary(self) -> list[str]:
        return [self.tr("本室名称：{0}；上级机关：{1}").format(
            self.name.text().strip(), self.parent_body.text().strip() or settings.get(settings.OFFICE_PARENT))]


class ContactPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("值班电话"), self.tr(
            "印在督办通知单、催办通知上，方便承办单位联系。没有填写时，这些公文不能印发（只能出样稿）。"), parent)
        self.contact = QLineEdit(settings.get(settings.OFFICE_CONTACT))
        self.contact.setPlaceholderText(self.tr("联系人：张三，电话：0771-1234567"))
        form = QFormLayout(self)
        form.addRow(self.tr("联系人及电话"), self.contact)
        form.addRow(_note(self.tr("以后可在 设置 → 选项 → 本室 中修改。")))

    def values(self) -> dict[str, Any]:
        text = self.contact.text().strip()
        return {settings.OFFICE_CONTACT.key: text} if text else {}

    def summary(self) -> list[str]:
        text = self.contact.text().strip()
        return [self.tr("联系人及电话：{0}").format(text) if text
                else self.tr("联系人及电话：未填写（印发督办通知单、催办通知前须在设置中补上）")]


class AccountPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("管理员账号"), self.tr(
            "多人共用这个数据库时，请建立管理员账号：之后每次打开都要登录，由管理员为同事添加督查员、查阅账号。"), parent)
        self.with_account = QRadioButton(self.tr("建立管理员账号（推荐多人使用时）"))
        self.single_user = QRadioButton(self.tr("单人使用，不设账号"))
        self.with_account.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.with_account)
        group.addButton(self.single_user)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如 admin 或本人姓名拼音"))
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("账号名"), self.name)
        form.addRow(self.tr("姓名（可不填）"), self.display_name)
        form.addRow(self.tr("密码（至少8位）"), self.password)
        form.addRow(self.tr("再输一次密码"), self.again)
        self.fields = QWidget()
        self.fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.with_account)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.single_user)
        layout.addWidget(_note(self.tr(
            "单人使用：打开程序不用登录，谁坐在这台电脑前都能以“本机用户”（管理员权限）修改全部数据；"
            "审计记录里的操作人都是“本机用户”。适合只有一个人使用、电脑有开机密码的情况。"
            "以后随时可以在 设置 → 账号与备份 → 账号 中建立账号。")))
        layout.addStretch(1)
        self.single_user.toggled.connect(lambda on: self.fields.setEnabled(not on))

    def check(self) -> bool:
        if self.single_user.isChecked():
            return True
        try:
            check_admin(self.name.text(), self.password.text(), self.again.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return False
        self.error.hide()
        return True

    def admin(self) -> NewAdmin | None:
        """The account to create (None: single-user mode)."""
        if self.single_user.isChecked():
            return None
        return NewAdmin(self.name.text().strip(), self.password.text(), self.display_name.text().strip())

    def summary(self) -> list[str]:
        if self.single_user.isChecked():
            return [self.tr("账号：单人使用，不设账号，打开时不用登录")]
        return [self.tr("账号：建立管理员“{0}”，以后打开时须登录").format(self.name.text().strip())]


class DataPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("从哪里开始"), self.tr("可以先看看演示数据，熟悉各个页面，再回来录入本室的数据。"), parent)
        self.empty = QRadioButton(self.tr("从空白开始，录入本室的数据"))
        self.demo = QRadioButton(self.tr("先打开演示数据看看"))
        self.empty.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        layout.addWidget(_note(self.tr(
            "演示数据是南宁市委督查室 2014年的虚构数据，放在另一个文件里，在那里的修改不影响本室数据。"
            "看完点窗口右下角的“返回本室数据库”回来；以后也可以在 工作台 点“打开演示数据”。")))
        layout.addStretch(1)

    def summary(self) -> list[str]:
        return [self.tr("完成后打开演示数据") if self.demo.isChecked() else self.tr("完成后从空白开始")]


class BackupPage(SetupPage):
    def __init__(self, db_path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("备份"), self.tr(
            "程序每天第一次启动和退出时自动备份。备份放在另一块盘上（U盘、移动硬盘或网络共享文件夹）"
            "才能在电脑损坏时保住数据。"), parent)
        self.db_path = db_path
        self.folder = QLineEdit(settings.get(backups.FOLDER))
        self.folder.setPlaceholderText(str(backups.backup_folder(db_path, "")))
        form = QFormLayout(self)
        form.addRow(self.tr("备份文件夹"), _folder_row(self.folder, self.pick))
        if is_server(db_path):
            # A server's dumps (pg_dump) are kept on each clerk's computer unless a folder is set.
            where = self.tr("留空则用 pg_dump 备份到本机为这个服务器数据库保留的文件夹：{0}。"
                            "以后可在 设置 → 账号与备份 中修改，并在那里立即备份。")
        else:
            where = self.tr("留空则备份到数据库旁的 backups 文件夹：{0}。"
                            "以后可在 设置 → 账号与备份 中修改，并在那里立即备份或从备份恢复。")
        form.addRow(_note(where.format(backups.backup_folder(db_path, ""))))

    def pick(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def check(self) -> bool:
        text = self.folder.text().strip()
        if text and not Path(text).expanduser().is_dir():
            answer = QMessageBox.question(self, self.tr("文件夹不存在"), self.tr(
                "找不到文件夹“{0}”（U盘没插上，或网络共享没连上？）。仍然用它吗？"
                "到时找不到它，自动备份会提示失败。").format(text))
            return answer == QMessageBox.StandardButton.Yes
        return True

    def values(self) -> dict[str, Any]:
        text = self.folder.text().strip()
        return {backups.FOLDER.key: text} if text else {}

    def summary(self) -> list[str]:
        return [self.tr("备份文件夹：{0}").format(backups.backup_folder(self.db_path, self.folder.text().strip()))]


class FontsPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("公文字体"), self.tr(
            "公文按 GB/T 9704 用仿宋、黑体、楷体、小标宋排版。下面是在这台电脑上找到的字体。"), parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("用途"), self.tr("使用的字体"), self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(200)
        self.advice = QLabel(self.tr("正在查找字体……"))
        self.advice.setWordWrap(True)
        # The register (and the instructions' records it reads) only when the wizard
        # shows this page, not at every start that imports the wizard to ask whether it is due.
        from models.documents.register import FONT_DIR

        self.folder = QLineEdit(settings.get(FONT_DIR))
        self.folder.setPlaceholderText(self.tr("留空：使用 Windows 已安装的字体"))
        self.folder.editingFinished.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("公文字体文件夹"), _folder_row(self.folder, self.pick))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.advice)
        layout.addLayout(form)
        self.finder = Background(self)
        self.finder.finished.connect(self.show_rows)
        self.finder.failed.connect(self.advice.setText)
        self.rows: list | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.refresh()

    def pick(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择放有字体文件的文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.refresh()

    def refresh(self) -> None:
        from reports.fonts import font_report

        folder = self.folder.text().strip() or None
        self.finder.start(lambda: font_report(folder))

    def show_rows(self, rows: list) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate((row.role_name, row.font, row.status)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.advice.setText(self.advice_text(rows))

    def advice_text(self, rows: list) -> str:
        """What to install for each of 仿宋/黑体/楷体/小标宋 that has only a stand-in."""
        missing = [r.role_name for r in rows if r.role_name in FONT_ADVICE and r.status != "已嵌入"]
        if not missing:
            return self.tr("仿宋、黑体、楷体、小标宋都已找到，公文会用正式字体。")
        lines = [self.tr("缺少以下字体，公文暂用替代字体（能打印，但字形与正式公文不同）。请安装：")]
        lines += [f"　· {name}：{FONT_ADVICE[name]}" for name in missing]
        lines.append(self.tr("安装方法：右键字体文件 → “为所有用户安装”；或把字体文件放进一个文件夹，在下面选择它。"))
        return "\n".join(lines)

    def values(self) -> dict[str, Any]:
        from models.documents.register import FONT_DIR

        text = self.folder.text().strip()
        return {FONT_DIR.key: text} if text else {}

    def summary(self) -> list[str]:
        text = self.folder.text().strip()
        return [self.tr("公文字体文件夹：{0}").format(text)] if text else []


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("完成"))
        self.setSubTitle(self.tr("点“完成”后一次写入下面各项；在此之前什么都没有保存。"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        lines = []
        for page in self.wizard().setup_pages():
            if page.skipped:
                lines.append(self.tr("{0}：已跳过，不作修改").format(page.title()))
            else:
                lines += page.summary()
        self.text.setText("\n".join(f"· {line}" for line in lines))


class FirstRunWizard(QWizard):
    """The seven pages; :attr:`result_actor` and :attr:`open_demo` tell the caller what to do next."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.skipping = False
        self.open_demo = False
        self.finished_setup = False
        self.setWindowTitle(self.tr("首次使用设置 — 督查工作台"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("跳过此页"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("以后再说"))
        self.customButtonClicked.connect(lambda _which: self.skip_page())
        self.office = OfficePage()
        self.contact = ContactPage()
        self.account = AccountPage()
        self.data = DataPage()
        self.backup = BackupPage(session.db_path)
        self.fonts = FontsPage()
        self.summary = SummaryPage()
        for page in (*self.setup_pages(), self.summary):
            self.addPage(page)
        self.currentIdChanged.connect(self._buttons)
        self.setMinimumSize(640, 460)

    def setup_pages(self) -> list[SetupPage]:
        return [self.office, self.contact, self.account, self.data, self.backup, self.fonts]

    def _buttons(self, _id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(self.currentPage() is not self.summary)

    def skip_page(self) -> None:
        """跳过此页: go on without this page's answers."""
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def answers(self) -> SetupAnswers:
        values: dict[str, Any] = {}
        for page in self.setup_pages():
            if not page.skipped:
                values.update(page.values())
        admin = None if self.account.skipped else self.account.admin()
        return SetupAnswers(values, admin)

    def accept(self) -> None:
        """完成: write everything in one transaction; on a refusal say why and stay open."""
        try:
            actor = finish_setup(self.session.actor, self.answers(), dt.datetime.now())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能完成设置"), exc.message)
            return
        self.finished_setup = True
        self.open_demo = not self.data.skipped and self.data.demo.isChecked()
        changed_account = actor != self.session.actor
        self.session.actor = actor
        self.session.notify(Change.SETTINGS)
        if changed_account:
            self.session.notify(Change.ACCOUNTS)
            self.session.notify(Change.LOGIN)
        super().accept()

    def reject(self) -> None:
        """以后再说 (or closing the window): store the marker only, so it is not offered again."""
        try:
            skip_setup(self.session.actor, dt.datetime.now())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能保存"), exc.message)
        super().reject()


def offer_first_run(window) -> FirstRunWizard | None:
    """Show the wizard over ``window`` if its file is new and unused; open the demonstration
    afterwards if asked. Returns the wizard shown, or ``None`` when none was due."""
    session = window.session
    if session.demo_day is not None or not needs_setup():
        return None
    wizard = FirstRunWizard(session, window)
    wizard.exec()
    if wizard.open_demo:
        window.open_demo()
    return wizard
