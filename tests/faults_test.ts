// Faults against real peers on loopback: resets, closes while calls are
// pending, a full listener, a peer that stops reading, timeouts at every
// moment of a transfer, and missing Deno permissions. CPython's answers
// (tests/../cpython_oracle rows F29-F34, E17, E23, E24, H19-H21) are the
// expected ones; a python3 peer causes the faults Deno cannot (SO_LINGER 0).

import * as socket from "./_entry.ts";
import {
  assert,
  assertEquals,
  assertInstanceOf,
  assertRejects,
} from "./_assert.ts";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { PythonPeer, scale, sleep } from "./_peer.ts";
import { withDeadline } from "./_helpers.ts";

const DEADLINE_MS = 20_000;

type Pair = [socket.Socket, socket.Socket];

/**
 * A connected TCP pair over loopback: `[client, accepted]`. A client bound
 * first connects through node:net, the engine's other TCP path.
 */
async function tcpPair(bound = false): Promise<Pair> {
  using srv = socket.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen();
  const c = socket.socket();
  if (bound) c.bind(["127.0.0.1", 0]);
  await c.connect(srv.getsockname());
  const [a] = await srv.accept();
  return [c, a];
}

function errorOf(p: Promise<unknown>): Promise<unknown> {
  return p.then((v) => {
    throw new Error(`expected an error, got ${Deno.inspect(v)}`);
  }, (e) => e);
}

function assertErrno(
  e: unknown,
  Class: typeof socket.OSError,
  errno: number,
): void {
  assertInstanceOf(e, Class);
  assertEquals((e as socket.OSError).errno, errno, String(e));
}

// A python3 server: accepts one connection, sends the byte count it reads
// from stdin, then on the next line closes with SO_LINGER (1, 0): an RST.
const RESETTING_SERVER = `
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
print(srv.getsockname()[1])
c, _ = srv.accept()
n = int(sys.stdin.readline())
c.sendall(bytes(i % 251 for i in range(n)))
time.sleep(0.1)
sys.stdin.readline()
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
c.close()
print("reset")
sys.stdin.readline()
`;

/** Connects to a python3 peer that sends `n` bytes, then resets. */
async function resetBy(
  py: PythonPeer,
  n: number,
): Promise<socket.Socket> {
  const s = socket.socket();
  await s.connect(["127.0.0.1", await py.port()]);
  await py.send(String(n));
  await py.send("");
  assertEquals(await py.line(), "reset");
  await sleep(50);
  return s;
}

Deno.test("recv() after the peer's RST raises ConnectionResetError, then returns b'' (F29, F30)", () =>
  withDeadline(DEADLINE_MS, async () => {
    await using py = new PythonPeer(RESETTING_SERVER);
    using s = await resetBy(py, 0);
    assertErrno(await errorOf(s.recv(10)), socket.ConnectionResetError, 104);
    assertEquals(await s.recv(10), new Uint8Array(0));
    await py.send("");
  }));

Deno.test("send() after the peer's RST raises ConnectionResetError, then BrokenPipeError (F31, F32)", () =>
  withDeadline(DEADLINE_MS, async () => {
    await using py = new PythonPeer(RESETTING_SERVER);
    using s = await resetBy(py, 0);
    const x = new Uint8Array([120]);
    assertErrno(await errorOf(s.send(x)), socket.ConnectionResetError, 104);
    assertErrno(await errorOf(s.send(x)), socket.BrokenPipeError, 32);
    await py.send("");
  }));

Deno.test("after a timed-out recv(), the peer's RST is reported once: send() raises ConnectionResetError, recv() returns b'', send() raises BrokenPipeError", () =>
  withDeadline(DEADLINE_MS, async () => {
    await using py = new PythonPeer(RESETTING_SERVER);
    using s = socket.socket();
    await s.connect(["127.0.0.1", await py.port()]);
    s.settimeout(0.05);
    // The read this leaves in flight is the one that meets the RST.
    assertInstanceOf(await errorOf(s.recv(10)), socket.timeout);
    await py.send("0");
    await py.send("");
    assertEquals(await py.line(), "reset");
    await sleep(50);
    s.settimeout(0.2);
    const x = new Uint8Array([120]);
    assertErrno(await errorOf(s.send(x)), socket.ConnectionResetError, 104);
    assertEquals(await s.recv(10), new Uint8Array(0));
    assertErrno(await errorOf(s.send(x)), socket.BrokenPipeError, 32);
    await py.send("");
  }));

Deno.test("recv() returns every byte that arrived before an RST, then ConnectionResetError", () =>
  withDeadline(DEADLINE_MS, async () => {
    await using py = new PythonPeer(RESETTING_SERVER);
    // Within the receive window, so the kernel holds it all before the RST.
    const n = 100_000;
    using s = await resetBy(py, n);
    s.settimeout(0.5);
    const got: number[] = [];
    let error: unknown;
    for (let i = 0; i < 1000; i++) {
      try {
        const data = await s.recv(1 + (i * 7919) % 70_000);
        if (data.length === 0) break;
        got.push(...data);
      } catch (e) {
        error = e;
        break;
      }
    }
    assertErrno(error, socket.ConnectionResetError, 104);
    assertEquals(got.length, n);
    assert(got.every((b, i) => b === i % 251), "bytes out of order");
    assertEquals(await s.recv(10), new Uint8Array(0));
    await py.send("");
  }));

// A python3 server that reads 1 MB, then resets (or just closes, with
// unread data: Linux sends an RST then as well).
const server = (linger: boolean) => `
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
print(srv.getsockname()[1])
c, _ = srv.accept()
got = 0
while got < 1_000_000: got += len(c.recv(65536))
if ${linger ? "True" : "False"}:
    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
c.close()
sys.stdin.readline()
`;

for (const linger of [true, false]) {
  Deno.test(`sendall() to a peer that ${linger ? "resets" : "closes"} mid-transfer raises ConnectionResetError or BrokenPipeError`, () =>
    withDeadline(DEADLINE_MS, async () => {
      await using py = new PythonPeer(server(linger));
      using s = socket.socket();
      await s.connect(["127.0.0.1", await py.port()]);
      const e = await errorOf(s.sendall(new Uint8Array(50_000_000)));
      assert(
        e instanceof socket.ConnectionResetError ||
          e instanceof socket.BrokenPipeError,
        String(e),
      );
      await py.send("");
    }));
}

Deno.test("sendall() after the peer closed raises BrokenPipeError (F34)", () =>
  withDeadline(DEADLINE_MS, async () => {
    const [c, a] = await tcpPair();
    using _c = c;
    a.close();
    await sleep(50);
    const e = await errorOf(c.sendall(new Uint8Array(5_000_000)));
    assertErrno(e, socket.BrokenPipeError, 32);
  }));

// ---- close() while a call is pending --------------------------------------

for (const timeout of [null, 5]) {
  const mode = timeout === null ? "blocking" : "with a timeout";

  Deno.test(`close() settles a pending recv() with EBADF (${mode})`, () =>
    withDeadline(DEADLINE_MS, async () => {
      const [c, a] = await tcpPair();
      using _c = c;
      a.settimeout(timeout);
      const pending = errorOf(a.recv(10));
      await sleep(20);
      a.close();
      assertErrno(await pending, socket.OSError, 9);
    }));

  Deno.test(`close() settles a pending accept() with EBADF (${mode})`, () =>
    withDeadline(DEADLINE_MS, async () => {
      const srv = socket.socket();
      srv.bind(["127.0.0.1", 0]);
      srv.listen();
      srv.settimeout(timeout);
      const pending = errorOf(srv.accept());
      await sleep(20);
      srv.close();
      assertErrno(await pending, socket.OSError, 9);
    }));

  Deno.test(`close() settles a pending sendall() with EBADF (${mode})`, () =>
    withDeadline(DEADLINE_MS, async () => {
      const [c, a] = await tcpPair();
      using _a = a;
      c.settimeout(timeout);
      const pending = errorOf(c.sendall(new Uint8Array(50_000_000)));
      await sleep(50);
      c.close();
      assertErrno(await pending, socket.OSError, 9);
    }));
}

// The design's FULL listener: listen(0), queue filled by non-blocking
// connects, so further SYNs are dropped and connect() waits.
const FULL_LISTENER = `
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(0)
port = srv.getsockname()[1]
fill = []
for i in range(8):
    c = socket.socket(); c.setblocking(False); c.connect_ex(("127.0.0.1", port)); fill.append(c)
time.sleep(0.2)
print(port)
sys.stdin.readline()
`;

for (const timeout of [null, 5]) {
  for (const bound of [false, true]) {
    Deno.test(`close() settles a pending connect() with EBADF (${timeout === null ? "blocking" : "with a timeout"}${bound ? ", bound first" : ""})`, () =>
      withDeadline(DEADLINE_MS, async () => {
        await using py = new PythonPeer(FULL_LISTENER);
        const port = await py.port();
        const s = socket.socket();
        s.settimeout(timeout);
        // Bound first, the connect goes through node:net instead.
        if (bound) s.bind(["127.0.0.1", 0]);
        const pending = errorOf(s.connect(["127.0.0.1", port]));
        await sleep(100);
        s.close();
        assertErrno(await pending, socket.OSError, 9);
        await py.send("");
      }));
  }
}

Deno.test("connect() to a full listener times out, the socket stays open, and connect() again is EALREADY (E17, E23, E24)", () =>
  withDeadline(DEADLINE_MS, async () => {
    await using py = new PythonPeer(FULL_LISTENER);
    const port = await py.port();
    using s = socket.socket();
    s.settimeout(0.3);
    const started = performance.now();
    const e = await errorOf(s.connect(["127.0.0.1", port]));
    const waited = performance.now() - started;
    assertInstanceOf(e, socket.TimeoutError);
    const { errno, strerror } = e as socket.TimeoutError;
    assertEquals([errno, strerror, String(e)], [null, null, "timed out"]);
    assert(waited >= 290 && waited < 2000, `waited ${waited} ms`);
    assert(s.fileno() >= 0);
    assertErrno(
      await errorOf(s.connect(["127.0.0.1", port])),
      socket.BlockingIOError,
      114,
    );
    await py.send("");
  }));

Deno.test("connect_ex() to a full listener returns 11 on timeout (E18)", () =>
  withDeadline(DEADLINE_MS, async () => {
    await using py = new PythonPeer(FULL_LISTENER);
    using s = socket.socket();
    s.settimeout(0.3);
    assertEquals(await s.connect_ex(["127.0.0.1", await py.port()]), 11);
    await py.send("");
  }));

// ---- a listener closed with connections queued ------------------------------

Deno.test("closing a listener resets the connections it never accepted, as Linux does", () =>
  withDeadline(DEADLINE_MS, async () => {
    const srv = socket.socket();
    srv.bind(["127.0.0.1", 0]);
    srv.listen();
    const clients: socket.Socket[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const c = socket.socket();
        clients.push(c);
        await c.connect(srv.getsockname());
      }
      srv.close();
      for (const c of clients) {
        c.settimeout(2);
        assertErrno(
          await errorOf(c.recv(10)),
          socket.ConnectionResetError,
          104,
        );
        const x = new Uint8Array(1);
        assertErrno(await errorOf(c.send(x)), socket.BrokenPipeError, 32);
      }
    } finally {
      for (const c of clients) c.close();
    }
  }));

Deno.test("closing a listener after a timed-out accept() ends every queued connection", () =>
  withDeadline(DEADLINE_MS, async () => {
    const srv = socket.socket();
    srv.bind(["127.0.0.1", 0]);
    srv.listen();
    srv.settimeout(0.05);
    assertInstanceOf(await errorOf(srv.accept()), socket.TimeoutError);
    const clients: socket.Socket[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const c = socket.socket();
        clients.push(c);
        await c.connect(srv.getsockname());
      }
      await sleep(50);
      srv.close();
      for (const c of clients) {
        c.settimeout(2);
        // The one the engine took ahead of accept() is closed with a FIN
        // (Deno cannot send an RST); the kernel resets the others.
        const outcome = await c.recv(10).then((d) => d.length, (e) => e);
        if (typeof outcome === "number") assertEquals(outcome, 0);
        else assertErrno(outcome, socket.ConnectionResetError, 104);
      }
    } finally {
      for (const c of clients) c.close();
    }
  }));

// ---- a peer that stops reading ------------------------------------------------

Deno.test("sendall() with a timeout to a peer that stops reading raises timeout (H20)", () =>
  withDeadline(DEADLINE_MS, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    c.settimeout(0.3);
    const e = await errorOf(c.sendall(new Uint8Array(50_000_000)));
    assertInstanceOf(e, socket.timeout);
    assertEquals(String(e), "timed out");
  }));

Deno.test("sendall() on a non-blocking socket to a peer that stops reading raises BlockingIOError (H19)", () =>
  withDeadline(DEADLINE_MS, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    c.setblocking(false);
    const e = await errorOf(c.sendall(new Uint8Array(50_000_000)));
    assertErrno(e, socket.BlockingIOError, 11);
  }));

/** Reads until EOF; resolves to the byte count. */
async function drainCount(s: socket.Socket): Promise<number> {
  let total = 0;
  for (;;) {
    const data = await s.recv(65536);
    if (data.length === 0) return total;
    total += data.length;
  }
}

for (const timeout of [0, 0.2]) {
  Deno.test(`send() with timeout ${timeout} returns only the count the peer will receive`, () =>
    withDeadline(DEADLINE_MS, async () => {
      const [c, a] = await tcpPair();
      using _c = c, _a = a;
      c.settimeout(timeout);
      const chunk = new Uint8Array(1 << 20);
      let sent = 0;
      let error: unknown;
      for (let i = 0; i < 200 && error === undefined; i++) {
        try {
          sent += await c.send(chunk);
        } catch (e) {
          error = e;
        }
      }
      assertInstanceOf(error, socket.OSError);
      assert(
        timeout === 0
          ? error instanceof socket.BlockingIOError
          : error instanceof socket.TimeoutError,
        String(error),
      );
      c.shutdown(socket.SHUT_WR);
      assertEquals(await drainCount(a), sent);
    }));
}

for (const timeout of [0, 0.2]) {
  Deno.test(`close() right after send() with timeout ${timeout} still delivers every byte send() took`, () =>
    withDeadline(DEADLINE_MS, async () => {
      const [c, a] = await tcpPair();
      using _a = a;
      c.settimeout(timeout);
      let sent = 0;
      for (let i = 0; i < 4; i++) {
        sent += await c.send(new Uint8Array(100_000)).catch(() => 0);
      }
      c.close();
      assertEquals(await drainCount(a), sent);
    }));
}

Deno.test("a timeout does not break the socket: the next recv() gets the late bytes (H21)", () =>
  withDeadline(DEADLINE_MS, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    a.settimeout(0.1);
    assertInstanceOf(await errorOf(a.recv(1)), socket.timeout);
    await c.send(new TextEncoder().encode("late"));
    assertEquals(new TextDecoder().decode(await a.recv(10)), "late");
  }));

// ---- timeouts at every moment of a transfer --------------------------------

/** Fills `out` with xorshift32 bytes from `seed`; returns the next seed. */
function pseudoRandom(out: Uint8Array, seed: number): number {
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length >> 2);
  let x = seed | 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x;
  }
  return x;
}

/** A timeout for one call: 0-3 ms, now and then exactly 0 (non-blocking). */
function jitter(): number {
  return Math.random() < 0.1 ? 0 : Math.random() * 0.003;
}

function isWait(e: unknown): boolean {
  return e instanceof socket.TimeoutError ||
    e instanceof socket.BlockingIOError;
}

const TRANSFER_BYTES = scale(20, 200) * 1_000_000;

for (const bound of [false, true]) {
  Deno.test(`${TRANSFER_BYTES / 1e6} MB with a random 0-3 ms timeout on every call arrive intact (SHA-256${bound ? ", sender bound first" : ""})`, () =>
    withDeadline(scale(120_000, 900_000), async () => {
      const [c, a] = await tcpPair(bound);
      using _c = c, _a = a;
      const sentHash = createHash("sha256");
      const receivedHash = createHash("sha256");
      let calls = 0;
      let waits = 0;
      let sendWaits = 0;
      let slow: "sender" | "receiver" = "sender";
      let stall = false;

      const sender = async () => {
        const block = new Uint8Array(1 << 20);
        let seed = 42;
        for (let done = 0; done < TRANSFER_BYTES; done += block.length) {
          seed = pseudoRandom(block, seed);
          // Every 5 MB the other side dawdles: with a slow sender, recv()'s
          // timeouts fire mid-read; with a slow receiver, the kernel's buffers
          // and the send queue fill and send()'s fire.
          const next = Math.floor(done / 5e6) % 2 === 0 ? "sender" : "receiver";
          // A slow receiver starts with a stall that surely fills them.
          stall ||= next === "receiver" && slow === "sender";
          slow = next;
          const part = block.subarray(
            0,
            Math.min(block.length, TRANSFER_BYTES - done),
          );
          sentHash.update(part);
          let offset = 0;
          while (offset < part.length) {
            // Random chunk sizes, random timeouts: only send()'s count is
            // trusted, so a timeout must mean "nothing of this call was sent".
            const size = 1 + Math.floor(Math.random() * 65_536);
            if (slow === "sender" && Math.random() < 0.5) {
              await sleep(Math.random() * 3);
            }
            c.settimeout(jitter());
            calls++;
            try {
              offset += await c.send(part.subarray(offset, offset + size));
            } catch (e) {
              if (!isWait(e)) throw e;
              waits++;
              sendWaits++;
            }
          }
        }
        c.settimeout(null);
        c.shutdown(socket.SHUT_WR);
      };

      const receiver = async () => {
        const into = new Uint8Array(32_768);
        for (;;) {
          if (stall) {
            stall = false;
            await sleep(100);
          }
          if (slow === "receiver") {
            await sleep(Math.random() * 3);
          }
          a.settimeout(jitter());
          calls++;
          try {
            let data: Uint8Array;
            if (Math.random() < 0.5) {
              data = await a.recv(1 + Math.floor(Math.random() * 32_768));
            } else {
              const n = await a.recv_into(
                into,
                1 + Math.floor(Math.random() * into.length),
              );
              data = into.subarray(0, n);
            }
            if (data.length === 0) return;
            receivedHash.update(data);
          } catch (e) {
            if (!isWait(e)) throw e;
            waits++;
          }
        }
      };

      await Promise.all([sender(), receiver()]);
      console.log(
        `${calls} calls, ${waits} timed out or would block (${sendWaits} sends)`,
      );
      assert(
        sendWaits > 0 && waits - sendWaits > 10,
        "too few timeouts fired",
      );
      assertEquals(receivedHash.digest("hex"), sentHash.digest("hex"));
    }));
}

// ---- missing Deno permissions -------------------------------------------------

/** One operation run in a child `deno run` with too few permissions. */
const PERMISSION_SCRIPT = (mod: string) => `
import * as socket from ${JSON.stringify(mod)};
const [op, dir, port] = Deno.args;
const ops = {
  "bind tcp": () => { using s = socket.socket(); s.bind(["127.0.0.1", 0]); },
  "listen tcp": () => { using s = socket.socket(); s.listen(); },
  "connect tcp": async () => { using s = socket.socket(); await s.connect(["127.0.0.1", Number(port)]); },
  "connect tcp6": async () => { using s = socket.socket(socket.AF_INET6); await s.connect(["::1", Number(port)]); },
  "bind unix": () => { using s = socket.socket(socket.AF_UNIX); s.bind(dir + "/bound.sock"); },
  "connect unix": async () => { using s = socket.socket(socket.AF_UNIX); await s.connect(dir + "/peer.sock"); },
  "socketpair": async () => { const p = await socket.socketpair(); for (const s of p) s.close(); },
};
try {
  await ops[op]();
  console.log(JSON.stringify({ ok: true }));
} catch (e) {
  console.log(JSON.stringify({ name: e.constructor.name, errno: e.errno, message: String(e) }));
}
`;

const PERMISSION_CASES: [string, string[], string][] = [
  ["bind tcp", [], "--allow-net"],
  ["listen tcp", [], "--allow-net"],
  ["connect tcp", [], "--allow-net"],
  ["connect tcp6", [], "--allow-net"],
  ["bind unix", ["-N", "--allow-write"], "--allow-read"],
  ["bind unix", ["-N", "--allow-read"], "--allow-write"],
  ["bind unix", ["--allow-read", "--allow-write"], "--allow-net"],
  ["connect unix", ["-N", "--allow-write"], "--allow-read"],
  ["connect unix", ["-N", "--allow-read"], "--allow-write"],
  ["connect unix", ["--allow-read", "--allow-write"], "--allow-net"],
  ["socketpair", ["-N", "--allow-read"], "--allow-write"],
  ["socketpair", ["-N", "--allow-write"], "--allow-read"],
  ["socketpair", ["--allow-read", "--allow-write"], "--allow-net"],
];

Deno.test("connect_ex() without --allow-net returns 13 (EACCES), as for any PermissionError", async () => {
  const dir = await Deno.makeTempDir({ prefix: "pysocket-perm-" });
  try {
    const script = `${dir}/op.ts`;
    await Deno.writeTextFile(
      script,
      `import * as socket from ${
        JSON.stringify(new URL("../mod.ts", import.meta.url).href)
      };
using s = socket.socket();
console.log(await s.connect_ex(["127.0.0.1", 9]));`,
    );
    const { stdout } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-prompt", "--no-config", script],
      stdout: "piped",
    }).output();
    assertEquals(new TextDecoder().decode(stdout).trim(), "13");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a missing Deno permission raises PermissionError naming the flag, for every kind of operation", () =>
  withDeadline(60_000, async () => {
    const dir = await Deno.makeTempDir({ prefix: "pysocket-perm-" });
    const script = `${dir}/op.ts`;
    await Deno.writeTextFile(
      script,
      PERMISSION_SCRIPT(new URL("../mod.ts", import.meta.url).href),
    );
    using tcp = socket.socket();
    tcp.bind(["127.0.0.1", 0]);
    tcp.listen();
    using unix = socket.socket(socket.AF_UNIX);
    unix.bind(`${dir}/peer.sock`);
    unix.listen();
    const port = String(tcp.getsockname()[1]);
    try {
      const results = await Promise.all(
        PERMISSION_CASES.map(async ([op, flags, missing]) => {
          const { stdout } = await new Deno.Command(Deno.execPath(), {
            args: [
              "run",
              "--no-prompt",
              "--no-config",
              ...flags,
              script,
              op,
              dir,
              port,
            ],
            stdout: "piped",
            stderr: "inherit",
          }).output();
          return {
            op,
            flags,
            missing,
            ...JSON.parse(new TextDecoder().decode(stdout)),
          };
        }),
      );
      for (const r of results) {
        const where = `${r.op} with ${r.flags.join(" ") || "no flags"}`;
        assertEquals([r.name, r.errno], ["PermissionError", 13], where);
        assert(
          r.message.includes(`run Deno with ${r.missing}`),
          `${where}: ${r.message}`,
        );
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  }));

// ---- random sequences of calls --------------------------------------------

type Op =
  | { op: "send"; size: number; timeout: number | null }
  | { op: "recv"; size: number; timeout: number | null; flags: number }
  | { op: "recv_into"; size: number; timeout: number | null }
  | { op: "pause"; ms: number };

const timeouts = fc.constantFrom<number | null>(null, 0, 0.001, 0.005, 0.02);
const OPS: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constant("send" as const),
      size: fc.oneof(
        fc.integer({ min: 0, max: 70_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
      ),
      timeout: timeouts,
    }),
    fc.record({
      op: fc.constant("recv" as const),
      size: fc.integer({ min: 0, max: 70_000 }),
      timeout: timeouts,
      flags: fc.constantFrom(
        0,
        socket.MSG_PEEK,
        socket.MSG_DONTWAIT,
        socket.MSG_WAITALL,
      ),
    }),
    fc.record({
      op: fc.constant("recv_into" as const),
      size: fc.integer({ min: 1, max: 70_000 }),
      timeout: timeouts,
    }),
    fc.record({
      op: fc.constant("pause" as const),
      ms: fc.integer({ min: 0, max: 3 }),
    }),
  ),
  { maxLength: 40 },
);

/** The byte at position `i` of the stream a sequence sends. */
const streamByte = (i: number) => (i * 131 + (i >> 9)) & 0xff;

Deno.test("random sequences of send/recv calls with random timeouts and flags lose, duplicate and reorder no byte", () =>
  withDeadline(scale(60_000, 900_000), async () => {
    const kinds = fc.constantFrom("tcp", "tcp bound first", "unix");
    await fc.assert(
      fc.asyncProperty(kinds, fc.boolean(), OPS, async (kind, flip, ops) => {
        const [x, y] = kind === "unix"
          ? await socket.socketpair()
          : await tcpPair(kind === "tcp bound first");
        // Either end sends.
        const [c, a] = flip ? [y, x] : [x, y];
        using _x = x, _y = y;
        let sent = 0;
        let received = 0;
        const check = (data: Uint8Array, peek: boolean) => {
          for (let i = 0; i < data.length; i++) {
            if (data[i] !== streamByte(received + i)) {
              throw new Error(`byte ${received + i} is wrong`);
            }
          }
          if (!peek) received += data.length;
        };
        for (const step of ops) {
          const outstanding = sent - received;
          if (step.op === "pause") {
            await sleep(step.ms);
            continue;
          }
          // A blocking call must have something to wait for, or it would
          // wait forever in this one-task test.
          if (step.op === "send") {
            const timeout = step.timeout === null && outstanding > 65_536
              ? 0.001
              : step.timeout;
            c.settimeout(timeout);
            const data = new Uint8Array(step.size).map((_, i) =>
              streamByte(sent + i)
            );
            try {
              sent += await c.send(data);
            } catch (e) {
              if (!isWait(e)) throw e;
            }
            continue;
          }
          const blocking = step.timeout === null;
          const size = blocking ? Math.min(step.size, outstanding) : step.size;
          if (blocking && size === 0) continue;
          a.settimeout(step.timeout);
          try {
            if (step.op === "recv") {
              const flags = blocking && step.flags === socket.MSG_WAITALL
                ? 0
                : step.flags;
              const data = await a.recv(size, flags);
              check(data, flags === socket.MSG_PEEK);
            } else {
              const into = new Uint8Array(size);
              const n = await a.recv_into(into);
              check(into.subarray(0, n), false);
            }
          } catch (e) {
            if (!isWait(e)) throw e;
          }
        }
        c.settimeout(null);
        c.shutdown(socket.SHUT_WR);
        a.settimeout(5);
        for (let i = 0; i < 10_000; i++) {
          const data = await a.recv(65_536);
          if (data.length === 0) break;
          check(data, false);
        }
        assertEquals(received, sent);
      }),
      { numRuns: scale(100, 2_000) },
    );
  }));

Deno.test("accept() of a connection its client reset while it was queued: Linux's (ffi) or the next one (default)", async () => {
  await withDeadline(30_000, async () => {
    using srv = socket.socket();
    srv.bind(["127.0.0.1", 0]);
    srv.listen();
    const [, port] = srv.getsockname();
    const reset = await new Deno.Command("python3", {
      args: [
        "-c",
        "import socket, struct\n" +
        `s = socket.create_connection(('127.0.0.1', ${port}))\n` +
        "s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))\n" +
        "s.close()\n",
      ],
    }).output();
    assertEquals(reset.code, 0);
    await sleep(100);
    srv.settimeout(10);
    if (socket.NATIVE) {
      // Linux hands the reset connection over, and its first recv raises
      // ConnectionResetError (python3 does the same).
      const [reset] = await srv.accept();
      using _reset = reset;
      const e = await assertRejects(
        () => reset.recv(10),
        socket.ConnectionResetError,
      );
      assertEquals(e.errno, 104);
      return;
    }
    // Deno cannot hand the reset connection over; it must not make
    // accept() fail with an errno Linux never gives it.
    using next = socket.socket();
    await next.connect(["127.0.0.1", port]);
    const [conn, addr] = await srv.accept();
    using _conn = conn;
    assertEquals(String(addr), String(next.getsockname()));
  });
});
