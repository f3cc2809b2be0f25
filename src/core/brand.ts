/**
 * A mark that a value was made by this library (an error class, a validated methodology or
 * program). One `Symbol.for` key serves every copy of the package in a process (the ESM and CJS
 * builds, two installed versions); the property is non-enumerable, so deep equality and JSON
 * never see it.
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
