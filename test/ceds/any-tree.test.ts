import { describe, expect, test } from 'vitest';
import { CedsInputError } from '../../src/core/errors.js';
import { assessCity } from '../../src/ceds/assess.js';
import { compareAssessments } from '../../src/ceds/compare-assessments.js';
import { findConsiderations } from '../../src/ceds/considerations.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import { rankAssessments } from '../../src/ceds/rank-assessments.js';
import { analyzeSensitivity } from '../../src/ceds/sensitivity.js';
import type { CityAssessment } from '../../src/ceds/types.js';
import { applyConsideration } from './apply-consideration.js';
import { city, op, sixDimensions, thrown } from './assess-fixtures.js';
import { egdiCity, egdiLike, gtmiCity, gtmiLike, gtmiOneGroup, servicesOnly } from './other-indices.js';

const codesOf = (result: CityAssessment) => result.warnings.map((w) => w.code);

describe('a three-component index with four levels (like the UN EGDI)', () => {
  test('the literal of the issue scores 70, High, with no warning', () => {
    const a = assessCity(
      {
        city: { id: 'x', name: 'X' },
        dimensions: [
          { id: 'osi', score: 80 },
          { id: 'hci', score: 70 },
          { id: 'tii', score: 60 },
        ],
      },
      { methodology: egdiLike },
    );
    expect(a.overall).toEqual({ score: 70, level: { level: 3, name: 'High' } });
    expect(a.warnings).toEqual([]);
    expect(a.areas).toEqual([]);
    expect(a.groups).toEqual([{ id: 'egdi', label: 'EGDI', score: 70, level: { level: 3, name: 'High' } }]);
    expect(a.readiness).toEqual({ score: 70, level: { level: 3, name: 'High' } });
    expect(a.dimensions).toEqual([
      { id: 'osi', label: 'Online Service Index', group: 'egdi', score: 80, level: { level: 4, name: 'Very High' } },
      { id: 'hci', label: 'Human Capital Index', group: 'egdi', score: 70, level: { level: 3, name: 'High' } },
      {
        id: 'tii',
        label: 'Telecommunication Infrastructure Index',
        group: 'egdi',
        score: 60,
        level: { level: 3, name: 'High' },
      },
    ]);
    expect(a.services).toEqual([]);
  });

  test('coverage has no areas figure for an index without areas', () => {
    const a = assessCity(egdiCity('x', 80, 70, 60), { methodology: egdiLike });
    expect(a.coverage).toEqual({ areas: null, utilization: null, dimensions: 100, overall: 100 });
    expect(a.average).toMatchObject({ totalServices: 0, score: null, level: null });
  });

  test('explanations are keyed by the groups and dimensions the index has', () => {
    const a = assessCity(egdiCity('x', 80, 70, 60), { methodology: egdiLike });
    const keys = Object.keys(a.explanations);
    expect(keys).toEqual(expect.arrayContaining(['overall', 'groups.egdi', 'dimensions.osi', 'dimensions.tii']));
    expect(keys.filter((k) => k.startsWith('groups.') || k.startsWith('areas.'))).toEqual(['groups.egdi']);
    expect(a.explanations['groups.egdi']!.components.map((c) => [c.id, c.value])).toEqual([
      ['osi', '80'],
      ['hci', '70'],
      ['tii', '60'],
    ]);
    // The overall score is the readiness side alone, with its whole weight.
    expect(a.explanations['overall']!.components).toEqual([
      { id: 'readiness', value: '70', weight: '1', contribution: '70' },
    ]);
  });

  test('services may be omitted, and the result is the same as with none entered', () => {
    const omitted = assessCity(egdiCity('x', 80, 70, 60), { methodology: egdiLike });
    const none = assessCity({ ...egdiCity('x', 80, 70, 60), services: [] }, { methodology: egdiLike });
    expect(omitted).toStrictEqual(none);
  });

  test('a service given to an index without areas is rejected, saying it has none', () => {
    const error = thrown(() =>
      assessCity({ ...egdiCity('x', 80, 70, 60), services: [op('mail', 3)] }, { methodology: egdiLike }),
    ) as CedsInputError;
    expect(error).toBeInstanceOf(CedsInputError);
    expect(error.issues).toEqual([
      { path: ['services', 0, 'area'], code: 'unknown_area', message: expect.stringContaining('no areas') },
    ]);
  });

  test('a missing component is left out and the others renormalise, with its warning only', () => {
    // (80 + 70) / 2 = 75 → Very High.
    const a = assessCity(
      {
        city: { id: 'x', name: 'X' },
        dimensions: [
          { id: 'osi', score: 80 },
          { id: 'hci', score: 70 },
        ],
      },
      { methodology: egdiLike },
    );
    expect(a.overall).toEqual({ score: 75, level: { level: 4, name: 'Very High' } });
    expect(a.warnings.map((w) => [w.code, w.path])).toEqual([['missing-dimension', ['dimensions', 'tii']]]);
    expect(a.coverage.dimensions).toBe(66.67);
  });

  test('no component at all: no readiness data and no overall score, but never one side only', () => {
    const a = assessCity({ city: { id: 'x', name: 'X' } }, { methodology: egdiLike });
    expect(a.overall).toEqual({ score: null, level: null });
    expect(codesOf(a)).toContain('no-readiness-data');
    expect(codesOf(a)).not.toContain('one-side-only');
    expect(codesOf(a)).not.toContain('empty-area');
  });

  test('rankAssessments gives shared competition ranks: 90, 85, 85, 70 → 1, 2, 2, 4', () => {
    const assess = (id: string, score: number) =>
      assessCity(egdiCity(id, score, score, score), { methodology: egdiLike });
    const result = rankAssessments([assess('r', 85), assess('s', 70), assess('p', 90), assess('q', 85)]);
    expect(result.ranking).toEqual([
      { cityId: 'p', score: 90, rank: 1, percentile: 87.5 },
      { cityId: 'q', score: 85, rank: 2, percentile: 50 },
      { cityId: 'r', score: 85, rank: 2, percentile: 50 },
      { cityId: 's', score: 70, rank: 4, percentile: 12.5 },
    ]);
    expect(result.unranked).toEqual([]);
    expect(result.cohort.groups).toEqual([
      { id: 'egdi', label: 'EGDI', score: { count: 4, mean: 82.5, median: 85, min: 70, max: 90 } },
    ]);
    expect(result.cohort.areas).toEqual([]);
    expect(result.cohort.dimensions.map((d) => [d.id, d.group, d.score.mean])).toEqual([
      ['osi', 'egdi', 82.5],
      ['hci', 'egdi', 82.5],
      ['tii', 'egdi', 82.5],
    ]);
  });

  test('ranks by one component of the index', () => {
    const result = rankAssessments(
      [
        assessCity(egdiCity('p', 60, 90, 90), { methodology: egdiLike }),
        assessCity(egdiCity('q', 70, 10, 10), { methodology: egdiLike }),
      ],
      { by: { dimension: 'osi' } },
    );
    expect(result.ranking.map((r) => [r.cityId, r.rank])).toEqual([
      ['q', 1],
      ['p', 2],
    ]);
  });

  test('compareAssessments pairs the groups by id and reports exact deltas', () => {
    const before = assessCity(egdiCity('x', 80, 70, 60), { methodology: egdiLike });
    const after = assessCity(egdiCity('x', 85.1, 75, 65), { methodology: egdiLike });
    const result = compareAssessments(before, after);
    expect(result.comparable).toBe(true);
    expect(result.differences).toEqual([]);
    // (85.1 + 75 + 65) / 3 = 75.0333… → 75.03, Very High.
    expect(result.overall).toEqual({ before: 70, after: 75.03, delta: 5.03, levelChange: 1 });
    expect(result.groups).toEqual([
      { id: 'egdi', label: 'EGDI', score: { before: 70, after: 75.03, delta: 5.03, levelChange: 1 } },
    ]);
    expect(result.areas).toEqual([]);
    expect(result.dimensions[0]).toEqual({
      id: 'osi',
      label: 'Online Service Index',
      group: 'egdi',
      score: { before: 80, after: 85.1, delta: 5.1, levelChange: 0 },
    });
  });

  test('findConsiderations raises the weakest indicator of a component, and its gain is exact', () => {
    // osi = (40 + 80) / 2 = 60; overall (60 + 70 + 60) / 3 = 63.33. Portal at 100: osi 90 → 73.33.
    const input = {
      city: { id: 'x', name: 'X' },
      dimensions: [
        {
          id: 'osi',
          indicators: [
            { id: 'portal', kind: 'score' as const, value: 40 },
            { id: 'apps', kind: 'score' as const, value: 80 },
          ],
        },
        { id: 'hci', score: 70 },
        { id: 'tii', score: 60 },
      ],
    };
    const before = assessCity(input, { methodology: egdiLike });
    expect(before.overall.score).toBe(63.33);
    const found = findConsiderations(input, { methodology: egdiLike });
    expect(found).toEqual([
      {
        kind: 'raise-indicator',
        dimensionId: 'osi',
        indicatorId: 'portal',
        from: 40,
        to: 100,
        gain: 10,
        overall: { score: 73.33, level: { level: 3, name: 'High' } },
        crossesLevel: false,
      },
    ]);
    const after = assessCity(applyConsideration(input, found[0]!), { methodology: egdiLike });
    expect(after.overall.score).toBe(73.33);
  });

  test('analyzeSensitivity: jitter 0 gives the baseline, and equal components never move', () => {
    const still = analyzeSensitivity(egdiCity('x', 80, 70, 60), {
      methodology: egdiLike,
      runs: 20,
      seed: 7,
      jitter: 0,
    });
    expect(still).toMatchObject({ baseline: 70, level: { level: 3, name: 'High' }, min: 70, max: 70, stability: 1 });
    expect(still.levels.map((l) => [l.name, l.runs])).toEqual([
      ['Low', 0],
      ['Middle', 0],
      ['High', 20],
      ['Very High', 0],
    ]);
    const equal = analyzeSensitivity(egdiCity('x', 70, 70, 70), {
      methodology: egdiLike,
      runs: 50,
      seed: 7,
      jitter: 0.5,
    });
    expect([equal.min, equal.max, equal.stability]).toEqual([70, 70, 1]);
  });
});

describe('a four-component index with lettered groups (like the World Bank GTMI)', () => {
  // (80 + 60 + 45 + 70) / 4 = 63.75 → B.
  const city4 = gtmiCity('x', 80, 60, 45, 70);

  test('each lettered group has its row, in methodology order, banded D, C, B, A', () => {
    const a = assessCity(city4, { methodology: gtmiLike });
    expect(a.groups).toEqual([
      { id: 'a', label: 'Core Government Systems', score: 80, level: { level: 4, name: 'A' } },
      { id: 'b', label: 'Public Service Delivery', score: 60, level: { level: 3, name: 'B' } },
      { id: 'c', label: 'Digital Citizen Engagement', score: 45, level: { level: 2, name: 'C' } },
      { id: 'd', label: 'GovTech Enablers', score: 70, level: { level: 3, name: 'B' } },
    ]);
    expect(a.overall).toEqual({ score: 63.75, level: { level: 3, name: 'B' } });
    expect(a.warnings).toEqual([]);
    expect(Object.keys(a.explanations).filter((k) => k.startsWith('groups.'))).toEqual([
      'groups.a',
      'groups.b',
      'groups.c',
      'groups.d',
    ]);
  });

  test('four groups of one component score as one group of four', () => {
    const one = assessCity(city4, { methodology: gtmiOneGroup });
    expect(one.groups).toEqual([{ id: 'gtmi', label: 'GTMI', score: 63.75, level: { level: 3, name: 'B' } }]);
    expect(one.overall).toEqual(assessCity(city4, { methodology: gtmiLike }).overall);
  });

  test('the group weights weigh the lettered groups', () => {
    // (2 × 80 + 60 + 45 + 70) / 5 = 67.
    const heavyA = defineMethodology(
      { groups: gtmiLike.groups.map((g) => (g.id === 'a' ? { ...g, weight: 2 } : g)) },
      gtmiLike,
    );
    expect(assessCity(city4, { methodology: heavyA }).overall.score).toBe(67);
  });

  test('the band minimums are inclusive: 24.99 is D, 25 is C, 75 is A', () => {
    const levelOf = (score: number) =>
      assessCity(gtmiCity('x', score, score, score, score), { methodology: gtmiLike }).overall.level?.name;
    expect([levelOf(24.99), levelOf(25), levelOf(74.99), levelOf(75)]).toEqual(['D', 'C', 'B', 'A']);
  });

  test('rankAssessments summarises each lettered group over the cohort', () => {
    const result = rankAssessments([
      assessCity(city4, { methodology: gtmiLike }),
      assessCity(gtmiCity('y', 90, 50, 55, 30), { methodology: gtmiLike }),
    ]);
    // y: (90 + 50 + 55 + 30) / 4 = 56.25.
    expect(result.ranking.map((r) => [r.cityId, r.score, r.rank])).toEqual([
      ['x', 63.75, 1],
      ['y', 56.25, 2],
    ]);
    expect(result.cohort.groups.map((g) => [g.id, g.score.mean])).toEqual([
      ['a', 85],
      ['b', 55],
      ['c', 50],
      ['d', 50],
    ]);
  });
});

describe('a methodology with service areas only', () => {
  test('the overall score is the services Average alone, with no readiness warning', () => {
    // e-Admin: Operation 100, Developing 80, Utilization 70 → 83.33; the other areas are empty.
    const a = assessCity(city([op('mail', 4, 70)]), { methodology: servicesOnly });
    expect(a.average.score).toBe(83.33);
    expect(a.overall).toEqual({ score: 83.33, level: { level: 5, name: 'Seamless' } });
    expect(codesOf(a)).toEqual(['empty-area', 'empty-area', 'empty-area']);
    expect(a.groups).toEqual([]);
    expect(a.dimensions).toEqual([]);
    expect(a.readiness).toEqual({ score: null, level: null });
    expect(a.coverage).toEqual({ areas: 25, utilization: 100, dimensions: null, overall: 100 });
    expect(Object.keys(a.explanations).filter((k) => k.startsWith('groups.') || k.startsWith('dimensions.'))).toEqual(
      [],
    );
  });

  test('its overall score is the Average of the same city under the CeDS preset', () => {
    const services = [op('mail', 4, 70), op('gis', 2, 35, 'e-city')];
    const alone = assessCity(city(services), { methodology: servicesOnly });
    const both = assessCity(city(services));
    expect(alone.overall.score).toBe(both.average.score);
    expect(alone.areas).toEqual(both.areas);
  });

  test('a dimension given to it is rejected, saying it has none', () => {
    const error = thrown(() =>
      assessCity(city([op('mail', 4, 70)], { dimensions: sixDimensions.slice(0, 1) }), { methodology: servicesOnly }),
    ) as CedsInputError;
    expect(error).toBeInstanceOf(CedsInputError);
    expect(error.issues).toEqual([
      { path: ['dimensions', 0, 'id'], code: 'unknown_dimension', message: expect.stringContaining('no dimensions') },
    ]);
  });

  test('an input without services has no overall score, and no warning about readiness', () => {
    const a = assessCity({ city: { id: 'x', name: 'X' } }, { methodology: servicesOnly });
    expect(a.overall).toEqual({ score: null, level: null });
    expect(codesOf(a)).not.toContain('one-side-only');
    expect(codesOf(a)).not.toContain('no-readiness-data');
  });
});

describe('a methodology with both sides', () => {
  test('services omitted from a CeDS input count as none entered', () => {
    const omitted = assessCity({ city: { id: 'c', name: 'C' }, dimensions: sixDimensions });
    expect(omitted).toStrictEqual(assessCity(city([], { dimensions: sixDimensions })));
    expect(omitted.overall.score).toBe(65);
    expect(codesOf(omitted)).toContain('one-side-only');
  });

  test('with any group ids, an input lacking one side still gets one-side-only', () => {
    const lettered = defineMethodology({
      id: 'lettered',
      groups: [
        { id: 'a', label: 'A', weight: 1 },
        { id: 'b', label: 'B', weight: 1 },
      ],
      dimensions: defaultMethodology.dimensions.map((d) => ({ ...d, group: d.group === 'internal' ? 'a' : 'b' })),
    });
    const readinessOnly = assessCity(
      { city: { id: 'c', name: 'C' }, dimensions: sixDimensions },
      { methodology: lettered },
    );
    // The same figures as the CeDS preset: a: 70, b: 60, readiness 65.
    expect(readinessOnly.groups.map((g) => [g.id, g.score])).toEqual([
      ['a', 70],
      ['b', 60],
    ]);
    expect(readinessOnly.overall.score).toBe(65);
    expect(codesOf(readinessOnly)).toContain('one-side-only');
    const servicesAlone = assessCity(city([op('mail', 4, 70)]), { methodology: lettered });
    expect(codesOf(servicesAlone)).toEqual(expect.arrayContaining(['no-readiness-data', 'one-side-only']));
  });
});
