// UDP (SOCK_DGRAM over AF_INET/AF_INET6), checked against CPython's rows
// 2.I and K15 of the oracle. The same file runs against both backends:
//   deno test -A tests/udp_test.ts                 (node:dgram)
//   deno test -A --unstable-net tests/udp_test.ts  (Deno.listenDatagram)

import * as socket from "./_entry.ts";
import {
  assert,
  assertEquals,
  assertRejects,
  assertThrows,
} from "./_assert.ts";
import { lineReader, python, withDeadline } from "./_helpers.ts";
import { exampleArgs } from "./_tutorial.ts";

const BACKEND = socket.NATIVE
  ? "native"
  : "listenDatagram" in Deno
  ? "Deno.listenDatagram"
  : "node:dgram";
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** A UDP socket bound to loopback, as the oracle's `U()`. */
function U<F extends number = typeof socket.AF_INET>(
  family?: F,
): socket.Socket<socket.AddressOf<F>, typeof socket.SOCK_DGRAM> {
  const s = socket.socket(family, socket.SOCK_DGRAM);
  s.bind([family === socket.AF_INET6 ? "::1" : "127.0.0.1", 0]);
  return s;
}

function test(name: string, fn: () => Promise<void> | void): void {
  Deno.test(`[${BACKEND}] ${name}`, () =>
    withDeadline(10_000, async () => await fn()));
}

test("sendto() returns the count and recvfrom() the data and sender (I01, I02)", async () => {
  using a = U(), b = U();
  assertEquals(await a.sendto(enc("data"), b.getsockname()), 4);
  const [data, addr] = await b.recvfrom(100);
  assertEquals(dec(data), "data");
  assertEquals(addr, a.getsockname());
  assertEquals(addr[0], "127.0.0.1");
  assert(Array.isArray(addr));
  assertEquals(`${addr}`, `('127.0.0.1', ${addr[1]})`);
});

test("a datagram longer than bufsize is cut and the rest discarded (I03)", async () => {
  using a = U(), b = U();
  b.settimeout(0.2);
  await a.sendto(enc("hello world"), b.getsockname());
  assertEquals(dec((await b.recvfrom(5))[0]), "hello");
  const e = await assertRejects(() => b.recv(100), socket.timeout);
  assertEquals(String(e), "timed out");
});

test("recv() with MSG_TRUNC reports the datagram's real length (I04)", async () => {
  using a = U(), b = U();
  await a.sendto(enc("hello world"), b.getsockname());
  const data = await b.recv(5, socket.MSG_TRUNC);
  assertEquals(data.length, 11);
  assertEquals(dec(data.subarray(0, 5)), "hello");
});

test("recvfrom_into() with MSG_TRUNC returns the real length", async () => {
  using a = U(), b = U();
  await a.sendto(enc("hello world"), b.getsockname());
  const buf = new Uint8Array(3);
  assertEquals((await b.recvfrom_into(buf, 0, socket.MSG_TRUNC))[0], 11);
  assertEquals(dec(buf), "hel");
});

test("an empty datagram is delivered as b'' (I05)", async () => {
  using a = U(), b = U();
  assertEquals(await a.sendto(new Uint8Array(0), b.getsockname()), 0);
  assertEquals((await b.recvfrom(10))[0].length, 0);
});

test("connect() sets the default peer for send() (I06)", async () => {
  using a = U(), b = U();
  await a.connect(b.getsockname());
  assertEquals(await a.send(enc("conn")), 4);
  assertEquals(dec((await b.recvfrom(10))[0]), "conn");
  assertEquals(a.getpeername(), b.getsockname());
});

test("send() without a peer is EDESTADDRREQ (I07)", async () => {
  using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  const e = await assertRejects(() => s.send(enc("x")), socket.OSError);
  assertEquals(e.errno, 89);
  assertEquals(String(e), "[Errno 89] Destination address required");
});

test("sendall() on a connected socket sends one datagram", async () => {
  using a = U(), b = U();
  await a.connect(b.getsockname());
  await a.sendall(enc("whole"));
  assertEquals(dec(await b.recv(100)), "whole");
});

test("recv() on an unbound socket times out (I08)", async () => {
  using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  s.settimeout(0.2);
  const e = await assertRejects(() => s.recv(10), socket.timeout);
  assertEquals(e.errno, null);
  assertEquals(e.message, "timed out");
});

test("an unbound socket receives once a sendto has bound it", async () => {
  using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM), b = U();
  const reply = a.recvfrom(10);
  await a.sendto(enc("ping"), b.getsockname());
  const [, from] = await b.recvfrom(10);
  await b.sendto(enc("pong"), ["127.0.0.1", from[1]]);
  assertEquals(dec((await reply)[0]), "pong");
});

test("sendto() checks the port range (I11)", async () => {
  using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  const e = await assertRejects(
    () => s.sendto(enc("x"), ["127.0.0.1", 70000]),
    socket.OverflowError,
  );
  assertEquals(e.message, "sendto(): port must be 0-65535.");
});

test("sendto(data, flags, address) takes flags in the middle (I12)", async () => {
  using a = U(), b = U();
  assertEquals(await a.sendto(enc("x"), 0, b.getsockname()), 1);
  assertEquals(dec(await b.recv(10)), "x");
});

test("a datagram over 65507 bytes is EMSGSIZE (I14)", async () => {
  using a = U(), b = U();
  const e = await assertRejects(
    () => a.sendto(new Uint8Array(70000), b.getsockname()),
    socket.OSError,
  );
  assertEquals(String(e), "[Errno 90] Message too long");
});

test("the largest IPv4 datagram, 65507 bytes, arrives whole", async () => {
  using a = U(), b = U();
  const big = new Uint8Array(65507).map((_, i) => i & 0xff);
  assertEquals(await a.sendto(big, b.getsockname()), 65507);
  assertEquals(await b.recv(70000), big);
});

test("sendto() with a str is TypeError (I15)", async () => {
  using a = U(), b = U();
  const e = await assertRejects(
    () => a.sendto("str" as unknown as Uint8Array, b.getsockname()),
    TypeError,
  );
  assertEquals(e.message, "a bytes-like object is required, not 'str'");
});

test("recvfrom_into() fills the buffer and cuts the datagram (I16)", async () => {
  using a = U(), b = U();
  await a.sendto(enc("hello"), b.getsockname());
  const buf = new Uint8Array(3);
  const [n, addr] = await b.recvfrom_into(buf);
  assertEquals([n, dec(buf)], [3, "hel"]);
  assertEquals(addr, a.getsockname());
});

test("recvfrom_into() with nbytes receives at most nbytes", async () => {
  using a = U(), b = U();
  await a.sendto(enc("hello"), b.getsockname());
  const buf = new Uint8Array(10);
  assertEquals((await b.recvfrom_into(buf, 2))[0], 2);
  assertEquals(dec(buf.subarray(0, 2)), "he");
  assertEquals(buf[2], 0);
});

test("the first sendto() binds the wildcard address and a port (I17)", async () => {
  using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM), b = U();
  assertEquals(u.getsockname(), ["0.0.0.0", 0]);
  await u.sendto(enc("x"), b.getsockname());
  const [host, port] = u.getsockname();
  assertEquals(host, "0.0.0.0");
  assert(port > 0);
  assertEquals((await b.recvfrom(10))[1], ["127.0.0.1", port]);
});

test("getpeername() without a peer is ENOTCONN (I18)", () => {
  using s = U();
  const e = assertThrows(() => s.getpeername(), socket.OSError);
  assertEquals(String(e), "[Errno 107] Transport endpoint is not connected");
});

test("connect() binds a loopback source for a loopback peer (I19)", async () => {
  using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  await u.connect(["127.0.0.1", 9]);
  assertEquals(u.getpeername(), ["127.0.0.1", 9]);
  assertEquals(u.getsockname()[0], "127.0.0.1");
});

test("recv(0) returns b'' at once and consumes nothing (I20)", async () => {
  using a = U(), b = U();
  await a.sendto(enc("abc"), b.getsockname());
  assertEquals((await b.recv(0)).length, 0);
  b.settimeout(0.5);
  assertEquals(dec(await b.recv(10)), "abc");
});

test("recv(0) on an empty socket does not wait", async () => {
  using b = U();
  assertEquals((await b.recv(0)).length, 0);
  assertEquals(await b.recv_into(new Uint8Array(0)), 0);
});

test("recvfrom(0) waits and consumes the datagram", async () => {
  using a = U(), b = U();
  b.settimeout(0.5);
  await a.sendto(enc("abc"), b.getsockname());
  await a.sendto(enc("def"), b.getsockname());
  const [data, addr] = await b.recvfrom(0);
  assertEquals([data.length, addr], [0, a.getsockname()]);
  assertEquals(dec(await b.recv(10)), "def");
});

test("an IPv6 literal on an AF_INET socket is gaierror -9 (I21)", async () => {
  using a = U();
  const e = await assertRejects(
    () => a.sendto(enc("x"), ["::1", 9]),
    socket.gaierror,
  );
  assertEquals(
    String(e),
    "[Errno -9] Address family for hostname not supported",
  );
});

test("a 1-tuple address is TypeError (I22)", async () => {
  using a = U();
  const e = await assertRejects(
    () => a.sendto(enc("x"), ["127.0.0.1"] as unknown as socket.Address),
    TypeError,
  );
  assertEquals(e.message, "AF_INET address must be a pair (host, port)");
});

test("accept() and listen() are EOPNOTSUPP (I23)", async () => {
  using a = U();
  const e = await assertRejects(() => a.accept(), socket.OSError);
  assertEquals(String(e), "[Errno 95] Operation not supported");
  assertEquals(assertThrows(() => a.listen(), socket.OSError).errno, 95);
});

test("sendto() works on a connected socket (I24)", async () => {
  using a = U(), b = U();
  await a.connect(b.getsockname());
  assertEquals(await a.sendto(enc("x"), b.getsockname()), 1);
  assertEquals(dec(await b.recv(10)), "x");
});

test("connect() again changes the peer (I25)", async () => {
  using a = U(), b = U();
  await a.connect(b.getsockname());
  await a.connect(["127.0.0.1", 9]);
  assertEquals(a.getpeername(), ["127.0.0.1", 9]);
});

test("datagrams arrive one per recv, in order (I26)", async () => {
  using a = U(), b = U();
  for (let i = 0; i < 3; i++) {
    await a.sendto(new Uint8Array([i]), b.getsockname());
  }
  const got = [];
  for (let i = 0; i < 3; i++) got.push([...await b.recv(10)]);
  assertEquals(got, [[0], [1], [2]]);
});

test("sendto() follows its address each call, even one changed in place", async () => {
  using a = U(), b = U(), c = U();
  const to: socket.InetAddress = [...b.getsockname()];
  await a.sendto(enc("1"), to);
  to[1] = c.getsockname()[1];
  await a.sendto(enc("2"), to);
  await a.sendto(enc("3"), b.getsockname());
  assertEquals([
    dec(await b.recv(10)),
    dec(await c.recv(10)),
    dec(await b.recv(10)),
  ], [
    "1",
    "2",
    "3",
  ]);
});

test("recvfrom(-1) is ValueError (I27)", async () => {
  using a = U(), b = U();
  await a.sendto(enc("x"), b.getsockname());
  const e = await assertRejects(() => b.recvfrom(-1), socket.ValueError);
  assertEquals(e.message, "negative buffersize in recvfrom");
});

test("sendto() a name from /etc/hosts resolves it", async () => {
  using a = U(), b = U();
  const port = b.getsockname()[1];
  assertEquals(await a.sendto(enc("named"), ["localhost", port]), 5);
  assertEquals(dec(await b.recv(10)), "named");
});

test("SO_BROADCAST reads back as set (I29)", () => {
  using a = U();
  assertEquals(a.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST), 0);
  a.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 5);
  assertEquals(a.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST), 1);
});

test("sendto() the broadcast address without SO_BROADCAST is EACCES", async () => {
  using u = U();
  const e = await assertRejects(
    () => u.sendto(enc("x"), ["<broadcast>", 9]),
    socket.PermissionError,
  );
  assertEquals(String(e), "[Errno 13] Permission denied");
});

test("UDP's buffer sizes start at Linux's 212992", () => {
  using u = U();
  assertEquals(u.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF), 212992);
  assertEquals(u.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF), 212992);
  assertEquals(
    u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE),
    socket.SOCK_DGRAM,
  );
  assertEquals(u.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL), 17);
});

test("IP_TTL and IP_MULTICAST_TTL keep Linux's ranges", () => {
  using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL), 64);
  assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL), 1);
  assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP), 1);
  for (const bad of [0, 256]) {
    const e = assertThrows(
      () => u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, bad),
      socket.OSError,
    );
    assertEquals(e.errno, 22);
  }
  u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 255);
  assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL), 255);
  u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, -1);
  assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL), 64);
  u.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 0);
  assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL), 0);
  u.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 2);
  assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP), 1);
});

test("IP_TTL set before bind() is honoured", async () => {
  using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM), b = U();
  a.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 7);
  a.bind(["127.0.0.1", 0]);
  assertEquals(a.getsockopt(socket.IPPROTO_IP, socket.IP_TTL), 7);
  await a.sendto(enc("ttl"), b.getsockname());
  assertEquals(dec(await b.recv(10)), "ttl");
});

test("IP_TTL after bind() is set, or ENOPROTOOPT where the backend cannot", () => {
  using u = U();
  if (BACKEND !== "Deno.listenDatagram") {
    u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 9);
    assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL), 9);
  } else {
    const e = assertThrows(
      () => u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 9),
      socket.OSError,
    );
    assertEquals(e.errno, 92);
    assertEquals(u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL), 64);
  }
});

test("an unknown option is ENOPROTOOPT, SO_ERROR is 0", () => {
  using u = U();
  const e = assertThrows(
    () => u.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1),
    socket.OSError,
  );
  assertEquals(String(e), "[Errno 92] Protocol not available");
  assertEquals(u.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), 0);
  assertEquals(u.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), 0);
});

test("a connected socket receives only its peer's datagrams", async () => {
  using a = U(), b = U(), c = U();
  a.settimeout(1);
  await a.connect(b.getsockname());
  await c.sendto(enc("from c"), a.getsockname());
  await b.sendto(enc("from b"), a.getsockname());
  assertEquals(dec(await a.recv(10)), "from b");
  a.settimeout(0.1);
  await assertRejects(() => a.recv(10), socket.timeout);
});

test("a connected socket's timeout covers the whole call, despite other peers", async () => {
  using a = U(), b = U(), c = U();
  await a.connect(b.getsockname());
  a.settimeout(0.3);
  let flooding = true;
  const flood = (async () => {
    for (let i = 0; i < 30 && flooding; i++) {
      await c.sendto(enc("noise"), a.getsockname());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const start = performance.now();
  await assertRejects(() => a.recv(10), socket.timeout);
  const elapsed = performance.now() - start;
  flooding = false;
  await flood;
  assert(elapsed < 1200, `${elapsed} ms`);
});

test("a recvfrom() that times out loses no datagram", async () => {
  using a = U(), b = U();
  b.settimeout(0.05);
  await assertRejects(() => b.recvfrom(10), socket.timeout);
  for (let i = 0; i < 3; i++) {
    await a.sendto(new Uint8Array([i]), b.getsockname());
  }
  b.settimeout(1);
  for (let i = 0; i < 3; i++) assertEquals([...(await b.recvfrom(10))[0]], [i]);
});

test("non-blocking recv() is BlockingIOError 11, then gets the datagram", async () => {
  using a = U(), b = U();
  b.setblocking(false);
  const start = performance.now();
  const e = await assertRejects(() => b.recv(10), socket.BlockingIOError);
  assertEquals(String(e), "[Errno 11] Resource temporarily unavailable");
  assert(performance.now() - start < 500);
  await a.sendto(enc("now"), b.getsockname());
  let data: Uint8Array | null = null;
  for (let i = 0; i < 100 && data === null; i++) {
    try {
      data = await b.recv(10);
    } catch (e) {
      if (!(e instanceof socket.BlockingIOError)) throw e;
    }
  }
  assertEquals(dec(data!), "now");
});

test("MSG_DONTWAIT makes one recv() non-blocking", async () => {
  using b = U();
  await assertRejects(
    () => b.recv(10, socket.MSG_DONTWAIT),
    socket.BlockingIOError,
  );
});

test("MSG_PEEK leaves the datagram for the next recv()", async () => {
  using a = U(), b = U();
  await a.sendto(enc("hello"), b.getsockname());
  assertEquals(dec(await b.recv(3, socket.MSG_PEEK)), "hel");
  assertEquals(dec(await b.recv(10)), "hello");
});

test("close() settles a pending recvfrom() with EBADF", async () => {
  const b = U();
  const pending = b.recvfrom(10);
  b.close();
  const e = await assertRejects(() => pending, socket.OSError);
  assertEquals(e.errno, 9);
});

test("a closed socket's calls are EBADF", async () => {
  const s = U();
  s.close();
  assertEquals(assertThrows(() => s.getsockname(), socket.OSError).errno, 9);
  assertEquals((await assertRejects(() => s.recv(1), socket.OSError)).errno, 9);
  // CPython answers recv(0) with b'' before looking at the socket.
  assertEquals(await s.recv(0), new Uint8Array(0));
  assertEquals(
    (await assertRejects(
      () => s.sendto(enc("x"), ["127.0.0.1", 9]),
      socket.OSError,
    ))
      .errno,
    9,
  );
});

test("bind() twice is EINVAL; a port in use is EADDRINUSE", () => {
  using a = U(), b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  assertEquals(
    assertThrows(() => a.bind(["127.0.0.1", 0]), socket.OSError).errno,
    22,
  );
  const e = assertThrows(() => b.bind(a.getsockname()), socket.OSError);
  assertEquals(String(e), "[Errno 98] Address already in use");
});

test("shutdown() without a peer is ENOTCONN", () => {
  using u = U();
  assertEquals(
    assertThrows(() => u.shutdown(socket.SHUT_RDWR), socket.OSError).errno,
    107,
  );
});

test("memory is bounded: datagrams beyond the receive buffer are dropped", async () => {
  using a = U(), b = U();
  const datagram = new Uint8Array(1000);
  for (let i = 0; i < 1000; i++) await a.sendto(datagram, b.getsockname());
  b.settimeout(0.2);
  let count = 0;
  try {
    for (; count < 1000; count++) await b.recv(2000);
  } catch (e) {
    if (!(e instanceof socket.timeout)) throw e;
  }
  assert(count > 0 && count < 1000, `received ${count}`);
});

test("empty datagrams count against the receive buffer too", async () => {
  using a = U(), b = U();
  for (let i = 0; i < 2000; i++) {
    await a.sendto(new Uint8Array(0), b.getsockname());
  }
  b.settimeout(0.2);
  let count = 0;
  try {
    for (; count < 2000; count++) await b.recv(10);
  } catch (e) {
    if (!(e instanceof socket.timeout)) throw e;
  }
  assert(count > 0 && count < 2000, `received ${count}`);
});

test("non-blocking recv() on an unbound socket is BlockingIOError", async () => {
  using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  s.setblocking(false);
  for (let i = 0; i < 3; i++) {
    await assertRejects(() => s.recv(10), socket.BlockingIOError);
  }
});

test("concurrent recvfrom() calls each get one datagram", async () => {
  using a = U(), b = U();
  const first = b.recvfrom(10);
  const second = b.recvfrom(10);
  await a.sendto(enc("1"), b.getsockname());
  await a.sendto(enc("2"), b.getsockname());
  assertEquals([dec((await first)[0]), dec((await second)[0])], ["1", "2"]);
});

test("IPv6: recvfrom() gives a 4-tuple sender (K15)", async () => {
  using a = U(socket.AF_INET6), b = U(socket.AF_INET6);
  const [host, port] = b.getsockname();
  await a.sendto(enc("v6"), [host, port]);
  const [data, addr] = await b.recvfrom(10);
  assertEquals(dec(data), "v6");
  assertEquals(addr, ["::1", a.getsockname()[1], 0, 0]);
  assertEquals(`${addr}`, `('::1', ${addr[1]}, 0, 0)`);
});

test("IPv6: an IPv4 literal is gaierror -9", async () => {
  using a = U(socket.AF_INET6);
  const e = await assertRejects(
    () => a.sendto(enc("x"), ["127.0.0.1", 9]),
    socket.gaierror,
  );
  assertEquals(e.errno, -9);
});

test("IPv6: a connected socket filters by peer", async () => {
  using a = U(socket.AF_INET6), b = U(socket.AF_INET6), c = U(socket.AF_INET6);
  await a.connect(b.getsockname());
  await c.sendto(enc("c"), a.getsockname());
  await b.sendto(enc("b"), a.getsockname());
  assertEquals(dec(await a.recv(10)), "b");
});

// ---- interop with CPython -------------------------------------------------

const COUNT = 10_000;

function randomDatagrams(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < COUNT; i++) {
    const d = new Uint8Array(Math.floor(Math.random() * 1401));
    crypto.getRandomValues(d);
    out.push(d);
  }
  return out;
}

test("interop: 10,000 random datagrams echoed by a python3 peer", async () => {
  const peer = python(`
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
s.settimeout(10)
print(s.getsockname()[1], flush=True)
for _ in range(${COUNT}):
    data, addr = s.recvfrom(2048)
    s.sendto(data, addr)
`);
  await peer.stdin.close();
  const line = lineReader(peer.stdout);
  using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  u.settimeout(5);
  const server: socket.Address = ["127.0.0.1", Number(await line())];
  for (const datagram of randomDatagrams()) {
    assertEquals(await u.sendto(datagram, server), datagram.length);
    const [echo, from] = await u.recvfrom(2048);
    assertEquals(echo, datagram);
    assertEquals(from, server);
  }
  assertEquals(await line(), "");
  assertEquals((await peer.status).code, 0);
});

test("interop: a python3 client checks 10,000 datagrams echoed by us", async () => {
  using srv = U();
  srv.settimeout(10);
  const port = srv.getsockname()[1];
  const peer = python(`
import socket, os, random
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(5)
print("ready", flush=True)
bad = 0
for _ in range(${COUNT}):
    d = os.urandom(random.randint(0, 1400))
    c.sendto(d, ("127.0.0.1", ${port}))
    echo, addr = c.recvfrom(2048)
    bad += echo != d or addr != ("127.0.0.1", ${port})
print("bad", bad, flush=True)
`);
  await peer.stdin.close();
  const line = lineReader(peer.stdout);
  assertEquals(await line(), "ready");
  for (let i = 0; i < COUNT; i++) {
    const [data, addr] = await srv.recvfrom(2048);
    await srv.sendto(data, addr);
  }
  assertEquals(await line(), "bad 0");
  assertEquals(await line(), "");
  assertEquals((await peer.status).code, 0);
});

// ---- the examples and permissions, in child processes ---------------------

const UNSTABLE_FLAGS = "listenDatagram" in Deno ? ["--unstable-net"] : [];

/** `deno run` with this run's unstable flags. */
function denoRun(args: string[]): Deno.Command {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", ...UNSTABLE_FLAGS, ...args],
    stdout: "piped",
    stderr: "inherit",
  });
}

test("examples: the UDP echo client gets its echo from the server", async () => {
  // On the entry under test (--ffi under PYSOCKET_ENTRY=ffi).
  const example = (name: string, args: string[]) =>
    new Deno.Command(Deno.execPath(), {
      args: exampleArgs(name, args, ["--no-prompt", ...UNSTABLE_FLAGS, "-N"]),
      cwd: new URL("..", import.meta.url).pathname,
      stdout: "piped",
      stderr: "inherit",
    });
  const server = example("udp_echo_server.ts", [
    "--port",
    "0",
    "--count",
    "1",
  ]).spawn();
  const line = lineReader(server.stdout);
  const listening = await line();
  const port = /, (\d+)\)$/.exec(listening)?.[1] ?? "";
  assert(port !== "", listening);
  const client = await example("udp_echo_client.ts", [
    "--port",
    port,
    "hi there",
  ]).output();
  assertEquals(dec(client.stdout).split(" from ")[0], "Received b'hi there'");
  assert((await line()).startsWith("8 bytes from "));
  assertEquals(await line(), "");
  assertEquals((await server.status).code, 0);
});

test("without --allow-net, bind() is PermissionError naming the flag", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    const script = `${dir}/noperm.ts`;
    Deno.writeTextFileSync(
      script,
      `import * as socket from ${
        JSON.stringify(new URL("../mod.ts", import.meta.url).href)
      };
const s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
try { s.bind(["127.0.0.1", 0]); } catch (e) { console.log((e as Error).name, String(e)); }`,
    );
    const out = dec((await denoRun([script]).output()).stdout);
    assert(out.startsWith("PermissionError [Errno 13]"), out);
    assert(out.includes("--allow-net"), out);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
