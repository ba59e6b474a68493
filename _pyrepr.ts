// Python's repr() of the values that appear in selectors' and select's
// messages, so errors read as Python prints them.

import { pyTypeName } from "./_validate.ts";

/** `repr(text)`: single quotes unless the text holds one and no double. */
export function reprStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replaceAll("\\", "\\\\").replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r").replaceAll("\t", "\\t");
  return quote + (quote === "'" ? body.replaceAll("'", "\\'") : body) + quote;
}

/** `repr(value)` for the values a program stores in a selector key. */
export function repr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "string") return reprStr(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  try {
    return String(value);
  } catch {
    // A detached view or a hostile object cannot be printed: name its type.
    return `<${pyTypeName(value)} object>`;
  }
}

/** `repr(data)` of bytes: `b'\x00name'`, as Python prints an abstract name. */
export function reprBytes(data: Uint8Array): string {
  let body = "";
  for (const byte of data) {
    const char = String.fromCharCode(byte);
    if (char === "\\" || char === "'") body += "\\" + char;
    else if (byte >= 0x20 && byte < 0x7f) body += char;
    else if (char === "\n") body += "\\n";
    else if (char === "\r") body += "\\r";
    else if (char === "\t") body += "\\t";
    else body += `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return `b'${body}'`;
}
