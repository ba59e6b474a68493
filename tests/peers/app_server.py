# The tutorial's application server (app-server.py with libserver.Message)
# in CPython, the interop peer of tests/tutorial_test.ts, compacted. Prints
# its port, serves until killed. Actions: search (JSON) and binary.
import json
import selectors
import socket
import struct
import sys

request_search = {
    "morpheus": "Follow the white rabbit. \U0001f430",
    "ring": "In the caves beneath the Misty Mountains. \U0001f48d",
    "\U0001f436": "\U0001f43e Playing ball! \U0001f3d0",
}


def frame(content_bytes, content_type, content_encoding):
    header = json.dumps({
        "byteorder": sys.byteorder,
        "content-type": content_type,
        "content-encoding": content_encoding,
        "content-length": len(content_bytes),
    }, ensure_ascii=False).encode("utf-8")
    return struct.pack(">H", len(header)) + header + content_bytes


def respond(header, content):
    if header["content-type"] == "text/json":
        request = json.loads(content.decode(header["content-encoding"]))
        action, value = request.get("action"), request.get("value")
        if action == "search":
            result = request_search.get(value) or f"No match for '{value}'."
        else:
            result = f"Error: invalid action '{action}'."
        body = json.dumps({"result": result}, ensure_ascii=False).encode("utf-8")
        return frame(body, "text/json", "utf-8")
    body = b"First 10 bytes of request: " + content[:10]
    return frame(body, "binary/custom-server-binary-type", "binary")


class Conn:
    def __init__(self):
        self.inb = b""
        self.outb = None


sel = selectors.DefaultSelector()
lsock = socket.socket()
lsock.bind(("127.0.0.1", 0))
lsock.listen(128)
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)
print(lsock.getsockname()[1], flush=True)

while True:
    for key, mask in sel.select(timeout=None):
        if key.data is None:
            conn, _ = key.fileobj.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data=Conn())
            continue
        sock, c = key.fileobj, key.data
        if mask & selectors.EVENT_READ:
            data = sock.recv(4096)
            if not data:
                sel.unregister(sock)
                sock.close()
                continue
            c.inb += data
            if len(c.inb) >= 2:
                hlen = struct.unpack(">H", c.inb[:2])[0]
                if len(c.inb) >= 2 + hlen:
                    header = json.loads(c.inb[2:2 + hlen].decode("utf-8"))
                    n = header["content-length"]
                    if len(c.inb) >= 2 + hlen + n:
                        c.outb = respond(header, c.inb[2 + hlen:2 + hlen + n])
                        sel.modify(sock, selectors.EVENT_WRITE, data=c)
        if mask & selectors.EVENT_WRITE and c.outb:
            sent = sock.send(c.outb)
            c.outb = c.outb[sent:]
            if not c.outb:
                sel.unregister(sock)
                sock.close()
