# python3's ThreadingTCPServer echoing every connection until EOF, with the
# listen queue the TypeScript load test uses; prints its port, serves until
# stdin closes.

import socketserver
import sys
import threading


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(65536)
            if not data:
                break
            self.request.sendall(data)


class Server(socketserver.ThreadingTCPServer):
    request_queue_size = 1024
    daemon_threads = True


with Server(("127.0.0.1", 0), Echo) as server:
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()
