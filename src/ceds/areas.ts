import { aggregate, type Aggregate, type AggregateItem } from '../core/aggregate.js';
import { Exact, ZERO, type ExactLike } from '../core/decimal.js';
import type { CedsWarning } from '../core/errors.js';
import { bandOf } from '../core/levels.js';
import { roundScore } from '../core/round.js';
import { quoteList } from '../core/messages.js';
import type { ScoringPolicy } from './assess-options.js';
import type { AreaDefinition, AreaRow, Methodology, ServiceRecord } from './types.js';

/** The exact figures of one row of the Area chart (an area, or the `Average`). @internal */
export interface AreaFigures {
  readonly id: string;
  readonly label: string;
  /** Applicable services (Σ over areas in the `Average`). */
  readonly totalServices: number;
  readonly operationRate: Exact | null;
  readonly developmentRate: Exact | null;
  readonly utilizationRate: Exact | null;
  /** The unrounded score, or null. */
  readonly score: Exact | null;
  /** How the score was made (rates → score, or areas → average). */
  readonly aggregate: Aggregate;
}

/**
 * One area's leaf figures: the counts and rates from its services, which no weight changes,
 * with the warnings about its services. @internal
 */
export interface AreaLeaf extends Omit<AreaFigures, 'score' | 'aggregate'> {
  /** Applicable services in operation. */
  readonly operating: number;
  /** Of those, the ones that report a utilization. */
  readonly reportingUtilization: number;
  readonly warnings: readonly CedsWarning[];
}

/** One area's exact figures, with the counts behind coverage and its warnings. @internal */
export interface AreaScore extends AreaFigures, AreaLeaf {}

/** The weights of the three rates inside an area score. @internal */
export interface AreaRateWeights<W extends ExactLike = ExactLike> {
  readonly operation: W;
  readonly development: W;
  readonly utilization: W;
}

// Shares (0–100) with at most 6 decimals, the usual case, are summed exactly as integers of
// millionths: a double d with Math.round(d·10⁶)/10⁶ === d reads as exactly that decimal.
const MICRO = 1_000_000;

/** The exact sum of some shares (0–100), as Decimal reads each one. @internal */
export function sumOfShares(values: readonly number[]): Exact {
  let micros = 0;
  for (const value of values) {
    const scaled = Math.round(value * MICRO);
    if (scaled / MICRO !== value) return values.reduce((sum, v) => sum.plus(v), ZERO);
    micros += scaled;
  }
  return Number.isSafeInteger(micros) ? new Exact(micros).div(MICRO) : values.reduce((sum, v) => sum.plus(v), ZERO);
}

function emptyAggregate(reason: string): Aggregate {
  const excluded = ['operation', 'development', 'utilization'].map((id) => ({ id, reason }));
  return { value: null, coverage: ZERO, components: [], excluded, belowCoverage: false };
}

/**
 * One area's leaf figures from its services (records of this area, sorted by id as in
 * `NormalisedCity`): Total service, Operation, Developing and Utilization over the applicable
 * services, and the warnings about them.
 * @internal
 */
export function areaLeaf(area: AreaDefinition, services: readonly ServiceRecord[], policy: ScoringPolicy): AreaLeaf {
  const path = ['areas', area.id];
  const warnings: CedsWarning[] = [];
  const notApplicable: string[] = [];
  const withoutUtilization: string[] = [];
  // Counts and level sums stay integers (exact in floats); Decimal only where a division is.
  let n = 0;
  let operating = 0;
  let levelSum = 0;
  const reported: number[] = [];
  for (const service of services) {
    if (!service.applicable) {
      notApplicable.push(service.id);
      continue;
    }
    n += 1;
    levelSum += service.level;
    if (service.status !== 'operating') continue;
    operating += 1;
    if (service.utilization === null) withoutUtilization.push(service.id);
    else reported.push(service.utilization);
  }
  if (n === 0) {
    warnings.push({
      code: 'empty-area',
      path,
      message: `${area.label} has no applicable service, so it has no score and does not count in the Average`,
    });
  }
  if (notApplicable.length > 0) {
    warnings.push({
      code: 'non-applicable-services',
      path,
      message: `${area.label}: ${quoteList(notApplicable)} marked not applicable, left out of every rate`,
    });
  }
  const reporting = reported.length;
  if (withoutUtilization.length > 0) {
    const effect =
      reporting > 0
        ? 'Utilization (%) is the mean of the services that report one'
        : policy.aggregatorMissing === 'zero'
          ? 'no Utilization (%), counted as 0 in the score'
          : 'no Utilization (%), left out of the score';
    warnings.push({
      code: 'missing-utilization',
      path,
      message: `${area.label}: ${quoteList(withoutUtilization)} operate without a utilization; ${effect}`,
    });
  }
  if (n === 0) {
    const none = { operationRate: null, developmentRate: null, utilizationRate: null };
    return {
      id: area.id,
      label: area.label,
      totalServices: 0,
      operating: 0,
      reportingUtilization: 0,
      ...none,
      warnings,
    };
  }
  const rates = areaRates(n, operating, levelSum, reporting === 0 ? null : sumOfShares(reported), reporting);
  return {
    id: area.id,
    label: area.label,
    totalServices: n,
    operating,
    reportingUtilization: reporting,
    ...rates,
    warnings,
  };
}

/**
 * An area's three rates from its counts over n > 0 applicable services: Operation
 * 100 × operating / n, Developing 100 × Σ level / (5 × n), Utilization Σ utilization / reporting
 * (null when none reports). The one place these formulas live.
 * @internal
 */
export function areaRates(
  n: number,
  operating: number,
  levelSum: number,
  utilizationSum: Exact | null,
  reporting: number,
): Pick<AreaLeaf, 'operationRate' | 'developmentRate' | 'utilizationRate'> {
  return {
    operationRate: new Exact(100 * operating).div(n),
    // 100 × Σ level / (5 × n) = 20 × Σ level / n.
    developmentRate: new Exact(20 * levelSum).div(n),
    utilizationRate: utilizationSum === null || reporting === 0 ? null : utilizationSum.div(reporting),
  };
}

/**
 * An area's score: the aggregate of its three rates by `weights` (`aggregation.area`), with
 * the leaf's warnings and `below-coverage` when too little of the weight carries data.
 * @internal
 */
export function combineArea(
  leaf: AreaLeaf,
  weights: AreaRateWeights,
  methodology: Methodology,
  policy: ScoringPolicy,
): AreaScore {
  if (leaf.totalServices === 0) return { ...leaf, score: null, aggregate: emptyAggregate('no applicable services') };
  const items: AggregateItem[] = [
    { id: 'operation', value: leaf.operationRate, weight: weights.operation },
    { id: 'development', value: leaf.developmentRate, weight: weights.development },
    {
      id: 'utilization',
      value: leaf.utilizationRate,
      weight: weights.utilization,
      reason: leaf.operating === 0 ? 'no operating service' : 'no operating service reports a utilization',
    },
  ];
  const result = aggregate(items, {
    method: methodology.aggregation.area,
    missing: policy.aggregatorMissing,
    minCoverage: policy.minShare,
    components: policy.components,
  });
  if (!result.belowCoverage) return { ...leaf, score: result.value, aggregate: result };
  const warning: CedsWarning = {
    code: 'below-coverage',
    path: ['areas', leaf.id],
    message: `${leaf.label} has data for less than ${policy.minCoverage} % of its weight, so it has no score`,
  };
  return { ...leaf, score: result.value, aggregate: result, warnings: [...leaf.warnings, warning] };
}

/**
 * Scores one area from its services with the methodology's weights: `areaLeaf`, then
 * `combineArea`.
 * @internal
 */
export function scoreArea(
  area: AreaDefinition,
  services: readonly ServiceRecord[],
  methodology: Methodology,
  policy: ScoringPolicy,
): AreaScore {
  return combineArea(areaLeaf(area, services, policy), methodology.areaWeights, methodology, policy);
}

/**
 * The leaves of every area of the methodology, in report order, from canonical service records.
 * @internal
 */
export function areaLeaves(
  services: readonly ServiceRecord[],
  methodology: Methodology,
  policy: ScoringPolicy,
): AreaLeaf[] {
  const byArea = new Map<string, ServiceRecord[]>();
  for (const service of services) {
    const list = byArea.get(service.area);
    if (list) list.push(service);
    else byArea.set(service.area, [service]);
  }
  return [...methodology.areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => areaLeaf(area, byArea.get(area.id) ?? [], policy));
}

/**
 * Scores every area of the methodology, in report order, from canonical service records.
 * @internal
 */
export function scoreAreas(
  services: readonly ServiceRecord[],
  methodology: Methodology,
  policy: ScoringPolicy,
): AreaScore[] {
  return areaLeaves(services, methodology, policy).map((leaf) =>
    combineArea(leaf, methodology.areaWeights, methodology, policy),
  );
}

function meanOver<A extends AreaLeaf>(
  areas: readonly A[],
  pick: (a: A) => Exact | null,
  weightOf: (a: AreaLeaf) => number,
  components = false,
): Aggregate {
  const items = areas.map((a) => ({
    id: a.id,
    value: pick(a),
    weight: weightOf(a),
    reason: a.totalServices === 0 ? 'no applicable services' : 'no value (too little data)',
  }));
  // The Average has no coverage threshold of its own: `coverage.areas` reports it.
  return aggregate(items, { method: 'arithmetic', missing: 'exclude', minCoverage: 0, components });
}

/** An area's weight in the `Average`: 1, or its number of services (`areaWeighting`). @internal */
export function averageWeight(methodology: Methodology): (a: AreaLeaf) => number {
  return methodology.areaWeighting === 'services' ? (a: AreaLeaf) => a.totalServices : () => 1;
}

/** The `Average` row without its score: what no weight of the methodology changes. @internal */
export type AverageRates = Omit<AreaFigures, 'score' | 'aggregate'>;

/**
 * The `Average` row's Total service (Σ n) and rates: each rate is the mean over the areas that
 * have it, with equal weights or weighted by each area's number of services (`areaWeighting`).
 * @internal
 */
export function averageRates(areas: readonly AreaLeaf[], methodology: Methodology): AverageRates {
  const weightOf = averageWeight(methodology);
  let totalServices = 0;
  for (const area of areas) totalServices += area.totalServices;
  return {
    id: 'average',
    label: 'Average',
    totalServices,
    operationRate: meanOver(areas, (a) => a.operationRate, weightOf).value,
    developmentRate: meanOver(areas, (a) => a.developmentRate, weightOf).value,
    utilizationRate: meanOver(areas, (a) => a.utilizationRate, weightOf).value,
  };
}

/**
 * The `Average` score: the mean of the unrounded area scores over the areas that have one,
 * weighted as its rates are. Only the score is explained; the rates never need components.
 * @internal
 */
export function scoreAverageScore(
  areas: readonly AreaScore[],
  methodology: Methodology,
  components = false,
): Aggregate {
  return meanOver(areas, (a) => a.score, averageWeight(methodology), components);
}

/** The whole `Average` row: `averageRates` and `scoreAverageScore`. @internal */
export function scoreAverage(areas: readonly AreaScore[], methodology: Methodology, components = true): AreaFigures {
  const score = scoreAverageScore(areas, methodology, components);
  return { ...averageRates(areas, methodology), score: score.value, aggregate: score };
}

function rate(value: Exact | null, precision: number): number | null {
  return value === null ? null : roundScore(value, precision);
}

/** A row of the Area chart, rounded once, with the level of the rounded score. @internal */
export function areaRow(figures: AreaFigures, methodology: Methodology): AreaRow {
  const precision = methodology.precision;
  const score = rate(figures.score, precision);
  return {
    id: figures.id,
    label: figures.label,
    totalServices: figures.totalServices,
    operationRate: rate(figures.operationRate, precision),
    developmentRate: rate(figures.developmentRate, precision),
    utilizationRate: rate(figures.utilizationRate, precision),
    score,
    level: score === null ? null : bandOf(score, methodology.levels),
  };
}
