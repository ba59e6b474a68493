// A CPython ssl peer (tests/peers/ssl_peer.py) driven from a test: one
// JSON config in, one JSON event per line out.

import { makeCerts } from "./_certs.ts";
import { lineReader } from "./_helpers.ts";

/** The certificates every ssl test shares, removed when the process ends. */
export const certs = await makeCerts();
globalThis.addEventListener("unload", () => certs.remove());

const SCRIPT = new URL("./peers/ssl_peer.py", import.meta.url).pathname;

/** One line from the peer. */
// deno-lint-ignore no-explicit-any
export type PeerEvent = Record<string, any>;

/** A running python3 ssl peer. */
export interface Peer extends AsyncDisposable {
  /** The next event; `null` once the peer's output ended. */
  next(): Promise<PeerEvent | null>;
  /** Waits for the peer to exit. */
  done(): Promise<void>;
}

/** Starts `ssl_peer.py` with `config` (the cert dir is added). */
export function peer(config: Record<string, unknown>): Peer {
  const child = new Deno.Command("python3", {
    args: ["-u", SCRIPT, JSON.stringify({ dir: certs.dir, ...config })],
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const line = lineReader(child.stdout);
  let ended = false;
  const next = async () => {
    const text = await line();
    if (text === "") {
      ended = true;
      return null;
    }
    return JSON.parse(text) as PeerEvent;
  };
  const done = async () => {
    while (!ended) await next();
    await child.status;
  };
  return {
    next,
    done,
    async [Symbol.asyncDispose]() {
      try {
        child.kill();
      } catch {
        // Already exited.
      }
      await done();
    },
  };
}

/** A python3 server peer and the port it listens on. */
export async function server(
  config: Record<string, unknown>,
): Promise<[Peer, number]> {
  const p = peer({ role: "server", cert: "server", ...config });
  const first = await p.next();
  return [p, first!.port as number];
}

/**
 * `text` without the `_ssl.c` line numbers in CPython's messages: they are
 * where the message sits in the python3 build's `_ssl.c` (1006 in 3.11.7,
 * 992 in Debian's 3.11.2, both on this machine), which the module fixes at
 * 3.11.7's.
 */
export function sslLineless(text: unknown): unknown {
  return typeof text === "string"
    ? text.replace(/_ssl\.c:\d+/g, "_ssl.c:N")
    : text;
}
