// selectors.DefaultSelector: Python's API and messages, and each readiness
// rule of issue 5 on real loopback sockets.

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "./_entry.ts";
import {
  encode,
  firstLine,
  listener,
  portOf,
  python,
  refusedPort,
  rejected,
  tcpPair,
  thrown,
  withDeadline,
} from "./_select_helpers.ts";

const { EVENT_READ, EVENT_WRITE } = socket;

Deno.test("register() returns a SelectorKey with fileobj, fd, events, data", () => {
  using sel = new socket.DefaultSelector<string>();
  using s = socket.socket();
  const key = sel.register(s, EVENT_READ, "d");
  assertEquals(
    [key.fileobj, key.fd, key.events, key.data],
    [s, s.fileno(), EVENT_READ, "d"],
  );
  assertEquals(
    String(key),
    `SelectorKey(fileobj=${s}, fd=${s.fileno()}, events=1, data='d')`,
  );
});

Deno.test("register() twice raises KeyError with Python's message", () => {
  using sel = new socket.DefaultSelector();
  using s = socket.socket();
  s.bind(["127.0.0.1", 0]);
  sel.register(s, EVENT_READ);
  const e = thrown(() => sel.register(s, EVENT_WRITE));
  assertInstanceOf(e, socket.KeyError);
  // str(KeyError) is the repr of its text: double quotes around the
  // socket's repr, which holds single quotes.
  assertEquals(String(e), `"${s} (FD ${s.fileno()}) is already registered"`);
});

Deno.test("register() rejects invalid events and closed sockets with ValueError", () => {
  using sel = new socket.DefaultSelector();
  using s = socket.socket();
  const closed = socket.socket();
  closed.close();
  const cases: [() => unknown, string][] = [
    [() => sel.register(s, 0), "Invalid events: 0"],
    [() => sel.register(s, 4), "Invalid events: 4"],
    [() => sel.register(closed, EVENT_READ), "Invalid file descriptor: -1"],
    [
      () => sel.register("x" as unknown as socket.Socket, EVENT_READ),
      "Invalid file object: 'x'",
    ],
  ];
  for (const [call, message] of cases) {
    const e = thrown(call);
    assertInstanceOf(e, socket.ValueError);
    assertEquals(String(e), message);
  }
});

Deno.test("unregister() of an unknown socket raises KeyError; a closed one is found", () => {
  using sel = new socket.DefaultSelector();
  using other = socket.socket();
  const e = thrown(() => sel.unregister(other));
  assertInstanceOf(e, socket.KeyError);
  assertEquals(String(e), `"${other} is not registered"`);
  const s = socket.socket();
  sel.register(s, EVENT_READ);
  s.close();
  assertEquals(sel.unregister(s).fileobj, s);
  assertEquals(sel.get_map()?.size, 0);
});

Deno.test("modify() changes events or data and keeps the fd", () => {
  using sel = new socket.DefaultSelector<string>();
  using s = socket.socket();
  const first = sel.register(s, EVENT_READ, "a");
  const same = sel.modify(s, EVENT_READ, "a");
  assert(same === first);
  const data = sel.modify(s, EVENT_READ, "b");
  assertEquals([data.events, data.data], [EVENT_READ, "b"]);
  const events = sel.modify(s, EVENT_READ | EVENT_WRITE, "c");
  assertEquals([events.fd, events.events, events.data], [s.fileno(), 3, "c"]);
  assert(sel.get_key(s) === events);
  // As Python's epoll selector, modify() takes any events; 0 stops watching.
  assertEquals(sel.modify(s, 0).events, 0);
});

Deno.test("a closed selector: select() and register() raise, get_key() says it is closed", async () => {
  const sel = new socket.DefaultSelector();
  using s = socket.socket();
  sel.register(s, EVENT_READ);
  sel.close();
  assertEquals(sel.get_map(), null);
  const e = await rejected(() => sel.select(0));
  assertInstanceOf(e, socket.ValueError);
  assertEquals(String(e), "I/O operation on closed epoll object");
  assertEquals(
    String(thrown(() => sel.register(s, EVENT_READ))),
    "I/O operation on closed epoll object",
  );
  const closed = thrown(() => sel.get_key(s));
  assertInstanceOf(closed, socket.RuntimeError);
  assertEquals(String(closed), "Selector is closed");
  sel.close();
});

Deno.test("select(0) polls: an idle connected socket is writable, not readable", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    using sel = new socket.DefaultSelector();
    sel.register(a, EVENT_READ | EVENT_WRITE);
    const events = await sel.select(0);
    assertEquals(events.map(([k, m]) => [k.fileobj, m]), [[a, EVENT_WRITE]]);
  });
});

Deno.test("select(timeout) resolves with [] once the timeout passes", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    using sel = new socket.DefaultSelector();
    sel.register(a, EVENT_READ);
    const t0 = performance.now();
    assertEquals(await sel.select(0.2), []);
    const elapsed = performance.now() - t0;
    assert(elapsed >= 190 && elapsed < 1500, `took ${elapsed} ms`);
  });
});

Deno.test("readable when the buffer holds data, and recv() then returns it", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    using sel = new socket.DefaultSelector();
    sel.register(a, EVENT_READ);
    const waiting = sel.select(null);
    await c.sendall(encode("ping"));
    const events = await waiting;
    assertEquals(events.map(([k, m]) => [k.fileobj, m]), [[a, EVENT_READ]]);
    a.setblocking(false);
    assertEquals(await a.recv(10), encode("ping"));
  });
});

Deno.test("readable at EOF: recv() returns b'' (test_socket TCPCloserTest)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    using sel = new socket.DefaultSelector();
    sel.register(a, EVENT_READ);
    c.close();
    const events = await sel.select(2);
    assertEquals(events.length, 1);
    assertEquals((await a.recv(1)).length, 0);
  });
});

Deno.test("readable with a pending error: recv() raises ConnectionResetError", async () => {
  await withDeadline(10000, async () => {
    using srv = listener();
    // The peer closes with SO_LINGER 0, which sends an RST.
    await using child = python(
      `import socket, struct, sys
s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))
s.recv(1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
s.close()
print('closed')`,
      String(portOf(srv)),
    );
    const [conn] = await srv.accept();
    using _conn = conn;
    await conn.sendall(encode("g"));
    const [line, rest] = await firstLine(child);
    assertEquals(line, "closed");
    await rest;
    using sel = new socket.DefaultSelector();
    sel.register(conn, EVENT_READ);
    assertEquals((await sel.select(2)).length, 1);
    const e = await rejected(() => conn.recv(1));
    assertInstanceOf(e, socket.ConnectionResetError);
    assertEquals((e as socket.OSError).errno, 104);
    assertEquals((await child.status).code, 0);
  });
});

Deno.test("a listening socket is readable when a connection is queued", async () => {
  await withDeadline(5000, async () => {
    using srv = listener();
    srv.setblocking(false);
    using sel = new socket.DefaultSelector();
    sel.register(srv, EVENT_READ | EVENT_WRITE);
    assertEquals(await sel.select(0), []);
    using c = socket.socket();
    await c.connect(srv.getsockname());
    const events = await sel.select(2);
    assertEquals(events.map(([k, m]) => [k.fileobj, m]), [[srv, EVENT_READ]]);
    const [conn] = await srv.accept();
    conn.close();
  });
});

Deno.test("not writable while the send buffer is full; writable again once the peer reads", async () => {
  await withDeadline(10000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    c.setblocking(false);
    using sel = new socket.DefaultSelector();
    sel.register(c, EVENT_WRITE);
    // Send while the selector says writable: the kernel's buffers and then
    // the send queue fill, as Python's loop fills the kernel's (H18).
    let sent = 0;
    for (let i = 0; i < 10_000; i++) {
      if ((await sel.select(0)).length === 0) break;
      try {
        sent += await c.send(new Uint8Array(65536));
      } catch (e) {
        assertInstanceOf(e, socket.BlockingIOError);
      }
    }
    if (socket.NATIVE) {
      // Linux stops reporting POLLOUT while some space is left (a third of
      // the buffer): sends take bytes until the buffer is really full.
      for (let i = 0; i < 10_000; i++) {
        try {
          sent += await c.send(new Uint8Array(65536));
        } catch (e) {
          assertInstanceOf(e, socket.BlockingIOError);
          break;
        }
      }
    }
    assertEquals(await sel.select(0), []);
    const full = await rejected(() => c.send(new Uint8Array(1)));
    assertInstanceOf(full, socket.BlockingIOError);
    assertEquals(String(full), "[Errno 11] Resource temporarily unavailable");
    const writable = sel.select(5);
    let got = 0;
    while (got < sent) got += (await a.recv(65536)).length;
    assertEquals((await writable).map(([, m]) => m), [EVENT_WRITE]);
    assertEquals(got, sent);
  });
});

Deno.test("a non-blocking connect is writable when done; SO_ERROR 0, connect_ex 0 once (E08)", async () => {
  await withDeadline(5000, async () => {
    using srv = listener();
    using s = socket.socket();
    s.setblocking(false);
    const r1 = await s.connect_ex(srv.getsockname());
    using sel = new socket.DefaultSelector();
    sel.register(s, EVENT_WRITE);
    assertEquals((await sel.select(2)).map(([, m]) => m), [EVENT_WRITE]);
    assertEquals(
      [
        r1,
        s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
        await s.connect_ex(srv.getsockname()),
        await s.connect_ex(srv.getsockname()),
      ],
      [115, 0, 0, 106],
    );
    const [conn] = await srv.accept();
    conn.close();
  });
});

Deno.test("a refused non-blocking connect is writable; SO_ERROR says 111 once (E09)", async () => {
  await withDeadline(5000, async () => {
    using s = socket.socket();
    s.setblocking(false);
    const r1 = await s.connect_ex(["127.0.0.1", refusedPort()]);
    using sel = new socket.DefaultSelector();
    sel.register(s, EVENT_WRITE);
    assertEquals((await sel.select(2)).map(([, m]) => m), [EVENT_WRITE]);
    assertEquals(
      [
        r1,
        s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
        s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
      ],
      [115, 111, 0],
    );
  });
});

Deno.test("select() resolves as soon as one socket is ready, with every socket ready then", async () => {
  await withDeadline(5000, async () => {
    const [c1, a1] = await tcpPair();
    const [c2, a2] = await tcpPair();
    const [c3, a3] = await tcpPair();
    using _c1 = c1, _a1 = a1, _c2 = c2, _a2 = a2, _c3 = c3, _a3 = a3;
    using sel = new socket.DefaultSelector<number>();
    sel.register(a1, EVENT_READ, 1);
    sel.register(a2, EVENT_READ, 2);
    sel.register(a3, EVENT_READ, 3);
    await c1.sendall(encode("x"));
    await c3.sendall(encode("y"));
    // Both writes are on loopback before select looks.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const t0 = performance.now();
    const events = await sel.select(null);
    assert(performance.now() - t0 < 1000);
    assertEquals(events.map(([k]) => k.data).sort(), [1, 3]);
  });
});

Deno.test("a selector polled many times leaves no timers or ops behind", async () => {
  await withDeadline(10000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    using sel = new socket.DefaultSelector();
    sel.register(a, EVENT_READ);
    for (let i = 0; i < 1000; i++) assertEquals(await sel.select(0), []);
    for (let i = 0; i < 5; i++) assertEquals(await sel.select(0.01), []);
    await c.sendall(encode("z"));
    assertEquals((await sel.select(2)).length, 1);
  });
});

Deno.test("non-blocking sendall() raises BlockingIOError after a partial write (H19)", async () => {
  await withDeadline(10000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    c.setblocking(false);
    const e = await rejected(() => c.sendall(new Uint8Array(50_000_000)));
    assertInstanceOf(e, socket.BlockingIOError);
    assertEquals(String(e), "[Errno 11] Resource temporarily unavailable");
  });
});

async function resetPeer(
  body: (conn: socket.Socket) => Promise<void>,
): Promise<void> {
  using srv = listener();
  await using child = python(
    `import socket, struct, sys
s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))
s.recv(1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
s.close()
print('reset')`,
    String(portOf(srv)),
  );
  const [conn] = await srv.accept();
  using _conn = conn;
  await conn.sendall(encode("g"));
  const [line, rest] = await firstLine(child);
  assertEquals(line, "reset");
  await rest;
  assertEquals((await child.status).code, 0);
  conn.setblocking(false);
  await body(conn);
}

Deno.test("a background write error surfaces on the next send()", async () => {
  await withDeadline(10000, async () => {
    await resetPeer(async (conn) => {
      // The default engine queues the bytes and fails in the background;
      // the native engine's send() is the kernel's, which reports the reset
      // at once, as CPython's does (F31).
      if (!socket.NATIVE) {
        assertEquals(await conn.send(new Uint8Array(1024)), 1024);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const e = await rejected(() => conn.send(new Uint8Array(1)));
      assertInstanceOf(e, socket.OSError);
      assert([32, 104].includes((e as socket.OSError).errno ?? 0), String(e));
      // Then, as Linux after a reset, every send is a broken pipe.
      const again = await rejected(() => conn.send(new Uint8Array(1)));
      assertInstanceOf(again, socket.BrokenPipeError);
      assertEquals(String(again), "[Errno 32] Broken pipe");
    });
  });
});

Deno.test("a background write error is reported once by SO_ERROR", async () => {
  await withDeadline(10000, async () => {
    await resetPeer(async (conn) => {
      // The kernel holds the reset in SO_ERROR until a call reports it; the
      // default engine learns of it from its background write.
      if (!socket.NATIVE) {
        assertEquals(await conn.send(new Uint8Array(1024)), 1024);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const errno = conn.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR);
      assert([32, 104].includes(errno), `SO_ERROR ${errno}`);
      assertEquals(conn.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), 0);
      const e = await rejected(() => conn.send(new Uint8Array(1)));
      assertInstanceOf(e, socket.BrokenPipeError);
    });
  });
});
