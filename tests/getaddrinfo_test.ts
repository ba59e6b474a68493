// getaddrinfo() and getnameinfo() against python3's for a sweep of
// arguments: numeric hosts, no host, "localhost" and "" (in /etc/hosts or
// refused without a query), services by name and number, every family,
// type, protocol and flag. Every combination here was checked under
// strace in a network namespace to send no DNS query: a name is asked for
// AF_INET6 only with AI_V4MAPPED, and reverse look-ups only of 127.0.0.1.

import { assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { withDeadline } from "./_helpers.ts";
import { outcome, PY_OUTCOME, pyJson } from "./_py_json.ts";

const test = (name: string, fn: () => Promise<void>) =>
  Deno.test(name, () => withDeadline(120_000, fn));

// A port as JSON: a number, a string, null, or {b: text} for bytes.
type Port = number | string | null | { b: string };
type Case = [string | null, Port, number, number, number, number];

const NUMERIC = [
  null,
  "127.0.0.1",
  "::1",
  "127.1",
  "0x7f.0.0.1",
  "fe80::1%lo",
  "fe80::1%1",
  "::ffff:127.0.0.1",
];
const NAMES = ["localhost", ""];
const PORTS: Port[] = [
  null,
  0,
  80,
  "80",
  "http",
  "domain",
  "nope",
  "",
  65536,
  -1,
  { b: "443" },
];
const FLAGS = [0, 1, 2, 4, 8, 8 | 16, 32, 1024, 0xffff, 1 | 2 | 1024];
const FAMILIES = [0, 2, 10, 1];
const TYPES = [0, 1, 2, 3, 5, 999];
const PROTOS = [0, 6, 17, 132];

function cases(): Case[] {
  const out: Case[] = [];
  for (const host of [...NUMERIC, ...NAMES]) {
    for (const port of PORTS) {
      for (const flags of FLAGS) out.push([host, port, 0, 0, 0, flags]);
    }
    for (const family of FAMILIES) {
      for (const type of TYPES) {
        for (const proto of PROTOS) {
          const named = host !== null && NAMES.includes(host);
          // A name for AF_INET6 alone would ask DNS for its AAAA record.
          if (named && family === 10) continue;
          out.push([host, 80, family, type, proto, 0]);
        }
      }
    }
  }
  for (const flags of [8, 8 | 16, 8 | 2, 8 | 16 | 1]) {
    out.push(["localhost", "http", 10, 1, 0, flags]);
    out.push(["localhost", null, 10, 0, 0, flags]);
  }
  // Non-numeric text with AI_NUMERICHOST never reaches a resolver.
  for (const host of ["nonexistent.invalid", "1.2.3.4.5", "::1::", "a b"]) {
    out.push([host, 80, 0, 0, 0, 4]);
  }
  return out;
}

const portOf = (port: Port) =>
  port !== null && typeof port === "object"
    ? new TextEncoder().encode(port.b)
    : port;

test("getaddrinfo() equals python3's for hosts, services, families, types, protocols and flags", async () => {
  const all = cases();
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket, sys
out = []
for host, port, family, type_, proto, flags in json.loads(sys.argv[1]):
    if isinstance(port, dict): port = port["b"].encode()
    out.append(outcome(lambda: socket.getaddrinfo(host, port, family, type_, proto, flags)))
print(json.dumps(out))
`,
    JSON.stringify(all),
  ) as unknown[];
  const out: unknown[] = [];
  for (const [host, port, family, type, proto, flags] of all) {
    out.push(
      await outcome(() =>
        socket.getaddrinfo(host, portOf(port), family, type, proto, flags)
      ),
    );
  }
  for (let i = 0; i < all.length; i++) {
    assertEquals(out[i], expected[i], JSON.stringify(all[i]));
  }
});

test("getnameinfo() equals python3's for numeric addresses and flags", async () => {
  const addresses: unknown[][] = [
    ["127.0.0.1", 80],
    ["127.0.0.1", 22],
    ["127.0.0.1", 53],
    ["127.0.0.1", 0],
    ["127.0.0.1", 65536],
    ["127.0.0.1", 80, 0, 0],
    ["localhost", 80],
    ["::1", 80, 0, 0],
    ["::1", 80, 5, 0],
    ["::1", 80],
    ["fe80::1", 443, 0, 1],
    ["fe80::1%lo", 443],
    ["::ffff:127.0.0.1", 80, 0, 0],
  ];
  // Reverse look-ups (no NI_NUMERICHOST) only of 127.0.0.1.
  const numericFlags = [1, 1 | 2, 1 | 16, 1 | 2 | 16, 1 | 4, 0xffff];
  const reverseFlags = [0, 2, 4, 8, 16, 8 | 2];
  const all: [unknown[], number][] = [];
  for (const address of addresses) {
    const flags = address[0] === "127.0.0.1"
      ? [...numericFlags, ...reverseFlags]
      : numericFlags;
    for (const f of flags) all.push([address, f]);
  }
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket, sys
print(json.dumps([outcome(lambda: socket.getnameinfo(tuple(a), f)) for a, f in json.loads(sys.argv[1])]))
`,
    JSON.stringify(all),
  ) as unknown[];
  const out: unknown[] = [];
  for (const [address, flags] of all) {
    out.push(
      await outcome(() => socket.getnameinfo(address as socket.Address, flags)),
    );
  }
  for (let i = 0; i < all.length; i++) {
    assertEquals(out[i], expected[i], JSON.stringify(all[i]));
  }
});

test("concurrent look-ups of a name each get their own answer (one at a time on the pool)", async () => {
  const ports = Array.from({ length: 24 }, (_, i) => 1000 + i);
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket, sys
print(json.dumps([outcome(lambda: socket.getaddrinfo("localhost", p, socket.AF_INET, socket.SOCK_STREAM)) for p in json.loads(sys.argv[1])]))
`,
    JSON.stringify(ports),
  );
  const out = await Promise.all(
    ports.map((p) =>
      outcome(() =>
        socket.getaddrinfo("localhost", p, socket.AF_INET, socket.SOCK_STREAM)
      )
    ),
  );
  assertEquals(out, expected);
});
