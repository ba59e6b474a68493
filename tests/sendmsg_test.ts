// sendmsg, recvmsg, recvmsg_into, send_fds and recv_fds against python3:
// gathering, scattering, MSG_TRUNC as Linux sets it (oracle R08, R09), the
// argument errors, and the default engine's clear refusal of ancillary
// data.

import { assert, assertEquals, assertStringIncludes } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { tcpPair, withDeadline } from "./_helpers.ts";
import { outcome, PY_OUTCOME, pyJson } from "./_py_json.ts";

const test = (name: string, fn: () => Promise<void>, ignore = false) =>
  Deno.test({ name, ignore, fn: () => withDeadline(20_000, fn) });

const enc = new TextEncoder();
const dec = new TextDecoder();
const hex = (b: Uint8Array) =>
  [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

test("sendmsg gathers and recvmsg returns (data, [], 0, None) on a stream pair (R09)", async () => {
  const expected = await pyJson(String.raw`
import json, socket
a, b = socket.socketpair()
n = a.sendmsg([b"ab", b"cd", b""])
data, anc, flags, addr = b.recvmsg(10)
c, d = socket.socketpair()
c.sendall(b"xyz")
bufs = [bytearray(1), bytearray(1), bytearray(5)]
r = d.recvmsg_into(bufs)
print(json.dumps([n, data.hex(), anc, flags, addr, list(r[:2]) + [r[2], r[3]], [bytes(x).hex() for x in bufs]]))
`);
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  const n = await a.sendmsg([
    enc.encode("ab"),
    enc.encode("cd"),
    new Uint8Array(0),
  ]);
  const [data, anc, flags, addr] = await b.recvmsg(10);
  const [c, d] = await socket.socketpair();
  using _c = c, _d = d;
  await c.sendall(enc.encode("xyz"));
  const bufs = [new Uint8Array(1), new Uint8Array(1), new Uint8Array(5)];
  const r = await d.recvmsg_into(bufs);
  assertEquals(
    [n, hex(data), anc, flags, addr, [r[0], r[1], r[2], r[3]], bufs.map(hex)],
    expected,
  );
});

// The UDP steps both sides run: each row is one datagram and one receive.
const UDP_STEPS: [string, number, number][] = [
  ["recvmsg", 2, 0],
  ["recvmsg", 5, 0],
  ["recvmsg", 10, 0],
  ["recvmsg", 2, socket.MSG_TRUNC],
  ["recvmsg_into", 3, 0],
  ["recvmsg_into", 3, socket.MSG_TRUNC],
  ["recvmsg", 5, socket.MSG_PEEK],
];

test("recvmsg/recvmsg_into set MSG_TRUNC as Linux does, with the sender's address", async () => {
  const expected = await pyJson(
    String.raw`
import json, socket, sys
steps = json.loads(sys.argv[1])
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); b.bind(("127.0.0.1", 0)); b.settimeout(2)
out = []
for how, size, flags in steps:
    a.sendto(b"hello", b.getsockname())
    if how == "recvmsg":
        data, anc, f, addr = b.recvmsg(size, 0, flags)
        out.append([data.hex(), anc, f, addr == a.getsockname()])
    else:
        bufs = [bytearray(2), bytearray(size - 2)]
        n, anc, f, addr = b.recvmsg_into(bufs, 0, flags)
        out.append([n, [bytes(x).hex() for x in bufs], anc, f, addr == a.getsockname()])
    if flags & socket.MSG_PEEK:
        b.recv(10)
print(json.dumps(out))
`,
    JSON.stringify(UDP_STEPS),
  );
  using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  using b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  b.bind(["127.0.0.1", 0]);
  b.settimeout(2);
  const out: unknown[] = [];
  for (const [how, size, flags] of UDP_STEPS) {
    await a.sendto(enc.encode("hello"), b.getsockname());
    if (how === "recvmsg") {
      const [data, anc, f, addr] = await b.recvmsg(size, 0, flags);
      out.push([hex(data), anc, f, String(addr) === String(a.getsockname())]);
    } else {
      const bufs = [new Uint8Array(2), new Uint8Array(size - 2)];
      const [n, anc, f, addr] = await b.recvmsg_into(bufs, 0, flags);
      out.push([
        n,
        bufs.map(hex),
        anc,
        f,
        String(addr) === String(a.getsockname()),
      ]);
    }
    if (flags & socket.MSG_PEEK) await b.recv(10);
  }
  assertEquals(out, expected);
});

test("sendmsg with an address sends one datagram there", async () => {
  using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  using b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  b.bind(["127.0.0.1", 0]);
  const n = await a.sendmsg(
    [enc.encode("one"), enc.encode("two")],
    [],
    0,
    b.getsockname(),
  );
  const [data, , flags] = await b.recvmsg(100);
  assertEquals([n, dec.decode(data), flags], [6, "onetwo", 0]);
});

test("sendmsg/recvmsg/recvmsg_into argument errors are python3's", async () => {
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket
a, b = socket.socketpair()
out = [
  outcome(lambda: a.sendmsg(b"ab")),
  outcome(lambda: a.sendmsg([b"ab", "x"])),
  outcome(lambda: a.sendmsg(5)),
  outcome(lambda: a.sendmsg([b"ab"], 5)),
  outcome(lambda: a.sendmsg([b"ab"], [5])),
  outcome(lambda: a.sendmsg([b"ab"], [(1, 2)])),
  outcome(lambda: a.sendmsg([b"ab"], [(1, 2, "x")])),
  outcome(lambda: a.sendmsg([b"ab"], [], "x")),
  outcome(lambda: b.recvmsg(-1)),
  outcome(lambda: b.recvmsg(10, -1)),
  outcome(lambda: b.recvmsg("x")),
  outcome(lambda: b.recvmsg_into(5)),
  outcome(lambda: b.recvmsg_into([5])),
  outcome(lambda: b.recvmsg_into([bytearray(3)], -1)),
  outcome(lambda: socket.send_fds(a, [b"x"], 5)),
  outcome(lambda: socket.send_fds(a, [b"x"], None)),
  outcome(lambda: socket.send_fds(a, [b"x"], ["x"])),
  outcome(lambda: socket.send_fds(a, [b"x"], [2**40])),
  outcome(lambda: socket.send_fds(a, 5, [1])),
  outcome(lambda: socket.recv_fds(b, 10, "x")),
  outcome(lambda: socket.recv_fds(b, 10, -1)),
  outcome(lambda: socket.recv_fds(b, -1, 1)),
]
a.close()
out.append(outcome(lambda: a.sendmsg([b"x"])))
out.append(outcome(lambda: a.recvmsg(1)))
print(json.dumps(out))
`,
  );
  const [a, b] = await socket.socketpair();
  using _b = b;
  // deno-lint-ignore no-explicit-any
  const loose = (s: unknown) => s as any;
  const out = [
    await outcome(() => loose(a).sendmsg(enc.encode("ab"))),
    await outcome(() => loose(a).sendmsg([enc.encode("ab"), "x"])),
    await outcome(() => loose(a).sendmsg(5)),
    await outcome(() => loose(a).sendmsg([enc.encode("ab")], 5)),
    await outcome(() => loose(a).sendmsg([enc.encode("ab")], [5])),
    await outcome(() => loose(a).sendmsg([enc.encode("ab")], [[1, 2]])),
    await outcome(() => loose(a).sendmsg([enc.encode("ab")], [[1, 2, "x"]])),
    await outcome(() => loose(a).sendmsg([enc.encode("ab")], [], "x")),
    await outcome(() => b.recvmsg(-1)),
    await outcome(() => b.recvmsg(10, -1)),
    await outcome(() => loose(b).recvmsg("x")),
    await outcome(() => loose(b).recvmsg_into(5)),
    await outcome(() => loose(b).recvmsg_into([5])),
    await outcome(() => b.recvmsg_into([new Uint8Array(3)], -1)),
    await outcome(() => loose(socket).send_fds(a, [enc.encode("x")], 5)),
    await outcome(() => loose(socket).send_fds(a, [enc.encode("x")], null)),
    await outcome(() => loose(socket).send_fds(a, [enc.encode("x")], ["x"])),
    await outcome(() => socket.send_fds(a, [enc.encode("x")], [2 ** 40])),
    await outcome(() => loose(socket).send_fds(a, 5, [1])),
    await outcome(() => loose(socket).recv_fds(b, 10, "x")),
    await outcome(() => socket.recv_fds(b, 10, -1)),
    await outcome(() => socket.recv_fds(b, -1, 1)),
  ];
  a.close();
  out.push(await outcome(() => a.sendmsg([enc.encode("x")])));
  out.push(await outcome(() => a.recvmsg(1)));
  assertEquals(out, expected);
});

// The native entry passes ancillary data (native_kernel_test.ts).
test(
  "ancillary data on the default engine is an OSError naming @pysocket/socket/ffi",
  async () => {
    const [a, b] = await socket.socketpair();
    using _a = a, _b = b;
    const fds = new Uint8Array(new Int32Array([b.fileno()]).buffer);
    const errors = [
      await outcome(() =>
        a.sendmsg([enc.encode("x")], [[
          socket.SOL_SOCKET,
          socket.SCM_RIGHTS,
          fds,
        ]])
      ),
      await outcome(() => b.recvmsg(10, socket.CMSG_SPACE(4))),
      await outcome(() => b.recvmsg_into([new Uint8Array(4)], 16)),
      await outcome(() => socket.send_fds(a, [enc.encode("x")], [b.fileno()])),
      await outcome(() => socket.recv_fds(b, 10, 1)),
    ];
    for (const [name, errno, message] of errors) {
      assertEquals([name, errno], ["OSError", 95]);
      assertStringIncludes(String(message), "@pysocket/socket/ffi");
    }
    // Nothing was sent by the refused calls.
    await a.sendall(enc.encode("ok"));
    assertEquals(dec.decode(await b.recv(10)), "ok");
  },
  socket.NATIVE,
);

test("a TCP recvmsg returns address None and what is there, up to bufsize", async () => {
  const [c, a] = await tcpPair();
  using _c = c, _a = a;
  await c.sendall(enc.encode("0123456789"));
  let got = "";
  while (got.length < 10) {
    const [data, anc, flags, addr] = await a.recvmsg(4);
    assert(data.length <= 4 && data.length > 0);
    assertEquals([anc, flags, addr], [[], 0, null]);
    got += dec.decode(data);
  }
  assertEquals(got, "0123456789");
});
