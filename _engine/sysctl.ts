// The kernel's socket-buffer settings (/proc/sys/net), read once when this
// process may read them, else Linux's defaults. SO_RCVBUF and SO_SNDBUF are
// what the kernel makes of them.

/** A /proc/sys/net value: its `field`-th number, or `fallback`. */
function sysctl(name: string, fallback: number, field = 0): number {
  const path = `/proc/sys/net/${name}`;
  try {
    // Query first: reading without the permission would prompt.
    if (
      Deno.permissions.querySync({ name: "read", path }).state !== "granted"
    ) {
      return fallback;
    }
    const value = Number(
      Deno.readTextFileSync(path).trim().split(/\s+/)[field],
    );
    return Number.isInteger(value) && value > 0 ? value : fallback;
  } catch {
    return fallback;
  }
}

let limits: BufferLimits | null = null;

/** The figures Linux sizes socket buffers by. */
export interface BufferLimits {
  /** `net.core.rmem_max`, `net.core.wmem_max`: the cap on a program's value. */
  rmemMax: number;
  wmemMax: number;
  /** `net.core.rmem_default`, `wmem_default`: UDP's and AF_UNIX's defaults. */
  rmemDefault: number;
  wmemDefault: number;
  /** The middle figures of `net.ipv4.tcp_rmem` and `tcp_wmem`: TCP's. */
  tcpRmem: number;
  tcpWmem: number;
}

/** The limits, read on first use. */
export function bufferLimits(): BufferLimits {
  return limits ??= {
    rmemMax: sysctl("core/rmem_max", 212992),
    wmemMax: sysctl("core/wmem_max", 212992),
    rmemDefault: sysctl("core/rmem_default", 212992),
    wmemDefault: sysctl("core/wmem_default", 212992),
    tcpRmem: sysctl("ipv4/tcp_rmem", 131072, 1),
    tcpWmem: sysctl("ipv4/tcp_wmem", 16384, 1),
  };
}

/**
 * What Linux stores for `setsockopt(SO_RCVBUF | SO_SNDBUF, value)`: the
 * value (as unsigned) capped at the maximum, doubled for the kernel's
 * bookkeeping, and at least the minimum (2304 received, 4608 sent).
 */
export function kernelBufferSize(receive: boolean, value: number): number {
  const { rmemMax, wmemMax } = bufferLimits();
  const max = receive ? rmemMax : wmemMax;
  const asked = value >>> 0;
  return Math.max(Math.min(asked, max) * 2, receive ? 2304 : 4608);
}
