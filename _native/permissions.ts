// Deno's permission model kept over libc: with --allow-ffi alone libc would
// bind, connect and open anything, so before each of those the engine asks
// Deno what Deno.listen or Deno.connect would have been allowed, and raises
// the default engine's PermissionError (naming the flag) when it is not.

import { fromRuntime } from "../_oserror.ts";

function check(descriptor: Deno.PermissionDescriptor, what: string): void {
  let state = Deno.permissions.querySync(descriptor).state;
  // Where Deno would prompt, prompt as Deno.connect would (a terminal
  // answers; anything else is a denial).
  if (state === "prompt") {
    state = Deno.permissions.requestSync(descriptor).state;
  }
  if (state === "granted") return;
  const flag = `--allow-${descriptor.name}`;
  throw fromRuntime(
    new Deno.errors.NotCapable(
      `Requires ${descriptor.name} access to ${what}, run again with the ${flag} flag`,
    ),
  );
}

/** Net access to `host` (numeric or a name) and `port`, as Deno spells it. */
export function permitNet(host: string, port: number): void {
  const text = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
  check({ name: "net", host: text }, `"${text}"`);
}

/** Read and write access to a UNIX socket's path, as Deno.listen asks. */
export function permitPath(path: string): void {
  check({ name: "read", path }, `"${path}"`);
  check({ name: "write", path }, `"${path}"`);
}

/**
 * An abstract AF_UNIX name is no file: it is reachable by every process of
 * the network namespace, so it needs net access.
 */
export function permitAbstract(): void {
  check({ name: "net" }, "abstract AF_UNIX names");
}

/**
 * Read access to `/sys/class/net`, what the default entry reads, before
 * the interface calls (libc asks the kernel over netlink for the same
 * list): one program needs the same flags on either entry.
 */
export function permitInterfaces(): void {
  const path = "/sys/class/net";
  check({ name: "read", path }, `"${path}"`);
}

/**
 * Write access to `/proc/sys/kernel/hostname`, what the default entry's
 * sethostname() writes, before the native one calls sethostname(2).
 */
export function permitHostname(): void {
  const path = "/proc/sys/kernel/hostname";
  check({ name: "write", path }, `"${path}"`);
}

/**
 * A raw IP socket, or one of a family beyond IP and UNIX (netlink,
 * packet, vsock): Deno has no finer permission, so the whole network.
 */
export function permitRawSockets(): void {
  check({ name: "net" }, "raw and non-IP sockets");
}
