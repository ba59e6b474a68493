// AF_INET and AF_INET6 addresses: Python's checks on the tuple, its numeric
// host rules (setipaddr), and the tuples getsockname() returns.

import type { Address } from "../address.ts";
import { OverflowError } from "../errors.ts";
import { pyTypeName, toIndex } from "../_validate.ts";
import { formatIPv6, parseIPv6 } from "../_inet.ts";
import { addressText, numericHost } from "../_resolve.ts";

/** AF_INET or AF_INET6. */
export type InetFamily = 2 | 10;

/** A checked address: a numeric host, or a name the runtime resolves. */
export interface InetTarget {
  host: string;
  port: number;
  /** Whether `host` is a literal address (no look-up needed). */
  numeric: boolean;
}

const V6_SHAPE =
  "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])";

/** A host argument: str or bytes, as Python's idna converter takes it. */
export function hostText(host: unknown): string {
  let text: string;
  if (typeof host === "string") text = host;
  else if (host instanceof Uint8Array) text = new TextDecoder().decode(host);
  else {
    throw new TypeError(
      `str, bytes or bytearray expected, not ${pyTypeName(host)}`,
    );
  }
  if (text.includes("\0")) {
    throw new TypeError("host name must not contain null character");
  }
  return text;
}

/**
 * Checks `address` for `family` as CPython's getsockaddrarg does, then
 * reads its host as setipaddr does: `""` is the wildcard, a literal of the
 * other family is `gaierror` -9, and a name is left for the resolver.
 */
export function parseInet(
  family: InetFamily,
  address: unknown,
  caller: string,
): InetTarget {
  if (!Array.isArray(address)) {
    throw new TypeError(
      `${caller}(): ${
        family === 2 ? "AF_INET" : "AF_INET6"
      } address must be tuple, not ${pyTypeName(address)}`,
    );
  }
  if (family === 2 && address.length !== 2) {
    throw new TypeError("AF_INET address must be a pair (host, port)");
  }
  if (family === 10 && (address.length < 2 || address.length > 4)) {
    throw new TypeError(V6_SHAPE);
  }
  // Each element is read once: a getter cannot make the address checked
  // differ from the one used.
  const [rawHost, rawPort, rawFlowinfo, rawScope] = address;
  const host = hostText(rawHost);
  const port = toIndex(rawPort);
  // Made only when thrown: an Error's stack trace costs microseconds, and
  // sendto() parses its address on every call.
  const portError = () =>
    new OverflowError(`${caller}(): port must be 0-65535.`);
  // CPython: a port beyond a C int fails as the tuple is parsed, the host
  // is then read (setipaddr), and only then is the port's range checked.
  if (port > 2 ** 31 - 1 || port < -(2 ** 31)) throw portError();
  const flowinfo = address.length > 2 ? toIndex(rawFlowinfo) : 0;
  if (address.length > 3) toIndex(rawScope);
  const target = resolveNumeric(family, host);
  if (port < 0 || port > 0xffff) throw portError();
  if (flowinfo < 0 || flowinfo > 0xfffff) {
    throw new OverflowError(`${caller}(): flowinfo must be 0-1048575.`);
  }
  return { ...target, port };
}

function resolveNumeric(
  family: InetFamily,
  host: string,
): { host: string; numeric: boolean } {
  if (host === "") {
    return { host: family === 2 ? "0.0.0.0" : "::", numeric: true };
  }
  if (host === "<broadcast>" && family === 2) {
    return { host: "255.255.255.255", numeric: true };
  }
  // What glibc's getaddrinfo takes as numeric for this family (a literal
  // of the other family is gaierror -9); anything else is a name.
  const found = numericHost(host, family, 0);
  return found === null
    ? { host, numeric: false }
    : { host: addressText(found), numeric: true };
}

/** The family of a numeric host as the runtime reports it. */
export function familyOfHost(host: string): InetFamily {
  return host.includes(":") ? 10 : 2;
}

function tupleRepr(this: (string | number)[]): string {
  return `(${
    this.map((v) => typeof v === "string" ? `'${v}'` : String(v)).join(", ")
  })`;
}

/**
 * An address array that prints as Python's tuple in a template string
 * (`Connected by ('127.0.0.1', 54000)`), as the tutorials' f-strings do.
 */
export function tuple<T extends (string | number)[]>(values: T): T {
  Object.defineProperty(values, "toString", { value: tupleRepr });
  return values;
}

/** Python's tuple for a runtime address (`getsockname()`, `accept()`). */
export function inetTuple(family: InetFamily, addr: Deno.NetAddr): Address {
  if (family === 2) return tuple<[string, number]>([addr.hostname, addr.port]);
  const bytes = parseIPv6(addr.hostname) ??
    parseIPv6(`::ffff:${addr.hostname}`);
  return tuple<[string, number, number, number]>([
    bytes ? formatIPv6(bytes) : addr.hostname,
    addr.port,
    0,
    0,
  ]);
}

/** The unbound address: `('0.0.0.0', 0)` or `('::', 0, 0, 0)`. */
export function unboundInet(family: InetFamily): Address {
  return family === 2
    ? tuple<[string, number]>(["0.0.0.0", 0])
    : tuple<[string, number, number, number]>(["::", 0, 0, 0]);
}
