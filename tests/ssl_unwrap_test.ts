// The native entry's TLS (libssl) where the default engine's cannot go:
// unwrap() back to plain bytes against CPython's unwrap, both roles, with
// no byte lost, every SSL and SSL_CTX freed, and the names of OpenSSL's
// errors as CPython's table has them. Always the native entry
// (the default engine's unwrap raises, tested in ssl_modes_test.ts).

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "../ffi.ts";
import * as ssl from "../ffi_ssl.ts";
import { openTlsObjects } from "../_native/tls.ts";
import { reasonName } from "../_native/tls_errors.ts";
import { cString, libssl } from "../_native/libssl.ts";
import { openDescriptors } from "../_native/descriptors.ts";
import { withDeadline } from "./_helpers.ts";
import { certs, peer, type PeerEvent, server } from "./_ssl_peer.ts";

const DEADLINE = 30_000;
const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);
const FROM_PYTHON = "plain from python";
const FROM_US = "plain from deno";

// Exactly `n` bytes (a stream may split them).
async function recvExactly(s: socket.Socket, n: number): Promise<string> {
  let got = "";
  while (got.length < n) {
    const data = await s.recv(n - got.length);
    if (data.length === 0) break;
    got += str(data);
  }
  return got;
}

async function eventWith(
  p: { next(): Promise<PeerEvent | null> },
  key: string,
): Promise<PeerEvent> {
  for (;;) {
    const event = await p.next();
    if (event === null) throw new Error(`the peer ended before ${key}`);
    if (key in event) return event;
  }
}

// Runs `body`, then checks that the native TLS freed what it made.
function counted(body: () => Promise<void>): () => Promise<void> {
  return async () => {
    const objects = openTlsObjects(), descriptors = openDescriptors();
    await withDeadline(DEADLINE, body);
    assertEquals(openTlsObjects(), objects, "SSL/SSL_CTX objects leaked");
    assertEquals(openDescriptors(), descriptors, "descriptors leaked");
  };
}

// Our half of the exchange, on an SSLSocket whose handshake is done.
async function unwrapAndTalk(tls: ssl.SSLSocket): Promise<void> {
  assertEquals(await recvExactly(tls, 3), "tls");
  const plain = await tls.unwrap();
  // Python's unwrap returns the same socket, now plain.
  assert(plain === tls);
  assertEquals(tls.version(), null);
  assertEquals(await recvExactly(plain, FROM_PYTHON.length), FROM_PYTHON);
  await plain.sendall(text(FROM_US));
}

for (const max of ["TLSv1_3", "TLSv1_2"]) {
  Deno.test(
    `unwrap() as the client against CPython's unwrap (${max}): plain bytes both ways after, none lost`,
    counted(async () => {
      const [srv, port] = await server({
        action: "unwrap",
        expect: FROM_US.length,
        max,
      });
      await using _srv = srv;
      const s = socket.socket();
      await s.connect(["127.0.0.1", port]);
      const context = ssl.create_default_context(undefined, {
        cafile: certs.ca,
      });
      using tls = await context.wrap_socket(s, {
        server_hostname: "localhost",
      });
      assertEquals(tls.version(), max.replace("_", "."));
      await unwrapAndTalk(tls);
      assertEquals((await eventWith(srv, "plain")).plain, FROM_US);
    }),
  );
}

Deno.test(
  "unwrap() as the server (an accepted SSLSocket) against CPython's client",
  counted(async () => {
    const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER);
    context.load_cert_chain(...certs.pairs.server);
    const s = socket.socket();
    s.bind(["127.0.0.1", 0]);
    s.listen();
    using listener = await context.wrap_socket(s, { server_side: true });
    await using client = peer({
      role: "client",
      port: listener.getsockname()[1],
      action: "unwrap",
      expect: FROM_US.length,
    });
    const [conn] = await listener.accept();
    using _conn = conn;
    await unwrapAndTalk(conn);
    assertEquals((await eventWith(client, "plain")).plain, FROM_US);
  }),
);

Deno.test(
  "unwrap() non-blocking raises SSLWantReadError until the peer's close_notify came",
  counted(async () => {
    const [srv, port] = await server({ action: "delayed", delay: 0.3 });
    await using _srv = srv;
    const s = socket.socket();
    await s.connect(["127.0.0.1", port]);
    const context = ssl.create_default_context(undefined, {
      cafile: certs.ca,
    });
    using tls = await context.wrap_socket(s, { server_hostname: "localhost" });
    tls.setblocking(false);
    // The peer sleeps, then sends and reads: it answers no close_notify.
    let error: unknown;
    try {
      await tls.unwrap();
    } catch (e) {
      error = e;
    }
    assertInstanceOf(error, ssl.SSLWantReadError);
    assertEquals(error.errno, 2);
  }),
);

Deno.test(
  "detach() drops TLS (its SSL and SSL_CTX freed) and keeps the descriptor",
  counted(async () => {
    const [srv, port] = await server({});
    await using _srv = srv;
    const s = socket.socket();
    await s.connect(["127.0.0.1", port]);
    const context = ssl.create_default_context(undefined, {
      cafile: certs.ca,
    });
    const tls = await context.wrap_socket(s, { server_hostname: "localhost" });
    const fd = tls.detach();
    assertEquals(tls.fileno(), -1);
    // The descriptor is still the connection: a plain socket takes it on.
    using plain = socket.socket(undefined, undefined, undefined, fd);
    assertEquals(plain.getpeername()[1], port);
  }),
);

Deno.test(
  "a failed verification frees its SSL and SSL_CTX, and CPython's server sees the alert",
  counted(async () => {
    const [srv, port] = await server({ cert: "selfsigned" });
    await using _srv = srv;
    const s = socket.socket();
    await s.connect(["127.0.0.1", port]);
    const context = ssl.create_default_context(undefined, {
      cafile: certs.ca,
    });
    let error: unknown;
    try {
      await context.wrap_socket(s, { server_hostname: "localhost" });
    } catch (e) {
      error = e;
    }
    assertInstanceOf(error, ssl.SSLCertVerificationError);
    assertEquals(error.verify_code, 18);
    s.close();
    const seen = await eventWith(srv, "handshake_error");
    // OpenSSL's alert, as a CPython client sends it: "unknown ca".
    assert(
      String(seen.handshake_error.str).includes("TLSV1_ALERT_UNKNOWN_CA"),
      JSON.stringify(seen),
    );
  }),
);

Deno.test("the reason names of SSL, X509 and PEM errors are CPython's (_ssl.err_codes_to_names)", async () => {
  const out = await new Deno.Command("python3", {
    args: [
      "-c",
      "import _ssl, json; print(json.dumps([[l, r, n] for (l, r), n in " +
      "_ssl.err_codes_to_names.items() if l in (9, 11, 20)]))",
    ],
  }).output();
  assert(out.success);
  const table: [number, number, string][] = JSON.parse(str(out.stdout));
  const lib = libssl();
  const wrong: string[] = [];
  let named = 0;
  for (const [library, reason, name] of table) {
    const code = (BigInt(library) << 23n) | BigInt(reason);
    const text = cString(lib.ERR_reason_error_string(code));
    // A reason CPython's table has and this OpenSSL build does not.
    if (text === "") continue;
    named++;
    const ours = reasonName(library, reason, text);
    if (ours !== name) wrong.push(`${library}/${reason} ${name}: ${ours}`);
  }
  assert(named > 300, `only ${named} reasons compared`);
  assertEquals(wrong, []);
});
