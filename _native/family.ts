// What differs between the native engine's address families: Python's
// checks on an address argument, the permission Deno would ask for it, and
// the sockaddr it becomes. Everything else is the kernel's.

/** A checked address argument, and how to reach it. */
export interface NativeTarget {
  /** Raises the default engine's PermissionError unless Deno allows it. */
  permit(): void;
  /** The sockaddr; a name is looked up synchronously (bind never waits). */
  sockaddrSync(): Uint8Array;
  /** The sockaddr; a name is looked up without blocking the thread. */
  sockaddr(): Uint8Array | Promise<Uint8Array>;
  /** Identifies the destination, to ask permission once per destination. */
  readonly key: string;
}

/** One address family's part in the native engine. */
export interface NativeFamily {
  readonly family: number;
  /** Python's checks on an address argument of `caller`. */
  parse(address: unknown, caller: string): NativeTarget;
  /** The permission a new socket of `type` (flags masked off) needs. */
  permitOpen(type: number): void;
  /**
   * The permission an implicit bind needs (listen() or sendto() on an
   * unbound socket takes the wildcard address).
   */
  permitAutobind(): void;
}
