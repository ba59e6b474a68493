// Python's certificate format helpers: PEM and DER, and certificate times.

import { Buffer } from "node:buffer";
import { ValueError } from "../errors.ts";
import { toBytes } from "../_validate.ts";

/** The first line of a PEM certificate. */
export const PEM_HEADER = "-----BEGIN CERTIFICATE-----";
/** The last line of a PEM certificate. */
export const PEM_FOOTER = "-----END CERTIFICATE-----";

/**
 * Python's `ssl.DER_cert_to_PEM_cert`: a DER certificate (as
 * `getpeercert(true)` gives it) as PEM text, 64 characters a line.
 *
 * @param der_cert_bytes The DER bytes.
 * @returns The PEM text, ending with a newline.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * const pem = ssl.DER_cert_to_PEM_cert(new Uint8Array([0x30, 0x00]));
 * assert(pem === "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n");
 * ```
 */
export function DER_cert_to_PEM_cert(
  der_cert_bytes: ArrayBufferView | ArrayBuffer,
): string {
  const bytes = toBytes(der_cert_bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("base64");
  const lines = [PEM_HEADER];
  for (let i = 0; i < text.length; i += 64) lines.push(text.slice(i, i + 64));
  lines.push(PEM_FOOTER + "\n");
  return lines.join("\n");
}

/**
 * Python's `ssl.PEM_cert_to_DER_cert`: a PEM certificate's DER bytes.
 *
 * @param pem_cert_string The PEM text.
 * @returns The DER bytes.
 * @throws {ValueError} `Invalid PEM encoding; must start with
 * -----BEGIN CERTIFICATE-----` (or end with the footer).
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * const der = ssl.PEM_cert_to_DER_cert(ssl.DER_cert_to_PEM_cert(new Uint8Array([0x30, 0x00])));
 * assert.deepStrictEqual([...der], [0x30, 0x00]);
 * ```
 */
export function PEM_cert_to_DER_cert(pem_cert_string: string): Uint8Array {
  if (typeof pem_cert_string !== "string") {
    throw new TypeError("PEM_cert_to_DER_cert() argument must be str");
  }
  if (!pem_cert_string.startsWith(PEM_HEADER)) {
    throw new ValueError(`Invalid PEM encoding; must start with ${PEM_HEADER}`);
  }
  const trimmed = pem_cert_string.trim();
  if (!trimmed.endsWith(PEM_FOOTER)) {
    throw new ValueError(`Invalid PEM encoding; must end with ${PEM_FOOTER}`);
  }
  const body = trimmed.slice(PEM_HEADER.length, -PEM_FOOTER.length);
  return new Uint8Array(Buffer.from(body, "base64"));
}

const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const REST = /^\s+(\d{1,2})\s+(\d{1,2}):(\d{1,2}):(\d{1,2})\s+(\d{4})\s+GMT$/;

/**
 * Python's `ssl.cert_time_to_seconds`: a certificate's `notBefore` or
 * `notAfter` (`"Dec  3 14:02:48 2026 GMT"`) as seconds since the Epoch.
 *
 * @param cert_time The time, as `getpeercert()` gives it.
 * @returns Whole seconds since 1970-01-01 UTC.
 * @throws {ValueError} `time data '…' does not match format …`.
 *
 * @example Usage
 * ```ts
 * import * as ssl from "@pysocket/socket/ssl";
 * import assert from "node:assert/strict";
 * assert(ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 GMT") === 1515144883);
 * ```
 */
export function cert_time_to_seconds(cert_time: string): number {
  if (typeof cert_time !== "string") {
    throw new TypeError("cert_time_to_seconds() argument must be str");
  }
  const head = cert_time.slice(0, 3);
  const month = MONTHS.indexOf(
    head.charAt(0).toUpperCase() + head.slice(1).toLowerCase(),
  );
  if (month === -1) {
    throw new ValueError(
      `time data '${cert_time}' does not match format "%b %d %H:%M:%S %Y GMT"`,
    );
  }
  const rest = cert_time.slice(3);
  const parts = REST.exec(rest)?.slice(1).map(Number);
  const [day = 0, hour = 0, minute = 0, second = 0, year = 0] = parts ?? [];
  if (
    parts === undefined || day < 1 || day > 31 || hour > 23 || minute > 59 ||
    second > 61
  ) {
    throw new ValueError(
      `time data '${rest}' does not match format ' %d %H:%M:%S %Y GMT'`,
    );
  }
  return Date.UTC(year, month, day, hour, minute, second) / 1000;
}
