import { describe, expect, test } from 'vitest';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { diffMethodologies } from '../../src/ceds/diff-methodologies.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import type { Methodology } from '../../src/ceds/types.js';

describe('diffMethodologies', () => {
  test('a methodology does not differ from itself or from its JSON copy', () => {
    expect(diffMethodologies(defaultMethodology, defaultMethodology)).toEqual([]);
    const copy = JSON.parse(JSON.stringify(defaultMethodology)) as Methodology;
    expect(diffMethodologies(defaultMethodology, copy)).toEqual([]);
  });

  test('the deck and the platform differ in id, label and the areas they share by position', () => {
    // Deck: e-admin 1, e-industry 2, e-city 3, e-info 4. Platform: e-admin 1, e-life 2,
    // e-industry 3, e-infra 4. Areas match by id: e-industry moves from order 2 to 3,
    // e-city and e-info go, e-life and e-infra come.
    expect(diffMethodologies(defaultMethodology, platformMethodology)).toEqual([
      { kind: 'removed', path: ['areas', 'e-city'], before: { id: 'e-city', label: 'e-City', order: 3 } },
      { kind: 'changed', path: ['areas', 'e-industry', 'order'], before: 2, after: 3 },
      { kind: 'removed', path: ['areas', 'e-info'], before: { id: 'e-info', label: 'e-Info', order: 4 } },
      { kind: 'added', path: ['areas', 'e-infra'], after: { id: 'e-infra', label: 'e-Infra', order: 4 } },
      { kind: 'added', path: ['areas', 'e-life'], after: { id: 'e-life', label: 'e-Life', order: 2 } },
      { kind: 'changed', path: ['id'], before: 'ceds-deck-2015', after: 'ceds-platform-2014' },
      { kind: 'changed', path: ['label'], before: 'CeDS deck (2015)', after: 'CeDS online platform (2014)' },
    ]);
  });

  test('an area keyed by id shows the field that changed', () => {
    const renamed = defineMethodology({
      areas: defaultMethodology.areas.map((a) => (a.id === 'e-city' ? { ...a, label: 'e-Town' } : a)),
    });
    expect(diffMethodologies(defaultMethodology, renamed)).toEqual([
      { kind: 'changed', path: ['areas', 'e-city', 'label'], before: 'e-City', after: 'e-Town' },
    ]);
  });

  test('arrays without ids are compared by index, with added and removed items', () => {
    const shorter = defineMethodology({
      budgetBands: [
        { band: 'A', maxDeviation: 5 },
        { band: 'D', maxDeviation: null },
      ],
    });
    expect(diffMethodologies(defaultMethodology, shorter)).toEqual([
      { kind: 'changed', path: ['budgetBands', 1, 'band'], before: 'B', after: 'D' },
      { kind: 'changed', path: ['budgetBands', 1, 'maxDeviation'], before: 10, after: null },
      { kind: 'removed', path: ['budgetBands', 2], before: { band: 'C', maxDeviation: 15 } },
      { kind: 'removed', path: ['budgetBands', 3], before: { band: 'D', maxDeviation: null } },
    ]);
    expect(diffMethodologies(shorter, defaultMethodology).map((d) => d.kind)).toEqual([
      'changed',
      'changed',
      'added',
      'added',
    ]);
  });

  test('a change in the order of dimensions is reported at the array with both arrays', () => {
    const swapped = defineMethodology({ dimensions: [...defaultMethodology.dimensions].reverse() });
    const diff = diffMethodologies(defaultMethodology, swapped);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toEqual({
      kind: 'changed',
      path: ['dimensions'],
      before: defaultMethodology.dimensions,
      after: swapped.dimensions,
    });
  });

  test('numbers sort before strings and numerically, so the order is stable', () => {
    const levels = Array.from({ length: 12 }, (_, i) => ({ level: i + 1, name: `L${i + 1}`, min: i * 8 }));
    const a = defineMethodology({ levels });
    const b = defineMethodology({ levels: levels.map((l) => ({ ...l, name: `${l.name}!` })) });
    const paths = diffMethodologies(a, b).map((d) => d.path[1]);
    expect(paths).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('the result is frozen and survives JSON unchanged', () => {
    const diff = diffMethodologies(defaultMethodology, platformMethodology);
    expect(Object.isFrozen(diff)).toBe(true);
    expect(Object.isFrozen(diff[0])).toBe(true);
    expect(Object.isFrozen(diff[0]?.before)).toBe(true);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });

  test('values in the result are copies, so freezing them leaves the inputs alone', () => {
    const a = JSON.parse(JSON.stringify(defaultMethodology)) as Methodology;
    const b = JSON.parse(JSON.stringify(platformMethodology)) as Methodology;
    diffMethodologies(a, b);
    expect(Object.isFrozen(a.areas[2])).toBe(false);
    expect(Object.isFrozen(b.areas[1])).toBe(false);
  });

  test('a value of another type is reported as a change of the whole value', () => {
    const odd = { ...defaultMethodology, areaWeights: [1, 1, 1] } as unknown as Methodology;
    expect(diffMethodologies(defaultMethodology, odd)).toEqual([
      {
        kind: 'changed',
        path: ['areaWeights'],
        before: { operation: 1, development: 1, utilization: 1 },
        after: [1, 1, 1],
      },
    ]);
  });

  test('arrays with repeated ids fall back to comparison by index', () => {
    const twice = {
      ...defaultMethodology,
      areas: [defaultMethodology.areas[0], defaultMethodology.areas[0]],
    } as unknown as Methodology;
    expect(diffMethodologies(defaultMethodology, twice).map((d) => d.path)).toEqual([
      ['areas', 1, 'id'],
      ['areas', 1, 'label'],
      ['areas', 1, 'order'],
      ['areas', 2],
      ['areas', 3],
    ]);
  });

  test('a key holding undefined counts as absent, as in JSON', () => {
    const a = { ...defaultMethodology, extra: undefined } as unknown as Methodology;
    const b = { ...defaultMethodology, extra: 'x' } as unknown as Methodology;
    expect(diffMethodologies(a, defaultMethodology)).toEqual([]);
    expect(diffMethodologies(a, b)).toEqual([{ kind: 'added', path: ['extra'], after: 'x' }]);
    expect(diffMethodologies(b, a)).toEqual([{ kind: 'removed', path: ['extra'], before: 'x' }]);
  });
});
