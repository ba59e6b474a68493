// The text encodings a socket file object can use, by Python's names.

import { ValueError } from "./errors.ts";
import { pyTypeName } from "./_validate.ts";

/** Turns bytes into text, chunk by chunk, and text into bytes. */
export interface Codec {
  /** Decodes `bytes`; with `final`, no character may be left incomplete. */
  decode(bytes: Uint8Array, final: boolean): string;
  encode(text: string): Uint8Array;
}

/** Python's `LookupError`, for an encoding it does not know. */
function lookupError(encoding: string): Error {
  const error = new Error(`unknown encoding: ${encoding}`);
  error.name = "LookupError";
  return error;
}

/**
 * The codec for `encoding` (`utf-8`, `latin-1`, `ascii` and their aliases);
 * `errors` is `"strict"` (raise) or `"replace"` (U+FFFD or `?`).
 */
export function codecFor(encoding: string, errors: string): Codec {
  // CPython checks the types first; toLowerCase() or a template string on
  // another value would throw V8's error or call a hostile toString.
  for (const [name, value] of [["encoding", encoding], ["errors", errors]]) {
    if (typeof value !== "string") {
      throw new TypeError(
        `TextIOWrapper() argument '${name}' must be str or None, not ${
          pyTypeName(value)
        }`,
      );
    }
  }
  if (errors !== "strict" && errors !== "replace") {
    const error = new Error(`unknown error handler name '${errors}'`);
    error.name = "LookupError";
    throw error;
  }
  const name = encoding.toLowerCase().replaceAll("_", "-");
  if (["utf-8", "utf8", "u8"].includes(name)) return utf8(errors);
  if (["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1"].includes(name)) {
    return singleByte("latin-1", 0xff, errors);
  }
  if (["ascii", "us-ascii", "646"].includes(name)) {
    return singleByte("ascii", 0x7f, errors);
  }
  throw lookupError(encoding);
}

function utf8(errors: string): Codec {
  const decoder = new TextDecoder("utf-8", { fatal: errors === "strict" });
  const encoder = new TextEncoder();
  return {
    decode(bytes, final) {
      try {
        return decoder.decode(bytes, { stream: !final });
      } catch {
        throw new ValueError("'utf-8' codec can't decode the data received");
      }
    },
    encode: (text) => encoder.encode(text),
  };
}

function singleByte(name: string, max: number, errors: string): Codec {
  return {
    decode(bytes) {
      let text = "";
      for (const byte of bytes) {
        if (byte > max && errors === "strict") {
          throw new ValueError(
            `'${name}' codec can't decode byte 0x${byte.toString(16)}`,
          );
        }
        text += byte > max ? "\ufffd" : String.fromCharCode(byte);
      }
      return text;
    },
    encode(text) {
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code > max && errors === "strict") {
          throw new ValueError(
            `'${name}' codec can't encode character at position ${i}`,
          );
        }
        out[i] = code > max ? 0x3f : code;
      }
      return out;
    },
  };
}
