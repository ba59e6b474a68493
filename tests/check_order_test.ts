// Which error comes first: every Socket method, on every kind of socket in
// every state, with bad and good arguments, against python3. CPython checks
// its arguments before the socket's state, and Linux checks some arguments
// before the connection (shutdown(5) unconnected is EINVAL, recv on an
// unconnected AF_UNIX stream is EINVAL): the class, errno and message of
// each call must be python3's. Sockets are non-blocking, so nothing waits.

import { assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { withDeadline } from "./_helpers.ts";

const { AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_DGRAM } = socket;

const KINDS: [string, number, number][] = [
  ["tcp4", AF_INET, SOCK_STREAM],
  ["tcp6", AF_INET6, SOCK_STREAM],
  ["unix", AF_UNIX, SOCK_STREAM],
  ["udp4", AF_INET, SOCK_DGRAM],
  ["udp6", AF_INET6, SOCK_DGRAM],
];
const STATES = ["fresh", "bound", "listening", "connected", "closed"];

// Where the default engine differs from python3 on purpose, and why (the
// native engine has the kernel's answers).
const DIFFERENT: Record<string, string> = Deno.env.get("PYSOCKET_ENTRY") ===
    "ffi"
  ? {}
  : {
    'unix bound connect([{"$":"peer"}])':
      "Deno cannot connect from a bound AF_UNIX address: EOPNOTSUPP, saying so",
    'unix connected bind([{"$":"addr"}])':
      "Linux names a connected AF_UNIX socket on bind(); Deno cannot bind a connection it made",
  };

// An argument: JSON, with `{"$": "addr"}` a fresh local address of the
// socket's family, `{"$": "peer"}` the address of a peer that is there,
// `{"$": "tuple", "v": [...]}` a tuple, `{"$": "bytes", "n": n}` n bytes.
type Arg = unknown;
const ADDR = { $: "addr" };
const PEER = { $: "peer" };
const tuple = (...v: Arg[]) => ({ $: "tuple", v });
const bytes = (n: number) => ({ $: "bytes", n });

const CALLS: [string, Arg[]][] = [
  ["shutdown", [5]],
  ["shutdown", [-1]],
  ["shutdown", ["x"]],
  ["shutdown", [0]],
  ["shutdown", [2]],
  ["recv", [-1]],
  ["recv", [1]],
  ["recv", [0]],
  ["recv", ["x"]],
  ["recv", [1, "x"]],
  ["recv_into", [bytes(1), 5]],
  ["recv_into", ["x"]],
  ["recv_into", [bytes(1)]],
  ["recvfrom", [-1]],
  ["recvfrom", [1]],
  ["recvfrom_into", [bytes(1), 5]],
  ["recvfrom_into", [bytes(1)]],
  ["send", ["x"]],
  ["send", [bytes(1)]],
  ["send", [bytes(1), "x"]],
  ["sendall", ["x"]],
  ["sendall", [bytes(1)]],
  ["sendto", ["x", PEER]],
  ["sendto", [bytes(1), "x"]],
  ["sendto", [bytes(1), tuple("127.0.0.1", 70000)]],
  ["sendto", [bytes(1), PEER]],
  ["bind", [tuple("127.0.0.1", 70000)]],
  ["bind", [tuple("::1", 70000, 0, 0)]],
  ["bind", [5]],
  ["bind", [ADDR]],
  ["listen", ["x"]],
  ["listen", [5]],
  ["accept", []],
  ["connect", [tuple("127.0.0.1", -1)]],
  ["connect", [tuple("::1", -1, 0, 0)]],
  ["connect", [5]],
  ["connect_ex", [tuple("127.0.0.1", 70000)]],
  ["getsockname", []],
  ["getpeername", []],
  ["getsockopt", [1, 2]],
  ["getsockopt", [1, 2, 2000]],
  ["getsockopt", [1, 9999]],
  ["setsockopt", [1, 2, "x"]],
  ["setsockopt", [1, 2, 1]],
  ["recv", [1, 0x40000000]],
  ["recvfrom", [0]],
  ["recv_into", [bytes(0)]],
  ["send", [bytes(0)]],
  ["send", [bytes(1), 0x40000000]],
  ["sendall", [bytes(1), "x"]],
  ["sendto", [bytes(1), 0, PEER]],
  ["sendto", [bytes(1), "x", PEER]],
  ["sendto", [bytes(1)]],
  ["bind", [tuple("127.0.0.1")]],
  ["bind", [tuple("127.0.0.1", "x")]],
  ["connect", [PEER]],
  ["connect_ex", [PEER]],
  ["listen", [-5]],
  ["listen", []],
  ["getsockopt", [1, 3]],
  ["getsockopt", [6, 1]],
  ["getsockopt", ["x", 1]],
  ["setsockopt", [1, 9999, 1]],
  ["setsockopt", [1, 3, 1]],
  ["setsockopt", [6, 1, 1]],
  ["setsockopt", [1, 2, bytes(3)]],
  ["settimeout", ["x"]],
  ["settimeout", [-1]],
  ["settimeout", [1]],
  ["setblocking", [true]],
];

const PYTHON = String.raw`
import json, os, socket, sys, tempfile
kinds, states, calls = (json.loads(a) for a in sys.argv[1:4])
tmp = tempfile.mkdtemp(); counter = [0]
def fresh_path():
    counter[0] += 1
    return os.path.join(tmp, "s%d" % counter[0])
def local(family):
    return fresh_path() if family == socket.AF_UNIX else ("::1", 0) if family == socket.AF_INET6 else ("127.0.0.1", 0)
peers = {}
def peer(family, kind):
    key = (family, kind)
    if key not in peers:
        p = socket.socket(family, kind); p.bind(local(family))
        if kind == socket.SOCK_STREAM: p.listen(100)
        peers[key] = p
    return peers[key].getsockname()
def arg(a, family, kind):
    if isinstance(a, dict):
        if a["$"] == "addr": return local(family)
        if a["$"] == "peer": return peer(family, kind)
        if a["$"] == "tuple": return tuple(a["v"])
        if a["$"] == "bytes": return bytearray(a["n"])
    return a
def make(family, kind, state):
    s = socket.socket(family, kind)
    if state in ("bound", "listening"): s.bind(local(family))
    if state == "listening": s.listen()
    if state == "connected": s.connect(peer(family, kind))
    s.setblocking(False)
    if state == "closed": s.close()
    return s
out = []
for name, family, kind in kinds:
    for state in states:
        if state == "listening" and kind == socket.SOCK_DGRAM:
            continue
        for method, args in calls:
            s = make(family, kind, state)
            try:
                getattr(s, method)(*[arg(a, family, kind) for a in args])
                out.append(["ok"])
            except Exception as e:
                out.append([type(e).__name__, getattr(e, "errno", None), str(e)])
            s.close()
for p in peers.values(): p.close()
print(json.dumps(out))
`;

Deno.test("every Socket method raises python3's error first, on every kind of socket in every state", async () => {
  await withDeadline(60000, async () => {
    const run = await new Deno.Command("python3", {
      args: [
        "-c",
        PYTHON,
        ...[KINDS, STATES, CALLS].map((x) => JSON.stringify(x)),
      ],
      stdout: "piped",
    }).output();
    const expected: unknown[][] = JSON.parse(
      new TextDecoder().decode(run.stdout),
    );
    const dir = Deno.makeTempDirSync();
    let counter = 0;
    const local = (family: number): socket.Address =>
      family === AF_UNIX
        ? `${dir}/s${++counter}`
        : family === AF_INET6
        ? ["::1", 0, 0, 0]
        : ["127.0.0.1", 0];
    const peers = new Map<string, socket.Socket>();
    const peer = (family: number, type: number): socket.Address => {
      const key = `${family}:${type}`;
      let p = peers.get(key);
      if (p === undefined) {
        p = socket.socket(family, type);
        p.bind(local(family));
        if (type === SOCK_STREAM) p.listen(100);
        peers.set(key, p);
      }
      return p.getsockname();
    };
    const arg = (a: Arg, family: number, type: number): unknown => {
      if (typeof a !== "object" || a === null) return a;
      const tagged = a as { $: string; v?: Arg[]; n?: number };
      if (tagged.$ === "addr") return local(family);
      if (tagged.$ === "peer") return peer(family, type);
      if (tagged.$ === "tuple") return tagged.v;
      return new Uint8Array(tagged.n!);
    };
    const mismatches: string[] = [];
    let i = 0;
    try {
      for (const [name, family, type] of KINDS) {
        for (const state of STATES) {
          if (state === "listening" && type === SOCK_DGRAM) continue;
          for (const [method, args] of CALLS) {
            const s = socket.socket(family, type);
            if (state === "bound" || state === "listening") {
              s.bind(local(family));
            }
            if (state === "listening") s.listen();
            if (state === "connected") await s.connect(peer(family, type));
            s.setblocking(false);
            if (state === "closed") s.close();
            let got: unknown[];
            try {
              const f = (s as unknown as Record<string, unknown>)[method] as (
                ...a: unknown[]
              ) => unknown;
              await f.apply(s, args.map((a) => arg(a, family, type)));
              got = ["ok"];
            } catch (e) {
              got = [
                (e as Error).name === "gaierror"
                  ? "gaierror"
                  : (e as Error).constructor.name,
                (e as { errno?: number }).errno ?? null,
                (e as Error).message,
              ];
            }
            s.close();
            const want = expected[i++];
            const key = `${name} ${state} ${method}(${JSON.stringify(args)})`;
            if (key in DIFFERENT) {
              assertEquals(got[0] === want?.[0], false, key);
            } else if (JSON.stringify(got) !== JSON.stringify(want)) {
              mismatches.push(
                `${name} ${state} ${method}(${JSON.stringify(args)}): got ${
                  JSON.stringify(got)
                }, python3 ${JSON.stringify(want)}`,
              );
            }
          }
        }
      }
    } finally {
      // Connections the stream peers queued are accepted and closed.
      for (const [key, p] of peers) {
        if (key.endsWith(`:${SOCK_STREAM}`)) {
          p.setblocking(false);
          for (;;) {
            try {
              const [conn] = await p.accept();
              conn.close();
            } catch {
              break;
            }
          }
        }
        p.close();
      }
      Deno.removeSync(dir, { recursive: true });
    }
    assertEquals(mismatches, []);
  });
});
