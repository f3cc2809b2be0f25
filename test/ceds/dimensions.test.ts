import { describe, expect, test } from 'vitest';
import { assessCity, CedsInputError, defineMethodology } from '../../src/index.js';
import type { CityAssessment, DimensionInput } from '../../src/index.js';
import { city, contributionSum, op, sixDimensions, thrown } from './assess-fixtures.js';

const withDimensions = (dimensions: DimensionInput[]) => city([], { dimensions });
const groupScore = (result: CityAssessment, id: string) => result.groups.find((g) => g.id === id)!.score;

describe('the Dimensions table', () => {
  test('a dimension of likert, boolean, ordinal and numeric indicators is their weighted mean', () => {
    // strategy  likert 1–5, answer 4, weight 2:        100 × (4 − 1) / 4 = 75
    // cio       boolean yes:                           100
    // law       ordinal 0/1/2/3 → 0/33.33/66.67/100, answer 2: 66.67
    // fibre     numeric 0–50 %, higher is better, 40:  100 × 40 / 50 = 80
    // downtime  numeric 0–200 h, lower is better, 50:  100 − 100 × 50 / 200 = 75
    // Score = (2 × 75 + 100 + 66.67 + 80 + 75) / 6 = 471.67 / 6 = 78.6116… → 78.61, level 4.
    const result = assessCity(
      withDimensions([
        {
          id: 'governance-mechanism',
          indicators: [
            { id: 'strategy', kind: 'likert', min: 1, max: 5, value: 4, weight: 2 },
            { id: 'cio', kind: 'boolean', value: true },
            { id: 'law', kind: 'ordinal', scale: { '0': 0, '1': 33.33, '2': 66.67, '3': 100 }, value: 2 },
            { id: 'fibre', kind: 'numeric', low: 0, high: 50, direction: 'higher-is-better', value: 40 },
            { id: 'downtime', kind: 'numeric', low: 0, high: 200, direction: 'lower-is-better', value: 50 },
          ],
        },
      ]),
    );
    expect(result.dimensions[0]).toEqual({
      id: 'governance-mechanism',
      label: 'Governance Mechanism',
      group: 'internal',
      score: 78.61,
      level: { level: 4, name: 'Transactional' },
    });
    const explanation = result.explanations['dimensions.governance-mechanism']!;
    // Components are listed by indicator id, whatever the input order.
    expect(explanation.components.map((c) => [c.id, c.value])).toEqual([
      ['cio', '100'],
      ['downtime', '75'],
      ['fibre', '80'],
      ['law', '66.67'],
      ['strategy', '75'],
    ]);
    expect(explanation.components.find((c) => c.id === 'strategy')!.weight).toBe(
      '0.3333333333333333333333333333333333333333',
    );
    expect(contributionSum(explanation).equals(explanation.unrounded!)).toBe(true);
  });

  test('a direct score stands for the dimension', () => {
    const result = assessCity(withDimensions([{ id: 'citizen-readiness', score: 89 }]));
    expect(result.dimensions[4]).toMatchObject({
      id: 'citizen-readiness',
      score: 89,
      level: { level: 5, name: 'Seamless' },
    });
    expect(result.explanations['dimensions.citizen-readiness']!.components).toEqual([
      { id: 'score', value: '89', weight: '1', contribution: '89' },
    ]);
  });

  test('groups are the weighted mean of their dimensions and the readiness of the groups', () => {
    // Internal (60 + 70 + 80) / 3 = 70; External (90 + 60 + 30) / 3 = 60; readiness (70 + 60) / 2 = 65.
    const result = assessCity(withDimensions(sixDimensions));
    expect(result.groups).toEqual([
      { id: 'internal', label: 'Internal', score: 70, level: { level: 4, name: 'Transactional' } },
      { id: 'external', label: 'External', score: 60, level: { level: 4, name: 'Transactional' } },
    ]);
    expect(result.readiness).toEqual({ score: 65, level: { level: 4, name: 'Transactional' } });
    expect(result.coverage.dimensions).toBe(100);
    // Group weights 3 : 1 → (3 × 70 + 60) / 4 = 67.5; dimension weight 2 on ict-network → (180 + 60 + 30) / 4 = 67.5.
    const methodology = defineMethodology({
      groups: [
        { id: 'internal', label: 'Internal', weight: 3 },
        { id: 'external', label: 'External', weight: 1 },
      ],
    });
    expect(assessCity(withDimensions(sixDimensions), { methodology }).readiness.score).toBe(67.5);
  });

  test('geometric aggregation: a zero indicator pulls the dimension to zero', () => {
    // Arithmetic: (0 + 100) / 2 = 50. Geometric: 0^½ × 100^½ = 0.
    const dimensions: DimensionInput[] = [
      {
        id: 'ict-network',
        indicators: [
          { id: 'broadband', kind: 'boolean', value: false },
          { id: 'mobile', kind: 'likert', value: 5 },
        ],
      },
    ];
    expect(assessCity(withDimensions(dimensions)).dimensions[3]!.score).toBe(50);
    const methodology = defineMethodology({ aggregation: { dimension: 'geometric' } });
    const result = assessCity(withDimensions(dimensions), { methodology });
    expect(result.dimensions[3]).toMatchObject({ score: 0, level: { level: 1, name: 'Emerging' } });
    expect(result.explanations['dimensions.ict-network']!.method).toBe('geometric');
  });

  test('geometric groups: (60 × 70 × 80)^(1/3) = 69.52, exact for equal values', () => {
    const methodology = defineMethodology({ aggregation: { group: 'geometric', readiness: 'geometric' } });
    const result = assessCity(withDimensions(sixDimensions), { methodology });
    // 336 000^(1/3) = 69.5218…; external (90 × 60 × 30)^(1/3) = 162 000^(1/3) = 54.5136…
    expect(result.groups.map((g) => [g.id, g.score])).toEqual([
      ['internal', 69.52],
      ['external', 54.51],
    ]);
    // √(69.5218… × 54.5136…) = 61.5625… → 61.56.
    expect(result.readiness.score).toBe(61.56);
    const equal = assessCity(withDimensions(sixDimensions.map((d) => ({ id: d.id, score: 70 }))), { methodology });
    expect(equal.explanations['readiness']!.unrounded).toBe('70');
  });

  describe('a dimension missing from the input, under each policy', () => {
    // public-service-infrastructure is not given. External: ict 90, citizen 60.
    const dimensions = sixDimensions.filter((d) => d.id !== 'public-service-infrastructure');

    test('exclude: left out of its group, whose weights renormalise: (90 + 60) / 2 = 75', () => {
      const result = assessCity(withDimensions(dimensions));
      expect(groupScore(result, 'external')).toBe(75);
      // Readiness (70 + 75) / 2 = 72.5.
      expect(result.readiness.score).toBe(72.5);
      expect(result.dimensions[5]).toMatchObject({ id: 'public-service-infrastructure', score: null, level: null });
      expect(result.warnings).toEqual([
        { code: 'empty-area', path: ['areas', 'e-admin'], message: expect.any(String) },
        { code: 'empty-area', path: ['areas', 'e-industry'], message: expect.any(String) },
        { code: 'empty-area', path: ['areas', 'e-city'], message: expect.any(String) },
        { code: 'empty-area', path: ['areas', 'e-info'], message: expect.any(String) },
        {
          code: 'missing-dimension',
          path: ['dimensions', 'public-service-infrastructure'],
          message: expect.stringContaining('renormalised'),
        },
        { code: 'one-side-only', path: ['overall'], message: expect.any(String) },
      ]);
      // 5 of the 6 dimensions, each 1/6 of the readiness weight.
      expect(result.coverage.dimensions).toBe(83.33);
      expect(result.explanations['groups.external']!.excluded).toEqual([
        { id: 'public-service-infrastructure', reason: 'not in the input' },
      ]);
    });

    test('zero: counted as 0: (90 + 60 + 0) / 3 = 50', () => {
      const result = assessCity(withDimensions(dimensions), { missingData: 'zero' });
      expect(groupScore(result, 'external')).toBe(50);
      expect(result.readiness.score).toBe(60);
      expect(result.warnings.find((w) => w.code === 'missing-dimension')!.message).toContain('counted as 0');
    });

    test('error: the input is rejected', () => {
      const error = thrown(() => assessCity(withDimensions(dimensions), { missingData: 'error' })) as CedsInputError;
      expect(error).toBeInstanceOf(CedsInputError);
      expect(error.issues).toEqual([
        {
          path: ['dimensions'],
          code: 'missing_data',
          message: expect.stringContaining('public-service-infrastructure'),
        },
      ]);
    });
  });

  describe('unanswered indicators, under each policy', () => {
    // Three indicators of weight 1: 80, unanswered, 40.
    const dimension: DimensionInput = {
      id: 'ict-network',
      indicators: [
        { id: 'a', kind: 'percent', value: 80 },
        { id: 'b', kind: 'percent', value: null },
        { id: 'c', kind: 'percent', value: 40 },
      ],
    };

    test('exclude renormalises: (80 + 40) / 2 = 60', () => {
      const result = assessCity(withDimensions([dimension]));
      expect(result.dimensions[3]!.score).toBe(60);
      expect(result.warnings.find((w) => w.code === 'missing-indicator')).toEqual({
        code: 'missing-indicator',
        path: ['dimensions', 'ict-network'],
        message: expect.stringContaining('"b"'),
      });
      expect(result.explanations['dimensions.ict-network']!.coverage).toBe(66.67);
    });

    test('zero counts 0: (80 + 0 + 40) / 3 = 40', () => {
      expect(assessCity(withDimensions([dimension]), { missingData: 'zero' }).dimensions[3]!.score).toBe(40);
    });

    test('error rejects the unanswered indicator', () => {
      const error = thrown(() =>
        assessCity(withDimensions([...sixDimensions.filter((d) => d.id !== 'ict-network'), dimension]), {
          missingData: 'error',
        }),
      ) as CedsInputError;
      expect(error.issues).toEqual([
        { path: ['dimensions', 5, 'indicators', 1, 'value'], code: 'missing_data', message: expect.any(String) },
      ]);
    });

    test('below the minimum coverage the dimension has no score', () => {
      // Two of three unanswered: 33.33 % of the weight < 50 %.
      const sparse: DimensionInput = {
        id: 'ict-network',
        indicators: [
          { id: 'a', kind: 'percent', value: 80 },
          { id: 'b', kind: 'percent', value: null },
          { id: 'c', kind: 'score', value: null },
        ],
      };
      const result = assessCity(withDimensions([sparse]));
      expect(result.dimensions[3]!.score).toBeNull();
      expect(result.warnings.filter((w) => w.path[1] === 'ict-network').map((w) => w.code)).toEqual([
        'missing-indicator',
        'below-coverage',
      ]);
      expect(result.explanations['dimensions.ict-network']!.excluded).toEqual([
        { id: 'b', reason: 'not answered' },
        { id: 'c', reason: 'not answered' },
        { id: 'a', reason: 'coverage 33.33 % is below the minimum of 50 %' },
      ]);
      // A per-call minimum of 30 % lets it through: 80.
      expect(assessCity(withDimensions([sparse]), { minCoverage: 30 }).dimensions[3]!.score).toBe(80);
    });

    test('all unanswered with no minimum: no score, and no coverage warning', () => {
      const none: DimensionInput = { id: 'ict-network', indicators: [{ id: 'a', kind: 'boolean', value: null }] };
      const result = assessCity(withDimensions([none]), { minCoverage: 0 });
      expect(result.dimensions[3]!.score).toBeNull();
      expect(result.warnings.filter((w) => w.path[1] === 'ict-network').map((w) => w.code)).toEqual([
        'missing-indicator',
      ]);
    });
  });

  test('the minimum coverage applies to groups and to the readiness', () => {
    // Only citizen-readiness (89) of the external group: 1/3 of its weight < 50 % → no External score.
    // Internal complete (70). Readiness: Internal alone carries 50 % ≥ 50 % → 70.
    const dimensions = [...sixDimensions.slice(0, 3), { id: 'citizen-readiness', score: 89 }];
    const result = assessCity(withDimensions(dimensions));
    expect(result.groups[1]).toEqual({ id: 'external', label: 'External', score: null, level: null });
    expect(result.readiness.score).toBe(70);
    expect(result.warnings.filter((w) => w.code === 'below-coverage').map((w) => w.path)).toEqual([
      ['groups', 'external'],
    ]);
    // With a 60 % minimum the readiness is withheld as well.
    const strict = assessCity(withDimensions(dimensions), { minCoverage: 60 });
    expect(strict.readiness.score).toBeNull();
    expect(strict.warnings.filter((w) => w.code === 'below-coverage').map((w) => w.path)).toEqual([
      ['groups', 'external'],
      ['readiness'],
    ]);
    expect(strict.explanations['readiness']!.excluded.map((e) => e.id)).toEqual(['external', 'internal']);
  });

  test('no dimension at all: one no-readiness-data warning, and the services stand alone', () => {
    const result = assessCity(city([op('a', 4, 70)]));
    expect(result.dimensions.every((d) => d.score === null)).toBe(true);
    expect(result.readiness).toEqual({ score: null, level: null });
    expect(result.warnings.map((w) => w.code).filter((c) => c !== 'empty-area')).toEqual([
      'no-readiness-data',
      'one-side-only',
    ]);
    expect(result.coverage.dimensions).toBe(0);
  });
});
