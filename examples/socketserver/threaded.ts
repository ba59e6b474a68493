// The asynchronous mixin example of Python's socketserver documentation:
// a ThreadingMixIn server and three clients in one program. JavaScript has
// no threads; each request is a task, named here as Python numbers its
// threads ("Task-2" where Python prints "Thread-2 (process_request_thread)").
//
//   deno run -N examples/socketserver/threaded.ts

import * as socket from "../_socket.ts";
import * as socketserver from "../_socketserver.ts";
import { parse } from "../_cli.ts";

parse({
  name: "socketserver/threaded.ts",
  about: "The asynchronous mixin example of Python's socketserver " +
    "documentation: a ThreadingMixIn\nserver on a free port and three " +
    "clients in one program.",
  permissions: "-N",
  args: [],
  flags: [],
});

let tasks = 1;

class ThreadedTCPRequestHandler extends socketserver.BaseRequestHandler {
  override async handle() {
    const data = new TextDecoder().decode(await this.request.recv(1024));
    const cur_task = `Task-${++tasks}`;
    const response = new TextEncoder().encode(`${cur_task}: ${data}`);
    await this.request.sendall(response);
  }
}

class ThreadedTCPServer
  extends socketserver.ThreadingMixIn(socketserver.TCPServer) {}

async function client(ip: string, port: number, message: string) {
  using sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  await sock.connect([ip, port]);
  await sock.sendall(new TextEncoder().encode(message));
  const response = new TextDecoder().decode(await sock.recv(1024));
  console.log(`Received: ${response}`);
}

// Port 0 means to select an arbitrary unused port
const [HOST, PORT] = ["localhost", 0];

const server = new ThreadedTCPServer([HOST, PORT], ThreadedTCPRequestHandler);
{
  await using _ = server;
  const [ip, port] = server.server_address as [string, number];

  // Start a task with the server -- that task will then start one
  // more task for each request
  const server_task = server.serve_forever();
  console.log("Server loop running in task:", "Task-1 (serve_forever)");

  await client(ip, port, "Hello World 1");
  await client(ip, port, "Hello World 2");
  await client(ip, port, "Hello World 3");

  await server.shutdown();
  await server_task;
}
