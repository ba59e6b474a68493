// The assertions the tests use, under std's names and with std's meaning,
// over the runtime's typed node:assert/strict. The npm bundle of std carries
// no type declarations, so through it `assertEquals(1)` type-checked; these
// are checked like the library.

import nodeAssert from "node:assert/strict";

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** Fails unless `expr` is truthy. */
export function assert(expr: unknown, msg?: string): asserts expr {
  nodeAssert.ok(expr, msg);
}

/** Fails unless `actual` and `expected` are deeply and strictly equal. */
export function assertEquals<T>(actual: T, expected: T, msg?: string): void {
  nodeAssert.deepStrictEqual(actual, expected, msg);
}

/** Fails unless `actual` is an instance of `expectedType`. */
export function assertInstanceOf<T>(
  actual: unknown,
  expectedType: abstract new (...args: never[]) => T,
  msg?: string,
): asserts actual is T {
  nodeAssert.ok(
    actual instanceof expectedType,
    msg ??
      `expected an instance of ${expectedType.name}, got ${String(actual)}`,
  );
}

/** Fails unless `actual` matches `expected`. */
export function assertMatch(
  actual: string,
  expected: RegExp,
  msg?: string,
): void {
  nodeAssert.match(actual, expected, msg);
}

/** Fails unless `actual` contains `expected`. */
export function assertStringIncludes(
  actual: string,
  expected: string,
  msg?: string,
): void {
  nodeAssert.ok(
    actual.includes(expected),
    msg ?? `expected ${JSON.stringify(actual)} to include ${expected}`,
  );
}

// std's check of a caught error: its class and, if given, part of its
// message.
function checkError<E extends Error>(
  error: unknown,
  ErrorClass: ErrorClass<E>,
  msgIncludes: string | undefined,
  msg: string | undefined,
): E {
  assertInstanceOf(error, ErrorClass, msg);
  if (msgIncludes !== undefined) {
    assertStringIncludes(error.message, msgIncludes, msg);
  }
  return error;
}

/** Fails unless `fn` throws an `ErrorClass`; returns what it threw. */
export function assertThrows<E extends Error = Error>(
  fn: () => unknown,
  ErrorClass: ErrorClass<E>,
  msgIncludes?: string,
  msg?: string,
): E {
  try {
    fn();
  } catch (error) {
    return checkError(error, ErrorClass, msgIncludes, msg);
  }
  throw new nodeAssert.AssertionError({
    message: msg ?? `expected the function to throw ${ErrorClass.name}`,
  });
}

/** Fails unless `fn`'s promise rejects with an `ErrorClass`; returns it. */
export async function assertRejects<E extends Error = Error>(
  fn: () => PromiseLike<unknown>,
  ErrorClass: ErrorClass<E>,
  msgIncludes?: string,
  msg?: string,
): Promise<E> {
  try {
    await fn();
  } catch (error) {
    return checkError(error, ErrorClass, msgIncludes, msg);
  }
  throw new nodeAssert.AssertionError({
    message: msg ?? `expected the promise to reject with ${ErrorClass.name}`,
  });
}
