// The tutorial's libserver.Message: reads one request, answers it, closes.
// A JSON request's one action is `search` (three answers, or "No match");
// binary content gets its first 10 bytes back.

import * as socket from "./_socket.ts";
import { type Log, MessageBase } from "./_libmessage.ts";
import { addrStr, bytesRepr, concat, repr } from "./_python.ts";

const request_search = new Map<unknown, string>([
  ["morpheus", "Follow the white rabbit. \u{1f430}"],
  ["ring", "In the caves beneath the Misty Mountains. \u{1f48d}"],
  ["\u{1f436}", "\u{1f43e} Playing ball! \u{1f3d0}"],
]);

// f"{value}": str() of a str is itself, of anything else its repr.
const str = (value: unknown) => typeof value === "string" ? value : repr(value);

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
      // Close when the buffer is drained. The response has been sent.
      if (sent && this._send_buffer.length === 0) this.close();
    }
  }

  _create_response_json_content(): [Uint8Array, string, string] {
    const request = this.request as JsonRequest;
    const action = request.action;
    let content: { result: string };
    if (action === "search") {
      const query = request.value;
      const answer = request_search.get(query) ||
        `No match for '${str(query)}'.`;
      content = { result: answer };
    } else {
      content = { result: `Error: invalid action '${str(action)}'.` };
    }
    const content_encoding = "utf-8";
    return [
      this._json_encode(content, content_encoding),
      "text/json",
      content_encoding,
    ];
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
    // Python's truth: an empty dict or b"" is no request yet.
    const request = this.request;
    const truthy = request instanceof Uint8Array
      ? request.length > 0
      : request !== null && Object.keys(request).length > 0;
    if (truthy) {
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
        `Received request ${repr(this.request)} from ${addrStr(this.addr)}`,
      );
    } else {
      // Binary or unknown content-type
      this.request = data;
      this.log(
        `Received ${this.jsonheader!["content-type"]} request from ${
          addrStr(this.addr)
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
