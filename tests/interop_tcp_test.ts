// A real CPython peer on the other end: the tutorial's echo pair, 10 MB in
// chunks of random sizes, every byte checked, both ways round.

import { assertEquals, assertMatch } from "./_assert.ts";
import { createHash } from "node:crypto";
import * as socket from "./_entry.ts";
import { lineReader, python, randomBytes, withDeadline } from "./_helpers.ts";

const SIZE = 10_000_000;

Deno.test("a CPython echo client gets 10 MB back from examples/echo_server.ts", () =>
  withDeadline(120_000, async () => {
    const server = new Deno.Command(Deno.execPath(), {
      args: ["run", "-N", "examples/echo_server.ts", "--port", "0"],
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    // With --port 0 the server says on stderr which port it got.
    const listening = await lineReader(server.stderr)();
    assertMatch(listening, /^Listening on \('127\.0\.0\.1', \d+\)$/);
    const serverLine = lineReader(server.stdout);
    const port = listening.match(/(\d+)\)$/)![1]!;

    const client = python(
      `
import hashlib, random, socket, sys, threading
size, port = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(7)
data = rnd.randbytes(size)
got = []
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.connect(("127.0.0.1", port))
    def reader():
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got.append(chunk)
    t = threading.Thread(target=reader)
    t.start()
    i = 0
    while i < size:
        n = rnd.randint(1, 100_000)
        s.sendall(data[i:i + n])
        i += n
    s.shutdown(socket.SHUT_WR)
    t.join(100)
echoed = b"".join(got)
print(len(echoed), echoed == data, hashlib.sha256(echoed).hexdigest() == hashlib.sha256(data).hexdigest())
`,
      String(SIZE),
      port,
    );
    await client.stdin.close();
    const clientLine = lineReader(client.stdout);
    assertEquals(await clientLine(), `${SIZE} True True`);
    assertEquals(await clientLine(), "");
    assertEquals((await client.status).code, 0);
    assertMatch(await serverLine(), /^Connected by \('127\.0\.0\.1', \d+\)$/);
    assertEquals(await serverLine(), "");
    assertEquals((await server.status).code, 0);
  }));

Deno.test("a CPython echo server returns 10 MB to a TypeScript client", () =>
  withDeadline(120_000, async () => {
    const server = python(`
import socket
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.bind(("127.0.0.1", 0))
    s.listen()
    print(s.getsockname()[1], flush=True)
    conn, addr = s.accept()
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data)
`);
    await server.stdin.close();
    const line = lineReader(server.stdout);
    const port = Number(await line());

    const data = randomBytes(SIZE, 11);
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    await s.connect(["127.0.0.1", port]);
    const received = createHash("sha256");
    let total = 0;
    const reading = (async () => {
      while (true) {
        const chunk = await s.recv(65536);
        if (chunk.length === 0) break;
        received.update(chunk);
        total += chunk.length;
      }
    })();
    let seed = 3;
    for (let i = 0; i < SIZE;) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const n = 1 + seed % 100_000;
      await s.sendall(data.subarray(i, i + n));
      i += n;
    }
    s.shutdown(socket.SHUT_WR);
    await reading;
    assertEquals(total, SIZE);
    assertEquals(
      received.digest("hex"),
      createHash("sha256").update(data).digest("hex"),
    );
    assertEquals(await line(), "");
    assertEquals((await server.status).code, 0);
  }));
