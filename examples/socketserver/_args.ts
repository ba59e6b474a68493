// The command line of the socketserver examples: Python's documentation
// hard-codes HOST, PORT = "localhost", 9999; these take them from --host
// and --port, checked as every example's flags are (examples/_cli.ts).

import { parse } from "../_cli.ts";

/** What an example is, for `--help`. */
export interface About {
  name: string;
  about: string;
  /** A client: the words after the flags are the message. */
  client?: true;
}

/** `HOST`, `PORT` and, for a client, the message (`" ".join(sys.argv[1:])`). */
export function hostAndPort(
  { name, about, client }: About,
): { HOST: string; PORT: number; data: string } {
  const args = parse({
    name: `socketserver/${name}`,
    about,
    permissions: "-N",
    args: [],
    ...(client
      ? {
        optional: {
          name: "words",
          kind: "text" as const,
          help: "the message, sent as one line",
          many: true as const,
        },
        server: `deno run -N examples/socketserver/${
          name.replace("client", "server")
        }`,
      }
      : {}),
    flags: [
      {
        name: "host",
        kind: "text",
        help: client ? "the server's address" : "address to listen on",
        default: "localhost",
      },
      {
        name: "port",
        kind: "port",
        help: client
          ? "the server's port"
          : "port to listen on (0: any free port; the address goes to stderr)",
        default: "9999",
      },
    ],
  });
  return {
    HOST: args.text("host"),
    PORT: args.number("port"),
    data: args.has("words") ? args.text("words") : "",
  };
}
