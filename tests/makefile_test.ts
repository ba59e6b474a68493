// sock.makefile(): the file objects of Python's socket.py, row by row
// (oracle 2.L L13–L19, L27, L29, L30, L34, H31; test_socket #16, #24).

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "./_entry.ts";
import {
  decode,
  encode,
  rejected,
  tcpPair,
  thrown,
  withDeadline,
} from "./_select_helpers.ts";

Deno.test("makefile('rb'): readline() then read() to EOF; a BufferedReader (L13)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    await c.sendall(encode("line1\nline2\n"));
    c.close();
    const f = a.makefile("rb");
    assertEquals(decode(await f.readline()), "line1\n");
    assertEquals(decode(await f.read()), "line2\n");
    assertEquals(f.constructor.name, "BufferedReader");
    await f.close();
  });
});

Deno.test("makefile('wb'): write() then flush() sends; a BufferedWriter (L14)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    const w = c.makefile("wb");
    assertEquals(await w.write(encode("abc")), 3);
    await w.flush();
    assertEquals(w.constructor.name, "BufferedWriter");
    assertEquals(decode(await a.recv(10)), "abc");
    await w.close();
  });
});

Deno.test("makefile('r', encoding='utf-8'): readline() decodes; a TextIOWrapper (L15)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    await c.sendall(encode("héllo\n"));
    const f = a.makefile("r", { encoding: "utf-8" });
    assertEquals(await f.readline(), "héllo\n");
    assertEquals(f.constructor.name, "TextIOWrapper");
    assertEquals(
      String(f),
      `<_io.TextIOWrapper name=${a.fileno()} mode='r' encoding='utf-8'>`,
    );
    await f.close();
  });
});

Deno.test("makefile() rejects bad modes and unbuffered text (L16, L17, test_makefile_invalid_mode)", () => {
  using s = socket.socket();
  for (const mode of ["x", "rt", "+", "a"]) {
    const e = thrown(() => s.makefile(mode));
    assertInstanceOf(e, socket.ValueError);
    assertEquals(String(e), `invalid mode '${mode}' (only r, w, b allowed)`);
  }
  const e = thrown(() => s.makefile("r", { buffering: 0 }));
  assertEquals(String(e), "unbuffered streams must be binary");
  // A refused makefile() takes no reference: close() closes at once.
  s.close();
  assertEquals(s.fileno(), -1);
});

Deno.test("makefile() keeps each mode in .mode (test_makefile_mode)", async () => {
  using s = socket.socket();
  for (const mode of ["r", "rb", "rw", "w", "wb"]) {
    const f = s.makefile(mode);
    assertEquals(f.mode, mode);
    await f.close();
  }
});

Deno.test("makefile('rwb') is a BufferedRWPair; buffering 0 gives SocketIO (L19)", async () => {
  using s = socket.socket();
  const pair = s.makefile("rwb");
  const raw = s.makefile("rb", { buffering: 0 });
  assertEquals(
    [pair.constructor.name, raw.constructor.name],
    ["BufferedRWPair", "SocketIO"],
  );
  await pair.close();
  await raw.close();
});

Deno.test("an open file keeps the socket after sock.close(); closing the file really closes it (L18)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    const f = c.makefile("rb");
    c.close();
    assert(c.fileno() >= 0);
    await f.close();
    assertEquals(c.fileno(), -1);
  });
});

Deno.test("a file still reads after sock.close() (L27)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c;
    const f = a.makefile("rb");
    a.close();
    await c.send(encode("still works"));
    assertEquals(decode(await f.read1(100)), "still works");
    await f.close();
    assertEquals(a.fileno(), -1);
  });
});

Deno.test("closing a file leaves the socket open (L29)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    const f = a.makefile("rb");
    await f.close();
    assertEquals((await a.recv(0)).length, 0);
    assert(a.fileno() >= 0);
  });
});

Deno.test("read() of a closed file raises ValueError (L30)", async () => {
  using s = socket.socket();
  const r = s.makefile("rb");
  await r.close();
  const e = await rejected(() => r.read(1));
  assertInstanceOf(e, socket.ValueError);
  assertEquals(String(e), "read of closed file");
  assertEquals(
    String(await rejected(() => r.readline())),
    "readline of closed file",
  );
});

Deno.test("a closed file's repr has name=-1 (L34)", async () => {
  using s = socket.socket();
  const fp = s.makefile("rb");
  assertEquals(String(fp), `<_io.BufferedReader name=${s.fileno()}>`);
  await fp.close();
  assertEquals(String(fp), "<_io.BufferedReader name=-1>");
  assert(s.fileno() >= 0);
});

Deno.test("after a read times out, the file refuses to read (H31, testReadAfterTimeout)", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    a.settimeout(0.2);
    const f = a.makefile("rb");
    const first = await rejected(() => f.read(1));
    assertInstanceOf(first, socket.TimeoutError);
    assertEquals(String(first), "timed out");
    const second = await rejected(() => f.read(1));
    assertEquals(second?.constructor, socket.OSError);
    assertEquals(String(second), "cannot read from timed out object");
    await f.close();
  });
});

Deno.test("reading from a writer raises UnsupportedOperation('read'), and the reverse", async () => {
  using s = socket.socket();
  const w = s.makefile("wb");
  const r = s.makefile("rb");
  const t = s.makefile("r");
  assertEquals(String(await rejected(() => w.read(1))), "read");
  assertEquals(String(await rejected(() => r.write(encode("x")))), "write");
  const e = await rejected(() => t.write("x"));
  assertInstanceOf(e, socket.UnsupportedOperation);
  assertEquals(String(e), "not writable");
  const raw = s.makefile("wb", { buffering: 0 });
  assertEquals(
    String(await rejected(() => raw.read(1))),
    "File or stream is not readable.",
  );
  await Promise.all([w.close(), r.close(), t.close(), raw.close()]);
});

Deno.test("readlines() and async iteration return every line", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    await c.sendall(encode("a\nbb\nccc"));
    c.close();
    const f = a.makefile("r");
    const lines: string[] = [];
    for await (const line of f) lines.push(line);
    assertEquals(lines, ["a\n", "bb\n", "ccc"]);
    assertEquals(await f.readlines(), []);
    await f.close();
  });
});

Deno.test("text mode: newline=None reads \\r\\n and \\r as \\n, even split across reads", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    const f = a.makefile("r");
    await c.sendall(encode("one\r"));
    assertEquals(await f.read(3), "one");
    await c.sendall(encode("\ntwo\rthree"));
    c.close();
    assertEquals(await f.readlines(), ["\n", "two\n", "three"]);
    await f.close();
  });
});

Deno.test("text mode: newline='' splits at \\r\\n, \\r and \\n and keeps them", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _a = a;
    await c.sendall(encode("a\r\nb\rc\nd"));
    c.close();
    const f = a.makefile("r", { newline: "" });
    assertEquals(await f.readlines(), ["a\r\n", "b\r", "c\n", "d"]);
    await f.close();
  });
});

Deno.test("text mode: newline='\\r\\n' writes \\n as \\r\\n", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    const w = c.makefile("w", { newline: "\r\n" });
    assertEquals(await w.write("x\ny\n"), 4);
    await w.close();
    assertEquals(decode(await a.recv(100)), "x\r\ny\r\n");
  });
});

Deno.test("makefile() rejects an unknown encoding and newline as Python", () => {
  using s = socket.socket();
  const e = thrown(() => s.makefile("r", { encoding: "nope" }));
  assertEquals([(e as Error).name, (e as Error).message], [
    "LookupError",
    "unknown encoding: nope",
  ]);
  assertEquals(
    String(thrown(() => s.makefile("r", { newline: "x" }))),
    "illegal newline value: x",
  );
});

Deno.test("a small buffer flushes by itself once full", async () => {
  await withDeadline(5000, async () => {
    const [c, a] = await tcpPair();
    using _c = c, _a = a;
    const w = c.makefile("wb", { buffering: 4 });
    await w.write(encode("ab"));
    await w.write(encode("cdef"));
    assertEquals(decode(await a.recv(100)), "abcdef");
    await w.close();
  });
});

Deno.test("a file is interoperable with a python3 makefile() peer", async () => {
  await withDeadline(10000, async () => {
    using srv = socket.socket();
    srv.bind(["127.0.0.1", 0]);
    srv.listen();
    const port = srv.getsockname()[1];
    const child = new Deno.Command("python3", {
      args: [
        "-c",
        `import socket, sys
s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))
f = s.makefile('rw', encoding='utf-8', newline='')
for line in f:
    f.write(line.upper())
    f.flush()
f.close(); s.close()`,
        String(port),
      ],
    }).spawn();
    const [conn] = await srv.accept();
    using _conn = conn;
    const f = conn.makefile("rw", { encoding: "utf-8" });
    for (const word of ["héllo", "wörld"]) {
      await f.write(word + "\n");
      await f.flush();
      assertEquals(await f.readline(), word.toUpperCase() + "\n");
    }
    conn.shutdown(socket.SHUT_WR);
    assertEquals(await f.readline(), "");
    await f.close();
    assertEquals((await child.status).code, 0);
  });
});
