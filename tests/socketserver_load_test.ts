// Load on a ThreadingTCPServer: 1,000 clients at once, each streaming its
// own random bytes in random chunk sizes through an echo handler, every byte
// checked; and a slow client that must not hold up the others.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import * as socketserver from "./_socketserver.ts";
import { lineReader, randomBytes, withDeadline } from "./_helpers.ts";

const CLIENTS = 1_000;
const BYTES_PER_CLIENT = 16 * 1024;

class Echo extends socketserver.BaseRequestHandler {
  override async handle() {
    for (;;) {
      const data = await this.request.recv(65536);
      if (data.length === 0) break;
      await this.request.sendall(data);
    }
  }
}

// Python's idiom for a busy server: a longer listen queue, as a class
// attribute.
class Server extends socketserver.ThreadingTCPServer {
  static override request_queue_size = 1024;
}

/** Sends `data` in random chunks, then EOF; resolves to all it got back. */
async function echoThrough(
  address: socket.Address,
  data: Uint8Array,
  seed: number,
): Promise<Uint8Array> {
  using sock = await socket.create_connection(address as [string, number]);
  const sizes = randomBytes(64, seed);
  const sending = (async () => {
    for (let at = 0, i = 0; at < data.length; i++) {
      const size = 1 + sizes[i % sizes.length]! * 16;
      await sock.sendall(data.subarray(at, at + size));
      at += size;
    }
    sock.shutdown(socket.SHUT_WR);
  })();
  const got = new Uint8Array(data.length + 1);
  let have = 0;
  for (;;) {
    const n = await sock.recv_into(got.subarray(have));
    if (n === 0) break;
    have += n;
  }
  await sending;
  return got.subarray(0, have);
}

Deno.test(`ThreadingTCPServer: ${CLIENTS} concurrent clients, every byte echoed`, async () => {
  await withDeadline(120_000, async () => {
    let handled = 0;
    class Counted extends Echo {
      override finish() {
        handled++;
      }
    }
    const server = new Server(["127.0.0.1", 0], Counted);
    const serving = server.serve_forever(0.05);
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const data = randomBytes(BYTES_PER_CLIENT, i + 1);
        const got = await echoThrough(server.server_address, data, i + 7);
        return got.length === data.length && got.every((b, j) => b === data[j]);
      }),
    );
    const elapsed = performance.now() - started;
    await server.shutdown();
    await serving;
    await server.server_close();
    assertEquals(results.filter((ok) => !ok).length, 0);
    // server_close() waited for every handler.
    assertEquals(handled, CLIENTS);
    console.log(
      `${CLIENTS} clients x ${BYTES_PER_CLIENT} B echoed in ${
        elapsed.toFixed(0)
      } ms`,
    );
  });
});

// The same program in TypeScript and in Python, each in its own process.
const ECHO_SERVERS: Record<string, [string, string[]]> = {
  "this module": [Deno.execPath(), [
    "run",
    "-N",
    new URL("./peers/socketserver_echo.ts", import.meta.url).pathname,
  ]],
  python3: ["python3", [
    new URL("./peers/socketserver_echo.py", import.meta.url).pathname,
  ]],
};

Deno.test(`${CLIENTS} clients against a ThreadingTCPServer in its own process, this module's and python3's (measured)`, async () => {
  await withDeadline(120_000, async () => {
    for (const [name, [cmd, args]] of Object.entries(ECHO_SERVERS)) {
      const peer = new Deno.Command(cmd, {
        args,
        stdin: "piped",
        stdout: "piped",
      }).spawn();
      const readLine = lineReader(peer.stdout);
      const address: socket.Address = ["127.0.0.1", Number(await readLine())];
      try {
        const started = performance.now();
        const results = await Promise.all(
          Array.from({ length: CLIENTS }, async (_, i) => {
            const data = randomBytes(BYTES_PER_CLIENT, i + 1);
            const got = await echoThrough(address, data, i + 7);
            return got.length === data.length &&
              got.every((b, j) => b === data[j]);
          }),
        );
        const elapsed = performance.now() - started;
        assertEquals(results.filter((ok) => !ok).length, 0);
        console.log(
          `${name}: ${CLIENTS} clients x ${BYTES_PER_CLIENT} B echoed in ${
            elapsed.toFixed(0)
          } ms`,
        );
      } finally {
        await peer.stdin.close();
        await readLine();
        await peer.status;
      }
    }
  });
});

Deno.test("ThreadingTCPServer: a slow client does not hold up the others (measured)", async () => {
  await withDeadline(60_000, async () => {
    const FAST = 100;
    const server = new Server(["127.0.0.1", 0], Echo);
    const serving = server.serve_forever(0.05);
    const fastClients = async () => {
      const started = performance.now();
      await Promise.all(
        Array.from({ length: FAST }, async (_, i) => {
          const data = randomBytes(1024, i + 1);
          assertEquals(
            await echoThrough(server.server_address, data, i),
            data,
          );
        }),
      );
      return performance.now() - started;
    };
    const alone = await fastClients();
    // The slow client sends one byte, and the rest only once every fast
    // client is done: its handler is waiting in recv() all along.
    using slow = await socket.create_connection(
      server.server_address as [string, number],
    );
    await slow.sendall(new Uint8Array([1]));
    assertEquals(await slow.recv(1), new Uint8Array([1]));
    const beside = await fastClients();
    await slow.sendall(new Uint8Array([2]));
    slow.shutdown(socket.SHUT_WR);
    assertEquals(await slow.recv(10), new Uint8Array([2]));
    assert((await slow.recv(10)).length === 0);
    await server.shutdown();
    await serving;
    await server.server_close();
    console.log(
      `${FAST} fast clients: ${alone.toFixed(0)} ms alone, ${
        beside.toFixed(0)
      } ms beside a slow client`,
    );
  });
});
