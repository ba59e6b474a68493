// The worker command line shared by the Deno workers:
// `<workload> <impl> key=value…`, and the one JSON line a worker prints.

/** A worker's parsed command line. */
export interface WorkerArgs {
  workload: string;
  impl: string;
  num(key: string, fallback: number): number;
}

/** Reads `Deno.args`. */
export function parseArgs(args: string[]): WorkerArgs {
  const [workload = "", impl = "", ...rest] = args;
  const values = new Map<string, string>();
  for (const pair of rest) {
    const at = pair.indexOf("=");
    values.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return {
    workload,
    impl,
    num: (key, fallback) => Number(values.get(key) ?? fallback),
  };
}

/** Prints one result line for the harness. */
export function report(result: Record<string, unknown>): void {
  console.log(JSON.stringify(result));
}

/** Rejects after `ms`, so a stalled workload fails instead of hanging. */
export function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expire = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result in ${ms} ms`)), ms);
  });
  return Promise.race([work, expire]).finally(() => clearTimeout(timer));
}
