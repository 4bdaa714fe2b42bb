"""Run the installed `briefbot` command the way a user does."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BRIEFBOT = Path(sys.executable).with_name("briefbot")


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str, db_url: str, input: str | bytes | None = None, env: dict | None = None,
            cwd: Path | None = None, timeout: float = 60) -> Run:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_"))}
    full_env.update({"BRIEFBOT_DATABASE_URL": db_url, "PYTHONIOENCODING": "utf-8"})
    full_env.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    proc = subprocess.run([str(BRIEFBOT), *args], input=data, capture_output=True,
                          env=full_env, cwd=cwd, timeout=timeout)
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"),
               proc.stderr.decode("utf-8", "replace"))
