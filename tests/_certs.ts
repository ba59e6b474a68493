// Throwaway certificates for the ssl tests, made with `openssl` in a temp
// dir at test time: a CA, a server and a client it signed, and the bad ones
// each verification failure needs.

export interface Certs {
  readonly dir: string;
  /** The test CA's certificate (PEM file). */
  readonly ca: string;
  /** name → [certificate file, key file]. */
  readonly pairs: Readonly<Record<CertName, [string, string]>>;
  remove(): void;
}

/** The certificates made: what each is for. */
export type CertName =
  | "server" // CN=localhost, SAN localhost, 127.0.0.1, ::1; signed by the CA
  | "client" // CN=pysocket client; signed by the CA
  | "expired" // as server, but its notAfter has passed
  | "wrongname" // CN and SAN wrong.example
  | "selfsigned" // as server, signed by itself
  | "otherca" // as server, signed by a CA nobody trusts
  | "wildcard" // SAN *.wild.test and wild.example; signed by the CA
  | "cnonly" // CN=localhost and no subjectAltName; signed by the CA
  | "rich"; // every common subject field and SAN kind; signed by the CA

async function openssl(dir: string, ...args: string[]): Promise<void> {
  const out = await new Deno.Command("openssl", {
    args,
    cwd: dir,
    stdout: "null",
    stderr: "piped",
  })
    .output();
  if (!out.success) {
    throw new Error(
      `openssl ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`,
    );
  }
}

const SERVER_SAN = "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1";

/** Makes every certificate in a new temp dir. */
export async function makeCerts(): Promise<Certs> {
  const dir = await Deno.makeTempDir({ prefix: "pysocket-ssl-" });
  const ca = async (name: string, cn: string) =>
    await openssl(
      dir,
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.pem`,
      "-subj",
      `/CN=${cn}`,
      "-days",
      "2",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    );
  const leaf = async (
    name: string,
    cn: string,
    ext: string,
    signer: string,
    days = "2",
  ) => {
    await openssl(
      dir,
      "req",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      cn.startsWith("/") ? cn : `/O=pysocket/CN=${cn}`,
    );
    await Deno.writeTextFile(`${dir}/${name}.ext`, ext + "\n");
    await openssl(
      dir,
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      `${signer}.pem`,
      "-CAkey",
      `${signer}.key`,
      "-set_serial",
      String(0x1000 + name.length),
      "-days",
      days,
      "-extfile",
      `${name}.ext`,
      "-out",
      `${name}.pem`,
    );
  };
  await Promise.all([
    ca("ca", "pysocket test CA"),
    ca("other", "untrusted CA"),
  ]);
  await Promise.all([
    leaf("server", "localhost", SERVER_SAN, "ca"),
    leaf("client", "pysocket client", "extendedKeyUsage=clientAuth", "ca"),
    leaf("expired", "localhost", SERVER_SAN, "ca", "-1"),
    leaf(
      "wrongname",
      "wrong.example",
      "subjectAltName=DNS:wrong.example",
      "ca",
    ),
    leaf("otherca", "localhost", SERVER_SAN, "other"),
    leaf(
      "wildcard",
      "wild",
      "subjectAltName=DNS:*.wild.test,DNS:wild.example",
      "ca",
    ),
    leaf("cnonly", "localhost", "basicConstraints=CA:FALSE", "ca"),
    leaf(
      "rich",
      "/C=US/ST=Some State/L=Town/O=Org, Inc./OU=Unit/CN=localhost" +
        "/emailAddress=admin@example.org",
      "subjectAltName=DNS:localhost,email:admin@example.org," +
        "URI:https://example.org/x,IP:127.0.0.1,IP:2001:db8::1\n" +
        "authorityInfoAccess=OCSP;URI:http://ocsp.example.org," +
        "caIssuers;URI:http://ca.example.org/ca.crt\n" +
        "crlDistributionPoints=URI:http://crl.example.org/ca.crl," +
        "URI:http://crl2.example.org/ca.crl",
      "ca",
    ),
    openssl(
      dir,
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      "selfsigned.key",
      "-out",
      "selfsigned.pem",
      "-subj",
      "/CN=localhost",
      "-days",
      "2",
      "-addext",
      SERVER_SAN,
    ),
  ]);
  const pair = (
    name: string,
  ): [string, string] => [`${dir}/${name}.pem`, `${dir}/${name}.key`];
  return {
    dir,
    ca: `${dir}/ca.pem`,
    pairs: {
      server: pair("server"),
      client: pair("client"),
      expired: pair("expired"),
      wrongname: pair("wrongname"),
      selfsigned: pair("selfsigned"),
      otherca: pair("otherca"),
      wildcard: pair("wildcard"),
      cnonly: pair("cnonly"),
      rich: pair("rich"),
    },
    remove: () => Deno.removeSync(dir, { recursive: true }),
  };
}
