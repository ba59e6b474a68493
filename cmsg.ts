// Ancillary data: Python's CMSG_LEN/CMSG_SPACE (Linux's struct cmsghdr is
// 16 bytes, data aligned to 8) and send_fds/recv_fds over sendmsg/recvmsg.

import { OverflowError } from "./errors.ts";
import type { Address } from "./address.ts";
import type { Socket } from "./socket.ts";
import { pyTypeName, toCInt, toIndex, toList } from "./_validate.ts";

/**
 * One ancillary data item of `sendmsg`/`recvmsg`: Python's
 * `(cmsg_level, cmsg_type, cmsg_data)`.
 */
export type Ancillary = [level: number, type: number, data: Uint8Array];

const HEADER = 16;
// Python's SOCKLEN_T_LIMIT on Linux: the largest socklen_t it accepts.
const LIMIT = 2 ** 31 - 1;
const SOL_SOCKET = 1;
const SCM_RIGHTS = 1;

// A Py_ssize_t argument, or the OverflowError CPython gives.
function checkedLength(value: unknown, caller: string, most: number): number {
  const n = toIndex(value);
  if (n >= 2 ** 63 || n < -(2 ** 63)) {
    throw new OverflowError("Python int too large to convert to C ssize_t");
  }
  if (n < 0 || n > most) {
    throw new OverflowError(`${caller}() argument out of range`);
  }
  return n;
}

/**
 * Python's `socket.CMSG_LEN(length)`: the `cmsg_len` of an ancillary item
 * carrying `length` bytes, without trailing padding (Linux: `16 + length`).
 *
 * @param length The data's length in bytes.
 * @returns The item's length.
 * @throws {OverflowError} `CMSG_LEN() argument out of range` for a negative
 * length or one past `2**31 - 17`.
 * @throws {TypeError} For a value that is not an integer.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CMSG_LEN(4) === 20);
 * ```
 */
export function CMSG_LEN(length: number): number {
  return HEADER + checkedLength(length, "CMSG_LEN", LIMIT - HEADER);
}

/**
 * Python's `socket.CMSG_SPACE(length)`: the room an ancillary item carrying
 * `length` bytes takes in `recvmsg`'s buffer, padding included (Linux:
 * `16 + length` rounded up to 8).
 *
 * @param length The data's length in bytes.
 * @returns The room in bytes.
 * @throws {OverflowError} `CMSG_SPACE() argument out of range` for a
 * negative length or one past `2**31 - 25`.
 * @throws {TypeError} For a value that is not an integer.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.CMSG_SPACE(4) === 24);
 * ```
 */
export function CMSG_SPACE(length: number): number {
  const n = checkedLength(length, "CMSG_SPACE", LIMIT - CMSG_LEN(8));
  return HEADER + Math.ceil(n / 8) * 8;
}

/**
 * Python's `socket.send_fds(sock, buffers, fds, flags, address)`: sends
 * `buffers` with the descriptors `fds` as `SCM_RIGHTS` ancillary data. The
 * default engine cannot pass descriptors: it raises the `OSError` of
 * {@linkcode Socket.sendmsg} for ancillary data, which names
 * `@pysocket/socket/ffi`.
 *
 * @param sock An `AF_UNIX` socket.
 * @param buffers The bytes to send with them.
 * @param fds Descriptor numbers.
 * @param flags As for {@linkcode Socket.send}.
 * @param address The destination, for an unconnected datagram socket.
 * @returns The number of bytes sent.
 * @throws {OSError} `EOPNOTSUPP` (95) on the default engine.
 *
 * @example On the default engine
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await assert.rejects(
 *   socket.send_fds(a, [new Uint8Array([1])], [b.fileno()]),
 *   (e) => e instanceof socket.OSError && e.errno === 95,
 * );
 * ```
 */
export function send_fds(
  sock: Socket,
  buffers: Iterable<ArrayBufferView | ArrayBuffer>,
  fds: Iterable<number>,
  flags = 0,
  address: Address | null = null,
): Promise<number> {
  try {
    // Python's array.array("i", fds): an iterable of C ints.
    const numbers = toList(fds, `'${pyTypeName(fds)}' object is not iterable`)
      .map((fd) => toCInt(fd));
    const data = new Uint8Array(new Int32Array(numbers).buffer);
    return sock.sendmsg(
      buffers,
      [[SOL_SOCKET, SCM_RIGHTS, data]],
      flags,
      address,
    );
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Python's `socket.recv_fds(sock, bufsize, maxfds, flags)`: receives up to
 * `bufsize` bytes and up to `maxfds` descriptors, as `[data, fds,
 * msg_flags, address]`. The default engine receives no ancillary data: it
 * raises the `OSError` of {@linkcode Socket.recvmsg}, which names
 * `@pysocket/socket/ffi`.
 *
 * @param sock An `AF_UNIX` socket.
 * @param bufsize The most bytes to return.
 * @param maxfds The most descriptors to take.
 * @param flags As for {@linkcode Socket.recv}.
 * @returns `[data, fds, msg_flags, address]`.
 * @throws {OSError} `EOPNOTSUPP` (95) on the default engine.
 *
 * @example On the default engine
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const [a, b] = await socket.socketpair();
 * using _a = a, _b = b;
 * await assert.rejects(
 *   socket.recv_fds(b, 10, 1),
 *   (e) => e instanceof socket.OSError && e.errno === 95,
 * );
 * ```
 */
export async function recv_fds(
  sock: Socket,
  bufsize: number,
  maxfds: number,
  flags = 0,
): Promise<[Uint8Array, number[], number, Address | null]> {
  const room = CMSG_LEN(toIndex(maxfds) * 4);
  const [data, ancdata, msgFlags, address] = await sock.recvmsg(
    bufsize,
    room,
    flags,
  );
  const fds: number[] = [];
  for (const [level, type, bytes] of ancdata) {
    if (level !== SOL_SOCKET || type !== SCM_RIGHTS) continue;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i + 4 <= bytes.length; i += 4) {
      fds.push(view.getInt32(i, true));
    }
  }
  return [data, fds, msgFlags, address];
}
