// The Socket object's own behaviour, beyond the oracle's rows: descriptor
// numbers, `using`, printing, bind-then-connect, permissions.

import { assert, assertEquals, assertMatch } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { listener, tcpPair, withDeadline } from "./_helpers.ts";

Deno.test("fileno() numbers are unique while open and reused lowest first", () => {
  const sockets = Array.from({ length: 50 }, () => socket.socket());
  const fds = sockets.map((s) => s.fileno());
  assertEquals(new Set(fds).size, 50);
  const [a, b] = [sockets[10]!, sockets[20]!];
  const [fa, fb] = [a.fileno(), b.fileno()];
  b.close();
  a.close();
  const c = socket.socket();
  const d = socket.socket();
  assertEquals([c.fileno(), d.fileno()], [Math.min(fa, fb), Math.max(fa, fb)]);
  for (const s of [...sockets, c, d]) s.close();
});

Deno.test("an address prints as Python's tuple in a template string", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  assertMatch(
    `Connected by ${a.getpeername()}`,
    /^Connected by \('127\.0\.0\.1', \d+\)$/,
  );
  const [c6, a6] = await tcpPair(socket.AF_INET6);
  using _c6 = c6, _a6 = a6;
  assertMatch(`${c6.getpeername()}`, /^\('::1', \d+, 0, 0\)$/);
});

Deno.test("connect() after bind() uses the bound address", () =>
  withDeadline(10_000, async () => {
    using srv = listener();
    using c = socket.socket();
    c.bind(["127.0.0.1", 0]);
    const local = c.getsockname();
    await c.connect(srv.getsockname());
    const [conn, addr] = await srv.accept();
    using _conn = conn;
    assertEquals(addr, local);
    assertEquals(c.getsockname(), local);
    await c.sendall(new TextEncoder().encode("hi"));
    assertEquals(new TextDecoder().decode(await conn.recv(10)), "hi");
    conn.close();
    assertEquals(await c.recv(10), new Uint8Array(0));
  }));

Deno.test("a missing --allow-net is a PermissionError naming the flag", () =>
  withDeadline(30_000, async () => {
    const script = await Deno.makeTempFile({ suffix: ".ts" });
    await Deno.writeTextFile(
      script,
      `import * as socket from "${new URL("../mod.ts", import.meta.url)}";
       const s = socket.socket();
       try { s.bind(["127.0.0.1", 0]); } catch (e) {
         console.log(e.constructor.name, e.errno, e instanceof socket.OSError, String(e));
       }`,
    );
    const { code, stdout } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-prompt", script],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    await Deno.remove(script);
    assertEquals(code, 0);
    const line = new TextDecoder().decode(stdout).trim();
    assert(
      line.startsWith("PermissionError 13 true [Errno 13] Permission denied"),
      line,
    );
    assert(line.includes("--allow-net"), line);
  }));

Deno.test("console.log shows a socket as Python's repr", () => {
  using s = socket.socket();
  assertEquals(
    Deno.inspect(s),
    `<socket.socket fd=${s.fileno()}, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>`,
  );
});

Deno.test("recv() of a huge bufsize does not allocate it", () =>
  withDeadline(10_000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    await c.sendall(new Uint8Array([1, 2, 3]));
    const data = await a.recv(1 << 30);
    assertEquals(data, new Uint8Array([1, 2, 3]));
    assert(data.buffer.byteLength <= 65536, `${data.buffer.byteLength} bytes`);
  }));

Deno.test("for await (const [conn, addr] of srv) accepts until the socket closes", () =>
  withDeadline(10_000, async () => {
    using srv = listener();
    const ports: number[] = [];
    const serving = (async () => {
      for await (const [conn, [host, port]] of srv) {
        using _conn = conn;
        assertEquals(host, "127.0.0.1");
        ports.push(port);
        await conn.sendall(await conn.recv(1));
      }
    })();
    const clients: number[] = [];
    for (let i = 0; i < 3; i++) {
      using c = socket.socket();
      await c.connect(srv.getsockname());
      clients.push(c.getsockname()[1]);
      await c.sendall(new Uint8Array([i]));
      assertEquals(await c.recv(1), new Uint8Array([i]));
    }
    // Closed while the loop waits in accept(): the loop ends, no error.
    srv.close();
    await serving;
    assertEquals(ports, clients);
  }));

Deno.test("iterating a socket that is not listening raises EINVAL; breaking out leaves it open", () =>
  withDeadline(10_000, async () => {
    using s = socket.socket();
    let error: unknown;
    try {
      for await (const _ of s) throw new Error("unreachable");
    } catch (e) {
      error = e;
    }
    assert(error instanceof socket.OSError && error.errno === 22, `${error}`);
    using srv = listener();
    using c = socket.socket();
    await c.connect(srv.getsockname());
    for await (const [conn] of srv) {
      conn.close();
      break;
    }
    assertEquals(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), 1);
  }));
