// Differential test: the same calls through python3's socket module and
// through this one; results and errors (class, errno, message) must match
// exactly. The corpus is generated from a seed, printed so that a failure
// can be replayed with DIFF_SEED=<seed>.

import { assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { idna } from "../_idna.ts";
import { PYTHON_ORACLE } from "./_differential_py.ts";
import { withDeadline } from "./_helpers.ts";

type Tagged =
  | { t: "str"; v: string }
  | { t: "bytes"; v: string }
  | { t: "int"; v: string }
  | { t: "float"; v: number }
  | { t: "bool"; v: boolean }
  | { t: "none" }
  | { t: "tuple"; v: Tagged[] };

interface Case {
  fn: string;
  args: Tagged[];
}

type Outcome = { ok: Tagged } | { err: [string, number | null, string] };

// --- a seeded generator (mulberry32) ---------------------------------------

function generator(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof generator>;

// --- values ------------------------------------------------------------

const str = (v: string): Tagged => ({ t: "str", v });
const int = (v: number | bigint): Tagged => ({ t: "int", v: String(v) });
const bytes = (v: Uint8Array): Tagged => ({
  t: "bytes",
  v: [...v].map((b) => b.toString(16).padStart(2, "0")).join(""),
});
const none: Tagged = { t: "none" };
const tuple = (...v: Tagged[]): Tagged => ({ t: "tuple", v });

function decode(a: Tagged): unknown {
  switch (a.t) {
    case "str":
    case "float":
    case "bool":
      return a.v;
    case "bytes":
      return new Uint8Array(
        (a.v.match(/../g) ?? []).map((h) => parseInt(h, 16)),
      );
    case "int": {
      const n = BigInt(a.v);
      return n >= BigInt(Number.MIN_SAFE_INTEGER) &&
          n <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(n)
        : n;
    }
    case "none":
      return null;
    case "tuple":
      return a.v.map(decode);
  }
}

function encode(v: unknown): Tagged {
  if (typeof v === "boolean") return { t: "bool", v };
  if (typeof v === "number" || typeof v === "bigint") return int(v);
  if (typeof v === "string") return str(v);
  if (v instanceof Uint8Array) return bytes(v);
  if (Array.isArray(v)) return tuple(...v.map(encode));
  if (v === null) return none;
  throw new Error(`cannot encode ${String(v)}`);
}

// --- the corpus --------------------------------------------------------

const WEIRD: Tagged[] = [
  none,
  int(1),
  { t: "float", v: 1.5 },
  { t: "bool", v: true },
  bytes(new TextEncoder().encode("1.2.3.4")),
  str(""),
];

const BOUNDARY_INTS: bigint[] = [
  0n,
  1n,
  255n,
  256n,
  0xffffn,
  0x10000n,
  0x7fffffffn,
  0x80000000n,
  0xffffffffn,
  0x100000000n,
  2n ** 63n - 1n,
  2n ** 63n,
  2n ** 64n - 1n,
  2n ** 64n,
  2n ** 70n,
];

function randomInt(rng: Rng): bigint {
  const base = rng.pick(BOUNDARY_INTS);
  const delta = BigInt(rng.int(5) - 2);
  const sign = rng.int(4) === 0 ? -1n : 1n;
  return rng.int(3) === 0 ? BigInt(rng.int(2 ** 32)) : sign * (base + delta);
}

function numberPart(rng: Rng): string {
  const value = rng.pick([
    rng.int(10),
    rng.int(256),
    rng.int(300),
    rng.int(65536),
    rng.int(2 ** 24),
    rng.int(2 ** 32),
    2 ** 32 + rng.int(10),
  ]);
  switch (rng.int(4)) {
    case 0:
      return `0${value.toString(8)}`;
    case 1:
      return `0${rng.pick(["x", "X"])}${
        rng.int(2) ? value.toString(16) : value.toString(16).toUpperCase()
      }`;
    default:
      return String(value);
  }
}

const FUZZ_CHARS = "0123456789abcdefABCDEFxX.:%/ \t\n-+_gz\u00e9\u0661\u00a0";

function fuzz(rng: Rng, alphabet = FUZZ_CHARS): string {
  let out = "";
  for (let i = rng.int(16); i > 0; i--) out += rng.pick([...alphabet]);
  return out;
}

function mutate(rng: Rng, text: string): string {
  switch (rng.int(8)) {
    case 0:
      return text + rng.pick([" junk", "\tx", ".", ":", "x", "\u00e9", "\0"]);
    case 1:
      return rng.pick([" ", "0", "+", "-", "."]) + text;
    case 2: {
      const at = rng.int(text.length + 1);
      return text.slice(0, at) + text.slice(at + 1);
    }
    case 3: {
      const at = rng.int(text.length + 1);
      return text.slice(0, at) + rng.pick([...FUZZ_CHARS]) + text.slice(at);
    }
    default:
      return text;
  }
}

function ipv4Text(rng: Rng): string {
  const parts: string[] = [];
  for (let i = 1 + rng.int(5); i > 0; i--) parts.push(numberPart(rng));
  return parts.join(".");
}

function ipv6Text(rng: Rng): string {
  const groups: string[] = [];
  const n = rng.pick([1, 2, 3, 5, 6, 7, 8, 8, 8, 9]);
  for (let i = 0; i < n; i++) {
    const zero = rng.int(3) === 0;
    const g = zero ? 0 : rng.int(0x10000);
    let text = g.toString(16);
    if (rng.int(6) === 0) text = text.padStart(4 + rng.int(2), "0");
    groups.push(rng.int(4) === 0 ? text.toUpperCase() : text);
  }
  if (rng.int(3) === 0) {
    groups.splice(
      groups.length - 2,
      2,
      `${rng.int(300)}.${rng.int(256)}.${rng.int(256)}.${rng.int(256)}`,
    );
  }
  let text = groups.join(":");
  if (rng.int(2) === 0) {
    const at = rng.int(groups.length + 1);
    const left = groups.slice(0, at).join(":");
    const right = groups.slice(at + rng.int(3)).join(":");
    text = `${left}::${right}`;
  }
  if (rng.int(10) === 0) text += rng.pick(["%lo", "%1", "%"]);
  return text;
}

function packed(rng: Rng): Uint8Array {
  const length = rng.pick([4, 16, 16, 16, 0, 3, 5, 15, 17]);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[i] = rng.int(3) === 0 ? rng.int(256) : 0;
  }
  if (length === 16 && rng.int(3) === 0) {
    // The forms glibc prints with an IPv4 tail.
    out.fill(0, 0, 12);
    if (rng.int(2)) out[10] = out[11] = 0xff;
  }
  if (length === 16 && rng.int(8) === 0) out.fill(0, 0, 15);
  return out;
}

const ASCII = "0123456789abcdefx.:";

/** ≥ 2,000 calls of the conversion functions. */
function conversionCorpus(rng: Rng): Case[] {
  const cases: Case[] = [];
  const families = [int(2), int(10), int(2), int(10), int(1), int(0)];
  for (let i = 0; i < 500; i++) {
    const text = rng.int(5) === 0 ? fuzz(rng) : mutate(rng, ipv4Text(rng));
    cases.push({ fn: "inet_aton", args: [str(text)] });
  }
  for (let i = 0; i < 700; i++) {
    const text = rng.int(5) === 0
      ? fuzz(rng, rng.int(2) ? ASCII : FUZZ_CHARS)
      : mutate(rng, rng.int(3) === 0 ? ipv4Text(rng) : ipv6Text(rng));
    cases.push({ fn: "inet_pton", args: [rng.pick(families), str(text)] });
  }
  for (let i = 0; i < 500; i++) {
    cases.push({
      fn: "inet_ntop",
      args: [rng.pick(families), bytes(packed(rng))],
    });
  }
  for (let i = 0; i < 100; i++) {
    cases.push({ fn: "inet_ntoa", args: [bytes(packed(rng))] });
  }
  for (const fn of ["htons", "ntohs", "htonl", "ntohl"]) {
    for (let i = 0; i < 120; i++) {
      cases.push({ fn, args: [int(randomInt(rng))] });
    }
    for (const weird of WEIRD) cases.push({ fn, args: [weird] });
  }
  for (const weird of WEIRD) {
    cases.push({ fn: "inet_aton", args: [weird] });
    cases.push({ fn: "inet_ntoa", args: [weird] });
    cases.push({ fn: "inet_pton", args: [int(2), weird] });
    cases.push({ fn: "inet_pton", args: [weird, str("1.2.3.4")] });
    cases.push({ fn: "inet_ntop", args: [int(10), weird] });
    cases.push({ fn: "inet_ntop", args: [weird, bytes(new Uint8Array(4))] });
  }
  return cases;
}

// --- look-ups: loopback names and numeric hosts only (no DNS query) ------

const NUMERIC_HOSTS = [
  "127.0.0.1",
  "127.1",
  "0x7f.1",
  "017.0.0.1",
  "4294967295",
  "1.2.3.4",
  "0.0.0.0",
  "255.255.255.255",
  "::1",
  "::",
  "::ffff:1.2.3.4",
  "::ffff:127.0.0.1",
  "fe80::1",
  "fe80::1%lo",
  "fe80::1%1",
  "::1%1",
  "::1%lo",
  "fe80::1%99999999999",
  "2001:DB8::1",
  "1:2:3:4:5:6:7:8",
];
// Names that resolve to 127.0.0.1 through /etc/hosts, and "" and "*".
const LOCAL_HOSTS = ["localhost", "LocalHost", "", "*", "127.0.0.1", "127.1"];
const PORTS: Tagged[] = [
  none,
  int(0),
  int(80),
  str("80"),
  str("http"),
  str("https"),
  str("domain"),
  str("www"),
  str("nosuchservice"),
  int(-1),
  int(70000),
  int(2n ** 40n),
  int(2n ** 63n),
  str(" 80"),
  str("80 "),
  str("+80"),
  str("-0"),
  str(""),
  str("*"),
  str("4294967376"),
  str("2147483648"),
  str("0x50"),
  bytes(new TextEncoder().encode("80")),
  { t: "float", v: 1.5 },
  { t: "bool", v: true },
];
const AI_FLAGS = [1, 2, 4, 8, 16, 32, 1024];

function aiFlags(rng: Rng): number {
  if (rng.int(12) === 0) return rng.pick([0x800, 0xffff, -1]);
  let flags = 0;
  for (const f of AI_FLAGS) if (rng.int(4) === 0) flags |= f;
  return flags;
}

/** getaddrinfo, getnameinfo, gethostby*, and the services databases. */
function lookupCorpus(rng: Rng): Case[] {
  const cases: Case[] = [];
  for (let i = 0; i < 700; i++) {
    const kind = rng.int(4);
    let host: Tagged;
    let flags = aiFlags(rng);
    let family = rng.pick([0, 0, 2, 10, 1, -1]);
    if (kind === 0) host = none;
    else if (kind === 1) host = str(rng.pick(NUMERIC_HOSTS));
    else if (kind === 2) {
      host = str(rng.pick(LOCAL_HOSTS));
      // glibc asks DNS for a name's IPv6 addresses when /etc/hosts has none.
      if (family === 10) family = 0;
    } else {
      host = str(rng.int(2) ? ipv6Text(rng) : mutate(rng, ipv4Text(rng)));
      flags |= 4; // AI_NUMERICHOST: a name that is not numeric fails here.
    }
    cases.push({
      fn: "getaddrinfo",
      args: [
        host,
        rng.pick(PORTS),
        int(family),
        int(rng.pick([0, 0, 1, 2, 3, 5, 6, 999, -1])),
        int(rng.pick([0, 0, 0, 6, 17, 132, 136, 33, 255, -1])),
        int(flags),
      ],
    });
  }
  for (let i = 0; i < 300; i++) {
    const local = rng.int(3) === 0;
    const host = local
      ? rng.pick(["127.0.0.1", "127.1", "0x7f.1"])
      : rng.int(3)
      ? rng.pick(NUMERIC_HOSTS)
      : mutate(rng, rng.pick(NUMERIC_HOSTS));
    let flags = rng.pick([0, 1, 2, 3, 8, 16, 18, 4, 32, 64, 256]);
    if (!local) flags |= 1; // NI_NUMERICHOST: no reverse query.
    const items = [str(host), int(rng.pick([0, 80, 53, 443, -1, 70000, 9999]))];
    for (let n = rng.int(4); n > 0; n--) {
      items.push(int(rng.pick([0, 1, 7, 0xfffff, 0x100000, -1])));
    }
    cases.push({ fn: "getnameinfo", args: [tuple(...items), int(flags)] });
  }
  const names = ["localhost", "LOCALHOST", "127.0.0.1", "127.1", ""];
  for (const h of [...names, "<broadcast>", "::1", "1.2.3.4", "a..b"]) {
    cases.push({ fn: "gethostbyname", args: [str(h)] });
  }
  for (const h of names) {
    cases.push({ fn: "gethostbyname_ex", args: [str(h)] });
  }
  for (const h of ["127.0.0.1", "127.1", "localhost", ""]) {
    cases.push({ fn: "gethostbyaddr", args: [str(h)] });
  }
  for (
    const weird of [none, int(1), bytes(new TextEncoder().encode("localhost"))]
  ) {
    cases.push({ fn: "gethostbyname", args: [weird] });
  }
  const services = [
    "http",
    "www",
    "https",
    "domain",
    "ssh",
    "nosuchservice",
    "kerberos",
    "krb5",
    "HTTP",
    "",
  ];
  const protos = [undefined, "tcp", "udp", "ddp", "", "TCP"];
  for (let i = 0; i < 200; i++) {
    const proto = rng.pick(protos);
    const extra = proto === undefined ? [] : [str(proto)];
    cases.push({
      fn: "getservbyname",
      args: [str(rng.int(4) ? rng.pick(services) : fuzz(rng)), ...extra],
    });
    cases.push({
      fn: "getservbyport",
      args: [
        int(
          rng.pick([
            80,
            443,
            53,
            1,
            0,
            22,
            9999,
            65536,
            -1,
            2n ** 31n,
            rng.int(2000),
          ]),
        ),
        ...extra,
      ],
    });
  }
  for (
    const p of ["tcp", "udp", "TCP", "icmp", "ipv6-icmp", "nosuchproto", ""]
  ) {
    cases.push({ fn: "getprotobyname", args: [str(p)] });
  }
  cases.push({ fn: "getservbyname", args: [none] });
  cases.push({ fn: "getservbyport", args: [str("80")] });
  cases.push({ fn: "getprotobyname", args: [int(6)] });
  return cases;
}

// --- host names through the idna codec -------------------------------------

const NAMES = [
  "localhost",
  "bücher.de",
  "ünïcode.invalid",
  "１２７.０.０.１",
  "München-Ost.de",
  "пример.испытание",
  "a.é.",
  "é..x",
  "שלום",
  "שלוםa",
  "١٢٣",
  "xn--é",
  "ÉCOLE.fr",
  "straße.de",
  "a\u00adb.é",
  "a\u200bé",
  "é\u3002com",
  "\u00e9".repeat(60),
  "a".repeat(63) + ".é",
  "é\ufffd",
  "é\u0080",
  "\u2160.é",
  "ﬁ.é",
  "ǅé",
];
const IDNA_CHARS = "abcXYZ019.-_ éüßÉİıﬁ\u00ad\u200b\u3002\uff0e١שض\u0301日本";

function idnaCorpus(rng: Rng): Case[] {
  const cases = NAMES.map((n) => ({ fn: "idna", args: [str(n)] }));
  for (let i = 0; i < 300; i++) {
    cases.push({ fn: "idna", args: [str(fuzz(rng, IDNA_CHARS))] });
  }
  return cases;
}

// --- running both sides ----------------------------------------------------

async function runPython(cases: Case[]): Promise<Outcome[]> {
  const child = new Deno.Command("python3", {
    args: ["-c", PYTHON_ORACLE],
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(cases)));
  await writer.close();
  const { stdout, success } = await child.output();
  assertEquals(success, true, "python3 failed");
  return new TextDecoder().decode(stdout).trim().split("\n").map((line) =>
    JSON.parse(line) as Outcome
  );
}

const FUNCTIONS = { ...socket, idna } as unknown as Record<
  string,
  (...a: unknown[]) => unknown
>;

async function runHere(c: Case): Promise<Outcome> {
  const fn = FUNCTIONS[c.fn]!;
  try {
    return { ok: encode(await fn(...c.args.map(decode))) };
  } catch (e) {
    const err = e as Error & { errno?: number | null };
    return { err: [err.name, err.errno ?? null, err.message] };
  }
}

async function compare(name: string, cases: Case[]): Promise<void> {
  const expected = await runPython(cases);
  assertEquals(expected.length, cases.length);
  const mismatches: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    const got = await runHere(cases[i]!);
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      mismatches.push(
        `${JSON.stringify(cases[i])}\n  python: ${
          JSON.stringify(expected[i])
        }\n  here:   ${JSON.stringify(got)}`,
      );
    }
  }
  assertEquals(
    mismatches.length,
    0,
    `${name}: ${mismatches.length} of ${cases.length} differ (DIFF_SEED=${SEED}):\n${
      mismatches.slice(0, 25).join("\n")
    }`,
  );
}

const SEED = Number(Deno.env.get("DIFF_SEED") ?? Date.now() % 2 ** 31);
console.log(`differential corpus seed: DIFF_SEED=${SEED}`);

Deno.test("conversions agree with python3 on a seeded corpus of 2,000+ inputs", async () => {
  const cases = conversionCorpus(generator(SEED));
  assertEquals(cases.length >= 2000, true);
  await withDeadline(20_000, () => compare("conversions", cases));
});

Deno.test("look-ups agree with python3 on loopback names and numeric hosts", async () => {
  const cases = lookupCorpus(generator(SEED + 1));
  await withDeadline(20_000, () => compare("look-ups", cases));
});

Deno.test("host names encode as Python's idna codec encodes them", async () => {
  const cases = idnaCorpus(generator(SEED + 2));
  await withDeadline(20_000, () => compare("idna", cases));
});
