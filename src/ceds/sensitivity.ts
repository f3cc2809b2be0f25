import * as z from 'zod/mini';
import { Exact } from '../core/decimal.js';
import { CedsInputError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { bandOf, type Level } from '../core/levels.js';
import { createPrng } from '../core/prng.js';
import { roundScore } from '../core/round.js';
import { resolveScoringOptions, scoringOptionsShape, type ScoringOptions } from './assess-options.js';
import { normaliseCityInput } from './normalise.js';
import { exactWeightDrawer, type ExactWeightDraw } from './sensitivity-weights.js';
import type { CityAssessmentInput } from './types.js';
import { cityLeaves, combineCity, ownWeights, type TreeWeights } from './tree.js';
import { validateCityInput } from './validate-city-input.js';

/** Options of `analyzeSensitivity`: the draw, and the methodology whose weights are drawn. */
export interface AnalyzeSensitivityOptions extends ScoringOptions {
  /**
   * Number of Monte-Carlo runs, an integer from 1 to 100 000, with runs × the tree's size at most
   * 20 000 000 (see `analyzeSensitivity`).
   */
  readonly runs: number;
  /** Any safe integer; the same seed gives the same result on every platform. */
  readonly seed: number;
  /** Relative half-width of the draw, 0 ≤ jitter < 1: 0.2 draws each weight within ±20 % of its value. */
  readonly jitter: number;
}

/** How many runs landed in one maturity level. */
export interface SensitivityLevelCount extends Level {
  /** Runs whose overall score fell in this level. */
  readonly runs: number;
}

/** The result of `analyzeSensitivity`: the spread of the overall score over the runs. */
export interface SensitivityResult {
  /** The overall score with the methodology's own weights (as `assessCity` reports it), or null. */
  readonly baseline: number | null;
  /** The level of the baseline, or null. */
  readonly level: Level | null;
  /** Number of runs. */
  readonly runs: number;
  /** Runs that produced an overall score (a run can lose one only when coverage falls below the minimum). */
  readonly scoredRuns: number;
  /** Lowest reported overall score over the runs. */
  readonly min: number | null;
  /** 5th percentile (nearest rank). */
  readonly p5: number | null;
  /** Median (nearest rank, so the lower middle value for an even number of runs). */
  readonly median: number | null;
  /** 95th percentile (nearest rank). */
  readonly p95: number | null;
  /** Highest reported overall score over the runs. */
  readonly max: number | null;
  /** Share of the runs (0–1) whose level equals the baseline level. */
  readonly stability: number;
  /** Runs per level, in methodology order (levels no run reached count 0). */
  readonly levels: readonly SensitivityLevelCount[];
}

const SUBJECT = 'sensitivity options';

/**
 * The most work one call may do, in runs × the tree's size (`treeSize`): each unit is one weight
 * drawn or one area re-combined, a few microseconds, so the limit bounds a call to about a
 * minute on one core. 100 000 runs stay open to trees of up to 200 weights and areas (the CeDS
 * default with 90 indicators has 107).
 */
const WORK_LIMIT = 20_000_000;

/** What one run costs: every weight drawn (3 area rates, 2 sides, groups, dimensions, indicators) and every area re-combined. */
function treeSize(own: TreeWeights<number>, areas: number): number {
  let indicators = 0;
  for (const weights of own.indicators) indicators += weights.length;
  return 5 + own.readiness.groups.length + own.readiness.dimensions.length + indicators + areas;
}

/** Refuses a call whose runs × tree size passes `WORK_LIMIT`, naming the product and the runs that fit. */
function checkWork(runs: number, size: number): void {
  const work = runs * size;
  if (work <= WORK_LIMIT) return;
  const most = Math.floor(WORK_LIMIT / size);
  const advice =
    most === 0 ? 'this tree is too large for even one run' : `use at most ${most} runs for this city and methodology`;
  const message = `Too much work: ${runs} runs × ${size} weights and areas = ${work}, above the limit of ${WORK_LIMIT}; ${advice}`;
  throw new CedsInputError([{ path: ['runs'], code: 'too_big', message }], SUBJECT);
}
// Built once at load; see src/core/validate.ts.
function buildSensitivityOptions() {
  return z.strictObject({
    runs: z.int({ error: 'Must be a whole number of runs' }).check(z.minimum(1), z.maximum(100000)),
    seed: z.int({ error: 'Must be a safe integer seed' }),
    jitter: z
      .number({ error: 'Must be a number from 0 (inclusive) to 1 (exclusive)' })
      .check(z.gte(0), z.lt(1, { error: 'Must be less than 1 (a jitter of 1 could draw a weight of 0)' })),
    ...scoringOptionsShape(),
  });
}
const sensitivityOptions = /* @__PURE__ */ buildSensitivityOptions();

/**
 * One run's weights: every weight of the tree drawn, in a fixed order — area rates (operation,
 * development, utilization), overall (services, readiness), groups, dimensions (methodology
 * order), then each dimension's indicators (methodology order, indicators by id).
 */
function drawWeights(own: TreeWeights<number>, draw: ExactWeightDraw): TreeWeights {
  const { areaRates, overall, readiness } = own;
  const operation = draw(areaRates.operation);
  const development = draw(areaRates.development);
  const utilization = draw(areaRates.utilization);
  const services = draw(overall.services);
  const readinessSide = draw(overall.readiness);
  const groups = readiness.groups.map((w) => draw(w));
  const dimensions = readiness.dimensions.map((w) => draw(w));
  return {
    areaRates: { operation, development, utilization },
    overall: { services, readiness: readinessSide },
    readiness: { groups, dimensions },
    indicators: own.indicators.map((weights) => weights.map((w) => draw(w))),
  };
}

/** The nearest-rank percentile of sorted values: the value at rank ⌈p × n / 100⌉. */
function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1]!;
}

/**
 * How much the overall score depends on the weights: a seeded Monte-Carlo that, in each run,
 * draws every weight — the three area rates, services and readiness in the overall score, the
 * two groups, each dimension and each indicator — uniformly within ±`jitter` of its value,
 * lets the aggregators renormalise them, and re-scores the city (validated once).
 *
 * Each drawn weight is w × (1 + jitter × (2u − 1)), where u = n / 2³² and n comes from a
 * seeded sfc32 generator (32-bit integer operations only) and the decimal product is rounded
 * to 15 significant digits: the same seed gives the same result on every platform and Node
 * version. Statistics are of the reported (rounded) overall scores: `min` and `max`, and
 * nearest-rank percentiles (the value at rank ⌈p × n / 100⌉ of the n sorted scores) for `p5`,
 * `median` (p = 50) and `p95`, so each is the score of an actual run. `stability` is the share
 * of runs whose level equals the baseline level, rounded half-up to precision + 2 decimals.
 *
 * Bounded cost: each run draws every weight and re-combines every area, so the work is runs ×
 * the tree's size (weights drawn per run plus areas). Above 20 000 000 (about a minute) the call
 * is refused with a `too_big` issue at `runs` that names the product and the runs that fit. A
 * weight near `Number.MAX_VALUE` drawn past it is kept as an exact decimal, never `Infinity`.
 *
 * @param input - the city, as for `assessCity`
 * @param options - `runs` (1–100 000), `seed` (integer), `jitter` (0 ≤ jitter < 1), and
 *   optionally `methodology`, `missingData`, `minCoverage` as for `assessCity`
 * @returns `{ baseline, level, runs, scoredRuns, min, p5, median, p95, max, stability, levels }`
 * @throws CedsInputError when the input or the options are invalid, or runs × tree size is above the work limit
 *
 * @example
 * ```ts
 * import { analyzeSensitivity } from 'wego-ceds';
 * const city = { city: { id: 'seoul', name: 'Seoul' }, services: [
 *   { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 3, utilization: 40 }] };
 * const result = analyzeSensitivity(city, { runs: 100, seed: 42, jitter: 0.2 });
 * result.baseline; // => 66.67
 * result.min <= result.p5 && result.p5 <= result.median && result.median <= result.p95; // => true
 * analyzeSensitivity(city, { runs: 10, seed: 1, jitter: 0 }).stability; // => 1
 * ```
 */
export function analyzeSensitivity(input: CityAssessmentInput, options: AnalyzeSensitivityOptions): SensitivityResult {
  const resolved = resolveScoringOptions<AnalyzeSensitivityOptions>(sensitivityOptions, options, SUBJECT);
  const { options: parsed, methodology, policy } = resolved;
  const city = normaliseCityInput(validateCityInput(input, methodology, policy.missing), methodology);
  const { precision, levels: bands } = methodology;

  const levelOf = (score: number | null) => (score === null ? null : bandOf(score, bands));
  // The leaves once; each run re-combines them with drawn weights through the same tree.
  const leaves = cityLeaves(city, methodology, policy);
  const own = ownWeights(methodology, leaves);
  checkWork(parsed.runs, treeSize(own, leaves.areas.length));
  const baselineExact = combineCity(leaves, own, methodology, policy).overall.score;
  const baseline = baselineExact === null ? null : roundScore(baselineExact, precision);
  const baselineLevel = levelOf(baseline);

  const draw = exactWeightDrawer(new Exact(parsed.jitter), createPrng(parsed.seed));
  const scores: number[] = [];
  const perLevel = new Map<number, number>();
  let stable = 0;
  for (let run = 0; run < parsed.runs; run += 1) {
    const exact = combineCity(leaves, drawWeights(own, draw), methodology, policy).overall.score;
    const score = exact === null ? null : roundScore(exact, precision);
    const level = levelOf(score);
    if (score !== null) scores.push(score);
    if (level !== null) perLevel.set(level.level, (perLevel.get(level.level) ?? 0) + 1);
    if ((level?.level ?? null) === (baselineLevel?.level ?? null)) stable += 1;
  }
  scores.sort((a, b) => a - b);
  const stat = (p: number) => (scores.length === 0 ? null : nearestRank(scores, p));
  return deepFreeze({
    baseline,
    level: baselineLevel,
    runs: parsed.runs,
    scoredRuns: scores.length,
    min: scores[0] ?? null,
    p5: stat(5),
    median: stat(50),
    p95: stat(95),
    max: scores.at(-1) ?? null,
    stability: roundScore(new Exact(stable).div(parsed.runs), precision + 2),
    levels: bands.map((band) => ({ level: band.level, name: band.name, runs: perLevel.get(band.level) ?? 0 })),
  });
}
