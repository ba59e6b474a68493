// UNIX-domain streams: a path is the address; Deno.listen/Deno.connect with
// the "unix" transport.

import type { Address } from "../address.ts";
import { OSError } from "../errors.ts";
import { fromRuntime, oserror } from "../_oserror.ts";
import { pyTypeName } from "../_validate.ts";
import type {
  StreamConn,
  StreamFamily,
  StreamListener,
} from "./stream_family.ts";

/** Linux's `sun_path` holds 108 bytes, the last for the terminating NUL. */
const MAX_PATH = 107;

// Bytes are used byte for byte: Deno takes a path as text, so only bytes
// that are UTF-8 can be handed over unchanged.
const exactUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A path argument, checked as CPython checks AF_UNIX addresses. */
export function parseUnixPath(address: unknown): string {
  let path: string;
  if (typeof address === "string") path = address;
  else if (address instanceof Uint8Array) {
    if (address.length > MAX_PATH) throw new OSError("AF_UNIX path too long");
    try {
      path = exactUtf8.decode(address);
    } catch {
      throw new OSError(
        "an AF_UNIX path that is not UTF-8 cannot be given to Deno's unix transport; @pysocket/socket/ffi takes any bytes",
      );
    }
  } else {
    throw new TypeError(
      `a bytes-like object is required, not '${pyTypeName(address)}'`,
    );
  }
  if (new TextEncoder().encode(path).length > MAX_PATH) {
    throw new OSError("AF_UNIX path too long");
  }
  // The kernel reads sun_path up to the first NUL (J21).
  const nul = path.indexOf("\0");
  if (nul > 0) path = path.slice(0, nul);
  if (path.startsWith("\0")) {
    // Deno's unix transport takes filesystem paths only.
    throw new OSError(
      "abstract AF_UNIX addresses are not supported by Deno's unix transport",
    );
  }
  return path;
}

// Paths this process bound and does not listen on yet. Deno listens as it
// binds, so where Linux would refuse a connect (J12) the engine refuses the
// connects it makes itself; a peer in another process is still queued.
const notListening = new Set<string>();

function absolute(path: string): string {
  return path.startsWith("/") ? path : `${Deno.cwd()}/${path}`;
}

// The file a listener made: Deno unlinks its listener's path (as given,
// against the directory current at close time) when it closes.
function identity(path: string): string | null {
  try {
    const { dev, ino } = Deno.lstatSync(path);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/**
 * A bound path: refused to this process's connects until it listens. Its
 * close() deletes nothing but the socket file it made, where Deno would
 * delete whatever is at its path then.
 */
class BoundPath implements StreamListener {
  readonly #listener: Deno.UnixListener;
  readonly #path: string;
  readonly #made: string | null;
  readonly key: string;

  constructor(listener: Deno.UnixListener, path: string) {
    this.#listener = listener;
    this.#path = path;
    this.#made = identity(path);
    this.key = absolute(path);
    notListening.add(this.key);
  }

  get addr(): Deno.Addr {
    return this.#listener.addr;
  }

  accept(): Promise<StreamConn> {
    return this.#listener.accept();
  }

  ref(): void {
    this.#listener.ref();
  }

  unref(): void {
    this.#listener.unref();
  }

  close(): void {
    notListening.delete(this.key);
    const found = identity(this.#path);
    if (found === null || found === this.#made) {
      this.#listener.close();
      return;
    }
    // Another file is where Deno will unlink: keep it under a second name
    // while Deno unlinks the path, then give it its name back.
    const keep = `${this.#path}.${crypto.randomUUID()}.keep`;
    let kept = false;
    try {
      Deno.linkSync(this.#path, keep);
      kept = true;
    } catch {
      // A directory, or no write permission: Deno's unlink fails too.
    }
    try {
      this.#listener.close();
    } finally {
      if (kept) restore(keep, this.#path);
    }
  }
}

async function connectPath(path: string): Promise<StreamConn> {
  if (notListening.has(absolute(path))) throw oserror(111);
  try {
    return await Deno.connect({ transport: "unix", path });
  } catch (e) {
    throw fromRuntime(e);
  }
}

function restore(keep: string, path: string): void {
  try {
    Deno.linkSync(keep, path);
  } catch {
    // Something new took the name meanwhile: it stays, and so does `keep`.
    return;
  }
  Deno.removeSync(keep);
}

/** SOCK_STREAM over AF_UNIX. */
export class UnixStream implements StreamFamily<string> {
  readonly family = 1;
  readonly protocol = 0;
  readonly recvUnconnectedErrno = 22;
  readonly sendUnconnectedErrno = 107;
  readonly refusesSendtoAddress = true;
  readonly shutsDownUnconnected = true;
  readonly connectsAtOnce = true;
  readonly listeningConnectErrno = 22;
  readonly unbound: Address = "";

  parse(address: unknown): string {
    return parseUnixPath(address);
  }

  listen(path: string | null): StreamListener {
    // Linux refuses to listen on an unbound UNIX stream socket.
    if (path === null) throw oserror(22);
    try {
      return new BoundPath(Deno.listen({ transport: "unix", path }), path);
    } catch (e) {
      throw fromRuntime(e);
    }
  }

  listening(listener: StreamListener): void {
    notListening.delete((listener as BoundPath).key);
  }

  relisten(listener: StreamListener): StreamListener {
    // Deno's unix listeners take no backlog: the kernel default stands.
    return listener;
  }

  connect(
    path: string,
    _signal: AbortSignal,
    bound: StreamListener | null,
  ): Promise<StreamConn> {
    // Deno cannot connect from a bound UNIX address. Thrown at once, so the
    // socket stays bound, as after any failed connect on Linux.
    if (bound !== null) throw oserror(95);
    return connectPath(path);
  }

  address(addr: Deno.Addr): Address {
    return (addr as Deno.UnixAddr).path ?? "";
  }
}
