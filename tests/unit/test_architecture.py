"""The import rules of ARCHITECTURE.md: bot/ knows no chat SDK and no SQLAlchemy;
storage imports only bot.models from the core; no adapter imports another."""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN_IN_CORE = {"slack_bolt", "slack_sdk", "discord", "sqlalchemy", "alembic", "adapters",
                     "storage", "aiohttp", "uvicorn"}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def files(package: str):
    return sorted((REPO / package).rglob("*.py"))


def test_core_imports_no_sdk_and_no_sqlalchemy():
    bad = {f"{p.relative_to(REPO)}: {m}" for p in files("bot") for m in imports(p)
           if m.split(".")[0] in FORBIDDEN_IN_CORE}
    assert not bad


def test_storage_uses_only_core_models():
    bad = {f"{p.relative_to(REPO)}: {m}" for p in files("storage") for m in imports(p)
           if m.split(".")[0] in {"bot", "adapters"}
           and m not in {"bot.models", "bot.errors", "bot.config"}}  # env.py reads the URL
    assert not bad


def test_no_adapter_imports_another():
    platforms = ["slack", "discord"]
    bad = []
    for platform in platforms:
        for p in files(f"adapters/{platform}"):
            for m in imports(p):
                parts = m.split(".")
                if parts[0] == "adapters" and len(parts) > 1 and parts[1] in platforms \
                        and parts[1] != platform:
                    bad.append(f"{p.relative_to(REPO)}: {m}")
    assert not bad


def test_modules_stay_small():
    big = [f"{p.relative_to(REPO)} ({n})" for pkg in ("bot", "storage", "adapters")
           for p in files(pkg) if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert not big
