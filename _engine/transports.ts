// Which transport serves each (family, type) pair.

import type { Transport } from "./transport.ts";
import { InetStream } from "./inet_stream.ts";
import { StreamSocket } from "./stream_socket.ts";
import { UnixStream } from "./unix_stream.ts";

const TCP4 = new InetStream(2);
const TCP6 = new InetStream(10);
const UNIX_STREAM = new UnixStream();

const factories: Record<string, () => Transport> = {
  "2:1": () => new StreamSocket(TCP4),
  "10:1": () => new StreamSocket(TCP6),
  "1:1": () => new StreamSocket(UNIX_STREAM),
};

/** A new transport for `family` and `type`, or `undefined` if unsupported. */
export function createTransport(
  family: number,
  type: number,
): Transport | undefined {
  return factories[`${family}:${type}`]?.();
}
