import { describe, expect, test } from 'vitest';
import type { CedsIssue } from '../../src/core/errors.js';
import { defineMethodology, validateMethodology } from '../../src/ceds/define-methodology.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import type { Methodology, MethodologyOverrides } from '../../src/ceds/types.js';
import { inputErrorOf } from '../issues-of.js';

const BRAND = Symbol.for('wego-ceds.methodology');

function issuesOf(fn: () => unknown): readonly CedsIssue[] {
  const error = inputErrorOf(fn);
  expect(error.message).toMatch(/^Invalid methodology \(/);
  return error.issues;
}

function plain(m: Methodology): Record<string, unknown> {
  return JSON.parse(JSON.stringify(m)) as Record<string, unknown>;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('presets', () => {
  test('both presets pass full validation when read back from JSON', () => {
    expect(validateMethodology(plain(defaultMethodology))).toEqual(defaultMethodology);
    expect(validateMethodology(plain(platformMethodology))).toEqual(platformMethodology);
  });

  test('presets carry the validated brand, invisible to JSON and to key listings', () => {
    expect((defaultMethodology as unknown as Record<symbol, unknown>)[BRAND]).toBe(true);
    expect(Object.keys(defaultMethodology)).not.toContain(BRAND);
    expect(JSON.stringify(defaultMethodology)).not.toContain('wego-ceds');
    expect(isDeepFrozen(platformMethodology)).toBe(true);
  });
});

describe('validateMethodology', () => {
  test('returns a branded methodology itself, without copying', () => {
    expect(validateMethodology(defaultMethodology)).toBe(defaultMethodology);
  });

  test('returns a frozen, branded copy of a valid plain methodology and leaves the input alone', () => {
    const input = plain(platformMethodology);
    const result = validateMethodology(input);
    expect(result).not.toBe(input);
    expect(result).toEqual(input);
    expect(isDeepFrozen(result)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(validateMethodology(result)).toBe(result);
  });

  test('an unfrozen object carrying a copied brand is still validated in full', () => {
    const forged = { ...plain(defaultMethodology), precision: 9 };
    Object.defineProperty(forged, BRAND, { value: true });
    expect(issuesOf(() => validateMethodology(forged))).toEqual([
      { path: ['precision'], code: 'too_big', message: 'The precision must be from 0 to 6 decimals' },
    ]);
  });

  test('rejects a value that is not an object', () => {
    expect(issuesOf(() => validateMethodology(null))[0]).toMatchObject({ path: [], code: 'invalid_type' });
    expect(issuesOf(() => validateMethodology('ceds-deck-2015'))[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  test('rejects unknown keys, __proto__ included', () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(plain(defaultMethodology)).slice(1)}`,
    ) as unknown;
    expect(issuesOf(() => validateMethodology(input))).toEqual([
      { path: ['__proto__'], code: 'unrecognized_keys', message: 'Unknown key "__proto__"' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('reports every shape problem with its path', () => {
    const input = {
      ...plain(defaultMethodology),
      id: '',
      areaWeighting: 'median',
      missingData: { policy: 'guess', minCoverage: 120 },
    };
    expect(issuesOf(() => validateMethodology(input)).map((i) => [i.path, i.code])).toEqual([
      [['id'], 'too_small'],
      [['areaWeighting'], 'invalid_value'],
      [['missingData', 'policy'], 'invalid_value'],
      [['missingData', 'minCoverage'], 'too_big'],
    ]);
  });
});

describe('defineMethodology merges', () => {
  test('with no overrides it returns a new, equal methodology', () => {
    const copy = defineMethodology({});
    expect(copy).toEqual(defaultMethodology);
    expect(copy).not.toBe(defaultMethodology);
    expect(copy.areas).not.toBe(defaultMethodology.areas);
    expect(isDeepFrozen(copy)).toBe(true);
  });

  test('nested objects merge key by key', () => {
    const m = defineMethodology({
      areaWeights: { operation: 2 },
      aggregation: { overall: 'geometric' },
      missingData: { minCoverage: 75 },
    });
    expect(m.areaWeights).toEqual({ operation: 2, development: 1, utilization: 1 });
    expect(m.aggregation).toEqual({
      area: 'arithmetic',
      dimension: 'arithmetic',
      group: 'arithmetic',
      readiness: 'arithmetic',
      overall: 'geometric',
    });
    expect(m.missingData).toEqual({ policy: 'exclude', minCoverage: 75 });
  });

  test('an override key holding undefined leaves the base value in place', () => {
    const m = defineMethodology({
      precision: undefined,
      overallWeights: { services: undefined, readiness: 3 },
    });
    expect(m.precision).toBe(2);
    expect(m.overallWeights).toEqual({ services: 1, readiness: 3 });
  });

  test('arrays replace whole', () => {
    const areas = [
      { id: 'e-admin', label: 'e-Admin', order: 1 },
      { id: 'e-life', label: 'e-Life', order: 2 },
    ];
    const m = defineMethodology({
      areas,
      levels: [
        { level: 1, name: 'Low', min: 0 },
        { level: 2, name: 'High', min: 50 },
      ],
    });
    expect(m.areas).toEqual(areas);
    expect(m.levels.map((l) => l.name)).toEqual(['Low', 'High']);
    expect(m.areas).not.toBe(areas);
    expect(Object.isFrozen(areas)).toBe(false);
  });

  test('starts from the given base', () => {
    const m = defineMethodology({ version: '2.0.0' }, platformMethodology);
    expect(m.id).toBe('ceds-platform-2014');
    expect(m.version).toBe('2.0.0');
    expect(m.areas).toEqual(platformMethodology.areas);
  });

  test('accepts a plain, valid base and never changes it', () => {
    const base = plain(platformMethodology) as unknown as Methodology;
    const before = JSON.stringify(base);
    const m = defineMethodology({ areaWeights: { utilization: 0 } }, base);
    expect(m.areaWeights.utilization).toBe(0);
    expect(JSON.stringify(base)).toBe(before);
    expect(Object.isFrozen(base)).toBe(false);
  });

  test('the result can serve as the base of another definition', () => {
    const first = defineMethodology({ id: 'first' });
    const second = defineMethodology({ precision: 0 }, first);
    expect([second.id, second.precision]).toEqual(['first', 0]);
  });

  test('the result is branded as validated', () => {
    const m = defineMethodology({ id: 'branded' });
    expect(validateMethodology(m)).toBe(m);
  });
});

describe('defineMethodology rejects', () => {
  const cases: [string, MethodologyOverrides | Record<string, unknown>, CedsIssue['path'], string][] = [
    ['a negative weight', { areaWeights: { operation: -1 } }, ['areaWeights', 'operation'], 'too_small'],
    [
      'a weight that is not finite',
      { overallWeights: { services: Number.POSITIVE_INFINITY } },
      ['overallWeights', 'services'],
      'invalid_type',
    ],
    [
      'area weights that are all zero',
      { areaWeights: { operation: 0, development: 0, utilization: 0 } },
      ['areaWeights'],
      'all_zero_weights',
    ],
    [
      'overall weights that are all zero',
      { overallWeights: { services: 0, readiness: 0 } },
      ['overallWeights'],
      'all_zero_weights',
    ],
    [
      'group weights that are all zero',
      {
        groups: [
          { id: 'internal', label: 'Internal', weight: 0 },
          { id: 'external', label: 'External', weight: 0 },
        ],
      },
      ['groups'],
      'all_zero_weights',
    ],
    ['a missing group', { groups: [{ id: 'internal', label: 'Internal', weight: 1 }] }, ['groups'], 'missing_group'],
    [
      'a group that is neither internal nor external',
      {
        groups: [
          { id: 'internal', label: 'Internal', weight: 1 },
          { id: 'other', label: 'Other', weight: 1 },
        ],
      },
      ['groups', 1, 'id'],
      'invalid_value',
    ],
    [
      'a duplicate area id',
      {
        areas: [
          { id: 'e-admin', label: 'A', order: 1 },
          { id: 'e-admin', label: 'B', order: 2 },
        ],
      },
      ['areas', 1, 'id'],
      'duplicate_id',
    ],
    ['an empty area id', { areas: [{ id: '', label: 'A', order: 1 }] }, ['areas', 0, 'id'], 'too_small'],
    ['no areas at all', { areas: [] }, ['areas'], 'too_small'],
    [
      'areas out of report order',
      {
        areas: [
          { id: 'a', label: 'A', order: 2 },
          { id: 'b', label: 'B', order: 1 },
        ],
      },
      ['areas', 1, 'order'],
      'out_of_order',
    ],
    [
      'a duplicate dimension id',
      {
        dimensions: [
          { id: 'd', label: 'D', group: 'internal', weight: 1 },
          { id: 'd', label: 'D again', group: 'external', weight: 1 },
        ],
      },
      ['dimensions', 1, 'id'],
      'duplicate_id',
    ],
    [
      'a group without dimensions',
      { dimensions: [{ id: 'd', label: 'D', group: 'internal', weight: 1 }] },
      ['dimensions'],
      'empty_group',
    ],
    [
      'the dimension weights of a group all zero',
      {
        dimensions: [
          { id: 'a', label: 'A', group: 'internal', weight: 0 },
          { id: 'b', label: 'B', group: 'external', weight: 1 },
        ],
      },
      ['dimensions'],
      'all_zero_weights',
    ],
    [
      'a dimension in an unknown group',
      { dimensions: [{ id: 'd', label: 'D', group: 'middle', weight: 1 }] },
      ['dimensions', 0, 'group'],
      'invalid_value',
    ],
    [
      'level bands not starting at 0',
      { levels: [{ level: 1, name: 'L', min: 10 }] },
      ['levels', 0, 'min'],
      'bands_not_covering',
    ],
    [
      'level bands not strictly increasing',
      {
        levels: [
          { level: 1, name: 'A', min: 0 },
          { level: 2, name: 'B', min: 50 },
          { level: 3, name: 'C', min: 50 },
        ],
      },
      ['levels', 2, 'min'],
      'out_of_order',
    ],
    [
      'a level band starting at 100',
      {
        levels: [
          { level: 1, name: 'A', min: 0 },
          { level: 2, name: 'B', min: 100 },
        ],
      },
      ['levels', 1, 'min'],
      'too_big',
    ],
    ['a negative band minimum', { levels: [{ level: 1, name: 'A', min: -5 }] }, ['levels', 0, 'min'], 'too_small'],
    [
      'levels numbered out of sequence',
      {
        levels: [
          { level: 1, name: 'A', min: 0 },
          { level: 3, name: 'B', min: 50 },
        ],
      },
      ['levels', 1, 'level'],
      'out_of_sequence',
    ],
    ['an empty level name', { levels: [{ level: 1, name: '', min: 0 }] }, ['levels', 0, 'name'], 'too_small'],
    ['no level bands', { levels: [] }, ['levels'], 'too_small'],
    ['a fractional precision', { precision: 1.5 }, ['precision'], 'invalid_type'],
    ['a precision above 6', { precision: 7 }, ['precision'], 'too_big'],
    [
      'an unknown missing-data policy',
      { missingData: { policy: 'impute' } },
      ['missingData', 'policy'],
      'invalid_value',
    ],
    ['a minimum coverage above 100', { missingData: { minCoverage: 101 } }, ['missingData', 'minCoverage'], 'too_big'],
    ['an unknown aggregation', { aggregation: { group: 'harmonic' } }, ['aggregation', 'group'], 'invalid_value'],
    ['an empty version', { version: '' }, ['version'], 'too_small'],
    [
      'budget bands that do not widen',
      {
        budgetBands: [
          { band: 'A', maxDeviation: 10 },
          { band: 'B', maxDeviation: 5 },
          { band: 'C', maxDeviation: null },
        ],
      },
      ['budgetBands', 1, 'maxDeviation'],
      'out_of_order',
    ],
    [
      'a catch-all budget band before the last',
      {
        budgetBands: [
          { band: 'A', maxDeviation: null },
          { band: 'B', maxDeviation: null },
        ],
      },
      ['budgetBands', 0, 'maxDeviation'],
      'out_of_order',
    ],
    [
      'budget bands without a catch-all',
      { budgetBands: [{ band: 'A', maxDeviation: 5 }] },
      ['budgetBands', 0, 'maxDeviation'],
      'missing_catch_all',
    ],
    [
      'a negative budget deviation',
      {
        budgetBands: [
          { band: 'A', maxDeviation: -1 },
          { band: 'B', maxDeviation: null },
        ],
      },
      ['budgetBands', 0, 'maxDeviation'],
      'too_small',
    ],
    [
      'a duplicate budget band name',
      {
        budgetBands: [
          { band: 'A', maxDeviation: 5 },
          { band: 'A', maxDeviation: null },
        ],
      },
      ['budgetBands', 1, 'band'],
      'duplicate_id',
    ],
    ['a key a methodology does not have', { weights: { operation: 1 } }, ['weights'], 'unrecognized_keys'],
    [
      'a nested key a methodology does not have',
      { areaWeights: { operations: 1 } },
      ['areaWeights', 'operations'],
      'unrecognized_keys',
    ],
    [
      'an unknown key inside an area',
      { areas: [{ id: 'a', label: 'A', order: 1, colour: 'red' }] },
      ['areas', 0, 'colour'],
      'unrecognized_keys',
    ],
  ];

  test.each(cases)('%s', (_name, overrides, path, code) => {
    const issues = issuesOf(() => defineMethodology(overrides));
    expect(issues.map((i) => ({ path: i.path, code: i.code }))).toContainEqual({ path, code });
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  });

  test('overrides that are not an object', () => {
    expect(issuesOf(() => defineMethodology(null as unknown as MethodologyOverrides))).toEqual([
      { path: [], code: 'invalid_type', message: 'Expected object' },
    ]);
    expect(issuesOf(() => defineMethodology([] as unknown as MethodologyOverrides))[0]?.code).toBe('invalid_type');
  });

  test('an invalid base is reported, not silently used', () => {
    const base = { ...plain(defaultMethodology), precision: -1 } as unknown as Methodology;
    expect(issuesOf(() => defineMethodology({}, base)).map((i) => i.path)).toEqual([['precision']]);
  });

  test('messages say what to do', () => {
    const [issue] = issuesOf(() =>
      defineMethodology({
        levels: [
          { level: 1, name: 'A', min: 0 },
          { level: 2, name: 'B', min: 0 },
        ],
      }),
    );
    expect(issue?.message).toBe('Level bands must be in strictly increasing order: 0 must be greater than 0');
    const [weights] = issuesOf(() => defineMethodology({ overallWeights: { services: 0, readiness: 0 } }));
    expect(weights?.message).toBe('The overall weights are all 0; at least one must be above 0');
  });

  test('every rule broken at once is reported at once', () => {
    const issues = issuesOf(() =>
      defineMethodology({
        areaWeights: { operation: 0, development: 0, utilization: 0 },
        levels: [{ level: 2, name: 'A', min: 5 }],
        budgetBands: [{ band: 'A', maxDeviation: 5 }],
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual([
      'all_zero_weights',
      'bands_not_covering',
      'missing_catch_all',
      'out_of_sequence',
    ]);
  });
});
