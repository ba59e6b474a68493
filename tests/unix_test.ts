// AF_UNIX sockets, checked against CPython's rows 2.J of the oracle.
// Datagram rows need Deno's --unstable-net; without it the socket cannot be
// made and the error says so:
//   deno test -A tests/unix_test.ts
//   deno test -A --unstable-net tests/unix_test.ts

import * as socket from "./_entry.ts";
import {
  assert,
  assertEquals,
  assertRejects,
  assertThrows,
} from "./_assert.ts";
import {
  lineReader,
  python,
  randomBytes,
  sha256,
  withDeadline,
} from "./_helpers.ts";
import { exampleArgs } from "./_tutorial.ts";

// Datagram AF_UNIX sockets: the native entry needs no unstable flag.
const UNSTABLE = socket.NATIVE || "listenDatagram" in Deno;
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** Runs `fn` with a fresh temporary directory, removed afterwards. */
async function inTempDir(fn: (dir: string) => Promise<void> | void) {
  const dir = Deno.makeTempDirSync({ prefix: "pysocket-unix-test-" });
  try {
    await fn(dir);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

function test(
  name: string,
  fn: (dir: string) => Promise<void> | void,
  options: { ignore?: boolean } = {},
): void {
  Deno.test({
    name,
    ignore: options.ignore ?? false,
    fn: () => withDeadline(20_000, () => inTempDir(fn)),
  });
}

const unstableOnly = { ignore: !UNSTABLE };

// ---- SOCK_STREAM ----------------------------------------------------------

test("an unbound AF_UNIX socket's name is '' (J01)", () => {
  using s = socket.socket(socket.AF_UNIX);
  assertEquals(s.getsockname(), "");
});

test("bind() names the socket with its path; repr shows it bare (J02)", (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  s.bind(`${dir}/j02.sock`);
  assertEquals(s.getsockname(), `${dir}/j02.sock`);
  assertEquals(String(s).split("laddr=")[1], `${dir}/j02.sock>`);
});

test("binding a path in use is EADDRINUSE (J03)", (dir) => {
  using s = socket.socket(socket.AF_UNIX), t = socket.socket(socket.AF_UNIX);
  s.bind(`${dir}/j03.sock`);
  const e = assertThrows(() => t.bind(`${dir}/j03.sock`), socket.OSError);
  assertEquals(String(e), "[Errno 98] Address already in use");
});

test("binding an existing file is EADDRINUSE", (dir) => {
  Deno.writeTextFileSync(`${dir}/plain`, "");
  using s = socket.socket(socket.AF_UNIX);
  assertEquals(
    assertThrows(() => s.bind(`${dir}/plain`), socket.OSError).errno,
    98,
  );
});

test("a bytes path comes back as str (J07)", (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  s.bind(enc(`${dir}/j07.sock`) as unknown as string);
  assertEquals(s.getsockname(), `${dir}/j07.sock`);
});

test("a path over 107 bytes is 'AF_UNIX path too long' (J08)", (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  const e = assertThrows(
    () => s.bind(`${dir}/${"x".repeat(120)}`),
    socket.OSError,
  );
  assertEquals([e.errno, e.message], [null, "AF_UNIX path too long"]);
});

test("a non-path address is TypeError (J09, J10)", (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  assertEquals(
    assertThrows(() => s.bind(123 as unknown as string), TypeError).message,
    "a bytes-like object is required, not 'int'",
  );
  assertEquals(
    assertThrows(
      () => s.bind([`${dir}/x.sock`] as unknown as string),
      TypeError,
    )
      .message,
    "a bytes-like object is required, not 'tuple'",
  );
});

test("connecting to a missing path is FileNotFoundError (J11)", async (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  const e = await assertRejects(
    () => s.connect(`${dir}/does-not-exist.sock`),
    socket.FileNotFoundError,
  );
  assertEquals(String(e), "[Errno 2] No such file or directory");
});

test("connecting to a path bound but not listening is refused (J12)", async (dir) => {
  using s = socket.socket(socket.AF_UNIX), c = socket.socket(socket.AF_UNIX);
  s.bind(`${dir}/j12.sock`);
  const e = await assertRejects(
    () => c.connect(`${dir}/j12.sock`),
    socket.ConnectionRefusedError,
  );
  assertEquals(String(e), "[Errno 111] Connection refused");
});

test("once it listens, the bound path accepts connections", async (dir) => {
  using s = socket.socket(socket.AF_UNIX), c = socket.socket(socket.AF_UNIX);
  s.bind(`${dir}/listening.sock`);
  s.listen();
  await c.connect(`${dir}/listening.sock`);
  const [conn] = await s.accept();
  conn.close();
});

test("accept() gives '' for an unnamed client, names read as Linux (J13)", async (dir) => {
  const p = `${dir}/j13.sock`;
  using s = socket.socket(socket.AF_UNIX), c = socket.socket(socket.AF_UNIX);
  s.bind(p);
  s.listen();
  await c.connect(p);
  const [conn, addr] = await s.accept();
  using _conn = conn;
  assertEquals(
    [
      addr,
      c.getpeername(),
      c.getsockname(),
      conn.getsockname(),
      conn.getpeername(),
    ],
    ["", p, "", p, ""],
  );
});

test("binding in a missing directory is FileNotFoundError (J16)", (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  assertThrows(() => s.bind(`${dir}/nodir/x.sock`), socket.FileNotFoundError);
});

test("connecting to a plain file is refused (J18)", async (dir) => {
  Deno.writeTextFileSync(`${dir}/plainfile`, "");
  using s = socket.socket(socket.AF_UNIX);
  await assertRejects(
    () => s.connect(`${dir}/plainfile`),
    socket.ConnectionRefusedError,
  );
});

test("a path with a NUL is cut there, as the kernel reads it (J21)", (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  s.bind(`${dir}/j21.sock\0junk`);
  assert(Deno.lstatSync(`${dir}/j21.sock`).isSocket);
  assertEquals(s.getsockname(), `${dir}/j21.sock`);
});

test("a listening socket keeps its name (J22)", (dir) => {
  using s = socket.socket(socket.AF_UNIX);
  s.bind(`${dir}/j22.sock`);
  s.listen();
  assertEquals(s.getsockname(), `${dir}/j22.sock`);
});

// The native entry binds abstract names as Linux does (native_unix_test).
test("an abstract name is refused with a clear OSError", () => {
  using s = socket.socket(socket.AF_UNIX);
  const e = assertThrows(() => s.bind("\0abstract"), socket.OSError);
  assert(e.message.includes("abstract"), e.message);
}, { ignore: socket.NATIVE });

test("a stream round trip with recv() at EOF", async (dir) => {
  using s = socket.socket(socket.AF_UNIX), c = socket.socket(socket.AF_UNIX);
  s.bind(`${dir}/rt.sock`);
  s.listen();
  await c.connect(`${dir}/rt.sock`);
  const [conn] = await s.accept();
  using _conn = conn;
  await c.sendall(enc("hello"));
  c.shutdown(socket.SHUT_WR);
  assertEquals(dec(await conn.recv(10)), "hello");
  assertEquals((await conn.recv(10)).length, 0);
});

// ---- SOCK_DGRAM -----------------------------------------------------------

test(
  "without --unstable-net, AF_UNIX SOCK_DGRAM is OSError 94 naming the flag",
  () => {
    const e = assertThrows(
      () => socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM),
      socket.OSError,
    );
    assertEquals(e.errno, 94);
    assert(e.message.includes("--unstable-net"), e.message);
  },
  { ignore: UNSTABLE },
);

test("a datagram from an unbound sender comes from None (J15)", async (dir) => {
  const p = `${dir}/j15.sock`;
  using r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  using w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  r.bind(p);
  assertEquals(await w.sendto(enc("dg"), p), 2);
  const [data, addr] = await r.recvfrom(10);
  assertEquals([dec(data), addr], ["dg", null]);
  assertEquals(w.getsockname(), "");
}, unstableOnly);

test("a datagram from a bound sender comes from its path", async (dir) => {
  using r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  using w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  r.bind(`${dir}/r.sock`);
  w.bind(`${dir}/w.sock`);
  await w.sendto(enc("named"), `${dir}/r.sock`);
  assertEquals((await r.recvfrom(10))[1], `${dir}/w.sock`);
}, unstableOnly);

test("connect() then send() on AF_UNIX datagrams (J20)", async (dir) => {
  const p = `${dir}/j20.sock`;
  using s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  using w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  s.bind(p);
  await w.connect(p);
  await w.send(enc("x"));
  assertEquals(dec(await s.recv(10)), "x");
  assertEquals([w.getsockname(), w.getpeername()], ["", p]);
}, unstableOnly);

test(
  "send() on an unconnected AF_UNIX datagram socket is ENOTCONN (J23)",
  async () => {
    using s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
    const e = await assertRejects(() => s.send(enc("x")), socket.OSError);
    assertEquals(String(e), "[Errno 107] Transport endpoint is not connected");
  },
  unstableOnly,
);

test(
  "connect() to a missing path is ENOENT, to a file refused",
  async (dir) => {
    using s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
    await assertRejects(
      () => s.connect(`${dir}/none`),
      socket.FileNotFoundError,
    );
    Deno.writeTextFileSync(`${dir}/file`, "");
    await assertRejects(
      () => s.connect(`${dir}/file`),
      socket.ConnectionRefusedError,
    );
    await assertRejects(
      () => s.sendto(enc("x"), `${dir}/none`),
      socket.FileNotFoundError,
    );
  },
  unstableOnly,
);

test("an AF_UNIX datagram larger than 64 KiB arrives whole", async (dir) => {
  using r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  using w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  r.bind(`${dir}/big.sock`);
  const big = randomBytes(150_000);
  assertEquals(await w.sendto(big, `${dir}/big.sock`), big.length);
  assertEquals(await r.recv(200_000), big);
}, unstableOnly);

test("an AF_UNIX recvfrom() that times out loses no datagram", async (dir) => {
  using r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  using w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
  r.bind(`${dir}/t.sock`);
  r.settimeout(0.05);
  await assertRejects(() => r.recvfrom(10), socket.timeout);
  await w.sendto(enc("late"), `${dir}/t.sock`);
  r.settimeout(2);
  assertEquals(dec((await r.recvfrom(10))[0]), "late");
}, unstableOnly);

test(
  "datagram sockets across AF_UNIX keep boundaries, with a python3 peer",
  async (dir) => {
    using r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
    r.bind(`${dir}/py.sock`);
    r.settimeout(10);
    const child = new Deno.Command("python3", {
      args: [
        "-c",
        `
import socket
w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
for i in range(100):
    w.sendto(bytes([i]) * i, ${JSON.stringify(`${dir}/py.sock`)})
`,
      ],
    }).output();
    for (let i = 0; i < 100; i++) {
      const [data, addr] = await r.recvfrom(200);
      assertEquals([data.length, data[0] ?? i, addr], [i, i, null]);
    }
    assertEquals((await child).code, 0);
  },
  unstableOnly,
);

// ---- interop: 10 MB each way over a UNIX stream ----------------------------

const SIZE = 10 * 1024 * 1024;

test("interop: 10 MB to a python3 reader, SHA-256 checked", async (dir) => {
  const p = `${dir}/in.sock`;
  const peer = python(`
import socket, hashlib
s = socket.socket(socket.AF_UNIX)
s.bind(${JSON.stringify(p)})
s.listen()
print("ready", flush=True)
conn, _ = s.accept()
h = hashlib.sha256()
while True:
    d = conn.recv(65536)
    if not d: break
    h.update(d)
print(h.hexdigest(), flush=True)
`);
  await peer.stdin.close();
  const line = lineReader(peer.stdout);
  assertEquals(await line(), "ready");
  const data = randomBytes(SIZE);
  using c = socket.socket(socket.AF_UNIX);
  await c.connect(p);
  await c.sendall(data);
  c.shutdown(socket.SHUT_WR);
  assertEquals(await line(), await sha256([data]));
  assertEquals(await line(), "");
  assertEquals((await peer.status).code, 0);
});

test("interop: 10 MB from a python3 writer, SHA-256 checked", async (dir) => {
  const p = `${dir}/out.sock`;
  using s = socket.socket(socket.AF_UNIX);
  s.bind(p);
  s.listen();
  const child = new Deno.Command("python3", {
    args: [
      "-c",
      `
import socket, hashlib, os
data = os.urandom(${SIZE})
c = socket.socket(socket.AF_UNIX)
c.connect(${JSON.stringify(p)})
c.sendall(data)
c.close()
print(hashlib.sha256(data).hexdigest())
`,
    ],
    stdout: "piped",
  }).output();
  const [conn] = await s.accept();
  using _conn = conn;
  const chunks: Uint8Array[] = [];
  for (
    let d = await conn.recv(65536);
    d.length > 0;
    d = await conn.recv(65536)
  ) {
    chunks.push(d);
  }
  const result = await child;
  assertEquals(result.code, 0);
  assertEquals(
    new TextDecoder().decode(result.stdout).trim(),
    await sha256(chunks),
  );
});

// ---- the examples, in child processes --------------------------------------

test("examples: the UNIX echo client gets its echo from the server", async (dir) => {
  const path = `${dir}/echo.sock`;
  // On the entry under test (--ffi under PYSOCKET_ENTRY=ffi).
  const example = (name: string, args: string[]) =>
    new Deno.Command(Deno.execPath(), {
      args: exampleArgs(name, args, ["-N", "-R", "-W"]),
      cwd: new URL("..", import.meta.url).pathname,
      stdout: "piped",
      stderr: "inherit",
    });
  const server = example("unix_echo_server.ts", ["--path", path]).spawn();
  const reader = server.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("\n")) text += (await reader.read()).value ?? "";
  assertEquals(text.split("\n")[0], `Listening on ${path}`);
  const client = await example("unix_echo_client.ts", [
    "--path",
    path,
    "hello unix",
  ]).output();
  assertEquals(dec(client.stdout).trim(), "Received b'hello unix'");
  await reader.cancel();
  assertEquals((await server.status).code, 0);
});
