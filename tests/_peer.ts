// Test helpers for the reliability tests: a python3 peer object (CPython's
// own sockets, the interop oracle) and the fast/long mode switch. The
// deadline helper is the shared one in _helpers.ts.

/** Whether the long mode was asked for (`PYSOCKET_LONG=1`). */
export const LONG: boolean = Deno.env.get("PYSOCKET_LONG") === "1";

/** `fast` normally, `long` under `PYSOCKET_LONG=1`. */
export function scale<T>(fast: T, long: T): T {
  return LONG ? long : fast;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A python3 process running `script` (prefixed with `import socket, struct,
 * sys, time`). The script talks over stdin/stdout, one line at a time:
 * `print(port)` to hand a port over, `sys.stdin.readline()` to wait for the
 * test's next step.
 */
export class PythonPeer implements AsyncDisposable {
  readonly #child: Deno.ChildProcess;
  readonly #stdin: WritableStreamDefaultWriter<Uint8Array>;
  readonly #stdout: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  readonly #stderr: Promise<string>;
  #pending = "";
  #closed = false;

  constructor(script: string) {
    this.#child = new Deno.Command("python3", {
      args: ["-u", "-c", `import socket, struct, sys, time\n${script}`],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    this.#stdin = this.#child.stdin.getWriter();
    this.#stdout = this.#child.stdout.getReader();
    this.#stderr = new Response(this.#child.stderr).text();
  }

  /** The next line the script printed (without its newline). */
  async line(): Promise<string> {
    for (;;) {
      const end = this.#pending.indexOf("\n");
      if (end !== -1) {
        const text = this.#pending.slice(0, end);
        this.#pending = this.#pending.slice(end + 1);
        return text;
      }
      const { value, done } = await this.#stdout.read();
      if (done) {
        throw new Error(`python3 peer ended: ${await this.#stderr}`);
      }
      this.#pending += this.#decoder.decode(value, { stream: true });
    }
  }

  /** The next line, read as a port number. */
  async port(): Promise<number> {
    return Number(await this.line());
  }

  /** Sends one line to the script's stdin. */
  async send(text: string): Promise<void> {
    await this.#stdin.write(new TextEncoder().encode(text + "\n"));
  }

  /** Closes stdin, waits for the script to end (killing it after 5 s). */
  async close(): Promise<Deno.CommandStatus> {
    if (this.#closed) return await this.#child.status;
    this.#closed = true;
    await this.#stdin.close().catch(() => {});
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), 5000);
    try {
      const status = await this.#child.status;
      await this.#stdout.cancel();
      await this.#stderr;
      return status;
    } finally {
      clearTimeout(timer);
    }
  }

  /** What the script wrote to stderr (after `close()`). */
  stderr(): Promise<string> {
    return this.#stderr;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
