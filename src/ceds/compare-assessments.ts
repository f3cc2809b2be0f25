import { Exact } from '../core/decimal.js';
import { CedsInputError, type CedsIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { roundScore } from '../core/round.js';
import { diffMethodologies } from './diff-methodologies.js';
import { storedAssessmentReader } from './input/assessment.js';
import { sameMethodology } from './rank-assessments.js';
import type { AreaRow, CityAssessment, ScoreWithLevel } from './types.js';

/** A reported value in two assessments and how it moved. */
export interface ValueChange {
  /** The value in the earlier assessment, or null. */
  readonly before: number | null;
  /** The value in the later assessment, or null. */
  readonly after: number | null;
  /** `after − before`, exact on the reported values; null when either side is null. */
  readonly delta: number | null;
}

/** A score in two assessments, how it moved, and how many levels it moved. */
export interface ScoreChange extends ValueChange {
  /** `after.level − before.level` (e.g. +1 from Interactive to Transactional); null when either is unknown. */
  readonly levelChange: number | null;
}

/** How one row of the Area chart moved. */
export interface AreaRowChange {
  /** The area id, or `average`. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
  /** The area score. */
  readonly score: ScoreChange;
  /** Total service. */
  readonly totalServices: ValueChange;
  /** Operation (%). */
  readonly operationRate: ValueChange;
  /** Developing (%). */
  readonly developmentRate: ValueChange;
  /** Utilization (%). */
  readonly utilizationRate: ValueChange;
}

/** How one row of the Dimensions table moved. */
export interface DimensionRowChange {
  /** The dimension id. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
  /** The id of its group, e.g. `internal`. */
  readonly group: string;
  /** The dimension score. */
  readonly score: ScoreChange;
}

/** How one group row of the Dimensions table moved. */
export interface GroupRowChange {
  /** The group id. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
  /** The group score. */
  readonly score: ScoreChange;
}

/** Something that makes two assessments not comparable: a path in the assessment and both values. */
export interface AssessmentDifference {
  /** `changed` when both sides have a value, `added` when only the later one has, `removed` when only the earlier one has. */
  readonly kind: 'changed' | 'added' | 'removed';
  /**
   * Path in a `CityAssessment`, e.g. `['methodology', 'definition', 'areaWeights', 'operation']`
   * or `['city', 'id']` (areas and dimensions are keyed by id, as in `diffMethodologies`).
   */
  readonly path: readonly (string | number)[];
  /** The value in the earlier assessment; absent when `kind` is `added`. */
  readonly before?: unknown;
  /** The value in the later assessment; absent when `kind` is `removed`. */
  readonly after?: unknown;
}

/** The result of `compareAssessments`. */
export interface AssessmentComparison {
  /** True when both are of the same city and made under the same methodology. */
  readonly comparable: boolean;
  /** Why they are not comparable (empty when they are). */
  readonly differences: readonly AssessmentDifference[];
  /** The overall score. */
  readonly overall: ScoreChange;
  /** The `Overall level` of the Dimensions table. */
  readonly readiness: ScoreChange;
  /** Each group, in the same order rule as `areas`. */
  readonly groups: readonly GroupRowChange[];
  /** The `Average` row of the Area chart. */
  readonly average: AreaRowChange;
  /** Each area: the earlier assessment's areas in order, then any found only in the later one. */
  readonly areas: readonly AreaRowChange[];
  /** Each dimension, in the same order rule as `areas`. */
  readonly dimensions: readonly DimensionRowChange[];
}

function change(before: number | null | undefined, after: number | null | undefined, precision: number): ValueChange {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, delta: a === null || b === null ? null : roundScore(new Exact(a).minus(b), precision) };
}

function scoreChange(
  before: ScoreWithLevel | undefined,
  after: ScoreWithLevel | undefined,
  precision: number,
): ScoreChange {
  const from = before?.level?.level;
  const to = after?.level?.level;
  return {
    ...change(before?.score, after?.score, precision),
    levelChange: from === undefined || to === undefined ? null : to - from,
  };
}

function rowChange(
  id: string,
  label: string,
  before: AreaRow | undefined,
  after: AreaRow | undefined,
  precision: number,
): AreaRowChange {
  return {
    id,
    label,
    score: scoreChange(before, after, precision),
    totalServices: change(before?.totalServices, after?.totalServices, precision),
    operationRate: change(before?.operationRate, after?.operationRate, precision),
    developmentRate: change(before?.developmentRate, after?.developmentRate, precision),
    utilizationRate: change(before?.utilizationRate, after?.utilizationRate, precision),
  };
}

/**
 * The rows of both sides paired by id: the earlier side's rows in order, then those found only
 * in the later one. Linear in the number of rows.
 */
function pairById<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): { id: string; before: T | undefined; after: T | undefined; row: T }[] {
  const later = new Map<string, T>();
  for (const row of after) if (!later.has(row.id)) later.set(row.id, row);
  const seen = new Set<string>();
  const pairs: { id: string; before: T | undefined; after: T | undefined; row: T }[] = [];
  for (const row of before) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    pairs.push({ id: row.id, before: row, after: later.get(row.id), row });
  }
  for (const row of after) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    pairs.push({ id: row.id, before: undefined, after: row, row });
  }
  return pairs;
}

/**
 * Compares two assessments of a city (e.g. two editions, a year apart): per-row deltas of
 * every column, and level changes.
 *
 * The two are `comparable` only when they are of the same city and were made under the same
 * methodology, compared field by field (`diffMethodologies`), not only by id. Otherwise
 * `differences` names each path that differs, as a path in the assessment (e.g.
 * `['methodology', 'definition', 'areaWeights', 'operation']` or `['city', 'id']`); the
 * deltas are still computed, but they mix a change in the city with a change in the rules.
 *
 * A delta is `after − before` on the reported (rounded) values, exact, so it equals the
 * difference a reader computes from the two printed tables; null when either side is null.
 * `levelChange` is the number of levels gained (negative when lost).
 *
 * Both are validated first, as `cityAssessmentSchema` of `wego-ceds/schemas` does (an
 * assessment kept as JSON is input like any other), and compared as validated copies.
 *
 * @param before - the earlier assessment
 * @param after - the later assessment
 * @returns the comparison, deeply frozen
 * @throws CedsInputError when either is not a valid assessment, each issue at its path under
 *   `before` or `after` (e.g. `['after', 'areas', 0]`)
 *
 * @example
 * ```ts
 * import { assessCity, compareAssessments } from 'wego-ceds';
 * const input = (level) => ({ city: { id: 'seoul', name: 'Seoul' }, services: [
 *   { id: 's1', area: 'e-admin', name: 'Mail', status: 'operating', level, utilization: 50 }] });
 * const result = compareAssessments(assessCity(input(3)), assessCity(input(5)));
 * result.comparable; // => true
 * result.overall; // => { before: 70, after: 83.33, delta: 13.33, levelChange: 1 }
 * result.areas[0].developmentRate; // => { before: 60, after: 100, delta: 40 }
 * ```
 */
export function compareAssessments(before: CityAssessment, after: CityAssessment): AssessmentComparison {
  const read = storedAssessmentReader();
  const issues: CedsIssue[] = [];
  const earlier = read(before, ['before'], issues);
  const later = read(after, ['after'], issues);
  if (earlier === undefined || later === undefined) throw new CedsInputError(issues, 'assessments to compare');

  const differences: AssessmentDifference[] = [];
  if (earlier.city.id !== later.city.id)
    differences.push({ kind: 'changed', path: ['city', 'id'], before: earlier.city.id, after: later.city.id });
  const [a, b] = [earlier.methodology.definition, later.methodology.definition];
  if (!sameMethodology(a, b))
    for (const difference of diffMethodologies(a, b))
      differences.push({ ...difference, path: ['methodology', 'definition', ...difference.path] });
  // The exact difference of values with p₁ and p₂ decimals has at most max(p₁, p₂) decimals.
  const precision = Math.max(a.precision, b.precision);

  return deepFreeze({
    comparable: differences.length === 0,
    differences,
    overall: scoreChange(earlier.overall, later.overall, precision),
    readiness: scoreChange(earlier.readiness, later.readiness, precision),
    groups: pairById(earlier.groups, later.groups).map((p) => ({
      id: p.id,
      label: p.row.label,
      score: scoreChange(p.before, p.after, precision),
    })),
    average: rowChange('average', earlier.average.label, earlier.average, later.average, precision),
    areas: pairById(earlier.areas, later.areas).map((p) => rowChange(p.id, p.row.label, p.before, p.after, precision)),
    dimensions: pairById(earlier.dimensions, later.dimensions).map((p) => ({
      id: p.id,
      label: p.row.label,
      group: p.row.group,
      score: scoreChange(p.before, p.after, precision),
    })),
  });
}
