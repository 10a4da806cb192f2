"""The log file and the diagnostic bundle: counts and settings, never records or secrets."""
from __future__ import annotations

import json
import logging
import zipfile

import pytest

from models.core import diagnostics, logs
from models.core import settings as settings_mod


@pytest.fixture
def log_folder(tmp_path):
    folder = tmp_path / "logs"
    yield folder
    logs.stop_logging()


def test_the_log_goes_to_a_rotating_file_beside_the_database(tmp_path, log_folder):
    assert logs.log_dir_for(tmp_path / "ducha.sqlite3") == tmp_path.resolve() / "logs"
    path = logs.setup_logging(log_folder)
    logging.getLogger("ducha.test").info("第一条")
    assert logs.current_log_file() == path
    logs.setup_logging(log_folder)  # opened again: one handler, not two
    logging.getLogger("ducha.test").info("第二条")
    text = path.read_text(encoding="utf-8")
    assert text.count("第一条") == 1 and text.count("第二条") == 1
    logs.stop_logging()
    assert logs.current_log_file() is None


def test_the_bundle_holds_facts_counts_settings_and_logs_but_no_record(db, log_folder, tmp_path, monkeypatch):
    from models.core.actors import LOCAL_ACTOR
    from models.reference.directory import UnitData, save_unit

    save_unit(LOCAL_ACTOR, UnitData(name="南宁市机密测试局", short_name="机密局"))
    monkeypatch.setitem(settings_mod.REGISTRY, "feedback.hmac_secret",
                        settings_mod.SettingDef("feedback.hmac_secret", "s3cr3t", "密钥", "反馈"))
    logs.setup_logging(log_folder)
    logging.getLogger("ducha").info("启动")
    facts = diagnostics.summary(tmp_path / "ducha.sqlite3", {"PySide6": "x"})
    assert facts["数据版本"].isdigit()
    out = diagnostics.write_bundle(tmp_path / "诊断包.zip", facts, log_folder)
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        assert {"诊断信息.txt", "设置.json", "记录数.json", "logs/ducha.log"} <= names
        counts = json.loads(z.read("记录数.json"))
        assert counts["unit"] == 1
        blob = b"".join(z.read(n) for n in names).decode("utf-8")
    assert "机密测试局" not in blob and "s3cr3t" not in blob and "hmac_secret" not in blob
    assert not list(tmp_path.glob("*.partial"))


def test_a_bundle_that_cannot_be_written_leaves_no_partial_file(db, tmp_path, monkeypatch):
    def refuse(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(diagnostics, "record_counts", refuse)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        diagnostics.write_bundle(out / "诊断包.zip", {"程序版本": "1"}, None)
    assert list(out.iterdir()) == []
