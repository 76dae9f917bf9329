#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""How long a deliberately long write transaction holds back pulls on a PostgreSQL hub (issue 12, PROTOCOL.md "The
cursor"). Serves HUB on the empty database URL (admin migrate, a teacher, a class), then, ROUNDS times: opens a write
transaction by hand (psql: BEGIN, takes a transaction id, sleeps HOLD seconds, COMMIT) in the hub's database — or,
with --elsewhere, in another database of the same cluster —, and meanwhile the teacher's first device pushes a lesson
every 50 ms while her second device pulls in a loop. Prints, for the pushes made while the transaction was open and
for those after, how long each took from its push (answered) to the first pull that served it."""
import argparse, json, socket, statistics, subprocess, tempfile, threading, time, urllib.request, uuid


def post(url, body, token=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def hlc(device):
    return f"{int(time.time() * 1000):015d}.{0:06d}.{device}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("hub")
    p.add_argument("url", help="an empty PostgreSQL database")
    p.add_argument("--hold", type=float, default=2.0)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--elsewhere", help="a database of the same cluster to hold the transaction in instead")
    a = p.parse_args()
    files = tempfile.mkdtemp()
    subprocess.run([a.hub, "admin", "migrate", "--database", a.url], check=True, capture_output=True)
    subprocess.run([a.hub, "admin", "add-teacher", "--database", a.url, "--login", "bench", "--name", "Bench",
                    "--password-stdin"], input=b"bench-password\n", check=True, capture_output=True)
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    hub = subprocess.Popen([a.hub, "serve", "--data", files, "--database", a.url, "--listen", f"127.0.0.1:{port}"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        while b"listening" not in hub.stdout.readline():
            pass
        base = f"http://127.0.0.1:{port}"
        devices = []
        for _ in range(2):
            d = str(uuid.uuid4())
            r = post(base + "/v1/login", {"login": "bench", "password": "bench-password", "device_id": d})
            devices.append((d, r["token"], r["person"]["id"]))
        (d1, t1, me), (d2, t2, _) = devices
        cls = str(uuid.uuid4())
        change = lambda kind, row, fields: {"id": str(uuid.uuid4()), "kind": kind, "row": row, "class": cls,
                                            "hlc": hlc(d1), "author": me, "device": d1, "fields": fields}
        post(base + "/v1/sync", {"changes": [change("class", cls, {"name": "Bench"})]}, t1)
        cursor = post(base + "/v1/sync", {}, t2)["cursor"]
        for rnd in range(a.rounds):
            pushed, seen, stop = {}, {}, threading.Event()

            def puller():
                nonlocal cursor
                while not stop.is_set():
                    r = post(base + "/v1/sync", {"cursor": cursor}, t2)
                    cursor = r["cursor"]
                    now = time.monotonic()
                    for c in r["changes"]:
                        seen.setdefault(c["id"], now)
            th = threading.Thread(target=puller); th.start()
            held_url = a.elsewhere or a.url
            start = time.monotonic()
            holder = subprocess.Popen(["psql", held_url, "-qAtc",
                                       f"BEGIN; SELECT pg_current_xact_id(); SELECT pg_sleep({a.hold}); COMMIT"],
                                      stdout=subprocess.DEVNULL)
            time.sleep(0.2)
            while time.monotonic() - start < a.hold + 1.5:
                c = change("lesson", str(uuid.uuid4()), {"title": "x"})
                post(base + "/v1/sync", {"changes": [c]}, t1)
                pushed[c["id"]] = (time.monotonic(), holder.poll() is None)
                time.sleep(0.05)
            holder.wait()
            time.sleep(0.5)
            stop.set(); th.join()
            during = [seen[i] - t for i, (t, open_) in pushed.items() if open_ and i in seen]
            after = [seen[i] - t for i, (t, open_) in pushed.items() if not open_ and i in seen]
            lost = sum(1 for i in pushed if i not in seen)
            fmt = lambda xs: (f"{len(xs)} pushes, served after median {statistics.median(xs) * 1000:.0f} ms, "
                              f"max {max(xs) * 1000:.0f} ms") if xs else "none"
            print(f"round {rnd + 1}, transaction of {a.hold:.1f} s held {'elsewhere' if a.elsewhere else 'in the hub database'}: "
                  f"while open: {fmt(during)}; after: {fmt(after)}; never served: {lost}", flush=True)
    finally:
        hub.terminate(); hub.wait(30)


if __name__ == "__main__":
    main()
