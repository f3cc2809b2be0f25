import { Exact, ZERO } from '../core/decimal.js';
import { safely, type CedsWarning, type SafeResult } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { roundScore } from '../core/round.js';
import { areaRow, type AreaFigures } from './areas.js';
import {
  resolveAssessOptions,
  type AssessCityOptions,
  type ResolvedAssessOptions,
  type ScoringPolicy,
} from './assess-options.js';
import { computeBudget } from './budget.js';
import { dimensionRow, scoreWithLevel, type ReadinessScore } from './dimensions.js';
import { explainAggregate } from './explain.js';
import { normaliseCityInput, type NormalisedCity } from './normalise.js';
import type {
  AssessmentCoverage,
  CityAssessment,
  CityAssessmentInput,
  Explanation,
  GroupRow,
  Methodology,
} from './types.js';
import { scoreCity, type CityScores } from './tree.js';
import { validateCityInput } from './validate-city-input.js';

function percentOf(part: Exact, whole: Exact, precision: number): number {
  return whole.isZero() ? 0 : roundScore(part.times(100).div(whole), precision);
}

function coverageOf(scores: CityScores, methodology: Methodology): AssessmentCoverage {
  const precision = methodology.precision;
  const withServices = scores.areas.filter((a) => a.totalServices > 0).length;
  const operating = scores.areas.reduce((sum, a) => sum + a.operating, 0);
  const reporting = scores.areas.reduce((sum, a) => sum + a.reportingUtilization, 0);
  // A dimension's share of the readiness is its share of its group times the group's share.
  const groupWeight = methodology.groups.reduce((sum, g) => sum.plus(g.weight), ZERO);
  let scoredShare = ZERO;
  for (const group of methodology.groups) {
    const members = methodology.dimensions.filter((d) => d.group === group.id);
    const total = members.reduce((sum, d) => sum.plus(d.weight), ZERO);
    if (total.isZero() || groupWeight.isZero()) continue;
    const scored = members
      .filter((d) => scores.dimensions.some((s) => s.id === d.id && s.score !== null))
      .reduce((sum, d) => sum.plus(d.weight), ZERO);
    scoredShare = scoredShare.plus(scored.div(total).times(group.weight).div(groupWeight));
  }
  return {
    areas:
      scores.areas.length === 0 ? null : percentOf(new Exact(withServices), new Exact(scores.areas.length), precision),
    utilization: operating === 0 ? null : percentOf(new Exact(reporting), new Exact(operating), precision),
    dimensions: methodology.dimensions.length === 0 ? null : roundScore(scoredShare.times(100), precision),
    overall: roundScore(scores.overall.aggregate.coverage.times(100), precision),
  };
}

function explanationsOf(
  scores: CityScores,
  methodology: Methodology,
  policy: ScoringPolicy,
): Record<string, Explanation> {
  const { precision, aggregation } = methodology;
  const explain = (aggregate: AreaFigures['aggregate'], method: Explanation['method'], minCoverage: number) =>
    explainAggregate(aggregate, method, precision, minCoverage);
  const out: Record<string, Explanation> = {};
  out['overall'] = explain(scores.overall.aggregate, aggregation.overall, 0);
  // Only the sides the methodology has are explained.
  if (methodology.dimensions.length > 0) {
    out['readiness'] = explain(scores.readiness.aggregate, aggregation.readiness, policy.minCoverage);
    for (const group of scores.readiness.groups)
      out[`groups.${group.id}`] = explain(group.aggregate, aggregation.group, policy.minCoverage);
    for (const dimension of scores.dimensions)
      out[`dimensions.${dimension.id}`] = explain(dimension.aggregate, aggregation.dimension, policy.minCoverage);
  }
  if (methodology.areas.length > 0) {
    // The Average is always a plain (weighted) mean with no coverage threshold.
    out['average'] = explain(scores.average.aggregate, 'arithmetic', 0);
    for (const area of scores.areas)
      out[`areas.${area.id}`] = explain(area.aggregate, aggregation.area, policy.minCoverage);
  }
  return out;
}

function groupRow(group: ReadinessScore['groups'][number], methodology: Methodology): GroupRow {
  return { id: group.id, label: group.label, ...scoreWithLevel(group.score, methodology) };
}

/**
 * Turns a normalised city and its exact figures into the frozen `CityAssessment`: rounded
 * once, levels of the rounded scores, coverage, warnings in a fixed order (areas, dimensions,
 * groups and readiness, overall, budget) and, unless `explain` is false, explanations.
 * @internal
 */
export function buildAssessment(
  city: NormalisedCity,
  scores: CityScores,
  options: ResolvedAssessOptions,
): CityAssessment {
  const { methodology, policy } = options;
  const budget = city.budget === null ? null : computeBudget(city.budget, methodology);
  const warnings: CedsWarning[] = [
    ...scores.areas.flatMap((a) => a.warnings),
    ...scores.warnings,
    ...scores.dimensions.flatMap((d) => d.warnings),
    ...scores.readiness.warnings,
    ...scores.overall.warnings,
    ...(budget?.warnings ?? []),
  ];
  const assessment: CityAssessment = {
    methodology: { id: methodology.id, version: methodology.version, definition: methodology },
    city: city.city,
    period: city.period,
    areas: scores.areas.map((a) => areaRow(a, methodology)),
    average: areaRow(scores.average, methodology),
    services: city.services,
    dimensions: scores.dimensions.map((d) => dimensionRow(d, methodology)),
    groups: scores.readiness.groups.map((g) => groupRow(g, methodology)),
    readiness: scoreWithLevel(scores.readiness.score, methodology),
    overall: scoreWithLevel(scores.overall.score, methodology),
    budget: budget?.summary ?? null,
    coverage: coverageOf(scores, methodology),
    warnings,
    explanations: options.explain ? explanationsOf(scores, methodology, policy) : {},
  };
  return deepFreeze(assessment);
}

/** Normalises, scores and builds a validated input, with options already resolved. @internal */
export function assessValid(valid: CityAssessmentInput, options: ResolvedAssessOptions): CityAssessment {
  const city = normaliseCityInput(valid, options.methodology);
  return buildAssessment(city, scoreCity(city, options.methodology, options.policy), options);
}

/** Validates (reading the input once), normalises, scores and builds, with options already resolved. @internal */
export function assessWith(input: unknown, options: ResolvedAssessOptions): CityAssessment {
  return assessValid(validateCityInput(input, options.methodology, options.policy.missing), options);
}

/**
 * Scores a city the way the CeDS report does: the Area chart (one row per area and the
 * `Average`), the services, the Dimensions table (dimensions, Internal and External groups,
 * and the `Overall level`), the overall score, budget vs spending, coverage, warnings and an
 * explanation of every score. Validates everything first and reports every problem at once.
 *
 * @param input - the city, its services, readiness dimensions and (optionally) budget
 * @param options - `methodology` (default `defaultMethodology`), `missingData` and
 *   `minCoverage` overrides, and `explain: false` for lean results
 * @returns a deeply frozen, JSON-serialisable `CityAssessment`
 * @throws CedsInputError when the input or the options break a rule; `issues` says where
 *
 * @example
 * ```ts
 * import { assessCity } from 'wego-ceds';
 * const result = assessCity({
 *   city: { id: 'seoul', name: 'Seoul', country: 'KR' },
 *   services: [
 *     { id: 'mail', area: 'e-admin', name: 'ipMail', status: 'operating', level: 5, utilization: 80 },
 *     { id: 'docs', area: 'e-admin', name: 'e-Docs', status: 'operating', level: 3, utilization: 60 },
 *     { id: 'hr', area: 'e-admin', name: 'HR', status: 'developing', level: 2 },
 *     { id: 'gis', area: 'e-admin', name: 'GIS', status: 'absent', level: 0 },
 *   ],
 * });
 * result.areas[0]; // => { id: 'e-admin', label: 'e-Admin', totalServices: 4, operationRate: 50, developmentRate: 50, utilizationRate: 70, score: 56.67, level: { level: 3, name: 'Interactive' } }
 * result.overall.score; // => 56.67
 * result.warnings.map((w) => w.code); // => ['empty-area', 'empty-area', 'empty-area', 'no-readiness-data', 'one-side-only']
 * result.explanations['areas.e-admin'].components.map((c) => c.id); // => ['operation', 'development', 'utilization']
 * ```
 */
export function assessCity(input: CityAssessmentInput, options?: AssessCityOptions): CityAssessment {
  return assessWith(input, resolveAssessOptions(options));
}

/**
 * Like `assessCity`, but returns `{ success: true, data }` or `{ success: false, error }`
 * instead of throwing for bad input. It never throws for any input or options: a getter or a
 * Proxy that throws while they are read (once) becomes an `unreadable` issue at the path read.
 * The outcome, its error and the issues are frozen.
 *
 * @param input - as for `assessCity`
 * @param options - as for `assessCity`
 * @returns the assessment, or the `CedsInputError` that `assessCity` would have thrown
 *
 * @example
 * ```ts
 * import { safeAssessCity } from 'wego-ceds';
 * const bad = safeAssessCity({
 *   city: { id: 'x', name: 'X' },
 *   services: [{ id: 's', area: 'e-admin', name: 'S', status: 'absent', level: 3 }],
 * });
 * bad.success; // => false
 * bad.error.issues.map((i) => i.path); // => [['services', 0, 'level']]
 * safeAssessCity({ city: { id: 'x', name: 'X' }, services: [] }).success; // => true
 * Object.isFrozen(bad); // => true
 * ```
 */
export function safeAssessCity(input: CityAssessmentInput, options?: AssessCityOptions): SafeResult<CityAssessment> {
  return safely(() => assessCity(input, options));
}
