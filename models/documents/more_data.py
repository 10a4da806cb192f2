"""The four documents the office writes besides its notices and bulletins, as plain data.

- 督查专报: after a supervision activity or a research topic, its findings and
  suggestions reported to the city's leaders (red "督查专报" header, its own 第N期).
- 办理情况报告 (报结): one instruction reported back to the leader who gave it — the
  instruction word for word, what each unit did, the 回访复核 result.
- 领导批示件办理情况一览表: one leader's instructions and how each stands (the rows
  are :mod:`models.overview.leader_sheet`'s), a landscape table for the leader's desk.
- 网民留言转办单: a citizen's message forwarded to a unit, with the reply deadline.

As in :mod:`models.documents.data`, every text is as the office prints it (dates in
words, no half-width space beside Chinese), "today" and the issue day are passed in,
and nothing here draws a page: ``reports/`` does.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from models.calendar.lights import Light
from models.calendar.store import load_calendar
from models.calendar.workdays import add_working_days
from models.core import settings
from models.core.errors import WorkflowError
from models.core.numbers import date_cn
from models.documents import register as reg
from models.documents.data import (
    LIGHT_WORDS,
    Office,
    findings,
    names_in,
    office,
    printed,
    sentence,
)
from models.reference.directory import Leader

# ==================================================================== 督查专报

ACTIVITY, RESEARCH = "activity", "research"


@dataclass(frozen=True)
class SuggestionLine:
    """One suggestion to the leaders, and the unit it is for when its text names none.

    How far a suggestion has got (已落实, 采纳…) is not part of it: the report that makes
    a suggestion cannot say it was carried out.
    """

    text: str
    unit: str = ""


@dataclass(frozen=True)
class SpecialReportData:
    """Everything a 督查专报 prints."""

    source: str
    """``activity`` (a supervision activity of the key items) or ``research`` (a research topic)."""
    source_id: int
    year: int
    seq: int
    number: str
    issued_on: dt.date
    office: Office
    mark: str
    recipients: str
    title: str
    opening: str
    background: list[str]
    problems: list[str]
    suggestions: list[SuggestionLine]
    cc: list[str] = field(default_factory=list)
    title_words: list[str] = field(default_factory=list)


def _problem_list(text: str) -> list[str]:
    """Each finding once, as a sentence of its own."""
    joined = findings(text)
    return [sentence(p) for p in joined.rstrip("。").split("；") if p.strip()]


def quoted(text: str) -> str:
    """"“‘中国绿城’提升工程”": a name in quotation marks, its own quotes turned single."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def span_text(first: dt.date, last: dt.date) -> str:
    """"2014年3月18日至4月9日": the year once when both dates share it."""
    if first == last:
        return date_cn(first)
    if first.year == last.year:
        return f"{date_cn(first)}至{last.month}月{last.day}日"
    return f"{date_cn(first)}至{date_cn(last)}"


def suggestion_line(text: str, unit: str) -> SuggestionLine:
    """The suggestion with its unit printed only when the text names no unit of the directory:
    "建议市财政局优先保障项目建设资金" followed by "（责任单位：五象新区管委会）" would name
    two bodies for one suggestion, and the text's own is the one the leader reads."""
    return SuggestionLine(text, "" if names_in(text) else unit)


def _activity_report(activity_id: int) -> tuple[str, str, list[str], list[str], list[SuggestionLine]]:
    from models.key_items.activities import ActivitySuggestion, SupervisionActivity, items_of

    a = SupervisionActivity.get_or_none(SupervisionActivity.id == activity_id)
    if a is None:
        raise WorkflowError(f"没有编号为{activity_id}的督查活动，请刷新后重新选择。")
    title = printed(a.title)
    place = printed(a.place)
    where = f"赴{place}" if place else ""
    # The activity's title usually names its method ("…定点督查", "…提升工程督查"): not twice.
    method = "" if not a.method or a.method in title or title.endswith("督查") else a.method
    opening = f"{date_cn(a.day)}，{reg_office_name()}{where}开展{title}{method}。现将督查情况报告如下。"
    items = items_of(a.id)
    background = []
    if items:
        # Quoted names side by side take no 顿号 between them.
        named = "".join(quoted(printed(i.title)) for i in items)
        many = f"等{len(items)}项" if len(items) > 1 else ""
        background.append(f"此次督查涉及市委年度重点工作{named}{many}。")
    suggestions = [suggestion_line(sentence(printed(s.content)),
                                   (s.unit.short_name or s.unit.name) if s.unit_id else "")
                   for s in ActivitySuggestion.select().where(ActivitySuggestion.activity == a.id)
                   .order_by(ActivitySuggestion.id)]
    return f"关于{title}情况的报告", opening, background, _problem_list(a.problems), suggestions


def _research_report(topic_id: int, on: dt.date) -> tuple[str, str, list[str], list[str], list[SuggestionLine]]:
    from models.research.topics import Finding, ResearchTopic, topic_units

    t = ResearchTopic.get_or_none(ResearchTopic.id == topic_id)
    if t is None:
        raise WorkflowError(f"没有编号为{topic_id}的督查调研课题，请刷新后重新选择。")
    title = printed(t.title)
    # Visits planned after the report's day have not happened yet.
    visits = sorted((v for v in t.visits if v.day <= on), key=lambda v: v.day)
    units = "、".join(u.short_name or u.name for u in topic_units(t.id))
    if visits:
        span = span_text(visits[0].day, visits[-1].day)
        places = "；".join(dict.fromkeys(printed(v.place) for v in visits if v.place.strip()))
        # The number of visits is left to the clerk's summary, which usually gives it.
        opening = (f"{span}，{reg_office_name()}围绕{quoted(title)}开展督查调研，深入基层实地调研"
                   f"{('（' + places + '）') if places else ''}{('，听取' + units + '等单位情况介绍') if units else ''}。"
                   "现将调研情况报告如下。")
    else:
        opening = (f"{reg_office_name()}围绕{quoted(title)}开展督查调研"
                   f"{('，听取' + units + '等单位情况介绍') if units else ''}。现将调研情况报告如下。")
    found = list(Finding.select().where(Finding.topic == t.id).order_by(Finding.seq, Finding.id))
    problems = [sentence(printed(f.text)) for f in found if f.kind == "发现问题"]
    suggestions = [SuggestionLine(sentence(printed(f.text))) for f in found if f.kind != "发现问题"]
    background = research_background(title, printed(t.people), visits, printed(t.report_summary))
    return f"关于{title}的督查调研报告", opening, background, problems, suggestions


def research_background(title: str, people: str, visits: list, summary: str) -> list[str]:
    """基本情况 as recorded: who went, how many field visits, and what each visit's notes say.

    The clerk's summary of the report (报告摘要) is a line for the register ("经实地调研3次，
    梳理问题、提出意见建议，报市委领导参阅") that says nothing the reader of the 专报 does not
    see below; it is printed only when no visit has notes, as the one record there is.
    """
    lines = []
    if visits:
        who = f"调研组（{people}）" if people.strip() else "调研组"
        lines.append(f"{who}先后实地调研{len(visits)}次。" if len(visits) > 1 else f"{who}实地调研1次。")
    noted = [v for v in visits if printed(v.notes).strip()]
    for v in noted:
        place = printed(v.place).strip()
        lines.append(f"{date_cn(v.day)}，{place + '：' if place else ''}{sentence(printed(v.notes))}")
    if not noted:
        # "马山县加快特色城镇化建设：经实地调研…": the topic is the title already.
        lines.extend(sentence(p.strip().removeprefix(title + "：").removeprefix(title + ":"))
                     for p in summary.splitlines() if p.strip())
    return lines


SPECIAL_TO = reg.SPECIAL_TO


def reg_office_name() -> str:
    """The office's name (市委督查室) as set in 设置."""
    return settings.get(settings.OFFICE_NAME)


def special_report_data(source: str, source_id: int, seq: int, number: str,
                        issued_on: dt.date) -> SpecialReportData:
    """The 督查专报 of one supervision activity (``activity``) or one research topic (``research``)."""
    if source == ACTIVITY:
        title, opening, background, problems, suggestions = _activity_report(source_id)
    elif source == RESEARCH:
        title, opening, background, problems, suggestions = _research_report(source_id, issued_on)
    else:
        raise WorkflowError("督查专报只能根据督查活动或督查调研课题生成。")
    if not problems and not suggestions:
        raise WorkflowError("该项督查没有记录发现的问题或意见建议，专报无可报告的内容。"
                            "请先在督查活动（或调研课题）中填写发现的问题、意见建议。")
    return SpecialReportData(
        source=source, source_id=source_id, year=issued_on.year, seq=seq, number=number, issued_on=issued_on,
        office=office(), mark=settings.get(reg.SPECIAL_MARK), recipients=settings.get(SPECIAL_TO),
        title=title, opening=opening, background=background, problems=problems, suggestions=suggestions,
        cc=[c for c in settings.get(reg.SPECIAL_CC).replace("，", "、").split("、") if c.strip()],
        title_words=names_in(title))


# ==================================================================== 办理情况报告（报结）

@dataclass(frozen=True)
class UnitWork:
    """What one unit did on the instruction, in the order it happened."""

    unit: str
    role: str
    assigned_on: dt.date
    deadline: dt.date
    steps: list[str]
    replaced: str = ""


@dataclass(frozen=True)
class ReportBackData:
    """Everything a 办理情况报告 to the leader prints."""

    instruction_id: int
    instruction_number: str
    year: int
    seq: int
    number: str
    issued_on: dt.date
    office: Office
    leader: str
    title: str
    text: str
    instructed_on: dt.date | None
    received_on: dt.date
    source: str
    units: list[UnitWork]
    completed_on: dt.date | None
    result: str
    reviewed_on: dt.date | None
    review: str
    failed_reviews: list[str] = field(default_factory=list)
    title_words: list[str] = field(default_factory=list)
    recipients: str = ""
    """主送: "黄振宇同志" for a city leader; for a regional leader, see :func:`report_back_addressing`."""
    instructor: str = "您"
    """Who gave the instruction, as the opening sentence names them."""


REPORT_BACK_REGION_TO = settings.define(
    "documents.report_back_region_to", "自治区党委办公厅督查室", "办理情况报告主送（自治区党委领导批示件）", "公文",
    help="自治区党委领导批示件的办理情况，按来文渠道报自治区党委办公厅督查室，不直接报送自治区领导本人")


def report_back_addressing(level: str, leader: str, post: str) -> tuple[str, str]:
    """(主送, how the opening names the leader) of a 办理情况报告.

    A city leader's instruction is reported to the leader who gave it: "黄振宇同志：" and
    "您在…上作出批示". A regional leader's (自治区党委领导批示件) reached the city through the
    自治区党委办公厅, whose 督查室 follows it up: a city committee's 督查室 does not write to a
    自治区 leader directly, so the report goes back up the channel the instruction came down —
    to 自治区党委办公厅督查室 (设置: 办理情况报告主送) — and names the leader in the third
    person, with the post: "自治区党委副书记覃海明同志在…上作出批示".
    """
    if level == "自治区":
        return settings.get(REPORT_BACK_REGION_TO), f"{post}{leader}同志"
    return f"{leader}同志", "您"


def source_phrase(issuer: str, title: str, number: str) -> str:
    """"自治区党委办公厅报送的《群众反映…》（自治〔2014〕273号）": where the leader wrote the instruction."""
    title = title.strip("《》")
    doc = (f"《{title}》" if title else "") + (f"（{number}）" if number.strip() else "")
    if issuer and not doc:
        return f"{issuer}报送的材料"
    return (f"{issuer}报送的" if issuer else "") + doc


REPORTABLE = ("已复核", "已报结")


def report_back_title(leader: str, matter: str) -> str:
    """"关于食品安全专项整治批示件办理情况的报告" — the matter names it; the leader and the
    source are in the text (a title holding "《关于…的报告》上的批示…的报告" reads twice)."""
    topic = matter.strip().strip("“”\"")
    topic = topic[2:] if topic.startswith("关于") else topic
    return f"关于{topic}批示件办理情况的报告" if topic else f"关于{leader}同志批示件办理情况的报告"


def report_back_data(instruction_id: int, seq: int, number: str, issued_on: dt.date) -> ReportBackData:
    """The report to the leader on one instruction that has passed its 回访复核."""
    from models.instructions.records import (
        Assignment,
        CompletionReport,
        Extension,
        Instruction,
        ProgressReport,
        Reminder,
        Review,
    )

    ins = Instruction.get_or_none(Instruction.id == instruction_id)
    if ins is None:
        raise WorkflowError("所选批示件不存在，请刷新后重新选择。")
    if ins.state not in REPORTABLE:
        raise WorkflowError(f"{ins.number}当前为“{ins.state}”：办理情况报告在办结并经回访复核通过后才能报送领导。"
                            "请先在“批示件”中办结并回访复核。")
    leader = ins.leader_name or "领导"
    units = []
    for a in (Assignment.select().where(Assignment.instruction == ins.id)
              .order_by(Assignment.is_lead.desc(), Assignment.assigned_on, Assignment.id)):
        name = a.unit.name
        events: list[tuple[dt.date, int, str]] = []
        if a.signed_on:
            events.append((a.signed_on, 0, f"{date_cn(a.signed_on)}签收"))
        for p in ProgressReport.select().where(ProgressReport.assignment == a.id):
            events.append((p.reported_on, 1, f"{date_cn(p.reported_on)}报送进展：{sentence(printed(p.text))}"))
        for r in Reminder.select().where(Reminder.assignment == a.id):
            events.append((r.reminded_on, 2, f"{date_cn(r.reminded_on)}经我室{r.means}催办"))
        for e in Extension.select().where((Extension.assignment == a.id) & (Extension.decision == "同意")):
            events.append((e.decided_on or e.requested_on, 3,
                           f"{date_cn(e.requested_on)}申请延期，经同意办理时限延至{date_cn(e.requested_deadline)}"))
        for c in CompletionReport.select().where(CompletionReport.assignment == a.id):
            events.append((c.reported_on, 4, f"{date_cn(c.reported_on)}报送办结情况：{sentence(printed(c.text))}"))
        steps = [s for _d, _k, s in sorted(events, key=lambda e: (e[0], e[1]))]
        steps = [s if s.endswith(("。", "）")) else s + "。" for s in steps]
        replaced = ""
        if a.replaced_on:
            replaced = f"{date_cn(a.replaced_on)}更换承办单位" + (
                f"（{sentence(printed(a.replace_reason)).rstrip('。')}）" if a.replace_reason.strip() else "") + "。"
        units.append(UnitWork(name, "牵头" if a.is_lead else "协办", a.assigned_on, a.deadline, steps, replaced))
    reviews = list(Review.select().where(Review.instruction == ins.id).order_by(Review.reviewed_on, Review.id))
    passed = [r for r in reviews if r.passed]
    failed = [f"{date_cn(r.reviewed_on)}回访复核未通过：{sentence(printed(r.reason))}" for r in reviews if not r.passed]
    last = passed[-1] if passed else None
    review = ""
    if last is not None:
        review = (f"{date_cn(last.reviewed_on)}，我室进行回访复核，复核通过"
                  + (f"：{sentence(printed(last.reason))}" if last.reason.strip() else "，办理结果属实。"))
    title = report_back_title(leader, printed(ins.matter))
    source = source_phrase(printed(ins.source_issuer), printed(ins.source_title), printed(ins.source_number))
    known = Leader.get_or_none(Leader.name == ins.leader_name)
    recipients, instructor = report_back_addressing(ins.level, leader, printed(known.post) if known else "")
    return ReportBackData(
        instruction_id=ins.id, instruction_number=ins.number, year=issued_on.year, seq=seq, number=number,
        issued_on=issued_on, office=office(), leader=leader, title=title, text=ins.text.strip(),
        instructed_on=ins.instructed_on, received_on=ins.received_on, source=source, units=units,
        completed_on=ins.completed_on, result=sentence(printed(ins.result)),
        reviewed_on=last.reviewed_on if last else None, review=review, failed_reviews=failed,
        title_words=names_in(title), recipients=recipients, instructor=instructor)


# ==================================================================== 领导批示件办理情况一览表

@dataclass(frozen=True)
class SheetLine:
    """One instruction on the leader's sheet, every cell as printed."""

    seq: int
    number: str
    instructed_on: str
    """批示日期, "—" when the instruction's date was not recorded."""
    matter: str
    units: str
    deadline: str
    state: str
    light: str
    """"红灯" / "黄灯" / "绿灯"; "" once finished; "未交办" (no light) before 交办."""
    done: str


@dataclass(frozen=True)
class LeaderSheetData:
    """Everything the 领导批示件办理情况一览表 prints."""

    leader: str
    post: str
    level_label: str
    year: int
    seq: int
    number: str
    issued_on: dt.date
    start: dt.date
    end: dt.date
    today: dt.date
    office: Office
    title: str
    summary: str
    lines: list[SheetLine]
    period: str = ""
    """"2014年1月1日至10月28日"."""


def leader_sheet_data(leader: str, start: dt.date, end: dt.date, today: dt.date, seq: int, number: str,
                      issued_on: dt.date) -> LeaderSheetData:
    """The sheet of ``leader``'s instructions received in [start, end] and those still open."""
    from models.overview.leader_sheet import leader_sheet

    if not leader.strip():
        raise WorkflowError("请选择批示领导。")
    if end < start:
        raise WorkflowError("截止日期早于起始日期，请核对。")
    end = min(end, today)
    sheet = leader_sheet(leader.strip(), start, end, today)
    if not sheet.rows:
        raise WorkflowError(f"{leader}同志在{date_cn(start)}至{date_cn(end)}没有批示件，也没有此前仍在办理的批示件，"
                            "一览表无可列的内容。请核对领导姓名或期间。")
    lines = []
    for i, r in enumerate(sheet.rows, start=1):
        deadline = date_cn(r.deadline) + ("（暂定）" if r.deadline and r.deadline_provisional else "")
        done = f"{date_cn(r.completed_on)}办结" if r.completed_on else ""
        if r.reported_on:
            done += f"\n{date_cn(r.reported_on)}报结"
        if r.light is None:
            light = "未交办"
        else:
            light = LIGHT_WORDS.get(r.light, "") if r.light is not Light.GREY else ""
        lines.append(SheetLine(i, r.number, date_cn(r.instructed_on) if r.instructed_on else "—", printed(r.matter),
                               printed(r.units).replace(",", "、") or "—", deadline or "—", r.state,
                               light, done.strip() or "—"))
    parts = [f"已办结{sheet.completed}件"]
    if sheet.open:
        # Only a matter with units and a deadline can be past it: the overdue are among these.
        parts.append(f"正在办理{sheet.open}件" + (f"（超期{sheet.overdue}件）" if sheet.overdue else ""))
    if sheet.unassigned:
        parts.append(f"尚未交办{sheet.unassigned}件")
    # Under the title, which already gives the period: no number breaks across lines.
    as_of = "" if end == today else f"截至{date_cn(today)}，"
    summary = f"本期收到和此前尚未办结的批示件{as_of}共{sheet.total}件：" + "，".join(parts) + "。"
    post = printed(sheet.post)
    title = f"{leader}同志批示件办理情况一览表"
    return LeaderSheetData(leader, post, sheet.level_label, issued_on.year, seq, number, issued_on, start, end,
                           today, office(), title, summary, lines, span_text(start, end))


# ==================================================================== 网民留言转办单

@dataclass(frozen=True)
class MessageTransferData:
    """Everything a 网民留言转办单 prints."""

    message_id: int
    board_no: str
    year: int
    seq: int
    number: str
    issued_on: dt.date
    office: Office
    unit: str
    board: str
    posted: str
    nickname: str
    kind: str
    region: str
    title: str
    content: str
    assessment: str
    forwarded_on: dt.date
    reply_by: dt.date
    reply_days: int
    return_days: int = 2
    """Working days in which a unit returns a message that is not its business (退回)."""


TRANSFERABLE = ("已转办", "已收到答复")
RETURN_DAYS = 2


def issued_reply_by(board_no: str, unit: str, forwarded_on: dt.date) -> dt.date | None:
    """The reply deadline a 转办单 already issued for this forwarding gave the unit, if any:
    the unit was told that date, and a reprint or a second slip must not move it."""
    for doc in (reg.IssuedDocument.select(reg.IssuedDocument.snapshot)
                .where((reg.IssuedDocument.kind == reg.MESSAGE) & (reg.IssuedDocument.subject == f"留言 {board_no}"))
                .order_by(reg.IssuedDocument.id.desc())):
        snap = json.loads(doc.snapshot) if isinstance(doc.snapshot, str) else doc.snapshot
        if snap.get("unit") == unit and snap.get("forwarded_on") == forwarded_on.isoformat() and snap.get("reply_by"):
            return dt.date.fromisoformat(snap["reply_by"])
    return None


def message_transfer_data(message_id: int, seq: int, number: str, issued_on: dt.date,
                          reply_days: int | None = None) -> MessageTransferData:
    """The slip forwarding one message to the unit it was forwarded to (转办), with the reply deadline.

    The deadline runs from the day the message was forwarded (its stored 转办 date), not from
    the day the slip is printed: a slip printed late for a message forwarded weeks ago gives the
    date the unit has been answerable for since, and one already issued for the same forwarding
    keeps the date it gave (:func:`issued_reply_by`).
    """
    from models.messages.records import Message

    msg = Message.get_or_none(Message.id == message_id)
    if msg is None:
        raise WorkflowError("所选留言不存在，请刷新后重新选择。")
    if msg.state not in TRANSFERABLE or msg.unit_id is None:
        raise WorkflowError(f"留言{msg.board_no}当前为“{msg.state}”：转办单在转办给承办单位后才能印发。"
                            "请先在“网民留言”中转办。")
    n = reply_days if reply_days is not None else settings.get(reg.MESSAGE_REPLY_DAYS)
    forwarded = msg.forwarded_on or issued_on
    reply_by = (issued_reply_by(msg.board_no, msg.unit.name, forwarded)
                or add_working_days(load_calendar(), forwarded, n))
    posted = msg.posted_at
    posted_text = f"{date_cn(posted.date())}{posted.hour}时{posted.minute:02d}分" if isinstance(
        posted, dt.datetime) else date_cn(posted)
    return MessageTransferData(
        message_id=msg.id, board_no=msg.board_no, year=issued_on.year, seq=seq, number=number, issued_on=issued_on,
        office=office(), unit=msg.unit.name, board=printed(msg.addressed_to), posted=posted_text, nickname=printed(msg.nickname) or "匿名",
        kind=msg.kind, region=printed(msg.region), title=printed(msg.title), content=printed(msg.content),
        assessment=sentence(printed(msg.assessment)) if msg.assessment.strip() else "",
        forwarded_on=forwarded, reply_by=reply_by, reply_days=n, return_days=RETURN_DAYS)
