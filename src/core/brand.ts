/**
 * A mark that a value was made by this library (the `CedsInputError` class), recognised by
 * every copy of the package in a process (the ESM and CJS builds, two installed versions): one
 * `Symbol.for` key; the property is non-enumerable, so deep equality and JSON never see it. A
 * mark anyone can copy: never use it for trust (see `trust.ts`).
 * @internal
 */
export interface Brand {
  /** Marks `value` (a fresh object) in place and returns it. */
  mark<T extends object>(value: T): T;
  /** True when `value` carries the mark. */
  has(value: unknown): boolean;
}

/** A brand named `wego-ceds.<name>`. @internal */
export function brand(name: string): Brand {
  const key = Symbol.for(`wego-ceds.${name}`);
  return {
    mark(value) {
      Object.defineProperty(value, key, { value: true });
      return value;
    },
    has(value) {
      return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[key] === true;
    },
  };
}
