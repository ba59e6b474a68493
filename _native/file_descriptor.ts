// The OS descriptor under a Deno.FsFile, for the kernel's sendfile(2).
// Deno 2.9.6 gives an FsFile no public descriptor (only a resource id), and
// a path cannot be had from one, so the descriptor is found by what the
// kernel says of the process's own descriptors: the FsFile is moved to a
// position no other open file of the process is at, and the descriptor
// open on the same file (device and inode) at that position is its own
// (the position belongs to the open file, which dup'ed descriptors share),
// then the FsFile goes back to where it was. Nothing is opened and no path
// is touched: whoever made the FsFile opened it under Deno's permission.

import { C, libc, STAT } from "./libc.ts";

// The last descriptor found for each file, checked again before each use
// (a descriptor closed and reused by another file no longer matches).
const found = new WeakMap<Deno.FsFile, number>();
const stat = new Uint8Array(STAT.size);
const statView = new DataView(stat.buffer);
const limit = new BigUint64Array(2);

/**
 * The descriptor of `file`, or null when it is open for writing only or
 * none matches (one beyond the process's descriptor limit): the caller
 * then reads the file, as CPython gives up on `os.sendfile`.
 */
export function descriptorOf(file: Deno.FsFile): number | null {
  const info = file.statSync();
  // Not a regular file (a device, a pipe): the kernel may refuse it, and
  // CPython would read it instead.
  if (!info.isFile || info.ino === null) return null;
  const want = { dev: BigInt(info.dev), ino: BigInt(info.ino), at: 0n };
  const back = file.seekSync(0, Deno.SeekMode.Current);
  // Past the end, where no reader stands (lseek allows it on a regular
  // file), at a random spot so another descriptor there is unthinkable.
  const marker = info.size + 1 + Math.floor(Math.random() * 2 ** 30);
  try {
    want.at = BigInt(file.seekSync(marker, Deno.SeekMode.Start));
  } catch {
    return null;
  }
  try {
    const known = found.get(file);
    const fd = known !== undefined && matches(known, want) ? known : scan(want);
    if (fd === null) return null;
    found.set(file, fd);
    // Open for writing only: os.sendfile's EBADF, so CPython reads instead.
    const mode = libc().fcntl(fd, C.F_GETFL, 0) & C.O_ACCMODE;
    return mode === C.O_WRONLY ? null : fd;
  } finally {
    file.seekSync(back, Deno.SeekMode.Start);
  }
}

// Every descriptor number below the process's limit, lowest first.
function scan(want: { dev: bigint; ino: bigint; at: bigint }): number | null {
  const lib = libc();
  const most = lib.getrlimit(C.RLIMIT_NOFILE, new Uint8Array(limit.buffer)) < 0
    ? 1024
    : Number(limit[0]! > 1n << 20n ? 1n << 20n : limit[0]!);
  for (let fd = 0; fd < most; fd++) {
    if (matches(fd, want)) return fd;
  }
  return null;
}

// Whether `fd` is open on the file, at the marker.
function matches(
  fd: number,
  want: { dev: bigint; ino: bigint; at: bigint },
): boolean {
  const lib = libc();
  const flags = lib.fcntl(fd, C.F_GETFL, 0);
  if (flags < 0 || flags & C.O_PATH) return false;
  if (lib.fstat(fd, stat) < 0) return false;
  if (statView.getBigUint64(STAT.ino, true) !== want.ino) return false;
  if (statView.getBigUint64(STAT.dev, true) !== want.dev) return false;
  return lib.lseek(fd, 0n, C.SEEK_CUR) === want.at;
}
