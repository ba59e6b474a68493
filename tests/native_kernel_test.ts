// What only the native entry can do, because each call is the kernel's:
// checked against live python3 peers.

import { assert, assertEquals } from "./_assert.ts";
import { lineReader, python, withDeadline } from "./_helpers.ts";
import * as socket from "../ffi.ts";
import { openDescriptors } from "../_native/descriptors.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

// Every test leaves as many descriptors open as it found.
function test(name: string, fn: () => Promise<void> | void): void {
  Deno.test(name, () =>
    withDeadline(15_000, async () => {
      const before = openDescriptors();
      await fn();
      assertEquals(openDescriptors(), before, "descriptors leaked");
    }));
}

/** Runs a python3 script; its stdout lines, after it ends with status 0. */
async function py(script: string, ...args: string[]): Promise<string[]> {
  const child = python(
    `import socket, struct, sys, time, os\n${script}`,
    ...args,
  );
  await child.stdin.close();
  const read = lineReader(child.stdout);
  const lines: string[] = [];
  for (let line = await read(); line !== ""; line = await read()) {
    lines.push(line);
  }
  assertEquals((await child.status).code, 0);
  return lines;
}

const portOf = (s: socket.Socket) => (s.getsockname() as [string, number])[1];

test("a bound socket that does not listen refuses a python3 client", async () => {
  using s = socket.socket();
  s.bind(["127.0.0.1", 0]);
  const [out] = await py(
    `c = socket.socket(); print(c.connect_ex(("127.0.0.1", int(sys.argv[1]))))`,
    String(portOf(s)),
  );
  assertEquals(out, "111");
});

// How many of six non-blocking connects a listener with `backlog`
// completes while nobody accepts.
const COUNT = `
port = int(sys.argv[1]); cs = []
for _ in range(6):
    c = socket.socket(); c.setblocking(False); c.connect_ex(("127.0.0.1", port)); cs.append(c)
time.sleep(0.3)
print(sum(1 for c in cs if c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0 and
          not __import__("select").select([], [c], [], 0)[1] == []))
`;

test("listen(n) queues exactly what CPython's listen(n) queues", async () => {
  for (const backlog of [0, 2]) {
    using s = socket.socket();
    s.bind(["127.0.0.1", 0]);
    s.listen(backlog);
    const [ours] = await py(COUNT, String(portOf(s)));
    const [theirs] = await py(
      `l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(${backlog})
sys.argv[1:] = [str(l.getsockname()[1])]
exec(${JSON.stringify(COUNT)})`,
    );
    assertEquals(ours, theirs, `backlog ${backlog}`);
  }
});

test("SO_LINGER (1, 0) then close() resets the python3 peer", async () => {
  using srv = socket.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen(1);
  const child = python(
    `import socket, sys, time
c = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
sys.stdin.readline()
try:
    print(repr(c.recv(10)))
except ConnectionResetError as e:
    print("reset", e.errno)
`,
    String(portOf(srv)),
  );
  const [conn] = await srv.accept();
  conn.setsockopt(
    socket.SOL_SOCKET,
    socket.SO_LINGER,
    new Uint8Array(new Int32Array([1, 0]).buffer),
  );
  conn.close();
  const writer = child.stdin.getWriter();
  await writer.write(enc("go\n"));
  await writer.close();
  const out = await new Response(child.stdout).text();
  assertEquals((await child.status).code, 0);
  assertEquals(out.trim(), "reset 104");
});

test("IPV6_V6ONLY=1 on '::' refuses an IPv4 python3 client; 0 accepts it", async () => {
  for (const only of [1, 0]) {
    using s = socket.socket(socket.AF_INET6);
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, only);
    s.bind(["::", 0]);
    s.listen(1);
    const [out] = await py(
      `c = socket.socket(); print(c.connect_ex(("127.0.0.1", int(sys.argv[1]))))`,
      String(portOf(s)),
    );
    assertEquals(out, only ? "111" : "0");
    assertEquals(s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY), only);
    if (!only) (await s.accept())[0].close();
  }
});

test("an abstract AF_UNIX name is bound, shown as bytes and reached by python3", async () => {
  const name = `\0pysocket-abstract-${Deno.pid}`;
  using s = socket.socket(socket.AF_UNIX);
  s.bind(name);
  s.listen(1);
  assertEquals(s.getsockname() as unknown, enc(name));
  const done = py(
    `c = socket.socket(socket.AF_UNIX); c.connect(b"\\0" + sys.argv[1].encode()); c.sendall(b"hi"); print(c.getpeername())`,
    name.slice(1),
  );
  const [conn] = await s.accept();
  using _conn = conn;
  assertEquals(dec(await conn.recv(10)), "hi");
  assertEquals(await done, [`b'\\x00pysocket-abstract-${Deno.pid}'`]);
});

test("close() leaves a UNIX socket's file in place, as Python does", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const s = socket.socket(socket.AF_UNIX);
    s.bind(`${dir}/kept.sock`);
    s.close();
    assert(Deno.statSync(`${dir}/kept.sock`).isSocket);
    using again = socket.socket(socket.AF_UNIX);
    let errno: number | null = null;
    try {
      again.bind(`${dir}/kept.sock`);
    } catch (e) {
      errno = (e as socket.OSError).errno;
    }
    assertEquals(errno, 98);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

test("fileno() is the OS descriptor of a socket", () => {
  using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  assert(
    Deno.readLinkSync(`/proc/self/fd/${s.fileno()}`).startsWith("socket:["),
  );
});

test("SOCK_SEQPACKET pairs keep message boundaries", async () => {
  const [a, b] = await socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET);
  using _a = a, _b = b;
  await a.send(enc("one"));
  await a.send(enc("two"));
  assertEquals(dec(await b.recv(10)), "one");
  assertEquals(dec(await b.recv(10)), "two");
  assertEquals(b.type, socket.SOCK_SEQPACKET);
});

test("a connected UDP socket reports the peer's ICMP refusal on the next call", async () => {
  const gone = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  gone.bind(["127.0.0.1", 0]);
  const address = gone.getsockname();
  gone.close();
  using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  await s.connect(address);
  await s.send(enc("x"));
  await new Promise((resolve) => setTimeout(resolve, 50));
  let errno: number | null = null;
  try {
    await s.recv(10);
  } catch (e) {
    errno = (e as socket.OSError).errno;
  }
  assertEquals(errno, 111);
});

test("the native entry refuses the main entry's sockets in its selectors, and the main entry the native's", async () => {
  const main = await import("../mod.ts");
  using own = socket.socket(), other = main.socket();
  using a = new socket.DefaultSelector(), b = new main.DefaultSelector();
  for (const [sel, sock] of [[a, other], [b, own]] as const) {
    let error: unknown;
    try {
      sel.register(sock, socket.EVENT_READ);
    } catch (e) {
      error = e;
    }
    assert(error instanceof socket.ValueError, String(error));
    assert(String(error).includes("@pysocket/socket/ffi"), String(error));
  }
});

test("sendmsg gathers buffers and recvmsg returns the sender, over UDP", async () => {
  using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  using b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  a.bind(["127.0.0.1", 0]);
  b.bind(["127.0.0.1", 0]);
  assertEquals(
    await a.sendmsg([enc("ab"), enc("cde")], [], 0, b.getsockname()),
    5,
  );
  const [data, ancdata, flags, address] = await b.recvmsg(10);
  assertEquals([dec(data), ancdata, flags], ["abcde", [], 0]);
  assertEquals(address, a.getsockname());
});

test("send_fds passes a descriptor to python3, and recv_fds takes one back", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    using srv = socket.socket(socket.AF_UNIX);
    srv.bind(`${dir}/fds.sock`);
    srv.listen(1);
    const child = python(
      `import socket, sys
c = socket.socket(socket.AF_UNIX); c.connect(sys.argv[1])
msg, fds, flags, addr = socket.recv_fds(c, 10, 1)
given = socket.socket(fileno=fds[0]); given.sendall(b"via python")
x, y = socket.socketpair()
socket.send_fds(c, [b"back"], [y.fileno()])
x.sendall(b"from python's pair")
print(msg.decode(), len(fds))
`,
      `${dir}/fds.sock`,
    );
    const [conn] = await srv.accept();
    using _conn = conn;
    const [x, y] = await socket.socketpair();
    using _x = x;
    assertEquals(await socket.send_fds(conn, [enc("take")], [y.fileno()]), 4);
    y.close();
    assertEquals(dec(await x.recv(100)), "via python");
    const [msg, fds] = await socket.recv_fds(conn, 10, 1);
    assertEquals([dec(msg), fds.length], ["back", 1]);
    using theirs = socket.socket(-1, -1, -1, fds[0]!);
    assertEquals(dec(await theirs.recv(100)), "from python's pair");
    const out = await new Response(child.stdout).text();
    await child.stdin.close();
    assertEquals((await child.status).code, 0);
    assertEquals(out.trim(), "take 1");
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
