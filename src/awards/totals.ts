import { lcm } from './fraction.js';
import type { Sheet } from './submissions.js';
import type { Criterion, Score, ScoreScale } from './types.js';

/**
 * The rubric as integers. Under `percent`, a judge's total is
 * 100 × Σ wᶜ·(vᶜ − minᶜ)/(maxᶜ − minᶜ) / Σ wᶜ. With s = 10^decimals, Vᶜ = vᶜ·s, Mᶜ = minᶜ·s,
 * Rᶜ = (maxᶜ − minᶜ)·s and Wᶜ the weights scaled to integers by 10^d, L = lcm(Rᶜ), the total
 * is 100 × K / T with the integer numerator K = Σ Wᶜ·(L / Rᶜ)·(Vᶜ − Mᶜ) and the common
 * denominator T = L·Σ Wᶜ. Under `points`, the total Σ wᶜ·vᶜ is 100 × K / T with K = Σ Wᶜ·Vᶜ
 * and T = 100·10^d·s: the same form, so every stage after this one reads both alike.
 * @internal
 */
export interface RubricLayout {
  /** 10^decimals: every value times this is an integer. */
  readonly scale: number;
  /** Mᶜ, the scaled minimum of each criterion (0 under `points`). */
  readonly offsets: readonly number[];
  /** Wᶜ·(L / Rᶜ) of each criterion (Wᶜ under `points`). */
  readonly factors: readonly bigint[];
  /** The factors as numbers when every numerator stays a safe integer, else null. */
  readonly fastFactors: readonly number[] | null;
  /** T: total = 100 × K / T. */
  readonly denominator: bigint;
  /** The lowest and the highest numerator K a complete sheet can have. */
  readonly bounds: readonly [bigint, bigint];
}

/** Some but not all criteria scored: the sheet does not count. Not a bigint: under `points` any numerator may occur. @internal */
export const INCOMPLETE = null;

/** Lays a rubric out as integers for values with at most `decimals` decimals. @internal */
export function rubricLayout(
  criteria: readonly Criterion[],
  decimals: number,
  scoreScale: ScoreScale = 'percent',
): RubricLayout {
  const scale = 10 ** decimals;
  let weightDecimals = 0;
  for (const c of criteria) {
    while (Math.round(c.weight * 10 ** weightDecimals) / 10 ** weightDecimals !== c.weight) weightDecimals += 1;
  }
  const weights = criteria.map((c) => BigInt(Math.round(c.weight * 10 ** weightDecimals)));
  const points = scoreScale === 'points';
  const lows = criteria.map((c) => Math.round(c.min * scale));
  const highs = criteria.map((c) => Math.round(c.max * scale));
  const offsets = points ? criteria.map(() => 0) : lows;
  const ranges = criteria.map((_, i) => BigInt(highs[i]! - lows[i]!));
  const common = ranges.reduce(lcm, 1n);
  const factors = points ? weights : ranges.map((r, i) => weights[i]! * (common / r));
  const denominator = points
    ? 100n * 10n ** BigInt(weightDecimals) * BigInt(scale)
    : common * weights.reduce((a, b) => a + b, 0n);
  let low = 0n;
  let high = 0n;
  let reach = 0n;
  factors.forEach((f, i) => {
    const a = f * BigInt(lows[i]! - offsets[i]!);
    const b = f * BigInt(highs[i]! - offsets[i]!);
    low += a;
    high += b;
    reach += a < 0n ? (-a > b ? -a : b) : b;
  });
  // Every term and partial sum of a numerator lies within ±reach (T under `percent`).
  const fastFactors = reach <= BigInt(Number.MAX_SAFE_INTEGER) ? factors.map(Number) : null;
  return { scale, offsets, factors, fastFactors, denominator, bounds: [low, high] };
}

/**
 * The numerator K of one judge's sheet for one entry (criterion index → index in `scores`);
 * `INCOMPLETE` when some criteria were not scored.
 * @internal
 */
export function sheetNumerator(
  sheet: Sheet,
  scores: readonly Score[],
  layout: RubricLayout,
): bigint | typeof INCOMPLETE {
  const { scale, offsets, fastFactors } = layout;
  if (sheet.size < offsets.length) return INCOMPLETE;
  if (fastFactors !== null) {
    // Every term and partial sum lies within ±reach, a safe integer: plain numbers are exact.
    let sum = 0;
    for (const [c, i] of sheet) sum += fastFactors[c]! * (Math.round(scores[i]!.value * scale) - offsets[c]!);
    return BigInt(sum);
  }
  let sum = 0n;
  for (const [c, i] of sheet) sum += layout.factors[c]! * BigInt(Math.round(scores[i]!.value * scale) - offsets[c]!);
  return sum;
}
