// TCP's part in a stream socket: Deno.listen/Deno.connect with numeric
// hosts, node:net for a connect from a bound address.

import type { Address } from "../address.ts";
import { fromRuntime, gaiError, oserror } from "../_oserror.ts";
import { resolveName } from "../_resolve.ts";
import { connectFrom, connectUnref } from "./bound_connect.ts";
import { settlesByKernelLook } from "./deadline.ts";
import {
  familyOfHost,
  type InetFamily,
  type InetTarget,
  inetTuple,
  parseInet,
  unboundInet,
} from "./inet_address.ts";
import type {
  StreamConn,
  StreamFamily,
  StreamListener,
} from "./stream_family.ts";

/** TCP over IPv4 or IPv6. */
export class InetStream implements StreamFamily<InetTarget> {
  readonly family: InetFamily;
  readonly protocol = 6;
  readonly recvUnconnectedErrno = 107;
  readonly sendUnconnectedErrno = 32;
  readonly refusesSendtoAddress = false;
  readonly shutsDownUnconnected = false;
  readonly connectsAtOnce = false;
  readonly listeningConnectErrno = 106;
  readonly unbound: Address;

  constructor(family: InetFamily) {
    this.family = family;
    this.unbound = unboundInet(family);
  }

  parse(address: unknown, caller: string): InetTarget {
    return parseInet(this.family, address, caller);
  }

  listen(target: InetTarget | null, backlog: number): StreamListener {
    const host = target?.host ?? (this.family === 2 ? "0.0.0.0" : "::");
    let listener: Deno.TcpListener;
    try {
      listener = Deno.listen({
        hostname: host,
        port: target?.port ?? 0,
        tcpBacklog: backlog,
      });
    } catch (e) {
      throw target === null || target.numeric || hasCode(e)
        ? fromRuntime(e)
        : gaiError(-2, e);
    }
    if (familyOfHost(listener.addr.hostname) !== this.family) {
      // A name resolved to the other family: glibc finds none of ours.
      listener.close();
      throw gaiError(-2);
    }
    return listener;
  }

  rebind(addr: Deno.Addr): StreamListener {
    const { hostname, port } = addr as Deno.NetAddr;
    return this.listen({ host: hostname, port, numeric: true }, 128);
  }

  relisten(listener: StreamListener, backlog: number): StreamListener {
    // Deno takes the backlog when it binds: bind the same address again.
    const { hostname, port } = listener.addr as Deno.NetAddr;
    listener.close();
    return this.listen({ host: hostname, port, numeric: true }, backlog);
  }

  resolve(target: InetTarget): Promise<InetTarget> | null {
    if (target.numeric) return null;
    // Resolved as CPython does (getaddrinfo for this family), so a name
    // never connects over the other family and errors are glibc's.
    return resolveName(this.family, target.host).then((host) => ({
      ...target,
      host,
      numeric: true,
    }));
  }

  async connect(
    target: InetTarget,
    signal: AbortSignal,
    bound: StreamListener | null,
    awaited: boolean,
  ): Promise<StreamConn> {
    // Linux refuses port 0 where Deno's connect rejects the argument. A
    // bound socket's reservation goes, as in any refused connect below.
    if (target.port === 0) {
      bound?.close();
      throw oserror(111);
    }
    try {
      if (bound !== null) {
        return await connectFrom(
          bound as Deno.TcpListener,
          target,
          signal,
          awaited,
        );
      }
      if (!awaited) return await this.#connectUnawaited(target, signal);
      return await Deno.connect({
        hostname: target.host,
        port: target.port,
        autoSelectFamily: false,
        signal,
      });
    } catch (e) {
      throw fromRuntime(e);
    }
  }

  address(addr: Deno.Addr): Address {
    return inetTuple(this.family, addr as Deno.NetAddr);
  }

  // A connect the program may stop awaiting (non-blocking, or timed): a
  // pending Deno.connect cannot be unref'd, and would keep a finished
  // program alive until the kernel gives up (minutes, for a SYN nobody
  // answers). One that settles by the runtime's first look at the kernel
  // (anything on loopback) stays Deno's; one still in progress then starts
  // over on node:net, unref'd (a second SYN; the first one's socket goes).
  async #connectUnawaited(
    target: InetTarget,
    signal: AbortSignal,
  ): Promise<StreamConn> {
    const first = new AbortController();
    const abort = () => first.abort();
    signal.addEventListener("abort", abort);
    try {
      const attempt = Deno.connect({
        hostname: target.host,
        port: target.port,
        autoSelectFamily: false,
        signal: first.signal,
      });
      if (await settlesByKernelLook(attempt)) return await attempt;
      first.abort();
      attempt.catch(() => {});
    } finally {
      signal.removeEventListener("abort", abort);
    }
    signal.throwIfAborted();
    return await connectUnref(target, signal);
  }
}

// Deno reports a failed look-up as a plain Error with no code.
function hasCode(e: unknown): boolean {
  return typeof (e as { code?: unknown })?.code === "string" ||
    e instanceof Deno.errors.NotCapable;
}
