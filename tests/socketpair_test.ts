// socketpair(), checked against CPython's rows J14, J24, N20 and N21.
// SOCK_DGRAM pairs need --unstable-net:
//   deno test -A tests/socketpair_test.ts
//   deno test -A --unstable-net tests/socketpair_test.ts

import * as socket from "./_entry.ts";
import { assert, assertEquals, assertRejects } from "./_assert.ts";
import { withDeadline } from "./_helpers.ts";

// Datagram AF_UNIX sockets: the native entry needs no unstable flag.
const UNSTABLE = socket.NATIVE || "listenDatagram" in Deno;
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function test(
  name: string,
  fn: () => Promise<void>,
  ignore = false,
): void {
  Deno.test({ name, ignore, fn: () => withDeadline(10_000, fn) });
}

/**
 * Runs `fn` with TMPDIR pointing at a private directory, and returns what
 * socketpair() left there while `fn` ran and after.
 */
async function inPrivateTmp(
  fn: (entries: () => string[]) => Promise<void>,
): Promise<void> {
  const dir = Deno.makeTempDirSync({ prefix: "pysocket-pair-test-" });
  const saved = Deno.env.get("TMPDIR");
  Deno.env.set("TMPDIR", dir);
  try {
    await fn(() => [...Deno.readDirSync(dir)].map((e) => e.name));
  } finally {
    if (saved === undefined) Deno.env.delete("TMPDIR");
    else Deno.env.set("TMPDIR", saved);
    Deno.removeSync(dir, { recursive: true });
  }
}

test("socketpair() gives two connected AF_UNIX stream sockets (N20)", async () => {
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  await a.sendall(enc("ping"));
  assertEquals(dec(await b.recv(10)), "ping");
  assertEquals([a.family, b.family, a.type], [
    socket.AF_UNIX,
    socket.AF_UNIX,
    socket.SOCK_STREAM,
  ]);
});

test("the ends are unnamed, as Linux's (J14)", async () => {
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  assertEquals([a.family, a.type, a.proto], [
    socket.AF_UNIX,
    socket.SOCK_STREAM,
    0,
  ]);
  assertEquals([a.getsockname(), a.getpeername()], ["", ""]);
  assertEquals([b.getsockname(), b.getpeername()], ["", ""]);
  assertEquals(
    String(a),
    `<socket.socket fd=${a.fileno()}, family=1, type=1, proto=0>`,
  );
});

test("recvfrom() on a pair gives the address None", async () => {
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  await a.send(enc("x"));
  assertEquals((await b.recvfrom(10))[1], null);
});

test("closing one end gives EOF at the other", async () => {
  const [a, b] = await socket.socketpair();
  using _b = b;
  a.close();
  assertEquals((await b.recv(10)).length, 0);
});

test("a stream pair leaves no file or listener behind", async () => {
  await inPrivateTmp(async (entries) => {
    const [a, b] = await socket.socketpair();
    assertEquals(entries(), []);
    a.close();
    b.close();
  });
});

test("AF_INET and AF_INET6 are EOPNOTSUPP (N21)", async () => {
  for (const family of [socket.AF_INET, socket.AF_INET6]) {
    const e = await assertRejects(
      () => socket.socketpair(family),
      socket.OSError,
    );
    assertEquals(String(e), "[Errno 95] Operation not supported");
  }
});

test("another family is EAFNOSUPPORT, a protocol EPROTONOSUPPORT", async () => {
  assertEquals(
    (await assertRejects(() => socket.socketpair(99), socket.OSError)).errno,
    97,
  );
  assertEquals(
    (await assertRejects(
      () => socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM, 5),
      socket.OSError,
    ))
      .errno,
    93,
  );
});

test("SOCK_NONBLOCK gives non-blocking ends", async () => {
  const [a, b] = await socket.socketpair(
    socket.AF_UNIX,
    socket.SOCK_STREAM | socket.SOCK_NONBLOCK,
  );
  using _a = a, _b = b;
  assertEquals([a.gettimeout(), a.type], [0, socket.SOCK_STREAM]);
  await assertRejects(() => b.recv(1), socket.BlockingIOError);
});

test(
  "SOCK_DGRAM without --unstable-net is OSError 94 naming the flag",
  async () => {
    const e = await assertRejects(
      () => socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM),
      socket.OSError,
    );
    assertEquals(e.errno, 94);
    assert(e.message.includes("--unstable-net"));
  },
  UNSTABLE,
);

test("a SOCK_DGRAM pair delivers empty datagrams (J24)", async () => {
  const [a, b] = await socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM);
  using _a = a, _b = b;
  assertEquals(await a.send(new Uint8Array(0)), 0);
  assertEquals([(await b.recv(10)).length, a.type], [0, socket.SOCK_DGRAM]);
}, !UNSTABLE);

test("a SOCK_DGRAM pair keeps boundaries both ways, from None", async () => {
  const [a, b] = await socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM);
  using _a = a, _b = b;
  await a.send(enc("one"));
  await a.send(enc("two"));
  await b.send(enc("back"));
  assertEquals(dec(await b.recv(10)), "one");
  assertEquals(await b.recvfrom(10), [enc("two"), null]);
  assertEquals(dec(await a.recv(10)), "back");
  assertEquals([a.getsockname(), b.getpeername()], ["", ""]);
}, !UNSTABLE);

test("closing both ends of a SOCK_DGRAM pair removes its files", async () => {
  await inPrivateTmp(async (entries) => {
    const [a, b] = await socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM);
    a.close();
    // The native entry's pair is socketpair(2)'s: it never had files.
    assertEquals(entries().length, socket.NATIVE ? 0 : 1);
    b.close();
    assertEquals(entries(), []);
  });
}, !UNSTABLE);
