// Python's class attributes (`allow_reuse_address = True` in a class body):
// a class declares them as `static` members, and an instance reads its own
// value if one was assigned to it, else its class's. A static is set before
// any constructor runs, so a base constructor that binds already sees a
// subclass's; an instance field would be set only after it returned.

const assigned = new WeakMap<object, Map<string, unknown>>();

/** `self.name` as Python reads it: the instance's value, else its class's. */
export function setting<T>(self: object, name: string): T {
  const own = assigned.get(self);
  if (own?.has(name)) return own.get(name) as T;
  return (self.constructor as unknown as Record<string, T>)[name] as T;
}

/** `self.name = value`: this instance only, as in Python. */
export function assign(self: object, name: string, value: unknown): void {
  let own = assigned.get(self);
  if (own === undefined) assigned.set(self, own = new Map());
  own.set(name, value);
}
