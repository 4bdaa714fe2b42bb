"""Slack ack latency and time-to-briefing, over loopback (printed, not a test).

    python benchmarks/slack_ack.py [--requests 200] [--concurrency 20] [--busy 16]

1. Ack latency: N signed /brief requests (pasted text, each a different article) at
   concurrency C against the real HTTP-mode app (uvicorn + Bolt + worker pool), while
   the workers are already busy briefing `--busy` 60,000-character articles. Measured
   at the client, from sending the request to the 200. Target p99 < 100 ms.
2. Time to briefing: /brief with pasted text on an idle app, from sending the request
   to the fake Slack receiving chat.postMessage. Median of 20. Target < 500 ms.

Everything runs in this process (fake Slack, server, workers and client share the GIL),
so the numbers are an upper bound of what a dedicated bot process does."""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.adapters.slack.conftest import HARBOUR, SECRET, make_settings  # noqa: E402
from tests.adapters.slack.test_safety import _long_article  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402
from tests.fakes.slack_payloads import form, sign, slash_command  # noqa: E402


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def article(i: int) -> str:
    return f"Update {i}: " + HARBOUR.read_text(encoding="utf-8").replace("Tuesday", f"day {i}")


async def ack_latency(url: str, fake: FakeSlack, n: int, concurrency: int) -> list[float]:
    bodies = [form(slash_command(article(i), response_url=fake.response_url(f"b{i}")))
              for i in range(n)]
    latencies: list[float] = []
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for b in bodies:
        queue.put_nowait(b)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            body = queue.get_nowait()
            headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body, SECRET)}
            started = time.perf_counter()
            resp = await client.post("/slack/events", content=body, headers=headers)
            latencies.append(time.perf_counter() - started)
            assert resp.status_code == 200, resp.text

    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as client:
        await client.get("/healthz")
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return latencies


def time_to_post(server_url: str, fake: FakeSlack, bot, trials: int = 20) -> list[float]:
    out = []
    with httpx.Client(base_url=server_url, timeout=10) as client:
        for i in range(trials):
            before = len(fake.calls_to("chat.postMessage"))
            body = form(slash_command(article(10_000 + i), response_url=fake.response_url()))
            headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body, SECRET)}
            started = time.monotonic()
            assert client.post("/slack/events", content=body, headers=headers).status_code == 200
            fake.wait_for(lambda: len(fake.calls_to("chat.postMessage")) > before, 10)
            out.append(fake.calls_to("chat.postMessage")[before].at - started)
            bot.wait_idle(10)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--busy", type=int, default=16, help="60k-char articles queued first")
    args = ap.parse_args()

    from adapters.slack.app import SlackBot
    from adapters.slack.serve import HttpServer
    from adapters.wiring import build_app
    from bot.models import Source

    fake = FakeSlack().start()
    tmp = tempfile.mkdtemp(prefix="briefbot-bench-")
    core = build_app(make_settings(fake, f"sqlite:///{tmp}/bench.db", SLACK_WORKERS=8))
    bot = SlackBot(core, http=True)
    server = HttpServer(bot).start()
    try:
        # 2. time to briefing on an idle app (warm-up included in the first trial)
        posts = time_to_post(server.url, fake, bot)

        # 1. ack latency with the engine busy
        long_text = _long_article()
        for i in range(args.busy):
            bot.submit(core.service.brief, Source(text=f"Edition {i}. " + long_text))
        time.sleep(0.05)
        busy_before = bot._pending
        started = time.perf_counter()
        lat = asyncio.run(ack_latency(server.url, fake, args.requests, args.concurrency))
        wall = time.perf_counter() - started
        busy_after = bot._pending
        bot.wait_idle(300)
        briefed = len(fake.calls_to("chat.postMessage")) - len(posts)
    finally:
        server.stop()
        bot.close()
        core.close()
        fake.stop()

    ms = [x * 1000 for x in lat]
    print(f"ack latency, {args.requests} signed /brief at concurrency {args.concurrency}, "
          f"engine busy ({busy_before} jobs queued before, {busy_after} after):")
    print(f"  p50 {pct(ms, 50):.1f} ms   p90 {pct(ms, 90):.1f} ms   p99 {pct(ms, 99):.1f} ms   "
          f"max {max(ms):.1f} ms   ({len(ms) / wall:.0f} req/s)  target p99 < 100 ms")
    print(f"  all {briefed} briefings were posted afterwards")
    post_ms = [x * 1000 for x in posts]
    print(f"/brief (pasted text) -> chat.postMessage, idle app, {len(posts)} trials:")
    print(f"  median {statistics.median(post_ms):.0f} ms   min {min(post_ms):.0f} ms   "
          f"max {max(post_ms):.0f} ms   target median < 500 ms")
    ok = pct(ms, 99) < 100 and statistics.median(post_ms) < 500
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
