"""Several programs issuing at once on one database (a file, or the office's server with
``DUCHA_TEST_PG``): no registration number and no document number is given twice, and
no update is lost."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models.core.actors import LOCAL_ACTOR
from models.reference.directory import Unit, UnitData, save_unit

ROOT = Path(__file__).resolve().parents[3]
PROCESSES, EACH = 4, 6

WORKER = """
import sys, datetime as dt
sys.path.insert(0, {root!r})
from models.core.actors import LOCAL_ACTOR as me
from models.core.errors import StaleRecordError, WorkflowError
from models.core.schema import open_database
from models.documents import register as r
from models.instructions import records as m, workflow as wf
from models.reference.directory import Unit, UnitData, save_unit
open_database({db!r})
day = dt.date(2014, 10, 28)
for i in range({each}):
    wf.register(me, m.InstructionData(level="市", received_on=day, text=f"worker {{sys.argv[1]}} item {{i}}"))
    for _attempt in range(200):  # a clerk told the number is gone takes the next one proposed
        seq = r.next_seq(r.BULLETIN, 2014)
        try:
            r.issue_document(me, r.Draft(r.BULLETIN, 2014, seq, f"第{{seq}}期", "督查专报", day, b"%PDF-1.4 x",
                                         {{"text": f"worker {{sys.argv[1]}} issue {{i}}"}}))
            break
        except WorkflowError as refused:
            last = refused
    else:
        raise SystemExit(f"no number after 200 attempts: {{last}}")
    while True:  # a stale form is refused; reopened, the edit is saved
        u = Unit.get(Unit.name == "市水利局")
        try:
            save_unit(me, UnitData("市水利局", "水利", contact=str(int(u.contact or 0) + 1)), u.id, u.version)
            break
        except StaleRecordError:
            continue
"""


def test_parallel_programs_never_give_a_number_twice_nor_lose_an_update(db, db_address):
    from models.documents.register import BULLETIN, IssuedDocument
    from models.instructions.records import Instruction

    save_unit(LOCAL_ACTOR, UnitData("市水利局", "水利", contact="0"))
    code = WORKER.format(root=str(ROOT), db=db_address, each=EACH)
    procs = [subprocess.Popen([sys.executable, "-c", code, str(n)], stderr=subprocess.PIPE, text=True)
             for n in range(PROCESSES)]
    errors = [p.communicate(timeout=240)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, errors
    numbers = [i.number for i in Instruction.select()]
    assert len(numbers) == PROCESSES * EACH and len(set(numbers)) == len(numbers)
    seqs = [d.seq for d in IssuedDocument.select().where(IssuedDocument.kind == BULLETIN)]
    assert sorted(seqs) == list(range(1, PROCESSES * EACH + 1))
    unit = Unit.get(Unit.name == "市水利局")
    assert (unit.contact, unit.version) == (str(PROCESSES * EACH), PROCESSES * EACH + 1)
