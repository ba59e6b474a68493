// Run by native_permissions_test.ts with --allow-ffi alone: every network
// and path operation of the entry named by the first argument, and what
// each raised (class, errno, message), as one JSON line.

import * as main from "../mod.ts";
import * as ffi from "../ffi.ts";

const socket = Deno.args[0] === "ffi" ? ffi : main;
const dir = Deno.args[1]!;
const out: Record<string, string> = {};

async function run(name: string, fn: () => unknown): Promise<void> {
  try {
    out[name] = `returned ${await fn()}`;
  } catch (e) {
    const errno = (e as { errno?: number }).errno;
    out[name] = `${(e as Error).constructor.name} ${errno} ${
      (e as Error).message
    }`;
  }
}

const { AF_INET6, AF_UNIX, SOCK_DGRAM } = socket;
const fresh = (family?: number, type?: number) => socket.socket(family, type);
await run("bind", () => fresh().bind(["127.0.0.1", 0]));
await run("bind6", () => fresh(AF_INET6).bind(["::1", 0]));
await run("listen", () => fresh().listen());
await run("connect", () => fresh().connect(["127.0.0.1", 9]));
await run("connect_ex", () => fresh().connect_ex(["127.0.0.1", 9]));
await run(
  "sendto",
  () => fresh(2, SOCK_DGRAM).sendto(new Uint8Array(1), ["127.0.0.1", 9]),
);
await run("unix_bind", () => fresh(AF_UNIX).bind(`${dir}/a.sock`));
await run("unix_connect", () => fresh(AF_UNIX).connect(`${dir}/a.sock`));
await run(
  "unix_sendto",
  () => fresh(AF_UNIX, SOCK_DGRAM).sendto(new Uint8Array(1), `${dir}/b.sock`),
);
await run("getaddrinfo", () => socket.getaddrinfo("localhost", 80));
await run("getnameinfo", () => socket.getnameinfo(["127.0.0.1", 80], 0));
await run("if_nameindex", () => socket.if_nameindex());
await run("if_nametoindex", () => socket.if_nametoindex("lo"));
await run("if_indextoname", () => socket.if_indextoname(1));
// Never run with --allow-write: refused before the name could change.
await run("sethostname", () => socket.sethostname("x"));
if (Deno.args[0] === "ffi") {
  await run("abstract_bind", () => fresh(AF_UNIX).bind("\0pysocket-perm"));
  await run("packet_socket", () => socket.socket(17, SOCK_DGRAM, 8));
  await run("raw_socket", () => socket.socket(2, 3, 1));
}
console.log(JSON.stringify(out));
