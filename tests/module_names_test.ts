// Every name of Python 3.11's socket module on this machine against the
// module's exports (names and values), Python's enums member by member,
// CMSG_LEN/CMSG_SPACE, the interface functions and sethostname, each
// against python3.

import { assert, assertEquals, assertStringIncludes } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { withDeadline } from "./_helpers.ts";
import { outcome, PY_OUTCOME, pyJson } from "./_py_json.ts";

const test = (name: string, fn: () => Promise<void>) =>
  Deno.test(name, () => withDeadline(30_000, fn));

/** What `dir(socket)` has that the module leaves out on purpose, and why. */
const LEFT_OUT: Record<string, string> = {
  CAPI: "a PyCapsule: _socket's C API for C extensions",
  IntEnum: "the enum module's class, in socket's namespace by its import",
  IntFlag: "the enum module's class, in socket's namespace by its import",
  array: "a module socket.py imports",
  errno: "a module socket.py imports",
  io: "a module socket.py imports",
  os: "a module socket.py imports",
  selectors: "a module socket.py imports (here @pysocket/socket/selectors)",
  sys: "a module socket.py imports",
};

test("every name in python3's dir(socket) is exported, with Python's value", async () => {
  const names = await pyJson(String.raw`
import json, socket
out = {}
for n in dir(socket):
    v = getattr(socket, n)
    out[n] = int(v) if isinstance(v, int) else type(v).__name__
print(json.dumps(out))
`) as Record<string, number | string>;
  const exports = socket as unknown as Record<string, unknown>;
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const [name, value] of Object.entries(names)) {
    if (name.startsWith("_") || name in LEFT_OUT) continue;
    if (!(name in exports)) {
      missing.push(name);
    } else if (typeof value === "number" && Number(exports[name]) !== value) {
      wrong.push(`${name}: python3 ${value}, here ${exports[name]}`);
    }
  }
  assertEquals(missing, []);
  assertEquals(wrong, []);
  // Each name left out is really in dir(socket): the list stays honest.
  for (const name of Object.keys(LEFT_OUT)) assert(name in names, name);
});

test("the enums' members, reprs, strs and names are python3's", async () => {
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket
out = {}
for E in (socket.AddressFamily, socket.SocketKind, socket.MsgFlag, socket.AddressInfo):
    out[E.__name__] = {
        "members": [[k, int(v), repr(v), str(v), v.name] for k, v in E.__members__.items()],
        "order": [int(v) for v in E],
    }
F = socket.MsgFlag; A = socket.AddressInfo
out["calls"] = [
    outcome(lambda: repr(F(3))), outcome(lambda: repr(F(0))), outcome(lambda: F(0).name),
    outcome(lambda: repr(F(1 << 27))), outcome(lambda: repr(F(3 | 1 << 27))),
    outcome(lambda: F(3 | 1 << 27).name), outcome(lambda: int(F(-1))), outcome(lambda: repr(F(-2))),
    outcome(lambda: repr(A(3))), outcome(lambda: repr(A(-1))), outcome(lambda: repr(A(0))),
    outcome(lambda: repr(socket.AddressFamily(10))), outcome(lambda: repr(socket.AddressFamily(12345))),
    outcome(lambda: repr(socket.SocketKind(2049))), outcome(lambda: repr(socket.AddressFamily("x"))),
    outcome(lambda: repr(socket.MsgFlag(1.5))),
]
print(json.dumps(out))
`,
  ) as Record<string, unknown>;
  const enums = {
    AddressFamily: socket.AddressFamily,
    SocketKind: socket.SocketKind,
    MsgFlag: socket.MsgFlag,
    AddressInfo: socket.AddressInfo,
  };
  const out: Record<string, unknown> = {};
  for (const [name, E] of Object.entries(enums)) {
    const members = (expected[name] as { members: [string, number][] })
      .members.map(([key]) => {
        const value = (E as unknown as Record<string, number>)[key]!;
        return [key, value, E.repr(value), String(value), E.nameOf(value)];
      });
    // Python's order, over the members this python3 has: one built without
    // Bluetooth headers (pyenv's, say) has no AF_BLUETOOTH, Debian's has.
    const known = new Set(members.map(([, value]) => value));
    out[name] = { members, order: [...E].filter((v) => known.has(v)) };
  }
  const F = socket.MsgFlag, A = socket.AddressInfo;
  const loose = (f: (v: number) => unknown, v: unknown) => () => f(v as number);
  out["calls"] = [
    await outcome(() => F.repr(3)),
    await outcome(() => F.repr(0)),
    await outcome(() => F.nameOf(0)),
    await outcome(() => F.repr(1 << 27)),
    await outcome(() => F.repr(3 | 1 << 27)),
    await outcome(() => F.nameOf(3 | 1 << 27)),
    await outcome(() => F(-1)),
    await outcome(() => F.repr(-2)),
    await outcome(() => A.repr(3)),
    await outcome(() => A.repr(-1)),
    await outcome(() => A.repr(0)),
    await outcome(() => socket.AddressFamily.repr(10)),
    await outcome(() => socket.AddressFamily.repr(12345)),
    await outcome(() => socket.SocketKind.repr(2049)),
    await outcome(loose(socket.AddressFamily.repr, "x")),
    await outcome(loose(socket.MsgFlag.repr, 1.5)),
  ];
  assertEquals(out, expected);
});

test("sock.family, sock.type and getaddrinfo() results are the enums' members, as python3 prints them", async () => {
  const expected = await pyJson(String.raw`
import json, socket
out = []
for fam, typ in ((socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK), (socket.AF_INET6, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC), (socket.AF_UNIX, socket.SOCK_STREAM)):
    s = socket.socket(fam, typ)
    out.append([repr(s.family), repr(s.type)])
    s.close()
for r in socket.getaddrinfo("127.0.0.1", 80) + socket.getaddrinfo("::1", 80, flags=socket.AI_NUMERICHOST):
    out.append([repr(r[0]), repr(r[1]), r[2]])
print(json.dumps(out))
`);
  const out: unknown[] = [];
  const kinds: [number, number][] = [
    [socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK],
    [socket.AF_INET6, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC],
    [socket.AF_UNIX, socket.SOCK_STREAM],
  ];
  for (const [family, type] of kinds) {
    using s = socket.socket(family, type);
    out.push([
      socket.AddressFamily.repr(s.family),
      socket.SocketKind.repr(s.type),
    ]);
  }
  const results = [
    ...await socket.getaddrinfo("127.0.0.1", 80),
    ...await socket.getaddrinfo("::1", 80, 0, 0, 0, socket.AI_NUMERICHOST),
  ];
  for (const [family, type, proto] of results) {
    out.push([
      socket.AddressFamily.repr(family),
      socket.SocketKind.repr(type),
      proto,
    ]);
  }
  assertEquals(out, expected);
});

test("CMSG_LEN and CMSG_SPACE over 0-4096 and at their limits are python3's", async () => {
  const edges = [
    -1,
    -(2 ** 63),
    2 ** 31 - 1 - 16,
    2 ** 31 - 16,
    2 ** 31 - 1 - 24,
    2 ** 31 - 24,
    2 ** 31,
    2 ** 63,
  ];
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket, sys
edges = [int(n) for n in json.loads(sys.argv[1])]
out = [[socket.CMSG_LEN(n), socket.CMSG_SPACE(n)] for n in range(4097)]
for n in edges:
    out.append([outcome(lambda: socket.CMSG_LEN(n)), outcome(lambda: socket.CMSG_SPACE(n))])
out.append([outcome(lambda: socket.CMSG_LEN("x")), outcome(lambda: socket.CMSG_SPACE(1.5))])
print(json.dumps(out))
`,
    // Exact decimal text: JSON would round 2**63 to 9223372036854776000.
    JSON.stringify(edges.map((n) => BigInt(n).toString())),
  );
  const out: unknown[] = [];
  for (let n = 0; n <= 4096; n++) {
    out.push([socket.CMSG_LEN(n), socket.CMSG_SPACE(n)]);
  }
  for (const n of edges) {
    out.push([
      await outcome(() => socket.CMSG_LEN(n)),
      await outcome(() => socket.CMSG_SPACE(n)),
    ]);
  }
  out.push([
    await outcome(() => socket.CMSG_LEN("x" as unknown as number)),
    await outcome(() => socket.CMSG_SPACE(1.5)),
  ]);
  assertEquals(out, expected);
});

test("if_nameindex, if_nametoindex, if_indextoname on this machine's interfaces are python3's", async () => {
  const probes: unknown[] = ["nosuch0", "lo:1", "", "a".repeat(100), "lo\0"];
  const indexes: unknown[] = [0, 999, -1, 2 ** 32, 2 ** 32 + 1, 2 ** 64, true];
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket, sys
names, indexes = json.loads(sys.argv[1]), json.loads(sys.argv[2])
table = socket.if_nameindex()
out = [table,
  [socket.if_nametoindex(n) for _, n in table],
  [socket.if_indextoname(i) for i, _ in table],
  [outcome(lambda: socket.if_nametoindex(n)) for n in names],
  [outcome(lambda: socket.if_indextoname(i)) for i in indexes],
  outcome(lambda: socket.if_nametoindex(1)),
  outcome(lambda: socket.if_nametoindex(None)),
  outcome(lambda: socket.if_indextoname("1")),
  outcome(lambda: socket.if_indextoname(1.0)),
  socket.if_nametoindex(b"lo"),
]
print(json.dumps(out))
`,
    JSON.stringify(probes),
    // 2 ** 64 reaches python3 as 18446744073709552000: past 2**64 too.
    JSON.stringify(indexes),
  );
  const table = socket.if_nameindex();
  // deno-lint-ignore no-explicit-any
  const loose = socket as any;
  const out = [
    table,
    table.map(([, n]) => socket.if_nametoindex(n)),
    table.map(([i]) => socket.if_indextoname(i)),
    await Promise.all(
      probes.map((n) => outcome(() => loose.if_nametoindex(n))),
    ),
    await Promise.all(
      indexes.map((i) => outcome(() => loose.if_indextoname(i))),
    ),
    await outcome(() => loose.if_nametoindex(1)),
    await outcome(() => loose.if_nametoindex(null)),
    await outcome(() => loose.if_indextoname("1")),
    await outcome(() => loose.if_indextoname(1.5)),
    socket.if_nametoindex(new TextEncoder().encode("lo")),
  ];
  // Python's 1.0 is a float (TypeError); JavaScript's 1.0 is the integer 1,
  // so the float case is 1.5 here.
  assertEquals(out, expected);
});

test("sethostname's argument errors are python3's; setting the current name changes nothing", async () => {
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket
print(json.dumps([
  outcome(lambda: socket.sethostname(5)),
  outcome(lambda: socket.sethostname("a\0b")),
  outcome(lambda: socket.sethostname("a" * 65)),
]))
`,
  );
  // deno-lint-ignore no-explicit-any
  const loose = socket as any;
  const out = [
    await outcome(() => loose.sethostname(5)),
    await outcome(() => socket.sethostname("a\0b")),
    await outcome(() => socket.sethostname("a".repeat(65))),
  ];
  assertEquals(out, expected);
  // Writing the name it already has: allowed for root (as Python here),
  // PermissionError otherwise; either way the name stays.
  const name = socket.gethostname();
  const result = await outcome(() => socket.sethostname(name));
  assert(
    result[0] === "ok" || result[0] === "PermissionError",
    String(result),
  );
  assertEquals(socket.gethostname(), name);
});

// Runs sethostname(current name) without CAP_SYS_ADMIN (dropped from the
// bounding set by setpriv, so even root lacks it); the child checks its
// own capabilities first and never calls sethostname while it has it.
const UNPRIVILEGED = String.raw`
const status = Deno.readTextFileSync("/proc/self/status");
const eff = BigInt("0x" + /CapEff:\s*([0-9a-f]+)/.exec(status)[1]);
if (eff & (1n << 21n)) {
  console.log("privileged");
} else {
  const socket = Deno.args[0] === "ffi"
    ? await import(Deno.args[1] + "/ffi.ts")
    : await import(Deno.args[1] + "/mod.ts");
  try { socket.sethostname(socket.gethostname()); console.log(JSON.stringify(["ok", null])); }
  catch (e) { console.log(JSON.stringify([e.name, e.errno, e.message])); }
}
`;

test("sethostname without the privilege is python3's PermissionError EPERM", async () => {
  // The default entry writes /proc/sys/kernel/hostname, which Linux lets
  // root write without CAP_SYS_ADMIN (a file permission, no capability
  // check): only sethostname(2) itself refuses as python3 does.
  if (!socket.NATIVE) return;
  const drop = ["--bounding-set=-sys_admin"];
  let python: Deno.CommandOutput;
  try {
    python = await new Deno.Command("setpriv", {
      args: [
        ...drop,
        "python3",
        "-c",
        PY_OUTCOME + String.raw`
import json, socket
caps = int(open("/proc/self/status").read().split("CapEff:")[1].split()[0], 16)
if caps & (1 << 21): print("privileged")
else: print(json.dumps(outcome(lambda: socket.sethostname(socket.gethostname()))))
`,
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return; // no setpriv here: skip
    throw e;
  }
  const expected = new TextDecoder().decode(python.stdout).trim();
  // setpriv could not drop it (no privilege to drop): python3's own test.
  if (!python.success || expected === "privileged") return;
  const dir = Deno.makeTempDirSync();
  const script = `${dir}/child.ts`;
  Deno.writeTextFileSync(script, UNPRIVILEGED);
  const root = new URL("..", import.meta.url).href.replace(/\/$/, "");
  const { stdout } = await new Deno.Command("setpriv", {
    args: [
      ...drop,
      Deno.execPath(),
      "run",
      // Reading /proc/self needs every permission in Deno.
      "-A",
      script,
      socket.NATIVE ? "ffi" : "main",
      root,
    ],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  Deno.removeSync(dir, { recursive: true });
  assertEquals(
    JSON.parse(new TextDecoder().decode(stdout)),
    JSON.parse(expected),
  );
});

test("sethostname without --allow-write is PermissionError naming the flag", async () => {
  const dir = Deno.makeTempDirSync();
  const script = `${dir}/set.ts`;
  Deno.writeTextFileSync(
    script,
    `import * as socket from ${
      JSON.stringify(new URL("./_entry.ts", import.meta.url).href)
    };
try { socket.sethostname(socket.gethostname()); console.log("set"); }
catch (e) { console.log(e.name, e.errno, e.message); }
`,
  );
  const { stdout } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", "--allow-sys", script],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  Deno.removeSync(dir, { recursive: true });
  const text = new TextDecoder().decode(stdout);
  assertStringIncludes(text, "PermissionError 13");
  assertStringIncludes(text, "--allow-write");
});

test("SocketType is the socket class", async () => {
  const expected = await pyJson(`
import json, socket
s = socket.socket(); r = isinstance(s, socket.SocketType); s.close()
print(json.dumps(r))
`);
  using s = socket.socket();
  assertEquals(s instanceof socket.SocketType, expected);
});
