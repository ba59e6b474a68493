// The engine's promise under timeouts: a read that outlives its call lands
// in the socket's buffer, so switching modes mid-stream loses nothing.

import { assert, assertEquals } from "./_assert.ts";
import { createHash } from "node:crypto";
import * as socket from "./_entry.ts";
import {
  lineReader,
  listener,
  python,
  tcpPair,
  withDeadline,
} from "./_helpers.ts";

const te = new TextEncoder();

Deno.test("50 MB through 1 ms timeouts, non-blocking and blocking: SHA-256 matches", () =>
  withDeadline(180_000, async () => {
    using srv = listener();
    const [, port] = srv.getsockname();
    const sender = python(
      `
import hashlib, random, socket, sys
port, size = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(5)
digest = hashlib.sha256()
with socket.create_connection(("127.0.0.1", port)) as s:
    sent = 0
    while sent < size:
        chunk = rnd.randbytes(min(rnd.randint(1, 200_000), size - sent))
        s.sendall(chunk)
        digest.update(chunk)
        sent += len(chunk)
print(digest.hexdigest())
`,
      String(port),
      String(50_000_000),
    );
    await sender.stdin.close();
    const [conn] = await srv.accept();
    using _conn = conn;
    const received = createHash("sha256");
    const scratch = new Uint8Array(65536);
    let total = 0, timeouts = 0, wouldBlock = 0, seed = 9;
    for (let i = 0;; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const mode = i % 3;
      if (mode === 0) conn.settimeout(0.001);
      else if (mode === 1) conn.setblocking(false);
      else conn.setblocking(true);
      const size = 1 + seed % 65536;
      try {
        let chunk: Uint8Array;
        if (seed & 1) {
          chunk = await conn.recv(size);
        } else {
          const n = await conn.recv_into(scratch, size);
          chunk = scratch.subarray(0, n);
        }
        if (chunk.length === 0) break;
        received.update(chunk);
        total += chunk.length;
      } catch (e) {
        if (e instanceof socket.TimeoutError) timeouts++;
        else if (e instanceof socket.BlockingIOError) wouldBlock++;
        else throw e;
      }
    }
    const line = lineReader(sender.stdout);
    assertEquals(total, 50_000_000);
    assertEquals(received.digest("hex"), await line());
    assertEquals(await line(), "");
    assertEquals((await sender.status).code, 0);
    // The run must really have gone through both kinds of miss.
    assert(
      timeouts + wouldBlock > 0,
      `${timeouts} timeouts, ${wouldBlock} EAGAIN`,
    );
  }));

Deno.test("a recv() that timed out delivers its bytes to the next recv()", () =>
  withDeadline(10_000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    a.settimeout(0.05);
    let timedOut = 0;
    for (let i = 0; i < 3; i++) {
      try {
        await a.recv(100);
      } catch (e) {
        assert(e instanceof socket.TimeoutError);
        timedOut++;
      }
    }
    assertEquals(timedOut, 3);
    await c.sendall(te.encode("first"));
    await c.sendall(te.encode("second"));
    a.setblocking(true);
    let text = "";
    while (text.length < 11) {
      text += new TextDecoder().decode(await a.recv(100));
    }
    assertEquals(text, "firstsecond");
  }));

Deno.test("a connection accepted after accept() timed out waits for the next accept()", () =>
  withDeadline(10_000, async () => {
    using srv = listener();
    srv.settimeout(0.05);
    let error: unknown;
    try {
      await srv.accept();
    } catch (e) {
      error = e;
    }
    assert(error instanceof socket.TimeoutError);
    using c = socket.socket();
    await c.connect(srv.getsockname());
    await new Promise((r) => setTimeout(r, 50));
    srv.setblocking(false);
    const [conn, addr] = await srv.accept();
    using _conn = conn;
    assertEquals(addr, c.getsockname());
  }));

Deno.test("close() settles a pending recv() and accept() with EBADF", () =>
  withDeadline(10_000, async () => {
    const [c, a] = await tcpPair();
    using _c = c;
    const pending = a.recv(10);
    a.close();
    const e = await pending.catch((e) => e);
    assert(e instanceof socket.OSError);
    assertEquals(e.errno, 9);
    const srv = listener();
    const accepting = srv.accept();
    srv.close();
    const f = await accepting.catch((e) => e);
    assert(f instanceof socket.OSError);
    assertEquals(f.errno, 9);
  }));

Deno.test("concurrent sendall() calls never interleave", () =>
  withDeadline(30_000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    const blocks = [0, 1, 2, 3].map((n) => new Uint8Array(1_000_000).fill(n));
    const reading = (async () => {
      const out: number[] = [];
      let last = -1;
      for (let d = await a.recv(65536); d.length > 0; d = await a.recv(65536)) {
        for (const byte of d) {
          if (byte !== last) out.push(byte);
          last = byte;
        }
      }
      return out;
    })();
    await Promise.all(blocks.map((b) => c.sendall(b)));
    c.close();
    assertEquals(await reading, [0, 1, 2, 3]);
  }));

// The default engine's own read-ahead buffer; the native engine keeps none
// (the kernel buffers).
Deno.test({
  name: "an idle socket holds no read buffer; reads use a small one first",
  ignore: socket.NATIVE,
}, () =>
  withDeadline(10_000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    a.settimeout(5);
    await c.sendall(new Uint8Array(100_000));
    // With a timeout the read goes to the socket's buffer: it starts small.
    const first = await a.recv(1 << 30);
    assert(first.length <= 4096, `first read was ${first.length} bytes`);
    let total = first.length;
    while (total < 100_000) total += (await a.recv(1 << 30)).length;
    assertEquals(total, 100_000);
  }));

Deno.test("bytes a non-blocking send() accepted still reach the peer after close()", () =>
  withDeadline(20_000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    c.setblocking(false);
    let sent = 0;
    for (let i = 0; i < 100; i++) {
      try {
        sent += await c.send(new Uint8Array(65536).fill(i));
      } catch (e) {
        assert(e instanceof socket.BlockingIOError);
        break;
      }
    }
    c.close();
    let received = 0;
    for (let d = await a.recv(65536); d.length > 0; d = await a.recv(65536)) {
      received += d.length;
    }
    assertEquals(received, sent);
  }));
