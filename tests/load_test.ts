// Load: many concurrent connections through an echo server built on this
// module (in its own process, so its memory can be read from /proc), every
// byte checked; and thousands of sockets opened and closed with nothing
// leaked. PYSOCKET_LONG=1 runs the full sizes.

import * as socket from "./_entry.ts";
import { assert, assertEquals } from "./_assert.ts";
import { cycle } from "./_cycle.ts";
import { scale, sleep } from "./_peer.ts";
import { withDeadline } from "./_helpers.ts";
import { openDescriptors } from "../_native/descriptors.ts";

const CONNECTIONS = scale(300, 2_000);
const BYTES_PER_CONNECTION = scale(64 * 1024, 256 * 1024);
const ROUNDS = scale(4, 6);
/** How much the server's heap (after a GC) may grow after round 0. */
const HEAP_GROWTH_LIMIT_MB = 4;
/** How much its VmRSS may grow after round 0 (the allocator keeps pages). */
const RSS_GROWTH_LIMIT_MB = 64;
/** The server's VmHWM; measured: 97-138 MiB (300 connections), 261-288 MiB (2,000). */
const PEAK_LIMIT_MB = scale(200, 400);

/** The echo server of Python's tutorial, one task per connection. */
const ECHO_SERVER = (mod: string) => `
import * as socket from ${JSON.stringify(mod)};
const srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
srv.bind(["127.0.0.1", 0]);
srv.listen(4096);
console.log(srv.getsockname()[1]);
async function serve(conn) {
  try {
    for (;;) {
      const data = await conn.recv(65536);
      if (data.length === 0) break;
      await conn.sendall(data);
    }
  } finally {
    conn.close();
  }
}
// Each line on stdin asks for a garbage collection and the heap size.
(async () => {
  const lines = Deno.stdin.readable.pipeThrough(new TextDecoderStream());
  for await (const _ of lines) {
    globalThis.gc();
    console.log(Deno.memoryUsage().heapUsed);
  }
})();
for (;;) {
  const [conn] = await srv.accept();
  serve(conn).catch((e) => console.error("serve:", String(e)));
}
`;

/** `VmRSS` and `VmHWM` of a process, in MiB. */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)![1]);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** 1 MiB of random bytes every connection draws its stream from. */
function randomBlock(): Uint8Array {
  const block = new Uint8Array(1 << 20);
  for (let i = 0; i < block.length; i += 65536) {
    crypto.getRandomValues(block.subarray(i, i + 65536));
  }
  return block;
}

/** Connection `id`'s bytes `[from, from + n)`, drawn from `block`. */
function expected(block: Uint8Array, id: number, from: number, n: number) {
  const out = new Uint8Array(n);
  for (let i = 0; i < n;) {
    const at = (id * 4099 + from + i) % block.length;
    const take = Math.min(n - i, block.length - at);
    out.set(block.subarray(at, at + take), i);
    i += take;
  }
  return out;
}

/** Streams `total` bytes in random chunks and checks every echoed byte. */
async function echoOnce(
  port: number,
  block: Uint8Array,
  id: number,
  total: number,
): Promise<void> {
  using s = socket.socket();
  await s.connect(["127.0.0.1", port]);
  const writer = async () => {
    for (let sent = 0; sent < total;) {
      const n = Math.min(total - sent, 1 + Math.floor(Math.random() * 16384));
      await s.sendall(expected(block, id, sent, n));
      sent += n;
    }
    s.shutdown(socket.SHUT_WR);
  };
  const reader = async () => {
    let got = 0;
    for (;;) {
      const data = await s.recv(1 + Math.floor(Math.random() * 32768));
      if (data.length === 0) break;
      const want = expected(block, id, got, data.length);
      if (!data.every((b, i) => b === want[i])) {
        throw new Error(`connection ${id}: wrong bytes at ${got}`);
      }
      got += data.length;
    }
    assertEquals(got, total, `connection ${id} got ${got} of ${total}`);
  };
  await Promise.all([writer(), reader()]);
}

Deno.test(`${CONNECTIONS} concurrent connections through an echo server on this module: every byte back, server memory flat`, () =>
  withDeadline(scale(120_000, 900_000), async () => {
    const dir = await Deno.makeTempDir({ prefix: "pysocket-load-" });
    const script = `${dir}/echo_server.ts`;
    await Deno.writeTextFile(
      script,
      ECHO_SERVER(new URL("../mod.ts", import.meta.url).href),
    );
    // A shell raises the server's descriptor limit as far as it may go.
    const server = new Deno.Command("sh", {
      args: [
        "-c",
        'ulimit -n "$(ulimit -Hn)"; exec "$0" run -N --no-config --v8-flags=--expose-gc "$1"',
        Deno.execPath(),
        script,
      ],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    const stdout = server.stdout.getReader();
    const stdin = server.stdin.getWriter();
    const heapOfServer = async () => {
      await stdin.write(new TextEncoder().encode("gc\n"));
      const { value } = await stdout.read();
      return Number(new TextDecoder().decode(value).trim()) / 2 ** 20;
    };
    try {
      const first = await stdout.read();
      const port = Number(new TextDecoder().decode(first.value).trim());
      assert(port > 0, "the echo server did not start");
      const block = randomBlock();
      const rssAfter: number[] = [];
      const heapAfter: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        await Promise.all(
          Array.from(
            { length: CONNECTIONS },
            (_, id) => echoOnce(port, block, id, BYTES_PER_CONNECTION),
          ),
        );
        await sleep(200);
        const heap = await heapOfServer();
        const { rss, peak } = await memoryOf(server.pid);
        rssAfter.push(rss);
        heapAfter.push(heap);
        console.log(
          `round ${round}: ${CONNECTIONS} connections x ${BYTES_PER_CONNECTION} B in ${
            Math.round(performance.now() - started)
          } ms; server VmRSS ${rss.toFixed(1)} MiB, VmHWM ${
            peak.toFixed(1)
          } MiB, heap after GC ${heap.toFixed(1)} MiB`,
        );
        assert(peak < PEAK_LIMIT_MB, `server VmHWM ${peak} MiB`);
      }
      // Round 0 warms the server up; after it, what the module holds (the
      // heap after a GC) stays put and the process's RSS stays within a
      // bound (the allocator keeps freed pages for a while).
      const heapGrowth = Math.max(...heapAfter) - heapAfter[0]!;
      assert(
        heapGrowth < HEAP_GROWTH_LIMIT_MB,
        `server heap grew ${heapGrowth.toFixed(1)} MiB: ${heapAfter}`,
      );
      const rssGrowth = Math.max(...rssAfter) - rssAfter[0]!;
      assert(
        rssGrowth < RSS_GROWTH_LIMIT_MB,
        `server RSS grew ${rssGrowth.toFixed(1)} MiB: ${rssAfter}`,
      );
    } finally {
      server.kill("SIGTERM");
      await stdin.close().catch(() => {});
      await server.status;
      await stdout.cancel();
      await Deno.remove(dir, { recursive: true });
    }
  }));

/** Open descriptors of this process. */
// The descriptors that can leak: the native engine counts its own exactly;
// under the default engine, the process's (Deno's resources, which the
// sanitizer also sees). Deno opens descriptors of its own lazily, so the
// process's count is not exact under the native engine, whose sockets are
// invisible to Deno.
function openFds(): number {
  if (socket.NATIVE) return openDescriptors();
  let n = 0;
  for (const _ of Deno.readDirSync("/proc/self/fd")) n++;
  return n;
}

// The numbers below `fd` that the process has not open (the listing's own
// descriptor takes a number above `fd` when none is free below it).
function freeBelow(fd: number): number[] {
  const open = new Set(
    [...Deno.readDirSync("/proc/self/fd")].map((e) => Number(e.name)),
  );
  return Array.from({ length: fd }, (_, n) => n).filter((n) => !open.has(n));
}

const OPEN_CLOSE = 10_000;

Deno.test(`${OPEN_CLOSE} sockets opened, connected and closed in a loop: no resource or descriptor leaked`, () =>
  withDeadline(scale(120_000, 300_000), async () => {
    using srv = socket.socket();
    srv.bind(["127.0.0.1", 0]);
    srv.listen();
    // Warm up for two seconds as well: Deno opens a socket pair of its own
    // once, about half a second into a busy run.
    const warm = performance.now() + 2000;
    for (let i = 0; i < 100 || performance.now() < warm; i++) {
      await cycle(srv, i);
    }
    const fds = openFds();
    for (let i = 0; i < OPEN_CLOSE; i++) await cycle(srv, i);
    await sleep(50);
    assertEquals(openFds(), fds);
    // Every descriptor number came back: a new socket gets the lowest free
    // (the engine's own numbers; under the native engine the kernel's,
    // which Deno's own descriptors share).
    using probe = socket.socket();
    if (socket.NATIVE) assertEquals(freeBelow(probe.fileno()), []);
    else assertEquals(probe.fileno(), srv.fileno() + 1);
  }));

const MEMORY_CYCLES = scale(10_000, 50_000);

Deno.test(`${MEMORY_CYCLES} sockets opened and closed: the heap after a GC does not grow`, () =>
  withDeadline(scale(120_000, 600_000), async () => {
    const dir = await Deno.makeTempDir({ prefix: "pysocket-cycle-" });
    try {
      const script = `${dir}/cycle.ts`;
      await Deno.writeTextFile(
        script,
        `import * as socket from ${
          JSON.stringify(new URL("./_entry.ts", import.meta.url).href)
        };
import { cycle } from ${
          JSON.stringify(new URL("./_cycle.ts", import.meta.url).href)
        };
const srv = socket.socket();
srv.bind(["127.0.0.1", 0]);
srv.listen();
const measure = () => {
  globalThis.gc();
  const { heapUsed, rss } = Deno.memoryUsage();
  return { heap: heapUsed / 2 ** 20, rss: rss / 2 ** 20 };
};
for (let i = 0; i < 1000; i++) await cycle(srv, i);
const before = measure();
const started = performance.now();
for (let i = 0; i < ${MEMORY_CYCLES}; i++) await cycle(srv, i);
const ms = performance.now() - started;
console.log(JSON.stringify({ before, after: measure(), ms }));
srv.close();
`,
      );
      const { stdout, success } = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-N",
          "--allow-env",
          ...(socket.NATIVE ? ["--allow-ffi"] : []),
          "--no-config",
          "--v8-flags=--expose-gc",
          script,
        ],
        stdout: "piped",
        stderr: "inherit",
      }).output();
      assert(success);
      const { before, after, ms } = JSON.parse(
        new TextDecoder().decode(stdout),
      );
      console.log(
        `${MEMORY_CYCLES} cycles in ${Math.round(ms)} ms; heap after GC ${
          before.heap.toFixed(2)
        } -> ${after.heap.toFixed(2)} MiB; RSS ${before.rss.toFixed(1)} -> ${
          after.rss.toFixed(1)
        } MiB`,
      );
      assert(after.heap - before.heap < 1, "the heap grew");
      assert(after.rss - before.rss < scale(64, 128), "RSS grew");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  }));
