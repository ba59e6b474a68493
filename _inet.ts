// Numeric IP addresses as glibc reads and prints them: the strict forms of
// inet_pton(3), the classic forms of inet_aton(3), and inet_ntop(3)'s text.
//
// The parsers are single-pass char-code scanners: they run on every
// inet_pton/inet_aton call and on every numeric host the engine resolves,
// so on success they allocate nothing but the result.

// Character codes the scanners compare against.
const DOT = 0x2e;
const COLON = 0x3a;
const ZERO = 0x30;
const SEVEN = 0x37;
const NINE = 0x39;

// The value of a hex digit, or -1: shared by inet_aton's `0x` parts and
// IPv6 groups.
function hexDigit(c: number): number {
  if (c >= ZERO && c <= NINE) return c - ZERO;
  const lower = c | 0x20; // ASCII letters differ from their capital by 0x20
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

// Strict dotted-quad text in text[start, end) into out[at..at+3]: exactly
// four decimal parts of 0..255, with no leading zeros. False when invalid
// (out may then hold partial bytes; callers discard it).
function scanIPv4(
  text: string,
  start: number,
  end: number,
  out: Uint8Array,
  at: number,
): boolean {
  let part = 0; // value of the current part
  let digits = 0; // digits read in the current part
  let index = 0; // which part is being read, 0..3
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      if (digits === 0 || index === 3) return false;
      out[at + index++] = part;
      part = 0;
      digits = 0;
    } else if (c >= ZERO && c <= NINE) {
      // A part that began with 0 must be just "0".
      if (digits === 1 && part === 0) return false;
      part = part * 10 + (c - ZERO);
      // Without a leading zero, 256 and any 4 digits are past 255.
      if (part > 255) return false;
      digits++;
    } else {
      return false;
    }
  }
  if (digits === 0 || index !== 3) return false;
  out[at + 3] = part;
  return true;
}

/** IPv4 text in inet_pton's strict form (`a.b.c.d`, no leading zeros). */
export function parseIPv4(text: string): Uint8Array | null {
  const out = new Uint8Array(4);
  return scanIPv4(text, 0, text.length, out, 0) ? out : null;
}

// inet_aton stops at the first of these: glibc's isspace in the C locale.
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * IPv4 text in any form inet_aton accepts: one to four parts, each decimal,
 * octal (`017`) or hex (`0x7f`), the last filling the remaining bytes
 * (`127.1`); anything after a whitespace character is ignored.
 */
export function parseIPv4Lenient(text: string): Uint8Array | null {
  const out = new Uint8Array(4);
  const len = text.length;
  let dots = 0; // parts finished before the current one
  let i = 0;
  for (;;) {
    // One part starts at i: a digit must be there.
    if (i >= len) return null;
    let c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return null;
    let value = 0;
    if (c === ZERO) {
      i++;
      c = i < len ? text.charCodeAt(i) : -1;
      if (c === 0x78 || c === 0x58) {
        // "0x": hex, and a bare "0x" with no digits is rejected.
        i++;
        const first = i;
        for (; i < len; i++) {
          const d = hexDigit(text.charCodeAt(i));
          if (d < 0) break;
          value = value * 16 + d;
          // Past 32 bits no part is valid; stopping early also keeps the
          // value exact.
          if (value > 0xffffffff) return null;
        }
        if (i === first) return null;
      } else {
        // A leading 0: octal (a lone "0" is zero); 8 and 9 are invalid.
        for (; i < len; i++) {
          c = text.charCodeAt(i);
          if (c < ZERO || c > SEVEN) break;
          value = value * 8 + (c - ZERO);
          if (value > 0xffffffff) return null;
        }
      }
    } else {
      for (; i < len; i++) {
        c = text.charCodeAt(i);
        if (c < ZERO || c > NINE) break;
        value = value * 10 + (c - ZERO);
        if (value > 0xffffffff) return null;
      }
    }
    // The part ends at a dot, the end, or a space (which ends the address).
    c = i < len ? text.charCodeAt(i) : -1;
    if (c === DOT) {
      // Every part but the last is one byte, and there are at most four.
      if (value > 255 || dots === 3) return null;
      out[dots++] = value;
      i++;
      continue;
    }
    if (c !== -1 && !isSpace(c)) return null;
    // The last part fills bytes dots..3, so it must fit in them.
    // (0xffffffff >>> 8 * dots is the largest value bytes dots..3 hold.)
    if (value > 0xffffffff >>> (8 * dots)) return null;
    for (let b = 3; b >= dots; b--) {
      out[b] = value & 0xff;
      value >>>= 8; // value < 2**32 here, so >>> is exact
    }
    return out;
  }
}

/** IPv6 text as inet_pton reads it, with an optional dotted IPv4 tail. */
export function parseIPv6(text: string): Uint8Array | null {
  const out = new Uint8Array(16);
  const len = text.length;
  let words = 0; // 16-bit groups written so far
  let gap = -1; // the group index where "::" stands, if any
  let i = 0;
  if (len >= 2 && text.charCodeAt(0) === COLON) {
    // A leading colon is only valid as the start of "::".
    if (text.charCodeAt(1) !== COLON) return null;
    gap = 0;
    i = 2;
    if (i === len) return out; // "::" alone
  }
  for (;;) {
    // One group starts at i: one to four hex digits, or a dotted quad.
    const start = i;
    let value = 0;
    for (; i < len && i - start < 5; i++) {
      const d = hexDigit(text.charCodeAt(i));
      if (d < 0) break;
      value = value << 4 | d;
    }
    const digits = i - start;
    const c = i < len ? text.charCodeAt(i) : -1;
    if (c === DOT) {
      // A dotted quad is only valid as the very last thing in the text,
      // and it takes two groups.
      if (words > 6 || !scanIPv4(text, start, len, out, 2 * words)) {
        return null;
      }
      words += 2;
      break;
    }
    if (digits === 0 || digits > 4 || words === 8) return null;
    out[2 * words] = value >> 8;
    out[2 * words + 1] = value & 0xff;
    words++;
    if (c === -1) break;
    if (c !== COLON) return null;
    i++;
    if (i < len && text.charCodeAt(i) === COLON) {
      // A second "::" is invalid; "::" at the very end is valid.
      if (gap !== -1) return null;
      gap = words;
      i++;
      if (i === len) break;
    }
    // After a single colon another group must follow (i === len fails at
    // the top of the loop, as "1:" has an empty group).
  }
  if (gap === -1) return words === 8 ? out : null;
  // "::" stands for at least one zero group.
  if (words > 7) return null;
  // Move the groups after "::" to the end and zero the groups between.
  const tail = 2 * (words - gap);
  out.copyWithin(16 - tail, 2 * gap, 2 * words);
  out.fill(0, 2 * gap, 16 - tail);
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
