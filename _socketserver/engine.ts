// The socket module the servers run on. Every socket and selector a server
// makes comes from here, so the native entry can give the same classes its
// own engine: it registers its engine for its server classes, and every
// class below them (mixins and user subclasses too) finds it.

import { socket } from "../socket.ts";
import { DefaultSelector } from "../selectors.ts";
import type { Socket } from "../socket.ts";
import type { WaitOptions } from "../wait_options.ts";

/** The part of a selector a server's request loop uses. */
export interface ServerSelector extends Disposable {
  register(fileobj: Socket, events: number): unknown;
  select(
    timeout: number | null,
    options?: WaitOptions,
  ): Promise<readonly unknown[]>;
}

/** What a server needs from a socket module. */
export interface Engine {
  socket(family: number, type: number): Socket;
  selector(): ServerSelector;
}

const DEFAULT: Engine = {
  socket: (family, type) => socket(family, type),
  selector: () => new DefaultSelector(),
};

const engines = new WeakMap<object, Engine>();

/** Makes `cls` and every class derived from it run on `engine`. */
export function useEngine(cls: object, engine: Engine): void {
  engines.set(cls, engine);
}

/** The engine of the class of `server`: the nearest registered ancestor's. */
export function engineOf(server: object): Engine {
  for (
    let cls: object | null = server.constructor;
    cls !== null && cls !== Function.prototype;
    cls = Object.getPrototypeOf(cls)
  ) {
    const engine = engines.get(cls);
    if (engine !== undefined) return engine;
  }
  return DEFAULT;
}
