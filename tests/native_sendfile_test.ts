// sock.sendfile() on the native entry goes through the kernel's
// sendfile(2): a python3 peer receives exactly the file's bytes, the file's
// position moves only when the call ends (os.sendfile reads at an offset
// of its own), and a timeout ends it as CPython's does.

import { assert, assertEquals } from "./_assert.ts";
import { lineReader, python, randomBytes, withDeadline } from "./_helpers.ts";
import { outcome, PY_OUTCOME, pyJson } from "./_py_json.ts";
import * as socket from "../ffi.ts";
import { openDescriptors } from "../_native/descriptors.ts";
import { descriptorOf } from "../_native/file_descriptor.ts";

function test(name: string, fn: () => Promise<void>): void {
  Deno.test(name, () =>
    withDeadline(60_000, async () => {
      const before = openDescriptors();
      await fn();
      assertEquals(openDescriptors(), before, "descriptors leaked");
    }));
}

const SIZE = 3 * 1024 * 1024 + 17;

// A temp file of SIZE random bytes, removed when disposed.
function dataFile(): { path: string; [Symbol.dispose](): void } {
  const dir = Deno.makeTempDirSync();
  const path = `${dir}/data.bin`;
  Deno.writeFileSync(path, randomBytes(SIZE, 11));
  return {
    path,
    [Symbol.dispose]: () => Deno.removeSync(dir, { recursive: true }),
  };
}

test("the descriptor found for a Deno.FsFile is that file's, open for reading", async () => {
  using data = dataFile();
  using a = Deno.openSync(data.path);
  using b = Deno.openSync(data.path);
  b.seekSync(5, Deno.SeekMode.Start);
  const fa = descriptorOf(a)!, fb = descriptorOf(b)!;
  assert(fa !== fb, "two opens of one file share a position: told apart");
  for (const fd of [fa, fb]) {
    assertEquals(Deno.readLinkSync(`/proc/self/fd/${fd}`), data.path);
  }
  // Open for writing only: no descriptor, so the send path is taken.
  using w = Deno.openSync(data.path, { write: true });
  assertEquals(descriptorOf(w), null);
  await Promise.resolve();
});

// A python3 TCP peer reads everything and prints its length and SHA-256,
// and what python3's own slice of the file hashes to.
const PEER = String.raw`
import hashlib, json, socket, sys
path, offset, count = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
srv = socket.create_server(("127.0.0.1", 0)); print(srv.getsockname()[1], flush=True)
c, _ = srv.accept(); got = []
while True:
    d = c.recv(1 << 16)
    if not d: break
    got.append(d)
data = open(path, "rb").read()[offset:]
want = data if count is None else data[:count]
got = b"".join(got)
print(json.dumps([len(got), hashlib.sha256(got).hexdigest(), len(want), hashlib.sha256(want).hexdigest()]))
`;

test("sendfile to a python3 peer over TCP: the exact bytes for offsets, counts and EOF", async () => {
  using data = dataFile();
  const cases: [number, number | null][] = [
    [0, null],
    [1, null],
    [0, 1],
    [4096, 100_000],
    [SIZE - 3, null],
    [SIZE - 3, 10],
    [0, SIZE + 5],
    [SIZE, null],
  ];
  for (const [offset, count] of cases) {
    const child = python(PEER, data.path, String(offset), String(count));
    await child.stdin.close();
    const read = lineReader(child.stdout);
    const port = Number(await read());
    using file = Deno.openSync(data.path);
    file.seekSync(9, Deno.SeekMode.Start);
    const c = await socket.create_connection(["127.0.0.1", port]);
    const n = await c.sendfile(file, offset, count);
    c.close();
    const [got, gotHash, want, wantHash] = JSON.parse(await read());
    assertEquals(await read(), "");
    assertEquals((await child.status).code, 0);
    assertEquals([n, got, gotHash], [want, want, wantHash], `${offset}`);
    // socket.py seeks to offset + sent only when something was sent.
    assertEquals(
      file.seekSync(0, Deno.SeekMode.Current),
      n > 0 ? offset + n : 9,
    );
  }
});

test("the file's position stays put while the kernel sends, then is offset + sent", async () => {
  using data = dataFile();
  using file = Deno.openSync(data.path);
  file.seekSync(7, Deno.SeekMode.Start);
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096);
  const sending = a.sendfile(file, 100);
  // The peer has not read: the call waits, and the file is untouched.
  await new Promise((r) => setTimeout(r, 50));
  assertEquals(file.seekSync(0, Deno.SeekMode.Current), 7);
  let got = 0;
  while (got < SIZE - 100) got += (await b.recv(1 << 16)).length;
  assertEquals(await sending, SIZE - 100);
  assertEquals(file.seekSync(0, Deno.SeekMode.Current), SIZE);
});

test("a timeout ends sendfile as CPython's: TimeoutError, the position after what was sent", async () => {
  using data = dataFile();
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket, sys
a, b = socket.socketpair()
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
a.settimeout(0.2)
f = open(sys.argv[1], "rb")
r = outcome(lambda: a.sendfile(f, 3))
a.close(); got = 0
while True:
    d = b.recv(1 << 16)
    if not d: break
    got += len(d)
print(json.dumps([r, f.tell() - 3 == got, got > 0]))
`,
    data.path,
  );
  const [a, b] = await socket.socketpair();
  using _b = b;
  a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096);
  a.settimeout(0.2);
  using file = Deno.openSync(data.path);
  const r = await outcome(() => a.sendfile(file, 3));
  a.close();
  let got = 0;
  for (let d = await b.recv(1 << 16); d.length > 0; d = await b.recv(1 << 16)) {
    got += d.length;
  }
  const position = file.seekSync(0, Deno.SeekMode.Current);
  assertEquals([r, position - 3 === got, got > 0], expected);
});
