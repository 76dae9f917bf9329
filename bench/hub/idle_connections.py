#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""Idle kept-alive connections for bench/hub/h2load.sh: opens COUNT connections, each makes one GET /v1/health
and then stays open and silent; after HOLD seconds prints how many were answered and the hub's resident memory."""
import argparse, asyncio, urllib.parse

async def one(host, port, answered):
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 10)
        writer.write(f"GET /v1/health HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), 10)
        if line.startswith(b"HTTP/1.1 200"):
            answered.append(writer)
            return
        writer.close()
    except (OSError, asyncio.TimeoutError):
        pass

def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS"))

async def main():
    p = argparse.ArgumentParser()
    p.add_argument('--url', required=True)
    p.add_argument('--count', type=int, default=1000)
    p.add_argument('--hold', type=float, default=5)
    p.add_argument('--rss-of', type=int, required=True)
    args = p.parse_args()
    u = urllib.parse.urlparse(args.url)
    before = rss_kb(args.rss_of)
    answered = []
    await asyncio.gather(*(one(u.hostname, u.port, answered) for _ in range(args.count)))
    await asyncio.sleep(args.hold)
    after = rss_kb(args.rss_of)
    print(f"{len(answered)} of {args.count} answered and held; hub RSS {before // 1024} -> {after // 1024} MB "
          f"({(after - before) / 1024 * 1000 / max(1, args.count):.1f} MB per 1,000)")
    for w in answered:
        w.close()

asyncio.run(main())
