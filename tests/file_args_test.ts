// The makefile() file objects' arguments, differential against python3:
// every method that takes a size, hint, buffer or data, on each kind of
// file (buffered, text, raw; reading, writing, both), open and closed,
// with the values a program can pass by mistake. Class and message must
// be Python's, in Python's order (the argument before the closed check).

import { assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { outcome, pyJson } from "./_py_json.ts";
import { withDeadline } from "./_helpers.ts";

// deno-lint-ignore no-explicit-any
type Loose = any;

// Each value by name, as JavaScript passes it; the script builds Python's
// (a Uint8Array is Python's bytes, or a bytearray where it is written to).
const VALUES: Record<string, () => unknown> = {
  str: () => "x",
  float: () => 1.5,
  dict: () => ({}),
  bigint: () => 2n ** 70n,
  big: () => 2 ** 70,
  neg: () => -5,
  minus1: () => -1,
  none: () => null,
  bool: () => true,
  zero: () => 0,
  two: () => 2,
  tuple: () => [1],
  buffer: () => new Uint8Array(4),
};

const KINDS: Record<string, [string, number | null]> = {
  rb: ["rb", null],
  r: ["r", null],
  rb0: ["rb", 0],
  rwb: ["rwb", null],
  wb: ["wb", null],
  w: ["w", null],
  wb0: ["wb", 0],
};

const METHODS = [
  "read",
  "readline",
  "readlines",
  "read1",
  "peek",
  "readinto",
  "readinto1",
  "write",
  "writelines",
  "seek",
  "truncate",
];

// Python runs the matrix: one row per call its file objects have.
const SCRIPT = String.raw`
import json, socket, sys
VALUES = {"str": "x", "float": 1.5, "dict": {}, "bigint": 2**70,
          "big": 2**70, "neg": -5, "minus1": -1, "none": None, "bool": True,
          "zero": 0, "two": 2, "tuple": (1,), "buffer": bytes(4)}
KINDS = {"rb": ("rb", None), "r": ("r", None), "rb0": ("rb", 0),
         "rwb": ("rwb", None), "wb": ("wb", None), "w": ("w", None),
         "wb0": ("wb", 0)}
rows = []
for kind, (mode, buffering) in KINDS.items():
    for closed in (False, True):
        a, b = socket.socketpair()
        b.sendall(b"hello\nworld\n" * 50)
        b.shutdown(socket.SHUT_WR)
        kw = {} if buffering is None else {"buffering": buffering}
        f = a.makefile(mode, **kw)
        if closed:
            f.close()
        for method in json.loads(sys.argv[1]):
            fn = getattr(f, method, None)
            if fn is None:
                continue
            for name, value in VALUES.items():
                if name == "dict" and method == "writelines":
                    continue  # A JavaScript object is not iterable.
                if name == "buffer" and method.startswith("readinto"):
                    value = bytearray(4)  # A Uint8Array is writable.
                try:
                    r = fn(value)
                    out = ["ok", type(r).__name__]
                except Exception as e:
                    out = [type(e).__name__, str(e)]
                rows.append([kind, closed, method, name, out])
        f.close()
        a.close()
        b.close()
print(json.dumps(rows))
`;

// Python's type name of a call's result, for the rows that succeed.
function resultType(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "string") return "str";
  if (typeof value === "number") return "int";
  if (Array.isArray(value)) return "list";
  return value instanceof Uint8Array ? "bytes" : typeof value;
}

type Row = [string, boolean, string, string, [string, string]];

Deno.test("makefile() files check size, hint, buffer and data arguments as Python does, before the closed check", async () => {
  await withDeadline(30000, async () => {
    const rows = await pyJson(SCRIPT, JSON.stringify(METHODS)) as Row[];
    const mismatches: string[] = [];
    for (const [kind, [mode, buffering]] of Object.entries(KINDS)) {
      for (const closed of [false, true]) {
        const [a, b] = await socket.socketpair();
        try {
          await b.sendall(
            new TextEncoder().encode("hello\nworld\n".repeat(50)),
          );
          b.shutdown(socket.SHUT_WR);
          const f: Loose = a.makefile(
            mode,
            buffering === null ? {} : { buffering },
          );
          if (closed) await f.close();
          for (const [k, c, method, name, expected] of rows) {
            if (k !== kind || c !== closed) continue;
            const got = await outcome(async () =>
              resultType(await f[method](VALUES[name]!()))
            );
            const actual = got[0] === "ok" ? ["ok", got[1]] : [got[0], got[2]];
            if (JSON.stringify(actual) !== JSON.stringify(expected)) {
              mismatches.push(
                `${kind}${closed ? " closed" : ""} ${method}(${name}): ` +
                  `${JSON.stringify(actual)} != ${JSON.stringify(expected)}`,
              );
            }
          }
          await f.close();
        } finally {
          a.close();
          b.close();
        }
      }
    }
    assertEquals(mismatches, []);
  });
});
