// Runs benchmark workers as child processes and reads their one-line JSON
// results; servers run in their own process so their peak RSS is theirs.

/** What a worker printed: numbers, or why the workload is not available. */
export type Outcome = Record<string, number> | { unavailable: string };

/** Spawns `cmd` and returns the last JSON line it printed. */
export async function runWorker(cmd: string[], ms: number): Promise<Outcome> {
  const [program, ...args] = cmd;
  const out = await new Deno.Command(program!, {
    args,
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(ms),
  }).output();
  const lines = new TextDecoder().decode(out.stdout).trim().split("\n");
  const last = lines.at(-1) ?? "";
  if (!out.success || !last.startsWith("{")) {
    const err = new TextDecoder().decode(out.stderr).trim().split("\n");
    throw new Error(`${cmd.join(" ")}: ${err.slice(-3).join(" | ")}`);
  }
  return JSON.parse(last) as Outcome;
}

/** A server process that printed its port. */
export interface Server {
  port: number;
  /** The server's peak resident memory so far, in MiB (VmHWM). */
  peakRss(): number;
  /** The server's resident memory now, in MiB (VmRSS). */
  rss(): number;
  /** Waits up to `ms` for the server to exit by itself, then kills it. */
  stop(ms?: number): Promise<void>;
}

/** Spawns a server worker; resolves once it prints `{"port"}`. */
export async function startServer(
  cmd: string[],
  ms: number,
): Promise<Server | { unavailable: string }> {
  const [program, ...args] = cmd;
  const child = new Deno.Command(program!, {
    args,
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const lines = child.stdout
    .pipeThrough(new TextDecoderStream())
    .getReader();
  let text = "";
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  try {
    while (!text.includes("\n")) {
      const { value, done } = await lines.read();
      if (done) throw new Error(`${cmd.join(" ")} exited before its port`);
      text += value;
    }
  } finally {
    clearTimeout(timer);
  }
  const first = JSON.parse(text.slice(0, text.indexOf("\n")));
  // Keep draining so the server never blocks on a full pipe.
  const draining = (async () => {
    while (!(await lines.read()).done);
  })();
  if ("unavailable" in first) {
    await Promise.all([child.status, draining]);
    return first;
  }
  const pid = child.pid;
  const mib = (field: string): number => {
    const status = Deno.readTextFileSync(`/proc/${pid}/status`);
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]) /
      1024;
  };
  return {
    port: first.port,
    peakRss: () => mib("VmHWM"),
    rss: () => mib("VmRSS"),
    stop: async (wait = 0) => {
      const timer = setTimeout(() => {
        try {
          child.kill("SIGKILL");
        } catch {
          // It exited in the meantime.
        }
      }, wait);
      await child.status;
      clearTimeout(timer);
      await draining;
    },
  };
}
