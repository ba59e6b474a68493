// The body of Python's create_server(), over the Socket class of the entry
// that calls it and what that entry's engine can set.

import type { Address } from "./address.ts";
import { OSError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
import { oserror } from "./_oserror.ts";
import { tuple } from "./_engine/inet_address.ts";
import {
  type CreateServerOptions,
  has_dualstack_ipv6,
} from "./create_server.ts";

const AF_INET = 2;
const AF_INET6 = 10;
const SOCK_STREAM = 1;
const SOL_SOCKET = 1;
const SO_REUSEADDR = 2;
const SO_REUSEPORT = 15;
const IPPROTO_IPV6 = 41;
const IPV6_V6ONLY = 26;

/** The options an engine can give a server socket. */
export interface ServerOptions {
  /** `SO_REUSEPORT` can be set. */
  reusePort: boolean;
  /** `IPV6_V6ONLY` can be 1 (Python sets it on IPv6 servers). */
  v6only: boolean;
}

/** Deno's API: neither. */
export const DENO_SERVER: ServerOptions = { reusePort: false, v6only: false };

/** create_server() with a socket of `Class`, its engine able to `engine`. */
export function serveVia(
  Class: new (family: number, type: number) => Socket,
  address: Address,
  options: CreateServerOptions,
  engine: ServerOptions,
): Socket {
  // `null` reads as no options, as `{}` does.
  options ??= {};
  const family = options.family ?? AF_INET;
  if (options.reuse_port && !engine.reusePort) {
    // Deno offers SO_REUSEPORT only under --unstable-net; the engine does not.
    throw new ValueError("SO_REUSEPORT not supported on this platform");
  }
  if (options.dualstack_ipv6) {
    if (!has_dualstack_ipv6()) {
      throw new ValueError("dualstack_ipv6 not supported on this platform");
    }
    if (family !== AF_INET6) {
      throw new ValueError("dualstack_ipv6 requires AF_INET6 family");
    }
  }
  const sock = new Class(family, SOCK_STREAM);
  try {
    try {
      sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    } catch (e) {
      // As Python: a platform without the option fails later, in bind().
      if (!(e instanceof OSError)) throw e;
    }
    if (options.reuse_port) sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1);
    if (family === AF_INET6) {
      if (options.dualstack_ipv6) {
        sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0);
      } else if (engine.v6only) {
        // As Python: an IPv6 server takes IPv6 clients only.
        sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1);
      }
    }
    try {
      sock.bind(address);
    } catch (e) {
      if (!(e instanceof OSError)) throw e;
      throw bindError(e, address);
    }
    if (options.backlog === undefined || options.backlog === null) {
      sock.listen();
    } else {
      sock.listen(options.backlog);
    }
    return sock;
  } catch (e) {
    sock.close();
    throw e;
  }
}

// Python's %r of the address, for the bind error.
function repr(address: unknown): string {
  if (typeof address === "string") return `'${address}'`;
  if (Array.isArray(address)) return tuple([...address]).toString();
  return String(address);
}

// Python's `error(err.errno, '<strerror> (while attempting to bind on
// address <addr>)')`: OSError's constructor picks the subclass again from
// the errno, so a gaierror becomes a plain OSError.
function bindError(e: OSError, address: unknown): OSError {
  const text = `${e.strerror} (while attempting to bind on address ${
    repr(address)
  })`;
  if (e.errno === null) {
    return new OSError(`[Errno None] ${text}`, undefined, { cause: e });
  }
  const Class = (e.errno > 0 ? oserror(e.errno) : new OSError())
    .constructor as typeof OSError;
  return new Class(e.errno, text, { cause: e });
}
