import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { toJsonSchema } from '../../src/schemas/json-schema.js';
import {
  cityAssessmentInputSchema,
  cityAssessmentInputSchemaFor,
  methodologySchema,
} from '../../src/schemas/validators.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import type { Methodology } from '../../src/ceds/types.js';
import { egdiLike, servicesOnly } from '../format/trees.js';

// An independent validator (ajv) reads the shipped JSON Schema documents.
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateCity = ajv.compile(toJsonSchema('city-assessment-input'));
const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/sample-city.json'), 'utf8')) as Record<
  string,
  any
>;
const libraryAccepts = (value: unknown) => {
  const result = cityAssessmentInputSchema['~standard'].validate(value) as { issues?: unknown };
  return result.issues === undefined;
};

describe('JSON Schema documents', () => {
  test('the sample city validates against the shipped city input schema', () => {
    expect(validateCity(sample), JSON.stringify(validateCity.errors)).toBe(true);
    expect(libraryAccepts(sample)).toBe(true);
  });

  test('the presets validate against the methodology schema', () => {
    const validate = ajv.compile(toJsonSchema('methodology'));
    for (const m of [defaultMethodology, platformMethodology]) {
      const json = JSON.parse(JSON.stringify(m));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(methodologySchema['~standard'].validate(json)).toHaveProperty('value');
    }
  });

  test('the award program and submissions documents compile and accept a valid program', () => {
    const program = {
      edition: 'Demo',
      categories: [{ id: 'open-city', name: 'Open City' }],
      tiers: [{ id: 'gold', name: 'Gold' }],
      rubric: { criteria: [{ id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 }] },
      panel: [{ id: 'j1', name: 'Judge One', country: 'FI', organization: 'Open Ministry' }],
      rules: { aggregation: { method: 'mean' }, quorum: 1 },
    };
    expect(ajv.validate(toJsonSchema('award-program'), program), JSON.stringify(ajv.errors)).toBe(true);
    expect(ajv.validate(toJsonSchema('submissions'), { participants: [], entries: [], scores: [] })).toBe(true);
  });

  test('a methodology of other areas changes the allowed area ids', () => {
    const doc = toJsonSchema('city-assessment-input', { methodology: platformMethodology }) as any;
    expect(doc.properties.services.items.properties.area.enum).toEqual(['e-admin', 'e-life', 'e-industry', 'e-infra']);
  });
});

describe('the JSON Schema of a methodology of another shape', () => {
  /** ajv's verdict and the library's on the same input under `methodology`. */
  function verdicts(methodology: Methodology, input: unknown): { schema: boolean; library: boolean } {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(
      toJsonSchema('city-assessment-input', { methodology }),
    );
    const json = JSON.parse(JSON.stringify(input));
    const result = cityAssessmentInputSchemaFor(methodology)['~standard'].validate(json) as { issues?: unknown };
    return { schema: validate(json), library: result.issues === undefined };
  }

  const city = { id: 'x', name: 'X' };
  const scores = [
    { id: 'osi', score: 80 },
    { id: 'hci', score: 70 },
    { id: 'tii', score: 60 },
  ];
  const service = { id: 'mail', area: 'e-admin', name: 'Mail', status: 'planned', level: 0 };

  test('an index without areas lists its own dimension ids and allows no service or budget line', () => {
    const doc = toJsonSchema('city-assessment-input', { methodology: egdiLike }) as any;
    expect(doc.properties.dimensions.items.properties.id.enum).toEqual(['osi', 'hci', 'tii']);
    expect(doc.properties.services).toMatchObject({ type: 'array', maxItems: 0 });
    expect(doc.properties.services.items.properties.area.enum).toBeUndefined();
    const budget = doc.properties.budget.anyOf.find((s: any) => s.type === 'object');
    expect(budget.properties.lines).toMatchObject({ type: 'array', maxItems: 0 });
    expect(budget.properties.lines.items.properties.area.enum).toBeUndefined();
    expect(doc.required).toEqual(['city']);
    // No empty enum anywhere: an `enum: []` is a schema no tool can explain.
    expect(JSON.stringify(doc)).not.toContain('"enum":[]');
  });

  test.each([
    ['the issue example', { city, dimensions: scores }, true],
    ['no services, given as an empty list', { city, services: [], dimensions: scores }, true],
    ['a budget without lines', { city, dimensions: scores, budget: { currency: 'EUR', lines: [] } }, true],
    ['nothing but the city', { city }, true],
    ['a service', { city, services: [service], dimensions: scores }, false],
    [
      'a budget line',
      { city, budget: { currency: 'EUR', lines: [{ area: 'e-admin', budget: 1, spending: 1 }] } },
      false,
    ],
    ['a CeDS dimension', { city, dimensions: [{ id: 'ict-network', score: 50 }] }, false],
    ['a score above 100', { city, dimensions: [{ id: 'osi', score: 101 }] }, false],
  ])('the EGDI-like index: ajv and the library agree on %s', (_name, input, valid) => {
    expect(verdicts(egdiLike, input)).toEqual({ schema: valid, library: valid });
  });

  test.each([
    ['services', { city, services: [service] }, true],
    ['no dimensions, given as an empty list', { city, services: [service], dimensions: [] }, true],
    ['a dimension', { city, services: [service], dimensions: [{ id: 'ict-network', score: 50 }] }, false],
  ])('a methodology without dimensions: ajv and the library agree on %s', (_name, input, valid) => {
    expect(verdicts(servicesOnly, input)).toEqual({ schema: valid, library: valid });
    const doc = toJsonSchema('city-assessment-input', { methodology: servicesOnly }) as any;
    expect(doc.properties.dimensions).toMatchObject({ type: 'array', maxItems: 0 });
  });

  test('the default document is unchanged by the other shapes', () => {
    const doc = toJsonSchema('city-assessment-input') as any;
    expect(doc.properties.services.maxItems).toBeUndefined();
    expect(doc.properties.dimensions.maxItems).toBeUndefined();
    expect(doc.properties.dimensions.items.properties.id.enum).toEqual(defaultMethodology.dimensions.map((d) => d.id));
  });
});

// One-step mutations of the sample that JSON Schema can express. Rules it cannot express
// (unique ids, a likert answer within its own min/max, an ordinal answer among its own scale,
// distinct goalposts, a line's currency, decimals of a numeric amount) are left out, as the
// documentation of toJsonSchema says.
type Mutation = (city: Record<string, any>, pick: number) => void;
const at = (xs: any[], pick: number): any => xs[pick % xs.length];
const byStatus = (city: Record<string, any>, status: string) =>
  (city['services'] as any[]).filter((s) => s.status === status);
const indicators = (city: Record<string, any>) => (city['dimensions'] as any[]).flatMap((d) => d.indicators ?? []);
const mutations: Record<string, Mutation> = {
  none: () => {},
  'level 6': (c, p) => (at(c['services'], p).level = 6),
  'level 2.5': (c, p) => (at(c['services'], p).level = 2.5),
  'level as a string': (c, p) => (at(c['services'], p).level = '3'),
  'utilization 101': (c, p) => (at(byStatus(c, 'operating'), p).utilization = 101),
  'utilization -1': (c, p) => (at(byStatus(c, 'operating'), p).utilization = -1),
  'utilization on a planned service': (c, p) =>
    Object.assign(at(c['services'], p), { status: 'planned', utilization: 50 }),
  'absent at level 3': (c, p) =>
    Object.assign(at(c['services'], p), { status: 'absent', level: 3, utilization: undefined }),
  'operating at level 0': (c, p) => Object.assign(at(c['services'], p), { status: 'operating', level: 0 }),
  'unknown status': (c, p) => (at(c['services'], p).status = 'running'),
  'unknown area': (c, p) => (at(c['services'], p).area = 'e-space'),
  'unknown dimension': (c, p) => (at(c['dimensions'], p).id = 'happiness'),
  'unknown key': (c, p) => (at(c['services'], p).colour = 'blue'),
  'unknown key on the city': (c) => (c['city'].mayor = 'X'),
  'missing name': (c, p) => delete at(c['services'], p).name,
  'missing city id': (c) => delete c['city'].id,
  'empty service id': (c, p) => (at(c['services'], p).id = ''),
  'lower-case country': (c) => (c['city'].country = 'kr'),
  'hex amount': (c, p) => (at(c['budget'].lines, p).budget = '0x10'),
  'exponent amount': (c, p) => (at(c['budget'].lines, p).spending = '1e3'),
  'negative amount': (c, p) => (at(c['budget'].lines, p).budget = -5),
  'negative amount string': (c, p) => (at(c['budget'].lines, p).budget = '-5'),
  'lower-case currency': (c) => (c['budget'].currency = 'krw'),
  'unknown budget area': (c, p) => (at(c['budget'].lines, p).area = 'e-space'),
  'score and indicators': (c, p) => (at(c['dimensions'], p).score = 50),
  'neither score nor indicators': (c, p) => {
    const d = at(c['dimensions'], p);
    delete d.indicators;
    delete d.score;
  },
  'no indicators': (c, p) => {
    const d = at(c['dimensions'], p);
    delete d.score;
    d.indicators = [];
  },
  'unknown indicator kind': (c, p) => (at(indicators(c), p).kind = 'stars'),
  'percent 150': (c, p) =>
    (at(
      indicators(c).filter((i) => i.kind === 'percent' || i.kind === 'score'),
      p,
    ).value = 150),
  'negative weight': (c, p) => (at(indicators(c), p).weight = -1),
  'services not an array': (c) => (c['services'] = {}),
  'budget null': (c) => (c['budget'] = null),
};

prop.prop([fc.constantFrom(...Object.keys(mutations)), fc.nat(10_000)])(
  'the JSON Schema and the library accept and reject the same mutated samples',
  (name, pick) => {
    const city = structuredClone(sample);
    mutations[name]!(city, pick);
    const json = JSON.parse(JSON.stringify(city));
    const bySchema = validateCity(json);
    expect(
      libraryAccepts(json),
      `${name}: ajv says ${bySchema} ${JSON.stringify(validateCity.errors?.slice(0, 2))}`,
    ).toBe(bySchema);
    // Every mutation but the two valid ones breaks a rule, so neither side may let it pass.
    expect(bySchema).toBe(name === 'none' || name === 'budget null');
  },
);
