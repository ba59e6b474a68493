// One socket's whole life, for the open/close loops of tests/load_test.ts
// (run in the test and in a child process that measures its heap).

import * as socket from "./_entry.ts";

/**
 * Connects to `srv`, sends a byte each way and closes (either end first);
 * every fourth socket is only bound (a Deno listener underneath) and closed.
 */
export async function cycle(srv: socket.Socket, i: number): Promise<void> {
  const c = socket.socket();
  try {
    if (i % 4 === 3) {
      c.bind(["127.0.0.1", 0]);
      return;
    }
    await c.connect(srv.getsockname());
    const [a] = await srv.accept();
    try {
      await c.send(new Uint8Array([7]));
      if ((await a.recv(1))[0] !== 7) throw new Error("wrong byte");
    } finally {
      const [first, second] = i % 2 === 0 ? [a, c] : [c, a];
      first.close();
      second.close();
    }
  } finally {
    c.close();
  }
}
