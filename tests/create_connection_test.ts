// create_connection, create_server and has_dualstack_ipv6 against CPython's
// oracle rows (section 2.N), on loopback.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import {
  assertPyError,
  fullListener,
  listener,
  python,
  refusedPort,
  rejected,
  thrown,
  withDeadline,
} from "./_helpers.ts";

function test(name: string, fn: () => Promise<void> | void): void {
  Deno.test(name, () => withDeadline(10_000, async () => await fn()));
}

const portOf = (
  s: socket.Socket<socket.InetAddress | socket.Inet6Address>,
): number => s.getsockname()[1];

// ---- create_connection -------------------------------------------------

test("N01 create_connection() connects a blocking TCP socket", async () => {
  using srv = listener();
  using c = await socket.create_connection(["127.0.0.1", portOf(srv)]);
  assertEquals(
    [c.family, c.type, c.proto, c.gettimeout(), c.getpeername()[0]],
    [socket.AF_INET, socket.SOCK_STREAM, 6, null, "127.0.0.1"],
  );
});

test("N02 create_connection() raises ConnectionRefusedError", async () => {
  const e = await rejected(() =>
    socket.create_connection(["127.0.0.1", refusedPort()])
  );
  assertPyError(
    e,
    socket.ConnectionRefusedError,
    111,
    "[Errno 111] Connection refused",
  );
});

test("N03 create_connection() resolves localhost through /etc/hosts", async () => {
  const e = await rejected(() =>
    socket.create_connection(["localhost", refusedPort()])
  );
  assertPyError(
    e,
    socket.ConnectionRefusedError,
    111,
    "[Errno 111] Connection refused",
  );
});

test("N04 create_connection(all_errors) raises an ExceptionGroup", async () => {
  const e = await rejected(() =>
    socket.create_connection(["127.0.0.1", refusedPort()], undefined, null, {
      all_errors: true,
    })
  );
  assert(e instanceof socket.ExceptionGroup && e instanceof AggregateError);
  const group = e as socket.ExceptionGroup;
  assertEquals(String(group), "create_connection failed (1 sub-exception)");
  assertEquals(group.exceptions.length, 1);
  assertPyError(
    group.exceptions[0],
    socket.ConnectionRefusedError,
    111,
    "[Errno 111] Connection refused",
  );
});

test("N05 create_connection(timeout) sets the socket's timeout", async () => {
  using srv = listener();
  using c = await socket.create_connection(["127.0.0.1", portOf(srv)], 0.5);
  assertEquals(c.gettimeout(), 0.5);
});

test("N06 create_connection(source_address) binds first", async () => {
  using srv = listener();
  using c = await socket.create_connection(
    ["127.0.0.1", portOf(srv)],
    undefined,
    ["127.0.0.1", 0],
  );
  assertEquals(c.getsockname()[0], "127.0.0.1");
  const [conn, addr] = await srv.accept();
  using _conn = conn;
  assertEquals(String(addr), String(c.getsockname()));
});

test("N07 create_connection() needs a (host, port) pair", async () => {
  const e = await rejected(() =>
    socket.create_connection(["127.0.0.1"] as unknown as [string, number])
  );
  assertPyError(
    e,
    socket.ValueError,
    null,
    "not enough values to unpack (expected 2, got 1)",
  );
});

test("N08/N10 create_connection() raises gaierror directly, never grouped", async () => {
  // A host that is not numeric with AI_NUMERICHOST semantics is not used
  // here: an unresolvable name would query DNS. A port name that does not
  // exist fails before any query.
  for (const all_errors of [false, true]) {
    const e = await rejected(() =>
      socket.create_connection(
        ["127.0.0.1", "nosuchservice" as unknown as number],
        undefined,
        null,
        { all_errors },
      )
    );
    assertPyError(
      e,
      socket.gaierror,
      -8,
      "[Errno -8] Servname not supported for ai_socktype",
    );
  }
});

test("N09 create_connection(timeout) raises TimeoutError", async () => {
  await using full = await fullListener();
  const e = await rejected(() =>
    socket.create_connection(["127.0.0.1", full.port], 0.3)
  );
  assertPyError(e, socket.TimeoutError, null, "timed out");
});

test("N11 create_connection() uses the module's default timeout", async () => {
  socket.setdefaulttimeout(2);
  try {
    using srv = listener();
    using c = await socket.create_connection(["127.0.0.1", portOf(srv)]);
    assertEquals(c.gettimeout(), 2);
  } finally {
    socket.setdefaulttimeout(null);
  }
});

test("N12 create_connection(timeout=null) makes a blocking socket", async () => {
  socket.setdefaulttimeout(2);
  try {
    using srv = listener();
    using c = await socket.create_connection(["127.0.0.1", portOf(srv)], null);
    assertEquals(c.gettimeout(), null);
  } finally {
    socket.setdefaulttimeout(null);
  }
});

test("N25 create_connection(timeout=0) raises BlockingIOError 115", async () => {
  using srv = listener();
  const e = await rejected(() =>
    socket.create_connection(["127.0.0.1", portOf(srv)], 0)
  );
  assertPyError(
    e,
    socket.BlockingIOError,
    115,
    "[Errno 115] Operation now in progress",
  );
});

test("N26 create_connection() cannot take an AF_UNIX path", async () => {
  const e = await rejected(() => socket.create_connection("/tmp/x.sock"));
  assertPyError(
    e,
    socket.ValueError,
    null,
    "too many values to unpack (expected 2)",
  );
});

test("create_connection() tries every address: IPv6 ::1 then IPv4", async () => {
  // host null resolves to ::1 then 127.0.0.1, as glibc orders them; a
  // listener on 127.0.0.1 only is reached after ::1 is refused.
  using srv = listener();
  using c = await socket.create_connection(
    [null, portOf(srv)] as unknown as [string, number],
  );
  assertEquals(c.family, socket.AF_INET);
});

test("create_connection(all_errors) groups the error of every address", async () => {
  const e = await rejected(() =>
    socket.create_connection(
      [null, refusedPort()] as unknown as [string, number],
      undefined,
      null,
      { all_errors: true },
    )
  );
  assert(e instanceof socket.ExceptionGroup);
  const group = e as socket.ExceptionGroup;
  assertEquals(String(group), "create_connection failed (2 sub-exceptions)");
  assertEquals(group.exceptions.map((x) => (x as socket.OSError).errno), [
    111,
    111,
  ]);
});

test("N24 create_connection() connects to an IPv6 address", async () => {
  using srv = listener(socket.AF_INET6);
  using c = await socket.create_connection(["::1", portOf(srv)]);
  assertEquals([c.family, c.getpeername()[0]], [socket.AF_INET6, "::1"]);
});

// ---- create_server ---------------------------------------------------------

test("N13 create_server() listens with SO_REUSEADDR set", () => {
  using s = socket.create_server(["127.0.0.1", 0]);
  assertEquals(
    [
      s.family,
      s.type,
      s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR),
      s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN),
      s.gettimeout(),
      s.getsockname()[0],
    ],
    [socket.AF_INET, socket.SOCK_STREAM, 1, 1, null, "127.0.0.1"],
  );
});

// The default engine has no SO_REUSEPORT (documented); the native engine
// sets it, as CPython on Linux does.
test("N14 create_server(reuse_port): SO_REUSEPORT, or Python's ValueError without it", () => {
  if (socket.NATIVE) {
    using a = socket.create_server(["127.0.0.1", 0], { reuse_port: true });
    using b = socket.create_server(a.getsockname(), { reuse_port: true });
    assertEquals(b.getsockname(), a.getsockname());
    return;
  }
  assertPyError(
    thrown(() => socket.create_server(["127.0.0.1", 0], { reuse_port: true })),
    socket.ValueError,
    null,
    "SO_REUSEPORT not supported on this platform",
  );
});

test("N15 create_server(dualstack_ipv6) requires AF_INET6", () => {
  assertPyError(
    thrown(() =>
      socket.create_server(["127.0.0.1", 0], { dualstack_ipv6: true })
    ),
    socket.ValueError,
    null,
    "dualstack_ipv6 requires AF_INET6 family",
  );
});

test("N16 create_server() turns a bind gaierror into a plain OSError", () => {
  const e = thrown(() =>
    socket.create_server(["127.0.0.1", 0], { family: socket.AF_INET6 })
  );
  assertEquals((e as Error).constructor, socket.OSError);
  assertPyError(
    e,
    socket.OSError,
    -9,
    "[Errno -9] Address family for hostname not supported (while attempting to bind on address ('127.0.0.1', 0))",
  );
});

test("N18 create_server() adds the address to EADDRINUSE", () => {
  using srv = listener();
  const port = portOf(srv);
  const e = thrown(() => socket.create_server(["127.0.0.1", port]));
  assertEquals((e as Error).constructor, socket.OSError);
  assertPyError(
    e,
    socket.OSError,
    98,
    `[Errno 98] Address already in use (while attempting to bind on address ('127.0.0.1', ${port}))`,
  );
});

test("N19 create_server(backlog=0) listens", () => {
  using s = socket.create_server(["127.0.0.1", 0], { backlog: 0 });
  assertEquals(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), 1);
});

test("N22 create_server() makes an AF_UNIX server", () => {
  const dir = Deno.makeTempDirSync();
  try {
    using s = socket.create_server(`${dir}/n22.sock`, {
      family: socket.AF_UNIX,
    });
    assertEquals([s.family, s.getsockname()], [
      socket.AF_UNIX,
      `${dir}/n22.sock`,
    ]);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

// CPython sets IPV6_V6ONLY; the default engine cannot (documented).
test("N17 create_server(AF_INET6) listens on ::1 (IPV6_V6ONLY as the engine can)", () => {
  using s = socket.create_server(["::1", 0], { family: socket.AF_INET6 });
  assertEquals(s.getsockname()[0], "::1");
  assertEquals(
    s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY),
    socket.NATIVE ? 1 : 0,
  );
});

test("has_dualstack_ipv6() is true", () => {
  assert(socket.has_dualstack_ipv6());
});

test("a dualstack_ipv6 server accepts IPv4 and IPv6 clients", async () => {
  using srv = socket.create_server(["::", 0], {
    family: socket.AF_INET6,
    dualstack_ipv6: true,
  });
  const port = portOf(srv);
  for (const host of ["127.0.0.1", "::1"]) {
    using c = await socket.create_connection([host, port]);
    const [conn, addr] = await srv.accept();
    using _conn = conn;
    await c.sendall(new Uint8Array([7]));
    assertEquals((await conn.recv(1))[0], 7);
    const expected = host === "::1" ? "::1" : "::ffff:127.0.0.1";
    assertEquals(addr[0], expected);
  }
});

test("create_connection() talks to a python3 server", async () => {
  const child = python(`
import socket
srv = socket.create_server(("127.0.0.1", 0))
print(srv.getsockname()[1], flush=True)
conn, _ = srv.accept()
conn.sendall(conn.recv(100).upper())
conn.close()
`);
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let line = "";
  while (!line.includes("\n")) line += (await reader.read()).value ?? "";
  {
    using c = await socket.create_connection([
      "localhost",
      Number(line.trim()),
    ]);
    await c.sendall(new TextEncoder().encode("ping"));
    assertEquals(new TextDecoder().decode(await c.recv(100)), "PING");
  }
  await child.stdin.close();
  while (!(await reader.read()).done);
  assert((await child.status).success);
});
