// The loop of Python's create_connection(), over the Socket class of the
// entry that calls it.

import type { Address } from "./address.ts";
import { OSError, ValueError } from "./errors.ts";
import { getaddrinfo } from "./getaddrinfo.ts";
import type { Socket } from "./socket.ts";
import { pyTypeName, toSignal } from "./_validate.ts";
import {
  type CreateConnectionOptions,
  ExceptionGroup,
} from "./create_connection.ts";

const SOCK_STREAM = 1;

// Python's `host, port = address`.
function unpack(address: unknown): [unknown, unknown] {
  if (typeof address !== "string" && !Array.isArray(address)) {
    throw new TypeError(
      `cannot unpack non-iterable ${pyTypeName(address)} object`,
    );
  }
  const items: unknown[] = [...address];
  if (items.length < 2) {
    throw new ValueError(
      `not enough values to unpack (expected 2, got ${items.length})`,
    );
  }
  if (items.length > 2) {
    throw new ValueError("too many values to unpack (expected 2)");
  }
  return [items[0], items[1]];
}

// Python's truth value of a source address: None, "" and () are false.
function given(address: Address | null | undefined): address is Address {
  return address !== null && address !== undefined && address !== "" &&
    !(Array.isArray(address) && (address as unknown[]).length === 0);
}

/** create_connection() with sockets of `Class` and the entry's look-up. */
export async function connectVia(
  Class: new (family: number, type: number, proto: number) => Socket,
  address: [string, number] | Address,
  timeout: number | null | undefined,
  source_address: Address | null | undefined,
  options: CreateConnectionOptions,
  lookup: typeof getaddrinfo = getaddrinfo,
): Promise<Socket> {
  const [host, port] = unpack(address);
  // `null` reads as no options, as `{}` does.
  const all = Boolean(options?.all_errors);
  const signal = toSignal(options, "create_connection");
  const exceptions: Error[] = [];
  const infos = await lookup(
    host as string | null,
    port as number | string | null,
    0,
    SOCK_STREAM,
    0,
    0,
    { signal },
  );
  for (const [family, type, proto, , sockaddr] of infos) {
    let sock: Socket | null = null;
    try {
      sock = new Class(family, type, proto);
      if (timeout !== undefined) sock.settimeout(timeout);
      if (given(source_address)) sock.bind(source_address);
      await sock.connect(sockaddr, { signal });
      return sock;
    } catch (e) {
      sock?.close();
      if (!(e instanceof OSError)) throw e;
      if (!all) exceptions.length = 0;
      exceptions.push(e);
    }
  }
  if (exceptions.length === 0) {
    throw new OSError("getaddrinfo returns an empty list");
  }
  throw all
    ? new ExceptionGroup("create_connection failed", exceptions)
    : exceptions[0]!;
}
