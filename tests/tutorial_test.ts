// The tutorial's programs (examples/) as its readers run them: each pair
// against itself and against the tutorial's own Python programs
// (tests/peers/tutorial/), both directions, with the tutorial's command
// lines, the printed output compared with what Python prints for the same
// input. Then load: 100 concurrent clients against each server, python3
// ones too, and 500 non-blocking sockets through one DefaultSelector.

import { assert, assertEquals, assertStringIncludes } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { Message, type Request } from "../examples/_libclient.ts";
import { decode, encode, withDeadline } from "./_select_helpers.ts";
import { refusedPort } from "./_helpers.ts";
import {
  exampleArgs,
  normalize,
  pythonName,
  run as runSide,
  serve as serveSide,
  type Side,
} from "./_tutorial.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const PEERS = new URL("./peers/", import.meta.url).pathname;

/** A running server: its port, and a stop that reaps it and its output. */
interface Server {
  port: number;
  stop(): Promise<void>;
}

async function serve(cmd: string, args: string[]): Promise<Server> {
  const child = new Deno.Command(cmd, {
    args,
    cwd: ROOT,
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`${args.join(" ")} exited: ${text}`);
    text += value;
  }
  // The Deno examples print "Listening on ('127.0.0.1', PORT)"; the python
  // peers print the port alone.
  const port = Number(/(\d+)\)?\s*$/.exec(text.split("\n")[0]!)![1]);
  const rest = (async () => {
    while (!(await reader.read()).done);
  })();
  return {
    port,
    async stop() {
      child.kill("SIGTERM");
      await child.status;
      await rest;
    },
  };
}

const denoServer = (example: string) =>
  serve(Deno.execPath(), exampleArgs(example, ["127.0.0.1", "0"]));
const pythonServer = (peer: string) => serve("python3", [PEERS + peer]);

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, {
    args,
    cwd: ROOT,
    stdin: "null",
    stderr: "inherit",
  }).output();
  const text = decode(out.stdout);
  assertEquals(out.code, 0, text);
  return text;
}

// ---- the multi-connection echo pair ---------------------------------------

/** The bytes each `Received …` line of multiconn_client reports, by connid. */
function receivedByConnection(output: string): Map<number, number> {
  const totals = new Map<number, number>();
  for (
    const [, body, id] of output.matchAll(
      /^Received b'(.*)' from connection (\d+)$/gm,
    )
  ) {
    totals.set(Number(id), (totals.get(Number(id)) ?? 0) + body!.length);
  }
  return totals;
}

const MESSAGE_TOTAL = "Message 1 from client.Message 2 from client.".length;

// Runs examples/multiconn_client.ts against `port`; every connection must
// get both of its messages back.
async function assertMulticonnClientServed(
  port: number,
  conns: number,
): Promise<void> {
  const out = await run(
    Deno.execPath(),
    exampleArgs("multiconn_client.ts", [
      "127.0.0.1",
      String(port),
      String(conns),
    ]),
  );
  const totals = receivedByConnection(out);
  assertEquals(totals.size, conns);
  for (const total of totals.values()) assertEquals(total, MESSAGE_TOTAL);
}

Deno.test("multiconn_client with 100 connections against multiconn_server", async () => {
  await withDeadline(60_000, async () => {
    const server = await denoServer("multiconn_server.ts");
    try {
      await assertMulticonnClientServed(server.port, 100);
    } finally {
      await server.stop();
    }
  });
});

Deno.test("100 python3 clients against multiconn_server get every byte back", async () => {
  await withDeadline(60_000, async () => {
    const server = await denoServer("multiconn_server.ts");
    try {
      const out = await run("python3", [
        PEERS + "multiconn_clients.py",
        String(server.port),
        "100",
      ]);
      assertEquals(out.trim(), "ok 100");
    } finally {
      await server.stop();
    }
  });
});

Deno.test("multiconn_client with 100 connections against a python3 multiconn server", async () => {
  await withDeadline(60_000, async () => {
    const server = await pythonServer("multiconn_server.py");
    try {
      await assertMulticonnClientServed(server.port, 100);
    } finally {
      await server.stop();
    }
  });
});

Deno.test("500 non-blocking sockets through one DefaultSelector: multiconn_server echoes every byte", async () => {
  await withDeadline(120_000, async () => {
    const server = await denoServer("multiconn_server.ts");
    interface Conn {
      expected: Uint8Array;
      outb: Uint8Array;
      got: Uint8Array;
      have: number;
    }
    const sel = new socket.DefaultSelector<Conn>();
    const socks: socket.Socket[] = [];
    const connect = async (connid: number) => {
      const sock = socket.socket();
      socks.push(sock);
      sock.setblocking(false);
      assertEquals(await sock.connect_ex(["127.0.0.1", server.port]), 115);
      // Every connection's bytes differ; every 50th sends 64 KiB, more
      // than one send or recv can move.
      const size = connid % 50 === 0 ? 65536 : 20 + connid % 300;
      const expected = new Uint8Array(size);
      for (let i = 0; i < size; i++) expected[i] = (connid * 31 + i * 7) & 0xff;
      sel.register(sock, socket.EVENT_READ | socket.EVENT_WRITE, {
        expected,
        outb: expected,
        got: new Uint8Array(size),
        have: 0,
      });
    };
    try {
      // Connections open in waves of 100, the next once the server has
      // answered every one of the last: 500 SYNs at once would overflow the
      // server's listen(128) queue, and Linux then resets some (failed SYN
      // cookies), in Python as here. Finished sockets stay open, so all 500
      // are open together at the end.
      let finished = 0;
      for (let round = 0; round < 100_000 && finished < 500; round++) {
        if (socks.length < 500 && socks.every((s) => answered(s))) {
          for (let i = 0; i < 100; i++) await connect(socks.length + 1);
        }
        for (const [key, mask] of await sel.select(5)) {
          const sock = key.fileobj;
          const data = key.data!;
          if (mask & socket.EVENT_READ) {
            const recv_data = await sock.recv(4096);
            assert(recv_data.length > 0, "server closed early");
            data.got.set(recv_data, data.have);
            data.have += recv_data.length;
            if (data.have === data.expected.length) {
              assertEquals(data.got, data.expected);
              sel.unregister(sock);
              finished++;
              continue;
            }
          }
          if (mask & socket.EVENT_WRITE && data.outb.length > 0) {
            const sent = await sock.send(data.outb);
            data.outb = data.outb.subarray(sent);
            if (data.outb.length === 0) {
              sel.modify(sock, socket.EVENT_READ, data);
            }
          }
        }
      }
      assertEquals(finished, 500);
      assertEquals(socks.filter((s) => s.fileno() !== -1).length, 500);
    } finally {
      sel.close();
      for (const sock of socks) sock.close();
      await server.stop();
    }

    function answered(sock: socket.Socket): boolean {
      const key = sel.get_map()!.get(sock.fileno());
      return key === undefined || key.data!.have > 0;
    }
  });
});

// ---- the application pair --------------------------------------------------

const SEARCH: Record<string, string> = {
  "morpheus": "Follow the white rabbit. \u{1f430}",
  "ring": "In the caves beneath the Misty Mountains. \u{1f48d}",
  "\u{1f436}": "\u{1f43e} Playing ball! \u{1f3d0}",
};
const searchValue = (i: number) =>
  ["morpheus", "ring", "\u{1f436}", `x${i}`][i % 4]!;
const binaryValue = (i: number) =>
  `binary${String(i).padStart(6, "0")}-payload`;

/** Request `i` of the 100 (the scheme of tests/peers/app_clients.py). */
function request(i: number): Request {
  switch (i % 3) {
    case 0:
      return {
        type: "text/json",
        encoding: "utf-8",
        content: { action: "search", value: searchValue(i) },
      };
    case 1:
      // Not one of the tutorial's actions: the server says so.
      return {
        type: "text/json",
        encoding: "utf-8",
        content: { action: "double", value: i },
      };
    default:
      return {
        type: "binary/custom-client-binary-type",
        encoding: "binary",
        content: encode(binaryValue(i)),
      };
  }
}

/** The answer to request `i`. */
function expected(i: number): unknown {
  switch (i % 3) {
    case 0:
      return SEARCH[searchValue(i)] ?? `No match for '${searchValue(i)}'.`;
    case 1:
      return "Error: invalid action 'double'.";
    default:
      return "First 10 bytes of request: " + binaryValue(i).slice(0, 10);
  }
}

/** 100 concurrent libclient Messages through one selector, in this process. */
async function appClients(port: number, n: number): Promise<unknown[]> {
  const sel = new socket.DefaultSelector<Message>();
  const messages: Message[] = [];
  const quiet = () => {};
  try {
    for (let i = 0; i < n; i++) {
      const sock = socket.socket();
      sock.setblocking(false);
      await sock.connect_ex(["127.0.0.1", port]);
      const message = new Message(
        sel,
        sock,
        ["127.0.0.1", port],
        request(i),
        quiet,
      );
      messages.push(message);
      sel.register(sock, socket.EVENT_READ | socket.EVENT_WRITE, message);
    }
    for (let round = 0; round < 100_000 && sel.get_map()!.size > 0; round++) {
      for (const [key, mask] of await sel.select(5)) {
        await key.data!.process_events(mask);
      }
    }
  } finally {
    sel.close();
    for (const message of messages) message.sock?.close();
  }
  return messages.map(({ response }) =>
    response instanceof Uint8Array
      ? decode(response)
      : (response as { result: unknown }).result
  );
}

const ALL = Array.from({ length: 100 }, (_, i) => expected(i));

Deno.test("100 concurrent libclient Messages against app_server", async () => {
  await withDeadline(60_000, async () => {
    const server = await denoServer("app_server.ts");
    try {
      assertEquals(await appClients(server.port, 100), ALL);
    } finally {
      await server.stop();
    }
  });
});

Deno.test("100 concurrent python3 app clients against app_server", async () => {
  await withDeadline(60_000, async () => {
    const server = await denoServer("app_server.ts");
    try {
      const out = await run("python3", [
        PEERS + "app_clients.py",
        String(server.port),
        "100",
      ]);
      const lines = out.trim().split("\n");
      assertEquals(lines.pop(), "ok 100");
      assertEquals(lines.map((line) => JSON.parse(line)[1]), ALL);
    } finally {
      await server.stop();
    }
  });
});

Deno.test("100 concurrent libclient Messages against a python3 app server", async () => {
  await withDeadline(60_000, async () => {
    const server = await pythonServer("app_server.py");
    try {
      assertEquals(await appClients(server.port, 100), ALL);
    } finally {
      await server.stop();
    }
  });
});

// ---- the tutorial's command lines, output for output -----------------------

const SIDES: Side[] = ["deno", "python"];

/** Each Side of `servers` × `clients`: the pairs a test runs. */
const pairs = (): [Side, Side][] =>
  SIDES.flatMap((server) =>
    SIDES.map((client) => [server, client] as [Side, Side])
  );

Deno.test("echo pair: echo_server.ts and echo_client.ts print what echo-server.py and echo-client.py print, in all four pairings", async () => {
  await withDeadline(60_000, async () => {
    for (const [serverSide, clientSide] of pairs()) {
      const port = refusedPort();
      const server = await serveSide(serverSide, "echo_server.ts", [], port, {
        port,
      });
      const client = await runSide(clientSide, "echo_client.ts", [], { port });
      const served = await server.ended;
      const pair = `${serverSide} server, ${clientSide} client`;
      assertEquals([client.code, client.stdout], [
        0,
        "Received b'Hello, world'\n",
      ], pair);
      // The tutorial's server serves one client, then exits.
      assertEquals(
        [served.code, normalize(served.stdout, port)],
        [0, "Connected by ('127.0.0.1', E)\n"],
        pair,
      );
    }
  });
});

// The lines of multiconn-client.py, per connection, with the Received lines
// of each connection joined: how recv() splits the echo is up to timing.
function multiconnClientLines(output: string): string[] {
  const lines = new Map<string, string[]>();
  const received = new Map<string, string>();
  const other: string[] = [];
  for (const line of output.trimEnd().split("\n")) {
    const got = /^Received b'(.*)' from connection (\d+)$/.exec(line);
    if (got) {
      received.set(got[2]!, (received.get(got[2]!) ?? "") + got[1]);
      continue;
    }
    const id = /^(?:Starting|Sending b'.*' to|Closing) connection (\d+)/.exec(
      line,
    )?.[1];
    if (id === undefined) other.push(line);
    else lines.set(id, [...(lines.get(id) ?? []), line]);
  }
  return [
    ...other,
    ...[...lines.keys()].sort().flatMap((id) => [
      ...lines.get(id)!,
      `received on ${id}: ${received.get(id) ?? ""}`,
    ]),
  ];
}

// The lines of multiconn-server.py, per client, the Echoing lines joined.
function multiconnServerLines(output: string, port: number): string[] {
  const byClient = new Map<string, string[]>();
  const other: string[] = [];
  for (const line of output.trimEnd().split("\n")) {
    const client = /\('127\.0\.0\.1', (\d+)\)$/.exec(line)?.[1];
    if (client === undefined || Number(client) === port) {
      other.push(line);
      continue;
    }
    const group = byClient.get(client) ?? [];
    const echo = /^Echoing b'(.*)' to/.exec(line);
    const last = group.at(-1);
    if (echo && last?.startsWith("Echoing ")) {
      group[group.length - 1] = last + echo[1];
    } else group.push(echo ? `Echoing ${echo[1]}` : line);
    byClient.set(client, group);
  }
  const clients = [...byClient.values()].map((g) =>
    normalize(g.join(" | "), port)
  );
  return [...other, ...clients.sort()];
}

Deno.test("multiconn pair: multiconn_server.ts and multiconn_client.ts print what the tutorial's Python programs print, in all four pairings", async () => {
  await withDeadline(90_000, async () => {
    const clientLines: Record<string, string[]> = {};
    const serverLines: Record<string, string[]> = {};
    for (const serverSide of SIDES) {
      const port = refusedPort();
      const server = await serveSide(serverSide, "multiconn_server.ts", [
        "127.0.0.1",
        String(port),
      ], port);
      for (const clientSide of SIDES) {
        const client = await runSide(clientSide, "multiconn_client.ts", [
          "127.0.0.1",
          String(port),
          "3",
        ]);
        assertEquals(client.code, 0, client.stderr);
        clientLines[`${serverSide} server, ${clientSide} client`] =
          multiconnClientLines(client.stdout)
            .map((line) => line.replace(String(port), "P"));
      }
      const served = await server.stop();
      assertEquals(served.code, 0, served.stderr);
      serverLines[serverSide] = multiconnServerLines(served.stdout, port)
        .map((line) => line.replace(String(port), "P"));
    }
    const python = clientLines["python server, python client"]!;
    assertEquals(python.length, 3 * 5, python.join("\n"));
    for (const [pair, lines] of Object.entries(clientLines)) {
      assertEquals(lines, python, pair);
    }
    assertEquals(serverLines.deno, serverLines.python);
    assertEquals(serverLines.python!.length, 1 + 6 + 1);
  });
});

const APP_REQUESTS = [
  ["search", "morpheus"],
  ["search", "ring"],
  ["search", "\u{1f436}"],
  ["search", "nothing"],
  ["search", ""],
  ["search", 'it\'s "quoted"\\'],
  ["double", "21"],
  ["binary", "\u00e9t\u00e9 abcdefghijk"],
];

Deno.test("app pair: app_server.ts and app_client.ts put the same bytes on the wire and print what app-server.py and app-client.py print, in all four pairings", async () => {
  await withDeadline(120_000, async () => {
    const servers: Record<string, string> = {};
    const clients: Record<string, string> = {};
    for (const serverSide of SIDES) {
      const port = refusedPort();
      const server = await serveSide(serverSide, "app_server.ts", [
        "127.0.0.1",
        String(port),
      ], port);
      for (const request of APP_REQUESTS) {
        for (const clientSide of SIDES) {
          const client = await runSide(clientSide, "app_client.ts", [
            "127.0.0.1",
            String(port),
            ...request,
          ]);
          assertEquals(client.code, 0, client.stderr);
          clients[
            `${request.join(" ")}: ${serverSide} server, ${clientSide} client`
          ] = client.stdout.replaceAll(String(port), "P");
        }
      }
      const served = await server.stop();
      assertEquals(served.code, 0, served.stderr);
      servers[serverSide] = normalize(served.stdout, port).replaceAll(
        String(port),
        "P",
      );
    }
    assertEquals(servers.deno, servers.python);
    for (const request of APP_REQUESTS) {
      const key = (s: Side, c: Side) =>
        `${request.join(" ")}: ${s} server, ${c} client`;
      const python = clients[key("python", "python")]!;
      for (const [s, c] of pairs()) {
        assertEquals(clients[key(s, c)], python, key(s, c));
      }
    }
    // The tutorial's own example of a session.
    assertStringIncludes(
      clients["search morpheus: deno server, deno client"]!,
      `Sending b'\\x00g{"byteorder": "little", "content-type": "text/json", "content-encoding": "utf-8", "content-length": 41}{"action": "search", "value": "morpheus"}' to ('127.0.0.1', P)\n` +
        "Received response {'result': 'Follow the white rabbit. \u{1f430}'} from ('127.0.0.1', P)\n" +
        "Got result: Follow the white rabbit. \u{1f430}\n",
    );
  });
});

Deno.test("a wrong count of arguments prints the tutorial's usage line and exits 1, as the Python programs do", async () => {
  await withDeadline(60_000, async () => {
    const cases: [string, string[]][] = [
      ["multiconn_server.ts", []],
      ["multiconn_server.ts", ["127.0.0.1"]],
      ["multiconn_client.ts", ["127.0.0.1", "65432"]],
      ["app_server.ts", ["127.0.0.1", "65432", "x"]],
      ["app_client.ts", ["127.0.0.1", "65432", "search"]],
    ];
    for (const [example, args] of cases) {
      const [deno, python] = await Promise.all(
        SIDES.map((side) => runSide(side, example, args)),
      );
      assertEquals(python!.code, 1);
      assertEquals(
        [deno!.code, deno!.stdout.split("\n")[0]],
        [1, python!.stdout.trimEnd().replace(pythonName(example), example)],
        `${example} ${args.join(" ")}`,
      );
    }
  });
});
