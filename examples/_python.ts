// What the examples get from Python itself: `repr()` of the values they
// print (`{data!r}`, `{addr}`, a dict from `json.loads`),
// `json.dumps(obj, ensure_ascii=False)` for what they put on the wire,
// `sys.byteorder`, and the bytes operations `a + b`, `b.strip()`,
// `b.upper()`.

/** `a + b` for bytes. */
export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
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

/** Python's `sys.byteorder` on this machine. */
export const byteorder: "little" | "big" =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? "little" : "big";

const BYTE_ESCAPES: Record<number, string> = {
  0x09: "\\t",
  0x0a: "\\n",
  0x0d: "\\r",
  0x5c: "\\\\",
};

/** `repr(b)`: `b'Message 1 from client.'`. */
export function bytesRepr(bytes: Uint8Array): string {
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? 0x22 : 0x27;
  let body = "";
  for (const byte of bytes) {
    const escape = BYTE_ESCAPES[byte];
    if (escape !== undefined) body += escape;
    else if (byte === quote) body += "\\" + String.fromCharCode(quote);
    else if (byte >= 0x20 && byte < 0x7f) body += String.fromCharCode(byte);
    else body += "\\x" + byte.toString(16).padStart(2, "0");
  }
  const q = String.fromCharCode(quote);
  return `b${q}${body}${q}`;
}

// `str.isprintable()` is false for these categories, and for every
// separator except the space.
const UNPRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** `repr(s)`: quotes and escapes as Python chooses them. */
export function strRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "\\" || char === quote) body += "\\" + char;
    else if (char === "\t") body += "\\t";
    else if (char === "\n") body += "\\n";
    else if (char === "\r") body += "\\r";
    else if (char === " " || !UNPRINTABLE.test(char)) body += char;
    else if (code < 0x100) body += "\\x" + hex(code, 2);
    else if (code < 0x10000) body += "\\u" + hex(code, 4);
    else body += "\\U" + hex(code, 8);
  }
  return quote + body + quote;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

/**
 * `repr(x)` of a number from `json.loads`. JSON.parse cannot tell `1` from
 * `1.0`, so integral values print as Python's ints.
 */
function numberRepr(n: number): string {
  if (Number.isInteger(n)) return n.toFixed(0);
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  // Python switches to an exponent below 1e-4 and from 1e16 on.
  const [digits, exp] = n.toExponential().split("e") as [string, string];
  const e = Number(exp);
  if (e >= -4 && e < 16) return String(n);
  return `${digits}e${e < 0 ? "-" : "+"}${
    String(Math.abs(e)).padStart(2, "0")
  }`;
}

/** `repr(x)` of what `json.loads` returns: dict, list, str, int, float, bool, None. */
export function repr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return numberRepr(value);
  if (typeof value === "string") return strRepr(value);
  if (value instanceof Uint8Array) return bytesRepr(value);
  if (Array.isArray(value)) return `[${value.map(repr).join(", ")}]`;
  const items = Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${strRepr(k)}: ${repr(v)}`);
  return `{${items.join(", ")}}`;
}

/** `json.dumps(value, ensure_ascii=False)`: `", "` and `": "` separators. */
export function dumps(value: unknown): string {
  if (value === null || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    if (Number.isFinite(value)) return numberRepr(value);
    return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  }
  if (Array.isArray(value)) return `[${value.map(dumps).join(", ")}]`;
  const items = Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${JSON.stringify(k)}: ${dumps(v)}`);
  return `{${items.join(", ")}}`;
}

/**
 * `str(addr)`, what `f"{addr}"` prints: a tuple as `('127.0.0.1', 65432)`, a
 * UNIX path as itself.
 */
export function addrStr(addr: unknown): string {
  if (Array.isArray(addr)) return `(${addr.map(repr).join(", ")})`;
  return String(addr);
}
