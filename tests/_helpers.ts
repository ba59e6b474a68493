// Shared test fixtures: connected pairs over loopback, python3 peers, a
// deadline for every test, and Python-style error assertions.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";

/** Runs `fn`, failing the test if it takes longer than `ms`. */
export async function withDeadline<T>(
  ms: number,
  fn: () => Promise<T>,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`test deadline of ${ms} ms passed`)),
      ms,
    );
  });
  try {
    return await Promise.race([fn(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A listening socket on loopback, port chosen by the OS. */
export function listener<F extends number = typeof socket.AF_INET>(
  family?: F,
  backlog?: number,
): socket.Socket<socket.AddressOf<F>, typeof socket.SOCK_STREAM> {
  const srv = socket.socket(family, socket.SOCK_STREAM);
  srv.bind([family === socket.AF_INET6 ? "::1" : "127.0.0.1", 0]);
  srv.listen(backlog);
  return srv;
}

/** The connected pair `[client, accepted]` of oracle helper `P()`. */
export async function tcpPair<F extends number = typeof socket.AF_INET>(
  family?: F,
): Promise<
  [
    socket.Socket<socket.AddressOf<F>, typeof socket.SOCK_STREAM>,
    socket.Socket<socket.AddressOf<F>, typeof socket.SOCK_STREAM>,
  ]
> {
  using srv = listener(family);
  const client = socket.socket(family, socket.SOCK_STREAM);
  await client.connect(srv.getsockname());
  const [conn] = await srv.accept();
  return [client, conn];
}

/** A port nothing listens on (oracle helper `RP()`): connects are refused. */
export function refusedPort(): number {
  const s = socket.socket();
  s.bind(["127.0.0.1", 0]);
  const port = s.getsockname()[1];
  s.close();
  return port;
}

/**
 * Asserts that `error` is Python's `Class` with this errno and message
 * (Python's `str(e)`; for an OSError `String(e)` must read the same).
 */
export function assertPyError(
  error: unknown,
  Class: abstract new (...args: never[]) => Error,
  errno: number | null,
  message: string,
): void {
  assert(
    error instanceof Class,
    `expected ${Class.name}, got ${
      (error as Error)?.constructor?.name
    }: ${error}`,
  );
  assertEquals((error as Error).message, message);
  if (error instanceof socket.OSError) {
    assertEquals(error.errno, errno);
    assertEquals(String(error), message);
  }
}

/** What a synchronous call throws. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

/** What an asynchronous call rejects with. */
export async function rejected(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

/** A python3 process running `script`, with piped stdio. */
export function python(script: string, ...args: string[]): Deno.ChildProcess {
  return new Deno.Command("python3", {
    args: ["-u", "-c", script, ...args],
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
}

/**
 * Reads a child's stdout line by line; after the last line (`""` at EOF)
 * the stream is fully consumed, as the resource sanitizer wants.
 */
export function lineReader(
  stream: ReadableStream<Uint8Array>,
): () => Promise<string> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  return async () => {
    while (!text.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) {
        const last = text;
        text = "";
        return last;
      }
      text += value;
    }
    const end = text.indexOf("\n");
    const line = text.slice(0, end);
    text = text.slice(end + 1);
    return line;
  };
}

/** SHA-256 of some bytes, as hex. */
export async function sha256(chunks: Uint8Array[]): Promise<string> {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  const digest = await crypto.subtle.digest("SHA-256", all);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/** `n` random bytes from a seeded generator (crypto's limit is 64 KiB a call). */
export function randomBytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

// A listener whose accept queue is full, so SYNs are dropped (oracle FULL()).
export async function fullListener(): Promise<
  { port: number; [Symbol.asyncDispose](): Promise<void> }
> {
  const child = python(`
import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
fillers = []
for _ in range(3):
    c = socket.socket(); c.setblocking(False)
    c.connect_ex(s.getsockname()); fillers.append(c)
import time; time.sleep(0.2)
print(s.getsockname()[1], flush=True)
sys.stdin.read()
`);
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let line = "";
  while (!line.includes("\n")) line += (await reader.read()).value ?? "";
  return {
    port: Number(line.trim()),
    async [Symbol.asyncDispose]() {
      await child.stdin.close();
      while (!(await reader.read()).done);
      await child.status;
    },
  };
}
