// Which endpoint serves each (family, type) pair, the default engine's
// descriptors over them, and the default engine the main entry's Socket
// class builds on.

import { oserror } from "../_oserror.ts";
import { descriptors } from "./descriptor.ts";
import {
  type Engine,
  forgetNumber,
  numberSocket,
  transportOfNumber,
} from "./handles.ts";
import type { Descriptors, Endpoint, Transport } from "./transport.ts";
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

const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;

// The protocol numbers each family and type accept (0 picks the default).
const PROTOCOLS: Record<string, number[]> = {
  "2:1": [0, 6],
  "10:1": [0, 6],
  "2:2": [0, 17],
  "10:2": [0, 17],
  "1:1": [0],
  "1:2": [0],
};

/**
 * The default engine: transports over Deno's own API, with descriptor
 * numbers of its own (Deno shows no OS descriptors), checked as Linux
 * checks socket(2)'s arguments for what Deno can serve.
 */
export const defaultEngine: Engine = {
  entry: "@pysocket/socket",
  create(family: number, kind: number, proto: number): Transport {
    if (family !== AF_INET && family !== AF_INET6 && family !== AF_UNIX) {
      throw oserror(97);
    }
    if (kind < 1 || kind > 10 || kind === 4 || (kind > 5 && kind !== 10)) {
      throw oserror(22);
    }
    const protocols = PROTOCOLS[`${family}:${kind}`];
    if (protocols === undefined) throw oserror(94);
    if (!protocols.includes(proto)) throw oserror(93);
    const transport = engine.create(family, kind);
    if (transport === undefined) throw oserror(94);
    return transport;
  },
  descriptors: engine,
  remember: numberSocket,
  forget: forgetNumber,
  lookup: transportOfNumber,
};
