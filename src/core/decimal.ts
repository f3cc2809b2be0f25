import { Decimal } from 'decimal.js';

/**
 * The library's private Decimal constructor.
 *
 * A clone, never `Decimal.set`: a consumer who changes their own Decimal settings changes
 * nothing here, and nothing here changes theirs. Exponent limits are wide so that
 * `toString()` never prints `1e-7` style strings into JSON.
 * @internal
 */
export const Exact = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

/** A value of the private Decimal context. @internal */
export type Exact = Decimal;

/** Anything the private context accepts as a number. @internal */
export type ExactLike = Decimal | number | string;

/** @internal */
export const ZERO = /* @__PURE__ */ new Exact(0);
/** @internal */
export const ONE = /* @__PURE__ */ new Exact(1);
/** @internal */
export const HUNDRED = /* @__PURE__ */ new Exact(100);

/** Converts to the private context (a Decimal made by a consumer's constructor is re-read). @internal */
export function exact(value: ExactLike): Decimal {
  return value instanceof Exact ? value : new Exact(value);
}

/**
 * A plain decimal string: optional minus, digits, optional fraction. Rejects `0x10`, `1e3`,
 * `Infinity`, blanks and everything else Decimal would happily read.
 * @internal
 */
export const DECIMAL_STRING = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
