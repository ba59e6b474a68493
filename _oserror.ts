// Builds the OSError subclass Python would raise for an errno, and maps the
// runtime's errors (Deno's, node:net's) onto them.

import {
  BlockingIOError,
  BrokenPipeError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  gaierror,
  InterruptedError,
  OSError,
  PermissionError,
  TimeoutError,
} from "./errors.ts";
import { errnoOf, strerror } from "./_errno.ts";

// How Python's `OSError(errno, msg)` picks its subclass.
const SUBCLASS: Record<number, typeof OSError> = {
  1: PermissionError,
  2: FileNotFoundError,
  4: InterruptedError,
  11: BlockingIOError,
  13: PermissionError,
  17: FileExistsError,
  32: BrokenPipeError,
  103: ConnectionAbortedError,
  104: ConnectionResetError,
  108: BrokenPipeError,
  110: TimeoutError,
  111: ConnectionRefusedError,
  114: BlockingIOError,
  115: BlockingIOError,
};

/** The OSError subclass Python raises for `errno`, with Linux's text. */
export function oserror(errno: number, cause?: unknown): OSError {
  const Class = SUBCLASS[errno] ?? OSError;
  return new Class(
    errno,
    strerror(errno),
    cause === undefined ? undefined : { cause },
  );
}

/** Python's `TimeoutError('timed out')`, errno `None`. */
export function timedOut(): TimeoutError {
  return new TimeoutError("timed out");
}

/** `[Errno -2] Name or service not known`, and the other EAI_* texts. */
export function gaiError(code: number, cause?: unknown): gaierror {
  return new gaierror(
    code,
    GAI_MESSAGES[code] ?? `Unknown error ${code}`,
    cause === undefined ? undefined : { cause },
  );
}

const GAI_MESSAGES: Record<number, string> = {
  [-1]: "Bad value for ai_flags",
  [-2]: "Name or service not known",
  [-3]: "Temporary failure in name resolution",
  [-4]: "Non-recoverable failure in name resolution",
  [-5]: "No address associated with hostname",
  [-6]: "ai_family not supported",
  [-7]: "ai_socktype not supported",
  [-8]: "Servname not supported for ai_socktype",
  [-9]: "Address family for hostname not supported",
  [-10]: "Memory allocation failure",
  [-11]: "System error",
  [-12]: "Argument buffer overflow",
};

// The flag Deno asks for, read from its NotCapable message.
function permissionFlag(message: string): string {
  return /--allow-[a-z-]+/.exec(message)?.[0] ?? "--allow-net";
}

// Deno errors without a `.code`, by class name.
const BY_NAME: Record<string, number> = {
  BadResource: 9,
  Interrupted: 9,
  ConnectionRefused: 111,
  ConnectionReset: 104,
  ConnectionAborted: 103,
  NotConnected: 107,
  AddrInUse: 98,
  AddrNotAvailable: 99,
  BrokenPipe: 32,
  TimedOut: 110,
  NotFound: 2,
  PermissionDenied: 13,
  WouldBlock: 11,
  NetworkUnreachable: 101,
  AlreadyExists: 17,
  NotSupported: 95,
};

/**
 * Python's exception for an error thrown by the runtime. Our own errors pass
 * through; a missing Deno permission becomes `PermissionError` naming the flag.
 */
export function fromRuntime(e: unknown): Error {
  if (e instanceof OSError) return e;
  if (e instanceof Deno.errors.NotCapable) {
    const message = e.message;
    return new PermissionError(
      13,
      `Permission denied: run Deno with ${
        permissionFlag(message)
      } (${message})`,
      { cause: e },
    );
  }
  const err = e as { code?: unknown; name?: unknown };
  if (typeof err?.code === "string") {
    if (err.code === "ENOTFOUND" || err.code === "EAI_NONAME") {
      return gaiError(-2, e);
    }
    if (err.code === "EAI_AGAIN") return gaiError(-3, e);
    const errno = errnoOf(err.code);
    if (errno !== undefined) return oserror(errno, e);
  }
  if (typeof err?.name === "string" && err.name in BY_NAME) {
    return oserror(BY_NAME[err.name]!, e);
  }
  return e instanceof Error ? e : new OSError(String(e));
}

/**
 * What the default engine cannot do through Deno's API: EOPNOTSUPP with a
 * message naming the entry that can.
 */
export function needsNative(what: string): OSError {
  return new OSError(
    95,
    `Operation not supported: ${what} needs the native engine, @pysocket/socket/ffi`,
  );
}
