// The services and protocols databases: Python's getservbyname,
// getservbyport and getprotobyname, read from /etc/services and
// /etc/protocols (a built-in table of well-known entries when Deno may not
// read them).

import { OSError, OverflowError } from "./errors.ts";
import { toCInt, toCString } from "./_validate.ts";
import { protocols, serviceByName, serviceByPort } from "./_netdb.ts";

/**
 * Python's `socket.getservbyname(servicename[, protocolname])`: the port of
 * a service, from `/etc/services` (needs `--allow-read=/etc/services`;
 * without it, a built-in table of well-known services answers).
 *
 * @param servicename A service name or alias (`"http"`, `"www"`).
 * @param protocolname `"tcp"` or `"udp"`; any protocol when left out.
 * @returns The port number.
 * @throws {OSError} `service/proto not found`.
 * @throws {TypeError} For an argument that is not a string.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.getservbyname("http", "tcp"), 80);
 * ```
 */
export function getservbyname(
  servicename: string,
  protocolname?: string,
): number {
  const name = toCString(servicename, "getservbyname", 1);
  const proto = protocolname === undefined
    ? undefined
    : toCString(protocolname, "getservbyname", 2);
  const entry = serviceByName(name, proto);
  if (entry === undefined) throw new OSError("service/proto not found");
  return entry.port;
}

/**
 * Python's `socket.getservbyport(port[, protocolname])`: the name of the
 * service at a port, from `/etc/services` (or the built-in table).
 *
 * @param port A port in 0..65535.
 * @param protocolname `"tcp"` or `"udp"`; any protocol when left out.
 * @returns The service name.
 * @throws {OverflowError} `getservbyport: port must be 0-65535.`
 * @throws {OSError} `port/proto not found`.
 * @throws {TypeError} For arguments of the wrong type.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.getservbyport(443), "https");
 * ```
 */
export function getservbyport(port: number, protocolname?: string): string {
  const number = toCInt(port);
  const proto = protocolname === undefined
    ? undefined
    : toCString(protocolname, "getservbyport", 2);
  if (number < 0 || number > 0xffff) {
    throw new OverflowError("getservbyport: port must be 0-65535.");
  }
  const entry = serviceByPort(number, proto);
  if (entry === undefined) throw new OSError("port/proto not found");
  return entry.name;
}

/**
 * Python's `socket.getprotobyname(protocolname)`: a protocol's number,
 * from `/etc/protocols` (or a built-in table).
 *
 * @param protocolname A protocol name or alias (`"tcp"`, `"TCP"`).
 * @returns The protocol number.
 * @throws {OSError} `protocol not found`.
 * @throws {TypeError} For an argument that is not a string.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(socket.getprotobyname("udp"), 17);
 * ```
 */
export function getprotobyname(protocolname: string): number {
  const name = toCString(protocolname, "getprotobyname", 1);
  const entry = protocols().find((p) =>
    p.name === name || p.aliases.includes(name)
  );
  if (entry === undefined) throw new OSError("protocol not found");
  return entry.number;
}
