#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""What a columns page costs the hub, against a plain page of the same size (review-trust19 finding 3), and what a burst of
such pulls does to another teacher's empty syncs.

Serves HUB (a temporary SQLite folder), seeds one teacher with LESSONS lessons of BYTES bytes of text each, then:
1. hub CPU per request (from /proc, which the machine's load does not move), REPS requests each: a plain level-3 page of
   1 MiB (the control: what a page costs without columns), a columns page of 1 MiB at level 3 (it holds more changes: a
   change counts its bytes of JSON without what goes to the columns), a columns page's resume (206), and both pages
   without zstd (what building them costs, without the packing);
   both kinds asked with a made-up "3." If-Range, as an attacker would (a level-3 page, outside any allowance);
2. the attacker: the same teacher pulls columns pages in a loop on --attackers connections for --seconds, while a
   second teacher (another class) makes empty syncs; her empty syncs' p50/p90 and the hub's CPU are printed with and
   without the loop (the loop with plain pages beside it, as the control).

Usage: columns_cpu.py HUB [--lessons 4000] [--bytes 250] [--reps 20] [--seconds 5] [--attackers 2]
"""
import argparse, http.client, json, os, random, shutil, socket, statistics, subprocess, tempfile, threading, time, uuid

MADE_UP = {"Accept-Encoding": "zstd", "Range": "bytes=1-", "If-Range": '"3.aaaaaaaaaaaaaaaaaaaaaa"'}


def cpu_ms(pid):
    f = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) * 1000 / os.sysconf("SC_CLK_TCK")


class Client:
    def __init__(self, port):
        self.port, self.token, self.device, self.person = port, None, str(uuid.uuid4()), None
        self.conn = None
        self.counter = 0

    def req(self, path, body, headers=None):
        for attempt in range(2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                h = {"Content-Type": "application/json"}
                if self.token:
                    h["Authorization"] = "Bearer " + self.token
                h.update(headers or {})
                self.conn.request("POST", path, body=json.dumps(body).encode(), headers=h)
                r = self.conn.getresponse()
                return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
            except (http.client.HTTPException, OSError):
                self.conn = None
                if attempt:
                    raise

    def login(self, login, password):
        s, _, b = self.req("/v1/login", {"login": login, "password": password, "device_id": self.device})
        assert s == 200, (s, b)
        o = json.loads(b)
        self.token, self.person = o["token"], o["person"]["id"]
        return self

    def change(self, kind, row, cls, fields):
        self.counter += 1
        return {"id": str(uuid.uuid4()), "kind": kind, "row": row, "class": cls,
                "hlc": "%015d.%06d.%s" % (int(time.time() * 1000), self.counter % 999999, self.device),
                "author": self.person, "device": self.device, "fields": fields}


def unzstd(data):
    return subprocess.run(["zstd", "-d", "-c", "-q"], input=data, capture_output=True, check=True).stdout


def main():
    p = argparse.ArgumentParser()
    p.add_argument("hub")
    p.add_argument("--lessons", type=int, default=4000)
    p.add_argument("--bytes", type=int, default=250)
    p.add_argument("--reps", type=int, default=20)
    p.add_argument("--seconds", type=float, default=5)
    p.add_argument("--attackers", type=int, default=2)
    a = p.parse_args()
    folder = tempfile.mkdtemp(prefix="columns-cpu-")
    data = os.path.join(folder, "hub")
    for login in ("alice", "bob"):
        subprocess.run([a.hub, "admin", "add-teacher", "--data", data, "--login", login, "--name", login, "--password-stdin"],
                       input=("password-" + login).encode(), check=True, capture_output=True)
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    log = open(os.path.join(folder, "hub.log"), "wb")
    hub = subprocess.Popen([a.hub, "serve", "--data", data, "--listen", "127.0.0.1:%d" % port], stdout=log, stderr=log)
    try:
        for _ in range(200):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2); c.request("GET", "/v1/health")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.05)
        alice, bob = Client(port).login("alice", "password-alice"), Client(port).login("bob", "password-bob")
        for t in (alice, bob):
            cls = str(uuid.uuid4())
            assert t.req("/v1/sync", {"changes": [t.change("class", cls, cls, {"name": "6e"})]})[0] == 200
            t.cls = cls
        rng = random.Random(1)
        words = "le la les une des élève classe cahier exercice lecture problème fraction géométrie histoire".split()
        batch = []
        for i in range(a.lessons):
            text = " ".join(rng.choice(words) for _ in range(a.bytes // 7))[:a.bytes]
            batch.append(alice.change("lesson", str(uuid.uuid4()), alice.cls,
                                      {"title": "Leçon %d" % i, "before_class": text, "status": "published"}))
            if len(batch) == 50 or i == a.lessons - 1:
                s, _, b = alice.req("/v1/sync", {"changes": batch}); assert s == 200, (s, b[:300]); batch = []
        bob_cursor = json.loads(bob.req("/v1/sync", {"cursor": ""})[2])["cursor"]

        plain = ({"cursor": "", "budget": 1048576}, MADE_UP)
        columns = ({"cursor": "", "columns": 1, "budget": 1048576}, MADE_UP)
        # The control that the columns page is the plain page's changes: the same ids, in the same order, from the start.
        s, h, b = alice.req("/v1/sync", *plain); plain_ids = [c["id"] for c in json.loads(unzstd(b))["changes"]]
        s, h, b = alice.req("/v1/sync", *columns); page = json.loads(unzstd(b)); tag = h["etag"]
        hexes = page["columns"]["id"]
        column_ids = ["%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:]) for x in
                      (hexes[i:i + 32] for i in range(0, len(hexes), 32))]
        n = min(len(plain_ids), len(column_ids))
        same = column_ids[:n] == plain_ids[:n] and len(column_ids) == len(page["changes"])
        print(json.dumps({"bench": "columns_cpu", "lessons": a.lessons, "bytes": a.bytes, "plain_changes": len(plain_ids),
                          "columns_changes": len(column_ids), "same_changes_in_order": same}), flush=True)
        resume = ({"cursor": "", "columns": 1, "budget": 1048576}, {"Accept-Encoding": "zstd", "Range": "bytes=1000-", "If-Range": tag})
        cost = {}
        unpacked = ({"cursor": "", "budget": 1048576}, {}), ({"cursor": "", "columns": 1, "budget": 1048576}, {})
        for name, (body, headers) in (("plain level 3", plain), ("columns level 3", columns), ("columns resume 206", resume),
                                      ("plain not packed", unpacked[0]), ("columns not packed", unpacked[1])):
            s, h, b = alice.req("/v1/sync", body, headers)
            changes = len(json.loads(unzstd(b) if h.get("content-encoding") == "zstd" else b)["changes"]) if s == 200 else None
            c0 = cpu_ms(hub.pid)
            for _ in range(a.reps):
                s, h, b = alice.req("/v1/sync", body, headers)
            cost[name] = (cpu_ms(hub.pid) - c0) / a.reps
            print(json.dumps({"request": name, "status": s, "wire_bytes": len(b), "changes": changes,
                              "hub_cpu_ms": round(cost[name], 2)}), flush=True)
        print(json.dumps({"columns_over_plain": round(cost["columns level 3"] / cost["plain level 3"], 2),
                          "not_packed_columns_over_plain": round(cost["columns not packed"] / cost["plain not packed"], 2)}), flush=True)

        def empty_syncs(seconds):
            times, end = [], time.monotonic() + seconds
            while time.monotonic() < end:
                t0 = time.monotonic()
                s, _, b = bob.req("/v1/sync", {"cursor": bob_cursor})
                assert s == 200, (s, b)
                times.append((time.monotonic() - t0) * 1000)
                time.sleep(0.01)
            times.sort()
            return {"empty_syncs": len(times), "p50_ms": round(times[len(times) // 2], 1),
                    "p90_ms": round(times[len(times) * 9 // 10], 1)}

        for name, attack in (("alone", None), ("beside plain pages", plain), ("beside columns pages", columns)):
            stop, pulls, statuses = threading.Event(), [0], {}

            def attacker(body, headers):
                me = Client(port); me.token = alice.token
                while not stop.is_set():
                    s, _, _ = me.req("/v1/sync", body, headers)
                    statuses[s] = statuses.get(s, 0) + 1
                    pulls[0] += 1
            threads = [threading.Thread(target=attacker, args=attack) for _ in range(a.attackers)] if attack else []
            for t in threads:
                t.start()
            c0 = cpu_ms(hub.pid); t0 = time.monotonic()
            result = empty_syncs(a.seconds)
            used = (cpu_ms(hub.pid) - c0) / 1000 / (time.monotonic() - t0)
            stop.set()
            for t in threads:
                t.join()
            print(json.dumps({"loop": name, "pulls": pulls[0], "statuses": statuses, "hub_cores": round(used, 2), **result}),
                  flush=True)
    finally:
        hub.terminate(); hub.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
