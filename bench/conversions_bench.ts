// Micro rows for the conversions (`deno bench -A bench/`): inet_pton,
// inet_ntop, htons, inet_aton. `deno task bench` compares the same calls
// with CPython's. A function this tree does not have yet is skipped.

import * as socket from "@pysocket/socket";

const api = socket as unknown as Record<string, (...a: unknown[]) => unknown>;
const packed = new Uint8Array([192, 168, 1, 1]);
const calls: [string, unknown[]][] = [
  ["inet_pton", [socket.AF_INET, "192.168.1.1"]],
  ["inet_ntop", [socket.AF_INET, packed]],
  ["htons", [4660]],
  ["inet_aton", ["192.168.1.1"]],
];

for (const [name, args] of calls) {
  const fn = api[name];
  Deno.bench({
    name: `${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
    ignore: typeof fn !== "function",
    fn: () => {
      fn!(...args);
    },
  });
}
