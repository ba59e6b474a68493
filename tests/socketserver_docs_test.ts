// The programs of Python's socketserver documentation, ported to
// examples/socketserver/, run against the documentation's own Python
// programs (tests/peers/socketserver_docs.py) in every pairing: each
// TypeScript server with the Python client and the TypeScript client, each
// Python server with both clients. Every pairing must print what the
// all-Python pairing prints, on both sides.

import { assertEquals } from "./_assert.ts";
import { withDeadline } from "./_helpers.ts";
import { exampleArgs } from "./_tutorial.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const PEER = new URL("./peers/socketserver_docs.py", import.meta.url).pathname;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type Side = "deno" | "python";

function command(side: Side, example: string, mode: string, args: string[]) {
  return side === "deno"
    ? new Deno.Command(Deno.execPath(), {
      args: exampleArgs(`socketserver/${example}`, args),
      cwd: ROOT,
    })
    : new Deno.Command("python3", {
      args: ["-u", PEER, mode, ...positional(args)],
      cwd: ROOT,
    });
}

// The Python peer takes HOST PORT words; the examples take flags.
function positional(args: string[]): string[] {
  const [, host, , port, ...words] = args;
  return [host!, port!, ...words];
}

/** Starts a server on a free port; `stop()` ends it and returns its stdout. */
async function startServer(side: Side, example: string, mode: string) {
  const child = new Deno.Command(
    side === "deno" ? Deno.execPath() : "python3",
    {
      args: side === "deno"
        ? exampleArgs(`socketserver/${example}`, ["--port", "0"])
        : ["-u", PEER, mode, "localhost", "0"],
      cwd: ROOT,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    },
  ).spawn();
  // The first line on stderr: Serving on ('127.0.0.1', PORT).
  const errors = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  let banner = "";
  while (!banner.includes("\n")) {
    const { value, done } = await errors.read();
    if (done) throw new Error(`${example} exited: ${banner}`);
    banner += value;
  }
  const port = Number(/(\d+)\)\s*$/.exec(banner.split("\n")[0]!)![1]);
  const stdout = new Response(child.stdout).text();
  const rest = (async () => {
    while (!(await errors.read()).done);
  })();
  return {
    port,
    async stop(): Promise<string> {
      child.kill("SIGTERM");
      await child.status;
      await rest;
      return await stdout;
    },
  };
}

async function runClient(
  side: Side,
  example: string,
  mode: string,
  port: number,
  words: string[],
): Promise<string> {
  const out = await command(side, example, mode, [
    "--host",
    "localhost",
    "--port",
    String(port),
    ...words,
  ]).output();
  assertEquals(out.code, 0, decode(out.stderr));
  return decode(out.stdout);
}

interface Pairing {
  server: string;
  serverMode: string;
  client: string;
  clientMode: string;
}

const PAIRINGS: Record<string, Pairing> = {
  "TCP server, BaseRequestHandler": {
    server: "tcp_server.ts",
    serverMode: "tcp-server",
    client: "tcp_client.ts",
    clientMode: "tcp-client",
  },
  "TCP server, StreamRequestHandler": {
    server: "stream_server.ts",
    serverMode: "stream-server",
    client: "tcp_client.ts",
    clientMode: "tcp-client",
  },
  "UDP server": {
    server: "udp_server.ts",
    serverMode: "udp-server",
    client: "udp_client.ts",
    clientMode: "udp-client",
  },
};

const WORDS = ["hello", "world", "it's", "ünïcode", "tab\there"];

for (const [name, p] of Object.entries(PAIRINGS)) {
  Deno.test(`socketserver docs: ${name}, every pairing prints what Python's prints`, async () => {
    await withDeadline(60_000, async () => {
      const outputs = new Map<string, [string, string]>();
      for (const serverSide of ["python", "deno"] as const) {
        for (const clientSide of ["python", "deno"] as const) {
          const server = await startServer(serverSide, p.server, p.serverMode);
          let client: string;
          try {
            client = await runClient(
              clientSide,
              p.client,
              p.clientMode,
              server.port,
              WORDS,
            );
          } finally {
            outputs.set(`${serverSide} server, ${clientSide} client`, [
              await server.stop(),
              client!,
            ]);
          }
        }
      }
      const expected = outputs.get("python server, python client")!;
      // The Python pair is the reference: it must have done the work.
      assertEquals(expected[1].split("\n")[0], `Sent:     ${WORDS.join(" ")}`);
      for (const [pairing, got] of outputs) {
        assertEquals(got, expected, pairing);
      }
    });
  });
}

// Python names threads, the port names tasks; nothing else may differ.
function tasksAsThreads(output: string): string {
  return output.replaceAll("in thread:", "in task:")
    .replaceAll(" (process_request_thread)", "")
    .replaceAll(/Thread-(\d+)/g, "Task-$1");
}

Deno.test("socketserver docs: the ThreadingMixIn example prints what Python's prints", async () => {
  await withDeadline(60_000, async () => {
    const [deno, python] = await Promise.all([
      command("deno", "threaded.ts", "threaded", []).output(),
      new Deno.Command("python3", {
        args: ["-u", PEER, "threaded", "localhost", "0"],
      }).output(),
    ]);
    assertEquals(deno.code, 0, decode(deno.stderr));
    assertEquals(python.code, 0, decode(python.stderr));
    assertEquals(decode(python.stdout).split("\n").length, 5);
    assertEquals(decode(deno.stdout), tasksAsThreads(decode(python.stdout)));
  });
});
