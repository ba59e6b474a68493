// Running the examples and the tutorial's own Python programs
// (tests/peers/tutorial/) as their readers do: as processes, with the
// tutorial's command lines, their output collected.

import { decode } from "./_select_helpers.ts";
import { NATIVE } from "./_entry.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const TUTORIAL = new URL("./peers/tutorial/", import.meta.url).pathname;

/** A program's exit status and what it printed. */
export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** How one side of a pair is started: the example or the tutorial's program. */
export type Side = "deno" | "python";

// Runs a tutorial program as `python3 <file> args…` would, with three
// changes a test needs: `PORT = 65432` becomes TUTORIAL_PORT, output is
// unbuffered, and SIGINT raises KeyboardInterrupt even when the test runner
// was started with it ignored.
const PRELUDE = `
import os, signal, sys
path = sys.argv[1]
sys.argv = [os.path.basename(path)] + sys.argv[2:]
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path.insert(0, os.path.dirname(path))
src = open(path, encoding="utf-8").read()
if "TUTORIAL_PORT" in os.environ:
    src = src.replace("PORT = 65432", "PORT = " + os.environ["TUTORIAL_PORT"])
exec(compile(src, path, "exec"), {"__name__": "__main__"})
`;

/** The tutorial's Python name of an example: `multiconn_client.ts` → `multiconn-client.py`. */
export const pythonName = (example: string): string =>
  example.replace("_", "-").replace(/\.ts$/, ".py");

/**
 * `deno run`'s arguments for `example` (e.g. `socketserver/tcp_server.ts`)
 * on the entry under test: under PYSOCKET_ENTRY=ffi the example runs on the
 * native entry (`--ffi`, with `--allow-ffi` added to `permissions`).
 */
export function exampleArgs(
  example: string,
  args: string[],
  permissions: string[] = ["-N"],
): string[] {
  return [
    "run",
    ...permissions,
    ...(NATIVE ? ["--allow-ffi"] : []),
    `examples/${example}`,
    ...args,
    ...(NATIVE ? ["--ffi"] : []),
  ];
}

/** `example` (e.g. `echo_server.ts`) of `side` as a command. */
export function command(
  side: Side,
  example: string,
  args: string[],
  options: { port?: number; permissions?: string[] } = {},
): Deno.Command {
  const env: Record<string, string> = { NO_COLOR: "1" };
  let cmd: string, argv: string[];
  if (side === "deno") {
    cmd = Deno.execPath();
    const port = options.port === undefined
      ? []
      : ["--port", String(options.port)];
    argv = exampleArgs(example, [...port, ...args], options.permissions);
  } else {
    cmd = "python3";
    argv = ["-u", "-c", PRELUDE, TUTORIAL + pythonName(example), ...args];
    if (options.port !== undefined) env.TUTORIAL_PORT = String(options.port);
  }
  return new Deno.Command(cmd, {
    args: argv,
    cwd: ROOT,
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  });
}

/** Runs a program to its end. */
export async function run(
  side: Side,
  example: string,
  args: string[],
  options: { port?: number; permissions?: string[] } = {},
): Promise<Output> {
  const out = await command(side, example, args, options).output();
  return {
    code: out.code,
    stdout: decode(out.stdout),
    stderr: decode(out.stderr),
  };
}

/** A server started in the background; `stop()` sends SIGINT unless it ended. */
export interface Server {
  ended: Promise<Output>;
  stop(): Promise<Output>;
}

/** Starts a server and waits until it listens on `port`. */
export async function serve(
  side: Side,
  example: string,
  args: string[],
  port: number,
  options: { port?: number } = {},
): Promise<Server> {
  const child = command(side, example, args, options).spawn();
  const ended = child.output().then((out) => ({
    code: out.code,
    stdout: decode(out.stdout),
    stderr: decode(out.stderr),
  }));
  let done = false;
  ended.finally(() => done = true);
  for (let i = 0; !listening(port); i++) {
    if (done) {
      throw new Error(`${example} exited: ${JSON.stringify(await ended)}`);
    }
    if (i > 1000) throw new Error(`${example} does not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    ended,
    async stop() {
      // The interrupt comes once the server has closed every connection its
      // clients closed, as a person pressing Ctrl-C after the last client
      // would see; sooner, the last "Closing connection" line is a race.
      for (let i = 0; !done && holdsConnections(port) && i < 250; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      if (!done) child.kill("SIGINT");
      return await ended;
    },
  };
}

// The states (/proc/net/tcp's hex codes) of the sockets bound to
// 127.0.0.1:port, read from the kernel, so that no probe connection uses
// up a server that serves one client.
function states(port: number): string[] {
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  return Deno.readTextFileSync("/proc/net/tcp").split("\n").flatMap((line) => {
    const fields = line.trim().split(/\s+/);
    return fields[1] === local ? [fields[3]!] : [];
  });
}

// Whether some socket is listening on 127.0.0.1:port.
function listening(port: number): boolean {
  return states(port).includes("0A");
}

// Whether the server still holds an accepted connection: ESTABLISHED, or
// CLOSE_WAIT (its client closed, the server has not yet).
function holdsConnections(port: number): boolean {
  return states(port).some((state) => state === "01" || state === "08");
}

/**
 * Output with each client's ephemeral port replaced by `E`, so runs can be
 * compared byte for byte; `serverPort` stays.
 */
export function normalize(text: string, serverPort: number): string {
  return text.replaceAll(
    /\('127\.0\.0\.1', (\d+)\)/g,
    (all, port) => Number(port) === serverPort ? all : "('127.0.0.1', E)",
  );
}
