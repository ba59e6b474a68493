// Numeric IP addresses as glibc reads and prints them: the strict forms of
// inet_pton(3), the classic forms of inet_aton(3), and inet_ntop(3)'s text.

/** IPv4 text in inet_pton's strict form (`a.b.c.d`, no leading zeros). */
export function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i]!;
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    out[i] = value;
  }
  return out;
}

/**
 * IPv4 text in any form inet_aton accepts: one to four parts, each decimal,
 * octal (`017`) or hex (`0x7f`), the last filling the remaining bytes
 * (`127.1`); anything after a whitespace character is ignored.
 */
export function parseIPv4Lenient(text: string): Uint8Array | null {
  const end = text.search(/[ \t\n\v\f\r]/);
  const body = end === -1 ? text : text.slice(0, end);
  const parts = body.split(".");
  if (parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0[xX][0-9a-fA-F]+$/.test(part)) {
      // A bare "0x" has no digits: glibc rejects it.
      value = parseInt(part.slice(2), 16);
    } else if (/^0[0-7]*$/.test(part)) {
      value = parseInt(part, 8);
    } else if (/^[1-9][0-9]*$/.test(part)) {
      value = Number(part);
    } else {
      return null;
    }
    if (value > 0xffffffff) return null;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255)) return null;
  if (last >= 2 ** (8 * (4 - values.length))) return null;
  const out = new Uint8Array(4);
  values.forEach((v, i) => out[i] = v);
  for (
    let i = 3, rest = last;
    i >= values.length;
    i--, rest = Math.floor(rest / 256)
  ) {
    out[i] = rest % 256;
  }
  return out;
}

/** IPv6 text as inet_pton reads it, with an optional dotted IPv4 tail. */
export function parseIPv6(text: string): Uint8Array | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === "") return [];
    const out: number[] = [];
    const parts = half.split(":");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i === parts.length - 1 && part.includes(".")) {
        const v4 = parseIPv4(part);
        if (v4 === null) return null;
        out.push(v4[0]! << 8 | v4[1]!, v4[2]! << 8 | v4[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
        out.push(parseInt(part, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === null || tail === null) return null;
  // A dotted tail is only allowed at the very end of the address.
  if (halves.length === 2 && halves[0]!.includes(".")) return null;
  const count = head.length + tail.length;
  if (halves.length === 2 ? count > 7 : count !== 8) return null;
  const words = [...head, ...new Array(8 - count).fill(0), ...tail];
  const out = new Uint8Array(16);
  words.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  return out;
}

/** Dotted-quad text for four bytes. */
export function formatIPv4(bytes: Uint8Array): string {
  return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
}

/** IPv6 text as glibc's inet_ntop prints it (`::1`, `::ffff:127.0.0.1`). */
export function formatIPv6(bytes: Uint8Array): string {
  const words: number[] = [];
  for (let i = 0; i < 8; i++) {
    words.push(bytes[2 * i]! << 8 | bytes[2 * i + 1]!);
  }
  let bestBase = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) [bestBase, bestLen] = [i, j - i];
    i = j;
  }
  if (bestLen < 2) bestBase = -1;
  let text = "";
  for (let i = 0; i < 8; i++) {
    if (bestBase !== -1 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) text += ":";
      continue;
    }
    if (i !== 0) text += ":";
    const embedsIPv4 = i === 6 && bestBase === 0 &&
      (bestLen === 6 || (bestLen === 7 && words[7] !== 1) ||
        (bestLen === 5 && words[5] === 0xffff));
    if (embedsIPv4) {
      text += formatIPv4(bytes.subarray(12));
      break;
    }
    text += words[i]!.toString(16);
  }
  if (bestBase !== -1 && bestBase + bestLen === 8) text += ":";
  return text;
}
