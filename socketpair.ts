// socketpair(): two connected, unnamed AF_UNIX sockets. Deno has no
// socketpair(2), so the pair is made through paths in a private temporary
// directory: a stream pair removes it as soon as it is connected; a
// datagram pair sends by path, so its directory goes when both ends close.

import type { UnixAddress } from "./address.ts";
import { Socket } from "./socket.ts";
import { fromRuntime, oserror } from "./_oserror.ts";
import { toIndex } from "./_validate.ts";
import { adoptNext } from "./_engine/handles.ts";
import { describe } from "./_engine/descriptor.ts";
import type { Transport } from "./_engine/transport.ts";
import { createEndpoint } from "./_engine/transports.ts";
import { Unnamed } from "./_engine/unnamed.ts";

const AF_UNIX = 1;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const TYPE_FLAGS = 2048 | 524288; // SOCK_NONBLOCK | SOCK_CLOEXEC

/**
 * Python's `socket.socketpair()`: two connected `AF_UNIX` sockets, unnamed
 * as Linux's are (`getsockname()` is `""`). `SOCK_STREAM` works everywhere;
 * `SOCK_DGRAM` needs Deno's `--unstable-net`. Unlike Python's, it returns a
 * Promise (Deno connects the ends through a temporary path) and needs
 * `--allow-read`, `--allow-write` and `--allow-net`. Closing both ends
 * leaves nothing behind.
 *
 * Both ends are typed `Socket<UnixAddress, K>`, `K` the type given.
 *
 * @typeParam K The type (`SOCK_STREAM` when left out).
 * @param family `AF_UNIX` (the default and the only family Linux pairs).
 * @param type `SOCK_STREAM` (default) or `SOCK_DGRAM`.
 * @param proto `0`.
 * @returns The two connected sockets.
 * @throws {OSError} `EOPNOTSUPP` (95) for `AF_INET`/`AF_INET6`, as Linux;
 * `EAFNOSUPPORT` (97) for another family; `EPROTONOSUPPORT` (93) for a
 * protocol; `ESOCKTNOSUPPORT` (94) for `SOCK_DGRAM` without `--unstable-net`.
 * @throws {PermissionError} When a Deno permission is missing; the message
 * names the flag.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await a.sendall(new Uint8Array([42]));
 * assert((await b.recv(1))[0] === 42);
 * assert.deepStrictEqual(a.getsockname(), "");
 * ```
 */
export async function socketpair<K extends number = 1>(
  family: number = AF_UNIX,
  type?: K,
  proto = 0,
): Promise<[Socket<UnixAddress, K>, Socket<UnixAddress, K>]> {
  family = toIndex(family);
  const typeBits = toIndex(type === undefined ? SOCK_STREAM : type);
  proto = toIndex(proto);
  if (family === 2 || family === 10) throw oserror(95);
  if (family !== AF_UNIX) throw oserror(97);
  if (proto !== 0) throw oserror(93);
  const kind = typeBits & ~TYPE_FLAGS;
  if (kind !== SOCK_STREAM && kind !== SOCK_DGRAM) throw oserror(94);
  const [a, b] = kind === SOCK_STREAM ? await streamPair() : await dgramPair();
  adoptNext(a);
  const first = new Socket<UnixAddress, K>(family, typeBits, proto);
  adoptNext(b);
  return [first, new Socket<UnixAddress, K>(family, typeBits, proto)];
}

async function streamPair(): Promise<[Transport, Transport]> {
  const dir = privateDir();
  const listener = createEndpoint(AF_UNIX, SOCK_STREAM)!;
  const client = createEndpoint(AF_UNIX, SOCK_STREAM)!;
  try {
    listener.bind(`${dir}/pair.sock`);
    listener.listen(1);
    const [[server]] = await Promise.all([
      listener.accept(null),
      client.connect(`${dir}/pair.sock`, null, "connect"),
    ]);
    return [describe(new Unnamed(client)), describe(new Unnamed(server))];
  } catch (e) {
    client.close();
    throw e;
  } finally {
    listener.close();
    Deno.removeSync(dir, { recursive: true });
  }
}

async function dgramPair(): Promise<[Transport, Transport]> {
  const a = createEndpoint(AF_UNIX, SOCK_DGRAM)!;
  const b = createEndpoint(AF_UNIX, SOCK_DGRAM)!;
  const dir = privateDir();
  let open = 2;
  const cleanUp = () => {
    if (--open === 0) Deno.removeSync(dir, { recursive: true });
  };
  try {
    a.bind(`${dir}/a.sock`);
    b.bind(`${dir}/b.sock`);
    await a.connect(`${dir}/b.sock`, null, "connect");
    await b.connect(`${dir}/a.sock`, null, "connect");
  } catch (e) {
    a.close();
    b.close();
    Deno.removeSync(dir, { recursive: true });
    throw e;
  }
  return [
    describe(new Unnamed(a, cleanUp)),
    describe(new Unnamed(b, cleanUp)),
  ];
}

// Without --allow-write: PermissionError naming the flag, not NotCapable.
function privateDir(): string {
  try {
    return Deno.makeTempDirSync({ prefix: "pysocket-pair-" });
  } catch (e) {
    throw fromRuntime(e);
  }
}
