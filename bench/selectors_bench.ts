// What readiness costs: a select(0) poll over N idle sockets, and 1-byte
// ping-pong round trips driven by a DefaultSelector with non-blocking
// sockets against the same with blocking recv/sendall; for each entry (the
// native one's selector is an epoll instance of its own).
//
//   deno run -A bench/selectors_bench.ts

import * as main from "../mod.ts";
import * as ffi from "../ffi.ts";

type Module = typeof main;
let socket: Module = main;

async function pairs(n: number): Promise<[main.Socket, main.Socket][]> {
  using srv = socket.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen(n);
  const out: [main.Socket, main.Socket][] = [];
  for (let i = 0; i < n; i++) {
    const c = socket.socket();
    await c.connect(srv.getsockname());
    const [a] = await srv.accept();
    out.push([c, a]);
  }
  return out;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;

async function idle(entry: string): Promise<void> {
  for (const n of [1, 100, 1000]) {
    const ps = await pairs(n);
    const sel = new socket.DefaultSelector();
    for (const [, a] of ps) sel.register(a, socket.EVENT_READ);
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const calls = n >= 1000 ? 200 : 2000;
      const t0 = performance.now();
      for (let i = 0; i < calls; i++) await sel.select(0);
      runs.push((performance.now() - t0) / calls * 1000);
    }
    console.log(
      `${entry}: select(0) over ${n} idle sockets: ${
        median(runs).toFixed(1)
      } µs`,
    );
    sel.close();
    for (const [c, a] of ps) c.close(), a.close();
  }
}

const ROUNDS = 20_000;
const one = new Uint8Array([1]);
async function pingpong(entry: string): Promise<void> {
  for (const mode of ["blocking", "selector"] as const) {
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const [[c, a]] = await pairs(1) as [[main.Socket, main.Socket]];
      const echo = (async () => {
        for (;;) {
          const d = await a.recv(1);
          if (d.length === 0) break;
          await a.sendall(d);
        }
      })();
      const t0 = performance.now();
      if (mode === "blocking") {
        for (let i = 0; i < ROUNDS; i++) {
          await c.sendall(one);
          await c.recv(1);
        }
      } else {
        c.setblocking(false);
        const sel = new socket.DefaultSelector();
        sel.register(c, socket.EVENT_READ);
        for (let i = 0; i < ROUNDS; i++) {
          await c.send(one);
          await sel.select(null);
          await c.recv(1);
        }
        sel.close();
      }
      runs.push(ROUNDS / ((performance.now() - t0) / 1000));
      c.close();
      await echo;
      a.close();
    }
    console.log(
      `${entry}: 1-byte round trips, ${mode}: ${Math.round(median(runs))}/s`,
    );
  }
}

for (const [entry, module] of [["default", main], ["ffi", ffi]] as const) {
  socket = module;
  await idle(entry);
  await pingpong(entry);
}
