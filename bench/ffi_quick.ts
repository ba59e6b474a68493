// A quick side-by-side of the native entry and raw Deno in one process:
// 1-byte ping-pong and a bulk transfer over loopback TCP. The full table
// is `deno task bench`; this is the native engine's own check.
//   deno run -A bench/ffi_quick.ts [rounds=20000] [mib=256] [repeats=5]

import * as ffi from "../ffi.ts";

const [rounds = 20_000, mib = 256, repeats = 5] = Deno.args.map(Number);

async function ffiPingPong(): Promise<number> {
  using srv = ffi.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen(1);
  using c = ffi.socket();
  await c.connect(srv.getsockname());
  const [a] = await srv.accept();
  using _a = a;
  c.setsockopt(ffi.IPPROTO_TCP, ffi.TCP_NODELAY, 1);
  a.setsockopt(ffi.IPPROTO_TCP, ffi.TCP_NODELAY, 1);
  const one = new Uint8Array(1);
  const buf = new Uint8Array(1);
  const echo = (async () => {
    for (let i = 0; i < rounds; i++) {
      await a.recv_into(buf);
      await a.send(buf);
    }
  })();
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    await c.send(one);
    await c.recv_into(buf);
  }
  const ms = performance.now() - t0;
  await echo;
  return rounds / (ms / 1000);
}

async function rawPingPong(): Promise<number> {
  using srv = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const c = await Deno.connect({ hostname: "127.0.0.1", port: srv.addr.port });
  const a = await srv.accept();
  c.setNoDelay(true);
  a.setNoDelay(true);
  const one = new Uint8Array(1);
  const buf = new Uint8Array(1);
  const echo = (async () => {
    for (let i = 0; i < rounds; i++) {
      await a.read(buf);
      await a.write(buf);
    }
  })();
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    await c.write(one);
    await c.read(buf);
  }
  const ms = performance.now() - t0;
  await echo;
  c.close();
  a.close();
  return rounds / (ms / 1000);
}

const TOTAL = mib * 2 ** 20;
const CHUNK = 65536;

async function ffiBulk(): Promise<number> {
  using srv = ffi.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen(1);
  using c = ffi.socket();
  await c.connect(srv.getsockname());
  const [a] = await srv.accept();
  using _a = a;
  const data = new Uint8Array(CHUNK);
  const into = new Uint8Array(CHUNK);
  const t0 = performance.now();
  const sending = (async () => {
    for (let sent = 0; sent < TOTAL; sent += CHUNK) await c.sendall(data);
  })();
  let got = 0;
  while (got < TOTAL) got += await a.recv_into(into);
  await sending;
  return TOTAL / ((performance.now() - t0) / 1000) / 1e9;
}

async function rawBulk(): Promise<number> {
  using srv = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const c = await Deno.connect({ hostname: "127.0.0.1", port: srv.addr.port });
  const a = await srv.accept();
  const data = new Uint8Array(CHUNK);
  const into = new Uint8Array(CHUNK);
  const t0 = performance.now();
  const sending = (async () => {
    for (let sent = 0; sent < TOTAL; sent += CHUNK) {
      for (let off = 0; off < CHUNK;) off += await c.write(data.subarray(off));
    }
  })();
  let got = 0;
  while (got < TOTAL) got += (await a.read(into)) ?? 0;
  await sending;
  const rate = TOTAL / ((performance.now() - t0) / 1000) / 1e9;
  c.close();
  a.close();
  return rate;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

for (
  const [name, native, raw, unit] of [
    ["ping-pong 1 B", ffiPingPong, rawPingPong, "round trips/s"],
    [`bulk ${mib} MiB`, ffiBulk, rawBulk, "GB/s"],
  ] as const
) {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    ours.push(await native());
    theirs.push(await raw());
  }
  const [o, t] = [median(ours), median(theirs)];
  console.log(
    `${name}: ffi ${o.toPrecision(4)} ${unit}, raw Deno ${
      t.toPrecision(4)
    } ${unit}, ratio ${(o / t).toFixed(2)}x`,
  );
}
