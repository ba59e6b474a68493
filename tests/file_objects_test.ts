// sock.makefile()'s file objects against python3's: every public name of
// each mode's object, what each of io's methods does on an open and a
// closed file, the raw file's line reading, and reads that stay linear in
// the bytes they return.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { tcpPair, withDeadline } from "./_helpers.ts";

const MODES: [string, socket.MakefileOptions][] = [
  ["rb", { buffering: 0 }],
  ["wb", { buffering: 0 }],
  ["rwb", { buffering: 0 }],
  ["rb", {}],
  ["wb", {}],
  ["rwb", {}],
  ["r", {}],
  ["w", {}],
  ["rw", {}],
];

// The calls each file gets, open and then closed; `L` is a list of lines
// (bytes for a binary file, str for text).
const CALLS: [string, string][] = [
  ["isatty", ""],
  ["tell", ""],
  ["seek", "0"],
  ["truncate", ""],
  ["flush", ""],
  ["writelines", "L"],
  ["fileno", ""],
  ["readable", ""],
  ["writable", ""],
  ["seekable", ""],
  ["detach", ""],
];

const PYTHON = String.raw`
import json, socket, sys
modes = json.loads(sys.argv[1]); calls = json.loads(sys.argv[2])
a, b = socket.socketpair()
def run(f, mode, name, arg):
    if not hasattr(f, name):
        return ["err", "AttributeError", ""]
    args = [] if arg == "" else [0] if arg == "0" else [[b"x"] if "b" in mode else ["x"]]
    try:
        r = getattr(f, name)(*args)
        return ["ok", r if r is None or isinstance(r, bool) else type(r).__name__]
    except Exception as e:
        return ["err", type(e).__name__, str(e)]
out = []
for mode, kw in modes:
    names = sorted(n for n in dir(a.makefile(mode, **kw)) if not n.startswith("_"))
    row = {"names": names, "open": [], "closed": []}
    for state in ("open", "closed"):
        for name, arg in calls:
            f = a.makefile(mode, **kw)
            if state == "closed": f.close()
            row[state].append(run(f, mode, name, arg))
    out.append(row)
print(json.dumps(out))
`;

async function pythonTable(): Promise<
  { names: string[]; open: unknown[][]; closed: unknown[][] }[]
> {
  const out = await new Deno.Command("python3", {
    args: ["-c", PYTHON, JSON.stringify(MODES), JSON.stringify(CALLS)],
    stdout: "piped",
  }).output();
  assert(out.success, "python3 failed");
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

type File = Record<string, unknown>;

// One call as the Python side reports it: the class and message of an
// error, or the type of the result (a boolean's value, null for None).
// A file detach() hands back is closed by `cleanup`.
async function run(
  f: File,
  mode: string,
  name: string,
  arg: string,
  cleanup: File[],
) {
  const method = f[name];
  if (typeof method !== "function") return ["err", "AttributeError", ""];
  const line = mode.includes("b") ? new Uint8Array([120]) : "x";
  const args = arg === "" ? [] : arg === "0" ? [0] : [[line]];
  try {
    const r = await method.apply(f, args);
    if (name === "detach") cleanup.push(r);
    return [
      "ok",
      r === undefined
        ? null
        : typeof r === "boolean"
        ? r
        : typeof r === "number"
        ? "int"
        : r instanceof socket.SocketIO
        ? "SocketIO"
        : (r as object).constructor.name,
    ];
  } catch (e) {
    return ["err", (e as Error).constructor.name, (e as Error).message];
  }
}

Deno.test("every file object has python3's public names and answers io's methods as it does, open and closed", async () => {
  await withDeadline(20000, async () => {
    const expected = await pythonTable();
    const [a, b] = await tcpPair();
    using _a = a, _b = b;
    for (const [i, [mode, options]] of MODES.entries()) {
      const want = expected[i]!;
      const what = `makefile(${JSON.stringify(mode)}, ${
        JSON.stringify(options)
      })`;
      const probe = a.makefile(mode, options) as unknown as File;
      const missing = want.names.filter((n) => !(n in probe));
      assertEquals(missing, [], `${what} lacks ${missing}`);
      await (probe.close as () => Promise<void>)();
      for (const state of ["open", "closed"] as const) {
        for (const [j, [name, arg]] of CALLS.entries()) {
          const f = a.makefile(mode, options) as unknown as File;
          if (state === "closed") await (f.close as () => Promise<void>)();
          const cleanup = [f];
          const got = await run(f, mode, name, arg, cleanup);
          assertEquals(got, want[state][j], `${what} ${state}: ${name}()`);
          // Each file gives its reference on the socket back.
          for (const file of cleanup.reverse()) {
            await (file.close as () => Promise<void>)().catch(() => {});
          }
        }
      }
    }
  });
});

Deno.test("makefile('rb', buffering=0): readline() takes one line and leaves the next in the socket", async () => {
  await withDeadline(10000, async () => {
    const [c, s] = await tcpPair();
    using _c = c, _s = s;
    const long = new Uint8Array(100_000).fill(97);
    long[long.length - 1] = 10;
    await c.sendall(long);
    await c.sendall(new TextEncoder().encode("two\nthree\nrest"));
    c.shutdown(socket.SHUT_WR);
    const raw = s.makefile("rb", { buffering: 0 });
    assertEquals((await raw.readline()).length, 100_000);
    assertEquals(await raw.readline(2), new TextEncoder().encode("tw"));
    assertEquals(await raw.readline(), new TextEncoder().encode("o\n"));
    // What the file did not read is still the socket's.
    assertEquals(await s.recv(6), new TextEncoder().encode("three\n"));
    assertEquals(await raw.readlines(), [new TextEncoder().encode("rest")]);
    assertEquals(await raw.readline(), new Uint8Array(0));
    assertEquals(await raw.readall(), new Uint8Array(0));
    await raw.close();
  });
});

Deno.test("readlines(hint) stops once the lines pass hint, as python3's, in every reading mode", async () => {
  await withDeadline(10000, async () => {
    const out = await new Deno.Command("python3", {
      args: [
        "-c",
        String.raw`
import json, socket
out = []
for mode, kw in (("rb", {"buffering": 0}), ("rb", {}), ("r", {})):
    for hint in (-1, 0, 1, 2, 3, 4, 6, 7):
        a, b = socket.socketpair(); b.sendall(b"ab\ncd\nef\n"); b.close()
        f = a.makefile(mode, **kw)
        out.append([len(x) for x in f.readlines(hint)]); f.close(); a.close()
print(json.dumps(out))
`,
      ],
      stdout: "piped",
    }).output();
    const expected = JSON.parse(new TextDecoder().decode(out.stdout));
    const got: number[][] = [];
    for (
      const [mode, options] of [["rb", { buffering: 0 }], ["rb", {}], [
        "r",
        {},
      ]] as const
    ) {
      for (const hint of [-1, 0, 1, 2, 3, 4, 6, 7]) {
        const [a, b] = await tcpPair();
        await b.sendall(new TextEncoder().encode("ab\ncd\nef\n"));
        b.close();
        const f = a.makefile(mode, options) as unknown as File;
        const lines = await call(f, "readlines", hint) as { length: number }[];
        got.push(lines.map((l) => l.length));
        await call(f, "close");
        a.close();
      }
    }
    assertEquals(got, expected);
  });
});

// Reads in sequence on one stream, each mode and newline setting, against
// python3: what each returns (bytes as hex, text as text, readinto's count
// and bytes).
const DATA = "ab\r\ncd\ref\n\nghij\r\r\nk\u00e9l\nmn";
const SEQUENCES: [string, Record<string, unknown>, [string, number][]][] = [
  ["rb", { buffering: 0 }, [
    ["readline", 1],
    ["read", 3],
    ["readline", -1],
    [
      "readinto",
      4,
    ],
    ["readline", 0],
    ["readlines", 5],
    ["readall", 0],
  ]],
  ["rb", { buffering: 4 }, [
    ["readline", 1],
    ["read", 3],
    ["readline", -1],
    [
      "read1",
      2,
    ],
    ["readinto", 4],
    ["readinto1", 3],
    ["readline", 0],
    ["read", 5],
    [
      "read",
      -1,
    ],
  ]],
  ...[null, "", "\n", "\r", "\r\n"].map((newline) =>
    [
      "r",
      { newline, buffering: 5 },
      [
        ["readline", 1],
        ["read", 3],
        ["readline", -1],
        ["readline", 2],
        [
          "readline",
          -1,
        ],
        ["read", 4],
        ["readlines", -1],
        ["read", -1],
      ],
    ] as [string, Record<string, unknown>, [string, number][]]
  ),
];

Deno.test("reads in sequence return what python3's return, in every mode and newline setting", async () => {
  await withDeadline(20000, async () => {
    const out = await new Deno.Command("python3", {
      args: [
        "-c",
        String.raw`
import json, socket, sys
data, sequences = sys.argv[1], json.loads(sys.argv[2])
def enc(v):
    if isinstance(v, (bytes, bytearray)): return v.hex()
    if isinstance(v, list): return [enc(x) for x in v]
    return v
out = []
for mode, kw, ops in sequences:
    a, b = socket.socketpair(); b.sendall(data.encode()); b.close()
    f = a.makefile(mode, **kw)
    row = []
    for name, n in ops:
        if name in ("readinto", "readinto1"):
            buf = bytearray(n); k = getattr(f, name)(buf); row.append([k, buf[:k].hex()])
        elif name == "readall": row.append(enc(f.readall()))
        else: row.append(enc(getattr(f, name)(n)))
    out.append(row); f.close(); a.close()
print(json.dumps(out))
`,
        DATA,
        JSON.stringify(SEQUENCES),
      ],
      stdout: "piped",
    }).output();
    const expected = JSON.parse(new TextDecoder().decode(out.stdout));
    const hex = (b: Uint8Array) =>
      [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    const enc = (v: unknown): unknown =>
      v instanceof Uint8Array ? hex(v) : Array.isArray(v) ? v.map(enc) : v;
    const got: unknown[] = [];
    for (const [mode, options, ops] of SEQUENCES) {
      const [a, b] = await tcpPair();
      await b.sendall(new TextEncoder().encode(DATA));
      b.close();
      const f = a.makefile(mode, options) as unknown as File;
      const row: unknown[] = [];
      for (const [name, n] of ops) {
        if (name === "readinto" || name === "readinto1") {
          const buf = new Uint8Array(n);
          const k = await call(f, name, buf) as number;
          row.push([k, hex(buf.subarray(0, k))]);
        } else if (name === "readall") {
          row.push(enc(await call(f, name)));
        } else {
          row.push(enc(await call(f, name, n)));
        }
      }
      got.push(row);
      await call(f, "close");
      a.close();
    }
    assertEquals(got, expected);
  });
});

Deno.test("a detached file's repr leaves its name out, as python3's", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const f = a.makefile("rb");
  const raw = await f.detach();
  assertEquals(String(f), "<_io.BufferedReader>");
  const t = a.makefile("r");
  const buffer = await t.detach();
  assertEquals(String(t), "<_io.TextIOWrapper mode='r' encoding='utf-8'>");
  await raw.close();
  await buffer.close();
});

Deno.test("text files: fileno(), newlines seen, reconfigure() before the first read, line_buffering", async () => {
  await withDeadline(10000, async () => {
    const [c, s] = await tcpPair();
    using _c = c, _s = s;
    const r = s.makefile("r");
    assertEquals(r.fileno(), s.fileno());
    assertEquals(r.newlines, null);
    await r.reconfigure({ encoding: "latin-1" });
    assertEquals([r.encoding, r.errors], ["latin-1", "strict"]);
    await c.sendall(new Uint8Array([0xe9, 13, 10, 0x41, 13, 0x42, 10]));
    assertEquals(await r.readline(), "\u00e9\n");
    assertEquals(r.newlines, ["\r", "\n", "\r\n"]);
    let error: unknown;
    await r.reconfigure({ newline: "" }).catch((e) => error = e);
    assert(error instanceof socket.UnsupportedOperation);
    assertEquals(
      String(error),
      "It is not possible to set the encoding or newline of stream after the first read",
    );
    await r.close();
    const w = c.makefile("w");
    await w.reconfigure({ line_buffering: true });
    await w.write("a\nb");
    assertEquals(await s.recv(10), new TextEncoder().encode("a\nb"));
    await w.close();
  });
});

// Reads that must be linear: bytes copied, characters searched and bytes
// of read buffers allocated, counted while the read runs, stay within a
// small multiple of the bytes returned (a quadratic read copies, searches
// or allocates megabytes per kilobyte). No timing is asserted.
interface Counts {
  copied: number;
  scanned: number;
  allocated: number;
  stop(): void;
}

function counting(): Counts {
  const bytes = Uint8Array.prototype;
  const text = String.prototype;
  const { set, slice } = bytes;
  const { indexOf, replaceAll } = text;
  const counts: Counts = { copied: 0, scanned: 0, allocated: 0, stop() {} };
  bytes.set = function (this: Uint8Array, source, offset) {
    counts.copied += (source as ArrayLike<number>).length;
    return set.call(this, source as ArrayLike<number>, offset);
  };
  bytes.slice = function (this: Uint8Array, start?: number, end?: number) {
    const out = slice.call(this, start, end);
    counts.copied += out.length;
    return out;
  } as typeof bytes.slice;
  text.indexOf = function (this: string, search: string, from?: number) {
    counts.scanned += this.length - (from ?? 0);
    return indexOf.call(this, search, from);
  };
  text.replaceAll = function (this: string, ...args: unknown[]) {
    counts.scanned += this.length;
    return (replaceAll as (...a: unknown[]) => string).apply(this, args);
  } as typeof text.replaceAll;
  counts.stop = () => {
    Object.assign(bytes, { set, slice });
    Object.assign(text, { indexOf, replaceAll });
  };
  return counts;
}

for (
  const [what, mode, line, read] of [
    ["BufferedReader.readline()", "rb", true, (f: File) => call(f, "readline")],
    ["BufferedReader.read(n)", "rb", false, (f: File) => call(f, "read", SIZE)],
    ["BufferedReader.read()", "rb", false, (f: File) => call(f, "read")],
    [
      "BufferedReader.readinto()",
      "rb",
      false,
      (f: File) => call(f, "readinto", new Uint8Array(SIZE)),
    ],
    [
      "BufferedReader.readlines()",
      "rb",
      true,
      (f: File) => call(f, "readlines"),
    ],
    ["SocketIO.readline()", "rb0", true, (f: File) => call(f, "readline")],
    ["SocketIO.readall()", "rb0", false, (f: File) => call(f, "readall")],
    ["TextIOWrapper.readline()", "r", true, (f: File) => call(f, "readline")],
    ["TextIOWrapper.read()", "r", false, (f: File) => call(f, "read")],
  ] as const
) {
  Deno.test(`${what} on 4 MiB is linear in the bytes it returns`, async () => {
    await withDeadline(60000, async () => {
      const [c, s] = await tcpPair();
      using _c = c, _s = s;
      const data = new Uint8Array(SIZE).fill(97);
      if (line) data[SIZE - 1] = 10;
      const sending = c.sendall(data).then(() => c.shutdown(socket.SHUT_WR));
      const f = (mode === "rb0"
        ? s.makefile("rb", { buffering: 0 })
        : s.makefile(mode)) as unknown as File;
      // The read buffers the file allocates are the targets it hands the
      // socket: sum each distinct one once.
      const recvInto = s.recv_into;
      const seen = new Set<ArrayBufferLike>();
      const counts = counting();
      s.recv_into = (b, ...rest) => {
        const buffer = ArrayBuffer.isView(b) ? b.buffer : b;
        if (!seen.has(buffer)) {
          seen.add(buffer);
          counts.allocated += buffer.byteLength;
        }
        return recvInto.call(s, b, ...rest);
      };
      try {
        await read(f);
      } finally {
        counts.stop();
      }
      await sending;
      assert(
        counts.copied <= 4 * SIZE,
        `${what} copied ${counts.copied} bytes for ${SIZE}`,
      );
      assert(
        counts.scanned <= 4 * SIZE,
        `${what} scanned ${counts.scanned} characters for ${SIZE}`,
      );
      assert(
        counts.allocated <= 5 * SIZE,
        `${what} allocated ${counts.allocated} bytes of buffers for ${SIZE}`,
      );
      await (f.close as () => Promise<void>)();
    });
  });
}

const SIZE = 4 << 20;

function call(f: File, name: string, ...args: unknown[]): Promise<unknown> {
  return (f[name] as (...a: unknown[]) => Promise<unknown>).apply(f, args);
}
