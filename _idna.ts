// Python's "idna" codec (IDNA 2003: nameprep, then punycode), which
// CPython applies to every str host name before libc sees it. Nameprep's
// tables are approximated with Unicode properties: case folding by
// toLowerCase, NFKC from the runtime's Unicode version (Python pins 3.2).

import { UnicodeError } from "./errors.ts";

const DOTS = /[\u002e\u3002\uff0e\uff61]/;

// RFC 3454 table B.1: characters nameprep deletes.
const DELETED =
  /[\u00ad\u034f\u1806\u180b-\u180d\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]/gu;

// Tables C.1.2 to C.9: characters nameprep prohibits after mapping.
const PROHIBITED = new RegExp(
  "[\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000" + // C.1.2
    "\\u0080-\\u009f\\u06dd\\u070f\\u180e\\u200c\\u200d\\u2028\\u2029" +
    "\\u2060-\\u2063\\u206a-\\u206f\\ufeff\\ufff9-\\ufffc\\u{1d173}-\\u{1d17a}" + // C.2.2
    "\\ue000-\\uf8ff\\u{f0000}-\\u{ffffd}\\u{100000}-\\u{10fffd}" + // C.3
    "\\ufdd0-\\ufdef\\ufffe\\uffff\\u{1fffe}\\u{1ffff}\\u{10fffe}\\u{10ffff}" + // C.4
    "\\ud800-\\udfff\\ufffd\\u2ff0-\\u2ffb" + // C.5-C.7
    "\\u0340\\u0341\\u200e\\u200f\\u202a-\\u202e\\u{e0001}\\u{e0020}-\\u{e007f}]", // C.8-C.9
  "u",
);

// Right-to-left letters (bidi R/AL), and left-to-right ones (bidi L).
const RAND_AL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const L_CAT = /\p{L}/u;

function fail(reason: string): UnicodeError {
  return new UnicodeError(
    `encoding with 'idna' codec failed (UnicodeError: ${reason})`,
  );
}

// Table B.2, case folding: upper- then lower-casing folds ß to ss and ς to
// σ as B.2 does; the dotless ı is the one letter B.2 leaves alone.
function fold(text: string): string {
  return [...text].map((c) => c === "ı" ? c : c.toUpperCase().toLowerCase())
    .join("");
}

// Python's repr() of one character.
function repr(c: string): string {
  if (
    !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(c) || c === " "
  ) {
    return `'${c}'`;
  }
  const code = c.codePointAt(0)!;
  const hex = code.toString(16);
  if (code < 0x100) return `'\\x${hex.padStart(2, "0")}'`;
  if (code < 0x10000) return `'\\u${hex.padStart(4, "0")}'`;
  return `'\\U${hex.padStart(8, "0")}'`;
}

function nameprep(label: string): string {
  const mapped = fold(label.replace(DELETED, "")).normalize("NFKC");
  for (const c of mapped) {
    if (PROHIBITED.test(c)) throw fail(`Invalid character ${repr(c)}`);
  }
  const chars = [...mapped];
  const rtl = chars.map((c) => RAND_AL.test(c) && L_CAT.test(c));
  if (rtl.some((r) => r)) {
    if (chars.some((c, i) => !rtl[i] && L_CAT.test(c))) {
      throw fail("Violation of BIDI requirement 2");
    }
    if (!rtl[0] || !rtl[rtl.length - 1]) {
      throw fail("Violation of BIDI requirement 3");
    }
  }
  return mapped;
}

// RFC 3492's encoder.
function punycode(text: string): string {
  const base = 36, tMin = 1, tMax = 26;
  const points = [...text].map((c) => c.codePointAt(0)!);
  const digit = (d: number): string =>
    String.fromCharCode(d < 26 ? 97 + d : 22 + d);
  const adapt = (delta: number, count: number, first: boolean): number => {
    delta = first ? Math.floor(delta / 700) : delta >> 1;
    delta += Math.floor(delta / count);
    let k = 0;
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) {
      delta = Math.floor(delta / (base - tMin));
    }
    return k + Math.floor((base - tMin + 1) * delta / (delta + 38));
  };
  let out = points.filter((c) => c < 128).map((c) => String.fromCharCode(c))
    .join("");
  const basic = out.length;
  if (basic > 0) out += "-";
  let n = 128, delta = 0, bias = 72, handled = basic;
  while (handled < points.length) {
    const m = Math.min(...points.filter((c) => c >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = base;; k += base) {
        const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
        if (q < t) break;
        out += digit(t + (q - t) % (base - t));
        q = Math.floor((q - t) / (base - t));
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

// deno-lint-ignore no-control-regex
const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

function toAscii(label: string): string {
  if (!isAscii(label)) label = nameprep(label);
  if (isAscii(label)) {
    if (label.length === 0 || label.length >= 64) {
      throw fail("label empty or too long");
    }
    return label;
  }
  if (label.startsWith("xn--")) throw fail("Label starts with ACE prefix");
  label = "xn--" + punycode(label);
  if (label.length >= 64) throw fail("label empty or too long");
  return label;
}

/**
 * A str host name as Python's idna codec encodes it: ASCII names pass
 * with each label's length checked; others are nameprepped and punycoded.
 */
export function idna(host: string): string {
  if (isAscii(host)) {
    const labels = host.split(".");
    const last = labels.pop()!;
    if (labels.some((l) => l.length === 0 || l.length >= 64)) {
      throw fail("label empty or too long");
    }
    if (last.length >= 64) throw fail("label too long");
    return host;
  }
  const labels = host.split(DOTS);
  const trailingDot = labels.length > 0 && labels[labels.length - 1] === "";
  if (trailingDot) labels.pop();
  return labels.map(toAscii).join(".") + (trailingDot ? "." : "");
}
