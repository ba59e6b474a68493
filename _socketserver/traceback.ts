// The report `handle_error` prints: Python's lines around a traceback built
// from the JavaScript stack, most recent call last as Python prints it.

// `    at fn (file:///x.ts:12:5)`, `    at file:///x.ts:12:5`,
// `    at async fn (file:///x.ts:12:5)`.
const FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.+):(\d+):\d+\)?$/;

/** Python's `traceback.format_exc()` for `error`, as text lines. */
export function formatException(error: unknown): string[] {
  // Python's print_exc() with no exception being handled.
  if (error === undefined || error === null) return ["NoneType: None"];
  if (!(error instanceof Error)) return [`${typeof error}: ${String(error)}`];
  const lines = ["Traceback (most recent call last):"];
  const frames = (error.stack ?? "").split("\n").flatMap((line) => {
    const match = FRAME.exec(line);
    if (match === null) return [];
    const [, fn, file, lineno] = match;
    return [`  File "${file}", line ${lineno}, in ${fn ?? "<module>"}`];
  });
  lines.push(...frames.reverse());
  lines.push(
    error.message === "" ? error.name : `${error.name}: ${error.message}`,
  );
  return lines;
}

/** The whole report of `BaseServer.handle_error`, line by line. */
export function errorReport(
  error: unknown,
  client_address: unknown,
): string[] {
  const rule = "-".repeat(40);
  return [
    rule,
    `Exception occurred during processing of request from ${
      client_address === null ? "None" : String(client_address)
    }`,
    ...formatException(error),
    rule,
  ];
}
