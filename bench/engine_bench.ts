// Micro rows for the engine's per-call costs: `deno bench -A bench/`.
// The design budgets them against one conn.read on queued data (≈1.3 µs).

import * as socket from "@pysocket/socket";
import { Deadlines } from "../_engine/deadline.ts";
import { allocateFd, releaseFd } from "../_engine/fd.ts";
import { giveBack, takeBuffer } from "../_engine/read_buffers.ts";

const deadlines = new Deadlines();

Deno.bench(
  "await a settled promise (baseline)",
  { group: "wait" },
  async () => {
    await Promise.resolve(1);
  },
);

Deno.bench(
  "Deadlines.race(settled, 5 s): a timed call's overhead",
  { group: "wait", baseline: false },
  async () => {
    await deadlines.race(Promise.resolve(1), 5);
  },
);

Deno.bench("new Uint8Array(512) (baseline)", { group: "buffer" }, () => {
  new Uint8Array(512);
});

Deno.bench(
  "takeBuffer(512) + giveBack from the pool",
  { group: "buffer" },
  () => {
    giveBack(takeBuffer(512));
  },
);

Deno.bench("new Uint8Array(65536)", { group: "buffer" }, () => {
  new Uint8Array(65536);
});

Deno.bench(
  "takeBuffer(65536) + giveBack from the pool",
  { group: "buffer" },
  () => {
    giveBack(takeBuffer(65536));
  },
);

Deno.bench("allocateFd + releaseFd with 10,000 open", (b) => {
  const open = Array.from({ length: 10_000 }, allocateFd);
  b.start();
  releaseFd(allocateFd());
  b.end();
  for (const fd of open) releaseFd(fd);
});

Deno.bench("socket() + close()", () => {
  socket.socket().close();
});
