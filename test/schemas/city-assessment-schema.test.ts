import type * as z from 'zod/mini';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import type { storedAssessmentShape } from '../../src/ceds/input/assessment.js';
import type { methodologyShapeSchema } from '../../src/ceds/input/methodology.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import type { CityAssessment } from '../../src/ceds/types.js';
import { CedsInputError } from '../../src/core/errors.js';
import { toJsonSchema } from '../../src/schemas/json-schema.js';
import { cityAssessmentSchema } from '../../src/schemas/validators.js';

// Results are deeply readonly; zod's input types are mutable.
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type StoredShape = ReturnType<typeof storedAssessmentShape<typeof methodologyShapeSchema>>;

test('the stored-assessment schema and CityAssessment describe the same data', () => {
  expectTypeOf<z.output<StoredShape>>().toExtend<CityAssessment>();
  // The `Average` row's id is always `average` (the type says so in words, the schema exactly).
  type Stored = CityAssessment & { readonly average: { readonly id: 'average' } };
  expectTypeOf<Stored>().toExtend<DeepReadonly<z.input<StoredShape>>>();
});

const fresh = () =>
  assessCity({
    city: { id: 'seoul', name: 'Seoul', country: 'KR' },
    period: '2015',
    services: [
      { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 },
      { id: 'gis', area: 'e-city', name: 'GIS', status: 'planned', level: 1 },
    ],
    dimensions: [{ id: 'ict-network', indicators: [{ id: 'q1', kind: 'likert', value: 4 }] }],
    budget: { currency: 'KRW', lines: [{ area: 'e-admin', year: 2015, budget: '100', spending: '90.5' }] },
  });
const stored = (): any => JSON.parse(JSON.stringify(fresh()));
const issuesOf = (value: unknown) =>
  (
    (cityAssessmentSchema['~standard'].validate(value) as { issues?: { path: unknown; code: string }[] }).issues ?? []
  ).map((i) => [i.path, i.code]);

describe('cityAssessmentSchema', () => {
  test('gives back a frozen, validated copy of a stored assessment', () => {
    const copy = stored();
    const value = cityAssessmentSchema.parse(copy);
    expect(value).toEqual(fresh());
    expect(value).not.toBe(copy);
    expect(Object.isFrozen(value.areas[0])).toBe(true);
    expect(Object.isFrozen(copy.areas[0])).toBe(false);
  });

  test('parse throws a CedsInputError about a city assessment', () => {
    expect(() => cityAssessmentSchema.parse({})).toThrow(CedsInputError);
    expect(() => cityAssessmentSchema.parse(null)).toThrow(/^Invalid city assessment \(1 issue\)/);
  });

  test.each([
    [
      'a version that is not the definition’s',
      (a: any) => (a.methodology.version = '2.0.0'),
      [['methodology', 'version'], 'invalid_value'],
    ],
    [
      'a dimension in another group',
      (a: any) => (a.dimensions[0].group = 'external'),
      [['dimensions', 0, 'group'], 'invalid_value'],
    ],
    [
      'a dimension in no group',
      (a: any) => (a.dimensions[0].group = 'middle'),
      [['dimensions', 0, 'group'], 'unknown_group'],
    ],
    [
      'a group the methodology has not',
      (a: any) => (a.groups[1].id = 'middle'),
      [['groups', 1, 'id'], 'unknown_group'],
    ],
    [
      'a dimension row twice',
      (a: any) => a.dimensions.push(a.dimensions[0]),
      [['dimensions', 6, 'id'], 'duplicate_id'],
    ],
    [
      'a service in an unknown area',
      (a: any) => (a.services[1].area = 'e-space'),
      [['services', 1, 'area'], 'unknown_area'],
    ],
    ['a service id twice', (a: any) => (a.services[1].id = 'mail'), [['services', 1, 'id'], 'duplicate_id']],
    [
      'a level with the wrong name',
      (a: any) => (a.overall.level.name = 'Great'),
      [['overall', 'level'], 'invalid_level'],
    ],
    ['a score without its level', (a: any) => (a.average.level = null), [['average', 'level'], 'invalid_level']],
    ['an average row of another id', (a: any) => (a.average.id = 'mean'), [['average', 'id'], 'invalid_value']],
    [
      'a money amount in exponent form',
      (a: any) => (a.budget.total.spending = '9.05e1'),
      [['budget', 'total', 'spending'], 'invalid_format'],
    ],
    [
      'an explanation under an odd key',
      (a: any) => (a.explanations.total = a.explanations.overall),
      [['explanations', 'total'], 'invalid_key'],
    ],
    ['an unknown warning code', (a: any) => (a.warnings[0].code = 'odd'), [['warnings', 0, 'code'], 'invalid_value']],
  ])('reports %s', (_name, edit, issue) => {
    const a = stored();
    edit(a);
    expect(issuesOf(a)).toEqual([issue]);
  });

  test('an explanation keyed __proto__ is refused by both validators, never dropped', () => {
    const a = stored();
    Object.defineProperty(a.explanations, '__proto__', {
      value: a.explanations.overall,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const copy = JSON.parse(JSON.stringify(a));
    expect(issuesOf(copy)).toEqual([[['explanations'], 'custom']]);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(toJsonSchema('city-assessment'));
    expect(validate(copy)).toBe(false);
  });

  test('a level is the band of the score rounded to the precision, as levelForScore says', () => {
    const a = stored();
    // 79.995 rounds to 80.00: Seamless, not Transactional.
    a.overall = { score: 79.995, level: { level: 5, name: 'Seamless' } };
    expect(issuesOf(a)).toEqual([]);
    a.overall.level = { level: 4, name: 'Transactional' };
    expect(issuesOf(a)).toEqual([[['overall', 'level'], 'invalid_level']]);
  });

  test('issues in the definition are at its path, with the methodology’s own codes', () => {
    const a = stored();
    a.methodology.definition.overallWeights = { services: 0, readiness: 0 };
    expect(issuesOf(a)).toEqual([[['methodology', 'definition', 'overallWeights'], 'all_zero_weights']]);
  });
});

describe('the city-assessment JSON Schema document', () => {
  const doc = toJsonSchema('city-assessment') as any;

  test('is named and has the methodology document in place of the definition', () => {
    expect(doc.$id).toBe('https://wego-ceds.dev/json-schema/city-assessment.json');
    expect(doc.title).toBe('wego-ceds stored city assessment');
    const shape: Record<string, unknown> = { ...toJsonSchema('methodology') };
    for (const key of ['$schema', '$id', 'title']) delete shape[key];
    expect(doc.properties.methodology.properties.definition).toEqual(shape);
  });

  test('accepts a stored assessment and rejects one whose score is a string', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(doc);
    const a = stored();
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    a.overall.score = 'abc';
    expect(validate(a)).toBe(false);
  });

  test('is made anew for each call', () => {
    const first = toJsonSchema('city-assessment') as any;
    first.properties.overall = {};
    expect((toJsonSchema('city-assessment') as any).properties.overall).not.toEqual({});
    expect(JSON.parse(JSON.stringify(doc))).toEqual(toJsonSchema('city-assessment'));
  });

  test('the definition of a default assessment is defaultMethodology', () => {
    expect(cityAssessmentSchema.parse(stored()).methodology.definition).toEqual(defaultMethodology);
  });
});
