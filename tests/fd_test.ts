// fileno(): process-unique small integers, the lowest free one first, as the
// kernel hands out descriptors.

import * as socket from "./_entry.ts";
import { assert, assertEquals } from "./_assert.ts";

Deno.test("fileno() hands out the lowest closed number first", () => {
  const socks = Array.from({ length: 8 }, () => socket.socket());
  try {
    const numbers = socks.map((s) => s.fileno());
    socks[5]!.close();
    socks[2]!.close();
    socks[6]!.close();
    using a = socket.socket();
    using b = socket.socket();
    using c = socket.socket();
    assertEquals([a.fileno(), b.fileno(), c.fileno()], [
      numbers[2],
      numbers[5],
      numbers[6],
    ]);
  } finally {
    for (const s of socks) s.close();
  }
});

Deno.test("fileno() numbers of open sockets are distinct, and reused after close", () => {
  const socks = Array.from({ length: 2000 }, () => socket.socket());
  const numbers = new Set(socks.map((s) => s.fileno()));
  assertEquals(numbers.size, socks.length);
  const highest = Math.max(...numbers);
  for (const s of socks) s.close();
  for (const s of socks) s.close();
  const again = Array.from({ length: 2000 }, () => socket.socket());
  try {
    assert(again.every((s) => s.fileno() <= highest));
    assertEquals(new Set(again.map((s) => s.fileno())).size, again.length);
  } finally {
    for (const s of again) s.close();
  }
});
