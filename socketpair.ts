// socketpair(): two connected sockets, made over a UNIX socket in a private
// temporary directory that is gone before the pair is returned.

import { Socket } from "./socket.ts";
import { fromRuntime, oserror } from "./_oserror.ts";
import { toIndex } from "./_validate.ts";

/**
 * Python's `socket.socketpair()`: two connected `AF_UNIX` stream sockets.
 * Unlike Python's, it returns a Promise (Deno connects them through a
 * listener) and needs `--allow-read`, `--allow-write` and `--allow-net`.
 *
 * @param family `AF_UNIX` (the default and the only family Linux pairs).
 * @param type `SOCK_STREAM` (default).
 * @param proto `0`.
 * @returns The two connected sockets.
 * @throws {OSError} `EOPNOTSUPP` (95) for `AF_INET`/`AF_INET6`, as Linux.
 * @throws {PermissionError} When a Deno permission is missing; the message
 * names the flag.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import { assert } from "@std/assert";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.sendall(new Uint8Array([42]));
 * assert((await b.recv(1))[0] === 42);
 * ```
 */
export async function socketpair(
  family = 1,
  type = 1,
  proto = 0,
): Promise<[Socket, Socket]> {
  family = toIndex(family);
  type = toIndex(type);
  proto = toIndex(proto);
  if (family === 2 || family === 10) throw oserror(95);
  if (family !== 1) throw oserror(97);
  let dir: string;
  try {
    dir = Deno.makeTempDirSync({ prefix: "pysocket-pair-" });
  } catch (e) {
    // Without --allow-write: PermissionError naming the flag, not NotCapable.
    throw fromRuntime(e);
  }
  try {
    using listener = new Socket(family, type, proto);
    listener.bind(`${dir}/pair.sock`);
    listener.listen(1);
    const a = new Socket(family, type, proto);
    try {
      const [[b]] = await Promise.all([
        listener.accept(),
        a.connect(`${dir}/pair.sock`),
      ]);
      return [a, b];
    } catch (e) {
      a.close();
      throw e;
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}
