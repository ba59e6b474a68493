// One benchmark workload run through this module ("module"; "ffi" for its
// native entry) or raw Deno ("raw": Deno.connect/Deno.listen,
// conn.read/write into reused buffers):
// `deno run -A bench/workers/deno.ts <workload> <impl> key=value…`.
// Prints one JSON line; server roles print {"port"} first and serve until
// killed. An API this tree does not have yet prints {"unavailable"}.

import * as defaultEntry from "@pysocket/socket";
import type * as defaultSsl from "@pysocket/socket/ssl";
import { deadline, parseArgs, report, type WorkerArgs } from "./_args.ts";

type Entry = typeof defaultEntry;
type Socket = defaultEntry.Socket;

// The "ffi" column runs the same code over the native entry; a tree
// without one reports n/a. The specifier is a variable so that such a tree
// still type-checks.
const NATIVE = "@pysocket/socket/ffi";
const loaded: Entry | null = Deno.args[1] === "ffi"
  ? await import(NATIVE).then((m: Entry) => m, () => null)
  : defaultEntry;
if (loaded === null) {
  report({ unavailable: "no ffi entry in this tree" });
  Deno.exit(0);
}
const socket: Entry = loaded;

const HOST = "127.0.0.1";
const CHUNK = 65536;

// Untimed warm-up before the clock starts, the same in every column: a
// fresh connection's TCP window and a fresh process's JIT otherwise weigh
// on the figure as much as the code under test.
const warmBytes = (total: number): number =>
  Math.min(Math.floor(total / 16 / CHUNK) * CHUNK, 64 << 20);
const warmRounds = (rounds: number): number => Math.floor(rounds / 10);

// ---- this module ----------------------------------------------------------

async function modulePair(): Promise<[Socket, Socket]> {
  using srv = socket.socket();
  srv.bind([HOST, 0]);
  srv.listen();
  const client = socket.socket();
  await client.connect(srv.getsockname());
  const [conn] = await srv.accept();
  return [client, conn];
}

async function moduleBulk(
  total: number,
  allocate: boolean,
  pair: () => Promise<[Socket, Socket]> = modulePair,
): Promise<number> {
  const [client, conn] = await pair();
  using _client = client, _conn = conn;
  const chunk = new Uint8Array(CHUNK).fill(7);
  const warm = warmBytes(total);
  const sending = (async () => {
    for (let sent = 0; sent < warm + total; sent += CHUNK) {
      await client.sendall(chunk);
    }
  })();
  const buf = new Uint8Array(CHUNK);
  let got = 0;
  let start = 0;
  while (got < warm + total) {
    if (start === 0 && got >= warm) start = performance.now();
    const n = allocate
      ? (await conn.recv(CHUNK)).length
      : await conn.recv_into(buf);
    if (n === 0) throw new Error("early EOF");
    got += n;
  }
  await sending;
  return (got - warm) / 1e3 / (performance.now() - start);
}

async function moduleEcho(conn: Socket): Promise<void> {
  try {
    for (;;) {
      const data = await conn.recv(CHUNK);
      if (data.length === 0) break;
      await conn.sendall(data);
    }
  } catch {
    // The peer went away: nothing to echo.
  } finally {
    conn.close();
  }
}

async function modulePingPong(
  client: Socket,
  size: number,
  rounds: number,
): Promise<number> {
  const message = new Uint8Array(size).fill(1);
  const warm = warmRounds(rounds);
  let start = 0;
  for (let i = 0; i < warm + rounds; i++) {
    if (i === warm) start = performance.now();
    await client.sendall(message);
    for (let got = 0; got < size;) {
      const data = await client.recv(size - got);
      if (data.length === 0) throw new Error("early EOF");
      got += data.length;
    }
  }
  return rounds / (performance.now() - start) * 1000;
}

async function moduleInProcess(a: WorkerArgs): Promise<number> {
  const [client, conn] = await modulePair();
  if (a.num("timeout", 0) > 0) {
    client.settimeout(a.num("timeout", 0));
    conn.settimeout(a.num("timeout", 0));
  }
  const echo = moduleEcho(conn);
  const rate = await modulePingPong(
    client,
    a.num("size", 1),
    a.num("rounds", 1),
  );
  client.close();
  await echo;
  return rate;
}

function moduleListen(): Socket {
  const srv = socket.socket();
  srv.bind([HOST, 0]);
  srv.listen(4096);
  report({ port: (srv.getsockname() as [string, number])[1] });
  return srv;
}

async function moduleServe(): Promise<void> {
  using srv = moduleListen();
  for (;;) {
    const [conn] = await srv.accept();
    void moduleEcho(conn);
  }
}

// Python's selectors API as this module is expected to export it.
interface SelectorKeyLike {
  fileobj: Socket;
  data: unknown;
}
interface SelectorLike {
  register(fileobj: Socket, events: number, data?: unknown): unknown;
  unregister(fileobj: Socket): unknown;
  select(timeout?: number | null): Promise<[SelectorKeyLike, number][]>;
}
type SelectorClass = new () => SelectorLike;

async function moduleSelectServe(): Promise<void> {
  const api = socket as unknown as Record<string, unknown>;
  const Selector = api.DefaultSelector as SelectorClass | undefined;
  if (Selector === undefined) {
    return report({ unavailable: "no socket.DefaultSelector in this tree" });
  }
  const READ = (api.EVENT_READ as number | undefined) ?? 1;
  const sel = new Selector();
  using srv = moduleListen();
  srv.setblocking(false);
  sel.register(srv, READ, "listener");
  for (;;) {
    for (const [key] of await sel.select()) {
      if (key.data === "listener") {
        const [conn] = await srv.accept();
        conn.setblocking(false);
        sel.register(conn, READ, "conn");
        continue;
      }
      const conn = key.fileobj;
      const data = await conn.recv(CHUNK);
      if (data.length > 0) {
        await conn.sendall(data);
      } else {
        sel.unregister(conn);
        conn.close();
      }
    }
  }
}

async function modulePingPongServer(): Promise<void> {
  using srv = moduleListen();
  const [conn] = await srv.accept();
  await moduleEcho(conn);
}

async function modulePingPongClient(a: WorkerArgs): Promise<number> {
  using client = socket.socket();
  await client.connect([HOST, a.num("port", 0)]);
  return await modulePingPong(client, a.num("size", 1), a.num("rounds", 1));
}

async function moduleUdp(a: WorkerArgs): Promise<Record<string, unknown>> {
  let srv: Socket, client: Socket;
  try {
    srv = socket.socket(socket.AF_INET, 2 /* SOCK_DGRAM */);
    client = socket.socket(socket.AF_INET, 2 /* SOCK_DGRAM */);
  } catch (e) {
    return { unavailable: `UDP sockets: ${e}` };
  }
  using _srv = srv, _client = client;
  srv.bind([HOST, 0]);
  const to = srv.getsockname();
  return await udpLoop(a, {
    echo: async () => {
      const [data, from] = await srv.recvfrom(2048);
      await srv.sendto(data, from!);
    },
    send: (payload) => client.sendto(payload, to),
    receive: async () => (await client.recvfrom(2048))[0].length,
    close: () => {
      srv.close();
      client.close();
    },
  });
}

function conversion(op: string): (() => unknown) | null {
  const api = socket as unknown as Record<string, (...a: unknown[]) => unknown>;
  const fn = api[op];
  if (typeof fn !== "function") return null;
  const packed = new Uint8Array([192, 168, 1, 1]);
  switch (op) {
    case "inet_pton":
      return () => fn(socket.AF_INET, "192.168.1.1");
    case "inet_ntop":
      return () => fn(socket.AF_INET, packed);
    case "inet_aton":
      return () => fn("192.168.1.1");
    default:
      return () => fn(4660);
  }
}

function moduleConversions(a: WorkerArgs): Record<string, unknown> {
  const op = ["inet_pton", "inet_ntop", "htons", "inet_aton"][a.num("op", 0)]!;
  const call = conversion(op);
  if (call === null) return { unavailable: `no socket.${op} in this tree` };
  const n = a.num("n", 1e6);
  let sink: unknown;
  for (let i = 0; i < n / 10; i++) sink = call();
  const start = performance.now();
  for (let i = 0; i < n; i++) sink = call();
  const ms = performance.now() - start;
  return { value: n / ms * 1000, sink: String(sink).length };
}

// ---- raw Deno -------------------------------------------------------------

async function rawPair(): Promise<[Deno.Conn, Deno.Conn]> {
  using listener = Deno.listen({ hostname: HOST, port: 0 });
  const client = await Deno.connect({
    hostname: HOST,
    port: listener.addr.port,
  });
  return [client, await listener.accept()];
}

async function writeAll(conn: Deno.Conn, data: Uint8Array): Promise<void> {
  for (let off = 0; off < data.length;) {
    off += await conn.write(off === 0 ? data : data.subarray(off));
  }
}

// `allocate`: a fresh 64 KiB array per read, the best an allocating
// recv(65536) could do over Deno.
async function rawBulk(
  total: number,
  allocate: boolean,
  pair: () => Promise<[Deno.Conn, Deno.Conn]> = rawPair,
): Promise<number> {
  const [client, conn] = await pair();
  using _client = client, _conn = conn;
  const chunk = new Uint8Array(CHUNK).fill(7);
  const warm = warmBytes(total);
  const sending = (async () => {
    for (let sent = 0; sent < warm + total; sent += CHUNK) {
      await writeAll(client, chunk);
    }
  })();
  const reused = new Uint8Array(CHUNK);
  let got = 0;
  let start = 0;
  while (got < warm + total) {
    if (start === 0 && got >= warm) start = performance.now();
    const n = await conn.read(allocate ? new Uint8Array(CHUNK) : reused);
    if (n === null) throw new Error("early EOF");
    got += n;
  }
  await sending;
  return (got - warm) / 1e3 / (performance.now() - start);
}

async function rawEcho(conn: Deno.Conn): Promise<void> {
  // A 64 KiB buffer per connection, as a plain Deno echo server holds.
  const buf = new Uint8Array(CHUNK);
  try {
    for (;;) {
      const n = await conn.read(buf);
      if (n === null) break;
      await writeAll(conn, buf.subarray(0, n));
    }
  } catch {
    // The peer went away.
  } finally {
    conn.close();
  }
}

async function rawPingPong(
  client: Deno.Conn,
  size: number,
  rounds: number,
): Promise<number> {
  const message = new Uint8Array(size).fill(1);
  const buf = new Uint8Array(size);
  const warm = warmRounds(rounds);
  let start = 0;
  for (let i = 0; i < warm + rounds; i++) {
    if (i === warm) start = performance.now();
    await writeAll(client, message);
    for (let got = 0; got < size;) {
      const n = await client.read(buf.subarray(got));
      if (n === null) throw new Error("early EOF");
      got += n;
    }
  }
  return rounds / (performance.now() - start) * 1000;
}

async function rawInProcess(a: WorkerArgs): Promise<number> {
  const [client, conn] = await rawPair();
  const echo = rawEcho(conn);
  const rate = await rawPingPong(client, a.num("size", 1), a.num("rounds", 1));
  client.close();
  await echo;
  return rate;
}

function rawListen(): Deno.TcpListener {
  const listener = Deno.listen({ hostname: HOST, port: 0, tcpBacklog: 4096 });
  report({ port: listener.addr.port });
  return listener;
}

async function rawServe(): Promise<void> {
  using listener = rawListen();
  for await (const conn of listener) void rawEcho(conn);
}

async function rawPingPongServer(): Promise<void> {
  using listener = rawListen();
  await rawEcho(await listener.accept());
}

async function rawPingPongClient(a: WorkerArgs): Promise<number> {
  using client = await Deno.connect({ hostname: HOST, port: a.num("port", 0) });
  return await rawPingPong(client, a.num("size", 1), a.num("rounds", 1));
}

async function rawUdp(a: WorkerArgs): Promise<Record<string, unknown>> {
  if (typeof Deno.listenDatagram !== "function") {
    return { unavailable: "Deno.listenDatagram needs --unstable-net" };
  }
  const addr = { transport: "udp" as const, hostname: HOST, port: 0 };
  const srv = Deno.listenDatagram(addr);
  const client = Deno.listenDatagram(addr);
  const to = srv.addr;
  const buf = new Uint8Array(2048);
  return await udpLoop(a, {
    echo: async () => {
      const [data, from] = await srv.receive(buf);
      await srv.send(data, from);
    },
    send: (payload) => client.send(payload, to),
    receive: async () => (await client.receive(buf))[0].length,
    close: () => {
      srv.close();
      client.close();
    },
  });
}

// ---- UDP echo, 64 datagrams in flight -----------------------------------

interface UdpEnds {
  echo(): Promise<void>;
  send(payload: Uint8Array): Promise<unknown>;
  receive(): Promise<number>;
  close(): void;
}

// Echoes `count` datagrams keeping `window` in flight; a stall of one second
// counts what is still missing as lost and ends the run.
async function udpLoop(
  a: WorkerArgs,
  ends: UdpEnds,
): Promise<Record<string, unknown>> {
  const count = a.num("count", 1000);
  const window = a.num("window", 64);
  const payload = new Uint8Array(a.num("size", 512)).fill(3);
  let received = 0;
  let sent = 0;
  const serving = (async () => {
    for (;;) await ends.echo();
  })().catch(() => {});
  let closed = false;
  const close = () => {
    if (!closed) ends.close();
    closed = true;
  };
  let last = -1;
  const watchdog = setInterval(() => {
    if (received === last) close();
    last = received;
  }, 1000);
  const start = performance.now();
  try {
    for (; sent < Math.min(window, count); sent++) await ends.send(payload);
    while (received < sent) {
      await ends.receive();
      received++;
      if (sent < count) {
        await ends.send(payload);
        sent++;
      }
    }
  } catch {
    // Closed by the watchdog: the rest is counted as lost.
  }
  const ms = performance.now() - start;
  clearInterval(watchdog);
  close();
  await serving;
  return { value: received / ms * 1000, lost: count - received };
}

// ---- TLS bulk: the certificates bench/main.ts made ------------------------

const CERTS = Deno.env.get("PYSOCKET_BENCH_CERTS") ?? "";

// This module's ssl for the column: node:tls on the default entry, libssl
// on the native one (a variable specifier, as NATIVE above).
async function moduleTlsPair(): Promise<[Socket, Socket]> {
  const specifier = Deno.args[1] === "ffi"
    ? `${NATIVE}/ssl`
    : "@pysocket/socket/ssl";
  const ssl: typeof defaultSsl = await import(specifier);
  const server = new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER);
  server.load_cert_chain(`${CERTS}/server.pem`, `${CERTS}/server.key`);
  const client = ssl.create_default_context(undefined, {
    cafile: `${CERTS}/ca.pem`,
  });
  const [c, s] = await modulePair();
  return await Promise.all([
    client.wrap_socket(c, { server_hostname: "localhost" }),
    server.wrap_socket(s, { server_side: true }),
  ]);
}

async function rawTlsPair(): Promise<[Deno.Conn, Deno.Conn]> {
  using listener = Deno.listenTls({
    hostname: HOST,
    port: 0,
    cert: Deno.readTextFileSync(`${CERTS}/server.pem`),
    key: Deno.readTextFileSync(`${CERTS}/server.key`),
  });
  const [client, conn] = await Promise.all([
    Deno.connectTls({
      hostname: HOST,
      port: listener.addr.port,
      caCerts: [Deno.readTextFileSync(`${CERTS}/ca.pem`)],
    }),
    listener.accept(),
  ]);
  return [client, conn];
}

// ---- dispatch ---------------------------------------------------------------

async function main(): Promise<void> {
  const a = parseArgs(Deno.args);
  const raw = a.impl === "raw";
  const limit = a.num("deadline", 120_000);
  switch (a.workload) {
    case "bulk": {
      const total = a.num("bytes", CHUNK * 16);
      const value = await deadline(
        raw
          ? rawBulk(total, a.num("alloc", 0) === 1)
          : moduleBulk(total, a.num("alloc", 0) === 1),
        limit,
      );
      return report({ value });
    }
    case "tls-bulk": {
      const total = a.num("bytes", CHUNK * 16);
      const value = await deadline(
        raw
          ? rawBulk(total, false, rawTlsPair)
          : moduleBulk(total, false, moduleTlsPair),
        limit,
      );
      return report({ value });
    }
    case "pingpong":
      return report({
        value: await deadline(
          raw ? rawInProcess(a) : moduleInProcess(a),
          limit,
        ),
      });
    case "pp-server":
      return await (raw ? rawPingPongServer() : modulePingPongServer());
    case "pp-client":
      return report({
        value: await deadline(
          raw ? rawPingPongClient(a) : modulePingPongClient(a),
          limit,
        ),
      });
    case "echo-server":
      return await (raw ? rawServe() : moduleServe());
    case "select-server":
      return await (raw ? rawServe() : moduleSelectServe());
    case "udp":
      return report(await deadline(raw ? rawUdp(a) : moduleUdp(a), limit));
    case "conv":
      return report(moduleConversions(a));
  }
  throw new Error(`unknown workload ${a.workload}`);
}

await main();
