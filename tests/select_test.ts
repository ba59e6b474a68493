// select.select(): Python's argument checks and messages, and readiness
// through the three lists.

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "./_entry.ts";
import {
  encode,
  listener,
  rejected,
  tcpPair,
  withDeadline,
} from "./_select_helpers.ts";

Deno.test("select() returns [r, w, x] in list order, with repeats", async () => {
  await withDeadline(5000, async () => {
    using s = socket.socket();
    s.bind(["127.0.0.1", 0]);
    // Linux: a bound socket that is not listening polls readable and writable.
    const [r, w, x] = await socket.select([s, s], [s], [s], 0);
    assertEquals([r, w, x], [[s, s], [s], []]);
  });
});

Deno.test("select() with a timeout and nothing ready resolves to three empty lists", async () => {
  await withDeadline(5000, async () => {
    using srv = listener();
    const t0 = performance.now();
    assertEquals(await socket.select([srv], [srv], [], 0.1), [[], [], []]);
    assert(performance.now() - t0 >= 90);
  });
});

Deno.test("select() sees data sent while it waits", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    const waiting = socket.select([a], [], [], null);
    await c.sendall(encode("hi"));
    assertEquals(await waiting, [[a], [], []]);
    assertEquals(await a.recv(10), encode("hi"));
  });
});

Deno.test("select() reports a closed peer as readable; recv(1) is b'' (TCPCloserTest)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    c.close();
    assertEquals(await socket.select([a], [], [], 2), [[a], [], []]);
    assertEquals((await a.recv(1)).length, 0);
    a.close();
    a.close();
  });
});

Deno.test("select() on a listening socket: readable once a client connects, never writable", async () => {
  await withDeadline(5000, async () => {
    using srv = listener();
    using c = socket.socket();
    c.setblocking(false);
    assertEquals(await c.connect_ex(srv.getsockname()), 115);
    const [r, w] = await socket.select([srv], [srv, c], [], 2);
    assertEquals(r, [srv]);
    assert(!w.includes(srv));
    const [conn] = await srv.accept();
    conn.close();
  });
});

Deno.test("select() rejects bad arguments with Python's messages", async () => {
  using s = socket.socket();
  const closed = socket.socket();
  closed.close();
  const cases: [
    () => Promise<unknown>,
    new (message: string) => Error,
    string,
  ][] = [
    [
      () => socket.select([s], [], [], -1),
      socket.ValueError,
      "timeout must be non-negative",
    ],
    [
      () => socket.select([s], [], [], NaN),
      socket.ValueError,
      "Invalid value NaN (not a number)",
    ],
    [
      () => socket.select([s], [], [], Infinity),
      socket.OverflowError,
      "timestamp out of range for platform time_t",
    ],
    [
      () => socket.select([s], [], [], "1" as unknown as number),
      TypeError,
      "timeout must be a float or None",
    ],
    [
      () => socket.select(5 as unknown as [], [], [], 0),
      TypeError,
      "arguments 1-3 must be sequences",
    ],
    [
      () => socket.select([{} as socket.Socket], [], [], 0),
      TypeError,
      "argument must be an int, or have a fileno() method.",
    ],
    [
      () => socket.select([closed], [], [], 0),
      socket.ValueError,
      "file descriptor cannot be a negative integer (-1)",
    ],
  ];
  for (const [call, Class, message] of cases) {
    const e = await rejected(call);
    assertInstanceOf(e, Class);
    assertEquals((e as Error).message, message);
  }
});

Deno.test("setblocking/settimeout matrix (test_socket testSetBlocking)", () => {
  using s = socket.socket();
  const state = () => [s.gettimeout(), s.getblocking()];
  s.setblocking(true);
  assertEquals(state(), [null, true]);
  s.setblocking(false);
  assertEquals(state(), [0, false]);
  s.settimeout(1);
  assertEquals(state(), [1, true]);
  s.settimeout(0);
  assertEquals(state(), [0, false]);
  s.settimeout(null);
  assertEquals(state(), [null, true]);
});

Deno.test("non-blocking accept: BlockingIOError at once, then after select() it succeeds with timeout None (testAccept)", async () => {
  await withDeadline(5000, async () => {
    using srv = listener();
    srv.setblocking(false);
    const t0 = performance.now();
    assertInstanceOf(
      await rejected(() => srv.accept()),
      socket.BlockingIOError,
    );
    assert(performance.now() - t0 < 1000);
    using c = socket.socket();
    await c.connect(srv.getsockname());
    assertEquals(await socket.select([srv], [], [], 2), [[srv], [], []]);
    const [conn] = await srv.accept();
    using _conn = conn;
    assertEquals(conn.gettimeout(), null);
  });
});

Deno.test("non-blocking recv: BlockingIOError at once, then after select() it returns the data (testRecv)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    a.setblocking(false);
    assertInstanceOf(await rejected(() => a.recv(10)), socket.BlockingIOError);
    await c.sendall(encode("data"));
    assertEquals(await socket.select([a], [], [], 2), [[a], [], []]);
    assertEquals(await a.recv(10), encode("data"));
  });
});

Deno.test("an accepted socket takes getdefaulttimeout(), not the listener's timeout (testInheritFlagsTimeout)", async () => {
  await withDeadline(5000, async () => {
    socket.setdefaulttimeout(4);
    try {
      using srv = listener();
      srv.settimeout(0);
      using c = socket.socket();
      c.settimeout(null);
      await c.connect(srv.getsockname());
      await socket.select([srv], [], [], 2);
      const [conn] = await srv.accept();
      using _conn = conn;
      assertEquals(conn.gettimeout(), 4);
    } finally {
      socket.setdefaulttimeout(null);
    }
  });
});

Deno.test("DefaultSelector.select() rejects NaN and infinite timeouts as Python does", () =>
  withDeadline(5_000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    using sel = new socket.DefaultSelector();
    sel.register(a, socket.EVENT_READ);
    const cases: [number, new (message: string) => Error, string][] = [
      [NaN, socket.ValueError, "cannot convert float NaN to integer"],
      [
        Infinity,
        socket.OverflowError,
        "cannot convert float infinity to integer",
      ],
      [
        1e300,
        socket.OverflowError,
        "timestamp out of range for platform time_t",
      ],
    ];
    for (const [timeout, Class, message] of cases) {
      const e = await rejected(() => sel.select(timeout));
      assertInstanceOf(e, Class);
      assertEquals((e as Error).message, message);
    }
    assertEquals(await sel.select(-1), []);
  }));
