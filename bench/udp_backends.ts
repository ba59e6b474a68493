// How much faster UDP is with Deno.listenDatagram (--unstable-net) than
// with node:dgram: a 512-byte datagram echoed between two sockets in this
// process, lock-step, for a bounded count. Prints the median of 3 runs.
//
//   deno run -N bench/udp_backends.ts [--count 20000]
//   deno run -N --unstable-net bench/udp_backends.ts [--count 20000]

import { parseArgs } from "node:util";
import * as socket from "../mod.ts";

const { values: args } = parseArgs({
  args: Deno.args,
  strict: true,
  options: {
    count: { type: "string", default: "20000" },
    help: { type: "boolean" },
  },
});
if (args.help || !/^\d+$/.test(args.count)) {
  console.log(
    "usage: udp_backends.ts [--count N]  (add --unstable-net to compare)",
  );
  Deno.exit(args.help ? 0 : 1);
}
const COUNT = Math.min(Number(args.count), 1_000_000);

async function run(): Promise<number> {
  using server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  using client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
  server.bind(["127.0.0.1", 0]);
  client.bind(["127.0.0.1", 0]);
  client.settimeout(5);
  const echo = (async () => {
    for (let i = 0; i < COUNT; i++) {
      const [data, addr] = await server.recvfrom(2048);
      await server.sendto(data, addr!);
    }
  })();
  const payload = new Uint8Array(512);
  const to = server.getsockname();
  const start = performance.now();
  for (let i = 0; i < COUNT; i++) {
    await client.sendto(payload, to);
    await client.recvfrom(2048);
  }
  const seconds = (performance.now() - start) / 1000;
  await echo;
  return COUNT / seconds;
}

const rates: number[] = [];
for (let i = 0; i < 3; i++) rates.push(await run());
rates.sort((a, b) => a - b);
const backend = "listenDatagram" in Deno ? "Deno.listenDatagram" : "node:dgram";
console.log(
  `${backend}: ${
    Math.round(rates[1]!)
  } echoes/s (median of 3 x ${COUNT}; runs ${
    rates.map(Math.round).join(", ")
  })`,
);
