// Fixtures for the readiness tests: loopback pairs, a deadline for every
// test, python3 peers.

import * as socket from "../mod.ts";

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

/** A listening TCP socket on 127.0.0.1, port chosen by the OS. */
export function listener(backlog?: number): socket.Socket {
  const srv = socket.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen(backlog);
  return srv;
}

/** The port of a listening socket. */
export function portOf(sock: socket.Socket): number {
  return (sock.getsockname() as [string, number])[1];
}

/** A connected TCP pair `[client, accepted]` (the oracle's `P()`). */
export async function tcpPair(): Promise<[socket.Socket, socket.Socket]> {
  using srv = listener();
  const client = socket.socket();
  await client.connect(srv.getsockname());
  const [conn] = await srv.accept();
  return [client, conn];
}

/** A port nothing listens on (the oracle's `RP()`). */
export function refusedPort(): number {
  using s = socket.socket();
  s.bind(["127.0.0.1", 0]);
  return portOf(s);
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

/** What a synchronous call throws. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

/** A python3 process running `script`, stdout piped, killed on dispose. */
export function python(script: string, ...args: string[]): Deno.ChildProcess {
  return new Deno.Command("python3", {
    args: ["-u", "-c", script, ...args],
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
}

/** The first line a child prints (its port, say), then the rest as text. */
export async function firstLine(
  child: Deno.ChildProcess,
): Promise<[string, Promise<string>]> {
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  const end = text.indexOf("\n");
  const rest = (async () => {
    let tail = text.slice(end + 1);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return tail;
      tail += value;
    }
  })();
  return [text.slice(0, end), rest];
}

export const encode = (text: string): Uint8Array =>
  new TextEncoder().encode(text);
export const decode = (bytes: Uint8Array): string =>
  new TextDecoder().decode(bytes);
