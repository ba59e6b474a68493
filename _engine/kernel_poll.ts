// Proof that Deno's runtime has asked the kernel which sockets are ready
// since a given moment. The runtime polls epoll only when its event loop
// goes idle, or every 61 turns (tokio's event interval), so a read in
// flight on a socket whose data the kernel already holds does not complete,
// however many plain turns pass. A byte written to one end of a private
// loopback pair reaches the read waiting on the other end only through such
// a poll, and that same poll hands every other socket's readiness to its
// read: once the probe's read has completed, so has every read the kernel
// could complete at the moment of the call. About 35 µs, where a timer turn
// (the other way to make the loop idle) costs 1-4 ms.

import { anyOpen, whenAllClosed } from "./descriptor.ts";

interface Pair {
  readonly writer: Deno.Conn;
  readonly reader: Deno.Conn;
}

const BYTE = new Uint8Array(1);
// Longer than the byte: a short read tells the runtime the socket is
// drained, so the next read waits for the kernel's word again.
const SINK = new Uint8Array(16);

// The pair is opened by the first probe and stays open while the program
// has a socket open (a select() in a loop must not open a connection per
// call: each close leaves a TIME_WAIT behind); it closes with the last
// socket, or at the end of a probe when none is open, so a program (or a
// test) that closed its sockets holds none of the probe's either.
let pair: Promise<Pair | null> | null = null;
let running = 0;
// Probes run one after another: a probe another call started earlier
// proves nothing about the moment of this one.
let queue: Promise<unknown> = Promise.resolve();

whenAllClosed(closeIfIdle);

/**
 * Resolves `true` once the runtime has polled the kernel after this call, or
 * `false` at once when no probe can be made: the program may not open a
 * loopback connection (`--allow-net` for 127.0.0.1; it is never asked
 * for), or opening one failed.
 */
export function kernelPolled(): Promise<boolean> {
  running++;
  const run = queue.then(probe, probe);
  queue = run;
  return run.finally(() => {
    running--;
    closeIfIdle();
  });
}

function closeIfIdle(): void {
  if (running === 0 && !anyOpen()) closePair();
}

async function probe(): Promise<boolean> {
  const opening = pair ??= openPair();
  const open = await opening;
  if (open !== null) {
    try {
      // The read waits before the byte exists, so only a poll of the
      // kernel after this moment can complete it.
      const read = open.reader.read(SINK);
      const [, got] = await Promise.all([open.writer.write(BYTE), read]);
      if (got === 1) return true;
    } catch {
      // The pair broke: no proof from it.
    }
  }
  // The next probe tries a new pair.
  if (pair === opening) closePair();
  return false;
}

async function openPair(): Promise<Pair | null> {
  const hostname = "127.0.0.1";
  const allowed = Deno.permissions.querySync({ name: "net", host: hostname });
  if (allowed.state !== "granted") return null;
  let listener: Deno.Listener;
  try {
    listener = Deno.listen({ hostname, port: 0 });
  } catch {
    return null;
  }
  const { port } = listener.addr as Deno.NetAddr;
  const accepted = listener.accept();
  const connected = Deno.connect({ hostname, port });
  // A failed connect leaves the accept waiting: the listener's close ends it.
  connected.catch(() => listener.close());
  const [writer, reader] = await Promise.allSettled([connected, accepted]);
  if (writer.status === "fulfilled") listener.close();
  if (writer.status === "fulfilled" && reader.status === "fulfilled") {
    writer.value.setNoDelay(true);
    return { writer: writer.value, reader: reader.value };
  }
  if (writer.status === "fulfilled") writer.value.close();
  if (reader.status === "fulfilled") reader.value.close();
  return null;
}

function closePair(): void {
  const closing = pair;
  pair = null;
  void closing?.then((open) => {
    if (open === null) return;
    open.reader.close();
    open.writer.close();
  });
}
