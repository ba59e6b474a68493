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
