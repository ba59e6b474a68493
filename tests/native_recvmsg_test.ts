// recvmsg() ancillary data from the kernel on the native entry, against
// python3 doing the same on its own sockets: IP_PKTINFO, IP_TTL and
// IP_TOS for IPv4, IPV6_PKTINFO and IPV6_HOPLIMIT for IPv6 (the same
// cmsg levels, types and data bytes), and MSG_CTRUNC with what is left of
// the items when ancbufsize is too small. (Python 3.11 has no IP_PKTINFO
// or IP_RECVTTL names: Linux's numbers 8 and 12 on both sides.)

import { assertEquals } from "./_assert.ts";
import { withDeadline } from "./_helpers.ts";
import { pyJson } from "./_py_json.ts";
import * as socket from "../ffi.ts";

const test = (name: string, fn: () => Promise<void>) =>
  Deno.test(name, () => withDeadline(20_000, fn));

const IP_PKTINFO = 8, IP_RECVTTL = 12;
// [family, options to set to 1 on the receiver, ancbufsize]
type Case = [number, [number, number][], number];

const V4: [number, number][] = [[0, IP_PKTINFO], [0, IP_RECVTTL], [
  0,
  socket.IP_RECVTOS,
]];
const V6: [number, number][] = [[41, socket.IPV6_RECVPKTINFO], [
  41,
  socket.IPV6_RECVHOPLIMIT,
]];
const { CMSG_LEN, CMSG_SPACE } = socket;

const CASES: Case[] = [
  [2, [[0, IP_PKTINFO]], CMSG_SPACE(12)],
  [2, [[0, IP_RECVTTL]], CMSG_SPACE(4)],
  [2, V4, 1024],
  [2, V4, 0],
  [2, V4, CMSG_SPACE(12)],
  [2, V4, CMSG_SPACE(12) + CMSG_LEN(2)],
  [2, [[0, IP_PKTINFO]], CMSG_LEN(12)],
  [2, [[0, IP_PKTINFO]], CMSG_LEN(4)],
  [2, [[0, IP_PKTINFO]], CMSG_LEN(0) - 1],
  [2, [], 64],
  [10, V6, 1024],
  [10, [[41, socket.IPV6_RECVPKTINFO]], CMSG_SPACE(20)],
  [10, V6, CMSG_SPACE(20) + 4],
  [10, V6, 0],
];

const PY = String.raw`
import json, socket, sys, warnings
warnings.simplefilter("ignore")
out = []
for family, options, ancbufsize in json.loads(sys.argv[1]):
    host = "127.0.0.1" if family == socket.AF_INET else "::1"
    r = socket.socket(family, socket.SOCK_DGRAM); r.bind((host, 0))
    for level, name in options: r.setsockopt(level, name, 1)
    s = socket.socket(family, socket.SOCK_DGRAM)
    s.sendto(b"ancillary", r.getsockname())
    data, anc, flags, addr = r.recvmsg(100, ancbufsize)
    out.append([data.decode(), [[l, t, d.hex()] for l, t, d in anc], flags, addr[0]])
    r.close(); s.close()
print(json.dumps(out))
`;

test("recvmsg's IP_PKTINFO, IP_TTL, IP_TOS, IPV6_PKTINFO, IPV6_HOPLIMIT items and MSG_CTRUNC are python3's", async () => {
  const expected = await pyJson(PY, JSON.stringify(CASES));
  const out: unknown[] = [];
  for (const [family, options, ancbufsize] of CASES) {
    const host = family === 2 ? "127.0.0.1" : "::1";
    using r = socket.socket(family, socket.SOCK_DGRAM);
    r.bind(family === 2 ? [host, 0] : [host, 0, 0, 0]);
    for (const [level, name] of options) r.setsockopt(level, name, 1);
    using s = socket.socket(family, socket.SOCK_DGRAM);
    await s.sendto(new TextEncoder().encode("ancillary"), r.getsockname());
    const [data, anc, flags, addr] = await r.recvmsg(100, ancbufsize);
    out.push([
      new TextDecoder().decode(data),
      anc.map(([l, t, d]) => [
        l,
        t,
        [...d].map((b) => b.toString(16).padStart(2, "0")).join(""),
      ]),
      flags,
      (addr as [string, number])[0],
    ]);
  }
  assertEquals(out, expected);
});
