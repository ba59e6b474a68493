// The tutorial's libserver.Message: reads one request, answers it, closes.
// Actions: `search` (a JSON request looked up in a table), `double` (a JSON
// request whose value comes back twice), anything else as binary content.

import * as socket from "../mod.ts";
import { bytesRepr, concat } from "./_bytes.ts";
import { addrRepr, type Log, MessageBase } from "./_libmessage.ts";

const request_search: Record<string, string> = {
  "morpheus": "Follow the white rabbit. \u{1f430}",
  "ring": "In the caves beneath the Misty Mountains. \u{1f48d}",
  "\u{1f436}": "\u{1f43e} Playing ball! \u{1f3d0}",
};

type JsonRequest = { action?: unknown; value?: unknown };

/** One server-side connection. */
export class Message extends MessageBase<Message> {
  request: JsonRequest | Uint8Array | null = null;
  response_created = false;

  constructor(
    selector: socket.DefaultSelector<Message>,
    sock: socket.Socket,
    addr: socket.Address,
    log: Log = console.log,
  ) {
    super(selector, sock, addr, log);
  }

  async _write(): Promise<void> {
    if (this._send_buffer.length > 0) {
      this.log(
        `Sending ${bytesRepr(this._send_buffer)} to ${addrRepr(this.addr)}`,
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
      // Close when the buffer is drained. The response has been sent.
      if (sent && this._send_buffer.length === 0) this.close();
    }
  }

  _create_response_json_content(): [Uint8Array, string, string] {
    const { action, value } = this.request as JsonRequest;
    let content: { result: unknown };
    if (action === "search") {
      const query = String(value);
      content = {
        result: request_search[query] ?? `No match for '${query}'.`,
      };
    } else if (action === "double") {
      content = {
        result: typeof value === "number" ? value * 2 : String(value).repeat(2),
      };
    } else {
      content = { result: `Error: invalid action '${action}'.` };
    }
    return [this._json_encode(content), "text/json", "utf-8"];
  }

  _create_response_binary_content(): [Uint8Array, string, string] {
    const prefix = new TextEncoder().encode("First 10 bytes of request: ");
    const request = this.request as Uint8Array;
    return [
      concat(prefix, request.subarray(0, 10)),
      "binary/custom-server-binary-type",
      "binary",
    ];
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
      if (this.request === null) this.process_request();
    }
  }

  async write(): Promise<void> {
    if (this.request) {
      if (!this.response_created) this.create_response();
    }
    await this._write();
  }

  process_request(): void {
    const data = this.take_content();
    if (data === null) return;
    if (this.jsonheader!["content-type"] === "text/json") {
      const encoding = this.jsonheader!["content-encoding"];
      this.request = this._json_decode(data, encoding) as JsonRequest;
      this.log(
        `Received request ${JSON.stringify(this.request)} from ${
          addrRepr(this.addr)
        }`,
      );
    } else {
      // Binary or unknown content-type
      this.request = data;
      this.log(
        `Received ${this.jsonheader!["content-type"]} request from ${
          addrRepr(this.addr)
        }`,
      );
    }
    // Set selector to listen for write events, we're done reading.
    this._set_selector_events_mask("w");
  }

  create_response(): void {
    const response = this.jsonheader!["content-type"] === "text/json"
      ? this._create_response_json_content()
      : this._create_response_binary_content();
    const message = this._create_message(...response);
    this.response_created = true;
    this._send_buffer = concat(this._send_buffer, message);
  }
}
