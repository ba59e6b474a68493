// The native engine's struct layouts, each checked against the kernel and
// python3's view of the same call: a wrong layout corrupts memory silently.

import { assertEquals } from "./_assert.ts";
import { python } from "./_helpers.ts";
import { C, EPOLL_EVENT, errno, libc, size } from "../_native/libc.ts";
import { addrinfoSync } from "../_native/netdb.ts";
import {
  decodeSockaddr,
  sockaddrIn,
  sockaddrIn6,
  sockaddrUn,
} from "../_native/sockaddr.ts";
import { parseIPv4, parseIPv6 } from "../_inet.ts";

// python3 binds sockets and reads their names through libc's own
// getsockname (ctypes), printing the raw bytes beside Python's tuple.
const SCRIPT = `
import ctypes, json, socket, sys, tempfile, os
libc = ctypes.CDLL("libc.so.6", use_errno=True)
def raw(s):
    buf = ctypes.create_string_buffer(128); n = ctypes.c_uint32(128)
    assert libc.getsockname(s.fileno(), buf, ctypes.byref(n)) == 0
    return buf.raw[:n.value].hex()
out = []
d = tempfile.mkdtemp()
cases = [(socket.AF_INET, ("127.0.0.1", 0)), (socket.AF_INET6, ("::1", 0)),
         (socket.AF_INET6, ("::ffff:127.0.0.1", 0)),
         (socket.AF_UNIX, os.path.join(d, "s.sock")),
         (socket.AF_UNIX, b"\\0pysocket-structs-%d" % os.getpid())]
for family, addr in cases:
    s = socket.socket(family, socket.SOCK_DGRAM); s.bind(addr)
    name = s.getsockname()
    out.append({"hex": raw(s), "name": list(name) if isinstance(name, tuple)
                else name.hex() if isinstance(name, bytes) else name,
                "abstract": isinstance(name, bytes)})
    s.close()
print(json.dumps({"cases": out,
  "localhost": list(socket.getaddrinfo("localhost", None, socket.AF_INET)[0][4])}))
`;

const hex = (b: Uint8Array) =>
  [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (s: string) =>
  new Uint8Array(s.match(/../g)!.map((x) => parseInt(x, 16)));

Deno.test("sockaddr_in, sockaddr_in6 and sockaddr_un read and write as libc's, seen by python3", async () => {
  const child = python(SCRIPT);
  await child.stdin.close();
  const text = await new Response(child.stdout).text();
  assertEquals((await child.status).code, 0);
  const { cases, localhost } = JSON.parse(text) as {
    cases: { hex: string; name: unknown; abstract: boolean }[];
    localhost: unknown[];
  };
  for (const { hex: raw, name, abstract } of cases) {
    const bytes = unhex(raw);
    const decoded = decodeSockaddr(bytes, bytes.length);
    if (abstract) {
      assertEquals(hex(decoded as unknown as Uint8Array), name);
      assertEquals(hex(sockaddrUn(unhex(name as string))), raw);
    } else if (typeof name === "string") {
      assertEquals(decoded, name);
      // CPython binds without the NUL; Linux reports the name with it.
      assertEquals(hex(sockaddrUn(new TextEncoder().encode(name))) + "00", raw);
    } else {
      const tuple = name as [string, number, number?, number?];
      assertEquals([...(decoded as unknown[])], tuple);
      const built = tuple.length === 2
        ? sockaddrIn(parseIPv4(tuple[0])!, tuple[1])
        : sockaddrIn6(parseIPv6(tuple[0])!, tuple[1], tuple[2]!, tuple[3]!);
      assertEquals(hex(built), raw);
    }
  }
  // struct addrinfo, walked by the engine's getaddrinfo call.
  const [found] = addrinfoSync("localhost", 2, 2);
  assertEquals(found!.slice(0, 3), [2, 2, 17]);
  assertEquals([...(found![4] as unknown[])], [localhost[0], 0]);
});

Deno.test("epoll_event has the kernel's layout: several events, each with its data", () => {
  const lib = libc();
  const epfd = lib.epoll_create1(C.EPOLL_CLOEXEC);
  const fds = [0, 1, 2].map(() => lib.eventfd(0, C.EFD_NONBLOCK));
  try {
    const event = new Uint8Array(EPOLL_EVENT.size);
    const view = new DataView(event.buffer);
    fds.forEach((fd, i) => {
      view.setUint32(0, C.EPOLLIN, true);
      // Distinct 64-bit data: both halves must come back where they went.
      view.setUint32(EPOLL_EVENT.data, 0x1000 + i, true);
      view.setUint32(EPOLL_EVENT.data + 4, 0xabc0 + i, true);
      assertEquals(lib.epoll_ctl(epfd, C.EPOLL_CTL_ADD, fd, event), 0);
      assertEquals(lib.write(fd, new BigUint64Array([1n]), size(8)), 8);
    });
    const out = new Uint8Array(EPOLL_EVENT.size * 4);
    const n = lib.epoll_wait(epfd, out, 4, 0);
    assertEquals(n, 3, `errno ${errno()}`);
    const got = new DataView(out.buffer);
    const seen = [0, 1, 2].map((i) => {
      const at = i * EPOLL_EVENT.size;
      return [
        got.getUint32(at, true),
        got.getUint32(at + EPOLL_EVENT.data, true),
        got.getUint32(at + EPOLL_EVENT.data + 4, true),
      ];
    }).sort((a, b) => a[1]! - b[1]!);
    assertEquals(
      seen,
      [0, 1, 2].map((i) => [C.EPOLLIN, 0x1000 + i, 0xabc0 + i]),
    );
  } finally {
    for (const fd of fds) lib.close(fd);
    lib.close(epfd);
  }
});

Deno.test("pollfd has python3's struct layout ('ihh')", async () => {
  const child = python(
    `import struct; print(struct.calcsize("ihh"), struct.calcsize("=ihh"))`,
  );
  await child.stdin.close();
  const text = (await new Response(child.stdout).text()).trim();
  await child.status;
  assertEquals(text, "8 8");
  // And the kernel fills revents where the engine reads it.
  const sv = new Int32Array(2);
  assertEquals(libc().socketpair(1, 1, 0, new Uint8Array(sv.buffer)), 0);
  const [a, b] = [sv[0]!, sv[1]!];
  try {
    libc().write(b, new Uint8Array([1]), size(1));
    const buf = new Uint8Array(8);
    const view = new DataView(buf.buffer);
    view.setInt32(0, a, true);
    view.setInt16(4, C.POLLIN | C.POLLOUT, true);
    assertEquals(libc().poll(buf, 1n, 0), 1);
    assertEquals(view.getInt16(6, true), C.POLLIN | C.POLLOUT);
  } finally {
    libc().close(a);
    libc().close(b);
  }
});
