/**
 * A record of the values this copy of the library made and validated, so that they can be used
 * again without validating them twice.
 * @internal
 */
export interface Trust<T extends object> {
  /** Records `value` as made here and returns it. */
  mark(value: T): T;
  /** True only for a value passed to `mark`: nothing a caller builds can pass. */
  has(value: unknown): value is T;
}

/**
 * A new, empty record of trusted values. The record is a `WeakSet` no other module can reach,
 * so trust cannot be forged: unlike a property or a `Symbol.for` key, it cannot be copied onto
 * a value built elsewhere. The price is that a value validated by another copy of the package
 * (the ESM and the CJS build, two installed versions) is not recognised and is validated again.
 * @internal
 */
export function trusted<T extends object>(): Trust<T> {
  const made = new WeakSet<object>();
  return {
    mark(value) {
      made.add(value);
      return value;
    },
    has(value): value is T {
      // WeakSet#has never calls into the value, so a Proxy or a getter cannot answer for it.
      return typeof value === 'object' && value !== null && made.has(value);
    },
  };
}
