// close() of an AF_UNIX stream socket deletes nothing it did not make
// (CPython deletes nothing; Deno unlinks its listener's path), and bytes
// paths are used byte for byte.

import { assert, assertEquals } from "./_assert.ts";
import * as socket from "./_entry.ts";
import { withDeadline } from "./_helpers.ts";

function exists(path: string): boolean {
  try {
    Deno.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

// What python3 leaves at `path` after the same steps: bind, listen, the
// file replaced by another program, close.
async function pythonLeaves(path: string): Promise<string> {
  const script = String.raw`
import os, socket, sys
p = sys.argv[1]
s = socket.socket(socket.AF_UNIX); s.bind(p); s.listen()
os.unlink(p)
open(p, "w").write("another program's")
s.close()
print(open(p).read())
`;
  const out = await new Deno.Command("python3", {
    args: ["-c", script, path],
    stdout: "piped",
  }).output();
  assert(out.success);
  return new TextDecoder().decode(out.stdout).trim();
}

Deno.test("close() of a UNIX listener leaves a file another program put at its path, as python3 does", async () => {
  await withDeadline(10000, async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const path = `${dir}/app.sock`;
      assertEquals(await pythonLeaves(`${dir}/py.sock`), "another program's");
      for (const listen of [true, false]) {
        const s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
        s.bind(path);
        if (listen) s.listen();
        Deno.removeSync(path);
        Deno.writeTextFileSync(path, "another program's");
        s.close();
        assertEquals(Deno.readTextFileSync(path), "another program's");
        Deno.removeSync(path);
      }
      // Nothing else is left behind in the directory.
      assertEquals([...Deno.readDirSync(dir)].map((e) => e.name).sort(), [
        "py.sock",
      ]);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  });
});

Deno.test("close() after chdir() leaves a same-named file in the new directory", () => {
  {
    const dir = Deno.makeTempDirSync();
    const cwd = Deno.cwd();
    try {
      Deno.mkdirSync(`${dir}/first`);
      Deno.mkdirSync(`${dir}/second`);
      Deno.chdir(`${dir}/first`);
      const s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
      s.bind("rel.sock");
      s.listen();
      assertEquals(s.getsockname(), "rel.sock");
      Deno.chdir(`${dir}/second`);
      Deno.writeTextFileSync("rel.sock", "unrelated");
      s.close();
      assertEquals(
        Deno.readTextFileSync(`${dir}/second/rel.sock`),
        "unrelated",
      );
      assertEquals([...Deno.readDirSync(`${dir}/second`)].length, 1);
    } finally {
      Deno.chdir(cwd);
      Deno.removeSync(dir, { recursive: true });
    }
  }
});

Deno.test({
  name:
    "close() still removes the socket file the listener made (Deno's behaviour, kept)",
  // The native engine leaves the path, as Python does.
  ignore: Deno.env.get("PYSOCKET_ENTRY") === "ffi",
}, () => {
  const dir = Deno.makeTempDirSync();
  try {
    const s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
    s.bind(`${dir}/own.sock`);
    s.listen();
    assert(exists(`${dir}/own.sock`));
    s.close();
    assert(!exists(`${dir}/own.sock`));
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("a bytes AF_UNIX path is used byte for byte; bytes Deno cannot take are a clear OSError", async () => {
  await withDeadline(10000, async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const name = `${dir}/caf\u00e9-\u{1f600}.sock`;
      using srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
      // Address has no bytes form; the engine takes one as Python does.
      srv.bind(new TextEncoder().encode(name) as unknown as string);
      srv.listen();
      assertEquals(srv.getsockname(), name);
      // python3 connects to the same bytes.
      const out = await new Deno.Command("python3", {
        args: [
          "-c",
          "import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(bytes.fromhex(sys.argv[1])); print('ok')",
          [...new TextEncoder().encode(name)].map((b) =>
            b.toString(16).padStart(2, "0")
          ).join(""),
        ],
        stdout: "piped",
      }).output();
      assertEquals(new TextDecoder().decode(out.stdout).trim(), "ok");
      const [conn] = await srv.accept();
      conn.close();
      using bad = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM);
      let error: unknown;
      try {
        bad.bind(
          new Uint8Array([
            ...new TextEncoder().encode(dir),
            47,
            0xff,
          ]) as unknown as string,
        );
      } catch (e) {
        error = e;
      }
      if (Deno.env.get("PYSOCKET_ENTRY") === "ffi") {
        // The native engine hands the kernel any bytes, as CPython does.
        assertEquals(error, undefined);
      } else {
        assert(error instanceof socket.OSError);
        assert(String(error).includes("@pysocket/socket/ffi"));
      }
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  });
});
