// Which endpoint serves each (family, type) pair, and the default engine's
// descriptors over them.

import { descriptors } from "./descriptor.ts";
import type { Descriptors, Endpoint } from "./transport.ts";
import { DatagramSocket } from "./datagram.ts";
import { InetDatagrams } from "./datagram_inet.ts";
import { InetStream } from "./inet_stream.ts";
import { StreamSocket } from "./stream_socket.ts";
import { UnixDatagrams } from "./unix_datagram.ts";
import { UnixStream } from "./unix_stream.ts";

const TCP4 = new InetStream(2);
const TCP6 = new InetStream(10);
const UNIX_STREAM = new UnixStream();
const UDP4 = new InetDatagrams(2);
const UDP6 = new InetDatagrams(10);

const factories: Record<string, () => Endpoint> = {
  "2:1": () => new StreamSocket(TCP4),
  "10:1": () => new StreamSocket(TCP6),
  "1:1": () => new StreamSocket(UNIX_STREAM),
  "2:2": () => new DatagramSocket(UDP4),
  "10:2": () => new DatagramSocket(UDP6),
  // Checked per socket: without --unstable-net it throws, saying so.
  "1:2": () => new DatagramSocket(new UnixDatagrams()),
};

/** A new endpoint for `family` and `type`, or `undefined` if unsupported. */
export function createEndpoint(
  family: number,
  type: number,
): Endpoint | undefined {
  return factories[`${family}:${type}`]?.();
}

/** The default engine's descriptors. */
export const engine: Descriptors = descriptors(createEndpoint);
