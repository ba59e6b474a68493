// TLS bulk throughput, one way into a CPython ssl sink on loopback: this
// module's SSLSocket (default entry: node:tls; native entry: libssl), raw
// Deno (Deno.connectTls) and a CPython client, each
// sending the same bytes in 64 KiB writes. Certificates are made with
// openssl in a temp dir. Run: deno run -A bench/tls_bulk.ts [--mib=256] [--runs=3]

import { parseArgs } from "node:util";
import * as socket from "../mod.ts";
import * as ssl from "../ssl.ts";
import * as ffi from "../ffi.ts";
import * as ffiSsl from "../ffi_ssl.ts";
import { makeCerts } from "../tests/_certs.ts";

const { values } = parseArgs({
  options: {
    mib: { type: "string", default: "256" },
    runs: { type: "string", default: "3" },
  },
  strict: true,
});
const BYTES = Number(values.mib) * 1024 * 1024;
const RUNS = Number(values.runs);
const CHUNK = 65536;

const SINK = String.raw`
import socket, ssl, sys
d, n = sys.argv[1], int(sys.argv[2])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(d + "/server.pem", d + "/server.key")
l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen()
print(l.getsockname()[1], flush=True)
c, _ = l.accept()
t = ctx.wrap_socket(c, server_side=True)
buf = bytearray(1 << 20); got = 0
while got < n:
    k = t.recv_into(buf)
    if not k: break
    got += k
t.sendall(b"k")
t.recv(1)
`;

const PY_CLIENT = String.raw`
import socket, ssl, sys, time
d, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ctx = ssl.create_default_context(cafile=d + "/ca.pem")
t = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="localhost")
chunk = bytes(65536); start = time.perf_counter(); sent = 0
while sent < n:
    t.sendall(chunk); sent += len(chunk)
t.recv(1)
print(time.perf_counter() - start)
t.close()
`;

const certs = await makeCerts();

async function withSink(
  send: (port: number) => Promise<number>,
): Promise<number> {
  const sink = new Deno.Command("python3", {
    args: ["-c", SINK, certs.dir, String(BYTES)],
    stdout: "piped",
  }).spawn();
  const reader = sink.stdout.pipeThrough(new TextDecoderStream()).getReader();
  const port = Number((await reader.read()).value);
  const seconds = await send(port);
  await reader.cancel();
  await sink.status;
  return BYTES / seconds / 1e6;
}

const chunk = new Uint8Array(CHUNK);

// This module's client over `s` (connected): the seconds to send BYTES.
async function moduleSend(
  s: socket.Socket,
  context: ssl.SSLContext,
): Promise<number> {
  using tls = await context.wrap_socket(s, { server_hostname: "localhost" });
  const start = performance.now();
  for (let sent = 0; sent < BYTES; sent += CHUNK) await tls.sendall(chunk);
  await tls.recv(1);
  return (performance.now() - start) / 1000;
}

const columns: Record<string, (port: number) => Promise<number>> = {
  "this module": async (port) => {
    const context = ssl.create_default_context(undefined, { cafile: certs.ca });
    const s = socket.socket();
    await s.connect(["127.0.0.1", port]);
    return await moduleSend(s, context);
  },
  "this module, native entry (libssl)": async (port) => {
    const context = ffiSsl.create_default_context(undefined, {
      cafile: certs.ca,
    });
    const s = ffi.socket();
    await s.connect(["127.0.0.1", port]);
    return await moduleSend(s, context);
  },
  "raw Deno (Deno.connectTls)": async (port) => {
    const conn = await Deno.connectTls({
      hostname: "localhost",
      port,
      caCerts: [await Deno.readTextFile(certs.ca)],
    });
    const start = performance.now();
    for (let sent = 0; sent < BYTES; sent += CHUNK) {
      let at = 0;
      while (at < CHUNK) at += await conn.write(chunk.subarray(at));
    }
    await conn.read(new Uint8Array(1));
    const seconds = (performance.now() - start) / 1000;
    conn.close();
    return seconds;
  },
  CPython: async (port) => {
    const out = await new Deno.Command("python3", {
      args: ["-c", PY_CLIENT, certs.dir, String(port), String(BYTES)],
    }).output();
    return Number(new TextDecoder().decode(out.stdout));
  },
};

const results: Record<string, number[]> = {};
for (let run = 0; run < RUNS; run++) {
  for (const [name, send] of Object.entries(columns)) {
    (results[name] ??= []).push(await withSink(send));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `TLS bulk, ${values.mib} MiB one way into a CPython sink, median of ${RUNS}:`,
);
for (const [name, rates] of Object.entries(results)) {
  console.log(
    `  ${name}: ${median(rates).toFixed(0)} MB/s (${
      rates.map((r) => r.toFixed(0)).join(", ")
    })`,
  );
}
certs.remove();
