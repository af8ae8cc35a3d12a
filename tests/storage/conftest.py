"""Fixtures for the store tests: every test that takes `store_url` runs on
SQLite and on a real PostgreSQL server.

PostgreSQL: `WARTA_TEST_PG_URL` (an existing server; a database is created
per test) or, failing that, a throwaway server started here from the Debian
binaries (`/usr/lib/postgresql/*/bin/initdb`, `pg_ctl`) in a temporary
directory on a free local port, run as the `postgres` (or `nobody`) user when
the tests run as root, and stopped at the end of the session. When neither is
possible the PostgreSQL half skips with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin() -> Path | None:
    for name in ("initdb", "pg_ctl"):
        if shutil.which(name) is None:
            break
    else:
        return Path(shutil.which("initdb")).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", user, "--"]
        return ["su", user, "-s", "/bin/sh", "-c"]  # pragma: no cover
    return []


@pytest.fixture(scope="session")
def pg_server():
    """Base URL of a PostgreSQL server (without database name), or a skip."""
    url = os.environ.get("WARTA_TEST_PG_URL")
    if url:
        yield url.rsplit("/", 1)[0]
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests skipped: psycopg is not installed (pip install 'warta[store]')")
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL tests skipped: no initdb/pg_ctl found (apt-get install postgresql, "
                    "or set WARTA_TEST_PG_URL)")
    prefix = _run_as()
    if os.geteuid() == 0 and not prefix:
        pytest.skip("PostgreSQL tests skipped: running as root and no non-root user to run the server")
    tmp = Path(tempfile.mkdtemp(prefix="warta-pg-"))
    data, sock = tmp / "data", tmp / "sock"
    sock.mkdir()
    if prefix:
        user = prefix[2] if prefix[0].endswith("runuser") else prefix[1]
        pw = pwd.getpwnam(user)
        for p in (tmp, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    os.chmod(tmp, 0o755)
    port = _free_port()
    log = tmp / "server.log"

    def run(args: list[str]) -> subprocess.CompletedProcess:
        return subprocess.run(prefix + args, capture_output=True, text=True, timeout=120, cwd=str(tmp))

    r = run([str(bindir / "initdb"), "-D", str(data), "-U", "warta", "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8" if Path("/usr/lib/locale/C.utf8").exists() else "--locale=C", "--no-sync"])
    if r.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.skip(f"PostgreSQL tests skipped: initdb failed: {r.stderr.strip()[-300:]}")
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    r = run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start"])
    if r.returncode != 0:
        text = log.read_text() if log.exists() else ""
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.skip(f"PostgreSQL tests skipped: the server did not start: {(r.stderr + text).strip()[-300:]}")
    try:
        yield f"postgresql://warta@127.0.0.1:{port}"
    finally:
        run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server + "/postgres", autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")  # name is generated above, not input
    yield f"{pg_server}/{name}"
    with psycopg.connect(pg_server + "/postgres", autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "warta.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url):
    from warta.storage import open_store

    s = open_store(store_url)
    yield s
    s.close()
