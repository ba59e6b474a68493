// A socketpair() end: Linux's pair has no names (getsockname() is '', a
// datagram comes from None), while Deno's pair goes through paths in a
// temporary directory. This transport shows the unnamed view and runs a
// clean-up when it closes.

import type { Address } from "../address.ts";
import type { Timeout } from "./stream.ts";
import type { Endpoint } from "./transport.ts";
import { Forwarding } from "./forwarding.ts";

/** A transport whose addresses read as an unnamed AF_UNIX socket's. */
export class Unnamed extends Forwarding {
  readonly #onClose: () => void;
  #closed = false;

  constructor(inner: Endpoint, onClose: () => void = () => {}) {
    super(inner);
    this.#onClose = onClose;
  }

  override async recvfrom(
    bufsize: number,
    flags: number,
    timeout: Timeout,
  ): Promise<[Uint8Array, Address | null]> {
    const [data] = await this.target.recvfrom(bufsize, flags, timeout);
    return [data, null];
  }

  override async recvfromInto(
    target: Uint8Array,
    flags: number,
    timeout: Timeout,
  ): Promise<[number, Address | null]> {
    const [n] = await this.target.recvfromInto(target, flags, timeout);
    return [n, null];
  }

  override getsockname(): Address {
    this.target.getsockname(); // EBADF once closed
    return "";
  }

  override getpeername(): Address {
    this.target.getpeername(); // EBADF once closed
    return "";
  }

  override close(): void {
    this.target.close();
    if (this.#closed) return;
    this.#closed = true;
    this.#onClose();
  }
}
