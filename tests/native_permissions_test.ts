// With --allow-ffi alone libc could bind and connect anywhere: the native
// entry must refuse every network and path operation as the default entry
// does (the same PermissionError, naming the flag to add).

import { assert, assertEquals } from "./_assert.ts";

async function outcomes(entry: string, dir: string, flags = ["--allow-ffi"]) {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      ...flags,
      new URL("./_permission_child.ts", import.meta.url).pathname,
      entry,
      dir,
    ],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  });
  const { code, stdout, stderr } = await child.output();
  const text = new TextDecoder().decode(stdout);
  assertEquals(code, 0, new TextDecoder().decode(stderr));
  return JSON.parse(text) as Record<string, string>;
}

Deno.test("with --allow-ffi alone every network and path operation is refused, as by the default entry", async () => {
  const dir = Deno.makeTempDirSync({ prefix: "pysocket-perm-" });
  try {
    const [native, main] = await Promise.all([
      outcomes("ffi", dir),
      outcomes("main", dir),
    ]);
    for (const [name, outcome] of Object.entries(native)) {
      if (name === "connect_ex") {
        // connect_ex returns the errno of its PermissionError.
        assertEquals(outcome, "returned 13");
        continue;
      }
      assert(
        outcome.startsWith("PermissionError 13 [Errno 13] Permission denied"),
        `${name}: ${outcome}`,
      );
      const flag = name.startsWith("unix") || name.startsWith("if_")
        ? "--allow-read"
        : name === "sethostname"
        ? "--allow-write"
        : "--allow-net";
      assert(outcome.includes(`run Deno with ${flag}`), `${name}: ${outcome}`);
      // Where the default entry can do the operation at all, word for word.
      if (main[name]?.startsWith("PermissionError")) {
        assertEquals(outcome, main[name], name);
      }
    }
    // Nothing was created on disk.
    assertEquals([...Deno.readDirSync(dir)], []);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("without --allow-ffi the native entry's first call is a PermissionError naming the flag", async () => {
  const dir = Deno.makeTempDirSync({ prefix: "pysocket-perm-" });
  try {
    for (
      const [name, outcome] of Object.entries(await outcomes("ffi", dir, []))
    ) {
      if (name === "connect_ex") continue;
      assert(
        outcome.startsWith(
          "PermissionError 13 [Errno 13] Permission denied: run Deno with --allow-ffi",
        ),
        `${name}: ${outcome}`,
      );
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
