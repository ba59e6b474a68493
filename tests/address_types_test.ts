// Issue 14 §3: sockets typed by their family. Each test holds a type
// assertion (checked when `deno test` type-checks this file: a regression
// fails the run) and the run-time value it describes, over real sockets.

import * as socket from "./_entry.ts";
import { NATIVE } from "./_entry.ts";
import * as ssl from "./_ssl_entry.ts";
import { assert, assertEquals } from "./_assert.ts";
import { withDeadline } from "./_helpers.ts";

// `true` only when X and Y are the same type (not merely assignable).
type Same<X, Y> = (<T>() => T extends X ? 1 : 2) extends
  (<T>() => T extends Y ? 1 : 2) ? true : false;

function same<X, Y>(_proof: Same<X, Y>): void {}

function test(
  name: string,
  fn: () => Promise<void> | void,
  ignore = false,
): void {
  Deno.test({
    name,
    ignore,
    fn: () => withDeadline(10_000, async () => await fn()),
  });
}

type Inet = socket.InetAddress;
type Inet6 = socket.Inet6Address;
type Unix = socket.UnixAddress;
type Tcp<A extends socket.Address> = socket.Socket<A, 1>;

test("socket() with no family is AF_INET: [host, port] names", () => {
  using s = socket.socket();
  s.bind(["127.0.0.1", 0]);
  const name = s.getsockname();
  same<typeof s, Tcp<Inet>>(true);
  same<typeof name, Inet>(true);
  const [host, port] = name;
  assertEquals(host, "127.0.0.1");
  assert(port > 0);
});

test("socket(AF_INET6) names are 4-tuples, typed so", async () => {
  using srv = socket.socket(socket.AF_INET6);
  srv.bind(["::1", 0]);
  srv.listen();
  using c = socket.socket(socket.AF_INET6);
  await c.connect(srv.getsockname());
  const [conn, addr] = await srv.accept();
  using _conn = conn;
  same<typeof conn, Tcp<Inet6>>(true);
  same<typeof addr, Inet6>(true);
  same<ReturnType<typeof c.getpeername>, Inet6>(true);
  const [host, port, flowinfo, scope_id] = addr;
  assertEquals([host, port, flowinfo, scope_id], [
    "::1",
    c.getsockname()[1],
    0,
    0,
  ]);
});

test("socket(AF_UNIX) names are paths", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    using srv = socket.socket(socket.AF_UNIX);
    srv.bind(`${dir}/t.sock`);
    srv.listen();
    using c = socket.socket(socket.AF_UNIX);
    await c.connect(srv.getsockname());
    const [conn, addr] = await srv.accept();
    using _conn = conn;
    same<typeof addr, Unix>(true);
    same<ReturnType<typeof srv.getsockname>, Unix>(true);
    assertEquals(srv.getsockname(), `${dir}/t.sock`);
    assertEquals(addr, "");
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

test("a family known only as a number keeps the Address union", () => {
  const family: number = socket.AF_INET;
  using s = socket.socket(family);
  same<ReturnType<typeof s.getsockname>, socket.Address>(true);
  same<socket.AddressOf<number>, socket.Address>(true);
  same<socket.AddressOf<2 | 10>, Inet | Inet6>(true);
  assertEquals(s.getsockname(), ["0.0.0.0", 0]);
});

test("recvfrom(): the sender follows the type (stream: null)", async () => {
  using u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  u.bind(["127.0.0.1", 0]);
  using v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  v.bind(["127.0.0.1", 0]);
  await v.sendto(new Uint8Array([1]), u.getsockname());
  const [data, from] = await u.recvfrom(8);
  same<typeof from, Inet>(true);
  assertEquals([data.length, from], [1, v.getsockname()]);
  // The reply needs no cast and no `!`.
  await u.sendto(data, from);
  const [, back] = await v.recvfrom(8);
  assertEquals(back, u.getsockname());

  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  same<typeof a, Tcp<Unix>>(true);
  await a.send(new Uint8Array([2]));
  const [, none] = await b.recvfrom(8);
  same<typeof none, null>(true);
  assertEquals(none, null);
  await a.send(new Uint8Array([3]));
  const [n, noneInto] = await b.recvfrom_into(new Uint8Array(1));
  same<typeof noneInto, null>(true);
  assertEquals([n, noneInto], [1, null]);
  same<
    socket.SenderOf<Unix, typeof socket.SOCK_DGRAM>,
    Unix | null
  >(true);
  same<socket.SenderOf<Inet, number>, Inet | null>(true);
});

test("create_server() and create_connection() follow the family", async () => {
  using srv = socket.create_server(["::1", 0], { family: socket.AF_INET6 });
  same<typeof srv, Tcp<Inet6>>(true);
  using v4 = socket.create_server(["127.0.0.1", 0], { backlog: 5 });
  same<typeof v4, Tcp<Inet>>(true);
  const [, port] = srv.getsockname();
  using c = await socket.create_connection(["::1", port]);
  same<typeof c, Tcp<Inet | Inet6>>(true);
  const [host, peerPort] = c.getpeername();
  assertEquals([host, peerPort], ["::1", port]);
  const [conn] = await srv.accept();
  conn.close();
});

test("select() and DefaultSelector give back the sockets' own type", async () => {
  using srv = socket.create_server(["127.0.0.1", 0]);
  using c = socket.socket();
  await c.connect(srv.getsockname());
  const [r, w, x] = await socket.select([srv], [c], [], 5);
  same<typeof r, Tcp<Inet>[]>(true);
  same<typeof x, never[]>(true);
  assertEquals([r, w], [[srv], [c]]);

  using sel = new socket.DefaultSelector<string, typeof srv>();
  sel.register(srv, socket.EVENT_READ, "listener");
  const events = await sel.select(5);
  same<typeof events, [socket.SelectorKey<string, Tcp<Inet>>, number][]>(
    true,
  );
  assertEquals(events.length, 1);
  for (const [key] of events) {
    const [conn, [host, port]] = await key.fileobj.accept();
    conn.close();
    assertEquals([host, port], c.getsockname());
  }
});

test("a typed socket goes wherever a Socket is taken", async () => {
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  const any: socket.Socket = a;
  const f = any.makefile("rb");
  await f.close();
  assert(a.readable instanceof ReadableStream);
  assertEquals(String(b).includes("family=1"), true);
});

// The native entry's module-level fromfd() is still the default engine's.
test("fromfd() follows the family it is given", () => {
  using u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
  u.bind(["::1", 0]);
  using adopted = socket.fromfd(u.fileno(), socket.AF_INET6, socket.SOCK_DGRAM);
  same<typeof adopted, socket.Socket<Inet6, 2>>(true);
  assertEquals(adopted.getsockname(), u.getsockname());
}, NATIVE);

// recvmsg is not in the native engine yet.
test("dup(), recvmsg() and recvmsg_into() follow the family too", async () => {
  using u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
  u.bind(["::1", 0]);
  using copy = u.dup();
  same<typeof copy, socket.Socket<Inet6, 2>>(true);
  assertEquals(copy.getsockname(), u.getsockname());
  using v = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
  v.bind(["::1", 0]);
  await v.sendto(new Uint8Array([1, 2]), u.getsockname());
  const [data, , , from] = await u.recvmsg(8);
  same<typeof from, Inet6>(true);
  assertEquals([data.length, from], [2, v.getsockname()]);
  await v.sendto(new Uint8Array([3]), u.getsockname());
  const [n, , , sender] = await u.recvmsg_into([new Uint8Array(4)]);
  same<typeof sender, Inet6>(true);
  assertEquals([n, sender], [1, v.getsockname()]);
  const [a, b] = await socket.socketpair();
  using _a = a, _b = b;
  await a.send(new Uint8Array([4]));
  const [, , , none] = await b.recvmsg(8);
  same<typeof none, null>(true);
  assertEquals(none, null);
}, NATIVE);

// ssl wraps the default entry's sockets only, for now.
test("ssl's wrap_socket() keeps the socket's address type", async () => {
  const context = ssl.create_default_context();
  using s = socket.socket(socket.AF_INET6);
  using tls = await context.wrap_socket(s, { server_hostname: "localhost" });
  same<typeof tls, ssl.SSLSocket<Inet6>>(true);
  tls.bind(["::1", 0]);
  const [host, , flowinfo] = tls.getsockname();
  assertEquals([host, flowinfo], ["::1", 0]);
}, NATIVE);
