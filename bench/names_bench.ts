// Conversions and look-ups, per call: `deno bench -A bench/names_bench.ts`.

import * as socket from "../mod.ts";

const v6 = socket.inet_pton(socket.AF_INET6, "2001:db8::8a2e:370:7334");

Deno.bench("inet_pton(AF_INET6)", () => {
  socket.inet_pton(socket.AF_INET6, "2001:db8::8a2e:370:7334");
});
Deno.bench("inet_ntop(AF_INET6)", () => {
  socket.inet_ntop(socket.AF_INET6, v6);
});
Deno.bench("inet_aton('127.1')", () => {
  socket.inet_aton("127.1");
});
Deno.bench("htonl", () => {
  socket.htonl(0x01020304);
});
Deno.bench("getservbyname('http', 'tcp')", () => {
  socket.getservbyname("http", "tcp");
});
Deno.bench("getaddrinfo('127.0.0.1', 80) (numeric)", async () => {
  await socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM);
});
Deno.bench("getaddrinfo('localhost', 80) (system resolver)", async () => {
  await socket.getaddrinfo("localhost", 80, 0, socket.SOCK_STREAM);
});
