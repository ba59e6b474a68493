// The examples' command lines. Each program keeps the tutorial's positional
// arguments (`multiconn_client.ts <host> <port> <num_connections>`, with its
// usage line and exit status 1 on a wrong count) and adds flags: `--host`
// and `--port` stand in for the `<host> <port>` arguments (the echo pair has
// only the flags, for the tutorial's HOST/PORT constants), `--help` says
// everything, and `--ffi` runs the program on the native entry
// (examples/_socket.ts). Bad values are errors that name them, never a port
// 0 or a TypeError; the errors a reader meets first (no server, port taken,
// a missing permission) print one line with the fix instead of a stack
// trace.

import { parseArgs } from "node:util";
import * as socket from "../mod.ts";

/** How a value is checked and what it becomes. */
export type Kind = "text" | "port" | "count" | "seconds" | "boolean";

/** A positional argument or a flag. */
export interface Parameter {
  name: string;
  kind: Kind;
  help: string;
  /** Flags (and the last, optional positional) may have one. */
  default?: string;
  /** The optional positional takes all the words left, joined by spaces. */
  many?: true;
}

/** What a program takes, for parsing and for `--help`. */
export interface Program {
  /** The file name, as the usage line prints it. */
  name: string;
  /** What it is, and which of the tutorial's programs it follows. */
  about: string;
  /** The Deno flags it needs, e.g. `-N`. */
  permissions: string;
  /** The tutorial's positional arguments, in order. */
  args: Parameter[];
  /** An optional positional argument after them. */
  optional?: Parameter;
  /** The flags (`--help` is added). */
  flags: Parameter[];
  /** The command that starts this client's server, for ECONNREFUSED. */
  server?: string;
}

/** A bad command line: the message names the argument and its value. */
export class UsageError extends Error {
  /** The tutorial prints its usage line alone, on stdout. */
  constructor(message: string, readonly usageOnly = false) {
    super(message);
  }
}

/** `--help` was given. */
export class HelpRequested extends Error {}

/** The parsed and checked values. */
export class Args {
  #values: Map<string, string | number | boolean>;

  constructor(values: Map<string, string | number | boolean>) {
    this.#values = values;
  }

  /** A `text` value. */
  text(name: string): string {
    const value = this.#values.get(name);
    if (typeof value !== "string") throw new TypeError(`no text ${name}`);
    return value;
  }

  /** A `port`, `count` or `seconds` value. */
  number(name: string): number {
    const value = this.#values.get(name);
    if (typeof value !== "number") throw new TypeError(`no number ${name}`);
    return value;
  }

  /** Whether a flag with no default was given. */
  has(name: string): boolean {
    return this.#values.has(name);
  }

  /** A `boolean` flag. */
  flag(name: string): boolean {
    const value = this.#values.get(name);
    if (typeof value !== "boolean") throw new TypeError(`no flag ${name}`);
    return value;
  }
}

function usageLines(program: Program): string[] {
  const optional = program.optional
    ? [`[${program.optional.name}${program.optional.many ? " ..." : ""}]`]
    : [];
  const flag = (f: Parameter) =>
    f.kind === "boolean"
      ? `[--${f.name}]`
      : `[--${f.name} ${f.name.toUpperCase()}]`;
  const arg = (a: Parameter) => `<${a.name}>`;
  if (program.args.length === 0) {
    return [[program.name, ...program.flags.map(flag), ...optional].join(" ")];
  }
  // The tutorial's line first, then the one with flags for <host> <port>.
  const lines = [[program.name, ...program.args.map(arg), ...optional]];
  const twins = twinNames(program);
  if (twins.length > 0) {
    lines.push([
      program.name,
      ...program.flags.map(flag),
      ...program.args.filter((a) => !twins.includes(a.name)).map(arg),
      ...optional,
    ]);
  }
  return lines.map((words) => words.join(" "));
}

/** The tutorial's usage line: `Usage: multiconn_server.ts <host> <port>`. */
export function usage(program: Program): string {
  return usageLines(program).map((line, i) =>
    (i === 0 ? "Usage: " : "       ") + line
  ).join("\n");
}

/** What `--help` prints: every argument and flag, its default, the permissions. */
export function help(program: Program): string {
  const rows: [string, string][] = [];
  for (
    const a of [
      ...program.args,
      ...(program.optional ? [program.optional] : []),
    ]
  ) {
    const twin = twinNames(program).includes(a.name);
    rows.push(
      a === program.optional ? [`[${a.name}]`, describe(a)] : [
        `<${a.name}>`,
        `${a.help} (${twin ? `or --${a.name}` : "required"})`,
      ],
    );
  }
  const flagRows: [string, string][] = program.flags.map((f) => [
    f.kind === "boolean"
      ? `--${f.name}`
      : `--${f.name} ${f.name.toUpperCase()}`,
    describe(f),
  ]);
  flagRows.push(
    [
      "--ffi",
      "run on the native entry, @pysocket/socket/ffi (add --allow-ffi)",
    ],
    ["-h, --help", "print this help and exit"],
  );
  const width = Math.max(...[...rows, ...flagRows].map(([l]) => l.length)) + 2;
  const table = (r: [string, string][]) =>
    r.map(([l, h]) => `  ${l.padEnd(width)}${h}`).join("\n");
  return [
    usage(program),
    "",
    program.about,
    ...(rows.length > 0 ? ["", "Arguments:", table(rows)] : []),
    "",
    "Options:",
    table(flagRows),
    "",
    `Permissions: ${program.permissions} (${
      program.permissions.split(" ").map((flag) => LONG[flag] ?? flag).join(" ")
    }), as in: deno run ${program.permissions} examples/${program.name} …`,
    `With --ffi, also --allow-ffi, as in: deno run ${program.permissions} --allow-ffi examples/${program.name} --ffi …`,
    "(--allow-ffi lets the program call any C function; the native entry still asks Deno for",
    "the permissions above before each bind, connect and send.)",
  ].join("\n");
}

const LONG: Record<string, string> = {
  "-N": "--allow-net",
  "-R": "--allow-read",
  "-W": "--allow-write",
};

function describe(p: Parameter): string {
  if (p.default === undefined) return p.help;
  return `${p.help} (default: ${p.default === "" ? "none" : p.default})`;
}

// The positional arguments a flag can stand in for (`host`, `port`).
function twinNames(program: Program): string[] {
  return program.args.filter((a) =>
    program.flags.some((f) => f.name === a.name)
  )
    .map((a) => a.name);
}

function check(p: Parameter, value: string, flag: boolean): string | number {
  const what = flag ? `--${p.name}` : `<${p.name}>`;
  // The tutorial's own text arguments may be empty (host "" is every
  // interface, as in Python); a flag given empty is a mistake.
  if (p.kind === "text" && !flag) return value;
  if (value.trim() === "") throw new UsageError(`${what} needs a value`);
  if (p.kind === "text") return value;
  // The same numbers Python's int() and float() accept, in ASCII.
  const number = p.kind === "seconds"
    ? (/^\s*\+?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? Number(value) : NaN)
    : (/^\s*\+?\d+\s*$/.test(value) ? Number(value) : NaN);
  if (p.kind === "port" && !(number >= 0 && number <= 65535)) {
    throw new UsageError(
      `invalid port '${value}' for ${what}: expected a number from 0 to 65535`,
    );
  }
  if (Number.isNaN(number)) {
    const expected = p.kind === "seconds" ? "seconds" : "a whole number";
    throw new UsageError(
      `invalid ${p.name} '${value}' for ${what}: expected ${expected}`,
    );
  }
  return number;
}

/**
 * Whether `argv` asks for the native entry: `--ffi` among the options
 * (before a `--`), as {@linkcode parseArgv} reads it.
 */
export function nativeRequested(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--ffi");
}

/** Parses `argv` for `program`; throws {@linkcode UsageError} or {@linkcode HelpRequested}. */
export function parseArgv(program: Program, argv: string[]): Args {
  const options: Record<
    string,
    { type: "string" | "boolean"; short?: string }
  > = {
    help: { type: "boolean", short: "h" },
    ffi: { type: "boolean" },
  };
  for (const f of program.flags) {
    options[f.name] = { type: f.kind === "boolean" ? "boolean" : "string" };
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'(-[^' ]*)/.exec(String((e as Error).message))?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new UsageError(`unknown option '${option}'`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const takes = options[option.replace(/^-+/, "")]?.type === "string";
      if (!takes) throw new UsageError(`${option} takes no value`);
      // parseArgs will not take "-1" or "--x" as the value of `--port -1`.
      const dashed = /ambiguous/.test((e as Error).message)
        ? ` (for one that starts with '-', write ${option}=-…)`
        : "";
      throw new UsageError(`${option} needs a value${dashed}`);
    }
    throw e;
  }
  if (parsed.values.help) throw new HelpRequested(help(program));

  const values = new Map<string, string | number | boolean>();
  const given = parsed.values as Record<string, string | boolean | undefined>;
  for (const f of program.flags) {
    const value = given[f.name];
    if (f.kind === "boolean") values.set(f.name, value === true);
    else if (typeof value === "string") {
      values.set(f.name, check(f, value, true));
    } else if (f.default !== undefined && f.default !== "") {
      values.set(f.name, check(f, f.default, true));
    }
  }
  // With --host or --port, the <host> <port> arguments are left out.
  const twins = twinNames(program);
  const byFlag = twins.some((n) => given[n] !== undefined);
  const args = program.args.filter((a) => !(byFlag && twins.includes(a.name)));
  const positionals = parsed.positionals;
  const extra = program.optional?.many ? Infinity : program.optional ? 1 : 0;
  if (
    positionals.length < args.length ||
    positionals.length > args.length + extra
  ) {
    if (!byFlag && extra === 0 && args.length > 0) {
      throw new UsageError(usage(program), true);
    }
    const wanted = args.length === 0 && extra === 0
      ? "no arguments"
      : args.map((a) => `<${a.name}>`).join(" ");
    throw new UsageError(
      `expected ${wanted || "at most one argument"}, got ${
        positionals.length === 0 ? "none" : positionals.join(" ")
      }`,
    );
  }
  args.forEach((a, i) => values.set(a.name, check(a, positionals[i]!, false)));
  const optional = program.optional;
  if (optional) {
    const words = positionals.slice(args.length);
    const value = words.length > 0 ? words.join(" ") : optional.default;
    if (value !== undefined) {
      values.set(optional.name, check(optional, value, false));
    }
  }
  return new Args(values);
}

/**
 * The one line printed instead of a stack trace, or `null` for an error
 * that deserves one.
 */
export function explain(program: Program, error: unknown): string | null {
  if (!(error instanceof socket.OSError)) return null;
  const line = `${error.name}: ${error.message}`;
  if (
    program.server !== undefined &&
    (error instanceof socket.ConnectionRefusedError ||
      error instanceof socket.FileNotFoundError)
  ) {
    return `${line} (start the server first: ${program.server})`;
  }
  if (error.errno === socket.EADDRINUSE) {
    return `${line} (another program has this address: stop it, or choose another port with --port)`;
  }
  if (error instanceof socket.PermissionError) return line;
  return null;
}

/**
 * Parses `Deno.args` for `program`. `--help` prints and exits 0; a bad
 * command line prints what is wrong and exits 1. From then on, the errors
 * {@linkcode explain} knows end the program with their one line, exit 1.
 */
export function parse(program: Program): Args {
  let args: Args;
  try {
    args = parseArgv(program, Deno.args);
  } catch (e) {
    if (e instanceof HelpRequested) {
      console.log(e.message);
      Deno.exit(0);
    }
    if (!(e instanceof UsageError)) throw e;
    if (e.usageOnly) console.log(e.message);
    else {console.error(
        `${program.name}: ${e.message}\n${usage(program)}\nTry --help.`,
      );}
    Deno.exit(1);
  }
  // A failed top-level await arrives as an unhandled rejection, a failure
  // in a callback as an error event.
  const fail = (event: Event, error: unknown) => {
    const line = explain(program, error);
    if (line === null) return;
    event.preventDefault();
    console.error(line);
    Deno.exit(1);
  };
  globalThis.addEventListener("unhandledrejection", (e) => fail(e, e.reason));
  globalThis.addEventListener("error", (e) => fail(e, e.error));
  return args;
}
