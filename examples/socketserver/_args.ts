// The flags of the socketserver examples: Python's documentation hard-codes
// HOST, PORT = "localhost", 9999; these take them from --host and --port.

import { parseArgs } from "node:util";

/** `HOST`, `PORT` and the words after them (the clients' message). */
export function hostAndPort(): { HOST: string; PORT: number; words: string[] } {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    options: {
      host: { type: "string", default: "localhost" },
      port: { type: "string", default: "9999" },
    },
    allowPositionals: true,
    strict: true,
  });
  return { HOST: values.host, PORT: Number(values.port), words: positionals };
}
