// The services, protocols and hosts databases as glibc's "files" backend
// reads them: /etc/services, /etc/protocols and /etc/hosts when Deno may
// read them (the permission is queried, never prompted for), built-in
// tables of the well-known entries otherwise.

/** One /etc/services line. */
export interface ServiceEntry {
  name: string;
  port: number;
  proto: string;
  aliases: string[];
}

/** One /etc/protocols line. */
export interface ProtocolEntry {
  name: string;
  number: number;
  aliases: string[];
}

/** One /etc/hosts line. */
export interface HostEntry {
  address: string;
  name: string;
  aliases: string[];
}

// The parsed files, kept while their modification time stays the same.
const cache = new Map<string, { mtime: number; value: unknown }>();

// `parse` of a system file's text, or null when the file is missing or
// Deno may not read it.
function readable<T>(path: string, parse: (text: string) => T): T | null {
  try {
    if (
      Deno.permissions.querySync({ name: "read", path }).state !== "granted"
    ) {
      return null;
    }
    const mtime = Deno.statSync(path).mtime?.getTime() ?? NaN;
    const cached = cache.get(path);
    if (cached !== undefined && cached.mtime === mtime) {
      return cached.value as T;
    }
    const value = parse(Deno.readTextFileSync(path));
    cache.set(path, { mtime, value });
    return value;
  } catch {
    return null;
  }
}

// Each line's whitespace-separated fields, comments removed.
function fields(text: string): string[][] {
  return text.split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line !== "")
    .map((line) => line.split(/[ \t]+/));
}

function parseServices(text: string): ServiceEntry[] {
  const out: ServiceEntry[] = [];
  for (const [name, portProto, ...aliases] of fields(text)) {
    const match = /^([0-9]+)\/(\S+)$/.exec(portProto ?? "");
    if (name === undefined || match === null) continue;
    // glibc keeps the port as a 16-bit network-order value.
    out.push({
      name,
      port: Number(match[1]) % 65536,
      proto: match[2]!,
      aliases,
    });
  }
  return out;
}

function parseProtocols(text: string): ProtocolEntry[] {
  const out: ProtocolEntry[] = [];
  for (const [name, number, ...aliases] of fields(text)) {
    if (name === undefined || !/^[0-9]+$/.test(number ?? "")) continue;
    out.push({ name, number: Number(number), aliases });
  }
  return out;
}

function parseHosts(text: string): HostEntry[] {
  const out: HostEntry[] = [];
  for (const [address, name, ...aliases] of fields(text)) {
    if (address !== undefined && name !== undefined) {
      out.push({ address, name, aliases });
    }
  }
  return out;
}

/** The services database, in file order. */
export function services(): ServiceEntry[] {
  return readable("/etc/services", parseServices) ??
    parseServices(BUILTIN_SERVICES);
}

/** The protocols database, in file order. */
export function protocols(): ProtocolEntry[] {
  return readable("/etc/protocols", parseProtocols) ??
    parseProtocols(BUILTIN_PROTOCOLS);
}

/** The hosts file, in file order, or null when it cannot be read. */
export function hosts(): HostEntry[] | null {
  return readable("/etc/hosts", parseHosts);
}

/** The port of service `name` for `proto` (any protocol when undefined). */
export function serviceByName(
  name: string,
  proto: string | undefined,
): ServiceEntry | undefined {
  return services().find((s) =>
    (s.name === name || s.aliases.includes(name)) &&
    (proto === undefined || s.proto === proto)
  );
}

/** The service at `port` for `proto` (any protocol when undefined). */
export function serviceByPort(
  port: number,
  proto: string | undefined,
): ServiceEntry | undefined {
  return services().find((s) =>
    s.port === port && (proto === undefined || s.proto === proto)
  );
}

// Well-known entries of Debian's netbase files, for when the system's
// cannot be read.
const BUILTIN_SERVICES = `
tcpmux 1/tcp
echo 7/tcp
echo 7/udp
discard 9/tcp sink null
discard 9/udp sink null
daytime 13/tcp
daytime 13/udp
ftp-data 20/tcp
ftp 21/tcp
ssh 22/tcp
telnet 23/tcp
smtp 25/tcp mail
time 37/tcp timserver
time 37/udp timserver
whois 43/tcp nicname
domain 53/tcp
domain 53/udp
gopher 70/tcp
finger 79/tcp
http 80/tcp www
kerberos 88/tcp kerberos5 krb5 kerberos-sec
kerberos 88/udp kerberos5 krb5 kerberos-sec
pop3 110/tcp pop-3
sunrpc 111/tcp portmapper
sunrpc 111/udp portmapper
auth 113/tcp authentication tap ident
nntp 119/tcp readnews untp
ntp 123/udp
netbios-ns 137/udp
netbios-dgm 138/udp
netbios-ssn 139/tcp
imap2 143/tcp imap
snmp 161/tcp
snmp 161/udp
snmp-trap 162/tcp snmptrap
snmp-trap 162/udp snmptrap
bgp 179/tcp
ldap 389/tcp
ldap 389/udp
https 443/tcp
https 443/udp
microsoft-ds 445/tcp
submissions 465/tcp ssmtp smtps urd
syslog 514/udp
printer 515/tcp spooler
submission 587/tcp
ldaps 636/tcp
ldaps 636/udp
domain-s 853/tcp
domain-s 853/udp
rsync 873/tcp
imaps 993/tcp
pop3s 995/tcp
socks 1080/tcp
openvpn 1194/tcp
openvpn 1194/udp
ms-sql-s 1433/tcp
nfs 2049/tcp
nfs 2049/udp
mysql 3306/tcp
sip 5060/tcp
sip 5060/udp
xmpp-client 5222/tcp jabber-client
postgresql 5432/tcp postgres
x11 6000/tcp x11-0
redis 6379/tcp
http-alt 8080/tcp webcache
git 9418/tcp
`;

const BUILTIN_PROTOCOLS = `
ip 0 IP
icmp 1 ICMP
igmp 2 IGMP
tcp 6 TCP
udp 17 UDP
ipv6 41 IPv6
ipv6-route 43 IPv6-Route
ipv6-frag 44 IPv6-Frag
gre 47 GRE
esp 50 IPSEC-ESP
ah 51 IPSEC-AH
ipv6-icmp 58 IPv6-ICMP
ipv6-nonxt 59 IPv6-NoNxt
ipv6-opts 60 IPv6-Opts
sctp 132 SCTP
udplite 136 UDPLite
`;
