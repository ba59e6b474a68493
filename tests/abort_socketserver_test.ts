// Issue 14 §4 for socketserver: `serve_forever(poll_interval, { signal })`
// and `handle_request({ signal })`. An abort ends the wait for a request
// with the signal's reason; a request not yet taken waits in the socket for
// the next call, and a request being handled is finished first.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import * as socketserver from "./_socketserver.ts";
import { rejected, withDeadline } from "./_helpers.ts";

const enc = (text: string) => new TextEncoder().encode(text);
const dec = (data: Uint8Array) => new TextDecoder().decode(data);

function test(name: string, fn: () => Promise<void> | void): void {
  Deno.test(name, () => withDeadline(20_000, async () => await fn()));
}

// Answers one line, upper-cased, and notes each request it served.
const served: string[] = [];
class Upper extends socketserver.StreamRequestHandler {
  override async handle() {
    const line = dec(await this.rfile.readline());
    served.push(line);
    await this.wfile.write(enc(line.toUpperCase()));
  }
}

async function ask(server: socketserver.TCPServer, line: string) {
  const c = socket.socket();
  await c.connect(server.server_address as [string, number]);
  await c.sendall(enc(line));
  return c;
}

test("serve_forever() aborted while idle rejects with the reason; shutdown() resolves; a later request waits for the next call", async () => {
  served.length = 0;
  await using server = new socketserver.TCPServer(["127.0.0.1", 0], Upper);
  const controller = new AbortController();
  // A poll interval far longer than the test: only the abort can end it.
  const serving = server.serve_forever(600, { signal: controller.signal });
  const stopping = server.shutdown();
  await new Promise((r) => setTimeout(r, 30));
  controller.abort("stop");
  assertEquals(await rejected(() => serving), "stop");
  await stopping;
  using c = await ask(server, "late\n");
  await server.handle_request();
  assertEquals(dec(await c.recv(10)), "LATE\n");
  assertEquals(served, ["late\n"]);
});

test("serve_forever() aborted after requests: every request it took is answered", async () => {
  served.length = 0;
  await using server = new socketserver.TCPServer(["127.0.0.1", 0], Upper);
  const controller = new AbortController();
  const serving = server.serve_forever(600, { signal: controller.signal });
  for (const word of ["one\n", "two\n"]) {
    using c = await ask(server, word);
    assertEquals(dec(await c.recv(10)), word.toUpperCase());
  }
  controller.abort("stop");
  assertEquals(await rejected(() => serving), "stop");
  assertEquals(served, ["one\n", "two\n"]);
});

test("handle_request() aborted rejects with the reason, takes no request and skips handle_timeout()", async () => {
  served.length = 0;
  let timeouts = 0;
  class Timed extends socketserver.TCPServer {
    static override timeout = 0.2;
    override handle_timeout() {
      timeouts++;
    }
  }
  await using server = new Timed(["127.0.0.1", 0], Upper);
  const controller = new AbortController();
  const pending = server.handle_request({ signal: controller.signal });
  controller.abort("stop");
  assertEquals(await rejected(() => pending), "stop");
  await new Promise((r) => setTimeout(r, 300));
  assertEquals(timeouts, 0);
  using c = await ask(server, "next\n");
  await server.handle_request();
  assertEquals(dec(await c.recv(10)), "NEXT\n");
  await server.handle_request();
  assertEquals(timeouts, 1);
});

test("a signal aborted already: serve_forever() and handle_request() reject before taking the queued request", async () => {
  served.length = 0;
  await using server = new socketserver.TCPServer(["127.0.0.1", 0], Upper);
  using c = await ask(server, "queued\n");
  const signal = AbortSignal.abort("early");
  assertEquals(
    await rejected(() => server.serve_forever(0.05, { signal })),
    "early",
  );
  assertEquals(
    await rejected(() => server.handle_request({ signal })),
    "early",
  );
  assertEquals(served, []);
  await server.handle_request();
  assertEquals(dec(await c.recv(10)), "QUEUED\n");
});

test("serve_forever() and handle_request() take only an AbortSignal", async () => {
  await using server = new socketserver.TCPServer(["127.0.0.1", 0], Upper);
  const bad = { signal: "x" } as unknown as socket.WaitOptions;
  for (
    const [name, call] of [
      ["serve_forever", () => server.serve_forever(0.05, bad)],
      ["handle_request", () => server.handle_request(bad)],
    ] as const
  ) {
    const e = await rejected(call);
    assert(e instanceof TypeError, String(e));
    assertEquals(
      e.message,
      `${name}() argument 'signal' must be AbortSignal or None, not str`,
    );
  }
});
