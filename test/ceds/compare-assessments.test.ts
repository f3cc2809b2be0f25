import { describe, expect, test } from 'vitest';
import { CedsInputError } from '../../src/core/errors.js';
import { assessCity } from '../../src/ceds/assess.js';
import { compareAssessments } from '../../src/ceds/compare-assessments.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import type { Methodology } from '../../src/ceds/types.js';
import { fixtureAssessment } from './assessment-fixture.js';

describe('compareAssessments', () => {
  const before = fixtureAssessment({
    cityId: 'seoul',
    overall: 59.99,
    readiness: 45.5,
    groups: { internal: 40, external: null },
    average: { score: 70.01, totalServices: 10, operationRate: 50, developmentRate: 40, utilizationRate: 90 },
    areas: {
      'e-admin': { score: 33.33, totalServices: 4, operationRate: 25, developmentRate: 30, utilizationRate: null },
    },
    dimensions: { 'governance-mechanism': 10.1, 'ict-network': 80 },
  });
  const after = fixtureAssessment({
    cityId: 'seoul',
    overall: 60.02,
    readiness: 45.2,
    groups: { internal: 40, external: 70 },
    average: { score: 71.3, totalServices: 12, operationRate: 58.33, developmentRate: 40, utilizationRate: 91.5 },
    areas: {
      'e-admin': { score: 41.67, totalServices: 5, operationRate: 40, developmentRate: 36, utilizationRate: 80 },
    },
    dimensions: { 'governance-mechanism': 10.3, 'ict-network': 79.99 },
  });

  test('same city under the same methodology is comparable, with no differences', () => {
    const result = compareAssessments(before, after);
    expect(result.comparable).toBe(true);
    expect(result.differences).toEqual([]);
  });

  test('deltas are exact differences of the reported values', () => {
    const result = compareAssessments(before, after);
    // Floats would say 60.02 - 59.99 = 0.030000000000001137.
    expect(result.overall).toEqual({ before: 59.99, after: 60.02, delta: 0.03, levelChange: 1 });
    expect(result.readiness).toEqual({ before: 45.5, after: 45.2, delta: -0.3, levelChange: 0 });
    expect(result.dimensions[0]).toEqual({
      id: 'governance-mechanism',
      label: 'Governance Mechanism',
      group: 'internal',
      score: { before: 10.1, after: 10.3, delta: 0.2, levelChange: 0 },
    });
    expect(result.dimensions[3]!.score).toEqual({ before: 80, after: 79.99, delta: -0.01, levelChange: -1 });
  });

  test('every column of every Area chart row has its delta', () => {
    const result = compareAssessments(before, after);
    expect(result.average).toEqual({
      id: 'average',
      label: 'Average',
      score: { before: 70.01, after: 71.3, delta: 1.29, levelChange: 0 },
      totalServices: { before: 10, after: 12, delta: 2 },
      operationRate: { before: 50, after: 58.33, delta: 8.33 },
      developmentRate: { before: 40, after: 40, delta: 0 },
      utilizationRate: { before: 90, after: 91.5, delta: 1.5 },
    });
    expect(result.areas.map((a) => a.id)).toEqual(defaultMethodology.areas.map((a) => a.id));
    expect(result.areas[0]).toEqual({
      id: 'e-admin',
      label: 'e-Admin',
      score: { before: 33.33, after: 41.67, delta: 8.34, levelChange: 1 },
      totalServices: { before: 4, after: 5, delta: 1 },
      operationRate: { before: 25, after: 40, delta: 15 },
      developmentRate: { before: 30, after: 36, delta: 6 },
      utilizationRate: { before: null, after: 80, delta: null },
    });
  });

  test('a null on either side gives a null delta and level change', () => {
    const result = compareAssessments(before, after);
    expect(result.groups).toEqual([
      { id: 'internal', label: 'Internal', score: { before: 40, after: 40, delta: 0, levelChange: 0 } },
      { id: 'external', label: 'External', score: { before: null, after: 70, delta: null, levelChange: null } },
    ]);
    expect(result.areas[1]!.score).toEqual({ before: null, after: null, delta: null, levelChange: null });
  });

  test('a methodology with other weights is not comparable, and the paths that differ are named', () => {
    const reweighted: Methodology = {
      ...defaultMethodology,
      areaWeights: { operation: 2, development: 1, utilization: 1 },
      precision: 3,
    };
    const result = compareAssessments(
      before,
      fixtureAssessment({ cityId: 'seoul', overall: 61.125, methodology: reweighted }),
    );
    expect(result.comparable).toBe(false);
    expect(result.differences).toContainEqual({
      kind: 'changed',
      path: ['methodology', 'definition', 'areaWeights', 'operation'],
      before: 1,
      after: 2,
    });
    expect(result.differences).toContainEqual({
      kind: 'changed',
      path: ['methodology', 'definition', 'precision'],
      before: 2,
      after: 3,
    });
    // Deltas keep every decimal of the finer precision.
    expect(result.overall.delta).toBe(1.135);
  });

  test('real assessments under defaultMethodology and a reweighted one are not comparable, and say why', () => {
    const input = {
      city: { id: 'seoul', name: 'Seoul' },
      services: [
        { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 },
        { id: 'gis', area: 'e-admin', name: 'GIS', status: 'planned', level: 1 },
      ],
    } as const;
    const heavy = defineMethodology({ id: 'ops-heavy', areaWeights: { operation: 2 } });
    const spread: Methodology = {
      ...defaultMethodology,
      areaWeights: { ...defaultMethodology.areaWeights, utilization: 3 },
    };
    const result = compareAssessments(assessCity(input), assessCity(input, { methodology: heavy }));
    expect(result.comparable).toBe(false);
    expect(result.differences).toEqual([
      { kind: 'changed', path: ['methodology', 'definition', 'areaWeights', 'operation'], before: 1, after: 2 },
      { kind: 'changed', path: ['methodology', 'definition', 'id'], before: 'ceds-deck-2015', after: 'ops-heavy' },
    ]);
    // e-Admin: Operation 50, Developing 50, Utilization 70 → 56.67 equally weighted, 55 with operation × 2.
    expect(result.overall).toEqual({ before: 56.67, after: 55, delta: -1.67, levelChange: 0 });
    const same = compareAssessments(assessCity(input), assessCity(input));
    expect(same.comparable).toBe(true);
    expect(same.overall.delta).toBe(0);
    expect(
      compareAssessments(assessCity(input), assessCity(input, { methodology: spread })).differences.map((d) =>
        d.path.join('.'),
      ),
    ).toEqual(['methodology.definition.areaWeights.utilization']);
  });

  test('areas found in only one methodology appear with a null side', () => {
    const result = compareAssessments(
      fixtureAssessment({ cityId: 'seoul', areas: { 'e-city': { score: 50 } } }),
      fixtureAssessment({ cityId: 'seoul', areas: { 'e-life': { score: 55 } }, methodology: platformMethodology }),
    );
    expect(result.comparable).toBe(false);
    expect(result.differences).toContainEqual({
      kind: 'changed',
      path: ['methodology', 'definition', 'id'],
      before: 'ceds-deck-2015',
      after: 'ceds-platform-2014',
    });
    expect(result.differences).toContainEqual(
      expect.objectContaining({ kind: 'added', path: ['methodology', 'definition', 'areas', 'e-life'] }),
    );
    expect(result.areas.map((a) => a.id)).toEqual(['e-admin', 'e-industry', 'e-city', 'e-info', 'e-life', 'e-infra']);
    expect(result.areas.find((a) => a.id === 'e-city')!.score).toEqual({
      before: 50,
      after: null,
      delta: null,
      levelChange: null,
    });
    expect(result.areas.find((a) => a.id === 'e-life')).toMatchObject({
      label: 'e-Life',
      score: { before: null, after: 55 },
    });
  });

  test('dimensions found in only one methodology appear with a null side', () => {
    const extra: Methodology = {
      ...defaultMethodology,
      dimensions: [
        ...defaultMethodology.dimensions,
        { id: 'open-data', label: 'Open Data', group: 'external', weight: 1 },
      ],
    };
    const result = compareAssessments(
      before,
      fixtureAssessment({ cityId: 'seoul', dimensions: { 'open-data': 12 }, methodology: extra }),
    );
    expect(result.dimensions.at(-1)).toEqual({
      id: 'open-data',
      label: 'Open Data',
      group: 'external',
      score: { before: null, after: 12, delta: null, levelChange: null },
    });
  });

  test('assessments of two different cities are not comparable', () => {
    const result = compareAssessments(before, fixtureAssessment({ cityId: 'busan', overall: 50 }));
    expect(result.comparable).toBe(false);
    expect(result.differences).toEqual([{ kind: 'changed', path: ['city', 'id'], before: 'seoul', after: 'busan' }]);
    expect(result.overall.delta).toBe(-9.99);
  });

  test('the result is frozen plain data that survives JSON', () => {
    const result = compareAssessments(before, after);
    expect(Object.isFrozen(result.areas[0]!.score)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('rejects what is not an assessment', () => {
    let caught: unknown;
    try {
      compareAssessments({} as never, null as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CedsInputError);
    const paths = (caught as CedsInputError).issues.map((i) => i.path);
    expect(paths).toContainEqual(['before', 'methodology']);
    expect(paths.at(-1)).toEqual(['after']);
  });

  // The shape before groups became a list: { internal, external }. Rejected at its path, never
  // a TypeError from inside the comparison.
  test('rejects an assessment whose groups are not a list', () => {
    const stale = { ...after, groups: { internal: after.groups[0], external: after.groups[1] } };
    let caught: unknown;
    try {
      compareAssessments(before, stale as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CedsInputError);
    expect((caught as CedsInputError).issues.map((i) => i.path)).toEqual([['after', 'groups']]);
  });

  test('validates the values of both assessments, with paths under before and after', () => {
    const edited = structuredClone(after) as any;
    edited.areas[0] = null;
    const cyclic = structuredClone(before) as any;
    cyclic.methodology.definition.areas[0] = cyclic.methodology.definition;
    let caught: unknown;
    try {
      compareAssessments(cyclic, edited);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CedsInputError);
    const issues = (caught as CedsInputError).issues;
    expect(issues).toContainEqual(expect.objectContaining({ path: ['after', 'areas', 0], code: 'invalid_type' }));
    // The definition given as its own first area: an area without an order, with unknown keys.
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ['before', 'methodology', 'definition', 'areas', 0, 'order'] }),
    );
  });

  test('a stored -0 compares as 0', () => {
    const zero = structuredClone(before) as any;
    zero.overall = { score: -0, level: { level: 1, name: 'Emerging' } };
    const result = compareAssessments(zero, after);
    expect(Object.is(result.overall.before, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('two JSON copies of one methodology are comparable', () => {
    const copy = (a: typeof before) => JSON.parse(JSON.stringify(a)) as typeof before;
    const result = compareAssessments(copy(before), copy(after));
    expect(result).toEqual(compareAssessments(before, after));
    expect(result.comparable).toBe(true);
  });
});
