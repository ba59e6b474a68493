// Addresses as CPython and glibc read them: a host is numeric exactly when
// glibc's getaddrinfo takes it as numeric for the socket's family (else it
// is a name for the resolver), an embedded NUL is CPython's TypeError, and
// each element of an address is read once per call.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { withDeadline } from "./_helpers.ts";
// White-box: the host's classification, without the look-up a name would
// need (no test may send a DNS query).
import { parseInet } from "../_engine/inet_address.ts";

const HOSTS = [
  "127.0.0.1",
  "127.1",
  "127.0.1",
  "0x7f.1",
  "0x7F.0.0.1",
  "017700000001",
  "0177.0.0.1",
  "2130706433",
  "4294967295",
  "4294967296",
  "0x100000000",
  "127.0.0.256",
  "127.0.0.1 ",
  " 127.0.0.1",
  "127.0.0.1 x",
  "127.0.0.1\t",
  "1.2.3.4.",
  "1..2",
  "08",
  "0x",
  "1e2",
  "::1",
  "::ffff:127.0.0.1",
  "::ffff:1.2.3.4%1",
  "::1%1",
  "::1%lo",
  "fe80::1%1",
  "127.0.0.1%lo",
  "[::1]",
  "::1:",
  "1:2:3:4:5:6:7:8",
  "1:2:3:4:5:6:7:8:9",
  "localhost",
  "not a host",
];

Deno.test("a host is numeric exactly when glibc's getaddrinfo reads it as one, for each family", async () => {
  await withDeadline(10000, async () => {
    const out = await new Deno.Command("python3", {
      args: [
        "-c",
        String.raw`
import json, socket, sys
out = []
for h in json.loads(sys.argv[1]):
    for fam in (socket.AF_INET, socket.AF_INET6):
        try:
            # Bytes, as connect() hands an ASCII host over (no idna step).
            out.append([socket.getaddrinfo(h.encode(), 0, fam, 1, 0, socket.AI_NUMERICHOST)[0][4][0]])
        except socket.gaierror as e:
            out.append(["gaierror", e.errno])
print(json.dumps(out))
`,
        JSON.stringify(HOSTS),
      ],
      stdout: "piped",
    }).output();
    const expected = JSON.parse(new TextDecoder().decode(out.stdout));
    const got: unknown[] = [];
    for (const host of HOSTS) {
      for (const family of [2, 10] as const) {
        try {
          const target = parseInet(family, [host, 0], "connect");
          // A name goes to the resolver: under AI_NUMERICHOST glibc says -2.
          got.push(target.numeric ? [target.host] : ["gaierror", -2]);
        } catch (e) {
          got.push([(e as Error).name, (e as { errno?: number }).errno]);
        }
      }
    }
    assertEquals(got, expected);
  });
});

Deno.test("bind() and connect() take inet_aton's forms as python3 does", async () => {
  await withDeadline(10000, async () => {
    using srv = socket.socket();
    srv.bind(["0x7f.1", 0]);
    srv.listen();
    const port = srv.getsockname()[1];
    assertEquals(srv.getsockname()[0], "127.0.0.1");
    for (const host of ["127.1", "017700000001", "2130706433"]) {
      using c = socket.socket();
      await c.connect([host, port]);
      assertEquals(c.getpeername(), ["127.0.0.1", port]);
      const [conn] = await srv.accept();
      conn.close();
    }
  });
});

Deno.test("a host with an embedded NUL is CPython's TypeError, for every call that takes an address", async () => {
  await withDeadline(10000, async () => {
    const out = await new Deno.Command("python3", {
      args: [
        "-c",
        String.raw`
import json, socket
out = []
for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
    for host in ("a\0b", "127.0.0.1\0", b"a\0b"):
        for call in ("bind", "connect", "connect_ex", "sendto"):
            s = socket.socket(socket.AF_INET, kind)
            try:
                if call == "sendto": s.sendto(b"x", (host, 9))
                else: getattr(s, call)((host, 9))
                out.append("ok")
            except Exception as e:
                out.append([type(e).__name__, str(e)])
            s.close()
print(json.dumps(out))
`,
      ],
      stdout: "piped",
    }).output();
    const expected = JSON.parse(new TextDecoder().decode(out.stdout));
    const got: unknown[] = [];
    for (const kind of [socket.SOCK_STREAM, socket.SOCK_DGRAM]) {
      for (
        const host of [
          "a\0b",
          "127.0.0.1\0",
          new TextEncoder().encode("a\0b"),
        ]
      ) {
        for (const call of ["bind", "connect", "connect_ex", "sendto"]) {
          using s = socket.socket(socket.AF_INET, kind);
          const address = [host, 9] as unknown as socket.Address;
          try {
            if (call === "sendto") await s.sendto(new Uint8Array(1), address);
            else if (call === "bind") s.bind(address);
            else if (call === "connect") await s.connect(address);
            else await s.connect_ex(address);
            got.push("ok");
          } catch (e) {
            got.push([(e as Error).constructor.name, (e as Error).message]);
          }
        }
      }
    }
    assertEquals(got, expected);
  });
});

// An address whose port is a getter: each read gives the next port of
// `ports`, and `reads` counts them.
function shifting(
  ports: number[],
): { address: socket.Address; reads(): number } {
  let reads = 0;
  const address: unknown[] = ["127.0.0.1"];
  Object.defineProperty(address, 1, {
    get: () => ports[reads++ % ports.length],
    enumerable: true,
  });
  return { address: address as socket.Address, reads: () => reads };
}

Deno.test("sendto() reads an address once a call: each datagram goes to the port that was checked", async () => {
  await withDeadline(10000, async () => {
    using a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    using b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    using sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    a.bind(["127.0.0.1", 0]);
    b.bind(["127.0.0.1", 0]);
    const portOf = (s: socket.Socket<socket.InetAddress>) => s.getsockname()[1];
    const { address, reads } = shifting([portOf(a), portOf(b)]);
    for (let i = 0; i < 4; i++) {
      await sender.sendto(new Uint8Array([i]), address);
      assertEquals(reads(), i + 1);
    }
    a.settimeout(5);
    b.settimeout(5);
    assertEquals([...await a.recv(10), ...await a.recv(10)], [0, 2]);
    assertEquals([...await b.recv(10), ...await b.recv(10)], [1, 3]);
  });
});

Deno.test("connect() and bind() read an address once", async () => {
  await withDeadline(10000, async () => {
    using srv = socket.socket();
    srv.bind(["127.0.0.1", 0]);
    srv.listen();
    const port = srv.getsockname()[1];
    const target = shifting([port, 1]);
    using c = socket.socket();
    await c.connect(target.address);
    assertEquals(target.reads(), 1);
    assertEquals(c.getpeername(), ["127.0.0.1", port]);
    const [conn] = await srv.accept();
    conn.close();
    const local = shifting([0, 70000]);
    using d = socket.socket();
    d.bind(local.address);
    assertEquals(local.reads(), 1);
    assert(d.getsockname()[1] > 0);
  });
});
