"""A refused import file is explained the same way everywhere: summary, the first 30 bad
rows with their reasons, how many more, and what to do."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets.import_report import refused


@dataclass
class Plan:
    errors: list = field(default_factory=list)

    def summary(self) -> str:
        return f"共 {len(self.errors)} 处错误"


def test_a_clean_plan_is_not_refused(qapp, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(AssertionError(a)))
    assert refused(QWidget(), Plan()) is False


def test_errors_are_listed_thirty_at_most_with_the_rest_counted(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    plan = Plan([f"第{i}行：单位名称为空" for i in range(2, 42)])
    assert refused(QWidget(), plan) is True
    title, text = shown[0]
    assert title == "文件有误，未导入"
    assert text.startswith("共 40 处错误") and "第2行：单位名称为空" in text and "第31行" in text
    assert "第32行" not in text and "……另有 10 处" in text and text.endswith("请改正后重新导入。")
