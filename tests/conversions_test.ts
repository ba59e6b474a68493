// Byte order and address conversions against CPython's oracle rows
// (section 2.P), plus properties checked with fast-check.

import { assertEquals } from "./_assert.ts";
import fc from "fast-check";
import * as socket from "./_entry.ts";
import { assertPyError, thrown } from "./_helpers.ts";

const { OSError, OverflowError, ValueError } = socket;
const b = (...v: number[]) => new Uint8Array(v);
const hex = (h: string) =>
  new Uint8Array(h.match(/../g)!.map((x) => parseInt(x, 16)));
const ascii = (s: string) => new TextEncoder().encode(s);

Deno.test("P01/P40 htons, ntohs, htonl and ntohl swap bytes", () => {
  assertEquals(
    [
      socket.htons(1),
      socket.ntohs(256),
      socket.htonl(1),
      socket.ntohl(16777216),
      socket.ntohl(0x01020304),
      socket.htons(0x1234),
    ],
    [256, 1, 16777216, 1, 67305985, 13330],
  );
  assertEquals(
    [socket.ntohl(2 ** 32 - 1), socket.htonl(0), socket.ntohs(0xffff)],
    [4294967295, 0, 65535],
  );
});

Deno.test("P02 htons(65536) is OverflowError", () => {
  assertPyError(
    thrown(() => socket.htons(65536)),
    OverflowError,
    null,
    "htons: Python int too large to convert to C 16-bit unsigned integer",
  );
});

Deno.test("P03 htons(-1) is OverflowError", () => {
  assertPyError(
    thrown(() => socket.htons(-1)),
    OverflowError,
    null,
    "htons: can't convert negative Python int to C 16-bit unsigned integer",
  );
});

Deno.test("P04/P41 htonl() beyond 32 bits is OverflowError", () => {
  for (const x of [2 ** 32, 2 ** 34]) {
    assertPyError(
      thrown(() => socket.htonl(x)),
      OverflowError,
      null,
      "int larger than 32 bits",
    );
  }
});

Deno.test("P05 htonl(-1) is OverflowError", () => {
  assertPyError(
    thrown(() => socket.htonl(-1)),
    OverflowError,
    null,
    "can't convert negative value to unsigned int",
  );
});

Deno.test("P06/P07 htons(1.5) and ntohs('1') are TypeErrors", () => {
  assertPyError(
    thrown(() => socket.htons(1.5)),
    TypeError,
    null,
    "'float' object cannot be interpreted as an integer",
  );
  assertPyError(
    thrown(() => socket.ntohs("1" as unknown as number)),
    TypeError,
    null,
    "'str' object cannot be interpreted as an integer",
  );
});

Deno.test("P39 htons(2**64) is OverflowError (C long)", () => {
  assertPyError(
    thrown(() => socket.htons(2n ** 64n)),
    OverflowError,
    null,
    "Python int too large to convert to C long",
  );
});

Deno.test("P08/P11/P14 inet_aton() takes every classic form", () => {
  assertEquals(socket.inet_aton("127.1"), b(127, 0, 0, 1));
  assertEquals(socket.inet_aton("0x7f.1"), b(127, 0, 0, 1));
  assertEquals(socket.inet_aton("0x7f000001"), b(127, 0, 0, 1));
  assertEquals(
    [
      socket.inet_aton("255.255.255.255"),
      socket.inet_aton("4294967295"),
      socket.inet_aton("017.0.0.1"),
      socket.inet_aton("1.2.3"),
    ],
    [
      b(255, 255, 255, 255),
      b(255, 255, 255, 255),
      b(15, 0, 0, 1),
      b(
        1,
        2,
        0,
        3,
      ),
    ],
  );
});

Deno.test("P09/P10/P16 inet_aton() rejects what glibc rejects", () => {
  for (const text of ["1.2.3.256", "", "::1", "0x", "08"]) {
    assertPyError(
      thrown(() => socket.inet_aton(text)),
      OSError,
      null,
      "illegal IP address string passed to inet_aton",
    );
  }
});

Deno.test("P12 inet_aton() ignores text after white space", () => {
  assertEquals(socket.inet_aton("1.2.3.4 junk"), b(1, 2, 3, 4));
});

Deno.test("P13 inet_aton(bytes) is TypeError", () => {
  assertPyError(
    thrown(() => socket.inet_aton(ascii("1.2.3.4") as unknown as string)),
    TypeError,
    null,
    "inet_aton() argument 1 must be str, not bytes",
  );
});

Deno.test("P15 inet_aton() with a NUL is ValueError", () => {
  assertPyError(
    thrown(() => socket.inet_aton("1.2.3.4\0")),
    ValueError,
    null,
    "embedded null character",
  );
});

Deno.test("P17 inet_ntoa() takes any bytes-like object", () => {
  assertEquals(
    [
      socket.inet_ntoa(b(127, 0, 0, 1)),
      socket.inet_ntoa(b(1, 2, 3, 4).buffer),
      socket.inet_ntoa(new DataView(b(255, 255, 255, 255).buffer)),
    ],
    ["127.0.0.1", "1.2.3.4", "255.255.255.255"],
  );
});

Deno.test("P18 inet_ntoa() of 3 bytes is OSError", () => {
  assertPyError(
    thrown(() => socket.inet_ntoa(ascii("abc"))),
    OSError,
    null,
    "packed IP wrong length for inet_ntoa",
  );
});

Deno.test("P19/P31 inet_ntoa() and inet_ntop() of a str are TypeErrors", () => {
  const message = "a bytes-like object is required, not 'str'";
  assertPyError(
    thrown(() => socket.inet_ntoa("abcd" as unknown as Uint8Array)),
    TypeError,
    null,
    message,
  );
  assertPyError(
    thrown(() =>
      socket.inet_ntop(socket.AF_INET, "1234" as unknown as Uint8Array)
    ),
    TypeError,
    null,
    message,
  );
});

Deno.test("P20/P22/P24/P34/P35/P36 inet_pton() is strict", () => {
  const cases: [number, string][] = [
    [socket.AF_INET, "127.1"],
    [socket.AF_INET6, "1::2::3"],
    [socket.AF_INET6, "fe80::1%lo"],
    [socket.AF_INET, "1.2.3.04"],
    [socket.AF_INET, " 1.2.3.4"],
    [socket.AF_INET6, "1:2:3:4:5:6:7:8:9"],
  ];
  for (const [family, text] of cases) {
    assertPyError(
      thrown(() => socket.inet_pton(family, text)),
      OSError,
      null,
      "illegal IP address string passed to inet_pton",
    );
  }
});

Deno.test("P21/P37 inet_pton() packs IPv4, IPv6 and IPv4 tails", () => {
  assertEquals(socket.inet_pton(socket.AF_INET, "1.2.3.4"), b(1, 2, 3, 4));
  assertEquals(
    socket.inet_pton(socket.AF_INET6, "::1"),
    hex("00000000000000000000000000000001"),
  );
  assertEquals(
    socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4"),
    hex("00000000000000000000ffff01020304"),
  );
  assertEquals(
    socket.inet_pton(socket.AF_INET6, "::1.2.3.4"),
    hex("00000000000000000000000001020304"),
  );
  assertEquals(
    socket.inet_pton(socket.AF_INET6, "1:2:3:4:5:6:1.2.3.4"),
    hex("00010002000300040005000601020304"),
  );
});

Deno.test("P23 inet_pton(AF_UNIX) is EAFNOSUPPORT", () => {
  assertPyError(
    thrown(() => socket.inet_pton(socket.AF_UNIX, "x")),
    OSError,
    97,
    "[Errno 97] Address family not supported by protocol",
  );
});

Deno.test("P25/P28/P33/P38 inet_ntop() prints as glibc does", () => {
  assertEquals(socket.inet_ntop(socket.AF_INET6, new Uint8Array(16)), "::");
  assertEquals(
    [
      "00000000000000000000ffff01020304",
      "00010000000000010000000000000001",
      "20010DB8000000000000000000000001",
      "00000000000000000000000001020304",
      "00000000000000000000000000000001",
      "fe800000000000000000000000000001",
    ].map((h) => socket.inet_ntop(socket.AF_INET6, hex(h))),
    [
      "::ffff:1.2.3.4",
      "1:0:0:1::1",
      "2001:db8::1",
      "::1.2.3.4",
      "::1",
      "fe80::1",
    ],
  );
  assertEquals(socket.inet_ntop(socket.AF_INET, b(1, 2, 3, 4)), "1.2.3.4");
});

Deno.test("P26/P27 inet_ntop() of a wrong length is ValueError", () => {
  for (
    const [family, bytes] of [
      [socket.AF_INET6, new Uint8Array(15)],
      [socket.AF_INET, b(1, 2, 3)],
    ] as const
  ) {
    assertPyError(
      thrown(() => socket.inet_ntop(family, bytes)),
      ValueError,
      null,
      "invalid length of packed IP address string",
    );
  }
});

Deno.test("P29 inet_ntop(AF_UNIX) is ValueError", () => {
  assertPyError(
    thrown(() => socket.inet_ntop(socket.AF_UNIX, ascii("1234"))),
    ValueError,
    null,
    "unknown address family 1",
  );
});

Deno.test("P30 inet_pton() reads upper case, inet_ntop() prints lower case", () => {
  assertEquals(
    socket.inet_pton(socket.AF_INET6, "ABCD::"),
    hex("abcd0000000000000000000000000000"),
  );
  assertEquals(
    socket.inet_ntop(
      socket.AF_INET6,
      socket.inet_pton(socket.AF_INET6, "ABCD:0:0::1"),
    ),
    "abcd::1",
  );
});

Deno.test("P32 inet_pton(bytes) is TypeError", () => {
  assertPyError(
    thrown(() =>
      socket.inet_pton(socket.AF_INET, ascii("1.2.3.4") as unknown as string)
    ),
    TypeError,
    null,
    "inet_pton() argument 2 must be str, not bytes",
  );
});

Deno.test("has_ipv6 is true", () => {
  assertEquals(socket.has_ipv6, true);
});

Deno.test("inet_ntop(inet_pton(x)) round-trips any IPv6 address", () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
      const text = socket.inet_ntop(socket.AF_INET6, bytes);
      assertEquals(socket.inet_pton(socket.AF_INET6, text), bytes);
    }),
    { numRuns: 500 },
  );
});

Deno.test("inet_aton(inet_ntoa(x)) round-trips any IPv4 address", () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 4, maxLength: 4 }), (bytes) => {
      assertEquals(socket.inet_aton(socket.inet_ntoa(bytes)), bytes);
      assertEquals(
        socket.inet_pton(socket.AF_INET, socket.inet_ntoa(bytes)),
        bytes,
      );
    }),
    { numRuns: 500 },
  );
});

Deno.test("ntohs(htons(x)) and ntohl(htonl(x)) are the identity", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffff }), fc.nat(), (s, l) => {
      assertEquals(socket.ntohs(socket.htons(s)), s);
      assertEquals(socket.ntohl(socket.htonl(l)), l);
    }),
    { numRuns: 500 },
  );
});
