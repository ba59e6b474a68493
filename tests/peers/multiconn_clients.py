# N non-blocking clients through one selector, as the tutorial's
# multiconn-client, each sending its own messages and checking that every
# echoed byte comes back in order. Prints "ok N" or fails.
import selectors
import socket
import sys
import types

port, num_conns = int(sys.argv[1]), int(sys.argv[2])
sel = selectors.DefaultSelector()
for connid in range(1, num_conns + 1):
    sock = socket.socket()
    sock.setblocking(False)
    sock.connect_ex(("127.0.0.1", port))
    messages = [f"Message {i} from client {connid}.".encode() * (1 + connid % 7) for i in (1, 2)]
    data = types.SimpleNamespace(connid=connid, expected=b"".join(messages), got=b"", messages=messages, outb=b"")
    sel.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, data=data)

done = 0
while sel.get_map():
    for key, mask in sel.select(timeout=5):
        sock, data = key.fileobj, key.data
        if mask & selectors.EVENT_READ:
            recv_data = sock.recv(1024)
            data.got += recv_data
            if not recv_data or len(data.got) >= len(data.expected):
                assert data.got == data.expected, (data.connid, data.got, data.expected)
                done += 1
                sel.unregister(sock)
                sock.close()
                continue
        if mask & selectors.EVENT_WRITE:
            if not data.outb and data.messages:
                data.outb = data.messages.pop(0)
            if data.outb:
                sent = sock.send(data.outb)
                data.outb = data.outb[sent:]
print("ok", done)
