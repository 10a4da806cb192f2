"""A PostgreSQL cluster of a test's own, on a free port, that the test may stop and start.

The shared server (``DUCHA_TEST_PG``) is never stopped: a test about losing the server
makes its own with ``initdb`` — run as the ``postgres`` user through ``runuser`` when the
tests run as root, as ``.ci/run`` does — and removes it afterwards.
"""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: [int(p) for p in Path(d).parent.name.split(".") if p.isdigit()])
    return Path(dirs[-1]) if dirs and (Path(dirs[-1]) / "initdb").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A running cluster: :meth:`url` of a database there, :meth:`stop` and :meth:`start`."""

    def __init__(self, bindir: Path, folder: Path) -> None:
        self.bindir, self.folder = bindir, folder
        self.data, self.log = folder / "cluster", folder / "cluster.log"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:1])} failed: {done.stderr}\n{log}")

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.log), "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "fast", "stop")

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        import psycopg2

        con = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
        try:
            con.autocommit = True
            con.cursor().execute(f'CREATE DATABASE "{name}"')
        finally:
            con.close()
        return self.url(name)


def own_cluster() -> Iterator[Cluster]:
    """A fixture's body: a fresh cluster, running; stopped and removed afterwards (skips,
    saying why, where PostgreSQL's programs or its driver are not installed)."""
    pytest.importorskip("psycopg2", reason="the PostgreSQL driver (psycopg2) is not installed")
    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL's initdb was not found: a test that stops its own server needs it")
    folder = Path(tempfile.mkdtemp(prefix="ducha-pg-"))
    cluster = Cluster(bindir, folder)
    if cluster.as_root:
        if subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
            pytest.skip("running as root without a postgres user to run initdb as")
        shutil.chown(folder, "postgres")
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        if (cluster.data / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):
                cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def migrated_database(cluster: Cluster, monkeypatch, tmp_path) -> Iterator[object]:
    """A fixture's body: a new database on ``cluster``, migrated and bound to the models;
    closed afterwards (background readers drained first)."""
    import uuid

    from models.core.db import close_database
    from models.core.schema import open_database
    from tests.conftest import _drain_background_work

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    database = open_database(cluster.create_database(f"loss_{uuid.uuid4().hex[:10]}"))
    try:
        yield database
    finally:
        _drain_background_work()
        close_database()
