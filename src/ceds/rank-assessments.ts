import * as z from 'zod/mini';
import { median as medianOf } from '../core/aggregate.js';
import { compareCodeUnits } from '../core/compare.js';
import { Exact, ZERO } from '../core/decimal.js';
import { CedsInputError, type CedsIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { DEFAULT_PRECISION, roundScore } from '../core/round.js';
import { parseInput, unreadableIssue } from '../core/validate.js';
import { diffMethodologies } from './diff-methodologies.js';
import { storedAssessmentReader } from './input/assessment.js';
import type { AreaRow, CityAssessment, DimensionRow, GroupRow, Methodology } from './types.js';

/** What `rankAssessments` ranks by: the overall score, readiness, one area or one dimension. */
export type RankBy =
  | 'overall'
  | 'readiness'
  | {
      /** Id of the area whose Area chart score to rank by. */
      readonly area: string;
    }
  | {
      /** Id of the dimension whose score to rank by. */
      readonly dimension: string;
    };

/**
 * Options of `rankAssessments`. It ranks assessments already made, so it takes none of the
 * `ScoringOptions` keys: the methodology is the one the assessments were made under.
 */
export interface RankAssessmentsOptions {
  /** The row to rank by; `'overall'` when omitted. */
  readonly by?: RankBy | undefined;
}

/** One city's place in the ranking. */
export interface RankedCity {
  /** The city's id. */
  readonly cityId: string;
  /** The reported (rounded) score it was ranked on. */
  readonly score: number;
  /** Standard competition rank: equal scores share a rank and the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  /**
   * Percentile rank, 0–100: 100 × (cities below + ½ × cities equal, itself included) / cities
   * ranked, rounded half-up to the methodology's precision.
   */
  readonly percentile: number;
}

/** A city left out of the ranking because it has no score on the chosen row. */
export interface UnrankedCity {
  /** The city's id. */
  readonly cityId: string;
  /** Why it could not be ranked. */
  readonly reason: string;
}

/** Summary statistics of one row over the cohort; all null when no city has a value. */
export interface CohortStatistics {
  /** Cities with a value on this row. */
  readonly count: number;
  /** Mean of the reported values, rounded once at the end. */
  readonly mean: number | null;
  /** Median of the reported values (mean of the middle two for an even count), rounded. */
  readonly median: number | null;
  /** Smallest reported value. */
  readonly min: number | null;
  /** Largest reported value. */
  readonly max: number | null;
}

/** Cohort statistics of an Area chart row (an area, or the `Average` row). */
export interface CohortAreaRow {
  /** The area id, or `average`. */
  readonly id: string;
  /** The printed label, or `Average`. */
  readonly label: string;
  /** Statistics of the area score. */
  readonly score: CohortStatistics;
  /** Statistics of Total service. */
  readonly totalServices: CohortStatistics;
  /** Statistics of Operation (%). */
  readonly operationRate: CohortStatistics;
  /** Statistics of Developing (%). */
  readonly developmentRate: CohortStatistics;
  /** Statistics of Utilization (%). */
  readonly utilizationRate: CohortStatistics;
}

/** Cohort statistics of a Dimensions table row. */
export interface CohortDimensionRow {
  /** The dimension id. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
  /** The id of its group, e.g. `internal`. */
  readonly group: string;
  /** Statistics of the dimension score. */
  readonly score: CohortStatistics;
}

/** Cohort statistics of a group row of the Dimensions table. */
export interface CohortGroupRow {
  /** The group id. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
  /** Statistics of the group score. */
  readonly score: CohortStatistics;
}

/** Statistics of every row of the report over all the cities given. */
export interface AssessmentCohort {
  /** Number of assessments given (ranked or not). */
  readonly size: number;
  /** The overall score. */
  readonly overall: CohortStatistics;
  /** The `Overall level` of the Dimensions table. */
  readonly readiness: CohortStatistics;
  /** Each group, in methodology order. */
  readonly groups: readonly CohortGroupRow[];
  /** The `Average` row of the Area chart. */
  readonly average: CohortAreaRow;
  /** Each area, in methodology order. */
  readonly areas: readonly CohortAreaRow[];
  /** Each dimension, in methodology order. */
  readonly dimensions: readonly CohortDimensionRow[];
}

/** The result of `rankAssessments`. */
export interface AssessmentRanking {
  /** The row the cities were ranked by. */
  readonly by: RankBy;
  /** The methodology every assessment was made under, or null for an empty cohort. */
  readonly methodology: {
    /** The methodology's `id`. */
    readonly id: string;
    /** The methodology's `version`. */
    readonly version: string;
  } | null;
  /** Best first; equal scores in ascending `cityId` order. */
  readonly ranking: readonly RankedCity[];
  /** Cities without a score on the chosen row, in ascending `cityId` order. */
  readonly unranked: readonly UnrankedCity[];
  /** Statistics of every row over the cohort. */
  readonly cohort: AssessmentCohort;
}

const SUBJECT = 'rank options';
// Built once at load; see src/core/validate.ts.
function buildRankOptions(): z.ZodMiniType<RankAssessmentsOptions> {
  return z.strictObject({
    by: z.optional(
      z.union([
        z.literal('overall'),
        z.literal('readiness'),
        z.strictObject({ area: z.string() }),
        z.strictObject({ dimension: z.string() }),
      ]),
    ),
  });
}
const rankOptions = /* @__PURE__ */ buildRankOptions();

/**
 * True when two validated methodologies are the same data, key order aside: linear in their
 * size, so that a cohort of copies of one methodology (each assessment read from its own JSON
 * file) is never diffed.
 * @internal
 */
export function sameMethodology(a: Methodology, b: Methodology): boolean {
  return a === b || sameData(a, b);
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

/**
 * Reads a list of stored assessments that can be ranked together: each one valid (see
 * `cityAssessmentSchema`), one per city, all made under the same methodology (compared field by
 * field, not only by id). Returns the validated copies; every rule runs on them.
 */
function readCohort(assessments: unknown, subject: string): readonly CityAssessment[] {
  const issues: CedsIssue[] = [];
  let items: readonly unknown[] = [];
  try {
    if (Array.isArray(assessments)) items = Array.from(assessments as readonly unknown[]);
    else issues.push({ path: [], code: 'invalid_type', message: 'Expected an array of assessments' });
  } catch (error) {
    issues.push(unreadableIssue([], error));
  }
  if (issues.length > 0) throw new CedsInputError(issues, subject);

  const read = storedAssessmentReader();
  const cohort: CityAssessment[] = [];
  const seen = new Map<string, number>();
  let first: CityAssessment | undefined;
  items.forEach((item, index) => {
    const assessment = read(item, [index], issues);
    if (assessment === undefined) return;
    cohort.push(assessment);
    const previous = seen.get(assessment.city.id);
    if (previous !== undefined) {
      issues.push({
        path: [index, 'city', 'id'],
        code: 'duplicate_id',
        message: `City ${JSON.stringify(assessment.city.id)} is already at index ${previous}`,
      });
    } else seen.set(assessment.city.id, index);
    if (first === undefined) first = assessment;
    else if (!sameMethodology(first.methodology.definition, assessment.methodology.definition)) {
      const difference = diffMethodologies(first.methodology.definition, assessment.methodology.definition)[0];
      const where = ['methodology', 'definition', ...(difference?.path ?? [])].join('.');
      issues.push({
        path: [index, 'methodology'],
        code: 'mixed_methodologies',
        message: `Made under another methodology than the first assessment (${where} differs); re-assess every city under one methodology to rank them`,
      });
    }
  });
  if (issues.length > 0) throw new CedsInputError(issues, subject);
  return cohort;
}

/** Count, mean, median, min and max of reported values, rounded once at the end. @internal */
export function cohortStatistics(values: readonly (number | null | undefined)[], precision: number): CohortStatistics {
  const present = values.filter((v): v is number => typeof v === 'number').map((v) => new Exact(v));
  if (present.length === 0) return { count: 0, mean: null, median: null, min: null, max: null };
  const sum = present.reduce((acc, v) => acc.plus(v), ZERO);
  return {
    count: present.length,
    mean: roundScore(sum.div(present.length), precision),
    median: roundScore(medianOf(present)!, precision),
    min: roundScore(
      present.reduce((a, b) => (b.lessThan(a) ? b : a)),
      precision,
    ),
    max: roundScore(
      present.reduce((a, b) => (b.greaterThan(a) ? b : a)),
      precision,
    ),
  };
}

function areaCohort(
  id: string,
  label: string,
  rows: readonly (AreaRow | undefined)[],
  precision: number,
): CohortAreaRow {
  const stats = (pick: (row: AreaRow) => number | null) =>
    cohortStatistics(
      rows.map((r) => (r === undefined ? null : pick(r))),
      precision,
    );
  return {
    id,
    label,
    score: stats((r) => r.score),
    totalServices: stats((r) => r.totalServices),
    operationRate: stats((r) => r.operationRate),
    developmentRate: stats((r) => r.developmentRate),
    utilizationRate: stats((r) => r.utilizationRate),
  };
}

/** One assessment's rows by id. */
interface RowsById {
  readonly assessment: CityAssessment;
  readonly areas: ReadonlyMap<string, AreaRow>;
  readonly groups: ReadonlyMap<string, GroupRow>;
  readonly dimensions: ReadonlyMap<string, DimensionRow>;
}

function scoreOn(rows: RowsById, by: RankBy): number | null {
  if (by === 'overall') return rows.assessment.overall.score;
  if (by === 'readiness') return rows.assessment.readiness.score;
  if ('area' in by) return rows.areas.get(by.area)?.score ?? null;
  return rows.dimensions.get(by.dimension)?.score ?? null;
}

function describeRow(by: RankBy): string {
  if (by === 'overall') return 'no overall score';
  if (by === 'readiness') return 'no readiness score';
  return 'area' in by
    ? `no score for area ${JSON.stringify(by.area)}`
    : `no score for dimension ${JSON.stringify(by.dimension)}`;
}

const byCityId = (a: { cityId: string }, b: { cityId: string }) => compareCodeUnits(a.cityId, b.cityId);

function byId<T extends { readonly id: string }>(rows: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) if (!map.has(row.id)) map.set(row.id, row);
  return map;
}

/**
 * Ranks cities assessed under one methodology by their overall score (or readiness, an area or
 * a dimension), and summarises every row of the report over the cohort.
 *
 * - Ranks are standard competition ranks on the reported (rounded) scores: 90, 85, 85, 70 rank
 *   1, 2, 2, 4. Equal scores are listed in ascending `cityId` order, so the result never
 *   depends on the order of the input.
 * - `percentile` = 100 × (B + ½E) / N, where N is the number of ranked cities, B those with a
 *   lower score and E those with the same score (the city itself included), rounded half-up
 *   to the methodology's precision. A lone city sits at 50.
 * - A city without a score on the chosen row is listed in `unranked` with the reason.
 * - `cohort` holds count, mean, median, min and max of every row (overall, readiness, groups,
 *   the `Average` row and each area with its rates and Total service, each dimension), over
 *   the cities that have a value there.
 *
 * Assessments are input like any other: one kept as JSON and read back (or edited) is validated
 * as `cityAssessmentSchema` of `wego-ceds/schemas` does, and the ranking is made from the
 * validated copies. A methodology object shared by many assessments is validated once.
 *
 * @param assessments - results of `assessCity`, one per city, all under the same methodology
 * @param options - `by`: `'overall'` (default), `'readiness'`, `{ area: id }` or `{ dimension: id }`
 * @returns `{ by, methodology, ranking, unranked, cohort }`, deeply frozen
 * @throws CedsInputError for an invalid assessment (each issue at its path in the list, e.g.
 *   `[2, 'overall', 'score']`), a city given twice (`duplicate_id`), assessments made under
 *   different methodologies (`mixed_methodologies`), or an unknown area or dimension
 *
 * @example
 * ```ts
 * import { assessCity, rankAssessments } from 'wego-ceds';
 * const city = (id, level) => assessCity({ city: { id, name: id }, services: [
 *   { id: 's1', area: 'e-admin', name: 'Mail', status: 'operating', level, utilization: 50 }] });
 * const result = rankAssessments([city('busan', 3), city('seoul', 5), city('incheon', 3)]);
 * result.ranking.map((r) => [r.cityId, r.rank, r.percentile]); // => [['seoul', 1, 83.33], ['busan', 2, 33.33], ['incheon', 2, 33.33]]
 * result.cohort.overall.median; // => 70
 * ```
 */
export function rankAssessments(
  assessments: readonly CityAssessment[],
  options: RankAssessmentsOptions = {},
): AssessmentRanking {
  const parsed = parseInput(rankOptions, options, SUBJECT);
  const cohortList = readCohort(assessments, 'assessments');
  const by: RankBy = parsed.by ?? 'overall';
  const definition = cohortList[0]?.methodology.definition;
  const precision = definition?.precision ?? DEFAULT_PRECISION;
  if (definition !== undefined && typeof by === 'object') {
    const known =
      'area' in by
        ? definition.areas.some((a) => a.id === by.area)
        : definition.dimensions.some((d) => d.id === by.dimension);
    if (!known) {
      const key = 'area' in by ? 'area' : 'dimension';
      const id = 'area' in by ? by.area : by.dimension;
      throw new CedsInputError(
        [{ path: ['by', key], code: `unknown_${key}`, message: `The methodology has no ${key} ${JSON.stringify(id)}` }],
        SUBJECT,
      );
    }
  }

  // Each assessment's rows by id, made once: linear in the size of the cohort's tables.
  const rows: readonly RowsById[] = cohortList.map((a) => ({
    assessment: a,
    areas: byId(a.areas),
    groups: byId(a.groups),
    dimensions: byId(a.dimensions),
  }));
  const scored: { cityId: string; score: number }[] = [];
  const unranked: UnrankedCity[] = [];
  for (const row of rows) {
    const score = scoreOn(row, by);
    const cityId = row.assessment.city.id;
    if (score === null) unranked.push({ cityId, reason: describeRow(by) });
    else scored.push({ cityId, score });
  }
  scored.sort((a, b) => b.score - a.score || byCityId(a, b));
  unranked.sort(byCityId);

  const n = scored.length;
  const ranking: RankedCity[] = [];
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && scored[end + 1]!.score === scored[start]!.score) end += 1;
    const equal = end - start + 1;
    const below = n - end - 1;
    const percentile = roundScore(new Exact(below).plus(new Exact(equal).div(2)).times(100).div(n), precision);
    for (let i = start; i <= end; i += 1) ranking.push({ ...scored[i]!, rank: start + 1, percentile });
    start = end + 1;
  }

  const stats = (pick: (a: CityAssessment) => number | null | undefined) =>
    cohortStatistics(cohortList.map(pick), precision);
  const cohort: AssessmentCohort = {
    size: cohortList.length,
    overall: stats((a) => a.overall.score),
    readiness: stats((a) => a.readiness.score),
    groups: (definition?.groups ?? []).map((group) => ({
      id: group.id,
      label: group.label,
      score: cohortStatistics(
        rows.map((r) => r.groups.get(group.id)?.score),
        precision,
      ),
    })),
    average: areaCohort(
      'average',
      'Average',
      cohortList.map((a) => a.average),
      precision,
    ),
    areas: (definition?.areas ?? []).map((area) =>
      areaCohort(
        area.id,
        area.label,
        rows.map((r) => r.areas.get(area.id)),
        precision,
      ),
    ),
    dimensions: (definition?.dimensions ?? []).map((dimension) => ({
      id: dimension.id,
      label: dimension.label,
      group: dimension.group,
      score: cohortStatistics(
        rows.map((r) => r.dimensions.get(dimension.id)?.score),
        precision,
      ),
    })),
  };
  const methodology =
    cohortList[0] === undefined
      ? null
      : { id: cohortList[0].methodology.id, version: cohortList[0].methodology.version };
  return deepFreeze({ by: typeof by === 'string' ? by : { ...by }, methodology, ranking, unranked, cohort });
}
