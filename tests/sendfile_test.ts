// sock.sendfile() against python3's: 10 MB with offsets and counts (as in
// CPython's test_socket SendfileUsingSendTest), what is sent, what it
// returns and where it leaves the file; its checks (oracle Q01-Q12).

import { assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { randomBytes, sha256, withDeadline } from "./_helpers.ts";
import { outcome, PY_OUTCOME, pyJson } from "./_py_json.ts";

const test = (name: string, fn: () => Promise<void>) =>
  Deno.test(name, () => withDeadline(60_000, fn));

const SIZE = 10 * 1024 * 1024;
// [offset, count, position the file is at before the call]
const CASES: [number, number | null, number][] = [
  [0, null, 0],
  [0, null, 5000],
  [0, 5_000_000, 0],
  [5_000_000, null, 0],
  [5_000_000, 1_234_567, 0],
  [SIZE - 1, null, 0],
  [SIZE - 1, 100, 0],
  [SIZE + 10, null, 3],
  [0, SIZE + 1, 0],
];

const PY_SENDFILE = String.raw`
import hashlib, json, socket, sys, threading
path, cases = sys.argv[1], json.loads(sys.argv[2])
out = []
for offset, count, at in cases:
    a, b = socket.socketpair()
    got = []
    def drain():
        while True:
            d = b.recv(1 << 16)
            if not d: break
            got.append(d)
    t = threading.Thread(target=drain); t.start()
    with open(path, "rb") as f:
        f.seek(at)
        n = a.sendfile(f, offset, count)
        where = f.tell()
    a.close(); t.join(30); b.close()
    out.append([n, hashlib.sha256(b"".join(got)).hexdigest(), where])
print(json.dumps(out))
`;

test("sendfile of 10 MB with offsets and counts: bytes, count and file position as python3's", async () => {
  const dir = Deno.makeTempDirSync();
  const path = `${dir}/data.bin`;
  try {
    Deno.writeFileSync(path, randomBytes(SIZE, 7));
    const expected = await pyJson(PY_SENDFILE, path, JSON.stringify(CASES));
    const out: unknown[] = [];
    for (const [offset, count, at] of CASES) {
      const [a, b] = await socket.socketpair();
      const chunks: Uint8Array[] = [];
      const drain = (async () => {
        for (;;) {
          const d = await b.recv(1 << 16);
          if (d.length === 0) break;
          chunks.push(d);
        }
      })();
      using file = Deno.openSync(path);
      file.seekSync(at, Deno.SeekMode.Start);
      const n = await a.sendfile(file, offset, count);
      const where = file.seekSync(0, Deno.SeekMode.Current);
      a.close();
      await drain;
      b.close();
      out.push([n, await sha256(chunks), where]);
    }
    assertEquals(out, expected);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

test("sendfile from a socket's file sends nothing, as python3's (fstat gives size 0)", async () => {
  const expected = await pyJson(String.raw`
import json, socket
src, feed = socket.socketpair(); feed.sendall(b"from a socket"); feed.shutdown(socket.SHUT_WR)
a, b = socket.socketpair()
f = src.makefile("rb")
n = a.sendfile(f)
a.close()
print(json.dumps([n, b.recv(100).decode(), f.read().decode()]))
`);
  const [src, feed] = await socket.socketpair();
  const [a, b] = await socket.socketpair();
  using _src = src, _feed = feed, _b = b;
  await feed.sendall(new TextEncoder().encode("from a socket"));
  feed.shutdown(socket.SHUT_WR);
  const file = src.makefile("rb");
  const n = await a.sendfile(file);
  a.close();
  const rest = new TextDecoder().decode(await file.read());
  await file.close();
  assertEquals(
    [n, new TextDecoder().decode(await b.recv(100)), rest],
    expected,
  );
});

// Python's io.BytesIO, as far as sendfile uses it.
class BytesFile {
  readonly mode = "rb";
  #data: Uint8Array;
  #at = 0;
  constructor(data: Uint8Array) {
    this.#data = data;
  }
  read(size: number): Promise<Uint8Array> {
    const out = this.#data.slice(this.#at, this.#at + size);
    this.#at += out.length;
    return Promise.resolve(out);
  }
  seek(offset: number): void {
    if (offset < 0) {
      throw new socket.ValueError(`negative seek value ${offset}`);
    }
    this.#at = offset;
  }
  tell(): number {
    return this.#at;
  }
}

test("sendfile from a file object without a descriptor reads from its position, as python3 from a BytesIO (Q09)", async () => {
  // [position before, offset, count]
  const cases: [number, number, number | null][] = [
    [0, 0, null],
    [2, 0, null],
    [0, 3, null],
    [1, 3, 4],
    [0, 50, null],
    [0, -1, null],
  ];
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import io, json, socket, sys
out = []
for at, offset, count in json.loads(sys.argv[1]):
    a, b = socket.socketpair()
    f = io.BytesIO(b"abcdefghij"); f.seek(at)
    r = outcome(lambda: a.sendfile(f, offset, count))
    a.close()
    out.append([r, b.recv(100).decode(), f.tell()])
print(json.dumps(out))
`,
    JSON.stringify(cases),
  );
  const out: unknown[] = [];
  for (const [at, offset, count] of cases) {
    const [a, b] = await socket.socketpair();
    const f = new BytesFile(new TextEncoder().encode("abcdefghij"));
    f.seek(at);
    const r = await outcome(() => a.sendfile(f, offset, count));
    a.close();
    out.push([r, new TextDecoder().decode(await b.recv(100)), f.tell()]);
    b.close();
  }
  assertEquals(out, expected);
});

test("sendfile's checks and errors are python3's (Q03-Q08, Q10, Q12, a write-only file)", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.writeTextFileSync(`${dir}/data.bin`, "0123456789");
    Deno.writeFileSync(`${dir}/empty.bin`, new Uint8Array(0));
    const expected = await pyJson(
      PY_OUTCOME + String.raw`
import json, os, socket, sys
d = sys.argv[1]
f = lambda name="data.bin": open(d + "/" + name, "rb")
a, b = socket.socketpair()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
nb, _ = socket.socketpair(); nb.setblocking(False)
out = [
  outcome(lambda: u.sendfile(f())),
  outcome(lambda: u.sendfile(f("empty.bin"))),
  outcome(lambda: nb.sendfile(f())),
  outcome(lambda: a.sendfile(open(d + "/data.bin", "r"))),
  outcome(lambda: a.sendfile(f("empty.bin"))),
  outcome(lambda: a.sendfile(f("empty.bin"), -1)),
  outcome(lambda: a.sendfile(f(), 0, 0)),
  outcome(lambda: a.sendfile(f(), 0, -1)),
  outcome(lambda: a.sendfile(f(), -1)),
  outcome(lambda: a.sendfile(f(), 20)),
  outcome(lambda: a.sendfile(f(), 0, "x")),
  outcome(lambda: a.sendfile(f(), 0, 1.5)),
  outcome(lambda: a.sendfile(f(), "x")),
  outcome(lambda: a.sendfile(f(), 2, 5)),
  outcome(lambda: a.sendfile(f(), 0, True)),
  outcome(lambda: a.sendfile(open(os.open(d + "/data.bin", os.O_WRONLY), "wb"))),
]
out.append(b.recv(100).decode())
a.close()
out.append(outcome(lambda: a.sendfile(f())))
out.append(outcome(lambda: a.sendfile(f("empty.bin"))))
print(json.dumps(out))
`,
      dir,
    );
    const f = (name = "data.bin") => Deno.openSync(`${dir}/${name}`);
    const opened: Deno.FsFile[] = [];
    const file = (name?: string) => {
      const handle = f(name);
      opened.push(handle);
      return handle;
    };
    const [a, b] = await socket.socketpair();
    const u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    const [nb, other] = await socket.socketpair();
    nb.setblocking(false);
    const [textSource, textFeed] = await socket.socketpair();
    const text = textSource.makefile("r");
    // deno-lint-ignore no-explicit-any
    const loose = a as any;
    const out: unknown[] = [
      await outcome(() => u.sendfile(file())),
      await outcome(() => u.sendfile(file("empty.bin"))),
      await outcome(() => nb.sendfile(file())),
      await outcome(() => loose.sendfile(text)),
      await outcome(() => a.sendfile(file("empty.bin"))),
      await outcome(() => a.sendfile(file("empty.bin"), -1)),
      await outcome(() => a.sendfile(file(), 0, 0)),
      await outcome(() => a.sendfile(file(), 0, -1)),
      await outcome(() => a.sendfile(file(), -1)),
      await outcome(() => a.sendfile(file(), 20)),
      await outcome(() => loose.sendfile(file(), 0, "x")),
      await outcome(() => a.sendfile(file(), 0, 1.5)),
      await outcome(() => loose.sendfile(file(), "x")),
      await outcome(() => a.sendfile(file(), 2, 5)),
      await outcome(() => loose.sendfile(file(), 0, true)),
      // Open for writing only (as os.O_WRONLY): io.UnsupportedOperation.
      await outcome(() => {
        const handle = Deno.openSync(`${dir}/data.bin`, { write: true });
        opened.push(handle);
        return a.sendfile(handle);
      }),
    ];
    out.push(new TextDecoder().decode(await b.recv(100)));
    a.close();
    out.push(await outcome(() => a.sendfile(file())));
    out.push(await outcome(() => a.sendfile(file("empty.bin"))));
    for (const handle of opened) handle.close();
    await text.close();
    for (const s of [b, u, nb, other, textSource, textFeed]) s.close();
    assertEquals(out, expected);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
