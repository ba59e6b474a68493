"""A CPython ssl peer for tests/ssl_test.ts, driven by one JSON argument.

Prints one JSON object per line: first {"port": n} (servers), then events.
Loopback only.
"""
import hashlib, json, os, socket, ssl, sys, time

cfg = json.loads(sys.argv[1])
d = cfg["dir"]


def emit(**event):
    print(json.dumps(event), flush=True)


def error(e):
    return {"class": type(e).__name__, "str": str(e), "errno": e.errno,
            "verify_code": getattr(e, "verify_code", None)}


def context(server):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
    if "cert" in cfg:
        ctx.load_cert_chain(f"{d}/{cfg['cert']}.pem", f"{d}/{cfg['cert']}.key")
    if server:
        verify = cfg.get("verify", "none")
        if verify != "none":
            ctx.verify_mode = ssl.CERT_REQUIRED if verify == "required" else ssl.CERT_OPTIONAL
            ctx.load_verify_locations(f"{d}/ca.pem")
    else:
        ctx.load_verify_locations(f"{d}/ca.pem")
        if cfg.get("check_hostname") is False:
            ctx.check_hostname = False
    if "alpn" in cfg:
        ctx.set_alpn_protocols(cfg["alpn"])
    if "min" in cfg:
        ctx.minimum_version = getattr(ssl.TLSVersion, cfg["min"])
    if "max" in cfg:
        ctx.maximum_version = getattr(ssl.TLSVersion, cfg["max"])
    return ctx


def describe(t):
    return {"version": t.version(), "cipher": list(t.cipher()),
            "alpn": t.selected_alpn_protocol(), "peercert": t.getpeercert()}


def run(plain, server):
    action = cfg.get("action", "echo")
    if cfg.get("starttls"):
        # A plain phase first, as SMTP's STARTTLS: the server's greeting,
        # the client's request, then TLS at once, with no reply between.
        if server:
            plain.sendall(b"220 ready\r\n")
            line = b""
            while not line.endswith(b"\r\n"):
                line += plain.recv(1)
            emit(plain=line.decode())
        else:
            got = b""
            while not got.endswith(b"\r\n"):
                got += plain.recv(1)
            emit(plain=got.decode())
            # The request and the ClientHello in one go: the server reads
            # the handshake's first bytes ahead of wrapping.
            plain.sendall(b"STARTTLS\r\n")
    try:
        t = context(server).wrap_socket(
            plain, server_side=server,
            server_hostname=None if server else cfg.get("host", "localhost"),
            suppress_ragged_eofs=False)
    except (ssl.SSLError, OSError) as e:
        emit(handshake_error=error(e))
        return
    emit(handshake=describe(t))
    try:
        act(t, action)
    except (ssl.SSLError, OSError) as e:
        # The test closed its end first: say so, quietly.
        emit(read_error=error(e))
    t.close()


def act(t, action):
    if action == "echo":
        while True:
            data = t.recv(65536)
            if not data:
                break
            t.sendall(data)
        emit(eof=True)
    elif action == "send_then_close_notify":
        t.sendall(b"bye")
        t.unwrap().close()
    elif action == "send_then_ragged":
        t.sendall(b"bye")
        os.close(t.detach())
    elif action == "sink":
        digest, n = hashlib.sha256(), 0
        while n < cfg["bytes"]:
            data = t.recv(65536)
            if not data:
                break
            digest.update(data)
            n += len(data)
        emit(received=n, sha256=digest.hexdigest())
        t.sendall(b"k")
        t.recv(1)
    elif action == "source":
        data = bytes(range(256)) * (cfg["bytes"] // 256)
        t.sendall(data)
        emit(sent=len(data), sha256=hashlib.sha256(data).hexdigest())
        t.recv(1)
    elif action == "idle":
        t.recv(1)
    elif action == "delayed":
        time.sleep(cfg.get("delay", 0.5))
        t.sendall(b"late")
        t.recv(1)
    elif action == "ask":
        t.sendall(cfg["send"].encode())
        reply = b""
        while not reply.endswith(b"\n"):
            data = t.recv(1024)
            if not data:
                break
            reply += data
        emit(reply=reply.decode())
    elif action == "burst":
        # Two records at once: one recv decrypts ahead of what it returns.
        t.sendall(b"first")
        t.sendall(b"second")
        t.recv(1)
    elif action == "shut":
        t.sendall(b"x")
        t.recv(1)
        t.shutdown(socket.SHUT_WR)
        time.sleep(0.3)
    elif action == "unwrap":
        # TLS, then close_notify both ways, then plain bytes both ways: the
        # first plain ones follow the close_notify at once.
        t.sendall(b"tls")
        plain = t.unwrap()
        plain.sendall(b"plain from python")
        got = b""
        while len(got) < cfg.get("expect", 0):
            data = plain.recv(100)
            if not data:
                break
            got += data
        emit(plain=got.decode())
    elif action == "stall":
        time.sleep(cfg.get("delay", 2))


if cfg["role"] == "server":
    six = cfg.get("host") == "::1"
    listener = socket.socket(socket.AF_INET6 if six else socket.AF_INET)
    listener.bind(("::1" if six else "127.0.0.1", 0))
    listener.listen()
    listener.settimeout(20)
    emit(port=listener.getsockname()[1])
    conn, _ = listener.accept()
    conn.settimeout(20)
    listener.close()
    run(conn, True)
elif cfg["role"] == "client":
    run(socket.create_connection(("127.0.0.1", cfg["port"]), timeout=20), False)
elif cfg["role"] == "decode":
    # Python's own dict for a certificate file, as getpeercert() gives it.
    emit(cert=ssl._ssl._test_decode_cert(f"{d}/{cfg['cert']}.pem"))
