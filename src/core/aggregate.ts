import { Exact, ONE, ZERO, exact, type ExactLike } from './decimal.js';

/** How an aggregate combines its components. */
export type Aggregation = 'arithmetic' | 'geometric';

/**
 * What happens to a component without data: `exclude` drops it and renormalises the weights of
 * what remains; `zero` counts it as 0; `error` rejects the input (handled at validation, so the
 * aggregator itself only sees `exclude` or `zero`).
 */
export type MissingDataPolicy = 'exclude' | 'zero' | 'error';

/** One component of an aggregate. A `value` of null means "no data". @internal */
export interface AggregateItem {
  readonly id: string;
  readonly value: Exact | null;
  readonly weight: ExactLike;
  /** Why the value is missing, when it is. */
  readonly reason?: string;
}

/** @internal */
export interface AggregateOptions {
  readonly method: Aggregation;
  readonly missing: 'exclude' | 'zero';
  /** Share of the total weight (0..1) that must carry data, else the aggregate is null. */
  readonly minCoverage: ExactLike;
  /** False skips the components (and their contributions) when only the value is needed; default true. */
  readonly components?: boolean;
}

/** A component as it entered the aggregate. @internal */
export interface AggregateComponent {
  readonly id: string;
  readonly value: Exact;
  /** Normalised weight: the weights of the counted components sum to 1. */
  readonly weight: Exact;
  /** The component's share of the unrounded aggregate; the shares sum to the aggregate. */
  readonly contribution: Exact;
}

/** @internal */
export interface ExcludedComponent {
  readonly id: string;
  readonly reason: string;
}

/** @internal */
export interface Aggregate {
  /** The unrounded aggregate, or null when nothing (or too little) carries data. */
  readonly value: Exact | null;
  /** Share of the total weight (0..1) whose components carry data. */
  readonly coverage: Exact;
  readonly components: readonly AggregateComponent[];
  readonly excluded: readonly ExcludedComponent[];
  /** True when the coverage fell below the minimum and the value was withheld. */
  readonly belowCoverage: boolean;
}

/** Decimals of an aggregate and of its contributions (values up to 10^9 keep every sum exact). */
const SHARE_PLACES = 30;

/**
 * The generic weighted aggregator used at every level of every table.
 *
 * Arithmetic: Σ wᵢ·xᵢ with weights normalised over the counted components.
 * Geometric: Π xᵢ^wᵢ; one zero pulls it to zero. Its contributions are wᵢ·xᵢ scaled by the
 * imbalance penalty G / A (A the arithmetic mean), so they still add up to the aggregate.
 * The value and contributions carry 30 decimals; the contributions add up to it exactly.
 * @internal
 */
export function aggregate(items: readonly AggregateItem[], options: AggregateOptions): Aggregate {
  // Weights given as safe JS integers (the usual case) are summed as numbers, exactly; any
  // other weight sends the sums through Decimal.
  const integral = items.every((i) => typeof i.weight === 'number' && Number.isSafeInteger(i.weight));
  // With every value present, the present weight is the total, summed in the same order; and
  // the counted weight is the total under `zero` and the present weight under `exclude`. So
  // each distinct sum is made once.
  const complete = items.every((i) => i.value !== null);
  let total: Exact | number = 0;
  let present: Exact | number = 0;
  const counted: { id: string; value: Exact; weight: ExactLike }[] = [];
  const excluded: ExcludedComponent[] = [];
  const add = (sum: Exact | number, w: ExactLike): Exact | number =>
    integral ? (sum as number) + (w as number) : exact(sum).plus(w);
  for (const item of items) {
    total = add(total, item.weight);
    if (item.value === null) {
      if (options.missing === 'zero') counted.push({ id: item.id, value: ZERO, weight: item.weight });
      else excluded.push({ id: item.id, reason: item.reason ?? 'no data' });
    } else {
      if (!complete) present = add(present, item.weight);
      counted.push({ id: item.id, value: item.value, weight: item.weight });
    }
  }
  const totalWeight = exact(total);
  const presentWeight = complete ? totalWeight : exact(present);
  const coverage = totalWeight.isZero() ? ZERO : complete ? ONE : presentWeight.div(totalWeight);
  const countedWeight = options.missing === 'zero' ? totalWeight : presentWeight;
  if (countedWeight.isZero() || presentWeight.isZero()) {
    return { value: null, coverage, components: [], excluded, belowCoverage: false };
  }
  // One division of Σ wᵢ·xᵢ (exact for short inputs): a true tie such as 79.995 stays exactly
  // 79.995, which a sum of 1/3-style rounded weights times values would miss by 1e-38.
  const weightedSum = counted.reduce((sum, c) => sum.plus(c.weight === 1 ? c.value : c.value.times(c.weight)), ZERO);
  const arithmetic = weightedSum.div(countedWeight);
  const geometric = options.method === 'geometric';
  const belowCoverage = coverage.lessThan(exact(options.minCoverage));
  const fixed = (x: Exact) => x.toDecimalPlaces(SHARE_PLACES, Exact.ROUND_HALF_UP);
  if (options.components === false && !geometric) {
    return { value: belowCoverage ? null : fixed(arithmetic), coverage, components: [], excluded, belowCoverage };
  }
  // Normalised weights, one division per distinct weight (usually all 1).
  const byWeight = new Map<ExactLike, Exact>();
  const normalised = counted.map((c) => {
    let weight = byWeight.get(c.weight);
    if (weight === undefined) byWeight.set(c.weight, (weight = exact(c.weight).div(countedWeight)));
    return { id: c.id, value: c.value, weight };
  });
  const unfixed = geometric ? geometricMean(normalised) : arithmetic;
  const value = fixed(unfixed);
  if (options.components === false) {
    return { value: belowCoverage ? null : value, coverage, components: [], excluded, belowCoverage };
  }
  let shares = normalised.map((c) => c.weight.times(c.value));
  if (geometric) {
    const scale = arithmetic.isZero() ? ZERO : unfixed.div(arithmetic);
    shares = shares.map((share) => share.times(scale));
  }
  // The value and the shares are fixed to SHARE_PLACES decimals and the last counted share
  // takes the difference, so the shares add up to the value exactly in any context wide
  // enough to hold them, not only to the last digit of this one.
  const contributions = shares.map(fixed);
  const last = normalised.findLastIndex((c) => !c.weight.isZero());
  if (last >= 0) {
    const others = contributions.reduce((sum, c, i) => (i === last ? sum : sum.plus(c)), ZERO);
    contributions[last] = value.minus(others);
  }
  const components = normalised.map((c, i) => ({
    id: c.id,
    value: c.value,
    weight: c.weight,
    contribution: contributions[i]!,
  }));
  return { value: belowCoverage ? null : value, coverage, components, excluded, belowCoverage };
}

function geometricMean(items: readonly { value: Exact; weight: Exact }[]): Exact {
  // Equal values (including a single counted one) are their own mean: return them exactly
  // rather than through exp(ln x), which drifts in the last digits.
  const weighted = items.filter((i) => !i.weight.isZero());
  if (weighted.length > 0 && weighted.every((i) => i.value.equals(weighted[0]!.value))) return weighted[0]!.value;
  let logSum = ZERO;
  for (const { value, weight } of items) {
    if (weight.isZero()) continue;
    if (value.isZero()) return ZERO;
    logSum = logSum.plus(weight.times(value.ln()));
  }
  return Exact.exp(logSum);
}

/** The arithmetic mean of some values (null for none). @internal */
export function mean(values: readonly Exact[]): Exact | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum.plus(v), ZERO).div(values.length);
}

/** The median of some values (null for none). @internal */
export function median(values: readonly Exact[]): Exact | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : sorted[mid - 1]!.plus(sorted[mid]!).div(2);
}

/** Narrows a number to the private context; used where a plain float enters exact arithmetic. @internal */
export function exactOrNull(value: number | null | undefined): Exact | null {
  return value === null || value === undefined ? null : new Exact(value);
}
