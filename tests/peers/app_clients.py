# N concurrent application clients (the tutorial's app-client.py with
# libclient.Message, compacted) through one selector; request i is search,
# "double" (not an action the server knows) or binary in turn. Prints each
# response as one JSON line, then "ok N".
import json
import selectors
import socket
import struct
import sys

port, n = int(sys.argv[1]), int(sys.argv[2])


def frame(content_bytes, content_type, content_encoding):
    header = json.dumps({
        "byteorder": sys.byteorder,
        "content-type": content_type,
        "content-encoding": content_encoding,
        "content-length": len(content_bytes),
    }, ensure_ascii=False).encode("utf-8")
    return struct.pack(">H", len(header)) + header + content_bytes


def request(i):
    kind = i % 3
    if kind == 0:
        body = json.dumps({"action": "search", "value": ["morpheus", "ring", "\U0001f436", f"x{i}"][i % 4]}).encode()
        return frame(body, "text/json", "utf-8")
    if kind == 1:
        return frame(json.dumps({"action": "double", "value": i}).encode(), "text/json", "utf-8")
    return frame(f"binary{i:06d}-payload".encode(), "binary/custom-client-binary-type", "binary")


class Conn:
    def __init__(self, i):
        self.i = i
        self.outb = request(i)
        self.inb = b""


sel = selectors.DefaultSelector()
for i in range(n):
    s = socket.socket()
    s.setblocking(False)
    s.connect_ex(("127.0.0.1", port))
    sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE, data=Conn(i))

results = {}
while sel.get_map():
    for key, mask in sel.select(timeout=5):
        sock, c = key.fileobj, key.data
        if mask & selectors.EVENT_WRITE and c.outb:
            sent = sock.send(c.outb)
            c.outb = c.outb[sent:]
            if not c.outb:
                sel.modify(sock, selectors.EVENT_READ, data=c)
        if mask & selectors.EVENT_READ:
            data = sock.recv(4096)
            c.inb += data
            done = not data
            if len(c.inb) >= 2:
                hlen = struct.unpack(">H", c.inb[:2])[0]
                if len(c.inb) >= 2 + hlen:
                    header = json.loads(c.inb[2:2 + hlen].decode("utf-8"))
                    body = c.inb[2 + hlen:]
                    if len(body) >= header["content-length"]:
                        if header["content-type"] == "text/json":
                            results[c.i] = json.loads(body.decode("utf-8"))["result"]
                        else:
                            results[c.i] = body.decode("latin-1")
                        done = True
            if done:
                sel.unregister(sock)
                sock.close()
for i in sorted(results):
    print(json.dumps([i, results[i]]))
print("ok", len(results))
