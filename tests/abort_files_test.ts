// Issue 14 §4 for `makefile()`'s file objects: every method that can wait
// takes `{ signal }` last, on the raw, buffered and text files. An abort
// rejects with the signal's reason and loses nothing: what a read had
// gathered (part of a line, part of `read(n)`, lines of `readlines`) is
// read again by the next call, and bytes not yet sent stay in the write
// buffer for the next `flush`.

import { createHash } from "node:crypto";
import * as socket from "./_entry.ts";
import { assert, assertEquals } from "./_assert.ts";
import { rejected, tcpPair, withDeadline } from "./_helpers.ts";
import { PythonPeer, scale, sleep } from "./_peer.ts";

const enc = (text: string) => new TextEncoder().encode(text);
const dec = (data: Uint8Array | string | null) =>
  typeof data === "string" ? data : new TextDecoder().decode(data!);

function test(name: string, fn: () => Promise<void> | void): void {
  Deno.test(name, () => withDeadline(20_000, async () => await fn()));
}

/** A signal aborted with "stop" after `ms`. */
function abortAfter(ms: number): {
  signal: AbortSignal;
  [Symbol.dispose](): void;
} {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort("stop"), ms);
  return {
    signal: controller.signal,
    [Symbol.dispose]: () => clearTimeout(timer),
  };
}

// The three kinds of reading file, each read through one interface.
interface Reader {
  readline(limit: number, o?: socket.WaitOptions): Promise<string>;
  read(size: number, o?: socket.WaitOptions): Promise<string>;
  readlines(hint: number, o?: socket.WaitOptions): Promise<string[]>;
  close(): Promise<void>;
}

// `buffering` is small by default, so reads wait across many fills.
const KINDS: [string, (s: socket.Socket, buffering?: number) => Reader][] = [
  ["raw", (s) => {
    const f = s.makefile("rb", { buffering: 0 });
    return {
      readline: async (n, o) => dec(await f.readline(n, o)),
      read: async (n, o) => dec(await f.read(n, o)),
      readlines: async (n, o) => (await f.readlines(n, o)).map(dec),
      close: () => f.close(),
    };
  }],
  ["buffered", (s, buffering = 4) => {
    const f = s.makefile("rb", { buffering });
    return {
      readline: async (n, o) => dec(await f.readline(n, o)),
      read: async (n, o) => dec(await f.read(n, o)),
      readlines: async (n, o) => (await f.readlines(n, o)).map(dec),
      close: () => f.close(),
    };
  }],
  ["text", (s, buffering = 4) => {
    const f = s.makefile("r", { buffering });
    return {
      readline: (n, o) => f.readline(n, o),
      read: (n, o) => f.read(n, o),
      readlines: (n, o) => f.readlines(n, o),
      close: () => f.close(),
    };
  }],
];

for (const [kind, open] of KINDS) {
  test(`${kind} readline() aborted mid-line: the next readline() returns the whole line`, async () => {
    const [a, b] = await tcpPair();
    using _a = a, _b = b;
    const f = open(b);
    await a.sendall(enc("first line\nhal"));
    assertEquals(await f.readline(-1), "first line\n");
    {
      using abort = abortAfter(30);
      assertEquals(
        await rejected(() => f.readline(-1, { signal: abort.signal })),
        "stop",
      );
    }
    await a.sendall(enc("f a line\nnext\n"));
    assertEquals(await f.readline(-1), "half a line\n");
    assertEquals(await f.readline(-1), "next\n");
    await f.close();
  });

  test(`${kind} read(n) and read() aborted midway: the next read returns every byte`, async () => {
    const [a, b] = await tcpPair();
    using _a = a, _b = b;
    const f = open(b);
    await a.sendall(enc("abc"));
    {
      using abort = abortAfter(30);
      assertEquals(
        await rejected(() => f.read(kind === "raw" ? -1 : 6, abort)),
        "stop",
      );
    }
    await a.sendall(enc("def"));
    if (kind !== "raw") assertEquals(await f.read(6), "abcdef");
    await a.sendall(enc("ghi"));
    {
      using abort = abortAfter(30);
      assertEquals(await rejected(() => f.read(-1, abort)), "stop");
    }
    a.shutdown(socket.SHUT_WR);
    assertEquals(await f.read(-1), kind === "raw" ? "abcdefghi" : "ghi");
    await f.close();
  });

  test(`${kind} readlines() aborted: the next readlines() returns every line`, async () => {
    const [a, b] = await tcpPair();
    using _a = a, _b = b;
    const f = open(b);
    await a.sendall(enc("one\ntwo\nthr"));
    {
      using abort = abortAfter(30);
      assertEquals(await rejected(() => f.readlines(-1, abort)), "stop");
    }
    await a.sendall(enc("ee\n"));
    a.shutdown(socket.SHUT_WR);
    assertEquals(await f.readlines(-1), ["one\n", "two\n", "three\n"]);
    await f.close();
  });

  test(`${kind} file: a signal aborted already rejects before anything is read`, async () => {
    const [a, b] = await tcpPair();
    using _a = a, _b = b;
    const f = open(b);
    await a.sendall(enc("line\n"));
    a.shutdown(socket.SHUT_WR);
    await sleep(20);
    const signal = AbortSignal.abort("early");
    for (
      const call of [
        () => f.readline(-1, { signal }),
        () => f.read(-1, { signal }),
        () => f.read(2, { signal }),
        () => f.readlines(-1, { signal }),
      ]
    ) {
      assertEquals(await rejected(call), "early");
    }
    assertEquals(await f.read(-1), "line\n");
    await f.close();
  });
}

test("buffered read1(), peek(), readinto(), readinto1() aborted: later bytes go to the next call", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const f = b.makefile("rb");
  const waits = [
    (signal: AbortSignal) => f.read1(10, { signal }),
    (signal: AbortSignal) => f.peek(0, { signal }),
    (signal: AbortSignal) => f.readinto1(new Uint8Array(4), { signal }),
  ];
  for (const wait of waits) {
    using abort = abortAfter(20);
    assertEquals(await rejected(() => wait(abort.signal)), "stop");
  }
  await a.sendall(enc("ab"));
  const target = new Uint8Array(4);
  {
    // readinto() fills all of `b`: the two bytes it had are not lost.
    using abort = abortAfter(30);
    assertEquals(
      await rejected(() => f.readinto(target, { signal: abort.signal })),
      "stop",
    );
  }
  await a.sendall(enc("cd"));
  assertEquals(await f.readinto(target), 4);
  assertEquals(dec(target), "abcd");
  await f.close();
});

// A writer whose peer does not read: the kernel buffers fill and a write
// waits. After the abort (and a flush that may be aborted too) the peer
// reads, a plain flush() sends the rest, and the peer gets every byte
// written, in order, once.
interface Writer {
  write(line: string, o?: socket.WaitOptions): Promise<number>;
  flush(o?: socket.WaitOptions): Promise<void>;
  close(): Promise<void>;
}

const WRITERS: [string, (s: socket.Socket) => Writer][] = [
  ["wb", (s) => {
    const f = s.makefile("wb");
    return {
      write: (line, o) => f.write(enc(line), o),
      flush: (o) => f.flush(o),
      close: () => f.close(),
    };
  }],
  ["w", (s) => s.makefile("w")],
];

for (const [mode, open] of WRITERS) {
  test(`makefile("${mode}") write()/flush() aborted on a stalled peer: the next flush() sends every byte`, async () => {
    const [a, b] = await tcpPair();
    using _a = a, _b = b;
    const f = open(a);
    const line = "0123456789abcdef".repeat(64) + "\n";
    const lines = 16384; // 16 MiB: more than the kernel buffers hold
    let written = 0;
    let aborted = 0;
    while (written < lines && aborted === 0) {
      using abort = abortAfter(200);
      try {
        await f.write(line, { signal: abort.signal });
      } catch (e) {
        assertEquals(e, "stop");
        aborted++;
      }
      written++;
    }
    assert(aborted === 1, "no write waited");
    {
      // The engine's send queue may take the rest at once; else it waits.
      using abort = abortAfter(50);
      await f.flush({ signal: abort.signal }).catch((e) =>
        assertEquals(e, "stop")
      );
    }
    const reading = (async () => {
      const hash = createHash("sha256");
      let total = 0;
      for (;;) {
        const data = await b.recv(65536);
        if (data.length === 0) return [total, hash.digest("hex")];
        hash.update(data);
        total += data.length;
      }
    })();
    await f.flush();
    await f.close();
    a.shutdown(socket.SHUT_WR);
    const expected = createHash("sha256").update(line.repeat(written))
      .digest("hex");
    assertEquals(await reading, [line.length * written, expected]);
  });
}

test("a file's signal that is no AbortSignal is a TypeError naming the method", async () => {
  const [a, b] = await tcpPair();
  using _a = a, _b = b;
  const bad = { signal: 5 } as unknown as socket.WaitOptions;
  const raw = b.makefile("rwb", { buffering: 0 });
  const buffered = b.makefile("rwb");
  const text = b.makefile("rw");
  const calls: [string, () => Promise<unknown>][] = [
    ["readline", () => raw.readline(-1, bad)],
    ["readinto", () => raw.readinto(new Uint8Array(1), bad)],
    ["write", () => raw.write(enc("x"), bad)],
    ["read", () => buffered.read(1, bad)],
    ["flush", () => buffered.flush(bad)],
    ["writelines", () => buffered.writelines([], bad)],
    ["readline", () => text.readline(-1, bad)],
    ["write", () => text.write("x", bad)],
  ];
  for (const [name, call] of calls) {
    const e = await rejected(call);
    assert(e instanceof TypeError, String(e));
    assertEquals(
      e.message,
      `${name}() argument 'signal' must be AbortSignal or None, not int`,
    );
  }
  for (const f of [raw, buffered, text]) await f.close();
});

// ---- under load: a python3 peer, random aborts, SHA-256 checked ---------

const LINES = scale(5_000, 100_000);

// Lines of random lengths (some far longer than the buffer), sent in random
// pieces with random pauses so aborts land mid-line.
const LINE_STREAMER = `
import hashlib, os, random
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
print(srv.getsockname()[1])
conn, _ = srv.accept()
h = hashlib.sha256(); out = bytearray()
for i in range(${LINES}):
    n = random.choice([0, 1, 10, 100, 1000, 20000])
    out += os.urandom(n).hex().encode()[:n] + b"\\n"
    if len(out) > 65536 or i == ${LINES} - 1:
        while out:
            piece = bytes(out[:random.randint(1, 50000)]); del out[:len(piece)]
            conn.sendall(piece); h.update(piece)
            if random.random() < 0.3: time.sleep(random.random() * 0.003)
conn.shutdown(socket.SHUT_WR)
print(h.hexdigest())
`;

for (const [kind, open] of KINDS) {
  Deno.test(`${LINES} lines read by a ${kind} file with random aborts arrive intact (SHA-256)`, () =>
    withDeadline(scale(120_000, 900_000), async () => {
      await using peer = new PythonPeer(LINE_STREAMER);
      using s = socket.socket();
      await s.connect(["127.0.0.1", await peer.port()]);
      const f = open(s, 8192);
      const hash = createHash("sha256");
      let lines = 0;
      let aborts = 0;
      while (lines < LINES) {
        const ms = Math.random() < 0.1 ? null : Math.random() * 3;
        using abort = abortAfter(ms ?? 60_000);
        const options = ms === null ? undefined : { signal: abort.signal };
        try {
          const line = Math.random() < 0.8
            ? await f.readline(-1, options)
            : await f.read(1 + Math.floor(Math.random() * 30000), options);
          assert(line.length > 0, "early EOF");
          hash.update(line);
          lines += line.split("\n").length - 1;
        } catch (e) {
          if (e !== "stop") throw e;
          aborts++;
        }
      }
      assertEquals(await f.read(-1), "");
      assertEquals(hash.digest("hex"), await peer.line());
      assert(aborts > 0, "no call was aborted");
      await f.close();
    }));
}
