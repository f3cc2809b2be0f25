import { Exact, exact, type ExactLike } from './decimal.js';

/** The default number of decimals in reported scores. @internal */
export const DEFAULT_PRECISION = 2;

/**
 * Rounds half-up (away from zero on a tie) to `precision` decimals, once, and returns the
 * decimal. A negative zero becomes zero.
 * @internal
 */
export function roundExact(value: ExactLike, precision: number = DEFAULT_PRECISION) {
  const rounded = exact(value).toDecimalPlaces(precision, Exact.ROUND_HALF_UP);
  return rounded.isZero() ? new Exact(0) : rounded;
}

/**
 * Rounds half-up to `precision` decimals and returns a JavaScript number that holds exactly
 * the printed value. Never NaN, Infinity or -0 (those inputs throw, as they are bugs).
 * @internal
 */
export function roundScore(value: ExactLike, precision: number = DEFAULT_PRECISION): number {
  const d = exact(value);
  if (!d.isFinite()) throw new RangeError(`cannot round a non-finite value (${d.toString()})`);
  // toFixed with a rounding mode rounds half-up once: the same digits as roundExact, one step.
  const n = Number(d.toFixed(precision, Exact.ROUND_HALF_UP));
  return n === 0 ? 0 : n;
}

/**
 * A money amount as a plain decimal string (no exponent, no trailing zeros beyond the value,
 * never `-0`).
 * @internal
 */
export function moneyString(value: ExactLike): string {
  const d = exact(value);
  return d.isZero() ? '0' : d.toFixed();
}
