#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""2G clients for bench/hub/h2load.sh: N uploads (PATCH /v1/uploads/<sha>) that send their body at RATE bytes/s
and stay open for SECONDS. Prints one status line every 5 s: uploads open, refused (no connection), retried
after a 429, hung up on, bytes sent. With several --token (one person each), the uploads are shared out in turn
between them: the hub keeps at most 64 unfinished uploads per person (UploadStore::MaxUnfinishedPerPerson), so
200 phones are several people's, as in a class."""
import argparse, asyncio, hashlib, os, random, time, urllib.parse

async def upload(i, args, stats):
    """One phone: when the hub answers 429/503 (busy) it waits Retry-After plus jitter and starts again, as the
    app's transport does; any other answer or a hang-up mid-body counts as hung_up."""
    u = urllib.parse.urlparse(args.url)
    length = args.rate * args.seconds + 1
    sha = hashlib.sha256(os.urandom(32)).hexdigest()  # never completed: only the trickle matters
    end = time.monotonic() + args.seconds
    chunk = os.urandom(args.rate)
    while time.monotonic() < end:
        try:
            reader, writer = await asyncio.open_connection(u.hostname, u.port)
        except OSError:
            stats['refused'] += 1
            return
        head = (f"PATCH /v1/uploads/{sha} HTTP/1.1\r\nHost: {u.hostname}\r\nAuthorization: Bearer {args.token[i % len(args.token)]}\r\n"
                f"Upload-Offset: 0\r\nUpload-Length: {length}\r\nContent-Length: {length}\r\n\r\n").encode()
        writer.write(head)
        stats['open'] += 1
        busy = False
        try:
            while time.monotonic() < end:
                writer.write(chunk)
                await writer.drain()
                stats['bytes'] += len(chunk)
                try:
                    answer = await asyncio.wait_for(reader.readline(), 1.0)
                    busy = answer.startswith(b"HTTP/1.1 429") or answer.startswith(b"HTTP/1.1 503")
                    stats['retried' if busy else 'hung_up'] += 1
                    break
                except asyncio.TimeoutError:
                    pass
        except (ConnectionError, OSError):
            stats['hung_up'] += 1
        finally:
            stats['open'] -= 1
            writer.close()
        if not busy:
            return
        await asyncio.sleep(1 + random.random())

async def main():
    p = argparse.ArgumentParser()
    p.add_argument('--url', required=True)
    p.add_argument('--token', required=True, action='append', help='repeat: one per person')
    p.add_argument('--clients', type=int, default=200)
    p.add_argument('--rate', type=int, default=2048)
    p.add_argument('--seconds', type=int, default=120)
    args = p.parse_args()
    stats = {'open': 0, 'refused': 0, 'retried': 0, 'hung_up': 0, 'bytes': 0}
    tasks = [asyncio.create_task(upload(i, args, stats)) for i in range(args.clients)]
    async def report():
        while True:
            await asyncio.sleep(5)
            print(f"open {stats['open']} refused {stats['refused']} retried after 429 {stats['retried']} hung_up {stats['hung_up']} sent {stats['bytes'] // 1024} KB", flush=True)
    r = asyncio.create_task(report())
    await asyncio.gather(*tasks)
    r.cancel()
    print(f"open {stats['open']} refused {stats['refused']} retried after 429 {stats['retried']} hung_up {stats['hung_up']} sent {stats['bytes'] // 1024} KB", flush=True)

asyncio.run(main())
