import { compareCodeUnits } from '../core/compare.js';
import { Exact, ZERO } from '../core/decimal.js';
import { compareBigInt, type Fraction } from './fraction.js';

/** A counted judge total as an exact numerator over the rubric's common denominator. @internal */
export interface CountedTotal {
  readonly judgeId: string;
  readonly n: bigint;
}

/** An aggregate of counted totals, in the same units as their numerators. @internal */
export interface TotalsAggregate {
  readonly value: Fraction;
  /** Judges whose totals the trimmed mean dropped. */
  readonly trimmed: readonly string[];
  /** True when the trimmed mean had n ≤ 2k totals and fell back to the median. */
  readonly fallback: boolean;
}

/** Sorts totals ascending; equal totals by judge id, so no input order shows through. @internal */
export function sortTotals(totals: readonly CountedTotal[]): CountedTotal[] {
  return [...totals].sort((a, b) => compareBigInt(a.n, b.n) || compareCodeUnits(a.judgeId, b.judgeId));
}

/** The mean of some totals (at least one). @internal */
export function meanOf(totals: readonly CountedTotal[]): Fraction {
  let sum = 0n;
  for (const t of totals) sum += t.n;
  return { n: sum, d: BigInt(totals.length) };
}

/** The median of totals sorted ascending (at least one). @internal */
export function medianOfSorted(sorted: readonly CountedTotal[]): Fraction {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? { n: sorted[mid]!.n, d: 1n } : { n: sorted[mid - 1]!.n + sorted[mid]!.n, d: 2n };
}

/**
 * Aggregates the counted totals of one entry (at least one): `mean`; `median`; `trimmed-mean`
 * drops the `trim` highest and `trim` lowest and averages the rest, falling back to the median
 * when n ≤ 2·trim.
 * @internal
 */
export function aggregateTotals(
  totals: readonly CountedTotal[],
  method: 'mean' | 'median' | 'trimmed-mean',
  trim: number,
): TotalsAggregate {
  if (method === 'mean') return { value: meanOf(totals), trimmed: [], fallback: false };
  const sorted = sortTotals(totals);
  if (method === 'median') return { value: medianOfSorted(sorted), trimmed: [], fallback: false };
  if (sorted.length <= 2 * trim) return { value: medianOfSorted(sorted), trimmed: [], fallback: true };
  const kept = sorted.slice(trim, sorted.length - trim);
  const trimmed = [...sorted.slice(0, trim), ...sorted.slice(sorted.length - trim)].map((t) => t.judgeId);
  return { value: meanOf(kept), trimmed, fallback: false };
}

/**
 * How each judge is standardised under `z-score`, over every total the judge counts for:
 * z = (N·K − S₁) / √(N·S₂ − S₁²), which is (total − the judge's mean) / the judge's population
 * SD. A judge with fewer than two counted totals or no spread is standardised against the
 * whole panel instead, so that their raw total stands.
 * @internal
 */
export interface ZScoreModel {
  /** Per judge index: the N, S₁ and 1/√(N·S₂ − S₁²) used for their z, and whose they are. */
  readonly judges: readonly {
    readonly count: bigint;
    readonly sum: bigint;
    readonly factor: Exact;
    readonly own: boolean;
  }[];
  /** The population mean of all counted totals, on 0–100. */
  readonly panelMean: Exact;
  /** The population SD of all counted totals, on 0–100. */
  readonly panelSd: Exact;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

interface Moments {
  count: bigint;
  sum: bigint;
  squares: bigint;
}

function spread(m: Moments): bigint {
  return m.count * m.squares - m.sum * m.sum;
}

/**
 * Builds the z-score model from every counted total, given per judge index; `denominator` is
 * the rubric's T (total = 100·K/T).
 * @internal
 */
export function zScoreModel(totalsByJudge: readonly (readonly bigint[])[], denominator: bigint): ZScoreModel {
  const panel: Moments = { count: 0n, sum: 0n, squares: 0n };
  const moments = totalsByJudge.map((totals) => {
    const m: Moments = { count: BigInt(totals.length), sum: 0n, squares: 0n };
    for (const k of totals) {
      m.sum += k;
      m.squares += k * k;
    }
    panel.count += m.count;
    panel.sum += m.sum;
    panel.squares += m.squares;
    return m;
  });
  const panelSpread = spread(panel);
  const panelFactor = panelSpread === 0n ? ZERO : new Exact(1).div(new Exact(panelSpread.toString()).sqrt());
  const judges = moments.map((m) => {
    const own = m.count >= 2n && spread(m) > 0n;
    if (!own) return { count: panel.count, sum: panel.sum, factor: panelFactor, own };
    return { count: m.count, sum: m.sum, factor: new Exact(1).div(new Exact(spread(m).toString()).sqrt()), own };
  });
  if (panel.count === 0n) return { judges, panelMean: ZERO, panelSd: ZERO };
  const scale = new Exact(100).div(new Exact((panel.count * denominator).toString()));
  return {
    judges,
    panelMean: new Exact(panel.sum.toString()).times(scale),
    panelSd: new Exact(panelSpread.toString()).sqrt().times(scale),
  };
}

/**
 * The z-score aggregate of one entry on 0–100 (panel mean + panel SD × mean z) and its mean z;
 * `totals` pairs judge indexes with numerators (at least one).
 * @internal
 */
export function zScoreAggregate(
  totals: readonly { readonly judge: number; readonly n: bigint }[],
  model: ZScoreModel,
): { value: Exact; meanZ: Exact } {
  let sum = ZERO;
  for (const { judge, n } of totals) {
    const j = model.judges[judge]!;
    const numerator = j.count * n - j.sum;
    if (numerator !== 0n)
      sum = sum.plus(
        j.factor.times(numerator >= MIN_SAFE && numerator <= MAX_SAFE ? Number(numerator) : numerator.toString()),
      );
  }
  const meanZ = sum.div(totals.length);
  return { value: model.panelMean.plus(model.panelSd.times(meanZ)), meanZ };
}
