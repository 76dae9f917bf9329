#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""A slow honest reader of a large answer (issue 19, third review: "a reader at 47 KB/s got a truncated answer").

Starts `continuite-hub serve` on a free loopback port in a temporary folder, makes a teacher, seeds enough lessons
for a first sync of about 1 MiB (one page of the largest budget, sent without zstd), signs in a second device and
reads that first sync at RATE bytes a second through a socket with a small receive buffer (the client's window stays
small, so the answer waits in the hub). Prints one JSON line per reader: status, Content-Length, body bytes read,
whether the body is whole and decodes, how the connection ended, seconds taken. Exit 1 when a reader got a 200 whose
body is shorter than its Content-Length (silently truncated); an honest error (a status other than 200, said whole)
is not a failure.

    bench/hub/slow_read.py --hub build/app/hub/continuite-hub --rate 47000 --rcvbuf 4096 --readers 1
"""
import argparse, json, os, shutil, socket, subprocess, sys, tempfile, threading, time, uuid


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, token=None, timeout=60):
    """One whole request on its own connection; (status, headers, body)."""
    data = json.dumps(body, separators=(",", ":")).encode() if body is not None else b""
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
    head += f"Content-Length: {len(data)}\r\n"
    if token:
        head += f"Authorization: Bearer {token}\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head.encode() + b"\r\n" + data)
        out = b""
        while True:
            got = s.recv(65536)
            if not got:
                break
            out += got
    head, _, rest = out.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in lines[1:])}
    return status, headers, rest


def hlc(device, counter):
    return f"{int(time.time() * 1000):015d}.{counter % 999999:06d}.{device}"


def seed(port, records_kb):
    """A teacher with a class and lessons of about records_kb KiB of JSON in all; her password."""
    device = str(uuid.uuid4())
    status, _, body = request(port, "POST", "/v1/login",
                              {"login": "prof", "password": "slow-read-2026", "device_id": device})
    assert status == 200, body
    answer = json.loads(body)
    token, person = answer["token"], answer["person"]["id"]
    class_id = str(uuid.uuid4())
    counter = 0

    def change(kind, row, fields):
        nonlocal counter
        counter += 1
        return {"id": str(uuid.uuid4()), "kind": kind, "row": row, "class": class_id, "hlc": hlc(device, counter),
                "author": person, "device": device, "fields": fields}

    status, _, body = request(port, "POST", "/v1/sync",
                              {"cursor": "", "changes": [change("class", class_id, {"name": "6e B"})]}, token)
    assert status == 200, body
    lesson = 8000
    changes = [change("lesson", str(uuid.uuid4()), {"title": f"Leçon {i}", "before_class": os.urandom(lesson * 3 // 4).hex()[:lesson]})
               for i in range(records_kb * 1024 // lesson + 1)]
    for at in range(0, len(changes), 50):
        status, _, body = request(port, "POST", "/v1/sync", {"cursor": "", "changes": changes[at:at + 50]}, token)
        assert status == 200, body


def read_slowly(port, token, rate, rcvbuf, budget, result, hold=0.0):
    """The first sync of a new device, read at `rate` bytes a second through a small receive buffer; with rate 0, only
    its head is read and the connection held `hold` seconds (a reader that does not read)."""
    started = time.monotonic()
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.settimeout(120)
    s.connect(("127.0.0.1", port))
    data = json.dumps({"cursor": "", "budget": budget}).encode()
    s.sendall(f"POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
              f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n".encode() + data)
    if rate <= 0:
        got = b""
        while b"\r\n\r\n" not in got:
            chunk = s.recv(256)
            if not chunk:
                break
            got += chunk
        head = got.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
        length = next((int(l.split(":", 1)[1]) for l in head[1:] if l.lower().startswith("content-length:")), None)
        result.update(status=int(head[0].split()[1]) if head[0] else None, content_length=length)
        result["_socket"] = s  # held open, unread, until the caller lets go
        return
    got = b""
    ended = "complete"
    length = None
    slice_bytes = max(1, rate // 20)
    next_at = time.monotonic()
    while True:
        if length is not None and len(got) - header_end >= length:
            break
        try:
            chunk = s.recv(slice_bytes)
        except ConnectionResetError:
            ended = "reset"
            break
        except socket.timeout:
            ended = "timeout"
            break
        if not chunk:
            ended = "closed by the hub"
            break
        got += chunk
        if length is None and b"\r\n\r\n" in got:
            header_end = got.index(b"\r\n\r\n") + 4
            head = got[:header_end].decode("latin-1")
            for line in head.split("\r\n")[1:]:
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
        next_at += len(chunk) / rate
        time.sleep(max(0.0, next_at - time.monotonic()))
    s.close()
    if length is None:
        result.update(status=None, ended=ended, received=len(got), seconds=round(time.monotonic() - started, 1))
        return
    status = int(got.split(b" ", 2)[1])
    body = got[header_end:]
    whole = len(body) >= length
    decodes = False
    try:
        decodes = whole and isinstance(json.loads(body[:length]), dict)
    except ValueError:
        pass
    result.update(status=status, content_length=length, received=len(body), whole=whole, decodes=decodes, ended=ended,
                  seconds=round(time.monotonic() - started, 1))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--hub", required=True, help="the continuite-hub executable")
    p.add_argument("--rate", type=int, default=47000, help="bytes a second each reader reads; 0: the head only, then hold")
    p.add_argument("--hold", type=float, default=3.0, help="with --rate 0: seconds the unread answers are held")
    p.add_argument("--rcvbuf", type=int, default=4096, help="the readers' SO_RCVBUF")
    p.add_argument("--readers", type=int, default=1)
    p.add_argument("--records-kb", type=int, default=1400, help="lessons seeded, KiB of JSON")
    p.add_argument("--budget", type=int, default=1 << 20, help="the page asked")
    p.add_argument("--serve-arg", action="append", default=[], help="more flags for serve")
    args = p.parse_args()
    folder = tempfile.mkdtemp(prefix="slow-read-")
    port = free_port()
    hub = None
    try:
        add = subprocess.run([args.hub, "admin", "add-teacher", "--data", folder, "--login", "prof", "--name", "Prof",
                              "--password-stdin"], input=b"slow-read-2026\n", capture_output=True)
        assert add.returncode == 0, add.stderr
        hub = subprocess.Popen([args.hub, "serve", "--data", folder, "--listen", f"127.0.0.1:{port}"] + args.serve_arg,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert b"listening" in hub.stdout.readline()
        seed(port, args.records_kb)
        tokens = []
        for _ in range(args.readers):
            status, _, body = request(port, "POST", "/v1/login",
                                      {"login": "prof", "password": "slow-read-2026", "device_id": str(uuid.uuid4())})
            assert status == 200, body
            tokens.append(json.loads(body)["token"])
        results = [{} for _ in tokens]
        threads = [threading.Thread(target=read_slowly, args=(port, t, args.rate, args.rcvbuf, args.budget, r))
                   for t, r in zip(tokens, results)]
        for t in threads:
            t.start()
            if args.rate <= 0:
                t.join()  # one after the other: each answer's head is read before the next asks
        for t in threads:
            t.join()
        if args.rate <= 0:
            time.sleep(args.hold)
            status, _, metrics = request(port, "GET", "/metrics")
            held = {l.split()[0]: l.split()[1] for l in metrics.decode().splitlines()
                    if l.startswith(("continuite_hub_answer_bytes_sending", "continuite_hub_large_answers_sending"))}
            for r in results:
                r.pop("_socket").close()
                print(json.dumps(r))
            print(json.dumps({"non_readers": len(results), "large_pages": sum(1 for r in results if (r.get("content_length") or 0) > 65536),
                              "busy": sum(1 for r in results if r.get("status") == 429), "hub_metrics": held}))
            return 0
        truncated = 0
        for r in results:
            print(json.dumps(r))
            truncated += r.get("status") == 200 and not r.get("whole")
        return 1 if truncated else 0
    finally:
        if hub:
            hub.terminate()
            hub.wait(30)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
