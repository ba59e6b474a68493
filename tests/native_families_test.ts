// Families and types beyond TCP/UDP/UNIX on the native entry, against
// python3 run as the same user on this machine: which sockets open (or
// Python's OSError), their addresses, CPython's address errors for
// AF_NETLINK, AF_PACKET and AF_VSOCK, and, where the process has the
// privilege, real traffic on loopback only: a netlink route dump, an ICMP
// echo over a raw socket, a UDP datagram seen by a packet socket on "lo".
// Without CAP_NET_RAW (dropped by setpriv) both refuse alike.

import { assert, assertEquals } from "./_assert.ts";
import { withDeadline } from "./_helpers.ts";
import { PY_OUTCOME, pyJson } from "./_py_json.ts";
import * as socket from "../ffi.ts";
import { openDescriptors } from "../_native/descriptors.ts";

function test(name: string, fn: () => Promise<void>): void {
  Deno.test(name, () =>
    withDeadline(30_000, async () => {
      const before = openDescriptors();
      await fn();
      assertEquals(openDescriptors(), before, "descriptors leaked");
    }));
}

// JSON for both sides: bytes as hex, undefined (None) as null.
const PY_JSON = PY_OUTCOME + String.raw`
import json, socket, sys
def plain(v):
    if isinstance(v, (bytes, bytearray)): return {"hex": v.hex()}
    if isinstance(v, (list, tuple)): return [plain(x) for x in v]
    return v
def run(f): return plain(outcome(f))
`;

function plain(v: unknown): unknown {
  if (v instanceof Uint8Array) {
    return { hex: [...v].map((b) => b.toString(16).padStart(2, "0")).join("") };
  }
  if (Array.isArray(v)) return v.map(plain);
  return v === undefined ? null : v;
}

function run(f: () => unknown): unknown {
  try {
    return plain(["ok", f()]);
  } catch (e) {
    const error = e as Error & { errno?: number | null };
    return [error.name, error.errno ?? null, error.message];
  }
}

// [family, type, proto]: raw IP, packet, netlink, vsock, and families
// and pairs Linux refuses here.
const KINDS: [number, number, number][] = [
  [2, 3, 1],
  [2, 3, 255],
  [2, 3, 0],
  [10, 3, 58],
  [2, 10, 0],
  [17, 3, 0x0300],
  [17, 2, 0x0008],
  [16, 3, 0],
  [16, 2, 0],
  [16, 3, 15],
  [16, 1, 0],
  [40, 1, 0],
  [38, 5, 0],
  [29, 3, 1],
  [31, 1, 0],
  [0, 1, 0],
  [3, 2, 0],
  [45, 1, 0],
];

test("socket() of raw, packet, netlink, vsock and unsupported families is python3's", async () => {
  const expected = await pyJson(
    PY_JSON + String.raw`
def make(f, t, p):
    s = socket.socket(f, t, p)
    try: return [int(s.family), int(s.type), s.proto, s.getsockname()]
    finally: s.close()
print(json.dumps([run(lambda: make(*k)) for k in json.loads(sys.argv[1])]))
`,
    JSON.stringify(KINDS),
  );
  const out = KINDS.map(([f, t, p]) =>
    run(() => {
      using s = socket.socket(f, t, p);
      return [s.family, s.type, s.proto, s.getsockname()];
    })
  );
  assertEquals(out, expected);
});

const hex = (text: string) => ({ hex: text });
// [family, type, proto, address]; {hex} stands for bytes.
const BINDS: [number, number, number, unknown][] = [
  [16, 3, 0, [0, 0]],
  [16, 3, 0, "x"],
  [16, 3, 0, [0]],
  [16, 3, 0, [0, 0, 0]],
  [16, 3, 0, ["a", 0]],
  [16, 3, 0, [1.5, 0]],
  [16, 3, 0, [true, 0]],
  [17, 2, 0, ["lo", 0x0800]],
  [17, 2, 0, ["lo", 0x86dd]],
  [17, 2, 0, "x"],
  [17, 2, 0, ["lo"]],
  [17, 2, 0, ["nosuchif", 0]],
  [17, 2, 0, ["lo", 70000]],
  [17, 2, 0, ["lo", -1]],
  [17, 2, 0, ["lo", 0, 0, 0, hex("313233343536373839")]],
  [17, 2, 0, ["lo", 0, 0, 0, hex("0102")]],
  [17, 2, 0, ["lo".repeat(10), 0]],
  [17, 2, 0, [hex("6c6f"), 0]],
  [40, 1, 0, [2 ** 32 - 1, 5000]],
  [40, 1, 0, "x"],
  [40, 1, 0, [1]],
  [40, 1, 0, ["a", 1]],
];

const unhex = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(unhex)
    : v !== null && typeof v === "object" && "hex" in v
    ? Uint8Array.from(
      (v.hex as string).match(/../g) ?? [],
      (b) => parseInt(b, 16),
    )
    : v;

test("bind() of AF_NETLINK, AF_PACKET and AF_VSOCK addresses: python3's results, names and errors", async () => {
  if (!hasCap(13)) return; // packet sockets need CAP_NET_RAW
  const expected = await pyJson(
    PY_JSON + String.raw`
def unhex(v):
    if isinstance(v, list): return tuple(unhex(x) for x in v)
    if isinstance(v, dict): return bytes.fromhex(v["hex"])
    return v
out = []
for f, t, p, a in json.loads(sys.argv[1]):
    s = socket.socket(f, t, p)
    out.append([run(lambda: s.bind(unhex(a))), run(s.getsockname)])
    s.close()
print(json.dumps(out))
`,
    JSON.stringify(BINDS),
  ) as unknown[][];
  const out = BINDS.map(([f, t, p, a]) => {
    using s = socket.socket(f, t, p);
    return [
      run(() => s.bind(unhex(a) as socket.Address)),
      run(() => s.getsockname()),
    ];
  });
  // The kernel picks a netlink socket's port id (the process id first).
  const [netlink] = out, [pyNetlink] = expected;
  const pid = (v: unknown) => ((v as unknown[])[1] as number[])[0];
  assert(pid(netlink![1]) !== 0 && pid(pyNetlink![1]) !== 0);
  netlink![1] = pyNetlink![1];
  assertEquals(out, expected);
});

// An RTM_GETLINK dump request: nlmsghdr + ifinfomsg, NLM_F_REQUEST|DUMP.
const PY_DUMP = String.raw`
import socket, struct, json
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
s.bind((0, 0))
s.send(struct.pack("=IHHII", 32, 18, 0x301, 1, 0) + bytes(16))
names = []
while True:
    data = s.recv(65536); at = 0; done = False
    while at + 16 <= len(data):
        length, kind = struct.unpack_from("=IH", data, at)
        if kind == 3: done = True; break
        if kind == 16:
            a = at + 32
            while a + 4 <= at + length:
                alen, atype = struct.unpack_from("=HH", data, a)
                if atype == 3: names.append(data[a + 4:a + alen].rstrip(b"\0").decode())
                a += (alen + 3) & ~3
        at += (length + 3) & ~3
    if done: break
s.close()
print(json.dumps(sorted(names)))
`;

test("a netlink route dump of the links names python3's interfaces and if_nameindex()'s", async () => {
  const expected = await pyJson(PY_DUMP);
  using s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0);
  s.bind([0, 0] as unknown as socket.Address);
  const request = new Uint8Array(32);
  const view = new DataView(request.buffer);
  view.setUint32(0, 32, true);
  view.setUint16(4, 18, true); // RTM_GETLINK
  view.setUint16(6, 0x301, true); // NLM_F_REQUEST | NLM_F_DUMP
  view.setUint32(8, 1, true);
  await s.send(request);
  const names: string[] = [];
  let done = false;
  for (let round = 0; !done && round < 100; round++) {
    const data = await s.recv(65536);
    const d = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let at = 0; at + 16 <= data.length;) {
      const length = d.getUint32(at, true), kind = d.getUint16(at + 4, true);
      if (kind === 3) { // NLMSG_DONE
        done = true;
        break;
      }
      if (kind === 16) { // RTM_NEWLINK: attributes after the ifinfomsg
        for (let a = at + 32; a + 4 <= at + length;) {
          const alen = d.getUint16(a, true), atype = d.getUint16(a + 2, true);
          if (atype === 3) { // IFLA_IFNAME
            const raw = data.subarray(a + 4, a + alen);
            const end = raw.indexOf(0);
            names.push(new TextDecoder().decode(raw.subarray(0, end)));
          }
          a += (alen + 3) & ~3;
        }
      }
      at += (length + 3) & ~3;
    }
  }
  assert(done, "the dump ended");
  names.sort();
  assertEquals(names, expected);
  assertEquals(socket.if_nameindex().map(([, n]) => n).sort(), names);
});

// Whether this process has capability `bit` (13 CAP_NET_RAW, 12
// CAP_NET_ADMIN): the traffic tests need the privilege, as in Python.
function hasCap(bit: number): boolean {
  const status = Deno.readTextFileSync("/proc/self/status");
  const eff = BigInt("0x" + (/CapEff:\s*([0-9a-f]+)/.exec(status)?.[1] ?? "0"));
  return ((eff >> BigInt(bit)) & 1n) === 1n;
}

// An ICMP echo request to 127.0.0.1 with the given payload.
function echoRequest(payload: Uint8Array): Uint8Array {
  const packet = new Uint8Array(8 + payload.length);
  const view = new DataView(packet.buffer);
  view.setUint8(0, 8);
  view.setUint16(4, 0x1234);
  view.setUint16(6, 1);
  packet.set(payload, 8);
  let sum = 0;
  for (let i = 0; i < packet.length; i += 2) {
    sum += (packet[i]! << 8) + (packet[i + 1] ?? 0);
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  view.setUint16(2, ~sum & 0xffff);
  return packet;
}

test("a raw ICMP socket sends an echo to 127.0.0.1 and reads the kernel's reply, as python3", async () => {
  if (!hasCap(13)) return; // unprivileged: the EPERM test below covers it
  const payload = new TextEncoder().encode(`pysocket-${Deno.pid}`);
  const PY = PY_JSON + String.raw`
import struct
payload = sys.argv[1].encode()
r = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP); r.settimeout(5)
pkt = bytearray(struct.pack("!BBHHH", 8, 0, 0, 0x1234, 1) + payload)
s = sum((pkt[i] << 8) + (pkt[i + 1] if i + 1 < len(pkt) else 0) for i in range(0, len(pkt), 2))
while s > 0xffff: s = (s & 0xffff) + (s >> 16)
struct.pack_into("!H", pkt, 2, ~s & 0xffff)
r.sendto(pkt, ("127.0.0.1", 0))
for _ in range(50):
    data, addr = r.recvfrom(2048)
    if data[20] == 0 and data[28:] == payload: break
r.close()
print(json.dumps(plain([addr, data[20], data[21], data[28:]])))
`;
  const expected = await pyJson(PY, new TextDecoder().decode(payload));
  using r = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP);
  r.settimeout(5);
  await r.sendto(echoRequest(payload), ["127.0.0.1", 0]);
  let reply: unknown = null;
  for (let i = 0; i < 50 && reply === null; i++) {
    const [data, addr] = await r.recvfrom(2048);
    const body = data.subarray(28);
    if (data[20] === 0 && body.join() === payload.join()) {
      reply = plain([addr, data[20], data[21], body]);
    }
  }
  assertEquals(reply, expected);
});

test("a packet socket on lo sees a UDP datagram sent to 127.0.0.1, with python3's address", async () => {
  if (!hasCap(13) || !hasCap(12)) return; // unprivileged: see below
  const payload = `pysocket-packet-${Deno.pid}`;
  const expected = await pyJson(
    PY_JSON + String.raw`
payload = sys.argv[1].encode()
p = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(0x0800))
p.setsockopt(socket.SOL_SOCKET, 33, 8 << 20)
p.bind(("lo", 0x0800)); p.settimeout(5)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.sendto(payload, ("127.0.0.1", 9))
for _ in range(20000):
    data, addr = p.recvfrom(65536)
    if data.endswith(payload): break
p.close(); u.close()
print(json.dumps(plain([addr, data[9], data[-len(payload):].decode()])))
`,
    payload,
  );
  using p = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, 0x0008);
  // Other processes' loopback traffic arrives too: room for it
  // (SO_RCVBUFFORCE, as root), and the loop reads past it.
  p.setsockopt(socket.SOL_SOCKET, 33, 8 << 20);
  p.bind(["lo", 0x0800] as unknown as socket.Address);
  p.settimeout(5);
  using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  const bytes = new TextEncoder().encode(payload);
  await u.sendto(bytes, ["127.0.0.1", 9]);
  let seen: unknown = null;
  for (let i = 0; i < 20000 && seen === null; i++) {
    const [data, addr] = await p.recvfrom(65536);
    const tail = data.subarray(data.length - bytes.length);
    if (tail.join() === bytes.join()) {
      // The IP header's protocol (17, UDP) and the payload.
      seen = plain([addr, data[9], payload]);
    }
  }
  assertEquals(seen, expected);
});

const CHILD = String.raw`
const socket = await import(Deno.args[0] + "/ffi.ts");
const status = Deno.readTextFileSync("/proc/self/status");
const eff = BigInt("0x" + /CapEff:\s*([0-9a-f]+)/.exec(status)[1]);
const out = [];
for (const [f, t, p] of JSON.parse(Deno.args[1])) {
  try { socket.socket(f, t, p).close(); out.push(["ok", null]); }
  catch (e) { out.push([e.name, e.errno ?? null, e.message]); }
}
console.log(JSON.stringify([(eff >> 13n) & 1n ? "raw" : "no raw", out]));
`;

test("without CAP_NET_RAW raw and packet sockets are python3's PermissionError EPERM", async () => {
  const kinds = [[2, 3, 1], [10, 3, 58], [17, 3, 0x0300], [17, 2, 8], [
    16,
    3,
    0,
  ]];
  const drop = ["--bounding-set=-net_raw"];
  let py: Deno.CommandOutput;
  try {
    py = await new Deno.Command("setpriv", {
      args: [
        ...drop,
        "python3",
        "-c",
        PY_OUTCOME + String.raw`
import json, socket, sys
caps = int(open("/proc/self/status").read().split("CapEff:")[1].split()[0], 16)
out = []
for f, t, p in json.loads(sys.argv[1]):
    out.append(outcome(lambda: socket.socket(f, t, p).close()))
print(json.dumps(["raw" if caps & (1 << 13) else "no raw", out]))
`,
        JSON.stringify(kinds),
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return; // no setpriv: skip
    throw e;
  }
  if (!py.success) return; // setpriv may not drop here: skip
  const expected = JSON.parse(new TextDecoder().decode(py.stdout));
  const dir = Deno.makeTempDirSync();
  try {
    Deno.writeTextFileSync(`${dir}/child.ts`, CHILD);
    const root = new URL("..", import.meta.url).href.replace(/\/$/, "");
    const { stdout } = await new Deno.Command("setpriv", {
      args: [
        ...drop,
        Deno.execPath(),
        "run",
        "-A",
        `${dir}/child.ts`,
        root,
        JSON.stringify(kinds),
      ],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    const out = JSON.parse(new TextDecoder().decode(stdout));
    assertEquals(out, expected);
    assertEquals(out[0], "no raw");
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
