// Python's if_nameindex(), if_nametoindex(), if_indextoname(): the
// machine's network interfaces, from /sys/class/net (Linux's own view,
// readable with --allow-read).

import { OSError } from "./errors.ts";
import { fromRuntime, oserror } from "./_oserror.ts";
import { fsBytes, interfaceIndexArg } from "./_interface_args.ts";

const NET = "/sys/class/net";

// Every interface as [index, name], by index, as glibc lists them.
function listInterfaces(): [number, string][] {
  const found: [number, string][] = [];
  try {
    for (const entry of Deno.readDirSync(NET)) {
      const text = Deno.readTextFileSync(`${NET}/${entry.name}/ifindex`);
      found.push([Number(text.trim()), entry.name]);
    }
  } catch (e) {
    throw fromRuntime(e);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * Python's `socket.if_nameindex()`: every network interface as `[index,
 * name]`, by index.
 *
 * @returns The interfaces.
 * @throws {PermissionError} Without `--allow-read` for `/sys/class/net`.
 *
 * @example The loopback interface is there
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.if_nameindex().some(([, name]) => name === "lo"));
 * ```
 */
export function if_nameindex(): [number, string][] {
  return listInterfaces();
}

/**
 * Python's `socket.if_nametoindex(name)`: an interface's index.
 *
 * @param name The interface's name (a string or its bytes).
 * @returns The index.
 * @throws {OSError} `no interface with this name`.
 * @throws {TypeError} `expected str, bytes or os.PathLike object, not int`.
 * @throws {ValueError} `embedded null byte`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.if_nametoindex("lo") >= 1);
 * ```
 */
export function if_nametoindex(name: string | Uint8Array): number {
  const text = new TextDecoder().decode(fsBytes(name));
  // Linux's SIOCGIFINDEX ignores an alias suffix (`lo:1`).
  const base = text.replace(/:.*/, "");
  for (const [index, entry] of listInterfaces()) {
    if (entry === base) return index;
  }
  throw new OSError("no interface with this name");
}

/**
 * Python's `socket.if_indextoname(index)`: an interface's name.
 *
 * @param index The interface's index.
 * @returns The name.
 * @throws {OSError} `[Errno 6] No such device or address` for an index no
 * interface has.
 * @throws {OverflowError} `can't convert negative value to unsigned int`.
 * @throws {TypeError} `an integer is required`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.if_indextoname(socket.if_nametoindex("lo")) === "lo");
 * ```
 */
export function if_indextoname(index: number): string {
  const n = interfaceIndexArg(index);
  for (const [i, name] of listInterfaces()) {
    if (i === n) return name;
  }
  throw oserror(6);
}
