import { describe, expect, test } from 'vitest';
import type { CedsIssue } from '../../src/core/errors.js';
import { egdiLike } from './other-indices.js';
import { defineMethodology, validateMethodology } from '../../src/ceds/define-methodology.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import type { Methodology, MethodologyOverrides } from '../../src/ceds/types.js';
import { safeAssessCity } from '../../src/ceds/assess.js';
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

  test('presets are trusted as validated without any mark on them: plain frozen data', () => {
    expect(validateMethodology(defaultMethodology)).toBe(defaultMethodology);
    expect(Object.getOwnPropertySymbols(defaultMethodology)).toEqual([]);
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
    ['an empty group id', { groups: [{ id: '', label: 'G', weight: 1 }] }, ['groups', 0, 'id'], 'too_small'],
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
      'an empty dimension group',
      { dimensions: [{ id: 'd', label: 'D', group: '', weight: 1 }] },
      ['dimensions', 0, 'group'],
      'too_small',
    ],
    [
      'level bands not starting at 0',
      {
        levels: [
          { level: 1, name: 'L', min: 10 },
          { level: 2, name: 'H', min: 50 },
        ],
      },
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
    [
      'a negative band minimum',
      {
        levels: [
          { level: 1, name: 'A', min: -5 },
          { level: 2, name: 'B', min: 50 },
        ],
      },
      ['levels', 0, 'min'],
      'too_small',
    ],
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
    [
      'an empty level name',
      {
        levels: [
          { level: 1, name: '', min: 0 },
          { level: 2, name: 'B', min: 50 },
        ],
      },
      ['levels', 0, 'name'],
      'too_small',
    ],
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
        levels: [
          { level: 2, name: 'A', min: 5 },
          { level: 2, name: 'B', min: 50 },
        ],
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

describe('a methodology of any tree', () => {
  /** Every issue of a rejected definition, as [path, code], in the order reported. */
  const problemsOf = (fn: () => unknown) => issuesOf(fn).map((i) => [i.path, i.code]);
  const groupsAToD = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: `Group ${id.toUpperCase()}`, weight: 1 }));
  const oneDimensionEach = groupsAToD.map((g, i) => ({ id: `d${i + 1}`, label: `D${i + 1}`, group: g.id, weight: 1 }));
  const fourLevels = [
    { level: 1, name: 'D', min: 0 },
    { level: 2, name: 'C', min: 25 },
    { level: 3, name: 'B', min: 50 },
    { level: 4, name: 'A', min: 75 },
  ];

  describe('is rejected with one issue per problem, each at its path', () => {
    test('a group with no dimension', () => {
      const groups = [...defaultMethodology.groups, { id: 'extra', label: 'Extra', weight: 1 }];
      expect(problemsOf(() => defineMethodology({ groups }))).toEqual([[['groups', 2], 'empty_group']]);
    });

    test('a dimension naming an unknown group', () => {
      const dimensions = [
        ...defaultMethodology.dimensions,
        { id: 'open-data', label: 'Open Data', group: 'middle', weight: 1 },
      ];
      expect(problemsOf(() => defineMethodology({ dimensions }))).toEqual([
        [['dimensions', 6, 'group'], 'unknown_group'],
      ]);
    });

    test('every dimension in an unknown group leaves both groups empty: three problems, three paths', () => {
      expect(
        problemsOf(() => defineMethodology({ dimensions: [{ id: 'd', label: 'D', group: 'middle', weight: 1 }] })),
      ).toEqual([
        [['dimensions', 0, 'group'], 'unknown_group'],
        [['groups', 0], 'empty_group'],
        [['groups', 1], 'empty_group'],
      ]);
    });

    test('dimensions without any group', () => {
      expect(problemsOf(() => defineMethodology({ groups: [] }))).toEqual(
        defaultMethodology.dimensions.map((_, i) => [['dimensions', i, 'group'], 'unknown_group']),
      );
    });

    test('a duplicate group id', () => {
      const groups = [...defaultMethodology.groups, { id: 'internal', label: 'Internal again', weight: 1 }];
      expect(problemsOf(() => defineMethodology({ groups }))).toEqual([[['groups', 2, 'id'], 'duplicate_id']]);
    });

    test('a duplicate dimension id', () => {
      const dimensions = [
        ...defaultMethodology.dimensions,
        { id: 'ict-network', label: 'ICT Network again', group: 'external', weight: 1 },
      ];
      expect(problemsOf(() => defineMethodology({ dimensions }))).toEqual([[['dimensions', 6, 'id'], 'duplicate_id']]);
    });

    test('a duplicate area id', () => {
      const areas = [...defaultMethodology.areas, { id: 'e-admin', label: 'e-Admin again', order: 99 }];
      expect(problemsOf(() => defineMethodology({ areas }))).toEqual([[['areas', 4, 'id'], 'duplicate_id']]);
    });

    test('duplicates in every list at once', () => {
      expect(
        problemsOf(() =>
          defineMethodology({
            areas: [
              { id: 'x', label: 'X', order: 1 },
              { id: 'x', label: 'X again', order: 2 },
            ],
            groups: [
              { id: 'g', label: 'G', weight: 1 },
              { id: 'g', label: 'G again', weight: 1 },
            ],
            dimensions: [
              { id: 'd', label: 'D', group: 'g', weight: 1 },
              { id: 'd', label: 'D again', group: 'g', weight: 1 },
            ],
          }),
        ),
      ).toEqual([
        [['areas', 1, 'id'], 'duplicate_id'],
        [['groups', 1, 'id'], 'duplicate_id'],
        [['dimensions', 1, 'id'], 'duplicate_id'],
      ]);
    });

    test('neither areas nor dimensions', () => {
      expect(problemsOf(() => defineMethodology({ areas: [], groups: [], dimensions: [] }))).toEqual([
        [[], 'empty_methodology'],
      ]);
    });

    test('neither areas nor dimensions, with groups left empty', () => {
      expect(problemsOf(() => defineMethodology({ areas: [], dimensions: [] }))).toEqual([
        [[], 'empty_methodology'],
        [['groups', 0], 'empty_group'],
        [['groups', 1], 'empty_group'],
      ]);
    });

    test('fewer than two levels', () => {
      expect(problemsOf(() => defineMethodology({ levels: [{ level: 1, name: 'Only', min: 0 }] }))).toEqual([
        [['levels'], 'too_small'],
      ]);
      expect(problemsOf(() => defineMethodology({ levels: [] }))).toEqual([[['levels'], 'too_small']]);
    });

    test('all-zero overall weights on both sides', () => {
      expect(problemsOf(() => defineMethodology({ overallWeights: { services: 0, readiness: 0 } }))).toEqual([
        [['overallWeights'], 'all_zero_weights'],
      ]);
    });

    test('a zero weight on the only side a methodology has', () => {
      // Readiness only: the services weight does not count.
      expect(problemsOf(() => defineMethodology({ areas: [], overallWeights: { services: 1, readiness: 0 } }))).toEqual(
        [[['overallWeights'], 'all_zero_weights']],
      );
      // Services only: the readiness weight does not count.
      expect(
        problemsOf(() =>
          defineMethodology({ groups: [], dimensions: [], overallWeights: { services: 0, readiness: 1 } }),
        ),
      ).toEqual([[['overallWeights'], 'all_zero_weights']]);
    });

    test('validateMethodology reports the same problems on a whole plain methodology', () => {
      const input = { ...plain(defaultMethodology), areas: [], groups: [], dimensions: [] };
      expect(problemsOf(() => validateMethodology(input))).toEqual([[[], 'empty_methodology']]);
    });
  });

  describe('is accepted', () => {
    test('the three-component literal of the issue, as it is', () => {
      // The literal itself, verbatim, lives in ./other-indices.ts.
      const m = egdiLike;
      expect(m).toMatchObject({ id: 'egdi-like', areas: [], groups: [{ id: 'egdi' }], precision: 2 });
      expect(m.dimensions.map((d) => d.id)).toEqual(['osi', 'hci', 'tii']);
      expect(m.levels.map((l) => l.name)).toEqual(['Low', 'Middle', 'High', 'Very High']);
      expect(isDeepFrozen(m)).toBe(true);
      expect(validateMethodology(plain(m))).toEqual(m);
    });

    test('any group ids, such as lettered groups a to d', () => {
      const m = defineMethodology({ areas: [], groups: groupsAToD, dimensions: oneDimensionEach, levels: fourLevels });
      expect(m.groups.map((g) => g.id)).toEqual(['a', 'b', 'c', 'd']);
      expect(m.dimensions.map((d) => d.group)).toEqual(['a', 'b', 'c', 'd']);
    });

    test('lettered groups next to service areas', () => {
      const m = defineMethodology({ groups: groupsAToD, dimensions: oneDimensionEach });
      expect(m.areas).toEqual(defaultMethodology.areas);
      expect(m.groups).toHaveLength(4);
    });

    test('service areas with no groups and no dimensions', () => {
      const m = defineMethodology({ groups: [], dimensions: [] });
      expect([m.areas.length, m.groups.length, m.dimensions.length]).toEqual([4, 0, 0]);
      // The readiness weight may be 0 when there is no readiness side.
      expect(defineMethodology({ overallWeights: { readiness: 0 } }, m).overallWeights.readiness).toBe(0);
    });

    test('dimensions and no areas, whose services weight may be 0', () => {
      const m = defineMethodology({ areas: [], overallWeights: { services: 0 } });
      expect([m.areas.length, m.dimensions.length, m.overallWeights.services]).toEqual([0, 6, 0]);
    });

    test('two level bands, the fewest allowed', () => {
      const m = defineMethodology({
        levels: [
          { level: 1, name: 'Below', min: 0 },
          { level: 2, name: 'Above', min: 50 },
        ],
      });
      expect(m.levels).toHaveLength(2);
    });
  });
});

describe('trust in a validated methodology', () => {
  test('cannot be forged: a frozen look-alike with the old brand is validated like any input', () => {
    const forged = JSON.parse(JSON.stringify(defaultMethodology)) as Record<string, unknown>;
    forged['areaWeights'] = { operation: -1, development: 1, utilization: 1 };
    Object.defineProperty(forged, Symbol.for('wego-ceds.methodology'), { value: true });
    Object.freeze(forged);
    const result = safeAssessCity(
      { city: { id: 'x', name: 'X' }, services: [] },
      { methodology: forged as unknown as Methodology },
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((i) => i.path)).toContainEqual(['methodology', 'areaWeights', 'operation']);
  });
});
