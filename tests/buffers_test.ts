// SO_RCVBUF and SO_SNDBUF read back what Linux stores (doubled, capped by
// net.core.rmem_max/wmem_max, with a floor), and the node:dgram backend's
// queue holds what the kernel's receive buffer would: as many datagrams as
// python3's unread socket queues, each holding only its own bytes.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { withDeadline } from "./_helpers.ts";

const KINDS: [number, number][] = [
  [socket.AF_INET, socket.SOCK_STREAM],
  [socket.AF_INET6, socket.SOCK_STREAM],
  [socket.AF_UNIX, socket.SOCK_STREAM],
  [socket.AF_INET, socket.SOCK_DGRAM],
  [socket.AF_INET6, socket.SOCK_DGRAM],
];
const VALUES = [0, 1, 100, 1000, 2303, 4607, 65536, 212992, 1e6, 2 ** 31 - 1];
VALUES.push(-1, -5);

async function python(script: string, ...args: string[]): Promise<unknown> {
  const out = await new Deno.Command("python3", {
    args: ["-c", script, ...args],
    stdout: "piped",
  }).output();
  assert(out.success, "python3 failed");
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

Deno.test("SO_RCVBUF and SO_SNDBUF: defaults and every value read back as python3 reads them", async () => {
  await withDeadline(10000, async () => {
    const expected = await python(
      String.raw`
import json, socket, sys
kinds, values = json.loads(sys.argv[1]), json.loads(sys.argv[2])
out = []
for family, kind in kinds:
    s = socket.socket(family, kind)
    row = [s.getsockopt(1, 8), s.getsockopt(1, 7)]
    for v in values:
        s.setsockopt(1, 8, int(v)); s.setsockopt(1, 7, int(v))
        row.append([s.getsockopt(1, 8), s.getsockopt(1, 7)])
    out.append(row)
print(json.dumps(out))
`,
      JSON.stringify(KINDS),
      JSON.stringify(VALUES),
    );
    const got = KINDS.map(([family, kind]) => {
      using s = socket.socket(family, kind);
      const row: unknown[] = [s.getsockopt(1, 8), s.getsockopt(1, 7)];
      for (const v of VALUES) {
        s.setsockopt(1, 8, v);
        s.setsockopt(1, 7, v);
        row.push([s.getsockopt(1, 8), s.getsockopt(1, 7)]);
      }
      return row;
    });
    assertEquals(got, expected);
  });
});

const SIZES = [0, 1, 100, 200, 1000, 8000];

// How many datagrams of `size` an unread socket holds, as python3 counts.
const PYTHON_QUEUE = String.raw`
import json, socket, sys
out = []
for size in json.loads(sys.argv[1]):
    a = socket.socket(2, 2); a.bind(("127.0.0.1", 0)); a.setblocking(False)
    b = socket.socket(2, 2)
    for _ in range(400): b.sendto(b"x" * size, a.getsockname())
    n = 0
    try:
        while True: a.recv(70000); n += 1
    except BlockingIOError: pass
    out.append(n); a.close(); b.close()
print(json.dumps(out))
`;

Deno.test({
  name:
    "node:dgram: an unread socket queues as many datagrams as Linux, each holding its own bytes only",
  // The native engine leaves datagrams in the kernel.
  ignore: Deno.env.get("PYSOCKET_ENTRY") === "ffi",
}, async () => {
  await withDeadline(20000, async () => {
    const expected = await python(PYTHON_QUEUE, JSON.stringify(SIZES));
    const got: number[] = [];
    for (const size of SIZES) {
      using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
      using b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
      a.bind(["127.0.0.1", 0]);
      // Sent in rounds the runtime reads off the kernel as they come, so
      // the engine's queue, not the kernel's, is what fills.
      for (let round = 0; round < 8; round++) {
        for (let i = 0; i < 50; i++) {
          await b.sendto(new Uint8Array(size).fill(120), a.getsockname());
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 100));
      a.setblocking(false);
      let n = 0;
      for (;;) {
        try {
          const data = await a.recv(70000);
          // A datagram's bytes, not the 64 KiB buffer node:dgram read it into.
          assert(data.buffer.byteLength <= Math.max(size, 1) * 2 + 64);
          n++;
        } catch (e) {
          if (e instanceof socket.BlockingIOError) break;
          throw e;
        }
      }
      got.push(n);
    }
    assertEquals(got, expected);
  });
});
