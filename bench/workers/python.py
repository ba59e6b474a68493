"""One benchmark workload through CPython's socket module:
`python3 bench/workers/python.py <workload> key=value...`. Prints one JSON
line; server roles print {"port"} first and serve until killed. Both ends of
an in-process workload run in two threads, as a Python program would."""

import json
import os
import selectors
import ssl
import socket
import sys
import threading
import time

HOST = "127.0.0.1"
CHUNK = 65536

workload = sys.argv[1]
params = dict(arg.split("=", 1) for arg in sys.argv[2:])


def num(key, default):
    return float(params.get(key, default))


def report(result):
    print(json.dumps(result), flush=True)


def pair():
    with socket.socket() as srv:
        srv.bind((HOST, 0))
        srv.listen()
        client = socket.create_connection(srv.getsockname())
        conn, _ = srv.accept()
    return client, conn


def echo(conn):
    with conn:
        try:
            while data := conn.recv(CHUNK):
                conn.sendall(data)
        except OSError:
            pass


def warm_bytes(total):
    # Untimed warm-up before the clock starts, as in the other workers.
    return min(total // 16 // CHUNK * CHUNK, 64 << 20)


def ping_pong(client, size, rounds):
    message = b"\x01" * size
    warm = rounds // 10
    start = time.perf_counter()
    for i in range(warm + rounds):
        if i == warm:
            start = time.perf_counter()
        client.sendall(message)
        got = 0
        while got < size:
            data = client.recv(size - got)
            if not data:
                raise EOFError
            got += len(data)
    return rounds / (time.perf_counter() - start)


def tls_pair():
    # The certificates bench/main.ts made; both handshakes at once.
    d = os.environ["PYSOCKET_BENCH_CERTS"]
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(f"{d}/server.pem", f"{d}/server.key")
    client = ssl.create_default_context(cafile=f"{d}/ca.pem")
    c, s = pair()
    done = {}
    side = threading.Thread(
        target=lambda: done.update(s=server.wrap_socket(s, server_side=True)))
    side.start()
    wrapped = client.wrap_socket(c, server_hostname="localhost")
    side.join()
    return wrapped, done["s"]


def bulk(make_pair=pair):
    total = int(num("bytes", CHUNK * 16))
    warm = warm_bytes(total)
    client, conn = make_pair()
    chunk = b"\x07" * CHUNK

    def send():
        for _ in range((warm + total) // CHUNK):
            client.sendall(chunk)

    sender = threading.Thread(target=send)
    sender.start()
    got = 0
    start = None
    allocate = num("alloc", 0)
    buf = bytearray(CHUNK)
    while got < warm + total:
        if start is None and got >= warm:
            start = time.perf_counter()
        got += len(conn.recv(CHUNK)) if allocate else conn.recv_into(buf)
    sender.join()
    value = (got - warm) / 1e6 / (time.perf_counter() - start)
    client.close()
    conn.close()
    return value


def ping_pong_in_process():
    client, conn = pair()
    if num("timeout", 0):
        client.settimeout(num("timeout", 0))
        conn.settimeout(num("timeout", 0))
    server = threading.Thread(target=echo, args=(conn,))
    server.start()
    value = ping_pong(client, int(num("size", 1)), int(num("rounds", 1)))
    client.close()
    server.join()
    return value


def listen():
    srv = socket.socket()
    srv.bind((HOST, 0))
    srv.listen(4096)
    report({"port": srv.getsockname()[1]})
    return srv


def serve_selectors():
    # Python's idiomatic many-connection server: selectors, non-blocking.
    sel = selectors.DefaultSelector()
    srv = listen()
    srv.setblocking(False)
    sel.register(srv, selectors.EVENT_READ)
    while True:
        for key, _ in sel.select():
            if key.fileobj is srv:
                conn, _ = srv.accept()
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ)
                continue
            conn = key.fileobj
            try:
                data = conn.recv(CHUNK)
            except OSError:
                data = b""
            if data:
                conn.sendall(data)
            else:
                sel.unregister(conn)
                conn.close()


def udp():
    count = int(num("count", 1000))
    window = int(num("window", 64))
    payload = b"\x03" * int(num("size", 512))
    srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    srv.bind((HOST, 0))
    client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    client.settimeout(1)
    srv.settimeout(0.2)
    to = srv.getsockname()
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                data, addr = srv.recvfrom(2048)
            except TimeoutError:
                continue
            srv.sendto(data, addr)

    server = threading.Thread(target=serve)
    server.start()
    sent = received = 0
    start = time.perf_counter()
    try:
        while sent < min(window, count):
            client.sendto(payload, to)
            sent += 1
        while received < sent:
            client.recvfrom(2048)
            received += 1
            if sent < count:
                client.sendto(payload, to)
                sent += 1
    except TimeoutError:
        pass
    value = received / (time.perf_counter() - start)
    stop.set()
    server.join()
    srv.close()
    client.close()
    return {"value": value, "lost": count - received}


def conversions():
    op = ["inet_pton", "inet_ntop", "htons", "inet_aton"][int(num("op", 0))]
    n = int(num("n", 1e6))
    calls = {
        "inet_pton": lambda: socket.inet_pton(socket.AF_INET, "192.168.1.1"),
        "inet_ntop": lambda: socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x01\x01"),
        "htons": lambda: socket.htons(4660),
        "inet_aton": lambda: socket.inet_aton("192.168.1.1"),
    }
    call = calls[op]
    start = time.perf_counter()
    for _ in range(n):
        call()
    return n / (time.perf_counter() - start)


if workload == "bulk":
    report({"value": bulk()})
elif workload == "tls-bulk":
    report({"value": bulk(tls_pair)})
elif workload == "pingpong":
    report({"value": ping_pong_in_process()})
elif workload == "pp-server":
    with listen() as srv:
        echo(srv.accept()[0])
elif workload == "pp-client":
    with socket.create_connection((HOST, int(num("port", 0)))) as client:
        report({"value": ping_pong(client, int(num("size", 1)), int(num("rounds", 1)))})
elif workload in ("echo-server", "select-server"):
    serve_selectors()
elif workload == "udp":
    report(udp())
elif workload == "conv":
    report({"value": conversions()})
else:
    raise SystemExit(f"unknown workload {workload}")
