"""The 文档 pane on a 1366×768 screen: the record pickers show each record's number and the
start of its title, the whole line as tooltip and in a drop-down wide enough; a record's
"生成…" shows the preview at once; 另存 says PDF/Word."""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from models.documents import register as reg
from tests.ui.documents.test_more_documents_pane import _text, pane  # noqa: F401  (fixture)


def _pickers(pane):  # noqa: F811
    return {reg.NOTICE: pane.n_instruction, reg.REMINDER: pane.r_instruction, reg.SPECIAL: pane.s_source,
            reg.REPORT_BACK: pane.rb_instruction, reg.MESSAGE: pane.m_message}


def test_pickers_show_the_number_and_the_title_start_at_1366_by_768(pane, qtbot):  # noqa: F811
    # 1366 less the main window's navigation column, 768 less the title bar and the task bar.
    pane.resize(1366 - 180, 700)
    for kind, combo in _pickers(pane).items():
        pane.select_kind(kind)
        qtbot.waitUntil(combo.isVisible)
        assert combo.count() > 0, kind
        combo.setCurrentIndex(combo.count() - 1)
        text = combo.currentText()
        assert combo.toolTip() == text
        start = text[:12]  # the number and the first characters of the title
        room = combo.lineEdit().width() if combo.lineEdit() is not None else combo.width() - 40
        assert QFontMetrics(combo.font()).horizontalAdvance(start) < room, (kind, text, room)
        if combo.lineEdit() is not None:
            assert combo.lineEdit().cursorPosition() == 0, (kind, text)  # the start in view, not the end
        widest = max(QFontMetrics(combo.view().font()).horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        screen = combo.screen().availableGeometry().width()
        assert combo.view().minimumWidth() >= min(widest, screen - 40 - 24), kind


def test_a_choice_made_again_after_a_reload_still_shows_its_start(pane):  # noqa: F811
    combo = pane.rb_instruction
    pane.select_kind(reg.REPORT_BACK)
    combo.lineEdit().setCursorPosition(len(combo.currentText()))
    pane._reload_choices()
    assert combo.lineEdit().cursorPosition() == 0


def test_a_special_report_asked_for_from_its_activity_is_previewed_at_once(pane, qtbot):  # noqa: F811
    from models.documents.more_data import ACTIVITY

    key = pane.s_source.itemData(next(i for i in range(pane.s_source.count())
                                      if str(pane.s_source.itemData(i)).startswith(ACTIVITY)))
    activity_id = int(key.split(":")[1])
    assert pane.select_record(reg.SPECIAL, (ACTIVITY, activity_id))
    qtbot.waitUntil(lambda: pane.prepared is not None and not pane.worker.busy, timeout=30000)
    assert pane.prepared.kind == reg.SPECIAL and pane.is_draft
    assert "督查专报" in _text(pane) or pane.pdf.pageCount() > 0


def test_save_buttons_say_pdf_and_word(pane):  # noqa: F811
    assert "PDF/Word" in pane.save_button.text()
    assert "PDF/Word" in pane.save_issued_button.text()


def test_previewing_an_issued_document_again_says_so_and_issuing_it_is_refused(pane, qtbot):  # noqa: F811
    from tests.ui.documents.test_more_documents_pane import _preview

    pane.select_kind(reg.SPECIAL)
    pane.s_source.setCurrentIndex(0)
    _preview(pane, qtbot)
    pane.issue()
    [row] = reg.register_rows()
    assert not pane.warnings
    _preview(pane, qtbot)
    assert any(f"已印发为{row.number}" in w for w in pane.warnings)
    pane.issue()
    assert "另存为 PDF/Word" in pane.warnings[-1] and len(reg.register_rows()) == 1


def test_the_report_back_list_offers_this_years_reported_matters_and_an_older_one_from_its_record(pane, qtbot):  # noqa: F811
    """Ten years of 已报结 matters would make the list (and the pane's first visit) crawl:
    only this year's are listed, every matter awaiting its report is, and an older one
    asked for from its record is put among the choices."""
    import datetime as dt

    from models.instructions.records import Instruction
    from models.instructions.states import HANDLING_STATES, REPORTED, REVIEWED

    combo = pane.rb_instruction
    this_year = pane.session.today().year
    old = Instruction.select().where(Instruction.state.not_in([REPORTED, REVIEWED])).first()
    Instruction.update(state=REPORTED, number_year=this_year - 3).where(Instruction.id == old.id).execute()
    recent = Instruction.select().where(Instruction.state.not_in([REPORTED, REVIEWED])).first()
    Instruction.update(state=REPORTED, number_year=this_year).where(Instruction.id == recent.id).execute()
    january = Instruction.select().where(Instruction.state.not_in([REPORTED, REVIEWED])).first()
    Instruction.update(state=REPORTED, number_year=this_year - 1,
                       reported_on=dt.date(this_year, 1, 8)).where(Instruction.id == january.id).execute()
    pane._reload_choices()
    listed = {combo.itemData(i) for i in range(combo.count())}
    assert recent.id in listed and january.id in listed and old.id not in listed
    assert {i.id for i in Instruction.select().where(Instruction.state == REVIEWED)} <= listed
    assert pane.select_record(reg.REPORT_BACK, old.id)
    assert combo.currentData() == old.id and old.number in combo.currentText()
    qtbot.waitUntil(lambda: not pane.worker.busy, timeout=60000)  # its preview
    handling = Instruction.select().where(Instruction.state.in_(HANDLING_STATES)).first()
    assert not pane.select_record(reg.REPORT_BACK, handling.id)
