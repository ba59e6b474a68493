// Name resolution and the services/protocols databases against CPython's
// oracle rows (section 2.O). Only numeric hosts and names in /etc/hosts
// (localhost) are looked up: no test sends a DNS query.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { assertPyError, rejected, thrown, withDeadline } from "./_helpers.ts";

const { AF_INET, AF_INET6, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW } = socket;

function test(name: string, fn: () => Promise<void> | void): void {
  Deno.test(name, () => withDeadline(10_000, async () => await fn()));
}

const NONAME = "[Errno -2] Name or service not known";
const SERVICE = "[Errno -8] Servname not supported for ai_socktype";

// ---- gethostbyname, gethostbyname_ex, gethostbyaddr, getfqdn ---------------

test("O01/O02/O03 gethostbyname() of localhost, 127.1 and ''", async () => {
  assertEquals(await socket.gethostbyname("localhost"), "127.0.0.1");
  assertEquals(await socket.gethostbyname("127.1"), "127.0.0.1");
  assertEquals(await socket.gethostbyname(""), "0.0.0.0");
});

test("O05 gethostbyname('::1') is gaierror -9", async () => {
  assertPyError(
    await rejected(() => socket.gethostbyname("::1")),
    socket.gaierror,
    -9,
    "[Errno -9] Address family for hostname not supported",
  );
});

test("O06 gethostbyname() takes bytes", async () => {
  const name = new TextEncoder().encode("localhost");
  assertEquals(await socket.gethostbyname(name), "127.0.0.1");
});

test("O07/O08 gethostbyname_ex() of localhost and 127.0.0.1", async () => {
  assertEquals(await socket.gethostbyname_ex("localhost"), [
    "localhost",
    [],
    ["127.0.0.1"],
  ]);
  assertEquals(await socket.gethostbyname_ex("127.0.0.1"), [
    "127.0.0.1",
    [],
    ["127.0.0.1"],
  ]);
});

test("O09/O12 gethostbyaddr() reads /etc/hosts", async () => {
  for (const address of ["127.0.0.1", "localhost"]) {
    assertEquals(await socket.gethostbyaddr(address), [
      "localhost",
      [],
      ["127.0.0.1"],
    ]);
  }
});

test("O13 gethostname() is the host name python3 reports", async () => {
  const { stdout } = await new Deno.Command("python3", {
    args: ["-c", "import socket; print(socket.gethostname())"],
  }).output();
  assertEquals(socket.gethostname(), new TextDecoder().decode(stdout).trim());
});

test("O14 getfqdn() of a loopback address is its /etc/hosts name", async () => {
  assertEquals(await socket.getfqdn("127.0.0.1"), "localhost");
  assertEquals(await socket.getfqdn(" localhost "), "localhost");
});

test("O65 a label of 64 characters is UnicodeError (Python 3.11's message)", async () => {
  assertPyError(
    await rejected(() => socket.gethostbyname("a".repeat(64) + ".example")),
    socket.UnicodeError,
    null,
    "encoding with 'idna' codec failed (UnicodeError: label empty or too long)",
  );
});

// ---- getaddrinfo -------------------------------------------------------

test("O15/O67 getaddrinfo('localhost', 80, type=SOCK_STREAM)", async () => {
  assertEquals(await socket.getaddrinfo("localhost", 80, 0, SOCK_STREAM), [
    [AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 80]],
  ]);
});

test("O16 getaddrinfo() without a type gives STREAM, DGRAM and RAW", async () => {
  assertEquals(await socket.getaddrinfo("localhost", 80), [
    [AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 80]],
    [AF_INET, SOCK_DGRAM, 17, "", ["127.0.0.1", 80]],
    [AF_INET, SOCK_RAW, 0, "", ["127.0.0.1", 80]],
  ]);
});

test("O17 getaddrinfo(null, AI_PASSIVE) gives the wildcards, IPv4 first", async () => {
  assertEquals(
    await socket.getaddrinfo(null, 80, 0, SOCK_STREAM, 0, socket.AI_PASSIVE),
    [
      [AF_INET, SOCK_STREAM, 6, "", ["0.0.0.0", 80]],
      [AF_INET6, SOCK_STREAM, 6, "", ["::", 80, 0, 0]],
    ],
  );
});

test("O18 getaddrinfo(null) gives loopback, IPv6 first", async () => {
  assertEquals(await socket.getaddrinfo(null, 80, 0, SOCK_STREAM), [
    [AF_INET6, SOCK_STREAM, 6, "", ["::1", 80, 0, 0]],
    [AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 80]],
  ]);
});

test("O19/O27/O40 getaddrinfo() reads service names and byte ports", async () => {
  const expected = [[AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 80]]];
  assertEquals(
    await socket.getaddrinfo("127.0.0.1", "http", 0, SOCK_STREAM),
    expected,
  );
  assertEquals(
    await socket.getaddrinfo(
      "127.0.0.1",
      new TextEncoder().encode("80"),
      0,
      SOCK_STREAM,
    ),
    expected,
  );
  assertEquals(
    await socket.getaddrinfo("127.0.0.1", "80", AF_INET, SOCK_STREAM, 0, 0),
    expected,
  );
});

test("O20/O22 unknown services are gaierror -8", async () => {
  for (
    const port of ["nosuchservice", -1] as const
  ) {
    assertPyError(
      await rejected(() =>
        socket.getaddrinfo("127.0.0.1", port, 0, SOCK_STREAM)
      ),
      socket.gaierror,
      -8,
      SERVICE,
    );
  }
});

test("O21 an int port wraps modulo 65536, as glibc's", async () => {
  assertEquals(await socket.getaddrinfo("127.0.0.1", 70000, 0, SOCK_STREAM), [
    [AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 4464]],
  ]);
});

test("O23/O36/O28 getaddrinfo() without a name is gaierror -2", async () => {
  const calls = [
    () => socket.getaddrinfo(null, null),
    () => socket.getaddrinfo("", 80, 0, SOCK_STREAM),
    () => socket.getaddrinfo("localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST),
    () => socket.getaddrinfo("nonexistent.invalid", 80, 0, 0, 0, 4),
  ];
  for (const call of calls) {
    assertPyError(await rejected(call), socket.gaierror, -2, NONAME);
  }
});

test("O25 an IPv6 literal for AF_INET is gaierror -9", async () => {
  assertPyError(
    await rejected(() => socket.getaddrinfo("::1", 80, AF_INET)),
    socket.gaierror,
    -9,
    "[Errno -9] Address family for hostname not supported",
  );
});

test("O26 a float port is OSError('Int or String expected')", async () => {
  assertPyError(
    await rejected(() => socket.getaddrinfo("127.0.0.1", 80.5)),
    socket.OSError,
    null,
    "Int or String expected",
  );
});

test("O29/O30 numeric hosts need no look-up", async () => {
  assertEquals(await socket.getaddrinfo("127.1", 80, 0, SOCK_STREAM), [
    [AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 80]],
  ]);
  assertEquals(await socket.getaddrinfo("::1", 80, 0, SOCK_STREAM), [
    [AF_INET6, SOCK_STREAM, 6, "", ["::1", 80, 0, 0]],
  ]);
});

test("O32/O70 AI_CANONNAME names the first result", async () => {
  assertEquals(
    await socket.getaddrinfo(
      "localhost",
      80,
      0,
      SOCK_STREAM,
      0,
      socket.AI_CANONNAME,
    ),
    [[AF_INET, SOCK_STREAM, 6, "localhost", ["127.0.0.1", 80]]],
  );
  assertEquals(
    await socket.getaddrinfo("127.0.0.1", 80, 0, 0, 0, socket.AI_CANONNAME),
    [
      [AF_INET, SOCK_STREAM, 6, "127.0.0.1", ["127.0.0.1", 80]],
      [AF_INET, SOCK_DGRAM, 17, "", ["127.0.0.1", 80]],
      [AF_INET, SOCK_RAW, 0, "", ["127.0.0.1", 80]],
    ],
  );
});

test("O33/O34/O35 bad family, type and flags", async () => {
  assertPyError(
    await rejected(() => socket.getaddrinfo("127.0.0.1", 80, socket.AF_UNIX)),
    socket.gaierror,
    -6,
    "[Errno -6] ai_family not supported",
  );
  assertPyError(
    await rejected(() => socket.getaddrinfo("127.0.0.1", 80, 0, 999)),
    socket.gaierror,
    -7,
    "[Errno -7] ai_socktype not supported",
  );
  assertPyError(
    await rejected(() => socket.getaddrinfo("127.0.0.1", 80, 0, 0, 0, 0xffff)),
    socket.gaierror,
    -1,
    "[Errno -1] Bad value for ai_flags",
  );
});

test("O37 a host that is not a string is TypeError", async () => {
  assertPyError(
    await rejected(() => socket.getaddrinfo(123 as unknown as string, 80)),
    TypeError,
    null,
    "getaddrinfo() argument 1 must be string or None",
  );
});

test("O38/O39 proto and AI_NUMERICHOST pick the entries", async () => {
  assertEquals(
    await socket.getaddrinfo("127.0.0.1", null, 0, 0, socket.IPPROTO_UDP),
    [[AF_INET, SOCK_DGRAM, 17, "", ["127.0.0.1", 0]]],
  );
  assertEquals(
    await socket.getaddrinfo(
      "::1",
      80,
      AF_INET6,
      SOCK_DGRAM,
      0,
      socket.AI_NUMERICHOST,
    ),
    [[AF_INET6, SOCK_DGRAM, 17, "", ["::1", 80, 0, 0]]],
  );
});

test("O41 AI_NUMERICSERV refuses a service name", async () => {
  assertPyError(
    await rejected(() =>
      socket.getaddrinfo("127.0.0.1", "http", 0, 0, 0, socket.AI_NUMERICSERV)
    ),
    socket.gaierror,
    -2,
    NONAME,
  );
});

test("O63 gaierror carries errno, strerror and is an OSError", async () => {
  const e = await rejected(() =>
    socket.getaddrinfo("nonexistent.invalid", 80, 0, 0, 0, 4)
  ) as socket.gaierror;
  assertEquals(
    [e.errno, e.strerror, e instanceof socket.OSError, e.errno],
    [-2, "Name or service not known", true, socket.EAI_NONAME],
  );
});

test("O68 results hold plain numbers, sockaddrs print as Python tuples", async () => {
  const infos = await socket.getaddrinfo("127.0.0.1", 80, 0, SOCK_STREAM);
  const [family, type, proto, canonname, sockaddr] = infos[0]!;
  assertEquals([family, type, proto, canonname], [2, 1, 6, ""]);
  assertEquals(`${sockaddr}`, "('127.0.0.1', 80)");
});

test("O71/O72 service names and port 0", async () => {
  assertEquals(
    await socket.getaddrinfo("localhost", "http", AF_INET, SOCK_STREAM),
    [[AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 80]]],
  );
  assertEquals(await socket.getaddrinfo("127.0.0.1", 0, 0, SOCK_STREAM), [
    [AF_INET, SOCK_STREAM, 6, "", ["127.0.0.1", 0]],
  ]);
});

test("AI_V4MAPPED maps IPv4 answers for AF_INET6", async () => {
  assertEquals(
    await socket.getaddrinfo(
      "127.0.0.1",
      80,
      AF_INET6,
      SOCK_STREAM,
      0,
      socket.AI_V4MAPPED,
    ),
    [[AF_INET6, SOCK_STREAM, 6, "", ["::ffff:127.0.0.1", 80, 0, 0]]],
  );
});

// ---- getnameinfo -------------------------------------------------------

test("O42/O49/O50 getnameinfo() names 127.0.0.1 from /etc/hosts", async () => {
  assertEquals(await socket.getnameinfo(["127.0.0.1", 80], 0), [
    "localhost",
    "http",
  ]);
  assertEquals(await socket.getnameinfo(["127.0.0.1", 12345], 0), [
    "localhost",
    "12345",
  ]);
  assertEquals(await socket.getnameinfo(["127.0.0.1", 70000], 0), [
    "localhost",
    "4464",
  ]);
});

test("O43/O45 getnameinfo() numeric forms", async () => {
  assertEquals(
    await socket.getnameinfo(
      ["127.0.0.1", 80],
      socket.NI_NUMERICHOST | socket.NI_NUMERICSERV,
    ),
    ["127.0.0.1", "80"],
  );
  assertEquals(
    await socket.getnameinfo(["::1", 80, 0, 0], socket.NI_NUMERICHOST),
    ["::1", "http"],
  );
});

test("O44 getnameinfo() needs its flags", async () => {
  assertPyError(
    await rejected(() =>
      (socket.getnameinfo as (a: socket.Address) => Promise<unknown>)([
        "127.0.0.1",
        80,
      ])
    ),
    TypeError,
    null,
    "getnameinfo() takes exactly 2 arguments (1 given)",
  );
});

test("O47 getnameinfo() of a name is gaierror -2", async () => {
  assertPyError(
    await rejected(() => socket.getnameinfo(["localhost", 80], 0)),
    socket.gaierror,
    -2,
    NONAME,
  );
});

test("O48 an IPv4 sockaddr must be a pair", async () => {
  assertPyError(
    await rejected(() => socket.getnameinfo(["127.0.0.1", 80, 0, 0], 0)),
    socket.OSError,
    null,
    "IPv4 sockaddr must be 2 tuple",
  );
});

test("O51 NI_DGRAM names UDP services", async () => {
  assertEquals(await socket.getnameinfo(["127.0.0.1", 53], socket.NI_DGRAM), [
    "localhost",
    "domain",
  ]);
  assertEquals(await socket.getnameinfo(["127.0.0.1", 443], socket.NI_DGRAM), [
    "localhost",
    "https",
  ]);
});

test("O52 getnameinfo() of a string is TypeError", async () => {
  assertPyError(
    await rejected(() => socket.getnameinfo("127.0.0.1", 0)),
    TypeError,
    null,
    "getnameinfo() argument 1 must be a tuple",
  );
});

test("O77 flowinfo above 0xfffff is OverflowError", async () => {
  assertPyError(
    await rejected(() => socket.getnameinfo(["::1", 0, 0xffffffff, 0], 0)),
    socket.OverflowError,
    null,
    "getnameinfo(): flowinfo must be 0-1048575.",
  );
});

test("getnameinfo() prints an IPv6 scope as Python does", async () => {
  assertEquals(await socket.getnameinfo(["::1", 80, 0, 7], 1), [
    "::1%7",
    "http",
  ]);
});

// ---- services and protocols ------------------------------------------------

test("O53 getservbyname()", () => {
  assertEquals(
    [
      socket.getservbyname("http", "tcp"),
      socket.getservbyname("http"),
      socket.getservbyname("https", "udp"),
      socket.getservbyname("www"),
    ],
    [80, 80, 443, 80],
  );
});

test("O54/O55 getservbyname() of an unknown service", () => {
  const calls = [
    () => socket.getservbyname("nosuchservice"),
    () => socket.getservbyname("http", "udp"),
  ];
  for (const call of calls) {
    assertPyError(
      thrown(call),
      socket.OSError,
      null,
      "service/proto not found",
    );
  }
});

test("O56 getservbyport()", () => {
  assertEquals(
    [
      socket.getservbyport(443),
      socket.getservbyport(80),
      socket.getservbyport(53, "udp"),
      socket.getservbyport(1),
    ],
    ["https", "http", "domain", "tcpmux"],
  );
});

test("O57/O58 getservbyport() range", () => {
  for (const port of [65536, -1]) {
    assertPyError(
      thrown(() => socket.getservbyport(port)),
      socket.OverflowError,
      null,
      "getservbyport: port must be 0-65535.",
    );
  }
});

test("O59/O60 getservbyport() of an unknown port, of a str", () => {
  assertPyError(
    thrown(() => socket.getservbyport(9999)),
    socket.OSError,
    null,
    "port/proto not found",
  );
  assertPyError(
    thrown(() => socket.getservbyport("80" as unknown as number)),
    TypeError,
    null,
    "'str' object cannot be interpreted as an integer",
  );
});

test("O61/O62 getprotobyname()", () => {
  assertEquals(
    ["tcp", "udp", "icmp", "ipv6-icmp", "TCP"].map(socket.getprotobyname),
    [6, 17, 1, 58, 6],
  );
  assertPyError(
    thrown(() => socket.getprotobyname("nosuchproto")),
    socket.OSError,
    null,
    "protocol not found",
  );
});

// ---- permissions -------------------------------------------------------

// Runs `code` in a Deno process with only the permissions in `flags`.
async function denoRun(flags: string[], code: string): Promise<string> {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.writeTextFileSync(`${dir}/main.ts`, code);
    const { stdout, stderr, success } = await new Deno.Command(
      Deno.execPath(),
      {
        args: ["run", "--no-config", "--no-prompt", ...flags, `${dir}/main.ts`],
        env: { NO_COLOR: "1" },
      },
    ).output();
    assert(success, new TextDecoder().decode(stderr));
    return new TextDecoder().decode(stdout).trim();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

const MOD = new URL("../mod.ts", import.meta.url).href;

test("numeric look-ups and the databases need no permission", async () => {
  const out = await denoRun(
    [],
    `import * as socket from "${MOD}";
const r = await socket.getaddrinfo("127.0.0.1", "http", 0, socket.SOCK_STREAM);
console.log(JSON.stringify([r, socket.getservbyname("https"), socket.getprotobyname("udp")]));`,
  );
  assertEquals(
    JSON.parse(out),
    [[[2, 1, 6, "", ["127.0.0.1", 80]]], 443, 17],
  );
});

test("a name look-up without --allow-net is PermissionError naming the flag", async () => {
  const out = await denoRun(
    [],
    `import * as socket from "${MOD}";
try { await socket.getaddrinfo("localhost", 80); } catch (e) {
  console.log(e.name, e.errno, e.message.includes("--allow-net"));
}`,
  );
  assertEquals(out, "PermissionError 13 true");
});

// ---- connect() resolves names as CPython's setipaddr ----------------------

test("connect() resolves localhost through /etc/hosts", async () => {
  using srv = socket.create_server(["127.0.0.1", 0]);
  using c = socket.socket();
  await c.connect(["localhost", srv.getsockname()[1]]);
  assertEquals(c.getpeername()[0], "127.0.0.1");
});

test("O31 an AF_INET6 connect() to an IPv4-only name is gaierror -2", async () => {
  using srv = socket.create_server(["127.0.0.1", 0]);
  using c = socket.socket(AF_INET6);
  const port = srv.getsockname()[1];
  assertPyError(
    await rejected(() => c.connect(["localhost", port, 0, 0])),
    socket.gaierror,
    -2,
    NONAME,
  );
});
