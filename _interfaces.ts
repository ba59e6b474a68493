// The machine's network interfaces as glibc sees them: index <-> name
// (from /sys, for IPv6 scopes) and which families have an address (for
// AI_ADDRCONFIG). Each answers conservatively when Deno may not look.

/** The index of a network interface, from /sys (0 when unknown). */
export function interfaceIndex(name: string): number {
  // Linux's SIOCGIFINDEX ignores an alias suffix (`lo:1`).
  name = name.replace(/:.*/, "");
  if (!/^[^/]+$/.test(name) || name === "." || name === "..") return 0;
  const path = `/sys/class/net/${name}/ifindex`;
  try {
    if (
      Deno.permissions.querySync({ name: "read", path }).state !== "granted"
    ) {
      return 0;
    }
    return Number(Deno.readTextFileSync(path).trim()) || 0;
  } catch {
    return 0;
  }
}

/** The name of a network interface by index, from /sys (null if unknown). */
export function interfaceName(index: number): string | null {
  const dir = "/sys/class/net";
  try {
    if (
      Deno.permissions.querySync({ name: "read", path: dir }).state !==
        "granted"
    ) {
      return null;
    }
    for (const entry of Deno.readDirSync(dir)) {
      if (interfaceIndex(entry.name) === index) return entry.name;
    }
  } catch {
    // Not Linux, or no /sys: numeric scopes only.
  }
  return null;
}

/**
 * glibc's AI_ADDRCONFIG test: which families have a non-loopback address.
 * Without --allow-sys it cannot look, and answers "both", as glibc does
 * when netlink fails.
 */
export function configuredFamilies(): { v4: boolean; v6: boolean } {
  try {
    const status = Deno.permissions.querySync({
      name: "sys",
      kind: "networkInterfaces",
    });
    if (status.state !== "granted") return { v4: true, v6: true };
    let v4 = false, v6 = false;
    for (const i of Deno.networkInterfaces()) {
      if (i.family === "IPv4" && i.address !== "127.0.0.1") v4 = true;
      if (i.family === "IPv6" && i.address !== "::1") v6 = true;
    }
    return { v4, v6 };
  } catch {
    return { v4: true, v6: true };
  }
}
