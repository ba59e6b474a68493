// sock.sendfile() as CPython's socket.py gives it. A file with a descriptor
// goes the os.sendfile() way: from `offset` (its position ignored), nothing
// for a file of size 0 (a pipe, a socket's file), then the position left
// after the bytes sent. A file object without one (a BytesIO-like object)
// goes the _sendfile_use_send way: read from where it stands. Both check
// their arguments in Python's order and send with sendall(), so the
// socket's timeout applies.

import { ValueError } from "./errors.ts";
import { UnsupportedOperation } from "./socketio.ts";
import { oserror } from "./_oserror.ts";
import { repr } from "./_pyrepr.ts";
import { pyTypeName, toIndex } from "./_validate.ts";
import type { WaitOptions } from "./wait_options.ts";

/**
 * A file `sendfile()` can read: a `Deno.FsFile`, or a file object with
 * Python's `read(size)` (and `seek(offset)`), such as a `BytesIO`-like
 * object. A file object with a `fileno()` (this module's socket files) is
 * a descriptor of size 0 to `sendfile`, as in Python: nothing is sent.
 */
export type SendfileSource = Deno.FsFile | {
  /** Python's file mode; without a `b` the file is text and refused. */
  readonly mode?: string;
  /** Up to `size` bytes; empty (or `null`) at the end. */
  read(size: number): Promise<Uint8Array | string | null>;
  /** Moves to byte `offset`. */
  seek?(offset: number): unknown;
  /** The file's descriptor number. */
  fileno?(): number;
};

/** What sendfile needs of the socket. */
export interface SendfileTarget {
  readonly type: number;
  fileno(): number;
  gettimeout(): number | null;
  sendall(
    data: Uint8Array,
    flags: number,
    options?: WaitOptions,
  ): Promise<void>;
}

const SOCK_STREAM = 1;
const BLOCK = 65536;

/**
 * The engine's own `sendfile(2)` loop (the native engine's): bytes sent
 * from `file` at `offset`, the file's position left after them, or null
 * where it gives up before sending any.
 */
export type KernelSendfile = (
  file: Deno.FsFile,
  offset: number,
  count: number | null,
) => Promise<number | null>;

/** Python's `sock.sendfile(file, offset, count)`. */
export async function sendfile(
  sock: SendfileTarget,
  file: SendfileSource,
  offset: unknown,
  count: unknown,
  options: WaitOptions | undefined,
  kernel: KernelSendfile | undefined,
): Promise<number> {
  const limit = checkParams(sock, file, count);
  if (file instanceof Deno.FsFile) {
    return await viaSendfile(sock, file, offset, limit, options, kernel);
  }
  // A descriptor that is not a Deno file is one of this module's sockets:
  // fstat() gives it size 0, so os.sendfile's way sends nothing.
  if (typeof file.fileno === "function" && hasDescriptor(file)) return 0;
  if (sock.gettimeout() === 0) {
    throw new ValueError("non-blocking sockets are not supported");
  }
  const start = toIndex(offset);
  if (start !== 0) await seekTo(file, start);
  let total = 0;
  try {
    while (limit === null || total < limit) {
      const data = await file.read(
        Math.min(BLOCK, limit === null ? BLOCK : limit - total),
      );
      if (data === null || data.length === 0) break;
      if (typeof data === "string") {
        throw new TypeError("a bytes-like object is required, not 'str'");
      }
      await sock.sendall(data, 0, options);
      total += data.length;
    }
    return total;
  } finally {
    // As socket.py: the position is offset + sent, wherever reading began.
    if (total > 0 && typeof file.seek === "function") {
      await seekTo(file, start + total);
    }
  }
}

// _check_sendfile_params: the file's mode, the socket's type, the count.
function checkParams(
  sock: SendfileTarget,
  file: SendfileSource,
  count: unknown,
): number | null {
  if (typeof file !== "object" || file === null || !("read" in file)) {
    // Python's AttributeError, as JavaScript's TypeError.
    throw new TypeError(`'${pyTypeName(file)}' object has no attribute 'read'`);
  }
  const mode = "mode" in file ? file.mode : undefined;
  if (typeof mode === "string" && !mode.includes("b")) {
    throw new ValueError("file should be opened in binary mode");
  }
  if (!(sock.type & SOCK_STREAM)) {
    throw new ValueError("only SOCK_STREAM type sockets are supported");
  }
  if (count === null || count === undefined) return null;
  const isInt = typeof count === "boolean" || typeof count === "bigint" ||
    Number.isInteger(count);
  if (!isInt) {
    throw new TypeError(
      `count must be a positive integer (got ${repr(count)})`,
    );
  }
  const n = Number(count);
  if (n <= 0) {
    throw new ValueError(`count must be a positive integer (got ${n})`);
  }
  return n;
}

// _sendfile_use_sendfile: from `offset` of the file, as the kernel's
// sendfile(2) reads it: by the engine's own loop where it has one, else
// (or where that gives up) read here and sent.
async function viaSendfile(
  sock: SendfileTarget,
  file: Deno.FsFile,
  offset: unknown,
  limit: number | null,
  options: WaitOptions | undefined,
  kernel: KernelSendfile | undefined,
): Promise<number> {
  const size = file.statSync().size;
  if (size === 0) return 0;
  if (sock.gettimeout() === 0) {
    throw new ValueError("non-blocking sockets are not supported");
  }
  if (sock.fileno() === -1) {
    throw new ValueError("Invalid file descriptor: -1");
  }
  const start = toIndex(offset);
  if (start < 0) throw oserror(22);
  if (start >= size) return 0;
  const sent = kernel === undefined ? null : await kernel(file, start, limit);
  if (sent !== null) return sent;
  await file.seek(start, Deno.SeekMode.Start);
  const buffer = new Uint8Array(Math.min(BLOCK, limit ?? BLOCK));
  let total = 0;
  try {
    while (limit === null || total < limit) {
      const want = Math.min(buffer.length, (limit ?? Infinity) - total);
      const data = await readFs(file, buffer.subarray(0, want));
      if (data === null) break;
      await sock.sendall(data, 0, options);
      total += data.length;
    }
    return total;
  } finally {
    if (total > 0) await file.seek(start + total, Deno.SeekMode.Start);
  }
}

// One read from a Deno file: the bytes, or null at the end. A file open
// for writing only is Python's io.UnsupportedOperation('read').
async function readFs(
  file: Deno.FsFile,
  into: Uint8Array,
): Promise<Uint8Array | null> {
  let n: number | null;
  try {
    n = await file.read(into);
  } catch (e) {
    if ((e as { code?: unknown })?.code !== "EBADF") throw e;
    throw new UnsupportedOperation("read", undefined, { cause: e });
  }
  return n === null || n === 0 ? null : into.subarray(0, n);
}

// Python's file.seek(offset); a file object without one is Python's
// AttributeError, as JavaScript's TypeError.
async function seekTo(
  file: Exclude<SendfileSource, Deno.FsFile>,
  offset: number,
): Promise<void> {
  if (typeof file.seek !== "function") {
    throw new TypeError(`'${pyTypeName(file)}' object has no attribute 'seek'`);
  }
  await file.seek(offset);
}

// Python's _sendfile_use_sendfile: a file whose fileno() is unsupported (a
// BufferedRWPair, a text "rw" file) gives up on os.sendfile and is read.
function hasDescriptor(file: { fileno?(): number }): boolean {
  try {
    file.fileno!();
    return true;
  } catch (e) {
    if (e instanceof UnsupportedOperation) return false;
    throw e;
  }
}
