// A socket's state after a connect that is still in progress, refused
// without anyone told, or refused and reported (issue 11, part 4): every
// call in every state, differential against python3 running the same
// sequences on the same ports.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { refusedPort, withDeadline } from "./_helpers.ts";
import { firstLine, python } from "./_select_helpers.ts";

// How the socket is brought into its state before the sequence runs.
type Start =
  | "fresh"
  | "refused, non-blocking" // connect_ex to a closed port, then a pause
  | "refused, blocking" // connect() with no timeout, refused
  | "refused, timed" // connect() with a timeout, refused
  | "in progress" // non-blocking connect_ex to a full listener
  | "in progress, then timeout 0.2" // the same, then settimeout(0.2)
  | "connected, non-blocking"; // connect_ex to a listener, then a pause

type Call =
  | "recv"
  | "recv_into"
  | "send"
  | "sendall"
  | "getpeername"
  | "SO_ERROR"
  | "connect"
  | "connect_ex"
  | "shutdown";

const SEQUENCES: [Start, Call[]][] = [
  ["fresh", [
    "recv",
    "send",
    "sendall",
    "recv_into",
    "getpeername",
    "SO_ERROR",
  ]],
  ["refused, non-blocking", ["recv", "recv", "send"]],
  ["refused, non-blocking", ["send", "send", "recv"]],
  ["refused, non-blocking", ["sendall", "sendall"]],
  ["refused, non-blocking", ["recv_into", "recv_into"]],
  ["refused, non-blocking", ["SO_ERROR", "SO_ERROR", "recv", "send"]],
  ["refused, non-blocking", ["connect", "connect"]],
  ["refused, non-blocking", ["connect_ex", "connect_ex", "recv"]],
  ["refused, non-blocking", ["getpeername", "shutdown", "recv"]],
  ["refused, non-blocking", ["recv", "connect_ex", "connect_ex"]],
  ["refused, non-blocking", ["send", "connect"]],
  ["refused, non-blocking", ["SO_ERROR", "connect_ex"]],
  ["refused, non-blocking", ["connect", "recv", "send"]],
  ["refused, non-blocking", ["connect_ex", "recv", "send", "getpeername"]],
  ["refused, blocking", [
    "recv",
    "send",
    "SO_ERROR",
    "getpeername",
    "connect_ex",
  ]],
  ["refused, timed", ["recv", "send", "SO_ERROR", "getpeername", "recv"]],
  ["in progress", [
    "recv",
    "send",
    "sendall",
    "recv_into",
    "getpeername",
    "SO_ERROR",
    "connect",
    "connect_ex",
  ]],
  ["in progress", ["shutdown", "getpeername"]],
  ["in progress, then timeout 0.2", ["recv", "send", "connect"]],
  ["connected, non-blocking", [
    "connect_ex",
    "connect_ex",
    "connect",
    "getpeername",
    "SO_ERROR",
    "recv",
    "send",
  ]],
  ["connected, non-blocking", ["connect", "connect_ex", "shutdown", "recv"]],
];

type Result = [string, unknown];

// The same sequences in CPython; argv: the refused port, the full
// listener's port, the open listener's port, the sequences as JSON.
const ORACLE = String.raw`
import json, socket, sys, time
refused, full, open_ = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
def call(s, name, port):
    try:
        if name == "recv": v = s.recv(10).hex()
        elif name == "recv_into": v = s.recv_into(bytearray(4))
        elif name == "send": v = s.send(b"x")
        elif name == "sendall": v = s.sendall(b"x")
        elif name == "getpeername": v = list(s.getpeername())
        elif name == "SO_ERROR": v = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        elif name == "connect": v = s.connect(("127.0.0.1", port))
        elif name == "connect_ex": v = s.connect_ex(("127.0.0.1", port))
        elif name == "shutdown": v = s.shutdown(socket.SHUT_RDWR)
        return ["ok", v]
    except OSError as e:
        return [type(e).__name__, e.errno, str(e)]
out = []
for start, seq in json.loads(sys.argv[4]):
    s = socket.socket()
    port = full if start.startswith("in progress") else open_ if start.startswith("connected") else refused
    if start in ("refused, non-blocking", "connected, non-blocking"):
        s.setblocking(False); s.connect_ex(("127.0.0.1", port))
    elif start == "refused, blocking":
        s.connect_ex(("127.0.0.1", port))
    elif start == "refused, timed":
        s.settimeout(1); s.connect_ex(("127.0.0.1", port))
    elif start.startswith("in progress"):
        s.setblocking(False); s.connect_ex(("127.0.0.1", port)); time.sleep(0.05)
        if start.endswith("0.2"): s.settimeout(0.2)
    out.append([call(s, name, port) for name in seq])
    s.close()
print(json.dumps(out))
`;

// A listener whose queue is full (connects to it stay in SYN_SENT), and
// one that queues connects (they complete, never accepted).
const FULL_LISTENER = String.raw`
import socket, sys, time
o = socket.socket(); o.bind(("127.0.0.1", 0)); o.listen(64)
l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(0)
fill = []
for i in range(3):
    f = socket.socket(); f.setblocking(False); f.connect_ex(l.getsockname()); fill.append(f)
time.sleep(0.1)
print(l.getsockname()[1], o.getsockname()[1], flush=True)
time.sleep(60)
`;

async function ours(
  start: Start,
  seq: Call[],
  refused: number,
  full: number,
  open: number,
): Promise<Result[]> {
  const s = socket.socket();
  const port = start.startsWith("in progress")
    ? full
    : start.startsWith("connected")
    ? open
    : refused;
  const address = ["127.0.0.1", port] as [string, number];
  try {
    if (
      start === "refused, non-blocking" ||
      start === "connected, non-blocking" || start.startsWith("in progress")
    ) {
      s.setblocking(false);
      await s.connect_ex(address);
      // Right after connect_ex, as the oracle reads it (a connect in
      // progress is given the oracle's pause).
      if (start.startsWith("in progress")) {
        await new Promise((r) => setTimeout(r, 50));
      }
      if (start.endsWith("0.2")) s.settimeout(0.2);
    } else if (start === "refused, blocking") {
      await s.connect_ex(address);
    } else if (start === "refused, timed") {
      s.settimeout(1);
      await s.connect_ex(address);
    }
    const out: Result[] = [];
    for (const name of seq) out.push(await ourCall(s, name, address));
    return out;
  } finally {
    s.close();
  }
}

async function ourCall(
  s: socket.Socket,
  name: Call,
  address: [string, number],
): Promise<Result> {
  try {
    let v: unknown;
    switch (name) {
      case "recv":
        v = [...await s.recv(10)].map((b) => b.toString(16).padStart(2, "0"))
          .join("");
        break;
      case "recv_into":
        v = await s.recv_into(new Uint8Array(4));
        break;
      case "send":
        v = await s.send(new Uint8Array([120]));
        break;
      case "sendall":
        v = (await s.sendall(new Uint8Array([120]))) ?? null;
        break;
      case "getpeername":
        v = s.getpeername();
        break;
      case "SO_ERROR":
        v = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR);
        break;
      case "connect":
        v = (await s.connect(address)) ?? null;
        break;
      case "connect_ex":
        v = await s.connect_ex(address);
        break;
      case "shutdown":
        v = s.shutdown(socket.SHUT_RDWR) ?? null;
        break;
    }
    return ["ok", v];
  } catch (e) {
    if (e instanceof socket.OSError) {
      return [e.constructor.name, e.errno, String(e)] as unknown as Result;
    }
    throw e;
  }
}

Deno.test("every call in every state of a connecting socket, as python3", async () => {
  await withDeadline(60000, async () => {
    await using full = python(FULL_LISTENER);
    const [ports] = await firstLine(full);
    const [port, openPort] = ports.split(" ") as [string, string];
    const fullPort = Number(port);
    const refused = refusedPort();
    const oracle = await new Deno.Command("python3", {
      args: [
        "-c",
        ORACLE,
        String(refused),
        port,
        openPort,
        JSON.stringify(SEQUENCES),
      ],
      stdout: "piped",
    }).output();
    assert(oracle.success, "python3 ran the sequences");
    const expected = JSON.parse(new TextDecoder().decode(oracle.stdout));
    const got: Result[][] = [];
    for (const [start, seq] of SEQUENCES) {
      got.push(await ours(start, seq, refused, fullPort, Number(openPort)));
    }
    for (let i = 0; i < SEQUENCES.length; i++) {
      assertEquals(
        got[i],
        expected[i],
        `${SEQUENCES[i]![0]}: ${SEQUENCES[i]![1].join(", ")}`,
      );
    }
  });
});

Deno.test("the tutorial's multiconn client started with no server dies with ConnectionRefusedError: [Errno 111]", async () => {
  await withDeadline(30000, async () => {
    const port = refusedPort();
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-N",
        new URL("../examples/multiconn_client.ts", import.meta.url).pathname,
        "127.0.0.1",
        String(port),
        "2",
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(out.code, 1);
    const stderr = new TextDecoder().decode(out.stderr);
    assert(
      stderr.includes("ConnectionRefusedError: [Errno 111] Connection refused"),
      stderr,
    );
  });
});
