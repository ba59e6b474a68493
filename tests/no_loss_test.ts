// No byte is lost, and success is never reported for bytes not sent (issue
// 11, part 3), on real loopback sockets.

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { listener, tcpPair, withDeadline } from "./_helpers.ts";

const { EVENT_READ, EVENT_WRITE } = socket;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RELEASED = "operation forbidden on released memoryview object";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}

// Non-blocking sends until the kernel's buffers and the send queue are
// full (a round after a pause takes nothing); the bytes send() took.
async function fill(sock: socket.Socket): Promise<number> {
  sock.setblocking(false);
  const chunk = new Uint8Array(65536).fill(7);
  let sent = 0;
  for (let round = 0; round < 2000; round++) {
    let took = 0;
    for (;;) {
      try {
        took += await sock.send(chunk);
      } catch (e) {
        assertInstanceOf(e, socket.BlockingIOError);
        break;
      }
    }
    if (took === 0) return sent;
    sent += took;
    await pause(10);
  }
  throw new Error("the send queue never filled");
}

async function drain(sock: socket.Socket): Promise<number> {
  let got = 0;
  for (;;) {
    const data = await sock.recv(1 << 20);
    if (data.length === 0) return got;
    got += data.length;
  }
}

for (const how of ["DefaultSelector", "select()"] as const) {
  Deno.test(`a socket watched by ${how}, its send queue full, unregistered and closed: the peer gets every byte send() took`, async () => {
    await withDeadline(30000, async () => {
      const [c, a] = await tcpPair();
      using _a = a;
      const sel = new socket.DefaultSelector();
      sel.register(c, EVENT_READ | EVENT_WRITE);
      // Both watches armed: a read in flight on c, and (once full) a wait
      // for room.
      await (how === "select()"
        ? socket.select([c], [c], [], 0)
        : sel.select(0));
      const sent = await fill(c);
      assert(sent > 0);
      await (how === "select()"
        ? socket.select([c], [c], [], 0)
        : sel.select(0));
      sel.unregister(c);
      sel.close();
      c.close();
      assertEquals(await drain(a), sent);
    });
  });
}

Deno.test("sendall() on a buffer transferred mid-call raises ValueError instead of resolving", async () => {
  await withDeadline(30000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    const buffer = new ArrayBuffer(64 << 20);
    const sending = c.sendall(new Uint8Array(buffer));
    // As below: the native engine's reader starts once the buffer is gone.
    let reading = socket.NATIVE ? null : drain(a);
    await pause(50);
    buffer.transfer();
    reading ??= drain(a);
    const e = await rejection(sending);
    assertInstanceOf(e, socket.ValueError);
    assertEquals(String(e), RELEASED);
    c.shutdown(socket.SHUT_WR);
    assert(await reading < 64 << 20, "not every byte went");
  });
});

Deno.test("sendall() on a resizable buffer shrunk mid-call raises ValueError; send() on one shrunk before its turn too", async () => {
  await withDeadline(30000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    const buffer = new ArrayBuffer(64 << 20, { maxByteLength: 64 << 20 });
    const sending = c.sendall(new Uint8Array(buffer));
    // Queued behind the sendall: its buffer shrinks before its write runs.
    const small = new ArrayBuffer(1024, { maxByteLength: 1024 });
    const queued = rejection(c.send(new Uint8Array(small)));
    small.resize(10);
    // Nobody reads yet, so the 64 MiB sendall is stalled on the kernel's
    // buffers when its buffer shrinks, however fast the machine.
    await pause(50);
    buffer.resize(1024);
    const reading = drain(a);
    for (const e of [await rejection(sending), await queued]) {
      assertInstanceOf(e, socket.ValueError);
      assertEquals(String(e), RELEASED);
    }
    c.shutdown(socket.SHUT_WR);
    await reading;
  });
});

Deno.test("recv_into() with a timeout whose target is transferred mid-call: ValueError, and the bytes wait for the next call", async () => {
  await withDeadline(10000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    c.settimeout(5);
    const buffer = new ArrayBuffer(16);
    const receiving = c.recv_into(new Uint8Array(buffer));
    await pause(20);
    buffer.transfer();
    await a.sendall(new TextEncoder().encode("kept"));
    const e = await rejection(receiving);
    assertInstanceOf(e, socket.ValueError);
    assertEquals(String(e), RELEASED);
    assertEquals(new TextDecoder().decode(await c.recv(16)), "kept");
  });
});

Deno.test("recvfrom_into() with a timeout whose target is transferred mid-call: ValueError, the datagram waits", async () => {
  await withDeadline(10000, async () => {
    using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    using v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    u.bind(["127.0.0.1", 0]);
    u.settimeout(5);
    const buffer = new ArrayBuffer(16);
    const receiving = u.recvfrom_into(new Uint8Array(buffer));
    await pause(20);
    buffer.transfer();
    await v.sendto(new TextEncoder().encode("kept"), u.getsockname());
    const e = await rejection(receiving);
    assertInstanceOf(e, socket.ValueError);
    assertEquals(String(e), RELEASED);
    const [data] = await u.recvfrom(16);
    assertEquals(new TextDecoder().decode(data), "kept");
  });
});

Deno.test("close() during a blocking recv_into on a socket bound before connect() gives EBADF, not EOF", async () => {
  await withDeadline(10000, async () => {
    using srv = listener();
    const c = socket.socket();
    c.bind(["127.0.0.1", 0]);
    await c.connect(srv.getsockname());
    const [conn] = await srv.accept();
    using _conn = conn;
    const pending = c.recv_into(new Uint8Array(8));
    await pause(20);
    c.close();
    const e = await rejection(pending);
    assertInstanceOf(e, socket.OSError);
    assertEquals(String(e), "[Errno 9] Bad file descriptor");
  });
});

Deno.test("a recv() that times out or is aborted as its data arrives loses no byte: the next calls get every one", async () => {
  await withDeadline(30000, async () => {
    const [a, b] = await tcpPair();
    using _a = a, _b = b;
    const rounds = 150;
    let got = 0;
    const sends: Promise<void>[] = [];
    // The data lands around a 2 ms deadline: before, at or after it.
    b.settimeout(0.002);
    for (let i = 0; i < rounds; i++) {
      setTimeout(
        () => sends.push(a.sendall(new Uint8Array([1]))),
        (i % 6) * 0.5,
      );
      try {
        got += (await b.recv(1)).length;
      } catch (e) {
        assertInstanceOf(e, socket.timeout);
      }
    }
    // Aborted with the waking send made right after abort(), in the same turn.
    b.setblocking(true);
    for (let i = 0; i < rounds; i++) {
      const ac = new AbortController();
      const pending = b.recv(1, 0, { signal: ac.signal });
      await pause(0);
      ac.abort();
      await a.sendall(new Uint8Array([1]));
      got += await pending.then((d) => d.length, () => 0);
    }
    while (sends.length < rounds) await pause(1);
    await Promise.all(sends);
    a.close();
    b.settimeout(10);
    for (;;) {
      const data = await b.recv(4096);
      if (data.length === 0) break;
      got += data.length;
    }
    assertEquals(got, 2 * rounds);
  });
});
