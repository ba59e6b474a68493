// Python's exception classes for socket code. `String(e)` and `e.message`
// read as Python's `str(e)`; `errno`/`strerror` are Python's attributes.

/**
 * Python's `OSError` (also exported as `error`): every failure the operating
 * system reports. `errno` is Linux's number and `strerror` its text; both are
 * `null` for errors that carry only a message (`timed out`).
 *
 * @example Catching a refused connection
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 *
 * const e = new socket.OSError(111, "Connection refused");
 * assert(String(e) === "[Errno 111] Connection refused");
 * assert(e.errno === socket.ECONNREFUSED);
 * ```
 */
export class OSError extends Error {
  /** Linux's errno, or `null` when the error has only a message. */
  readonly errno: number | null;
  /** The text for `errno` (`"Connection refused"`), or `null`. */
  readonly strerror: string | null;

  /**
   * Builds the error as Python's `OSError(errno, strerror)` does; with only a
   * message it is `OSError(message)`.
   *
   * @param errnoOrMessage Linux's errno, or the whole message.
   * @param strerror The errno's text.
   * @param options `cause`: the runtime error behind this one.
   */
  constructor(
    errnoOrMessage?: number | string | null,
    strerror?: string,
    options?: ErrorOptions,
  ) {
    const hasErrno = typeof errnoOrMessage === "number" &&
      strerror !== undefined;
    super(
      hasErrno
        ? `[Errno ${errnoOrMessage}] ${messageOf(strerror)}`
        : messageOf(errnoOrMessage),
      options,
    );
    this.errno = hasErrno ? errnoOrMessage : null;
    this.strerror = hasErrno ? strerror : null;
  }

  /** The class name, as Python prints it in a traceback. */
  override get name(): string {
    return this.constructor.name;
  }

  /**
   * Python's `str(e)`: `[Errno 111] Connection refused`, or the bare message.
   *
   * @returns The message.
   */
  override toString(): string {
    return this.message;
  }
}

// Python's str() of the one argument: a released memoryview prints as
// `<released memory at 0x…>`, where a detached view's own toString throws.
function messageOf(value: unknown): string {
  if (
    ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer &&
    value.buffer.detached
  ) {
    return "<released memory>";
  }
  return String(value ?? "");
}

/**
 * Python's `socket.error`, an alias of {@linkcode OSError}.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.error === socket.OSError);
 * ```
 */
export const error: typeof OSError = OSError;

/**
 * A call on a non-blocking socket would have to wait (`EAGAIN` 11,
 * `EINPROGRESS` 115, `EALREADY` 114).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const e = new socket.BlockingIOError(11, "Resource temporarily unavailable");
 * assert(e instanceof socket.OSError);
 * ```
 */
export class BlockingIOError extends OSError {}

/**
 * Base class of the connection errors (`BrokenPipeError`,
 * `ConnectionAbortedError`, `ConnectionRefusedError`, `ConnectionResetError`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const e = new socket.ConnectionResetError(104, "Connection reset by peer");
 * assert(e instanceof socket.ConnectionError);
 * ```
 */
export class ConnectionError extends OSError {}

/**
 * Writing to a connection that is shut down or gone (`EPIPE` 32, `ESHUTDOWN` 108).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(String(new socket.BrokenPipeError(32, "Broken pipe")) === "[Errno 32] Broken pipe");
 * ```
 */
export class BrokenPipeError extends ConnectionError {}

/**
 * The connection was aborted (`ECONNABORTED` 103).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.ConnectionAbortedError(103, "Software caused connection abort").errno === 103);
 * ```
 */
export class ConnectionAbortedError extends ConnectionError {}

/**
 * Nobody listens at the address (`ECONNREFUSED` 111).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.ConnectionRefusedError(111, "Connection refused").errno === 111);
 * ```
 */
export class ConnectionRefusedError extends ConnectionError {}

/**
 * The peer reset the connection (`ECONNRESET` 104).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.ConnectionResetError(104, "Connection reset by peer").errno === 104);
 * ```
 */
export class ConnectionResetError extends ConnectionError {}

/**
 * A missing file or directory, such as a UNIX socket path (`ENOENT` 2).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.FileNotFoundError(2, "No such file or directory").errno === 2);
 * ```
 */
export class FileNotFoundError extends OSError {}

/**
 * Something that exists already (`EEXIST` 17), such as a descriptor
 * registered twice with an epoll object.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.FileExistsError(17, "File exists").errno === 17);
 * ```
 */
export class FileExistsError extends OSError {}

/**
 * A call was interrupted (`EINTR` 4). Python retries these itself, and so does
 * this module; the class exists for code that names it.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.InterruptedError(4, "Interrupted system call").errno === 4);
 * ```
 */
export class InterruptedError extends OSError {}

/**
 * Not allowed (`EACCES` 13, `EPERM` 1). A missing Deno permission raises it
 * too, with a message that names the flag to add (`--allow-net`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.PermissionError(13, "Permission denied").errno === 13);
 * ```
 */
export class PermissionError extends OSError {}

/**
 * Python's `TimeoutError`, also exported as `timeout`: a call on a socket with
 * a timeout waited that long. Its message is `timed out` and its `errno` is
 * `null`, as in Python.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const e = new socket.timeout("timed out");
 * assert(String(e) === "timed out" && e.errno === null);
 * ```
 */
export class TimeoutError extends OSError {}

/**
 * Python's `socket.timeout`, an alias of {@linkcode TimeoutError}.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(socket.timeout === socket.TimeoutError);
 * ```
 */
export const timeout: typeof TimeoutError = TimeoutError;

/**
 * Python's `socket.herror`: a host look-up by address failed
 * (`[Errno 1] Unknown host`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(String(new socket.herror(1, "Unknown host")) === "[Errno 1] Unknown host");
 * ```
 */
export class herror extends OSError {}

/**
 * Python's `socket.gaierror`: a name look-up failed; `errno` is a negative
 * `EAI_*` code (`[Errno -2] Name or service not known`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const e = new socket.gaierror(socket.EAI_NONAME, "Name or service not known");
 * assert(String(e) === "[Errno -2] Name or service not known");
 * ```
 */
export class gaierror extends OSError {}

/**
 * Python's `ValueError`: an argument has the right type but a wrong value
 * (`negative buffersize in recv`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(String(new socket.ValueError("negative buffersize in recv")) === "negative buffersize in recv");
 * ```
 */
export class ValueError extends Error {
  /** The class name, as Python prints it. */
  override get name(): string {
    return this.constructor.name;
  }

  /**
   * Python's `str(e)`: the bare message.
   *
   * @returns The message.
   */
  override toString(): string {
    return this.message;
  }
}

/**
 * Python's `RuntimeError`: an operation on an object in the wrong state, as
 * `get_key()` on a closed selector (`Selector is closed`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * using sel = new socket.DefaultSelector();
 * sel.close();
 * assert.throws(() => sel.get_key(0), socket.RuntimeError);
 * ```
 */
export class RuntimeError extends Error {
  /** The class name, as Python prints it. */
  override get name(): string {
    return this.constructor.name;
  }

  /**
   * Python's `str(e)`: the bare message.
   *
   * @returns The message.
   */
  override toString(): string {
    return this.message;
  }
}

/**
 * Python's `UnicodeError`, a {@linkcode ValueError}: a host name the IDNA
 * codec cannot encode (`label empty or too long`).
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * assert(new socket.UnicodeError("label empty or too long") instanceof socket.ValueError);
 * ```
 */
export class UnicodeError extends ValueError {}

/**
 * Python's `OverflowError`: a number outside the range a call accepts
 * (`bind(): port must be 0-65535.`). It extends JavaScript's `RangeError`.
 *
 * @example Usage
 * ```ts
 * import * as socket from "@pysocket/socket";
 * import assert from "node:assert/strict";
 * const e = new socket.OverflowError("bind(): port must be 0-65535.");
 * assert(e instanceof RangeError);
 * ```
 */
export class OverflowError extends RangeError {
  /** The class name, as Python prints it. */
  override get name(): string {
    return this.constructor.name;
  }

  /**
   * Python's `str(e)`: the bare message.
   *
   * @returns The message.
   */
  override toString(): string {
    return this.message;
  }
}
