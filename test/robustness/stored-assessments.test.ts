// Stored assessments are input too: a `CityAssessment` kept as JSON, edited by hand or by a tool,
// or handed over as a hostile object, is validated by every function that takes one. Whatever it
// is given, `rankAssessments` and `compareAssessments` return clean frozen data or throw a
// CedsInputError naming the path inside their arguments, never a DecimalError, a TypeError or
// a RangeError, and no string or -0 reaches a result.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { compareAssessments } from '../../src/ceds/compare-assessments.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import { rankAssessments } from '../../src/ceds/rank-assessments.js';
import type { CityAssessment } from '../../src/ceds/types.js';
import { CedsInputError } from '../../src/core/errors.js';
import { cityAssessmentSchema } from '../../src/schemas/validators.js';
import { inputErrorOf } from '../issues-of.js';
import { revoked, throwingAt, throwingTrap, twoFaced } from './hostile.js';
import {
  expectCleanData,
  expectInputError,
  expectUntouched,
  mutate,
  mutationArbitrary,
  RUNS,
  snapshot,
} from './invariants.js';

const city = (id: string, level: number, utilization: number) =>
  assessCity({
    city: { id, name: id },
    services: [
      { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level, utilization },
      { id: 'gis', area: 'e-city', name: 'GIS', status: 'developing', level: 2 },
    ],
    dimensions: [{ id: 'ict-network', score: 55.5 }],
  });

/** A fresh assessment of `id`, as a JSON file would give it back (plain, unfrozen data). */
const stored = (id = 'seoul', level = 4, utilization = 70): any =>
  JSON.parse(JSON.stringify(city(id, level, utilization)));

/** The edited assessment given at index 1 of `rankAssessments` and as `after` of `compareAssessments`. */
function issuesOfBoth(edited: unknown) {
  const ranked = inputErrorOf(() => rankAssessments([stored('busan'), edited] as CityAssessment[])).issues;
  const compared = inputErrorOf(() => compareAssessments(stored(), edited as CityAssessment)).issues;
  return { ranked, compared };
}

type Edit = (a: any) => void;
const edits: [name: string, edit: Edit, path: (string | number)[], code: string][] = [
  ['an overall score "abc"', (a) => (a.overall.score = 'abc'), ['overall', 'score'], 'invalid_type'],
  ['an overall score NaN', (a) => (a.overall.score = NaN), ['overall', 'score'], 'invalid_type'],
  ['an overall score Infinity', (a) => (a.overall.score = Infinity), ['overall', 'score'], 'invalid_type'],
  ['an overall score 101', (a) => (a.overall.score = 101), ['overall', 'score'], 'too_big'],
  ['an area score -1', (a) => (a.areas[0].score = -1), ['areas', 0, 'score'], 'too_small'],
  ['a rate as a string', (a) => (a.average.operationRate = '50'), ['average', 'operationRate'], 'invalid_type'],
  ['areas: [null]', (a) => (a.areas = [null]), ['areas', 0], 'invalid_type'],
  ['groups that are not a list', (a) => (a.groups = { internal: a.groups[0] }), ['groups'], 'invalid_type'],
  ['a row id that is a number', (a) => (a.dimensions[0].id = 7), ['dimensions', 0, 'id'], 'invalid_type'],
  ['an area the methodology has not', (a) => (a.areas[0].id = 'e-space'), ['areas', 0, 'id'], 'unknown_area'],
  ['an area row twice', (a) => (a.areas[1].id = a.areas[0].id), ['areas', 1, 'id'], 'duplicate_id'],
  [
    'a level that does not match its score',
    (a) => (a.overall.level = { level: 5, name: 'Seamless' }),
    ['overall', 'level'],
    'invalid_level',
  ],
  [
    'a level without a score',
    (a) => (a.areas[3].level = { level: 1, name: 'Emerging' }),
    ['areas', 3, 'level'],
    'invalid_level',
  ],
  [
    'a definition without precision',
    (a) => delete a.methodology.definition.precision,
    ['methodology', 'definition', 'precision'],
    'invalid_type',
  ],
  [
    'a level band whose name is a number',
    (a) => (a.methodology.definition.levels[2].name = 3),
    ['methodology', 'definition', 'levels', 2, 'name'],
    'invalid_type',
  ],
  [
    'level bands out of order',
    (a) => (a.methodology.definition.levels[2].min = 10),
    ['methodology', 'definition', 'levels', 2, 'min'],
    'out_of_order',
  ],
  [
    'a methodology id that is not its definition’s',
    (a) => (a.methodology.id = 'other'),
    ['methodology', 'id'],
    'invalid_value',
  ],
  ['an unknown key', (a) => (a.overall.note = 'x'), ['overall', 'note'], 'unrecognized_keys'],
];

describe('an edited stored assessment is an error at its path in the arguments', () => {
  test.each(edits)('%s', (_name, edit, path, code) => {
    const a = stored();
    edit(a);
    const { ranked, compared } = issuesOfBoth(a);
    expect(ranked).toContainEqual(expect.objectContaining({ path: [1, ...path], code }));
    expect(compared).toContainEqual(expect.objectContaining({ path: ['after', ...path], code }));
    const own = cityAssessmentSchema['~standard'].validate(a) as {
      issues?: readonly { path?: unknown; code?: string }[];
    };
    expect(own.issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  test('the issue path names the assessment in a long list', () => {
    const cohort = ['a', 'b', 'c'].map((id) => stored(id));
    cohort[2].overall.score = 'abc';
    expect(inputErrorOf(() => rankAssessments(cohort)).issues).toEqual([
      { path: [2, 'overall', 'score'], code: 'invalid_type', message: 'A score must be a finite number' },
    ]);
    const before = stored();
    before.areas[0] = null;
    expect(inputErrorOf(() => compareAssessments(before, stored())).issues).toEqual([
      { path: ['before', 'areas', 0], code: 'invalid_type', message: 'Expected object' },
    ]);
  });
});

describe('a cyclic definition is reported, not overflowed', () => {
  const cycles: [string, Edit][] = [
    ['the definition holding itself', (a) => (a.methodology.definition.self = a.methodology.definition)],
    ['an area that is the definition', (a) => (a.methodology.definition.areas[0] = a.methodology.definition)],
    ['levels holding the definition', (a) => a.methodology.definition.levels.push(a.methodology.definition)],
    ['weights that are the assessment', (a) => (a.methodology.definition.areaWeights = a)],
    ['the assessment as its own definition', (a) => (a.methodology.definition = a)],
  ];
  test.each(cycles)('%s', (_name, edit) => {
    const a = stored();
    edit(a);
    const { ranked, compared } = issuesOfBoth(a);
    expect(ranked.every((i) => i.path[0] === 1 && i.path[1] === 'methodology')).toBe(true);
    expect(compared.every((i) => i.path[0] === 'after' && i.path[1] === 'methodology')).toBe(true);
  });
});

describe('a -0 reads as 0 and never reaches a result', () => {
  test('in scores, rates, counts and the definition', () => {
    const a = stored('busan', 1, 0);
    a.average.utilizationRate = -0;
    a.areas[2].totalServices = -0;
    a.coverage.utilization = -0;
    a.methodology.definition.levels[0].min = -0;
    const zeroScore = stored('daegu', 1, 0);
    zeroScore.groups[1].score = -0;
    zeroScore.groups[1].level = { level: 1, name: 'Emerging' };
    const ranking = rankAssessments([stored(), a, zeroScore], { by: 'overall' });
    expectCleanData(ranking);
    expect(ranking.cohort.groups[1]!.score.min).toBe(0);
    const comparison = compareAssessments(a, zeroScore);
    expectCleanData(comparison);
    expect(Object.is(comparison.average.utilizationRate.before, 0)).toBe(true);
    expectCleanData(cityAssessmentSchema.parse(a));
  });
});

describe('hostile objects become issues', () => {
  test('a getter that throws, a Proxy whose trap throws, a revoked Proxy', () => {
    const a = stored();
    const hostile: [unknown, (string | number)[]][] = [
      [throwingAt(a, 'overall'), []],
      [{ ...a, overall: throwingTrap({ ...a.overall }, 'get') }, []],
      [{ ...a, methodology: { ...a.methodology, definition: revoked() } }, ['methodology', 'definition']],
      [
        {
          ...a,
          methodology: { ...a.methodology, definition: throwingTrap({ ...a.methodology.definition }, 'ownKeys') },
        },
        [],
      ],
      [revoked(), []],
    ];
    for (const [value, under] of hostile) {
      const error = inputErrorOf(() => rankAssessments([stored('busan'), value] as CityAssessment[]));
      expectInputError(error);
      expect(error.issues.every((i) => i.path[0] === 1)).toBe(true);
      expect(error.issues.some((i) => under.every((key, n) => i.path[n + 1] === key))).toBe(true);
      expectInputError(inputErrorOf(() => compareAssessments(value as CityAssessment, stored())));
      expect(cityAssessmentSchema['~standard'].validate(value)).toHaveProperty('issues');
    }
  });

  test('a list of assessments that throws when read', () => {
    expectInputError(inputErrorOf(() => rankAssessments(throwingTrap([stored()], 'get'))));
    expectInputError(inputErrorOf(() => rankAssessments(revoked() as never)));
  });

  test('a score read once: a getter that answers a string the second time is never used', () => {
    const a = stored();
    const twice = { ...a, overall: twoFaced(a.overall, 'score', a.overall.score, 'abc') };
    const ranking = rankAssessments([twice, stored('busan')]);
    expect(ranking.ranking.find((r) => r.cityId === 'seoul')!.score).toBe(a.overall.score);
    expectCleanData(ranking);
  });
});

describe('a methodology shared by the whole cohort', () => {
  test('is validated once, however many assessments carry it', () => {
    const definition = JSON.parse(JSON.stringify(defaultMethodology));
    let reads = 0;
    Object.defineProperty(definition, 'precision', {
      enumerable: true,
      get: () => {
        reads += 1;
        return 2;
      },
    });
    const cohort = Array.from({ length: 20 }, (_, i) => {
      const a = stored(`city-${i}`, 1 + (i % 5), 50);
      a.methodology.definition = definition;
      return a;
    });
    expect(rankAssessments(cohort).ranking).toHaveLength(20);
    expect(reads).toBe(1);
    reads = 0;
    compareAssessments(cohort[0], cohort[1]);
    expect(reads).toBe(1);
  });

  test('in copies read from JSON, ranks as the fresh assessments do', () => {
    const fresh = ['a', 'b', 'c', 'd'].map((id, i) => city(id, 1 + i, 20 * i));
    const copies = fresh.map((a) => JSON.parse(JSON.stringify(a)) as CityAssessment);
    expect(rankAssessments(copies)).toEqual(rankAssessments(fresh));
    expect(compareAssessments(copies[0]!, copies[1]!)).toEqual(compareAssessments(fresh[0]!, fresh[1]!));
  });
});

// Any edit of a stored assessment: a clean result or a CedsInputError, and the input untouched.
prop.prop([fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 })], { numRuns: Math.min(RUNS, 500) })(
  'rankAssessments and compareAssessments answer any edited assessment with clean data or a CedsInputError',
  (mutations) => {
    const base = stored();
    const edited = mutate(base, mutations);
    const before = snapshot(edited);
    for (const call of [
      () => rankAssessments([stored('busan'), edited] as CityAssessment[]),
      () => compareAssessments(stored(), edited as CityAssessment),
      () => cityAssessmentSchema.parse(edited),
    ]) {
      let result: unknown;
      try {
        result = call();
      } catch (error) {
        if (!(error instanceof CedsInputError)) throw error;
        expectInputError(error);
        continue;
      }
      expectCleanData(result);
    }
    expectUntouched(edited, before);
  },
);
