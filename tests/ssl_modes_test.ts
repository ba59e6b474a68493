// ssl's timeouts, non-blocking mode, selectors and makefile, and its
// argument errors differentially against CPython's.

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "./_entry.ts";
import * as ssl from "./_ssl_entry.ts";
import * as nodeTls from "node:tls";
import * as ffi from "../ffi.ts";
import { withDeadline } from "./_helpers.ts";
import { certs, server, sslLineless } from "./_ssl_peer.ts";

const DEADLINE = 30_000;
const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

function clientContext(): ssl.SSLContext {
  return ssl.create_default_context(undefined, { cafile: certs.ca });
}

async function connectTls(
  port: number,
  options: ssl.WrapSocketOptions = {},
): Promise<ssl.SSLSocket> {
  const s = socket.socket();
  await s.connect(["127.0.0.1", port]);
  return await clientContext().wrap_socket(s, {
    server_hostname: "localhost",
    ...options,
  });
}

async function failure(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

Deno.test("recv with a timeout raises 'The read operation timed out'; the late bytes still arrive", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ action: "delayed", delay: 0.6 });
    await using _srv = srv;
    using tls = await connectTls(port);
    tls.settimeout(0.1);
    const e = await failure(() => tls.recv(10));
    assertInstanceOf(e, socket.TimeoutError);
    assertEquals(String(e), "The read operation timed out");
    tls.settimeout(5);
    assertEquals(str(await tls.recv(10)), "late");
  });
});

Deno.test("non-blocking recv raises SSLWantReadError (errno 2); a selector then reports the data", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ action: "delayed", delay: 0.3 });
    await using _srv = srv;
    using tls = await connectTls(port);
    tls.setblocking(false);
    const e = await failure(() => tls.recv(10));
    assertInstanceOf(e, ssl.SSLWantReadError);
    assertEquals(
      String(e),
      "The operation did not complete (read) (_ssl.c:2580)",
    );
    assertEquals((e as ssl.SSLError).errno, 2);
    using sel = new socket.DefaultSelector();
    sel.register(tls, socket.EVENT_READ);
    const ready = await sel.select(5);
    assertEquals(ready.length, 1);
    assertEquals(str(await recvAfterSelect(tls, sel)), "late");
  });
});

// A non-blocking recv after a selector said readable. The default entry's
// selectors ask TLS, so the first recv has data. The native entry's are the
// kernel's, as CPython's: records of no data (TLS 1.3 session tickets) make
// the descriptor readable too, and recv then raises SSLWantReadError until
// data comes, so the program selects again, as a Python program must.
async function recvAfterSelect(
  tls: ssl.SSLSocket,
  sel: socket.DefaultSelector,
): Promise<Uint8Array> {
  for (let round = 0;; round++) {
    try {
      return await tls.recv(10);
    } catch (e) {
      if (!(e instanceof ssl.SSLWantReadError) || !socket.NATIVE || round > 5) {
        throw e;
      }
      await sel.select(5);
    }
  }
}

Deno.test("a handshake the peer never answers times out as CPython's", async () => {
  await withDeadline(DEADLINE, async () => {
    using listener = socket.socket();
    listener.bind(["127.0.0.1", 0]);
    listener.listen();
    const s = socket.socket();
    await s.connect(listener.getsockname());
    const [conn] = await listener.accept();
    using _conn = conn;
    s.settimeout(0.2);
    const e = await failure(() =>
      clientContext().wrap_socket(s, { server_hostname: "localhost" })
    );
    assertInstanceOf(e, socket.TimeoutError);
    assertEquals(String(e), "_ssl.c:989: The handshake operation timed out");
  });
});

Deno.test("a peer that closes during the handshake: CPython's SSLEOFError, both sides", async () => {
  await withDeadline(DEADLINE, async () => {
    using listener = socket.socket();
    listener.bind(["127.0.0.1", 0]);
    listener.listen();
    const expected =
      "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)";
    {
      const s = socket.socket();
      await s.connect(listener.getsockname());
      const [conn] = await listener.accept();
      const handshake = clientContext().wrap_socket(s, {
        server_hostname: "localhost",
      });
      // Read the ClientHello, then a FIN (no reset: nothing left unread).
      await conn.recv(65536);
      conn.close();
      const e = await failure(() => handshake);
      assertInstanceOf(e, ssl.SSLEOFError);
      assertEquals(String(e), expected);
    }
    {
      const s = socket.socket();
      await s.connect(listener.getsockname());
      s.close();
      const [conn] = await listener.accept();
      const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER);
      context.load_cert_chain(...certs.pairs.server);
      const e = await failure(() =>
        context.wrap_socket(conn, { server_side: true })
      );
      assertInstanceOf(e, ssl.SSLEOFError);
      assertEquals(String(e), expected);
    }
  });
});

Deno.test("close() during a handshake settles it with EBADF", async () => {
  await withDeadline(DEADLINE, async () => {
    using listener = socket.socket();
    listener.bind(["127.0.0.1", 0]);
    listener.listen();
    const s = socket.socket();
    await s.connect(listener.getsockname());
    const [conn] = await listener.accept();
    using _conn = conn;
    const tls = await clientContext().wrap_socket(s, {
      server_hostname: "localhost",
      do_handshake_on_connect: false,
    });
    const pending = tls.do_handshake();
    setTimeout(() => tls.close(), 50);
    const e = await failure(() => pending);
    assertInstanceOf(e, socket.OSError);
    assertEquals(e.errno, 9);
  });
});

Deno.test("a non-blocking handshake driven by a selector, then data both ways", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({});
    await using _srv = srv;
    const s = socket.socket();
    await s.connect(["127.0.0.1", port]);
    s.setblocking(false);
    using tls = await clientContext().wrap_socket(s, {
      server_hostname: "localhost",
      do_handshake_on_connect: false,
    });
    using sel = new socket.DefaultSelector();
    sel.register(tls, socket.EVENT_READ);
    let wants = 0;
    for (let i = 0; i < 50; i++) {
      try {
        await tls.do_handshake();
        break;
      } catch (e) {
        assertInstanceOf(e, ssl.SSLWantReadError);
        assertEquals(
          String(e),
          "The operation did not complete (read) (_ssl.c:1006)",
        );
        wants++;
        await sel.select(5);
      }
    }
    assert(wants >= 1 && wants < 50, `${wants} rounds`);
    assertEquals(tls.version(), "TLSv1.3");
    await tls.sendall(text("nb"));
    const [[, mask]] = await sel.select(5) as [[unknown, number]];
    assertEquals(mask, socket.EVENT_READ);
    assertEquals(str(await recvAfterSelect(tls, sel)), "nb");
  });
});

Deno.test("sendall with a timeout into a peer that stops reading: 'The write operation timed out'", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ action: "stall", delay: 3 });
    await using _srv = srv;
    using tls = await connectTls(port);
    tls.settimeout(0.3);
    const e = await failure(() => tls.sendall(new Uint8Array(64 << 20)));
    assertInstanceOf(e, socket.TimeoutError);
    assertEquals(String(e), "The write operation timed out");
  });
});

Deno.test("non-blocking send into a peer that stops reading: SSLWantWriteError (errno 3)", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ action: "stall", delay: 3 });
    await using _srv = srv;
    using tls = await connectTls(port);
    tls.setblocking(false);
    const chunk = new Uint8Array(65536);
    let sent = 0;
    let error: unknown = null;
    for (let i = 0; i < 2000 && error === null; i++) {
      try {
        sent += await tls.send(chunk);
      } catch (e) {
        error = e;
      }
    }
    assert(sent > 0);
    assertInstanceOf(error, ssl.SSLWantWriteError);
    assertEquals(
      String(error),
      "The operation did not complete (write) (_ssl.c:2427)",
    );
    assertEquals(error.errno, 3);
  });
});

Deno.test("makefile over an SSLSocket reads lines", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({});
    await using _srv = srv;
    using tls = await connectTls(port);
    const f = tls.makefile("rb");
    await tls.sendall(text("one\ntwo\n"));
    assertEquals(str(await f.readline()), "one\n");
    assertEquals(str(await f.readline()), "two\n");
    await f.close();
  });
});

// ---- argument and state errors, against CPython's --------------------

const PY_CASES = String.raw`
import json, socket, ssl, sys
d = sys.argv[1]
out = {}
def case(name, f):
    try:
        f(); out[name] = None
    except BaseException as e:
        out[name] = [type(e).__name__, str(e), getattr(e, "errno", None)]
client = lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
def setattr_(o, k, v): setattr(o, k, v)
case("protocol", lambda: ssl.SSLContext(99))
case("verify_none", lambda: setattr_(client(), "verify_mode", ssl.CERT_NONE))
case("verify_5", lambda: setattr_(client(), "verify_mode", 5))
case("min_5", lambda: setattr_(client(), "minimum_version", 5))
case("verify_omitted", lambda: client().load_verify_locations())
case("chain_missing", lambda: client().load_cert_chain(d + "/missing.pem"))
case("chain_no_pem", lambda: client().load_cert_chain(d + "/server.ext"))
case("chain_mismatch", lambda: client().load_cert_chain(d + "/server.pem", d + "/client.key"))
case("cafile_no_pem", lambda: client().load_verify_locations(cafile=d + "/server.ext"))
case("cafile_missing", lambda: client().load_verify_locations(cafile=d + "/missing.pem"))
case("cadata_garbage", lambda: client().load_verify_locations(cadata="garbage"))
case("alpn_empty", lambda: client().set_alpn_protocols([""]))
case("no_hostname", lambda: client().wrap_socket(socket.socket()))
case("udp", lambda: client().wrap_socket(socket.socket(type=socket.SOCK_DGRAM), server_hostname="a"))
case("server_hostname", lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).wrap_socket(socket.socket(), server_side=True, server_hostname="a"))
case("constructor", lambda: ssl.SSLSocket())
s = client().wrap_socket(socket.socket(), server_hostname="localhost")
case("unconnected_recv", lambda: s.recv(1))
case("unconnected_send", lambda: s.send(b"x"))
case("unconnected_getpeercert", lambda: s.getpeercert())
case("unconnected_do_handshake", lambda: s.do_handshake())
case("unconnected_version", lambda: [][0] if s.version() is None else None)
s.close()
case("closed_recv", lambda: s.recv(1))
print(json.dumps(out))
`;

async function pythonCases(): Promise<Record<string, unknown>> {
  const out = await new Deno.Command("python3", {
    args: ["-c", PY_CASES, certs.dir],
    stderr: "inherit",
  }).output();
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

Deno.test("argument and state errors are CPython's (class, message, errno)", async () => {
  await withDeadline(DEADLINE, async () => {
    const expected = await pythonCases();
    const d = certs.dir;
    const client = () => new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    const s = await client().wrap_socket(socket.socket(), {
      server_hostname: "localhost",
    });
    const udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    const plain = socket.socket();
    const cases: Record<string, () => unknown> = {
      protocol: () => new ssl.SSLContext(99),
      verify_none: () => client().verify_mode = ssl.CERT_NONE,
      verify_5: () => client().verify_mode = 5,
      min_5: () => client().minimum_version = 5,
      verify_omitted: () => client().load_verify_locations(),
      chain_missing: () => client().load_cert_chain(`${d}/missing.pem`),
      chain_no_pem: () => client().load_cert_chain(`${d}/server.ext`),
      chain_mismatch: () =>
        client().load_cert_chain(`${d}/server.pem`, `${d}/client.key`),
      cafile_no_pem: () => client().load_verify_locations(`${d}/server.ext`),
      cafile_missing: () => client().load_verify_locations(`${d}/missing.pem`),
      cadata_garbage: () =>
        client().load_verify_locations(null, null, "garbage"),
      alpn_empty: () => client().set_alpn_protocols([""]),
      no_hostname: () => client().wrap_socket(plain),
      udp: () => client().wrap_socket(udp, { server_hostname: "a" }),
      server_hostname: () =>
        new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).wrap_socket(plain, {
          server_side: true,
          server_hostname: "a",
        }),
      constructor: () => new ssl.SSLSocket(),
      unconnected_recv: () => s.recv(1),
      unconnected_send: () => s.send(new Uint8Array(1)),
      unconnected_getpeercert: () => s.getpeercert(),
      unconnected_do_handshake: () => s.do_handshake(),
      unconnected_version: () => {
        if (s.version() === null) throw new Error("IndexError");
      },
    };
    try {
      for (const [name, fn] of Object.entries(cases)) {
        const want = expected[name] as [string, string, number | null];
        const got = await failure(fn) as Error & { errno?: number | null };
        if (name === "unconnected_version") continue; // both returned None
        assertEquals(
          [got.constructor.name, sslLineless(got.message), got.errno ?? null],
          [want[0], sslLineless(want[1]), want[2]],
          name,
        );
      }
      s.close();
      const closed = await failure(() => s.recv(1));
      assertEquals(String(closed), (expected.closed_recv as string[])[1]);
    } finally {
      s.close();
      udp.close();
      plain.close();
    }
  });
});

Deno.test("flags and datagram calls on a connected SSLSocket are CPython's ValueErrors", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({});
    await using _srv = srv;
    using tls = await connectTls(port);
    const cls = "<class 'ssl.SSLSocket'>";
    for (
      const [fn, message] of [
        [
          () => tls.recv(10, 2),
          `non-zero flags not allowed in calls to recv() on ${cls}`,
        ],
        [
          () => tls.recv_into(new Uint8Array(3), 0, 2),
          `non-zero flags not allowed in calls to recv_into() on ${cls}`,
        ],
        [
          () => tls.send(text("x"), 2),
          `non-zero flags not allowed in calls to send() on ${cls}`,
        ],
        [
          () => tls.sendall(text("x"), 2),
          `non-zero flags not allowed in calls to sendall() on ${cls}`,
        ],
        [() => tls.recvfrom(10), `recvfrom not allowed on instances of ${cls}`],
        [
          () => tls.sendto(text("x"), ["127.0.0.1", 1]),
          `sendto not allowed on instances of ${cls}`,
        ],
      ] as [() => Promise<unknown>, string][]
    ) {
      const e = await failure(fn);
      assertInstanceOf(e, socket.ValueError);
      assertEquals(String(e), message);
    }
    for (
      const [fn, message] of [
        [() => tls.dup(), "Can't dup() SSLSocket instances"],
        [
          () => tls.sendmsg([text("x")]),
          `sendmsg not allowed on instances of ${cls}`,
        ],
        [() => tls.recvmsg(10), `recvmsg not allowed on instances of ${cls}`],
      ] as [() => unknown, string][]
    ) {
      const e = await failure(fn);
      assertInstanceOf(e, ssl.NotImplementedError);
      assertEquals(String(e), message);
    }
    // The default engine's TLS cannot hand the connection back (the
    // native entry's unwrap is tested in ssl_unwrap_test.ts).
    if (!socket.NATIVE) {
      const e = await failure(() => tls.unwrap());
      assertInstanceOf(e, socket.OSError);
      assert(String(e).includes("@pysocket/socket/ffi"));
    }
  });
});

// A finished program exits with its SSLSocket still open (the reads under
// TLS are the engine's own), and a recv it awaits keeps it alive.
const SOCKET_ENTRY = new URL("./_entry.ts", import.meta.url).href;
const SSL_ENTRY = new URL("./_ssl_entry.ts", import.meta.url).href;

for (
  const [name, action, body] of [
    [
      "an SSLSocket left open exits at once",
      "echo",
      `await tls.sendall(new TextEncoder().encode("echo"));`,
    ],
    ["a recv it awaits keeps it alive", "delayed", ""],
  ] as const
) {
  Deno.test(`a TLS program: ${name}`, async () => {
    await withDeadline(DEADLINE, async () => {
      const [srv, port] = await server({ action, delay: 0.5 });
      await using _srv = srv;
      const dir = await Deno.makeTempDir();
      const script = `${dir}/child.ts`;
      await Deno.writeTextFile(
        script,
        `import * as socket from ${JSON.stringify(SOCKET_ENTRY)};
import * as ssl from ${JSON.stringify(SSL_ENTRY)};
const context = ssl.create_default_context(undefined, { cafile: Deno.args[0] });
const tls = await context.wrap_socket(socket.socket(), { server_hostname: "localhost" });
await tls.connect(["127.0.0.1", Number(Deno.args[1])]);
${body}
console.log(new TextDecoder().decode(await tls.recv(10)));
`,
      );
      try {
        const child = new Deno.Command(Deno.execPath(), {
          args: ["run", "-A", script, certs.ca, String(port)],
          stdout: "piped",
        }).spawn();
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        const { code, stdout } = await child.output();
        clearTimeout(timer);
        assertEquals(code, 0);
        assertEquals(
          new TextDecoder().decode(stdout),
          action === "echo" ? "echo\n" : "late\n",
        );
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    });
  });
}

Deno.test("close_notify and FIN in one go (a node:tls peer's end()) read as b'', not a ragged EOF", async () => {
  await withDeadline(DEADLINE, async () => {
    const [cert, key] = certs.pairs.server.map((f) => Deno.readTextFileSync(f));
    const peer = nodeTls.createServer({ cert, key }, (s) => s.end("bye"));
    await new Promise<void>((resolve) => peer.listen(0, "127.0.0.1", resolve));
    try {
      const port = (peer.address() as { port: number }).port;
      for (let i = 0; i < 5; i++) {
        using tls = await connectTls(port, { suppress_ragged_eofs: false });
        let got = "";
        for (let j = 0; j < 10; j++) {
          const data = await tls.recv(100);
          if (data.length === 0) break;
          got += str(data);
        }
        assertEquals(got, "bye");
      }
    } finally {
      await new Promise((resolve) => peer.close(resolve));
    }
  });
});

// The native entry's ssl (imported when the suite runs on it) wraps them.
Deno.test({
  name: "a native entry's socket is refused with an OSError naming that entry",
  ignore: socket.NATIVE,
}, async () => {
  using s = ffi.socket();
  const e = await failure(() =>
    clientContext().wrap_socket(s, { server_hostname: "localhost" })
  );
  assertInstanceOf(e, socket.OSError);
  assertEquals(e.errno, 95);
  assert(String(e).includes("@pysocket/socket/ffi"), String(e));
  assert(s.fileno() !== -1, "the socket is left as it was");
});
