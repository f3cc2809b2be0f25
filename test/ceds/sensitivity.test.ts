import { describe, expect, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { analyzeSensitivity } from '../../src/ceds/sensitivity.js';
import type { CityAssessmentInput } from '../../src/ceds/types.js';
import { issuesOf } from '../issues-of.js';

const city: CityAssessmentInput = {
  city: { id: 'seoul', name: 'Seoul' },
  services: [
    { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 3, utilization: 40 },
    { id: 'gis', area: 'e-city', name: 'GIS', status: 'developing', level: 2 },
    { id: 'erp', area: 'e-industry', name: 'ERP', status: 'operating', level: 5, utilization: 95.5 },
  ],
  dimensions: [
    {
      id: 'ict-network',
      indicators: [
        { id: 'a', kind: 'likert', value: 2 },
        { id: 'b', kind: 'percent', value: 90, weight: 2 },
      ],
    },
    { id: 'citizen-readiness', score: 55 },
    { id: 'public-service-infrastructure', score: 61 },
    { id: 'governance-mechanism', score: 30 },
    {
      id: 'policy-institution',
      indicators: [
        { id: 'law', kind: 'boolean', value: true },
        { id: 'plan', kind: 'likert', value: 3, weight: 3 },
      ],
    },
  ],
};

describe('analyzeSensitivity', () => {
  test('pins the result of a known city and seed (the same on every platform)', () => {
    expect(analyzeSensitivity(city, { runs: 500, seed: 2015, jitter: 0.25 })).toEqual({
      baseline: 57.78,
      level: { level: 3, name: 'Interactive' },
      runs: 500,
      scoredRuns: 500,
      min: 55.25,
      p5: 56.32,
      median: 57.78,
      p95: 59.03,
      max: 60.14,
      stability: 0.998,
      levels: [
        { level: 1, name: 'Emerging', runs: 0 },
        { level: 2, name: 'Enhanced', runs: 0 },
        { level: 3, name: 'Interactive', runs: 499 },
        { level: 4, name: 'Transactional', runs: 1 },
        { level: 5, name: 'Seamless', runs: 0 },
      ],
    });
  });

  test('the same seed gives a deep-equal result; another seed another one', () => {
    const options = { runs: 300, seed: 7, jitter: 0.3 };
    expect(analyzeSensitivity(city, options)).toEqual(analyzeSensitivity(city, options));
    expect(analyzeSensitivity(city, { ...options, seed: 8 })).not.toEqual(analyzeSensitivity(city, options));
  });

  test('the baseline is the overall score assessCity reports', () => {
    const result = analyzeSensitivity(city, { runs: 5, seed: 1, jitter: 0.1 });
    const assessment = assessCity(city);
    expect(result.baseline).toBe(assessment.overall.score);
    expect(result.level).toEqual(assessment.overall.level);
  });

  test('with jitter 0 every statistic is the baseline and stability is 1', () => {
    const result = analyzeSensitivity(city, { runs: 50, seed: 3, jitter: 0 });
    for (const key of ['min', 'p5', 'median', 'p95', 'max'] as const) expect(result[key]).toBe(57.78);
    expect(result.stability).toBe(1);
    expect(result.levels.find((l) => l.level === 3)!.runs).toBe(50);
  });

  test('percentiles are nearest-rank: with 10 runs p5 is the lowest and p95 the highest', () => {
    const result = analyzeSensitivity(city, { runs: 10, seed: 11, jitter: 0.5 });
    expect(result.p5).toBe(result.min);
    expect(result.p95).toBe(result.max);
    expect(result.min!).toBeLessThan(result.max!);
  });

  test('a city on a level edge is unstable, and the level counts add up', () => {
    const edge: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: [{ id: 's', area: 'e-admin', name: 'S', status: 'operating', level: 3, utilization: 20 }],
    };
    // Operation 100, Developing 60, Utilization 20: exactly 60, the edge of level 4.
    const result = analyzeSensitivity(edge, { runs: 400, seed: 5, jitter: 0.2 });
    expect(result.baseline).toBe(60);
    expect(result.stability).toBeGreaterThan(0.2);
    expect(result.stability).toBeLessThan(0.8);
    expect(result.levels.reduce((sum, l) => sum + l.runs, 0)).toBe(400);
    expect(result.stability).toBe(result.levels.find((l) => l.level === 4)!.runs / 400);
  });

  test('uses the given methodology and missing-data overrides', () => {
    const servicesOnly = defineMethodology({ id: 'services-only', overallWeights: { readiness: 0 } });
    const result = analyzeSensitivity(city, { runs: 20, seed: 1, jitter: 0.2, methodology: servicesOnly });
    expect(result.baseline).toBe(assessCity(city, { methodology: servicesOnly }).overall.score);
    const zero = analyzeSensitivity(city, { runs: 20, seed: 1, jitter: 0, missingData: 'zero', minCoverage: 0 });
    expect(zero.baseline).toBe(assessCity(city, { missingData: 'zero', minCoverage: 0 }).overall.score);
  });

  test('a city without an overall score has no statistics', () => {
    const result = analyzeSensitivity(
      { city: { id: 'x', name: 'X' }, services: [] },
      { runs: 3, seed: 1, jitter: 0.2 },
    );
    expect(result).toMatchObject({
      baseline: null,
      level: null,
      scoredRuns: 0,
      min: null,
      p5: null,
      median: null,
      p95: null,
      max: null,
      stability: 1,
    });
  });

  test('the result is frozen plain data that survives JSON', () => {
    const result = analyzeSensitivity(city, { runs: 5, seed: 1, jitter: 0.2 });
    expect(Object.isFrozen(result.levels[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('rejects bad options with paths', () => {
    const ok = { runs: 10, seed: 1, jitter: 0.2 };
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, runs: 0 }))[0]!.path).toEqual(['runs']);
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, runs: 100001 }))[0]!.code).toBe('too_big');
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, runs: 2.5 }))[0]!.path).toEqual(['runs']);
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, seed: 0.5 }))[0]!.path).toEqual(['seed']);
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, seed: 2 ** 53 }))[0]!.path).toEqual(['seed']);
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, jitter: 1 }))[0]!.path).toEqual(['jitter']);
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, jitter: -0.1 }))[0]!.code).toBe('too_small');
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, jitter: Number.NaN }))[0]!.path).toEqual(['jitter']);
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, extra: true } as never))[0]!.code).toBe(
      'unrecognized_keys',
    );
    expect(issuesOf(() => analyzeSensitivity(city, undefined as never))[0]!.code).toBe('invalid_type');
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, methodology: { id: 'x' } as never }))[0]!.path[0]).toBe(
      'methodology',
    );
    expect(issuesOf(() => analyzeSensitivity(city, { ...ok, missingData: 'maybe' as never }))[0]!.path).toEqual([
      'missingData',
    ]);
  });

  test('rejects a bad city input', () => {
    expect(
      issuesOf(() =>
        analyzeSensitivity(
          {
            city: { id: 'x', name: 'X' },
            services: [{ id: 's', area: 'nowhere', name: 'S', status: 'planned', level: 0 }],
          },
          { runs: 1, seed: 1, jitter: 0 },
        ),
      )[0]!.path,
    ).toEqual(['services', 0, 'area']);
  });
});
