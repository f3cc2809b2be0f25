import { describe, expect, test } from 'vitest';
import { scoreArea, scoreAreas, scoreAverage } from '../../src/ceds/areas.js';
import { scoringPolicy } from '../../src/ceds/assess-options.js';
import { scoreOverall } from '../../src/ceds/overall.js';
import { assessCity, CedsInputError, defaultMethodology, defineMethodology } from '../../src/index.js';
import type { ServiceRecord } from '../../src/index.js';
import { absent, city, contributionSum, dev, op, sixDimensions, thrown } from './assess-fixtures.js';

// The acceptance example: operating L5 at 80 %, operating L3 at 60 %, developing L2, absent L0.
const fourServices = [op('a', 5, 80), op('b', 3, 60), dev('c', 2), absent('d')];

describe('the area chart', () => {
  test('the four-service worked example gives 4 / 50.00 / 50.00 / 70.00 / 56.67, level 3 Interactive', () => {
    // Total = 4 applicable services.
    // Operation = 100 × 2 operating / 4 = 50.
    // Developing = 100 × (5 + 3 + 2 + 0) / (5 × 4) = 100 × 10 / 20 = 50.
    // Utilization = mean of the operating services that report one = (80 + 60) / 2 = 70.
    // Score = (50 + 50 + 70) / 3 = 56.666… → 56.67, in the 40–60 band: level 3 Interactive.
    const result = assessCity(city(fourServices));
    expect(result.areas[0]).toEqual({
      id: 'e-admin',
      label: 'e-Admin',
      totalServices: 4,
      operationRate: 50,
      developmentRate: 50,
      utilizationRate: 70,
      score: 56.67,
      level: { level: 3, name: 'Interactive' },
    });
    const explanation = result.explanations['areas.e-admin']!;
    expect(explanation.components.map((c) => [c.id, c.value])).toEqual([
      ['operation', '50'],
      ['development', '50'],
      ['utilization', '70'],
    ]);
    expect(explanation.unrounded).toMatch(/^56\.6666666666666666666/);
    expect(contributionSum(explanation).equals(explanation.unrounded!)).toBe(true);
  });

  test('an absent service counts 0 towards Developing and stays in Total service', () => {
    // Developing = 100 × (4 + 0) / (5 × 2) = 40; Operation = 100 × 1 / 2 = 50.
    const row = assessCity(city([op('a', 4, 50), absent('b')])).areas[0]!;
    expect([row.totalServices, row.operationRate, row.developmentRate]).toEqual([2, 50, 40]);
  });

  test('an area without applicable services has no score, warns empty-area and stays out of the Average', () => {
    const result = assessCity(city(fourServices));
    expect(result.areas[1]).toEqual({
      id: 'e-industry',
      label: 'e-Industry',
      totalServices: 0,
      operationRate: null,
      developmentRate: null,
      utilizationRate: null,
      score: null,
      level: null,
    });
    expect(result.warnings.filter((w) => w.code === 'empty-area').map((w) => w.path)).toEqual([
      ['areas', 'e-industry'],
      ['areas', 'e-city'],
      ['areas', 'e-info'],
    ]);
    // Only e-Admin counts: the Average equals it.
    expect(result.average).toMatchObject({
      totalServices: 4,
      operationRate: 50,
      developmentRate: 50,
      utilizationRate: 70,
      score: 56.67,
    });
    expect(result.explanations['average']!.excluded.map((e) => e.id)).toEqual(['e-industry', 'e-city', 'e-info']);
  });

  test('a non-applicable service leaves every denominator, with one warning per area', () => {
    const out = { ...op('z', 1, 0), applicable: false };
    const outToo = { ...absent('y'), applicable: false };
    const base = assessCity(city(fourServices)).areas[0];
    const result = assessCity(city([...fourServices, out, outToo]));
    expect(result.areas[0]).toEqual(base);
    const warnings = result.warnings.filter((w) => w.code === 'non-applicable-services');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toEqual(['areas', 'e-admin']);
    expect(warnings[0]!.message).toContain('"y", "z"');
    expect(result.services.find((s) => s.id === 'z')!.applicable).toBe(false);
  });

  test('an area whose services are all non-applicable is empty', () => {
    const result = assessCity(city([{ ...op('a', 3, 50), applicable: false }]));
    expect(result.areas[0]!.score).toBeNull();
    expect(result.warnings.map((w) => w.code).slice(0, 2)).toEqual(['empty-area', 'non-applicable-services']);
  });

  test('Utilization is the mean of the operating services that report one', () => {
    // Operation 100, Developing 100 × (4 + 2) / 10 = 60, Utilization = 40 (only "b" reports).
    // Score = (100 + 60 + 40) / 3 = 66.67.
    const result = assessCity(city([op('a', 4), op('b', 2, 40)]));
    expect(result.areas[0]).toMatchObject({ utilizationRate: 40, score: 66.67 });
    const warning = result.warnings.find((w) => w.code === 'missing-utilization')!;
    expect(warning.path).toEqual(['areas', 'e-admin']);
    expect(warning.message).toContain('"a"');
    expect(result.coverage.utilization).toBe(50);
  });

  describe('an area with no reported utilization, under each missing-data policy', () => {
    // Operating L3 without utilization and developing L1: Operation 100 × 1 / 2 = 50,
    // Developing 100 × (3 + 1) / 10 = 40, Utilization: none.
    const services = [op('a', 3), dev('b', 1)];

    test('exclude (the default) renormalises the two remaining weights: (50 + 40) / 2 = 45', () => {
      const result = assessCity(city(services));
      expect(result.areas[0]).toMatchObject({
        operationRate: 50,
        developmentRate: 40,
        utilizationRate: null,
        score: 45,
      });
      expect(result.explanations['areas.e-admin']!.excluded).toEqual([
        { id: 'utilization', reason: 'no operating service reports a utilization' },
      ]);
      expect(result.explanations['areas.e-admin']!.coverage).toBe(66.67);
    });

    test('zero counts it as 0: (50 + 40 + 0) / 3 = 30', () => {
      const result = assessCity(city(services), { missingData: 'zero' });
      expect(result.areas[0]).toMatchObject({
        utilizationRate: null,
        score: 30,
        level: { level: 2, name: 'Enhanced' },
      });
      expect(result.warnings.find((w) => w.code === 'missing-utilization')!.message).toContain('counted as 0');
    });

    test('error rejects the input at the service that lacks it', () => {
      const error = thrown(() => assessCity(city(services, { dimensions: sixDimensions }), { missingData: 'error' }));
      expect(error).toBeInstanceOf(CedsInputError);
      expect((error as CedsInputError).issues).toEqual([
        expect.objectContaining({ path: ['services', 0, 'utilization'], code: 'missing_data' }),
      ]);
    });

    test('error accepts an area without any operating service (nothing is missing): (0 + 40) / 2 = 20', () => {
      const result = assessCity(city([dev('a', 2), dev('b', 2)], { dimensions: sixDimensions }), {
        missingData: 'error',
      });
      expect(result.areas[0]).toMatchObject({
        operationRate: 0,
        developmentRate: 40,
        utilizationRate: null,
        score: 20,
      });
    });

    test('the minimum coverage withholds the score when too little weight carries data', () => {
      // Utilization carries 3 of 5 weights; without it only 40 % of the weight has data.
      const methodology = defineMethodology({ areaWeights: { operation: 1, development: 1, utilization: 3 } });
      const result = assessCity(city(services), { methodology });
      expect(result.areas[0]).toMatchObject({ operationRate: 50, score: null, level: null });
      expect(result.warnings.find((w) => w.code === 'below-coverage')!.path).toEqual(['areas', 'e-admin']);
      const explanation = result.explanations['areas.e-admin']!;
      expect(explanation.unrounded).toBeNull();
      expect(explanation.components).toEqual([]);
      expect(explanation.excluded.map((e) => e.id)).toEqual(['utilization', 'operation', 'development']);
      // With a lower threshold for this call, it has a score again: (50 + 40) / 2 = 45.
      expect(assessCity(city(services), { methodology, minCoverage: 40 }).areas[0]!.score).toBe(45);
      expect(result.average.score).toBeNull();
    });
  });

  test('geometric aggregation: one zero rate pulls the area score to zero', () => {
    // All developing at level 5: Operation 0, Developing 100, no utilization.
    // Arithmetic (0 + 100) / 2 = 50; geometric 0^½ × 100^½ = 0.
    const services = [dev('a', 5), dev('b', 5)];
    const methodology = defineMethodology({ aggregation: { area: 'geometric' } });
    expect(assessCity(city(services)).areas[0]!.score).toBe(50);
    const result = assessCity(city(services), { methodology });
    expect(result.areas[0]).toMatchObject({ score: 0, level: { level: 1, name: 'Emerging' } });
    const explanation = result.explanations['areas.e-admin']!;
    expect(explanation.method).toBe('geometric');
    expect(explanation.unrounded).toBe('0');
    expect(explanation.components.map((c) => c.contribution)).toEqual(['0', '0']);
  });

  test('geometric aggregation without a zero: (50 × 50 × 80)^(1/3) = 58.48', () => {
    // Operation 100 × 1 / 2 = 50, Developing 100 × (2 + 3) / 10 = 50, Utilization 80.
    // Geometric: (50 × 50 × 80)^(1/3) = 200 000^(1/3) = 58.480…
    const methodology = defineMethodology({ aggregation: { area: 'geometric' } });
    const result = assessCity(city([op('a', 2, 80), dev('b', 3)]), { methodology });
    expect(result.areas[0]).toMatchObject({
      operationRate: 50,
      developmentRate: 50,
      utilizationRate: 80,
      score: 58.48,
    });
    const explanation = result.explanations['areas.e-admin']!;
    expect(contributionSum(explanation).equals(explanation.unrounded!)).toBe(true);
  });

  describe('the Average row', () => {
    // e-Admin: the four-service example (4 services, score 56.666…).
    // e-City: one operating L5 service at 100 % (1 service, every rate 100, score 100).
    const services = [...fourServices, op('e', 5, 100, 'e-city')];

    test('equal weighting: the plain mean of the areas that have a value', () => {
      // Operation (50 + 100) / 2 = 75; Developing 75; Utilization (70 + 100) / 2 = 85;
      // Score (56.666… + 100) / 2 = 78.333… → 78.33, level 4.
      expect(assessCity(city(services)).average).toEqual({
        id: 'average',
        label: 'Average',
        totalServices: 5,
        operationRate: 75,
        developmentRate: 75,
        utilizationRate: 85,
        score: 78.33,
        level: { level: 4, name: 'Transactional' },
      });
    });

    test("areaWeighting 'services' weighs each area by its number of services", () => {
      // Operation (4 × 50 + 1 × 100) / 5 = 60; Developing 60; Utilization (4 × 70 + 100) / 5 = 76;
      // Score (4 × 56.666… + 100) / 5 = 326.666… / 5 = 65.333… → 65.33.
      const methodology = defineMethodology({ areaWeighting: 'services' });
      const result = assessCity(city(services), { methodology });
      expect(result.average).toMatchObject({
        totalServices: 5,
        operationRate: 60,
        developmentRate: 60,
        utilizationRate: 76,
        score: 65.33,
      });
      expect(result.explanations['average']!.components.map((c) => [c.id, c.weight])).toEqual([
        ['e-admin', '0.8'],
        ['e-city', '0.2'],
      ]);
    });

    test('is computed from unrounded area values and rounded once', () => {
      // e-Admin: 1 service, not operating: Operation 0. e-City: 3 services, 2 operating:
      // Operation 66.666… (reported 66.67). Average = 33.333… → 33.33, not (0 + 66.67) / 2 = 33.335 → 33.34.
      const result = assessCity(
        city([dev('a', 1), op('b', 1, 10, 'e-city'), op('c', 1, 10, 'e-city'), dev('d', 1, 'e-city')]),
      );
      expect(result.areas.map((a) => a.operationRate)).toEqual([0, null, 66.67, null]);
      expect(result.average.operationRate).toBe(33.33);
    });

    test('Utilization of the Average skips areas without one', () => {
      const result = assessCity(city([op('a', 3, 50), dev('b', 2, 'e-city')]));
      expect(result.areas.map((a) => a.utilizationRate)).toEqual([50, null, null, null]);
      expect(result.average.utilizationRate).toBe(50);
    });

    test('has no score when no area has services', () => {
      const result = assessCity(city([]));
      expect(result.average).toMatchObject({ totalServices: 0, operationRate: null, score: null, level: null });
      expect(result.coverage.areas).toBe(0);
    });
  });

  test('the building blocks re-score one area and recombine without a full assessment', () => {
    const input = city([...fourServices, op('e', 5, 100, 'e-city')]);
    const full = assessCity(input);
    const policy = scoringPolicy(defaultMethodology);
    const records: ServiceRecord[] = full.services.map((s) => ({ ...s }));
    const areas = scoreAreas(records, defaultMethodology, policy);
    // Put "c" into operation: only e-Admin changes.
    const changed = records
      .filter((s) => s.area === 'e-admin')
      .map((s) => (s.id === 'c' ? { ...s, status: 'operating' as const } : s));
    const eAdmin = scoreArea(defaultMethodology.areas[0]!, changed, defaultMethodology, policy);
    const average = scoreAverage([eAdmin, ...areas.slice(1)], defaultMethodology);
    const overall = scoreOverall(average.score, null, defaultMethodology);
    const rerun = assessCity(
      city([...fourServices.map((s) => (s.id === 'c' ? op('c', 2) : s)), op('e', 5, 100, 'e-city')]),
    );
    expect(overall.score!.toDecimalPlaces(2).toNumber()).toBe(rerun.overall.score);
    expect(average.score!.toFixed()).toBe(rerun.explanations['average']!.unrounded);
  });
});
