import * as z from 'zod/mini';
import { compareCodeUnits } from '../core/compare.js';
import { Exact, HUNDRED, ZERO } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';
import { bandOf, type Level } from '../core/levels.js';
import { roundExact } from '../core/round.js';
import {
  areaRates,
  averageWeight,
  combineArea,
  scoreArea,
  scoreAverageScore,
  sumOfShares,
  type AreaLeaf,
  type AreaScore,
} from './areas.js';
import {
  resolveScoringOptions,
  scoringOptionsShape,
  type ScoringOptions,
  type ScoringPolicy,
} from './assess-options.js';
import { scoreCity, type CityScores } from './tree.js';
import { scoreDimension, scoreReadiness, type DimensionScore } from './dimensions.js';
import { indicatorScore } from './indicators.js';
import { normaliseCityInput, type NormalisedCity, type NormalisedDimension } from './normalise.js';
import { scoreOverall } from './overall.js';
import type { AreaDefinition, CityAssessmentInput, IndicatorInput, Methodology, ServiceRecord } from './types.js';
import { validateCityInput } from './validate-city-input.js';

/** The kinds of change `findConsiderations` tries, in the order ties between them are listed. */
export type ConsiderationKind = 'operate' | 'raise-level' | 'raise-utilization' | 'raise-indicator';

const KINDS = [
  'operate',
  'raise-level',
  'raise-utilization',
  'raise-indicator',
] as const satisfies readonly ConsiderationKind[];

/** Options of `findConsiderations`: which changes to list, and the scoring keys as for `assessCity`. */
export interface FindConsiderationsOptions extends ScoringOptions {
  /** At most this many items (a positive integer); all of them when omitted. */
  readonly limit?: number | undefined;
  /** Only these kinds of change; all four when omitted. */
  readonly kinds?: readonly ConsiderationKind[] | undefined;
}

/** One change that would raise the overall score, and by how much. */
export interface Consideration {
  /** What to change. */
  readonly kind: ConsiderationKind;
  /** The service to change (service kinds). */
  readonly serviceId?: string;
  /** The service's area (service kinds). */
  readonly areaId?: string;
  /** The dimension whose weakest indicator to raise (`raise-indicator`). */
  readonly dimensionId?: string;
  /** That indicator (`raise-indicator`). */
  readonly indicatorId?: string;
  /**
   * The value now: the status (`operate`), the level (`raise-level`), the utilization or null
   * when none is reported (`raise-utilization`), the answer (`raise-indicator`).
   */
  readonly from: string | number | boolean | null;
  /** The value after the change: `operating`, level + 1, 100, or the indicator's best answer. */
  readonly to: string | number | boolean;
  /** New reported overall score − current reported overall score, exact and > 0. */
  readonly gain: number;
  /** The overall score and level after the change. */
  readonly overall: {
    /** The reported overall score (0–100) after the change. */
    readonly score: number;
    /** Its maturity level. */
    readonly level: Level;
  };
  /** True when the change moves the overall score into another level. */
  readonly crossesLevel: boolean;
}

const SUBJECT = 'consideration options';
// Built once at load; see src/core/validate.ts.
function buildConsiderationOptions() {
  return z.strictObject({
    limit: z.optional(z.int({ error: 'Must be a whole number' }).check(z.minimum(1))),
    kinds: z.optional(
      z.array(
        z.enum(KINDS, {
          error: 'Must be "operate", "raise-level", "raise-utilization" or "raise-indicator"',
        }),
      ),
    ),
    ...scoringOptionsShape(),
  });
}
const considerationOptions = /* @__PURE__ */ buildConsiderationOptions();

/** An indicator's best answer and its score; null when there is none to name. */
function bestAnswer(indicator: IndicatorInput): { value: string | number | boolean; score: Exact } | null {
  let value: string | number | boolean;
  switch (indicator.kind) {
    case 'likert':
      value = indicator.max ?? 5;
      break;
    case 'boolean':
      value = true;
      break;
    case 'percent':
    case 'score':
      value = 100;
      break;
    case 'numeric':
      // 100 × (x − low) / (high − low) is 100 at `high`; reversed, 100 at `low`.
      value = indicator.direction === 'higher-is-better' ? indicator.high : indicator.low;
      break;
    case 'ordinal': {
      // The answer with the highest score; equal scores by answer, in code-unit order.
      const answers = Object.keys(indicator.scale).sort(compareCodeUnits);
      let best = answers[0]!;
      for (const answer of answers) if (indicator.scale[answer]! > indicator.scale[best]!) best = answer;
      // Keep the type the city used: a numeric answer stays a number when it reads back the same.
      value = typeof indicator.value === 'number' && String(Number(best)) === best ? Number(best) : best;
      break;
    }
  }
  const score = indicatorScore({ ...indicator, value } as IndicatorInput);
  return score === null ? null : { value, score };
}

/**
 * The service after a change, or null when the change does not apply to it, with the change's
 * `effect` on its area. An area's figures are counts and sums over its services (operating,
 * Σ level, reporting, Σ utilization), so two changes with the same effect in one area give the
 * same area score, whichever service they touch:
 * - operate: one more operating service, Σ level + 1 when it was at 0, no new utilization;
 * - raise-level: Σ level + 1, nothing else;
 * - raise-utilization: Σ utilization + (100 − u), one more reporting when u was missing.
 */
function changedService(
  service: ServiceRecord,
  kind: ConsiderationKind,
  policy: ScoringPolicy,
): { record: ServiceRecord; effect: string; from: Consideration['from']; to: Consideration['to'] } | null {
  switch (kind) {
    case 'operate': {
      // Under `error` an operating service must report a utilization, which this change cannot know.
      if (service.status === 'operating' || policy.missing === 'error') return null;
      const record: ServiceRecord = {
        ...service,
        status: 'operating',
        level: Math.max(service.level, 1),
        utilization: null,
      };
      return { record, effect: `operate|${record.level - service.level}`, from: service.status, to: 'operating' };
    }
    case 'raise-level':
      if (service.status === 'absent' || service.level >= 5) return null;
      return {
        record: { ...service, level: service.level + 1 },
        effect: 'raise-level',
        from: service.level,
        to: service.level + 1,
      };
    case 'raise-utilization':
      if (service.status !== 'operating' || (service.utilization !== null && service.utilization >= 100)) return null;
      return {
        record: { ...service, utilization: 100 },
        effect: `raise-utilization|${service.utilization ?? 'none'}`,
        from: service.utilization,
        to: 100,
      };
    default:
      return null;
  }
}

/**
 * The single changes that would raise a city's overall score most — the deck's "find the
 * consideration". Each applicable service and each readiness dimension is tried:
 *
 * - `operate`: a service not in operation goes into operation, at level max(level, 1) and
 *   without a utilization (skipped under the `error` policy, which would then reject it);
 * - `raise-level`: a service's level + 1, up to 5 (not for `absent` services, whose level
 *   stays 0);
 * - `raise-utilization`: an operating service's utilization, or missing one, to 100;
 * - `raise-indicator`: a dimension's weakest answered indicator (lowest score; equal scores by
 *   id) to its best answer: the likert maximum, `true`, 100, the ordinal answer that scores
 *   highest, or the better numeric goalpost.
 *
 * `gain` is the new reported overall score minus the current one, so re-running `assessCity`
 * with the change applied shows exactly that rise; only changes with a gain above 0 are
 * listed (none for a city without an overall score). Ordered by gain (largest first), then by
 * kind in the order above, then by service or dimension id (code-unit order).
 *
 * Bounded cost: linear in the services, the areas and the indicators. Each change re-scores
 * only what it touches (an area from its counts moved by one service, or one dimension) and
 * replaces one term in the running sums of the levels above, exactly; where exactness in 40
 * digits cannot be shown (utilizations of more than about 33 decimals, geometric groups,
 * weights such as 0.3333333333333333) that level is recombined from all its members instead
 * (see docs/insight.md, "Limits").
 *
 * @param input - the city, as for `assessCity`
 * @param options - `limit`, `kinds`, and `methodology`, `missingData`, `minCoverage` as for `assessCity`
 * @returns the considerations, deeply frozen
 * @throws CedsInputError when the input or the options are invalid
 *
 * @example
 * ```ts
 * import { findConsiderations } from 'wego-ceds';
 * const city = { city: { id: 'seoul', name: 'Seoul' }, services: [
 *   { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 },
 *   { id: 'gis', area: 'e-admin', name: 'GIS', status: 'planned', level: 1 }] };
 * const [first] = findConsiderations(city, { limit: 1 });
 * first; // => { kind: 'operate', serviceId: 'gis', areaId: 'e-admin', from: 'planned', to: 'operating', gain: 16.66, overall: { score: 73.33, level: { level: 4, name: 'Transactional' } }, crossesLevel: true }
 * findConsiderations(city, { kinds: ['raise-utilization'] }).map((c) => [c.serviceId, c.gain]); // => [['mail', 10]]
 * ```
 */
export function findConsiderations(
  input: CityAssessmentInput,
  options: FindConsiderationsOptions = {},
): readonly Consideration[] {
  const resolved = resolveScoringOptions<FindConsiderationsOptions>(considerationOptions, options, SUBJECT);
  const { options: parsed, methodology, policy } = resolved;
  const valid = validateCityInput(input, methodology, policy.missing);
  const city = normaliseCityInput(valid, methodology);
  const scores = scoreCity(city, methodology, policy);
  if (scores.overall.score === null) return deepFreeze([]);

  const { precision, levels } = methodology;
  const before = roundExact(scores.overall.score, precision);
  const beforeLevel = bandOf(before.toNumber(), levels).level;
  const kinds = new Set(parsed.kinds ?? KINDS);
  const found: Consideration[] = [];
  const baseline = scores.overall.score;
  // Changes with the same effect share one exact score object: round and band it once.
  const outcomes = new Map<Exact, Pick<Consideration, 'gain' | 'overall' | 'crossesLevel'> | null>();
  const outcomeOf = (newOverall: Exact) => {
    // Rounding is monotone: no rise before rounding, no rise after it.
    if (!newOverall.greaterThan(baseline)) return null;
    const after = roundExact(newOverall, precision);
    const gain = after.minus(before);
    if (!gain.greaterThan(0)) return null;
    const score = after.toNumber();
    const level = bandOf(score, levels);
    return { gain: gain.toNumber(), overall: { score, level }, crossesLevel: level.level !== beforeLevel };
  };
  const consider: Consider = (newOverall, item) => {
    if (newOverall === null) return;
    let outcome = outcomes.get(newOverall);
    if (outcome === undefined) outcomes.set(newOverall, (outcome = outcomeOf(newOverall)));
    // Each item gets its own `overall` object, so that freezing one never touches another.
    if (outcome !== null) found.push({ ...item, ...outcome, overall: { ...outcome.overall } });
  };

  serviceChanges(city, scores, methodology, policy, kinds, consider);
  if (kinds.has('raise-indicator')) indicatorChanges(valid, city, scores, methodology, policy, consider);

  found.sort(byGainThenId);
  return deepFreeze(parsed.limit === undefined ? found : found.slice(0, parsed.limit));
}

type Consider = (newOverall: Exact | null, item: Omit<Consideration, 'gain' | 'overall' | 'crossesLevel'>) => void;

// Gains are rounded to the precision, so comparing the numbers compares the exact values.
function byGainThenId(a: Consideration, b: Consideration): number {
  return (
    b.gain - a.gain ||
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    compareCodeUnits(a.serviceId ?? a.dimensionId ?? '', b.serviceId ?? b.dimensionId ?? '')
  );
}

/**
 * Service changes. Each is scored from the one area it touches (`areaScorer`), the `Average`
 * with that area's score replaced (`replaceableMean`) and the overall score: constant work per
 * change, so the whole pass is linear in the services and in the areas of the methodology.
 */
function serviceChanges(
  city: NormalisedCity,
  scores: CityScores,
  methodology: Methodology,
  policy: ScoringPolicy,
  kinds: ReadonlySet<ConsiderationKind>,
  consider: Consider,
): void {
  const areaIndex = new Map(scores.areas.map((a, i) => [a.id, i]));
  const definitions = new Map(methodology.areas.map((a) => [a.id, a]));
  const byArea = new Map<string, ServiceRecord[]>();
  for (const service of city.services) {
    const list = byArea.get(service.area);
    if (list) list.push(service);
    else byArea.set(service.area, [service]);
  }
  const averageWith = averageScorer(scores, methodology);
  const scorers = new Map<string, AreaScorer>();
  // Changes with the same effect in one area are scored once (see `changedService`).
  const cache = new Map<string, Exact | null>();
  for (const service of city.services) {
    if (!service.applicable) continue;
    for (const kind of KINDS) {
      if (!kinds.has(kind)) continue;
      const change = changedService(service, kind, policy);
      if (change === null) continue;
      const key = `${service.area}\u0000${change.effect}`;
      let overall = cache.get(key);
      if (overall === undefined) {
        const index = areaIndex.get(service.area)!;
        let scorer = scorers.get(service.area);
        if (scorer === undefined) {
          const services = byArea.get(service.area)!;
          scorer = areaScorer(definitions.get(service.area)!, services, scores.areas[index]!, methodology, policy);
          scorers.set(service.area, scorer);
        }
        const average = averageWith(index, scorer(service, change.record));
        overall = scoreOverall(average, scores.readiness.score, methodology, false).score;
        cache.set(key, overall);
      }
      consider(overall, { kind, serviceId: service.id, areaId: service.area, from: change.from, to: change.to });
    }
  }
}

/** Indicator changes: re-score the one dimension touched, then its group, the readiness and overall. */
function indicatorChanges(
  valid: CityAssessmentInput,
  city: NormalisedCity,
  scores: CityScores,
  methodology: Methodology,
  policy: ScoringPolicy,
  consider: Consider,
): void {
  const raw = new Map((valid.dimensions ?? []).map((d) => [d.id, new Map((d.indicators ?? []).map((i) => [i.id, i]))]));
  const readinessWith = readinessScorer(scores, methodology, policy);
  city.dimensions.forEach((dimension, position) => {
    // Indicators are sorted by id, so the first lowest score is the weakest, ties by id.
    let weakest: NormalisedDimension['indicators'][number] | undefined;
    for (const indicator of dimension.indicators) {
      if (indicator.score !== null && (weakest === undefined || indicator.score.lessThan(weakest.score!)))
        weakest = indicator;
    }
    if (weakest === undefined) return;
    const input = raw.get(dimension.definition.id)!.get(weakest.id)!;
    const best = bestAnswer(input);
    if (best === null || !best.score.greaterThan(weakest.score!)) return;
    const target = weakest;
    const changed: NormalisedDimension = {
      ...dimension,
      indicators: dimension.indicators.map((i) => (i === target ? { ...i, score: best.score } : i)),
    };
    const readiness = readinessWith(position, scoreDimension(changed, methodology, policy));
    const overall = scoreOverall(scores.average.score, readiness, methodology, false).score;
    consider(overall, {
      kind: 'raise-indicator',
      dimensionId: dimension.definition.id,
      indicatorId: target.id,
      from: input.value,
      to: best.value,
    });
  });
}

// --- Scoring one change without a pass over everything else --------------------------------
// A change moves one leaf. Its area (or dimension) is re-scored through the tree's own
// `combineArea` (`scoreDimension`); the levels above it are weighted means, so the new mean is
// the old running sum with one term replaced. That is exact, and so the very number the tree
// gives, while every product and partial sum fits the context's 40 digits; outside that range,
// or if the running sums do not reproduce the tree's own figures, the level is recombined by the
// tree's function over all its members, as `assessCity` does.

/** Decimals of every aggregate value (`aggregate` fixes them to 30). */
const SCORE_PLACES = 30;
/** Significant digits of the private decimal context. */
const CONTEXT_DIGITS = 40;
const MICRO = 1_000_000;

function sameExact(a: Exact | null, b: Exact | null): boolean {
  return a === null ? b === null : b !== null && a.eq(b);
}

/** Decimal places of a share (0–100) as Decimal reads it; 6 stands for "at most 6". */
function placesOfShare(share: number): number {
  // A double d with Math.round(d·10⁶)/10⁶ === d reads as that decimal of at most 6 places.
  return Math.round(share * MICRO) / MICRO === share ? 6 : new Exact(share).decimalPlaces();
}

/** One component of an arithmetic mean: a value (null: no data) and its weight. @internal */
export interface MeanComponent {
  readonly value: Exact | null;
  readonly weight: number;
}

/**
 * The mean with component `index` set to `value`; undefined when that value leaves the exact range.
 * @internal
 */
export type ReplaceOne = (index: number, value: Exact | null) => Exact | null | undefined;

/**
 * `aggregate`'s arithmetic value — Σ wᵢ·xᵢ over the counted components divided by their weight,
 * null without data or below `minShare` coverage, fixed to 30 decimals — kept as running sums,
 * so that replacing one component costs a few operations. With values 0–100 of at most 30
 * decimals, weights of at most p decimals and 100 × Σ w < 10^(10 − p), every product and partial
 * sum is a multiple of 10^−(30 + p) with at most 40 digits, hence exact: any order of summing
 * gives the same sum, and the one division is the same operation on the same numbers as in
 * `aggregate`. Null when the components leave that range, or when the sums do not reproduce the
 * tree's own value `expected`.
 * @internal
 */
export function replaceableMean(
  components: readonly MeanComponent[],
  missing: 'exclude' | 'zero',
  minShare: Exact,
  expected: Exact | null,
): ReplaceOne | null {
  const inRange = (x: Exact) => !x.isNegative() && x.lte(HUNDRED) && x.decimalPlaces() <= SCORE_PLACES;
  const weights: Exact[] = [];
  let places = 0;
  let total = ZERO;
  let present = ZERO;
  let sum = ZERO;
  for (const { value, weight } of components) {
    const w = new Exact(weight);
    weights.push(w);
    places = Math.max(places, w.decimalPlaces());
    total = total.plus(w);
    if (value === null) continue;
    if (!inRange(value)) return null;
    present = present.plus(w);
    sum = sum.plus(value.times(w));
  }
  if (total.times(100).gte(new Exact(10).pow(CONTEXT_DIGITS - SCORE_PLACES - places))) return null;
  // The value as `aggregate` makes it (arithmetic, components off) from these sums; with every
  // value present the present weight is the total, so the coverage is exactly 1 either way.
  const meanOf = (presentWeight: Exact, weightedSum: Exact): Exact | null => {
    const coverage = total.isZero() ? ZERO : presentWeight.div(total);
    const counted = missing === 'zero' ? total : presentWeight;
    if (counted.isZero() || presentWeight.isZero() || coverage.lessThan(minShare)) return null;
    return weightedSum.div(counted).toDecimalPlaces(SCORE_PLACES, Exact.ROUND_HALF_UP);
  };
  if (!sameExact(meanOf(present, sum), expected)) return null;
  return (index, value) => {
    if (value !== null && !inRange(value)) return undefined;
    const old = components[index]!.value;
    const w = weights[index]!;
    let presentWeight = present;
    let weightedSum = sum;
    if (old !== null) {
      presentWeight = presentWeight.minus(w);
      weightedSum = weightedSum.minus(old.times(w));
    }
    if (value !== null) {
      presentWeight = presentWeight.plus(w);
      weightedSum = weightedSum.plus(value.times(w));
    }
    return meanOf(presentWeight, weightedSum);
  };
}

/** The `Average` score with one area's score replaced. */
function averageScorer(scores: CityScores, methodology: Methodology): (index: number, area: AreaScore) => Exact | null {
  // Weighted as in `scoreAverageScore`: equally, or by each area's number of services.
  const weightOf = averageWeight(methodology);
  const components = scores.areas.map((a) => ({ value: a.score, weight: weightOf(a) }));
  const mean = replaceableMean(components, 'exclude', ZERO, scores.average.score);
  return (index, area) => {
    const value = mean?.(index, area.score);
    if (value !== undefined) return value;
    return scoreAverageScore(
      scores.areas.map((a, i) => (i === index ? area : a)),
      methodology,
    ).value;
  };
}

/** The readiness with one dimension's score replaced: its group, then the groups. */
function readinessScorer(
  scores: CityScores,
  methodology: Methodology,
  policy: ScoringPolicy,
): (position: number, dimension: DimensionScore) => Exact | null {
  const { aggregatorMissing: missing, minShare } = policy;
  const weightOf = new Map(methodology.dimensions.map((d) => [d.id, d.weight]));
  const groupIndex = new Map(methodology.groups.map((g, i) => [g.id, i]));
  // Each dimension's group and its place among the group's members, in `scoreReadiness` order.
  const members: MeanComponent[][] = methodology.groups.map(() => []);
  const place = scores.dimensions.map((d) => {
    const group = groupIndex.get(d.group);
    if (group === undefined) return null;
    members[group]!.push({ value: d.score, weight: weightOf.get(d.id) ?? 0 });
    return { group, index: members[group]!.length - 1 };
  });
  const arithmetic = (method: string) => method === 'arithmetic';
  const groupMeans = members.map((items, g) =>
    arithmetic(methodology.aggregation.group)
      ? replaceableMean(items, missing, minShare, scores.readiness.groups[g]!.score)
      : null,
  );
  const readinessMean = arithmetic(methodology.aggregation.readiness)
    ? replaceableMean(
        methodology.groups.map((g, i) => ({ value: scores.readiness.groups[i]!.score, weight: g.weight })),
        missing,
        minShare,
        scores.readiness.score,
      )
    : null;
  return (position, dimension) => {
    const at = place[position];
    const group = at === null || at === undefined ? undefined : groupMeans[at.group]?.(at.index, dimension.score);
    const readiness = group === undefined ? undefined : readinessMean?.(at!.group, group);
    if (readiness !== undefined) return readiness;
    const dimensions = scores.dimensions.map((d, i) => (i === position ? dimension : d));
    return scoreReadiness(dimensions, methodology, policy).score;
  };
}

/** Scores an area after one of its services is replaced by a changed record. @internal */
export type AreaScorer = (service: ServiceRecord, record: ServiceRecord) => AreaScore;

/** What an area's rates are made of, as `areaLeaf` counts them over its applicable services. */
interface AreaCounts {
  readonly operating: number;
  readonly levelSum: number;
  readonly reporting: number;
  /** Σ utilization of the reporting services. */
  readonly utilizationSum: Exact;
}

function reportsUtilization(service: ServiceRecord): boolean {
  return service.status === 'operating' && service.utilization !== null;
}

/**
 * A leaf with its rates made from counts by the formulas of `areaLeaf`: Operation
 * 100 × operating / n, Developing 20 × Σ level / n, Utilization Σ utilization / reporting.
 */
function leafFromCounts(leaf: AreaLeaf, counts: AreaCounts): AreaLeaf {
  return {
    ...leaf,
    operating: counts.operating,
    reportingUtilization: counts.reporting,
    ...areaRates(leaf.totalServices, counts.operating, counts.levelSum, counts.utilizationSum, counts.reporting),
  };
}

/**
 * Scores one area after a service change in constant time. The area's counts are taken once
 * (the utilization sum by the tree's `sumOfShares`); a change moves them by the service's old
 * and new figures, and `combineArea` scores the changed leaf. The utilization sum moves by
 * (new − old), exact while every such sum of shares fits 40 digits (at most `places` decimals,
 * below 100 × (reporting + 1)). Outside that range (utilizations of some 30 decimals), or if the
 * counts do not reproduce the tree's leaf, the area's services are re-scored with the change.
 * @internal
 */
export function areaScorer(
  area: AreaDefinition,
  services: readonly ServiceRecord[],
  leaf: AreaLeaf,
  methodology: Methodology,
  policy: ScoringPolicy,
): AreaScorer {
  let operating = 0;
  let levelSum = 0;
  let places = 0;
  const reported: number[] = [];
  for (const service of services) {
    if (!service.applicable) continue;
    levelSum += service.level;
    if (service.status !== 'operating') continue;
    operating += 1;
    if (service.utilization === null) continue;
    reported.push(service.utilization);
    places = Math.max(places, placesOfShare(service.utilization));
  }
  const counts: AreaCounts = { operating, levelSum, reporting: reported.length, utilizationSum: sumOfShares(reported) };
  const rebuilt = leafFromCounts(leaf, counts);
  const consistent =
    sameExact(rebuilt.operationRate, leaf.operationRate) &&
    sameExact(rebuilt.developmentRate, leaf.developmentRate) &&
    sameExact(rebuilt.utilizationRate, leaf.utilizationRate);
  const sumDigits = String(100 * (reported.length + 1)).length;
  return (service, record) => {
    const before = reportsUtilization(service);
    const after = reportsUtilization(record);
    const moves = (before ? service.utilization : null) !== (after ? record.utilization : null);
    const exact =
      !moves || sumDigits + Math.max(places, after ? placesOfShare(record.utilization!) : 0) <= CONTEXT_DIGITS;
    if (!consistent || !exact) {
      const changed = services.map((s) => (s === service ? record : s));
      return scoreArea(area, changed, methodology, policy);
    }
    let utilizationSum = counts.utilizationSum;
    if (before) utilizationSum = utilizationSum.minus(service.utilization!);
    if (after) utilizationSum = utilizationSum.plus(record.utilization!);
    const changed: AreaCounts = {
      operating: counts.operating - Number(service.status === 'operating') + Number(record.status === 'operating'),
      levelSum: counts.levelSum - service.level + record.level,
      reporting: counts.reporting - Number(before) + Number(after),
      utilizationSum,
    };
    return combineArea(leafFromCounts(leaf, changed), methodology.areaWeights, methodology, policy);
  };
}
