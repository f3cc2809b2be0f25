// Judge totals and panel marks are exact fractions of integers: with the rubric's common denominator, every
// total is an integer numerator, so sums, medians, trims and deviations stay in bigint
// arithmetic (exact and far cheaper than a Decimal per score). Only the z-score needs a root.

/** An exact fraction n / d with d > 0. @internal */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/** Greatest common divisor of two non-negative bigints. @internal */
export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Least common multiple of two positive bigints. @internal */
export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * Rounds n / d half-up (away from zero on a tie) to `precision` decimals and returns the
 * number that prints as that decimal; never -0. The bigint twin of `roundScore`.
 * @internal
 */
export function roundFraction(n: bigint, d: bigint, precision: number): number {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const scale = 10 ** precision;
  // floor((2·|n|·10^p + d) / 2d), in plain numbers while every operand is a safe integer.
  const x = 2 * Number(magnitude) * scale + Number(d);
  let rounded: number;
  if (x <= Number.MAX_SAFE_INTEGER) {
    const y = 2 * Number(d);
    rounded = Math.floor(x / y);
    // The float division may land on the wrong side of an integer: correct it exactly.
    if (rounded * y > x) rounded -= 1;
    else if ((rounded + 1) * y <= x) rounded += 1;
  } else {
    rounded = Number((2n * magnitude * BigInt(scale) + d) / (2n * d));
  }
  const value = rounded / scale;
  return negative && rounded !== 0 ? -value : value;
}

/** n / d (d > 0) rounded half-up, away from zero on a tie, to an integer. @internal */
export function roundToInteger(n: bigint, d: bigint): bigint {
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -q : q;
}

/**
 * 100·f/T rounded to `precision`: a fraction of sheet numerators as a score on 0–100, where
 * `denominator` is the rubric's common denominator T.
 * @internal
 */
export function scoreOf(f: Fraction, denominator: bigint, precision: number): number {
  return roundFraction(100n * f.n, f.d * denominator, precision);
}

/** Compares two bigints for `Array.prototype.sort`. @internal */
export function compareBigInt(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
