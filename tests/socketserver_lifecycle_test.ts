// The lifecycle of Python's socketserver, differentially: every scenario of
// tests/peers/socketserver_lifecycle.py runs here too, over this module, and
// must record the same events in the same order as CPython's socketserver
// (handle_request with a timeout, verify_request, handle_error, shutdown
// from another task, server_close with handlers running, bad input, the
// class-level settings).

import { assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import * as socketserver from "./_socketserver.ts";
// The files the servers' sockets make (socketserver runs on the default
// engine whichever entry is under test).
import { BufferedWriter } from "../buffered_io.ts";
import { SocketIO } from "../socketio.ts";
import { bytesRepr as r } from "../examples/_python.ts";
import { lineReader, python, withDeadline } from "./_helpers.ts";

const PEER = new URL("./peers/socketserver_lifecycle.py", import.meta.url)
  .pathname;
const ADDR: [string, number] = ["127.0.0.1", 0];
const encode = (text: string) => new TextEncoder().encode(text);
const py = (flag: boolean) => flag ? "True" : "False";
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

async function connect(server: socketserver.BaseServer) {
  return await socket.create_connection(
    server.server_address as [string, number],
  );
}

// Python's "%s: %s" % (type(e).__name__, e).
function described(e: unknown): string {
  const error = e as Error;
  return `${error.name}: ${error.message}`;
}

type Scenario = (log: string[]) => Promise<void>;

const scenarios: Record<string, Scenario> = {
  async handle_request_timeout(log) {
    class Server extends socketserver.TCPServer {
      static override timeout = 0.1;
      override handle_timeout() {
        log.push("handle_timeout");
      }
    }
    class Handler extends socketserver.BaseRequestHandler {
      override setup() {
        log.push("setup");
      }
      override async handle() {
        log.push(`handle ${r(await this.request.recv(10))}`);
        await this.request.sendall(encode("ok"));
      }
      override finish() {
        log.push("finish");
      }
    }
    await using server = new Server(ADDR, Handler);
    await server.handle_request();
    log.push("returned");
    // The smaller of the socket's timeout and the server's applies.
    server.timeout = 30;
    server.socket.settimeout(0.05);
    await server.handle_request();
    log.push("returned");
    server.socket.settimeout(null);
    using c = await connect(server);
    await c.sendall(encode("x"));
    await server.handle_request();
    log.push("returned");
    log.push(`client got ${r(await c.recv(10))}`);
  },

  async verify_request(log) {
    const seen: unknown[] = [];
    class Server extends socketserver.TCPServer {
      override verify_request(
        _request: socketserver.Request,
        client_address: socket.Address | null,
      ) {
        seen.push(client_address);
        const ok = seen.length > 1;
        log.push(`verify_request -> ${py(ok)}`);
        return ok;
      }
    }
    class Handler extends socketserver.BaseRequestHandler {
      override async handle() {
        const data = await this.request.recv(10);
        log.push(`handle ${r(data)}`);
        await this.request.sendall(data);
      }
    }
    await using server = new Server(ADDR, Handler);
    {
      using one = await connect(server);
      await one.sendall(encode("one"));
      await server.handle_request();
      log.push(`first client got ${r(await one.recv(10))}`);
      log.push(`address given: ${py(same(seen[0], one.getsockname()))}`);
    }
    using two = await connect(server);
    await two.sendall(encode("two"));
    await server.handle_request();
    log.push(`second client got ${r(await two.recv(10))}`);
  },

  async handle_error(log) {
    let peer: unknown = null;
    class Server extends socketserver.TCPServer {
      override handle_error(
        _request: socketserver.Request,
        client_address: socket.Address | null,
        error?: unknown,
      ) {
        log.push(`handle_error ${described(error)}`);
        log.push(`address given: ${py(same(client_address, peer))}`);
      }
    }
    class Handler extends socketserver.BaseRequestHandler {
      override async handle() {
        const data = await this.request.recv(10);
        log.push(`handle ${r(data)}`);
        if (new TextDecoder().decode(data) === "boom") {
          throw new socket.ValueError("boom");
        }
        await this.request.sendall(data);
      }
      override finish() {
        log.push("finish");
      }
    }
    await using server = new Server(ADDR, Handler);
    {
      using one = await connect(server);
      peer = one.getsockname();
      await one.sendall(encode("boom"));
      await server.handle_request();
      log.push(`first client got ${r(await one.recv(10))}`);
    }
    {
      using two = await connect(server);
      await two.sendall(encode("fine"));
      await server.handle_request();
      log.push(`second client got ${r(await two.recv(10))}`);
    }
    // A client that resets in the middle of its request: Deno cannot send
    // an RST, so a python3 client does (SO_LINGER 0) when told to.
    const [host, port] = server.server_address as [string, number];
    const client = python(
      "import socket, struct, sys\n" +
        `s = socket.create_connection(('${host}', ${port}))\n` +
        "print(s.getsockname()[1])\n" +
        "s.sendall(b'part')\n" +
        "sys.stdin.readline()\n" +
        "s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))\n" +
        "s.close()\n",
    );
    const readLine = lineReader(client.stdout);
    const stdin = client.stdin.getWriter();
    class ResetHandler extends socketserver.BaseRequestHandler {
      override async handle() {
        log.push(`handle ${r(await this.request.recv(10))}`);
        await stdin.write(encode("reset\n"));
        await sleep(200);
        log.push(`handle ${r(await this.request.recv(10))}`);
      }
      override finish() {
        log.push("finish");
      }
    }
    server.RequestHandlerClass = ResetHandler;
    peer = [host, Number(await readLine())];
    await server.handle_request();
    await stdin.close();
    await readLine();
    await client.status;
    server.RequestHandlerClass = Handler;
    {
      using three = await connect(server);
      await three.sendall(encode("after"));
      await server.handle_request();
      log.push(`third client got ${r(await three.recv(10))}`);
    }
    // A handler class that is no class.
    server.RequestHandlerClass = 5 as never;
    using four = await connect(server);
    peer = four.getsockname();
    await server.handle_request();
    log.push(`fourth client got ${r(await four.recv(10))}`);
  },

  async shutdown_from_another_task(log) {
    class Handler extends socketserver.BaseRequestHandler {
      override async handle() {
        const data = await this.request.recv(10);
        log.push(`handle ${r(data)}`);
        await this.request.sendall(data);
      }
    }
    await using server = new socketserver.TCPServer(ADDR, Handler);
    let serving = server.serve_forever(0.05);
    {
      using c = await connect(server);
      await c.sendall(encode("one"));
      log.push(`client got ${r(await c.recv(10))}`);
    }
    await server.shutdown();
    log.push("shutdown returned");
    await serving;
    log.push("serve_forever returned");
    // Served again after a shutdown.
    serving = server.serve_forever(0.05);
    {
      using c = await connect(server);
      await c.sendall(encode("two"));
      log.push(`client got ${r(await c.recv(10))}`);
    }
    await server.shutdown();
    await serving;
    log.push("second serve_forever returned");
    // shutdown() before serve_forever(): the loop stops at once, and the
    // waiting shutdown() returns when it has.
    const waiting = server.shutdown();
    await sleep(50);
    await server.serve_forever(0.05);
    log.push("serve_forever after shutdown returned");
    await waiting;
    log.push("waiting shutdown returned");
  },

  server_close_waits_for_handlers: (log) => closeWithHandlerRunning(log, false),
  server_close_daemon_threads: (log) => closeWithHandlerRunning(log, true),

  async bad_input(log) {
    const H = socketserver.BaseRequestHandler;
    const classes = {
      TCPServer: socketserver.TCPServer,
      UDPServer: socketserver.UDPServer,
      UnixStreamServer: socketserver.UnixStreamServer,
    };
    const calls: [keyof typeof classes, unknown[]][] = [
      ["TCPServer", [["127.0.0.1", "x"], H]],
      ["TCPServer", [["127.0.0.1"], H]],
      ["TCPServer", ["x", H]],
      ["TCPServer", [null, H]],
      ["TCPServer", [["127.0.0.1", 70000], H]],
      ["TCPServer", [["127.0.0.1", 0]]],
      ["TCPServer", []],
      ["UDPServer", [["127.0.0.1", -1], H]],
      ["UnixStreamServer", [["127.0.0.1", 0], H]],
      ["UnixStreamServer", [5, H]],
    ];
    for (const [name, args] of calls) {
      const Class = classes[name] as new (
        ...args: unknown[]
      ) => socketserver.TCPServer;
      try {
        await new Class(...args).server_close();
        log.push(`${name}: ok`);
      } catch (e) {
        log.push(`${name}: ${described(e)}`);
      }
    }
    const server = new socketserver.TCPServer(ADDR, H);
    await server.server_close();
    for (const method of ["serve_forever", "handle_request"] as const) {
      try {
        await server[method]();
      } catch (e) {
        log.push(`${method} on a closed server: ${described(e)}`);
      }
    }
    await using first = new socketserver.TCPServer(ADDR, H);
    try {
      new socketserver.TCPServer(first.server_address, H);
    } catch (e) {
      if (!(e instanceof socket.OSError)) throw e;
      log.push(`same address: ${e.name} errno ${e.errno}: ${e}`);
    }
  },

  async settings(log) {
    class Server extends socketserver.TCPServer {
      static override allow_reuse_address = true;
      static override request_queue_size = 1;
    }
    const { SOL_SOCKET, SO_REUSEADDR, SO_ACCEPTCONN } = socket;
    {
      await using server = new Server(ADDR, socketserver.BaseRequestHandler);
      log.push(
        `SO_REUSEADDR ${server.socket.getsockopt(SOL_SOCKET, SO_REUSEADDR)}`,
      );
      const [, port] = server.server_address as [string, number];
      log.push(`port resolved: ${py(port !== 0)}`);
    }
    const server = new socketserver.TCPServer(
      ADDR,
      socketserver.BaseRequestHandler,
      false,
    );
    const [, port] = server.socket.getsockname() as [string, number];
    log.push(`bound before server_bind: ${py(port !== 0)}`);
    server.allow_reuse_address = true;
    server.server_bind();
    server.server_activate();
    log.push(
      `SO_REUSEADDR ${server.socket.getsockopt(SOL_SOCKET, SO_REUSEADDR)}`,
    );
    log.push(
      `listening ${server.socket.getsockopt(SOL_SOCKET, SO_ACCEPTCONN)}`,
    );
    await server.server_close();
    log.push(`fileno after close ${server.fileno()}`);

    class Stream extends socketserver.StreamRequestHandler {
      static override timeout = 2.5;
      static override disable_nagle_algorithm = true;
      static override wbufsize = 1024;
      override async handle() {
        log.push(`timeout ${this.connection.gettimeout()}`);
        const nodelay = this.connection.getsockopt(
          socket.IPPROTO_TCP,
          socket.TCP_NODELAY,
        );
        log.push(`TCP_NODELAY ${nodelay}`);
        const line = await this.rfile.readline();
        await this.wfile.write(
          line.map((c) => c >= 97 && c <= 122 ? c - 32 : c),
        );
        log.push(
          `wfile buffered: ${py(this.wfile instanceof BufferedWriter)}`,
        );
      }
    }
    await using streams = new socketserver.TCPServer(ADDR, Stream);
    using c = await connect(streams);
    await c.sendall(encode("line\nrest"));
    await streams.handle_request();
    log.push(`client got ${r(await c.recv(10))}`);

    class Unbuffered extends socketserver.StreamRequestHandler {
      static override rbufsize = 0;
      override async handle() {
        log.push(`rfile raw: ${py(this.rfile instanceof SocketIO)}`);
        log.push(`readline ${r(await this.rfile.readline())}`);
        // Nothing past the line was taken from the socket.
        log.push(`recv ${r(await this.request.recv(10))}`);
      }
    }
    await using raw = new socketserver.TCPServer(ADDR, Unbuffered);
    using c2 = await connect(raw);
    await c2.sendall(encode("line\nrest"));
    await raw.handle_request();
  },

  async datagram_handler(log) {
    class Handler extends socketserver.DatagramRequestHandler {
      override handle() {
        log.push(`packet ${r(this.packet)}`);
        for (const line of this.rfile) log.push(`line ${r(line)}`);
        if (new TextDecoder().decode(this.packet) !== "quiet") {
          this.wfile.write(
            this.packet.map((c) => c >= 97 && c <= 122 ? c - 32 : c),
          );
        }
      }
    }
    class Server extends socketserver.UDPServer {
      static override max_packet_size = 8;
    }
    await using server = new Server(ADDR, Handler);
    using c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    for (const data of ["a\nbc\n", "quiet", "0123456789"]) {
      await c.sendto(encode(data), server.server_address);
      await server.handle_request();
      log.push(`client got ${r(await c.recv(100))}`);
    }
  },

  async handle_error_report(log) {
    class Handler extends socketserver.BaseRequestHandler {
      override handle() {
        throw new socket.ValueError("boom");
      }
    }
    await using server = new socketserver.TCPServer(ADDR, Handler);
    using c = await connect(server);
    const [, port] = c.getsockname();
    const report: string[] = [];
    const stderr = console.error;
    console.error = (...parts: unknown[]) => report.push(parts.join(" "));
    try {
      await server.handle_request();
    } finally {
      console.error = stderr;
    }
    // The frames (indented lines) are the program's own; the rest is Python's.
    for (const line of report.join("\n").split("\n")) {
      if (!line.startsWith("  ")) log.push(line.replace(String(port), "PORT"));
    }
  },
};

async function closeWithHandlerRunning(log: string[], daemon: boolean) {
  const started = Promise.withResolvers<void>();
  const finished = Promise.withResolvers<void>();
  class Handler extends socketserver.BaseRequestHandler {
    override async handle() {
      log.push(`handler got ${r(await this.request.recv(1))}`);
      started.resolve();
      log.push(`handler got ${r(await this.request.recv(1))}`);
      await this.request.sendall(encode("done"));
    }
    override finish() {
      log.push("handler finished");
      finished.resolve();
    }
  }
  class Server extends socketserver.ThreadingTCPServer {
    static override daemon_threads = daemon;
  }
  const server = new Server(ADDR, Handler);
  const serving = server.serve_forever(0.05);
  using c = await connect(server);
  await c.sendall(encode("1"));
  await started.promise;
  await server.shutdown();
  await serving;
  log.push("shutdown returned");
  const timer = sleep(300).then(() => c.sendall(encode("2")));
  await server.server_close();
  log.push("server_close returned");
  await finished.promise;
  log.push(`client got ${r(await c.recv(10))}`);
  await timer;
}

Deno.test("socketserver lifecycle: every scenario records CPython's events", async (t) => {
  await withDeadline(60_000, async () => {
    const out = await new Deno.Command("python3", { args: [PEER] }).output();
    assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
    const expected: Record<string, string[]> = JSON.parse(
      new TextDecoder().decode(out.stdout),
    );
    assertEquals(Object.keys(expected).sort(), Object.keys(scenarios).sort());
    for (const [name, run] of Object.entries(scenarios)) {
      await t.step(name, async () => {
        const log: string[] = [];
        await run(log);
        assertEquals(log, expected[name]);
      });
    }
  });
});
