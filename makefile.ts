// `sock.makefile()`: Python's argument checks, then the file object the
// mode asks for (socketio.ts, buffered_io.ts, text_io.ts).

import { OverflowError, ValueError } from "./errors.ts";
import type { Socket } from "./socket.ts";
import { codecFor } from "./_codecs.ts";
import { pyTypeName, toIndex } from "./_validate.ts";
import {
  type BufferedIOBase,
  BufferedReader,
  BufferedRWPair,
  BufferedWriter,
} from "./buffered_io.ts";
import { DEFAULT_BUFFER_SIZE, SocketIO } from "./socketio.ts";
import { NEWLINES, TextIOWrapper } from "./text_io.ts";

/** The options of {@linkcode Socket.makefile}, Python's keyword arguments. */
export interface MakefileOptions {
  /** `0`: unbuffered (binary only); a positive size; `null` or `-1`: 8192. */
  buffering?: number | null;
  /** Text mode's encoding: `utf-8` (default), `latin-1` or `ascii`. */
  encoding?: string | null;
  /** Text mode's error handler: `strict` (default) or `replace`. */
  errors?: string | null;
  /** Text mode's newline handling: `null` (universal), `""`, `\n`, `\r`, `\r\n`. */
  newline?: string | null;
}

/**
 * `sock.makefile(mode, options)`: checks the arguments as Python does, then
 * takes a reference on the socket (`acquire`) and builds the file.
 */
export function openFile(
  sock: Socket,
  mode: string,
  options: MakefileOptions,
  acquire: () => () => void,
): SocketIO | BufferedIOBase | TextIOWrapper {
  // `null` reads as no options, as `{}` does.
  options ??= {};
  if (typeof mode !== "string" || ![...mode].every((c) => "rwb".includes(c))) {
    // Never String() a non-string: a detached view or a hostile object
    // would throw from it.
    const repr = typeof mode === "string"
      ? `'${mode}'`
      : `<${pyTypeName(mode)} object>`;
    throw new ValueError(`invalid mode ${repr} (only r, w, b allowed)`);
  }
  const writing = mode.includes("w");
  const reading = mode.includes("r") || !writing;
  const binary = mode.includes("b");
  const size: unknown = options.buffering ?? -1;
  if (!["number", "bigint", "boolean"].includes(typeof size)) {
    // Python's `buffering < 0` on another type.
    throw new TypeError(
      `'<' not supported between instances of '${pyTypeName(size)}' and 'int'`,
    );
  }
  let buffering = toIndex(size);
  if (buffering >= 2 ** 63) {
    throw new OverflowError("Python int too large to convert to C ssize_t");
  }
  if (buffering < 0) buffering = DEFAULT_BUFFER_SIZE;
  if (buffering === 0 && !binary) {
    throw new ValueError("unbuffered streams must be binary");
  }
  const newline = options.newline ?? null;
  if (!binary && newline !== null && typeof newline !== "string") {
    throw new TypeError(
      `TextIOWrapper() argument 'newline' must be str or None, not ${
        pyTypeName(newline)
      }`,
    );
  }
  if (!binary && !NEWLINES.includes(newline)) {
    throw new ValueError(`illegal newline value: ${newline}`);
  }
  const encoding = options.encoding ?? "utf-8";
  const errors = options.errors ?? "strict";
  if (!binary) codecFor(encoding, errors);
  const rawmode = (reading ? "r" : "") + (writing ? "w" : "") + "b";
  const raw = new SocketIO(sock, rawmode, acquire());
  if (buffering === 0) return raw;
  try {
    const buffer = reading && writing
      ? new BufferedRWPair(raw, buffering)
      : reading
      ? new BufferedReader(raw, buffering)
      : new BufferedWriter(raw, buffering);
    if (binary) return buffer;
    const text = new TextIOWrapper(buffer, encoding, errors, newline);
    text.mode = mode;
    return text;
  } catch (e) {
    // Give the socket's reference back (CPython's garbage collector would):
    // socket.close() waits for every reference.
    raw.close();
    throw e;
  }
}
