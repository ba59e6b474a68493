// glibc's getaddrinfo(3) and getnameinfo(3), as Python calls them. Numeric
// hosts, the null host, service names and every argument check are done
// here, so they never reach a resolver; a host name goes to the system
// resolver through node:dns (libc semantics: /etc/hosts, then DNS).

import * as dns from "node:dns";
import { PermissionError } from "./errors.ts";
import { fromRuntime, gaiError } from "./_oserror.ts";
import {
  formatIPv4,
  formatIPv6,
  parseIPv4Lenient,
  parseIPv6,
} from "./_inet.ts";
import { hosts, serviceByName, serviceByPort } from "./_netdb.ts";
import {
  configuredFamilies,
  interfaceIndex,
  interfaceName,
} from "./_interfaces.ts";

const AF_INET = 2;
const AF_INET6 = 10;
const AI_PASSIVE = 1;
const AI_CANONNAME = 2;
const AI_NUMERICHOST = 4;
const AI_V4MAPPED = 8;
const AI_ALL = 16;
const AI_ADDRCONFIG = 32;
const AI_NUMERICSERV = 1024;
// Every flag glibc knows, the IDN ones included.
const AI_KNOWN = 0x7ff;
const NI_NUMERICHOST = 1;
const NI_NUMERICSERV = 2;
const NI_NAMEREQD = 8;
const NI_DGRAM = 16;
const NI_KNOWN = 0xff;

/** A resolved address: its family, bytes and IPv6 scope. */
export interface Resolved {
  family: 2 | 10;
  bytes: Uint8Array;
  scope: number;
}

/** One getaddrinfo result, before Python's tuple is made of it. */
export interface AddrResult {
  address: Resolved;
  type: number;
  proto: number;
  canonname: string;
  port: number;
}

// glibc's typeproto table: which socket types and protocols a service can
// be given for; `raw` takes any protocol and no service.
interface TypeProto {
  type: number;
  proto: number;
  anyProto: boolean;
  noService: boolean;
  byDefault: boolean;
  name: string;
}
const TYPEPROTOS: TypeProto[] = [
  [1, 6, false, false, true, "tcp"],
  [2, 17, false, false, true, "udp"],
  [6, 33, false, false, false, "dccp"],
  [2, 136, false, false, false, "udplite"],
  [1, 132, false, false, false, "sctp"],
  [5, 132, false, false, false, "sctp"],
  [3, 0, true, true, true, "raw"],
].map(([type, proto, anyProto, noService, byDefault, name]) => ({
  type: type as number,
  proto: proto as number,
  anyProto: anyProto as boolean,
  noService: noService as boolean,
  byDefault: byDefault as boolean,
  name: name as string,
}));

interface ServTuple {
  type: number;
  proto: number;
  port: number;
}

// C's strtoul(text, &end, 10) cast to int, or null when text is not all
// digits (leading white space and a sign are allowed, as strtoul does).
function numericService(text: string): number | null {
  const match = /^[ \t\n\v\f\r]*([+-]?)([0-9]+)$/.exec(text);
  if (match === null) return null;
  let value = BigInt(match[2]!);
  if (value >= 2n ** 64n) value = 2n ** 64n - 1n;
  if (match[1] === "-") value = (2n ** 64n - value) % 2n ** 64n;
  return Number(BigInt.asIntN(32, value));
}

// The (type, protocol, port) triples glibc's get_servtuples makes.
function servTuples(
  service: string | null,
  type: number,
  proto: number,
): ServTuple[] {
  const matches = (tp: TypeProto): boolean =>
    (type === 0 || type === tp.type) &&
    (proto === 0 || tp.anyProto || proto === tp.proto);
  let chosen: TypeProto | null = null;
  if (type !== 0 || proto !== 0) {
    chosen = TYPEPROTOS.find(matches) ?? null;
    if (chosen === null) throw gaiError(type !== 0 ? -7 : -8);
  }
  const tuple = (tp: TypeProto, port: number): ServTuple => ({
    type: tp.type,
    proto: tp.anyProto ? proto : tp.proto,
    port,
  });
  let port = 0;
  if (service !== null) {
    const num = numericService(service);
    if (chosen?.noService) throw gaiError(-8);
    if (num === null || num < 0) {
      const byName = (tp: TypeProto): ServTuple | null => {
        const entry = serviceByName(service, tp.name);
        return entry === undefined ? null : tuple(tp, entry.port);
      };
      if (chosen !== null) {
        const found = byName(chosen);
        if (found === null) throw gaiError(-8);
        return [found];
      }
      const found = TYPEPROTOS.filter((tp) => !tp.noService && matches(tp))
        .map(byName).filter((t) => t !== null);
      if (found.length === 0) throw gaiError(-8);
      return found;
    }
    port = num & 0xffff;
  }
  if (chosen !== null) return [tuple(chosen, port)];
  return TYPEPROTOS.filter((tp) => tp.byDefault).map((tp) => tuple(tp, port));
}

/** Link-local unicast, or node- or link-local multicast (glibc's test). */
function scopedByName(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0x80) ||
    (bytes[0] === 0xff &&
      ((bytes[1]! & 0x0f) === 1 || (bytes[1]! & 0x0f) === 2));
}

// glibc's __inet6_scopeid_pton.
function scopeId(bytes: Uint8Array, scope: string): number | null {
  if (scopedByName(bytes)) {
    const index = interfaceIndex(scope);
    if (index !== 0) return index;
  }
  if (!/^[0-9]+$/.test(scope)) return null;
  const value = BigInt(scope);
  return value <= 0xffffffffn ? Number(value) : null;
}

/**
 * A numeric host as glibc reads it (inet_aton's forms, exactly; IPv6 with
 * an optional `%scope`), mapped to `family`, or null for a name.
 */
export function numericHost(
  name: string,
  family: number,
  flags: number,
): Resolved | null {
  // inet_aton_exact: no trailing text after white space.
  const v4 = /[ \t\n\v\f\r]/.test(name) ? null : parseIPv4Lenient(name);
  if (v4 !== null) {
    if (family === 0 || family === AF_INET) {
      return { family: AF_INET, bytes: v4, scope: 0 };
    }
    if (family === AF_INET6 && flags & AI_V4MAPPED) {
      return { family: AF_INET6, bytes: mapped(v4), scope: 0 };
    }
    throw gaiError(-9);
  }
  const delim = name.indexOf("%");
  const v6 = parseIPv6(delim === -1 ? name : name.slice(0, delim));
  if (v6 === null) return null;
  let result: Resolved;
  if (family === 0 || family === AF_INET6) {
    result = { family: AF_INET6, bytes: v6, scope: 0 };
  } else if (family === AF_INET && isMapped(v6)) {
    result = { family: AF_INET, bytes: v6.slice(12), scope: 0 };
  } else {
    throw gaiError(-9);
  }
  if (delim !== -1) {
    const scope = scopeId(v6, name.slice(delim + 1));
    if (scope === null) throw gaiError(-2);
    result.scope = scope;
  }
  return result;
}

function mapped(v4: Uint8Array): Uint8Array {
  const out = new Uint8Array(16);
  out[10] = out[11] = 0xff;
  out.set(v4, 12);
  return out;
}

function isMapped(v6: Uint8Array): boolean {
  return v6.subarray(0, 10).every((b) => b === 0) && v6[10] === 0xff &&
    v6[11] === 0xff;
}

/** A look-up Deno's net permission does not allow, as both engines say. */
export function permissionError(
  host: string,
  cause?: unknown,
): PermissionError {
  return new PermissionError(
    13,
    `Permission denied: run Deno with --allow-net (look-up of '${host}')`,
    cause === undefined ? {} : { cause },
  );
}

// A look-up error from node:dns as Python's exception.
function lookupError(host: string, e: unknown): Error {
  const code = (e as { code?: unknown })?.code;
  if (code === "EPERM") return permissionError(host, e);
  if (code === "ENODATA") return gaiError(-5, e);
  return fromRuntime(e);
}

/** The addresses the system resolver gives for `name`, in its order. */
function systemLookup(name: string): Promise<Resolved[]> {
  return new Promise((resolve, reject) => {
    dns.lookup(name, { all: true, verbatim: true }, (e, addresses) => {
      if (e) return reject(lookupError(name, e));
      resolve(addresses.flatMap(({ address }): Resolved[] => {
        const v4 = parseIPv4Lenient(address);
        if (v4 !== null) return [{ family: AF_INET, bytes: v4, scope: 0 }];
        const v6 = parseIPv6(address.replace(/%.*/, ""));
        return v6 === null ? [] : [{ family: AF_INET6, bytes: v6, scope: 0 }];
      }));
    });
  });
}

/** The /etc/hosts line naming `name`, as glibc's files backend finds it. */
export function hostsEntryByName(
  name: string,
): { name: string; aliases: string[] } | undefined {
  const lower = name.toLowerCase();
  return hosts()?.find((h) =>
    h.name.toLowerCase() === lower ||
    h.aliases.some((a) => a.toLowerCase() === lower)
  );
}

/** The address families of a name look-up, as glibc filters them. */
async function lookupName(
  name: string,
  family: number,
  flags: number,
): Promise<Resolved[]> {
  const found = await systemLookup(name);
  if (family === AF_INET) return found.filter((a) => a.family === AF_INET);
  if (family === 0) return found;
  const v6 = found.filter((a) => a.family === AF_INET6);
  if (flags & AI_V4MAPPED && (v6.length === 0 || flags & AI_ALL)) {
    for (const a of found) {
      if (a.family === AF_INET) {
        v6.push({ family: AF_INET6, bytes: mapped(a.bytes), scope: 0 });
      }
    }
  }
  return v6;
}

// The null host: wildcards with AI_PASSIVE, loopback otherwise, in the
// order glibc's RFC 3484 sort leaves them.
function nullHost(family: number, flags: number): Resolved[] {
  const passive = (flags & AI_PASSIVE) !== 0;
  const v4: Resolved = {
    family: AF_INET,
    bytes: new Uint8Array(passive ? [0, 0, 0, 0] : [127, 0, 0, 1]),
    scope: 0,
  };
  const loopback6 = new Uint8Array(16);
  if (!passive) loopback6[15] = 1;
  const v6: Resolved = { family: AF_INET6, bytes: loopback6, scope: 0 };
  if (family === AF_INET) return [v4];
  if (family === AF_INET6) return [v6];
  return passive ? [v4, v6] : [v6, v4];
}

/** Text for a resolved address. */
export function addressText(a: Resolved): string {
  return a.family === AF_INET ? formatIPv4(a.bytes) : formatIPv6(a.bytes);
}

/**
 * glibc's getaddrinfo: `host` and `service` as C strings (null for NULL).
 * Rejects with `gaierror` as glibc returns its EAI_* codes.
 */
export async function resolve(
  host: string | null,
  service: string | null,
  family: number,
  type: number,
  proto: number,
  flags: number,
): Promise<AddrResult[]> {
  if (host === "*") host = null;
  if (service === "*") service = null;
  if (host === null && service === null) throw gaiError(-2);
  if (flags & ~AI_KNOWN) throw gaiError(-1);
  if (flags & AI_CANONNAME && host === null) throw gaiError(-1);
  if (family !== 0 && family !== AF_INET && family !== AF_INET6) {
    throw gaiError(-6);
  }
  if (flags & AI_ADDRCONFIG) {
    const seen = configuredFamilies();
    if (family === 0 && seen.v4 !== seen.v6) {
      family = seen.v4 ? AF_INET : AF_INET6;
    } else if (
      (family === AF_INET && !seen.v4) || (family === AF_INET6 && !seen.v6)
    ) {
      throw gaiError(-2);
    }
  }
  if (
    service !== null && service !== "" && flags & AI_NUMERICSERV &&
    numericService(service) === null
  ) {
    throw gaiError(-2);
  }
  const tuples = servTuples(service === "" ? null : service, type, proto);
  let addresses: Resolved[];
  let canonname = "";
  if (host === null) {
    addresses = nullHost(family, flags);
  } else {
    const numeric = numericHost(host, family, flags);
    if (numeric !== null) {
      addresses = [numeric];
      canonname = host;
    } else {
      if (flags & AI_NUMERICHOST) throw gaiError(-2);
      addresses = await lookupName(host, family, flags);
      if (addresses.length === 0) throw gaiError(-2);
      if (flags & AI_CANONNAME) {
        canonname = hostsEntryByName(host)?.name ?? host;
      }
    }
  }
  const out: AddrResult[] = [];
  for (const a of addresses) {
    for (const t of tuples) {
      out.push({
        address: a,
        type: t.type,
        proto: t.proto,
        // Only the first result carries the canonical name.
        canonname: flags & AI_CANONNAME && out.length === 0 ? canonname : "",
        port: t.port,
      });
    }
  }
  return out;
}

/**
 * The host name and aliases of an address: the first /etc/hosts line for
 * it, else the system resolver's name; null when it has none.
 */
export function reverseLookup(
  address: Resolved,
): Promise<{ name: string; aliases: string[] } | null> {
  const entry = hosts()?.find((h) => {
    const bytes = parseIPv4Lenient(h.address) ?? parseIPv6(h.address);
    return bytes !== null && bytes.length === address.bytes.length &&
      bytes.every((b, i) => b === address.bytes[i]);
  });
  if (entry !== undefined) return Promise.resolve(entry);
  const text = addressText(address);
  return new Promise((resolve, reject) => {
    dns.lookupService(text, 0, (e, hostname) => {
      if (!e) return resolve({ name: hostname, aliases: [] });
      const code = (e as { code?: unknown }).code;
      if (code === "ENOTFOUND" || code === "EAI_NONAME") return resolve(null);
      reject(lookupError(text, e));
    });
  });
}

/**
 * glibc's getnameinfo on a resolved address: `[host, service]`, numeric
 * or by name as `flags` ask.
 */
export async function nameinfo(
  address: Resolved,
  port: number,
  flags: number,
): Promise<[string, string]> {
  if (flags & ~NI_KNOWN) throw gaiError(-1);
  let host: string | null = null;
  if (!(flags & NI_NUMERICHOST)) {
    host = (await reverseLookup(address))?.name ?? null;
  }
  if (host === null) {
    if (flags & NI_NAMEREQD) throw gaiError(-2);
    host = addressText(address);
    if (address.family === AF_INET6 && address.scope !== 0) {
      const name = scopedByName(address.bytes)
        ? interfaceName(address.scope)
        : null;
      host += `%${name ?? address.scope}`;
    }
  }
  const service = flags & NI_NUMERICSERV
    ? undefined
    : serviceByPort(port, flags & NI_DGRAM ? "udp" : "tcp");
  return [host, service?.name ?? String(port)];
}

/**
 * A host name as CPython's setipaddr() resolves it for `connect()`: the
 * first address getaddrinfo gives for `family`, as text.
 */
export async function resolveName(
  family: number,
  host: string,
): Promise<string> {
  const found = await resolve(host, null, family, 0, 0, 0);
  return addressText(found[0]!.address);
}
