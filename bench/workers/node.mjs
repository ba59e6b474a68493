// One benchmark workload through node:net / node:dgram, run by Node.js
// (`node bench/workers/node.mjs …`) and by Deno's node compatibility
// (`deno run -A bench/workers/node.mjs …`): `<workload> key=value…`.
// Prints one JSON line; server roles print {"port"} first.

import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as net from "node:net";
import * as tls from "node:tls";
import process from "node:process";

const HOST = "127.0.0.1";
const CHUNK = 65536;

// Untimed warm-up before the clock starts, as in the other workers.
const warmBytes = (total) =>
  Math.min(Math.floor(total / 16 / CHUNK) * CHUNK, 64 << 20);
const warmRounds = (rounds) => Math.floor(rounds / 10);

const [workload = "", ...pairs] = process.argv.slice(2);
const params = new Map(pairs.map((p) => p.split("=")));
const num = (key, fallback) => Number(params.get(key) ?? fallback);

function report(result) {
  process.stdout.write(JSON.stringify(result) + "\n");
}

function listen(onConnection) {
  return new Promise((resolve) => {
    const server = net.createServer(onConnection);
    server.listen(
      { host: HOST, port: 0, backlog: 4096 },
      () => resolve(server),
    );
  });
}

function connect(port) {
  return new Promise((resolve, reject) => {
    const client = net.connect({ host: HOST, port }, () => resolve(client));
    client.once("error", reject);
  });
}

function echo(conn) {
  conn.on("data", (data) => conn.write(data));
  conn.on("error", () => conn.destroy());
  conn.on("end", () => conn.end());
}

// The client writes `size` bytes, waits for them back, `rounds` times.
function pingPong(client, size, rounds) {
  const message = Buffer.alloc(size, 1);
  const warm = warmRounds(rounds);
  return new Promise((resolve, reject) => {
    let done = 0;
    let got = 0;
    let start = performance.now();
    client.on("data", (data) => {
      got += data.length;
      if (got < size) return;
      got -= size;
      if (++done === warm + rounds) {
        resolve(rounds / (performance.now() - start) * 1000);
      } else {
        if (done === warm) start = performance.now();
        client.write(message);
      }
    });
    client.once("error", reject);
    client.write(message);
  });
}

// TLS with the certificates bench/main.ts made.
const CERTS = process.env.PYSOCKET_BENCH_CERTS ?? "";

function listenTls(onConnection) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      cert: fs.readFileSync(`${CERTS}/server.pem`),
      key: fs.readFileSync(`${CERTS}/server.key`),
    }, onConnection);
    server.listen({ host: HOST, port: 0 }, () => resolve(server));
  });
}

function connectTls(port) {
  return new Promise((resolve, reject) => {
    const client = tls.connect({
      host: HOST,
      port,
      servername: "localhost",
      ca: fs.readFileSync(`${CERTS}/ca.pem`),
    }, () => resolve(client));
    client.once("error", reject);
  });
}

async function bulk(listenOn = listen, connectTo = connect) {
  const total = num("bytes", CHUNK * 16);
  const warm = warmBytes(total);
  let received;
  let start = 0;
  const server = await listenOn((conn) => {
    let got = 0;
    conn.on("data", (data) => {
      if (start === 0 && got >= warm) start = performance.now();
      got += data.length;
      if (got >= warm + total) received(got - warm);
    });
  });
  const client = await connectTo(server.address().port);
  const chunk = Buffer.alloc(CHUNK, 7);
  const done = new Promise((resolve) => received = resolve);
  let sent = 0;
  const pump = () => {
    while (sent < warm + total) {
      sent += CHUNK;
      if (!client.write(chunk)) return void client.once("drain", pump);
    }
  };
  pump();
  const bytes = await done;
  const value = bytes / 1e3 / (performance.now() - start);
  client.destroy();
  server.close();
  return value;
}

async function pingPongInProcess() {
  const conns = [];
  const timeout = num("timeout", 0) * 1000;
  const server = await listen((conn) => {
    conns.push(conn);
    if (timeout > 0) conn.setTimeout(timeout);
    echo(conn);
  });
  const client = await connect(server.address().port);
  if (timeout > 0) client.setTimeout(timeout);
  const value = await pingPong(client, num("size", 1), num("rounds", 1));
  client.destroy();
  for (const conn of conns) conn.destroy();
  server.close();
  return value;
}

async function serve() {
  const server = await listen(echo);
  report({ port: server.address().port });
}

async function pingPongServer() {
  const server = await listen((conn) => {
    echo(conn);
    conn.on("close", () => server.close());
  });
  report({ port: server.address().port });
}

async function pingPongClient() {
  const client = await connect(num("port", 0));
  const value = await pingPong(client, num("size", 1), num("rounds", 1));
  client.destroy();
  return value;
}

function bindUdp() {
  return new Promise((resolve) => {
    const sock = dgram.createSocket("udp4");
    sock.bind(0, HOST, () => resolve(sock));
  });
}

// 64 datagrams in flight; a stall of a second counts the rest as lost.
async function udp() {
  const count = num("count", 1000);
  const window = num("window", 64);
  const payload = Buffer.alloc(num("size", 512), 3);
  const server = await bindUdp();
  const client = await bindUdp();
  server.on(
    "message",
    (data, from) => server.send(data, from.port, from.address),
  );
  const port = server.address().port;
  let sent = 0;
  let received = 0;
  const start = performance.now();
  await new Promise((resolve) => {
    let last = -1;
    const watchdog = setInterval(() => {
      if (received === last) finish();
      last = received;
    }, 1000);
    const finish = () => {
      clearInterval(watchdog);
      resolve();
    };
    client.on("message", () => {
      received++;
      if (sent < count) {
        sent++;
        client.send(payload, port, HOST);
      } else if (received === sent) {
        finish();
      }
    });
    for (; sent < Math.min(window, count); sent++) {
      client.send(payload, port, HOST);
    }
  });
  const value = received / (performance.now() - start) * 1000;
  server.close();
  client.close();
  return { value, lost: count - received };
}

switch (workload) {
  case "bulk":
    report({ value: await bulk() });
    break;
  case "tls-bulk":
    report({ value: await bulk(listenTls, connectTls) });
    break;
  case "pingpong":
    report({ value: await pingPongInProcess() });
    break;
  case "pp-server":
    await pingPongServer();
    break;
  case "pp-client":
    report({ value: await pingPongClient() });
    break;
  case "echo-server":
  case "select-server":
    await serve();
    break;
  case "udp":
    report(await udp());
    break;
  default:
    throw new Error(`unknown workload ${workload}`);
}
