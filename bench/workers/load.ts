// The load generator of the many-connection rows, the same for every
// server under test (raw Deno, so the client costs the same in each column):
// `deno run -A bench/workers/load.ts port=… conns=… rounds=… size=…`.
// Opens every connection first (at most 500 connects in flight, so the
// listen backlog never overflows), then runs all their round trips at once,
// then closes them. Prints {"value": total ms, "connectMs", "rate": round
// trips/s once connected}.

import { deadline, parseArgs, report } from "./_args.ts";

const a = parseArgs(["load", "raw", ...Deno.args]);
const port = a.num("port", 0);
const conns = a.num("conns", 100);
const rounds = a.num("rounds", 10);
const size = a.num("size", 64);
const CONNECTING = 500;

async function openAll(): Promise<Deno.Conn[]> {
  const open: Deno.Conn[] = [];
  for (let i = 0; i < conns; i += CONNECTING) {
    const batch = Math.min(CONNECTING, conns - i);
    open.push(
      ...await Promise.all(
        Array.from(
          { length: batch },
          () => Deno.connect({ hostname: "127.0.0.1", port }),
        ),
      ),
    );
  }
  return open;
}

async function roundTrips(conn: Deno.Conn): Promise<void> {
  const message = new Uint8Array(size).fill(5);
  const buf = new Uint8Array(size);
  for (let i = 0; i < rounds; i++) {
    for (let off = 0; off < size;) {
      off += await conn.write(message.subarray(off));
    }
    for (let got = 0; got < size;) {
      const n = await conn.read(buf.subarray(got));
      if (n === null) throw new Error("server closed early");
      got += n;
    }
  }
}

async function run(): Promise<Record<string, number>> {
  const start = performance.now();
  const open = await openAll();
  const connected = performance.now();
  await Promise.all(open.map(roundTrips));
  const exchanged = performance.now();
  for (const conn of open) conn.close();
  const ms = performance.now() - start;
  return {
    value: ms,
    connectMs: connected - start,
    rate: conns * rounds / (exchanged - connected) * 1000,
  };
}

report(await deadline(run(), a.num("deadline", 120_000)));
