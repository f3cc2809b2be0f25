import { lcm } from './fraction.js';
import type { Sheet } from './submissions.js';
import type { Criterion, Score } from './types.js';

/**
 * The rubric as integers. A judge's total is 100 × Σ wᶜ·(vᶜ − minᶜ)/(maxᶜ − minᶜ) / Σ wᶜ.
 * With s = 10^decimals, Vᶜ = vᶜ·s, Mᶜ = minᶜ·s, Rᶜ = (maxᶜ − minᶜ)·s and Wᶜ the weights scaled
 * to integers, L = lcm(Rᶜ), the total is 100 × K / T with the integer numerator
 * K = Σ Wᶜ·(L / Rᶜ)·(Vᶜ − Mᶜ) and the common denominator T = L·Σ Wᶜ.
 * @internal
 */
export interface RubricLayout {
  /** 10^decimals: every value times this is an integer. */
  readonly scale: number;
  /** Mᶜ, the scaled minimum of each criterion. */
  readonly offsets: readonly number[];
  /** Wᶜ·(L / Rᶜ) of each criterion. */
  readonly factors: readonly bigint[];
  /** The factors as numbers when every numerator stays a safe integer, else null. */
  readonly fastFactors: readonly number[] | null;
  /** T: total = 100 × K / T. */
  readonly denominator: bigint;
}

/** Some but not all criteria scored: the sheet does not count. @internal */
export const INCOMPLETE = -2n;

/** Lays a rubric out as integers for values with at most `decimals` decimals. @internal */
export function rubricLayout(criteria: readonly Criterion[], decimals: number): RubricLayout {
  const scale = 10 ** decimals;
  let weightDecimals = 0;
  for (const c of criteria) {
    while (Math.round(c.weight * 10 ** weightDecimals) / 10 ** weightDecimals !== c.weight) weightDecimals += 1;
  }
  const weights = criteria.map((c) => BigInt(Math.round(c.weight * 10 ** weightDecimals)));
  const offsets = criteria.map((c) => Math.round(c.min * scale));
  const ranges = criteria.map((c, i) => BigInt(Math.round(c.max * scale) - offsets[i]!));
  const common = ranges.reduce(lcm, 1n);
  const factors = ranges.map((r, i) => weights[i]! * (common / r));
  const denominator = common * weights.reduce((a, b) => a + b, 0n);
  const fastFactors = denominator <= BigInt(Number.MAX_SAFE_INTEGER) ? factors.map(Number) : null;
  return { scale, offsets, factors, fastFactors, denominator };
}

/**
 * The numerator K of one judge's sheet for one entry (criterion index → index in `scores`);
 * `INCOMPLETE` when some criteria were not scored.
 * @internal
 */
export function sheetNumerator(sheet: Sheet, scores: readonly Score[], layout: RubricLayout): bigint {
  const { scale, offsets, fastFactors } = layout;
  if (sheet.size < offsets.length) return INCOMPLETE;
  if (fastFactors !== null) {
    // Every term is at most Wᶜ·L and the sum at most T, a safe integer: plain numbers are exact.
    let sum = 0;
    for (const [c, i] of sheet) sum += fastFactors[c]! * (Math.round(scores[i]!.value * scale) - offsets[c]!);
    return BigInt(sum);
  }
  let sum = 0n;
  for (const [c, i] of sheet) sum += layout.factors[c]! * BigInt(Math.round(scores[i]!.value * scale) - offsets[c]!);
  return sum;
}
