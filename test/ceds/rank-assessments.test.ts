import { describe, expect, test } from 'vitest';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import { cohortStatistics, rankAssessments } from '../../src/ceds/rank-assessments.js';
import type { Methodology } from '../../src/ceds/types.js';
import { fixtureAssessment } from './assessment-fixture.js';
import { issuesOf } from '../issues-of.js';

const byOverall = (scores: Record<string, number | null>) =>
  Object.entries(scores).map(([cityId, overall]) => fixtureAssessment({ cityId, overall }));

describe('rankAssessments', () => {
  test('scores 90, 85, 85, 70 rank 1, 2, 2, 4 (standard competition ranking)', () => {
    const result = rankAssessments(byOverall({ d: 70, b: 85, a: 90, c: 85 }));
    expect(result.ranking.map((r) => [r.cityId, r.score, r.rank])).toEqual([
      ['a', 90, 1],
      ['b', 85, 2],
      ['c', 85, 2],
      ['d', 70, 4],
    ]);
  });

  test('percentile is 100 × (below + ½ × equal) / N, rounded to the precision', () => {
    const result = rankAssessments(byOverall({ a: 90, b: 85, c: 85, d: 70 }));
    // a: (3 + 0.5) / 4; b, c: (1 + 1) / 4; d: (0 + 0.5) / 4.
    expect(result.ranking.map((r) => r.percentile)).toEqual([87.5, 50, 50, 12.5]);
    const thirds = rankAssessments(byOverall({ a: 3, b: 2, c: 1 }));
    expect(thirds.ranking.map((r) => r.percentile)).toEqual([83.33, 50, 16.67]);
  });

  test('a lone city sits at the 50th percentile, and all-equal cities too', () => {
    expect(rankAssessments(byOverall({ a: 40 })).ranking).toEqual([
      { cityId: 'a', score: 40, rank: 1, percentile: 50 },
    ]);
    expect(rankAssessments(byOverall({ a: 40, b: 40, c: 40 })).ranking.map((r) => [r.rank, r.percentile])).toEqual([
      [1, 50],
      [1, 50],
      [1, 50],
    ]);
  });

  test('equal scores are listed by city id, whatever the input order', () => {
    const result = rankAssessments(byOverall({ zeta: 50, alpha: 50, mid: 50 }));
    expect(result.ranking.map((r) => r.cityId)).toEqual(['alpha', 'mid', 'zeta']);
  });

  test('cities without a score are unranked, with the reason, and leave N', () => {
    const result = rankAssessments(byOverall({ a: 60, b: null, c: 20 }));
    expect(result.ranking.map((r) => [r.cityId, r.rank, r.percentile])).toEqual([
      ['a', 1, 75],
      ['c', 2, 25],
    ]);
    expect(result.unranked).toEqual([{ cityId: 'b', reason: 'no overall score' }]);
  });

  test('ranks by readiness, by an area or by a dimension', () => {
    const cities = [
      fixtureAssessment({
        cityId: 'a',
        overall: 50,
        readiness: 10,
        areas: { 'e-city': { score: 90 } },
        dimensions: { 'ict-network': 20 },
      }),
      fixtureAssessment({
        cityId: 'b',
        overall: 60,
        readiness: 30,
        areas: { 'e-city': { score: 80 } },
        dimensions: { 'ict-network': 40 },
      }),
      fixtureAssessment({ cityId: 'c', overall: 70, readiness: null, areas: {}, dimensions: {} }),
    ];
    expect(rankAssessments(cities, { by: 'readiness' }).ranking.map((r) => r.cityId)).toEqual(['b', 'a']);
    const byArea = rankAssessments(cities, { by: { area: 'e-city' } });
    expect(byArea.by).toEqual({ area: 'e-city' });
    expect(byArea.ranking.map((r) => [r.cityId, r.score])).toEqual([
      ['a', 90],
      ['b', 80],
    ]);
    expect(byArea.unranked).toEqual([{ cityId: 'c', reason: 'no score for area "e-city"' }]);
    const byDimension = rankAssessments(cities, { by: { dimension: 'ict-network' } });
    expect(byDimension.ranking.map((r) => r.cityId)).toEqual(['b', 'a']);
    expect(byDimension.unranked).toEqual([{ cityId: 'c', reason: 'no score for dimension "ict-network"' }]);
    expect(rankAssessments(cities, { by: 'readiness' }).unranked).toEqual([
      { cityId: 'c', reason: 'no readiness score' },
    ]);
  });

  test('the cohort summarises every row over the cities that have a value', () => {
    const cities = [
      fixtureAssessment({
        cityId: 'a',
        overall: 50,
        readiness: 40,
        groups: { internal: 30, external: 50 },
        average: { score: 60, totalServices: 10, operationRate: 50, developmentRate: 40, utilizationRate: 90 },
        areas: {
          'e-admin': { score: 60, totalServices: 4, operationRate: 50, developmentRate: 40, utilizationRate: 90 },
        },
        dimensions: { 'governance-mechanism': 10 },
      }),
      fixtureAssessment({
        cityId: 'b',
        overall: 61,
        readiness: 45,
        groups: { internal: 35, external: null },
        average: { score: 70, totalServices: 13, operationRate: 60, developmentRate: 45, utilizationRate: null },
        areas: {
          'e-admin': { score: 70, totalServices: 5, operationRate: 60, developmentRate: 45, utilizationRate: null },
        },
        dimensions: { 'governance-mechanism': 20 },
      }),
      fixtureAssessment({
        cityId: 'c',
        overall: 72.01,
        readiness: 50,
        groups: { internal: 40, external: 60 },
        dimensions: { 'governance-mechanism': 33.33 },
      }),
    ];
    const { cohort } = rankAssessments(cities);
    expect(cohort.size).toBe(3);
    expect(cohort.overall).toEqual({ count: 3, mean: 61, median: 61, min: 50, max: 72.01 });
    expect(cohort.readiness).toEqual({ count: 3, mean: 45, median: 45, min: 40, max: 50 });
    expect(cohort.groups).toEqual([
      { id: 'internal', label: 'Internal', score: { count: 3, mean: 35, median: 35, min: 30, max: 40 } },
      { id: 'external', label: 'External', score: { count: 2, mean: 55, median: 55, min: 50, max: 60 } },
    ]);
    expect(cohort.average).toEqual({
      id: 'average',
      label: 'Average',
      score: { count: 2, mean: 65, median: 65, min: 60, max: 70 },
      totalServices: { count: 3, mean: 7.67, median: 10, min: 0, max: 13 },
      operationRate: { count: 2, mean: 55, median: 55, min: 50, max: 60 },
      developmentRate: { count: 2, mean: 42.5, median: 42.5, min: 40, max: 45 },
      utilizationRate: { count: 1, mean: 90, median: 90, min: 90, max: 90 },
    });
    expect(cohort.areas.map((a) => a.id)).toEqual(defaultMethodology.areas.map((a) => a.id));
    expect(cohort.areas[0]!.score).toEqual({ count: 2, mean: 65, median: 65, min: 60, max: 70 });
    expect(cohort.areas[1]!.score).toEqual({ count: 0, mean: null, median: null, min: null, max: null });
    expect(cohort.dimensions[0]).toEqual({
      id: 'governance-mechanism',
      label: 'Governance Mechanism',
      group: 'internal',
      score: { count: 3, mean: 21.11, median: 20, min: 10, max: 33.33 },
    });
  });

  test('cohort means are exact until the final rounding', () => {
    // Floats would give 0.1 + 0.2 = 0.30000000000000004 before dividing.
    expect(cohortStatistics([0.1, 0.2, 0.3], 2)).toEqual({ count: 3, mean: 0.2, median: 0.2, min: 0.1, max: 0.3 });
    expect(cohortStatistics([1.005, 1.005], 2).mean).toBe(1.01);
    expect(cohortStatistics([null, undefined], 2)).toEqual({
      count: 0,
      mean: null,
      median: null,
      min: null,
      max: null,
    });
  });

  test('statistics follow the methodology precision', () => {
    const precise: Methodology = { ...defaultMethodology, precision: 3 };
    const result = rankAssessments([
      fixtureAssessment({ cityId: 'a', overall: 1, methodology: precise }),
      fixtureAssessment({ cityId: 'b', overall: 2, methodology: precise }),
      fixtureAssessment({ cityId: 'c', overall: 2, methodology: precise }),
    ]);
    expect(result.cohort.overall.mean).toBe(1.667);
    expect(result.ranking.map((r) => r.percentile)).toEqual([66.667, 66.667, 16.667]);
  });

  test('an empty cohort ranks nobody', () => {
    const result = rankAssessments([]);
    expect(result.ranking).toEqual([]);
    expect(result.methodology).toBeNull();
    expect(result.cohort.size).toBe(0);
    expect(result.cohort.areas).toEqual([]);
    expect(result.cohort.overall.count).toBe(0);
  });

  test('the result is frozen plain data that survives JSON', () => {
    const result = rankAssessments(byOverall({ a: 90, b: 85 }));
    expect(Object.isFrozen(result.ranking[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.methodology).toEqual({ id: 'ceds-deck-2015', version: '1.0.0' });
  });

  test('a city given twice is an error naming both places', () => {
    const issues = issuesOf(() => rankAssessments(byOverall({ a: 1, b: 2 }).concat(byOverall({ a: 3 }))));
    expect(issues).toEqual([
      { path: [2, 'city', 'id'], code: 'duplicate_id', message: 'City "a" is already at index 0' },
    ]);
  });

  test('assessments made under different methodologies are an error naming the first difference', () => {
    const reweighted: Methodology = { ...defaultMethodology, overallWeights: { services: 2, readiness: 1 } };
    const issues = issuesOf(() =>
      rankAssessments([
        fixtureAssessment({ cityId: 'a', overall: 1 }),
        fixtureAssessment({ cityId: 'b', overall: 2, methodology: reweighted }),
      ]),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual([1, 'methodology']);
    expect(issues[0]!.code).toBe('mixed_methodologies');
    expect(issues[0]!.message).toContain('methodology.definition.overallWeights.services differs');
    const other = issuesOf(() =>
      rankAssessments([
        fixtureAssessment({ cityId: 'a', overall: 1 }),
        fixtureAssessment({ cityId: 'b', overall: 2, methodology: platformMethodology }),
      ]),
    );
    expect(other[0]!.code).toBe('mixed_methodologies');
  });

  test('rejects what is not a list of assessments', () => {
    expect(issuesOf(() => rankAssessments({} as never))[0]!.code).toBe('invalid_type');
    const issues = issuesOf(() => rankAssessments([null, { city: { id: 'x' } }] as never));
    expect(issues[0]).toEqual({
      path: [0],
      code: 'invalid_type',
      message: 'Expected a CityAssessment, as returned by assessCity',
    });
    // Everything else the second one lacks, each at its own path.
    expect(issues).toContainEqual(expect.objectContaining({ path: [1, 'methodology'], code: 'invalid_type' }));
    expect(issues).toContainEqual(expect.objectContaining({ path: [1, 'city', 'name'], code: 'invalid_type' }));
    expect(issues.every((i) => i.path[0] === 0 || i.path[0] === 1)).toBe(true);
  });

  // The shape before groups became a list: { internal, external }. Rejected at its path, never
  // a TypeError from inside the ranking.
  test('rejects an assessment whose groups are not a list', () => {
    const current = fixtureAssessment({ cityId: 'a', overall: 50 });
    const stale = { ...fixtureAssessment({ cityId: 'b', overall: 40 }), groups: { internal: current.groups[0] } };
    expect(issuesOf(() => rankAssessments([current, stale] as never))).toEqual([
      { path: [1, 'groups'], code: 'invalid_type', message: 'Expected array' },
    ]);
  });

  test('validates the values of every assessment, not only its shape', () => {
    const edited = structuredClone(fixtureAssessment({ cityId: 'b', overall: 40 })) as any;
    edited.overall.score = 'abc';
    edited.areas[1].score = NaN;
    edited.dimensions[0] = { ...edited.dimensions[0], score: 55, level: { level: 1, name: 'Emerging' } };
    delete edited.methodology.definition.precision;
    const issues = issuesOf(() => rankAssessments([fixtureAssessment({ cityId: 'a', overall: 50 }), edited]));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [[1, 'areas', 1, 'score'], 'invalid_type'],
      [[1, 'overall', 'score'], 'invalid_type'],
    ]);
    // With the shape mended, the methodology and then the levels are checked.
    edited.overall.score = 40;
    edited.areas[1].score = null;
    expect(issuesOf(() => rankAssessments([edited])).map((i) => [i.path, i.code])).toEqual([
      [[0, 'methodology', 'definition', 'precision'], 'invalid_type'],
    ]);
    edited.methodology.definition.precision = 2;
    expect(issuesOf(() => rankAssessments([edited]))).toEqual([
      {
        path: [0, 'dimensions', 0, 'level'],
        code: 'invalid_level',
        message: 'The score 55 is at level 3 ("Interactive") under the methodology',
      },
    ]);
  });

  test('ranks the validated copy: a stored -0 ranks as 0', () => {
    const zero = structuredClone(fixtureAssessment({ cityId: 'z', overall: 0 })) as any;
    zero.overall.score = -0;
    const result = rankAssessments([zero, fixtureAssessment({ cityId: 'a', overall: 10 })]);
    expect(Object.is(result.ranking[1]!.score, 0)).toBe(true);
    expect(Object.is(result.cohort.overall.min, 0)).toBe(true);
  });

  test('rejects bad options and unknown rows', () => {
    const cities = byOverall({ a: 1 });
    expect(issuesOf(() => rankAssessments(cities, { by: 'average' as never }))[0]!.path).toEqual(['by']);
    expect(issuesOf(() => rankAssessments(cities, { by: { area: 'e-life' } }))).toEqual([
      { path: ['by', 'area'], code: 'unknown_area', message: 'The methodology has no area "e-life"' },
    ]);
    expect(issuesOf(() => rankAssessments(cities, { by: { dimension: 'nope' } }))).toEqual([
      { path: ['by', 'dimension'], code: 'unknown_dimension', message: 'The methodology has no dimension "nope"' },
    ]);
    expect(issuesOf(() => rankAssessments(cities, { extra: 1 } as never))[0]!.code).toBe('unrecognized_keys');
  });
});
