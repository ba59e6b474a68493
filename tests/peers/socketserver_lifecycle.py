# The python3 side of tests/socketserver_lifecycle_test.ts: each scenario
# drives CPython's socketserver over loopback and records what happened, in
# order. Prints one JSON object: scenario name -> list of events. The
# TypeScript side runs the same scenarios and must record the same events.

import contextlib
import io
import json
import socket
import socketserver
import struct
import sys
import threading
import time

ADDR = ("127.0.0.1", 0)
results = {}


def scenario(fn):
    log = []
    try:
        fn(log)
    except Exception as e:
        log.append("scenario failed: %s: %s" % (type(e).__name__, e))
    results[fn.__name__] = log
    return fn


def connect(server):
    return socket.create_connection(server.server_address)


@scenario
def handle_request_timeout(log):
    class Server(socketserver.TCPServer):
        timeout = 0.1

        def handle_timeout(self):
            log.append("handle_timeout")

    class Handler(socketserver.BaseRequestHandler):
        def setup(self):
            log.append("setup")

        def handle(self):
            log.append("handle %r" % self.request.recv(10))
            self.request.sendall(b"ok")

        def finish(self):
            log.append("finish")

    with Server(ADDR, Handler) as server:
        server.handle_request()
        log.append("returned")
        # The smaller of the socket's timeout and the server's applies.
        server.timeout = 30
        server.socket.settimeout(0.05)
        server.handle_request()
        log.append("returned")
        server.socket.settimeout(None)
        with connect(server) as c:
            c.sendall(b"x")
            server.handle_request()
            log.append("returned")
            log.append("client got %r" % c.recv(10))


@scenario
def verify_request(log):
    seen = []

    class Server(socketserver.TCPServer):
        def verify_request(self, request, client_address):
            seen.append(client_address)
            ok = len(seen) > 1
            log.append("verify_request -> %s" % ok)
            return ok

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            data = self.request.recv(10)
            log.append("handle %r" % data)
            self.request.sendall(data)

    with Server(ADDR, Handler) as server:
        with connect(server) as one:
            one.sendall(b"one")
            server.handle_request()
            log.append("first client got %r" % one.recv(10))
            log.append("address given: %s" % (seen[0] == one.getsockname()))
        with connect(server) as two:
            two.sendall(b"two")
            server.handle_request()
            log.append("second client got %r" % two.recv(10))


@scenario
def handle_error(log):
    class Server(socketserver.TCPServer):
        def handle_error(self, request, client_address):
            e = sys.exc_info()[1]
            log.append("handle_error %s: %s" % (type(e).__name__, e))
            log.append("address given: %s" % (client_address == peer[0]))

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            data = self.request.recv(10)
            log.append("handle %r" % data)
            if data == b"boom":
                raise ValueError("boom")
            self.request.sendall(data)

        def finish(self):
            log.append("finish")

    class ResetHandler(socketserver.BaseRequestHandler):
        def handle(self):
            log.append("handle %r" % self.request.recv(10))
            self.read_once.set()
            time.sleep(0.2)
            log.append("handle %r" % self.request.recv(10))

        def finish(self):
            log.append("finish")

    peer = [None]
    with Server(ADDR, Handler) as server:
        with connect(server) as one:
            peer[0] = one.getsockname()
            one.sendall(b"boom")
            server.handle_request()
            log.append("first client got %r" % one.recv(10))
        with connect(server) as two:
            two.sendall(b"fine")
            server.handle_request()
            log.append("second client got %r" % two.recv(10))
        # A client that resets in the middle of its request.
        read_once = threading.Event()

        def resetting_client():
            c = connect(server)
            peer[0] = c.getsockname()
            c.sendall(b"part")
            read_once.wait(10)
            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            c.close()

        client = threading.Thread(target=resetting_client)
        client.start()
        server.RequestHandlerClass = ResetHandler
        ResetHandler.read_once = read_once
        server.handle_request()
        client.join()
        server.RequestHandlerClass = Handler
        with connect(server) as three:
            three.sendall(b"after")
            server.handle_request()
            log.append("third client got %r" % three.recv(10))
        # A handler class that is no class.
        server.RequestHandlerClass = 5
        with connect(server) as four:
            peer[0] = four.getsockname()
            server.handle_request()
            log.append("fourth client got %r" % four.recv(10))


@scenario
def shutdown_from_another_task(log):
    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            data = self.request.recv(10)
            log.append("handle %r" % data)
            self.request.sendall(data)

    with socketserver.TCPServer(ADDR, Handler) as server:
        serving = threading.Thread(target=server.serve_forever, args=(0.05,))
        serving.start()
        with connect(server) as c:
            c.sendall(b"one")
            log.append("client got %r" % c.recv(10))
        server.shutdown()
        log.append("shutdown returned")
        serving.join()
        log.append("serve_forever returned")
        # Served again after a shutdown.
        serving = threading.Thread(target=server.serve_forever, args=(0.05,))
        serving.start()
        with connect(server) as c:
            c.sendall(b"two")
            log.append("client got %r" % c.recv(10))
        server.shutdown()
        serving.join()
        log.append("second serve_forever returned")
        # shutdown() before serve_forever(): the loop stops at once, and
        # the waiting shutdown() returns when it has.
        waiting = threading.Thread(target=server.shutdown)
        waiting.start()
        time.sleep(0.05)
        server.serve_forever(0.05)
        log.append("serve_forever after shutdown returned")
        waiting.join()
        log.append("waiting shutdown returned")


def close_with_handler_running(log, daemon):
    started = threading.Event()
    finished = threading.Event()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            log.append("handler got %r" % self.request.recv(1))
            started.set()
            log.append("handler got %r" % self.request.recv(1))
            self.request.sendall(b"done")

        def finish(self):
            log.append("handler finished")
            finished.set()

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = daemon

    server = Server(ADDR, Handler)
    serving = threading.Thread(target=server.serve_forever, args=(0.05,))
    serving.start()
    c = connect(server)
    c.sendall(b"1")
    started.wait(10)
    server.shutdown()
    serving.join()
    log.append("shutdown returned")
    timer = threading.Timer(0.3, lambda: c.sendall(b"2"))
    timer.start()
    server.server_close()
    log.append("server_close returned")
    finished.wait(10)
    log.append("client got %r" % c.recv(10))
    c.close()
    timer.join()


@scenario
def server_close_waits_for_handlers(log):
    close_with_handler_running(log, False)


@scenario
def server_close_daemon_threads(log):
    close_with_handler_running(log, True)


@scenario
def bad_input(log):
    H = socketserver.BaseRequestHandler
    calls = [
        ("TCPServer", (("127.0.0.1", "x"), H)),
        ("TCPServer", (("127.0.0.1",), H)),
        ("TCPServer", ("x", H)),
        ("TCPServer", (None, H)),
        ("TCPServer", (("127.0.0.1", 70000), H)),
        ("TCPServer", (("127.0.0.1", 0),)),
        ("TCPServer", ()),
        ("UDPServer", (("127.0.0.1", -1), H)),
        ("UnixStreamServer", (("127.0.0.1", 0), H)),
        ("UnixStreamServer", (5, H)),
    ]
    for name, args in calls:
        try:
            getattr(socketserver, name)(*args).server_close()
            log.append("%s: ok" % name)
        except Exception as e:
            log.append("%s: %s: %s" % (name, type(e).__name__, e))
    server = socketserver.TCPServer(ADDR, H)
    server.server_close()
    for method in ("serve_forever", "handle_request"):
        try:
            getattr(server, method)()
        except Exception as e:
            log.append("%s on a closed server: %s: %s" % (method, type(e).__name__, e))
    with socketserver.TCPServer(ADDR, H) as first:
        try:
            socketserver.TCPServer(first.server_address, H)
        except OSError as e:
            log.append("same address: %s errno %s: %s" % (type(e).__name__, e.errno, e))


@scenario
def settings(log):
    class Server(socketserver.TCPServer):
        allow_reuse_address = True
        request_queue_size = 1

    with Server(ADDR, socketserver.BaseRequestHandler) as server:
        log.append("SO_REUSEADDR %d" % server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
        log.append("port resolved: %s" % (server.server_address[1] != 0))
    server = socketserver.TCPServer(ADDR, socketserver.BaseRequestHandler, False)
    log.append("bound before server_bind: %s" % (server.socket.getsockname()[1] != 0))
    server.allow_reuse_address = True
    server.server_bind()
    server.server_activate()
    log.append("SO_REUSEADDR %d" % server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
    log.append("listening %d" % server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
    server.server_close()
    log.append("fileno after close %d" % server.fileno())

    class Stream(socketserver.StreamRequestHandler):
        timeout = 2.5
        disable_nagle_algorithm = True
        wbufsize = 1024

        def handle(self):
            log.append("timeout %s" % self.connection.gettimeout())
            log.append("TCP_NODELAY %d" % self.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            line = self.rfile.readline()
            self.wfile.write(line.upper())
            log.append("wfile buffered: %s" % (type(self.wfile).__name__ == "BufferedWriter"))

    with socketserver.TCPServer(ADDR, Stream) as server:
        with connect(server) as c:
            c.sendall(b"line\nrest")
            server.handle_request()
            log.append("client got %r" % c.recv(10))

    class Unbuffered(socketserver.StreamRequestHandler):
        rbufsize = 0

        def handle(self):
            log.append("rfile raw: %s" % (type(self.rfile).__name__ == "SocketIO"))
            log.append("readline %r" % self.rfile.readline())
            # Nothing past the line was taken from the socket.
            log.append("recv %r" % self.request.recv(10))

    with socketserver.TCPServer(ADDR, Unbuffered) as server:
        with connect(server) as c:
            c.sendall(b"line\nrest")
            server.handle_request()


@scenario
def datagram_handler(log):
    class Handler(socketserver.DatagramRequestHandler):
        def handle(self):
            log.append("packet %r" % self.packet)
            for line in self.rfile:
                log.append("line %r" % line)
            if self.packet != b"quiet":
                self.wfile.write(self.packet.upper())

    class Server(socketserver.UDPServer):
        max_packet_size = 8

    with Server(ADDR, Handler) as server:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
            for data in [b"a\nbc\n", b"quiet", b"0123456789"]:
                c.sendto(data, server.server_address)
                server.handle_request()
                log.append("client got %r" % c.recv(100))


@scenario
def handle_error_report(log):
    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            raise ValueError("boom")

    with socketserver.TCPServer(ADDR, Handler) as server:
        with connect(server) as c:
            port = c.getsockname()[1]
            report = io.StringIO()
            with contextlib.redirect_stderr(report):
                server.handle_request()
    # The frames (indented lines) are the program's own; the rest is Python's.
    for line in report.getvalue().splitlines():
        if not line.startswith("  "):
            log.append(line.replace(str(port), "PORT"))


print(json.dumps(results))
