"""One figure, one number everywhere: on the demonstration office of 2014, the 工作台,
the 统计 tables and their drill-downs, the summary text and ``stats --json`` agree."""
from __future__ import annotations

import datetime as dt
import json

from models.core import figures
from models.overview import stats_tables
from models.overview.dashboard import build_dashboard
from models.overview.summary_text import summary_paragraph

JAN, OCT = dt.date(2014, 1, 1), dt.date(2014, 10, 31)


def _stats_json(db_path, today) -> dict:
    import contextlib
    import io

    from cli import Context, build_parser

    args = build_parser().parse_args(["stats", "--from", JAN.isoformat(), "--to", OCT.isoformat(), "--json",
                                      "--today", today.isoformat()])
    out = io.StringIO()
    ctx = Context(db_path=db_path, today=today, opened=True)  # the database is already open
    with contextlib.redirect_stdout(out):
        assert args.handler(args, ctx) == 0
    return json.loads(out.getvalue())


def test_everything_agrees_on_the_demo(demo_db, db_path, today):
    printed = _stats_json(db_path, today)
    collected = figures.collect(JAN, OCT, today)
    assert printed == json.loads(json.dumps(collected, default=str))
    assert {"instructions", "messages", "key_items", "activities", "research"} <= set(printed)

    # The period loaders read the same facts as the areas' own loaders.
    from models.instructions import records as instructions
    from models.messages import records as messages
    instruction_facts_for = instructions.facts_for_period
    message_facts_for = messages.facts_for_period

    def norm(f):
        return f._replace(assignments=tuple(sorted(f.assignments, key=lambda a: a.assignment_id)))

    mine = {f.id: norm(f) for f in instruction_facts_for(JAN, OCT, today)}
    assert mine == {f.id: norm(f) for f in instructions.load_facts(list(mine))}
    theirs = dict(messages.load_facts())
    assert all(theirs[i] == f for i, f in message_facts_for(JAN, OCT))

    bundle = stats_tables.compute(JAN, OCT, today)
    assert bundle.figures == collected  # the pane's numbers are the registered sections'

    # The article's figures, in the summary text built from the same dict.
    text = summary_paragraph(printed, JAN, OCT)
    assert text.startswith("今年以来，共办理自治区党委领导批示件18件，办结18件，到期办结率100%；"
                           "立项办理市委领导批示件35件，办结35件，到期办结率100%")
    assert "共回复网民留言224条" in text
    assert bundle.summary == text

    # The tables show those numbers.
    t = bundle.tables["instructions"]
    reg = t.rows[0]
    assert reg[:4] == ["自治区党委领导批示件", 18, 18, 18] and reg[6] == "100%"
    assert bundle.tables["messages"].rows[-1][:3] == ["合计", 255, 224]
    assert sum(n for _, n, _ in bundle.message_kinds) == printed["messages"]["received"]
    assert sum(r for _, r, _ in bundle.monthly) == printed["instructions"]["all"]["received"]

    # Every drillable cell lists exactly as many records as it shows.
    checked = 0
    for table in bundle.tables.values():
        for row, drills in zip(table.rows, table.drills, strict=True):
            for value, drill in zip(row, drills, strict=True):
                if drill is not None:
                    got = stats_tables.records_for(bundle, drill)
                    assert len(got) == value, (table.key, row[0], drill)
                    checked += 1
    assert checked > 100

    # The dashboard counts are the same rules' counts.
    board = build_dashboard(today)
    counts = board.counts()
    assert counts["overdue_instructions"] == printed["instructions"]["all"]["overdue"]
    assert counts["messages_overdue"] == printed["messages"]["overdue"]
    assert counts["reports_missing"] == printed["key_items"]["reports_missing"]
    overdue_ids = sorted(e.record_id for e in board.overdue if e.record_type == "instruction")
    drill = stats_tables.Drill("instructions", "overdue")
    assert overdue_ids == sorted(r.record_id for r in stats_tables.records_for(bundle, drill))
