// The stream engine's fast paths: recv() copies out of pooled read-ahead
// buffers, recv_into() reads straight into the caller's memory, sendall()
// writes the caller's bytes in order. Whatever is recycled, no byte is lost,
// reordered or overwritten after it was handed out.

import * as socket from "./_entry.ts";
import { assert, assertEquals, assertRejects } from "./_assert.ts";
import { tcpPair, withDeadline as deadline } from "./_helpers.ts";

// Fails the test instead of hanging it.
function withDeadline<T>(work: Promise<T>, ms = 10_000): Promise<T> {
  return deadline(ms, () => work);
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

function pattern(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 7 + seed) % 251;
  return out;
}

async function recvExactly(s: socket.Socket, n: number): Promise<Uint8Array> {
  const out = new Uint8Array(n);
  let got = 0;
  while (got < n) {
    const data = await s.recv(Math.min(65536, n - got));
    if (data.length === 0) break;
    out.set(data, got);
    got += data.length;
  }
  return out.subarray(0, got);
}

Deno.test("recv(65536) of a short message returns exactly its bytes, in an array of their size", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  await a.sendall(bytes("hello"));
  const data = await withDeadline(b.recv(65536));
  assertEquals(text(data), "hello");
  assertEquals(data.buffer.byteLength, 5);
});

Deno.test("bytes returned by recv() stay intact while later reads reuse buffers", async () => {
  const [a, b] = await tcpPair();
  const [c, d] = await tcpPair();
  using _a = a, _b = b, _c = c, _d = d;
  await a.sendall(bytes("first"));
  const first = await withDeadline(b.recv(100));
  for (let i = 0; i < 20; i++) {
    await c.sendall(bytes(`other ${i}`));
    assertEquals(text(await withDeadline(d.recv(100))), `other ${i}`);
    await a.sendall(bytes("xxxxxxxxxxxxxxxxxxxxxxxx"));
    await withDeadline(b.recv(100));
  }
  assertEquals(text(first), "first");
});

Deno.test("recv(65536) reassembles a 4 MiB stream exactly as sent", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const sent = pattern(4 << 20, 3);
  const sending = a.sendall(sent).then(() => a.shutdown(socket.SHUT_WR));
  const got = await withDeadline(recvExactly(b, sent.length + 1));
  await sending;
  assertEquals(got.length, sent.length);
  assert(got.every((v, i) => v === sent[i]));
});

Deno.test("recv() after a timed-out recv() returns the bytes that arrived late", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  b.settimeout(0.05);
  await assertRejects(() => b.recv(10), socket.timeout, "timed out");
  await a.sendall(bytes("late"));
  b.settimeout(5);
  assertEquals(text(await withDeadline(b.recv(10))), "late");
});

Deno.test("concurrent recv_into() calls share one stream without losing or reordering bytes", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const first = new Uint8Array(3);
  const second = new Uint8Array(3);
  const reads = Promise.all([b.recv_into(first), b.recv_into(second)]);
  await a.sendall(bytes("abc"));
  await new Promise((resolve) => setTimeout(resolve, 20));
  await a.sendall(bytes("def"));
  const [n1, n2] = await withDeadline(reads);
  assertEquals(
    text(first.subarray(0, n1)) + text(second.subarray(0, n2)),
    "abcdef",
  );
});

Deno.test("concurrent sendall() calls never interleave", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const one = pattern(1 << 20, 1);
  const two = pattern(1 << 20, 2);
  const sending = Promise.all([a.sendall(one), a.sendall(two)])
    .then(() => a.shutdown(socket.SHUT_WR));
  const got = await withDeadline(recvExactly(b, 3 << 20));
  await sending;
  assertEquals(got.length, 2 << 20);
  assert(got.subarray(0, 1 << 20).every((v, i) => v === one[i]));
  assert(got.subarray(1 << 20).every((v, i) => v === two[i]));
});

Deno.test("shutdown(SHUT_WR) sends EOF after the data already written", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const sending = a.sendall(pattern(1 << 20, 5));
  a.shutdown(socket.SHUT_WR);
  await sending;
  const got = await withDeadline(recvExactly(b, (1 << 20) + 1));
  assertEquals(got.length, 1 << 20);
});

Deno.test("close() settles a pending recv() and queued sendall() calls with EBADF", async () => {
  const [a, b] = await tcpPair();
  using _a = a;
  const pending = b.recv(65536);
  // The peer never reads, so these writes wait on a full kernel buffer.
  const big = new Uint8Array(32 << 20);
  const first = b.sendall(big);
  const second = b.sendall(big);
  b.close();
  for (const call of [pending, first, second]) {
    const error = await withDeadline(
      (call as Promise<unknown>).then(() => null, (e) => e),
    );
    assert(error instanceof socket.OSError);
    assertEquals(error.errno, 9);
  }
});

Deno.test("a read into a closed socket's buffer never reaches another socket's data", async () => {
  const [a, b] = await tcpPair();
  const [c, d] = await tcpPair();
  using _a = a, _c = c, _d = d;
  b.settimeout(0.02);
  await assertRejects(() => b.recv(10), socket.timeout);
  // A read into b's pooled buffer is still in flight while b closes.
  b.close();
  await a.sendall(bytes("to the closed one"));
  await c.sendall(bytes("mine"));
  assertEquals(text(await withDeadline(d.recv(100))), "mine");
});

Deno.test("a CPython peer's 2 MiB stream arrives intact through recv(65536)", async () => {
  using srv = socket.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen();
  const port = srv.getsockname()[1];
  const peer = new Deno.Command("python3", {
    args: [
      "-c",
      "import socket,sys\n" +
      "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))\n" +
      "s.sendall(bytes((i * 7 + 9) % 251 for i in range(2 << 20)))\n" +
      "s.close()\n",
      String(port),
    ],
  }).spawn();
  const [conn] = await withDeadline(srv.accept());
  using _conn = conn;
  const got = await withDeadline(recvExactly(conn, (2 << 20) + 1));
  assertEquals((await peer.status).code, 0);
  const expected = pattern(2 << 20, 9);
  assertEquals(got.length, expected.length);
  assert(got.every((v, i) => v === expected[i]));
});

Deno.test("sendall() on a closed socket rejects with EBADF instead of throwing", async () => {
  const [a, b] = await tcpPair();
  using _b = b;
  a.close();
  const call = a.sendall(bytes("x"));
  assert(call instanceof Promise);
  const error = await call.then(() => null, (e) => e);
  assert(error instanceof socket.OSError);
  assertEquals(error.errno, 9);
});

Deno.test("small messages after a bulk transfer arrive intact as the read buffer shrinks", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const bulk = pattern(1 << 20, 4);
  const sending = a.sendall(bulk);
  const got = await withDeadline(recvExactly(b, bulk.length));
  await sending;
  assert(got.every((v, i) => v === bulk[i]));
  for (let i = 0; i < 12; i++) {
    await a.sendall(bytes(`message ${i}`));
    assertEquals(text(await withDeadline(b.recv(65536))), `message ${i}`);
  }
});

Deno.test("recv(65536) results kept across later reads stay intact, whole buffers handed over included", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const sent = pattern(2 << 20, 6);
  const sending = a.sendall(sent).then(() => a.shutdown(socket.SHUT_WR));
  const kept: Uint8Array[] = [];
  await withDeadline((async () => {
    for (let i = 0; i < 100_000; i++) {
      const data = await b.recv(65536);
      if (data.length === 0) return;
      kept.push(data);
    }
  })());
  await sending;
  // Checked only now, after every later read: none wrote into a kept array.
  let offset = 0;
  for (const data of kept) {
    assert(data.every((v, i) => v === sent[offset + i]), `at ${offset}`);
    assert(data.buffer.byteLength <= Math.max(2 * data.length, 512));
    offset += data.length;
  }
  assertEquals(offset, sent.length);
});
