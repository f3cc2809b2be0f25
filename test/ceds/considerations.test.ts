import { describe, expect, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { findConsiderations, type Consideration } from '../../src/ceds/considerations.js';
import type { ScoringOptions } from '../../src/ceds/assess-options.js';
import type { CityAssessmentInput, IndicatorInput } from '../../src/ceds/types.js';
import { applyConsideration } from './apply-consideration.js';
import { issuesOf } from '../issues-of.js';

const twoServices: CityAssessmentInput = {
  city: { id: 'seoul', name: 'Seoul' },
  services: [
    { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 },
    { id: 'gis', area: 'e-admin', name: 'GIS', status: 'planned', level: 1 },
  ],
};

/** A city whose readiness counts, with `indicators` as its ICT Network answers. */
function withIndicators(indicators: IndicatorInput[]): CityAssessmentInput {
  return {
    city: { id: 'x', name: 'X' },
    services: [{ id: 's', area: 'e-admin', name: 'S', status: 'operating', level: 5, utilization: 100 }],
    dimensions: [
      { id: 'governance-mechanism', score: 50 },
      { id: 'policy-institution', score: 50 },
      { id: 'ict-network', indicators },
      { id: 'citizen-readiness', score: 50 },
    ],
  };
}

/** Every listed gain shows up exactly when the change is applied and the city re-assessed. */
function expectExactGains(input: CityAssessmentInput, items: readonly Consideration[], options: ScoringOptions = {}) {
  const before = assessCity(input, options).overall.score!;
  for (const item of items) {
    const after = assessCity(applyConsideration(input, item), options).overall;
    expect(after).toEqual(item.overall);
    expect(Math.round((after.score! - before) * 100) / 100).toBe(item.gain);
  }
}

describe('findConsiderations', () => {
  test('lists every single change that raises the overall score, largest gain first', () => {
    const items = findConsiderations(twoServices);
    expect(items.map((c) => [c.kind, c.serviceId, c.from, c.to, c.gain, c.overall.score])).toEqual([
      ['operate', 'gis', 'planned', 'operating', 16.66, 73.33],
      ['raise-utilization', 'mail', 70, 100, 10, 66.67],
      ['raise-level', 'gis', 1, 2, 3.33, 60],
      ['raise-level', 'mail', 4, 5, 3.33, 60],
    ]);
    expect(items[0]).toEqual({
      kind: 'operate',
      serviceId: 'gis',
      areaId: 'e-admin',
      from: 'planned',
      to: 'operating',
      gain: 16.66,
      overall: { score: 73.33, level: { level: 4, name: 'Transactional' } },
      crossesLevel: true,
    });
    expectExactGains(twoServices, items);
  });

  test('gain is the difference of the reported scores, not of the unrounded ones', () => {
    // 56.666… → 73.333…: the unrounded rise is 16.666…, the reported one 73.33 − 56.67 = 16.66.
    expect(findConsiderations(twoServices, { limit: 1 })[0]!.gain).toBe(16.66);
  });

  test('crossesLevel says whether the level changes', () => {
    const input: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: [
        { id: 'a', area: 'e-admin', name: 'A', status: 'operating', level: 5, utilization: 90 },
        { id: 'b', area: 'e-admin', name: 'B', status: 'operating', level: 5, utilization: 60 },
      ],
    };
    // Operation 100, Developing 100, Utilization 75: 91.67; raising B's utilization stays in level 5.
    const [item] = findConsiderations(input);
    expect(item).toMatchObject({ kind: 'raise-utilization', serviceId: 'b', gain: 6.66, crossesLevel: false });
    expect(item!.overall.level.level).toBe(5);
  });

  test('limit and kinds narrow the list', () => {
    expect(findConsiderations(twoServices, { limit: 2 }).map((c) => c.kind)).toEqual(['operate', 'raise-utilization']);
    expect(findConsiderations(twoServices, { kinds: ['raise-level'] }).map((c) => c.serviceId)).toEqual([
      'gis',
      'mail',
    ]);
    expect(findConsiderations(twoServices, { kinds: [] })).toEqual([]);
  });

  test('an absent service can go into operation at level 1, but its level is never raised alone', () => {
    const input: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: [
        { id: 'a', area: 'e-admin', name: 'A', status: 'operating', level: 2, utilization: 50 },
        { id: 'z', area: 'e-admin', name: 'Z', status: 'absent', level: 0 },
      ],
    };
    const items = findConsiderations(input);
    expect(items.filter((c) => c.serviceId === 'z').map((c) => [c.kind, c.from, c.to])).toEqual([
      ['operate', 'absent', 'operating'],
    ]);
    expectExactGains(input, items);
  });

  test('an operating service without a utilization can report 100', () => {
    const input: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: [
        { id: 'a', area: 'e-admin', name: 'A', status: 'operating', level: 5, utilization: 20 },
        { id: 'b', area: 'e-admin', name: 'B', status: 'operating', level: 5 },
      ],
    };
    const items = findConsiderations(input, { kinds: ['raise-utilization'] });
    expect(items.map((c) => [c.serviceId, c.from, c.to, c.gain])).toEqual([
      ['a', 20, 100, 26.67],
      ['b', null, 100, 13.34],
    ]);
    expectExactGains(input, items);
  });

  test('services that are not applicable, or already at their best, offer nothing', () => {
    const input: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: [
        { id: 'best', area: 'e-admin', name: 'A', status: 'operating', level: 5, utilization: 100 },
        { id: 'na', area: 'e-admin', name: 'B', status: 'planned', level: 0, applicable: false },
      ],
    };
    expect(findConsiderations(input)).toEqual([]);
  });

  test('under the error policy no service is put into operation (it would lack a utilization)', () => {
    const complete: CityAssessmentInput = {
      ...twoServices,
      dimensions: [
        'governance-mechanism',
        'policy-institution',
        'resource-capacity',
        'ict-network',
        'citizen-readiness',
        'public-service-infrastructure',
      ].map((id) => ({ id, score: 50 })),
    };
    const items = findConsiderations(complete, { missingData: 'error' });
    expect(items.some((c) => c.kind === 'operate')).toBe(false);
    expect(items.length).toBeGreaterThan(0);
    expectExactGains(complete, items, { missingData: 'error' });
  });

  test('raises the weakest indicator of a dimension to its best answer, for every kind', () => {
    const cases: [IndicatorInput, unknown][] = [
      [{ id: 'i', kind: 'likert', min: 0, max: 7, value: 2 }, 7],
      [{ id: 'i', kind: 'likert', value: 2 }, 5],
      [{ id: 'i', kind: 'boolean', value: false }, true],
      [{ id: 'i', kind: 'percent', value: 12.5 }, 100],
      [{ id: 'i', kind: 'score', value: 0 }, 100],
      [{ id: 'i', kind: 'ordinal', scale: { '0': 0, '1': 33.33, '2': 66.67, '3': 100 }, value: 1 }, 3],
      [{ id: 'i', kind: 'ordinal', scale: { '0': 0, '1': 33.33, '2': 66.67, '3': 100 }, value: '1' }, '3'],
      [{ id: 'i', kind: 'ordinal', scale: { low: 10, top: 90, best: 90 }, value: 'low' }, 'best'],
      [{ id: 'i', kind: 'ordinal', scale: { '01': 100, '0': 0 }, value: 0 }, '01'],
      [{ id: 'i', kind: 'numeric', low: 10, high: 50, direction: 'higher-is-better', value: 20 }, 50],
      [{ id: 'i', kind: 'numeric', low: 10, high: 50, direction: 'lower-is-better', value: 20 }, 10],
      [{ id: 'i', kind: 'numeric', low: 50, high: 10, direction: 'higher-is-better', value: 40 }, 10],
    ];
    for (const [indicator, best] of cases) {
      const input = withIndicators([indicator]);
      const items = findConsiderations(input, { kinds: ['raise-indicator'] });
      expect(items, JSON.stringify(indicator)).toHaveLength(1);
      expect(items[0]).toMatchObject({
        kind: 'raise-indicator',
        dimensionId: 'ict-network',
        indicatorId: 'i',
        from: indicator.value,
        to: best,
      });
      expectExactGains(input, items);
    }
  });

  test('the weakest is the lowest answered score, equal scores by id; unanswered ones are skipped', () => {
    const input = withIndicators([
      { id: 'unanswered', kind: 'percent', value: null },
      { id: 'b', kind: 'percent', value: 20 },
      { id: 'a', kind: 'likert', value: 1, weight: 0 },
      { id: 'c', kind: 'boolean', value: false },
      { id: 'd', kind: 'percent', value: 0 },
    ]);
    // a (likert 1 → 0), c (false → 0) and d (0) are the weakest; a is first by id, but has weight 0.
    const items = findConsiderations(input, { kinds: ['raise-indicator'] });
    expect(items).toEqual([]);
    const weighted = withIndicators([
      { id: 'b', kind: 'percent', value: 20 },
      { id: 'd', kind: 'percent', value: 0 },
      { id: 'c', kind: 'boolean', value: false },
      { id: 'unanswered', kind: 'percent', value: null },
    ]);
    expect(
      findConsiderations(weighted, { kinds: ['raise-indicator'] }).map((c) => [c.indicatorId, c.from, c.to]),
    ).toEqual([['c', false, true]]);
  });

  test('a dimension already at its best, or given as a direct score, offers nothing', () => {
    expect(
      findConsiderations(withIndicators([{ id: 'i', kind: 'boolean', value: true }]), { kinds: ['raise-indicator'] }),
    ).toEqual([]);
    expect(
      findConsiderations(withIndicators([{ id: 'i', kind: 'percent', value: null }]), { kinds: ['raise-indicator'] }),
    ).toEqual([]);
  });

  test('equal gains are ordered by kind, then by id', () => {
    const input: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: [
        { id: 'zz', area: 'e-admin', name: 'Z', status: 'developing', level: 2 },
        { id: 'aa', area: 'e-city', name: 'A', status: 'developing', level: 2 },
        { id: 'mm', area: 'e-admin', name: 'M', status: 'developing', level: 2 },
      ],
    };
    expect(findConsiderations(input).map((c) => [c.kind, c.serviceId])).toEqual([
      ['operate', 'aa'],
      ['operate', 'mm'],
      ['operate', 'zz'],
      ['raise-level', 'aa'],
      ['raise-level', 'mm'],
      ['raise-level', 'zz'],
    ]);
  });

  test('works under another methodology and coverage rule', () => {
    const methodology = {
      ...assessCity(twoServices).methodology.definition,
      areaWeights: { operation: 0, development: 1, utilization: 3 },
    };
    const items = findConsiderations(twoServices, { methodology });
    expect(items[0]).toMatchObject({ kind: 'raise-utilization', serviceId: 'mail' });
    expectExactGains(twoServices, items, { methodology });
  });

  test('a city without an overall score has no considerations', () => {
    expect(findConsiderations({ city: { id: 'x', name: 'X' }, services: [] })).toEqual([]);
  });

  test('the result is frozen plain data that survives JSON', () => {
    const items = findConsiderations(twoServices);
    expect(Object.isFrozen(items)).toBe(true);
    expect(Object.isFrozen(items[0]!.overall)).toBe(true);
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });

  test('rejects bad options and bad input', () => {
    expect(issuesOf(() => findConsiderations(twoServices, { limit: 0 }))[0]!.path).toEqual(['limit']);
    expect(issuesOf(() => findConsiderations(twoServices, { limit: 1.5 }))[0]!.path).toEqual(['limit']);
    expect(issuesOf(() => findConsiderations(twoServices, { kinds: ['fly'] as never }))[0]!.path).toEqual(['kinds', 0]);
    expect(issuesOf(() => findConsiderations(twoServices, { top: 3 } as never))[0]!.code).toBe('unrecognized_keys');
    expect(issuesOf(() => findConsiderations(twoServices, { minCoverage: 101 }))[0]!.path).toEqual(['minCoverage']);
    expect(
      issuesOf(() =>
        findConsiderations({
          city: { id: 'x', name: 'X' },
          services: [{ id: 's', area: 'e-admin', name: 'S', status: 'absent', level: 2 }],
        }),
      )[0]!.path,
    ).toEqual(['services', 0, 'level']);
  });
});
