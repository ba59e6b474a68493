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
