// The tutorial's libclient.Message: sends one request, reads the response,
// closes.

import * as socket from "./_socket.ts";
import { type Log, MessageBase } from "./_libmessage.ts";
import { addrStr, bytesRepr, concat, repr } from "./_python.ts";

/** A request as app_client builds it. */
export interface Request {
  type: string;
  encoding: string;
  content: unknown;
}

/** One client-side connection. */
export class Message extends MessageBase<Message> {
  request: Request;
  response: unknown = null;
  private _request_queued = false;

  constructor(
    selector: socket.DefaultSelector<Message>,
    sock: socket.Socket,
    addr: socket.Address,
    request: Request,
    log: Log = console.log,
  ) {
    super(selector, sock, addr, log);
    this.request = request;
  }

  async _write(): Promise<void> {
    if (this._send_buffer.length > 0) {
      this.log(
        `Sending ${bytesRepr(this._send_buffer)} to ${addrStr(this.addr)}`,
      );
      let sent: number;
      try {
        // Should be ready to write
        sent = await this.sock!.send(this._send_buffer);
      } catch (e) {
        // Resource temporarily unavailable (errno EWOULDBLOCK)
        if (e instanceof socket.BlockingIOError) return;
        throw e;
      }
      this._send_buffer = this._send_buffer.subarray(sent);
    }
  }

  _process_response_json_content(): void {
    const content = this.response as { result?: unknown };
    const result = content.result;
    // f"{result}": str() of a str is itself, of anything else its repr.
    this.log(
      `Got result: ${typeof result === "string" ? result : repr(result)}`,
    );
  }

  _process_response_binary_content(): void {
    this.log(`Got response: ${bytesRepr(this.response as Uint8Array)}`);
  }

  async process_events(mask: number): Promise<void> {
    if (mask & socket.EVENT_READ) await this.read();
    if (mask & socket.EVENT_WRITE) await this.write();
  }

  async read(): Promise<void> {
    await this._read();
    if (this._jsonheader_len === null) this.process_protoheader();
    if (this._jsonheader_len !== null) {
      if (this.jsonheader === null) this.process_jsonheader();
    }
    if (this.jsonheader) {
      if (this.response === null) this.process_response();
    }
  }

  async write(): Promise<void> {
    if (!this._request_queued) this.queue_request();
    await this._write();
    if (this._request_queued) {
      if (this._send_buffer.length === 0) {
        // Set selector to listen for read events, we're done writing.
        this._set_selector_events_mask("r");
      }
    }
  }

  queue_request(): void {
    const { content, type, encoding } = this.request;
    const content_bytes = type === "text/json"
      ? this._json_encode(content, encoding)
      : content as Uint8Array;
    const message = this._create_message(content_bytes, type, encoding);
    this._send_buffer = concat(this._send_buffer, message);
    this._request_queued = true;
  }

  process_response(): void {
    const data = this.take_content();
    if (data === null) return;
    if (this.jsonheader!["content-type"] === "text/json") {
      const encoding = this.jsonheader!["content-encoding"];
      this.response = this._json_decode(data, encoding);
      this.log(
        `Received response ${repr(this.response)} from ${addrStr(this.addr)}`,
      );
      this._process_response_json_content();
    } else {
      // Binary or unknown content-type
      this.response = data;
      this.log(
        `Received ${this.jsonheader!["content-type"]} response from ${
          addrStr(this.addr)
        }`,
      );
      this._process_response_binary_content();
    }
    // Close when response has been processed
    this.close();
  }
}
