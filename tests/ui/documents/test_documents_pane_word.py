"""The 文档 pane's 另存 also writes a Word file (.docx): the 样稿's wording before 印发,
the issued wording after; a file from the register as its PDF original or as Word with its number."""
from __future__ import annotations

import io
import zipfile

from PySide6.QtWidgets import QFileDialog

from tests.ui.documents.test_documents_pane import _preview, pane  # noqa: F401  (fixture)

WORD = "Word 文件（可在 Word/WPS 中修改） (*.docx)"


def _xml(path) -> str:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_save_as_word_before_and_after_issue(pane, qtbot, monkeypatch, tmp_path):  # noqa: F811
    from models.documents import register as reg

    pane.select_kind(reg.BULLETIN)
    pane.b_issue.setValue(7)
    _preview(pane, qtbot)
    offered = []
    answer = {"path": str(tmp_path / "draft"), "filter": WORD}

    def save_as(_parent, _title, _name, filters):
        offered.append(filters)
        return answer["path"], answer["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    pane.save_pdf()
    assert WORD in offered[-1] and "PDF 文件 (*.pdf)" in offered[-1]
    draft = tmp_path / "draft.docx"  # the suffix follows the chosen type
    qtbot.waitUntil(lambda: draft.exists() and not pane.word_worker.busy, timeout=20000)
    xml = _xml(draft)
    assert "督 查 通 报" in xml and "2014年第7期" not in xml  # the 样稿: the number left blank
    assert "Word" in pane.status.text() and pane.save_button.isEnabled()

    pane.issue()
    answer.update(path=str(tmp_path / "issued.docx"), filter="PDF 文件 (*.pdf)")  # typed suffix wins
    pane.save_pdf()
    issued = tmp_path / "issued.docx"
    qtbot.waitUntil(lambda: issued.exists() and not pane.word_worker.busy, timeout=20000)
    assert "2014年第7期" in _xml(issued)

    [row] = reg.register_rows()
    pane._clear_preview()
    pane.register.selectRow(0)
    pane.open_issued()
    answer.update(path=str(tmp_path / "again.pdf"), filter="PDF 文件 (*.pdf)")
    pane.save_pdf()
    assert WORD in offered[-1]  # from the register: the PDF as kept, or Word with the same number
    assert (tmp_path / "again.pdf").read_bytes() == reg.stored_pdf(row.id)
    answer.update(path=str(tmp_path / "again.docx"), filter=WORD)
    pane.save_pdf()
    again = tmp_path / "again.docx"
    qtbot.waitUntil(lambda: again.exists() and not pane.word_worker.busy, timeout=20000)
    assert "2014年第7期" in _xml(again) and len(reg.register_rows()) == 1  # no new number


def test_the_register_tab_saves_the_selected_document_as_word(pane, qtbot, monkeypatch, tmp_path):  # noqa: F811
    from models.documents import register as reg

    pane.select_kind(reg.BULLETIN)
    pane.b_issue.setValue(9)
    _preview(pane, qtbot)
    pane.issue()
    [row] = reg.register_rows()
    asked = []

    def save_as(_parent, title, name, filters):
        asked.append((title, name.rsplit("/", 1)[-1], filters))
        return str(tmp_path / "n9.docx"), WORD

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert pane.save_issued_button.text() == "另存为 PDF/Word(&A)…"
    pane.register.selectRow(0)
    pane.save_issued()
    assert asked == [("另存为 PDF/Word", "2014年第9期.pdf", f"PDF 文件 (*.pdf);;{WORD}")]
    out = tmp_path / "n9.docx"
    qtbot.waitUntil(lambda: out.exists() and not pane.word_worker.busy, timeout=20000)
    assert out.read_bytes().startswith(b"PK") and "2014年第9期" in _xml(out)
    assert [r.id for r in reg.register_rows()] == [row.id]
