"""Start-up: wall time of whole `briefbot brief` processes, as a user runs them.

    python -m benchmarks.startup [--runs 15]

Three cases, each the median of --runs fresh processes on one SQLite file:
  first run   - a new database (the schema is created by Alembic), sample article
  new article - the bundled sample with a new last line each time (ingest + engine + store)
  stored      - the same article again (read back with its cached briefing)
Byte-code caching is left on (as on a user's machine) even if PYTHONDONTWRITEBYTECODE is
set here. Also prints `briefbot --version` for the interpreter's own floor."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

SAMPLE = Path(__file__).resolve().parent.parent / "adapters" / "samples" / "harbour-en.txt"


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("briefbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "adapters.cli"]


def _timed(args: list[str], env: dict, stdin: str | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(_cli() + args, env=env, input=stdin, text=True, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def measure(runs: int = 15) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    text = SAMPLE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        db = ["--database", f"sqlite:///{tmp}/startup.db"]
        _timed(["--version"], env)  # warm the byte-code cache and the OS file cache
        res = {"first run (new database)": _timed(db + ["brief", str(SAMPLE)], env)}
        res["new article"] = median(
            _timed(db + ["brief", "-"], env, stdin=f"{text}\n\nRun {i} of the start-up benchmark.\n")
            for i in range(runs))
        res["stored article"] = median(_timed(db + ["brief", str(SAMPLE)], env) for _ in range(runs))
        res["--version"] = median(_timed(["--version"], env) for _ in range(runs))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args(argv)
    print("| `briefbot brief` process | wall seconds (median) | target |\n|---|---|---|")
    for name, secs in measure(args.runs).items():
        target = "< 0.3" if name in ("new article", "stored article") else "-"
        print(f"| {name} | {secs:.3f} | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
