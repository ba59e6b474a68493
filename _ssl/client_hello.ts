// What a ClientHello offers for ALPN, read from its first TLS record: a
// server that must choose as OpenSSL does (its first protocol the client
// offers, else none and no alert) reads it before node:tls sees it.

/** The bytes of the first TLS record, once `bytes` holds all of it, else `-1`. */
export function firstRecordLength(bytes: Uint8Array): number {
  if (bytes.length < 5) return -1;
  const length = 5 + (bytes[3]! << 8 | bytes[4]!);
  return bytes.length >= length ? length : -1;
}

/**
 * The ALPN protocols a ClientHello record offers: `[]` when it has no ALPN
 * extension, `null` when the bytes are not a whole ClientHello.
 */
export function offeredAlpn(record: Uint8Array): string[] | null {
  const view = new DataView(record.buffer, record.byteOffset, record.length);
  let at = 0;
  const need = (n: number) => {
    if (at + n > record.length) throw new RangeError("short ClientHello");
  };
  const u8 = () => (need(1), view.getUint8(at++));
  const u16 = () => (need(2), at += 2, view.getUint16(at - 2));
  const skip = (n: number) => (need(n), at += n);
  try {
    if (u8() !== 0x16) return null; // a handshake record
    skip(4); // version, length
    if (u8() !== 0x01) return null; // ClientHello
    skip(3 + 2 + 32); // length, version, random
    skip(u8()); // session id
    skip(u16()); // cipher suites
    skip(u8()); // compression methods
    if (at === record.length) return [];
    const end = at + 2 + u16();
    while (at < end) {
      const type = u16();
      const length = u16();
      if (type !== 0x0010) {
        skip(length);
        continue;
      }
      const names: string[] = [];
      const listEnd = at + 2 + u16();
      while (at < listEnd) {
        const n = u8();
        need(n);
        names.push(new TextDecoder().decode(record.subarray(at, at + n)));
        at += n;
      }
      return names;
    }
    return [];
  } catch {
    return null;
  }
}
