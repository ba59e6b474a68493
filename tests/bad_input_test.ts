// Hostile input, everywhere: every exported function and every Socket
// method gets arbitrary values for every argument, and may only answer with
// Python's documented errors (TypeError with CPython's wording, ValueError,
// OverflowError, an OSError subclass, gaierror/herror) or succeed. Never an
// internal error, a hang, an unhandled rejection or a socket left open.
//
// Adding a function is one row in CALLS. Valid hosts and ports are limited
// to loopback and to this test's own listener, so no case looks a name up
// or reaches another program's port.

import * as socket from "./_entry.ts";
import { assert, assertEquals } from "./_assert.ts";
import fc from "fast-check";
import { scale } from "./_peer.ts";
import { withDeadline } from "./_helpers.ts";
import { outcome, PY_OUTCOME, pyJson } from "./_py_json.ts";
import * as socketserver from "./_socketserver.ts";

const {
  htons,
  ntohs,
  htonl,
  ntohl,
  inet_aton,
  inet_ntoa,
  inet_pton,
  inet_ntop,
  getservbyname,
  getservbyport,
  getprotobyname,
} = socket;

const RUNS = scale(150, 10_000);
const CASE_DEADLINE_MS = 5_000;

/** Thrown by hostile objects: only ever seen if the module calls them. */
class Hostile extends Error {}

const trap = (what: string) => () => {
  throw new Hostile(what);
};

function hostileObject(): object {
  return {
    toString: trap("toString"),
    valueOf: trap("valueOf"),
    [Symbol.toPrimitive]: trap("toPrimitive"),
  };
}

function hostileProxy(): object {
  return new Proxy({}, {
    get: trap("get"),
    has: trap("has"),
    ownKeys: trap("ownKeys"),
    getOwnPropertyDescriptor: trap("getOwnPropertyDescriptor"),
  });
}

function detachedBuffer(): ArrayBuffer {
  const buffer = new ArrayBuffer(16);
  structuredClone(buffer, { transfer: [buffer] });
  return buffer;
}

function detachedView(): Uint8Array {
  const buffer = new ArrayBuffer(16);
  const view = new Uint8Array(buffer, 4, 8);
  structuredClone(buffer, { transfer: [buffer] });
  return view;
}

/**
 * A value made fresh for each call: hostile objects would trap fast-check's
 * own inspection, and a detached buffer must be detached anew.
 */
class Lazy {
  constructor(readonly label: string, readonly make: () => unknown) {}
  toString(): string {
    return this.label;
  }
}

const lazy = (label: string, make: () => unknown): fc.Arbitrary<unknown> =>
  fc.constant(new Lazy(label, make));

/** The real arguments behind `Lazy` placeholders, arrays included. */
function materialize(value: unknown): unknown {
  if (value instanceof Lazy) return value.make();
  if (Array.isArray(value)) return value.map(materialize);
  return value;
}

const HUGE_STRING = "x".repeat(1 << 20);

const numbers: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 32,
    2 ** 53,
    2 ** 63,
    -(2 ** 63),
    2 ** 64,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2n ** 64n,
    -(2n ** 70n),
  ),
);

const buffers: fc.Arbitrary<unknown> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.constantFrom(
    new Uint8Array(0),
    new Uint8Array(1 << 20),
    new Float64Array(3),
    new Int8Array(7),
    new DataView(new ArrayBuffer(5)),
    new ArrayBuffer(9),
    new SharedArrayBuffer(4),
  ),
  lazy("detachedBuffer", detachedBuffer),
  lazy("detachedView", detachedView),
);

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  lazy("hostileObject", hostileObject),
  lazy("hostileProxy", hostileProxy),
  fc.constantFrom(Symbol("s"), () => 0, new Date(0), /re/, new Map()),
);

// Anything but a string or bytes: what may reach an AF_UNIX socket without
// naming a path outside the test's temp dir.
const notPath: fc.Arbitrary<unknown> = fc.oneof(
  numbers,
  hostile,
  fc.constantFrom(null, undefined, true, false, {}, []),
  fc.array(numbers, { maxLength: 5 }),
  fc.uint8Array({ maxLength: 0 }),
);

const anything: fc.Arbitrary<unknown> = fc.oneof(
  notPath,
  buffers,
  fc.string(),
  fc.constant(HUGE_STRING),
);

// Hosts that never cause a DNS query: loopback literals, `localhost`
// (/etc/hosts), names with `%` (refused before any look-up), or garbage.
const host: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "127.0.0.1",
    "::1",
    "localhost",
    "",
    "0.0.0.0",
    "::",
    "127.1",
    "0x7f.0.0.1",
    "::ffff:127.0.0.1",
    "fe80::1%no-such-if",
    HUGE_STRING,
  ),
  fc.string().map((s) => `${s}%`),
  fc.constantFrom("127.0.0.1", "::1").map((h) => new TextEncoder().encode(h)),
  notPath,
);

/** What one case needs: its sockets, its listener's port, its temp dir. */
interface Env {
  listenerPort: number;
  dir: string;
}

const port = (env: Env): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(env.listenerPort, 0, -1, 65536, 2 ** 31, 1.5, NaN),
    notPath,
  );

const address = (env: Env): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.tuple(host, port(env)),
    fc.tuple(host, port(env), numbers, numbers),
    fc.tuple(host, port(env), anything),
    fc.array(host, { maxLength: 6 }),
    fc.string({ maxLength: 200 }).map((s) =>
      `${env.dir}/${s.replaceAll("/", "_").replaceAll("\0", "_")}`
    ),
    fc.constant(`${env.dir}/${"p".repeat(200)}`),
    notPath,
  );

// Hosts every name function may look up without a DNS query: numeric
// ones, and names /etc/hosts holds (localhost, and this machine's name).
const forwardHost: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "127.0.0.1",
    "::1",
    "localhost",
    Deno.hostname(),
    "",
    "0.0.0.0",
    "::",
    "127.1",
    "0x7f.0.0.1",
    "::ffff:127.0.0.1",
    "1.2.3.4",
    "fe80::1%no-such-if",
    "fe80::1%1",
    "256.1.1.1.1",
  ),
  fc.constantFrom("127.0.0.1", "localhost").map((h) =>
    new TextEncoder().encode(h)
  ),
  notPath,
);

// Addresses a reverse look-up may ask for: /etc/hosts names 127.0.0.1 only.
const reverseHost: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("127.0.0.1", "localhost", Deno.hostname(), "", "127.1"),
  notPath,
);

const FORWARD_SAFE = new Set<unknown>([
  "127.0.0.1",
  "::1",
  "localhost",
  Deno.hostname(),
  "",
  "0.0.0.0",
  "::",
  "127.1",
  "0x7f.0.0.1",
  "::ffff:127.0.0.1",
  "1.2.3.4",
  "fe80::1%no-such-if",
  "fe80::1%1",
]);

/** Whether `host` resolves without a DNS query (or is not text at all). */
function lookupFree(host: unknown): boolean {
  return FORWARD_SAFE.has(host) ||
    (typeof host !== "string" && !(host instanceof Uint8Array));
}

/** Whether a reverse look-up of `host` stays in /etc/hosts. */
function reverseFree(host: unknown): boolean {
  return host === "127.0.0.1" || host === "127.1" || host === "localhost";
}

/** `flags` with `bit` set, for a call that must not reach the network. */
function numericOnly(flags: unknown, bit: number): number {
  return typeof flags === "number" && Number.isInteger(flags) &&
      Math.abs(flags) < 2 ** 31
    ? flags | bit
    : bit;
}

/** Timeouts that may block, but never for long. */
const smallTimeout: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, 0.001, 0.01, -1, NaN, -Infinity, undefined),
  hostile,
  fc.string({ maxLength: 3 }),
);

/** Stands for the case's own socket in a generated argument. */
const SOCKET: Lazy = new Lazy("SOCKET", (): unknown => SOCKET);

/** `args` with SOCKET replaced by `s`, one level into arrays. */
function withSocket(args: unknown[], s: socket.Socket): unknown[] {
  const swap = (v: unknown): unknown =>
    v === SOCKET ? s : Array.isArray(v) ? v.map(swap) : v;
  return args.map(swap);
}

const selectList = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.array(fc.oneof(fc.constant(SOCKET), notPath), { maxLength: 3 }),
    fc.constant([SOCKET]),
    anything,
  );

// A call's trailing options: a keyword argument, so never a hostile object.
// The signals: one never aborted, one aborted already (its reason, an
// AbortError, is what the call then rejects with), and values of no use.
const signal: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(new AbortController().signal),
  fc.constant(AbortSignal.abort()),
  fc.constantFrom(null, undefined, 0, 5, "x", [], {}),
);
const waitOptions = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.record({ signal }, { requiredKeys: [] }),
    fc.constantFrom(null, undefined, 5, "x"),
  );

const makefileOptions: fc.Arbitrary<unknown> = fc.record({
  buffering: fc.oneof(fc.constantFrom(0, 1, -1, 8192), anything),
  encoding: fc.oneof(fc.constantFrom("utf-8", "latin-1", "nope"), anything),
  errors: fc.oneof(fc.constantFrom("strict", "replace", "nope"), anything),
  newline: fc.oneof(fc.constantFrom("", "\n", "\r\n", "x"), anything),
}, { requiredKeys: [] });

// makefile() modes (with their buffering) and the file methods that wait,
// with the positional arguments each takes before its options.
const FILE_MODES: [string, number][] = [
  ["rb", 0],
  ["rwb", 0],
  ["rb", 4],
  ["wb", -1],
  ["rwb", 4],
  ["r", 4],
  ["w", -1],
];
const FILE_METHODS: [string, (text: boolean) => unknown[]][] = [
  ["read", () => [3]],
  ["read1", () => [3]],
  ["peek", () => [0]],
  ["readall", () => []],
  ["readline", () => [-1]],
  ["readlines", () => [-1]],
  ["readinto", () => [new Uint8Array(3)]],
  ["readinto1", () => [new Uint8Array(3)]],
  ["write", (text) => [text ? "a" : new Uint8Array([97])]],
  ["writelines", (text) => [[text ? "a" : new Uint8Array([97])]]],
  ["flush", () => []],
];

type Case = (s: socket.Socket, args: unknown[]) => unknown;
// deno-lint-ignore no-explicit-any
type Loose = any;

/** One row per callable: its name, its arguments, how to call it. */
interface Row {
  name: string;
  args: (env: Env) => fc.Arbitrary<unknown[]>;
  call: Case;
  /**
   * Calls into its arguments as Python does (`str()`, `fileno()`), so a
   * hostile object's own error escapes, as it would in Python.
   */
  callsInto?: true;
}

const args = (
  ...arbs: ((env: Env) => fc.Arbitrary<unknown>)[]
) =>
(env: Env): fc.Arbitrary<unknown[]> =>
  fc.tuple(...arbs.map((arb) => arb(env))).chain((values) =>
    // Sometimes fewer arguments than declared: JavaScript allows it.
    fc.nat({ max: values.length }).map((n) => values.slice(0, n))
  );
const any = (): fc.Arbitrary<unknown> => anything;
const addr = address;
const buf = (): fc.Arbitrary<unknown> => fc.oneof(buffers, anything);

// Module-level functions take the case's socket only to ignore it.
const CALLS: Row[] = [
  {
    name: "socket()",
    args: args(any, any, any),
    call: (_, a) => (socket.socket as Loose)(...a).close(),
  },
  {
    name: "new Socket()",
    args: args(any, any, any),
    call: (_, a) => new (socket.Socket as Loose)(...a).close(),
  },
  {
    name: "socketpair()",
    args: args(any, any, any),
    call: async (_, a) => {
      const pair = await (socket.socketpair as Loose)(...a);
      for (const s of pair) s.close();
    },
  },
  {
    name: "setdefaulttimeout()",
    args: args(any),
    call: (_, a) => {
      try {
        (socket.setdefaulttimeout as Loose)(...a);
      } finally {
        socket.setdefaulttimeout(null);
      }
    },
  },
  {
    name: "getdefaulttimeout()",
    args: args(any),
    call: (_, a) => (socket.getdefaulttimeout as Loose)(...a),
  },
  {
    name: "new OSError()",
    args: args(any, any, any),
    call: (_, a) => String(new (socket.OSError as Loose)(...a)),
    callsInto: true,
  },
  {
    name: "fileno()",
    args: args(any),
    call: (s, a) => (s as Loose).fileno(...a),
  },
  { name: "bind()", args: args(addr), call: (s, a) => (s as Loose).bind(...a) },
  {
    name: "listen()",
    args: args(any),
    call: (s, a) => (s as Loose).listen(...a),
  },
  {
    name: "accept()",
    args: args(waitOptions),
    call: async (s, a) => {
      const [conn] = await (s as Loose).accept(...a);
      conn.close();
    },
  },
  {
    name: "connect()",
    args: args(addr, waitOptions),
    call: (s, a) => (s as Loose).connect(...a),
  },
  {
    name: "connect_ex()",
    args: args(addr, waitOptions),
    call: (s, a) => (s as Loose).connect_ex(...a),
  },
  {
    name: "recv()",
    args: args(any, any, waitOptions),
    call: (s, a) => (s as Loose).recv(...a),
  },
  {
    name: "recv_into()",
    args: args(buf, any, any, waitOptions),
    call: (s, a) => (s as Loose).recv_into(...a),
  },
  {
    name: "recvfrom()",
    args: args(any, any, waitOptions),
    call: (s, a) => (s as Loose).recvfrom(...a),
  },
  {
    name: "recvfrom_into()",
    args: args(buf, any, any, waitOptions),
    call: (s, a) => (s as Loose).recvfrom_into(...a),
  },
  {
    name: "send()",
    args: args(buf, any, waitOptions),
    call: (s, a) => (s as Loose).send(...a),
  },
  {
    name: "sendall()",
    args: args(buf, any, waitOptions),
    call: (s, a) => (s as Loose).sendall(...a),
  },
  {
    name: "sendto()",
    args: args(buf, (env) => fc.oneof(any(), addr(env)), addr, waitOptions),
    call: (s, a) => (s as Loose).sendto(...a),
  },
  {
    name: "shutdown()",
    args: args(any),
    call: (s, a) => (s as Loose).shutdown(...a),
  },
  {
    name: "close()",
    args: args(any),
    call: (s, a) => (s as Loose).close(...a),
  },
  {
    name: "getsockname()",
    args: args(any),
    call: (s, a) => (s as Loose).getsockname(...a),
  },
  {
    name: "getpeername()",
    args: args(any),
    call: (s, a) => (s as Loose).getpeername(...a),
  },
  {
    name: "getsockopt()",
    args: args(
      () => fc.oneof(fc.constantFrom(0, 1, 6, 41), any()),
      () => fc.oneof(fc.integer({ min: -1, max: 80 }), any()),
      any,
    ),
    call: (s, a) => (s as Loose).getsockopt(...a),
  },
  {
    name: "setsockopt()",
    args: args(
      () => fc.oneof(fc.constantFrom(0, 1, 6, 41), any()),
      () => fc.oneof(fc.integer({ min: -1, max: 80 }), any()),
      buf,
      any,
    ),
    call: (s, a) => (s as Loose).setsockopt(...a),
  },
  {
    name: "settimeout()",
    args: args(any),
    call: (s, a) => (s as Loose).settimeout(...a),
  },
  {
    name: "gettimeout()",
    args: args(any),
    call: (s, a) => (s as Loose).gettimeout(...a),
  },
  {
    name: "setblocking()",
    args: args(any),
    call: (s, a) => (s as Loose).setblocking(...a),
  },
  {
    name: "getblocking()",
    args: args(any),
    call: (s, a) => (s as Loose).getblocking(...a),
  },
  { name: "toString()", args: args(any), call: (s) => String(s) },
  { name: "dup()", args: args(any), call: (s) => s.dup().close() },
  {
    name: "detach()",
    args: args(any),
    call: (s) => {
      // Re-attached through the entry's own class, whichever engine it has.
      const fd = s.detach();
      if (fd !== -1) socket.socket(-1, -1, -1, fd).close();
    },
  },
  {
    name: "get_inheritable()",
    args: args(any),
    call: (s) => s.get_inheritable(),
  },
  {
    name: "set_inheritable()",
    args: args(any),
    call: (s, a) => (s as Loose).set_inheritable(...a),
  },
  {
    name: "sendmsg()",
    args: args(
      () => fc.oneof(fc.array(buf(), { maxLength: 3 }), any()),
      any,
      any,
      addr,
    ),
    call: (s, a) => (s as Loose).sendmsg(...a),
    callsInto: true,
  },
  {
    name: "recvmsg()",
    args: args(any, any, any),
    call: (s, a) => (s as Loose).recvmsg(...a),
  },
  {
    name: "recvmsg_into()",
    args: args(
      () => fc.oneof(fc.array(buf(), { maxLength: 3 }), any()),
      any,
      any,
    ),
    call: (s, a) => (s as Loose).recvmsg_into(...a),
    callsInto: true,
  },
  {
    name: "sendfile()",
    args: args(any, any, any),
    call: (s, a) => (s as Loose).sendfile(...a),
    callsInto: true,
  },
  {
    name: "send_fds()",
    args: args(any, any, any, addr),
    call: (s, a) => (socket.send_fds as Loose)(s, ...a),
    callsInto: true,
  },
  {
    name: "recv_fds()",
    args: args(any, any, any),
    call: (s, a) => (socket.recv_fds as Loose)(s, ...a),
  },
  ...(["CMSG_LEN", "CMSG_SPACE", "if_nametoindex", "if_indextoname"] as const)
    .map((name): Row => ({
      name: `${name}()`,
      args: args(any),
      call: (_, a) => (socket[name] as Loose)(...a),
    })),
  {
    name: "if_nameindex()",
    args: args(any),
    call: (_, a) => (socket.if_nameindex as Loose)(...a),
  },
  ...(["AddressFamily", "SocketKind", "MsgFlag", "AddressInfo"] as const)
    .flatMap((name): Row[] => [
      {
        name: `${name}()`,
        args: args(any),
        call: (_, a) => (socket[name] as Loose)(...a),
      },
      {
        name: `${name}.repr()`,
        args: args(any),
        call: (_, a) => (socket[name].repr as Loose)(...a),
      },
    ]),
  {
    name: "makefile()",
    args: args(
      () =>
        fc.oneof(
          fc.constantFrom("r", "w", "rw", "rb", "wb", "rwb", "x"),
          any(),
        ),
      // Keyword arguments: never a hostile object in Python.
      () => fc.oneof(makefileOptions, fc.constantFrom(null, undefined, 5)),
    ),
    call: async (s, a) => await (s as Loose).makefile(...a).close(),
  },
  // Each waiting method of a file, in every mode it has, with arbitrary
  // trailing options (its positional arguments are sound: the options are
  // what is fuzzed here).
  ...FILE_METHODS.map(([method, positional]): Row => ({
    name: `makefile().${method}()`,
    args: args(
      () => fc.constantFrom(...FILE_MODES),
      waitOptions,
    ),
    call: async (s, [opened, options]) => {
      const [mode, buffering] = (opened ?? FILE_MODES[0]) as [string, number];
      const text = !mode.includes("b");
      const f = (s as Loose).makefile(mode, { buffering });
      try {
        if (typeof f[method] !== "function") return;
        const before = positional(text);
        return await f[method](...before, options);
      } finally {
        await f.close();
      }
    },
  })),
  ...[htons, ntohs, htonl, ntohl, inet_aton, inet_ntoa, inet_pton, inet_ntop]
    .map((f): Row => ({
      name: `${f.name}()`,
      args: args(any, any),
      call: (_, a) => (f as Loose)(...a),
    })),
  ...[getservbyname, getservbyport, getprotobyname].map((f): Row => ({
    name: `${f.name}()`,
    args: args(any, any),
    call: (_, a) => (f as Loose)(...a),
  })),
  {
    name: "getaddrinfo()",
    args: args(
      () => fc.oneof(forwardHost, anything),
      any,
      any,
      any,
      any,
      any,
      waitOptions,
    ),
    // A host that is not known to be look-up free goes with AI_NUMERICHOST.
    call: (_, [host, port, family, type, proto, flags, ...rest]) =>
      (socket.getaddrinfo as Loose)(
        host,
        port,
        family,
        type,
        proto,
        lookupFree(host) ? flags : numericOnly(flags, socket.AI_NUMERICHOST),
        ...rest,
      ),
  },
  {
    name: "getnameinfo()",
    args: args(
      (env) => fc.oneof(fc.tuple(forwardHost, port(env)), addr(env)),
      any,
      waitOptions,
    ),
    // Reverse look-ups only for 127.0.0.1, which /etc/hosts names.
    call: (_, [sockaddr, flags, ...rest]) =>
      (socket.getnameinfo as Loose)(
        sockaddr,
        Array.isArray(sockaddr) && reverseFree(sockaddr[0])
          ? flags
          : numericOnly(flags, socket.NI_NUMERICHOST),
        ...rest,
      ),
  },
  ...[socket.gethostbyname, socket.gethostbyname_ex].map((f): Row => ({
    name: `${f.name}()`,
    args: args(() => forwardHost, waitOptions),
    call: (_, a) => (f as Loose)(...a),
  })),
  ...[socket.gethostbyaddr, socket.getfqdn].map((f): Row => ({
    name: `${f.name}()`,
    args: args(() => reverseHost, waitOptions),
    call: (_, a) => (f as Loose)(...a),
  })),
  {
    name: "gethostname()",
    args: args(any),
    call: (_, a) => (socket.gethostname as Loose)(...a),
  },
  {
    name: "has_dualstack_ipv6()",
    args: args(any),
    call: (_, a) => (socket.has_dualstack_ipv6 as Loose)(...a),
  },
  {
    name: "create_connection()",
    args: args(
      // It really connects: loopback hosts and this test's ports only.
      (env) => fc.oneof(fc.tuple(host, port(env)), addr(env)),
      () => smallTimeout,
      (env) => fc.oneof(fc.tuple(host, fc.constant(0)), addr(env)),
      () =>
        fc.oneof(
          fc.record({ all_errors: anything, signal }, { requiredKeys: [] }),
          fc.constantFrom(null, undefined, 5, "x"),
        ),
    ),
    call: async (_, a) =>
      (await (socket.create_connection as Loose)(...a)).close(),
  },
  {
    name: "create_server()",
    args: args(
      (env) => fc.oneof(fc.tuple(forwardHost, fc.constant(0)), addr(env)),
      () =>
        fc.oneof(
          fc.record({
            family: fc.oneof(fc.constantFrom(1, 2, 10), anything),
            backlog: anything,
            reuse_port: anything,
            dualstack_ipv6: anything,
          }, { requiredKeys: [] }),
          // Keyword arguments: never a hostile object in Python.
          fc.constantFrom(null, undefined, 5, "x"),
        ),
    ),
    call: (_, a) => (socket.create_server as Loose)(...a).close(),
  },
  {
    name: "select()",
    callsInto: true,
    args: args(
      selectList,
      selectList,
      selectList,
      () => smallTimeout,
      waitOptions,
    ),
    // No timeout would block for good: a missing one is 0 here.
    call: (s, a) => {
      const [r, w, x, timeout = 0, options] = withSocket(a, s);
      return (socket.select as Loose)(r, w, x, timeout, options);
    },
  },
  ...["register", "unregister", "modify", "get_key", "select", "get_map"].map(
    (method): Row => ({
      name: `DefaultSelector.${method}()`,
      // Python's selectors read a file object's fileno().
      callsInto: true,
      args: args(
        () => fc.oneof(fc.constant(SOCKET), anything),
        () => fc.oneof(fc.constantFrom(1, 2, 3), anything),
        any,
      ),
      call: async (s, a) => {
        const sel = new socket.DefaultSelector();
        try {
          if (s.fileno() !== -1) sel.register(s, socket.EVENT_READ);
          const [first, ...rest] = withSocket(a, s);
          // select()'s argument is a timeout: never a long one here.
          const input = method !== "select"
            ? [first, ...rest]
            : [typeof first === "number" && first > 0.01 ? 0.01 : first ?? 0];
          await (sel as Loose)[method](...input);
        } finally {
          sel.close();
        }
      },
    }),
  ),
  ...([
    "TCPServer",
    "UDPServer",
    "UnixStreamServer",
    "ThreadingTCPServer",
  ] as const)
    .map((name): Row => ({
      name: `new socketserver.${name}()`,
      args: args(addr, any, any),
      call: async (_, a) => {
        await new (socketserver[name] as Loose)(...a).server_close();
      },
    })),
  ...["read", "readline", "readlines", "write", "seek", "getvalue"].map(
    (method): Row => ({
      name: `socketserver.BytesIO.${method}()`,
      args: args(buf, any, any),
      call: (_, [initial, ...rest]) =>
        (new (socketserver.BytesIO as Loose)(initial) as Loose)[method](
          ...rest,
        ),
    }),
  ),
];

// CPython's TypeError wordings the module uses; any other TypeError text
// (V8's "Cannot read properties of undefined", …) is an internal error.
const PYTHON_TYPE_ERRORS = [
  /^'[\w]+' object cannot be interpreted as an integer$/,
  /^a bytes-like object is required, not '\w+'$/,
  /^\w+\(\) argument 1 must be read-write bytes-like object, not \w+$/,
  /^str, bytes or bytearray expected, not \w+$/,
  /^\w+\(\): AF_INET6? address must be tuple, not \w+$/,
  /^AF_INET address must be a pair \(host, port\)$/,
  /^AF_INET6 address must be a tuple \(host, port\[, flowinfo\[, scopeid\]\]\)$/,
  /^getsockopt\(\) takes at least 2 arguments \(\d given\)$/,
  /^\w+\.__init__\(\) missing \d required positional arguments?: '\w+'( and '\w+')?$/,
  /^argument should be integer or None, not '\w+'$/,
  /^integer argument expected, got '\w+'$/,
  /^sendto\(\) takes 2 or 3 arguments \(\d given\)$/,
  /^expected int, \w+ found$/,
  /^\w+\(\) argument \d must be [\w ,]+, not \w+$/,
  /^\w+\(\) argument \d must be a tuple$/,
  /^\w+\(\) argument \d must be string or None$/,
  /^'<' not supported between instances of '\w+' and 'int'$/,
  /^\w+\(\) argument '\w+' must be str or None, not \w+$/,
  /^argument must be an int, or have a fileno\(\) method\.$/,
  /^\w+\(\) takes (exactly|at least|at most) \d+ arguments? \(\d given\)$/,
  /^\w+\(\): illegal sockaddr argument$/,
  /^cannot unpack non-iterable \w+ object$/,
  /^arguments 1-3 must be sequences$/,
  /^timeout must be a float or None$/,
  /^'\w+' object has no attribute '\w+'$/,
  /^'\w+' object is not iterable$/,
  /^\w+\(\) argument \d must be an iterable( of single-segment read-write buffers)?$/,
  /^\[sendmsg\(\) ancillary data items\]\(\) argument must be (3-item sequence|sequence of length 3), not \w+$/,
  /^count must be a positive integer \(got .*\)$/,
  /^expected str, bytes or os\.PathLike object, not \w+$/,
  /^an integer is required$/,
  // The native poll-like selectors' modify(): `events & EVENT_READ`.
  /^unsupported operand type\(s\) for &: '\w+' and 'int'$/,
  // The trailing options object has no Python counterpart; its errors
  // follow CPython's wording for a keyword argument of the wrong type.
  /^\w+\(\) argument 'signal' must be AbortSignal or None, not \w+$/,
  /^\w+\(\) options must be a readable object$/,
];

function checkError(e: unknown, row: Row, input: unknown[]): void {
  const where = `${row.name} with ${Deno.inspect(input, { depth: 2 })}`;
  // Python's str() and its look-up of `fileno` raise what a hostile object
  // raises.
  if (row.callsInto && e instanceof Hostile) return;
  if (e instanceof socket.OSError) {
    // An OSError carries an errno, or is a bare-message one of Python's.
    assert(
      e.errno !== null || e.message.length > 0,
      `${where}: empty OSError`,
    );
    return;
  }
  if (e instanceof DOMException && e.name === "AbortError") {
    // An aborted signal's reason: what a call given one rejects with.
    return;
  }
  if (
    e instanceof socket.ValueError || e instanceof socket.OverflowError ||
    e instanceof socket.KeyError || e instanceof socket.ExceptionGroup ||
    (e instanceof Error && e.name === "LookupError")
  ) {
    // Python's KeyError (selectors), ExceptionGroup (create_connection's
    // all_errors) and LookupError (an unknown encoding) are documented too.
    return;
  }
  if (e instanceof TypeError) {
    assert(
      PYTHON_TYPE_ERRORS.some((re) => re.test(e.message)),
      `${where}: internal TypeError: ${e.message}`,
    );
    return;
  }
  throw new Error(`${where}: undocumented error ${Deno.inspect(e)}`, {
    cause: e,
  });
}

type State =
  | "fresh"
  | "bound"
  | "listening"
  | "connected"
  | "closed"
  | "inet6"
  | "unix"
  | "udp"
  | "udp bound"
  | "udp6";

const STATES: State[] = [
  "fresh",
  "bound",
  "listening",
  "connected",
  "closed",
  "inet6",
  "unix",
  "udp",
  "udp bound",
  "udp6",
];

/** Builds the socket a case works on, and what must be closed after. */
async function make(
  state: State,
  listener: socket.Socket,
): Promise<[socket.Socket, socket.Socket[]]> {
  switch (state) {
    case "fresh":
    case "closed": {
      const s = socket.socket();
      if (state === "closed") s.close();
      return [s, [s]];
    }
    case "bound":
    case "listening": {
      const s = socket.socket();
      s.bind(["127.0.0.1", 0]);
      if (state === "listening") s.listen();
      return [s, [s]];
    }
    case "inet6": {
      const s = socket.socket(socket.AF_INET6);
      return [s, [s]];
    }
    case "connected": {
      const c = socket.socket();
      await c.connect(listener.getsockname());
      const [a] = await listener.accept();
      return [c, [c, a]];
    }
    case "unix": {
      const [a, b] = await socket.socketpair();
      return [a, [a, b]];
    }
    case "udp":
    case "udp bound":
    case "udp6": {
      const v6 = state === "udp6";
      const s = socket.socket(
        v6 ? socket.AF_INET6 : socket.AF_INET,
        socket.SOCK_DGRAM,
      );
      if (state === "udp bound") s.bind(["127.0.0.1", 0]);
      return [s, [s]];
    }
  }
}

/** Accepts and closes whatever a case connected to the shared listener. */
async function drain(listener: socket.Socket): Promise<void> {
  listener.setblocking(false);
  for (let i = 0; i < 1000; i++) {
    try {
      const [conn] = await listener.accept();
      conn.close();
    } catch (e) {
      if (e instanceof socket.BlockingIOError) break;
      throw e;
    }
  }
  listener.setblocking(true);
}

for (const row of CALLS) {
  Deno.test(`${row.name} answers arbitrary arguments with Python's errors only`, async () => {
    const dir = await Deno.makeTempDir({ prefix: "pysocket-bad-" });
    using listener = socket.socket();
    listener.bind(["127.0.0.1", 0]);
    listener.listen();
    // Datagrams a case sends to the listener's port number land here, in
    // this test, not in another program's socket.
    using sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    sink.bind(listener.getsockname());
    const env: Env = {
      listenerPort: listener.getsockname()[1],
      dir,
    };
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      e.preventDefault();
      rejections.push(e.reason);
    };
    globalThis.addEventListener("unhandledrejection", onRejection);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...STATES),
          fc.constantFrom(0, 0.01),
          row.args(env),
          async (state, timeout, input) => {
            const [s, owned] = await make(state, listener);
            try {
              if (state !== "closed") s.settimeout(timeout);
              await withDeadline(CASE_DEADLINE_MS, async () => {
                try {
                  await row.call(s, materialize(input) as unknown[]);
                } catch (e) {
                  checkError(e, row, input);
                }
              });
            } finally {
              for (const o of owned) o.close();
              await drain(listener);
            }
            // Every Socket the case made was closed: a new one gets the
            // lowest descriptor number after the test's own two.
            using probe = socket.socket();
            assertEquals(probe.fileno(), sink.fileno() + 1, "a Socket leaked");
          },
        ),
        { numRuns: RUNS },
      );
      // Let late settlements surface before counting rejections.
      await new Promise((resolve) => setTimeout(resolve, 20));
      assertEquals(rejections, []);
      assertEquals(socket.getdefaulttimeout(), null);
    } finally {
      globalThis.removeEventListener("unhandledrejection", onRejection);
      await Deno.remove(dir, { recursive: true });
    }
  });
}

Deno.test("send(), sendall() and sendto() of a detached buffer raise ValueError, as a released memoryview does", async () => {
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  const sends = [
    (data: ArrayBuffer) => a.send(data),
    (data: ArrayBuffer) => a.sendall(data),
    (data: ArrayBuffer) => a.sendto(data, b.getsockname()),
  ];
  for (const send of sends) {
    const error = await send(detachedBuffer()).catch((e) => e);
    assert(error instanceof socket.ValueError, String(error));
    assertEquals(
      error.message,
      "operation forbidden on released memoryview object",
    );
  }
});

Deno.test("recv_into() of a view on a detached buffer raises ValueError", async () => {
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  const error = await b.recv_into(detachedView()).catch((e) => e);
  assert(error instanceof socket.ValueError, String(error));
});

Deno.test("connect() to port 0 raises ConnectionRefusedError and connect_ex() returns 111 (E15)", async () => {
  for (
    const [family, host] of [[socket.AF_INET, "127.0.0.1"], [
      socket.AF_INET6,
      "::1",
    ]] as const
  ) {
    using s = socket.socket(family);
    const error = await s.connect([host, 0]).catch((e) => e);
    assert(error instanceof socket.ConnectionRefusedError, String(error));
    assertEquals(String(error), "[Errno 111] Connection refused");
    assertEquals(await s.connect_ex([host, 0]), 111);
  }
});

Deno.test("connect() to port 0 from a bound socket raises ConnectionRefusedError and leaks nothing", async () => {
  for (
    const [family, host] of [[socket.AF_INET, "127.0.0.1"], [
      socket.AF_INET6,
      "::1",
    ]] as const
  ) {
    using s = socket.socket(family);
    s.bind([host, 0]);
    const error = await s.connect([host, 0]).catch((e) => e);
    assert(error instanceof socket.ConnectionRefusedError, String(error));
    assertEquals(String(error), "[Errno 111] Connection refused");
    assertEquals(await s.connect_ex([host, 0]), 111);
  }
});

// A name that fails to resolve fails before any connect: CPython's
// getaddrinfo raises and the socket stays bound to its address. Found as
// a TCP listener leaked by the connect_ex() row above.
const UNRESOLVABLE_FROM_BOUND = String.raw`
import json, socket
out = []
for timeout in (None, 0.5, 0.0):
    s = socket.socket()
    s.settimeout(timeout)
    s.bind(("127.0.0.1", 0))
    before = s.getsockname()
    for call in (s.connect_ex, s.connect):
        out.append(outcome(lambda: call(("no-such-name%", 80))))
    out.append(s.getsockname() == before)
    s.close()
print(json.dumps(out))
`;

Deno.test("connect()/connect_ex() of a bound socket to a name that fails to resolve keep it bound, as python3", async () => {
  const expected = await pyJson(PY_OUTCOME + UNRESOLVABLE_FROM_BOUND);
  const actual: unknown[] = [];
  for (const timeout of [null, 0.5, 0]) {
    using s = socket.socket();
    s.settimeout(timeout);
    s.bind(["127.0.0.1", 0]);
    const before = s.getsockname();
    const target = ["no-such-name%", 80] as const;
    actual.push(await outcome(() => s.connect_ex([...target])));
    actual.push(await outcome(() => s.connect([...target])));
    actual.push(
      JSON.stringify(s.getsockname()) === JSON.stringify(before),
    );
  }
  assertEquals(actual, expected);
});

Deno.test("recv() never calls an argument's valueOf or toString: an object is TypeError", async () => {
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  const error = await a.recv(hostileObject() as unknown as number).catch((
    e,
  ) => e);
  assert(error instanceof TypeError, String(error));
  assertEquals(
    error.message,
    "'dict' object cannot be interpreted as an integer",
  );
});

Deno.test("makefile() with a mode that is not a string raises ValueError, never calls toString()", () => {
  using s = socket.socket();
  for (const mode of [detachedView(), hostileObject(), 5]) {
    let error: unknown;
    try {
      (s as Loose).makefile(mode);
    } catch (e) {
      error = e;
    }
    assert(error instanceof socket.ValueError, String(error));
    const { message } = error as socket.ValueError;
    assert(message.startsWith("invalid mode <"), message);
  }
});

Deno.test("getfqdn() of a name that is not a string raises TypeError with Python's wording", async () => {
  for (
    const [name, type] of [[5, "int"], [Symbol("s"), "symbol"], [
      null,
      "NoneType",
    ]] as const
  ) {
    const error = await (socket.getfqdn as Loose)(name).catch((e: unknown) =>
      e
    );
    assert(error instanceof TypeError, String(error));
    assertEquals(error.message, `'${type}' object has no attribute 'strip'`);
  }
});

Deno.test("makefile() with an encoding, errors or newline that is not a string raises Python's TypeError", () => {
  using s = socket.socket();
  for (const key of ["encoding", "errors", "newline"]) {
    let error: unknown;
    try {
      (s as Loose).makefile("r", { [key]: 5 });
    } catch (e) {
      error = e;
    }
    assert(error instanceof TypeError, String(error));
    assertEquals(
      (error as TypeError).message,
      `TextIOWrapper() argument '${key}' must be str or None, not int`,
    );
  }
});

Deno.test("makefile() with a buffering that is not an integer raises Python's TypeError and leaks nothing", () => {
  const cases: [unknown, string][] = [
    [[], "'<' not supported between instances of 'tuple' and 'int'"],
    ["x", "'<' not supported between instances of 'str' and 'int'"],
    [1.5, "'float' object cannot be interpreted as an integer"],
  ];
  for (const [buffering, message] of cases) {
    const s = socket.socket();
    const fd = s.fileno();
    let error: unknown;
    try {
      (s as Loose).makefile("w", { buffering });
    } catch (e) {
      error = e;
    }
    assert(error instanceof TypeError, String(error));
    assertEquals((error as TypeError).message, message);
    s.close();
    // A released descriptor number is the lowest free one again.
    using probe = socket.socket();
    assertEquals(probe.fileno(), fd, "the socket was not released");
  }
});

Deno.test("getaddrinfo() and gethostbyname() take a 1 MiB bytes argument without a stack overflow", async () => {
  const big = new Uint8Array(1 << 20).fill(0x61);
  const errors = await Promise.all([
    socket.getaddrinfo(big, 80, 0, 0, 0, socket.AI_NUMERICHOST).catch((e) => e),
    socket.getaddrinfo(null, big).catch((e) => e),
    socket.gethostbyname(new Uint8Array(1 << 20)).catch((e) => e),
  ]);
  for (const error of errors) {
    assert(
      error instanceof socket.gaierror || error instanceof socket.ValueError,
      String(error),
    );
  }
});
