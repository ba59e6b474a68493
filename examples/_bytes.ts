// Python's bytes operations the tutorial's programs use: `a + b` and
// `repr(b)` (what `{data!r}` prints).

/** `a + b` for bytes. */
export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const ESCAPES: Record<number, string> = {
  0x09: "\\t",
  0x0a: "\\n",
  0x0d: "\\r",
  0x5c: "\\\\",
};

/** Python's `repr(b)`: `b'Message 1 from client.'`. */
export function bytesRepr(bytes: Uint8Array): string {
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? '"' : "'";
  let body = "";
  for (const byte of bytes) {
    if (ESCAPES[byte] !== undefined) body += ESCAPES[byte];
    else if (byte === quote.charCodeAt(0)) body += "\\" + quote;
    else if (byte >= 0x20 && byte < 0x7f) body += String.fromCharCode(byte);
    else body += "\\x" + byte.toString(16).padStart(2, "0");
  }
  return `b${quote}${body}${quote}`;
}

// Python's bytes.isspace() set: space, \t, \n, \v, \f, \r.
const isSpace = (byte: number) => byte === 0x20 || (byte >= 9 && byte <= 13);

/** Python's `b.strip()`: ASCII whitespace off both ends. */
export function strip(bytes: Uint8Array): Uint8Array {
  let start = 0;
  let end = bytes.length;
  while (start < end && isSpace(bytes[start]!)) start++;
  while (end > start && isSpace(bytes[end - 1]!)) end--;
  return bytes.slice(start, end);
}

/** Python's `b.upper()`: ASCII letters only. */
export function upper(bytes: Uint8Array): Uint8Array {
  return bytes.map((byte) => byte >= 0x61 && byte <= 0x7a ? byte - 32 : byte);
}
