// Runs a python3 script that prints one JSON document, and returns it: the
// expected side of a differential test.

/** The JSON python3 prints for `script` (run with `args`). */
export async function pyJson(
  script: string,
  ...args: string[]
): Promise<unknown> {
  const { stdout, stderr, success } = await new Deno.Command("python3", {
    args: ["-c", script, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!success) throw new Error(new TextDecoder().decode(stderr));
  return JSON.parse(new TextDecoder().decode(stdout));
}

/**
 * Python's `describe(e)` of an outcome, in the shape both sides build:
 * `["ok", value]` or `[class name, errno, str(e)]`.
 */
export const PY_OUTCOME = String.raw`
def outcome(f):
    try:
        return ["ok", f()]
    except Exception as e:
        return [type(e).__name__, getattr(e, "errno", None), str(e)]
`;

/** The same outcome of a JavaScript call (sync or async). */
export async function outcome(f: () => unknown): Promise<unknown[]> {
  try {
    return ["ok", await f()];
  } catch (e) {
    const error = e as Error & { errno?: number | null };
    return [error.name, error.errno ?? null, error.message];
  }
}
