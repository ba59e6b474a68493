// recv() on a TCP stream, through the engine's read-ahead path: the oracle
// rows F05, F14, F16, F25, F26, F28, F30 and F35 (CPython 3.12, Linux).

import * as socket from "./_entry.ts";
import { assert, assertEquals, assertRejects } from "./_assert.ts";
import { tcpPair, withDeadline as deadline } from "./_helpers.ts";

// Fails the test instead of hanging it.
function withDeadline<T>(work: Promise<T>, ms = 10_000): Promise<T> {
  return deadline(ms, () => work);
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

Deno.test("F05: recv(0) returns b'' at once", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  assertEquals((await withDeadline(a.recv(0))).length, 0);
});

Deno.test("F14: recv(5) takes 5 bytes and leaves the rest for the next recv", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  await c.sendall(bytes("hello world"));
  await pause(50);
  assertEquals(text(await withDeadline(a.recv(5))), "hello");
  assertEquals(text(await withDeadline(a.recv(100))), " world");
});

Deno.test("F16: recv() on a closed socket is EBADF", async () => {
  const [c, a] = await tcpPair();
  using _a = a;
  c.close();
  const e = await assertRejects(() => c.recv(1), socket.OSError);
  assertEquals(String(e), "[Errno 9] Bad file descriptor");
});

Deno.test("F25: recv(MSG_PEEK) leaves the bytes for the next recv", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  await c.send(bytes("peek"));
  await pause(50);
  assertEquals(text(await withDeadline(a.recv(10, socket.MSG_PEEK))), "peek");
  assertEquals(text(await withDeadline(a.recv(10))), "peek");
});

Deno.test("F26: recv(MSG_DONTWAIT) with nothing to read is BlockingIOError 11", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  const e = await assertRejects(
    () => a.recv(10, socket.MSG_DONTWAIT),
    socket.BlockingIOError,
  );
  assertEquals(String(e), "[Errno 11] Resource temporarily unavailable");
});

Deno.test("F28: recv() after the peer closed returns b'' every time", async () => {
  const [c, a] = await tcpPair();
  using _a = a;
  c.close();
  assertEquals((await withDeadline(a.recv(10))).length, 0);
  assertEquals((await withDeadline(a.recv(10))).length, 0);
});

Deno.test("F30: after a reset is reported once, recv() reads EOF (CPython peer sends the RST)", async () => {
  using srv = socket.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen();
  const port = srv.getsockname()[1];
  const peer = new Deno.Command("python3", {
    args: [
      "-c",
      "import socket, struct, sys\n" +
      "c = socket.create_connection(('127.0.0.1', int(sys.argv[1])))\n" +
      "sys.stdin.readline()\n" +
      "c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))\n" +
      "c.close()\n",
      String(port),
    ],
    stdin: "piped",
  }).spawn();
  const [a] = await withDeadline(srv.accept());
  using _a = a;
  // Accepted: now the peer may reset.
  const writer = peer.stdin.getWriter();
  await writer.write(bytes("go\n"));
  await writer.close();
  assertEquals((await peer.status).code, 0);
  await pause(50);
  const e = await assertRejects(() => a.recv(10), socket.ConnectionResetError);
  assertEquals(e.errno, 104);
  assertEquals((await withDeadline(a.recv(10))).length, 0);
});

Deno.test("F35: recv(4, MSG_WAITALL) waits until all 4 bytes arrived", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  await c.send(bytes("ab"));
  const late = pause(100).then(() => c.send(bytes("cd")));
  const data = await withDeadline(a.recv(4, socket.MSG_WAITALL));
  await late;
  assertEquals(text(data), "abcd");
});

Deno.test("recv() with a timeout that expires rejects with TimeoutError, and the socket still works", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  a.settimeout(0.05);
  const e = await assertRejects(() => a.recv(10), socket.timeout);
  assertEquals(String(e), "timed out");
  await c.sendall(bytes("after"));
  assert(text(await withDeadline(a.recv(10))) === "after");
});
