// The machinery behind enums.ts: a callable object of numbered members
// with Python's names, reprs and lookups.

import { ValueError } from "./errors.ts";
import { repr as pyRepr } from "./_pyrepr.ts";

/**
 * Python's `IntEnum`/`IntFlag` class as JavaScript can have it: the members
 * are properties holding plain numbers; calling it is Python's
 * `Enum(value)`; `nameOf` and `repr` give a number's Python name and repr.
 */
export type IntEnum<Members> = Readonly<Members> & {
  /**
   * Python's `Enum(value)`: the member with that value (for a flag, any
   * combination of bits; a negative value keeps the flag's bits).
   *
   * @throws {ValueError} `12345 is not a valid AddressFamily`.
   */
  (value: number): number;
  /** The class's name, as Python's `__name__`. */
  readonly __name__: string;
  /**
   * Python's `Enum(value).name`: `AF_INET`, `MSG_OOB|MSG_PEEK`, or `null`
   * for a value without one (a flag of 0).
   *
   * @throws {ValueError} As calling the enum.
   */
  nameOf(value: number): string | null;
  /**
   * Python's `repr(Enum(value))`: `<AddressFamily.AF_INET: 2>`.
   *
   * @throws {ValueError} As calling the enum.
   */
  repr(value: number): string;
  /** The members (no aliases), in Python's order. */
  [Symbol.iterator](): Iterator<number>;
};

/** Builds an enum over `members` (a name to number record, canonical first). */
export function intEnum<Members extends { [K in keyof Members]: number }>(
  name: string,
  members: Members,
  flag: boolean,
): IntEnum<Members> {
  // The first name given for a value is its canonical one, as in Python.
  const names = new Map<number, string>();
  for (const [key, value] of Object.entries(members) as [string, number][]) {
    if (!names.has(value)) names.set(value, key);
  }
  const canonical = [...names.keys()];
  const highest = Math.max(...canonical, 0);
  // IntFlag's boundary: a negative value is taken modulo its bits.
  const mask = flag ? 2 ** Math.ceil(Math.log2(highest + 1)) - 1 : 0;

  const member = (value: unknown): number => {
    if (typeof value === "number" && Number.isInteger(value)) {
      if (!flag) {
        if (names.has(value)) return value;
      } else {
        return value < 0 ? Number(BigInt(value) & BigInt(mask)) : value;
      }
    }
    throw new ValueError(`${pyRepr(value)} is not a valid ${name}`);
  };

  // A flag's parts: its members' names, bits no member has as a number.
  const parts = (value: number): [string[], number] => {
    const found: string[] = [];
    let rest = BigInt(value);
    for (const bit of canonical) {
      const b = BigInt(bit);
      if (bit !== 0 && (rest & b) === b) {
        found.push(names.get(bit)!);
        rest &= ~b;
      }
    }
    return [found, Number(rest)];
  };

  const nameOf = (value: number): string | null => {
    const n = member(value);
    if (!flag) return names.get(n)!;
    if (names.has(n) && n !== 0) return names.get(n)!;
    const [found, rest] = parts(n);
    if (found.length === 0) return null;
    return rest === 0 ? found.join("|") : `${found.join("|")}|${rest}`;
  };

  const repr = (value: number): string => {
    const n = member(value);
    const label = nameOf(n);
    return label === null ? `<${name}: ${n}>` : `<${name}.${label}: ${n}>`;
  };

  return Object.freeze(Object.assign(member, members, {
    __name__: name,
    nameOf,
    repr,
    [Symbol.iterator]: () => canonical.values(),
  })) as unknown as IntEnum<Members>;
}
