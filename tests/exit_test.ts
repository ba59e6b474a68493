// A finished program exits (issue 11, part 2): the reads and accepts the
// engine keeps in flight on its own behalf (after a timeout, a non-blocking
// call, for a select watch) do not keep the process alive, as CPython's
// process exits at once; a call the program awaits does. Each case is a
// child `deno run` script with a deadline.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import {
  fullListener,
  lineReader,
  listener,
  python,
  withDeadline,
} from "./_helpers.ts";

const ENTRY = new URL("./_entry.ts", import.meta.url).href;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A child that hangs is killed after this long; one that exits does so in
// well under a second even on a loaded machine.
const KILL_AFTER_MS = 15_000;

interface Outcome {
  code: number;
  stdout: string;
  killed: boolean;
}

async function runChild(
  body: string,
  args: string[] = [],
  flags: string[] = [],
): Promise<Outcome> {
  const dir = await Deno.makeTempDir();
  const script = `${dir}/child.ts`;
  await Deno.writeTextFile(
    script,
    `import * as socket from ${JSON.stringify(ENTRY)};\n` +
      `const args = Deno.args;\n${body}\nconsole.log("end");\n`,
  );
  try {
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", ...flags, script, ...args],
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, KILL_AFTER_MS);
    const { code, stdout } = await child.output();
    clearTimeout(timer);
    return { code, stdout: new TextDecoder().decode(stdout), killed };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function assertExited(outcome: Outcome, printed: string): void {
  assert(!outcome.killed, "the finished program did not exit");
  assertEquals(outcome.code, 0);
  assertEquals(outcome.stdout, `${printed}\nend\n`);
}

const PAIR = `
const srv = socket.socket();
srv.bind(["127.0.0.1", 0]);
srv.listen();
const c = socket.socket();
await c.connect(srv.getsockname());
const [a] = await srv.accept();
`;

const CASES: [string, string, string, string[]?][] = [
  [
    "a timed-out recv",
    `${PAIR}c.settimeout(0.05);
try { await c.recv(10); } catch (e) { console.log(String(e)); }`,
    "timed out",
  ],
  [
    "a non-blocking recv",
    `${PAIR}c.setblocking(false);
try { await c.recv_into(new Uint8Array(8)); } catch (e) { console.log(String(e)); }`,
    "[Errno 11] Resource temporarily unavailable",
  ],
  [
    "a select() poll and a timed select()",
    `${PAIR}await socket.select([c, a, srv], [], [], 0);
console.log(JSON.stringify(await socket.select([c, srv], [], [], 0.05)));`,
    "[[],[],[]]",
  ],
  [
    "a selector poll",
    `${PAIR}const sel = new socket.DefaultSelector();
sel.register(c, socket.EVENT_READ);
sel.register(srv, socket.EVENT_READ);
console.log(JSON.stringify(await sel.select(0)));`,
    "[]",
  ],
  [
    "a timed-out accept",
    `const srv = socket.socket();
srv.bind(["127.0.0.1", 0]);
srv.listen();
srv.settimeout(0.05);
try { await srv.accept(); } catch (e) { console.log(String(e)); }`,
    "timed out",
  ],
  [
    "a timed-out recv and accept on AF_UNIX",
    `const path = Deno.makeTempDirSync() + "/s";
const srv = socket.socket(socket.AF_UNIX);
srv.bind(path);
srv.listen();
const c = socket.socket(socket.AF_UNIX);
await c.connect(path);
const [a] = await srv.accept();
const [p, q] = await socket.socketpair();
for (const s of [c, p, srv]) s.settimeout(0.05);
for (const call of [() => c.recv(1), () => p.recv(1), () => srv.accept()]) {
  try { await call(); } catch (e) { console.log(String(e)); }
}
for (const s of [a, q, srv]) s.close();
Deno.removeSync(path.slice(0, -2), { recursive: true });`,
    "timed out\ntimed out\ntimed out",
  ],
  [
    "a timed-out UDP recvfrom",
    `const u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
u.bind(["127.0.0.1", 0]);
u.settimeout(0.05);
try { await u.recvfrom(10); } catch (e) { console.log(String(e)); }`,
    "timed out",
  ],
  [
    "a timed-out UDP recvfrom (--unstable-net)",
    `const u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
u.bind(["127.0.0.1", 0]);
u.settimeout(0.05);
try { await u.recvfrom(10); } catch (e) { console.log(String(e)); }`,
    "timed out",
    ["--unstable-net"],
  ],
];

for (const [name, body, printed, flags] of CASES) {
  Deno.test(`a program exits at once after ${name}`, async () => {
    await withDeadline(KILL_AFTER_MS + 5000, async () => {
      assertExited(await runChild(body, [], flags), printed);
    });
  });
}

// The parent plays the peer, late: the child's call must keep it alive.
const WAITERS: [string, string][] = [
  [
    "a blocking recv",
    `const c = socket.socket();
await c.connect(["127.0.0.1", Number(args[0])]);
console.log(new TextDecoder().decode(await c.recv(10)));`,
  ],
  [
    "DefaultSelector.select(None), then select(None)",
    `const c = socket.socket();
await c.connect(["127.0.0.1", Number(args[0])]);
const sel = new socket.DefaultSelector();
sel.register(c, socket.EVENT_READ);
await sel.select(null);
await socket.select([c], [], []);
console.log(new TextDecoder().decode(await c.recv(10)));`,
  ],
];

for (const [name, body] of WAITERS) {
  Deno.test(`a call the program awaits keeps it alive: ${name}`, async () => {
    await withDeadline(KILL_AFTER_MS + 5000, async () => {
      using srv = listener();
      const port = srv.getsockname()[1];
      const running = runChild(body, [String(port)]);
      const [conn] = await srv.accept();
      using _conn = conn;
      await pause(300);
      await conn.sendall(new TextEncoder().encode("late"));
      assertExited(await running, "late");
    });
  });
}

// A port free now, for the child to bind (port 0 would leave the parent
// not knowing it).
function freePort(type: number): number {
  using s = socket.socket(socket.AF_INET, type);
  s.bind(["127.0.0.1", 0]);
  return s.getsockname()[1];
}

for (const flags of [[], ["--unstable-net"]]) {
  Deno.test(`a call the program awaits keeps it alive: blocking accept, UDP recvfrom ${flags}`, async () => {
    await withDeadline(KILL_AFTER_MS + 5000, async () => {
      const tcp = freePort(socket.SOCK_STREAM);
      const udp = freePort(socket.SOCK_DGRAM);
      const running = runChild(
        `const srv = socket.socket();
srv.bind(["127.0.0.1", Number(args[0])]);
srv.listen();
const u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
u.bind(["127.0.0.1", Number(args[1])]);
const [conn] = await srv.accept();
conn.close();
const [data] = await u.recvfrom(10);
console.log(new TextDecoder().decode(data));`,
        [String(tcp), String(udp)],
        flags,
      );
      let done = false;
      void running.finally(() => done = true);
      await pause(300);
      // Late, and until the child has them: it may still be starting.
      for (let i = 0; i < 100 && !done; i++) {
        using c = socket.socket();
        if (await c.connect_ex(["127.0.0.1", tcp]) === 0) break;
        await pause(100);
      }
      using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
      for (let i = 0; i < 100 && !done; i++) {
        await u.sendto(new TextEncoder().encode("late"), ["127.0.0.1", udp]);
        await pause(100);
      }
      assertExited(await running, "late");
    });
  });
}

// A connect still in progress: to a python3 listener whose queue is full,
// SYNs are dropped and the connect stays in SYN_SENT (CPython's process
// exits at once all the same).
Deno.test("a program exits at once after a non-blocking connect_ex or a timed-out connect still in progress", async () => {
  await withDeadline(KILL_AFTER_MS + 5000, async () => {
    await using full = await fullListener();
    const outcome = await runChild(
      `const c = socket.socket();
c.setblocking(false);
console.log(await c.connect_ex(["127.0.0.1", Number(args[0])]));
const d = socket.socket();
d.settimeout(0.2);
try { await d.connect(["127.0.0.1", Number(args[0])]); } catch (e) { console.log(String(e)); }`,
      [String(full.port)],
    );
    assertExited(outcome, "115\ntimed out");
  });
});

// The peer makes room late (it closes the sockets that filled its queue
// and accepts): the connects the child waits for complete on a SYN sent
// again, and carry data.
const LATE_ACCEPTOR = String.raw`
import socket, sys, time
l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(0)
fillers = []
for _ in range(3):
    c = socket.socket(); c.setblocking(False)
    c.connect_ex(l.getsockname()); fillers.append(c)
time.sleep(0.2)
print(l.getsockname()[1], flush=True)
sys.stdin.readline()
ports = {f.getsockname()[1] for f in fillers}
for f in fillers: f.close()
l.listen(16)  # Linux takes a new backlog: no handshake waits for room
l.settimeout(20)
served = 0
while served < 1:
    conn, addr = l.accept()
    if addr[1] not in ports:
        conn.sendall(b"late"); served += 1
    conn.close()
print("served", flush=True)
`;

// [name, body, the whole stdout]
const LATE_CONNECTS: [string, string, string][] = [
  [
    "a blocking recv after a non-blocking connect_ex",
    `const c = socket.socket();
c.setblocking(false);
console.log(await c.connect_ex(["127.0.0.1", Number(args[0])]));
c.setblocking(true);
console.log(new TextDecoder().decode(await c.recv(10)));`,
    "115\nlate\nend\n",
  ],
  [
    "a timed connect",
    `const d = socket.socket();
d.settimeout(30);
await d.connect(["127.0.0.1", Number(args[0])]);
console.log(new TextDecoder().decode(await d.recv(10)));`,
    "late\nend\n",
  ],
  [
    // No top-level await: Deno 2.9.6 stays alive while one is pending,
    // even on unref'd timers, so this is the case the hold alone serves.
    "a timed connect with no top-level await",
    `const d = socket.socket();
d.settimeout(30);
d.connect(["127.0.0.1", Number(args[0])]).then(() => d.recv(10))
  .then((data) => console.log(new TextDecoder().decode(data)));`,
    "end\nlate\n",
  ],
];

for (const [name, body, stdout] of LATE_CONNECTS) {
  Deno.test(`a call the program awaits keeps it alive: ${name} in progress`, async () => {
    await withDeadline(KILL_AFTER_MS + 20_000, async () => {
      const peer = python(LATE_ACCEPTOR);
      const line = lineReader(peer.stdout);
      try {
        const running = runChild(body, [await line()]);
        // Late: the child's connect is in progress by then.
        await pause(1000);
        const writer = peer.stdin.getWriter();
        await writer.write(new TextEncoder().encode("go\n"));
        await writer.close();
        const outcome = await running;
        assert(!outcome.killed, "the finished program did not exit");
        assertEquals([outcome.code, outcome.stdout], [0, stdout]);
        assertEquals(await line(), "served");
      } finally {
        while (await line() !== "");
        await peer.status;
      }
    });
  });
}
