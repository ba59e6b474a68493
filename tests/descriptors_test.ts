// dup(), detach(), socket(fileno=), fromfd(), socket.dup/close(fd) and the
// inheritable flag, against python3 running the same steps (oracle rows
// B10-B13, H22, L08-L10, L20-L24, L26, L32, L33).

import { assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { tcpPair, withDeadline } from "./_helpers.ts";
import { outcome, PY_OUTCOME, pyJson } from "./_py_json.ts";

const test = (name: string, fn: () => Promise<void>) =>
  Deno.test(name, () => withDeadline(20_000, fn));

const enc = new TextEncoder();
const dec = new TextDecoder();

test("dup, detach and fileno= read as python3's (L08-L10, L20-L22, H22)", async () => {
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket
out = {}
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.settimeout(2.5)
d = s.dup()
out["L09"] = [d.fileno() != s.fileno(), int(d.family), int(d.type), d.getsockname() == s.getsockname(), d.gettimeout(), d.get_inheritable()]
s.close()
out["L10"] = d.getsockname()[0]
d.close()
s = socket.socket(); fd = s.fileno(); det = s.detach()
out["L08"] = [det == fd, s.fileno(), repr(s), s.detach()]
socket.close(det)
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
t = socket.socket(fileno=s.detach())
out["L21"] = [int(t.family), int(t.type), t.proto, t.gettimeout()]
t.close()
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
t = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, 0, s.detach())
out["explicit"] = [int(t.family), int(t.type), t.proto]
t.close()
s = socket.socket(); fd = s.fileno(); s.close()
out["L20"] = outcome(lambda: socket.socket(fileno=fd))
s = socket.socket()
f = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM)
out["L22"] = [f.fileno() != s.fileno(), int(f.family)]
f.close(); s.close()
s = socket.socket()
socket.socket(fileno=s.fileno()).close()
out["L32"] = outcome(lambda: s.close())
out["L32 after"] = s.fileno()
out["B11"] = outcome(lambda: socket.socket(fileno=-1))
out["B12"] = outcome(lambda: socket.socket(fileno=99999))
out["B13"] = outcome(lambda: socket.socket(fileno="3"))
s = socket.socket(); s.close()
out["dup closed"] = outcome(lambda: s.dup())
out["detach closed"] = s.detach()
print(json.dumps(out))
`,
  );
  const out: Record<string, unknown> = {};
  {
    const s = socket.socket();
    s.bind(["127.0.0.1", 0]);
    s.settimeout(2.5);
    const d = s.dup();
    out["L09"] = [
      d.fileno() !== s.fileno(),
      d.family,
      d.type,
      String(d.getsockname()) === String(s.getsockname()),
      d.gettimeout(),
      d.get_inheritable(),
    ];
    s.close();
    out["L10"] = d.getsockname()[0];
    d.close();
  }
  {
    const s = socket.socket();
    const fd = s.fileno();
    const det = s.detach();
    out["L08"] = [det === fd, s.fileno(), String(s), s.detach()];
    socket.close(det);
  }
  {
    const s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
    const t = socket.socket(-1, -1, -1, s.detach());
    out["L21"] = [t.family, t.type, t.proto, t.gettimeout()];
    t.close();
  }
  {
    const s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM);
    const t = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, 0, s.detach());
    out["explicit"] = [t.family, t.type, t.proto];
    t.close();
  }
  {
    const s = socket.socket();
    const fd = s.fileno();
    s.close();
    out["L20"] = await outcome(() => socket.socket(-1, -1, -1, fd));
  }
  {
    const s = socket.socket();
    const f = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM);
    out["L22"] = [f.fileno() !== s.fileno(), f.family];
    f.close();
    s.close();
  }
  {
    const s = socket.socket();
    socket.socket(-1, -1, -1, s.fileno()).close();
    out["L32"] = await outcome(() => s.close());
    out["L32 after"] = s.fileno();
  }
  out["B11"] = await outcome(() => socket.socket(-1, -1, -1, -1));
  out["B12"] = await outcome(() => socket.socket(-1, -1, -1, 99999));
  out["B13"] = await outcome(() =>
    socket.socket(-1, -1, -1, "3" as unknown as number)
  );
  {
    const s = socket.socket();
    s.close();
    out["dup closed"] = await outcome(() => s.dup());
    out["detach closed"] = s.detach();
  }
  // The Python side ran `outcome(lambda: s.close())` whose ok value is None.
  assertEquals(out, replaceNone(expected));
});

// JSON's null for Python's None, as the JavaScript side writes it.
function replaceNone(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

test("module dup/close of descriptor numbers as python3's (L23, L24, L33)", async () => {
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket
s = socket.socket()
fd = socket.dup(s.fileno())
out = {"dup": fd != s.fileno(), "close": outcome(lambda: socket.close(fd)),
       "again": outcome(lambda: socket.close(fd)),
       "L24": outcome(lambda: socket.close(99999)),
       "L33": outcome(lambda: socket.close(-1)),
       "dup -1": outcome(lambda: socket.dup(-1)),
       "close str": outcome(lambda: socket.close("x")),
       "fromfd -1": outcome(lambda: socket.fromfd(-1, 2, 1))}
s.close()
print(json.dumps(out))
`,
  );
  using s = socket.socket();
  const fd = socket.dup(s.fileno());
  const out = {
    dup: fd !== s.fileno(),
    close: await outcome(() => socket.close(fd)),
    again: await outcome(() => socket.close(fd)),
    L24: await outcome(() => socket.close(99999)),
    L33: await outcome(() => socket.close(-1)),
    "dup -1": await outcome(() => socket.dup(-1)),
    "close str": await outcome(() => socket.close("x" as unknown as number)),
    "fromfd -1": await outcome(() => socket.fromfd(-1, 2, 1)),
  };
  assertEquals(JSON.parse(JSON.stringify(out)), expected);
});

test("inheritable flag as python3's (B10, L26)", async () => {
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket
s = socket.socket()
out = [s.get_inheritable()]
s.set_inheritable(True); out.append(s.get_inheritable())
s.set_inheritable(0); out.append(s.get_inheritable())
s.set_inheritable(2); out.append(s.get_inheritable())
out.append(outcome(lambda: s.set_inheritable("x")))
d = s.dup(); out.append(d.get_inheritable()); d.close()
s.close()
out.append(outcome(lambda: s.get_inheritable()))
out.append(outcome(lambda: s.set_inheritable(True)))
print(json.dumps(out))
`,
  );
  const s = socket.socket();
  const out: unknown[] = [s.get_inheritable()];
  s.set_inheritable(true);
  out.push(s.get_inheritable());
  s.set_inheritable(0);
  out.push(s.get_inheritable());
  s.set_inheritable(2);
  out.push(s.get_inheritable());
  out.push(await outcome(() => s.set_inheritable("x" as unknown as number)));
  const d = s.dup();
  out.push(d.get_inheritable());
  d.close();
  s.close();
  out.push(await outcome(() => s.get_inheritable()));
  out.push(await outcome(() => s.set_inheritable(true)));
  assertEquals(JSON.parse(JSON.stringify(out)), expected);
});

// One connection seen through a dup: what the peer reads after each close,
// as python3 sees it (closing one descriptor sends no FIN).
const DUP_SCRIPT = String.raw`
import json, socket, sys
order = sys.argv[1]
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
c = socket.create_connection(srv.getsockname()); a, _ = srv.accept(); srv.close()
a.settimeout(0.3)
d = c.dup()
first, second = (c, d) if order == "original" else (d, c)
first.close()
out = []
second.sendall(b"still")
out.append(a.recv(10).decode())
a.sendall(b"back")
out.append(second.recv(10).decode())
try:
    a.recv(10); out.append("data")
except TimeoutError:
    out.append("no EOF while one is open")
second.close()
out.append(a.recv(10).decode() or "EOF")
a.close()
print(json.dumps(out))
`;

for (const order of ["original", "copy"] as const) {
  test(`dup() then close the ${order} first: the other keeps the connection, as python3`, async () => {
    const expected = await pyJson(DUP_SCRIPT, order);
    const [c, a] = await tcpPair();
    using _a = a;
    a.settimeout(0.3);
    const d = c.dup();
    const [first, second] = order === "original" ? [c, d] : [d, c];
    first.close();
    const out: string[] = [];
    await second.sendall(enc.encode("still"));
    out.push(dec.decode(await a.recv(10)));
    await a.sendall(enc.encode("back"));
    out.push(dec.decode(await second.recv(10)));
    try {
      await a.recv(10);
      out.push("data");
    } catch (e) {
      if (!(e instanceof socket.TimeoutError)) throw e;
      out.push("no EOF while one is open");
    }
    second.close();
    out.push(dec.decode(await a.recv(10)) || "EOF");
    assertEquals(out, expected);
  });
}

test("detach() a connection and re-attach it: the bytes keep flowing, as python3", async () => {
  const expected = await pyJson(String.raw`
import json, socket
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
c = socket.socket(); c.connect(srv.getsockname()); a, _ = srv.accept(); srv.close()
c.sendall(b"one")
fd = c.detach()
t = socket.socket(fileno=fd)
t.sendall(b"two")
out = [a.recv(6, socket.MSG_WAITALL).decode(), int(t.family), int(t.type), t.proto, t.getpeername() == a.getsockname(), repr(c)]
t.close(); a.close()
print(json.dumps(out))
`);
  const [c, a] = await tcpPair();
  using _a = a;
  await c.sendall(enc.encode("one"));
  const fd = c.detach();
  using t = socket.socket(-1, -1, -1, fd);
  await t.sendall(enc.encode("two"));
  const got = dec.decode(await a.recv(6, socket.MSG_WAITALL));
  assertEquals([
    got,
    t.family,
    t.type,
    t.proto,
    String(t.getpeername()) === String(a.getsockname()),
    String(c),
  ], expected);
});

test("a number closed through another socket object is EBADF for both, while a dup keeps the socket, as python3", async () => {
  const expected = await pyJson(
    PY_OUTCOME + String.raw`
import json, socket
s = socket.socket(); s.bind(("127.0.0.1", 0))
t = socket.socket(fileno=s.fileno())
d = s.dup()
t.close()
out = [outcome(lambda: s.getsockname()[0]), outcome(lambda: d.getsockname()[0]),
       outcome(lambda: s.close()), s.fileno()]
fd = d.fileno()
socket.close(fd)
out.append(outcome(lambda: d.getsockname()[0]))
out.append(outcome(lambda: d.close()))
print(json.dumps(out))
`,
  );
  const s = socket.socket();
  s.bind(["127.0.0.1", 0]);
  const t = socket.socket(-1, -1, -1, s.fileno());
  const d = s.dup();
  t.close();
  const out: unknown[] = [
    await outcome(() => s.getsockname()[0]),
    await outcome(() => d.getsockname()[0]),
    await outcome(() => s.close()),
    s.fileno(),
  ];
  socket.close(d.fileno());
  out.push(await outcome(() => d.getsockname()[0]));
  out.push(await outcome(() => d.close()));
  assertEquals(JSON.parse(JSON.stringify(out)), expected);
});
