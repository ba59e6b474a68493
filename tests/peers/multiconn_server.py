# The tutorial's multi-connection echo server in CPython, the interop peer of
# tests/tutorial_test.ts. Prints its port, serves until killed.
import selectors
import socket
import sys
import types

sel = selectors.DefaultSelector()
lsock = socket.socket()
lsock.bind(("127.0.0.1", 0))
lsock.listen()
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)
print(lsock.getsockname()[1], flush=True)

while True:
    for key, mask in sel.select(timeout=None):
        if key.data is None:
            conn, addr = key.fileobj.accept()
            conn.setblocking(False)
            data = types.SimpleNamespace(addr=addr, outb=b"")
            sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, data=data)
            continue
        sock, data = key.fileobj, key.data
        if mask & selectors.EVENT_READ:
            recv_data = sock.recv(1024)
            if recv_data:
                data.outb += recv_data
            else:
                sel.unregister(sock)
                sock.close()
                continue
        if mask & selectors.EVENT_WRITE and data.outb:
            sent = sock.send(data.outb)
            data.outb = data.outb[sent:]
