// Readiness is the kernel's at the moment of the call (issue 11, part 1):
// each scenario runs in python3 and here on the same kind of loopback
// sockets, and the answers of the first select must be the same.

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { listener, tcpPair, thrown, withDeadline } from "./_helpers.ts";

const { EVENT_READ, EVENT_WRITE } = socket;
const encode = (text: string) => new TextEncoder().encode(text);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The scenarios in CPython, each printed as one JSON line `[name, answer]`
// where sockets are named by the letter the scenario gives them.
const PYTHON = String.raw`
import json, select, selectors, socket, time
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
def pair():
    c = socket.create_connection(srv.getsockname()); a, _ = srv.accept()
    return c, a
def names(lists, named):
    return [[named[id(s)] for s in l] for l in lists]
def out(name, answer): print(json.dumps([name, answer]), flush=True)

a, pa = pair(); idle, pidle = pair(); c, pc = pair()
pa.send(b"waiting"); time.sleep(0.05)
out("data waiting next to idle and writable",
    names(select.select([a, idle], [c], [], 0.5), {id(a): "a", id(idle): "idle", id(c): "c"}))

s, ps = pair()
ps.send(b"just sent")
sel = selectors.DefaultSelector(); sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE)
out("READ|WRITE with data just sent", [m for k, m in sel.select(1)])
sel.close()

e, pe = pair(); pe.close(); w, pw = pair(); time.sleep(0.05)
out("EOF next to writable", names(select.select([e], [w], [], 0.5), {id(e): "e", id(w): "w"}))

b, pb = pair(); d, pd = pair()
pb.send(b"0123456789"); time.sleep(0.05); b.recv(3)
pd.send(b"now")
out("buffered next to just arrived",
    names(select.select([b, d], [], [], 0.5), {id(b): "b", id(d): "d"}))

q = socket.create_connection(srv.getsockname()); time.sleep(0.05)
out("queued connection next to writable",
    names(select.select([srv, idle], [c], [], 0.5), {id(srv): "srv", id(idle): "idle", id(c): "c"}))
srv.accept()[0].close()

x, px = pair(); px.send(b"by number")
sel = selectors.DefaultSelector()
sel.register(x.fileno(), selectors.EVENT_READ)
sel.register(c, selectors.EVENT_WRITE)
ready = sel.select(1)
out("selector with a number and a socket",
    sorted([("x" if k.fileobj == x.fileno() else "c", m) for k, m in ready]))
sel.close()

def udp():
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
    return u
u, v, quiet = udp(), udp(), udp()
v.sendto(b"waiting", u.getsockname()); time.sleep(0.05)
out("datagram waiting next to a quiet UDP socket and writable",
    names(select.select([u, quiet], [c], [], 0.5), {id(u): "u", id(quiet): "quiet", id(c): "c"}))
v.sendto(b"just sent", quiet.getsockname())
sel = selectors.DefaultSelector(); sel.register(quiet, selectors.EVENT_READ | selectors.EVENT_WRITE)
out("UDP READ|WRITE with a datagram just sent", [m for k, m in sel.select(1)])
sel.close()
`;

async function pythonAnswers(): Promise<Map<string, unknown>> {
  const out = await new Deno.Command("python3", {
    args: ["-c", PYTHON],
    stdout: "piped",
  }).output();
  assert(out.success, "python3 ran the scenarios");
  const lines = new TextDecoder().decode(out.stdout).trim().split("\n");
  return new Map(lines.map((line) => JSON.parse(line) as [string, unknown]));
}

function names(
  lists: readonly (readonly object[])[],
  named: Map<object, string>,
): string[][] {
  return lists.map((list) => list.map((s) => named.get(s)!));
}

Deno.test("select() and DefaultSelector report every socket ready at the call, as python3 does on its first call", async () => {
  await withDeadline(20000, async () => {
    const expected = await pythonAnswers();
    const got = new Map<string, unknown>();
    using srv = listener();
    const pair = async () => {
      const c = socket.socket();
      await c.connect(srv.getsockname());
      const [a] = await srv.accept();
      return [c, a] as const;
    };
    const opened: { close(): void }[] = [];
    const keep = <T extends readonly socket.Socket[]>(socks: T): T => {
      opened.push(...socks);
      return socks;
    };
    try {
      const [a, pa] = keep(await pair());
      const [idle] = keep(await pair());
      const [c] = keep(await pair());
      await pa.send(encode("waiting"));
      await pause(50);
      got.set(
        "data waiting next to idle and writable",
        names(
          await socket.select([a, idle], [c], [], 0.5),
          new Map<object, string>([[a, "a"], [idle, "idle"], [c, "c"]]),
        ),
      );

      const [s, ps] = keep(await pair());
      await ps.send(encode("just sent"));
      {
        using sel = new socket.DefaultSelector();
        sel.register(s, EVENT_READ | EVENT_WRITE);
        got.set(
          "READ|WRITE with data just sent",
          (await sel.select(1)).map(([, mask]) => mask),
        );
      }

      const [e, pe] = keep(await pair());
      pe.close();
      const [w] = keep(await pair());
      await pause(50);
      got.set(
        "EOF next to writable",
        names(
          await socket.select([e], [w], [], 0.5),
          new Map<object, string>([[e, "e"], [w, "w"]]),
        ),
      );

      const [b, pb] = keep(await pair());
      const [d, pd] = keep(await pair());
      await pb.send(encode("0123456789"));
      await pause(50);
      await b.recv(3);
      await pd.send(encode("now"));
      got.set(
        "buffered next to just arrived",
        names(
          await socket.select([b, d], [], [], 0.5),
          new Map<object, string>([[b, "b"], [d, "d"]]),
        ),
      );

      const [q] = keep([socket.socket()] as const);
      await q.connect(srv.getsockname());
      await pause(50);
      got.set(
        "queued connection next to writable",
        names(
          await socket.select([srv, idle], [c], [], 0.5),
          new Map<object, string>([[srv, "srv"], [idle, "idle"], [c, "c"]]),
        ),
      );
      keep([(await srv.accept())[0]]);

      const [x, px] = keep(await pair());
      await px.send(encode("by number"));
      {
        using sel = new socket.DefaultSelector<null, socket.FileObject>();
        sel.register(x.fileno(), EVENT_READ);
        sel.register(c, EVENT_WRITE);
        const ready = await sel.select(1);
        got.set(
          "selector with a number and a socket",
          ready.map(([k, m]) => [k.fileobj === x.fileno() ? "x" : "c", m])
            .sort(),
        );
      }

      const udp = () => {
        const u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        opened.push(u);
        u.bind(["127.0.0.1", 0]);
        return u;
      };
      const [u, v, quiet] = [udp(), udp(), udp()];
      await v.sendto(encode("waiting"), u.getsockname());
      await pause(50);
      got.set(
        "datagram waiting next to a quiet UDP socket and writable",
        names(
          await socket.select([u, quiet], [c], [], 0.5),
          new Map<object, string>([[u, "u"], [quiet, "quiet"], [c, "c"]]),
        ),
      );
      await v.sendto(encode("just sent"), quiet.getsockname());
      {
        using sel = new socket.DefaultSelector();
        sel.register(quiet, EVENT_READ | EVENT_WRITE);
        got.set(
          "UDP READ|WRITE with a datagram just sent",
          (await sel.select(1)).map(([, mask]) => mask),
        );
      }
    } finally {
      for (const s of opened) s.close();
    }
    assertEquals(got, expected);
  });
});

Deno.test("the first select() after data arrived reports it, many times over", async () => {
  await withDeadline(30000, async () => {
    using srv = listener();
    for (let i = 0; i < 100; i++) {
      const [c, a] = await tcpPair();
      using _c = c, _a = a;
      await a.send(encode("x"));
      using sel = new socket.DefaultSelector();
      sel.register(c, EVENT_READ | EVENT_WRITE);
      const ready = await sel.select(1);
      assertEquals(ready.map(([, mask]) => mask), [EVENT_READ | EVENT_WRITE]);
      await a.send(encode("y"));
      assertEquals(await socket.select([c], [a], [], 1), [[c], [a], []]);
    }
    srv.close();
  });
});

Deno.test("select() takes numbers and objects with fileno() and returns the items given", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    await a.send(encode("x"));
    const wrapper = { fileno: () => c.fileno() };
    const [r, w, x] = await socket.select(
      [c.fileno(), wrapper],
      [a.fileno()],
      [],
      1,
    );
    assertEquals(r, [c.fileno(), wrapper]);
    assertEquals(w, [a.fileno()]);
    assertEquals(x, []);
  });
});

Deno.test("select() rejects what CPython rejects, with its messages", async () => {
  // python3 -c "import select; select.select([X], [], [], 0)" for each X.
  const cases: [unknown, abstract new (...a: never[]) => Error, string][] = [
    ["x", TypeError, "argument must be an int, or have a fileno() method."],
    [3.5, TypeError, "argument must be an int, or have a fileno() method."],
    [{ fileno: () => "x" }, TypeError, "fileno() returned a non-integer"],
    [
      { fileno: () => -1 },
      socket.ValueError,
      "file descriptor cannot be a negative integer (-1)",
    ],
    [
      -1,
      socket.ValueError,
      "file descriptor cannot be a negative integer (-1)",
    ],
    [2 ** 40, socket.OverflowError, "Python int too large to convert to C int"],
  ];
  for (const [item, Class, message] of cases) {
    let error: unknown;
    try {
      await socket.select([item as number], [], [], 0);
    } catch (e) {
      error = e;
    }
    assertInstanceOf(error, Class);
    assertEquals((error as Error).message, message);
  }
  // A number no socket of this module holds: the kernel's EBADF.
  using s = socket.socket();
  const free = s.fileno() + 1000;
  let error: unknown;
  try {
    await socket.select([free], [], [], 0);
  } catch (e) {
    error = e;
  }
  assertInstanceOf(error, socket.OSError);
  assertEquals(error.errno, socket.EBADF);
});

Deno.test("register/unregister/modify/get_key take numbers and fileno() objects (Python's _fileobj_to_fd)", () => {
  using s = socket.socket();
  using sel = new socket.DefaultSelector<string, socket.FileObject>();
  const key = sel.register(s.fileno(), EVENT_READ, "n");
  assertEquals([key.fd, key.fileobj], [s.fileno(), s.fileno()]);
  assert(sel.get_key(s.fileno()) === key);
  assertEquals(sel.modify(s.fileno(), EVENT_WRITE, "m").data, "m");
  const dup = thrown(() => sel.register(s, EVENT_READ));
  assertInstanceOf(dup, socket.KeyError);
  assertEquals(String(dup), `"${s} (FD ${s.fileno()}) is already registered"`);
  assertEquals(sel.unregister(s).fileobj, s.fileno());
  const wrapper = { fileno: () => s.fileno() };
  assert(sel.register(wrapper, EVENT_READ).fileobj === wrapper);
  assert(sel.unregister(s.fileno()).fileobj === wrapper);
  // python3: register("x") ValueError; register(F(-1)) ValueError;
  // register(999) on a closed descriptor OSError EBADF.
  assertEquals(
    String(thrown(() => sel.register("x" as unknown as number, EVENT_READ))),
    "Invalid file object: 'x'",
  );
  assertEquals(
    String(thrown(() => sel.register({ fileno: () => -1 }, EVENT_READ))),
    "Invalid file descriptor: -1",
  );
  const unknown = thrown(() => sel.register(s.fileno() + 1000, EVENT_READ));
  assertInstanceOf(unknown, socket.OSError);
  assertEquals(unknown.errno, socket.EBADF);
  assertEquals(sel.get_map()!.size, 0);
});

Deno.test("get_map() is a read-only mapping looked up by file object or number", () => {
  using s = socket.socket();
  using t = socket.socket();
  using sel = new socket.DefaultSelector<string>();
  sel.register(s, EVENT_READ, "d");
  const map = sel.get_map()!;
  // python3: len(m), m[s].data, m[s.fileno()].data, list(m), s in m
  assertEquals(map.size, 1);
  assertEquals(map.get(s)?.data, "d");
  assertEquals(map.get(s.fileno())?.data, "d");
  assertEquals([...map.keys()], [s.fileno()]);
  assert(map.has(s) && !map.has(t) && map.get(t) === undefined);
  assertEquals(
    String(thrown(() => map.get("x" as unknown as number))),
    "Invalid file object: 'x'",
  );
  assert(!("set" in map) && !("delete" in map) && !("clear" in map));
  sel.register(t, EVENT_WRITE, "e");
  assertEquals(map.size, 2, "the view is live");
  assertEquals([...map.values()].map((k) => k.data), ["d", "e"]);
});

Deno.test("a closed selector: get_key() is RuntimeError, unregister KeyError, as EpollSelector", () => {
  using s = socket.socket();
  const sel = new socket.PollSelector();
  sel.register(s, EVENT_READ);
  sel.close();
  const e = thrown(() => sel.get_key(s));
  assertInstanceOf(e, socket.RuntimeError);
  assertEquals(String(e), "Selector is closed");
  assertInstanceOf(thrown(() => sel.unregister(s)), socket.KeyError);
  assertInstanceOf(thrown(() => sel.modify(s, EVENT_WRITE)), socket.KeyError);
  // One selector under four names on the default entry; the native entry's
  // PollSelector and SelectSelector are CPython's own (native_poll_test.ts).
  if (!socket.NATIVE) assert(socket.SelectSelector === socket.DefaultSelector);
  assert(socket.EpollSelector === socket.DefaultSelector);
});

Deno.test("a fileno() that raises its own error: the error escapes select() and register(), as in Python", async () => {
  // python3: class H: fileno = property(lambda s: (_ for _ in ()).throw(KeyError()))
  // select.select([H()], [], [], 0) and DefaultSelector().register(H(), 1)
  // both raise the KeyError itself.
  const own = new RangeError("its own");
  const hostile = {
    get fileno(): () => number {
      throw own;
    },
  };
  let error: unknown;
  try {
    await socket.select([hostile], [], [], 0);
  } catch (e) {
    error = e;
  }
  assert(error === own);
  using sel = new socket.DefaultSelector<null, socket.FileObject>();
  assert(thrown(() => sel.register(hostile, EVENT_READ)) === own);
  // A TypeError or ValueError of fileno() is Python's Invalid file object.
  const broken = {
    fileno(): number {
      throw new TypeError("no");
    },
  };
  assertEquals(
    String(thrown(() => sel.register(broken, EVENT_READ))),
    "Invalid file object: [object Object]",
  );
});
