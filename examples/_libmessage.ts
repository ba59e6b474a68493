// What the tutorial's libclient.Message and libserver.Message share: the
// framing of the application protocol. A message is a 2-byte big-endian
// header length, a UTF-8 JSON header (`byteorder`, `content-type`,
// `content-encoding`, `content-length`), then `content-length` bytes.

import * as socket from "./_socket.ts";
import { addrStr, byteorder, concat, dumps, strRepr } from "./_python.ts";

/** The JSON header of a message. */
export interface JsonHeader {
  "byteorder": string;
  "content-type": string;
  "content-encoding": string;
  "content-length": number;
}

/** Where a message's lines go (`console.log` unless a test quiets it). */
export type Log = (line: string) => void;

const REQUIRED = [
  "byteorder",
  "content-length",
  "content-type",
  "content-encoding",
];

/** Python's RuntimeError, which the tutorial raises when the peer closes. */
export class RuntimeError extends Error {
  override name = "RuntimeError";
}

/** `repr(e)` of an exception: `KeyError('…')`, near enough for a log line. */
function excRepr(e: unknown): string {
  return e instanceof Error ? `${e.name}(${strRepr(e.message)})` : String(e);
}

/** One connection's message state, as the tutorial's Message class. */
export class MessageBase<Self> {
  selector: socket.DefaultSelector<Self>;
  sock: socket.Socket | null;
  addr: socket.Address;
  protected _recv_buffer: Uint8Array = new Uint8Array(0);
  protected _send_buffer: Uint8Array = new Uint8Array(0);
  protected _jsonheader_len: number | null = null;
  jsonheader: JsonHeader | null = null;
  protected log: Log;

  constructor(
    selector: socket.DefaultSelector<Self>,
    sock: socket.Socket,
    addr: socket.Address,
    log: Log,
  ) {
    this.selector = selector;
    this.sock = sock;
    this.addr = addr;
    this.log = log;
  }

  protected _set_selector_events_mask(mode: string): void {
    let events: number;
    if (mode === "r") events = socket.EVENT_READ;
    else if (mode === "w") events = socket.EVENT_WRITE;
    else if (mode === "rw") events = socket.EVENT_READ | socket.EVENT_WRITE;
    else {throw new socket.ValueError(
        `Invalid events mask mode ${strRepr(mode)}.`,
      );}
    this.selector.modify(this.sock!, events, this as unknown as Self);
  }

  protected async _read(): Promise<void> {
    let data: Uint8Array;
    try {
      data = await this.sock!.recv(4096);
    } catch (e) {
      // Resource temporarily unavailable (errno EWOULDBLOCK)
      if (e instanceof socket.BlockingIOError) return;
      throw e;
    }
    if (data.length > 0) {
      this._recv_buffer = concat(this._recv_buffer, data);
    } else {
      throw new RuntimeError("Peer closed.");
    }
  }

  // json.dumps(obj, ensure_ascii=False).encode(encoding); the tutorial's
  // encoding is always utf-8, the one TextEncoder writes.
  protected _json_encode(obj: unknown, _encoding: string): Uint8Array {
    return new TextEncoder().encode(dumps(obj));
  }

  protected _json_decode(json_bytes: Uint8Array, encoding: string): unknown {
    const text = new TextDecoder(encoding, { fatal: true }).decode(json_bytes);
    return JSON.parse(text);
  }

  protected _create_message(
    content_bytes: Uint8Array,
    content_type: string,
    content_encoding: string,
  ): Uint8Array {
    const jsonheader: JsonHeader = {
      "byteorder": byteorder,
      "content-type": content_type,
      "content-encoding": content_encoding,
      "content-length": content_bytes.length,
    };
    const jsonheader_bytes = this._json_encode(jsonheader, "utf-8");
    const message_hdr = new Uint8Array(2);
    new DataView(message_hdr.buffer).setUint16(0, jsonheader_bytes.length);
    return concat(concat(message_hdr, jsonheader_bytes), content_bytes);
  }

  /** Unregisters and closes the socket. */
  close(): void {
    this.log(`Closing connection to ${addrStr(this.addr)}`);
    try {
      this.selector.unregister(this.sock!);
    } catch (e) {
      this.log(
        `Error: selector.unregister() exception for ${addrStr(this.addr)}: ${
          excRepr(e)
        }`,
      );
    }
    try {
      this.sock!.close();
    } catch (e) {
      if (!(e instanceof socket.OSError)) throw e;
      this.log(
        `Error: socket.close() exception for ${addrStr(this.addr)}: ${
          excRepr(e)
        }`,
      );
    } finally {
      // Delete reference to socket object for garbage collection
      this.sock = null;
    }
  }

  protected process_protoheader(): void {
    const hdrlen = 2;
    if (this._recv_buffer.length >= hdrlen) {
      this._jsonheader_len = new DataView(
        this._recv_buffer.buffer,
        this._recv_buffer.byteOffset,
      ).getUint16(0);
      this._recv_buffer = this._recv_buffer.subarray(hdrlen);
    }
  }

  protected process_jsonheader(): void {
    const hdrlen = this._jsonheader_len!;
    if (this._recv_buffer.length >= hdrlen) {
      this.jsonheader = this._json_decode(
        this._recv_buffer.subarray(0, hdrlen),
        "utf-8",
      ) as JsonHeader;
      this._recv_buffer = this._recv_buffer.subarray(hdrlen);
      for (const reqhdr of REQUIRED) {
        if (!(reqhdr in this.jsonheader)) {
          throw new socket.ValueError(`Missing required header '${reqhdr}'.`);
        }
      }
    }
  }

  /** Takes the content once all of it is here, or `null`. */
  protected take_content(): Uint8Array | null {
    const content_len = this.jsonheader!["content-length"];
    if (!(this._recv_buffer.length >= content_len)) return null;
    const data = this._recv_buffer.slice(0, content_len);
    this._recv_buffer = this._recv_buffer.subarray(content_len);
    return data;
  }
}
