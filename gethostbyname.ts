// Python's host look-ups: gethostbyname, gethostbyname_ex, gethostbyaddr,
// gethostname and getfqdn. Numeric addresses are read here; names go to
// /etc/hosts and then the system resolver, as glibc's do.

import { herror, OSError, ValueError } from "./errors.ts";
import { fromRuntime, gaiError } from "./_oserror.ts";
import { pyTypeName, toBytes, toSignal } from "./_validate.ts";
import { untilAborted } from "./_engine/deadline.ts";
import type { WaitOptions } from "./wait_options.ts";
import { latin1 } from "./_bytes.ts";
import { formatIPv4, parseIPv4, parseIPv4Lenient, parseIPv6 } from "./_inet.ts";
import { hosts } from "./_netdb.ts";
import { idna } from "./_idna.ts";
import {
  addressText,
  hostsEntryByName,
  resolve,
  type Resolved,
  reverseLookup,
} from "./_resolve.ts";

const AF_INET = 2;
const AF_INET6 = 10;

/** Python's `(hostname, aliaslist, ipaddrlist)`. */
export type HostInfo = [
  hostname: string,
  aliaslist: string[],
  ipaddrlist: string[],
];

// Python's "et" argument with the idna codec.
function hostArg(value: unknown, caller: string): string {
  let text: string;
  if (typeof value === "string") text = idna(value);
  else if (value instanceof Uint8Array) text = latin1(toBytes(value));
  else {
    const type = value === null || value === undefined
      ? "None"
      : pyTypeName(value);
    throw new TypeError(
      `${caller}() argument 1 must be str, bytes or bytearray, not ${type}`,
    );
  }
  if (text.includes("\0")) throw new ValueError("embedded null character");
  return text;
}

// CPython's setipaddr(): the wildcard for "", numeric addresses read
// directly, anything else through getaddrinfo (its first result).
async function setipaddr(name: string, family: number): Promise<Resolved> {
  if (name === "") {
    const found = await resolve(null, "0", family, 2, 0, 1);
    if (found.length > 1) {
      throw new OSError("wildcard resolved to multiple address");
    }
    return found[0]!.address;
  }
  if (name === "<broadcast>") {
    if (family !== 0 && family !== AF_INET) throw gaiError(-6);
    return {
      family: AF_INET,
      bytes: new Uint8Array([255, 255, 255, 255]),
      scope: 0,
    };
  }
  const v4 = family === AF_INET6 ? null : parseIPv4(name);
  if (v4 !== null) return { family: AF_INET, bytes: v4, scope: 0 };
  const v6 = family === AF_INET || name.includes("%") ? null : parseIPv6(name);
  if (v6 !== null) return { family: AF_INET6, bytes: v6, scope: 0 };
  return (await resolve(name, null, family, 0, 0, 0))[0]!.address;
}

/**
 * Python's `socket.gethostbyname(hostname)`: the IPv4 address of a host,
 * as text. `""` is `"0.0.0.0"`; numeric forms (`"127.1"`) need no look-up;
 * a name is looked up in `/etc/hosts`, then by the system resolver
 * (`--allow-net`).
 *
 * @param hostname A host name or IPv4 address.
 * @param options `signal`: stop waiting for the resolver when it aborts,
 * rejecting with its reason ({@linkcode WaitOptions}).
 * @returns The dotted-quad address.
 * @throws {gaierror} `[Errno -2] Name or service not known`; `[Errno -9]
 * Address family for hostname not supported` for an IPv6 literal.
 * @throws {TypeError} For an argument that is not a string or bytes.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(await socket.gethostbyname("localhost"), "127.0.0.1");
 * assert.deepStrictEqual(await socket.gethostbyname("127.1"), "127.0.0.1");
 * ```
 */
export async function gethostbyname(
  hostname: string | Uint8Array,
  options?: WaitOptions,
): Promise<string> {
  const name = hostArg(hostname, "gethostbyname");
  const signal = toSignal(options, "gethostbyname");
  return formatIPv4(
    (await untilAborted(setipaddr(name, AF_INET), signal)).bytes,
  );
}

/**
 * Python's `socket.gethostbyname_ex(hostname)`: a host's canonical name,
 * aliases and IPv4 addresses, from `/etc/hosts` or the system resolver.
 *
 * @param hostname A host name or IPv4 address.
 * @param options `signal`, as for {@linkcode gethostbyname}.
 * @returns `[hostname, aliaslist, ipaddrlist]`.
 * @throws {gaierror} When the name does not resolve.
 * @throws {herror} `[Errno 1] Unknown host`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(await socket.gethostbyname_ex("127.0.0.1"), ["127.0.0.1", [], ["127.0.0.1"]]);
 * ```
 */
export async function gethostbyname_ex(
  hostname: string | Uint8Array,
  options?: WaitOptions,
): Promise<HostInfo> {
  const name = hostArg(hostname, "gethostbyname_ex");
  const signal = toSignal(options, "gethostbyname_ex");
  await untilAborted(setipaddr(name, AF_INET), signal);
  if (name === "") throw new herror(3, "Unknown server error");
  // glibc answers digits-and-dots names itself, with the name as given.
  if (/^[0-9.]+$/.test(name) && !name.endsWith(".")) {
    const v4 = parseIPv4Lenient(name);
    if (v4 !== null) return [name, [], [formatIPv4(v4)]];
  }
  if (parseIPv4Lenient(name) !== null || parseIPv6(name) !== null) {
    throw new herror(1, "Unknown host");
  }
  const entry = hostsEntryByName(name);
  if (entry !== undefined) {
    const lower = name.toLowerCase();
    const addresses = (hosts() ?? []).filter((h) =>
      parseIPv4(h.address) !== null &&
      [h.name, ...h.aliases].some((n) => n.toLowerCase() === lower)
    ).map((h) => formatIPv4(parseIPv4(h.address)!));
    return [entry.name, [...entry.aliases], [...new Set(addresses)]];
  }
  const found = await untilAborted(
    resolve(name, null, AF_INET, 1, 0, 0),
    signal,
  );
  return [name, [], [...new Set(found.map((r) => addressText(r.address)))]];
}

/**
 * Python's `socket.gethostbyaddr(ip_address)`: the name of the host at an
 * address: the first `/etc/hosts` line for it, else the system resolver's
 * reverse look-up (`--allow-net`).
 *
 * @param ip_address An IPv4 or IPv6 address (or a name, resolved first).
 * @param options `signal`, as for {@linkcode gethostbyname}.
 * @returns `[hostname, aliaslist, ipaddrlist]`.
 * @throws {herror} `[Errno 1] Unknown host` when the address has no name.
 * @throws {gaierror} When a name given instead of an address does not
 * resolve.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(await socket.gethostbyaddr("127.0.0.1"), ["localhost", [], ["127.0.0.1"]]);
 * ```
 */
export async function gethostbyaddr(
  ip_address: string | Uint8Array,
  options?: WaitOptions,
): Promise<HostInfo> {
  const name = hostArg(ip_address, "gethostbyaddr");
  const signal = toSignal(options, "gethostbyaddr");
  const address = await untilAborted(setipaddr(name, 0), signal);
  const found = await untilAborted(reverseLookup(address), signal);
  if (found === null) throw new herror(1, "Unknown host");
  return [found.name, [...found.aliases], [addressText(address)]];
}

/**
 * Python's `socket.gethostname()`: this machine's host name. Needs
 * `--allow-sys=hostname`.
 *
 * @returns The host name.
 * @throws {PermissionError} Without `--allow-sys`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.gethostname().length > 0);
 * ```
 */
export function gethostname(): string {
  try {
    return Deno.hostname();
  } catch (e) {
    throw fromRuntime(e);
  }
}

/**
 * Python's `socket.getfqdn(name)`: a fully qualified name for `name` (this
 * host when empty): the first of its reverse name and aliases that
 * contains a dot, else its reverse name, else `name` unchanged.
 *
 * @param name A host name or address; `""` (default) is this host.
 * @param options `signal`, as for {@linkcode gethostbyname}.
 * @returns The name.
 * @throws {TypeError} For a `name` that is not a string (Python's
 * `AttributeError` from `name.strip()`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert.deepStrictEqual(await socket.getfqdn("127.0.0.1"), "localhost");
 * ```
 */
export async function getfqdn(
  name = "",
  options?: WaitOptions,
): Promise<string> {
  if (typeof name !== "string") {
    // Python's name.strip() on a non-str (an AttributeError there).
    throw new TypeError(
      `'${pyTypeName(name)}' object has no attribute 'strip'`,
    );
  }
  name = name.trim();
  if (name === "" || name === "0.0.0.0" || name === "::") name = gethostname();
  let hostname: string, aliases: string[];
  try {
    [hostname, aliases] = await gethostbyaddr(name, options);
  } catch (e) {
    if (e instanceof OSError) return name;
    throw e;
  }
  return [hostname, ...aliases].find((n) => n.includes(".")) ?? hostname;
}
