import * as z from 'zod/mini';
import { compareCodeUnits } from '../core/compare.js';
import type { Exact } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';
import { bandOf, type Level } from '../core/levels.js';
import { roundExact } from '../core/round.js';
import { scoreArea, scoreAverageScore, type AreaScore } from './areas.js';
import {
  resolveScoringOptions,
  scoringOptionsShape,
  type ScoringOptions,
  type ScoringPolicy,
} from './assess-options.js';
import { scoreCity, type CityScores } from './tree.js';
import { scoreDimension, scoreReadiness } from './dimensions.js';
import { indicatorScore } from './indicators.js';
import { normaliseCityInput, type NormalisedCity, type NormalisedDimension } from './normalise.js';
import { scoreOverall } from './overall.js';
import type { CityAssessmentInput, IndicatorInput, Methodology, ServiceRecord } from './types.js';
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
 * kind in the order above, then by service or dimension id (code-unit order). Each change is
 * scored by re-scoring only what it touches (one area, or one dimension and the readiness)
 * and recombining, never by a full re-assessment.
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

/** Service changes: re-score the one area touched, then the Average and the overall score. */
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
  // Changes with the same effect in one area are scored once (see `changedService`).
  const cache = new Map<string, Exact | null>();
  for (const service of city.services) {
    if (!service.applicable) continue;
    const index = areaIndex.get(service.area)!;
    const services = byArea.get(service.area)!;
    for (const kind of KINDS) {
      if (!kinds.has(kind)) continue;
      const change = changedService(service, kind, policy);
      if (change === null) continue;
      const key = `${service.area}\u0000${change.effect}`;
      let overall = cache.get(key);
      if (overall === undefined) {
        const rescored = scoreArea(
          definitions.get(service.area)!,
          services.map((s) => (s === service ? change.record : s)),
          methodology,
          policy,
        );
        const areas: AreaScore[] = scores.areas.map((a, i) => (i === index ? rescored : a));
        overall = scoreOverall(scoreAverageScore(areas, methodology).value, scores.readiness.score, methodology).score;
        cache.set(key, overall);
      }
      consider(overall, { kind, serviceId: service.id, areaId: service.area, from: change.from, to: change.to });
    }
  }
}

/** Indicator changes: re-score the one dimension touched, then the groups, readiness and overall. */
function indicatorChanges(
  valid: CityAssessmentInput,
  city: NormalisedCity,
  scores: CityScores,
  methodology: Methodology,
  policy: ScoringPolicy,
  consider: Consider,
): void {
  const raw = new Map((valid.dimensions ?? []).map((d) => [d.id, new Map((d.indicators ?? []).map((i) => [i.id, i]))]));
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
    const rescored = scoreDimension(changed, methodology, policy);
    const dimensions = scores.dimensions.map((d, i) => (i === position ? rescored : d));
    const readiness = scoreReadiness(dimensions, methodology, policy);
    const overall = scoreOverall(scores.average.score, readiness.score, methodology).score;
    consider(overall, {
      kind: 'raise-indicator',
      dimensionId: dimension.definition.id,
      indicatorId: target.id,
      from: input.value,
      to: best.value,
    });
  });
}
