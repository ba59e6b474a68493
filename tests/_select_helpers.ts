// Fixtures for the readiness tests: the shared ones of _helpers.ts plus
// python3 peers that need no stdin.

import * as socket from "./_entry.ts";

export {
  listener,
  refusedPort,
  rejected,
  tcpPair,
  thrown,
  withDeadline,
} from "./_helpers.ts";

/** The port of a listening socket. */
export function portOf(
  sock: socket.Socket<socket.InetAddress | socket.Inet6Address>,
): number {
  return sock.getsockname()[1];
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
