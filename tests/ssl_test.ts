// ssl over real loopback connections, against CPython's ssl as the peer
// (tests/peers/ssl_peer.py): certificates made by openssl at test time.

import { assert, assertEquals, assertInstanceOf } from "./_assert.ts";
import * as socket from "./_entry.ts";
import * as ssl from "./_ssl_entry.ts";
import * as socketserver from "../socketserver.ts";
import { withDeadline } from "./_helpers.ts";
import {
  certs,
  peer,
  type PeerEvent,
  server,
  sslLineless,
} from "./_ssl_peer.ts";

const DEADLINE = 30_000;
const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

function clientContext(): ssl.SSLContext {
  return ssl.create_default_context(undefined, { cafile: certs.ca });
}

function serverContext(name: "server" = "server"): ssl.SSLContext {
  const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER);
  context.load_cert_chain(...certs.pairs[name]);
  return context;
}

// Python's own getpeercert() dict of a certificate file.
async function pythonDict(cert: string): Promise<unknown> {
  await using p = peer({ role: "decode", cert });
  return (await p.next())!.cert;
}

// What CPython's client raises against CPython's server holding `cert`.
async function pythonClientError(
  cert: string,
  host: string,
): Promise<PeerEvent> {
  const [srv, port] = await server({ cert, action: "idle" });
  await using _srv = srv;
  await using client = peer({ role: "client", port, host });
  return (await client.next())!.handshake_error;
}

async function connectTls(
  port: number,
  context: ssl.SSLContext,
  host: string | null = "localhost",
  options: ssl.WrapSocketOptions = {},
): Promise<ssl.SSLSocket> {
  const s = socket.socket();
  const tls = await context.wrap_socket(s, {
    server_hostname: host,
    ...options,
  });
  try {
    await tls.connect(["127.0.0.1", port]);
  } catch (e) {
    tls.close();
    throw e;
  }
  return tls;
}

Deno.test("a client wrapped before connect talks TLS 1.3 to CPython, with its getpeercert()", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ alpn: ["h2", "http/1.1"] });
    await using _srv = srv;
    const context = clientContext();
    context.set_alpn_protocols(["h2"]);
    using tls = await connectTls(port, context);
    const seen = (await srv.next())!.handshake;
    assertEquals(tls.version(), "TLSv1.3");
    assertEquals(tls.version(), seen.version);
    assertEquals(tls.cipher(), seen.cipher);
    assertEquals(tls.selected_alpn_protocol(), "h2");
    assertEquals(seen.alpn, "h2");
    assertEquals(tls.getpeercert(), await pythonDict("server"));
    const der = tls.getpeercert(true)!;
    assertEquals(der[0], 0x30);
    await tls.sendall(text("hello"));
    assertEquals(str(await tls.recv(100)), "hello");
    assertEquals(tls.pending(), 0);
    assert(String(tls).startsWith("<ssl.SSLSocket fd="));
  });
});

Deno.test("over IPv6, server_hostname '::1' is checked against the IP SANs", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ host: "::1" });
    await using _srv = srv;
    const s = socket.socket(socket.AF_INET6);
    using tls = await clientContext().wrap_socket(s, {
      server_hostname: "::1",
    });
    await tls.connect(["::1", port]);
    assertEquals(tls.family, socket.AF_INET6);
    assertEquals(tls.getpeercert()!.subjectAltName![2], [
      "IP Address",
      "0:0:0:0:0:0:0:1",
    ]);
    await tls.sendall(text("six"));
    assertEquals(str(await tls.recv(10)), "six");
  });
});

Deno.test("pending() counts decrypted bytes a recv left behind", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ action: "burst" });
    await using _srv = srv;
    using tls = await connectTls(port, clientContext());
    let got = str(await tls.recv(3));
    assertEquals(got, "fir");
    // "first" was decrypted whole ("second" may have come with it).
    assert(tls.pending() >= 2, `pending ${tls.pending()}`);
    // Whatever was decrypted but not returned is pending, and a read of
    // that size returns it without waiting.
    while (got.length < "firstsecond".length) {
      const pending = tls.pending();
      const chunk = str(await tls.recv(pending || 100));
      if (pending > 0) assertEquals(chunk.length, pending);
      got += chunk;
    }
    assertEquals(got, "firstsecond");
    assertEquals(tls.pending(), 0);
    await tls.sendall(text("k"));
  });
});

Deno.test("getpeercert() of a certificate with every common field is CPython's dict", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ cert: "rich" });
    await using _srv = srv;
    using tls = await connectTls(port, clientContext());
    assertEquals(tls.getpeercert(), await pythonDict("rich"));
  });
});

Deno.test("TLS 1.2 when the server caps it, with the server's cipher", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ max: "TLSv1_2" });
    await using _srv = srv;
    using tls = await connectTls(port, clientContext());
    const seen = (await srv.next())!.handshake;
    assertEquals(tls.version(), "TLSv1.2");
    assertEquals(tls.cipher(), seen.cipher);
    await tls.sendall(text("twelve"));
    assertEquals(str(await tls.recv(100)), "twelve");
  });
});

Deno.test("maximum_version TLSv1_2 or OP_NO_TLSv1_3 on our side gives TLS 1.2", async () => {
  await withDeadline(DEADLINE, async () => {
    for (const limit of ["maximum_version", "options"]) {
      const [srv, port] = await server({});
      await using _srv = srv;
      const context = clientContext();
      if (limit === "options") context.options |= ssl.OP_NO_TLSv1_3;
      else context.maximum_version = ssl.TLSVersion.TLSv1_2;
      using tls = await connectTls(port, context);
      assertEquals(tls.version(), "TLSv1.2");
      assertEquals((await srv.next())!.handshake.version, "TLSv1.2");
    }
  });
});

// Each verification failure: CPython's class, verify_code and message,
// taken from a CPython client against the same server.
for (
  const [cert, host, code] of [
    ["expired", "localhost", 10],
    ["selfsigned", "localhost", 18],
    ["otherca", "localhost", 20],
    ["wrongname", "localhost", 62],
    ["server", "127.0.0.2", 64],
  ] as const
) {
  Deno.test(`a ${cert} certificate (host ${host}) fails with code ${code}, as CPython's`, async () => {
    await withDeadline(DEADLINE, async () => {
      const expected = await pythonClientError(cert, host);
      assertEquals(expected.verify_code, code);
      const [srv, port] = await server({ cert, action: "idle" });
      await using _srv = srv;
      let error: unknown;
      try {
        (await connectTls(port, clientContext(), host)).close();
      } catch (e) {
        error = e;
      }
      assertInstanceOf(error, ssl.SSLCertVerificationError);
      assertInstanceOf(error, ssl.SSLError);
      assertInstanceOf(error, socket.OSError);
      const e = error as ssl.SSLCertVerificationError;
      assertEquals(e.constructor.name, expected.class);
      assertEquals(sslLineless(String(e)), sslLineless(expected.str));
      assertEquals(e.errno, expected.errno);
      assertEquals(e.verify_code, code);
      assertEquals(e.reason, "CERTIFICATE_VERIFY_FAILED");
      assertEquals(e.library, "SSL");
    });
  });
}

// Host name matching as CPython's (OpenSSL's X509_check_host, no partial
// wildcards): the outcome of a CPython client against the same server.
for (
  const [cert, host] of [
    ["wildcard", "a.wild.test"],
    ["wildcard", "wild.test"],
    ["wildcard", "a.b.wild.test"],
    ["wildcard", "WILD.example"],
    ["wildcard", "127.0.0.1"],
    ["cnonly", "localhost"],
    ["server", "LOCALHOST"],
    ["server", "::1"],
  ] as const
) {
  Deno.test(`host name ${host} against the ${cert} certificate: as CPython`, async () => {
    await withDeadline(DEADLINE, async () => {
      let expected: PeerEvent | null;
      {
        const [srv, port] = await server({ cert, action: "idle" });
        await using _srv = srv;
        await using client = peer({ role: "client", port, host });
        const first = (await client.next())!;
        expected = first.handshake_error ?? null;
      }
      const [srv, port] = await server({ cert, action: "idle" });
      await using _srv = srv;
      let error: unknown = null;
      try {
        (await connectTls(port, clientContext(), host)).close();
      } catch (e) {
        error = e;
      }
      if (expected === null) {
        assertEquals(error, null);
      } else {
        assertInstanceOf(error, ssl.SSLCertVerificationError);
        assertEquals(
          [sslLineless(String(error)), error.verify_code],
          [sslLineless(expected.str), expected.verify_code],
        );
      }
    });
  });
}

Deno.test("check_hostname off accepts a wrong-name certificate; CERT_NONE a self-signed one (getpeercert {})", async () => {
  await withDeadline(DEADLINE, async () => {
    {
      const [srv, port] = await server({ cert: "wrongname" });
      await using _srv = srv;
      const context = clientContext();
      context.check_hostname = false;
      using tls = await connectTls(port, context, null);
      assertEquals(
        (tls.getpeercert()!.subject as unknown[]).length,
        2,
      );
    }
    {
      const [srv, port] = await server({ cert: "selfsigned" });
      await using _srv = srv;
      const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
      context.check_hostname = false;
      context.verify_mode = ssl.CERT_NONE;
      using tls = await connectTls(port, context, null);
      assertEquals(tls.getpeercert(), {});
      assert(tls.getpeercert(true)!.length > 100);
      await tls.sendall(text("x"));
      assertEquals(str(await tls.recv(10)), "x");
    }
  });
});

Deno.test("a client certificate is presented to a CPython server that requires one", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ verify: "required" });
    await using _srv = srv;
    const context = clientContext();
    context.load_cert_chain(...certs.pairs.client);
    using tls = await connectTls(port, context);
    const seen = (await srv.next())!.handshake;
    assertEquals(seen.peercert, await pythonDict("client"));
    await tls.sendall(text("mutual"));
    assertEquals(str(await tls.recv(100)), "mutual");
  });
});

// A CPython server's alerts, as a CPython client meets them: on its first
// read (TLS 1.3 sends the alert after the client's Finished) or in the
// handshake.
for (
  const [label, serverConfig, clientConfig] of [
    [
      "an untrusted client certificate: unknown ca",
      { verify: "required" },
      { cert: "selfsigned" },
    ],
    ["no common version: protocol version", { max: "TLSv1_2" }, {
      min: "TLSv1_3",
    }],
  ] as const
) {
  Deno.test(`a CPython server's alert for ${label}, as CPython's client sees it`, async () => {
    await withDeadline(DEADLINE, async () => {
      let expected: PeerEvent;
      {
        const [srv, port] = await server({ ...serverConfig, action: "idle" });
        await using _srv = srv;
        await using client = peer({
          role: "client",
          port,
          action: "idle",
          ...clientConfig,
        });
        const first = (await client.next())!;
        expected = first.handshake_error ?? (await client.next())!.read_error;
      }
      const [srv, port] = await server({ ...serverConfig, action: "idle" });
      await using _srv = srv;
      const context = clientContext();
      if ("cert" in clientConfig) {
        context.load_cert_chain(...certs.pairs[clientConfig.cert]);
      }
      if ("min" in clientConfig) {
        context.minimum_version = ssl.TLSVersion.TLSv1_3;
      }
      let error: unknown;
      try {
        using tls = await connectTls(port, context);
        // Only reads, as CPython's client: a write the server refuses
        // after its alert could reset the connection before the alert
        // is read.
        await tls.recv(10);
      } catch (e) {
        error = e;
      }
      assertInstanceOf(error, ssl.SSLError);
      assertEquals(
        [error.constructor.name, sslLineless(String(error)), error.errno],
        [expected.class, sslLineless(expected.str), expected.errno],
      );
    });
  });
}

// ---- our server, CPython's client ------------------------------------

async function tlsListener(
  context: ssl.SSLContext,
): Promise<[ssl.SSLSocket, number]> {
  const s = socket.socket();
  s.bind(["127.0.0.1", 0]);
  s.listen();
  const srv = await context.wrap_socket(s, { server_side: true });
  return [srv, srv.getsockname()[1]];
}

Deno.test("a wrapped listening socket accepts SSLSockets; CPython's client echoes through", async () => {
  await withDeadline(DEADLINE, async () => {
    const context = serverContext();
    context.set_alpn_protocols(["http/1.1", "h2"]);
    const [srv, port] = await tlsListener(context);
    using _srv = srv;
    await using client = peer({
      role: "client",
      port,
      alpn: ["h2"],
      action: "idle",
    });
    const [conn, addr] = await srv.accept();
    using _conn = conn;
    assertInstanceOf(conn, ssl.SSLSocket);
    assert(conn.server_side);
    assertEquals(String(addr), String(conn.getpeername()));
    const seen = (await client.next())!.handshake;
    assertEquals(conn.version(), seen.version);
    assertEquals(conn.cipher(), seen.cipher);
    assertEquals(conn.selected_alpn_protocol(), "h2");
    assertEquals(seen.peercert, await pythonDict("server"));
    assertEquals(conn.getpeercert(), null);
  });
});

// ALPN's choice as OpenSSL makes it for CPython (the server's first
// protocol the client offers; none, and no alert, without overlap), on
// either side, against a CPython-to-CPython run.
for (
  const [serverAlpn, clientAlpn] of [
    [["h2"], ["http/1.1"]],
    [["http/1.1", "h2"], ["h2", "http/1.1"]],
    [["h2", "http/1.1"], ["spdy/3", "http/1.1"]],
    [["h2"], null],
  ] as const
) {
  Deno.test(`ALPN server ${serverAlpn} / client ${clientAlpn}: CPython's choice, both sides`, async () => {
    await withDeadline(DEADLINE, async () => {
      const clientConfig = clientAlpn === null ? {} : { alpn: clientAlpn };
      let expected: string | null;
      {
        const [srv, port] = await server({ alpn: serverAlpn, action: "idle" });
        await using _srv = srv;
        await using client = peer({
          role: "client",
          port,
          action: "idle",
          ...clientConfig,
        });
        expected = (await client.next())!.handshake.alpn;
      }
      {
        // Our client.
        const [srv, port] = await server({ alpn: serverAlpn, action: "idle" });
        await using _srv = srv;
        const context = clientContext();
        if (clientAlpn !== null) context.set_alpn_protocols(clientAlpn);
        using tls = await connectTls(port, context);
        assertEquals(tls.selected_alpn_protocol(), expected);
      }
      {
        // Our server.
        const context = serverContext();
        context.set_alpn_protocols(serverAlpn);
        const [srv, port] = await tlsListener(context);
        using _srv = srv;
        await using client = peer({
          role: "client",
          port,
          action: "idle",
          ...clientConfig,
        });
        const [conn] = await srv.accept();
        using _conn = conn;
        assertEquals(conn.selected_alpn_protocol(), expected);
        assertEquals((await client.next())!.handshake.alpn, expected);
      }
    });
  });
}

for (
  const [verify, cert, outcome] of [
    ["required", "client", "dict"],
    ["optional", "client", "dict"],
    ["optional", null, "none"],
    ["required", null, "error"],
    ["required", "selfsigned", "error18"],
  ] as const
) {
  Deno.test(`server CERT_${verify.toUpperCase()}, client certificate ${cert ?? "absent"}: ${outcome}`, async () => {
    await withDeadline(DEADLINE, async () => {
      const context = serverContext();
      context.verify_mode = verify === "required"
        ? ssl.CERT_REQUIRED
        : ssl.CERT_OPTIONAL;
      context.load_verify_locations(certs.ca);
      const [srv, port] = await tlsListener(context);
      using _srv = srv;
      await using _client = peer({
        role: "client",
        port,
        action: "idle",
        ...(cert === null ? {} : { cert }),
      });
      let conn: ssl.SSLSocket | null = null;
      let error: unknown;
      try {
        [conn] = await srv.accept();
      } catch (e) {
        error = e;
      }
      using _conn = conn ?? undefined;
      if (outcome === "dict") {
        assertEquals(conn!.getpeercert(), await pythonDict("client"));
      } else if (outcome === "none") {
        assertEquals(conn!.getpeercert(), null);
      } else if (outcome === "error") {
        assertInstanceOf(error, ssl.SSLError);
        assertEquals(
          String(error),
          "[SSL: PEER_DID_NOT_RETURN_A_CERTIFICATE] peer did not return a certificate (_ssl.c:1006)",
        );
        assertEquals(
          (error as ssl.SSLError).reason,
          "PEER_DID_NOT_RETURN_A_CERTIFICATE",
        );
      } else {
        assertInstanceOf(error, ssl.SSLCertVerificationError);
        assertEquals((error as ssl.SSLCertVerificationError).verify_code, 18);
      }
    });
  });
}

// ---- STARTTLS: plain bytes first, then TLS on the same connection -----

Deno.test("STARTTLS as the client: plain greeting, then TLS, no byte lost", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ starttls: true });
    await using _srv = srv;
    const s = socket.socket();
    await s.connect(["127.0.0.1", port]);
    assertEquals(str(await s.recv(1024)), "220 ready\r\n");
    await s.sendall(text("STARTTLS\r\n"));
    using tls = await clientContext().wrap_socket(s, {
      server_hostname: "localhost",
    });
    assertEquals(s.fileno(), -1);
    assertEquals((await srv.next())!.plain, "STARTTLS\r\n");
    assertEquals((await srv.next())!.handshake.version, tls.version());
    await tls.sendall(text("secret"));
    assertEquals(str(await tls.recv(100)), "secret");
  });
});

Deno.test("STARTTLS as the server: a ClientHello read ahead with the request goes to TLS first", async () => {
  await withDeadline(DEADLINE, async () => {
    const listener = socket.socket();
    listener.bind(["127.0.0.1", 0]);
    listener.listen();
    using _listener = listener;
    const port = listener.getsockname()[1];
    await using client = peer({ role: "client", port, starttls: true });
    const [conn] = await listener.accept();
    await conn.sendall(text("220 ready\r\n"));
    assertEquals((await client.next())!.plain, "220 ready\r\n");
    // The request and the ClientHello arrive together; the engine reads
    // ahead of the 10 bytes asked for.
    await new Promise((r) => setTimeout(r, 200));
    assertEquals(str(await conn.recv(10)), "STARTTLS\r\n");
    using tls = await serverContext().wrap_socket(conn, { server_side: true });
    assertEquals((await client.next())!.handshake.version, tls.version());
    await tls.sendall(text("over tls"));
    assertEquals(str(await tls.recv(100)), "over tls");
  });
});

// ---- endings ------------------------------------------------------------

Deno.test("close_notify from CPython reads as b'' (suppress_ragged_eofs either way)", async () => {
  await withDeadline(DEADLINE, async () => {
    for (const suppress of [true, false]) {
      const [srv, port] = await server({ action: "send_then_close_notify" });
      await using _srv = srv;
      using tls = await connectTls(port, clientContext(), "localhost", {
        suppress_ragged_eofs: suppress,
      });
      const chunks: string[] = [];
      for (let i = 0; i < 10; i++) {
        const data = await tls.recv(100);
        if (data.length === 0) break;
        chunks.push(str(data));
      }
      assertEquals(chunks.join(""), "bye");
    }
  });
});

Deno.test("a ragged EOF is b'' with suppress_ragged_eofs, else CPython's SSLEOFError", async () => {
  await withDeadline(DEADLINE, async () => {
    for (const suppress of [true, false]) {
      const [srv, port] = await server({ action: "send_then_ragged" });
      await using _srv = srv;
      using tls = await connectTls(port, clientContext(), "localhost", {
        suppress_ragged_eofs: suppress,
      });
      let got = "";
      let error: unknown = null;
      try {
        for (let i = 0; i < 10; i++) {
          const data = await tls.recv(100);
          if (data.length === 0) break;
          got += str(data);
        }
      } catch (e) {
        error = e;
      }
      assertEquals(got, "bye");
      if (suppress) {
        assertEquals(error, null);
      } else {
        assertInstanceOf(error, ssl.SSLEOFError);
        assertEquals(
          String(error),
          "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:2580)",
        );
        assertEquals((error as ssl.SSLEOFError).errno, 8);
      }
    }
  });
});

Deno.test("shutdown(SHUT_WR) ends the connection as CPython's does (a FIN, no close_notify)", async () => {
  await withDeadline(DEADLINE, async () => {
    let expected: PeerEvent;
    {
      const [srv, port] = await server({});
      await using _srv = srv;
      await using _client = peer({ role: "client", port, action: "shut" });
      await srv.next(); // handshake
      expected = (await srv.next())!;
    }
    const [srv, port] = await server({});
    await using _srv = srv;
    using tls = await connectTls(port, clientContext());
    await srv.next(); // handshake
    await tls.sendall(text("x"));
    assertEquals(str(await tls.recv(1)), "x");
    tls.shutdown(socket.SHUT_WR);
    assertEquals(await srv.next(), expected);
  });
});

// ---- bulk ---------------------------------------------------------------

const BULK = 10 * 1024 * 1024;

Deno.test("10 MB each way, SHA-256 checked", async () => {
  await withDeadline(60_000, async () => {
    {
      const [srv, port] = await server({ action: "sink", bytes: BULK });
      await using _srv = srv;
      using tls = await connectTls(port, clientContext());
      await srv.next(); // handshake
      const data = new Uint8Array(BULK);
      for (let i = 0; i < BULK; i++) data[i] = (i * 7 + (i >> 11)) & 0xff;
      await tls.sendall(data);
      const digest = new Uint8Array(
        await crypto.subtle.digest("SHA-256", data),
      );
      const hex = [...digest].map((b) => b.toString(16).padStart(2, "0")).join(
        "",
      );
      const report = (await srv.next())!;
      assertEquals(report.received, BULK);
      assertEquals(report.sha256, hex);
      assertEquals(str(await tls.recv(1)), "k");
    }
    {
      const [srv, port] = await server({ action: "source", bytes: BULK });
      await using _srv = srv;
      using tls = await connectTls(port, clientContext());
      const got = new Uint8Array(BULK);
      let n = 0;
      while (n < BULK) {
        const k = await tls.recv_into(got.subarray(n));
        if (k === 0) break;
        n += k;
      }
      assertEquals(n, BULK);
      await srv.next(); // handshake
      const report = (await srv.next())!;
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", got));
      const hex = [...digest].map((b) => b.toString(16).padStart(2, "0")).join(
        "",
      );
      assertEquals(report.sha256, hex);
      await tls.sendall(text("k"));
    }
  });
});

Deno.test("a socketserver.ThreadingTCPServer whose socket is wrapped serves CPython's TLS clients", async () => {
  await withDeadline(DEADLINE, async () => {
    class Upper extends socketserver.StreamRequestHandler {
      override async handle() {
        const line = str(await this.rfile.readline());
        await this.wfile.write(text(line.toUpperCase()));
      }
    }
    await using srv = new socketserver.ThreadingTCPServer(
      ["127.0.0.1", 0],
      Upper,
    );
    srv.socket = await serverContext().wrap_socket(srv.socket, {
      server_side: true,
    });
    const serving = srv.serve_forever(0.05);
    const port = (srv.server_address as [string, number])[1];
    for (const word of ["one", "two"]) {
      await using client = peer({
        role: "client",
        port,
        action: "ask",
        send: `${word}\n`,
      });
      assertEquals((await client.next())!.handshake.version, "TLSv1.3");
      assertEquals((await client.next())!.reply, `${word.toUpperCase()}\n`);
    }
    await srv.shutdown();
    await serving;
  });
});

Deno.test("get_server_certificate, DER_cert_to_PEM_cert, PEM_cert_to_DER_cert and cert_time_to_seconds give CPython's results", async () => {
  await withDeadline(DEADLINE, async () => {
    const [srv, port] = await server({ action: "idle" });
    await using _srv = srv;
    const pem = await ssl.get_server_certificate(
      ["127.0.0.1", port],
      undefined,
      certs.ca,
    );
    const file = await Deno.readTextFile(certs.pairs.server[0]);
    const py = new Deno.Command("python3", {
      args: [
        "-c",
        `
import json, ssl, sys
pem = open(sys.argv[1]).read()
der = ssl.PEM_cert_to_DER_cert(pem)
dec = ssl._ssl._test_decode_cert(sys.argv[1])
out = {"pem": ssl.DER_cert_to_PEM_cert(der), "der": list(der),
       "after": ssl.cert_time_to_seconds(dec["notAfter"]), "notAfter": dec["notAfter"]}
for bad in ["Foo  1 00:00:00 2020 GMT", "Jan 99 00:00:00 2020 GMT"]:
    try: ssl.cert_time_to_seconds(bad)
    except ValueError as e: out.setdefault("errors", []).append(str(e))
for bad in ["junk", "-----BEGIN CERTIFICATE-----junk"]:
    try: ssl.PEM_cert_to_DER_cert(bad)
    except ValueError as e: out.setdefault("errors", []).append(str(e))
print(json.dumps(out))`,
        certs.pairs.server[0],
      ],
    });
    const expected = JSON.parse(
      new TextDecoder().decode((await py.output()).stdout),
    );
    assertEquals(pem, expected.pem);
    const der = ssl.PEM_cert_to_DER_cert(file);
    assertEquals([...der], expected.der);
    assertEquals(ssl.DER_cert_to_PEM_cert(der), expected.pem);
    assertEquals(ssl.cert_time_to_seconds(expected.notAfter), expected.after);
    const errors: string[] = [];
    for (
      const bad of ["Foo  1 00:00:00 2020 GMT", "Jan 99 00:00:00 2020 GMT"]
    ) {
      try {
        ssl.cert_time_to_seconds(bad);
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    for (const bad of ["junk", "-----BEGIN CERTIFICATE-----junk"]) {
      try {
        ssl.PEM_cert_to_DER_cert(bad);
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    assertEquals(errors, expected.errors);
  });
});
