// Python's sethostname(): Linux's host name, set through
// /proc/sys/kernel/hostname (what sethostname(2) changes), which needs the
// privilege sethostname(2) needs.

import { OSError } from "./errors.ts";
import { fromRuntime, oserror } from "./_oserror.ts";
import { fsBytes } from "./_interface_args.ts";

// Linux's HOST_NAME_MAX.
const MOST = 64;
const PATH = "/proc/sys/kernel/hostname";

/**
 * Python's `socket.sethostname(name)`: sets the machine's host name. Only
 * a privileged process may; otherwise, as in Python, `PermissionError`.
 * Needs `--allow-write=/proc/sys/kernel/hostname`.
 *
 * @param name The new name (a string or its bytes), at most 64 bytes.
 * @throws {PermissionError} `[Errno 1] Operation not permitted` without
 * the privilege; without the Deno permission, one naming `--allow-write`.
 * @throws {OSError} `[Errno 22] Invalid argument` for a name over 64 bytes.
 * @throws {TypeError} `expected str, bytes or os.PathLike object, not int`.
 * @throws {ValueError} `embedded null byte`.
 *
 * @example Without the write permission
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const allowed = Deno.permissions.querySync({
 *   name: "write",
 *   path: "/proc/sys/kernel/hostname",
 * }).state === "granted";
 * if (!allowed) {
 *   assert.throws(
 *     () => socket.sethostname(socket.gethostname()),
 *     socket.PermissionError,
 *   );
 * }
 * ```
 */
export function sethostname(name: string | Uint8Array): void {
  const bytes = fsBytes(name);
  if (bytes.length > MOST) throw oserror(22);
  try {
    Deno.writeFileSync(PATH, bytes);
  } catch (e) {
    const error = fromRuntime(e);
    // The kernel refuses the file with EACCES where sethostname(2) says
    // EPERM; Deno's own refusal names its flag and stays as it is.
    if (
      error instanceof OSError && error.errno === 13 &&
      !(e instanceof Deno.errors.NotCapable)
    ) {
      throw oserror(1, e);
    }
    throw error;
  }
}
