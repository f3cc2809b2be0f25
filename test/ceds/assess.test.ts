import { describe, expect, test } from 'vitest';
import {
  assessCities,
  assessCity,
  CedsInputError,
  defaultMethodology,
  defineMethodology,
  platformMethodology,
  safeAssessCity,
} from '../../src/index.js';
import type { CityAssessmentInput, DimensionInput } from '../../src/index.js';
import {
  absent,
  city,
  contributionSum,
  dev,
  op,
  sixDimensions,
  thrown,
  type CityInputWithServices,
} from './assess-fixtures.js';

// The SPEC §4 example input.
const seoul: CityInputWithServices = {
  city: { id: 'seoul', name: 'Seoul', country: 'KR' },
  period: '2015',
  services: [
    {
      id: 'ipmail',
      area: 'e-admin',
      name: 'ipMail System (plus Mail)',
      status: 'operating',
      level: 4,
      utilization: 72.5,
    },
  ],
  dimensions: [
    {
      id: 'governance-mechanism',
      indicators: [
        { id: 'cio-office', kind: 'boolean', value: true },
        { id: 'strategy', kind: 'likert', min: 1, max: 5, value: 4, weight: 2 },
      ],
    },
    { id: 'citizen-readiness', score: 89 },
  ],
  budget: { currency: 'KRW', lines: [{ area: 'e-admin', year: 2014, budget: '1200000000', spending: '1130000000' }] },
};

const fourServices = [op('a', 5, 80), op('b', 3, 60), dev('c', 2), absent('d')];

describe('assessCity', () => {
  test('the SPEC example: every table of the report', () => {
    const result = assessCity(seoul);
    expect(result.methodology).toEqual({ id: 'ceds-deck-2015', version: '1.0.0', definition: defaultMethodology });
    expect(result.city).toEqual({ id: 'seoul', name: 'Seoul', country: 'KR' });
    expect(result.period).toBe('2015');
    // e-Admin: Operation 100, Developing 100 × 4 / 5 = 80, Utilization 72.5 → (100 + 80 + 72.5) / 3 = 84.17.
    expect(result.areas[0]).toMatchObject({
      totalServices: 1,
      operationRate: 100,
      developmentRate: 80,
      utilizationRate: 72.5,
      score: 84.17,
      level: { level: 5, name: 'Seamless' },
    });
    // Governance: (100 + 2 × 75) / 3 = 83.33.
    expect(result.dimensions.map((d) => d.score)).toEqual([83.33, null, null, null, 89, null]);
    // Each group has 1 of 3 dimensions (33.33 % < 50 %): no group score, no readiness.
    expect(result.readiness).toEqual({ score: null, level: null });
    expect(result.overall).toEqual({ score: 84.17, level: { level: 5, name: 'Seamless' } });
    expect(result.budget!.total).toEqual({
      budget: '1200000000',
      spending: '1130000000',
      variance: '-70000000',
      executionRate: 94.17,
      band: 'B',
    });
    expect(result.coverage).toEqual({ areas: 25, utilization: 100, dimensions: 33.33, overall: 50 });
    expect(Object.keys(result.explanations)).toEqual([
      'overall',
      'readiness',
      'groups.internal',
      'groups.external',
      'dimensions.governance-mechanism',
      'dimensions.policy-institution',
      'dimensions.resource-capacity',
      'dimensions.ict-network',
      'dimensions.citizen-readiness',
      'dimensions.public-service-infrastructure',
      'average',
      'areas.e-admin',
      'areas.e-industry',
      'areas.e-city',
      'areas.e-info',
    ]);
  });

  describe('the overall score', () => {
    test('is the mean of the unrounded Average and readiness', () => {
      // Average 56.666… (the four-service area), readiness 65 → (56.666… + 65) / 2 = 60.8333… → 60.83.
      const result = assessCity(city(fourServices, { dimensions: sixDimensions }));
      expect(result.overall).toEqual({ score: 60.83, level: { level: 4, name: 'Transactional' } });
      const explanation = result.explanations['overall']!;
      expect(explanation.components.map((c) => [c.id, c.weight])).toEqual([
        ['services', '0.5'],
        ['readiness', '0.5'],
      ]);
      expect(contributionSum(explanation).equals(explanation.unrounded!)).toBe(true);
      expect(result.coverage.overall).toBe(100);
      expect(result.warnings.some((w) => w.code === 'one-side-only')).toBe(false);
    });

    test('follows the overall weights', () => {
      // (3 × 56.666… + 65) / 4 = 58.75.
      const methodology = defineMethodology({ overallWeights: { services: 3, readiness: 1 } });
      expect(assessCity(city(fourServices, { dimensions: sixDimensions }), { methodology }).overall.score).toBe(58.75);
    });

    test('one side only: the readiness stands alone when there are no services', () => {
      const result = assessCity(city([], { dimensions: sixDimensions }));
      expect(result.average.score).toBeNull();
      expect(result.overall).toEqual({ score: 65, level: { level: 4, name: 'Transactional' } });
      expect(result.warnings.filter((w) => w.code === 'one-side-only')).toEqual([
        {
          code: 'one-side-only',
          path: ['overall'],
          message: 'The overall score is the readiness alone: the services Average has no score',
        },
      ]);
      expect(result.coverage.overall).toBe(50);
    });

    test('one side only: the services stand alone when there is no readiness', () => {
      const result = assessCity(city(fourServices));
      expect(result.overall.score).toBe(56.67);
      expect(result.explanations['overall']!.excluded).toEqual([
        { id: 'readiness', reason: 'the readiness (Overall level) has no score' },
      ]);
    });

    test('one side only stays exact under geometric aggregation', () => {
      const methodology = defineMethodology({ aggregation: { overall: 'geometric' } });
      const result = assessCity(city(fourServices), { methodology });
      expect(result.explanations['overall']!.unrounded).toBe(result.explanations['average']!.unrounded);
    });

    test('no side at all: no overall score and a no-score warning', () => {
      const result = assessCity(city([]));
      expect(result.overall).toEqual({ score: null, level: null });
      expect(result.warnings.at(-1)).toMatchObject({ code: 'no-score', path: ['overall'] });
    });
  });

  describe('rounding happens once, half-up, and the level is that of the rounded score', () => {
    // Two "score" indicators of equal weight: the dimension is their exact mean.
    const readinessOf = (a: number, b: number): DimensionInput[] =>
      sixDimensions.map((d) => ({
        id: d.id,
        indicators: [
          { id: 'x', kind: 'score', value: a },
          { id: 'y', kind: 'score', value: b },
        ],
      }));

    test('exactly 79.995 is reported 80 and level 5', () => {
      // (79.99 + 80) / 2 = 79.995 in every dimension, group, the readiness and the overall.
      const result = assessCity(city([], { dimensions: readinessOf(79.99, 80) }));
      expect(result.explanations['dimensions.ict-network']!.unrounded).toBe('79.995');
      expect(result.dimensions[3]).toMatchObject({ score: 80, level: { level: 5, name: 'Seamless' } });
      expect(result.readiness).toEqual({ score: 80, level: { level: 5, name: 'Seamless' } });
      expect(result.overall).toEqual({ score: 80, level: { level: 5, name: 'Seamless' } });
    });

    test('just below stays 79.99 and level 4', () => {
      // (79.99 + 79.9999999) / 2 = 79.99499995.
      const result = assessCity(city([], { dimensions: readinessOf(79.99, 79.9999999) }));
      expect(result.explanations['dimensions.ict-network']!.unrounded).toBe('79.99499995');
      expect(result.dimensions[3]).toMatchObject({ score: 79.99, level: { level: 4, name: 'Transactional' } });
      expect(result.overall).toEqual({ score: 79.99, level: { level: 4, name: 'Transactional' } });
    });

    test('a tie reached through thirds is still a tie: (79.985 + 80 + 80) / 3 = 79.995 → 80', () => {
      const dimensions: DimensionInput[] = [
        {
          id: 'ict-network',
          indicators: [
            { id: 'a', kind: 'score', value: 79.985 },
            { id: 'b', kind: 'score', value: 80 },
            { id: 'c', kind: 'score', value: 80 },
          ],
        },
      ];
      const result = assessCity(city([], { dimensions }));
      expect(result.explanations['dimensions.ict-network']!.unrounded).toBe('79.995');
      expect(result.dimensions[3]).toMatchObject({ score: 80, level: { level: 5, name: 'Seamless' } });
    });

    test('the methodology precision sets the decimals', () => {
      const methodology = defineMethodology({ precision: 0 });
      const result = assessCity(city(fourServices), { methodology });
      expect(result.areas[0]).toMatchObject({ operationRate: 50, score: 57, level: { level: 3, name: 'Interactive' } });
    });
  });

  test('the platform methodology scores its e-Life and e-Infra areas', () => {
    const input = city([op('life', 4, 50, 'e-life'), dev('infra', 3, 'e-infra'), op('admin', 2, 100, 'e-admin')]);
    const result = assessCity(input, { methodology: platformMethodology });
    expect(result.methodology.id).toBe('ceds-platform-2014');
    expect(result.areas.map((a) => [a.id, a.label, a.score])).toEqual([
      // e-Admin: (100 + 40 + 100) / 3 = 80.
      ['e-admin', 'e-Admin', 80],
      // e-Life: (100 + 80 + 50) / 3 = 76.67.
      ['e-life', 'e-Life', 76.67],
      ['e-industry', 'e-Industry', null],
      // e-Infra: (0 + 60) / 2 = 30 (no utilization).
      ['e-infra', 'e-Infra', 30],
    ]);
    expect(result.services.map((s) => s.id)).toEqual(['admin', 'life', 'infra']);
    // The deck methodology does not know these areas.
    const error = thrown(() => assessCity(input)) as CedsInputError;
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['services', 0, 'area'], 'unknown_area'],
      [['services', 1, 'area'], 'unknown_area'],
    ]);
  });

  test('services are listed by area order, then id, as normalised records', () => {
    const result = assessCity(
      city([
        op('z', 1, 5, 'e-info'),
        dev('b', 1, 'e-city'),
        op('a', 2, 10, 'e-city'),
        { ...absent('m'), applicable: true },
      ]),
    );
    expect(result.services).toEqual([
      { id: 'm', area: 'e-admin', name: 'm', status: 'absent', level: 0, utilization: null, applicable: true },
      { id: 'a', area: 'e-city', name: 'a', status: 'operating', level: 2, utilization: 10, applicable: true },
      { id: 'b', area: 'e-city', name: 'b', status: 'developing', level: 1, utilization: null, applicable: true },
      { id: 'z', area: 'e-info', name: 'z', status: 'operating', level: 1, utilization: 5, applicable: true },
    ]);
  });

  test("a methodology's own areas: rows and services follow its area order, not the ids", () => {
    const methodology = defineMethodology({
      areas: [
        { id: 'zeta', label: 'Zeta', order: 1 },
        { id: 'alpha', label: 'Alpha', order: 2 },
      ],
    });
    const result = assessCity(city([op('x', 1, 1, 'alpha'), op('y', 1, 1, 'zeta')]), { methodology });
    expect(result.areas.map((a) => a.id)).toEqual(['zeta', 'alpha']);
    expect(result.services.map((s) => s.id)).toEqual(['y', 'x']);
  });

  test('the budget table comes from the budget lines; no budget gives null', () => {
    expect(assessCity(city(fourServices)).budget).toBeNull();
    expect(assessCity(city(fourServices, { budget: null })).budget).toBeNull();
    const result = assessCity(
      city(fourServices, { budget: { currency: 'EUR', lines: [{ area: 'e-city', budget: 0, spending: '10.5' }] } }),
    );
    expect(result.budget!.areas[0]).toMatchObject({
      id: 'e-city',
      budget: '0',
      spending: '10.5',
      variance: '10.5',
      executionRate: null,
      band: null,
    });
    // The budget's warnings follow the others.
    expect(result.warnings.at(-1)!.path[0]).toBe('budget');
  });

  test('explain: false leaves the explanations empty and everything else equal', () => {
    const full = assessCity(seoul);
    const lean = assessCity(seoul, { explain: false });
    expect(lean.explanations).toEqual({});
    expect({ ...lean, explanations: full.explanations }).toEqual(full);
  });

  test('the result is deeply frozen, JSON-safe and the input untouched', () => {
    const input = structuredClone(seoul);
    const result = assessCity(input);
    expect(input).toEqual(seoul);
    expect(Object.isFrozen(input.services[0])).toBe(false);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.areas[0]!.level)).toBe(true);
    expect(Object.isFrozen(result.explanations['overall']!.components)).toBe(true);
    expect(Object.isFrozen(result.warnings[0]!.path)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  test('a -0 in the input leaves as 0', () => {
    const result = assessCity(
      city([op('a', 1, -0)], {
        dimensions: [
          {
            id: 'ict-network',
            indicators: [
              { id: 'x', kind: 'percent', value: -0, weight: -0 },
              { id: 'y', kind: 'score', value: 0 },
            ],
          },
        ],
      }),
    );
    expect(Object.is(result.services[0]!.utilization, 0)).toBe(true);
    expect(Object.is(result.areas[0]!.utilizationRate, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  test('per-call options override the methodology and are validated', () => {
    const methodology = defineMethodology({ missingData: { policy: 'zero', minCoverage: 10 } });
    // The methodology says zero: (50 + 40 + 0) / 3 = 30; the call says exclude: 45.
    const services = [op('a', 3), dev('b', 1)];
    expect(assessCity(city(services), { methodology }).areas[0]!.score).toBe(30);
    expect(assessCity(city(services), { methodology, missingData: 'exclude' }).areas[0]!.score).toBe(45);
    const bad = thrown(() =>
      assessCity(city(services), { missingData: 'ignore' as 'zero', minCoverage: 101 }),
    ) as CedsInputError;
    expect(bad).toBeInstanceOf(CedsInputError);
    expect(bad.message.split('\n')[0]).toBe('Invalid assessment options (2 issues):');
    expect(bad.issues.map((i) => i.path)).toEqual([['missingData'], ['minCoverage']]);
  });
});

describe('safeAssessCity', () => {
  test('returns the data on success and the error on failure, never throwing for bad input', () => {
    const good = safeAssessCity(seoul);
    expect(good).toEqual({ success: true, data: assessCity(seoul) });
    const bad = safeAssessCity({ ...seoul, services: [{ ...seoul.services[0]!, level: 6 }] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]!.path).toEqual(['services', 0, 'level']);
    expect(safeAssessCity(null as unknown as CityAssessmentInput).success).toBe(false);
    expect(safeAssessCity(seoul, { methodology: { id: 'x' } as never }).success).toBe(false);
  });
});

describe('assessCities', () => {
  test('assesses every good city and reports every bad one, in input order', () => {
    const batch = assessCities([
      seoul,
      { ...seoul, city: { id: 'busan', name: 'Busan' }, services: [{ ...seoul.services[0]!, status: 'absent' }] },
      42 as unknown as CityAssessmentInput,
      city(fourServices),
    ]);
    expect(batch.results.map((r) => r.success)).toEqual([true, false, false, true]);
    expect(batch.assessments.map((a) => a.city.id)).toEqual(['seoul', 'c']);
    expect(batch.errors.map((e) => [e.index, e.cityId])).toEqual([
      [1, 'busan'],
      [2, null],
    ]);
    expect(batch.errors[0]!.error.issues.map((i) => i.code)).toEqual(['invalid_level', 'utilization_not_operating']);
    expect(batch.assessments[0]).toEqual(assessCity(seoul));
    expect(Object.isFrozen(batch.errors)).toBe(true);
  });

  test('options apply to every city; bad options or a non-array throw', () => {
    const batch = assessCities([seoul, city(fourServices)], { explain: false, methodology: platformMethodology });
    expect(batch.assessments.map((a) => a.methodology.id)).toEqual(['ceds-platform-2014', 'ceds-platform-2014']);
    expect(batch.assessments.every((a) => Object.keys(a.explanations).length === 0)).toBe(true);
    expect(thrown(() => assessCities([seoul], { minCoverage: -1 }))).toBeInstanceOf(CedsInputError);
    expect((thrown(() => assessCities(seoul as never)) as CedsInputError).issues[0]!.code).toBe('invalid_type');
    expect(assessCities([]).results).toEqual([]);
  });
});
