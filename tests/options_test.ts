// Socket options: Linux's defaults, values set on one socket never seen on
// another (the defaults table is shared by every socket of a kind). Oracle
// rows M01, M02 (SO_TYPE), M06, M07 (the default), M11.

import * as socket from "./_entry.ts";
import { assertEquals, assertThrows } from "./_assert.ts";

const { SOL_SOCKET, IPPROTO_TCP } = socket;

Deno.test("getsockopt() reads Linux's defaults on a new TCP socket", () => {
  using s = socket.socket();
  assertEquals(s.getsockopt(SOL_SOCKET, socket.SO_TYPE), socket.SOCK_STREAM);
  assertEquals(s.getsockopt(SOL_SOCKET, socket.SO_REUSEADDR), 0);
  assertEquals(s.getsockopt(SOL_SOCKET, socket.SO_RCVBUF), 131072);
  assertEquals(s.getsockopt(IPPROTO_TCP, socket.TCP_NODELAY), 0);
});

Deno.test("setsockopt() on one socket leaves other sockets of the kind at their defaults", () => {
  using a = socket.socket();
  using b = socket.socket();
  a.setsockopt(SOL_SOCKET, socket.SO_REUSEADDR, 1);
  a.setsockopt(SOL_SOCKET, socket.SO_RCVBUF, 4096);
  assertEquals(a.getsockopt(SOL_SOCKET, socket.SO_REUSEADDR), 1);
  assertEquals(a.getsockopt(SOL_SOCKET, socket.SO_RCVBUF), 8192);
  assertEquals(b.getsockopt(SOL_SOCKET, socket.SO_REUSEADDR), 0);
  assertEquals(b.getsockopt(SOL_SOCKET, socket.SO_RCVBUF), 131072);
  using c = socket.socket();
  assertEquals(c.getsockopt(SOL_SOCKET, socket.SO_REUSEADDR), 0);
});

Deno.test("setsockopt() of a read-only or unknown option is ENOPROTOOPT", () => {
  using s = socket.socket();
  const e1 = assertThrows(
    () => s.setsockopt(SOL_SOCKET, socket.SO_TYPE, 2),
    socket.OSError,
  );
  assertEquals(e1.errno, 92);
  const e2 = assertThrows(
    () => s.getsockopt(SOL_SOCKET, 9999),
    socket.OSError,
  );
  assertEquals(e2.errno, 92);
  assertEquals(s.getsockopt(SOL_SOCKET, socket.SO_TYPE), socket.SOCK_STREAM);
});

Deno.test("AF_UNIX stream sockets report their own family and type", () => {
  using s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
  assertEquals(s.getsockopt(SOL_SOCKET, socket.SO_DOMAIN), socket.AF_UNIX);
  assertEquals(s.getsockopt(SOL_SOCKET, socket.SO_TYPE), socket.SOCK_STREAM);
});
